"""Fixture portal: a private kindergarten-and-primary school's site on Haravan (Liquid theme).

Why: private schools (Trường Mầm non và Tiểu học …) often run their admissions site on Haravan,
the Vietnamese SaaS web/e-commerce platform (Liquid themes, Shopify-like URLs), because the
agency that sells them the "website trường học" theme sells shops on it too. The news lives in
Haravan *blogs*; the rest of the shop (collections, products, cart, customer accounts) is left
over from the theme and partly used for uniforms and books.

What it serves (``Trường Mầm non và Tiểu học Ngôi Sao Xanh``, Cần Thơ; store 200000612387):

- chrome on every page: an announcement bar "Tuyển sinh năm học 2027-2028 — Đăng ký ngay!",
  a top bar with the header clock (TODAY) and the hotline, logo, search box (``/search?q=``) with three
  suggested keywords linked under it,
  "Tài khoản" (``/account/login``) and the theme's cart icon "Giỏ hàng (0)" (``/cart``), a mega
  menu, a floating "Đăng ký tham quan trường" form (POST ``/contact``), and a footer with the
  address, hotlines, email, fanpage, a visitor counter app and "Powered by Haravan";
- blogs ``/blogs/tin-tuc`` (Tin tức, 7 posts), ``/blogs/hoat-dong-ngoai-khoa`` (Hoạt động
  ngoại khóa, 4) and ``/blogs/thong-bao`` (Thông báo, 2), plus the theme's ``/blogs/all``
  (every post), three cards a page, ``?page=N`` with Shopify's ``default_pagination`` markup
  (``div.pagination`` of ``span.prev / span.page / span.page.current / span.next``: "‹ Trước",
  "1", "2", "3", "Sau ›"); Tin tức has 3 pages, /blogs/all 5. A card prints the featured image
  (lazy, ``/article/`` folder), a split date ("14" + "11/2026"), title, excerpt, "Xem thêm" and
  "Xem nhanh" (``?view=quick``). A page past the last answers 200 "Chưa có bài viết nào".
- article pages ``/blogs/<blog>/<handle>``: breadcrumb "Trang chủ / <blog> / <title>",
  ``h1.article-title``, a meta line, the excerpt (when set) as a bold box ``div.article-excerpt``
  above ``div.article-content.rte`` (TinyMCE markup: ``p``, ``h3``, ``ul``, images as
  ``img.lazyload`` with a GIF placeholder in ``src`` and the real file in ``data-src``), the
  attachment link if any, "Tags:", share buttons (Facebook, Zalo, "Sao chép liên kết",
  "In bài viết" → ``?view=print``), "Bài viết liên quan" (three newest others of the blog, dated),
  approved blog comments ("… đã viết vào 21/11/2026 lúc 20:14"), the Facebook comments plugin
  placeholder and the "Viết bình luận" form (Họ tên, Email, Nội dung, "Gửi bình luận"). A
  sidebar "Bài viết mới nhất" (dated), "Danh mục tin", the blog's tag cloud and a banner.
  Tin tức and Thông báo use the theme's ``article.liquid``: "Người viết: <author> lúc HH:MM
  DD/MM/YYYY". Hoạt động ngoại khóa uses the alternate template ``article.hoat-dong``:
  "Đăng bởi <author> | Ngày đăng: DD/MM/YYYY | Cập nhật: DD/MM/YYYY" with the full time only in
  a ``<meta itemprop="datePublished">``.
- alternate templates of every article: ``?view=print`` (bare page, ``rel=canonical`` to the
  article, same meta line, plain ``src`` images, ``window.print()``), ``?view=quick`` (a layout-less
  fragment for the listing's quick-view popup: title, content, "Xem chi tiết"; no head, no date).
- pages ``/pages/gioi-thieu``, ``/pages/lien-he`` (form), ``/pages/hoc-phi`` (fee tables),
  ``/pages/thu-vien-anh`` (photo album with captions), ``/pages/tai-lieu-phu-huynh`` (PDF list);
  the shop ``/collections/all``, ``/collections/dong-phuc``, ``/products/<handle>`` (title, photo,
  price "185,000₫", sizes, "Thêm vào giỏ", a description of several paragraphs, "Sản phẩm liên
  quan"), the same product under ``/collections/<c>/products/<handle>`` (canonical to
  ``/products/…``), ``/search`` (+ popular-search links), ``/account/login``,
  ``/account/register``, ``/cart``; ``/robots.txt`` and the sitemap index ``/sitemap.xml`` →
  ``sitemap_{blogs,pages,collections,products}_1.xml``. Images, theme assets and files on
  Haravan's CDN (``//file.hstatic.net/…``, ``//theme.hstatic.net/…``, ``//product.hstatic.net/…``)
  are served by the fixture as local paths with the CDN host as first segment
  (``/file.hstatic.net/200000612387/file/…``). Everything is UTF-8; unknown paths get the theme's
  404 page with status 404.

Traps: (1) tag filters ``/blogs/<blog>/tagged/<tag>`` and their combinations: on a tag page the
tag cloud links ``link_to_add_tag`` targets (``/tagged/steam+ngoai-khoa``) and the order counts
(``ngoai-khoa+steam`` is another URL), every combination answers 200 (empty lists included) and
links further ones, so the space is practically endless (robots.txt, like the platform's default,
does not forbid it); (2) ``?view=print`` and ``?view=quick`` repeat every article (alt_paths);
(3) product pages look like posts (headline, photo, paragraphs) but are not articles, and each
product has two URLs; (4) ``/account/login``, ``/account/register``, ``/cart``, ``/search``;
(5) ``?page=1`` duplicates page one, pages past the last are empty 200 pages.

Gold (by hand). Articles are the 13 blog posts; the category is the blog's name as the breadcrumb
prints it. Judgement calls:
- date: "lúc 09:15 14/11/2026" gives the time; the Hoạt động ngoại khóa template prints a day
  only ("Ngày đăng: 12/11/2026"), so the gold is the day although ``itemprop=datePublished``
  holds a time; its "Cập nhật" stamp is never the date. Listing dates, comment dates and the
  header clock are not publication dates.
- authors: the meta line's author is a person (Phạm Thu Hà …) or a unit account ("Tổ Tiếng
  Anh", "Phòng Tuyển sinh": the author when nothing signs the text). "Ngôi Sao Xanh Official"
  is the shop's own account (like "admin") and credits nobody; the signature at the end of the
  text then decides: "Bài: Nguyễn Hoàng Yến" / "Ảnh: Lê Minh Trí"; "Bài, ảnh: Thầy Huỳnh Tấn
  Phát" (title stripped, both lists); "Bài và ảnh: Khánh Linh" + "Nguồn: Báo Cần Thơ" (author,
  photographer and source); a bare right-aligned "Cô Lâm Mỹ Duyên - Tổ Khối 4" (title and unit
  stripped). Where an account person also gets an "Ảnh: X" line, X is the photographer.
- summary: the excerpt box when the post has one (then also the body's first paragraph). On the
  20/11 post the editor pasted the first paragraph as the excerpt, so the page prints it twice
  (box and text): the summary is that paragraph and the body holds it once.
- body: paragraphs, ``h3`` subheadings and list items in order; captions, signatures, the
  attachment's file-name link, tags, comments and widgets are not body. The Tin tức post on the
  school menu is stored decomposed (NFD, typed with Unikey's "Unicode tổ hợp"); the seminar
  post ends paragraphs with ``&nbsp;``; gold is NFC with collapsed spaces.
- images: the ``data-src`` files of the content in order (the featured image only shows on
  cards and ``og:image``, not on the article page); caption = the ``<em>`` line under the
  image, the ``<br><em>`` line in the image's paragraph or the centred plain line, without
  wrapping parentheses and without a leading "Ảnh:" label; images with no line have None.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "haravan_school"
PLATFORM = "haravan"
START_PATH = "/"

SHOP = "Trường Mầm non và Tiểu học Ngôi Sao Xanh"
SHORT = "Ngôi Sao Xanh"
ACCOUNT = "Ngôi Sao Xanh Official"
ADDRESS = "Số 27 đường Trần Hoàng Na, phường Tân An, thành phố Cần Thơ"
HOTLINE = "0939 686 125"
PHONE = "0292 3 828 686"
EMAIL = "tuyensinh@ngoisaoxanh.edu.vn"
STORE = "200000612387"
THEME = f"/theme.hstatic.net/{STORE}/1001124578/14"
FILES = f"/file.hstatic.net/{STORE}/file"
ARTICLE_IMG = f"/file.hstatic.net/{STORE}/article"
PRODUCT_IMG = f"/product.hstatic.net/{STORE}/product"
PER_PAGE = 3
PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

#: blog handle -> printed name (menu, breadcrumb, category)
BLOGS: dict[str, str] = {
    "tin-tuc": "Tin tức",
    "hoat-dong-ngoai-khoa": "Hoạt động ngoại khóa",
    "thong-bao": "Thông báo",
}
#: blogs whose posts use the alternate template ``article.hoat-dong`` (day only, "Cập nhật")
DAY_ONLY_BLOGS = {"hoat-dong-ngoai-khoa"}

#: tag handle -> tag as typed in the admin
TAGS: dict[str, str] = {
    "tuyen-sinh": "Tuyển sinh",
    "phu-huynh": "Phụ huynh",
    "tieu-hoc": "Tiểu học",
    "mam-non": "Mầm non",
    "su-kien": "Sự kiện",
    "tieng-anh": "Tiếng Anh",
    "thanh-tich": "Thành tích",
    "steam": "STEAM",
    "dinh-duong": "Dinh dưỡng",
    "ngoai-khoa": "Ngoại khóa",
    "the-thao": "Thể thao",
}


def _f(name: str) -> str:
    return f"{FILES}/{name}"


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


# Story.opts: at (local publication time), upd (Cập nhật day, day-only template), author (the
# article.author account), tags, feat (featured image file for cards), nfd, nbsp, attach
# (href, label), comments [(name, when, text)].
# Img styles: em (next paragraph, centred <em>), br (<br><em> in the image's paragraph),
# center (next paragraph, centred plain text), none.
# P styles: "" paragraph, h3 subheading, li list item.
STORIES: list[Story] = [
    Story(
        id=1002,
        slug="thong-bao-ngay-hoi-tham-quan-truong-open-day-thang-12-2026",
        title="Thông báo Ngày hội tham quan trường (Open Day) tháng 12/2026",
        cat="thong-bao",
        published_at="2026-11-23T14:30:00+07:00",
        blocks=[
            P(
                "Nhằm giúp quý phụ huynh tìm hiểu môi trường học tập, chương trình giáo dục và cơ"
                " sở vật chất của nhà trường, Trường Mầm non và Tiểu học Ngôi Sao Xanh tổ chức Ngày"
                " hội tham quan trường (Open Day) như sau:"
            ),
            P("Thời gian: từ 8 giờ 00 đến 11 giờ 30, Chủ nhật ngày 06/12/2026.", "li"),
            P("Địa điểm: Số 27 đường Trần Hoàng Na, phường Tân An, thành phố Cần Thơ.", "li"),
            P(
                "Nội dung: tham quan lớp học, dự tiết học mẫu, gặp gỡ Ban Giám hiệu và giáo viên,"
                " tư vấn tuyển sinh năm học 2027 - 2028.",
                "li",
            ),
            P(
                "Phụ huynh vui lòng đăng ký trước ngày 04/12/2026 qua hotline 0939 686 125 hoặc điền"
                " phiếu “Đăng ký tham quan trường” trên website. Khi đến dự, phụ huynh có thể đưa con"
                " cùng tham gia các hoạt động trải nghiệm dành riêng cho các bé."
            ),
        ],
        authors=["Phòng Tuyển sinh"],
        opts={
            "at": "2026-11-23 14:30",
            "author": "Phòng Tuyển sinh",
            "tags": ["tuyen-sinh"],
            "feat": "open-day-thang-12-2026_a41c7e.jpg",
        },
    ),
    Story(
        id=1001,
        slug="hoi-thao-dong-hanh-cung-con-vao-lop-1-nam-2026",
        title="Hội thảo “Đồng hành cùng con vào lớp 1” năm 2026",
        cat="tin-tuc",
        published_at="2026-11-21T09:15:00+07:00",
        summary=(
            "Sáng Chủ nhật 15/11/2026, hơn 250 phụ huynh có con đang học lớp Lá đã tham dự hội thảo"
            " “Đồng hành cùng con vào lớp 1”, cùng chuyên gia tâm lý và giáo viên tiểu học trao đổi"
            " cách chuẩn bị cho con bước vào lớp 1 thật tự tin."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mở đầu hội thảo, cô Nguyễn Thị Kim Oanh, Hiệu trưởng nhà trường, chia sẻ: giai đoạn"
                " chuyển tiếp từ mầm non lên tiểu học là một bước ngoặt lớn với trẻ. Nếu được chuẩn bị"
                " tốt về tâm thế, kỹ năng và thói quen, trẻ sẽ hòa nhập nhanh và yêu thích việc đến"
                " trường."
            ),
            Img(
                _f("hoi-thao-vao-lop-1-01.jpg"),
                "Cô Hiệu trưởng Nguyễn Thị Kim Oanh phát biểu khai mạc hội thảo",
                "Cô Hiệu trưởng Nguyễn Thị Kim Oanh phát biểu khai mạc hội thảo",
                "em",
            ),
            P("Chuẩn bị tâm thế quan trọng hơn học trước chữ", "h3"),
            P(
                "ThS. Lê Hoàng Nam, chuyên gia tâm lý giáo dục, khuyên phụ huynh không nên cho con học"
                " trước chương trình lớp 1. Điều trẻ cần nhất là khả năng tự phục vụ, biết lắng nghe,"
                " biết chờ đến lượt và mạnh dạn bày tỏ nhu cầu của mình."
            ),
            P(
                "Các giáo viên khối 1 cũng giới thiệu những hoạt động làm quen với trường tiểu học mà"
                " các bé lớp Lá sẽ tham gia trong học kỳ II: dự tiết học mẫu, tham quan thư viện, ăn"
                " bán trú cùng các anh chị lớp 1."
            ),
            Img(
                _f("hoi-thao-vao-lop-1-02.jpg"),
                "Phụ huynh đặt câu hỏi cho chuyên gia tại phần giao lưu",
                "Phụ huynh đặt câu hỏi cho chuyên gia tại phần giao lưu",
                "br",
            ),
            P("Giải đáp thắc mắc của phụ huynh", "h3"),
            P(
                "Trong phần giao lưu, nhiều phụ huynh quan tâm đến thời khóa biểu, chương trình tiếng"
                " Anh tăng cường và hoạt động bán trú ở bậc tiểu học. Ban Giám hiệu đã giải đáp cụ thể"
                " từng câu hỏi và cho biết nhà trường sẽ tiếp tục tổ chức chuỗi hội thảo dành cho phụ"
                " huynh vào mỗi học kỳ."
            ),
        ],
        authors=["Phạm Thu Hà"],
        opts={
            "at": "2026-11-21 09:15",
            "author": "Phạm Thu Hà",
            "tags": ["tuyen-sinh", "phu-huynh", "tieu-hoc"],
            "feat": "hoi-thao-vao-lop-1_5b3c0a.jpg",
            "nbsp": True,
            "comments": [
                (
                    "Nguyễn Ngọc Hân",
                    "21/11/2026 lúc 20:14",
                    "Hội thảo rất bổ ích, cảm ơn nhà trường đã tổ chức. Mong trường có thêm buổi cho"
                    " phụ huynh đi làm giờ hành chính.",
                ),
                (
                    "Trần Minh Khoa",
                    "22/11/2026 lúc 07:02",
                    "Bé nhà mình về kể rất thích được đi thăm lớp 1.",
                ),
            ],
        },
    ),
    Story(
        id=1000,
        slug="le-tri-an-thay-co-nhan-ngay-nha-giao-viet-nam-20-11-2026",
        title="Lễ tri ân thầy cô nhân Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="tin-tuc",
        published_at="2026-11-20T10:30:00+07:00",
        summary=(
            "Sáng 20/11/2026, trong không khí ấm áp, Trường Mầm non và Tiểu học Ngôi Sao Xanh long"
            " trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        blocks=[
            P(
                "Sáng 20/11/2026, trong không khí ấm áp, Trường Mầm non và Tiểu học Ngôi Sao Xanh long"
                " trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Tại buổi lễ, các em học sinh tiểu học đã dâng tặng thầy cô những tiết mục văn nghệ"
                " đặc sắc, những bông hoa điểm tốt và những tấm thiệp tự tay làm. Các bé mầm non cũng"
                " mang đến sân khấu điệu múa “Cô giáo em” đáng yêu, hồn nhiên."
            ),
            Img(
                _f("le-tri-an-20-11-2026-01.jpg"),
                "(Tiết mục múa “Cô giáo em” của các bé lớp Chồi 2)",
                "Tiết mục múa “Cô giáo em” của các bé lớp Chồi 2",
                "em",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 15 giáo viên có thành tích xuất sắc trong phong trào"
                " thi đua “Dạy tốt - Học tốt” và trao kỷ niệm chương cho 6 thầy cô đã gắn bó với trường"
                " trên 10 năm."
            ),
            Img(_f("le-tri-an-20-11-2026-02.jpg"), None, None, "none"),
            P(
                "Thay mặt đội ngũ giáo viên, cô Trần Ngọc Bích bày tỏ niềm xúc động và hứa sẽ tiếp tục"
                " tận tâm với nghề, cùng nhà trường xây dựng môi trường học tập hạnh phúc cho học sinh."
            ),
            _right("Cô Lâm Mỹ Duyên - Tổ Khối 4", "em"),
        ],
        authors=["Lâm Mỹ Duyên"],
        opts={
            "at": "2026-11-20 10:30",
            "author": ACCOUNT,
            "tags": ["su-kien"],
            "feat": "le-tri-an-20-11_c2d917.jpg",
            "comments": [
                (
                    "Phụ huynh bé Gia Hân",
                    "20/11/2026 lúc 18:45",
                    "Chúc các thầy cô luôn mạnh khỏe và hạnh phúc với nghề!",
                ),
            ],
        },
    ),
    Story(
        id=998,
        slug="hoc-sinh-ngoi-sao-xanh-dat-12-giai-cuoc-thi-tieng-anh-little-stars",
        title="Học sinh Ngôi Sao Xanh đạt 12 giải tại Cuộc thi Tiếng Anh “Little Stars” cấp thành phố",
        cat="tin-tuc",
        published_at="2026-11-18T16:40:00+07:00",
        blocks=[
            P(
                "Cuộc thi Tiếng Anh “Little Stars” dành cho học sinh tiểu học thành phố Cần Thơ năm"
                " 2026 vừa khép lại với 320 thí sinh đến từ 41 trường tiểu học công lập và tư thục."
            ),
            P(
                "Đội tuyển của nhà trường gồm 16 em học sinh khối 3, 4 và 5 đã xuất sắc giành 2 giải"
                " Nhất, 4 giải Nhì, 3 giải Ba và 3 giải Khuyến khích. Em Trịnh Gia Bảo (lớp 5A1) đạt"
                " điểm cao nhất phần thi hùng biện với chủ đề “My dream school”."
            ),
            Img(
                _f("little-stars-2026-01.jpg"),
                "Đội tuyển Tiếng Anh của trường nhận giải tại lễ tổng kết cuộc thi",
                "Đội tuyển Tiếng Anh của trường nhận giải tại lễ tổng kết cuộc thi",
                "center",
            ),
            P(
                "Thành tích trên là kết quả của quá trình ôn luyện nghiêm túc suốt hai tháng, cùng sự"
                " đồng hành của thầy cô Tổ Tiếng Anh và giáo viên bản ngữ."
            ),
            Img(_f("little-stars-2026-02.jpg"), None, None, "none"),
            P(
                "Nhà trường chúc mừng các em và cảm ơn quý phụ huynh đã luôn đồng hành cùng con trong"
                " hành trình chinh phục tiếng Anh."
            ),
        ],
        authors=["Tổ Tiếng Anh"],
        opts={
            "at": "2026-11-18 16:40",
            "author": "Tổ Tiếng Anh",
            "tags": ["tieng-anh", "thanh-tich", "tieu-hoc"],
            "feat": "little-stars-2026_9e01ab.jpg",
        },
    ),
    Story(
        id=997,
        slug="thong-bao-tuyen-sinh-nam-hoc-2027-2028",
        title="Thông báo tuyển sinh năm học 2027 - 2028",
        cat="thong-bao",
        published_at="2026-11-16T08:00:00+07:00",
        blocks=[
            P(
                "Trường Mầm non và Tiểu học Ngôi Sao Xanh thông báo tuyển sinh năm học 2027 - 2028 như sau:"
            ),
            P("1. Đối tượng tuyển sinh", "h3"),
            P("Bậc Mầm non: trẻ từ 18 tháng đến 5 tuổi (sinh từ năm 2022 đến tháng 6/2026).", "li"),
            P(
                "Bậc Tiểu học: học sinh vào lớp 1 sinh năm 2021; học sinh chuyển trường từ lớp 2 đến lớp 5.",
                "li",
            ),
            P("2. Hồ sơ đăng ký", "h3"),
            P("Đơn đăng ký nhập học (theo mẫu của nhà trường);", "li"),
            P("Bản sao giấy khai sinh và thông tin cư trú;", "li"),
            P("Bản sao sổ tiêm chủng (đối với trẻ mầm non);", "li"),
            P(
                "Học bạ hoặc giấy xác nhận hoàn thành chương trình lớp học (đối với học sinh chuyển"
                " trường).",
                "li",
            ),
            P("3. Thời gian nhận hồ sơ", "h3"),
            P(
                "Từ ngày 01/12/2026 đến hết ngày 31/3/2027, từ thứ Hai đến thứ Bảy (sáng 7 giờ 30 - 11"
                " giờ 30, chiều 13 giờ 30 - 17 giờ 00) tại Phòng Tuyển sinh của nhà trường."
            ),
            P(
                "Mọi chi tiết xin liên hệ hotline 0939 686 125 hoặc email tuyensinh@ngoisaoxanh.edu.vn."
            ),
        ],
        opts={
            "at": "2026-11-16 08:00",
            "author": ACCOUNT,
            "tags": ["tuyen-sinh", "mam-non", "tieu-hoc"],
            "feat": "tuyen-sinh-2027-2028_77f3d0.jpg",
            "attach": (
                _f("thong-bao-tuyen-sinh-2027-2028.pdf"),
                "thong-bao-tuyen-sinh-2027-2028.pdf",
            ),
        },
    ),
    Story(
        id=995,
        slug="ngay-hoi-steam-be-lam-nha-khoa-hoc-nhi",
        title="Ngày hội STEAM “Bé làm nhà khoa học nhí”",
        cat="tin-tuc",
        published_at="2026-11-14T09:15:00+07:00",
        blocks=[
            P(
                "Ngày 12/11/2026, gần 400 học sinh mầm non và tiểu học đã cùng hóa thân thành những"
                " “nhà khoa học nhí” trong Ngày hội STEAM do nhà trường tổ chức."
            ),
            P(
                "Ngày hội gồm 12 gian trải nghiệm được thiết kế theo từng độ tuổi: bé mầm non làm núi"
                " lửa phun trào từ baking soda, pha màu tự nhiên từ rau củ; học sinh tiểu học lắp ráp"
                " xe chạy bằng dây thun, chế tạo kính vạn hoa và lập trình robot đơn giản."
            ),
            Img(
                _f("ngay-hoi-steam-2026-01.jpg"),
                "Ảnh: Các bé lớp Lá 3 say mê với thí nghiệm núi lửa phun trào",
                "Các bé lớp Lá 3 say mê với thí nghiệm núi lửa phun trào",
                "em",
            ),
            P(
                "Không chỉ quan sát, các em được trực tiếp đặt câu hỏi, dự đoán kết quả và ghi lại những"
                " gì mình thấy vào “sổ tay nhà khoa học”. Đây chính là cách học qua trải nghiệm mà nhà"
                " trường theo đuổi trong chương trình STEAM."
            ),
            Img(
                _f("ngay-hoi-steam-2026-02.jpg"),
                "Học sinh lớp 3A1 thử nghiệm chiếc xe chạy bằng dây thun do nhóm tự lắp ráp",
                "Học sinh lớp 3A1 thử nghiệm chiếc xe chạy bằng dây thun do nhóm tự lắp ráp",
                "em",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao giấy khen cho 10 sản phẩm sáng tạo nhất do các em tự thiết kế."
            ),
            _right("Bài: Nguyễn Hoàng Yến"),
            _right("Ảnh: Lê Minh Trí"),
        ],
        authors=["Nguyễn Hoàng Yến"],
        photographers=["Lê Minh Trí"],
        opts={
            "at": "2026-11-14 09:15",
            "author": ACCOUNT,
            "tags": ["steam", "mam-non", "tieu-hoc", "su-kien"],
            "feat": "ngay-hoi-steam_0d6b2f.jpg",
        },
    ),
    Story(
        id=994,
        slug="hanh-trinh-em-yeu-lich-su-tai-bao-tang-thanh-pho",
        title="Học sinh khối 5 tham gia hành trình “Em yêu lịch sử” tại Bảo tàng thành phố",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-11-12",
        summary=(
            "Chuyến đi thực tế giúp 180 học sinh khối 5 hiểu thêm về lịch sử, văn hóa vùng đất Tây"
            " Đô qua những hiện vật và câu chuyện sinh động."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sáng 10/11/2026, học sinh khối 5 đã có buổi học ngoại khóa tại Bảo tàng thành phố Cần"
                " Thơ. Các em được hướng dẫn viên giới thiệu về các hiện vật thời tiền sử, văn hóa Óc Eo"
                " và những trang sử hào hùng của quân và dân Cần Thơ."
            ),
            Img(
                _f("em-yeu-lich-su-01.jpg"),
                "Hướng dẫn viên giới thiệu hiện vật văn hóa Óc Eo cho học sinh lớp 5A3",
                "Hướng dẫn viên giới thiệu hiện vật văn hóa Óc Eo cho học sinh lớp 5A3",
                "br",
            ),
            P(
                "Sau phần tham quan, các em chia nhóm làm bài tập “Nhà sử học nhỏ tuổi”: tìm hiện vật"
                " theo gợi ý, ghi chép thông tin và trình bày lại trước lớp."
            ),
            Img(
                _f("em-yeu-lich-su-02.jpg"),
                "Nhóm học sinh lớp 5A1 hoàn thành phiếu học tập tại bảo tàng",
                "Nhóm học sinh lớp 5A1 hoàn thành phiếu học tập tại bảo tàng",
                "br",
            ),
            P(
                "Chuyến đi là một phần của chương trình giáo dục trải nghiệm, giúp các em học Lịch sử và"
                " Địa lí một cách sinh động, gần gũi hơn."
            ),
        ],
        authors=["Nguyễn Thị Thu Trang"],
        opts={
            "at": "2026-11-12 15:20",
            "upd": "13/11/2026",
            "author": "Nguyễn Thị Thu Trang",
            "tags": ["ngoai-khoa", "tieu-hoc"],
            "feat": "em-yeu-lich-su_f1a2b3.jpg",
        },
    ),
    Story(
        id=992,
        slug="tham-quan-nong-trai-giao-duc-cua-hoc-sinh-khoi-2",
        title="Chuyến tham quan nông trại giáo dục của học sinh khối 2",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-11-07",
        blocks=[
            P(
                "Ngày 05/11/2026, 200 học sinh khối 2 đã có chuyến tham quan, trải nghiệm tại nông trại giáo dục Phong Điền."
            ),
            P(
                "Tại đây, các em được tự tay gieo hạt, tưới rau, cho gà ăn và tìm hiểu quy trình trồng lúa"
                " từ hạt giống đến hạt gạo. Nhiều em lần đầu được lội ruộng, bắt cá bằng tay nên vô cùng"
                " thích thú."
            ),
            Img(
                _f("nong-trai-khoi-2-01.jpg"),
                "Học sinh lớp 2A2 thu hoạch rau cải trong vườn",
                "Học sinh lớp 2A2 thu hoạch rau cải trong vườn",
                "em",
            ),
            P(
                "Buổi chiều, các em cùng nhau làm bánh xèo và thưởng thức trái cây miệt vườn. Chuyến đi"
                " giúp học sinh thêm yêu lao động và trân trọng công sức của người nông dân."
            ),
            _right("Bài, ảnh: Thầy Huỳnh Tấn Phát"),
        ],
        authors=["Huỳnh Tấn Phát"],
        photographers=["Huỳnh Tấn Phát"],
        opts={
            "at": "2026-11-07 15:20",
            "upd": "09/11/2026",
            "author": ACCOUNT,
            "tags": ["ngoai-khoa", "tieu-hoc"],
            "feat": "nong-trai-khoi-2_3c4d5e.jpg",
        },
    ),
    Story(
        id=990,
        slug="thuc-don-ban-tru-thang-11-2026",
        title="Thực đơn bán trú tháng 11/2026: đủ chất, hợp khẩu vị",
        cat="tin-tuc",
        published_at="2026-11-05T14:00:00+07:00",
        blocks=[
            P(
                "Bộ phận Dinh dưỡng nhà trường đã xây dựng thực đơn bán trú tháng 11/2026 với sự tư vấn"
                " của chuyên gia dinh dưỡng, bảo đảm cân đối bốn nhóm chất và phù hợp với khẩu vị của trẻ."
            ),
            P(
                "Thực đơn thay đổi theo tuần, ưu tiên thực phẩm tươi theo mùa như bí đỏ, cải ngọt, cá"
                " basa, thịt heo nạc. Mỗi bữa trưa gồm món mặn, món canh, món xào và tráng miệng bằng"
                " trái cây hoặc sữa chua."
            ),
            Img(_f("thuc-don-thang-11-2026.jpg"), None, None, "none"),
            P(
                "Toàn bộ thực phẩm được nhập từ các nhà cung cấp có chứng nhận an toàn thực phẩm, được"
                " kiểm tra hằng ngày và lưu mẫu 24 giờ theo quy định."
            ),
            P(
                "Phụ huynh có thể xem thực đơn chi tiết từng tuần tại bảng tin của trường hoặc trên ứng"
                " dụng liên lạc điện tử."
            ),
        ],
        authors=["Võ Thị Mỹ Linh"],
        opts={
            "at": "2026-11-05 14:00",
            "author": "Võ Thị Mỹ Linh",
            "tags": ["dinh-duong", "phu-huynh"],
            "feat": "thuc-don-thang-11_8a9b0c.jpg",
            "nfd": True,
        },
    ),
    Story(
        id=985,
        slug="truong-tu-thuc-dau-tu-mo-hinh-song-ngu-cho-tre-mam-non",
        title="Trường tư thục đầu tư mô hình song ngữ cho trẻ mầm non",
        cat="tin-tuc",
        published_at="2026-10-28T08:00:00+07:00",
        summary=(
            "Nhiều trường mầm non tư thục tại Cần Thơ đang đầu tư mạnh vào chương trình song ngữ, giúp"
            " trẻ làm quen với tiếng Anh một cách tự nhiên qua trò chơi và hoạt động hằng ngày."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Trường Mầm non và Tiểu học Ngôi Sao Xanh, mỗi lớp mầm non có một giáo viên Việt Nam"
                " và một giáo viên tiếng Anh cùng phụ trách. Trẻ được nghe, nói tiếng Anh trong giờ đón"
                " trẻ, giờ ăn, giờ chơi ngoài trời chứ không chỉ trong tiết học."
            ),
            Img(
                _f("song-ngu-mam-non-01.jpg"),
                "Giờ học tiếng Anh qua trò chơi của các bé lớp Mầm 1",
                "Giờ học tiếng Anh qua trò chơi của các bé lớp Mầm 1",
                "em",
            ),
            P(
                "Theo cô Nguyễn Thị Kim Oanh, Hiệu trưởng nhà trường, điều quan trọng không phải là trẻ"
                " thuộc bao nhiêu từ vựng, mà là trẻ không sợ tiếng Anh và coi đó là một phần tự nhiên"
                " của cuộc sống."
            ),
            P(
                "Bên cạnh đó, phụ huynh cũng cần cân nhắc kỹ chất lượng đội ngũ giáo viên và cơ sở vật"
                " chất khi chọn trường song ngữ cho con, tránh chạy theo phong trào."
            ),
            _right("Bài và ảnh: Khánh Linh"),
            _right("Nguồn: Báo Cần Thơ", "em"),
        ],
        authors=["Khánh Linh"],
        photographers=["Khánh Linh"],
        source="Báo Cần Thơ",
        opts={
            "at": "2026-10-28 08:00",
            "author": ACCOUNT,
            "tags": ["mam-non", "tieng-anh"],
            "feat": "song-ngu-mam-non_2e3f4a.jpg",
        },
    ),
    Story(
        id=980,
        slug="cau-lac-bo-bong-ro-nhi-chinh-thuc-ra-mat",
        title="Câu lạc bộ Bóng rổ nhí chính thức ra mắt",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-10-22",
        blocks=[
            P(
                "Chiều 20/10/2026, Câu lạc bộ Bóng rổ nhí của nhà trường chính thức ra mắt với 48 thành"
                " viên là học sinh từ lớp 3 đến lớp 5."
            ),
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Ba và thứ Năm hằng tuần tại sân bóng rổ trong nhà,"
                " dưới sự hướng dẫn của các huấn luyện viên có chứng chỉ của Liên đoàn Bóng rổ Việt Nam."
            ),
            Img(
                _f("clb-bong-ro-nhi-01.jpg"),
                "Các thành viên câu lạc bộ trong buổi tập đầu tiên",
                "Các thành viên câu lạc bộ trong buổi tập đầu tiên",
                "center",
            ),
            P("Rèn thể lực, rèn tinh thần đồng đội", "h3"),
            P(
                "Ngoài kỹ thuật dẫn bóng, chuyền bóng và ném rổ, các em còn được rèn luyện tinh thần đồng"
                " đội, tính kỷ luật và sự tự tin khi thi đấu."
            ),
            P(
                "Phụ huynh có nhu cầu cho con tham gia câu lạc bộ vui lòng đăng ký với giáo viên chủ"
                " nhiệm trước ngày 31/10/2026."
            ),
            _right("Ảnh: Lê Minh Trí", "em"),
        ],
        authors=["Lưu Quốc Cường"],
        photographers=["Lê Minh Trí"],
        opts={
            "at": "2026-10-22 17:05",
            "upd": "23/10/2026",
            "author": "Lưu Quốc Cường",
            "tags": ["ngoai-khoa", "the-thao", "tieu-hoc"],
            "feat": "clb-bong-ro-nhi_6f7a8b.jpg",
        },
    ),
    Story(
        id=975,
        slug="dem-hoi-trang-ram-2026-ruoc-den-pha-co-cung-be",
        title="Đêm hội Trăng rằm 2026: Rước đèn, phá cỗ cùng bé",
        cat="hoat-dong-ngoai-khoa",
        published_at="2026-09-26",
        blocks=[
            P(
                "Tối 25/9/2026, sân trường rực rỡ ánh đèn lồng trong Đêm hội Trăng rằm dành cho học sinh"
                " và phụ huynh. Các bé được xem múa lân, rước đèn quanh sân trường, nghe kể chuyện chú"
                " Cuội, chị Hằng và cùng nhau phá cỗ."
            ),
            P("Một số hình ảnh trong đêm hội:"),
            Img(_f("trang-ram-2026-01.jpg"), None, None, "none"),
            Img(_f("trang-ram-2026-02.jpg"), None, None, "none"),
            Img(_f("trang-ram-2026-03.jpg"), None, None, "none"),
            Img(_f("trang-ram-2026-04.jpg"), None, None, "none"),
        ],
        opts={
            "at": "2026-09-26 20:30",
            "upd": "28/09/2026",
            "author": ACCOUNT,
            "tags": ["ngoai-khoa", "su-kien", "mam-non"],
            "feat": "trang-ram-2026_9c0d1e.jpg",
        },
    ),
    Story(
        id=970,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Lễ khai giảng năm học 2026 - 2027: Ngày hội đến trường của hơn 900 học sinh",
        cat="tin-tuc",
        published_at="2026-09-05T10:00:00+07:00",
        blocks=[
            P(
                "Sáng 05/9/2026, Trường Mầm non và Tiểu học Ngôi Sao Xanh tưng bừng tổ chức Lễ khai giảng"
                " năm học 2026 - 2027, chào đón hơn 900 học sinh, trong đó có 210 học sinh lớp 1 và 180"
                " bé mầm non lần đầu đến trường."
            ),
            Img(
                _f("khai-giang-2026-2027-01.jpg"),
                "(Các em học sinh lớp 1 bước qua cổng chào trong ngày khai giảng)",
                "Các em học sinh lớp 1 bước qua cổng chào trong ngày khai giảng",
                "em",
            ),
            P(
                "Buổi lễ diễn ra trong không khí vui tươi với màn trống hội, tiết mục múa lân và phần rước"
                " cờ của đội nghi thức. Thay mặt nhà trường, cô Hiệu trưởng đọc thư của Chủ tịch nước gửi"
                " ngành Giáo dục nhân dịp năm học mới."
            ),
            P(
                "Năm học 2026 - 2027, nhà trường đưa vào sử dụng khu nhà đa năng mới với hồ bơi trong nhà,"
                " phòng STEAM và thư viện xanh, đồng thời mở rộng chương trình tiếng Anh tích hợp cho tất"
                " cả các khối lớp."
            ),
            Img(
                _f("khai-giang-2026-2027-02.jpg"),
                "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
                "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
                "em",
            ),
            P(
                "Kết thúc buổi lễ, các em học sinh thả những chùm bóng bay mang theo ước mơ của mình,"
                " chính thức bước vào năm học mới."
            ),
        ],
        opts={
            "at": "2026-09-05 10:00",
            "author": ACCOUNT,
            "tags": ["su-kien"],
            "feat": "khai-giang-2026-2027_4b5c6d.jpg",
        },
    ),
]

_BY_PATH: dict[tuple[str, str], Story] = {(s.cat, s.slug): s for s in STORIES}


def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M")


def newest(blog: str | None = None, tags: tuple[str, ...] = ()) -> list[Story]:
    """A blog's posts, newest first (``blog.articles``); ``tags`` filter with AND, as Haravan does."""
    items = [
        s
        for s in STORIES
        if (blog in (None, "all") or s.cat == blog) and all(t in s.opts["tags"] for t in tags)
    ]
    return sorted(items, key=_when, reverse=True)


