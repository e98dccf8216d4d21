"""Trường THCS Lê Lợi (TP Thanh Hóa) on the Ministry's shared platform "Trường học kết nối".

Platform
    A Java portal (portlet ids ``p_p_id_…_WAR_thkportlet_INSTANCE_…``, ``Liferay.Portlet.onLoad``
    scripts) that hosts thousands of school sub-sites under one host, each school a path
    (``/thcs-le-loi-thanh-hoa/``, ``/thcs-dien-bien-thanh-hoa/``, ``/pgd-tp-thanh-hoa/`` …). Every
    sub-site prints the platform's chrome (top bar "Trường học kết nối · Bộ GD&ĐT", the header
    clock "Thứ Bảy, 05/12/2026", login) around the school's own banner, menu and portlets.

URL scheme (school prefix ``/thcs-le-loi-thanh-hoa``)
    ``/`` platform landing (list of sub-sites); ``/<school>/`` and ``/<school>/trang-chu.html``
    home; ``/<school>/tin-tuc/<slug>-<N>.html`` every post, whatever its category;
    ``/<school>/thong-bao/<slug>-<N>.html`` the same notice as linked from the "Thông báo" portlet;
    ``/<school>/tin-tuc.html?page=<N>`` "Tin tức - Sự kiện" (3 a page);
    ``/<school>/hoat-dong-chuyen-mon.html?page=<N>`` "Hoạt động chuyên môn" (3 a page);
    ``/<school>/thong-bao.html`` notices; ``gioi-thieu.html``, ``co-cau-to-chuc.html``,
    ``lien-he.html``; ``van-ban.html`` + ``van-ban/<slug>-<N>.html`` document entries;
    ``thu-vien-anh.html`` + ``thu-vien-anh/<slug>-<N>.html`` albums; ``video.html`` +
    ``video/<slug>-<N>.html`` clips. Images under ``/documents/<group>/<post id>/<file>.jpg``,
    listing thumbnails under ``/thumb/300x200/documents/…``.

Page templates
    home (slider "Tin nổi bật", blocks per category, sidebar portlets); listing (thumbnail, title
    link, day, teaser, "Xem tiếp", pager "Trang đầu / ‹ / 1 2 / › / Trang cuối"); post (headline in
    ``div.ct-tieude > h2``, info bar ``div.ct-info``, tools, optional ``div.ct-mota`` sapo, text in
    ``div.ct-noidung``, attachments ``div.ct-dinhkem``, hidden read-aloud text, "Các tin khác");
    static pages; document entry; album; video.

How each gold article is reached
    Tin tức - Sự kiện (6): page 1 of ``tin-tuc.html`` holds ids 2045110, 2043502, 2041187; page 2
    holds 2038841, 2035276, 2032019 (the last two are on no home block: page 2 or "Các tin khác"
    only). Hoạt động chuyên môn (4): page 1 holds 2044020, 2039955, 2036630; 2033402 only on page
    2. Thông báo (3): ``thong-bao.html`` (canonical ``tin-tuc/`` links) and the sidebar "Thông báo"
    portlet on every page (``thong-bao/`` links).

Traps
    1. Sibling sub-sites on the same host: the platform bar links the landing ``/``, the
       "Liên kết website" portlet links ``/thcs-dien-bien-thanh-hoa/`` and ``/pgd-tp-thanh-hoa/``,
       and the "Tin từ Phòng GD&ĐT" portlet links two of the PGD's posts; those sub-sites use the
       very same template and URL scheme. Gold: only posts under ``/thcs-le-loi-thanh-hoa/``; the
       four sibling posts are not articles of this site.
    2. ``<h1>`` is the school's banner name ("TRƯỜNG THCS LÊ LỢI") on every page and ``<title>`` is
       the portlet's name ("Tin tức - Sự kiện | Trường THCS Lê Lợi"); the headline is the ``<h2>``
       inside ``div.ct-tieude``. Gold title: that ``<h2>``.
    3. ``article:published_time`` holds the record's createDate in UTC ("…T03:12:44.000Z"); for
       three posts the draft was created days before the display date the page prints. Gold: the
       printed "Ngày đăng" day and time (+07:00), never the meta.
    4. Java's Vietnamese 12-hour clock: "27/11/2026 02:30 CH" is 14:30, "20/11/2026 09:15 SA" is
       09:15, and the platform's "12/11/2026 12:00 SA" (a post saved without a time) is midnight:
       the day alone "2026-11-12". A post with the day only ("02/11/2026") is the day alone.
    5. Captions live in a two-row CKEditor table (``table.tbl-anh``: image row, caption row). Gold:
       the second row is the image's caption, not a table-row paragraph; whereas the real data
       tables in the text (results, exam timetable) are body, one paragraph per row, cells
       joined by " | ".
    6. A hidden read-aloud block (``div#thk-docbai`` with ``display:none``, for the "Nghe đọc
       bài" button) repeats the headline and the whole text as one run. Gold: not body (the
       text is taken once, from ``div.ct-noidung``).
    7. The sapo printed twice: post 2041187 prints the bold sapo in ``div.ct-mota`` and the editor
       pasted the same sentence again as the first ``<p>`` of the text. Gold: summary = that
       sentence, and it opens the body once.
    8. The same notice at two paths: the sidebar "Thông báo" portlet links
       ``/thong-bao/<slug>-<N>.html``, the listings ``/tin-tuc/<slug>-<N>.html`` (both 200, the
       page's canonical is the ``tin-tuc/`` one). The home slider links post 2041187 under the
       slug it had before its headline was edited (``le-ky-niem-ngay-nha-giao-viet-nam-2041187``);
       the platform routes by the trailing id. Gold: one record each, the others in alt_paths.
    9. Pager off by one: on the last page of a listing, "›" (Trang sau) links ``?page=<last+1>``,
       which answers 200 with "Chưa có bài viết nào" and no items; ``?page=1`` duplicates the
       bare listing. Gold: listings only, no article.
    10. The info bar's "Người đăng: thcsleloi.th" is the CMS account (nobody); the author signs at
        the end, right-aligned: "Nguyễn Văn Hùng - Phó Hiệu trưởng" -> "Nguyễn Văn Hùng", "ThS. Đỗ
        Thị Mai - Tổ trưởng Tổ Toán - Tin" -> "Đỗ Thị Mai", a unit alone ("Tổ Giáo dục thể chất",
        "Liên đội THCS Lê Lợi", "Ban Giám hiệu", "Văn phòng nhà trường") is the author; "Tin, ảnh:
        X" and "Bài và ảnh: X" -> X in both; "Tin: X - Ảnh: Y" -> [X], [Y]; "BBT" -> nobody;
        "Theo Báo Thanh Hóa" -> source "Báo Thanh Hóa".
    11. Text nesting: some posts keep each paragraph in a ``<div>``, one keeps a paragraph run in
        one ``<div>`` split by ``<br>`` (each line a paragraph), headings are ``<h3>``/bold
        ``<p>``, spans nest font styles. An "Ảnh: X" line alone under a photo credits X (caption
        None); photos with only a descriptive ``alt`` have no caption.
    12. A notice printed as an official document (letterhead table, "Số: 112/TB-THCSLL", "Thanh
        Hóa, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", "HIỆU TRƯỞNG",
        "(Đã ký)", signer): the info bar prints "01/12/2026 08:05 SA" (posting). Gold: date
        "2026-11-30", author the signer "Lê Văn Thành", body without letterhead/closing. Its
        attachment line and PDF viewer iframe are not body.
    13. An editor's "Tin liên quan" box inside the text (post 2032019) and a "Xem thêm: <link>"
        line (post 2041950) are not body.

Gold decisions on ambiguous points
    - category: the breadcrumb's last item ("Tin tức - Sự kiện", "Hoạt động chuyên môn",
      "Thông báo"), not the ``tin-tuc/`` segment of the URL every post shares.
    - canonical_path: the ``tin-tuc/<current slug>-<N>.html`` form (the page's ``rel=canonical``).
    - The duplicated sapo (trap 7) is taken once.
    - The document notice's exam timetable is body (table rows), its "Nơi nhận" list is not.
    - The "Người đăng" account and the meta createDate are never gold; the PGD's and Điện Biên's
      posts (same host, same template) are not articles of this site and are in no list here.
    - The hidden read-aloud text is not a second body; the "Các tin khác" dates are other posts'.
"""

