"""Liferay Portal 6.1 CE GA2 (2013) with a vendor theme: Trường Chính trị tỉnh Tuyên Quang.

The platform
------------
A provincial political school's site on Liferay 6.1 CE GA2, guest site ``/web/guest``, a vendor
theme (``/tuyenquang-theme/``) on a three-column layout. News lives in Journal (Web Content)
articles shown by Asset Publisher portlets (``101_INSTANCE_<id>``); static pages are Web Content
Display portlets (``56_INSTANCE_<id>``). Public view only: no dockbar, a "Đăng nhập" link.

URL scheme
----------
- ``/`` answers 302 to ``/web/guest/trang-chu`` (the home page).
- Home: "Tin nổi bật" (four featured Tin tức articles, linked in the asset publisher's id form
  ``/web/guest/tin-tuc/-/asset_publisher/Kx3pQ/content/id/<articleId>``), then two vendor blocks
  "Đào tạo - Bồi dưỡng" and "Nghiên cứu khoa học" whose links carry ``?redirect=`` the home page.
- Three news pages, each its own layout with its own asset publisher instance:
  ``/web/guest/tin-tuc`` (``Kx3pQ``, 11 articles), ``/web/guest/dao-tao-boi-duong`` (``Wm4tZ``,
  2 articles) and ``/web/guest/nghien-cuu-khoa-hoc`` (``Rb8vN``, 1 article).
- Article links printed by an asset publisher:
  ``/web/guest/<page>/-/asset_publisher/<id>/content/<url-title>?redirect=<currentURL>``, where
  ``currentURL`` is the percent-encoded path+query of the list page the link was printed on,
  exactly as that page was requested (pagination parameters included). The same article
  answers without ``?redirect`` (the *bare* address) and as ``…/content/id/<articleId>``.
- Pagination (Tin tức only: the other lists fit on one page): 5 per page, 3 pages, links
  ``?p_p_id=101_INSTANCE_Kx3pQ&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-2
  &p_p_col_count=1&_101_INSTANCE_Kx3pQ_delta=5&_101_INSTANCE_Kx3pQ_keywords=
  &_101_INSTANCE_Kx3pQ_advancedSearch=false&_101_INSTANCE_Kx3pQ_andOperator=true
  &_101_INSTANCE_Kx3pQ_cur=N`` behind "Đầu", "Trước", "Tiếp", "Cuối" (disabled ones are spans),
  a "Trang 2 của 3" text, a ``<select>`` of page numbers (onchange JavaScript only) and the
  "Số mục mỗi trang" menu whose links 20 / 30 / 50 (same parameters, ``delta=N&cur=1``) list all
  11 articles on one page: three more views of the same list.
- Static pages (Web Content Display, no date): ``/web/guest/gioi-thieu``,
  ``/web/guest/gioi-thieu/lich-su``, ``/web/guest/gioi-thieu/co-cau-to-chuc``, the weekly
  schedule ``/web/guest/lich-cong-tac`` (a table), the photo album ``/web/guest/thu-vien-anh``
  (Media Gallery) and the document list ``/web/guest/van-ban`` (Documents and Media).

Article page (the asset publisher's full content view, on the category's layout)
------------------------------------------------------------------------------
Portlet box titled with the page name ("Tin tức"); "« Quay lại" (to the redirect, else the list);
``<h3 class="header-title"><span>TITLE</span></h3>``; ``<div class="asset-metadata">`` with
"Ngày đăng: 14/11/2026" (Tin tức and Đào tạo - Bồi dưỡng instances; the Nghiên cứu khoa học
instance is configured without the date), "Lượt xem: N" and the tag list; the Journal content
``<div class="journal-content-article">`` (older articles wrapped in a layout ``<table>``; text in
``<p style="text-align: justify;">``; photos ``/image/journal/article?img_id=…&t=…`` or
``/documents/…`` centred, the caption either in the next italic centred ``<p>`` or in the same
``<p>`` after a ``<br />``); bylines right-aligned at the end; then the print icon (JavaScript
``window.open`` of a ``p_p_state=pop_up`` URL), PDF/DOC/ODT conversion links (Tin tức instance:
``p_p_lifecycle=1&p_p_state=exclusive`` answers a file), "Đánh giá" stars, "Bình luận" ("Chưa có
bình luận nào."), and "Các tin đã đưa" (five older articles of the same list; its links pass on
the article's own ``redirect`` value, or the list page's address when it had none). The HTML
``<title>`` is "TITLE - Tin tức - Trường Chính trị tỉnh Tuyên Quang". Liferay 6.1 prints no
``rel=canonical``; the vendor theme adds one (absolute, the bare address) on the seven articles
made with its newer template (``canonical`` in each story's opts).

Chrome on every page: header with the site logo (``/image/company_logo``), today's date "Thứ
tư, ngày 25 tháng 11 năm 2026" (the TODAY of ``_common``), the menu, the breadcrumb "Trang chủ »
Tin tức"; left column "Lịch công tác", "Thư viện ảnh", "Văn bản mới" (three ``/documents/…``
files), "Liên kết website" (a ``<select>``); right column "Tin mới" (the five newest articles,
bare addresses), a poll portlet that shows only "Bạn chưa có đủ quyền truy nhập portlet này.",
the counter "Đang truy cập: 8 — Lượt truy cập: 406.512"; the footer with address, phone,
"Bản quyền thuộc về Trường Chính trị tỉnh Tuyên Quang" and a "Tin lưu trữ" link.

Which path reaches each gold article
------------------------------------
Tin tức page 1 (N1-N5), page 2 (N6-N10), page 3 (N11); each also on the delta 20/30/50 views.
N1, N3, N7 and N11 are also "Tin nổi bật" on the home page (id form); the five newest articles
(N1, D1, N2, N3, N4) are in "Tin mới" on every page (bare form). D1, D2 are on the Đào tạo - Bồi
dưỡng page and the home block; K1 on the Nghiên cứu khoa học page and the home block. N8, N9,
N10 are reached only through page 2 (or a delta view) or an article's "Các tin đã đưa".

Gold ``path`` is the bare address (the one the theme's canonical names where it prints one);
``alt_paths`` are every other address the portal prints for the article when its links are
followed as printed: the id form and ``?redirect=`` each list view of its category (bare list,
``cur=1..3`` at ``delta=5``, ``delta=20/30/50``), plus the home page for Đào tạo - Bồi dưỡng and
Nghiên cứu khoa học articles. ``_addresses`` spells that set out from the URL scheme; the
self-check walks the site and asserts that no other article address is printed.

Traps
-----
- the ``redirect`` parameter: one article, up to nine printed addresses;
- the four pager parameter views of page 1 (bare, ``cur=1``, and the three delta views);
- ``p_p_state=pop_up`` print views (title and text only, no date, no chrome) and
  ``p_p_state=exclusive``: a bare portlet fragment (render) or a PDF/DOC/ODT file (conversions);
- ``/c/portal/login?p_l_id=…`` (302 to the login portlet, a form);
- ``/documents/10180/<folder>/<title>/<uuid>`` files (PDF, DOC) with no extension at the end;
- ``/web/guest/tin-tuc?_101_INSTANCE_Kx3pQ_cur=99`` (linked as "Tin lưu trữ" in the footer, a
  link the vendor hard-coded long ago): the empty list "Không tìm thấy kết quả nào.";
- ``/c/journal/get_latest_articles?…`` (the head's RSS link): Liferay's XML result set of the ten
  newest articles, not a page;
- listing abstracts (summary or the first 200 characters of the text), thumbnails of the
  article's small image, "Xem tiếp »" links: all repeat an article, none is one.

Gold decisions (as a careful reader decides)
--------------------------------------------
- title: the ``header-title``; a straight quote in a title stays (N8); the NFD-typed article (N9)
  reads as NFC.
- published_at: the "Ngày đăng" day (only a day is printed: ``YYYY-MM-DD``); K1's page and list
  print no date: None.
- summary: only where the article opens with a bold lead paragraph (N1, N7, N8, N11, D2);
  it is the body's first paragraph too.
- body: the article's paragraphs, table rows (cells joined by " | "), list items; not the
  captions, bylines, "Nguồn:" line, "File đính kèm" line or empty ``&nbsp;`` paragraphs.
- captions: the italic line under or beside a photo; a bare camera file name ("DSC_0456.JPG",
  N5) is no caption (None).
- authors / photographers / source: "Tin, ảnh: Ma Thị Hường" (N1) gives both; "Phòng Quản lý
  đào tạo" (N2, D1) and "Văn phòng" (N7), units that alone sign, are the author; "Nguyễn Thị
  Thanh Hoa - Văn phòng" (N3), "ThS. Nguyễn Văn Bình - Khoa Nhà nước và pháp luật" (D2) and
  "ThS. Hoàng Văn Lục - Khoa Lý luận cơ sở" (K1) give the person only; "Thu Phương" then
  "Nguồn: Báo Tuyên Quang" (N4) gives an author and a source; "BBT" (N5) and no byline (N9)
  credit nobody; "Tin: Lê Minh Đức" + "Ảnh: Hà Phương" (N6); "Đỗ Thị Hạnh, Nguyễn Quang Vinh"
  (N8) two authors; "Bài, ảnh: Triệu Văn Sơn" (N10) both; a bare name "Hoàng Thu Trang" (N11).
- images: the article's photos only (not the logo, small-image thumbnails, rating stars, icons).
- category: the breadcrumb's last item, the page's name: "Tin tức", "Đào tạo - Bồi dưỡng",
  "Nghiên cứu khoa học".
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "liferay61_redirect_tct"
PLATFORM = "Liferay Portal 6.1 CE GA2 (vendor theme, Asset Publisher)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
GROUP_ID = 10180
COMPANY_ID = 10154
HOME = "/web/guest/trang-chu"
HOME_PLID = 10453
DELTA = 5
DELTAS = (20, 30, 50)
THEME = "/tuyenquang-theme"

#: TODAY of _common ("Thứ Tư, ngày 25/11/2026") as this theme writes its header clock
HEADER_DATE = "Thứ tư, ngày 25 tháng 11 năm 2026"
assert TODAY.endswith("25/11/2026")


@dataclass(frozen=True)
class Cat:
    """A news page: its layout (friendly URL, plid) and its asset publisher instance."""

    key: str
    name: str
    inst: str
    plid: int
    show_date: bool
    conversions: bool

    @property
    def layout(self) -> str:
        return f"/web/guest/{self.key}"

    @property
    def pid(self) -> str:
        return f"101_INSTANCE_{self.inst}"

    @property
    def ns(self) -> str:
        return f"_101_INSTANCE_{self.inst}_"


TIN_TUC = Cat("tin-tuc", "Tin tức", "Kx3pQ", 10457, show_date=True, conversions=True)
DAO_TAO = Cat("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", "Wm4tZ", 10461, True, False)
NCKH = Cat("nghien-cuu-khoa-hoc", "Nghiên cứu khoa học", "Rb8vN", 10465, False, False)
CATS = {c.key: c for c in (TIN_TUC, DAO_TAO, NCKH)}


def pager_url(cat: Cat, delta: int, cur: int) -> str:
    """A page of the asset publisher's list, parameters in Liferay's own order."""
    ns = cat.ns
    return (
        f"{cat.layout}?p_p_id={cat.pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-2&p_p_col_count=1&{ns}delta={delta}&{ns}keywords="
        f"&{ns}advancedSearch=false&{ns}andOperator=true&{ns}cur={cur}"
    )


def ck(markup: str) -> str:
    """CKEditor 3 with ``config.entities`` on (Liferay 6.1's default): Latin-1 letters and
    typographic punctuation become named entities, the other Vietnamese letters stay raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 128 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def ddmmyyyy(iso: str) -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


# --- the articles -----------------------------------------------------------------------------


def _img(img_id: int, t: int) -> str:
    return f"/image/journal/article?img_id={img_id}&t={t}"


def _byline(value: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(value)}</{tag}></p>')


_NBSP = Raw("<p>&nbsp;</p>")

N1 = Story(
    id=21840,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
    cat="tin-tuc",
    published_at="2026-11-20",
    summary=(
        "Sáng 19/11, Trường Chính trị tỉnh Tuyên Quang long trọng tổ chức Lễ kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và biểu dương các tập thể, cá nhân "
        "có thành tích xuất sắc trong năm học 2025 - 2026."
    ),
    blocks=[
        P(
            "Sáng 19/11, Trường Chính trị tỉnh Tuyên Quang long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và biểu dương các tập thể, cá nhân "
            "có thành tích xuất sắc trong năm học 2025 - 2026.",
            "sapo",
        ),
        P(
            "Dự buổi lễ có đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; "
            "đại diện lãnh đạo Sở Giáo dục và Đào tạo, Sở Nội vụ; các đồng chí nguyên lãnh đạo "
            "Trường qua các thời kỳ cùng toàn thể cán bộ, giảng viên, nhân viên nhà trường."
        ),
        Img(
            _img(21846, 1763532000000),
            "Đồng chí Hiệu trưởng Nhà trường phát biểu ôn lại truyền thống Ngày Nhà giáo Việt Nam",
            "Đồng chí Hiệu trưởng Nhà trường phát biểu ôn lại truyền thống Ngày Nhà giáo Việt Nam",
            "br",
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Hiệu trưởng Nhà trường ôn lại lịch sử, ý nghĩa của "
            "Ngày Nhà giáo Việt Nam; đánh giá những kết quả nổi bật của Nhà trường trong năm học "
            "vừa qua: tổ chức 46 lớp đào tạo, bồi dưỡng với trên 3.200 học viên; 100% giảng viên "
            "hoàn thành định mức giờ giảng; 12 đề tài, sáng kiến cấp cơ sở được nghiệm thu đạt "
            "loại khá trở lên."
        ),
        P(
            "Nhân dịp này, Nhà trường đã trao Giấy khen của Hiệu trưởng cho 5 tập thể và 27 cá "
            "nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm học 2025 - 2026; tặng hoa "
            "chúc mừng các thầy giáo, cô giáo nguyên là cán bộ, giảng viên của Trường."
        ),
        Img(
            _img(21848, 1763532000000),
            "Trao Giấy khen cho các tập thể có thành tích xuất sắc năm học 2025 - 2026",
            "Trao Giấy khen cho các tập thể có thành tích xuất sắc năm học 2025 - 2026",
            "br",
        ),
        P(
            "Buổi lễ diễn ra trong không khí trang trọng, ấm áp; là dịp để mỗi cán bộ, giảng viên "
            "tiếp tục nêu cao tinh thần trách nhiệm, tâm huyết với nghề, góp phần nâng cao chất "
            "lượng đào tạo, bồi dưỡng cán bộ của tỉnh."
        ),
        _byline("Tin, ảnh: Ma Thị Hường"),
    ],
    authors=["Ma Thị Hường"],
    photographers=["Ma Thị Hường"],
    opts={"canonical": True, "featured": True, "desc": True, "tags": ["ngày nhà giáo", "20-11"]},
)

N2 = Story(
    id=21802,
    slug="thong-bao-lich-nghi-hoc-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k-45",
    title="Thông báo lịch nghỉ học lớp Trung cấp lý luận chính trị - hành chính K.45",
    cat="tin-tuc",
    published_at="2026-11-17",
    blocks=[
        P(
            "Do trùng lịch tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh, lớp Trung cấp lý luận chính "
            "trị - hành chính K.45 (hệ tập trung) nghỉ học ngày 24/11/2026 (thứ Ba). Lịch học bù "
            "sẽ được Phòng Quản lý đào tạo thông báo sau."
        ),
        P(
            "Đề nghị giáo viên chủ nhiệm, ban cán sự lớp thông báo tới toàn thể học viên biết, "
            "thực hiện."
        ),
        Raw(
            '<p>File đính kèm: <a href="/documents/10180/21805/Thong+bao+nghi+hoc+K45.pdf/'
            '0d6c2b7e-41a9-4f3e-b1c8-5e9a7d2f4c10">Thong bao nghi hoc K45.pdf</a></p>'
        ),
        _byline("Phòng Quản lý đào tạo"),
    ],
    authors=["Phòng Quản lý đào tạo"],
    opts={"tags": ["thông báo"]},
)

N3 = Story(
    id=21765,
    slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong-chinh-tri-tinh",
    title="Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh",
    cat="tin-tuc",
    published_at="2026-11-13",
    blocks=[
        P(
            "Ngày 12/11/2026, Đoàn công tác của Học viện Chính trị khu vực I do PGS.TS Nguyễn Văn "
            "Thắng, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị "
            "tỉnh Tuyên Quang về công tác phối hợp tổ chức các lớp cao cấp lý luận chính trị tại "
            "địa phương."
        ),
        P(
            "Tiếp và làm việc với Đoàn có đồng chí Hiệu trưởng, các đồng chí Phó Hiệu trưởng và "
            "trưởng các khoa, phòng của Nhà trường."
        ),
        Img(_img(21771, 1762941600000), "Quang cảnh buổi làm việc", "Quang cảnh buổi làm việc"),
        P(
            "Tại buổi làm việc, hai bên đã trao đổi, thống nhất nhiều nội dung về quản lý học viên, "
            "bố trí giảng viên thỉnh giảng, bảo đảm cơ sở vật chất và điều kiện học tập cho lớp Cao "
            "cấp lý luận chính trị hệ không tập trung mở tại tỉnh trong năm 2027."
        ),
        P(
            "Phát biểu kết luận, đồng chí Phó Giám đốc Học viện ghi nhận sự phối hợp chặt chẽ, hiệu "
            "quả của Nhà trường trong thời gian qua và đề nghị tiếp tục đổi mới phương pháp quản "
            "lý, tăng cường ứng dụng công nghệ thông tin trong theo dõi, đánh giá học viên."
        ),
        _byline("Nguyễn Thị Thanh Hoa - Văn phòng"),
    ],
    authors=["Nguyễn Thị Thanh Hoa"],
    opts={"canonical": True, "featured": True, "tags": ["học viện chính trị khu vực i"]},
)

N4 = Story(
    id=21733,
    slug="hoi-nghi-hoc-tap-quan-triet-nghi-quyet-hoi-nghi-lan-thu-ba-ban-chap-hanh-trung-uong-ang-khoa-xiv",
    title=(
        "Hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ ba Ban Chấp hành Trung ương "
        "Đảng khóa XIV"
    ),
    cat="tin-tuc",
    published_at="2026-11-10",
    blocks=[
        P(
            "Ngày 07/11/2026, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị trực tuyến học "
            "tập, quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ ba Ban Chấp hành "
            "Trung ương Đảng khóa XIV tới cán bộ, đảng viên chủ chốt của tỉnh. Tại điểm cầu Trường "
            "Chính trị tỉnh, toàn thể cán bộ, đảng viên của Đảng bộ Nhà trường và học viên các lớp "
            "đang học tập tại Trường đã tham dự hội nghị."
        ),
        P(
            "Tại hội nghị, các đại biểu đã được nghe báo cáo viên Trung ương truyền đạt những nội "
            "dung cơ bản, cốt lõi của Nghị quyết; những điểm mới trong chỉ đạo về nâng cao chất "
            "lượng, hiệu quả công tác cán bộ và đổi mới phương thức lãnh đạo của Đảng trong giai "
            "đoạn mới."
        ),
        Img(
            _img(21738, 1762765200000),
            "Cán bộ, đảng viên Trường Chính trị tỉnh dự hội nghị tại điểm cầu của Nhà trường",
            "Cán bộ, đảng viên Trường Chính trị tỉnh dự hội nghị tại điểm cầu của Nhà trường",
        ),
        P(
            "Phát biểu chỉ đạo hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng "
            "khẩn trương xây dựng chương trình hành động, kế hoạch thực hiện Nghị quyết sát với "
            "tình hình thực tế của địa phương, cơ quan, đơn vị; gắn việc học tập Nghị quyết với "
            "thực hiện nhiệm vụ chính trị được giao."
        ),
        P(
            "Đối với Trường Chính trị tỉnh, đồng chí đề nghị Nhà trường kịp thời cập nhật nội dung "
            "Nghị quyết vào chương trình giảng dạy các lớp trung cấp lý luận chính trị - hành chính "
            "và các lớp bồi dưỡng, bảo đảm tính thời sự, thiết thực."
        ),
        P(
            "Hội nghị được tổ chức theo hình thức trực tuyến tới 124 điểm cầu cấp xã trong toàn "
            "tỉnh với trên 6.500 đại biểu tham dự."
        ),
        _byline("Thu Phương"),
        _byline("Nguồn: Báo Tuyên Quang", "em"),
    ],
    authors=["Thu Phương"],
    source="Báo Tuyên Quang",
    opts={"legacy": True, "ck": True, "tags": ["nghị quyết", "học tập chính trị"]},
)

N5 = Story(
    id=21710,
    slug="chi-bo-khoa-xay-dung-ang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
    title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
    cat="tin-tuc",
    published_at="2026-11-06",
    blocks=[
        P(
            "Chiều 05/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
            "“Nâng cao chất lượng bài giảng gắn với thực tiễn công tác xây dựng Đảng ở cơ sở”."
        ),
        P(
            "Tại buổi sinh hoạt, các đảng viên đã thảo luận, đóng góp nhiều ý kiến tâm huyết về "
            "đổi mới nội dung, phương pháp giảng dạy; tăng cường đi thực tế, khảo sát tại cơ sở để "
            "bổ sung tư liệu cho bài giảng."
        ),
        Img(
            "/documents/10180/21702/DSC_0456.JPG/6a1f3c2e-8d4b-4c1a-9e7f-2b5d0c9a1e34",
            "DSC_0456.JPG",
            None,
        ),
        P(
            "Kết thúc buổi sinh hoạt, Chi bộ thống nhất giao mỗi giảng viên đăng ký ít nhất một "
            "chuyên đề thực tế trong năm học 2026 - 2027."
        ),
        _byline("BBT"),
    ],
    opts={"canonical": True, "tags": ["sinh hoạt chi bộ"]},
)

N6 = Story(
    id=21688,
    slug="cong-oan-truong-to-chuc-giai-bong-chuyen-hoi-nam-2026",
    title="Công đoàn Trường tổ chức giải bóng chuyền hơi năm 2026",
    cat="tin-tuc",
    published_at="2026-10-30",
    blocks=[
        P(
            "Nhằm đẩy mạnh phong trào rèn luyện thể dục, thể thao, tăng cường giao lưu, đoàn kết "
            "giữa các tổ công đoàn, từ ngày 27 đến 29/10/2026, Công đoàn Trường Chính trị tỉnh tổ "
            "chức giải bóng chuyền hơi năm 2026."
        ),
        P(
            "Tham gia giải có 6 đội đến từ các tổ công đoàn khoa, phòng với gần 70 vận động viên. "
            "Các đội thi đấu vòng tròn một lượt tính điểm để chọn ra 2 đội có thành tích cao nhất "
            "vào chơi trận chung kết."
        ),
        Img(
            _img(21690, 1761800400000),
            "Các đội tham gia giải chụp ảnh lưu niệm",
            "Các đội tham gia giải chụp ảnh lưu niệm",
        ),
        Img(
            _img(21692, 1761800400000),
            "Một pha tranh bóng trong trận chung kết",
            "Một pha tranh bóng trong trận chung kết",
        ),
        _NBSP,
        P(
            "Sau 3 ngày thi đấu sôi nổi, hấp dẫn, Ban Tổ chức đã trao giải Nhất cho đội Tổ công "
            "đoàn Khoa Lý luận cơ sở; giải Nhì cho đội Tổ công đoàn Phòng Quản lý đào tạo; giải Ba "
            "cho đội Tổ công đoàn Văn phòng và đội Tổ công đoàn Khoa Nhà nước và pháp luật."
        ),
        Img(
            _img(21695, 1761800400000),
            "Ban Tổ chức trao giải Nhất cho đội Tổ công đoàn Khoa Lý luận cơ sở",
            "Ban Tổ chức trao giải Nhất cho đội Tổ công đoàn Khoa Lý luận cơ sở",
            "br",
        ),
        _byline("Tin: Lê Minh Đức"),
        _byline("Ảnh: Hà Phương"),
    ],
    authors=["Lê Minh Đức"],
    photographers=["Hà Phương"],
    opts={"tags": ["công đoàn", "thể thao"]},
)

N7 = Story(
    id=21650,
    slug="tap-huan-su-dung-phan-mem-quan-ly-ao-tao-cho-can-bo-giang-vien",
    title="Tập huấn sử dụng phần mềm quản lý đào tạo cho cán bộ, giảng viên",
    cat="tin-tuc",
    published_at="2026-10-27",
    summary=(
        "Ngày 26/10/2026, Trường Chính trị tỉnh tổ chức lớp tập huấn sử dụng phần mềm quản lý "
        "đào tạo cho 58 cán bộ, giảng viên, nhân viên của Nhà trường."
    ),
    blocks=[
        P(
            "Ngày 26/10/2026, Trường Chính trị tỉnh tổ chức lớp tập huấn sử dụng phần mềm quản lý "
            "đào tạo cho 58 cán bộ, giảng viên, nhân viên của Nhà trường.",
            "sapo",
        ),
        P(
            "Tại lớp tập huấn, các học viên được hướng dẫn các chức năng chính của phần mềm như: "
            "quản lý hồ sơ học viên, lập kế hoạch và thời khóa biểu, nhập điểm, theo dõi chuyên "
            "cần, in bảng điểm và giấy chứng nhận."
        ),
        Img(
            _img(21655, 1761541200000),
            "Kỹ sư của đơn vị cung cấp phần mềm hướng dẫn cán bộ, giảng viên thực hành trên máy",
            "Kỹ sư của đơn vị cung cấp phần mềm hướng dẫn cán bộ, giảng viên thực hành trên máy",
            "br",
        ),
        P(
            "Việc đưa phần mềm vào sử dụng từ học kỳ I năm học 2026 - 2027 góp phần giảm thời gian "
            "xử lý thủ công, nâng cao hiệu quả quản lý và từng bước thực hiện chuyển đổi số trong "
            "hoạt động đào tạo, bồi dưỡng của Nhà trường."
        ),
        _byline("Văn phòng"),
    ],
    authors=["Văn phòng"],
    opts={"canonical": True, "featured": True, "desc": True, "tags": ["chuyển đổi số"]},
)

N8 = Story(
    id=21617,
    slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title='Hội thi "Giảng viên dạy giỏi" cấp Trường năm 2026',
    cat="tin-tuc",
    published_at="2026-10-22",
    summary=(
        'Từ ngày 19 đến 21/10/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thi "Giảng '
        'viên dạy giỏi" cấp Trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa '
        "chuyên môn."
    ),
    blocks=[
        P(
            'Từ ngày 19 đến 21/10/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thi "Giảng '
            'viên dạy giỏi" cấp Trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa '
            "chuyên môn.",
            "sapo",
        ),
        P(
            "Hội thi nhằm đánh giá năng lực chuyên môn, kỹ năng sư phạm của đội ngũ giảng viên; "
            "tạo môi trường để giảng viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp giảng "
            "dạy theo hướng phát huy tính tích cực, chủ động của học viên."
        ),
        P(
            "Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết trong thời gian 45 phút trước "
            "Ban Giám khảo gồm 7 thành viên là lãnh đạo Nhà trường, trưởng các khoa và giảng viên "
            "chính có nhiều kinh nghiệm."
        ),
        Img(
            _img(21620, 1761109200000),
            "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng tại Hội thi",
            "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng tại Hội thi",
        ),
        P(
            "Kết quả, Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến "
            "khích. Cụ thể các giải Nhất, Nhì như sau:"
        ),
        P("Giải | Họ và tên | Đơn vị | Tên bài giảng", "th"),
        P(
            "Nhất | Nguyễn Thị Lan Anh | Khoa Xây dựng Đảng | Công tác kiểm tra, giám sát của Đảng",
            "row",
        ),
        P("Nhì | Phạm Đức Toàn | Khoa Lý luận cơ sở | Chủ nghĩa duy vật lịch sử", "row"),
        P(
            "Nhì | Lường Thị Mai | Khoa Nhà nước và pháp luật | Quản lý hành chính nhà nước về "
            "kinh tế",
            "row",
        ),
        P(
            "Các giảng viên đạt giải Nhất, giải Nhì sẽ được Nhà trường lựa chọn, bồi dưỡng để tham "
            "dự Hội thi giảng viên giỏi các trường chính trị khu vực miền núi phía Bắc năm 2027."
        ),
        _byline("Đỗ Thị Hạnh, Nguyễn Quang Vinh"),
    ],
    authors=["Đỗ Thị Hạnh", "Nguyễn Quang Vinh"],
    opts={"ck": True, "tags": ["hội thi", "giảng viên dạy giỏi"]},
)

N9 = Story(
    id=21583,
    slug="can-bo-giang-vien-nha-truong-huong-ung-ngay-chuyen-doi-so-quoc-gia-10-10",
    title="Cán bộ, giảng viên Nhà trường hưởng ứng Ngày Chuyển đổi số quốc gia 10/10",
    cat="tin-tuc",
    published_at="2026-10-16",
    blocks=[
        P(
            "Hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026 với chủ đề “Dữ liệu số - Động lực phát "
            "triển”, Trường Chính trị tỉnh đã triển khai nhiều hoạt động thiết thực tới toàn thể "
            "cán bộ, giảng viên, nhân viên và học viên."
        ),
        P(
            "Nhà trường tổ chức treo băng rôn, khẩu hiệu tuyên truyền; hướng dẫn 100% cán bộ, giảng "
            "viên cài đặt và sử dụng ứng dụng VNeID, kích hoạt tài khoản định danh điện tử mức độ "
            "2; số hóa hồ sơ học viên các khóa từ năm 2015 đến nay."
        ),
        P(
            "Đồng thời, thư viện điện tử của Trường được bổ sung hơn 1.200 tài liệu số phục vụ "
            "nghiên cứu, học tập của học viên."
        ),
    ],
    opts={"nfd": True, "tags": ["chuyển đổi số"]},
)

N10 = Story(
    id=21540,
    slug="oan-thanh-nien-truong-ra-quan-huong-ung-ngay-chu-nhat-xanh",
    title="Đoàn Thanh niên Trường ra quân hưởng ứng ngày “Chủ nhật xanh”",
    cat="tin-tuc",
    published_at="2026-10-09",
    blocks=[
        P(
            "Sáng Chủ nhật 04/10/2026, Chi đoàn Trường Chính trị tỉnh phối hợp với Đoàn Thanh niên "
            "phường Minh Xuân ra quân hưởng ứng ngày “Chủ nhật xanh” năm 2026."
        ),
        Img(
            _img(21544, 1760000400000),
            "Đoàn viên thanh niên dọn vệ sinh tuyến đường Chiến Thắng Sông Lô",
            "Đoàn viên thanh niên dọn vệ sinh tuyến đường Chiến Thắng Sông Lô",
            "br",
        ),
        P(
            "Trên 40 đoàn viên, thanh niên đã tham gia dọn vệ sinh, thu gom rác thải, phát quang "
            "bụi rậm tại tuyến đường Chiến Thắng Sông Lô và khu vực công viên bờ sông Lô."
        ),
        Img(
            _img(21546, 1760000400000),
            "Trồng cây xanh trong khuôn viên Nhà trường",
            "Trồng cây xanh trong khuôn viên Nhà trường",
            "br",
        ),
        P(
            "Dịp này, Chi đoàn đã trồng 50 cây xanh trong khuôn viên Nhà trường, góp phần xây dựng "
            "cảnh quan xanh - sạch - đẹp."
        ),
        _byline("Bài, ảnh: Triệu Văn Sơn"),
    ],
    authors=["Triệu Văn Sơn"],
    photographers=["Triệu Văn Sơn"],
    opts={"canonical": True, "tags": ["đoàn thanh niên"]},
)

N11 = Story(
    id=21502,
    slug="truong-chinh-tri-tinh-tuyen-quang-khai-giang-nam-hoc-2026-2027",
    title="Trường Chính trị tỉnh Tuyên Quang khai giảng năm học 2026 - 2027",
    cat="tin-tuc",
    published_at="2026-10-02",
    summary=(
        "Sáng 30/9/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng năm học 2026 - "
        "2027. Đây là năm học thứ hai Nhà trường thực hiện nhiệm vụ đào tạo, bồi dưỡng cán bộ cho "
        "tỉnh Tuyên Quang sau hợp nhất."
    ),
    blocks=[
        P(
            "Sáng 30/9/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng năm học 2026 - "
            "2027. Đây là năm học thứ hai Nhà trường thực hiện nhiệm vụ đào tạo, bồi dưỡng cán bộ "
            "cho tỉnh Tuyên Quang sau hợp nhất.",
            "sapo",
        ),
        P(
            "Năm học 2026 - 2027, Nhà trường dự kiến mở 48 lớp với khoảng 3.500 lượt học viên, "
            "trong đó có 12 lớp trung cấp lý luận chính trị - hành chính, 2 lớp cao cấp lý luận "
            "chính trị phối hợp với Học viện Chính trị khu vực I và 34 lớp bồi dưỡng theo chức "
            "danh, vị trí việc làm."
        ),
        Img(
            _img(21506, 1759395600000),
            "Các đại biểu thực hiện nghi thức chào cờ tại Lễ khai giảng",
            "Các đại biểu thực hiện nghi thức chào cờ tại Lễ khai giảng",
        ),
        P(
            "Phát biểu khai giảng năm học mới, đồng chí Hiệu trưởng đề nghị toàn thể cán bộ, giảng "
            "viên tiếp tục đổi mới nội dung, chương trình, phương pháp giảng dạy; tăng cường kỷ "
            "cương, nền nếp trong dạy và học; đẩy mạnh nghiên cứu khoa học, tổng kết thực tiễn."
        ),
        P(
            "Tại buổi lễ, Nhà trường đã công bố quyết định khen thưởng các học viên có thành tích "
            "học tập xuất sắc năm học 2025 - 2026."
        ),
        _byline("Hoàng Thu Trang"),
    ],
    authors=["Hoàng Thu Trang"],
    opts={"canonical": True, "featured": True, "legacy": True, "tags": ["khai giảng"]},
)

D1 = Story(
    id=21790,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k-47-he-khong-tap-trung",
    title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính K.47 hệ không tập trung",
    cat="dao-tao-boi-duong",
    published_at="2026-11-18",
    blocks=[
        P(
            "Ngày 17/11/2026, Trường Chính trị tỉnh khai giảng lớp Trung cấp lý luận chính trị - "
            "hành chính K.47 hệ không tập trung cho 86 học viên là cán bộ, công chức các xã, "
            "phường khu vực phía Nam của tỉnh."
        ),
        P(
            "Lớp học được tổ chức trong thời gian 8 tháng, học viên được trang bị những kiến thức "
            "cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; đường lối, chủ trương của Đảng, "
            "chính sách, pháp luật của Nhà nước; kỹ năng lãnh đạo, quản lý ở cơ sở."
        ),
        Img(
            _img(21794, 1763442000000), "Quang cảnh Lễ khai giảng", "Quang cảnh Lễ khai giảng", "br"
        ),
        P(
            "Phát biểu tại lễ khai giảng, đại diện lãnh đạo Nhà trường đề nghị học viên chấp hành "
            "nghiêm quy chế học tập, tích cực nghiên cứu, liên hệ thực tiễn địa phương, cơ quan, "
            "đơn vị nơi công tác."
        ),
        _byline("Phòng Quản lý đào tạo"),
    ],
    authors=["Phòng Quản lý đào tạo"],
    opts={"canonical": True, "legacy": True, "tags": ["trung cấp lý luận chính trị"]},
)

D2 = Story(
    id=21700,
    slug="be-giang-lop-boi-duong-cap-nhat-kien-thuc-cho-can-bo-lanh-ao-quan-ly-cap-phong-nam-2026",
    title=(
        "Bế giảng lớp bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý cấp phòng năm 2026"
    ),
    cat="dao-tao-boi-duong",
    published_at="2026-11-05",
    summary=(
        "Ngày 04/11/2026, Trường Chính trị tỉnh tổ chức bế giảng lớp bồi dưỡng cập nhật kiến thức "
        "cho cán bộ lãnh đạo, quản lý cấp phòng và tương đương năm 2026."
    ),
    blocks=[
        P(
            "Ngày 04/11/2026, Trường Chính trị tỉnh tổ chức bế giảng lớp bồi dưỡng cập nhật kiến "
            "thức cho cán bộ lãnh đạo, quản lý cấp phòng và tương đương năm 2026.",
            "sapo",
        ),
        P(
            "Sau 10 ngày học tập, 62 học viên đã được bồi dưỡng 8 chuyên đề về những vấn đề mới "
            "trong đường lối của Đảng, chính sách, pháp luật của Nhà nước; kỹ năng lãnh đạo, quản "
            "lý; chuyển đổi số trong cơ quan nhà nước."
        ),
        P("Kết quả học tập của lớp như sau:"),
        P("Xếp loại | Số học viên | Tỷ lệ", "th"),
        P("Giỏi | 21 | 33,9%", "row"),
        P("Khá | 38 | 61,3%", "row"),
        P("Trung bình | 3 | 4,8%", "row"),
        _NBSP,
        Img(
            _img(21704, 1762326000000),
            "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
            "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
        ),
        P(
            "Nhà trường đã khen thưởng 6 học viên có thành tích xuất sắc trong học tập và hoạt "
            "động phong trào của lớp."
        ),
        _byline("ThS. Nguyễn Văn Bình - Khoa Nhà nước và pháp luật"),
    ],
    authors=["Nguyễn Văn Bình"],
    opts={"tags": ["bồi dưỡng", "cấp phòng"]},
)

K1 = Story(
    id=21420,
    slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-vao-cong-tac-boi-duong-can-bo-co-so",
    title=(
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác bồi dưỡng cán bộ cơ sở ở tỉnh "
        "Tuyên Quang hiện nay"
    ),
    cat="nghien-cuu-khoa-hoc",
    published_at=None,
    blocks=[
        P(
            "Chủ tịch Hồ Chí Minh luôn coi cán bộ là gốc của mọi công việc. Người khẳng định: “Cán "
            "bộ là cái gốc của mọi công việc”, “Muôn việc thành công hoặc thất bại đều do cán bộ "
            "tốt hoặc kém”. Tư tưởng đó đến nay vẫn giữ nguyên giá trị, là kim chỉ nam cho công "
            "tác đào tạo, bồi dưỡng cán bộ của Đảng ta."
        ),
        P("1. Một số nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ", "h"),
        P(
            "Theo Hồ Chí Minh, người cán bộ phải có đủ cả đức và tài, trong đó đức là gốc. Người "
            "cán bộ phải trung thành với lý tưởng cách mạng, gắn bó mật thiết với nhân dân, cần, "
            "kiệm, liêm, chính, chí công vô tư."
        ),
        P(
            "Người đặc biệt coi trọng việc huấn luyện cán bộ, coi đó là “công việc gốc của Đảng”, "
            "và yêu cầu việc huấn luyện phải thiết thực, lý luận gắn với thực tế, “học để làm việc, "
            "làm người, làm cán bộ”."
        ),
        P("2. Thực trạng công tác bồi dưỡng cán bộ cơ sở ở tỉnh Tuyên Quang", "h"),
        P(
            "Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, đội ngũ "
            "cán bộ cấp xã của tỉnh có nhiều thay đổi về số lượng, cơ cấu và yêu cầu nhiệm vụ. "
            "Giai đoạn 2025 - 2026, Trường Chính trị tỉnh đã phối hợp mở 27 lớp bồi dưỡng cho trên "
            "2.400 lượt cán bộ cấp xã."
        ),
        P(
            "Bên cạnh kết quả đạt được, công tác bồi dưỡng còn một số hạn chế: nội dung một số "
            "chuyên đề chưa sát với nhiệm vụ cụ thể của từng chức danh; phương pháp giảng dạy chậm "
            "đổi mới; việc đánh giá hiệu quả sau bồi dưỡng chưa được thực hiện thường xuyên."
        ),
        P("3. Một số giải pháp", "h"),
        P(
            "Thứ nhất, xây dựng chương trình bồi dưỡng theo chức danh, vị trí việc làm, bảo đảm "
            "“cán bộ cần gì, bồi dưỡng nấy”.",
            "li",
        ),
        P(
            "Thứ hai, đổi mới phương pháp giảng dạy theo hướng tăng cường thảo luận, xử lý tình "
            "huống, nghiên cứu thực tế tại cơ sở.",
            "li",
        ),
        P(
            "Thứ ba, nâng cao chất lượng đội ngũ giảng viên, chú trọng bồi dưỡng kiến thức thực "
            "tiễn và kỹ năng sư phạm.",
            "li",
        ),
        P(
            "Thứ tư, thực hiện đánh giá hiệu quả sau bồi dưỡng thông qua kết quả thực hiện nhiệm "
            "vụ của học viên tại cơ quan, đơn vị.",
            "li",
        ),
        P(
            "Vận dụng sáng tạo tư tưởng Hồ Chí Minh về cán bộ vào công tác bồi dưỡng cán bộ cơ sở "
            "là yêu cầu khách quan, góp phần xây dựng đội ngũ cán bộ cấp xã đủ phẩm chất, năng "
            "lực, uy tín, ngang tầm nhiệm vụ trong giai đoạn mới."
        ),
        P("Tài liệu tham khảo:", "h"),
        P("Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5.", "oli"),
        P(
            "Tỉnh ủy Tuyên Quang: Báo cáo tổng kết công tác đào tạo, bồi dưỡng cán bộ giai đoạn "
            "2021 - 2025.",
            "oli",
        ),
        _byline("ThS. Hoàng Văn Lục - Khoa Lý luận cơ sở"),
    ],
    authors=["Hoàng Văn Lục"],
    opts={"ck": True, "display": "2026-09-18", "tags": ["tư tưởng Hồ Chí Minh", "công tác cán bộ"]},
)

STORIES = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, D1, D2, K1]
BY_SLUG = {(s.cat, s.slug): s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


def display_date(story: Story) -> str:
    """Journal's display date (the list order); K1's is not printed anywhere."""
    return story.opts.get("display") or story.published_at


def listed(cat: Cat) -> list[Story]:
    """The asset publisher's list: the category's articles, newest display date first."""
    return sorted(
        (s for s in STORIES if s.cat == cat.key), key=lambda s: display_date(s), reverse=True
    )


# --- addresses -------------------------------------------------------------------------------


def content_url(cat: Cat, story: Story) -> str:
    """The bare address of an article in its category's asset publisher."""
    return f"{cat.layout}/-/asset_publisher/{cat.inst}/content/{story.slug}"


def id_url(cat: Cat, story: Story) -> str:
    return f"{cat.layout}/-/asset_publisher/{cat.inst}/content/id/{story.id}"


def linked(cat: Cat, story: Story, current: str) -> str:
    """An asset publisher link: the bare address plus ``redirect=`` the page it is printed on."""
    return f"{content_url(cat, story)}?redirect={quote(current, safe='')}"


def list_views(cat: Cat) -> list[str]:
    """Every address of a list page the portal prints: a link on it carries it as redirect."""
    views = [cat.layout]
    total = len(listed(cat))
    if total > DELTA:
        views += [pager_url(cat, DELTA, cur) for cur in range(1, math.ceil(total / DELTA) + 1)]
        views += [pager_url(cat, delta, 1) for delta in DELTAS]
    if cat is not TIN_TUC:
        views.append(HOME)  # the home page's category blocks
    return views


def _addresses(story: Story) -> list[str]:
    """The other printed addresses of an article (see the module docstring)."""
    cat = CATS[story.cat]
    return [id_url(cat, story)] + [linked(cat, story, view) for view in list_views(cat)]


# --- the article text as the Journal stores it ------------------------------------------------


def _t(story: Story, value: str) -> str:
    out = text(value, nfd=bool(story.opts.get("nfd")))
    return ck(out) if story.opts.get("ck") else out


def title_html(story: Story) -> str:
    """A title as Liferay's HtmlUtil.escape prints it (a straight quote as ``&#034;``)."""
    value = unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title
    return text(value).replace('"', "&#034;")


def _img_tag(src: str, width: int = 560) -> str:
    height = width * 2 // 3
    return f'<img alt="" src="{esc(src)}" style="width: {width}px; height: {height}px;" />'


def _group(blocks: list, i: int, styles: tuple[str, ...]) -> tuple[list[P], int]:
    out = []
    while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in styles:
        out.append(blocks[i])
        i += 1
    return out, i


def render_body(story: Story) -> str:
    """The Journal article's content, as CKEditor left it."""
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("th", "row"):
            rows, i = _group(blocks, i, ("th", "row"))
            trs = []
            for row in rows:
                cells = row.text.split(" | ")
                if row.style == "th":
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            parts.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;">'
                "<tbody>\n" + "\n".join(trs) + "\n</tbody></table>"
            )
            continue
        if isinstance(block, P) and block.style in ("li", "oli"):
            items, i = _group(blocks, i, (block.style,))
            tag = "ol" if block.style == "oli" else "ul"
            lis = "\n".join(f"<li>{_t(story, it.text)}</li>" for it in items)
            parts.append(f'<{tag} style="text-align: justify;">\n{lis}\n</{tag}>')
            continue
        i += 1
        if isinstance(block, P):
            inner = _t(story, block.text)
            if block.style in ("sapo", "h"):
                inner = f"<strong>{inner}</strong>"
            parts.append(f'<p style="text-align: justify;">{inner}</p>')
        elif isinstance(block, Img):
            tag = _img_tag(block.src)
            line = _t(story, block.printed) if block.printed else None
            if line is None:
                parts.append(f'<p style="text-align:center">{tag}</p>')
            elif block.style == "br":
                parts.append(f'<p style="text-align:center">{tag}<br />\n<em>{line}</em></p>')
            else:
                parts.append(
                    f'<p style="text-align:center">{tag}</p>\n'
                    f'<p style="text-align: center;"><em>{line}</em></p>'
                )
        else:
            parts.append(ck(block.html) if story.opts.get("ck") else block.html)
    body = "\n".join(parts)
    if story.opts.get("legacy"):
        body = (
            '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr>'
            f'<td valign="top">\n{body}\n</td></tr></tbody></table>'
        )
    return body


