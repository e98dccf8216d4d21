"""Trường Mầm non Hoa Sen (thành phố Tuyên Quang): Joomla 3.9 with a JoomlaShine (JSN) template.

Platform
    Joomla! 3.9 (``<meta name="generator" content="Joomla! - Open Source Content Management">``)
    with the JSN Dona PRO template (``#jsn-page``, ``#jsn-header``, ``#jsn-menu``,
    ``#jsn-pos-breadcrumbs``, ``#jsn-centercol``, ``.jsn-modulecontainer`` /
    ``h3.jsn-moduletitle`` / ``.jsn-modulecontent``), core com_content layouts (``.item-page``,
    ``dl.article-info``, ``div[itemprop=articleBody]``, ``.blog`` with ``.items-leading`` /
    ``.items-row`` / ``.items-more``, the list layout's ``table.category``), Vietnamese language
    pack dates (``DATE_FORMAT_LC2`` = "Thứ năm, 19 Tháng 11 2026 07:45"), SEF URLs with suffix
    ``.html`` but URL rewriting off (``/index.php/...``), ``<base href>`` = the current URL.
    Modules: a Vinaora Nivo slider (home), "Tin mới" (mod_articles_latest), "Đọc nhiều"
    (mod_articles_popular), a custom-HTML "Thông báo mới" marquee, "Liên kết website" select,
    the Vinaora visitors counter, a hotline box; mod_search in the top bar.

URL scheme
    home                 ``/`` and ``/index.php`` (featured view: 3 featured articles, no pager)
    category blog        ``/index.php/tin-tuc-su-kien.html`` (3 a page: 1 leading + 2 intro,
                         "Các bài viết khác" links the next 1), ``?start=3``;
                         the first page is linked back as ``?limitstart=0``
    sub-category blog    ``/index.php/tin-tuc-su-kien/11-goc-phu-huynh.html`` (no menu item: the
                         legacy router puts ``<catid>-<alias>`` under the parent's menu path)
    category blog        ``/index.php/hoat-dong-chuyen-mon.html`` (2 a page, 2 columns), ``?start=2``
    category list        ``/index.php/thong-bao.html`` (table "Tiêu đề | Ngày đăng | Lượt xem")
    article              ``/index.php/<menu-alias>/<id>-<alias>.html``; in the sub-category
                         ``/index.php/tin-tuc-su-kien/11-goc-phu-huynh/<id>-<alias>.html``
    the same article     without ``/index.php`` (``/<menu-alias>/<id>-<alias>.html``); print view
                         ``?tmpl=component&print=1``; non-SEF
                         ``/index.php?option=com_content&view=article&id=<n>&catid=<n>&Itemid=<n>``;
                         the page-break article also ``?showall=1``, ``?showall=&limitstart=``,
                         ``?showall=&start=1``
    tag                  ``/index.php/component/tags/tag/3-ngay-nha-giao-viet-nam.html``
    single pages         ``/index.php/gioi-thieu/lich-su-phat-trien.html``,
                         ``/index.php/gioi-thieu/co-cau-to-chuc.html``, ``/index.php/lien-he.html``,
                         ``/index.php/thu-vien-anh.html``, ``/index.php/van-ban-bieu-mau.html``

How the gold articles are reached
    - Tin tức - Sự kiện (with its sub-category Góc phụ huynh, shown in the parent's blog):
      page 1 = 247, 245, 241 (+ "Các bài viết khác" link to 236); page 2 (``?start=3``) = 236,
      230, 224. 224 is only on page 2; 230 also on the Góc phụ huynh sub-category page (linked
      from the "Danh mục con" box and the breadcrumbs of 245).
    - Hoạt động chuyên môn: page 1 = 246, 243; page 2 (``?start=2``) = 238, 233: both only
      there (233 also from a "Xem thêm" line inside 238, in the form without index.php).
    - Thông báo (list layout, one page): 248, 240, 229.
    - Home: featured 247, 246, 241; "Tin mới" 248, 247, 246, 245, 243; "Đọc nhiều" 241, 245,
      229, 240; the marquee links 248 and 240 in the non-SEF form; the slider links 247 and 246
      (the latter without index.php). No prev/next article navigation (switched off).

Traps
    1. Caption in a ``title`` attribute: JCE/Joomla images ``<img class="caption" title="…">``
       are given their visible caption by ``media/system/js/caption.js`` at load time
       (``new JCaption('img.caption')``); the static HTML has it only in ``title``. Gold: caption
       = the title text; an image without ``class="caption"``/title has caption None (its ``alt`` is
       a file name).
    2. The full-article image (``image_fulltext``) sits in ``div.item-image`` between the info
       block and ``div[itemprop=articleBody]``, outside the text's container, its caption again in
       ``title`` (247). Gold: it is the article's first image. The intro images of the listings
       (``/images/anh-dai-dien/…``) are thumbnails, never gold.
    3. Two headings: the menu item's page heading is printed as ``<h1>`` ("Tin tức - Sự kiện")
       above the article's own ``<h2 itemprop="headline">``. Gold title = the h2. For the
       sub-category articles the h1 still says "Tin tức - Sự kiện" but the article is filed under
       "Góc phụ huynh" (breadcrumb, "Danh mục:"): gold category "Góc phụ huynh".
    4. Page-break plugin (241): the article URL shows page 1 only with an "article-index" box
       ("Mục lục bài viết") and "Trang 1 của 2"; page 2 is ``?showall=&start=1``, everything
       ``?showall=1`` (the print view also shows everything). Gold body = the whole article
       (both pages, no TOC, no counter); all those URLs are alt_paths.
    5. Email cloaking (240): Joomla's content plugin replaces the address in the text with
       ``<span id="cloak…">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần
       bật JavaScript để xem nó.</span><script>…'mnhoasen.tq' + '&#64;' + 'gmail' + '&#46;' + 'com'…``.
       Gold: the paragraph as a reader sees it, with the address "mnhoasen.tq@gmail.com".
    6. Three dates in the info block: "Ngày đăng" (published), "Cập nhật lần cuối" (modified), and
       in Hoạt động chuyên môn only "Ngày tạo" (created; the category hides the publish date).
       Gold: "Ngày đăng" where printed, else "Ngày tạo" (the only date the page prints); with its
       time and +07:00. 230 was published at "00:00": the day alone. The official notice 240 takes
       the letterhead's day (2026-11-18), not its "Ngày đăng" (19/11).
    7. "Viết bởi" is sometimes a CMS account ("Quản trị", "mnhoasen": nobody) and sometimes the
       created_by_alias of a person (241: "Nguyễn Thị Thanh Huyền": the author). The real bylines
       of the other articles are right-aligned lines at the end of the text ("Tin, ảnh: X",
       "Người viết: X - Tổ trưởng …", "ThS. X" + post on the next line, "Tin: X" with a photo
       credited "Ảnh: Y", a unit "BCH Công đoàn trường" / "Tổ Văn phòng", "BBT" = nobody).
    8. A module loaded inside the text with ``{loadposition}`` (224): ``div.moduletable`` with
       "Có thể bạn quan tâm" and three article links sits between two paragraphs of
       ``articleBody``. Gold: not body.
    9. Pasted text in decomposed Unicode (Unikey "tổ hợp", 236) written in ``<div>`` lines with
       ``<br />`` inside: each line is a paragraph, text NFC in the gold; the byline too.
    10. Listings: Joomla's first-page link is ``?limitstart=0`` while the others are ``?start=n``
        (the same listing under two URLs); the blog's intro text and "Đọc thêm: <title…>"
        repeat the articles' first paragraphs; the sub-category's articles appear in the parent's
        blog. Listings are not articles.
    11. Captions in a table row under the photo (241, 246), ``<p><em>`` lines in parentheses
        (238: parentheses taken off), a line that only credits the photographer ("Ảnh: Lò Thị
        Hoa": caption None, photographer), Word list paragraphs with ``mso-list:Ignore`` bullets
        (245), a results table (243: rows are paragraphs, cells joined by " | "), an attachment
        line with a PDF icon (229: not body, the icon is no image).
    12. The "Giới thiệu" pages are single-article menu items in the very ``.item-page`` markup of
        an article (headline h2, ``articleBody``) but without info block: not articles.

Gold decisions on ambiguous points
    - canonical_path = the SEF ``/index.php/…`` URL under the category's menu item (Joomla 3.9
      prints no canonical link); alt_paths: print view, the form without index.php, the non-SEF
      form (and the page-break views of 241).
    - 241's sapo is its bold first paragraph; 230's too; 245's lead is bold italic: a sapo.
    - The official notice (240): letterhead table, "THÔNG BÁO" / "Về việc …", "Nơi nhận" and
      the signature block are not body; numbered headings "1. Đối tượng, chỉ tiêu" are body.
    - The typed emoji "📌 " and the typed "- " of the holiday notice are text.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import unicodedata

from crawler.demo.server import Request, Response, html
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

NAME = "joomla39_jsn_blog_mamnon"
PLATFORM = "Joomla 3.9 + JoomlaShine JSN Dona PRO template (com_content blog/list, SEF .html)"
START_PATH = "/"

SITE = "Trường Mầm non Hoa Sen"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
TEMPLATE = "jsn_dona_pro"

# --- categories ------------------------------------------------------------------------------

CATS = {
    "tin": {"id": 8, "title": "Tin tức - Sự kiện", "alias": "tin-tuc-su-kien", "itemid": 105},
    "phuhuynh": {"id": 11, "title": "Góc phụ huynh", "alias": "goc-phu-huynh", "itemid": 105},
    "chuyenmon": {"id": 9, "title": "Hoạt động chuyên môn", "alias": "hoat-dong-chuyen-mon", "itemid": 106},
    "thongbao": {"id": 10, "title": "Thông báo", "alias": "thong-bao", "itemid": 107},
}
TIN_URL = "/index.php/tin-tuc-su-kien.html"
PHUHUYNH_URL = "/index.php/tin-tuc-su-kien/11-goc-phu-huynh.html"
CHUYENMON_URL = "/index.php/hoat-dong-chuyen-mon.html"
THONGBAO_URL = "/index.php/thong-bao.html"
CAT_URL = {"tin": TIN_URL, "phuhuynh": PHUHUYNH_URL, "chuyenmon": CHUYENMON_URL, "thongbao": THONGBAO_URL}

TAG_URL = "/index.php/component/tags/tag/3-ngay-nha-giao-viet-nam.html"
INTRO1_URL = "/index.php/gioi-thieu/lich-su-phat-trien.html"
INTRO2_URL = "/index.php/gioi-thieu/co-cau-to-chuc.html"
CONTACT_URL = "/index.php/lien-he.html"
ALBUM_URL = "/index.php/thu-vien-anh.html"
DOCS_URL = "/index.php/van-ban-bieu-mau.html"

EMAIL = "mnhoasen.tq@gmail.com"
PAGEBREAK = "<!--pagebreak:"

# --- the articles ----------------------------------------------------------------------------


def _s(id_, slug, title, cat, published_at, blocks, **kw) -> Story:
    opts = kw.pop("opts", {})
    return Story(id=id_, slug=slug, title=title, cat=cat, published_at=published_at, blocks=blocks, opts=opts, **kw)


_NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731

STORIES: list[Story] = [
    _s(
        247,
        "truong-mam-non-hoa-sen-to-chuc-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        "Trường Mầm non Hoa Sen tổ chức Hội thi “Bé khỏe - Bé ngoan” năm học 2026 - 2027",
        "tin",
        "2026-12-02T15:20:00+07:00",
        [
            Img(
                "/images/tin-tuc/2026/12/hoi-thi-be-khoe-01.jpg",
                "Toàn cảnh Hội thi “Bé khỏe - Bé ngoan” năm học 2026 - 2027",
                "Toàn cảnh Hội thi “Bé khỏe - Bé ngoan” năm học 2026 - 2027",
                style="fulltext",
            ),
            P(
                "Sáng ngày 01/12/2026, tại sân trường, Trường Mầm non Hoa Sen đã tổ chức Hội thi “Bé khỏe - Bé "
                "ngoan” dành cho trẻ mẫu giáo 4 - 5 tuổi và 5 - 6 tuổi. Tham dự hội thi có 186 cháu của 7 lớp mẫu "
                "giáo nhỡ và mẫu giáo lớn cùng đông đảo các bậc phụ huynh."
            ),
            P(
                "Hội thi nhằm đánh giá kết quả thực hiện các nội dung giáo dục phát triển thể chất, rèn luyện cho "
                "trẻ các kỹ năng vận động cơ bản như đi, chạy, bật, ném, bò, trườn; đồng thời giúp trẻ mạnh dạn, tự "
                "tin, biết phối hợp cùng bạn bè khi tham gia các trò chơi tập thể."
            ),
            Img(
                "/images/tin-tuc/2026/12/hoi-thi-be-khoe-02.jpg",
                "Màn đồng diễn thể dục nhịp điệu của các bé khối Mẫu giáo lớn",
                "Màn đồng diễn thể dục nhịp điệu của các bé khối Mẫu giáo lớn",
                style="jcap",
            ),
            P(
                "Hội thi gồm ba phần: đồng diễn thể dục nhịp điệu, thi vận động theo nhóm và phần thi “Bé với an "
                "toàn giao thông”. Ở phần đồng diễn, các bé lớp Lá 1, Lá 2 và Lá 3 đã thể hiện những động tác đều, "
                "đẹp trên nền nhạc các bài hát “Em yêu trường em”, “Bé khỏe bé ngoan”."
            ),
            P(
                "Phần thi vận động theo nhóm thu hút sự cổ vũ nhiệt tình của phụ huynh với các trò chơi “Chuyền "
                "bóng qua đầu”, “Bật qua suối nhỏ”, “Đội nào nhanh nhất”. Các cháu thi đấu hết mình, nhiều đội về "
                "đích sát nút khiến không khí sân trường luôn sôi động."
            ),
            Img("/images/tin-tuc/2026/12/hoi-thi-be-khoe-03.jpg", None, None, style="plain"),
            Img(
                "/images/tin-tuc/2026/12/hoi-thi-be-khoe-04.jpg",
                "Ban giám khảo trao giải cho các đội đạt thành tích cao",
                "Ban giám khảo trao giải cho các đội đạt thành tích cao",
                style="jcap",
            ),
            P(
                "Kết thúc hội thi, Ban tổ chức đã trao 01 giải Nhất cho lớp Lá 2, 02 giải Nhì cho lớp Lá 1 và lớp "
                "Nhỡ 3, 03 giải Ba và 01 giải Phong cách cho các đội thi còn lại. Tất cả các cháu tham gia đều được "
                "nhận quà động viên của nhà trường và Ban đại diện cha mẹ học sinh."
            ),
            P(
                "Phát biểu bế mạc, bà Nguyễn Thị Thu Hà, Hiệu trưởng nhà trường, ghi nhận sự chuẩn bị công phu của "
                "các lớp và đề nghị giáo viên tiếp tục duy trì các hoạt động rèn luyện thể chất hằng ngày, góp phần "
                "nâng cao sức khỏe, thể lực cho trẻ."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Thu Trang</strong></p>'),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Phạm Thu Trang"],
        opts={"created": "2026-12-02 14:48", "modified": "2026-12-03 08:11", "hits": 214, "by": "Quản trị"},
    ),
    _s(
        245,
        "phong-tranh-benh-duong-ho-hap-cho-tre-khi-thoi-tiet-chuyen-lanh",
        "Phòng tránh bệnh đường hô hấp cho trẻ khi thời tiết chuyển lạnh",
        "phuhuynh",
        "2026-11-28T09:05:00+07:00",
        [
            P(
                "Thời tiết những ngày cuối tháng 11 tại Tuyên Quang chuyển lạnh, độ ẩm cao, chênh lệch nhiệt độ "
                "giữa ngày và đêm lớn là điều kiện thuận lợi cho các bệnh đường hô hấp phát triển, đặc biệt ở trẻ "
                "em lứa tuổi mầm non.",
                "bi",
            ),
            P("Những bệnh trẻ thường mắc", "h3"),
            P(
                "Trẻ nhỏ có hệ miễn dịch chưa hoàn thiện nên dễ mắc các bệnh như cảm cúm, viêm mũi họng, viêm "
                "amidan, viêm phế quản và viêm phổi. Nếu không được phát hiện và điều trị kịp thời, bệnh có thể "
                "diễn biến nặng, ảnh hưởng đến sức khỏe và việc học tập của trẻ."
            ),
            P("Cha mẹ cần làm gì?", "h3"),
            P(
                "Giữ ấm cho trẻ, nhất là vùng cổ, ngực, bàn chân khi ra ngoài vào buổi sáng sớm và chiều tối;",
                "mso",
            ),
            P("Cho trẻ ăn đủ chất, uống đủ nước ấm, bổ sung rau xanh và hoa quả giàu vitamin C;", "mso"),
            P(
                "Vệ sinh mũi họng cho trẻ hằng ngày bằng nước muối sinh lý, rửa tay bằng xà phòng trước khi ăn và "
                "sau khi đi vệ sinh;",
                "mso",
            ),
            P("Đưa trẻ đi tiêm chủng đầy đủ, đúng lịch, trong đó có vắc xin phòng cúm và phế cầu;", "mso"),
            P(
                "Khi trẻ có biểu hiện sốt cao, ho nhiều, thở nhanh, rút lõm lồng ngực cần đưa trẻ đến ngay cơ sở y "
                "tế gần nhất, không tự ý cho trẻ dùng kháng sinh.",
                "mso",
            ),
            P(
                "Nhà trường đề nghị các bậc phụ huynh phối hợp chặt chẽ với giáo viên, thông báo kịp thời khi trẻ có "
                "dấu hiệu bất thường về sức khỏe để cùng chăm sóc trẻ tốt nhất."
            ),
            Raw(
                '<p style="text-align: right;"><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Tuyên Quang</em></p>'
            ),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Tuyên Quang",
        summary=(
            "Thời tiết những ngày cuối tháng 11 tại Tuyên Quang chuyển lạnh, độ ẩm cao, chênh lệch nhiệt độ "
            "giữa ngày và đêm lớn là điều kiện thuận lợi cho các bệnh đường hô hấp phát triển, đặc biệt ở trẻ "
            "em lứa tuổi mầm non."
        ),
        opts={"created": "2026-11-27 16:12", "modified": "2026-11-28 09:40", "hits": 388, "by": "mnhoasen"},
    ),
    _s(
        241,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "tin",
        "2026-11-20T10:30:00+07:00",
        [
            P(
                "Sáng ngày 19/11/2026, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam 20/11. Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo, Đảng ủy, HĐND, "
                "UBND phường Minh Xuân, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên "
                "nhà trường.",
                "b",
            ),
            Img(
                "/images/tin-tuc/2026/11/le-ky-niem-20-11-01.jpg",
                "Các đại biểu dự Lễ kỷ niệm",
                "Các đại biểu dự Lễ kỷ niệm",
                style="table",
            ),
            P(
                "Tại buổi lễ, đồng chí Nguyễn Thị Thu Hà, Bí thư Chi bộ, Hiệu trưởng nhà trường đã ôn lại lịch sử, "
                "ý nghĩa của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật trong năm học 2025 - 2026. "
                "Nhà trường được công nhận đạt Kiểm định chất lượng giáo dục cấp độ 3, tỷ lệ trẻ suy dinh dưỡng "
                "giảm còn 1,2%, 100% trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non."
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 21 nhóm, lớp với 612 trẻ; tổng số cán bộ, giáo viên, nhân viên "
                "là 58 người, trong đó 100% giáo viên đạt chuẩn trình độ đào tạo, 82% có trình độ đại học trở lên."
            ),
            Raw(PAGEBREAK + "Các hoạt động chào mừng-->"),
            P(
                "Hưởng ứng đợt thi đua chào mừng ngày 20/11, Công đoàn nhà trường đã phát động phong trào “Hai tốt” "
                "với nhiều hoạt động thiết thực: thi làm đồ dùng, đồ chơi tự tạo, thi trang trí lớp học theo chủ "
                "đề, hội giảng với 24 tiết dạy được đánh giá xếp loại tốt."
            ),
            Img(
                "/images/tin-tuc/2026/11/le-ky-niem-20-11-02.jpg",
                "Tiết mục văn nghệ chào mừng của các cô giáo tổ Nhà trẻ",
                "Tiết mục văn nghệ chào mừng của các cô giáo tổ Nhà trẻ",
                style="table",
            ),
            P(
                "Chương trình văn nghệ do chính các cô giáo và các bé biểu diễn với những ca khúc ca ngợi mái "
                "trường, thầy cô đã mang lại nhiều cảm xúc cho đại biểu và phụ huynh."
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 tập thể và cá nhân có thành tích xuất sắc trong đợt thi "
                "đua; Ban đại diện cha mẹ học sinh tặng hoa, chúc mừng các thầy cô giáo."
            ),
        ],
        authors=["Nguyễn Thị Thanh Huyền"],
        summary=(
            "Sáng ngày 19/11/2026, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam 20/11. Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo, Đảng ủy, HĐND, "
            "UBND phường Minh Xuân, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên "
            "nhà trường."
        ),
        opts={
            "created": "2026-11-19 21:03",
            "modified": "2026-11-21 14:02",
            "hits": 526,
            "by": "Nguyễn Thị Thanh Huyền",
            "tags": True,
        },
    ),
    _s(
        236,
        "hoat-dong-trai-nghiem-be-lam-bac-nong-dan-tai-vuon-rau-cua-truong",
        "Hoạt động trải nghiệm “Bé làm bác nông dân” tại vườn rau của trường",
        "tin",
        "2026-11-12T14:00:00+07:00",
        [
            P(
                "Nhằm giúp trẻ được trải nghiệm thực tế, hiểu biết thêm về quá trình trồng và chăm sóc cây rau, "
                "trong tuần từ ngày 09 đến 13/11/2026, các lớp mẫu giáo của Trường Mầm non Hoa Sen đã tổ chức cho "
                "trẻ tham gia hoạt động “Bé làm bác nông dân” tại vườn rau của nhà trường.",
                "div",
            ),
            P(
                "Tại vườn rau, các bé được cô giáo giới thiệu về các loại rau quen thuộc như rau cải, xà lách, su "
                "hào, bắp cải, rau muống.",
                "div",
            ),
            P(
                "Các bé được quan sát, gọi tên và nêu đặc điểm của từng loại rau, sau đó cùng nhau nhổ cỏ, xới đất, "
                "gieo hạt và tưới nước cho luống rau của lớp mình.",
                "br",
            ),
            Img(
                "/images/tin-tuc/2026/11/vuon-rau-be-lam-nong-dan.jpg",
                "Các bé lớp Nhỡ 2 tưới rau cùng cô giáo",
                "Các bé lớp Nhỡ 2 tưới rau cùng cô giáo",
                style="divem",
            ),
            P(
                "Qua hoạt động, trẻ biết được công việc của người nông dân, biết quý trọng sản phẩm lao động và hình "
                "thành thói quen ăn nhiều rau xanh trong bữa ăn hằng ngày.",
                "div",
            ),
            P(
                "Những sản phẩm rau sạch thu hoạch được từ vườn trường sẽ được chuyển xuống bếp ăn để chế biến cho "
                "các bé.",
                "br",
            ),
            Raw('<div style="text-align: right;"><em>' + _NFD("Trần Thị Bích Ngọc") + "</em></div>"),
        ],
        authors=["Trần Thị Bích Ngọc"],
        opts={"created": "2026-11-12 13:41", "modified": "2026-11-12 16:30", "hits": 173, "by": "Quản trị", "nfd": True},
    ),
    _s(
        230,
        "cha-me-can-lam-gi-de-ren-tinh-tu-lap-cho-tre-mam-non",
        "Cha mẹ cần làm gì để rèn tính tự lập cho trẻ mầm non?",
        "phuhuynh",
        "2026-10-30",
        [
            P(
                "Tính tự lập giúp trẻ tự tin, chủ động và thích nghi tốt hơn khi bước vào môi trường mới. Giai đoạn "
                "mầm non là thời điểm thích hợp để cha mẹ rèn cho con những kỹ năng tự phục vụ đầu tiên.",
                "b",
            ),
            P(
                "Nhiều phụ huynh vì thương con hoặc vì vội vàng mà thường làm thay trẻ mọi việc, từ xúc cơm, mặc "
                "quần áo đến cất dọn đồ chơi. Điều đó vô tình khiến trẻ trở nên phụ thuộc, thiếu kỹ năng và ngại "
                "thử thách."
            ),
            P(
                "Cha mẹ có thể bắt đầu từ những việc đơn giản phù hợp với độ tuổi: trẻ 3 tuổi tự xúc cơm, tự đi "
                "dép, cất đồ chơi đúng chỗ; trẻ 4 - 5 tuổi tự mặc quần áo, gấp khăn, giúp bố mẹ nhặt rau, tưới cây."
            ),
            P(
                "Hãy kiên nhẫn khi trẻ làm chưa tốt, khen ngợi những cố gắng của trẻ thay vì chỉ chú ý đến kết quả. "
                "Việc giao cho trẻ những nhiệm vụ nhỏ trong gia đình sẽ giúp trẻ cảm thấy mình có ích và có trách "
                "nhiệm hơn."
            ),
            P(
                "Sự thống nhất giữa gia đình và nhà trường cũng rất quan trọng. Những kỹ năng trẻ được học ở lớp "
                "cần được cha mẹ duy trì khi ở nhà để hình thành thói quen bền vững."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Giáo dục và Thời đại</em></p>'),
        ],
        source="Báo Giáo dục và Thời đại",
        summary=(
            "Tính tự lập giúp trẻ tự tin, chủ động và thích nghi tốt hơn khi bước vào môi trường mới. Giai đoạn "
            "mầm non là thời điểm thích hợp để cha mẹ rèn cho con những kỹ năng tự phục vụ đầu tiên."
        ),
        opts={"published": "2026-10-30 00:00", "created": "2026-10-29 17:20", "modified": "2026-10-30 10:15", "hits": 142, "by": "mnhoasen"},
    ),
    _s(
        224,
        "cong-doan-truong-to-chuc-hoi-thao-chao-mung-ngay-phu-nu-viet-nam-20-10",
        "Công đoàn trường tổ chức hội thao chào mừng Ngày Phụ nữ Việt Nam 20/10",
        "tin",
        "2026-10-21T16:45:00+07:00",
        [
            P(
                "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), "
                "chiều ngày 19/10/2026, Ban Chấp hành Công đoàn Trường Mầm non Hoa Sen đã tổ chức hội thao dành cho "
                "các cô giáo, nhân viên trong nhà trường."
            ),
            P(
                "Hội thao gồm các môn thi: kéo co, nhảy bao bố, đi cà kheo và thi cắm hoa nghệ thuật. 56 đoàn viên "
                "công đoàn được chia thành 4 đội theo tổ chuyên môn."
            ),
            Img(
                "/images/tin-tuc/2026/10/hoi-thao-20-10-01.jpg",
                "Phần thi kéo co sôi nổi giữa tổ Mẫu giáo lớn và tổ Nuôi dưỡng",
                "Phần thi kéo co sôi nổi giữa tổ Mẫu giáo lớn và tổ Nuôi dưỡng",
                style="jcap",
            ),
            Raw("<!--loadposition-->"),
            P(
                "Phần thi cắm hoa với chủ đề “Tôn vinh phụ nữ Việt Nam” để lại nhiều ấn tượng với những tác phẩm "
                "mang đậm nét truyền thống, sử dụng các loại hoa, lá quen thuộc của địa phương."
            ),
            P(
                "Kết quả, tổ Mẫu giáo lớn giành giải Nhất toàn đoàn; tổ Nuôi dưỡng giải Nhì; tổ Mẫu giáo nhỡ và tổ "
                "Nhà trẻ đồng giải Ba."
            ),
            Img(
                "/images/tin-tuc/2026/10/hoi-thao-20-10-02.jpg",
                "Tác phẩm cắm hoa đạt giải Nhất của tổ Mẫu giáo lớn",
                "Tác phẩm cắm hoa đạt giải Nhất của tổ Mẫu giáo lớn",
                style="pem",
            ),
            P(
                "Hoạt động đã tạo không khí vui tươi, đoàn kết, giúp cán bộ, giáo viên, nhân viên có thêm động lực "
                "để hoàn thành tốt nhiệm vụ chăm sóc, nuôi dưỡng và giáo dục trẻ."
            ),
            Raw('<p style="text-align: right;"><strong>BCH Công đoàn trường</strong></p>'),
        ],
        authors=["BCH Công đoàn trường"],
        opts={"created": "2026-10-21 16:02", "modified": "2026-10-22 07:30", "hits": 165, "by": "Quản trị"},
    ),
    # --- Hoạt động chuyên môn: only "Ngày tạo" is printed ---
    _s(
        246,
        "chuyen-de-phat-trien-van-dong-cho-tre-mau-giao-cap-truong",
        "Chuyên đề “Phát triển vận động cho trẻ mẫu giáo” cấp trường",
        "chuyenmon",
        "2026-11-30T08:00:00+07:00",
        [
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 27/11/2026, Trường Mầm non Hoa Sen tổ "
                "chức chuyên đề “Phát triển vận động cho trẻ mẫu giáo” cấp trường với sự tham gia của toàn thể giáo "
                "viên khối mẫu giáo."
            ),
            P(
                "Tại chuyên đề, các giáo viên được dự hai hoạt động minh họa: “Bật xa 50 cm - Ném trúng đích nằm "
                "ngang” của lớp Lá 3 và “Đi trong đường hẹp - Chạy chậm 60 m” của lớp Nhỡ 1."
            ),
            Img(
                "/images/chuyen-mon/2026/11/chuyen-de-van-dong-01.jpg",
                "Hoạt động minh họa của cô và trẻ lớp Lá 3",
                "Hoạt động minh họa của cô và trẻ lớp Lá 3",
                style="table",
            ),
            P(
                "Các hoạt động được thiết kế theo hướng lấy trẻ làm trung tâm, kết hợp trò chơi vận động và âm "
                "nhạc, tận dụng đồ dùng tự làm từ nguyên vật liệu sẵn có như vỏ chai, lốp xe cũ, ống tre."
            ),
            P(
                "Sau phần dự giờ, giáo viên thảo luận, chia sẻ kinh nghiệm tổ chức hoạt động phát triển vận động, "
                "cách bố trí góc vận động trong lớp và ngoài trời, cách quan sát, đánh giá sự tiến bộ của trẻ."
            ),
            P(
                "Ban Giám hiệu đề nghị các tổ chuyên môn tiếp tục triển khai nội dung chuyên đề trong các hoạt động "
                "hằng ngày, đặc biệt là hoạt động ngoài trời và thể dục sáng."
            ),
            Raw(
                '<p style="text-align: right;"><em>Người viết: Đỗ Thị Ngọc Anh - Tổ trưởng tổ Mẫu giáo lớn</em></p>'
            ),
        ],
        authors=["Đỗ Thị Ngọc Anh"],
        opts={"created": "2026-11-30 08:00", "hits": 147},
    ),
    _s(
        243,
        "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        "chuyenmon",
        "2026-11-25T13:30:00+07:00",
        [
            P(
                "Từ ngày 16/11 đến ngày 24/11/2026, Trường Mầm non Hoa Sen tổ chức Hội thi giáo viên dạy giỏi cấp "
                "trường năm học 2026 - 2027. Hội thi có 18 giáo viên tham gia, thuộc 4 tổ chuyên môn."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai nội dung: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo "
                "dục trẻ và thực hành tổ chức một hoạt động giáo dục do bốc thăm."
            ),
            P("Kết quả hội thi:"),
            P("Tổ chuyên môn | Số giáo viên dự thi | Đạt giỏi", "row"),
            P("Nhà trẻ | 4 | 3", "row"),
            P("Mẫu giáo bé | 4 | 4", "row"),
            P("Mẫu giáo nhỡ | 5 | 4", "row"),
            P("Mẫu giáo lớn | 5 | 5", "row"),
            P(
                "Ban tổ chức lựa chọn 5 giáo viên có kết quả cao nhất tham dự Hội thi giáo viên dạy giỏi cấp thành "
                "phố dự kiến tổ chức vào tháng 3/2027."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"created": "2026-11-25 13:30", "hits": 231, "tags": True},
    ),
    _s(
        238,
        "tiet-hoc-steam-lam-thuyen-giay-noi-tren-nuoc-cua-lop-la-2",
        "Tiết học STEAM “Làm thuyền giấy nổi trên nước” của lớp Lá 2",
        "chuyenmon",
        "2026-11-16T09:45:00+07:00",
        [
            P(
                "Trong tháng 11, tổ Mẫu giáo lớn tiếp tục triển khai các hoạt động giáo dục theo định hướng STEAM. "
                "Tiết học “Làm thuyền giấy nổi trên nước” của lớp Lá 2 do cô Hoàng Minh Châu tổ chức đã thu hút sự "
                "hứng thú của các bé."
            ),
            P(
                "Các bé được quan sát những chiếc thuyền thật qua video, thảo luận về lý do thuyền nổi được trên mặt "
                "nước, sau đó tự gấp thuyền bằng giấy màu, giấy báo và giấy bìa."
            ),
            Img(
                "/images/chuyen-mon/2026/11/steam-thuyen-giay-01.jpg",
                "(Các bé lớp Lá 2 gấp thuyền bằng giấy màu)",
                "Các bé lớp Lá 2 gấp thuyền bằng giấy màu",
                style="pem",
            ),
            P(
                "Khi thả thuyền vào chậu nước, các bé phát hiện thuyền bằng giấy báo nhanh bị thấm nước và chìm, còn "
                "thuyền bằng giấy bìa có bọc băng dính thì nổi lâu hơn. Từ đó, cô giáo gợi mở để trẻ tìm cách làm "
                "cho thuyền bền và chở được nhiều “hàng” hơn."
            ),
            Img("/images/chuyen-mon/2026/11/steam-thuyen-giay-02.jpg", "Ảnh: Lò Thị Hoa", None, style="pem"),
            P(
                "Tiết học giúp trẻ phát triển khả năng quan sát, phán đoán, thử nghiệm và làm việc nhóm; đồng thời "
                "rèn sự khéo léo của đôi bàn tay."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Hoàng Minh Châu</strong></p>'),
            Raw("<!--xemthem-->"),
        ],
        authors=["Hoàng Minh Châu"],
        photographers=["Lò Thị Hoa"],
        opts={"created": "2026-11-16 09:45", "hits": 128},
    ),
    _s(
        233,
        "boi-duong-chuyen-mon-xay-dung-moi-truong-giao-duc-lay-tre-lam-trung-tam",
        "Bồi dưỡng chuyên môn: xây dựng môi trường giáo dục lấy trẻ làm trung tâm",
        "chuyenmon",
        "2026-11-03T07:30:00+07:00",
        [
            P(
                "Ngày 31/10/2026, Trường Mầm non Hoa Sen tổ chức buổi sinh hoạt chuyên môn về xây dựng môi trường "
                "giáo dục lấy trẻ làm trung tâm cho toàn thể giáo viên."
            ),
            P(
                "Theo kế hoạch, mỗi lớp rà soát lại cách bố trí các góc hoạt động, bổ sung học liệu mở, đồ dùng tự "
                "tạo và tăng cường sự tham gia của trẻ trong việc trang trí lớp."
            ),
            P("Buổi sinh hoạt tập trung vào ba nội dung chính:"),
            P("Môi trường vật chất trong và ngoài lớp học an toàn, thân thiện, phù hợp với độ tuổi;", "li"),
            P("Môi trường xã hội giúp trẻ được tôn trọng, được bày tỏ ý kiến và lựa chọn hoạt động;", "li"),
            P("Phối hợp với phụ huynh sưu tầm nguyên vật liệu để làm đồ dùng, đồ chơi.", "li"),
            P(
                "Sau buổi sinh hoạt, các lớp sẽ hoàn thiện môi trường trước ngày 15/11/2026 để Ban Giám hiệu kiểm "
                "tra, đánh giá."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Lê Thị Mai Hương</strong><br />'
                "<em>Phó Hiệu trưởng</em></p>"
            ),
        ],
        authors=["Lê Thị Mai Hương"],
        opts={"created": "2026-11-03 07:30", "hits": 119},
    ),
    # --- Thông báo (list layout) ---
    _s(
        248,
        "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        "thongbao",
        "2026-12-04T16:10:00+07:00",
        [
            P(
                "Theo kế hoạch thời gian năm học 2026 - 2027 của UBND tỉnh Tuyên Quang, Trường Mầm non Hoa Sen "
                "thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"
            ),
            P("- Cán bộ, giáo viên, nhân viên và trẻ nghỉ 01 ngày: Thứ Sáu, ngày 01/01/2027."),
            P("- Trẻ đi học trở lại bình thường từ Thứ Hai, ngày 04/01/2027."),
            P(
                "📌 Nhà trường vẫn tổ chức trông trẻ vào Thứ Bảy, ngày 02/01/2027 đối với những gia đình có nhu cầu; "
                "phụ huynh đăng ký với giáo viên chủ nhiệm trước ngày 28/12/2026."
            ),
            P(
                "Đề nghị các bậc phụ huynh quan tâm, chăm sóc, giữ ấm và đảm bảo an toàn cho trẻ trong những ngày "
                "nghỉ."
            ),
        ],
        opts={"created": "2026-12-04 15:52", "hits": 96},
    ),
    _s(
        240,
        "thong-bao-tuyen-sinh-bo-sung-tre-nha-tre-18-24-thang-tuoi-nam-hoc-2026-2027",
        "Thông báo tuyển sinh bổ sung trẻ nhà trẻ 18 - 24 tháng tuổi năm học 2026 - 2027",
        "thongbao",
        "2026-11-18",
        [
            Raw(
                '<table style="width: 100%; border: 0;" cellpadding="2"><tbody>'
                '<tr><td style="width: 45%; text-align: center;">PHÒNG GD&amp;ĐT THÀNH PHỐ TUYÊN QUANG<br />'
                "<strong>TRƯỜNG MẦM NON HOA SEN</strong></td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 38/TB-MNHS</td>'
                '<td style="text-align: center;"><em>Tuyên Quang, ngày 18 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align: center;">&nbsp;</p>'
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc tuyển sinh bổ sung trẻ nhà trẻ 18 - 24 tháng tuổi '
                "năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 112/KH-MNHS ngày 15/8/2026 của Trường Mầm non Hoa Sen về tuyển sinh năm học "
                "2026 - 2027;"
            ),
            P(
                "Căn cứ tình hình thực tế về cơ sở vật chất, đội ngũ và số trẻ hiện có, Trường Mầm non Hoa Sen thông "
                "báo tuyển sinh bổ sung như sau:"
            ),
            P("1. Đối tượng, chỉ tiêu", "strong"),
            P(
                "Trẻ sinh từ tháng 5/2024 đến tháng 6/2025 có hộ khẩu thường trú hoặc đang tạm trú trên địa bàn "
                "phường Minh Xuân; chỉ tiêu tuyển bổ sung: 15 trẻ."
            ),
            P("2. Hồ sơ gồm", "strong"),
            P("Đơn xin nhập học (theo mẫu của nhà trường); bản sao giấy khai sinh; bản photo sổ tiêm chủng của trẻ."),
            P("3. Thời gian nhận hồ sơ", "strong"),
            P("Từ ngày 23/11/2026 đến hết ngày 04/12/2026 (trong giờ hành chính) tại Văn phòng nhà trường."),
            P(
                "Mọi thông tin chi tiết xin liên hệ Văn phòng nhà trường, điện thoại 0207 3822 468, email: "
                "mnhoasen.tq@gmail.com.",
                "cloak",
            ),
            Raw(
                '<table style="width: 100%; border: 0;"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
                "- Phòng GD&amp;ĐT (b/c);<br />- Website trường;<br />- Lưu: VT.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
                "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Thị Thu Hà</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"published": "2026-11-19 07:50", "created": "2026-11-18 16:25", "hits": 297},
    ),
    _s(
        229,
        "thong-bao-ve-viec-kham-suc-khoe-dinh-ky-cho-tre-dot-1-nam-hoc-2026-2027",
        "Thông báo về việc khám sức khỏe định kỳ cho trẻ đợt 1 năm học 2026 - 2027",
        "thongbao",
        "2026-10-27T10:00:00+07:00",
        [
            P(
                "Nhằm theo dõi sự phát triển thể chất và phát hiện sớm các bệnh thường gặp ở trẻ, Trường Mầm non Hoa "
                "Sen phối hợp với Trạm Y tế phường Minh Xuân tổ chức khám sức khỏe định kỳ đợt 1 cho trẻ."
            ),
            P("Thời gian: từ ngày 02/11 đến ngày 06/11/2026, bắt đầu từ 8 giờ 00 sáng."),
            P("Địa điểm: Phòng y tế nhà trường."),
            P("Nội dung khám: cân, đo chiều cao, khám răng miệng, tai mũi họng, mắt và khám nội khoa tổng quát."),
            P(
                "Phụ huynh vui lòng cho trẻ đi học đầy đủ, đúng giờ trong những ngày khám; trẻ vắng mặt sẽ được khám "
                "bổ sung vào ngày 09/11/2026."
            ),
            Raw(
                '<p><img src="/media/system/images/mime-icon-16/pdf.png" alt="pdf" width="16" height="16" /> '
                '<a href="/images/van-ban/2026/lich-kham-suc-khoe-dot-1.pdf" target="_blank">'
                "Lịch khám sức khỏe cụ thể các lớp</a></p>"
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"created": "2026-10-27 09:41", "hits": 311},
    ),
]
BY_ID = {s.id: s for s in STORIES}

# listing orders (publish date, newest first)
TIN_ORDER = [247, 245, 241, 236, 230, 224]
PHUHUYNH_ORDER = [245, 230]
CHUYENMON_ORDER = [246, 243, 238, 233]
THONGBAO_ORDER = [248, 240, 229]
FEATURED = [247, 246, 241]
LATEST = [248, 247, 246, 245, 243]
TAGGED = [241, 243]


def _most_read() -> list[int]:
    return sorted(BY_ID, key=lambda i: -BY_ID[i].opts["hits"])[:4]


def menu_alias(story: Story) -> str:
    return {
        "tin": "tin-tuc-su-kien",
        "phuhuynh": "tin-tuc-su-kien/11-goc-phu-huynh",
        "chuyenmon": "hoat-dong-chuyen-mon",
        "thongbao": "thong-bao",
    }[story.cat]


def art_path(story: Story) -> str:
    return f"/index.php/{menu_alias(story)}/{story.id}-{story.slug}.html"


def noindex_path(story: Story) -> str:
    return f"/{menu_alias(story)}/{story.id}-{story.slug}.html"


def nonsef_path(story: Story) -> str:
    c = CATS[story.cat]
    return f"/index.php?option=com_content&view=article&id={story.id}&catid={c['id']}&Itemid={c['itemid']}"


def print_path(story: Story) -> str:
    return art_path(story) + "?tmpl=component&print=1"


# --- dates as the vi-VN language pack prints them --------------------------------------------

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _parse(stamp: str) -> _dt.datetime:
    return _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def lc2(stamp: str) -> str:
    d = _parse(stamp)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y} {d:%H:%M}"


def iso(stamp: str) -> str:
    return _parse(stamp).strftime("%Y-%m-%dT%H:%M:00+07:00")


def published_stamp(story: Story) -> str:
    if "published" in story.opts:
        return story.opts["published"]
    if story.cat == "chuyenmon":
        return story.opts["created"]
    return story.published_at[:10] + " " + story.published_at[11:16]


# --- article markup --------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _cloak(story: Story, value: str) -> str:
    before, after = value.split(EMAIL)
    user, domain = EMAIL.split("@")
    host, tld = domain.rsplit(".", 1)
    key = hashlib.md5(f"{story.id}-{EMAIL}".encode()).hexdigest()
    cid = "cloak" + key
    span = (
        f'<span id="{cid}">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần bật JavaScript '
        f"để xem nó.</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('{cid}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{key} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{key} = addy{key} + '{host}' + '&#46;' + '{tld}';\n"
        f"\t\t\t\tvar addy_text{key} = '{user}' + '&#64;' + '{host}' + '&#46;' + '{tld}';"
        f"document.getElementById('{cid}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + addy{key} + "
        f"'\\'>'+addy_text{key}+'<\\/a>';\n\t\t</script>"
    )
    return _t(story, before) + span + _t(story, after)


def _img_tag(src: str, alt: str, extra: str = "") -> str:
    return f'<img src="{esc(src)}" alt="{esc(alt)}" width="600" height="400"{extra} />'


def _file_alt(src: str) -> str:
    return src.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _img_html(img: Img) -> str:
    if img.style == "jcap":
        tag = _img_tag(img.src, _file_alt(img.src), f' class="caption" title="{esc(img.printed or "")}"')
        return f'<p style="text-align: center;">{tag}</p>'
    if img.style == "plain":
        return f'<p style="text-align: center;">{_img_tag(img.src, _file_alt(img.src))}</p>'
    if img.style == "table":
        return (
            '<table style="margin-left: auto; margin-right: auto;" border="0" cellpadding="3"><tbody>'
            f'<tr><td>{_img_tag(img.src, "")}</td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>{esc(img.printed or "")}'
            "</em></span></td></tr></tbody></table>"
        )
    if img.style == "pem":
        return (
            f'<p style="text-align: center;"><a href="{esc(img.src)}" class="jcepopup" data-mediabox="1" '
            f'data-mediabox-group="gallery">{_img_tag(img.src, _file_alt(img.src))}</a></p>'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "divem":
        return (
            f'<div style="text-align: center;">{_img_tag(img.src, "")}</div>'
            f'<div style="text-align: center;"><em>{esc(img.printed or "")}</em></div>'
        )
    raise ValueError(img.style)


_MSO_BULLET = (
    '<!--[if !supportLists]--><span style="font-family: Symbol;"><span style="mso-list: Ignore;">·'
    '<span style="font: 7.0pt \'Times New Roman\';">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>'
    "</span></span><!--[endif]-->"
)


def _loadposition_module(current: Story) -> str:
    items = [BY_ID[i] for i in (247, 241, 246)]
    lis = "".join(
        f'<li><a class="mod-articles-category-title " href="{art_path(s)}">{esc(s.title)}</a>'
        f'<span class="mod-articles-category-date">{_parse(published_stamp(s)):%d-%m-%Y}</span></li>'
        for s in items
    )
    return (
        '<div class="moduletable">\n<h3>Có thể bạn quan tâm</h3>\n'
        f'<ul class="category-module mod-list">{lis}</ul>\n</div>'
    )


def body_parts(story: Story) -> list[str]:
    """The text's markup, split at page breaks."""
    pages: list[list[str]] = [[]]
    group: list[str] = []
    group_kind = ""

    def flush() -> None:
        nonlocal group, group_kind
        if not group:
            return
        if group_kind == "li":
            pages[-1].append("<ul>\n" + "\n".join(f"<li>{g}</li>" for g in group) + "\n</ul>")
        else:
            rows = []
            for n, g in enumerate(group):
                cells = g.split(" | ")
                if n == 0:
                    rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{c}</strong></td>' for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
            pages[-1].append(
                '<table class="table table-bordered" style="width: 90%; border-collapse: collapse;" border="1" '
                'cellpadding="4"><tbody>' + "".join(rows) + "</tbody></table>"
            )
        group, group_kind = [], ""

    for block in story.blocks:
        kind = block.style if isinstance(block, P) else ""
        if kind not in ("li", "row"):
            flush()
        out = pages[-1]
        if isinstance(block, Raw):
            if block.html.startswith(PAGEBREAK):
                pages.append([])
            elif block.html == "<!--loadposition-->":
                out.append(_loadposition_module(story))
            elif block.html == "<!--xemthem-->":
                target = BY_ID[233]
                out.append(f'<p>Xem thêm: <a href="{noindex_path(target)}">{esc(target.title)}</a></p>')
            else:
                out.append(block.html)
            continue
        if isinstance(block, Img):
            if block.style != "fulltext":
                out.append(_img_html(block))
            continue
        value = _t(story, block.text)
        if kind in ("li", "row"):
            group.append(value)
            group_kind = kind
        elif kind == "":
            out.append(f'<p style="text-align: justify;">{value}</p>')
        elif kind == "b":
            out.append(f'<p style="text-align: justify;"><strong>{value}</strong></p>')
        elif kind == "bi":
            out.append(f'<p style="text-align: justify;"><strong><em>{value}</em></strong></p>')
        elif kind == "strong":
            out.append(f"<p><strong>{value}</strong></p>")
        elif kind == "h3":
            out.append(f'<h3><span style="color: #008000;">{value}</span></h3>')
        elif kind == "mso":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 36pt; text-indent: -18pt; '
                f'mso-list: l0 level1 lfo1;">{_MSO_BULLET}<span style="font-size: 14pt;">{value}</span></p>'
            )
        elif kind == "div":
            out.append(f'<div style="text-align: justify;">{value}</div>')
        elif kind == "br":
            last = out.pop()
            close = last[last.rindex("</"):]
            out.append(last[: -len(close)] + "<br />\n" + value + close)
        elif kind == "cloak":
            out.append(f'<p style="text-align: justify;">{_cloak(story, block.text)}</p>')
        else:
            raise ValueError(kind)
    flush()
    return ["\n".join(p) for p in pages]