def article_path(story: Story) -> str:
    return f"/blogs/{story.cat}/{story.slug}"


def blog_tags(blog: str) -> list[str]:
    """``blog.all_tags``: every tag used in the blog, in the admin's alphabetical order."""
    used = {t for s in newest(blog) for t in s.opts["tags"]}
    return sorted(used)


def pages_of(count: int) -> int:
    return max(1, -(-count // PER_PAGE))


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        BLOGS[s.cat],
        alt_paths=[f"{article_path(s)}?view=print", f"{article_path(s)}?view=quick"],
    )
    for s in newest()
]

PRODUCTS: dict[str, dict] = {
    "dong-phuc-he": {
        "title": "Đồng phục hè",
        "price": "185,000₫",
        "sku": "DP-HE-01",
        "coll": "dong-phuc",
        "sizes": ["Size 1", "Size 2", "Size 3", "Size 4", "Size 5"],
        "desc": [
            "Bộ đồng phục hè gồm áo thun cổ trụ màu xanh dương in logo Ngôi Sao Xanh và quần short"
            " (bé trai) hoặc chân váy xếp ly (bé gái).",
            "Chất liệu cotton 100% thoáng mát, thấm hút mồ hôi tốt, phù hợp với thời tiết nắng nóng"
            " của miền Tây. Đường may chắc chắn, màu bền sau nhiều lần giặt.",
            "Phụ huynh vui lòng tham khảo bảng size theo chiều cao và cân nặng của bé trước khi đặt"
            " hàng. Sản phẩm được giao tại lớp qua giáo viên chủ nhiệm.",
        ],
    },
    "dong-phuc-the-duc": {
        "title": "Đồng phục thể dục",
        "price": "165,000₫",
        "sku": "DP-TD-02",
        "coll": "dong-phuc",
        "sizes": ["Size 1", "Size 2", "Size 3", "Size 4", "Size 5"],
        "desc": [
            "Bộ đồ thể dục gồm áo thun tay ngắn và quần dài thể thao, chất liệu thun lạnh co giãn"
            " bốn chiều, giúp bé thoải mái vận động.",
            "Áo có dải phản quang ở vai, quần có lưng thun và dây rút.",
        ],
    },
    "balo-chong-gu-ngoi-sao-xanh": {
        "title": "Balo chống gù Ngôi Sao Xanh",
        "price": "450,000₫",
        "sku": "BL-01",
        "coll": "hoc-cu",
        "sizes": ["Xanh dương", "Hồng"],
        "desc": [
            "Balo chống gù thiết kế riêng cho học sinh tiểu học, đệm lưng định hình giúp phân bổ đều"
            " trọng lượng sách vở.",
            "Vải chống thấm nước, có ngăn đựng bình nước và thẻ tên học sinh.",
        ],
    },
    "bo-sach-tieng-anh-lop-1": {
        "title": "Bộ sách Tiếng Anh tăng cường lớp 1",
        "price": "320,000₫",
        "sku": "SA-TA-1",
        "coll": "hoc-cu",
        "sizes": ["Bộ đầy đủ"],
        "desc": [
            "Bộ sách gồm sách học sinh, sách bài tập và thẻ từ vựng dùng cho chương trình Tiếng Anh"
            " tăng cường lớp 1 của nhà trường.",
            "Kèm mã truy cập bài nghe trực tuyến cho cả năm học.",
        ],
    },
}
COLLECTIONS: dict[str, str] = {
    "all": "Tất cả sản phẩm",
    "dong-phuc": "Đồng phục",
    "hoc-cu": "Sách và học cụ",
}

