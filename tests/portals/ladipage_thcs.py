"""A lower-secondary school's site built on LadiPage, with LadiPage's built-in blog for its news.

Platform imitated
-----------------
Trường THCS Tân Hòa (huyện Phú Tân, tỉnh An Giang) had no budget for a portal: a parent who sells
online built the site on LadiPage, the Vietnamese landing-page builder, and switched on its blog
("LadiPage Blog") for the news; everything is published on the school's own domain. Every page is
LadiPage's output: absolutely positioned ``<div class="ladi-section">`` blocks, each holding
``<div id="HEADLINE12" class="ladi-element">`` elements (``ladi-headline``, ``ladi-paragraph``,
``ladi-button``, ``ladi-image`` with a ``ladi-image-background`` CSS background, ``ladi-form``),
a floating Zalo/hotline button and a hidden popup "Đăng ký tư vấn tuyển sinh" with its form, all
repeated on every page. The blog pages put LadiPage's blog template (``ladi-blog``) inside the
same page-wide sections (header menu, footer with address, hotline, Google map iframe).

URL scheme and page kinds
-------------------------
- ``/``: the landing page: hero ("Đăng ký ngay"), "Giới thiệu" copy, "Tại sao chọn THCS Tân Hòa"
  marketing paragraphs, and a "Tin tức mới" section of 6 cards (the six newest posts) whose links
  use LadiPage's internal post id form ``/post/<12 hex>`` and whose text is cut with "...".
- ``/gioi-thieu``: an "about" landing page (long copy, staff numbers, no date): not an article.
- ``/dang-ky-tuyen-sinh``: the admission landing page (copy, "Đăng ký ngay" form): not an article.
- ``/thank-you``: the form's confirmation page (every ladi-form posts to it): not an article.
- ``/blog``: the blog home, 6 cards a page, newest first (the builder's "Danh sách bài viết"
  element set to 6 items: see "Changed from the brief" below); ``/blog?page=2``, ``/blog?page=3``.
  Two pager widgets are printed on each listing: LadiPage's numbered pager (``?page=N``) and a
  "Trang trước / Trang sau" widget the volunteer added, which prints ``/blog/page/N``: the same
  page (``/blog/page/1`` is ``/blog``).
- ``/blog/category/<slug>`` (``?page=2``, also ``/blog/category/<slug>/page/2``): three
  categories, "Tin tức nhà trường", "Hoạt động ngoại khóa" (7 posts: two pages), "Thông báo".
- ``/blog/tag/<slug>``: tag pages (khai-giang, nha-giao, the-thao, ky-nang-song, an-toan).
- ``/blog/search?q=…``: the blog's search form (GET); any query answers a result listing.
- ``/blog/<slug>``: a post. The very same post is served at ``/blog/<slug>?utm_source=zalo&
  utm_medium=share`` (the "Chia sẻ qua Zalo" link printed under every post) and at
  ``/post/<id>`` (linked from the landing page's cards). ``/blog/<slug>`` and its utm twin print
  ``<link rel="canonical">`` to ``/blog/<slug>``; the ``/post/<id>`` route renders the template
  without the SEO block, so it prints no canonical (both twins are listed as ``alt_paths``).

Which path reaches each gold article
------------------------------------
Blog page 1 (and the landing cards, as ``/post/<id>``) reach the six newest posts; the 7th to 12th newest are on
``/blog?page=2`` only, the oldest (the opening ceremony) on ``/blog?page=3`` only (also on the
"Tin tức nhà trường" category and the ``khai-giang`` tag). "Hoạt động ngoại khóa" page 2 holds
"Trung thu cho em". Related cards under each post link other posts of the same category.

Traps
-----
- Long marketing copy on ``/``, ``/gioi-thieu`` and ``/dang-ky-tuyen-sinh`` (paragraphs, headlines,
  buttons): landing pages, not articles. ``/thank-you`` is a short confirmation page.
- ``/post/<id>`` and ``?utm_source=zalo&utm_medium=share`` twins of every post.
- Two pager forms of the blog home (``?page=N`` and ``/page/N``), category and tag pages, search.
- The popup form ("Đăng ký tư vấn tuyển sinh", "Họ và tên", "Số điện thoại", its copy) in every
  page, hidden by CSS; the floating Zalo/hotline button; the "Tin tức mới" cards with truncated text.
- Post text: some posts were pasted from Word in decomposed Unicode (NFD) or with ``&nbsp;``;
  photos either in ``<figure><img><figcaption>`` or as an image followed by a centred italic
  ``<p style="text-align:center"><em>…</em></p>`` line; one photo has no line under it.

Gold decisions (as a careful reader decides)
--------------------------------------------
- Title: the ``h1.ladi-blog-title``. Category: the ``ladi-blog-category`` link in the meta line.
- Date: the ``ladi-blog-date`` span: "20/11/2026" gives "2026-11-20"; "08:15 20/11/2026" (time
  first) gives "2026-11-20T08:15:00+07:00". The header clock is today's date, never used.
- Authors: the ``ladi-blog-author`` span when it names a teacher; "Admin LadiPage" is the login
  account and credits nobody; an empty span credits nobody. Bylines in the text win where they
  exist: "Tin, ảnh: X" makes X author and photographer; "Bài: X - Ảnh: Y" makes X author and Y
  photographer; a right-aligned name at the end is the author; a right-aligned unit that alone
  signs a notice ("Ban Giám hiệu") is its author. "Nguồn: Phòng GD&ĐT huyện Phú Tân" is the
  source (no author). Bylines and the source line are not body text.
- Summary: the bold lead paragraph some editors open with (it is also the body's first paragraph);
  posts without one have no summary (the meta description is the builder's automatic cut of
  the text and is not a sapo).
- Body: the editor's paragraphs, ``h2`` headings, list items and table rows (cells joined by
  " | "); not the captions, bylines, tags, share buttons, related cards, popup or page sections.
- Images: the post's photos on LadiPage's CDN (``w.ladicdn.com``) in order, caption = the
  figcaption or the italic centred line under the photo, None for the photo without a line;
  the card thumbnails, logo, hero backgrounds and icons are not article images.

Changed from the brief
----------------------
The brief asks for 9 cards a page and a blog with pages 2 and 3; with 13 posts that is only two
pages, so the blog element here shows 6 cards a page (6 + 6 + 1: pages 1-3 exist).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    TODAY,
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

NAME = "ladipage_thcs"
PLATFORM = "LadiPage landing pages + LadiPage Blog (school site built by a parent volunteer)"
START_PATH = "/"

SCHOOL = "Trường THCS Tân Hòa"
SCHOOL_UP = "TRƯỜNG THCS TÂN HÒA"
ADDRESS = "Ấp Hòa Hưng, xã Tân Hòa, huyện Phú Tân, tỉnh An Giang"
PHONE = "0296 3 828 415"
HOTLINE = "0918 246 357"
EMAIL = "thcstanhoa.phutan@angiang.edu.vn"
CDN = "https://w.ladicdn.com"
STORE = "5f1a3c2b8e9d4a0011c7e2f4"  # the LadiPage store id in every CDN path

PER_PAGE = 6

CATEGORIES = {
    "tin-tuc-nha-truong": "Tin tức nhà trường",
    "hoat-dong-ngoai-khoa": "Hoạt động ngoại khóa",
    "thong-bao": "Thông báo",
}
TAGS = {
    "khai-giang": "khai giảng",
    "nha-giao": "nhà giáo",
    "the-thao": "thể thao",
    "ky-nang-song": "kỹ năng sống",
    "an-toan": "an toàn",
}


def cdn(name: str, size: str = "s750x500") -> str:
    return f"{CDN}/{size}/{STORE}/{name}"


def lead(value: str) -> P:
    """The bold lead paragraph (sapo) an editor opens with."""
    return P(value, "lead")


def h2(value: str) -> P:
    return P(value, "h2")


def li(value: str) -> P:
    return P(value, "li")


def row(value: str) -> P:
    return P(value, "row")


def fig(name: str, caption: str | None) -> Img:
    """A photo in <figure> with its <figcaption> (None: a bare figure)."""
    return Img(cdn(name), caption, caption, "figure")


def emcap(name: str, caption: str | None) -> Img:
    """A photo in its own <p>, followed by a centred italic line (None: no line)."""
    return Img(cdn(name), caption, caption, "em")


def byline(value: str) -> Raw:
    """A right-aligned bold line at the end of the post."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(value)}</strong></p>')


