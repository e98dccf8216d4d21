"""Webcake (Pancake's landing-page / website builder) site of a private kindergarten.

Institution: Trường Mầm non tư thục Ngôi Sao Nhỏ (Vinh, Nghệ An), a private kindergarten that
built its site itself on Webcake: every page is a stack of ``com-section`` blocks whose elements
(``com-text-block``, ``com-image-block``, ``com-button``, ``com-menu``…) carry generated ids
(``w-k3x9…``) and are placed absolutely by a per-page ``<style>``; the blog module adds a
``com-post-list`` element (listings) and a ``com-blog-detail`` element (article pages) whose
content is Froala editor output (``fr-view``, ``fr-img-caption``, ``fr-fic fr-dib``).

URL scheme
----------
- ``/``                                   home (landing page: hero, "Tin tức mới nhất" widget)
- ``/tin-tuc``                            blog listing, 6 posts a page, ``?page=2``, ``?page=3``
- ``/tin-tuc?category_id=<24 hex>``       a blog category, 3 posts a page, ``&page=2``
- ``/tin-tuc?keyword=…``                  search (GET form in the blog sidebar)
- ``/blogs/<slug>``                       an article (canonical route)
- ``/tin-tuc/<slug>``                     the same article on the builder's older route (the
                                          home widget still links there); any query string on
                                          either route serves the article too
- ``/blogs``                              301 to ``/tin-tuc`` (the breadcrumb's "Tin tức" link)
- ``/gioi-thieu``, ``/chuong-trinh-hoc``, ``/tuyen-sinh``, ``/thu-vien-anh``, ``/video``,
  ``/lien-he``                            landing pages built in the editor (not articles)
- ``/web-media/<aa>/<bb>/<cc>/<dd>/<hash>-w:…-h:…-l:…-t:image/jpeg.jpg`` images (Pancake's
  file names, colons and a slash inside), ``/static/…`` theme files, emoji pictures
- ``POST /api/v1/forms/submit``           the registration forms (JSON answer)

Page templates
--------------
Every page: top bar (today "Thứ Bảy, 05/12/2026", hotline), header section (logo image, menu
with drop-downs), a hero section whose ``<h1>`` prints the section's name in capitals, the page's
own sections, a footer section (address, phone, email, visitor counter, copyright "Thiết kế bởi
Webcake"), floating Zalo / Messenger / hotline buttons and a hidden registration popup.
Blog pages add a right column: search form, "Danh mục" with counts, "Bài viết xem nhiều",
a poll and a notice box. An article page: breadcrumb, ``com-blog-detail`` with the category
label, the headline in ``<h2 class="bd-name">``, the info line (an optional "Cập nhật lần cuối"
span *before* the publication time, "Đăng bởi: <account>", views), the summary
(``div.bd-desc``, when the post has one), the Froala content, "Từ khóa" tags, share tools,
Facebook comments, then "BÀI VIẾT CÙNG CHUYÊN MỤC" (the two newest other posts of the category,
with their summaries and dates).

How each gold article is reached
--------------------------------
Blog listing ``/tin-tuc`` (newest first, 6 a page): page 1 = H1 N1 N2 G1 H2 T1, page 2 = H3 G2
T2 T3 G3 H4, page 3 = T4. Categories (3 a page): "Hoạt động của bé" H1 H2 H3 | page 2 H4;
"Tin tức - Sự kiện" T1 T2 T3 | page 2 T4; "Góc phụ huynh" G1 G2 G3; "Thông báo" N1 N2.
The home widget shows H1 N1 N2 G1 (``/tin-tuc/<slug>`` links); the sidebar's most-read list
links T1, H2, G2 with ``?utm_source=website&utm_medium=sidebar``. H4 and T4 are linked only from
page 2+ of listings (no related list, widget or most-read list shows them).

Traps
-----
1. Hero ``<h1>``: the first (and only) ``<h1>`` of an article page is the hero banner printing
   the category in capitals ("GÓC PHỤ HUYNH"); ``<title>`` and ``og:title`` carry an SEO title
   worded differently ("Bé làm bánh quy gừng đón Giáng sinh | Mầm non Ngôi Sao Nhỏ"). Gold
   title = the ``h2.bd-name`` headline, emoji included ("… đón Noel 🎄").
2. UTC meta dates: ``article:published_time`` is printed in UTC ("2026-12-04T03:20:00.000Z")
   while the page prints local time "10:20 - 04/12/2026". Gold = local time with +07:00. H2 was
   posted at local midnight: the meta says "2026-11-25T17:00:00.000Z" (the day before), the page
   "00:00 - 26/11/2026" -> gold "2026-11-26" (midnight = day alone).
3. Update date first: T2 and G1 print "Cập nhật lần cuối: …" before the publication time in the
   info line -> gold is the publication time, never the update.
4. Duplicate routes: every article answers on ``/blogs/<slug>`` and ``/tin-tuc/<slug>`` (the home
   widget links the latter) and with tracking queries (``?utm_source=website&utm_medium=sidebar``
   from the most-read list); all print ``<link rel="canonical">`` to ``/blogs/<slug>``. Gold path
   = ``/blogs/<slug>``, the others in ``alt_paths``.
5. Discovery: the listing's big "XEM THÊM BÀI VIẾT" button is a JS load-more
   (``href="javascript:void(0)"`` + ``data-next-page``); the real pager below it uses query-only
   relative links (``href="?page=2"``, ``href="?category_id=…&page=2"``) and categories are keyed by
   opaque hex ids. H4 and T4 are reachable only through page 2+/3.
6. Froala captions: a caption sits *inside* the image wrapper
   (``span.fr-img-caption > span.fr-img-wrap > img + span.fr-inner``) inside a ``<p>``; others are
   the next centred ``<em>`` paragraph, some in parentheses (taken off in the gold); a line "Ảnh:
   Nguyễn Văn Toàn" under a photo is a credit (caption None, photographer).
7. Lazy images: in H2 and H4 ``src`` is an SVG data-URI placeholder and the photo is in
   ``data-src`` (Pancake file names with colons and a slash: ``…-t:image/jpeg.jpg``). Gold image
   path = the ``data-src``. Logo, listing thumbnails (``-w:600-h:400`` variants), emoji pictures
   and CSS background heroes are no article images.
8. Emoji pictures as bullets: H1's steps start with ``<img class="emoji" alt="👉">`` -> no text
   (the line's bullet); emoji typed as characters ("😍", "🎅") stay in the text.
9. Bylines: "Tin, ảnh: Cô Phạm Thu Trang (GV lớp Lá 2)" -> "Phạm Thu Trang" in authors and
   photographers (honorific "Cô" and the post dropped); "Bài: Cô giáo Đặng Thị Lan Anh";
   "ThS. Vũ Ngọc Hà - Chuyên viên tư vấn tâm lý học đường"; "Tin: Nguyễn Hải Yến - Ảnh: Trần Quốc
   Bảo"; "Trần Thị Mai Phương, Phó Hiệu trưởng chuyên môn"; a right-aligned unit alone "Tổ chuyên
   môn khối Chồi" is the author as printed; "Đăng bởi: quantri_nsn / Admin / vanphong_nsn" in the
   info line are CMS accounts -> nobody.
10. Text after the byline: G2 prints its byline, then "Tài liệu tham khảo" and its entries, which
    are the text's own (body); its footnote call "…ném đồ vật.[1]" stays in the sentence.
11. Official notice N1: letterhead table ("CÔNG TY TNHH GIÁO DỤC NGÔI SAO NHỎ / TRƯỜNG MẦM NON TƯ
    THỤC NGÔI SAO NHỎ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM …", "Số: 52/TB-NSN", "Vinh, ngày 30
    tháng 11 năm 2026"), "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer. Gold date =
    "2026-11-30" (not the post's "16:05 - 02/12/2026"), author "Lê Thị Thanh Hương", body = the
    numbered points between subject and closing.
12. Word paste (G1): list paragraphs carry ``<span style="mso-list:Ignore">1.</span>`` markers ->
    no text; a table (N2's menu) -> one paragraph per row, cells joined by " | "; ``<br>`` inside a
    paragraph splits it (G3); H4's text is stored decomposed (NFD) -> gold NFC.
13. Chrome that reads like content: a hidden registration popup ("ĐĂNG KÝ THAM QUAN TRƯỜNG …"),
    parents' testimonials on the home page, "Xem thêm: <link>" lines (G1, T1), "Từ khóa" tags,
    the related-post grid with summaries, the poll and the notice box in the sidebar.
14. Landing pages that look like articles: ``/tuyen-sinh`` (an ``<h1>`` "THÔNG BÁO TUYỂN SINH NĂM
    HỌC 2026 – 2027", dates, paragraphs) and ``/gioi-thieu`` (long prose, "Cập nhật: 20/11/2026")
    are pages, not articles.

Gold decisions on ambiguous points
----------------------------------
- Category = the blog category printed in the breadcrumb and the ``bd-cate`` label ("Hoạt động
  của bé", "Tin tức - Sự kiện", "Góc phụ huynh", "Thông báo"); the blog's own name "Tin tức" in
  the breadcrumb is the blog, not the category.
- Summary: the ``div.bd-desc`` element (Webcake's summary field, printed as its own element) when
  present, and it is the body's first paragraph; G2 has no summary field but opens with a bold
  lead paragraph -> that is its summary. Posts without either have summary None (the listing's
  truncated excerpt and the meta description are not a sapo).
- "Cô", "Cô giáo" before a name are honorifics like "ThS." and are dropped; the post after a name
  (after "-", "," or in parentheses) is dropped.
- A line "(Ảnh minh họa)" under G2's photo is its caption "Ảnh minh họa" (it says what the photo
  is, not who took it).
- N1's date follows the house rule for official documents: the letterhead's day.
- T2's closing "Theo Cổng thông tin điện tử phường Thành Vinh" is its source; its body sentence
  "Theo kế hoạch, đoàn kiểm tra …" is text.
- A YouTube iframe inside T4's content is no text and no image.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "webcake_mamnon"
PLATFORM = "Webcake (Pancake website builder: absolutely positioned sections, blog module)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường Mầm non tư thục Ngôi Sao Nhỏ"
SHORT = "Mầm non Ngôi Sao Nhỏ"
ICT = dt.timezone(dt.timedelta(hours=7))

# --- ids, images ---------------------------------------------------------------------------


def wid(seed: str) -> str:
    """A Webcake element id: "w-" and eight lower-case letters/digits derived from the seed."""
    digest = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    n = int(digest[:16], 16)
    out = []
    for _ in range(8):
        n, r = divmod(n, 36)
        out.append(alphabet[r])
    return "w-" + "".join(out)


def media(seed: str, w: int = 1280, h: int = 960, ext: str = "jpeg") -> str:
    """A Pancake-style media path: /web-media/aa/bb/cc/dd/<56 hex>-w:…-h:…-l:…-t:image/<ext>.<ext>."""
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    size = 40000 + int(digest[:5], 16) % 400000
    tail = "jpg" if ext == "jpeg" else ext
    return (
        f"/web-media/{digest[:2]}/{digest[2:4]}/{digest[4:6]}/{digest[6:8]}/"
        f"{digest[8:64]}-w:{w}-h:{h}-l:{size}-t:image/{ext}.{tail}"
    )


LAZY_SRC = (
    "data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%204%203%22"
    "%3E%3C/svg%3E"
)
LOGO = media("logo ngoi sao nho", 420, 160, "png")

# --- categories ----------------------------------------------------------------------------

CATS = {
    "hd": ("Hoạt động của bé", "65f1c0a2e4b0d2a1c3f9a0b1"),
    "tt": ("Tin tức - Sự kiện", "65f1c0a2e4b0d2a1c3f9a0b7"),
    "ph": ("Góc phụ huynh", "65f1c0b9e4b0d2a1c3f9a0c4"),
    "tb": ("Thông báo", "65f1c0cde4b0d2a1c3f9a0d2"),
}


def cat_url(key: str, page: int = 1) -> str:
    url = f"/tin-tuc?category_id={CATS[key][1]}"
    return url + (f"&page={page}" if page > 1 else "")


# --- the articles ----------------------------------------------------------------------------
# opts: cat, posted (local datetime shown in the info line), seo (SEO title), poster (CMS account),
# updated (optional "Cập nhật lần cuối" datetime), nfd, tags, lead ("bold": first P is a bold lead)


def _t(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=ICT)


def _emoji(txt: str) -> P:
    return P(txt, "emoji:1f449")


H1 = Story(
    id=101,
    slug="be-lop-la-2-trai-nghiem-lam-banh-quy-gung-don-noel",
    title="Bé lớp Lá 2 trải nghiệm làm bánh quy gừng đón Noel 🎄",
    cat="Hoạt động của bé",
    published_at="2026-12-04T10:20:00+07:00",
    summary=(
        "Sáng 04/12, trong không khí rộn ràng chuẩn bị đón Giáng sinh, các bạn nhỏ lớp Lá 2 đã có "
        "một buổi trải nghiệm thú vị: tự tay nhào bột, cắt khuôn và trang trí những chiếc bánh quy "
        "gừng xinh xắn."
    ),
    sapo_outside=True,
    authors=["Phạm Thu Trang"],
    photographers=["Phạm Thu Trang"],
    blocks=[
        P(
            "Hoạt động nằm trong chủ đề “Mùa đông và lễ hội” của khối Mẫu giáo lớn, giúp trẻ rèn luyện "
            "sự khéo léo của đôi bàn tay, khả năng quan sát, đếm và phân biệt hình khối, đồng thời "
            "biết chia sẻ, hợp tác cùng bạn bè."
        ),
        P(
            "Ngay từ đầu giờ, cô Thu Trang đã chuẩn bị đầy đủ nguyên liệu: bột mì, bơ, mật ong, bột "
            "gừng, quế cùng các loại khuôn hình ngôi sao, người tuyết, cây thông. Cô giới thiệu từng "
            "nguyên liệu để các bé được nhìn, ngửi và gọi tên."
        ),
        Img(
            media("h1 nhao bot"),
            "Cô Thu Trang hướng dẫn các bé nhào bột và cắt khuôn hình ngôi sao",
            "Cô Thu Trang hướng dẫn các bé nhào bột và cắt khuôn hình ngôi sao",
            "frcap",
        ),
        _emoji("Bước 1: Trộn bột mì với bột gừng, quế và một chút muối."),
        _emoji("Bước 2: Cho bơ, mật ong vào nhào đều đến khi khối bột mịn, không dính tay."),
        _emoji("Bước 3: Cán mỏng bột, dùng khuôn cắt thành các hình theo ý thích."),
        _emoji("Bước 4: Nướng bánh ở 170 độ C trong khoảng 12 phút (phần này do các cô thực hiện)."),
        P(
            "Trong lúc chờ bánh chín, các bé cùng hát vang bài “Jingle Bells” và nghe cô kể câu chuyện "
            "về ông già Noel. Khi những mẻ bánh thơm lừng ra lò, cả lớp ồ lên thích thú 😍."
        ),
        Img(
            media("h1 thanh qua"),
            "Thành quả của các bạn nhỏ lớp Lá 2",
            "Thành quả của các bạn nhỏ lớp Lá 2",
            "frcap",
        ),
        P(
            "Bé Minh Khang chia sẻ: “Con sẽ để dành chiếc bánh người tuyết đẹp nhất tặng mẹ ạ!”. Những "
            "chiếc bánh còn lại được các bé gói vào túi giấy, thắt nơ đỏ để mang về làm quà cho gia đình."
        ),
        P(
            "Được biết, từ nay đến ngày 24/12, nhà trường sẽ tiếp tục tổ chức chuỗi hoạt động đón Giáng "
            "sinh như trang trí cây thông, viết thiệp gửi ông già Noel và đêm hội “Giáng sinh an lành” "
            "dành cho toàn thể học sinh. 🎅"
        ),
        Raw(
            '<p style="text-align: right;"><strong>Tin, ảnh: Cô Phạm Thu Trang</strong> '
            "<em>(GV lớp Lá 2)</em></p>"
        ),
    ],
    opts={
        "cat": "hd",
        "posted": _t(2026, 12, 4, 10, 20),
        "seo": "Bé làm bánh quy gừng đón Giáng sinh | Mầm non Ngôi Sao Nhỏ",
        "poster": "admin_ngoisaonho",
        "tags": ["trải nghiệm", "giáng sinh", "lớp Lá 2"],
    },
)

N1 = Story(
    id=102,
    slug="thong-bao-nghi-tet-duong-lich-nam-2027",
    title="Thông báo nghỉ Tết Dương lịch năm 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    authors=["Lê Thị Thanh Hương"],
    blocks=[
        Raw(
            '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
            '<td style="width: 44%; text-align: center; vertical-align: top;">'
            "<p>CÔNG TY TNHH GIÁO DỤC NGÔI SAO NHỎ<br><strong>TRƯỜNG MẦM NON TƯ THỤC<br>NGÔI SAO NHỎ"
            "</strong></p><p>Số: 52/TB-NSN</p></td>"
            '<td style="width: 56%; text-align: center; vertical-align: top;">'
            "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - "
            "Hạnh phúc</u></strong></p><p><em>Vinh, ngày 30 tháng 11 năm 2026</em></p></td>"
            "</tr></tbody></table>"
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
            '<p style="text-align: center;"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>'
        ),
        P(
            "Căn cứ Quyết định số 2365/QĐ-UBND ngày 15/8/2026 của UBND tỉnh Nghệ An về việc ban hành "
            "Kế hoạch thời gian năm học 2026 – 2027 đối với giáo dục mầm non, giáo dục phổ thông và "
            "giáo dục thường xuyên trên địa bàn tỉnh;"
        ),
        P(
            "Căn cứ tình hình thực tế của nhà trường, Trường Mầm non tư thục Ngôi Sao Nhỏ thông báo "
            "lịch nghỉ Tết Dương lịch năm 2027 như sau:"
        ),
        P("1. Thời gian nghỉ: Từ thứ Sáu, ngày 01/01/2027 đến hết Chủ nhật, ngày 03/01/2027."),
        P("2. Thời gian đi học trở lại: Thứ Hai, ngày 04/01/2027."),
        P(
            "3. Đối với phụ huynh có nhu cầu gửi trẻ trong những ngày nghỉ, nhà trường tổ chức lớp trông "
            "giữ tập trung tại cơ sở 1 (số 27 Lê Hồng Phong). Phụ huynh vui lòng đăng ký với giáo viên "
            "chủ nhiệm trước ngày 25/12/2026."
        ),
        P("4. Học phí tháng 01/2027 được giữ nguyên, không thu tiền ăn của những ngày nghỉ."),
        P(
            "Nhà trường kính mong Quý phụ huynh phối hợp, nhắc nhở các con giữ gìn sức khỏe, an toàn "
            "trong dịp nghỉ Tết. Trân trọng thông báo!"
        ),
        Raw(
            '<table style="width: 100%;" border="0"><tbody><tr>'
            '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br>'
            "- Phụ huynh học sinh;<br>- CB, GV, NV nhà trường;<br>- Lưu: VP.</p></td>"
            '<td style="width: 50%; text-align: center; vertical-align: top;">'
            "<p><strong>HIỆU TRƯỞNG</strong></p><p><em>(Đã ký)</em></p><p>&nbsp;</p>"
            "<p><strong>Lê Thị Thanh Hương</strong></p></td></tr></tbody></table>"
        ),
    ],
    opts={
        "cat": "tb",
        "posted": _t(2026, 12, 2, 16, 5),
        "seo": "Lịch nghỉ Tết Dương lịch 2027 - Mầm non Ngôi Sao Nhỏ",
        "poster": "vanphong_nsn",
        "tags": ["thông báo", "nghỉ tết"],
    },
)

N2 = Story(
    id=103,
    slug="thuc-don-tuan-1-thang-12-2026",
    title="Thực đơn tuần 1 tháng 12/2026 (từ 30/11 đến 04/12)",
    cat="Thông báo",
    published_at="2026-11-29T08:00:00+07:00",
    blocks=[
        P(
            "Bộ phận bếp ăn bán trú trân trọng gửi tới Quý phụ huynh thực đơn tuần 1 tháng 12/2026 dành "
            "cho các bé khối Mẫu giáo. Thực đơn được xây dựng theo phần mềm dinh dưỡng, đảm bảo đủ năng "
            "lượng và cân đối các nhóm chất."
        ),
        P("Thứ | Bữa sáng | Bữa trưa | Bữa chiều", "tr"),
        P("Thứ Hai | Cháo thịt bằm bí đỏ | Cơm, thịt gà rim nấm, canh rau ngót nấu tôm | Sữa chua, chuối", "tr"),
        P("Thứ Ba | Phở bò | Cơm, cá basa sốt cà chua, canh bí xanh | Bánh flan", "tr"),
        P("Thứ Tư | Bún mọc | Cơm, trứng đúc thịt, canh cải nấu thịt | Sữa tươi, bánh quy", "tr"),
        P("Thứ Năm | Mì Quảng gà | Cơm, thịt heo kho trứng cút, canh chua | Chè đậu xanh", "tr"),
        P("Thứ Sáu | Súp cua trứng cút | Cơm, tôm rim thịt, canh mồng tơi | Thanh long, sữa chua uống", "tr"),
        P(
            "Lưu ý: Thực đơn có thể thay đổi tùy theo nguồn thực phẩm tươi trong ngày. Phụ huynh có con "
            "bị dị ứng thực phẩm vui lòng báo với giáo viên chủ nhiệm để nhà trường điều chỉnh suất ăn "
            "phù hợp."
        ),
    ],
    opts={
        "cat": "tb",
        "posted": _t(2026, 11, 29, 8, 0),
        "seo": "Thực đơn tuần 1 tháng 12/2026",
        "poster": "Admin",
        "tags": ["thực đơn", "bán trú"],
    },
)

G1 = Story(
    id=104,
    slug="5-cach-giup-tre-het-bieng-an-khi-chuyen-mua",
    title="5 cách giúp trẻ hết biếng ăn khi chuyển mùa",
    cat="Góc phụ huynh",
    published_at="2026-11-28T20:15:00+07:00",
    summary=(
        "Thời tiết chuyển lạnh khiến nhiều bé dễ ốm vặt, lười ăn, chậm tăng cân. Dưới đây là những "
        "gợi ý đơn giản giúp cha mẹ cải thiện bữa ăn của con ngay tại nhà."
    ),
    sapo_outside=True,
    source="Viện Dinh dưỡng Quốc gia",
    blocks=[
        P(
            "Theo các chuyên gia dinh dưỡng, biếng ăn ở trẻ mầm non thường mang tính tạm thời và có thể "
            "cải thiện nếu cha mẹ kiên nhẫn, tạo cho con thói quen ăn uống khoa học."
        ),
        P(
            "Chia nhỏ bữa ăn: Thay vì ép trẻ ăn nhiều trong một bữa, hãy chia thành 5 – 6 bữa nhỏ trong "
            "ngày, xen kẽ bữa chính và bữa phụ.",
            "mso:1",
        ),
        P(
            "Đa dạng món ăn: Thay đổi cách chế biến, trình bày món ăn bắt mắt với nhiều màu sắc để kích "
            "thích sự tò mò của trẻ.",
            "mso:2",
        ),
        P(
            "Không ép trẻ ăn: Việc la mắng, ép ăn dễ khiến trẻ sợ hãi và có phản xạ ngậm, nôn trớ mỗi "
            "khi đến giờ ăn.",
            "mso:3",
        ),
        P(
            "Cho trẻ vận động ngoài trời: Khoảng 60 phút vui chơi mỗi ngày giúp trẻ tiêu hao năng lượng, "
            "ăn ngon miệng hơn.",
            "mso:4",
        ),
        P(
            "Bổ sung vi chất khi cần thiết: Kẽm, sắt, vitamin nhóm B… nên được bổ sung theo chỉ định của "
            "bác sĩ, không tự ý cho trẻ dùng thuốc.",
            "mso:5",
        ),
        Img(
            media("g1 bua trua"),
            "(Bữa trưa đủ chất tại bếp ăn bán trú của trường)",
            "Bữa trưa đủ chất tại bếp ăn bán trú của trường",
            "emnext",
        ),
        P(
            "Nếu tình trạng biếng ăn kéo dài trên 2 tuần kèm theo sụt cân, mệt mỏi, cha mẹ nên đưa trẻ "
            "đi khám tại cơ sở y tế chuyên khoa nhi để được tư vấn kịp thời."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/blogs/tre-3-tuoi-hay-an-va-cha-me-nen-lam-gi">'
            "Trẻ 3 tuổi hay ăn vạ: Cha mẹ nên làm gì?</a></p>"
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: Viện Dinh dưỡng Quốc gia</em></p>'),
    ],
    opts={
        "cat": "ph",
        "posted": _t(2026, 11, 28, 20, 15),
        "updated": _t(2026, 11, 30, 7, 45),
        "seo": "Mẹo giúp trẻ hết biếng ăn mùa lạnh | Góc phụ huynh",
        "poster": "admin_ngoisaonho",
        "tags": ["dinh dưỡng", "biếng ăn"],
    },
)

H2 = Story(
    id=105,
    slug="chuyen-tham-quan-trang-trai-dong-xanh-cua-cac-ban-khoi-choi",
    title="Chuyến tham quan Trang trại Đồng Xanh của các bạn khối Chồi",
    cat="Hoạt động của bé",
    published_at="2026-11-26",
    summary=(
        "Một ngày trải nghiệm đầy nắng và gió tại Trang trại Đồng Xanh (xã Nghi Phong) đã mang đến cho "
        "gần 80 bạn nhỏ khối Chồi những bài học bổ ích về thiên nhiên, cây trồng và vật nuôi."
    ),
    sapo_outside=True,
    authors=["Tổ chuyên môn khối Chồi"],
    blocks=[
        P(
            "Xe đón các bé khởi hành từ trường lúc 7 giờ 30 phút. Suốt quãng đường, các cô giáo cùng các "
            "bé hát những bài hát quen thuộc như “Em yêu cây xanh”, “Đàn gà con”, khiến không khí trên "
            "xe luôn rộn ràng."
        ),
        Img(
            media("h2 xuat phat"),
            "(Các bé khối Chồi háo hức trước giờ xuất phát)",
            "Các bé khối Chồi háo hức trước giờ xuất phát",
            "lazy-em",
        ),
        P(
            "Tại trang trại, các bé được hướng dẫn viên giới thiệu về khu vườn rau sạch, được tận tay nhổ "
            "củ cải, hái cà chua bi và tưới nước cho cây. Nhiều bé lần đầu tiên nhìn thấy cây bắp cải, "
            "cây su hào ngoài đời thực nên vô cùng thích thú."
        ),
        Img(
            media("h2 vuon rau"),
            "(Bé tập làm “nông dân nhí” tại vườn rau)",
            "Bé tập làm “nông dân nhí” tại vườn rau",
            "lazy-em",
        ),
        P(
            "Khu chăn nuôi với những chú thỏ trắng, đàn vịt con và chú bò sữa hiền lành là điểm dừng "
            "chân được các bé yêu thích nhất. Các bé được cho thỏ ăn cà rốt, nghe cô giải thích vì sao "
            "bò cho chúng ta sữa."
        ),
        P(
            "Buổi trưa, cả đoàn cùng nhau dùng bữa và nghỉ ngơi tại nhà chòi của trang trại. Buổi chiều, "
            "các bé tham gia trò chơi “Kéo co”, “Bịt mắt bắt dê” trước khi lên xe trở về trường lúc 15 giờ."
        ),
        Img(media("h2 keo co"), None, None, "lazy"),
        P(
            "Chuyến đi đã giúp các bé mở rộng hiểu biết về thế giới xung quanh, biết yêu quý thiên nhiên "
            "và trân trọng công sức lao động của người nông dân."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ chuyên môn khối Chồi</strong></p>'),
    ],
    opts={
        "cat": "hd",
        "posted": _t(2026, 11, 26, 0, 0),
        "seo": "Bé khối Chồi tham quan trang trại Đồng Xanh",
        "poster": "admin_ngoisaonho",
        "tags": ["dã ngoại", "khối Chồi"],
    },
)

T1 = Story(
    id=106,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
    title="Mầm non Ngôi Sao Nhỏ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-20T16:30:00+07:00",
    summary=(
        "Sáng 20/11/2026, Trường Mầm non tư thục Ngôi Sao Nhỏ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) trong không khí ấm áp, trang trọng."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tới dự buổi lễ có đại diện lãnh đạo UBND phường Thành Vinh, Ban đại diện cha mẹ học sinh, "
            "cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 300 học sinh của nhà trường."
        ),
        P(
            "Phát biểu tại buổi lễ, bà Lê Thị Thanh Hương, Hiệu trưởng nhà trường, ôn lại truyền thống vẻ "
            "vang của Ngày Nhà giáo Việt Nam và ghi nhận những nỗ lực của tập thể sư phạm trong suốt 11 "
            "năm xây dựng và phát triển."
        ),
        P(
            "“Mỗi cô giáo mầm non không chỉ là người dạy chữ, dạy nết mà còn là người mẹ thứ hai của các "
            "con. Sự tận tâm, yêu thương của các cô chính là nền tảng để Ngôi Sao Nhỏ trở thành ngôi nhà "
            "thứ hai đáng tin cậy của phụ huynh.”",
            "quote",
        ),
        Img(
            media("t1 phat bieu"),
            "Hiệu trưởng Lê Thị Thanh Hương phát biểu tại buổi lễ",
            "Hiệu trưởng Lê Thị Thanh Hương phát biểu tại buổi lễ",
            "frcap",
        ),
        P(
            "Dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường "
            "và 3 giáo viên đạt giải trong Hội thi “Giáo viên mầm non sáng tạo” cấp phường năm học "
            "2026 – 2027."
        ),
        P(
            "Các tiết mục văn nghệ đặc sắc do chính các bé biểu diễn như múa “Cô giáo em là hoa ê-ti-ô”, "
            "đồng ca “Bông hồng tặng cô” đã mang đến nhiều cảm xúc cho các thầy cô và quý vị đại biểu."
        ),
        Img(
            media("t1 tiet muc mua"),
            "Tiết mục múa của các bé lớp Lá 1",
            "Tiết mục múa của các bé lớp Lá 1",
            "frcap",
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/blogs/hoi-thi-be-kheo-tay-chao-mung-ngay-20-11">'
            "Hội thi “Bé khéo tay” chào mừng ngày 20/11</a></p>"
        ),
    ],
    opts={
        "cat": "tt",
        "posted": _t(2026, 11, 20, 16, 30),
        "seo": "Lễ kỷ niệm ngày Nhà giáo Việt Nam 20/11/2026 | Mầm non Ngôi Sao Nhỏ",
        "poster": "quantri_nsn",
        "tags": ["20/11", "nhà giáo việt nam"],
    },
)

H3 = Story(
    id=107,
    slug="hoi-thi-be-kheo-tay-chao-mung-ngay-20-11",
    title="Hội thi “Bé khéo tay” chào mừng ngày 20/11",
    cat="Hoạt động của bé",
    published_at="2026-11-18T15:10:00+07:00",
    authors=["Đặng Thị Lan Anh"],
    photographers=["Nguyễn Văn Toàn"],
    blocks=[
        P(
            "Nhằm tạo sân chơi bổ ích cho trẻ, đồng thời chào mừng ngày Nhà giáo Việt Nam 20/11, chiều "
            "ngày 18/11/2026, Trường Mầm non tư thục Ngôi Sao Nhỏ đã tổ chức Hội thi “Bé khéo tay” dành "
            "cho các bé khối Mẫu giáo."
        ),
        P(
            "Hội thi có sự tham gia của 24 bé đại diện cho 8 lớp thuộc ba khối Mầm, Chồi, Lá. Với chủ đề "
            "“Món quà tặng cô”, các bé đã sử dụng giấy màu, lá khô, hột hạt, len vụn… để tạo nên những "
            "bức tranh, tấm thiệp và bó hoa xinh xắn."
        ),
        Img(media("h3 toan canh"), "Ảnh: Nguyễn Văn Toàn", None, "credit"),
        P(
            "Mỗi sản phẩm đều chứa đựng tình cảm chân thành của các bé dành cho cô giáo. Có bé làm bông "
            "hoa hồng bằng giấy nhún, có bé xếp hình trái tim từ hạt đậu đỏ, có bé lại vẽ chân dung cô "
            "giáo với nụ cười thật tươi."
        ),
        Img(
            media("h3 bao ngoc"),
            "Bé Bảo Ngọc (lớp Chồi 1) hoàn thiện tấm thiệp tặng cô",
            "Bé Bảo Ngọc (lớp Chồi 1) hoàn thiện tấm thiệp tặng cô",
            "emnext",
        ),
        P(
            "Kết quả, Ban tổ chức đã trao 1 giải Nhất cho bé Nguyễn Hà My (lớp Lá 1), 2 giải Nhì, 3 giải "
            "Ba và 6 giải Khuyến khích. Tất cả các bé tham gia đều nhận được phần quà động viên từ nhà "
            "trường."
        ),
        Raw('<p style="text-align: right;"><em>Bài: Cô giáo Đặng Thị Lan Anh</em></p>'),
    ],
    opts={
        "cat": "hd",
        "posted": _t(2026, 11, 18, 15, 10),
        "seo": "Hội thi Bé khéo tay 2026",
        "poster": "admin_ngoisaonho",
        "tags": ["hội thi", "20/11"],
    },
)

G2 = Story(
    id=108,
    slug="tre-3-tuoi-hay-an-va-cha-me-nen-lam-gi",
    title="Trẻ 3 tuổi hay ăn vạ: Cha mẹ nên làm gì?",
    cat="Góc phụ huynh",
    published_at="2026-11-14T21:00:00+07:00",
    summary=(
        "Ăn vạ là biểu hiện rất thường gặp ở trẻ từ 2 đến 4 tuổi. Hiểu đúng nguyên nhân và phản ứng phù "
        "hợp sẽ giúp cha mẹ vượt qua giai đoạn “khủng hoảng tuổi lên ba” của con nhẹ nhàng hơn."
    ),
    authors=["Vũ Ngọc Hà"],
    blocks=[
        P(
            "Ăn vạ là biểu hiện rất thường gặp ở trẻ từ 2 đến 4 tuổi. Hiểu đúng nguyên nhân và phản ứng phù "
            "hợp sẽ giúp cha mẹ vượt qua giai đoạn “khủng hoảng tuổi lên ba” của con nhẹ nhàng hơn.",
            "bold",
        ),
        Img(media("g2 minh hoa"), "(Ảnh minh họa)", "Ảnh minh họa", "emnext"),
        P("Vì sao trẻ hay ăn vạ?", "h3"),
        P(
            "Ở độ tuổi này, trẻ bắt đầu hình thành cái tôi, muốn tự làm mọi việc nhưng khả năng ngôn ngữ "
            "còn hạn chế. Khi không diễn đạt được mong muốn, trẻ dễ bùng nổ cảm xúc bằng cách khóc lóc, "
            "lăn ra đất, ném đồ vật.[1]"
        ),
        P("Cha mẹ nên làm gì?", "h3"),
        P("Giữ bình tĩnh, không quát mắng hay đánh đòn khi trẻ đang ăn vạ.", "li"),
        P("Đảm bảo an toàn cho trẻ, sau đó kiên nhẫn chờ cơn giận qua đi.", "li"),
        P("Gọi tên cảm xúc của con: “Mẹ biết con đang rất buồn vì chưa được xem ti vi”.", "li"),
        P("Không thỏa hiệp với những đòi hỏi vô lý để tránh hình thành thói quen xấu.", "li"),
        P(
            "Khi trẻ đã bình tĩnh lại, cha mẹ hãy ôm con và nhẹ nhàng giải thích. Dần dần, trẻ sẽ học được "
            "cách kiểm soát cảm xúc và diễn đạt mong muốn bằng lời nói."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Vũ Ngọc Hà</strong> - <em>Chuyên viên tư vấn tâm '
            "lý học đường</em></p>"
        ),
        P("Tài liệu tham khảo", "h4"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2021), Chương trình Giáo dục mầm non, NXB Giáo dục Việt Nam.",
            "small",
        ),
        P(
            "[2] Nguyễn Thị Hòa (2019), Giáo dục kỹ năng sống cho trẻ mầm non, NXB Đại học Sư phạm.",
            "small",
        ),
    ],
    opts={
        "cat": "ph",
        "posted": _t(2026, 11, 14, 21, 0),
        "seo": "Trẻ 3 tuổi ăn vạ phải làm sao? Lời khuyên cho cha mẹ",
        "poster": "admin_ngoisaonho",
        "tags": ["tâm lý trẻ", "kỹ năng làm cha mẹ"],
    },
)

T2 = Story(
    id=109,
    slug="don-doan-kiem-tra-an-toan-thuc-pham-bep-an-ban-tru",
    title="Đón đoàn kiểm tra công tác đảm bảo an toàn thực phẩm bếp ăn bán trú",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-10T14:00:00+07:00",
    summary=(
        "Ngày 10/11/2026, đoàn kiểm tra liên ngành phường Thành Vinh đã đến làm việc, kiểm tra công tác "
        "đảm bảo an toàn vệ sinh thực phẩm tại bếp ăn bán trú của nhà trường."
    ),
    sapo_outside=True,
    source="Cổng thông tin điện tử phường Thành Vinh",
    blocks=[
        P(
            "Theo kế hoạch, đoàn kiểm tra do ông Nguyễn Đình Thắng, Phó Chủ tịch UBND phường làm trưởng "
            "đoàn, gồm đại diện Trạm Y tế phường, Phòng Văn hóa – Xã hội và cán bộ phụ trách an toàn thực "
            "phẩm."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ pháp lý, giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, hợp "
            "đồng cung cấp thực phẩm, sổ kiểm thực ba bước và việc lưu mẫu thức ăn 24 giờ. Đồng thời, đoàn "
            "kiểm tra thực tế khu sơ chế, chế biến, khu chia ăn và kho bảo quản thực phẩm."
        ),
        Img(
            media("t2 khu che bien"),
            "Đoàn kiểm tra làm việc tại khu chế biến của bếp ăn bán trú",
            "Đoàn kiểm tra làm việc tại khu chế biến của bếp ăn bán trú",
            "emnext",
        ),
        P(
            "Qua kiểm tra, đoàn đánh giá cao việc nhà trường thực hiện nghiêm túc quy trình bếp ăn một "
            "chiều, nhân viên nấu ăn có đầy đủ giấy khám sức khỏe và chứng nhận tập huấn kiến thức an toàn "
            "thực phẩm. Nguồn thực phẩm có nguồn gốc, xuất xứ rõ ràng."
        ),
        P(
            "Bên cạnh đó, đoàn cũng đề nghị nhà trường bổ sung lưới chắn côn trùng tại khu vực kho và cập "
            "nhật đầy đủ sổ theo dõi nhập hàng hằng ngày."
        ),
        Raw(
            '<p style="text-align: right;"><em>Theo Cổng thông tin điện tử phường Thành Vinh</em></p>'
        ),
    ],
    opts={
        "cat": "tt",
        "posted": _t(2026, 11, 10, 14, 0),
        "updated": _t(2026, 11, 12, 9, 30),
        "seo": "Kiểm tra an toàn thực phẩm bếp ăn bán trú",
        "poster": "quantri_nsn",
        "tags": ["an toàn thực phẩm", "bán trú"],
    },
)

T3 = Story(
    id=110,
    slug="hoi-thao-dong-hanh-cung-con-vao-lop-1",
    title="Hội thảo “Đồng hành cùng con vào lớp 1” dành cho phụ huynh khối Lá",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-30T19:30:00+07:00",
    summary=(
        "Tối 29/10, hơn 120 phụ huynh khối Lá đã tham dự buổi hội thảo “Đồng hành cùng con vào lớp 1” "
        "do nhà trường phối hợp với Trường Tiểu học Lê Lợi tổ chức."
    ),
    sapo_outside=True,
    authors=["Nguyễn Hải Yến"],
    photographers=["Trần Quốc Bảo"],
    blocks=[
        P(
            "Chuẩn bị cho trẻ bước vào lớp 1 luôn là mối quan tâm lớn của các bậc phụ huynh. Nhiều cha mẹ "
            "băn khoăn có nên cho con học chữ trước, học thêm toán hay luyện viết trước khi vào lớp 1."
        ),
        P("Chuẩn bị tâm thế quan trọng hơn chuẩn bị kiến thức", "h3"),
        P(
            "Chia sẻ tại hội thảo, cô Hoàng Thị Bích Liên, giáo viên Trường Tiểu học Lê Lợi, cho biết điều "
            "quan trọng nhất là giúp trẻ có tâm thế sẵn sàng, hào hứng khi đến trường, có kỹ năng tự phục "
            "vụ và biết lắng nghe, hợp tác."
        ),
        Img(
            media("t3 hoi thao"),
            "Phụ huynh khối Lá tham dự hội thảo",
            "Phụ huynh khối Lá tham dự hội thảo",
            "frcap",
        ),
        P("Những kỹ năng cần rèn cho trẻ", "h3"),
        P("Tự vệ sinh cá nhân, tự sắp xếp đồ dùng học tập.", "li"),
        P("Ngồi đúng tư thế, cầm bút đúng cách.", "li"),
        P("Biết chào hỏi, xin phép thầy cô và giao tiếp với bạn bè.", "li"),
        P(
            "Kết thúc hội thảo, nhiều phụ huynh đã đặt câu hỏi và nhận được giải đáp cụ thể từ các chuyên "
            "gia. Nhà trường cũng giới thiệu chương trình “Bé vui vào lớp 1” được triển khai cho khối Lá "
            "từ tháng 3/2027."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Tin: Nguyễn Hải Yến - Ảnh: Trần Quốc Bảo</strong></p>'
        ),
    ],
    opts={
        "cat": "tt",
        "posted": _t(2026, 10, 30, 19, 30),
        "seo": "Hội thảo chuẩn bị cho bé vào lớp 1",
        "poster": "quantri_nsn",
        "tags": ["vào lớp 1", "khối Lá"],
    },
)

G3 = Story(
    id=111,
    slug="be-di-hoc-mau-giao-lan-dau-cha-me-can-chuan-bi-gi",
    title="Bé đi học mẫu giáo lần đầu: Cha mẹ cần chuẩn bị gì?",
    cat="Góc phụ huynh",
    published_at="2026-10-22T10:00:00+07:00",
    summary=(
        "Những ngày đầu đến lớp luôn là thử thách với cả bé và cha mẹ. Sự chuẩn bị chu đáo sẽ giúp con "
        "nhanh chóng hòa nhập với môi trường mới."
    ),
    sapo_outside=True,
    authors=["Trần Thị Mai Phương"],
    blocks=[
        P(
            "Theo kinh nghiệm của các cô giáo, trẻ thường mất từ 1 đến 2 tuần để làm quen với cô, với bạn "
            "và nếp sinh hoạt ở trường. Trong giai đoạn này, cha mẹ nên kiên nhẫn đồng hành cùng con."
        ),
        P("Đồ dùng cá nhân cần mang theo:", "h4"),
        P("- 2 – 3 bộ quần áo để thay, khăn mặt, bình nước có ghi tên bé;", "brfirst"),
        P("- Gối nhỏ, chăn mỏng cho giờ ngủ trưa (nhà trường có sẵn đệm);", "brjoin"),
        P("- Một món đồ chơi hoặc gấu bông quen thuộc giúp bé bớt nhớ nhà.", "brjoin"),
        P("Chuẩn bị tâm lý cho bé:", "h4"),
        P(
            "Cha mẹ nên kể cho bé nghe về trường mới, cùng bé đến thăm trường trước khi nhập học. Tuyệt đối "
            "không dọa con kiểu “Không ngoan sẽ cho đi học” khiến bé sợ hãi trường lớp."
        ),
        P(
            "Khi đưa con đến lớp, hãy chào tạm biệt con rõ ràng và đón con đúng giờ đã hẹn. Việc “lẻn đi” "
            "khi con không để ý sẽ khiến bé mất cảm giác an toàn."
        ),
        Img(
            media("g3 don be"),
            "Cô giáo lớp Mầm 1 đón bé trong ngày đầu đến lớp",
            "Cô giáo lớp Mầm 1 đón bé trong ngày đầu đến lớp",
            "emnext",
        ),
        Raw(
            '<p style="text-align: right;"><em>Trần Thị Mai Phương, Phó Hiệu trưởng chuyên môn</em></p>'
        ),
    ],
    opts={
        "cat": "ph",
        "posted": _t(2026, 10, 22, 10, 0),
        "seo": "Chuẩn bị cho bé đi học mẫu giáo lần đầu",
        "poster": "admin_ngoisaonho",
        "tags": ["nhập học", "tâm lý trẻ"],
    },
)

H4 = Story(
    id=112,
    slug="cac-be-khoi-nha-tre-lam-quen-voi-tro-choi-dan-gian",
    title="Các bé khối Nhà trẻ làm quen với trò chơi dân gian",
    cat="Hoạt động của bé",
    published_at="2026-10-16T09:00:00+07:00",
    blocks=[
        P(
            "Trò chơi dân gian là món ăn tinh thần quen thuộc của bao thế hệ tuổi thơ Việt Nam. Tuần qua, "
            "các bé khối Nhà trẻ (24 – 36 tháng tuổi) đã được làm quen với những trò chơi đơn giản như "
            "“Nu na nu nống”, “Dung dăng dung dẻ”, “Lộn cầu vồng”."
        ),
        P(
            "Với những lời đồng dao vui nhộn, các cô vừa hướng dẫn vừa chơi cùng các bé. Ban đầu, nhiều bé "
            "còn rụt rè, chỉ đứng nhìn các bạn, nhưng chỉ sau vài lượt chơi, bé nào cũng hào hứng tham gia."
        ),
        Img(media("h4 nu na"), None, None, "lazy"),
        P(
            "Qua các trò chơi, trẻ được phát triển ngôn ngữ, khả năng vận động và học cách chơi cùng bạn. "
            "Đây cũng là cách để nhà trường gìn giữ, lan tỏa nét đẹp văn hóa truyền thống ngay từ lứa tuổi "
            "mầm non."
        ),
    ],
    opts={
        "cat": "hd",
        "posted": _t(2026, 10, 16, 9, 0),
        "seo": "Bé Nhà trẻ chơi trò chơi dân gian",
        "poster": "Admin",
        "nfd": True,
        "tags": ["trò chơi dân gian", "nhà trẻ"],
    },
)

T4 = Story(
    id=113,
    slug="khai-giang-lop-tieng-anh-phonics-cho-be-4-5-tuoi",
    title="Khai giảng lớp Tiếng Anh Phonics cho bé 4 – 5 tuổi",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-08T08:00:00+07:00",
    blocks=[
        P(
            "Sáng thứ Năm ngày 08/10/2026, Trường Mầm non tư thục Ngôi Sao Nhỏ chính thức khai giảng lớp "
            "Tiếng Anh Phonics dành cho các bé 4 – 5 tuổi, với sự đồng hành của đội ngũ giáo viên bản ngữ "
            "đến từ Trung tâm Anh ngữ Sunrise."
        ),
        P(
            "Phonics là phương pháp học tiếng Anh thông qua việc nhận biết mối liên hệ giữa chữ cái và âm "
            "thanh, giúp trẻ phát âm chuẩn ngay từ đầu và tạo nền tảng cho kỹ năng đọc sau này."
        ),
        Img(
            media("t4 co emma"),
            "Cô giáo Emma trong giờ học đầu tiên cùng các bé",
            "Cô giáo Emma trong giờ học đầu tiên cùng các bé",
            "frcap",
        ),
        P(
            "Lớp học diễn ra vào chiều thứ Ba và thứ Năm hằng tuần, mỗi buổi 35 phút, với sĩ số không quá "
            "12 bé/lớp. Các bé được học qua bài hát, trò chơi và thẻ hình sinh động."
        ),
        Raw(
            '<p><span class="fr-video fr-dvb fr-draggable" contenteditable="false">'
            '<iframe width="640" height="360" src="https://www.youtube.com/embed/Xr9kP2mQ7tA" '
            'frameborder="0" allowfullscreen class="fr-draggable"></iframe></span></p>'
        ),
        P(
            "Phụ huynh quan tâm vui lòng liên hệ văn phòng nhà trường qua hotline 0912 345 678 để được tư "
            "vấn và đăng ký cho con."
        ),
    ],
    opts={
        "cat": "tt",
        "posted": _t(2026, 10, 8, 8, 0),
        "seo": "Lớp Tiếng Anh Phonics cho trẻ mầm non tại Vinh",
        "poster": "quantri_nsn",
        "tags": ["tiếng anh", "phonics"],
    },
)

STORIES: list[Story] = sorted(
    [H1, N1, N2, G1, H2, T1, H3, G2, T2, T3, G3, H4, T4],
    key=lambda s: s.opts["posted"],
    reverse=True,
)
BY_SLUG = {s.slug: s for s in STORIES}
HOME_LATEST = STORIES[:4]
MOST_READ = [T1, H2, G2]
TRACK = "?utm_source=website&utm_medium=sidebar"
LIST_PER_PAGE = 6
CAT_PER_PAGE = 3


def excerpt(story: Story, limit: int = 150) -> str:
    """What the post-list prints under a title: the summary field, else the text cut at a word."""
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) > limit:
        first = first[:limit].rsplit(" ", 1)[0] + "..."
    # cut from the stored content, which keeps the editor's (decomposed) characters
    return unicodedata.normalize("NFD", first) if story.opts.get("nfd") else first


def dmy(moment: dt.datetime) -> str:
    return moment.strftime("%d/%m/%Y")


def hm_dmy(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M - %d/%m/%Y")


def utc_z(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def thumb(story: Story) -> str:
    return media(f"thumb {story.slug}", 600, 400)


# --- body rendering ----------------------------------------------------------------------------


def _img_tag(img: Img, lazy: bool) -> str:
    if lazy:
        return (
            f'<img class="fr-fic fr-dib lazyload" src="{LAZY_SRC}" data-src="{esc(img.src)}" '
            'alt="" style="width: 100%;">'
        )
    return f'<img class="fr-fic fr-dib" src="{esc(img.src)}" alt="" style="width: 720px;">'


def render_body(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    out: list[str] = []
    in_list = False
    in_table = False
    first_row = True
    for block in story.blocks:
        style = block.style if isinstance(block, P | Img) else ""
        if in_list and style != "li":
            out.append("</ul>")
            in_list = False
        if in_table and style != "tr":
            out.append("</tbody></table>")
            in_table = False
        if isinstance(block, Raw):
            out.append(block.html)
            continue
        if isinstance(block, Img):
            if style == "frcap":
                out.append(
                    '<p><span class="fr-img-caption fr-fic fr-dib" style="width: 720px;">'
                    f'<span class="fr-img-wrap"><img src="{esc(block.src)}" alt="">'
                    f'<span class="fr-inner">{t(block.printed or "")}</span></span></span></p>'
                )
            elif style in ("emnext", "lazy-em", "credit"):
                out.append(f'<p style="text-align: center;">{_img_tag(block, style == "lazy-em")}</p>')
                align = "right" if style == "credit" else "center"
                out.append(f'<p style="text-align: {align};"><em>{t(block.printed or "")}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(block, style == "lazy")}</p>')
            continue
        body = t(block.text)
        if style.startswith("emoji:"):
            code = style.split(":", 1)[1]
            char = chr(int(code, 16))
            out.append(
                f'<p><img class="emoji" draggable="false" alt="{char}" src="/static/emoji/{code}.png" '
                f'style="height: 1em; width: 1em; margin: 0 .07em; vertical-align: -0.1em;"> {body}</p>'
            )
        elif style.startswith("mso:"):
            num = style.split(":", 1)[1]
            cls = "MsoListParagraphCxSpFirst" if num == "1" else "MsoListParagraphCxSpMiddle"
            out.append(
                f'<p class="{cls}" style="margin-left: 36pt; text-indent: -18pt; mso-list: l0 level1 lfo1;">'
                f'<!--[if !supportLists]--><span style="mso-list:Ignore">{num}.'
                '<span style="font: 7pt &quot;Times New Roman&quot;;">&nbsp;&nbsp;&nbsp;&nbsp; </span>'
                f'</span><!--[endif]--><span lang="VI">{body}</span></p>'
            )
        elif style == "tr":
            cells = block.text.split(" | ")
            if not in_table:
                out.append(
                    '<table style="width: 100%;" class="fr-table-bordered"><tbody>'
                )
                in_table = True
                first_row = True
            if first_row:
                row = "".join(
                    f'<td style="background-color: rgb(255, 242, 204);"><strong>{t(c)}</strong></td>'
                    for c in cells
                )
                first_row = False
            else:
                row = "".join(f"<td>{t(c)}</td>" for c in cells)
            out.append(f"<tr>{row}</tr>")
        elif style == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{body}</li>")
        elif style == "h3":
            out.append(f'<h3><span style="color: rgb(41, 105, 176);">{body}</span></h3>')
        elif style == "h4":
            out.append(f"<p><strong>{body}</strong></p>")
        elif style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{body}</strong></p>')
        elif style == "quote":
            out.append(f"<blockquote><p><em>{body}</em></p></blockquote>")
        elif style == "small":
            out.append(f'<p><span style="font-size: 13px;">{body}</span></p>')
        elif style == "brjoin":
            last = out.pop()
            assert last.endswith("</p>")
            out.append(last[: -len("</p>")] + f"<br>{body}</p>")
        else:
            out.append(f'<p style="text-align: justify;">{body}</p>')
    if in_list:
        out.append("</ul>")
    if in_table:
        out.append("</tbody></table>")
    return "\n".join(out)


# --- page chrome -------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "/gioi-thieu",
        [("Về Ngôi Sao Nhỏ", "/gioi-thieu"), ("Chương trình học", "/chuong-trinh-hoc")],
    ),
    ("Tin tức", "/tin-tuc", [(name, cat_url(key)) for key, (name, _) in CATS.items()]),
    ("Tuyển sinh", "/tuyen-sinh", []),
    ("Thư viện", "/thu-vien-anh", [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Liên hệ", "/lien-he", []),
]


def _text_block(seed: str, inner: str, tag: str = "p", extra: str = "") -> str:
    return (
        f'<div id="{wid(seed)}" class="com-text-block p-absolute{extra}"><div class="text-block">'
        f'<{tag} class="text-block-css full-width">{inner}</{tag}></div></div>'
    )


def _section(sid: str, inner: str, extra_cls: str = "") -> str:
    return (
        f'<div id="{sid}" class="com-section{extra_cls}" data-section="true">'
        '<div class="section-wrapper full-width full-height p-relative">'
        '<div class="section-background p-absolute full-width full-height"></div>'
        f'<div class="section-container full-height p-relative">{inner}</div></div></div>'
    )


def header_html(active: str) -> str:
    top = _section(
        "SECTION_TOPBAR",
        _text_block("topbar-date", f'<i class="fa fa-calendar-o"></i> {TODAY_LINE}')
        + _text_block(
            "topbar-hotline",
            'Hotline tuyển sinh: <a href="tel:0912345678">0912 345 678</a> – '
            '<a href="mailto:mamnonngoisaonho.vinh@gmail.com">mamnonngoisaonho.vinh@gmail.com</a>',
        ),
    )
    items = []
    for label, href, subs in MENU:
        cls = "menu-item" + (" active" if href == active else "") + (" has-child" if subs else "")
        sub = ""
        if subs:
            sub = '<ul class="sub-menu">' + "".join(
                f'<li class="menu-item"><a href="{esc(h)}" class="menu-link">{esc(n)}</a></li>'
                for n, h in subs
            ) + "</ul>"
        caret = ' <i class="fa fa-angle-down"></i>' if subs else ""
        items.append(
            f'<li class="{cls}"><a href="{esc(href)}" class="menu-link">{esc(label)}{caret}</a>{sub}</li>'
        )
    head = _section(
        "SECTION_HEADER",
        f'<div id="{wid("logo")}" class="com-image-block p-absolute"><a href="/">'
        f'<img src="{LOGO}" alt="Logo Mầm non Ngôi Sao Nhỏ" class="image-block-css"></a></div>'
        f'<div id="{wid("menu")}" class="com-menu p-absolute"><div class="menu-css">'
        f'<ul class="menu-list flex">{"".join(items)}</ul></div>'
        '<div class="menu-mobile-toggle"><i class="fa fa-bars"></i></div></div>'
        f'<a id="{wid("btn-dangky-top")}" class="com-button p-absolute" href="javascript:void(0)" '
        'data-popup="POPUP_DANGKY"><div class="button-css"><span class="button-text">ĐĂNG KÝ THAM QUAN'
        "</span></div></a>",
        " is-sticky",
    )
    return top + head


def hero_html(big: str, seed: str) -> str:
    bg = media(f"hero {seed}", 1920, 420)
    return _section(
        f"SECTION_HERO_{seed.upper()[:6]}",
        f'<div id="{wid("hero-bg " + seed)}" class="com-image-block p-absolute"><div class="image-background" '
        f'style="background-image: url(&quot;{bg}&quot;);"></div></div>'
        + _text_block("hero-title " + seed, esc(big), "h1"),
        " hero-banner",
    )


def breadcrumb_html(crumbs: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in crumbs:
        if href:
            parts.append(f'<a href="{esc(href)}">{esc(label)}</a>')
        else:
            parts.append(f"<span>{esc(label)}</span>")
    return _text_block("breadcrumb", ' <span class="sep">›</span> '.join(parts), "div", " bread-crumb")


def footer_html() -> str:
    return _section(
        "SECTION_FOOTER",
        f'<div id="{wid("footer-logo")}" class="com-image-block p-absolute"><img src="{LOGO}" alt=""></div>'
        + _text_block("footer-name", f"<strong>{SCHOOL.upper()}</strong>", "h3")
        + _text_block(
            "footer-addr",
            "Cơ sở 1: Số 27 Lê Hồng Phong, phường Thành Vinh, tỉnh Nghệ An<br>"
            "Cơ sở 2: Số 8 ngõ 12 Nguyễn Sỹ Sách, phường Trường Vinh, tỉnh Nghệ An<br>"
            "Điện thoại: 0238 3 567 890 – Hotline: 0912 345 678<br>"
            "Email: mamnonngoisaonho.vinh@gmail.com",
        )
        + _text_block(
            "footer-counter",
            '<span class="cnt-label">Thống kê truy cập</span><br>Đang online: <b>12</b> – Hôm nay: '
            "<b>187</b> – Tháng này: <b>3.912</b> – Tổng truy cập: <b>215.406</b>",
        )
        + _text_block(
            "footer-social",
            '<a href="https://www.facebook.com/mamnonngoisaonho.vinh" target="_blank">Facebook</a> · '
            '<a href="https://www.youtube.com/@mamnonngoisaonho" target="_blank">YouTube</a> · '
            '<a href="https://zalo.me/0912345678" target="_blank">Zalo</a>',
        )
        + _text_block(
            "footer-copy",
            "© 2026 Mầm non Ngôi Sao Nhỏ. Giấy phép hoạt động số 1824/QĐ-UBND. Thiết kế bởi "
            '<a href="https://webcake.io" target="_blank" rel="nofollow">Webcake</a>',
        ),
        " footer",
    )


def floating_html() -> str:
    return (
        '<div id="POPUP_DANGKY" class="com-popup" style="display: none;" data-popup-delay="8">'
        '<div class="popup-container p-relative">'
        + _text_block("popup-title", "ĐĂNG KÝ THAM QUAN TRƯỜNG", "h2")
        + _text_block(
            "popup-desc",
            "Ưu đãi giảm 50% học phí tháng đầu tiên cho 30 bé đăng ký sớm nhất trong tháng 12/2026. "
            "Phụ huynh để lại thông tin, nhà trường sẽ liên hệ trong vòng 24 giờ.",
        )
        + f'<form id="{wid("popup-form")}" class="com-form p-absolute" method="post" '
        'action="/api/v1/forms/submit"><input type="hidden" name="form_id" value="6601ab2fd1e4">'
        '<input name="full_name" placeholder="Họ tên phụ huynh"><input name="phone_number" '
        'placeholder="Số điện thoại"><select name="age"><option>Bé 18 – 24 tháng</option>'
        "<option>Bé 3 tuổi</option><option>Bé 4 tuổi</option><option>Bé 5 tuổi</option></select>"
        '<button type="submit" class="com-button">GỬI ĐĂNG KÝ</button></form></div></div>'
        '<div id="FLOATING_BUTTONS" class="floating-contact">'
        '<a href="https://zalo.me/0912345678" class="fl-zalo" target="_blank">'
        '<img src="/static/icons/zalo.png" alt="Zalo"></a>'
        '<a href="https://m.me/mamnonngoisaonho.vinh" class="fl-mess" target="_blank">'
        '<img src="/static/icons/messenger.png" alt="Messenger"></a>'
        '<a href="tel:0912345678" class="fl-phone"><img src="/static/icons/phone.png" alt="Gọi ngay">'
        "<span>0912 345 678</span></a></div>"
    )


def page(
    request: Request,
    *,
    title: str,
    active: str,
    sections: str,
    description: str = "",
    canonical: str | None = None,
    og_type: str = "website",
    extra_head: str = "",
    page_type: str = "page",
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{esc(canonical)}">' if canonical else ""
    og_url = f"{base}{esc(canonical or request.path)}"
    config = json.dumps(
        {
            "site_id": "65f1bf7ce4b0d2a1c3f99e10",
            "page_type": page_type,
            "lang": "vi",
            "fb_pixel": "1029384756",
            "popup": {"id": "POPUP_DANGKY", "delay": 8},
        }
    )
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(description)}">
<meta property="og:url" content="{og_url}">
<meta property="og:image" content="{base}{LOGO}">
{canon}
{extra_head}
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/static/webcake/runtime.min.css?v=3.18.2">
<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/4.7.0/css/font-awesome.min.css">
<style>
#SECTION_TOPBAR{{height:36px;background:#ff8a00}} #SECTION_HEADER{{height:96px}}
#{wid("logo")}{{top:8px;left:0;width:190px;height:80px}} #{wid("menu")}{{top:30px;left:260px;width:720px}}
#{wid("hero-bg x")}{{top:0;left:0}} .hero-banner{{height:220px}} .p-absolute{{position:absolute}}
</style>
<script>window.__WEBCAKE_CONFIG__ = {config};</script>
</head>
<body class="webcake-page">
<div id="__webcake_root" class="page-desktop">
{header_html(active)}
{sections}
{footer_html()}
</div>
{floating_html()}
<script src="/static/webcake/runtime.min.js?v=3.18.2" defer></script>
<script>!function(f,b,e,v){{/* facebook pixel */}}(window,document,"script","https://connect.facebook.net/en_US/fbevents.js");</script>
</body>
</html>"""
    return html(doc)


