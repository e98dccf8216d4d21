"""Trường Chính trị tỉnh Quảng Nam on WordPress 6.6 with a block theme (Twenty Twenty-Four
style child theme): every core block of the block editor shows up in the post bodies.

Platform
--------
A full-site-editing theme: the page is ``<div class="wp-site-blocks">`` holding the header
template part (site logo, ``wp-block-site-title``, a ``wp-block-navigation`` with a submenu, a
``wp-block-search`` form, a small line with today's date "Thứ Tư, ngày 25/11/2026"), the
``<main>`` group (``has-global-padding is-layout-constrained``) and the footer template part
(address, phone, "Bản quyền © 2026 …"). The child theme adds a sidebar column (Yoast-like
breadcrumbs on top of the main column; "Đọc nhiều", "Thống kê truy cập" with "Đang online /
Hôm nay / Tổng truy cập", a WP-Polls form, "Liên kết website").

The single-post template::

    nav.yoast-breadcrumbs  Trang chủ » <category> » <title>
    h1.wp-block-post-title
    div.wp-block-post-date  <time datetime="2026-11-18T08:15:00+07:00">18 Tháng Mười Một, 2026</time>
    div.wp-block-post-author-name  <a href="/author/<nicename>/">admin | Phòng Đào tạo</a>
    div.taxonomy-category.wp-block-post-terms  category links
    div.entry-content.wp-block-post-content  the post's blocks
    div.taxonomy-post_tag.wp-block-post-terms  "Thẻ: " tag links
    share/print/email tools (the email link carries the ``?p=<id>`` short link)
    nav  wp-block-post-navigation-link "Bài trước: <title>" / "Bài sau: <title>"
    div.wp-block-query  "Bài viết liên quan": titles, dates, wp-block-post-excerpt paragraphs
    div.wp-block-comments  two comments (each with a "Trả lời" ``?replytocom=`` link) + the form

The date is printed as WordPress' vi "j F, Y": "18 Tháng Mười Một, 2026"; the ``datetime``
attribute and ``article:published_time`` carry a clock the page never shows.

Blocks in the post bodies: paragraphs (a bold first paragraph is the sapo on some posts),
``wp-block-heading`` h2/h3, ``wp-block-list`` (ul and ol, nested once), ``wp-block-quote`` with a
``<cite>``, ``wp-block-table`` with ``<thead>`` and a "Bảng 1: …" figcaption, ``wp-block-image``
with and without figcaption (one photo's caption is a centred italic paragraph under it),
``wp-block-gallery`` (three images, each its own figcaption), ``wp-block-columns`` (an image in one
column, paragraphs in the other), ``wp-block-file`` (PDF + "Tải xuống" button),
``wp-block-embed`` YouTube with a figcaption, ``wp-block-separator``, ``wp-block-details``
(summary "Xem danh sách học viên" + a list), ``wp-block-verse`` (a poem), core footnotes (``<sup
class="fn">`` links and ``ol.wp-block-footnotes`` at the end), ``wp-block-buttons`` ("Đăng ký tham
gia").

URL scheme
----------
- ``/`` and ``/page/<n>/``: the blog index, 4 posts per page, newest first, core query pagination
  "Trang trước / 1 2 3 4 / Trang sau"; ``/page/1/`` answers 301 to ``/``.
- ``/<slug>/``: posts and pages; ``/<slug>`` (no slash) answers 301 to ``/<slug>/``.
- ``/?p=<id>``: the short link (``<link rel="shortlink">``, the email tool): 301 to ``/<slug>/``.
- ``/<slug>/?replytocom=<n>``: the comment reply links; WordPress serves the same post again
  (``noindex``, canonical to ``/<slug>/``).
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/`` (4 per page).
- ``/the/<slug>/`` tag archives, ``/author/<nicename>/`` author archives, ``/?s=…`` search.
- ``/feed/`` RSS; uploads under ``/wp-content/uploads/2026/<mm>/`` (images in -1024x683 and
  -300x200 sizes, PDFs).

How each gold article is reached
--------------------------------
13 posts. From ``/`` through ``/page/2/``…``/page/4/``; by category: Tin tức - Sự kiện 5 (the oldest
one only on ``/chuyen-muc/tin-tuc-su-kien/page/2/``), Nghiên cứu - Trao đổi 5 (the oldest only on
page 2), Công tác đào tạo 3. Older posts are also linked by the "Bài trước"/"Bài sau" navigation
of their neighbours and by tag archives.

Traps
-----
- ``?p=<id>`` short links (301) and ``?replytocom=`` duplicates (200, same article: alt_paths).
- ``<time datetime>`` and meta carry a clock; the page prints the day only.
- "admin" in the author block credits nobody; "Phòng Đào tạo" is credited.
- Table figcaption "Bảng 1: …", the YouTube figcaption, the file block's name and "Tải xuống",
  the buttons block, the "Bài viết liên quan" excerpts, comments, tags, share tools: not body.
- Footnote reference numbers (``<sup>``) are not text; the footnote items are the last body
  paragraphs (without the "↩︎" back link).
- Pages (/gioi-thieu/, /lien-he/, /lich-hoc/) share the URL form of posts, without date/author.

Gold decisions
--------------
title = ``h1.wp-block-post-title``; published_at = the printed day; authors from the content
byline ("Tin, ảnh: Trần Văn Phúc" gives author and photographer; "ThS. Nguyễn Thị Thu Sương - Khoa
Nhà nước và Pháp luật" gives "Nguyễn Thị Thu Sương"), else the author block when it is not
"admin"; source from "Nguồn: …"; summary = the bold first paragraph; body = the blocks above in
order (quote paragraphs and the cite line, table header and rows with " | ", details summary and
list items, verse lines, footnote items last); images = the post's photos (image, gallery,
columns) with their figcaption (or the centred italic line), the listing thumbnails aside;
category = the breadcrumb's section.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "wp_gutenberg_tct"
PLATFORM = "WordPress 6.6 + block theme (Twenty Twenty-Four child), core blocks in post bodies"
START_PATH = "/"

SITE_TITLE = "Trường Chính trị tỉnh Quảng Nam"
PER_PAGE = 4

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "cong-tac-dao-tao": "Công tác đào tạo",
}
TAGS = {
    "nha-giao": "Nhà giáo",
    "hoc-vien": "Học viên",
    "tu-tuong-ho-chi-minh": "Tư tưởng Hồ Chí Minh",
    "trung-cap-llct": "Trung cấp LLCT",
    "chuyen-doi-so": "Chuyển đổi số",
    "boi-duong": "Bồi dưỡng",
}
USERS = {"admin": "admin", "phongdaotao": "Phòng Đào tạo"}


# --- block model: the post's blocks as the editor stored them ------------------------------


@dataclass(frozen=True)
class Pn(P):
    """A paragraph with core footnote references after the given words (numbered in order)."""

    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lst:
    items: tuple  # str, or (str, (sub item, ...)) for a nested list
    ordered: bool = False


@dataclass(frozen=True)
class Quote:
    paras: tuple[str, ...]
    cite: str


@dataclass(frozen=True)
class Table:
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str | None = None


@dataclass(frozen=True)
class Gallery:
    imgs: tuple[Img, ...]


@dataclass(frozen=True)
class Columns:
    left: tuple
    right: tuple


@dataclass(frozen=True)
class File:
    href: str
    name: str


@dataclass(frozen=True)
class Embed:
    video: str
    title: str
    caption: str


@dataclass(frozen=True)
class Sep:
    pass


@dataclass(frozen=True)
class Details:
    summary: str
    inner: tuple


@dataclass(frozen=True)
class Verse:
    lines: tuple[str, ...]  # "" is a stanza break


@dataclass(frozen=True)
class Footnotes:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Buttons:
    label: str
    href: str


def flatten(tree) -> list:
    """What a reader takes from the blocks, in page order: paragraphs and photos."""
    out: list = []
    for b in tree:
        if isinstance(b, (P, Img)):
            out.append(b)
        elif isinstance(b, Lst):
            for it in b.items:
                if isinstance(it, tuple):
                    out.append(P(it[0]))
                    out.extend(P(s) for s in it[1])
                else:
                    out.append(P(it))
        elif isinstance(b, Quote):
            out.extend(P(t) for t in b.paras)
            out.append(P(b.cite))
        elif isinstance(b, Table):
            out.append(P(" | ".join(b.head)))
            out.extend(P(" | ".join(r)) for r in b.rows)
        elif isinstance(b, Gallery):
            out.extend(b.imgs)
        elif isinstance(b, Columns):
            out.extend(flatten(b.left) + flatten(b.right))
        elif isinstance(b, Details):
            out.append(P(b.summary))
            out.extend(flatten(b.inner))
        elif isinstance(b, Verse):
            out.extend(P(t) for t in b.lines if t)
        elif isinstance(b, Footnotes):
            out.extend(P(t) for t in b.items)
    return out


@dataclass
class Post:
    id: int
    slug: str
    title: str
    cat: str
    date: str
    time: str
    user: str
    tree: list
    tags: list[str]
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    summary: str | None = None

    def story(self) -> Story:
        return Story(
            self.id, self.slug, self.title, self.cat, self.date, flatten(self.tree),
            list(self.authors), list(self.photographers), self.source, self.summary,
        )


def up(month: int, name: str) -> str:
    return f"/wp-content/uploads/2026/{month:02d}/{name}"


def photo(month: int, name: str, cap: str | None, style: str = "fig") -> Img:
    """A photo in the large size; ``style``: fig (figcaption), none, below (centred italic line)."""
    return Img(up(month, f"{name}-1024x683.jpg"), cap, cap, style)


def byline(line: str, bold: bool = False) -> Raw:
    inner = f"<strong>{esc(line)}</strong>" if bold else esc(line)
    return Raw(f'<p class="has-text-align-right">{inner}</p>')


HCM = "Chủ tịch Hồ Chí Minh"

# --- the posts, newest first ----------------------------------------------------------------

POSTS: list[Post] = [
    Post(
        1187, "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k42-tai-thang-binh",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính K42 hệ không tập trung tại huyện Thăng Bình",
        "cong-tac-dao-tao", "2026-11-23", "14:05:31", "phongdaotao",
        [
            P("Sáng ngày 23/11/2026, tại Trung tâm Chính trị huyện Thăng Bình, Trường Chính trị tỉnh "
              "Quảng Nam tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính K42, hệ "
              "không tập trung, khóa học 2026 - 2028.", "lead"),
            P("Dự lễ khai giảng có đồng chí Nguyễn Văn Lợi, Phó Hiệu trưởng Trường Chính trị tỉnh; "
              "đồng chí Phạm Thị Hạnh, Phó Bí thư Thường trực Huyện ủy Thăng Bình cùng đại diện lãnh "
              "đạo các phòng, khoa của Trường và 98 học viên của lớp."),
            photo(11, "khai-giang-k42-thang-binh-1", "Đồng chí Nguyễn Văn Lợi, Phó Hiệu trưởng phát biểu khai giảng lớp học"),
            P("Phát biểu khai giảng, đồng chí Nguyễn Văn Lợi nhấn mạnh: lớp học được mở nhằm trang "
              "bị cho cán bộ cơ sở hệ thống kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí "
              "Minh, đường lối của Đảng, chính sách, pháp luật của Nhà nước và kỹ năng quản lý hành "
              "chính nhà nước, đáp ứng yêu cầu chuẩn hóa đội ngũ cán bộ sau sắp xếp đơn vị hành chính."),
            P("Chương trình học gồm 4 phần", "h2"),
            Lst((
                "Phần I: Những vấn đề cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.",
                "Phần II: Những vấn đề cơ bản về Đảng Cộng sản, Nhà nước và hệ thống chính trị.",
                "Phần III: Quản lý hành chính nhà nước.",
                "Phần IV: Kỹ năng lãnh đạo, quản lý và thực tiễn địa phương.",
            ), ordered=True),
            P("Khóa học kéo dài 18 tháng; học viên học tập trung vào các ngày thứ Sáu, thứ Bảy và "
              "Chủ nhật hằng tuần theo lịch của Phòng Đào tạo, kết thúc mỗi phần có thi, kiểm tra và "
              "đi nghiên cứu thực tế tại địa phương."),
            Details("Xem danh sách học viên", (
                Lst((
                    "Chi bộ 1: 24 học viên (các xã Bình Minh, Bình Dương, Bình Đào)",
                    "Chi bộ 2: 25 học viên (các xã Bình Triều, Bình Giang, Bình Sa)",
                    "Chi bộ 3: 26 học viên (thị trấn Hà Lam và các cơ quan khối huyện)",
                    "Chi bộ 4: 23 học viên (lực lượng vũ trang và khối doanh nghiệp)",
                )),
            )),
            File(up(11, "Ke-hoach-dao-tao-TCLLCT-K42.pdf"), "Kế hoạch đào tạo lớp TCLLCT-HC K42"),
            P("Thay mặt học viên, đồng chí Lê Quang Trung, lớp trưởng, hứa sẽ chấp hành nghiêm quy "
              "chế học tập, tích cực nghiên cứu, vận dụng kiến thức vào thực tiễn công tác tại cơ sở."),
        ],
        ["trung-cap-llct", "hoc-vien"],
        authors=["Phòng Đào tạo"],
        summary="Sáng ngày 23/11/2026, tại Trung tâm Chính trị huyện Thăng Bình, Trường Chính trị tỉnh "
        "Quảng Nam tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính K42, hệ "
        "không tập trung, khóa học 2026 - 2028.",
    ),
    Post(
        1179, "truong-chinh-tri-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trường Chính trị tỉnh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien", "2026-11-20", "16:42:08", "admin",
        [
            P("Chiều 19/11, Trường Chính trị tỉnh Quảng Nam long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
              "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua “Dạy tốt - "
              "Học tốt” đợt 1 năm 2026.", "lead"),
            P("Đến dự có đồng chí Trần Anh Tuấn, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân "
              "vận Tỉnh ủy; lãnh đạo Sở Giáo dục và Đào tạo, Sở Nội vụ cùng các thế hệ nhà giáo đã "
              "từng công tác tại Trường qua các thời kỳ."),
            photo(11, "ky-niem-20-11-toan-canh", "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"),
            P("Ôn lại truyền thống, TS. Đoàn Ngọc Minh, Hiệu trưởng Nhà trường khẳng định: trải qua "
              "hơn 75 năm xây dựng và trưởng thành, đội ngũ cán bộ, giảng viên của Trường luôn giữ "
              "vững phẩm chất chính trị, không ngừng học tập nâng cao trình độ. Năm 2026, Trường đã "
              "đào tạo, bồi dưỡng cho hơn 6.500 lượt cán bộ, đảng viên trong toàn tỉnh."),
            P("Nhắc lại lời dạy của Bác, đồng chí Hiệu trưởng đề nghị mỗi giảng viên tiếp tục tự "
              "học, tự rèn, xứng đáng với niềm tin của Đảng bộ và nhân dân:"),
            Quote((
                "Nhiệm vụ của thầy giáo, cô giáo là rất quan trọng và rất vẻ vang. Người thầy giáo tốt "
                "- thầy giáo xứng đáng là thầy giáo - là người vẻ vang nhất.",
            ), HCM),
            P("Dịp này, Nhà trường khen thưởng 12 tập thể và 27 cá nhân có thành tích xuất sắc trong "
              "phong trào thi đua; trao giấy chứng nhận cho 5 giảng viên đạt danh hiệu giảng viên "
              "dạy giỏi cấp trường năm 2026."),
            Gallery((
                photo(11, "ky-niem-20-11-khen-thuong", "Trao Giấy khen cho các tập thể xuất sắc"),
                photo(11, "ky-niem-20-11-nha-giao-lao-thanh", "Các nhà giáo lão thành tham dự buổi lễ"),
                photo(11, "ky-niem-20-11-van-nghe", "Tiết mục văn nghệ chào mừng của học viên lớp K41"),
            )),
            byline("Tin, ảnh: Trần Văn Phúc"),
        ],
        ["nha-giao"],
        authors=["Trần Văn Phúc"], photographers=["Trần Văn Phúc"],
        summary="Chiều 19/11, Trường Chính trị tỉnh Quảng Nam long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua “Dạy tốt - "
        "Học tốt” đợt 1 năm 2026.",
    ),
    Post(
        1172, "giai-phap-nang-cao-chat-luong-giang-day-phap-luat-tai-truong-chinh-tri-tinh",
        "Một số giải pháp nâng cao chất lượng giảng dạy phần Nhà nước và pháp luật tại Trường Chính trị tỉnh",
        "nghien-cuu-trao-doi", "2026-11-18", "08:15:00", "admin",
        [
            Pn("Giảng dạy phần học Nhà nước và pháp luật trong chương trình Trung cấp lý luận chính "
               "trị - hành chính có vị trí quan trọng trong việc hình thành tư duy pháp lý cho đội ngũ "
               "cán bộ cơ sở. Hiến pháp năm 2013 khẳng định Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam "
               "là nhà nước pháp quyền xã hội chủ nghĩa của Nhân dân, do Nhân dân, vì Nhân dân.",
               marks=("vì Nhân dân.",)),
            P("1. Thực trạng giảng dạy", "h2"),
            P("Những năm qua, Khoa Nhà nước và Pháp luật đã chủ động đổi mới nội dung bài giảng, tăng "
              "cường tình huống thực tiễn. Tuy vậy, một bộ phận học viên vẫn tiếp thu thụ động; thời "
              "lượng thảo luận còn ít; việc cập nhật văn bản quy phạm pháp luật mới có lúc chưa kịp "
              "thời, nhất là sau khi Luật Tổ chức chính quyền địa phương năm 2025 có hiệu lực."),
            P("1.1. Về phía giảng viên", "h3"),
            P("Đội ngũ giảng viên của Khoa có 7 người, trong đó 2 tiến sĩ và 5 thạc sĩ; phần lớn được "
              "đào tạo chuyên ngành luật nhưng kinh nghiệm thực tiễn quản lý nhà nước còn hạn chế."),
            P("1.2. Về phía học viên", "h3"),
            P("Học viên là cán bộ, công chức cấp xã với trình độ chuyên môn không đồng đều; nhiều "
              "đồng chí vừa học vừa đảm nhận công việc tại cơ quan nên thời gian tự học chưa nhiều."),
            P("2. Một số giải pháp", "h2"),
            P("Thứ nhất, mỗi giảng viên cần quán triệt lời dạy của Người về phương pháp học tập gắn "
              "với thực tiễn:"),
            Quote((
                "Học để làm việc, làm người, làm cán bộ.",
                "Học để phụng sự đoàn thể, giai cấp và nhân dân, Tổ quốc và nhân loại.",
            ), HCM),
            Pn("Thứ hai, đổi mới phương pháp giảng dạy theo hướng lấy người học làm trung tâm, tăng "
               "cường phương pháp tình huống, sử dụng hồ sơ vụ việc thực tế tại địa phương làm "
               "học liệu.", marks=("làm trung tâm,",)),
            P("Thứ ba, tổ chức cho học viên đi nghiên cứu thực tế tại Tòa án nhân dân, Viện kiểm sát "
              "nhân dân và bộ phận một cửa cấp xã để đối chiếu lý luận với thực tiễn."),
            Pn("Thứ tư, thường xuyên cập nhật văn bản pháp luật mới vào bài giảng; xây dựng ngân hàng "
               "câu hỏi thi theo hướng vận dụng.", marks=("vào bài giảng;",)),
            byline("ThS. Nguyễn Thị Thu Sương - Khoa Nhà nước và Pháp luật", bold=True),
            Footnotes((
                "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013, Điều 2.",
                "Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Hội nghị Trung ương 8 khóa XI về đổi mới "
                "căn bản, toàn diện giáo dục và đào tạo.",
                "Quốc hội: Luật Tổ chức chính quyền địa phương, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2025.",
            )),
        ],
        ["tu-tuong-ho-chi-minh"],
        authors=["Nguyễn Thị Thu Sương"],
    ),
    Post(
        1166, "thong-bao-tuyen-sinh-lop-cao-cap-ly-luan-chinh-tri-nam-2027",
        "Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        "cong-tac-dao-tao", "2026-11-16", "09:30:12", "phongdaotao",
        [
            P("Căn cứ Công văn số 2145-CV/HVCTQG của Học viện Chính trị quốc gia Hồ Chí Minh về kế "
              "hoạch tuyển sinh năm 2027, Trường Chính trị tỉnh Quảng Nam thông báo tuyển sinh lớp Cao "
              "cấp lý luận chính trị hệ không tập trung mở tại Trường như sau:"),
            P("I. Đối tượng và điều kiện dự tuyển", "h2"),
            Lst((
                ("Cán bộ, công chức, viên chức được quy hoạch các chức danh:", (
                    "Trưởng, phó các sở, ban, ngành và tương đương cấp tỉnh;",
                    "Ủy viên Ban Thường vụ cấp ủy cấp huyện và tương đương.",
                )),
                "Có trình độ đại học trở lên, có bằng trung cấp lý luận chính trị trở lên.",
                "Tuổi đời: nam không quá 50, nữ không quá 45 tuổi tính đến thời điểm nhập học.",
            ), ordered=True),
            P("II. Chỉ tiêu", "h2"),
            Table(
                ("Khối đơn vị", "Chỉ tiêu", "Ghi chú"),
                (
                    ("Khối Đảng, đoàn thể tỉnh", "25", "Không kể lực lượng vũ trang"),
                    ("Khối chính quyền tỉnh", "30", "Gồm cả đơn vị sự nghiệp"),
                    ("Các huyện, thị xã, thành phố", "45", "Phân bổ theo số đảng viên"),
                ),
                "Bảng 1: Chỉ tiêu tuyển sinh lớp Cao cấp LLCT năm 2027",
            ),
            P("III. Hồ sơ và thời hạn", "h2"),
            P("Hồ sơ gồm: quyết định cử đi học, lý lịch học viên có xác nhận của cơ quan, bản sao "
              "bằng tốt nghiệp, giấy khám sức khỏe. Các đơn vị gửi hồ sơ về Phòng Đào tạo trước ngày "
              "15/12/2026; học viên đăng ký trực tuyến theo đường dẫn bên dưới."),
            File(up(11, "Thong-bao-tuyen-sinh-CCLLCT-2027.pdf"), "Thông báo số 112/TB-TCT"),
            Buttons("Đăng ký tham gia", "https://forms.gle/Tct2027CaoCapQN"),
            Sep(),
            P("Mọi chi tiết xin liên hệ Phòng Đào tạo, điện thoại 0235.3852.417."),
        ],
        ["hoc-vien"],
        authors=["Phòng Đào tạo"],
    ),
    Post(
        1158, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026",
        "Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm 2026",
        "tin-tuc-su-kien", "2026-11-12", "10:20:45", "admin",
        [
            P("Ngày 11/11/2026, Trường Chính trị tỉnh Quảng Nam tổ chức Hội nghị viên chức, người lao "
              "động năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ và bàn giải pháp cho năm tiếp theo."),
            P("Theo báo cáo tại hội nghị, trong năm 2026 Nhà trường đã mở 34 lớp đào tạo, bồi dưỡng với "
              "3.950 học viên; 100% giảng viên dự giờ, thao giảng đạt yêu cầu; hoàn thành 2 đề tài "
              "khoa học cấp tỉnh và 11 đề tài cấp trường."),
            Embed("h8Qx3kW2pTA", "Hội nghị viên chức, người lao động năm 2026",
                  "Video: Phóng sự Hội nghị viên chức, người lao động năm 2026"),
            P("Các ý kiến tham luận tập trung vào việc nâng cao chất lượng giảng dạy, đổi mới công tác "
              "quản lý học viên, cải thiện điều kiện làm việc và thực hiện chế độ chính sách đối với "
              "viên chức."),
            Sep(),
            P("Hội nghị đã biểu quyết thông qua Quy chế chi tiêu nội bộ sửa đổi và bầu Ban Thanh tra "
              "nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí."),
            Raw("<p><em>Nguồn: Báo Quảng Nam</em></p>"),
        ],
        ["boi-duong"],
        source="Báo Quảng Nam",
    ),
    Post(
        1149, "hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong-chinh-tri-tinh",
        "Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh",
        "tin-tuc-su-kien", "2026-11-05", "15:02:19", "admin",
        [
            P("Ngày 04/11/2026, Đoàn công tác Học viện Chính trị khu vực III do PGS.TS Trương Minh Dục, "
              "Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Quảng "
              "Nam về công tác phối hợp mở lớp Cao cấp lý luận chính trị."),
            photo(11, "hvct-khu-vuc-3-lam-viec", None, "none"),
            P("Báo cáo với đoàn, lãnh đạo Nhà trường cho biết từ năm 2021 đến nay, hai bên đã phối hợp "
              "mở 6 lớp Cao cấp lý luận chính trị hệ không tập trung với 612 học viên tốt nghiệp, tỷ lệ "
              "khá, giỏi đạt 78%."),
            P("Đồng chí Phó Giám đốc Học viện đánh giá cao sự chuẩn bị chu đáo về cơ sở vật chất, "
              "ký túc xá và công tác quản lý lớp học; đề nghị Nhà trường tiếp tục phối hợp chặt chẽ "
              "trong khâu tuyển sinh và tổ chức thi, viết khóa luận."),
            photo(11, "hvct-khu-vuc-3-tham-thu-vien", "Đoàn công tác tham quan thư viện Nhà trường", "below"),
            P("Dịp này, hai bên thống nhất xây dựng kế hoạch trao đổi giảng viên thỉnh giảng và tổ "
              "chức hội thảo khoa học chung vào quý II năm 2027."),
            byline("Tin: Lê Thị Hoài Thương - Ảnh: Nguyễn Quang Huy"),
        ],
        ["boi-duong"],
        authors=["Lê Thị Hoài Thương"], photographers=["Nguyễn Quang Huy"],
    ),
    Post(
        1141, "tu-tuong-ho-chi-minh-ve-tu-phe-binh-va-phe-binh",
        "Tư tưởng Hồ Chí Minh về tự phê bình và phê bình – giá trị lý luận và thực tiễn",
        "nghien-cuu-trao-doi", "2026-11-02", "07:50:00", "admin",
        [
            P("TÓM TẮT: Tự phê bình và phê bình là quy luật phát triển của Đảng. Bài viết làm rõ những "
              "nội dung cơ bản trong tư tưởng Hồ Chí Minh về tự phê bình và phê bình, từ đó đề xuất "
              "việc vận dụng trong công tác xây dựng Đảng hiện nay.", "lead"),
            Pn("Ngay từ tác phẩm Sửa đổi lối làm việc (1947), Chủ tịch Hồ Chí Minh đã chỉ rõ: một Đảng "
               "mà giấu giếm khuyết điểm của mình là một Đảng hỏng.", marks=("(1947),",)),
            Quote((
                "Một Đảng có gan thừa nhận khuyết điểm của mình, vạch rõ những cái đó, vì đâu mà có "
                "khuyết điểm đó, xét rõ hoàn cảnh sinh ra khuyết điểm đó, rồi tìm kiếm mọi cách để sửa "
                "chữa khuyết điểm đó. Như thế là một Đảng tiến bộ, mạnh dạn, chắc chắn, chân chính.",
            ), HCM),
            P("Nội dung cơ bản", "h2"),
            Lst((
                ("Về mục đích:", (
                    "Làm cho tổ chức Đảng và mỗi cán bộ, đảng viên tốt hơn, tiến bộ hơn;",
                    "Tăng cường đoàn kết, thống nhất trong Đảng.",
                )),
                ("Về phương pháp:", (
                    "Phải thường xuyên, kiên trì “như người ta rửa mặt hằng ngày”;",
                    "Phải thật thà, trung thực, có lý, có tình.",
                )),
            )),
            Pn("Những năm gần đây, nhiều cấp ủy đã vận dụng sáng tạo tư tưởng này, gắn với thực hiện "
               "Nghị quyết Trung ương 4 khóa XII và Kết luận số 21-KL/TW; song ở không ít nơi, tự phê "
               "bình và phê bình vẫn còn hình thức, nể nang, né tránh.", marks=("Kết luận số 21-KL/TW;",)),
            P("Vì vậy, cần đưa nội dung này vào chương trình đào tạo lý luận chính trị một cách sâu "
              "sắc hơn, thông qua các tình huống sinh hoạt chi bộ cụ thể để học viên thảo luận, liên hệ."),
            byline("TS. Phan Văn Hòa", bold=True),
            Footnotes((
                "Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.301.",
                "Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII.",
            )),
        ],
        ["tu-tuong-ho-chi-minh"],
        authors=["Phan Văn Hòa"],
        summary="TÓM TẮT: Tự phê bình và phê bình là quy luật phát triển của Đảng. Bài viết làm rõ những "
        "nội dung cơ bản trong tư tưởng Hồ Chí Minh về tự phê bình và phê bình, từ đó đề xuất "
        "việc vận dụng trong công tác xây dựng Đảng hiện nay.",
    ),
    Post(
        1133, "be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4",
        "Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        "cong-tac-dao-tao", "2026-10-28", "17:10:03", "admin",
        [
            P("Chiều 27/10, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng "
              "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."),
            P("Trong 12 ngày học tập, 145 học viên là trưởng các thôn, tổ dân phố, chức sắc tôn giáo "
              "và người có uy tín trong đồng bào dân tộc thiểu số đã được nghiên cứu 8 chuyên đề về "
              "quan điểm, đường lối quốc phòng, an ninh của Đảng, chiến lược bảo vệ Tổ quốc trong tình "
              "hình mới và phòng, chống “diễn biến hòa bình”."),
            Embed("Zp4kT9vQm1E", "Bế giảng lớp bồi dưỡng kiến thức QP-AN đối tượng 4",
                  "Học viên thực hành bắn súng tiểu liên AK tại thao trường"),
            P("Kết quả: 100% học viên hoàn thành chương trình, trong đó 62% đạt loại giỏi, 35% loại "
              "khá. Ban tổ chức khen thưởng 10 học viên có thành tích xuất sắc."),
            photo(10, "be-giang-qpan-doi-tuong-4", "Trao giấy chứng nhận cho học viên"),
            byline("Tin, ảnh: Trần Văn Phúc"),
        ],
        ["boi-duong", "hoc-vien"],
        authors=["Trần Văn Phúc"], photographers=["Trần Văn Phúc"],
    ),
    Post(
        1126, "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-thang-10",
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”",
        "tin-tuc-su-kien", "2026-10-22", "11:35:27", "admin",
        [
            P("Thực hiện kế hoạch của Đảng ủy Trường, ngày 21/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức "
              "sinh hoạt chuyên đề quý IV với chủ đề “Nêu cao tinh thần trách nhiệm, gương mẫu của người "
              "giảng viên trong thực hiện nhiệm vụ chính trị”."),
            Columns(
                (photo(10, "chi-bo-xdd-sinh-hoat", "Đồng chí Bí thư Chi bộ trình bày chuyên đề"),),
                (
                    P("Tại buổi sinh hoạt, đồng chí Võ Thị Mỹ Lệ, Bí thư Chi bộ trình bày chuyên đề, "
                      "phân tích những chuẩn mực đạo đức của người cán bộ, đảng viên theo tư tưởng Hồ "
                      "Chí Minh: cần, kiệm, liêm, chính, chí công vô tư."),
                    P("Các đảng viên thảo luận sôi nổi, liên hệ trách nhiệm bản thân trong soạn giảng, "
                      "nghiên cứu khoa học và quản lý học viên."),
                ),
            ),
            P("Kết thúc buổi sinh hoạt, Chi bộ thống nhất 5 việc làm cụ thể, trong đó có việc mỗi "
              "giảng viên đăng ký ít nhất một bài viết nghiên cứu, trao đổi đăng trên Trang thông tin "
              "điện tử của Nhà trường trong năm học."),
        ],
        ["tu-tuong-ho-chi-minh"],
    ),
    Post(
        1118, "phat-huy-vai-tro-he-thong-chinh-tri-co-so-xay-dung-nong-thon-moi-mien-nui",
        "Phát huy vai trò của hệ thống chính trị cơ sở trong xây dựng nông thôn mới ở các huyện miền núi",
        "nghien-cuu-trao-doi", "2026-10-20", "08:00:00", "admin",
        [
            P("Sau 15 năm triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới, diện mạo các "
              "xã miền núi tỉnh Quảng Nam đã có nhiều đổi thay. Hệ thống chính trị cơ sở giữ vai trò "
              "quyết định trong việc vận động nhân dân tham gia."),
            P("Kết quả đạt được", "h2"),
            P("Đến tháng 9/2026, toàn tỉnh có 138 xã đạt chuẩn nông thôn mới, trong đó các huyện miền "
              "núi có 29 xã; thu nhập bình quân đầu người khu vực miền núi đạt 38,5 triệu đồng/năm."),
            Table(
                ("Huyện", "Số xã", "Xã đạt chuẩn NTM", "Tỷ lệ (%)"),
                (
                    ("Tiên Phước", "13", "10", "76,9"),
                    ("Hiệp Đức", "10", "6", "60,0"),
                    ("Nông Sơn", "6", "3", "50,0"),
                    ("Nam Giang", "12", "4", "33,3"),
                    ("Tây Giang", "10", "2", "20,0"),
                ),
                "Bảng 1: Kết quả xây dựng nông thôn mới một số huyện miền núi (đến 30/9/2026)",
            ),
            P("Hạn chế và nguyên nhân", "h2"),
            P("Một số cấp ủy, chính quyền cơ sở còn trông chờ vào nguồn lực cấp trên; công tác tuyên "
              "truyền có nơi chưa sâu; đội ngũ cán bộ cơ sở ở vùng cao còn thiếu về số lượng, hạn chế "
              "về năng lực tham mưu."),
            P("Giải pháp", "h2"),
            Lst((
                "Nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng, phát huy vai trò người đứng đầu.",
                "Đổi mới phương thức vận động của Mặt trận và các đoàn thể, phát huy người có uy tín.",
                "Đào tạo, bồi dưỡng cán bộ người dân tộc thiểu số tại chỗ.",
            ), ordered=True),
            byline("CN. Hồ Thị Kim Oanh - Khoa Lý luận cơ sở"),
        ],
        ["boi-duong"],
        authors=["Hồ Thị Kim Oanh"],
    ),
    Post(
        1109, "hoi-dien-van-nghe-chao-mung-ngay-phu-nu-viet-nam-20-10",
        "Hội diễn văn nghệ chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        "tin-tuc-su-kien", "2026-10-08", "20:15:40", "admin",
        [
            P("Tối 07/10, Công đoàn Trường Chính trị tỉnh phối hợp với các lớp Trung cấp lý luận chính "
              "trị đang học tập tại Trường tổ chức hội diễn văn nghệ chào mừng 96 năm Ngày thành lập "
              "Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)."),
            P("Hội diễn có 14 tiết mục đơn ca, tốp ca, múa và ngâm thơ. Đặc biệt, bài thơ “Gửi cô "
              "giáo dạy lý luận” của học viên Hồ Văn Nhơn, lớp K40 được ngâm trong tiếng đàn bầu đã "
              "để lại nhiều cảm xúc:"),
            Verse((
                "Bục giảng mùa thu nắng nhẹ rơi,",
                "Cô giảng bài xưa giọng ngọt lời,",
                "Trang sách lý luận thành câu hát,",
                "Theo chúng em về khắp núi đồi.",
                "",
                "Mai này ở bản, ở thôn xa,",
                "Nhớ lớp học chung một mái nhà,",
                "Nhớ lời cô dặn: “Vì dân đó”,",
                "Giữ trọn niềm tin giữa phong ba.",
            )),
            photo(10, "hoi-dien-van-nghe-20-10", "Tiết mục múa “Người Mẹ Quảng” của lớp K41"),
            P("Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến khích cho các "
              "tiết mục xuất sắc."),
        ],
        ["hoc-vien"],
    ),
    Post(
        1098, "chuyen-doi-so-trong-giang-day-ly-luan-chinh-tri-thuan-loi-va-thach-thuc",
        "Chuyển đổi số trong giảng dạy lý luận chính trị: thuận lợi và thách thức",
        "nghien-cuu-trao-doi", "2026-10-01", "09:45:00", "admin",
        [
            P("Chuyển đổi số đang tác động mạnh mẽ đến mọi lĩnh vực, trong đó có công tác đào tạo, bồi "
              "dưỡng lý luận chính trị. Việc ứng dụng công nghệ số không chỉ là yêu cầu khách quan mà "
              "còn là giải pháp quan trọng nâng cao chất lượng dạy và học."),
            P("Thuận lợi", "h2"),
            Lst((
                "Hạ tầng mạng, thiết bị của các trường chính trị được đầu tư đồng bộ hơn.",
                "Học liệu điện tử, thư viện số ngày càng phong phú.",
                "Học viên phần lớn đã quen sử dụng điện thoại thông minh và các nền tảng trực tuyến.",
            )),
            P("Thách thức", "h2"),
            Lst((
                "Kỹ năng số của một bộ phận giảng viên lớn tuổi còn hạn chế.",
                "Nguy cơ lộ, lọt thông tin tài liệu mật và thông tin sai lệch trên không gian mạng.",
                "Kinh phí cho phần mềm quản lý đào tạo, học trực tuyến còn eo hẹp.",
            )),
            Sep(),
            P("Để chuyển đổi số thực chất, cần coi con người là trung tâm: bồi dưỡng kỹ năng số cho "
              "giảng viên; xây dựng kho bài giảng điện tử dùng chung; từng bước số hóa hồ sơ học viên "
              "và tổ chức thi trên máy tính đối với một số học phần."),
            Raw('<p class="has-text-align-right"><strong>Đinh Văn Lực</strong><br>'
                "<em>Nguồn: Tạp chí Giáo dục lý luận</em></p>"),
        ],
        ["chuyen-doi-so"],
        authors=["Đinh Văn Lực"], source="Tạp chí Giáo dục lý luận",
    ),
    Post(
        1084, "doi-moi-phuong-phap-giang-day-phat-huy-tinh-tich-cuc-cua-hoc-vien",
        "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của học viên",
        "nghien-cuu-trao-doi", "2026-09-15", "10:00:00", "phongdaotao",
        [
            P("Học viên các lớp lý luận chính trị là người trưởng thành, có kinh nghiệm công tác. Vì "
              "vậy, phương pháp giảng dạy cần khơi dậy khả năng tự học, tư duy phản biện và năng lực "
              "vận dụng vào thực tiễn của người học."),
            P("Các phương pháp được khuyến khích", "h2"),
            Lst((
                "Thảo luận nhóm theo tình huống do chính học viên đưa ra từ địa phương.",
                "Seminar chuyên đề có giảng viên dẫn dắt, học viên trình bày.",
                "Dạy học theo dự án gắn với tiểu luận cuối khóa.",
            ), ordered=True),
            photo(9, "sinh-hoat-chuyen-mon-phong-dao-tao", None, "none"),
            P("Năm học 2026 - 2027, Phòng Đào tạo đề nghị mỗi khoa tổ chức ít nhất hai buổi sinh hoạt "
              "chuyên môn về đổi mới phương pháp, dự giờ chéo giữa các giảng viên và lấy ý kiến phản "
              "hồi của học viên sau mỗi học phần."),
            P("Kết quả khảo sát năm 2026 cho thấy 86% học viên đánh giá bài giảng có sử dụng phương "
              "pháp tích cực là “hấp dẫn, dễ hiểu”, cao hơn 14% so với năm trước."),
        ],
        ["boi-duong"],
        authors=["Phòng Đào tạo"],
    ),
]

# one more news post to give Tin tức five (and page 2)
POSTS.insert(1, Post(
    1183, "cong-doan-truong-tham-tang-qua-nha-giao-lao-thanh",
    "Công đoàn Trường thăm, tặng quà nhà giáo lão thành nhân dịp 20/11",
    "tin-tuc-su-kien", "2026-11-21", "09:12:54", "admin",
    [
        P("Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam, sáng 18/11, Ban Chấp hành Công đoàn Trường Chính "
          "trị tỉnh đã đến thăm, tặng quà 15 nhà giáo lão thành, nguyên là cán bộ, giảng viên của "
          "Trường đang sinh sống tại thành phố Tam Kỳ và các huyện lân cận."),
        P("Tại các gia đình, đoàn ân cần hỏi thăm sức khỏe, thông tin về hoạt động của Nhà trường và "
          "bày tỏ lòng tri ân những đóng góp của các thầy, cô trong sự nghiệp đào tạo cán bộ cho tỉnh."),
        P("Các nhà giáo lão thành bày tỏ niềm vui, mong muốn Nhà trường tiếp tục phát huy truyền "
          "thống, không ngừng nâng cao chất lượng đào tạo, bồi dưỡng."),
    ],
    ["nha-giao"],
))

BY_SLUG = {p.slug: p for p in POSTS}
BY_ID = {p.id: p for p in POSTS}
ORDERED = sorted(POSTS, key=lambda p: (p.date, p.time), reverse=True)

PAGES = {
    "gioi-thieu": (12, "Giới thiệu"),
    "lien-he": (14, "Liên hệ"),
    "lich-hoc": (16, "Lịch học các lớp tháng 12/2026"),
}

# --- gold ---------------------------------------------------------------------------------


def _alt(p: Post) -> list[str]:
    return [f"/{p.slug}/?replytocom={c}" for c in comment_ids(p)]


def comment_ids(p: Post) -> tuple[int, int]:
    return p.id * 10 + 3, p.id * 10 + 7


GOLD = [
    gold_record(p.story(), f"/{p.slug}/", CATEGORIES[p.cat], alt_paths=_alt(p)) for p in ORDERED
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/lich-hoc/",
    "/the/nha-giao/",
    "/?s=dao+tao",
    "/author/admin/",
    "/chuyen-muc/tin-tuc-su-kien/page/2/",
]

# --- printing ------------------------------------------------------------------------------

MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def date_vi(day: str) -> str:
    """WordPress vi "j F, Y": "18 Tháng Mười Một, 2026"."""
    y, m, d = (int(x) for x in day.split("-"))
    return f"{d} {MONTHS[m - 1]}, {y}"


def iso(p: Post) -> str:
    return f"{p.date}T{p.time}+07:00"


def time_tag(p: Post) -> str:
    return f'<time datetime="{iso(p)}">{date_vi(p.date)}</time>'


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _wp_id(src: str) -> int:
    return 2000 + int(hashlib.md5(src.encode()).hexdigest()[:4], 16) % 900


def r_img(img: Img, extra: str = "") -> str:
    small = img.src.replace("-1024x683", "-300x200")
    full = img.src.replace("-1024x683", "")
    tag = (
        f'<img decoding="async" width="1024" height="683" src="{img.src}" alt="" '
        f'class="wp-image-{_wp_id(img.src)}" srcset="{full} 1280w, {img.src} 1024w, {small} 300w" '
        'sizes="(max-width: 1024px) 100vw, 1024px" />'
    )
    cap = ""
    if img.printed and img.style == "fig":
        cap = f'<figcaption class="wp-element-caption">{esc(img.printed)}</figcaption>'
    out = f'<figure class="wp-block-image size-large{extra}">{tag}{cap}</figure>'
    if img.printed and img.style == "below":
        out += f'\n<p class="has-text-align-center has-small-font-size"><em>{esc(img.printed)}</em></p>'
    return out


def r_para(b: P, fn: list[int]) -> str:
    t = esc(b.text)
    if isinstance(b, Pn):
        for mark in b.marks:
            fn[0] += 1
            n = fn[0]
            u = fn[1][n - 1]
            ref = f'<sup data-fn="{u}" class="fn"><a href="#{u}" id="{u}-link">{n}</a></sup>'
            t = t.replace(esc(mark), esc(mark) + ref, 1)
    if b.style in ("h2", "h3"):
        return f'<{b.style} class="wp-block-heading">{t}</{b.style}>'
    if b.style == "lead":
        return f"<p><strong>{t}</strong></p>"
    return f"<p>{t}</p>"


def r_list(b: Lst) -> str:
    tag = "ol" if b.ordered else "ul"
    items = []
    for it in b.items:
        if isinstance(it, tuple):
            sub = "".join(f"<li>{esc(s)}</li>" for s in it[1])
            items.append(f'<li>{esc(it[0])}\n<ul class="wp-block-list">{sub}</ul>\n</li>')
        else:
            items.append(f"<li>{esc(it)}</li>")
    return f'<{tag} class="wp-block-list">\n' + "\n".join(items) + f"\n</{tag}>"


def render(tree, fn: list) -> str:
    out = []
    for b in tree:
        if isinstance(b, P):
            out.append(r_para(b, fn))
        elif isinstance(b, Img):
            out.append(r_img(b, " aligncenter" if b.style == "none" else ""))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Lst):
            out.append(r_list(b))
        elif isinstance(b, Quote):
            paras = "".join(f"\n<p>{esc(t)}</p>" for t in b.paras)
            out.append(
                '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
                f"{paras}\n<cite>{esc(b.cite)}</cite></blockquote>"
            )
        elif isinstance(b, Table):
            head = "".join(f"<th>{esc(c)}</th>" for c in b.head)
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b.rows)
            cap = f'<figcaption class="wp-element-caption">{esc(b.caption)}</figcaption>' if b.caption else ""
            out.append(
                '<figure class="wp-block-table"><table class="has-fixed-layout">'
                f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>{cap}</figure>"
            )
        elif isinstance(b, Gallery):
            inner = "\n".join(r_img(i) for i in b.imgs)
            out.append(
                '<figure class="wp-block-gallery has-nested-images columns-default is-cropped '
                'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
                f"{inner}\n</figure>"
            )
        elif isinstance(b, Columns):
            col = '<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"{}>\n{}\n</div>'
            out.append(
                '<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 '
                'wp-block-columns-is-layout-flex">\n'
                + col.format(' style="flex-basis:40%"', render(b.left, fn)) + "\n"
                + col.format("", render(b.right, fn)) + "\n</div>"
            )
        elif isinstance(b, File):
            fid = f"wp-block-file--media-{_uuid(b.href)}"
            out.append(
                f'<div class="wp-block-file"><object data="{b.href}" type="application/pdf" '
                'style="width:100%;height:600px" aria-label="Nhúng tệp PDF" class="wp-block-file__embed"></object>'
                f'<a id="{fid}" href="{b.href}">{esc(b.name)}</a><a href="{b.href}" '
                f'class="wp-block-file__button wp-element-button" download aria-describedby="{fid}">Tải xuống</a></div>'
            )
        elif isinstance(b, Embed):
            out.append(
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                f'<iframe title="{esc(b.title)}" width="640" height="360" '
                f'src="https://www.youtube.com/embed/{b.video}?feature=oembed" frameborder="0" '
                'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
                'picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" '
                "allowfullscreen></iframe>\n</div>"
                f'<figcaption class="wp-element-caption">{esc(b.caption)}</figcaption></figure>'
            )
        elif isinstance(b, Sep):
            out.append('<hr class="wp-block-separator has-alpha-channel-opacity"/>')
        elif isinstance(b, Details):
            out.append(
                f'<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow">'
                f"<summary>{esc(b.summary)}</summary>\n{render(b.inner, fn)}\n</details>"
            )
        elif isinstance(b, Verse):
            out.append('<pre class="wp-block-verse">' + "<br>".join(esc(t) for t in b.lines) + "</pre>")
        elif isinstance(b, Footnotes):
            lis = "".join(
                f'<li id="{fn[1][i]}">{esc(t)} <a href="#{fn[1][i]}-link" '
                f'aria-label="Chuyển đến chú thích {i + 1}">↩︎</a></li>'
                for i, t in enumerate(b.items)
            )
            out.append(f'<ol class="wp-block-footnotes">{lis}</ol>')
        elif isinstance(b, Buttons):
            out.append(
                '<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">'
                f'<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" '
                f'href="{b.href}" target="_blank" rel="noreferrer noopener">{esc(b.label)}</a></div></div>'
            )
    return "\n\n".join(out)


def content(p: Post) -> str:
    fn = [0, [_uuid(f"{p.slug}-fn-{i}") for i in range(1, 10)]]
    return render(p.tree, fn)


# --- template parts -------------------------------------------------------------------------


def head(request: Request, title: str, body_class: str, canonical: str | None = None,
         extra: str = "", robots: str = "index, follow, max-image-preview:large") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='{robots}' />
<title>{esc(title)}</title>
{canon}<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{esc(SITE_TITLE)}" />
{extra}<link rel="alternate" type="application/rss+xml" title="{esc(SITE_TITLE)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<style id='global-styles-inline-css'>:root{{--wp--preset--color--base: #f9f9f9;--wp--preset--color--contrast: #111111;--wp--style--global--content-size: 760px;--wp--style--global--wide-size: 1280px;}}</style>
<link rel='stylesheet' id='tct-child-style-css' href='{base}/wp-content/themes/tct-quangnam/style.css?ver=1.2.0' media='all' />
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress 6.6.2" />
<link rel="icon" href="{base}/wp-content/uploads/2026/01/cropped-logo-tct-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} wp-custom-logo wp-embed-responsive">
<div class="wp-site-blocks">
"""


