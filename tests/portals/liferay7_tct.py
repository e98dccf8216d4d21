"""Fixture portal: a provincial political school (Trường Chính trị tỉnh) on Liferay DXP 7.4.

Imitates a Liferay DXP 7.4 site (a Clay/Bootstrap 4 theme derived from Classic) of the kind
provincial political schools run: site ``/web/truongchinhtri``, pages ("layouts") built of
``portlet-boundary`` blocks, display page templates for web content. What it prints:

- ``/`` answers 302 to the site's default URL ``/web/truongchinhtri``; the home page is also
  ``/web/truongchinhtri/trang-chu`` (the menu's "Trang chủ");
- every page: the theme header with today's date ("Thứ Tư, ngày 25/11/2026"), the site search
  bar (a GET form), the navigation menu (a "Giới thiệu" dropdown), the breadcrumb widget, the
  visually hidden ``h2`` with the page title Classic prints, a sidebar ("Thông báo", "Tin mới",
  "Tin xem nhiều", a "Lịch công tác tuần" box showing Liferay's permission notice "Bạn chưa có
  đủ quyền truy nhập portlet này.", a poll, a "Liên kết website" select, a visitor counter), a
  footer with address, phone, licence; a "Đăng nhập" link that is the current page with the
  login portlet maximized (``?p_p_id=com_liferay_login_web_portlet_LoginPortlet&…
  &p_p_state=maximized…``); that page (and its "Quên mật khẩu" sibling) shows only a login
  form, and, as Liferay does, its ``rel=canonical`` is the page without portlet parameters, so
  on an article's own URL the login form declares the article's URL as canonical;
- category pages ("Tin tức - Sự kiện", "Đào tạo - Bồi dưỡng", "Nghiên cứu khoa học",
  "Thông báo") are Asset Publisher portlets with an application display template: thumbnail,
  title, the display date "dd/mm/yyyy", summary; a Clay pagination bar whose absolute links
  carry the portlet namespace (``p_p_id=com_liferay_asset_publisher_web_portlet_
  AssetPublisherPortlet_INSTANCE_<id>&p_p_lifecycle=0&…&_<ns>_delta=4&p_r_p_resetCur=false
  &_<ns>_cur=2``) and an items-per-page dropdown (delta 5, 10, 20, 30, 50, 75), so one listing
  is reachable under many delta/cur combinations (all with canonical = the bare page; a cur past
  the end shows the last page);
- articles: the display page ``/web/truongchinhtri/-/<url-title>`` (rel=canonical of every form
  of the article), also ``/w/<url-title>`` (the "Tin mới" box) and
  ``/web/truongchinhtri/-/<url-title>?redirect=<home>`` (the home page's "Tiêu điểm"); category
  listings open the article inside the category page through the Asset Publisher's full-content
  URL ``/web/truongchinhtri/<page>/-/asset_publisher/<instance>/content/<url-title>
  ?_<ns>_assetEntryId=N&_<ns>_redirect=<listing URL>`` (one URL per listing state the article
  is on; all listed in ``alt_paths``). Two url-titles keep their Vietnamese letters
  (percent-encoded UTF-8, as Liferay 7 writes them). The display page prints "Chuyên mục:" and
  an ``h1`` headline; the full-content view an ``h3.header-title`` inside the category page whose
  breadcrumb names the category. Both embed the same web content template output: date line,
  "Lượt xem", "Người đăng: <login>", sapo, body, author fields, "Tệp đính kèm"; then "Từ khóa"
  tags (links to the search page), share/print/email tools, "Tin cùng chuyên mục";
- static pages are Web Content Display portlets ("Giới thiệu chung", "Chức năng, nhiệm vụ",
  "Cơ cấu tổ chức", "Liên hệ" with a form); "Văn bản" (a Documents and Media register with file
  entry pages and PDFs), "Thư viện ảnh" (Media Gallery folders);
- traps: the Calendar portlet ("Lịch công tác") whose day/week/month/agenda views and
  previous/next links (``_<ns>_date=<epoch ms>``) never end; the search page's facet links
  (type, category, modified, sort, page) that combine without end; login/forgot-password pages
  on every page's URL; ``/sitemap.xml`` (announced in robots.txt) lists pages and articles with
  ``lastmod`` = last modification in UTC, not the publication date.

Gold (by hand, see the stories): ``path`` = the display page URL (the canonical of every form);
``alt_paths`` = every other URL the site links the same article at. Dates: the web content
template prints "Ngày đăng: 19/11/2026 15:20" (news, research), "Cập nhật: 10-11-2026"
(notices: the only date such a page prints, and the same day the listings show), "Ngày đăng: …
| Cập nhật: …" (the first is the publication date), "Ngày đăng: 15/09/2026 00:00" (midnight: no
time, date only); one old-template article prints no date at all: its listings' display date is
the gold. The sapo is the template's "tct-sapo" block (outside the body) or, on one article, the
body's own bold first paragraph with class "lead": either way it is the summary and the body's
first paragraph. Authors come from the closing byline lines or the research template's "Tác
giả:" field ("Đơn vị:" is not a name); "Người đăng: vanthu/bientap" is a login, never an author.
"Ảnh: Phòng Quản lý đào tạo" credits an office: it goes in photographers as printed. "Nguồn:
Báo Cao Bằng" is the source. A line that is only a Zalo file name under a photo is no caption.
Captions in parentheses lose them. Table rows (the header row too) are body lines, cells joined
by " | ". The category is the "Chuyên mục:" value (the category page's name). One article is
stored decomposed (NFD, title and body); one imported article carries character references.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from urllib.parse import parse_qs, quote, quote_plus, unquote, urlencode

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "liferay7_tct"
PLATFORM = "liferay"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Cao Bằng"
GROUP = "/web/truongchinhtri"
GROUP_ID = 35801
PLID_BASE = 36000
THEME = "/o/tct-caobang-theme"
THEME_ID = "tctcaobang_WAR_tctcaobangtheme"
CACHE_T = 1763020800000
TZ = timezone(timedelta(hours=7))
#: the fixed "now" of the site (the header date is TODAY)
NOW = datetime(2026, 11, 25, 9, 40)
TODAY_DATE = NOW.date()

AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
LOGIN = "com_liferay_login_web_portlet_LoginPortlet"
CAL = "com_liferay_calendar_web_portlet_CalendarPortlet"
DL = "com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_vb7Kx2Lm9QwE"
IG = "com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_gA3nV8tR1yUo"
JC = "com_liferay_journal_content_web_portlet_JournalContentPortlet"
BREADCRUMB = "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet"
POLLS = "com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pL2wQ7eR4tYu"
#: the items-per-page values Liferay offers in the pagination bar
DELTAS = (5, 10, 20, 30, 50, 75)
SEARCH_DELTA = 5


@dataclass(frozen=True)
class Cat:
    """A category page: a layout whose Asset Publisher lists one asset category."""

    key: str
    name: str
    instance: str
    delta: int
    category_id: int
    plid: int

    @property
    def pid(self) -> str:
        return f"{AP}_INSTANCE_{self.instance}"

    @property
    def ns(self) -> str:
        return f"_{self.pid}_"

    @property
    def path(self) -> str:
        return f"{GROUP}/{self.key}"


CATS: dict[str, Cat] = {
    "tin-tuc": Cat("tin-tuc", "Tin tức - Sự kiện", "kT4mQ9wL2pXa", 4, 36501, 36012),
    "dao-tao-boi-duong": Cat(
        "dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", "R8vN3cJ6hZbe", 4, 36502, 36014
    ),
    "nghien-cuu-khoa-hoc": Cat(
        "nghien-cuu-khoa-hoc", "Nghiên cứu khoa học", "Fq2sW7yU1oGd", 4, 36503, 36016
    ),
    "thong-bao": Cat("thong-bao", "Thông báo", "Mb5tH0xK8rPc", 2, 36504, 36018),
}

D = "/documents"
FR = f"{D}/d/truongchinhtri"


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _doc(folder: int, name: str, t: int) -> str:
    """A Documents and Media URL as CKEditor's item selector inserts it (7.x classic form)."""
    return f"{D}/{GROUP_ID}/{folder}/{name}/{_uuid(name)}?t={t}"