# --- blog pieces -------------------------------------------------------------------------------


def sidebar_html(keyword: str = "") -> str:
    counts = {key: sum(1 for s in STORIES if s.opts["cat"] == key) for key in CATS}
    cats = "".join(
        f'<li><a href="{esc(cat_url(key))}">{esc(name)}</a> <span class="cnt">({counts[key]})</span></li>'
        for key, (name, _) in CATS.items()
    )
    most = "".join(
        f'<div class="mr-item"><a class="mr-thumb" href="/blogs/{s.slug}{TRACK}"><img src="{thumb(s)}" alt=""></a>'
        f'<a class="mr-name" href="/blogs/{s.slug}{TRACK}">{esc(s.title)}</a>'
        f'<span class="mr-view"><i class="fa fa-eye"></i> {s.views() * 3}</span></div>'
        for s in MOST_READ
    )
    return (
        f'<div id="{wid("blog-sidebar")}" class="com-group blog-col-right">'
        f'<form class="bl-search" action="/tin-tuc" method="get"><input type="text" name="keyword" '
        f'value="{esc(keyword)}" placeholder="Tìm bài viết..."><button type="submit">'
        '<i class="fa fa-search"></i></button></form>'
        f'<div class="bl-box"><div class="bl-box-ttl">DANH MỤC</div><ul class="bl-cates">{cats}</ul></div>'
        f'<div class="bl-box"><div class="bl-box-ttl">BÀI VIẾT XEM NHIỀU</div>{most}</div>'
        '<div class="bl-box bl-notice"><div class="bl-box-ttl">THÔNG BÁO</div>'
        '<marquee direction="up" scrollamount="2" height="90"><p>📢 Nhà trường nhận hồ sơ tuyển sinh bổ '
        "sung các lớp Nhà trẻ, Mầm, Chồi đến hết 31/12/2026.</p><p>📢 Lịch họp phụ huynh học kỳ I: "
        "19/12/2026.</p></marquee></div>"
        '<div class="bl-box bl-poll"><div class="bl-box-ttl">THĂM DÒ Ý KIẾN</div>'
        "<p>Quý phụ huynh biết đến trường qua kênh nào?</p>"
        '<label><input type="radio" name="poll_6601" value="1"> Người quen giới thiệu</label><br>'
        '<label><input type="radio" name="poll_6601" value="2"> Facebook, Zalo</label><br>'
        '<label><input type="radio" name="poll_6601" value="3"> Tìm kiếm Google</label><br>'
        '<label><input type="radio" name="poll_6601" value="4"> Khác</label><br>'
        '<a class="com-button" href="javascript:void(0)" onclick="wcPollVote(6601)">Bình chọn</a> '
        '<a href="javascript:void(0)" onclick="wcPollResult(6601)">Xem kết quả</a></div>'
        '<div class="bl-box"><div class="bl-box-ttl">FANPAGE</div><div class="fb-page" '
        'data-href="https://www.facebook.com/mamnonngoisaonho.vinh" data-tabs="timeline" '
        'data-height="300"></div></div>'
        "</div>"
    )


