"""Phòng Giáo dục và Đào tạo huyện Krông Pắc (Đắk Lắk): Joomla 3.9 + JComments, a local vendor's template.

Platform
--------
Joomla! 3.9 with SEF URLs but no URL rewriting (every route goes through ``/index.php/…``), a
Bootstrap 2 template sold by a provincial web shop ("tn_giaoduc_v2": ``#tn-wrapper``,
``.khung-trai / .khung-giua / .khung-phai``, ``.mod-tieude``, ``.bq-menu``), the core modules
(mod_menu left and top, mod_breadcrumbs, mod_articles_category, mod_articles_popular, mod_search,
banners), Vinaora Visitors Counter, BT Content Slider ("Tin nổi bật"), the Attachments extension,
Joomla's pagebreak plugin and JComments 3 (comment list, comment form, per-article comment RSS).
``<base href>`` with the current URL in every head, as Joomla 3 prints it; no canonical link.

URL scheme
----------
- start ``/`` (also ``/index.php``): home, made of modules only (slider, "Tin mới", "Thông báo",
  "Văn bản mới", each with dates and "Xem tiếp...").
- listings ``/index.php/<menu-alias>``: blog layout for ``tin-tuc-su-kien`` (1 leading + 1 intro
  per page, "Tin đã đưa" links to the next two, pagination "Đầu / Trước / 1 2 3 4 / Tiếp / Cuối",
  "Trang 1 / 4", pages ``?start=2|4|6`` and page 1 also as ``?limitstart=0``) and
  ``hoat-dong-chuyen-mon`` (1 leading + 2 intro in two columns, one page); list (table) layout
  for ``thong-bao`` and ``van-ban-moi`` with the "Bộ lọc tiêu đề" / "Hiển thị #" POST form.
- articles ``/index.php/<menu-alias>/<id>-<alias>``; print ``?tmpl=component&print=1&layout=default``;
  the pagebreak article's ``?showall=&limitstart=``, ``?showall=&limitstart=1``, ``?showall=1``.
- comment feeds ``/index.php?option=com_jcomments&task=rss&object_id=<id>&object_group=com_content&format=raw``
  (only for articles that have comments).
- duplicates: ``/index.php?option=com_content&view=article&id=<id>:<alias>&catid=<c>&Itemid=101``
  (slider) and ``/index.php/component/content/article/<catid>-<cat>/<id>-<alias>?Itemid=101``
  (a link pasted into a text).
- login ``/index.php/component/users/?view=login&Itemid=112&return=<base64>``; search
  ``/index.php/component/search/?searchword=…`` (after the header form's POST); intro
  ``/index.php/gioi-thieu``; contact ``/index.php/lien-he``; images, PDFs under ``/images/…``.

Page templates
--------------
Article view: breadcrumb "Bạn đang ở: Trang chủ › <menu> › <title>", on blog menus the menu's page
heading ``<h1>``, then ``<h2 itemprop="headline">``, the gear drop-down with "In" (print),
``dl.article-info`` ("Chi tiết", "Viết bởi …", "Danh mục: …", "Ngày đăng: Thứ sáu, 04 Tháng 12
2026 15:20", sometimes "Ngày tạo" / "Cập nhật lần cuối", "Lượt xem"), the vendor's share bar,
the full-text image field, ``div[itemprop=articleBody]``, "Trước / Tiếp" (Hoạt động chuyên môn
only), the JComments block (``#jc``) — all inside ``div.item-page`` — then the vendor's
"Các tin khác" box (the four newest of the category).

How each gold article is reached (13: Tin tức - Sự kiện 7, Hoạt động chuyên môn 3, Thông báo 3)
- 148, 146: home "Tin mới", blog page 1; 148 also from the slider (non-SEF) and "Đọc nhiều nhất".
- 143, 141: blog page 2 (``?start=2``), "Tin đã đưa" of page 1, "Các tin khác"; 143 slider, home.
- 137: blog page 3 (``?start=4``), "Tin đã đưa" of page 2, "Các tin khác" of the top articles.
- 134: only blog page 3 and "Tin đã đưa" of page 2.   - 129: only blog page 4 and "Tin đã đưa" of page 3.
- 147, 142, 136: the Hoạt động chuyên môn blog, "Trước / Tiếp"; 147, 142 also home "Tin mới".
- 145, 144, 139: the Thông báo table, home "Thông báo", most-read (145, 144).

Traps
-----
1. Readers' comments inside the article's container (new kind). JComments prints, inside
   ``div.item-page`` right after the text: "Bình luận", each comment's number "#1", name
   ("Nguyễn Thị Lan", "Phụ huynh lớp 7A3", "H'Yâo Mlô"), date "04.12.2026 20:15" and text, then
   the form "Gửi bình luận" (name, e-mail, captcha image) and "JComments"; listings print
   "Bình luận (2)" / "Thêm bình luận mới" (``#comments`` / ``#addcomments`` links). Gold: no
   comment text in the body, commenters are never authors, comment dates never published_at.
2. A feed that is not a news feed (new kind). Each commented article links its comment RSS
   (``format=raw``, RSS 2.0, ``<generator>JComments</generator>``): the channel title is the
   article's title, but the items are comments titled "Name: first words...", linking to
   ``<article>#comment-N`` with the comment's pubDate in UTC. Gold: feeds yield no record; an
   item's title/date/description are nothing of the article's.
3. Which heading is the headline (new kind). The header's ``<h1>`` is the office's name and the
   menu's page heading ``<h1> Tin tức - Sự kiện </h1>`` sits directly above the article's
   ``<h2 itemprop="headline">``; ``<title>`` adds " - PGD&ĐT Krông Pắc" (and, on page 2 of 142,
   the page's own subtitle). Gold title: the ``<h2>``, as printed.
4. Captions that exist only for the script (new kind). Joomla's full-text image field is printed
   *before and outside* ``articleBody`` as ``<img class="caption" title="…">`` and some in-text
   photos carry ``class="caption" title="…"``: caption.js draws the title under the photo when
   the page loads, the static HTML has no caption text. Gold: the full-text image is the
   article's first image; caption = the title attribute. Other photos print their line as a
   centred ``<em>`` paragraph or in a layout table's second row; "(Ảnh: X)" / "Ảnh: X" lines are
   credits (caption None, X a photographer). A photo layout table is not a data table.
5. An article split over pages (new kind). 142 uses the pagebreak plugin: its URL shows page 1
   only, with "Mục lục bài viết" (TOC), "Trang 1 / 2" and "<< Trước / Tiếp >>" — the same words
   as the listings' pagination and the articles' navigation; ``?showall=&limitstart=1`` is page
   2, ``?showall=1`` "Tất cả các trang". Gold: ONE record at the article's path whose body is
   both pages' paragraphs in order (the page title "Các giải pháp được thống nhất" is TOC, not
   text); the three variants and the print view are alt_paths.
6. A restricted item (new kind). The Thông báo table lists "Kế hoạch kiểm tra nội bộ … (dành cho
   CBQL)" (access Registered) as "<title> : Đăng ký để đọc thêm..." linking to the login page with
   a base64 ``return``; its own URL answers 404 to a guest. Gold: no record; the login page is
   a NON_ARTICLE.
7. Register entries in the article template. "Văn bản mới" entries are Joomla articles with the
   same URL shape, ``h2``, "Viết bởi", "Ngày đăng" and "Lượt xem" as news, but their text is a
   register card (Số/Ký hiệu, Ngày ban hành, Người ký, Trích yếu, Tệp đính kèm); "Giới thiệu" is
   an article view without a date. Gold: NON_ARTICLES. 137's text also embeds a
   ``{loadposition}`` module "Văn bản liên quan" linking to entry 201.
8. Bylines: "Viết bởi Quản trị" (the CMS account, repeated in ``<meta name="author">``) on
   most articles -> nobody; on 143 the created_by_alias "Nguyễn Đình Khoa - Tổ Văn phòng" ->
   ["Nguyễn Đình Khoa"]. Closing lines: "Tin, ảnh: Lê Thị Hồng Nhung" (author and photographer),
   "Phạm Quốc Bảo - Trường THCS Phan Chu Trinh" (name only), units "Tổ Tiểu học", "Tổ Mầm non",
   "Tổ THCS", "Bộ phận Văn phòng" (as printed), "BBT" (nobody), "Hoàng Gia" then "Nguồn: Báo Đắk
   Lắk điện tử" (source). "ThS. Đỗ Thị Thu Hà" in 137's text is a trainer, not the author.
9. Dates: "Ngày đăng" (publish_up) is the date; 148 also prints an earlier "Ngày tạo"
   (dateCreated, 03/12 21:05), 143 and 129 a later "Cập nhật lần cuối"; 134 is printed at
   "00:00" -> the day alone; 145 is an official notice: letterhead "Krông Pắc, ngày 30 tháng 11
   năm 2026" -> "2026-11-30" although "Ngày đăng" says 01/12. The header's "Thứ Bảy, 05/12/2026",
   listing dates "(04/12/2026)", comment dates and feed dates are never it.
10. One article, several URLs: the slider links 148, 147, 143 by Joomla's raw non-SEF URL; 147's
    "Xem thêm:" line links 136 under ``/index.php/component/content/article/…?Itemid=101``;
    every article has its print view (``rel="nofollow"``, robots noindex, no comments); listing
    page 1 is also ``?limitstart=0``. No canonical link anywhere. Gold: alt_paths.
11. Things inside ``articleBody`` that are not text: the loadposition module box (a title and a
    date), a YouTube iframe (137), the Attachments table "Tệp đính kèm: Tải về tập tin này (…pdf)
    245 Kb" (129), "Danh sách chi tiết xem tại tệp đính kèm: …pdf" (136), "Tải về: TB 248 …pdf"
    (145), "Xem thêm: <link>" (147), the pagebreak TOC/counter/pager (142); between the info
    block and the text the vendor's share bar (Facebook, Zalo, "Cỡ chữ: A- A A+").
12. Editors' markup: 146 pasted from Word (``p.MsoNormal``, each paragraph cut across two
    ``<span lang>`` with ``<o:p>``), 134 typed in decomposed Unicode (NFD), 144 saved with
    TinyMCE's entities (``&agrave;``, ``&#7897;``); 139 has typed "👉 " bullets (kept). Gold is NFC.
13. Listing depth: 134 and 129 are linked only from Tin tức pages 3–4 (``?start=4``, ``?start=6``)
    and the "Tin đã đưa" box of the page before; the home modules, "Đọc nhiều nhất" and
    "Các tin khác" never list them; "Trước / Tiếp" exists only in Hoạt động chuyên môn.

Gold decisions on ambiguous points
----------------------------------
- 142: body = pages 1 and 2 joined; images = the one photo of page 1.
- summary: only 148 and 147 print a bold lead paragraph (the sapo); elsewhere null, the
  listings' intro paragraph is not a sapo.
- 145 (official notice): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
  signature block are not body; the bold "1. Đối tượng dự thi" headings and the typed "- "
  items are; author = the signer "Trần Đức Thịnh" (post "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG"
  dropped).
- 136: the results table's rows (header row included) are paragraphs, cells joined by " | ".
- 137: the ``<h3>`` "Học đi đôi với thực hành" is a paragraph.
- 129, 142: list items are paragraphs.
- category: the menu/breadcrumb name ("Tin tức - Sự kiện", "Hoạt động chuyên môn", "Thông báo");
  the top menu's group "Tin tức" is a heading without a page, not a category.
- images: listing thumbnails (``…/thumbs/…``), slider images (``/cache/mod_bt_contentslider/…``),
  avatars, captcha, banners and icons are not article images.
- feeds, the login page, the search page and the POST forms produce no record.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime, timedelta
from urllib.parse import parse_qs, quote_plus

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

NAME = "joomla3_jcomments_district_pgd"
PLATFORM = "Joomla 3.9 (Bootstrap 2 vendor template) + JComments 3"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Krông Pắc"
SITE_SHORT = "PGD&ĐT Krông Pắc"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

# menu alias -> (catid, printed category name, Itemid, layout)
MENUS: dict[str, tuple[int, str, int, str]] = {
    "tin-tuc-su-kien": (8, "Tin tức - Sự kiện", 110, "blog"),
    "hoat-dong-chuyen-mon": (9, "Hoạt động chuyên môn", 111, "blog"),
    "thong-bao": (10, "Thông báo", 112, "list"),
    "van-ban-moi": (11, "Văn bản mới", 113, "list"),
}
CAT_MENU = {cat: alias for alias, (cat, *_rest) in MENUS.items()}

#: the pagebreak plugin's marker inside a stored text (Joomla's <hr class="system-pagebreak">)
PAGEBREAK = "system-pagebreak"


def _right(name: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(name)}</{tag}></p>')


# --- the 13 articles ------------------------------------------------------------------------

S148 = Story(
    id=148,
    slug="hoi-nghi-so-ket-mot-nam-thuc-hien-chuyen-doi-so-trong-nganh-giao-duc",
    title="Hội nghị sơ kết một năm thực hiện chuyển đổi số trong ngành Giáo dục huyện Krông Pắc",
    cat="Tin tức - Sự kiện",
    published_at="2026-12-04T15:20:00+07:00",
    blocks=[
        Img(
            "/images/tin-tuc/2026/12/hoi-nghi-chuyen-doi-so.jpg",
            printed="Quang cảnh Hội nghị sơ kết chuyển đổi số ngành Giáo dục huyện",
            caption="Quang cảnh Hội nghị sơ kết chuyển đổi số ngành Giáo dục huyện",
            style="fulltext",
        ),
        P(
            "Chiều ngày 03/12/2026, Phòng Giáo dục và Đào tạo huyện Krông Pắc tổ chức Hội nghị sơ kết một năm thực hiện Kế hoạch chuyển đổi số trong các cơ sở giáo dục trên địa bàn huyện.",
            "lead",
        ),
        P(
            "Tham dự hội nghị có đồng chí Y Thơ Niê, Phó Chủ tịch UBND huyện; lãnh đạo Phòng Giáo dục và Đào tạo; đại diện Trung tâm Văn hóa, Thông tin và Thể thao huyện cùng hiệu trưởng của 68 trường mầm non, tiểu học và trung học cơ sở trong toàn huyện."
        ),
        P(
            "Theo báo cáo tại hội nghị, đến nay 100% cơ sở giáo dục đã triển khai sổ điểm điện tử, học bạ số đối với cấp tiểu học; 61/68 trường đã kết nối cơ sở dữ liệu ngành với Cổng dịch vụ công tỉnh Đắk Lắk. Tỷ lệ học sinh thanh toán học phí và các khoản thu không dùng tiền mặt đạt 87,4%, tăng gần 30% so với cùng kỳ năm trước."
        ),
        Img(
            "/images/tin-tuc/2026/12/thao-luan-chuyen-doi-so.jpg",
            printed="Đại biểu các trường thảo luận tại hội nghị",
            caption="Đại biểu các trường thảo luận tại hội nghị",
            style="jcap",
        ),
        P(
            "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như hạ tầng mạng ở các điểm trường lẻ thuộc xã Ea Uy, Vụ Bổn, Ea Yiêng còn yếu; một bộ phận giáo viên lớn tuổi chưa thành thạo các phần mềm quản lý; kinh phí đầu tư thiết bị còn hạn chế."
        ),
        P(
            "Phát biểu chỉ đạo, đồng chí Y Thơ Niê ghi nhận những nỗ lực của ngành trong thời gian qua và đề nghị Phòng Giáo dục và Đào tạo tiếp tục tham mưu UBND huyện bố trí nguồn lực, ưu tiên các trường vùng khó khăn; đồng thời đẩy mạnh bồi dưỡng kỹ năng số cho đội ngũ giáo viên."
        ),
        P(
            "Dịp này, Phòng Giáo dục và Đào tạo đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc trong thực hiện chuyển đổi số năm 2026."
        ),
        _right("Tin, ảnh: Lê Thị Hồng Nhung"),
    ],
    authors=["Lê Thị Hồng Nhung"],
    photographers=["Lê Thị Hồng Nhung"],
    summary="Chiều ngày 03/12/2026, Phòng Giáo dục và Đào tạo huyện Krông Pắc tổ chức Hội nghị sơ kết một năm thực hiện Kế hoạch chuyển đổi số trong các cơ sở giáo dục trên địa bàn huyện.",
    opts={
        "menu": "tin-tuc-su-kien",
        "up": "2026-12-04 15:20",
        "created": "2026-12-03 21:05",
        "featured": True,
        "comments": [
            (512, "Nguyễn Thị Lan", "04.12.2026 20:15",
             "Sổ điểm điện tử rất tiện cho phụ huynh theo dõi, mong phòng sớm hỗ trợ thêm wifi cho điểm trường buôn Ea Ktur."),
            (515, "Y Đhăm Êban", "05.12.2026 07:02",
             "Trường em đã thanh toán học phí qua ngân hàng từ tháng 9, phụ huynh đồng tình cao."),
        ],
    },
)

_W146 = "word"
S146 = Story(
    id=146,
    slug="truong-thcs-phan-chu-trinh-to-chuc-ngay-hoi-doc-sach",
    title="Trường THCS Phan Chu Trinh tổ chức Ngày hội đọc sách “Sách – Nguồn tri thức”",
    cat="Tin tức - Sự kiện",
    published_at="2026-12-02T08:05:00+07:00",
    blocks=[
        P(
            "Nhằm khơi dậy niềm đam mê đọc sách và xây dựng văn hóa đọc trong nhà trường, sáng ngày 30/11/2026, Trường THCS Phan Chu Trinh (xã Ea Kly) đã tổ chức Ngày hội đọc sách với chủ đề “Sách – Nguồn tri thức” cho hơn 900 học sinh toàn trường.",
            _W146,
        ),
        P(
            "Ngày hội gồm nhiều hoạt động phong phú như trưng bày sách theo chủ đề, thi giới thiệu sách, vẽ tranh theo nội dung tác phẩm, đố vui văn học và trao đổi sách cũ. Mỗi chi đội đã chuẩn bị một gian trưng bày riêng, được trang trí công phu bằng những vật liệu tái chế.",
            _W146,
        ),
        Img(
            "/images/tin-tuc/2026/12/ngay-hoi-doc-sach-1.jpg",
            printed="Học sinh tham quan các gian trưng bày sách",
            caption="Học sinh tham quan các gian trưng bày sách",
            style="em",
        ),
        P(
            "Điểm nhấn của ngày hội là phần thi “Đại sứ văn hóa đọc”, trong đó các em học sinh giới thiệu những cuốn sách mình yêu thích bằng hình thức kể chuyện, đóng kịch và thuyết trình. Nhiều tiết mục được đầu tư kỹ lưỡng, để lại ấn tượng tốt với ban giám khảo và khán giả.",
            _W146,
        ),
        P(
            "Cũng trong ngày hội, Liên đội đã phát động phong trào quyên góp sách, kết quả thu được hơn 1.200 đầu sách, truyện các loại để bổ sung cho tủ sách lớp học và tặng thư viện các điểm trường tiểu học vùng khó khăn.",
            _W146,
        ),
        Img(
            "/images/tin-tuc/2026/12/ngay-hoi-doc-sach-2.jpg",
            printed="(Ảnh: Phạm Quốc Bảo)",
            caption=None,
            style="em",
        ),
        P(
            "Thầy Nguyễn Văn Sơn, Hiệu trưởng nhà trường cho biết: “Ngày hội đọc sách là hoạt động thường niên, góp phần hình thành thói quen đọc cho các em, đồng thời giúp các em rèn luyện kỹ năng thuyết trình, làm việc nhóm và tự tin trước đám đông”.",
            _W146,
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="EN-US" style="font-size:13.0pt">Phạm Quốc Bảo</span></b><span lang="EN-US" style="font-size:13.0pt"> - Trường THCS Phan Chu Trinh<o:p></o:p></span></p>'
        ),
    ],
    authors=["Phạm Quốc Bảo"],
    photographers=["Phạm Quốc Bảo"],
    opts={
        "menu": "tin-tuc-su-kien",
        "up": "2026-12-02 08:05",
        "comments": [
            (498, "Phụ huynh lớp 7A3", "02.12.2026 12:40",
             "Cảm ơn nhà trường đã tổ chức hoạt động bổ ích, con tôi về kể rất hào hứng."),
            (501, "Trần Minh Khôi", "02.12.2026 19:58",
             "Đề nghị các trường khác trong huyện cũng nhân rộng mô hình này."),
            (507, "H'Yâo Mlô", "03.12.2026 09:11",
             "Tủ sách của điểm trường buôn Ea Sar đã nhận được sách, xin chân thành cảm ơn!"),
        ],
    },
)

S143 = Story(
    id=143,
    slug="khai-mac-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
    title="Khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 – 2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-28T16:45:00+07:00",
    blocks=[
        P(
            "Sáng 27/11/2026, tại Sân vận động Trung tâm huyện, Ban Tổ chức Hội khỏe Phù Đổng huyện Krông Pắc đã long trọng tổ chức lễ khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 – 2027."
        ),
        P(
            "Hội khỏe năm nay thu hút gần 1.100 vận động viên đến từ 16 cụm trường tiểu học và 18 trường trung học cơ sở trên địa bàn huyện, tranh tài ở 8 môn: điền kinh, bơi lội, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua và đẩy gậy – môn thể thao dân tộc được đưa vào thi đấu lần đầu tiên."
        ),
        Img(
            "/images/tin-tuc/2026/11/khai-mac-hkpd.jpg",
            printed="Màn đồng diễn thể dục của học sinh Trường TH Lê Văn Tám tại lễ khai mạc",
            caption="Màn đồng diễn thể dục của học sinh Trường TH Lê Văn Tám tại lễ khai mạc",
            style="table",
        ),
        P(
            "Phát biểu khai mạc, đồng chí Trưởng phòng Giáo dục và Đào tạo, Trưởng ban Tổ chức nhấn mạnh: Hội khỏe Phù Đổng là ngày hội thể thao lớn nhất của học sinh, là dịp để đánh giá kết quả công tác giáo dục thể chất trong trường học, đồng thời phát hiện, bồi dưỡng những tài năng thể thao cho huyện và tỉnh."
        ),
        P(
            "Ngay sau lễ khai mạc, các vận động viên đã bước vào thi đấu môn điền kinh và bóng đá. Các nội dung còn lại sẽ diễn ra đến hết ngày 06/12/2026 tại Nhà thi đấu huyện và một số trường học trên địa bàn thị trấn Phước An."
        ),
        Img(
            "/images/tin-tuc/2026/11/hkpd-dien-kinh.jpg",
            printed="Ảnh: Nguyễn Đình Khoa",
            caption=None,
            style="table",
        ),
    ],
    authors=["Nguyễn Đình Khoa"],
    photographers=["Nguyễn Đình Khoa"],
    opts={
        "menu": "tin-tuc-su-kien",
        "up": "2026-11-28 16:45",
        "modified": "2026-11-30 10:12",
        "by_alias": "Nguyễn Đình Khoa - Tổ Văn phòng",
        "featured": True,
        "comments": [
            (470, "Lê Văn Tuấn", "28.11.2026 21:30",
             "Lần đầu có môn đẩy gậy, các em học sinh người Ê Đê rất thích."),
            (476, "Hoa Phạm", "29.11.2026 06:45",
             "Chúc các vận động viên thi đấu thành công!"),
        ],
    },
)

S141 = Story(
    id=141,
    slug="trao-120-suat-hoc-bong-cho-hoc-sinh-dan-toc-thieu-so",
    title="Trao 120 suất học bổng cho học sinh dân tộc thiểu số vượt khó học tốt",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-25T10:00:00+07:00",
    blocks=[
        P(
            "Ngày 24/11, Hội Khuyến học huyện Krông Pắc phối hợp với Phòng Giáo dục và Đào tạo và Quỹ Bảo trợ trẻ em tỉnh tổ chức trao 120 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn, vượt khó học tốt trên địa bàn huyện."
        ),
        P(
            "Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt cùng một bộ sách giáo khoa, dụng cụ học tập và áo ấm. Tổng trị giá số quà được trao hơn 230 triệu đồng, do các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp."
        ),
        Img(
            "/images/tin-tuc/2026/11/trao-hoc-bong.jpg",
            printed="Đại diện các nhà tài trợ trao học bổng cho học sinh",
            caption="Đại diện các nhà tài trợ trao học bổng cho học sinh",
            style="em",
        ),
        P(
            "Các em nhận học bổng lần này đều là học sinh đạt danh hiệu học sinh giỏi, học sinh xuất sắc trong năm học 2025 – 2026, phần lớn thuộc các xã Ea Hiu, Ea Kênh, Krông Búk và Ea Phê – những địa bàn có đông đồng bào Ê Đê sinh sống."
        ),
        P(
            "Em H’Ngọc Niê, học sinh lớp 8 Trường THCS Lê Quý Đôn xúc động chia sẻ: “Em sẽ cố gắng học thật giỏi để không phụ lòng các cô chú, thầy cô và gia đình”."
        ),
        _right("Hoàng Gia"),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Đắk Lắk điện tử</em></p>'),
    ],
    authors=["Hoàng Gia"],
    source="Báo Đắk Lắk điện tử",
    opts={
        "menu": "tin-tuc-su-kien",
        "up": "2026-11-25 10:00",
        "comments": [
            (455, "Nguyễn Hữu Phước", "25.11.2026 13:20",
             "Việc làm rất ý nghĩa, mong chương trình được duy trì hằng năm."),
        ],
    },
)

_VB_MODULE = Raw(
    '<div class="moduletable vb-lquan"><h3 class="tieude-vb">Văn bản liên quan</h3>'
    '<ul class="category-module mod-list"><li>'
    '<a class="mod-articles-category-title " href="/index.php/van-ban-moi/201-ke-hoach-215-kh-pgddt-day-hoc-stem-cap-tieu-hoc">Kế hoạch số 215/KH-PGDĐT về triển khai dạy học STEM cấp tiểu học năm học 2026 – 2027</a>'
    ' <span class="mod-articles-category-date">16/11/2026</span></li></ul></div>'
)

S137 = Story(
    id=137,
    slug="tap-huan-giao-vien-cot-can-ve-day-hoc-stem-cap-tieu-hoc",
    title="Tập huấn giáo viên cốt cán về dạy học theo định hướng giáo dục STEM cấp tiểu học",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-21T09:30:00+07:00",
    blocks=[
        P(
            "Từ ngày 18 đến ngày 20/11/2026, Phòng Giáo dục và Đào tạo huyện Krông Pắc tổ chức lớp tập huấn dạy học theo định hướng giáo dục STEM cho 96 giáo viên cốt cán cấp tiểu học."
        ),
        P(
            "Lớp tập huấn do ThS. Đỗ Thị Thu Hà, giảng viên Trường Đại học Tây Nguyên trực tiếp hướng dẫn. Nội dung tập trung vào quy trình xây dựng bài học STEM, cách tổ chức hoạt động trải nghiệm, sử dụng đồ dùng tự làm từ vật liệu sẵn có ở địa phương và đánh giá năng lực học sinh qua sản phẩm."
        ),
        P("Học đi đôi với thực hành", "h3"),
        P(
            "Điểm mới của đợt tập huấn là giáo viên được chia thành 12 nhóm, mỗi nhóm thiết kế và dạy thử một bài học STEM hoàn chỉnh tại Trường TH Kim Đồng. Các sản phẩm như mô hình hệ thống tưới nhỏ giọt cho vườn cà phê, máy lọc nước đơn giản, xe chạy bằng năng lượng gió được học sinh hào hứng thực hiện."
        ),
        Img(
            "/images/tin-tuc/2026/11/tap-huan-stem.jpg",
            printed="Giáo viên cốt cán thực hành thiết kế mô hình STEM",
            caption="Giáo viên cốt cán thực hành thiết kế mô hình STEM",
            style="jcap",
        ),
        P(
            "Sau tập huấn, mỗi giáo viên cốt cán có trách nhiệm triển khai lại nội dung cho đồng nghiệp tại đơn vị, bảo đảm mỗi trường tiểu học tổ chức ít nhất 2 bài học STEM trong học kỳ I."
        ),
        _VB_MODULE,
        Raw(
            '<p style="text-align: center;"><iframe width="560" height="315" src="https://www.youtube.com/embed/q3kP7xZb2sE" frameborder="0" allowfullscreen="allowfullscreen"></iframe></p>'
        ),
        _right("Tổ Tiểu học", "em"),
    ],
    authors=["Tổ Tiểu học"],
    opts={"menu": "tin-tuc-su-kien", "up": "2026-11-21 09:30"},
)

S134 = Story(
    id=134,
    slug="nganh-giao-duc-krong-pac-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Ngành Giáo dục Krông Pắc kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-19",
    blocks=[
        P(
            "Sáng 18/11/2026, Phòng Giáo dục và Đào tạo huyện Krông Pắc tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026.",
            "nfd",
        ),
        P(
            "Tham dự buổi lễ có đại diện lãnh đạo Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện, các ban ngành, đoàn thể cùng hơn 300 cán bộ quản lý, giáo viên, nhân viên đại diện cho các trường học trong toàn huyện.",
            "nfd",
        ),
        P(
            "Năm học 2025 – 2026, toàn ngành có 2.415 cán bộ, giáo viên, nhân viên đang công tác tại 68 đơn vị trường học. Chất lượng giáo dục toàn diện tiếp tục được nâng lên; tỷ lệ trường đạt chuẩn quốc gia đạt 72,1%; huyện duy trì vững chắc kết quả phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3 và phổ cập giáo dục trung học cơ sở mức độ 2.",
            "nfd",
        ),
        Img(
            "/images/tin-tuc/2026/11/ky-niem-20-11.jpg",
            printed="Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo",
            caption="Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo",
            style="em",
        ),
        P(
            "Tại buổi lễ, Chủ tịch UBND huyện đã tặng Giấy khen cho 45 nhà giáo tiêu biểu; Phòng Giáo dục và Đào tạo trao thưởng cho 18 giáo viên có sáng kiến kinh nghiệm được công nhận cấp tỉnh.",
            "nfd",
        ),
        P(
            "Nhân dịp này, các đơn vị trường học đồng loạt tổ chức các hoạt động tri ân thầy cô giáo đã nghỉ hưu và thăm hỏi, tặng quà giáo viên có hoàn cảnh khó khăn.",
            "nfd",
        ),
        _right("BBT"),
    ],
    opts={"menu": "tin-tuc-su-kien", "up": "2026-11-19 00:00"},
)

S129 = Story(
    id=129,
    slug="kiem-tra-cong-tac-chuan-bi-co-so-vat-chat-tai-cac-truong-mam-non",
    title="Kiểm tra công tác chuẩn bị cơ sở vật chất năm học mới tại các trường mầm non",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-15T14:10:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch kiểm tra đầu năm học 2026 – 2027, từ ngày 12 đến 14/10/2026, đoàn kiểm tra của Phòng Giáo dục và Đào tạo huyện đã đến làm việc tại 9 trường mầm non trên địa bàn các xã Hòa An, Ea Yông, Tân Tiến và thị trấn Phước An."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ quản lý, tình hình huy động trẻ ra lớp, công tác bảo đảm an toàn thực phẩm tại bếp ăn bán trú, việc bố trí phòng học và trang thiết bị, đồ dùng, đồ chơi ngoài trời."
        ),
        P("Qua kiểm tra, đoàn ghi nhận kết quả như sau:"),
        P("Tỷ lệ huy động trẻ mẫu giáo 5 tuổi ra lớp đạt 99,6%;", "li"),
        P("8/9 trường đã có bếp ăn một chiều đạt yêu cầu;", "li"),
        P("Một số điểm trường lẻ còn thiếu đồ chơi ngoài trời, nhà vệ sinh chưa bảo đảm.", "li"),
        P(
            "Trên cơ sở kết quả kiểm tra, đoàn đề nghị các trường khẩn trương khắc phục tồn tại, rà soát nhu cầu sửa chữa, bổ sung cơ sở vật chất để tham mưu UBND xã đầu tư trong năm 2027."
        ),
        _right("Tổ Mầm non", "em"),
        Raw(
            '<div class="attachmentsContainer">\n<div class="attachmentsList" id="attachmentsList_com_content_default_129">'
            '<table><caption>Tệp đính kèm:</caption><tbody><tr class="row1"><td class="at_filename">'
            '<a class="at_icon" href="/images/van-ban/2026/bien-ban-kiem-tra-mn.pdf" title="Tải về tập tin này (bien-ban-kiem-tra-mn.pdf)"><img src="/components/com_attachments/media/icons/pdf.gif" alt="Tải về tập tin này (bien-ban-kiem-tra-mn.pdf)" /></a>'
            '<a class="at_url" href="/images/van-ban/2026/bien-ban-kiem-tra-mn.pdf" title="Tải về tập tin này (bien-ban-kiem-tra-mn.pdf)">Tải về tập tin này (bien-ban-kiem-tra-mn.pdf)</a></td>'
            '<td class="at_description">Biên bản tổng hợp kiểm tra</td><td class="at_file_size">245 Kb</td></tr></tbody></table></div></div>'
        ),
    ],
    authors=["Tổ Mầm non"],
    opts={"menu": "tin-tuc-su-kien", "up": "2026-10-15 14:10", "modified": "2026-11-02 08:31"},
)

S147 = Story(
    id=147,
    slug="chuyen-de-doi-moi-sinh-hoat-to-chuyen-mon-theo-nghien-cuu-bai-hoc",
    title="Chuyên đề “Đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học” tại Trường TH Lê Văn Tám",
    cat="Hoạt động chuyên môn",
    published_at="2026-12-03T14:00:00+07:00",
    blocks=[
        P(
            "Ngày 01/12/2026, Phòng Giáo dục và Đào tạo phối hợp với Trường TH Lê Văn Tám (xã Ea Phê) tổ chức chuyên đề “Đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học” cho cán bộ quản lý và tổ trưởng chuyên môn các trường tiểu học cụm 2.",
            "lead",
        ),
        P(
            "Tại chuyên đề, cô Hoàng Thị Thanh Tâm, giáo viên lớp 4A đã dạy minh họa bài “Phân số bằng nhau” (môn Toán). Tiết dạy được thiết kế theo hướng tổ chức cho học sinh hoạt động nhóm, tự khám phá kiến thức qua các tấm bìa và hình vẽ trực quan."
        ),
        P(
            "Sau tiết dạy, các thành viên tham dự đã cùng chia sẻ về những điều quan sát được: học sinh nào học tốt, học sinh nào còn gặp khó khăn, nguyên nhân vì sao và giải pháp hỗ trợ. Không khí trao đổi cởi mở, tập trung vào việc học của học sinh thay vì đánh giá, xếp loại giờ dạy của giáo viên."
        ),
        Img(
            "/images/hoat-dong-chuyen-mon/2026/12/chuyen-de-nclb.jpg",
            printed="Tiết dạy minh họa của cô Hoàng Thị Thanh Tâm",
            caption="Tiết dạy minh họa của cô Hoàng Thị Thanh Tâm",
            style="em",
        ),
        P(
            "Phát biểu kết luận, đại diện lãnh đạo Phòng Giáo dục và Đào tạo đề nghị các trường tiếp tục duy trì sinh hoạt chuyên môn theo nghiên cứu bài học ít nhất 2 lần/tháng, chú trọng ghi hình tiết dạy để làm tư liệu bồi dưỡng giáo viên."
        ),
        _right("Trần Thị Mỹ Linh"),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/index.php/component/content/article/9-hoat-dong-chuyen-mon/136-ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen?Itemid=101">Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 – 2027</a></p>'
        ),
    ],
    authors=["Trần Thị Mỹ Linh"],
    summary="Ngày 01/12/2026, Phòng Giáo dục và Đào tạo phối hợp với Trường TH Lê Văn Tám (xã Ea Phê) tổ chức chuyên đề “Đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học” cho cán bộ quản lý và tổ trưởng chuyên môn các trường tiểu học cụm 2.",
    opts={
        "menu": "hoat-dong-chuyen-mon",
        "up": "2026-12-03 14:00",
        "featured": True,
        "comments": [
            (509, "Cô giáo Bích Ngọc", "03.12.2026 21:47",
             "Tiết dạy rất hay, học sinh tích cực. Mong được xem video tiết dạy để học hỏi."),
        ],
    },
)

S142 = Story(
    id=142,
    slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-tieng-anh-cap-thcs",
    title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp THCS",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-27T09:40:00+07:00",
    blocks=[
        P(
            "Ngày 25/11/2026, tại Trường THCS Nguyễn Trường Tộ, Phòng Giáo dục và Đào tạo huyện Krông Pắc tổ chức hội thảo “Nâng cao chất lượng dạy học môn Tiếng Anh cấp trung học cơ sở” với sự tham gia của 74 giáo viên Tiếng Anh trong toàn huyện."
        ),
        P(
            "Theo đánh giá của Phòng Giáo dục và Đào tạo, chất lượng môn Tiếng Anh của huyện thời gian qua đã có chuyển biến nhưng chưa đồng đều; điểm trung bình môn Tiếng Anh trong kỳ thi tuyển sinh vào lớp 10 năm 2026 của huyện đạt 5,12 điểm, thấp hơn mức trung bình của tỉnh. Kỹ năng nghe và nói của học sinh vùng đồng bào dân tộc thiểu số còn nhiều hạn chế."
        ),
        Img(
            "/images/hoat-dong-chuyen-mon/2026/11/hoi-thao-tieng-anh.jpg",
            printed="Quang cảnh hội thảo",
            caption="Quang cảnh hội thảo",
            style="em",
        ),
        P(
            "Hội thảo nhận được 15 tham luận của các trường, tập trung vào các giải pháp như tổ chức câu lạc bộ tiếng Anh, ứng dụng phần mềm luyện phát âm, dạy học theo dự án và tăng cường kiểm tra, đánh giá kỹ năng nói."
        ),
        Raw(f'<hr title="Các giải pháp được thống nhất" alt="Các giải pháp được thống nhất" class="{PAGEBREAK}" />'),
        P(
            "Sau một buổi làm việc nghiêm túc, hội thảo đã thống nhất một số giải pháp trọng tâm trong năm học 2026 – 2027:"
        ),
        P("Mỗi trường thành lập ít nhất một câu lạc bộ tiếng Anh, sinh hoạt định kỳ 2 lần/tháng;", "li"),
        P("Tăng thời lượng luyện nghe, nói trong mỗi tiết học, hạn chế dạy ngữ pháp đơn thuần;", "li"),
        P("Tổ chức giao lưu “Rung chuông vàng Tiếng Anh” cấp cụm trường vào tháng 3/2027;", "li"),
        P("Giáo viên tham gia bồi dưỡng trực tuyến để đạt chuẩn năng lực ngoại ngữ theo quy định.", "li"),
        P(
            "Kết luận hội thảo, lãnh đạo Phòng Giáo dục và Đào tạo yêu cầu các trường đưa các giải pháp đã thống nhất vào kế hoạch giáo dục của nhà trường và báo cáo kết quả thực hiện trong sơ kết học kỳ I."
        ),
        _right("Tổ THCS"),
    ],
    authors=["Tổ THCS"],
    opts={"menu": "hoat-dong-chuyen-mon", "up": "2026-11-27 09:40"},
)

S136 = Story(
    id=136,
    slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen",
    title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 – 2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-22T16:00:00+07:00",
    blocks=[
        P(
            "Ngày 14 và 15/11/2026, Phòng Giáo dục và Đào tạo huyện Krông Pắc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 – 2027 với 9 môn thi: Toán, Ngữ văn, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử, Địa lý và Tin học."
        ),
        P(
            "Kỳ thi có 512 thí sinh của 18 trường trung học cơ sở dự thi. Kết quả, có 187 thí sinh đạt giải, trong đó 11 giải Nhất, 34 giải Nhì, 58 giải Ba và 84 giải Khuyến khích. Đơn vị dẫn đầu toàn huyện là Trường THCS Nguyễn Trường Tộ với 29 giải."
        ),
        P("Kết quả cụ thể của 5 đơn vị dẫn đầu như sau:"),
        P("TT | Đơn vị | Số dự thi | Số giải | Tỷ lệ (%)", "th"),
        P("1 | THCS Nguyễn Trường Tộ | 48 | 29 | 60,4", "row"),
        P("2 | THCS Phan Chu Trinh | 41 | 21 | 51,2", "row"),
        P("3 | THCS Lê Quý Đôn | 36 | 17 | 47,2", "row"),
        P("4 | THCS Nguyễn Du | 33 | 14 | 42,4", "row"),
        P("5 | THCS Ea Kly | 30 | 12 | 40,0", "row"),
        P(
            "Căn cứ kết quả kỳ thi, Phòng Giáo dục và Đào tạo sẽ tuyển chọn đội tuyển của huyện tham dự kỳ thi chọn học sinh giỏi cấp tỉnh dự kiến tổ chức vào tháng 3/2027."
        ),
        Raw(
            '<p>Danh sách chi tiết xem tại tệp đính kèm: <a href="/images/van-ban/2026/ket-qua-hsg-9-cap-huyen.pdf" target="_blank">ket-qua-hsg-9-cap-huyen.pdf</a></p>'
        ),
    ],
    opts={"menu": "hoat-dong-chuyen-mon", "up": "2026-11-22 16:00"},
)

_LETTERHEAD = Raw(
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
    '<tr><td style="width: 42%; text-align: center;">UBND HUYỆN KRÔNG PẮC<br /><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>'
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>'
    '<tr><td style="text-align: center;">Số: 248/TB-PGDĐT</td>'
    '<td style="text-align: center;"><em>Krông Pắc, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 – 2027</strong></p>'
)
_CLOSING = Raw(
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />- Các trường TH (t/h);<br />- Lãnh đạo Phòng;<br />- Lưu: VT, CM.</td>'
    '<td style="text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Trần Đức Thịnh</strong></td>'
    "</tr></tbody></table>"
    '<p><img src="/media/system/images/notice-download.png" alt="" /> Tải về: <a href="/images/van-ban/2026/tb-248-hoi-thi-gvdg-tieu-hoc.pdf">TB 248 Hội thi GVDG Tiểu học.pdf</a></p>'
)

S145 = Story(
    id=145,
    slug="thong-bao-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
    title="Thông báo tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        _LETTERHEAD,
        P(
            "Căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ Giáo dục và Đào tạo ban hành Quy định về Hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo viên dạy giỏi, giáo viên chủ nhiệm lớp giỏi cơ sở giáo dục phổ thông;"
        ),
        P(
            "Căn cứ Kế hoạch số 198/KH-PGDĐT ngày 05/9/2026 của Phòng Giáo dục và Đào tạo về thực hiện nhiệm vụ năm học 2026 – 2027;"
        ),
        P(
            "Phòng Giáo dục và Đào tạo thông báo tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 – 2027 như sau:"
        ),
        P("1. Đối tượng dự thi", "b"),
        P(
            "Giáo viên đang trực tiếp giảng dạy tại các trường tiểu học trên địa bàn huyện, đã đạt danh hiệu giáo viên dạy giỏi cấp trường năm học 2026 – 2027 và được Hiệu trưởng đề cử."
        ),
        P("2. Thời gian, địa điểm", "b"),
        P("- Phần thi trình bày biện pháp: ngày 15/12/2026 tại Phòng Giáo dục và Đào tạo."),
        P(
            "- Phần thi thực hành tiết dạy: từ ngày 04/01/2027 đến ngày 15/01/2027 tại các trường có giáo viên dự thi."
        ),
        P("3. Hồ sơ đăng ký", "b"),
        P(
            "Các trường gửi danh sách giáo viên dự thi và bản mô tả biện pháp về Phòng Giáo dục và Đào tạo (qua bộ phận chuyên môn Tiểu học) trước ngày 10/12/2026."
        ),
        P(
            "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường tiểu học triển khai thực hiện nghiêm túc nội dung thông báo này./."
        ),
        _CLOSING,
    ],
    authors=["Trần Đức Thịnh"],
    opts={"menu": "thong-bao", "up": "2026-12-01 07:45"},
)

S144 = Story(
    id=144,
    slug="lich-nghi-tet-duong-lich-nam-2027",
    title="Lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục",
    cat="Thông báo",
    published_at="2026-11-29T10:30:00+07:00",
    blocks=[
        P(
            "Thực hiện Công văn số 1856/SGDĐT-VP ngày 25/11/2026 của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk về việc nghỉ Tết Dương lịch năm 2027, Phòng Giáo dục và Đào tạo huyện Krông Pắc thông báo đến các đơn vị trường học như sau:",
            "ent",
        ),
        P(
            "Cán bộ, giáo viên, nhân viên và học sinh được nghỉ Tết Dương lịch 01 ngày vào thứ Sáu, ngày 01/01/2027.",
            "ent",
        ),
        P(
            "Các đơn vị phân công trực cơ quan, bảo đảm an ninh trật tự, phòng chống cháy nổ và bảo vệ tài sản trong thời gian nghỉ; gửi lịch trực về Phòng Giáo dục và Đào tạo trước ngày 28/12/2026.",
            "ent",
        ),
        P(
            "Hiệu trưởng các trường có trách nhiệm thông báo lịch nghỉ đến cha mẹ học sinh, đồng thời nhắc nhở học sinh chấp hành nghiêm các quy định về an toàn giao thông, không đốt pháo, không tham gia các trò chơi nguy hiểm trong dịp nghỉ Tết.",
            "ent",
        ),
        _right("Bộ phận Văn phòng"),
    ],
    authors=["Bộ phận Văn phòng"],
    opts={"menu": "thong-bao", "up": "2026-11-29 10:30"},
)

S139 = Story(
    id=139,
    slug="huong-ung-cuoc-thi-an-toan-giao-thong-cho-nu-cuoi-ngay-mai",
    title="Về việc hưởng ứng Cuộc thi “An toàn giao thông cho nụ cười ngày mai” năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-23T15:10:00+07:00",
    blocks=[
        P(
            "Phòng Giáo dục và Đào tạo đề nghị các trường tiểu học, trung học cơ sở trên địa bàn huyện triển khai cho học sinh tham gia Cuộc thi “An toàn giao thông cho nụ cười ngày mai” năm học 2026 – 2027 do Bộ Giáo dục và Đào tạo phối hợp với Ủy ban An toàn giao thông Quốc gia tổ chức."
        ),
        P("👉 Đối tượng: học sinh từ lớp 1 đến lớp 9."),
        P(
            "👉 Hình thức: vẽ tranh (cấp tiểu học) và viết bài dự thi (cấp trung học cơ sở) về chủ đề an toàn giao thông."
        ),
        P("👉 Thời hạn nộp bài về Phòng Giáo dục và Đào tạo: trước ngày 20/12/2026."),
        P(
            "Mỗi trường chọn gửi tối đa 05 tác phẩm xuất sắc nhất. Bài dự thi ghi rõ họ tên, lớp, trường của học sinh ở mặt sau. Thông tin chi tiết liên hệ bộ phận Công tác học sinh – Phòng Giáo dục và Đào tạo, điện thoại 0262.3521.207."
        ),
    ],
    opts={"menu": "thong-bao", "up": "2026-11-23 15:10"},
)

STORIES: list[Story] = [S148, S146, S143, S141, S137, S134, S129, S147, S142, S136, S145, S144, S139]
BY_ID = {s.id: s for s in STORIES}

# the login-only notice (access "Registered"): listed with its title, never served to a guest
RESTRICTED = {
    "id": 140,
    "slug": "ke-hoach-kiem-tra-noi-bo-truong-hoc-hoc-ky-i",
    "title": "Kế hoạch kiểm tra nội bộ trường học học kỳ I năm học 2026 – 2027 (dành cho CBQL)",
    "up": "2026-11-24 08:00",
    "hits": 58,
}

# document entries of "Văn bản mới": article views, but a register card, not a story
DOCS = [
    {
        "id": 201,
        "slug": "ke-hoach-215-kh-pgddt-day-hoc-stem-cap-tieu-hoc",
        "title": "Kế hoạch số 215/KH-PGDĐT về triển khai dạy học STEM cấp tiểu học năm học 2026 – 2027",
        "so": "215/KH-PGDĐT",
        "ngay": "16/11/2026",
        "loai": "Kế hoạch",
        "ky": "Trần Đức Thịnh",
        "file": "/images/van-ban/2026/kh-215-stem-tieu-hoc.pdf",
        "up": "2026-11-16 15:00",
    },
    {
        "id": 202,
        "slug": "cong-van-231-pgddt-bao-cao-so-lieu-dau-nam",
        "title": "Công văn số 231/PGDĐT-KHTC về việc báo cáo số liệu thống kê đầu năm học 2026 – 2027",
        "so": "231/PGDĐT-KHTC",
        "ngay": "26/11/2026",
        "loai": "Công văn",
        "ky": "Lê Văn Hải",
        "file": "/images/van-ban/2026/cv-231-bao-cao-so-lieu.pdf",
        "up": "2026-11-26 09:20",
    },
]
DOC_BY_ID = {d["id"]: d for d in DOCS}


# --- URLs -----------------------------------------------------------------------------------


def art_path(s: Story) -> str:
    return f"/index.php/{s.opts['menu']}/{s.id}-{s.slug}"


def print_path(s: Story) -> str:
    return art_path(s) + "?tmpl=component&print=1&layout=default"


def nonsef_path(s: Story) -> str:
    """How the vendor's slideshow links an article: Joomla's raw, un-routed URL."""
    catid = MENUS[s.opts["menu"]][0]
    return f"/index.php?option=com_content&view=article&id={s.id}:{s.slug}&catid={catid}&Itemid=101"


def component_path(s: Story) -> str:
    """The route Joomla builds under the home Itemid (an editor pasted it into a text)."""
    menu = s.opts["menu"]
    return f"/index.php/component/content/article/{MENUS[menu][0]}-{menu}/{s.id}-{s.slug}?Itemid=101"


def rss_path(object_id: int) -> str:
    return f"/index.php?option=com_jcomments&task=rss&object_id={object_id}&object_group=com_content&format=raw"


def doc_path(d: dict) -> str:
    return f"/index.php/van-ban-moi/{d['id']}-{d['slug']}"


def _login_return() -> str:
    route = (
        f"index.php?option=com_content&view=article&id={RESTRICTED['id']}:{RESTRICTED['slug']}&catid=10"
    )
    return base64.b64encode(route.encode()).decode()


LOGIN_PATH = f"/index.php/component/users/?view=login&Itemid=112&return={_login_return()}"
PAGE2_142 = art_path(S142) + "?showall=&limitstart=1"
PAGE1_142 = art_path(S142) + "?showall=&limitstart="
ALL_142 = art_path(S142) + "?showall=1"


# --- dates as Joomla's vi-VN language pack prints them --------------------------------------

_DOW = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def lc2(value: str) -> str:
    """DATE_FORMAT_LC2 "l, d F Y H:i": "Thứ sáu, 04 Tháng 12 2026 15:20"."""
    d = _dt(value)
    return f"{_DOW[d.weekday()]}, {d:%d} Tháng {d.month} {d.year} {d:%H:%M}"


def lc3(value: str) -> str:
    """DATE_FORMAT_LC3 "d F Y": "04 Tháng 12 2026" (list layout)."""
    d = _dt(value)
    return f"{d:%d} Tháng {d.month} {d.year}"


def iso(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:00+07:00")


def dmy(value: str) -> str:
    return _dt(value).strftime("%d/%m/%Y")


# --- article text ---------------------------------------------------------------------------


def _para(p: P) -> str:
    if p.style == "nfd":
        return f'<p style="text-align: justify;">{text(p.text, nfd=True)}</p>'
    if p.style == "ent":
        return f'<p style="text-align: justify;">{text(p.text, entities=1)}</p>'
    body = text(p.text)
    if p.style == "lead":
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    if p.style == "b":
        return f"<p><strong>{body}</strong></p>"
    if p.style == "h3":
        return f'<h3 style="text-align: justify;">{body}</h3>'
    if p.style == "word":
        words = p.text.split(" ")
        cut = len(words) // 2
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        span = 'style="font-size:13.0pt;line-height:130%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"'
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:130%">'
            f'<span lang="EN-US" {span}>{text(first)} </span>'
            f'<span lang="VI" {span}>{text(second)}<o:p></o:p></span></p>'
        )
    return f'<p style="text-align: justify;">{body}</p>'


def _img(img: Img) -> str:
    if img.style == "jcap":
        return (
            f'<p style="text-align: center;"><img class="caption" title="{esc(img.printed or "")}" '
            f'src="{img.src}" alt="{esc(img.printed or "")}" width="600" height="400" /></p>'
        )
    if img.style == "table":
        return (
            '<table class="tbl-anh" style="margin-left: auto; margin-right: auto; width: 600px;" border="0" cellpadding="3"><tbody>'
            f'<tr><td><img src="{img.src}" alt="" width="600" height="400" /></td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>{esc(img.printed or "")}</em></span></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;"><img src="{img.src}" alt="" width="600" height="400" /></p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def render_blocks(blocks: list) -> str:
    """The stored text of an article (``introtext`` + ``fulltext``) as the editor left it."""
    out: list[str] = []
    group: list[P] = []

    def flush() -> None:
        if not group:
            return
        if group[0].style == "li":
            items = "".join(f"<li>{text(p.text)}</li>" for p in group)
            out.append(f'<ul style="text-align: justify;">{items}</ul>')
        else:
            rows = []
            for p in group:
                tag = "th" if p.style == "th" else "td"
                cells = "".join(f"<{tag}>{text(c)}</{tag}>" for c in p.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
            out.append(
                '<table class="table table-bordered" style="width: 100%;" border="1" cellspacing="0" cellpadding="4"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
        group.clear()

    for b in blocks:
        if isinstance(b, P) and b.style in ("li", "th", "row"):
            if group and (group[0].style == "li") != (b.style == "li"):
                flush()
            group.append(b)
            continue
        flush()
        if isinstance(b, P):
            out.append(_para(b))
        elif isinstance(b, Img):
            if b.style != "fulltext":
                out.append(_img(b))
        else:
            out.append(b.html)
    flush()
    return "\n".join(out)


def _pages(s: Story) -> list[list]:
    """The text split where the pagebreak plugin splits it."""
    pages: list[list] = [[]]
    for b in s.blocks:
        if isinstance(b, Raw) and PAGEBREAK in b.html:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def _page_titles(s: Story) -> list[str]:
    titles = [s.title]
    for b in s.blocks:
        if isinstance(b, Raw) and PAGEBREAK in b.html:
            titles.append(re.search(r'title="([^"]*)"', b.html).group(1))
    return titles


def _fulltext_image(s: Story) -> str:
    for b in s.blocks:
        if isinstance(b, Img) and b.style == "fulltext":
            name = b.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            return (
                '<div class="pull-none item-image"> '
                f'<img class="caption" title="{esc(b.printed or "")}" src="{b.src}" alt="{esc(name)}" itemprop="image"/> </div>'
            )
    return ""


def _thumb(s: Story) -> str:
    for b in s.blocks:
        if isinstance(b, Img):
            folder, name = b.src.rsplit("/", 1)
            return f"{folder}/thumbs/{name}"
    return "/images/tin-tuc/no-image-pgd.jpg"


# --- chrome ---------------------------------------------------------------------------------

_TPL = "/templates/tn_giaoduc_v2"


def _menu_items(active: str) -> list[tuple[str, str, str, list[tuple[str, str, str]]]]:
    return [
        ("101", "/index.php", "Trang chủ", []),
        ("102", "/index.php/gioi-thieu", "Giới thiệu", []),
        (
            "103",
            "",
            "Tin tức",
            [
                ("110", "/index.php/tin-tuc-su-kien", "Tin tức - Sự kiện"),
                ("111", "/index.php/hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
            ],
        ),
        ("112", "/index.php/thong-bao", "Thông báo", []),
        ("104", "", "Văn bản", [("113", "/index.php/van-ban-moi", "Văn bản mới")]),
        ("105", "/index.php/lien-he", "Liên hệ", []),
    ]


def _menu(active: str, cls: str) -> str:
    out = [f'<ul class="nav menu {cls} mod-list">']
    for item_id, href, label, children in _menu_items(active):
        child_active = any(c[0] == active for c in children)
        classes = [f"item-{item_id}"]
        if item_id == "101":
            classes.append("default")
        if item_id == active or child_active:
            classes.append("active" if child_active else "current active")
        if children:
            classes += ["deeper", "parent"]
        head = (
            f'<a href="{href}">{esc(label)}</a>' if href else f'<span class="nav-header ">{esc(label)}</span>'
        )
        sub = ""
        if children:
            lis = "".join(
                f'<li class="item-{cid}{" current active" if cid == active else ""}"><a href="{ch}">{esc(cl)}</a></li>'
                for cid, ch, cl in children
            )
            sub = f'<ul class="nav-child unstyled small">{lis}</ul>'
        out.append(f'<li class="{" ".join(classes)}">{head}{sub}</li>')
    out.append("</ul>")
    return "".join(out)


def _cloak(seed: int) -> str:
    """Joomla's email cloaking: the address exists only in a script."""
    cid = f"cloak{seed:04x}e3b1c9a07d5f2"
    return (
        f'<span id="{cid}">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem nó.</span>'
        "<script type='text/javascript'>\n"
        f"document.getElementById('{cid}').innerHTML = '';\n"
        "var prefix = '&#109;a' + 'i&#108;' + '&#116;o';\nvar path = 'hr' + 'ef' + '=';\n"
        "var addy = 'pgdkr&#111;ngp&#97;c' + '&#64;';\naddy = addy + 'd&#97;kl&#97;k' + '&#46;' + 'g&#111;v' + '&#46;' + 'vn';\n"
        f"document.getElementById('{cid}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + addy + '\\'>'+addy+'<\\/a>';\n"
        "</script>"
    )