# Story.opts: display (the asset's display date: what listings print), modified, date_line (what
# the web content template prints, None: nothing), template ("news" | "notice" | "research"),
# entry (asset entry id), views, poster (the creator's screen name, printed "Người đăng"), tags,
# nfd (title and body stored decomposed), entities (body with character references),
# attachment (href, file name, size), author_field / unit (research template fields).
# P styles: "" justified paragraph, "lead" (bold lead paragraph, class "lead"), "h" (sub-heading),
# "li" (list item), "th"/"tr" (table rows, cells joined by " | ").
# Img styles: "figure" (<figure><figcaption>), "paren" (centred image, then a centred italic
# line in parentheses), "file" (a file name printed after a <br> under the image), "table"
# (image table, caption in the second row).
STORIES: list[Story] = [
    Story(
        id=45871,
        slug="trường-chính-trị-tỉnh-cao-bằng-tổ-chức-lễ-kỷ-niệm-44-năm-ngày-nhà-giáo-việt-nam",
        title="Trường Chính trị tỉnh Cao Bằng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-tuc",
        published_at="2026-11-19T15:20:00+07:00",
        summary=(
            "Chiều ngày 18/11/2026, Trường Chính trị tỉnh Cao Bằng long trọng tổ chức Lễ kỷ niệm"
            " 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tôn vinh các nhà giáo có"
            " thành tích xuất sắc năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đại diện lãnh"
                " đạo Sở Giáo dục và Đào tạo, Sở Nội vụ; các đồng chí nguyên lãnh đạo nhà trường qua"
                " các thời kỳ cùng toàn thể cán bộ, giảng viên, nhân viên và học viên các lớp đang"
                " theo học tại trường."
            ),
            P(
                "Ôn lại truyền thống, đồng chí Hiệu trưởng nhấn mạnh: trải qua hơn 75 năm xây dựng và"
                " trưởng thành, các thế hệ nhà giáo của trường đã không ngừng phấn đấu, rèn luyện,"
                " đào tạo, bồi dưỡng hàng vạn lượt cán bộ, đảng viên cho hệ thống chính trị các cấp"
                " của tỉnh. Năm học 2025 - 2026, nhà trường đã mở 42 lớp với hơn 3.100 lượt học"
                " viên, hoàn thành vượt 8% kế hoạch được giao."
            ),
            Img(
                f"{FR}/le-ky-niem-ngay-nha-giao-2026-1",
                "Đồng chí Hiệu trưởng phát biểu tại buổi lễ",
                "Đồng chí Hiệu trưởng phát biểu tại buổi lễ",
                "figure",
            ),
            P(
                "Dịp này, 12 giảng viên được Hiệu trưởng tặng Giấy khen vì có thành tích xuất sắc"
                " trong giảng dạy, nghiên cứu khoa học; 3 giảng viên được công nhận danh hiệu Chiến"
                " sĩ thi đua cơ sở."
            ),
            Img(
                f"{FR}/le-ky-niem-ngay-nha-giao-2026-2",
                "Các giảng viên có thành tích xuất sắc nhận Giấy khen",
                "Các giảng viên có thành tích xuất sắc nhận Giấy khen",
                "figure",
            ),
            P(
                "Thay mặt các thầy cô giáo, ThS. Hoàng Thị Mai, Trưởng khoa Lý luận cơ sở bày tỏ"
                " niềm vinh dự, tự hào và hứa sẽ tiếp tục đổi mới phương pháp giảng dạy, gắn lý luận"
                " với thực tiễn của địa phương, xứng đáng với sự tin tưởng của Tỉnh ủy và học viên."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Hoàng Thu Trang</strong></p>\n'
                '<p style="text-align: right;"><strong>Ảnh: Nông Văn Định</strong></p>'
            ),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Nông Văn Định"],
        opts={
            "display": datetime(2026, 11, 19, 15, 20),
            "modified": datetime(2026, 11, 19, 16, 2),
            "date_line": "Ngày đăng: 19/11/2026 15:20",
            "template": "news",
            "entry": 40871,
            "views": 1268,
            "poster": "bientap",
            "tags": ["nhà giáo", "thi đua khen thưởng"],
        },
    ),
    Story(
        id=45850,
        slug="lich-hoc-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        title="Lịch học lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        cat="thong-bao",
        published_at="2026-11-10",
        blocks=[
            P(
                "Thực hiện Kế hoạch đào tạo, bồi dưỡng năm 2026, Trường Chính trị tỉnh thông báo lịch"
                " học lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 (khóa II) như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Giảng viên", "th"),
            P(
                "17/11/2026 | Sáng | Khai giảng; Chuyên đề 1: Quan điểm của Đảng về quốc phòng, an"
                " ninh trong tình hình mới | Bộ CHQS tỉnh",
                "tr",
            ),
            P(
                "17/11/2026 | Chiều | Chuyên đề 2: Xây dựng nền quốc phòng toàn dân, thế trận quốc"
                " phòng toàn dân | Bộ CHQS tỉnh",
                "tr",
            ),
            P(
                "18/11/2026 | Sáng | Chuyên đề 3: Phòng, chống chiến lược “diễn biến hòa bình”, bạo"
                " loạn lật đổ | Công an tỉnh",
                "tr",
            ),
            P(
                "18/11/2026 | Chiều | Chuyên đề 4: Công tác bảo vệ an ninh quốc gia, giữ gìn trật"
                " tự, an toàn xã hội ở cơ sở | Công an tỉnh",
                "tr",
            ),
            P("19/11/2026 | Sáng | Thực hành bắn súng tiểu liên AK; bế giảng | Bộ CHQS tỉnh", "tr"),
            P(
                "Địa điểm: Hội trường B, Trường Chính trị tỉnh. Học viên có mặt trước 7 giờ 15 phút"
                " ngày 17/11/2026 để làm thủ tục nhập học."
            ),
        ],
        opts={
            "display": datetime(2026, 11, 10, 14, 5),
            "modified": datetime(2026, 11, 10, 14, 5),
            "date_line": "Cập nhật: 10-11-2026",
            "template": "notice",
            "entry": 40850,
            "views": 845,
            "poster": "vanthu",
            "tags": ["quốc phòng an ninh"],
        },
    ),
    Story(
        id=45822,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-47",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 47",
        cat="dao-tao-boi-duong",
        published_at="2026-10-26T09:45:00+07:00",
        summary=(
            "Sáng 26/10/2026, Trường Chính trị tỉnh Cao Bằng tổ chức Lễ khai giảng lớp Trung cấp"
            " lý luận chính trị hệ không tập trung khóa 47 dành cho 86 học viên là cán bộ, công"
            " chức các xã, phường trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Khóa học được tổ chức theo Chương trình Trung cấp lý luận chính trị ban hành kèm theo"
                " Quyết định số 213-QĐ/HVCTQG của Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh,"
                " thời gian học 8 tháng, gồm 4 phần học với 19 học phần và thực tế, viết khóa luận"
                " cuối khóa."
            ),
            Img(
                _doc(36410, "khai-giang-tc-k47-01.jpg", 1792983912000),
                "(Đồng chí Phó Hiệu trưởng phụ trách đào tạo phát biểu khai giảng lớp học)",
                "Đồng chí Phó Hiệu trưởng phụ trách đào tạo phát biểu khai giảng lớp học",
                "paren",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên xác định rõ mục"
                " đích, động cơ học tập; chấp hành nghiêm nội quy, quy chế của nhà trường; tích cực"
                " nghiên cứu, trao đổi, liên hệ với thực tiễn công tác tại địa phương, cơ quan, đơn"
                " vị."
            ),
            P(
                "Đồng chí cũng yêu cầu các khoa, phòng chuyên môn chuẩn bị chu đáo chương trình, tài"
                " liệu, bố trí giảng viên có kinh nghiệm, tăng cường đổi mới phương pháp giảng dạy"
                " theo hướng phát huy tính chủ động, sáng tạo của người học."
            ),
            Img(
                _doc(36410, "z6035218894712_0b8e4c1d7f2a9e36c5d1b0a4f8e7c2d9.jpg", 1792983990000),
                "z6035218894712_0b8e4c1d7f2a9e36c5d1b0a4f8e7c2d9.jpg",
                None,
                "file",
            ),
            P(
                "Ngay sau lễ khai giảng, lớp học đã bầu Ban cán sự lớp, Chi bộ lâm thời và bước vào"
                " học tập học phần đầu tiên."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Bài, ảnh: Lục Thị Hằng</strong></em></p>'
            ),
        ],
        authors=["Lục Thị Hằng"],
        photographers=["Lục Thị Hằng"],
        opts={
            "display": datetime(2026, 10, 26, 9, 45),
            "modified": datetime(2026, 10, 26, 10, 31),
            "date_line": "Ngày đăng: 26/10/2026 09:45",
            "template": "news",
            "entry": 40822,
            "views": 1530,
            "poster": "bientap",
            "tags": ["trung cấp lý luận chính trị", "khai giảng"],
        },
    ),
    Story(
        id=45790,
        slug="hoi-thao-khoa-hoc-van-dung-tu-tuong-ho-chi-minh-ve-can-bo",
        title=(
            "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng"
            " cán bộ cơ sở hiện nay”"
        ),
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-09-29T16:05:00+07:00",
        blocks=[
            P(
                "Ngày 29/9/2026, Trường Chính trị tỉnh Cao Bằng tổ chức Hội thảo khoa học cấp trường"
                " với chủ đề “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ"
                " cơ sở hiện nay”. Đồng chí Hiệu trưởng nhà trường chủ trì hội thảo."
            ),
            P(
                "Ban Tổ chức đã nhận được 24 bài tham luận của các nhà khoa học, giảng viên nhà"
                " trường, giảng viên kiêm chức và cán bộ làm công tác tổ chức, tuyên giáo ở cơ sở."
                " Các tham luận tập trung làm rõ những quan điểm cơ bản của Chủ tịch Hồ Chí Minh về"
                " vị trí, vai trò của cán bộ, về tiêu chuẩn “vừa hồng vừa chuyên” và về công tác"
                " huấn luyện cán bộ."
            ),
            Img(
                f"{FR}/hoi-thao-tu-tuong-ho-chi-minh-ve-can-bo",
                "Các đại biểu tham dự Hội thảo",
                "Các đại biểu tham dự Hội thảo",
                "figure",
            ),
            P(
                "Tại hội thảo, nhiều ý kiến cho rằng đội ngũ cán bộ cơ sở sau khi sắp xếp đơn vị"
                " hành chính cấp xã có nhiều thay đổi về cơ cấu, nhiệm vụ; do đó nội dung, chương"
                " trình bồi dưỡng cần được thiết kế theo vị trí việc làm, tăng thời lượng thực hành,"
                " tình huống và kỹ năng xử lý công việc."
            ),
            P(
                "Kết luận hội thảo, đồng chí Hiệu trưởng đánh giá cao chất lượng các tham luận và"
                " giao Phòng Quản lý khoa học tiếp thu, tổng hợp các ý kiến để xuất bản kỷ yếu, đồng"
                " thời làm cơ sở đề xuất với Tỉnh ủy đổi mới công tác đào tạo, bồi dưỡng cán bộ cơ"
                " sở trong giai đoạn tới."
            ),
            Raw('<p style="text-align: right;">Đàm Thị Ngọc Ánh</p>'),
        ],
        authors=["Đàm Thị Ngọc Ánh"],
        opts={
            "display": datetime(2026, 9, 29, 16, 5),
            "modified": datetime(2026, 10, 2, 8, 11),
            "date_line": "Ngày đăng: 29/09/2026 16:05 | Cập nhật: 02/10/2026 08:11",
            "template": "news",
            "entry": 40790,
            "views": 977,
            "poster": "bientap",
            "tags": ["hội thảo khoa học", "tư tưởng Hồ Chí Minh"],
            "nfd": True,
        },
    ),
    Story(
        id=45761,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iii-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý III năm 2026",
        cat="tin-tuc",
        published_at="2026-09-15",
        blocks=[
            P(
                "Ngày 14/9/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý III với"
                " chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với học tập và làm theo tư tưởng,"
                " đạo đức, phong cách Hồ Chí Minh”. Tại buổi sinh hoạt, các đảng viên đã thảo luận,"
                " đề xuất nhiều giải pháp thiết thực như đổi mới nội dung sinh hoạt, tăng cường tự"
                " phê bình và phê bình, gắn trách nhiệm của mỗi đảng viên với nhiệm vụ chuyên môn"
                " được giao."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Ma Văn Tùng</strong></p>'),
        ],
        authors=["Ma Văn Tùng"],
        opts={
            "display": datetime(2026, 9, 15, 0, 0),
            "modified": datetime(2026, 9, 15, 7, 48),
            "date_line": "Ngày đăng: 15/09/2026 00:00",
            "template": "news",
            "entry": 40761,
            "views": 402,
            "poster": "bientap",
            "tags": ["công tác đảng"],
        },
    ),
    Story(
        id=45733,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-nam-2026",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung năm 2026",
        cat="thong-bao",
        published_at="2026-08-28",
        blocks=[
            P(
                "Trường Chính trị tỉnh Cao Bằng thông báo tuyển sinh lớp Trung cấp lý luận chính trị"
                " hệ tập trung năm 2026. Đối tượng, tiêu chuẩn, hồ sơ và thời gian nhận hồ sơ xem"
                " chi tiết tại văn bản đính kèm."
            ),
        ],
        opts={
            "display": datetime(2026, 8, 28, 9, 0),
            "modified": datetime(2026, 8, 28, 9, 0),
            "date_line": "Cập nhật: 28-08-2026",
            "template": "notice",
            "entry": 40733,
            "views": 2311,
            "poster": "vanthu",
            "tags": ["tuyển sinh", "trung cấp lý luận chính trị"],
            "attachment": (
                _doc(36201, "TB-tuyen-sinh-TCLLCT-tap-trung-2026.pdf", 1787882400000),
                "TB-tuyen-sinh-TCLLCT-tap-trung-2026.pdf",
                "186 KB",
            ),
        },
    ),
    Story(
        id=45702,
        slug="doan-cong-tac-truong-chinh-tri-tinh-lang-son-trao-doi-kinh-nghiem",
        title=(
            "Đoàn công tác Trường Chính trị tỉnh Lạng Sơn trao đổi kinh nghiệm tại Trường Chính"
            " trị tỉnh Cao Bằng"
        ),
        cat="tin-tuc",
        published_at="2026-08-12T10:30:00+07:00",
        blocks=[
            P(
                "Ngày 11/8/2026, Đoàn công tác Trường Chính trị tỉnh Lạng Sơn do đồng chí Phó Hiệu"
                " trưởng làm trưởng đoàn đã đến thăm và trao đổi kinh nghiệm về công tác đào tạo,"
                " bồi dưỡng cán bộ tại Trường Chính trị tỉnh Cao Bằng."
            ),
            Img(
                "https://baocaobang.vn/media/images/2026/08/12/tct-lang-son-trao-doi-kinh-nghiem.jpg",
                "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc",
                "table",
            ),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi, chia sẻ kinh nghiệm về đổi mới nội dung,"
                " chương trình bồi dưỡng theo vị trí việc làm; ứng dụng công nghệ thông tin trong"
                " quản lý đào tạo; công tác đi thực tế của giảng viên và việc đánh giá, xếp loại"
                " trường chính trị đạt chuẩn mức 1."
            ),
            P(
                "Đồng chí Hiệu trưởng Trường Chính trị tỉnh Cao Bằng mong muốn hai trường tiếp tục"
                " tăng cường phối hợp, ký kết chương trình hợp tác trong nghiên cứu khoa học, biên"
                " soạn tài liệu về lịch sử, văn hóa vùng biên giới Việt - Trung."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Hoàng Minh Hòa</strong></p>\n'
                '<p style="text-align: right;"><em>Nguồn: Báo Cao Bằng</em></p>'
            ),
        ],
        authors=["Hoàng Minh Hòa"],
        source="Báo Cao Bằng",
        opts={
            "display": datetime(2026, 8, 12, 10, 30),
            "modified": datetime(2026, 8, 13, 8, 2),
            "date_line": "Ngày đăng: 12/08/2026 10:30",
            "template": "news",
            "entry": 40702,
            "views": 688,
            "poster": "bientap",
            "tags": ["hợp tác"],
            "entities": True,
        },
    ),
    Story(
        id=45671,
        slug="be-giang-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-2024-2026",
        title="Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung tại Cao Bằng khóa 2024 - 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-07-24T17:10:00+07:00",
        blocks=[
            P(
                "Chiều 24/7/2026, Học viện Chính trị khu vực I phối hợp với Trường Chính trị tỉnh"
                " Cao Bằng tổ chức Lễ bế giảng và trao bằng tốt nghiệp lớp Cao cấp lý luận chính trị"
                " hệ không tập trung khóa 2024 - 2026 cho 112 học viên. Một số hình ảnh tại buổi"
                " lễ:"
            ),
            Img(
                _doc(36415, "be-giang-cao-cap-2024-2026-01.jpg", 1784887800000),
                "(Quang cảnh Lễ bế giảng)",
                "Quang cảnh Lễ bế giảng",
                "paren",
            ),
            Img(
                _doc(36415, "be-giang-cao-cap-2024-2026-02.jpg", 1784887860000),
                "(Lãnh đạo Học viện Chính trị khu vực I trao bằng tốt nghiệp cho các học viên)",
                "Lãnh đạo Học viện Chính trị khu vực I trao bằng tốt nghiệp cho các học viên",
                "paren",
            ),
            Img(
                _doc(36415, "be-giang-cao-cap-2024-2026-03.jpg", 1784887920000),
                "(Các học viên đạt thành tích xuất sắc chụp ảnh lưu niệm)",
                "Các học viên đạt thành tích xuất sắc chụp ảnh lưu niệm",
                "paren",
            ),
            Raw('<p style="text-align: right;"><strong>Ảnh: Phòng Quản lý đào tạo</strong></p>'),
        ],
        photographers=["Phòng Quản lý đào tạo"],
        opts={
            "display": datetime(2026, 7, 24, 17, 10),
            "modified": datetime(2026, 7, 24, 17, 10),
            "date_line": "Ngày đăng: 24/07/2026 17:10",
            "template": "news",
            "entry": 40671,
            "views": 1192,
            "poster": "bientap",
            "tags": ["cao cấp lý luận chính trị", "bế giảng"],
        },
    ),
    Story(
        id=45640,
        slug="cong-doan-truong-to-chuc-giai-bong-chuyen-hoi-nam-2026",
        title=(
            "Công đoàn Trường tổ chức Giải bóng chuyền hơi chào mừng kỷ niệm 136 năm Ngày sinh Chủ"
            " tịch Hồ Chí Minh"
        ),
        cat="tin-tuc",
        published_at="2026-05-18",
        blocks=[
            P(
                "Trong hai ngày 16 và 17/5/2026, Công đoàn Trường Chính trị tỉnh tổ chức Giải bóng"
                " chuyền hơi nam nữ phối hợp năm 2026 với sự tham gia của 6 đội đến từ các khoa,"
                " phòng của nhà trường."
            ),
            Img(
                f"{FR}/bong-chuyen-hoi-cong-doan-2026",
                "Trận chung kết giữa đội Khoa Lý luận cơ sở và đội Phòng Tổ chức - Hành chính",
                "Trận chung kết giữa đội Khoa Lý luận cơ sở và đội Phòng Tổ chức - Hành chính",
                "figure",
            ),
            P(
                "Sau các trận đấu diễn ra sôi nổi, hấp dẫn, Ban Tổ chức đã trao giải Nhất cho đội"
                " Khoa Lý luận cơ sở, giải Nhì cho đội Phòng Tổ chức - Hành chính, hai giải Ba cho"
                " đội Khoa Xây dựng Đảng và đội Phòng Quản lý đào tạo."
            ),
            P(
                "Giải đấu là dịp để cán bộ, giảng viên, nhân viên rèn luyện sức khỏe, tăng cường"
                " giao lưu, đoàn kết, tạo không khí phấn khởi thi đua hoàn thành nhiệm vụ năm 2026."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nông Thị Hoa</strong></p>'),
        ],
        authors=["Nông Thị Hoa"],
        photographers=["Nông Thị Hoa"],
        opts={
            "display": datetime(2026, 5, 18, 8, 15),
            "modified": datetime(2026, 5, 19, 14, 40),
            "date_line": None,
            "template": "news",
            "entry": 40640,
            "views": 573,
            "tags": ["công đoàn"],
        },
    ),
    Story(
        id=45602,
        slug="nang-cao-chat-luong-giang-day-cac-mon-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
        title="Nâng cao chất lượng giảng dạy các môn lý luận chính trị gắn với thực tiễn địa phương",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-04-02T14:00:00+07:00",
        summary=(
            "Gắn lý luận với thực tiễn là nguyên tắc cơ bản trong giảng dạy lý luận chính trị. Bài"
            " viết đánh giá thực trạng và đề xuất một số giải pháp nhằm nâng cao chất lượng giảng"
            " dạy các môn lý luận chính trị tại Trường Chính trị tỉnh Cao Bằng trong giai đoạn hiện"
            " nay."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Thực trạng việc gắn lý luận với thực tiễn trong giảng dạy", "h"),
            P(
                "Những năm qua, đội ngũ giảng viên nhà trường đã chú trọng lồng ghép thực tiễn của"
                " tỉnh vào bài giảng, nhất là các số liệu về phát triển kinh tế - xã hội, xây dựng"
                " Đảng và hệ thống chính trị ở cơ sở. Việc đi thực tế được thực hiện thường xuyên"
                " theo quy định, mỗi giảng viên có ít nhất 30 ngày thực tế mỗi năm."
            ),
            P(
                "Tuy nhiên, một số bài giảng vẫn nặng về truyền đạt lý thuyết, tình huống minh họa"
                " chưa được cập nhật; việc khai thác kinh nghiệm thực tiễn của chính học viên chưa"
                " nhiều; tài liệu tham khảo về địa phương còn thiếu và chưa được hệ thống hóa."
            ),
            P("2. Một số giải pháp", "h"),
            P(
                "Thứ nhất, xây dựng ngân hàng tình huống, số liệu thực tiễn của tỉnh theo từng học"
                " phần và cập nhật hằng năm.",
                "li",
            ),
            P(
                "Thứ hai, đổi mới phương pháp giảng dạy theo hướng tăng thảo luận, xử lý tình huống,"
                " phát huy kinh nghiệm công tác của học viên.",
                "li",
            ),
            P(
                "Thứ ba, nâng cao chất lượng đi thực tế của giảng viên, gắn kết quả đi thực tế với"
                " việc viết bài nghiên cứu, bổ sung bài giảng.",
                "li",
            ),
            P(
                "Thứ tư, tăng cường phối hợp với các sở, ngành, địa phương để mời báo cáo viên chia"
                " sẻ kinh nghiệm thực tiễn.",
                "li",
            ),
            P(
                "Thực hiện đồng bộ các giải pháp trên sẽ góp phần nâng cao chất lượng đào tạo, bồi"
                " dưỡng cán bộ, đáp ứng yêu cầu xây dựng đội ngũ cán bộ các cấp của tỉnh trong giai"
                " đoạn mới."
            ),
        ],
        authors=["Nguyễn Thị Hà"],
        opts={
            "display": datetime(2026, 4, 2, 14, 0),
            "modified": datetime(2026, 4, 6, 9, 25),
            "date_line": "Ngày đăng: 02/04/2026 14:00",
            "template": "research",
            "entry": 40602,
            "views": 1406,
            "poster": "bientap",
            "tags": ["giảng dạy", "lý luận chính trị"],
            "author_field": "Nguyễn Thị Hà",
            "unit": "Khoa Lý luận cơ sở",
        },
    ),
    Story(
        id=45577,
        slug="thong-bao-nghi-le-gio-to-hung-vuong-30-4-va-1-5-nam-2026",
        title=(
            "Thông báo nghỉ Lễ Giỗ Tổ Hùng Vương, Ngày Giải phóng miền Nam và Ngày Quốc tế Lao"
            " động năm 2026"
        ),
        cat="thong-bao",
        published_at="2026-04-20",
        blocks=[
            P(
                "Thực hiện Thông báo của Văn phòng Tỉnh ủy về việc nghỉ lễ năm 2026, Trường Chính"
                " trị tỉnh thông báo lịch nghỉ đối với cán bộ, giảng viên, nhân viên và học viên các"
                " lớp như sau:"
            ),
            P("Nghỉ Lễ Giỗ Tổ Hùng Vương: từ ngày 25/4/2026 đến hết ngày 27/4/2026;", "li"),
            P(
                "Nghỉ Lễ Ngày Giải phóng miền Nam, thống nhất đất nước và Ngày Quốc tế Lao động: từ"
                " ngày 30/4/2026 đến hết ngày 03/5/2026.",
                "li",
            ),
            P(
                "Các phòng, khoa phân công cán bộ trực cơ quan, bảo đảm an ninh, an toàn tài sản"
                " trong những ngày nghỉ lễ. Các lớp học có lịch học trùng ngày nghỉ được bố trí học"
                " bù theo thông báo của Phòng Quản lý đào tạo."
            ),
        ],
        opts={
            "display": datetime(2026, 4, 20, 16, 30),
            "modified": datetime(2026, 4, 20, 16, 30),
            "date_line": "Cập nhật: 20-04-2026",
            "template": "notice",
            "entry": 40577,
            "views": 1985,
            "poster": "vanthu",
            "tags": [],
        },
    ),
    Story(
        id=45540,
        slug="hội-thi-giảng-viên-dạy-giỏi-cấp-trường-năm-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-03-12T08:30:00+07:00",
        summary=(
            "Từ ngày 09 đến 11/3/2026, Trường Chính trị tỉnh Cao Bằng tổ chức Hội thi giảng viên dạy"
            " giỏi cấp trường năm 2026 với sự tham gia của 18 giảng viên thuộc 4 khoa chuyên môn."
        ),
        blocks=[
            P(
                "Từ ngày 09 đến 11/3/2026, Trường Chính trị tỉnh Cao Bằng tổ chức Hội thi giảng viên"
                " dạy giỏi cấp trường năm 2026 với sự tham gia của 18 giảng viên thuộc 4 khoa chuyên"
                " môn.",
                "lead",
            ),
            P(
                "Mỗi giảng viên dự thi thực hiện một bài giảng trong chương trình Trung cấp lý luận"
                " chính trị hoặc chương trình bồi dưỡng, được Hội đồng giám khảo đánh giá theo các"
                " tiêu chí về nội dung, phương pháp, tác phong sư phạm và việc liên hệ thực tiễn địa"
                " phương."
            ),
            Img(
                _doc(36411, "hoi-thi-gvdg-2026-01.jpg", 1773279000000),
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
                "figure",
            ),
            P(
                "Kết quả, Hội đồng công nhận 7 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp"
                " trường, trong đó 3 giảng viên được chọn tham dự Hội thi giảng viên dạy giỏi các"
                " trường chính trị khu vực miền núi phía Bắc."
            ),
            Img(
                _doc(36411, "hoi-thi-gvdg-2026-02.jpg", 1773279060000),
                "(Ban Giám hiệu trao giấy chứng nhận cho các giảng viên đạt giải)",
                "Ban Giám hiệu trao giấy chứng nhận cho các giảng viên đạt giải",
                "paren",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Lục Thị Hằng - Ảnh: Nông Văn Định'
                "</strong></p>"
            ),
        ],
        authors=["Lục Thị Hằng"],
        photographers=["Nông Văn Định"],
        opts={
            "display": datetime(2026, 3, 12, 8, 30),
            "modified": datetime(2026, 3, 12, 8, 30),
            "date_line": "Ngày đăng: 12/03/2026 08:30",
            "template": "news",
            "entry": 40540,
            "views": 1120,
            "poster": "bientap",
            "tags": ["giảng viên dạy giỏi"],
        },
    ),
    Story(
        id=45512,
        slug="truong-chinh-tri-tinh-tong-ket-cong-tac-nam-2025-trien-khai-nhiem-vu-nam-2026",
        title="Trường Chính trị tỉnh tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026",
        cat="tin-tuc",
        published_at="2026-01-08T16:45:00+07:00",
        summary=(
            "Chiều 07/01/2026, Trường Chính trị tỉnh Cao Bằng tổ chức Hội nghị tổng kết công tác"
            " năm 2025, triển khai nhiệm vụ năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm 2025, trong bối cảnh thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị và"
                " chính quyền địa phương hai cấp, nhà trường đã chủ động tham mưu, điều chỉnh kế"
                " hoạch, hoàn thành toàn diện các nhiệm vụ được giao. Nhà trường đã mở 39 lớp đào"
                " tạo, bồi dưỡng với 2.870 lượt học viên; tỷ lệ học viên tốt nghiệp loại khá, giỏi"
                " đạt 86,4%."
            ),
            P(
                "Công tác nghiên cứu khoa học có nhiều chuyển biến: nhà trường chủ trì 1 đề tài khoa"
                " học cấp tỉnh, nghiệm thu 6 đề tài cấp cơ sở, tổ chức 2 hội thảo khoa học; 100%"
                " giảng viên hoàn thành định mức giờ chuẩn và đi thực tế theo quy định."
            ),
            Img(
                f"{FR}/hoi-nghi-tong-ket-cong-tac-nam-2025",
                "Quang cảnh Hội nghị tổng kết",
                "Quang cảnh Hội nghị tổng kết",
                "figure",
            ),
            P(
                "Năm 2026, nhà trường đặt mục tiêu mở 42 lớp đào tạo, bồi dưỡng; tiếp tục đổi mới"
                " nội dung, chương trình, phương pháp giảng dạy; đẩy mạnh chuyển đổi số trong quản"
                " lý đào tạo và phấn đấu giữ vững chuẩn trường chính trị mức 1."
            ),
            P(
                "Tại hội nghị, nhà trường đã khen thưởng 5 tập thể và 21 cá nhân có thành tích xuất"
                " sắc trong thực hiện nhiệm vụ năm 2025."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Thu Trang</strong></p>'),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Hoàng Thu Trang"],
        opts={
            "display": datetime(2026, 1, 8, 16, 45),
            "modified": datetime(2026, 1, 9, 7, 55),
            "date_line": "Ngày đăng: 08/01/2026 16:45",
            "template": "news",
            "entry": 40512,
            "views": 2064,
            "poster": "bientap",
            "tags": ["tổng kết", "chuyển đổi số"],
        },
    ),
]

_LATEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["display"], reverse=True)
_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}
#: the home page's "Tiêu điểm": the newest three stories with a photo
FEATURED: list[Story] = [s for s in _LATEST if s.images][:3]
#: the "Tin mới" box (links ``/w/<url-title>``)
NEWEST: list[Story] = _LATEST[:5]
MOST_READ: list[Story] = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]
HOME_PATHS = (GROUP, f"{GROUP}/trang-chu")


