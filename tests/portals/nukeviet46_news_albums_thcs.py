"""Trường THCS Lê Quý Đôn (Tuy Hòa, Phú Yên): NukeViet 4.6, news + albums modules, vendor theme.

Platform
--------
NukeViet 4.6 ("generator" meta ``NukeViet v4.6``) with the ``news`` module as the home module and a
third-party ``albums`` module beside it, on the default theme as a school vendor customised it
("thcs-lqd"): a top banner whose logo block keeps the stock ``<h1>{SITE_NAME}</h1><h2>…</h2>`` on
every page, the stock horizontal menu ``nav#menusite`` with drop-downs, the 4.x breadcrumbs (the
real trail sits in ``ul.temp-breadcrumbs.hidden``; theme JS copies it into the visible empty
``ul.breadcrumbs``), a left column of blocks ("Thông báo" as a ``<marquee>``, "Văn bản mới",
"Thư viện ảnh", "Thống kê truy cập"), 24-column Bootstrap 3 grid with push/pull (main column first
in the HTML, the left column after it), footer with address/phone/email.

URL scheme
----------
- ``/``: the news module's main page, ``viewcat_main_right`` blocks (one per leaf category: the
  newest item with thumbnail and hometext on the left, the next two as a list on the right).
- ``/news/<cat>/`` and ``/news/<cat>/page-N/`` (N >= 2): a category, 3 items a page, same
  main-right layout, pager "Trang 1 2 … Sau" (``div.generate_page``); ``page-1`` and pages past the
  last answer 301 to the category; a category without its trailing slash answers 301.
- ``/news/tin-tuc-su-kien/``: the parent category (its two sub-categories in main-right blocks).
- ``/news/<cat>/<alias>-<id>.html``: an article (detail template). NukeViet resolves by id: a
  wrong alias, or a category the article is not filed in, answers 301 to the canonical URL.
  ``?download=1&id=0`` on an article URL is its attachment (a PDF, ``Content-Disposition``).
- ``/news/print/<cat>/<alias>-<id>.html``: print view (linked only through ``onclick`` JS).
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``: the non-rewritten URL, served as is.
- ``/news/tag/<tag>/``: tag listings; ``/news/rss/``: RSS of the 8 newest.
- ``/albums/`` and ``/albums/<alias>-<id>.html``: photo albums; ``/van-ban/`` and
  ``/van-ban/detail/<alias>-<id>.html``: document register; ``/gioi-thieu/lich-su-nha-truong.html``
  (page module), ``/lien-he/`` (contact module), ``/seek/`` (search form).
- ``/uploads/news/YYYY_MM/<file>``, ``/assets/news/YYYY_MM/<file>`` (thumbnails), theme files.

Page templates
--------------
Article: ``div.news_column.panel`` > ``h1.title[itemprop=headline]``, ``span.h5`` with the
publication time "Thứ năm - 03/12/2026 14:30" (``nv_date('l - d/m/Y H:i')``), tool icons
(send-mail and print through JS, no href), then ``div.clearfix`` with the lead photo
(``figure.article.left`` = imgposition 1, small thumbnail from /assets; ``figure.article.center``
= imgposition 2, full photo from /uploads) and ``div.hometext[itemprop=description]`` (the sapo,
bold by the theme's CSS only), then ``div#news-bodyhtml.bodytext`` (the text), then right-aligned
``p.h5.text-right`` lines "Tác giả: …" and "Nguồn tin: …", then panels: attachments
("Tập tin đính kèm"), keywords, rating stars, Facebook comments, "Tin liên quan" (same topic),
"Tin mới hơn", "Tin cũ hơn" (each item with a ``data-content`` tooltip holding its hometext).

How each gold article is reached
--------------------------------
Home: 118, 115, 111 (Hoạt động chuyên môn), 119, 116, 113 (Hoạt động Đội - Phong trào), 120, 117,
110 (Thông báo). Page 2 only: 106, 102 and 108 under Hoạt động chuyên môn (108 as its alias URL
there), 108 and 104 under Hoạt động Đội - Phong trào. Every article page also lists up to three
newer and three older items of its category, and the marquee links 120, 117, 110 by their
non-rewritten URL.

Traps
-----
1. Site name in an ``<h1>`` on every page (the vendor kept the home page's logo heading
   everywhere): the article's headline is the *second* h1 (``h1.title``). Gold ``title`` is the
   headline.
2. Breadcrumb only in a hidden list: the visible ``ul.breadcrumbs`` is empty in the HTML; the trail
   is in ``ul.temp-breadcrumbs.hidden`` (schema.org BreadcrumbList). Gold ``category`` is that
   trail's last item, the *leaf* category ("Hoạt động chuyên môn"), not the menu's top item
   "Tin tức - Sự kiện".
3. One article in two categories (NukeViet ``listcatid``): 108 is served with 200 at
   ``/news/hoat-dong-chuyen-mon/…-108.html`` too (linked from that category's page 2, with that
   category in its breadcrumb) and at its own ``/news/hoat-dong-doi-phong-trao/…-108.html``; both
   print ``rel=canonical`` to the latter. Gold: the canonical path, the other in ``alt_paths``,
   category "Hoạt động Đội - Phong trào" (the canonical page's breadcrumb).
4. Non-rewritten duplicates: the "Thông báo" marquee links 120, 117, 110 as
   ``/index.php?language=vi&nv=news&op=thong-bao/<alias>-<id>`` (``&amp;`` in the HTML), which
   serve the full article with 200 and a canonical link. Gold: in ``alt_paths``; so is every print
   view ``/news/print/…`` (reachable only from an ``onclick="nv_open_browse('…')"``).
5. Garbled Open Graph times: the theme prints ``article:published_time`` with PHP's
   ``date('Y-m-dTH:i:s')``, where ``T`` is the zone abbreviation: ``2026-12-03+0714:30:00``; and
   ``article:modified_time`` is the edit time. Gold ``published_at`` comes from the visible
   "Thứ năm - 03/12/2026 14:30" line ("2026-12-03T14:30:00+07:00"), never the meta, never the
   "Cập nhật: …" line that 118 prints after it, never the header's "Thứ Bảy, 05/12/2026".
6. Midnight time: 110 prints "Thứ hai - 02/11/2026 00:00" (posted with no time set): gold
   "2026-11-02", the day alone. Day-first dates with day <= 12 everywhere (02/11, 07/11, 09/10).
7. Sapo typed twice: 102's editor pasted the hometext again, bold,
   as the first paragraph of the bodytext. Gold: ``summary`` = the hometext and the body holds it
   once, as its first paragraph.
8. No hometext, auto-filled description: 117 has no ``div.hometext``; its ``meta description``
   and ``og:description`` are the first 160 characters of the text, cut with "...". Gold
   ``summary`` null; the body starts with the text's first paragraph.
9. Lazy-loaded photos: the vendor's editor plugin writes 119's and 113's body images as
   ``<img class="lazy" src="/themes/thcs-lqd/images/pix.gif" data-original="/uploads/…">``
   (jquery.lazyload). Gold ``images`` are the ``data-original`` paths, never the placeholder.
10. The lead photo outside the text: 118 prints its lead photo full width under the hometext
    (``figure.article.center``, /uploads path) and 116 as a small thumbnail floated left before it
    (``figure.article.left``, /assets/news path), each with a ``figcaption``. Both are the article's
    photos: gold lists them first, path as printed, caption = figcaption.
11. Unicode "tổ hợp": 115 was typed with the combining (NFD) input of Unikey, title and text.
    Gold is NFC.
12. Entity-encoded text: 102's bodytext is saved with CKEditor's entity option
    (``&agrave;``, ``&#7897;``). Gold is the decoded text.
13. Word paste: 106's list items carry Word's ``<span style="mso-list:Ignore">-</span>`` markers
    (no text) and ``<o:p>`` tags. Gold items without the dash.
14. Lines split by ``<br>``: 108's text is one ``<div>`` with ``<br /><br />`` between its lines.
    Gold: each line a paragraph. A YouTube ``<iframe>`` inside the text is not text.
15. Bylines inside and around the text: 106 has no "Tác giả" field but ends its text with
    "Tin, ảnh: Lê Văn Tùng" (-> authors and photographers [Lê Văn Tùng], not body); 116's
    "Tác giả" field reads "Tin: Huỳnh Thị Kim Ngân - Ảnh: Võ Minh Khang" (-> [Huỳnh Thị Kim Ngân],
    [Võ Minh Khang]); 115's reads "ThS. Trần Quốc Bảo" (-> [Trần Quốc Bảo]); 119's "Nguyễn Hoàng
    Phúc - TPT Đội" (-> [Nguyễn Hoàng Phúc]); 117's "BBT" (-> nobody); 111's and 104's are units
    signing alone ("Tổ Toán - Tin", "Liên đội THCS Lê Quý Đôn": the author as printed).
16. Captions in four markups: CKEditor's ``figure.image > figcaption``, a centred ``<em>`` line
    after the image, a two-row ``table.image``, a caption in parentheses (116: parentheses taken
    off) and credit-only lines "Ảnh: Trần Thị Mai" under 104's photos (caption None,
    photographers [Trần Thị Mai]). 111's photo has only an ``alt`` (its file name): caption None.
17. Widgets inside the text container: 113 ends its bodytext with an editor-typed "Tin liên quan:"
    list of links; 116 with "Xem thêm album ảnh: <link>"; 106 with "Xem thêm: <link>" whose link
    uses an old alias (301 to 115). None of them is body.
18. Official document: 120 is printed as a notice with a letterhead table (PHÒNG GD&ĐT … |
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, "Số: 245/TB-THCSLQĐ", "Tuy Hòa, ngày 01 tháng 12 năm
    2026"), the kind and subject lines, and a closing table ("Nơi nhận", "HIỆU TRƯỞNG",
    "(Đã ký)", "Phạm Văn Đức"). Gold: ``published_at`` "2026-12-01" (letterhead, not the
    publication line's 02/12/2026 07:30), authors [Phạm Văn Đức]; the body is the hometext then
    the paragraphs between the subject and the closing.
19. Emoji: 117 has "👉 " typed as characters (kept) and a Facebook-pasted
    ``<img alt="📌" src="https://static.xx.fbcdn.net/…">`` at the start of a line (a bullet: no
    text, and not one of the article's images).
20. Download URL = article URL + query: ``…-111.html?download=1&id=0`` and ``…-110.html?…``
    answer a PDF (attachment), not the article. Not an article, not an alt path.
21. Look-alike non-articles: album pages (h1, "Ngày tạo" date, description, captioned photos) and
    the page-module intro page (``h1.title``, ``div.hometext``, ``div.bodytext`` exactly as an
    article) are not articles (NON_ARTICLES).

Gold decisions on ambiguous points
----------------------------------
- 108's category is its primary category (the canonical page's breadcrumb), although its alias
  URL prints "Hoạt động chuyên môn" in the trail.
- The hometext is the sapo (``summary``) wherever it is printed; 118's and 116's lead photos come
  before the body's photos in ``images``.
- 120's hometext is printed above the letterhead as the article's own sapo: it stays (summary and
  first paragraph); "- " items the editor typed in 120 keep their dash.
- Table rows (111's prize list, header row included) are paragraphs, cells joined by " | ".
- Quotes are text; "Tin liên quan", "Tin mới hơn", "Tin cũ hơn", tags, rating, comments are not.
- 113's "Nguồn tin: Báo Phú Yên" -> source "Báo Phú Yên"; 111's "Nguồn tin: Phòng GD&ĐT thành phố
  Tuy Hòa" -> that name.
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "nukeviet46_news_albums_thcs"
PLATFORM = "NukeViet 4.6 (news + albums modules, vendor-customised default theme)"
START_PATH = "/"

SITE = "Trường THCS Lê Quý Đôn"
SITE_DESC = "Thành phố Tuy Hòa - Tỉnh Phú Yên"
THEME = "/themes/thcs-lqd"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

# alias -> (printed name, parent alias)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", "tin-tuc-su-kien"),
    "hoat-dong-doi-phong-trao": ("Hoạt động Đội - Phong trào", "tin-tuc-su-kien"),
    "thong-bao": ("Thông báo", None),
}
LEAVES = ["hoat-dong-chuyen-mon", "hoat-dong-doi-phong-trao", "thong-bao"]

TAGS = {
    "hoi-thi-giao-vien-day-gioi": "hội thi giáo viên dạy giỏi",
    "doi-moi-phuong-phap-day-hoc": "đổi mới phương pháp dạy học",
    "lien-doi": "liên đội",
}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dtm(value: str) -> _dt.datetime:
    return _dt.datetime.strptime(value, "%Y-%m-%d %H:%M")


def nv_date(value: str) -> str:
    """``nv_date('l - d/m/Y H:i')`` as NukeViet prints it: "Thứ năm - 03/12/2026 14:30"."""
    d = _dtm(value)
    return f"{_WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def og_time(value: str) -> str:
    """PHP ``date('Y-m-dTH:i:s')``: ``T`` is the zone abbreviation, "+07" on this host."""
    d = _dtm(value)
    return f"{d:%Y-%m-%d}+07{d:%H:%M:%S}"


# --- raw pieces of article markup ------------------------------------------------------------

LETTERHEAD_120 = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="text-align:center; width:42%">PHÒNG GD&amp;ĐT THÀNH PHỐ TUY HÒA<br />\n'
    "<strong>TRƯỜNG THCS LÊ QUÝ ĐÔN</strong></td>\n"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>\n</tr>\n<tr>\n"
    '<td style="text-align:center">Số: 245/TB-THCSLQĐ</td>\n'
    '<td style="text-align:right"><em>Tuy Hòa, ngày 01 tháng 12 năm 2026</em></td>\n'
    "</tr>\n</tbody>\n</table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>\n"
)
CLOSING_120 = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />\n'
    "- GVCN các lớp (t/h);<br />\n- Website nhà trường;<br />\n- Lưu: VT.</td>\n"
    '<td style="text-align:center; vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br />\n'
    "<br />\n(Đã ký)<br />\n<br />\n<strong>Phạm Văn Đức</strong></td>\n</tr>\n</tbody>\n</table>\n"
)

STORIES: list[Story] = [
    Story(
        id=118,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Từ ngày 16/11 đến ngày 02/12/2026, Trường THCS Lê Quý Đôn tổ chức Hội thi giáo viên "
            "dạy giỏi cấp trường năm học 2026 - 2027 với 18 giáo viên dự thi ở 9 môn học."
        ),
        sapo_outside=True,
        authors=["Lê Thị Minh Châu"],
        blocks=[
            Img(
                "/uploads/news/2026_12/hoi-thi-gvdg-2026-01.jpg",
                "Cô Nguyễn Thị Thu Hà, giáo viên Ngữ văn, thực hiện tiết dạy dự thi tại lớp 8A3",
                "Cô Nguyễn Thị Thu Hà, giáo viên Ngữ văn, thực hiện tiết dạy dự thi tại lớp 8A3",
                style="lead-full",
            ),
            P(
                "Hội thi là hoạt động chuyên môn thường niên nhằm tôn vinh những giáo viên có năng "
                "lực sư phạm vững vàng, đồng thời tạo điều kiện để đội ngũ học hỏi, trao đổi kinh "
                "nghiệm về đổi mới phương pháp dạy học và kiểm tra, đánh giá theo định hướng phát "
                "triển phẩm chất, năng lực học sinh."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy: một tiết do giáo viên tự chọn và một "
                "tiết bốc thăm trước ba ngày. Ban giám khảo gồm các đồng chí trong Ban giám hiệu và "
                "tổ trưởng chuyên môn, đánh giá tiết dạy theo hướng dẫn tại Công văn "
                "5512/BGDĐT-GDTrH."
            ),
            Img(
                "/uploads/news/2026_12/hoi-thi-gvdg-2026-02.jpg",
                "Ban giám khảo góp ý tiết dạy môn Khoa học tự nhiên của thầy Trần Quốc Bảo",
                "Ban giám khảo góp ý tiết dạy môn Khoa học tự nhiên của thầy Trần Quốc Bảo",
                style="figure",
            ),
            P(
                "Nhiều tiết dạy để lại ấn tượng tốt nhờ thiết kế hoạt động học tập hợp lý, sử dụng "
                "hiệu quả thiết bị dạy học và phần mềm trình chiếu, giúp học sinh chủ động khám phá "
                "kiến thức. Tiết Lịch sử và Địa lí của cô Phan Thị Ngọc Ánh với trò chơi “Hành "
                "trình về phương Nam” được học sinh lớp 7A1 hưởng ứng sôi nổi."
            ),
            Img(
                "/uploads/news/2026_12/hoi-thi-gvdg-2026-03.jpg",
                "Học sinh lớp 7A1 hào hứng tham gia trò chơi trong tiết Lịch sử và Địa lí",
                "Học sinh lớp 7A1 hào hứng tham gia trò chơi trong tiết Lịch sử và Địa lí",
                style="em-next",
            ),
            P("Kết quả hội thi", style="h"),
            P(
                "Kết thúc hội thi, Ban tổ chức đã công nhận 14 giáo viên đạt danh hiệu Giáo viên "
                "dạy giỏi cấp trường, trong đó có 5 giáo viên được chọn tham dự Hội thi giáo viên "
                "dạy giỏi cấp thành phố dự kiến tổ chức vào tháng 3/2027."
            ),
            P(
                "Phát biểu bế mạc, thầy Phạm Văn Đức, Hiệu trưởng nhà trường, ghi nhận sự chuẩn bị "
                "công phu của các giáo viên dự thi và đề nghị các tổ chuyên môn tiếp tục dự giờ, "
                "rút kinh nghiệm để nhân rộng những cách làm hay trong toàn trường."
            ),
        ],
        opts={
            "pub": "2026-12-03 14:30",
            "edit": "2026-12-04 08:05",
            "author": "Lê Thị Minh Châu",
            "tags": ["hoi-thi-giao-vien-day-gioi", "doi-moi-phuong-phap-day-hoc"],
            "topic": True,
            "wrap": "span",
        },
    ),
    Story(
        id=115,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-khoa-hoc-tu-nhien",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Khoa học tự nhiên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-26T09:15:00+07:00",
        summary=(
            "Chiều 25/11/2026, tổ Khoa học tự nhiên tổ chức buổi sinh hoạt chuyên môn theo "
            "nghiên cứu bài học với chủ đề “Tốc độ chuyển động” (Khoa học tự nhiên 7)."
        ),
        sapo_outside=True,
        authors=["Trần Quốc Bảo"],
        blocks=[
            P(
                "Buổi sinh hoạt được tiến hành qua bốn bước: xây dựng kế hoạch bài học, dạy minh "
                "họa và dự giờ, suy ngẫm – thảo luận, áp dụng vào thực tiễn dạy học hằng ngày. "
                "Tiết dạy minh họa do cô Võ Thị Hồng Nhung thực hiện tại lớp 7A4."
            ),
            Img(
                "/uploads/news/2026_11/shcm-khtn-01.jpg",
                "Cô Võ Thị Hồng Nhung hướng dẫn học sinh đo tốc độ bằng đồng hồ bấm giây",
                "Cô Võ Thị Hồng Nhung hướng dẫn học sinh đo tốc độ bằng đồng hồ bấm giây",
                style="table",
            ),
            P(
                "Thay vì tập trung nhận xét giáo viên, các thành viên trong tổ chú ý quan sát hoạt "
                "động của từng nhóm học sinh: em nào còn lúng túng khi đọc số liệu, nhóm nào phân "
                "công nhiệm vụ chưa hợp lý, thời điểm nào học sinh thực sự hứng thú với bài học."
            ),
            P(
                "Trong phần thảo luận, các giáo viên thống nhất điều chỉnh thời lượng hoạt động "
                "khởi động, bổ sung phiếu học tập có gợi ý cho học sinh còn chậm và tăng cường các "
                "câu hỏi liên hệ thực tế như tính tốc độ đi xe đạp từ nhà đến trường."
            ),
            P(
                "Thầy Trần Quốc Bảo, tổ trưởng tổ Khoa học tự nhiên, cho biết từ đầu năm học, tổ "
                "đã duy trì sinh hoạt chuyên môn theo nghiên cứu bài học định kỳ hai lần mỗi "
                "tháng, luân phiên ở các phân môn Vật lí, Hóa học và Sinh học."
            ),
        ],
        opts={
            "pub": "2026-11-26 09:15",
            "author": "ThS. Trần Quốc Bảo",
            "nfd": True,
            "tags": ["doi-moi-phuong-phap-day-hoc"],
            "topic": True,
            "wrap": "plain",
        },
    ),
    Story(
        id=111,
        slug="ket-qua-thi-chon-hoc-sinh-gioi-lop-9-cap-thanh-pho-nam-hoc-2026-2027",
        title="Kết quả thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-18T16:40:00+07:00",
        summary=(
            "Tại kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027, Trường THCS "
            "Lê Quý Đôn có 27 học sinh đạt giải, dẫn đầu thành phố Tuy Hòa về số giải Nhất."
        ),
        sapo_outside=True,
        authors=["Tổ Toán - Tin"],
        source="Phòng GD&ĐT thành phố Tuy Hòa",
        blocks=[
            P(
                "Kỳ thi do Phòng Giáo dục và Đào tạo thành phố Tuy Hòa tổ chức ngày 14/11/2026 "
                "gồm các môn Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin "
                "học và Giáo dục công dân."
            ),
            Img("/uploads/news/2026_11/doi-tuyen-hsg-lop9-2026.jpg", None, None, style="bare"),
            P(
                "Kết quả, đội tuyển của trường đạt 6 giải Nhất, 9 giải Nhì, 7 giải Ba và 5 giải "
                "Khuyến khích. Danh sách học sinh đạt giải Nhất như sau:"
            ),
            Raw(
                '<table border="1" cellpadding="2" cellspacing="0" style="width:100%; '
                'border-collapse:collapse">\n<tbody>\n'
            ),
            P("TT | Họ và tên | Lớp | Môn thi | Giải", style="row-head"),
            P("1 | Nguyễn Minh Khôi | 9A1 | Toán | Nhất", style="row"),
            P("2 | Trần Ngọc Bảo Hân | 9A2 | Ngữ văn | Nhất", style="row"),
            P("3 | Lê Hoàng Gia Huy | 9A1 | Tin học | Nhất", style="row"),
            P("4 | Phạm Thị Thanh Trúc | 9A3 | Tiếng Anh | Nhất", style="row"),
            P("5 | Đỗ Nhật Nam | 9A1 | Khoa học tự nhiên | Nhất", style="row"),
            P("6 | Huỳnh Khánh Linh | 9A2 | Lịch sử và Địa lí | Nhất", style="row"),
            Raw("</tbody>\n</table>\n"),
            P(
                "Các em đạt giải sẽ tiếp tục được bồi dưỡng để tham gia kỳ thi chọn học sinh giỏi "
                "cấp tỉnh dự kiến diễn ra vào tháng 3/2027."
            ),
            P(
                "Nhà trường chúc mừng các em học sinh đạt giải và trân trọng cảm ơn quý thầy cô đã "
                "tận tâm bồi dưỡng đội tuyển trong suốt thời gian qua."
            ),
        ],
        opts={
            "pub": "2026-11-18 16:40",
            "author": "Tổ Toán - Tin",
            "source": ("Phòng GD&ĐT thành phố Tuy Hòa", None),
            "attach": ("Danh sách học sinh đạt giải", "/uploads/news/2026_11/ds-hsg-lop9-tp-2026.pdf"),
            "wrap": "plain",
        },
    ),
    Story(
        id=106,
        slug="chuyen-de-day-hoc-stem-che-tao-xe-chay-bang-nang-luong-mat-troi",
        title="Chuyên đề dạy học STEM “Chế tạo xe chạy bằng năng lượng mặt trời”",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-07T10:00:00+07:00",
        summary=(
            "Sáng 06/11/2026, nhóm giáo viên Công nghệ và Khoa học tự nhiên tổ chức chuyên đề dạy "
            "học STEM cấp trường với bài học “Chế tạo xe chạy bằng năng lượng mặt trời” dành cho "
            "học sinh lớp 8."
        ),
        sapo_outside=True,
        authors=["Lê Văn Tùng"],
        photographers=["Lê Văn Tùng"],
        blocks=[
            P(
                "Bài học được thiết kế theo quy trình kỹ thuật gồm năm bước: xác định vấn đề, "
                "nghiên cứu kiến thức nền, đề xuất giải pháp, chế tạo mẫu và thử nghiệm, chia sẻ và "
                "điều chỉnh. Học sinh lớp 8A2 được chia thành sáu nhóm, mỗi nhóm nhận một bộ vật "
                "liệu gồm tấm pin mặt trời mini, động cơ điện một chiều, bánh xe và khung gỗ."
            ),
            P("Mục tiêu của chuyên đề:", style="h"),
            P(
                "Vận dụng kiến thức về mạch điện, chuyển hóa năng lượng vào giải quyết một vấn đề "
                "thực tiễn;",
                style="mso-li",
            ),
            P("Rèn luyện kỹ năng làm việc nhóm, thuyết trình và phản biện;", style="mso-li"),
            P("Khơi gợi hứng thú với các ngành khoa học, kỹ thuật.", style="mso-li"),
            Img(
                "/uploads/news/2026_11/stem-xe-nang-luong-mat-troi-1.jpg",
                "Các nhóm học sinh lắp ráp xe theo bản thiết kế",
                "Các nhóm học sinh lắp ráp xe theo bản thiết kế",
                style="em-next",
            ),
            P(
                "Sau 45 phút, cả sáu nhóm đều hoàn thành sản phẩm. Trong phần thử nghiệm ngoài sân "
                "trường, xe của nhóm 4 chạy được quãng đường 10 mét trong 14 giây và giành vị trí "
                "dẫn đầu. Các nhóm cũng thẳng thắn chỉ ra hạn chế của sản phẩm như bánh xe dễ "
                "trượt, dây nối chưa chắc chắn."
            ),
            Img(
                "/uploads/news/2026_11/stem-xe-nang-luong-mat-troi-2.jpg",
                "Thử nghiệm sản phẩm dưới nắng tại sân trường",
                "Thử nghiệm sản phẩm dưới nắng tại sân trường",
                style="em-next",
            ),
            P(
                "Đánh giá chuyên đề, đại diện Ban giám hiệu cho rằng giáo dục STEM giúp học sinh "
                "hiểu sâu kiến thức và thấy được ý nghĩa của việc học. Nhà trường sẽ tiếp tục triển "
                "khai mỗi khối lớp ít nhất hai chủ đề STEM trong năm học."
            ),
            Raw(
                '<p class="MsoNormal"><em>Xem thêm: <a href="/news/hoat-dong-chuyen-mon/'
                'sinh-hoat-chuyen-mon-tkhtn-115.html">Sinh hoạt chuyên môn theo nghiên cứu bài '
                "học tổ Khoa học tự nhiên</a></em><o:p></o:p></p>\n"
            ),
            Raw(
                '<p class="MsoNormal" style="text-align:right"><b><span style="font-size:14.0pt">'
                "Tin, ảnh: Lê Văn Tùng</span></b><o:p></o:p></p>\n"
            ),
        ],
        opts={"pub": "2026-11-07 10:00", "wrap": "mso"},
    ),
    Story(
        id=102,
        slug="hoi-thao-doi-moi-phuong-phap-day-hoc-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
        title="Hội thảo đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22T15:20:00+07:00",
        summary=(
            "Ngày 21/10/2026, tổ Ngữ văn - Lịch sử Trường THCS Lê Quý Đôn tổ chức hội thảo chuyên "
            "đề “Dạy đọc hiểu văn bản theo thể loại trong Chương trình giáo dục phổ thông 2018”."
        ),
        sapo_outside=True,
        authors=["Lê Thị Minh Châu"],
        blocks=[
            P(
                "Tham dự hội thảo có các giáo viên Ngữ văn của nhà trường và đại diện tổ chuyên môn "
                "hai trường THCS Trần Hưng Đạo, THCS Nguyễn Thị Minh Khai trên địa bàn thành phố."
            ),
            P(
                "Các tham luận tập trung vào những vấn đề giáo viên còn băn khoăn khi dạy học theo "
                "sách giáo khoa mới: cách hướng dẫn học sinh nhận biết đặc điểm thể loại, xây dựng "
                "hệ thống câu hỏi đọc hiểu theo các mức độ, lựa chọn văn bản ngoài sách giáo khoa "
                "cho đề kiểm tra định kỳ."
            ),
            P(
                "“Điều quan trọng nhất là giúp học sinh có cách đọc, để các em tự mình đọc được "
                "những văn bản cùng thể loại mà các em chưa từng học”, cô Lê Thị Minh Châu, tổ "
                "trưởng tổ Ngữ văn - Lịch sử chia sẻ.",
                style="quote",
            ),
            P(
                "Hội thảo cũng dành thời gian để các giáo viên trao đổi về việc tổ chức hoạt động "
                "viết và nói – nghe, đặc biệt là kỹ năng trình bày ý kiến trước tập thể của học "
                "sinh lớp 6 mới chuyển cấp."
            ),
            Img(
                "/uploads/news/2026_10/hoi-thao-ngu-van-2026.jpg",
                "Quang cảnh hội thảo",
                "Quang cảnh hội thảo",
                style="figure",
            ),
            P(
                "Kết thúc hội thảo, tổ chuyên môn đã tổng hợp các ý kiến thành tài liệu tham khảo "
                "chung và chia sẻ trên hệ thống học liệu của nhà trường."
            ),
        ],
        opts={
            "pub": "2026-10-22 15:20",
            "author": "Lê Thị Minh Châu",
            "entities": 1,
            "sapo_dup": True,
            "tags": ["doi-moi-phuong-phap-day-hoc"],
            "topic": True,
            "wrap": "plain",
        },
    ),
    Story(
        id=119,
        slug="ngay-hoi-ke-hoach-nho-nam-hoc-2026-2027",
        title="Ngày hội “Kế hoạch nhỏ” năm học 2026 - 2027",
        cat="hoat-dong-doi-phong-trao",
        published_at="2026-12-04T16:10:00+07:00",
        summary=(
            "Sáng 04/12/2026, Liên đội Trường THCS Lê Quý Đôn tổ chức Ngày hội “Kế hoạch nhỏ”, thu "
            "gom được hơn 3,2 tấn giấy vụn và gần 400 kg vỏ lon, chai nhựa."
        ),
        sapo_outside=True,
        authors=["Nguyễn Hoàng Phúc"],
        blocks=[
            P(
                "Ngay từ 6 giờ 30, các chi đội đã tập kết giấy vụn, sách báo cũ tại sân trường theo "
                "khu vực được phân công. Không khí ngày hội rộn ràng với tiếng trống, tiếng hô khẩu "
                "hiệu của các đội viên."
            ),
            Img(
                "/uploads/news/2026_12/ke-hoach-nho-2026-1.jpg",
                "Đội viên chi đội 6A5 cân giấy vụn",
                "Đội viên chi đội 6A5 cân giấy vụn",
                style="em-next",
            ),
            P(
                "Với tinh thần “Việc nhỏ - Ý nghĩa lớn”, nhiều chi đội đã vận động gia đình, khu phố "
                "cùng tham gia. Chi đội 7A2 dẫn đầu toàn liên đội với 186 kg giấy vụn; chi đội 9A4 "
                "thu gom nhiều vỏ lon nhất."
            ),
            Img(
                "/uploads/news/2026_12/ke-hoach-nho-2026-2.jpg",
                "Ban chỉ huy Liên đội tổng hợp kết quả thu gom",
                "Ban chỉ huy Liên đội tổng hợp kết quả thu gom",
                style="em-next",
            ),
            P(
                "Toàn bộ số tiền thu được từ phong trào sẽ được dùng để trao học bổng “Thắp sáng "
                "ước mơ” cho học sinh có hoàn cảnh khó khăn và mua sách bổ sung cho thư viện xanh "
                "của nhà trường."
            ),
            P(
                "Thông qua ngày hội, Liên đội mong muốn giáo dục đội viên ý thức tiết kiệm, bảo vệ "
                "môi trường và tinh thần tương thân tương ái."
            ),
        ],
        opts={
            "pub": "2026-12-04 16:10",
            "author": "Nguyễn Hoàng Phúc - TPT Đội",
            "lazy": True,
            "tags": ["lien-doi"],
            "wrap": "span",
        },
    ),
    Story(
        id=116,
        slug="hoc-sinh-tri-an-thay-co-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Học sinh tri ân thầy cô nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-doi-phong-trao",
        published_at="2026-11-20T10:30:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), học sinh "
            "Trường THCS Lê Quý Đôn đã có nhiều hoạt động thiết thực tri ân thầy cô giáo."
        ),
        sapo_outside=True,
        authors=["Huỳnh Thị Kim Ngân"],
        photographers=["Võ Minh Khang"],
        blocks=[
            Img(
                "/assets/news/2026_11/tri-an-thay-co-2026.jpg",
                "Lễ kỷ niệm Ngày Nhà giáo Việt Nam tại Trường THCS Lê Quý Đôn",
                "Lễ kỷ niệm Ngày Nhà giáo Việt Nam tại Trường THCS Lê Quý Đôn",
                style="lead-thumb",
            ),
            P(
                "Trong tháng 11, Liên đội phát động đợt thi đua “Hoa điểm mười dâng thầy cô” với "
                "hơn 5.600 điểm tốt được các chi đội đăng ký. Mỗi tiết học tốt, mỗi điểm mười là "
                "món quà ý nghĩa mà học sinh dành tặng thầy cô."
            ),
            Img(
                "/uploads/news/2026_11/tri-an-20-11-bao-tuong.jpg",
                "(Học sinh lớp 8A1 giới thiệu tờ báo tường chào mừng ngày 20/11)",
                "Học sinh lớp 8A1 giới thiệu tờ báo tường chào mừng ngày 20/11",
                style="em-next",
            ),
            P(
                "Cuộc thi báo tường với chủ đề “Thầy cô - Người lái đò thầm lặng” thu hút 32 tập "
                "thể lớp tham gia. Nhiều tờ báo được trang trí công phu, nội dung phong phú gồm "
                "thơ, văn, tranh vẽ do chính học sinh sáng tác."
            ),
            P(
                "Sáng 20/11, trong buổi lễ kỷ niệm, các em học sinh đã biểu diễn văn nghệ và tặng "
                "hoa chúc mừng thầy cô. Nhiều thầy cô đã nghỉ hưu cũng về thăm trường, ôn lại kỷ "
                "niệm những năm tháng gắn bó với mái trường."
            ),
            Img(
                "/uploads/news/2026_11/tri-an-20-11-van-nghe.jpg",
                "(Tiết mục múa “Bụi phấn” của học sinh khối 7)",
                "Tiết mục múa “Bụi phấn” của học sinh khối 7",
                style="em-next",
            ),
            P(
                "Thay mặt tập thể giáo viên, cô Đặng Thị Mỹ Linh xúc động cảm ơn tình cảm của các "
                "em và mong các em tiếp tục chăm ngoan, học tốt."
            ),
            Raw(
                '<p><em>Xem thêm album ảnh: <a href="/albums/tri-an-thay-co-20-11-2026-9.html">'
                "Tri ân thầy cô 20/11/2026</a></em></p>\n"
            ),
        ],
        opts={
            "pub": "2026-11-20 10:30",
            "author": "Tin: Huỳnh Thị Kim Ngân - Ảnh: Võ Minh Khang",
            "tags": ["lien-doi"],
            "wrap": "plain",
        },
    ),
    Story(
        id=113,
        slug="soi-noi-giai-bong-da-mini-hoc-sinh-khoi-8-9-tranh-cup-le-quy-don-2026",
        title="Sôi nổi Giải bóng đá mini học sinh khối 8, 9 tranh Cúp Lê Quý Đôn 2026",
        cat="hoat-dong-doi-phong-trao",
        published_at="2026-11-12T17:05:00+07:00",
        summary=(
            "Sau hai tuần tranh tài, Giải bóng đá mini học sinh khối 8, 9 tranh Cúp Lê Quý Đôn "
            "2026 đã khép lại với chức vô địch thuộc về đội bóng lớp 9A3."
        ),
        sapo_outside=True,
        authors=["Lương Văn Hải"],
        source="Báo Phú Yên",
        blocks=[
            P(
                "Giải đấu được tổ chức từ ngày 28/10 đến 11/11/2026 tại sân bóng đá mini của nhà "
                "trường với sự tham gia của 16 đội bóng nam, thi đấu theo thể thức vòng bảng và "
                "loại trực tiếp."
            ),
            P(
                "Trận chung kết giữa 9A3 và 8A1 diễn ra hấp dẫn với nhiều pha bóng đẹp. Sau hai "
                "hiệp thi đấu hòa 2-2, đội 9A3 giành chiến thắng chung cuộc 4-3 trên chấm phạt đền."
            ),
            Img(
                "/uploads/news/2026_11/bong-da-mini-2026-chung-ket.jpg",
                "Pha tranh bóng trong trận chung kết giữa 9A3 và 8A1",
                "Pha tranh bóng trong trận chung kết giữa 9A3 và 8A1",
                style="figure",
            ),
            P(
                "Giải Nhì thuộc về đội 8A1, đồng giải Ba là các đội 9A1 và 8A4. Em Nguyễn Đức Thịnh "
                "(9A3) nhận danh hiệu Vua phá lưới với 7 bàn thắng."
            ),
            Img(
                "/uploads/news/2026_11/bong-da-mini-2026-trao-giai.jpg",
                "Ban tổ chức trao cúp vô địch cho đội 9A3",
                "Ban tổ chức trao cúp vô địch cho đội 9A3",
                style="figure",
            ),
            P(
                "Giải đấu là sân chơi bổ ích, góp phần đẩy mạnh phong trào rèn luyện thân thể, phát "
                "hiện những học sinh có năng khiếu để tham gia Hội khỏe Phù Đổng các cấp."
            ),
            Raw(
                "<p><strong>Tin liên quan:</strong></p>\n<ul>\n"
                '\t<li><a href="/news/thong-bao/ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-'
                'nam-hoc-2026-2027-110.html">Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm '
                "học 2026 - 2027</a></li>\n"
                '\t<li><a href="/news/hoat-dong-doi-phong-trao/dai-hoi-lien-doi-nhiem-ky-2026-'
                '2027-104.html">Đại hội Liên đội nhiệm kỳ 2026 - 2027</a></li>\n</ul>\n'
            ),
        ],
        opts={
            "pub": "2026-11-12 17:05",
            "author": "Lương Văn Hải",
            "source": ("Báo Phú Yên", "https://baophuyen.vn/"),
            "lazy": True,
            "wrap": "span",
        },
    ),
    Story(
        id=108,
        slug="trai-nghiem-thuc-te-tai-di-tich-quoc-gia-dac-biet-thanh-ho",
        title="Trải nghiệm thực tế tại Di tích quốc gia đặc biệt Thành Hồ",
        cat="hoat-dong-doi-phong-trao",
        published_at="2026-10-30T08:00:00+07:00",
        summary=(
            "Ngày 29/10/2026, gần 300 học sinh khối 7 Trường THCS Lê Quý Đôn đã tham gia chuyến "
            "học tập trải nghiệm tại Di tích quốc gia đặc biệt Thành Hồ (huyện Phú Hòa)."
        ),
        sapo_outside=True,
        authors=["Phan Thị Ngọc Ánh"],
        blocks=[
            P(
                "Chuyến đi nằm trong kế hoạch giáo dục địa phương và hoạt động trải nghiệm, hướng "
                "nghiệp năm học 2026 - 2027 của nhà trường.",
                style="br",
            ),
            P(
                "Tại di tích, các em được nghe hướng dẫn viên giới thiệu về lịch sử hình thành của "
                "tòa thành cổ do người Chăm xây dựng, nay vẫn còn dấu tích tường thành bằng đất "
                "nện bao quanh.",
                style="br",
            ),
            P(
                "Học sinh chia thành các nhóm, hoàn thành phiếu học tập với những câu hỏi về vị "
                "trí, kiến trúc và giá trị của di tích, sau đó trình bày sản phẩm ngay tại khuôn "
                "viên Thành Hồ.",
                style="br",
            ),
            Img(
                "/uploads/news/2026_10/trai-nghiem-thanh-ho-1.jpg",
                "Học sinh khối 7 nghe giới thiệu về Di tích Thành Hồ",
                "Học sinh khối 7 nghe giới thiệu về Di tích Thành Hồ",
                style="br-img",
            ),
            P(
                "Em Trần Bảo Ngọc, lớp 7A3 chia sẻ: “Trước đây em chỉ biết Thành Hồ qua sách vở. "
                "Hôm nay được tận mắt nhìn thấy tường thành, em càng thêm tự hào về lịch sử quê "
                "hương Phú Yên.”",
                style="br",
            ),
            P(
                "Buổi trải nghiệm khép lại với hoạt động dọn vệ sinh, nhặt rác quanh khu di tích do "
                "các chi đội thực hiện.",
                style="br",
            ),
            Raw(
                '<p style="text-align:center"><iframe allowfullscreen="" frameborder="0" '
                'height="360" src="https://www.youtube.com/embed/Xq3tH0Rr8Lk" width="640">'
                "</iframe></p>\n"
            ),
        ],
        opts={
            "pub": "2026-10-30 08:00",
            "author": "Phan Thị Ngọc Ánh",
            "extra_cats": ["hoat-dong-chuyen-mon"],
            "wrap": "plain",
        },
    ),
    Story(
        id=104,
        slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        cat="hoat-dong-doi-phong-trao",
        published_at="2026-10-09T14:00:00+07:00",
        summary=(
            "Chiều 09/10/2026, Liên đội Trường THCS Lê Quý Đôn long trọng tổ chức Đại hội Liên đội "
            "nhiệm kỳ 2026 - 2027."
        ),
        sapo_outside=True,
        authors=["Liên đội THCS Lê Quý Đôn"],
        photographers=["Trần Thị Mai"],
        blocks=[
            P(
                "Đến dự đại hội có đại diện Hội đồng Đội thành phố Tuy Hòa, Ban giám hiệu nhà "
                "trường, giáo viên chủ nhiệm cùng 120 đại biểu là chỉ huy các chi đội."
            ),
            P(
                "Đại hội đã thông qua báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm "
                "kỳ 2025 - 2026. Trong năm học vừa qua, Liên đội được Hội đồng Đội tỉnh Phú Yên "
                "tặng Bằng khen vì có thành tích xuất sắc trong công tác Đội và phong trào thiếu nhi."
            ),
            Img("/uploads/news/2026_10/dai-hoi-lien-doi-2026-1.jpg", "Ảnh: Trần Thị Mai", None, style="credit"),
            P(
                "Các đại biểu đã thảo luận sôi nổi về chương trình hành động nhiệm kỳ mới, tập "
                "trung vào các phong trào “Nghìn việc tốt”, “Kế hoạch nhỏ”, xây dựng tủ sách Đội và "
                "câu lạc bộ kỹ năng sống."
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 gồm 11 đội viên; em Lê "
                "Ngọc Bảo Trân, lớp 9A2 được tín nhiệm bầu làm Liên đội trưởng."
            ),
            Img("/uploads/news/2026_10/dai-hoi-lien-doi-2026-2.jpg", "Ảnh: Trần Thị Mai", None, style="credit"),
        ],
        opts={
            "pub": "2026-10-09 14:00",
            "author": "Liên đội THCS Lê Quý Đôn",
            "tags": ["lien-doi"],
            "wrap": "span",
        },
    ),
    Story(
        id=120,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-01",
        summary=(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đến cha mẹ học "
            "sinh và toàn thể học sinh."
        ),
        sapo_outside=True,
        authors=["Phạm Văn Đức"],
        blocks=[
            LETTERHEAD_120,
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027; căn cứ tình hình thực tế "
                "của đơn vị, Trường THCS Lê Quý Đôn thông báo lịch kiểm tra cuối học kỳ I như sau:"
            ),
            P("1. Thời gian", style="h"),
            P(
                "- Các môn kiểm tra tập trung (Ngữ văn, Toán, Tiếng Anh): từ ngày 21/12 đến ngày "
                "23/12/2026."
            ),
            P("- Các môn còn lại: kiểm tra tại lớp theo thời khóa biểu, hoàn thành trước ngày 26/12/2026."),
            P("2. Hình thức", style="h"),
            P(
                "Đề kiểm tra kết hợp trắc nghiệm khách quan và tự luận, theo ma trận và bản đặc tả "
                "đã được tổ chuyên môn thống nhất."
            ),
            P("3. Tổ chức thực hiện", style="h"),
            P(
                "Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc "
                "nhở học sinh ôn tập, có mặt tại phòng kiểm tra trước giờ kiểm tra 15 phút, mang "
                "theo đầy đủ dụng cụ học tập."
            ),
            P(
                "Nhận được thông báo này, đề nghị cán bộ, giáo viên, nhân viên và học sinh nghiêm "
                "túc thực hiện./."
            ),
            CLOSING_120,
        ],
        opts={"pub": "2026-12-02 07:30", "wrap": "plain", "marquee": True},
    ),
    Story(
        id=117,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-13",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 13",
        cat="thong-bao",
        published_at="2026-11-24T19:45:00+07:00",
        summary=None,
        blocks=[
            P(
                "Thực hiện Công điện của Ủy ban nhân dân tỉnh Phú Yên về việc ứng phó với bão số "
                "13, Trường THCS Lê Quý Đôn thông báo:"
            ),
            P("👉 Toàn thể học sinh nghỉ học ngày 25/11/2026 (thứ Tư)."),
            P("👉 Học sinh đi học trở lại từ ngày 26/11/2026, trừ trường hợp có thông báo mới."),
            P(
                "Giáo viên chủ nhiệm liên hệ với cha mẹ học sinh qua nhóm Zalo của lớp để nắm tình "
                "hình, hướng dẫn các em ở trong nhà, tránh xa khu vực ven biển, sông suối trong "
                "thời gian bão đổ bộ.",
                style="emoji-img",
            ),
            P(
                "Cha mẹ học sinh cần hỗ trợ vui lòng liên hệ văn phòng nhà trường qua số điện thoại "
                "0257 3823 456."
            ),
        ],
        opts={"pub": "2026-11-24 19:45", "author": "BBT", "wrap": "plain", "marquee": True},
    ),
    Story(
        id=110,
        slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-02",
        summary=(
            "Nhằm đẩy mạnh phong trào rèn luyện thân thể trong học sinh và tuyển chọn vận động "
            "viên tham dự Hội khỏe Phù Đổng thành phố Tuy Hòa, nhà trường xây dựng kế hoạch tổ "
            "chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027."
        ),
        sapo_outside=True,
        authors=["Lương Văn Hải"],
        blocks=[
            P("I. Mục đích, yêu cầu", style="h"),
            P(
                "Tạo sân chơi lành mạnh, bổ ích cho học sinh; phát hiện, bồi dưỡng học sinh có "
                "năng khiếu thể dục thể thao. Việc tổ chức phải đảm bảo an toàn, tiết kiệm, đúng "
                "điều lệ."
            ),
            P("II. Nội dung thi đấu", style="h"),
            Raw("<ul>\n"),
            P("Điền kinh: chạy 60 m, chạy 800 m, nhảy xa, nhảy cao;", style="li"),
            P("Cầu lông, bóng bàn: đơn nam, đơn nữ;", style="li"),
            P("Cờ vua: cờ tiêu chuẩn nam, nữ;", style="li"),
            P("Bơi lội: 50 m tự do, 50 m ếch.", style="li"),
            Raw("</ul>\n"),
            P("III. Thời gian, địa điểm", style="h"),
            P(
                "Từ ngày 16/11 đến ngày 28/11/2026 tại sân trường và Nhà thi đấu thể thao thành phố "
                "Tuy Hòa. Các lớp đăng ký danh sách vận động viên về tổ Thể dục trước ngày "
                "10/11/2026."
            ),
        ],
        opts={
            "pub": "2026-11-02 00:00",
            "author": "Lương Văn Hải",
            "attach": ("Kế hoạch số 198/KH-THCSLQĐ", "/uploads/news/2026_11/ke-hoach-hkpd-2026-2027.pdf"),
            "wrap": "plain",
            "marquee": True,
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
TOPIC = "Đổi mới phương pháp dạy học"

ALBUMS = [
    {
        "id": 9,
        "alias": "tri-an-thay-co-20-11-2026",
        "title": "Tri ân thầy cô 20/11/2026",
        "date": "20/11/2026",
        "views": 634,
        "desc": (
            "Những hình ảnh đẹp trong Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và các hoạt động tri "
            "ân thầy cô của học sinh Trường THCS Lê Quý Đôn."
        ),
        "photos": [
            ("2026_11/album-2011-01.jpg", "Văn nghệ chào mừng của học sinh khối 6"),
            ("2026_11/album-2011-02.jpg", "Học sinh tặng hoa thầy cô"),
            ("2026_11/album-2011-03.jpg", "Thầy cô giáo hưu trí về thăm trường"),
            ("2026_11/album-2011-04.jpg", "Trao giải cuộc thi báo tường"),
        ],
    },
    {
        "id": 8,
        "alias": "dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "title": "Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        "date": "09/10/2026",
        "views": 412,
        "desc": "Một số hình ảnh tại Đại hội Liên đội nhiệm kỳ 2026 - 2027.",
        "photos": [
            ("2026_10/album-dhld-01.jpg", "Đoàn chủ tịch điều hành đại hội"),
            ("2026_10/album-dhld-02.jpg", "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt"),
            ("2026_10/album-dhld-03.jpg", "Đội nghi lễ Liên đội"),
        ],
    },
    {
        "id": 7,
        "alias": "le-khai-giang-nam-hoc-2026-2027",
        "title": "Lễ khai giảng năm học 2026 - 2027",
        "date": "05/09/2026",
        "views": 1288,
        "desc": (
            "Sáng 05/9/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ khai giảng năm học mới "
            "2026 - 2027, chào đón 412 học sinh lớp 6."
        ),
        "photos": [
            ("2026_09/album-kg-01.jpg", "Học sinh lớp 6 vào trường trong tiếng trống chào mừng"),
            ("2026_09/album-kg-02.jpg", "Thầy Hiệu trưởng đánh trống khai giảng"),
            ("2026_09/album-kg-03.jpg", "Tiết mục văn nghệ chào năm học mới"),
            ("2026_09/album-kg-04.jpg", "Khen thưởng học sinh tiêu biểu năm học 2025 - 2026"),
        ],
    },
]

DOCS = [
    {
        "id": 24,
        "alias": "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
        "code": "156/KH-THCSLQĐ",
        "title": "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "date": "15/09/2026",
        "signer": "Phạm Văn Đức",
        "kind": "Kế hoạch",
        "file": "/uploads/van-ban/2026_09/kh-giao-duc-nha-truong-2026-2027.pdf",
    },
    {
        "id": 23,
        "alias": "quy-che-chi-tieu-noi-bo-nam-2026",
        "code": "12/QĐ-THCSLQĐ",
        "title": "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026",
        "date": "10/01/2026",
        "signer": "Phạm Văn Đức",
        "kind": "Quyết định",
        "file": "/uploads/van-ban/2026_01/qd-quy-che-chi-tieu-noi-bo-2026.pdf",
    },
]


# --- URLs -------------------------------------------------------------------------------------


def art_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def legacy_target(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"


def cat_path(cat: str, page: int = 1) -> str:
    return f"/news/{cat}/" if page == 1 else f"/news/{cat}/page-{page}/"


def album_path(album: dict) -> str:
    return f"/albums/{album['alias']}-{album['id']}.html"


def doc_path(doc: dict) -> str:
    return f"/van-ban/detail/{doc['alias']}-{doc['id']}.html"


def listing(cat: str) -> list[Story]:
    items = [s for s in STORIES if s.cat == cat or cat in s.opts.get("extra_cats", [])]
    return sorted(items, key=lambda s: _dtm(s.opts["pub"]), reverse=True)


def link_in(story: Story, cat: str) -> str:
    """The link a listing of ``cat`` prints (NukeViet builds it with the listed category)."""
    return art_path(story, cat)


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _thumb(story: Story) -> str:
    imgs = [i for i in story.images if i.src.startswith("/uploads/")]
    if not imgs:
        return f"{THEME}/images/no_image.gif"
    return imgs[0].src.replace("/uploads/news/", "/assets/news/")


# --- chrome -------------------------------------------------------------------------------------


def _menu() -> str:
    sub_news = "".join(
        f'<li><a href="{cat_path(c)}" title="{esc(CATS[c][0])}">{esc(CATS[c][0])}</a></li>'
        for c in ("hoat-dong-chuyen-mon", "hoat-dong-doi-phong-trao")
    )
    return f"""<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default"><span class="sr-only">Bật/Tắt thanh điều hướng</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="menu-site-default">