def _most_read() -> str:
    top = sorted(STORIES, key=lambda s: -s.views())[:5]
    lis = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_path(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in top
    )
    return f'<div class="moduletable_docnhieu"><h3 class="mod-tieude">Đọc nhiều nhất</h3><ul class="mostread mod-list">{lis}</ul></div>'


def _counter() -> str:
    rows = [
        ("vhoje", "Hôm nay", "412"),
        ("vhomqua", "Hôm qua", "1.038"),
        ("vtuan", "Tuần này", "5.217"),
        ("vthang", "Tháng này", "6.904"),
        ("vtong", "Tổng truy cập", "1.286.453"),
    ]
    trs = "".join(
        f'<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/{k}.png" alt="" /></td>'
        f"<td>{label}</td><td align=\"right\">{num}</td></tr>"
        for k, label, num in rows
    )
    return (
        '<div class="moduletable_thongke"><h3 class="mod-tieude">Thống kê truy cập</h3>'
        '<div id="vvisit_counter156" class="vvisit_counter"><div style="text-align: center;">'
        '<img src="/modules/mod_vvisit_counter/images/digit_counter/embossed/1.png" alt="1" />'
        '<img src="/modules/mod_vvisit_counter/images/digit_counter/embossed/2.png" alt="2" /></div>'
        f'<table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>{trs}</tbody></table>'
        '<hr style="width: 90%" /><div>Đang online: 17</div><div>IP của bạn: 127.0.0.1</div></div></div>'
    )