from __future__ import annotations

import re
from datetime import date

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
)

NAME = "truonghocketnoi_thcs"
PLATFORM = "Trường học kết nối (Java portal, shared school sub-sites)"
SCHOOL = "/thcs-le-loi-thanh-hoa"
START_PATH = SCHOOL + "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
ACCOUNT = "thcsleloi.th"

CATS = {
    "tt": ("Tin tức - Sự kiện", "tin-tuc.html", "Tin tức"),
    "cm": ("Hoạt động chuyên môn", "hoat-dong-chuyen-mon.html", "Tin tức"),
    "tb": ("Thông báo", "thong-bao.html", None),
}
PER_PAGE = 3

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _img(post: int, name: str) -> str:
    return f"/documents/54120/{post}/{name}.jpg"


def _right(text: str) -> Raw:
    return Raw(f'<p style="text-align:right"><strong>{esc(text)}</strong></p>')


# --- the stories -----------------------------------------------------------------------------

_S1_SAPO = (
    "Sáng 20/11, Trường THCS Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, "
    "ôn lại truyền thống tôn sư trọng đạo và tôn vinh những thầy cô đã gắn bó với mái trường."
)

S1 = Story(
    id=2041187,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    cat="tt",
    published_at="2026-11-20T09:15:00+07:00",
    summary=_S1_SAPO,
    sapo_outside=True,
    authors=["Lê Thị Hoa"],
    photographers=["Lê Thị Hoa"],
    blocks=[
        Raw(f'<p style="text-align:justify">{esc(_S1_SAPO)}</p>'),
        P(
            "Tới dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT thành phố Thanh Hóa, Ban đại diện "
            "cha mẹ học sinh, các thế hệ thầy cô giáo nghỉ hưu cùng toàn thể cán bộ, giáo viên, "
            "nhân viên và hơn 1.200 học sinh của nhà trường."
        ),
        Img(
            _img(2041187, "IMG_20261120_081502"),
            printed="Thầy Hiệu trưởng Lê Văn Thành phát biểu tại buổi lễ",
            caption="Thầy Hiệu trưởng Lê Văn Thành phát biểu tại buổi lễ",
            style="tbl",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Hiệu trưởng Lê Văn Thành điểm lại những kết quả nổi bật "
            "của năm học 2025 - 2026: tỷ lệ học sinh lên lớp đạt 99,6%, 100% học sinh lớp 9 được "
            "công nhận tốt nghiệp, 38 lượt học sinh đạt giải học sinh giỏi cấp thành phố và cấp tỉnh."
        ),
        P(
            "Nhân dịp này, nhà trường trao Giấy khen cho 12 giáo viên có thành tích xuất sắc "
            "trong phong trào thi đua “Dạy tốt - Học tốt” và 5 giáo viên đạt danh hiệu giáo viên "
            "dạy giỏi cấp thành phố."
        ),
        Img(
            _img(2041187, "IMG_20261120_090344"),
            printed="Học sinh khối 7 biểu diễn tiết mục văn nghệ chào mừng",
            caption="Học sinh khối 7 biểu diễn tiết mục văn nghệ chào mừng",
            style="tbl",
        ),
        P(
            "Buổi lễ khép lại trong không khí ấm áp với những tiết mục văn nghệ đặc sắc do các "
            "em học sinh dàn dựng, gửi gắm lòng biết ơn sâu sắc tới các thầy cô giáo."
        ),
        _right("Tin, ảnh: Lê Thị Hoa"),
    ],
    opts={
        "printed": "20/11/2026 09:15 SA",
        "created": "2026-11-17T03:12:44.000Z",
        "stale": "le-ky-niem-ngay-nha-giao-viet-nam",
    },
)

S2 = Story(
    id=2043502,
    slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    cat="tt",
    published_at="2026-11-27T14:30:00+07:00",
    authors=["Tổ Giáo dục thể chất"],
    blocks=[
        P(
            "Từ ngày 24 đến ngày 26/11/2026, Trường THCS Lê Lợi tổ chức Hội khỏe Phù Đổng cấp "
            "trường với sự tham gia của gần 400 vận động viên đến từ 32 lớp."
        ),
        P(
            "Các vận động viên tranh tài ở 6 môn: điền kinh, cầu lông, bóng bàn, cờ vua, đá cầu "
            "và kéo co. Các trận đấu diễn ra sôi nổi, trung thực, thể hiện tinh thần đoàn kết "
            "và ý chí vươn lên của học sinh."
        ),
        Img(
            _img(2043502, "DSC_0412"),
            printed="Nội dung kéo co khối 8 thu hút đông đảo cổ động viên",
            caption="Nội dung kéo co khối 8 thu hút đông đảo cổ động viên",
            style="tbl",
        ),
        P("Kết quả các lớp đạt giải Nhất toàn đoàn như sau:"),
        P("TT | Khối | Lớp đạt giải Nhất | Điểm", style="tr"),
        P("1 | Khối 6 | 6A3 | 86", style="tr"),
        P("2 | Khối 7 | 7A1 | 91", style="tr"),
        P("3 | Khối 8 | 8A5 | 88", style="tr"),
        P("4 | Khối 9 | 9A2 | 94", style="tr"),
        P(
            "Ban tổ chức đã lựa chọn 45 vận động viên xuất sắc nhất để thành lập đội tuyển tham "
            "dự Hội khỏe Phù Đổng cấp thành phố vào tháng 01/2027."
        ),
        _right("Tổ Giáo dục thể chất"),
    ],
    opts={"printed": "27/11/2026 02:30 CH", "created": "2026-11-27T07:30:00.000Z"},
)

_S3_SAPO = (
    "Tại kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027, đội tuyển Trường "
    "THCS Lê Lợi giành 12 giải, đứng thứ ba toàn thành phố."
)

S3 = Story(
    id=2045110,
    slug="hoc-sinh-truong-thcs-le-loi-dat-12-giai-cap-thanh-pho-ky-thi-hoc-sinh-gioi-lop-9",
    title="Học sinh Trường THCS Lê Lợi đạt 12 giải cấp thành phố kỳ thi học sinh giỏi lớp 9",
    cat="tt",
    published_at="2026-12-03T14:05:00+07:00",
    summary=_S3_SAPO,
    sapo_outside=True,
    authors=["Nguyễn Văn Hùng"],
    blocks=[
        P(
            "Kỳ thi do Phòng GD&ĐT thành phố Thanh Hóa tổ chức ngày 28/11/2026 với 9 môn thi: "
            "Toán, Ngữ văn, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử, Địa lý và Tin học.",
            style="span",
        ),
        P(
            "Đội tuyển của trường gồm 27 học sinh, đạt 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 3 "
            "giải Khuyến khích. Em Trịnh Bảo Ngọc, lớp 9A1, đạt giải Nhất môn Toán với số điểm "
            "19,25/20.",
            style="span",
        ),
        Img(
            _img(2045110, "hsg9-2026"),
            printed="Đội tuyển học sinh giỏi lớp 9 chụp ảnh lưu niệm cùng Ban Giám hiệu",
            caption="Đội tuyển học sinh giỏi lớp 9 chụp ảnh lưu niệm cùng Ban Giám hiệu",
            style="em",
        ),
        P(
            "Kết quả trên là thành quả của quá trình bồi dưỡng bền bỉ của các thầy cô và sự nỗ "
            "lực không ngừng của các em học sinh. Các em đạt giải sẽ tiếp tục được bồi dưỡng để "
            "tham dự kỳ thi cấp tỉnh vào tháng 3/2027.",
            style="span",
        ),
        _right("Nguyễn Văn Hùng - Phó Hiệu trưởng"),
    ],
    opts={"printed": "03/12/2026 | 14:05", "created": "2026-11-29T01:40:02.000Z"},
)