<ul class="nav navbar-nav">
<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
<li role="presentation" class="dropdown"><a class="dropdown-toggle" href="/gioi-thieu/lich-su-nha-truong.html" role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu"><li><a href="/gioi-thieu/lich-su-nha-truong.html" title="Lịch sử nhà trường">Lịch sử nhà trường</a></li></ul></li>
<li role="presentation" class="dropdown"><a class="dropdown-toggle" href="{cat_path("tin-tuc-su-kien")}" role="button" aria-expanded="false" title="Tin tức - Sự kiện">Tin tức - Sự kiện <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">{sub_news}</ul></li>
<li><a href="{cat_path("thong-bao")}" title="Thông báo">Thông báo</a></li>
<li><a href="/van-ban/" title="Văn bản">Văn bản</a></li>
<li><a href="/albums/" title="Thư viện ảnh">Thư viện ảnh</a></li>
<li><a href="/lien-he/" title="Liên hệ">Liên hệ</a></li>
</ul>
</div></div></div></div></div>
</nav>"""


def _breadcrumbs(trail: list[tuple[str, str]]) -> str:
    items = [("Trang nhất", "/"), *trail]
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}</span></a>'
        f'<i class="hidden" itemprop="position" content="{n}"></i></li>'
        for n, (name, href) in enumerate(items, 1)
    )
    return f"""<div class="breadcrumbs-wrap">
