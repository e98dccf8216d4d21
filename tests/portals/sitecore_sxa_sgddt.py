"""Fixture portal: Sở GD&ĐT tỉnh Quảng Ninh on Sitecore XP 10 with SXA, built by an integrator (2022).

Imitates a provincial Department of Education site that a systems integrator put on Sitecore
Experience Platform 10.2 with the Sitecore Experience Accelerator (SXA 10): every page is a
composition of SXA components (``div.component <name>`` > ``div.component-content``) in a
Bootstrap grid, the theme and its scripts come from the media library (``/-/media/themes/…``),
and every listing is an SXA *Search Results* component.

What it serves
- Language-embedded addresses: ``/vi`` (home; ``/`` is the same page), ``/vi/tin-tuc`` (all news),
  ``/vi/tin-tuc/<chuyên mục>`` (three categories), articles in item buckets
  ``/vi/tin-tuc/<chuyên mục>/<yyyy>/<mm>/<tên-bài>``. Sitecore resolves items however it is asked:
  every page answers the same under the address without the language prefix (``/tin-tuc/…``),
  with ``?sc_lang=vi``, with a trailing slash, in any letter case and with any unknown query
  parameter. ``/en`` has an English home and English versions of two static pages only; an
  English address of anything else is a 404 (the integrator enabled "enforce version presence").
- Listings: the server renders the first 6 results inside ``div.component.search-results``
  whose ``data-properties`` JSON holds the search endpoint, scope ``s``, context ``itemid``,
  signature ``sig``, variant ``v``, page size ``p`` and language ``l``. More results come only from
  ``/sxa/search/results/?s=…&itemid=…&sig=…&autoFireSearch=true&v=…&p=6&e=<offset>&l=vi``: JSON in
  SXA's shape (``TotalTime``, ``Count``, ``Results[]`` with ``Id``, ``Path``, ``Url``, ``Name``, and
  ``Html``: the rendering variant's markup, the only place the titles are). ``/vi/tin-tuc``
  (14 articles) has a *page selector* whose items are ``href="#e=6"`` hash links with
  ``data-itemnumber``/``data-offset``; ``/vi/tin-tuc/hoat-dong-nganh`` (8 articles) has a *Load
  more* component, an ``<input type="button" value="Xem thêm">`` with no address at all. The two
  oldest articles of "Hoạt động ngành" are linked by no HTML page and no feed: only the JSON
  (``e=6`` of that category, ``e=12`` of ``/vi/tin-tuc``) names them. An offset past ``Count``
  answers ``"Results":[]``; an unknown scope or item answers ``Count: 0``.
- No sitemap (the integrator switched SXA's sitemap off: ``/sitemap.xml`` goes the not-found way
  below). ``/vi/rss`` is an RSS 2.0 feed of the 8 newest articles whose links are built by
  Sitecore's feed link provider *without* the language prefix (``http://host/tin-tuc/…``).
- Article page: header of ``component plain-html`` blocks (today's date, hotline), logo, search
  box, language selector (its "Tiếng Việt" link is the page's own address + ``?sc_lang=vi``), the
  navigation component, the breadcrumb component (``ol.breadcrumb`` in ``div.component.breadcrumb``:
  Trang chủ › Tin tức › <chuyên mục> › <tiêu đề>), on two articles a ``hero-banner`` component
  whose cover is only a CSS ``background-image``, then ``div.component.page-content`` holding
  ``h1.field-title``, ``div.field-date`` ("14/11/2026 08:30"), on some an ``div.field-updated``
  "Cập nhật: …" stamp, ``div.field-summary`` (the bold lead, when the editor filled it) and
  ``div.field-content`` (RadEditor rich text: paragraphs, images with a ``p.caption`` line, an
  italic centred line, a "(…)" line, an "Ảnh: …" line or a two-row image table under them,
  tables, lists, right-aligned credit lines); then ``div.component.field-author`` "Tác giả: …", a
  ``rich-text nguon-tin`` "Nguồn: …" block on reposts, a ``file-list`` "Tệp đính kèm", a
  ``tag-list`` (hash links into the search page), the social-share component, "Tin liên quan"
  (a server-rendered search-results of 4 newest others of the category) and a sidebar "Tin mới
  nhất" (5 newest, dated), banners, the footer (address, hotline, licence, visitor counter, an
  "Đăng nhập quản trị" link). Images are media-library derivatives
  ``/-/media/sgddt/…jpg?h=…&w=…&la=vi&hash=…`` or the older ``…ashx?h=…&w=…`` form; listings show
  other derivatives (``h=180&w=270``) of the same media.
- Non-articles: ``/vi/gioi-thieu/chuc-nang-nhiem-vu``, ``…/co-cau-to-chuc``, ``…/lanh-dao-so``,
  ``/vi/lien-he`` (a Sitecore Forms form), ``/vi/van-ban`` (a document search page: a search-results
  of "Văn bản" items with a facet whose values are hash links) and its document pages
  ``/vi/van-ban/2026/so-215-kh-sgddt`` (register fields, "Trích yếu", a PDF from
  ``/-/media/sgddt/files/…pdf``), ``/vi/thu-vien-anh`` and two albums (SXA gallery: a title, a date
  and captioned photos, no text), ``/vi/tim-kiem``, the English pages.

Traps and hard cases
- Same article under several addresses (prefix-less, ``?sc_lang=vi``, both): no ``rel=canonical``
  (the integrator's metadata partial prints only Open Graph tags; ``og:url`` names the ``/vi/``
  address). These are the ``alt_paths`` of the gold.
- ``?sc_mode=preview`` (an editor pasted a preview link into an article): 302 to
  ``/sitecore/login?returnUrl=…``; ``/sitecore/login`` (footer link) 302s to the identity server's
  login form (200, noindex).
- A deleted article linked from a text: Sitecore's ``ItemNotFoundUrl`` answers 302 to
  ``/sitecore/service/notfound.aspx?item=…&user=extranet%5cAnonymous&site=sgddt``, which answers
  200 with the stock English "The requested document was not found" page (a soft 404). Bucket
  folders (``…/2026``, ``…/2026/11``) have no layout: 302 to ``/sitecore/service/nolayout.aspx``
  (200, stock page). Nothing links them.
- Hash links everywhere (``#e=6``, ``#tags=…``, ``#loaivanban=…``): the same page.
- The JSON endpoint past its ``Count`` answers an empty ``Results``; it never 404s.
- Text forms: UTF-8 throughout; one article (Bình Liêu) was pasted from a decomposed (NFD) source,
  one (trường học số) carries RadEditor's ``&nbsp;`` between words.

Gold (by hand). Articles are the news items under ``/vi/tin-tuc``; documents, albums, static
pages, listings, JSON answers, login and not-found pages are not. Judgement calls:
- published_at is ``div.field-date``; a printed ``00:00`` (the notice of 06/11) is a day; the
  "Cập nhật: …" stamp is never the date. Listings print the day only; the page's time wins.
- summary is ``div.field-summary`` (printed apart, bold) and is also the body's first paragraph.
  The Hòn Gai article has no summary field but opens with a paragraph set wholly in bold: it is
  the summary and the first paragraph. Articles with neither have ``summary`` None.
- authors come from the "Tác giả:" component, with degrees/titles ("ThS.") and the unit after a
  dash stripped; "Tác giả: Hoàng Yến, Thu Trang" is two authors; "Tác giả: Ban Biên tập" credits
  nobody; "Tác giả: Phòng Quản lý chất lượng" / "Văn phòng Sở" (offices, nothing else signs the
  text) are the author. Where the component is empty, the closing "Bài, ảnh: Lê Minh Tuấn" gives
  both an author and a photographer. "Ảnh: X" closing lines give photographers; "Ảnh: Nhà trường
  cung cấp" names no person and gives none. "Nguồn: …" is the source and keeps the author.
- captions: the line under a photo, without wrapping parentheses and without a leading "Ảnh:"
  label; a photo with no line has caption None. The listing thumbnails and the hero banner's
  CSS background are not article images.
- body: the article's own paragraphs in order; list items are paragraphs; a table's rows are
  paragraphs with cells joined by " | " (the header row too); captions, credit lines, the author
  component, the source line, attachments, tags and widgets are not body.
- category: the chuyên mục the breadcrumb names ("Hoạt động ngành", "Tin từ cơ sở", "Thông báo").
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
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

NAME = "sitecore_sxa_sgddt"
PLATFORM = "sitecore-sxa"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh"
SHORT = "Sở GD&ĐT Quảng Ninh"
ADDRESS = "Tầng 10, Trụ sở Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long, tỉnh Quảng Ninh"
HOTLINE = "0203.3835.618"
EMAIL = "vanphong.sgddt@quangninh.gov.vn"
TODAY_DATE = date(2026, 11, 25)
PAGE_SIZE = 6
RELATED = 4
LATEST = 5
FEED_SIZE = 8
THEME = "/-/media/themes/sgddt/sgddt-theme"
THEME_T = "t=20221105T083015Z"
SC_SITE = "sgddt"


def guid(seed: str) -> str:
    """A Sitecore item id ``{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}``, fixed per seed."""
    h = hashlib.md5(seed.encode()).hexdigest().upper()
    return f"{{{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}}}"


#: search scopes (items under /sitecore/content/SGDDT/SGDDT/Settings/Scopes) and variants
S_NEWS = guid("scope:tin-tuc")
S_RELATED = guid("scope:tin-cung-chuyen-muc")
S_DOCS = guid("scope:van-ban")
S_ALBUMS = guid("scope:thu-vien-anh")
S_SEARCH = guid("scope:toan-trang")
V_LIST = guid("variant:danh-sach-tin")
V_SHORT = guid("variant:tieu-de-ngay")
V_DOC = guid("variant:van-ban")
V_ALBUM = guid("variant:album")

#: categories: item name -> printed name
CATS: dict[str, str] = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "tin-tu-co-so": "Tin từ cơ sở",
    "thong-bao": "Thông báo",
}

ITEM_HOME = guid("/vi")
ITEM_NEWS = guid("/vi/tin-tuc")
ITEM_CAT = {c: guid(f"/vi/tin-tuc/{c}") for c in CATS}
ITEM_DOCS = guid("/vi/van-ban")
ITEM_ALBUMS = guid("/vi/thu-vien-anh")
ITEM_SEARCH = guid("/vi/tim-kiem")


def media(folder: str, name: str, w: int = 800, h: int = 533, ext: str = "jpg") -> str:
    """A media-library derivative as SXA renders it (``&`` raw; escaped when printed)."""
    digest = hashlib.sha1(f"{folder}/{name}{w}x{h}".encode()).hexdigest()[:32].upper()
    return f"/-/media/sgddt/{folder}/{name}.{ext}?h={h}&w={w}&la=vi&hash={digest}"


def _thumb(src: str) -> str:
    """The listing derivative of the same media item."""
    path = src.split("?", 1)[0]
    digest = hashlib.sha1(f"{path}270x180".encode()).hexdigest()[:32].upper()
    return f"{path}?h=180&w=270&la=vi&hash={digest}"


_DEFAULT_THUMB = "/-/media/sgddt/chung/anh-mac-dinh-tin-tuc.jpg?h=180&w=270&la=vi&hash=5C0D1E2F3A4B5C6D7E8F9A0B1C2D3E4F"
DELETED = "/vi/tin-tuc/hoat-dong-nganh/2025/06/tap-huan-phong-chong-duoi-nuoc-he-2025"

# --------------------------------------------------------------------------------- the stories
# Story.opts: when (datetime shown by div.field-date), updated (the "Cập nhật" stamp), author
# (the field-author text as printed, None: the component is empty), source_line ("Nguồn:" block),
# tags, hero (a CSS background cover), file (an attachment in the file-list component), nfd,
# nbsp (RadEditor &nbsp; between some words).
# P styles: "" | "bold" (a paragraph wholly in bold) | "li" | "ol" | "th"/"tr" (table rows, cells
# " | ") | "a|href|phrase" (a link inside the paragraph).
# Img styles: caption (p.caption line) | em (centred italic line) | paren (p.caption "(…)") |
# anh (italic "Ảnh: …" line) | table (RadEditor two-row image table) | none (no line).

_M11 = "tin-tuc/2026/11"
_M10 = "tin-tuc/2026/10"
_M09 = "tin-tuc/2026/09"

STORIES: list[Story] = [
    Story(
        id=1,
        slug="hoi-nghi-giao-ban-cong-tac-giao-duc-thang-11-nam-2026",
        title="Hội nghị giao ban công tác giáo dục tháng 11 năm 2026",
        cat="hoat-dong-nganh",
        published_at="2026-11-24T16:30:00+07:00",
        summary=(
            "Chiều 24/11, Sở GD&ĐT tổ chức hội nghị giao ban trực tuyến đánh giá kết quả công tác"
            " tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12 năm 2026 với 13 điểm cầu phòng"
            " GD&ĐT các địa phương."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo tại hội nghị, trong tháng 11, toàn ngành đã tổ chức trang trọng, thiết"
                " thực các hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; hoàn thành kiểm tra nội"
                " bộ tại 68 cơ sở giáo dục; 100% trường trung học đã cập nhật kế hoạch giáo dục nhà"
                " trường lên cơ sở dữ liệu ngành."
            ),
            Img(
                media(_M11, "giao-ban-thang-11-1"),
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu kết luận hội nghị",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu kết luận hội nghị",
                "caption",
            ),
            P(
                "Hội nghị cũng chỉ ra một số tồn tại: tiến độ xây dựng phòng học bộ môn ở một số"
                " trường THCS còn chậm; việc cập nhật hồ sơ điện tử của giáo viên chưa đồng đều giữa"
                " các địa phương."
            ),
            P("Tháng 12, ngành tập trung thực hiện các nhiệm vụ trọng tâm sau:"),
            P(
                "Tổ chức kiểm tra, đánh giá cuối học kỳ I nghiêm túc, đúng thực chất, theo đúng"
                " hướng dẫn của Bộ GD&ĐT.",
                "li",
            ),
            P("Hoàn thành thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT.", "li"),
            P(
                "Chủ động phương án phòng, chống rét cho học sinh mầm non, tiểu học ở các xã vùng"
                " cao Bình Liêu, Ba Chẽ, Tiên Yên.",
                "li",
            ),
            Img(
                media(_M11, "giao-ban-thang-11-2"),
                "Quang cảnh điểm cầu Sở GD&ĐT",
                "Quang cảnh điểm cầu Sở GD&ĐT",
                "caption",
            ),
            P(
                "Kết luận hội nghị, đồng chí Giám đốc Sở đề nghị các đơn vị khẩn trương khắc phục"
                " tồn tại, bảo đảm hoàn thành các chỉ tiêu của học kỳ I năm học 2026-2027."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Quang Minh</em></p>'),
        ],
        authors=["Thu Hằng"],
        photographers=["Quang Minh"],
        opts={
            "when": datetime(2026, 11, 24, 16, 30),
            "updated": datetime(2026, 11, 25, 9, 12),
            "author": "Thu Hằng",
            "tags": ["Giao ban", "Kế hoạch tháng"],
        },
    ),
    Story(
        id=2,
        slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-11-23T10:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 215/KH-SGDĐT ngày 12/11/2026 của Sở GD&ĐT, Sở thông báo lịch"
                " thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027 như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Giờ bắt đầu", "th"),
            P("08/12/2026 | Chiều | Họp Hội đồng thi, thí sinh làm thủ tục dự thi | 14 giờ 00", "tr"),
            P("09/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh, Lịch sử | 7 giờ 30", "tr"),
            P("10/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Địa lí, Tin học | 7 giờ 30", "tr"),
            P(
                "Địa điểm thi: Trường THPT chuyên Hạ Long, thành phố Hạ Long. Thí sinh có mặt tại"
                " địa điểm thi trước giờ thi 30 phút, mang theo thẻ căn cước hoặc thẻ học sinh có ảnh."
            ),
        ],
        authors=["Phòng Quản lý chất lượng"],
        opts={
            "when": datetime(2026, 11, 23, 10, 0),
            "author": "Phòng Quản lý chất lượng",
            "file": ("/-/media/sgddt/files/thong-bao/2026/lich-thi-hsg-lop-12-2026-2027.pdf",
                     "Lich-thi-HSG-lop-12-2026-2027.pdf", "212 KB"),
            "tags": ["Học sinh giỏi"],
        },
    ),
    Story(
        id=3,
        slug="truong-thpt-hon-gai-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường THPT Hòn Gai tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-tu-co-so",
        published_at="2026-11-20T15:45:00+07:00",
        summary=(
            "Sáng 19/11, Trường THPT Hòn Gai long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, cá nhân có thành tích"
            " xuất sắc."
        ),
        blocks=[
            P(
                "Sáng 19/11, Trường THPT Hòn Gai long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
                " Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, cá nhân có thành tích"
                " xuất sắc.",
                "bold",
            ),
            P(
                "Dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT, Thành ủy Hạ Long, các thế hệ thầy cô giáo"
                " nguyên là cán bộ, giáo viên nhà trường cùng đông đảo phụ huynh và học sinh."
            ),
            Img(
                media(_M11, "hon-gai-20-11-1"),
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A2",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A2",
                "em",
            ),
            P(
                "Năm học 2025-2026, nhà trường có 46 học sinh đạt giải học sinh giỏi cấp tỉnh, 2 học"
                " sinh đạt giải quốc gia; tỷ lệ tốt nghiệp THPT đạt 100%, điểm trung bình các môn thi"
                " xếp thứ 5 toàn tỉnh."
            ),
            Img(
                media(_M11, "hon-gai-20-11-2"),
                "Ảnh: Hiệu trưởng nhà trường trao giấy khen cho các giáo viên tiêu biểu",
                "Hiệu trưởng nhà trường trao giấy khen cho các giáo viên tiêu biểu",
                "anh",
            ),
            P(
                "Dịp này, Ban đại diện cha mẹ học sinh trao 20 suất học bổng “Vượt khó học giỏi”,"
                " mỗi suất trị giá 2 triệu đồng, cho học sinh có hoàn cảnh khó khăn."
            ),
        ],
        authors=["Đỗ Thanh Nga"],
        opts={
            "when": datetime(2026, 11, 20, 15, 45),
            "author": "Đỗ Thanh Nga - Trường THPT Hòn Gai",
            "tags": ["Ngày Nhà giáo Việt Nam"],
        },
    ),
    Story(
        id=4,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026-2027",
        cat="hoat-dong-nganh",
        published_at="2026-11-18T08:00:00+07:00",
        summary=(
            "Sáng 17/11, tại Trường THCS Lê Văn Tám (thành phố Hạ Long), Sở GD&ĐT khai mạc Hội thi"
            " giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026-2027 với 186 giáo viên tham dự."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi được tổ chức 2 năm một lần nhằm phát hiện, tôn vinh những giáo viên có năng"
                " lực chuyên môn vững vàng, tạo điều kiện để giáo viên học hỏi, chia sẻ kinh nghiệm"
                " đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
            Img(
                media(_M11, "gvdg-thcs-khai-mac-1"),
                "(Lãnh đạo Sở GD&ĐT đánh trống khai mạc Hội thi)",
                "Lãnh đạo Sở GD&ĐT đánh trống khai mạc Hội thi",
                "paren",
            ),
            P(
                "Các giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng"
                " giảng dạy và thực hành 2 tiết dạy, trong đó có 1 tiết dạy theo chủ đề tích hợp."
                " Hội thi diễn ra đến hết ngày 28/11/2026."
            ),
            Img(media(_M11, "gvdg-thcs-khai-mac-2"), None, None, "none"),
            P(
                "Phát biểu khai mạc, đại diện lãnh đạo Sở đề nghị Ban Giám khảo đánh giá khách quan,"
                " công bằng; các giáo viên dự thi phát huy tinh thần sáng tạo, thể hiện được bản lĩnh"
                " nghề nghiệp."
            ),
        ],
        authors=["Phạm Văn Dũng"],
        opts={
            "when": datetime(2026, 11, 18, 8, 0),
            "author": "ThS. Phạm Văn Dũng - Phòng GDTrH",
            "hero": "/-/media/sgddt/tin-tuc/2026/11/gvdg-thcs-banner.jpg",
            "tags": ["Giáo viên dạy giỏi", "THCS"],
        },
    ),
    Story(
        id=5,
        slug="quang-ninh-thi-diem-mo-hinh-truong-hoc-so-tai-30-co-so-giao-duc",
        title="Quảng Ninh thí điểm mô hình trường học số tại 30 cơ sở giáo dục",
        cat="hoat-dong-nganh",
        published_at="2026-11-14T08:30:00+07:00",
        summary=(
            "Từ tháng 11/2026, 30 trường mầm non, phổ thông trên địa bàn tỉnh bắt đầu thí điểm mô"
            " hình trường học số với học bạ số, sổ điểm điện tử và thanh toán không dùng tiền mặt."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo Kế hoạch chuyển đổi số ngành Giáo dục giai đoạn 2026-2030, các trường thí điểm"
                " được đầu tư hạ tầng mạng, phòng học thông minh và phần mềm quản trị nhà trường dùng"
                " chung, kết nối với cơ sở dữ liệu ngành."
            ),
            Img(
                media(_M11, "truong-hoc-so-1", ext="ashx"),
                "Giờ học với bảng tương tác tại Trường Tiểu học Kim Đồng",
                "Giờ học với bảng tương tác tại Trường Tiểu học Kim Đồng",
                "table",
            ),
            P(
                "Phụ huynh có thể theo dõi kết quả học tập, điểm danh, thực đơn bán trú của con qua"
                " ứng dụng trên điện thoại; nhà trường gửi thông báo, thu các khoản phí qua tài"
                " khoản ngân hàng, không thu tiền mặt."
            ),
            P(
                "Sau một học kỳ, Sở GD&ĐT sẽ đánh giá kết quả thí điểm làm cơ sở nhân rộng mô hình ra"
                " toàn tỉnh từ năm học 2027-2028."
            ),
            Img(
                media(_M11, "truong-hoc-so-2", ext="ashx"),
                "Cán bộ phòng Tin học hướng dẫn giáo viên sử dụng sổ điểm điện tử",
                "Cán bộ phòng Tin học hướng dẫn giáo viên sử dụng sổ điểm điện tử",
                "table",
            ),
        ],
        authors=["Hoàng Yến", "Thu Trang"],
        opts={
            "when": datetime(2026, 11, 14, 8, 30),
            "author": "Hoàng Yến, Thu Trang",
            "nbsp": True,
            "tags": ["Chuyển đổi số", "Trường học số"],
        },
    ),
    Story(
        id=6,
        slug="truong-tieu-hoc-cao-thang-dua-tieng-anh-vao-hoat-dong-trai-nghiem",
        title="Trường Tiểu học Cao Thắng đưa tiếng Anh vào hoạt động trải nghiệm",
        cat="tin-tu-co-so",
        published_at="2026-11-11T14:20:00+07:00",
        summary=(
            "Không chỉ học trên lớp, học sinh Trường Tiểu học Cao Thắng (thành phố Hạ Long) được"
            " thực hành tiếng Anh qua các buổi trải nghiệm ở chợ, bảo tàng và bến tàu du lịch."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi tháng, mỗi khối lớp có một buổi trải nghiệm ngoài nhà trường. Trước buổi học,"
                " giáo viên giao nhiệm vụ: hỏi đường, mua hàng, giới thiệu về Vịnh Hạ Long bằng"
                " tiếng Anh với du khách."
            ),
            Img(
                media(_M11, "cao-thang-tieng-anh-1"),
                "Học sinh lớp 5 giới thiệu về Vịnh Hạ Long với du khách nước ngoài",
                "Học sinh lớp 5 giới thiệu về Vịnh Hạ Long với du khách nước ngoài",
                "caption",
            ),
            P(
                "Cô Nguyễn Thu Hà, Hiệu trưởng nhà trường, cho biết sau một năm triển khai, học sinh"
                " mạnh dạn hơn hẳn khi giao tiếp, nhiều em đã tự tin tham gia các cuộc thi hùng biện"
                " tiếng Anh cấp thành phố."
            ),
        ],
        authors=["Minh Hà"],
        source="Báo Quảng Ninh",
        opts={
            "when": datetime(2026, 11, 11, 14, 20),
            "author": "Minh Hà",
            "source_line": "Nguồn: Báo Quảng Ninh",
            "tags": ["Tiếng Anh", "Trải nghiệm"],
        },
    ),
    Story(
        id=7,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        cat="thong-bao",
        published_at="2026-11-06",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo tuyển dụng 42 chỉ tiêu viên chức giáo viên cho các"
                " trường THPT, trung tâm GDNN-GDTX trực thuộc Sở năm 2026 (đợt 2)."
            ),
            P("Người đăng ký dự tuyển phải đáp ứng các điều kiện sau:"),
            P("Có quốc tịch Việt Nam, cư trú tại Việt Nam, từ đủ 18 tuổi trở lên.", "ol"),
            P("Có bằng tốt nghiệp đại học sư phạm phù hợp với vị trí dự tuyển.", "ol"),
            P("Có đủ sức khỏe để thực hiện công việc hoặc nhiệm vụ.", "ol"),
            P(
                "Hồ sơ nộp trực tiếp tại Văn phòng Sở GD&ĐT từ ngày 09/11/2026 đến hết ngày"
                " 08/12/2026 (trong giờ hành chính)."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 6, 0, 0),
            "author": "Ban Biên tập",
            "file": ("/-/media/sgddt/files/thong-bao/2026/tb-tuyen-dung-vien-chuc-dot-2.pdf",
                     "TB-tuyen-dung-vien-chuc-dot-2-2026.pdf", "348 KB"),
            "tags": ["Tuyển dụng"],
        },
    ),
    Story(
        id=8,
        slug="kiem-tra-cong-tac-chuan-bi-dieu-kien-ban-tru-tai-huyen-binh-lieu",
        title="Kiểm tra công tác chuẩn bị điều kiện bán trú tại huyện Bình Liêu",
        cat="hoat-dong-nganh",
        published_at="2026-11-02T09:15:00+07:00",
        blocks=[
            P(
                "Từ ngày 30/10 đến 01/11, đoàn công tác của Sở GD&ĐT đã kiểm tra công tác chuẩn bị"
                " điều kiện tổ chức bán trú tại 7 trường phổ thông dân tộc bán trú huyện Bình Liêu."
            ),
            Img(
                media(_M11, "ban-tru-binh-lieu-1"),
                "Đoàn kiểm tra bếp ăn bán trú Trường PTDTBT THCS Húc Động",
                "Đoàn kiểm tra bếp ăn bán trú Trường PTDTBT THCS Húc Động",
                "em",
            ),
            P(
                "Qua kiểm tra, các trường đã bố trí đủ phòng ở, chăn màn, áo ấm cho học sinh; bếp ăn"
                " bảo đảm quy trình một chiều, có hợp đồng cung cấp thực phẩm rõ nguồn gốc."
            ),
            Img(media(_M11, "ban-tru-binh-lieu-2"), None, None, "none"),
            P(
                "Đoàn đề nghị các trường tiếp tục cải tạo khu vệ sinh, bổ sung nước nóng cho học sinh"
                " trong mùa đông và tăng cường hoạt động ngoài giờ lên lớp vào buổi tối."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lê Minh Tuấn</strong></p>'),
        ],
        authors=["Lê Minh Tuấn"],
        photographers=["Lê Minh Tuấn"],
        opts={
            "when": datetime(2026, 11, 2, 9, 15),
            "author": None,
            "nfd": True,
            "tags": ["Bán trú", "Bình Liêu"],
        },
    ),
    Story(
        id=9,
        slug="tap-huan-giao-duc-ky-nang-phong-chong-duoi-nuoc-cho-hoc-sinh",
        title="Tập huấn giáo dục kỹ năng phòng, chống đuối nước cho học sinh",
        cat="hoat-dong-nganh",
        published_at="2026-10-28T15:00:00+07:00",
        summary=(
            "Ngày 27/10, Sở GD&ĐT phối hợp với Hội Chữ thập đỏ tỉnh tập huấn kỹ năng phòng, chống"
            " đuối nước và sơ cứu ban đầu cho 150 giáo viên thể dục, tổng phụ trách Đội."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên được hướng dẫn nhận biết nguy cơ đuối nước, kỹ năng cứu người đuối nước an"
                " toàn và thực hành hồi sức tim phổi trên mô hình.",
            ),
            Img(
                media(_M10, "tap-huan-duoi-nuoc-1"),
                "Giáo viên thực hành hồi sức tim phổi trên mô hình",
                "Giáo viên thực hành hồi sức tim phổi trên mô hình",
                "caption",
            ),
            P(
                "Đây là năm thứ hai ngành tổ chức tập huấn này, tiếp nối đợt tập huấn hè năm 2025."
                " Các giáo viên sau tập huấn sẽ hướng dẫn lại cho học sinh tại trường.",
                f"a|{DELETED}|đợt tập huấn hè năm 2025",
            ),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={
            "when": datetime(2026, 10, 28, 15, 0),
            "author": "Nguyễn Thị Lan",
            "tags": ["Phòng, chống đuối nước"],
        },
    ),
    Story(
        id=10,
        slug="truong-thcs-trong-diem-dat-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        title="Trường THCS Trọng Điểm đạt giải Nhất Cuộc thi khoa học kỹ thuật cấp tỉnh",
        cat="tin-tu-co-so",
        published_at="2026-10-22T10:40:00+07:00",
        blocks=[
            P(
                "Dự án “Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm” của hai học sinh lớp 9A1"
                " Trường THCS Trọng Điểm đã đạt giải Nhất Cuộc thi khoa học kỹ thuật dành cho học sinh"
                " trung học cấp tỉnh năm học 2026-2027."
            ),
            Img(
                media(_M10, "trong-diem-khkt-1"),
                "Hai học sinh giới thiệu dự án với Ban Giám khảo",
                "Hai học sinh giới thiệu dự án với Ban Giám khảo",
                "caption",
            ),
            P(
                "Dự án được thực hiện trong 4 tháng, có chi phí dưới 2 triệu đồng, có thể lắp đặt tại"
                " các khu dân cư ven đồi. Nhà trường đang phối hợp với các nhà khoa học hoàn thiện dự"
                " án theo mô hình trường học số mà tỉnh đang thí điểm.",
                "a|/tin-tuc/hoat-dong-nganh/2026/11/"
                "quang-ninh-thi-diem-mo-hinh-truong-hoc-so-tai-30-co-so-giao-duc|mô hình trường học số",
            ),
            P(
                "Trước đó, Sở GD&ĐT đã tổ chức khai mạc Hội thi giáo viên dạy giỏi bậc THCS tại"
                " trường bạn, nơi nhiều giáo viên của trường tham gia.",
                "a|/vi/tin-tuc/hoat-dong-nganh/2026/11/"
                "khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027"
                f"?sc_mode=preview&sc_itemid={quote(guid('story:4'))}&sc_lang=vi&sc_site={SC_SITE}"
                "|khai mạc Hội thi giáo viên dạy giỏi bậc THCS",
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Nhà trường cung cấp</em></p>'),
        ],
        authors=["Phạm Hồng Nhung"],
        opts={
            "when": datetime(2026, 10, 22, 10, 40),
            "author": "Phạm Hồng Nhung",
            "tags": ["Khoa học kỹ thuật"],
        },
    ),
    Story(
        id=11,
        slug="thong-bao-to-chuc-cuoc-thi-dai-su-van-hoa-doc-nam-2026",
        title="Thông báo tổ chức Cuộc thi “Đại sứ văn hóa đọc” năm 2026",
        cat="thong-bao",
        published_at="2026-10-16T16:00:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT thông báo tổ chức Cuộc thi “Đại sứ văn hóa đọc” năm 2026 dành cho học sinh"
                " tiểu học, THCS, THPT trên địa bàn tỉnh."
            ),
            P(
                "Thí sinh viết bài giới thiệu một cuốn sách đã đọc (không quá 1.500 chữ) hoặc quay"
                " video giới thiệu sách (không quá 3 phút). Bài dự thi gửi về Phòng GD&ĐT các địa"
                " phương trước ngày 30/11/2026."
            ),
            P(
                "Ban Tổ chức sẽ trao 1 giải Đặc biệt, 6 giải Nhất, 12 giải Nhì, 18 giải Ba và các giải"
                " Khuyến khích cho mỗi cấp học."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": datetime(2026, 10, 16, 16, 0),
            "updated": datetime(2026, 11, 2, 8, 0),
            "author": "Văn phòng Sở",
            "tags": ["Văn hóa đọc"],
        },
    ),
    Story(
        id=12,
        slug="tong-ket-nam-hoc-2025-2026-trien-khai-nhiem-vu-nam-hoc-moi-khoi-trung-hoc",
        title="Tổng kết năm học 2025-2026, triển khai nhiệm vụ năm học mới khối trung học",
        cat="hoat-dong-nganh",
        published_at="2026-10-09T08:45:00+07:00",
        summary=(
            "Ngày 08/10, Sở GD&ĐT tổ chức hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm"
            " vụ năm học 2026-2027 đối với giáo dục trung học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025-2026, giáo dục trung học của tỉnh có 96 học sinh đạt giải học sinh giỏi"
                " quốc gia, đứng thứ 7 cả nước; điểm trung bình thi tốt nghiệp THPT xếp thứ 12 toàn"
                " quốc, tăng 3 bậc so với năm trước."
            ),
            Img(
                media(_M10, "tong-ket-trung-hoc-1"),
                "Các đại biểu dự hội nghị",
                "Các đại biểu dự hội nghị",
                "em",
            ),
            P(
                "Năm học mới, ngành tập trung nâng cao chất lượng giáo dục mũi nhọn, tăng cường dạy"
                " học tiếng Anh, giáo dục STEM và giáo dục hướng nghiệp, phân luồng học sinh sau THCS."
            ),
            Img(
                media(_M10, "tong-ket-trung-hoc-2"),
                "Khen thưởng các đơn vị có thành tích xuất sắc trong năm học 2025-2026",
                "Khen thưởng các đơn vị có thành tích xuất sắc trong năm học 2025-2026",
                "em",
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Đức Thắng</em></p>'),
        ],
        authors=["Quang Huy"],
        photographers=["Đức Thắng"],
        opts={
            "when": datetime(2026, 10, 9, 8, 45),
            "author": "Quang Huy",
            "hero": "/-/media/sgddt/tin-tuc/2026/10/tong-ket-trung-hoc-banner.jpg",
            "tags": ["Tổng kết năm học"],
        },
    ),
    Story(
        id=13,
        slug="nganh-giao-duc-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Ngành Giáo dục hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="hoat-dong-nganh",
        published_at="2026-09-29T14:00:00+07:00",
        summary=(
            "Hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Chuyển đổi số trong học tập"
            " suốt đời”, các trung tâm học tập cộng đồng trong tỉnh đã mở 420 lớp chuyên đề."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các lớp tập trung vào kỹ năng số cơ bản cho người dân: sử dụng điện thoại thông minh,"
                " dịch vụ công trực tuyến, thanh toán điện tử và phòng tránh lừa đảo trên mạng."
            ),
            Img(media(_M09, "tuan-le-hoc-tap-1"), None, None, "none"),
            P(
                "Thư viện các trường học mở cửa cả ngày thứ Bảy, tổ chức ngày hội đọc sách, trao đổi"
                " sách cũ cho học sinh và phụ huynh."
            ),
            Img(
                media(_M09, "tuan-le-hoc-tap-2"),
                "Lớp hướng dẫn sử dụng dịch vụ công trực tuyến tại xã Quảng La",
                "Lớp hướng dẫn sử dụng dịch vụ công trực tuyến tại xã Quảng La",
                "em",
            ),
        ],
        authors=["Bảo Ngọc"],
        opts={
            "when": datetime(2026, 9, 29, 14, 0),
            "author": "Bảo Ngọc",
            "tags": ["Học tập suốt đời"],
        },
    ),
    Story(
        id=14,
        slug="ky-ket-chuong-trinh-phoi-hop-voi-tinh-doan-giai-doan-2026-2030",
        title="Ký kết chương trình phối hợp với Tỉnh đoàn giai đoạn 2026-2030",
        cat="hoat-dong-nganh",
        published_at="2026-09-15T09:00:00+07:00",
        blocks=[
            P(
                "Sáng 14/9, Sở GD&ĐT và Tỉnh đoàn Quảng Ninh ký kết chương trình phối hợp giáo dục"
                " chính trị, tư tưởng, đạo đức, lối sống cho học sinh giai đoạn 2026-2030."
            ),
            Img(
                media(_M09, "ky-ket-tinh-doan-1"),
                "(Lãnh đạo hai đơn vị ký kết chương trình phối hợp)",
                "Lãnh đạo hai đơn vị ký kết chương trình phối hợp",
                "paren",
            ),
            P(
                "Theo chương trình, hai bên phối hợp tổ chức các hoạt động tình nguyện, giáo dục kỹ"
                " năng sống, phòng chống bạo lực học đường và xây dựng môi trường mạng lành mạnh cho"
                " học sinh."
            ),
        ],
        authors=["Thanh Tùng"],
        source="Cổng Thông tin điện tử tỉnh Quảng Ninh",
        opts={
            "when": datetime(2026, 9, 15, 9, 0),
            "author": "Thanh Tùng",
            "source_line": "Nguồn: Cổng Thông tin điện tử tỉnh Quảng Ninh",
            "tags": ["Đoàn Thanh niên"],
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}


def article_path(s: Story) -> str:
    w: datetime = s.opts["when"]
    return f"/vi/tin-tuc/{s.cat}/{w:%Y}/{w:%m}/{s.slug}"


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: s.opts["when"], reverse=True)


def related(s: Story) -> list[Story]:
    return [o for o in newest(s.cat) if o.id != s.id][:RELATED]


def _unprefixed(path: str) -> str:
    return path[3:]


# --------------------------------------------------------------------------------- other items


class Doc:
    def __init__(self, slug: str, number: str, kind: str, issued: str, abstract: str, signer: str,
                 file: str, size: str) -> None:  # fmt: skip
        self.slug, self.number, self.kind, self.issued = slug, number, kind, issued
        self.abstract, self.signer, self.file, self.size = abstract, signer, file, size

    @property
    def path(self) -> str:
        return f"/vi/van-ban/2026/{self.slug}"


DOCS: list[Doc] = [
    Doc("so-215-kh-sgddt", "215/KH-SGDĐT", "Kế hoạch", "12/11/2026",
        "Kế hoạch tổ chức thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        "Phó Giám đốc Vũ Thị Hải Yến", "/-/media/sgddt/files/van-ban/2026/215-kh-sgddt.pdf", "486 KB"),
    Doc("so-3120-sgddt-gdtrh", "3120/SGDĐT-GDTrH", "Công văn", "05/11/2026",
        "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 cấp trung học",
        "Phó Giám đốc Trần Đức Hưng", "/-/media/sgddt/files/van-ban/2026/3120-sgddt-gdtrh.pdf", "301 KB"),
    Doc("so-198-qd-sgddt", "198/QĐ-SGDĐT", "Quyết định", "20/10/2026",
        "Ban hành Kế hoạch chuyển đổi số ngành Giáo dục giai đoạn 2026-2030",
        "Giám đốc Nguyễn Văn Thành", "/-/media/sgddt/files/van-ban/2026/198-qd-sgddt.pdf", "1,2 MB"),
    Doc("so-2875-sgddt-vp", "2875/SGDĐT-VP", "Công văn", "22/09/2026",
        "Về việc hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "Chánh Văn phòng Lê Thị Thu", "/-/media/sgddt/files/van-ban/2026/2875-sgddt-vp.pdf", "214 KB"),
]  # fmt: skip
_DOCS = {d.path: d for d in DOCS}

ALBUMS: dict[str, tuple[str, str, list[tuple[str, str | None]]]] = {
    "/vi/thu-vien-anh/2026/le-ky-niem-ngay-nha-giao-viet-nam-20-11": (
        "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
        "21/11/2026",
        [
            ("le-20-11-1", "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo"),
            ("le-20-11-2", "Tiết mục văn nghệ của giáo viên thành phố Hạ Long"),
            ("le-20-11-3", None),
        ],
    ),
    "/vi/thu-vien-anh/2026/hoi-khoe-phu-dong-tinh-lan-thu-xii": (
        "Hội khỏe Phù Đổng tỉnh lần thứ XII",
        "05/10/2026",
        [
            ("hkpd-1", "Lễ diễu hành của các đoàn vận động viên"),
            ("hkpd-2", "Nội dung chạy 100 m nữ THPT"),
        ],
    ),
}

STATIC: dict[str, tuple[str, list[str]]] = {
    "/vi/gioi-thieu/chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Quảng Ninh, tham"
            " mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào"
            " tạo trên địa bàn tỉnh.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ"
            " chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng"
            " dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        ],
    ),
    "/vi/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở gồm Giám đốc và không quá 03 Phó Giám đốc.",
            "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài"
            " chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý chất"
            " lượng.",
        ],
    ),
    "/vi/gioi-thieu/lanh-dao-so": (
        "Lãnh đạo Sở",
        [
            "Giám đốc: Nguyễn Văn Thành. Điện thoại: 0203.3835.001.",
            "Phó Giám đốc: Vũ Thị Hải Yến. Điện thoại: 0203.3835.002.",
            "Phó Giám đốc: Trần Đức Hưng. Điện thoại: 0203.3835.003.",
        ],
    ),
}
EN_PAGES: dict[str, tuple[str, list[str]]] = {
    "/en/gioi-thieu/chuc-nang-nhiem-vu": (
        "Functions and duties",
        [
            "The Department of Education and Training is a specialised agency of the Quang Ninh"
            " Provincial People's Committee, advising it on the state management of education.",
        ],
    ),
    "/en/lien-he": ("Contact us", [f"Address: 10th floor, Joint Office Building No. 3, Ha Long City. Tel: {HOTLINE}."]),
}

NOTFOUND = "/sitecore/service/notfound.aspx"
NOLAYOUT = "/sitecore/service/nolayout.aspx"


def notfound_target(path: str) -> str:
    return f"{NOTFOUND}?item={quote(path.lower(), safe='')}&user=extranet%5cAnonymous&site={SC_SITE}"


def _search_url(s: str, itemid: str, sig: str, v: str, e: int, p: int = PAGE_SIZE) -> str:
    return (
        f"/sxa/search/results/?s={s}&itemid={itemid}&sig={sig}&autoFireSearch=true"
        f"&v={v}&p={p}&e={e}&l=vi"
    )


def _pages(n: int) -> int:
    return max(1, -(-n // PAGE_SIZE))


# ------------------------------------------------------------------------------------ the gold

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat],
        alt_paths=(
            _unprefixed(article_path(s)),
            article_path(s) + "?sc_lang=vi",
            _unprefixed(article_path(s)) + "?sc_lang=vi",
        ),
    )
    for s in newest()
]

#: the JSON answers a browser asks for when "Xem thêm" / the page selector is used
JSON_PAGES: list[str] = [
    *(_search_url(S_NEWS, ITEM_NEWS, "tin-tuc", V_LIST, e) for e in range(PAGE_SIZE, len(STORIES), PAGE_SIZE)),
    *(
        _search_url(S_NEWS, ITEM_CAT[c], "tin-tuc", V_LIST, e)
        for c in CATS
        for e in range(PAGE_SIZE, len(newest(c)), PAGE_SIZE)
    ),
]

NON_ARTICLES: list[str] = [
    "/",
    "/vi",
    "/vi/tin-tuc",
    *(f"/vi/tin-tuc/{c}" for c in CATS),
    *JSON_PAGES,
    *STATIC,
    "/vi/lien-he",
    "/vi/van-ban",
    *(d.path for d in DOCS),
    "/vi/thu-vien-anh",
    *ALBUMS,
    "/vi/tim-kiem",
    "/en",
    *EN_PAGES,
    notfound_target(DELETED),
]

# ------------------------------------------------------------------------------------ rendering


def _t(value: str, s: Story | None = None) -> str:
    out = text(value, nfd=bool(s and s.opts.get("nfd")))
    if s is not None and s.opts.get("nbsp"):
        # RadEditor keeps the non-breaking spaces typed before short words
        out = re.sub(r" (và|các|với|của|trên|theo) ", r"&nbsp;\1 ", out)
    return out


def _dmy(d: datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _img(src: str, alt: str = "", w: int = 800, h: int = 533) -> str:
    return f'<img src="{esc(src)}" alt="{esc(alt)}" style="width: {w}px; height: {h}px;" />'


def _rich_text(s: Story) -> str:
    out: list[str] = []
    items: list[str] = []
    rows: list[P] = []
    list_tag = "ul"

    def flush() -> None:
        nonlocal items, rows
        if items:
            out.append(f"<{list_tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{list_tag}>")
            items = []
        if rows:
            trs = []
            for r in rows:
                cell = "td"
                cells = r.text.split(" | ")
                inner = "".join(
                    f"<{cell}><strong>{_t(c, s)}</strong></{cell}>" if r.style == "th"
                    else f"<{cell}>{_t(c, s)}</{cell}>"
                    for c in cells
                )  # fmt: skip
                trs.append(f"<tr>{inner}</tr>")
            out.append(
                '<table border="1" cellspacing="0" cellpadding="4" style="width: 100%; border-collapse: collapse;">'
                f"<tbody>{''.join(trs)}</tbody></table>"
            )
            rows = []

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            if items:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and b.style in ("li", "ol"):
            if rows:
                flush()
            list_tag = "ol" if b.style == "ol" else "ul"
            items.append(_t(b.text, s))
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align: justify;">{_t(before, s)}<a href="{esc(href)}">'
                    f"{_t(phrase, s)}</a>{_t(after, s)}</p>"
                )
            elif b.style == "bold":
                out.append(f'<p style="text-align: justify;"><strong>{_t(b.text, s)}</strong></p>')
            else:
                out.append(f'<p style="text-align: justify;">{_t(b.text, s)}</p>')
        elif isinstance(b, Img):
            line = _t(b.printed or "", s)
            if b.style in ("caption", "paren"):
                out.append(f'<p style="text-align: center;">{_img(b.src)}</p>')
                out.append(f'<p class="caption" style="text-align: center;">{line}</p>')
            elif b.style in ("em", "anh"):
                out.append(f'<p style="text-align: center;">{_img(b.src)}<br />\n<em>{line}</em></p>')
            elif b.style == "table":
                out.append(
                    '<table class="anh-chu-thich" align="center" border="0" cellpadding="2" cellspacing="0"'
                    ' style="width: 700px;"><tbody>'
                    f"<tr><td>{_img(b.src, w=700, h=466)}</td></tr>"
                    f'<tr><td style="text-align: center;"><span style="font-size: 13px;"><em>{line}</em></span></td></tr>'
                    "</tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img(b.src)}</p>')
    flush()
    return "\n".join(out)


def _component(name: str, inner: str, extra: str = "", props: dict | None = None) -> str:
    data = f" data-properties='{json.dumps(props, ensure_ascii=False, separators=(',', ':'))}'" if props else ""
    cls = f"component {name}" + (f" {extra}" if extra else "")
    return f'<div class="{cls}"{data}>\n<div class="component-content">\n{inner}\n</div>\n</div>\n'


def _nav(active: str = "") -> str:
    entries = [
        ("Trang chủ", "/vi", []),
        ("Giới thiệu", "/vi/gioi-thieu/chuc-nang-nhiem-vu", [(v[0], k) for k, v in STATIC.items()]),
        ("Tin tức", "/vi/tin-tuc", [(v, f"/vi/tin-tuc/{k}") for k, v in CATS.items()]),
        ("Văn bản", "/vi/van-ban", []),
        ("Thư viện ảnh", "/vi/thu-vien-anh", []),
        ("Liên hệ", "/vi/lien-he", []),
    ]
    lis = []
    for i, (label, href, kids) in enumerate(entries):
        odd = "odd" if i % 2 == 0 else "even"
        pos = " first" if i == 0 else (" last" if i == len(entries) - 1 else "")
        act = " active" if href == active else ""
        sub = ""
        if kids:
            sub = '<ul class="clearfix">' + "".join(
                f'<li class=" level2 item{j} {"odd" if j % 2 == 0 else "even"} rel-level2">'
                f'<div class="navigation-title field-navigationtitle"><a title="{esc(k)}" href="{h}">{esc(k)}</a></div></li>'
                for j, (k, h) in enumerate(kids)
            ) + "</ul>"  # fmt: skip
        lis.append(
            f'<li class=" level1{" submenu" if kids else ""} item{i} {odd}{pos}{act} rel-level1">'
            f'<div class="navigation-title field-navigationtitle"><a title="{esc(label)}" href="{href}">'
            f"{esc(label)}</a></div>{sub}</li>"
        )
    return _component(
        "navigation",
        f'<nav><ul class="clearfix">{"".join(lis)}</ul></nav>',
        "col-12 navigation-main navigation-main-horizontal",
    )


def _header(self_path: str, en_path: str = "/en", active: str = "") -> str:
    top = _component(
        "plain-html",
        f'<div class="top-bar"><span class="top-bar-date">{TODAY}</span>'
        f'<span class="top-bar-hotline">Đường dây nóng: <a href="tel:02033835618">{HOTLINE}</a></span>'
        f'<span class="top-bar-mail">Email: <a href="mailto:{EMAIL}">{EMAIL}</a></span></div>',
        "col-12 top-bar-wrapper",
    )
    logo = _component(
        "image file-type-icon-media-link",
        f'<a title="Trang chủ" href="/vi"><img src="{THEME}/images/logo-sgddt.png?h=96&amp;w=96&amp;la=vi&amp;hash=9F3E21AB77C04D1B8E6A5F2C3D4B1A09"'
        ' alt="Logo Sở GD&amp;ĐT Quảng Ninh" width="96" height="96" /></a>',
        "col-2 col-lg-1 logo",
    )
    name = _component(
        "plain-html",
        '<div class="site-name"><span class="site-name-top">UBND TỈNH QUẢNG NINH</span>'
        f'<span class="site-name-main">{esc(SITE.upper())}</span></div>',
        "col-10 col-lg-6",
    )
    search_props = {
        "endpoint": "/sxa/search/results/",
        "suggestionEndpoint": "/sxa/search/suggestions/",
        "suggestionsMode": "ShowSearchResultsAsPredictions",
        "resultPage": "/vi/tim-kiem",
        "targetSignature": "tim-kiem",
        "v": V_SHORT,
        "s": S_SEARCH,
        "p": 5,
        "l": "vi",
        "languageSource": "CurrentLanguage",
        "searchResultsSignature": "",
        "itemid": ITEM_SEARCH,
        "minSuggestionsTriggerCharacterCount": 2,
    }
    search = _component(
        "search-box",
        '<label for="textBoxSearch">Tìm kiếm</label>'
        '<input type="text" class="search-box-input" autocomplete="off" name="textBoxSearch" maxlength="100"'
        ' placeholder="Nhập từ khóa tìm kiếm..." />'
        '<button class="search-box-button" type="submit">Tìm kiếm</button>',
        "col-12 col-lg-3 search-box-header",
        search_props,
    )
    lang = _component(
        "language-selector",
        '<div class="language-selector-item-container">'
        '<div class="language-selector-select-item active" data-language-code="vi">'
        f'<a class="language-selector-select-link" href="{esc(self_path)}?sc_lang=vi">Tiếng Việt</a></div>'
        '<ul class="language-selector-item-container"><li class="language-selector-item" data-language-code="en">'
        f'<a href="{en_path}">English</a></li></ul></div>',
        "col-12 col-lg-2",
    )
    return (
        '<header>\n<div id="header" class="container">\n<div class="row">\n'
        + top + logo + name + search + lang + _nav(active)
        + "</div>\n</div>\n</header>\n"
    )  # fmt: skip


def _footer() -> str:
    return (
        '<footer>\n<div id="footer" class="container">\n<div class="row">\n'
        + _component(
            "rich-text",
            f"<p><strong>{esc(SITE.upper())}</strong></p>"
            f"<p>Địa chỉ: {esc(ADDRESS)}</p>"
            f"<p>Điện thoại: {HOTLINE} - Fax: 0203.3835.619 - Email: {EMAIL}</p>"
            "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
            "<p>Giấy phép số 12/GP-TTĐT ngày 08/6/2022 của Sở Thông tin và Truyền thông tỉnh Quảng Ninh</p>",
            "col-12 col-lg-8 footer-info",
        )
        + _component(
            "plain-html",
            '<div class="visitor-counter"><p>Đang trực tuyến: <span>47</span></p>'
            "<p>Hôm nay: <span>1.932</span></p><p>Tổng lượt truy cập: <span>4.286.115</span></p></div>"
            '<p class="admin-link"><a href="/sitecore/login" rel="nofollow">Đăng nhập quản trị</a></p>',
            "col-12 col-lg-4",
        )
        + _component(
            "plain-html",
            "<p>© 2022 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Quảng Ninh. Ghi rõ nguồn"
            " &quot;Sở GD&amp;ĐT Quảng Ninh&quot; khi phát hành lại thông tin từ website này.</p>",
            "col-12 copyright",
        )
        + "</div>\n</div>\n</footer>\n"
    )


def _breadcrumb(trail: list[tuple[str, str]]) -> str:
    lis = []
    for i, (label, href) in enumerate(trail):
        cls = "breadcrumb-item" + (" home" if i == 0 else "") + (" last" if i == len(trail) - 1 else "")
        sep = "" if i == len(trail) - 1 else '<div class="separator">›</div>'
        lis.append(
            f'<li class="{cls}"><div class="navigation-title"><a title="{esc(label)}" href="{href}">'
            f"{esc(label)}</a></div>{sep}</li>"
        )
    return _component("breadcrumb", f'<nav><ol class="breadcrumb">{"".join(lis)}</ol></nav>',
                      "navigation-title col-12")  # fmt: skip


def _page(title: str, main: str, *, head: str = "", header: str, crumbs: str = "", side: str = "",
          body_class: str = "default-device") -> str:  # fmt: skip
    cols = (
        f'<div class="col-12 col-lg-8 main-col">\n<div class="row">\n{main}</div>\n</div>\n'
        f'<div class="col-12 col-lg-4 side-col">\n<div class="row">\n{side}</div>\n</div>\n'
        if side
        else f'<div class="col-12">\n<div class="row">\n{main}</div>\n</div>\n'
    )
    return f"""<!DOCTYPE html>