def abstract(story: Story) -> str:
    """The list's summary: the description, else the text shortened to 200 characters."""
    if story.summary:
        return story.summary
    first = " ".join(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= 200:
        return first
    return first[:200].rsplit(" ", 1)[0] + "..."


def small_image(story: Story) -> str | None:
    """The article's small image (the thumbnail lists print), only for articles with photos."""
    if not story.images:
        return None
    return f"/image/journal/article?img_id={story.id + 1}&t={1763000000000 + story.id}"


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", HOME, []),
    (
        "Giới thiệu",
        "/web/guest/gioi-thieu",
        [
            ("Lịch sử", "/web/guest/gioi-thieu/lich-su"),
            ("Cơ cấu tổ chức", "/web/guest/gioi-thieu/co-cau-to-chuc"),
        ],
    ),
    ("Tin tức", TIN_TUC.layout, []),
    ("Đào tạo - Bồi dưỡng", DAO_TAO.layout, []),
    ("Nghiên cứu khoa học", NCKH.layout, []),
    ("Văn bản", "/web/guest/van-ban", []),
    ("Thư viện ảnh", "/web/guest/thu-vien-anh", []),
    ("Lịch công tác", "/web/guest/lich-cong-tac", []),
]

DOCS = [
    (
        "/documents/10180/20315/Ke+hoach+dao+tao+boi+duong+nam+2027.pdf/"
        "3f0b1c2e-7a54-4d8e-9c61-2b7e5a9d0f11",
        "Kế hoạch đào tạo, bồi dưỡng năm 2027",
        "248k",
        "20/11/2026",
    ),
    (
        "/documents/10180/20315/Lich+hoc+lop+TCLLCT+K47.doc/9e2d4a61-0b3c-4f7a-8d15-6c4e2a1b7f90",
        "Lịch học lớp Trung cấp LLCT - HC K.47",
        "86k",
        "16/11/2026",
    ),
    (
        "/documents/10180/20315/Quy+che+hoc+vien+2026.pdf/5b7c9d2e-3f1a-4b6c-a8e0-1d2c3b4a5f67",
        "Quy chế học viên năm 2026",
        "412k",
        "02/10/2026",
    ),
]