<div class="display">
<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
<ul class="breadcrumbs list-none"></ul>
</div>
<ul class="subs-breadcrumbs"></ul>
<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">{lis}</ul>
</div>"""


def _left_column() -> str:
    marquee = "".join(
        f'<p><em class="fa fa-angle-double-right">&nbsp;</em><a href="{esc(legacy_target(s))}" '
        f'title="{esc(collapse(s.title))}">{_t(s, s.title)}</a> <img src="{THEME}/images/new.gif" alt="Mới" /></p>'
        for s in listing("thong-bao")
        if s.opts.get("marquee")
    )
    docs = "".join(
        f'<li><a href="{doc_path(d)}" title="{esc(d["title"])}">{esc(d["code"])}</a>'
        f'<br /><span class="text-muted small">{esc(d["title"])}</span></li>'
        for d in DOCS
    )
    albums = "".join(
        f'<div class="col-xs-12"><a href="{album_path(a)}" title="{esc(a["title"])}">'
        f'<img src="/assets/albums/{a["photos"][0][0]}" alt="{esc(a["title"])}" class="img-thumbnail" width="120" /></a></div>'
        for a in ALBUMS
    )
    return f"""<div class="panel panel-primary thcs-blk" id="blk_thongbao">
<div class="panel-heading"><em class="fa fa-bullhorn"></em> Thông báo</div>
<div class="panel-body"><marquee direction="up" scrollamount="2" height="180" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee>
<p class="text-right"><a href="{cat_path("thong-bao")}" class="small">Xem tất cả &raquo;</a></p></div>
</div>
<div class="panel panel-primary thcs-blk" id="blk_vanban">
<div class="panel-heading"><em class="fa fa-file-text-o"></em> Văn bản mới</div>
<div class="panel-body"><ul class="list-none vb-moi">{docs}</ul>
<p class="text-right"><a href="/van-ban/" class="small">Xem tất cả &raquo;</a></p></div>
</div>
<div class="panel panel-primary thcs-blk" id="blk_albums">
<div class="panel-heading"><em class="fa fa-picture-o"></em> Thư viện ảnh</div>
<div class="panel-body"><div class="row">{albums}</div>
<p class="text-right"><a href="/albums/" class="small">Xem thêm &raquo;</a></p></div>
</div>
<div class="panel panel-primary thcs-blk" id="blk_lienket">
<div class="panel-heading"><em class="fa fa-link"></em> Liên kết website</div>
<div class="panel-body"><select class="form-control" onchange="if(this.value!='')window.open(this.value,'_blank');">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>
<option value="https://phuyen.edu.vn/">Sở GD&amp;ĐT Phú Yên</option>
<option value="https://csdl.moet.gov.vn/">Cơ sở dữ liệu ngành</option>
</select></div>
</div>
<div class="panel panel-primary thcs-blk" id="blk_counter">
<div class="panel-heading"><em class="fa fa-bar-chart"></em> Thống kê truy cập</div>
<div class="panel-body"><ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>17</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay</span><span>438</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>2.716</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>1.284.903</span></li>
</ul></div>
</div>"""


def layout(
    request: Request,
    page_title: str,
    main: str,
    *,
    trail: list[tuple[str, str]] | None = None,
    canonical: str | None = None,
    description: str = "Website Trường THCS Lê Quý Đôn, thành phố Tuy Hòa, tỉnh Phú Yên",
    extra_meta: str = "",
    module: str = "news",
    func: str = "main",
) -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{esc(canonical)}" />\n' if canonical else ""
    crumbs = _breadcrumbs(trail) if trail is not None else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(page_title)}</title>
<meta name="description" content="{esc(description)}" />
<meta name="author" content="{esc(SITE)}" />
<meta name="copyright" content="{esc(SITE)} [thcslequydon.tuyhoa@phuyen.edu.vn]" />
<meta name="generator" content="NukeViet v4.6" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:site_name" content="{esc(SITE)}" />
{extra_meta}<link rel="shortcut icon" href="/uploads/favicon.ico">
{canon}<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml" />
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="{THEME}/css/style.css">
<link rel="StyleSheet" href="{THEME}/css/news.css">
<style type="text/css">.news_column .hometext{{font-weight:700;}}#header .logo h1{{font-size:26px;color:#c00;text-transform:uppercase}}</style>
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{func}",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Lq7d2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="{THEME}/js/news.js"></script>
<script src="{THEME}/js/main.js"></script>
<script src="{THEME}/js/jquery.lazyload.min.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
<div class="container">
<div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{esc(SITE)}" href="/"><img src="/uploads/logo-thcs-lqd.png" width="90" height="90" alt="{esc(SITE)}" /></a>
<h1>{esc(SITE)}</h1>
<h2>{esc(SITE_DESC)}</h2>
</div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="banner-top"><img src="{THEME}/images/banner-thcs-lqd.jpg" alt="Dạy tốt - Học tốt" width="780" height="110" /></div></div>
</div>
</div>
</header>
{_menu()}
<section>
<div class="container" id="body">
<nav class="third-nav">
<div class="row"><div class="bg">
<div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">{crumbs}</div>
<div class="col-xs-24 col-sm-6 col-md-6"><span class="current-time">{HEADER_DAY}</span></div>
</div>
</div></div>
</nav>
<div class="row">
<div class="col-sm-16 col-md-18 col-sm-push-8 col-md-push-6">
{main}
</div>
<div class="col-sm-8 col-md-6 col-sm-pull-16 col-md-pull-18">
<div class="headerSearch"><form action="/seek/" method="get"><div class="input-group"><input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></span></div></form></div>
{_left_column()}
</div>
</div>
</div>
</section>
</div>
<footer id="footer">
<div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-12">
<div class="panel-body">
<h3 class="margin-bottom-lg">TRƯỜNG TRUNG HỌC CƠ SỞ LÊ QUÝ ĐÔN</h3>
<ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness">
<li class="company_name"><span itemprop="name">{esc(SITE)}</span></li>
<li><em class="fa fa-map-marker"></em><span>Địa chỉ: <span itemprop="address">Số 92 Lê Trung Kiên, Phường 2, thành phố Tuy Hòa, tỉnh Phú Yên</span></span></li>
<li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:+842573823456">0257 3823 456</a></span></li>
<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:thcslequydon.tuyhoa@phuyen.edu.vn">thcslequydon.tuyhoa@phuyen.edu.vn</a></span></li>
</ul>
</div>
</div>
<div class="col-xs-24 col-sm-24 col-md-12">
<div class="panel-body">
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Văn Đức</p>
<p>&copy; Copyright {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="small">Powered by <a href="https://nukeviet.vn/" target="_blank">NukeViet CMS</a>. Thiết kế: Công ty TNHH Giải pháp Web Miền Trung</p>
</div>
</div>
</div></div></div>
</footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<div id="run_cronjobs" style="visibility:hidden;display:none;"><img alt="" src="/index.php?second=cronjobs&amp;p=kD8xQ2mL" width="1" height="1" /></div>
<script src="{THEME}/js/bootstrap.min.js"></script>
</div>
</body>
</html>"""


