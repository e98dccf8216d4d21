"""A high school's news site written in Notion and published through Super.so (custom domain).

The platform
------------
Trường THPT Mỹ Hương (xã Mỹ Hương, thành phố Cần Thơ; the former Sóc Trăng province) keeps its
website in a Notion workspace and publishes it through Super.so, a Notion-to-website host, under
its own domain. Super renders every Notion page server-side with Next.js: the page is a tree of
``div`` blocks carrying Notion's class names, inside Super's own chrome (``nav.super-navbar``,
``footer.super-footer``), with a ``__NEXT_DATA__`` JSON blob at the end. No ``<p>``, no
``<article>``, no ``<time>``: a text block is ``<div class="notion-text">``; headings are
``<h2|h3 class="notion-heading">``; lists ``<ul class="notion-bulleted-list">`` /
``<ol class="notion-numbered-list">``; a callout ``<div class="notion-callout">`` opens with an
emoji icon; a toggle is ``<details class="notion-toggle">``; a divider is an empty
``<div class="notion-divider">``; an image is ``<figure class="notion-image">`` with an optional
``<figcaption class="notion-caption">``; a simple table is ``<table class="notion-table">`` in a
wrapper; a two-column layout is ``div.notion-column-list > div.notion-column``. React escapes
``"`` and ``'`` in text as ``&quot;`` / ``&#x27;`` and separates adjacent text nodes with
``<!-- -->``. Super prints no "today" clock: the navbar's right side is the school's hotline.

URL scheme and page kinds
-------------------------
- ``/``: the home page, a Notion page (cover, school icon, welcome callout) whose left column is
  a "Tin tức" gallery view of the news database (the 6 newest posts as cards: preview image,
  title, English-format date, category pill) and whose right column is a "Liên kết website"
  link list and an embedded visitor counter. A link "Xem tất cả tin tức" leads to /tin-tuc.
- ``/tin-tuc``: the news database as a full page in a *list view*: a row per post (page icon,
  title, date, category pill), newest first. Notion's load-more: the first 10 rows are in the
  HTML, then a "Tải thêm" button, an ``<a>`` to ``/tin-tuc?page=2``, the static page Super
  renders for the next batch: it prints *all* rows (1–13, cumulative, as the button would leave
  the list) and no button. View tabs above the list link ``/tin-tuc?v=<32-hex view id>``:
  "Tất cả" (the list view again), "Lưới ảnh" (a gallery of the same rows) and "Thông báo" (a
  filtered list of the three "Thông báo" posts). The first two have 10 rows and their own
  "Tải thêm" (``/tin-tuc?v=<id>&page=2``). An unknown view id shows the default view.
- ``/tin-tuc/<slug>``: a post. Notion page properties printed in a block under the title:
  "Ngày đăng" (date: "November 18, 2026", or "Nov 20, 2026 9:15 AM" when a time was set: English
  month names, local time Asia/Ho_Chi_Minh), "Tác giả" (a person property: avatar or letter
  avatar + the Notion user's name), "Chuyên mục" (a select pill: "Hoạt động", "Thông báo",
  "Đoàn trường") and on some posts "Thẻ" (multi-select pills, not the category).
  ``<link rel="canonical">`` points at ``/tin-tuc/<slug>`` on the request's host.
- ``/<32-hex page id>``: Notion's raw address of every page. It answers 200 with the very same
  page (same canonical ``/tin-tuc/<slug>``). Raw ids are linked from a post's inline "Bài viết
  liên quan" database (post 3) and from a page mention inside a paragraph (post 9); they are
  every post's ``alt_paths``.
- ``/gioi-thieu``, ``/tuyen-sinh-lop-10``, ``/thoi-khoa-bieu``, ``/lien-he``: static Notion pages
  (no property block, no date). "Tuyển sinh lớp 10" has a table; "Thời khóa biểu" has toggles,
  a table, an "áp dụng từ ngày 09/11/2026" line and a file link; "Liên hệ" has a map embed.
- ``/search?q=…``: Super's search page (the footer's search box is a GET form; the footer's
  "Từ khóa" links open two queries). It lists matching posts with a snippet; ``/search`` alone
  prints an empty form. Not an article.
- ``/robots.txt`` and ``/sitemap.xml`` (Super generates both; the sitemap lists the pretty URLs
  with ``lastmod`` = last edit, not the publication date).
- Anything else: 404. Query strings on a post are ignored (Super serves the same page).

Paths to the gold articles
--------------------------
Posts 1–6 are on the home gallery; posts 1–10 on /tin-tuc; posts 11–13 only on
/tin-tuc?page=2 (and ?v=<list|gallery>&page=2); post 11 also in the "Thông báo" view; posts 4,
10 and 13 also by raw id from post 3's related database, post 10 by raw id from post 9; post
11 also from the footer's "tuyển sinh" search, post 2 from its "kiểm tra" search. The sitemap
lists every post's pretty path.

Traps
-----
- Raw-id twins ``/<hex>`` of every post (same page, same canonical): one record per post.
- ``?v=`` view ids and the cumulative load-more page repeat every row.
- ``/search?q=`` result pages: a list with snippets, not an article.
- Dates in English as Notion prints them ("December 1, 2026", "Dec 2, 2026 2:00 PM"), local time.
  The sitemap's ``lastmod`` and the "Thời khóa biểu" page's "áp dụng từ" date are not dates of
  any article; the home cards print the same dates as the posts.
- Property labels "Ngày đăng", "Tác giả", "Chuyên mục", "Thẻ", the letter avatar ("N") and the
  pills are not text.
- Emoji icons (page icon before the title, callout icon, row icons, a page mention's icon) are not
  text.
- The table of contents block (posts 1 and 8) repeats the headings as links: not text.
- Post 7's first text block repeats the title in bold: not body text (a reader sees the headline
  twice and reads it once). Post 7 was typed with a decomposed-Unicode keyboard setting: its
  title (in the header, the listings and ``<title>``) and its text arrive NFD; its property
  values (picked from lists) are NFC. Post 6 has straight quotes, printed ``&quot;`` by React.
- Post 3 ends with an inline Notion database "Bài viết liên quan" (rows with titles, dates, pills,
  linked by raw id): a related list, not text.
- Post 2 has a ``notion-bookmark`` link card to a PDF on the Sở's host (title, description, URL,
  favicon, cover image): an attachment card, not text and not a photo.
- Page covers are Notion's stock covers (``www.notion.so/images/page-cover/…``): decoration,
  not photos.
- The site-wide ``<meta name="description">`` is the school's slogan on every page: no summary.

Gold decisions
--------------
- title: the ``h1.notion-header__title`` text (no icon); category: the "Chuyên mục" value.
- published_at: the "Ngày đăng" value; with a time → ``…T14:00:00+07:00``, else the day only.
- authors: the "Tác giả" person's name; "Ban Truyền thông" (a unit's shared account that alone
  signs post 3) is kept as printed; the workspace account "thpt-admin" credits nobody; an empty
  property credits nobody; two persons → both names. When the text ends with a byline line, it
  decides: post 4 ("thpt-admin" + "Tin, ảnh: Thạch Thị Sô Phia") → she is author and
  photographer; post 6 ends "Ảnh: Lý Minh Trí" → photographer. Byline and "Nguồn:" lines are not
  body text; post 8's "Nguồn: Sở GD&ĐT thành phố Cần Thơ" is its source.
- summary: only posts 3 (an italic lead) and 10 (a bold lead) open with a lead paragraph set off
  from the text; it is also the body's first paragraph. Others: None.
- body: text blocks, headings, list items, callout text (without icon), quote text, a toggle's
  summary line then its content, table rows (cells joined by " | ", header row included), in
  page order; empty text blocks add nothing; a page mention counts as its title words.
- images: ``figure.notion-image`` in order (columns left to right); caption = the figcaption,
  except a Zalo file name caption (post 10) which is no caption; an image without figcaption has
  caption None. Images on Super's CDN are gold ``url``s; uploads under /images/ are ``path``s.
"""

from __future__ import annotations

import json
import unicodedata
import zlib
from dataclasses import dataclass, field

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "notion_super_thpt"
PLATFORM = "Notion + Super.so (Next.js SSR), custom domain"
START_PATH = "/"

SCHOOL = "Trường THPT Mỹ Hương"
SLOGAN = "Trang thông tin điện tử Trường THPT Mỹ Hương - Kỷ cương, tình thương, trách nhiệm"
HOTLINE = "0299 3 851 246"
CDN = "https://assets.super.so/6a1f0e2c-3b7d-4c59-9e8a-2d4f6b8c0a1e"
BUILD_ID = "Q3xk9VbT2mPz7aLc0Hf1R"


@dataclass(frozen=True)
class PM(P):
    """A paragraph whose printed markup has inline parts (links, mentions, bold runs).

    ``text`` is what a reader reads (gold); ``markup`` is the block's inner HTML as Super prints
    it, written by hand beside it."""

    markup: str = ""


@dataclass
class Post:
    """A row of the news database: the story plus its Notion properties as printed."""

    story: Story
    page_id: str
    date_printed: str
    persons: list[tuple[str, str]] = field(default_factory=list)  # (name, avatar kind)
    tags: list[str] = field(default_factory=list)
    icon: str | None = None
    cover: str | None = None
    nfd: bool = False
    lastmod: str = ""

    @property
    def path(self) -> str:
        return f"/tin-tuc/{self.story.slug}"

    @property
    def raw_path(self) -> str:
        return f"/{self.page_id}"


PILL = {"Hoạt động": "blue", "Thông báo": "red", "Đoàn trường": "green"}
TAG_PILL = {"STEM": "purple", "Khối 10": "yellow", "Khối 11": "orange", "Khối 12": "pink"}


def toc() -> Raw:
    """Placeholder for Notion's table-of-contents block (filled from the page's headings)."""
    return Raw("<!--toc-->")


def divider() -> Raw:
    return Raw('<div class="notion-divider"></div>')


