"""Fixture portal: a lower-secondary school (Trường THCS Lý Tự Trọng, Đắk Lắk) on WordPress 6.6 + Kadence.

Imitates a school site built the way Vietnamese agencies build small WordPress sites today:
WordPress 6.6 in Vietnamese, the Kadence theme (header builder with a top bar, entry hero,
related-posts carousel, author box), the Kadence Blocks plugin (Advanced Heading, Info Box,
Table of Contents, Advanced Image), the block editor (Gutenberg), "Easy Table of Contents"
(``#ez-toc-container``, "Mục lục [Ẩn]", inserted before the first heading of long posts), "Post
Views Counter" ("Lượt xem: N", appended *inside* the content), Jetpack's sharing buttons
(``?share=facebook``, also appended inside the content), Contact Form 7 and the core
sitemaps. Permalinks are ``/%year%/%monthnum%/%day%/%postname%/``; Settings → Reading shows
three posts a page.

What it serves:

- posts ``/2026/11/24/<slug>/`` in three categories ("Tin tức" 7 posts → 3 listing pages,
  "Thông báo" 3, "Chuyên môn" 3 long professional posts), each printing ``rel=canonical``
  (absolute) and ``rel=shortlink`` ``/?p=ID``; ``/?p=ID`` answers 301 to the permalink, as
  ``redirect_canonical`` does;
- the post page: Kadence top bar (hotline, e-mail, today's date), branding, primary menu with a
  "Tin tức" dropdown, search toggle and search drawer, a mobile drawer repeating the menu; the
  entry hero (breadcrumbs, category, ``h1.entry-title``, entry-meta "Bởi <a>Tổ Ngữ văn</a>" ·
  "14 Tháng Mười Một, 2026" with a hidden ``time.updated`` of a later day); the featured image
  is only the hero's CSS background; ``div.entry-content.single-content`` with Gutenberg blocks;
  then tags, the author box (the account's bio), post navigation, "Bài viết liên quan" carousel,
  comments (with ``?replytocom=N`` reply links) and the comment form; a sidebar with search,
  "Bài viết mới" (dated), "Chuyên mục" (counts), the "Lịch" calendar widget and a visitor
  counter; a footer with address, phone and a Facebook page embed;
- listings: ``/chuyen-muc/<slug>/`` + ``/page/N/`` (Kadence's pagination nav), ``/tag/<slug>/``,
  ``/author/<account>/``, date archives ``/2026/``, ``/2026/11/``, ``/2026/11/14/`` (each
  paginated), search ``/?s=…``; a static front page with Kadence "Posts" blocks;
- non-articles: ``/gioi-thieu/``, ``/lien-he/`` (CF7), ``/thoi-khoa-bieu/`` (a table page),
  ``/tai-lieu/`` (a document library of PDF links), attachment pages
  ``/2026/11/20/<slug>/anh-N/`` (an entry title, a date and a picture: WordPress attachment
  pages), ``/author/…``, ``/tag/…``;
- feeds: ``/feed/`` (RSS 2.0, 10 newest, excerpt), ``/comments/feed/``, per-category,
  per-tag, per-author and per-post comment feeds, announced in ``<head>``; ``/wp-sitemap.xml``
  (announced in robots.txt) and its sub-sitemaps; oEmbed JSON and ``/<post>/embed/`` cards.

Traps: the calendar widget links every day with posts and the month before/after (on a month
archive it shows that month, so a walk steps through months); the day, month and year archives
and author/tag pages repeat every post; ``?replytocom=N`` answers 200 with the same post (same
canonical; listed as alt_paths); ``?share=facebook`` / ``?share=x`` answer 302 to the network;
``/?p=ID`` 301; ``/page/1/`` 301 to the listing; a page past the last answers 404 (Kadence's
404 page); every post has a ``/feed/`` and an ``/embed/`` twin; the attachment pages look like
posts (title, date) but are not articles.

Hard cases inside the content: Easy TOC's box repeats every heading (not body); a Kadence TOC
block does the same in one post; photos captioned by a *plain* centred paragraph right under
the image block (``<p class="has-text-align-center">…</p>``, no figcaption, no italics, no
parentheses), next to figcaptions, a gallery (each image's figcaption plus a gallery caption),
media-text, columns, quote, info box, Advanced Heading, tables with a figcaption, separators,
a file block; Post Views Counter and Jetpack's share box printed inside ``.entry-content``;
one post migrated from the classic editor (``[caption]`` figure, a centred italic
"(…)" line, ``<p>&nbsp;</p>`` spacers).

Gold judgement calls (by hand):
- published_at: the printed day ("14 Tháng Mười Một, 2026") alone; the ``datetime`` attribute's
  time is a machine time under a printed day; the hidden ``time.updated`` is never used.
- authors: a signature in the text wins ("Tin và ảnh: X", "Bài, ảnh: X" give X as author and
  photographer; "Tin: X" + "Ảnh: Y"; a name then a department line gives the name; "ThS. …
  - Phó Hiệu trưởng" and "GV. … - Tổ trưởng chuyên môn" give the bare name). When nothing
  signs the text, the posting account named after a unit ("Tổ Ngữ văn", "Tổ Văn phòng") is the
  author; the "admin" account credits nobody. "Nguồn: Báo Đắk Lắk" is the source.
- summary: only where the first paragraph is wholly bold (then it is also body paragraph 1);
  Kadence prints no excerpt on single posts.
- body: paragraphs, headings (h2/h3, Advanced Heading), list items, quote paragraphs, info-box
  title and text, both columns (left then right), the media-text paragraph and table rows
  (cells joined by " | ", header row first), in page order. Not body: TOC boxes, captions
  (figcaption, the plain centred line under a photo, the gallery caption, a table's caption),
  bylines, the department line, the file block, views, share box, tags, related, comments.
- images: every ``<img>`` of the content in order with its caption; the gallery's own caption
  belongs to no single photo and is dropped; a leading "Ảnh: " label and wrapping parentheses
  are taken off; images without a line under them have caption None; the hero background and
  related-post thumbnails are not article images.
- category: the hero breadcrumb's category.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_kadence_toc_thcs"
PLATFORM = "wordpress"
START_PATH = "/"

SITE = "Trường THCS Lý Tự Trọng"
TAGLINE = "Kỷ cương - Tình thương - Trách nhiệm"
ADDRESS = "Số 126 đường Y Jút, phường Buôn Ma Thuột, tỉnh Đắk Lắk"
PHONE = "0262 3 852 417"
HOTLINE = "0915 427 318"
EMAIL = "thcslytutrong.bmt@daklak.edu.vn"
PER_PAGE = 3
FEED_SIZE = 10
UP = "/wp-content/uploads"
_LOCAL = timezone(timedelta(hours=7))
TODAY_DATE = date(2026, 11, 25)

CATS: dict[str, tuple[int, str]] = {
    "tin-tuc": (2, "Tin tức"),
    "thong-bao": (3, "Thông báo"),
    "chuyen-mon": (4, "Chuyên môn"),
}
#: author accounts: slug -> (display name, bio)
ACCOUNTS: dict[str, tuple[str, str]] = {
    "admin": ("admin", ""),
    "to-ngu-van": ("Tổ Ngữ văn", "Tổ Ngữ văn - Lịch sử - GDCD gồm 11 giáo viên, phụ trách các môn Ngữ văn, Lịch sử và Địa lí, GDCD."),
    "to-khtn": ("Tổ Khoa học tự nhiên", "Tổ Khoa học tự nhiên phụ trách môn Khoa học tự nhiên và Công nghệ các khối lớp 6 - 9."),
    "to-toan-tin": ("Tổ Toán - Tin", "Tổ Toán - Tin học có 9 giáo viên, nhiều năm liền đạt danh hiệu Tập thể lao động tiên tiến."),
    "to-van-phong": ("Tổ Văn phòng", "Tổ Văn phòng phụ trách công tác văn thư, hành chính, kế toán và y tế trường học."),
    "lien-doi": ("Liên đội", "Liên đội Trường THCS Lý Tự Trọng - Liên đội vững mạnh xuất sắc cấp tỉnh."),
}  # fmt: skip
TAGS: dict[str, str] = {
    "20-11": "20/11",
    "doi-thieu-nien": "Đội Thiếu niên",
    "kiem-tra-danh-gia": "Kiểm tra đánh giá",
    "sinh-hoat-chuyen-mon": "Sinh hoạt chuyên môn",
    "trai-nghiem": "Trải nghiệm",
    "an-toan-truong-hoc": "An toàn trường học",
}


# --- markers inside a story's blocks (not text of the gold) ---------------------------------


@dataclass(frozen=True)
class Sep:
    """``wp-block-separator``: an ``<hr>`` between parts."""


@dataclass(frozen=True)
class Toc:
    """Where a Kadence Table of Contents block sits (Easy TOC places itself)."""


@dataclass(frozen=True)
class GalCap:
    """The caption of the gallery just before it (``figcaption.blocks-gallery-caption``)."""

    text: str


@dataclass(frozen=True)
class TabCap:
    """The caption of the table just before it."""

    text: str


@dataclass(frozen=True)
class FileBlock:
    """``wp-block-file``: a PDF with a "Tải về" button and an embed."""

    href: str
    name: str


def _img(name: str, size: str = "-1024x683") -> str:
    return f"{UP}/{name}{size}.jpg"


# Story.opts: at (local datetime of publication), mod (last modified), user (account slug),
# tags, toc ("ez" = Easy TOC), thumb (featured image file, shown as hero background),
# comments [(id, name, when, text, parent)], gallery_links (gallery images link to attachment
# pages), classic (content from the classic editor).
# P styles: "" | lead (wholly bold) | h2 | h3 | kh2 (Kadence Advanced Heading) | ul | ol | quote
# | info_t / info_x (Kadence info box) | col1 / col2 (columns) | mt (media-text) | th / tr
# (table rows, cells " | ") | a:<href>:<phrase> (a link inside the paragraph).
# Img styles: fig | fig0 | plain (centred plain paragraph under the block) | plainem (centred
# italic small paragraph) | gal | mt | kimg (Kadence Advanced Image) | wpcap (classic [caption])
# | paren (classic centred image, then a centred italic "(…)" line) | cimg (classic, no line).
STORIES: list[Story] = [
    Story(
        id=1452,
        slug="hoc-sinh-trai-nghiem-mo-hinh-vuon-rau-sach-trong-truong",
        title="Học sinh trải nghiệm mô hình vườn rau sạch trong trường",
        cat="tin-tuc",
        published_at="2026-11-24",
        summary=(
            "Từ đầu năm học 2026 - 2027, mô hình “Vườn rau em chăm” rộng gần 300 m² phía sau dãy"
            " phòng học bộ môn đã trở thành lớp học ngoài trời của học sinh khối 6 và khối 7."
        ),
        blocks=[
            P(
                "Từ đầu năm học 2026 - 2027, mô hình “Vườn rau em chăm” rộng gần 300 m² phía sau dãy"
                " phòng học bộ môn đã trở thành lớp học ngoài trời của học sinh khối 6 và khối 7.",
                "lead",
            ),
            P(
                "Mỗi lớp được giao chăm sóc hai luống rau. Các em tự làm đất, gieo hạt, tưới nước và"
                " ghi nhật ký theo dõi sự phát triển của cây. Những tiết Khoa học tự nhiên về quang"
                " hợp, sinh trưởng và phát triển ở thực vật được giáo viên tổ chức ngay tại vườn."
            ),
            Img(
                _img("2026/11/vuon-rau-1"),
                "Học sinh tham gia trải nghiệm tại vườn rau",
                "Học sinh tham gia trải nghiệm tại vườn rau",
                "plain",
            ),
            P(
                "Em Hoàng Gia Bảo, lớp 7A3, chia sẻ: “Trước đây em chỉ biết rau mua ở chợ. Tự tay"
                " trồng cây, em hiểu vì sao phải tưới đủ nước và vì sao cây cần ánh sáng. Thứ Bảy"
                " nào em cũng xin bố mẹ cho lên trường thăm vườn”."
            ),
            Img(_img("2026/11/vuon-rau-2"), None, None, "mt"),
            P(
                "Rau thu hoạch được các lớp mang đến bếp ăn bán trú của nhà trường. Phần rau còn lại"
                " được bán gây quỹ, số tiền dùng để mua hạt giống cho vụ sau và tặng bạn học sinh có"
                " hoàn cảnh khó khăn.",
                "mt",
            ),
            P(
                "Sau ba tháng triển khai, vườn rau đã cho thu hoạch hơn 180 kg rau cải, mồng tơi,"
                " rau muống. Nhà trường dự kiến mở rộng mô hình sang trồng cây dược liệu vào học kỳ"
                " II."
            ),
            Img(
                _img("2026/11/vuon-rau-3"),
                "Thầy Lê Văn Dũng hướng dẫn học sinh ghi nhật ký theo dõi cây trồng",
                "Thầy Lê Văn Dũng hướng dẫn học sinh ghi nhật ký theo dõi cây trồng",
                "plain",
            ),
            Raw(
                '<p class="has-text-align-right"><strong>Nguyễn Thị Hoa</strong></p>\n'
                '<p class="has-text-align-right">Giáo viên Tổ Khoa học tự nhiên</p>'
            ),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={
            "at": datetime(2026, 11, 24, 15, 42, 10),
            "mod": datetime(2026, 11, 25, 7, 5, 44),
            "user": "to-khtn",
            "tags": ["trai-nghiem"],
            "thumb": "2026/11/vuon-rau-1",
            "comments": [
                (213, "Phụ huynh lớp 7A3", datetime(2026, 11, 24, 20, 11), "Mô hình rất ý nghĩa, con tôi về nhà kể mãi về luống cải của lớp.", 0),
                (214, "Nguyễn Thị Hoa", datetime(2026, 11, 24, 21, 3), "Cảm ơn phụ huynh đã quan tâm, đồng hành cùng nhà trường ạ.", 213),
            ],
        },
    ),
    Story(
        id=1436,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-21",
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra"
                " cuối học kỳ I các môn học đánh giá bằng điểm số như sau:"
            ),
            P("Ngày | Buổi sáng (khối 8, 9) | Buổi chiều (khối 6, 7)", "th"),
            P("Thứ Hai, 21/12/2026 | Ngữ văn (90 phút) | Ngữ văn (90 phút)", "tr"),
            P("Thứ Ba, 22/12/2026 | Toán (90 phút) | Toán (90 phút)", "tr"),
            P("Thứ Tư, 23/12/2026 | Tiếng Anh (60 phút) | Khoa học tự nhiên (60 phút)", "tr"),
            P("Thứ Năm, 24/12/2026 | Khoa học tự nhiên (60 phút) | Tiếng Anh (60 phút)", "tr"),
            TabCap("Bảng 1. Lịch kiểm tra tập trung cuối học kỳ I"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ"
                " chuyên môn, hoàn thành trước ngày 26/12/2026."
            ),
            P("Lưu ý đối với học sinh", "info_t"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh;"
                " không mang điện thoại, tài liệu vào phòng kiểm tra.",
                "info_x",
            ),
            P("Giáo viên chủ nhiệm có trách nhiệm:"),
            P("Phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh;", "ul"),
            P("Nhắc nhở học sinh ôn tập theo đề cương của các tổ chuyên môn;", "ul"),
            P("Báo cáo Ban giám hiệu các trường hợp học sinh vắng kiểm tra có lý do.", "ul"),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "at": datetime(2026, 11, 21, 9, 30, 2),
            "mod": datetime(2026, 11, 23, 16, 40, 0),
            "user": "to-van-phong",
            "tags": ["kiem-tra-danh-gia"],
        },
    ),
    Story(
        id=1410,
        slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-20",
        blocks=[
            P(
                "Sáng 20/11/2026, Trường THCS Lý Tự Trọng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự có đại diện lãnh đạo Đảng ủy,"
                " UBND phường Buôn Ma Thuột, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo"
                " và hơn 1.200 học sinh."
            ),
            Img(
                _img("2026/11/le-20-11-khai-mac"),
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9A1",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9A1",
                "fig",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Phan Văn Thắng ôn lại truyền thống tôn sư"
                " trọng đạo của dân tộc và điểm lại những kết quả nổi bật của nhà trường trong năm"
                " học vừa qua: 96% học sinh được công nhận tốt nghiệp THCS loại khá, giỏi; 38 học"
                " sinh đạt giải học sinh giỏi cấp tỉnh."
            ),
            P(
                "Nghề dạy học là nghề cao quý nhất trong những nghề cao quý. Mỗi thầy cô hãy là một"
                " tấm gương sáng về đạo đức, tự học và sáng tạo để học trò noi theo.",
                "quote",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi"
                " cấp trường và 5 tập thể lớp có thành tích xuất sắc trong đợt thi đua chào mừng Ngày"
                " Nhà giáo Việt Nam."
            ),
            P("Một số hình ảnh tại buổi lễ:"),
            Img(_img("2026/11/anh-1"), "Đại biểu tặng hoa chúc mừng tập thể giáo viên", "Đại biểu tặng hoa chúc mừng tập thể giáo viên", "gal"),
            Img(_img("2026/11/anh-2"), "Các thế hệ thầy cô giáo chụp ảnh lưu niệm", "Các thế hệ thầy cô giáo chụp ảnh lưu niệm", "gal"),
            Img(_img("2026/11/anh-3"), "Khen thưởng giáo viên dạy giỏi cấp trường", "Khen thưởng giáo viên dạy giỏi cấp trường", "gal"),
            Img(_img("2026/11/anh-4"), "Học sinh tri ân thầy cô", "Học sinh tri ân thầy cô", "gal"),
            GalCap("Những khoảnh khắc đẹp trong ngày 20/11"),
            Raw('<p class="has-text-align-right"><strong>Tin và ảnh: Lê Minh Tâm</strong></p>'),
        ],
        authors=["Lê Minh Tâm"],
        photographers=["Lê Minh Tâm"],
        opts={
            "at": datetime(2026, 11, 20, 14, 5, 37),
            "mod": datetime(2026, 11, 20, 14, 5, 37),
            "user": "admin",
            "tags": ["20-11"],
            "thumb": "2026/11/le-20-11-khai-mac",
            "gallery_links": True,
            "comments": [
                (201, "Cựu học sinh khóa 2015", datetime(2026, 11, 20, 19, 48), "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công!", 0),
                (202, "Trần Thị Mai", datetime(2026, 11, 21, 6, 15), "Buổi lễ thật ấm áp. Cảm ơn nhà trường đã chia sẻ hình ảnh.", 0),
            ],
        },
    ),
    Story(
        id=1395,
        slug="ke-hoach-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="chuyen-mon",
        published_at="2026-11-17",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 215/KH-THCSLTT ngày 05/9/2026 về nhiệm vụ năm học 2026 - 2027,"
                " Trường THCS Lý Tự Trọng xây dựng kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp"
                " trường như sau."
            ),
            P("1. Mục đích, yêu cầu", "h2"),
            P(
                "Đánh giá năng lực chuyên môn, nghiệp vụ của giáo viên; phát hiện, bồi dưỡng giáo viên"
                " dạy giỏi để làm nòng cốt chuyên môn và tham gia hội thi cấp tỉnh.",
                "ul",
            ),
            P(
                "Tạo cơ hội để giáo viên chia sẻ kinh nghiệm đổi mới phương pháp dạy học, kiểm tra,"
                " đánh giá theo định hướng phát triển phẩm chất, năng lực học sinh.",
                "ul",
            ),
            P("Hội thi được tổ chức nghiêm túc, khách quan, công bằng, không gây áp lực.", "ul"),
            Sep(),
            P("2. Nội dung và hình thức", "h2"),
            P("2.1. Đối tượng dự thi", "h3"),
            P(
                "Giáo viên đang trực tiếp giảng dạy tại trường, có từ 02 năm công tác trở lên, được"
                " đánh giá chuẩn nghề nghiệp mức khá trở lên trong năm học 2025 - 2026."
            ),
            P("2.2. Nội dung thi", "h3"),
            P("Thi năng lực: trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn (15 phút).", "ol"),
            P("Thi thực hành: dạy 02 tiết trên lớp, trong đó 01 tiết tự chọn và 01 tiết bốc thăm.", "ol"),
            P("Đánh giá tiết dạy", "info_t"),
            P(
                "Tiết dạy được đánh giá theo Công văn 5512/BGDĐT-GDTrH; giáo viên đạt khi cả hai tiết"
                " được xếp loại Tốt và điểm thi năng lực từ 7,0 trở lên.",
                "info_x",
            ),
            Sep(),
            P("3. Thời gian tổ chức", "h2"),
            P("Nội dung | Thời gian | Địa điểm", "th"),
            P("Đăng ký dự thi | Trước 25/11/2026 | Tổ chuyên môn", "tr"),
            P("Thi năng lực | 01/12/2026 | Phòng họp Hội đồng", "tr"),
            P("Thi thực hành | 02/12 - 12/12/2026 | Các lớp theo lịch", "tr"),
            P("Tổng kết, khen thưởng | 18/12/2026 | Hội trường", "tr"),
            TabCap("Lịch tổ chức Hội thi"),
            Sep(),
            P("4. Tổ chức thực hiện", "h2"),
            P(
                "Các tổ trưởng chuyên môn phổ biến kế hoạch đến giáo viên, lập danh sách đăng ký dự thi"
                " gửi về Phó Hiệu trưởng phụ trách chuyên môn đúng thời hạn. Ban tổ chức sẽ thông báo"
                " lịch thi cụ thể sau khi tổng hợp danh sách."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>ThS. Trần Văn Long - Phó Hiệu trưởng</strong></p>'
            ),
        ],
        authors=["Trần Văn Long"],
        opts={
            "at": datetime(2026, 11, 17, 10, 12, 55),
            "mod": datetime(2026, 11, 18, 8, 0, 0),
            "user": "to-toan-tin",
            "tags": ["sinh-hoat-chuyen-mon"],
            "toc": "ez",
        },
    ),
    Story(
        id=1378,
        slug="hoi-khoe-phu-dong-cap-truong-san-choi-bo-ich-cho-hoc-sinh",
        title="Hội khỏe Phù Đổng cấp trường: sân chơi bổ ích cho học sinh",
        cat="tin-tuc",
        published_at="2026-11-14",
        blocks=[
            P(
                "Trong hai ngày 12 và 13/11/2026, Liên đội Trường THCS Lý Tự Trọng tổ chức Hội khỏe"
                " Phù Đổng cấp trường với sự tham gia của hơn 400 vận động viên đến từ 32 chi đội."
            ),
            Img(
                _img("2026/11/hkpd-keo-co"),
                "Ảnh: Phần thi kéo co của khối 8 diễn ra sôi nổi",
                "Phần thi kéo co của khối 8 diễn ra sôi nổi",
                "fig",
            ),
            P(
                "Các em tranh tài ở 6 môn: điền kinh, kéo co, cờ vua, bóng đá mini, cầu lông và đá"
                " cầu. Các trận đấu diễn ra sôi nổi, đúng luật, thể hiện tinh thần đoàn kết, trung"
                " thực và cao thượng."
            ),
            P(
                "Khối 6, 7: giải Nhất toàn đoàn thuộc về chi đội 7A2, giải Nhì chi đội 6A5, giải Ba"
                " chi đội 7A1.",
                "col1",
            ),
            P(
                "Khối 8, 9: giải Nhất toàn đoàn thuộc về chi đội 9A3, giải Nhì chi đội 8A1, giải Ba"
                " chi đội 9A6.",
                "col2",
            ),
            Img(_img("2026/11/hkpd-co-vua"), None, None, "fig0"),
            P(
                "Qua hội thi, Liên đội chọn 24 vận động viên tiêu biểu để thành lập đội tuyển tham dự"
                " Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
            Raw('<p class="has-text-align-right"><strong>Bài, ảnh: Phạm Thu Trang</strong></p>'),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Phạm Thu Trang"],
        opts={
            "at": datetime(2026, 11, 14, 16, 20, 3),
            "mod": datetime(2026, 11, 14, 16, 20, 3),
            "user": "lien-doi",
            "tags": ["doi-thieu-nien"],
            "thumb": "2026/11/hkpd-keo-co",
        },
    ),
    Story(
        id=1360,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-van-ban-nghi-luan-lop-9",
        title="Chuyên đề: Dạy học phát triển năng lực đọc hiểu văn bản nghị luận lớp 9",
        cat="chuyen-mon",
        published_at="2026-11-12",
        blocks=[
            P(
                "Ngày 10/11/2026, Tổ Ngữ văn tổ chức chuyên đề “Dạy học phát triển năng lực đọc hiểu"
                " văn bản nghị luận lớp 9” theo Chương trình giáo dục phổ thông 2018, với sự tham dự"
                " của Ban giám hiệu và toàn thể giáo viên trong tổ."
            ),
            Toc(),
            P("I. Đặt vấn đề", "kh2"),
            P(
                "Văn bản nghị luận chiếm thời lượng lớn trong sách giáo khoa Ngữ văn 9, nhưng nhiều học"
                " sinh còn lúng túng khi xác định luận đề, luận điểm, lí lẽ và bằng chứng. Kết quả khảo"
                " sát đầu năm cho thấy chỉ 54% học sinh khối 9 trả lời đúng các câu hỏi về cách triển"
                " khai lập luận."
            ),
            Sep(),
            P("II. Nội dung chuyên đề", "kh2"),
            P(
                "Tổ chuyên môn đề xuất quy trình bốn bước khi dạy đọc hiểu một văn bản nghị luận:"
            ),
            P("Đọc lướt để nhận diện vấn đề nghị luận và nhan đề;", "ol"),
            P("Lập sơ đồ luận điểm - lí lẽ - bằng chứng;", "ol"),
            P("Đánh giá tính thuyết phục của lập luận;", "ol"),
            P("Liên hệ, vận dụng vào bài viết của bản thân.", "ol"),
            Img(
                _img("2026/11/chuyen-de-ngu-van"),
                "Cô Đặng Thu Hà dạy minh họa tiết đọc hiểu tại lớp 9A2",
                "Cô Đặng Thu Hà dạy minh họa tiết đọc hiểu tại lớp 9A2",
                "fig",
            ),
            P(
                "Đọc hiểu không chỉ là trả lời câu hỏi, mà là học cách nghĩ, cách lập luận để các em tự"
                " tin bày tỏ quan điểm của mình.",
                "quote",
            ),
            Sep(),
            P("III. Kết luận", "kh2"),
            P(
                "Chuyên đề được đánh giá có tính ứng dụng cao. Tổ Ngữ văn thống nhất áp dụng quy trình"
                " trên trong các tiết đọc hiểu văn bản nghị luận từ học kỳ I và sẽ đánh giá hiệu quả"
                " sau kỳ kiểm tra cuối học kỳ."
            ),
        ],
        authors=["Tổ Ngữ văn"],
        opts={
            "at": datetime(2026, 11, 12, 8, 47, 19),
            "mod": datetime(2026, 11, 13, 21, 15, 0),
            "user": "to-ngu-van",
            "tags": ["sinh-hoat-chuyen-mon"],
            "thumb": "2026/11/chuyen-de-ngu-van",
            "toc": "kb",
        },
    ),
    Story(
        id=1347,
        slug="thong-bao-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
        title="Thông báo họp cha mẹ học sinh giữa học kỳ I",
        cat="thong-bao",
        published_at="2026-11-09",
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh toàn trường vào lúc 7 giờ 30 phút, Chủ nhật"
                " ngày 15/11/2026 tại các phòng học của lớp."
            ),
            P("Nội dung cuộc họp:"),
            P("Thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh;", "ul"),
            P("Phổ biến lịch kiểm tra cuối học kỳ I và kế hoạch ôn tập;", "ul"),
            P("Trao đổi về công tác phối hợp giáo dục giữa gia đình và nhà trường.", "ul"),
            P(
                "Kính mong quý cha mẹ học sinh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Thư mời họp"
                " được gửi kèm theo thông báo này."
            ),
            FileBlock(f"{UP}/2026/11/thu-moi-hop-cmhs-giua-hk1.pdf", "thu-moi-hop-cmhs-giua-hk1"),
        ],
        opts={
            "at": datetime(2026, 11, 9, 17, 2, 41),
            "mod": datetime(2026, 11, 9, 17, 2, 41),
            "user": "admin",
            "tags": [],
        },
    ),
    Story(
        id=1335,
        slug="tuyen-truyen-phong-chong-duoi-nuoc-va-an-toan-giao-thong-cho-hoc-sinh",
        title="Tuyên truyền phòng, chống đuối nước và an toàn giao thông cho học sinh",
        cat="tin-tuc",
        published_at="2026-11-05",
        blocks=[
            P(
                "Chiều 03/11/2026, Công an phường Buôn Ma Thuột phối hợp với Trường THCS Lý Tự Trọng"
                " tổ chức buổi tuyên truyền phòng, chống đuối nước và bảo đảm trật tự an toàn giao"
                " thông cho gần 600 học sinh khối 8 và khối 9."
            ),
            Img(
                _img("2026/11/tuyen-truyen-atgt-1"),
                "Cán bộ Công an phường tuyên truyền Luật Trật tự, an toàn giao thông đường bộ",
                "Cán bộ Công an phường tuyên truyền Luật Trật tự, an toàn giao thông đường bộ",
                "wpcap",
            ),
            P(
                "Tại buổi tuyên truyền, học sinh được nghe phân tích các vụ tai nạn giao thông liên"
                " quan đến người chưa đủ tuổi điều khiển xe máy, những lỗi vi phạm thường gặp và mức"
                " xử phạt đối với cha mẹ khi giao xe cho con chưa đủ tuổi."
            ),
            P(
                "Phần hướng dẫn kỹ năng phòng, chống đuối nước thu hút sự quan tâm của học sinh. Các em"
                " được thực hành cách tự cứu khi bị chuột rút, cách hỗ trợ người bị đuối nước an toàn"
                " và sơ cứu ban đầu."
            ),
            Img(
                _img("2026/11/tuyen-truyen-atgt-2"),
                "(Học sinh thực hành kỹ năng sơ cứu người bị đuối nước)",
                "Học sinh thực hành kỹ năng sơ cứu người bị đuối nước",
                "paren",
            ),
            P(
                "Dịp này, 100% học sinh khối 8, 9 ký cam kết không điều khiển xe mô tô, xe gắn máy khi"
                " chưa đủ tuổi và không tự ý đi tắm ở sông, suối, ao hồ."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Hoàng Anh</strong></p>\n'
                '<p style="text-align: right;"><em>Nguồn: Báo Đắk Lắk</em></p>'
            ),
        ],
        authors=["Hoàng Anh"],
        source="Báo Đắk Lắk",
        opts={
            "at": datetime(2026, 11, 5, 9, 0, 0),
            "mod": datetime(2026, 11, 6, 10, 30, 0),
            "user": "admin",
            "tags": ["an-toan-truong-hoc"],
            "thumb": "2026/11/tuyen-truyen-atgt-1",
            "classic": True,
        },
    ),
    Story(
        id=1312,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-khoa-hoc-tu-nhien-8",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Khoa học tự nhiên 8",
        cat="chuyen-mon",
        published_at="2026-10-29",
        blocks=[
            P(
                "Nhằm đổi mới hình thức sinh hoạt chuyên môn, ngày 27/10/2026 Tổ Khoa học tự nhiên tổ"
                " chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài “Tốc độ phản ứng và"
                " chất xúc tác” (Khoa học tự nhiên 8)."
            ),
            P("1. Mục tiêu", "h2"),
            P("Giúp giáo viên quan sát, phân tích hoạt động học của học sinh thay vì chỉ nhận xét giáo viên;", "ul"),
            P("Tìm nguyên nhân học sinh gặp khó khăn và đề xuất cách điều chỉnh bài dạy;", "ul"),
            P("Xây dựng văn hóa chia sẻ, học hỏi lẫn nhau trong tổ chuyên môn.", "ul"),
            Sep(),
            P("2. Nội dung", "h2"),
            P("2.1. Tiết dạy minh họa", "h3"),
            P(
                "Cô Võ Thị Hạnh dạy minh họa tại lớp 8A4. Học sinh làm thí nghiệm so sánh tốc độ phản"
                " ứng của viên sủi trong nước nóng và nước lạnh, sau đó thảo luận nhóm để rút ra các"
                " yếu tố ảnh hưởng đến tốc độ phản ứng."
            ),
            Img(
                _img("2026/10/shcm-khtn-thi-nghiem"),
                "Nhóm học sinh lớp 8A4 tiến hành thí nghiệm",
                "Nhóm học sinh lớp 8A4 tiến hành thí nghiệm",
                "plain",
            ),
            P("2.2. Thảo luận sau tiết dạy", "h3"),
            P(
                "Giáo viên dự giờ ghi nhận: đa số nhóm hoàn thành thí nghiệm đúng thời gian, nhưng hai"
                " nhóm cuối lớp chưa biết cách ghi kết quả vào phiếu học tập. Tổ thống nhất điều chỉnh"
                " phiếu học tập theo hướng có bảng kẻ sẵn và câu hỏi gợi mở."
            ),
            Img(
                _img("2026/10/shcm-khtn-thao-luan"),
                "Giáo viên trong tổ thảo luận, chia sẻ sau tiết dạy",
                "Giáo viên trong tổ thảo luận, chia sẻ sau tiết dạy",
                "kimg",
            ),
            Sep(),
            P("3. Kết quả", "h2"),
            P(
                "Bài học sau khi điều chỉnh sẽ được dạy lại tại lớp 8A6 vào tuần 10. Tổ chuyên môn"
                " đăng ký thực hiện mỗi tháng một chuyên đề sinh hoạt theo nghiên cứu bài học."
            ),
            Raw('<p class="has-text-align-right"><strong>GV. Lê Văn Dũng - Tổ trưởng chuyên môn</strong></p>'),
        ],
        authors=["Lê Văn Dũng"],
        opts={
            "at": datetime(2026, 10, 29, 20, 31, 6),
            "mod": datetime(2026, 11, 2, 9, 10, 0),
            "user": "to-khtn",
            "tags": ["sinh-hoat-chuyen-mon"],
            "thumb": "2026/10/shcm-khtn-thi-nghiem",
            "toc": "ez",
        },
    ),
    Story(
        id=1290,
        slug="ra-mat-cau-lac-bo-tieng-anh-english-club-nam-hoc-2026-2027",
        title="Ra mắt Câu lạc bộ Tiếng Anh “English Club” năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-10-22",
        blocks=[
            P(
                "Chiều 20/10/2026, Trường THCS Lý Tự Trọng tổ chức lễ ra mắt Câu lạc bộ Tiếng Anh"
                " “English Club” với 65 thành viên là học sinh các khối lớp."
            ),
            Img(
                _img("2026/10/english-club-1"),
                "Thành viên câu lạc bộ biểu diễn tiểu phẩm “The Little Prince”",
                "Thành viên câu lạc bộ biểu diễn tiểu phẩm “The Little Prince”",
                "fig",
            ),
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Năm hằng tuần với các hoạt động: hùng biện, kể"
                " chuyện, đóng kịch, đố vui và giao lưu trực tuyến với học sinh trường bạn. Giáo viên"
                " tổ Ngoại ngữ luân phiên hướng dẫn."
            ),
            Img(_img("2026/10/english-club-2"), None, None, "fig0"),
            P(
                "Việc thành lập câu lạc bộ tạo môi trường để học sinh rèn luyện kỹ năng nghe, nói, tự"
                " tin giao tiếp bằng tiếng Anh."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>Tin: Đỗ Quỳnh Như</strong><br>'
                "<strong>Ảnh: Trần Khánh</strong></p>"
            ),
        ],
        authors=["Đỗ Quỳnh Như"],
        photographers=["Trần Khánh"],
        opts={
            "at": datetime(2026, 10, 22, 11, 18, 44),
            "mod": datetime(2026, 10, 22, 11, 18, 44),
            "user": "admin",
            "tags": [],
            "thumb": "2026/10/english-club-1",
        },
    ),
    Story(
        id=1268,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-mua-lu-ngay-16-10-2026",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh mưa lũ ngày 16/10/2026",
        cat="thong-bao",
        published_at="2026-10-15",
        blocks=[
            P(
                "Thực hiện Công văn số 1847/SGDĐT-VP ngày 15/10/2026 của Sở Giáo dục và Đào tạo về"
                " việc chủ động ứng phó với mưa lũ, nhà trường thông báo cho toàn bộ học sinh nghỉ học"
                " ngày thứ Sáu, 16/10/2026.",
                "a:/wp-content/uploads/2026/10/cv-1847-sgddt-vp.pdf:Công văn số 1847/SGDĐT-VP",
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến cha mẹ học sinh qua nhóm Zalo của lớp, nhắc học sinh"
                " không đến gần khu vực sông, suối, cống thoát nước. Học sinh đi học trở lại vào thứ"
                " Hai, 19/10/2026."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "at": datetime(2026, 10, 15, 18, 55, 0),
            "mod": datetime(2026, 10, 15, 19, 2, 0),
            "user": "to-van-phong",
            "tags": ["an-toan-truong-hoc"],
        },
    ),
    Story(
        id=1251,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-10-08",
        summary=(
            "Hội nghị đã thông qua các chỉ tiêu thi đua của năm học 2026 - 2027 và bầu Ban Thanh"
            " tra nhân dân nhiệm kỳ mới."
        ),
        blocks=[
            P(
                "Hội nghị đã thông qua các chỉ tiêu thi đua của năm học 2026 - 2027 và bầu Ban Thanh"
                " tra nhân dân nhiệm kỳ mới.",
                "lead",
            ),
            P(
                "Sáng 06/10/2026, Trường THCS Lý Tự Trọng tổ chức Hội nghị viên chức, người lao động"
                " năm học 2026 - 2027 với sự tham dự của 78 cán bộ, giáo viên, nhân viên."
            ),
            Img(
                _img("2026/10/hoi-nghi-vien-chuc"),
                "Thầy Phan Văn Thắng, Hiệu trưởng nhà trường, báo cáo tại hội nghị",
                "Thầy Phan Văn Thắng, Hiệu trưởng nhà trường, báo cáo tại hội nghị",
                "kimg",
            ),
            P(
                "Hội nghị tập trung thảo luận dự thảo quy chế chi tiêu nội bộ, quy chế dân chủ ở cơ sở"
                " và kế hoạch bồi dưỡng học sinh giỏi lớp 9. Các ý kiến đóng góp thẳng thắn, xây dựng."
            ),
            P(
                "Toàn thể viên chức, người lao động đã ký giao ước thi đua, quyết tâm hoàn thành xuất"
                " sắc nhiệm vụ năm học."
            ),
            Raw('<p class="has-text-align-right"><strong>Bài, ảnh: Vũ Hoàng Yến</strong></p>'),
        ],
        authors=["Vũ Hoàng Yến"],
        photographers=["Vũ Hoàng Yến"],
        opts={
            "at": datetime(2026, 10, 8, 10, 3, 12),
            "mod": datetime(2026, 10, 8, 10, 3, 12),
            "user": "admin",
            "tags": [],
            "thumb": "2026/10/hoi-nghi-vien-chuc",
        },
    ),
    Story(
        id=1204,
        slug="ron-rang-le-khai-giang-nam-hoc-moi-2026-2027",
        title="Rộn ràng Lễ khai giảng năm học mới 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-09-05",
        summary=(
            "Hòa chung không khí cả nước, sáng 05/9/2026, hơn 1.200 học sinh Trường THCS Lý Tự"
            " Trọng hân hoan bước vào năm học mới 2026 - 2027."
        ),
        blocks=[
            P(
                "Hòa chung không khí cả nước, sáng 05/9/2026, hơn 1.200 học sinh Trường THCS Lý Tự"
                " Trọng hân hoan bước vào năm học mới 2026 - 2027.",
                "lead",
            ),
            P(
                "Năm học này, nhà trường có 32 lớp, trong đó 8 lớp 6 với 315 học sinh. Cơ sở vật chất"
                " được bổ sung 4 phòng học bộ môn và một thư viện thân thiện."
            ),
            Img(
                _img("2026/09/khai-giang-lop-6"),
                "Học sinh lớp 6 lần đầu dự lễ khai giảng",
                "Học sinh lớp 6 lần đầu dự lễ khai giảng",
                "plainem",
            ),
            P(
                "Thay mặt nhà trường, thầy Hiệu trưởng Phan Văn Thắng đọc thư của Chủ tịch nước gửi"
                " ngành giáo dục và đánh hồi trống khai trường, chính thức mở đầu năm học mới."
            ),
            Img(_img("2026/09/khai-giang-trong-truong"), None, None, "fig0"),
            P(
                "Cũng tại buổi lễ, Hội Khuyến học phường trao 20 suất học bổng cho học sinh vượt khó"
                " học tốt, mỗi suất trị giá 1.000.000 đồng."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Ngọc Diệp</strong></p>'),
        ],
        authors=["Ngọc Diệp"],
        photographers=["Ngọc Diệp"],
        opts={
            "at": datetime(2026, 9, 5, 11, 30, 0),
            "mod": datetime(2026, 9, 6, 8, 0, 0),
            "user": "admin",
            "tags": [],
            "thumb": "2026/09/khai-giang-lop-6",
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_NEWEST = sorted(STORIES, key=lambda s: s.opts["at"], reverse=True)


def article_path(story: Story) -> str:
    at: datetime = story.opts["at"]
    return f"/{at:%Y/%m/%d}/{story.slug}/"


def newest(cat: str | None = None, tag: str | None = None, user: str | None = None) -> list[Story]:
    return [
        s
        for s in _NEWEST
        if (cat is None or s.cat == cat)
        and (tag is None or tag in s.opts["tags"])
        and (user is None or s.opts["user"] == user)
    ]


def attachments(story: Story) -> list[tuple[str, Img]]:
    """Attachment pages the gallery links to: (path, image)."""
    if not story.opts.get("gallery_links"):
        return []
    out = []
    for img in story.images:
        if img.style == "gal":
            slug = img.src.rsplit("/", 1)[1].rsplit("-1024x683", 1)[0]
            out.append((article_path(story) + slug + "/", img))
    return out


def replytocom_paths(story: Story) -> list[str]:
    return [f"{article_path(story)}?replytocom={c[0]}" for c in story.opts.get("comments", [])]


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat][1], alt_paths=replytocom_paths(s)) for s in STORIES
]
for _g in GOLD:
    if not _g.get("alt_paths"):
        _g.pop("alt_paths", None)

NON_ARTICLES: list[str] = [
    "/",
    *(f"/chuyen-muc/{c}/" for c in CATS),
    "/chuyen-muc/tin-tuc/page/2/",
    "/chuyen-muc/tin-tuc/page/3/",
    "/gioi-thieu/",
    "/lien-he/",
    "/thoi-khoa-bieu/",
    "/tai-lieu/",
    *(p for s in STORIES for p, _ in attachments(s)),
    "/author/to-ngu-van/",
    "/author/to-khtn/",
    "/tag/sinh-hoat-chuyen-mon/",
    "/tag/20-11/",
    "/2026/11/",
    "/2026/11/14/",
]


# --------------------------------------------------------------------------- dates and text

MONTHS = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)  # fmt: skip
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
WD_SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def wp_date(when: datetime | date) -> str:
    """WordPress in Vietnamese, date format ``j F, Y``: "14 Tháng Mười Một, 2026"."""
    return f"{when.day} {MONTHS[when.month - 1]}, {when.year}"


def _iso(when: datetime) -> str:
    return when.replace(tzinfo=_LOCAL).isoformat()


def _t(value: str) -> str:
    return esc(value)


def _ez_id(value: str) -> str:
    folded = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_")


def _kb_id(value: str) -> str:
    return _ez_id(value).lower().replace("_", "-")


def _excerpt(story: Story) -> str:
    words = " ".join(p for p in story.paragraphs[:2]).split()
    return " ".join(words[:40]) + (" [&hellip;]" if len(words) > 40 else "")


# --------------------------------------------------------------------------- content blocks


def _img_tag(src: str, wp_id: int, alt: str = "", extra: str = "") -> str:
    base = src.rsplit("-1024x683", 1)[0]
    srcset = f"{base}-1024x683.jpg 1024w, {base}-300x200.jpg 300w, {base}-768x512.jpg 768w, {base}.jpg 1200w"
    return (
        f'<img loading="lazy" decoding="async" width="1024" height="683" src="{src}" alt="{esc(alt)}"'
        f' class="wp-image-{wp_id}{extra}" srcset="{srcset}" sizes="(max-width: 1024px) 100vw, 1024px" />'
    )


def _para(p: P) -> str:
    body = _t(p.text)
    if p.style.startswith("a:"):
        _, href, phrase = p.style.split(":", 2)
        body = body.replace(_t(phrase), f'<a href="{href}">{_t(phrase)}</a>', 1)
    return body


def _image(story: Story, img: Img, n: int, links: dict[str, str]) -> str:
    wp_id = story.id + n + 1
    tag = _img_tag(img.src, wp_id)
    if img.style == "fig":
        return (
            f'<figure class="wp-block-image size-large">{tag}'
            f'<figcaption class="wp-element-caption">{_t(img.printed)}</figcaption></figure>'
        )
    if img.style == "fig0":
        return f'<figure class="wp-block-image size-large">{tag}</figure>'
    if img.style == "plain":
        return (
            f'<figure class="wp-block-image aligncenter size-large">{tag}</figure>\n\n'
            f'<p class="has-text-align-center">{_t(img.printed)}</p>'
        )
    if img.style == "plainem":
        return (
            f'<figure class="wp-block-image size-large">{tag}</figure>\n\n'
            f'<p class="has-text-align-center has-small-font-size"><em>{_t(img.printed)}</em></p>'
        )
    if img.style == "gal":
        link = links.get(img.src)
        inner = f'<a href="{link}">{tag}</a>' if link else tag
        return (
            f'<figure class="wp-block-image size-large">{inner}'
            f'<figcaption class="wp-element-caption">{_t(img.printed)}</figcaption></figure>'
        )
    if img.style == "kimg":
        uid = f"{wp_id:x}_{story.id % 97:02d}-a1"
        return (
            f'<div class="wp-block-kadence-image kb-image{uid}"><figure class="aligncenter size-large">'
            f'<img loading="lazy" decoding="async" width="1024" height="683" src="{img.src}" alt=""'
            f' class="kb-img wp-image-{wp_id}" />'
            f'<figcaption>{_t(img.printed)}</figcaption></figure></div>'
        )
    if img.style == "wpcap":
        return (
            f'<figure id="attachment_{wp_id}" aria-describedby="caption-attachment-{wp_id}"'
            f' style="width: 800px" class="wp-caption aligncenter">'
            f'<img loading="lazy" decoding="async" class="size-full wp-image-{wp_id}" src="{img.src}"'
            f' alt="" width="800" height="533" />'
            f'<figcaption id="caption-attachment-{wp_id}" class="wp-caption-text">{_t(img.printed)}'
            "</figcaption></figure>"
        )
    if img.style == "paren":
        return (
            f'<p style="text-align: center;"><img loading="lazy" decoding="async"'
            f' class="aligncenter size-large wp-image-{wp_id}" src="{img.src}" alt="" width="800"'
            f' height="533" /></p>\n<p style="text-align: center;"><em>{_t(img.printed)}</em></p>'
        )
    raise ValueError(img.style)


def _toc(story: Story, kind: str) -> str:
    heads = [b for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3", "kh2")]
    if kind == "ez":
        items = "".join(
            f'<li class="ez-toc-page-1 ez-toc-heading-level-{b.style[1]}"><a class="ez-toc-link'
            f' ez-toc-heading-{i + 1}" href="#{_ez_id(b.text)}" title="{esc(b.text)}">{_t(b.text)}</a></li>'
            for i, b in enumerate(heads)
        )
        return (
            '<div id="ez-toc-container" class="ez-toc-v2_0_69_1 counter-hierarchy ez-toc-counter'
            ' ez-toc-light-blue ez-toc-container-direction">\n<div class="ez-toc-title-container">\n'
            '<p class="ez-toc-title" style="cursor:inherit">Mục lục</p>\n'
            '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn'
            ' ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Ẩn/Hiện mục lục">[Ẩn]</a>'
            "</span></div>\n"
            f'<nav><ul class="ez-toc-list ez-toc-list-level-1 ">{items}</ul></nav></div>\n'
        )
    items = "".join(
        f'<li><a class="kb-table-of-contents__entry" href="#{_kb_id(b.text)}">{_t(b.text)}</a></li>'
        for b in heads
    )
    return (
        f'<nav class="wp-block-kadence-tableofcontents kb-table-of-content-nav'
        f' kb-table-of-content-id{story.id}_7c-2e" role="navigation" aria-label="Mục lục">'
        '<div class="kb-table-of-content-wrap"><div class="kb-table-of-contents-title-wrap'
        ' kb-toggle-icon-style-arrow"><span class="kb-table-of-contents-title">Nội dung bài viết</span>'
        '</div><ul class="kb-table-of-content-list kb-table-of-content-list-columns-1'
        f' kb-table-of-content-list-style-numbered kb-table-of-content-link-style-underline">{items}'
        "</ul></div></nav>"
    )


def content(story: Story) -> str:
    """The post's ``the_content``: Gutenberg blocks as saved, filtered by the plugins."""
    kind = story.opts.get("toc")
    classic = bool(story.opts.get("classic"))
    links = {img.src: path for path, img in attachments(story)}
    out: list[str] = []
    blocks = story.blocks
    img_n = 0
    ez_done = False
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("ul", "ol"):
            style = b.style
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{_t(blocks[i].text)}</li>")
                i += 1
            out.append(f'<{style} class="wp-block-list">\n{"".join(items)}\n</{style}>')
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            head, rows = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(f"<{tag}>{_t(c)}</{tag}>" for c in row.text.split(" | "))
                (head if row.style == "th" else rows).append(f"<tr>{cells}</tr>")
                i += 1
            cap = ""
            if i < len(blocks) and isinstance(blocks[i], TabCap):
                cap = f'<figcaption class="wp-element-caption">{_t(blocks[i].text)}</figcaption>'
                i += 1
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                f'<thead>{"".join(head)}</thead><tbody>{"".join(rows)}</tbody></table>{cap}</figure>'
            )
            continue
        if isinstance(b, P) and b.style == "quote":
            out.append(f'<blockquote class="wp-block-quote">\n<p>{_t(b.text)}</p>\n</blockquote>')
        elif isinstance(b, P) and b.style == "info_t":
            x = blocks[i + 1]
            assert isinstance(x, P) and x.style == "info_x"
            out.append(
                f'<div class="wp-block-kadence-infobox kt-info-box{story.id}_5d-9f"><span'
                ' class="kt-blocks-info-box-link-wrap info-box-link kt-blocks-info-box-media-align-left'
                ' kt-info-halign-left"><div class="kt-blocks-info-box-media-container"><div'
                ' class="kt-blocks-info-box-media kt-info-media-animate-none"><div'
                ' class="kadence-info-box-icon-container kt-info-icon-animate-none"><div'
                ' class="kadence-info-box-icon-inner-container"><span class="kb-svg-icon-wrap'
                ' kb-svg-icon-fe_info kt-info-svg-icon"><svg viewBox="0 0 24 24" width="24"'
                ' height="24" aria-hidden="true"><circle cx="12" cy="12" r="10"></circle></svg>'
                '</span></div></div></div></div><div class="kt-infobox-textcontent"><h3'
                f' class="kt-blocks-info-box-title">{_t(b.text)}</h3><p class="kt-blocks-info-box-text">'
                f"{_t(x.text)}</p></div></span></div>"
            )
            i += 2
            continue
        elif isinstance(b, P) and b.style == "col1":
            x = blocks[i + 1]
            assert isinstance(x, P) and x.style == "col2"
            out.append(
                '<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1'
                ' wp-block-columns-is-layout-flex">\n<div class="wp-block-column is-layout-flow'
                f' wp-block-column-is-layout-flow">\n<p>{_t(b.text)}</p>\n</div>\n\n<div'
                ' class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">\n'
                f"<p>{_t(x.text)}</p>\n</div>\n</div>"
            )
            i += 2
            continue
        elif isinstance(b, Img) and b.style == "mt":
            x = blocks[i + 1]
            assert isinstance(x, P) and x.style == "mt"
            img_n += 1
            out.append(
                '<div class="wp-block-media-text is-stacked-on-mobile"><figure'
                f' class="wp-block-media-text__media">{_img_tag(b.src, story.id + img_n + 1, extra=" size-full")}'
                '</figure><div class="wp-block-media-text__content">\n'
                f"<p>{_t(x.text)}</p>\n</div></div>"
            )
            i += 2
            continue
        elif isinstance(b, Img) and b.style == "gal":
            figs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                img_n += 1
                figs.append(_image(story, blocks[i], img_n, links))
                i += 1
            cap = ""
            if i < len(blocks) and isinstance(blocks[i], GalCap):
                cap = f'<figcaption class="blocks-gallery-caption wp-element-caption">{_t(blocks[i].text)}</figcaption>'
                i += 1
            out.append(
                '<figure class="wp-block-gallery has-nested-images columns-default is-cropped'
                ' wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
                + "\n\n".join(figs)
                + f"\n{cap}</figure>"
            )
            continue
        elif isinstance(b, Img):
            img_n += 1
            out.append(_image(story, b, img_n, links))
        elif isinstance(b, P) and b.style in ("h2", "h3"):
            if kind == "ez" and not ez_done:
                out.append(_toc(story, "ez"))
                ez_done = True
            tag = b.style
            if kind == "ez":
                inner = f'<span class="ez-toc-section" id="{_ez_id(b.text)}"></span>{_t(b.text)}<span class="ez-toc-section-end"></span>'
            else:
                inner = _t(b.text)
            out.append(f'<{tag} class="wp-block-heading">{inner}</{tag}>')
        elif isinstance(b, P) and b.style == "kh2":
            uid = f"{story.id}_{len(out):02d}e4b1-3c"
            out.append(
                f'<h2 id="{_kb_id(b.text)}" class="kt-adv-heading{uid} wp-block-kadence-advancedheading"'
                f' data-kb-block="kb-adv-heading{uid}">{_t(b.text)}</h2>'
            )
        elif isinstance(b, P) and b.style == "lead":
            out.append(f"<p><strong>{_t(b.text)}</strong></p>")
        elif isinstance(b, P):
            out.append(f"<p>{_para(b)}</p>")
        elif isinstance(b, Sep):
            out.append('<hr class="wp-block-separator has-alpha-channel-opacity is-style-wide"/>')
        elif isinstance(b, Toc):
            out.append(_toc(story, "kb"))
        elif isinstance(b, FileBlock):
            fid = f"wp-block-file--media-{story.id}a7f"
            out.append(
                f'<div data-wp-interactive="core/file" class="wp-block-file"><object'
                f' data-wp-bind--hidden="!state.hasPdfPreview" hidden class="wp-block-file__embed"'
                f' data="{b.href}" type="application/pdf" style="width:100%;height:600px"'
                f' aria-label="Nhúng của {b.name}."></object><a id="{fid}" href="{b.href}">{b.name}</a>'
                f'<a href="{b.href}" class="wp-block-file__button wp-element-button" download'
                f' aria-describedby="{fid}">Tải về</a></div>'
            )
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    if classic:
        markup = "\n".join(out).replace(' class="wp-block-list"', "")
        return markup.replace("</p>\n<p", "</p>\n<p>&nbsp;</p>\n<p", 1)
    return "\n\n".join(out)