RSS = (
    "/c/journal/get_latest_articles?groupId=10180&type=general&orderBy=display-date"
    "&orderByType=desc&delta=10"
)
ARCHIVE = f"{TIN_TUC.layout}?{TIN_TUC.ns}cur=99"


def portlet(pid: str, title: str | None, body: str, css: str = "") -> str:
    """A portlet as the 6.1 theme's portlet.vm wraps it (borderless when it has no title)."""
    kind = pid.split("_INSTANCE_")[0]
    if title is None:
        inner = f'<div class="portlet-borderless-container"><div class="portlet-body">{body}</div></div>'
    else:
        inner = (
            f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper">'
            f'<h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1>'
            f'<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" '
            'type="toolbar"></menu></header><div class="portlet-content">'
            '<div class=" portlet-content-container" style="">'
            f'<div class="portlet-body">{body}</div></div></div></section>'
        )
    return (
        f'<div class="portlet-boundary portlet-boundary_{kind}_ portlet-static '
        f'portlet-static-end {css}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f"{inner}</div>"
    )


def _nav(current: str) -> str:
    items = []
    for label, href, children in MENU:
        sel = ' class="selected"' if current == href or current.startswith(href + "/") else ""
        sub = ""
        if children:
            sub = (
                '<ul class="child-menu">'
                + "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for n, h in children)
                + "</ul>"
            )
        items.append(f'<li{sel}><a href="{href}"><span>{esc(label)}</span></a>{sub}</li>')
    return (
        '<nav class="sort-pages modify-pages" id="navigation"><ul>' + "".join(items) + "</ul></nav>"
    )


