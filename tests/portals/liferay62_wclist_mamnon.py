"""Trường Mầm non Hoa Sen (thành phố Lào Cai, tỉnh Lào Cai): Liferay Portal 6.2 CE GA6.

A kindergarten's small Liferay site on the province's shared education portal: a classic-theme
derivative ("mnhoasen-theme", blue header with a lotus banner) made by a local vendor, the
Asset Publisher (portlet 101) for news, the Web Content List (portlet 62, "Journal Articles")
for notices, and a hidden detail page holding a Web Content Display (portlet 56) that a vendor
hook feeds with ``?articleId=``.

URL scheme
----------
- ``/`` -> 302 ``/web/mnhoasen`` (the site's first page; the menu links ``/web/mnhoasen/trang-chu``,
  the same page).
- ``/web/mnhoasen/tin-tuc``: one Asset Publisher, instance ``hN7tQv2sKd4P``, "abstracts" display,
  5 per page, all 9 news newest first; the search-container pager of 6.2 links
  ``?p_p_id=101_INSTANCE_hN7tQv2sKd4P&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=
  column-1&p_p_col_count=1&_101_INSTANCE_hN7tQv2sKd4P_delta=5&…_keywords=&…_advancedSearch=false
  &…_andOperator=true&p_r_p_564233524_resetCur=false&_101_INSTANCE_hN7tQv2sKd4P_cur=2``.
- The menu's drop-down under "Tin tức" links the two categories of the vocabulary "Chuyên mục"
  as the AP's public render parameter filter ``/web/mnhoasen/tin-tuc?p_r_p_564233524_categoryId=
  30915`` (Hoạt động nhà trường, 6 news, 2 pages) and ``…=30917`` (Chăm sóc - Nuôi dưỡng, 3 news).
- News article: ``/web/mnhoasen/tin-tuc/-/asset_publisher/hN7tQv2sKd4P/content/<url-title>``, linked
  by the listings as ``…/content/<url-title>?redirect=<the listing's URL, percent-encoded>``.
  The same journal article is served at ``/web/mnhoasen/chi-tiet?articleId=<n>`` (hidden page
  "Chi tiết bài viết", Web Content Display), which the home page's "Tin mới" box, the sidebar's
  "Tin đọc nhiều" and the articles' "Nội dung liên quan" lists link (a vendor hook makes the
  asset links point at the detail page). Nothing links the clean AP URL: it is only the
  ``<link rel="canonical">`` of the AP pages. ``/vi/…`` and ``/en/…`` serve every
  page again (Liferay's language prefixes; printed as ``hreflang`` alternates in the head).
- ``/web/mnhoasen/thong-bao``: Web Content List (62), a table of 3 notices per page (pager with
  ``_62_INSTANCE_Tb4wLm9cRz2E_cur=2``); its titles link ``/web/mnhoasen/chi-tiet?articleId=<n>``,
  the notices' only address.
- Other pages: ``gioi-thieu``, ``gioi-thieu/co-cau-to-chuc``, ``thuc-don-tuan`` (weekly menu),
  ``tuyen-sinh``, ``van-ban`` (Documents and Media: PDF entries), ``thu-vien-anh`` (Media
  Gallery), ``lien-he`` (Web Form), the header's search
  (``?p_p_id=3…&_3_keywords=``: no results). Images: Documents and Media
  ``/documents/20181/<folder>/<file>/<uuid>?t=<ms>`` and journal images
  ``/image/journal/article?img_id=<n>&t=<ms>``; the logo ``/image/company_logo?img_id=…``.

Page templates
--------------
- Every page: Liferay 6.2 classic skeleton (``#wrapper``, ``#banner`` with ``h1.site-title`` logo,
  ``nav#navigation`` with ``ul.child-menu`` drop-downs, ``nav#breadcrumbs`` with its own ``h1``
  "Bạn đang ở đây", ``#main-content`` with ``#column-1``/``#column-2`` portlet drop zones), a top
  bar with today's date "Thứ Bảy, 05/12/2026" and the search portlet, a sidebar (Tin đọc nhiều,
  Liên kết website, a poll, a visitor counter, a YouTube clip) and a footer.
- AP article: the portlet "Tin tức - Sự kiện" (``h1.portlet-title``) holding
  ``div.asset-full-content``: ``liferay-ui:header`` (back arrow "Quay lại" + ``h3.header-title``),
  ``div.asset-content`` > ``div.journal-content-article`` (the vendor's journal template: ``h2.
  tt-tieude``, ``div.tt-ngaydang``, optional ``div.tt-mota`` sapo, ``div.tt-noidung`` text, an
  embedded runtime portlet, ``div.tt-tacgia`` byline, ``div.tt-nguon``), the journal page
  iterator when the text has a page break, ratings, "Nội dung liên quan", ``div.asset-metadata``,
  social bookmarks and the discussion box.
- Detail page (WCD): the same template output (news) or the notice template (``div.tb-ct``) in a
  borderless ``portlet-journal-content``; page title "Chi tiết bài viết".

How each gold article is reached
--------------------------------
- 9 news (Hoạt động nhà trường: 6, Chăm sóc - Nuôi dưỡng: 3): from /web/mnhoasen/tin-tuc pages 1-2,
  the category filter pages and (the 5 newest) the home's chi-tiet links. "Bé lớp Lá 2 trải
  nghiệm…" is only on page 2 of /tin-tuc and page 2 of the category "Hoạt động nhà trường".
- 4 notices (Thông báo): /web/mnhoasen/thong-bao pages 1-2 (3 newest also on the home page);
  "Thông báo các khoản thu thỏa thuận…" only on page 2.

Traps
-----
1. Display date as ``$reserved-article-display-date.data``: the vendor's journal template prints
   the raw reserved variable, which Liferay 6.2 fills with ``Time.getRFC822`` in the JVM's GMT:
   "Ngày đăng: Mon, 30 Nov 2026 23:15:00 +0000" for an article displayed at 06:15 on 1 Dec in Lào
   Cai. Gold: the instant in the site's zone, "2026-12-01T06:15:00+07:00" (the day shifts). A
   notice displayed at local midnight prints "Sun, 25 Oct 2026 17:00:00 +0000": gold
   "2026-10-26" (a day without a time, see below). Not in the README's list.
2. Liferay's short dates with a two-digit year, unlabelled: ``asset-metadata`` prints
   ``<span class="metadata-entry metadata-publish-date">01/12/26</span>`` and, for edited
   articles, ``metadata-modified-date`` "04/12/26" right next to it; the words "Ngày đăng:" /
   "Cập nhật:" exist only in the theme's CSS (``:before { content: … }``). The notices' table prints
   "04/12/26 16:20". Gold: the display date (dd/MM/yy, year 20yy), never the modified date.
3. One article, many URLs: the AP appends ``?redirect=<current URL>`` to every content link, so an
   article has one URL per listing view that shows it (bare /tin-tuc, its pager URLs, each
   category filter), plus ``/web/mnhoasen/chi-tiet?articleId=<n>``, plus ``/vi/…`` and ``/en/…``.
   Gold path: the clean AP URL (the page's ``<link rel="canonical">``); all others in alt_paths.
4. A canonical that lies: Liferay's canonical URL drops the query string, so every
   ``chi-tiet?articleId=<n>`` page says ``<link rel="canonical" href="…/web/mnhoasen/chi-tiet">``,
   a page that shows no article ("Không có nội dung…"); its ``<title>`` is the hidden page's
   "Chi tiết bài viết" for every article too. Gold: a notice's path and canonical_path are its
   own chi-tiet URL; a news item's canonical is its AP URL (whatever chi-tiet says). Not listed.
5. Where the section is printed: the AP's breadcrumb says only "Tin tức" and its portlet title
   "Tin tức - Sự kiện" (on chi-tiet the breadcrumb is "Chi tiết bài viết"); the section is the
   "Chuyên mục" category in ``asset-metadata``, printed AFTER a second vocabulary "Khối lớp" (age
   group: "Mẫu giáo lớn", "Nhà trẻ"…) that also renders as ``a.asset-category``. Gold category:
   "Hoạt động nhà trường" / "Chăm sóc - Nuôi dưỡng" (the menu's drop-down entries) or
   "Thông báo" (the menu page listing the notice). Not listed.
6. Journal page break: the editor typed ``@page_break@`` in one long article ("Chuyên đề: Nâng
   cao chất lượng bữa ăn bán trú…"); Liferay splits the *rendered* template at the token, so page 1
   has title, date, sapo and the first half with unclosed ``div``s (the rest of the portlet nests
   inside them), and page 2 (``…?_101_INSTANCE_hN7tQv2sKd4P_page=2``, "Trang sau →") has the second
   half, the embedded box and the byline, with stray closing tags. Gold body: both halves in
   order; the byline from page 2; the ``_page=1``/``_page=2`` URLs are alt_paths. Not listed.
7. A portlet inside the text's container: the template calls ``$theme.runtime()`` for a Web
   Content Display "Tuyển sinh năm học 2027 - 2028" between the text and the byline, a whole
   ``portlet-boundary`` with its own ``h1.portlet-title`` and its own (nested)
   ``div.journal-content-article``. Not body; the byline after it is still the byline. Not listed.
8. Liferay chrome inside ``div.asset-full-content``: the back link's hidden "Quay lại", ratings
   ("Đánh giá của bạn", "(0 Phiếu bầu)"), "Nội dung liên quan" links, view count, the CMS
   account "bởi Quản Trị Viên" (metadata-author; also the "Tác giả" column of the notices'
   table), social bookmarks, the comments box; and five ``h1`` per page, none the headline.
   Gold: none of it is body; the account is nobody; the title is ``h3.header-title``/``h2.tt-tieude``.
9. Search-container pagination: page links sit in the "Trang 1 của 2" drop-down menu, "Đầu" and
   "Trước" on page 1 are ``javascript:;``, "Tiếp"/"Cuối" carry a dozen parameters. The oldest news
   and the oldest notice are reachable only through page 2.
10. Captions and images: a CKEditor two-row table (photo / italic line), a centred ``<em>(…)</em>``
   paragraph (parentheses taken off), a ``div.anh-tt-cap`` line, a photographer-only line "Ảnh: X"
   (caption None, X a photographer); image URLs without an image extension (Documents and Media
   ``…/file.jpg/<uuid>?t=…``, ``/image/journal/article?img_id=…&t=…``): gold paths keep the query.
11. Text as old editors left it: one article entity-encoded by CKEditor (``&agrave;``, ``&#7897;``),
   one decomposed (NFD), one pasted from Word (``MsoNormal`` spans, ``mso-list:Ignore`` dashes that
   are no text), ``<br />`` lines inside one paragraph, a bold lead paragraph as the sapo, a
   printed description (``div.tt-mota``) as the sapo elsewhere, a meta description only otherwise.
12. A notice printed as an official document (letterhead table, "Số: 86/TB-MNHS", "THÔNG BÁO /
   Về việc …", "Nơi nhận" and the signer) and bylines in every form: "Tin, ảnh: X", "Tin: X - Ảnh:
   Y", "ThS. X", "X (Tổ trưởng …)", a name over a post on a second line, a unit alone
   ("Bộ phận Y tế học đường", "Ban Giám hiệu"), "BBT Website" (nobody), "Nguồn: X".

Gold decisions on ambiguous points
----------------------------------
- RFC-822 dates are converted to +07:00; a display time that is local midnight (00:00 ICT,
  printed "17:00:00 +0000" the day before) is Liferay's date picker left at its default hour: the
  day alone, the local day ("2026-10-26").
- The official-document notice prints no display date: its date is the letterhead's day.
- News items keep the AP URL as path and canonical even when first met at chi-tiet; notices have
  no AP URL, so their chi-tiet URL (with ``articleId``) is both; the bare ``/web/mnhoasen/chi-tiet``
  it names as canonical is not an article and not a NON_ARTICLE either (nothing links it).
- The multi-page article is one article whose body is both pages; its page URLs are alt_paths.
- A CKEditor table that only frames a photo and its line is the photo's caption, not a table of
  the text; a table of figures in the text is body (rows, cells joined by " | ").
- "Ban Giám hiệu" signing a notice right-aligned is a unit signing alone: the author as printed.
- The weekly menu page (``thuc-don-tuan``: dated, one big table, replaced every week on the same
  URL) is a standing page like a weekly calendar: a NON_ARTICLE.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from urllib.parse import quote, urlencode

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
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

NAME = "liferay62_wclist_mamnon"
PLATFORM = "Liferay Portal 6.2 CE GA6 (Asset Publisher + Web Content List + Web Content Display)"
START_PATH = "/web/mnhoasen"

SITE = "/web/mnhoasen"
SCHOOL = "Trường Mầm non Hoa Sen"
AP = "hN7tQv2sKd4P"
AP_ID = f"101_INSTANCE_{AP}"
NS = f"_{AP_ID}_"
WCL_ID = "62_INSTANCE_Tb4wLm9cRz2E"
WNS = f"_{WCL_ID}_"
WCD_ID = "56_INSTANCE_Ct8mNq2vXb5K"
HOME_AP_ID = "101_INSTANCE_Rk3bX9vTq1Lc"
HOME_WCL_ID = "62_INSTANCE_Hm2tB7xQ4pWd"
PRP_CAT = "p_r_p_564233524_categoryId"
DELTA = 5
WDELTA = 3
TODAY_HEADER = "Thứ Bảy, 05/12/2026"
THEME_T = "1448953812000"

CAT_HD = (30915, "Hoạt động nhà trường")
CAT_CS = (30917, "Chăm sóc - Nuôi dưỡng")
CAT_TB = "Thông báo"
CATS = {CAT_HD[0]: CAT_HD[1], CAT_CS[0]: CAT_CS[1]}
KHOI_IDS = {"Nhà trẻ": 30921, "Mẫu giáo bé": 30922, "Mẫu giáo nhỡ": 30923, "Mẫu giáo lớn": 30924}


# --- helpers -------------------------------------------------------------------------------


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def dl(folder: int, fname: str, t: int) -> str:
    """A Documents and Media URL as Liferay 6.2 prints it (no image extension at the end)."""
    return f"/documents/20181/{folder}/{fname}/{_uuid(fname)}?t={t}"


def jimg(img_id: int, t: int) -> str:
    """A journal article's image field."""
    return f"/image/journal/article?img_id={img_id}&t={t}"


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_VN_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _local(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def rfc822_gmt(local: str) -> str:
    """``Time.getRFC822`` of a local (ICT) display date, in the JVM's GMT."""
    dt = _local(local) - timedelta(hours=7)
    return f"{_DAYS[dt.weekday()]}, {dt.day:02d} {_MONS[dt.month - 1]} {dt.year} {dt:%H:%M:%S} +0000"


def short_date(local: str) -> str:
    return f"{_local(local):%d/%m/%y}"


def short_datetime(local: str) -> str:
    return f"{_local(local):%d/%m/%y %H:%M}"


def long_date(local: str) -> str:
    return f"{_local(local):%d/%m/%Y}"


# --- the articles ---------------------------------------------------------------------------

T0 = 1764000000000

NEWS: list[Story] = [
    Story(
        id=31873,
        slug="ron-rang-hoi-thi-be-khoe-be-ngoan-cap-truong-nam-hoc-2026-2027",
        title="Rộn ràng Hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026 - 2027",
        cat=CAT_HD[1],
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng ngày 03/12/2026, Trường Mầm non Hoa Sen tổ chức Hội thi “Bé khỏe – Bé ngoan” cấp "
            "trường với sự tham gia của 120 trẻ đến từ 8 lớp mẫu giáo."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Thu Hà"],
        blocks=[
            P(
                "Hội thi là hoạt động thiết thực nhằm đánh giá kết quả giáo dục phát triển thể chất và "
                "giáo dục kỹ năng sống cho trẻ sau ba tháng đầu năm học, đồng thời tạo sân chơi bổ ích "
                "để trẻ được vận động, giao lưu và thể hiện bản thân trước bạn bè, thầy cô và cha mẹ."
            ),
            Img(
                dl(30455, "Hoi+thi+be+khoe+1.jpg", T0 + 10113),
                printed="Ban Giám hiệu nhà trường tặng hoa chúc mừng các đội thi",
                caption="Ban Giám hiệu nhà trường tặng hoa chúc mừng các đội thi",
                style="table",
            ),
            P(
                "Hội thi gồm ba phần: phần chào hỏi, phần thi vận động và phần thi kỹ năng. Ở phần chào "
                "hỏi, các đội mang đến những tiết mục giới thiệu sinh động về lớp mình qua bài hát, điệu "
                "múa và câu đố vui."
            ),
            P(
                "Phần thi vận động với các bài tập bật qua suối nhỏ, bò chui qua cổng, ném bóng vào rổ và "
                "chạy tiếp sức đã thu hút sự cổ vũ nhiệt tình của các bậc phụ huynh. Nhiều bé tuy còn nhỏ "
                "nhưng thể hiện sự nhanh nhẹn, khéo léo và tinh thần đồng đội rất cao."
            ),
            Img(
                dl(30455, "Hoi+thi+be+khoe+2.jpg", T0 + 10227),
                printed="Các bé lớp Lá 1 tham gia phần thi bật qua suối nhỏ",
                caption="Các bé lớp Lá 1 tham gia phần thi bật qua suối nhỏ",
                style="table",
            ),
            P(
                "Ở phần thi kỹ năng, trẻ thực hành tự mặc áo, gấp khăn, rửa tay bằng xà phòng đúng sáu "
                "bước và xử lý tình huống khi bị lạc bố mẹ ở nơi đông người."
            ),
            P(
                "Kết thúc hội thi, Ban tổ chức đã trao 01 giải Nhất cho lớp Lá 1, 02 giải Nhì cho lớp "
                "Lá 3 và Chồi 2, 03 giải Ba cùng các giải khuyến khích cho các đội còn lại."
            ),
            P(
                "Phát biểu bế mạc, cô Phạm Thị Thanh Huyền, Hiệu trưởng nhà trường, khen ngợi sự chuẩn bị "
                "chu đáo của giáo viên các lớp và mong muốn phụ huynh tiếp tục phối hợp để duy trì thói "
                "quen vận động hằng ngày cho trẻ tại gia đình."
            ),
        ],
        opts={
            "local": "2026-12-03 14:30",
            "modified": "2026-12-04 08:15",
            "khoi": "Mẫu giáo lớn",
            "byline": '<strong>Nguyễn Thị Thu Hà</strong><br />\n<em>Phó Hiệu trưởng</em>',
            "related": [31806],
        },
    ),
    Story(
        id=31845,
        slug="tuyen-truyen-phong-chong-mot-so-dich-benh-thuong-gap-o-tre-trong-mua-dong",
        title="Tuyên truyền phòng chống một số dịch bệnh thường gặp ở trẻ trong mùa đông",
        cat=CAT_CS[1],
        published_at="2026-12-02T10:00:00+07:00",
        authors=["Bộ phận Y tế học đường"],
        blocks=[
            P(
                "Lào Cai đang bước vào những ngày rét đậm, nhiệt độ ban đêm có thời điểm xuống dưới 10 "
                "độ C. Đây là điều kiện thuận lợi cho các bệnh đường hô hấp, tay chân miệng và tiêu chảy "
                "do vi rút phát triển, đặc biệt ở trẻ dưới 5 tuổi."
            ),
            P(
                "Để chủ động phòng bệnh cho trẻ, bộ phận y tế nhà trường khuyến cáo phụ huynh thực hiện "
                "tốt một số biện pháp sau:"
            ),
            P(
                "Giữ ấm cho trẻ khi ra ngoài, nhất là vùng cổ, ngực, bàn chân; không để trẻ mặc quần áo "
                "ẩm mồ hôi.",
                "li",
            ),
            P("Cho trẻ ăn đủ chất, uống nước ấm, bổ sung rau xanh và trái cây giàu vitamin C.", "li"),
            P(
                "Rửa tay cho trẻ bằng xà phòng trước khi ăn, sau khi đi vệ sinh và khi đi chơi về.",
                "li",
            ),
            P("Đưa trẻ đi tiêm chủng đầy đủ, đúng lịch theo hướng dẫn của trạm y tế phường.", "li"),
            P("Khi nào cần đưa trẻ đi khám?", "h"),
            P(
                "Khi trẻ sốt cao trên 38,5 độ C, thở nhanh, rút lõm lồng ngực, nôn nhiều hoặc xuất hiện "
                "các nốt phỏng nước ở lòng bàn tay, bàn chân, miệng, phụ huynh cần đưa trẻ đến cơ sở y tế "
                "gần nhất và báo cho giáo viên chủ nhiệm để nhà trường phối hợp theo dõi."
            ),
            Img(
                jimg(31862, T0 + 20511),
                printed="Cô giáo hướng dẫn trẻ nhóm Nhà trẻ D1 rửa tay đúng cách",
                caption="Cô giáo hướng dẫn trẻ nhóm Nhà trẻ D1 rửa tay đúng cách",
                style="div",
            ),
            P(
                "Nhà trường đề nghị phụ huynh không cho trẻ đến lớp khi đang mắc bệnh truyền nhiễm để "
                "tránh lây lan trong tập thể."
            ),
        ],
        opts={
            "local": "2026-12-02 10:00",
            "khoi": "Nhà trẻ",
            "byline": "<strong>Bộ phận Y tế học đường</strong>",
            "related": [31873],
        },
    ),
    Story(
        id=31806,
        slug="truong-mam-non-hoa-sen-don-doan-kiem-tra-cong-tac-ban-tru",
        title=(
            "Trường Mầm non Hoa Sen đón Đoàn kiểm tra công tác bán trú của Phòng GD&ĐT thành phố"
        ),
        cat=CAT_HD[1],
        published_at="2026-12-01T06:15:00+07:00",
        summary=(
            "Chiều ngày 30/11/2026, Đoàn kiểm tra của Phòng Giáo dục và Đào tạo thành phố Lào Cai do "
            "bà Hoàng Thị Minh Nguyệt, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác tổ "
            "chức bán trú tại Trường Mầm non Hoa Sen."
        ),
        authors=["Lò Thị Hương"],
        photographers=["Lò Thị Hương"],
        blocks=[
            P(
                "Chiều ngày 30/11/2026, Đoàn kiểm tra của Phòng Giáo dục và Đào tạo thành phố Lào Cai do "
                "bà Hoàng Thị Minh Nguyệt, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác tổ "
                "chức bán trú tại Trường Mầm non Hoa Sen.",
                "lead",
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ sổ sách bán trú, quy trình giao nhận thực phẩm, lưu mẫu thức ăn, "
                "điều kiện vệ sinh bếp ăn một chiều và thực tế giờ ăn, giờ ngủ của trẻ tại các nhóm, lớp."
            ),
            Img(
                dl(30455, "Kiem+tra+ban+tru.jpg", T0 + 30090),
                printed="(Đoàn kiểm tra làm việc tại bếp ăn của nhà trường)",
                caption="Đoàn kiểm tra làm việc tại bếp ăn của nhà trường",
                style="em",
            ),
            P("Qua kiểm tra, Đoàn đánh giá cao nhà trường ở các nội dung:", "br"),
            P(
                "- Bếp ăn được bố trí theo nguyên tắc một chiều, dụng cụ chế biến sống và chín được "
                "tách riêng;",
                "br",
            ),
            P(
                "- Thực đơn được xây dựng theo mùa, cân đối giữa các nhóm chất, đảm bảo năng lượng theo "
                "quy định;",
                "br",
            ),
            P(
                "- Hồ sơ kiểm thực ba bước và lưu mẫu thức ăn 24 giờ được thực hiện đầy đủ."
            ),
            P(
                "Bên cạnh đó, Đoàn cũng góp ý nhà trường cần bổ sung thêm giá phơi khăn có mái che cho "
                "khu nhà trẻ và tăng cường tuyên truyền để phụ huynh nắm được khẩu phần ăn hằng ngày "
                "của con."
            ),
            P(
                "Tiếp thu ý kiến của Đoàn, Ban Giám hiệu cam kết sẽ khắc phục ngay những tồn tại trong "
                "tháng 12, tiếp tục nâng cao chất lượng chăm sóc, nuôi dưỡng để phụ huynh yên tâm "
                "gửi trẻ."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lò Thị Hương</strong></p>'),
        ],
        opts={"local": "2026-12-01 06:15", "related": [31845]},
    ),
    Story(
        id=31767,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat=CAT_HD[1],
        published_at="2026-11-20T16:45:00+07:00",
        authors=["Hoàng Minh Ngọc"],
        photographers=["Vũ Thị Lan"],
        blocks=[
            P(
                "Sáng ngày 20/11/2026, trong không khí phấn khởi của những ngày tháng 11 lịch sử, "
                "Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
                "word",
            ),
            P(
                "Tới dự buổi lễ có ông Nguyễn Đức Thịnh, Phó Chủ tịch UBND phường Kim Tân; đại diện Ban "
                "đại diện cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường qua các "
                "thời kỳ.",
                "word",
            ),
            P(
                "Tại buổi lễ, cô Hiệu trưởng đã ôn lại truyền thống vẻ vang của ngành giáo dục Việt Nam "
                "và điểm lại những kết quả nổi bật nhà trường đạt được trong năm học 2025 - 2026:",
                "word",
            ),
            P("Tỷ lệ trẻ được cân, đo và theo dõi biểu đồ tăng trưởng đạt 100%;", "wordlist"),
            P("Tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm còn 1,8%;", "wordlist"),
            P("03 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp thành phố.", "wordlist"),
            Img(
                dl(30455, "Le+20-11+van+nghe.jpg", T0 + 40317),
                printed="(Các cô giáo biểu diễn văn nghệ chào mừng buổi lễ)",
                caption="Các cô giáo biểu diễn văn nghệ chào mừng buổi lễ",
                style="em",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 tập thể và cá nhân có thành tích xuất sắc "
                "trong phong trào thi đua “Dạy tốt – Học tốt”, đồng thời trao quà tri ân các thầy cô "
                "giáo đã nghỉ hưu.",
                "word",
            ),
            P(
                "Buổi lễ khép lại bằng những tiết mục văn nghệ đặc sắc do các bé mẫu giáo lớn biểu diễn, "
                "gửi gắm lòng biết ơn tới các cô giáo đã ngày đêm chăm sóc, dạy dỗ các em.",
                "word",
            ),
        ],
        opts={
            "local": "2026-11-20 16:45",
            "modified": "2026-11-21 07:40",
            "byline": "<em>Tin: Hoàng Minh Ngọc - Ảnh: Vũ Thị Lan</em>",
        },
    ),
    Story(
        id=31741,
        slug="soi-noi-hoi-giang-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Sôi nổi Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat=CAT_HD[1],
        published_at="2026-11-18T17:20:00+07:00",
        authors=["Đỗ Thị Phương Thảo"],
        photographers=["Lê Thu Trang"],
        blocks=[
            P(
                "Hưởng ứng phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11, từ ngày 09 đến ngày "
                "17/11/2026, Trường Mầm non Hoa Sen đã tổ chức Hội giảng cấp trường với 16 tiết dạy của "
                "giáo viên các khối lớp."
            ),
            P(
                "Các tiết dạy trải đều ở các lĩnh vực phát triển nhận thức, ngôn ngữ, thẩm mỹ và thể "
                "chất. Nhiều giáo viên mạnh dạn ứng dụng công nghệ thông tin, sử dụng bài giảng điện tử "
                "và đồ dùng tự làm từ nguyên vật liệu tái chế."
            ),
            Img(
                dl(30455, "Hoi+giang+20-11.jpg", T0 + 50733),
                printed="Ảnh: Lê Thu Trang",
                caption=None,
                style="em",
            ),
            P(
                "Tiêu biểu là tiết dạy “Khám phá vòng đời của cây lúa” của cô Vàng Thị Mỷ lớp Lá 3, tiết "
                "“Dạy trẻ đọc thơ Hoa kết trái” của cô Trần Thị Thanh Bình lớp Chồi 1."
            ),
            P(
                "Kết quả, Ban giám khảo xếp loại 7 tiết Tốt, 9 tiết Khá. Hội giảng là dịp để đội ngũ "
                "giáo viên học hỏi, trao đổi kinh nghiệm, đổi mới phương pháp theo hướng lấy trẻ làm "
                "trung tâm."
            ),
        ],
        opts={
            "local": "2026-11-18 17:20",
            "enc": "ent",
            "khoi": "Mẫu giáo nhỡ",
            "byline": "<strong>ThS. Đỗ Thị Phương Thảo</strong>",
        },
    ),
    Story(
        id=31690,
        slug="chuyen-de-nang-cao-chat-luong-bua-an-ban-tru-phong-chong-suy-dinh-duong-thap-coi",
        title=(
            "Chuyên đề: Nâng cao chất lượng bữa ăn bán trú, phòng chống suy dinh dưỡng thấp còi "
            "cho trẻ"
        ),
        cat=CAT_CS[1],
        published_at="2026-11-10T15:00:00+07:00",
        summary=(
            "Ngày 07/11/2026, Trường Mầm non Hoa Sen tổ chức chuyên đề “Nâng cao chất lượng bữa ăn "
            "bán trú, phòng chống suy dinh dưỡng thấp còi cho trẻ” với sự tham gia của toàn thể giáo "
            "viên, nhân viên nuôi dưỡng và đại diện cha mẹ trẻ."
        ),
        sapo_outside=True,
        authors=["Đinh Thị Hồng Nhung"],
        blocks=[
            P("1. Thực trạng", "h"),
            P(
                "Đầu năm học 2026 - 2027, nhà trường có 412 trẻ ăn bán trú. Kết quả cân đo tháng 9 cho "
                "thấy có 11 trẻ suy dinh dưỡng thể thấp còi và 6 trẻ thừa cân, chủ yếu ở độ tuổi nhà "
                "trẻ và mẫu giáo bé."
            ),
            P(
                "Nguyên nhân chủ yếu là trẻ biếng ăn, chế độ ăn ở gia đình chưa hợp lý, một số phụ "
                "huynh cho trẻ ăn quà vặt trước giờ đến lớp."
            ),
            Img(
                dl(30455, "Chuyen+de+ban+tru+1.jpg", T0 + 60401),
                printed="(Nhân viên nuôi dưỡng trình bày cách chế biến món ăn mới)",
                caption="Nhân viên nuôi dưỡng trình bày cách chế biến món ăn mới",
                style="em",
            ),
            P("2. Các giải pháp đã thực hiện", "h"),
            P(
                "Nhà trường xây dựng thực đơn theo tuần, theo mùa, thay đổi món thường xuyên, tăng "
                "cường các món chế biến từ thực phẩm địa phương như rau cải mèo, bí đỏ, cá suối."
            ),
            Raw("@page_break@"),
            P("Bảng khẩu phần một ngày điển hình của trẻ mẫu giáo:"),
            P("Bữa | Món ăn | Năng lượng (Kcal)", "row"),
            P("Bữa trưa | Cơm, thịt lợn rim, canh bí đỏ nấu tôm | 420", "row"),
            P("Bữa chiều | Cháo thịt gà, sữa chua | 230", "row"),
            P(
                "Bên cạnh đó, giáo viên các lớp tổ chức giờ ăn nhẹ nhàng, động viên trẻ ăn hết suất, "
                "không ép trẻ ăn; phối hợp với phụ huynh theo dõi cân nặng, chiều cao của trẻ "
                "hằng tháng."
            ),
            P("3. Kết quả", "h"),
            P(
                "Sau hai tháng thực hiện, tỷ lệ trẻ ăn hết suất đạt 96%; 7/11 trẻ suy dinh dưỡng thấp "
                "còi đã tăng cân, chiều cao đạt kênh bình thường."
            ),
            Img(
                dl(30455, "Chuyen+de+ban+tru+2.jpg", T0 + 60488),
                printed="Giờ ăn bán trú của trẻ lớp Mầm 2",
                caption="Giờ ăn bán trú của trẻ lớp Mầm 2",
                style="table",
            ),
        ],
        opts={
            "local": "2026-11-10 15:00",
            "khoi": "Nhà trẻ",
            "byline": "<strong>Đinh Thị Hồng Nhung</strong> (Tổ trưởng tổ Nuôi dưỡng)",
        },
    ),
    Story(
        id=31622,
        slug="toa-dam-ky-niem-96-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam-20-10",
        title="Tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20/10",
        cat=CAT_HD[1],
        published_at="2026-10-20T09:30:00+07:00",
        blocks=[
            P(
                "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
                "20/10/2026), chiều ngày 19/10/2026, Công đoàn Trường Mầm non Hoa Sen tổ chức buổi tọa "
                "đàm với chủ đề “Người phụ nữ hiện đại – giỏi việc trường, đảm việc nhà”."
            ),
            P(
                "Tham dự buổi tọa đàm có 45 đoàn viên công đoàn là cán bộ, giáo viên, nhân viên nữ của "
                "nhà trường."
            ),
            P(
                "Các ý kiến tham luận đã chia sẻ kinh nghiệm cân bằng giữa công việc chăm sóc, giáo dục "
                "trẻ ở trường với vai trò người mẹ, người vợ trong gia đình; cách sắp xếp thời gian để "
                "học tập nâng cao trình độ chuyên môn."
            ),
            Img(
                dl(30455, "Toa+dam+20-10.jpg", T0 + 70159),
                printed="Các chị em công đoàn viên tham gia phần thi cắm hoa",
                caption="Các chị em công đoàn viên tham gia phần thi cắm hoa",
                style="div",
            ),
            P(
                "Xen kẽ buổi tọa đàm là phần thi cắm hoa nghệ thuật giữa các tổ chuyên môn. Tổ Lá giành "
                "giải Nhất với tác phẩm “Sắc thu Hoàng Liên”."
            ),
            P(
                "Buổi tọa đàm diễn ra trong không khí vui tươi, ấm áp, góp phần gắn kết tình đoàn kết "
                "trong tập thể sư phạm nhà trường."
            ),
        ],
        opts={"local": "2026-10-20 09:30", "enc": "nfd", "byline": "<em>BBT Website</em>"},
    ),
    Story(
        id=31598,
        slug="kham-suc-khoe-dinh-ky-dot-1-cho-tre-nam-hoc-2026-2027",
        title="Khám sức khỏe định kỳ đợt 1 cho trẻ năm học 2026 - 2027",
        cat=CAT_CS[1],
        published_at="2026-10-15T11:00:00+07:00",
        source="Trạm Y tế phường Kim Tân",
        blocks=[
            P(
                "Trong hai ngày 13 và 14/10/2026, Trường Mầm non Hoa Sen phối hợp với Trạm Y tế phường "
                "Kim Tân tổ chức khám sức khỏe định kỳ đợt 1 cho 412 trẻ của nhà trường."
            ),
            P(
                "Theo kế hoạch, trẻ được khám tổng quát, khám răng miệng, tai mũi họng, mắt và được đo "
                "chiều cao, cân nặng để đánh giá tình trạng dinh dưỡng."
            ),
            Img(
                jimg(31607, T0 + 80022),
                printed="(Bác sĩ Trạm Y tế phường khám răng cho trẻ lớp Chồi 2)",
                caption="Bác sĩ Trạm Y tế phường khám răng cho trẻ lớp Chồi 2",
                style="em",
            ),
            P(
                "Qua khám, đa số trẻ có sức khỏe tốt. Một số trẻ mắc các bệnh thường gặp như sâu răng "
                "(chiếm 14%), viêm họng, viêm mũi. Kết quả khám của từng trẻ đã được thông báo tới phụ "
                "huynh qua sổ theo dõi sức khỏe."
            ),
            P(
                "Nhà trường khuyến cáo phụ huynh quan tâm vệ sinh răng miệng cho trẻ, hạn chế cho trẻ ăn "
                "đồ ngọt vào buổi tối và đưa trẻ đi điều trị kịp thời khi có dấu hiệu bất thường."
            ),
        ],
        opts={"local": "2026-10-15 11:00", "nguon": "Trạm Y tế phường Kim Tân"},
    ),
    Story(
        id=31571,
        slug="be-lop-la-2-trai-nghiem-tham-quan-bao-tang-tinh-lao-cai",
        title="Bé lớp Lá 2 trải nghiệm tham quan Bảo tàng tỉnh Lào Cai",
        cat=CAT_HD[1],
        published_at="2026-10-09T15:40:00+07:00",
        authors=["Nguyễn Thị Lan Anh"],
        blocks=[
            P(
                "Nhằm giúp trẻ mở rộng hiểu biết về lịch sử, văn hóa của quê hương, sáng ngày "
                "08/10/2026, 32 bé lớp Lá 2 đã có buổi tham quan trải nghiệm tại Bảo tàng tỉnh Lào Cai."
            ),
            P(
                "Tại đây, các bé được nghe cô thuyết minh viên giới thiệu về trang phục truyền thống của "
                "đồng bào Mông, Dao, Tày, Giáy; được tận mắt nhìn thấy chiếc khèn, chiếc cối giã gạo và "
                "những bộ váy thổ cẩm nhiều màu sắc."
            ),
            Img(
                dl(30455, "Tham+quan+bao+tang.jpg", T0 + 90644),
                printed="Các bé chăm chú nghe giới thiệu về trang phục dân tộc Dao đỏ",
                caption="Các bé chăm chú nghe giới thiệu về trang phục dân tộc Dao đỏ",
                style="table",
            ),
            P(
                "Nhiều bé hào hứng đặt câu hỏi: “Cô ơi, chiếc khèn này thổi thế nào ạ?”, “Váy của các "
                "bạn Mông làm bằng gì ạ?”. Những câu hỏi hồn nhiên của trẻ khiến buổi tham quan thêm "
                "sinh động."
            ),
            P(
                "Chuyến đi đã để lại cho các bé nhiều ấn tượng đẹp, giúp trẻ thêm yêu quý và tự hào về "
                "quê hương Lào Cai giàu bản sắc."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguyễn Thị Lan Anh</strong>'
                " - GV lớp Lá 2</p>"
            ),
        ],
        opts={"local": "2026-10-09 15:40", "khoi": "Mẫu giáo lớn"},
    ),
]

#: descriptions (the asset's summary): the listing's abstract and the meta description
DESCRIPTIONS = {
    31845: "Nhà trường khuyến cáo phụ huynh một số biện pháp giữ ấm, phòng bệnh cho trẻ khi trời rét.",
    31806: "Đoàn kiểm tra đánh giá cao công tác tổ chức bán trú của nhà trường.",
    31767: "Nhà trường long trọng kỷ niệm Ngày Nhà giáo Việt Nam và tri ân các thầy cô đã nghỉ hưu.",
    31741: "16 tiết dạy của giáo viên các khối lớp được Ban giám khảo đánh giá cao.",
    31622: "Công đoàn nhà trường tổ chức tọa đàm “Người phụ nữ hiện đại – giỏi việc trường, đảm việc nhà”.",
    31598: "412 trẻ được khám sức khỏe, đo chiều cao và cân nặng.",
    31571: "Các bé được tìm hiểu về trang phục, nhạc cụ truyền thống của các dân tộc Lào Cai.",
}

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">UBND THÀNH PHỐ LÀO CAI<br />'
    "<strong>TRƯỜNG MẦM NON HOA SEN</strong><br />Số: 86/TB-MNHS</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
    "NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Lào Cai, ngày 04 tháng 12 năm 2026</em></td></tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tuyển sinh bổ sung trẻ nhà trẻ năm học 2026 - 2027</strong></p>"
)
_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Phòng GD&amp;ĐT thành phố (b/c);<br />- Cha mẹ trẻ (t/b);<br />- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Phạm Thị Thanh Huyền</strong></td></tr></tbody></table>"
)