def _pagebreak_titles(story: Story) -> list[str]:
    titles = [story.title]
    for b in story.blocks:
        if isinstance(b, Raw) and b.html.startswith(PAGEBREAK):
            titles.append(b.html[len(PAGEBREAK) : -3])
    return titles


def info_block(story: Story) -> str:
    c = CATS[story.cat]
    dds = []
    if story.cat in ("tin", "phuhuynh"):
        by = story.opts["by"]
        dds.append(
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
            f'\t\t\t\t\tViết bởi <span itemprop="name">{esc(by)}</span>\t</dd>'
        )
    if story.cat == "phuhuynh":
        dds.append(
            '<dd class="parent-category-name">\n\t\t\t\t\tDanh mục cha: '
            f'<a href="{TIN_URL}" itemprop="genre">Tin tức - Sự kiện</a>\t\t\t</dd>'
        )
    dds.append(
        '<dd class="category-name">\n\t\t\t\t\tDanh mục: '
        f'<a href="{CAT_URL[story.cat]}" itemprop="genre">{esc(c["title"])}</a>\t\t\t</dd>'
    )
    if story.cat == "chuyenmon":
        stamp = story.opts["created"]
        dds.append(
            '<dd class="create">\n\t\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>\n'
            f'\t\t\t\t\t<time datetime="{iso(stamp)}" itemprop="dateCreated">\n'
            f"\t\t\t\t\t\tNgày tạo: {lc2(stamp)}\t\t\t\t\t</time>\n\t\t\t</dd>"
        )
    else:
        stamp = published_stamp(story)
        dds.append(
            '<dd class="published">\n\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>\n'
            f'\t\t\t\t<time datetime="{iso(stamp)}" itemprop="datePublished">\n'
            f"\t\t\t\t\tNgày đăng: {lc2(stamp)}\t\t\t\t</time>\n\t\t\t</dd>"
        )
        if "modified" in story.opts:
            mod = story.opts["modified"]
            dds.append(
                '<dd class="modified">\n\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>\n'
                f'\t\t\t\t<time datetime="{iso(mod)}" itemprop="dateModified">\n'
                f"\t\t\t\t\tCập nhật lần cuối: {lc2(mod)}\t\t\t\t</time>\n\t\t\t</dd>"
            )
    hits = story.opts["hits"]
    dds.append(
        '<dd class="hits">\n\t\t\t\t\t<span class="icon-eye-open" aria-hidden="true"></span>\n'
        f'\t\t\t\t\t<meta itemprop="interactionCount" content="UserPageVisits:{hits}" />\n'
        f"\t\t\t\t\tLượt xem: {hits}\t\t\t</dd>"
    )
    return (
        '<dl class="article-info muted">\n\n\t\t\n\t\t\t<dt class="article-info-term">\n'
        "\t\t\t\t\t\t\t\t\tChi tiết\t\t\t\t\t\t\t</dt>\n\n" + "\n".join(dds) + "\n\t\t\t</dl>"
    )