# --------------------------------------------------------------------------- page chrome


def _head(request: Request, title: str, *, canonical: str | None = None, extra: str = "") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    return f"""<!doctype html>
<html lang="vi" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
{extra}<link rel='stylesheet' id='kadence-global-css' href='/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' media='all' />
<style id='kadence-global-inline-css'>
.updated:not(.published){{display:none;}}.entry-hero .hero-section-overlay{{background:rgba(0,0,0,0.45);}}
</style>
<link rel='stylesheet' id='kadence-blocks-infobox-css' href='/wp-content/plugins/kadence-blocks/dist/style-blocks-infobox.css?ver=3.2.52' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.69.1' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
{canon}<link rel="icon" href="{UP}/2024/08/cropped-logo-32x32.png" sizes="32x32" />
</head>"""


_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", []),
    ("/chuyen-muc/tin-tuc/", "Tin tức", [("/chuyen-muc/tin-tuc/", "Tin tức - Sự kiện"), ("/chuyen-muc/thong-bao/", "Thông báo")]),
    ("/chuyen-muc/chuyen-mon/", "Chuyên môn", []),
    ("/thoi-khoa-bieu/", "Thời khóa biểu", []),
    ("/tai-lieu/", "Tài liệu", []),
    ("/lien-he/", "Liên hệ", []),
]  # fmt: skip