# --- article body ------------------------------------------------------------------------------


def _wrap(story: Story, inner: str) -> str:
    kind = story.opts.get("wrap", "plain")
    if kind == "span":
        return (
            '<p style="text-align:justify"><span style="font-size:16px;"><span style="font-family:'
            f'Times New Roman,Times,serif;">{inner}</span></span></p>\n'
        )
    if kind == "mso":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span style="font-size:'
            f'14.0pt;line-height:115%">{inner}</span><o:p></o:p></p>\n'
        )
    return f'<p style="text-align:justify">{inner}</p>\n'


def _img_tag(story: Story, img: Img, cls: str = "") -> str:
    alt = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    klass = f' class="{cls}"' if cls else ""
    if story.opts.get("lazy"):
        return (
            f'<img alt="{alt}" class="lazy" data-original="{img.src}" height="533" '
            f'src="{THEME}/images/pix.gif" width="800" />'
        )
    return f'<img alt="{alt}"{klass} height="533" src="{img.src}" width="800" />'


def _render_img(story: Story, img: Img) -> str:
    tag = _img_tag(story, img)
    cap = _t(story, img.printed) if img.printed else ""
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:inline-block">{tag}\n'
            f"<figcaption>{cap}</figcaption>\n</figure>\n"
        )
    if img.style == "em-next":
        return (
            f'<p style="text-align:center">{tag}</p>\n'
            f'<p style="text-align:center"><em>{cap}</em></p>\n'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" '
            f'style="width:100%"><tbody><tr><td style="text-align:center">{tag}</td></tr>\n'
            f'<tr><td style="text-align:center"><span style="color:#0000cd;"><em>{cap}</em>'
            "</span></td></tr></tbody></table>\n"
        )
    if img.style == "credit":
        return (
            f'<p style="text-align:center">{tag}</p>\n'
            f'<p style="text-align:right"><em>{cap}</em></p>\n'
        )
    if img.style == "bare":
        return f'<p style="text-align:center">{tag}</p>\n'
    raise ValueError(img.style)