def _fulltext_image(story: Story) -> str:
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "fulltext":
            return (
                '<div class="pull-none item-image"> <img class="caption" '
                f'title="{esc(b.printed or "")}" src="{esc(b.src)}" alt="Hội thi Bé khỏe" itemprop="image"/> </div>'
            )
    return ""


def _tags(story: Story) -> str:
    if not story.opts.get("tags"):
        return ""
    return (
        '\n\t<ul class="tags inline">\n\t\t\t\t\t\t\t\t\t<li class="tag-3 tag-list0" itemprop="keywords">\n'
        f'\t\t\t\t\t<a href="{TAG_URL}" class="label label-info">\n'
        "\t\t\t\t\t\tNgày Nhà giáo Việt Nam\t\t\t\t\t</a>\n\t\t\t\t</li>\n\t\t\t\t\t\t</ul>\n"
    )


def article_html(story: Story, request: Request, *, mode: str) -> str:
    """``mode``: 'page1', 'page2', 'all' (showall or print), for the page-break article too."""
    parts = body_parts(story)
    toc = ""
    counter = ""
    pager = ""
    if len(parts) > 1:
        titles = _pagebreak_titles(story)
        base = art_path(story)
        links = [f"{base}?showall=&amp;limitstart=", f"{base}?showall=&amp;start=1"]
        items = []
        for n, (title, link) in enumerate(zip(titles, links, strict=True)):
            active = mode == f"page{n + 1}"
            cls = ' class="active"' if active else ""
            items.append(
                f'<li{cls}>\n\t\t\t<a href="{link}" class="toclink{" active" if active else ""}">\n'
                f"\t\t\t\t{esc(title)}\t\t\t</a>\n\t\t</li>"
            )
        cls = ' class="active"' if mode == "all" else ""
        items.append(
            f'<li{cls}>\n\t\t\t<a href="{base}?showall=1" class="toclink{" active" if mode == "all" else ""}">\n'
            "\t\t\t\tTất cả các trang\t\t\t</a>\n\t\t</li>"
        )
        toc = (
            '<div class="pull-right article-index">\n\t<h3>Mục lục bài viết</h3>\n\t'
            '<ul class="nav nav-tabs nav-stacked">\n' + "\n".join(items) + "\n\t</ul>\n</div>\n"
        )
        if mode == "page1":
            parts_html = parts[0]
            counter = '<div class="pagenavcounter">Trang 1 của 2</div>'
            pager = (
                '<ul class="pager">\n\t<li class="previous"></li>\n\t<li class="next">'
                f'<a href="{base}?showall=&amp;start=1" title="Các hoạt động chào mừng">Tiếp &gt;&gt;</a></li>\n</ul>'
            )
        elif mode == "page2":
            parts_html = parts[1]
            counter = '<div class="pagenavcounter">Trang 2 của 2</div>'
            pager = (
                '<ul class="pager">\n\t<li class="previous">'
                f'<a href="{base}?showall=&amp;limitstart=" title="{esc(story.title)}">&lt;&lt; Trước</a></li>\n'
                '\t<li class="next"></li>\n</ul>'
            )
        else:
            parts_html = "\n<br />\n".join(parts)
            toc = toc if mode == "all" and "print" not in request.params else ""
    else:
        parts_html = parts[0]
    printing = request.params.get("print") == "1"
    c = CATS[story.cat]
    heading = ""
    if not printing:
        page_heading = "Tin tức - Sự kiện" if story.cat == "phuhuynh" else c["title"]
        heading = f'\t\t<div class="page-header">\n\t\t<h1> {esc(page_heading)} </h1>\n\t</div>\n'
    if printing:
        icons = (
            '<div id="pop-print" class="btn hidden-print">\n\t\t\t\t<a href="#" onclick="window.print();return false;">'
            '\t\t\t<span class="icon-print" aria-hidden="true"></span>\n\t\tIn\t</a>\t\t\t</div>'
        )
    else:
        icons = (
            '<div class="icons">\n\t\t<div class="btn-group pull-right">\n'
            f'\t\t\t<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{story.id}" '
            'aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">\n'
            '\t\t\t\t<span class="icon-cog" aria-hidden="true"></span>\n'
            '\t\t\t\t<span class="caret" aria-hidden="true"></span>\n\t\t\t</button>\n'
            f'\t\t\t<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{story.id}">\n'
            f'\t\t\t\t<li class="print-icon"> <a href="{esc(print_path(story))}" title="In bài viết &lt; '
            f'{esc(story.title)} &gt;" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,'
            "scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,"
            'location=no\'); return false;" rel="nofollow">\t\t\t<span class="icon-print" aria-hidden="true">'
            "</span>\n\t\tIn\t</a> </li>\n\t\t\t</ul>\n\t\t</div>\n\t</div>"
        )
    share = ""
    if not printing:
        share = (
            '\n<div class="jsn-social-share">'
            f'<div class="fb-like" data-href="{esc(base_url(request) + art_path(story))}" data-layout="button_count" '
            'data-action="like" data-size="small" data-show-faces="false" data-share="true"></div> '
            '<a href="https://twitter.com/share" class="twitter-share-button" data-lang="vi">Tweet</a></div>\n'
        )
    return (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
        '\t<meta itemprop="inLanguage" content="vi-VN" />\n'
        f"{heading}"
        '\t\t\n\t<div class="page-header">\n\t\t<h2 itemprop="headline">\n'
        f"\t\t\t{esc(story.title)}\t\t</h2>\n\t\t\t\t\t\t\t</div>\n"
        f"\t\t\t\t\t\t\n{icons}\n\t\t\t\n\t\t\t\t\t\t{info_block(story)}\n\t\n\t\n\t\t\n\t\t\t\t\t\t\t\t"
        f"{_fulltext_image(story)}\n"
        f"\t\t\t{toc}{counter}"
        f'<div itemprop="articleBody">\n\t\t{parts_html}\n{pager}\t</div>\n\n'
        f"\t{_tags(story)}{share}\t\t\t\t\t\t\t</div>"
    )


