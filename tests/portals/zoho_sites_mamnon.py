"""Zoho Sites website of a private kindergarten (Trường Mầm non tư thục Ngôi Sao Nhỏ, Đà Nẵng)
with its blog module: class activities, parent notices, weekly menus, parenting tips.

Platform
--------
A Zoho Sites site: every page is built of ``zpsection > zpcontainer > zprow > zpelem-col`` with
``zpelement zpelem-text / zpelem-heading / zpelem-image / zpelem-button`` elements, each with a
``data-element-id="elm_…"`` and an inline ``<style>`` per element. The theme prints the site name
in an ``<h1>`` on every page; a blog post's headline is an ``<h2 class="zpblogpost-heading">``.
Image elements are lazy: ``src`` is an empty SVG data URI (or ``/files/zs-spacer.gif``), the
photo is in ``data-src``. Dates in the post meta are ``dd.mm.yy hh:mm SA|CH`` (12-hour clock,
Vietnamese AM/PM), the JSON-LD ``datePublished`` is in UTC.

URL scheme
----------
- ``/`` home (hero, "Vì sao chọn…" blocks, a blog-feed element with the 3 newest posts linked with
  ``?utm_source=trangchu&utm_medium=zsblogfeed``, a notice ticker linking an old slug).
- Zoho pages: ``/gioi-thieu``, ``/chuong-trinh-hoc``, ``/tuyen-sinh-2027``, ``/lien-he``,
  ``/thu-vien-anh`` (album index), ``/thu-vien-anh/ngay-phu-nu-20-10-2026`` (album),
  ``/video-hoat-dong`` (videos).
- Blog: ``/blogs`` and ``/blogs?page=N`` (4 posts a page, N = 1..4; pager links are relative
  query-only hrefs ``?page=3``), ``/blogs/category/<slug>`` (+ ``?page=N``), ``/blogs/tag/<slug>``,
  ``/blogs/post/<slug>`` (slugs matched case-insensitively, as Zoho does; one slug is Vietnamese),
  ``/blogs/feed`` (RSS), ``/search?q=`` (search form), ``/robots.txt``.
- Files: ``/files/…`` images (names with spaces, percent-encoded in the markup) and PDFs.

Page templates
--------------
- Listing: ``div.zpblogs-list-container`` of ``div.zpblog-post-item`` cards (lazy thumbnail,
  ``h3.zpblog-post-name``, meta line with the day ``dd.mm.yy``, auto excerpt, "Đọc tiếp »"),
  a pinned "Tin nổi bật" box on every ``/blogs`` page, pager ``« Bài mới hơn | Trang i / n |
  Bài cũ hơn »``; right sidebar: search form, Chuyên mục with counts, Bài viết mới (4 newest),
  Thẻ, a notice portlet, a Zoho Forms poll (iframe on another host), visitor counter.
- Post: breadcrumb ``Trang chủ › Tin tức › <category>``, ``h2`` headline, meta line (account name
  "Ngôi Sao Nhỏ Admin", date, category, comment count, sometimes "Cập nhật: …"), optional excerpt
  box, the content rows, tags, share bar, "Về tác giả" box (the account), "Bài viết liên quan"
  (3 newest other posts of the category, with excerpts), comments and a comment form.

How each gold article is reached
--------------------------------
All 13 are on ``/blogs?page=1..4`` and on their category pages. A1, N1, M1 are also linked from
the home blog feed (utm variants) and with A2 from the sidebar's "Bài viết mới". A3 (the oldest
class activity) is only on ``/blogs?page=3`` and ``/blogs/category/hoat-dong-cua-be?page=2``;
M3 only on ``/blogs?page=4`` and the "Thực đơn" category page. Tags reach A1, A2, A5, M1, S1, S2,
N1, N2.

Traps
-----
1. Lazy images: ``src`` is a placeholder (SVG data URI or ``/files/zs-spacer.gif``), the photo is
   ``data-src`` -> gold image paths are the ``data-src`` files; spacers, the logo, listing and
   "related" thumbnails, avatars and Facebook emoji pictures are no article images.
2. Dates: ``04.12.26 04:20 CH`` is 2026-12-04T16:20+07:00, ``12:15 CH`` is 12:15 (noon, not
   00:15), ``12:00 SA`` is midnight -> the day alone (M1, M2). JSON-LD ``datePublished`` is UTC
   ("2026-11-28T17:00:00.000Z" for M1, whose day is 2026-11-29). A4 also prints
   "Cập nhật: 15.11.26 03:12 CH" -> ignored. Listing cards print the day only.
3. Headline: the ``<h1>`` is the school's name on every page; ``<title>`` carries a suffix
   " | Mầm non Ngôi Sao Nhỏ" -> the title is the ``h2.zpblogpost-heading`` as printed (emoji kept).
4. Bylines: the meta prints the Zoho account "Ngôi Sao Nhỏ Admin" (also in "Về tác giả") ->
   nobody. Real signatures are right-aligned lines at the end of the text: "Tin, ảnh: Cô Phạm
   Ngọc Trâm" -> "Phạm Ngọc Trâm" in both lists; "Tin: Nguyễn Thảo Vy - Ảnh: Đỗ Minh Khang";
   "ThS. Lê Hoàng Yến – Chuyên viên dinh dưỡng" -> "Lê Hoàng Yến"; units signing alone ("Bộ phận
   Dinh dưỡng", "Văn phòng nhà trường", "Ban Giám hiệu", "Tin, ảnh: Tổ Chuyên môn") are the
   author as printed. A5's photo lines "Ảnh: Đỗ Minh Khang" only credit -> caption None,
   photographer "Đỗ Minh Khang".
5. Official notice N1 printed as a document (letterhead table, "Số: 47/TB-MNNSN", "Đà Nẵng, ngày
   28 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" | "HIỆU TRƯỞNG (Đã ký) Trần Thị Mỹ
   Linh") while the post meta says 30.11.26 -> published_at "2026-11-28", author "Trần Thị Mỹ
   Linh", letterhead/kind/subject/closing not body; the "Tải văn bản" button is not body.
6. Facebook paste (A2): lines split by ``<br>``, each bullet drawn as an emoji picture
   (``<img alt="👉" src="https://static.xx.fbcdn.net/…">``) -> the line's text without bullet;
   emoji typed as characters (🛒 😍 ❤️) are kept; the closing hashtag line is tags -> not body.
7. Word paste (S1): ``<span style="mso-list:Ignore">-</span>`` markers are no text; the "- "
   the editor typed in section 4 is text. Footnote calls "[1]" stay in their sentence; the
   "Tài liệu tham khảo" heading and its entries come *after* the author's signature and are still
   the text's own.
8. Duplicates: the home feed links ``?utm_source=trangchu&utm_medium=zsblogfeed`` (A1, N1, M1);
   N2 links M2 as ``/blogs/post/Thuc-Don-Tuan-4-Thang-11-2026`` (mixed case, served 200); A1's
   older comments are ``?cpage=2`` (same article, other comments) -> alt_paths; every page's
   ``<link rel="canonical">`` is the clean lower-case URL. The home ticker links an old slug that
   answers 301 to N2 (not an alt path: it serves no article).
9. Vietnamese slug (A5): listing hrefs print it raw (``/blogs/post/bé-làm-lính-cứu-hỏa-nhỏ``),
   the canonical prints it percent-encoded -> gold path is the UTF-8 percent-encoded form.
10. Pagination by relative query-only hrefs (``?page=2``) under both ``/blogs`` and category
    paths; A3 only on page 2+/3 listings; the pinned N1 is repeated on every ``/blogs`` page.
11. Chrome that reads like text: "Bài viết liên quan" excerpts, "Về tác giả" box, comments,
    the notice portlet, the home "Thực đơn hôm nay" block; ``/tuyen-sinh-2027`` is a Zoho page
    with headings, paragraphs and a "Cập nhật ngày 01/11/2026" line -> not an article.
12. A4 was typed on a Mac: its headline and text are NFD (decomposed) -> gold NFC.
13. Sapo: bold lead paragraphs (A1, S1, S2) are the summary; A5 prints its excerpt in its own
    box above the content -> summary and the body's first paragraph; others print only a meta
    description (auto excerpt) -> summary null.
14. "Xem thêm: <link>" lines (N2, A3) and "Tệp đính kèm" lines/buttons (N1, N2) are not body;
    N2's "Theo quy định của nhà trường, …" is a body sentence, S2's closing "Theo Báo Sức khỏe &
    Đời sống" is the source.

Gold decisions on ambiguous points
----------------------------------
- Category: the breadcrumb's last crumb / the meta's category link ("Hoạt động của bé",
  "Thông báo phụ huynh", "Thực đơn", "Góc chia sẻ").
- Notice N1: "Kính gửi: Quý Phụ huynh học sinh toàn trường." and the closing sentence
  "Trân trọng thông báo./." are paragraphs of the text (body); the numbered points printed as
  bold-led paragraphs and the list items are paragraphs.
- Menu tables: the first row (column names, in ``<strong>``) is a paragraph like every row.
- A2's hashtag line ("#NgoiSaoNho #ChoiHocMaHoc #LopChoi2", links to facebook.com/hashtag) is
  tags: not body.
- Units signing alone (including "Ban Giám hiệu", the school's leadership) are authors; the Zoho
  account "Ngôi Sao Nhỏ Admin" never is. "Tin, ảnh: Tổ Chuyên môn" -> the unit in both lists.
- Honorifics "Cô"/"Thầy" and degrees "ThS." are titles, taken off; the post after "–" too.
- Editor images (A3, S1) print their caption as a centred italic line in parentheses below the
  picture -> caption without the parentheses, not body.
- Comments (either page) are not part of the article; ``?cpage=2`` is an alt path of A1.
- NON_ARTICLES lists the six Zoho pages that are not blog posts (the album index and listings
  are not listed).
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from urllib.parse import quote, unquote

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

NAME = "zoho_sites_mamnon"
PLATFORM = "Zoho Sites (blog module)"
START_PATH = "/"

SCHOOL = "Trường Mầm non tư thục Ngôi Sao Nhỏ"
SHORT = "Mầm non Ngôi Sao Nhỏ"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
ACCOUNT = "Ngôi Sao Nhỏ Admin"
PER_PAGE = 4

CATEGORIES = {
    "hoat-dong-cua-be": "Hoạt động của bé",
    "thong-bao-phu-huynh": "Thông báo phụ huynh",
    "thuc-don": "Thực đơn",
    "goc-chia-se": "Góc chia sẻ",
}
TAGS = {
    "trai-nghiem": "trải nghiệm",
    "dinh-duong": "dinh dưỡng",
    "phu-huynh": "phụ huynh",
}

_LAZY_SVG = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1080 720'%3E%3C/svg%3E"
_SPACER = "/files/zs-spacer.gif"
_FB_POINT = "https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/1f449.png"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><span style="font-size:15px;">{inner}</span></p>')


# --- the 13 posts -------------------------------------------------------------------------------

A1 = Story(
    id=1,
    slug="be-lop-la-1-trai-nghiem-lam-banh-quy-giang-sinh",
    title="Bé lớp Lá 1 trải nghiệm làm bánh quy Giáng sinh 🎄",
    cat="hoat-dong-cua-be",
    published_at="2026-12-04T16:20:00+07:00",
    summary=(
        "Chiều thứ Sáu (04/12), 28 bạn nhỏ lớp Lá 1 đã hóa thân thành những “thợ làm bánh” nhí, "
        "tự tay nhào bột, cắt khuôn và trang trí những chiếc bánh quy mang hình cây thông, người "
        "tuyết để chuẩn bị cho mùa Giáng sinh an lành."
    ),
    blocks=[
        P(
            "Chiều thứ Sáu (04/12), 28 bạn nhỏ lớp Lá 1 đã hóa thân thành những “thợ làm bánh” nhí, "
            "tự tay nhào bột, cắt khuôn và trang trí những chiếc bánh quy mang hình cây thông, người "
            "tuyết để chuẩn bị cho mùa Giáng sinh an lành.",
            "lead",
        ),
        P(
            "Hoạt động nằm trong chủ đề “Mùa đông của bé” của tháng 12, nhằm giúp trẻ làm quen với "
            "các nguyên liệu quen thuộc như bột mì, bơ, trứng, đường và rèn luyện sự khéo léo của "
            "đôi bàn tay."
        ),
        Img(
            "/files/Hoat%20dong%202026/IMG_20261204_151022.jpg",
            "Cô Trâm hướng dẫn các bé cách nhào bột cho mịn",
            "Cô Trâm hướng dẫn các bé cách nhào bột cho mịn",
            "zp",
        ),
        P(
            "Dưới sự hướng dẫn của cô Trâm và cô Quyên, các bé được chia thành 4 nhóm nhỏ. Mỗi nhóm "
            "nhận một phần bột đã được chuẩn bị sẵn, sau đó lần lượt cán mỏng, chọn khuôn hình ngôi "
            "sao, cây thông, chiếc chuông và người tuyết."
        ),
        P(
            "“Con làm bánh hình ngôi sao để tặng mẹ ạ!” – bé Minh Khôi hào hứng khoe sản phẩm đầu "
            "tay của mình.",
            "q",
        ),
        Img(
            "/files/Hoat%20dong%202026/IMG_20261204_154417.jpg",
            "(Những chiếc bánh quy hình cây thông, người tuyết do các bé tự trang trí)",
            "Những chiếc bánh quy hình cây thông, người tuyết do các bé tự trang trí",
            "zp",
        ),
        P(
            "Sau khi bánh được nướng chín, các bé tiếp tục trang trí bằng kem đường nhiều màu sắc và "
            "cốm bi. Cuối buổi, mỗi bạn được mang về một hộp bánh nhỏ xinh làm quà cho gia đình."
        ),
        P(
            "Thông qua hoạt động trải nghiệm, trẻ không chỉ phát triển kỹ năng vận động tinh mà còn "
            "học cách chia sẻ, chờ đợi đến lượt và hợp tác cùng bạn bè."
        ),
        Img("/files/Hoat%20dong%202026/IMG_20261204_160135.jpg", None, None, "zp"),
        _right("<strong><em>Tin, ảnh: Cô Phạm Ngọc Trâm</em></strong>"),
    ],
    authors=["Phạm Ngọc Trâm"],
    photographers=["Phạm Ngọc Trâm"],
    opts={
        "printed": "04.12.26 04:20 CH",
        "utc": "2026-12-04T09:20:00.000Z",
        "tags": ["trai-nghiem"],
        "post_id": "3120845000001183017",
        "feed": True,
    },
)

N1 = Story(
    id=2,
    slug="thong-bao-to-chuc-ngay-hoi-gia-dinh-yeu-thuong-ngay-dong-2026",
    title="Thông báo tổ chức Ngày hội Gia đình “Yêu thương ngày đông” năm 2026",
    cat="thong-bao-phu-huynh",
    published_at="2026-11-28",
    blocks=[
        Raw(
            '<table style="width:100%;border-collapse:collapse;border:none;" class="zptable-lh">'
            "<tbody><tr>"
            '<td style="width:44%;text-align:center;vertical-align:top;border:none;">'
            "<span style=\"font-size:13px;\">CÔNG TY TNHH GIÁO DỤC NGÔI SAO NHỎ</span><br>"
            "<strong>TRƯỜNG MẦM NON TƯ THỤC<br>NGÔI SAO NHỎ</strong><br>"
            "<span>―――――</span><br>Số: 47/TB-MNNSN</td>"
            '<td style="text-align:center;vertical-align:top;border:none;">'
            "<strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>"
            "<strong>Độc lập - Tự do - Hạnh phúc</strong><br><span>―――――――――</span><br>"
            "<em>Đà Nẵng, ngày 28 tháng 11 năm 2026</em></td>"
            "</tr></tbody></table>"
            '<p style="text-align:center;"><br></p>'
            '<p style="text-align:center;"><strong><span style="font-size:17px;">THÔNG BÁO</span>'
            "</strong><br><strong>Về việc tổ chức Ngày hội Gia đình “Yêu thương ngày đông” năm "
            "2026</strong></p>"
        ),
        P("Kính gửi: Quý Phụ huynh học sinh toàn trường.", "kg"),
        P(
            "Thực hiện kế hoạch năm học 2026 – 2027, nhằm tạo sân chơi gắn kết giữa gia đình và nhà "
            "trường, Trường Mầm non tư thục Ngôi Sao Nhỏ trân trọng thông báo tổ chức Ngày hội Gia "
            "đình “Yêu thương ngày đông” năm 2026 như sau:"
        ),
        P("1. Thời gian: từ 07 giờ 30 đến 10 giờ 30, sáng Thứ Bảy ngày 12/12/2026.", "pt"),
        P("2. Địa điểm: Sân trường và khu vực hội trường tầng 3.", "pt"),
        P("3. Nội dung chương trình:", "pt"),
        P("Văn nghệ chào mừng do các bé khối Lá và khối Chồi biểu diễn;", "li"),
        P("Gian hàng ẩm thực “Bếp nhà mình” do phụ huynh và các bé cùng chuẩn bị;", "li"),
        P("Trò chơi vận động gia đình: nhảy bao bố, kéo co, bịt mắt bắt dê;", "li"),
        P("Góc tái chế: làm đồ chơi từ vật liệu đã qua sử dụng.", "li"),
        P(
            "4. Trang phục: Phụ huynh và bé mặc trang phục màu đỏ hoặc trắng; các bé mang giày thể "
            "thao.",
            "pt",
        ),
        P(
            "Nhà trường rất mong nhận được sự quan tâm, phối hợp và tham gia đông đủ của Quý Phụ "
            "huynh để ngày hội thật sự trở thành kỷ niệm đáng nhớ của các bé. Mọi thông tin chi "
            "tiết xin liên hệ giáo viên chủ nhiệm hoặc Văn phòng nhà trường qua số điện thoại "
            "0236 3 626 789."
        ),
        P("Trân trọng thông báo./."),
        Raw(
            '<table style="width:100%;border:none;" class="zptable-lh"><tbody><tr>'
            '<td style="width:50%;vertical-align:top;border:none;font-size:13px;">'
            "<strong><em>Nơi nhận:</em></strong><br>- Quý Phụ huynh học sinh;<br>- Giáo viên, "
            "nhân viên;<br>- Website trường;<br>- Lưu: VT.</td>"
            '<td style="text-align:center;vertical-align:top;border:none;">'
            "<strong>HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br>"
            "<strong>Trần Thị Mỹ Linh</strong></td></tr></tbody></table>"
        ),
    ],
    authors=["Trần Thị Mỹ Linh"],
    opts={
        "printed": "30.11.26 09:05 SA",
        "utc": "2026-11-30T02:05:00.000Z",
        "tags": ["phu-huynh"],
        "post_id": "3120845000001176044",
        "feed": True,
        "button": ("/files/van-ban/TB-47-ngay-hoi-gia-dinh-2026.pdf", "Tải văn bản (PDF, 212 KB)"),
    },
)

_M1_ROWS = [
    "Thứ | Bữa sáng | Bữa trưa | Bữa xế",
    "Thứ Hai 30/11 | Bún bò Huế | Cơm, cá basa sốt cà chua, canh bí đỏ nấu tôm | Sữa chua, chuối",
    "Thứ Ba 01/12 | Cháo gà hạt sen | Cơm, thịt heo kho trứng cút, canh cải xanh | Bánh flan",
    "Thứ Tư 02/12 | Mì Quảng tôm thịt | Cơm, gà xào nấm, canh rau ngót thịt bằm | Sữa tươi, bánh bông lan",
    "Thứ Năm 03/12 | Bánh canh cá lóc | Cơm, bò xào bông cải, canh mồng tơi nấu cua | Chè đậu xanh",
    "Thứ Sáu 04/12 | Phở gà | Cơm chiên dương châu, súp bắp cua | Sữa chua uống, thanh long",
]

M1 = Story(
    id=3,
    slug="thuc-don-tuan-1-thang-12-2026",
    title="Thực đơn tuần 1 tháng 12/2026 (30/11 – 04/12)",
    cat="thuc-don",
    published_at="2026-11-29",
    blocks=[
        P(
            "Bộ phận Dinh dưỡng xin gửi đến Quý Phụ huynh thực đơn bán trú tuần 1 tháng 12/2026 dành "
            "cho các lớp Mẫu giáo (Mầm, Chồi, Lá). Thực đơn được xây dựng theo khuyến nghị về nhu "
            "cầu năng lượng cho trẻ 3 – 6 tuổi, đảm bảo cân đối các nhóm chất."
        ),
        P(_M1_ROWS[0], "th"),
        *[P(r, "tr") for r in _M1_ROWS[1:]],
        P(
            "Lưu ý: Trẻ có tiền sử dị ứng thực phẩm, phụ huynh vui lòng báo trước với giáo viên chủ "
            "nhiệm để bếp chuẩn bị món thay thế."
        ),
        _right("<strong>Bộ phận Dinh dưỡng</strong>"),
    ],
    authors=["Bộ phận Dinh dưỡng"],
    opts={
        "printed": "29.11.26 12:00 SA",
        "utc": "2026-11-28T17:00:00.000Z",
        "tags": ["dinh-duong"],
        "post_id": "3120845000001171009",
        "feed": True,
    },
)

_FB = "fb"

A2 = Story(
    id=4,
    slug="lop-choi-2-hao-hung-voi-tro-choi-be-di-sieu-thi",
    title="Lớp Chồi 2 hào hứng với trò chơi “Bé đi siêu thị” 🛒",
    cat="hoat-dong-cua-be",
    published_at="2026-11-26T09:45:00+07:00",
    blocks=[
        P(
            "🛒 Sáng nay, lớp Chồi 2 biến thành một “siêu thị mini” thật đáng yêu với đầy đủ quầy "
            "rau củ, trái cây, bánh kẹo và đồ dùng gia đình!",
            "div",
        ),
        P("Thông qua trò chơi đóng vai, các bé được:", "br1"),
        P("Nhận biết và gọi tên các loại thực phẩm quen thuộc;", _FB),
        P("Làm quen với tiền và cách trao đổi, mua bán;", _FB),
        P(
            "Rèn luyện kỹ năng giao tiếp lễ phép: “Con chào cô, cô bán cho con…”, “Con cảm ơn ạ!”;",
            _FB,
        ),
        P("Biết xếp hàng chờ đến lượt khi thanh toán.", _FB),
        P(
            "Bạn nào cũng rất ra dáng “người đi chợ” nhỏ, có bạn còn cẩn thận kiểm tra lại giỏ hàng "
            "trước khi ra quầy tính tiền nữa đó ạ 😍",
            "br1",
        ),
        P(
            "Cảm ơn Quý Phụ huynh đã hỗ trợ lớp các vỏ hộp, chai lọ sạch để làm “hàng hóa” cho siêu "
            "thị nhé! ❤️",
            "br",
        ),
        Raw(
            '<div dir="auto"><a href="https://www.facebook.com/hashtag/ngoisaonho">#NgoiSaoNho</a> '
            '<a href="https://www.facebook.com/hashtag/choihocmahoc">#ChoiHocMaHoc</a> '
            '<a href="https://www.facebook.com/hashtag/lopchoi2">#LopChoi2</a></div>'
        ),
        Img("/files/Hoat%20dong%202026/choi2-sieu-thi-01.jpg", None, None, "zp"),
        Img("/files/Hoat%20dong%202026/choi2-sieu-thi-02.jpg", None, None, "zp"),
    ],
    opts={
        "printed": "26.11.26 09:45 SA",
        "utc": "2026-11-26T02:45:00.000Z",
        "tags": ["trai-nghiem"],
        "post_id": "3120845000001164021",
    },
)

_M2_ROWS = [
    "Thứ | Bữa sáng | Bữa trưa | Bữa xế",
    "Thứ Hai 23/11 | Hủ tiếu Nam Vang | Cơm, thịt gà rim nước mắm, canh bầu nấu tôm | Sữa tươi, bánh quy",
    "Thứ Ba 24/11 | Bánh mì trứng ốp la, sữa đậu nành | Cơm, cá thu sốt cà, canh cải ngọt | Chè bí đỏ",
    "Thứ Tư 25/11 | Cháo lươn | Cơm, đậu hũ nhồi thịt, canh chua cá lóc | Sữa chua, dưa hấu",
    "Thứ Năm 26/11 | Bún gạo nấu giò heo | Cơm, thịt bò xào đậu que, canh khoai mỡ | Bánh bao nhân thịt",
    "Thứ Sáu 27/11 | Mì nui nấu thịt bằm | Cơm, tôm rim thịt, canh rau dền | Sữa chua uống, chuối",
]

M2 = Story(
    id=5,
    slug="thuc-don-tuan-4-thang-11-2026",
    title="Thực đơn tuần 4 tháng 11/2026 (23/11 – 27/11)",
    cat="thuc-don",
    published_at="2026-11-22",
    blocks=[
        P(
            "Thực đơn bán trú tuần 4 tháng 11/2026 áp dụng cho các lớp Mẫu giáo. Trong tuần, bếp ăn "
            "bổ sung thêm các món canh rau củ theo mùa và tăng cường thủy sản để đa dạng nguồn đạm "
            "cho trẻ."
        ),
        P(_M2_ROWS[0], "th"),
        *[P(r, "tr") for r in _M2_ROWS[1:]],
        P(
            "Thực phẩm được nhập từ các nhà cung cấp có giấy chứng nhận an toàn thực phẩm; mẫu thức "
            "ăn được lưu 24 giờ theo quy định."
        ),
        _right("<strong>Bộ phận Dinh dưỡng</strong>"),
    ],
    authors=["Bộ phận Dinh dưỡng"],
    opts={
        "printed": "22.11.26 12:00 SA",
        "utc": "2026-11-21T17:00:00.000Z",
        "tags": [],
        "post_id": "3120845000001158003",
    },
)


def _mso(value: str) -> P:
    return P(value, "mso")


S1 = Story(
    id=6,
    slug="5-thoi-quen-dinh-duong-giup-tre-mam-non-khoe-manh-mua-dong",
    title="5 thói quen dinh dưỡng giúp trẻ mầm non khỏe mạnh mùa đông",
    cat="goc-chia-se",
    published_at="2026-11-20T12:15:00+07:00",
    summary=(
        "Thời tiết chuyển lạnh, độ ẩm cao là điều kiện thuận lợi cho các bệnh đường hô hấp phát "
        "triển. Một chế độ dinh dưỡng hợp lý sẽ giúp tăng sức đề kháng cho trẻ trong những tháng "
        "mùa đông."
    ),
    blocks=[
        P(
            "Thời tiết chuyển lạnh, độ ẩm cao là điều kiện thuận lợi cho các bệnh đường hô hấp phát "
            "triển. Một chế độ dinh dưỡng hợp lý sẽ giúp tăng sức đề kháng cho trẻ trong những tháng "
            "mùa đông.",
            "lead",
        ),
        P("1. Không bỏ bữa sáng", "h3"),
        P(
            "Bữa sáng cung cấp khoảng 25 – 30% nhu cầu năng lượng cả ngày của trẻ.[1] Phụ huynh nên "
            "cho trẻ ăn sáng trước 7 giờ 30 và ưu tiên các món ấm, dễ tiêu như cháo, súp, phở."
        ),
        P("2. Tăng cường rau xanh và trái cây giàu vitamin C", "h3"),
        _mso("Cam, quýt, bưởi, ổi, kiwi là những loại quả giàu vitamin C;"),
        _mso("Rau có màu xanh đậm như cải bó xôi, bông cải xanh, rau ngót;"),
        _mso("Mỗi ngày trẻ nên ăn ít nhất 2 – 3 loại rau, quả khác nhau."),
        P("3. Uống đủ nước ấm", "h3"),
        P(
            "Mùa đông trẻ thường ít khát nhưng cơ thể vẫn mất nước qua hơi thở và da. Trẻ 4 – 6 tuổi "
            "cần khoảng 1,3 – 1,6 lít nước mỗi ngày, kể cả nước từ sữa và canh.[2]"
        ),
        P("4. Bổ sung chất đạm và kẽm", "h3"),
        P("- Thịt bò, trứng, tôm, cua, hàu là nguồn kẽm dồi dào;"),
        P("- Nên đa dạng nguồn đạm động vật và thực vật như đậu phụ, đậu xanh."),
        P("5. Hạn chế đồ ngọt, nước có ga", "h3"),
        P(
            "Đồ ngọt làm trẻ nhanh no, lười ăn bữa chính và dễ sâu răng. Thay vào đó, phụ huynh có "
            "thể chuẩn bị sữa chua, trái cây cắt nhỏ cho bữa phụ."
        ),
        Img(
            "/files/Goc%20chia%20se/bua-xe-sua-chua-trai-cay.jpg",
            "(Bữa xế với sữa chua và trái cây tại trường)",
            "Bữa xế với sữa chua và trái cây tại trường",
            "ed",
        ),
        _right("<em><strong>ThS. Lê Hoàng Yến</strong> – Chuyên viên dinh dưỡng</em>"),
        P("Tài liệu tham khảo", "b"),
        P(
            "[1] Viện Dinh dưỡng Quốc gia (2016), Nhu cầu dinh dưỡng khuyến nghị cho người Việt Nam, "
            "NXB Y học.",
            "ref",
        ),
        P("[2] Bộ Y tế (2021), Hướng dẫn chế độ ăn cho trẻ em lứa tuổi mầm non.", "ref"),
    ],
    authors=["Lê Hoàng Yến"],
    opts={
        "printed": "20.11.26 12:15 CH",
        "utc": "2026-11-20T05:15:00.000Z",
        "tags": ["dinh-duong"],
        "post_id": "3120845000001152048",
    },
)

_N2_ROWS = [
    "STT | Khoản thu | Mức thu (đồng/tháng) | Ghi chú",
    "1 | Học phí lớp Nhà trẻ | 4.200.000 | Trẻ 18 – 36 tháng",
    "2 | Học phí lớp Mẫu giáo | 3.800.000 | Mầm, Chồi, Lá",
    "3 | Tiền ăn bán trú | 1.150.000 | 23 ngày × 50.000 đồng",
    "4 | Năng khiếu (Tiếng Anh, Aerobic) | 450.000 | Đăng ký tự nguyện",
]

N2 = Story(
    id=7,
    slug="thong-bao-thu-hoc-phi-va-cac-khoan-thu-thang-12-2026",
    title="Thông báo thu học phí và các khoản thu tháng 12/2026",
    cat="thong-bao-phu-huynh",
    published_at="2026-11-18T08:30:00+07:00",
    blocks=[
        P(
            "Văn phòng Trường Mầm non tư thục Ngôi Sao Nhỏ kính gửi Quý Phụ huynh thông báo các "
            "khoản thu tháng 12/2026 như sau:"
        ),
        P(_N2_ROWS[0], "th"),
        *[P(r, "tr") for r in _N2_ROWS[1:]],
        P("Thời gian thu: từ ngày 01/12/2026 đến hết ngày 10/12/2026."),
        P(
            "Hình thức nộp: nộp trực tiếp tại Văn phòng nhà trường (giờ hành chính) hoặc chuyển "
            "khoản vào tài khoản số 0041 000 268 686, Ngân hàng Vietcombank – Chi nhánh Đà Nẵng, chủ "
            "tài khoản Công ty TNHH Giáo dục Ngôi Sao Nhỏ. Nội dung chuyển khoản ghi rõ: Họ tên bé – "
            "Lớp – Học phí T12."
        ),
        P(
            "Theo quy định của nhà trường, trẻ nghỉ học có báo trước từ 3 ngày trở lên sẽ được hoàn "
            "lại tiền ăn vào tháng kế tiếp."
        ),
        Raw(
            '<p><span style="color:#e67e22;">Xem thêm:</span> <a href="/blogs/post/'
            'Thuc-Don-Tuan-4-Thang-11-2026" target="_blank">Thực đơn tuần 4 tháng 11/2026</a></p>'
            '<p>📎 Tệp đính kèm: <a href="/files/van-ban/Thong-bao-hoc-phi-T12-2026.pdf">'
            "Thong-bao-hoc-phi-T12-2026.pdf</a> (98 KB)</p>"
        ),
        _right("<em>Văn phòng nhà trường</em>"),
    ],
    authors=["Văn phòng nhà trường"],
    opts={
        "printed": "18.11.26 08:30 SA",
        "utc": "2026-11-18T01:30:00.000Z",
        "tags": ["phu-huynh"],
        "post_id": "3120845000001149012",
        "old_slug": "thong-bao-hoc-phi-thang-12",
    },
)

A4 = Story(
    id=8,
    slug="hoi-thi-be-khoe-be-ngoan-cap-truong-nam-hoc-2026-2027",
    title="Hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026 – 2027",
    cat="hoat-dong-cua-be",
    published_at="2026-11-13T10:00:00+07:00",
    blocks=[
        Img(
            "/files/Hoat%20dong%202026/hoi-thi-be-khoe-dong-dien.jpg",
            "Màn đồng diễn thể dục nhịp điệu của khối Lá",
            "Màn đồng diễn thể dục nhịp điệu của khối Lá",
            "zp-left",
        ),
        P(
            "Sáng ngày 12/11/2026, Trường Mầm non tư thục Ngôi Sao Nhỏ tổ chức Hội thi “Bé khỏe – Bé "
            "ngoan” cấp trường với sự tham gia của 96 vận động viên nhí đến từ 8 lớp Mầm, Chồi, Lá."
        ),
        P(
            "Hội thi gồm hai phần: phần thi đồng diễn thể dục nhịp điệu và phần thi vận động với các "
            "nội dung bật xa, ném bóng trúng đích, bò chui qua cổng và chạy tiếp sức."
        ),
        P(
            "Dù thời tiết se lạnh nhưng các bé vẫn thi đấu rất hăng say trong tiếng cổ vũ nhiệt tình "
            "của thầy cô và phụ huynh."
        ),
        Img(
            "/files/Hoat%20dong%202026/hoi-thi-be-khoe-trao-giai.jpg",
            "Ban Giám hiệu trao giải cho các đội đạt thành tích cao",
            "Ban Giám hiệu trao giải cho các đội đạt thành tích cao",
            "zp",
        ),
        P("Kết quả chung cuộc:", "b"),
        P("Giải Nhất: lớp Lá 2;", "li"),
        P("Giải Nhì: lớp Chồi 1;", "li"),
        P("Giải Ba: lớp Lá 1 và lớp Mầm 2;", "li"),
        P("Giải Khuyến khích: các lớp còn lại.", "li"),
        P(
            "Hội thi là dịp để trẻ rèn luyện thể lực, tinh thần đồng đội và sự tự tin, đồng thời góp "
            "phần thực hiện tốt chuyên đề “Giáo dục phát triển vận động cho trẻ mầm non” trong năm "
            "học."
        ),
        _right("<strong>Tin: Nguyễn Thảo Vy - Ảnh: Đỗ Minh Khang</strong>"),
    ],
    authors=["Nguyễn Thảo Vy"],
    photographers=["Đỗ Minh Khang"],
    opts={
        "printed": "13.11.26 10:00 SA",
        "updated": "15.11.26 03:12 CH",
        "utc": "2026-11-13T03:00:00.000Z",
        "tags": [],
        "post_id": "3120845000001140027",
        "nfd": True,
    },
)

A5_SLUG = "bé-làm-lính-cứu-hỏa-nhỏ"

A5 = Story(
    id=9,
    slug=A5_SLUG,
    title="Bé làm “Lính cứu hỏa nhỏ”: trải nghiệm kỹ năng phòng cháy, chữa cháy",
    cat="hoat-dong-cua-be",
    published_at="2026-11-05T14:00:00+07:00",
    summary=(
        "Nhằm trang bị cho trẻ những kỹ năng ban đầu khi gặp sự cố cháy nổ, sáng 04/11, nhà trường "
        "phối hợp với Đội Cảnh sát PCCC và CNCH khu vực Hải Châu tổ chức buổi trải nghiệm “Bé làm "
        "lính cứu hỏa nhỏ” cho trẻ khối Chồi và khối Lá."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại buổi trải nghiệm, các chú cảnh sát đã hướng dẫn trẻ nhận biết các nguồn gây cháy "
            "trong gia đình như bếp gas, ổ điện, bật lửa, nhang đèn và cách phòng tránh."
        ),
        P(
            "Các bé được thực hành kỹ năng thoát nạn: cúi thấp người, dùng khăn ướt che mũi miệng, di "
            "chuyển theo hướng dẫn của cô giáo đến nơi an toàn và gọi số điện thoại khẩn cấp 114."
        ),
        Img("/files/Hoat%20dong%202026/pccc-thoat-nan.jpg", "Ảnh: Đỗ Minh Khang", None, "zp"),
        P(
            "Đặc biệt, các bé vô cùng thích thú khi được ngồi lên xe cứu hỏa, đội mũ và cầm vòi phun "
            "nước như những người lính cứu hỏa thực thụ."
        ),
        Img("/files/Hoat%20dong%202026/pccc-xe-cuu-hoa.jpg", "Ảnh: Đỗ Minh Khang", None, "zp"),
        P(
            "Buổi trải nghiệm đã giúp trẻ hiểu rằng lửa rất nguy hiểm, không được nghịch lửa và biết "
            "cách tự bảo vệ bản thân khi có sự cố xảy ra."
        ),
    ],
    photographers=["Đỗ Minh Khang"],
    opts={
        "printed": "05.11.26 02:00 CH",
        "utc": "2026-11-05T07:00:00.000Z",
        "tags": ["trai-nghiem"],
        "post_id": "3120845000001131005",
    },
)

S2 = Story(
    id=10,
    slug="lam-gi-khi-be-bieng-an-loi-khuyen-tu-chuyen-gia",
    title="Làm gì khi bé biếng ăn? Lời khuyên từ chuyên gia dinh dưỡng",
    cat="goc-chia-se",
    published_at="2026-10-28T20:30:00+07:00",
    summary=(
        "Biếng ăn là tình trạng thường gặp ở trẻ từ 1 đến 6 tuổi, khiến không ít cha mẹ lo lắng. "
        "Tìm đúng nguyên nhân là bước đầu tiên để giúp con ăn ngon miệng hơn."
    ),
    blocks=[
        P(
            "Biếng ăn là tình trạng thường gặp ở trẻ từ 1 đến 6 tuổi, khiến không ít cha mẹ lo lắng. "
            "Tìm đúng nguyên nhân là bước đầu tiên để giúp con ăn ngon miệng hơn.",
            "lead",
        ),
        P(
            "Theo các chuyên gia dinh dưỡng, biếng ăn ở trẻ có thể chia thành biếng ăn sinh lý (khi "
            "trẻ mọc răng, tập đi, ốm vặt) và biếng ăn bệnh lý do rối loạn tiêu hóa, thiếu vi chất "
            "hoặc nhiễm giun sán."
        ),
        Img(
            "/files/Goc%20chia%20se/be-an-ngon-mieng.jpg",
            "Tạo không khí vui vẻ trong bữa ăn giúp trẻ ăn ngon miệng hơn",
            "Tạo không khí vui vẻ trong bữa ăn giúp trẻ ăn ngon miệng hơn",
            "zp",
        ),
        P("Một số lưu ý cho cha mẹ:", "b"),
        P("Không ép trẻ ăn, không cho trẻ vừa ăn vừa xem điện thoại, ti vi;", "li"),
        P("Cho trẻ ăn đúng giờ, mỗi bữa không kéo dài quá 30 phút;", "li"),
        P("Thay đổi món ăn, cách chế biến và trình bày bắt mắt;", "li"),
        P("Hạn chế cho trẻ ăn vặt, uống sữa ngay trước bữa chính;", "li"),
        P("Cho trẻ tham gia vận động ngoài trời để tiêu hao năng lượng.", "li"),
        P(
            "Nếu tình trạng biếng ăn kéo dài kèm theo sụt cân, chậm tăng chiều cao, cha mẹ nên đưa "
            "trẻ đến cơ sở y tế chuyên khoa dinh dưỡng để được thăm khám và tư vấn kịp thời."
        ),
        _right("<em>Theo Báo Sức khỏe &amp; Đời sống</em>"),
    ],
    source="Báo Sức khỏe & Đời sống",
    opts={
        "printed": "28.10.26 08:30 CH",
        "utc": "2026-10-28T13:30:00.000Z",
        "tags": ["dinh-duong"],
        "post_id": "3120845000001122031",
    },
)

A3 = Story(
    id=11,
    slug="be-yeu-tang-hoa-me-va-co-nhan-ngay-20-10",
    title="Bé yêu tặng hoa mẹ và cô nhân ngày Phụ nữ Việt Nam 20/10",
    cat="hoat-dong-cua-be",
    published_at="2026-10-20T15:10:00+07:00",
    blocks=[
        P(
            "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
            "20/10/2026), các lớp trong trường đã tổ chức nhiều hoạt động ý nghĩa để các bé bày tỏ "
            "tình cảm yêu thương dành cho bà, mẹ và cô giáo."
        ),
        Img(
            "/files/Hoat%20dong%202026/20-10-cam-hoa-mam1.jpg",
            "(Các bé lớp Mầm 1 tự tay cắm hoa tặng cô giáo)",
            "Các bé lớp Mầm 1 tự tay cắm hoa tặng cô giáo",
            "ed",
        ),
        P(
            "Từ những bông hoa giấy, thiệp tự làm đến những lời chúc còn bập bẹ, các bé đã mang đến "
            "cho mẹ và cô những món quà giản dị mà ấm áp."
        ),
        P(
            "Buổi chiều, phụ huynh được mời đến lớp cùng con tham gia tiết mục “Mẹ ơi, con yêu mẹ”. "
            "Nhiều mẹ không giấu được xúc động khi nghe con hát tặng mình bài hát “Bông hoa mừng cô” "
            "và “Cả nhà thương nhau”."
        ),
        Img(
            "/files/Hoat%20dong%202026/20-10-me-va-be.jpg",
            "(Khoảnh khắc xúc động của mẹ và bé trong buổi giao lưu)",
            "Khoảnh khắc xúc động của mẹ và bé trong buổi giao lưu",
            "ed",
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/thu-vien-anh/ngay-phu-nu-20-10-2026">Album ảnh '
            "Ngày Phụ nữ Việt Nam 20/10</a></p>"
        ),
        _right("<strong>Tin, ảnh: Tổ Chuyên môn</strong>"),
    ],
    authors=["Tổ Chuyên môn"],
    photographers=["Tổ Chuyên môn"],
    opts={
        "printed": "20.10.26 03:10 CH",
        "utc": "2026-10-20T08:10:00.000Z",
        "tags": [],
        "post_id": "3120845000001108016",
    },
)

N3 = Story(
    id=12,
    slug="thong-bao-lich-kham-suc-khoe-dinh-ky-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch khám sức khỏe định kỳ học kỳ I năm học 2026 – 2027",
    cat="thong-bao-phu-huynh",
    published_at="2026-10-12T07:45:00+07:00",
    blocks=[
        P(
            "Nhằm theo dõi sự phát triển thể chất và phát hiện sớm các vấn đề sức khỏe của trẻ, nhà "
            "trường phối hợp với Trạm Y tế phường Hòa Cường tổ chức khám sức khỏe định kỳ học kỳ I "
            "cho toàn bộ học sinh."
        ),
        P("Lịch khám cụ thể:"),
        P("Thứ Năm (15/10/2026): khối Nhà trẻ và khối Mầm;", "li"),
        P("Thứ Sáu (16/10/2026): khối Chồi và khối Lá.", "li"),
        P(
            "Nội dung khám gồm: cân đo chiều cao, cân nặng, khám răng miệng, tai mũi họng, mắt và "
            "khám nội khoa tổng quát."
        ),
        P(
            "Đề nghị Quý Phụ huynh cho trẻ đi học đúng giờ (trước 7 giờ 45) trong các ngày trên; "
            "trường hợp trẻ vắng mặt, nhà trường sẽ bố trí khám bổ sung vào tuần sau."
        ),
        _right("<strong>Ban Giám hiệu</strong>"),
    ],
    authors=["Ban Giám hiệu"],
    opts={
        "printed": "12.10.26 07:45 SA",
        "utc": "2026-10-12T00:45:00.000Z",
        "tags": [],
        "post_id": "3120845000001097002",
    },
)

_M3_ROWS = [
    "Bữa | Tuần lẻ | Tuần chẵn",
    "Bữa sáng | Cháo thịt bằm bí đỏ | Súp gà ngô non",
    "Bữa trưa | Cơm nát, trứng hấp thịt, canh rau dền | Cơm nát, cá hồi sốt cà, canh bí xanh",
    "Bữa phụ chiều | Sữa công thức, chuối nghiền | Váng sữa, đu đủ chín",
    "Bữa chiều | Cháo tôm rau ngót | Nui nấu thịt bò cà rốt",
]

M3 = Story(
    id=13,
    slug="thuc-don-thang-10-2026-nhom-nha-tre",
    title="Thực đơn tháng 10/2026 – Nhóm Nhà trẻ (18 – 36 tháng)",
    cat="thuc-don",
    published_at="2026-10-05T16:30:00+07:00",
    blocks=[
        P(
            "Thực đơn tháng 10/2026 của nhóm Nhà trẻ được áp dụng luân phiên theo tuần chẵn, tuần lẻ. "
            "Các món ăn được chế biến mềm, nhừ, phù hợp với khả năng nhai nuốt của trẻ dưới 3 tuổi."
        ),
        P(_M3_ROWS[0], "th"),
        *[P(r, "tr") for r in _M3_ROWS[1:]],
        Img(
            "/files/Thuc%20don/bua-trua-nha-tre.jpg",
            "Một bữa trưa của các bé nhóm Nhà trẻ",
            "Một bữa trưa của các bé nhóm Nhà trẻ",
            "zp",
        ),
        P(
            "Thực đơn có thể thay đổi tùy theo nguồn thực phẩm theo mùa; mọi điều chỉnh sẽ được thông "
            "báo trên bảng tin của lớp."
        ),
        _right("<strong>Bộ phận Dinh dưỡng</strong>"),
    ],
    authors=["Bộ phận Dinh dưỡng"],
    opts={
        "printed": "05.10.26 04:30 CH",
        "utc": "2026-10-05T09:30:00.000Z",
        "tags": [],
        "post_id": "3120845000001088041",
    },
)

#: newest first, as the blog lists them (by the post's own date, N1's 30.11 included)
POSTS: list[Story] = sorted(
    [A1, N1, M1, A2, M2, S1, N2, A4, A5, S2, A3, N3, M3], key=lambda s: s.opts["utc"], reverse=True
)


def post_path(story: Story) -> str:
    """The clean path of a post, percent-encoded as a browser sends it."""
    return "/blogs/post/" + quote(story.slug, safe="-")


def _href(story: Story) -> str:
    """The href the theme prints: the raw slug (Vietnamese letters unencoded)."""
    return "/blogs/post/" + story.slug


# --- small markup helpers -------------------------------------------------------------------


def _eid(seed: str) -> str:
    digest = hashlib.sha1(seed.encode("utf-8")).digest()
    return "elm_" + base64.urlsafe_b64encode(digest).decode("ascii")[:22]


def _t(story: Story | None, value: str) -> str:
    return text(value, nfd=bool(story and story.opts.get("nfd")))


def _raw(story: Story, value: str) -> str:
    return unicodedata.normalize("NFD", value) if story.opts.get("nfd") else value


def _strip_tags(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", markup)).strip()


def _elem(kind: str, seed: str, inner: str, extra_class: str = "") -> str:
    eid = _eid(seed)
    return (
        f'<div data-element-id="{eid}" data-element-type="{kind}" class="zpelement zpelem-{kind} '
        f'{extra_class}"><style> [data-element-id="{eid}"].zpelem-{kind}{{ border-radius:1px; }} '
        f"</style>{inner}</div>"
    )


def _img_element(story: Story, img: Img, n: int) -> str:
    lazy = _LAZY_SVG if n % 2 else _SPACER
    caption = ""
    if img.printed:
        caption = (
            '<figcaption class="zpimage-caption zpimage-caption-align-center">'
            f'<span class="zpimage-caption-content">{_t(story, img.printed)}</span></figcaption>'
        )
    inner = (
        '<div data-caption-color="" data-size-tablet="" data-size-mobile="" data-align="center" '
        'data-tablet-image-separate="false" data-mobile-image-separate="false" '
        'class="zpimage-container zpimage-align-center zpimage-size-medium '
        'zpimage-tablet-fallback-medium zpimage-mobile-fallback-fit hb-lightbox " '
        'data-lightbox-options="type:fullscreen"><figure role="none" class="zpimage-data-ref">'
        '<span class="zpimage-anchor" role="link" tabindex="0" aria-label="Open Lightbox" '
        'style="cursor:pointer;"><picture>'
        f'<img class="zpimage zpimage-style-none zpimage-space-none zs-lazy" src="{lazy}" '
        f'data-src="{img.src}" width="540" height="360" size="medium" alt="" '
        'data-lightbox="true"/></picture></span>'
        f"{caption}</figure></div>"
    )
    return _elem("image", f"{story.slug}-img-{n}", inner)


class _Run:
    """One zpelem-text element: consecutive text blocks of a post."""

    def __init__(self, story: Story, seed: str):
        self.story = story
        self.seed = seed
        self.parts: list[str] = []
        self.group: str | None = None  # ul / table / br / mso

    def close_group(self) -> None:
        if self.group == "ul":
            self.parts.append("</ul>")
        elif self.group == "table":
            self.parts.append("</tbody></table>")
        elif self.group == "br":
            self.parts.append("</p>")
        self.group = None

    def add(self, block: P | Img | Raw) -> None:
        st = self.story
        if isinstance(block, Raw):
            self.close_group()
            self.parts.append(block.html)
            return
        if isinstance(block, Img):  # an editor image inside the text
            self.close_group()
            self.parts.append(
                f'<p style="text-align:center;"><img src="{block.src}" alt="" '
                'style="width:540px;max-width:100%;height:auto;"></p>'
            )
            if block.printed:
                self.parts.append(
                    '<p style="text-align:center;"><span style="font-size:13px;color:#666;">'
                    f"<em>{_t(st, block.printed)}</em></span></p>"
                )
            return
        style, body = block.style, _t(st, block.text)
        if style == "li":
            if self.group != "ul":
                self.close_group()
                self.parts.append('<ul style="padding-left:30px;">')
                self.group = "ul"
            self.parts.append(f"<li>{body}</li>")
            return
        if style in ("th", "tr"):
            if self.group != "table":
                self.close_group()
                self.parts.append(
                    '<table class="zptable" border="1" cellpadding="6" '
                    'style="border-collapse:collapse;width:100%;"><tbody>'
                )
                self.group = "table"
            cells = block.text.split(" | ")
            if style == "th":
                row = "".join(
                    f'<td style="background:#fde9d9;text-align:center;"><strong>{_t(st, c)}'
                    "</strong></td>"
                    for c in cells
                )
            else:
                row = "".join(f"<td>{_t(st, c)}</td>" for c in cells)
            self.parts.append(f"<tr>{row}</tr>")
            return
        if style in ("br1", _FB, "br"):
            if style == "br1" or self.group != "br":
                self.close_group()
                self.parts.append('<p dir="auto">')
                self.group = "br"
            else:
                self.parts.append("<br>")
            if style == _FB:
                self.parts.append(
                    f'<span><img height="16" width="16" alt="👉" referrerpolicy="origin-when-cross-origin" '
                    f'src="{_FB_POINT}"></span> '
                )
            self.parts.append(body)
            return
        self.close_group()
        if style == "lead":
            self.parts.append(f'<p style="text-align:justify;"><strong>{body}</strong></p>')
        elif style == "div":
            self.parts.append(f'<div dir="auto">{body}</div>')
        elif style == "h3":
            self.parts.append(
                f'<h3 style="font-size:18px;color:#d35400;"><span>{body}</span></h3>'
            )
        elif style == "b":
            self.parts.append(f"<p><strong>{body}</strong></p>")
        elif style == "pt":
            head, sep, rest = body.partition(": ")
            if not sep:
                head, rest = body.removesuffix(":"), ""
            self.parts.append(
                f'<p style="text-indent:30px;text-align:justify;"><strong>{head}:</strong> {rest}</p>'
            )
        elif style == "kg":
            self.parts.append(f'<p style="text-align:center;"><em>{body}</em></p>')
        elif style == "q":
            self.parts.append(f'<blockquote style="border-left:3px solid #f39c12;"><em>{body}</em></blockquote>')
        elif style == "mso":
            self.parts.append(
                '<p class="MsoListParagraph" style="margin-left:36pt;text-indent:-18pt;'
                'mso-list:l0 level1 lfo1"><span style="font-family:Symbol;"><span '
                'style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
                f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>{body}</p>"
            )
        elif style == "ref":
            self.parts.append(f'<p style="font-size:13px;text-align:justify;">{body}</p>')
        else:
            self.parts.append(
                '<p style="text-align:justify;"><span style="font-size:16px;">'
                f"{body.replace(', ', ',&nbsp;', 1)}</span></p>"
            )

    def html(self) -> str:
        self.close_group()
        if not self.parts:
            return ""
        inner = (
            '<div class="zptext zptext-align-left " data-editor="true">'
            + "".join(self.parts)
            + '<p><br></p></div>'
        )
        return _elem("text", self.seed, inner)


def _row(seed: str, columns: list[tuple[str, str]]) -> str:
    cols = "".join(
        f'<div data-element-id="{_eid(seed + "c" + str(i))}" data-element-type="column" '
        f'class="zpelem-col zpcol-12 {width} zpcol-sm-12 zpalign-self- zpdefault-section '
        f'zpdefault-section-bg "><style type="text/css"></style>{inner}</div>'
        for i, (width, inner) in enumerate(columns)
    )
    return (
        f'<div data-element-id="{_eid(seed)}" data-element-type="row" class="zprow '
        f'zpalign-items- zpjustify-content- " data-equal-column=""><style type="text/css">'
        f"</style>{cols}</div>"
    )


def render_content(story: Story) -> str:
    """The post's content: one section of rows of Zoho elements."""
    rows: list[str] = []
    current: list[str] = []
    run = _Run(story, f"{story.slug}-t0")
    n_img = 0
    n_run = 0
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Img) and block.style in ("zp", "zp-left"):
            if run.parts:
                current.append(run.html())
            n_run += 1
            run = _Run(story, f"{story.slug}-t{n_run}")
            if block.style == "zp-left":
                # picture in a narrow left column, the text that follows in the right one
                if current:
                    rows.append(_row(f"{story.slug}-r{len(rows)}", [("zpcol-md-12", "".join(current))]))
                    current = []
                side = _Run(story, f"{story.slug}-side")
                i += 1
                while i < len(blocks) and not isinstance(blocks[i], Img):
                    side.add(blocks[i])
                    i += 1
                rows.append(
                    _row(
                        f"{story.slug}-r{len(rows)}",
                        [("zpcol-md-5", _img_element(story, block, n_img)), ("zpcol-md-7", side.html())],
                    )
                )
                n_img += 1
                continue
            current.append(_img_element(story, block, n_img))
            n_img += 1
        else:
            run.add(block)
        i += 1
    if run.parts:
        current.append(run.html())
    if current:
        rows.append(_row(f"{story.slug}-r{len(rows)}", [("zpcol-md-12", "".join(current))]))
    return (
        f'<div data-element-id="{_eid(story.slug + "-sec")}" data-element-type="section" '
        'class="zpsection zpdefault-section zpdefault-section-bg "><style type="text/css">'
        '</style><div class="zpcontainer">' + "".join(rows) + "</div></div>"
    )