# --- the posts (newest first: the blog's order) ----------------------------------------------
# opts: id = LadiPage post id; author = the ladi-blog-author span as printed; date = the
# ladi-blog-date span as printed; tags; nfd = paragraphs (by index) pasted in decomposed Unicode.

STORIES: list[Story] = [
    Story(
        1,
        "le-ky-niem-ngay-nha-giao-20-11-2026",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        "tin-tuc-nha-truong",
        "2026-11-20T10:30:00+07:00",
        [
            lead(
                "Sáng ngày 20/11/2026, Trường THCS Tân Hòa long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam, ôn lại truyền thống “tôn sư trọng đạo” và tôn vinh những "
                "thầy cô đã tận tụy với sự nghiệp trồng người."
            ),
            P(
                "Đến dự buổi lễ có ông Nguyễn Văn Hiếu, Phó Chủ tịch UBND xã Tân Hòa; bà Lê Thị "
                "Thanh Xuân, chuyên viên Phòng GD&ĐT huyện Phú Tân; đại diện Ban đại diện cha mẹ "
                "học sinh cùng các thầy cô giáo đã nghỉ hưu và hơn 900 học sinh toàn trường."
            ),
            fig(
                "le-20-11-1-20261120102233.jpg",
                "Cô Hiệu trưởng Phan Thị Ngọc Hân ôn lại truyền thống Ngày Nhà giáo Việt Nam.",
            ),
            P(
                "Phát biểu tại buổi lễ, cô Phan Thị Ngọc Hân, Hiệu trưởng nhà trường, điểm lại "
                "những kết quả nổi bật của năm học 2025 – 2026: tỷ lệ học sinh lên lớp đạt 98,6%, "
                "có 27 em đạt giải học sinh giỏi cấp huyện và 6 em đạt giải cấp tỉnh; nhà trường "
                "được công nhận đạt chuẩn quốc gia mức độ 1 giai đoạn 2."
            ),
            h2("Khen thưởng giáo viên và học sinh tiêu biểu"),
            P(
                "Nhân dịp này, nhà trường trao giấy khen cho 12 giáo viên đạt danh hiệu giáo viên "
                "dạy giỏi cấp trường và 35 học sinh đạt thành tích cao trong phong trào thi đua "
                "“Hoa điểm 10 dâng thầy cô”."
            ),
            emcap(
                "le-20-11-2-20261120102241.jpg",
                "Học sinh khối 9 biểu diễn tiết mục văn nghệ chào mừng.",
            ),
            P(
                "Chương trình văn nghệ do các chi đội dàn dựng với những ca khúc về thầy cô và mái "
                "trường đã mang đến nhiều cảm xúc. Buổi lễ khép lại trong không khí ấm áp, thân "
                "tình giữa các thế hệ thầy và trò."
            ),
            fig(
                "le-20-11-3-20261120102250.jpg",
                "Đại diện cha mẹ học sinh tặng hoa chúc mừng tập thể sư phạm nhà trường.",
            ),
            byline("Tin, ảnh: Trần Thị Bích Ngọc"),
        ],
        authors=["Trần Thị Bích Ngọc"],
        photographers=["Trần Thị Bích Ngọc"],
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Tân Hòa long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam, ôn lại truyền thống “tôn sư trọng đạo” và tôn vinh những "
            "thầy cô đã tận tụy với sự nghiệp trồng người."
        ),
        opts={
            "id": "6541f2a9c3b1",
            "author": "Trần Thị Bích Ngọc",
            "date": "10:30 20/11/2026",
            "tags": ["nha-giao"],
        },
    ),
    Story(
        2,
        "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        "tin-tuc-nha-truong",
        "2026-11-18",
        [
            P(
                "Từ ngày 02/11 đến ngày 13/11/2026, Trường THCS Tân Hòa tổ chức Hội thi giáo viên "
                "dạy giỏi cấp trường với 18 giáo viên tham gia, thuộc 5 tổ chuyên môn."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy: một tiết do giáo viên tự chọn và một "
                "tiết bốc thăm trước ba ngày. Ban giám khảo gồm Ban Giám hiệu và các tổ trưởng "
                "chuyên môn đánh giá theo tiêu chí của Công văn 5512 về xây dựng kế hoạch bài dạy."
            ),
            emcap(
                "hoi-thi-gvdg-20261118084512.jpg",
                "Cô Nguyễn Thị Mỹ Tiên với tiết dạy môn Ngữ văn lớp 8.",
            ),
            P(
                "Kết quả, có 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường; nhà trường "
                "chọn 4 giáo viên tiêu biểu dự thi cấp huyện vào tháng 01/2027."
            ),
            byline("Lê Văn Toàn"),
        ],
        authors=["Lê Văn Toàn"],
        opts={
            "id": "653f0b71d2e4",
            "author": "",
            "date": "18/11/2026",
            "tags": ["nha-giao"],
        },
    ),
    Story(
        3,
        "thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027",
        "thong-bao",
        "2026-11-02",
        [
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I các môn kiểm tra tập trung như "
                "sau:"
            ),
            row("Ngày | Buổi | Khối | Môn | Thời gian làm bài"),
            row("09/11/2026 | Sáng | 6, 7 | Ngữ văn | 90 phút"),
            row("09/11/2026 | Chiều | 8, 9 | Ngữ văn | 90 phút"),
            row("10/11/2026 | Sáng | 6, 7 | Toán | 90 phút"),
            row("10/11/2026 | Chiều | 8, 9 | Toán | 90 phút"),
            row("11/11/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút"),
            P(
                "Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh "
                "và dụng cụ học tập cần thiết. Quý phụ huynh vui lòng nhắc nhở các em ôn tập chu "
                "đáo."
            ),
            byline("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
        opts={
            "id": "6538c4e0a917",
            "author": "Admin LadiPage",
            "date": "02/11/2026",
            "tags": [],
        },
    ),
    Story(
        4,
        "giai-bong-da-mini-hoc-sinh-thcs-tan-hoa-2026",
        "Sôi nổi Giải bóng đá mini học sinh năm 2026",
        "hoat-dong-ngoai-khoa",
        "2026-11-10T09:40:00+07:00",
        [
            lead(
                "Chào mừng Ngày Nhà giáo Việt Nam 20/11, Liên đội Trường THCS Tân Hòa tổ chức Giải "
                "bóng đá mini học sinh với sự tham gia của 16 đội bóng nam và 8 đội bóng nữ."
            ),
            P(
                "Giải diễn ra từ ngày 27/10 đến ngày 07/11/2026 tại sân bóng đá mini của nhà "
                "trường. Các trận đấu được tổ chức vào giờ ra chơi và cuối buổi chiều để không ảnh "
                "hưởng đến việc học tập của các em."
            ),
            emcap(
                "bong-da-1-20261110093005.jpg", "Pha tranh bóng trong trận chung kết khối 8 – 9."
            ),
            P(
                "Qua 36 trận đấu, các cầu thủ nhí đã thi đấu hết mình, fair-play, mang lại những "
                "trận cầu hấp dẫn cho hàng trăm cổ động viên. Kết quả chung cuộc như sau:"
            ),
            row("Nội dung | Giải nhất | Giải nhì | Giải ba"),
            row("Bóng đá nam khối 6 – 7 | 7A2 | 6A1 | 7A4"),
            row("Bóng đá nam khối 8 – 9 | 9A3 | 8A1 | 9A1"),
            row("Bóng đá nữ | 8A2 | 9A2 | 6A3"),
            emcap("bong-da-2-20261110093012.jpg", "Ban tổ chức trao cúp cho đội vô địch lớp 9A3."),
            P(
                "Giải bóng đá mini là hoạt động thường niên, góp phần phát triển phong trào thể dục "
                "thể thao và rèn luyện tinh thần đồng đội cho học sinh."
            ),
            byline("Bài: Nguyễn Minh Khang - Ảnh: Phạm Thị Thu Hà"),
        ],
        authors=["Nguyễn Minh Khang"],
        photographers=["Phạm Thị Thu Hà"],
        summary=(
            "Chào mừng Ngày Nhà giáo Việt Nam 20/11, Liên đội Trường THCS Tân Hòa tổ chức Giải "
            "bóng đá mini học sinh với sự tham gia của 16 đội bóng nam và 8 đội bóng nữ."
        ),
        opts={
            "id": "653a7d15b08c",
            "author": "Admin LadiPage",
            "date": "09:40 10/11/2026",
            "tags": ["the-thao"],
        },
    ),
    Story(
        5,
        "ngay-hoi-doc-sach-lan-thu-nhat",
        "Ngày hội đọc sách lần thứ nhất: “Mỗi tuần một cuốn sách hay”",
        "hoat-dong-ngoai-khoa",
        "2026-11-06",
        [
            P(
                "Nhằm khơi dậy niềm đam mê đọc sách trong học sinh, thư viện nhà trường phối hợp "
                "với Liên đội tổ chức Ngày hội đọc sách lần thứ nhất vào sáng thứ Bảy, 31/10/2026."
            ),
            P("Ngày hội gồm nhiều hoạt động bổ ích:"),
            li("Triển lãm hơn 1.200 đầu sách do thư viện và học sinh đóng góp;"),
            li("Cuộc thi “Giới thiệu cuốn sách em yêu” dành cho học sinh khối 6, 7;"),
            li("Cuộc thi vẽ bìa sách và bookmark dành cho học sinh khối 8, 9;"),
            li("Góc trao đổi sách cũ “Sách cũ – tri thức mới”."),
            emcap(
                "doc-sach-20261106150233.jpg",
                "Học sinh tham quan gian trưng bày sách của các chi đội.",
            ),
            P(
                "Kết thúc ngày hội, nhà trường trao thưởng cho 15 học sinh đạt giải và phát động "
                "phong trào “Mỗi tuần một cuốn sách hay” đến hết năm học."
            ),
        ],
        authors=["Võ Thị Kim Yến"],
        opts={
            "id": "65396b02e4f7",
            "author": "Võ Thị Kim Yến",
            "date": "06/11/2026",
            "tags": [],
            "nfd": [0, 7],
        },
    ),
    Story(
        6,
        "trai-nghiem-vuon-cay-an-trai-cu-lao-tay",
        "Học sinh khối 7 trải nghiệm vườn cây ăn trái Cù lao Tây",
        "hoat-dong-ngoai-khoa",
        "2026-10-30T07:30:00+07:00",
        [
            P(
                "Trong hai ngày 24 và 25/10/2026, hơn 220 học sinh khối 7 tham gia chuyến trải "
                "nghiệm thực tế tại các vườn cây ăn trái ở Cù lao Tây, huyện Thanh Bình, tỉnh Đồng "
                "Tháp, gắn với chủ đề “Em yêu quê hương” của môn Hoạt động trải nghiệm."
            ),
            fig(
                "cu-lao-1-20261030072011.jpg",
                "Các em nghe nhà vườn giới thiệu kỹ thuật chiết cành xoài.",
            ),
            P(
                "Tại đây, các em được tìm hiểu quy trình chăm sóc cây xoài, cây nhãn, được tận tay "
                "thu hoạch trái cây và tham gia trò chơi dân gian cùng người dân địa phương."
            ),
            fig("cu-lao-2-20261030072019.jpg", None),
            P(
                "Sau chuyến đi, mỗi nhóm học sinh hoàn thành một sản phẩm báo cáo bằng tranh ảnh và "
                "trình bày trước lớp trong tiết Hoạt động trải nghiệm tuần 9."
            ),
            byline("Tin, ảnh: Huỳnh Thanh Phong"),
        ],
        authors=["Huỳnh Thanh Phong"],
        photographers=["Huỳnh Thanh Phong"],
        opts={
            "id": "65383a9ff120",
            "author": "",
            "date": "07:30 30/10/2026",
            "tags": ["ky-nang-song"],
        },
    ),
    Story(
        7,
        "tap-huan-ky-nang-phong-chong-duoi-nuoc-mua-lu",
        "Tập huấn kỹ năng phòng, chống đuối nước cho học sinh mùa nước nổi",
        "hoat-dong-ngoai-khoa",
        "2026-10-22",
        [
            lead(
                "Mùa nước nổi năm 2026, Phòng GD&ĐT huyện Phú Tân phối hợp với Huyện đoàn tổ chức "
                "tập huấn kỹ năng phòng, chống đuối nước cho học sinh các trường THCS trên địa bàn."
            ),
            P(
                "Tại điểm Trường THCS Tân Hòa, 180 học sinh khối 6 và khối 7 được hướng dẫn nhận "
                "biết các vùng nước nguy hiểm, cách sử dụng áo phao, phao cứu sinh và cách cấp cứu "
                "ban đầu khi gặp người bị đuối nước."
            ),
            emcap("duoi-nuoc-20261022101544.jpg", "Học sinh thực hành mặc áo phao đúng cách."),
            P(
                "Phòng GD&ĐT đề nghị các trường tiếp tục tuyên truyền đến cha mẹ học sinh, không "
                "để trẻ em tự ý tắm sông, ao, kênh rạch trong mùa lũ."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT huyện Phú Tân</em></p>'),
        ],
        source="Phòng GD&ĐT huyện Phú Tân",
        summary=(
            "Mùa nước nổi năm 2026, Phòng GD&ĐT huyện Phú Tân phối hợp với Huyện đoàn tổ chức "
            "tập huấn kỹ năng phòng, chống đuối nước cho học sinh các trường THCS trên địa bàn."
        ),
        opts={
            "id": "6536e1c48ab3",
            "author": "Admin LadiPage",
            "date": "22/10/2026",
            "tags": ["an-toan", "ky-nang-song"],
        },
    ),
    Story(
        8,
        "thong-bao-hop-cha-me-hoc-sinh-dau-nam-hoc",
        "Thông báo họp cha mẹ học sinh đầu năm học",
        "thong-bao",
        "2026-10-15",
        [
            P(
                "Nhà trường kính mời quý cha mẹ học sinh toàn trường đến dự họp đầu năm học vào "
                "lúc 7 giờ 30, Chủ nhật ngày 18/10/2026, tại phòng học của lớp."
            ),
            P("Rất mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ và đúng giờ."),
        ],
        opts={
            "id": "6535a0b7c6d2",
            "author": "",
            "date": "15/10/2026",
            "tags": [],
        },
    ),
    Story(
        9,
        "hoi-thi-ve-tranh-an-toan-giao-thong",
        "Hội thi vẽ tranh “Em với an toàn giao thông”",
        "hoat-dong-ngoai-khoa",
        "2026-10-09",
        [
            P(
                "Hưởng ứng Tháng an toàn giao thông, Liên đội Trường THCS Tân Hòa tổ chức Hội thi "
                "vẽ tranh “Em với an toàn giao thông” với 64 tác phẩm dự thi của học sinh các khối "
                "lớp."
            ),
            emcap(
                "ve-tranh-1-20261009160102.jpg",
                "Tác phẩm đạt giải nhất của em Lâm Gia Hân, lớp 8A2.",
            ),
            P(
                "Các bức tranh thể hiện sinh động hình ảnh đội mũ bảo hiểm khi đi xe đạp điện, "
                "không lạng lách trên đường, đi đúng phần đường quy định và chấp hành tín hiệu đèn "
                "giao thông."
            ),
            emcap(
                "ve-tranh-2-20261009160110.jpg",
                "Học sinh tham quan triển lãm tranh tại sân trường.",
            ),
            P(
                "Ban tổ chức trao 1 giải nhất, 2 giải nhì, 3 giải ba và 5 giải khuyến khích. Các "
                "tác phẩm đạt giải được trưng bày tại hành lang nhà trường đến hết tháng 10."
            ),
        ],
        authors=["Nguyễn Thị Mỹ Tiên"],
        opts={
            "id": "6534f5e2a0b9",
            "author": "Nguyễn Thị Mỹ Tiên",
            "date": "09/10/2026",
            "tags": ["an-toan"],
        },
    ),
    Story(
        10,
        "dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "Đại hội Liên đội Trường THCS Tân Hòa nhiệm kỳ 2026 – 2027",
        "hoat-dong-ngoai-khoa",
        "2026-10-02T14:00:00+07:00",
        [
            P(
                "Chiều ngày 01/10/2026, Liên đội Trường THCS Tân Hòa long trọng tổ chức Đại hội "
                "Liên đội nhiệm kỳ 2026 – 2027 với sự tham dự của 120 đại biểu là chỉ huy các chi "
                "đội và đội viên tiêu biểu."
            ),
            P(
                "Đại hội đã thông qua báo cáo tổng kết công tác Đội năm học 2025 – 2026 và phương "
                "hướng hoạt động năm học mới với chủ đề “Đội viên Tân Hòa chăm ngoan, học giỏi, "
                "rèn luyện tốt”."
            ),
            h2("Các chỉ tiêu chính của nhiệm kỳ"),
            li("100% chi đội đăng ký và thực hiện công trình măng non;"),
            li("Ít nhất 85% đội viên đạt danh hiệu “Cháu ngoan Bác Hồ”;"),
            li("Quyên góp 300 bộ sách giáo khoa cho bạn khó khăn."),
            fig(
                "dai-hoi-doi-20261002135520.jpg",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội.",
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội gồm 11 đồng chí; em Trương Ngọc Bảo Trâm, lớp "
                "9A1, được tín nhiệm bầu làm Liên đội trưởng."
            ),
            Raw('<p style="text-align: right;"><em><strong>Đặng Quốc Huy</strong></em></p>'),
        ],
        authors=["Đặng Quốc Huy"],
        opts={
            "id": "65338c07d5e1",
            "author": "Admin LadiPage",
            "date": "14:00 02/10/2026",
            "tags": [],
        },
    ),
    Story(
        11,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026 – 2027",
        "tin-tuc-nha-truong",
        "2026-09-24",
        [
            lead(
                "Ngày 23/9/2026, Trường THCS Tân Hòa tổ chức Hội nghị viên chức, người lao động "
                "năm học 2026 – 2027 nhằm đánh giá kết quả năm học trước, thảo luận và thống nhất "
                "kế hoạch, chỉ tiêu của năm học mới."
            ),
            P(
                "Năm học 2026 – 2027, nhà trường có 24 lớp với 912 học sinh, 52 cán bộ, giáo viên, "
                "nhân viên. Đây là năm thứ ba nhà trường thực hiện đồng bộ Chương trình giáo dục "
                "phổ thông 2018 ở cả bốn khối lớp."
            ),
            fig(
                "hoi-nghi-vc-1-20260924090115.jpg", "Quang cảnh Hội nghị viên chức, người lao động."
            ),
            h2("Một số chỉ tiêu chủ yếu"),
            row("Chỉ tiêu | Năm học 2025 – 2026 | Năm học 2026 – 2027"),
            row("Tỷ lệ học sinh lên lớp | 98,6% | 99%"),
            row("Tỷ lệ tốt nghiệp THCS | 100% | 100%"),
            row("Học sinh giỏi cấp huyện | 27 | 30"),
            row("Giáo viên dạy giỏi cấp huyện | 3 | 4"),
            P(
                "Hội nghị đã thảo luận dân chủ, góp ý vào quy chế chi tiêu nội bộ, quy chế dân chủ "
                "cơ sở và ký giao ước thi đua giữa các tổ chuyên môn. Các chỉ tiêu được hội nghị "
                "biểu quyết thông qua với tỷ lệ 100%."
            ),
            P(
                "Phát biểu kết luận, cô Hiệu trưởng Phan Thị Ngọc Hân đề nghị mỗi cán bộ, giáo "
                "viên tiếp tục đổi mới phương pháp dạy học, tăng cường ứng dụng công nghệ thông tin "
                "và chăm lo hơn nữa cho học sinh có hoàn cảnh khó khăn."
            ),
            emcap("hoi-nghi-vc-2-20260924090124.jpg", "Các tổ chuyên môn ký giao ước thi đua."),
            byline("Bài: Trần Thị Bích Ngọc - Ảnh: Lê Văn Toàn"),
        ],
        authors=["Trần Thị Bích Ngọc"],
        photographers=["Lê Văn Toàn"],
        summary=(
            "Ngày 23/9/2026, Trường THCS Tân Hòa tổ chức Hội nghị viên chức, người lao động "
            "năm học 2026 – 2027 nhằm đánh giá kết quả năm học trước, thảo luận và thống nhất "
            "kế hoạch, chỉ tiêu của năm học mới."
        ),
        opts={
            "id": "6532d9a4b7f0",
            "author": "Trần Thị Bích Ngọc",
            "date": "24/09/2026",
            "tags": [],
        },
    ),
    Story(
        12,
        "vui-hoi-trang-ram-trung-thu-cho-em-2026",
        "Vui hội trăng rằm – Trung thu cho em 2026",
        "hoat-dong-ngoai-khoa",
        "2026-09-26",
        [
            P(
                "Tối ngày 25/9/2026 (nhằm ngày Rằm tháng Tám), Liên đội phối hợp với Ban đại diện "
                "cha mẹ học sinh tổ chức chương trình “Vui hội trăng rằm” cho hơn 900 học sinh."
            ),
            emcap("trung-thu-1-20260926080211.jpg", "Rước đèn quanh sân trường."),
            P(
                "Chương trình có phần thi làm lồng đèn từ vật liệu tái chế, múa lân và phá cỗ trăng "
                "rằm. Nhà trường trao 60 phần quà Trung thu cho học sinh có hoàn cảnh khó khăn từ "
                "nguồn vận động của các nhà hảo tâm."
            ),
            byline("Tin, ảnh: Phạm Thị Thu Hà"),
        ],
        authors=["Phạm Thị Thu Hà"],
        photographers=["Phạm Thị Thu Hà"],
        opts={
            "id": "65327b10c3e8",
            "author": "",
            "date": "26/09/2026",
            "tags": [],
            "nbsp": [2],
        },
    ),
    Story(
        13,
        "le-khai-giang-nam-hoc-2026-2027",
        "Trường THCS Tân Hòa tưng bừng khai giảng năm học 2026 – 2027",
        "tin-tuc-nha-truong",
        "2026-09-05T09:30:00+07:00",
        [
            P(
                "Sáng ngày 05/9/2026, cùng với hàng triệu học sinh cả nước, thầy và trò Trường THCS "
                "Tân Hòa long trọng tổ chức Lễ khai giảng năm học 2026 – 2027."
            ),
            fig("khai-giang-1-20260905092011.jpg", "Học sinh khối 6 diễu hành vào lễ đài."),
            P(
                "Năm học mới, nhà trường đón 236 học sinh lớp 6. Sau nghi thức chào cờ, cô Hiệu "
                "trưởng Phan Thị Ngọc Hân đọc thư của Chủ tịch nước gửi ngành Giáo dục và phát biểu "
                "khai giảng."
            ),
            P(
                "Dịp này, nhà trường trao 40 suất học bổng “Tiếp bước đến trường” cho học sinh vượt "
                "khó học tốt, mỗi suất trị giá 1.000.000 đồng."
            ),
            fig(
                "khai-giang-2-20260905092019.jpg",
                "Cô Hiệu trưởng đánh trống khai giảng năm học mới.",
            ),
            byline("Bài: Võ Thị Kim Yến - Ảnh: Huỳnh Thanh Phong"),
        ],
        authors=["Võ Thị Kim Yến"],
        photographers=["Huỳnh Thanh Phong"],
        opts={
            "id": "652e4f87a1d6",
            "author": "Admin LadiPage",
            "date": "09:30 05/09/2026",
            "tags": ["khai-giang"],
        },
    ),
]
STORIES.sort(key=lambda s: s.published_at or "", reverse=True)
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.opts["id"]: s for s in STORIES}