def render_body(story: Story) -> str:
    out: list[str] = []
    if story.opts.get("sapo_dup") and story.summary:
        out.append(f"<p><strong>{_t(story, story.summary)}</strong></p>\n")
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style.startswith("lead"))]
    br_lines: list[str] = []

    def flush_br() -> None:
        if br_lines:
            out.append("<div>" + "<br />\n<br />\n".join(br_lines) + "</div>\n")
            br_lines.clear()

    for block in blocks:
        if isinstance(block, P) and block.style == "br":
            br_lines.append(_t(story, block.text))
            continue
        if isinstance(block, Img) and block.style == "br-img":
            br_lines.append(
                f"{_img_tag(story, block)}<br />\n<em>{_t(story, block.printed or '')}</em>"
            )
            continue
        flush_br()
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(_render_img(story, block))
        elif block.style == "h":
            out.append(f"<p><strong>{_t(story, block.text)}</strong></p>\n")
        elif block.style == "li":
            out.append(f"\t<li>{_t(story, block.text)}</li>\n")
        elif block.style in ("row", "row-head"):
            tag = "th" if block.style == "row-head" else "td"
            cells = "".join(f"<{tag}>{_t(story, c)}</{tag}>" for c in block.text.split(" | "))
            out.append(f"<tr>{cells}</tr>\n")
        elif block.style == "mso-li":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt;'
                'mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="font-size:14.0pt">'
                '<span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
                f'<span style="font-size:14.0pt">{_t(story, block.text)}</span><o:p></o:p></p>\n'
            )
        elif block.style == "quote":
            out.append(f"<blockquote>\n<p><em>{_t(story, block.text)}</em></p>\n</blockquote>\n")
        elif block.style == "emoji-img":
            out.append(
                '<p><img alt="📌" height="16" src="https://static.xx.fbcdn.net/images/emoji.php/'
                f'v9/t4c/1/16/1f4cc.png" width="16" />{_t(story, block.text)}</p>\n'
            )
        else:
            out.append(_wrap(story, _t(story, block.text)))
    flush_br()
    return "".join(out)


