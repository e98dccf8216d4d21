"""Fixture portal: Trường THCS Ngọc Lâm on a telecom vendor's school-website SaaS (ASP.NET Core, GUIDs).

Imitates the school websites bundled with a Vietnamese telecom's electronic school-records
service: every school of a district gets a subsite on one shared host, ``/<ma-truong>/…``,
served by the vendor's ASP.NET Core MVC app with a Bootstrap 5 theme. Nothing in a URL is
readable: categories, articles, documents, albums and classes are GUIDs. Three schools of the
same district live on the host: ``/thcs-ngoc-lam/`` (the portal under test, START_PATH),
``/thcs-hoa-binh/`` and ``/th-ngoc-lam/`` (a few real pages each, same engine, same template).
The host root ``/`` is the vendor's district list of schools, ``/Account/Login?ReturnUrl=…`` its
login, ``/robots.txt`` disallows ``/Account/`` and ``/Admin/``.

What a subsite prints (every page): a top bar with today's date (``TODAY``) and a "Đăng nhập"
link to ``/Account/Login?ReturnUrl=<this page, encoded>``; a header with "PHÒNG GD&ĐT HUYỆN
NGỌC LẶC" above the school's name in the page's only ``h1``; a navbar (Trang chủ, Giới thiệu,
Tin tức ▾ three categories, Văn bản, Thời khóa biểu, Album ảnh, Liên hệ) and a GET search box;
a sidebar with "Thông báo" (newest notices plus a stale entry, see traps), "Lịch công tác",
"Văn bản mới", "Thống kê truy cập" (Đang online / Hôm nay / Tháng này / Tổng), a "Liên kết"
select and a "Các trường trong huyện" select (option values are the other subsites); a footer
with address, phone, email, links to the other schools of the district and "Phát triển bởi …".

- Home ``/thcs-ngoc-lam/``: a carousel of the three newest posts and one box per category; all
  of them link the *route form* ``/thcs-ngoc-lam/tin-tuc/chi-tiet/<guid>``.
- Lists ``/thcs-ngoc-lam/tin-tuc?danhMucId=<guid>`` (menu form, page 1) with the vendor pager:
  numbered links ``?danhMucId=G&pageIndex=N&pageSize=3``, "Trang đầu"/"Trang cuối" built the
  other way round (``?pageIndex=N&pageSize=3&danhMucId=G``) and a "Hiển thị" dropdown of
  ``pageSize=10`` / ``pageSize=20`` links: one list, many URLs. Three posts a page: "Tin tức - Sự
  kiện" has 7 posts (3 pages), "Hoạt động chuyên môn" 4 (2), "Thông báo" 3 (1). Any pageIndex
  answers 200 (past the end: "Chưa có bài viết"). List entries link the query form
  ``/thcs-ngoc-lam/tin-tuc/chi-tiet?id=<guid>``.
- Article page (both URL forms serve it, 200, no redirect): breadcrumb
  ``nav[aria-label=breadcrumb]``, ``div.news-detail`` with ``h2.news-title`` (an h2: the page's
  h1 is the school's name), ``div.news-info`` ("bi-clock" date and time, "Người đăng: <login>",
  "bi-eye" views, on two posts "(Cập nhật: …)"), ``div.news-summary`` (the lead; printed empty
  when the post has none), ``div.news-content`` (HTML pasted from Word: ``p.MsoNormal`` with
  ``<o:p>``, ``span lang=VI style='mso-…'``, hard line breaks, ``&nbsp;`` spacer paragraphs,
  images with ``width``/``height`` and the caption typed in the next centred paragraph in
  italics, or a centred "(Ảnh: …)" line, a Word VML block whose ``v:imagedata`` points at
  ``file:///C:/…/clip_image001.jpg`` with the real ``<img>`` in ``<![if !vml]>``, a Word table,
  typed "1." / "- " lines, bylines typed at the end), "Tệp đính kèm:" PDF links, share / print
  tools and "Tin khác" (five dated posts of the category). The 2024 template used by "Tin tức -
  Sự kiện" and "Hoạt động chuyên môn" prints ``<link rel=canonical>`` to the ``?id=`` form and
  ``article:published_time`` in UTC; the older "Thông báo" template prints neither and no
  ``news-summary`` element at all.
- Non-articles: ``gioi-thieu``, ``to-chuc`` (staff table), ``thoi-khoa-bieu`` (+ ``?lop=<guid>``
  per class), ``van-ban`` (register) and ``van-ban/chi-tiet?id=<guid>`` (document entries with a
  PDF), ``album`` and ``album/chi-tiet?id=<guid>``, ``lien-he`` (form), ``lich-cong-tac``.

Traps: GUID ids only (no slug, no number); two URL forms per article (route form from the home
page, query form from lists; one post also linked from another post's text as ``?id=`` with the
GUID in capitals, which ASP.NET Core binds the same: alt path); list URLs with the parameters in
another order and with other page sizes; the neighbour schools' subsites on the same host with
the very same article template (linked from the footer and the "Các trường" select); a stale
"Thông báo" sidebar entry to ``chi-tiet?id=<GUID that no longer exists>``, which answers 200
"Không tìm thấy bài viết" (soft 404; every unknown or malformed id does); "Lịch công tác"
``?tuan=W&nam=Y`` with "Tuần trước"/"Tuần sau" links that never end; the login link whose
``ReturnUrl`` differs on every page.

Gold (by hand). Articles are the 14 posts of ``/thcs-ngoc-lam/``; path and canonical are the
``?id=`` form (the canonical the 2024 template names), the route form (and the capitals form of
one post) are ``alt_paths``. Judgement calls:
- published_at is the "bi-clock" line; "03/10/2026 00:00" (a post imported from the old site)
  is a day; "(Cập nhật: …)" is never the date; the UTC ``article:published_time`` (the previous
  day for the 00:00 post) loses to the printed day.
- "Người đăng: giaovien.lan / admin / vanphong / tv.duc" is a login and credits nobody; the name
  typed at the end of the text does ("Người viết: Nguyễn Thị Lan"). "Tin: X - Ảnh: Y", "Tin, ảnh:
  X", "Bài và ảnh: X", "Tin: X, Y" split as printed; "ThS. Trần Minh Đức - Phó Hiệu trưởng" and
  "GV. Đỗ Thị Hà" drop the degree/title and the office after the dash; a bare "Minh Hiếu" line
  above "Nguồn: Báo Thanh Hóa" is the author and the newspaper the source; "Nguồn: Phòng GD&ĐT
  huyện Ngọc Lặc" under a relayed notice is a source with no author; the unit line "Tổ Tự nhiên"
  signing a post of the subject group (nothing else signs it) is its author.
- summary is ``div.news-summary`` when it has text (and the body's first paragraph); an empty one
  gives None. Captions: the italic centred line under a photo; a "(Ảnh: …)" line loses its
  parentheses and label; photos followed by text, and the Zalo-named photo, have no caption. The
  VML ``file:///`` image is not an image of the post (the browser shows the ``<img>``).
- body: the Word paragraphs in order, spacer paragraphs dropped; typed "1." and "- " lines keep
  their marks as printed; a Word table's rows are body paragraphs, cells joined by " | "; bylines,
  captions, attachments and "Tin khác" are not body.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, opaque, static_file

NAME = "vnedu_guid_thcs"
PLATFORM = "aspnetcore_vendor_saas"
PREFIX = "/thcs-ngoc-lam"
START_PATH = PREFIX + "/"

DISTRICT = "PHÒNG GD&ĐT HUYỆN NGỌC LẶC"
VENDOR = "Phát triển bởi Trung tâm Giải pháp Giáo dục số - Tổng công ty Viễn thông"
PAGE_SIZE = 3
OTHER_SIZES = (10, 20)
TODAY_DATE = date(2026, 11, 25)
_UTC7 = timezone(timedelta(hours=7))
_NS = uuid.UUID("5b0c7e2a-1d3f-4a6b-9c8d-0e1f2a3b4c5d")


def guid(key: str) -> str:
    """A fixed GUID per object: the vendor's ids are random (version 4) GUIDs; ours must be
    deterministic, so the bytes come from a name hash and get the version 4 bits."""
    return str(uuid.UUID(bytes=uuid.uuid5(_NS, key).bytes, version=4))


@dataclass
class School:
    slug: str
    name: str
    short: str
    address: str
    phone: str
    email: str
    cats: dict[str, tuple[str, str]]  # key -> (guid, printed name)
    stories: list[Story] = field(default_factory=list)
    docs: list[dict] = field(default_factory=list)
    albums: list[dict] = field(default_factory=list)
    classes: list[tuple[str, str]] = field(default_factory=list)
    staff: list[tuple[str, str, str]] = field(default_factory=list)
    intro: tuple[str, ...] = ()

    @property
    def prefix(self) -> str:
        return "/" + self.slug


TT, CM, TB = "tin-tuc-su-kien", "hoat-dong-chuyen-mon", "thong-bao"
CATS = {
    TT: ("6f1c2a3e-8b4d-4e7a-9c15-2d3b4a5e6f70", "Tin tức - Sự kiện"),
    CM: ("a2d94b17-3c6e-4f08-b1a9-7e5c0d2f8e31", "Hoạt động chuyên môn"),
    TB: ("d47e0c85-91fa-4b2c-8d36-5a1f9e7b2c04", "Thông báo"),
}
UP = "/Uploads/thcs-ngoc-lam/2026"

_BY_LINE = "<p class=MsoNormal align=right style='text-align:right'><b><i><span lang=VI style='font-size:14.0pt;font-family:\"Times New Roman\",serif'>{}<o:p></o:p></span></i></b></p>"
_BY_PLAIN = "<p class=MsoNormal align=right style='text-align:right'><b><span lang=VI style='font-size:14.0pt;font-family:\"Times New Roman\",serif'>{}<o:p></o:p></span></b></p>"


def _byline(line: str, italic: bool = True) -> Raw:
    return Raw((_BY_LINE if italic else _BY_PLAIN).format(esc(line)))


# opts: guid, at (printed "dd/mm/yyyy HH:MM"), poster (login), updated (printed stamp), attach
# [(file, label)], link_to (index of a post this text links with the GUID in capitals)
STORIES: list[Story] = [
    Story(
        id=1,
        slug="le-ky-niem-20-11",
        title="Trường THCS Ngọc Lâm tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat=TT,
        published_at="2026-11-20T09:15:00+07:00",
        summary=(
            "Sáng ngày 19/11/2026, Trường THCS Ngọc Lâm long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết đợt thi đua “Dạy tốt - Học tốt”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Về dự buổi lễ có đồng chí Lê Văn Thắng, Phó Trưởng phòng GD&ĐT huyện Ngọc Lặc; đại diện"
                " Đảng ủy, HĐND, UBND xã Ngọc Lâm; Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô"
                " giáo đã từng công tác tại trường và gần 500 học sinh."
            ),
            Img(
                f"{UP}/11/le-ky-niem-20-11-01.jpg",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "italic",
            ),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Bình đã ôn lại truyền thống của ngày Nhà giáo"
                " Việt Nam, đồng thời điểm lại những thành tích nổi bật của nhà trường trong năm học"
                " 2025 - 2026: 28 học sinh giỏi cấp huyện, 6 học sinh giỏi cấp tỉnh, tỉ lệ học sinh"
                " lớp 9 đỗ vào lớp 10 THPT công lập đạt 86,5%."
            ),
            P(
                "Trong đợt thi đua chào mừng ngày 20/11, toàn trường có 124 tiết dạy tốt, 15 chuyên đề"
                " cấp tổ; các chi đội đạt hàng nghìn điểm 9, điểm 10 dâng tặng thầy cô."
            ),
            Img(
                f"{UP}/11/le-ky-niem-20-11-02.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A",
                "italic",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 tập thể lớp và 35 học sinh có thành tích"
                " xuất sắc trong đợt thi đua."
            ),
            _byline("Tin: Lê Văn Hùng - Ảnh: Phạm Thu Trang"),
        ],
        authors=["Lê Văn Hùng"],
        photographers=["Phạm Thu Trang"],
        opts={
            "guid": guid("ngoc-lam/tin/1"),
            "at": "20/11/2026 09:15",
            "poster": "giaovien.lan",
            "updated": "21/11/2026 07:40",
        },
    ),
    Story(
        id=2,
        slug="hoi-thi-net-dep-doi-vien",
        title="Liên đội tổ chức Hội thi “Nét đẹp đội viên” năm học 2026 - 2027",
        cat=TT,
        published_at="2026-11-14T10:25:00+07:00",
        blocks=[
            P(
                "Nhằm giáo dục truyền thống, rèn luyện kỹ năng và tác phong cho đội viên, chiều ngày"
                " 13/11/2026, Liên đội Trường THCS Ngọc Lâm tổ chức Hội thi “Nét đẹp đội viên” năm học"
                " 2026 - 2027."
            ),
            P(
                "Hội thi có sự tham gia của 12 chi đội với ba phần thi: nghi thức đội, kiến thức về"
                " Đội Thiếu niên Tiền phong Hồ Chí Minh và tiểu phẩm tuyên truyền về văn hóa học đường."
            ),
            Img(
                f"{UP}/11/net-dep-doi-vien-01.jpg",
                "(Ảnh: Chi đội 7A trình diễn phần thi nghi thức đội)",
                "Chi đội 7A trình diễn phần thi nghi thức đội",
                "paren",
            ),
            P(
                "Kết quả, Ban tổ chức đã trao giải Nhất cho chi đội 9B, giải Nhì cho chi đội 7A và"
                " chi đội 8C, giải Ba cho các chi đội 6A, 8A, 9A."
            ),
            Img(f"{UP}/11/net-dep-doi-vien-02.jpg", None, None, "none"),
            P(
                "Hội thi là dịp để các em đội viên thể hiện sự năng động, sáng tạo, góp phần xây dựng"
                " Liên đội vững mạnh."
            ),
            _byline("Người viết: Nguyễn Thị Lan", italic=False),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"guid": guid("ngoc-lam/tin/2"), "at": "14/11/2026 10:25", "poster": "giaovien.lan"},
    ),
    Story(
        id=3,
        slug="hoi-nghi-vien-chuc",
        title="Hội nghị cán bộ, công chức, viên chức và người lao động năm học 2026 - 2027",
        cat=TT,
        published_at="2026-11-06T15:40:00+07:00",
        summary=(
            "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm học 2025 - 2026, thông qua phương"
            " hướng, nhiệm vụ năm học 2026 - 2027 và Quy chế chi tiêu nội bộ của nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chiều ngày 05/11/2026, Trường THCS Ngọc Lâm tổ chức Hội nghị cán bộ, công chức, viên"
                " chức và người lao động năm học 2026 - 2027 với sự tham dự của 38 cán bộ, giáo viên,"
                " nhân viên."
            ),
            Img(
                f"{UP}/11/hoi-nghi-vien-chuc.jpg",
                "Đoàn Chủ tịch điều hành Hội nghị",
                "Đoàn Chủ tịch điều hành Hội nghị",
                "vml",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường phấn đấu duy trì 100% học sinh lên lớp thẳng đạt từ"
                " 95% trở lên, có ít nhất 30 học sinh giỏi cấp huyện và giữ vững danh hiệu Trường chuẩn"
                " quốc gia mức độ 1."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành. Các tổ chuyên"
                " môn ký kết giao ước thi đua năm học mới."
            ),
            _byline("Bài và ảnh: Hoàng Thị Mai"),
        ],
        authors=["Hoàng Thị Mai"],
        photographers=["Hoàng Thị Mai"],
        opts={"guid": guid("ngoc-lam/tin/3"), "at": "06/11/2026 15:40", "poster": "vanphong"},
    ),
    Story(
        id=4,
        slug="giai-chay-vi-suc-khoe",
        title="Học sinh Trường THCS Ngọc Lâm tham gia Giải chạy “Vì sức khỏe cộng đồng”",
        cat=TT,
        published_at="2026-10-30T08:00:00+07:00",
        blocks=[
            P(
                "Sáng Chủ nhật ngày 25/10/2026, 120 học sinh và 15 thầy cô giáo của nhà trường đã tham"
                " gia Giải chạy “Vì sức khỏe cộng đồng” do UBND xã Ngọc Lâm tổ chức."
            ),
            Img(f"{UP}/10/z5981234567890_3f2a9c1d7e4b8a6f0c5d2e1b9a8f7c6d.jpg", None, None, "none"),
            Img(f"{UP}/10/giai-chay-02.jpg", None, None, "none"),
            P(
                "Với tinh thần thi đấu quyết tâm, các em học sinh đã giành 2 giải Nhất, 1 giải Nhì và 3"
                " giải Ba ở nội dung dành cho lứa tuổi thiếu niên."
            ),
            Img(f"{UP}/10/giai-chay-03.jpg", None, None, "none"),
            _byline("GV. Đỗ Thị Hà", italic=False),
        ],
        authors=["Đỗ Thị Hà"],
        opts={"guid": guid("ngoc-lam/tin/4"), "at": "30/10/2026 08:00", "poster": "tv.duc"},
    ),
    Story(
        id=5,
        slug="ngoai-khoa-duoi-nuoc",
        title="Ngoại khóa tuyên truyền phòng, chống đuối nước và an toàn giao thông cho học sinh",
        cat=TT,
        published_at="2026-10-22T16:05:00+07:00",
        summary=(
            "Trên 500 học sinh Trường THCS Ngọc Lâm được trang bị kỹ năng phòng, chống đuối nước và"
            " kiến thức về an toàn giao thông trong buổi ngoại khóa sáng 21/10."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi ngoại khóa do Đoàn xã Ngọc Lâm phối hợp với Công an xã và nhà trường tổ chức."
                " Các báo cáo viên đã hướng dẫn học sinh cách nhận biết những nơi có nguy cơ đuối"
                " nước, cách cứu người bị đuối nước an toàn và sơ cứu ban đầu."
            ),
            P(
                "Phần tuyên truyền về an toàn giao thông tập trung vào việc đội mũ bảo hiểm đúng quy"
                " cách, không đi xe đạp hàng ba, hàng tư và không điều khiển xe máy khi chưa đủ tuổi."
            ),
            Img(
                f"{UP}/10/ngoai-khoa-duoi-nuoc.jpg",
                "Học sinh thực hành sơ cứu người bị đuối nước",
                "Học sinh thực hành sơ cứu người bị đuối nước",
                "italic",
            ),
            P(
                "Kết thúc buổi ngoại khóa, 100% học sinh ký cam kết không tắm ở sông, suối, ao hồ khi không có người lớn đi cùng."
            ),
            _byline("Minh Hiếu", italic=False),
            Raw(
                "<p class=MsoNormal align=right style='text-align:right'><i><span lang=VI>Nguồn: Báo Thanh Hóa<o:p></o:p></span></i></p>"
            ),
        ],
        authors=["Minh Hiếu"],
        source="Báo Thanh Hóa",
        opts={"guid": guid("ngoc-lam/tin/5"), "at": "22/10/2026 16:05", "poster": "admin"},
    ),
    Story(
        id=6,
        slug="trao-qua-trung-thu",
        title="Trao quà Trung thu cho học sinh có hoàn cảnh khó khăn",
        cat=TT,
        published_at="2026-10-03",
        blocks=[
            P(
                "Nhân dịp Tết Trung thu năm 2026, Công đoàn và Liên đội Trường THCS Ngọc Lâm đã trao 45"
                " suất quà cho học sinh có hoàn cảnh đặc biệt khó khăn, học sinh mồ côi trong trường."
            ),
            Img(
                f"{UP}/10/trao-qua-trung-thu.jpg",
                "Thầy Hiệu trưởng trao quà cho các em học sinh",
                "Thầy Hiệu trưởng trao quà cho các em học sinh",
                "italic",
            ),
            P(
                "Mỗi suất quà gồm bánh Trung thu, sách vở và 200.000 đồng tiền mặt, do cán bộ, giáo"
                " viên và các nhà hảo tâm đóng góp. Tổng trị giá các suất quà hơn 15 triệu đồng."
            ),
        ],
        opts={"guid": guid("ngoc-lam/tin/6"), "at": "03/10/2026 00:00", "poster": "admin"},
    ),
    Story(
        id=7,
        slug="le-khai-giang",
        title="Lễ khai giảng năm học 2026 - 2027",
        cat=TT,
        published_at="2026-09-05T08:30:00+07:00",
        summary=(
            "Trong không khí tưng bừng của cả nước hướng tới ngày toàn dân đưa trẻ đến trường, sáng"
            " 05/9/2026, thầy và trò Trường THCS Ngọc Lâm long trọng tổ chức Lễ khai giảng năm học"
            " 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, nhà trường có 14 lớp với 512 học sinh, trong đó có 132 học sinh"
                " lớp 6 mới nhập học."
            ),
            Img(
                f"{UP}/09/khai-giang-01.jpg",
                "Học sinh lớp 6 được các anh chị lớp 9 đón vào trường",
                "Học sinh lớp 6 được các anh chị lớp 9 đón vào trường",
                "italic",
            ),
            P(
                "Thay mặt nhà trường, thầy Hiệu trưởng Nguyễn Văn Bình đã đọc thư của Chủ tịch nước gửi"
                " ngành Giáo dục nhân dịp khai giảng năm học mới và đánh trống khai trường."
            ),
            Img(
                f"{UP}/09/khai-giang-02.jpg",
                "(Ảnh: Màn đồng diễn của học sinh khối 7)",
                "Màn đồng diễn của học sinh khối 7",
                "paren",
            ),
            _byline("Tin, ảnh: Vũ Đức Anh"),
        ],
        authors=["Vũ Đức Anh"],
        photographers=["Vũ Đức Anh"],
        opts={"guid": guid("ngoc-lam/tin/7"), "at": "05/09/2026 08:30", "poster": "tv.duc"},
    ),
    Story(
        id=8,
        slug="chuyen-de-khtn-8",
        title="Chuyên đề “Dạy học phát triển năng lực môn Khoa học tự nhiên 8”",
        cat=CM,
        published_at="2026-11-18T14:10:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch hoạt động chuyên môn năm học 2026 - 2027, ngày 17/11/2026, Tổ Tự"
                " nhiên tổ chức chuyên đề “Dạy học phát triển năng lực môn Khoa học tự nhiên 8” qua"
                " tiết dạy minh họa bài “Áp suất chất lỏng” tại lớp 8B."
            ),
            Img(
                f"{UP}/11/chuyen-de-khtn-8.jpg",
                "Học sinh lớp 8B làm thí nghiệm theo nhóm",
                "Học sinh lớp 8B làm thí nghiệm theo nhóm",
                "italic",
            ),
            P(
                "Tiết dạy được thiết kế theo phương pháp dạy học khám phá: học sinh làm thí nghiệm theo"
                " nhóm, tự rút ra kết luận và vận dụng giải thích các hiện tượng trong thực tế."
            ),
            P(
                "Trong phần thảo luận, các thầy cô đã trao đổi về cách tổ chức hoạt động nhóm, cách đánh"
                " giá năng lực học sinh qua phiếu học tập và thống nhất các giải pháp áp dụng trong"
                " học kỳ I."
            ),
            _byline("Tổ Tự nhiên", italic=False),
        ],
        authors=["Tổ Tự nhiên"],
        opts={
            "guid": guid("ngoc-lam/tin/8"),
            "at": "18/11/2026 14:10",
            "poster": "giaovien.lan",
            "attach": [(f"{UP}/11/chuyen-de-khtn-8.pdf", "Chuyen de KHTN 8.pdf")],
        },
    ),
    Story(
        id=9,
        slug="hoi-thi-gvdg-cap-truong",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat=CM,
        published_at="2026-11-10T09:00:00+07:00",
        summary="Hội thi diễn ra từ ngày 02 đến ngày 07/11/2026 với 16 giáo viên tham gia.",
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi được tổ chức theo Kế hoạch bồi dưỡng chuyên môn của nhà trường. Mỗi giáo viên"
                " trình bày một biện pháp nâng cao chất lượng giảng dạy và dạy một tiết thực hành trên"
                " lớp."
            ),
            Img(
                f"{UP}/11/gvdg-cap-truong.jpg",
                "Cô Nguyễn Thị Hương dạy tiết thực hành môn Tiếng Anh lớp 9A",
                "Cô Nguyễn Thị Hương dạy tiết thực hành môn Tiếng Anh lớp 9A",
                "italic",
            ),
            P("Kết quả hội thi:"),
            P("Xếp loại | Số giáo viên | Tỉ lệ", "th"),
            P("Giỏi | 11 | 68,75%", "tr"),
            P("Khá | 5 | 31,25%", "tr"),
            P(
                "Những giáo viên đạt giải Giỏi sẽ được nhà trường lựa chọn tham gia Hội thi giáo viên"
                " dạy giỏi cấp huyện theo kế hoạch bồi dưỡng học sinh giỏi và giáo viên giỏi của nhà"
                " trường.",
                "link",
            ),
            _byline("Người viết: ThS. Trần Minh Đức - Phó Hiệu trưởng", italic=False),
        ],
        authors=["Trần Minh Đức"],
        opts={
            "guid": guid("ngoc-lam/tin/9"),
            "at": "10/11/2026 09:00",
            "poster": "tv.duc",
            "link_to": 11,
            "updated": "12/11/2026 10:02",
        },
    ),
    Story(
        id=10,
        slug="nghien-cuu-bai-hoc-ngu-van",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn",
        cat=CM,
        published_at="2026-10-27T10:45:00+07:00",
        blocks=[
            P(
                "Ngày 26/10/2026, Tổ Xã hội tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học"
                " với bài dạy “Văn bản nghị luận” (Ngữ văn 7) do cô Lê Thu Hà thực hiện tại lớp 7C."
            ),
            P(
                "Thay vì nhận xét, xếp loại tiết dạy, các giáo viên dự giờ tập trung quan sát hoạt"
                " động học của từng nhóm học sinh: em nào tích cực, em nào gặp khó khăn và nguyên nhân"
                " vì sao."
            ),
            Img(f"{UP}/10/nghien-cuu-bai-hoc.jpg", None, None, "none"),
            P(
                "Buổi sinh hoạt giúp giáo viên điều chỉnh cách giao nhiệm vụ học tập, quan tâm nhiều hơn"
                " đến những học sinh còn rụt rè trong giờ học."
            ),
            _byline("Tin: Lê Thu Hà, Nguyễn Văn Tú"),
        ],
        authors=["Lê Thu Hà", "Nguyễn Văn Tú"],
        opts={"guid": guid("ngoc-lam/tin/10"), "at": "27/10/2026 10:45", "poster": "giaovien.lan"},
    ),
    Story(
        id=11,
        slug="ke-hoach-boi-duong-hsg",
        title="Kế hoạch bồi dưỡng học sinh giỏi năm học 2026 - 2027",
        cat=CM,
        published_at="2026-09-15T16:20:00+07:00",
        blocks=[
            P(
                "Nhà trường ban hành Kế hoạch bồi dưỡng học sinh giỏi các môn văn hóa lớp 8, lớp 9 năm"
                " học 2026 - 2027. Các đội tuyển học bồi dưỡng vào chiều thứ Ba và thứ Năm hằng tuần."
            ),
            P("Giáo viên được phân công bồi dưỡng xem chi tiết kế hoạch trong tệp đính kèm."),
        ],
        opts={
            "guid": guid("ngoc-lam/tin/11"),
            "at": "15/09/2026 16:20",
            "poster": "vanphong",
            "attach": [
                (
                    f"{UP}/09/ke-hoach-boi-duong-hsg-2026-2027.pdf",
                    "Ke hoach boi duong HSG 2026-2027.pdf",
                ),
                (f"{UP}/09/danh-sach-doi-tuyen.pdf", "Danh sach doi tuyen.pdf"),
            ],
        },
    ),
    Story(
        id=12,
        slug="lich-kiem-tra-giua-ky",
        title="Thông báo lịch kiểm tra giữa kỳ I năm học 2026 - 2027",
        cat=TB,
        published_at="2026-11-23T07:30:00+07:00",
        blocks=[
            P("Nhà trường thông báo lịch kiểm tra giữa kỳ I năm học 2026 - 2027 như sau:"),
            P("Ngày | Buổi sáng | Buổi chiều", "th"),
            P("30/11/2026 | Ngữ văn | Khoa học tự nhiên", "tr"),
            P("01/12/2026 | Toán | Lịch sử và Địa lí", "tr"),
            P("02/12/2026 | Tiếng Anh | Giáo dục công dân", "tr"),
            P("Yêu cầu:", "num"),
            P(
                "- Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh.",
                "num",
            ),
            P(
                "- Giáo viên coi kiểm tra nhận đề tại phòng Hội đồng lúc 7 giờ 00 (buổi sáng) và 13 giờ 30 (buổi chiều).",
                "num",
            ),
        ],
        opts={
            "guid": guid("ngoc-lam/tin/12"),
            "at": "23/11/2026 07:30",
            "poster": "admin",
            "attach": [(f"{UP}/11/lich-kiem-tra-giua-ky-i.pdf", "lich-kiem-tra-giua-ky-i.pdf")],
        },
    ),
    Story(
        id=13,
        slug="hop-cha-me-hoc-sinh",
        title="Thông báo lịch họp cha mẹ học sinh giữa học kỳ I",
        cat=TB,
        published_at="2026-11-12T16:00:00+07:00",
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027. Nội dung,"
                " thời gian cụ thể như sau:"
            ),
            P("1. Thời gian: 7 giờ 30 phút, Chủ nhật ngày 29/11/2026.", "num"),
            P("2. Địa điểm: tại các phòng học của lớp.", "num"),
            P(
                "3. Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của"
                " học sinh và trao đổi các biện pháp phối hợp giáo dục.",
                "num",
            ),
            P("Kính mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
        ],
        opts={"guid": guid("ngoc-lam/tin/13"), "at": "12/11/2026 16:00", "poster": "vanphong"},
    ),
    Story(
        id=14,
        slug="nghi-hoc-bao-so-9",
        title="Thông báo cho học sinh nghỉ học để phòng, chống bão số 9",
        cat=TB,
        published_at="2026-11-02T17:20:00+07:00",
        blocks=[
            P(
                "Thực hiện Công văn số 412/PGDĐT-VP ngày 02/11/2026 của Phòng GD&ĐT huyện Ngọc Lặc về"
                " việc chủ động ứng phó với bão số 9, nhà trường thông báo cho toàn thể học sinh nghỉ"
                " học ngày 03/11/2026 (thứ Ba)."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh qua nhóm Zalo của lớp; nhắc nhở học"
                " sinh không ra khỏi nhà khi mưa bão, tuyệt đối không đến gần sông suối, khu vực có"
                " nguy cơ sạt lở."
            ),
            P("Thời gian đi học trở lại nhà trường sẽ thông báo sau."),
            Raw(
                "<p class=MsoNormal align=right style='text-align:right'><i><span lang=VI>Nguồn: Phòng GD&amp;ĐT huyện Ngọc Lặc<o:p></o:p></span></i></p>"
            ),
        ],
        source="Phòng GD&ĐT huyện Ngọc Lặc",
        opts={"guid": guid("ngoc-lam/tin/14"), "at": "02/11/2026 17:20", "poster": "admin"},
    ),
]

_ID_OF = {s.id: s for s in STORIES}
#: the notice that once was on the sidebar and no longer exists (soft 404)
STALE_GUID = "b8e2f1c4-7a93-4d5e-a016-3c9f8e2d1b7a"

DOCS = [
    {
        "guid": guid("ngoc-lam/vb/1"),
        "so": "125/KH-THCSNL",
        "ngay": "16/11/2026",
        "loai": "Kế hoạch",
        "trich": "Kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
        "file": "/Uploads/thcs-ngoc-lam/van-ban/125-KH-THCSNL.pdf",
        "ky": "Nguyễn Văn Bình",
    },
    {
        "guid": guid("ngoc-lam/vb/2"),
        "so": "412/PGDĐT-VP",
        "ngay": "02/11/2026",
        "loai": "Công văn",
        "trich": "Về việc chủ động ứng phó với bão số 9",
        "file": "/Uploads/thcs-ngoc-lam/van-ban/412-PGDDT-VP.pdf",
        "ky": "Phạm Thị Hồng",
    },
    {
        "guid": guid("ngoc-lam/vb/3"),
        "so": "98/QĐ-THCSNL",
        "ngay": "20/09/2026",
        "loai": "Quyết định",
        "trich": "Quyết định thành lập các tổ chuyên môn năm học 2026 - 2027",
        "file": "/Uploads/thcs-ngoc-lam/van-ban/98-QD-THCSNL.pdf",
        "ky": "Nguyễn Văn Bình",
    },
    {
        "guid": guid("ngoc-lam/vb/4"),
        "so": "85/KH-THCSNL",
        "ngay": "10/09/2026",
        "loai": "Kế hoạch",
        "trich": "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "file": "/Uploads/thcs-ngoc-lam/van-ban/85-KH-THCSNL.pdf",
        "ky": "Nguyễn Văn Bình",
    },
]
ALBUMS = [
    {
        "guid": guid("ngoc-lam/album/1"),
        "ten": "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
        "ngay": "20/11/2026",
        "anh": [
            ("le-20-11-a.jpg", "Văn nghệ chào mừng"),
            ("le-20-11-b.jpg", "Học sinh tặng hoa thầy cô"),
            ("le-20-11-c.jpg", ""),
        ],
    },
    {
        "guid": guid("ngoc-lam/album/2"),
        "ten": "Lễ khai giảng năm học 2026 - 2027",
        "ngay": "05/09/2026",
        "anh": [("kg-a.jpg", "Đón học sinh lớp 6"), ("kg-b.jpg", "Đánh trống khai trường")],
    },
]
CLASSES = [(guid(f"ngoc-lam/lop/{c}"), c) for c in ("6A", "6B", "7A", "8A", "9A")]
STAFF = [
    ("Nguyễn Văn Bình", "Hiệu trưởng", "Toán"),
    ("Trần Minh Đức", "Phó Hiệu trưởng", "Vật lí"),
    ("Nguyễn Thị Lan", "Tổng phụ trách Đội", "Ngữ văn"),
    ("Lê Văn Hùng", "Tổ trưởng Tổ Xã hội", "Lịch sử"),
    ("Phạm Thu Trang", "Giáo viên", "Tin học"),
    ("Hoàng Thị Mai", "Văn thư", ""),
]

NGOC_LAM = School(
    slug="thcs-ngoc-lam",
    name="TRƯỜNG THCS NGỌC LÂM",
    short="Trường THCS Ngọc Lâm",
    address="Thôn Quang Trung, xã Ngọc Lâm, huyện Ngọc Lặc, tỉnh Thanh Hóa",
    phone="0237 3 871 246",
    email="c2ngoclam.ngoclac@thanhhoa.edu.vn",
    cats=CATS,
    stories=STORIES,
    docs=DOCS,
    albums=ALBUMS,
    classes=CLASSES,
    staff=STAFF,
    intro=(
        "Trường THCS Ngọc Lâm được thành lập năm 1978, đóng tại thôn Quang Trung, xã Ngọc Lâm,"
        " huyện Ngọc Lặc. Năm học 2026 - 2027 nhà trường có 14 lớp với 512 học sinh, 38 cán bộ,"
        " giáo viên, nhân viên.",
        "Nhà trường đạt chuẩn quốc gia mức độ 1 năm 2019, nhiều năm liền đạt danh hiệu Tập thể lao"
        " động tiên tiến.",
    ),
)

# the neighbours on the same host: same engine, a few real pages each (not this portal's gold)
_HB_CATS = {k: (guid(f"hoa-binh/cat/{k}"), v[1]) for k, v in CATS.items()}
_TH_CATS = {k: (guid(f"th-ngoc-lam/cat/{k}"), v[1]) for k, v in CATS.items()}
HOA_BINH = School(
    slug="thcs-hoa-binh",
    name="TRƯỜNG THCS HÒA BÌNH",
    short="Trường THCS Hòa Bình",
    address="Xã Hòa Bình, huyện Ngọc Lặc, tỉnh Thanh Hóa",
    phone="0237 3 872 115",
    email="c2hoabinh.ngoclac@thanhhoa.edu.vn",
    cats=_HB_CATS,
    stories=[
        Story(
            id=101,
            slug="hb-20-11",
            title="Trường THCS Hòa Bình kỷ niệm Ngày Nhà giáo Việt Nam",
            cat=TT,
            published_at="2026-11-19T15:00:00+07:00",
            blocks=[
                P(
                    "Chiều 19/11/2026, Trường THCS Hòa Bình tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
                ),
                P(
                    "Buổi gặp mặt có sự tham dự của lãnh đạo địa phương và Ban đại diện cha mẹ học sinh."
                ),
            ],
            opts={"guid": guid("hoa-binh/tin/1"), "at": "19/11/2026 15:00", "poster": "admin"},
        ),
        Story(
            id=102,
            slug="hb-kiem-tra",
            title="Thông báo lịch kiểm tra giữa kỳ I",
            cat=TB,
            published_at="2026-11-16T08:00:00+07:00",
            blocks=[P("Học sinh toàn trường kiểm tra giữa kỳ I từ ngày 30/11 đến 02/12/2026.")],
            opts={"guid": guid("hoa-binh/tin/2"), "at": "16/11/2026 08:00", "poster": "admin"},
        ),
    ],
    intro=("Trường THCS Hòa Bình được thành lập năm 1985.",),
)
TH_NGOC_LAM = School(
    slug="th-ngoc-lam",
    name="TRƯỜNG TIỂU HỌC NGỌC LÂM",
    short="Trường Tiểu học Ngọc Lâm",
    address="Thôn Quang Trung, xã Ngọc Lâm, huyện Ngọc Lặc, tỉnh Thanh Hóa",
    phone="0237 3 871 310",
    email="c1ngoclam.ngoclac@thanhhoa.edu.vn",
    cats=_TH_CATS,
    stories=[
        Story(
            id=201,
            slug="th-ngay-hoi-doc-sach",
            title="Ngày hội đọc sách của học sinh Tiểu học Ngọc Lâm",
            cat=TT,
            published_at="2026-11-11T10:00:00+07:00",
            blocks=[
                P(
                    "Sáng 10/11/2026, Trường Tiểu học Ngọc Lâm tổ chức Ngày hội đọc sách cho học sinh các khối lớp."
                ),
                P(
                    "Thư viện xanh của nhà trường được trang trí sinh động, thu hút đông đảo học sinh tham gia."
                ),
            ],
            opts={"guid": guid("th-ngoc-lam/tin/1"), "at": "11/11/2026 10:00", "poster": "admin"},
        ),
    ],
    intro=("Trường Tiểu học Ngọc Lâm có 18 lớp với 560 học sinh.",),
)
SCHOOLS = {s.slug: s for s in (NGOC_LAM, HOA_BINH, TH_NGOC_LAM)}
#: the other schools the select and footer name without a subsite on this host (external links)
OTHER_DISTRICT = [("Trường THCS Ngọc Khê", "https://thcsngockhe.thanhhoa.edu.vn/")]


def detail_q(school: School, s: Story) -> str:
    return f"{school.prefix}/tin-tuc/chi-tiet?id={s.opts['guid']}"


def detail_route(school: School, s: Story) -> str:
    return f"{school.prefix}/tin-tuc/chi-tiet/{s.opts['guid']}"


def list_path(
    school: School, cat: str, page: int | None = None, size: int = PAGE_SIZE, order: str = "menu"
) -> str:
    g = school.cats[cat][0]
    base = f"{school.prefix}/tin-tuc"
    if order == "menu":
        return f"{base}?danhMucId={g}"
    if order == "reversed":
        return f"{base}?pageIndex={page}&pageSize={size}&danhMucId={g}"
    return f"{base}?danhMucId={g}&pageIndex={page}&pageSize={size}"


def _when(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%d/%m/%Y %H:%M").replace(tzinfo=_UTC7)


def newest(school: School, cat: str | None = None) -> list[Story]:
    items = [s for s in school.stories if cat is None or s.cat == cat]
    return sorted(items, key=_when, reverse=True)


def pages_of(school: School, cat: str, size: int = PAGE_SIZE) -> int:
    return max(1, -(-len(newest(school, cat)) // size))


# --------------------------------------------------------------------------- the gold (by hand)


def _alts(s: Story) -> list[str]:
    alts = [detail_route(NGOC_LAM, s)]
    if any(o.opts.get("link_to") == s.id for o in STORIES):
        alts.append(f"{PREFIX}/tin-tuc/chi-tiet?id={s.opts['guid'].upper()}")
    return alts


GOLD: list[dict] = [
    gold_record(s, detail_q(NGOC_LAM, s), CATS[s.cat][1], alt_paths=_alts(s)) for s in STORIES
]

SOFT_404 = f"{PREFIX}/tin-tuc/chi-tiet?id={STALE_GUID}"


def _list_targets() -> list[str]:
    out: list[str] = []
    for cat in CATS:
        last = pages_of(NGOC_LAM, cat)
        out.append(list_path(NGOC_LAM, cat))
        if last > 1:  # a one-page list prints no pager
            out += [list_path(NGOC_LAM, cat, n, order="pager") for n in range(1, last + 1)]
            out += [list_path(NGOC_LAM, cat, n, order="reversed") for n in (1, last)]
        out += [list_path(NGOC_LAM, cat, 1, size, order="pager") for size in OTHER_SIZES]
    return out


NON_ARTICLES: list[str] = [
    START_PATH,
    *_list_targets(),
    f"{PREFIX}/gioi-thieu",
    f"{PREFIX}/to-chuc",
    f"{PREFIX}/thoi-khoa-bieu",
    *(f"{PREFIX}/thoi-khoa-bieu?lop={g}" for g, _ in CLASSES),
    f"{PREFIX}/van-ban",
    *(f"{PREFIX}/van-ban/chi-tiet?id={d['guid']}" for d in DOCS),
    f"{PREFIX}/album",
    *(f"{PREFIX}/album/chi-tiet?id={a['guid']}" for a in ALBUMS),
    f"{PREFIX}/lien-he",
    f"{PREFIX}/lich-cong-tac",
    SOFT_404,
]


# --------------------------------------------------------------------------- Word-pasted content

_P_STYLE = "margin-bottom:6.0pt;text-align:justify;text-indent:1.0cm;line-height:150%"
_SPAN = 'font-size:14.0pt;line-height:150%;font-family:"Times New Roman",serif;mso-fareast-font-family:"Times New Roman";mso-ansi-language:VI'


def _word_wrap(value: str, width: int = 74) -> str:
    """Word's HTML export breaks long lines at spaces (a hard newline inside the paragraph)."""
    words, lines, line = value.split(" "), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    lines.append(line)
    return "\n".join(lines)