<!--[if IE 9]><html class="ie9"><![endif]-->
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)} - {esc(SHORT)}</title>
<link href="{THEME}/favicon.ico" rel="shortcut icon" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
{head}<link rel="alternate" type="application/rss+xml" title="Tin tức - {esc(SHORT)}" href="/vi/rss" />
<link href="/-/media/base-themes/core-libraries/styles/optimized-min.css?{THEME_T}" rel="stylesheet" />
<link href="/-/media/base-themes/main-theme/styles/optimized-min.css?{THEME_T}" rel="stylesheet" />
<link href="{THEME}/styles/pre-optimized-min.css?{THEME_T}" rel="stylesheet" />
</head>
<body class="{body_class}">
<div id="wrapper">
{header}<main>
<div id="content" class="container">
<div class="row">
{crumbs}{cols}</div>
</div>
</main>
{_footer()}</div>
<script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?{THEME_T}"></script>
<script src="/-/media/base-themes/search-components/scripts/optimized-min.js?{THEME_T}"></script>
<script src="{THEME}/scripts/pre-optimized-min.js?{THEME_T}"></script>
</body>
</html>
"""


# --- search results -----------------------------------------------------------------------------


def _item_html(s: Story, variant: str) -> str:
    """A result as the rendering variant writes it (the same in the page and in the JSON)."""
    href = article_path(s)
    title = esc(s.title)
    if variant == V_LIST:
        thumb = next((i.src for i in s.images), None)
        src = _thumb(thumb) if thumb else _DEFAULT_THUMB
        lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        lead = lead if len(lead) < 200 else lead[:197].rsplit(" ", 1)[0] + "..."
        return (
            '<div class="search-result-item">'
            f'<div class="field-image"><a href="{href}"><img src="{esc(src)}" alt="" width="270" height="180" /></a></div>'
            f'<h4 class="field-title"><a title="{title}" href="{href}">{title}</a></h4>'
            f'<span class="field-date">{_dmy(s.opts["when"])}</span>'
            f'<div class="field-summary">{esc(lead)}</div></div>'
        )
    if variant == V_SHORT:
        return (
            f'<div class="result-short"><a class="field-title" href="{href}">{title}</a>'
            f' <span class="field-date">({_dmy(s.opts["when"])})</span></div>'
        )
    return f'<div class="field-title"><a href="{href}">{title}</a></div>'


def _doc_html(d: Doc) -> str:
    return (
        '<div class="van-ban-item">'
        f'<div class="field-sokyhieu"><a href="{d.path}">{esc(d.number)}</a></div>'
        f'<div class="field-ngaybanhanh">{d.issued}</div>'
        f'<div class="field-trichyeu">{esc(d.abstract)}</div></div>'
    )


def _album_html(path: str) -> str:
    title, day, photos = ALBUMS[path]
    src = _thumb(f"/-/media/sgddt/thu-vien-anh/2026/{photos[0][0]}.jpg")
    return (
        f'<div class="album-item"><a href="{path}"><img src="{esc(src)}" alt="" /></a>'
        f'<h4 class="field-title"><a href="{path}">{esc(title)}</a></h4>'
        f'<span class="field-date">{day}</span></div>'
    )


def _scope_items(s_id: str, itemid: str, q: str = "") -> list[tuple[str, str, str, object]]:
    """(id, url, name, object) of what a scope finds under its context item, newest first."""
    if s_id == S_NEWS:
        if itemid in (ITEM_HOME, ITEM_NEWS):
            found = newest()
        else:
            cat = next((c for c, i in ITEM_CAT.items() if i == itemid), None)
            if cat is None:
                return []
            found = newest(cat)
        return [(guid(f"story:{s.id}"), article_path(s), s.slug, s) for s in found]
    if s_id == S_RELATED:
        story = next((s for s in STORIES if guid(f"story:{s.id}") == itemid), None)
        if story is None:
            return []
        return [(guid(f"story:{o.id}"), article_path(o), o.slug, o) for o in related(story)]
    if s_id == S_DOCS and itemid == ITEM_DOCS:
        return [(guid(d.path), d.path, d.slug, d) for d in DOCS]
    if s_id == S_ALBUMS and itemid == ITEM_ALBUMS:
        return [(guid(p), p, p.rsplit("/", 1)[1], p) for p in ALBUMS]
    if s_id == S_SEARCH and itemid == ITEM_SEARCH:
        q = q.lower()
        found = [(guid(f"story:{s.id}"), article_path(s), s.slug, s) for s in newest() if q in s.title.lower()]
        found += [(guid(d.path), d.path, d.slug, d) for d in DOCS if q in d.abstract.lower()]
        return found
    return []


def _render(obj: object, variant: str) -> str:
    if isinstance(obj, Story):
        return _item_html(obj, variant)
    if isinstance(obj, Doc):
        return _doc_html(obj)
    return _album_html(str(obj))


def _sitecore_path(url: str) -> str:
    parts = url.split("/")[2:]
    return "/sitecore/content/SGDDT/SGDDT/Home/" + "/".join(parts)


def _search_json(params: dict[str, str]) -> Response:
    s_id = params.get("s", "").upper()
    itemid = params.get("itemid", "").upper()
    try:
        p = max(1, int(params.get("p") or 10))
        e = max(0, int(params.get("e") or 0))
    except ValueError:
        p, e = 10, 0
    lang = params.get("l", "vi") or "vi"
    found = _scope_items(s_id, itemid, params.get("q", "")) if lang == "vi" else []
    variant = params.get("v", "").upper()
    results = [
        {
            "Id": rid.strip("{}").lower(),
            "Language": "vi",
            "Path": _sitecore_path(url),
            "Url": url,
            "Name": name,
            "Html": _render(obj, variant),
        }
        for rid, url, name, obj in found[e : e + p]
    ]
    payload = {
        "TotalTime": 12 + len(results),
        "CountTime": 3,
        "QueryTime": 4 + len(results) // 2,
        "Signature": params.get("sig", ""),
        "Index": "sitecore_sxa_web_index",
        "Count": len(found),
        "Results": results,
    }
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return Response(200, body, {"Content-Type": "application/json; charset=utf-8", "Cache-Control": "private"})


def _results_component(s_id: str, itemid: str, sig: str, variant: str, p: int, extra: str = "",
                       title: str = "", auto: bool = True) -> str:  # fmt: skip
    found = _scope_items(s_id, itemid)
    props = {
        "endpoint": "/sxa/search/results/",
        "s": s_id,
        "itemid": itemid,
        "sig": sig,
        "autoFireSearch": auto,
        "p": p,
        "v": variant,
        "l": "vi",
    }
    lis = "".join(f"<li>{_render(obj, variant)}</li>" for _, _, _, obj in found[:p])
    head = f'<h3 class="search-results-title">{esc(title)}</h3>' if title else ""
    count = f'<div class="results-count" data-count="{len(found)}">Tìm thấy {len(found)} kết quả</div>' if not title else ""
    return _component(
        "search-results",
        f'{head}{count}<ul class="search-result-list">{lis}</ul>',
        f"col-12 {extra}".strip(),
        props,
    )


def _page_selector(sig: str, total: int) -> str:
    pages = _pages(total)
    lis = ['<li class="page-selector-item-first"><a href="#e=0">«</a></li>']
    for n in range(1, pages + 1):
        off = (n - 1) * PAGE_SIZE
        act = " active" if n == 1 else ""
        lis.append(
            f'<li><a class="page-selector-item-link{act}" data-offset="{off}" data-itemnumber="{n}"'
            f' data-page="{n}" href="#e={off}">{n}</a></li>'
        )
    lis.append(f'<li class="page-selector-item-next"><a href="#e={PAGE_SIZE}">Trang sau</a></li>')
    lis.append(f'<li class="page-selector-item-last"><a href="#e={(pages - 1) * PAGE_SIZE}">»</a></li>')
    return _component(
        "page-selector",
        f'<ul class="page-selector-list">{"".join(lis)}</ul>',
        "col-12",
        {"sig": sig, "p": PAGE_SIZE, "maxSelectablePages": 5},
    )


def _load_more(sig: str) -> str:
    return _component(
        "load-more",
        '<input type="button" class="load-more-btn btn btn-outline-primary" value="Xem thêm" />',
        "col-12",
        {"sig": sig},
    )


def _sidebar() -> str:
    latest = _results_component(S_NEWS, ITEM_NEWS, "tin-moi", V_SHORT, LATEST, "tin-moi-nhat", "Tin mới nhất")
    docs = _component(
        "link-list",
        "<h3>Văn bản mới</h3><ul>"
        + "".join(f'<li class="item{i}"><div class="field-link"><a href="{d.path}">{esc(d.number)}</a></div>'
                  f'<div class="field-trichyeu">{esc(d.abstract)}</div></li>' for i, d in enumerate(DOCS[:3]))
        + "</ul>",
        "col-12 van-ban-moi",
    )  # fmt: skip
    banners = _component(
        "plain-html",
        '<div class="banner-list">'
        '<a href="https://moet.gov.vn" target="_blank"><img src="/-/media/sgddt/banner/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" /></a>'
        '<a href="https://dichvucong.quangninh.gov.vn" target="_blank"><img src="/-/media/sgddt/banner/dich-vu-cong.png" alt="Dịch vụ công trực tuyến" /></a>'
        '<a href="https://csdl.moet.gov.vn" target="_blank"><img src="/-/media/sgddt/banner/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" /></a>'
        "</div>",
        "col-12 banners",
    )
    return latest + docs + banners


def _og(title: str, path: str, base: str, desc: str = "", image: str | None = None) -> str:
    meta = (
        f'<meta property="og:title" content="{esc(title)}" />\n'
        f'<meta property="og:url" content="{base}{path}" />\n'
        '<meta property="og:type" content="website" />\n'
        f'<meta property="og:site_name" content="{esc(SHORT)}" />\n'
    )
    if desc:
        meta += f'<meta property="og:description" content="{esc(desc)}" />\n<meta name="description" content="{esc(desc)}" />\n'
    if image:
        meta += f'<meta property="og:image" content="{base}{esc(image)}" />\n'
    return meta


# --- pages --------------------------------------------------------------------------------------


def _article(s: Story, base: str) -> str:
    path = article_path(s)
    when: datetime = s.opts["when"]
    fields = [f'<h1 class="field-title">{_t(s.title, s)}</h1>']
    fields.append(f'<div class="field-date">{when:%d/%m/%Y %H:%M}</div>')
    if s.opts.get("updated"):
        fields.append(f'<div class="field-updated">Cập nhật: {s.opts["updated"]:%d/%m/%Y %H:%M}</div>')
    if s.summary and s.sapo_outside:
        fields.append(f'<div class="field-summary"><strong>{_t(s.summary, s)}</strong></div>')
    fields.append(f'<div class="field-content">\n{_rich_text(s)}\n</div>')
    main = ""
    if s.opts.get("hero"):
        main += (
            f'<div class="component hero-banner col-12" style="background-image: url(\'{s.opts["hero"]}?h=360&amp;w=1140&amp;la=vi\');">'
            '<div class="component-content"><div class="hero-overlay"></div></div></div>\n'
        )
    main += _component("page-content", "\n".join(fields), "col-12")
    author = s.opts.get("author")
    main += _component(
        "field-author",
        f'<span class="field-label">Tác giả:</span> <span class="field-tacgia">{_t(author, s)}</span>' if author else "",
        "col-12",
    )
    if s.opts.get("source_line"):
        main += _component("rich-text", f"<p><em>{_t(s.opts['source_line'], s)}</em></p>", "col-12 nguon-tin")
    if s.opts.get("file"):
        href, fname, size = s.opts["file"]
        main += _component(
            "file-list",
            "<h3>Tệp đính kèm</h3><ul><li>"
            f'<a class="field-filetypeicon pdf" href="{href}" title="{fname}">{fname}</a>'
            f' <span class="field-size">({size})</span></li></ul>',
            "col-12",
        )
    tags = "".join(
        f'<li><a href="/vi/tim-kiem#tags={quote(t)}">{esc(t)}</a></li>' for t in s.opts.get("tags", [])
    )
    main += _component("tag-list", f'<span class="tag-list-title">Từ khóa:</span><ul class="items">{tags}</ul>', "col-12")
    share_url = quote(base + path, safe="")
    main += _component(
        "social-media-share",
        '<ul class="share-buttons">'
        f'<li><a class="facebook" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener">Chia sẻ Facebook</a></li>'
        f'<li><a class="zalo" href="https://sp.zalo.me/share_inline?url={share_url}" target="_blank" rel="noopener">Zalo</a></li>'
        f'<li><a class="twitter" href="https://twitter.com/intent/tweet?url={share_url}" target="_blank" rel="noopener">X</a></li>'
        '<li><a class="print" href="javascript:window.print();">In bài viết</a></li></ul>',
        "col-12",
    )
    main += _results_component(S_RELATED, guid(f"story:{s.id}"), "tin-lien-quan", V_SHORT, RELATED,
                               "tin-lien-quan", "Tin liên quan")  # fmt: skip
    crumbs = _breadcrumb(
        [("Trang chủ", "/vi"), ("Tin tức", "/vi/tin-tuc"), (CATS[s.cat], f"/vi/tin-tuc/{s.cat}"), (s.title, path)]
    )
    thumb = next((i.src for i in s.images), None)
    head = _og(s.title, path, base, s.summary or "", _thumb(thumb) if thumb else None)
    return _page(s.title, main, head=head, header=_header(path, active="/vi/tin-tuc"), crumbs=crumbs,
                 side=_sidebar(), body_class="default-device bai-viet")  # fmt: skip


def _listing(path: str, title: str, itemid: str, total: int, pager: str, base: str) -> str:
    main = _component("page-content", f'<h1 class="field-title">{esc(title)}</h1>', "col-12")
    main += _results_component(S_NEWS, itemid, "tin-tuc", V_LIST, PAGE_SIZE, "danh-sach-tin")
    if total > PAGE_SIZE:
        main += pager
    trail = [("Trang chủ", "/vi"), ("Tin tức", "/vi/tin-tuc")]
    if path != "/vi/tin-tuc":
        trail.append((title, path))
    return _page(title, main, head=_og(title, path, base), header=_header(path, active="/vi/tin-tuc"),
                 crumbs=_breadcrumb(trail), side=_sidebar(), body_class="default-device danh-sach")  # fmt: skip


def _home(base: str) -> str:
    top = newest()[:4]
    slides = "".join(
        f'<li class="slide{" active" if i == 0 else ""}"><div class="field-image"><a href="{article_path(s)}">'
        f'<img src="{esc(next((im.src for im in s.images), _DEFAULT_THUMB))}" alt="" /></a></div>'
        f'<div class="field-title"><a href="{article_path(s)}">{esc(s.title)}</a></div></li>'
        for i, s in enumerate(top)
    )
    main = _component("carousel", f'<ul class="slides">{slides}</ul>'
                      '<div class="nav"><a href="#" class="prev-text">Trước</a><a href="#" class="next-text">Sau</a></div>',
                      "col-12 slider-tin-noi-bat", {"timeout": 5000, "isPauseEnabled": True})  # fmt: skip
    main += _results_component(S_NEWS, ITEM_HOME, "trang-chu", V_LIST, PAGE_SIZE, "tin-moi", "Tin tức - Sự kiện")
    main += _component("link", '<div class="field-link"><a href="/vi/tin-tuc" class="xem-tat-ca">Xem tất cả</a></div>', "col-12")
    main += _results_component(S_NEWS, ITEM_CAT["thong-bao"], "thong-bao", V_SHORT, 4, "hop-thong-bao", "Thông báo")
    main += _component("link", '<div class="field-link"><a href="/vi/Tin-tuc/Thong-bao">Xem tất cả thông báo</a></div>', "col-12")
    albums = "".join(f"<li>{_album_html(p)}</li>" for p in ALBUMS)
    main += _component("page-list", f'<h3>Thư viện ảnh</h3><ul class="items">{albums}</ul>', "col-12 thu-vien-anh-home")
    return _page("Trang chủ", main, head=_og(SITE, "/vi", base), header=_header("/vi", active="/vi"),
                 side=_sidebar(), body_class="default-device trang-chu")  # fmt: skip


def _static(path: str, base: str) -> str:
    title, paras = STATIC[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = _component("page-content", f'<h1 class="field-title">{esc(title)}</h1><div class="field-content">{body}</div>', "col-12")
    en = path.replace("/vi/", "/en/", 1)
    crumbs = _breadcrumb([("Trang chủ", "/vi"), ("Giới thiệu", "/vi/gioi-thieu/chuc-nang-nhiem-vu"), (title, path)])
    return _page(title, main, head=_og(title, path, base),
                 header=_header(path, en if en in EN_PAGES else "/en"), crumbs=crumbs, side=_sidebar())  # fmt: skip


def _contact(base: str) -> str:
    form = (
        '<form action="/formbuilder?sc_lang=vi&amp;fxb.FormItemId=4f1d2c3b-9a8e-4b7d-8c6f-5e4d3c2b1a09&amp;fxb.HtmlPrefix=fxb.lien-he"'
        ' data-ajax="true" data-ajax-method="Post" enctype="multipart/form-data" method="post">'
        '<input name="__RequestVerificationToken" type="hidden" value="Qm9vZ3VzVG9rZW4tU0dERFQtMjAyMg2" />'
        '<label for="ho-ten">Họ và tên</label><input id="ho-ten" name="fxb.lien-he.Fields[0].Value" type="text" />'
        '<label for="email">Email</label><input id="email" name="fxb.lien-he.Fields[1].Value" type="email" />'
        '<label for="noi-dung">Nội dung</label><textarea id="noi-dung" name="fxb.lien-he.Fields[2].Value"></textarea>'
        '<input type="submit" value="Gửi liên hệ" class="btn btn-primary" /></form>'
    )
    main = _component("page-content", '<h1 class="field-title">Liên hệ</h1>', "col-12")
    main += _component("rich-text", f"<p>{esc(SITE)}</p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {HOTLINE}</p>"
                       f"<p>Email: {EMAIL}</p>", "col-12")  # fmt: skip
    main += _component("form", form, "col-12")
    main += _component("map", '<div class="map-canvas" data-properties=\'{"zoom":15,"lat":20.9529,"lng":107.0801}\'></div>', "col-12")
    return _page("Liên hệ", main, head=_og("Liên hệ", "/vi/lien-he", base), header=_header("/vi/lien-he", "/en/lien-he", "/vi/lien-he"),
                 crumbs=_breadcrumb([("Trang chủ", "/vi"), ("Liên hệ", "/vi/lien-he")]))  # fmt: skip


def _van_ban(base: str) -> str:
    kinds = sorted({d.kind for d in DOCS})
    facet = _component(
        "facet-dropdown",
        '<h4 class="facet-title">Loại văn bản</h4><ul class="facet-values">'
        + "".join(f'<li><a href="#loaivanban={quote(k)}" data-facetvalue="{esc(k)}">{esc(k)}</a></li>' for k in kinds)
        + "</ul>",
        "col-12",
        {"f": "loaivanban", "s": S_DOCS, "sig": "van-ban"},
    )  # fmt: skip
    main = _component("page-content", '<h1 class="field-title">Văn bản chỉ đạo, điều hành</h1>', "col-12")
    main += facet + _results_component(S_DOCS, ITEM_DOCS, "van-ban", V_DOC, 10, "danh-sach-van-ban")
    return _page("Văn bản", main, head=_og("Văn bản", "/vi/van-ban", base), header=_header("/vi/van-ban", active="/vi/van-ban"),
                 crumbs=_breadcrumb([("Trang chủ", "/vi"), ("Văn bản", "/vi/van-ban")]), side=_sidebar())  # fmt: skip


def _doc_page(d: Doc, base: str) -> str:
    rows = [
        ("Số ký hiệu", esc(d.number)),
        ("Loại văn bản", esc(d.kind)),
        ("Ngày ban hành", d.issued),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
        ("Người ký", esc(d.signer)),
        ("Trích yếu", esc(d.abstract)),
    ]
    table = "".join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>' for k, v in rows)
    main = _component("page-content", f'<h1 class="field-title">{esc(d.kind)} số {esc(d.number)}</h1>'
                      f'<table class="van-ban-chi-tiet"><tbody>{table}</tbody></table>', "col-12")  # fmt: skip
    main += _component(
        "file-list",
        f'<h3>Tải văn bản</h3><ul><li><a class="field-filetypeicon pdf" href="{d.file}">{d.file.rsplit("/", 1)[1]}</a>'
        f' <span class="field-size">({d.size})</span></li></ul>',
        "col-12",
    )
    crumbs = _breadcrumb([("Trang chủ", "/vi"), ("Văn bản", "/vi/van-ban"), (d.number, d.path)])
    return _page(f"{d.kind} số {d.number}", main, head=_og(d.number, d.path, base), header=_header(d.path, active="/vi/van-ban"),
                 crumbs=crumbs, side=_sidebar())  # fmt: skip


def _albums(base: str) -> str:
    main = _component("page-content", '<h1 class="field-title">Thư viện ảnh</h1>', "col-12")
    main += _results_component(S_ALBUMS, ITEM_ALBUMS, "thu-vien-anh", V_ALBUM, 12, "danh-sach-album")
    return _page("Thư viện ảnh", main, head=_og("Thư viện ảnh", "/vi/thu-vien-anh", base),
                 header=_header("/vi/thu-vien-anh", active="/vi/thu-vien-anh"),
                 crumbs=_breadcrumb([("Trang chủ", "/vi"), ("Thư viện ảnh", "/vi/thu-vien-anh")]), side=_sidebar())  # fmt: skip


def _album(path: str, base: str) -> str:
    title, day, photos = ALBUMS[path]
    items = "".join(
        f'<li><a href="/-/media/sgddt/thu-vien-anh/2026/{n}.jpg" data-lightbox="album">'
        f'<img src="{esc(media("thu-vien-anh/2026", n, 900, 600))}" alt="{esc(c or "")}" /></a>'
        + (f'<span class="image-caption field-imagedescription">{esc(c)}</span>' if c else "")
        + "</li>"
        for n, c in photos
    )
    main = _component("page-content", f'<h1 class="field-title">{esc(title)}</h1><div class="field-date">{day}</div>', "col-12")
    main += _component("gallery", f'<div class="gallery-inner"><ul class="items">{items}</ul></div>', "col-12",
                       {"transitionEffect": "slide", "timeout": 4000})  # fmt: skip
    crumbs = _breadcrumb([("Trang chủ", "/vi"), ("Thư viện ảnh", "/vi/thu-vien-anh"), (title, path)])
    return _page(title, main, head=_og(title, path, base), header=_header(path, active="/vi/thu-vien-anh"),
                 crumbs=crumbs, side=_sidebar())  # fmt: skip


def _search_page(base: str) -> str:
    main = _component("page-content", '<h1 class="field-title">Kết quả tìm kiếm</h1>', "col-12")
    main += _component(
        "search-results",
        '<div class="results-count"></div><ul class="search-result-list"></ul>',
        "col-12",
        {"endpoint": "/sxa/search/results/", "s": S_SEARCH, "itemid": ITEM_SEARCH, "sig": "tim-kiem",
         "autoFireSearch": False, "p": 10, "v": V_SHORT, "l": "vi"},
    )  # fmt: skip
    return _page("Tìm kiếm", main, head=_og("Tìm kiếm", "/vi/tim-kiem", base), header=_header("/vi/tim-kiem"),
                 crumbs=_breadcrumb([("Trang chủ", "/vi"), ("Tìm kiếm", "/vi/tim-kiem")]))  # fmt: skip


def _en(path: str, base: str) -> str:
    if path == "/en":
        title = "Quang Ninh Department of Education and Training"
        body = "".join(f'<p><a href="{p}">{esc(t)}</a></p>' for p, (t, _) in EN_PAGES.items())
    else:
        title, paras = EN_PAGES[path]
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    vi = "/vi" if path == "/en" else path.replace("/en/", "/vi/", 1)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><title>{esc(title)}</title>{_og(title, path, base)}'
        f'</head><body class="default-device"><div id="wrapper"><header><div class="component language-selector">'
        f'<div class="component-content"><a href="{vi}">Tiếng Việt</a> | <a href="{path}">English</a></div></div></header>'
        f'<main><div class="component page-content"><div class="component-content"><h1 class="field-title">{esc(title)}</h1>'
        f'<div class="field-content">{body}</div></div></div></main>'
        f"<footer><p>{esc(ADDRESS)}</p></footer></div></body></html>"
    )


def _rss(base: str) -> bytes:
    items = []
    for s in newest()[:FEED_SIZE]:
        link = base + _unprefixed(article_path(s))
        when = s.opts["when"].replace(tzinfo=_TZ)
        desc = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{link}</link>"
            f'<guid isPermaLink="false">{guid(f"story:{s.id}")}</guid>'
            f"<description>{esc(desc)}</description><pubDate>{format_datetime(when)}</pubDate></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Tin tức - {esc(SHORT)}</title><link>{base}/</link>"
        f"<description>Tin tức, sự kiện của {esc(SITE)}</description><language>vi</language>"
        + "".join(items)
        + "</channel></rss>"
    )
    return xml.encode("utf-8")


def _notfound_page() -> str:
    return (
        "<!DOCTYPE html><html><head><title>Document Not Found</title>"
        '<meta name="robots" content="noindex, nofollow" /></head><body>'
        '<div class="wrapper"><h1>The requested document was not found</h1>'
        "<p>The document you requested was not found on this server.</p></div></body></html>"
    )


def _nolayout_page() -> str:
    return (
        "<!DOCTYPE html><html><head><title>Layout Not Found</title>"
        '<meta name="robots" content="noindex, nofollow" /></head><body>'
        "<h1>The layout for the requested document was not found</h1>"
        "<p>The item has no presentation details for this device.</p></body></html>"
    )


def _identity_login() -> str:
    return (
        "<!DOCTYPE html><html><head><title>Sitecore Login</title>"
        '<meta name="robots" content="noindex, nofollow" /></head><body class="sc-login">'
        '<form method="post" action="/identity/login/shell/SitecoreIdentityServer">'
        '<input type="text" name="Username" placeholder="User name" /><input type="password" name="Password" />'
        '<button type="submit">Log in</button></form></body></html>'
    )


_TZ = timezone(timedelta(hours=7))

_ARTICLES = {article_path(s).lower(): s for s in STORIES}
_CAT_PATHS = {f"/vi/tin-tuc/{c}": c for c in CATS}
_BUCKETS = {
    f"/vi/tin-tuc/{s.cat}/{s.opts['when']:%Y}" for s in STORIES
} | {f"/vi/tin-tuc/{s.cat}/{s.opts['when']:%Y}/{s.opts['when']:%m}" for s in STORIES}


class SitecoreSxaSite:
    """Routes as Sitecore's item resolver does: language prefix optional, case-insensitive."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        base = base_url(request)
        low = path.lower()
        if low.startswith("/-/media/"):
            if low.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if low.endswith(".ashx"):
                return static_file(path[:-5] + ".jpg")
            return static_file(path)
        if low.startswith("/sxa/search/results"):
            return _search_json(params)
        if low == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /sitecore/admin/\nDisallow: /sitecore/shell/\n"
                            "Disallow: /sitecore/api/\n", {"Content-Type": "text/plain"})  # fmt: skip
        if low == "/sitecore/login":
            return redirect("/identity/login/shell/SitecoreIdentityServer?ReturnUrl=%2fsitecore%2fshell")
        if low.startswith("/identity/login"):
            return html(_identity_login())
        if low == NOTFOUND.lower():
            return html(_notfound_page())
        if low == NOLAYOUT.lower():
            return html(_nolayout_page())
        if params.get("sc_lang", "vi").lower() not in ("vi", ""):
            return None  # no version in that language
        if params.get("sc_mode") in ("preview", "edit"):
            return redirect(f"/sitecore/login?returnUrl={quote(request.target, safe='')}")
        if static := static_file(path):
            return static
        norm = low.rstrip("/") or "/"
        if norm == "/en" or norm in EN_PAGES:
            return html(_en(norm, base))
        if norm.startswith("/en/"):
            return None  # no English version: enforced version presence, a real 404
        if not norm.startswith("/vi") or norm == "/":
            norm = "/vi" + (norm if norm != "/" else "")
        elif norm != "/vi" and not norm.startswith("/vi/"):
            norm = "/vi" + norm
        if norm == "/vi/rss":
            return Response(200, _rss(base), {"Content-Type": "application/rss+xml; charset=utf-8"})
        if norm == "/vi":
            return html(_home(base))
        if norm == "/vi/tin-tuc":
            return html(_listing(norm, "Tin tức", ITEM_NEWS, len(STORIES), _page_selector("tin-tuc", len(STORIES)), base))
        if norm in _CAT_PATHS:
            c = _CAT_PATHS[norm]
            return html(_listing(norm, CATS[c], ITEM_CAT[c], len(newest(c)), _load_more("tin-tuc"), base))
        if norm in _ARTICLES:
            return html(_article(_ARTICLES[norm], base))
        if norm in _BUCKETS:
            return redirect(f"{NOLAYOUT}?item={quote(norm, safe='')}&layout=%7b00000000-0000-0000-0000-000000000000%7d&device=Default")
        if norm in STATIC:
            return html(_static(norm, base))
        if norm == "/vi/lien-he":
            return html(_contact(base))
        if norm == "/vi/van-ban":
            return html(_van_ban(base))
        if norm in _DOCS:
            return html(_doc_page(_DOCS[norm], base))
        if norm == "/vi/thu-vien-anh":
            return html(_albums(base))
        if norm in ALBUMS:
            return html(_album(norm, base))
        if norm == "/vi/tim-kiem":
            return html(_search_page(base))
        # Sitecore's ItemNotFoundUrl: a redirect to the stock not-found page (a soft 404)
        return redirect(notfound_target(path))


def build_site() -> SitecoreSxaSite:
    return SitecoreSxaSite()