NOTICES: list[Story] = [
    Story(
        id=31890,
        slug="thong-bao-tuyen-sinh-bo-sung",
        title="Thông báo tuyển sinh bổ sung trẻ nhà trẻ năm học 2026 - 2027",
        cat=CAT_TB,
        published_at="2026-12-04",
        authors=["Phạm Thị Thanh Huyền"],
        blocks=[
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Kế hoạch số 112/KH-MNHS ngày 15/8/2026 của Trường Mầm non Hoa Sen về công tác "
                "tuyển sinh năm học 2026 - 2027;"
            ),
            P(
                "Căn cứ tình hình thực tế số trẻ hiện có tại các nhóm lớp nhà trẻ, Trường Mầm non Hoa "
                "Sen thông báo tuyển sinh bổ sung như sau:"
            ),
            P(
                "1. Đối tượng: trẻ sinh năm 2024 (từ 24 đến 36 tháng tuổi) có hộ khẩu thường trú hoặc "
                "đang tạm trú trên địa bàn phường Kim Tân."
            ),
            P("2. Chỉ tiêu: 15 trẻ."),
            P(
                "3. Hồ sơ gồm: đơn xin nhập học (theo mẫu của nhà trường); bản sao giấy khai sinh; bản "
                "sao sổ tiêm chủng của trẻ."
            ),
            P(
                "4. Thời gian nhận hồ sơ: từ ngày 07/12/2026 đến hết ngày 18/12/2026 (trong giờ hành "
                "chính) tại Văn phòng nhà trường."
            ),
            P(
                "Mọi thông tin chi tiết xin liên hệ: đồng chí Nguyễn Thị Thu Hà, Phó Hiệu trưởng, điện "
                "thoại 0983 215 446."
            ),
            Raw(_CLOSING),
        ],
        opts={
            "local": "2026-12-04 16:20",
            "nodate": True,
            "attach": ("Mẫu đơn xin nhập học.pdf", "/documents/20181/31700/Mau+don+xin+nhap+hoc.pdf/"
                       + _uuid("mau-don") + "?t=1764840000000"),
        },
    ),
    Story(
        id=31855,
        slug="thong-bao-ngay-hoi-gia-dinh-yeu-thuong",
        title="Thông báo về việc tổ chức Ngày hội “Gia đình yêu thương” năm 2026",
        cat=CAT_TB,
        published_at="2026-11-25T09:00:00+07:00",
        authors=["Ban Giám hiệu"],
        blocks=[
            P(
                "Nhằm tăng cường sự gắn kết giữa gia đình và nhà trường trong công tác chăm sóc, giáo "
                "dục trẻ, Trường Mầm non Hoa Sen tổ chức Ngày hội “Gia đình yêu thương” năm 2026."
            ),
            P("Thời gian: 7 giờ 30 phút, thứ Bảy ngày 12/12/2026."),
            P("Địa điểm: sân trường Mầm non Hoa Sen, số 25 đường Hoàng Liên, phường Kim Tân."),
            P(
                "Nội dung: trẻ và bố mẹ cùng tham gia các trò chơi dân gian, gian hàng ẩm thực do các "
                "lớp tự tổ chức và chương trình văn nghệ của các bé."
            ),
            P("Nhà trường trân trọng kính mời quý phụ huynh sắp xếp thời gian tham dự cùng các con."),
            Raw('<p style="text-align: right;"><strong>Ban Giám hiệu</strong></p>'),
        ],
        opts={"local": "2026-11-25 09:00"},
    ),
    Story(
        id=31802,
        slug="thong-bao-lich-tiem-vac-xin-soi-rubella",
        title="Thông báo lịch tiêm vắc xin sởi - rubella bổ sung cho trẻ",
        cat=CAT_TB,
        published_at="2026-11-17T14:00:00+07:00",
        source="Trạm Y tế phường Kim Tân",
        blocks=[
            P(
                "Thực hiện Kế hoạch của Trung tâm Y tế thành phố Lào Cai về tiêm vắc xin sởi - rubella "
                "bổ sung cho trẻ từ 1 đến 5 tuổi, Trạm Y tế phường Kim Tân phối hợp với nhà trường tổ "
                "chức tiêm cho trẻ chưa tiêm đủ mũi."
            ),
            P("Thời gian tiêm: từ 7 giờ 30 đến 10 giờ 30 sáng thứ Năm, ngày 19/11/2026."),
            P("Địa điểm: phòng Y tế Trường Mầm non Hoa Sen."),
            P(
                "Phụ huynh vui lòng mang theo sổ tiêm chủng của trẻ, cho trẻ ăn sáng đầy đủ trước khi "
                "tiêm và ở lại theo dõi trẻ 30 phút sau tiêm."
            ),
            Raw("<p><em>Nguồn: Trạm Y tế phường Kim Tân</em></p>"),
        ],
        opts={"local": "2026-11-17 14:00"},
    ),
    Story(
        id=31650,
        slug="thong-bao-cac-khoan-thu-thoa-thuan",
        title="Thông báo các khoản thu thỏa thuận năm học 2026 - 2027",
        cat=CAT_TB,
        published_at="2026-10-26",
        blocks=[
            P(
                "Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh Lào Cai quy định các khoản thu dịch vụ "
                "phục vụ, hỗ trợ hoạt động giáo dục và thống nhất tại cuộc họp Ban đại diện cha mẹ trẻ "
                "ngày 22/10/2026, nhà trường thông báo các khoản thu thỏa thuận năm học 2026 - 2027 "
                "như sau:"
            ),
            P("STT | Nội dung | Mức thu", "row"),
            P("1 | Tiền ăn bán trú | 25.000 đồng/trẻ/ngày", "row"),
            P("2 | Nước uống | 10.000 đồng/trẻ/tháng", "row"),
            P("3 | Học phẩm, đồ dùng cá nhân | 150.000 đồng/trẻ/năm học", "row"),
            P(
                "Phụ huynh nộp tiền trực tiếp cho giáo viên chủ nhiệm hoặc chuyển khoản vào tài khoản "
                "của nhà trường trước ngày 10 hằng tháng."
            ),
            P(
                "Nhà trường công khai các khoản thu, chi trên bảng tin và tại các buổi họp phụ huynh "
                "định kỳ."
            ),
        ],
        opts={
            "local": "2026-10-26 00:00",
            "attach": ("Bieu_mau_cac_khoan_thu_2026-2027.pdf", "/documents/20181/31700/"
                       "Bieu_mau_cac_khoan_thu_2026-2027.pdf/" + _uuid("khoan-thu") + "?t=1761498000000"),
        },
    ),
]