# --- chrome ----------------------------------------------------------------------------------


def _module(title: str, content: str, suffix: str = "") -> str:
    head = (
        f'<h3 class="jsn-moduletitle"><span class="jsn-moduleicon">{esc(title)}</span></h3>' if title else ""
    )
    return (
        f'<div class=" jsn-modulecontainer{suffix}"><div class="jsn-modulecontainer_inner">{head}'
        f'<div class="jsn-modulecontent">\n{content}\n<div class="clearbreak"></div></div></div></div>'
    )


def _article_list(ids: list[int], cls: str) -> str:
    lis = "".join(
        f'\n\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="{art_path(BY_ID[i])}" '
        f'itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t{esc(BY_ID[i].title)}\n\t\t\t</span>\n\t\t</a>\n\t</li>'
        for i in ids
    )
    return f'<ul class="{cls} mod-list">{lis}\n</ul>'


def _menu(active: str) -> str:
    def li(href: str, label: str, key: str, extra: str = "") -> str:
        cls = ' class="current active"' if key == active else ""
        return f'<li{cls}><a href="{href}"{extra}><span>{esc(label)}</span></a></li>'

    gt_cls = "parent active" if active == "gioithieu" else "parent"
    return (
        '<ul class="menu-mainmenu menu-iconmenu menu-richmenu">\n'
        '<li class="jsn-menu-mobile-control"><span class="close-menu"><i class="fa fa-times"></i></span></li>\n'
        + li("/index.php", "Trang chủ", "home")
        + f'\n<li class="{gt_cls}"><span class="separator "><span>Giới thiệu</span></span>'
        '<span class="jsn-menu-toggle"></span>\n<ul>'
        + li(INTRO1_URL, "Lịch sử phát triển", "intro1")
        + li(INTRO2_URL, "Cơ cấu tổ chức", "intro2")
        + "</ul></li>\n"
        + li(TIN_URL, "Tin tức - Sự kiện", "tin")
        + li(CHUYENMON_URL, "Hoạt động chuyên môn", "chuyenmon")
        + li(THONGBAO_URL, "Thông báo", "thongbao")
        + li(DOCS_URL, "Văn bản - Biểu mẫu", "docs")
        + li(ALBUM_URL, "Thư viện ảnh", "album")
        + li(CONTACT_URL, "Liên hệ", "contact")
        + "\n</ul>"
    )