def post_item(story: Story, href: str, relative_date: bool = False) -> str:
    name, _ = CATS[story.opts["cat"]]
    posted = story.opts["posted"]
    if relative_date:
        days = (dt.date(2026, 12, 5) - posted.date()).days
        date_txt = "Hôm qua" if days == 1 else f"{days} ngày trước" if days < 7 else dmy(posted)
    else:
        date_txt = dmy(posted)
    return (
        f'<div class="post-item" data-article-id="{story.id:024x}">'
        f'<a class="post-thumb" href="{esc(href)}"><img src="{thumb(story)}" alt="{esc(story.title)}"></a>'
        f'<div class="post-info"><a class="post-cate" href="{esc(cat_url(story.opts["cat"]))}">{esc(name)}</a>'
        f'<h3 class="post-name"><a href="{esc(href)}">{esc(story.title)}</a></h3>'
        f'<span class="post-date"><i class="fa fa-clock-o"></i> {date_txt}</span>'
        f'<p class="post-desc">{esc(excerpt(story))}</p>'
        f'<a class="post-more" href="{esc(href)}">Xem chi tiết »</a></div></div>'
    )


def article_page(request: Request, story: Story) -> Response:
    key = story.opts["cat"]
    cat_name, _ = CATS[key]
    posted: dt.datetime = story.opts["posted"]
    canonical = f"/blogs/{story.slug}"
    info = []
    if story.opts.get("updated"):
        info.append(
            f'<span class="bd-upd"><i class="fa fa-refresh"></i> Cập nhật lần cuối: '
            f'{hm_dmy(story.opts["updated"])}</span>'
        )
    info.append(f'<span class="bd-time" title="Ngày đăng"><i class="fa fa-clock-o"></i> {hm_dmy(posted)}</span>')
    info.append(f'<span class="bd-author"><i class="fa fa-user"></i> Đăng bởi: {esc(story.opts["poster"])}</span>')
    info.append(f'<span class="bd-view"><i class="fa fa-eye"></i> {story.views()} lượt xem</span>')
    desc = ""
    if story.summary and story.sapo_outside:
        desc = f'<div class="bd-desc"><p>{esc(story.summary)}</p></div>'
    tags = " ".join(f'<span class="bd-tag">#{esc(tg)}</span>' for tg in story.opts.get("tags", []))
    base = base_url(request)
    share_url = f"{base}{canonical}"
    related = [s for s in STORIES if s.opts["cat"] == key and s is not story][:2]
    related_html = "".join(post_item(s, f"/blogs/{s.slug}") for s in related)
    detail = (
        f'<div id="{wid("blog-detail")}" class="com-blog-detail p-relative"><div class="blog-detail-css">'
        f'<div class="bd-cate"><a href="{esc(cat_url(key))}">{esc(cat_name)}</a></div>'
        f'<h2 class="bd-name">{esc(story.title)}</h2>'
        f'<div class="bd-info">{" ".join(info)}</div>'
        f"{desc}"
        f'<div class="bd-content fr-view">\n{render_body(story)}\n</div>'
        f'<div class="bd-tags"><span>Từ khóa:</span> {tags}</div>'
        '<div class="bd-share"><span>Chia sẻ:</span> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(share_url)}" target="_blank" '
        'class="sh-fb"><i class="fa fa-facebook"></i></a> '
        f'<a href="https://sp.zalo.me/share_inline?url={esc(share_url)}" target="_blank" class="sh-zalo">Zalo</a> '
        '<a href="javascript:window.print()" class="sh-print"><i class="fa fa-print"></i> In bài</a></div>'
        f'<div class="fb-comments" data-href="{esc(share_url)}" data-width="100%" data-numposts="5"></div>'
        "</div></div>"
        f'<div id="{wid("blog-related")}" class="com-post-list related"><div class="pl-ttl">'
        f"BÀI VIẾT CÙNG CHUYÊN MỤC</div><div class=\"post-grid\">{related_html}</div></div>"
    )
    sections = (
        hero_html(cat_name.upper(), "cat-" + key)
        + _section(
            "SECTION_BLOG_DETAIL",
            breadcrumb_html(
                [("Trang chủ", "/"), ("Tin tức", "/blogs"), (cat_name, cat_url(key)), (story.title, None)]
            )
            + f'<div class="blog-row flex"><div class="blog-col-left">{detail}</div>{sidebar_html()}</div>',
            " auto-height",
        )
    )
    head = (
        f'<meta property="article:published_time" content="{utc_z(posted)}">'
        f'<meta property="article:modified_time" content="{utc_z(story.opts.get("updated") or posted)}">'
        f'<meta property="article:section" content="{esc(cat_name)}">'
    )
    return page(
        request,
        title=story.opts["seo"],
        active="/tin-tuc",
        sections=sections,
        description=excerpt(story, 155),
        canonical=canonical,
        og_type="article",
        extra_head=head,
        page_type="blog_detail",
    )