def post_path(story: Story) -> str:
    return f"/blog/{story.slug}"


def zalo_path(story: Story) -> str:
    return f"/blog/{story.slug}?utm_source=zalo&utm_medium=share"


def id_path(story: Story) -> str:
    return f"/post/{story.opts['id']}"


# --- gold: one record per post, from the hand-written fields above ---------------------------

GOLD = [
    gold_record(
        s,
        post_path(s),
        CATEGORIES[s.cat],
        alt_paths=[zalo_path(s), id_path(s)],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/",
    "/gioi-thieu",
    "/dang-ky-tuyen-sinh",
    "/thank-you",
    "/blog",
    "/blog/tag/khai-giang",
]


# --- LadiPage markup -------------------------------------------------------------------------


class _Ids:
    """LadiPage numbers its elements per kind: HEADLINE1, HEADLINE2, PARAGRAPH1 …"""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def __call__(self, kind: str) -> str:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return f"{kind}{self.counts[kind]}"


def section(sid: str, inner: str, extra: str = "") -> str:
    return (
        f'<div id="{sid}" class="ladi-section{extra}"><div class="ladi-section-background"></div>'
        f'<div class="ladi-container">{inner}</div></div>'
    )


def headline(ids: _Ids, value: str, tag: str = "h3") -> str:
    return (
        f'<div id="{ids("HEADLINE")}" class="ladi-element">'
        f'<{tag} class="ladi-headline">{value}</{tag}></div>'
    )


def paragraph(ids: _Ids, value: str) -> str:
    return (
        f'<div id="{ids("PARAGRAPH")}" class="ladi-element">'
        f'<div class="ladi-paragraph">{value}</div></div>'
    )


def button(ids: _Ids, label: str, href: str, action: str = "") -> str:
    data = f' data-action="{action}"' if action else ""
    return (
        f'<div id="{ids("BUTTON")}" class="ladi-element"><a href="{esc(href)}"{data}>'
        f'<div class="ladi-button"><div class="ladi-button-background"></div>'
        f'<div id="{ids("BUTTON_TEXT")}" class="ladi-element ladi-button-headline">'
        f'<p class="ladi-headline">{esc(label)}</p></div></div></a></div>'
    )


def image(ids: _Ids, url: str, href: str | None = None) -> str:
    inner = (
        f'<div class="ladi-image"><div class="ladi-image-background" '
        f"style=\"background-image: url('{esc(url)}');\"></div></div>"
    )
    if href:
        inner = f'<a href="{esc(href)}">{inner}</a>'
    return f'<div id="{ids("IMAGE")}" class="ladi-element">{inner}</div>'


def group(ids: _Ids, inner: str) -> str:
    return (
        f'<div id="{ids("GROUP")}" class="ladi-element"><div class="ladi-group">{inner}</div></div>'
    )


MENU = [
    ("Trang chủ", "/"),
    ("Giới thiệu", "/gioi-thieu"),
    ("Tin tức", "/blog"),
    ("Hoạt động ngoại khóa", "/blog/category/hoat-dong-ngoai-khoa"),
    ("Thông báo", "/blog/category/thong-bao"),
    ("Tuyển sinh lớp 6", "/dang-ky-tuyen-sinh"),
]


def header(ids: _Ids) -> str:
    items = "".join(
        f'<li class="ladi-menu-item"><a href="{href}">{esc(label)}</a></li>' for label, href in MENU
    )
    inner = (
        image(ids, cdn("logo-thcs-tan-hoa-20250812.png", "s200x200"), "/")
        + headline(ids, esc(SCHOOL_UP), "h2")
        + paragraph(ids, esc(TODAY))
        + f'<div id="{ids("MENU")}" class="ladi-element"><div class="ladi-menu">'
        f'<ul class="ladi-menu-list">{items}</ul></div></div>'
        + button(ids, "Đăng ký ngay", "#", "POPUP_TUVAN")
    )
    return section("SECTION_HEADER", inner)


def footer(ids: _Ids) -> str:
    counter = (
        f'<div id="{ids("HTML_CODE")}" class="ladi-element"><div class="ladi-html-code">'
        '<div class="visitor-counter"><span>Đang online: 4</span> | <span>Hôm nay: 186</span> | '
        "<span>Tổng lượt truy cập: 48.315</span></div></div></div>"
    )
    links = (
        '<ul><li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://angiang.edu.vn" target="_blank">Sở GD&amp;ĐT An Giang</a></li>'
        '<li><a href="https://phutan.angiang.edu.vn" target="_blank">Phòng GD&amp;ĐT Phú Tân</a></li>'
        '<li><a href="https://hocbaiso.vn" target="_blank">Học bạ số</a></li></ul>'
    )
    inner = (
        headline(ids, esc(SCHOOL_UP))
        + paragraph(
            ids,
            f"Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {PHONE}<br>Hotline tuyển sinh: {HOTLINE}"
            f"<br>Email: {EMAIL}",
        )
        + headline(ids, "Liên kết website", "h4")
        + paragraph(ids, links)
        + f'<div id="{ids("HTML_CODE")}" class="ladi-element"><div class="ladi-html-code">'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3922.5!2d105.28!3d10.62'
        '!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="260" style="border:0;" '
        'allowfullscreen loading="lazy"></iframe></div></div>'
        + counter
        + paragraph(
            ids,
            "Bản quyền © 2026 Trường THCS Tân Hòa. Website được thiết kế trên nền tảng "
            '<a href="https://www.ladipage.vn" target="_blank">LadiPage</a>.',
        )
    )
    return section("SECTION_FOOTER", inner)


POPUP_COPY = (
    "Quý phụ huynh vui lòng để lại họ tên và số điện thoại, Ban tuyển sinh Trường THCS Tân Hòa "
    "sẽ liên hệ tư vấn về chương trình học, các câu lạc bộ năng khiếu và thủ tục nhập học lớp 6 "
    "trong vòng 24 giờ làm việc."
)


def ladi_form(ids: _Ids, submit: str) -> str:
    return (
        f'<div id="{ids("FORM")}" class="ladi-element"><form autocomplete="off" method="post" '
        f'action="/thank-you" class="ladi-form">'
        f'<div id="{ids("FORM_ITEM")}" class="ladi-element"><div class="ladi-form-item-container">'
        '<div class="ladi-form-item"><input autocomplete="off" tabindex="1" name="name" '
        'required class="ladi-form-control" type="text" placeholder="Họ và tên" value=""></div>'
        f'</div></div><div id="{ids("FORM_ITEM")}" class="ladi-element">'
        '<div class="ladi-form-item-container"><div class="ladi-form-item"><input autocomplete="off" '
        'tabindex="2" name="phone" required class="ladi-form-control" type="tel" '
        'placeholder="Số điện thoại" pattern="(\\+84|0)[0-9]{9}" value=""></div></div></div>'
        f'<div id="{ids("FORM_ITEM")}" class="ladi-element"><div class="ladi-form-item-container">'
        '<div class="ladi-form-item"><select name="form_item_lop" class="ladi-form-control">'
        "<option>Con em đang học lớp 5</option><option>Chuyển trường (lớp 7, 8, 9)</option>"
        "</select></div></div></div>"
        f'<div id="{ids("BUTTON")}" class="ladi-element"><div class="ladi-button">'
        '<div class="ladi-button-background"></div><p class="ladi-headline">'
        f'{esc(submit)}</p></div></div><input type="hidden" name="form_config_id" '
        'value="6541c0de2f1a"></form></div>'
    )


def popup(ids: _Ids) -> str:
    inner = (
        headline(ids, "Đăng ký tư vấn tuyển sinh", "h3")
        + paragraph(ids, esc(POPUP_COPY))
        + ladi_form(ids, "Gửi đăng ký")
    )
    return (
        '<div id="SECTION_POPUP" class="ladi-section"><div class="ladi-container">'
        f'<div id="POPUP_TUVAN" class="ladi-element" style="display:none">'
        f'<div class="ladi-popup"><div class="ladi-popup-background"></div>{inner}</div></div>'
        "</div></div>"
    )


def floating(ids: _Ids) -> str:
    return (
        f'<div id="{ids("BUTTON_ZALO")}" class="ladi-element ladi-floating">'
        f'<a href="https://zalo.me/{HOTLINE.replace(" ", "")}" target="_blank">'
        f'<div class="ladi-image"><div class="ladi-image-background" style="background-image: '
        f"url('{cdn('icon-zalo.png', 's100x100')}');\"></div></div></a></div>"
        f'<div id="{ids("BUTTON_HOTLINE")}" class="ladi-element ladi-floating">'
        f'<a href="tel:{HOTLINE.replace(" ", "")}"><div class="ladi-button">'
        f'<p class="ladi-headline">Hotline: {HOTLINE}</p></div></a></div>'
    )


def page(
    title: str,
    sections: str,
    ids: _Ids,
    *,
    description: str = "",
    canonical: str | None = None,
    og_image: str | None = None,
) -> str:
    head_extra = ""
    if canonical:
        head_extra += f'<link rel="canonical" href="{esc(canonical)}">'
        head_extra += f'<meta property="og:url" content="{esc(canonical)}">'
    if og_image:
        head_extra += f'<meta property="og:image" content="{esc(og_image)}">'
    desc = description or (
        "Trường THCS Tân Hòa – huyện Phú Tân, tỉnh An Giang: tin tức, thông báo, tuyển sinh lớp 6."
    )
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8">'
        f"<title>{esc(title)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        f'<meta name="description" content="{esc(desc)}">'
        f'<meta property="og:title" content="{esc(title)}">'
        f'<meta property="og:description" content="{esc(desc)}">{head_extra}'
        f'<link rel="shortcut icon" href="{cdn("favicon-thcs-tan-hoa.png", "s32x32")}">'
        '<link rel="preconnect" href="https://w.ladicdn.com/">'
        '<link rel="stylesheet" href="https://w.ladicdn.com/v2/source/ladipage.min.css">'
        '<style id="style_page">.ladi-section{position:relative}'
        "#SECTION_HEADER{height:110px}#SECTION_POPUP{height:0}"
        "#POPUP_TUVAN{width:420px;top:0;left:0;right:0;margin:auto;position:fixed}"
        ".ladi-floating{position:fixed;bottom:20px;right:20px;z-index:90}</style>"
        '</head><body><svg xmlns="http://www.w3.org/2000/svg" style="width:0;height:0;'
        'position:absolute;overflow:hidden;display:none"></svg><div class="ladi-wraper">'
        f"{header(ids)}{sections}{footer(ids)}{popup(ids)}{floating(ids)}</div>"
        '<div id="backdrop-popup" class="backdrop-popup"></div>'
        '<div id="lightbox-screen" class="lightbox-screen"></div>'
        '<script src="https://w.ladicdn.com/v2/source/ladipagev3.min.js" type="text/javascript">'
        '</script><script id="script_event_data" type="application/json">'
        '{"BUTTON1":{"type":"button","option.data_event":[{"type":"popup","action":"POPUP_TUVAN"}]},'
        '"FORM1":{"type":"form","option.form_config_id":"6541c0de2f1a",'
        '"option.thankyou_type":"url","option.thankyou_value":"/thank-you"}}</script>'
        '<script type="text/javascript">window.LadiPageScript=window.LadiPageScript||{};'
        'window.LadiPageScript.runtime={"ladipage_id":"6541c0a1e2b3","publish_platform":"LADIPAGEDNS",'
        '"lang":"vi","time_zone":7,"is_mobile_only":false};</script></body></html>'
    )


