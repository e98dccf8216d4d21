"""Trường Mầm non Tuổi Thơ (thành phố Buôn Ma Thuột, tỉnh Đắk Lắk): Drupal 7 + Views + Pathauto.

Platform
--------
Drupal 7.x with Views 3, Pathauto, Redirect, EVA (Entity Views Attachment), Views Slideshow,
Colorbox, Image Field Caption, Metatag, Statistics and a contributed Bootstrap 3 sub-theme
(``tuoitho_bs3``, base theme ``bootstrap`` 7.x-3.x). The RDF module is disabled, so the "submitted"
line carries no machine date. The site's "medium" date format was never changed from Drupal's
default ``D, m/d/Y - H:i`` (month first!); the Views fields use a custom ``d/m/Y``.
Content type ``tin_tuc``: title, body (text with summary), ``field_anh_dai_dien`` (image, caption by
image_field_caption), ``field_album_anh`` (multi-image, printed as a Bootstrap carousel),
``field_danh_muc`` (term reference), ``field_nguon`` (source, text or link), ``field_tep_dinh_kem``.

URL scheme
----------
- ``/`` front page (Views blocks; a "Thông báo – Văn bản" block with a mini pager whose pager ID is
  1, so its links are ``/?page=0,1`` and, back, ``/?page=0,0``).
- ``/tin-tuc/<slug>``: Pathauto alias of ``/node/<nid>``; ``/node/<nid>`` answers 200 with the same
  page (no Global Redirect); ``/?q=node/<nid>`` too (clean-URL-less form an editor pasted);
  ``/comment/<cid>`` (comment permalink) renders the whole node page as well.
- ``/danh-muc/<term>``: Views page display, full pager, 3 rows a page, ``?page=<n>`` zero-based.
- ``/taxonomy/term/<tid>``: core term page overridden by Views' taxonomy_term view, node teasers,
  3 a page, *mini* pager printing only "‹‹" / "››" and the current number.
- ``/gioi-thieu``, ``/co-cau-to-chuc``, ``/lien-he`` (webform), ``/thu-vien-anh`` (+ one album),
  ``/van-ban`` (+ one document entry), ``/rss.xml`` (6 latest promoted nodes).
- Files under ``/sites/default/files/…``; image-style derivatives
  ``/sites/default/files/styles/<style>/public/<file>?itok=<token>``.

Page templates
--------------
``html.tpl.php`` / ``page.tpl.php`` of the sub-theme: top bar with today's date, banner (the slogan
is a ``<p class="lead slogan">``), Bootstrap navbar with drop-downs and the search block,
``<ol class="breadcrumb">`` (last item = the node title), ``<h1 class="page-header">``, content
region, right sidebar (Tin mới đăng, Đọc nhiều nhất, Thống kê truy cập, Liên kết website, poll),
footer. Node (``node--tin-tuc.tpl.php``): ``<span class="submitted">Gửi bởi quantri lúc …</span>``,
the body summary in ``<div class="tomtat-bai lead">`` when the editor filled it, the lead image
field, the body field, the carousel field, the EVA "Tin cùng danh mục", ``field_nguon``,
attachment, ``field_danh_muc`` (links ``/taxonomy/term/<tid>``), statistics counter, AddThis,
comments (closed: read-only, with "Liên kết cố định" permalinks).

How each gold article is reached
--------------------------------
Categories (term id, listing): Tin tức - Sự kiện (2, /danh-muc/tin-tuc-su-kien), Hoạt động của bé
(3, /danh-muc/hoat-dong-cua-be), Thông báo (4, /danh-muc/thong-bao), Góc phụ huynh (5,
/danh-muc/goc-phu-huynh). Newest first; 3 rows per listing page.
- H1 262 bánh quy Giáng sinh: home (latest, slideshow via /node/262), listing p.0, sidebars.
- H2 257 Bé khỏe – Bé ngoan: home latest, listing p.0, EVA.
- H3 251 ATGT khối Chồi (alias ``…-0``): slideshow via /node/251, listing p.0, EVA.
- H4 246 ATGT khối Lá (alias without suffix): only ``/danh-muc/hoat-dong-cua-be?page=1`` and
  ``/taxonomy/term/3?page=1``.
- H5 243 Bảo tàng cà phê: only the two page-2 listings of term 3.
- T1 254 Hội giảng: home latest, listing p.0, EVA.
- T2 255 Lễ kỷ niệm 20/11: home latest, slideshow via /node/255, listing p.0, EVA.
- T3 244 Phòng GD&ĐT kiểm tra: listing p.0, EVA, old alias (301) in T2's "Xem thêm" line.
- T4 241 Hội nghị viên chức: only ``/danh-muc/tin-tuc-su-kien?page=1`` / ``/taxonomy/term/2?page=1``.
- N1 260, N2 252 notices: /danh-muc/thong-bao, the home "Thông báo – Văn bản" block; N2 also via
  ``/?q=node/252`` linked in G1's text.
- G1 258, G2 248: /danh-muc/goc-phu-huynh, home box; G2 also via slideshow /node/248.

Traps
-----
1. Month-first dates. The node's submitted line prints Drupal's untouched default medium format,
   "Gửi bởi quantri lúc T5, 12/03/2026 - 08:15", i.e. 3 December, not 12 March; listings print the
   same day as "03/12/2026". Several articles are ambiguous on their own (12/03, 12/01, 11/02,
   10/09). Gold: ``2026-12-03T08:15:00+07:00`` etc. (comments print the same format; ignored).
2. Identical titles, distinct articles. Two nodes are titled "Chuyên đề “Bé với an toàn giao
   thông”"; Pathauto gave the later one ``…-an-toan-giao-thong-0``. Both are gold, with different
   bodies and dates; a crawler deduplicating on the title (or on the slug without "-0") loses one.
3. One article, many URLs: ``/node/<nid>`` (linked from the home slideshow, ``<link
   rel="shortlink">``), ``/?q=node/252`` (old pasted link), ``/comment/<cid>`` permalinks (render the
   whole node), all 200 with ``<link rel="canonical">`` to the alias. Gold: the alias is the path,
   the others are in ``alt_paths``. An edited title left the old alias
   ``/tin-tuc/doan-kiem-tra-cua-phong-gd-dt-kiem-tra-dau-nam`` answering 301 (Redirect module) to
   the new one: a redirect is not a page, so it is not in alt_paths.
4. Drupal's compound pager parameter: the home page's notice block uses pager ID 1, so its links
   are ``/?page=0,1`` (next) and ``/?page=0,0`` (back) — two more URLs of the front page; its page 2
   holds the document entry (a non-article). Listing pagination is zero-based (``?page=1`` is page
   2), the term pages use a mini pager whose only link text is "››" (no word, no page numbers),
   and out-of-range pages clamp to the last page as Drupal does. H4, H5, T4 are reachable only
   from page 2 of a listing.
5. Lead-image caption as a blockquote: image_field_caption prints
   ``<blockquote class="image-field-caption"><p>…</p></blockquote>`` under the field image. Gold:
   that line is the image's caption, not a quoted paragraph of the body (H1, H4, H5).
6. EVA inside the node: the "Tin cùng danh mục" view is attached as a pseudo-field *inside* the
   node's ``<article>`` between the body/carousel and ``field_nguon``, each row with a thumbnail, a
   title and a ``<p>`` teaser. Gold: not body, its thumbnails are not images.
7. Source after the widget: ``field_nguon`` ("Nguồn tin: …", inline label) is printed after the EVA
   block, far from the text (T3, G2); in G1 the editor typed the closing "Nguồn: …" line into the
   body instead. Gold source is the value either way; "Theo cô …" / "Theo báo cáo …" sentences are
   text.
8. Bootstrap carousel gallery: ``field_album_anh`` prints every photo in ``.carousel-inner``
   (only the first is ``active``) with its caption in ``.carousel-caption``, plus indicators and
   "Trước"/"Sau" ``sr-only`` controls and a field label "Một số hình ảnh:". Gold: all carousel
   photos are article images, after the body images, captions from ``.carousel-caption`` (None when
   empty); label and controls are not text.
9. Sapo printed twice / chrome ``.lead``: T2's editor pasted the lead both into the body summary
   (printed as ``div.tomtat-bai.lead``) and as the first body paragraph; the gold has it once
   (summary = body's first paragraph). H1's summary is only in the ``.lead`` div (sapo_outside).
   The banner slogan is also a ``p.lead`` and the meta description / listing teasers are the
   trimmed body: not a sapo (summary null where the page prints none).
10. Bylines with a teacher's honorific and post: "Tin, ảnh: Cô Hồ Thị Thanh Nga (GV lớp Lá 2)" ->
    authors and photographers ["Hồ Thị Thanh Nga"]; "Lê Thị Ánh Tuyết – P. Hiệu trưởng" ->
    ["Lê Thị Ánh Tuyết"]; "BS.CKI Lương Thị Mai Anh" -> ["Lương Thị Mai Anh"]; "Bài và ảnh: Trần
    Thị Hồng Nhung" -> both; units ("Tổ Văn phòng", "Tổ Mẫu giáo Nhỡ", "BAN GIÁM HIỆU") as printed;
    "BBT" and the CMS account "quantri" of the submitted line -> nobody.
11. Encodings as Drupal editors produce them: H5 typed with Unikey's composite Unicode (NFD,
    title included); T1 pasted from Word (``MsoNormal``, ``<o:p>``, empty ``<o:p>&nbsp;</o:p>``
    paragraphs, ``mso-list:Ignore`` "-" markers that are no text); H2/T3/G2 saved by CKEditor 4
    with ``entities_latin`` (``&agrave;``, ``&ecirc;``, ``&ldquo;`` next to raw ạ, ơ, ư). Gold: NFC
    text, no list markers.
12. Image derivatives: the lead/carousel ``<img>`` are image-style derivatives with an ``?itok=``
    token, wrapped in Colorbox links to the original file. Gold image path = the ``<img src>`` as
    printed, token included; listing/EVA thumbnails (``styles/thumbnail``) are not images.
13. Views trims long titles in listings ("Bé khối Lá tham quan Bảo tàng Thế giới Cà phê và trải...",
    max 60 characters on a word boundary)
    and the ``<title>`` of two nodes is a Metatag SEO title that differs from the headline. Gold:
    the ``<h1 class="page-header">``.

Gold decisions on ambiguous points
----------------------------------
- N1 is printed as an official notice: its date is the letterhead day "2026-11-30" (the submitted
  line says 12/01/2026 - 07:40); its signer Đinh Thị Kim Oanh is the author; letterhead, "THÔNG
  BÁO / Về việc …", "Nơi nhận" and the signature block are not body; the attachment line is not.
- N2's submitted time is "00:00": a day without a time, "2026-11-16".
- A photo line "Ảnh: Phan Văn Tín" is a credit: caption None, the name is a photographer.
- G1's infographic has only an ``alt`` text and no printed line: caption None.
- The H2 results table is body: one paragraph per row, cells joined by " | ".
- The "Xem thêm: …" line in T2 and comments (closed, read-only) are not body.
- Category = the term name as the breadcrumb prints it.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import re
from html.entities import codepoint2name

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

NAME = "drupal7_views_school_mamnon"
PLATFORM = "Drupal 7 + Views 3 + Pathauto, Bootstrap 3 sub-theme"
START_PATH = "/"

SITE_NAME = "Trường Mầm non Tuổi Thơ"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3
FILES = "/sites/default/files"

# term id, slug, name as printed, description
TERMS = {
    2: ("tin-tuc-su-kien", "Tin tức - Sự kiện", "Tin hoạt động, sự kiện của nhà trường."),
    3: ("hoat-dong-cua-be", "Hoạt động của bé", "Các hoạt động học tập, vui chơi, trải nghiệm của các bé."),
    4: ("thong-bao", "Thông báo", "Thông báo của Ban Giám hiệu gửi cán bộ, giáo viên và phụ huynh."),
    5: ("goc-phu-huynh", "Góc phụ huynh", "Kiến thức nuôi dạy trẻ dành cho cha mẹ."),
}
TERM_BY_SLUG = {slug: tid for tid, (slug, _n, _d) in TERMS.items()}


def _itok(style: str, file: str) -> str:
    digest = hashlib.sha256(f"itok:{style}:{file}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")[:8]


def _styled(style: str, file: str) -> str:
    return f"{FILES}/styles/{style}/public/{file}?itok={_itok(style, file)}"


def _lead(file: str, printed: str | None = None) -> Img:
    return Img(_styled("anh_bai_viet", file), printed, printed, style="field")


def _slide(file: str, caption: str | None) -> Img:
    return Img(_styled("slide_bai_viet", file), caption, caption, style="carousel")


def _up(name: str) -> str:
    return f"{FILES}/userfiles/images/2026/{name}"


def _t(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> _dt.datetime:
    return _dt.datetime(y, mo, d, h, mi)


# --- the thirteen articles -------------------------------------------------------------------

H1 = Story(
    id=262,
    slug="be-khoi-la-trai-nghiem-lam-banh-quy-giang-sinh",
    title="Bé khối Lá trải nghiệm làm bánh quy Giáng sinh",
    cat="Hoạt động của bé",
    published_at="2026-12-03T08:15:00+07:00",
    summary=(
        "Sáng 02/12, các bé khối Lá Trường Mầm non Tuổi Thơ đã có buổi trải nghiệm làm bánh quy đón "
        "Giáng sinh ngay tại sân trường, dưới sự hướng dẫn của các cô giáo và sự hỗ trợ của phụ huynh."
    ),
    sapo_outside=True,
    authors=["Hồ Thị Thanh Nga"],
    photographers=["Hồ Thị Thanh Nga"],
    blocks=[
        _lead("tin-tuc/2026-12/lam-banh-quy-1.jpg", "Các bé lớp Lá 2 hào hứng nhào bột làm bánh"),
        P(
            "Hoạt động nằm trong chủ đề “Thế giới thực vật – Mùa đông của bé” nhằm giúp trẻ làm quen với "
            "các nguyên liệu quen thuộc như bột mì, bơ, trứng, đường và rèn luyện sự khéo léo của đôi bàn tay."
        ),
        P(
            "Trước khi bắt tay vào làm, các cô giới thiệu cho trẻ tên gọi, màu sắc của từng nguyên liệu và "
            "nhắc nhở trẻ rửa tay sạch sẽ, đội mũ, đeo tạp dề. Mỗi nhóm bé được chia một phần bột đã nhào sẵn "
            "cùng bộ khuôn hình ngôi sao, cây thông, người tuyết."
        ),
        Img(_up("hoatdong/banh-quy-2.jpg"), "Bé dùng khuôn cắt bánh hình cây thông",
            "Bé dùng khuôn cắt bánh hình cây thông", style="figure"),
        P(
            "Các bé thích thú tự tay cán bột, ấn khuôn và trang trí bánh bằng hạt sô-cô-la, đường màu. "
            "Nhiều bé còn mạnh dạn giới thiệu với các bạn chiếc bánh “đặc biệt” của mình."
        ),
        P(
            "Bánh sau khi nướng được các cô đóng vào túi giấy xinh xắn để bé mang về tặng ông bà, bố mẹ. Đây "
            "là món quà nhỏ nhưng chứa đựng nhiều tình cảm, giúp trẻ biết yêu thương, chia sẻ với người thân."
        ),
        P(
            "Theo cô Hồ Thị Thanh Nga, giáo viên lớp Lá 2, qua hoạt động trải nghiệm, trẻ được phát triển kỹ "
            "năng vận động tinh, khả năng quan sát, đếm, so sánh và đặc biệt là tinh thần hợp tác trong nhóm."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Cô Hồ Thị Thanh Nga (GV lớp Lá 2)</strong></p>'),
        _slide("album/2026-12/banh-quy-3.jpg", "Thành quả sau buổi trải nghiệm"),
        _slide("album/2026-12/banh-quy-4.jpg", "Bé tặng bánh cho bố mẹ khi tan học"),
    ],
    opts={
        "nid": 262, "tid": 3, "created": _t(2026, 12, 3, 8, 15), "enc": "justify",
        "file": "tin-tuc/2026-12/lam-banh-quy-1.jpg",
        "comments": [(41, "Phụ huynh bé Bông (lớp Lá 2)", _t(2026, 12, 3, 20, 11), "Cảm ơn các cô",
                      "Cảm ơn các cô đã tổ chức hoạt động rất ý nghĩa, bé nhà em về khoe suốt cả buổi tối ạ!")],
    },
)

H2 = Story(
    id=257,
    slug="hoi-thi-be-khoe-be-ngoan-cap-truong-nam-hoc-2026-2027",
    title="Hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026 – 2027",
    cat="Hoạt động của bé",
    published_at="2026-11-24T15:30:00+07:00",
    summary=(
        "Nhằm nâng cao chất lượng giáo dục phát triển vận động cho trẻ, chiều 23/11, Trường Mầm non Tuổi "
        "Thơ tổ chức Hội thi “Bé khỏe – Bé ngoan” cấp trường với sự tham gia của 120 bé đến từ 8 lớp mẫu giáo."
    ),
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Phan Văn Tín"],
    blocks=[
        P(
            "Nhằm nâng cao chất lượng giáo dục phát triển vận động cho trẻ, chiều 23/11, Trường Mầm non Tuổi "
            "Thơ tổ chức Hội thi “Bé khỏe – Bé ngoan” cấp trường với sự tham gia của 120 bé đến từ 8 lớp mẫu giáo.",
            style="bold",
        ),
        P(
            "Hội thi gồm ba phần: đồng diễn thể dục buổi sáng, thi vận động “Bé vượt chướng ngại vật” và phần "
            "thi hiểu biết về vệ sinh cá nhân, dinh dưỡng. Mỗi lớp cử 15 bé tham gia dưới sự dẫn dắt của giáo "
            "viên chủ nhiệm."
        ),
        Img(_up("hoatdong/be-khoe-1.jpg"), "(Màn đồng diễn của khối Lá mở đầu hội thi)",
            "Màn đồng diễn của khối Lá mở đầu hội thi", style="em"),
        P(
            "Ở phần thi vận động, các bé lần lượt bò qua đường hầm, bật qua các vòng thể dục, đi thăng bằng "
            "trên ghế và ném bóng vào rổ. Không khí hội thi trở nên sôi nổi với những tiếng reo hò cổ vũ của "
            "các bạn và phụ huynh."
        ),
        P(
            "Phần thi hiểu biết được các bé thể hiện qua trò chơi “Ai nhanh hơn”: chọn thực phẩm tốt cho sức "
            "khỏe, sắp xếp các bước rửa tay đúng cách. Nhiều bé trả lời nhanh, chính xác, khiến Ban giám khảo "
            "bất ngờ."
        ),
        Img(_up("hoatdong/be-khoe-2.jpg"), "Ảnh: Phan Văn Tín", None, style="em"),
        P("Kết quả hội thi", style="h3"),
        P("Giải thưởng | Đơn vị đạt giải", style="tr"),
        P("Giải Nhất | Lớp Lá 1", style="tr"),
        P("Giải Nhì | Lớp Lá 3 và lớp Chồi 2", style="tr"),
        P("Giải Ba | Lớp Chồi 1, lớp Chồi 3 và lớp Mầm 2", style="tr"),
        P(
            "Phát biểu bế mạc, bà Đinh Thị Kim Oanh, Hiệu trưởng nhà trường biểu dương tinh thần thi đua của "
            "các lớp và đề nghị giáo viên tiếp tục duy trì việc cho trẻ tập thể dục, vận động hằng ngày."
        ),
        Raw('<p style="text-align: right;"><em>Tin: Nguyễn Thị Thu Hà – Ảnh: Phan Văn Tín</em></p>'),
    ],
    opts={
        "nid": 257, "tid": 3, "created": _t(2026, 11, 24, 15, 30), "enc": "ck",
        "seo_title": "Hội thi Bé khỏe Bé ngoan năm học 2026-2027 | Mầm non Tuổi Thơ BMT",
        "comments": [(36, "Mẹ bé Su (Chồi 2)", _t(2026, 11, 24, 21, 5), "Chúc mừng lớp Chồi 2",
                      "Chúc mừng các bé lớp Chồi 2, các con thi rất giỏi. Cảm ơn cô Thu Hà và các cô!")],
    },
)

H3 = Story(
    id=251,
    slug="chuyen-de-be-voi-an-toan-giao-thong-0",
    title="Chuyên đề “Bé với an toàn giao thông”",
    cat="Hoạt động của bé",
    published_at="2026-11-12T09:00:00+07:00",
    authors=["Tổ Mẫu giáo Nhỡ"],
    blocks=[
        _lead("tin-tuc/2026-11/atgt-choi-1.jpg"),
        P(
            "Thực hiện kế hoạch năm học, sáng 11/11, tổ chuyên môn Mẫu giáo Nhỡ (khối Chồi) tổ chức chuyên "
            "đề “Bé với an toàn giao thông” cho 96 trẻ của 3 lớp Chồi."
        ),
        P(
            "Tại sân trường, các cô đã dựng mô hình ngã tư thu nhỏ với đèn tín hiệu, vạch kẻ đường dành cho "
            "người đi bộ và các biển báo quen thuộc. Trẻ được đóng vai người đi bộ, người điều khiển xe đạp, "
            "cảnh sát giao thông để thực hành."
        ),
        P(
            "Thông qua các bài hát “Đèn đỏ, đèn xanh”, “Em đi qua ngã tư đường phố” và trò chơi “Về đúng "
            "bến”, trẻ ghi nhớ: đèn đỏ dừng lại, đèn vàng đi chậm, đèn xanh được đi; khi ngồi sau xe máy phải "
            "đội mũ bảo hiểm và cài quai cẩn thận."
        ),
        Img(_up("hoatdong/atgt-choi-2.jpg"), "Bé lớp Chồi 1 thực hành đội mũ bảo hiểm đúng cách",
            "Bé lớp Chồi 1 thực hành đội mũ bảo hiểm đúng cách", style="em"),
        P(
            "Chuyên đề là dịp để giáo viên khối Chồi trao đổi kinh nghiệm lồng ghép giáo dục an toàn giao "
            "thông vào các hoạt động hằng ngày, đồng thời tuyên truyền tới phụ huynh về việc gương mẫu chấp "
            "hành luật giao thông khi đưa đón con."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Mẫu giáo Nhỡ</strong></p>'),
    ],
    opts={"nid": 251, "tid": 3, "created": _t(2026, 11, 12, 9, 0), "enc": "justify",
          "file": "tin-tuc/2026-11/atgt-choi-1.jpg"},
)

H4 = Story(
    id=246,
    slug="chuyen-de-be-voi-an-toan-giao-thong",
    title="Chuyên đề “Bé với an toàn giao thông”",
    cat="Hoạt động của bé",
    published_at="2026-10-28T14:00:00+07:00",
    blocks=[
        _lead("tin-tuc/2026-10/atgt-csgt.jpg",
              "Cán bộ Đội Cảnh sát giao thông Công an thành phố hướng dẫn các bé khối Lá"),
        P(
            "Chiều 27/10, Trường Mầm non Tuổi Thơ phối hợp với Đội Cảnh sát giao thông – Trật tự, Công an "
            "thành phố Buôn Ma Thuột tổ chức chuyên đề “Bé với an toàn giao thông” cho trẻ khối Lá."
        ),
        P(
            "Các chiến sĩ cảnh sát giao thông đã giới thiệu với trẻ trang phục, công việc hằng ngày của mình "
            "và hướng dẫn trẻ nhận biết một số biển báo cấm, biển báo nguy hiểm thường gặp trên đường đến trường."
        ),
        P(
            "Trẻ rất hào hứng khi được ngồi lên xe mô tô chuyên dụng, thử thổi còi và thực hành các động tác "
            "điều khiển giao thông đơn giản."
        ),
        P(
            "“Con sẽ nhắc bố đội mũ bảo hiểm và không chở con đi ngược chiều” – bé Y Khuê Niê, lớp Lá 3 chia sẻ.",
            style="quote",
        ),
        P(
            "Buổi chuyên đề khép lại với phần trao tặng 25 mũ bảo hiểm cho trẻ có hoàn cảnh khó khăn do Công "
            "an thành phố trao tặng."
        ),
        Raw('<p style="text-align: right;">BBT</p>'),
    ],
    opts={"nid": 246, "tid": 3, "created": _t(2026, 10, 28, 14, 0), "enc": "justify",
          "file": "tin-tuc/2026-10/atgt-csgt.jpg"},
)

H5 = Story(
    id=243,
    slug="be-khoi-la-tham-quan-bao-tang-the-gioi-ca-phe-va-trai-nghiem-hai-ca-phe",
    title="Bé khối Lá tham quan Bảo tàng Thế giới Cà phê và trải nghiệm hái cà phê tại Buôn Ma Thuột",
    cat="Hoạt động của bé",
    published_at="2026-10-16T10:20:00+07:00",
    authors=["Trần Thị Hồng Nhung"],
    photographers=["Trần Thị Hồng Nhung"],
    blocks=[
        _lead("tin-tuc/2026-10/bao-tang-ca-phe.jpg", "Các bé khối Lá trước Bảo tàng Thế giới Cà phê"),
        P(
            "Nhằm giúp trẻ hiểu thêm về cây cà phê – niềm tự hào của quê hương Buôn Ma Thuột, ngày 15/10, "
            "Trường Mầm non Tuổi Thơ tổ chức cho 118 trẻ khối Lá đi tham quan Bảo tàng Thế giới Cà phê."
        ),
        P(
            "Tại bảo tàng, các bé được nghe hướng dẫn viên giới thiệu về những dụng cụ rang xay, pha chế cà "
            "phê từ xưa đến nay, ngắm nhìn những chiếc cối giã, bao tải cà phê và hình ảnh người dân Tây "
            "Nguyên trên nương rẫy."
        ),
        P(
            "Sau đó, các bé di chuyển đến vườn cà phê của gia đình bác Y Bhin Êban ở ngoại ô thành phố. Mùa "
            "thu hoạch đã bắt đầu, những chùm quả chín đỏ khiến trẻ vô cùng thích thú. Dưới sự hướng dẫn của "
            "các cô và chủ vườn, trẻ được tập hái quả chín, nhặt quả rơi và cho vào chiếc gùi nhỏ."
        ),
        Img(_up("hoatdong/hai-ca-phe.jpg"), "Bé tập hái những quả cà phê chín đỏ",
            "Bé tập hái những quả cà phê chín đỏ", style="figure"),
        P(
            "Chuyến đi giúp trẻ thêm yêu quê hương, biết trân trọng công sức lao động của người nông dân và "
            "hình thành thói quen tích cực khi tham gia hoạt động ngoài trời."
        ),
        Raw('<p style="text-align: right;"><em>Bài và ảnh: Trần Thị Hồng Nhung</em></p>'),
    ],
    opts={"nid": 243, "tid": 3, "created": _t(2026, 10, 16, 10, 20), "enc": "nfd",
          "file": "tin-tuc/2026-10/bao-tang-ca-phe.jpg"},
)

T1 = Story(
    id=254,
    slug="soi-noi-hoi-giang-chao-mung-ngay-nha-giao-viet-nam-2011",
    title="Sôi nổi Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-19T16:45:00+07:00",
    authors=["Lê Thị Ánh Tuyết"],
    blocks=[
        P(
            "Hưởng ứng phong trào thi đua “Dạy tốt – Học tốt” chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam, từ ngày 09/11 đến ngày 18/11, Trường Mầm non Tuổi Thơ tổ chức Hội giảng cấp trường năm học "
            "2026 – 2027."
        ),
        Raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'),
        P(
            "Hội giảng có 16 giáo viên tham gia với các tiết dạy thuộc nhiều lĩnh vực: làm quen với toán, khám "
            "phá khoa học, phát triển ngôn ngữ, giáo dục âm nhạc và tạo hình. Mỗi tiết dạy đều được giáo viên "
            "đầu tư công phu về đồ dùng, đồ chơi và ứng dụng công nghệ thông tin."
        ),
        P(
            "Ban giám khảo đánh giá cao các tiết dạy theo hướng lấy trẻ làm trung tâm, tạo cơ hội cho trẻ được "
            "trải nghiệm, khám phá. Một số tiết dạy nổi bật:"
        ),
        P("Tiết khám phá “Sự kỳ diệu của nước” – cô Lê Thị Mỹ Duyên, lớp Lá 1;", style="li"),
        P("Tiết làm quen chữ cái “e, ê” – cô Hồ Thị Thanh Nga, lớp Lá 2;", style="li"),
        P("Tiết dạy hát “Cô giáo miền xuôi” – cô H’Ngọc Êban, lớp Chồi 2.", style="li"),
        Img(_up("tintuc/hoi-giang-1.jpg"), "Tiết dạy khám phá khoa học của cô Lê Thị Mỹ Duyên",
            "Tiết dạy khám phá khoa học của cô Lê Thị Mỹ Duyên", style="em"),
        P(
            "Kết quả, Hội giảng xếp loại Tốt 11 tiết, loại Khá 5 tiết. Qua hội giảng, giáo viên có dịp học "
            "hỏi, trao đổi kinh nghiệm, nâng cao năng lực chuyên môn, góp phần nâng cao chất lượng chăm sóc, "
            "giáo dục trẻ."
        ),
        Raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
            'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">Lê Thị Ánh Tuyết – '
            'P. Hiệu trưởng<o:p></o:p></span></b></p>'
        ),
    ],
    opts={"nid": 254, "tid": 2, "created": _t(2026, 11, 19, 16, 45), "enc": "mso"},
)

T2 = Story(
    id=255,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20112026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-20T10:30:00+07:00",
    summary=(
        "Sáng 20/11, Trường Mầm non Tuổi Thơ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 – 20/11/2026) với sự tham dự của đại diện lãnh đạo Phòng GD&ĐT thành phố, Ban đại diện "
        "cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."
    ),
    authors=["Nguyễn Thị Thu Hà"],
    blocks=[
        _lead("tin-tuc/2026-11/ky-niem-20-11.jpg"),
        P(
            "Sáng 20/11, Trường Mầm non Tuổi Thơ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 – 20/11/2026) với sự tham dự của đại diện lãnh đạo Phòng GD&ĐT thành phố, Ban đại diện "
            "cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."
        ),
        P(
            "Tại buổi lễ, thay mặt Ban Giám hiệu, bà Đinh Thị Kim Oanh, Hiệu trưởng nhà trường ôn lại truyền "
            "thống vẻ vang của ngành Giáo dục Việt Nam, đồng thời điểm lại những kết quả nổi bật mà tập thể nhà "
            "trường đạt được trong năm học 2025 – 2026."
        ),
        P(
            "Năm học vừa qua, nhà trường duy trì tỷ lệ huy động trẻ ra lớp đạt 100% kế hoạch; 100% trẻ được "
            "khám sức khỏe định kỳ và theo dõi bằng biểu đồ tăng trưởng; tỷ lệ trẻ suy dinh dưỡng giảm còn "
            "1,8%. Trường được UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua."
        ),
        Img(_up("tintuc/20-11-tang-hoa.jpg"),
            "Lãnh đạo Phòng GD&ĐT thành phố tặng hoa chúc mừng tập thể giáo viên nhà trường",
            "Lãnh đạo Phòng GD&ĐT thành phố tặng hoa chúc mừng tập thể giáo viên nhà trường", style="em"),
        P(
            "Dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường và "
            "3 giáo viên đạt giải tại Hội thi giáo viên dạy giỏi cấp thành phố."
        ),
        P(
            "Buổi lễ diễn ra trong không khí ấm áp với những tiết mục văn nghệ đặc sắc do chính các cô giáo và "
            "các bé biểu diễn, gửi gắm lòng biết ơn đến các thế hệ thầy cô."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/tin-tuc/doan-kiem-tra-cua-phong-gd-dt-kiem-tra-dau-nam">Phòng '
            'GD&amp;ĐT kiểm tra công tác đầu năm học tại trường</a></em></p>'
        ),
        Raw('<p style="text-align: right;"><em>Nguyễn Thị Thu Hà</em></p>'),
        _slide("album/2026-11/van-nghe-20-11.jpg", "Tiết mục múa “Cô giáo em” của các bé lớp Lá 1"),
        _slide("album/2026-11/luu-niem-20-11.jpg",
               "Tập thể cán bộ, giáo viên, nhân viên nhà trường chụp ảnh lưu niệm"),
        _slide("album/2026-11/hoa-20-11.jpg", None),
    ],
    opts={
        "nid": 255, "tid": 2, "created": _t(2026, 11, 20, 10, 30), "enc": "justify", "lead_dup": True,
        "file": "tin-tuc/2026-11/ky-niem-20-11.jpg",
        "seo_title": "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11 tại Trường MN Tuổi Thơ",
    },
)

T3 = Story(
    id=244,
    slug="phong-gddt-thanh-pho-kiem-tra-cong-tac-dau-nam-hoc-tai-truong-mam-non-tuoi-tho",
    title="Phòng GD&ĐT thành phố kiểm tra công tác đầu năm học tại Trường Mầm non Tuổi Thơ",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-21T15:05:00+07:00",
    source="Phòng GD&ĐT thành phố Buôn Ma Thuột",
    blocks=[
        P(
            "Ngày 20/10, Đoàn kiểm tra của Phòng Giáo dục và Đào tạo thành phố Buôn Ma Thuột do ông Nguyễn Hữu "
            "Thắng, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị và triển khai nhiệm vụ "
            "đầu năm học 2026 – 2027 tại Trường Mầm non Tuổi Thơ."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ quản lý, kế hoạch giáo dục nhà trường, công tác tuyển sinh, sắp xếp lớp "
            "học, bếp ăn bán trú và các điều kiện bảo đảm an toàn cho trẻ."
        ),
        P(
            "Theo báo cáo của nhà trường, năm học 2026 – 2027, trường có 12 nhóm, lớp với 386 trẻ; đội ngũ gồm "
            "48 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn trình độ đào tạo."
        ),
        Img(_up("tintuc/kiem-tra-bep-an.jpg"), "Đoàn kiểm tra làm việc tại bếp ăn bán trú của nhà trường",
            "Đoàn kiểm tra làm việc tại bếp ăn bán trú của nhà trường", style="em"),
        P(
            "Kết luận buổi kiểm tra, trưởng đoàn ghi nhận sự chuẩn bị chu đáo của nhà trường, đặc biệt là công "
            "tác bảo đảm an toàn vệ sinh thực phẩm và cảnh quan môi trường xanh – sạch – đẹp. Đoàn cũng đề nghị "
            "nhà trường tiếp tục rà soát, bổ sung đồ dùng, đồ chơi cho các lớp mẫu giáo bé."
        ),
    ],
    opts={
        "nid": 244, "tid": 2, "created": _t(2026, 10, 21, 15, 5), "enc": "ck",
        "nguon": ("Phòng GD&ĐT thành phố Buôn Ma Thuột", None),
        "old_alias": "/tin-tuc/doan-kiem-tra-cua-phong-gd-dt-kiem-tra-dau-nam",
    },
)

T4 = Story(
    id=241,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-09T14:00:00+07:00",
    authors=["Tổ Văn phòng"],
    blocks=[
        P(
            "Chiều 08/10, Trường Mầm non Tuổi Thơ tổ chức Hội nghị viên chức, người lao động năm học 2026 – "
            "2027. Đến dự hội nghị có đại diện Công đoàn ngành Giáo dục thành phố và 48 cán bộ, giáo viên, nhân "
            "viên nhà trường."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học 2026 – 2027; "
            "báo cáo công khai tài chính và thảo luận, thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở."
        ),
        P("Một số chỉ tiêu chủ yếu năm học 2026 – 2027", style="h3"),
        P("Huy động 100% trẻ trong độ tuổi trên địa bàn được phân công ra lớp;", style="li"),
        P("Tỷ lệ chuyên cần đạt 95% trở lên đối với trẻ mẫu giáo;", style="li"),
        P("Giảm tỷ lệ trẻ suy dinh dưỡng, thừa cân, béo phì xuống dưới 2%;", style="li"),
        P("Phấn đấu giữ vững danh hiệu Tập thể lao động xuất sắc.", style="li"),
        P(
            "Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 đồng chí và ký giao ước thi "
            "đua giữa Hiệu trưởng và Chủ tịch Công đoàn cơ sở."
        ),
        Img(_up("tintuc/hoi-nghi-vc-2026.jpg"), "Quang cảnh hội nghị", "Quang cảnh hội nghị", style="em"),
        Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
    ],
    opts={"nid": 241, "tid": 2, "created": _t(2026, 10, 9, 14, 0), "enc": "justify"},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody><tr>'
    '<td style="text-align: center; width: 45%;">UBND THÀNH PHỐ BUÔN MA THUỘT<br />'
    "<strong>TRƯỜNG MẦM NON TUỔI THƠ</strong><br />Số: 112/TB-MNTT</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br />"
    "<em>Buôn Ma Thuột, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
)
_SIGNATURE = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "- CB, GV, NV nhà trường;<br />- Phụ huynh các lớp;<br />- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Đinh Thị Kim Oanh</strong></td></tr></tbody></table>"
)

N1 = Story(
    id=260,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    authors=["Đinh Thị Kim Oanh"],
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Công văn số 2150/PGDĐT-VP ngày 25/11/2026 của Phòng Giáo dục và Đào tạo thành phố Buôn Ma "
            "Thuột về việc nghỉ Tết Dương lịch năm 2027;"
        ),
        P(
            "Trường Mầm non Tuổi Thơ thông báo đến cán bộ, giáo viên, nhân viên và quý phụ huynh lịch nghỉ Tết "
            "Dương lịch năm 2027 như sau:"
        ),
        P("1. Thời gian nghỉ: Từ thứ Sáu, ngày 01/01/2027 đến hết Chủ nhật, ngày 03/01/2027."),
        P("2. Trẻ đi học trở lại vào thứ Hai, ngày 04/01/2027."),
        P(
            "3. Trong thời gian nghỉ, bộ phận bảo vệ trực 24/24 giờ; các lớp kiểm tra, ngắt điện, khóa cửa "
            "trước khi nghỉ. Đề nghị quý phụ huynh quan tâm, chăm sóc và giữ an toàn cho trẻ trong những ngày nghỉ."
        ),
        P("Nhà trường trân trọng thông báo./."),
        Raw(_SIGNATURE),
    ],
    opts={
        "nid": 260, "tid": 4, "created": _t(2026, 12, 1, 7, 40), "enc": "justify",
        "attach": ("tb-112-nghi-tet-duong-lich-2027.pdf", "thong-bao/tb-112-nghi-tet-duong-lich-2027.pdf", "86.4 KB"),
    },
)

N2 = Story(
    id=252,
    slug="thong-bao-ve-viec-kham-suc-khoe-dinh-ky-cho-tre-dot-1-nam-hoc-2026-2027",
    title="Thông báo về việc khám sức khỏe định kỳ cho trẻ đợt 1 năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-11-16",
    authors=["BAN GIÁM HIỆU"],
    blocks=[
        P(
            "Thực hiện kế hoạch chăm sóc sức khỏe trẻ em năm học 2026 – 2027, Trường Mầm non Tuổi Thơ phối hợp "
            "với Trạm Y tế phường Tân An tổ chức khám sức khỏe định kỳ đợt 1 cho trẻ."
        ),
        P("Thời gian: Từ ngày 18/11/2026 đến ngày 20/11/2026 (trong giờ học buổi sáng)."),
        P(
            "Nội dung khám: Cân đo chiều cao, cân nặng; khám răng miệng, mắt, tai mũi họng, da liễu và khám nội "
            "khoa tổng quát."
        ),
        P(
            "Đề nghị quý phụ huynh cho trẻ đi học đúng giờ, mặc quần áo gọn gàng trong những ngày khám. Trẻ vắng "
            "mặt sẽ được khám bổ sung vào ngày 25/11/2026."
        ),
        P(
            "Kết quả khám sẽ được giáo viên chủ nhiệm thông báo đến từng phụ huynh qua sổ bé ngoan và nhóm Zalo "
            "của lớp."
        ),
        Raw('<p style="text-align: right;"><strong>BAN GIÁM HIỆU</strong></p>'),
    ],
    opts={"nid": 252, "tid": 4, "created": _t(2026, 11, 16, 0, 0), "enc": "justify"},
)

G1 = Story(
    id=258,
    slug="phong-benh-tay-chan-mieng-cho-tre-mam-non",
    title="Phòng bệnh tay chân miệng cho trẻ mầm non",
    cat="Góc phụ huynh",
    published_at="2026-11-26T09:30:00+07:00",
    source="Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk",
    blocks=[
        P(
            "Bệnh tay chân miệng là bệnh truyền nhiễm cấp tính do vi rút đường ruột gây ra, thường gặp ở trẻ "
            "dưới 5 tuổi. Bệnh lây truyền chủ yếu qua đường tiêu hóa, tiếp xúc trực tiếp với dịch tiết từ mũi, "
            "họng, nước bọt, nốt phỏng của người bệnh."
        ),
        P(
            "Những tuần gần đây, số trẻ mắc tay chân miệng trên địa bàn tỉnh có xu hướng tăng. Để chủ động "
            "phòng bệnh, nhà trường đề nghị quý phụ huynh lưu ý một số nội dung sau:"
        ),
        P("Dấu hiệu nhận biết", style="h3"),
        P(
            "Trẻ sốt nhẹ, mệt mỏi, chán ăn; sau 1–2 ngày xuất hiện các nốt phỏng nước ở lòng bàn tay, lòng bàn "
            "chân, đầu gối, mông và vết loét trong miệng."
        ),
        Img(_up("suckhoe/tay-chan-mieng.png"), None, None, style="bare"),
        P("Biện pháp phòng bệnh", style="h3"),
        P("Rửa tay thường xuyên bằng xà phòng dưới vòi nước sạch cho cả người lớn và trẻ;", style="li"),
        P("Vệ sinh đồ chơi, vật dụng, sàn nhà bằng dung dịch sát khuẩn thông thường;", style="li"),
        P("Cho trẻ ăn chín, uống chín, không dùng chung khăn, cốc, thìa;", style="li"),
        P(
            "Khi trẻ có dấu hiệu nghi ngờ mắc bệnh, cần đưa trẻ đến cơ sở y tế và báo ngay cho giáo viên chủ nhiệm.",
            style="li",
        ),
        P(
            "Nhà trường đã tăng cường lau rửa phòng học, đồ chơi hằng ngày và theo dõi sức khỏe trẻ ngay từ giờ "
            "đón. Lịch khám cho trẻ đã được đăng trong thông báo khám sức khỏe định kỳ đợt 1.",
            style="a=/?q=node/252|thông báo khám sức khỏe định kỳ đợt 1",
        ),
        Raw(
            '<p style="text-align: right;"><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Đắk Lắk</em></p>'
        ),
    ],
    opts={"nid": 258, "tid": 5, "created": _t(2026, 11, 26, 9, 30), "enc": "justify",
          "alt": "Infographic phòng bệnh tay chân miệng"},
)

G2 = Story(
    id=248,
    slug="cha-me-can-lam-gi-khi-tre-bieng-an",
    title="Cha mẹ cần làm gì khi trẻ biếng ăn?",
    cat="Góc phụ huynh",
    published_at="2026-11-02T20:10:00+07:00",
    source="Báo Sức khỏe & Đời sống",
    summary=(
        "Biếng ăn là tình trạng khá phổ biến ở trẻ mầm non, khiến nhiều phụ huynh lo lắng. Dưới đây là một "
        "số lời khuyên của chuyên gia dinh dưỡng giúp cha mẹ cải thiện bữa ăn cho con."
    ),
    authors=["Lương Thị Mai Anh"],
    blocks=[
        P(
            "Biếng ăn là tình trạng khá phổ biến ở trẻ mầm non, khiến nhiều phụ huynh lo lắng. Dưới đây là một "
            "số lời khuyên của chuyên gia dinh dưỡng giúp cha mẹ cải thiện bữa ăn cho con.",
            style="bold",
        ),
        P(
            "Trước hết, cha mẹ cần xác định trẻ biếng ăn do nguyên nhân nào: do bệnh lý (viêm họng, sâu răng, "
            "rối loạn tiêu hóa…), do tâm lý (bị ép ăn, thay đổi môi trường) hay do chế độ ăn chưa hợp lý."
        ),
        P("1. Không ép trẻ ăn", style="h3"),
        P(
            "Việc ép ăn, dọa nạt khiến trẻ sợ hãi mỗi khi đến bữa. Mỗi bữa ăn chỉ nên kéo dài khoảng 30 phút; "
            "nếu trẻ không ăn hết, cha mẹ có thể cho trẻ ăn bù bằng bữa phụ sau đó 2–3 giờ."
        ),
        P("2. Thay đổi món ăn thường xuyên", style="h3"),
        P(
            "Thực đơn cần đa dạng, thay đổi cách chế biến và trang trí món ăn bắt mắt. Có thể cho trẻ cùng tham "
            "gia nhặt rau, bày bàn ăn để trẻ hứng thú hơn."
        ),
        P("3. Hạn chế ăn vặt trước bữa chính", style="h3"),
        P(
            "Bánh kẹo, nước ngọt, sữa uống sát bữa ăn làm trẻ no giả, mất cảm giác thèm ăn. Nên cho trẻ ăn phụ "
            "cách bữa chính ít nhất 1,5–2 giờ."
        ),
        Img(_up("suckhoe/bua-an-ban-tru.jpg"), "Bữa ăn bán trú tại trường được thay đổi thực đơn hằng tuần",
            "Bữa ăn bán trú tại trường được thay đổi thực đơn hằng tuần", style="figure"),
        P(
            "Nếu tình trạng biếng ăn kéo dài kèm sụt cân, chậm tăng trưởng, cha mẹ nên đưa trẻ đi khám chuyên "
            "khoa dinh dưỡng để được tư vấn cụ thể."
        ),
        Raw('<p style="text-align: right;"><strong>BS.CKI Lương Thị Mai Anh</strong></p>'),
    ],
    opts={
        "nid": 248, "tid": 5, "created": _t(2026, 11, 2, 20, 10), "enc": "ck",
        "nguon": ("Báo Sức khỏe & Đời sống", "https://suckhoedoisong.vn/"),
    },
)

STORIES: list[Story] = [H1, N1, G1, H2, T2, T1, N2, H3, G2, H4, T3, H5, T4]
STORIES.sort(key=lambda s: s.opts["created"], reverse=True)
BY_NID = {s.opts["nid"]: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
OLD_ALIASES = {s.opts["old_alias"]: s for s in STORIES if s.opts.get("old_alias")}
COMMENTS = {c[0]: s for s in STORIES for c in s.opts.get("comments", [])}
#: the home slideshow ("Tin nổi bật") links these nodes by their system path
SLIDESHOW = [262, 255, 251, 248]
#: statistics module "Đọc nhiều nhất"
POPULAR = [262, 255, 257, 260]
FEED_ITEMS = 6


def _alias(s: Story) -> str:
    return f"/tin-tuc/{s.slug}"


def _in_term(tid: int) -> list[Story]:
    return [s for s in STORIES if s.opts["tid"] == tid]


# --- text rendering ----------------------------------------------------------------------------

_VN_DAY = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
_VN_DAY_FULL = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_CK_EXTRA = {"“": "&ldquo;", "”": "&rdquo;", "–": "&ndash;", "…": "&hellip;", "’": "&rsquo;"}


def _medium(d: _dt.datetime) -> str:
    """Drupal 7's default medium format "D, m/d/Y - H:i" with the day names translated."""
    return f"{_VN_DAY[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def _dmy(d: _dt.datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _ck(markup: str) -> str:
    """CKEditor 4 with entities_latin: Latin-1 letters and a few quotes as named entities."""
    out = []
    for ch in markup:
        if ch in _CK_EXTRA:
            out.append(_CK_EXTRA[ch])
        elif 0xA0 <= ord(ch) <= 0xFF and ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(ch)
    return "".join(out)