def empty_text() -> Raw:
    """An empty line in Notion: an empty text block."""
    return Raw('<div class="notion-text"></div>')


def byline(line: str) -> Raw:
    """A closing line typed as a bold, italic text block (bylines, source lines)."""
    return Raw(
        '<div class="notion-text"><span class="notion-semantic-string"><strong><em>'
        f"{esc(line)}</em></strong></span></div>"
    )


# --- the posts (newest first) ---------------------------------------------------------------

POST_STEM = Post(
    Story(
        id=1,
        slug="hoi-thao-stem-2026",
        title="Hội thảo STEM cấp trường năm học 2026 - 2027",
        cat="Hoạt động",
        published_at="2026-12-02T14:00:00+07:00",
        authors=["Trần Minh Khoa"],
        blocks=[
            toc(),
            P(
                "Chiều ngày 28/11/2026, Trường THPT Mỹ Hương tổ chức Hội thảo STEM cấp trường năm "
                "học 2026 - 2027 với chủ đề “Học sinh vận dụng kiến thức liên môn giải quyết vấn đề "
                "thực tiễn ở địa phương”. Đến dự có thầy Nguyễn Văn Tài, Phó Hiệu trưởng nhà trường, "
                "cùng giáo viên các tổ Toán - Tin, Vật lí - Công nghệ, Hóa - Sinh và hơn 200 học "
                "sinh khối 10, 11."
            ),
            P("Mục tiêu của hội thảo", "h2"),
            P(
                "Tạo sân chơi để học sinh vận dụng kiến thức các môn khoa học vào giải quyết "
                "những vấn đề của gia đình, địa phương;",
                "ul",
            ),
            P(
                "Giúp giáo viên trao đổi kinh nghiệm xây dựng và tổ chức bài học STEM theo "
                "Chương trình giáo dục phổ thông 2018;",
                "ul",
            ),
            P("Lựa chọn sản phẩm tiêu biểu tham gia các cuộc thi cấp thành phố.", "ul"),
            P("Các sản phẩm tiêu biểu", "h2"),
            P(
                "Hội thảo nhận được 27 sản phẩm của 19 lớp. Mỗi nhóm có 7 phút trình bày ý tưởng, "
                "quy trình chế tạo và vận hành thử sản phẩm trước ban giám khảo."
            ),
            Img(
                f"{CDN}/images/b1e7c0a2-stem-tuoi-tieu-tu-dong.jpeg",
                "Nhóm học sinh lớp 11A2 giới thiệu mô hình “Hệ thống tưới tiêu tự động cho vườn rau”",
                "Nhóm học sinh lớp 11A2 giới thiệu mô hình “Hệ thống tưới tiêu tự động cho vườn rau”",
            ),
            P(
                "Nhiều sản phẩm gắn với đời sống người dân vùng ven biển như máy lọc nước nhiễm "
                "mặn, cảm biến đo độ mặn gửi cảnh báo qua điện thoại, bẫy đèn bắt rầy nâu dùng "
                "năng lượng mặt trời."
            ),
            Img(
                f"{CDN}/images/4c9d2f11-may-loc-nuoc-man.jpeg",
                "Mô hình máy lọc nước nhiễm mặn từ vật liệu tái chế của lớp 10A5",
                "Mô hình máy lọc nước nhiễm mặn từ vật liệu tái chế của lớp 10A5",
            ),
            P("Kết quả", "h2"),
            P("Ban giám khảo đã chọn và trao giải cho 8 sản phẩm, trong đó:"),
            P("Giải Nhất: “Cảm biến cảnh báo độ mặn” của lớp 11A1;", "ol"),
            P("Giải Nhì: “Hệ thống tưới tiêu tự động cho vườn rau” của lớp 11A2;", "ol"),
            P(
                "Giải Ba: “Máy lọc nước nhiễm mặn” của lớp 10A5 và “Bẫy đèn năng lượng mặt trời” "
                "của lớp 11A4.",
                "ol",
            ),
            P(
                "Các sản phẩm đạt giải Nhất, giải Nhì sẽ được nhà trường chọn tham gia Cuộc thi "
                "khoa học kỹ thuật cấp thành phố dành cho học sinh trung học năm học 2026 - 2027.",
                "callout:💡",
            ),
            empty_text(),
        ],
    ),
    page_id="4f1c2d9e8a7b4c3d9e0f1a2b3c4d5e6f",
    date_printed="Dec 2, 2026 2:00 PM",
    persons=[("Trần Minh Khoa", "photo")],
    tags=["STEM", "Khối 11"],
    icon="🔬",
    cover="/images/page-cover/gradients_8.png",
    lastmod="2026-12-03",
)