NAV = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Lịch sử hình thành"), ("/lien-he/", "Liên hệ")]),
    ("/chuyen-muc/tin-tuc-su-kien/", "Tin tức - Sự kiện", []),
    ("/chuyen-muc/nghien-cuu-trao-doi/", "Nghiên cứu - Trao đổi", []),
    ("/chuyen-muc/cong-tac-dao-tao/", "Công tác đào tạo", [("/lich-hoc/", "Lịch học")]),
    ("/lien-he/", "Liên hệ", []),
]


def header() -> str:
    items = []
    for href, label, subs in NAV:
        a = (f'<a class="wp-block-navigation-item__content" href="{href}">'
             f'<span class="wp-block-navigation-item__label">{esc(label)}</span></a>')
        if subs:
            sub = "".join(
                '<li class="wp-block-navigation-item wp-block-navigation-link">'
                f'<a class="wp-block-navigation-item__content" href="{h}">'
                f'<span class="wp-block-navigation-item__label">{esc(l_)}</span></a></li>'
                for h, l_ in subs
            )
            items.append(
                '<li class="wp-block-navigation-item has-child open-on-hover-click wp-block-navigation-submenu">'
                f'{a}<button aria-label="Menu con {esc(label)}" class="wp-block-navigation__submenu-icon '
                'wp-block-navigation-submenu__toggle" aria-expanded="false"><svg width="12" height="12" '
                'viewBox="0 0 12 12" aria-hidden="true"><path d="M1.50002 4L6.00002 8L10.5 4" '
                'stroke-width="1.5"></path></svg></button>'
                f'<ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li class="wp-block-navigation-item wp-block-navigation-link">{a}</li>')
    return f"""<header class="wp-block-template-part">
<div class="wp-block-group alignfull has-base-2-background-color has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
<p class="has-small-font-size">{TODAY}</p>
<p class="has-small-font-size">Đường dây nóng: <a href="tel:02353852417">0235.3852.417</a></p>
</div></div>
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">
<figure class="wp-block-site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="80" height="80" src="/wp-content/uploads/2026/01/logo-tct.png" class="custom-logo" alt="{esc(SITE_TITLE)}" decoding="async" /></a></figure>
<div class="wp-block-group is-vertical is-layout-flex">
<p class="wp-block-site-title has-large-font-size"><a href="/" target="_self" rel="home">{esc(SITE_TITLE)}</a></p>
<p class="wp-block-site-tagline">Đào tạo, bồi dưỡng cán bộ - Trung thành, sáng tạo, kỷ cương</p>
</div></div>
<form role="search" method="get" action="/" class="wp-block-search__button-inside wp-block-search__icon-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Tìm kiếm</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Tìm kiếm..." value="" type="search" name="s" required /><button aria-label="Tìm kiếm" class="wp-block-search__button has-icon wp-element-button" type="submit"><svg class="search-icon" viewBox="0 0 24 24" width="24" height="24"><path d="M13 5c-3.3 0-6 2.7-6 6 0 1.4.5 2.7 1.3 3.7l-3.8 3.8 1.1 1.1 3.8-3.8c1 .8 2.3 1.3 3.7 1.3 3.3 0 6-2.7 6-6S16.3 5 13 5z"></path></svg></button></div></form>
</div>
<nav class="has-text-color is-responsive items-justified-left wp-block-navigation is-horizontal is-layout-flex wp-block-navigation-is-layout-flex" aria-label="Menu chính">
<button aria-haspopup="dialog" aria-label="Mở menu" class="wp-block-navigation__responsive-container-open" data-wp-on--click="actions.openMenuOnClick"><svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 5v1.5h14V5H5zm0 7.8h14v-1.5H5v1.5zM5 19h14v-1.5H5V19z" /></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close"><div class="wp-block-navigation__responsive-dialog">
<button aria-label="Đóng menu" class="wp-block-navigation__responsive-container-close">×</button>
<div class="wp-block-navigation__responsive-container-content" id="modal-1-content">
<ul class="wp-block-navigation__container is-responsive items-justified-left wp-block-navigation">{"".join(items)}</ul>
</div></div></div></div></nav>
</div>
</header>
"""