# --- the blog template -------------------------------------------------------------------------


def _para_text(story: Story, index: int, value: str) -> str:
    """Escaped text of the block at ``index``: decomposed or with &nbsp; where the post has it."""
    out = text(value, nfd=index in story.opts.get("nfd", ()))
    if index in story.opts.get("nbsp", ()):
        out = out.replace(" và ", "&nbsp;và ").replace(", ", ",&nbsp;")
    return out


def content_html(story: Story) -> str:
    """The editor's HTML inside ``ladi-blog-content``."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "row"):
            kind = block.style
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == kind:
                items.append(_para_text(story, i, blocks[i].text))
                i += 1
            if kind == "li":
                out.append("<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>")
            else:
                rows = []
                for n, t in enumerate(items):
                    cells = t.split(" | ")
                    if n == 0:
                        rows.append(
                            "<tr>"
                            + "".join(f"<td><strong>{c}</strong></td>" for c in cells)
                            + "</tr>"
                        )
                    else:
                        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
                out.append(
                    '<figure class="table"><table border="1" style="border-collapse: collapse; '
                    f'width: 100%;"><tbody>{"".join(rows)}</tbody></table></figure>'
                )
            continue
        if isinstance(block, P):
            value = _para_text(story, i, block.text)
            if block.style == "lead":
                out.append(f"<p><strong>{value}</strong></p>")
            elif block.style == "h2":
                out.append(f"<h2>{value}</h2>")
            else:
                out.append(f'<p style="text-align: justify;">{value}</p>')
        elif isinstance(block, Img):
            if block.style == "figure":
                cap = f"<figcaption>{esc(block.printed)}</figcaption>" if block.printed else ""
                out.append(
                    f'<figure class="image"><img src="{esc(block.src)}" alt="">{cap}</figure>'
                )
            else:
                out.append(
                    f'<p style="text-align: center;"><img src="{esc(block.src)}" alt="" '
                    'width="750" height="500"></p>'
                )
                if block.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(block.printed)}</em></p>')
        elif isinstance(block, Raw):
            out.append(block.html)
        i += 1
    return "".join(out)


def _cut(value: str, limit: int) -> str:
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + "..."


def card_text(story: Story, limit: int = 140) -> str:
    """The builder's automatic description: the first paragraph, cut."""
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return _cut(first, limit)