NEWS_BY_ID = {s.id: s for s in NEWS}
NOTICE_BY_ID = {s.id: s for s in NOTICES}
NEWS_BY_SLUG = {s.slug: s for s in NEWS}
HOME_NEWS = [31873, 31845, 31806, 31767, 31741]
MOST_READ = [31767, 31873, 31845]


def cat_id_of(story: Story) -> int:
    return CAT_HD[0] if story.cat == CAT_HD[1] else CAT_CS[0]


def ap_url(story: Story) -> str:
    return f"{SITE}/tin-tuc/-/asset_publisher/{AP}/content/{story.slug}"


def chi_tiet_url(story: Story) -> str:
    return f"{SITE}/chi-tiet?articleId={story.id}"


def listing_bare(cat: int | None) -> str:
    return f"{SITE}/tin-tuc" + (f"?{PRP_CAT}={cat}" if cat else "")


def listing_page_url(cur: int, cat: int | None) -> str:
    q = [
        ("p_p_id", AP_ID),
        ("p_p_lifecycle", "0"),
        ("p_p_state", "normal"),
        ("p_p_mode", "view"),
        ("p_p_col_id", "column-1"),
        ("p_p_col_count", "1"),
    ]
    if cat:
        q.append((PRP_CAT, str(cat)))
    q += [
        (NS + "delta", str(DELTA)),
        (NS + "keywords", ""),
        (NS + "advancedSearch", "false"),
        (NS + "andOperator", "true"),
        ("p_r_p_564233524_resetCur", "false"),
        (NS + "cur", str(cur)),
    ]
    return f"{SITE}/tin-tuc?" + urlencode(q)


