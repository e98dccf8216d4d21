"""Fixture portal: a private high school's website on a Vietnamese SaaS site builder (Haravan /
Sapo Web style: a shop platform with blogs, Liquid templates, everything served from the vendor).

Imitates "Trường THPT Tư thục Minh Trí", whose site an agency set up on the builder's "Giáo dục"
theme: the same engine that runs the school's little shop (uniforms, textbooks) runs its news.
The URL scheme is the platform's, not the school's: blogs ``/blogs/<handle>`` with articles at
``/blogs/<handle>/<article-handle>``, pages ``/pages/<handle>``, collections and products
``/collections/<handle>`` and ``/products/<handle>`` (also ``/collections/<c>/products/<p>``,
rel=canonical to ``/products/<p>``), ``/search``, ``/cart``, ``/account/login``. Every page
carries the builder's head (absolute ``rel=canonical``, og tags, theme CSS from
``theme.hstatic.net``), a top bar with the header clock (``TODAY``), the hotline, "Đăng nhập /
Đăng ký / Giỏ hàng", a search form, a two-level menu, a newsletter block ("Đăng ký nhận bản
tin"), a footer with address, hotline, a visitor counter and "Cung cấp bởi Haravan", a hidden
cookie-consent popup and a floating hotline / Zalo / Messenger button bar.

What it serves:

- the home page: a carousel (three slides linking to posts and a page), "Tin tức - Sự kiện" (four
  newest cards with date and excerpt), "Thông tin tuyển sinh", "Góc phụ huynh", a product row
  with prices and "Thêm vào giỏ" forms;
- three blogs: "Tin tức - Sự kiện" (``/blogs/tin-tuc``, 7 posts, three a page: ``?page=2``,
  ``?page=3``), "Tuyển sinh" (``/blogs/tuyen-sinh``, 3 posts), "Góc phụ huynh"
  (``/blogs/goc-phu-huynh``, 2 posts); cards print the thumbnail (``file.hstatic.net``), the
  poster, the day and the excerpt, or the first 30 words of the content with "…" where a post
  has no excerpt; the pager is the platform's ``default_pagination`` in Vietnamese; a page past
  the end answers 200 "Chưa có bài viết nào";
- the article page: breadcrumb "Trang chủ / <blog> / <title>", ``h1.article-title``, a meta line
  "Đăng bởi: <b>Ban Truyền thông</b>" (the posting account: "Phòng Tuyển sinh" on the admissions
  blog) and the day "Thứ Sáu, 20/11/2026" (no time), the excerpt in its own
  ``div.article-summary`` (four posts only), the content ``div.article-content > div.rte``
  (TinyMCE output: justified paragraphs, images in centred paragraphs, captions as a small
  centred paragraph in some posts and as ``<em>`` in others, headings, lists, a table, a file
  link), tags, share buttons, "Bài trước / Bài sau", "Bài viết liên quan" (three others of the
  blog with dates), the comments ("N bình luận": reader names, dates with time, text; five a
  page, the older ones at ``?page=2`` of the article itself) and the "Bình luận" form; a sidebar
  with "Bài viết mới nhất" (dates), "Danh mục tin tức", the blog's tag cloud and a banner;
- tag filters ``/blogs/<blog>/tagged/<tag>`` (paged like the blog), static pages (Giới thiệu,
  Đội ngũ giáo viên, Thư viện ảnh, Văn bản - Biểu mẫu, Liên hệ with the contact form), the shop
  (three collections with a sort select, five products with price, sizes, "Thêm vào giỏ", "Mua
  ngay" and a description of several paragraphs), ``/search``, ``/cart``, ``/account/*``;
- ``/robots.txt`` (the platform's: cart, checkout, account, search and collection sorting
  disallowed; the sitemap announced), ``/sitemap.xml`` (an index of ``sitemap_blogs_1.xml``,
  ``sitemap_pages_1.xml``, ``sitemap_products_1.xml``, ``sitemap_collections_1.xml``) and one
  Atom feed per blog (``/blogs/<blog>.atom``, announced in the head of that blog's pages).

Traps and hard cases (as the platform really has them):

- Tag filters never end: a tag page's tag cloud prints ``link_to_add_tag`` for every other tag of
  the blog and ``link_to_remove_tag`` for the current ones, so ``/tagged/hoc-sinh`` links
  ``/tagged/hoc-sinh+stem``, which links ``/tagged/hoc-sinh+stem+the-thao`` …, in every order;
  every combination answers 200 (most of them "Chưa có bài viết nào"), and so does an unknown tag.
  Each tag page has its own ``?page=N``. None is disallowed by robots.txt.
- The same article at three addresses: the comments are paginated by five, so the most commented
  post is also served at ``/blogs/tin-tuc/<handle>?page=2`` (the older comments) and
  ``?page=1`` (linked from page 2), with the same text (rel=canonical to the plain address;
  both listed in ``alt_paths``).
- Collection pages link products under the collection (``/collections/<c>/products/<p>``); a
  product the home page does not show is at its own address only in the product sitemap.
- An old article handle, linked from inside another post's text (the 20/11 post links the
  football post as ``khai-mac-giai-bong-da-hoc-sinh-2026``), answers 301 to the new handle.
- Products look like text pages: a title, several paragraphs of description, a date-free page;
  they are the shop's, not articles (og:type product, price, "Thêm vào giỏ").
- The Atom feed writes a local time for each post that the page itself never prints.
- Comment dates ("21/11/2026 lúc 19:42") and the header clock are no publication dates; reader
  names in comments are no authors.
- Text forms: one post was typed in decomposed Unicode (NFD); two went through the editor's
  named-entity encoding (``&agrave;``, ``&ecirc;`` … for Latin-1 letters, other letters raw).
  Everything is UTF-8 and says so.

Gold (by hand, following shared/real-pages/SOURCES.md). Articles are the blog posts; pages,
products, collections, listings, tag filters, search, cart and account pages are not.
Judgement calls:

- ``published_at``: the meta line's day, date only (no time is printed; the feed's time is not
  on the page).
- ``authors``: the closing signature in the text when there is one ("Bài: X - Ảnh: Y", "Tin,
  ảnh: Z", "Tác giả: X", a bare right-aligned name); else the meta line's "Đăng bởi" name
  ("Ban Truyền thông", "Phòng Tuyển sinh"), the platform's author field, kept although it names
  an office (as the VHV "Tác giả:" field in SOURCES.md). "Tin, ảnh: Z" gives Z in both lists;
  an organisation credited for photos ("Ảnh: CLB Nhiếp ảnh Minh Trí") is kept as printed.
- ``source``: the "Nguồn: …" line's publication; the reposted article's signature still names
  its writer.
- ``summary``: the excerpt block where printed (and the body's first paragraph); in one post the
  editor typed a bold lead paragraph at the top of the content instead: that paragraph is the
  summary. Other posts have none (the listing's truncated text is no summary).
- ``body``: the content's paragraphs, headings, list items and lead-ins in order; table rows as
  one paragraph each with cells joined by " | " (header row included); captions, the line that
  offers the file ("Tải về: <link>", harmonised after round 13's blind portals, where it is no
  body text, as in joomla15_legacy_pgd), signatures, "Nguồn:" lines, tags, share, related
  lists and comments are not.
- ``images``: every image of the content in order; caption = the line right under it (small
  centred paragraph or ``<em>``), None where there is no line or the line is only the camera's
  file name (``z5938274615520_8c1f0e2b9d.jpg``). Image URLs are the editor's protocol-relative
  or https CDN addresses, resolved against the page.
- ``category``: the blog's title as the breadcrumb prints it.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html, redirect

from ._common import TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "sapo_web_thpt"
PLATFORM = "haravan"
START_PATH = "/"

SITE = "Trường THPT Tư thục Minh Trí"
SHOP_ID = "200000347218"
THEME = f"//theme.hstatic.net/{SHOP_ID}/1001056234/14"
FILE_CDN = f"file.hstatic.net/{SHOP_ID}"
ADDRESS = "Số 218 đường Nguyễn Văn Tiết, phường Lái Thiêu, Thành phố Hồ Chí Minh"
HOTLINE = "0918 246 135"
PHONE = "0274 3 756 889"
EMAIL = "tuyensinh@minhtri.edu.vn"
PER_PAGE = 3
COMMENTS_PER_PAGE = 5
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

#: blogs: handle -> (title, posting account)
BLOGS: dict[str, tuple[str, str]] = {
    "tin-tuc": ("Tin tức - Sự kiện", "Ban Truyền thông"),
    "tuyen-sinh": ("Tuyển sinh", "Phòng Tuyển sinh"),
    "goc-phu-huynh": ("Góc phụ huynh", "Ban Truyền thông"),
}
#: tags as the editors typed them; the URL uses the handle
TAGS: dict[str, str] = {
    "hoc-sinh": "Học sinh",
    "nha-giao": "Nhà giáo",
    "stem": "STEM",
    "ngoai-khoa": "Ngoại khóa",
    "doan-truong": "Đoàn trường",
    "hoc-bong": "Học bổng",
    "the-thao": "Thể thao",
    "tuyen-sinh-2027": "Tuyển sinh 2027",
    "phu-huynh": "Phụ huynh",
    "ky-nang-song": "Kỹ năng sống",
}


def _cdn(name: str, https: bool = False) -> str:
    """An editor upload as the builder stores it: ``file.hstatic.net/<shop>/file/<name>_<hash>``."""
    stem, ext = name.rsplit(".", 1)
    digest = hashlib.md5(name.encode()).hexdigest()[:18]
    return f"{'https:' if https else ''}//{FILE_CDN}/file/{stem}_{digest}.{ext}"


def _thumb(slug: str) -> str:
    return f"//{FILE_CDN}/article/{slug[:40]}_large.jpg"


# Story.opts: blog (handle), tags (handles), form (nfd | entities | ""), comments (list of
# (name, "dd/mm/yyyy HH:MM", text), newest first), old_handle (answers 301), file (href, label).
# Img styles: small (image paragraph, then a small centred paragraph), em (image paragraph, then a
# centred <em> paragraph), embr (<br><em> in the image's own paragraph), none, file (small line
# that is only the camera's file name). P styles: "" (justified), plain, lead (bold first
# paragraph), h3, li, th/tr (table rows, cells " | "), "a|href|phrase" (phrase is a link).
STORIES: list[Story] = [
    Story(
        id=1043,
        slug="5-cach-giup-con-giam-ap-luc-mua-thi-cuoi-ky",
        title="5 cách giúp con giảm áp lực mùa thi cuối kỳ",
        cat="goc-phu-huynh",
        published_at="2026-11-23",
        summary=(
            "Mùa kiểm tra cuối học kỳ I đang đến gần. Bên cạnh sự nỗ lực của học sinh, sự đồng hành"
            " đúng cách của cha mẹ giúp các em bước vào kỳ thi với tâm thế vững vàng, tự tin."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Giúp con lập kế hoạch ôn tập vừa sức", "h3"),
            P(
                "Cha mẹ cùng con chia nội dung ôn tập theo từng ngày, xen kẽ các môn tự nhiên và xã"
                " hội, dành thời gian nghỉ ngắn sau mỗi 45 - 50 phút học. Một kế hoạch rõ ràng giúp"
                " con bớt lo lắng vì biết mình cần làm gì mỗi ngày."
            ),
            P("2. Bảo đảm giấc ngủ và bữa ăn", "h3"),
            P(
                "Học sinh THPT cần ngủ từ 7 đến 8 tiếng mỗi đêm. Thức khuya ôn bài liên tục làm giảm"
                " khả năng ghi nhớ. Bữa sáng đủ chất, nhiều rau xanh, trái cây và uống đủ nước giúp"
                " con tỉnh táo trong giờ kiểm tra."
            ),
            Img(
                _cdn("phu-huynh-dong-hanh-mua-thi.jpg"),
                "Cha mẹ nên trò chuyện để hiểu những áp lực của con trong mùa thi",
                "Cha mẹ nên trò chuyện để hiểu những áp lực của con trong mùa thi",
                "em",
            ),
            P("3. Không so sánh con với bạn bè", "h3"),
            P(
                "Những câu nói như “Sao con không được như bạn A?” dễ khiến con mất tự tin. Hãy ghi"
                " nhận sự tiến bộ của con so với chính con ở kỳ trước."
            ),
            P("4. Lắng nghe nhiều hơn nói", "h3"),
            P(
                "Dành 15 phút mỗi tối để hỏi con về một ngày học tập, lắng nghe mà không phán xét."
                " Khi con chia sẻ khó khăn, cha mẹ cùng con tìm cách giải quyết thay vì trách móc."
            ),
            P("5. Giữ liên lạc với giáo viên chủ nhiệm", "h3"),
            P(
                "Cha mẹ có thể theo dõi kết quả học tập của con trên ứng dụng sổ liên lạc điện tử"
                " và trao đổi với giáo viên chủ nhiệm khi thấy con có biểu hiện căng thẳng kéo dài."
                " Phòng Tư vấn học đường của nhà trường luôn sẵn sàng hỗ trợ học sinh."
            ),
            Raw('<p style="text-align: right;"><strong>Tác giả: Đặng Thu Hà</strong></p>'),
        ],
        authors=["Đặng Thu Hà"],
        opts={
            "tags": ["phu-huynh", "ky-nang-song"],
            "comments": [
                (
                    "Phụ huynh em Gia Bảo 11A2",
                    "24/11/2026 20:15",
                    "Bài viết rất thiết thực, cảm ơn cô Thu Hà.",
                ),
                (
                    "Lê Thị Kim Oanh",
                    "23/11/2026 21:03",
                    "Nhà trường có tổ chức buổi tư vấn tâm lý cho phụ huynh không ạ?",
                ),
            ],
        },
    ),
    Story(
        id=1042,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường THPT Tư thục Minh Trí long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-20",
        summary=(
            "Sáng 20/11/2026, Trường THPT Tư thục Minh Trí tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam (20/11/1982 - 20/11/2026) trong không khí trang trọng, ấm áp với sự tham dự"
            " của hơn 1.500 học sinh, đông đảo cha mẹ học sinh và các thế hệ cựu học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Trần Quang Huy ôn lại truyền thống tôn sư"
                " trọng đạo của dân tộc và điểm lại những kết quả nổi bật của nhà trường trong năm"
                " học vừa qua: tỷ lệ tốt nghiệp THPT đạt 100%, 87% học sinh trúng tuyển đại học ngay"
                " đợt đầu, 21 giải học sinh giỏi cấp thành phố."
            ),
            Img(
                _cdn("le-20-11-2026-1.jpg"),
                "Thầy Hiệu trưởng Trần Quang Huy phát biểu tại Lễ kỷ niệm",
                "Thầy Hiệu trưởng Trần Quang Huy phát biểu tại Lễ kỷ niệm",
                "small",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong"
                " phong trào “Đổi mới, sáng tạo trong dạy và học” và 5 giáo viên có sáng kiến kinh"
                " nghiệm được công nhận cấp thành phố."
            ),
            Img(
                _cdn("le-20-11-2026-2.jpg"),
                "Khen thưởng giáo viên tiêu biểu năm học 2025 - 2026",
                "Khen thưởng giáo viên tiêu biểu năm học 2025 - 2026",
                "small",
            ),
            P(
                "Đại diện học sinh, em Phạm Ngọc Khánh Linh (lớp 12A1) bày tỏ lòng biết ơn đến các"
                " thầy cô đã tận tụy dìu dắt các em trên con đường học tập. Chương trình văn nghệ"
                " với các tiết mục ca múa nhạc, kịch do học sinh dàn dựng đã để lại nhiều cảm xúc."
            ),
            P(
                "Cũng trong buổi sáng, trận chung kết Giải bóng đá học sinh Minh Trí Cup 2026 giữa"
                " đội 12A1 và đội 11A4 đã diễn ra sôi nổi trên sân cỏ nhân tạo của nhà trường.",
                "a|/blogs/tin-tuc/khai-mac-giai-bong-da-hoc-sinh-2026|Giải bóng đá học sinh Minh Trí Cup 2026",
            ),
            Img(
                _cdn("le-20-11-2026-3.jpg"),
                "Tiết mục múa “Người thầy” của học sinh khối 11",
                "Tiết mục múa “Người thầy” của học sinh khối 11",
                "small",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Lê Hoàng Yến - Ảnh: Phan Quốc Bảo'
                "</strong></p>"
            ),
        ],
        authors=["Lê Hoàng Yến"],
        photographers=["Phan Quốc Bảo"],
        opts={
            "tags": ["nha-giao", "hoc-sinh"],
            "comments": [
                ("Nguyễn Minh Tâm", "24/11/2026 08:47", "Chúc mừng thầy cô nhân ngày 20/11!"),
                (
                    "Cựu HS khóa 2018 - 2021",
                    "23/11/2026 22:10",
                    "Nhớ trường quá, năm sau em sẽ về dự lễ.",
                ),
                (
                    "Trần Thị Bích Ngọc",
                    "22/11/2026 18:32",
                    "Tiết mục múa của các em khối 11 rất đẹp.",
                ),
                (
                    "Phụ huynh lớp 10A4",
                    "21/11/2026 19:42",
                    "Cảm ơn các thầy cô đã tận tâm với các con.",
                ),
                ("Võ Hoàng Nam", "21/11/2026 12:05", "Chúc mừng các thầy cô được khen thưởng."),
                ("Lý Gia Hân", "20/11/2026 21:18", "Em yêu Minh Trí!"),
                ("Đinh Công Thành", "20/11/2026 16:40", "Buổi lễ rất ý nghĩa."),
            ],
        },
    ),
    Story(
        id=1040,
        slug="thong-bao-tuyen-sinh-lop-10-nam-hoc-2027-2028",
        title="Thông báo tuyển sinh lớp 10 năm học 2027 - 2028",
        cat="tuyen-sinh",
        published_at="2026-11-18",
        blocks=[
            P(
                "Trường THPT Tư thục Minh Trí thông báo tuyển sinh lớp 10 năm học 2027 - 2028 với"
                " tổng chỉ tiêu 360 học sinh (9 lớp), cụ thể như sau:"
            ),
            P("Hệ đào tạo | Số lớp | Sĩ số/lớp | Học phí/tháng", "th"),
            P("Chương trình chuẩn | 5 | 40 | 3.200.000 đồng", "tr"),
            P("Chương trình tăng cường tiếng Anh | 3 | 35 | 4.500.000 đồng", "tr"),
            P("Chương trình song ngữ | 1 | 30 | 6.800.000 đồng", "tr"),
            P("Phương thức tuyển sinh: xét học bạ THCS kết hợp phỏng vấn. Hồ sơ gồm:"),
            P("Đơn đăng ký dự tuyển (theo mẫu của nhà trường);", "li"),
            P("Bản sao học bạ THCS hoặc kết quả học tập học kỳ I lớp 9;", "li"),
            P("Bản sao giấy khai sinh và 02 ảnh 3x4.", "li"),
            P(
                "Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 31/3/2027 tại Phòng Tuyển"
                " sinh (tầng 1, nhà A), từ thứ Hai đến sáng thứ Bảy."
            ),
            Raw(
                '<p style="text-align: justify;">Tải về: <a href="https://' + FILE_CDN
                + '/file/thong-bao-tuyen-sinh-lop-10-2027-2028.pdf" target="_blank">Thông báo tuyển sinh'
                " lớp 10 năm học 2027 - 2028 (PDF)</a></p>"
            ),
        ],
        authors=["Phòng Tuyển sinh"],
        opts={"tags": ["tuyen-sinh-2027"]},
    ),
    Story(
        id=1039,
        slug="hoc-sinh-minh-tri-doat-3-giai-nhat-hoi-thi-tin-hoc-tre",
        title="Học sinh Minh Trí đoạt 3 giải Nhất Hội thi Tin học trẻ thành phố năm 2026",
        cat="tin-tuc",
        published_at="2026-11-17",
        blocks=[
            P(
                "Tại Hội thi Tin học trẻ Thành phố Hồ Chí Minh năm 2026 diễn ra từ ngày 13 đến"
                " 15/11/2026, đội tuyển Tin học của Trường THPT Tư thục Minh Trí đã xuất sắc giành"
                " 3 giải Nhất, 2 giải Nhì và 1 giải Ba ở bảng THPT."
            ),
            P(
                "Nổi bật là em Huỳnh Đức Trí (lớp 11A1) với sản phẩm ứng dụng “Sổ tay tự học” giúp"
                " học sinh lập lịch ôn tập và nhắc bài bằng trí tuệ nhân tạo, được Ban giám khảo đánh"
                " giá cao về tính thực tiễn."
            ),
            Img(
                _cdn("tin-hoc-tre-2026-1.jpg"),
                "Em Huỳnh Đức Trí giới thiệu sản phẩm “Sổ tay tự học” với Ban giám khảo",
                "Em Huỳnh Đức Trí giới thiệu sản phẩm “Sổ tay tự học” với Ban giám khảo",
                "em",
            ),
            P(
                "Để đạt kết quả này, các em đã tham gia câu lạc bộ lập trình của trường từ lớp 10, ôn"
                " luyện vào các buổi chiều thứ Bảy dưới sự hướng dẫn của thầy Nguyễn Hữu Phước, tổ"
                " trưởng tổ Tin học."
            ),
            Img(
                _cdn("tin-hoc-tre-2026-2.jpg"),
                "Đội tuyển Tin học nhận giải tại lễ tổng kết Hội thi",
                "Đội tuyển Tin học nhận giải tại lễ tổng kết Hội thi",
                "em",
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Tin, ảnh: Đỗ Quang Vinh</strong></em></p>'
            ),
        ],
        authors=["Đỗ Quang Vinh"],
        photographers=["Đỗ Quang Vinh"],
        opts={
            "tags": ["hoc-sinh", "stem"],
            "comments": [
                ("Huỳnh Văn Lộc", "18/11/2026 07:55", "Chúc mừng đội tuyển, chúc mừng Đức Trí!"),
            ],
        },
    ),
    Story(
        id=1035,
        slug="ngay-hoi-stem-lan-thu-ii-hoc-sinh-tu-tay-che-tao-robot-ten-lua-nuoc",
        title="Ngày hội STEM lần thứ II: học sinh tự tay chế tạo robot, tên lửa nước",
        cat="tin-tuc",
        published_at="2026-11-10",
        summary=(
            "Ngày 07/11/2026, hơn 900 học sinh ba khối lớp tham gia Ngày hội STEM lần thứ II với"
            " 36 gian trưng bày sản phẩm và các cuộc thi phóng tên lửa nước, điều khiển robot vượt"
            " địa hình."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội do tổ Khoa học tự nhiên và tổ Tin học - Công nghệ phối hợp tổ chức, nhằm"
                " tạo sân chơi để học sinh vận dụng kiến thức liên môn vào giải quyết các vấn đề"
                " thực tiễn."
            ),
            P(
                "Các sản phẩm được trưng bày đa dạng: máy lọc nước mini từ vật liệu tái chế, hệ thống"
                " tưới cây tự động, mô hình nhà thông minh điều khiển bằng giọng nói, đèn học tự"
                " điều chỉnh độ sáng…"
            ),
            P(
                "Kết quả, chi đoàn 11A3 đoạt giải Nhất phần thi tên lửa nước với độ xa 96 mét; đội"
                " robot của lớp 10A2 giành giải Nhất phần thi vượt địa hình."
            ),
            P("Một số hình ảnh tại Ngày hội:"),
            Img(_cdn("ngay-hoi-stem-2026-1.jpg"), None, None, "none"),
            Img(_cdn("ngay-hoi-stem-2026-2.jpg"), None, None, "none"),
            Img(_cdn("ngay-hoi-stem-2026-3.jpg"), None, None, "none"),
        ],
        authors=["Ban Truyền thông"],
        opts={"tags": ["stem", "hoc-sinh", "ngoai-khoa"], "form": "nfd"},
    ),
    Story(
        id=1033,
        slug="chinh-sach-hoc-bong-danh-cho-hoc-sinh-lop-10-nam-hoc-2027-2028",
        title="Chính sách học bổng dành cho học sinh lớp 10 năm học 2027 - 2028",
        cat="tuyen-sinh",
        published_at="2026-11-06",
        summary=(
            "Nhằm khuyến khích học sinh có thành tích học tập tốt, nhà trường dành tổng quỹ học"
            " bổng hơn 2 tỷ đồng cho học sinh trúng tuyển lớp 10 năm học 2027 - 2028."
        ),
        blocks=[
            P(
                "Nhằm khuyến khích học sinh có thành tích học tập tốt, nhà trường dành tổng quỹ học"
                " bổng hơn 2 tỷ đồng cho học sinh trúng tuyển lớp 10 năm học 2027 - 2028.",
                "lead",
            ),
            P("Các loại học bổng gồm:"),
            P(
                "Học bổng Tài năng: miễn 100% học phí năm học lớp 10 cho học sinh đạt giải cấp"
                " thành phố trở lên hoặc có điểm trung bình lớp 9 từ 9,5;",
                "li",
            ),
            P(
                "Học bổng Khuyến học: giảm 50% học phí năm học lớp 10 cho học sinh có điểm trung"
                " bình lớp 9 từ 9,0;",
                "li",
            ),
            P(
                "Học bổng Vượt khó: giảm 30% học phí cho học sinh có hoàn cảnh khó khăn, có xác"
                " nhận của địa phương.",
                "li",
            ),
            P(
                "Học bổng được duy trì ở các năm học tiếp theo nếu học sinh đạt kết quả học tập"
                " Tốt và rèn luyện Tốt. Chi tiết xin liên hệ Phòng Tuyển sinh qua hotline 0918 246 135."
            ),
        ],
        authors=["Phòng Tuyển sinh"],
        opts={"tags": ["hoc-bong", "tuyen-sinh-2027"], "form": "entities"},
    ),
    Story(
        id=1031,
        slug="hoc-sinh-khoi-10-trai-nghiem-tai-lang-nghe-son-mai-tuong-binh-hiep",
        title="Học sinh khối 10 trải nghiệm tại làng nghề sơn mài Tương Bình Hiệp",
        cat="tin-tuc",
        published_at="2026-11-03",
        blocks=[
            P(
                "Trong hai ngày 30 và 31/10/2026, gần 400 học sinh khối 10 tham gia chuyến trải"
                " nghiệm thực tế tại làng nghề sơn mài Tương Bình Hiệp, gắn với nội dung chủ đề"
                " “Tìm hiểu nghề truyền thống của địa phương” trong môn Hoạt động trải nghiệm,"
                " hướng nghiệp."
            ),
            Img(
                _cdn("trai-nghiem-son-mai-1.jpg"),
                "Nghệ nhân hướng dẫn học sinh các công đoạn làm tranh sơn mài",
                "Nghệ nhân hướng dẫn học sinh các công đoạn làm tranh sơn mài",
                "embr",
            ),
            P(
                "Tại các xưởng sơn mài, học sinh được nghe nghệ nhân giới thiệu lịch sử hơn 200 năm"
                " của làng nghề, quan sát quy trình từ bó gỗ, trét sơn, mài, vẽ đến cẩn vỏ trứng và"
                " tự tay hoàn thiện một bức tranh nhỏ mang về làm kỷ niệm."
            ),
            P(
                "Sau chuyến đi, mỗi lớp hoàn thành một bài thuyết trình về giá trị văn hóa và hướng"
                " phát triển của làng nghề trong bối cảnh hiện nay."
            ),
            Img(
                _cdn("trai-nghiem-son-mai-2.jpg"),
                "Học sinh lớp 10A5 với sản phẩm sơn mài tự làm",
                "Học sinh lớp 10A5 với sản phẩm sơn mài tự làm",
                "embr",
            ),
            Raw('<p style="text-align: right;"><strong>Ngọc Hân</strong></p>'),
        ],
        authors=["Ngọc Hân"],
        opts={"tags": ["ngoai-khoa", "hoc-sinh"]},
    ),
    Story(
        id=1027,
        slug="truong-tu-thuc-trao-120-suat-hoc-bong-cho-hoc-sinh-vuot-kho",
        title="Trường tư thục trao 120 suất học bổng cho học sinh vượt khó",
        cat="tin-tuc",
        published_at="2026-10-26",
        blocks=[
            P(
                "Ngày 24/10, Trường THPT Tư thục Minh Trí tổ chức trao 120 suất học bổng “Minh Trí"
                " vươn xa” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt, tổng trị giá gần"
                " 1,2 tỷ đồng."
            ),
            P(
                "Mỗi suất học bổng gồm miễn giảm học phí một năm học, bộ sách giáo khoa và hai bộ"
                " đồng phục. Nguồn kinh phí do Hội đồng quản trị nhà trường, hội cựu học sinh và các"
                " doanh nghiệp đồng hành đóng góp."
            ),
            Img(
                _cdn("trao-hoc-bong-vuon-xa-2026.jpg", https=True),
                "Đại diện Hội đồng quản trị trao học bổng cho học sinh",
                "Đại diện Hội đồng quản trị trao học bổng cho học sinh",
                "small",
            ),
            P(
                "Em Nguyễn Thị Thu Sương (lớp 12A6), mồ côi cha, nhà ở xã Bàu Bàng, xúc động chia"
                " sẻ: “Học bổng giúp em yên tâm đi học trong năm cuối cấp để thực hiện ước mơ trở"
                " thành giáo viên”."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thu Trang</strong></p>'
                '<p style="text-align: right;"><em>Nguồn: Báo Giáo dục &amp; Thời đại</em></p>'
            ),
        ],
        authors=["Thu Trang"],
        source="Báo Giáo dục & Thời đại",
        opts={"tags": ["hoc-bong", "hoc-sinh"]},
    ),
    Story(
        id=1024,
        slug="open-day-thang-10-hon-500-phu-huynh-hoc-sinh-tham-quan-truong",
        title="Open Day tháng 10: hơn 500 phụ huynh, học sinh tham quan trường",
        cat="tuyen-sinh",
        published_at="2026-10-20",
        blocks=[
            P(
                "Sáng Chủ nhật 18/10/2026, nhà trường tổ chức Ngày hội tư vấn tuyển sinh “Open Day”"
                " đón hơn 500 phụ huynh và học sinh lớp 9 đến tham quan cơ sở vật chất, tìm hiểu"
                " chương trình đào tạo."
            ),
            Img(
                _cdn("open-day-thang-10-2026-1.jpg"),
                "Phụ huynh và học sinh tham quan phòng thí nghiệm Hóa - Sinh",
                "Phụ huynh và học sinh tham quan phòng thí nghiệm Hóa - Sinh",
                "small",
            ),
            P(
                "Các em học sinh lớp 9 được trải nghiệm một tiết học tiếng Anh với giáo viên bản ngữ,"
                " một tiết học STEM và tham quan ký túc xá, nhà ăn, sân thể thao đa năng.",
            ),
            P(
                "Thông tin chi tiết về chỉ tiêu, học phí và học bổng được nhà trường công bố trong"
                " thông báo tuyển sinh lớp 10 năm học 2027 - 2028 và tiếp tục cập nhật trong"
                " chuyên mục Tuyển sinh.",
                "a|/blogs/tuyen-sinh/thong-bao-tuyen-sinh-lop-10-nam-hoc-2027-2028|thông báo tuyển sinh lớp 10 năm học 2027 - 2028",
            ),
            Img(
                _cdn("z5938274615520_8c1f0e2b9d.jpg"), "z5938274615520_8c1f0e2b9d.jpg", None, "file"
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Vũ Minh Châu - Ảnh: Phan Quốc Bảo'
                "</strong></p>"
            ),
        ],
        authors=["Vũ Minh Châu"],
        photographers=["Phan Quốc Bảo"],
        opts={"tags": ["tuyen-sinh-2027", "phu-huynh"]},
    ),
    Story(
        id=1022,
        slug="khai-mac-giai-bong-da-minh-tri-cup-2026",
        title="Khai mạc Giải bóng đá học sinh Minh Trí Cup 2026",
        cat="tin-tuc",
        published_at="2026-10-15",
        blocks=[
            P(
                "Chiều 13/10/2026, Đoàn trường khai mạc Giải bóng đá học sinh Minh Trí Cup 2026 với"
                " sự tham gia của 24 đội bóng nam và 12 đội bóng nữ đến từ các chi đoàn.",
                "plain",
            ),
            P(
                "Giải thi đấu theo thể thức vòng bảng và loại trực tiếp, kéo dài đến ngày 20/11/2026"
                " tại sân bóng đá cỏ nhân tạo của nhà trường. Trận chung kết dự kiến diễn ra trong"
                " chương trình chào mừng Ngày Nhà giáo Việt Nam.",
                "plain",
            ),
            Img(
                _cdn("minh-tri-cup-2026-khai-mac.jpg"),
                "Trận đấu khai mạc giữa đội 12A1 và đội 11A4",
                "Trận đấu khai mạc giữa đội 12A1 và đội 11A4",
                "small",
            ),
            P(
                "Giải đấu là hoạt động thường niên nhằm rèn luyện sức khỏe, tinh thần đồng đội và"
                " phát hiện những học sinh có năng khiếu thể thao để thành lập đội tuyển của trường.",
                "plain",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Trần Gia Huy</strong></p>'
                '<p style="text-align: right;"><strong>Ảnh: CLB Nhiếp ảnh Minh Trí</strong></p>'
            ),
        ],
        authors=["Trần Gia Huy"],
        photographers=["CLB Nhiếp ảnh Minh Trí"],
        opts={
            "tags": ["the-thao", "doan-truong"],
            "old_handle": "khai-mac-giai-bong-da-hoc-sinh-2026",
        },
    ),
    Story(
        id=1019,
        slug="lich-hop-phu-huynh-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Lịch họp phụ huynh học sinh đầu năm học 2026 - 2027",
        cat="goc-phu-huynh",
        published_at="2026-09-18",
        blocks=[
            P(
                "Nhà trường trân trọng kính mời quý phụ huynh đến dự buổi họp phụ huynh học sinh đầu"
                " năm học 2026 - 2027 theo lịch sau:"
            ),
            P("Khối | Thời gian | Địa điểm", "th"),
            P("Khối 10 | 7h30 Chủ nhật, 27/9/2026 | Hội trường A và các phòng học", "tr"),
            P("Khối 11 | 9h30 Chủ nhật, 27/9/2026 | Các phòng học khối 11", "tr"),
            P("Khối 12 | 14h00 Chủ nhật, 27/9/2026 | Hội trường A", "tr"),
            P(
                "Trong buổi họp, giáo viên chủ nhiệm sẽ thông báo kế hoạch năm học, quy định về nề"
                " nếp, các khoản thu và cách sử dụng ứng dụng sổ liên lạc điện tử. Kính mong quý phụ"
                " huynh sắp xếp thời gian tham dự đầy đủ."
            ),
        ],
        authors=["Ban Truyền thông"],
        opts={"tags": ["phu-huynh"]},
    ),
    Story(
        id=1016,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Rộn ràng Lễ khai giảng năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-09-05",
        summary=(
            "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THPT Tư"
            " thục Minh Trí hân hoan chào đón năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, nhà trường có 42 lớp với 1.560 học sinh, trong đó 480 học sinh"
                " lớp 10 vừa trúng tuyển. Đội ngũ 112 cán bộ, giáo viên, nhân viên, trong đó 46%"
                " giáo viên có trình độ thạc sĩ."
            ),
            Img(
                _cdn("khai-giang-2026-2027-1.jpg"),
                "Học sinh lớp 10 diễu hành chào mừng năm học mới",
                "Học sinh lớp 10 diễu hành chào mừng năm học mới",
                "em",
            ),
            P(
                "Thầy Hiệu trưởng Trần Quang Huy đánh trống khai trường và giao nhiệm vụ năm học:"
                " giữ vững chất lượng giáo dục toàn diện, đẩy mạnh chuyển đổi số trong dạy học,"
                " mở rộng chương trình trao đổi học sinh với các trường quốc tế."
            ),
            Img(_cdn("khai-giang-2026-2027-2.jpg"), None, None, "none"),
            P(
                "Chương trình văn nghệ chào mừng với chủ đề “Minh Trí - Vươn tầm tri thức” khép lại"
                " buổi lễ trong niềm hân hoan của thầy và trò."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Phan Quốc Bảo</strong></p>'),
        ],
        authors=["Phan Quốc Bảo"],
        photographers=["Phan Quốc Bảo"],
        opts={"tags": ["hoc-sinh", "doan-truong"], "form": "entities"},
    ),
]

_BY_HANDLE: dict[tuple[str, str], Story] = {(s.cat, s.slug): s for s in STORIES}
_OLD_HANDLES: dict[tuple[str, str], Story] = {
    (s.cat, s.opts["old_handle"]): s for s in STORIES if s.opts.get("old_handle")
}
#: the admissions notice, where the sidebar banner and the Open Day post link
ADMISSIONS_PATH = "/blogs/tuyen-sinh/thong-bao-tuyen-sinh-lop-10-nam-hoc-2027-2028"


def article_path(story: Story) -> str:
    return f"/blogs/{story.cat}/{story.slug}"


def newest(blog: str | None = None, tags: tuple[str, ...] = ()) -> list[Story]:
    items = [s for s in STORIES if blog is None or s.cat == blog]
    items = [s for s in items if all(t in s.opts.get("tags", []) for t in tags)]
    return sorted(items, key=lambda s: (s.published_at, s.id), reverse=True)


def _day(story: Story) -> date:
    return date.fromisoformat(story.published_at[:10])


def _dmy(story: Story) -> str:
    return f"{_day(story):%d/%m/%Y}"


def _long_day(story: Story) -> str:
    d = _day(story)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


#: when each post went live (local time; only the feed prints it)
_PUBLISHED_AT_TIME = {
    1043: "07:45", 1042: "11:20", 1040: "14:30", 1039: "09:05", 1035: "16:10", 1033: "08:00",
    1031: "10:40", 1027: "15:25", 1024: "17:00", 1022: "08:30", 1019: "09:15", 1016: "13:50",
}  # fmt: skip


def comment_pages(story: Story) -> int:
    return max(1, -(-len(story.opts.get("comments", [])) // COMMENTS_PER_PAGE))


def _gold(story: Story) -> dict:
    """The gold record; a post whose comments run to a second page is also served, text and all,
    at ``?page=1`` and ``?page=2`` (the comment pager's links)."""
    pages = comment_pages(story)
    alts = [f"{article_path(story)}?page={n}" for n in range(1, pages + 1)] if pages > 1 else []
    return gold_record(story, article_path(story), BLOGS[story.cat][0], alt_paths=alts)


GOLD: list[dict] = [_gold(s) for s in newest()]

PAGES: dict[str, tuple[str, list[str]]] = {
    "gioi-thieu": (
        "Giới thiệu chung",
        [
            f"{SITE} được thành lập năm 2008 theo quyết định của Ủy ban nhân dân tỉnh Bình Dương"
            " (nay thuộc Thành phố Hồ Chí Minh), là trường trung học phổ thông tư thục đạt chuẩn"
            " quốc gia mức độ 1.",
            "Khuôn viên trường rộng 2,4 ha với 48 phòng học thông minh, 8 phòng thí nghiệm, thư"
            " viện điện tử, hồ bơi, nhà thi đấu đa năng và ký túc xá 600 chỗ.",
            "Sứ mệnh: xây dựng môi trường giáo dục nhân văn, hiện đại, giúp mỗi học sinh phát"
            " triển toàn diện, tự tin hội nhập quốc tế.",
        ],
    ),
    "doi-ngu-giao-vien": (
        "Đội ngũ giáo viên",
        [
            "Nhà trường có 112 cán bộ, giáo viên, nhân viên; 46% giáo viên có trình độ thạc sĩ,"
            " 8 giáo viên bản ngữ giảng dạy tiếng Anh.",
            "Ban Giám hiệu: Hiệu trưởng Trần Quang Huy; Phó Hiệu trưởng Nguyễn Thị Thanh Tâm;"
            " Phó Hiệu trưởng Lâm Văn Đức.",
        ],
    ),
}

ALBUM: list[tuple[str, str]] = [
    (_cdn("album-khuon-vien-1.jpg"), "Cổng chính nhà trường"),
    (_cdn("album-khuon-vien-2.jpg"), "Thư viện điện tử"),
    (_cdn("album-khuon-vien-3.jpg"), "Hồ bơi trong nhà"),
    (_cdn("album-khuon-vien-4.jpg"), "Phòng thí nghiệm Vật lí"),
    (_cdn("album-khuon-vien-5.jpg"), "Nhà thi đấu đa năng"),
    (_cdn("album-khuon-vien-6.jpg"), "Ký túc xá học sinh"),
]

DOCUMENTS: list[tuple[str, str, str]] = [
    ("Đơn đăng ký dự tuyển lớp 10 năm học 2027 - 2028", "don-dang-ky-du-tuyen-lop-10-2027.docx", "DOCX"),
    ("Quy định học phí và các khoản thu năm học 2026 - 2027", "quy-dinh-hoc-phi-2026-2027.pdf", "PDF"),
    ("Nội quy học sinh", "noi-quy-hoc-sinh.pdf", "PDF"),
    ("Mẫu đơn xin nghỉ học", "mau-don-xin-nghi-hoc.docx", "DOCX"),
]  # fmt: skip

#: collections: handle -> title
COLLECTIONS: dict[str, str] = {
    "all": "Tất cả sản phẩm",
    "dong-phuc": "Đồng phục",
    "sach-giao-khoa": "Sách giáo khoa",
}

#: products: handle -> (title, collection, price, compare-at price, variants, description)
PRODUCTS: dict[str, tuple[str, str, int, int | None, list[str], list[str]]] = {
    "ao-so-mi-nam-tay-ngan-dong-phuc": (
        "Áo sơ mi nam tay ngắn (đồng phục)", "dong-phuc", 185000, None, ["S", "M", "L", "XL"],
        [
            "Áo sơ mi trắng tay ngắn in logo Minh Trí trên túi ngực, dùng cho học sinh nam từ thứ"
            " Hai đến thứ Năm.",
            "Chất liệu: vải kate lụa thoáng mát, ít nhăn, thấm hút mồ hôi tốt. Phụ huynh vui lòng"
            " chọn size theo bảng số đo tại Phòng Hành chính.",
        ],
    ),
    "chan-vay-xep-ly-nu": (
        "Chân váy xếp ly nữ", "dong-phuc", 210000, None, ["S", "M", "L"],
        [
            "Chân váy xếp ly màu xanh tím than, dài qua gối, dùng với áo sơ mi nữ đồng phục.",
            "Chất liệu: vải tuyết mưa dày dặn, giữ nếp ly sau khi giặt.",
        ],
    ),
    "ao-khoac-dong-phuc-mua-dong": (
        "Áo khoác đồng phục mùa đông", "dong-phuc", 320000, 360000, ["M", "L", "XL", "XXL"],
        [
            "Áo khoác gió hai lớp, lót lưới, có mũ tháo rời, in logo và tên trường ở lưng.",
            "Ưu đãi giảm 40.000 đồng cho đơn hàng đặt trước ngày 30/11/2026.",
        ],
    ),
    "bo-sgk-lop-10-ket-noi-tri-thuc": (
        "Bộ sách giáo khoa lớp 10 - Kết nối tri thức (14 cuốn)", "sach-giao-khoa", 356000, None, [],
        [
            "Bộ sách giáo khoa lớp 10 theo Chương trình giáo dục phổ thông 2018, bộ sách Kết nối"
            " tri thức với cuộc sống, Nhà xuất bản Giáo dục Việt Nam.",
            "Gồm 14 cuốn theo các môn học nhà trường lựa chọn; nhận sách tại thư viện vào tuần"
            " đầu tháng 8.",
        ],
    ),
    "bo-sgk-lop-11-ket-noi-tri-thuc": (
        "Bộ sách giáo khoa lớp 11 - Kết nối tri thức (15 cuốn)", "sach-giao-khoa", 382000, None, [],
        [
            "Bộ sách giáo khoa lớp 11 bộ Kết nối tri thức với cuộc sống, kèm sách chuyên đề học"
            " tập các môn lựa chọn.",
        ],
    ),
}  # fmt: skip

NON_ARTICLES: list[str] = [
    "/",
    "/blogs/tin-tuc",
    "/blogs/tin-tuc?page=2",
    "/blogs/tin-tuc?page=3",
    "/blogs/tuyen-sinh",
    "/blogs/goc-phu-huynh",
    "/blogs/tin-tuc/tagged/hoc-sinh",
    "/blogs/tin-tuc/tagged/hoc-sinh?page=2",
    "/pages/gioi-thieu",
    "/pages/doi-ngu-giao-vien",
    "/pages/thu-vien-anh",
    "/pages/van-ban-bieu-mau",
    "/pages/lien-he",
    *(f"/collections/{c}" for c in COLLECTIONS),
    *(f"/products/{p}" for p in PRODUCTS),
]


# --------------------------------------------------------------------------- text forms


def _named_entities(markup: str) -> str:
    """The editor's ``entity_encoding: named``: Latin-1 letters as named entities, others raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if 160 <= ord(ch) < 256 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _t(story: Story, value: str) -> str:
    form = story.opts.get("form", "")
    if form == "nfd":
        return text(value, nfd=True)
    if form == "entities":
        return _named_entities(text(value))
    return text(value)


def _money(amount: int) -> str:
    return f"{amount:,}₫"


# --------------------------------------------------------------------------- chrome

_MENU = [
    ("/", "Trang chủ", []),
    ("/pages/gioi-thieu", "Giới thiệu", [
        ("/pages/gioi-thieu", "Giới thiệu chung"),
        ("/pages/doi-ngu-giao-vien", "Đội ngũ giáo viên"),
        ("/pages/thu-vien-anh", "Thư viện ảnh"),
    ]),
    ("/blogs/tin-tuc", "Tin tức", [
        ("/blogs/tin-tuc", "Tin tức - Sự kiện"),
        ("/blogs/goc-phu-huynh", "Góc phụ huynh"),
    ]),
    ("/blogs/tuyen-sinh", "Tuyển sinh", []),
    ("/pages/van-ban-bieu-mau", "Văn bản - Biểu mẫu", []),
    ("/collections/all", "Đồng phục & Sách", [
        ("/collections/dong-phuc", "Đồng phục"),
        ("/collections/sach-giao-khoa", "Sách giáo khoa"),
    ]),
    ("/pages/lien-he", "Liên hệ", []),
]  # fmt: skip


def _menu(active: str) -> str:
    items = []
    for href, label, sub in _MENU:
        cls = ' class="active"' if href == active else ""
        drop = ""
        if sub:
            drop = '<ul class="sub-menu">' + "".join(
                f'<li><a href="{h}" title="{esc(n)}">{esc(n)}</a></li>' for h, n in sub
            ) + "</ul>"  # fmt: skip
            cls = f' class="has-child{" active" if href == active else ""}"'
        items.append(f'<li{cls}><a href="{href}" title="{esc(label)}">{esc(label)}</a>{drop}</li>')
    return "".join(items)


def _head(request: Request, title: str, canonical: str, og_type: str, extra: str = "") -> str:
    base = base_url(request)
    return f"""<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(SITE)} - Trường THPT tư thục chất lượng cao tại Thành phố Hồ Chí Minh">