def in_cat(cat: Cat) -> list[Story]:
    return [s for s in _LATEST if s.cat == cat.key]


def _slug_url(story: Story) -> str:
    return quote(story.slug, safe="-")


def article_path(story: Story) -> str:
    """The display page URL: what every form of the article declares as canonical."""
    return f"{GROUP}/-/{_slug_url(story)}"


def w_path(story: Story) -> str:
    return f"/w/{_slug_url(story)}"


def featured_path(story: Story, home: str) -> str:
    return f"{article_path(story)}?redirect={quote(home, safe='')}"


# ------------------------------------------------------------------------- listing states

State = tuple[int, int] | None


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


def listing_target(cat: Cat, state: State) -> str:
    """A category page in one pagination state (None: the bare page)."""
    if state is None:
        return cat.path
    delta, cur = state
    return (
        f"{cat.path}?p_p_id={cat.pid}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{cat.ns}delta={delta}&p_r_p_resetCur=false&{cat.ns}cur={cur}"
    )


def _int(raw: str | None, default: int) -> int:
    return int(raw) if raw and raw.isdigit() else default


def _state_of(cat: Cat, params: dict[str, str]) -> State:
    if f"{cat.ns}delta" not in params and f"{cat.ns}cur" not in params:
        return None
    delta = min(max(_int(params.get(f"{cat.ns}delta"), cat.delta), 1), 200)
    cur = _int(params.get(f"{cat.ns}cur"), 1)
    cur = min(max(cur, 1), _pages(len(in_cat(cat)), delta))
    return (delta, cur)


def _page_items(cat: Cat, state: State) -> list[Story]:
    delta, cur = state or (cat.delta, 1)
    return in_cat(cat)[(cur - 1) * delta : cur * delta]


def _listing_links(cat: Cat, state: State) -> list[State]:
    """Pagination bar links of a listing state, in page order (prev, numbers, next, deltas)."""
    delta, cur = state or (cat.delta, 1)
    pages = _pages(len(in_cat(cat)), delta)
    links: list[State] = []
    if cur > 1:
        links.append((delta, cur - 1))
    links += [(delta, p) for p in range(1, pages + 1) if p != cur]
    if cur < pages:
        links.append((delta, cur + 1))
    links += [(d, 1) for d in DELTAS]
    return links


def reachable_states(cat: Cat) -> list[State]:
    seen: list[State] = [None]
    queue: list[State] = [None]
    while queue:
        for nxt in _listing_links(cat, queue.pop(0)):
            if nxt not in seen:
                seen.append(nxt)
                queue.append(nxt)
    return seen