def _menu(ul_id: str, active: str) -> str:
    items = []
    for n, (href, label, subs) in enumerate(_MENU):
        cls = f"menu-item menu-item-type-custom menu-item-{80 + n}"
        if href == active:
            cls += " current-menu-item"
        sub = ""
        if subs:
            cls += " menu-item-has-children"
            sub = '<ul class="sub-menu">' + "".join(
                f'<li class="menu-item menu-item-{90 + k}"><a href="{h}">{esc(lab)}</a></li>'
                for k, (h, lab) in enumerate(subs)
            ) + "</ul>"
        items.append(f'<li id="{ul_id}-item-{80 + n}" class="{cls}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return f'<ul id="{ul_id}" class="menu">{"".join(items)}</ul>'


def _header(active: str) -> str:
    return f"""<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>
<div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap">
<div class="site-top-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_top">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-top-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-top-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_html">
<div class="header-html inner-link-style-normal"><div class="header-html-inner"><p>Hotline: <a href="tel:{HOTLINE.replace(' ', '')}">{HOTLINE}</a> | Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p></div></div></div></div>
<div class="site-header-top-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_html2">
<div class="header-html2 inner-link-style-normal"><div class="header-html-inner"><p>{TODAY}</p></div></div></div>
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_social"><div class="header-social-wrap"><div class="header-social-inner-wrap element-social-inner-wrap social-show-label-false">
<a href="https://www.facebook.com/thcslytutrong.bmt" aria-label="Facebook" target="_blank" rel="noopener noreferrer" class="social-button header-social-item social-link-facebook"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-facebook-svg" viewBox="0 0 32 32"><title>Facebook</title></svg></span></a>
</div></div></div></div></div></div></div></div>
<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline">
<div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image" href="/" rel="home"><img width="120" height="120" src="{UP}/2024/08/logo-thcs-ly-tu-trong.png" class="custom-logo" alt="{esc(SITE)}" decoding="async" />
<div class="site-title-wrap"><p class="site-title">{esc(SITE)}</p><p class="site-description">{esc(TAGLINE)}</p></div></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation">
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-underline header-navigation-dropdown-animation-none" role="navigation" aria-label="Điều hướng chính">
<div class="primary-menu-container header-menu-container">{_menu("primary-menu", active)}</div></nav></div>
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_search"><div class="search-toggle-open-container">
<button class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="Xem biểu mẫu tìm kiếm" data-toggle-target="#search-drawer" data-toggle-body-class="showing-popup-drawer-from-full" aria-expanded="false" data-set-focus="#search-drawer .search-field"><span class="search-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-search-svg" viewBox="0 0 26 28"><title>Tìm kiếm</title></svg></span></span></button>
</div></div></div></div></div></div></div></div></div></div></div>
<div id="mobile-header" class="site-mobile-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap">
<div class="site-main-header-wrap site-header-focus-item site-header-row-layout-standard site-header-row-tablet-layout-default site-header-row-mobile-layout-default"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding mobile-site-branding branding-layout-standard"><a class="brand has-logo-image" href="/" rel="home"><img width="120" height="120" src="{UP}/2024/08/logo-thcs-ly-tu-trong.png" class="custom-logo" alt="{esc(SITE)}" /></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-navgation-popup-toggle" data-section="kadence_customizer_mobile_trigger"><div class="mobile-toggle-open-container">
<button id="mobile-toggle" class="menu-toggle-open drawer-toggle menu-toggle-style-default" aria-label="Mở menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-close"><span class="menu-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-menu-svg" viewBox="0 0 24 24"><title>Chuyển đổi Menu</title></svg></span></span></button>
</div></div></div></div></div></div></div></div></div></div></div>
</header>"""


def _drawers(active: str) -> str:
    return f"""<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade popup-drawer-side-right" data-drawer-target-string="#mobile-drawer">
<div class="drawer-overlay" data-drawer-target-string="#mobile-drawer"></div><div class="drawer-inner"><div class="drawer-header"><button class="menu-toggle-close drawer-toggle" aria-label="Đóng menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-open"><span class="toggle-close-bar"></span><span class="toggle-close-bar"></span></button></div>
<div class="drawer-content mobile-drawer-content content-align-left content-valign-top"><div class="site-header-item site-header-focus-item site-header-item-mobile-navigation mobile-navigation-layout-stretch-false" data-section="kadence_customizer_mobile_navigation">
<nav id="mobile-site-navigation" class="mobile-navigation drawer-navigation drawer-navigation-parent-toggle-false" role="navigation" aria-label="Điều hướng trên di động"><div class="mobile-menu-container drawer-menu-container">{_menu("mobile-menu", active)}</div></nav></div></div></div></div>
<div id="search-drawer" aria-modal="true" role="dialog" aria-label="Tìm kiếm" class="popup-drawer popup-drawer-layout-fullwidth" data-drawer-target-string="#search-drawer">
<div class="drawer-overlay" data-drawer-target-string="#search-drawer"></div><div class="drawer-inner"><div class="drawer-header"><button class="search-toggle-close drawer-toggle" aria-label="Đóng tìm kiếm" data-toggle-target="#search-drawer" data-toggle-body-class="showing-popup-drawer-from-full" aria-expanded="false" data-set-focus=".search-toggle-open"><span class="kadence-svg-iconset"><svg class="kadence-svg-icon kadence-close-svg" viewBox="0 0 24 24"><title>Đóng cửa sổ</title></svg></span></button></div>
<div class="drawer-content"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /><div class="kadence-search-icon-wrap"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-search-svg" viewBox="0 0 26 28"><title>Tìm kiếm</title></svg></span></div></form></div></div></div>"""


def _calendar(year: int, month: int) -> str:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    days = (nxt - first).days
    posted = {s.opts["at"].day: s for s in _NEWEST if (s.opts["at"].year, s.opts["at"].month) == (year, month)}
    cells = [f'<td colspan="{first.weekday()}" class="pad">&nbsp;</td>'] if first.weekday() else []
    for d in range(1, days + 1):
        day = date(year, month, d)
        today = ' id="today"' if day == TODAY_DATE else ""
        if d in posted:
            label = f"Các bài viết đã được xuất bản vào {wp_date(day)}"
            cells.append(f'<td{today}><a href="/{year}/{month:02d}/{d:02d}/" aria-label="{label}">{d}</a></td>')
        else:
            cells.append(f"<td{today}>{d}</td>")
    tail = (7 - len(cells) % 7) % 7 if not first.weekday() else (7 - (first.weekday() + days) % 7) % 7
    if tail:
        cells.append(f'<td class="pad" colspan="{tail}">&nbsp;</td>')
    rows, row, width = [], [], 0
    for cell in cells:
        row.append(cell)
        m = re.search(r'colspan="(\d+)"', cell)
        width += int(m.group(1)) if m else 1
        if width >= 7:
            rows.append("<tr>" + "".join(row) + "</tr>")
            row, width = [], 0
    if row:
        rows.append("<tr>" + "".join(row) + "</tr>")
    months = sorted({(s.opts["at"].year, s.opts["at"].month) for s in STORIES})
    before = [m for m in months if m < (year, month)]
    after = [m for m in months if m > (year, month)]
    prev = (
        f'<a href="/{before[-1][0]}/{before[-1][1]:02d}/">&laquo; Th{before[-1][1]}</a>' if before else "&nbsp;"
    )
    nxt_link = f'<a href="/{after[0][0]}/{after[0][1]:02d}/">Th{after[0][1]} &raquo;</a>' if after else "&nbsp;"
    head = "".join(f'<th scope="col" title="{WEEKDAYS[k]}">{WD_SHORT[k]}</th>' for k in range(7))
    return f"""<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">
<caption>{MONTHS[month - 1]} {year}</caption>
<thead><tr>{head}</tr></thead>
<tbody>
{"".join(rows)}
</tbody>
</table><nav aria-label="Tháng trước và tháng tiếp theo" class="wp-calendar-nav">
<span class="wp-calendar-nav-prev">{prev}</span>
<span class="pad">&nbsp;</span>
<span class="wp-calendar-nav-next">{nxt_link}</span>
</nav></div>"""


def _sidebar(cal: tuple[int, int] = (2026, 11)) -> str:
    recent = "".join(
        f'<li><a href="{article_path(s)}">{_t(s.title)}</a><span class="post-date">{wp_date(s.opts["at"])}</span></li>'
        for s in _NEWEST[:5]
    )
    cats = "".join(
        f'<li class="cat-item cat-item-{cid}"><a href="/chuyen-muc/{slug}/">{esc(name)}</a> ({len(newest(slug))})</li>'
        for slug, (cid, name) in sorted(CATS.items(), key=lambda kv: kv[1][1])
    )
    return f"""<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div class="sidebar-inner-wrap">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>{cats}</ul></section>
<section id="calendar-2" class="widget widget_calendar"><h2 class="widget-title">Lịch</h2>{_calendar(*cal)}</section>
<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Thống kê truy cập</h2><div class="textwidget custom-html-widget"><ul class="thong-ke">
<li>Đang online: <b>17</b></li><li>Hôm nay: <b>428</b></li><li>Hôm qua: <b>613</b></li><li>Tổng lượt truy cập: <b>1.284.560</b></li></ul></div></section>
</div></aside>"""


def _footer() -> str:
    return f"""<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap">
<div class="site-middle-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_middle"><div class="site-footer-row-container-inner"><div class="site-container"><div class="site-middle-footer-inner-wrap site-footer-row site-footer-row-columns-3 site-footer-row-column-layout-equal site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain">
<div class="site-footer-middle-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area widget-area site-footer-focus-item footer-widget1 content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="sidebar-widgets-footer1"><div class="footer-widget-area-inner site-info-inner">
<section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">{esc(SITE)}</h2>
<p>Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {PHONE} - Hotline: {HOTLINE}<br>Email: {EMAIL}</p></section></div></div></div>
<div class="site-footer-middle-section-2 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area widget-area site-footer-focus-item footer-widget2" data-section="sidebar-widgets-footer2"><div class="footer-widget-area-inner site-info-inner">
<section id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">Liên kết</h2><div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu">
<li class="menu-item"><a href="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</a></li><li class="menu-item"><a href="https://daklak.edu.vn/">Sở GD&amp;ĐT Đắk Lắk</a></li><li class="menu-item"><a href="https://csdl.moet.gov.vn/">Cơ sở dữ liệu ngành</a></li></ul></div></section></div></div></div>
<div class="site-footer-middle-section-3 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area widget-area site-footer-focus-item footer-widget3" data-section="sidebar-widgets-footer3"><div class="footer-widget-area-inner site-info-inner">
<section id="custom_html-2" class="widget_text widget widget_custom_html"><h2 class="widget-title">Fanpage</h2><div class="textwidget custom-html-widget"><div id="fb-root"></div><div class="fb-page" data-href="https://www.facebook.com/thcslytutrong.bmt" data-tabs="timeline" data-width="340" data-height="260" data-small-header="false" data-hide-cover="false"><blockquote cite="https://www.facebook.com/thcslytutrong.bmt" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/thcslytutrong.bmt">Trường THCS Lý Tự Trọng - Buôn Ma Thuột</a></blockquote></div></div></section></div></div></div>
</div></div></div></div>
<div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard" data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1">
<div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item content-align-default" data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2026 {esc(SITE)}. Bản quyền thuộc về nhà trường. - Giao diện WordPress <a href="https://www.kadencewp.com/" rel="nofollow noopener">Kadence WP</a></p></div></div></div></div></div>
</div></div></div></div></div></footer>"""


def _page(request: Request, title: str, main: str, *, active: str = "", canonical: str | None = None,
          extra: str = "", body_class: str = "", hero: str = "", cal: tuple[int, int] = (2026, 11)) -> str:  # fmt: skip
    return f"""{_head(request, title, canonical=canonical, extra=extra)}
<body class="{body_class} wp-embed-responsive hfeed footer-on-bottom hide-focus-outline link-style-standard has-sidebar content-title-style-above content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Chuyển đến nội dung</a>
{_header(active)}
<div id="inner-wrap" class="wrap kt-clear">
{hero}<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main">
{main}
</main>
{_sidebar(cal)}
</div></div>
</div>
{_footer()}
</div>
{_drawers(active)}
<script id="kadence-navigation-js" src="/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9"></script>
<script src="/wp-content/plugins/easy-table-of-contents/assets/js/front.min.js?ver=2.0.69.1"></script>
<script>(function(d,s,id){{var js,fjs=d.getElementsByTagName(s)[0];if(d.getElementById(id))return;js=d.createElement(s);js.id=id;js.src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v19.0";fjs.parentNode.insertBefore(js,fjs);}}(document,'script','facebook-jssdk'));</script>
</body>
</html>"""


def _crumbs(*trail: tuple[str | None, str]) -> str:
    parts = ['<span><a href="/" itemprop="url" class="kadence-bc-home"><span>Trang chủ</span></a></span>']
    for href, label in trail:
        if href:
            parts.append(f'<span><a href="{href}" itemprop="url"><span>{_t(label)}</span></a></span>')
        else:
            parts.append(f'<span class="kadence-bread-current">{_t(label)}</span>')
    sep = ' <span class="bc-delimiter">/</span> '
    return (
        '<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs">'
        f'<div class="kadence-breadcrumb-container">{sep.join(parts)}</div></nav>'
    )


def _meta_line(s: Story) -> str:
    user = s.opts["user"]
    at: datetime = s.opts["at"]
    mod: datetime = s.opts["mod"]
    if mod == at:
        times = f'<time class="entry-date published updated" datetime="{_iso(at)}">{wp_date(at)}</time>'
    else:
        times = (
            f'<time class="entry-date published" datetime="{_iso(at)}">{wp_date(at)}</time>'
            f'<time class="updated" datetime="{_iso(mod)}">{wp_date(mod)}</time>'
        )
    return (
        '<div class="entry-meta entry-meta-divider-dot">'
        f'<span class="posted-by"><span class="meta-label">Bởi</span><span class="author vcard">'
        f'<a class="url fn n" href="/author/{user}/">{esc(ACCOUNTS[user][0])}</a></span></span>'
        f'<span class="posted-on">{times}</span></div>'
    )


def _cat_links(s: Story) -> str:
    return (
        '<div class="entry-taxonomies"><span class="category-links term-links category-style-normal">'
        f'<a href="/chuyen-muc/{s.cat}/" rel="tag">{esc(CATS[s.cat][1])}</a></span></div>'
    )


def _card(s: Story, heading: str = "h2") -> str:
    thumb = ""
    if s.opts.get("thumb"):
        thumb = (
            f'<a class="post-thumbnail kadence-thumbnail-ratio-2-3" href="{article_path(s)}" aria-hidden="true" tabindex="-1">'
            f'<div class="post-thumbnail-inner"><img width="768" height="512" src="{UP}/{s.opts["thumb"]}-768x512.jpg"'
            f' class="attachment-medium_large size-medium_large wp-post-image" alt="" decoding="async" loading="lazy" /></div></a>'
        )
    return f"""<article class="entry content-bg loop-entry post-{s.id} post type-post status-publish format-standard{" has-post-thumbnail" if thumb else ""} hentry category-{s.cat}">
{thumb}<div class="entry-content-wrap"><header class="entry-header">{_cat_links(s)}
<{heading} class="entry-title"><a href="{article_path(s)}" rel="bookmark">{_t(s.title)}</a></{heading}>
{_meta_line(s)}</header>
<div class="entry-summary"><p>{_excerpt(s)}</p></div>
<footer class="entry-footer"><div class="entry-actions"><p class="more-link-wrap"><a href="{article_path(s)}" class="post-more-link">Đọc thêm<span class="screen-reader-text"> {_t(s.title)}</span><span class="kadence-svg-iconset svg-baseline"><svg class="kadence-svg-icon kadence-arrow-right-alt-svg" viewBox="0 0 27 28"><title>Tiếp tục</title></svg></span></a></p></div></footer>
</div></article>"""


# --------------------------------------------------------------------------- the post page


def _views(s: Story) -> int:
    return 150 + (s.id * 53) % 900


def _sharing(s: Story) -> str:
    path = article_path(s)
    return f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{s.id}" class="share-facebook sd-button share-icon" href="{path}?share=facebook" target="_blank" title="Nhấn để chia sẻ trên Facebook"><span>Facebook</span></a></li>
<li class="share-x"><a rel="nofollow noopener noreferrer" data-shared="sharing-x-{s.id}" class="share-x sd-button share-icon" href="{path}?share=x" target="_blank" title="Nhấp để chia sẻ trên X"><span>X</span></a></li>
<li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" href="{path}#print?share=print" target="_blank" title="Nhấn để in"><span>In</span></a></li>
<li class="share-end"></li></ul></div></div></div>"""


def _post_views(s: Story) -> str:
    return (
        f'<div class="post-views content-post post-{s.id} entry-meta load-static">'
        '<span class="post-views-icon dashicons dashicons-chart-bar"></span>'
        f'<span class="post-views-label">Lượt xem:</span> <span class="post-views-count">{_views(s)}</span></div>'
    )


def _comments(s: Story, reply_to: int | None) -> str:
    path = article_path(s)
    comments = s.opts.get("comments", [])
    form = f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{"Trả lời " + esc(next(c[1] for c in comments if c[0] == reply_to)) if reply_to else "Để lại một bình luận"} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond"{"" if reply_to else ' style="display:none;"'}>Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="Để lại bình luận..." cols="45" rows="8" maxlength="65525" aria-required="true" required></textarea><label class="float-label" for="comment">Bình luận <span class="required">*</span></label></p>
<div class="comment-input-wrap has-url-field"><p class="comment-form-author"><input aria-label="Tên" id="author" name="author" type="text" placeholder="Nguyễn Văn A" value="" size="30" maxlength="245" autocomplete="name" aria-required="true" required /><label class="float-label" for="author">Tên <span class="required">*</span></label></p>
<p class="comment-form-email"><input aria-label="Email" id="email" name="email" type="email" placeholder="ten@email.com" value="" size="30" maxlength="100" autocomplete="email" aria-required="true" required /><label class="float-label" for="email">Email <span class="required">*</span></label></p></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p></form></div>"""
    if not comments:
        return f'<div id="comments" class="comments-area">{form}</div>'

    def one(c: tuple, depth: int) -> str:
        cid, name, when, body, _parent = c
        kids = [k for k in comments if k[4] == cid]
        children = "".join(one(k, depth + 1) for k in kids)
        children = f'<ul class="children">{children}</ul>' if children else ""
        stamp = f"{wp_date(when)} lúc {when.hour % 12 or 12}:{when.minute:02d} {'sáng' if when.hour < 12 else 'chiều'}"
        return f"""<li id="comment-{cid}" class="comment even thread-even depth-{depth}"><article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{cid:032x}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async"/><b class="fn">{esc(name)}</b> <span class="says">viết:</span></div>
<div class="comment-metadata"><a href="{path}#comment-{cid}"><time datetime="{_iso(when)}">{stamp}</time></a></div></footer>
<div class="comment-content"><p>{esc(body)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{path}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{s.id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(name)}" aria-label="Trả lời {esc(name)}">Trả lời</a></div></article>{children}</li>"""

    top = "".join(one(c, 1) for c in comments if c[4] == 0)
    return f"""<div id="comments" class="comments-area"><h2 class="comments-title">{len(comments)} bình luận về &ldquo;{_t(s.title)}&rdquo;</h2>
<ol class="comment-list">{top}</ol>{form}</div>"""


def _related(s: Story) -> list[Story]:
    same = [o for o in newest(s.cat) if o.id != s.id]
    return (same + [o for o in _NEWEST if o.id != s.id and o not in same])[:4]


def _single(s: Story, request: Request, reply_to: int | None = None) -> str:
    path = article_path(s)
    base = base_url(request)
    bg = f' style="background-image: url({UP}/{s.opts["thumb"]}.jpg);"' if s.opts.get("thumb") else ""
    hero = f"""<section role="banner" class="entry-hero post-hero-section entry-hero-layout-standard">
<div class="entry-hero-container-inner"{bg}><div class="hero-section-overlay"></div>
<div class="hero-container site-container"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
{_crumbs((f"/chuyen-muc/{s.cat}/", CATS[s.cat][1]), (None, s.title))}
{_cat_links(s)}
<h1 class="entry-title">{_t(s.title)}</h1>
{_meta_line(s)}</header></div></div></section>
"""
    tags = ""
    if s.opts["tags"]:
        links = "".join(
            f'<a href="/tag/{t}/" title="{esc(TAGS[t])}" class="tag-link tag-item-{t}" rel="tag"><span class="tag-hash">#</span>{esc(TAGS[t])}</a>'
            for t in s.opts["tags"]
        )
        tags = f'<div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Thẻ</span>{links}</span></div>'
    user = s.opts["user"]
    name, bio = ACCOUNTS[user]
    author_box = ""
    if bio:
        author_box = f"""<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{sum(map(ord, user)):032x}?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy" decoding="async"/></div>
<b class="entry-author-name author-name fn"><a href="/author/{user}/" title="Đăng bởi {esc(name)}" rel="author">{esc(name)}</a></b><div class="entry-author-description author-bio"><p>{esc(bio)}</p></div>
<div class="entry-author-follow author-follow"></div></div></div>"""
    i = _NEWEST.index(s)
    prev_s = _NEWEST[i + 1] if i + 1 < len(_NEWEST) else None
    next_s = _NEWEST[i - 1] if i > 0 else None
    nav = '<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
    if prev_s:
        nav += f'<div class="nav-previous"><a href="{article_path(prev_s)}" rel="prev"><div class="post-navigation-sub"><small><span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-left-alt-svg" viewBox="0 0 29 28"><title>Trước</title></svg></span>Trước</small></div>{_t(prev_s.title)}</a></div>'
    if next_s:
        nav += f'<div class="nav-next"><a href="{article_path(next_s)}" rel="next"><div class="post-navigation-sub"><small>Tiếp theo<span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-right-alt-svg" viewBox="0 0 27 28"><title>Tiếp tục</title></svg></span></small></div>{_t(next_s.title)}</a></div>'
    nav += "</div></nav>"
    slides = "".join(
        f'<li class="entry-list-item carousel-item splide__slide">{_card(o, "h3")}</li>' for o in _related(s)
    )
    related = f"""<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div class="entry-related-inner-content alignwide">
<h2 class="entry-related-title">Bài viết liên quan</h2><div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3" data-columns-sm="2" data-columns-xs="2" data-columns-ss="1" data-slider-anim-speed="400" data-slider-scroll="1" data-slider-dots="true" data-slider-arrows="true" data-slider-hover-pause="false" data-slider-auto="false" data-slider-speed="7000" data-slider-gutter="40" data-slider-loop="true" data-slider-next-label="Tiếp" data-slider-slide-label="Bài viết" data-slider-prev-label="Trước">
<div class="splide__track"><ul class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">{slides}</ul></div></div></div></div></div>"""
    main = f"""<div class="content-wrap">
<article id="post-{s.id}" class="entry content-bg single-entry post-{s.id} post type-post status-publish format-standard hentry category-{s.cat}">
<div class="entry-content-wrap">
<div class="entry-content single-content">
{content(s)}
{_post_views(s)}
{_sharing(s)}
</div>
<footer class="entry-footer">{tags}</footer>
</div>
</article>
{author_box}
{nav}
{related}
{_comments(s, reply_to)}
</div>"""
    enc = quote(base + path, safe="")
    extra = (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(s.title)} Dòng phản hồi" href="{base}{path}feed/" />\n'
        f'<link rel="alternate" title="oNhúng (JSON)" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={enc}" />\n'
        f"<link rel='shortlink' href='{base}/?p={s.id}' />\n"
    )
    at = s.opts["at"]
    return _page(
        request,
        f"{s.title} – {SITE}",
        main,
        active=f"/chuyen-muc/{s.cat}/",
        canonical=path,
        extra=extra,
        body_class=f"post-template-default single single-post postid-{s.id} single-format-standard",
        hero=hero,
        cal=(at.year, at.month),
    )