<link rel="canonical" href="{base}{canonical}">
<meta property="og:site_name" content="{esc(SITE)}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{base}{canonical}">
<link rel="shortcut icon" href="{THEME}/favicon.png?v=512" type="image/png">
<link href="{THEME}/plugin-style.css?v=512" rel="stylesheet" type="text/css">
<link href="{THEME}/styles.scss.css?v=512" rel="stylesheet" type="text/css">
<script>var Haravan = Haravan || {{}}; Haravan.shop = "minhtri-edu.myharavan.com"; Haravan.theme = {{"name":"Edu Minh Tri","id":1001056234}};</script>
<script src="//hstatic.net/0/0/global/api.jquery.js" type="text/javascript"></script>
{extra}</head>"""


def _header(active: str) -> str:
    return f"""<header class="main-header">
<div class="header-topbar"><div class="container"><div class="row">
<div class="col-md-6 topbar-left"><span class="topbar-date"><i class="fa fa-calendar-o"></i> {TODAY}</span>
<span class="topbar-hotline"><i class="fa fa-phone"></i> Hotline tuyển sinh: <a href="tel:0918246135">{HOTLINE}</a></span></div>
<div class="col-md-6 topbar-right"><ul class="topbar-account">
<li><a href="/account/login" rel="nofollow">Đăng nhập</a></li><li><a href="/account/register" rel="nofollow">Đăng ký</a></li>
<li><a href="/cart" rel="nofollow"><i class="fa fa-shopping-bag"></i> Giỏ hàng (<span class="count-holder">0</span>)</a></li></ul></div>
</div></div></div>
<div class="header-middle"><div class="container"><div class="row">
<div class="col-md-4 logo"><a href="/"><img src="{THEME}/logo.png?v=512" alt="{esc(SITE)}" class="img-responsive logoimg"></a></div>
<div class="col-md-5 slogan"><p class="slogan-line">Nhân văn - Sáng tạo - Hội nhập</p></div>
<div class="col-md-3 search-header"><form action="/search" class="searchform" method="get">
<input type="hidden" name="type" value="article"><input type="text" name="q" class="searchinput" placeholder="Tìm kiếm...">
<button type="submit" class="btn-search"><i class="fa fa-search"></i></button></form></div>
</div></div></div>
<nav class="navbar-main"><div class="container"><ul class="menuList-main">{_menu(active)}</ul></div></nav>
</header>"""


def _footer() -> str:
    return f"""<section class="section-newsletter"><div class="container"><div class="newsletter-box">