def _breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    items = [
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        '<a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a>'
        '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
        '<meta itemprop="position" content="1"></li>'
    ]
    for n, (label, href) in enumerate(trail, start=2):
        if href:
            items.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
                f'<meta itemprop="position" content="{n}"></li>'
            )
        else:
            items.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">'
                f'<span itemprop="name">{esc(label)}</span><meta itemprop="position" content="{n}"></li>'
            )
    return (
        '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">\n'
        '<li>Bạn đang ở: &#160;</li>\n' + "\n".join(items) + "\n</ul>"
    )


def _left_column() -> str:
    marquee_links = "".join(
        f'<p><img src="/images/icon/new.gif" alt="new" width="28" height="11" /> '
        f'<a href="{esc(nonsef_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></p>'
        for i in (248, 240)
    )
    marquee = _module(
        "Thông báo mới",
        '<div class="custom box-thongbao">\n<marquee direction="up" scrollamount="2" height="160" '
        f'onmouseover="this.stop()" onmouseout="this.start()">{marquee_links}</marquee>\n</div>',
        " box-red",
    )
    links = _module(
        "Liên kết website",
        '<div class="custom"><select onchange="window.open(this.value,\'_blank\')" style="width: 100%;">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://tuyenquang.edu.vn">Sở GD&amp;ĐT Tuyên Quang</option>'
        '<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>'
        '<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang điện tử</option>'
        "</select></div>",
    )
    rows = [
        ("vtoday", "Hôm nay", "85"),
        ("vyesterday", "Hôm qua", "213"),
        ("vweek", "Tuần này", "792"),
        ("vmonth", "Tháng này", "1.106"),
        ("vall", "Tổng truy cập", "186.427"),
    ]
    trs = "".join(
        f'<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl_icons/{icon}.png" '
        f'alt="{label}" title="{label}" /></td><td>{label}</td><td align="right">{num}</td></tr>'
        for icon, label, num in rows
    )
    counter = _module(
        "Thống kê truy cập",
        '<div id="vvisit_counter91" class="vvisit_counter"><div>'
        '<table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vinaora_counter">'
        f'<tbody align="center">{trs}</tbody></table></div>'
        '<div style="text-align: center;">Đang online: 7</div></div>',
    )
    return marquee + links + counter