def _lead(story: Story) -> str:
    leads = [b for b in story.blocks if isinstance(b, Img) and b.style.startswith("lead")]
    hometext = (
        f'<div class="hometext m-bottom" itemprop="description">{_t(story, story.summary)}</div>\n'
        if story.summary
        else ""
    )
    if not leads:
        return f'<div class="clearfix">\n{hometext}</div>\n' if hometext else ""
    img = leads[0]
    cap = _t(story, img.printed or "")
    if img.style == "lead-thumb":
        fig = (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\', \'auto\');">\n'
            '<div id="imgpreview" style="width:183px;">\n'
            f'<p class="text-center"><img alt="{esc(collapse(story.title))}" src="{img.src}" '
            'class="img-thumbnail"/></p>\n'
            f"<figcaption>{cap}</figcaption>\n</div>\n</figure>\n"
        )
        return f'<div class="clearfix">\n{fig}{hometext}</div>\n'
    fig = (
        '<figure class="article center">\n'
        f'<img alt="{esc(collapse(story.title))}" src="{img.src}" width="760" class="img-thumbnail" />\n'
        f"<figcaption>{cap}</figcaption>\n</figure>\n"
    )
    return f'<div class="clearfix">\n{hometext}{fig}</div>\n'


def _author_lines(story: Story) -> str:
    lines = []
    if story.opts.get("author"):
        lines.append(
            f'<p class="h5 text-right">\n<strong>Tác giả: </strong>{esc(story.opts["author"])}\n</p>\n'
        )
    if story.opts.get("source"):
        name, url = story.opts["source"]
        shown = (
            f'<a title="{esc(name)}" rel="nofollow" href="{url}">{esc(name)}</a>' if url else esc(name)
        )
        lines.append(f'<p class="h5 text-right">\n<strong>Nguồn tin: </strong>{shown}\n</p>\n')
    return f'<div class="margin-bottom-lg">\n{"".join(lines)}</div>\n' if lines else ""


def _hometext_clean(story: Story) -> str:
    if story.summary:
        return collapse(story.summary)
    return collapse(story.paragraphs[0])[:160]


def _related_items(items: list[Story]) -> str:
    return "".join(
        f'<li class="clearfix"><em class="fa fa-angle-right">&nbsp;</em>'
        f'<a class="show" href="{art_path(s)}" data-content="{esc(_hometext_clean(s))}" '
        f'data-img="{_thumb(s)}" data-rel="tooltip" data-placement="bottom" '
        f'title="{esc(collapse(s.title))}">{_t(s, s.title)}</a> '
        f"<em>({_dtm(s.opts['pub']):%d/%m/%Y})</em></li>\n"
        for s in items
    )


def _others(story: Story) -> str:
    same = listing(story.cat)
    idx = same.index(story)
    newer = same[max(0, idx - 3) : idx]
    older = same[idx + 1 : idx + 4]
    parts = []
    if story.opts.get("topic"):
        topic = [s for s in STORIES if s.opts.get("topic") and s is not story]
        parts.append(
            '<p class="h3"><strong>Tin liên quan</strong></p>\n<div class="clearfix">'
            f'<ul class="related list-items">{_related_items(topic)}</ul></div>\n'
        )
    if newer:
        parts.append(
            '<p class="h3"><strong>Tin mới hơn</strong></p>\n<div class="clearfix">'
            f'<ul class="related list-items">{_related_items(newer)}</ul></div>\n'
        )
    if older:
        parts.append(
            '<p class="h3"><strong>Tin cũ hơn</strong></p>\n<div class="clearfix">'
            f'<ul class="related list-items">{_related_items(older)}</ul></div>\n'
        )
    if not parts:
        return ""
    return (
        '<div class="news_column panel panel-default">\n<div class="panel-body other-news">\n'
        + "".join(parts)
        + "</div>\n</div>\n"
    )


def _views(story: Story) -> str:
    return f"{story.views():,}".replace(",", ".")