<h3 class="title-newsletter">Đăng ký nhận bản tin</h3><p>Nhận thông tin tuyển sinh và hoạt động mới nhất của nhà trường qua email.</p>
<form accept-charset="UTF-8" action="/account/contact" class="contact-form" method="post">
<input name="form_type" type="hidden" value="customer"><input name="utf8" type="hidden" value="true">
<input type="hidden" id="contact_tags" name="contact[tags]" value="khách hàng tiềm năng, bản tin">
<input type="email" name="contact[email]" placeholder="Nhập email của bạn" required>
<button type="submit" class="btn-newsletter">Đăng ký</button></form></div></div></section>
<footer class="main-footer"><div class="container"><div class="row">
<div class="col-md-4 footer-col"><h4 class="footer-title">{esc(SITE)}</h4>
<ul class="footer-contact"><li><i class="fa fa-map-marker"></i> Địa chỉ: {esc(ADDRESS)}</li>
<li><i class="fa fa-phone"></i> Điện thoại: {PHONE}</li><li><i class="fa fa-mobile"></i> Hotline: {HOTLINE}</li>
<li><i class="fa fa-envelope"></i> Email: <a href="mailto:{EMAIL}">{EMAIL}</a></li></ul></div>
<div class="col-md-3 footer-col"><h4 class="footer-title">Liên kết nhanh</h4><ul class="footer-links">
<li><a href="/pages/gioi-thieu">Giới thiệu</a></li><li><a href="/blogs/tuyen-sinh">Tuyển sinh</a></li>
<li><a href="/pages/van-ban-bieu-mau">Văn bản - Biểu mẫu</a></li><li><a href="/pages/lien-he">Liên hệ</a></li></ul></div>
<div class="col-md-2 footer-col"><h4 class="footer-title">Thống kê truy cập</h4><ul class="footer-stats">
<li>Đang online: <b>23</b></li><li>Hôm nay: <b>412</b></li><li>Tổng lượt truy cập: <b>1.284.503</b></li></ul></div>
<div class="col-md-3 footer-col"><h4 class="footer-title">Fanpage</h4><div class="fb-page" data-href="https://www.facebook.com/thptminhtri" data-tabs="timeline" data-height="180"></div></div>
</div></div>
<div class="footer-copyright"><div class="container"><p>Bản quyền © 2026 thuộc về {esc(SITE)}. Cung cấp bởi <a href="https://www.haravan.com" rel="nofollow" target="_blank">Haravan</a></p></div></div>
</footer>
<div class="floating-contact"><ul>
<li class="fc-hotline"><a href="tel:0918246135" title="Gọi hotline"><i class="fa fa-phone"></i><span>{HOTLINE}</span></a></li>
<li class="fc-zalo"><a href="https://zalo.me/0918246135" target="_blank" rel="nofollow" title="Chat Zalo"><img src="{THEME}/icon-zalo.png?v=512" alt="Zalo"></a></li>
<li class="fc-messenger"><a href="https://m.me/thptminhtri" target="_blank" rel="nofollow" title="Messenger"><img src="{THEME}/icon-messenger.png?v=512" alt="Messenger"></a></li>
</ul></div>
<div id="cookie-consent" class="cookie-popup" style="display:none"><div class="cookie-inner">
<p>Website sử dụng cookie để nâng cao trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với <a href="/pages/lien-he">chính sách bảo mật</a> của chúng tôi.</p>
<button type="button" class="btn-accept-cookie">Đồng ý</button></div></div>
<a href="#" class="back-to-top" title="Lên đầu trang"><i class="fa fa-angle-up"></i></a>
<script src="{THEME}/plugin-script.js?v=512" type="text/javascript"></script>
<script src="{THEME}/main.js?v=512" type="text/javascript"></script>"""


def _crumbs(*items: tuple[str | None, str]) -> str:
    li = ['<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
          '<a href="/" itemprop="item"><span itemprop="name">Trang chủ</span></a>'
          '<meta itemprop="position" content="1"></li>']  # fmt: skip
    for n, (href, label) in enumerate(items, start=2):
        if href:
            li.append(
                f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                f'<a href="{href}" itemprop="item"><span itemprop="name">{esc(label)}</span></a>'
                f'<meta itemprop="position" content="{n}"></li>'
            )
        else:
            li.append(f'<li class="active"><span>{esc(label)}</span></li>')
    return (
        '<section class="bread-crumb"><div class="container"><ol class="breadcrumb" itemscope'
        f' itemtype="http://schema.org/BreadcrumbList">{"".join(li)}</ol></div></section>'
    )


def _page(
    request: Request,
    title: str,
    canonical: str,
    main: str,
    *,
    template: str,
    active: str = "",
    og_type: str = "website",
    extra: str = "",
) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
{_head(request, title, canonical, og_type, extra)}
<body id="minh-tri" class="template-{template}">
<div class="wrapper-body">
{_header(active)}
<main class="main-body">{main}</main>
{_footer()}
</div>
</body>
</html>"""