def _breadcrumb(crumbs: list[tuple[str, str]]) -> str:
    lis = []
    for n, (label, href) in enumerate(crumbs):
        cls = "first" if n == 0 else ("last" if n == len(crumbs) - 1 else "")
        lis.append(f'<li class="{cls}"><span><a href="{href}">{esc(label)}</a></span></li>')
    return (
        '<nav class="site-breadcrumbs" id="breadcrumbs"><h1><span>Bạn đang ở</span></h1>'
        '<ul class="breadcrumbs breadcrumbs-horizontal lfr-component">'
        + " » ".join(lis)
        + "</ul></nav>"
    )


def _left_column() -> str:
    schedule = portlet(
        "56_INSTANCE_Lc4tW",
        "Lịch công tác",
        '<div class="journal-content-article"><p><a href="/web/guest/lich-cong-tac">Lịch công '
        "tác tuần 48 (từ 23/11 đến 29/11/2026)</a></p></div>",
    )
    album = portlet(
        "31",
        "Thư viện ảnh",
        '<div class="image-gallery-box"><a href="/web/guest/thu-vien-anh"><img alt="Thư viện ảnh" '
        'src="/documents/10180/21900/IMG_1001.jpg/1c2d3e4f-0a1b-4c5d-8e9f-a0b1c2d3e4f5'
        '?imageThumbnail=1" /></a><p><a href="/web/guest/thu-vien-anh">Lễ kỷ niệm 44 năm '
        "Ngày Nhà giáo Việt Nam</a></p></div>",
    )
    docs = "".join(
        f'<li><img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" /> '
        f'<a href="{path}">{esc(title)}</a></li>'
        for path, title, _size, _date in DOCS
    )
    documents = portlet(
        "56_INSTANCE_Vb2nX",
        "Văn bản mới",
        f'<ul class="van-ban-moi">{docs}</ul><p class="xem-tat-ca">'
        '<a href="/web/guest/van-ban">Xem tất cả »</a></p>',
    )
    links = portlet(
        "56_INSTANCE_Lk8eR",
        "Liên kết website",
        '<select onchange="if (this.value) window.open(this.value);"><option value="">'
        "-- Liên kết website --</option>"
        '<option value="http://www.hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="http://hcma1.vn">Học viện Chính trị khu vực I</option>'
        '<option value="http://www.tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>'
        '<option value="http://baotuyenquang.com.vn">Báo Tuyên Quang</option>'
        "</select>",
    )
    return schedule + album + documents + links