def ap_path(story: Story, state: State) -> str:
    """The Asset Publisher's full-content URL of a story listed on ``state`` of its category."""
    cat = CATS[story.cat]
    back = quote(listing_target(cat, state), safe="")
    return (
        f"{cat.path}/-/asset_publisher/{cat.instance}/content/{_slug_url(story)}"
        f"?{cat.ns}assetEntryId={story.opts['entry']}&{cat.ns}redirect={back}"
    )


def alt_paths(story: Story) -> list[str]:
    """Every other URL the site links this article at (all declare ``article_path`` canonical)."""
    cat = CATS[story.cat]
    out = [ap_path(story, st) for st in reachable_states(cat) if story in _page_items(cat, st)]
    if story in NEWEST:
        out.append(w_path(story))
    if story in FEATURED:
        out += [featured_path(story, home) for home in HOME_PATHS]
    return out


# ------------------------------------------------------------------------- the gold (by hand)

# Judgement calls, story by story (the hand-written fields are in STORIES above):
# 45871 sapo block = summary; "Tin:" / "Ảnh:" closing lines; Vietnamese url-title.
# 45850 a timetable: the header row and every row are body lines; "Cập nhật" is the only date.
# 45822 the second photo's line is a Zalo file name: no caption; "Bài, ảnh:" gives both lists.
# 45790 title and body stored NFD; "Ngày đăng … | Cập nhật …": the first is the publication;
#       a bare right-aligned name closes the text: the author.
# 45761 "00:00" printed: date only.
# 45733 one paragraph plus a PDF ("Tệp đính kèm" is not body); "vanthu" is a login.
# 45702 body with character references; caption in an image table; photo hot-linked from the
#       newspaper; closing name = author, "Nguồn: Báo Cao Bằng" = source.
# 45671 photo story: three parenthesised captions; the office credited for photos.
# 45640 old template: no date on the page; the listings' display date 18/05/2026.
# 45602 research template: "Tác giả:" field = author ("Đơn vị:" is not a name); sub-headings and
#       list items are body lines.
# 45577 list items are body lines.
# 45540 the lead paragraph inside the body (class "lead") is the summary; Vietnamese url-title.
# 45512 sapo block; "Tin, ảnh:".
GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat].name, alt_paths=alt_paths(s)) for s in _LATEST
]


# ------------------------------------------------------------------------- other content


@dataclass(frozen=True)
class Doc:
    """A "Văn bản" entry: a Documents and Media file entry (a PDF), not an article."""

    file_entry_id: int
    number: str
    issued: date
    title: str
    file: str
    size: str

    @property
    def href(self) -> str:
        return _doc(36201, self.file, 1767600000000 + self.file_entry_id)


DOCS: list[Doc] = [
    Doc(
        36310,
        "125/QĐ-TCT",
        date(2026, 1, 5),
        "Quyết định ban hành Kế hoạch đào tạo, bồi dưỡng năm 2026",
        "QD-125-QD-TCT-ke-hoach-dao-tao-2026.pdf",
        "412 KB",
    ),
    Doc(
        36318,
        "48/KH-TCT",
        date(2026, 2, 20),
        "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "KH-48-KH-TCT-hoi-thi-gvdg-2026.pdf",
        "228 KB",
    ),
    Doc(
        36327,
        "203/QĐ-TCT",
        date(2026, 6, 15),
        "Quyết định ban hành Quy chế chi tiêu nội bộ (sửa đổi, bổ sung)",
        "QD-203-QD-TCT-quy-che-chi-tieu-noi-bo.pdf",
        "655 KB",
    ),
    Doc(
        36335,
        "311/TB-TCT",
        date(2026, 8, 28),
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung năm 2026",
        "TB-311-TB-TCT-tuyen-sinh-2026.pdf",
        "186 KB",
    ),
]
_DOC_BY_ID = {d.file_entry_id: d for d in DOCS}
DOC_NS = f"_{DL}_"


def doc_entry_target(d: Doc) -> str:
    return (
        f"{GROUP}/van-ban?p_p_id={DL}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{DOC_NS}mvcRenderCommandName=%2Fdocument_library%2Fview_file_entry"
        f"&{DOC_NS}redirect=%2Fweb%2Ftruongchinhtri%2Fvan-ban&{DOC_NS}fileEntryId={d.file_entry_id}"
    )


#: Media Gallery folders: id -> (name, images)
ALBUMS: dict[int, tuple[str, list[str]]] = {
    36410: (
        "Lễ khai giảng lớp Trung cấp lý luận chính trị khóa 47",
        ["khai-giang-tc-k47-01.jpg", "khai-giang-tc-k47-02.jpg", "khai-giang-tc-k47-03.jpg"],
    ),
    36411: (
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        ["hoi-thi-gvdg-2026-01.jpg", "hoi-thi-gvdg-2026-02.jpg"],
    ),
}
IG_NS = f"_{IG}_"


def album_target(folder: int) -> str:
    return (
        f"{GROUP}/thu-vien-anh?p_p_id={IG}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{IG_NS}mvcRenderCommandName=%2Fimage_gallery_display%2Fview&{IG_NS}folderId={folder}"
    )


#: Web Content Display pages: key -> (menu name, article id, html)
STATIC: dict[str, tuple[str, int, str]] = {
    "gioi-thieu": (
        "Giới thiệu chung",
        37102,
        """<h3 style="text-align: center;"><strong>LỊCH SỬ HÌNH THÀNH VÀ PHÁT TRIỂN</strong></h3>
<p style="text-align: justify;">Trường Chính trị tỉnh Cao Bằng tiền thân là Trường Đảng tỉnh Cao Bằng, được thành lập năm 1949. Trải qua các thời kỳ với nhiều tên gọi khác nhau, nhà trường luôn là trung tâm đào tạo, bồi dưỡng lý luận chính trị, chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức, viên chức của tỉnh.</p>
<p style="text-align: justify;">Ngày 06 tháng 7 năm 1993, Ủy ban nhân dân tỉnh ban hành quyết định hợp nhất Trường Đảng, Trường Hành chính và Trường Bồi dưỡng cán bộ quản lý thành Trường Chính trị tỉnh Cao Bằng.</p>
<p style="text-align: justify;">Hiện nay, nhà trường có 4 khoa chuyên môn và 2 phòng chức năng với 52 cán bộ, giảng viên, nhân viên; 100% giảng viên có trình độ cao cấp lý luận chính trị, 38 giảng viên có trình độ thạc sĩ trở lên. Năm 2024, nhà trường được công nhận đạt chuẩn mức 1.</p>
<p style="text-align: justify;">Với những thành tích đạt được, nhà trường đã được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.</p>""",
    ),
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        37104,
        """<p><strong>1. Chức năng</strong></p>
<p style="text-align: justify;">Trường Chính trị tỉnh là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ; tổ chức đào tạo, bồi dưỡng lý luận chính trị, chuyên môn, nghiệp vụ cho cán bộ, công chức, viên chức của hệ thống chính trị ở địa phương.</p>
<p><strong>2. Nhiệm vụ</strong></p>
<ul>
<li>Đào tạo trung cấp lý luận chính trị cho cán bộ, công chức, viên chức;</li>
<li>Bồi dưỡng kiến thức quốc phòng và an ninh, kiến thức quản lý nhà nước theo phân cấp;</li>
<li>Bồi dưỡng cập nhật kiến thức, kỹ năng cho cán bộ lãnh đạo, quản lý cấp cơ sở;</li>
<li>Nghiên cứu khoa học, tổng kết thực tiễn, tham gia biên soạn lịch sử đảng bộ địa phương.</li>
</ul>""",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        37106,
        """<p><strong>BAN GIÁM HIỆU</strong></p>
<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered">
<tbody>
<tr><td>Hiệu trưởng</td><td>TS. Nông Thanh Bình</td><td>0206.3852.101</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>ThS. Lương Văn Quý</td><td>0206.3852.102</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>ThS. Hà Thị Thu Hương</td><td>0206.3852.103</td></tr>
</tbody>
</table>
<p><strong>CÁC PHÒNG, KHOA</strong></p>
<ul>
<li>Phòng Tổ chức - Hành chính</li>
<li>Phòng Quản lý đào tạo và Nghiên cứu khoa học</li>
<li>Khoa Lý luận cơ sở</li>
<li>Khoa Xây dựng Đảng</li>
<li>Khoa Nhà nước và pháp luật</li>
<li>Khoa Dân vận</li>
</ul>""",
    ),
}

WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
CAL_NS = f"_{CAL}_"
CAL_VIEWS = {"day": "Ngày", "week": "Tuần", "month": "Tháng", "agenda": "Lịch biểu"}
#: calendar dates the portlet accepts (milliseconds since 1970): anything up to the year 3000
CAL_MAX_MS = 32503680000000


def _ms(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=TZ).timestamp() * 1000)


def cal_target(day: date, view: str = "week") -> str:
    return (
        f"{GROUP}/lich-cong-tac?p_p_id={CAL}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{CAL_NS}mvcPath=%2Fview.jsp&{CAL_NS}activeView={view}&{CAL_NS}date={_ms(day)}"
    )


SEARCH = f"{GROUP}/search"
SEARCH_KEYS = ("q", "type", "category", "modified", "sort", "start")
TYPES = {
    "com.liferay.journal.model.JournalArticle": "Nội dung web",
    "com.liferay.document.library.kernel.model.DLFileEntry": "Tài liệu",
    "com.liferay.portal.kernel.model.Layout": "Trang",
}
MODIFIED = {
    "past-hour": ("Giờ trước", timedelta(hours=1)),
    "past-24-hours": ("24 giờ qua", timedelta(days=1)),
    "past-week": ("Tuần trước", timedelta(days=7)),
    "past-month": ("Tháng trước", timedelta(days=31)),
    "past-year": ("Năm trước", timedelta(days=365)),
}
SORTS = {"": "Mức độ liên quan", "modified-": "Ngày sửa đổi", "title": "Tiêu đề"}


def search_target(params: dict[str, str]) -> str:
    pairs = [(k, params[k]) for k in SEARCH_KEYS if params.get(k)]
    return SEARCH + ("?" + urlencode(pairs) if pairs else "")


def login_target(layout: str, command: str = "login") -> str:
    return (
        f"{layout}?p_p_id={LOGIN}&p_p_lifecycle=0&p_p_state=maximized&p_p_mode=view"
        f"&saveLastPath=false&_{LOGIN}_mvcRenderCommandName=%2Flogin%2F{command}"
    )


# The menu: (layout key, name, children)
MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("trang-chu", "Trang chủ", []),
    (
        "gioi-thieu",
        "Giới thiệu",
        [(k, STATIC[k][0]) for k in ("gioi-thieu", "chuc-nang-nhiem-vu", "co-cau-to-chuc")],
    ),
    *[(c.key, c.name, []) for c in CATS.values()],
    ("van-ban", "Văn bản", []),
    ("thu-vien-anh", "Thư viện ảnh", []),
    ("lich-cong-tac", "Lịch công tác", []),
    ("lien-he", "Liên hệ", []),
]
#: every regular page (layout) of the site, by friendly URL segment
LAYOUTS: dict[str, str] = {
    "trang-chu": "Trang chủ",
    **{c.key: c.name for c in CATS.values()},
    **{k: v[0] for k, v in STATIC.items()},
    "van-ban": "Văn bản",
    "thu-vien-anh": "Thư viện ảnh",
    "lich-cong-tac": "Lịch công tác",
    "lien-he": "Liên hệ",
    "search": "Tìm kiếm",
}


#: pages a reader opens that are not articles, plus one or two samples of each trap (the site
#: links many more: every delta of every listing, a login form on every page's URL, calendar
#: days and months without end, search facet combinations)
NON_ARTICLES: list[str] = [
    *HOME_PATHS,
    *(
        listing_target(c, st)
        for c in CATS.values()
        for st in reachable_states(c)
        if st is None or st[0] == c.delta
    ),
    listing_target(CATS["tin-tuc"], (20, 1)),
    *(f"{GROUP}/{k}" for k in STATIC),
    f"{GROUP}/lien-he",
    f"{GROUP}/van-ban",
    *(doc_entry_target(d) for d in DOCS),
    f"{GROUP}/thu-vien-anh",
    *(album_target(f) for f in ALBUMS),
    f"{GROUP}/lich-cong-tac",
    cal_target(TODAY_DATE - timedelta(days=7)),
    cal_target(TODAY_DATE + timedelta(days=7)),
    SEARCH,
    search_target({"q": "công đoàn"}),
    login_target(f"{GROUP}/trang-chu"),
    login_target(f"{GROUP}/trang-chu", "forgot_password"),
    login_target(article_path(STORIES[3])),
]


# ------------------------------------------------------------------------- rendering helpers


def _num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _dmy(when: datetime | date) -> str:
    return f"{when.day:02d}/{when.month:02d}/{when.year}"


def _stored(story: Story, value: str) -> str:
    """A text field of the story as stored: escaped, decomposed for the NFD story."""
    s = esc(value)
    return unicodedata.normalize("NFD", s) if story.opts.get("nfd") else s


def _title(story: Story) -> str:
    return _stored(story, story.title)


def _teaser(story: Story) -> str:
    """The asset summary: the description field, else the start of the content."""
    if story.summary:
        return _stored(story, story.summary)
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) > 180:
        first = first[:180].rsplit(" ", 1)[0] + "..."
    return _stored(story, first)


def _thumb(story: Story) -> str:
    """The adaptive-media thumbnail of the story's first own photo (a theme placeholder if none)."""
    own = [i for i in story.images if not i.src.startswith("http")]
    if not own:
        return f"{THEME}/images/tct/no-image.png"
    parts = own[0].src.split("?")[0].split("/")
    name = parts[-1] if parts[2] == "d" else parts[-2].rsplit(".", 1)[0]
    return f"/o/adaptive-media/image/{story.opts['entry'] + 100}/Thumbnail-300x300/{name}.jpg?t={CACHE_T}"