def news_in(cat: int | None) -> list[Story]:
    items = [s for s in NEWS if cat is None or cat_id_of(s) == cat]
    return sorted(items, key=lambda s: s.opts["local"], reverse=True)


def pages_of(n: int, delta: int) -> int:
    return max(1, -(-n // delta))


def listing_forms(cat: int | None, cur: int) -> list[str]:
    """The URLs printed somewhere on the site that show this listing view."""
    forms = [listing_bare(cat)] if cur == 1 else []
    if pages_of(len(news_in(cat)), DELTA) > 1:
        forms.append(listing_page_url(cur, cat))
    return forms


def with_redirect(story: Story, current: str) -> str:
    return f"{ap_url(story)}?redirect={quote(current, safe='')}"


def wcl_page_url(cur: int) -> str:
    q = [
        ("p_p_id", WCL_ID),
        ("p_p_lifecycle", "0"),
        ("p_p_state", "normal"),
        ("p_p_mode", "view"),
        ("p_p_col_id", "column-1"),
        ("p_p_col_count", "1"),
        (WNS + "delta", str(WDELTA)),
        (WNS + "keywords", ""),
        (WNS + "advancedSearch", "false"),
        (WNS + "andOperator", "true"),
        (WNS + "cur", str(cur)),
    ]
    return f"{SITE}/thong-bao?" + urlencode(q)


def notices_sorted() -> list[Story]:
    return sorted(NOTICES, key=lambda s: s.opts["local"], reverse=True)


def page_url(story: Story, page: int) -> str:
    return f"{ap_url(story)}?{NS}page={page}"


# --- labels (the /en/ prefix shows the chrome in English) -----------------------------------

LABELS = {
    "vi": {
        "back": "Quay lại",
        "more": "Xem thêm",
        "about": "về",
        "related": "Nội dung liên quan",
        "views": "Lượt xem",
        "by": "bởi",
        "your_rating": "Đánh giá của bạn",
        "avg": "Đánh giá trung bình",
        "votes": "Phiếu bầu",
        "comments": "Bình luận",
        "no_comments": "Chưa có bình luận nào.",
        "first": "Hãy là người đầu tiên.",
        "here": "Bạn đang ở đây",
        "nav": "Điều hướng",
        "page_of": "Trang {c} của {t}",
        "showing": "Hiển thị {a} - {b} của {n} kết quả.",
        "btn_first": "Đầu",
        "btn_prev": "Trước",
        "btn_next": "Tiếp",
        "btn_last": "Cuối",
        "prev_page": "Trang trước",
        "next_page": "Trang sau",
        "skip": "Chuyển tới nội dung",
        "goto": "Đi đến",
    },
    "en": {
        "back": "Back",
        "more": "Read More",
        "about": "About",
        "related": "Related Assets",
        "views": "Views",
        "by": "By",
        "your_rating": "Your Rating",
        "avg": "Average",
        "votes": "Votes",
        "comments": "Comments",
        "no_comments": "No comments yet.",
        "first": "Be the first.",
        "here": "You Are Here",
        "nav": "Navigation",
        "page_of": "Page {c} of {t}",
        "showing": "Showing {a} - {b} of {n} results.",
        "btn_first": "First",
        "btn_prev": "Previous",
        "btn_next": "Next",
        "btn_last": "Last",
        "prev_page": "Previous Page",
        "next_page": "Next Page",
        "skip": "Skip to Content",
        "goto": "Go to",
    },
}


# --- rendering of article text --------------------------------------------------------------


def _t(value: str, enc: str | None) -> str:
    return text(value, nfd=enc == "nfd", entities=1 if enc == "ent" else 0)


_WORD_SPAN = 'style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"'


def render_img(img: Img, enc: str | None) -> str:
    src = esc(img.src)
    line = _t(img.printed, enc) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 520px;">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width: 520px; height: 347px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><em>{line}</em></td></tr></tbody></table>'
        )
    if img.style == "div":
        return (
            f'<div class="anh-tt"><img alt="{esc(img.printed or "")}" src="{src}" width="500" />'
            f'<div class="anh-tt-cap">{line}</div></div>'
        )
    out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 500px; height: 333px;" /></p>'
    if line:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


def render_blocks(blocks: list, enc: str | None) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(render_img(b, enc))
            i += 1
            continue
        st = b.style
        if st == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, enc)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if st == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = [c.strip() for c in blocks[i].text.split(" | ")]
                if first:
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{_t(c, enc)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(c, enc)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if st == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(_t(blocks[i].text, enc))
                i += 1
            if i < len(blocks) and isinstance(blocks[i], P):
                parts.append(_t(blocks[i].text, enc))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(parts) + "</p>")
            continue
        if st == "h":
            out.append(f'<h3 style="font-size: 14px;"><strong>{_t(b.text, enc)}</strong></h3>')
        elif st == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_t(b.text, enc)}</strong></p>')
        elif st == "word":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:115%">'
                f"<span {_WORD_SPAN}>{_t(b.text, enc)}</span><o:p></o:p></p>"
            )
        elif st == "wordlist":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.5in;text-align:justify;'
                'text-indent:-.25in;mso-list:l0 level1 lfo1"><span style="font-size:14.0pt;'
                'mso-fareast-font-family:&quot;Times New Roman&quot;"><span style="mso-list:Ignore">-'
                '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                f"&nbsp;</span></span></span><span {_WORD_SPAN}>{_t(b.text, enc)}</span><o:p></o:p></p>"
            )
        else:
            out.append(f'<p style="text-align: justify;">{_t(b.text, enc)}</p>')
        i += 1
    return "\n".join(out)