_EXCERPTS: dict[str, str] = {}


def excerpt(story: Story) -> str:
    """Zoho's auto excerpt: the first ~170 characters of the content's text."""
    if story.slug not in _EXCERPTS:
        plain = _strip_tags(render_content(story))
        plain = re.sub(r"&nbsp;", " ", plain)
        plain = unicodedata.normalize("NFC", plain).replace("&amp;", "&")
        cut = plain[:170].rsplit(" ", 1)[0]
        _EXCERPTS[story.slug] = cut + "..."
    return _EXCERPTS[story.slug]


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu",
        "Giới thiệu",
        [("/gioi-thieu", "Về chúng tôi"), ("/chuong-trinh-hoc", "Chương trình học"),
         ("/gioi-thieu#doi-ngu", "Đội ngũ giáo viên")],
    ),
    ("/blogs", "Tin tức", [(f"/blogs/category/{k}", v) for k, v in CATEGORIES.items()]),
    ("/thu-vien-anh", "Thư viện", [("/thu-vien-anh", "Album ảnh"), ("/video-hoat-dong", "Video")]),
    ("/tuyen-sinh-2027", "Tuyển sinh", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu(active: str, mobile: bool = False) -> str:
    items = []
    for href, label, subs in _MENU:
        cls = "theme-menu-item" + (" theme-menu-selected" if href == active else "")
        sub = ""
        if subs:
            cls += " theme-menu-has-child"
            sub = '<ul class="theme-sub-menu" data-zs-submenu-container>' + "".join(
                f'<li class="theme-sub-li-menu"><a href="{h}" target="_self" '
                f'class="theme-sub-menu-anchor"><span class="theme-menu-name">{esc(t)}</span></a></li>'
                for h, t in subs
            ) + "</ul>"
        arrow = '<span class="theme-sub-menu-icon zpicon-arrow-down"></span>' if subs else ""
        items.append(
            f'<li class="{cls}"><a href="{href}" target="_self" class="theme-menu-anchor">'
            f'<span class="theme-menu-name">{esc(label)}</span>{arrow}</a>{sub}</li>'
        )
    if mobile:
        return (
            '<div class="theme-responsive-menu-container" data-zp-burger-clickable-area '
            'style="display:none;"><ul class="theme-responsive-menu">' + "".join(items) + "</ul></div>"
        )
    return (
        '<nav data-zs-menu-container class="theme-menu-area" data-nav-menu-id="nav_3120845000000002017">'
        '<ul class="theme-menu" data-zp-theme-menu="id: mainMenu; type: hover; maxitem: 6;">'
        + "".join(items)
        + "</ul></nav>"
    )


def _header(active: str) -> str:
    return f"""
<div class="zpheader-style-01 theme-header-topbar" data-zs-topbar>
 <div class="zpcontainer theme-topbar-container">
  <div class="theme-topbar-info">
   <span class="theme-topbar-date"><span class="zpicon zpicon-calendar"></span> {TODAY_LINE}</span>
   <span class="theme-topbar-phone"><a href="tel:0905123468">Hotline: 0905 123 468</a></span>
   <span class="theme-topbar-mail"><a href="mailto:lienhe@ngoisaonho.edu.vn">lienhe@ngoisaonho.edu.vn</a></span>
  </div>
  <div class="theme-social-links">
   <a href="https://www.facebook.com/mamnonngoisaonho.danang" target="_blank" rel="noopener" aria-label="Facebook"><span class="zpicon zpicon-facebook"></span></a>
   <a href="https://www.youtube.com/@mamnonngoisaonho" target="_blank" rel="noopener" aria-label="YouTube"><span class="zpicon zpicon-youtube"></span></a>
   <a href="https://zalo.me/0905123468" target="_blank" rel="noopener">Zalo</a>
  </div>
 </div>
</div>
<header data-header="theme-header" class="theme-header" data-dropdown-type="hover" data-columns-count="2">
 <div class="zpcontainer theme-header-container">
  <div class="theme-branding-info" data-zs-branding>
   <a href="/" class="theme-logo-anchor"><img class="theme-logo" src="/files/logo-ngoi-sao-nho.png" alt="{esc(SCHOOL)}" width="84" height="84"></a>
   <div class="theme-site-title-block">
    <h1 class="theme-site-name"><a href="/">{esc(SCHOOL)}</a></h1>
    <p class="theme-site-tagline">Yêu thương – Tôn trọng – Sáng tạo</p>
   </div>
  </div>
  <div class="theme-navigation-and-icons">
   {_menu(active)}
   <div class="theme-search-icon" data-zs-search-icon><a href="javascript:;" aria-label="Tìm kiếm"><span class="zpicon zpicon-search"></span></a></div>
   <div class="theme-burger-icon" data-zp-theme-burger-icon="mainMenu"><span></span><span></span><span></span></div>
  </div>
 </div>
 {_menu(active, mobile=True)}
</header>"""


_FOOTER = f"""
<footer data-footer="theme-footer" class="theme-footer-area zpdark-section">
 <div data-element-type="section" class="zpsection zpdark-section zpdark-section-bg">
 <div class="zpcontainer"><div data-element-type="row" class="zprow zpalign-items-flex-start zpjustify-content-flex-start">
  <div data-element-type="column" class="zpelem-col zpcol-12 zpcol-md-5 zpcol-sm-12">
   <div data-element-type="heading" class="zpelement zpelem-heading"><h4 class="zpheading zpheading-align-left" data-editor="true">{esc(SCHOOL).upper()}</h4></div>
   <div data-element-type="text" class="zpelement zpelem-text"><div class="zptext zptext-align-left" data-editor="true">
    <p>Đơn vị chủ quản: Công ty TNHH Giáo dục Ngôi Sao Nhỏ</p>
    <p>📍 Địa chỉ: Số 27 Nguyễn Hữu Thọ, phường Hòa Cường, TP. Đà Nẵng</p>
    <p>☎ Điện thoại: 0236 3 626 789 – Hotline: 0905 123 468</p>
    <p>✉ Email: <a href="mailto:lienhe@ngoisaonho.edu.vn">lienhe@ngoisaonho.edu.vn</a></p>
    <p>Giờ đón trẻ: 6h45 – 17h30 (Thứ Hai – Thứ Sáu), 6h45 – 11h00 (Thứ Bảy)</p>
   </div></div>
  </div>
  <div data-element-type="column" class="zpelem-col zpcol-12 zpcol-md-3 zpcol-sm-12">
   <div data-element-type="heading" class="zpelement zpelem-heading"><h4 class="zpheading zpheading-align-left" data-editor="true">Liên kết</h4></div>
   <div data-element-type="text" class="zpelement zpelem-text"><div class="zptext zptext-align-left" data-editor="true">
    <p><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></p>
    <p><a href="https://danang.edu.vn" target="_blank">Sở GD&amp;ĐT TP. Đà Nẵng</a></p>
    <p><a href="https://dichvucong.gov.vn" target="_blank">Cổng Dịch vụ công quốc gia</a></p>
    <p><a href="/lien-he">Góp ý – Liên hệ</a></p>
   </div></div>
  </div>
  <div data-element-type="column" class="zpelem-col zpcol-12 zpcol-md-4 zpcol-sm-12">
   <div data-element-type="heading" class="zpelement zpelem-heading"><h4 class="zpheading zpheading-align-left" data-editor="true">Fanpage</h4></div>
   <div data-element-type="iframe" class="zpelement zpelem-iframe"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fmamnonngoisaonho.danang&amp;tabs&amp;width=300&amp;height=130" width="300" height="130" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe></div>
  </div>
 </div></div></div>
 <div class="theme-footer-copyright"><div class="zpcontainer"><p>© 2026 {esc(SCHOOL)}. Bảo lưu mọi quyền. | Website được xây dựng trên <a href="https://www.zoho.com/sites/" target="_blank" rel="nofollow">Zoho Sites</a></p></div></div>
</footer>"""


def _page(
    request: Request,
    *,
    title: str,
    canonical: str,
    main: str,
    active: str = "",
    description: str = "",
    og_type: str = "website",
    og_image: str | None = None,
    og_title: str | None = None,
    jsonld: str = "",
    app: str = "page",
    extra_head: str = "",
) -> Response:
    base = base_url(request)
    og_img = f'<meta property="og:image" content="{base}{og_image}">' if og_image else ""
    head = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Zoho Sites">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<link rel="canonical" href="{base}{canonical}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(og_title or title)}">