S4 = Story(
    id=2038841,
    slug="tuoi-tre-le-loi-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
    title="Tuổi trẻ Lê Lợi hưởng ứng Tháng hành động vì bình đẳng giới",
    cat="tt",
    published_at="2026-11-12",
    authors=["Liên đội THCS Lê Lợi"],
    photographers=["Trần Minh Đức"],
    blocks=[
        P(
            "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực "
            "trên cơ sở giới năm 2026, Liên đội Trường THCS Lê Lợi tổ chức nhiều hoạt động "
            "thiết thực.",
            style="br",
        ),
        P(
            "Các chi đội đã tổ chức sinh hoạt chủ đề “Bình đẳng giới - Bắt đầu từ lớp học”, "
            "thi vẽ tranh cổ động và sân khấu hóa các tình huống về phòng chống bạo lực học đường.",
            style="br",
        ),
        P(
            "Qua các hoạt động, học sinh được trang bị kiến thức, kỹ năng để nhận biết và tự "
            "bảo vệ mình, đồng thời lan tỏa thông điệp tôn trọng, chia sẻ trong tập thể.",
            style="br",
        ),
        Img(_img(2038841, "binhdanggioi_01"), printed="Ảnh: Trần Minh Đức", caption=None, style="em"),
        _right("Liên đội THCS Lê Lợi"),
    ],
    opts={"printed": "12/11/2026 12:00 SA", "created": "2026-11-11T17:00:00.000Z"},
)

S5 = Story(
    id=2035276,
    slug="ngoai-khoa-em-yeu-lich-su-xu-thanh-cho-hoc-sinh-khoi-8",
    title="Ngoại khóa “Em yêu lịch sử xứ Thanh” cho học sinh khối 8",
    cat="tt",
    published_at="2026-10-28T15:40:00+07:00",
    authors=["Phạm Thu Trang"],
    photographers=["Phạm Thu Trang"],
    blocks=[
        P(
            "Chiều 27/10, Tổ Khoa học Xã hội phối hợp với Liên đội tổ chức chương trình ngoại "
            "khóa “Em yêu lịch sử xứ Thanh” cho hơn 300 học sinh khối 8."
        ),
        Img(_img(2035276, "ngoaikhoa_ls_1"), style="none"),
        P(
            "Chương trình gồm ba phần thi: “Khởi động”, “Tìm hiểu di tích” và “Về đích”, với các "
            "câu hỏi xoay quanh Thành nhà Hồ, Khu di tích Lam Kinh và những danh nhân tiêu biểu "
            "của quê hương Thanh Hóa."
        ),
        Img(_img(2035276, "ngoaikhoa_ls_2"), style="none"),
        P(
            "Kết thúc chương trình, đội lớp 8A2 xuất sắc giành giải Nhất, giải Nhì thuộc về lớp "
            "8A4 và giải Ba thuộc về lớp 8A1."
        ),
        _right("Bài và ảnh: Phạm Thu Trang"),
    ],
    opts={"printed": "28/10/2026 | 15:40", "created": "2026-10-28T08:40:00.000Z"},
)

_S6_SAPO = (
    "Ngày 14/10, Quỹ Khuyến học thành phố Thanh Hóa phối hợp với Trường THCS Lê Lợi trao 50 "
    "suất học bổng cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
)

S6 = Story(
    id=2032019,
    slug="trao-tang-50-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
    title="Trao tặng 50 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
    cat="tt",
    published_at="2026-10-15T10:00:00+07:00",
    summary=_S6_SAPO,
    sapo_outside=True,
    source="Báo Thanh Hóa",
    blocks=[
        P(
            "Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt cùng bộ sách giáo khoa và đồ dùng "
            "học tập. Tổng giá trị các phần quà là 120 triệu đồng, do các doanh nghiệp và nhà "
            "hảo tâm trên địa bàn đóng góp."
        ),
        Raw(
            '<div class="box-tinlienquan" style="border:1px solid #ddd;padding:6px;margin:8px 0">'
            "<b>Tin liên quan:</b><ul>"
            f'<li><a href="{SCHOOL}/tin-tuc/hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027-2043502.html">'
            "Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027</a></li>"
            "</ul></div>"
        ),
        P(
            "Phát biểu tại buổi trao học bổng, đại diện Quỹ Khuyến học thành phố mong muốn các "
            "em tiếp tục nỗ lực, vượt khó để học tốt, trở thành con ngoan, trò giỏi."
        ),
        Img(
            _img(2032019, "hocbong_2026"),
            printed="Đại diện Quỹ Khuyến học trao học bổng cho học sinh",
            caption="Đại diện Quỹ Khuyến học trao học bổng cho học sinh",
            style="tbl",
        ),
        P(
            "Đây là năm thứ năm liên tiếp chương trình “Tiếp sức đến trường” được tổ chức tại "
            "nhà trường, góp phần giúp học sinh yên tâm đến lớp."
        ),
        Raw('<p style="text-align:right"><em>Theo Báo Thanh Hóa</em></p>'),
    ],
    opts={"printed": "15/10/2026 | 10:00", "created": "2026-10-15T03:00:00.000Z"},
)

_S7_LEAD = (
    "Ngày 28/11, Tổ Toán - Tin tổ chức hội thảo chuyên đề về dạy học phát triển phẩm chất, năng "
    "lực người học trong môn Toán 8 theo Chương trình giáo dục phổ thông 2018."
)

S7 = Story(
    id=2044020,
    slug="hoi-thao-chuyen-de-day-hoc-phat-trien-pham-chat-nang-luc-mon-toan-8",
    title="Hội thảo chuyên đề: Dạy học phát triển phẩm chất, năng lực môn Toán 8",
    cat="cm",
    published_at="2026-11-30T08:20:00+07:00",
    summary=_S7_LEAD,
    authors=["Đỗ Thị Mai"],
    blocks=[
        P(_S7_LEAD, style="lead"),
        P("1. Mục đích của chuyên đề", style="h3"),
        P(
            "Chuyên đề nhằm thống nhất cách thiết kế các hoạt động học tập theo hướng học sinh "
            "tự khám phá kiến thức, vận dụng toán học vào giải quyết các vấn đề thực tiễn."
        ),
        P("2. Nội dung tiết dạy minh họa", style="h3"),
        P(
            "Cô giáo Nguyễn Thị Thu Hà dạy minh họa bài “Hình chóp tam giác đều” tại lớp 8A3. "
            "Học sinh làm việc theo nhóm, gấp mô hình từ giấy bìa và tính diện tích xung quanh "
            "của hình chóp."
        ),
        Img(
            _img(2044020, "chuyende_toan8"),
            printed="Tiết dạy minh họa tại lớp 8A3",
            caption="Tiết dạy minh họa tại lớp 8A3",
            style="tbl",
        ),
        P("3. Kết luận", style="h3"),
        P(
            "Các giáo viên dự hội thảo đã trao đổi, góp ý và thống nhất áp dụng các kỹ thuật dạy "
            "học tích cực trong các tiết dạy học kỳ I."
        ),
        _right("ThS. Đỗ Thị Mai - Tổ trưởng Tổ Toán - Tin"),
    ],
    opts={"printed": "30/11/2026 | 08:20", "created": "2026-11-30T01:20:00.000Z"},
)

S8 = Story(
    id=2039955,
    slug="thao-giang-chao-mung-ngay-20-11-chia-se-kinh-nghiem-doi-moi-phuong-phap-day-hoc",
    title="Thao giảng chào mừng ngày 20/11: Chia sẻ kinh nghiệm đổi mới phương pháp dạy học",
    cat="cm",
    published_at="2026-11-16T16:45:00+07:00",
    authors=["Tổ Khoa học Xã hội"],
    blocks=[
        P(
            "Thiết thực chào mừng kỷ niệm Ngày Nhà giáo Việt Nam, từ ngày 02/11 đến ngày 14/11, "
            "các tổ chuyên môn của nhà trường tổ chức đợt thao giảng với 24 tiết dạy."
        ),
        P("Các tiết dạy tập trung vào những nội dung sau:"),
        P("Ứng dụng công nghệ thông tin và học liệu số trong tiết học;", style="li"),
        P("Tổ chức hoạt động nhóm, trạm học tập, dự án nhỏ;", style="li"),
        P("Đánh giá thường xuyên bằng bảng kiểm và phiếu tự đánh giá.", style="li"),
        P(
            "Qua đợt thao giảng, có 9 tiết dạy được xếp loại Giỏi, 15 tiết xếp loại Khá. Các tổ "
            "đã rút kinh nghiệm và lựa chọn giáo viên tham gia Hội thi giáo viên dạy giỏi cấp "
            "trường."
        ),
        _right("Tổ Khoa học Xã hội"),
    ],
    opts={"printed": "16/11/2026 04:45 CH", "created": "2026-11-10T02:05:31.000Z"},
)