def _attachment(s: Story, path: str, img: Img, request: Request) -> str:
    slug = path.rstrip("/").rsplit("/", 1)[1]
    full = img.src.replace("-1024x683", "")
    at = s.opts["at"]
    main = f"""<div class="content-wrap"><article id="post-{s.id + 50}" class="entry content-bg single-entry post-{s.id + 50} attachment type-attachment status-inherit hentry">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit">
<h1 class="entry-title">{slug}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">Bởi</span><span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span><span class="posted-on"><time class="entry-date published updated" datetime="{_iso(at)}">{wp_date(at)}</time></span></div></header>
<div class="entry-content single-content"><p class="attachment"><a href="{full}"><img width="1024" height="683" src="{img.src}" class="attachment-large size-large" alt="" decoding="async" /></a></p>
<p>{_t(img.caption or "")}</p></div>
<footer class="entry-footer"><p>Đã đăng trong <a href="{article_path(s)}">{_t(s.title)}</a></p></footer></div></article>
<div id="comments" class="comments-area"><p class="no-comments">Bình luận đã bị đóng.</p></div></div>"""
    return _page(request, f"{slug} – {SITE}", main, canonical=path, body_class="attachment attachment-template-default single single-attachment")


# --------------------------------------------------------------------------- listings


def _pagination(base: str, page: int, last: int, query: str = "") -> str:
    if last <= 1:
        return ""

    def url(n: int) -> str:
        return (base if n == 1 else f"{base}page/{n}/") + query

    links = []
    if page > 1:
        links.append(f'<a class="prev page-numbers" href="{url(page - 1)}"><span class="screen-reader-text">Trang trước</span><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-left-svg" viewBox="0 0 24 24"><title>Trở lại</title></svg></span></a>')
    for n in range(1, last + 1):
        if n == page:
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            links.append(f'<a class="page-numbers" href="{url(n)}">{n}</a>')
    if page < last:
        links.append(f'<a class="next page-numbers" href="{url(page + 1)}"><span class="screen-reader-text">Trang sau</span><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-right-svg" viewBox="0 0 24 24"><title>Tiếp tục</title></svg></span></a>')
    return (
        '<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">Phân trang bài viết</h2>'
        f'<div class="nav-links">{"".join(links)}</div></nav>'
    )