def _tx(s: Story, value: str) -> str:
    enc = s.opts.get("enc", "")
    if enc == "nfd":
        return text(value, nfd=True)
    if enc == "ck":
        return _ck(text(value))
    return text(value)


_MSO_SPAN = 'lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"'


def _para(s: Story, b: P) -> str:
    inner = _tx(s, b.text)
    style = b.style
    if style.startswith("a="):
        href, anchor = style[2:].split("|", 1)
        a_html = _tx(s, anchor)
        inner = inner.replace(a_html, f'<a href="{esc(href)}">{a_html}</a>', 1)
        style = ""
    enc = s.opts.get("enc", "")
    if style == "h3":
        if enc == "mso":
            return f'<p class="MsoNormal"><b><span {_MSO_SPAN}>{inner}<o:p></o:p></span></b></p>'
        return f"<h3>{inner}</h3>"
    if style == "bold":
        return f'<p style="text-align: justify;"><strong>{inner}</strong></p>'
    if style == "quote":
        return f"<blockquote>\n<p>{inner}</p>\n</blockquote>"
    if enc == "mso":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            f'line-height:150%"><span {_MSO_SPAN}>{inner}<o:p></o:p></span></p>'
        )
    if enc == "nfd":
        return f"<p>{inner}</p>"
    return f'<p style="text-align: justify;">{inner}</p>'