S9 = Story(
    id=2036630,
    slug="kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027-nghiem-tuc-dung-quy-che",
    title="Kiểm tra giữa học kỳ I năm học 2026 - 2027 nghiêm túc, đúng quy chế",
    cat="cm",
    published_at="2026-11-02",
    blocks=[
        P(
            "Từ ngày 26/10 đến ngày 31/10/2026, Trường THCS Lê Lợi tổ chức kiểm tra giữa học kỳ "
            "I cho học sinh cả bốn khối lớp.",
            style="div",
        ),
        P(
            "Đề kiểm tra được xây dựng theo ma trận và bản đặc tả thống nhất trong tổ chuyên môn, "
            "bảo đảm đánh giá đúng năng lực của học sinh.",
            style="div",
        ),
        P(
            "Công tác coi, chấm kiểm tra được thực hiện nghiêm túc; kết quả được công bố trên "
            "sổ liên lạc điện tử trước ngày 08/11/2026.",
            style="div",
        ),
        _right("BBT"),
    ],
    opts={"printed": "02/11/2026", "created": "2026-11-02T02:11:09.000Z"},
)

S10 = Story(
    id=2033402,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-phia-bac-thanh-pho",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường phía Bắc thành phố",
    cat="cm",
    published_at="2026-10-22T09:30:00+07:00",
    authors=["Vũ Thị Ngọc"],
    photographers=["Hoàng Anh Tuấn"],
    blocks=[
        P(
            "Ngày 21/10, Trường THCS Lê Lợi đăng cai buổi sinh hoạt chuyên môn theo nghiên cứu "
            "bài học của cụm trường phía Bắc thành phố Thanh Hóa môn Ngữ văn."
        ),
        Img(
            _img(2033402, "shcm_cum_bac"),
            printed="Giáo viên các trường trong cụm dự giờ tại lớp 7A4",
            caption="Giáo viên các trường trong cụm dự giờ tại lớp 7A4",
            style="tbl",
        ),
        P(
            "Sau tiết dạy, các giáo viên tập trung phân tích hoạt động học của học sinh, chỉ ra "
            "những thời điểm học sinh gặp khó khăn và đề xuất cách điều chỉnh."
        ),
        P(
            "Buổi sinh hoạt góp phần nâng cao năng lực chuyên môn, tăng cường giao lưu, học hỏi "
            "giữa giáo viên các trường trong cụm."
        ),
        _right("Tin: Vũ Thị Ngọc - Ảnh: Hoàng Anh Tuấn"),
    ],
    opts={"printed": "22/10/2026 | 09:30", "created": "2026-10-22T02:30:00.000Z"},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="text-align:center;width:40%">PHÒNG GD&amp;ĐT TP THANH HÓA<br>'
    "<strong>TRƯỜNG THCS LÊ LỢI</strong><br>Số: 112/TB-THCSLL</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br>"
    "<em>Thanh Hóa, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
)
_CLOSING = (
    '<table border="0" style="width:100%"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><em><strong>Nơi nhận:</strong></em><br>'
    "- Phòng GD&amp;ĐT (để b/c);<br>- CB, GV, NV;<br>- Website trường;<br>- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br><br>'
    "<em>(Đã ký)</em><br><br><strong>Lê Văn Thành</strong></td></tr></tbody></table>"
)

S11 = Story(
    id=2045633,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="tb",
    published_at="2026-11-30",
    authors=["Lê Văn Thành"],
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ kế hoạch năm học 2026 - 2027 của nhà trường, Trường THCS Lê Lợi thông báo "
            "lịch kiểm tra cuối học kỳ I các môn kiểm tra tập trung như sau:"
        ),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", style="tr"),
        P("15/12/2026 | Sáng | Ngữ văn | 90 phút", style="tr"),
        P("16/12/2026 | Sáng | Toán | 90 phút", style="tr"),
        P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", style="tr"),
        P(
            "Giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh; học sinh có mặt tại "
            "phòng kiểm tra trước giờ làm bài 15 phút."
        ),
        Raw(_CLOSING),
    ],
    opts={
        "printed": "01/12/2026 08:05 SA",
        "created": "2026-12-01T01:05:00.000Z",
        "attach": ("112-TB-THCSLL-lich-kiem-tra-HKI.pdf", True),
    },
)

S12 = Story(
    id=2044781,
    slug="thong-bao-tuyen-sinh-cau-lac-bo-nang-khieu-hoc-ky-ii",
    title="Thông báo tuyển sinh câu lạc bộ năng khiếu học kỳ II",
    cat="tb",
    published_at="2026-11-28T10:10:00+07:00",
    authors=["Ban Giám hiệu"],
    blocks=[
        P(
            "Nhằm phát triển năng khiếu và tạo sân chơi bổ ích cho học sinh, nhà trường tổ chức "
            "tuyển sinh các câu lạc bộ năng khiếu học kỳ II năm học 2026 - 2027."
        ),
        P("Các câu lạc bộ gồm:"),
        P("Câu lạc bộ Tiếng Anh giao tiếp;", style="li"),
        P("Câu lạc bộ Robotics và lập trình;", style="li"),
        P("Câu lạc bộ Cờ vua, Bóng rổ, Mỹ thuật.", style="li"),
        P(
            "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 20/12/2026. Các câu lạc bộ "
            "sinh hoạt vào chiều thứ Bảy hằng tuần."
        ),
        _right("Ban Giám hiệu"),
    ],
    opts={"printed": "28/11/2026 10:10 SA", "created": "2026-11-28T03:10:00.000Z"},
)