def article_main(request: Request, story: Story, url_cat: str) -> str:
    base = base_url(request)
    pub = nv_date(story.opts["pub"])
    edit = (
        f' <span class="small text-muted">| Cập nhật: {nv_date(story.opts["edit"])}</span>'
        if story.opts.get("edit")
        else ""
    )
    attach = ""
    if story.opts.get("attach"):
        label, pdf = story.opts["attach"]
        attach = f"""<div class="news_column panel panel-default">
<div class="panel-body">
<h3 class="newh3"><em class="fa fa-download"></em> <strong>Tập tin đính kèm</strong></h3>
<div class="list-group newdetail-files">
<div class="list-group-item">
<span class="badge"><a role="button" data-toggle="collapse" href="#file-{story.id}-0" aria-expanded="false" aria-controls="file-{story.id}-0"><i class="fa fa-eye" data-rel="tooltip" data-content="Xem trước"></i></a></span>
<a href="{art_path(story)}?download=1&amp;id=0" title="Tải về: {esc(label)}" download>Tải về: <strong>{esc(label)}</strong></a>
<div class="clearfix"></div>
<div class="collapse" id="file-{story.id}-0"><div class="well margin-top"><iframe frameborder="0" height="600" scrolling="yes" src="/assets/js/pdf.js/web/viewer.html?file={quote(pdf)}" width="100%"></iframe></div></div>
</div>
</div>
</div>
</div>
"""
    tags = ""
    if story.opts.get("tags"):
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}/"><em>{esc(TAGS[t])}</em></a>'
            for t in story.opts["tags"]
        )
        tags = f"""<div class="news_column panel panel-default">
<div class="panel-body">
<div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div>
</div>
</div>
"""
    votes = 3 + story.id % 5
    points = votes * 4 + story.id % 3
    return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{_t(story, story.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12">
<span class="h5">{pub}</span>{edit}
</div>
<div class="col-md-12">
<ul class="list-inline text-right">
<li><em class="fa fa-eye">&nbsp;</em> {_views(story)}</li>
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="newsSendMailModal('#newsSendMailModal', '/news/sendmail/{story.cat}/{story.slug}-{story.id}.html', 'a81fd0c39e');"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);" onclick="nv_open_browse('{print_path(story)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
</ul>
</div>
</div>
{_lead(story)}<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(story)}</div>
{_author_lines(story)}</div>
</div>
{attach}{tags}<div class="news_column panel panel-default">
<div class="panel-body">
<form id="form3B" action="">
<div class="h5 clearfix">
<p id="stringrating">Tổng số điểm của bài viết là: {points} trong {votes} đánh giá</p>
<div style="padding: 5px;">
<input class="hover-star required" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star required" type="radio" value="2" title="Bài viết kém" /><input class="hover-star required" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star required" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star required" type="radio" value="5" title="Bài viết rất tốt" />
<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span>
</div>
</div>
</form>
</div>
</div>
<div class="news_column panel panel-default">
<div class="panel-body">
<p class="h3"><strong>Bình luận</strong></p>
<div id="fb-root"></div>
<script>(function(d, s, id) {{var js, fjs = d.getElementsByTagName(s)[0];if (d.getElementById(id)) return;js = d.createElement(s); js.id = id;js.src = "//connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v3.2&appId=2139874016";fjs.parentNode.insertBefore(js, fjs);}}(document, 'script', 'facebook-jssdk'));</script>
<div class="fb-comments" data-href="{base}{art_path(story)}" data-numposts="5" data-colorscheme="light" data-width="100%"></div>
</div>
</div>
{_others(story)}"""


def article_page(request: Request, story: Story, url_cat: str) -> Response:
    base = base_url(request)
    cat_name = CATS[url_cat][0]
    parent = CATS[url_cat][1]
    trail = ([(CATS[parent][0], cat_path(parent))] if parent else []) + [(cat_name, cat_path(url_cat))]
    desc = _hometext_clean(story)
    if not story.summary:
        desc = desc[:157].rsplit(" ", 1)[0] + "..."
    images = story.images
    og_image = f'<meta property="og:image" content="{base}{images[0].src}" />\n' if images else ""
    edit = story.opts.get("edit") or story.opts["pub"]
    meta = (
        f'<meta property="og:title" content="{esc(collapse(story.title))}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f"{og_image}"
        f'<meta property="og:url" content="{base}{art_path(story)}" />\n'
        f'<meta property="article:published_time" content="{og_time(story.opts["pub"])}" />\n'
        f'<meta property="article:modified_time" content="{og_time(edit)}" />\n'
        f'<meta property="article:section" content="{esc(cat_name)}" />\n'
    )
    page = layout(
        request,
        f"{collapse(story.title)} - {cat_name} - {SITE}",
        article_main(request, story, url_cat),
        trail=trail,
        canonical=art_path(story),
        description=desc,
        extra_meta=meta,
        func="detail",
    )
    return html(page)


def print_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    imgs = ""
    leads = [b for b in story.blocks if isinstance(b, Img) and b.style.startswith("lead")]
    if leads:
        imgs = (
            f'<div class="imghome"><img alt="" src="{leads[0].src}" width="460" />'
            f'<p class="imgalt"><em>{_t(story, leads[0].printed or "")}</em></p></div>\n'
        )
    hometext = f'<div id="hometext">{_t(story, story.summary)}</div>\n' if story.summary else ""
    author = ""
    if story.opts.get("author"):
        author += f'<p>Tác giả bài viết: <strong>{esc(story.opts["author"])}</strong></p>'
    if story.opts.get("source"):
        author += f'<p>Nguồn tin: <strong>{esc(story.opts["source"][0])}</strong></p>'
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(collapse(story.title))}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{base}{art_path(story)}" />
<link rel="StyleSheet" href="{THEME}/css/news.print.css" type="text/css" />
</head>
<body>
<div id="print">
<div id="hd_print"><h2 class="pull-left">{esc(SITE)}</h2><p class="pull-right"><a title="{esc(SITE)}" href="{base}/">{base}</a></p></div>
<div class="clear"></div>
<hr />
<div id="content">
<h1>{_t(story, story.title)}</h1>
<ul class="list-inline">
<li>{nv_date(story.opts["pub"])}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li>
</ul>
<div class="clear"></div>
{hometext}{imgs}<div class="bodytext">
{render_body(story).replace(f'src="{THEME}/images/pix.gif" ', "").replace("data-original=", "src=")}</div>
<div id="author">{author}</div>
<div class="clear"></div>
</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bản tin này: </strong><a href="{base}{art_path(story)}" title="{esc(collapse(story.title))}">{base}{art_path(story)}</a></div>
<div class="clear"></div>
<div class="copyright">&copy; {esc(SITE)}</div>
<div id="contact"><a href="mailto:thcslequydon.tuyhoa@phuyen.edu.vn">thcslequydon.tuyhoa@phuyen.edu.vn</a></div>
</div>
</div>
<script>window.print();</script>
</body>
</html>"""
    return html(body)


# --- listings ----------------------------------------------------------------------------------


def _main_item(story: Story, cat: str) -> str:
    href = link_in(story, cat)
    hometext = _t(story, story.summary) if story.summary else esc(_hometext_clean(story)) + "..."
    return (
        f'<a href="{href}" title="{esc(collapse(story.title))}"><img alt="{esc(collapse(story.title))}" '
        f'src="{_thumb(story)}" width="183" class="img-thumbnail pull-left imghome" /></a>\n'
        f'<h3><a href="{href}" title="{esc(collapse(story.title))}">{_t(story, story.title)}</a></h3>\n'
        f'<p><em class="fa fa-clock-o"></em> <small>{nv_date(story.opts["pub"])}</small></p>\n'
        f"<p>{hometext}</p>\n"
        f'<p class="text-right"><a href="{href}"><em class="fa fa-sign-out"></em>Xem tiếp</a></p>\n'
    )


def _right_items(stories: list[Story], cat: str) -> str:
    return "".join(
        f'<li class="icon_list"><a class="show" href="{link_in(s, cat)}" data-content="{esc(_hometext_clean(s))}" '
        f'data-img="{_thumb(s)}" data-rel="tooltip" data-placement="bottom" title="{esc(collapse(s.title))}">'
        f"{_t(s, s.title)}</a> <span class=\"small text-muted\">{_dtm(s.opts['pub']):%d/%m/%Y}</span></li>\n"
        for s in stories
    )


def _main_right_block(cat: str, stories: list[Story], heading: bool = True) -> str:
    if not stories:
        return ""
    head = ""
    if heading:
        head = (
            '<div class="panel-heading">\n<ul class="list-inline sub-list-icon" style="margin: 0">\n'
            f'<li><h4><a title="{esc(CATS[cat][0])}" href="{cat_path(cat)}"><span>{esc(CATS[cat][0])}</span></a></h4></li>\n'
            "</ul>\n</div>\n"
        )
    return (
        '<div class="news_column">\n<div class="panel panel-default clearfix">\n'
        f"{head}"
        '<div class="panel-body">\n<div class="row">\n'
        f'<div class="col-md-16">\n{_main_item(stories[0], cat)}</div>\n'
        f'<div class="col-md-8">\n<ul class="related">\n{_right_items(stories[1:], cat)}</ul>\n</div>\n'
        "</div>\n</div>\n</div>\n</div>\n"
    )


def _pager(cat: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = ['<span class="gen_page_title">Trang</span>']
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<strong class="active">{n}</strong>')
        else:
            parts.append(f'<a href="{cat_path(cat, n)}" title="Trang {n}">{n}</a>')
    if page < pages:
        parts.append(f'<a href="{cat_path(cat, page + 1)}" title="Trang sau">Sau</a>')
    return f'<div class="text-center"><div class="generate_page">{" ".join(parts)}</div></div>\n'


def category_page(request: Request, cat: str, page: int) -> Response:
    name, parent = CATS[cat]
    trail = ([(CATS[parent][0], cat_path(parent))] if parent else []) + [(name, cat_path(cat))]
    title = f"{name} - {SITE}" if page == 1 else f"{name} - Trang {page} - {SITE}"
    if cat == "tin-tuc-su-kien":
        subs = [c for c, (_, p) in CATS.items() if p == cat]
        main = "".join(_main_right_block(c, listing(c)[:3]) for c in subs)
        return html(layout(request, title, main, trail=trail, canonical=cat_path(cat), func="viewcat"))
    items = listing(cat)
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        f'<h1 class="hidden">{esc(name)}</h1>\n'
        + _main_right_block(cat, chunk, heading=True)
        + _pager(cat, page, pages)
    )
    return html(layout(request, title, main, trail=trail, canonical=cat_path(cat, page), func="viewcat"))


def home_page(request: Request) -> Response:
    main = "".join(_main_right_block(c, listing(c)[:3]) for c in LEAVES)
    return html(layout(request, f"{SITE} - {SITE_DESC}", main, canonical="/", func="main"))


def tag_page(request: Request, tag: str) -> Response:
    items = [s for s in sorted(STORIES, key=lambda s: _dtm(s.opts["pub"]), reverse=True) if tag in s.opts.get("tags", [])]
    rows = "".join(
        f'<div class="news_column panel panel-default"><div class="panel-body">'
        f'<h3><a href="{art_path(s)}" title="{esc(collapse(s.title))}">{_t(s, s.title)}</a></h3>'
        f'<p class="text-muted"><em class="fa fa-clock-o"></em> {_dtm(s.opts["pub"]):%d/%m/%Y}</p>'
        f"<p>{esc(_hometext_clean(s))}</p></div></div>\n"
        for s in items
    )
    main = f'<h1 class="h3">Tags: {esc(TAGS[tag])}</h1>\n{rows}'
    return html(
        layout(
            request,
            f"{TAGS[tag]} - {SITE}",
            main,
            trail=[("Tags", f"/news/tag/{tag}/")],
            func="tag",
        )
    )


def rss(request: Request) -> Response:
    base = base_url(request)
    newest = sorted(STORIES, key=lambda s: _dtm(s.opts["pub"]), reverse=True)[:8]
    items = "".join(
        f"<item><title>{esc(collapse(s.title))}</title><link>{base}{art_path(s)}</link>"
        f"<guid isPermaLink=\"false\">news_{s.id}</guid>"
        f"<description>{esc(_hometext_clean(s))}</description>"
        f"<pubDate>{_dtm(s.opts['pub']):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
        for s in newest
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Tin Tức - {esc(SITE)}</title><link>{base}/news/</link>"
        f"<description>Tin tức {esc(SITE)}</description><language>vi</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- other modules ---------------------------------------------------------------------------


def album_page(request: Request, album: dict) -> Response:
    photos = "".join(
        f'<div class="col-xs-12 col-sm-8 col-md-8 album-item">'
        f'<a href="/uploads/albums/{f}" data-fancybox="gallery" data-caption="{esc(c)}" title="{esc(c)}">'
        f'<img src="/assets/albums/{f}" alt="{esc(c)}" class="img-responsive img-thumbnail" /></a>'
        f'<p class="album-caption">{esc(c)}</p></div>\n'
        for f, c in album["photos"]
    )
    main = f"""<div class="albums-detail panel panel-default">
<div class="panel-body">
<h1 class="album-title">{esc(album["title"])}</h1>
<div class="album-info text-muted"><span><em class="fa fa-calendar"></em> Ngày tạo: {album["date"]}</span> &nbsp; <span><em class="fa fa-picture-o"></em> {len(album["photos"])} ảnh</span> &nbsp; <span><em class="fa fa-eye"></em> Lượt xem: {album["views"]}</span></div>
<div class="album-desc"><p>{esc(album["desc"])}</p></div>
<div class="row album-photos">
{photos}</div>
</div>
</div>
<div class="panel panel-default"><div class="panel-body"><p class="h3"><strong>Album khác</strong></p><ul>{"".join(f'<li><a href="{album_path(a)}">{esc(a["title"])}</a></li>' for a in ALBUMS if a is not album)}</ul></div></div>
"""
    page = layout(
        request,
        f"{album['title']} - Thư viện ảnh - {SITE}",
        main,
        trail=[("Thư viện ảnh", "/albums/"), (album["title"], album_path(album))],
        canonical=album_path(album),
        description=album["desc"],
        module="albums",
        func="detail",
    )
    return html(page)


def albums_index(request: Request) -> Response:
    cards = "".join(
        f'<div class="col-xs-24 col-sm-12 col-md-8"><div class="thumbnail">'
        f'<a href="{album_path(a)}" title="{esc(a["title"])}"><img src="/assets/albums/{a["photos"][0][0]}" alt="{esc(a["title"])}" /></a>'
        f'<div class="caption"><h3><a href="{album_path(a)}">{esc(a["title"])}</a></h3>'
        f'<p class="small">{a["date"]} - {len(a["photos"])} ảnh</p></div></div></div>\n'
        for a in ALBUMS
    )
    main = f'<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Thư viện ảnh</h1><div class="row">{cards}</div></div></div>'
    return html(
        layout(request, f"Thư viện ảnh - {SITE}", main, trail=[("Thư viện ảnh", "/albums/")], module="albums")
    )


def doc_page(request: Request, doc: dict) -> Response:
    main = f"""<div class="panel panel-default laws-detail">
<div class="panel-body">
<h1 class="h3">{esc(doc["title"])}</h1>
<table class="table table-bordered table-striped">
<tbody>
<tr><th style="width:30%">Số/Ký hiệu</th><td>{esc(doc["code"])}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(doc["kind"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{doc["date"]}</td></tr>
<tr><th>Trích yếu</th><td>{esc(doc["title"])}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Trường THCS Lê Quý Đôn</td></tr>
<tr><th>Người ký</th><td>{esc(doc["signer"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{doc["file"]}"><em class="fa fa-file-pdf-o"></em> {doc["file"].rsplit("/", 1)[-1]}</a></td></tr>
</tbody>
</table>
</div>
</div>"""
    return html(
        layout(
            request,
            f"{doc['title']} - Văn bản - {SITE}",
            main,
            trail=[("Văn bản", "/van-ban/"), (doc["code"], doc_path(doc))],
            canonical=doc_path(doc),
            module="van-ban",
            func="detail",
        )
    )


def docs_index(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(d["code"])}</td><td>{d["date"]}</td><td><a href="{doc_path(d)}">{esc(d["title"])}</a></td></tr>'
        for d in DOCS
    )
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Văn bản</h1>'
        '<table class="table table-bordered"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div></div>"
    )
    return html(layout(request, f"Văn bản - {SITE}", main, trail=[("Văn bản", "/van-ban/")], module="van-ban"))