def _wtext(value: str) -> str:
    escaped = esc(value).replace("&quot;", '"').replace("&#x27;", "'")
    return _word_wrap(escaped)


def _mso_p(value: str, style: str = _P_STYLE) -> str:
    return f"<p class=MsoNormal style='{style}'><span lang=VI style='{_SPAN}'>{_wtext(value)}<o:p></o:p></span></p>"


_SPACER = "<p class=MsoNormal style='text-align:justify'><span lang=VI style='font-size:14.0pt'><o:p>&nbsp;</o:p></span></p>"
_CENTER = "<p class=MsoNormal align=center style='text-align:center;line-height:150%'>"


def _mso_img(img: Img, n: int) -> str:
    tag = f'<img width=602 height=401 src="{esc(img.src)}" alt="">'
    if img.style == "vml":
        inner = (
            f'<!--[if gte vml 1]><v:shape id="Picture_x0020_{n}" o:spid="_x0000_i102{n}" type="#_x0000_t75"'
            " style='width:451.5pt;height:300.75pt;visibility:visible;mso-wrap-style:square'>"
            f'<v:imagedata src="file:///C:/Users/ADMIN/AppData/Local/Temp/msohtmlclip1/01/clip_image00{n}.jpg" o:title=""/>'
            f'</v:shape><![endif]--><![if !vml]><img width=602 height=401 src="{esc(img.src)}" v:shapes="Picture_x0020_{n}"><![endif]>'
        )
    else:
        inner = tag
    out = f"{_CENTER}<span lang=VI style='{_SPAN}'>{inner}</span></p>"
    if img.printed and img.style in ("italic", "vml"):
        out += f"\n{_CENTER}<i><span lang=VI style='font-size:13.0pt;line-height:150%'>{_wtext(img.printed)}<o:p></o:p></span></i></p>"
    elif img.printed and img.style == "paren":
        out += f"\n{_CENTER}<span lang=VI style='font-size:13.0pt;line-height:150%'>{_wtext(img.printed)}<o:p></o:p></span></p>"
    return out