S13 = Story(
    id=2041950,
    slug="thong-bao-ve-viec-nop-ho-so-mien-giam-hoc-phi-hoc-ky-i",
    title="Thông báo về việc nộp hồ sơ miễn, giảm học phí học kỳ I",
    cat="tb",
    published_at="2026-11-21T07:45:00+07:00",
    authors=["Văn phòng nhà trường"],
    blocks=[
        P(
            "Thực hiện hướng dẫn của Phòng GD&ĐT thành phố Thanh Hóa, nhà trường thông báo tới "
            "cha mẹ học sinh về việc nộp hồ sơ đề nghị miễn, giảm học phí và hỗ trợ chi phí học "
            "tập học kỳ I năm học 2026 - 2027."
        ),
        P(
            "Hồ sơ gồm đơn đề nghị theo mẫu và giấy tờ chứng minh thuộc đối tượng được miễn, "
            "giảm; nộp tại Văn phòng nhà trường từ ngày 23/11 đến hết ngày 04/12/2026."
        ),
        Raw(
            f'<p>Xem thêm: <a href="{SCHOOL}/van-ban/ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong'
            '-nam-hoc-2026-2027-1520.html">Các văn bản của nhà trường</a></p>'
        ),
        P("Mọi thắc mắc xin liên hệ cô Hà, nhân viên Văn phòng, số điện thoại 0237 3852 119."),
        _right("Văn phòng nhà trường"),
    ],
    opts={
        "printed": "21/11/2026 07:45 SA",
        "created": "2026-11-21T00:45:00.000Z",
        "attach": ("mau-don-mien-giam-hoc-phi.docx", False),
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}


def _by_date(items: list[Story]) -> list[Story]:
    return sorted(items, key=lambda s: (s.published_at or ""), reverse=True)


def in_cat(cat: str) -> list[Story]:
    return _by_date([s for s in STORIES if s.cat == cat])


def post_path(story: Story, section: str = "tin-tuc", slug: str | None = None) -> str:
    return f"{SCHOOL}/{section}/{slug or story.slug}-{story.id}.html"


# --- sibling sub-sites (same host, same template) -------------------------------------------

SIBLINGS = {
    "/thcs-dien-bien-thanh-hoa": (
        "TRƯỜNG THCS ĐIỆN BIÊN",
        "Trường THCS Điện Biên",
        [
            (
                1988120,
                "dien-bien-to-chuc-hoi-giang-cap-truong",
                "Điện Biên tổ chức Hội giảng cấp trường",
                "02/12/2026 | 15:00",
                "Trường THCS Điện Biên tổ chức Hội giảng cấp trường chào mừng ngày 20/11 với 18 tiết dạy.",
            ),
            (
                1986004,
                "le-ket-nap-doi-vien-moi-nam-hoc-2026-2027",
                "Lễ kết nạp đội viên mới năm học 2026 - 2027",
                "26/11/2026 | 09:00",
                "Liên đội Trường THCS Điện Biên kết nạp 120 đội viên mới.",
            ),
        ],
    ),
    "/pgd-tp-thanh-hoa": (
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO TP THANH HÓA",
        "Phòng GD&ĐT TP Thanh Hóa",
        [
            (
                1990331,
                "tong-ket-hoi-thi-giao-vien-day-gioi-cap-thanh-pho",
                "Tổng kết Hội thi giáo viên dạy giỏi cấp thành phố",
                "04/12/2026 | 16:10",
                "Phòng GD&ĐT thành phố Thanh Hóa tổng kết Hội thi giáo viên dạy giỏi cấp thành phố.",
            ),
            (
                1989702,
                "huong-dan-kiem-tra-cuoi-hoc-ky-i-cap-thcs",
                "Hướng dẫn kiểm tra cuối học kỳ I cấp THCS",
                "01/12/2026 | 10:30",
                "Phòng GD&ĐT hướng dẫn các trường THCS tổ chức kiểm tra cuối học kỳ I.",
            ),
        ],
    ),
}


# --- page chrome ------------------------------------------------------------------------------


def _weekday(day: date) -> str:
    return _WEEKDAYS[day.weekday()]


def _short_day(story: Story) -> str:
    return story.opts["printed"][:10]


def _teaser(story: Story) -> str:
    text = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return text if len(text) <= 150 else text[:147].rsplit(" ", 1)[0] + "..."


def _topbar() -> str:
    return (
        '<div id="thk-topbar" class="thk-bar"><div class="container">'
        '<a class="thk-logo" href="/"><img src="/themes/thk/images/logo-thk.png" alt="Trường học kết nối">'
        " Trường học kết nối</a>"
        '<span class="thk-bo">Bộ Giáo dục và Đào tạo</span>'
        f'<span class="thk-ngay"><i class="fa fa-calendar-o"></i> {HEADER_TODAY}</span>'
        '<a class="thk-login" href="javascript:void(0)" onclick="THK.login()">Đăng nhập</a>'
        "</div></div>"
    )


def _menu() -> str:
    s = SCHOOL
    return (
        '<nav id="menu-truong"><ul class="mnu-lv1">'
        f'<li><a href="{s}/trang-chu.html"><i class="fa fa-home"></i> Trang chủ</a></li>'
        f'<li class="has-sub"><a href="{s}/gioi-thieu.html">Giới thiệu</a><ul class="mnu-lv2">'
        f'<li><a href="{s}/gioi-thieu.html">Lịch sử nhà trường</a></li>'
        f'<li><a href="{s}/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>'
        '<li class="has-sub"><a href="javascript:;">Tin tức</a><ul class="mnu-lv2">'
        f'<li><a href="{s}/tin-tuc.html">Tin tức - Sự kiện</a></li>'
        f'<li><a href="{s}/hoat-dong-chuyen-mon.html">Hoạt động chuyên môn</a></li></ul></li>'
        f'<li><a href="{s}/thong-bao.html">Thông báo</a></li>'
        f'<li><a href="{s}/van-ban.html">Văn bản</a></li>'
        '<li class="has-sub"><a href="javascript:;">Thư viện</a><ul class="mnu-lv2">'
        f'<li><a href="{s}/thu-vien-anh.html">Thư viện ảnh</a></li>'
        f'<li><a href="{s}/video.html">Video</a></li></ul></li>'
        f'<li><a href="{s}/lien-he.html">Liên hệ</a></li>'
        "</ul></nav>"
    )


def _sidebar() -> str:
    s = SCHOOL
    notices = "".join(
        f'<li><a href="{post_path(n, "thong-bao")}">{esc(n.title)}</a>'
        f' <span class="new-ico"><img src="/themes/thk/images/new.gif" alt="new"></span></li>'
        for n in in_cat("tb")
    )
    most = "".join(
        f'<li><a href="{post_path(t)}">{esc(t.title)}</a></li>' for t in (S1, S3, S7)
    )
    pgd = "".join(
        f'<li><a href="/pgd-tp-thanh-hoa/tin-tuc/{slug}-{pid}.html">{esc(title)}</a>'
        f' <span class="ngay">({printed[:10]})</span></li>'
        for pid, slug, title, printed, _ in SIBLINGS["/pgd-tp-thanh-hoa"][2]
    )
    return (
        '<aside class="col-md-3 cot-phai">'
        '<div class="portlet-boundary" id="p_p_id_thongbao_WAR_thkportlet_INSTANCE_tB7m_">'
        '<div class="portlet-title"><span>THÔNG BÁO</span></div>'
        f'<div class="portlet-content"><marquee direction="up" scrollamount="2"><ul>{notices}</ul>'
        "</marquee></div></div>"
        '<div class="portlet-boundary" id="p_p_id_docnhieu_WAR_thkportlet_INSTANCE_q3Zr_">'
        f'<div class="portlet-title"><span>Tin đọc nhiều</span></div><ul class="ds-tin">{most}</ul></div>'
        '<div class="portlet-boundary" id="p_p_id_tinpgd_WAR_thkportlet_INSTANCE_Pg01_">'
        '<div class="portlet-title"><span>Tin từ Phòng GD&amp;ĐT</span></div>'
        f'<ul class="ds-tin">{pgd}</ul></div>'
        '<div class="portlet-boundary"><div class="portlet-title"><span>Văn bản mới</span></div>'
        f'<ul><li><a href="{s}/van-ban/ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027-1520.html">'
        "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027</a></li></ul></div>"
        '<div class="portlet-boundary"><div class="portlet-title"><span>Liên kết website</span></div>'
        '<ul class="lienket">'
        '<li><a href="/pgd-tp-thanh-hoa/">Phòng GD&amp;ĐT TP Thanh Hóa</a></li>'
        '<li><a href="/thcs-dien-bien-thanh-hoa/">Trường THCS Điện Biên</a></li>'
        '<li><a href="https://thanhhoa.edu.vn" target="_blank">Sở GD&amp;ĐT Thanh Hóa</a></li>'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        "</ul></div>"
        '<div class="portlet-boundary"><div class="portlet-title"><span>Thăm dò ý kiến</span></div>'
        '<form onsubmit="return THK.vote(this)"><p>Bạn đánh giá thế nào về website nhà trường?</p>'
        '<label><input type="radio" name="bc" value="1"> Rất hữu ích</label><br>'
        '<label><input type="radio" name="bc" value="2"> Hữu ích</label><br>'
        '<label><input type="radio" name="bc" value="3"> Bình thường</label><br>'
        '<button type="submit">Bình chọn</button></form></div>'
        '<div class="portlet-boundary thongke"><div class="portlet-title"><span>Thống kê truy cập</span></div>'
        "<ul><li>Đang online: <b>17</b></li><li>Hôm nay: <b>412</b></li>"
        "<li>Tổng truy cập: <b>1.284.906</b></li></ul></div>"
        "</aside>"
    )


def _footer(name: str) -> str:
    return (
        '<footer id="thk-footer"><div class="container">'
        f"<p><b>{esc(name)}</b></p>"
        "<p>Địa chỉ: Số 25 Phan Chu Trinh, phường Điện Biên, TP Thanh Hóa, tỉnh Thanh Hóa</p>"
        "<p>Điện thoại: 0237 3852 119 - Email: c2leloi.thanhhoa@thanhhoa.edu.vn</p>"
        "<p>Chịu trách nhiệm nội dung: Hiệu trưởng Lê Văn Thành</p>"
        '<p class="thk-copy">© 2026 Trường học kết nối - Bộ Giáo dục và Đào tạo. '
        "Nền tảng website dùng chung cho các cơ sở giáo dục.</p>"
        "</div></footer>"
    )


def page(
    request: Request,
    title_tag: str,
    crumbs: list[tuple[str, str | None]],
    main: str,
    *,
    school: str = SCHOOL,
    head: str = "",
    canonical: str | None = None,
) -> Response:
    if school == SCHOOL:
        banner, name = "TRƯỜNG THCS LÊ LỢI", "Trường THCS Lê Lợi"
        menu, side = _menu(), _sidebar()
    else:
        banner, name, _ = SIBLINGS[school]
        menu = (
            f'<nav id="menu-truong"><ul class="mnu-lv1"><li><a href="{school}/">Trang chủ</a></li>'
            "</ul></nav>"
        )
        side = ""
    crumb_html = " <span>›</span> ".join(
        f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        for label, href in crumbs
    )
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}">' if canonical else ""
    doc = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{esc(title_tag)} | {esc(name)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta property="og:site_name" content="{esc(name)}">{canon}{head}'
        '<link rel="stylesheet" href="/themes/thk/css/main.css">'
        '<script src="/themes/thk/js/thk.js"></script></head>'
        '<body class="thk-site controls-visible signed-out">'
        f"{_topbar()}"
        '<header id="banner-truong"><div class="container">'
        f'<a href="{school}/"><img src="/themes/thk/images/quochuy.png" alt="logo"></a>'
        f'<div class="ten-truong"><h1 class="sch-name">{esc(banner)}</h1>'
        '<div class="ten-phong">PHÒNG GD&amp;ĐT THÀNH PHỐ THANH HÓA</div></div>'
        '<form class="tim-kiem" action="javascript:;"><input type="text" placeholder="Tìm kiếm..."></form>'
        f"</div></header>{menu}"
        f'<div class="container"><div class="breadcrumb">{crumb_html}</div>'
        f'<div class="row"><section class="col-md-9 cot-giua">{main}</section>{side}</div></div>'
        f"{_footer(name)}"
        "<script>Liferay.Portlet.onLoad({portletId:'tintuc_WAR_thkportlet',canEditTitle:false});</script>"
        "</body></html>"
    )
    return html(doc)