def _img_tag(img: Img, extra: str = "") -> str:
    return f'<img alt="" src="{esc(img.src)}"{extra} />'


def _image_html(img: Img) -> str:
    line = esc(img.printed or "")
    if img.style == "figure":
        tag = _img_tag(img, ' width="800" height="533"')
        return f'<figure class="image">{tag}<figcaption>{line}</figcaption></figure>'
    if img.style == "paren":
        tag = _img_tag(img, ' style="width: 700px; height: 467px;"')
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    if img.style == "file":
        tag = _img_tag(img, ' style="width: 700px; height: 525px;"')
        return (
            f'<p style="text-align: center;">{tag}<br />\n'
            f'<span style="font-size:11px;color:#888888;">{line}</span></p>'
        )
    if img.style == "table":
        tag = _img_tag(img, ' style="width: 640px; height: 427px;"')
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="tct-img" style="width: 640px;">\n'
            f"<tbody>\n<tr>\n<td>{tag}</td>\n</tr>\n"
            f'<tr>\n<td style="text-align: center;"><em>{line}</em></td>\n</tr>\n</tbody>\n</table>'
        )
    return f'<p style="text-align: center;">{_img_tag(img)}</p>'


def _body(story: Story) -> str:
    out: list[str] = []
    items: list[str] = []
    rows: list[P] = []

    def flush() -> None:
        if items:
            out.append("<ul>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>")
            items.clear()
        if rows:
            head = [r for r in rows if r.style == "th"]
            body = [r for r in rows if r.style == "tr"]
            thead = "".join(
                "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in r.text.split(" | ")) + "</tr>"
                for r in head
            )
            tbody = "\n".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.text.split(" | ")) + "</tr>"
                for r in body
            )
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" class="table table-bordered" style="width: 100%;">\n'
                f"<thead>{thead}</thead>\n<tbody>\n{tbody}\n</tbody>\n</table>"
            )
            rows.clear()

    for block in story.blocks:
        if isinstance(block, P) and block.style == "li":
            if rows:
                flush()
            items.append(esc(block.text))
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            if items:
                flush()
            rows.append(block)
            continue
        flush()
        if isinstance(block, P):
            if block.style == "lead":
                out.append(f'<p class="lead"><strong>{esc(block.text)}</strong></p>')
            elif block.style == "h":
                out.append(f"<h3><strong>{esc(block.text)}</strong></h3>")
            else:
                out.append(f'<p style="text-align: justify;">{esc(block.text)}</p>')
        elif isinstance(block, Img):
            out.append(_image_html(block))
        else:
            out.append(block.html)
    flush()
    markup = "\n".join(out)
    if story.opts.get("entities"):
        markup = entity_mix(markup, 2)
    if story.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    return markup


def _core(story: Story) -> str:
    """The web content template's output (identical on the display page and the AP view)."""
    o = story.opts
    kind = o["template"]
    meta = []
    if o["date_line"]:
        meta.append(
            f'<span class="tct-date"><i class="icon-time"></i> {esc(o["date_line"])}</span>'
        )
    meta.append(
        f'<span class="tct-views"><i class="icon-eye-open"></i> Lượt xem: {_num(o["views"])}</span>'
    )
    if o.get("poster"):
        meta.append(
            f'<span class="tct-poster"><i class="icon-user"></i> Người đăng: {esc(o["poster"])}</span>'
        )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tct-sapo"><strong>{_stored(story, story.summary)}</strong></div>\n'
    after = ""
    if o.get("author_field"):
        after += (
            '<div class="tct-research-author">\n'
            f'<p><span class="tct-label">Tác giả:</span> <span class="tct-value">{esc(o["author_field"])}</span></p>\n'
            f'<p><span class="tct-label">Đơn vị:</span> <span class="tct-value">{esc(o["unit"])}</span></p>\n'
            "</div>\n"
        )
    if o.get("attachment"):
        href, name, size = o["attachment"]
        after += (
            '<div class="tct-attachments">\n<p class="tct-attachments-title">Tệp đính kèm:</p>\n<ul class="list-unstyled">\n'
            f'<li><a href="{esc(href)}&amp;download=true" target="_blank"><i class="icon-paper-clip"></i> {esc(name)}</a>'
            f' <span class="text-muted">({size})</span></li>\n</ul>\n</div>\n'
        )
    return (
        f'<div class="tct-article tct-{kind}">\n'
        f'<div class="tct-{kind}-meta">{" ".join(meta)}</div>\n'
        f"{sapo}"
        f'<div class="tct-{kind}-content">\n{_body(story)}\n</div>\n'
        f"{after}</div>"
    )


def _tags(story: Story) -> str:
    tags = story.opts.get("tags") or []
    if not tags:
        return ""
    links = " ".join(
        f'<a class="label label-secondary" href="{SEARCH}?q={quote_plus(t)}">{esc(t)}</a>'
        for t in tags
    )
    return f'<div class="tct-tags taglib-asset-tags-summary"><span class="tct-tags-label">Từ khóa:</span> {links}</div>\n'


def _tools(base: str, story: Story) -> str:
    url = quote(base + article_path(story), safe="")
    return f"""<div class="tct-tools">
<div class="taglib-social-bookmarks"><ul class="list-inline">
<li class="list-inline-item"><a class="btn btn-monospaced btn-outline-borderless btn-outline-secondary btn-sm lfr-portal-tooltip" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" title="Facebook"><svg class="lexicon-icon lexicon-icon-social-facebook" role="presentation"><use xlink:href="{THEME}/images/clay/icons.svg#social-facebook"></use></svg><span class="sr-only">Facebook</span></a></li>
<li class="list-inline-item"><a class="btn btn-monospaced btn-outline-borderless btn-outline-secondary btn-sm lfr-portal-tooltip" href="https://sp.zalo.me/share_inline?u={url}" target="_blank" title="Zalo"><span class="tct-zalo">Zalo</span></a></li>
</ul></div>
<a class="tct-print" href="javascript:window.print();"><i class="icon-print"></i> In bài viết</a>
<a class="tct-mail" href="mailto:?subject={quote(story.title)}&amp;body={url}"><i class="icon-envelope"></i> Gửi email</a>
<a class="tct-top" href="#banner"><i class="icon-arrow-up"></i> Về đầu trang</a>
</div>
"""


def _related_items(story: Story) -> str:
    others = [s for s in in_cat(CATS[story.cat]) if s is not story][:5]
    return "\n".join(
        f'<li><a href="{article_path(s)}">{_title(s)}</a> <span class="tct-related-date">({_dmy(s.opts["display"])})</span></li>'
        for s in others
    )


def _portlet(pid: str, title: str | None, body: str, extra: str = "") -> str:
    """A portlet with the theme's decorator (``portlet-decorate``) or barebone when untitled."""
    root = pid.split("_INSTANCE_")[0]
    if title is None:
        return f"""<div class="portlet-boundary portlet-boundary_{root}_  portlet-static portlet-static-end portlet-barebone {extra}" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">
{body}
</div></div></div>
</section>
</div>"""
    return f"""<div class="portlet-boundary portlet-boundary_{root}_  portlet-static portlet-static-end portlet-decorate {extra}" id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header">
<div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{title}</h2></div>
<div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div>
</div>
<div class=" portlet-content-container"><div class="portlet-body">
{body}
</div></div>
</div>
</section>
</div>"""


NOTICE = '<div class="alert alert-danger">Bạn chưa có đủ quyền truy nhập portlet này.</div>'


def _sidebar(base: str) -> str:
    notices = in_cat(CATS["thong-bao"])[:4]
    notice_items = "\n".join(
        f'<li class="tct-notice-item"><a href="{article_path(s)}">{_title(s)}</a>'
        f'<span class="tct-notice-date">{_dmy(s.opts["display"])}</span></li>'
        for s in notices
    )
    newest = "\n".join(f'<li><a href="{w_path(s)}">{_title(s)}</a></li>' for s in NEWEST)
    most = "\n".join(
        f'<li><a href="{article_path(s)}">{_title(s)}</a> <span class="badge badge-light">{_num(s.opts["views"])} lượt xem</span></li>'
        for s in MOST_READ
    )
    poll_action = (
        f"{base}{GROUP}/trang-chu?p_p_id={POLLS}&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view"
        f"&amp;_{POLLS}_javax.portlet.action=%2Fpolls_display%2Fadd_vote"
    )
    poll = f"""<form action="{poll_action}" class="form" method="post" name="_{POLLS}_fm">
<input name="_{POLLS}_formDate" type="hidden" value="{CACHE_T}" />
<input name="_{POLLS}_questionId" type="hidden" value="36701" />
<p class="tct-poll-question">Anh/chị đánh giá thế nào về Cổng thông tin điện tử của nhà trường?</p>
<div class="custom-control custom-radio"><label><input class="custom-control-input" name="_{POLLS}_choiceId" type="radio" value="36702" /><span class="custom-control-label">Rất hữu ích</span></label></div>
<div class="custom-control custom-radio"><label><input class="custom-control-input" name="_{POLLS}_choiceId" type="radio" value="36703" /><span class="custom-control-label">Hữu ích</span></label></div>
<div class="custom-control custom-radio"><label><input class="custom-control-input" name="_{POLLS}_choiceId" type="radio" value="36704" /><span class="custom-control-label">Cần cải thiện</span></label></div>
<button class="btn btn-primary btn-sm" type="submit"><span class="lfr-btn-label">Bình chọn</span></button>
</form>"""
    links = """<select class="form-control tct-weblinks" onchange="if (this.value) window.open(this.value);">
<option value="">-- Liên kết website --</option>
<option value="https://caobang.dcs.vn">Đảng bộ tỉnh Cao Bằng</option>
<option value="https://caobang.gov.vn">Cổng TTĐT tỉnh Cao Bằng</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://baocaobang.vn">Báo Cao Bằng</option>
<option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option>
</select>"""
    counter = """<ul class="list-unstyled tct-counter">
<li><span class="tct-counter-label">Đang trực tuyến:</span> <strong>14</strong></li>
<li><span class="tct-counter-label">Hôm nay:</span> <strong>412</strong></li>
<li><span class="tct-counter-label">Tháng này:</span> <strong>11.206</strong></li>
<li><span class="tct-counter-label">Tổng lượt truy cập:</span> <strong>1.386.502</strong></li>
</ul>"""
    return "\n".join(
        [
            _portlet(
                f"{AP}_INSTANCE_sbThB9aoK2lm",
                "Thông báo",
                f'<ul class="list-unstyled tct-notice-list">\n{notice_items}\n</ul>\n'
                f'<div class="tct-more"><a href="{CATS["thong-bao"].path}">Xem tất cả »</a></div>',
                "tct-box-notice",
            ),
            _portlet(
                f"{AP}_INSTANCE_sbNw5Ty8uIop",
                "Tin mới",
                f'<ul class="tct-newest">\n{newest}\n</ul>',
            ),
            _portlet(
                f"{AP}_INSTANCE_sbMr3Ew6qAsd",
                "Tin xem nhiều",
                f'<ol class="tct-most-read">\n{most}\n</ol>',
            ),
            _portlet(f"{CAL}_INSTANCE_sbLc7Kj2hGfd", "Lịch công tác tuần", NOTICE),
            _portlet(POLLS, "Thăm dò ý kiến", poll),
            _portlet(f"{JC}_INSTANCE_sbLk4Mn8bVcx", "Liên kết website", links),
            _portlet("tctcounter_WAR_tctcounterportlet", "Thống kê truy cập", counter),
        ]
    )


def _nav(active: str) -> str:
    items = []
    for key, name, children in MENU:
        href = f"{GROUP}/{key}"
        sel = " selected active" if key == active or any(k == active for k, _ in children) else ""
        if children:
            kids = "\n".join(
                f'<li role="presentation"><a class="dropdown-item" href="{GROUP}/{k}" role="menuitem">{esc(n)}</a></li>'
                for k, n in children
            )
            items.append(
                f'<li class="lfr-nav-item nav-item dropdown{sel}" id="layout_{key}" role="presentation">'
                f'<a aria-haspopup="true" class="nav-link text-truncate dropdown-toggle" href="{href}" role="menuitem">'
                f'<span class="text-truncate">{esc(name)} <span class="lfr-nav-child-toggle"><svg class="lexicon-icon lexicon-icon-angle-down" role="presentation"><use xlink:href="{THEME}/images/clay/icons.svg#angle-down"></use></svg></span></span></a>'
                f'<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">\n{kids}\n</ul></li>'
            )
        else:
            items.append(
                f'<li class="lfr-nav-item nav-item{sel}" id="layout_{key}" role="presentation">'
                f'<a class="nav-link text-truncate" href="{href}" role="menuitem"><span class="text-truncate">{esc(name)}</span></a></li>'
            )
    return (
        '<nav aria-label="Trang Trang web" class="navbar navbar-expand-md navbar-dark tct-navbar" id="navigation" role="navigation">\n'
        '<div class="container"><ul aria-label="Trang Trang web" class="navbar-nav mr-auto" role="menubar">\n'
        + "\n".join(items)
        + "\n</ul></div>\n</nav>"
    )


def _breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    items = [
        f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{GROUP}" title="Trang chủ"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
    ]
    for href, name in trail:
        if href:
            items.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{name}">'
                f'<span class="breadcrumb-text-truncate">{name}</span></a></li>'
            )
        else:
            items.append(
                f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{name}</span></li>'
            )
    body = (
        f'<nav aria-label="Breadcrumb" id="_{BREADCRUMB}_breadcrumbs-defaultScreen">\n'
        f'<ol class="breadcrumb">\n{"".join(items)}\n</ol>\n</nav>'
    )
    return _portlet(f"{BREADCRUMB}_INSTANCE_tctBreadcrumb", None, body, "portlet-breadcrumb")