def _word_table(rows: list[P]) -> str:
    trs = []
    for row in rows:
        cells = "".join(
            "<td width=200 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
            f"<p class=MsoNormal align=center style='text-align:center'>{'<b>' if row.style == 'th' else ''}"
            f"<span lang=VI style='font-size:13.0pt'>{esc(c)}<o:p></o:p></span>{'</b>' if row.style == 'th' else ''}</p></td>"
            for c in row.text.split(" | ")
        )
        trs.append(f"<tr style='mso-yfti-irow:{len(trs)}'>{cells}</tr>")
    return (
        "<div align=center><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0"
        " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>"
        f"<tbody>{''.join(trs)}</tbody></table></div>"
    )


def content_html(school: School, s: Story) -> str:
    parts = ["<div class=WordSection1>", _SPACER]
    blocks = s.blocks
    i, n_img = 0, 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                rows.append(blocks[i])
                i += 1
            parts.append(_word_table(rows))
            continue
        if isinstance(b, P):
            if b.style == "num":
                parts.append(
                    _mso_p(b.text, "margin-bottom:6.0pt;text-align:justify;line-height:150%")
                )
            elif b.style == "link":
                target = _ID_OF[s.opts["link_to"]]
                href = f"{school.prefix}/tin-tuc/chi-tiet?id={target.opts['guid'].upper()}"
                anchor = "kế hoạch bồi dưỡng học sinh giỏi và giáo viên giỏi"
                before, after = b.text.split(anchor)
                parts.append(
                    f"<p class=MsoNormal style='{_P_STYLE}'><span lang=VI style='{_SPAN}'>{_wtext(before)}"
                    # (the space after the link is printed: _word_wrap drops a leading one, a bug the
                    # blind crawl found, since the gold reads "… giỏi của nhà trường")
                    f'<a href="{href}">{esc(anchor)}</a>{" " if after.startswith(" ") else ""}{_wtext(after)}<o:p></o:p></span></p>'
                )
            else:
                parts.append(_mso_p(b.text))
        elif isinstance(b, Img):
            n_img += 1
            parts.append(_mso_img(b, n_img))
        else:
            parts.append(_SPACER)
            parts.append(b.html)
        i += 1
    parts.append(_SPACER)
    parts.append("</div>")
    return "\n".join(parts)