def _right_column() -> str:
    latest = _module("Tin mới", _article_list(LATEST, "latestnews"), " box-blue")
    popular = _module("Đọc nhiều", _article_list(_most_read(), "mostread"), " box-blue")
    hotline = _module(
        "Hỗ trợ trực tuyến",
        '<div class="custom"><p><img src="/images/icon/hotline.png" alt="hotline" /> Văn phòng: '
        "<strong>0207 3822 468</strong></p><p>Hiệu trưởng: <strong>0912 458 316</strong></p></div>",
    )
    return latest + popular + hotline


_FOOTER = (
    '<div class="custom"><p style="text-align: center;"><strong>TRƯỜNG MẦM NON HOA SEN - THÀNH PHỐ TUYÊN QUANG'
    "</strong><br />Địa chỉ: Tổ 12, phường Minh Xuân, thành phố Tuyên Quang, tỉnh Tuyên Quang<br />"
    f"Điện thoại: 0207 3822 468 - Email: {EMAIL}<br />"
    "Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thu Hà - Hiệu trưởng</p></div>"
)


def page(
    request: Request,
    title: str,
    main: str,
    *,
    active: str = "",
    trail: list[tuple[str, str | None]] | None = None,
    itemid: int = 101,
    view: str = "article",
    home: bool = False,
) -> str:
    base = base_url(request) + request.target
    crumbs = ""
    if trail is not None:
        crumbs = (
            '<div id="jsn-breadcrumbs"><div id="jsn-pos-breadcrumbs">'
            f"{_breadcrumbs(trail)}</div></div>"
        )
    promo = ""
    if home:
        slides = [
            (art_path(BY_ID[247]), "/images/slide/slide-hoi-thi-be-khoe.jpg", "Hội thi Bé khỏe - Bé ngoan"),
            (noindex_path(BY_ID[246]), "/images/slide/slide-chuyen-de-van-dong.jpg", "Chuyên đề phát triển vận động"),
            (None, "/images/slide/slide-truong.jpg", "Trường Mầm non Hoa Sen"),
        ]
        imgs = "".join(
            (f'<a href="{href}">' if href else "")
            + f'<img src="{src}" alt="{esc(alt)}" title="#vtnivo-caption-{n}" />'
            + ("</a>" if href else "")
            for n, (href, src, alt) in enumerate(slides)
        )
        promo = (
            '<div id="jsn-pos-promo"><div class=" jsn-modulecontainer"><div class="jsn-modulecontainer_inner">'
            '<div class="jsn-modulecontent"><div class="vt_nivo_slider"><div id="vt_nivo_slider90" '
            f'class="nivoSlider">{imgs}</div></div></div></div></div></div>'
        )
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<base href="{esc(base)}" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="keywords" content="mầm non hoa sen, tuyên quang, trường mầm non" />
	<meta name="description" content="Cổng thông tin điện tử Trường Mầm non Hoa Sen - thành phố Tuyên Quang" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
	<link href="/templates/{TEMPLATE}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?b1c3e7d6a5c2f1e9d0e0a5b2c7a6e4f1" rel="stylesheet" />
	<link href="/templates/{TEMPLATE}/css/template.css" rel="stylesheet" />
	<link href="/templates/{TEMPLATE}/css/colors/green.css" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?b1c3e7d6a5c2f1e9d0e0a5b2c7a6e4f1"></script>
	<script src="/media/system/js/caption.js?b1c3e7d6a5c2f1e9d0e0a5b2c7a6e4f1"></script>
	<script src="/plugins/system/jsntplframework/assets/joomlashine/js/noconflict.js"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
	</script>
</head>
<body id="jsn-master" class="jsn-textstyle-business jsn-color-green jsn-direction-ltr jsn-desktop jsn-joomla-30 jsn-com-content jsn-view-{view} jsn-itemid-{itemid} jsn-hasleft jsn-hasright">
<a name="top" id="top"></a>
<div id="jsn-topbar"><div id="jsn-pos-topbar">
	<div class="custom jsn-today"><p><i class="fa fa-calendar"></i> {HEADER_TODAY}</p></div>
	<div class="search">
	<form action="/index.php" method="post" class="form-inline">
		<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." />
		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="101" />
	</form>
</div>
</div></div>
<div id="jsn-page">
	<div id="jsn-header">
		<div id="jsn-logo" class="pull-left"><a href="/" title="{SITE}"><img src="/images/logo/logo-mn-hoa-sen.png" alt="{SITE}" id="jsn-logo-desktop" /></a></div>
		<div id="jsn-headerright" class="pull-right"><div id="jsn-pos-top"><div class="custom"><p class="slogan">Yêu thương - An toàn - Sáng tạo</p></div></div></div>
		<div class="clearbreak"></div>
	</div>
	<div id="jsn-menu"><div id="jsn-pos-mainmenu">{_menu(active)}</div><div class="clearbreak"></div></div>
	<div id="jsn-body">
		{promo}
		<div id="jsn-content" class="jsn-hasleft jsn-hasright"><div id="jsn-content_inner"><div id="jsn-maincontent" class="row-fluid">
			<div id="jsn-leftsidecontent" class="span3 order1"><div id="jsn-leftsidecontent_inner"><div id="jsn-pos-left">{_left_column()}</div></div></div>
			<div id="jsn-centercol" class="span6 order2"><div id="jsn-centercol_inner">
				{crumbs}
				<div id="jsn-mainbody-content" class="jsn-hasmainbody"><div id="jsn-mainbody-content-inner">
					<div id="jsn-mainbody">
						<div id="system-message-container">
	</div>

						{main}
					</div>
				</div></div>
			</div></div>
			<div id="jsn-rightsidecontent" class="span3 order3"><div id="jsn-rightsidecontent_inner"><div id="jsn-pos-right">{_right_column()}</div></div></div>
		</div></div></div>
	</div>
	<div id="jsn-footer"><div id="jsn-footermodules" class="jsn-modulescontainer jsn-modulescontainer1 row-fluid">
		<div id="jsn-pos-footer" class="span12"><div class=" jsn-modulecontainer"><div class="jsn-modulecontainer_inner"><div class="jsn-modulecontent">{_FOOTER}</div></div></div></div>
		<div class="clearbreak"></div>
	</div>
	<div id="jsn-copyright">Copyright &copy; 2014 - 2026 {SITE}. All Rights Reserved. <a href="https://www.joomlashine.com" target="_blank" rel="nofollow">Joomla Templates</a> by JoomlaShine.com</div>
	</div>
</div>
<a id="jsn-gotoplink" href="#top"><span>Lên đầu trang</span></a>
</body>
</html>"""


def print_page(request: Request, title: str, main: str) -> str:
    base = base_url(request) + request.target
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<base href="{esc(base)}" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="robots" content="noindex, nofollow" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
	<link href="/templates/{TEMPLATE}/css/print.css" rel="stylesheet" />
	<script src="/media/system/js/caption.js"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
	</script>
</head>
<body class="contentpane modal">
	<div id="system-message-container">
	</div>

	{main}
</body>
</html>"""


# --- listings --------------------------------------------------------------------------------


def _readmore(story: Story) -> str:
    short = story.title if len(story.title) <= 50 else story.title[:50].rsplit(" ", 1)[0] + "..."
    return (
        f'\n<p class="readmore">\n\t\t\t<a class="btn" href="{art_path(story)}" itemprop="url" '
        f'aria-label="Đọc thêm:  {esc(story.title)}">\n\t\t\t<span class="icon-chevron-right" '
        f'aria-hidden="true"></span> \n\t\t\tĐọc thêm: {esc(short)}\t\t</a>\n\t</p>\n'
    )