def _footer() -> str:
    return f"""<footer class="tct-footer" id="footer" role="contentinfo">
<div class="container">
<div class="row">
<div class="col-md-8">
<p class="tct-footer-name">TRƯỜNG CHÍNH TRỊ TỈNH CAO BẰNG</p>
<p>Địa chỉ: Số 026 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</p>
<p>Điện thoại: 0206.3852.164 - Fax: 0206.3852.165 - Email: truongchinhtri@caobang.gov.vn</p>
<p>Chịu trách nhiệm chính: TS. Nông Thanh Bình - Hiệu trưởng</p>
<p>Giấy phép số 05/GP-TTĐT ngày 15/3/2021 của Sở Thông tin và Truyền thông tỉnh Cao Bằng</p>
</div>
<div class="col-md-4 text-md-right">
<p>Bản quyền © 2021 {esc(SITE)}.</p>
<p>Ghi rõ nguồn "{esc(SITE)}" khi phát hành lại thông tin từ website này.</p>
<p class="tct-powered">Vận hành trên nền tảng <a href="https://www.liferay.com" rel="external">Liferay DXP</a></p>
</div>
</div>
</div>
</footer>"""


def _layout(
    base: str,
    *,
    title: str,
    canonical: str,
    page_title: str,
    content: str,
    active: str = "",
    login_layout: str,
    plid: int = PLID_BASE,
    body_class: str = "",
    description: str = "",
    og_image: str | None = None,
) -> str:
    """The theme's portal_normal: head, header, navigation, content, footer."""
    desc = (
        f'<meta content="{description}" lang="vi-VN" name="description" />\n' if description else ""
    )
    og = f'<meta property="og:image" content="{base}{esc(og_image)}" />\n' if og_image else ""
    css = f"{THEME}/css/main.css?browserId=other&amp;themeId={THEME_ID}&amp;minifierType=css&amp;languageId=vi_VN&amp;t={CACHE_T}"
    combo = f"/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;t={CACHE_T}&amp;/o/frontend-js-aui-web/aui/aui/aui.js&amp;/o/frontend-js-aui-web/liferay/modules.js"
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{title}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}<script data-senna-track="permanent" src="{combo}" type="text/javascript"></script>
<link data-senna-track="temporary" href="{base}{canonical}" rel="canonical" />
<link data-senna-track="temporary" href="{base}{canonical}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{base}{canonical}" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{esc(SITE)}" />
<meta property="og:title" content="{title}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{base}{canonical}" />
{og}<link href="{THEME}/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="{css}" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
var themeDisplay = Liferay.ThemeDisplay = {{
getCompanyId: function() {{ return '20097'; }},
getLayoutRelativeURL: function() {{ return '{login_layout}'; }},
getPathThemeImages: function() {{ return '{THEME}/images'; }},
getPlid: function() {{ return '{plid}'; }},
getScopeGroupId: function() {{ return '{GROUP_ID}'; }},
getLanguageId: function() {{ return 'vi_VN'; }},
isSignedIn: function() {{ return false; }}
}};
// ]]>
</script>
</head>
<body class="controls-visible chrome yui3-skin-sam signed-out public-page site {body_class}">
<nav aria-label="Liên kết nhanh" class="bg-dark cadmin quick-access-nav text-center text-white" id="tct_quickAccessNav">
<a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">Bỏ qua để đến Nội dung chính</a>
</nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header id="banner">
<div class="tct-topbar"><div class="container d-flex">
<span class="tct-today"><i class="icon-calendar"></i> {TODAY}</span>
<span class="ml-auto tct-user"><a class="sign-in text-default" data-redirect="false" href="{base}{esc(login_target(login_layout))}" rel="nofollow"><i class="icon-user"></i> Đăng nhập</a></span>
</div></div>
<div class="container tct-brand d-flex align-items-center">
<a class="logo custom-logo" href="{GROUP}" title="Đi đến {esc(SITE)}"><img alt="{esc(SITE)}" height="96" src="/image/layout_set_logo?img_id=36011&amp;t={CACHE_T}" width="96" /></a>
<div class="tct-brand-text">
<div class="tct-brand-top">ĐẢNG BỘ TỈNH CAO BẰNG</div>
<div class="tct-brand-name">TRƯỜNG CHÍNH TRỊ TỈNH CAO BẰNG</div>
<div class="tct-brand-slogan">Trung thành - Đoàn kết - Chuẩn mực - Sáng tạo</div>
</div>
<form action="{SEARCH}" class="ml-auto tct-searchbar" method="get" name="tctSearchBar">
<div class="input-group"><input aria-label="Tìm kiếm" class="form-control search-input" name="q" placeholder="Tìm kiếm..." type="text" value="" />
<div class="input-group-append"><button aria-label="Gửi" class="btn btn-light" type="submit"><svg class="lexicon-icon lexicon-icon-search" role="presentation"><use xlink:href="{THEME}/images/clay/icons.svg#search"></use></svg></button></div></div>
</form>
</div>
{_nav(active)}
</header>
<section class="container flex-fill" id="content">
<h2 class="hide-accessible sr-only" role="heading" aria-level="1">{page_title}</h2>
{content}
</section>
{_footer()}
</div>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.register('{BREADCRUMB}_INSTANCE_tctBreadcrumb');
Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_{BREADCRUMB}_INSTANCE_tctBreadcrumb_', portletId: '{BREADCRUMB}_INSTANCE_tctBreadcrumb', refreshURL: '/c/portal/render_portlet?p_l_id={plid}&p_p_id={BREADCRUMB}_INSTANCE_tctBreadcrumb&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=0&p_p_col_count=1&p_p_isolated=1', refreshURLData: {{}}}});
// ]]>
</script>
</body>
</html>"""


def _columns(main: str, base: str, crumbs: str = "") -> str:
    return f"""{crumbs}
<div class="columns-2-8-4" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{_sidebar(base)}
</div>
</div>
</div>
</div>"""


# ------------------------------------------------------------------------- pages


def _home(base: str, home: str) -> str:
    big, *small = FEATURED
    feat = (
        f'<div class="tct-featured-main"><a href="{esc(featured_path(big, home))}"><img alt="" class="img-fluid" src="{esc(_thumb(big))}" /></a>'
        f'<h3 class="tct-featured-title"><a href="{esc(featured_path(big, home))}">{_title(big)}</a></h3>'
        f'<p class="tct-featured-date">{_dmy(big.opts["display"])}</p><p class="tct-featured-summary">{_teaser(big)}</p></div>\n'
        '<ul class="tct-featured-more list-unstyled">\n'
        + "\n".join(
            f'<li><a href="{esc(featured_path(s, home))}"><img alt="" src="{esc(_thumb(s))}" /> {_title(s)}</a></li>'
            for s in small
        )
        + "\n</ul>"
    )
    blocks = [
        _portlet(
            f"{AP}_INSTANCE_hmFt1Qa2Ws3e",
            None,
            f'<div class="tct-featured">{feat}</div>',
            "portlet-asset-publisher",
        )
    ]
    for key, count, inst in (
        ("tin-tuc", 4, "hmTt4Rf5Tg6y"),
        ("dao-tao-boi-duong", 3, "hmDt7Yh8Uj9i"),
        ("nghien-cuu-khoa-hoc", 3, "hmNc0Ik1Ol2p"),
    ):
        cat = CATS[key]
        lis = "\n".join(
            f'<li class="tct-home-item"><a href="{article_path(s)}">{_title(s)}</a> <span class="tct-home-date">({_dmy(s.opts["display"])})</span></li>'
            for s in in_cat(cat)[:count]
        )
        blocks.append(
            _portlet(
                f"{AP}_INSTANCE_{inst}",
                f'<a href="{cat.path}">{esc(cat.name)}</a>',
                f'<ul class="tct-home-list">\n{lis}\n</ul>\n<div class="tct-more"><a href="{cat.path}">Xem tất cả »</a></div>',
                "portlet-asset-publisher",
            )
        )
    intro = (
        '<div class="journal-content-article" data-analytics-asset-id="37101" data-analytics-asset-title="Giới thiệu vắn tắt" data-analytics-asset-type="web-content">'
        '<div class="tct-static"><p>Trường Chính trị tỉnh Cao Bằng là cơ sở đào tạo, bồi dưỡng cán bộ, công chức, viên chức của hệ thống chính trị tỉnh, '
        "được công nhận đạt chuẩn mức 1 năm 2024.</p>"
        f'<p><a href="{GROUP}/gioi-thieu">Xem thêm »</a></p></div></div>'
    )
    blocks.append(_portlet(f"{JC}_INSTANCE_hmIn3Tr4Oo5a", "Giới thiệu", intro))
    blocks.append(_portlet("tctvanbannoibo_WAR_tctvanbanportlet", "Văn bản nội bộ", NOTICE))
    return _layout(
        base,
        title=f"Trang chủ - {esc(SITE)}",
        canonical=home,
        page_title="Trang chủ",
        content=_columns("\n".join(blocks), base),
        active="trang-chu",
        login_layout=f"{GROUP}/trang-chu",
        plid=36010,
        body_class="tct-home",
    )


def _pagination(base: str, cat: Cat, state: State) -> str:
    delta, cur = state or (cat.delta, 1)
    total = len(in_cat(cat))
    pages = _pages(total, delta)

    def href(st: State) -> str:
        return esc(base + listing_target(cat, st))

    drop = "\n".join(
        f'<li><a class="dropdown-item" href="{href((d, 1))}">{d}</a></li>' for d in DELTAS
    )
    items = []
    if cur > 1:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{href((delta, cur - 1))}"><span class="sr-only">Trang trước</span>«</a></li>'
        )
    else:
        items.append(
            '<li class="page-item disabled"><a class="page-link" href="javascript:void(0);" tabindex="-1"><span class="sr-only">Trang trước</span>«</a></li>'
        )
    for p in range(1, pages + 1):
        if p == cur:
            items.append(
                f'<li class="page-item active"><a class="page-link" href="javascript:void(0);">{p}</a></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{href((delta, p))}">{p}</a></li>'
            )
    if cur < pages:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{href((delta, cur + 1))}"><span class="sr-only">Trang tiếp</span>»</a></li>'
        )
    else:
        items.append(
            '<li class="page-item disabled"><a class="page-link" href="javascript:void(0);" tabindex="-1"><span class="sr-only">Trang tiếp</span>»</a></li>'
        )
    first = (cur - 1) * delta + 1
    last = min(cur * delta, total)
    return f"""<div class="pagination-bar" data-qa-id="paginator" id="{cat.ns}ocerSearchContainerPageIterator">
<div class="dropdown pagination-items-per-page">
<a aria-expanded="false" aria-haspopup="true" class="dropdown-toggle page-link" data-toggle="liferay-dropdown" href="javascript:void(0);" role="button">{delta} mục<span class="sr-only">&nbsp;mục mỗi trang</span></a>
<ul class="dropdown-menu dropdown-menu-top">
{drop}
</ul>
</div>
<p class="pagination-results">Hiển thị {first} đến {last} của {total} mục.</p>
<ul class="pagination">
{chr(10).join(items)}
</ul>
</div>"""


def _listing(base: str, cat: Cat, state: State) -> str:
    items = []
    for s in _page_items(cat, state):
        link = esc(base + ap_path(s, state))
        items.append(
            f"""<div class="tct-list-item media">
<a class="tct-list-thumb mr-3" href="{link}"><img alt="{_title(s)}" class="img-fluid" src="{esc(_thumb(s))}" /></a>
<div class="media-body">
<h3 class="tct-list-title"><a href="{link}">{_title(s)}</a></h3>
<div class="tct-list-date"><i class="icon-calendar"></i> {_dmy(s.opts["display"])}</div>
<p class="tct-list-summary">{_teaser(s)}</p>
</div>
</div>"""
        )
    body = f'<div class="tct-list">\n{chr(10).join(items)}\n</div>\n{_pagination(base, cat, state)}'
    main = _portlet(cat.pid, esc(cat.name), body, "portlet-asset-publisher")
    return _layout(
        base,
        title=f"{esc(cat.name)} - {esc(SITE)}",
        canonical=cat.path,
        page_title=esc(cat.name),
        content=_columns(main, base, _breadcrumb([(cat.path, esc(cat.name))])),
        active=cat.key,
        login_layout=cat.path,
        plid=cat.plid,
        body_class="tct-category",
    )


def _ap_article(base: str, story: Story, redirect_to: str) -> str:
    cat = CATS[story.cat]
    back = redirect_to if redirect_to.startswith(cat.path) else cat.path
    full = f"""<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="align-items-center d-flex mb-2">
<a class="header-back-to lfr-portal-tooltip mr-2" href="{esc(base + back)}" title="Quay lại"><svg class="lexicon-icon lexicon-icon-angle-left" role="presentation"><use xlink:href="{THEME}/images/clay/icons.svg#angle-left"></use></svg><span class="sr-only">Quay lại</span></a>
<h3 class="component-title header-title h4 mb-0 tct-headline"><span class="asset-title d-inline">{_title(story)}</span></h3>
</div>
<span class="asset-anchor lfr-asset-anchor" id="{story.opts["entry"]}"></span>
<div class="asset-content mb-3">
<div class="journal-content-article" data-analytics-asset-id="{story.id}" data-analytics-asset-title="{_title(story)}" data-analytics-asset-type="web-content">
{_core(story)}
</div>
</div>
{_tags(story)}<div class="asset-ratings mb-3"><div class="taglib-ratings stars"><span class="rating-label">Xếp hạng trung bình</span> <span class="rating-value">4,5</span> <span class="text-muted">({(story.id % 17) + 3} phiếu)</span></div></div>
{_tools(base, story)}<div class="asset-discussion mb-4"><div class="taglib-discussion"><h4 class="h5">Bình luận</h4><p>Vui lòng <a href="{esc(base + login_target(cat.path))}">đăng nhập</a> để gửi bình luận.</p></div></div>
</div>"""
    main = _portlet(cat.pid, None, full, "portlet-asset-publisher")
    related = _portlet(
        f"{AP}_INSTANCE_rl{cat.instance[:6]}Cm",
        "Tin cùng chuyên mục",
        f'<ul class="tct-related-list">\n{_related_items(story)}\n</ul>',
        "portlet-asset-publisher",
    )
    crumbs = _breadcrumb([(cat.path, esc(cat.name)), (None, _title(story))])
    return _layout(
        base,
        title=f"{_title(story)} - {esc(cat.name)} - {esc(SITE)}",
        canonical=article_path(story),
        page_title=_title(story),
        content=_columns(main + "\n" + related, base, crumbs),
        active=cat.key,
        login_layout=cat.path,
        plid=cat.plid,
        body_class="tct-category",
        description=_teaser(story),
    )


def _display_page(base: str, story: Story) -> str:
    cat = CATS[story.cat]
    head_img = (
        story.images[0].src if story.images and not story.images[0].src.startswith("http") else None
    )
    main = f"""<div class="lfr-layout-structure-item-container tct-dp">