def sidebar() -> str:
    popular = [BY_ID[i] for i in (1179, 1172, 1166, 1158, 1141)]
    lis = "".join(
        f'<li><a href="/{p.slug}/" class="wpp-post-title" target="_self">{esc(p.title)}</a>'
        f' <span class="wpp-meta post-stats"><span class="wpp-views">{137 + p.id % 500} lượt xem</span></span></li>'
        for p in popular
    )
    return f"""<aside class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:32%">
<div class="wp-block-group widget-doc-nhieu is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Đọc nhiều</h2>
<ul class="wpp-list">{lis}</ul>
</div>
<div class="wp-block-group widget-thong-ke is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Thống kê truy cập</h2>
<ul class="wp-statistics-widget">
<li><span>Đang online:</span> 18</li>
<li><span>Hôm nay:</span> 642</li>
<li><span>Hôm qua:</span> 1.087</li>
<li><span>Tổng truy cập:</span> 2.418.305</li>
</ul></div>
<div class="wp-block-group widget-poll is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Thăm dò ý kiến</h2>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5c2e1a9f0b" /><input type="hidden" name="poll_id" value="3" /></p>
<p><strong>Bạn đánh giá thế nào về chất lượng bài giảng tại Trường?</strong></p>
<ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-7" name="poll_3" value="7" /> <label for="poll-answer-7">Rất tốt</label></li>
<li><input type="radio" id="poll-answer-8" name="poll_3" value="8" /> <label for="poll-answer-8">Tốt</label></li>
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Cần đổi mới thêm</label></li>
</ul>
<p><input type="button" name="vote" value="Bình chọn" class="Buttons" /></p>
<p><a href="#ViewPollResults" title="Xem kết quả">Xem kết quả</a></p>
</form></div></div>
<div class="wp-block-group widget-lien-ket is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Liên kết website</h2>
<ul class="wp-block-list">
<li><a href="https://quangnam.dcs.vn/" target="_blank" rel="noreferrer noopener">Đảng bộ tỉnh Quảng Nam</a></li>
<li><a href="https://hcma.vn/" target="_blank" rel="noreferrer noopener">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>
<li><a href="https://www.tapchicongsan.org.vn/" target="_blank" rel="noreferrer noopener">Tạp chí Cộng sản</a></li>
</ul></div>
</aside>
"""