def thumb(story: Story) -> str:
    first = story.images[0].src if story.images else cdn("thumb-mac-dinh.jpg")
    return first.replace("/s750x500/", "/s400x300/")


def day_of(story: Story) -> str:
    """The listing prints the day only, whatever the post's meta line shows."""
    return story.opts["date"].split()[-1]


def blog_card(story: Story) -> str:
    href = post_path(story)
    return (
        '<div class="ladi-blog-item">'
        f'<a class="ladi-blog-item-image" href="{href}"><div class="ladi-image-background" '
        f"style=\"background-image: url('{esc(thumb(story))}');\"></div></a>"
        f'<div class="ladi-blog-item-category"><a href="/blog/category/{story.cat}">'
        f"{esc(CATEGORIES[story.cat])}</a></div>"
        f'<h3 class="ladi-blog-item-title"><a href="{href}">{esc(story.title)}</a></h3>'
        f'<div class="ladi-blog-item-date">{day_of(story)}</div>'
        f'<div class="ladi-blog-item-description">{esc(card_text(story))}</div>'
        f'<a class="ladi-blog-item-readmore" href="{href}">Xem thêm</a></div>'
    )


def pagers(base: str, current: int, last: int) -> str:
    """LadiPage's numbered pager (?page=N) and the volunteer's prev/next widget (/page/N)."""
    if last <= 1:
        return ""
    nums = []
    for n in range(1, last + 1):
        cls = ' class="active"' if n == current else ""
        nums.append(f'<a href="{base}?page={n}"{cls}>{n}</a>')
    if current < last:
        nums.append(f'<a href="{base}?page={current + 1}" class="next">›</a>')
    prev_next = []
    if current > 1:
        prev_next.append(f'<a href="{base}/page/{current - 1}">« Trang trước</a>')
    prev_next.append(f"<span>Trang {current}/{last}</span>")
    if current < last:
        prev_next.append(f'<a href="{base}/page/{current + 1}">Trang sau »</a>')
    return (
        f'<div class="ladi-blog-pagination">{"".join(nums)}</div>'
        '<div id="PAGINATION2" class="ladi-element"><div class="ladi-pagination">'
        f"{' '.join(prev_next)}</div></div>"
    )