<div class="lfr-layout-structure-item-com-liferay-fragment-renderer-text tct-dp-category"><span class="tct-dp-label">Chuyên mục:</span> <a href="{cat.path}">{esc(cat.name)}</a></div>
<div class="component-heading" data-lfr-editable-id="element-text" data-lfr-editable-type="text"><h1 class="component-heading mb-2 text-break tct-headline" id="fragment-tct-heading">{_title(story)}</h1></div>
<div class="lfr-layout-structure-item-com-liferay-journal-web-internal-fragment-renderer-journalarticlefragmentrenderer">
<div class="journal-content-article" data-analytics-asset-id="{story.id}" data-analytics-asset-title="{_title(story)}" data-analytics-asset-type="web-content">
{_core(story)}
</div>
</div>
{_tags(story)}{_tools(base, story)}<div class="tct-related">
<h2 class="tct-related-title">Tin cùng chuyên mục</h2>
<ul class="tct-related-list">
{_related_items(story)}
</ul>
</div>
</div>"""
    crumbs = _breadcrumb([(None, _title(story))])
    content = f"""{crumbs}
<div class="layout-content portlet-layout" id="main-content" role="main">
<div class="lfr-layout-structure-item-container container-fluid container-fluid-max-xl">
<div class="lfr-layout-structure-item-row row">
<div class="col-lg-8 col-12 lfr-layout-structure-item-column">
{main}
</div>
<div class="col-lg-4 col-12 lfr-layout-structure-item-column">
{_sidebar(base)}
</div>
</div>
</div>
</div>"""
    return _layout(
        base,
        title=f"{_title(story)} - {esc(SITE)}",
        canonical=article_path(story),
        page_title=_title(story),
        content=content,
        active=cat.key,
        login_layout=article_path(story),
        plid=36090,
        body_class="tct-display-page",
        description=_teaser(story),
        og_image=head_img,
    )


def _static(base: str, key: str) -> str:
    name, article_id, markup = STATIC[key]
    body = (
        f'<div class="journal-content-article" data-analytics-asset-id="{article_id}" data-analytics-asset-title="{esc(name)}" '
        f'data-analytics-asset-type="web-content"><div class="tct-static">\n{markup}\n</div></div>'
    )
    main = _portlet(f"{JC}_INSTANCE_st{article_id}Wc", esc(name), body)
    return _layout(
        base,
        title=f"{esc(name)} - {esc(SITE)}",
        canonical=f"{GROUP}/{key}",
        page_title=esc(name),
        content=_columns(
            main, base, _breadcrumb([(f"{GROUP}/gioi-thieu", "Giới thiệu"), (None, esc(name))])
        ),
        active=key,
        login_layout=f"{GROUP}/{key}",
        plid=PLID_BASE + article_id % 100,
    )


def _contact(base: str) -> str:
    form_ns = (
        "_com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_lhF0rm8Ct1aa_"
    )
    info = """<div class="journal-content-article" data-analytics-asset-id="37110" data-analytics-asset-title="Thông tin liên hệ" data-analytics-asset-type="web-content"><div class="tct-static">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH CAO BẰNG</strong></p>
<p>Địa chỉ: Số 026 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</p>
<p>Điện thoại: 0206.3852.164 - Fax: 0206.3852.165</p>
<p>Email: truongchinhtri@caobang.gov.vn</p>
</div></div>"""
    form = f"""<form action="{base}{GROUP}/lien-he?p_p_id=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_lhF0rm8Ct1aa&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;{form_ns}javax.portlet.action=%2Fdynamic_data_mapping_form%2Fadd_form_instance_record" class="ddm-form-builder-app" method="post">
<div class="form-group"><label for="{form_ns}hoTen">Họ và tên <span class="reference-mark">*</span></label><input class="form-control" id="{form_ns}hoTen" name="{form_ns}hoTen" type="text" /></div>
<div class="form-group"><label for="{form_ns}email">Email</label><input class="form-control" id="{form_ns}email" name="{form_ns}email" type="email" /></div>
<div class="form-group"><label for="{form_ns}noiDung">Nội dung <span class="reference-mark">*</span></label><textarea class="form-control" id="{form_ns}noiDung" name="{form_ns}noiDung" rows="6"></textarea></div>
<button class="btn btn-primary" type="submit">Gửi</button>
</form>"""
    main = (
        _portlet(f"{JC}_INSTANCE_lhInfo2Tt3aa", "Liên hệ", info)
        + "\n"
        + _portlet(
            "com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_lhF0rm8Ct1aa",
            "Gửi ý kiến",
            form,
        )
    )
    return _layout(
        base,
        title=f"Liên hệ - {esc(SITE)}",
        canonical=f"{GROUP}/lien-he",
        page_title="Liên hệ",
        content=_columns(main, base, _breadcrumb([(None, "Liên hệ")])),
        active="lien-he",
        login_layout=f"{GROUP}/lien-he",
        plid=36030,
    )


def _docs(base: str) -> str:
    rows = "\n".join(
        f'<tr><td>{esc(d.number)}</td><td>{_dmy(d.issued)}</td><td><a href="{esc(base + doc_entry_target(d))}">{esc(d.title)}</a></td>'
        f'<td><a class="btn btn-sm btn-outline-primary" href="{esc(d.href)}&amp;download=true"><i class="icon-download"></i> Tải về</a></td></tr>'
        for d in sorted(DOCS, key=lambda d: d.issued, reverse=True)
    )
    table = f"""<table class="show-quick-actions-on-hover table table-autofit table-hover table-list tct-vanban">
<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th class="table-cell-expand">Trích yếu</th><th>Tệp</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>"""
    main = _portlet(DL, "Văn bản", table)
    return _layout(
        base,
        title=f"Văn bản - {esc(SITE)}",
        canonical=f"{GROUP}/van-ban",
        page_title="Văn bản",
        content=_columns(main, base, _breadcrumb([(None, "Văn bản")])),
        active="van-ban",
        login_layout=f"{GROUP}/van-ban",
        plid=36040,
    )


def _doc_entry(base: str, d: Doc) -> str:
    body = f"""<div class="file-entry-view">
<div class="d-flex align-items-center mb-3"><a class="header-back-to mr-2" href="{GROUP}/van-ban" title="Quay lại"><span class="sr-only">Quay lại</span>‹</a>
<h3 class="component-title header-title">{esc(d.file)}</h3></div>
<dl class="tct-file-meta">
<dt>Số/Ký hiệu</dt><dd>{esc(d.number)}</dd>
<dt>Trích yếu</dt><dd>{esc(d.title)}</dd>
<dt>Phiên bản</dt><dd>1.0</dd>
<dt>Người tải lên</dt><dd>vanthu</dd>
<dt>Ngày tải lên</dt><dd>{_dmy(d.issued)} 08:12</dd>
<dt>Kích thước</dt><dd>{d.size}</dd>
</dl>
<a class="btn btn-primary" href="{esc(d.href)}&amp;download=true">Tải về ({d.size})</a>
</div>"""
    main = _portlet(DL, "Văn bản", body)
    return _layout(
        base,
        title=f"{esc(d.file)} - Văn bản - {esc(SITE)}",
        canonical=f"{GROUP}/van-ban",
        page_title=esc(d.file),
        content=_columns(
            main, base, _breadcrumb([(f"{GROUP}/van-ban", "Văn bản"), (None, esc(d.file))])
        ),
        active="van-ban",
        login_layout=f"{GROUP}/van-ban",
        plid=36040,
    )


def _gallery(base: str, folder: int | None) -> str:
    if folder is None:
        cards = "\n".join(
            f'<div class="card card-type-directory tct-album"><a href="{esc(base + album_target(fid))}">'
            f'<img alt="" class="card-img-top" src="{esc(_doc(fid, imgs[0], CACHE_T))}" /></a>'
            f'<div class="card-body"><a class="card-title" href="{esc(base + album_target(fid))}">{esc(name)}</a>'
            f'<span class="card-subtitle">{len(imgs)} ảnh</span></div></div>'
            for fid, (name, imgs) in ALBUMS.items()
        )
        body, crumb = f'<div class="card-deck">\n{cards}\n</div>', [(None, "Thư viện ảnh")]
    else:
        name, imgs = ALBUMS[folder]
        thumbs = "\n".join(
            f'<a class="image-link tct-photo" data-title="{esc(n)}" href="{esc(_doc(folder, n, CACHE_T))}"><img alt="{esc(n)}" src="{esc(_doc(folder, n, CACHE_T))}&amp;imageThumbnail=1" /></a>'
            for n in imgs
        )
        body = (
            f'<p><a href="{GROUP}/thu-vien-anh">« Thư viện ảnh</a></p><h3 class="tct-album-title">{esc(name)}</h3>'
            f'<div class="image-gallery-display">\n{thumbs}\n</div>'
        )
        crumb = [(f"{GROUP}/thu-vien-anh", "Thư viện ảnh"), (None, esc(name))]
    main = _portlet(IG, "Thư viện ảnh", body)
    return _layout(
        base,
        title=f"Thư viện ảnh - {esc(SITE)}",
        canonical=f"{GROUP}/thu-vien-anh",
        page_title="Thư viện ảnh",
        content=_columns(main, base, _breadcrumb(crumb)),
        active="thu-vien-anh",
        login_layout=f"{GROUP}/thu-vien-anh",
        plid=36050,
    )


def _events(day: date) -> list[str]:
    wd = day.weekday()
    out = []
    if wd == 0:
        out.append("07:30 - Giao ban Ban Giám hiệu (Phòng họp tầng 2)")
    if wd in (0, 1, 2, 3):
        out.append("07:30 - Lên lớp Trung cấp lý luận chính trị khóa 47 (Hội trường A)")
    if wd == 2:
        out.append("14:00 - Sinh hoạt chuyên môn các khoa")
    if wd == 4:
        out += ["08:00 - Họp Chi ủy", "14:00 - Tổng vệ sinh cơ quan"]
    return out


def _add_months(day: date, n: int) -> date:
    m = day.month - 1 + n
    y = day.year + m // 12
    return date(y, m % 12 + 1, 1)


def _calendar(base: str, day: date, view: str) -> str:
    if view == "day":
        days, prev, nxt = [day], day - timedelta(days=1), day + timedelta(days=1)
        label = f"{WEEKDAY_NAMES[day.weekday()]}, {_dmy(day)}"
    elif view == "month":
        first = date(day.year, day.month, 1)
        end = _add_months(first, 1)
        days = [first + timedelta(days=i) for i in range((end - first).days)]
        prev, nxt = _add_months(first, -1), end
        label = f"Tháng {day.month}/{day.year}"
    elif view == "agenda":
        days, prev, nxt = (
            [day + timedelta(days=i) for i in range(7)],
            day - timedelta(days=7),
            day + timedelta(days=7),
        )
        label = f"{_dmy(days[0])} - {_dmy(days[-1])}"
    else:
        start = day - timedelta(days=day.weekday())
        days, prev, nxt = (
            [start + timedelta(days=i) for i in range(7)],
            day - timedelta(days=7),
            day + timedelta(days=7),
        )
        label = f"Tuần {_dmy(days[0])} - {_dmy(days[-1])}"
    rows = "\n".join(
        f'<tr><th scope="row">{WEEKDAY_NAMES[d.weekday()]}<br />{_dmy(d)}</th><td>'
        + (
            "".join(f'<div class="scheduler-event">{esc(e)}</div>' for e in _events(d))
            or '<span class="text-muted">Không có sự kiện.</span>'
        )
        + "</td></tr>"
        for d in days
    )
    views = " ".join(
        f'<a class="btn btn-sm {"btn-primary" if v == view else "btn-secondary"}" href="{esc(base + cal_target(day, v))}">{n}</a>'
        for v, n in CAL_VIEWS.items()
    )
    body = f"""<div class="calendar-portlet-wrapper">