def _links_box() -> str:
    sites = [
        ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo", "bo-gddt.png"),
        ("https://daklak.edu.vn", "Sở Giáo dục và Đào tạo Đắk Lắk", "so-gddt-daklak.png"),
        ("https://krongpac.daklak.gov.vn", "UBND huyện Krông Pắc", "ubnd-krongpac.png"),
        ("https://csdl.moet.gov.vn", "CSDL ngành Giáo dục", "csdl-nganh.png"),
    ]
    imgs = "".join(
        f'<div class="banneritem"><a href="{u}" target="_blank" rel="noopener noreferrer" title="{esc(t)}">'
        f'<img src="/images/banners/{f}" alt="{esc(t)}" width="230" height="70" /></a></div>'
        for u, t, f in sites
    )
    return f'<div class="moduletable_lienket"><h3 class="mod-tieude">Liên kết</h3><div class="bannergroup_lk">{imgs}</div></div>'


def _select_links() -> str:
    return (
        '<div class="moduletable_web"><h3 class="mod-tieude">Liên kết website</h3>'
        '<select class="lk-web" onchange="if(this.value!=\'\') window.open(this.value);">'
        '<option value="">-- Chọn website --</option>'
        '<option value="https://daklak.gov.vn">Cổng TTĐT tỉnh Đắk Lắk</option>'
        '<option value="https://baodaklak.vn">Báo Đắk Lắk điện tử</option>'
        '<option value="https://thcsphanchutrinh-krongpac.edu.vn">THCS Phan Chu Trinh</option>'
        "</select></div>"
    )


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li class="active">Bạn đang ở: &#160;</li>']
    full = [("Trang chủ", "/index.php"), *trail]
    for pos, (label, href) in enumerate(full, 1):
        last = pos == len(full)
        inner = (
            f'<span itemprop="name">{esc(label)}</span>'
            if last or not href
            else f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
        )
        divider = "" if last else '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
        cls = ' class="active"' if last else ""
        items.append(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"{cls}>'
            f'{inner}{divider}<meta itemprop="position" content="{pos}"></li>'
        )
    return (
        '<div class="moduletable_dd"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
        + "".join(items)
        + "</ul></div>"
    )