def _right_column() -> str:
    newest = sorted(STORIES, key=display_date, reverse=True)[:5]
    items = "".join(
        f'<li><a href="{content_url(CATS[s.cat], s)}">{title_html(s)}</a></li>' for s in newest
    )
    news = portlet("tinmoi_WAR_tuyenquangportlet", "Tin mới", f'<ul class="tin-moi">{items}</ul>')
    poll = portlet(
        "86_INSTANCE_q2Zx",
        "Thăm dò ý kiến",
        '<div class="portlet-msg-error">Bạn chưa có đủ quyền truy nhập portlet này.</div>',
    )
    counter = portlet(
        "thongke_WAR_tuyenquangportlet",
        "Thống kê truy cập",
        '<div class="thong-ke"><p>Đang truy cập: <strong>8</strong></p>'
        "<p>Lượt truy cập: <strong>406.512</strong></p></div>",
    )
    return news + poll + counter


def shell(
    *,
    title: str,
    current: str,
    plid: int,
    crumbs: list[tuple[str, str]],
    main: str,
    head: str = "",
    columns: bool = True,
) -> str:
    """A whole Liferay 6.1 page in the vendor theme."""
    if columns:
        layout = (
            '<div class="columns-3" id="main-content" role="main"><table class="portlet-layout">'
            '<tr><td class="aui-w25 portlet-column portlet-column-first" id="column-1">'
            '<div class="portlet-dropzone portlet-column-content portlet-column-content-first" '
            f'id="layout-column_column-1">{_left_column()}</div></td>'
            '<td class="aui-w50 portlet-column" id="column-2"><div class="portlet-dropzone '
            f'portlet-column-content" id="layout-column_column-2">{main}</div></td>'
            '<td class="aui-w25 portlet-column portlet-column-last" id="column-3">'
            '<div class="portlet-dropzone portlet-column-content portlet-column-content-last" '
            f'id="layout-column_column-3">{_right_column()}</div></td></tr></table></div>'
        )
    else:
        layout = f'<div class="columns-max" id="main-content" role="main">{main}</div>'
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{title}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
<link href="/html/portal/css.jsp?browserId=other&amp;themeId=tuyenquang_WAR_tuyenquangtheme&amp;languageId=vi_VN&amp;b=6120&amp;t=1366192800000" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" href="{THEME}/css/main.css?browserId=other&amp;themeId=tuyenquang_WAR_tuyenquangtheme&amp;languageId=vi_VN&amp;b=6120&amp;t=1366192800000" rel="stylesheet" type="text/css" />
<link href="{esc(RSS)}" rel="alternate" title="Tin mới nhất" type="application/rss+xml" />
{head}
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=tuyenquang_WAR_tuyenquangtheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6120&amp;t=1366192800000" type="text/javascript"></script>
<script type="text/javascript">var themeDisplay = {{getLayoutURL: function() {{ return '{current}'; }}, getPlid: function() {{ return '{plid}'; }}, getScopeGroupId: function() {{ return '{GROUP_ID}'; }}, getLanguageId: function() {{ return 'vi_VN'; }}}};</script>
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua đến Nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{HOME}" title="Đi đến {SITE}"><img alt="{SITE}" height="130" src="/image/company_logo?img_id=10603&amp;t=1366192800000" width="1000" /></a></h1></div>
<div class="top-bar"><span class="header-date">{HEADER_DATE}</span>
<span class="sign-in"><a href="/c/portal/login?p_l_id={plid}" id="sign-in" rel="nofollow">Đăng nhập</a></span></div>
{_nav(current)}
</header>
<div id="content">
{_breadcrumb(crumbs)}
{layout}
</div>
<footer id="footer" role="contentinfo">
<p class="powered-by">Bản quyền thuộc về {SITE}</p>
<p>Địa chỉ: Đường Chiến Thắng Sông Lô, phường Minh Xuân, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207.3822.148 - Fax: 0207.3822.149 - Email: truongchinhtri@tuyenquang.gov.vn</p>
<p>Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh Tuyên Quang</p>
<p class="footer-links"><a href="{ARCHIVE}">Tin lưu trữ</a> | <a href="/web/guest/gioi-thieu">Giới thiệu</a> | <a href="http://www.liferay.com" rel="external">Powered by Liferay</a></p>
</footer>
</div>
<script type="text/javascript">Liferay.Util.addInputFocus(); Liferay.Portlet.runtimePortletIds = ["86_INSTANCE_q2Zx"];</script>
</body>
</html>
"""


# --- pages ---------------------------------------------------------------------------------------

_CRUMB_HOME = ("Trang chủ", HOME)


def home_page(request: Request) -> str:
    current = request.target
    featured = [s for s in listed(TIN_TUC) if s.opts.get("featured")]
    lead, rest = featured[0], featured[1:]
    lead_html = (
        f'<div class="tin-noi-bat-lead"><a href="{id_url(TIN_TUC, lead)}">'
        f'<img alt="" src="{esc(small_image(lead) or "")}" width="300" /></a>'
        f'<h2><a href="{id_url(TIN_TUC, lead)}">{title_html(lead)}</a></h2>'
        f"<p>{esc(abstract(lead))}</p></div>"
    )
    rest_html = "".join(
        f'<li><a href="{id_url(TIN_TUC, s)}">{title_html(s)}</a> '
        f'<span class="ngay">({ddmmyyyy(s.published_at)})</span></li>'
        for s in rest
    )
    main = portlet(
        "tinnoibat_WAR_tuyenquangportlet",
        "Tin nổi bật",
        f'{lead_html}<ul class="tin-noi-bat-khac">{rest_html}</ul>',
    )
    for cat in (DAO_TAO, NCKH):
        items = []
        for s in listed(cat)[:3]:
            date = (
                f' <span class="ngay">({ddmmyyyy(s.published_at)})</span>' if cat.show_date else ""
            )
            items.append(
                f'<li><a href="{esc(linked(cat, s, current))}">{title_html(s)}</a>{date}</li>'
            )
        main += portlet(
            f"tinchuyenmuc_WAR_tuyenquangportlet_INSTANCE_h{cat.inst}",
            cat.name,
            f'<ul class="tin-chuyen-muc">{"".join(items)}</ul>'
            f'<p class="xem-tiep"><a href="{cat.layout}">Xem tiếp »</a></p>',
        )
    return shell(
        title=f"Trang chủ - {SITE}",
        current=HOME,
        plid=HOME_PLID,
        crumbs=[_CRUMB_HOME],
        main=main,
    )


def _pager(cat: Cat, delta: int, cur: int, total: int) -> str:
    pages = math.ceil(total / delta)
    ns = cat.ns

    def link(cls: str, label: str, page: int, enabled: bool) -> str:
        if not enabled:
            return f'<span class="{cls}">{label}</span>'
        return f'<a class="{cls}" href="{esc(pager_url(cat, delta, page))}">{label}</a>'

    first, last = (cur - 1) * delta + 1, min(cur * delta, total)
    options = "".join(
        f'<option{" selected" if n == cur else ""} value="{n}">{n}</option>'
        for n in range(1, pages + 1)
    )
    prefix = pager_url(cat, delta, cur).rsplit("=", 1)[0] + "="
    deltas = "".join(
        f'<li><a href="{esc(pager_url(cat, d, 1))}" class="taglib-icon">{d}</a></li>'
        for d in DELTAS
    )
    return (
        f'<div class="taglib-page-iterator" id="{ns}ocerSearchContainerPageIterator">'
        f'<div class="search-results">Hiển thị {first} - {last} của {total} kết quả.</div>'
        '<div class="search-pages">'
        f'<div class="delta-selector"><span class="lfr-icon-menu-text">Số mục mỗi trang {delta}'
        f'</span><ul class="lfr-menu-list">{deltas}</ul></div>'
        f'<div class="page-selector"><span class="page-info">Trang {cur} của {pages}</span> '
        f'<select class="pages" onchange="location.href = &#039;{esc(prefix)}&#039; + '
        f'this.value;">{options}</select></div>'
        '<div class="page-links">'
        + link("first", "Đầu", 1, cur > 1)
        + link("previous", "Trước", cur - 1, cur > 1)
        + link("next", "Tiếp", cur + 1, cur < pages)
        + link("last", "Cuối", pages, cur < pages)
        + "</div></div></div>"
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def category_page(request: Request, cat: Cat) -> str:
    current = request.target
    params = request.params
    delta = _int(params.get(cat.ns + "delta"), DELTA)
    if delta not in (DELTA, *DELTAS):
        delta = DELTA
    cur = max(1, _int(params.get(cat.ns + "cur"), 1))
    items = listed(cat)
    total = len(items)
    page_items = items[(cur - 1) * delta : cur * delta]
    parts = []
    for s in page_items:
        href = esc(linked(cat, s, current))
        thumb = small_image(s)
        thumb_html = (
            f'<div class="asset-small-image"><a href="{href}"><img alt="" '
            f'class="asset-small-image" src="{esc(thumb)}" width="150" /></a></div>'
            if thumb
            else ""
        )
        date = (
            '<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">'
            f"{ddmmyyyy(s.published_at)}</span></div>"
            if cat.show_date
            else ""
        )
        parts.append(
            '<div class="asset-abstract default-asset-publisher">'
            '<div class="lfr-meta-actions asset-actions"></div>'
            f'<h3 class="asset-title"><a href="{href}"><img alt="" '
            f'src="{THEME}/images/common/history.png" /> {title_html(s)}</a></h3>'
            f'<div class="asset-content"><div class="asset-summary">{thumb_html}'
            f"{esc(abstract(s))}</div>"
            f'<div class="asset-more"><a href="{href}">Xem tiếp <span '
            f'class="aui-helper-hidden-accessible">về {title_html(s)}</span> »</a></div></div>'
            f"{date}</div>"
        )
    if not page_items:
        body = '<div class="portlet-msg-info">Không tìm thấy kết quả nào.</div>'
    else:
        body = "".join(parts)
        if total > DELTA:
            body += _pager(cat, delta, cur, total)
    if cat is TIN_TUC:
        body += (
            f'<div class="subscribe-action"><a href="{esc(RSS)}"><img alt="RSS" '
            f'src="{THEME}/images/common/rss.png" /> Đăng ký RSS</a></div>'
        )
    main = portlet(cat.pid, cat.name, body, "portlet-asset-publisher")
    return shell(
        title=f"{cat.name} - {SITE}",
        current=cat.layout,
        plid=cat.plid,
        crumbs=[_CRUMB_HOME, (cat.name, cat.layout)],
        main=main,
    )


def _conversion_url(cat: Cat, story: Story, ext: str) -> str:
    ns = cat.ns
    return (
        f"{cat.layout}?p_p_id={cat.pid}&p_p_lifecycle=1&p_p_state=exclusive&p_p_mode=view"
        f"&p_p_col_id=column-2&p_p_col_count=1&{ns}struts_action=%2Fasset_publisher"
        f"%2Fexport_journal_article&{ns}groupId={GROUP_ID}&{ns}articleId={story.id}"
        f"&{ns}targetExtension={ext}"
    )


def print_url(cat: Cat, story: Story) -> str:
    return f"{content_url(cat, story)}?p_p_state=pop_up&{cat.ns}viewMode=print"


def _stars() -> str:
    off = '<img alt="" src="/html/themes/classic/images/ratings/star_off.png" />'
    return (
        '<div class="asset-ratings"><h4 class="ratings-title">Đánh giá</h4>'
        '<div class="taglib-ratings stars"><div class="liferay-rating-vote">'
        f'<div class="aui-rating-label-element">Đánh giá của bạn</div>{off * 5}</div>'
        '<div class="liferay-rating-score"><div class="aui-rating-label-element">'
        f"Trung bình (0 Phiếu bầu)</div>{off * 5}</div></div></div>"
    )


def _article_core(cat: Cat, story: Story, back: str | None) -> str:
    """Header, metadata and content: what the full page, the exclusive render share."""
    back_html = (
        f'<span class="header-back-to"><a href="{esc(back)}" id="{cat.ns}TabsBack">« Quay lại</a>'
        "</span>"
        if back
        else ""
    )
    date = (
        '<span class="metadata-entry metadata-publish-date">Ngày đăng: '
        f"{ddmmyyyy(story.published_at)}</span> "
        if cat.show_date
        else ""
    )
    tags = "".join(f'<span class="tag">{esc(t)}</span> ' for t in story.opts.get("tags", []))
    return (
        f'<div class="taglib-header ">{back_html}<h3 class="header-title"><span>'
        f"{title_html(story)}</span></h3></div>"
        f'<div class="asset-metadata">{date}<span class="metadata-entry metadata-view-count">'
        f"Lượt xem: {story.views()}</span> "
        '<span class="metadata-entry metadata-tags"><span class="taglib-asset-tags-summary">'
        f"Từ khóa: {tags}</span></span></div>"
        '<div class="asset-full-content default-asset-publisher show-asset-title">'
        f'<div class="asset-content" id="{cat.ns}{story.id}">'
        f'<div class="journal-content-article" id="article_{GROUP_ID}_{COMPANY_ID}_{story.id}_1.0">'
        f"\n{render_body(story)}\n</div></div></div>"
    )


def article_page(request: Request, cat: Cat, story: Story) -> Response:
    params = request.params
    state = params.get("p_p_state")
    if state == "pop_up":
        return html(print_page(cat, story))
    red = params.get("redirect") or None
    if state == "exclusive":
        return html(portlet(cat.pid, cat.name, _article_core(cat, story, red)))
    passon = red or cat.layout
    ns = cat.ns
    actions = (
        '<div class="asset-user-actions"><div class="print-action">'
        f'<a class="taglib-icon" href="javascript:{ns}printPage_0();"><img alt="" '
        f'src="{THEME}/images/common/print.png" /> <span class="taglib-text">In</span></a></div>'
        f'<script type="text/javascript">function {ns}printPage_0() {{ window.open('
        f"'{print_url(cat, story)}', '', \"directories=0,height=480,left=80,location=1,"
        f'menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640"); }}'
        "</script>"
    )
    if cat.conversions:
        actions += (
            '<div class="export-actions"><span>Tải về:</span> '
            + " ".join(
                f'<a href="{esc(_conversion_url(cat, story, ext))}"><img alt="" '
                f'src="/html/themes/classic/images/file_system/small/{ext}.png" /> {ext.upper()}</a>'
                for ext in ("pdf", "doc", "odt")
            )
            + "</div>"
        )
    actions += "</div>"
    comments = (
        '<div class="asset-discussion"><div class="taglib-discussion">'
        '<h4 class="discussion-title">Bình luận</h4>'
        '<div class="portlet-msg-info">Chưa có bình luận nào.</div>'
        f'<a href="/c/portal/login?p_l_id={cat.plid}" rel="nofollow">Hãy đăng nhập để bình '
        "luận</a></div></div>"
    )
    items = listed(cat)
    older = items[items.index(story) + 1 :][:5]
    related = ""
    if older:
        lis = "".join(
            f'<li><a href="{esc(linked(cat, s, passon))}">{title_html(s)}</a>'
            + (f' <span class="ngay">({ddmmyyyy(s.published_at)})</span>' if cat.show_date else "")
            + "</li>"
            for s in older
        )
        related = (
            f'<div class="cac-tin-da-dua"><h4 class="title">Các tin đã đưa</h4><ul>{lis}</ul></div>'
        )
    main = portlet(
        cat.pid,
        cat.name,
        _article_core(cat, story, passon) + actions + _stars() + comments + related,
        "portlet-asset-publisher",
    )
    head = []
    if story.opts.get("canonical"):
        head.append(f'<link href="{base_url(request)}{content_url(cat, story)}" rel="canonical" />')
    if story.opts.get("desc") and story.summary:
        head.append(f'<meta content="{esc(story.summary)}" lang="vi-VN" name="description" />')
    if story.opts.get("tags"):
        tags = ", ".join(story.opts["tags"])
        head.append(f'<meta content="{esc(tags)}" lang="vi-VN" name="keywords" />')
    page = shell(
        title=f"{title_html(story)} - {cat.name} - {SITE}",
        current=cat.layout,
        plid=cat.plid,
        crumbs=[_CRUMB_HOME, (cat.name, cat.layout)],
        main=main,
        head="\n".join(head),
    )
    return html(page)


def print_page(cat: Cat, story: Story) -> str:
    """The pop_up print view: the title and the text, nothing else."""
    return (
        '<!DOCTYPE html>\n<html class="aui ltr" dir="ltr" lang="vi-VN"><head>'
        f"<title>{title_html(story)} - {cat.name} - {SITE}</title>"
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type" /></head>'
        '<body class="portal-popup"><div class="portlet-body"><div class="taglib-header ">'
        f'<h3 class="header-title"><span>{title_html(story)}</span></h3></div>'
        '<div class="asset-full-content"><div class="journal-content-article">\n'
        f"{render_body(story)}\n</div></div></div>"
        '<script type="text/javascript">print();</script></body></html>'
    )


# --- Web Content Display pages ---------------------------------------------------------------------

_GIOI_THIEU = """<p style="text-align: justify;"><strong>Trường Chính trị tỉnh Tuyên Quang</strong> là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng lý luận chính trị; đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; nghiên cứu khoa học và tổng kết thực tiễn.</p>
<p style="text-align: justify;"><strong>Nhiệm vụ chủ yếu:</strong></p>
<ul>
<li>Đào tạo trung cấp lý luận chính trị - hành chính cho cán bộ, công chức, viên chức;</li>
<li>Bồi dưỡng cán bộ lãnh đạo, quản lý cấp phòng, cấp xã và tương đương;</li>
<li>Phối hợp với Học viện Chính trị quốc gia Hồ Chí Minh tổ chức các lớp cao cấp lý luận chính trị;</li>
<li>Nghiên cứu khoa học, tổng kết thực tiễn phục vụ giảng dạy và sự lãnh đạo của Tỉnh ủy.</li>
</ul>"""

_LICH_SU = """<p style="text-align: justify;">Tiền thân của Trường Chính trị tỉnh Tuyên Quang là Trường Đảng tỉnh Tuyên Quang, được thành lập năm 1949 tại chiến khu Việt Bắc.</p>
<p style="text-align: justify;">Năm 1976, khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang thành tỉnh Hà Tuyên, Trường được đổi tên thành Trường Đảng tỉnh Hà Tuyên. Năm 1991, tỉnh Hà Tuyên được chia tách, Trường mang tên Trường Đảng Nguyễn Ái Quốc tỉnh Tuyên Quang, đến năm 1995 đổi tên thành Trường Chính trị tỉnh Tuyên Quang.</p>
<p style="text-align: justify;">Năm 2025, thực hiện chủ trương sắp xếp đơn vị hành chính, Trường Chính trị tỉnh Hà Giang được hợp nhất vào Trường Chính trị tỉnh Tuyên Quang. Nhà trường được tặng Huân chương Lao động hạng Nhất, Huân chương Độc lập hạng Ba.</p>"""

_CO_CAU = """<p style="text-align: justify;"><strong>Ban Giám hiệu:</strong> Hiệu trưởng và 03 Phó Hiệu trưởng.</p>
<p style="text-align: justify;"><strong>Các khoa, phòng chuyên môn:</strong></p>
<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>
<tr><td><strong>STT</strong></td><td><strong>Đơn vị</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>1</td><td>Văn phòng</td><td>0207.3822.148</td></tr>
<tr><td>2</td><td>Phòng Quản lý đào tạo</td><td>0207.3822.151</td></tr>
<tr><td>3</td><td>Khoa Lý luận cơ sở</td><td>0207.3822.153</td></tr>
<tr><td>4</td><td>Khoa Xây dựng Đảng</td><td>0207.3822.155</td></tr>
<tr><td>5</td><td>Khoa Nhà nước và pháp luật</td><td>0207.3822.157</td></tr>
<tr><td>6</td><td>Khoa Dân vận</td><td>0207.3822.159</td></tr>
</tbody></table>"""

_LICH_CONG_TAC = """<p style="text-align: center;"><strong>LỊCH CÔNG TÁC TUẦN 48</strong><br /><em>(Từ ngày 23/11/2026 đến ngày 29/11/2026)</em></p>
<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>
<tr><td><strong>Thứ, ngày</strong></td><td><strong>Buổi</strong></td><td><strong>Nội dung công việc</strong></td><td><strong>Thành phần</strong></td><td><strong>Địa điểm</strong></td></tr>
<tr><td>Thứ Hai 23/11</td><td>Sáng</td><td>Giao ban Ban Giám hiệu</td><td>Ban Giám hiệu, trưởng các khoa, phòng</td><td>Phòng họp số 1</td></tr>
<tr><td>Thứ Ba 24/11</td><td>Cả ngày</td><td>Dự Hội nghị Ban Chấp hành Đảng bộ tỉnh</td><td>Đồng chí Hiệu trưởng</td><td>Hội trường Tỉnh ủy</td></tr>
<tr><td>Thứ Tư 25/11</td><td>Chiều</td><td>Kiểm tra công tác giảng dạy lớp TCLLCT - HC K.47</td><td>Phó Hiệu trưởng phụ trách đào tạo, Phòng Quản lý đào tạo</td><td>Giảng đường A</td></tr>
<tr><td>Thứ Sáu 27/11</td><td>Sáng</td><td>Họp Hội đồng khoa học Nhà trường</td><td>Thành viên Hội đồng</td><td>Phòng họp số 2</td></tr>
</tbody></table>"""

STATIC_PAGES = {
    "/web/guest/gioi-thieu": ("Giới thiệu", "gt1A", _GIOI_THIEU, 10455, []),
    "/web/guest/gioi-thieu/lich-su": (
        "Lịch sử",
        "ls2B",
        _LICH_SU,
        10467,
        [("Giới thiệu", "/web/guest/gioi-thieu")],
    ),
    "/web/guest/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "cc3C",
        _CO_CAU,
        10469,
        [("Giới thiệu", "/web/guest/gioi-thieu")],
    ),
    "/web/guest/lich-cong-tac": ("Lịch công tác", "lt4D", _LICH_CONG_TAC, 10475, []),
}

ALBUM = [
    ("IMG_1001.jpg", "1c2d3e4f-0a1b-4c5d-8e9f-a0b1c2d3e4f5"),
    ("IMG_1002.jpg", "2d3e4f5a-1b2c-4d6e-9f0a-b1c2d3e4f5a6"),
    ("IMG_1003.jpg", "3e4f5a6b-2c3d-4e7f-8a1b-c2d3e4f5a6b7"),
    ("IMG_1004.jpg", "4f5a6b7c-3d4e-4f8a-9b2c-d3e4f5a6b7c8"),
]


def static_page(request: Request, path: str) -> str:
    title, inst, content, plid, parents = STATIC_PAGES[path]
    pid = f"56_INSTANCE_{inst}"
    if request.params.get("p_p_state") == "pop_up":
        return (
            f"<!DOCTYPE html><html><head><title>{esc(title)} - {SITE}</title></head>"
            f'<body class="portal-popup"><div class="journal-content-article">{content}</div>'
            '<script type="text/javascript">print();</script></body></html>'
        )
    popup = (
        f"{path}?p_p_id={pid}&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view&_{pid}_viewMode=print"
    )
    body = (
        f'<div class="journal-content-article" id="article_{GROUP_ID}_{COMPANY_ID}_{plid + 7}_1.3">'
        f"\n{content}\n</div>"
        f'<div class="print-action"><a class="taglib-icon" href="javascript:_{pid}_printPage();">'
        f'<img alt="" src="{THEME}/images/common/print.png" /> In</a></div>'
        f"<script type=\"text/javascript\">function _{pid}_printPage() {{ window.open('{popup}', "
        "'', \"directories=0,height=480,left=80,location=1,menubar=1,resizable=1,"
        'scrollbars=yes,status=0,toolbar=0,top=180,width=640"); }</script>'
    )
    return shell(
        title=f"{esc(title)} - {SITE}",
        current=path,
        plid=plid,
        crumbs=[_CRUMB_HOME, *parents, (title, path)],
        main=portlet(pid, title, body, "portlet-journal-content"),
    )


def album_page(request: Request) -> str:
    path = "/web/guest/thu-vien-anh"
    thumbs = "".join(
        f'<div class="image-thumbnail"><a href="/documents/10180/21900/{name}/{uuid}" '
        f'title="{name}"><img alt="{name}" src="/documents/10180/21900/{name}/{uuid}'
        f'?imageThumbnail=1" /></a></div>'
        for name, uuid in ALBUM
    )
    body = (
        '<div class="lfr-asset-name"><h4>Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h4></div>'
        '<div class="lfr-asset-description">Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo '
        "Việt Nam 20/11/2026 (4 ảnh).</div>"
        f'<div class="taglib-search-iterator image-gallery">{thumbs}</div>'
        '<div class="lfr-asset-name"><h4>Lễ khai giảng năm học 2026 - 2027</h4></div>'
        '<div class="lfr-asset-description">Album chưa có ảnh công khai.</div>'
    )
    return shell(
        title=f"Thư viện ảnh - {SITE}",
        current=path,
        plid=10473,
        crumbs=[_CRUMB_HOME, ("Thư viện ảnh", path)],
        main=portlet("31", "Thư viện ảnh", body, "portlet-image-gallery-display"),
    )


def documents_page(request: Request) -> str:
    path = "/web/guest/van-ban"
    rows = "".join(
        f'<tr><td><a href="{doc}">{esc(title)}</a></td><td>{size}</td><td>{date}</td></tr>'
        for doc, title, size, date in DOCS
    )
    body = (
        '<table class="taglib-search-iterator"><thead><tr class="portlet-section-header results-header">'
        "<th>Tài liệu</th><th>Dung lượng</th><th>Ngày tải lên</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return shell(
        title=f"Văn bản - {SITE}",
        current=path,
        plid=10471,
        crumbs=[_CRUMB_HOME, ("Văn bản", path)],
        main=portlet("110_INSTANCE_Dl5fY", "Văn bản", body, "portlet-document-library-display"),
    )


LOGIN_FORM = (
    f"{HOME}?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view&saveLastPath=0"
    "&_58_struts_action=%2Flogin%2Flogin"
)


def login_page(request: Request) -> str:
    forgot = (
        f"{HOME}?p_p_id=58&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
        "&_58_struts_action=%2Flogin%2Fforgot_password"
    )
    action = (
        f"{HOME}?p_p_id=58&p_p_lifecycle=1&p_p_state=maximized&p_p_mode=view"
        "&saveLastPath=0&_58_struts_action=%2Flogin%2Flogin"
    )
    body = (
        f'<form action="{esc(action)}" class="aui-form" method="post" name="_58_fm">'
        '<input name="_58_redirect" type="hidden" value="" />'
        '<label for="_58_login">Địa chỉ email</label><input id="_58_login" name="_58_login" '
        'type="text" value="@tuyenquang.gov.vn" />'
        '<label for="_58_password">Mật khẩu</label><input id="_58_password" name="_58_password" '
        'type="password" />'
        '<input id="_58_rememberMe" name="_58_rememberMe" type="checkbox" /> Ghi nhớ đăng nhập'
        '<input type="submit" value="Đăng nhập" /></form>'
        f'<ul class="navigation"><li><a href="{esc(forgot)}">Quên mật khẩu?</a></li></ul>'
    )
    return shell(
        title=f"Đăng nhập - {SITE}",
        current=HOME,
        plid=HOME_PLID,
        crumbs=[_CRUMB_HOME],
        main=portlet("58", "Đăng nhập", body, "portlet-login"),
        columns=False,
    )


def latest_xml() -> Response:
    """``/c/journal/get_latest_articles``: Journal's result set of the newest articles."""
    rows = []
    for s in sorted(STORIES, key=display_date, reverse=True)[:10]:
        columns = {
            "groupId": str(GROUP_ID),
            "articleId": str(s.id),
            "version": "1.0",
            "title": s.title,
            "urlTitle": s.slug,
            "type": "general",
            "displayDate": f"{display_date(s)} 08:00:00.0",
        }
        cols = "".join(
            f"<column><column-name>{k}</column-name><column-value><![CDATA[{v}]]>"
            "</column-value></column>"
            for k, v in columns.items()
        )
        rows.append(f"<row>{cols}</row>")
    body = '<?xml version="1.0"?>\n\n<result-set>' + "".join(rows) + "</result-set>"
    return Response(200, body, {"Content-Type": "text/xml;charset=UTF-8"})