# --- post body ---------------------------------------------------------------------------------


def _img_html(img: Img, alt: str) -> str:
    tag = f'<img src="{esc(img.src)}" alt="{esc(alt)}" style="width:100%;max-width:700px">'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            'style="width:90%"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align:center"><em>{esc(img.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align:center">{tag}</p>'
            f'<p style="text-align:center"><em><span style="font-size:12px">{esc(img.printed or "")}'
            "</span></em></p>"
        )
    return f'<p style="text-align:center">{tag}</p>'


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b, f"{story.title} - ảnh {story.images.index(b) + 1}"))
        elif b.style in ("tr", "li", "br"):
            run = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                run.append(blocks[i])
            if b.style == "tr":
                rows = "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in p.text.split(" | ")) + "</tr>"
                    for p in run
                )
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" '
                    f'style="border-collapse:collapse;width:100%"><tbody>{rows}</tbody></table>'
                )
            elif b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + "</ul>")
            else:
                out.append(
                    '<div style="text-align:justify">'
                    + "<br>\n".join(esc(p.text) for p in run)
                    + "</div>"
                )
        elif b.style == "lead":
            out.append(f'<p style="text-align:justify"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "h3":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "div":
            out.append(f'<div style="text-align:justify">{esc(b.text)}</div>')
        elif b.style == "span":
            out.append(
                '<p style="text-align:justify"><span style="font-size:14px">'
                f'<span style="font-family:Times New Roman,serif">{esc(b.text)}</span></span></p>'
            )
        else:
            out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _info_bar(story: Story) -> str:
    printed = story.opts["printed"]
    d, m, y = (int(x) for x in printed[:10].split("/"))
    wd = _weekday(date(y, m, d))
    return (
        '<div class="ct-info">'
        f'<span class="ct-ngay"><i class="fa fa-clock-o"></i> Ngày đăng: {wd}, {esc(printed)}</span>'
        f'<span class="ct-luotxem"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>'
        f'<span class="ct-nguoidang"><i class="fa fa-user"></i> Người đăng: {ACCOUNT}</span>'
        "</div>"
    )


def _tools(request: Request, path: str) -> str:
    url = base_url(request) + path
    return (
        '<div class="ct-tools">'
        '<a href="javascript:;" onclick="THK.font(-1)">A-</a> '
        '<a href="javascript:;" onclick="THK.font(1)">A+</a> '
        '<a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a> '
        '<a href="javascript:;" onclick="THK.docBai(\'thk-docbai\')"><i class="fa fa-volume-up"></i> Nghe đọc bài</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank">'
        '<img src="/themes/thk/images/fb-share.png" alt="Chia sẻ Facebook"></a> '
        f'<a href="https://zalo.me/share?u={esc(url)}" target="_blank">'
        '<img src="/themes/thk/images/zalo.png" alt="Zalo"></a>'
        "</div>"
    )


def render_post(request: Request, story: Story) -> Response:
    label, list_href, parent = CATS[story.cat]
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", f"{SCHOOL}/trang-chu.html")]
    if parent:
        crumbs.append((parent, f"{SCHOOL}/tin-tuc.html"))
    crumbs.append((label, f"{SCHOOL}/{list_href}"))
    canonical = post_path(story)
    sapo = (
        f'<div class="ct-mota"><strong>{esc(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    attach = ""
    if "attach" in story.opts:
        fname, viewer = story.opts["attach"]
        furl = f"/documents/54120/{story.id}/{fname}"
        attach = (
            '<div class="ct-dinhkem"><b><i class="fa fa-paperclip"></i> Tệp đính kèm:</b>'
            f'<ul><li><a href="{furl}" target="_blank">{esc(fname)}</a> '
            f'<a href="{furl}?download=true">[Tải về]</a></li></ul>'
            + (f'<iframe src="/pdfjs/web/viewer.html?file={furl}" width="100%" height="600"></iframe>' if viewer else "")
            + "</div>"
        )
    docbai = collapse(" ".join([story.title, *story.paragraphs]))
    others = [s for s in in_cat(story.cat) if s.id != story.id][:4]
    khac = "".join(
        f'<li><a href="{post_path(o)}">{esc(o.title)}</a> <span class="ngay">({_short_day(o)})</span></li>'
        for o in others
    )
    main = (
        f'<div class="portlet-boundary portlet-ctbv" id="p_p_id_chitiet_WAR_thkportlet_INSTANCE_x7Kq_">'
        f'<div class="ct-tieude"><h2 class="title-news">{esc(story.title)}</h2></div>'
        f"{_info_bar(story)}{_tools(request, canonical)}{sapo}"
        f'<div class="ct-noidung" id="ctnd{story.id}">{render_blocks(story)}</div>'
        f"{attach}"
        f'<div id="thk-docbai" style="display:none">{esc(docbai)}</div>'
        f'<div class="ct-khac"><h3 class="tieude-khac">Các tin khác</h3><ul>{khac}</ul></div>'
        "</div>"
    )
    desc = _teaser(story)
    head = (
        f'<meta name="description" content="{esc(desc)}">'
        f'<meta property="og:type" content="article">'
        f'<meta property="og:image" content="{base_url(request)}{story.images[0].src if story.images else "/themes/thk/images/logo-thk.png"}">'
        f'<meta property="article:published_time" content="{story.opts["created"]}">'
    )
    return page(request, label, crumbs, main, head=head, canonical=canonical)


# --- listings -----------------------------------------------------------------------------------


def _item(story: Story) -> str:
    href = post_path(story)
    thumb = story.images[0].src if story.images else "/themes/thk/images/no-image.png"
    return (
        '<div class="tin-item row">'
        f'<div class="col-4"><a href="{href}"><img src="/thumb/300x200{thumb}" alt="{esc(story.title)}"></a></div>'
        f'<div class="col-8"><a class="tin-tt" href="{href}">{esc(story.title)}</a>'
        f'<div class="tin-ngay"><i class="fa fa-calendar"></i> {_short_day(story)}</div>'
        f'<div class="tin-mota">{esc(_teaser(story))}</div>'
        f'<a class="xemtiep" href="{href}">Xem tiếp »</a></div></div>'
    )


def _pager(base: str, current: int, last: int) -> str:
    if last <= 1:
        return ""
    parts = [f'<a href="{base}?page=1">Trang đầu</a>']
    if current > 1:
        parts.append(f'<a href="{base}?page={current - 1}">‹</a>')
    for n in range(1, last + 1):
        parts.append(
            f'<span class="active">{n}</span>' if n == current else f'<a href="{base}?page={n}">{n}</a>'
        )
    if current <= last:  # the platform's off-by-one: "›" is printed on the last page too
        parts.append(f'<a href="{base}?page={current + 1}">›</a>')
    parts.append(f'<a href="{base}?page={last}">Trang cuối</a>')
    return f'<div class="phantrang">Trang {min(current, last)}/{last} ' + " ".join(parts) + "</div>"


def render_listing(request: Request, cat: str) -> Response:
    label, list_href, parent = CATS[cat]
    items = in_cat(cat)
    last = (len(items) + PER_PAGE - 1) // PER_PAGE
    try:
        current = max(1, int(request.params.get("page", "1")))
    except ValueError:
        current = 1
    chunk = items[(current - 1) * PER_PAGE : current * PER_PAGE]
    body = "".join(_item(s) for s in chunk) or '<p class="empty">Chưa có bài viết nào trong mục này.</p>'
    base = f"{SCHOOL}/{list_href}"
    pager = _pager(base, current, last) if current <= last else (
        f'<div class="phantrang"><a href="{base}?page=1">Trang đầu</a></div>'
    )
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", f"{SCHOOL}/trang-chu.html")]
    if parent:
        crumbs.append((parent, f"{SCHOOL}/tin-tuc.html"))
    crumbs.append((label, None))
    main = (
        f'<div class="portlet-boundary" id="p_p_id_dstin_WAR_thkportlet_INSTANCE_L{cat}9_">'
        f'<div class="portlet-title"><h2>{esc(label)}</h2></div>{body}{pager}</div>'
    )
    return page(request, label, crumbs, main)


def render_home(request: Request) -> Response:
    slider_items = [(S3, None), (S11, None), (S7, None), (S1, S1.opts["stale"])]
    slides = "".join(
        f'<div class="slide"><a href="{post_path(s, slug=slug)}">'
        f'<img src="/thumb/640x360{(s.images[0].src if s.images else "/themes/thk/images/no-image.png")}" alt="">'
        f'<span class="slide-tt">{esc(s.title)}</span></a></div>'
        for s, slug in slider_items
    )
    tt = in_cat("tt")[:4]
    cm = in_cat("cm")[:2]
    block_tt = "".join(_item(s) for s in tt)
    block_cm = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="ngay">({_short_day(s)})</span></li>'
        for s in cm
    )
    main = (
        '<div class="portlet-boundary" id="p_p_id_slider_WAR_thkportlet_INSTANCE_sL1_">'
        f'<div class="portlet-title"><span>Tin nổi bật</span></div><div class="owl-carousel">{slides}</div></div>'
        '<div class="portlet-boundary"><div class="portlet-title"><span>Tin tức - Sự kiện</span>'
        f'<a class="xemtatca" href="{SCHOOL}/tin-tuc.html">Xem tất cả</a></div>{block_tt}</div>'
        '<div class="portlet-boundary"><div class="portlet-title"><span>Hoạt động chuyên môn</span>'
        f'<a class="xemtatca" href="{SCHOOL}/hoat-dong-chuyen-mon.html">Xem tất cả</a></div>'
        f'<ul class="ds-tin">{block_cm}</ul></div>'
        '<div class="portlet-boundary"><div class="portlet-title"><span>Thư viện ảnh - Video</span></div>'
        f'<a href="{SCHOOL}/thu-vien-anh/chao-mung-ngay-nha-giao-viet-nam-20-11-318.html">'
        '<img src="/documents/54120/318/album-2011-bia.jpg" alt="Album 20/11"></a> '
        f'<a href="{SCHOOL}/video/phong-su-truong-thcs-le-loi-tren-dai-thanh-hoa-77.html">'
        '<img src="/themes/thk/images/video-thumb.png" alt="Video"></a></div>'
    )
    return page(request, "Trang chủ", [("Trang chủ", None)], main)


# --- non-articles --------------------------------------------------------------------------------

DOC_PATH = f"{SCHOOL}/van-ban/ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027-1520.html"
ALBUM_PATH = f"{SCHOOL}/thu-vien-anh/chao-mung-ngay-nha-giao-viet-nam-20-11-318.html"
VIDEO_PATH = f"{SCHOOL}/video/phong-su-truong-thcs-le-loi-tren-dai-thanh-hoa-77.html"


def _static(request: Request, title: str, crumbs: list, inner: str) -> Response:
    main = f'<div class="portlet-boundary"><div class="portlet-title"><h2>{esc(title)}</h2></div>{inner}</div>'
    return page(request, title, crumbs, main)


def _home_crumb() -> tuple[str, str]:
    return ("Trang chủ", f"{SCHOOL}/trang-chu.html")


def render_intro(request: Request) -> Response:
    inner = (
        "<p>Trường THCS Lê Lợi được thành lập năm 1962, là một trong những trường trung học cơ sở "
        "có bề dày truyền thống của thành phố Thanh Hóa.</p>"
        "<p>Năm học 2026 - 2027, nhà trường có 32 lớp với 1.246 học sinh, 68 cán bộ, giáo viên, "
        "nhân viên. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>"
        '<p><img src="/documents/54120/0/toan-canh-truong.jpg" alt="Toàn cảnh trường"></p>'
    )
    return _static(request, "Giới thiệu chung", [_home_crumb(), ("Giới thiệu", None)], inner)


def render_org(request: Request) -> Response:
    rows = [
        ("Lê Văn Thành", "Hiệu trưởng"),
        ("Nguyễn Văn Hùng", "Phó Hiệu trưởng"),
        ("Trịnh Thị Lan", "Phó Hiệu trưởng"),
        ("Đỗ Thị Mai", "Tổ trưởng Tổ Toán - Tin"),
    ]
    table = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
    inner = f'<table class="tbl-cocau"><tr><th>Họ và tên</th><th>Chức vụ</th></tr>{table}</table>'
    return _static(request, "Cơ cấu tổ chức", [_home_crumb(), ("Giới thiệu", f"{SCHOOL}/gioi-thieu.html"), ("Cơ cấu tổ chức", None)], inner)


def render_contact(request: Request) -> Response:
    inner = (
        "<p>Trường THCS Lê Lợi - Số 25 Phan Chu Trinh, phường Điện Biên, TP Thanh Hóa</p>"
        "<p>Điện thoại: 0237 3852 119</p><p>Email: c2leloi.thanhhoa@thanhhoa.edu.vn</p>"
        '<form action="javascript:;" class="frm-lienhe"><input name="hoten" placeholder="Họ tên">'
        '<textarea name="noidung"></textarea><button>Gửi</button></form>'
    )
    return _static(request, "Liên hệ", [_home_crumb(), ("Liên hệ", None)], inner)


def render_doc_list(request: Request) -> Response:
    inner = (
        '<table class="tbl-vanban"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>'
        f'<tr><td>98/KH-THCSLL</td><td>10/11/2026</td><td><a href="{DOC_PATH}">Kế hoạch tổ chức Hội '
        "khỏe Phù Đổng cấp trường năm học 2026 - 2027</a></td></tr></table>"
    )
    return _static(request, "Văn bản", [_home_crumb(), ("Văn bản", None)], inner)


def render_doc(request: Request) -> Response:
    inner = (
        '<table class="tbl-ctvanban">'
        "<tr><th>Số ký hiệu</th><td>98/KH-THCSLL</td></tr>"
        "<tr><th>Ngày ban hành</th><td>10/11/2026</td></tr>"
        "<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>"
        "<tr><th>Người ký</th><td>Lê Văn Thành</td></tr>"
        "<tr><th>Trích yếu</th><td>Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027</td></tr>"
        '<tr><th>Tệp tin</th><td><a href="/documents/54120/1520/98-KH-THCSLL.pdf">98-KH-THCSLL.pdf</a></td></tr>'
        "</table>"
    )
    return _static(request, "Chi tiết văn bản", [_home_crumb(), ("Văn bản", f"{SCHOOL}/van-ban.html"), ("Chi tiết", None)], inner)


def render_album_list(request: Request) -> Response:
    inner = (
        f'<div class="album"><a href="{ALBUM_PATH}"><img src="/documents/54120/318/album-2011-bia.jpg" '
        'alt="">Chào mừng Ngày Nhà giáo Việt Nam 20/11</a></div>'
    )
    return _static(request, "Thư viện ảnh", [_home_crumb(), ("Thư viện ảnh", None)], inner)


def render_album(request: Request) -> Response:
    photos = "".join(
        f'<a class="fancybox" href="/documents/54120/318/album-2011-{n}.jpg">'
        f'<img src="/thumb/200x150/documents/54120/318/album-2011-{n}.jpg" alt="Ảnh {n}"></a>'
        for n in range(1, 7)
    )
    inner = f'<h3>Chào mừng Ngày Nhà giáo Việt Nam 20/11</h3><div class="album-anh">{photos}</div>'
    return _static(request, "Thư viện ảnh", [_home_crumb(), ("Thư viện ảnh", f"{SCHOOL}/thu-vien-anh.html"), ("Album", None)], inner)


def render_video_list(request: Request) -> Response:
    inner = f'<div class="video"><a href="{VIDEO_PATH}">Phóng sự: Trường THCS Lê Lợi trên sóng Đài Thanh Hóa</a></div>'
    return _static(request, "Video", [_home_crumb(), ("Video", None)], inner)


def render_video(request: Request) -> Response:
    inner = (
        "<h3>Phóng sự: Trường THCS Lê Lợi trên sóng Đài Thanh Hóa</h3>"
        '<iframe width="640" height="360" src="https://www.youtube.com/embed/thk77leloi" '
        'frameborder="0" allowfullscreen></iframe><p class="ngay">Ngày đăng: 18/11/2026</p>'
    )
    return _static(request, "Video", [_home_crumb(), ("Video", f"{SCHOOL}/video.html"), ("Xem video", None)], inner)


NON_ARTICLES = [
    f"{SCHOOL}/gioi-thieu.html",
    f"{SCHOOL}/co-cau-to-chuc.html",
    f"{SCHOOL}/lien-he.html",
    DOC_PATH,
    ALBUM_PATH,
    VIDEO_PATH,
]


# --- the platform landing and sibling sub-sites -------------------------------------------------


def render_landing(request: Request) -> Response:
    items = [
        (f"{SCHOOL}/", "Trường THCS Lê Lợi - TP Thanh Hóa"),
        ("/thcs-dien-bien-thanh-hoa/", "Trường THCS Điện Biên - TP Thanh Hóa"),
        ("/pgd-tp-thanh-hoa/", "Phòng GD&ĐT TP Thanh Hóa"),
    ]
    lis = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in items)
    doc = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trường học kết nối</title></head>'
        f"<body>{_topbar()}<div class=\"container\"><h1>Hệ thống website các cơ sở giáo dục</h1>"
        f'<ul class="ds-truong">{lis}</ul></div></body></html>'
    )
    return html(doc)