def footer() -> str:
    return """<footer class="wp-block-template-part">
<div class="wp-block-group alignfull has-contrast-background-color has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-columns alignwide is-layout-flex wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow">
<p class="has-medium-font-size"><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NAM</strong></p>
<p>Địa chỉ: Số 02 Hùng Vương, phường An Mỹ, TP. Tam Kỳ, tỉnh Quảng Nam</p>
<p>Điện thoại: 0235.3852.417 - Fax: 0235.3852.419 - Email: truongchinhtri@quangnam.gov.vn</p>
</div>
<div class="wp-block-column is-layout-flow">
<p>Chịu trách nhiệm nội dung: TS. Đoàn Ngọc Minh - Hiệu trưởng</p>
<p class="has-small-font-size">Bản quyền © 2026 Trường Chính trị tỉnh Quảng Nam. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="has-small-font-size">Vận hành bởi <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>
</div></div></div>
</footer>
</div>
<script src="/wp-includes/js/dist/interactivity.min.js?ver=6.6.2" id="wp-interactivity-js"></script>
</body>
</html>"""


def layout(main: str) -> str:
    return f"""<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40)">
<div class="wp-block-columns alignwide is-layout-flex wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:68%">
{main}
</div>
{sidebar()}</div>
</main>
"""


def crumbs(*parts: tuple[str | None, str]) -> str:
    out = ['<span><a href="/">Trang chủ</a></span>']
    for href, label in parts:
        if href:
            out.append(f'<span><a href="{href}">{esc(label)}</a></span>')
        else:
            out.append(f'<span class="breadcrumb_last" aria-current="page">{esc(label)}</span>')
    return '<nav class="yoast-breadcrumbs" aria-label="Breadcrumbs"><span>' + " » ".join(out) + "</span></nav>"