_MSWORD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def document(path: str) -> Response | None:
    """``/documents/<group>/<folder>/<title>/<uuid>``: the file, named by its title segment."""
    parts = path.split("/")
    if len(parts) != 6:
        return None
    title = parts[4].lower()
    name = parts[4].replace("+", " ")
    if title.endswith(".pdf"):
        ctype, data = "application/pdf", PDF
    elif title.endswith(".doc"):
        ctype, data = "application/msword", _MSWORD
    elif title.endswith((".jpg", ".jpeg")):
        return static_file(title)
    else:
        return None
    disposition = f'inline; filename="{name}"'
    return Response(200, data, {"Content-Type": ctype, "Content-Disposition": disposition})


def export(request: Request, cat: Cat) -> Response | None:
    """A conversion (``p_p_lifecycle=1&p_p_state=exclusive``): the article as a file."""
    params = request.params
    story = BY_ID.get(_int(params.get(cat.ns + "articleId"), 0))
    ext = params.get(cat.ns + "targetExtension", "")
    types = {
        "pdf": "application/pdf",
        "doc": "application/msword",
        "odt": "application/vnd.oasis.opendocument.text",
    }
    if story is None or story.cat != cat.key or ext not in types:
        return None
    data = PDF if ext == "pdf" else _MSWORD
    headers = {
        "Content-Type": types[ext],
        "Content-Disposition": f'attachment; filename="{story.slug}.{ext}"',
    }
    return Response(200, data, headers)