def _intro_item(story: Story, prop: str = "blogPost") -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    stamp = published_stamp(story)
    if story.cat == "chuyenmon":
        date = (
            f'<dd class="create"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{iso(stamp)}" itemprop="dateCreated">Ngày tạo: {lc2(stamp)}</time></dd>'
        )
    else:
        date = (
            f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{iso(stamp)}" itemprop="datePublished">Ngày đăng: {lc2(stamp)}</time></dd>'
        )
    return (
        f'<div class="pull-left item-image"> <a href="{art_path(story)}"><img src="/images/anh-dai-dien/'
        f'{story.id}.jpg" alt="" itemprop="thumbnailUrl"/></a></div>\n'
        '\t<div class="page-header">\n\t\t\t\t\t<h2 itemprop="name">\n'
        f'\t\t\t\t\t\t\t\t\t<a href="{art_path(story)}" itemprop="url">\n\t\t\t\t\t\t{esc(story.title)}'
        "\t\t\t\t\t</a>\n\t\t\t\t\t\t\t</h2>\n\t\t\t\t</div>\n"
        '<dl class="article-info muted">\n<dt class="article-info-term">Chi tiết</dt>\n'
        f'<dd class="category-name">Danh mục: <a href="{CAT_URL[story.cat]}" itemprop="genre">'
        f'{esc(CATS[story.cat]["title"])}</a></dd>\n{date}\n</dl>\n'
        f'<p style="text-align: justify;">{_t(story, first.text)}</p>\n' + _readmore(story)
    )


def _pagination(base: str, per: int, total: int, start: int) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    current = start // per + 1

    def link(n: int) -> str:
        return f"{base}?limitstart=0" if n == 1 else f"{base}?start={(n - 1) * per}"

    lis = []
    if current == 1:
        lis += ['<li class="disabled"><a>Đầu</a></li>', '<li class="disabled"><a>Trước</a></li>']
    else:
        lis += [
            f'<li><a title="Đầu" href="{link(1)}" class="hasTooltip pagenav">Đầu</a></li>',
            f'<li><a title="Trước" href="{link(current - 1)}" class="hasTooltip pagenav">Trước</a></li>',
        ]
    for n in range(1, pages + 1):
        if n == current:
            lis.append(f'<li class="active hidden-phone"><a>{n}</a></li>')
        else:
            lis.append(f'<li class="hidden-phone"><a href="{link(n)}" class="pagenav">{n}</a></li>')
    if current == pages:
        lis += ['<li class="disabled"><a>Tiếp</a></li>', '<li class="disabled"><a>Cuối</a></li>']
    else:
        lis += [
            f'<li><a title="Tiếp" href="{link(current + 1)}" class="hasTooltip pagenav">Tiếp</a></li>',
            f'<li><a title="Cuối" href="{link(pages)}" class="hasTooltip pagenav">Cuối</a></li>',
        ]
    return (
        '\n\t\t<div class="pagination">\n\t\t\t\t\t\t\t<p class="counter pull-right"> Trang '
        f"{current} của {pages} </p>\n\t\t\t\t\t\t<ul class=\"pagination-list\">\n\t\t"
        + "\n\t\t".join(lis)
        + "\n\t\t</ul>\n\t</div>"
    )


def blog_html(key: str, order: list[int], start: int, *, per: int, leading: int, num_links: int) -> str:
    title = CATS[key]["title"]
    items = order[start : start + per]
    lead_html = "".join(
        f'\n\t\t<div class="leading-{n} clearfix" itemprop="blogPost" itemscope '
        f'itemtype="https://schema.org/BlogPosting">\n{_intro_item(BY_ID[i])}\n\t\t</div>'
        for n, i in enumerate(items[:leading])
    )
    rest = items[leading:]
    rows = []
    for r in range(0, len(rest), 2):
        cols = "".join(
            f'\n\t\t<div class="span6">\n\t\t\t<div class="item column-{c + 1}" itemprop="blogPost" itemscope '
            f'itemtype="https://schema.org/BlogPosting">\n{_intro_item(BY_ID[i])}\n\t\t\t</div>\n\t\t</div>'
            for c, i in enumerate(rest[r : r + 2])
        )
        rows.append(f'\n\t<div class="items-row cols-2 row-{r // 2} row-fluid clearfix">{cols}\n\t</div>')
    more_ids = order[start + per : start + per + num_links]
    more = ""
    if more_ids:
        more = (
            '\n<div class="items-more">\n<h3>Các bài viết khác</h3>\n<ol class="nav nav-tabs nav-stacked">'
            + "".join(f'\n\t<li>\n\t\t<a href="{art_path(BY_ID[i])}">\n\t\t\t{esc(BY_ID[i].title)}</a>\n\t</li>' for i in more_ids)
            + "\n</ol>\n</div>"
        )
    children = ""
    if key == "tin" and start == 0:
        children = (
            '\n<div class="cat-children">\n\t<h3> Danh mục con </h3>\n\t<div class="first">\n'
            f'\t\t<h3 class="page-header item-title"><a href="{PHUHUYNH_URL}">\n\t\tGóc phụ huynh</a>\n'
            '\t\t<span class="badge badge-info tip hasTooltip" title="Số bài viết:">2</span>\n\t\t</h3>\n\t</div>\n</div>'
        )
    lead_block = f'\n\t<div class="items-leading clearfix">{lead_html}\n\t</div>' if lead_html else ""
    return (
        f'<div class="blog" itemscope itemtype="https://schema.org/Blog">\n\t<div class="page-header">\n'
        f"\t\t<h1> {esc(title)} </h1>\n\t</div>\n{lead_block}{''.join(rows)}{more}{children}"
        f"{_pagination(CAT_URL[key], per, len(order), start)}\n</div>"
    )


SELECTED = ' selected="selected"'


def list_html() -> str:
    rows = "".join(
        f'\n\t\t<tr class="cat-list-row{n % 2}" >\n\t\t\t<td headers="categorylist_header_title" class="list-title">\n'
        f'\t\t\t\t<a href="{art_path(BY_ID[i])}">\n\t\t\t\t\t{esc(BY_ID[i].title)}\t\t\t\t</a>\n\t\t\t</td>\n'
        f'\t\t\t<td headers="categorylist_header_date" class="list-date small">\n\t\t\t\t'
        f"{_parse(published_stamp(BY_ID[i])):%d-%m-%Y}\t\t\t</td>\n"
        f'\t\t\t<td headers="categorylist_header_hits" class="list-hits">\n\t\t\t\t<span class="badge badge-info">'
        f"\n\t\t\t\t\tLượt xem: {BY_ID[i].opts['hits']}\t\t\t\t</span>\n\t\t\t</td>\n\t\t</tr>"
        for n, i in enumerate(THONGBAO_ORDER)
    )
    options = "".join(
        f'<option value="{v}"{SELECTED if v == 10 else ""}>{v or "Tất cả"}</option>'
        for v in (5, 10, 15, 20, 25, 30, 50, 100, 0)
    )
    return (
        '<div class="category-list">\n<div>\n\t<div class="content-category">\n\t\t<div class="page-header">\n'
        "\t\t\t<h1> Thông báo </h1>\n\t\t</div>\n"
        f'<form action="{THONGBAO_URL}" method="post" name="adminForm" id="adminForm" class="form-inline">\n'
        '\t<fieldset class="filters btn-toolbar clearfix">\n\t\t<legend class="hide">Bộ lọc</legend>\n'
        '\t\t<div class="btn-group">\n\t\t\t<label class="filter-search-lbl element-invisible" for="filter-search">'
        'Lọc tiêu đề&#160;</label>\n\t\t\t<input type="text" name="filter-search" id="filter-search" value="" '
        'class="inputbox" onchange="document.adminForm.submit();" title="Lọc nội dung" placeholder="Lọc tiêu đề" />\n'
        '\t\t</div>\n\t\t<div class="btn-group pull-right">\n\t\t\t<label for="limit" class="element-invisible">'
        'Hiển thị #</label>\n\t\t\t<select id="limit" name="limit" class="inputbox input-mini" size="1" '
        f'onchange="this.form.submit()">{options}</select>\n\t\t</div>\n'
        '\t\t<input type="hidden" name="filter_order" value="" />\n'
        '\t\t<input type="hidden" name="filter_order_Dir" value="" />\n'
        '\t\t<input type="hidden" name="limitstart" value="" />\n\t\t<input type="hidden" name="task" value="" />\n'
        "\t</fieldset>\n"
        '\t<table class="category table table-striped table-bordered table-hover">\n\t\t<thead>\n\t\t\t<tr>\n'
        '\t\t\t\t<th scope="col" id="categorylist_header_title">\n\t\t\t\t\t<a href="#" onclick="Joomla.tableOrdering'
        "('a.title','asc','', document.getElementById('adminForm'));return false;\" class=\"hasPopover\" "
        'title="Tiêu đề" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Tiêu đề</a>\t\t\t\t</th>\n'
        '\t\t\t\t<th scope="col" id="categorylist_header_date">Ngày đăng</th>\n'
        '\t\t\t\t<th scope="col" id="categorylist_header_hits">Lượt xem</th>\n\t\t\t</tr>\n\t\t</thead>\n'
        f"\t\t<tbody>{rows}\n\t\t</tbody>\n\t</table>\n</form>\n\t</div>\n</div>\n</div>"
    )


def featured_html() -> str:
    items = "".join(
        f'\n\t<div class="leading-{n} clearfix" itemprop="blogPost" itemscope '
        f'itemtype="https://schema.org/BlogPosting">\n{_intro_item(BY_ID[i])}\n\t</div>'
        for n, i in enumerate(FEATURED)
    )
    return (
        '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">\n'
        f'<div class="items-leading clearfix">{items}\n</div>\n</div>'
    )


# --- the non-article pages -------------------------------------------------------------------


def intro_page(which: int) -> tuple[str, str]:
    if which == 1:
        title = "Lịch sử phát triển Trường Mầm non Hoa Sen"
        body = (
            '<p style="text-align: center;"><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="toan-canh-truong" /></p>'
            '<p style="text-align: justify;">Trường Mầm non Hoa Sen được thành lập năm 1985 trên cơ sở sáp nhập '
            "nhà trẻ Liên cơ và mẫu giáo khu vực Minh Xuân. Những ngày đầu thành lập, trường chỉ có 4 lớp học với "
            "hơn 120 cháu.</p>"
            '<p style="text-align: justify;">Trải qua hơn 40 năm xây dựng và trưởng thành, nhà trường đã được công '
            "nhận trường chuẩn quốc gia mức độ 1 năm 2012, mức độ 2 năm 2021 và đạt kiểm định chất lượng giáo dục "
            "cấp độ 3.</p>"
            '<p style="text-align: justify;">Nhà trường vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen, nhiều năm '
            "liền đạt danh hiệu Tập thể lao động xuất sắc.</p>"
        )
    else:
        title = "Cơ cấu tổ chức"
        body = (
            "<p><strong>Ban Giám hiệu</strong></p>"
            '<table class="table table-bordered" border="1"><tbody>'
            "<tr><td>Họ và tên</td><td>Chức vụ</td><td>Điện thoại</td></tr>"
            "<tr><td>Nguyễn Thị Thu Hà</td><td>Hiệu trưởng</td><td>0912 458 316</td></tr>"
            "<tr><td>Lê Thị Mai Hương</td><td>Phó Hiệu trưởng</td><td>0983 217 504</td></tr>"
            "<tr><td>Vũ Thị Lan</td><td>Phó Hiệu trưởng</td><td>0915 662 089</td></tr>"
            "</tbody></table>"
            "<p><strong>Các tổ chuyên môn:</strong> tổ Nhà trẻ, tổ Mẫu giáo bé, tổ Mẫu giáo nhỡ, tổ Mẫu giáo lớn, "
            "tổ Nuôi dưỡng và tổ Văn phòng.</p>"
        )
    main = (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
        '\t<meta itemprop="inLanguage" content="vi-VN" />\n\t<div class="page-header">\n'
        f'\t\t<h2 itemprop="headline">\n\t\t\t{esc(title)}\t\t</h2>\n\t</div>\n'
        f'\t<div itemprop="articleBody">\n\t\t{body}\t</div>\n</div>'
    )
    return title, main