def _list_html(s: Story, items: list[P]) -> str:
    if s.opts.get("enc") == "mso":
        rows = []
        for i, it in enumerate(items):
            kind = "First" if i == 0 else ("Last" if i == len(items) - 1 else "Middle")
            rows.append(
                f'<p class="MsoListParagraphCxSp{kind}" style="margin-left:36.0pt;text-align:justify;'
                'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
                f'<span {_MSO_SPAN}><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New '
                'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
                f"<span {_MSO_SPAN}>{_tx(s, it.text)}<o:p></o:p></span></p>"
            )
        return "\n".join(rows)
    return "<ul>\n" + "\n".join(f"<li>{_tx(s, it.text)}</li>" for it in items) + "\n</ul>"


def _table_html(s: Story, rows: list[P]) -> str:
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">', "<tbody>"]
    for i, row in enumerate(rows):
        cells = row.text.split(" | ")
        if i == 0:
            out.append("<tr>" + "".join(f"<td><strong>{_tx(s, c)}</strong></td>" for c in cells) + "</tr>")
        else:
            out.append("<tr>" + "".join(f"<td>{_tx(s, c)}</td>" for c in cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _inline_img(s: Story, img: Img) -> str:
    src = esc(img.src)
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:inline-block"><img alt="" height="400" src="{src}" '
            f'width="600" />\n<figcaption>{_tx(s, img.printed or "")}</figcaption></figure>'
        )
    if img.style == "bare":
        alt = esc(s.opts.get("alt", ""))
        return f'<p style="text-align: center;"><img alt="{alt}" src="{src}" style="width: 560px; height: 780px;" /></p>'
    out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{_tx(s, img.printed)}</em></p>'
    return out


def _body_blocks(s: Story) -> list:
    return [b for b in s.blocks if not (isinstance(b, Img) and b.style in ("field", "carousel"))]


def _body_html(s: Story) -> str:
    blocks = _body_blocks(s)
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(_inline_img(s, b))
            i += 1
        elif b.style in ("li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            out.append(_list_html(s, group) if b.style == "li" else _table_html(s, group))
        else:
            out.append(_para(s, b))
            i += 1
    return "\n".join(out)


_TAG = re.compile(r"<[^>]+>")


def _plain(markup: str) -> str:
    import html as _h

    return re.sub(r"\s+", " ", _h.unescape(_TAG.sub(" ", markup))).strip()


def _trim(value: str, limit: int) -> str:
    """Views' "trim only on a word boundary" with its "..." ellipsis."""
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0].rstrip(",;:–-")
    return cut + "..."


def _teaser(s: Story) -> str:
    """The teaser: the body summary if the editor filled one, else the trimmed body."""
    if s.summary and (s.sapo_outside or s.opts.get("lead_dup")):
        return s.summary
    return _trim(_plain(_body_html(s)), 220)


def _thumb(s: Story, style: str = "thumbnail") -> str:
    file = s.opts.get("file") or "default_images/no-image-mn.png"
    return _styled(style, file)


# --- chrome -------------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Giới thiệu chung"), ("/co-cau-to-chuc", "Cơ cấu tổ chức")]),
    (
        "/danh-muc/tin-tuc-su-kien",
        "Tin tức",
        [
            ("/danh-muc/tin-tuc-su-kien", "Tin tức - Sự kiện"),
            ("/danh-muc/hoat-dong-cua-be", "Hoạt động của bé"),
            ("/danh-muc/thong-bao", "Thông báo"),
        ],
    ),
    ("/danh-muc/goc-phu-huynh", "Góc phụ huynh", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/van-ban", "Văn bản", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu_html(active: str) -> str:
    items = []
    for n, (href, label, children) in enumerate(_MENU):
        first = " first" if n == 0 else (" last" if n == len(_MENU) - 1 else "")
        act = ' class="active"' if href == active else ""
        if children:
            sub = "".join(
                f'<li class="{"first " if i == 0 else ""}leaf"><a href="{h}">{esc(lab)}</a></li>'
                for i, (h, lab) in enumerate(children)
            )
            items.append(
                f'<li class="expanded dropdown{first}"><a href="{href}" title="" class="dropdown-toggle" '
                f'data-toggle="dropdown">{esc(label)} <span class="caret"></span></a>'
                f'<ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li class="leaf{first}"><a href="{href}"{act}>{esc(label)}</a></li>')
    return '<ul class="menu nav navbar-nav">' + "".join(items) + "</ul>"


def _block(bid: str, title: str, content: str, cls: str = "") -> str:
    return (
        f'<section id="block-{bid}" class="block {cls} clearfix">\n'
        f'<h2 class="block-title">{esc(title)}</h2>\n{content}\n</section>'
    )


def _latest_html() -> str:
    rows = [s for s in STORIES][:5]
    lis = "".join(
        f'<li class="views-row"><a href="{_alias(s)}">{esc(s.title)}</a> <span class="ngay">({_dmy(s.opts["created"])})</span></li>'
        for s in rows
    )
    return _block("views-tin-moi-block", "Tin mới đăng", f'<div class="view-content"><ul class="tinmoi">{lis}</ul></div>',
                  "block-views")


def _popular_html() -> str:
    lis = "".join(
        f'<li><a href="{_alias(BY_NID[n])}">{esc(BY_NID[n].title)}</a> <small>({BY_NID[n].views()} lượt xem)</small></li>'
        for n in POPULAR
    )
    return _block("statistics-popular", "Đọc nhiều nhất", f'<div class="item-list"><ul>{lis}</ul></div>',
                  "block-statistics")


_COUNTER = (
    '<div class="thongke-truycap"><table class="table table-condensed"><tbody>'
    '<tr><td><i class="glyphicon glyphicon-user"></i> Đang online:</td><td>17</td></tr>'
    "<tr><td>Hôm nay:</td><td>263</td></tr><tr><td>Hôm qua:</td><td>412</td></tr>"
    "<tr><td>Tổng truy cập:</td><td>1.284.530</td></tr></tbody></table></div>"
)

_LINKS = (
    '<select class="form-control lienket" onchange="if(this.value) window.open(this.value);">'
    '<option value="">-- Liên kết website --</option>'
    '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
    '<option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>'
    '<option value="https://daklak.gov.vn">Cổng TTĐT tỉnh Đắk Lắk</option>'
    '<option value="https://taphuan.csdl.edu.vn">Tập huấn giáo viên</option></select>'
    '<p class="banner"><a href="https://csdl.moet.gov.vn" target="_blank">'
    f'<img class="img-responsive" src="{FILES}/banner/csdl-nganh.png" alt="CSDL ngành giáo dục" /></a></p>'
)


def _poll(path: str) -> str:
    opts = ["Rất hài lòng", "Hài lòng", "Cần cải thiện thêm"]
    radios = "".join(
        f'<div class="form-item form-type-radio radio"><label class="control-label" for="edit-choice-{i}">'
        f'<input type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio" /> {o}</label></div>'
        for i, o in enumerate(opts, 1)
    )
    return _block(
        "poll-recent",
        "Thăm dò ý kiến",
        f'<form action="{esc(path)}" method="post" id="poll-view-voting" accept-charset="UTF-8"><div>'
        '<p class="poll-question">Phụ huynh đánh giá thế nào về bữa ăn bán trú của trường?</p>'
        f'<div class="choices">{radios}</div>'
        '<button class="btn btn-default form-submit" type="submit" name="op" value="Bình chọn">Bình chọn</button>'
        '<input type="hidden" name="form_id" value="poll_view_voting" /></div></form>',
        "block-poll",
    )


def _sidebar(path: str, extra: str = "") -> str:
    return "\n".join(
        [
            extra,
            _latest_html(),
            _popular_html(),
            _block("tuoitho-thongke", "Thống kê truy cập", _COUNTER, "block-block"),
            _block("block-3", "Liên kết website", _LINKS, "block-block"),
            _poll(path),
        ]
    )


def _breadcrumb(items: list[tuple[str | None, str]]) -> str:
    lis = []
    for href, label in items:
        if href is None:
            lis.append(f'<li class="active">{label}</li>')
        else:
            lis.append(f'<li><a href="{href}">{label}</a></li>')
    return '<h2 class="element-invisible">Bạn đang ở đây</h2><ol class="breadcrumb">' + "".join(lis) + "</ol>"


def _page(
    req: Request,
    *,
    title_html: str,
    head_title: str,
    body_class: str,
    content: str,
    sidebar: str,
    breadcrumb: str = "",
    head_extra: str = "",
    description: str | None = None,
    menu_active: str = "",
) -> Response:
    meta_desc = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    h1 = f'<h1 class="page-header">{title_html}</h1>' if title_html else ""
    page = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/all/themes/tuoitho_bs3/favicon.ico" type="image/vnd.microsoft.icon" />
{meta_desc}<meta name="generator" content="Drupal 7 (http://drupal.org)" />
{head_extra}  <title>{esc(head_title)}</title>
  <link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_lQaZfjVpwP_oGNqdtWCSpJT1EMqXdMiU84ekLLxQnc4.css" media="all" />
  <link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_8x3QoW7cO2v0yLk1ZqJ3b0bS9Qe1cTt0nHkq2bU0n2A.css" media="all" />
  <link type="text/css" rel="stylesheet" href="/sites/all/themes/tuoitho_bs3/css/style.css?p3k2rx" media="all" />
  <link rel="alternate" type="application/rss+xml" title="Trường Mầm non Tuổi Thơ RSS" href="/rss.xml" />
  <!-- HTML5 element support for IE6-8 -->
  <!--[if lt IE 9]>
    <script src="https://cdn.jsdelivr.net/html5shiv/3.7.3/html5shiv-printshiv.min.js"></script>
  <![endif]-->
  <script src="/sites/default/files/js/js_Pt6OpwTd6jcHLRIjrE-eSPLWMxWDkcyYrPTIrXDSON0.js"></script>
  <script src="/sites/default/files/js/js_gHk2gWJ_Qw_jU2qRiUmSl7d8oly1Cx7lQFrqcp3RXcI.js"></script>
  <script>jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"tuoitho_bs3","theme_token":"4mQ2sZ8rVhWkTn0cXb3YdLp9Ue1FgJaR7oIy6EwNq5A"}},"colorbox":{{"opacity":"0.85","current":"{{current}} \\/ {{total}}","previous":"\\u00ab Tr\\u01b0\\u1edbc","next":"Sau \\u00bb","close":"\\u0110\\u00f3ng","maxWidth":"98%","maxHeight":"98%","fixed":true}},"bootstrap":{{"anchorsFix":"0","anchorsSmoothScrolling":"0","formHasError":1,"popoverEnabled":1,"tooltipEnabled":1}}}});</script>