def sidebar(ids: _Ids) -> str:
    newest = "".join(f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in STORIES[:5])
    cats = "".join(
        f'<li><a href="/blog/category/{slug}">{esc(name)}</a></li>'
        for slug, name in CATEGORIES.items()
    )
    search = (
        '<form class="ladi-blog-search" action="/blog/search" method="get">'
        '<input type="text" name="q" placeholder="Tìm kiếm bài viết..."><button type="submit">'
        "Tìm</button></form>"
    )
    return group(
        ids,
        f'<div id="{ids("HTML_CODE")}" class="ladi-element"><div class="ladi-html-code">{search}'
        "</div></div>"
        + headline(ids, "Chuyên mục", "h4")
        + paragraph(ids, f"<ul>{cats}</ul>")
        + headline(ids, "Tin mới", "h4")
        + paragraph(ids, f"<ul>{newest}</ul>"),
    )


def listing_page(
    heading: str, stories: list[Story], base: str, current: int, title: str
) -> str | None:
    last = max(1, -(-len(stories) // PER_PAGE))
    if current < 1 or current > last:
        return None
    ids = _Ids()
    chunk = stories[(current - 1) * PER_PAGE : current * PER_PAGE]
    cards = "".join(blog_card(s) for s in chunk) or "<p>Chưa có bài viết nào.</p>"
    inner = (
        headline(ids, esc(heading), "h1")
        + f'<div id="{ids("BLOG_LIST")}" class="ladi-element"><div class="ladi-blog">'
        f'<div class="ladi-blog-list">{cards}</div>{pagers(base, current, last)}</div></div>'
        + sidebar(ids)
    )
    suffix = f" - Trang {current}" if current > 1 else ""
    return page(f"{title}{suffix} | THCS Tân Hòa", section("SECTION_BLOG", inner), ids)


def related(story: Story) -> str:
    same = [s for s in STORIES if s.cat == story.cat and s is not story][:3]
    if not same:
        return ""
    cards = "".join(
        f'<div class="ladi-blog-related-item"><a href="{post_path(s)}">'
        f'<div class="ladi-image-background" style="background-image: url(\'{esc(thumb(s))}\');">'
        f'</div></a><h4><a href="{post_path(s)}">{esc(s.title)}</a></h4>'
        f"<span>{day_of(s)}</span></div>"
        for s in same
    )
    return f'<div class="ladi-blog-related"><h3>Bài viết liên quan</h3>{cards}</div>'


def post_page(story: Story, request: Request, with_seo: bool) -> str:
    ids = _Ids()
    origin = base_url(request)
    canonical = origin + post_path(story) if with_seo else None
    tags = story.opts.get("tags", [])
    tag_html = (
        '<div class="ladi-blog-tags">Thẻ: '
        + " ".join(f'<a href="/blog/tag/{t}">#{esc(TAGS[t])}</a>' for t in tags)
        + "</div>"
        if tags
        else ""
    )
    share = (
        '<div class="ladi-blog-share"><span>Chia sẻ:</span> '
        '<a class="ladi-blog-share-facebook" target="_blank" '
        f'href="https://www.facebook.com/sharer/sharer.php?u={quote(origin + post_path(story), safe="")}">'
        "Facebook</a> "
        f'<a class="ladi-blog-share-zalo" href="{esc(zalo_path(story))}">Chia sẻ qua Zalo</a></div>'
    )
    detail = (
        '<div class="ladi-blog"><div class="ladi-blog-detail">'
        f'<h1 class="ladi-blog-title">{esc(story.title)}</h1>'
        '<div class="ladi-blog-meta"><span class="ladi-blog-category">'
        f'<a href="/blog/category/{story.cat}">{esc(CATEGORIES[story.cat])}</a></span> '
        f'<span class="ladi-blog-date">{story.opts["date"]}</span> '
        f'<span class="ladi-blog-author">{esc(story.opts["author"])}</span></div>'
        f'<div class="ladi-blog-content">{content_html(story)}</div>'
        f"{tag_html}{share}</div>{related(story)}</div>"
    )
    inner = f'<div id="{ids("BLOG_DETAIL")}" class="ladi-element">{detail}</div>' + sidebar(ids)
    return page(
        f"{story.title} | THCS Tân Hòa",
        section("SECTION_BLOG", inner),
        ids,
        description=card_text(story, 155) if with_seo else "",
        canonical=canonical,
        og_image=story.images[0].src if story.images and with_seo else None,
    )


# --- the landing pages -----------------------------------------------------------------------

INTRO = [
    "Trường THCS Tân Hòa được thành lập năm 1993 trên cơ sở tách ra từ Trường Phổ thông cơ sở Tân "
    "Hòa. Trải qua hơn 30 năm xây dựng và phát triển, nhà trường luôn là địa chỉ tin cậy của phụ "
    "huynh và học sinh vùng cù lao Phú Tân, với đội ngũ giáo viên tận tâm, giàu kinh nghiệm.",
    "Nhà trường hiện có 24 lớp học, 52 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt "
    "chuẩn và trên chuẩn trình độ đào tạo. Trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất "
    "lượng giáo dục cấp độ 2.",
]
WHY = [
    ("Đội ngũ tận tâm", "Giáo viên được bồi dưỡng thường xuyên, đồng hành cùng từng học sinh."),
    ("Cơ sở vật chất khang trang", "Phòng học thông minh, phòng tin học, thư viện thân thiện."),
    ("Hoạt động trải nghiệm", "Câu lạc bộ bóng đá, cờ vua, tiếng Anh, STEM, văn nghệ."),
    ("Gắn kết gia đình", "Sổ liên lạc điện tử, nhóm Zalo lớp, họp phụ huynh định kỳ."),
]


def home_page() -> str:
    ids = _Ids()
    hero = section(
        "SECTION_HERO",
        image(ids, cdn("hero-thcs-tan-hoa-20250812.jpg", "s1440x600"))
        + headline(ids, "TRƯỜNG THCS TÂN HÒA", "h1")
        + paragraph(ids, "Nơi ươm mầm tri thức – Vững bước tương lai")
        + button(ids, "Đăng ký ngay", "#", "POPUP_TUVAN")
        + button(ids, "Tuyển sinh lớp 6 năm học 2027 – 2028", "/dang-ky-tuyen-sinh"),
    )
    intro = section(
        "SECTION_GIOITHIEU",
        headline(ids, "Giới thiệu", "h2")
        + "".join(paragraph(ids, esc(p)) for p in INTRO)
        + image(ids, cdn("toan-canh-truong-20250812.jpg", "s800x500"))
        + button(ids, "Xem thêm", "/gioi-thieu"),
    )
    why = section(
        "SECTION_WHY",
        headline(ids, "Tại sao chọn THCS Tân Hòa?", "h2")
        + "".join(group(ids, headline(ids, esc(t), "h4") + paragraph(ids, esc(d))) for t, d in WHY),
    )
    cards = ""
    for story in STORIES[:6]:
        href = id_path(story)
        cards += group(
            ids,
            image(ids, thumb(story), href)
            + headline(ids, f'<a href="{href}">{esc(story.title)}</a>', "h4")
            + paragraph(ids, esc(card_text(story, 90)))
            + button(ids, "Xem thêm", href),
        )
    news = section(
        "SECTION_TINTUC",
        headline(ids, "Tin tức mới", "h2") + cards + button(ids, "Xem tất cả tin tức", "/blog"),
    )
    return page("Trường THCS Tân Hòa - Phú Tân - An Giang", hero + intro + why + news, ids)


def about_page() -> str:
    ids = _Ids()
    staff = [
        ("Hiệu trưởng", "Cô Phan Thị Ngọc Hân"),
        ("Phó Hiệu trưởng", "Thầy Lê Văn Toàn"),
        ("Tổng phụ trách Đội", "Thầy Đặng Quốc Huy"),
    ]
    body = (
        headline(ids, "Giới thiệu Trường THCS Tân Hòa", "h1")
        + "".join(paragraph(ids, esc(p)) for p in INTRO)
        + headline(ids, "Sứ mệnh", "h3")
        + paragraph(
            ids,
            "Xây dựng môi trường học tập thân thiện, an toàn, nơi mỗi học sinh đều có cơ hội phát "
            "triển toàn diện về phẩm chất và năng lực, tự tin hội nhập.",
        )
        + headline(ids, "Tầm nhìn", "h3")
        + paragraph(
            ids,
            "Đến năm 2030, Trường THCS Tân Hòa là một trong những trường THCS có chất lượng giáo "
            "dục hàng đầu của huyện Phú Tân, đạt chuẩn quốc gia mức độ 2.",
        )
        + headline(ids, "Ban Giám hiệu", "h3")
        + "".join(
            group(ids, headline(ids, esc(n), "h4") + paragraph(ids, esc(r))) for r, n in staff
        )
        + headline(ids, "Con số ấn tượng", "h3")
        + "".join(
            group(ids, headline(ids, num, "h4") + paragraph(ids, lbl))
            for num, lbl in [("912", "học sinh"), ("24", "lớp học"), ("52", "cán bộ, giáo viên")]
        )
    )
    return page("Giới thiệu | THCS Tân Hòa", section("SECTION_ABOUT", body), ids)


ADMISSION = [
    "Năm học 2027 – 2028, Trường THCS Tân Hòa tuyển 240 học sinh vào lớp 6 theo hình thức xét "
    "tuyển, ưu tiên học sinh hoàn thành chương trình tiểu học trên địa bàn xã Tân Hòa và các xã "
    "lân cận.",
    "Học sinh được học 2 buổi/ngày, học tiếng Anh với giáo viên bản ngữ 2 tiết/tuần, tham gia "
    "miễn phí các câu lạc bộ năng khiếu và chương trình giáo dục STEM của nhà trường.",
    "Hồ sơ gồm: đơn xin nhập học theo mẫu, bản sao giấy khai sinh, học bạ tiểu học và giấy xác "
    "nhận hoàn thành chương trình tiểu học. Thời gian nhận hồ sơ dự kiến từ ngày 01/7/2027.",
]


def admission_page() -> str:
    ids = _Ids()
    body = section(
        "SECTION_TUYENSINH",
        image(ids, cdn("banner-tuyen-sinh-2027.jpg", "s1440x600"))
        + headline(ids, "TUYỂN SINH LỚP 6 NĂM HỌC 2027 – 2028", "h1")
        + "".join(paragraph(ids, esc(p)) for p in ADMISSION)
        + headline(ids, "Ưu đãi khi đăng ký sớm", "h3")
        + paragraph(
            ids,
            "<ul><li>Tặng bộ đồng phục và ba lô cho 50 học sinh đăng ký đầu tiên;</li>"
            "<li>Miễn phí lớp ôn tập hè “Sẵn sàng vào lớp 6”.</li></ul>",
        ),
    ) + section(
        "SECTION_FORM",
        headline(ids, "Đăng ký ngay hôm nay", "h2")
        + paragraph(ids, "Để lại thông tin, nhà trường sẽ gọi lại tư vấn miễn phí.")
        + ladi_form(ids, "Đăng ký ngay"),
    )
    return page("Tuyển sinh lớp 6 năm học 2027 – 2028 | THCS Tân Hòa", body, ids)


def thank_you_page() -> str:
    ids = _Ids()
    body = section(
        "SECTION_THANKYOU",
        headline(ids, "Cảm ơn quý phụ huynh đã đăng ký!", "h1")
        + paragraph(
            ids,
            "Thông tin của quý phụ huynh đã được gửi đến Ban tuyển sinh. Chúng tôi sẽ liên hệ lại "
            f"trong thời gian sớm nhất. Mọi thắc mắc xin gọi hotline {HOTLINE}.",
        )
        + button(ids, "Quay về trang chủ", "/"),
    )
    return page("Đăng ký thành công | THCS Tân Hòa", body, ids)


def search_page(query: str) -> str:
    ids = _Ids()
    needle = unicodedata.normalize("NFC", query).strip().lower()
    found = [s for s in STORIES if needle and needle in s.title.lower()]
    cards = "".join(blog_card(s) for s in found) or (
        "<p>Không tìm thấy bài viết nào phù hợp với từ khóa.</p>"
    )
    inner = (
        headline(ids, f"Kết quả tìm kiếm: “{esc(query)}”", "h1")
        + f'<div id="{ids("BLOG_LIST")}" class="ladi-element"><div class="ladi-blog">'
        f'<div class="ladi-blog-list">{cards}</div></div></div>' + sidebar(ids)
    )
    return page("Tìm kiếm | THCS Tân Hòa", section("SECTION_BLOG", inner), ids)


# --- routing -----------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>/blog(?:/category/[a-z0-9-]+)?)(?:/page/(?P<n>\d+))?/?$")


def _page_number(request: Request, from_path: str | None) -> int | None:
    raw = from_path or request.params.get("page") or "1"
    return int(raw) if raw.isdigit() else None


class LadiPageSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/post/"):
            story = BY_ID.get(path[len("/post/") :].strip("/"))
            return html(post_page(story, request, with_seo=False)) if story else None
        if path in ("/", ""):
            return html(home_page())
        if path == "/gioi-thieu":
            return html(about_page())
        if path == "/dang-ky-tuyen-sinh":
            return html(admission_page())
        if path == "/thank-you":
            return html(thank_you_page())
        if path == "/blog/search":
            return html(search_page(request.params.get("q", "")))
        if path.startswith("/blog/tag/"):
            slug = path[len("/blog/tag/") :].strip("/")
            if slug not in TAGS:
                return None
            tagged = [s for s in STORIES if slug in s.opts.get("tags", [])]
            body = listing_page(f"Thẻ: {TAGS[slug]}", tagged, path, 1, f"#{TAGS[slug]}")
            return html(body) if body else None
        match = _PAGED.match(path)
        if match:
            base = match["base"]
            number = _page_number(request, match["n"])
            if number is None:
                return None
            if base == "/blog":
                body = listing_page("Tin tức", STORIES, base, number, "Tin tức")
            else:
                slug = base.rsplit("/", 1)[1]
                if slug not in CATEGORIES:
                    return None
                stories = [s for s in STORIES if s.cat == slug]
                body = listing_page(CATEGORIES[slug], stories, base, number, CATEGORIES[slug])
            return html(body) if body else None
        if path.startswith("/blog/"):
            story = BY_SLUG.get(path[len("/blog/") :].strip("/"))
            # any query (utm_*, fbclid) serves the post as is
            return html(post_page(story, request, with_seo=True)) if story else None
        return static_file(path)


def build_site() -> LadiPageSite:
    return LadiPageSite()


# keep the gold honest: every summary opens its body, text is NFC
for _g in GOLD:
    assert _g["title"] == unicodedata.normalize("NFC", _g["title"])
    assert not _g["summary"] or _g["body"].startswith(_g["summary"])