# --- listings -------------------------------------------------------------------------------


def excerpt(p: Post, words: int = 28) -> str:
    first = next(b for b in flatten(p.tree) if isinstance(b, P) and b.style not in ("h2", "h3"))
    w = first.text.split()
    return " ".join(w[:words]) + ("…" if len(w) > words else "")


def thumb(p: Post) -> str | None:
    imgs = [b for b in flatten(p.tree) if isinstance(b, Img)]
    return imgs[0].src.replace("-1024x683", "-300x200") if imgs else None


def card(p: Post, h: str = "h2") -> str:
    t = thumb(p)
    fig = (
        f'<figure class="wp-block-post-featured-image"><a href="/{p.slug}/" target="_self">'
        f'<img width="300" height="200" src="{t}" class="attachment-medium size-medium wp-post-image" '
        f'alt="{esc(p.title)}" decoding="async" loading="lazy" /></a></figure>'
        if t else ""
    )
    return (
        f'<li class="wp-block-post post-{p.id} post type-post status-publish format-standard hentry '
        f'category-{p.cat}">\n<div class="wp-block-group is-layout-flow">{fig}\n'
        f'<{h} class="wp-block-post-title has-large-font-size"><a href="/{p.slug}/" target="_self">{esc(p.title)}</a></{h}>\n'
        f'<div class="wp-block-post-date has-small-font-size">{time_tag(p)}</div>\n'
        f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{esc(excerpt(p))} </p></div>\n'
        "</div></li>"
    )


def pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    out = ['<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex '
           'wp-block-query-pagination-is-layout-flex" aria-label="Phân trang">']
    if page > 1:
        out.append(f'<a href="{url(page - 1)}" class="wp-block-query-pagination-previous">'
                   '<span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>Trang trước</a>')
    nums = []
    for n in range(1, pages + 1):
        if n == page:
            nums.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            nums.append(f'<a class="page-numbers" href="{url(n)}">{n}</a>')
    out.append('<div class="wp-block-query-pagination-numbers">' + "\n".join(nums) + "</div>")
    if page < pages:
        out.append(f'<a href="{url(page + 1)}" class="wp-block-query-pagination-next">Trang sau'
                   '<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden="true">→</span></a>')
    out.append("</nav>")
    return "\n".join(out)


def listing(request: Request, posts: list[Post], base: str, page: int, heading: str,
            crumb: str, body_class: str, title: str, canonical: bool = True) -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    canon = (base if page == 1 else f"{base}page/{page}/") if canonical else None
    cards = "\n".join(card(p) for p in chunk) or '<p class="wp-block-query-no-results">Không tìm thấy bài viết nào.</p>'
    h1 = f'<h1 class="wp-block-query-title">{esc(heading)}</h1>' if heading else ""
    main = f"""{crumb}
{h1}
<div class="wp-block-query is-layout-flow wp-block-query-is-layout-flow">
<ul class="wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">
{cards}
</ul>
{pagination(base, page, pages)}
</div>"""
    suffix = f" – Trang {page}" if page > 1 else ""
    return html(head(request, f"{title}{suffix} – {SITE_TITLE}", body_class, canon) + header()
                + layout(main) + footer())