def runtime_box() -> str:
    """The Web Content Display the journal template embeds with ``$theme.runtime``."""
    pid = "56_INSTANCE_qcTS27xKp0aB"
    return (
        f'<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end '
        f'portlet-decorate portlet-journal-content" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper">'
        '<h1 class="portlet-title"><span class="portlet-title-text">Tuyển sinh năm học 2027 - 2028'
        '</span></h1></header><div class="portlet-content"><div class=" portlet-content-container" '
        'style=""><div class="portlet-body"><div class="journal-content-article">'
        "<p>Trường Mầm non Hoa Sen nhận trẻ từ 18 tháng đến 6 tuổi. Phụ huynh có nhu cầu vui lòng "
        "liên hệ Văn phòng nhà trường, điện thoại 0214 3 840 125.</p>"
        f'<p><a href="{SITE}/tuyen-sinh">» Xem thông tin tuyển sinh</a></p>'
        "</div></div></div></div></section></div>"
    )


def news_template(story: Story) -> str:
    """The vendor's journal template "TIN TUC" (Velocity) applied to a news article."""
    enc = story.opts.get("enc")
    parts = [
        '<div class="tt-chitiet">',
        f'<h2 class="tt-tieude">{_t(story.title, enc)}</h2>',
        '<div class="tt-ngaydang"><i class="icon-time"></i> Ngày đăng: '
        f"{rfc822_gmt(story.opts['local'])}</div>",
    ]
    if story.sapo_outside and story.summary:
        parts.append(f'<div class="tt-mota"><strong>{_t(story.summary, enc)}</strong></div>')
    parts.append(f'<div class="tt-noidung">\n{render_blocks(story.blocks, enc)}\n</div>')
    parts.append(runtime_box())
    if story.opts.get("byline"):
        parts.append(f'<div class="tt-tacgia" style="text-align: right;">{story.opts["byline"]}</div>')
    if story.opts.get("nguon"):
        parts.append(f'<div class="tt-nguon"><em>Nguồn: {esc(story.opts["nguon"])}</em></div>')
    parts.append("</div>")
    return "\n".join(parts)


def notice_template(story: Story) -> str:
    """The vendor's journal template "THONG BAO"."""
    parts = ['<div class="tb-ct">', f'<div class="tb-ct-tieude">{esc(story.title)}</div>']
    if not story.opts.get("nodate"):
        parts.append(f'<p class="tb-ct-ngay">Đăng ngày: {rfc822_gmt(story.opts["local"])}</p>')
    parts.append(f'<div class="tb-ct-nd">\n{render_blocks(story.blocks, None)}\n</div>')
    if story.opts.get("attach"):
        name, href = story.opts["attach"]
        parts.append(
            f'<div class="tb-ct-dk"><strong>Tệp đính kèm:</strong> <img alt="" '
            f'src="/mnhoasen-theme/images/file_system/small/pdf.png" /> <a href="{esc(href)}" '
            f'target="_blank">{esc(name)}</a></div>'
        )
    parts.append("</div>")
    return "\n".join(parts)


def template_pages(story: Story) -> list[str]:
    out = news_template(story) if story.id in NEWS_BY_ID else notice_template(story)
    return out.split("@page_break@")


# --- page chrome ----------------------------------------------------------------------------

MENU = [
    ("Trang chủ", f"{SITE}/trang-chu", []),
    (
        "Giới thiệu",
        f"{SITE}/gioi-thieu",
        [("Giới thiệu chung", f"{SITE}/gioi-thieu"), ("Cơ cấu tổ chức", f"{SITE}/gioi-thieu/co-cau-to-chuc")],
    ),
    (
        "Tin tức",
        f"{SITE}/tin-tuc",
        [(CAT_HD[1], listing_bare(CAT_HD[0])), (CAT_CS[1], listing_bare(CAT_CS[0]))],
    ),
    ("Thông báo", f"{SITE}/thong-bao", []),
    ("Thực đơn", f"{SITE}/thuc-don-tuan", []),
    ("Tuyển sinh", f"{SITE}/tuyen-sinh", []),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Thư viện ảnh", f"{SITE}/thu-vien-anh", []),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def nav(selected: str, lang: str) -> str:
    items = []
    for n, (label, href, children) in enumerate(MENU, start=1):
        layout = 11 + n
        cls = ' class="selected"' if label == selected else ""
        sub = ""
        if children:
            kids = "".join(
                f'<li class="" id="layout_{layout}{k}" role="presentation"><a href="{esc(h)}" '
                f'role="menuitem">{esc(lab)}</a></li>'
                for k, (lab, h) in enumerate(children, start=1)
            )
            sub = f'<ul class="child-menu" role="menu">{kids}</ul>'
        popup = ' aria-haspopup="true"' if children else ""
        items.append(
            f'<li{cls} id="layout_{layout}" role="presentation"><a aria-labelledby="layout_{layout}"'
            f'{popup} href="{esc(href)}" role="menuitem"><span> {esc(label)}</span></a>{sub}</li>'
        )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">'
        f"<h1><span>{LABELS[lang]['nav']}</span></h1>"
        '<ul aria-label="Các trang" role="menubar">' + "".join(items) + "</ul></nav>"
    )


def breadcrumb(trail: list[tuple[str, str | None]], lang: str) -> str:
    lis = [f'<li class="first"><a href="{SITE}">{SCHOOL}</a><span class="divider">/</span></li>']
    for k, (label, href) in enumerate(trail):
        last = k == len(trail) - 1
        if last:
            lis.append(f'<li class="active last breadcrumb-truncate">{esc(label)}</li>')
        else:
            lis.append(
                f'<li class="current-parent breadcrumb-truncate"><a href="{esc(href or "#")}">'
                f'{esc(label)}</a><span class="divider">/</span></li>'
            )
    return (
        f'<nav id="breadcrumbs"><h1><span>{LABELS[lang]["here"]}</span></h1>'
        '<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">' + "".join(lis) + "</ul></nav>"
    )


def portlet(pid: str, title: str | None, inner: str, css: str = "") -> str:
    root = pid.split("_INSTANCE_")[0]
    head = f'<div class="portlet-boundary portlet-boundary_{root}_ portlet-static portlet-static-end '
    if title is None:
        return (
            head + f'portlet-borderless {css}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
            f'<div class="portlet-borderless-container" style=""><div class="portlet-body">{inner}'
            "</div></div></div>"
        )
    return (
        head + f'portlet-decorate {css}" id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}"><header class="portlet-topper">'
        f'<h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1>'
        f'<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar"></menu>'
        f'</header><div class="portlet-content"><div class=" portlet-content-container" style="">'
        f'<div class="portlet-body">{inner}</div></div></div></section></div>'
    )


def search_box() -> str:
    return (
        '<form action="/web/mnhoasen/trang-chu?p_p_auth=Rz3kP1sE&amp;p_p_id=3&amp;p_p_lifecycle=0&amp;'
        'p_p_state=maximized&amp;p_p_mode=view&amp;_3_struts_action=%2Fsearch%2Fsearch" method="get" '
        'name="_3_fm" class="timkiem-hs">'
        '<input name="p_p_auth" type="hidden" value="Rz3kP1sE" />'
        '<input name="p_p_id" type="hidden" value="3" />'
        '<input name="p_p_lifecycle" type="hidden" value="0" />'
        '<input name="p_p_state" type="hidden" value="maximized" />'
        '<input name="p_p_mode" type="hidden" value="view" />'
        '<input name="_3_struts_action" type="hidden" value="/search/search" />'
        '<input class="search-query span9" id="_3_keywords" name="_3_keywords" placeholder="Tìm kiếm…" '
        'size="30" type="text" value="" />'
        '<button class="btn" type="submit"><i class="icon-search"></i></button></form>'
    )


def sidebar(lang: str) -> str:
    most = "".join(
        f'<li><a href="{chi_tiet_url(NEWS_BY_ID[i])}">{esc(NEWS_BY_ID[i].title)}</a> '
        f'<span class="tdn-luot">({NEWS_BY_ID[i].views()})</span></li>'
        for i in MOST_READ
    )
    links = (
        '<select class="lk-web" onchange="if(this.value!=\'\'){window.open(this.value);}">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://laocai.gov.vn">Cổng TTĐT tỉnh Lào Cai</option>'
        '<option value="http://sgddt.laocai.gov.vn">Sở GD&amp;ĐT Lào Cai</option>'
        '<option value="http://moet.gov.vn">Bộ Giáo dục và Đào tạo</option></select>'
        '<p><a href="http://thanhpholaocai.laocai.gov.vn" target="_blank"><img alt="UBND thành phố '
        'Lào Cai" src="/mnhoasen-theme/images/banner/ubnd-tp.png" /></a></p>'
    )
    poll = (
        '<form action="/web/mnhoasen/trang-chu?p_auth=Rz3kP1sE&amp;p_p_id=59_INSTANCE_Pl7dQ2nVx8Ks&amp;'
        "p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;p_p_col_id=column-2&amp;"
        "p_p_col_count=1&amp;_59_INSTANCE_Pl7dQ2nVx8Ks_javax.portlet.action=%2Fpolls_display%2Fview\" "
        'method="post" name="_59_INSTANCE_Pl7dQ2nVx8Ks_fm">'
        '<input name="_59_INSTANCE_Pl7dQ2nVx8Ks_questionId" type="hidden" value="30877" />'
        "<p>Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của nhà trường?</p>"
        '<label class="radio"><input name="_59_INSTANCE_Pl7dQ2nVx8Ks_choiceId" type="radio" value="1" /> '
        "Rất hài lòng</label>"
        '<label class="radio"><input name="_59_INSTANCE_Pl7dQ2nVx8Ks_choiceId" type="radio" value="2" /> '
        "Hài lòng</label>"
        '<label class="radio"><input name="_59_INSTANCE_Pl7dQ2nVx8Ks_choiceId" type="radio" value="3" /> '
        "Chưa hài lòng</label>"
        '<div class="button-holder"><button class="btn" type="submit">Bình chọn</button></div></form>'
    )
    counter = (
        '<div class="tk-truycap"><p><i class="icon-user"></i> Đang online: <strong>12</strong></p>'
        "<p>Hôm nay: <strong>245</strong></p><p>Hôm qua: <strong>318</strong></p>"
        "<p>Tổng truy cập: <strong>1.203.774</strong></p></div>"
    )
    clip = (
        '<iframe allowfullscreen="" frameborder="0" height="200" '
        'src="https://www.youtube.com/embed/q3mWZxH7aLc" width="100%"></iframe>'
        "<p>Clip: Các bé lớp Lá biểu diễn “Em yêu trường em”</p>"
    )
    return "\n".join(
        [
            portlet(
                "tinnoibat_WAR_hoasenportlet",
                "Tin đọc nhiều",
                f'<ul class="tdn-list">{most}</ul>',
                "portlet-tinnoibat",
            ),
            portlet("56_INSTANCE_Lk5wRt8yUe2M", "Liên kết website", links, "portlet-journal-content"),
            portlet("59_INSTANCE_Pl7dQ2nVx8Ks", "Thăm dò ý kiến", poll, "portlet-polls-display"),
            portlet("56_INSTANCE_Vd3cXs1qBn6J", "Video clip", clip, "portlet-journal-content"),
            portlet("thongke_WAR_hoasenportlet", "Thống kê truy cập", counter, "portlet-thongke"),
        ]
    )


