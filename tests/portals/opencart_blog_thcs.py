"""Fixture portal: a lower secondary school's site on OpenCart 3 with a "Blog / Tin tức" extension.

The imitated site: Trường THCS Trần Quốc Toản (xã Quỳnh Lưu, Nghệ An). In 2020 a local web shop
that sells OpenCart shop sites built the school's site on the same stack: OpenCart 3.0.3 with the
default Bootstrap 3 theme lightly restyled, SEO URLs on, and a third-party blog extension (routes
``extension/blog/category`` / ``extension/blog/article``, its base SEO keyword ``tin-tuc``). The
shop is still there and live: a "Sản phẩm" menu selling the school's uniforms and notebooks,
prices, a cart in the header, account and checkout routes, a currency switcher.

What it serves
- Every page: OpenCart's ``<base href="http://host/">``, the top bar (currency links, phone,
  "Tài khoản" with Đăng ký / Đăng nhập, "Danh sách yêu thích (0)", "Giỏ hàng", "Thanh toán"), the
  logo (linked to ``index.php?route=common/home``, as OpenCart 3 prints it), the JS-only search
  box, the cart button "Giỏ hàng (0 sản phẩm) - 0đ", a custom strip with today's date
  ("Hôm nay: <TODAY>"), the menu (Trang chủ, Giới thiệu, Tin tức ▸ 3 categories, Sản phẩm ▸ 2
  categories, Liên hệ), OpenCart's four-column footer (Thông tin, Dịch vụ khách hàng, Tài khoản
  của tôi, a visitor counter) and the school's address and hotline. All links are absolute, as
  OpenCart's ``url->link`` writes them, query separators as ``&amp;``.
- Blog categories: ``/tin-tuc`` (id 1, "Tin tức": every post), ``/tin-tuc/hoat-dong-chuyen-mon``
  (2), ``/tin-tuc/hoat-dong-doi`` (3), ``/tin-tuc/thong-bao`` (4); also reachable as
  ``index.php?route=extension/blog/category&blog_category_id=N``. Five posts a page, OpenCart's
  pager (``|<  <  1 2 3  >  >|``, page 1 without ``page=``) and "Hiển thị 1 đến 5 trong tổng số 13
  (3 Trang)"; "Sắp xếp theo" and "Hiển thị" selects whose options are URLs (``sort=p.date_added
  &order=DESC``, ``limit=25`` …, kept by the pager), list/grid buttons, ``rel=prev/next``.
- Posts: ``/tin-tuc/<keyword>`` and ``index.php?route=extension/blog/article&article_id=N`` (the
  same page; both print ``rel=canonical`` to the SEO address). The listings, the home module and
  "Bài viết liên quan" link the SEO form; the sidebar "Bài viết mới", the home slideshow and links
  editors pasted into texts use the ``index.php`` form. Two templates coexist: posts saved after
  the extension's upgrade (October 2026, "Giao diện: Mặc định") print ``h1.blog-article-title``, a
  meta line ``<i class="fa fa-calendar"></i> 14/11/2026 &nbsp; <i class="fa fa-user"></i> Tác
  giả: … &nbsp; <i class="fa fa-eye"></i> 215 lượt xem``, the short description as a bold
  intro block, lazy-loaded images (``data-src``, a GIF data URI in ``src``), a JSON-LD
  BlogPosting (with the time of day and the author field) and sometimes "Cập nhật lần cuối: …";
  older posts ("Cổ điển") print ``h2.article-title`` and "Ngày đăng: 23/09/2026 14:05:33 |
  Người đăng: admin | Lượt xem: 312" (OpenCart's datetime format), and their images are
  *relative* (``image/catalog/…``), right only against ``<base href>``. The description is
  Summernote HTML: ``<p>``, ``<img style="width: 100%;">`` with the caption in the next
  paragraph (centred italic, or centred plain), lists, tables, ``&nbsp;``, ``<b>``/``<i>``. Around
  it: tags, AddThis, "In bài viết", "Bài viết liên quan" (thumbnail grid, or a dated list on old
  posts), "Sản phẩm liên quan" (products with prices and "Thêm vào giỏ"), and comments by parents
  ("Phụ huynh em Minh viết lúc 15/11/2026:") with a captcha form. Right column: "Danh mục tin",
  "Bài viết mới" (dated), a banner, the shop's "Bán chạy" products.
- Shop and other pages (not articles): product categories ``/san-pham`` (2 pages), ``/dong-phuc``,
  ``/sach-vo`` with sort/limit selects and "So sánh sản phẩm (0)"; products ``/dong-phuc-nam`` …
  (also ``/dong-phuc/dong-phuc-nam`` from category pages, ``index.php?route=product/product&
  product_id=50`` from "Bán chạy"): an h1, a price, "Thêm vào giỏ", a description tab with
  paragraphs and a size table, tags linking ``product/search&tag=…`` (raw Vietnamese in the
  href); information pages ``/gioi-thieu`` (also ``information_id=4``), ``/thong-tin-giao-hang``,
  ``/chinh-sach-bao-mat``, ``/dieu-khoan-dieu-kien``; ``/lien-he`` (information/contact);
  ``information/sitemap``; ``account/login``, ``account/register``, ``account/forgotten``;
  ``checkout/cart`` (the empty cart); ``product/search``, ``product/compare``,
  ``product/special``. Other ``account/*`` routes and ``checkout/checkout`` answer 302.
  ``robots.txt`` names OpenCart's Google Sitemap feed, which lists products, categories and
  information pages but no post.

Traps and hard cases
- Listing sort/order/limit URLs (blog and product categories): every combination answers 200 and
  its pager keeps the parameters; pages past the last answer 200 "Không có bài viết nào".
- The currency switcher links ``?currency=USD`` / ``?currency=VND`` on every page (prices
  change, nothing else): every page, articles included, exists twice more.
- "Thêm vào giỏ" under posts is a no-JS ``<form method="post" action="…checkout/cart/add">``;
  GET answers ``[]``, POST a JSON success. Wishlist/compare are JS buttons; the compare page.
- Product pages look like articles (h1, paragraphs, image, tags) and are not.
- A pasted link to a deleted post (``article_id=38``) answers 200 with "Không tìm thấy bài
  viết!" (the extension forgets OpenCart's 404 header): a soft 404. An unknown SEO keyword gets
  OpenCart's real 404. Relative links in texts resolve against ``<base href>`` only.
- The comment form's captcha image is ``index.php?route=extension/captcha/basic/captcha``.

Gold (by hand)
- Articles: the 13 blog posts. ``alt_paths``: the ``index.php`` form and both ``currency``
  variants of each form. Category: the post's own category as its breadcrumb names it (never
  "Tin tức", the blog root).
- Title: the h1 (new) / h2 (old) headline, not ``<title>`` (meta titles are sometimes shorter).
- published_at: new posts print only a day: the day (the JSON-LD time is a machine time under a
  printed day; "Cập nhật lần cuối" is never the date). Old posts print date and time: the time
  with its seconds; "10/09/2026 00:00:00" is a day.
- authors: the in-text signature when there is one ("Tin, ảnh: X" → X both lists; "Tin: X - Ảnh:
  Y"; "Bài: X" / "Ảnh: Y" lines; "ThS. Phạm Minh Tuấn - Tổ Toán - Tin" → "Phạm Minh Tuấn"; a
  bare bold name; "Thanh Thủy" + "Nguồn: Báo Nghệ An" → author and source); otherwise the new
  template's "Tác giả:" field (a unit "Tổ Văn phòng" counts; "Cô Lê Thị Thu Trang" → "Lê Thị Thu
  Trang"; "Thầy Võ Đức Thắng" → "Võ Đức Thắng"; "admin" credits nobody). A unit in the field is
  not an author when the text is signed. The old template's "Người đăng: admin/bientap" is a login.
- summary: the new template's intro block (short description), also the body's first paragraph;
  an old post whose first paragraph is wholly bold (a hand-typed lead) has it as summary; else None.
- body: the description's paragraphs, list items and table rows (cells joined by " | ") in
  order; not captions, bylines, tags, related lists, products or comments. "Một số hình ảnh của
  buổi ngoại khóa:" before a caption-less gallery is body text.
- images: the description's ``<img>`` only (lazy ones by ``data-src``; relative ones against
  ``<base href>``), caption = the next centred line: "(…)" unwrapped, a leading "Ảnh:" dropped;
  "… (Ảnh: Minh Châu)" at the end of a caption stays in it. Thumbnails, banners and product
  pictures are not article images.
- One old post's text (id 31) was pasted in decomposed Unicode (NFD); gold is NFC. Everything is UTF-8.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import TODAY, Img, P, Raw, Story, base_url, esc, gold_record, opaque, static_file

NAME = "opencart_blog_thcs"
PLATFORM = "opencart3"
START_PATH = "/"

SITE = "Trường THCS Trần Quốc Toản"
ADDRESS = "Xóm Tân Hùng, xã Quỳnh Lưu, tỉnh Nghệ An"
PHONE = "0238 3 864 215"
HOTLINE = "0912 468 357"
EMAIL = "thcstranquoctoan.ql@nghean.edu.vn"
BLOG_LIMIT = 5
PRODUCT_LIMIT = 6
LAZY_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
SESSION = opaque("ocsessid", 13).replace("+", "a").replace("/", "b").replace("=", "")[:26].lower()
SOFT_404_ID = 38


@dataclass(frozen=True)
class BlogCat:
    id: int
    keyword: str
    name: str
    parent: int
    description: str


BLOG_CATS: dict[int, BlogCat] = {
    1: BlogCat(1, "tin-tuc", "Tin tức", 0, "Tin tức, hoạt động và thông báo của Trường THCS Trần Quốc Toản."),
    2: BlogCat(2, "hoat-dong-chuyen-mon", "Hoạt động chuyên môn", 1,
               "Hoạt động của các tổ chuyên môn, hội thi, chuyên đề và kết quả học tập."),
    3: BlogCat(3, "hoat-dong-doi", "Hoạt động Đội", 1, "Hoạt động của Liên đội và các phong trào ngoại khóa."),
    4: BlogCat(4, "thong-bao", "Thông báo", 1, "Thông báo của nhà trường gửi phụ huynh và học sinh."),
}  # fmt: skip
CAT_ID = {c.keyword: c.id for c in BLOG_CATS.values()}

SORTS = [
    ("p.sort_order", "ASC", "Mặc định"),
    ("p.date_added", "DESC", "Mới nhất"),
    ("p.date_added", "ASC", "Cũ nhất"),
    ("pd.name", "ASC", "Tên (A - Z)"),
    ("pd.name", "DESC", "Tên (Z - A)"),
    ("p.viewed", "DESC", "Xem nhiều nhất"),
]
PRODUCT_SORTS = [
    ("p.sort_order", "ASC", "Mặc định"),
    ("pd.name", "ASC", "Tên (A - Z)"),
    ("pd.name", "DESC", "Tên (Z - A)"),
    ("p.price", "ASC", "Giá (Thấp &gt; Cao)"),
    ("p.price", "DESC", "Giá (Cao &gt; Thấp)"),
    ("p.model", "ASC", "Mẫu (A - Z)"),
]
CURRENCIES = {"VND": ("Việt Nam Đồng", 1.0), "USD": ("US Dollar", 1 / 25400)}

# Story.opts: when (date_added), tpl ("new" | "old"), field (new: "Tác giả:" value; old: the
# "Người đăng" login), updated (new: "Cập nhật lần cuối"), meta_title, tags, comments
# [(name, "dd/mm/yyyy[ hh:mm]", text)], products (ids for "Sản phẩm liên quan"), links
# {phrase: href} inside the text, nfd, thumb.
# P styles: "" | b (wholly bold) | span (font-size span) | nbsp (&nbsp; after full stops) |
# li | ol | th | tr (table rows, cells " | "). Img styles: i (next line centred italic), c (next
# line centred plain), none (no line).
_IMG = "/image/catalog/tin-tuc/2026"
STORIES: list[Story] = [
    Story(
        id=46,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-24",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027, Trường THCS Trần Quốc"
                " Toản thông báo lịch kiểm tra cuối học kỳ I các môn học như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
            P("14/12/2026 | Sáng | 6, 7 | Ngữ văn | 90 phút", "tr"),
            P("14/12/2026 | Chiều | 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Sáng | 6, 7 | Toán | 90 phút", "tr"),
            P("15/12/2026 | Chiều | 8, 9 | Toán | 90 phút", "tr"),
            P("16/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn Khoa học tự nhiên, Lịch sử và Địa lí, Giáo dục công dân, Tin học, Công"
                " nghệ kiểm tra tại lớp theo lịch của tổ chuyên môn trong tuần từ 07/12 đến"
                " 12/12/2026.",
                "nbsp",
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo đủ đồ"
                " dùng học tập, không mang điện thoại và tài liệu vào phòng kiểm tra. Đề nghị phụ"
                " huynh nhắc nhở, tạo điều kiện để các em ôn tập tốt.",
                "nbsp",
            ),
        ],
        authors=["Nguyễn Văn Sơn"],
        opts={
            "when": datetime(2026, 11, 24, 16, 20, 5),
            "tpl": "new",
            "field": "Nguyễn Văn Sơn",
            "updated": datetime(2026, 11, 25, 7, 45),
            "tags": ["kiểm tra học kỳ", "lịch kiểm tra"],
            "comments": [
                ("Phụ huynh em Khánh Linh lớp 7A", "25/11/2026 06:52",
                 "Nhà trường cho hỏi môn Tin học lớp 7 kiểm tra thực hành hay lý thuyết ạ?"),
            ],
            "products": [55, 57],
        },
    ),
    Story(
        id=45,
        slug="lien-doi-to-chuc-hoi-dien-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Liên đội tổ chức Hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-doi",
        published_at="2026-11-19",
        summary=(
            "Tối 18/11, Liên đội Trường THCS Trần Quốc Toản tổ chức Hội diễn văn nghệ “Tri ân"
            " thầy cô” chào mừng 44 năm Ngày Nhà giáo Việt Nam với 16 tiết mục của các chi đội."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự hội diễn có đại diện Ban Đại diện cha mẹ học sinh, các thầy cô giáo"
                " nguyên là cán bộ, giáo viên của trường qua các thời kỳ cùng toàn thể giáo viên"
                " và gần 700 học sinh."
            ),
            Img(f"{_IMG}/11/hoi-dien-20-11-mua-bui-phan.jpg",
                "Tiết mục múa “Bụi phấn” của Chi đội 9A", "Tiết mục múa “Bụi phấn” của Chi đội 9A", "i"),
            P(
                "Các tiết mục được các chi đội dàn dựng công phu trong gần một tháng, gồm hát,"
                " múa, tiểu phẩm và nhạc cụ dân tộc, thể hiện lòng biết ơn, kính trọng của học"
                " sinh đối với thầy cô giáo. Nhiều tiết mục có sự tham gia của giáo viên chủ"
                " nhiệm cùng học sinh.",
                "span",
            ),
            Img(f"{_IMG}/11/hoi-dien-20-11-song-ca.jpg",
                "Thầy và trò lớp 8C song ca “Người thầy”", "Thầy và trò lớp 8C song ca “Người thầy”", "c"),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho Chi đội 9A, giải Nhì cho Chi đội 8C và"
                " 7B, giải Ba cho các Chi đội 6A, 7D, 9C; 10 tiết mục còn lại nhận giải Khuyến"
                " khích."
            ),
            Img(f"{_IMG}/11/hoi-dien-20-11-trao-giai.jpg", None, None, "none"),
            P(
                "Hội diễn là hoạt động thiết thực trong đợt thi đua “Hai tốt” chào mừng Ngày Nhà"
                " giáo Việt Nam, góp phần giáo dục truyền thống “Tôn sư trọng đạo” cho học sinh."
            ),
            Raw('<p style="text-align: right;"><b>Tin: Nguyễn Hoài Nam - Ảnh: Lê Minh Châu</b></p>'),
        ],
        authors=["Nguyễn Hoài Nam"],
        photographers=["Lê Minh Châu"],
        opts={
            "when": datetime(2026, 11, 19, 20, 15, 44),
            "tpl": "new",
            "field": "Liên đội THCS Trần Quốc Toản",
            "tags": ["20/11", "văn nghệ", "Liên đội"],
            "comments": [
                ("Phụ huynh em Minh", "20/11/2026 07:10",
                 "Các cháu biểu diễn rất hay, cảm ơn các thầy cô đã dành nhiều tâm huyết cho các con."),
                ("Cựu học sinh khóa 2015 - 2019", "20/11/2026 21:33",
                 "Nhìn ảnh thấy nhớ trường quá. Chúc các thầy cô luôn mạnh khỏe!"),
            ],
            "products": [52, 53],
        },
    ),
    Story(
        id=44,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-14",
        summary=(
            "Từ ngày 02/11 đến 13/11, Trường THCS Trần Quốc Toản tổ chức Hội thi giáo viên dạy"
            " giỏi cấp trường năm học 2026 - 2027 với 18 giáo viên tham gia ở 9 môn học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi gồm hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và dạy"
                " hai tiết thực hành trên lớp, trong đó một tiết do giáo viên tự chọn, một tiết"
                " bốc thăm trước ba ngày."
            ),
            Img(f"{_IMG}/11/hoi-thi-gvdg-tiet-ngu-van.jpg",
                "Cô giáo Hồ Thị Quỳnh Nga dạy tiết Ngữ văn lớp 8 tại Hội thi",
                "Cô giáo Hồ Thị Quỳnh Nga dạy tiết Ngữ văn lớp 8 tại Hội thi", "i"),
            P(
                "Ban giám khảo đánh giá nhiều tiết dạy vận dụng tốt các phương pháp dạy học tích"
                " cực, ứng dụng công nghệ thông tin hợp lý, học sinh được hoạt động nhóm, tự trình"
                " bày sản phẩm học tập. Một số tiết dạy còn chưa phân bổ thời gian hợp lý giữa các"
                " hoạt động.",
                "nbsp",
            ),
            Img(f"{_IMG}/11/hoi-thi-gvdg-khtn-7a.jpg",
                "Học sinh lớp 7A thảo luận nhóm trong tiết Khoa học tự nhiên",
                "Học sinh lớp 7A thảo luận nhóm trong tiết Khoa học tự nhiên", "i"),
            P(
                "Kết quả, 15 giáo viên được công nhận giáo viên dạy giỏi cấp trường; nhà trường"
                " chọn 6 giáo viên tiêu biểu tham dự Hội thi giáo viên dạy giỏi cấp tỉnh dự kiến"
                " tổ chức vào tháng 01/2027."
            ),
            Raw('<p style="text-align: right;"><b>Tin, ảnh: Đặng Văn Quý</b></p>'),
        ],
        authors=["Đặng Văn Quý"],
        photographers=["Đặng Văn Quý"],
        opts={
            "when": datetime(2026, 11, 14, 8, 32, 10),
            "tpl": "new",
            "field": "Tổ Văn phòng",
            "meta_title": "Hội thi GVDG cấp trường 2026 - 2027",
            "tags": ["giáo viên dạy giỏi", "hội thi"],
            "comments": [
                ("Phụ huynh em Minh", "15/11/2026",
                 "Chúc mừng các thầy cô đạt giải. Con tôi rất thích tiết học Khoa học tự nhiên của cô Hương."),
            ],
            "products": [56, 55],
        },
    ),
    Story(
        id=43,
        slug="tuyen-truyen-an-toan-giao-thong-cho-hoc-sinh-di-xe-dap-dien",
        title="Tuyên truyền an toàn giao thông cho học sinh đi xe đạp điện",
        cat="hoat-dong-doi",
        published_at="2026-11-10",
        blocks=[
            P(
                "Sáng 09/11, Công an xã Quỳnh Lưu phối hợp với Trường THCS Trần Quốc Toản tổ chức"
                " buổi tuyên truyền pháp luật về trật tự, an toàn giao thông cho hơn 650 học sinh"
                " của trường."
            ),
            P(
                "Tại buổi tuyên truyền, cán bộ công an đã phổ biến những quy định của Luật Trật tự,"
                " an toàn giao thông đường bộ liên quan đến học sinh; phân tích nguyên nhân các vụ"
                " tai nạn do học sinh điều khiển xe đạp điện, xe máy điện vượt quá tốc độ, dàn hàng"
                " ngang, không đội mũ bảo hiểm."
            ),
            Img(f"{_IMG}/11/atgt-doi-mu-bao-hiem.jpg",
                "Cán bộ Công an xã Quỳnh Lưu hướng dẫn học sinh cách đội mũ bảo hiểm đúng quy cách",
                "Cán bộ Công an xã Quỳnh Lưu hướng dẫn học sinh cách đội mũ bảo hiểm đúng quy cách", "i"),
            P(
                "Theo thống kê của nhà trường, hiện có hơn 300 học sinh đi học bằng xe đạp điện. Từ"
                " đầu năm học, Đội thanh niên xung kích của trường đã nhắc nhở 27 trường hợp không"
                " đội mũ bảo hiểm khi tham gia giao thông."
            ),
            P(
                "Kết thúc buổi tuyên truyền, 100% học sinh ký cam kết chấp hành nghiêm quy định về"
                " an toàn giao thông; nhà trường sẽ thông báo đến phụ huynh những trường hợp vi phạm"
                " để phối hợp giáo dục."
            ),
            Raw(
                '<p style="text-align: right;"><b>Thanh Thủy</b></p>\n'
                '<p style="text-align: right;"><i>Nguồn: Báo Nghệ An</i></p>'
            ),
        ],
        authors=["Thanh Thủy"],
        source="Báo Nghệ An",
        opts={
            "when": datetime(2026, 11, 10, 10, 5, 0),
            "tpl": "new",
            "field": "admin",
            "updated": datetime(2026, 11, 12, 9, 20),
            "tags": ["an toàn giao thông"],
            "comments": [],
            "products": [53, 57],
        },
    ),
    Story(
        id=42,
        slug="chuyen-de-day-hoc-doc-hieu-van-ban-thong-tin-mon-ngu-van-8",
        title="Chuyên đề dạy học đọc hiểu văn bản thông tin trong môn Ngữ văn 8",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-06",
        blocks=[
            P(
                "Chiều 05/11, tổ Khoa học xã hội tổ chức chuyên đề “Dạy học đọc hiểu văn bản thông"
                " tin theo định hướng phát triển năng lực” với tiết dạy minh họa bài đọc “Nước biển"
                " dâng: bài toán khó cần giải trong thế kỉ XXI” tại lớp 8B."
            ),
            Img(f"{_IMG}/11/chuyen-de-ngu-van-8b.jpg", None, None, "none"),
            P(
                "Tiết dạy được thiết kế theo các bước: khởi động bằng video ngắn, hình thành kiến"
                " thức qua phiếu học tập, luyện tập với sơ đồ tư duy và vận dụng bằng nhiệm vụ viết"
                " đoạn văn tóm tắt thông tin."
            ),
            P("Sau tiết dạy, các thành viên trong tổ đã thảo luận, thống nhất một số lưu ý khi dạy kiểu bài này:"),
            P(
                "Hướng dẫn học sinh nhận biết đặc điểm văn bản thông tin qua nhan đề, sa pô, đề mục"
                " và phương tiện phi ngôn ngữ;",
                "li",
            ),
            P("Tăng cường câu hỏi mở, yêu cầu học sinh liên hệ thực tế ở địa phương;", "li"),
            P("Sử dụng bảng kiểm để học sinh tự đánh giá và đánh giá chéo sản phẩm học tập.", "li"),
            Img(f"{_IMG}/11/chuyen-de-ngu-van-gop-y.jpg",
                "Giáo viên tổ Khoa học xã hội dự giờ, góp ý tiết dạy minh họa",
                "Giáo viên tổ Khoa học xã hội dự giờ, góp ý tiết dạy minh họa", "c"),
            P(
                "Chuyên đề giúp giáo viên trong tổ có thêm kinh nghiệm tổ chức dạy học đọc hiểu,"
                " hướng tới nâng cao chất lượng môn Ngữ văn trong kỳ kiểm tra cuối học kỳ I."
            ),
        ],
        authors=["Lê Thị Thu Trang"],
        opts={
            "when": datetime(2026, 11, 6, 15, 47, 21),
            "tpl": "new",
            "field": "Cô Lê Thị Thu Trang",
            "tags": ["Ngữ văn", "chuyên đề"],
            "comments": [],
            "products": [56, 55],
        },
    ),
    Story(
        id=41,
        slug="thong-bao-dang-ky-mua-dong-phuc-hoc-sinh-nam-hoc-2026-2027",
        title="Thông báo về việc đăng ký mua đồng phục học sinh năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-28",
        summary=(
            "Nhà trường thông báo đến phụ huynh học sinh kế hoạch đăng ký đồng phục năm học"
            " 2026 - 2027 theo mẫu đã được Ban Đại diện cha mẹ học sinh trường thống nhất."
        ),
        sapo_outside=True,
        blocks=[
            P("Mẫu đồng phục năm học này giữ nguyên như năm trước, gồm:"),
            P("Đồng phục nam: áo sơ mi trắng cộc tay có logo trường, quần âu màu xanh tím than;", "li"),
            P("Đồng phục nữ: áo sơ mi trắng cộc tay có logo trường, chân váy xếp ly màu xanh tím than;", "li"),
            P("Bộ quần áo thể dục: áo thun cổ tròn màu đỏ, quần dài màu xanh đen.", "li"),
            Img(f"{_IMG}/10/mau-dong-phuc-nam-nu.jpg",
                "Mẫu đồng phục học sinh nam, nữ của trường", "Mẫu đồng phục học sinh nam, nữ của trường", "i"),
            P(
                "Phụ huynh có nhu cầu đăng ký qua giáo viên chủ nhiệm trước ngày 10/11/2026 hoặc"
                " đặt mua trực tiếp trên mục Sản phẩm của website nhà trường. Việc mua đồng phục là"
                " tự nguyện, học sinh có thể tiếp tục sử dụng đồng phục cũ còn tốt."
            ),
            P(
                "Nhà trường miễn phí một bộ đồng phục cho học sinh thuộc hộ nghèo, học sinh có hoàn"
                " cảnh đặc biệt khó khăn theo danh sách do giáo viên chủ nhiệm đề xuất."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "when": datetime(2026, 10, 28, 9, 0, 0),
            "tpl": "new",
            "field": "Tổ Văn phòng",
            "tags": ["đồng phục"],
            "comments": [
                ("Phụ huynh em Hà Vy 6C", "29/10/2026 19:05",
                 "Cho hỏi áo khoác mùa đông của trường có bán trên web không ạ?"),
            ],
            "products": [50, 51, 52],
            "links": {
                "Đồng phục nam": "/dong-phuc-nam",
                "Đồng phục nữ": "/dong-phuc-nu",
                "Bộ quần áo thể dục": "/ao-the-duc",
                "mục Sản phẩm": "/san-pham",
            },
        },
    ),
    Story(
        id=40,
        slug="ket-qua-khao-sat-chon-doi-tuyen-hoc-sinh-gioi-lop-9-nam-hoc-2026-2027",
        title="Kết quả khảo sát chọn đội tuyển học sinh giỏi lớp 9 năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-21",
        summary=(
            "Ngày 18/10, nhà trường tổ chức khảo sát chọn đội tuyển học sinh giỏi lớp 9 ở 6 môn"
            " văn hóa cho 142 học sinh đăng ký dự thi."
        ),
        sapo_outside=True,
        blocks=[
            P("Kết quả khảo sát cụ thể như sau:"),
            P("Môn | Số học sinh dự khảo sát | Số học sinh vào đội tuyển", "th"),
            P("Toán | 28 | 6", "tr"),
            P("Ngữ văn | 24 | 6", "tr"),
            P("Tiếng Anh | 22 | 6", "tr"),
            P("Khoa học tự nhiên | 30 | 8", "tr"),
            P("Lịch sử và Địa lí | 18 | 5", "tr"),
            P("Tin học | 20 | 4", "tr"),
            P(
                "Danh sách học sinh vào đội tuyển đã được niêm yết tại bảng tin nhà trường và gửi"
                " đến giáo viên chủ nhiệm các lớp 9. Đội tuyển bắt đầu ôn luyện từ ngày 26/10/2026"
                " vào chiều thứ Ba, thứ Năm và sáng Chủ nhật hằng tuần."
            ),
            P(
                "Nhà trường đề nghị phụ huynh quan tâm, động viên các em tham gia ôn luyện đầy đủ,"
                " chuẩn bị tốt cho kỳ thi chọn học sinh giỏi cấp tỉnh."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "when": datetime(2026, 10, 21, 17, 3, 12),
            "tpl": "new",
            "field": "Tổ Văn phòng",
            "meta_title": "Kết quả khảo sát đội tuyển HSG lớp 9",
            "tags": ["học sinh giỏi"],
            "comments": [],
            "products": [56, 57],
        },
    ),
    Story(
        id=39,
        slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        cat="hoat-dong-doi",
        published_at="2026-10-15",
        blocks=[
            P(
                "Chiều 14/10, Liên đội Trường THCS Trần Quốc Toản long trọng tổ chức Đại hội Liên"
                " đội nhiệm kỳ 2026 - 2027 với sự tham gia của 96 đại biểu là chỉ huy các chi đội"
                " và đội viên tiêu biểu."
            ),
            P(
                "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ"
                " 2025 - 2026. Trong năm qua, Liên đội duy trì tốt phong trào “Kế hoạch nhỏ” với"
                " hơn 3,2 tấn giấy vụn được thu gom, tổ chức 4 đợt hoạt động “Áo ấm tặng bạn” và"
                " được Hội đồng Đội tỉnh tặng Bằng khen."
            ),
            Img(f"{_IMG}/10/dai-hoi-lien-doi-ban-chi-huy.jpg",
                "(Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội)",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội", "i"),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ mới gồm 11 đồng chí; em Phan Gia Hân,"
                " lớp 9B, được bầu làm Liên đội trưởng."
            ),
            P(
                "Phát biểu tại Đại hội, thầy Hiệu trưởng Nguyễn Văn Sơn ghi nhận những kết quả Liên"
                " đội đạt được và đề nghị Ban chỉ huy khóa mới phát huy vai trò tự quản, tổ chức"
                " nhiều hoạt động trải nghiệm bổ ích cho đội viên."
            ),
        ],
        authors=["Võ Đức Thắng"],
        opts={
            "when": datetime(2026, 10, 15, 14, 22, 47),
            "tpl": "new",
            "field": "Thầy Võ Đức Thắng",
            "tags": ["Liên đội", "đại hội"],
            "comments": [],
            "products": [53, 54],
        },
    ),
    Story(
        id=36,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-23T14:05:33+07:00",
        summary=(
            "Nhằm đổi mới sinh hoạt tổ chuyên môn, ngày 21/9, tổ Toán - Tin tổ chức buổi sinh"
            " hoạt chuyên môn theo nghiên cứu bài học với tiết dạy minh họa bài “Hình thang cân”"
            " tại lớp 8A."
        ),
        blocks=[
            P(
                "Nhằm đổi mới sinh hoạt tổ chuyên môn, ngày 21/9, tổ Toán - Tin tổ chức buổi sinh"
                " hoạt chuyên môn theo nghiên cứu bài học với tiết dạy minh họa bài “Hình thang"
                " cân” tại lớp 8A.",
                "b",
            ),
            P(
                "Trong tiết dạy, giáo viên tổ chức cho học sinh gấp giấy, đo đạc để phát hiện tính"
                " chất hai góc kề một đáy và hai đường chéo của hình thang cân, sau đó tự rút ra"
                " dấu hiệu nhận biết."
            ),
            Img("image/catalog/tin-tuc/2026/09/nghien-cuu-bai-hoc-toan-8a.jpg",
                "Ảnh: Cô giáo Nguyễn Thị Lan hướng dẫn học sinh lớp 8A gấp giấy tìm tính chất hình thang cân",
                "Cô giáo Nguyễn Thị Lan hướng dẫn học sinh lớp 8A gấp giấy tìm tính chất hình thang cân", "i"),
            P(
                "Khác với cách dự giờ truyền thống, giáo viên dự giờ ngồi gần các nhóm học sinh,"
                " quan sát và ghi chép cách học sinh tiếp nhận nhiệm vụ, những khó khăn và cách các"
                " em giải quyết vấn đề."
            ),
            P(
                "Phần thảo luận sau tiết dạy tập trung vào việc học sinh đã học như thế nào, khi nào"
                " học sinh gặp khó khăn và cần điều chỉnh gì để mọi học sinh đều tham gia hoạt động"
                " học. Những điều chỉnh này sẽ được áp dụng trong các tiết dạy tiếp theo của tổ."
            ),
            Raw('<p style="text-align: right;"><b>ThS. Phạm Minh Tuấn - Tổ Toán - Tin</b></p>'),
        ],
        authors=["Phạm Minh Tuấn"],
        opts={
            "when": datetime(2026, 9, 23, 14, 5, 33),
            "tpl": "old",
            "field": "admin",
            "tags": ["Toán", "nghiên cứu bài học"],
            "comments": [],
            "products": [56, 55],
        },
    ),
    Story(
        id=35,
        slug="trai-nghiem-mot-ngay-lam-nong-dan-tai-hop-tac-xa-rau-an-toan",
        title="Trải nghiệm “Một ngày làm nông dân” tại Hợp tác xã rau an toàn Quỳnh Thọ",
        cat="hoat-dong-doi",
        published_at="2026-09-18T16:40:00+07:00",
        blocks=[
            P(
                "Ngày 17/9, gần 200 học sinh khối 7 đã tham gia chương trình trải nghiệm “Một ngày"
                " làm nông dân” tại Hợp tác xã rau an toàn Quỳnh Thọ, gắn với chủ đề “Em với cộng"
                " đồng” của môn Hoạt động trải nghiệm, hướng nghiệp."
            ),
            P(
                "Các em được kỹ sư nông nghiệp giới thiệu quy trình trồng rau theo tiêu chuẩn"
                " VietGAP, trực tiếp làm đất, gieo hạt, tưới nước và thu hoạch rau cải, mồng tơi."
            ),
            Img("image/catalog/tin-tuc/2026/09/trai-nghiem-thu-hoach-rau.jpg",
                "Học sinh lớp 7B thu hoạch rau cải (Ảnh: Minh Châu)",
                "Học sinh lớp 7B thu hoạch rau cải (Ảnh: Minh Châu)", "i"),
            P(
                "Buổi trải nghiệm giúp học sinh hiểu hơn công việc của người nông dân, biết quý"
                " trọng sức lao động và có thêm hiểu biết về nghề nông nghiệp công nghệ cao đang"
                " phát triển ở địa phương."
            ),
            Img("image/catalog/tin-tuc/2026/09/trai-nghiem-chup-anh-luu-niem.jpg", None, None, "none"),
            Raw('<p style="text-align: right;"><b>Tin và ảnh: Lê Minh Châu</b></p>'),
        ],
        authors=["Lê Minh Châu"],
        photographers=["Lê Minh Châu"],
        opts={
            "when": datetime(2026, 9, 18, 16, 40, 0),
            "tpl": "old",
            "field": "bientap",
            "tags": ["trải nghiệm", "hướng nghiệp"],
            "comments": [
                ("Phụ huynh em Bảo Anh 7B", "19/09/2026",
                 "Con về kể rất hào hứng, mong nhà trường tổ chức thêm nhiều buổi như thế này."),
            ],
            "products": [52, 53],
        },
    ),
    Story(
        id=34,
        slug="thong-bao-lich-hop-phu-huynh-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Thông báo lịch họp phụ huynh học sinh đầu năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-09-12T07:30:00+07:00",
        blocks=[
            P(
                "Nhà trường tổ chức họp phụ huynh học sinh đầu năm học 2026 - 2027 vào lúc 7 giờ 30"
                " phút, Chủ nhật ngày 20/9/2026 tại các phòng học của lớp."
            ),
            P("Nội dung cuộc họp:"),
            P(
                "Thông báo kết quả học tập, rèn luyện năm học 2025 - 2026 và kế hoạch giáo dục năm"
                " học 2026 - 2027 của nhà trường;",
                "ol",
            ),
            P("Triển khai nội quy học sinh, quy định về sử dụng điện thoại và an toàn giao thông;", "ol"),
            P("Bầu Ban đại diện cha mẹ học sinh lớp năm học 2026 - 2027.", "ol"),
            P("Phụ huynh xem thêm kế hoạch năm học của nhà trường tại đây."),
            P(
                "Đề nghị phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Trường hợp không thể"
                " tham dự, phụ huynh liên hệ trực tiếp với giáo viên chủ nhiệm."
            ),
        ],
        opts={
            "when": datetime(2026, 9, 12, 7, 30, 0),
            "tpl": "old",
            "field": "admin",
            "tags": ["họp phụ huynh"],
            "comments": [],
            "products": [50, 51],
            "links": {"tại đây": f"index.php?route=extension/blog/article&article_id={SOFT_404_ID}"},
        },
    ),
    Story(
        id=33,
        slug="to-khoa-hoc-tu-nhien-to-chuc-ngoai-khoa-khoa-hoc-quanh-em",
        title="Tổ Khoa học tự nhiên tổ chức ngoại khóa “Khoa học quanh em”",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-10",
        blocks=[
            P(
                "Sáng 09/9, tổ Khoa học tự nhiên tổ chức hoạt động ngoại khóa “Khoa học quanh em”"
                " cho học sinh khối 6 nhằm giúp các em làm quen với môn Khoa học tự nhiên ở cấp"
                " THCS."
            ),
            P(
                "Học sinh được xem các thí nghiệm vui như “núi lửa phun trào” từ giấm và muối nở,"
                " “trứng chìm trứng nổi” trong nước muối, làm kính lúp từ chai nhựa và tham gia trò"
                " chơi “Ai nhanh hơn” với các câu hỏi về hiện tượng tự nhiên."
            ),
            P("Một số hình ảnh của buổi ngoại khóa:"),
            Img("image/catalog/tin-tuc/2026/09/ngoai-khoa-khtn-1.jpg", None, None, "none"),
            Img("image/catalog/tin-tuc/2026/09/ngoai-khoa-khtn-2.jpg", None, None, "none"),
            Img("image/catalog/tin-tuc/2026/09/ngoai-khoa-khtn-3.jpg", None, None, "none"),
            Raw(
                '<p style="text-align: right;"><b>Bài: Trần Thị Mỹ Linh</b></p>\n'
                '<p style="text-align: right;"><b>Ảnh: Hoàng Yến</b></p>'
            ),
        ],
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Hoàng Yến"],
        opts={
            "when": datetime(2026, 9, 10, 0, 0, 0),
            "tpl": "old",
            "field": "bientap",
            "tags": ["Khoa học tự nhiên", "ngoại khóa"],
            "comments": [],
            "products": [55, 57],
        },
    ),
    Story(
        id=31,
        slug="boi-duong-giao-vien-ve-ung-dung-tri-tue-nhan-tao-trong-day-hoc",
        title="Bồi dưỡng giáo viên về ứng dụng trí tuệ nhân tạo trong dạy học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-08-20T09:12:40+07:00",
        blocks=[
            P(
                "Trong hai ngày 18 và 19/8, Trường THCS Trần Quốc Toản tổ chức lớp bồi dưỡng về ứng"
                " dụng trí tuệ nhân tạo (AI) trong dạy học cho 52 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Báo cáo viên là giảng viên Trường Đại học Vinh đã hướng dẫn giáo viên sử dụng một"
                " số công cụ AI để soạn câu hỏi kiểm tra, thiết kế hình ảnh minh họa và hỗ trợ nhận"
                " xét bài làm của học sinh; đồng thời lưu ý các nguyên tắc đạo đức, bảo mật thông"
                " tin khi sử dụng AI."
            ),
            Img("image/catalog/tin-tuc/2026/08/boi-duong-ai-thuc-hanh.jpg",
                "Giáo viên thực hành thiết kế bài giảng có sử dụng công cụ AI",
                "Giáo viên thực hành thiết kế bài giảng có sử dụng công cụ AI", "c"),
            P(
                "Sau lớp bồi dưỡng, mỗi tổ chuyên môn xây dựng ít nhất hai kế hoạch bài dạy có ứng"
                " dụng AI để chia sẻ trong buổi sinh hoạt chuyên môn tháng 9."
            ),
            Raw('<p style="text-align: right;"><b>Nguyễn Thị Hạnh</b></p>'),
        ],
        authors=["Nguyễn Thị Hạnh"],
        opts={
            "when": datetime(2026, 8, 20, 9, 12, 40),
            "tpl": "old",
            "field": "admin",
            "tags": ["bồi dưỡng", "chuyển đổi số"],
            "comments": [],
            "products": [57, 54],
            "nfd": True,
        },
    ),
]
_BY_ID = {s.id: s for s in STORIES}
_BY_SLUG = {s.slug: s for s in STORIES}
LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def in_cat(cat_id: int) -> list[Story]:
    """Posts of a blog category, newest first (the root "Tin tức" holds every post)."""
    if cat_id == 1:
        return list(LATEST)
    kw = BLOG_CATS[cat_id].keyword
    return [s for s in LATEST if s.cat == kw]


def seo_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}"


def index_path(s: Story) -> str:
    return f"/index.php?route=extension/blog/article&article_id={s.id}"


def cat_path(cat_id: int) -> str:
    c = BLOG_CATS[cat_id]
    return "/tin-tuc" if cat_id == 1 else f"/tin-tuc/{c.keyword}"


@dataclass(frozen=True)
class Product:
    id: int
    keyword: str
    name: str
    model: str
    price: int
    cat: int
    desc: tuple[str, ...]
    tags: tuple[str, ...]
    sizes: tuple[str, ...] = ()


PRODUCT_CATS: dict[int, tuple[str, str]] = {
    59: ("san-pham", "Sản phẩm"),
    60: ("dong-phuc", "Đồng phục"),
    61: ("sach-vo", "Sách - Vở"),
}
PRODUCTS: list[Product] = [
    Product(50, "dong-phuc-nam", "Đồng phục nam (áo sơ mi trắng + quần âu)", "DP-NAM", 185000, 60,
            ("Bộ đồng phục nam theo mẫu của Trường THCS Trần Quốc Toản: áo sơ mi trắng cộc tay, logo trường"
             " thêu trên ngực trái, quần âu màu xanh tím than.",
             "Chất liệu: vải kate Thắng Lợi, thấm hút mồ hôi, ít nhăn, giặt máy được."),
            ("đồng phục", "học sinh nam"), ("Cỡ | Chiều cao | Cân nặng", "S | 140 - 150 cm | 35 - 42 kg",
                                             "M | 150 - 160 cm | 42 - 50 kg", "L | 160 - 170 cm | 50 - 60 kg")),
    Product(51, "dong-phuc-nu", "Đồng phục nữ (áo sơ mi trắng + chân váy)", "DP-NU", 175000, 60,
            ("Bộ đồng phục nữ: áo sơ mi trắng cộc tay có logo trường, chân váy xếp ly màu xanh tím than dài"
             " qua gối.", "Đặt may theo số đo tại phòng Văn phòng nhà trường nếu không có cỡ phù hợp."),
            ("đồng phục", "học sinh nữ"), ("Cỡ | Chiều cao | Vòng eo", "S | 140 - 150 cm | 58 - 62 cm",
                                            "M | 150 - 158 cm | 62 - 66 cm", "L | 158 - 166 cm | 66 - 72 cm")),
    Product(52, "ao-the-duc", "Bộ quần áo thể dục", "TD-01", 120000, 60,
            ("Áo thun cổ tròn màu đỏ in logo trường, quần dài màu xanh đen có khóa túi.",
             "Chất liệu: thun cá sấu cotton 65%, co giãn bốn chiều."), ("đồng phục", "thể dục")),
    Product(53, "khan-quang-do", "Khăn quàng đỏ", "KQ-01", 8000, 60,
            ("Khăn quàng đỏ đội viên, vải phi bóng, đúng kích thước theo quy định của Hội đồng Đội"
             " Trung ương.",), ("Đội viên",)),
    Product(54, "phu-hieu-truong", "Phù hiệu trường (thêu sẵn)", "PH-01", 5000, 60,
            ("Phù hiệu thêu tên trường, may trên tay áo trái.",), ("đồng phục",)),
    Product(55, "vo-o-li-logo-truong", "Vở ô li in logo trường (10 quyển)", "VO-10", 90000, 61,
            ("Vở ô li 96 trang, giấy định lượng 80 g/m², bìa in logo và thời khóa biểu.",), ("vở",)),
    Product(56, "so-tay-ngu-van-8", "Sổ tay kiến thức Ngữ văn 8", "ST-NV8", 32000, 61,
            ("Tóm tắt kiến thức, sơ đồ tư duy các bài học Ngữ văn 8 do giáo viên tổ Khoa học xã hội biên"
             " soạn.",), ("sách tham khảo",)),
    Product(57, "so-lien-lac-dien-tu", "Sổ liên lạc học sinh THCS", "SLL-01", 25000, 61,
            ("Sổ liên lạc giữa gia đình và nhà trường, 48 trang.",), ("sổ",)),
]  # fmt: skip
_PRODUCT = {p.id: p for p in PRODUCTS}
BESTSELLERS = [50, 53, 55]


def products_in(cat_id: int) -> list[Product]:
    return list(PRODUCTS) if cat_id == 59 else [p for p in PRODUCTS if p.cat == cat_id]


#: information pages: id -> (keyword, title, paragraphs)
INFOS: dict[int, tuple[str, str, tuple[str, ...]]] = {
    4: ("gioi-thieu", "Giới thiệu", (
        "Trường THCS Trần Quốc Toản được thành lập năm 1962, đóng trên địa bàn xã Quỳnh Lưu, tỉnh"
        " Nghệ An. Năm học 2026 - 2027, trường có 18 lớp với 684 học sinh và 46 cán bộ, giáo viên,"
        " nhân viên.",
        "Trường đạt chuẩn quốc gia mức độ 2, kiểm định chất lượng giáo dục cấp độ 3; nhiều năm liền"
        " đạt danh hiệu Tập thể lao động xuất sắc.",
    )),
    6: ("thong-tin-giao-hang", "Thông tin giao hàng", (
        "Đồng phục và sách vở đặt trên website được giao tại phòng Văn phòng nhà trường trong giờ"
        " hành chính, hoặc gửi qua giáo viên chủ nhiệm.",
    )),
    3: ("chinh-sach-bao-mat", "Chính sách bảo mật", (
        "Thông tin phụ huynh cung cấp khi đặt hàng chỉ dùng để liên hệ giao hàng, không chia sẻ cho"
        " bên thứ ba.",
    )),
    5: ("dieu-khoan-dieu-kien", "Điều khoản & Điều kiện", (
        "Sản phẩm được đổi cỡ trong vòng 7 ngày kể từ ngày nhận nếu còn nguyên nhãn mác.",
    )),
}  # fmt: skip
INFO_BY_KW = {v[0]: k for k, v in INFOS.items()}

#: SEO keywords (OpenCart's seo_url table): keyword -> (kind, id)
KEYWORDS: dict[str, tuple[str, int]] = {
    **{c.keyword: ("bcat", c.id) for c in BLOG_CATS.values()},
    **{s.slug: ("post", s.id) for s in STORIES},
    **{p.keyword: ("product", p.id) for p in PRODUCTS},
    **{kw: ("pcat", cid) for cid, (kw, _) in PRODUCT_CATS.items()},
    **{kw: ("info", iid) for kw, iid in INFO_BY_KW.items()},
    "lien-he": ("contact", 0),
}


# --------------------------------------------------------------------------- the gold (by hand)


def _alt_paths(s: Story) -> list[str]:
    idx = index_path(s)
    seo = seo_path(s)
    return [idx, f"{seo}?currency=USD", f"{seo}?currency=VND", f"{idx}&currency=USD", f"{idx}&currency=VND"]


GOLD: list[dict] = [
    gold_record(s, seo_path(s), BLOG_CATS[CAT_ID[s.cat]].name, alt_paths=_alt_paths(s), image_page="/")
    for s in LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    "/tin-tuc?page=2",
    "/tin-tuc?page=3",
    "/tin-tuc/hoat-dong-chuyen-mon",
    "/tin-tuc/hoat-dong-chuyen-mon?page=2",
    "/tin-tuc/hoat-dong-doi",
    "/tin-tuc/thong-bao",
    "/san-pham",
    "/san-pham?page=2",
    "/dong-phuc",
    "/sach-vo",
    *(f"/{p.keyword}" for p in PRODUCTS),
    *(f"/{kw}" for kw, _, _ in INFOS.values()),
    "/lien-he",
    "/index.php?route=information/sitemap",
    "/index.php?route=account/login",
    "/index.php?route=account/register",
    "/index.php?route=account/forgotten",
    "/index.php?route=checkout/cart",
    "/index.php?route=product/search",
    "/index.php?route=product/compare",
    "/index.php?route=product/special",
    f"/index.php?route=extension/blog/article&article_id={SOFT_404_ID}",
]


# --------------------------------------------------------------------------- links and helpers


@dataclass
class Ctx:
    """One request as the templates see it: the absolute base, the target, the currency."""

    base: str
    path: str
    query: str
    currency: str

    def a(self, path: str) -> str:
        """An absolute href as OpenCart's url->link prints it (``&`` as ``&amp;``)."""
        return esc(self.base + path)

    def currency_link(self, code: str) -> str:
        pairs = [(k, v) for k, v in parse_qsl(self.query, keep_blank_values=True) if k != "currency"]
        pairs.append(("currency", code))
        return self.a(self.path + "?" + "&".join(f"{k}={quote(v, safe='/')}" for k, v in pairs))