# --- the single post ------------------------------------------------------------------------

COMMENTERS = [
    ("Lê Minh Tuấn", "Bài viết rất thiết thực, cảm ơn Nhà trường đã chia sẻ."),
    ("Nguyễn Thị Ngọc Ánh", "Mong Trường tiếp tục cập nhật thêm nhiều thông tin bổ ích cho học viên."),
    ("Học viên K41", "Chúc các thầy cô luôn mạnh khỏe, tâm huyết với nghề."),
    ("Phạm Văn Khánh", "Cho hỏi lịch học tháng tới đã có chưa ạ?"),
]


def comments(p: Post) -> str:
    ids = comment_ids(p)
    lis = []
    for k, cid in enumerate(ids):
        name, said = COMMENTERS[(p.id + k) % len(COMMENTERS)]
        day = f"{p.date[:8]}{min(int(p.date[8:]) + k + 1, 28):02d}"
        lis.append(
            f'<li id="comment-{cid}" class="comment {"even" if k == 0 else "odd"} thread-even depth-1">'
            '<div class="wp-block-columns is-layout-flex"><div class="wp-block-column is-layout-flow">'
            f'<div class="wp-block-comment-author-name">{esc(name)}</div>'
            f'<div class="wp-block-comment-date"><time datetime="{day}T2{k}:1{k}:00+07:00">'
            f'<a href="/{p.slug}/#comment-{cid}">{date_vi(day)} lúc {8 + k}:1{k} sáng</a></time></div>'
            f'<div class="wp-block-comment-content"><p>{esc(said)}</p></div>'
            f'<div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" '
            f'href="/{p.slug}/?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{p.id}" '
            f'data-belowelement="comment-{cid}" data-respondelement="respond" '
            f'aria-label="Trả lời {esc(name)}">Trả lời</a></div>'
            "</div></div></li>"
        )
    return f"""<div class="wp-block-comments">
<h2 class="wp-block-comments-title">2 bình luận về &ldquo;{esc(p.title)}&rdquo;</h2>
<ol class="wp-block-comment-template">{"".join(lis)}</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form">
<h3 id="reply-title" class="comment-reply-title">Trả lời <small><a rel="nofollow" id="cancel-comment-reply-link" href="/{p.slug}/#respond" style="display:none;">Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Phản hồi" /> <input type="hidden" name="comment_post_ID" value="{p.id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>
</form></div>
</div>"""


def related(p: Post) -> str:
    others = [q for q in ORDERED if q.cat == p.cat and q is not p][:3]
    if not others:
        return ""
    cards = "\n".join(card(q, "h3") for q in others)
    return f"""<div class="wp-block-query related-posts is-layout-flow wp-block-query-is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Bài viết liên quan</h2>
<ul class="wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-1 wp-block-post-template-is-layout-grid">
{cards}
</ul></div>"""