<meta property="og:description" content="{esc(description)}">
<meta property="og:url" content="{base}{canonical}">
<meta property="og:site_name" content="{esc(SHORT)}">
{og_img}
<link rel="alternate" type="application/rss+xml" title="Tin tức - {esc(SHORT)}" href="/blogs/feed">
<link rel="shortcut icon" href="/favicon.png">
<link rel="preconnect" href="//img.zohostatic.com">
<link rel="stylesheet" type="text/css" href="/template/8c5a1f0d2e7b/css/zp-theme-core.css">
<link rel="stylesheet" type="text/css" href="/zs-customcss.css">
<style id="zs-customcss-inline">.theme-topbar-date{{font-weight:600}} .zpblogpost-heading{{color:#c0392b}}</style>
<script>window.zs_content_format=0;window.zs_resource_url='{canonical}';window.zs_site_type=0;window.zs_app='{app}';</script>
<script src="/js/zs-site-core.js" defer></script>
{jsonld}
{extra_head}
</head>
<body data-zs-home="{'true' if canonical == '/' else 'false'}" data-zs-subsiteid="" data-zs-display-mode="default">
<div class="theme-container" data-zs-app="{app}">
{_header(active)}
<div data-theme-content-container class="theme-content-container">
{main}
</div>
{_FOOTER}
</div>
<script>(function(){{var l=document.querySelectorAll('img.zs-lazy');for(var i=0;i<l.length;i++){{l[i].src=l[i].getAttribute('data-src');}}}})();</script>
</body>
</html>"""
    return html(head)


def _sidebar(current_cat: str | None = None) -> str:
    selected = ' class="zpblog-cat-selected"'
    cats = "".join(
        f"<li{selected if k == current_cat else ''}>"
        f'<a href="/blogs/category/{k}">{esc(v)}</a> <span class="zpblog-cat-count">'
        f"({sum(1 for s in POSTS if s.cat == k)})</span></li>"
        for k, v in CATEGORIES.items()
    )
    recent = "".join(
        f'<li class="zpblog-recent-item"><a href="{_href(s)}"><img class="zs-lazy" src="{_SPACER}" '
        f'data-src="{s.images[0].src if s.images else "/files/thumb-mac-dinh.png"}" width="60" '
        f'height="45" alt=""></a><div><a href="{_href(s)}">{_t(s, s.title)}</a>'
        f'<span class="zpblog-recent-date">{s.opts["printed"][:8]}</span></div></li>'
        for s in POSTS[:4]
    )
    tags = " ".join(
        f'<a class="zpblog-tag" href="/blogs/tag/{k}">{esc(v)}</a>' for k, v in TAGS.items()
    )
    return f"""
<aside class="theme-blogs-sidebar zpcol-md-3" data-zs-blog-sidebar>
 <div class="zpblog-widget zpblog-widget-search"><form action="/search" method="get" class="zpsearch-form" role="search">
  <input type="text" name="q" placeholder="Tìm kiếm bài viết..." aria-label="Tìm kiếm"><button type="submit" class="zpbutton">Tìm</button></form></div>
 <div class="zpblog-widget"><h4 class="zpblog-widget-title">Chuyên mục</h4><ul class="zpblog-category-list">{cats}</ul></div>
 <div class="zpblog-widget"><h4 class="zpblog-widget-title">Bài viết mới</h4><ul class="zpblog-recent-list">{recent}</ul></div>
 <div class="zpblog-widget"><h4 class="zpblog-widget-title">Thẻ</h4><div class="zpblog-tag-cloud">{tags}</div></div>
 <div class="zpblog-widget zs-ttnb" style="background:#fff7e6;border:1px dashed #f39c12;padding:10px;">
  <h4 class="zpblog-widget-title">🔔 Thông báo</h4>
  <p>Nhà trường nghỉ Tết Dương lịch 2027 từ ngày 01/01/2027 đến hết ngày 03/01/2027. Trẻ đi học lại vào Thứ Hai, 04/01/2027.</p>
 </div>
 <div class="zpblog-widget"><h4 class="zpblog-widget-title">Ý kiến phụ huynh</h4>
  <p>Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của bé?</p>
  <iframe src="https://forms.zohopublic.com/ngoisaonho/form/KhaoSatBanTru/formperma/q8Xk2LmZpR4vT0aYbN3cWd" width="100%" height="260" frameborder="0" title="Khảo sát bán trú"></iframe>
 </div>
 <div class="zpblog-widget" id="zs-counter"><h4 class="zpblog-widget-title">Thống kê truy cập</h4>
  <table class="zs-cnt"><tr><td>Đang online:</td><td>7</td></tr><tr><td>Hôm nay:</td><td>184</td></tr>
  <tr><td>Tháng này:</td><td>1.026</td></tr><tr><td>Tổng truy cập:</td><td>215.906</td></tr></table>
 </div>
</aside>"""


def _breadcrumb(*crumbs: tuple[str | None, str]) -> str:
    parts = []
    for href, label in crumbs:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="theme-breadcrumb zs-bc">' + ' <span class="zs-bc-sep">›</span> '.join(parts) + "</div>"


def _banner(title: str) -> str:
    return (
        '<div data-element-type="section" class="zpsection zpbanner-section theme-page-banner" '
        'style="background-image:url(/files/banner-trang-trong.jpg);background-size:cover;">'
        f'<div class="zpcontainer"><h2 class="theme-page-banner-title">{esc(title)}</h2></div></div>'
    )


# --- blog pages -----------------------------------------------------------------------------


def _card(story: Story, base: str = "") -> str:
    thumb = story.images[0].src if story.images else "/files/thumb-mac-dinh.png"
    return f"""
<div class="zpblog-post-item" data-post-id="{story.opts['post_id']}">
 <div class="zpblog-post-thumbnail"><a href="{_href(story)}"><img class="zs-lazy" src="{_SPACER}" data-src="{thumb}" width="300" height="200" alt=""></a></div>
 <div class="zpblog-post-info">
  <h3 class="zpblog-post-name"><a href="{_href(story)}">{_t(story, story.title)}</a></h3>
  <div class="zpblog-post-metainfo"><span class="zpblog-post-author">{esc(ACCOUNT)}</span> · <span class="zpblog-post-date">{story.opts['printed'][:8]}</span> · <a href="/blogs/category/{story.cat}">{esc(CATEGORIES[story.cat])}</a></div>
  <p class="zpblog-post-summary">{esc(excerpt(story))}</p>
  <a class="zpblog-readmore zpbutton zpbutton-type-link" href="{_href(story)}">Đọc tiếp »</a>
 </div>
</div>"""


def _pager(page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    newer = f'<a class="zpblog-newer" href="?page={page - 1}">« Bài mới hơn</a>' if page > 1 else ""
    older = f'<a class="zpblog-older" href="?page={page + 1}">Bài cũ hơn »</a>' if page < pages else ""
    return (
        f'<div class="zpblog-pagination" data-zs-pagination>{newer} <span class="zpblog-page-info">'
        f"Trang {page} / {pages}</span> {older}</div>"
    )


def _listing(request: Request, posts: list[Story], *, heading: str, canonical: str,
             crumbs: list[tuple[str | None, str]], current_cat: str | None = None,
             pinned: bool = False) -> Response | None:
    params = request.params
    if set(params) - {"page"}:
        return None
    raw = params.get("page", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    pin = ""
    if pinned:
        pin = (
            '<div class="zpblog-pinned" style="border:2px solid #f39c12;padding:8px;">'
            f'<span>📌 Tin nổi bật:</span> <a href="{_href(N1)}">{esc(N1.title)}</a></div>'
        )
    main = f"""
{_banner(heading)}
<div class="zpcontainer">{_breadcrumb(*crumbs)}
<div class="theme-content-area theme-blogs-container zprow">
 <div class="theme-blogs-area zpcol-md-9" data-zs-blog-list>
  {pin}
  <div class="zpblogs-list-container" data-zs-bloglist>{''.join(_card(s) for s in chunk)}</div>
  {_pager(page, pages)}
 </div>
 {_sidebar(current_cat)}
</div></div>"""
    title = heading + (f" - Trang {page}" if page > 1 else "") + f" | {SHORT}"
    canon = canonical + (f"?page={page}" if page > 1 else "")
    return _page(request, title=title, canonical=canon, main=main, active="/blogs",
                 description=f"{heading} - {SCHOOL}", app="blog")


def _jsonld(request: Request, story: Story) -> str:
    base = base_url(request)
    image = f'"{base}{story.images[0].src}"' if story.images else "null"
    headline = story.title.replace('"', '\\"')
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
        f'"headline":"{headline}","datePublished":"{story.opts["utc"]}",'
        f'"author":{{"@type":"Person","name":"{ACCOUNT}"}},"image":{image},'
        f'"publisher":{{"@type":"Organization","name":"{SCHOOL}"}},'
        f'"mainEntityOfPage":"{base}{post_path(story)}"}}</script>'
    )


_COMMENTS_P1 = [
    ("Mẹ bé Su Su (Lá 1)", "04.12.26 07:12 CH", "Bé nhà em về khoe suốt, cả nhà được ăn bánh con làm. Cảm ơn các cô nhiều ạ!"),
    ("Ba bé Tôm", "04.12.26 08:40 CH", "Hoạt động ý nghĩa quá, mong trường tổ chức thêm nhiều buổi như vậy."),
    ("Bà ngoại bé Minh Khôi", "05.12.26 06:55 SA", "Nhìn ảnh các cháu làm bánh vui quá. Cảm ơn cô Trâm, cô Quyên."),
]
_COMMENTS_P2 = [
    ("Mẹ bé Na", "04.12.26 05:03 CH", "Cô ơi cho em xin công thức bánh quy để cuối tuần làm cùng con với ạ."),
    ("Ngôi Sao Nhỏ Admin", "04.12.26 05:30 CH", "Dạ nhà trường sẽ gửi công thức qua nhóm Zalo của lớp ạ."),
]


def _comments(story: Story, cpage: int) -> str:
    if story is not A1:
        return (
            '<div class="zpblog-comments-container" id="zpcomments"><h4>0 Bình luận</h4>'
            f"{_comment_form(story)}</div>"
        )
    items = _COMMENTS_P1 if cpage == 1 else _COMMENTS_P2
    lis = "".join(
        f'<li class="zpblog-comment"><div class="zpblog-comment-author"><img src="/files/avatar-mac-dinh.png" '
        f'width="32" height="32" alt=""> {esc(n)}</div><div class="zpblog-comment-date">{d}</div>'
        f'<div class="zpblog-comment-content"><p>{esc(c)}</p></div></li>'
        for n, d, c in items
    )
    nav = (
        f'<a class="zpblog-comments-older" href="{_href(story)}?cpage=2">Xem bình luận cũ hơn</a>'
        if cpage == 1
        else f'<a class="zpblog-comments-newer" href="{_href(story)}">Xem bình luận mới hơn</a>'
    )
    return (
        '<div class="zpblog-comments-container" id="zpcomments"><h4>5 Bình luận</h4>'
        f'<ul class="zpblog-comment-list">{lis}</ul>{nav}{_comment_form(story)}</div>'
    )


def _comment_form(story: Story) -> str:
    return (
        '<form class="zpblog-comment-form" method="post" action="/zs-blog/comments/add">'
        f'<input type="hidden" name="post_id" value="{story.opts["post_id"]}">'
        '<h5>Để lại bình luận</h5><input type="text" name="name" placeholder="Họ tên *">'
        '<input type="email" name="email" placeholder="Email *"><textarea name="comment" '
        'placeholder="Nội dung bình luận"></textarea><button type="submit" class="zpbutton">Gửi '
        "bình luận</button></form>"
    )


def _post_page(request: Request, story: Story, cpage: int = 1) -> Response:
    cat_name = CATEGORIES[story.cat]
    meta_bits = [
        f'<span class="zpblogpost-author-name"><img class="zpblogpost-author-pic" '
        f'src="/files/avatar-admin.png" width="28" height="28" alt=""> {esc(ACCOUNT)}</span>',
        f'<span class="zpblogpost-date"><span class="zpicon zpicon-clock"></span> {story.opts["printed"]}</span>',
        f'<span class="zpblogpost-category">Trong <a href="/blogs/category/{story.cat}">{esc(cat_name)}</a></span>',
        f'<span class="zpblogpost-comment-count"><a href="#zpcomments">{5 if story is A1 else 0} Bình luận</a></span>',
    ]
    if story.opts.get("updated"):
        meta_bits.append(
            f'<span class="zpblogpost-updated">Cập nhật: {story.opts["updated"]}</span>'
        )
    sapo = ""
    if story.sapo_outside:
        sapo = (
            '<div class="zpblogpost-excerpt-box" style="font-style:italic;font-weight:600;'
            f'border-left:4px solid #f39c12;padding-left:12px;">{_t(story, story.summary or "")}</div>'
        )
    button = ""
    if story.opts.get("button"):
        href, label = story.opts["button"]
        button = _elem(
            "button",
            story.slug + "-btn",
            '<div class="zpbutton-container zpbutton-align-left"><a class="zpbutton-wrapper '
            'zpbutton zpbutton-type-primary zpbutton-size-md zpbutton-style-roundcorner " '
            f'href="{href}" target="_blank"><span class="zpbutton-content">📄 {esc(label)}</span></a></div>',
        )
    tags = story.opts.get("tags") or []
    tag_html = ""
    if tags:
        tag_html = '<div class="zpblogpost-tags"><span>Thẻ:</span> ' + ", ".join(
            f'<a href="/blogs/tag/{t}">{esc(TAGS[t])}</a>' for t in tags
        ) + "</div>"
    related = [s for s in POSTS if s.cat == story.cat and s is not story][:3]
    rel_html = "".join(
        f'<div class="zpblog-related-item zpcol-md-4"><a href="{_href(s)}"><img class="zs-lazy" '
        f'src="{_SPACER}" data-src="{s.images[0].src if s.images else "/files/thumb-mac-dinh.png"}" '
        f'width="240" height="160" alt=""></a><h4><a href="{_href(s)}">{_t(s, s.title)}</a></h4>'
        f"<p>{esc(excerpt(s))}</p></div>"
        for s in related
    )
    share_url = quote(base_url(request) + post_path(story), safe="")
    main = f"""
<div class="zpcontainer">
{_breadcrumb(("/", "Trang chủ"), ("/blogs", "Tin tức"), (f"/blogs/category/{story.cat}", cat_name))}
<div class="theme-content-area theme-blogs-container zprow">
 <div class="theme-blogs-area zpcol-md-9">
 <div class="zpcontent-container blogpost-container" data-blogpost-id="{story.opts['post_id']}">
  <div class="zpblogpost-heading-area">
   <h2 class="zpblogpost-heading" data-zs-blog-title>{_t(story, story.title)}</h2>
   <div class="zpblogpost-meta-info">{' <span class="zs-dot">·</span> '.join(meta_bits)}</div>
  </div>
  {sapo}
  {render_content(story)}
  {button}
  {tag_html}
  <div class="zpblogpost-share" data-zs-share>
   <span>Chia sẻ:</span>
   <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener"><img src="/files/icons/share-fb.png" width="24" height="24" alt="Facebook"></a>
   <a href="https://sp.zalo.me/share_inline?url={share_url}" target="_blank" rel="noopener"><img src="/files/icons/share-zalo.png" width="24" height="24" alt="Zalo"></a>
   <a href="https://twitter.com/intent/tweet?url={share_url}" target="_blank" rel="noopener"><img src="/files/icons/share-x.png" width="24" height="24" alt="X"></a>
   <a href="javascript:window.print();" class="zs-print"><span class="zpicon zpicon-print"></span> In bài</a>
  </div>
  <div class="zpblogpost-author-box">
   <img src="/files/avatar-admin.png" width="64" height="64" alt="">
   <div><h5>Về tác giả: {esc(ACCOUNT)}</h5>
   <p>Trang tin chính thức của {esc(SCHOOL)}. Cập nhật hoạt động của bé, thông báo của nhà trường và thực đơn bán trú hằng tuần gửi đến Quý Phụ huynh.</p></div>
  </div>
 </div>
 <div class="zpblog-related-posts"><h3 class="zpblog-related-title">Bài viết liên quan</h3><div class="zprow">{rel_html}</div></div>
 {_comments(story, cpage)}
 </div>
 {_sidebar(story.cat)}
</div></div>"""
    og_image = story.images[0].src if story.images else "/files/logo-ngoi-sao-nho.png"
    return _page(
        request,
        title=f"{_raw(story, story.title)} | {SHORT}",
        og_title=story.title,
        canonical=post_path(story),
        main=main,
        active="/blogs",
        description=excerpt(story),
        og_type="article",
        og_image=og_image,
        jsonld=_jsonld(request, story),
        app="blog",
        extra_head=f'<meta property="article:published_time" content="{story.opts["utc"]}">',
    )


_POST_PARAMS = {"utm_source", "utm_medium", "utm_campaign", "fbclid", "cpage"}


def _find_post(raw_slug: str) -> Story | None:
    slug = unicodedata.normalize("NFC", unquote(raw_slug)).lower()
    for story in POSTS:
        if story.slug.lower() == slug:
            return story
    return None


# --- Zoho pages (not articles) --------------------------------------------------------------


def _zp_page(request: Request, path: str, title: str, sections: str, active: str, crumb: str) -> Response:
    main = f"""
{_banner(title)}
<div class="zpcontainer">{_breadcrumb(("/", "Trang chủ"), (None, crumb))}</div>
{sections}"""
    return _page(request, title=f"{title} | {SHORT}", canonical=path, main=main, active=active,
                 description=f"{title} - {SCHOOL}")


def _section(seed: str, inner: str, cols: str = "zpcol-md-12") -> str:
    return (
        f'<div data-element-id="{_eid(seed)}" data-element-type="section" class="zpsection '
        'zpdefault-section zpdefault-section-bg "><div class="zpcontainer">'
        + _row(seed + "-r", [(cols, inner)])
        + "</div></div>"
    )


def _txt(seed: str, paragraphs: list[str]) -> str:
    return _elem(
        "text",
        seed,
        '<div class="zptext zptext-align-left " data-editor="true">'
        + "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        + "</div>",
    )


def _heading(seed: str, value: str, tag: str = "h2") -> str:
    return _elem(
        "heading",
        seed,
        f'<{tag} class="zpheading zpheading-style-none zpheading-align-left " data-editor="true">'
        f"{esc(value)}</{tag}>",
    )


def _intro(request: Request) -> Response:
    body = _section(
        "gt1",
        _heading("gt1h", "Về chúng tôi")
        + _txt(
            "gt1t",
            [
                "Trường Mầm non tư thục Ngôi Sao Nhỏ được thành lập năm 2015 theo Quyết định của "
                "UBND quận Hải Châu (nay là UBND phường Hòa Cường), hiện có 12 nhóm, lớp với gần 300 "
                "trẻ từ 18 tháng đến 6 tuổi.",
                "Với khuôn viên hơn 2.000 m², nhiều cây xanh, sân chơi cỏ nhân tạo, hồ bơi mini, phòng "
                "âm nhạc, phòng STEAM và bếp ăn một chiều đạt chuẩn, nhà trường mang đến cho trẻ môi "
                "trường học tập an toàn, thân thiện.",
            ],
        ),
    ) + _section(
        "gt2",
        _heading("gt2h", "Tầm nhìn – Sứ mệnh")
        + _txt(
            "gt2t",
            [
                "Tầm nhìn: Trở thành ngôi trường mầm non được phụ huynh Đà Nẵng tin yêu, nơi mỗi "
                "đứa trẻ được tôn trọng và phát triển theo tiềm năng riêng.",
                "Sứ mệnh: Nuôi dưỡng – chăm sóc – giáo dục trẻ bằng tình yêu thương, kết hợp chương "
                "trình Giáo dục mầm non của Bộ GD&ĐT với phương pháp Montessori và STEAM.",
            ],
        ),
    ) + (
        '<div id="doi-ngu">'
        + _section(
            "gt3",
            _heading("gt3h", "Đội ngũ giáo viên")
            + _txt(
                "gt3t",
                [
                    "100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 65% có trình độ đại học; "
                    "nhân viên y tế, cấp dưỡng đều có chứng chỉ chuyên môn.",
                    "Hiệu trưởng: Trần Thị Mỹ Linh – Phó Hiệu trưởng: Nguyễn Thị Bích Ngọc.",
                ],
            ),
        )
        + "</div>"
    )
    return _zp_page(request, "/gioi-thieu", "Giới thiệu", body, "/gioi-thieu", "Giới thiệu")


def _curriculum(request: Request) -> Response:
    cols = "".join(
        f'<div class="zpelem-col zpcol-md-4">{_heading("ct" + str(i), h, "h3")}{_txt("ctt" + str(i), [t])}</div>'
        for i, (h, t) in enumerate(
            [
                ("Chương trình Giáo dục mầm non", "Thực hiện đầy đủ Chương trình Giáo dục mầm non do Bộ GD&ĐT ban hành, 5 lĩnh vực phát triển."),
                ("Montessori", "Các góc học liệu Montessori giúp trẻ tự lập, tập trung và khám phá theo nhịp độ riêng."),
                ("Tiếng Anh & STEAM", "Mỗi tuần 4 tiết tiếng Anh với giáo viên bản ngữ và 2 tiết STEAM trải nghiệm."),
            ]
        )
    )
    body = (
        '<div data-element-type="section" class="zpsection"><div class="zpcontainer">'
        f'<div data-element-type="row" class="zprow">{cols}</div></div></div>'
        + _section(
            "ct-day",
            _heading("ct-dayh", "Một ngày của bé ở trường", "h3")
            + _txt(
                "ct-dayt",
                [
                    "6h45 – 7h45: Đón trẻ, ăn sáng, thể dục sáng",
                    "8h00 – 10h30: Hoạt động học, hoạt động ngoài trời, hoạt động góc",
                    "10h30 – 14h00: Ăn trưa, ngủ trưa",
                    "14h15 – 17h30: Ăn xế, hoạt động chiều, trả trẻ",
                ],
            ),
        )
    )
    return _zp_page(request, "/chuong-trinh-hoc", "Chương trình học", body, "/gioi-thieu", "Chương trình học")


def _admission(request: Request) -> Response:
    body = _section(
        "ts1",
        _heading("ts1h", "Thông tin tuyển sinh năm học 2027 – 2028")
        + '<p class="zs-page-updated" style="color:#888;font-size:13px;">Cập nhật ngày 01/11/2026</p>'
        + _txt(
            "ts1t",
            [
                "Trường Mầm non tư thục Ngôi Sao Nhỏ thông báo tuyển sinh năm học 2027 – 2028 cho các "
                "nhóm Nhà trẻ (18 – 36 tháng) và các lớp Mẫu giáo Mầm, Chồi, Lá.",
                "Hồ sơ gồm: đơn xin nhập học (theo mẫu), bản sao giấy khai sinh, bản sao sổ tiêm "
                "chủng và 02 ảnh 3x4 của trẻ.",
                "Phụ huynh có thể đăng ký tham quan trường vào sáng Thứ Bảy hằng tuần hoặc để lại "
                "thông tin qua biểu mẫu bên dưới, nhà trường sẽ liên hệ tư vấn trong vòng 24 giờ.",
            ],
        )
        + '<iframe src="https://forms.zohopublic.com/ngoisaonho/form/DangKyTuyenSinh2027/formperma/'
        'Zt9Qw1mHc7LrX2nB0sVd" width="100%" height="520" frameborder="0" title="Đăng ký tuyển sinh">'
        "</iframe>",
    )
    return _zp_page(request, "/tuyen-sinh-2027", "Tuyển sinh", body, "/tuyen-sinh-2027", "Tuyển sinh")


def _contact(request: Request) -> Response:
    body = _section(
        "lh1",
        _heading("lh1h", "Liên hệ với chúng tôi")
        + _txt(
            "lh1t",
            [
                "Địa chỉ: Số 27 Nguyễn Hữu Thọ, phường Hòa Cường, TP. Đà Nẵng",
                "Điện thoại: 0236 3 626 789 – Hotline: 0905 123 468",
                "Email: lienhe@ngoisaonho.edu.vn",
            ],
        )
        + '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3834.2!2d108.2151!3d16.0372" '
        'width="100%" height="320" style="border:0;" loading="lazy"></iframe>'
        + '<form class="zpform" method="post" action="https://forms.zohopublic.com/ngoisaonho/form/LienHe/'
        'formperma/Lh7Yx0Pq/htmlRecords/submit"><input name="Name" placeholder="Họ tên">'
        '<input name="Phone" placeholder="Số điện thoại"><textarea name="Message"></textarea>'
        '<button type="submit" class="zpbutton">Gửi</button></form>',
    )
    return _zp_page(request, "/lien-he", "Liên hệ", body, "/lien-he", "Liên hệ")


_ALBUM = [
    ("20-10-cam-hoa-mam1.jpg", "Bé lớp Mầm 1 cắm hoa tặng cô"),
    ("20-10-me-va-be.jpg", "Mẹ và bé giao lưu"),
    ("20-10-thiep-tang-me.jpg", "Những tấm thiệp bé tự làm"),
    ("20-10-van-nghe-la2.jpg", "Tiết mục văn nghệ lớp Lá 2"),
    ("20-10-chup-anh-ky-niem.jpg", "Chụp ảnh kỷ niệm cùng các cô"),
]


def _album(request: Request) -> Response:
    items = "".join(
        f'<li class="zpgallery-item"><figure><a href="/files/Hoat%20dong%202026/{f}" data-lightbox="true">'
        f'<img class="zs-lazy" src="{_SPACER}" data-src="/files/Hoat%20dong%202026/{f}" alt="{esc(c)}"></a>'
        f"<figcaption>{esc(c)}</figcaption></figure></li>"
        for f, c in _ALBUM
    )
    body = _section(
        "al1",
        _heading("al1h", "Album: Ngày Phụ nữ Việt Nam 20/10/2026")
        + '<p class="zpgallery-meta">5 ảnh · 20/10/2026</p>'
        + _elem("gallery", "al1g", f'<ul class="zpgallery-container zpgallery-grid">{items}</ul>'),
    )
    return _zp_page(request, "/thu-vien-anh/ngay-phu-nu-20-10-2026", "Thư viện ảnh", body,
                    "/thu-vien-anh", "Ngày Phụ nữ Việt Nam 20/10/2026")


def _albums(request: Request) -> Response:
    body = _section(
        "als",
        _heading("alsh", "Album ảnh")
        + '<div class="zpgallery-albums"><div class="zpgallery-album"><a href="/thu-vien-anh/'
        'ngay-phu-nu-20-10-2026"><img class="zs-lazy" src="/files/zs-spacer.gif" '
        'data-src="/files/Hoat%20dong%202026/20-10-cam-hoa-mam1.jpg" alt=""></a>'
        '<h4><a href="/thu-vien-anh/ngay-phu-nu-20-10-2026">Ngày Phụ nữ Việt Nam 20/10/2026</a></h4>'
        "<p>5 ảnh</p></div></div>",
    )
    return _zp_page(request, "/thu-vien-anh", "Thư viện ảnh", body, "/thu-vien-anh", "Thư viện ảnh")


def _videos(request: Request) -> Response:
    def frame(v: str) -> str:
        return (
            f'<div class="zpvideo-container"><iframe src="https://www.youtube.com/embed/{v}" '
            'width="560" height="315" frameborder="0" allowfullscreen></iframe></div>'
        )

    vids = "".join(
        f'<div class="zpelem-col zpcol-md-6">{_elem("video", "vd" + v, frame(v))}'
        f"<p>{esc(t)}</p></div>"
        for v, t in [
            ("k3Xy9TqL2mA", "Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11/2026"),
            ("P0vR7sWn4cE", "Bé khối Lá đồng diễn thể dục nhịp điệu"),
        ]
    )
    body = (
        '<div data-element-type="section" class="zpsection"><div class="zpcontainer">'
        + _heading("vdh", "Video hoạt động")
        + f'<div data-element-type="row" class="zprow">{vids}</div></div></div>'
    )
    return _zp_page(request, "/video-hoat-dong", "Video", body, "/thu-vien-anh", "Video hoạt động")


def _home(request: Request) -> Response:
    feed_items = "".join(
        f"""<div class="zpelem-col zpcol-md-4 zsblogfeed-item">
 <a href="{_href(s)}?utm_source=trangchu&amp;utm_medium=zsblogfeed"><img class="zs-lazy" src="{_LAZY_SVG}" data-src="{s.images[0].src if s.images else '/files/thumb-mac-dinh.png'}" width="360" height="240" alt=""></a>
 <h3 class="zsblogfeed-title"><a href="{_href(s)}?utm_source=trangchu&amp;utm_medium=zsblogfeed">{_t(s, s.title)}</a></h3>
 <p class="zsblogfeed-date">{s.opts['printed'][:8]}</p>
 <p class="zsblogfeed-desc">{esc(excerpt(s))}</p>
</div>"""
        for s in POSTS[:3]
    )
    why = "".join(
        f'<div class="zpelem-col zpcol-md-4">{_heading("why" + str(i), h, "h3")}{_txt("whyt" + str(i), [t])}</div>'
        for i, (h, t) in enumerate(
            [
                ("Môi trường an toàn", "Camera giám sát 24/7, sân chơi cỏ nhân tạo, bếp ăn một chiều."),
                ("Giáo viên tận tâm", "Tỉ lệ 1 cô : 8 trẻ, giáo viên được tập huấn định kỳ."),
                ("Dinh dưỡng khoa học", "Thực đơn do chuyên viên dinh dưỡng xây dựng, công khai hằng tuần."),
            ]
        )
    )
    main = f"""
<div data-element-type="section" class="zpsection zphero-banner-style-01" style="background-image:url(/files/hero-ngoi-sao-nho.jpg);">
 <div class="zphero-slider-container"><div class="zpcontainer">
  {_heading("hero", "Nơi mỗi ngày đến trường là một ngày vui", "h2")}
  {_txt("herot", ["Tuyển sinh năm học 2027 – 2028: Nhà trẻ, Mầm, Chồi, Lá."])}
  <div class="zpbutton-container"><a class="zpbutton zpbutton-type-primary" href="/tuyen-sinh-2027">Đăng ký tham quan</a></div>
 </div></div>
</div>
<div class="zs-ticker" data-zs-marquee style="background:#fff3cd;padding:6px;"><div class="zpcontainer">
 <span>📢 Thông báo:</span> <a href="/blogs/post/thong-bao-hoc-phi-thang-12">Thông báo thu học phí tháng 12/2026</a>
</div></div>
<div data-element-type="section" class="zpsection"><div class="zpcontainer">
 {_heading("whyh", "Vì sao chọn Ngôi Sao Nhỏ?")}
 <div data-element-type="row" class="zprow">{why}</div>
</div></div>
<div data-element-type="section" class="zpsection zs-home-news"><div class="zpcontainer">
 {_heading("newsh", "Tin tức – Hoạt động")}
 <div data-element-type="blogfeed" class="zpelement zpelem-blogfeed"><div class="zprow">{feed_items}</div></div>
 <div class="zpbutton-container zpbutton-align-center"><a class="zpbutton zpbutton-type-secondary" href="/blogs">Xem tất cả tin tức</a></div>
</div></div>
<div data-element-type="section" class="zpsection zs-home-menu"><div class="zpcontainer">
 {_heading("tdh", "Thực đơn hôm nay – Thứ Bảy 05/12", "h3")}
 {_txt("tdt", ["Bữa sáng: Bánh mì sữa, sữa tươi.", "Bữa trưa: Cơm, cá hồi áp chảo sốt bơ tỏi, canh cải bó xôi nấu thịt.", "Trẻ học buổi sáng, không tổ chức bữa xế ngày Thứ Bảy."])}
</div></div>
<div data-element-type="section" class="zpsection zs-testimonials"><div class="zpcontainer">
 {_heading("ph", "Phụ huynh nói gì về chúng tôi", "h3")}
 <blockquote>“Con mình từ một bé nhút nhát đã tự tin hơn hẳn sau một năm học ở Ngôi Sao Nhỏ.” – Chị Hoàng Thu Thủy, phụ huynh lớp Chồi 1</blockquote>
 <div class="zpbutton-container"><a href="/thu-vien-anh">Xem thư viện ảnh</a> · <a href="/video-hoat-dong">Xem video</a></div>
</div></div>"""
    return _page(request, title=f"{SCHOOL} – Đà Nẵng", canonical="/", main=main, active="/",
                 description=f"{SCHOOL}: môi trường an toàn, giáo viên tận tâm, dinh dưỡng khoa học.",
                 og_image="/files/hero-ngoi-sao-nho.jpg")


def _search(request: Request) -> Response | None:
    if set(request.params) - {"q"}:
        return None
    q = request.params.get("q", "").strip()
    norm = unicodedata.normalize("NFC", q).lower()
    hits = [s for s in POSTS if norm and norm in unicodedata.normalize("NFC", s.title).lower()]
    body = "".join(_card(s) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = f"""
{_banner("Tìm kiếm")}
<div class="zpcontainer"><div class="zprow"><div class="zpcol-md-9">
<h3>Kết quả tìm kiếm cho “{esc(q)}”</h3>{body}</div>{_sidebar()}</div></div>"""
    return _page(request, title=f"Tìm kiếm | {SHORT}", canonical="/search", main=main, app="search")


def _feed(request: Request) -> Response:
    base = base_url(request)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    def rfc(utc: str) -> str:
        day, tm = utc[:10], utc[11:19]
        y, m, d = day.split("-")
        return f"{d} {months[int(m) - 1]} {y} {tm} GMT"

    items = "".join(
        f"<item><title>{esc(unicodedata.normalize('NFC', s.title))}</title><link>{base}{post_path(s)}</link>"
        f"<guid isPermaLink=\"false\">{s.opts['post_id']}</guid><pubDate>{rfc(s.opts['utc'])}</pubDate>"
        f"<category>{esc(CATEGORIES[s.cat])}</category><description>{esc(excerpt(s))}</description></item>"
        for s in POSTS
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Tin tức - {esc(SHORT)}</title><link>{base}/blogs</link>"
        f"<description>Blog {esc(SCHOOL)}</description><language>vi</language>{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


class ZohoSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            if path == "/zs-blog/comments/add":
                return html("<p>Bình luận của bạn đang chờ quản trị viên duyệt.</p>")
            return None
        if path.startswith("/files/") or path.startswith("/template/") or path.startswith("/js/") \
                or path in ("/zs-customcss.css", "/favicon.png"):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /zs-admin/\n", {"Content-Type": "text/plain"})
        if path.endswith("/") and path != "/":
            return redirect(path.rstrip("/"), 301)
        pages = {
            "/gioi-thieu": _intro,
            "/chuong-trinh-hoc": _curriculum,
            "/tuyen-sinh-2027": _admission,
            "/lien-he": _contact,
            "/thu-vien-anh": _albums,
            "/thu-vien-anh/ngay-phu-nu-20-10-2026": _album,
            "/video-hoat-dong": _videos,
        }
        if path in pages:
            return pages[path](request) if not request.query else None
        if path == "/":
            return _home(request) if not request.query else None
        if path == "/search":
            return _search(request)
        if path == "/blogs/feed":
            return _feed(request)
        if path == "/blogs":
            return _listing(request, POSTS, heading="Tin tức", canonical="/blogs",
                            crumbs=[("/", "Trang chủ"), (None, "Tin tức")], pinned=True)
        if path.startswith("/blogs/category/"):
            key = path.removeprefix("/blogs/category/")
            if key not in CATEGORIES:
                return None
            posts = [s for s in POSTS if s.cat == key]
            return _listing(request, posts, heading=CATEGORIES[key], canonical=path,
                            crumbs=[("/", "Trang chủ"), ("/blogs", "Tin tức"), (None, CATEGORIES[key])],
                            current_cat=key)
        if path.startswith("/blogs/tag/"):
            key = path.removeprefix("/blogs/tag/")
            if key not in TAGS:
                return None
            posts = [s for s in POSTS if key in s.opts.get("tags", [])]
            return _listing(request, posts, heading=f"Thẻ: {TAGS[key]}", canonical=path,
                            crumbs=[("/", "Trang chủ"), ("/blogs", "Tin tức"), (None, f"Thẻ: {TAGS[key]}")])
        if path.startswith("/blogs/post/"):
            raw = path.removeprefix("/blogs/post/")
            if raw == N2.opts["old_slug"]:
                return redirect(post_path(N2), 301)
            story = _find_post(raw)
            if story is None or set(request.params) - _POST_PARAMS:
                return None
            cpage = request.params.get("cpage", "1")
            if cpage not in ("1", "2"):
                return None
            return _post_page(request, story, int(cpage))
        return None


def build_site() -> ZohoSite:
    return ZohoSite()


def _g(story: Story, alt: list[str] | None = None) -> dict:
    return gold_record(story, post_path(story), CATEGORIES[story.cat], canonical_path=post_path(story),
                       alt_paths=alt or [])


_UTM = "?utm_source=trangchu&utm_medium=zsblogfeed"

GOLD = [
    _g(A1, [post_path(A1) + _UTM, post_path(A1) + "?cpage=2"]),
    _g(N1, [post_path(N1) + _UTM]),
    _g(M1, [post_path(M1) + _UTM]),
    _g(A2),
    _g(M2, ["/blogs/post/Thuc-Don-Tuan-4-Thang-11-2026"]),
    _g(S1),
    _g(N2),
    _g(A4),
    _g(A5),
    _g(S2),
    _g(A3),
    _g(N3),
    _g(M3),
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/chuong-trinh-hoc",
    "/tuyen-sinh-2027",
    "/lien-he",
    "/thu-vien-anh/ngay-phu-nu-20-10-2026",
    "/video-hoat-dong",
]