STATIC_PAGES = ("gioi-thieu", "lien-he", "hoc-phi", "thu-vien-anh", "tai-lieu-phu-huynh")

NON_ARTICLES: list[str] = [
    "/",
    *(f"/blogs/{b}" for b in [*BLOGS, "all"]),
    *(
        f"/blogs/{b}?page={n}"
        for b in [*BLOGS, "all"]
        for n in range(1, pages_of(len(newest(b))) + 1)
        if pages_of(len(newest(b))) > 1
    ),
    *(f"/blogs/{b}/tagged/{t}" for b in BLOGS for t in blog_tags(b)),
    *(f"/pages/{p}" for p in STATIC_PAGES),
    *(f"/collections/{c}" for c in COLLECTIONS),
    *(f"/products/{h}" for h in PRODUCTS),
    *(f"/collections/{p['coll']}/products/{h}" for h, p in PRODUCTS.items()),
    "/search",
    "/search?q=tuy%E1%BB%83n+sinh",
    "/search?q=h%E1%BB%8Dc+ph%C3%AD",
    "/search?q=%C4%91%E1%BB%93ng+ph%E1%BB%A5c",
    "/account/login",
    "/account/register",
    "/cart",
]


# --------------------------------------------------------------------------- rendering helpers


def _t(value: str, story: Story | None = None) -> str:
    return text(value, nfd=bool(story and story.opts.get("nfd")))