def _dmy(d: datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _money(vnd: int, ctx: Ctx) -> str:
    if ctx.currency == "USD":
        usd = vnd * CURRENCIES["USD"][1]
        return "$" + f"{usd:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{vnd:,}".replace(",", ".") + "đ"


def _t(value: str) -> str:
    return esc(value)


def _excerpt(s: Story, n: int = 200) -> str:
    """The listing text: the short description, else the description cut at ``n`` characters."""
    if s.summary and s.sapo_outside:
        return s.summary
    parts = [b.text for b in s.blocks if isinstance(b, P)]
    flat = " ".join(parts)
    return flat[:n].rstrip() + ".."


def _thumb(s: Story) -> str:
    imgs = s.images
    if not imgs:
        return "/image/cache/no_image-300x200.png"
    src = imgs[0].src.lstrip("/").removeprefix("image/")
    return "/image/cache/" + src[:-4] + "-300x200.jpg"


def _product_thumb(p: Product, size: str = "228x228") -> str:
    return f"/image/cache/catalog/san-pham/{p.keyword}-{size}.jpg"


# --------------------------------------------------------------------------- page frame


def _head(ctx: Ctx, title: str, extra: str = "", description: str = "") -> str:
    return f"""<!DOCTYPE html>
<!--[if IE]><![endif]-->
<!--[if IE 8 ]><html dir="ltr" lang="vi" class="ie8"><![endif]-->
<!--[if IE 9 ]><html dir="ltr" lang="vi" class="ie9"><![endif]-->
<!--[if (gt IE 9)|!(IE)]><!-->
<html dir="ltr" lang="vi">
<!--<![endif]-->
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<base href="{esc(ctx.base)}/" />
<meta name="description" content="{esc(description or SITE + ' - ' + ADDRESS)}" />
<meta name="keywords" content="THCS Trần Quốc Toản, Quỳnh Lưu, đồng phục học sinh" />
<script src="catalog/view/javascript/jquery/jquery-2.1.1.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/bootstrap/css/bootstrap.min.css" rel="stylesheet" media="screen" />
<script src="catalog/view/javascript/bootstrap/js/bootstrap.min.js" type="text/javascript"></script>
<link href="catalog/view/javascript/font-awesome/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="catalog/view/theme/thcs_tqt/stylesheet/stylesheet.css" rel="stylesheet">
<link href="catalog/view/javascript/jquery/swiper/css/swiper.min.css" type="text/css" rel="stylesheet" media="screen" />
<script src="catalog/view/javascript/jquery/swiper/js/swiper.jquery.js" type="text/javascript"></script>
<script src="catalog/view/javascript/lazysizes.min.js" type="text/javascript"></script>
<script src="catalog/view/javascript/common.js" type="text/javascript"></script>
{extra}<link href="{ctx.a('/image/catalog/favicon-tqt.png')}" rel="icon" />
</head>"""


def _top(ctx: Ctx) -> str:
    cur = ctx.currency
    sym = "đ" if cur == "VND" else "$"
    cur_items = "".join(
        f'<li><a href="{ctx.currency_link(code)}">{"đ" if code == "VND" else "$"} {name}</a></li>'
        for code, (name, _) in CURRENCIES.items()
    )
    return f"""<body>
<nav id="top">
  <div class="container"><div class="pull-left">
  <div class="btn-group" id="currency-links"><button class="btn btn-link dropdown-toggle" data-toggle="dropdown"><strong>{sym}</strong> <span class="hidden-xs hidden-sm hidden-md">Tiền tệ</span>&nbsp;<i class="fa fa-caret-down"></i></button>
    <ul class="dropdown-menu">{cur_items}</ul></div>
</div>
    <div id="top-links" class="nav pull-right">
      <ul class="list-inline">
        <li><a href="{ctx.a('/lien-he')}"><i class="fa fa-phone"></i></a> <span class="hidden-xs hidden-sm hidden-md">{PHONE}</span></li>
        <li class="dropdown"><a href="{ctx.a('/index.php?route=account/account')}" title="Tài khoản" class="dropdown-toggle" data-toggle="dropdown"><i class="fa fa-user"></i> <span class="hidden-xs hidden-sm hidden-md">Tài khoản</span> <span class="caret"></span></a>
          <ul class="dropdown-menu dropdown-menu-right">
            <li><a href="{ctx.a('/index.php?route=account/register')}">Đăng ký</a></li>
            <li><a href="{ctx.a('/index.php?route=account/login')}">Đăng nhập</a></li>
          </ul>
        </li>
        <li><a href="{ctx.a('/index.php?route=account/wishlist')}" id="wishlist-total" title="Danh sách yêu thích (0)"><i class="fa fa-heart"></i> <span class="hidden-xs hidden-sm hidden-md">Danh sách yêu thích (0)</span></a></li>
        <li><a href="{ctx.a('/index.php?route=checkout/cart')}" title="Giỏ hàng"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Giỏ hàng</span></a></li>
        <li><a href="{ctx.a('/index.php?route=checkout/checkout')}" title="Thanh toán"><i class="fa fa-share"></i> <span class="hidden-xs hidden-sm hidden-md">Thanh toán</span></a></li>
      </ul>
    </div>
  </div>
</nav>
<header>
  <div class="container">
    <div class="row">
      <div class="col-sm-4">
        <div id="logo"><a href="{ctx.a('/index.php?route=common/home')}"><img src="{ctx.a('/image/catalog/logo-thcs-tran-quoc-toan.png')}" title="{SITE}" alt="{SITE}" class="img-responsive" /></a></div>
      </div>
      <div class="col-sm-5"><div id="search" class="input-group">
  <input type="text" name="search" value="" placeholder="Tìm kiếm" class="form-control input-lg" />
  <span class="input-group-btn">
    <button type="button" class="btn btn-default btn-lg"><i class="fa fa-search"></i></button>
  </span>
</div></div>
      <div class="col-sm-3"><div id="cart" class="btn-group btn-block">
  <button type="button" data-toggle="dropdown" data-loading-text="Đang tải..." class="btn btn-inverse btn-block btn-lg dropdown-toggle"><i class="fa fa-shopping-cart"></i> <span id="cart-total">Giỏ hàng (0 sản phẩm) - {_money(0, ctx)}</span></button>
  <ul class="dropdown-menu pull-right">
    <li><p class="text-center">Giỏ hàng đang trống!</p></li>
  </ul>
</div></div>
    </div>
  </div>
</header>
<div class="tqt-topbar"><div class="container"><span class="tqt-date"><i class="fa fa-clock-o"></i> Hôm nay: {TODAY}</span><span class="tqt-hotline pull-right"><i class="fa fa-phone-square"></i> Hotline: {HOTLINE}</span></div></div>
{_menu(ctx)}"""


def _menu(ctx: Ctx) -> str:
    news = "".join(
        f'<li><a href="{ctx.a(cat_path(c.id))}">{c.name}</a></li>' for c in BLOG_CATS.values() if c.parent
    )
    shop = "".join(
        f'<li><a href="{ctx.a("/" + kw)}">{name} ({len(products_in(cid))})</a></li>'
        for cid, (kw, name) in PRODUCT_CATS.items()
        if cid != 59
    )
    return f"""<div class="container">
  <nav id="menu" class="navbar">
    <div class="navbar-header"><span id="category" class="visible-xs">Danh mục</span>
      <button type="button" class="btn btn-navbar navbar-toggle" data-toggle="collapse" data-target=".navbar-ex1-collapse"><i class="fa fa-bars"></i></button>
    </div>
    <div class="collapse navbar-collapse navbar-ex1-collapse">
      <ul class="nav navbar-nav">
        <li><a href="{ctx.a('/')}">Trang chủ</a></li>
        <li><a href="{ctx.a('/index.php?route=information/information&information_id=4')}">Giới thiệu</a></li>
        <li class="dropdown"><a href="{ctx.a('/tin-tuc')}" class="dropdown-toggle" data-toggle="dropdown">Tin tức</a>
          <div class="dropdown-menu"><div class="dropdown-inner"><ul class="list-unstyled">{news}</ul></div>
            <a href="{ctx.a('/tin-tuc')}" class="see-all">Xem tất cả Tin tức</a></div>
        </li>
        <li class="dropdown"><a href="{ctx.a('/san-pham')}" class="dropdown-toggle" data-toggle="dropdown">Sản phẩm</a>
          <div class="dropdown-menu"><div class="dropdown-inner"><ul class="list-unstyled">{shop}</ul></div>
            <a href="{ctx.a('/san-pham')}" class="see-all">Xem tất cả Sản phẩm</a></div>
        </li>
        <li><a href="{ctx.a('/lien-he')}">Liên hệ</a></li>
      </ul>
    </div>
  </nav>
</div>"""


def _footer(ctx: Ctx) -> str:
    info = "".join(
        f'<li><a href="{ctx.a("/" + kw)}">{esc(title)}</a></li>' for kw, title, _ in INFOS.values()
    )
    return f"""<footer>
  <div class="container">
    <div class="row">
      <div class="col-sm-3">
        <h5>Thông tin</h5>
        <ul class="list-unstyled">{info}</ul>
      </div>
      <div class="col-sm-3">
        <h5>Dịch vụ khách hàng</h5>
        <ul class="list-unstyled">
          <li><a href="{ctx.a('/lien-he')}">Liên hệ</a></li>
          <li><a href="{ctx.a('/index.php?route=information/sitemap')}">Sơ đồ trang web</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Tài khoản của tôi</h5>
        <ul class="list-unstyled">
          <li><a href="{ctx.a('/index.php?route=account/account')}">Tài khoản của tôi</a></li>
          <li><a href="{ctx.a('/index.php?route=account/order')}">Lịch sử đơn hàng</a></li>
          <li><a href="{ctx.a('/index.php?route=account/wishlist')}">Danh sách yêu thích</a></li>
          <li><a href="{ctx.a('/index.php?route=account/newsletter')}">Thư thông báo</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Thống kê truy cập</h5>
        <ul class="list-unstyled tqt-counter">
          <li><i class="fa fa-user"></i> Đang online: 9</li>
          <li><i class="fa fa-calendar-o"></i> Hôm nay: 318</li>
          <li><i class="fa fa-calendar"></i> Hôm qua: 402</li>
          <li><i class="fa fa-bar-chart"></i> Tổng lượt truy cập: 284.517</li>
        </ul>
      </div>
    </div>
    <hr>
    <div class="tqt-address">
      <p><strong>{SITE.upper()}</strong></p>
      <p>Địa chỉ: {ADDRESS} - Điện thoại: {PHONE} - Hotline: {HOTLINE} - Email: {EMAIL}</p>
      <p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Văn Sơn</p>
    </div>
    <p>Thiết kế website: <a href="https://webnghean.vn" target="_blank">Web Nghệ An</a> &copy; 2020 - 2026. Powered By <a href="http://www.opencart.com">OpenCart</a></p>
  </div>
</footer>
<script type="text/javascript"><!--
$('#search button').on('click', function() {{ var v = $('#search input[name=\\'search\\']').val(); location = 'index.php?route=product/search&search=' + encodeURIComponent(v); }});
//--></script>
</body></html>"""


def _breadcrumb(ctx: Ctx, crumbs: list[tuple[str, str]]) -> str:
    items = [f'<li><a href="{ctx.a("/index.php?route=common/home")}"><i class="fa fa-home"></i></a></li>']
    items += [f'<li><a href="{ctx.a(path)}">{esc(name)}</a></li>' for name, path in crumbs]
    return '<ul class="breadcrumb">\n    ' + "\n    ".join(items) + "\n  </ul>"


def _page(ctx: Ctx, title: str, body: str, extra_head: str = "", description: str = "") -> str:
    return _head(ctx, title, extra_head, description) + "\n" + _top(ctx) + "\n" + body + "\n" + _footer(ctx)


# --------------------------------------------------------------------------- right column


def _column_right(ctx: Ctx, active: int | None = None) -> str:
    cats = []
    for c in BLOG_CATS.values():
        label = f"{c.name} ({len(in_cat(c.id))})"
        if c.parent:
            label = f"&nbsp;&nbsp;&nbsp;- {label}"
        cls = "list-group-item active" if c.id == active else "list-group-item"
        cats.append(f'<a href="{ctx.a(cat_path(c.id))}" class="{cls}">{label}</a>')
    latest = "".join(
        f'<li><a href="{ctx.a(index_path(s))}">{_t(s.title)}</a><br /><small class="text-muted">'
        f'<i class="fa fa-calendar"></i> {_dmy(s.opts["when"])}</small></li>'
        for s in LATEST[:5]
    )
    best = "".join(
        f"""<div class="product-layout"><div class="product-thumb transition">
  <div class="image"><a href="{ctx.a('/index.php?route=product/product&product_id=' + str(p.id))}"><img src="{ctx.a(_product_thumb(p, '80x80'))}" alt="{esc(p.name)}" title="{esc(p.name)}" class="img-responsive" /></a></div>
  <div class="caption"><h4><a href="{ctx.a('/index.php?route=product/product&product_id=' + str(p.id))}">{esc(p.name)}</a></h4>
  <p class="price">{_money(p.price, ctx)}</p></div>
  <div class="button-group"><button type="button" onclick="cart.add('{p.id}');"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Thêm vào giỏ</span></button></div>
</div></div>"""
        for p in (_PRODUCT[i] for i in BESTSELLERS)
    )
    return f"""<aside id="column-right" class="col-sm-3 hidden-xs">
    <div class="panel panel-default blog-category-module"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-folder-open"></i> Danh mục tin</h3></div>
      <div class="list-group">{''.join(cats)}</div></div>
    <div class="panel panel-default blog-latest-module"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-newspaper-o"></i> Bài viết mới</h3></div>
      <ul class="list-unstyled blog-latest-list">{latest}</ul></div>
    <div id="banner0" class="swiper-viewport"><div class="swiper-container"><div class="swiper-wrapper">
      <div class="swiper-slide"><a href="{ctx.a('/dong-phuc')}"><img src="{ctx.a('/image/cache/catalog/banner/dang-ky-dong-phuc-2026-270x360.jpg')}" alt="Đăng ký đồng phục năm học 2026 - 2027" class="img-responsive" /></a></div>
    </div></div></div>
    <h3>Bán chạy</h3>
    <div class="row">{best}</div>
  </aside>"""


# --------------------------------------------------------------------------- the post page


def _link_phrases(markup: str, s: Story, ctx: Ctx) -> str:
    for phrase, href in s.opts.get("links", {}).items():
        target = ctx.a(href) if href.startswith("/") else esc(href)
        markup = markup.replace(esc(phrase), f'<a href="{target}">{esc(phrase)}</a>', 1)
    return markup


def _para(b: P, s: Story, ctx: Ctx) -> str:
    t = _link_phrases(_t(b.text), s, ctx)
    if b.style == "b":
        return f"<p><b>{t}</b></p>"
    if b.style == "span":
        return f'<p><span style="font-size: 14px;">{t}</span></p>'
    if b.style == "nbsp":
        return "<p>" + t.replace(". ", ".&nbsp;").replace(", ", ",&nbsp; ", 1) + "</p>"
    return f"<p>{t}</p>"


def _img(img: Img, s: Story, ctx: Ctx) -> str:
    if s.opts["tpl"] == "new":
        tag = f'<img class="lazyload" src="{LAZY_GIF}" data-src="{ctx.a(img.src)}" style="width: 100%;">'
    else:
        tag = f'<img src="{esc(img.src)}" style="width: 100%;">'
    if img.style == "i":
        return f'<p>{tag}</p>\n<p style="text-align: center;"><i>{_t(img.printed or "")}</i></p>'
    if img.style == "c":
        return f'<p style="text-align: center;">{tag}<br></p>\n<p style="text-align: center; ">{_t(img.printed or "")}</p>'
    return f"<p>{tag}<br></p>"


def _description(s: Story, ctx: Ctx) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    trs.append("<tr>" + "".join(f"<td><b>{_t(c)}</b></td>" for c in cells) + "</tr>")
                else:
                    trs.append("<tr>" + "".join(f"<td>{_t(c)}</td>" for c in cells) + "</tr>")
            out.append('<table class="table table-bordered"><tbody>' + "".join(trs) + "</tbody></table>")
            rows.clear()
        if items:
            tag = "ol" if items[0].style == "ol" else "ul"
            lis = "".join(f"<li>{_link_phrases(_t(i.text), s, ctx)}</li>" for i in items)
            out.append(f"<{tag}>{lis}</{tag}>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            if items:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and b.style in ("li", "ol"):
            if rows:
                flush()
            items.append(b)
            continue
        flush()
        if isinstance(b, P):
            out.append(_para(b, s, ctx))
        elif isinstance(b, Img):
            out.append(_img(b, s, ctx))
        else:
            out.append(b.html)
    flush()
    if s.opts["tpl"] == "new":
        out.append("<p><br></p>")
    markup = "\n".join(out)
    return unicodedata.normalize("NFD", markup) if s.opts.get("nfd") else markup


def _tags(s: Story, ctx: Ctx) -> str:
    links = ", ".join(
        f'<a href="{esc(ctx.base)}/index.php?route=extension/blog/search&amp;tag={esc(t)}">{esc(t)}</a>'
        for t in s.opts.get("tags", [])
    )
    return links


def _share(ctx: Ctx, url: str) -> str:
    return (
        f'<div class="addthis_toolbox addthis_default_style" data-url="{esc(url)}">'
        '<a class="addthis_button_facebook_like" fb:like:layout="button_count"></a> '
        '<a class="addthis_button_tweet"></a> <a class="addthis_button_pinterest_pinit"></a> '
        '<a class="addthis_counter addthis_pill_style"></a></div>\n'
        '<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5a2f3c1b9e6d7f01"></script>'
    )


def _related_posts(s: Story) -> list[Story]:
    return [o for o in LATEST if o.cat == s.cat and o.id != s.id][:3]


def _related_products(s: Story, ctx: Ctx, form: bool) -> str:
    cells = []
    for pid in s.opts.get("products", []):
        p = _PRODUCT[pid]
        if form:
            button = (
                f'<form action="{ctx.a("/index.php?route=checkout/cart/add")}" method="post" class="form-cart-add">'
                f'<input type="hidden" name="product_id" value="{p.id}" /><input type="hidden" name="quantity" value="1" />'
                '<button type="submit" class="btn btn-primary btn-sm"><i class="fa fa-shopping-cart"></i> Thêm vào giỏ</button></form>'
            )
        else:
            button = (
                f'<button type="button" onclick="cart.add(\'{p.id}\', \'1\');"><i class="fa fa-shopping-cart"></i> '
                '<span class="hidden-xs hidden-sm hidden-md">Thêm vào giỏ</span></button>'
                f'<button type="button" data-toggle="tooltip" title="Thêm vào danh sách yêu thích" onclick="wishlist.add(\'{p.id}\');"><i class="fa fa-heart"></i></button>'
                f'<button type="button" data-toggle="tooltip" title="So sánh sản phẩm này" onclick="compare.add(\'{p.id}\');"><i class="fa fa-exchange"></i></button>'
            )
        cells.append(
            f"""<div class="product-layout col-lg-3 col-md-3 col-sm-6 col-xs-12"><div class="product-thumb transition">
  <div class="image"><a href="{ctx.a('/' + p.keyword)}"><img src="{ctx.a(_product_thumb(p, '200x200'))}" alt="{esc(p.name)}" title="{esc(p.name)}" class="img-responsive" /></a></div>
  <div class="caption"><h4><a href="{ctx.a('/' + p.keyword)}">{esc(p.name)}</a></h4><p class="price">{_money(p.price, ctx)}</p></div>
  <div class="button-group">{button}</div>
</div></div>"""
        )
    return '<div class="product-related"><h3>Sản phẩm liên quan</h3><div class="row">' + "\n".join(cells) + "</div></div>"


def _comments(s: Story, ctx: Ctx) -> str:
    comments = s.opts.get("comments", [])
    if comments:
        shown = "".join(
            f'<div class="media blog-comment"><div class="media-body"><p class="comment-meta"><strong>{esc(name)}</strong>'
            f" viết lúc {when}:</p><p>{esc(body)}</p></div></div>"
            for name, when, body in comments
        )
    else:
        shown = "<p>Chưa có bình luận nào cho bài viết này.</p>"
    return f"""<div class="blog-comments" id="blog-comments">
  <h3><i class="fa fa-comments"></i> Bình luận ({len(comments)})</h3>
  <div id="comment">{shown}</div>
  <form class="form-horizontal" id="form-comment">
    <h3>Viết bình luận</h3>
    <div class="form-group required"><div class="col-sm-12"><label class="control-label" for="input-name">Họ tên</label>
      <input type="text" name="name" value="" id="input-name" class="form-control" /></div></div>
    <div class="form-group required"><div class="col-sm-12"><label class="control-label" for="input-comment">Nội dung bình luận</label>
      <textarea name="text" rows="5" id="input-comment" class="form-control"></textarea>
      <div class="help-block"><span class="text-danger">Lưu ý:</span> Không hỗ trợ HTML!</div></div></div>
    <fieldset><legend>Mã bảo vệ</legend>
      <div class="form-group required"><label class="col-sm-2 control-label" for="input-captcha">Nhập mã xác nhận vào ô bên dưới</label>
        <div class="col-sm-10"><input type="text" name="captcha" id="input-captcha" class="form-control" />
          <img src="index.php?route=extension/captcha/basic/captcha" alt="" /></div></div>
    </fieldset>
    <div class="buttons clearfix"><div class="pull-right"><button type="button" id="button-comment" data-loading-text="Đang tải..." class="btn btn-primary">Gửi bình luận</button></div></div>
  </form>
</div>
<script type="text/javascript"><!--
$('#button-comment').on('click', function() {{
  $.ajax({{ url: 'index.php?route=extension/blog/article/write&article_id={s.id}', type: 'post', dataType: 'json', data: $('#form-comment').serialize() }});
}});
//--></script>"""


def _article(s: Story, ctx: Ctx) -> str:
    cat = BLOG_CATS[CAT_ID[s.cat]]
    seo = ctx.base + seo_path(s)
    when: datetime = s.opts["when"]
    crumbs = _breadcrumb(ctx, [("Tin tức", "/tin-tuc"), (cat.name, cat_path(cat.id)), (s.title, seo_path(s))])
    views = s.views()
    if s.opts["tpl"] == "new":
        intro = (
            f'<div class="blog-article-intro"><p><strong>{_t(s.summary)}</strong></p></div>\n'
            if s.summary
            else ""
        )
        upd = s.opts.get("updated")
        updated = (
            f'<p class="blog-article-updated text-muted small"><i class="fa fa-refresh"></i> Cập nhật lần cuối: {upd:%d/%m/%Y %H:%M}</p>\n'
            if upd
            else ""
        )
        related = "".join(
            f"""<div class="col-sm-4"><div class="blog-thumb">
  <div class="image"><a href="{ctx.a(seo_path(o))}"><img src="{ctx.a(_thumb(o))}" alt="{esc(o.title)}" title="{esc(o.title)}" class="img-responsive" /></a></div>
  <div class="caption"><h4><a href="{ctx.a(seo_path(o))}">{_t(o.title)}</a></h4><p class="text-muted small"><i class="fa fa-calendar"></i> {_dmy(o.opts['when'])}</p></div>
</div></div>"""
            for o in _related_posts(s)
        )
        content = f"""<div class="blog-article-header">
        <h1 class="blog-article-title">{_t(s.title)}</h1>
        <p class="blog-article-meta text-muted"><i class="fa fa-calendar"></i> {_dmy(when)} &nbsp; <i class="fa fa-user"></i> Tác giả: {esc(s.opts['field'])} &nbsp; <i class="fa fa-eye"></i> {views} lượt xem</p>
      </div>
      {intro}<div class="blog-article-content">
{_description(s, ctx)}
      </div>
      {updated}<div class="blog-article-tools">
        <p class="blog-tags"><i class="fa fa-tags"></i> Thẻ: {_tags(s, ctx)}</p>
        {_share(ctx, seo)}
        <button type="button" class="btn btn-default btn-sm" onclick="window.print();"><i class="fa fa-print"></i> In bài viết</button>
      </div>
      <div class="blog-related"><h3>Bài viết liên quan</h3><div class="row">{related}</div></div>
      {_related_products(s, ctx, form=True)}
      {_comments(s, ctx)}"""
        ld = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": s.title,
            "image": [ctx.base + i.src for i in s.images],
            "datePublished": f"{when:%Y-%m-%dT%H:%M:%S}+07:00",
            "dateModified": f"{(s.opts.get('updated') or when):%Y-%m-%dT%H:%M:%S}+07:00",
            "author": {"@type": "Person", "name": s.opts["field"]},
            "publisher": {"@type": "Organization", "name": SITE},
            "mainEntityOfPage": seo,
        }
        ld_json = json.dumps(ld, ensure_ascii=False).replace("/", "\\/")
        extra = f'<script type="application/ld+json">{ld_json}</script>\n'
    else:
        related = "".join(
            f'<li><i class="fa fa-angle-right"></i> <a href="{ctx.a(seo_path(o))}">{_t(o.title)}</a> <span class="text-muted">({_dmy(o.opts["when"])})</span></li>'
            for o in _related_posts(s)
        )
        content = f"""<div class="article-container">
        <h2 class="article-title">{_t(s.title)}</h2>
        <div class="article-info"><span class="article-date"><i class="fa fa-clock-o"></i> Ngày đăng: {when:%d/%m/%Y %H:%M:%S}</span> | <span class="article-author"><i class="fa fa-user"></i> Người đăng: {esc(s.opts['field'])}</span> | <span class="article-viewed"><i class="fa fa-eye"></i> Lượt xem: {views}</span></div>
        <div class="article-description">
{_description(s, ctx)}
        </div>
      </div>
      <div class="article-tools">
        <div class="article-tags"><b>Tags:</b> {_tags(s, ctx)}</div>
        {_share(ctx, seo)}
        <a href="javascript:window.print();" class="btn btn-default btn-xs"><i class="fa fa-print"></i> In bài viết</a>
      </div>
      <div class="article-related"><h3>Bài viết liên quan</h3><ul class="list-unstyled">{related}</ul></div>
      {_related_products(s, ctx, form=False)}
      {_comments(s, ctx)}"""
        extra = ""
    extra += f'<link href="{esc(seo)}" rel="canonical" />\n'
    body = f"""<div id="blog-article" class="container">
  {crumbs}
  <div class="row">
    <div id="content" class="col-sm-9">
      {content}
    </div>
    {_column_right(ctx, CAT_ID[s.cat])}
  </div>
</div>"""
    title = s.opts.get("meta_title", s.title)
    return _page(ctx, title, body, extra, _excerpt(s, 150))


def _missing_article(ctx: Ctx) -> str:
    body = f"""<div id="blog-article" class="container">
  {_breadcrumb(ctx, [("Tin tức", "/tin-tuc"), ("Không tìm thấy bài viết!", f"/index.php?route=extension/blog/article&article_id={SOFT_404_ID}")])}
  <div class="row">
    <div id="content" class="col-sm-9">
      <h1>Không tìm thấy bài viết!</h1>
      <p>Bài viết bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>
      <div class="buttons"><div class="pull-right"><a href="{ctx.a('/index.php?route=common/home')}" class="btn btn-primary">Tiếp tục</a></div></div>
    </div>
    {_column_right(ctx)}
  </div>
</div>"""
    return _page(ctx, "Không tìm thấy bài viết!", body)


# --------------------------------------------------------------------------- listings


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _pagination(ctx: Ctx, url: str, page: int, pages: int) -> str:
    """OpenCart 3's Pagination::render: ``url`` carries ``{page}``; page 1 drops the parameter."""

    def to(n: int) -> str:
        if n == 1:
            return ctx.a(url.replace("&page={page}", "").replace("?page={page}", ""))
        return ctx.a(url.replace("{page}", str(n)))

    if pages <= 1:
        return ""
    out = ['<ul class="pagination">']
    if page > 1:
        out.append(f'<li><a href="{to(1)}">|&lt;</a></li>')
        out.append(f'<li><a href="{to(page - 1)}">&lt;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<li class="active"><span>{n}</span></li>')
        else:
            out.append(f'<li><a href="{to(n)}">{n}</a></li>')
    if page < pages:
        out.append(f'<li><a href="{to(page + 1)}">&gt;</a></li>')
        out.append(f'<li><a href="{to(pages)}">&gt;|</a></li>')
    out.append("</ul>")
    return "".join(out)


def _q(base: str, pairs: list[tuple[str, str]]) -> str:
    if not pairs:
        return base
    sep = "&" if "?" in base else "?"
    return base + sep + "&".join(f"{k}={v}" for k, v in pairs)


def _sort_limit(
    ctx: Ctx, base: str, sorts: list[tuple[str, str, str]], sort: str, order: str, limit: int,
    limits: list[int], default_limit: int,
) -> str:  # fmt: skip
    lim = [("limit", str(limit))] if limit != default_limit else []
    opts = []
    for key, direction, label in sorts:
        sel = ' selected="selected"' if (key, direction) == (sort, order) else ""
        opts.append(f'<option value="{ctx.a(_q(base, [("sort", key), ("order", direction), *lim]))}"{sel}>{label}</option>')
    srt = [("sort", sort), ("order", order)] if (sort, order) != (sorts[0][0], sorts[0][1]) else []
    lopts = []
    for n in limits:
        sel = ' selected="selected"' if n == limit else ""
        lopts.append(f'<option value="{ctx.a(_q(base, [*srt, ("limit", str(n))]))}"{sel}>{n}</option>')
    return f"""<div class="row">
        <div class="col-md-2 col-sm-6 hidden-xs"><div class="btn-group btn-group-sm">
          <button type="button" id="list-view" class="btn btn-default" data-toggle="tooltip" title="Danh sách"><i class="fa fa-th-list"></i></button>
          <button type="button" id="grid-view" class="btn btn-default" data-toggle="tooltip" title="Lưới"><i class="fa fa-th"></i></button>
        </div></div>
        <div class="col-md-4 col-xs-6"><div class="form-group input-group input-group-sm">
          <label class="input-group-addon" for="input-sort">Sắp xếp theo:</label>
          <select id="input-sort" class="form-control" onchange="location = this.value;">{''.join(opts)}</select>
        </div></div>
        <div class="col-md-3 col-xs-6"><div class="form-group input-group input-group-sm">
          <label class="input-group-addon" for="input-limit">Hiển thị:</label>
          <select id="input-limit" class="form-control" onchange="location = this.value;">{''.join(lopts)}</select>
        </div></div>
      </div>"""


def _sorted_posts(posts: list[Story], sort: str, order: str) -> list[Story]:
    if sort == "p.date_added":
        return sorted(posts, key=lambda s: s.opts["when"], reverse=order == "DESC")
    if sort == "pd.name":
        return sorted(posts, key=lambda s: s.title, reverse=order == "DESC")
    if sort == "p.viewed":
        return sorted(posts, key=lambda s: s.views(), reverse=order == "DESC")
    return posts


def _listing_params(params: dict[str, str], sorts: list[tuple[str, str, str]], default_limit: int):
    sort = params.get("sort", sorts[0][0])
    order = params.get("order", "DESC" if sort == "p.date_added" else "ASC").upper()
    if (sort, order) not in {(k, d) for k, d, _ in sorts}:
        sort, order = sorts[0][0], sorts[0][1]
    limit = _int(params.get("limit"), default_limit)
    if not 0 < limit <= 100:
        limit = default_limit
    page = max(1, _int(params.get("page"), 1))
    return sort, order, limit, page


def _blog_category(cat_id: int, ctx: Ctx, params: dict[str, str]) -> str:
    cat = BLOG_CATS[cat_id]
    base = cat_path(cat_id)
    sort, order, limit, page = _listing_params(params, SORTS, BLOG_LIMIT)
    posts = _sorted_posts(in_cat(cat_id), sort, order)
    total = len(posts)
    pages = max(1, -(-total // limit))
    shown = posts[(page - 1) * limit : page * limit]
    keep = []
    if (sort, order) != (SORTS[0][0], SORTS[0][1]):
        keep += [("sort", sort), ("order", order)]
    if limit != BLOG_LIMIT:
        keep.append(("limit", str(limit)))
    pager_url = _q(base, [*keep, ("page", "{page}")])
    items = "".join(
        f"""<div class="blog-layout blog-list col-xs-12"><div class="blog-thumb">
  <div class="image"><a href="{ctx.a(seo_path(s))}"><img src="{ctx.a(_thumb(s))}" alt="{esc(s.title)}" title="{esc(s.title)}" class="img-responsive" /></a></div>
  <div class="caption">
    <h4><a href="{ctx.a(seo_path(s))}">{_t(s.title)}</a></h4>
    <p class="blog-date"><i class="fa fa-calendar"></i> {_dmy(s.opts['when'])} &nbsp; <i class="fa fa-eye"></i> {s.views()}</p>
    <p>{esc(unicodedata.normalize('NFD', _excerpt(s)) if s.opts.get('nfd') else _excerpt(s))}</p>
    <a href="{ctx.a(seo_path(s))}" class="btn btn-primary btn-xs">Xem thêm</a>
  </div>
</div></div>"""
        for s in shown
    )
    if shown:
        first, last = (page - 1) * limit + 1, (page - 1) * limit + len(shown)
        listing = f"""{_sort_limit(ctx, base, SORTS, sort, order, limit, [BLOG_LIMIT, 25, 50, 75, 100], BLOG_LIMIT)}
      <div class="row">{items}</div>
      <div class="row">
        <div class="col-sm-6 text-left">{_pagination(ctx, pager_url, page, pages)}</div>
        <div class="col-sm-6 text-right">Hiển thị {first} đến {last} trong tổng số {total} ({pages} Trang)</div>
      </div>"""
    else:
        listing = f"""<p>Không có bài viết nào trong danh mục này.</p>
      <div class="buttons"><div class="pull-right"><a href="{ctx.a('/index.php?route=common/home')}" class="btn btn-primary">Tiếp tục</a></div></div>"""
    crumbs = [("Tin tức", "/tin-tuc")] + ([(cat.name, base)] if cat.parent else [])
    links = f'<link href="{ctx.a(_q(base, [("page", str(page))]) if page > 1 else base)}" rel="canonical" />\n'
    if page > 1:
        links += f'<link href="{ctx.a(_q(base, [("page", str(page - 1))]) if page > 2 else base)}" rel="prev" />\n'
    if page < pages:
        links += f'<link href="{ctx.a(_q(base, [("page", str(page + 1))]))}" rel="next" />\n'
    body = f"""<div id="blog-category" class="container">
  {_breadcrumb(ctx, crumbs)}
  <div class="row">
    <div id="content" class="col-sm-9">
      <h2>{esc(cat.name)}</h2>
      <div class="row"><div class="col-sm-12 blog-category-description"><p>{esc(cat.description)}</p></div></div>
      <hr>
      {listing}
    </div>
    {_column_right(ctx, cat_id)}
  </div>
</div>"""
    title = cat.name + (f" - Trang {page}" if page > 1 else "")
    return _page(ctx, title, body, links)


def _blog_search(ctx: Ctx, params: dict[str, str]) -> str:
    tag = params.get("tag", "").strip()
    found = [s for s in LATEST if tag and tag.lower() in (t.lower() for t in s.opts.get("tags", []))]
    items = "".join(
        f'<div class="blog-layout blog-list col-xs-12"><h4><a href="{ctx.a(seo_path(s))}">{_t(s.title)}</a></h4>'
        f'<p class="blog-date"><i class="fa fa-calendar"></i> {_dmy(s.opts["when"])}</p></div>'
        for s in found
    )
    if not items:
        items = "<p>Không có bài viết nào phù hợp với tiêu chí tìm kiếm.</p>"
    body = f"""<div id="blog-search" class="container">
  {_breadcrumb(ctx, [("Tin tức", "/tin-tuc"), ("Tìm kiếm", "/index.php?route=extension/blog/search")])}
  <div class="row"><div id="content" class="col-sm-9">
    <h1>Bài viết theo thẻ: {esc(tag)}</h1>
    <div class="row">{items}</div>
  </div>
  {_column_right(ctx)}</div>
</div>"""
    return _page(ctx, f"Tìm kiếm - {tag}", body)


# --------------------------------------------------------------------------- shop pages


def _product_cell(p: Product, ctx: Ctx, path_kw: str | None = None) -> str:
    href = ctx.a(f"/{path_kw}/{p.keyword}" if path_kw else f"/{p.keyword}")
    return f"""<div class="product-layout product-grid col-lg-4 col-md-4 col-sm-6 col-xs-12">
  <div class="product-thumb">
    <div class="image"><a href="{href}"><img src="{ctx.a(_product_thumb(p))}" alt="{esc(p.name)}" title="{esc(p.name)}" class="img-responsive" /></a></div>
    <div>
      <div class="caption">
        <h4><a href="{href}">{esc(p.name)}</a></h4>
        <p>{esc(p.desc[0][:90])}..</p>
        <p class="price">{_money(p.price, ctx)}</p>
      </div>
      <div class="button-group">
        <button type="button" onclick="cart.add('{p.id}', '1');"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Thêm vào giỏ</span></button>
        <button type="button" data-toggle="tooltip" title="Thêm vào danh sách yêu thích" onclick="wishlist.add('{p.id}');"><i class="fa fa-heart"></i></button>
        <button type="button" data-toggle="tooltip" title="So sánh sản phẩm này" onclick="compare.add('{p.id}');"><i class="fa fa-exchange"></i></button>
      </div>
    </div>
  </div>
</div>"""


def _sorted_products(items: list[Product], sort: str, order: str) -> list[Product]:
    keys = {"pd.name": lambda p: p.name, "p.price": lambda p: p.price, "p.model": lambda p: p.model}
    if sort in keys:
        return sorted(items, key=keys[sort], reverse=order == "DESC")
    return items


def _product_category(cat_id: int, ctx: Ctx, params: dict[str, str]) -> str:
    kw, name = PRODUCT_CATS[cat_id]
    base = "/" + kw
    sort, order, limit, page = _listing_params(params, PRODUCT_SORTS, PRODUCT_LIMIT)
    items = _sorted_products(products_in(cat_id), sort, order)
    total = len(items)
    pages = max(1, -(-total // limit))
    shown = items[(page - 1) * limit : page * limit]
    keep = []
    if (sort, order) != ("p.sort_order", "ASC"):
        keep += [("sort", sort), ("order", order)]
    if limit != PRODUCT_LIMIT:
        keep.append(("limit", str(limit)))
    refine = ""
    if cat_id == 59:
        subs = "".join(
            f'<li><a href="{ctx.a("/" + k)}">{n} ({len(products_in(c))})</a></li>'
            for c, (k, n) in PRODUCT_CATS.items()
            if c != 59
        )
        refine = f'<h3>Tinh chỉnh tìm kiếm</h3><div class="row"><div class="col-sm-3"><ul>{subs}</ul></div></div>'
    if shown:
        first, last = (page - 1) * limit + 1, (page - 1) * limit + len(shown)
        listing = f"""<div class="row">
        <div class="col-md-2 col-sm-6 hidden-xs"></div>
        <div class="col-md-3 col-sm-6"><div class="form-group"><a href="{ctx.a('/index.php?route=product/compare')}" id="compare-total" class="btn btn-link">So sánh sản phẩm (0)</a></div></div>
      </div>
      {_sort_limit(ctx, base, PRODUCT_SORTS, sort, order, limit, [PRODUCT_LIMIT, 25, 50, 75, 100], PRODUCT_LIMIT)}
      <div class="row">{''.join(_product_cell(p, ctx, kw) for p in shown)}</div>
      <div class="row">
        <div class="col-sm-6 text-left">{_pagination(ctx, _q(base, [*keep, ("page", "{page}")]), page, pages)}</div>
        <div class="col-sm-6 text-right">Hiển thị {first} đến {last} trong tổng số {total} ({pages} Trang)</div>
      </div>"""
    else:
        listing = "<p>Không có sản phẩm nào trong danh mục này.</p>"
    body = f"""<div id="product-category" class="container">
  {_breadcrumb(ctx, [(name, base)])}
  <div class="row">
    <div id="content" class="col-sm-9">
      <h2>{esc(name)}</h2>
      {refine}
      {listing}
    </div>
    {_column_right(ctx)}
  </div>
</div>"""
    return _page(ctx, name, body, f'<link href="{ctx.a(base)}" rel="canonical" />\n')


def _product(p: Product, ctx: Ctx, path_kw: str | None = None) -> str:
    crumbs = [(PRODUCT_CATS[_cat_id(path_kw)][1], "/" + path_kw)] if path_kw else []
    crumbs.append((p.name, f"/{path_kw}/{p.keyword}" if path_kw else f"/{p.keyword}"))
    desc = "".join(f"<p>{esc(d)}</p>" for d in p.desc)
    if p.sizes:
        rows = "".join(
            "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.split(" | ")) + "</tr>" for r in p.sizes
        )
        desc += f'<p><b>Bảng cỡ tham khảo:</b></p><table class="table table-bordered"><tbody>{rows}</tbody></table>'
    tags = ", ".join(
        f'<a href="{esc(ctx.base)}/index.php?route=product/search&amp;tag={esc(t)}">{esc(t)}</a>' for t in p.tags
    )
    body = f"""<div id="product-product" class="container">
  {_breadcrumb(ctx, crumbs)}
  <div class="row">
    <div id="content" class="col-sm-9">
      <div class="row">
        <div class="col-sm-8">
          <ul class="thumbnails">
            <li><a class="thumbnail" href="{ctx.a(_product_thumb(p, '500x500'))}" title="{esc(p.name)}"><img src="{ctx.a(_product_thumb(p))}" title="{esc(p.name)}" alt="{esc(p.name)}" /></a></li>
          </ul>
          <ul class="nav nav-tabs">
            <li class="active"><a href="#tab-description" data-toggle="tab">Mô tả</a></li>
            <li><a href="#tab-review" data-toggle="tab">Đánh giá (0)</a></li>
          </ul>
          <div class="tab-content">
            <div class="tab-pane active" id="tab-description">{desc}</div>
            <div class="tab-pane" id="tab-review">
              <form class="form-horizontal" id="form-review">
                <div id="review"><p>Chưa có đánh giá nào cho sản phẩm này.</p></div>
                <h2>Viết đánh giá</h2>
                <div class="form-group required"><div class="col-sm-12"><label class="control-label" for="input-name">Tên của bạn</label><input type="text" name="name" value="" id="input-name" class="form-control" /></div></div>
                <div class="form-group required"><div class="col-sm-12"><label class="control-label" for="input-review">Đánh giá của bạn</label><textarea name="text" rows="5" id="input-review" class="form-control"></textarea></div></div>
                <div class="buttons clearfix"><div class="pull-right"><button type="button" id="button-review" data-loading-text="Đang tải..." class="btn btn-primary">Tiếp tục</button></div></div>
              </form>
            </div>
          </div>
        </div>
        <div class="col-sm-4">
          <div class="btn-group">
            <button type="button" data-toggle="tooltip" class="btn btn-default" title="Thêm vào danh sách yêu thích" onclick="wishlist.add('{p.id}');"><i class="fa fa-heart"></i></button>
            <button type="button" data-toggle="tooltip" class="btn btn-default" title="So sánh sản phẩm này" onclick="compare.add('{p.id}');"><i class="fa fa-exchange"></i></button>
          </div>
          <h1>{esc(p.name)}</h1>
          <ul class="list-unstyled">
            <li>Mã sản phẩm: {p.model}</li>
            <li>Tình trạng: Còn hàng</li>
          </ul>
          <ul class="list-unstyled"><li><h2>{_money(p.price, ctx)}</h2></li></ul>
          <div id="product">
            <div class="form-group">
              <label class="control-label" for="input-quantity">Số lượng</label>
              <input type="text" name="quantity" value="1" size="2" id="input-quantity" class="form-control" />
              <input type="hidden" name="product_id" value="{p.id}" />
              <br />
              <button type="button" id="button-cart" data-loading-text="Đang tải..." class="btn btn-primary btn-lg btn-block">Thêm vào giỏ</button>
            </div>
          </div>
          <div class="rating">
            <p><span class="fa fa-stack"><i class="fa fa-star-o fa-stack-1x"></i></span> <a href="" onclick="$('a[href=\\'#tab-review\\']').trigger('click'); return false;">0 đánh giá</a> / <a href="" onclick="$('a[href=\\'#tab-review\\']').trigger('click'); return false;">Viết đánh giá</a></p>
            <hr>
            {_share(ctx, ctx.base + '/' + p.keyword)}
          </div>
        </div>
      </div>
      <p>Tags: {tags}</p>
    </div>
    {_column_right(ctx)}
  </div>
</div>"""
    return _page(ctx, p.name, body, f'<link href="{ctx.a("/" + p.keyword)}" rel="canonical" />\n', p.desc[0])


def _cat_id(kw: str | None) -> int:
    return next(cid for cid, (k, _) in PRODUCT_CATS.items() if k == kw)


def _simple(ctx: Ctx, page_id: str, title: str, crumbs: list[tuple[str, str]], inner: str, wide: bool = True) -> str:
    col = "col-sm-12" if wide else "col-sm-9"
    right = "" if wide else _column_right(ctx)
    body = f"""<div id="{page_id}" class="container">
  {_breadcrumb(ctx, crumbs)}
  <div class="row"><div id="content" class="{col}">
    <h1>{esc(title)}</h1>
    {inner}
  </div>{right}</div>
</div>"""
    return _page(ctx, title, body)


def _information(info_id: int, ctx: Ctx) -> str:
    kw, title, paras = INFOS[info_id]
    inner = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return _simple(ctx, "information-information", title, [(title, "/" + kw)], inner)


def _contact(ctx: Ctx) -> str:
    inner = f"""<h3>Địa chỉ liên hệ</h3>
    <div class="panel panel-default"><div class="panel-body"><div class="row">
      <div class="col-sm-3"><strong>{SITE}</strong><br /><address>{ADDRESS}</address></div>
      <div class="col-sm-3"><strong>Điện thoại</strong><br>{PHONE}<br /><br /><strong>Hotline</strong><br>{HOTLINE}</div>
      <div class="col-sm-3"><strong>Giờ làm việc</strong><br />Thứ Hai - Thứ Bảy: 7h00 - 17h00</div>
    </div></div></div>
    <form action="{ctx.a('/lien-he')}" method="post" enctype="multipart/form-data" class="form-horizontal">
      <fieldset><legend>Gửi thư cho chúng tôi</legend>
        <div class="form-group required"><label class="col-sm-2 control-label" for="input-name">Họ tên</label><div class="col-sm-10"><input type="text" name="name" value="" id="input-name" class="form-control" /></div></div>
        <div class="form-group required"><label class="col-sm-2 control-label" for="input-email">Địa chỉ E-Mail</label><div class="col-sm-10"><input type="text" name="email" value="" id="input-email" class="form-control" /></div></div>
        <div class="form-group required"><label class="col-sm-2 control-label" for="input-enquiry">Nội dung</label><div class="col-sm-10"><textarea name="enquiry" rows="10" id="input-enquiry" class="form-control"></textarea></div></div>
      </fieldset>
      <div class="buttons"><div class="pull-right"><input class="btn btn-primary" type="submit" value="Gửi" /></div></div>
    </form>"""
    return _simple(ctx, "information-contact", "Liên hệ", [("Liên hệ", "/lien-he")], inner)


def _sitemap_page(ctx: Ctx) -> str:
    cats = "".join(f'<li><a href="{ctx.a("/" + kw)}">{n}</a></li>' for kw, n in PRODUCT_CATS.values())
    infos = "".join(f'<li><a href="{ctx.a("/" + kw)}">{esc(t)}</a></li>' for kw, t, _ in INFOS.values())
    inner = f"""<div class="row">
      <div class="col-sm-6"><ul>{cats}</ul></div>
      <div class="col-sm-6"><ul>
        <li><a href="{ctx.a('/index.php?route=product/special')}">Khuyến mãi</a></li>
        <li><a href="{ctx.a('/index.php?route=account/account')}">Tài khoản của tôi</a>
          <ul><li><a href="{ctx.a('/index.php?route=account/edit')}">Thông tin tài khoản</a></li>
          <li><a href="{ctx.a('/index.php?route=account/password')}">Mật khẩu</a></li>
          <li><a href="{ctx.a('/index.php?route=account/order')}">Lịch sử đơn hàng</a></li></ul></li>
        <li><a href="{ctx.a('/index.php?route=checkout/cart')}">Giỏ hàng</a></li>
        <li><a href="{ctx.a('/index.php?route=checkout/checkout')}">Thanh toán</a></li>
        <li><a href="{ctx.a('/index.php?route=product/search')}">Tìm kiếm</a></li>
        <li>Thông tin<ul>{infos}<li><a href="{ctx.a('/lien-he')}">Liên hệ</a></li></ul></li>
      </ul></div>
    </div>"""
    return _simple(ctx, "information-sitemap", "Sơ đồ trang web", [("Sơ đồ trang web", "/index.php?route=information/sitemap")], inner)


def _login(ctx: Ctx) -> str:
    inner = f"""<div class="row">
      <div class="col-sm-6"><div class="well"><h2>Khách hàng mới</h2><p><strong>Đăng ký tài khoản</strong></p>
        <p>Tạo tài khoản để mua hàng nhanh hơn, theo dõi đơn hàng và nhận thông báo từ nhà trường.</p>
        <a href="{ctx.a('/index.php?route=account/register')}" class="btn btn-primary">Tiếp tục</a></div></div>
      <div class="col-sm-6"><div class="well"><h2>Khách hàng cũ</h2>
        <form action="{ctx.a('/index.php?route=account/login')}" method="post" enctype="multipart/form-data">
          <div class="form-group"><label class="control-label" for="input-email">Địa chỉ E-Mail</label><input type="text" name="email" value="" id="input-email" class="form-control" /></div>
          <div class="form-group"><label class="control-label" for="input-password">Mật khẩu</label><input type="password" name="password" value="" id="input-password" class="form-control" />
            <a href="{ctx.a('/index.php?route=account/forgotten')}">Quên mật khẩu</a></div>
          <input type="submit" value="Đăng nhập" class="btn btn-primary" />
        </form></div></div>
    </div>"""
    return _simple(ctx, "account-login", "Đăng nhập tài khoản", [("Tài khoản", "/index.php?route=account/account"), ("Đăng nhập", "/index.php?route=account/login")], inner, wide=False)


def _register(ctx: Ctx) -> str:
    inner = f"""<p>Nếu bạn đã có tài khoản, vui lòng <a href="{ctx.a('/index.php?route=account/login')}">đăng nhập</a>.</p>
    <form action="{ctx.a('/index.php?route=account/register')}" method="post" enctype="multipart/form-data" class="form-horizontal">
      <fieldset id="account"><legend>Thông tin cá nhân</legend>
        <div class="form-group required"><label class="col-sm-2 control-label" for="input-firstname">Tên</label><div class="col-sm-10"><input type="text" name="firstname" id="input-firstname" class="form-control" /></div></div>
        <div class="form-group required"><label class="col-sm-2 control-label" for="input-email">E-Mail</label><div class="col-sm-10"><input type="email" name="email" id="input-email" class="form-control" /></div></div>
        <div class="form-group required"><label class="col-sm-2 control-label" for="input-telephone">Điện thoại</label><div class="col-sm-10"><input type="tel" name="telephone" id="input-telephone" class="form-control" /></div></div>
      </fieldset>
      <div class="buttons"><div class="pull-right">Tôi đã đọc và đồng ý với <a href="{ctx.a('/index.php?route=information/information/agree&information_id=5')}" class="agree"><b>Điều khoản &amp; Điều kiện</b></a>
        <input type="checkbox" name="agree" value="1" /> &nbsp; <input type="submit" value="Tiếp tục" class="btn btn-primary" /></div></div>
    </form>"""
    return _simple(ctx, "account-register", "Đăng ký tài khoản", [("Tài khoản", "/index.php?route=account/account"), ("Đăng ký", "/index.php?route=account/register")], inner, wide=False)


def _forgotten(ctx: Ctx) -> str:
    inner = f"""<p>Nhập địa chỉ e-mail gắn với tài khoản của bạn, chúng tôi sẽ gửi liên kết đặt lại mật khẩu.</p>
    <form action="{ctx.a('/index.php?route=account/forgotten')}" method="post" class="form-horizontal">
      <div class="form-group required"><label class="col-sm-2 control-label" for="input-email">Địa chỉ E-Mail</label><div class="col-sm-10"><input type="text" name="email" id="input-email" class="form-control" /></div></div>
      <div class="buttons clearfix"><div class="pull-left"><a href="{ctx.a('/index.php?route=account/login')}" class="btn btn-default">Quay lại</a></div><div class="pull-right"><input type="submit" value="Tiếp tục" class="btn btn-primary" /></div></div>
    </form>"""
    return _simple(ctx, "account-forgotten", "Quên mật khẩu?", [("Tài khoản", "/index.php?route=account/account"), ("Quên mật khẩu", "/index.php?route=account/forgotten")], inner, wide=False)


def _empty(ctx: Ctx, page_id: str, title: str, route: str, message: str) -> str:
    inner = f"""<p>{message}</p>
    <div class="buttons"><div class="pull-right"><a href="{ctx.a('/index.php?route=common/home')}" class="btn btn-primary">Tiếp tục</a></div></div>"""
    return _simple(ctx, page_id, title, [(title, "/index.php?route=" + route)], inner)


def _search(ctx: Ctx, params: dict[str, str]) -> str:
    term = params.get("search", "").strip()
    tag = params.get("tag", "").strip()
    found = []
    if term:
        found = [p for p in PRODUCTS if term.lower() in p.name.lower()]
    elif tag:
        found = [p for p in PRODUCTS if tag.lower() in (t.lower() for t in p.tags)]
    results = (
        '<div class="row">' + "".join(_product_cell(p, ctx) for p in found) + "</div>"
        if found
        else "<p>Không có sản phẩm nào phù hợp với tiêu chí tìm kiếm.</p>"
    )
    inner = f"""<label class="control-label" for="input-search">Tiêu chí tìm kiếm</label>
    <div class="row"><div class="col-sm-4"><input type="text" name="search" value="{esc(term or tag)}" placeholder="Từ khóa" id="input-search" class="form-control" /></div>
      <div class="col-sm-3"><label class="checkbox-inline"><input type="checkbox" name="description" value="true" id="description" /> Tìm trong mô tả sản phẩm</label></div></div>
    <input type="button" value="Tìm kiếm" id="button-search" class="btn btn-primary" />
    <h2>Sản phẩm phù hợp với tiêu chí tìm kiếm</h2>
    {results}"""
    title = f"Tìm kiếm - {term or tag}" if (term or tag) else "Tìm kiếm"
    return _simple(ctx, "product-search", title, [("Tìm kiếm", "/index.php?route=product/search")], inner)


def _home(ctx: Ctx) -> str:
    slides = "".join(
        f'<div class="swiper-slide text-center"><a href="{ctx.a(index_path(s))}"><img src="{ctx.a(f"/image/cache/catalog/slide/slide-{s.id}-1140x380.jpg")}" alt="{esc(s.title)}" class="img-responsive" /></a></div>'
        for s in [_BY_ID[45], _BY_ID[44], _BY_ID[41]]
    )
    latest = "".join(
        f"""<div class="col-sm-4"><div class="blog-thumb">
  <div class="image"><a href="{ctx.a(seo_path(s))}"><img src="{ctx.a(_thumb(s))}" alt="{esc(s.title)}" class="img-responsive" /></a></div>
  <div class="caption"><h4><a href="{ctx.a(seo_path(s))}">{_t(s.title)}</a></h4>
  <p class="blog-date"><i class="fa fa-calendar"></i> {_dmy(s.opts['when'])}</p>
  <p>{esc(_excerpt(s, 120))}</p><a href="{ctx.a(seo_path(s))}" class="btn btn-primary btn-xs">Xem thêm</a></div>
</div></div>"""
        for s in LATEST[:6]
    )
    notices = "".join(
        f'<li><a href="{ctx.a(seo_path(s))}">{_t(s.title)}</a> <span class="text-muted">{_dmy(s.opts["when"])}</span></li>'
        for s in in_cat(4)
    )
    featured = "".join(_product_cell(_PRODUCT[i], ctx) for i in (50, 51, 52, 55))
    body = f"""<div id="common-home" class="container">
  <div class="row">
    <div id="content" class="col-sm-12">
      <div class="swiper-viewport"><div id="slideshow0" class="swiper-container"><div class="swiper-wrapper">{slides}</div></div>
        <div class="swiper-pagination slideshow0"></div></div>
      <div class="blog-latest-home"><h3>Tin tức mới nhất</h3><div class="row">{latest}</div>
        <p class="text-right"><a href="{ctx.a('/index.php?route=extension/blog/category&blog_category_id=1')}">Xem tất cả tin tức &raquo;</a></p></div>
      <div class="home-notices"><h3>Thông báo</h3><ul class="list-unstyled">{notices}</ul></div>
      <h3>Sản phẩm nổi bật</h3>
      <div class="row">{featured}</div>
    </div>
  </div>
</div>"""
    return _page(ctx, SITE, body, f'<link href="{ctx.a("/")}" rel="canonical" />\n')


def _not_found(ctx: Ctx) -> Response:
    inner = f"""<p>Trang bạn yêu cầu không tìm thấy!</p>
    <div class="buttons"><div class="pull-right"><a href="{ctx.a('/index.php?route=common/home')}" class="btn btn-primary">Tiếp tục</a></div></div>"""
    page = _simple(ctx, "error-not-found", "Không tìm thấy trang!", [], inner)
    return html(page, status=404)


def _google_sitemap(ctx: Ctx) -> Response:
    urls = [f"/{p.keyword}" for p in PRODUCTS] + [f"/{kw}" for kw, _ in PRODUCT_CATS.values()]
    urls += [f"/{kw}" for kw, _, _ in INFOS.values()]
    body = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    body += "".join(
        f"<url><loc>{esc(ctx.base + u)}</loc><changefreq>weekly</changefreq><priority>0.7</priority></url>" for u in urls
    )
    body += "</urlset>"
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


def _cart_add(request: Request) -> Response:
    if request.method != "POST":
        return Response(200, "[]", {"Content-Type": "application/json"})
    pid = _int(request.form.get("product_id"), 0)
    p = _PRODUCT.get(pid)
    if p is None:
        return Response(200, "[]", {"Content-Type": "application/json"})
    data = {
        "success": f'Thành công: Bạn đã thêm <a href="index.php?route=product/product&amp;product_id={p.id}">{p.name}</a> vào <a href="index.php?route=checkout/cart">giỏ hàng</a>!',
        "total": f"1 sản phẩm - {p.price:,}đ".replace(",", "."),
    }
    return Response(
        200,
        json.dumps(data),
        {"Content-Type": "application/json", "Set-Cookie": f"OCSESSID={SESSION}; path=/"},
    )


# --------------------------------------------------------------------------- routing

_ACCOUNT_PAGES = {"account/login": _login, "account/register": _register, "account/forgotten": _forgotten}


class OpenCartBlogSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/image/", "/catalog/view/")):
            return static_file(path)
        if path == "/robots.txt":
            base = base_url(request)
            text_ = (
                "User-agent: *\nDisallow: /admin/\nDisallow: /system/\n"
                f"Sitemap: {base}/index.php?route=extension/feed/google_sitemap\n"
            )
            return Response(200, text_, {"Content-Type": "text/plain"})
        if path == "/favicon.ico":
            return static_file(path)
        currency = params.get("currency", "VND")
        ctx = Ctx(base_url(request), path, request.query, currency if currency in CURRENCIES else "VND")
        if path in ("/", "/index.php"):
            result = self._route(request, ctx, params.get("route", "common/home"), params)
        else:
            result = self._seo(ctx, path, params)
        if isinstance(result, Response):
            return result
        headers = {"Set-Cookie": f"OCSESSID={SESSION}; path=/"}
        return html(result, headers=headers)

    def _route(self, request: Request, ctx: Ctx, route: str, params: dict[str, str]) -> str | Response:
        if route == "common/home":
            return _home(ctx)
        if route == "extension/blog/category":
            cid = _int(params.get("blog_category_id"), 0)
            return _blog_category(cid, ctx, params) if cid in BLOG_CATS else _not_found(ctx)
        if route == "extension/blog/article":
            s = _BY_ID.get(_int(params.get("article_id"), 0))
            return _article(s, ctx) if s else _missing_article(ctx)
        if route == "extension/blog/search":
            return _blog_search(ctx, params)
        if route == "product/product":
            p = _PRODUCT.get(_int(params.get("product_id"), 0))
            return _product(p, ctx) if p else _not_found(ctx)
        if route == "product/category":
            cid = _int(params.get("path", "").split("_")[-1], 0)
            return _product_category(cid, ctx, params) if cid in PRODUCT_CATS else _not_found(ctx)
        if route == "product/search":
            return _search(ctx, params)
        if route == "product/compare":
            return _empty(ctx, "product-compare", "So sánh sản phẩm", route, "Bạn chưa chọn sản phẩm nào để so sánh.")
        if route == "product/special":
            return _empty(ctx, "product-special", "Khuyến mãi", route, "Hiện không có sản phẩm khuyến mãi nào.")
        if route == "information/information":
            iid = _int(params.get("information_id"), 0)
            return _information(iid, ctx) if iid in INFOS else _not_found(ctx)
        if route == "information/information/agree":
            iid = _int(params.get("information_id"), 0)
            if iid not in INFOS:
                return Response(200, "", {"Content-Type": "text/html; charset=utf-8"})
            return "".join(f"<p>{esc(p)}</p>" for p in INFOS[iid][2])
        if route == "information/contact":
            return _contact(ctx)
        if route == "information/sitemap":
            return _sitemap_page(ctx)
        if route in _ACCOUNT_PAGES:
            return _ACCOUNT_PAGES[route](ctx)
        if route.startswith("account/"):
            return redirect(ctx.base + "/index.php?route=account/login", 302)
        if route == "checkout/cart":
            return _empty(ctx, "checkout-cart", "Giỏ hàng", route, "Giỏ hàng của bạn đang trống!")
        if route == "checkout/checkout":
            return redirect(ctx.base + "/index.php?route=checkout/cart", 302)
        if route == "checkout/cart/add":
            return _cart_add(request)
        if route == "extension/feed/google_sitemap":
            return _google_sitemap(ctx)
        if route == "extension/captcha/basic/captcha":
            return static_file("captcha.jpg")
        return _not_found(ctx)

    def _seo(self, ctx: Ctx, path: str, params: dict[str, str]) -> str | Response:
        """OpenCart's startup/seo_url: every part of the path must be a keyword."""
        parts = [p for p in path.strip("/").split("/") if p]
        if not parts or any(p not in KEYWORDS for p in parts):
            return _not_found(ctx)
        kinds = [KEYWORDS[p] for p in parts]
        kind, ident = kinds[-1]
        if kind == "post":
            return _article(_BY_ID[ident], ctx)
        if kind == "bcat":
            return _blog_category(ident, ctx, params)
        if kind == "product":
            path_kw = parts[-2] if len(parts) > 1 and kinds[-2][0] == "pcat" else None
            return _product(_PRODUCT[ident], ctx, path_kw)
        if kind == "pcat":
            return _product_category(ident, ctx, params)
        if kind == "info":
            return _information(ident, ctx)
        return _contact(ctx)


def build_site() -> OpenCartBlogSite:
    return OpenCartBlogSite()