def _sibling_post(request: Request, school: str, post: tuple) -> Response:
    pid, slug, title, printed, text = post
    main = (
        '<div class="portlet-boundary portlet-ctbv">'
        f'<div class="ct-tieude"><h2 class="title-news">{esc(title)}</h2></div>'
        f'<div class="ct-info"><span class="ct-ngay">Ngày đăng: {esc(printed)}</span></div>'
        f'<div class="ct-noidung"><p>{esc(text)}</p></div></div>'
    )
    crumbs = [("Trang chủ", f"{school}/"), ("Tin tức - Sự kiện", None)]
    return page(request, "Tin tức - Sự kiện", crumbs, main, school=school, canonical=f"{school}/tin-tuc/{slug}-{pid}.html")


def _sibling_home(request: Request, school: str) -> Response:
    posts = SIBLINGS[school][2]
    lis = "".join(
        f'<li><a href="{school}/tin-tuc/{slug}-{pid}.html">{esc(title)}</a></li>'
        for pid, slug, title, _, _ in posts
    )
    main = f'<div class="portlet-boundary"><div class="portlet-title"><span>Tin tức - Sự kiện</span></div><ul>{lis}</ul></div>'
    return page(request, "Trang chủ", [("Trang chủ", None)], main, school=school)


# --- routing -----------------------------------------------------------------------------------