def _day(story: Story) -> str:
    return f"{_when(story):%d/%m/%Y}"


def _iso(story: Story) -> str:
    return f"{_when(story):%Y-%m-%dT%H:%M:%S}+07:00"


def _excerpt(story: Story) -> str:
    """The card's text: the excerpt when set, else ``content | strip_html | truncatewords: 30``."""
    if story.summary:
        return story.summary
    words = " ".join(b.text for b in story.blocks if isinstance(b, P)).split()
    return " ".join(words[:30]) + ("..." if len(words) > 30 else "")


def _feat(story: Story, size: str = "large") -> str:
    name = story.opts["feat"]
    stem, ext = name.rsplit(".", 1)
    return f"{ARTICLE_IMG}/{stem}_{size}.{ext}"


def _img_tag(src: str, alt: str, lazy: bool) -> str:
    if lazy:
        return f'<img class="lazyload" src="{PLACEHOLDER}" data-src="{esc(src)}" alt="{esc(alt)}">'
    return f'<img src="{esc(src)}" alt="{esc(alt)}">'


def _content(story: Story, lazy: bool = True) -> str:
    """``article.content`` as TinyMCE stored it (the theme's Liquid adds the lazy-load attributes)."""
    nbsp = "&nbsp;" if story.opts.get("nbsp") else ""
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, story)}</li>")
                i += 1
            parts.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(block, P) and block.style == "h3":
            parts.append(f"<h3><strong>{_t(block.text, story)}</strong></h3>")
        elif isinstance(block, P):
            parts.append(f'<p style="text-align: justify;">{_t(block.text, story)}{nbsp}</p>')
        elif isinstance(block, Img):
            alt = story.title
            tag = _img_tag(block.src, alt, lazy)
            if block.style == "br" and block.printed:
                parts.append(
                    f'<p style="text-align: center;">{tag}<br><em>{_t(block.printed, story)}</em></p>'
                )
            else:
                parts.append(f'<p style="text-align: center;">{tag}</p>')
                if block.style == "em" and block.printed:
                    parts.append(
                        f'<p style="text-align: center;"><em>{_t(block.printed, story)}</em></p>'
                    )
                elif block.style == "center" and block.printed:
                    parts.append(f'<p style="text-align: center;">{_t(block.printed, story)}</p>')
        else:
            parts.append(block.html)
        i += 1
    return "\n".join(parts)