<div class="scheduler-base-controls d-flex">
<div class="btn-group"><a class="btn btn-sm btn-secondary" href="{esc(base + cal_target(TODAY_DATE, view))}">Hôm nay</a>
<a aria-label="Trước" class="btn btn-sm btn-secondary" href="{esc(base + cal_target(prev, view))}">‹</a>
<a aria-label="Tiếp" class="btn btn-sm btn-secondary" href="{esc(base + cal_target(nxt, view))}">›</a></div>
<span class="scheduler-base-navigation-date ml-3">{label}</span>
<div class="btn-group ml-auto scheduler-base-views">{views}</div>
</div>
<table class="table table-bordered scheduler-view-table">
<tbody>
{rows}
</tbody>
</table>
</div>"""
    main = _portlet(CAL, "Lịch công tác", body)
    return _layout(
        base,
        title=f"Lịch công tác - {esc(SITE)}",
        canonical=f"{GROUP}/lich-cong-tac",
        page_title="Lịch công tác",
        content=_columns(main, base, _breadcrumb([(None, "Lịch công tác")])),
        active="lich-cong-tac",
        login_layout=f"{GROUP}/lich-cong-tac",
        plid=36060,
    )


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def _search_hits(params: dict[str, str], skip: str = "") -> list[Story]:
    q = _fold(params.get("q", "")).strip()
    if not q:
        return []
    hits = [
        s
        for s in _LATEST
        if q in _fold(" ".join([s.title, *s.paragraphs, *(s.opts.get("tags") or [])]))
    ]
    if (
        skip != "type"
        and params.get("type")
        and params["type"] != "com.liferay.journal.model.JournalArticle"
    ):
        hits = []
    if skip != "category" and params.get("category"):
        hits = [s for s in hits if str(CATS[s.cat].category_id) == params["category"]]
    if skip != "modified" and params.get("modified") in MODIFIED:
        span = MODIFIED[params["modified"]][1]
        hits = [s for s in hits if NOW - s.opts["modified"] <= span]
    if params.get("sort") == "title":
        hits = sorted(hits, key=lambda s: _fold(s.title))
    elif params.get("sort") == "modified-":
        hits = sorted(hits, key=lambda s: s.opts["modified"], reverse=True)
    return hits


def _search(base: str, params: dict[str, str]) -> str:
    params = {k: v for k, v in params.items() if k in SEARCH_KEYS and v}
    hits = _search_hits(params)
    page = max(_int(params.get("start"), 1), 1)
    shown = hits[(page - 1) * SEARCH_DELTA : page * SEARCH_DELTA]

    def link(**change: str) -> str:
        p = {**{k: v for k, v in params.items() if k != "start"}, **change}
        return esc(base + search_target({k: v for k, v in p.items() if v}))

    def facet(key: str, title: str, options: dict[str, str]) -> str:
        pool = _search_hits(params, skip=key)
        lis = [
            f'<li class="facet-value"><a class="facet-term term-name" href="{link(**{key: ""})}">Bất kỳ</a></li>'
        ]
        for value, label in options.items():
            if key == "category":
                count = sum(1 for s in pool if str(CATS[s.cat].category_id) == value)
            elif key == "type":
                count = len(pool) if value == "com.liferay.journal.model.JournalArticle" else 0
            else:
                count = sum(1 for s in pool if NOW - s.opts["modified"] <= MODIFIED[value][1])
            active = " active" if params.get(key) == value else ""
            lis.append(
                f'<li class="facet-value{active}"><a class="facet-term term-name" href="{link(**{key: value})}">{esc(label)}</a>'
                f' <small class="term-count">({count})</small></li>'
            )
        return _portlet(
            f"com_liferay_portal_search_web_{key}_facet_portlet_Facet{key.title()}Portlet_INSTANCE_srF{key[:3]}",
            title,
            f'<ul class="list-unstyled">\n{chr(10).join(lis)}\n</ul>',
            "portlet-search-facet",
        )

    bar = f"""<form action="{SEARCH}" class="form search-bar" method="get">
<div class="input-group search-bar-simple"><input class="form-control input-group-inset search-bar-keywords-input" name="q" placeholder="Tìm kiếm..." type="text" value="{esc(params.get("q", ""))}" />
<button class="btn btn-unstyled" type="submit">Tìm kiếm</button></div>
</form>"""
    if not params.get("q"):
        results = '<div class="alert alert-info">Nhập từ khóa để tìm kiếm.</div>'
        facets = ""
    else:
        items = "\n".join(
            f'<li class="list-group-item list-group-item-flex"><div class="autofit-col autofit-col-expand">'
            f'<p class="list-group-title"><a href="{base}{article_path(s)}">{_title(s)}</a></p>'
            f'<p class="list-group-subtext">Nội dung web · {_dmy(s.opts["display"])}</p>'
            f'<p class="list-group-text search-document-content text-default">{_teaser(s)}</p></div></li>'
            for s in shown
        )
        pages = _pages(len(hits), SEARCH_DELTA)
        pager = " ".join(
            f'<a class="page-link" href="{link(start=str(p))}">{p}</a>'
            if p != page
            else f'<span class="page-link active">{p}</span>'
            for p in range(1, pages + 1)
        )
        sorts = " ".join(
            f'<a class="dropdown-item" href="{link(sort=v)}">{esc(n)}</a>' for v, n in SORTS.items()
        )
        results = (
            f'<p class="search-total-label">Tìm thấy {len(hits)} kết quả cho <strong>{esc(params["q"])}</strong></p>'
            f'<div class="search-sort">Sắp xếp theo: {sorts}</div>'
            f'<ul class="list-group" data-qa-id="searchResults">\n{items}\n</ul>'
            f'<div class="pagination-bar">{pager}</div>'
        )
        facets = "\n".join(
            [
                facet("type", "Loại", TYPES),
                facet(
                    "category", "Chuyên mục", {str(c.category_id): c.name for c in CATS.values()}
                ),
                facet("modified", "Thời gian sửa đổi", {k: v[0] for k, v in MODIFIED.items()}),
            ]
        )
    main = (
        _portlet(
            "com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_srBar1",
            None,
            bar,
        )
        + "\n"
        + _portlet(
            "com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet_INSTANCE_srRes1",
            None,
            results,
        )
    )
    content = f"""{_breadcrumb([(None, "Tìm kiếm")])}
<div class="columns-1-3" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-3 portlet-column" id="column-1">{facets}</div>
<div class="col-md-9 portlet-column" id="column-2">{main}</div>
</div>
</div>"""
    return _layout(
        base,
        title=f"Tìm kiếm - {esc(SITE)}",
        canonical=SEARCH,
        page_title="Tìm kiếm",
        content=content,
        login_layout=SEARCH,
        plid=36070,
    )


def _login(base: str, layout: str, command: str) -> str:
    ns = f"_{LOGIN}_"
    action = (
        f"{base}{layout}?p_p_id={LOGIN}&amp;p_p_lifecycle=1&amp;p_p_state=maximized&amp;p_p_mode=view"
        f"&amp;{ns}javax.portlet.action=%2Flogin%2F{command}&amp;{ns}mvcRenderCommandName=%2Flogin%2F{command}"
    )
    if command == "forgot_password":
        title = "Quên mật khẩu"
        fields = f"""<div class="form-group"><label for="{ns}emailAddress">Địa chỉ email</label><input class="form-control" id="{ns}emailAddress" name="{ns}emailAddress" type="text" /></div>
<div class="form-group"><label for="{ns}captchaText">Nhập mã xác nhận</label><img alt="" class="captcha" src="/c/portal/captcha/get_image?portletId={LOGIN}&amp;t={CACHE_T}" /><input class="form-control" id="{ns}captchaText" name="{ns}captchaText" type="text" /></div>
<button class="btn btn-primary" type="submit"><span class="lfr-btn-label">Gửi liên kết mới</span></button>"""
        nav = f'<li><a class="taglib-icon" href="{esc(base + login_target(layout))}"><span class="taglib-text">Đăng nhập</span></a></li>'
    else:
        title = "Đăng nhập"
        fields = f"""<div class="form-group input-text-wrapper"><label class="control-label" for="{ns}login">Địa chỉ email</label><input class="clearable field form-control" id="{ns}login" name="{ns}login" type="text" value="@caobang.gov.vn" /></div>
<div class="form-group input-text-wrapper"><label class="control-label" for="{ns}password">Mật khẩu</label><input class="field form-control" id="{ns}password" name="{ns}password" type="password" /></div>
<div class="form-group form-inline input-checkbox-wrapper"><label for="{ns}rememberMe"><input class="field" id="{ns}rememberMe" name="{ns}rememberMe" type="checkbox" /> Ghi nhớ</label></div>
<div class="button-holder"><button class="btn btn-primary" type="submit"><span class="lfr-btn-label">Đăng nhập</span></button></div>"""
        nav = f'<li><a class="taglib-icon" href="{esc(base + login_target(layout, "forgot_password"))}"><span class="taglib-text">Quên mật khẩu</span></a></li>'
    body = f"""<div class="login-container">
<form action="{action}" class="form sign-in-form" method="post" name="{ns}fm">
<input name="{ns}formDate" type="hidden" value="{CACHE_T}" />
<input name="{ns}saveLastPath" type="hidden" value="false" />
<input name="{ns}redirect" type="hidden" value="" />
{fields}
</form>
<div class="navigation"><ul class="list-unstyled">{nav}</ul></div>
</div>"""
    main = _portlet(LOGIN, title, body, "portlet-login")
    content = f"""<div class="columns-max" id="main-content" role="main">
<div class="portlet-layout row"><div class="col-md-12 portlet-column" id="column-1">
{main}
</div></div>
</div>"""
    return _layout(
        base,
        title=f"{title} - {esc(SITE)}",
        canonical=layout,
        page_title=title,
        content=content,
        login_layout=layout,
        plid=36080,
        body_class="tct-maximized",
    )


def _utc(when: datetime) -> str:
    return (when - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sitemap(base: str) -> str:
    urls = [
        f"<url><loc>{base}{GROUP}/{key}</loc><changefreq>daily</changefreq><priority>0.5</priority></url>"
        for key in LAYOUTS
        if key != "search"
    ]
    urls += [
        f"<url><loc>{base}{article_path(s)}</loc><lastmod>{_utc(s.opts['modified'])}</lastmod>"
        "<changefreq>weekly</changefreq><priority>0.5</priority></url>"
        for s in _LATEST
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        + "\n".join(urls)
        + "\n</urlset>"
    )


# ------------------------------------------------------------------------- routing

_HEADERS = {
    "Liferay-Portal": "Liferay Digital Experience Platform 7.4.13 Update 92",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "SAMEORIGIN",
    "Cache-Control": "private, no-cache, no-store, must-revalidate",
}


def _page(body: str) -> Response:
    return html(body, headers=dict(_HEADERS))


def _known_pdfs() -> set[str]:
    out = {d.href.split("?")[0] for d in DOCS}
    out |= {s.opts["attachment"][0].split("?")[0] for s in STORIES if s.opts.get("attachment")}
    return out


_PDFS = _known_pdfs()
_AP_PATH = re.compile(rf"{re.escape(GROUP)}/([a-z-]+)/-/asset_publisher/(\w+)/content/([^/]+)")


class Liferay74Site:
    """The site: Liferay friendly URLs and portlet parameters resolved to pages per request."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        raw_path = request.path
        path = unquote(raw_path)
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path.startswith(D + "/"):
            if path in _PDFS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if ".pdf/" in path:
                return None
            return static_file(path + ".jpg")
        if path.startswith(("/o/", "/image/")):
            if path.startswith("/image/"):
                return static_file(path + ".png")
            return static_file(path)
        if path == "/combo":
            return static_file("combo.css" if params.get("minifierType") == "css" else "combo.js")
        if path == "/robots.txt":
            body = f"User-Agent: *\nDisallow:\nSitemap: {base}/sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=UTF-8"})
        if path == "/sitemap.xml":
            return Response(200, _sitemap(base), {"Content-Type": "text/xml; charset=UTF-8"})
        if path == "/":
            return redirect(base + GROUP)
        if params.get("p_p_id") == LOGIN:
            return self._login(base, path, raw_path, params)
        if path in HOME_PATHS:
            return _page(_home(base, path))
        if path.startswith("/w/"):
            story = _BY_SLUG.get(path[3:])
            return _page(_display_page(base, story)) if story else None
        if path.startswith(f"{GROUP}/-/"):
            story = _BY_SLUG.get(path[len(GROUP) + 3 :])
            return _page(_display_page(base, story)) if story else None
        if m := _AP_PATH.fullmatch(path):
            cat = CATS.get(m.group(1))
            story = _BY_SLUG.get(m.group(3))
            if cat is None or story is None or story.cat != cat.key or m.group(2) != cat.instance:
                return None
            return _page(_ap_article(base, story, params.get(f"{cat.ns}redirect", cat.path)))
        if not path.startswith(GROUP + "/"):
            return None
        key = path[len(GROUP) + 1 :]
        if key in CATS:
            cat = CATS[key]
            return _page(_listing(base, cat, _state_of(cat, params)))
        if key in STATIC:
            return _page(_static(base, key))
        if key == "lien-he":
            return _page(_contact(base))
        if key == "van-ban":
            if params.get("p_p_id") == DL:
                d = _DOC_BY_ID.get(_int(params.get(f"{DOC_NS}fileEntryId"), 0))
                return _page(_doc_entry(base, d)) if d else None
            return _page(_docs(base))
        if key == "thu-vien-anh":
            if params.get("p_p_id") == IG:
                folder = _int(params.get(f"{IG_NS}folderId"), 0)
                return _page(_gallery(base, folder)) if folder in ALBUMS else None
            return _page(_gallery(base, None))
        if key == "lich-cong-tac":
            day, view = TODAY_DATE, "week"
            if params.get("p_p_id") == CAL:
                view = params.get(f"{CAL_NS}activeView", "week")
                view = view if view in CAL_VIEWS else "week"
                ms = _int(params.get(f"{CAL_NS}date"), _ms(TODAY_DATE))
                if ms > CAL_MAX_MS:
                    return None
                day = datetime.fromtimestamp(ms / 1000, TZ).date()
            return _page(_calendar(base, day, view))
        if key == "search":
            return _page(_search(base, params))
        return None

    @staticmethod
    def _login(base: str, path: str, raw_path: str, params: dict[str, str]) -> Response | None:
        """The login portlet maximized on whatever page the sign-in link was printed."""
        command = params.get(f"_{LOGIN}_mvcRenderCommandName", "/login/login").rsplit("/", 1)[-1]
        if command not in ("login", "forgot_password"):
            return None
        known = path in HOME_PATHS or path == SEARCH
        known = known or (path.startswith(GROUP + "/") and path[len(GROUP) + 1 :] in LAYOUTS)
        if path.startswith(f"{GROUP}/-/") and path[len(GROUP) + 3 :] in _BY_SLUG:
            known = True
        if not known:
            return None
        return _page(_login(base, raw_path, command))


def build_site() -> Liferay74Site:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return Liferay74Site()