FOOTER = (
    '<footer id="footer" role="contentinfo"><div class="ft-hs">'
    "<p><strong>TRƯỜNG MẦM NON HOA SEN - THÀNH PHỐ LÀO CAI</strong></p>"
    "<p>Địa chỉ: Số 25, đường Hoàng Liên, phường Kim Tân, thành phố Lào Cai, tỉnh Lào Cai</p>"
    "<p>Điện thoại: 0214 3 840 125 - Email: mnhoasen.lc@laocai.edu.vn</p>"
    "<p>Chịu trách nhiệm nội dung: Bà Phạm Thị Thanh Huyền - Hiệu trưởng</p>"
    "<p>© 2015 - 2026 Bản quyền thuộc về Trường Mầm non Hoa Sen. Thiết kế bởi Công ty TNHH Tin học "
    "Sao Mai Lào Cai</p></div>"
    '<p class="powered-by">Được cung cấp bởi <a href="http://www.liferay.com" rel="external">'
    "Liferay</a></p></footer>"
)

VENDOR_CSS = (
    "<style type=\"text/css\">"
    ".metadata-publish-date:before{content:'Ngày đăng: ';}"
    ".metadata-modified-date:before{content:' | Cập nhật: ';}"
    ".metadata-view-count{color:#888}"
    ".tt-tieude{text-transform:uppercase;color:#0b5fa5}"
    ".tt-ngaydang{color:#999;font-size:11px}"
    ".asset-vocabulary{font-weight:bold}"
    "</style>"
)


def page(
    request: Request,
    *,
    lang: str,
    title: str,
    page_title: str,
    selected: str,
    trail: list[tuple[str, str | None]],
    main: str,
    canonical: str,
    description: str | None = None,
    robots: str | None = None,
    layout_id: int = 12,
) -> Response:
    host = base_url(request)
    desc = (
        f'<meta content="{esc(description)}" lang="vi-VN" name="description" />\n'
        if description
        else ""
    )
    robots_tag = f'<meta content="{robots}" name="robots" />\n' if robots else ""
    lang_w3c = "vi-VN" if lang == "vi" else "en-US"
    body = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{lang_w3c}">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}{robots_tag}<link href="/mnhoasen-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="{host}{esc(canonical)}" rel="canonical" />
<link href="{host}/vi{esc(canonical)}" hreflang="vi-VN" rel="alternate" />
<link href="{host}/en{esc(canonical)}" hreflang="en-US" rel="alternate" />
<link href="{host}{esc(canonical)}" hreflang="x-default" rel="alternate" />
<link class="lfr-css-file" href="{host}/mnhoasen-theme/css/aui.css?browserId=other&amp;themeId=mnhoasen_WAR_mnhoasentheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t={THEME_T}" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?browserId=other&amp;themeId=mnhoasen_WAR_mnhoasentheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t={THEME_T}" rel="stylesheet" type="text/css" />
<script type="text/javascript">
// <![CDATA[
	var Liferay = {{
		Browser: {{ acceptsGzip: function() {{ return true; }} }},
		ThemeDisplay: {{
			getLayoutId: function() {{ return "{layout_id}"; }},
			getLayoutURL: function() {{ return "{host}{SITE}"; }},
			getPlid: function() {{ return "{20420 + layout_id}"; }},
			getScopeGroupId: function() {{ return "20181"; }},
			getLanguageId: function() {{ return "{'vi_VN' if lang == 'vi' else 'en_US'}"; }},
			getPathThemeImages: function() {{ return "{host}/mnhoasen-theme/images"; }},
			isSignedIn: function() {{ return false; }}
		}},
		PropsValues: {{ NTLM_AUTH_ENABLED: false }}
	}};
	var themeDisplay = Liferay.ThemeDisplay;