def _meta_line(story: Story) -> str:
    author = story.opts["author"]
    if story.cat in DAY_ONLY_BLOGS:
        return (
            f'<div class="post-info"><span class="post-author">Đăng bởi <b>{esc(author)}</b></span>'
            f' <span class="sep">|</span> <span class="post-date">Ngày đăng: {_day(story)}</span>'
            f' <span class="sep">|</span> <span class="post-updated">Cập nhật: {story.opts["upd"]}</span>'
            f'<meta itemprop="datePublished" content="{_iso(story)}"></div>'
        )
    return (
        f'<div class="article-meta"><span class="article-author">Người viết: <strong>{esc(author)}</strong></span>'
        f' <span class="article-date">lúc <time datetime="{_iso(story)}">{_when(story):%H:%M %d/%m/%Y}</time></span></div>'
    )


# --------------------------------------------------------------------------- chrome


def _head(request: Request, title: str, canonical: str | None, extra: str = "") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{esc(canonical)}">\n' if canonical else ""
    return f"""<!doctype html>
<html class="no-js" lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<link rel="shortcut icon" href="{THEME}/favicon.png?v=212" type="image/png">
<title>{esc(title)}</title>
{canon}<meta name="robots" content="index,follow,noodp">
{extra}
<link href="{THEME}/plugin-style.css?v=212" rel="stylesheet" type="text/css">
<link href="{THEME}/styles.css?v=212" rel="stylesheet" type="text/css">
<script type='text/javascript'>
//<![CDATA[
if ((typeof Haravan) === 'undefined') {{ Haravan = {{}}; }}
Haravan.culture = 'vi-VN';
Haravan.shop = 'ngoisaoxanh-school.myharavan.com';
Haravan.theme = {{"name":"Kids School","id":1001124578,"role":"main"}};
Haravan.domain = 'ngoisaoxanh.edu.vn';
//]]>
</script>
<script src="{THEME}/jquery.min.js?v=212"></script>
<script src="{THEME}/lazysizes.min.js?v=212" async></script>
</head>"""


_MENU = [
    ("/", "Trang chủ", []),
    (
        "/pages/gioi-thieu",
        "Giới thiệu",
        [("/pages/gioi-thieu", "Về Ngôi Sao Xanh"), ("/pages/thu-vien-anh", "Thư viện ảnh")],
    ),
    (
        "/pages/hoc-phi",
        "Tuyển sinh",
        [
            ("/pages/hoc-phi", "Học phí năm học 2026-2027"),
            ("/blogs/thong-bao", "Thông báo tuyển sinh"),
            ("/pages/tai-lieu-phu-huynh", "Tài liệu cho phụ huynh"),
        ],
    ),
    (
        "/blogs/tin-tuc",
        "Tin tức",
        [
            ("/blogs/tin-tuc", "Tin tức"),
            ("/blogs/hoat-dong-ngoai-khoa", "Hoạt động ngoại khóa"),
            ("/blogs/thong-bao", "Thông báo"),
            ("/blogs/all", "Tất cả bài viết"),
        ],
    ),
    (
        "/collections/all",
        "Cửa hàng",
        [("/collections/dong-phuc", "Đồng phục"), ("/collections/hoc-cu", "Sách và học cụ")],
    ),
    ("/pages/lien-he", "Liên hệ", []),
]


def _header() -> str:
    items = []
    for href, label, subs in _MENU:
        if subs:
            sub = "".join(f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in subs)
            items.append(
                f'<li class="nav-item has-mega"><a href="{href}" title="{esc(label)}">{esc(label)} <i class="fa fa-angle-down"></i></a>'
                f'<div class="mega-content"><ul class="level1">{sub}</ul></div></li>'
            )
        else:
            items.append(
                f'<li class="nav-item"><a href="{href}" title="{esc(label)}">{esc(label)}</a></li>'
            )
    return f"""<div class="announcement-bar"><div class="container"><a href="/pages/hoc-phi">Tuyển sinh năm học 2027-2028 — Đăng ký ngay!</a></div></div>
<div class="topbar"><div class="container"><span class="topbar-date"><i class="fa fa-calendar"></i> {TODAY}</span>
<span class="topbar-hotline"><i class="fa fa-phone"></i> Hotline tuyển sinh: <a href="tel:0939686125">{HOTLINE}</a></span></div></div>
<header class="main-header"><div class="container header-wrap">
<div class="header-logo"><a href="/" title="{esc(SHOP)}"><img src="{THEME}/logo.png?v=212" alt="{esc(SHOP)}"></a></div>
<div class="header-search"><form action="/search" method="get" class="searchform" role="search"><input type="hidden" name="type" value="article">
<input type="text" name="q" class="input-search" placeholder="Tìm kiếm bài viết, sản phẩm..." autocomplete="off"><button type="submit" class="btn-search"><i class="fa fa-search"></i></button></form>
<div class="search-suggest">Từ khóa: <a href="/search?q=tuy%E1%BB%83n+sinh">tuyển sinh</a>, <a href="/search?q=h%E1%BB%8Dc+ph%C3%AD">học phí</a>, <a href="/search?q=%C4%91%E1%BB%93ng+ph%E1%BB%A5c">đồng phục</a></div></div>
<div class="header-action"><a class="header-account" href="/account/login" title="Tài khoản"><i class="fa fa-user"></i> Tài khoản</a>
<a class="header-cart" href="/cart" title="Giỏ hàng"><i class="fa fa-shopping-bag"></i> Giỏ hàng (<span class="count-holder">0</span>)</a></div>
</div>
<nav class="main-nav"><div class="container"><ul class="menu-list">{"".join(items)}</ul></div></nav></header>"""


def _sidebar(blog: str, current_tags: tuple[str, ...] = ()) -> str:
    latest = "".join(
        f'<li class="sb-post"><a class="sb-post-thumb" href="{article_path(s)}">{_img_tag(_feat(s, "small"), s.title, True)}</a>'
        f'<div class="sb-post-info"><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f'<span class="sb-post-date"><i class="fa fa-clock-o"></i> {_day(s)}</span></div></li>'
        for s in newest()[:5]
    )
    cats = "".join(f'<li><a href="/blogs/{b}">{esc(name)}</a></li>' for b, name in BLOGS.items())
    tag_links = []
    if blog in BLOGS:
        for t in blog_tags(blog):
            if t in current_tags:
                rest = "+".join(c for c in current_tags if c != t)
                href = f"/blogs/{blog}/tagged/{rest}" if rest else f"/blogs/{blog}"
                tag_links.append(
                    f'<li class="active"><a href="{href}" title="Bỏ chọn {esc(TAGS[t])}">{esc(TAGS[t])} ×</a></li>'
                )
            else:
                handles = "+".join([*current_tags, t])
                tag_links.append(
                    f'<li><a href="/blogs/{blog}/tagged/{handles}" title="Hiển thị bài viết có chủ đề {esc(TAGS[t])}">{esc(TAGS[t])}</a></li>'
                )
    tags_box = (
        f'<div class="sidebar-box blog-tags"><h3 class="sidebar-title">Chủ đề</h3><ul class="tag-cloud">{"".join(tag_links)}</ul></div>'
        if tag_links
        else ""
    )
    return f"""<aside class="sidebar-blog col-lg-3">
<div class="sidebar-box"><h3 class="sidebar-title">Bài viết mới nhất</h3><ul class="sb-posts">{latest}</ul></div>
<div class="sidebar-box"><h3 class="sidebar-title">Danh mục tin</h3><ul class="sb-cats">{cats}</ul></div>
{tags_box}
<div class="sidebar-box sb-banner"><a href="/pages/hoc-phi" title="Tuyển sinh 2027-2028"><img class="lazyload" src="{PLACEHOLDER}" data-src="{THEME}/sidebar_banner.jpg?v=212" alt="Tuyển sinh năm học 2027-2028"></a></div>
</aside>"""