</head>
<body class="{body_class}">
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Chuyển tới nội dung chính</a>
  </div>
  <div id="top-bar" class="hidden-xs"><div class="container">
    <span class="ngay-hien-tai"><i class="glyphicon glyphicon-time"></i> {TODAY_LINE}</span>
    <span class="hotline pull-right">Điện thoại: 0262 3851 247 | Email: <a href="mailto:mntuoitho.bmt@daklak.edu.vn">mntuoitho.bmt@daklak.edu.vn</a></span>
  </div></div>
  <div id="banner" class="container">
    <a class="logo navbar-btn pull-left" href="/" title="Trang chủ"><img src="{FILES}/logo-mn-tuoitho.png" alt="Trang chủ" /></a>
    <div class="ten-truong">
      <p class="dv-chuquan">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ BUÔN MA THUỘT</p>
      <a class="name navbar-brand" href="/" title="Trang chủ">Trường Mầm non Tuổi Thơ</a>
      <p class="lead slogan">Yêu thương – An toàn – Hạnh phúc</p>
    </div>
  </div>
  <header id="navbar" role="banner" class="navbar container navbar-default">
    <div class="container">
      <div class="navbar-header">
        <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-collapse">
          <span class="sr-only">Toggle navigation</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
        </button>
      </div>
      <div class="navbar-collapse collapse">
        <nav role="navigation">{_menu_html(menu_active)}
          <div class="region region-navigation">
            <section id="block-search-form" class="block block-search clearfix">
              <form class="form-search content-search" action="{esc(req.path)}" method="post" id="search-block-form" accept-charset="UTF-8"><div>
                <h2 class="element-invisible">Biểu mẫu tìm kiếm</h2>
                <div class="input-group"><input title="Nhập từ khóa bạn muốn tìm." placeholder="Tìm kiếm" class="form-control form-text" type="text" name="search_block_form" value="" size="15" maxlength="128" /><span class="input-group-btn"><button type="submit" class="btn btn-primary"><span class="icon glyphicon glyphicon-search" aria-hidden="true"></span></button></span></div>
                <input type="hidden" name="form_build_id" value="form-x7G2pLq9WmZc0Ue4Rb8TnKsYd1HfVaJ3oQ6iEwMy5B" />
                <input type="hidden" name="form_id" value="search_block_form" />
              </div></form>
            </section>
          </div>
        </nav>
      </div>
    </div>
  </header>
  <div class="container chay-chu"><marquee scrollamount="4">Nhiệt liệt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026!</marquee></div>
  <div class="main-container container">
    <header role="banner" id="page-header"></header>
    <div class="row">
      <section class="col-sm-9">
        {breadcrumb}
        <a id="main-content"></a>
        {h1}
        <div class="region region-content">
{content}
        </div>
      </section>
      <aside class="col-sm-3" role="complementary">
        <div class="region region-sidebar-second">
{sidebar}
        </div>
      </aside>
    </div>
  </div>
  <footer class="footer container">
    <div class="region region-footer">
      <section id="block-block-1" class="block block-block clearfix">
        <p><strong>TRƯỜNG MẦM NON TUỔI THƠ</strong></p>
        <p>Địa chỉ: 45 Phan Bội Châu, phường Thành Công, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk</p>
        <p>Điện thoại: 0262 3851 247 – Email: mntuoitho.bmt@daklak.edu.vn</p>
        <p>Chịu trách nhiệm nội dung: Hiệu trưởng Đinh Thị Kim Oanh</p>
        <p>© 2026 Bản quyền thuộc về Trường Mầm non Tuổi Thơ. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
      </section>
    </div>
  </footer>
  <script src="/sites/all/themes/bootstrap/js/bootstrap.js?p3k2rx"></script>
  <script src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5a1b2c3d4e5f6a7b"></script>