POST_LICH_THI = Post(
    Story(
        id=2,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-1",
        title="Thông báo lịch kiểm tra cuối học kỳ I, năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-12-01",
        authors=["Nguyễn Văn Tài"],
        blocks=[
            P(
                "Căn cứ Kế hoạch số 152/KH-THPTMH ngày 15/11/2026 của Hiệu trưởng Trường THPT Mỹ "
                "Hương về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027, nhà trường thông "
                "báo lịch kiểm tra như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("Thứ Hai, 14/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("Thứ Hai, 14/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("Thứ Ba, 15/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("Thứ Ba, 15/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("Thứ Tư, 16/12/2026 | Sáng | Các môn lựa chọn (đợt 1) | 45 phút", "tr"),
            P("Thứ Năm, 17/12/2026 | Sáng | Các môn lựa chọn (đợt 2) | 45 phút", "tr"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học "
                "sinh; không mang điện thoại di động và tài liệu vào phòng kiểm tra.",
                "callout:⚠️",
            ),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh của "
                "lớp mình phụ trách. Hướng dẫn của Sở Giáo dục và Đào tạo về kiểm tra, đánh giá "
                "học kỳ I xem tại tệp đính kèm dưới đây."
            ),
            Raw("<!--bookmark-->"),
        ],
    ),
    page_id="b7e20c4a19f34d6e8a5c0d1f2e3a4b5c",
    date_printed="December 1, 2026",
    persons=[("Nguyễn Văn Tài", "letter")],
    icon="📢",
    lastmod="2026-12-01",
)

POST_NHA_GIAO = Post(
    Story(
        id=3,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title=(
            "Trường THPT Mỹ Hương long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026)"
        ),
        cat="Hoạt động",
        published_at="2026-11-20T09:15:00+07:00",
        authors=["Ban Truyền thông"],
        summary=(
            "Sáng ngày 19/11/2026, Trường THPT Mỹ Hương long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ thầy cô giáo trong sự nghiệp "
            "trồng người."
        ),
        blocks=[
            P(
                "Sáng ngày 19/11/2026, Trường THPT Mỹ Hương long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ thầy cô giáo trong sự "
                "nghiệp trồng người.",
                "lead-i",
            ),
            P(
                "Đến dự buổi lễ có ông Lê Văn Hùng, Phó Chủ tịch UBND xã Mỹ Hương; đại diện Ban "
                "đại diện cha mẹ học sinh; các thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo "
                "viên, nhân viên và học sinh nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, cô Phạm Thị Thu Trang, Hiệu trưởng nhà trường, ôn lại "
                "truyền thống 44 năm Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của "
                "nhà trường trong năm học 2025 - 2026: tỉ lệ tốt nghiệp trung học phổ thông đạt "
                "99,6%, 23 học sinh đạt giải học sinh giỏi cấp tỉnh, 2 đề tài khoa học kỹ thuật "
                "đạt giải cấp quốc gia."
            ),
            Img(
                f"{CDN}/images/7e21a9c4-hieu-truong-phat-bieu.jpeg",
                "Cô Phạm Thị Thu Trang, Hiệu trưởng nhà trường, phát biểu tại buổi lễ",
                "Cô Phạm Thị Thu Trang, Hiệu trưởng nhà trường, phát biểu tại buổi lễ",
                "col",
            ),
            Img(
                f"{CDN}/images/0b5f3d86-tang-hoa-thay-co.jpeg",
                "Đại diện Đoàn trường tặng hoa chúc mừng thầy cô",
                "Đại diện Đoàn trường tặng hoa chúc mừng thầy cô",
                "col",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp trường và 5 tập thể tổ chuyên môn có thành tích xuất sắc trong phong trào thi "
                "đua chào mừng ngày 20/11."
            ),
            P(
                "“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
                "noi theo.”",
                "quote",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ do học sinh các lớp biểu diễn, với "
                "nhiều tiết mục ca ngợi tình thầy trò và mái trường."
            ),
            divider(),
            Raw("<!--related-->"),
        ],
    ),
    page_id="9a3d5f7b1c2e4a6b8d0f2a4c6e8b0d1f",
    date_printed="Nov 20, 2026 9:15 AM",
    persons=[("Ban Truyền thông", "letter")],
    icon="💐",
    cover="/images/page-cover/gradients_3.png",
    lastmod="2026-11-24",
)

POST_TIENG_HAT = Post(
    Story(
        id=4,
        slug="hoi-thi-tieng-hat-hoc-sinh-2026",
        title="Sôi nổi Hội thi “Tiếng hát học sinh” chào mừng Ngày Nhà giáo Việt Nam",
        cat="Đoàn trường",
        published_at="2026-11-18",
        authors=["Thạch Thị Sô Phia"],
        photographers=["Thạch Thị Sô Phia"],
        blocks=[
            P(
                "Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tối ngày 16/11/2026, Đoàn "
                "trường THPT Mỹ Hương tổ chức Hội thi “Tiếng hát học sinh” năm 2026 với sự tham gia "
                "của 21 tiết mục đến từ các chi đoàn."
            ),
            P(
                "Các tiết mục dự thi được đầu tư công phu, đa dạng về thể loại: đơn ca, song ca, "
                "tốp ca, múa minh họa. Đặc biệt, tiết mục múa “Rom vong” của chi đoàn 10A3 mang "
                "đậm bản sắc văn hóa Khmer đã nhận được những tràng pháo tay không ngớt."
            ),
            Img(
                "/images/tin-tuc/2026/11/tieng-hat-hoc-sinh-01.jpg",
                "Tiết mục múa “Rom vong” của chi đoàn 10A3",
                "Tiết mục múa “Rom vong” của chi đoàn 10A3",
            ),
            Img(
                "/images/tin-tuc/2026/11/tieng-hat-hoc-sinh-02.jpg",
                "Tốp ca chi đoàn 12A1 với ca khúc “Bụi phấn”",
                "Tốp ca chi đoàn 12A1 với ca khúc “Bụi phấn”",
            ),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho chi đoàn 10A3, giải Nhì cho chi đoàn "
                "12A1, giải Ba cho các chi đoàn 11A2 và 12A4; giải Khuyến khích cho 4 tiết mục."
            ),
            Img(
                "/images/tin-tuc/2026/11/tieng-hat-hoc-sinh-03.jpg",
                "Ban tổ chức trao giải cho các chi đoàn",
                "Ban tổ chức trao giải cho các chi đoàn",
            ),
            byline("Tin, ảnh: Thạch Thị Sô Phia"),
        ],
    ),
    page_id="c2f8a1e6d4b94e7fa3c5b7d9e1f3a5c7",
    date_printed="November 18, 2026",
    persons=[("thpt-admin", "letter")],
    icon="🎤",
    lastmod="2026-11-18",
)

POST_NGHI_HOC = Post(
    Story(
        id=5,
        slug="thong-bao-nghi-hoc-ngay-14-11-2026",
        title="Thông báo cho học sinh nghỉ học ngày 14/11/2026",
        cat="Thông báo",
        published_at="2026-11-13T16:45:00+07:00",
        blocks=[
            P(
                "Do ảnh hưởng của áp thấp nhiệt đới gây mưa lớn trên địa bàn, thực hiện chỉ đạo "
                "của Sở Giáo dục và Đào tạo thành phố Cần Thơ, Trường THPT Mỹ Hương thông báo cho "
                "toàn thể học sinh nghỉ học ngày thứ Bảy, 14/11/2026."
            ),
            P(
                "Học sinh đi học lại bình thường từ thứ Hai, 16/11/2026. Giáo viên chủ nhiệm thông "
                "báo đến cha mẹ học sinh qua nhóm Zalo của lớp."
            ),
        ],
    ),
    page_id="e5a7c9b1d3f54a6c8e0b2d4f6a8c0e2b",
    date_printed="Nov 13, 2026 4:45 PM",
    icon="🌧️",
    lastmod="2026-11-13",
)

POST_MA_TUY = Post(
    Story(
        id=6,
        slug="ngoai-khoa-phong-chong-ma-tuy",
        title="Ngoại khóa tuyên truyền phòng, chống ma túy và tệ nạn xã hội trong học đường",
        cat="Đoàn trường",
        published_at="2026-11-10T07:30:00+07:00",
        authors=["Huỳnh Thị Ngọc Hân"],
        photographers=["Lý Minh Trí"],
        blocks=[
            P(
                "Sáng thứ Hai, ngày 09/11/2026, trong tiết chào cờ đầu tuần, Đoàn trường phối hợp "
                "với Công an xã Mỹ Hương tổ chức buổi ngoại khóa tuyên truyền phòng, chống ma túy "
                "và tệ nạn xã hội cho hơn 1.100 học sinh toàn trường."
            ),
            P(
                "Tại buổi ngoại khóa, Thượng úy Trần Quốc Bảo, cán bộ Công an xã, đã thông tin về "
                "tình hình tội phạm ma túy trên địa bàn, các thủ đoạn lôi kéo học sinh sử dụng "
                'thuốc lá điện tử, "bóng cười", ma túy tổng hợp trá hình dưới dạng kẹo, nước uống.'
            ),
            Img(
                f"{CDN}/images/93c1d0e5-ngoai-khoa-ma-tuy-1.jpeg",
                "Thượng úy Trần Quốc Bảo tuyên truyền tại buổi ngoại khóa",
                "Thượng úy Trần Quốc Bảo tuyên truyền tại buổi ngoại khóa",
            ),
            P("Một số dấu hiệu nhận biết học sinh sử dụng chất gây nghiện", "toggle"),
            P("Thay đổi giờ giấc sinh hoạt, thường xuyên thức khuya, ngủ ngày;", "toggle-ul"),
            P("Học tập sa sút, hay bỏ tiết, nói dối cha mẹ để xin tiền;", "toggle-ul"),
            P("Dễ cáu gắt, thay đổi nhóm bạn, giấu giếm đồ dùng cá nhân.", "toggle-ul"),
            P(
                "Học sinh đã tham gia trả lời câu hỏi tìm hiểu và được tặng 20 phần quà. Các em cam "
                "kết nói không với ma túy, không sử dụng thuốc lá điện tử trong và ngoài nhà trường."
            ),
            Img(
                f"{CDN}/images/5ad2e8f7-ngoai-khoa-ma-tuy-2.jpeg",
                "Học sinh trả lời câu hỏi tìm hiểu về tác hại của ma túy",
                "Học sinh trả lời câu hỏi tìm hiểu về tác hại của ma túy",
            ),
            byline("Ảnh: Lý Minh Trí"),
        ],
    ),
    page_id="1d3f5b7a9c2e4f6a8b0c1d2e3f4a5b6c",
    date_printed="Nov 10, 2026 7:30 AM",
    persons=[("Huỳnh Thị Ngọc Hân", "photo")],
    icon="🚭",
    lastmod="2026-11-11",
)

POST_HSG = Post(
    Story(
        id=7,
        slug="hoc-sinh-dat-giai-hsg-cap-thanh-pho",
        title=(
            "Học sinh Trường THPT Mỹ Hương đạt 9 giải kỳ thi chọn học sinh giỏi lớp 12 cấp "
            "thành phố"
        ),
        cat="Hoạt động",
        published_at="2026-11-06",
        authors=["Đặng Quốc Việt"],
        blocks=[
            Raw("<!--title-again-->"),
            P(
                "Theo kết quả do Sở Giáo dục và Đào tạo thành phố Cần Thơ công bố ngày 04/11/2026, "
                "đội tuyển học sinh giỏi lớp 12 của Trường THPT Mỹ Hương đạt 9 giải, gồm 1 giải "
                "Nhì, 3 giải Ba và 5 giải Khuyến khích."
            ),
            P(
                "Kỳ thi được tổ chức trong hai ngày 24 và 25/10/2026 với hơn 1.400 thí sinh dự thi "
                "ở 12 môn. Đây là kỳ thi đầu tiên sau khi sắp xếp đơn vị hành chính, học sinh các "
                "trường của ba địa phương cũ cùng tham gia."
            ),
            P("Danh sách học sinh đạt giải", "h3"),
            P("STT | Họ và tên | Lớp | Môn thi | Giải", "th"),
            P("1 | Lâm Gia Huy | 12A1 | Vật lí | Nhì", "tr"),
            P("2 | Trần Ngọc Bảo Trân | 12A1 | Ngữ văn | Ba", "tr"),
            P("3 | Sơn Thị Mỹ Duyên | 12A2 | Lịch sử | Ba", "tr"),
            P("4 | Nguyễn Hoàng Phúc | 12A1 | Toán | Ba", "tr"),
            P("5 | Trương Minh Thư | 12A3 | Tiếng Anh | Khuyến khích", "tr"),
            P("6 | Kim Thị Sa Rây | 12A2 | Địa lí | Khuyến khích", "tr"),
            P("7 | Võ Tấn Lộc | 12A1 | Hóa học | Khuyến khích", "tr"),
            P("8 | Lê Thị Cẩm Tú | 12A4 | Sinh học | Khuyến khích", "tr"),
            P("9 | Huỳnh Nhật Nam | 12A1 | Tin học | Khuyến khích", "tr"),
            Img(
                "/images/tin-tuc/2026/11/doi-tuyen-hsg-12.jpg",
                "Đội tuyển học sinh giỏi lớp 12 cùng thầy cô phụ trách bồi dưỡng",
                "Đội tuyển học sinh giỏi lớp 12 cùng thầy cô phụ trách bồi dưỡng",
            ),
            P(
                "Nhà trường biểu dương tinh thần nỗ lực của các em học sinh và sự tận tâm của quý "
                "thầy cô trong công tác bồi dưỡng học sinh giỏi."
            ),
        ],
    ),
    page_id="7b9d1f3a5c7e4b9d0f2a4c6e8a1b3d5f",
    date_printed="November 6, 2026",
    persons=[("Đặng Quốc Việt", "letter")],
    tags=["Khối 12"],
    icon="🏆",
    nfd=True,
    lastmod="2026-11-09",
)

POST_CDS = Post(
    Story(
        id=8,
        slug="tap-huan-chuyen-doi-so-trong-day-hoc",
        title="Tập huấn chuyển đổi số trong dạy học và quản lý giáo dục năm học 2026 - 2027",
        cat="Hoạt động",
        published_at="2026-10-28T13:30:00+07:00",
        authors=["Trần Minh Khoa"],
        source="Sở GD&ĐT thành phố Cần Thơ",
        blocks=[
            toc(),
            P(
                "Từ ngày 26 đến 27/10/2026, Sở Giáo dục và Đào tạo thành phố Cần Thơ tổ chức tập "
                "huấn chuyển đổi số trong dạy học và quản lý giáo dục cho cán bộ quản lý, giáo viên "
                "cốt cán các trường trung học phổ thông. Trường THPT Mỹ Hương cử 6 giáo viên tham "
                "dự."
            ),
            P("Nội dung tập huấn", "h2"),
            P("Khai thác hệ thống học liệu số và kho bài giảng điện tử dùng chung;", "ul"),
            P("Sử dụng hồ sơ điện tử, học bạ số và sổ điểm điện tử;", "ul"),
            P("Ứng dụng trí tuệ nhân tạo trong soạn bài, ra đề kiểm tra có kiểm soát;", "ul"),
            P("Bảo đảm an toàn thông tin và dữ liệu cá nhân của học sinh.", "ul"),
            P("Yêu cầu sau tập huấn", "h2"),
            P(
                "Giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên của đơn vị trước ngày "
                "20/11/2026; mỗi tổ chuyên môn xây dựng ít nhất 2 bài giảng điện tử đưa lên kho học "
                "liệu của trường."
            ),
            Img(
                f"{CDN}/images/d04b7a1e-tap-huan-cds.jpeg",
                "Giáo viên cốt cán thực hành trên hệ thống học bạ số",
                "Giáo viên cốt cán thực hành trên hệ thống học bạ số",
            ),
            P("Lịch tập huấn lại tại trường", "h2"),
            P("Tổ Toán - Tin, Vật lí - Công nghệ: chiều thứ Tư, 04/11/2026;", "ol"),
            P("Tổ Ngữ văn, Ngoại ngữ: chiều thứ Tư, 11/11/2026;", "ol"),
            P("Các tổ còn lại: chiều thứ Tư, 18/11/2026.", "ol"),
            byline("Nguồn: Sở GD&ĐT thành phố Cần Thơ"),
        ],
    ),
    page_id="3c5e7a9b1d2f4e6a8c0b2d4f6e8a0c1b",
    date_printed="Oct 28, 2026 1:30 PM",
    persons=[("Trần Minh Khoa", "photo")],
    icon="💻",
    cover="/images/page-cover/gradients_10.png",
    lastmod="2026-11-02",
)

KHAI_GIANG_ID = "8f0a2c4e6b1d4f3a5c7e9b0d2f4a6c8e"

POST_DAI_HOI = Post(
    Story(
        id=9,
        slug="dai-hoi-doan-truong-nhiem-ky-2026-2027",
        title=(
            "Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Mỹ Hương lần thứ XVIII, nhiệm kỳ 2026 - 2027"
        ),
        cat="Đoàn trường",
        published_at="2026-10-15",
        authors=["Lâm Hoàng Phúc", "Thạch Thị Sô Phia"],
        blocks=[
            PM(
                "Tiếp nối không khí của Lễ khai giảng năm học 2026 - 2027, sau khi 100% chi đoàn "
                "hoàn thành đại hội, ngày 14/10/2026, Đoàn trường THPT Mỹ Hương tổ chức Đại hội "
                "Đoàn trường lần thứ XVIII, nhiệm kỳ 2026 - 2027 với 150 đại biểu chính thức.",
                markup=(
                    "Tiếp nối không khí của "
                    f'<a href="/{KHAI_GIANG_ID}" class="notion-link notion-page-mention">'
                    '<span class="notion-page-mention-token__icon"><span class="notion-emoji">'
                    "🎒</span></span>"
                    '<span class="notion-page-mention-token__title">Lễ khai giảng năm học 2026 '
                    "- 2027</span></a>, sau khi 100% chi đoàn hoàn thành đại hội, ngày "
                    "14/10/2026, Đoàn trường THPT Mỹ Hương tổ chức Đại hội Đoàn trường lần thứ "
                    "XVIII, nhiệm kỳ 2026 - 2027 với 150 đại biểu chính thức."
                ),
            ),
            P(
                "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025 - 2026: tổ chức "
                "thành công 14 hoạt động tình nguyện, quyên góp hơn 35 triệu đồng hỗ trợ đoàn viên "
                "khó khăn, giới thiệu 6 đoàn viên ưu tú cho chi bộ xem xét kết nạp Đảng."
            ),
            Img(
                f"{CDN}/images/e6f80c2b-dai-hoi-doan.jpeg",
                "Đoàn chủ tịch điều hành Đại hội",
                "Đoàn chủ tịch điều hành Đại hội",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 gồm 15 đồng chí; "
                "đồng chí Lâm Hoàng Phúc tiếp tục được tín nhiệm giữ chức Bí thư Đoàn trường."
            ),
            Img(f"{CDN}/images/2a7c9e13-bch-doan-truong.jpeg"),
        ],
    ),
    page_id="5e7a9c1b3d4f4a8c9e1b3d5f7a9c2e4d",
    date_printed="October 15, 2026",
    persons=[("Lâm Hoàng Phúc", "photo"), ("Thạch Thị Sô Phia", "letter")],
    icon="🏳️",
    lastmod="2026-10-16",
)

POST_KHAI_GIANG = Post(
    Story(
        id=10,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Lễ khai giảng năm học 2026 - 2027",
        cat="Hoạt động",
        published_at="2026-09-05T07:00:00+07:00",
        authors=["Nguyễn Thị Bích Tuyền"],
        summary=(
            "Sáng ngày 05/9/2026, cùng với hơn 22 triệu học sinh cả nước, thầy và trò Trường THPT "
            "Mỹ Hương long trọng tổ chức Lễ khai giảng năm học mới 2026 - 2027."
        ),
        blocks=[
            P(
                "Sáng ngày 05/9/2026, cùng với hơn 22 triệu học sinh cả nước, thầy và trò Trường "
                "THPT Mỹ Hương long trọng tổ chức Lễ khai giảng năm học mới 2026 - 2027.",
                "lead-b",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 1.126 học sinh với 28 lớp, trong đó khối 10 có "
                "398 học sinh mới trúng tuyển. Đội ngũ gồm 71 cán bộ, giáo viên, nhân viên, 100% "
                "giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo."
            ),
            Img(
                f"{CDN}/images/c3a1f5d7-khai-giang-chao-co.jpeg",
                "Nghi thức chào cờ tại Lễ khai giảng",
                "Nghi thức chào cờ tại Lễ khai giảng",
            ),
            P(
                "Buổi lễ trang trọng với phần đọc thư của Tổng Bí thư gửi ngành Giáo dục nhân dịp "
                "khai giảng năm học mới. Học sinh lớp 12A1 đọc lại lời căn dặn của Chủ tịch Hồ Chí "
                "Minh trong thư gửi học sinh nhân ngày khai trường đầu tiên năm 1945:"
            ),
            P(
                "“Non sông Việt Nam có trở nên tươi đẹp hay không, dân tộc Việt Nam có bước tới đài "
                "vinh quang để sánh vai với các cường quốc năm châu được hay không, chính là nhờ một "
                "phần lớn ở công học tập của các em.”",
                "quote",
            ),
            Img(
                f"{CDN}/images/8d2e4b60-doc-thu-bac-ho.jpeg",
                "z5789012345678_3f2a9c1d7e6b4a0f8c2d1e3b5a7f9c0d.jpg",
                None,
            ),
            P(
                "Cô Phạm Thị Thu Trang, Hiệu trưởng nhà trường, đánh hồi trống khai giảng năm học "
                "mới, mở đầu cho một năm học với nhiều kỳ vọng."
            ),
            Img(
                f"{CDN}/images/f19b6c2a-danh-trong-khai-giang.jpeg",
                "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
                "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
            ),
            Img(
                f"{CDN}/images/47e0d3b8-hoc-sinh-lop-10.jpeg",
                "Học sinh lớp 10 trong ngày đầu đến trường",
                "Học sinh lớp 10 trong ngày đầu đến trường",
            ),
        ],
    ),
    page_id=KHAI_GIANG_ID,
    date_printed="Sep 5, 2026 7:00 AM",
    persons=[("Nguyễn Thị Bích Tuyền", "photo")],
    tags=["Khối 10"],
    icon="🎒",
    cover="/images/page-cover/gradients_2.png",
    lastmod="2026-09-07",
)

POST_TUYEN_SINH = Post(
    Story(
        id=11,
        slug="thong-bao-tuyen-sinh-lop-10-nam-hoc-2026-2027",
        title="Thông báo tuyển sinh lớp 10 năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-05-20",
        authors=["Nguyễn Văn Tài"],
        blocks=[
            P(
                "Trường THPT Mỹ Hương thông báo tuyển sinh lớp 10 năm học 2026 - 2027 theo phương "
                "thức kết hợp thi tuyển và xét tuyển, cụ thể như sau:"
            ),
            P("Đối tượng: học sinh đã tốt nghiệp trung học cơ sở, trong độ tuổi quy định;", "ul"),
            P("Chỉ tiêu: 400 học sinh (10 lớp);", "ul"),
            P("Thời gian nhận hồ sơ: từ ngày 01/6/2026 đến ngày 15/6/2026;", "ul"),
            P("Ngày thi: 09 và 10/7/2026, tại Hội đồng thi Trường THPT Mỹ Hương.", "ul"),
            PM(
                "Thông tin chi tiết về chỉ tiêu, môn thi và hồ sơ xem tại trang Tuyển sinh lớp 10.",
                markup=(
                    "Thông tin chi tiết về chỉ tiêu, môn thi và hồ sơ xem tại trang "
                    '<a href="/tuyen-sinh-lop-10" class="notion-link">Tuyển sinh lớp 10</a>.'
                ),
            ),
            divider(),
            P(
                "Mọi thắc mắc xin liên hệ Văn phòng nhà trường, điện thoại 0299 3 851 246 (trong "
                "giờ hành chính)."
            ),
        ],
    ),
    page_id="0a2c4e6f8b1d3f5a7c9e0b2d4f6a8c1e",
    date_printed="May 20, 2026",
    persons=[("Nguyễn Văn Tài", "letter")],
    tags=["Khối 10"],
    icon="📝",
    lastmod="2026-06-02",
)

POST_HOC_BONG = Post(
    Story(
        id=12,
        slug="trao-hoc-bong-vu-a-dinh-2026",
        title="Trao học bổng “Vừ A Dính” cho học sinh có hoàn cảnh khó khăn",
        cat="Đoàn trường",
        published_at="2026-03-26",
        authors=["Huỳnh Thị Ngọc Hân"],
        blocks=[
            P(
                "Nhân kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026), "
                "ngày 25/3/2026, Đoàn trường THPT Mỹ Hương phối hợp với Quỹ Hỗ trợ phát triển "
                "tài năng trẻ Vừ A Dính trao 10 suất học bổng cho học sinh dân tộc Khmer có hoàn "
                "cảnh khó khăn, vượt khó học tốt."
            ),
            P(
                "Mỗi suất học bổng trị giá 2.000.000 đồng tiền mặt cùng bộ sách giáo khoa, dụng cụ "
                "học tập. Đây là năm thứ ba liên tiếp học sinh nhà trường được nhận học bổng của "
                "Quỹ."
            ),
            Img(
                "/images/tin-tuc/2026/03/hoc-bong-vu-a-dinh.jpg",
                "Đại diện Quỹ Vừ A Dính trao học bổng cho học sinh",
                "Đại diện Quỹ Vừ A Dính trao học bổng cho học sinh",
            ),
            P(
                "Em Thạch Thị Mỹ Linh, lớp 11A3, chia sẻ: “Học bổng là nguồn động viên rất lớn, "
                "giúp em có thêm điều kiện để tiếp tục đến trường và cố gắng học tập tốt hơn.”"
            ),
        ],
    ),
    page_id="6d8f0b2a4c6e4d8f1a3c5e7b9d0f2a4c",
    date_printed="March 26, 2026",
    persons=[("Huỳnh Thị Ngọc Hân", "photo")],
    icon="🎓",
    lastmod="2026-03-26",
)

POST_HOI_TRAI = Post(
    Story(
        id=13,
        slug="hoi-trai-truyen-thong-26-3-2025",
        title="Hội trại truyền thống kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
        cat="Đoàn trường",
        published_at="2025-03-27",
        authors=["Lâm Hoàng Phúc"],
        blocks=[
            P(
                "Trong hai ngày 25 và 26/3/2025, Đoàn trường THPT Mỹ Hương tổ chức Hội trại "
                "truyền thống với chủ đề “Tuổi trẻ Mỹ Hương - Tự hào tiến bước dưới cờ Đoàn”, thu "
                "hút 28 chi đoàn với hơn 1.000 đoàn viên, thanh niên tham gia."
            ),
            P(
                "Hội trại gồm nhiều hoạt động: dựng trại, thi cổng trại đẹp, trò chơi dân gian, "
                "thi nấu ăn, đêm lửa trại và văn nghệ. Các trại được trang trí sáng tạo từ vật "
                "liệu thân thiện với môi trường như tre, lá dừa, rơm."
            ),
            P(
                "Ban tổ chức lưu ý các chi đoàn giữ gìn vệ sinh khu vực trại và bàn giao mặt bằng "
                "trước 17 giờ ngày 26/3/2025.",
                "callout:📌",
            ),
            Img(
                "/images/tin-tuc/2025/03/hoi-trai-cong-trai.jpg",
                "Cổng trại của chi đoàn 12A2 đạt giải Nhất",
                "Cổng trại của chi đoàn 12A2 đạt giải Nhất",
                "col",
            ),
            Img(
                "/images/tin-tuc/2025/03/hoi-trai-tro-choi.jpg",
                "Trò chơi dân gian kéo co giữa các chi đoàn",
                "Trò chơi dân gian kéo co giữa các chi đoàn",
                "col",
            ),
            P(
                "Kết thúc hội trại, Ban tổ chức trao giải Nhất toàn đoàn cho chi đoàn 12A2; giải "
                "Nhì cho chi đoàn 11A1; giải Ba cho chi đoàn 10A4."
            ),
        ],
    ),
    page_id="2b4d6f8a0c1e4b3d5f7a9c0e2b4d6f8a",
    date_printed="March 27, 2025",
    persons=[("Lâm Hoàng Phúc", "photo")],
    icon="⛺",
    lastmod="2025-03-28",
)

POSTS = [
    POST_STEM,
    POST_LICH_THI,
    POST_NHA_GIAO,
    POST_TIENG_HAT,
    POST_NGHI_HOC,
    POST_MA_TUY,
    POST_HSG,
    POST_CDS,
    POST_DAI_HOI,
    POST_KHAI_GIANG,
    POST_TUYEN_SINH,
    POST_HOC_BONG,
    POST_HOI_TRAI,
]

GOLD = [
    gold_record(
        post.story,
        path=post.path,
        category=post.story.cat,
        canonical_path=post.path,
        alt_paths=[post.raw_path],
    )
    for post in POSTS
]


# --- static Notion pages (not articles) -----------------------------------------------------


@dataclass
class Page:
    """A Notion page outside the news database: no properties, no date."""

    path: str
    page_id: str
    title: str
    blocks: list
    icon: str | None = None
    cover: str | None = None
    lastmod: str = ""


PAGE_GIOI_THIEU = Page(
    "/gioi-thieu",
    "a4c6e8f0b2d44a6c8e1f3b5d7a9c0e2f",
    "Giới thiệu",
    [
        P(
            "Trường THPT Mỹ Hương được thành lập năm 2004 trên cơ sở tách ra từ Trường THPT huyện "
            "Mỹ Tú, tỉnh Sóc Trăng. Từ ngày 01/7/2025, sau khi sắp xếp đơn vị hành chính, trường "
            "trực thuộc Sở Giáo dục và Đào tạo thành phố Cần Thơ."
        ),
        P("Quy mô", "h2"),
        P("28 lớp với 1.126 học sinh, trong đó 38% là học sinh dân tộc Khmer;", "ul"),
        P("71 cán bộ, giáo viên, nhân viên; 24 giáo viên có trình độ thạc sĩ;", "ul"),
        P("Khuôn viên rộng 2,4 ha với 32 phòng học, 8 phòng bộ môn, thư viện đạt chuẩn.", "ul"),
        Img(
            "/images/gioi-thieu/toan-canh-truong.jpg",
            "Toàn cảnh Trường THPT Mỹ Hương",
            "Toàn cảnh Trường THPT Mỹ Hương",
        ),
        P("Thành tích", "h2"),
        P(
            "Nhà trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2019, kiểm định chất lượng "
            "giáo dục cấp độ 3 năm 2023; nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc."
        ),
    ],
    icon="🏫",
    lastmod="2026-08-20",
)

PAGE_TUYEN_SINH = Page(
    "/tuyen-sinh-lop-10",
    "c8e0a2b4d6f84c0e2a4b6d8f0a1c3e5b",
    "Tuyển sinh lớp 10",
    [
        P(
            "Thông tin tuyển sinh lớp 10 năm học 2026 - 2027 của Trường THPT Mỹ Hương. Học sinh "
            "và cha mẹ học sinh theo dõi các mốc thời gian dưới đây."
        ),
        P("Chỉ tiêu và môn thi", "h2"),
        P("Nội dung | Thông tin", "th"),
        P("Chỉ tiêu | 400 học sinh (10 lớp)", "tr"),
        P("Môn thi | Ngữ văn, Toán, Tiếng Anh", "tr"),
        P("Điểm xét tuyển | Tổng điểm 3 bài thi cộng điểm ưu tiên, khuyến khích", "tr"),
        P("Nhận hồ sơ | 01/6 - 15/6/2026, tại Văn phòng nhà trường", "tr"),
        P("Ngày thi | 09 - 10/7/2026", "tr"),
        P("Hồ sơ gồm", "h2"),
        P("Phiếu đăng ký dự tuyển (theo mẫu);", "ol"),
        P("Bản sao giấy khai sinh; học bạ trung học cơ sở;", "ol"),
        P("Giấy xác nhận ưu tiên, khuyến khích (nếu có).", "ol"),
        P(
            "Học sinh đăng ký dự tuyển trực tuyến trên hệ thống tuyển sinh của Sở trước khi nộp "
            "hồ sơ giấy tại trường.",
            "callout:ℹ️",
        ),
    ],
    icon="📋",
    cover="/images/page-cover/gradients_5.png",
    lastmod="2026-05-21",
)

PAGE_TKB = Page(
    "/thoi-khoa-bieu",
    "e2a4c6e8b0d24f6a8c0e2b4d6f8a0c2e",
    "Thời khóa biểu",
    [
        P("Thời khóa biểu học kỳ I, năm học 2026 - 2027, áp dụng từ ngày 09/11/2026."),
        P("Khối 10", "toggle"),
        P("Buổi sáng: 5 tiết, bắt đầu lúc 7 giờ 00; buổi chiều học các môn lựa chọn.", "toggle-ul"),
        P("Khối 11", "toggle"),
        P("Buổi sáng: 5 tiết; chiều thứ Ba và thứ Năm học chuyên đề.", "toggle-ul"),
        P("Khối 12", "toggle"),
        P("Buổi sáng: 5 tiết; chiều thứ Hai, Tư, Sáu ôn tập tốt nghiệp.", "toggle-ul"),
        P("Giờ học | Buổi sáng | Buổi chiều", "th"),
        P("Tiết 1 | 7:00 - 7:45 | 13:30 - 14:15", "tr"),
        P("Tiết 2 | 7:50 - 8:35 | 14:20 - 15:05", "tr"),
        P("Tiết 3 | 8:50 - 9:35 | 15:20 - 16:05", "tr"),
        P("Tiết 4 | 9:40 - 10:25 | 16:10 - 16:55", "tr"),
        P("Tiết 5 | 10:30 - 11:15 | ", "tr"),
        Raw("<!--file-->"),
    ],
    icon="🗓️",
    lastmod="2026-11-07",
)

PAGE_LIEN_HE = Page(
    "/lien-he",
    "f4b6d8a0c2e44b6d8f0a2c4e6b8d0f2a",
    "Liên hệ",
    [
        P("Trường THPT Mỹ Hương", "h3"),
        P("Địa chỉ: ấp Mỹ Thuận, xã Mỹ Hương, thành phố Cần Thơ", "ul"),
        P("Điện thoại: 0299 3 851 246", "ul"),
        P("Email: c3myhuong@cantho.edu.vn", "ul"),
        P("Giờ làm việc: sáng 7:00 - 11:00, chiều 13:30 - 17:00 từ thứ Hai đến thứ Sáu.", "ul"),
        Raw("<!--map-->"),
    ],
    icon="📞",
    lastmod="2026-07-03",
)

PAGES = [PAGE_GIOI_THIEU, PAGE_TUYEN_SINH, PAGE_TKB, PAGE_LIEN_HE]

HOME_ID = "0c2e4a6b8d1f4e3a5c7b9d0e2f4a6b8c"

NON_ARTICLES = ["/", *(page.path for page in PAGES)]

VIEW_LIST = "d1e2f3a4b5c64d7e8f9a0b1c2d3e4f5a"
VIEW_GALLERY = "a9b8c7d6e5f44a3b2c1d0e9f8a7b6c5d"
VIEW_NOTICE = "f0e1d2c3b4a54968a7b6c5d4e3f2a1b0"
VIEWS = {VIEW_LIST: "Tất cả", VIEW_GALLERY: "Lưới ảnh", VIEW_NOTICE: "Thông báo"}
FIRST_BATCH = 10


# --- Notion blocks as Super prints them -----------------------------------------------------


def _sem(inner: str) -> str:
    return f'<span class="notion-semantic-string">{inner}</span>'


def _emoji(icon: str) -> str:
    return f'<span class="notion-emoji" role="img" aria-label="{esc(icon)}">{icon}</span>'


def _block_id(owner: str, index: int) -> str:
    return f"block-{owner[:8]}{index:04x}{owner[12:20]}"


def _inner(block: P) -> str:
    """A text block's inner HTML: hand-written markup, or the escaped text."""
    return block.markup if isinstance(block, PM) and block.markup else esc(block.text)


def _figure(img: Img) -> str:
    caption = ""
    if img.printed:
        caption = f'<figcaption class="notion-caption">{_sem(esc(img.printed))}</figcaption>'
    return (
        '<figure class="notion-image align-start page-width"><span class="notion-image__wrapper">'
        f'<img alt="" src="{esc(img.src)}" loading="lazy" decoding="async"/></span>'
        f"{caption}</figure>"
    )


def _table(rows: list[P]) -> str:
    out = []
    for row in rows:
        tag = "th" if row.style == "th" else "td"
        cells = "".join(
            f'<{tag} class="notion-table__cell">{_sem(esc(cell.strip()))}</{tag}>'
            for cell in row.text.split(" | ")
        )
        klass = "notion-table__row header" if row.style == "th" else "notion-table__row"
        out.append(f'<tr class="{klass}">{cells}</tr>')
    return (
        '<div class="notion-table__wrapper"><table class="notion-table"><tbody>'
        f"{''.join(out)}</tbody></table></div>"
    )


def _list(items: list[P], kind: str) -> str:
    tag, klass = ("ol", "notion-numbered-list") if kind == "ol" else ("ul", "notion-bulleted-list")
    lis = "".join(f'<li class="notion-list-item">{_sem(_inner(i))}</li>' for i in items)
    return f'<{tag} class="{klass}">{lis}</{tag}>'


def _toc(blocks: list, owner: str) -> str:
    items = []
    for i, block in enumerate(blocks):
        if isinstance(block, P) and block.style in ("h2", "h3"):
            level = "1" if block.style == "h2" else "2"
            items.append(
                f'<a href="#{_block_id(owner, i)}" class="notion-table-of-contents__item">'
                f'<span class="notion-semantic-string" style="margin-left:{(int(level) - 1) * 24}px">'
                f"{esc(block.text)}</span></a>"
            )
    return f'<div class="notion-table-of-contents color-gray">{"".join(items)}</div>'


BOOKMARK_URL = "https://sgddt.cantho.gov.vn/Uploads/files/2026/11/HD-2315-SGDDT-GDTrH.pdf"


def _bookmark() -> str:
    return (
        f'<div class="notion-bookmark"><a href="{BOOKMARK_URL}" target="_blank" '
        'rel="noopener noreferrer" class="notion-bookmark__link">'
        '<div class="notion-bookmark__content">'
        '<div class="notion-bookmark__title">HD-2315-SGDDT-GDTrH.pdf</div>'
        '<div class="notion-bookmark__description">Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm '
        "học 2026 - 2027 đối với giáo dục trung học</div>"
        '<div class="notion-bookmark__href"><img src="https://sgddt.cantho.gov.vn/favicon.ico" '
        f'class="notion-bookmark__icon" alt=""/><span>{BOOKMARK_URL}</span></div>'
        "</div></a></div>"
    )


def _related(ids: list[str]) -> str:
    """Post 3's inline database "Bài viết liên quan" (a Notion table view, linked by raw id)."""
    rows = []
    for post in (p for p in POSTS if p.page_id in ids):
        icon = _emoji(post.icon) if post.icon else ""
        rows.append(
            '<div class="notion-collection-table__row">'
            '<div class="notion-collection-table__cell title">'
            f'<a href="{post.raw_path}" class="notion-page-link">{icon}'
            f'<span class="notion-page-link__title">{esc(shown_title(post))}</span></a></div>'
            '<div class="notion-collection-table__cell"><span class="date">'
            f"{esc(post.date_printed)}</span></div>"
            '<div class="notion-collection-table__cell">'
            f'<span class="notion-pill pill-{PILL[post.story.cat]}">{esc(post.story.cat)}</span>'
            "</div></div>"
        )
    return (
        '<div class="notion-collection inline"><div class="notion-collection__header-wrapper">'
        '<h3 class="notion-collection-header"><span class="notion-collection-header__title">'
        "Bài viết liên quan</span></h3></div>"
        '<div class="notion-collection-table"><div class="notion-collection-table__head">'
        '<div class="notion-collection-table__cell">Tên bài</div>'
        '<div class="notion-collection-table__cell">Ngày đăng</div>'
        '<div class="notion-collection-table__cell">Chuyên mục</div></div>'
        f"{''.join(rows)}</div></div>"
    )


FILE_URL = (
    "https://file.notion.so/f/f/6a1f0e2c-3b7d-4c59-9e8a-2d4f6b8c0a1e/"
    "9d1b3f5a-7c2e-4a6b-8d0f-1e3a5c7b9d2f/TKB_HK1_2026-2027.pdf"
)
MAP_URL = "https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3930.2!2d105.87!3d9.68"


def _special(marker: str, blocks: list, owner: str, title: str) -> str:
    if marker == "<!--toc-->":
        return _toc(blocks, owner)
    if marker == "<!--bookmark-->":
        return _bookmark()
    if marker == "<!--related-->":
        return _related([POST_TIENG_HAT.page_id, POST_KHAI_GIANG.page_id, POST_HOI_TRAI.page_id])
    if marker == "<!--title-again-->":
        return f'<div class="notion-text">{_sem("<strong>" + esc(title) + "</strong>")}</div>'
    if marker == "<!--file-->":
        return (
            f'<div class="notion-file"><a href="{FILE_URL}" target="_blank" rel="noopener '
            'noreferrer" class="notion-file__link"><span class="notion-file__icon">📎</span>'
            '<span class="notion-file__title">TKB_HK1_2026-2027.pdf</span>'
            '<span class="notion-file__size">184.6KB</span></a></div>'
        )
    if marker == "<!--map-->":
        return (
            '<div class="notion-embed"><iframe src="' + esc(MAP_URL) + '" width="100%" '
            'height="360" loading="lazy" title="Bản đồ"></iframe></div>'
        )
    return marker


def render_blocks(blocks: list, owner: str, title: str) -> str:
    """Notion blocks in page order; consecutive list items, table rows, column images and a
    toggle's children are grouped the way Notion nests them."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        bid = _block_id(owner, i)
        if isinstance(block, Raw):
            out.append(_special(block.html, blocks, owner, title))
            i += 1
            continue
        if isinstance(block, Img):
            if block.style == "col":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "col":
                    group.append(blocks[i])
                    i += 1
                cols = "".join(
                    '<div class="notion-column" style="width:calc((100% - 46px) * 0.5)">'
                    f"{_figure(img)}</div>"
                    for img in group
                )
                out.append(f'<div class="notion-column-list">{cols}</div>')
                continue
            out.append(_figure(block))
            i += 1
            continue
        style = block.style
        if style in ("ul", "ol"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            out.append(_list(group, style))
            continue
        if style in ("th", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                group.append(blocks[i])
                i += 1
            out.append(_table(group))
            continue
        if style == "toggle":
            i += 1
            children = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "toggle-ul":
                children.append(blocks[i])
                i += 1
            out.append(
                f'<details class="notion-toggle" id="{bid}"><summary>{_sem(esc(block.text))}'
                f'</summary><div class="notion-toggle__content">{_list(children, "ul")}</div>'
                "</details>"
            )
            continue
        if style in ("h2", "h3"):
            out.append(
                f'<{style} id="{bid}" class="notion-heading">{_sem(esc(block.text))}'
                f'<a class="notion-heading__anchor" href="#{bid}" aria-hidden="true"></a></{style}>'
            )
        elif style == "quote":
            out.append(f'<blockquote class="notion-quote">{_sem(_inner(block))}</blockquote>')
        elif style.startswith("callout:"):
            icon = style.split(":", 1)[1]
            out.append(
                '<div class="notion-callout bg-yellow-light border">'
                f'<div class="notion-callout__icon">{_emoji(icon)}</div>'
                f'<div class="notion-callout__content">{_sem(_inner(block))}</div></div>'
            )
        elif style == "lead-i":
            out.append(
                f'<div class="notion-text" id="{bid}">{_sem("<em>" + _inner(block) + "</em>")}</div>'
            )
        elif style == "lead-b":
            out.append(
                f'<div class="notion-text" id="{bid}">{_sem("<strong>" + _inner(block) + "</strong>")}</div>'
            )
        else:
            out.append(f'<div class="notion-text" id="{bid}">{_sem(_inner(block))}</div>')
        i += 1
    return "\n".join(out)


# --- page chrome ----------------------------------------------------------------------------


def shown_title(post: Post) -> str:
    """The title as stored in Notion (post 7 was typed decomposed)."""
    return unicodedata.normalize("NFD", post.story.title) if post.nfd else post.story.title


NAV = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc", "Tin tức"),
    ("/tuyen-sinh-lop-10", "Tuyển sinh"),
    ("/thoi-khoa-bieu", "Thời khóa biểu"),
    ("/lien-he", "Liên hệ"),
]

_ICONS = {
    "date": '<path d="M3 1v1H1.5v11h11V2H11V1h-1v1H4V1H3zm-.5 4h9v7h-9V5z"/>',
    "person": '<path d="M7 7a3 3 0 100-6 3 3 0 000 6zm-5 6c0-2.8 2.2-5 5-5s5 2.2 5 5H2z"/>',
    "select": '<path d="M7 13A6 6 0 107 1a6 6 0 000 12zM4.5 6h5L7 9 4.5 6z"/>',
    "multi_select": '<path d="M1 3h2v2H1V3zm4 0h8v2H5V3zM1 7h2v2H1V7zm4 0h8v2H5V7z"/>',
}


def _navbar(current: str) -> str:
    def items(klass: str) -> str:
        return "".join(
            f'<a href="{href}" class="notion-link {klass}'
            f'{" active" if href == current else ""}">{esc(label)}</a>'
            for href, label in NAV
        )

    return (
        '<nav class="super-navbar simple" role="navigation"><div class="super-navbar__content">'
        '<a href="/" class="notion-link super-navbar__logo">'
        '<img class="super-navbar__logo-image" src="/images/logo-thpt-my-huong.png" alt="Logo"/>'
        '<span class="super-navbar__logo-text">THPT Mỹ Hương</span></a>'
        f'<div class="super-navbar__item-list">{items("super-navbar__item")}</div>'
        '<div class="super-navbar__actions"><a href="tel:02993851246" '
        f'class="super-navbar__button">☎ Hotline: {HOTLINE}</a></div>'
        '<div class="super-navbar__menu-wrapper"><button class="super-navbar__menu-button" '
        'aria-label="Menu"><span></span><span></span></button>'
        f'<div class="super-navbar__menu">{items("super-navbar__menu-item")}</div></div>'
        "</div></nav>"
    )


def _footer() -> str:
    keywords = [("tuyển sinh", "tuy%E1%BB%83n+sinh"), ("kiểm tra", "ki%E1%BB%83m+tra")]
    links = ", ".join(
        f'<a href="/search?q={q}" class="notion-link">{esc(k)}</a>' for k, q in keywords
    )
    return (
        '<footer class="super-footer"><div class="super-footer__content">'
        '<div class="super-footer__logo">Trường THPT Mỹ Hương</div>'
        '<div class="super-footer__text">Địa chỉ: ấp Mỹ Thuận, xã Mỹ Hương, thành phố Cần Thơ'
        f"<br/>Điện thoại: {HOTLINE} · Email: c3myhuong@cantho.edu.vn</div>"
        '<form class="super-footer__search" action="/search" method="get" role="search">'
        '<input type="search" name="q" placeholder="Tìm kiếm bài viết…" aria-label="Tìm kiếm"/>'
        '<button type="submit">Tìm</button></form>'
        f'<div class="super-footer__keywords">Từ khóa: {links}</div>'
        '<div class="super-footer__counter">Đang online: <!-- -->4<!-- --> · Hôm nay: <!-- -->'
        "312<!-- --> · Tổng lượt truy cập: <!-- -->254.118</div>"
        '<div class="super-footer__copyright">© 2026 Trường THPT Mỹ Hương. Chịu trách nhiệm nội '
        "dung: Hiệu trưởng Phạm Thị Thu Trang.</div></div>"
        '<a href="https://super.so/?utm_source=thptmyhuong.edu.vn&amp;utm_medium=badge" '
        'target="_blank" rel="noopener noreferrer" class="super-badge">'
        '<img src="https://assets.super.so/super-badge/logo.svg" alt="" width="14" height="14"/>'
        "<span>Made with Super</span></a></footer>"
    )


def _next_data(page_id: str, title: str, slug: list[str]) -> str:
    data = {
        "props": {
            "pageProps": {
                "pageId": page_id,
                "siteId": "6a1f0e2c-3b7d-4c59-9e8a-2d4f6b8c0a1e",
                "title": title,
                "locale": "vi",
            },
            "__N_SSP": True,
        },
        "page": "/[[...slug]]",
        "query": {"slug": slug},
        "buildId": BUILD_ID,
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script id="__NEXT_DATA__" type="application/json">{blob}</script>'


def document(
    request: Request,
    *,
    title: str,
    main: str,
    current: str,
    page_id: str,
    slug: list[str],
    canonical: str | None = None,
    og_image: str | None = None,
    main_class: str = "",
) -> Response:
    head_title = f"{title} | {SCHOOL}" if title != SCHOOL else SCHOOL
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}"/>' if canonical else ""
    image = og_image or "https://assets.super.so/6a1f0e2c-3b7d-4c59-9e8a-2d4f6b8c0a1e/og.png"
    page = (
        '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f"<title>{esc(head_title)}</title>"
        f'<meta name="description" content="{esc(SLOGAN)}"/>'
        f'<meta property="og:title" content="{esc(title)}"/>'
        f'<meta property="og:description" content="{esc(SLOGAN)}"/>'
        f'<meta property="og:image" content="{esc(image)}"/>'
        '<meta name="twitter:card" content="summary_large_image"/>'
        '<link rel="icon" href="/favicon.ico"/>'
        f"{canon}"
        f'<link rel="stylesheet" href="/_next/static/css/{BUILD_ID[:8]}.css"/>'
        '<link rel="stylesheet" href="/_next/static/css/notion.css"/>'
        '</head><body><div id="__next"><div class="super-root">'
        f"{_navbar(current)}"
        f'<main class="super-content {main_class}">{main}</main>'
        f"{_footer()}</div></div>"
        f"{_next_data(page_id, title, slug)}"
        '<script src="/_next/static/chunks/main-3f9a1c.js" defer=""></script>'
        '<script src="/_next/static/chunks/pages/%5B%5B...slug%5D%5D-7b2e.js" defer=""></script>'
        "</body></html>"
    )
    return html(page)


def _header(title: str, icon: str | None, cover: str | None) -> str:
    cover_html = ""
    if cover:
        cover_html = (
            '<div class="notion-header__cover has-cover">'
            f'<img src="https://www.notion.so{cover}" class="notion-header__cover-image" alt=""/>'
            "</div>"
        )
    icon_html = ""
    if icon:
        icon_html = (
            '<div class="notion-header__icon-wrapper"><span class="notion-header__icon">'
            f"{_emoji(icon)}</span></div>"
        )
    flags = (" has-cover" if cover else "") + (" has-icon" if icon else "")
    return (
        f'<div class="notion-header page">{cover_html}'
        f'<div class="notion-header__content max-width{flags}">{icon_html}'
        '<div class="notion-header__title-wrapper">'
        f'<h1 class="notion-header__title">{esc(title)}</h1></div></div></div>'
    )


def _prop(kind: str, label: str, value: str) -> str:
    return (
        f'<div class="notion-page__property"><div class="notion-property notion-property__{kind}">'
        f'<svg viewBox="0 0 14 14" class="notion-property__icon">{_ICONS[kind]}</svg>'
        f'<span class="notion-property__title">{label}</span>{value}</div></div>'
    )


def _person(name: str, kind: str) -> str:
    if kind == "photo":
        avatar = (
            '<img class="individual-avatar" src="https://s3-us-west-2.amazonaws.com/public.notion-'
            f'static.com/avatars/{zlib.crc32(name.encode()):08x}.png" alt="" '
            'referrerPolicy="no-referrer"/>'
        )
    else:
        avatar = f'<div class="individual-letter-avatar">{esc(name[0].upper())}</div>'
    return (
        f'<span class="individual-with-image">{avatar}'
        f'<span class="individual-name">{esc(name)}</span></span>'
    )


def properties(post: Post) -> str:
    rows = [_prop("date", "Ngày đăng", f'<span class="date">{esc(post.date_printed)}</span>')]
    if post.persons:
        people = "".join(_person(name, kind) for name, kind in post.persons)
        rows.append(_prop("person", "Tác giả", people))
    cat = post.story.cat
    rows.append(
        _prop(
            "select", "Chuyên mục", f'<span class="notion-pill pill-{PILL[cat]}">{esc(cat)}</span>'
        )
    )
    if post.tags:
        pills = "".join(
            f'<span class="notion-pill pill-{TAG_PILL[t]}">{esc(t)}</span>' for t in post.tags
        )
        rows.append(_prop("multi_select", "Thẻ", pills))
    return f'<div class="notion-page__properties">{"".join(rows)}</div>'


def post_page(request: Request, post: Post) -> Response:
    title = shown_title(post)
    blocks = render_blocks(post.story.blocks, post.page_id, title)
    if post.nfd:
        blocks = unicodedata.normalize("NFD", blocks)
    main = (
        '<div class="notion-page notion-root max-width has-footer">'
        f"{_header(title, post.icon, post.cover)}{properties(post)}\n{blocks}</div>"
    )
    first = next((b.src for b in post.story.blocks if isinstance(b, Img)), None)
    return document(
        request,
        title=title,
        main=main,
        current="/tin-tuc",
        page_id=post.page_id,
        slug=["tin-tuc", post.story.slug],
        canonical=post.path,
        og_image=first,
        main_class=f"page__tin-tuc__{post.story.slug} parent-page__tin-tuc",
    )


def static_page(request: Request, page: Page) -> Response:
    main = (
        '<div class="notion-page notion-root max-width has-footer">'
        f"{_header(page.title, page.icon, page.cover)}\n"
        f"{render_blocks(page.blocks, page.page_id, page.title)}</div>"
    )
    return document(
        request,
        title=page.title,
        main=main,
        current=page.path,
        page_id=page.page_id,
        slug=[page.path.strip("/")],
        canonical=page.path,
        main_class=f"page__{page.path.strip('/')}",
    )


# --- database views: home gallery, /tin-tuc list, search ------------------------------------


def _first_image(post: Post) -> str | None:
    return next((b.src for b in post.story.blocks if isinstance(b, Img)), None)


def _row_props(post: Post) -> str:
    cat = post.story.cat
    return (
        f'<div class="notion-property notion-property__date"><span class="date">'
        f"{esc(post.date_printed)}</span></div>"
        '<div class="notion-property notion-property__select">'
        f'<span class="notion-pill pill-{PILL[cat]}">{esc(cat)}</span></div>'
    )


def list_row(post: Post) -> str:
    icon = ""
    if post.icon:
        icon = f'<div class="notion-property__title__icon-wrapper">{_emoji(post.icon)}</div>'
    return (
        f'<a href="{post.path}" class="notion-collection-list__item">'
        '<div class="notion-collection-list__item-anchor"></div>'
        f'<div class="notion-property notion-property__title notion-semantic-string">{icon}'
        f"{esc(shown_title(post))}</div>"
        f'<div class="notion-collection-list__item-content">{_row_props(post)}</div></a>'
    )


def gallery_card(post: Post) -> str:
    src = _first_image(post)
    cover = f'<img src="{esc(src)}" alt="" loading="lazy"/>' if src else ""
    return (
        f'<a href="{post.path}" class="notion-collection-card gallery">'
        f'<div class="notion-collection-card__cover medium cover">{cover}</div>'
        '<div class="notion-collection-card__content">'
        f'<div class="notion-property notion-property__title notion-semantic-string">'
        f"{esc(shown_title(post))}</div>{_row_props(post)}</div></a>"
    )


def news_page(request: Request) -> Response:
    params = request.params
    view = params.get("v", "")
    if view not in VIEWS:
        view = ""
    try:
        page = max(1, int(params.get("page", "1")))
    except ValueError:
        page = 1
    rows = [p for p in POSTS if view != VIEW_NOTICE or p.story.cat == "Thông báo"]
    shown = rows if page >= 2 else rows[:FIRST_BATCH]
    tabs = "".join(
        f'<a href="/tin-tuc?v={vid}" class="notion-collection__view-tab'
        f'{" active" if vid == (view or VIEW_LIST) else ""}">{esc(label)}</a>'
        for vid, label in VIEWS.items()
    )
    if view == VIEW_GALLERY:
        items = f'<div class="notion-collection-gallery medium">{"".join(map(gallery_card, shown))}</div>'
    else:
        items = f'<div class="notion-collection-list">{"".join(map(list_row, shown))}</div>'
    more = ""
    if len(shown) < len(rows):
        target = f"/tin-tuc?v={view}&amp;page={page + 1}" if view else f"/tin-tuc?page={page + 1}"
        more = (
            f'<a href="{target}" class="notion-collection__load-more" role="button">'
            '<svg viewBox="0 0 16 16" class="notion-collection__load-more-icon">'
            '<path d="M8 11L3 6h10z"/></svg>Tải thêm</a>'
        )
    main = (
        '<div class="notion-page notion-root max-width has-footer">'
        f"{_header('Tin tức', '📰', None)}"
        '<div class="notion-text">'
        f"{_sem('Tin hoạt động và thông báo của Trường THPT Mỹ Hương.')}</div>"
        '<div class="notion-collection page"><div class="notion-collection__header-wrapper">'
        f'<div class="notion-collection__view-tabs">{tabs}</div></div>'
        f"{items}{more}</div></div>"
    )
    return document(
        request,
        title="Tin tức",
        main=main,
        current="/tin-tuc",
        page_id="b0d2f4a6c8e04b2d4f6a8c0e1b3d5f7a",
        slug=["tin-tuc"],
        canonical="/tin-tuc",
        main_class="page__tin-tuc",
    )


LINKS = [
    ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("https://sgddt.cantho.gov.vn", "Sở Giáo dục và Đào tạo thành phố Cần Thơ"),
    ("https://cantho.gov.vn", "Cổng thông tin điện tử thành phố Cần Thơ"),
    ("https://hocbaso.cantho.edu.vn", "Hệ thống học bạ số"),
]


def home_page(request: Request) -> Response:
    cards = "".join(gallery_card(p) for p in POSTS[:6])
    links = "".join(
        '<li class="notion-list-item">'
        + _sem(f'<a href="{href}" class="notion-link" target="_blank">{esc(label)}</a>')
        + "</li>"
        for href, label in LINKS
    )
    left = (
        '<h2 class="notion-heading">' + _sem("Tin tức") + "</h2>"
        '<div class="notion-collection inline"><div class="notion-collection-gallery medium">'
        f"{cards}</div></div>"
        '<div class="notion-text">'
        + _sem('<a href="/tin-tuc" class="notion-link">Xem tất cả tin tức →</a>')
        + "</div>"
    )
    right = (
        '<h3 class="notion-heading">' + _sem("Liên kết website") + "</h3>"
        f'<ul class="notion-bulleted-list">{links}</ul>'
        '<h3 class="notion-heading">' + _sem("Thống kê truy cập") + "</h3>"
        '<div class="notion-embed"><iframe src="https://www.freevisitorcounters.com/en/home/'
        'counter/1183461/t/5" title="Bộ đếm" width="200" height="60"></iframe></div>'
    )
    main = (
        '<div class="notion-page notion-root max-width has-footer">'
        + _header(SCHOOL, "🏫", "/images/page-cover/rijksmuseum_vermeer_the_milkmaid.jpg")
        + '<div class="notion-callout bg-blue-light border"><div class="notion-callout__icon">'
        + _emoji("👋")
        + '</div><div class="notion-callout__content">'
        + _sem(
            "Chào mừng quý phụ huynh và các em học sinh đến với trang thông tin điện tử của "
            "Trường THPT Mỹ Hương."
        )
        + "</div></div>"
        '<div class="notion-column-list">'
        f'<div class="notion-column" style="width:calc((100% - 46px) * 0.6875)">{left}</div>'
        f'<div class="notion-column" style="width:calc((100% - 46px) * 0.3125)">{right}</div>'
        "</div></div>"
    )
    return document(
        request,
        title=SCHOOL,
        main=main,
        current="/",
        page_id=HOME_ID,
        slug=[],
        canonical="/",
        main_class="page__index",
    )


def _plain(post: Post) -> str:
    return " ".join(b.text for b in post.story.blocks if isinstance(b, P))


def search_page(request: Request) -> Response:
    query = unicodedata.normalize("NFC", request.params.get("q", "")).strip()
    results = ""
    if query:
        needle = query.casefold()
        hits = [
            p for p in POSTS if needle in p.story.title.casefold() or needle in _plain(p).casefold()
        ]
        items = "".join(
            f'<a href="{p.path}" class="super-search__result">'
            f'<div class="super-search__result-title">{esc(shown_title(p))}</div>'
            f'<div class="super-search__result-snippet">{esc(_plain(p)[:160])}…</div></a>'
            for p in hits
        )
        results = (
            f'<div class="super-search__count">{len(hits)}<!-- --> kết quả cho “<!-- -->'
            f"{esc(query)}<!-- -->”</div>"
            f'<div class="super-search__results">{items}</div>'
        )
    main = (
        '<div class="super-search max-width"><h1 class="super-search__title">Tìm kiếm</h1>'
        '<form action="/search" method="get" class="super-search__form">'
        f'<input type="search" name="q" value="{esc(query)}" placeholder="Nhập từ khóa…"/>'
        f"</form>{results}</div>"
    )
    return document(
        request,
        title="Tìm kiếm",
        main=main,
        current="",
        page_id="search",
        slug=["search"],
        main_class="page__search",
    )


# --- the site -------------------------------------------------------------------------------


def sitemap(request: Request) -> Response:
    base = base_url(request)
    entries = [("/", "2026-12-02"), ("/tin-tuc", "2026-12-02")]
    entries += [(page.path, page.lastmod) for page in PAGES]
    entries += [(post.path, post.lastmod) for post in POSTS]
    urls = "".join(
        f"<url><loc>{base}{path}</loc><lastmod>{lastmod}</lastmod></url>"
        for path, lastmod in entries
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


def robots(request: Request) -> Response:
    body = f"User-agent: *\nAllow: /\n\nSitemap: {base_url(request)}/sitemap.xml\n"
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


class SuperSite:
    """Routes as Super's Next.js server does: pretty paths, raw Notion ids, queries ignored on
    pages; a trailing slash is redirected away (308)."""

    def __init__(self) -> None:
        self.by_slug = {post.path: post for post in POSTS}
        self.by_id: dict[str, Post | Page] = {post.page_id: post for post in POSTS}
        self.by_id.update({page.page_id: page for page in PAGES})
        self.pages = {page.path: page for page in PAGES}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            return robots(request)
        if path == "/sitemap.xml":
            return sitemap(request)
        if (static := static_file(path)) is not None:
            return static
        if path != "/" and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return Response(308, b"", {"Location": target})
        if path == "/":
            return home_page(request)
        if path == "/tin-tuc":
            return news_page(request)
        if path == "/search":
            return search_page(request)
        if path in self.by_slug:
            return post_page(request, self.by_slug[path])
        if path in self.pages:
            return static_page(request, self.pages[path])
        raw = path.lstrip("/")
        if raw == HOME_ID:
            return home_page(request)
        found = self.by_id.get(raw)
        if isinstance(found, Post):
            return post_page(request, found)
        if isinstance(found, Page):
            return static_page(request, found)
        return None


def build_site() -> SuperSite:
    return SuperSite()