def _footer() -> str:
    return f"""<div class="floating-register"><button type="button" class="btn-open-register">Đăng ký tham quan trường</button>
<div class="register-popup"><h4>Đăng ký tham quan trường</h4>
<form method="post" action="/contact" accept-charset="UTF-8"><input name="form_type" type="hidden" value="contact"><input name="utf8" type="hidden" value="true">
<input type="text" name="contact[name]" placeholder="Họ tên phụ huynh" required><input type="tel" name="contact[phone]" placeholder="Số điện thoại" required>
<select name="contact[body]"><option>Bậc Mầm non</option><option>Bậc Tiểu học</option></select><button type="submit">Gửi đăng ký</button></form></div></div>
<footer class="main-footer"><div class="container"><div class="row">
<div class="col-md-5 footer-info"><h4 class="footer-title">{esc(SHOP)}</h4>
<p><i class="fa fa-map-marker"></i> Địa chỉ: {esc(ADDRESS)}</p>
<p><i class="fa fa-phone"></i> Điện thoại: {PHONE} - Hotline: {HOTLINE}</p>
<p><i class="fa fa-envelope"></i> Email: {EMAIL}</p>
<p>Giấy phép hoạt động giáo dục số 1287/QĐ-SGDĐT do Sở GD&amp;ĐT thành phố Cần Thơ cấp.</p></div>
<div class="col-md-3 footer-links"><h4 class="footer-title">Liên kết nhanh</h4><ul>
<li><a href="/pages/gioi-thieu">Giới thiệu</a></li><li><a href="/pages/hoc-phi">Học phí</a></li><li><a href="/blogs/tin-tuc">Tin tức</a></li>
<li><a href="/pages/lien-he">Liên hệ</a></li></ul></div>
<div class="col-md-4 footer-fanpage"><h4 class="footer-title">Fanpage</h4>
<div class="fb-page" data-href="https://www.facebook.com/mnthngoisaoxanh" data-tabs="" data-small-header="false"><a href="https://www.facebook.com/mnthngoisaoxanh">Trường Mầm non và Tiểu học Ngôi Sao Xanh</a></div>
<div class="visitor-counter">Đang online: <b>14</b> | Hôm nay: <b>386</b> | Tổng truy cập: <b>245.118</b></div></div>
</div></div>
<div class="footer-copyright"><div class="container">Copyright © 2026 {esc(SHOP)}. <a href="https://www.haravan.com" target="_blank" rel="nofollow">Powered by Haravan</a></div></div></footer>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v18.0"></script>
<script src="{THEME}/scripts.js?v=212"></script>
</body>
</html>"""


def _page(
    request: Request,
    title: str,
    main: str,
    canonical: str | None,
    extra: str = "",
    body_class: str = "",
) -> str:
    return (
        _head(request, f"{title} – {SHOP}" if title != SHOP else SHOP, canonical, extra)
        + f'\n<body class="{body_class}">\n'
        + _header()
        + f'\n<main class="main-layout">{main}</main>\n'
        + _footer()
    )


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = ['<li><a href="/" title="Trang chủ"><span>Trang chủ</span></a></li>']
    for href, label in trail:
        if href:
            items.append(
                f'<li><a href="{href}" title="{esc(label)}"><span>{esc(label)}</span></a></li>'
            )
        else:
            items.append(f'<li class="active"><span>{esc(label)}</span></li>')
    return f'<div class="breadcrumb-shop"><div class="container"><ol class="breadcrumb breadcrumb-arrows">{" / ".join(items)}</ol></div></div>'


def _pagination(path: str, page: int, last: int) -> str:
    if last <= 1:
        return ""
    out = ['<div class="pagination clearfix">']
    if page > 1:
        out.append(
            f'<span class="prev"><a href="{path}?page={page - 1}" title="‹ Trước">‹ Trước</a></span>'
        )
    else:
        out.append('<span class="prev disabled">‹ Trước</span>')
    for n in range(1, last + 1):
        if n == page:
            out.append(f'<span class="page current">{n}</span>')
        else:
            out.append(f'<span class="page"><a href="{path}?page={n}" title="{n}">{n}</a></span>')
    if page < last:
        out.append(
            f'<span class="next"><a href="{path}?page={page + 1}" title="Sau ›">Sau ›</a></span>'
        )
    else:
        out.append('<span class="next disabled">Sau ›</span>')
    out.append("</div>")
    return "\n".join(out)


def _card(s: Story) -> str:
    when = _when(s)
    return f"""<div class="col-md-4 col-sm-6 blog-loop"><div class="blog-card">
<a class="blog-card-thumb" href="{article_path(s)}" title="{esc(s.title)}">{_img_tag(_feat(s), s.title, True)}
<div class="blog-card-date"><span class="d">{when:%d}</span><span class="my">{when:%m/%Y}</span></div></a>
<div class="blog-card-body"><h3 class="blog-card-title"><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
<p class="blog-card-excerpt">{esc(_excerpt(s))}</p>
<div class="blog-card-actions"><a class="btn-readmore" href="{article_path(s)}">Xem thêm</a>
<a class="btn-quickview" href="{article_path(s)}?view=quick" data-fancybox data-type="ajax">Xem nhanh</a></div></div></div></div>"""


def _page_number(request: Request) -> int:
    try:
        return max(1, int(request.params.get("page", "1")))
    except ValueError:
        return 1


# --------------------------------------------------------------------------- pages


def _blog(request: Request, blog: str, tags: tuple[str, ...] = ()) -> str:
    name = "Tất cả bài viết" if blog == "all" else BLOGS[blog]
    items = newest(blog, tags)
    page = _page_number(request)
    last = pages_of(len(items))
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = (
        "".join(_card(s) for s in chunk)
        or '<p class="blog-empty col-12 text-center">Chưa có bài viết nào trong mục này</p>'
    )
    path = f"/blogs/{blog}" + (f"/tagged/{'+'.join(tags)}" if tags else "")
    if tags:
        crumbs = _crumbs((f"/blogs/{blog}", name), (None, " + ".join(tags)))
        heading = f'{esc(name)} <small class="tagged">Chủ đề: {esc(", ".join(TAGS.get(t, t) for t in tags))}</small>'
    else:
        crumbs = _crumbs((None, name))
        heading = esc(name)
    main = f"""{crumbs}
<section class="blog-wrapper"><div class="container"><div class="row">
<div class="col-lg-9 blog-main"><h1 class="blog-heading">{heading}</h1>
<div class="row blog-list">{cards}</div>
{_pagination(path, page, max(last, 1)) if chunk else ""}
</div>
{_sidebar(blog, tags)}
</div></div></section>"""
    title = (
        name
        + (f' – tagged "{", ".join(tags)}"' if tags else "")
        + (f" – Trang {page}" if page > 1 else "")
    )
    return _page(request, title, main, path, body_class="template-blog")


def _related(story: Story) -> str:
    others = [s for s in newest(story.cat) if s is not story][:3]
    cards = "".join(
        f'<div class="col-md-4 related-item"><a href="{article_path(s)}">{_img_tag(_feat(s, "medium"), s.title, True)}</a>'
        f'<h4><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h4><span class="related-date">{_day(s)}</span></div>'
        for s in others
    )
    return f'<div class="related-articles"><h2 class="related-title">Bài viết liên quan</h2><div class="row">{cards}</div></div>'


def _comments(story: Story) -> str:
    listed = story.opts.get("comments", [])
    items = "".join(
        f'<div class="comment-item"><div class="comment-avatar"><img src="{THEME}/avatar.png?v=212" alt=""></div>'
        f'<div class="comment-body"><p><strong>{esc(who)}</strong> <span class="date">đã viết vào {when}</span></p><p>{esc(say)}</p></div></div>'
        for who, when, say in listed
    )
    box = (
        f'<div class="comment-list"><h3>{len(listed)} bình luận</h3>{items}</div>' if listed else ""
    )
    return f"""{box}
<div class="fb-comments" data-href="https://ngoisaoxanh.edu.vn{article_path(story)}" data-width="100%" data-numposts="5"></div>
<div class="comment-form"><h3 class="comment-title">Viết bình luận</h3>
<form method="post" action="{article_path(story)}/comments" id="article_comments" accept-charset="UTF-8">
<input name="form_type" type="hidden" value="new_comment"><input name="utf8" type="hidden" value="true">
<div class="form-row"><input type="text" name="comment[author]" placeholder="Họ tên" required><input type="email" name="comment[email]" placeholder="Email" required></div>
<textarea name="comment[body]" rows="5" placeholder="Nội dung" required></textarea>
<p class="comment-note">Bình luận của bạn sẽ được duyệt trước khi hiển thị.</p>
<button type="submit" class="btn-comment">Gửi bình luận</button></form></div>"""


def _attachment(story: Story) -> str:
    if "attach" not in story.opts:
        return ""
    href, label = story.opts["attach"]
    return f'<p class="article-attach"><a href="{esc(href)}" target="_blank"><i class="fa fa-paperclip"></i> {esc(label)}</a></p>'


def _article(request: Request, story: Story) -> str:
    path = article_path(story)
    base = base_url(request)
    blog_name = BLOGS[story.cat]
    excerpt = (
        f'<div class="article-excerpt"><p><strong>{_t(story.summary, story)}</strong></p></div>'
        if story.summary
        else ""
    )
    tags = ", ".join(
        f'<a href="/blogs/{story.cat}/tagged/{t}">{esc(TAGS[t])}</a>' for t in story.opts["tags"]
    )
    share_url = quote(f"{base}{path}", safe="")
    main = f"""{_crumbs((f"/blogs/{story.cat}", blog_name), (None, story.title))}
<section class="article-wrapper"><div class="container"><div class="row">
<div class="col-lg-9 article-main"><article class="article-detail" itemscope itemtype="http://schema.org/Article">
<h1 class="article-title" itemprop="headline">{_t(story.title)}</h1>
{_meta_line(story)}
{excerpt}
<div class="article-content rte" itemprop="articleBody">
{_content(story)}
</div>
{_attachment(story)}
<div class="article-tags"><span>Tags:</span> {tags}</div>
<div class="article-share"><span>Chia sẻ:</span>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="nofollow">Facebook</a>
<a class="share-zalo" href="https://zalo.me/share?url={share_url}" target="_blank" rel="nofollow">Zalo</a>
<button type="button" class="copy-link" data-link="{base}{path}">Sao chép liên kết</button>
<a class="print-link" href="{path}?view=print" target="_blank" rel="nofollow"><i class="fa fa-print"></i> In bài viết</a></div>
</article>
{_related(story)}
{_comments(story)}
</div>
{_sidebar(story.cat)}
</div></div></section>"""
    extra = f"""<meta name="description" content="{esc(_excerpt(story))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(story.title)}">
<meta property="og:image" content="{base}{esc(_feat(story, "grande"))}">
<meta property="og:url" content="{base}{path}">
<meta property="og:site_name" content="{esc(SHOP)}">"""
    return _page(request, story.title, main, path, extra=extra, body_class="template-article")


def _article_print(request: Request, story: Story) -> str:
    path = article_path(story)
    excerpt = (
        f'<p class="print-excerpt"><strong>{_t(story.summary, story)}</strong></p>'
        if story.summary
        else ""
    )
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)} – {esc(SHOP)}</title>
<link rel="canonical" href="{base_url(request)}{path}"><meta name="robots" content="noindex">
<style>body{{font-family:Arial;max-width:760px;margin:20px auto}}img{{max-width:100%}}</style></head>
<body onload="window.print()"><div class="print-header"><img src="{THEME}/logo.png?v=212" alt="{esc(SHOP)}" height="60"> {esc(SHOP)}</div>
<h1>{_t(story.title)}</h1>
{_meta_line(story)}
{excerpt}
<div class="print-content">
{_content(story, lazy=False)}
</div>
<p class="print-source">Nguồn bài viết: {base_url(request)}{path}</p>
</body></html>"""


def _article_quick(story: Story) -> str:
    """``article.quick.liquid`` with ``{% layout none %}``: a fragment for the popup."""
    return f"""<div class="quickview-article">