def page(
    request: Request,
    *,
    title: str,
    body: str,
    active: str,
    body_class: str,
    trail: list[tuple[str, str | None]] | None,
    meta_author: str | None = None,
) -> str:
    base = base_url(request)
    author = f'\n  <meta name="author" content="{esc(meta_author)}" />' if meta_author else ""
    crumbs = _breadcrumb(trail) if trail is not None else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <base href="{base}{esc(request.target)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="giáo dục, Krông Pắc, Đắk Lắk, phòng giáo dục" />{author}
  <meta name="description" content="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Krông Pắc, tỉnh Đắk Lắk" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="{_TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" />
  <link href="{_TPL}/css/bootstrap.min.css" rel="stylesheet" />
  <link href="{_TPL}/css/template.css?v=2.4" rel="stylesheet" />
  <script src="/media/jui/js/jquery.min.js?8c1d0a5b8f"></script>
  <script src="/media/jui/js/bootstrap.min.js?8c1d0a5b8f"></script>
  <script src="/media/system/js/caption.js?8c1d0a5b8f"></script>
  <script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
  </script>
</head>
<body class="site {body_class}">
<div id="tn-wrapper" class="container">
  <div class="tn-topbar row-fluid">
    <div class="span6"><span class="ngay-thang">{HEADER_TODAY}</span></div>
    <div class="span6"><div class="search tn-timkiem">
      <form action="/index.php" method="post" class="form-inline">
        <label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label>
        <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." />
        <input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="101" />
      </form></div></div>
  </div>
  <header class="tn-header">
    <div class="tn-logo"><a href="/"><img src="/images/banner/banner-pgd-krongpac.jpg" alt="Phòng Giáo dục và Đào tạo huyện Krông Pắc" /></a>
    <h1 class="tn-tendonvi">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</h1>
    <p class="tn-khauhieu">Đổi mới - Sáng tạo - Chất lượng</p></div>
  </header>
  <nav class="bq-menu navbar">{_menu(active, "nav-pills")}</nav>
  <div class="row-fluid tn-noidung">
    <aside class="span3 khung-trai">
      <div class="moduletable_menu"><h3 class="mod-tieude">Danh mục</h3>{_menu(active, "")}</div>
      {_select_links()}
      {_counter()}
    </aside>
    <main id="content" class="span6 khung-giua" role="main">
      {crumbs}
      <div id="system-message-container"></div>
{body}
    </main>
    <aside class="span3 khung-phai">
      {_most_read()}
      {_links_box()}
    </aside>
  </div>
  <footer class="tn-footer">
    <div class="custom_ft"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</strong></p>
    <p>Địa chỉ: 02 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</p>
    <p>Điện thoại: 0262.3521.207 - Fax: 0262.3521.208 - Email: {_cloak(7)}</p>
    <p>Chịu trách nhiệm nội dung: Trưởng phòng Phòng Giáo dục và Đào tạo</p>
    <p>&copy; 2026 Phòng GD&amp;ĐT Krông Pắc. Thiết kế bởi <a href="https://taynguyenxanh.vn" target="_blank">Tây Nguyên Xanh</a></p></div>
  </footer>