def contact_html(request: Request) -> str:
    s = Story(id=0, slug="", title="", cat="", published_at=None, blocks=[])
    cloaked = _cloak(s, EMAIL)
    return (
        '<div class="contact" itemscope itemtype="https://schema.org/Person">\n\t<div class="page-header">\n'
        '\t\t<h2>\n\t\t\t<span class="contact-name" itemprop="name">Trường Mầm non Hoa Sen</span>\n\t\t</h2>\n\t</div>\n'
        '\t<h3>Liên hệ</h3>\n<dl class="contact-address dl-horizontal" itemprop="address" itemscope '
        'itemtype="https://schema.org/PostalAddress">\n\t<dt><span class="jicons-text">Địa chỉ: </span></dt>\n'
        '\t<dd><span class="contact-street" itemprop="streetAddress">Tổ 12, phường Minh Xuân</span></dd>\n'
        '\t<dd><span class="contact-suburb" itemprop="addressLocality">thành phố Tuyên Quang</span></dd>\n'
        '<dt><span class="jicons-text">Email: </span></dt>\n'
        f'\t<dd><span class="contact-emailto">{cloaked}</span></dd>\n'
        '<dt><span class="jicons-text">Điện thoại: </span></dt>\n\t<dd><span class="contact-telephone" '
        'itemprop="telephone">0207 3822 468</span></dd>\n</dl>\n'
        '\t<h3>Mẫu liên hệ</h3>\n<div class="contact-form">\n'
        f'\t<form id="contact-form" action="{CONTACT_URL}" method="post" class="form-validate form-horizontal well">\n'
        "\t\t<fieldset>\n\t\t\t<legend>Gửi email. Ô có dấu (*) là bắt buộc.</legend>\n"
        '\t\t\t<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Tên *</label>'
        '<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" required /></div>\n'
        '\t\t\t<div class="control-group"><label for="jform_contact_email">Email *</label>'
        '<input type="email" name="jform[contact_email]" id="jform_contact_email" value="" required /></div>\n'
        '\t\t\t<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề *</label>'
        '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" required /></div>\n'
        '\t\t\t<div class="control-group"><label for="jform_contact_message">Nội dung *</label>'
        '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea></div>\n'
        "\t\t</fieldset>\n"
        '\t\t<button class="btn btn-primary validate" type="submit">Gửi Email</button>\n'
        '\t\t<input type="hidden" name="option" value="com_contact" />\n'
        '\t\t<input type="hidden" name="task" value="contact.submit" />\n'
        '\t\t<input type="hidden" name="return" value="" />\n\t\t<input type="hidden" name="id" value="1:truong-mam-non-hoa-sen" />\n'
        '\t\t<input type="hidden" name="8d3f1c0b6a7e2d4c9b5a1e0f3c6d2b7a" value="1" />\n\t</form>\n</div>\n</div>'
    )


ALBUMS = [
    ("le-khai-giang-2026", "Lễ khai giảng năm học 2026 - 2027", 4),
    ("hoi-thi-be-khoe", "Hội thi Bé khỏe - Bé ngoan", 3),
    ("ngay-nha-giao-20-11", "Kỷ niệm ngày Nhà giáo Việt Nam 20/11", 3),
]


def album_html() -> str:
    boxes = []
    for alias, label, count in ALBUMS:
        for n in range(1, count + 1):
            src = f"/images/phocagallery/{alias}/thumbs/phoca_thumb_m_anh-{n:02d}.jpg"
            big = f"/images/phocagallery/{alias}/anh-{n:02d}.jpg"
            boxes.append(
                '<div class="pg-cv-box item pg-grid"><div class="pg-cv-box-img pg-box1"><div class="pg-box2">'
                f'<div class="pg-box3"><a class="pg-modal-button" title="{esc(label)}" href="{big}" '
                f'rel="lightbox-{alias}"><img src="{src}" alt="{esc(label)} {n}" class="pg-image" /></a>'
                f'</div></div></div><div class="pg-box-img-bottom"><div class="pg-cv-name">{esc(label)}</div></div></div>'
            )
    return (
        '<div id="phocagallery" class="pg-category-view">\n<div class="page-header"><h1>Thư viện ảnh</h1></div>\n'
        '<div class="pg-category-view-desc">Hình ảnh hoạt động của cô và trẻ Trường Mầm non Hoa Sen</div>\n'
        + "".join(boxes)
        + '\n<div class="ph-cb"></div>\n<div class="pagination pagination-centered"></div>\n</div>'
    )


DOCS = [
    ("ke-hoach-nam-hoc-2026-2027.pdf", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027", "12-09-2026"),
    ("quy-che-chi-tieu-noi-bo-2026.pdf", "Quy chế chi tiêu nội bộ năm 2026", "25-09-2026"),
]


def docs_html() -> str:
    rows = "".join(
        f'<tr><td>{n}</td><td><img src="/media/system/images/mime-icon-16/pdf.png" alt="pdf" /> '
        f'<a href="/images/van-ban/2026/{f}" target="_blank">{esc(label)}</a></td><td>{d}</td></tr>'
        for n, (f, label, d) in enumerate(DOCS, start=1)
    )
    return (
        '<div id="phoca-dl-category-box" class="pd-category-view">\n<div class="page-header"><h1>Văn bản - Biểu mẫu</h1></div>\n'
        '<table class="table table-striped pd-filebox"><thead><tr><th>STT</th><th>Tên văn bản</th><th>Ngày ban hành</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>\n</div>"
    )


def tag_html() -> str:
    items = "".join(
        f'\n\t\t<li class="cat-list-row{n % 2} clearfix" >\n\t\t\t<h3>\n\t\t\t\t<a href="{art_path(BY_ID[i])}">\n'
        f"\t\t\t\t\t{esc(BY_ID[i].title)}\t\t\t\t</a>\n\t\t\t</h3>\n\t\t\t\t\t\t\t\t\t\t</li>"
        for n, i in enumerate(TAGGED)
    )
    return (
        '<div class="tag-category">\n\t\t\t\t<h2>\n\t\t\tNgày Nhà giáo Việt Nam\t\t</h2>\n'
        '<div class="category-list">\n<form action="' + TAG_URL + '" method="post" name="adminForm" '
        'id="adminForm" class="form-inline">\n\t<ul class="category list-striped">' + items
        + "\n\t</ul>\n</form>\n</div>\n</div>"
    )


# --- routing ---------------------------------------------------------------------------------


class Site:
    def __init__(self) -> None:
        self.by_rel: dict[str, Story] = {}
        for s in STORIES:
            self.by_rel[f"{menu_alias(s)}/{s.id}-{s.slug}.html"] = s

    def respond(self, request: Request) -> Response | None:
        path = request.path
        for prefix in ("/images/", "/templates/", "/media/", "/modules/", "/plugins/"):
            if path.startswith(prefix):
                if path.lower().endswith(".pdf"):
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
                return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        params = request.params
        if path in ("/", "/index.php"):
            if params.get("option") == "com_content" and params.get("view") == "article":
                return self._nonsef(request)
            if request.query and "option" in params:
                return None
            return html(page(request, SITE, featured_html(), active="home", trail=None, view="featured", home=True))
        rel = path[len("/index.php/") :] if path.startswith("/index.php/") else path.lstrip("/")
        story = self.by_rel.get(rel)
        if story is not None:
            return self._article(request, story)
        return self._other(request, "/index.php/" + rel)

    def _nonsef(self, request: Request) -> Response | None:
        params = request.params
        try:
            story = BY_ID[int(params.get("id", "").split(":")[0])]
        except (ValueError, KeyError):
            return None
        if "catid" in params and params["catid"] != str(CATS[story.cat]["id"]):
            return None
        return self._article(request, story)

    def _article(self, request: Request, story: Story) -> Response:
        params = request.params
        printing = params.get("tmpl") == "component" and params.get("print") == "1"
        mode = "page1"
        if printing or params.get("showall") == "1":
            mode = "all"
        elif (params.get("start") or params.get("limitstart") or "0") == "1":
            mode = "page2"
        title = f"{story.title} - {SITE}"
        main = article_html(story, request, mode=mode)
        if printing:
            return html(print_page(request, title, main))
        c = CATS[story.cat]
        trail: list[tuple[str, str | None]] = [("Tin tức - Sự kiện", TIN_URL)] if story.cat in ("tin", "phuhuynh") else []
        if story.cat == "phuhuynh":
            trail.append(("Góc phụ huynh", PHUHUYNH_URL))
        elif story.cat != "tin":
            trail.append((c["title"], CAT_URL[story.cat]))
        trail.append((story.title, None))
        active = "tin" if story.cat == "phuhuynh" else story.cat
        return html(page(request, title, main, active=active, trail=trail, itemid=c["itemid"]))

    def _other(self, request: Request, path: str) -> Response | None:
        params = request.params
        raw = params.get("start") or params.get("limitstart") or "0"
        try:
            start = int(raw or "0")
        except ValueError:
            start = 0
        blogs = {
            TIN_URL: ("tin", TIN_ORDER, 3, 1, 1, 105),
            PHUHUYNH_URL: ("phuhuynh", PHUHUYNH_ORDER, 3, 1, 1, 105),
            CHUYENMON_URL: ("chuyenmon", CHUYENMON_ORDER, 2, 0, 0, 106),
        }
        if path in blogs:
            key, order, per, leading, links, itemid = blogs[path]
            if not 0 <= start < len(order):
                return None
            main = blog_html(key, order, start, per=per, leading=leading, num_links=links)
            title = CATS[key]["title"]
            trail: list[tuple[str, str | None]] = [(title, None)]
            if key == "phuhuynh":
                trail = [("Tin tức - Sự kiện", TIN_URL), ("Góc phụ huynh", None)]
            active = "tin" if key == "phuhuynh" else key
            return html(page(request, f"{title} - {SITE}", main, active=active, trail=trail, itemid=itemid, view="category"))
        if path == THONGBAO_URL:
            if start != 0:
                return None
            return html(
                page(request, f"Thông báo - {SITE}", list_html(), active="thongbao", trail=[("Thông báo", None)], itemid=107, view="category")
            )
        if path in (INTRO1_URL, INTRO2_URL):
            which = 1 if path == INTRO1_URL else 2
            title, main = intro_page(which)
            label = "Lịch sử phát triển" if which == 1 else "Cơ cấu tổ chức"
            return html(
                page(request, f"{label} - {SITE}", main, active=f"intro{which}", trail=[("Giới thiệu", None), (label, None)], itemid=102 + which)
            )
        if path == CONTACT_URL:
            return html(page(request, f"Liên hệ - {SITE}", contact_html(request), active="contact", trail=[("Liên hệ", None)], itemid=110, view="contact"))
        if path == ALBUM_URL:
            return html(page(request, f"Thư viện ảnh - {SITE}", album_html(), active="album", trail=[("Thư viện ảnh", None)], itemid=109, view="category"))
        if path == DOCS_URL:
            return html(page(request, f"Văn bản - Biểu mẫu - {SITE}", docs_html(), active="docs", trail=[("Văn bản - Biểu mẫu", None)], itemid=108, view="category"))
        if path == TAG_URL:
            return html(
                page(request, f"Ngày Nhà giáo Việt Nam - {SITE}", tag_html(), trail=[("Tags", None), ("Ngày Nhà giáo Việt Nam", None)], view="tag")
            )
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [print_path(story), noindex_path(story), nonsef_path(story)]
    if story.id == 241:
        p = art_path(story)
        alts += [f"{p}?showall=1", f"{p}?showall=&limitstart=", f"{p}?showall=&start=1"]
    return alts


GOLD = [
    gold_record(s, art_path(s), CATS[s.cat]["title"], canonical_path=art_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [INTRO1_URL, INTRO2_URL, CONTACT_URL, ALBUM_URL, DOCS_URL, TAG_URL]