<h3 class="qv-title">{_t(story.title)}</h3>
<div class="qv-content rte">
{_content(story, lazy=False)}
</div>
<a class="qv-more" href="{article_path(story)}">Xem chi tiết</a>
</div>"""


def _home(request: Request) -> str:
    news = newest("tin-tuc")[:4]
    acts = newest("hoat-dong-ngoai-khoa")[:3]
    notes = newest("thong-bao")[:3]
    news_html = "".join(_card(s) for s in news)
    acts_html = "".join(
        f'<div class="col-md-4 act-item"><a href="{article_path(s)}">{_img_tag(_feat(s, "medium"), s.title, True)}</a>'
        f'<h3><a href="{article_path(s)}">{esc(s.title)}</a></h3></div>'
        for s in acts
    )
    notes_html = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">{_day(s)}</span></li>'
        for s in notes
    )
    prods = "".join(
        f'<div class="col-md-3 product-block"><a href="/products/{h}">{_img_tag(f"{PRODUCT_IMG}/{h}_medium.jpg", p["title"], True)}</a>'
        f'<h3 class="pro-name"><a href="/products/{h}">{esc(p["title"])}</a></h3><p class="pro-price">{p["price"]}</p></div>'
        for h, p in PRODUCTS.items()
    )
    main = f"""<section class="home-slider"><div class="slider-owl">
<div class="slide"><a href="/pages/hoc-phi"><img src="{THEME}/slideshow_1.jpg?v=212" alt="Tuyển sinh năm học 2027-2028"></a></div>
<div class="slide"><a href="{article_path(newest("thong-bao")[0])}"><img src="{THEME}/slideshow_2.jpg?v=212" alt="Open Day"></a></div></div></section>
<section class="home-why"><div class="container"><h2 class="section-title">Vì sao chọn Ngôi Sao Xanh?</h2><div class="row">
<div class="col-md-3"><h3>Song ngữ từ mầm non</h3><p>Giáo viên Việt Nam và giáo viên tiếng Anh cùng đứng lớp.</p></div>
<div class="col-md-3"><h3>Học qua trải nghiệm</h3><p>STEAM, ngoại khóa và kỹ năng sống mỗi tuần.</p></div>
<div class="col-md-3"><h3>Bán trú chuẩn dinh dưỡng</h3><p>Thực đơn do chuyên gia dinh dưỡng xây dựng.</p></div>
<div class="col-md-3"><h3>Cơ sở vật chất hiện đại</h3><p>Hồ bơi trong nhà, thư viện xanh, sân bóng rổ.</p></div></div></div></section>
<section class="home-blog"><div class="container"><h2 class="section-title"><a href="/blogs/tin-tuc">Tin tức &amp; Sự kiện</a></h2><div class="row">{news_html}</div></div></section>
<section class="home-activities"><div class="container"><h2 class="section-title"><a href="/blogs/hoat-dong-ngoai-khoa">Hoạt động ngoại khóa</a></h2><div class="row">{acts_html}</div></div></section>
<section class="home-notice"><div class="container"><h2 class="section-title"><a href="/blogs/thong-bao">Thông báo</a></h2><ul>{notes_html}</ul></div></section>
<section class="home-testimonial"><div class="container"><h2 class="section-title">Cảm nhận phụ huynh</h2>
<blockquote><p>“Con tôi tự tin nói tiếng Anh chỉ sau một năm học ở trường. Cảm ơn các cô rất nhiều!”</p><cite>Chị Lê Thị Hồng Nhung - phụ huynh bé Bảo An, lớp Lá 2</cite></blockquote>
<blockquote><p>“Trường sạch đẹp, bữa ăn bán trú đa dạng, thầy cô tận tâm.”</p><cite>Anh Phan Văn Tùng - phụ huynh học sinh lớp 3A2</cite></blockquote></div></section>
<section class="home-products"><div class="container"><h2 class="section-title"><a href="/collections/all">Đồng phục &amp; học cụ</a></h2><div class="row">{prods}</div></div></section>"""
    extra = f'<meta name="description" content="{esc(SHOP)} - hệ thống giáo dục song ngữ Mầm non và Tiểu học tại Cần Thơ">'
    return _page(request, SHOP, main, "/", extra=extra, body_class="template-index")


_PAGES: dict[str, tuple[str, str]] = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Trường Mầm non và Tiểu học Ngôi Sao Xanh được thành lập năm 2015, là trường tư thục song ngữ"
        " đầu tiên tại quận Ninh Kiều (cũ). Hiện trường có 32 lớp với hơn 900 học sinh và 86 cán bộ,"
        ' giáo viên, nhân viên.</p><h3 id="mam-non">Bậc Mầm non</h3><p>Chương trình Giáo dục mầm non của'
        ' Bộ GD&amp;ĐT kết hợp phương pháp Montessori và tiếng Anh tích hợp.</p><h3 id="tieu-hoc">Bậc'
        " Tiểu học</h3><p>Chương trình Giáo dục phổ thông 2018, học 2 buổi/ngày, tiếng Anh tăng cường 8"
        ' tiết/tuần, câu lạc bộ STEAM, bơi lội, bóng rổ.</p><p><a href="/pages/thu-vien-anh">Xem thư viện'
        " ảnh của trường</a></p>",
    ),
    "hoc-phi": (
        "Học phí năm học 2026-2027",
        "<p>Biểu học phí áp dụng từ tháng 8/2026 (đơn vị: đồng/tháng).</p>"
        '<table class="table-fee"><thead><tr><th>Khối lớp</th><th>Học phí</th><th>Tiền ăn bán trú</th><th>Xe đưa đón</th></tr></thead>'
        "<tbody><tr><td>Nhà trẻ (18-36 tháng)</td><td>4.200.000</td><td>1.100.000</td><td>800.000</td></tr>"
        "<tr><td>Mầm, Chồi, Lá</td><td>3.900.000</td><td>1.100.000</td><td>800.000</td></tr>"
        "<tr><td>Lớp 1 - Lớp 5</td><td>5.500.000</td><td>1.300.000</td><td>900.000</td></tr></tbody></table>"
        "<p>Giảm 5% học phí khi đóng cả năm; giảm 10% cho học sinh thứ hai trong gia đình.</p>"
        '<p><a href="/blogs/thong-bao">Xem thông báo tuyển sinh</a> · <a href="/pages/lien-he">Đăng ký tư vấn</a></p>',
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        '<div class="album"><h3>Lễ khai giảng năm học 2026 - 2027</h3>'
        f'<figure><img src="{FILES}/album-khai-giang-01.jpg" alt=""><figcaption>Học sinh khối 1 chào cờ</figcaption></figure>'
        f'<figure><img src="{FILES}/album-khai-giang-02.jpg" alt=""><figcaption>Màn trống hội khai giảng</figcaption></figure>'
        "<h3>Khuôn viên trường</h3>"
        f'<figure><img src="{FILES}/album-khuon-vien-01.jpg" alt=""><figcaption>Hồ bơi trong nhà</figcaption></figure>'
        f'<figure><img src="{FILES}/album-khuon-vien-02.jpg" alt=""><figcaption>Thư viện xanh</figcaption></figure></div>',
    ),
    "tai-lieu-phu-huynh": (
        "Tài liệu cho phụ huynh",
        '<ul class="doc-list">'
        f'<li><a href="{FILES}/so-tay-phu-huynh-2026-2027.pdf">Sổ tay phụ huynh năm học 2026 - 2027</a> (PDF, 1,2 MB)</li>'
        f'<li><a href="{FILES}/don-dang-ky-nhap-hoc.pdf">Đơn đăng ký nhập học</a> (PDF, 180 KB)</li>'
        f'<li><a href="{FILES}/thong-bao-tuyen-sinh-2027-2028.pdf">Thông báo tuyển sinh năm học 2027 - 2028</a> (PDF, 240 KB)</li></ul>',
    ),
}
_PDFS = {
    f"{FILES}/so-tay-phu-huynh-2026-2027.pdf",
    f"{FILES}/don-dang-ky-nhap-hoc.pdf",
    f"{FILES}/thong-bao-tuyen-sinh-2027-2028.pdf",
}


def _static_page(request: Request, handle: str) -> str:
    if handle == "lien-he":
        title = "Liên hệ"
        body = f"""<div class="contact-info"><p><b>{esc(SHOP)}</b></p><p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Hotline tuyển sinh: {HOTLINE}</p><p>Email: {EMAIL}</p>
<p>Giờ làm việc: 7:00 - 17:00 (thứ Hai - thứ Bảy)</p></div>
<form method="post" action="/contact" id="contact" accept-charset="UTF-8" class="contact-form">
<input name="form_type" type="hidden" value="contact"><input name="utf8" type="hidden" value="true">
<input type="text" name="contact[name]" placeholder="Họ tên" required><input type="email" name="contact[email]" placeholder="Email" required>
<input type="tel" name="contact[phone]" placeholder="Số điện thoại"><textarea name="contact[body]" rows="6" placeholder="Nội dung"></textarea>
<button type="submit">Gửi liên hệ</button></form>
<div class="contact-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="100%" height="350" loading="lazy"></iframe></div>"""
    else:
        title, body = _PAGES[handle]
    main = f"""{_crumbs((None, title))}
<section class="page-wrapper"><div class="container"><h1 class="page-title">{esc(title)}</h1><div class="page-content rte">{body}</div></div></section>"""
    return _page(request, title, main, f"/pages/{handle}", body_class="template-page")


def _product_card(handle: str, coll: str | None) -> str:
    p = PRODUCTS[handle]
    href = f"/collections/{coll}/products/{handle}" if coll else f"/products/{handle}"
    return (
        f'<div class="col-md-3 col-6 product-block"><div class="product-img"><a href="{href}">'
        f"{_img_tag(f'{PRODUCT_IMG}/{handle}_medium.jpg', p['title'], True)}</a></div>"
        f'<div class="product-detail"><h3 class="pro-name"><a href="{href}" title="{esc(p["title"])}">{esc(p["title"])}</a></h3>'
        f'<p class="pro-price">{p["price"]}</p></div></div>'
    )


def _collection(request: Request, handle: str) -> str:
    title = COLLECTIONS[handle]
    handles = [h for h, p in PRODUCTS.items() if handle == "all" or p["coll"] == handle]
    cards = "".join(_product_card(h, handle) for h in handles)
    main = f"""{_crumbs((None, title))}
<section class="collection-wrapper"><div class="container"><h1 class="collection-title">{esc(title)}</h1>
<div class="collection-sort"><label>Sắp xếp:</label><select class="sort-by" onchange="location.search='?sort_by='+this.value">
<option value="manual">Sản phẩm nổi bật</option><option value="price-ascending">Giá: Tăng dần</option><option value="price-descending">Giá: Giảm dần</option>
<option value="title-ascending">Tên: A-Z</option><option value="created-descending">Mới nhất</option></select></div>
<div class="row product-list">{cards}</div></div></section>"""
    return _page(request, title, main, f"/collections/{handle}", body_class="template-collection")