// ]]>
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=mnhoasen_WAR_mnhoasentheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t={THEME_T}" type="text/javascript"></script>
<link class="lfr-css-file" href="{host}/mnhoasen-theme/css/main.css?browserId=other&amp;themeId=mnhoasen_WAR_mnhoasentheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t={THEME_T}" rel="stylesheet" type="text/css" />
{VENDOR_CSS}
</head>
<body class=" yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">{LABELS[lang]['skip']}</a>
<div class="container-fluid" id="wrapper">
<div class="thanh-tren"><span class="ngay-ht">{TODAY_HEADER}</span>{search_box()}</div>
<header id="banner" role="banner">
<div id="heading">
<h1 class="site-title"><a class="logo custom-logo" href="{SITE}" title="{LABELS[lang]['goto']} {SCHOOL}"><img alt="{SCHOOL}" height="120" src="/image/company_logo?img_id=20217&amp;t=1448953812113" width="980" /></a></h1>
<h2 class="page-title"><span>{esc(page_title)}</span></h2>
</div>
{nav(selected, lang)}
</header>
<div id="content">
{breadcrumb(trail, lang)}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div>
</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{sidebar(lang)}
</div>
</div>
</div>
</div>
</div>
{FOOTER}
</div>
<script src="/html/js/liferay/portlet_sharing.js?browserId=other&amp;minifierType=js&amp;b=6210&amp;t={THEME_T}" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
	AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{
		Liferay.Portlet.onLoad({{ canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_{AP_ID}_', portletId: '{AP_ID}', refreshURL: '/c/portal/render_portlet?p_l_id={20420 + layout_id}&p_p_id={AP_ID}' }});
	}});
// ]]>
</script>
</body>
</html>"""
    return html(body)


# --- pagers ---------------------------------------------------------------------------------


def pager(
    lang: str, cur: int, total: int, delta: int, url_of, iterator_id: str
) -> str:
    """The 6.2 search-container page iterator ("regular" type)."""
    lab = LABELS[lang]
    npages = pages_of(total, delta)
    a = (cur - 1) * delta + 1
    b = min(cur * delta, total)
    if npages <= 1:
        return (
            f'<div class="taglib-page-iterator" id="{iterator_id}"><small class="search-results">'
            f'{lab["showing"].format(a=a, b=b, n=total)}</small></div>'
        )
    items = "".join(
        f'<li class="{"active" if p == cur else ""}" role="presentation"><a href="{esc(url_of(p))}" '
        f'role="menuitem" tabindex="-1">{p}</a></li>'
        for p in range(1, npages + 1)
    )

    def btn(label: str, target: int | None, cls: str) -> str:
        if target is None:
            return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{esc(url_of(target))}">{label}</a></li>'

    first = btn(f"&larr; {lab['btn_first']}", 1 if cur > 1 else None, "first")
    prev = btn(lab["btn_prev"], cur - 1 if cur > 1 else None, "")
    nxt = btn(lab["btn_next"], cur + 1 if cur < npages else None, "")
    last = btn(f"{lab['btn_last']} &rarr;", npages if cur < npages else None, "last")
    return (
        f'<div class="taglib-page-iterator" id="{iterator_id}"><div class="clearfix lfr-pagination">'
        '<div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">'
        '<div class="btn-group lfr-icon-menu current-page-menu">'
        f'<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" '
        f'id="{iterator_id}_menu" title="{lab["page_of"].format(c=cur, t=npages)}">'
        f'<span class="lfr-icon-menu-text">{lab["page_of"].format(c=cur, t=npages)}</span> '
        '<i class="caret"></i></a>'
        f'<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{items}</ul></div></div>'
        "</div>"
        f'<small class="search-results">{lab["showing"].format(a=a, b=b, n=total)}</small>'
        f'<ul class="pager lfr-pagination-buttons">{first}{prev}{nxt}{last}</ul></div></div>'
    )


# --- the pages ------------------------------------------------------------------------------


def thumb(story: Story) -> str | None:
    img = next(iter(story.images), None)
    return None if img is None else img.src + "&imageThumbnail=1"


def description(story: Story) -> str:
    return story.summary if story.sapo_outside and story.summary else DESCRIPTIONS.get(story.id) or (
        story.summary or ""
    )


def listing_page(request: Request, lang: str) -> Response | None:
    params = request.params
    cat = None
    if params.get(PRP_CAT):
        try:
            cat = int(params[PRP_CAT])
        except ValueError:
            return None
        if cat not in CATS:
            return None
    try:
        cur = int(params.get(NS + "cur", "1") or "1")
    except ValueError:
        cur = 1
    items = news_in(cat)
    npages = pages_of(len(items), DELTA)
    cur = min(max(cur, 1), npages)
    current = request.target
    lab = LABELS[lang]
    chunks = []
    if cat:
        chunks.append(
            '<div class="taglib-categorization-filter entry-title"><span class="asset-entry">'
            '<span class="asset-entry-type">Chuyên mục:</span> '
            f'<span class="asset-entry-title">{esc(CATS[cat])}</span> '
            f'<a class="remove-entry" href="{SITE}/tin-tuc"><i class="icon-remove"></i></a></span></div>'
        )
    for s in items[(cur - 1) * DELTA : cur * DELTA]:
        link = esc(with_redirect(s, current))
        th = thumb(s)
        small = (
            f'<div class="asset-small-image"><a href="{link}"><img alt="" class="asset-small-image" '
            f'src="{esc(th)}" width="150" /></a></div>'
            if th
            else ""
        )
        chunks.append(
            '<div class="asset-abstract ">'
            '<div class="lfr-meta-actions asset-actions"></div>'
            f'<h3 class="asset-title"><a href="{link}"><img alt="" '
            f'src="/mnhoasen-theme/images/file_system/small/html.png" /> {esc(s.title)}</a></h3>'
            f'<div class="asset-content"><div class="asset-summary">{small}{esc(description(s))}</div>'
            f'<div class="asset-more"><a href="{link}">{lab["more"]} <span class="hide-accessible">'
            f'{lab["about"]} {esc(s.title)}</span> &raquo; </a></div></div>'
            '<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">'
            f'{short_date(s.opts["local"])}</span> <span class="metadata-entry metadata-view-count">'
            f'{s.views()} {lab["views"]}</span></div></div>'
        )
    chunks.append(
        pager(
            lang,
            cur,
            len(items),
            DELTA,
            lambda p: listing_page_url(p, cat),
            f"{NS}ocerSearchContainerPageIterator",
        )
    )
    inner = "\n".join(chunks)
    trail: list[tuple[str, str | None]] = [("Tin tức", f"{SITE}/tin-tuc")]
    if cat:
        trail.append((CATS[cat], None))
    name = CATS[cat] if cat else "Tin tức"
    return page(
        request,
        lang=lang,
        title=f"{name} - {SCHOOL}",
        page_title="Tin tức",
        selected="Tin tức",
        trail=trail,
        main=portlet(AP_ID, "Tin tức - Sự kiện", inner, "portlet-asset-publisher"),
        canonical=f"{SITE}/tin-tuc",
        layout_id=14,
    )


def ratings(prefix: str, lang: str) -> str:
    lab = LABELS[lang]
    stars = "".join(
        f'<a class="rating-element icon-star-empty" href="javascript:;" title="{k}"></a>' for k in range(1, 6)
    )
    return (
        f'<div class="asset-ratings"><div class="taglib-ratings stars" id="{prefix}ratings">'
        f'<div class="liferay-rating-vote"><div class="rating-label">{lab["your_rating"]}</div>'
        f'<div class="rating-content">{stars}</div></div>'
        f'<div class="liferay-rating-score"><div class="rating-label">{lab["avg"]} '
        f'<span class="rating-count">(0 {lab["votes"]})</span></div>'
        f'<div class="rating-content">{stars}</div></div></div></div>'
    )


def bookmarks(url: str, title: str) -> str:
    u = quote(url, safe="")
    return (
        '<div class="taglib-social-bookmarks"><ul class="unstyled">'
        '<li class="taglib-social-bookmark-facebook"><iframe allowTransparency="true" frameborder="0" '
        f'scrolling="no" src="http://www.facebook.com/plugins/like.php?href={u}&amp;layout=button_count'
        '&amp;show_faces=true&amp;width=450&amp;action=like&amp;colorscheme=light&amp;height=21" '
        'style="border:none; overflow:hidden; width:90px; height:21px;"></iframe></li>'
        '<li class="taglib-social-bookmark-twitter"><a class="twitter-share-button" '
        f'data-text="{esc(title)}" data-url="{esc(url)}" href="https://twitter.com/share">Tweet</a></li>'
        '<li class="taglib-social-bookmark-plusone"><g:plusone size="medium"></g:plusone></li>'
        "</ul></div>"
    )


def discussion(lang: str) -> str:
    lab = LABELS[lang]
    return (
        f'<div class="asset-discussion"><div class="taglib-discussion" id="{NS}discussion_container">'
        f'<h3 class="discussion-title">{lab["comments"]}</h3><fieldset class="fieldset">'
        f'<div class="lfr-discussion-details"><span class="no-comments">{lab["no_comments"]}</span> '
        f'<a href="javascript:;">{lab["first"]}</a></div>'
        "<p>Vui lòng đăng nhập để gửi bình luận.</p></fieldset></div></div>"
    )


def metadata(story: Story, lang: str) -> str:
    lab = LABELS[lang]
    out = [
        '<div class="asset-metadata">',
        f'<span class="metadata-entry metadata-publish-date">{short_date(story.opts["local"])}</span>',
    ]
    if story.opts.get("modified"):
        out.append(
            f'<span class="metadata-entry metadata-modified-date">{short_date(story.opts["modified"])}'
            "</span>"
        )
    out.append(f'<span class="metadata-entry metadata-view-count">{story.views()} {lab["views"]}</span>')
    out.append(f'<span class="metadata-entry metadata-author">{lab["by"]} Quản Trị Viên</span>')
    cats = []
    if story.opts.get("khoi"):
        cats.append(
            '<span class="taglib-asset-categories-summary"><span class="asset-vocabulary">Khối lớp:'
            f'</span> <a class="asset-category" href="javascript:;" data-category-id="'
            f'{KHOI_IDS[story.opts["khoi"]]}">{esc(story.opts["khoi"])}</a></span>'
        )
    cats.append(
        '<span class="taglib-asset-categories-summary"><span class="asset-vocabulary">Chuyên mục:'
        f'</span> <a class="asset-category" href="javascript:;" data-category-id="{cat_id_of(story)}">'
        f"{esc(story.cat)}</a></span>"
    )
    out.append(f'<span class="metadata-entry metadata-categories">{" ".join(cats)}</span>')
    out.append("</div>")
    return " ".join(out)


def related(story: Story, lang: str) -> str:
    ids = story.opts.get("related") or []
    if not ids:
        return ""
    lis = "".join(
        '<li class="asset-links-list-item"><a class="asset-links-link" '
        f'href="{chi_tiet_url(NEWS_BY_ID[i])}"><img alt="" '
        f'src="/mnhoasen-theme/images/file_system/small/html.png" /> {esc(NEWS_BY_ID[i].title)}</a></li>'
        for i in ids
    )
    return (
        '<div class="asset-related-assets"><div class="taglib-asset-links">'
        f'<h2 class="asset-links-title"><i class="icon-link"></i> {LABELS[lang]["related"]}</h2>'
        f'<ul class="asset-links-list">{lis}</ul></div></div>'
    )


def article_page(request: Request, lang: str, story: Story) -> Response:
    lab = LABELS[lang]
    params = request.params
    back = params.get("redirect") or ""
    if not back.startswith("/") or back.startswith("//"):
        back = f"{SITE}/tin-tuc"
    pieces = template_pages(story)
    try:
        num = int(params.get(NS + "page", "1") or "1")
    except ValueError:
        num = 1
    num = min(max(num, 1), len(pieces))
    content = pieces[num - 1]
    iterator = ""
    if len(pieces) > 1:
        prev = (
            f'<li class="previous"><a href="{esc(page_url(story, num - 1))}">&larr; {lab["prev_page"]}</a></li>'
            if num > 1
            else f'<li class="previous disabled"><a href="javascript:;">&larr; {lab["prev_page"]}</a></li>'
        )
        nxt = (
            f'<li class="next"><a href="{esc(page_url(story, num + 1))}">{lab["next_page"]} &rarr;</a></li>'
            if num < len(pieces)
            else f'<li class="next disabled"><a href="javascript:;">{lab["next_page"]} &rarr;</a></li>'
        )
        iterator = (
            f'<div class="taglib-page-iterator" id="{NS}articleDisplayPages">'
            f'<div class="lfr-pagination article-pagination"><ul class="pager">{prev}'
            f'<li class="disabled"><span>{num} / {len(pieces)}</span></li>{nxt}</ul></div></div>'
        )
    host = base_url(request)
    inner = (
        '<div class="asset-full-content default-asset-publisher show-asset-title">'
        '<div class="lfr-meta-actions asset-actions"></div>'
        f'<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left '
        f'previous-level" href="{esc(back)}" id="{NS}TabsBack" title="{lab["back"]}">'
        f'<span class="helper-hidden-accessible">{lab["back"]}</span></a></span>'
        f'<h3 class="header-title"><span>{esc(story.title)}</span></h3></div>'
        f'<div class="asset-content" id="{NS}{story.id}">'
        f'<div class="journal-content-article">\n{content}\n</div>'
        f"{iterator}{ratings(NS, lang)}</div>"
        f"{related(story, lang)}{metadata(story, lang)}"
        f"{bookmarks(host + ap_url(story), story.title)}{discussion(lang)}</div>"
    )
    return page(
        request,
        lang=lang,
        title=f"{story.title} - Tin tức - {SCHOOL}",
        page_title="Tin tức",
        selected="Tin tức",
        trail=[("Tin tức", f"{SITE}/tin-tuc"), (story.title, None)],
        main=portlet(AP_ID, "Tin tức - Sự kiện", inner, "portlet-asset-publisher"),
        canonical=ap_url(story),
        description=description(story),
        layout_id=14,
    )


def chi_tiet_page(request: Request, lang: str) -> Response | None:
    raw = request.params.get("articleId")
    if raw is None:
        body = '<div class="alert alert-info">Không có nội dung để hiển thị.</div>'
    else:
        try:
            aid = int(raw)
        except ValueError:
            return None
        story = NEWS_BY_ID.get(aid) or NOTICE_BY_ID.get(aid)
        if story is None:
            return None
        pieces = template_pages(story)
        wns = f"_{WCD_ID}_"
        try:
            num = int(request.params.get(wns + "page", "1") or "1")
        except ValueError:
            num = 1
        num = min(max(num, 1), len(pieces))
        iterator = ""
        if len(pieces) > 1:

            def wurl(p: int) -> str:
                return (
                    f"{SITE}/chi-tiet?p_p_id={WCD_ID}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
                    f"&p_p_col_id=column-1&p_p_col_count=1&{wns}page={p}&articleId={story.id}"
                )

            links = []
            if num > 1:
                links.append(f'<a class="previous" href="{esc(wurl(num - 1))}">&larr; Trang trước</a>')
            if num < len(pieces):
                links.append(f'<a class="next" href="{esc(wurl(num + 1))}">Trang sau &rarr;</a>')
            iterator = f'<div class="taglib-page-iterator">{" ".join(links)}</div>'
        host = base_url(request)
        body = (
            f'<div class="journal-content-article" id="article_20181_{story.id}_1.{story.id % 3}">\n'
            f"{pieces[num - 1]}\n</div>{iterator}"
            f"{bookmarks(host + chi_tiet_url(story), story.title)}"
            '<div class="lfr-meta-actions"><div class="print-action"><a class="btn" '
            'href="javascript:window.print();"><i class="icon-print"></i> In bài viết</a></div></div>'
        )
    return page(
        request,
        lang=lang,
        title=f"Chi tiết bài viết - {SCHOOL}",
        page_title="Chi tiết bài viết",
        selected="",
        trail=[("Chi tiết bài viết", None)],
        main=portlet(WCD_ID, None, body, "portlet-journal-content"),
        canonical=f"{SITE}/chi-tiet",
        layout_id=21,
    )


def thong_bao_page(request: Request, lang: str) -> Response:
    try:
        cur = int(request.params.get(WNS + "cur", "1") or "1")
    except ValueError:
        cur = 1
    items = notices_sorted()
    npages = pages_of(len(items), WDELTA)
    cur = min(max(cur, 1), npages)
    rows = "".join(
        '<tr class=" " data-qa-id="row">'
        f'<td class="table-cell first"><a href="{chi_tiet_url(s)}">{esc(s.title)}</a></td>'
        f'<td class="table-cell">{short_datetime(s.opts["local"])}</td>'
        '<td class="table-cell last">Quản Trị Viên</td></tr>'
        for s in items[(cur - 1) * WDELTA : cur * WDELTA]
    )
    inner = (
        f'<div class="lfr-search-container "><div id="{WNS}articlesSearchContainerSearchContainer">'
        '<table class="table table-bordered table-hover table-striped"><thead class="table-columns"><tr>'
        f'<th class="table-first-header" id="{WNS}articlesSearchContainer_col-title">Tiêu đề</th>'
        f'<th id="{WNS}articlesSearchContainer_col-display-date">Ngày hiển thị</th>'
        f'<th class="table-last-header" id="{WNS}articlesSearchContainer_col-author">Tác giả</th>'
        f'</tr></thead><tbody class="table-data">{rows}</tbody></table></div></div>'
        + pager(lang, cur, len(items), WDELTA, wcl_page_url, f"{WNS}articlesSearchContainerPageIterator")
    )
    return page(
        request,
        lang=lang,
        title=f"Thông báo - {SCHOOL}",
        page_title="Thông báo",
        selected="Thông báo",
        trail=[("Thông báo", None)],
        main=portlet(WCL_ID, "Thông báo", inner, "portlet-journal-articles"),
        canonical=f"{SITE}/thong-bao",
        layout_id=15,
    )


def home_page(request: Request, lang: str) -> Response:
    first = NEWS_BY_ID[HOME_NEWS[0]]
    rest = "".join(
        f'<li><a href="{chi_tiet_url(NEWS_BY_ID[i])}">{esc(NEWS_BY_ID[i].title)}</a> '
        f'<span class="tm-ngay">({long_date(NEWS_BY_ID[i].opts["local"])})</span></li>'
        for i in HOME_NEWS[1:]
    )
    tinmoi = (
        '<div class="tinmoi-adt"><div class="tm-noibat">'
        f'<a href="{chi_tiet_url(first)}"><img alt="{esc(first.title)}" class="tm-anh" '
        f'src="{esc(thumb(first) or "")}" /></a>'
        f'<h3 class="tm-tieude"><a href="{chi_tiet_url(first)}">{esc(first.title)}</a></h3>'
        f'<p class="tm-mota">{esc(description(first))}</p></div>'
        f'<ul class="tm-list">{rest}</ul>'
        f'<p class="tm-xemtat"><a href="{SITE}/tin-tuc">Xem tất cả &raquo;</a></p></div>'
    )
    tb = "".join(
        f'<li><a href="{chi_tiet_url(s)}">{esc(s.title)}</a> '
        f'<span class="tb-ngay">{short_date(s.opts["local"])}</span></li>'
        for s in notices_sorted()[:3]
    )
    thongbao = (
        f'<ul class="tb-list">{tb}</ul><p class="tb-xemtat"><a href="{SITE}/thong-bao">Xem tất cả '
        "&raquo;</a></p>"
    )
    gallery = "".join(
        f'<a href="{SITE}/thu-vien-anh"><img alt="" src="{esc(s.images[0].src)}&amp;imageThumbnail=1" '
        'width="120" /></a>'
        for s in NEWS[:4]
        if s.images
    )
    newest_notice = notices_sorted()[0]
    marquee = (
        '<div class="chay-chu"><marquee onmouseout="this.start()" onmouseover="this.stop()" '
        'scrollamount="3">Chào mừng quý phụ huynh đến với Website Trường Mầm non Hoa Sen! '
        f'<a href="{chi_tiet_url(newest_notice)}">{esc(newest_notice.title)}</a></marquee></div>'
    )
    main = "\n".join(
        [
            portlet("56_INSTANCE_Mq8rZc2wLn5T", None, marquee, "portlet-journal-content"),
            portlet(HOME_AP_ID, "Tin mới", tinmoi, "portlet-asset-publisher"),
            portlet(HOME_WCL_ID, "Thông báo", thongbao, "portlet-journal-articles"),
            portlet("56_INSTANCE_Ha4kTy7pWb1N", "Hình ảnh hoạt động", gallery, "portlet-journal-content"),
        ]
    )
    return page(
        request,
        lang=lang,
        title=f"Trang chủ - {SCHOOL}",
        page_title="Trang chủ",
        selected="Trang chủ",
        trail=[("Trang chủ", None)],
        main=main,
        canonical=f"{SITE}/trang-chu",
        description="Website Trường Mầm non Hoa Sen, thành phố Lào Cai, tỉnh Lào Cai",
        layout_id=12,
    )


def search_page(request: Request, lang: str) -> Response:
    kw = request.params.get("_3_keywords", "")
    inner = (
        f'<div class="search-results-hs"><p>Tìm kiếm: <strong>{esc(kw)}</strong></p>'
        f'<div class="alert alert-info">Không tìm thấy kết quả nào phù hợp với <strong>{esc(kw)}'
        "</strong>.</div></div>"
    )
    return page(
        request,
        lang=lang,
        title=f"Tìm kiếm - {SCHOOL}",
        page_title="Tìm kiếm",
        selected="",
        trail=[("Tìm kiếm", None)],
        main=portlet("3", "Tìm kiếm", inner, "portlet-search"),
        canonical=f"{SITE}/trang-chu",
        robots="noindex, nofollow",
        layout_id=12,
    )


STATIC_PAGES: dict[str, tuple[str, str, str, int, str]] = {}


def _static(path: str, title: str, selected: str, layout: int, body: str) -> None:
    STATIC_PAGES[path] = (title, selected, body, layout, path)


_static(
    f"{SITE}/gioi-thieu",
    "Giới thiệu chung",
    "Giới thiệu",
    13,
    "<p><strong>Trường Mầm non Hoa Sen</strong> được thành lập năm 1998 theo Quyết định của UBND thị xã "
    "Lào Cai (nay là thành phố Lào Cai), là trường mầm non công lập trên địa bàn phường Kim Tân.</p>"
    "<p>Năm học 2026 - 2027, nhà trường có 14 nhóm, lớp với 412 trẻ; 46 cán bộ, giáo viên, nhân viên, "
    "100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.</p>"
    "<p>Nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2019 và đạt kiểm định chất lượng "
    "giáo dục cấp độ 3.</p>"
    f'<p><img alt="Toàn cảnh trường" src="{dl(30311, "Toan+canh+truong.jpg", T0 + 1)}" /></p>',
)
_static(
    f"{SITE}/gioi-thieu/co-cau-to-chuc",
    "Cơ cấu tổ chức",
    "Giới thiệu",
    131,
    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
    "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td>"
    "<td><strong>Điện thoại</strong></td></tr>"
    "<tr><td>Phạm Thị Thanh Huyền</td><td>Hiệu trưởng</td><td>0912 604 118</td></tr>"
    "<tr><td>Nguyễn Thị Thu Hà</td><td>Phó Hiệu trưởng</td><td>0983 215 446</td></tr>"
    "<tr><td>Lương Thị Diệp</td><td>Phó Hiệu trưởng</td><td>0974 330 287</td></tr>"
    "</tbody></table><p>Các tổ chuyên môn: Tổ Nhà trẻ, Tổ Mẫu giáo bé - nhỡ, Tổ Lá, Tổ Nuôi "
    "dưỡng, Tổ Văn phòng.</p>",
)
_static(
    f"{SITE}/thuc-don-tuan",
    "Thực đơn tuần",
    "Thực đơn",
    16,
    '<h3 style="text-align:center">THỰC ĐƠN TUẦN 14 (Từ ngày 30/11/2026 đến ngày 04/12/2026)</h3>'
    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
    "<tr><td><strong>Thứ</strong></td><td><strong>Bữa trưa</strong></td>"
    "<td><strong>Bữa chiều</strong></td></tr>"
    "<tr><td>Thứ Hai</td><td>Cơm, thịt lợn sốt cà chua, canh rau ngót</td><td>Cháo tim gan, sữa</td></tr>"
    "<tr><td>Thứ Ba</td><td>Cơm, cá basa chiên xù, canh bí xanh</td><td>Bún thịt bò</td></tr>"
    "<tr><td>Thứ Tư</td><td>Cơm, trứng đúc thịt, canh cải mèo</td><td>Súp gà ngô non</td></tr>"
    "<tr><td>Thứ Năm</td><td>Cơm, thịt gà rang gừng, canh su su</td><td>Phở gà, chuối tiêu</td></tr>"
    "<tr><td>Thứ Sáu</td><td>Cơm, tôm rim thịt, canh bí đỏ</td><td>Bánh mì, sữa chua</td></tr>"
    "</tbody></table><p><em>Tổ Nuôi dưỡng - cập nhật ngày 28/11/2026</em></p>",
)
_static(
    f"{SITE}/tuyen-sinh",
    "Tuyển sinh",
    "Tuyển sinh",
    17,
    "<p>Trường Mầm non Hoa Sen tuyển sinh trẻ từ 18 tháng đến 6 tuổi có hộ khẩu hoặc tạm trú trên địa "
    "bàn phường Kim Tân và các phường lân cận.</p><p>Thời gian tuyển sinh chính: tháng 7 hằng năm; "
    "tuyển sinh bổ sung theo thông báo của nhà trường.</p><p>Hồ sơ: đơn xin nhập học, bản sao giấy "
    "khai sinh, bản sao sổ tiêm chủng.</p>",
)
_static(
    f"{SITE}/lien-he",
    "Liên hệ",
    "Liên hệ",
    19,
    "<p><strong>TRƯỜNG MẦM NON HOA SEN</strong></p><p>Địa chỉ: Số 25, đường Hoàng Liên, phường Kim "
    "Tân, thành phố Lào Cai, tỉnh Lào Cai</p><p>Điện thoại: 0214 3 840 125</p>"
    "<p>Email: mnhoasen.lc@laocai.edu.vn</p>"
    '<form action="/web/mnhoasen/lien-he?p_auth=Rz3kP1sE&amp;p_p_id=1_WAR_webformportlet_INSTANCE_'
    "Wf6hJk3sPq9D&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;p_p_col_id=column-1"
    '&amp;p_p_col_count=1&amp;_1_WAR_webformportlet_INSTANCE_Wf6hJk3sPq9D_javax.portlet.action='
    'saveData" method="post"><label>Họ và tên <input name="_1_WAR_webformportlet_INSTANCE_'
    'Wf6hJk3sPq9D_field1" type="text" /></label><label>Nội dung <textarea name="_1_WAR_'
    'webformportlet_INSTANCE_Wf6hJk3sPq9D_field2"></textarea></label>'
    '<button class="btn" type="submit">Gửi</button></form>',
)


DOCUMENTS = [
    ("Kế hoạch năm học 2026 - 2027", "KH+nam+hoc+2026-2027.pdf", "12/09/26"),
    ("Quy chế chi tiêu nội bộ năm 2026", "Quy+che+chi+tieu+noi+bo+2026.pdf", "20/01/26"),
    ("Công khai chất lượng giáo dục mầm non", "Cong+khai+chat+luong+GDMN.pdf", "05/10/26"),
]


def documents_body() -> str:
    rows = "".join(
        '<tr><td class="table-cell first"><img alt="" src="/mnhoasen-theme/images/file_system/small/'
        f'pdf.png" /> <a href="/documents/20181/31702/{fname}/{_uuid(fname)}?version=1.0">'
        f'{esc(title)}</a></td><td class="table-cell">{day}</td><td class="table-cell last">'
        "Quản Trị Viên</td></tr>"
        for title, fname, day in DOCUMENTS
    )
    return (
        '<div class="lfr-search-container "><table class="table table-bordered table-hover '
        'table-striped"><thead class="table-columns"><tr><th>Tiêu đề</th><th>Ngày sửa đổi</th>'
        f'<th>Người tải lên</th></tr></thead><tbody class="table-data">{rows}</tbody></table></div>'
    )


def gallery_body() -> str:
    items = []
    for s in NEWS:
        for img in s.images:
            items.append(
                '<div class="image-icon"><a class="image-link" data-title="'
                f'{esc(img.caption or s.title)}" href="{esc(img.src)}&amp;imagePreview=1">'
                f'<img alt="" src="{esc(img.src)}&amp;imageThumbnail=1" /></a>'
                f'<span class="image-title">{esc(img.caption or s.title)}</span></div>'
            )
    return '<div class="taglib-image-gallery">' + "".join(items) + "</div>"


def static_page(request: Request, lang: str, path: str) -> Response:
    if path == f"{SITE}/thu-vien-anh":
        title, selected, body, layout = "Thư viện ảnh", "Thư viện ảnh", gallery_body(), 18
        pid, css = "31", "portlet-media-gallery-display"
    elif path == f"{SITE}/van-ban":
        title, selected, body, layout = "Văn bản", "Văn bản", documents_body(), 20
        pid, css = "110_INSTANCE_Db2nVc7xRt4Q", "portlet-document-library-display"
    else:
        title, selected, body, layout, _ = STATIC_PAGES[path]
        pid, css = f"56_INSTANCE_St{layout:03d}xPage", "portlet-journal-content"
        if request.method == "POST" and path.endswith("lien-he"):
            body = '<div class="alert alert-success">Gửi thành công. Cảm ơn quý phụ huynh!</div>' + body
        body = f'<div class="journal-content-article">{body}</div>'
    trail: list[tuple[str, str | None]] = [(title, None)]
    if path.endswith("co-cau-to-chuc"):
        trail = [("Giới thiệu", f"{SITE}/gioi-thieu"), (title, None)]
    return page(
        request,
        lang=lang,
        title=f"{title} - {SCHOOL}",
        page_title=title,
        selected=selected,
        trail=trail,
        main=portlet(pid, title, body, css),
        canonical=path,
        layout_id=layout,
    )


# --- the site -------------------------------------------------------------------------------

_CONTENT_RE = re.compile(rf"^{SITE}/tin-tuc/-/asset_publisher/{AP}/content/([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/documents/"):
            if ".pdf/" in path.lower() or path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file("x.jpg")
        if path.startswith("/image/"):
            return static_file("x.jpg")
        if path == "/html/js/barebone.jsp":
            return static_file("x.js")
        if path.startswith(("/mnhoasen-theme/", "/html/")):
            return static_file(path)
        if path == "/":
            return redirect(SITE)
        lang = "vi"
        for prefix in ("/vi", "/en"):
            if path.startswith(prefix + "/"):
                lang = prefix[1:]
                path = path[len(prefix) :]
                break
        if len(path) > 1 and path.endswith("/"):
            path = path[:-1]
        if request.params.get("p_p_id") == "3" and path in (SITE, f"{SITE}/trang-chu"):
            return search_page(request, lang)
        if path in (SITE, f"{SITE}/trang-chu"):
            return home_page(request, lang)
        if path == f"{SITE}/tin-tuc":
            return listing_page(request, lang)
        m = _CONTENT_RE.match(path)
        if m:
            story = NEWS_BY_SLUG.get(m.group(1))
            return article_page(request, lang, story) if story else None
        if path == f"{SITE}/chi-tiet":
            return chi_tiet_page(request, lang)
        if path == f"{SITE}/thong-bao":
            return thong_bao_page(request, lang)
        if path in STATIC_PAGES or path in (f"{SITE}/thu-vien-anh", f"{SITE}/van-ban"):
            return static_page(request, lang, path)
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------


def news_alt_paths(story: Story) -> list[str]:
    alts: list[str] = []
    for cat in (None, cat_id_of(story)):
        items = news_in(cat)
        for cur in range(1, pages_of(len(items), DELTA) + 1):
            if story in items[(cur - 1) * DELTA : cur * DELTA]:
                alts += [with_redirect(story, form) for form in listing_forms(cat, cur)]
    clean = ap_url(story)
    alts += [f"/vi{clean}", f"/en{clean}", chi_tiet_url(story)]
    if len(template_pages(story)) > 1:
        alts += [page_url(story, n) for n in range(1, len(template_pages(story)) + 1)]
    return alts


GOLD = [
    *(
        gold_record(s, ap_url(s), s.cat, canonical_path=ap_url(s), alt_paths=news_alt_paths(s))
        for s in NEWS
    ),
    *(
        gold_record(
            s,
            chi_tiet_url(s),
            CAT_TB,
            canonical_path=chi_tiet_url(s),
            alt_paths=[f"/vi{chi_tiet_url(s)}", f"/en{chi_tiet_url(s)}"],
        )
        for s in NOTICES
    ),
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/gioi-thieu/co-cau-to-chuc",
    f"{SITE}/thuc-don-tuan",
    f"{SITE}/tuyen-sinh",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/van-ban",
    f"{SITE}/lien-he",
]