def _sidebar(blog: str, tags_of_blog: list[str], current: tuple[str, ...] = ()) -> str:
    latest = "".join(
        f'<div class="item-article clearfix"><div class="post-image"><a href="{article_path(s)}">'
        f'<img src="{_thumb(s.slug).replace("_large", "_small")}" alt="{esc(s.title)}"></a></div>'
        f'<div class="post-content"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="date">{_dmy(s)}</span></div></div>'
        for s in newest()[:5]
    )
    active = ' class="active"'
    cats = "".join(
        f'<li{active if h == blog else ""}><a href="/blogs/{h}">{esc(t)}</a></li>'
        for h, (t, _) in BLOGS.items()
    )
    tag_links = []
    for tag in tags_of_blog:
        if not current:
            href = f"/blogs/{blog}/tagged/{tag}"
            tag_links.append(
                f'<li><a href="{href}" title="Hiển thị bài viết có tag {esc(TAGS[tag])}">{esc(TAGS[tag])}</a></li>'
            )
        elif tag in current:
            rest = [t for t in current if t != tag]
            href = f"/blogs/{blog}/tagged/{'+'.join(rest)}" if rest else f"/blogs/{blog}"
            tag_links.append(
                f'<li class="active"><a href="{href}" title="Bỏ tag {esc(TAGS[tag])}">{esc(TAGS[tag])} ×</a></li>'
            )
        else:
            href = f"/blogs/{blog}/tagged/{'+'.join([*current, tag])}"
            tag_links.append(
                f'<li><a href="{href}" title="Thêm tag {esc(TAGS[tag])}">+ {esc(TAGS[tag])}</a></li>'
            )
    return f"""<aside class="col-md-3 col-sm-12 col-xs-12 sidebar-blog">
<div class="group-sidebar-box blog-latest"><h2 class="sidebar-title"><span>Bài viết mới nhất</span></h2><div class="list-blogs-latest">{latest}</div></div>
<div class="group-sidebar-box blog-category"><h2 class="sidebar-title"><span>Danh mục tin tức</span></h2><ul class="list-cat">{cats}</ul></div>
<div class="group-sidebar-box blog-tags"><h2 class="sidebar-title"><span>Tags</span></h2><ul class="list-tags">{"".join(tag_links)}</ul></div>
<div class="group-sidebar-box banner-sidebar"><a href="{ADMISSIONS_PATH}"><img src="{THEME}/banner_sidebar.jpg?v=512" alt="Tuyển sinh lớp 10 năm học 2027 - 2028"></a></div>
</aside>"""