def _product(request: Request, handle: str) -> str:
    p = PRODUCTS[handle]
    coll = p["coll"]
    options = "".join(f"<option>{esc(size)}</option>" for size in p["sizes"])
    desc = "".join(f"<p>{esc(par)}</p>" for par in p["desc"])
    others = "".join(
        _product_card(h, None) for h in PRODUCTS if h != handle and PRODUCTS[h]["coll"] == coll
    )
    main = f"""{_crumbs((f"/collections/{coll}", COLLECTIONS[coll]), (None, p["title"]))}
<section class="product-wrapper"><div class="container"><div class="row">
<div class="col-md-6 product-gallery"><img src="{PRODUCT_IMG}/{handle}_grande.jpg" alt="{esc(p["title"])}"></div>
<div class="col-md-6 product-info"><h1 class="product-title">{esc(p["title"])}</h1>
<p class="product-sku">Mã sản phẩm: <span>{p["sku"]}</span></p>
<p class="product-price"><span class="pro-price">{p["price"]}</span></p>
<form action="/cart/add" method="post" class="product-form"><select name="id" class="product-variants">{options}</select>
<input type="number" name="quantity" value="1" min="1"><button type="submit" class="btn-addtocart">Thêm vào giỏ</button></form>
<div class="product-description rte"><h3>Mô tả sản phẩm</h3>{desc}</div></div></div>
<div class="related-products"><h2>Sản phẩm liên quan</h2><div class="row">{others}</div></div></div></section>"""
    extra = f'<meta property="og:type" content="product"><meta property="og:price:amount" content="{p["price"].rstrip("₫").replace(",", "")}"><meta property="og:price:currency" content="VND">'
    return _page(
        request, p["title"], main, f"/products/{handle}", extra=extra, body_class="template-product"
    )


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    q = request.params.get("q", "").strip()
    popular = (
        '<div class="search-popular">Tìm kiếm nhiều: <a href="/search?q=tuy%E1%BB%83n+sinh">tuyển sinh</a>'
        ' <a href="/search?q=h%E1%BB%8Dc+ph%C3%AD">học phí</a> <a href="/search?q=%C4%91%E1%BB%93ng+ph%E1%BB%A5c">đồng phục</a></div>'
    )
    if q:
        key = _fold(q)
        posts = [s for s in newest() if key in _fold(s.title + " " + " ".join(s.paragraphs))]
        prods = [
            h for h, p in PRODUCTS.items() if key in _fold(p["title"] + " " + " ".join(p["desc"]))
        ]
        rows = "".join(
            f'<div class="search-item"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3><p>{esc(_excerpt(s))}</p></div>'
            for s in posts
        ) + "".join(
            f'<div class="search-item"><h3><a href="/products/{h}">{esc(PRODUCTS[h]["title"])}</a></h3><p>{PRODUCTS[h]["price"]}</p></div>'
            for h in prods
        )
        result = f'<p class="search-count">Có <b>{len(posts) + len(prods)}</b> kết quả tìm kiếm phù hợp với “{esc(q)}”</p>{rows}'
    else:
        result = "<p>Nhập từ khóa để tìm kiếm bài viết và sản phẩm.</p>"
    main = f"""{_crumbs((None, "Tìm kiếm"))}
<section class="search-wrapper"><div class="container"><h1 class="search-title">Tìm kiếm</h1>
<form action="/search" method="get"><input type="text" name="q" value="{esc(q)}"><button type="submit">Tìm</button></form>
{popular}{result}</div></section>"""
    return _page(
        request,
        "Tìm kiếm",
        main,
        None,
        extra='<meta name="robots" content="noindex,nofollow">',
        body_class="template-search",
    )


def _account(request: Request, which: str) -> str:
    if which == "login":
        title = "Đăng nhập"
        form = """<form method="post" action="/account/login" id="customer_login" accept-charset="UTF-8"><input name="form_type" type="hidden" value="customer_login">
<input type="email" name="customer[email]" placeholder="Email"><input type="password" name="customer[password]" placeholder="Mật khẩu">
<button type="submit">Đăng nhập</button></form><p><a href="/account/register">Đăng ký tài khoản</a> · <a href="/account/login#recover">Quên mật khẩu?</a></p>"""
    else:
        title = "Đăng ký tài khoản"
        form = """<form method="post" action="/account" id="create_customer" accept-charset="UTF-8"><input name="form_type" type="hidden" value="create_customer">
<input type="text" name="customer[last_name]" placeholder="Họ"><input type="text" name="customer[first_name]" placeholder="Tên">
<input type="email" name="customer[email]" placeholder="Email"><input type="password" name="customer[password]" placeholder="Mật khẩu">
<button type="submit">Đăng ký</button></form><p><a href="/account/login">Đã có tài khoản? Đăng nhập</a></p>"""
    main = f"""{_crumbs(("/account", "Tài khoản"), (None, title))}
<section class="account-wrapper"><div class="container"><h1>{title}</h1>{form}</div></section>"""
    return _page(
        request,
        title,
        main,
        None,
        extra='<meta name="robots" content="noindex">',
        body_class="template-customers-login",
    )


def _cart(request: Request) -> str:
    main = f"""{_crumbs((None, "Giỏ hàng"))}
<section class="cart-wrapper"><div class="container"><h1>Giỏ hàng của bạn</h1>
<p class="cart-empty">Giỏ hàng của bạn đang trống. <a href="/collections/all">Tiếp tục mua hàng</a></p></div></section>"""
    return _page(request, "Giỏ hàng", main, None, body_class="template-cart")


def _not_found(request: Request) -> Response:
    main = f"""{_crumbs((None, "Lỗi 404"))}
<section class="page-404"><div class="container"><h1>Không tìm thấy trang</h1>
<p>Trang bạn đang tìm kiếm không tồn tại hoặc đã bị xóa.</p><a href="/">Về trang chủ</a></div></section>"""
    return html(
        _page(request, "404 Không tìm thấy trang", main, None, body_class="template-404"),
        status=404,
    )


_ROBOTS = """# we use Haravan as our ecommerce platform
User-agent: *
Disallow: /admin
Disallow: /cart
Disallow: /orders
Disallow: /checkouts/
Disallow: /checkout
Disallow: /account
Disallow: /collections/*sort_by*

Sitemap: {base}/sitemap.xml
"""


def _sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if which == "index":
        body = head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        for part in ("products", "collections", "pages", "blogs"):
            body += f"  <sitemap>\n    <loc>{base}/sitemap_{part}_1.xml</loc>\n  </sitemap>\n"
        return Response(
            200, body + "</sitemapindex>\n", {"Content-Type": "application/xml; charset=utf-8"}
        )
    if which == "products":
        locs = [(f"/products/{h}", "2026-08-01T08:00:00+07:00") for h in PRODUCTS]
    elif which == "collections":
        locs = [(f"/collections/{c}", "2026-08-01T08:00:00+07:00") for c in COLLECTIONS]
    elif which == "pages":
        locs = [(f"/pages/{p}", "2026-08-15T10:00:00+07:00") for p in STATIC_PAGES]
    else:
        locs = [(f"/blogs/{b}", "2026-11-23T14:30:00+07:00") for b in BLOGS]
        for s in newest():
            upd = s.opts.get("upd")
            stamp = (
                datetime.strptime(upd, "%d/%m/%Y").strftime("%Y-%m-%dT08:00:00+07:00")
                if upd
                else _iso(s)
            )
            locs.append((article_path(s), stamp))
    body = head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    body += "".join(
        f"  <url>\n    <loc>{base}{p}</loc>\n    <lastmod>{m}</lastmod>\n    <changefreq>weekly</changefreq>\n  </url>\n"
        for p, m in locs
    )
    return Response(200, body + "</urlset>\n", {"Content-Type": "application/xml; charset=utf-8"})


_CDN = ("/file.hstatic.net/", "/theme.hstatic.net/", "/product.hstatic.net/")
_TAGGED = re.compile(r"^/blogs/([a-z0-9-]+)/tagged/([^/]+)$")
_ARTICLE = re.compile(r"^/blogs/([a-z0-9-]+)/([a-z0-9-]+)$")
_HEADERS = {
    "X-Powered-By": "Haravan",
    "Set-Cookie": "_hrv_session=7f3a9c1e5b2d4086; path=/; HttpOnly",
}


class HaravanSchool:
    """Haravan's storefront routes for one shop, as a table of prefixes and regexes."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_CDN):
            if path.endswith(".pdf"):
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf"})
                    if path in _PDFS
                    else _not_found(request)
                )
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200,
                _ROBOTS.format(base=base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/sitemap.xml":
            return _sitemap(request, "index")
        if m := re.fullmatch(r"/sitemap_(products|collections|pages|blogs)_1\.xml", path):
            return _sitemap(request, m.group(1))
        if request.method == "POST":
            if path == "/contact":
                return redirect("/pages/lien-he?contact_posted=true")
            if path.endswith("/comments"):
                return redirect(path[: -len("/comments")] + "#article_comments")
            if path == "/account/login":
                return redirect("/account/login")
            return _not_found(request)
        if len(path) > 1 and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        page = self._page(request)
        if page is None:
            return _not_found(request)
        if isinstance(page, Response):
            return page
        return html(page, headers=dict(_HEADERS))

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        if path == "/":
            return _home(request)
        if path == "/blogs/all" or (path.startswith("/blogs/") and path[7:] in BLOGS):
            return _blog(request, path[7:])
        if m := _TAGGED.match(path):
            blog = m.group(1)
            if blog not in BLOGS:
                return None
            tags = tuple(t for t in unquote(m.group(2)).split("+") if t)
            return _blog(request, blog, tags) if tags else None
        if m := _ARTICLE.match(path):
            story = _BY_PATH.get((m.group(1), m.group(2)))
            if story is None:
                return None
            view = request.params.get("view", "")
            if view == "print":
                return _article_print(request, story)
            if view == "quick":
                return html(_article_quick(story), headers=dict(_HEADERS))
            return _article(request, story)
        if m := re.fullmatch(r"/pages/([a-z0-9-]+)", path):
            return _static_page(request, m.group(1)) if m.group(1) in STATIC_PAGES else None
        if m := re.fullmatch(r"/collections/([a-z0-9-]+)", path):
            return _collection(request, m.group(1)) if m.group(1) in COLLECTIONS else None
        if m := re.fullmatch(r"/(?:collections/([a-z0-9-]+)/)?products/([a-z0-9-]+)", path):
            coll, handle = m.groups()
            if handle not in PRODUCTS or (coll and coll not in COLLECTIONS):
                return None
            return _product(request, handle)
        if path == "/search":
            return _search(request)
        if path == "/account":
            return redirect("/account/login")
        if path == "/account/login":
            return _account(request, "login")
        if path == "/account/register":
            return _account(request, "register")
        if path == "/cart":
            return _cart(request)
        return None


def build_site() -> HaravanSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return HaravanSchool()