</body>
</html>
"""
    return html(page, headers={"X-Generator": "Drupal 7 (http://drupal.org)", "Cache-Control": "no-cache, must-revalidate"})


# --- article page ---------------------------------------------------------------------------------


def _field_image(s: Story, img: Img) -> str:
    file = s.opts["file"]
    title = esc(img.printed or "")
    cap = (
        f'<blockquote class="image-field-caption">\n<p>{_tx(s, img.printed)}</p>\n</blockquote>'
        if img.printed
        else ""
    )
    return (
        '<div class="field field-name-field-anh-dai-dien field-type-image field-label-hidden"><div '
        'class="field-items"><div class="field-item even">'
        f'<a href="{FILES}/{file}" title="{title}" class="colorbox" data-colorbox-gallery="gallery-node-{s.id}-Xw2hC">'
        f'<img class="img-responsive" src="{esc(img.src)}" width="750" height="500" alt="" title="{title}" /></a>'
        f"{cap}</div></div></div>"
    )


def _carousel(s: Story, imgs: list[Img]) -> str:
    cid = f"carousel-node-{s.id}"
    active = ' class="active"'
    ind = "".join(
        f'<li data-target="#{cid}" data-slide-to="{i}"{active if i == 0 else ""}></li>' for i in range(len(imgs))
    )
    items = []
    for i, img in enumerate(imgs):
        cap = f'<div class="carousel-caption"><p>{_tx(s, img.printed)}</p></div>' if img.printed else (
            '<div class="carousel-caption"></div>'
        )
        items.append(
            f'<div class="item{" active" if i == 0 else ""}"><img class="img-responsive" src="{esc(img.src)}" '
            f'width="750" height="500" alt="" />{cap}</div>'
        )
    return (
        '<div class="field field-name-field-album-anh field-type-image field-label-above">'
        '<div class="field-label">Một số hình ảnh:&nbsp;</div><div class="field-items">'
        f'<div id="{cid}" class="carousel slide" data-ride="carousel">'
        f'<ol class="carousel-indicators">{ind}</ol>'
        f'<div class="carousel-inner" role="listbox">{"".join(items)}</div>'
        f'<a class="left carousel-control" href="#{cid}" role="button" data-slide="prev"><span class="glyphicon '
        'glyphicon-chevron-left" aria-hidden="true"></span><span class="sr-only">Trước</span></a>'
        f'<a class="right carousel-control" href="#{cid}" role="button" data-slide="next"><span class="glyphicon '
        'glyphicon-chevron-right" aria-hidden="true"></span><span class="sr-only">Sau</span></a>'
        "</div></div></div>"
    )


def _eva(s: Story) -> str:
    others = [o for o in _in_term(s.opts["tid"]) if o is not s][:2]
    if not others:
        return ""
    rows = []
    for i, o in enumerate(others, 1):
        pos = " views-row-first" if i == 1 else ""
        pos += " views-row-last" if i == len(others) else ""
        rows.append(
            f'<div class="views-row views-row-{i} views-row-{"odd" if i % 2 else "even"}{pos}">'
            f'<div class="views-field views-field-field-anh-dai-dien"><div class="field-content"><a href="{_alias(o)}">'
            f'<img class="img-responsive" src="{esc(_thumb(o))}" width="100" height="67" alt="" /></a></div></div>'
            f'<div class="views-field views-field-title"><span class="field-content"><a href="{_alias(o)}">'
            f"{esc(o.title)}</a></span></div>"
            f'<div class="views-field views-field-body"><div class="field-content"><p>{esc(_trim(_teaser(o), 140))}'
            "</p></div></div></div>"
        )
    return (
        '<div class="field field-name-tin-cung-danh-muc-entity-view-1 field-type-ds field-label-hidden">'
        '<div class="view view-tin-cung-danh-muc view-id-tin_cung_danh_muc view-display-id-entity_view_1 '
        f'view-dom-id-{hashlib.md5(s.slug.encode()).hexdigest()}">'
        '<div class="view-header"><h3 class="tieude-khoi">Tin cùng danh mục</h3></div>'
        f'<div class="view-content">{"".join(rows)}</div></div></div>'
    )


def _nguon(s: Story) -> str:
    value = s.opts.get("nguon")
    if not value:
        return ""
    label, href = value
    shown = f'<a href="{esc(href)}" target="_blank">{esc(label)}</a>' if href else esc(label)
    return (
        '<div class="field field-name-field-nguon field-type-text field-label-inline clearfix">'
        '<div class="field-label">Nguồn tin:&nbsp;</div><div class="field-items">'
        f'<div class="field-item even">{shown}</div></div></div>'
    )


def _attachment(s: Story) -> str:
    att = s.opts.get("attach")
    if not att:
        return ""
    name, file, size = att
    return (
        '<div class="field field-name-field-tep-dinh-kem field-type-file field-label-above">'
        '<div class="field-label">Tệp đính kèm:&nbsp;</div><div class="field-items"><div class="field-item even">'
        '<span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" '
        f'src="/modules/file/icons/application-pdf.png" /> <a href="{FILES}/{file}" '
        f'type="application/pdf; length=88473">{esc(name)}</a></span> <small>({size})</small></div></div></div>'
    )


def _comments(s: Story) -> str:
    comments = s.opts.get("comments") or []
    if not comments:
        return ""
    out = ['<section id="comments" class="comments clearfix">', '<h2 class="title">Bình luận</h2>']
    for cid, name, when, subject, body in comments:
        out.append(
            f'<a id="comment-{cid}"></a><div class="comment comment-by-anonymous clearfix">'
            '<div class="attribution"><div class="submitted">'
            f'<p class="commenter-name"><span class="username">{esc(name)} (chưa xác minh)</span></p>'
            f'<p class="comment-time">{_medium(when)}</p>'
            f'<p class="comment-permalink"><a href="/comment/{cid}#comment-{cid}" class="permalink" '
            'rel="bookmark">Liên kết cố định</a></p></div></div>'
            f'<div class="comment-text"><h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">'
            f"{esc(subject)}</a></h3><div class=\"content\"><div class=\"field field-name-comment-body "
            'field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even">'
            f"<p>{esc(body)}</p></div></div></div></div></div></div>"
        )
    out.append("</section>")
    return "\n".join(out)


def _article_page(req: Request, s: Story) -> Response:
    term_slug, term_name, _desc = TERMS[s.opts["tid"]]
    created = s.opts["created"]
    title_html = _tx(s, s.title) if s.opts.get("enc") in ("nfd",) else esc(s.title)
    leads = [b for b in s.blocks if isinstance(b, Img) and b.style == "field"]
    slides = [b for b in s.blocks if isinstance(b, Img) and b.style == "carousel"]
    summary_div = ""
    if s.summary and (s.sapo_outside or s.opts.get("lead_dup")):
        summary_div = f'<div class="tomtat-bai lead"><p>{_tx(s, s.summary)}</p></div>'
    parts = [
        f'<article id="node-{s.id}" class="node node-tin-tuc node-promoted view-mode-full clearfix">',
        "<header>",
        f'<span class="submitted">Gửi bởi <span class="username">quantri</span> lúc {_medium(created)}</span>',
        "</header>",
        summary_div,
        _field_image(s, leads[0]) if leads else "",
        '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">'
        f'<div class="field-item even">\n{_body_html(s)}\n</div></div></div>',
        _carousel(s, slides) if slides else "",
        _eva(s),
        _nguon(s),
        _attachment(s),
        '<div class="field field-name-field-danh-muc field-type-taxonomy-term-reference field-label-inline clearfix">'
        '<div class="field-label">Danh mục:&nbsp;</div><div class="field-items"><div class="field-item even">'
        f'<a href="/taxonomy/term/{s.opts["tid"]}">{esc(term_name)}</a></div></div></div>',
        '<ul class="links list-inline"><li class="statistics_counter first last">'
        f"<span>{s.views()} lượt xem</span></li></ul>",
        '<div class="chiase addthis_toolbox addthis_default_style"><a class="addthis_button_facebook_like" '
        'fb:like:layout="button_count"></a><a class="addthis_button_facebook_share"></a>'
        '<a class="addthis_button_zalo"></a><a class="addthis_counter addthis_pill_style"></a>'
        '<a href="javascript:window.print()" class="btn btn-default btn-xs in-bai"><i class="glyphicon '
        'glyphicon-print"></i> In bài</a></div>',
        _comments(s),
        "</article>",
    ]
    content = (
        '<section id="block-system-main" class="block block-system clearfix">\n'
        + "\n".join(p for p in parts if p)
        + "\n</section>"
    )
    base = base_url(req)
    head_title = s.opts.get("seo_title") or f"{s.title} | {SITE_NAME}"
    og_title = s.opts.get("seo_title") or s.title
    head = (
        f'<link rel="canonical" href="{base}{_alias(s)}" />\n'
        f'<link rel="shortlink" href="{base}/node/{s.id}" />\n'
        f'<meta property="og:site_name" content="{SITE_NAME}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{base}{_alias(s)}" />\n'
        f'<meta property="og:title" content="{esc(og_title)}" />\n'
    )
    if s.opts.get("file"):
        head += f'<meta property="og:image" content="{base}{FILES}/{s.opts["file"]}" />\n'
    crumb = _breadcrumb([("/", "Trang chủ"), (f"/danh-muc/{term_slug}", esc(term_name)), (None, title_html)])
    return _page(
        req,
        title_html=title_html,
        head_title=head_title,
        body_class=(
            f"html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{s.id} "
            "node-type-tin-tuc i18n-vi"
        ),
        content=content,
        sidebar=_sidebar(req.path),
        breadcrumb=crumb,
        head_extra=head,
        description=_trim(_plain(_body_html(s)), 160),
    )


# --- listings -------------------------------------------------------------------------------------


def _page_param(req: Request, element: int) -> int:
    raw = req.params.get("page", "")
    parts = raw.split(",")
    if element < len(parts) and parts[element].strip().isdigit():
        return int(parts[element].strip())
    return 0


def _q(base: str, n: int) -> str:
    return base if n == 0 else f"{base}?page={n}"


def _full_pager(base: str, cur: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if cur > 0:
        items.append(f'<li class="pager-first"><a title="Đến trang đầu" href="{_q(base, 0)}">« đầu</a></li>')
        items.append(f'<li class="prev"><a title="Đến trang trước" href="{_q(base, cur - 1)}">‹ trước</a></li>')
    for n in range(pages):
        if n == cur:
            items.append(f'<li class="active"><span>{n + 1}</span></li>')
        else:
            items.append(f'<li><a title="Đến trang {n + 1}" href="{_q(base, n)}">{n + 1}</a></li>')
    if cur < pages - 1:
        items.append(f'<li class="next"><a title="Đến trang sau" href="{_q(base, cur + 1)}">sau ›</a></li>')
        items.append(f'<li class="pager-last"><a title="Đến trang cuối" href="{_q(base, pages - 1)}">cuối »</a></li>')
    return (
        '<h2 class="element-invisible">Trang</h2><div class="text-center"><ul class="pagination">'
        + "".join(items)
        + "</ul></div>"
    )


def _mini_pager(base: str, cur: int, pages: int) -> str:
    if pages <= 1:
        return ""
    prev = (
        f'<li class="pager-previous first"><a title="Đến trang trước" href="{_q(base, cur - 1)}">‹‹</a></li>'
        if cur > 0
        else '<li class="pager-previous first">&nbsp;</li>'
    )
    nxt = (
        f'<li class="pager-next last"><a title="Đến trang sau" href="{_q(base, cur + 1)}">››</a></li>'
        if cur < pages - 1
        else '<li class="pager-next last">&nbsp;</li>'
    )
    return (
        '<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">'
        f'{prev}<li class="pager-current">{cur + 1}</li>{nxt}</ul></div>'
    )


def _views_row(s: Story, i: int, n: int) -> str:
    pos = " views-row-first" if i == 1 else ""
    pos += " views-row-last" if i == n else ""
    title = _trim(s.title, 60)
    return (
        f'<div class="views-row views-row-{i} views-row-{"odd" if i % 2 else "even"}{pos} row tin-item">'
        f'<div class="views-field views-field-field-anh-dai-dien col-xs-4"><div class="field-content">'
        f'<a href="{_alias(s)}"><img class="img-responsive" src="{esc(_thumb(s, "thumb_danh_sach"))}" width="220" '
        'height="147" alt="" /></a></div></div><div class="col-xs-8">'
        f'<div class="views-field views-field-title"><h4 class="field-content tieude"><a href="{_alias(s)}">'
        f"{_tx(s, title) if s.opts.get('enc') == 'nfd' else esc(title)}</a></h4></div>"
        f'<div class="views-field views-field-created"><span class="field-content ngaydang"><i class="glyphicon '
        f'glyphicon-calendar"></i> {_dmy(s.opts["created"])}</span></div>'
        f'<div class="views-field views-field-body"><div class="field-content">{esc(_trim(_teaser(s), 200))}</div></div>'
        f'<div class="views-field views-field-view-node"><span class="field-content"><a href="{_alias(s)}" '
        'class="xemtiep">Chi tiết »</a></span></div></div></div>'
    )


def _danh_muc(req: Request, tid: int) -> Response:
    slug, name, _desc = TERMS[tid]
    items = _in_term(tid)
    pages = max(1, -(-len(items) // PER_PAGE))
    cur = min(_page_param(req, 0), pages - 1)
    chunk = items[cur * PER_PAGE:(cur + 1) * PER_PAGE]
    base = f"/danh-muc/{slug}"
    rows = "\n".join(_views_row(s, i, len(chunk)) for i, s in enumerate(chunk, 1))
    content = (
        '<section id="block-system-main" class="block block-system clearfix">'
        f'<div class="view view-danh-muc-tin view-id-danh_muc_tin view-display-id-page_1 view-dom-id-{slug}">'
        f'<div class="view-content">\n{rows}\n</div>{_full_pager(base, cur, pages)}</div></section>'
    )
    return _page(
        req,
        title_html=esc(name),
        head_title=f"{name} | {SITE_NAME}",
        body_class=f"html not-front not-logged-in one-sidebar sidebar-second page-danh-muc page-danh-muc-{slug}",
        content=content,
        sidebar=_sidebar(req.path),
        breadcrumb=_breadcrumb([("/", "Trang chủ"), (None, esc(name))]),
        menu_active=base,
    )


def _teaser_node(s: Story) -> str:
    title = _tx(s, s.title) if s.opts.get("enc") == "nfd" else esc(s.title)
    img = (
        f'<div class="field field-name-field-anh-dai-dien field-type-image field-label-hidden"><a href="{_alias(s)}">'
        f'<img class="img-responsive" src="{esc(_thumb(s, "medium"))}" width="220" height="147" alt="" /></a></div>'
        if s.opts.get("file")
        else ""
    )
    return (
        f'<article id="node-{s.id}" class="node node-tin-tuc node-promoted node-teaser clearfix">'
        f'<header><h2><a href="{_alias(s)}">{title}</a></h2>'
        f'<span class="submitted">Gửi bởi <span class="username">quantri</span> lúc {_medium(s.opts["created"])}</span>'
        f"</header>{img}"
        '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">'
        f'<div class="field-item even"><p>{esc(_teaser(s))}</p></div></div></div>'
        f'<ul class="links list-inline"><li class="node-readmore first last"><a href="{_alias(s)}" rel="tag" '
        f'title="{esc(s.title)}">Xem tiếp<span class="element-invisible"> về {esc(s.title)}</span></a></li></ul>'
        "</article>"
    )


def _term_page(req: Request, tid: int) -> Response:
    _slug, name, desc = TERMS[tid]
    items = _in_term(tid)
    pages = max(1, -(-len(items) // PER_PAGE))
    cur = min(_page_param(req, 0), pages - 1)
    chunk = items[cur * PER_PAGE:(cur + 1) * PER_PAGE]
    base = f"/taxonomy/term/{tid}"
    content = (
        '<section id="block-system-main" class="block block-system clearfix">'
        '<div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page">'
        f'<div class="view-header"><div class="taxonomy-term-description"><p>{esc(desc)}</p></div></div>'
        '<div class="view-content">\n'
        + "\n".join(_teaser_node(s) for s in chunk)
        + f"\n</div>{_mini_pager(base, cur, pages)}</div></section>"
    )
    return _page(
        req,
        title_html=esc(name),
        head_title=f"{name} | {SITE_NAME}",
        body_class=f"html not-front not-logged-in one-sidebar sidebar-second page-taxonomy page-taxonomy-term "
        f"page-taxonomy-term- page-taxonomy-term-{tid}",
        content=content,
        sidebar=_sidebar(req.path),
        breadcrumb=_breadcrumb([("/", "Trang chủ"), (None, esc(name))]),
    )


# --- home ----------------------------------------------------------------------------------------

_DOC = {
    "nid": 239,
    "path": "/van-ban/ke-hoach-giao-duc-nam-hoc-2026-2027",
    "title": "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
    "so": "86/KH-MNTT",
    "date": _t(2026, 10, 5, 9, 0),
    "file": "van-ban/86-kh-mntt-ke-hoach-giao-duc-2026-2027.pdf",
}
_ALBUM = {
    "nid": 238,
    "path": "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027",
    "title": "Lễ khai giảng năm học 2026 – 2027",
    "date": _t(2026, 9, 5, 16, 20),
}


def _notice_block(req: Request) -> str:
    """"Thông báo – Văn bản": notices and documents, 2 a page, mini pager with pager ID 1."""
    entries = [(_alias(s), s.title, s.opts["created"]) for s in STORIES if s.opts["tid"] == 4]
    entries.append((_DOC["path"], _DOC["title"], _DOC["date"]))
    pages = -(-len(entries) // 2)
    cur = min(_page_param(req, 1), pages - 1)
    main = _page_param(req, 0)
    lis = "".join(
        f'<li class="views-row"><i class="glyphicon glyphicon-bullhorn"></i> <a href="{h}">{esc(t)}</a>'
        f' <span class="ngay">{_dmy(d)}</span></li>'
        for h, t, d in entries[cur * 2:(cur + 1) * 2]
    )

    def link(n: int) -> str:
        return f"/?page={main},{n}"

    prev = (
        f'<li class="pager-previous first"><a title="Đến trang trước" href="{link(cur - 1)}">‹‹</a></li>'
        if cur > 0
        else '<li class="pager-previous first">&nbsp;</li>'
    )
    nxt = (
        f'<li class="pager-next last"><a title="Đến trang sau" href="{link(cur + 1)}">››</a></li>'
        if cur < pages - 1
        else '<li class="pager-next last">&nbsp;</li>'
    )
    pager = (
        '<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">'
        f'{prev}<li class="pager-current">{cur + 1}</li>{nxt}</ul></div>'
    )
    return _block(
        "views-thong-bao-block-1",
        "Thông báo – Văn bản",
        f'<div class="view view-thong-bao view-id-thong_bao view-display-id-block_1"><div class="view-content">'
        f'<ul class="ds-thongbao">{lis}</ul></div>{pager}</div>',
        "block-views",
    )


def _home(req: Request) -> Response:
    slides = []
    for i, nid in enumerate(SLIDESHOW, 1):
        s = BY_NID[nid]
        slides.append(
            f'<div class="views-slideshow-cycle-main-frame-row views_slideshow_cycle_slide views_slideshow_slide '
            f'views-row-{i}{" views_slideshow_cycle_hidden" if i > 1 else ""}">'
            f'<div class="views-field views-field-field-anh-dai-dien"><div class="field-content"><a href="/node/{nid}">'
            f'<img class="img-responsive" src="{esc(_thumb(s, "slide_trang_chu"))}" width="848" height="450" alt="" />'
            f'</a></div></div><div class="views-field views-field-title"><span class="field-content">'
            f'<a href="/node/{nid}">{esc(s.title)}</a></span></div></div>'
        )
    slideshow = (
        '<section id="block-views-tin-noi-bat-block" class="block block-views clearfix">'
        '<h2 class="block-title">Tin nổi bật</h2><div class="view view-tin-noi-bat"><div class="skin-default">'
        '<div id="views_slideshow_cycle_main_tin_noi_bat-block" class="views_slideshow_cycle_main views_slideshow_main">'
        f'<div id="views_slideshow_cycle_teaser_section_tin_noi_bat-block" class="views-slideshow-cycle-main-frame">'
        f'{"".join(slides)}</div></div></div></div></section>'
    )
    news = [s for s in STORIES if s.opts["tid"] != 4][:5]
    first = news[0]
    latest = (
        f'<div class="tin-dau row"><div class="col-sm-5"><a href="{_alias(first)}"><img class="img-responsive" '
        f'src="{esc(_thumb(first, "thumb_danh_sach"))}" alt="" /></a></div><div class="col-sm-7"><h3>'
        f'<a href="{_alias(first)}">{esc(first.title)}</a></h3><p class="ngay">{_dmy(first.opts["created"])}</p>'
        f"<p>{esc(_trim(_teaser(first), 200))}</p></div></div><ul class=\"tin-khac\">"
        + "".join(
            f'<li><a href="{_alias(s)}">{esc(_trim(s.title, 60))}</a> <span class="ngay">({_dmy(s.opts["created"])})</span></li>'
            for s in news[1:]
        )
        + "</ul>"
    )
    boxes = []
    for tid in (3, 5):
        slug, name, _d = TERMS[tid]
        lis = "".join(
            f'<li><a href="{_alias(s)}">{_tx(s, s.title) if s.opts.get("enc") == "nfd" else esc(s.title)}</a></li>'
            for s in _in_term(tid)[:2]
        )
        boxes.append(
            f'<div class="col-sm-6"><section class="block block-views clearfix"><h2 class="block-title">'
            f'<a href="/danh-muc/{slug}">{esc(name)}</a></h2><ul>{lis}</ul>'
            f'<p class="xem-tat-ca"><a href="/danh-muc/{slug}">Xem tất cả »</a></p></section></div>'
        )
    content = (
        slideshow
        + '<section id="block-views-tin-moi-block-1" class="block block-views clearfix"><h2 class="block-title">'
        + f"Tin mới nhất</h2>{latest}</section>"
        + f'<div class="row">{"".join(boxes)}</div>'
    )
    album = _block(
        "views-album-block",
        "Thư viện ảnh",
        f'<a href="{_ALBUM["path"]}"><img class="img-responsive" src="{_styled("medium", "album/2026-09/khai-giang-1.jpg")}" '
        f'alt="" /></a><p><a href="{_ALBUM["path"]}">{esc(_ALBUM["title"])}</a></p>',
        "block-views",
    )
    sidebar = "\n".join(
        [
            _notice_block(req),
            _popular_html(),
            album,
            _block("tuoitho-thongke", "Thống kê truy cập", _COUNTER, "block-block"),
            _block("block-3", "Liên kết website", _LINKS, "block-block"),
            _poll("/"),
        ]
    )
    return _page(
        req,
        title_html="",
        head_title=f"{SITE_NAME} | Phòng GD&ĐT thành phố Buôn Ma Thuột",
        body_class="html front not-logged-in one-sidebar sidebar-second page-node",
        content=content,
        sidebar=sidebar,
        description="Website Trường Mầm non Tuổi Thơ, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.",
        menu_active="/",
    )


def _rss(req: Request) -> Response:
    base = base_url(req)
    items = []
    for s in STORIES[:FEED_ITEMS]:
        d = s.opts["created"] - _dt.timedelta(hours=7)
        pub = f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]}, {d:%d} " \
              f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month - 1]} " \
              f"{d:%Y %H:%M:%S} +0000"
        items.append(
            f"<item>\n <title>{esc(s.title)}</title>\n <link>{base}{_alias(s)}</link>\n"
            f" <description>{esc('<p>' + esc(_teaser(s)) + '</p>')}</description>\n"
            f" <pubDate>{pub}</pubDate>\n <dc:creator>quantri</dc:creator>\n"
            f' <guid isPermaLink="false">{s.id} at {base}</guid>\n</item>'
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="' + base + '" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n <title>Trường Mầm non Tuổi Thơ</title>\n'
        f" <link>{base}</link>\n <description></description>\n <language>vi</language>\n"
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )
    return Response(200, body.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- the pages that are not articles --------------------------------------------------------------


def _simple(req: Request, title: str, inner: str, crumbs: list[tuple[str | None, str]], cls: str, canon: str,
            menu: str = "") -> Response:
    content = (
        '<section id="block-system-main" class="block block-system clearfix">'
        f'<article class="node {cls} clearfix"><div class="field field-name-body field-type-text-with-summary '
        f'field-label-hidden"><div class="field-items"><div class="field-item even">{inner}</div></div></div>'
        "</article></section>"
    )
    return _page(
        req,
        title_html=esc(title),
        head_title=f"{title} | {SITE_NAME}",
        body_class=f"html not-front not-logged-in one-sidebar sidebar-second page-node {cls}",
        content=content,
        sidebar=_sidebar(req.path),
        breadcrumb=_breadcrumb(crumbs),
        head_extra=f'<link rel="canonical" href="{base_url(req)}{canon}" />\n',
        menu_active=menu,
    )


def _gioi_thieu(req: Request) -> Response:
    inner = (
        "<p>Trường Mầm non Tuổi Thơ được thành lập năm 1996 theo quyết định của UBND thị xã Buôn Ma Thuột "
        "(nay là thành phố Buôn Ma Thuột), là một trong những trường mầm non công lập đầu tiên của phường "
        "Thành Công.</p>"
        "<p>Hiện nay, trường có 12 nhóm, lớp với 386 trẻ từ 18 tháng đến 6 tuổi; 48 cán bộ, giáo viên, nhân "
        "viên. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>"
        "<h3>Sứ mệnh</h3><p>Xây dựng môi trường giáo dục an toàn, thân thiện, nơi mỗi trẻ được yêu thương, "
        "tôn trọng và phát triển toàn diện.</p>"
        f'<p style="text-align:center"><img alt="" src="{FILES}/userfiles/images/gioithieu/toan-canh-truong.jpg" '
        'style="width:700px;height:400px" /></p>'
    )
    return _simple(req, "Giới thiệu chung", inner, [("/", "Trang chủ"), (None, "Giới thiệu chung")],
                   "node-page", "/gioi-thieu", "/gioi-thieu")


def _co_cau(req: Request) -> Response:
    rows = [
        ("Đinh Thị Kim Oanh", "Hiệu trưởng", "0905 218 446"),
        ("Lê Thị Ánh Tuyết", "Phó Hiệu trưởng", "0914 335 207"),
        ("Nguyễn Thị Thu Hà", "Phó Hiệu trưởng", "0983 640 112"),
        ("Hồ Thị Thanh Nga", "Tổ trưởng tổ Mẫu giáo Lớn", ""),
        ("Trần Thị Hồng Nhung", "Tổ trưởng tổ Mẫu giáo Nhỡ", ""),
        ("Phan Văn Tín", "Nhân viên văn phòng", ""),
    ]
    trs = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{c}</td><td>{p}</td></tr>" for i, (n, c, p) in enumerate(rows, 1))
    inner = (
        "<p>Cơ cấu tổ chức của nhà trường năm học 2026 – 2027 gồm Ban Giám hiệu, 3 tổ chuyên môn và tổ Văn "
        "phòng.</p>"
        '<table class="table table-bordered"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th>'
        f"<th>Điện thoại</th></tr></thead><tbody>{trs}</tbody></table>"
    )
    return _simple(req, "Cơ cấu tổ chức", inner, [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"),
                                                  (None, "Cơ cấu tổ chức")], "node-page", "/co-cau-to-chuc")


def _lien_he(req: Request) -> Response:
    inner = (
        "<p><strong>TRƯỜNG MẦM NON TUỔI THƠ</strong><br />Địa chỉ: 45 Phan Bội Châu, phường Thành Công, thành "
        "phố Buôn Ma Thuột, tỉnh Đắk Lắk<br />Điện thoại: 0262 3851 247<br />Email: mntuoitho.bmt@daklak.edu.vn</p>"
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892.6!2d108.04!3d12.68" width="100%" '
        'height="300" frameborder="0" style="border:0" allowfullscreen></iframe>'
        '<form class="webform-client-form" enctype="multipart/form-data" action="/lien-he" method="post" '
        'id="webform-client-form-5" accept-charset="UTF-8"><div>'
        '<div class="form-item form-group"><label for="edit-submitted-ho-ten">Họ và tên <span class="form-required">*'
        '</span></label><input class="form-control form-text required" type="text" id="edit-submitted-ho-ten" '
        'name="submitted[ho_ten]" size="60" maxlength="128" /></div>'
        '<div class="form-item form-group"><label for="edit-submitted-email">Email</label><input class="email '
        'form-control form-email" type="email" id="edit-submitted-email" name="submitted[email]" size="60" /></div>'
        '<div class="form-item form-group"><label for="edit-submitted-noi-dung">Nội dung</label><textarea '
        'class="form-control form-textarea" id="edit-submitted-noi-dung" name="submitted[noi_dung]" cols="60" '
        'rows="5"></textarea></div><input type="hidden" name="form_id" value="webform_client_form_5" />'
        '<button class="webform-submit button-primary btn btn-primary form-submit" type="submit" name="op" '
        'value="Gửi">Gửi</button></div></form>'
    )
    return _simple(req, "Liên hệ", inner, [("/", "Trang chủ"), (None, "Liên hệ")], "node-webform", "/lien-he",
                   "/lien-he")


def _album_list(req: Request) -> Response:
    content = (
        '<section id="block-system-main" class="block block-system clearfix"><div class="view view-thu-vien-anh">'
        '<div class="view-content"><div class="row"><div class="col-sm-4 views-col">'
        f'<a href="{_ALBUM["path"]}"><img class="img-responsive" src="{_styled("medium", "album/2026-09/khai-giang-1.jpg")}" '
        f'alt="" /></a><h4><a href="{_ALBUM["path"]}">{esc(_ALBUM["title"])}</a></h4><span>(12 ảnh)</span></div>'
        "</div></div></div></section>"
    )
    return _page(req, title_html="Thư viện ảnh", head_title=f"Thư viện ảnh | {SITE_NAME}",
                 body_class="html not-front not-logged-in one-sidebar sidebar-second page-thu-vien-anh",
                 content=content, sidebar=_sidebar(req.path),
                 breadcrumb=_breadcrumb([("/", "Trang chủ"), (None, "Thư viện ảnh")]), menu_active="/thu-vien-anh")


def _album(req: Request) -> Response:
    pics = "".join(
        f'<div class="col-xs-6 col-sm-4"><a href="{FILES}/album/2026-09/khai-giang-{i}.jpg" class="colorbox" '
        f'data-colorbox-gallery="gallery-node-238"><img class="img-responsive img-thumbnail" '
        f'src="{_styled("medium", f"album/2026-09/khai-giang-{i}.jpg")}" alt="" /></a></div>'
        for i in range(1, 13)
    )
    inner = (
        f'<p class="ngay-album">Cập nhật: {_dmy(_ALBUM["date"])}</p>'
        f'<div class="field field-name-field-hinh-anh"><div class="row">{pics}</div></div>'
    )
    return _simple(req, _ALBUM["title"], inner, [("/", "Trang chủ"), ("/thu-vien-anh", "Thư viện ảnh"),
                                                 (None, esc(_ALBUM["title"]))], "node-album", _ALBUM["path"])


def _doc_list(req: Request) -> Response:
    content = (
        '<section id="block-system-main" class="block block-system clearfix"><div class="view view-van-ban">'
        '<div class="view-content"><table class="views-table cols-4 table table-hover table-striped"><thead><tr>'
        "<th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>"
        f'<tr class="odd views-row-first views-row-last"><td>{_DOC["so"]}</td><td>{_dmy(_DOC["date"])}</td>'
        f'<td><a href="{_DOC["path"]}">{esc(_DOC["title"])}</a></td>'
        f'<td><a href="{FILES}/{_DOC["file"]}">Tải về</a></td></tr></tbody></table></div></div></section>'
    )
    return _page(req, title_html="Văn bản", head_title=f"Văn bản | {SITE_NAME}",
                 body_class="html not-front not-logged-in one-sidebar sidebar-second page-van-ban",
                 content=content, sidebar=_sidebar(req.path),
                 breadcrumb=_breadcrumb([("/", "Trang chủ"), (None, "Văn bản")]), menu_active="/van-ban")


def _doc(req: Request) -> Response:
    inner = (
        '<table class="table table-bordered thongtin-vanban"><tbody>'
        f'<tr><th>Số/Ký hiệu</th><td>{_DOC["so"]}</td></tr>'
        f'<tr><th>Ngày ban hành</th><td>{_dmy(_DOC["date"])}</td></tr>'
        "<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Trường Mầm non Tuổi Thơ</td></tr>"
        "<tr><th>Người ký</th><td>Đinh Thị Kim Oanh</td></tr>"
        f'<tr><th>Trích yếu</th><td>{esc(_DOC["title"])}</td></tr>'
        f'<tr><th>Tệp đính kèm</th><td><span class="file"><a href="{FILES}/{_DOC["file"]}" '
        'type="application/pdf; length=254117">86-kh-mntt-ke-hoach-giao-duc-2026-2027.pdf</a></span></td></tr>'
        "</tbody></table>"
    )
    return _simple(req, _DOC["title"], inner, [("/", "Trang chủ"), ("/van-ban", "Văn bản"), (None, esc(_DOC["title"]))],
                   "node-van-ban", _DOC["path"])


NON_ARTICLES = [
    "/gioi-thieu",
    "/co-cau-to-chuc",
    "/lien-he",
    _ALBUM["path"],
    _DOC["path"],
]

_PAGES = {
    "/gioi-thieu": _gioi_thieu,
    "/co-cau-to-chuc": _co_cau,
    "/lien-he": _lien_he,
    "/thu-vien-anh": _album_list,
    _ALBUM["path"]: _album,
    "/van-ban": _doc_list,
    _DOC["path"]: _doc,
}
_NODE_PAGES = {2: "/gioi-thieu", 3: "/co-cau-to-chuc", 5: "/lien-he", 238: _ALBUM["path"], 239: _DOC["path"]}
_PDFS = {f"{FILES}/{_DOC['file']}"} | {f"{FILES}/{s.opts['attach'][1]}" for s in STORIES if s.opts.get("attach")}

_NODE_RE = re.compile(r"^node/(\d+)$")


class DrupalSite:
    """Drupal 7's menu router, as far as this site uses it."""

    def _node(self, req: Request, nid: int) -> Response | None:
        if nid in BY_NID:
            return _article_page(req, BY_NID[nid])
        if nid in _NODE_PAGES:
            return _PAGES[_NODE_PAGES[nid]](req)
        return None

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path in _PDFS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/sites/", "/misc/", "/modules/")):
            return static_file(path)
        if path == "/":
            q = req.params.get("q")
            if q:
                m = _NODE_RE.match(q.strip("/"))
                return self._node(req, int(m.group(1))) if m else None
            return _home(req)
        if path == "/rss.xml":
            return _rss(req)
        if path in OLD_ALIASES:
            return redirect(base_url(req) + _alias(OLD_ALIASES[path]), status=301)
        if path.startswith("/tin-tuc/"):
            s = BY_SLUG.get(path[len("/tin-tuc/"):])
            return _article_page(req, s) if s else None
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            return self._node(req, int(m.group(1)))
        m = re.fullmatch(r"/comment/(\d+)", path)
        if m:
            s = COMMENTS.get(int(m.group(1)))
            return _article_page(req, s) if s else None
        m = re.fullmatch(r"/danh-muc/([a-z0-9-]+)", path)
        if m:
            tid = TERM_BY_SLUG.get(m.group(1))
            return _danh_muc(req, tid) if tid else None
        m = re.fullmatch(r"/taxonomy/term/(\d+)", path)
        if m:
            tid = int(m.group(1))
            return _term_page(req, tid) if tid in TERMS else None
        page = _PAGES.get(path)
        return page(req) if page else None


def build_site() -> DrupalSite:
    return DrupalSite()


def _alt_paths(s: Story) -> list[str]:
    alts = [f"/node/{s.id}"]
    alts += [f"/comment/{c[0]}" for c in s.opts.get("comments", [])]
    if s.id == 252:
        alts.append("/?q=node/252")
    return alts


GOLD = [gold_record(s, _alias(s), s.cat, canonical_path=_alias(s), alt_paths=_alt_paths(s)) for s in STORIES]