</div>
</body>
</html>"""


# --- article view ---------------------------------------------------------------------------


def _info_block(s: Story, *, full: bool) -> str:
    menu = s.opts["menu"]
    cat_name = MENUS[menu][1]
    up = s.opts["up"]
    parts = ['<dl class="article-info muted">', '<dt class="article-info-term">Chi tiết</dt>']
    if full:
        by = s.opts.get("by_alias", "Quản trị")
        parts.append(
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<span class="icon-user" aria-hidden="true"></span> Viết bởi <span itemprop="name">{esc(by)}</span></dd>'
        )
        parts.append(
            f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> '
            f'Danh mục: <a href="/index.php/{menu}" itemprop="genre">{esc(cat_name)}</a></dd>'
        )
    parts.append(
        '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> '
        f'<time datetime="{iso(up)}" itemprop="datePublished">Ngày đăng: {lc2(up)}</time></dd>'
    )
    if full and s.opts.get("created"):
        c = s.opts["created"]
        parts.append(
            '<dd class="create"><span class="icon-calendar" aria-hidden="true"></span> '
            f'<time datetime="{iso(c)}" itemprop="dateCreated">Ngày tạo: {lc2(c)}</time></dd>'
        )
    if full and s.opts.get("modified"):
        m = s.opts["modified"]
        parts.append(
            '<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> '
            f'<time datetime="{iso(m)}" itemprop="dateModified">Cập nhật lần cuối: {lc2(m)}</time></dd>'
        )
    parts.append(
        '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> '
        f'<meta itemprop="interactionCount" content="UserPageVisits:{s.views()}" /> Lượt xem: {s.views()}</dd>'
    )
    parts.append("</dl>")
    return "\n".join(parts)


def _share(request: Request, s: Story) -> str:
    url = base_url(request) + art_path(s)
    return (
        '<div class="bq-chiase clearfix">'
        f'<div class="fb-like" data-href="{url}" data-layout="button_count" data-action="like" data-size="small" data-show-faces="false" data-share="true"></div>'
        f'<div class="zalo-share-button" data-href="{url}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>'
        '<span class="bq-cochu">Cỡ chữ: <a href="javascript:void(0);" onclick="tnFont(-1)">A-</a> '
        '<a href="javascript:void(0);" onclick="tnFont(0)">A</a> <a href="javascript:void(0);" onclick="tnFont(1)">A+</a></span>'
        "</div>"
    )


def _icons(s: Story) -> str:
    return (
        '<div class="icons"><div class="btn-group pull-right">'
        f'<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{s.id}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">'
        '<span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>'
        f'<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{s.id}"><li class="print-icon">'
        f'<a href="{esc(print_path(s))}" title="In bài viết &lt; {esc(s.title)} &gt;" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\'); return false;" rel="nofollow">'
        '<span class="icon-print" aria-hidden="true"></span> In</a></li></ul></div></div>'
    )


def _pagenav(s: Story) -> str:
    """Joomla's "Trước / Tiếp" between articles of a category (on in Hoạt động chuyên môn only)."""
    siblings = _in_menu(s.opts["menu"])
    i = siblings.index(s)
    items = []
    if i > 0:
        p = siblings[i - 1]
        items.append(
            f'<li class="previous"><a class="hasTooltip" title="{esc(p.title)}" aria-label="Bài trước: {esc(p.title)}" href="{art_path(p)}" rel="prev">'
            '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>'
        )
    if i + 1 < len(siblings):
        n = siblings[i + 1]
        items.append(
            f'<li class="next"><a class="hasTooltip" title="{esc(n.title)}" aria-label="Bài tiếp: {esc(n.title)}" href="{art_path(n)}" rel="next">'
            '<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        )
    return '<ul class="pager pagenav">' + "".join(items) + "</ul>"


def _jcomments(s: Story) -> str:
    comments = s.opts.get("comments", [])
    head = ""
    if comments:
        rows = []
        for n, (cid, name, when, body) in enumerate(comments, 1):
            parity = "odd" if n % 2 else "even"
            rows.append(
                f'<div class="{parity}" id="comment-item-{cid}"><div class="rbox"><div class="rbox_tr"><div class="rbox_tl"><div class="rbox_t">&nbsp;</div></div></div><div class="rbox_m">'
                '<div class="comment-box avatar-indent"><img class="comment-avatar" src="/components/com_jcomments/images/no_avatar.png" alt="" />'
                f'<a class="comment-anchor" href="{art_path(s)}#comment-{cid}" id="comment-{cid}">#{n}</a> '
                f'<span class="comment-author">{esc(name)}</span> <span class="comment-date">{when}</span>'
                f'<div class="comment-body" id="comment-body-{cid}">{esc(body)}</div></div><div class="clear"></div>'
                '</div><div class="rbox_br"><div class="rbox_bl"><div class="rbox_b">&nbsp;</div></div></div></div></div>'
            )
        rss = esc(rss_path(s.id))
        head = (
            f'<div id="comments"><h4>Bình luận&nbsp;<a class="rss" href="{rss}" title="RSS" target="_blank">&nbsp;</a>'
            f'<a class="refresh" href="#" title="Làm mới danh sách bình luận" onclick="jcomments.showPage({s.id},\'com_content\',0);return false;">&nbsp;</a></h4>'
            f'<div id="comments-list" class="comments-list">{"".join(rows)}</div>'
            f'<div id="comments-list-footer"><a class="refresh" href="#" title="Làm mới danh sách bình luận" onclick="jcomments.showPage({s.id},\'com_content\',0);return false;">Làm mới danh sách bình luận</a><br />'
            f'<a class="rss" href="{rss}" title="RSS" target="_blank">Theo dõi bình luận qua RSS</a></div></div>'
        )
    else:
        head = '<div id="comments"></div>'
    return f"""<script type="text/javascript">
<!--
var jcomments=new JComments({s.id}, 'com_content','/index.php?option=com_jcomments&amp;tmpl=component');
jcomments.setList('comments-list');
//-->
</script>
<div id="jc">
{head}
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);">
<h4>Gửi bình luận</h4>
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Tên (bắt buộc)</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">E-mail (bắt buộc, nhưng không công bố)</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>
<p><span><img class="captcha" onclick="jcomments.clear('captcha');" id="comments-form-captcha-image" src="/index.php?option=com_jcomments&amp;task=captcha&amp;tmpl=component&amp;ac={s.id * 7919 % 100000}" width="121" height="60" alt="Mã bảo vệ" /><br /><span class="captcha" onclick="jcomments.clear('captcha');">Làm mới</span><br /><input class="captcha" id="comments-form-captcha" type="text" name="captcha_refid" value="" size="5" tabindex="6" /><br /></span></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Gửi (Ctrl+Enter)">Gửi</a></div></div><div class="btn" id="comments-form-cancel" style="display:none;"><div><a href="#" tabindex="8" onclick="return false;" title="Hủy bỏ">Hủy bỏ</a></div></div><div style="clear:both;"></div></div>
<div><input type="hidden" name="object_id" value="{s.id}" /><input type="hidden" name="object_group" value="com_content" /></div>
</form>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div>
</div>"""


def _other_news(s: Story) -> str:
    """The vendor's "Các tin khác" box under an article: the newest of the same category."""
    others = [o for o in _in_menu(s.opts["menu"]) if o is not s][:4]
    lis = "".join(
        f'<li><a href="{art_path(o)}">{esc(o.title)}</a> <span class="tn-ngay">({dmy(o.opts["up"])})</span></li>'
        for o in others
    )
    return f'<div class="moduletable_tinkhac"><h3 class="mod-tieude">Các tin khác</h3><ul class="tn-tinkhac">{lis}</ul></div>'


def _pagebreak_text(s: Story, page_no: int | None) -> tuple[str, str]:
    """(toc, text) as plg_content_pagebreak prints them; ``page_no`` None = "Tất cả các trang"."""
    pages = _pages(s)
    titles = _page_titles(s)
    base = art_path(s)
    links = [f"{base}?showall=&amp;limitstart="] + [
        f"{base}?showall=&amp;limitstart={i}" for i in range(1, len(pages))
    ]
    lis = []
    for i, (t, href) in enumerate(zip(titles, links, strict=True)):
        on = " active" if page_no == i else ""
        li_class = ' class="toclink active"' if on else ""
        lis.append(f'<li{li_class}><a href="{href}" class="toclink{on}">{esc(t)}</a></li>')
    on = " active" if page_no is None else ""
    lis.append(f'<li><a href="{base}?showall=1" class="toclink{on}">Tất cả các trang</a></li>')
    toc = (
        '<div class="pull-right article-index">\n<h3>Mục lục bài viết</h3>\n'
        f'<ul class="nav nav-tabs nav-stacked">{"".join(lis)}</ul>\n</div>'
    )
    if page_no is None:
        return toc, "\n<br />\n".join(render_blocks(p) for p in pages)
    nav = []
    nav.append(f'<li><a href="{links[page_no - 1]}">&lt;&lt; Trước</a></li>' if page_no > 0 else "<li>&lt;&lt; Trước</li>")
    nav.append(
        f'<li><a href="{links[page_no + 1]}">Tiếp &gt;&gt;</a></li>'
        if page_no + 1 < len(pages)
        else "<li>Tiếp &gt;&gt;</li>"
    )
    body = (
        f'<div class="pagenavcounter">Trang {page_no + 1} / {len(pages)}</div>\n'
        + render_blocks(pages[page_no])
        + f'\n<div class="pager"><ul>{"".join(nav)}</ul></div>'
    )
    return toc, body


def article_page(request: Request, s: Story, *, page_no: int | None = 0, printing: bool = False) -> Response:
    menu = s.opts["menu"]
    _catid, cat_name, itemid, layout = MENUS[menu]
    paged = len(_pages(s)) > 1
    toc = ""
    if printing or not paged:
        body_text = render_blocks(s.blocks) if not paged else "\n<br />\n".join(render_blocks(p) for p in _pages(s))
    else:
        toc, body_text = _pagebreak_text(s, page_no)
    title = s.title
    if paged and page_no and not printing:
        title = f"{s.title} - {_page_titles(s)[page_no]}"
    heading = (
        f'<div class="page-header"><h1> {esc(cat_name)} </h1></div>\n' if layout == "blog" and not printing else ""
    )
    item = f"""<div class="item-page tn-baiviet" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
{heading}<div class="page-header">
<h2 itemprop="headline">{esc(s.title)}</h2>
</div>
{"" if printing else _icons(s)}
{_info_block(s, full=True)}
{"" if printing else _share(request, s)}
{_fulltext_image(s)}
{toc}
<div itemprop="articleBody">
{body_text}
</div>
{_pagenav(s) if layout == "blog" and menu == "hoat-dong-chuyen-mon" and not printing else ""}
{_jcomments(s) if layout == "blog" and not printing else ""}
</div>"""
    if printing:
        doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="noindex, nofollow" />
  <title>{esc(s.title)} - {esc(SITE_SHORT)}</title>
  <link href="{_TPL}/css/template.css?v=2.4" rel="stylesheet" />
  <script src="/media/system/js/caption.js?8c1d0a5b8f"></script>
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
{item}
</body>
</html>"""
        return html(doc)
    body = item if layout != "blog" else item + "\n" + _other_news(s)
    return html(
        page(
            request,
            title=f"{title} - {SITE_SHORT}",
            body=body,
            active=str(itemid),
            body_class=f"com_content view-article no-layout no-task itemid-{itemid}",
            trail=[(cat_name, f"/index.php/{menu}"), (s.title, None)],
            meta_author=s.opts.get("by_alias", "Quản trị"),
        )
    )


# --- listings -------------------------------------------------------------------------------

BLOG_LIMITS = {"tin-tuc-su-kien": (1, 1, 1, 2), "hoat-dong-chuyen-mon": (1, 2, 2, 0)}  # leading, intro, cols, links


def _in_menu(menu: str) -> list[Story]:
    return sorted((s for s in STORIES if s.opts["menu"] == menu), key=lambda s: s.opts["up"], reverse=True)


def _blog_item(s: Story) -> str:
    link = art_path(s)
    first = next(b for b in s.blocks if isinstance(b, P))
    intro = render_blocks([first])
    n = len(s.opts.get("comments", []))
    jc = (
        f'<div class="jcomments-links"><a class="comment-link" href="{link}#comments" title="Bình luận">Bình luận ({n})</a></div>'
        if n
        else f'<div class="jcomments-links"><a class="comment-link" href="{link}#addcomments" title="Thêm bình luận mới">Thêm bình luận mới</a></div>'
    )
    short = s.title if len(s.title) <= 60 else s.title[:60].rsplit(" ", 1)[0] + "..."
    return f"""<div class="pull-left item-image"> <a href="{link}"><img src="{_thumb(s)}" alt="" itemprop="thumbnailUrl"/></a> </div>
<div class="page-header"><h2 itemprop="name"><a href="{link}" itemprop="url">{esc(s.title)}</a></h2></div>
{_info_block(s, full=False)}
{intro}
{jc}
<p class="readmore"><a class="btn" href="{link}" itemprop="url" aria-label="Đọc thêm: {esc(s.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {esc(short)}</a></p>"""


def _pagination(menu: str, start: int, limit: int, total: int) -> str:
    pages = (total + limit - 1) // limit
    if pages <= 1:
        return ""
    cur = start // limit

    def href(i: int) -> str:
        return f"/index.php/{menu}?limitstart=0" if i == 0 else f"/index.php/{menu}?start={i * limit}"

    lis = []
    if cur == 0:
        lis += ['<li class="pagination-start"><span class="pagenav">Đầu</span></li>',
                '<li class="pagination-prev"><span class="pagenav">Trước</span></li>']
    else:
        lis += [f'<li class="pagination-start"><a title="Đầu" href="{href(0)}" class="hasTooltip pagenav">Đầu</a></li>',
                f'<li class="pagination-prev"><a title="Trước" href="{href(cur - 1)}" class="hasTooltip pagenav">Trước</a></li>']
    for i in range(pages):
        if i == cur:
            lis.append(f'<li class="active"><span class="pagenav">{i + 1}</span></li>')
        else:
            lis.append(f'<li><a href="{href(i)}" class="pagenav">{i + 1}</a></li>')
    if cur + 1 < pages:
        lis += [f'<li class="pagination-next"><a title="Tiếp" href="{href(cur + 1)}" class="hasTooltip pagenav">Tiếp</a></li>',
                f'<li class="pagination-end"><a title="Cuối" href="{href(pages - 1)}" class="hasTooltip pagenav">Cuối</a></li>']
    else:
        lis += ['<li class="pagination-next"><span class="pagenav">Tiếp</span></li>',
                '<li class="pagination-end"><span class="pagenav">Cuối</span></li>']
    return (
        f'<div class="pagination"><p class="counter pull-right"> Trang {cur + 1} / {pages} </p>'
        f'<ul class="pagination-list">{"".join(lis)}</ul></div>'
    )


def blog_page(request: Request, menu: str, start: int) -> Response | None:
    _catid, cat_name, itemid, _layout = MENUS[menu]
    leading, intro, cols, nlinks = BLOG_LIMITS[menu]
    limit = leading + intro
    items = _in_menu(menu)
    if start % limit or start >= len(items):
        return None
    shown = items[start : start + limit]
    out = [
        '<div class="blog tn-dsbai" itemscope itemtype="https://schema.org/Blog">',
        f'<div class="page-header"><h1> {esc(cat_name)} </h1></div>',
        '<div class="items-leading clearfix">',
    ]
    for k, s in enumerate(shown[:leading]):
        out.append(
            f'<div class="leading-{k} clearfix" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{_blog_item(s)}</div>'
        )
    out.append("</div>")
    rest = shown[leading:]
    for row in range(0, len(rest), cols):
        out.append(f'<div class="items-row cols-{cols} row-{row // cols} row-fluid clearfix">')
        for c, s in enumerate(rest[row : row + cols]):
            out.append(
                f'<div class="span{12 // cols}"><div class="item column-{c + 1}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{_blog_item(s)}</div></div>'
            )
        out.append("</div>")
    more = items[start + limit : start + limit + nlinks]
    if more:
        lis = "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in more)
        out.append(f'<div class="items-more"><h3 class="tn-xemthem">Tin đã đưa</h3><ol class="nav nav-tabs nav-stacked">{lis}</ol></div>')
    out.append(_pagination(menu, start, limit, len(items)))
    out.append("</div>")
    return html(
        page(
            request,
            title=f"{cat_name} - {SITE_SHORT}",
            body="\n".join(out),
            active=str(itemid),
            body_class=f"com_content view-category layout-blog no-task itemid-{itemid}",
            trail=[(cat_name, None)],
        )
    )


def list_page(request: Request, menu: str) -> Response:
    _catid, cat_name, itemid, _layout = MENUS[menu]
    rows = []
    if menu == "thong-bao":
        entries: list[tuple[str, str, str, int]] = [
            (s.opts["up"], f'<a href="{art_path(s)}">{esc(s.title)}</a>', "", s.views()) for s in _in_menu(menu)
        ]
        entries.append(
            (
                RESTRICTED["up"],
                f'{esc(RESTRICTED["title"])} : <a href="{esc(LOGIN_PATH)}" class="register">Đăng ký để đọc thêm...</a>',
                "",
                RESTRICTED["hits"],
            )
        )
    else:
        entries = [(d["up"], f'<a href="{doc_path(d)}">{esc(d["title"])}</a>', "", 40 + d["id"] % 90) for d in DOCS]
    entries.sort(key=lambda e: e[0], reverse=True)
    for n, (up, cell, _x, hits) in enumerate(entries):
        rows.append(
            f'<tr class="cat-list-row{n % 2}" ><td headers="categorylist_header_title" class="list-title">{cell}</td>'
            f'<td headers="categorylist_header_date" class="list-date small">{lc3(up)}</td>'
            f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">Lượt xem: {hits}</span></td></tr>'
        )
    body = f"""<div class="category-list tn-dsvb">
<div>
<div class="content-category">
<h2> {esc(cat_name)} </h2>
<form action="/index.php/{menu}" method="post" name="adminForm" id="adminForm" class="form-inline">
<fieldset class="filters btn-toolbar clearfix">
<legend class="hide">Bộ lọc</legend>
<div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">Bộ lọc tiêu đề&#160;</label>
<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="Nhập một phần tiêu đề để tìm" placeholder="Bộ lọc tiêu đề" /></div>
<div class="btn-group pull-right"><label for="limit" class="element-invisible">Hiển thị #</label>
<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">
<option value="5">5</option><option value="10" selected="selected">10</option><option value="15">15</option><option value="20">20</option><option value="0">Tất cả</option></select></div>
<input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" /><input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" />
</fieldset>
<table class="category table table-striped table-bordered table-hover">
<thead><tr><th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','');return false;" class="hasPopover" title="Tiêu đề">Tiêu đề</a></th>
<th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','');return false;" class="hasPopover" title="Ngày đăng">Ngày đăng</a></th>
<th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','');return false;" class="hasPopover" title="Lượt xem">Lượt xem</a></th></tr></thead>
<tbody>
{"".join(rows)}
</tbody>
</table>
</form>
</div>
</div>
</div>"""
    return html(
        page(
            request,
            title=f"{cat_name} - {SITE_SHORT}",
            body=body,
            active=str(itemid),
            body_class=f"com_content view-category no-layout no-task itemid-{itemid}",
            trail=[(cat_name, None)],
        )
    )


# --- home -----------------------------------------------------------------------------------


def _cat_module(title: str, suffix: str, entries: list[tuple[str, str, str]], more: str) -> str:
    lis = "".join(
        f'<li><a class="mod-articles-category-title " href="{href}">{esc(t)}</a> '
        f'<span class="mod-articles-category-date">{date}</span></li>'
        for href, t, date in entries
    )
    return (
        f'<div class="moduletable{suffix}"><h3 class="mod-tieude"><span>{esc(title)}</span></h3>'
        f'<ul class="category-module{suffix} mod-list">{lis}</ul>'
        f'<div class="tn-xemtiep"><a href="{more}">Xem tiếp...</a></div></div>'
    )


def home_page(request: Request) -> Response:
    featured = [s for s in STORIES if s.opts.get("featured")]
    slides = "".join(
        f'<div class="bt-row"><div class="bt-inner"><a class="bt-image-link" href="{esc(nonsef_path(s))}" title="{esc(s.title)}">'
        f'<img class="hovereffect" src="/cache/mod_bt_contentslider/{s.id:x}9a1f_{_thumb(s).rsplit("/", 1)[-1]}" alt="{esc(s.title)}" style="width:420px;" /></a>'
        f'<a class="bt-title" href="{esc(nonsef_path(s))}" title="{esc(s.title)}">{esc(s.title)}</a></div></div>'
        for s in featured
    )
    slider = f'<div class="moduletable_noibat"><h3 class="mod-tieude">Tin nổi bật</h3><div id="btcontentslider131" class="bt-cs"><div class="slides_container">{slides}</div></div></div>'
    news = sorted(
        (s for s in STORIES if s.opts["menu"] in ("tin-tuc-su-kien", "hoat-dong-chuyen-mon")),
        key=lambda s: s.opts["up"],
        reverse=True,
    )[:5]
    tin_moi = _cat_module(
        "Tin mới", "_tinmoi", [(art_path(s), s.title, dmy(s.opts["up"])) for s in news], "/index.php/tin-tuc-su-kien"
    )
    thong_bao = _cat_module(
        "Thông báo", "_thongbao", [(art_path(s), s.title, dmy(s.opts["up"])) for s in _in_menu("thong-bao")], "/index.php/thong-bao"
    )
    van_ban = _cat_module(
        "Văn bản mới",
        "_vanban",
        [(doc_path(d), d["title"], dmy(d["up"])) for d in sorted(DOCS, key=lambda d: d["up"], reverse=True)],
        "/index.php/van-ban-moi",
    )
    body = f'<div class="tn-trangchu">{slider}\n{tin_moi}\n<div class="row-fluid"><div class="span6">{thong_bao}</div><div class="span6">{van_ban}</div></div></div>'
    return html(
        page(
            request,
            title=f"Trang chủ - {SITE_SHORT}",
            body=body,
            active="101",
            body_class="com_content view-featured no-layout no-task itemid-101",
            trail=None,
        )
    )


# --- pages that are not articles ------------------------------------------------------------

INTRO_TEXT = [
    "Phòng Giáo dục và Đào tạo huyện Krông Pắc là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, có chức năng tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.",
    "Toàn huyện hiện có 68 đơn vị trường học trực thuộc, gồm 24 trường mầm non, 26 trường tiểu học, 17 trường trung học cơ sở và 01 trường phổ thông dân tộc bán trú, với hơn 42.000 học sinh.",
    "Lãnh đạo Phòng gồm Trưởng phòng và 02 Phó Trưởng phòng; các bộ phận chuyên môn: Mầm non, Tiểu học, Trung học cơ sở, Kế hoạch – Tài chính, Tổ chức cán bộ và Văn phòng.",
]


def intro_page(request: Request) -> Response:
    paras = "\n".join(f'<p style="text-align: justify;">{esc(t)}</p>' for t in INTRO_TEXT)
    body = f"""<div class="item-page tn-gioithieu" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h1> Giới thiệu </h1></div>
<div class="page-header"><h2 itemprop="headline">Giới thiệu chung về Phòng Giáo dục và Đào tạo huyện Krông Pắc</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:8812" /> Lượt xem: 8812</dd></dl>
<div itemprop="articleBody">
<p style="text-align: center;"><img src="/images/gioi-thieu/tru-so-pgd-krongpac.jpg" alt="Trụ sở Phòng GD&amp;ĐT" width="600" height="380" /></p>
{paras}
<table class="table table-bordered" border="1" cellpadding="4"><tbody>
<tr><td><strong>Trưởng phòng</strong></td><td>Nguyễn Hữu Lộc</td><td>0262.3521.207</td></tr>
<tr><td><strong>Phó Trưởng phòng</strong></td><td>Trần Đức Thịnh</td><td>0262.3521.209</td></tr>
<tr><td><strong>Phó Trưởng phòng</strong></td><td>Lê Văn Hải</td><td>0262.3521.210</td></tr>
</tbody></table>
</div>
</div>"""
    return html(
        page(
            request,
            title=f"Giới thiệu - {SITE_SHORT}",
            body=body,
            active="102",
            body_class="com_content view-article no-layout no-task itemid-102",
            trail=[("Giới thiệu", None)],
            meta_author="Quản trị",
        )
    )


def contact_page(request: Request, sent: bool = False) -> Response:
    msg = (
        '<div class="alert alert-warning"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">Cảnh báo</h4>'
        "<div>Mã xác nhận không đúng. Vui lòng thử lại.</div></div>"
        if sent
        else ""
    )
    body = f"""{msg}<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h1> Liên hệ </h1></div>
<div class="page-header"><h2><span class="contact-name" itemprop="name">Phòng Giáo dục và Đào tạo huyện Krông Pắc</span></h2></div>
<h3>Thông tin liên hệ</h3>
<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
<dd><span class="contact-street" itemprop="streetAddress">02 Giải Phóng, thị trấn Phước An<br /></span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">huyện Krông Pắc, tỉnh Đắk Lắk<br /></span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/emailButton.png" alt="Email: " /></span></dt>
<dd><span class="contact-emailto">{_cloak(11)}</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
<dd><span class="contact-telephone" itemprop="telephone">0262.3521.207</span></dd>
</dl>
<h3>Gửi thư liên hệ</h3>
<div class="contact-form">
<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Các ô có dấu sao (*) là bắt buộc.</legend>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Họ tên<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label for="jform_contact_email" class="required">Email<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label for="jform_contact_message" class="required">Nội dung<span class="star">&#160;*</span></label></div>
<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required" required aria-required="true"></textarea></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" /><input type="hidden" name="return" value="" /><input type="hidden" name="id" value="1:phong-gd-dt-krong-pac" /><input type="hidden" name="7c1e0a2f9b3d4c5e6f708192a3b4c5d6" value="1" />
</div></div>
</form>
</div>
</div>"""
    return html(
        page(
            request,
            title=f"Liên hệ - {SITE_SHORT}",
            body=body,
            active="105",
            body_class="com_contact view-contact no-layout no-task itemid-105",
            trail=[("Liên hệ", None)],
        )
    )


def doc_page(request: Request, d: dict) -> Response:
    name = d["file"].rsplit("/", 1)[-1]
    body = f"""<div class="item-page tn-vanban" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(d["title"])}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user" aria-hidden="true"></span> Viết bởi <span itemprop="name">Quản trị</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/index.php/van-ban-moi" itemprop="genre">Văn bản mới</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{iso(d["up"])}" itemprop="datePublished">Ngày đăng: {lc2(d["up"])}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> Lượt xem: {40 + d["id"] % 90}</dd></dl>
<div itemprop="articleBody">
<table class="tbl-vanban" style="width: 100%;" border="1" cellspacing="0" cellpadding="5"><tbody>
<tr><td style="width: 30%;"><strong>Số/Ký hiệu</strong></td><td>{esc(d["so"])}</td></tr>
<tr><td><strong>Ngày ban hành</strong></td><td>{d["ngay"]}</td></tr>
<tr><td><strong>Loại văn bản</strong></td><td>{esc(d["loai"])}</td></tr>
<tr><td><strong>Cơ quan ban hành</strong></td><td>Phòng Giáo dục và Đào tạo huyện Krông Pắc</td></tr>
<tr><td><strong>Người ký</strong></td><td>{esc(d["ky"])}</td></tr>
<tr><td><strong>Trích yếu</strong></td><td>{esc(d["title"])}</td></tr>
<tr><td><strong>Tệp đính kèm</strong></td><td><a href="{d["file"]}" target="_blank"><img src="/images/icons/pdf-16.png" alt="" /> {esc(name)}</a></td></tr>
</tbody></table>
</div>
</div>"""
    return html(
        page(
            request,
            title=f"{d['title']} - {SITE_SHORT}",
            body=body,
            active="113",
            body_class="com_content view-article no-layout no-task itemid-113",
            trail=[("Văn bản mới", "/index.php/van-ban-moi"), (d["title"], None)],
            meta_author="Quản trị",
        )
    )


def login_page(request: Request, failed: bool = False) -> Response:
    msg = (
        '<div class="alert alert-warning"><h4 class="alert-heading">Cảnh báo</h4>'
        "<div>Tên đăng nhập và mật khẩu không khớp hoặc bạn chưa có tài khoản.</div></div>"
        if failed
        else ""
    )
    ret = request.params.get("return", "")
    body = f"""{msg}<div class="login">
<form action="/index.php/component/users/?task=user.login&amp;Itemid=112" method="post" class="form-validate form-horizontal well">
<fieldset>
<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">Tên đăng nhập<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">Mật khẩu<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label for="remember">Ghi nhớ</label></div><div class="controls"><input id="remember" type="checkbox" name="remember" class="inputbox" value="yes" /></div></div>
<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">Đăng nhập</button></div></div>
<input type="hidden" name="return" value="{esc(ret)}" /><input type="hidden" name="9a8b7c6d5e4f30211203f4e5d6c7b8a9" value="1" />
</fieldset>
</form>
</div>"""
    return html(
        page(
            request,
            title=f"Đăng nhập - {SITE_SHORT}",
            body=body,
            active="112",
            body_class="com_users view-login no-layout no-task itemid-112",
            trail=[("Đăng nhập", None)],
        )
    )


def search_page(request: Request, word: str) -> Response:
    body = f"""<div class="search">
<h1 class="page-title">Tìm kiếm</h1>
<form id="searchForm" action="/index.php/component/search/" method="post">
<div class="btn-toolbar"><div class="btn-group pull-left"><input type="text" name="searchword" placeholder="Từ khóa tìm kiếm:" id="search-searchword" size="30" maxlength="200" value="{esc(word)}" class="inputbox" /></div>
<div class="btn-group pull-left"><button name="Search" onclick="this.form.submit()" class="btn hasTooltip" title="Tìm kiếm"><span class="icon-search"></span> Tìm kiếm</button></div>
<input type="hidden" name="task" value="search" /></div>
<div class="searchintro"><p>Tìm kiếm từ khóa: <span class="badge badge-info">{esc(word)}</span></p><p>Tổng cộng <span class="badge badge-info">0</span> kết quả.</p></div>
</form>
</div>"""
    return html(
        page(
            request,
            title=f"Tìm kiếm - {SITE_SHORT}",
            body=body,
            active="101",
            body_class="com_search view-search no-layout no-task itemid-101",
            trail=[("Tìm kiếm", None)],
        )
    )


def comments_rss(request: Request, s: Story) -> Response:
    """JComments' feed of an article's comments (format=raw): items are comments, not articles."""
    base = base_url(request)
    link = base + art_path(s)
    items = []
    for cid, name, when, body in reversed(s.opts.get("comments", [])):
        d = datetime.strptime(when, "%d.%m.%Y %H:%M")
        # JComments writes the date in UTC
        utc = d - timedelta(hours=7)
        items.append(
            f"<item>\n<title>{esc(name)}: {esc(body[:40].rsplit(' ', 1)[0])}...</title>\n"
            f"<link>{link}#comment-{cid}</link>\n<description><![CDATA[{body}]]></description>\n"
            f"<author>{esc(name)}</author>\n<pubDate>{utc:%a, %d %b %Y %H:%M:00} +0000</pubDate>\n"
            f"<guid>{link}#comment-{cid}</guid>\n</item>"
        )
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(s.title)}</title>
<link>{link}</link>
<description>Bình luận cho bài: {esc(s.title)}</description>
<lastBuildDate>Sat, 05 Dec 2026 02:14:07 +0000</lastBuildDate>
<generator>JComments</generator>
<atom:link href="{esc(base + rss_path(s.id))}" rel="self" type="application/rss+xml" />
{"".join(items)}
</channel>
</rss>
"""
    return Response(200, xml.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- the site -------------------------------------------------------------------------------

_PDFS = {
    "/images/van-ban/2026/bien-ban-kiem-tra-mn.pdf",
    "/images/van-ban/2026/ket-qua-hsg-9-cap-huyen.pdf",
    "/images/van-ban/2026/tb-248-hoi-thi-gvdg-tieu-hoc.pdf",
    *(d["file"] for d in DOCS),
}
_STATIC_ROOTS = ("/images/", "/templates/", "/media/", "/components/", "/modules/", "/cache/")
_PRINT = {"tmpl": "component", "print": "1", "layout": "default"}


def _q(request: Request) -> dict[str, list[str]]:
    return parse_qs(request.query, keep_blank_values=True)


def _flat(request: Request) -> dict[str, str]:
    return {k: v[0] for k, v in _q(request).items()}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_ROOTS):
            if path in _PDFS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        params = _flat(request)
        if request.method == "POST":
            return self._post(request, params)
        if path == "/" and not request.query:
            return home_page(request)
        if path == "/index.php":
            return self._index_php(request, params)
        m = re.fullmatch(r"/index\.php/([a-z-]+)", path)
        if m:
            return self._menu(request, m.group(1), params)
        m = re.fullmatch(r"/index\.php/([a-z-]+)/(\d+)-([a-z0-9-]+)", path)
        if m:
            return self._item(request, m.group(1), int(m.group(2)), m.group(3), params)
        m = re.fullmatch(r"/index\.php/component/content/article/(\d+)-([a-z-]+)/(\d+)-([a-z0-9-]+)", path)
        if m and params == {"Itemid": "101"}:
            s = BY_ID.get(int(m.group(3)))
            if s and s.slug == m.group(4) and component_path(s) == request.target:
                return article_page(request, s)
            return None
        if path == "/index.php/component/users/" and params.get("view") == "login":
            return login_page(request)
        if path == "/index.php/component/search/" and "searchword" in params:
            return search_page(request, params["searchword"])
        return None

    def _post(self, request: Request, params: dict[str, str]) -> Response | None:
        form = request.form
        if form.get("option") == "com_search":
            word = form.get("searchword", "")
            return Response(303, b"", {"Location": f"/index.php/component/search/?searchword={quote_plus(word)}&searchphrase=all&Itemid=101"})
        if request.path == "/index.php/lien-he":
            return contact_page(request, sent=True)
        if request.path == "/index.php/component/users/":
            return login_page(request, failed=True)
        m = re.fullmatch(r"/index\.php/(thong-bao|van-ban-moi)", request.path)
        if m:
            return list_page(request, m.group(1))
        return None

    def _index_php(self, request: Request, params: dict[str, str]) -> Response | None:
        if not params:
            return home_page(request)
        option = params.get("option")
        if option == "com_content" and params.get("view") == "article":
            sid, _, slug = params.get("id", "").partition(":")
            s = BY_ID.get(int(sid)) if sid.isdigit() else None
            if s and s.slug == slug and s.opts.get("featured") and nonsef_path(s).split("?", 1)[1] == request.query:
                return article_page(request, s)
            return None
        if option == "com_jcomments" and params.get("task") == "rss":
            if params.get("object_group") != "com_content" or params.get("format") != "raw":
                return None
            oid = params.get("object_id", "")
            s = BY_ID.get(int(oid)) if oid.isdigit() else None
            if s and s.opts.get("comments"):
                return comments_rss(request, s)
            return None
        if option == "com_jcomments" and params.get("task") == "captcha":
            return static_file("/captcha.png")
        return None

    def _menu(self, request: Request, menu: str, params: dict[str, str]) -> Response | None:
        if menu == "gioi-thieu" and not params:
            return intro_page(request)
        if menu == "lien-he" and not params:
            return contact_page(request)
        if menu not in MENUS:
            return None
        layout = MENUS[menu][3]
        if layout == "list":
            return list_page(request, menu) if not params else None
        if not params:
            return blog_page(request, menu, 0)
        if params == {"limitstart": "0"}:
            return blog_page(request, menu, 0)
        if set(params) == {"start"} and params["start"].isdigit() and params["start"] != "0":
            return blog_page(request, menu, int(params["start"]))
        return None

    def _item(self, request: Request, menu: str, item_id: int, slug: str, params: dict[str, str]) -> Response | None:
        if menu == "van-ban-moi":
            d = DOC_BY_ID.get(item_id)
            if d and d["slug"] == slug and not params:
                return doc_page(request, d)
            return None
        s = BY_ID.get(item_id)
        if not s or s.slug != slug or s.opts["menu"] != menu:
            return None
        if not params:
            return article_page(request, s)
        if params == _PRINT:
            return article_page(request, s, printing=True)
        if len(_pages(s)) > 1:
            q = _q(request)
            if params == {"showall": "1"}:
                return article_page(request, s, page_no=None)
            if set(q) == {"showall", "limitstart"} and params["showall"] == "":
                ls = params["limitstart"]
                if ls == "":
                    return article_page(request, s, page_no=0)
                if ls.isdigit() and 0 < int(ls) < len(_pages(s)):
                    return article_page(request, s, page_no=int(ls))
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [print_path(s)]
    if s.opts.get("featured"):
        alts.append(nonsef_path(s))
    if s is S136:
        alts.append(component_path(s))
    if s is S142:
        alts += [PAGE1_142, PAGE2_142, ALL_142]
    return alts


GOLD = [gold_record(s, art_path(s), s.cat, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/lien-he",
    doc_path(DOCS[0]),
    doc_path(DOCS[1]),
    LOGIN_PATH,
]