def post_page(request: Request, p: Post, reply: bool = False) -> Response:
    base = base_url(request)
    i = ORDERED.index(p)
    older = ORDERED[i + 1] if i + 1 < len(ORDERED) else None
    newer = ORDERED[i - 1] if i > 0 else None
    nav = []
    if older:
        nav.append(
            '<div class="post-navigation-link-previous wp-block-post-navigation-link">'
            '<span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span>'
            f'<a href="/{older.slug}/" rel="prev"><span class="post-navigation-link__label">Bài trước: </span>'
            f'<span class="post-navigation-link__title">{esc(older.title)}</span></a></div>'
        )
    if newer:
        nav.append(
            '<div class="post-navigation-link-next has-text-align-right wp-block-post-navigation-link">'
            f'<a href="/{newer.slug}/" rel="next"><span class="post-navigation-link__label">Bài sau: </span>'
            f'<span class="post-navigation-link__title">{esc(newer.title)}</span></a>'
            '<span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div>'
        )
    cat = CATEGORIES[p.cat]
    tags = '<span class="wp-block-post-terms__separator">, </span>'.join(
        f'<a href="/the/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in p.tags
    )
    share = quote_plus(f"{base}/{p.slug}/")
    extra = (
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(p.title)}" />\n'
        f'<meta property="og:description" content="{esc(excerpt(p, 40))}" />\n'
        f'<meta property="article:published_time" content="{iso(p)}" />\n'
        f'<meta property="article:modified_time" content="{p.date}T{p.time[:2]}:59:59+07:00" />\n'
        f"<link rel='shortlink' href='{base}/?p={p.id}' />\n"
        f'<link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{p.id}" />\n'
    )
    robots = "noindex, follow" if reply else "index, follow, max-image-preview:large"
    main = f"""{crumbs((f"/chuyen-muc/{p.cat}/", cat), (None, p.title))}
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h1 class="wp-block-post-title has-x-large-font-size">{esc(p.title)}</h1>
<div class="wp-block-group post-meta has-small-font-size is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-post-date">{time_tag(p)}</div>
<p>—</p>
<div class="wp-block-post-author-name"><a href="/author/{p.user}/" target="_self" class="wp-block-post-author-name__link">{esc(USERS[p.user])}</a></div>
<p>trong</p>
<div class="taxonomy-category wp-block-post-terms"><a href="/chuyen-muc/{p.cat}/" rel="tag">{esc(cat)}</a></div>
</div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{content(p)}
</div>
<div class="wp-block-group post-footer is-layout-flow">
<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Thẻ: </span>{tags}</div>
<div class="tct-share-tools"><span>Chia sẻ:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener">Facebook</a>
<a href="https://sp.zalo.me/share_inline?d={share}" target="_blank" rel="noopener">Zalo</a>
<a href="mailto:?subject={quote_plus(p.title)}&amp;body={base}/?p={p.id}">Gửi email</a>
<a href="javascript:window.print()" rel="nofollow">In bài viết</a></div>
</div>
<nav class="wp-block-group post-navigation is-content-justification-space-between is-layout-flex" aria-label="Điều hướng bài viết">
{"".join(nav)}
</nav>
{related(p)}
{comments(p)}"""
    body_class = (f"post-template-default single single-post postid-{p.id} single-format-standard")
    canonical = f"/{p.slug}/"
    return html(head(request, f"{p.title} – {SITE_TITLE}", body_class, canonical, extra, robots)
                + header() + layout(main) + footer())


# --- pages ----------------------------------------------------------------------------------


def page_content(slug: str) -> str:
    if slug == "gioi-thieu":
        return """<div class="wp-block-cover alignfull is-light" style="min-height:420px"><span aria-hidden="true" class="wp-block-cover__background has-background-dim-40 has-background-dim"></span><img decoding="async" class="wp-block-cover__image-background wp-image-21" alt="" src="/wp-content/uploads/2026/01/toan-canh-truong-chinh-tri.jpg" data-object-fit="cover" /><div class="wp-block-cover__inner-container is-layout-constrained wp-block-cover-is-layout-constrained">
<p class="has-text-align-center has-large-font-size"><strong>Trường Chính trị tỉnh Quảng Nam</strong></p>
<p class="has-text-align-center">Hơn 75 năm xây dựng và trưởng thành</p>
</div></div>

<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading">Chức năng</h2>
<p>Trường Chính trị tỉnh Quảng Nam là cơ quan trực thuộc Tỉnh ủy và UBND tỉnh, có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; nghiên cứu khoa học về lý luận chính trị.</p></div>
<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading">Cơ cấu tổ chức</h2>
<ul class="wp-block-list"><li>Ban Giám hiệu</li><li>Phòng Tổ chức - Hành chính</li><li>Phòng Đào tạo</li><li>Khoa Xây dựng Đảng</li><li>Khoa Lý luận cơ sở</li><li>Khoa Nhà nước và Pháp luật</li><li>Khoa Dân vận</li></ul></div>
</div>"""
    if slug == "lien-he":
        return """<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NAM</strong></p>
<p>Địa chỉ: Số 02 Hùng Vương, phường An Mỹ, TP. Tam Kỳ, tỉnh Quảng Nam<br>Điện thoại: 0235.3852.417 - Email: truongchinhtri@quangnam.gov.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f55-p14-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f55-p14-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<p><label> Họ và tên<br /><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></label></p>
<p><label> Email<br /><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email" /></label></p>
<p><label> Nội dung<br /><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p>
</form></div>"""
    rows = [
        ("01/12/2026", "Sáng", "TCLLCT-HC K42 Thăng Bình", "Phần II, Bài 3", "ThS. Võ Thị Mỹ Lệ"),
        ("02/12/2026", "Chiều", "TCLLCT-HC K41 tập trung", "Phần III, Bài 7", "ThS. Nguyễn Thị Thu Sương"),
        ("04/12/2026", "Cả ngày", "Bồi dưỡng đảng viên mới", "Chuyên đề 4", "TS. Phan Văn Hòa"),
    ]
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"""<p>Phòng Đào tạo thông báo lịch học các lớp trong tháng 12/2026 như sau:</p>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Ngày</th><th>Buổi</th><th>Lớp</th><th>Nội dung</th><th>Giảng viên</th></tr></thead><tbody>{trs}</tbody></table></figure>
<p>Lịch có thể thay đổi, đề nghị học viên theo dõi thông báo của Phòng Đào tạo.</p>"""


def static_page(request: Request, slug: str) -> Response:
    pid, title = PAGES[slug]
    main = f"""{crumbs((None, title))}
<h1 class="wp-block-post-title has-x-large-font-size">{esc(title)}</h1>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{page_content(slug)}
</div>"""
    return html(head(request, f"{title} – {SITE_TITLE}", f"page-template-default page page-id-{pid}", f"/{slug}/")
                + header() + layout(main) + footer())


def feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(p.title)}</title><link>{base}/{p.slug}/</link>"
        f"<dc:creator><![CDATA[{USERS[p.user]}]]></dc:creator>"
        f"<pubDate>{p.date} {p.time} +0700</pubDate><category><![CDATA[{CATEGORIES[p.cat]}]]></category>"
        f'<guid isPermaLink="false">{base}/?p={p.id}</guid>'
        f"<description><![CDATA[{excerpt(p)}]]></description></item>"
        for p in ORDERED[:10]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{esc(SITE_TITLE)}</title><link>{base}</link><language>vi</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing --------------------------------------------------------------------------------


def _fold(value: str) -> str:
    """MySQL's utf8mb4_unicode_ci: case- and accent-insensitive (WordPress search)."""
    value = unicodedata.normalize("NFD", value.lower().replace("đ", "d"))
    return " ".join("".join(c for c in value if not unicodedata.combining(c)).split())


def _page_no(rest: str) -> int | None:
    if not rest:
        return 1
    m = re.fullmatch(r"page/(\d+)/", rest)
    return int(m.group(1)) if m else None


class WordPressSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf") and path.startswith("/wp-content/uploads/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            if "p" in params:
                p = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(f"{base_url(request)}/{p.slug}/", 301) if p else None
            if "s" in params:
                words = params["s"].strip()
                found = [p for p in ORDERED if words and _fold(words) in _fold(p.title + " " + excerpt(p, 60))]
                return listing(request, found[:PER_PAGE], "/", 1,
                               f"Kết quả tìm kiếm: “{words}”", crumbs((None, "Tìm kiếm")),
                               "search search-results", f"Kết quả tìm kiếm “{words}”", canonical=False)
            return listing(request, ORDERED, "/", 1, "", "", "home blog", SITE_TITLE)
        if path == "/feed/":
            return feed(request)
        if m := re.fullmatch(r"/page/(\d+)/", path):
            n = int(m.group(1))
            if n == 1:
                return redirect(f"{base_url(request)}/", 301)
            return listing(request, ORDERED, "/", n, "", "", "home blog paged", SITE_TITLE)
        if m := re.fullmatch(r"/(chuyen-muc|the|author)/([a-z0-9-]+)/(.*)", path):
            kind, key, rest = m.groups()
            n = _page_no(rest)
            if n is None:
                return None
            base = f"/{kind}/{key}/"
            if n == 1 and rest:
                return redirect(base_url(request) + base, 301)
            if kind == "chuyen-muc" and key in CATEGORIES:
                name = CATEGORIES[key]
                posts = [p for p in ORDERED if p.cat == key]
                return listing(request, posts, base, n, f"Chuyên mục: {name}", crumbs((None, name)),
                               f"archive category category-{key}", name)
            if kind == "the" and key in TAGS:
                name = TAGS[key]
                posts = [p for p in ORDERED if key in p.tags]
                return listing(request, posts, base, n, f"Thẻ: {name}", crumbs((None, name)),
                               f"archive tag tag-{key}", name)
            if kind == "author" and key in USERS:
                name = USERS[key]
                posts = [p for p in ORDERED if p.user == key]
                return listing(request, posts, base, n, f"Tác giả: {name}", crumbs((None, name)),
                               f"archive author author-{key}", name)
            return None
        if m := re.fullmatch(r"/([a-z0-9-]+)(/?)", path):
            slug, slash = m.groups()
            if slug not in BY_SLUG and slug not in PAGES:
                return None
            if not slash:
                q = f"?{request.query}" if request.query else ""
                return redirect(f"{base_url(request)}/{slug}/{q}", 301)
            if slug in PAGES:
                return static_page(request, slug)
            p = BY_SLUG[slug]
            reply = params.get("replytocom", "")
            if reply and (not reply.isdigit() or int(reply) not in comment_ids(p)):
                reply = ""
            return post_page(request, p, reply=bool(reply))
        return None


def build_site() -> WordPressSite:
    return WordPressSite()