_CONTENT = re.compile(r"/web/guest/([a-z-]+)/-/asset_publisher/(\w+)/content/(id/)?([\w-]+)")


class LiferaySite:
    """The portal: Liferay's friendly URLs, layouts and portlet states."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path in ("/", "/web/guest", "/web/guest/"):
            return redirect(HOME)
        if path in ("/image/journal/article", "/image/company_logo"):
            return static_file("/x.jpg")
        if path.startswith(("/html/", THEME + "/")):
            return static_file(path)
        if path.startswith("/documents/"):
            return document(path)
        if path == "/c/portal/login":
            return redirect(LOGIN_FORM)
        if path == "/c/journal/get_latest_articles":
            return latest_xml()
        match = _CONTENT.fullmatch(path)
        if match:
            cat = CATS.get(match.group(1))
            if cat is None or cat.inst != match.group(2):
                return None
            key = match.group(4)
            story = BY_ID.get(_int(key, 0)) if match.group(3) else BY_SLUG.get((cat.key, key))
            if story is None or story.cat != cat.key:
                return None
            return article_page(request, cat, story)
        if path == HOME:
            if params.get("p_p_id") == "58":
                return html(login_page(request))
            return html(home_page(request))
        for cat in CATS.values():
            if path == cat.layout:
                if params.get("p_p_lifecycle") == "1" and params.get("p_p_state") == "exclusive":
                    return export(request, cat)
                return html(category_page(request, cat))
        if path in STATIC_PAGES:
            return html(static_page(request, path))
        if path == "/web/guest/thu-vien-anh":
            return html(album_page(request))
        if path == "/web/guest/van-ban":
            return html(documents_page(request))
        return None


def build_site() -> LiferaySite:
    return LiferaySite()


# --- gold --------------------------------------------------------------------------------------
# Each story's title, date, authors, photographers, source, summary and captions above are
# written by hand; the category is the breadcrumb's last item, written here by hand too.


def _gold(story: Story, category: str) -> dict:
    cat = CATS[story.cat]
    return gold_record(story, content_url(cat, story), category, alt_paths=_addresses(story))


GOLD = [
    _gold(N1, "Tin tức"),
    _gold(N2, "Tin tức"),
    _gold(N3, "Tin tức"),
    _gold(N4, "Tin tức"),
    _gold(N5, "Tin tức"),
    _gold(N6, "Tin tức"),
    _gold(N7, "Tin tức"),
    _gold(N8, "Tin tức"),
    _gold(N9, "Tin tức"),
    _gold(N10, "Tin tức"),
    _gold(N11, "Tin tức"),
    _gold(D1, "Đào tạo - Bồi dưỡng"),
    _gold(D2, "Đào tạo - Bồi dưỡng"),
    _gold(K1, "Nghiên cứu khoa học"),
]

NON_ARTICLES = [
    "/web/guest/gioi-thieu",
    "/web/guest/gioi-thieu/lich-su",
    "/web/guest/gioi-thieu/co-cau-to-chuc",
    "/web/guest/lich-cong-tac",
    "/web/guest/thu-vien-anh",
    "/web/guest/van-ban",
]