def _archive(request: Request, base: str, title: str, items: list[Story], page: int, *,
             crumb: list[tuple[str | None, str]], feed: str | None = None, desc: str = "",
             cal: tuple[int, int] = (2026, 11), query: str = "") -> Response:  # fmt: skip
    last = max(1, -(-len(items) // PER_PAGE))
    if page > last:
        return _not_found(request)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    hero = f"""<section role="banner" class="entry-hero post-archive-hero-section entry-hero-layout-standard"><div class="entry-hero-container-inner"><div class="hero-section-overlay"></div><div class="hero-container site-container"><header class="entry-header post-archive-title title-align-inherit">
{_crumbs(*crumb)}<h1 class="page-title archive-title">{title}</h1>{f'<div class="archive-description"><p>{esc(desc)}</p></div>' if desc else ""}</header></div></div></section>
"""
    cards = "\n".join(f'<li class="entry-list-item">{_card(s)}</li>' for s in chunk)
    main = f"""<div class="content-wrap"><ul id="archive-container" class="content-wrap kadence-posts-list grid-cols post-archive grid-sm-col-2 grid-md-col-2 grid-lg-col-2 item-image-style-above">
{cards}
</ul>{_pagination(base, page, last, query)}</div>"""
    extra = ""
    if feed:
        extra = f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {re.sub(r"<[^>]+>", "", title)} Dòng thông tin" href="{base_url(request)}{feed}" />\n'
    canonical = base if page == 1 else f"{base}page/{page}/"
    return html(_page(request, f"{re.sub(r'<[^>]+>', '', title)} – {SITE}" + (f" – Trang {page}" if page > 1 else ""), main,
                      active=base, canonical=canonical if not query else None, extra=extra,
                      body_class="archive blog", hero=hero, cal=cal))  # fmt: skip


def _home(request: Request) -> str:
    def posts_block(cat: str, n: int, cls: str) -> str:
        return "\n".join(
            f"""<li class="kb-post-list-item"><article class="entry content-bg loop-entry post-{s.id} post type-post {cls}">
<div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a href="{article_path(s)}" rel="bookmark">{_t(s.title)}</a></h3>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date published" datetime="{_iso(s.opts["at"])}">{wp_date(s.opts["at"])}</time></span></div></header></div></article></li>"""
            for s in newest(cat)[:n]
        )

    main = f"""<div class="content-wrap"><article id="post-7" class="entry content-bg single-entry post-7 page type-page status-publish hentry"><div class="entry-content-wrap"><div class="entry-content single-content">
<div class="wp-block-kadence-rowlayout alignnone"><div id="kt-layout-id_7a81c2-55" class="kt-row-layout-inner kt-row-has-bg kt-layout-id_7a81c2-55"><div class="kt-row-column-wrap kt-has-2-columns kt-row-layout-left-golden kt-tab-layout-inherit kt-mobile-layout-row kt-row-valign-top">
<div class="wp-block-kadence-column kadence-column7_0a12b4-d3"><div class="kt-inside-inner-col">
<h2 class="kt-adv-heading7_3bd210-9a wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading7_3bd210-9a">Tin tức - Sự kiện</h2>
<div class="wp-block-kadence-posts kb-posts kb-posts-id-7_e1f0c4-21 grid-cols grid-sm-col-1 grid-lg-col-2 item-image-style-above"><ul class="kb-posts-list">{posts_block("tin-tuc", 4, "category-tin-tuc")}</ul></div>
<p><a href="/chuyen-muc/tin-tuc/">Xem tất cả tin tức &raquo;</a></p>
<h2 class="kt-adv-heading7_5c0a8e-12 wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading7_5c0a8e-12">Chuyên môn</h2>
<div class="wp-block-kadence-posts kb-posts kb-posts-id-7_9ad3b2-70 grid-cols grid-sm-col-1 grid-lg-col-1"><ul class="kb-posts-list">{posts_block("chuyen-mon", 2, "category-chuyen-mon")}</ul></div>
</div></div>
<div class="wp-block-kadence-column kadence-column7_c44e10-8b"><div class="kt-inside-inner-col">
<h2 class="kt-adv-heading7_2f7e61-05 wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading7_2f7e61-05">Thông báo</h2>
<div class="wp-block-kadence-posts kb-posts kb-posts-id-7_60bb3a-c2 grid-cols grid-sm-col-1 grid-lg-col-1"><ul class="kb-posts-list">{posts_block("thong-bao", 3, "category-thong-bao")}</ul></div>
<div class="wp-block-kadence-infobox kt-info-box7_01fa-33"><div class="kt-infobox-textcontent"><h3 class="kt-blocks-info-box-title">Tuyển sinh lớp 6</h3><p class="kt-blocks-info-box-text">Thông tin tuyển sinh năm học 2027 - 2028 sẽ được cập nhật tại mục Thông báo.</p></div></div>
</div></div></div></div></div>
</div></div></article></div>"""
    return _page(request, f"{SITE} – {TAGLINE}", main, active="/", canonical="/",
                 body_class="home page-template-default page page-id-7")  # fmt: skip


# --------------------------------------------------------------------------- static pages

_TIMETABLE = [
    ("Tiết", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"),
    ("1", "Chào cờ", "Toán", "Ngữ văn", "Tiếng Anh", "KHTN"),
    ("2", "Toán", "Ngữ văn", "Toán", "KHTN", "Lịch sử và Địa lí"),
    ("3", "Ngữ văn", "Tiếng Anh", "GDCD", "Toán", "Tin học"),
    ("4", "KHTN", "Công nghệ", "Âm nhạc", "Ngữ văn", "Sinh hoạt lớp"),
]
DOCS = [
    ("ke-hoach-giao-duc-nha-truong-2026-2027.pdf", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "2026/09"),
    ("quy-che-chi-tieu-noi-bo-2026.pdf", "Quy chế chi tiêu nội bộ năm 2026", "2026/10"),
    ("de-cuong-on-tap-cuoi-hk1-khoi-9.pdf", "Đề cương ôn tập cuối học kỳ I khối 9", "2026/11"),
    ("thu-moi-hop-cmhs-giua-hk1.pdf", "Thư mời họp cha mẹ học sinh giữa học kỳ I", "2026/11"),
    ("cv-1847-sgddt-vp.pdf", "Công văn số 1847/SGDĐT-VP về ứng phó mưa lũ", "2026/10"),
]


def _static(request: Request, slug: str) -> str | None:
    if slug == "gioi-thieu":
        title = "Giới thiệu"
        body = (
            f"<p>{esc(SITE)} được thành lập năm 1978, hiện có 32 lớp với hơn 1.200 học sinh và 78 cán bộ, giáo viên, nhân viên.</p>"
            "<p>Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2023; nhiều năm liền được UBND tỉnh tặng Bằng khen.</p>"
            '<h2 class="wp-block-heading">Ban giám hiệu</h2><ul class="wp-block-list"><li>Hiệu trưởng: thầy Phan Văn Thắng</li>'
            "<li>Phó Hiệu trưởng: thầy Trần Văn Long</li><li>Phó Hiệu trưởng: cô Nguyễn Thị Thu Sương</li></ul>"
        )
    elif slug == "lien-he":
        title = "Liên hệ"
        body = f"""<p>Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {PHONE}<br>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<div class="wpcf7 no-js" id="wpcf7-f25-p9-o1" lang="vi" dir="ltr"><div class="screen-reader-response"><p role="status" aria-live="polite" aria-atomic="true"></p></div>
<form action="/lien-he/#wpcf7-f25-p9-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init"><div style="display: none;"><input type="hidden" name="_wpcf7" value="25" /><input type="hidden" name="_wpcf7_version" value="5.9.8" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f25-p9-o1" /><input type="hidden" name="_wpcf7_container_post" value="9" /></div>
<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span> </label></p>
<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" aria-required="true" value="" type="email" name="your-email" /></span> </label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" maxlength="2000" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span> </label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>"""
    elif slug == "thoi-khoa-bieu":
        title = "Thời khóa biểu"
        rows = "".join(
            "<tr>" + "".join(f"<{'th' if n == 0 else 'td'}>{esc(c)}</{'th' if n == 0 else 'td'}>" for c in row) + "</tr>"
            for n, row in enumerate(_TIMETABLE)
        )
        body = (
            "<p>Thời khóa biểu buổi sáng lớp 9A1, áp dụng từ ngày 02/11/2026.</p>"
            f'<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>{rows}</tbody></table>'
            '<figcaption class="wp-element-caption">Thời khóa biểu số 3 - Học kỳ I</figcaption></figure>'
        )
    elif slug == "tai-lieu":
        title = "Tài liệu"
        items = "".join(
            f'<tr><td>{n + 1}</td><td>{esc(label)}</td><td><a href="{UP}/{ym}/{f}" target="_blank" rel="noopener">Tải về</a></td></tr>'
            for n, (f, label, ym) in enumerate(DOCS)
        )
        body = (
            "<p>Văn bản, kế hoạch và tài liệu ôn tập của nhà trường.</p>"
            '<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>STT</th><th>Tên tài liệu</th><th>Tệp</th></tr></thead>'
            f"<tbody>{items}</tbody></table></figure>"
        )
    else:
        return None
    hero = f"""<section role="banner" class="entry-hero page-hero-section entry-hero-layout-standard"><div class="entry-hero-container-inner"><div class="hero-section-overlay"></div><div class="hero-container site-container"><header class="entry-header page-title title-align-inherit">
{_crumbs((None, title))}<h1 class="entry-title">{esc(title)}</h1></header></div></div></section>
"""
    main = f"""<div class="content-wrap"><article class="entry content-bg single-entry page type-page status-publish hentry"><div class="entry-content-wrap">
<div class="entry-content single-content">{body}</div></div></article></div>"""
    return _page(request, f"{title} – {SITE}", main, active=f"/{slug}/", canonical=f"/{slug}/",
                 body_class=f"page-template-default page page-{slug}", hero=hero)  # fmt: skip


def _not_found(request: Request) -> Response:
    main = """<div class="content-wrap"><section class="error-404 not-found entry content-bg">
<div class="entry-content-wrap"><header class="page-header"><h1 class="page-title">Rất tiếc! Không thể tìm thấy trang này.</h1></header>
<div class="page-content"><p>Có vẻ như không có gì được tìm thấy ở vị trí này. Hãy thử tìm kiếm?</p>
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></div></div></section></div>"""
    page = _page(request, f"Không tìm thấy trang – {SITE}", main, body_class="error404")
    return html(page.replace("<meta name='robots' content='max-image-preview:large' />", "<meta name='robots' content='noindex, follow' />"), status=404)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request, q: str, page: int) -> Response:
    hits = [s for s in _NEWEST if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    title = f"Kết quả tìm kiếm cho: <span>{esc(q)}</span>"
    resp = _archive(request, "/", title, hits, page, crumb=[(None, f"Kết quả tìm kiếm cho \"{q}\"")],
                    query=f"?s={quote(q)}")  # fmt: skip
    if isinstance(resp.body, str):
        resp.body = resp.body.replace("<meta name='robots' content='max-image-preview:large' />", "<meta name='robots' content='noindex, follow, max-image-preview:large' />")
    return resp


# --------------------------------------------------------------------------- feeds, sitemaps, json


def _rfc822(when: datetime) -> str:
    return format_datetime(when.replace(tzinfo=_LOCAL).astimezone(UTC)).replace("-0000", "+0000")


def _rss(request: Request, title: str, link: str, self_path: str, items: list[Story]) -> Response:
    base = base_url(request)
    entries = "".join(
        f"""
	<item>
		<title>{_t(s.title)}</title>
		<link>{base}{article_path(s)}</link>
		<comments>{base}{article_path(s)}#respond</comments>
		<dc:creator><![CDATA[{ACCOUNTS[s.opts["user"]][0]}]]></dc:creator>
		<pubDate>{_rfc822(s.opts["at"])}</pubDate>
		<category><![CDATA[{CATS[s.cat][1]}]]></category>
		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{_excerpt(s)}]]></description>
		<wfw:commentRss>{base}{article_path(s)}feed/</wfw:commentRss>
		<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
	</item>"""
        for s in items[:FEED_SIZE]
    )
    last = _rfc822(items[0].opts["mod"]) if items else _rfc822(datetime(2026, 11, 25))
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>{esc(title)}</title>
	<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
	<link>{base}{link}</link>
	<description>{esc(TAGLINE)}</description>
	<lastBuildDate>{last}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.6.2</generator>{entries}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _comment_feed(request: Request, s: Story | None) -> Response:
    base = base_url(request)
    comments = [(o, c) for o in _NEWEST for c in o.opts.get("comments", []) if s is None or o is s]
    entries = "".join(
        f"""
	<item>
		<title>Bình luận về {_t(o.title)} bởi {esc(c[1])}</title>
		<link>{base}{article_path(o)}#comment-{c[0]}</link>
		<dc:creator><![CDATA[{c[1]}]]></dc:creator>
		<pubDate>{_rfc822(c[2])}</pubDate>
		<guid isPermaLink="false">{base}/?p={o.id}#comment-{c[0]}</guid>
		<description><![CDATA[{c[3]}]]></description>
	</item>"""
        for o, c in comments
    )
    title = f"Bình luận về: {s.title}" if s else f"Bình luận {SITE}"
    link = article_path(s) if s else "/"
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>{esc(title)}</title>
	<atom:link href="{base}{link}feed/" rel="self" type="application/rss+xml" />
	<link>{base}{link}</link>
	<description>{esc(TAGLINE)}</description>
	<language>vi</language>{entries}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _xml(body: str) -> Response:
    return Response(200, '<?xml version="1.0" encoding="UTF-8"?>\n' + body, {"Content-Type": "application/xml; charset=UTF-8"})


def _sitemap(request: Request, which: str) -> Response | None:
    base = base_url(request)
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    style = f'<?xml-stylesheet type="text/xsl" href="{base}/wp-sitemap.xsl" ?>\n'
    if which == "index":
        names = ["posts-post-1", "posts-page-1", "taxonomies-category-1", "taxonomies-post_tag-1", "users-1"]
        locs = "".join(f"<sitemap><loc>{base}/wp-sitemap-{n}.xml</loc></sitemap>" for n in names)
        return _xml(style + f"<sitemapindex {ns}>{locs}</sitemapindex>")
    if which == "posts-post-1":
        urls = [(article_path(s), s.opts["mod"]) for s in _NEWEST]
        locs = "".join(f"<url><loc>{base}{p}</loc><lastmod>{_iso(m)}</lastmod></url>" for p, m in urls)
    elif which == "posts-page-1":
        locs = "".join(f"<url><loc>{base}{p}</loc></url>" for p in ("/", "/gioi-thieu/", "/lien-he/", "/thoi-khoa-bieu/", "/tai-lieu/"))
    elif which == "taxonomies-category-1":
        locs = "".join(f"<url><loc>{base}/chuyen-muc/{c}/</loc></url>" for c in CATS)
    elif which == "taxonomies-post_tag-1":
        locs = "".join(f"<url><loc>{base}/tag/{t}/</loc></url>" for t in TAGS if newest(tag=t))
    elif which == "users-1":
        locs = "".join(f"<url><loc>{base}/author/{u}/</loc></url>" for u in ACCOUNTS if newest(user=u))
    else:
        return None
    return _xml(style + f"<urlset {ns}>{locs}</urlset>")


def _oembed(request: Request) -> Response | None:
    base = base_url(request)
    url = unquote(request.params.get("url", ""))
    path = url[len(base):] if url.startswith(base) else url
    s = _BY_PATH.get(path)
    if s is None:
        return Response(404, json.dumps({"code": "oembed_invalid_url", "message": "Not Found", "data": {"status": 404}}), {"Content-Type": "application/json; charset=UTF-8"})
    payload = {
        "version": "1.0", "provider_name": SITE, "provider_url": base,
        "author_name": ACCOUNTS[s.opts["user"]][0], "author_url": f"{base}/author/{s.opts['user']}/",
        "title": s.title, "type": "rich", "width": 600, "height": 338,
        "html": f'<blockquote class="wp-embedded-content"><a href="{base}{article_path(s)}">{s.title}</a></blockquote>'
                f'<iframe sandbox="allow-scripts" security="restricted" src="{base}{article_path(s)}embed/" width="600" height="338" title="{s.title}" class="wp-embedded-content"></iframe>',
    }  # fmt: skip
    return Response(200, json.dumps(payload).replace("/", "\\/"), {"Content-Type": "application/json; charset=UTF-8"})


def _embed(request: Request, s: Story) -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi" class="no-js"><head><title>{esc(s.title)} – {esc(SITE)}</title><meta charset="UTF-8"><meta name='robots' content='noindex, follow' />
<link rel="canonical" href="{base}{article_path(s)}" /></head>
<body class="post-template-default single single-post postid-{s.id} single-format-standard"><div class="wp-embed post-{s.id} post type-post status-publish format-standard hentry">
<p class="wp-embed-heading"><a href="{article_path(s)}" target="_top">{_t(s.title)}</a></p>
<div class="wp-embed-excerpt"><p>{_excerpt(s)} <a href="{article_path(s)}" class="wp-embed-more" target="_top">Đọc thêm</a></p></div>
<div class="wp-embed-footer"><div class="wp-embed-site-title"><a href="{base}" target="_top"><span>{esc(SITE)}</span></a></div></div></div></body></html>"""


_BY_PATH = {article_path(s): s for s in STORIES}
_ATTACH = {p: (s, img) for s in STORIES for p, img in attachments(s)}
_ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/wp-sitemap.xml\n"
_PAGED = re.compile(r"^(?P<base>/.*?/)page/(?P<n>\d+)/$")
_POST = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/(?:(feed|embed)/)?$")


class KadenceSchool:
    """WordPress's rewrite rules as a table of regexes, rendered per request from the data above."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                known = {f"{UP}/{ym}/{f}" for f, _, ym in DOCS}
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else _not_found(request)
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/wp-sitemap.xml":
            return _sitemap(request, "index")
        if m := re.fullmatch(r"/wp-sitemap-([a-z_0-9-]+)\.xml", path):
            return _sitemap(request, m.group(1)) or _not_found(request)
        if path == "/wp-json/oembed/1.0/embed":
            return _oembed(request)
        if path in ("/wp-json/", "/wp-json"):
            body = json.dumps({"name": SITE, "description": TAGLINE, "url": base_url(request), "namespaces": ["oembed/1.0", "wp/v2"]})
            return Response(200, body.replace("/", "\\/"), {"Content-Type": "application/json; charset=UTF-8"})
        if path == "/" and "p" in params:
            s = _BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return redirect(article_path(s), 301) if s else _not_found(request)
        if path == "/" and "s" in params:
            return _search(request, params["s"], 1)
        if (m := re.fullmatch(r"/page/(\d+)/", path)) and "s" in params:
            return _search(request, params["s"], int(m.group(1)))
        if path == "/feed/":
            return _rss(request, SITE, "/", "/feed/", _NEWEST)
        if path == "/comments/feed/":
            return _comment_feed(request, None)
        if path == "/":
            return html(_home(request))
        if m := _POST.match(path):
            s = _BY_PATH.get(f"/{m.group(1)}/{m.group(2)}/{m.group(3)}/{m.group(4)}/")
            if s is None:
                return _not_found(request)
            if m.group(5) == "feed":
                return _comment_feed(request, s)
            if m.group(5) == "embed":
                return html(_embed(request, s))
            share = params.get("share")
            if share in ("facebook", "x"):
                target = quote(base_url(request) + article_path(s), safe="")
                net = f"https://www.facebook.com/sharer.php?u={target}&t={quote(s.title)}" if share == "facebook" else f"https://x.com/intent/tweet?text={quote(s.title)}&url={target}"
                return redirect(net, 302)
            reply = params.get("replytocom")
            if reply is not None:
                ids = [c[0] for c in s.opts.get("comments", [])]
                rid = int(reply) if reply.isdigit() and int(reply) in ids else None
                return html(_single(s, request, rid))
            return html(_single(s, request))
        if path in _ATTACH:
            s, img = _ATTACH[path]
            return html(_attachment(s, path, img, request))
        if path.rstrip("/").count("/") == 1 and path.endswith("/") and (page := _static(request, path.strip("/"))):
            return html(page)
        # listings (and their feeds)
        page = 1
        base = path
        if m := _PAGED.match(path):
            base, page = m.group("base"), int(m.group("n"))
            if page == 1:
                return redirect(base, 301)
        if m := re.fullmatch(r"/(chuyen-muc|tag|author)/([a-z0-9-]+)/(feed/)?", base):
            kind, slug, feed = m.groups()
            if kind == "chuyen-muc" and slug in CATS:
                name = CATS[slug][1]
                items = newest(cat=slug)
                title = f"Chuyên mục: <span>{esc(name)}</span>"
                label = "Dòng thông tin chuyên mục"
            elif kind == "tag" and slug in TAGS and newest(tag=slug):
                name = TAGS[slug]
                items = newest(tag=slug)
                title = f"Thẻ: <span>{esc(name)}</span>"
                label = "Dòng thông tin thẻ"
            elif kind == "author" and slug in ACCOUNTS and newest(user=slug):
                name = ACCOUNTS[slug][0]
                items = newest(user=slug)
                title = f"Tác giả: <span>{esc(name)}</span>"
                label = "Dòng thông tin tác giả"
            else:
                return _not_found(request)
            if feed:
                return _rss(request, f"{SITE} » {name} {label}", base[: -len("feed/")], base, items)
            desc = ACCOUNTS[slug][1] if kind == "author" else ""
            return _archive(request, base, title, items, page, crumb=[(None, name)], feed=f"{base}feed/", desc=desc)
        if m := re.fullmatch(r"/(\d{4})/(?:(\d{2})/)?(?:(\d{2})/)?", base):
            y = int(m.group(1))
            mo = int(m.group(2)) if m.group(2) else None
            d = int(m.group(3)) if m.group(3) else None
            items = [
                s for s in _NEWEST
                if s.opts["at"].year == y and (mo is None or s.opts["at"].month == mo) and (d is None or s.opts["at"].day == d)
            ]  # fmt: skip
            if not items:
                return _not_found(request)
            if d:
                title = f"Ngày: <span>{wp_date(date(y, mo, d))}</span>"
            elif mo:
                title = f"Tháng: <span>{MONTHS[mo - 1]} {y}</span>"
            else:
                title = f"Năm: <span>{y}</span>"
            crumb = [(None, re.sub(r"<[^>]+>", "", title))]
            return _archive(request, base, title, items, page, crumb=crumb, cal=(y, mo or 11))
        return _not_found(request)


def build_site() -> KadenceSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return KadenceSchool()