# --------------------------------------------------------------------------- chrome


def _login_link(request: Request) -> str:
    return "/Account/Login?ReturnUrl=" + quote(request.target, safe="")


def _head(request: Request, school: School, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{esc(title)}</title>
    {extra}
    <link rel="shortcut icon" href="/Uploads/{school.slug}/logo/favicon.ico" />
    <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
    <link rel="stylesheet" href="/lib/bootstrap-icons/font/bootstrap-icons.css" />
    <link rel="stylesheet" href="/css/site.css?v=Xk2mJf8qLw0aZr7bT1nC4dE9uH6sV3pY5oG2iQ8lM0" />
</head>"""


def _navbar(request: Request, school: School) -> str:
    p = school.prefix
    cats = "".join(
        f'<li><a class="dropdown-item" href="{list_path(school, k)}">{esc(v[1])}</a></li>'
        for k, v in school.cats.items()
    )
    return f"""<body>
<div class="top-bar bg-light border-bottom small">
    <div class="container d-flex justify-content-between py-1">
        <span><i class="bi bi-calendar-event"></i> {TODAY}</span>
        <span><a href="{_login_link(request)}" class="text-decoration-none"><i class="bi bi-box-arrow-in-right"></i> Đăng nhập</a></span>
    </div>
</div>
<header class="school-header">
    <div class="container d-flex align-items-center py-3">
        <a href="{p}/"><img src="/Uploads/{school.slug}/logo/logo.png" alt="Logo" height="80" /></a>
        <div class="ms-3">
            <div class="header-unit text-uppercase">{esc(DISTRICT)}</div>
            <h1 class="school-name text-uppercase mb-0">{esc(school.name)}</h1>
        </div>
    </div>
</header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary main-nav">
    <div class="container">
        <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#menuChinh"><span class="navbar-toggler-icon"></span></button>
        <div class="collapse navbar-collapse" id="menuChinh">
            <ul class="navbar-nav me-auto">
                <li class="nav-item"><a class="nav-link" href="{p}/"><i class="bi bi-house-door-fill"></i> Trang chủ</a></li>
                <li class="nav-item"><a class="nav-link" href="{p}/gioi-thieu">Giới thiệu</a></li>
                <li class="nav-item"><a class="nav-link" href="{p}/to-chuc">Tổ chức</a></li>
                <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">Tin tức</a>
                    <ul class="dropdown-menu">{cats}</ul></li>
                <li class="nav-item"><a class="nav-link" href="{p}/van-ban">Văn bản</a></li>
                <li class="nav-item"><a class="nav-link" href="{p}/thoi-khoa-bieu">Thời khóa biểu</a></li>
                <li class="nav-item"><a class="nav-link" href="{p}/album">Album ảnh</a></li>
                <li class="nav-item"><a class="nav-link" href="{p}/lien-he">Liên hệ</a></li>
            </ul>
            <form class="d-flex" method="get" action="{p}/tim-kiem"><input class="form-control form-control-sm me-2" type="search" name="tuKhoa" placeholder="Tìm kiếm..." /><button class="btn btn-sm btn-light" type="submit"><i class="bi bi-search"></i></button></form>
        </div>
    </div>
</nav>"""


def _ddmmyyyy(s: Story) -> str:
    return s.opts["at"][:10]


def _sidebar(request: Request, school: School) -> str:
    p = school.prefix
    notices = "".join(
        f'<li class="list-group-item"><i class="bi bi-caret-right-fill text-danger"></i> <a href="{detail_q(school, s)}">{esc(s.title)}</a>'
        f' <span class="text-muted small">({_ddmmyyyy(s)})</span></li>'
        for s in newest(school, TB)[:4]
    )
    if school is NGOC_LAM:
        # cached in the vendor's "Thông báo" widget long after the post was deleted
        notices += (
            f'<li class="list-group-item"><i class="bi bi-caret-right-fill text-danger"></i> <a href="{SOFT_404}">'
            'Thông báo lịch nghỉ Tết Dương lịch năm 2026</a> <span class="text-muted small">(26/12/2025)</span></li>'
        )
    docs = (
        "".join(
            f'<li class="list-group-item"><a href="{p}/van-ban/chi-tiet?id={d["guid"]}">{esc(d["so"])}</a>'
            f'<div class="small text-muted">{esc(d["trich"])}</div></li>'
            for d in school.docs[:3]
        )
        or '<li class="list-group-item text-muted">Chưa có văn bản</li>'
    )
    options = "".join(
        f'<option value="/{s.slug}/">{esc(s.short)}</option>'
        for s in SCHOOLS.values()
        if s is not school
    ) + "".join(f'<option value="{u}">{esc(n)}</option>' for n, u in OTHER_DISTRICT)
    return f"""<aside class="col-lg-4 sidebar">
    <div class="card mb-3 box-thong-bao"><div class="card-header bg-primary text-white"><i class="bi bi-megaphone-fill"></i> Thông báo</div>
        <ul class="list-group list-group-flush">{notices}</ul></div>
    <div class="card mb-3"><div class="card-body text-center">
        <a href="{p}/lich-cong-tac" class="btn btn-outline-primary w-100"><i class="bi bi-calendar-week"></i> Lịch công tác</a></div></div>
    <div class="card mb-3"><div class="card-header bg-primary text-white"><i class="bi bi-file-earmark-text"></i> Văn bản</div>
        <ul class="list-group list-group-flush">{docs}</ul></div>
    <div class="card mb-3 thong-ke"><div class="card-header bg-primary text-white"><i class="bi bi-bar-chart-line"></i> Thống kê truy cập</div>
        <ul class="list-unstyled card-body mb-0">
            <li><i class="bi bi-person-check"></i> Đang online: <strong>7</strong></li>
            <li><i class="bi bi-calendar-day"></i> Hôm nay: <strong>152</strong></li>
            <li><i class="bi bi-calendar-month"></i> Tháng này: <strong>3.418</strong></li>
            <li><i class="bi bi-graph-up"></i> Tổng: <strong>287.905</strong></li>
        </ul></div>
    <div class="card mb-3"><div class="card-header bg-primary text-white">Liên kết</div><div class="card-body">
        <select class="form-select form-select-sm" onchange="if(this.value) window.open(this.value)">
            <option value="">-- Liên kết website --</option>
            <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
            <option value="https://sogddt.thanhhoa.gov.vn">Sở GD&amp;ĐT Thanh Hóa</option>
            <option value="https://vnedu.vn">Sổ liên lạc điện tử</option>
        </select></div></div>
    <div class="card mb-3"><div class="card-header bg-primary text-white">Các trường trong huyện</div><div class="card-body">
        <select class="form-select form-select-sm" onchange="if(this.value) location.href=this.value">
            <option value="">-- Chọn trường --</option>{options}
        </select></div></div>
</aside>"""


def _footer(school: School) -> str:
    others = " | ".join(
        f'<a href="/{s.slug}/" class="link-light">{esc(s.short)}</a>'
        for s in SCHOOLS.values()
        if s is not school
    )
    return f"""<footer class="site-footer bg-dark text-light mt-4 pt-3">
    <div class="container">
        <div class="row">
            <div class="col-md-8">
                <p class="fw-bold text-uppercase mb-1">{esc(school.name)}</p>
                <p class="mb-1"><i class="bi bi-geo-alt"></i> Địa chỉ: {esc(school.address)}</p>
                <p class="mb-1"><i class="bi bi-telephone"></i> Điện thoại: {esc(school.phone)} - <i class="bi bi-envelope"></i> Email: {esc(school.email)}</p>
            </div>
            <div class="col-md-4 small"><p class="mb-1">Các trường cùng huyện:</p><p>{others}</p></div>
        </div>
        <div class="text-center small border-top border-secondary py-2">{esc(VENDOR)}</div>
    </div>
</footer>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
<script src="/js/site.js?v=4fQ8kLr2NcT0xHj7wYp1mZ3eA9bV6uS5dG8iO2qK4lE"></script>
</body>
</html>"""


def _crumbs(school: School, *trail: tuple[str | None, str]) -> str:
    items = [
        f'<li class="breadcrumb-item"><a href="{school.prefix}/"><i class="bi bi-house"></i> Trang chủ</a></li>'
    ]
    for href, label in trail:
        if href:
            items.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(
                f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>'
            )
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(items)}</ol></nav>'


def _page(request: Request, school: School, title: str, main: str, extra: str = "") -> str:
    return (
        _head(request, school, title, extra)
        + "\n"
        + _navbar(request, school)
        + f'\n<main class="container my-3"><div class="row"><div class="col-lg-8 main-content">\n{main}\n</div>\n'
        + _sidebar(request, school)
        + "\n</div></main>\n"
        + _footer(school)
    )


# --------------------------------------------------------------------------- pages


def _thumb(s: Story) -> str:
    return s.images[0].src if s.images else "/images/no-image.png"


def _lead(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "..."


def _article(request: Request, school: School, s: Story) -> str:
    cat_guid, cat_name = school.cats[s.cat]
    new_template = s.cat != TB
    extra = ""
    if new_template:
        utc = _when(s).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        extra = (
            f'<link rel="canonical" href="{base_url(request)}{detail_q(school, s)}" />\n'
            f'    <meta property="og:title" content="{esc(s.title)}" />\n'
            f'    <meta property="og:image" content="{base_url(request)}{_thumb(s)}" />\n'
            f'    <meta property="article:published_time" content="{utc}" />'
        )
    updated = (
        f' <span class="news-updated">(Cập nhật: {s.opts["updated"]})</span>'
        if s.opts.get("updated")
        else ""
    )
    summary = ""
    if new_template:
        summary = f'<div class="news-summary fw-bold">{esc(s.summary) if s.summary else ""}</div>'
    attach = ""
    if s.opts.get("attach"):
        links = "".join(
            f'<li><i class="bi bi-paperclip"></i> <a href="{f}" target="_blank">{esc(label)}</a></li>'
            for f, label in s.opts["attach"]
        )
        attach = f'<div class="news-attach mt-3"><p class="fw-bold mb-1">Tệp đính kèm:</p><ul class="list-unstyled">{links}</ul></div>'
    others = "".join(
        f'<li><i class="bi bi-chevron-right"></i> <a href="{detail_q(school, o)}">{esc(o.title)}</a> <span class="text-muted">({_ddmmyyyy(o)})</span></li>'
        for o in [o for o in newest(school, s.cat) if o is not s][:5]
    )
    share_url = quote(base_url(request) + detail_q(school, s), safe="")
    main = f"""{_crumbs(school, (list_path(school, s.cat), cat_name), (None, "Chi tiết tin"))}
<div class="news-detail" data-id="{s.opts["guid"]}" data-danhmuc="{cat_guid}">
    <h2 class="news-title">{esc(s.title)}</h2>
    <div class="news-info text-muted small mb-2">
        <span class="me-3"><i class='bi bi-clock'></i> {s.opts["at"]}</span>{updated}
        <span class="me-3"><i class='bi bi-person'></i> Người đăng: {esc(s.opts["poster"])}</span>
        <span><i class='bi bi-eye'></i> {s.views()}</span>
    </div>
    {summary}
    <div class="news-content">
{content_html(school, s)}
    </div>
    {attach}
    <div class="news-tools d-flex justify-content-end gap-2 my-3">
        <a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank"><i class="bi bi-facebook"></i> Chia sẻ</a>
        <a class="btn btn-sm btn-info" href="https://zalo.me/share?u={share_url}" target="_blank">Zalo</a>
        <a class="btn btn-sm btn-secondary" href="javascript:window.print()"><i class="bi bi-printer"></i> In bài</a>
    </div>
    <div class="news-other"><h5 class="border-bottom pb-1">Tin khác</h5><ul class="list-unstyled">{others}</ul></div>
</div>"""
    return _page(request, school, f"{s.title} - {school.short}", main, extra)


def _soft_404(request: Request, school: School) -> str:
    main = f"""{_crumbs(school, (None, "Chi tiết tin"))}
<div class="news-detail"><div class="alert alert-warning"><i class="bi bi-exclamation-triangle"></i> Không tìm thấy bài viết hoặc bài viết đã bị xóa.</div>
<a href="{school.prefix}/" class="btn btn-sm btn-outline-primary">Quay lại trang chủ</a></div>"""
    return _page(request, school, f"Không tìm thấy bài viết - {school.short}", main)


def _pager(school: School, cat: str, page: int, size: int, last: int) -> str:
    items = []
    if page > 1:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{list_path(school, cat, 1, size, "reversed")}">Trang đầu</a></li>'
        )
    for n in range(1, last + 1):
        if n == page:
            items.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{list_path(school, cat, n, size, "pager")}">{n}</a></li>'
            )
    if page < last:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{list_path(school, cat, last, size, "reversed")}">Trang cuối</a></li>'
        )
    return f'<nav aria-label="Phân trang"><ul class="pagination pagination-sm justify-content-center">{"".join(items)}</ul></nav>'


def _listing(request: Request, school: School, cat: str, page: int, size: int) -> str:
    items = newest(school, cat)
    last = max(1, -(-len(items) // size))
    chunk = items[(page - 1) * size : page * size]
    cards = (
        "".join(
            f"""<div class="news-item row border-bottom py-2">
    <div class="col-4"><a href="{detail_q(school, s)}"><img src="{esc(_thumb(s))}" class="img-fluid rounded" alt="{esc(s.title)}" /></a></div>
    <div class="col-8"><h3 class="news-item-title h6"><a href="{detail_q(school, s)}">{esc(s.title)}</a></h3>
        <div class="text-muted small"><i class="bi bi-calendar3"></i> {_ddmmyyyy(s)}</div>
        <p class="small mb-0">{esc(_lead(s))}</p></div>
</div>"""
            for s in chunk
        )
        or '<div class="alert alert-light">Chưa có bài viết trong chuyên mục này.</div>'
    )
    sizes = "".join(
        f'<li><a class="dropdown-item" href="{list_path(school, cat, 1, n, "pager")}">{n} tin / trang</a></li>'
        for n in OTHER_SIZES
    )
    name = school.cats[cat][1]
    main = f"""{_crumbs(school, (None, name))}
<div class="d-flex justify-content-between align-items-center mb-2"><h2 class="category-title h5 text-uppercase mb-0">{esc(name)}</h2>
<div class="dropdown"><button class="btn btn-sm btn-outline-secondary dropdown-toggle" data-bs-toggle="dropdown">Hiển thị</button><ul class="dropdown-menu dropdown-menu-end">{sizes}</ul></div></div>
<div class="news-list">{cards}</div>
{_pager(school, cat, page, size, last) if last > 1 else ""}"""
    return _page(request, school, f"{name} - {school.short}", main)


def _home(request: Request, school: School) -> str:
    top = newest(school)[:3]
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{detail_route(school, s)}"><img src="{esc(_thumb(s))}" class="d-block w-100" alt="" /></a>'
        f'<div class="carousel-caption"><h5><a href="{detail_route(school, s)}" class="text-white">{esc(s.title)}</a></h5></div></div>'
        for i, s in enumerate(top)
    )
    boxes = ""
    for cat, (_, name) in school.cats.items():
        lis = "".join(
            f'<li class="mb-1"><a href="{detail_route(school, s)}">{esc(s.title)}</a> <span class="text-muted small">({_ddmmyyyy(s)})</span></li>'
            for s in newest(school, cat)[:4]
        )
        if not lis:
            continue
        boxes += (
            f'<div class="home-box mb-3"><div class="home-box-title d-flex justify-content-between border-bottom mb-2">'
            f'<h2 class="h6 text-uppercase fw-bold">{esc(name)}</h2><a href="{list_path(school, cat)}" class="small">Xem thêm »</a></div>'
            f'<ul class="list-unstyled">{lis}</ul></div>'
        )
    main = f"""<div id="slideTin" class="carousel slide mb-3" data-bs-ride="carousel"><div class="carousel-inner">{slides}</div></div>
{boxes}"""
    return _page(request, school, school.short, main)


def _static(request: Request, school: School, title: str, inner: str) -> str:
    main = f'{_crumbs(school, (None, title))}<div class="page-static"><h2 class="page-title h5 text-uppercase">{esc(title)}</h2>{inner}</div>'
    return _page(request, school, f"{title} - {school.short}", main)


def _intro(request: Request, school: School) -> str:
    return _static(request, school, "Giới thiệu", "".join(f"<p>{esc(t)}</p>" for t in school.intro))


def _staff(request: Request, school: School) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{esc(n)}</td><td>{esc(c)}</td><td>{esc(m)}</td></tr>"
        for i, (n, c, m) in enumerate(school.staff, 1)
    )
    inner = f'<table class="table table-bordered table-sm"><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Môn dạy</th></tr></thead><tbody>{rows}</tbody></table>'
    return _static(request, school, "Cơ cấu tổ chức", inner)


_SUBJECTS = (
    "Toán",
    "Ngữ văn",
    "Tiếng Anh",
    "KHTN",
    "Lịch sử và Địa lí",
    "GDCD",
    "Tin học",
    "Công nghệ",
)


def _timetable(request: Request, school: School, lop: str | None) -> str | None:
    names = dict(school.classes)
    if lop is not None and lop not in names:
        return None
    chooser = " ".join(
        f'<a class="btn btn-sm {"btn-primary" if g == lop else "btn-outline-primary"}" href="{school.prefix}/thoi-khoa-bieu?lop={g}">{c}</a>'
        for g, c in school.classes
    )
    table = '<p class="text-muted">Chọn lớp để xem thời khóa biểu (áp dụng từ ngày 16/11/2026).</p>'
    if lop:
        k = list(names).index(lop)
        rows = "".join(
            f"<tr><td>Tiết {t}</td>"
            + "".join(f"<td>{_SUBJECTS[(k + t + d) % len(_SUBJECTS)]}</td>" for d in range(6))
            + "</tr>"
            for t in range(1, 6)
        )
        table = (
            f'<h3 class="h6">Lớp {names[lop]}</h3><table class="table table-bordered table-sm text-center"><thead><tr><th>Tiết</th>'
            "<th>Thứ 2</th><th>Thứ 3</th><th>Thứ 4</th><th>Thứ 5</th><th>Thứ 6</th><th>Thứ 7</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )
    return _static(request, school, "Thời khóa biểu", f'<div class="mb-2">{chooser}</div>{table}')


def _documents(request: Request, school: School) -> str:
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td>{d["ngay"]}</td><td><a href="{school.prefix}/van-ban/chi-tiet?id={d["guid"]}">{esc(d["trich"])}</a></td>'
        f'<td><a href="{d["file"]}"><i class="bi bi-download"></i></a></td></tr>'
        for d in school.docs
    )
    inner = f'<table class="table table-striped table-sm"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>'
    return _static(request, school, "Văn bản", inner)


def _document(request: Request, school: School, doc: dict) -> str:
    inner = f"""<table class="table table-bordered table-sm van-ban-info">
<tr><th>Số/Ký hiệu</th><td>{esc(doc["so"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{doc["ngay"]}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(doc["loai"])}</td></tr>
<tr><th>Trích yếu</th><td>{esc(doc["trich"])}</td></tr>
<tr><th>Người ký</th><td>{esc(doc["ky"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{doc["file"]}"><i class="bi bi-file-earmark-pdf"></i> {esc(doc["file"].rsplit("/", 1)[1])}</a></td></tr>
</table>"""
    return _static(request, school, "Chi tiết văn bản", inner)


def _albums(request: Request, school: School) -> str:
    cards = "".join(
        f'<div class="col-md-6 mb-3"><div class="card"><a href="{school.prefix}/album/chi-tiet?id={a["guid"]}">'
        f'<img src="/Uploads/{school.slug}/album/{a["anh"][0][0]}" class="card-img-top" alt="" /></a>'
        f'<div class="card-body"><a href="{school.prefix}/album/chi-tiet?id={a["guid"]}">{esc(a["ten"])}</a>'
        f'<div class="small text-muted">{a["ngay"]} - {len(a["anh"])} ảnh</div></div></div></div>'
        for a in school.albums
    )
    return _static(request, school, "Album ảnh", f'<div class="row">{cards}</div>')


def _album(request: Request, school: School, a: dict) -> str:
    photos = "".join(
        f'<div class="col-4 mb-2"><a href="/Uploads/{school.slug}/album/{f}" data-lightbox="album"><img src="/Uploads/{school.slug}/album/{f}" class="img-fluid" alt="{esc(c)}" /></a>'
        f'<div class="small text-center">{esc(c)}</div></div>'
        for f, c in a["anh"]
    )
    return _static(
        request,
        school,
        a["ten"],
        f'<div class="small text-muted mb-2">{a["ngay"]}</div><div class="row">{photos}</div>',
    )


def _contact(request: Request, school: School) -> str:
    token = opaque(f"antiforgery-{school.slug}", 48)
    inner = f"""<p><i class="bi bi-geo-alt"></i> {esc(school.address)}</p>
<p><i class="bi bi-telephone"></i> {esc(school.phone)} - <i class="bi bi-envelope"></i> {esc(school.email)}</p>
<form method="post" action="{school.prefix}/lien-he"><input name="__RequestVerificationToken" type="hidden" value="{token}" />
<div class="mb-2"><label class="form-label">Họ và tên</label><input class="form-control" name="HoTen" /></div>
<div class="mb-2"><label class="form-label">Email</label><input class="form-control" name="Email" type="email" /></div>
<div class="mb-2"><label class="form-label">Nội dung</label><textarea class="form-control" name="NoiDung" rows="4"></textarea></div>
<button class="btn btn-primary" type="submit">Gửi liên hệ</button></form>"""
    return _static(request, school, "Liên hệ", inner)


def _week_start(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def _calendar(request: Request, school: School) -> str | None:
    params = request.params
    this_year, this_week, _ = TODAY_DATE.isocalendar()
    try:
        year = int(params.get("nam", this_year))
        week = int(params.get("tuan", this_week))
        monday = _week_start(year, week)
    except ValueError:
        return None
    prev, nxt = monday - timedelta(days=7), monday + timedelta(days=7)
    link = f"{school.prefix}/lich-cong-tac?tuan={{}}&nam={{}}"
    rows = "".join(
        f"<tr><td>{(monday + timedelta(days=d)):%d/%m/%Y}</td><td>{'Chào cờ, sinh hoạt dưới cờ' if d == 0 else 'Dạy và học theo thời khóa biểu'}</td><td>BGH</td></tr>"
        for d in range(6)
    )
    inner = f"""<div class="d-flex justify-content-between mb-2">
<a href="{link.format(prev.isocalendar()[1], prev.isocalendar()[0])}">« Tuần trước</a>
<strong>Tuần {week} ({monday:%d/%m/%Y} - {monday + timedelta(days=6):%d/%m/%Y})</strong>
<a href="{link.format(nxt.isocalendar()[1], nxt.isocalendar()[0])}">Tuần sau »</a></div>
<table class="table table-bordered table-sm"><thead><tr><th>Ngày</th><th>Nội dung công việc</th><th>Chủ trì</th></tr></thead><tbody>{rows}</tbody></table>"""
    return _static(request, school, "Lịch công tác", inner)


def _search(request: Request, school: School) -> str:
    q = request.params.get("tuKhoa", "").strip().lower()
    hits = [s for s in newest(school) if q and q in s.title.lower()]
    lis = "".join(
        f'<li><a href="{detail_q(school, s)}">{esc(s.title)}</a> ({_ddmmyyyy(s)})</li>'
        for s in hits
    )
    inner = (
        f"<p>Tìm thấy {len(hits)} kết quả.</p><ul>{lis}</ul>"
        if q
        else "<p>Nhập từ khóa để tìm kiếm.</p>"
    )
    return _static(request, school, "Tìm kiếm", inner)


# --------------------------------------------------------------------------- host-level pages

_NOT_FOUND = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Không tìm thấy trang</title></head>
<body><div class="container text-center py-5"><h1 class="display-4">404</h1><p>Trang bạn tìm không tồn tại.</p><a href="/">Về trang chủ</a></div></body></html>"""


def _host_home() -> str:
    lis = "".join(f'<li><a href="/{s.slug}/">{esc(s.short)}</a></li>' for s in SCHOOLS.values())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Hệ thống website trường học - {esc(DISTRICT)}</title></head>
<body><div class="container py-4"><h1 class="h4">HỆ THỐNG WEBSITE TRƯỜNG HỌC</h1><p>{esc(DISTRICT)}</p><ul>{lis}</ul>
<p><a href="/Account/Login">Đăng nhập</a></p><p class="small">{esc(VENDOR)}</p></div></body></html>"""


def _login() -> str:
    token = opaque("antiforgery-login", 48)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Đăng nhập hệ thống</title><meta name="robots" content="noindex" /></head>
<body><div class="container py-5" style="max-width:420px"><h1 class="h5">Đăng nhập hệ thống</h1>
<form method="post"><input name="__RequestVerificationToken" type="hidden" value="{token}" />
<div class="mb-2"><label>Tên đăng nhập</label><input class="form-control" name="UserName" /></div>
<div class="mb-2"><label>Mật khẩu</label><input class="form-control" name="Password" type="password" /></div>
<button class="btn btn-primary w-100" type="submit">Đăng nhập</button></form></div></body></html>"""


_ROBOTS = "User-agent: *\nDisallow: /Account/\nDisallow: /Admin/\n"
_GUID_RE = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)


def _norm_guid(value: str) -> str | None:
    value = value.strip().strip("{}")
    return value.lower() if _GUID_RE.match(value) else None


def _cookies() -> dict[str, str]:
    return {
        "Set-Cookie": f".AspNetCore.Session={opaque('session', 24)}; path=/; samesite=lax; httponly"
    }


class VendorSchoolHost:
    """The vendor's ASP.NET Core app: host pages, then ``/{maTruong}/{controller}/{action}``."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/lib/", "/css/", "/js/", "/images/")) or (
            path.startswith("/Uploads/") and not path.endswith(".pdf")
        ):
            return static_file(path)
        if path.endswith(".pdf"):
            return self._pdf(path)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/":
            return html(_host_home())
        if path.lower() == "/account/login":
            return html(_login(), headers=_cookies())
        slug, _, rest = path.lstrip("/").partition("/")
        school = SCHOOLS.get(slug.lower())
        if school is None:
            return html(_NOT_FOUND, status=404)
        if path == school.prefix:
            return redirect(school.prefix + "/", 301)
        page = self._route(request, school, "/" + rest)
        if page is None:
            return html(_NOT_FOUND, status=404)
        return page if isinstance(page, Response) else html(page, headers=_cookies())

    @staticmethod
    def _pdf(path: str) -> Response | None:
        known = {
            f for s in SCHOOLS.values() for st in s.stories for f, _ in st.opts.get("attach", [])
        }
        known |= {d["file"] for s in SCHOOLS.values() for d in s.docs}
        if path in known:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return html(_NOT_FOUND, status=404)

    def _route(self, request: Request, school: School, rest: str) -> str | Response | None:
        params = {k.lower(): v for k, v in request.params.items()}
        by_guid = {s.opts["guid"]: s for s in school.stories}
        if rest == "/":
            return _home(request, school)
        if rest == "/tin-tuc":
            cat_guid = _norm_guid(params.get("danhmucid", ""))
            cat = next((k for k, (g, _) in school.cats.items() if g == cat_guid), None)
            if cat is None:
                return None
            try:
                page = max(1, int(params.get("pageindex", "1")))
                size = min(100, max(1, int(params.get("pagesize", str(PAGE_SIZE)))))
            except ValueError:
                page, size = 1, PAGE_SIZE
            return _listing(request, school, cat, page, size)
        if rest == "/tin-tuc/chi-tiet":
            story = by_guid.get(_norm_guid(params.get("id", "")) or "")
            return _article(request, school, story) if story else _soft_404(request, school)
        if rest.startswith("/tin-tuc/chi-tiet/"):
            story = by_guid.get(_norm_guid(rest.rsplit("/", 1)[1]) or "")
            return _article(request, school, story) if story else _soft_404(request, school)
        if rest == "/gioi-thieu":
            return _intro(request, school)
        if rest == "/to-chuc":
            return _staff(request, school)
        if rest == "/thoi-khoa-bieu":
            lop = params.get("lop")
            return _timetable(request, school, _norm_guid(lop) if lop is not None else None)
        if rest == "/van-ban":
            return _documents(request, school)
        if rest == "/van-ban/chi-tiet":
            doc = next(
                (d for d in school.docs if d["guid"] == _norm_guid(params.get("id", ""))), None
            )
            return _document(request, school, doc) if doc else None
        if rest == "/album":
            return _albums(request, school)
        if rest == "/album/chi-tiet":
            album = next(
                (a for a in school.albums if a["guid"] == _norm_guid(params.get("id", ""))), None
            )
            return _album(request, school, album) if album else None
        if rest == "/lien-he":
            return _contact(request, school)
        if rest == "/lich-cong-tac":
            return _calendar(request, school)
        if rest == "/tim-kiem":
            return _search(request, school)
        return None


def build_site() -> VendorSchoolHost:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return VendorSchoolHost()