def intro_page(request: Request) -> Response:
    main = """<div class="page panel panel-default">
<div class="panel-body">
<h1 class="title margin-bottom-lg">Lịch sử nhà trường</h1>
<div class="hometext m-bottom">Trường THCS Lê Quý Đôn được thành lập năm 1976, là một trong những trường trung học cơ sở có bề dày truyền thống của thành phố Tuy Hòa.</div>
<div class="clearfix"></div>
<div id="page-bodyhtml" class="bodytext margin-bottom-lg">
<p style="text-align:justify">Trải qua gần 50 năm xây dựng và phát triển, từ một ngôi trường với 8 phòng học cấp bốn, đến nay nhà trường có 32 lớp học, hơn 1.400 học sinh và 78 cán bộ, giáo viên, nhân viên.</p>
<p style="text-align:justify">Nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2022 và nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.</p>
<p style="text-align:center"><img alt="truong-thcs-le-quy-don" src="/uploads/page/truong-thcs-le-quy-don.jpg" width="760" /></p>
</div>
<p class="text-right small text-muted">Cập nhật lần cuối: 12/09/2026</p>
</div>
</div>"""
    return html(
        layout(
            request,
            f"Lịch sử nhà trường - {SITE}",
            main,
            trail=[("Giới thiệu", "/gioi-thieu/lich-su-nha-truong.html"), ("Lịch sử nhà trường", "/gioi-thieu/lich-su-nha-truong.html")],
            canonical="/gioi-thieu/lich-su-nha-truong.html",
            module="gioi-thieu",
            func="main",
        )
    )


def contact_page(request: Request) -> Response:
    main = """<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">Liên hệ</h1>
<div class="contact-info"><p><strong>Văn phòng Trường THCS Lê Quý Đôn</strong></p>
<p>Địa chỉ: Số 92 Lê Trung Kiên, Phường 2, thành phố Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257 3823 456 - Email: thcslequydon.tuyhoa@phuyen.edu.vn</p></div>
<form method="post" action="/lien-he/" class="form-horizontal">
<div class="form-group"><label>Họ và tên</label><input type="text" name="fname" class="form-control" /></div>
<div class="form-group"><label>Email</label><input type="email" name="femail" class="form-control" /></div>
<div class="form-group"><label>Tiêu đề</label><input type="text" name="ftitle" class="form-control" /></div>
<div class="form-group"><label>Nội dung</label><textarea name="fcon" class="form-control" rows="6"></textarea></div>
<input type="hidden" name="checkss" value="5e0a27b6cbd1" />
<button type="submit" class="btn btn-primary">Gửi thư</button>
</form>
</div></div>"""
    return html(
        layout(request, f"Liên hệ - {SITE}", main, trail=[("Liên hệ", "/lien-he/")], module="contact", func="main")
    )


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Tìm kiếm</h1>'
        f'<form action="/seek/" method="get"><input type="text" name="q" value="{esc(q)}" class="form-control" /></form>'
        f"<p>{'Không tìm thấy kết quả nào phù hợp với từ khóa ' + esc(q) if q else 'Vui lòng nhập từ khóa tìm kiếm.'}</p>"
        "</div></div>"
    )
    return html(layout(request, f"Tìm kiếm - {SITE}", main, trail=[("Tìm kiếm", "/seek/")], module="seek"))


ROBOTS = (
    "User-agent: *\nDisallow: /admin/\nDisallow: /data/\nDisallow: /includes/\nDisallow: /install/\n"
    "Disallow: /modules/\nDisallow: /vendor/\nDisallow: /config.php\n"
)

_ART = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PRINT = re.compile(r"^/news/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/news/([a-z0-9-]+)/(?:page-(\d+)/)?$")
_ALBUM = re.compile(r"^/albums/([a-z0-9-]+)-(\d+)\.html$")
_DOC = re.compile(r"^/van-ban/detail/([a-z0-9-]+)-(\d+)\.html$")
_OP = re.compile(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$")


def _pdf(name: str) -> Response:
    return Response(
        200,
        PDF,
        {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'},
    )


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.lower().endswith(".pdf"):
            return _pdf(path.rsplit("/", 1)[-1]) if path.startswith("/uploads/") else None
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php"):
            if path == "/index.php" and params.get("nv") == "news" and "op" in params:
                m = _OP.match(params["op"])
                story = BY_ID.get(int(m.group(3))) if m else None
                if story and m.group(1) == story.cat and m.group(2) == story.slug:
                    return article_page(request, story, story.cat)
                return None
            if path == "/index.php" and request.query:
                return None
            return home_page(request)
        if path == "/news/":
            return home_page(request)
        if path == "/news/rss/":
            return rss(request)
        if m := re.match(r"^/news/tag/([a-z0-9-]+)/$", path):
            return tag_page(request, m.group(1)) if m.group(1) in TAGS else None
        if m := _PRINT.match(path):
            story = BY_ID.get(int(m.group(3)))
            if story and m.group(1) == story.cat and m.group(2) == story.slug:
                return print_page(request, story)
            return None
        if m := _ART.match(path):
            story = BY_ID.get(int(m.group(3)))
            if story is None or m.group(1) not in CATS:
                return None
            cats = [story.cat, *story.opts.get("extra_cats", [])]
            if m.group(2) != story.slug or m.group(1) not in cats:
                return redirect(art_path(story), 301)
            if params.get("download") == "1":
                if story.opts.get("attach") and params.get("id") == "0":
                    return _pdf(story.opts["attach"][1].rsplit("/", 1)[-1])
                return None
            return article_page(request, story, m.group(1))
        if m := _CAT.match(path):
            cat, page = m.group(1), int(m.group(2) or 1)
            if cat not in CATS:
                return None
            if m.group(2) is not None and page <= 1:
                return redirect(cat_path(cat), 301)
            pages = max(1, (len(listing(cat)) + PER_PAGE - 1) // PER_PAGE)
            if cat != "tin-tuc-su-kien" and page > pages:
                return redirect(cat_path(cat), 301)
            if cat == "tin-tuc-su-kien" and page > 1:
                return redirect(cat_path(cat), 301)
            return category_page(request, cat, page)
        if re.match(r"^/news/[a-z0-9-]+$", path) and path[6:] in CATS:
            return redirect(path + "/", 301)
        if path == "/albums/":
            return albums_index(request)
        if m := _ALBUM.match(path):
            album = next((a for a in ALBUMS if a["id"] == int(m.group(2))), None)
            if album and album["alias"] == m.group(1):
                return album_page(request, album)
            return None
        if path == "/van-ban/":
            return docs_index(request)
        if m := _DOC.match(path):
            doc = next((d for d in DOCS if d["id"] == int(m.group(2))), None)
            if doc and doc["alias"] == m.group(1):
                return doc_page(request, doc)
            return None
        if path == "/gioi-thieu/lich-su-nha-truong.html":
            return intro_page(request)
        if path == "/lien-he/":
            return contact_page(request)
        if path == "/seek/":
            return search_page(request)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [art_path(story, c) for c in story.opts.get("extra_cats", [])]
    if story.opts.get("marquee"):
        alts.append(legacy_target(story))
    alts.append(print_path(story))
    return gold_record(story, art_path(story), CATS[story.cat][0], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-nha-truong.html",
    "/lien-he/",
    *(album_path(a) for a in ALBUMS),
    *(doc_path(d) for d in DOCS),
]