def listing_page(request: Request) -> Response | None:
    params = request.params
    try:
        page_no = int(params.get("page", "1") or "1")
    except ValueError:
        return None
    cat_id = params.get("category_id", "")
    keyword = params.get("keyword", "").strip()
    key = next((k for k, (_, hexid) in CATS.items() if hexid == cat_id), None)
    if cat_id and key is None:
        return None
    if key:
        items = [s for s in STORIES if s.opts["cat"] == key]
        per = CAT_PER_PAGE
        label = CATS[key][0]
        prefix = f"?category_id={cat_id}&amp;page="
    elif keyword:
        low = keyword.lower()
        items = [s for s in STORIES if low in s.title.lower()]
        per = LIST_PER_PAGE
        label = f"Kết quả tìm kiếm: {keyword}"
        prefix = f"?keyword={esc(quote(keyword))}&amp;page="
    else:
        items = STORIES
        per = LIST_PER_PAGE
        label = None
        prefix = "?page="
    pages = max(1, -(-len(items) // per))
    if page_no < 1 or page_no > pages:
        return None
    shown = items[(page_no - 1) * per : page_no * per]
    grid = "".join(post_item(s, f"/blogs/{s.slug}") for s in shown) or (
        '<p class="pl-empty">Không tìm thấy bài viết phù hợp.</p>'
    )
    pager = ""
    if pages > 1:
        links = []
        if page_no > 1:
            links.append(f'<a class="pg-prev" href="{prefix}{page_no - 1}">‹</a>')
        for n in range(1, pages + 1):
            cls = "pg-item active" if n == page_no else "pg-item"
            links.append(f'<a class="{cls}" href="{prefix}{n}">{n}</a>')
        if page_no < pages:
            links.append(f'<a class="pg-next" href="{prefix}{page_no + 1}">›</a>')
        pager = f'<div class="com-pagination">{"".join(links)}</div>'
    more = ""
    if page_no < pages:
        more = (
            f'<a id="{wid("load-more")}" class="com-button btn-load-more" href="javascript:void(0)" '
            f'data-next-page="{page_no + 1}" data-category="{esc(cat_id)}"><div class="button-css">'
            '<span class="button-text">XEM THÊM BÀI VIẾT</span></div></a>'
        )
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc" if label else None)]
    if label:
        crumbs.append((label, None))
    sections = hero_html((label or "Tin tức").upper(), "list-" + (key or "all")) + _section(
        "SECTION_BLOG_LIST",
        breadcrumb_html(crumbs)
        + '<div class="blog-row flex"><div class="blog-col-left">'
        f'<div id="{wid("post-list")}" class="com-post-list p-relative" data-limit="{per}">'
        f'<div class="post-grid">{grid}</div>{more}{pager}</div></div>'
        + sidebar_html(keyword)
        + "</div>",
        " auto-height",
    )
    title = f"{label or 'Tin tức'} - {SHORT}" + (f" - Trang {page_no}" if page_no > 1 else "")
    return page(
        request,
        title=title,
        active="/tin-tuc",
        sections=sections,
        description="Tin tức, hoạt động, thông báo của Trường Mầm non tư thục Ngôi Sao Nhỏ.",
        page_type="blog_list",
    )


# --- home and the editor-built pages ------------------------------------------------------------


def _reg_form(seed: str) -> str:
    return (
        f'<form id="{wid(seed)}" class="com-form p-absolute" method="post" action="/api/v1/forms/submit">'
        '<input type="hidden" name="form_id" value="6601ab2fd1e4">'
        '<input name="full_name" placeholder="Họ và tên phụ huynh *" required>'
        '<input name="phone_number" placeholder="Số điện thoại *" required>'
        '<input name="child_birthday" placeholder="Ngày sinh của bé (dd/mm/yyyy)">'
        '<textarea name="note" placeholder="Nội dung cần tư vấn"></textarea>'
        '<button type="submit" class="com-button"><span class="button-text">ĐĂNG KÝ NGAY</span></button></form>'
    )


def home_page(request: Request) -> Response:
    slides = "".join(
        f'<div class="slide-item"><div class="image-background" style="background-image: '
        f'url(&quot;{media("slide " + str(n), 1920, 720)}&quot;);"></div></div>'
        for n in range(1, 4)
    )
    latest = "".join(post_item(s, f"/tin-tuc/{s.slug}", relative_date=True) for s in HOME_LATEST)
    quotes = [
        (
            "Con mình đi học ở Ngôi Sao Nhỏ được hơn một năm, bé tự tin, mạnh dạn hẳn lên. Các cô rất yêu "
            "thương và luôn chia sẻ với phụ huynh từng tiến bộ nhỏ của con.",
            "Chị Nguyễn Thu Hằng – phụ huynh bé Gia Bảo (lớp Chồi 2)",
        ),
        (
            "Bếp ăn sạch sẽ, thực đơn thay đổi hằng ngày nên bé nhà mình hết hẳn biếng ăn. Mỗi tuần nhà "
            "trường đều gửi nhận xét và hình ảnh hoạt động của lớp qua Zalo.",
            "Anh Trần Văn Đức – phụ huynh bé An Nhiên (lớp Lá 1)",
        ),
    ]
    testimonials = "".join(
        _text_block(f"tm-text {i}", f"“{esc(q)}”") + _text_block(f"tm-name {i}", f"<b>{esc(n)}</b>")
        for i, (q, n) in enumerate(quotes)
    )
    programs = "".join(
        f'<div id="{wid("prog-img " + n)}" class="com-image-block p-absolute"><img src="{media("prog " + n, 480, 360)}" '
        'alt=""></div>'
        + _text_block("prog-ttl " + n, esc(n), "h3")
        + _text_block("prog-desc " + n, esc(d))
        for n, d in [
            ("Montessori", "Phát triển tính tự lập, tập trung qua giáo cụ Montessori chuẩn quốc tế."),
            ("STEAM cho bé", "Khám phá khoa học, nghệ thuật qua các dự án nhỏ mỗi tháng."),
            ("Tiếng Anh bản ngữ", "Làm quen tiếng Anh tự nhiên với giáo viên nước ngoài 2 buổi/tuần."),
        ]
    )
    sections = (
        _section("SECTION_SLIDER", f'<div id="{wid("slider")}" class="com-carousel p-absolute">{slides}</div>')
        + _section(
            "SECTION_ABOUT",
            _text_block("about-ttl", "CHÀO MỪNG ĐẾN VỚI MẦM NON NGÔI SAO NHỎ", "h2")
            + _text_block(
                "about-txt",
                "Ngôi Sao Nhỏ là ngôi nhà thứ hai của hơn 300 bé từ 18 tháng đến 6 tuổi tại thành phố "
                "Vinh. Với phương châm “Mỗi trẻ là một ngôi sao”, nhà trường mang đến môi trường học tập "
                "an toàn, yêu thương và giàu trải nghiệm.",
            )
            + f'<a id="{wid("about-btn")}" class="com-button p-absolute" href="/gioi-thieu">'
            '<div class="button-css"><span class="button-text">TÌM HIỂU THÊM</span></div></a>',
        )
        + _section("SECTION_PROGRAM", _text_block("prog-head", "CHƯƠNG TRÌNH HỌC", "h2") + programs)
        + _section(
            "SECTION_NEWS",
            _text_block("news-head", "TIN TỨC MỚI NHẤT", "h2")
            + f'<div id="{wid("home-post-list")}" class="com-post-list p-absolute" data-limit="4">'
            f'<div class="post-grid">{latest}</div></div>'
            + f'<a id="{wid("news-all")}" class="com-button p-absolute" href="/tin-tuc"><div class="button-css">'
            '<span class="button-text">XEM TẤT CẢ</span></div></a>',
        )
        + _section("SECTION_TESTIMONIAL", _text_block("tm-head", "CẢM NHẬN CỦA PHỤ HUYNH", "h2") + testimonials)
        + _section(
            "SECTION_REGISTER",
            _text_block("reg-head", "ĐĂNG KÝ TƯ VẤN TUYỂN SINH", "h2")
            + _text_block("reg-sub", "Nhận ngay ưu đãi học phí và lịch tham quan trường miễn phí.")
            + _reg_form("home-form"),
        )
    )
    return page(
        request,
        title="Mầm non Ngôi Sao Nhỏ - Trường mầm non tư thục chất lượng cao tại Vinh",
        active="/",
        sections=sections,
        description="Trường Mầm non tư thục Ngôi Sao Nhỏ: Montessori, STEAM, tiếng Anh bản ngữ cho bé 18 tháng – 6 tuổi.",
        canonical="/",
        page_type="home",
    )


def _plain_page(request: Request, path: str, label: str, hero: str, body: str, desc: str) -> Response:
    sections = hero_html(hero, path.strip("/")) + _section(
        "SECTION_" + path.strip("/").upper().replace("-", "_"),
        breadcrumb_html([("Trang chủ", "/"), (label, None)]) + body,
        " auto-height",
    )
    return page(
        request, title=f"{label} - {SHORT}", active=path, sections=sections, description=desc, canonical=path
    )


def gioi_thieu(request: Request) -> Response:
    paras = [
        "Trường Mầm non tư thục Ngôi Sao Nhỏ được thành lập theo Quyết định số 1824/QĐ-UBND ngày 15/8/2015 "
        "của UBND thành phố Vinh. Sau hơn 11 năm xây dựng và phát triển, nhà trường có 2 cơ sở với 14 lớp "
        "học, hơn 300 học sinh và 52 cán bộ, giáo viên, nhân viên.",
        "100% giáo viên của trường có trình độ cao đẳng sư phạm mầm non trở lên, được tập huấn phương pháp "
        "Montessori và thường xuyên bồi dưỡng chuyên môn, kỹ năng chăm sóc trẻ.",
        "Cơ sở vật chất được đầu tư đồng bộ: phòng học rộng rãi, thoáng mát, có điều hòa và camera; sân chơi "
        "cỏ nhân tạo, bể bơi bốn mùa, phòng năng khiếu và thư viện cho bé; bếp ăn một chiều đạt chuẩn.",
        "Tầm nhìn: Trở thành hệ thống trường mầm non tư thục được phụ huynh tin chọn hàng đầu tại Nghệ An, "
        "nơi mỗi trẻ được yêu thương, tôn trọng và phát huy tối đa tiềm năng.",
    ]
    blocks = "".join(_text_block(f"gt-p{i}", esc(p)) for i, p in enumerate(paras))
    body = (
        _text_block("gt-ttl", "THƯ NGỎ CỦA HIỆU TRƯỞNG", "h2")
        + f'<div id="{wid("gt-img")}" class="com-image-block p-absolute"><img src="{media("gt truong", 960, 640)}" '
        'alt="Toàn cảnh trường"></div>'
        + blocks
        + _text_block("gt-sign", "<em>Hiệu trưởng Lê Thị Thanh Hương</em>")
        + _text_block("gt-upd", "<small>Cập nhật: 20/11/2026</small>")
    )
    return _plain_page(request, "/gioi-thieu", "Giới thiệu", "GIỚI THIỆU", body, paras[0])


def chuong_trinh(request: Request) -> Response:
    rows = [
        ("7h00 – 8h00", "Đón trẻ, ăn sáng, chơi tự chọn"),
        ("8h00 – 8h30", "Thể dục sáng, điểm danh"),
        ("8h30 – 9h30", "Hoạt động học Montessori / STEAM"),
        ("9h30 – 10h30", "Chơi ngoài trời, bơi (thứ Ba, thứ Năm)"),
        ("10h30 – 14h00", "Ăn trưa, ngủ trưa"),
        ("14h00 – 16h30", "Ăn chiều, tiếng Anh, năng khiếu, trả trẻ"),
    ]
    table = (
        '<table class="wc-table"><tbody><tr><td><b>Thời gian</b></td><td><b>Hoạt động</b></td></tr>'
        + "".join(f"<tr><td>{a}</td><td>{esc(b)}</td></tr>" for a, b in rows)
        + "</tbody></table>"
    )
    body = (
        _text_block("ct-ttl", "CHƯƠNG TRÌNH GIÁO DỤC TÍCH HỢP", "h2")
        + _text_block(
            "ct-txt",
            "Nhà trường thực hiện Chương trình Giáo dục mầm non của Bộ GD&amp;ĐT, tích hợp phương pháp "
            "Montessori, giáo dục STEAM và tiếng Anh với giáo viên bản ngữ.",
        )
        + _text_block("ct-sub", "MỘT NGÀY CỦA BÉ Ở TRƯỜNG", "h3")
        + f'<div id="{wid("ct-table")}" class="com-html p-absolute">{table}</div>'
    )
    return _plain_page(request, "/chuong-trinh-hoc", "Chương trình học", "CHƯƠNG TRÌNH HỌC", body, "Chương trình học")


def tuyen_sinh(request: Request) -> Response:
    body = (
        _text_block("ts-ttl", "THÔNG BÁO TUYỂN SINH NĂM HỌC 2026 – 2027", "h2")
        + _text_block(
            "ts-p1",
            "Trường Mầm non tư thục Ngôi Sao Nhỏ thông báo tuyển sinh bổ sung các lớp Nhà trẻ (18 – 36 "
            "tháng), Mầm (3 tuổi), Chồi (4 tuổi). Thời gian nhận hồ sơ: từ 01/11/2026 đến hết 31/12/2026.",
        )
        + _text_block(
            "ts-p2",
            "Hồ sơ gồm: đơn xin nhập học (theo mẫu), bản sao giấy khai sinh, bản sao sổ tiêm chủng và 02 ảnh "
            "3x4 của bé.",
        )
        + _text_block(
            "ts-p3",
            "Học phí trọn gói: 4.200.000 đồng/tháng (đã bao gồm tiền ăn 4 bữa, tiếng Anh, năng khiếu). "
            "Giảm 5% học phí cho anh/chị/em ruột cùng học tại trường.",
        )
        + _text_block("ts-p4", "Mọi chi tiết xin liên hệ Hotline: 0912 345 678 (cô Phương).")
        + _reg_form("ts-form")
    )
    return _plain_page(
        request, "/tuyen-sinh", "Tuyển sinh", "TUYỂN SINH", body, "Thông báo tuyển sinh năm học 2026 – 2027"
    )


ALBUMS = [
    ("Lễ kỷ niệm 20/11/2026", 24),
    ("Dã ngoại trang trại Đồng Xanh", 36),
    ("Tết Trung thu “Đêm hội trăng rằm” 2026", 41),
    ("Khai giảng năm học 2026 – 2027", 30),
]


def thu_vien_anh(request: Request) -> Response:
    grid = "".join(
        f'<div class="album-item" id="album-{i}"><a href="#album-{i}" data-lightbox="album-{i}">'
        f'<img src="{media("album " + name, 600, 400)}" alt="{esc(name)}"></a>'
        f'<div class="album-name">{esc(name)}</div><div class="album-count">{n} ảnh</div></div>'
        for i, (name, n) in enumerate(ALBUMS, 1)
    )
    body = f'<div id="{wid("gallery")}" class="com-gallery p-relative">{grid}</div>'
    return _plain_page(request, "/thu-vien-anh", "Thư viện ảnh", "THƯ VIỆN ẢNH", body, "Thư viện ảnh")


VIDEOS = [
    ("Văn nghệ chào mừng 20/11/2026 – Múa “Cô giáo em là hoa ê-ti-ô”", "pQ3vL8nZr2E"),
    ("Một ngày của bé tại Ngôi Sao Nhỏ", "Hk7sT1wYb0c"),
    ("Bé lớp Lá 1 học Phonics", "Xr9kP2mQ7tA"),
]


def video_page(request: Request) -> Response:
    grid = "".join(
        f'<div class="video-item"><div class="video-wrapper"><iframe src="https://www.youtube.com/embed/{vid}" '
        f'frameborder="0" allowfullscreen></iframe></div><div class="video-name">{esc(name)}</div></div>'
        for name, vid in VIDEOS
    )
    body = f'<div id="{wid("videos")}" class="com-video-list p-relative">{grid}</div>'
    return _plain_page(request, "/video", "Video", "VIDEO HOẠT ĐỘNG", body, "Video hoạt động của bé")


def lien_he(request: Request) -> Response:
    body = (
        _text_block("lh-ttl", "THÔNG TIN LIÊN HỆ", "h2")
        + _text_block(
            "lh-txt",
            "Cơ sở 1: Số 27 Lê Hồng Phong, phường Thành Vinh, tỉnh Nghệ An<br>"
            "Cơ sở 2: Số 8 ngõ 12 Nguyễn Sỹ Sách, phường Trường Vinh, tỉnh Nghệ An<br>"
            "Điện thoại: 0238 3 567 890 – Hotline: 0912 345 678<br>Giờ làm việc: 7h00 – 17h30, thứ Hai "
            "đến thứ Bảy",
        )
        + f'<div id="{wid("lh-map")}" class="com-html p-absolute"><iframe '
        'src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3779.7!2d105.68!3d18.67" '
        'width="560" height="320" style="border:0" loading="lazy"></iframe></div>'
        + _reg_form("lh-form")
    )
    return _plain_page(request, "/lien-he", "Liên hệ", "LIÊN HỆ", body, "Liên hệ Mầm non Ngôi Sao Nhỏ")


# --- the site ----------------------------------------------------------------------------------

PAGES = {
    "/gioi-thieu": gioi_thieu,
    "/chuong-trinh-hoc": chuong_trinh,
    "/tuyen-sinh": tuyen_sinh,
    "/thu-vien-anh": thu_vien_anh,
    "/video": video_page,
    "/lien-he": lien_he,
}


class WebcakeSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            if path == "/api/v1/forms/submit":
                return Response(
                    200,
                    json.dumps({"success": True, "message": "Cảm ơn quý phụ huynh đã đăng ký!"}),
                    {"Content-Type": "application/json; charset=utf-8"},
                )
            return None
        if path.startswith(("/web-media/", "/static/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home_page(request)
        if path == "/tin-tuc":
            return listing_page(request)
        if path in ("/blogs", "/blogs/"):
            return redirect("/tin-tuc", 301)
        for prefix in ("/blogs/", "/tin-tuc/"):
            if path.startswith(prefix):
                story = BY_SLUG.get(path[len(prefix) :])
                return article_page(request, story) if story else None
        handler = PAGES.get(path)
        return handler(request) if handler else None


def build_site() -> WebcakeSite:
    return WebcakeSite()


# --- gold ---------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [f"/tin-tuc/{story.slug}"]
    if story in MOST_READ:
        alts.append(f"/blogs/{story.slug}{TRACK}")
    return alts


GOLD = [
    gold_record(s, f"/blogs/{s.slug}", s.cat, canonical_path=f"/blogs/{s.slug}", alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = ["/gioi-thieu", "/chuong-trinh-hoc", "/tuyen-sinh", "/thu-vien-anh", "/video", "/lien-he"]