_POST_RE = re.compile(r"^(?P<school>/[a-z0-9-]+)/(?P<sec>tin-tuc|thong-bao)/(?P<slug>[a-z0-9-]+)-(?P<id>\d+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/themes/", "/documents/", "/thumb/")):
            if path.lower().endswith((".pdf",)):
                return Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/pdf"})
            if path.lower().endswith(".docx"):
                return Response(200, b"PK\x03\x04", {"Content-Type": "application/octet-stream"})
            return static_file(path)
        if path == "/":
            return render_landing(request)
        if path == SCHOOL:
            return redirect(SCHOOL + "/", 301)
        if path in (SCHOOL + "/", SCHOOL + "/trang-chu.html"):
            return render_home(request)
        m = _POST_RE.match(path)
        if m:
            return self._post(request, m)
        for school in SIBLINGS:
            if path == school + "/":
                return _sibling_home(request, school)
        routes = {
            "tin-tuc.html": lambda r: render_listing(r, "tt"),
            "hoat-dong-chuyen-mon.html": lambda r: render_listing(r, "cm"),
            "thong-bao.html": lambda r: render_listing(r, "tb"),
            "gioi-thieu.html": render_intro,
            "co-cau-to-chuc.html": render_org,
            "lien-he.html": render_contact,
            "van-ban.html": render_doc_list,
            "thu-vien-anh.html": render_album_list,
            "video.html": render_video_list,
        }
        if path.startswith(SCHOOL + "/"):
            rest = path[len(SCHOOL) + 1 :]
            if rest in routes:
                return routes[rest](request)
            if path == DOC_PATH:
                return render_doc(request)
            if path == ALBUM_PATH:
                return render_album(request)
            if path == VIDEO_PATH:
                return render_video(request)
        return None

    def _post(self, request: Request, m: re.Match) -> Response | None:
        school, sec, slug, pid = m["school"], m["sec"], m["slug"], int(m["id"])
        if school == SCHOOL:
            story = BY_ID.get(pid)
            if story is None or slug not in (story.slug, story.opts.get("stale")):
                return None
            if sec == "thong-bao" and story.cat != "tb":
                return None
            return render_post(request, story)
        if school in SIBLINGS and sec == "tin-tuc":
            for post in SIBLINGS[school][2]:
                if post[0] == pid and post[1] == slug:
                    return _sibling_post(request, school, post)
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = []
    if story.cat == "tb":
        alts.append(post_path(story, "thong-bao"))
    if story.opts.get("stale"):
        alts.append(post_path(story, slug=story.opts["stale"]))
    return alts


GOLD = [
    gold_record(s, post_path(s), CATS[s.cat][0], canonical_path=post_path(s), alt_paths=_alts(s))
    for s in STORIES
]