def _blog_tags(blog: str) -> list[str]:
    seen: list[str] = []
    for s in newest(blog):
        for t in s.opts.get("tags", []):
            if t not in seen:
                seen.append(t)
    return sorted(seen)


# --------------------------------------------------------------------------- article


def _body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "th", "tr"):
            run = [b]
            while (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and blocks[i + 1].style in (("li",) if b.style == "li" else ("th", "tr"))
            ):
                i += 1
                run.append(blocks[i])
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(story, p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for p in run:
                    tag = "td"
                    cells = "".join(
                        f"<{tag}>{'<strong>' if p.style == 'th' else ''}{_t(story, c)}"
                        f"{'</strong>' if p.style == 'th' else ''}</{tag}>"
                        for c in p.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
        elif isinstance(b, P):
            if b.style == "lead":
                out.append(f"<p><strong>{_t(story, b.text)}</strong></p>")
            elif b.style == "h3":
                out.append(f"<h3><strong>{_t(story, b.text)}</strong></h3>")
            elif b.style == "plain":
                out.append(f"<p>{_t(story, b.text)}</p>")
            elif b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                link = f'<a href="{esc(href)}" target="_blank">{_t(story, phrase)}</a>'
                out.append(
                    f'<p style="text-align: justify;">{_t(story, before)}{link}{_t(story, after)}</p>'
                )
            else:
                out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        elif isinstance(b, Img):
            alt = esc(story.title)
            img = f'<img src="{esc(b.src)}" alt="{alt}">'
            if b.style == "embr":
                out.append(
                    f'<p style="text-align: center;">{img}<br><em>{_t(story, b.printed or "")}</em></p>'
                )
            else:
                out.append(f'<p style="text-align: center;">{img}</p>')
                if b.style == "em":
                    out.append(
                        f'<p style="text-align: center;"><em>{_t(story, b.printed or "")}</em></p>'
                    )
                elif b.style in ("small", "file"):
                    out.append(
                        '<p style="text-align: center;"><span style="font-size: 13px;">'
                        f"{_t(story, b.printed or '')}</span></p>"
                    )
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _comments(story: Story, page: int) -> str:
    comments = story.opts.get("comments", [])
    path = article_path(story)
    pages = comment_pages(story)
    chunk = comments[(page - 1) * COMMENTS_PER_PAGE : page * COMMENTS_PER_PAGE]
    items = "".join(
        f'<div class="comment-item" id="comment-{story.id * 100 + n}"><div class="comment-avatar">'
        '<img src="//hstatic.net/0/0/global/design/member/avatar-default.png" alt=""></div>'
        f'<div class="comment-info"><span class="comment-author">{esc(name)}</span> '
        f'<span class="comment-date">{when[:10]} lúc {when[11:]}</span>'
        f'<div class="comment-body"><p>{esc(body)}</p></div></div></div>'
        for n, (name, when, body) in enumerate(chunk, start=(page - 1) * COMMENTS_PER_PAGE)
    )
    listing = ""
    if comments:
        listing = (
            f'<div class="article-comment-list"><h3 class="title-comment">{len(comments)} bình luận</h3>'
            f"{items}{_pager(path, page, pages) if pages > 1 else ''}</div>"
        )
    form = f"""<div class="article-comment-form"><form accept-charset="UTF-8" action="{path}/comments" class="comment-form" id="article_comments" method="post">
<input name="form_type" type="hidden" value="new_comment"><input name="utf8" type="hidden" value="true">
<h3 class="title-form-comment">Bình luận</h3>
<p class="note-comment">Bình luận của bạn sẽ được duyệt trước khi hiển thị.</p>
<div class="row"><div class="col-md-6"><input type="text" name="comment[author]" class="form-control" placeholder="Họ và tên" required></div>
<div class="col-md-6"><input type="email" name="comment[email]" class="form-control" placeholder="Email" required></div></div>
<textarea name="comment[body]" rows="5" class="form-control" placeholder="Nội dung bình luận" required></textarea>
<button type="submit" class="btn btn-comment">Gửi bình luận</button></form></div>"""
    return f'<div class="article-comment" id="comments">{listing}{form}</div>'


def _article(story: Story, request: Request, page: int) -> str:
    blog_title, poster = BLOGS[story.cat]
    path = article_path(story)
    base = base_url(request)
    summary = ""
    if story.summary and story.sapo_outside:
        summary = f'<div class="article-summary">{_t(story, story.summary)}</div>'
    tags = ", ".join(
        f'<a href="/blogs/{story.cat}/tagged/{t}">{esc(TAGS[t])}</a>'
        for t in story.opts.get("tags", [])
    )
    in_blog = newest(story.cat)
    idx = in_blog.index(story)
    nav = []
    if idx + 1 < len(in_blog):
        older = in_blog[idx + 1]
        nav.append(
            f'<a class="pull-left" href="{article_path(older)}" title="{esc(older.title)}">← Bài trước</a>'
        )
    if idx > 0:
        newer = in_blog[idx - 1]
        nav.append(
            f'<a class="pull-right" href="{article_path(newer)}" title="{esc(newer.title)}">Bài sau →</a>'
        )
    related = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">({_dmy(s)})</span></li>'
        for s in [x for x in in_blog if x is not story][:3]
    )
    share = (
        '<div class="article-share"><span>Chia sẻ:</span>'
        f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={base}{path}" target="_blank" rel="nofollow">Facebook</a>'
        f'<a class="share-zalo" href="https://sp.zalo.me/share_inline?u={base}{path}" target="_blank" rel="nofollow">Zalo</a>'
        f'<a class="share-tw" href="https://twitter.com/intent/tweet?url={base}{path}" target="_blank" rel="nofollow">Twitter</a>'
        '<a class="share-print" href="javascript:window.print()">In bài viết</a></div>'
    )
    n_comments = len(story.opts.get("comments", []))
    main = f"""{_crumbs((f"/blogs/{story.cat}", blog_title), (None, story.title))}
<section class="layout-article"><div class="container"><div class="row">
<div class="col-md-9 col-sm-12 col-xs-12 article-inner">
<article class="article-main" itemscope itemtype="http://schema.org/Article">
<div class="article-head">
<h1 class="article-title">{esc(story.title)}</h1>
<ul class="article-meta">
<li class="meta-author"><i class="fa fa-user"></i> Đăng bởi: <strong>{esc(poster)}</strong></li>
<li class="meta-date"><i class="fa fa-clock-o"></i> {_long_day(story)}</li>
<li class="meta-comment"><a href="#comments"><i class="fa fa-comments-o"></i> {n_comments} bình luận</a></li>
</ul>
</div>
<div class="article-body">
{summary}<div class="article-content"><div class="rte">
{_body(story)}
</div></div>
</div>
<div class="article-tags"><i class="fa fa-tags"></i> Tags: {tags}</div>
{share}
<div class="article-navigation clearfix">{"".join(nav)}</div>
</article>
<div class="blog-related"><h2 class="title-related">Bài viết liên quan</h2><ul class="list-related">{related}</ul></div>
{_comments(story, page)}
</div>
{_sidebar(story.cat, _blog_tags(story.cat))}
</div></div></section>"""
    og = f'<meta property="og:image" content="http:{_thumb(story.slug)}">\n'
    og += f'<meta property="og:description" content="{esc(_excerpt(story))}">\n'
    og += f'<link rel="alternate" type="application/atom+xml" title="{esc(blog_title)}" href="/blogs/{story.cat}.atom">\n'
    return _page(
        request, f"{story.title} – {SITE}", path, main, template="article",
        active=f"/blogs/{story.cat}", og_type="article", extra=og,
    )  # fmt: skip


def _excerpt(story: Story) -> str:
    if story.summary:
        return story.summary
    words = " ".join(story.paragraphs).split()
    return " ".join(words[:30]) + ("…" if len(words) > 30 else "")


# --------------------------------------------------------------------------- listings


def _pager(path: str, page: int, pages: int) -> str:
    parts = []
    if page > 1:
        parts.append(
            f'<span class="prev"><a href="{path}?page={page - 1}" title="">« Trang trước</a></span>'
        )
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="page current">{n}</span>')
        else:
            parts.append(f'<span class="page"><a href="{path}?page={n}" title="">{n}</a></span>')
    if page < pages:
        parts.append(
            f'<span class="next"><a href="{path}?page={page + 1}" title="">Trang sau »</a></span>'
        )
    return f'<div id="pagination" class="pagination-custom clearfix">{" ".join(parts)}</div>'


def _page_no(request: Request) -> int:
    try:
        return max(1, int(request.params.get("page", "1")))
    except ValueError:
        return 1


def _card(s: Story) -> str:
    return f"""<article class="blog-item"><div class="row">
<div class="col-md-4 blog-item-thumbnail"><a href="{article_path(s)}"><img src="{_thumb(s.slug)}" alt="{esc(s.title)}"></a></div>
<div class="col-md-8 blog-item-info"><h3 class="blog-item-name"><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
<p class="blog-item-meta"><span class="author">{esc(BLOGS[s.cat][1])}</span> - <span class="date">{_dmy(s)}</span></p>
<p class="blog-item-summary">{esc(_excerpt(s))}</p>
<a class="read-more" href="{article_path(s)}">Xem thêm</a></div></div></article>"""


def _blog(request: Request, blog: str, tags: tuple[str, ...] = ()) -> str:
    title = BLOGS[blog][0]
    items = newest(blog, tags)
    page = _page_no(request)
    pages = max(1, -(-len(items) // PER_PAGE))
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    path = f"/blogs/{blog}" + (f"/tagged/{'+'.join(tags)}" if tags else "")
    cards = (
        "".join(_card(s) for s in chunk)
        or '<p class="no-post">Chưa có bài viết nào trong mục này.</p>'
    )
    heading = title
    crumbs = _crumbs((None, title))
    if tags:
        labels = ", ".join(TAGS.get(t, t) for t in tags)
        heading = f"{title} - Tag: {labels}"
        crumbs = _crumbs((f"/blogs/{blog}", title), (None, f"Tag: {labels}"))
    main = f"""{crumbs}
<section class="layout-blogs"><div class="container"><div class="row">
<div class="col-md-9 col-sm-12 col-xs-12 blog-inner"><h1 class="title-blog">{esc(heading)}</h1>
<div class="blog-posts">{cards}</div>
{_pager(path, page, pages) if pages > 1 else ""}</div>
{_sidebar(blog, _blog_tags(blog), tags)}
</div></div></section>"""
    canonical = path + (f"?page={page}" if page > 1 else "")
    atom = f'<link rel="alternate" type="application/atom+xml" title="{esc(title)}" href="/blogs/{blog}.atom">\n'
    return _page(request, f"{heading} – {SITE}", canonical, main, template="blog",
                 active=f"/blogs/{blog}", extra=atom)  # fmt: skip


# --------------------------------------------------------------------------- home, pages, shop


def _product_card(handle: str) -> str:
    title, _, price, compare, _sizes, _ = PRODUCTS[handle]
    old = f'<del class="compare-price">{_money(compare)}</del>' if compare else ""
    return f"""<div class="col-md-3 col-sm-6 product-block"><div class="product-img"><a href="/products/{handle}"><img src="//product.hstatic.net/{SHOP_ID}/product/{handle}_medium.jpg" alt="{esc(title)}"></a></div>
<div class="product-detail"><h3 class="pro-name"><a href="/products/{handle}" title="{esc(title)}">{esc(title)}</a></h3>
<p class="pro-price"><span class="current-price">{_money(price)}</span> {old}</p>
<form action="/cart/add" method="post"><input type="hidden" name="id" value="{1070000000 + list(PRODUCTS).index(handle)}"><button type="submit" class="btn-add-cart">Thêm vào giỏ</button></form></div></div>"""


def _home(request: Request) -> str:
    slides = [
        (
            article_path(newest("tuyen-sinh")[0]),
            "slider_1.jpg",
            "Tuyển sinh lớp 10 năm học 2027 - 2028",
        ),
        (
            article_path(newest("tin-tuc")[0]),
            "slider_2.jpg",
            "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        ),
        ("/pages/gioi-thieu", "slider_3.jpg", "Môi trường học tập hiện đại, nhân văn"),
    ]
    carousel = "".join(
        f'<div class="item"><a href="{h}"><img src="{THEME}/{img}?v=512" alt="{esc(cap)}"></a>'
        f'<div class="slide-caption"><h2>{esc(cap)}</h2><a class="btn-slide" href="{h}">Xem chi tiết</a></div></div>'
        for h, img, cap in slides
    )
    news = "".join(
        f'<div class="col-md-3 col-sm-6 article-loop"><div class="article-thumb"><a href="{article_path(s)}">'
        f'<img src="{_thumb(s.slug)}" alt="{esc(s.title)}"></a></div><div class="article-info">'
        f'<h3 class="article-loop-title"><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<p class="article-loop-date"><i class="fa fa-calendar"></i> {_dmy(s)}</p>'
        f'<p class="article-loop-desc">{esc(_excerpt(s))}</p></div></div>'
        for s in newest("tin-tuc")[:4]
    )
    admissions = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a><span class="date">{_dmy(s)}</span></li>'
        for s in newest("tuyen-sinh")
    )
    parents = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a><span class="date">{_dmy(s)}</span></li>'
        for s in newest("goc-phu-huynh")
    )
    products = "".join(_product_card(h) for h in list(PRODUCTS)[:4])
    main = f"""<section class="section-slider"><div id="home-slider" class="owl-carousel owl-theme">{carousel}</div></section>
<section class="section-intro"><div class="container"><div class="intro-box"><h2 class="title-section">Chào mừng đến với {esc(SITE)}</h2>
<p>Trường THPT tư thục đạt chuẩn quốc gia với 42 lớp, hơn 1.500 học sinh và đội ngũ 112 cán bộ, giáo viên tận tâm.</p>
<a class="btn-more" href="/pages/gioi-thieu">Tìm hiểu thêm</a></div></div></section>
<section class="section-news"><div class="container"><div class="section-heading"><h2 class="title-section"><a href="/blogs/tin-tuc">Tin tức - Sự kiện</a></h2></div>
<div class="row">{news}</div><div class="text-center"><a class="btn-viewall" href="/blogs/tin-tuc">Xem tất cả</a></div></div></section>
<section class="section-two-col"><div class="container"><div class="row">
<div class="col-md-6"><div class="box-home"><h2 class="title-box"><a href="/blogs/tuyen-sinh">Thông tin tuyển sinh</a></h2><ul class="list-home">{admissions}</ul></div></div>
<div class="col-md-6"><div class="box-home"><h2 class="title-box"><a href="/blogs/goc-phu-huynh">Góc phụ huynh</a></h2><ul class="list-home">{parents}</ul></div></div>
</div></div></section>
<section class="section-products"><div class="container"><div class="section-heading"><h2 class="title-section"><a href="/collections/all">Đồng phục &amp; Sách giáo khoa</a></h2></div>
<div class="row">{products}</div></div></section>"""
    return _page(request, SITE, "/", main, template="index", active="/")


def _static(request: Request, handle: str) -> str:
    title, paragraphs = PAGES[handle]
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    return _page_shell(request, handle, title, body)


def _page_shell(request: Request, handle: str, title: str, body: str) -> str:
    main = f"""{_crumbs((None, title))}
<section class="layout-page"><div class="container"><div class="page-wrapper">
<div class="heading-page"><h1>{esc(title)}</h1></div>
<div class="wrapbox-content-page"><div class="content-page rte">{body}</div></div>
</div></div></section>"""
    return _page(request, f"{title} – {SITE}", f"/pages/{handle}", main, template="page",
                 active=f"/pages/{handle}")  # fmt: skip


def _album(request: Request) -> str:
    grid = "".join(
        f'<div class="col-md-4 col-sm-6 gallery-item"><a href="{src}" data-fancybox="gallery" data-caption="{esc(cap)}">'
        f'<img src="{src}" alt="{esc(cap)}"></a><div class="gallery-caption">{esc(cap)}</div></div>'
        for src, cap in ALBUM
    )
    body = f'<p>Một số hình ảnh về khuôn viên và cơ sở vật chất của nhà trường.</p><div class="row gallery-grid">{grid}</div>'
    return _page_shell(request, "thu-vien-anh", "Thư viện ảnh", body)


def _documents(request: Request) -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td>{esc(title)}</td><td>{kind}</td>"
        f'<td><a href="https://{FILE_CDN}/file/{name}" target="_blank">Tải về</a></td></tr>'
        for n, (title, name, kind) in enumerate(DOCUMENTS, start=1)
    )
    body = (
        '<table class="table table-bordered"><thead><tr><th>STT</th><th>Tên văn bản</th><th>Định dạng</th>'
        f"<th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _page_shell(request, "van-ban-bieu-mau", "Văn bản - Biểu mẫu", body)


def _contact(request: Request) -> str:
    body = f"""<div class="row"><div class="col-md-6 box-info-contact"><h2>Thông tin liên hệ</h2>
<ul><li>Địa chỉ: {esc(ADDRESS)}</li><li>Điện thoại: {PHONE}</li><li>Hotline tuyển sinh: {HOTLINE}</li><li>Email: {EMAIL}</li>
<li>Giờ làm việc: 7h00 - 17h00, từ thứ Hai đến sáng thứ Bảy</li></ul></div>
<div class="col-md-6 box-send-contact"><h2>Gửi thắc mắc cho chúng tôi</h2>
<form accept-charset="UTF-8" action="/contact" class="contact-form" method="post"><input name="form_type" type="hidden" value="contact"><input name="utf8" type="hidden" value="true">
<input type="text" name="contact[name]" placeholder="Tên của bạn" required><input type="email" name="contact[email]" placeholder="Email của bạn" required>
<input type="tel" name="contact[phone]" placeholder="Số điện thoại của bạn"><textarea name="contact[body]" rows="6" placeholder="Nội dung" required></textarea>
<button type="submit" class="btn-contact">Gửi cho chúng tôi</button></form></div></div>
<div class="google-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3917.2!2d106.69!3d10.90" width="100%" height="380" style="border:0;" allowfullscreen="" loading="lazy"></iframe></div>"""
    return _page_shell(request, "lien-he", "Liên hệ", body)


def _collection(request: Request, handle: str) -> str:
    title = COLLECTIONS[handle]
    handles = [h for h, p in PRODUCTS.items() if handle == "all" or p[1] == handle]
    sort = request.params.get("sort_by", "manual")
    if sort == "price-ascending":
        handles.sort(key=lambda h: PRODUCTS[h][2])
    elif sort == "price-descending":
        handles.sort(key=lambda h: -PRODUCTS[h][2])
    elif sort == "title-ascending":
        handles.sort(key=lambda h: PRODUCTS[h][0])
    options = "".join(
        f'<option value="{v}"{" selected" if v == sort else ""}>{label}</option>'
        for v, label in (("manual", "Sản phẩm nổi bật"), ("price-ascending", "Giá: Tăng dần"),
                         ("price-descending", "Giá: Giảm dần"), ("title-ascending", "Tên: A-Z"))
    )  # fmt: skip
    cards = "".join(
        _product_card(h).replace(
            f'href="/products/{h}"', f'href="/collections/{handle}/products/{h}"'
        )
        for h in handles
    )
    main = f"""{_crumbs((None, title))}
<section class="layout-collection"><div class="container"><div class="heading-collection"><h1>{esc(title)}</h1>
<div class="sortby-collection"><label for="sort-by">Sắp xếp theo:</label><select id="sort-by" onchange="window.location.search='?sort_by='+this.value">{options}</select></div></div>
<div class="row product-list">{cards}</div></div></section>"""
    return _page(request, f"{title} – {SITE}", f"/collections/{handle}", main, template="collection",
                 active="/collections/all")  # fmt: skip


def _product(request: Request, handle: str) -> str:
    title, coll, price, compare, variants, desc = PRODUCTS[handle]
    old = (
        f'<del class="compare-price">{_money(compare)}</del> <span class="pro-sale">-{round(100 * (compare - price) / compare)}%</span>'
        if compare
        else ""
    )
    select = ""
    if variants:
        opts = "".join(
            f'<option value="{1080000000 + n}">{v}</option>' for n, v in enumerate(variants)
        )
        select = f'<div class="select-swatch"><label>Kích thước:</label><select id="product-select" name="id">{opts}</select></div>'
    description = "".join(f"<p>{esc(p)}</p>" for p in desc)
    main = f"""{_crumbs((f"/collections/{coll}", COLLECTIONS[coll]), (None, title))}
<section class="layout-product"><div class="container"><div class="row">
<div class="col-md-6 product-gallery"><img src="//product.hstatic.net/{SHOP_ID}/product/{handle}_master.jpg" alt="{esc(title)}"></div>
<div class="col-md-6 product-content-desc" id="detail-product"><div class="product-title"><h1>{esc(title)}</h1>
<span class="pro-soldold">Tình trạng: <strong>Còn hàng</strong></span></div>
<div class="product-price" id="price-preview"><span class="pro-price">{_money(price)}</span> {old}</div>
<form id="add-item-form" action="/cart/add" method="post" class="variants clearfix">{select}
<div class="selector-actions"><div class="quantity-area"><input type="button" value="-" class="qty-btn"><input type="text" id="quantity" name="quantity" value="1" min="1" class="quantity-selector"><input type="button" value="+" class="qty-btn"></div>
<button type="submit" class="btn-addtocart" id="add-to-cart">Thêm vào giỏ</button> <button type="button" class="btn-buynow">Mua ngay</button></div></form>
<div class="product-description"><h2>Mô tả sản phẩm</h2><div class="description-productdetail rte">{description}</div></div>
</div></div></div></section>"""
    extra = (
        f'<meta property="og:price:amount" content="{price}">\n<meta property="og:price:currency" content="VND">\n'
        f'<meta property="og:image" content="http://product.hstatic.net/{SHOP_ID}/product/{handle}_grande.jpg">\n'
    )
    return _page(request, f"{title} – {SITE}", f"/products/{handle}", main, template="product",
                 active="/collections/all", og_type="product", extra=extra)  # fmt: skip


def _search(request: Request) -> str:
    q = request.params.get("q", "").strip()
    hits = [
        s for s in newest() if q and q.lower() in (s.title + " " + " ".join(s.paragraphs)).lower()
    ]
    rows = "".join(_card(s) for s in hits)
    msg = (
        f"<p>Có {len(hits)} kết quả tìm kiếm phù hợp với “{esc(q)}”</p>{rows}"
        if q
        else "<p>Nhập từ khóa để tìm kiếm.</p>"
    )
    main = f'{_crumbs((None, "Tìm kiếm"))}<section class="layout-search"><div class="container"><h1>Tìm kiếm</h1>{msg}</div></section>'
    return _page(request, f"Tìm kiếm – {SITE}", "/search", main, template="search")


def _account(request: Request, what: str) -> str:
    label = "Đăng nhập" if what == "login" else "Đăng ký"
    main = f"""{_crumbs((None, label))}<section class="layout-account"><div class="container"><h1>{label}</h1>
<form accept-charset="UTF-8" action="/account/{what}" id="customer_{what}" method="post"><input name="form_type" type="hidden" value="customer_{what}">
<input type="email" name="customer[email]" placeholder="Email"><input type="password" name="customer[password]" placeholder="Mật khẩu">
<button type="submit">{label}</button></form></div></section>"""
    return _page(
        request, f"{label} – {SITE}", f"/account/{what}", main, template=f"customers-{what}"
    )


def _cart(request: Request) -> str:
    main = f'{_crumbs((None, "Giỏ hàng"))}<section class="layout-cart"><div class="container"><h1>Giỏ hàng của bạn</h1><p>Giỏ hàng của bạn đang trống. <a href="/collections/all">Tiếp tục mua hàng</a></p></div></section>'
    return _page(request, f"Giỏ hàng – {SITE}", "/cart", main, template="cart")


_NOT_FOUND = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>404 Không tìm thấy trang</title></head>
<body class="template-404"><div class="layout-pageNot"><div class="container"><h1>404</h1>
<p class="subtext">Không tìm thấy trang</p><p>Trang bạn đang tìm kiếm không tồn tại hoặc đã bị xóa.</p>
<a href="/" class="button">Về trang chủ</a></div></div></body></html>"""


# --------------------------------------------------------------------------- feeds, sitemaps


def _when(story: Story) -> str:
    return f"{story.published_at}T{_PUBLISHED_AT_TIME[story.id]}:00+07:00"


def _atom(request: Request, blog: str) -> Response:
    base = base_url(request)
    items = newest(blog)
    entries = "".join(
        f"""
  <entry>
    <id>{base}{article_path(s)}</id>
    <published>{_when(s)}</published>
    <updated>{_when(s)}</updated>
    <link rel="alternate" type="text/html" href="{base}{article_path(s)}"/>
    <title>{esc(s.title)}</title>
    <author><name>{esc(BLOGS[blog][1])}</name></author>
    <summary type="html">{esc(_excerpt(s))}</summary>
    <content type="html">{esc(_body(s))}</content>
  </entry>"""
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="vi" xmlns="http://www.w3.org/2005/Atom">
  <id>{base}/blogs/{blog}</id>
  <link rel="alternate" type="text/html" href="{base}/blogs/{blog}"/>
  <link rel="self" type="application/atom+xml" href="{base}/blogs/{blog}.atom"/>
  <title>{esc(SITE)} - {esc(BLOGS[blog][0])}</title>
  <updated>{_when(items[0])}</updated>
  <author><name>{esc(SITE)}</name></author>{entries}
</feed>
"""
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


def _urlset(base: str, paths: list[str], lastmod: str = "2026-11-24T03:00:00+07:00") -> str:
    urls = "".join(
        f"\n  <url>\n    <loc>{base}{p}</loc>\n    <lastmod>{lastmod}</lastmod>\n    <changefreq>daily</changefreq>\n  </url>"
        for p in paths
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}\n</urlset>'


def _sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    if which == "index":
        maps = "".join(
            f"\n  <sitemap>\n    <loc>{base}/sitemap_{k}_1.xml</loc>\n  </sitemap>"
            for k in ("products", "pages", "collections", "blogs")
        )
        body = f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}\n</sitemapindex>'
    elif which == "products":
        body = _urlset(base, [f"/products/{h}" for h in PRODUCTS])
    elif which == "pages":
        body = _urlset(
            base, [f"/pages/{h}" for h in (*PAGES, "thu-vien-anh", "van-ban-bieu-mau", "lien-he")]
        )
    elif which == "collections":
        body = _urlset(base, [f"/collections/{h}" for h in COLLECTIONS])
    else:
        body = _urlset(base, [f"/blogs/{b}" for b in BLOGS] + [article_path(s) for s in newest()])
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


ROBOTS = """User-agent: *
Disallow: /admin
Disallow: /cart
Disallow: /orders
Disallow: /checkouts/
Disallow: /checkout
Disallow: /account
Disallow: /search
Disallow: /collections/*sort_by*
Disallow: /*/collections/*sort_by*

Sitemap: {base}/sitemap.xml
"""


# --------------------------------------------------------------------------- routes

_ARTICLE = re.compile(r"^/blogs/([a-z0-9-]+)/([a-z0-9-]+)$")
_TAGGED = re.compile(r"^/blogs/([a-z0-9-]+)/tagged/([a-z0-9+-]+)$")


class HaravanSchool:
    """The builder's storefront router for one shop, as a table of routes."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            return Response(
                200, ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain"}
            )
        if path == "/sitemap.xml":
            return _sitemap(request, "index")
        if m := re.fullmatch(r"/sitemap_(products|pages|collections|blogs)_1\.xml", path):
            return _sitemap(request, m.group(1))
        if m := re.fullmatch(r"/blogs/([a-z0-9-]+)\.atom", path):
            return _atom(request, m.group(1)) if m.group(1) in BLOGS else None
        if (static := static_file(path)) is not None:
            return static
        if len(path) > 1 and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        page = self._page(request)
        if isinstance(page, Response):
            return page
        if page is None:
            return html(_NOT_FOUND, status=404)
        return html(
            page, headers={"Set-Cookie": "_hrv_session=6f1c2a9b4d7e83f05a1b; path=/; HttpOnly"}
        )

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        if path == "/":
            return _home(request)
        if m := re.fullmatch(r"/blogs/([a-z0-9-]+)", path):
            return _blog(request, m.group(1)) if m.group(1) in BLOGS else None
        if m := _TAGGED.match(path):
            blog = m.group(1)
            if blog not in BLOGS:
                return None
            tags = tuple(t for t in m.group(2).lower().split("+") if t)
            return _blog(request, blog, tags) if tags else None
        if m := _ARTICLE.match(path):
            key = (m.group(1), m.group(2))
            if key in _OLD_HANDLES:
                return redirect(article_path(_OLD_HANDLES[key]), 301)
            story = _BY_HANDLE.get(key)
            return _article(story, request, _page_no(request)) if story else None
        if m := re.fullmatch(r"/pages/([a-z0-9-]+)", path):
            handle = m.group(1)
            if handle in PAGES:
                return _static(request, handle)
            return {
                "thu-vien-anh": _album,
                "van-ban-bieu-mau": _documents,
                "lien-he": _contact,
            }.get(handle, lambda _r: None)(request)
        if m := re.fullmatch(r"/collections/([a-z0-9-]+)", path):
            return _collection(request, m.group(1)) if m.group(1) in COLLECTIONS else None
        if m := re.fullmatch(r"/(?:collections/[a-z0-9-]+/)?products/([a-z0-9-]+)", path):
            return _product(request, m.group(1)) if m.group(1) in PRODUCTS else None
        if path == "/search":
            return _search(request)
        if path in ("/account/login", "/account/register"):
            return _account(request, path.rsplit("/", 1)[1])
        if path == "/cart":
            return _cart(request)
        return None


def build_site() -> HaravanSchool:
    """A fresh site: every page is rendered per request from the constant data above."""
    return HaravanSchool()
