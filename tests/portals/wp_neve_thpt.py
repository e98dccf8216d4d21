"""WordPress 6 + Neve + Otter Blocks: the site of an upper-secondary school (Trường THPT Nguyễn Huệ, Đắk Lắk).

Platform
    WordPress 6.6 in Vietnamese (vi), theme Neve (+ Neve Pro: related posts, header/footer
    builder), plugins Otter Blocks (posts grid, accordion, tabs, icon list, advanced heading,
    slider, form), Yoast SEO (breadcrumbs, canonical, JSON-LD in UTC), LiteSpeed Cache (lazy
    images), WP-Print, AddToAny, Easy Table of Contents, WP-Polls, WP Statistics. Everything is
    printed with absolute links built from the request's Host, as ``home_url()`` does.

URL scheme
    ``/``                                  static front page built from Otter blocks
    ``/<yyyy>/<mm>/<slug>/``               a post (slug ASCII, or one UTF-8 slug printed
                                           percent-encoded in lower case as WP stores it)
    ``/<yyyy>/<mm>/<slug>/print/``         WP-Print view of a post
    ``/<yyyy>/<mm>/<slug>/<attachment>/``  attachment page of an image in a gallery
    ``/<post>/?replytocom=<id>``           comment-reply link (the same post again)
    ``/chuyen-muc/<slug>/[page/N/]``       category archive (a parent lists its child's posts)
    ``/chuyen-muc/<parent>/<child>/``      child category archive
    ``/tag/<slug>/``, ``/author/quantri/[page/N/]``, ``/<yyyy>/<mm>/[page/N/]`` other archives
    ``/?s=<q>``, ``/page/N/?s=<q>``        search
    ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/lien-he/``   WordPress pages
    ``/?p=<id>``                           shortlink, 301 to the permalink
    ``/feed/``                             RSS of the 10 newest posts; ``/robots.txt``
    A post or archive path without its trailing slash answers 301 to the slashed one; ``page/1/``
    answers 301 to the archive itself. Six posts per archive page.

Page templates
    Neve single: ``article.nv-single-post-wrap`` > ``.entry-header .nv-title-meta-wrap`` (Yoast
    breadcrumb in ``small.neve-breadcrumbs-wrapper``, ``h1.title.entry-title``,
    ``ul.nv-meta-list`` with author "quantri", two ``<time>`` elements and the categories), the
    featured image in ``.nv-thumb-wrap``, ``div.nv-content-wrap.entry-content``, tags,
    ``.nv-related-posts`` (3 newest of the primary category), comments (whose text is also
    ``.nv-content-wrap``) and the comment form. Archives: ``.nv-index-posts`` with
    ``article.layout-default`` cards and ``ul.page-numbers``. Sidebar widgets: search, "Bài viết
    mới", "Thông báo mới", archive dropdown, link banners, WP-Polls, WP Statistics counter.

How each gold article is reached
    Home (Otter grids): T1, D1, T2, D2, C1, C2, C3, N1, N2; T3 through the hero slide's button
    (with ``?fbclid=``) and its category. Category "Tin tức – Sự kiện" page 1 lists T1, D1, T2, D2,
    T3, D3 (children included); T4 and T5 are only on its **page 2** (also on author archive
    pages 2-3 and on the October month archive, which only the ``<select>`` dropdown links).

Traps
    1. Duplicates of one post: the WP-Print ``/print/`` view, ``?replytocom=N`` reply links
       (T1, D1), a ``?fbclid=`` link pasted into the home slider (T3), T3's percent-encoded
       Vietnamese slug (printed lower-case, answered in upper case too), slashless URLs (301).
       Gold: one record per post, the others in ``alt_paths``.
    2. Dates: Neve prints the day only, with the time in ``<time datetime>``; a second, hidden
       ``<time class="updated">`` follows (T2 updated 28/11); Yoast's ``article:published_time``
       and JSON-LD are in UTC, so T5 (published at 00:00) reads as the 19th there. Gold: local
       time from the published ``datetime``; T5 the day alone "2026-10-20".
    3. Bylines: the meta's "bởi quantri" (and JSON-LD author "quantri") is the CMS account ->
       nobody; real bylines are right-aligned lines at the end ("Tin, ảnh: …", "Tin: Thầy … -
       Ảnh: …", a unit alone, "BBT") or at the top of C1 ("ThS. …" plus the post on a second
       line). Gold: names without "Thầy"/"ThS." and posts; "BBT" nobody.
    4. Not body although inside ``.entry-content``: Easy TOC "Mục lục" list, an Otter posts
       grid "Bài viết cùng chuyên mục" (D2), the AddToAny share box, the WP-Print link, a "Xem
       thêm:" line, the file block "Tải xuống", the official letterhead and closing tables (N1).
       Comment text sits in another ``.nv-content-wrap`` after the article: not body.
    5. Body hidden in widgets: Otter accordion (``<details>`` closed) and tabs (titles are
       headings, one paragraph each), Otter icon-list items (``<p>`` in ``<div>``), WordPress
       footnotes: the ``<sup data-fn>`` number is no text, the notes ``ol.wp-block-footnotes``
       are paragraphs without their "↩︎" back link.
    6. Images: LiteSpeed lazy load (``src`` an SVG data URI, real file in ``data-src``, a
       ``<noscript>`` copy), the featured image repeated as a 930x620 crop in ``.nv-thumb-wrap``
       (not an article photo: the gold lists the content photos), classic ``[caption]``
       figures, a "(…)" italic line under a photo as its caption, gallery images with and
       without figcaptions, images linked to attachment pages; logos, gravatars, banners and
       the printer icon are no photos.
    7. Non-articles in the post template: a document entry (Văn bản, a PDF), a photo album, a
       video post and two attachment pages all live at ``/<yyyy>/<mm>/…/`` with h1 and date.
    8. Category: T2 is filed in two categories (Yoast's primary decides the breadcrumb); the
       Đoàn posts are in a child category that the breadcrumb prints after its parent; names
       come through wptexturize ("Tin tức – Sự kiện" with an en dash). Gold: the breadcrumb's
       last category.
    9. Text: wptexturize entities (``&#8220;`` ``&#8221;`` ``&#8211;`` ``&#8217;``), T5
       stored decomposed (NFD, pasted from a Mac), an emoji in D1's title and text, a poem
       whose lines are ``<br>``-split (D2), ``<p>&nbsp;</p>`` spacers in the classic post (T4).
   10. N1 is an official notice (letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
       signer): its date is the letterhead's "ngày 30 tháng 11 năm 2026" although the post is
       dated 01/12/2026 07:45; its signer Trần Thị Minh Hạnh is the author.

Gold decisions on ambiguous points
    - ``published_at`` is the day the page prints (harmonised at merge with the house's convention,
      tests/portals/README.md: the time of a ``datetime`` attribute the page never shows, and of
      the separate print view, is not printed on the page; the helper's gold took it).
    - The featured image (a crop of the first photo, or a stock banner) is not in ``images``.
    - ``category`` is the breadcrumb's last category ("Hoạt động Đoàn – Hội" for the Đoàn posts,
      "Tin tức – Sự kiện" for T2), en dash as printed.
    - Accordion and tab titles, table rows (header row too), icon-list items and footnote
      entries are body paragraphs; the letterhead's "Số: …" and the closing table are not.
    - Bylines: "Tin: Đoàn trường" -> ["Đoàn trường"]; "Tin, ảnh: Bùi Thị Kim Oanh (Bí thư Đoàn
      trường)" -> author and photographer "Bùi Thị Kim Oanh"; "Công đoàn trường", "Tổ Văn
      phòng", "Ban Chuyên môn", "Tổ Ngoại ngữ" signing alone are authors; D3's "Hoàng Anh" with
      "(Theo Báo Đắk Lắk)" -> author "Hoàng Anh", source "Báo Đắk Lắk".
    - The bold first paragraph (T1, T4, D2, C1) is the sapo; posts without one have no summary.
    - The poem lines in D2 are four paragraphs (``<br>`` splits).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
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

NAME = "wp_neve_thpt"
PLATFORM = "WordPress 6 + Neve theme + Otter Blocks"
START_PATH = "/"

SITE = "Trường THPT Nguyễn Huệ"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
TZ = timezone(timedelta(hours=7))
PER_PAGE = 6

# slug -> (name as printed, parent slug)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức – Sự kiện", None),
    "hoat-dong-doan": ("Hoạt động Đoàn – Hội", "tin-tuc-su-kien"),
    "chuyen-mon": ("Hoạt động chuyên môn", None),
    "thong-bao": ("Thông báo", None),
    "van-ban": ("Văn bản", None),
    "thu-vien-anh": ("Thư viện ảnh", None),
    "video": ("Video", None),
}
TAGS = {"hoc-sinh-gioi": "học sinh giỏi", "doan-thanh-nien": "đoàn thanh niên"}


def cat_path(slug: str) -> str:
    parent = CATS[slug][1]
    return f"/chuyen-muc/{parent}/{slug}/" if parent else f"/chuyen-muc/{slug}/"


# --- the posts ------------------------------------------------------------------------------


@dataclass
class Post:
    """A WordPress post: a gold story, or a non-article post with its own content markup."""

    wp_id: int
    slug: str  # unicode slug; printed percent-encoded when not ASCII
    title: str
    date: str  # local "YYYY-MM-DDTHH:MM:SS"
    cats: list[str]  # primary first
    story: Story | None = None
    raw: str = ""  # content of a non-article post
    excerpt_text: str = ""
    modified: str | None = None
    tags: list[str] = field(default_factory=list)
    featured: str | None = None
    comments: list[tuple[int, str, str, str]] = field(default_factory=list)
    nfd: bool = False
    toc: bool = False
    attachments: list[tuple[str, str, str | None]] = field(default_factory=list)

    @property
    def month_path(self) -> str:
        return f"/{self.date[:4]}/{self.date[5:7]}/"

    @property
    def path(self) -> str:
        slug = self.slug if self.slug.isascii() else quote(self.slug, safe="-").lower()
        return f"{self.month_path}{slug}/"

    @property
    def decoded_path(self) -> str:
        return f"{self.month_path}{self.slug}/"

    @property
    def dt(self) -> datetime:
        return datetime.fromisoformat(self.date).replace(tzinfo=TZ)

    @property
    def excerpt(self) -> str:
        source = self.excerpt_text or (self.story.paragraphs[0] if self.story else "")
        words = source.split()
        return " ".join(words[:28]) + ("…" if len(words) > 28 else "")


def _lead(t: str) -> P:
    return P(t, "lead")


def _byline(line: str, align: str = "class", tag: str = "strong") -> Raw:
    if align == "class":
        return Raw(f'<p class="has-text-align-right"><{tag}>{esc(line)}</{tag}></p>')
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


U = "/wp-content/uploads"

T1 = Story(
    id=1482,
    slug="soi-noi-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03",
    summary="Trong hai ngày 01 và 02/12/2026, Trường THPT Nguyễn Huệ tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027 với sự tham gia của gần 650 vận động viên đến từ 33 chi đoàn lớp.",
    authors=["Nguyễn Thị Thanh Huyền"],
    photographers=["Nguyễn Thị Thanh Huyền"],
    blocks=[
        _lead(
            "Trong hai ngày 01 và 02/12/2026, Trường THPT Nguyễn Huệ tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027 với sự tham gia của gần 650 vận động viên đến từ 33 chi đoàn lớp."
        ),
        P(
            "Hội khỏe năm nay gồm 7 môn thi đấu: điền kinh, bóng đá nam, bóng chuyền nữ, cầu lông, đá cầu, kéo co và cờ vua. Lần đầu tiên, Ban tổ chức đưa môn đẩy gậy – môn thể thao dân tộc được nhiều học sinh người Ê Đê, M’nông của trường yêu thích – vào nội dung thi đấu chính thức."
        ),
        Img(
            f"{U}/2026/12/hkpd-khai-mac-1024x683.jpg",
            "Thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường đánh trống khai mạc Hội khỏe Phù Đổng",
            "Thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường đánh trống khai mạc Hội khỏe Phù Đổng",
            "gb",
        ),
        P(
            "Phát biểu khai mạc, thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường nhấn mạnh: “Hội khỏe Phù Đổng là dịp để các em rèn luyện thể chất, tinh thần đoàn kết và ý chí vượt khó. Mỗi trận đấu là một bài học về sự trung thực và cao thượng trong thể thao”."
        ),
        P(
            "Sau 2 ngày tranh tài sôi nổi, các vận động viên đã thi đấu với tinh thần fair-play, nhiều nội dung diễn ra kịch tính đến những phút cuối cùng. Trận chung kết bóng đá nam giữa chi đoàn 12A2 và 11A5 phải phân định thắng thua bằng loạt sút luân lưu."
        ),
        Img(f"{U}/2026/12/hkpd-keo-co-1024x683.jpg", None, None, "gb"),
        P("Kết quả chung cuộc", "h3"),
        Raw('<ul class="wp-block-list">'),
        P("Giải Nhất toàn đoàn: Chi đoàn 12A2;", "li"),
        P("Giải Nhì toàn đoàn: Chi đoàn 11A1;", "li"),
        P("Giải Ba toàn đoàn: Chi đoàn 10A4 và 12A5.", "li"),
        Raw("</ul>"),
        Img(
            f"{U}/2026/12/hkpd-trao-giai-1024x683.jpg",
            "Ban tổ chức trao giải Nhất toàn đoàn cho chi đoàn 12A2",
            "Ban tổ chức trao giải Nhất toàn đoàn cho chi đoàn 12A2",
            "gb",
        ),
        P(
            "Qua Hội khỏe, nhà trường đã lựa chọn 42 vận động viên có thành tích tốt để thành lập đội tuyển tham dự Hội khỏe Phù Đổng tỉnh Đắk Lắk lần thứ XIII, dự kiến tổ chức vào tháng 3/2027."
        ),
        _byline("Tin, ảnh: Nguyễn Thị Thanh Huyền"),
    ],
)

T2 = Story(
    id=1456,
    slug="long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20",
    authors=["Công đoàn trường"],
    blocks=[
        P(
            "Sáng ngày 20/11/2026, Trường THPT Nguyễn Huệ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Krông Pắc, Ban đại diện cha mẹ học sinh cùng đông đảo thầy cô giáo nghỉ hưu và các thế hệ học sinh của trường."
        ),
        Img(
            f"{U}/2026/11/le-20-11-toan-canh-1024x683.jpg",
            "Quang cảnh buổi lễ kỷ niệm",
            "Quang cảnh buổi lễ kỷ niệm",
            "lazy",
        ),
        P(
            "Tại buổi lễ, cô Trần Thị Minh Hạnh, Phó Hiệu trưởng nhà trường đã ôn lại lịch sử, ý nghĩa của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của nhà trường trong năm học 2025 – 2026: tỉ lệ học sinh tốt nghiệp THPT đạt 99,6%; 31 học sinh đạt giải học sinh giỏi cấp tỉnh; 4 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh."
        ),
        P(
            "Nghề dạy học là nghề của lòng kiên nhẫn và tình yêu thương. Mỗi thế hệ học trò trưởng thành là niềm hạnh phúc lớn nhất của người thầy.",
            "quote",
        ),
        P(
            "Phát biểu tại buổi lễ, đại diện Ban đại diện cha mẹ học sinh bày tỏ lòng biết ơn sâu sắc đến tập thể cán bộ, giáo viên nhà trường đã tận tụy với sự nghiệp trồng người, đồng thời cam kết tiếp tục phối hợp chặt chẽ với nhà trường trong công tác giáo dục học sinh."
        ),
        Raw(
            '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">'
        ),
        Img(
            f"{U}/2026/11/le-20-11-tang-hoa-768x512.jpg",
            "Học sinh tặng hoa tri ân thầy cô",
            "Học sinh tặng hoa tri ân thầy cô",
            "lazygal",
        ),
        Img(
            f"{U}/2026/11/le-20-11-van-nghe-768x512.jpg",
            "Tiết mục văn nghệ chào mừng của chi đoàn 12A1",
            "Tiết mục văn nghệ chào mừng của chi đoàn 12A1",
            "lazygal",
        ),
        Img(f"{U}/2026/11/le-20-11-khen-thuong-768x512.jpg", None, None, "lazygal"),
        Raw("</figure>"),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 tập thể lớp và 45 học sinh có thành tích xuất sắc trong đợt thi đua “Hoa điểm 10 dâng thầy cô” chào mừng ngày 20/11."
        ),
        _byline("Công đoàn trường", tag="em"),
    ],
)

T3 = Story(
    id=1431,
    slug="tuyên-dương-27-học-sinh-đạt-giải-kỳ-thi-chọn-học-sinh-giỏi-cấp-tỉnh",
    title="Tuyên dương 27 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
    cat="tin-tuc-su-kien",
    published_at="2026-11-09",
    authors=["Tổ Văn phòng"],
    blocks=[
        P(
            "Chiều ngày 07/11/2026, Trường THPT Nguyễn Huệ tổ chức lễ tuyên dương, khen thưởng các học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027."
        ),
        P(
            "Năm nay, nhà trường có 38 học sinh tham dự kỳ thi ở 9 môn, kết quả có 27 em đạt giải, trong đó có 2 giải Nhất, 6 giải Nhì, 9 giải Ba và 10 giải Khuyến khích. Đây là kết quả cao nhất của nhà trường trong 5 năm trở lại đây."
        ),
        Img(
            f"{U}/2026/11/tuyen-duong-hsg-1024x576.jpg",
            "Lãnh đạo nhà trường trao thưởng cho các em học sinh đạt giải",
            "Lãnh đạo nhà trường trao thưởng cho các em học sinh đạt giải",
            "gb",
        ),
        P("Kết quả cụ thể theo từng môn như sau:"),
        Raw('<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead>'),
        P("Môn thi | Số dự thi | Nhất | Nhì | Ba | KK", "th"),
        Raw("</thead><tbody>"),
        P("Toán | 5 | 1 | 1 | 1 | 1", "row"),
        P("Ngữ văn | 5 | 0 | 1 | 2 | 1", "row"),
        P("Tiếng Anh | 5 | 1 | 2 | 1 | 0", "row"),
        P("Vật lí | 4 | 0 | 1 | 1 | 2", "row"),
        P("Hóa học | 4 | 0 | 0 | 2 | 1", "row"),
        P("Sinh học | 4 | 0 | 1 | 0 | 2", "row"),
        P("Lịch sử | 4 | 0 | 0 | 1 | 2", "row"),
        P("Địa lí | 4 | 0 | 0 | 1 | 1", "row"),
        P("Tin học | 3 | 0 | 0 | 0 | 0", "row"),
        Raw("</tbody></table></figure>"),
        P(
            "Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Thành biểu dương tinh thần nỗ lực của các em học sinh và sự tận tâm của đội ngũ giáo viên bồi dưỡng; đồng thời giao nhiệm vụ cho các tổ chuyên môn sớm xây dựng kế hoạch ôn luyện đội tuyển dự thi chọn học sinh giỏi quốc gia."
        ),
        P(
            "Nhà trường đã trao thưởng tổng số tiền 40.500.000 đồng từ Quỹ khuyến học cho các em học sinh đạt giải và giáo viên có công bồi dưỡng."
        ),
        _byline("Tổ Văn phòng"),
    ],
)

T4 = Story(
    id=1389,
    slug="doan-kiem-tra-cua-so-gddt-lam-viec-voi-nha-truong-ve-cong-tac-dau-nam-hoc",
    title="Đoàn kiểm tra của Sở GD&ĐT làm việc với nhà trường về công tác đầu năm học",
    cat="tin-tuc-su-kien",
    published_at="2026-10-27",
    summary="Ngày 26/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo do ông Y Khuê Niê, Phó Trưởng phòng Giáo dục Trung học làm trưởng đoàn đã có buổi làm việc với Trường THPT Nguyễn Huệ về công tác chuẩn bị và triển khai nhiệm vụ năm học 2026 – 2027.",
    authors=["Lê Quang Vinh"],
    photographers=["Trần Minh Khoa"],
    blocks=[
        _lead(
            "Ngày 26/10/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo do ông Y Khuê Niê, Phó Trưởng phòng Giáo dục Trung học làm trưởng đoàn đã có buổi làm việc với Trường THPT Nguyễn Huệ về công tác chuẩn bị và triển khai nhiệm vụ năm học 2026 – 2027."
        ),
        Raw("<p>&nbsp;</p>"),
        Img(
            f"{U}/2026/10/kiem-tra-dau-nam-800x533.jpg",
            "Đoàn kiểm tra làm việc với lãnh đạo nhà trường",
            "Đoàn kiểm tra làm việc với lãnh đạo nhà trường",
            "classic",
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ quản lý, kế hoạch giáo dục của nhà trường, kế hoạch dạy học của các tổ chuyên môn; dự giờ 6 tiết dạy; kiểm tra cơ sở vật chất, thiết bị dạy học, công tác bán trú và đảm bảo an ninh trật tự trường học.",
            "justify",
        ),
        Img(
            f"{U}/2026/10/kiem-tra-du-gio-800x533.jpg",
            "(Đoàn kiểm tra dự giờ tiết Vật lí lớp 10A3)",
            "Đoàn kiểm tra dự giờ tiết Vật lí lớp 10A3",
            "below",
        ),
        P(
            "Theo báo cáo của nhà trường, năm học 2026 – 2027 trường có 36 lớp với 1.412 học sinh, trong đó học sinh người dân tộc thiểu số chiếm 21,3%. Nhà trường đã hoàn thành việc xây dựng kế hoạch giáo dục theo Chương trình GDPT 2018 cho cả 3 khối lớp, bố trí đủ giáo viên các môn học và chuyên đề lựa chọn.",
            "justify",
        ),
        P(
            "Kết luận buổi kiểm tra, trưởng đoàn ghi nhận sự chuẩn bị chu đáo của nhà trường; đồng thời đề nghị nhà trường tiếp tục đẩy mạnh chuyển đổi số trong quản lý, quan tâm hơn đến công tác tư vấn hướng nghiệp và phụ đạo học sinh yếu kém, đặc biệt là học sinh người dân tộc thiểu số.",
            "justify",
        ),
        Raw("<p>&nbsp;</p>"),
        _byline("Tin: Thầy Lê Quang Vinh - Ảnh: Trần Minh Khoa", align="style"),
    ],
)

T5 = Story(
    id=1372,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-20",
    blocks=[
        P(
            "Chiều 17/10/2026, Trường THPT Nguyễn Huệ tổ chức Hội nghị viên chức, người lao động năm học 2026 – 2027 với sự tham dự của 86 cán bộ, giáo viên, nhân viên toàn trường."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học 2026 – 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân và thảo luận, góp ý sửa đổi Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở."
        ),
        Img(
            f"{U}/2026/10/hoi-nghi-vc-1024x683.jpg",
            "Đoàn Chủ tịch điều hành Hội nghị",
            "Đoàn Chủ tịch điều hành Hội nghị",
            "gb",
        ),
        P(
            "Trong không khí dân chủ, cởi mở, nhiều ý kiến tâm huyết đã được các đại biểu nêu ra như: tăng cường đầu tư thiết bị dạy học môn Tin học, Công nghệ; đổi mới cách đánh giá thi đua theo hướng thực chất; quan tâm chế độ cho giáo viên chủ nhiệm các lớp có đông học sinh khó khăn."
        ),
        P(
            "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 đồng chí và biểu quyết thông qua Nghị quyết hội nghị với 100% đại biểu tán thành."
        ),
        _byline("BBT", tag="em"),
    ],
)

D1 = Story(
    id=1470,
    slug="chi-doan-11a1-gianh-giai-nhat-hoi-thi-thanh-nien-voi-van-hoa-giao-thong",
    title="🎉 Chi đoàn 11A1 giành giải Nhất hội thi “Thanh niên với văn hóa giao thông”",
    cat="hoat-dong-doan",
    published_at="2026-11-26",
    authors=["Đoàn trường"],
    blocks=[
        P(
            "Vượt qua 11 đội thi đến từ các trường THPT trong khu vực, đội tuyển của chi đoàn 11A1 Trường THPT Nguyễn Huệ đã xuất sắc giành giải Nhất hội thi “Thanh niên với văn hóa giao thông” năm 2026 do Tỉnh đoàn Đắk Lắk phối hợp với Ban An toàn giao thông tỉnh tổ chức."
        ),
        P(
            "Hội thi gồm 3 phần: chào hỏi, kiến thức pháp luật về trật tự an toàn giao thông và tiểu phẩm tuyên truyền. Với tiểu phẩm “Đừng để ly rượu cuối cùng”, các bạn 11A1 đã để lại ấn tượng mạnh với ban giám khảo và khán giả nhờ kịch bản gần gũi, diễn xuất tự nhiên."
        ),
        Img(
            f"{U}/2026/11/atgt-11a1-1024x683.jpg",
            "Đội thi chi đoàn 11A1 nhận giải Nhất",
            "Đội thi chi đoàn 11A1 nhận giải Nhất",
            "gb",
        ),
        P(
            "Bạn Hà Thị Ngọc Ánh, đội trưởng đội thi chia sẻ: “Chúng em đã tập luyện suốt ba tuần, có hôm ở lại trường đến tối. Giải thưởng này là món quà ý nghĩa chúng em dành tặng thầy cô nhân dịp 20/11 👏”."
        ),
        P(
            "Ngoài giải Nhất toàn đoàn, đội còn giành giải phụ “Tiểu phẩm xuất sắc nhất”. Đoàn trường sẽ tiếp tục hỗ trợ đội hoàn thiện tiểu phẩm để biểu diễn tại buổi chào cờ đầu tuần, lan tỏa thông điệp an toàn giao thông đến toàn thể học sinh."
        ),
        _byline("Tin: Đoàn trường"),
    ],
)

_D2_GRID = Raw(
    '<div class="wp-block-themeisle-blocks-posts-grid" id="wp-block-themeisle-blocks-posts-grid-5c0e7d21">'
    '<h4 class="o-posts-grid-heading">Bài viết cùng chuyên mục</h4>'
    '<div class="is-list o-posts-grid-columns-1">'
    '<div class="o-posts-grid-post-blog o-posts-grid-post-plain"><div class="o-posts-grid-post">'
    '<div class="o-posts-grid-post-body is-full"><h5 class="o-posts-grid-post-title">'
    '<a href="/2026/11/ra-quan-ngay-chu-nhat-xanh-lan-thu-iii-nam-2026/">Ra quân &#8220;Ngày Chủ nhật xanh&#8221; lần thứ III năm 2026</a></h5>'
    '<p class="o-posts-grid-post-meta">01/11/2026</p>'
    '<p class="o-posts-grid-post-description">Sáng 01/11, hơn 500 đoàn viên thanh niên Trường THPT Nguyễn Huệ đã tham gia ra quân &#8220;Ngày Chủ nhật xanh&#8221; lần thứ III&hellip;</p>'
    "</div></div></div>"
    '<div class="o-posts-grid-post-blog o-posts-grid-post-plain"><div class="o-posts-grid-post">'
    '<div class="o-posts-grid-post-body is-full"><h5 class="o-posts-grid-post-title">'
    '<a href="/2026/11/long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11/">Long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 &#8211; 20/11/2026)</a></h5>'
    '<p class="o-posts-grid-post-meta">20/11/2026</p>'
    '<p class="o-posts-grid-post-description">Sáng ngày 20/11/2026, Trường THPT Nguyễn Huệ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam&hellip;</p>'
    "</div></div></div></div></div>"
)

D2 = Story(
    id=1447,
    slug="dem-tho-nguyen-hue-mua-tri-an",
    title="Đêm thơ “Nguyễn Huệ – Mùa tri ân”: những vần thơ mộc mạc của học trò",
    cat="hoat-dong-doan",
    published_at="2026-11-15",
    summary="Tối 14/11/2026, Đoàn trường THPT Nguyễn Huệ tổ chức đêm thơ “Nguyễn Huệ – Mùa tri ân” chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Chương trình thu hút gần 400 đoàn viên, học sinh tham gia.",
    authors=["Bùi Thị Kim Oanh"],
    photographers=["Bùi Thị Kim Oanh"],
    blocks=[
        _lead(
            "Tối 14/11/2026, Đoàn trường THPT Nguyễn Huệ tổ chức đêm thơ “Nguyễn Huệ – Mùa tri ân” chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Chương trình thu hút gần 400 đoàn viên, học sinh tham gia."
        ),
        P(
            "Đêm thơ gồm 18 tiết mục ngâm thơ, hát, múa minh họa và đọc thơ tự sáng tác của học sinh. Nhiều tác phẩm viết về thầy cô, mái trường và quê hương Đắk Lắk đã chạm đến cảm xúc của người nghe."
        ),
        Raw(
            '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-2 is-layout-flex wp-block-gallery-is-layout-flex">'
        ),
        Img(
            f"{U}/2026/11/dem-tho-1-1024x683.jpg",
            "Tiết mục ngâm thơ “Bụi phấn” của chi đoàn 10A2",
            "Tiết mục ngâm thơ “Bụi phấn” của chi đoàn 10A2",
            "att:dem-tho-1",
        ),
        Img(
            f"{U}/2026/11/dem-tho-2-1024x683.jpg",
            "Các thầy cô giáo giao lưu cùng học sinh",
            "Các thầy cô giáo giao lưu cùng học sinh",
            "att:dem-tho-2",
        ),
        Raw("</figure>"),
        P(
            "Ấn tượng nhất là bài thơ “Thầy tôi” của em Y Bình Mlô, học sinh lớp 11A4, được trao giải Nhất phần thi thơ tự sáng tác:"
        ),
        Raw('<p class="has-text-align-center"><em>'),
        P("Thầy về mái tóc pha sương", "br"),
        P("Bao mùa phượng đỏ vẫn thương lớp này", "br"),
        P("Phấn rơi, bảng cũ, mưa bay", "br"),
        P("Chữ thầy gieo mãi tháng ngày em đi.", "plain"),
        Raw("</em></p>"),
        P(
            "Kết thúc đêm thơ, Ban tổ chức đã trao 3 giải Nhất, 4 giải Nhì, 6 giải Ba cho các tiết mục xuất sắc. Các bài thơ đạt giải sẽ được tuyển chọn in trong tập san “Mùa tri ân” năm 2026 của nhà trường."
        ),
        _D2_GRID,
        _byline("Tin, ảnh: Bùi Thị Kim Oanh (Bí thư Đoàn trường)"),
    ],
)

D3 = Story(
    id=1395,
    slug="ra-quan-ngay-chu-nhat-xanh-lan-thu-iii-nam-2026",
    title="Ra quân “Ngày Chủ nhật xanh” lần thứ III năm 2026",
    cat="hoat-dong-doan",
    published_at="2026-11-01",
    authors=["Hoàng Anh"],
    source="Báo Đắk Lắk",
    blocks=[
        P(
            "Sáng 01/11, hơn 500 đoàn viên thanh niên Trường THPT Nguyễn Huệ đã tham gia ra quân “Ngày Chủ nhật xanh” lần thứ III năm 2026 với chủ đề “Vì một Krông Pắc sáng – xanh – sạch – đẹp”."
        ),
        P(
            "Theo kế hoạch, các chi đoàn được phân công dọn dẹp vệ sinh khuôn viên trường, tuyến đường Nguyễn Tất Thành và khu vực chợ Phước An; trồng mới 120 cây xanh và chăm sóc bồn hoa trước cổng trường."
        ),
        Img(
            f"{U}/2026/11/chu-nhat-xanh-1024x683.jpg",
            "Đoàn viên thanh niên dọn vệ sinh tuyến đường Nguyễn Tất Thành",
            "Đoàn viên thanh niên dọn vệ sinh tuyến đường Nguyễn Tất Thành",
            "gb",
        ),
        P(
            "Bên cạnh hoạt động vệ sinh môi trường, Đoàn trường còn tổ chức gian hàng “Đổi rác lấy cây”, thu gom gần 300 kg giấy vụn, chai nhựa để gây quỹ hỗ trợ học sinh có hoàn cảnh khó khăn."
        ),
        P(
            "Anh Lê Văn Đạt, Phó Bí thư Tỉnh đoàn đánh giá cao tinh thần xung kích của đoàn viên nhà trường và đề nghị duy trì hoạt động thường xuyên, gắn với phong trào “Chống rác thải nhựa” trong trường học."
        ),
        _byline("Hoàng Anh"),
        _byline("(Theo Báo Đắk Lắk)", align="style", tag="em"),
    ],
)

FN = {
    1: "fn-7c1e5a2b-0f3d-4c8e-9a61-1d2f3b4c5d01",
    2: "fn-2b9d4e11-6a7c-4f20-8e35-0c9a8b7d6e02",
}

C1 = Story(
    id=1465,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-lich-su",
    title="Chuyên đề “Dạy học phát triển năng lực môn Lịch sử theo Chương trình GDPT 2018”",
    cat="chuyen-mon",
    published_at="2026-11-28",
    summary="Ngày 25/11/2026, Tổ Lịch sử – Địa lí – GDKT&PL tổ chức sinh hoạt chuyên đề “Dạy học phát triển năng lực môn Lịch sử theo Chương trình GDPT 2018” với sự tham gia của giáo viên các trường THPT trong cụm chuyên môn số 3.",
    authors=["Phạm Văn Đức"],
    blocks=[
        Raw(
            '<p class="has-text-align-right"><strong>ThS. Phạm Văn Đức</strong><br>'
            "<em>Tổ trưởng Tổ Lịch sử &#8211; Địa lí &#8211; GDKT&amp;PL</em></p>"
        ),
        _lead(
            "Ngày 25/11/2026, Tổ Lịch sử – Địa lí – GDKT&PL tổ chức sinh hoạt chuyên đề “Dạy học phát triển năng lực môn Lịch sử theo Chương trình GDPT 2018” với sự tham gia của giáo viên các trường THPT trong cụm chuyên môn số 3."
        ),
        Raw("<!--TOC-->"),
        P("1. Cơ sở lý luận", "h2|1_Co_so_ly_luan"),
        P(
            "Chương trình môn Lịch sử năm 2018 hướng tới hình thành và phát triển cho học sinh năng lực lịch sử với ba thành phần: tìm hiểu lịch sử, nhận thức và tư duy lịch sử, vận dụng kiến thức, kĩ năng đã học.",
            "fnref|đã học|1",
        ),
        P(
            "Để phát triển các năng lực này, giáo viên cần chuyển từ cách dạy truyền thụ một chiều sang tổ chức cho học sinh khai thác nguồn sử liệu, thảo luận, tranh luận và tự rút ra nhận định của mình."
        ),
        P(
            "2. Minh họa qua bài dạy “Cách mạng tháng Tám năm 1945”",
            "h2|2_Minh_hoa_qua_bai_day_Cach_mang_thang_Tam_nam_1945",
        ),
        P(
            "Tiết dạy minh họa do cô Nguyễn Thị Lan Phương thực hiện tại lớp 12A3 theo mô hình lớp học đảo ngược. Trước giờ học, học sinh được giao tìm hiểu tư liệu về Tổng khởi nghĩa ở Buôn Ma Thuột qua các bản đồ, hình ảnh và hồi ký của nhân chứng lịch sử.",
            "fnref|nhân chứng lịch sử|2",
        ),
        Img(
            f"{U}/2026/11/chuyen-de-lich-su-1024x683.jpg",
            "Cô Nguyễn Thị Lan Phương trong tiết dạy minh họa tại lớp 12A3",
            "Cô Nguyễn Thị Lan Phương trong tiết dạy minh họa tại lớp 12A3",
            "gb",
        ),
        P(
            "Trên lớp, học sinh làm việc theo nhóm, trình bày sản phẩm dưới dạng đường thời gian, sơ đồ tư duy và bản tin lịch sử. Giáo viên đóng vai trò người hướng dẫn, đặt câu hỏi gợi mở và tổ chức cho học sinh phản biện lẫn nhau."
        ),
        P("3. Một số câu hỏi thảo luận", "h2|3_Mot_so_cau_hoi_thao_luan"),
        Raw(
            '<div id="wp-block-themeisle-blocks-accordion-9e41f0a2" class="wp-block-themeisle-blocks-accordion exclusive has-dark-title-bg">'
        ),
        P("Làm thế nào để khai thác hiệu quả nguồn sử liệu địa phương?", "acc-title"),
        P(
            "Giáo viên nên xây dựng kho tư liệu số gồm ảnh, văn bản, lời kể của nhân chứng và hướng dẫn học sinh cách đặt câu hỏi với từng nguồn sử liệu.",
            "acc-body",
        ),
        P("Đánh giá năng lực học sinh bằng công cụ nào?", "acc-title"),
        P(
            "Có thể sử dụng kết hợp bảng kiểm, thang đo và rubric cho sản phẩm học tập; tăng cường đánh giá đồng đẳng và tự đánh giá của học sinh.",
            "acc-body",
        ),
        Raw("</div>"),
        P(
            "Chuyên đề đã nhận được nhiều ý kiến đóng góp sôi nổi của đồng nghiệp. Các thầy cô thống nhất sẽ nhân rộng mô hình lớp học đảo ngược trong các tiết ôn tập và chuyên đề học tập lựa chọn của khối 11, 12."
        ),
        Raw('<ol class="wp-block-footnotes">'),
        P(
            "Bộ GD&ĐT, Chương trình giáo dục phổ thông môn Lịch sử (ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018).",
            "fn|1",
        ),
        P(
            "Ban Tuyên giáo Tỉnh ủy Đắk Lắk, Lịch sử Đảng bộ tỉnh Đắk Lắk (1930 – 1975), Nxb Chính trị quốc gia, 2020.",
            "fn|2",
        ),
        Raw("</ol>"),
    ],
)


def _tab(title: str, items: list[str]) -> list:
    return [
        Raw('<div class="wp-block-themeisle-blocks-tabs-item">'),
        P(title, "tab-title"),
        Raw(
            '<div class="wp-block-themeisle-blocks-tabs-item__content"><div class="wp-block-themeisle-blocks-icon-list">'
        ),
        *[P(item, "icon") for item in items],
        Raw("</div></div></div>"),
    ]


C2 = Story(
    id=1440,
    slug="hoi-giang-chao-mung-ngay-20-11-34-tiet-day-xep-loai-tot",
    title="Hội giảng chào mừng ngày 20/11: 34 tiết dạy xếp loại Tốt",
    cat="chuyen-mon",
    published_at="2026-11-12",
    authors=["Ban Chuyên môn"],
    blocks=[
        P(
            "Từ ngày 02 đến 11/11/2026, Trường THPT Nguyễn Huệ tổ chức hội giảng chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Đã có 36 giáo viên thuộc 7 tổ chuyên môn đăng ký tham gia."
        ),
        P(
            "Các tiết dạy được đánh giá theo Công văn 5512/BGDĐT-GDTrH, chú trọng vào việc tổ chức hoạt động học cho học sinh và ứng dụng công nghệ thông tin. Kết quả theo từng khối như sau:"
        ),
        Raw(
            '<div id="wp-block-themeisle-blocks-tabs-3c1b0a9e" class="wp-block-themeisle-blocks-tabs"><div class="wp-block-themeisle-blocks-tabs__content">'
        ),
        *_tab(
            "Khối 10",
            [
                "12 tiết dạy, 11 tiết xếp loại Tốt, 1 tiết xếp loại Khá;",
                "Tiết dạy nổi bật: “Sinh quyển” (Địa lí 10) của cô Hồ Thị Thu Sương.",
            ],
        ),
        *_tab(
            "Khối 11",
            [
                "13 tiết dạy, tất cả đều xếp loại Tốt;",
                "Tiết dạy nổi bật: “Lập trình giải quyết bài toán đơn giản” (Tin học 11) của thầy Nguyễn Đăng Khoa.",
            ],
        ),
        *_tab(
            "Khối 12",
            [
                "11 tiết dạy, 10 tiết xếp loại Tốt, 1 tiết xếp loại Khá;",
                "Tiết dạy nổi bật: “Hội thoại về nghề nghiệp tương lai” (Tiếng Anh 12) của cô H’Linh Niê.",
            ],
        ),
        Raw("</div></div>"),
        Img(
            f"{U}/2026/11/hoi-giang-tin-hoc-1024x683.jpg",
            "Tiết dạy Tin học 11 của thầy Nguyễn Đăng Khoa",
            "Tiết dạy Tin học 11 của thầy Nguyễn Đăng Khoa",
            "gb",
        ),
        P(
            "Thông qua hội giảng, giáo viên có dịp học hỏi, trao đổi kinh nghiệm, đặc biệt là kinh nghiệm sử dụng học liệu số và phần mềm dạy học. Ban Chuyên môn sẽ lựa chọn 6 tiết dạy tiêu biểu để quay video, chia sẻ trên kho học liệu của nhà trường."
        ),
        Raw('<p class="has-text-align-right"><em><strong>Ban Chuyên môn</strong></em></p>'),
    ],
)

C3 = Story(
    id=1384,
    slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang",
    title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên",
    cat="chuyen-mon",
    published_at="2026-10-23",
    source="Sở GD&ĐT Đắk Lắk",
    blocks=[
        P(
            "Ngày 21 và 22/10/2026, Sở GD&ĐT Đắk Lắk tổ chức tập huấn trực tuyến “Ứng dụng trí tuệ nhân tạo (AI) hỗ trợ soạn giảng và kiểm tra, đánh giá” cho cán bộ quản lý, giáo viên các trường THPT trên địa bàn tỉnh. Tại điểm cầu Trường THPT Nguyễn Huệ có 72 giáo viên tham dự."
        ),
        P(
            "Theo kế hoạch của Sở GD&ĐT, lớp tập huấn nhằm giúp giáo viên nắm được nguyên tắc sử dụng AI an toàn, có trách nhiệm; biết khai thác một số công cụ để thiết kế kế hoạch bài dạy, xây dựng ngân hàng câu hỏi và phân tích kết quả học tập của học sinh."
        ),
        Img(
            f"{U}/2026/10/tap-huan-ai-1024x683.jpg",
            "Giáo viên nhà trường tham gia tập huấn tại điểm cầu",
            "Giáo viên nhà trường tham gia tập huấn tại điểm cầu",
            "gb",
        ),
        P(
            "Báo cáo viên lưu ý giáo viên không đưa thông tin cá nhân của học sinh lên các nền tảng AI, luôn kiểm chứng nội dung do AI tạo ra trước khi sử dụng trong bài giảng và hướng dẫn học sinh sử dụng AI như một trợ lý học tập chứ không phải công cụ làm bài hộ."
        ),
        P(
            "Sau đợt tập huấn, mỗi tổ chuyên môn sẽ xây dựng ít nhất 2 kế hoạch bài dạy có ứng dụng AI để chia sẻ trong sinh hoạt chuyên môn tháng 11."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=10512" target="_blank" rel="noreferrer noopener">Bộ GD&amp;ĐT ban hành khung năng lực số cho học sinh phổ thông</a></p>'
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Đắk Lắk</em></p>'),
    ],
)

_LETTERHEAD = Raw(
    '<figure class="wp-block-table is-style-regular"><table class="has-fixed-layout"><tbody><tr>'
    '<td class="has-text-align-center" data-align="center">SỞ GD&amp;ĐT ĐẮK LẮK<br><strong>TRƯỜNG THPT NGUYỄN HUỆ</strong><br>Số: 127/TB-THPTNH</td>'
    '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong><br><em>Krông Pắc, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table></figure>\n"
    '<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 &#8211; 2027</strong></p>"
)
_CLOSING = Raw(
    '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr>'
    "<td><strong><em>Nơi nhận:</em></strong><br>- Các tổ chuyên môn;<br>- GVCN các lớp;<br>- Website trường;<br>- Lưu: VT.</td>"
    '<td class="has-text-align-center" data-align="center"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong><br><br>'
    "<em>(Đã ký)</em><br><br><strong>Trần Thị Minh Hạnh</strong></td>"
    "</tr></tbody></table></figure>\n"
    '<div class="wp-block-file"><a id="wp-block-file--media-6d0c2f1e" href="/wp-content/uploads/2026/12/TB-127-kiem-tra-cuoi-HKI.pdf">TB-127-kiem-tra-cuoi-HKI</a>'
    '<a href="/wp-content/uploads/2026/12/TB-127-kiem-tra-cuoi-HKI.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-6d0c2f1e">Tải xuống</a></div>'
)

N1 = Story(
    id=1478,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Trần Thị Minh Hạnh"],
    blocks=[
        _LETTERHEAD,
        P("Căn cứ Kế hoạch giáo dục năm học 2026 – 2027 của Trường THPT Nguyễn Huệ;"),
        P(
            "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ GD&ĐT quy định về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông;"
        ),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 như sau:"),
        P("1. Thời gian kiểm tra", "b"),
        P(
            "- Các môn kiểm tra tập trung (Toán, Ngữ văn, Tiếng Anh, Lịch sử): từ ngày 21/12 đến ngày 24/12/2026."
        ),
        P(
            "- Các môn còn lại: giáo viên bộ môn tổ chức kiểm tra trên lớp từ ngày 14/12 đến ngày 19/12/2026."
        ),
        P("2. Hình thức và thời gian làm bài", "b"),
        P("- Môn Ngữ văn: tự luận, thời gian làm bài 90 phút."),
        P(
            "- Môn Toán, Tiếng Anh, Lịch sử: kết hợp trắc nghiệm và tự luận, thời gian làm bài 90 phút (riêng Lịch sử 45 phút)."
        ),
        P("3. Tổ chức thực hiện", "b"),
        P(
            "Các tổ chuyên môn nộp đề kiểm tra và hướng dẫn chấm về Ban Chuyên môn trước ngày 10/12/2026. Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở học sinh ôn tập, thực hiện nghiêm túc quy chế kiểm tra."
        ),
        P(
            "Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực hiện./."
        ),
        _CLOSING,
    ],
)

N2 = Story(
    id=1452,
    slug="thong-bao-tuyen-chon-hoc-sinh-du-thi-olympic-tieng-anh-tren-internet-cap-tinh",
    title="Thông báo: Tuyển chọn học sinh dự thi Olympic Tiếng Anh trên Internet (IOE) cấp tỉnh",
    cat="thong-bao",
    published_at="2026-11-18",
    authors=["Tổ Ngoại ngữ"],
    blocks=[
        P(
            "Thực hiện Công văn số 1845/SGDĐT-GDTrH của Sở GD&ĐT Đắk Lắk về việc tổ chức Cuộc thi Olympic Tiếng Anh trên Internet (IOE) năm học 2026 – 2027, Tổ Ngoại ngữ thông báo tuyển chọn học sinh tham gia đội tuyển của nhà trường."
        ),
        P("Điều kiện đăng ký", "oh3|7a2c"),
        Raw('<div class="wp-block-themeisle-blocks-icon-list">'),
        P(
            "Học sinh các khối 10, 11, 12 có kết quả học tập học kỳ II năm học 2025 – 2026 môn Tiếng Anh từ 8.0 trở lên;",
            "icon",
        ),
        P(
            "Đã có tài khoản và hoàn thành vòng thi tự luyện cấp trường trên hệ thống ioe.vn với số điểm từ 1.800 trở lên;",
            "icon",
        ),
        P("Được giáo viên bộ môn Tiếng Anh giới thiệu.", "icon"),
        Raw("</div>"),
        P("Thời gian và hình thức đăng ký", "oh3|b51e"),
        P(
            "Học sinh đăng ký trực tiếp với giáo viên chủ nhiệm hoặc cô H’Linh Niê, Tổ trưởng Tổ Ngoại ngữ, trước 16h30 ngày 25/11/2026. Danh sách đội tuyển sẽ được công bố vào ngày 28/11/2026."
        ),
        _byline("Tổ Ngoại ngữ"),
    ],
)


def _ft(src: str) -> str:
    """The featured image: Neve's 930x620 crop of the first photo."""
    return re.sub(r"-\d+x\d+\.jpg$", "-930x620.jpg", src)


_BANNER_TB = f"{U}/2024/09/banner-thong-bao-930x620.png"

POSTS: list[Post] = [
    Post(1482, T1.slug, T1.title, "2026-12-03T14:30:00", ["tin-tuc-su-kien"], T1,
         featured=_ft(T1.images[0].src),
         comments=[
             (145, "Lê Văn Tâm", "2026-12-03T20:15:00", "Chúc mừng chi đoàn 12A2! Năm nay các em thi đấu rất hay, nhất là trận chung kết bóng đá."),
             (146, "Phụ huynh lớp 10A4", "2026-12-04T06:52:00", "Cảm ơn nhà trường đã tổ chức sân chơi bổ ích cho các cháu."),
         ]),
    Post(1478, N1.slug, N1.title, "2026-12-01T07:45:00", ["thong-bao"], N1, featured=_BANNER_TB,
         excerpt_text="SỞ GD&ĐT ĐẮK LẮK TRƯỜNG THPT NGUYỄN HUỆ Số: 127/TB-THPTNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc Krông Pắc, ngày 30 tháng 11 năm 2026 THÔNG BÁO Về việc tổ chức kiểm tra"),
    Post(1465, C1.slug, C1.title, "2026-11-28T09:10:00", ["chuyen-mon"], C1,
         featured=_ft(C1.images[0].src), toc=True),
    Post(1470, D1.slug, D1.title, "2026-11-26T19:05:00", ["hoat-dong-doan"], D1,
         featured=_ft(D1.images[0].src), tags=["doan-thanh-nien"],
         comments=[(151, "Nguyễn Hải Yến", "2026-11-27T07:30:00", "Tự hào về các em 11A1 👍")]),
    Post(1474, "ke-hoach-so-98-kh-thptnh-to-chuc-hoat-dong-trai-nghiem-hoc-ky-i",
         "Kế hoạch số 98/KH-THPTNH về tổ chức hoạt động trải nghiệm học kỳ I năm học 2026 – 2027",
         "2026-11-24T08:30:00", ["van-ban"], featured=f"{U}/2024/09/banner-van-ban-930x620.png",
         excerpt_text="Số/Ký hiệu: 98/KH-THPTNH. Ngày ban hành: 23/11/2026. Trích yếu: Kế hoạch tổ chức hoạt động trải nghiệm, hướng nghiệp học kỳ I năm học 2026 – 2027.",
         raw=""),
    Post(1456, T2.slug, T2.title, "2026-11-20T10:00:00", ["tin-tuc-su-kien", "hoat-dong-doan"], T2,
         modified="2026-11-28T16:02:11", featured=_ft(T2.images[0].src)),
    Post(1452, N2.slug, N2.title, "2026-11-18T11:00:00", ["thong-bao"], N2, featured=_BANNER_TB,
         tags=["hoc-sinh-gioi"]),
    Post(1449, "album-anh-hoi-trai-tri-an-thay-co-mung-20-11",
         "Album ảnh: Hội trại “Tri ân thầy cô” mừng 20/11", "2026-11-16T20:00:00", ["thu-vien-anh"],
         featured=f"{U}/2026/11/hoi-trai-01-930x620.jpg",
         excerpt_text="Một số hình ảnh Hội trại “Tri ân thầy cô” do Đoàn trường tổ chức ngày 14 và 15/11/2026.",
         raw=""),
    Post(1447, D2.slug, D2.title, "2026-11-15T16:20:00", ["hoat-dong-doan"], D2,
         featured=_ft(D2.images[0].src), tags=["doan-thanh-nien"],
         attachments=[
             ("dem-tho-1", f"{U}/2026/11/dem-tho-1.jpg", "Tiết mục ngâm thơ “Bụi phấn” của chi đoàn 10A2"),
             ("dem-tho-2", f"{U}/2026/11/dem-tho-2.jpg", "Các thầy cô giáo giao lưu cùng học sinh"),
         ]),
    Post(1440, C2.slug, C2.title, "2026-11-12T14:00:00", ["chuyen-mon"], C2,
         featured=_ft(C2.images[0].src)),
    Post(1431, T3.slug, T3.title, "2026-11-09T07:30:00", ["tin-tuc-su-kien"], T3,
         featured=_ft(T3.images[0].src), tags=["hoc-sinh-gioi"]),
    Post(1395, D3.slug, D3.title, "2026-11-01T17:40:00", ["hoat-dong-doan"], D3,
         featured=_ft(D3.images[0].src), tags=["doan-thanh-nien"]),
    Post(1391, "video-phong-su-le-khai-giang-nam-hoc-2026-2027",
         "Video: Phóng sự Lễ khai giảng năm học 2026 – 2027", "2026-10-29T09:00:00", ["video"],
         featured=f"{U}/2026/10/khai-giang-video-930x620.jpg",
         excerpt_text="Phóng sự Lễ khai giảng năm học 2026 – 2027 của Trường THPT Nguyễn Huệ do Tổ Tin học thực hiện.",
         raw=""),
    Post(1389, T4.slug, T4.title, "2026-10-27T15:45:00", ["tin-tuc-su-kien"], T4,
         featured=_ft(T4.images[0].src)),
    Post(1384, C3.slug, C3.title, "2026-10-23T10:30:00", ["chuyen-mon"], C3,
         featured=_ft(C3.images[0].src)),
    Post(1372, T5.slug, T5.title, "2026-10-20T00:00:00", ["tin-tuc-su-kien"], T5,
         featured=_ft(T5.images[0].src), nfd=True),
]
BY_ID = {p.wp_id: p for p in POSTS}

# --- non-article posts: their content as WordPress stored it --------------------------------

BY_ID[1474].raw = (
    '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>'
    "<tr><td><strong>Số/Ký hiệu</strong></td><td>98/KH-THPTNH</td></tr>"
    "<tr><td><strong>Ngày ban hành</strong></td><td>23/11/2026</td></tr>"
    "<tr><td><strong>Loại văn bản</strong></td><td>Kế hoạch</td></tr>"
    "<tr><td><strong>Người ký</strong></td><td>Nguyễn Văn Thành</td></tr>"
    "<tr><td><strong>Trích yếu</strong></td><td>Kế hoạch tổ chức hoạt động trải nghiệm, hướng nghiệp học kỳ I năm học 2026 &#8211; 2027</td></tr>"
    "</tbody></table></figure>\n"
    '<div data-wp-interactive="core/file" class="wp-block-file">'
    '<object data-wp-bind--hidden="!state.hasPdfPreview" class="wp-block-file__embed" data="/wp-content/uploads/2026/11/98-KH-THPTNH-trai-nghiem-HKI.pdf" type="application/pdf" style="width:100%;height:600px" aria-label="Nhúng 98-KH-THPTNH-trai-nghiem-HKI."></object>'
    '<a id="wp-block-file--media-41d7c0aa" href="/wp-content/uploads/2026/11/98-KH-THPTNH-trai-nghiem-HKI.pdf">98-KH-THPTNH-trai-nghiem-HKI</a>'
    '<a href="/wp-content/uploads/2026/11/98-KH-THPTNH-trai-nghiem-HKI.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-41d7c0aa">Tải xuống</a></div>'
)
BY_ID[1449].raw = (
    "<p>Một số hình ảnh Hội trại &#8220;Tri ân thầy cô&#8221; do Đoàn trường tổ chức ngày 14 và 15/11/2026.</p>\n"
    '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-3 is-layout-flex wp-block-gallery-is-layout-flex">'
    + "".join(
        f'<figure class="wp-block-image size-large"><a href="/wp-content/uploads/2026/11/hoi-trai-0{n}.jpg">'
        f'<img decoding="async" width="1024" height="683" data-id="{1500 + n}" src="/wp-content/uploads/2026/11/hoi-trai-0{n}-1024x683.jpg" alt="" class="wp-image-{1500 + n}"/></a></figure>'
        for n in range(1, 7)
    )
    + "</figure>"
)
BY_ID[1391].raw = (
    '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio">'
    '<div class="wp-block-embed__wrapper">\n<iframe title="Lễ khai giảng năm học 2026 - 2027 | THPT Nguyễn Huệ" width="1200" height="675" '
    'src="https://www.youtube.com/embed/q3Xb7LkV9tA?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
    'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>\n</div>'
    "<figcaption class=\"wp-element-caption\">Phóng sự do Tổ Tin học thực hiện</figcaption></figure>"
)

# --- markup helpers --------------------------------------------------------------------------

_TEX = {
    "“": "&#8220;",
    "”": "&#8221;",
    "‘": "&#8216;",
    "’": "&#8217;",
    "–": "&#8211;",
    "—": "&#8212;",
    "…": "&#8230;",
}


def tx(value: str, nfd: bool = False) -> str:
    """Text as wptexturize prints it: escaped, curly quotes and dashes as numeric references."""
    out = text(value, nfd=nfd)
    for ch, ref in _TEX.items():
        out = out.replace(ch, ref)
    return out


def _dmy(date: str) -> str:
    return f"{date[8:10]}/{date[5:7]}/{date[:4]}"


def _iso(date: str) -> str:
    return date + "+07:00"


def _utc(date: str) -> str:
    dt = datetime.fromisoformat(date).replace(tzinfo=TZ).astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _size(src: str) -> tuple[int, int]:
    m = re.search(r"-(\d+)x(\d+)\.(?:jpg|png)$", src)
    return (int(m.group(1)), int(m.group(2))) if m else (1200, 800)


def _srcset(B: str, src: str) -> str:
    w, h = _size(src)
    stem = re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)
    base, ext = stem.rsplit(".", 1)
    small = f"{B}{base}-300x{round(300 * h / w)}.{ext} 300w"
    mid = f"{B}{base}-768x{round(768 * h / w)}.{ext} 768w"
    return f"{B}{src} {w}w, {small}, {mid}"


_LAZY_SVG = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxMDI0IiBoZWlnaHQ9IjY4MyIgdmlld0JveD0iMCAwIDEwMjQgNjgzIj48cmVjdCB3aWR0aD0iMTAwJSIgaGVpZ2h0PSIxMDAlIiBzdHlsZT0iZmlsbDojY2ZkNGRiO2ZpbGwtb3BhY2l0eTogMC4xOyIvPjwvc3ZnPg=="


def _img(B: str, src: str, wp_id: int, alt: str = "", lazy: bool = False) -> str:
    w, h = _size(src)
    cls = f"wp-image-{wp_id}"
    if not lazy:
        return (
            f'<img decoding="async" width="{w}" height="{h}" src="{B}{src}" alt="{esc(alt)}" class="{cls}" '
            f'srcset="{_srcset(B, src)}" sizes="(max-width: {w}px) 100vw, {w}px" />'
        )
    real = (
        f'<img decoding="async" width="{w}" height="{h}" src="{B}{src}" alt="{esc(alt)}" class="{cls}" '
        f'srcset="{_srcset(B, src)}" sizes="(max-width: {w}px) 100vw, {w}px" />'
    )
    return (
        f'<img decoding="async" data-lazyloaded="1" src="{_LAZY_SVG}" width="{w}" height="{h}" '
        f'data-src="{B}{src}" alt="{esc(alt)}" class="{cls}" data-srcset="{_srcset(B, src)}" '
        f'data-sizes="(max-width: {w}px) 100vw, {w}px" /><noscript>{real}</noscript>'
    )


def _para(p: P, nfd: bool, toc_ids: dict[str, str]) -> str:
    t = tx(p.text, nfd)
    kind, _, arg = p.style.partition("|")
    if kind == "":
        return f"<p>{t}</p>"
    if kind in ("lead", "b"):
        return f"<p><strong>{t}</strong></p>"
    if kind == "justify":
        return f'<p style="text-align: justify;">{t}</p>'
    if kind == "h2":
        return (
            f'<h2 class="wp-block-heading"><span class="ez-toc-section" id="{arg}"></span>{t}'
            f'<span class="ez-toc-section-end"></span></h2>'
        )
    if kind == "h3":
        return f'<h3 class="wp-block-heading">{t}</h3>'
    if kind == "oh3":
        hid = f"wp-block-themeisle-blocks-advanced-heading-{arg}"
        return f'<h3 id="{hid}" class="wp-block-themeisle-blocks-advanced-heading {hid}">{t}</h3>'
    if kind == "li":
        return f"<li>{t}</li>"
    if kind == "quote":
        return f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow"><p>{t}</p></blockquote>'
    if kind in ("th", "row"):
        cell = "th" if kind == "th" else "td"
        cells = "".join(f"<{cell}>{tx(c, nfd)}</{cell}>" for c in p.text.split(" | "))
        return f"<tr>{cells}</tr>"
    if kind == "br":
        return f"{t}<br>\n"
    if kind == "plain":
        return t
    if kind == "acc-title":
        return (
            '<details class="wp-block-themeisle-blocks-accordion-item">'
            f'<summary class="wp-block-themeisle-blocks-accordion-item__title"><div>{t}</div></summary>'
            '<div class="wp-block-themeisle-blocks-accordion-item__content">'
        )
    if kind == "acc-body":
        return f"<p>{t}</p></div></details>"
    if kind == "tab-title":
        return f'<div class="wp-block-themeisle-blocks-tabs-item__header" tabindex="0">{t}</div>'
    if kind == "icon":
        return (
            '<div class="wp-block-themeisle-blocks-icon-list-item">'
            '<i class="fas fa-check-circle wp-block-themeisle-blocks-icon-list-item-icon"></i>'
            f'<p class="wp-block-themeisle-blocks-icon-list-item-content">{t}</p></div>'
        )
    if kind == "fn":
        uid = FN[int(arg)]
        return (
            f'<li id="{uid}">{t} <a href="#{uid}-link" aria-label="Chuyển tới nguồn của chú thích {arg}">↩︎</a></li>'
        )
    if kind == "fnref":
        after, n = arg.split("|")
        uid = FN[int(n)]
        anchor = tx(after, nfd)
        sup = f'<sup data-fn="{uid}" class="fn"><a href="#{uid}" id="{uid}-link">{n}</a></sup>'
        return "<p>" + t.replace(anchor, anchor + sup, 1) + "</p>"
    raise ValueError(p.style)


def _figure(B: str, img: Img, wp_id: int, post: Post) -> str:
    style = img.style
    cap = f'<figcaption class="wp-element-caption">{tx(img.printed)}</figcaption>' if img.printed else ""
    alt = "" if img.printed else "Hình ảnh hoạt động"
    if style == "gb":
        return f'<figure class="wp-block-image size-large">{_img(B, img.src, wp_id, alt)}{cap}</figure>'
    if style == "lazy":
        return f'<figure class="wp-block-image size-large">{_img(B, img.src, wp_id, alt, lazy=True)}{cap}</figure>'
    if style == "lazygal":
        full = re.sub(r"-\d+x\d+(\.\w+)$", r"\1", img.src)
        return (
            f'<figure class="wp-block-image size-medium_large"><a href="{B}{full}">'
            f"{_img(B, img.src, wp_id, alt, lazy=True)}</a>{cap}</figure>"
        )
    if style.startswith("att:"):
        link = f"{B}{post.path}{style[4:]}/"
        return f'<figure class="wp-block-image size-large"><a href="{link}">{_img(B, img.src, wp_id, alt)}</a>{cap}</figure>'
    if style == "classic":
        w, _ = _size(img.src)
        return (
            f'<figure id="attachment_{wp_id}" aria-describedby="caption-attachment-{wp_id}" style="width: {w}px" '
            f'class="wp-caption aligncenter">{_img(B, img.src, wp_id, alt)}'
            f'<figcaption id="caption-attachment-{wp_id}" class="wp-caption-text">{tx(img.printed or "")}</figcaption></figure>'
        )
    if style == "below":
        w, h = _size(img.src)
        return (
            f'<p style="text-align: center;"><img decoding="async" class="aligncenter size-full wp-image-{wp_id}" '
            f'src="{B}{img.src}" alt="" width="{w}" height="{h}" /></p>\n'
            f'<p style="text-align: center;"><em>{tx(img.printed or "")}</em></p>'
        )
    raise ValueError(style)


def _toc(story: Story) -> str:
    items = []
    for n, p in enumerate((b for b in story.blocks if isinstance(b, P) and b.style.startswith("h2|")), 1):
        anchor = p.style.split("|", 1)[1]
        items.append(
            f"<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-{n}\" "
            f'href="#{anchor}" title="{esc(p.text)}">{tx(p.text)}</a></li>'
        )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction">'
        '<div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Mục lục</p>'
        '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" '
        'aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle</span>'
        '<span class="ez-toc-icon-toggle-span"></span></span></span></a></span></div>'
        f"<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >{''.join(items)}</ul></nav></div>"
    )


def render_content(post: Post, B: str, for_print: bool = False) -> str:
    """The ``the_content`` output of a post."""
    if post.story is None:
        return post.raw.replace('href="/', f'href="{B}/').replace('src="/', f'src="{B}/').replace(
            'data="/', f'data="{B}/'
        )
    story = post.story
    out: list[str] = []
    img_id = post.wp_id + 20
    for block in story.blocks:
        if isinstance(block, P):
            out.append(_para(block, post.nfd, {}))
        elif isinstance(block, Img):
            img_id += 1
            out.append(_figure(B, block, img_id, post))
        elif block.html == "<!--TOC-->":
            out.append(_toc(story))
        else:
            out.append(block.html.replace('href="/', f'href="{B}/'))
    body = "\n".join(out)
    if for_print:
        return body
    url = B + post.path
    print_link = (
        f'<p class="print-link-wrap"><span class="print-link"><a href="{url}print/" title="In bài viết" rel="nofollow">'
        f'<img class="WP-PrintIcon" src="{B}/wp-content/plugins/wp-print/images/printer_famfamfam.gif" alt="In bài viết" title="In bài viết" style="border: 0px;" /></a>'
        f'&nbsp;<a href="{url}print/" title="In bài viết" rel="nofollow">In bài viết</a></span></p>'
    )
    q = quote(url, safe="")
    name = quote(story.title, safe="")
    a2a = (
        '<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
        '<div class="addtoany_header">Chia sẻ bài viết:</div>'
        f'<div class="a2a_kit a2a_kit_size_28 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(story.title)}">'
        f'<a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={q}&amp;linkname={name}" title="Facebook" rel="nofollow noopener" target="_blank"></a>'
        f'<a class="a2a_button_zalo" href="https://www.addtoany.com/add_to/zalo?linkurl={q}&amp;linkname={name}" title="Zalo" rel="nofollow noopener" target="_blank"></a>'
        f'<a class="a2a_button_email" href="https://www.addtoany.com/add_to/email?linkurl={q}&amp;linkname={name}" title="Email" rel="nofollow noopener" target="_blank"></a>'
        '<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>'
    )
    return body + "\n" + print_link + "\n" + a2a


# --- chrome ----------------------------------------------------------------------------------

MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/")]),
    ("Tin tức", cat_path("tin-tuc-su-kien"), [("Tin tức – Sự kiện", cat_path("tin-tuc-su-kien")), ("Hoạt động Đoàn – Hội", cat_path("hoat-dong-doan"))]),
    ("Chuyên môn", cat_path("chuyen-mon"), []),
    ("Thông báo", cat_path("thong-bao"), []),
    ("Văn bản", cat_path("van-ban"), []),
    ("Thư viện", "#", [("Thư viện ảnh", cat_path("thu-vien-anh")), ("Video", cat_path("video"))]),
    ("Liên hệ", "/lien-he/", []),
]
_CARET = '<svg fill="currentColor" aria-label="Dropdown" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M207.029 381.476L12.686 187.132c-9.373-9.373-9.373-24.569 0-33.941l22.667-22.667c9.357-9.357 24.522-9.375 33.901-.04L224 284.505l154.745-154.021c9.379-9.335 24.544-9.317 33.901.04l22.667 22.667c9.373 9.373 9.373 24.569 0 33.941L240.971 381.476c-9.373 9.372-24.569 9.372-33.942 0z"/></svg>'


def _menu(B: str, ul_id: str, current: str, cls: str) -> str:
    items = []
    n = 20
    for label, href, children in MENU:
        n += 1
        url = href if href == "#" else B + href
        here = " current-menu-item" if href == current else ""
        if not children:
            items.append(
                f'<li id="menu-item-{n}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{n}{here}">'
                f'<div class="wrap"><a href="{url}">{tx(label)}</a></div></li>'
            )
            continue
        subs = "".join(
            f'<li id="menu-item-{n * 10 + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{n * 10 + k}">'
            f'<div class="wrap"><a href="{B}{chref}">{tx(clabel)}</a></div></li>'
            for k, (clabel, chref) in enumerate(children, 1)
        )
        items.append(
            f'<li id="menu-item-{n}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children menu-item-{n}{here}">'
            f'<div class="wrap"><a href="{url}"><span class="menu-item-title-wrap dd-title">{tx(label)}</span></a>'
            f'<div role="button" aria-pressed="false" aria-label="Mở menu con" tabindex="0" class="caret-wrap caret {n}" style="margin-left:5px;">'
            f'<span class="caret">{_CARET}</span></div></div>'
            f'<ul class="sub-menu">{subs}</ul></li>'
        )
    return f'<ul id="{ul_id}" class="{cls}">{"".join(items)}</ul>'


def _logo(B: str) -> str:
    return (
        f'<div class="site-logo"><a class="brand" href="{B}/" title="{SITE}" aria-label="{SITE} Sở GD&amp;ĐT Đắk Lắk" rel="home">'
        f'<div class="title-with-logo"><img width="96" height="96" src="{B}/wp-content/uploads/2024/08/logo-thpt-nguyen-hue-96x96.png" '
        f'class="neve-site-logo skip-lazy" alt="" data-variant="logo" decoding="async" />'
        f'<div class="nv-title-tagline-wrap"><p class="site-title">{SITE}</p><small>Sở GD&amp;ĐT Đắk Lắk</small></div></div></a></div>'
    )


def _header(B: str, current: str) -> str:
    return f"""<header class="header" >
<a class="neve-skip-link show-on-focus" href="#content" >Chuyển đến nội dung</a>
<div id="header-grid"  class="hfg_header site-header">
<div class="header--row header-top hide-on-mobile hide-on-tablet layout-full-contained header--row" data-row-id="top" data-show-on="desktop">
<div class="header--row-inner header-top-inner"><div class="container"><div class="row row--wrapper" data-section="hfg_header_layout_top" >
<div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner builder-item--custom_html" data-section="custom_html" data-item-id="custom_html">
<div class="nv-html-content"><p><i class="far fa-calendar-alt"></i> {HEADER_TODAY} &nbsp;|&nbsp; <i class="fas fa-phone"></i> Hotline: 0262 3521 468</p></div></div></div></div>
<div class="hfg-slot right"><div class="builder-item desktop-right"><div class="item--inner builder-item--secondary-menu has_menu" data-section="secondary_menu_primary" data-item-id="secondary-menu">
<div class="nv-top-bar"><div role="navigation" class="menu-content nav-menu-secondary" aria-label="Menu phụ">
<ul id="secondary-menu-desktop-top" class="nav-ul">
<li id="menu-item-91" class="menu-item menu-item-type-custom"><a href="https://mail.google.com/a/daklak.edu.vn" target="_blank">Email công vụ</a></li>
<li id="menu-item-92" class="menu-item menu-item-type-custom"><a href="https://vnedu.vn/tra-cuu" target="_blank">Tra cứu điểm vnEdu</a></li>
<li id="menu-item-93" class="menu-item menu-item-type-custom"><a href="https://daklak.edu.vn" target="_blank">Sở GD&amp;ĐT Đắk Lắk</a></li>
</ul></div></div></div></div></div>
</div></div></div></div>
<nav class="header--row header-main hide-on-mobile hide-on-tablet layout-full-contained nv-navbar header--row" data-row-id="main" data-show-on="desktop">
<div class="header--row-inner header-main-inner"><div class="container"><div class="row row--wrapper" data-section="hfg_header_layout_main" >
<div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner builder-item--logo" data-section="title_tagline" data-item-id="logo">{_logo(B)}</div></div></div>
<div class="hfg-slot right"><div class="builder-item has-nav"><div class="item--inner builder-item--primary-menu has_menu" data-section="header_menu_primary" data-item-id="primary-menu">
<div class="nv-nav-wrap"><div role="navigation" class="nav-menu-primary style-border-bottom m-style" aria-label="Menu chính">
{_menu(B, "nv-primary-navigation-main", current, "primary-menu-ul nav-ul menu-desktop")}
</div></div></div></div></div>
</div></div></div></nav>
<nav class="header--row header-main hide-on-desktop layout-full-contained nv-navbar header--row" data-row-id="main" data-show-on="mobile">
<div class="header--row-inner header-main-inner"><div class="container"><div class="row row--wrapper" data-section="hfg_header_layout_main" >
<div class="hfg-slot left"><div class="builder-item tablet-left mobile-left"><div class="item--inner builder-item--logo" data-section="title_tagline" data-item-id="logo">{_logo(B)}</div></div></div>
<div class="hfg-slot right"><div class="builder-item tablet-left mobile-left"><div class="item--inner builder-item--nav-icon" data-section="header_menu_icon" data-item-id="nav-icon">
<div class="menu-mobile-toggle item-button navbar-toggle-wrapper"><button type="button" class=" navbar-toggle" value="Menu điều hướng" aria-label="Menu điều hướng " aria-expanded="false" onclick="if('undefined' !== typeof toggleAriaClick ) {{ toggleAriaClick() }}">
<span class="bars"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></span><span class="screen-reader-text">Menu điều hướng</span></button></div></div></div></div>
</div></div></div></nav>
<div id="header-menu-sidebar" class="header-menu-sidebar tcb menu-sidebar-panel slide_left hfg-pe" data-row-id="sidebar">
<div id="header-menu-sidebar-bg" class="header-menu-sidebar-bg"><div class="close-sidebar-panel navbar-toggle-wrapper"><button type="button" class="hamburger is-active  navbar-toggle active" value="Menu điều hướng" aria-label="Menu điều hướng " aria-expanded="false"><span class="bars"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></span><span class="screen-reader-text">Menu điều hướng</span></button></div>
<div id="header-menu-sidebar-inner" class="header-menu-sidebar-inner tcb "><div class="builder-item has-nav"><div class="item--inner builder-item--primary-menu has_menu" data-section="header_menu_primary" data-item-id="primary-menu">
<div class="nv-nav-wrap"><div role="navigation" class="nav-menu-primary style-border-bottom m-style" aria-label="Menu chính">
{_menu(B, "nv-primary-navigation-sidebar", current, "primary-menu-ul nav-ul menu-mobile")}
</div></div></div></div></div></div></div>
<div class="header-menu-sidebar-overlay hfg-ov hfg-pe" onclick="if('undefined' !== typeof toggleAriaClick ) {{ toggleAriaClick() }}"></div>
</div>
</header>"""


def _dated_posts(kind: str | None = None) -> list[Post]:
    posts = sorted(POSTS, key=lambda p: p.date, reverse=True)
    return [p for p in posts if kind is None or kind in p.cats]


def _sidebar(B: str) -> str:
    latest = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{B}{p.path}">{tx(p.title)}</a>'
        f'<time datetime="{_iso(p.date)}" class="wp-block-latest-posts__post-date">{_dmy(p.date)}</time></li>'
        for p in _dated_posts()[:5]
    )
    notices = "".join(
        f'<li class="cat-post-item"><div><a class="cat-post-title" href="{B}{p.path}" rel="bookmark">{tx(p.title)}</a></div></li>'
        for p in _dated_posts("thong-bao")[:3]
    )
    months = [("12", "Tháng Mười Hai"), ("11", "Tháng Mười Một"), ("10", "Tháng Mười")]
    options = "".join(
        f"<option value='{B}/2026/{m}/'> {label} 2026 &nbsp;({sum(1 for p in POSTS if p.date[5:7] == m)})</option>"
        for m, label in months
    )
    return f"""<div class="nv-sidebar-wrap col-sm-12 nv-right blog-sidebar " >
<aside id="secondary" role="complementary">
<div id="block-2" class="widget widget_block widget_search"><form role="search" method="get" action="{B}/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label" for="wp-block-search__input-1" >Tìm kiếm</label><div class="wp-block-search__inside-wrapper " ><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Nhập từ khóa..." value="" type="search" name="s" required /><button aria-label="Tìm" class="wp-block-search__button wp-element-button" type="submit" >Tìm</button></div></form></div>
<div id="block-3" class="widget widget_block"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">Bài viết mới</h2><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{latest}</ul></div></div>
<div id="category-posts-2" class="widget cat-post-widget"><p class="widget-title">Thông báo mới</p><ul id="category-posts-2-internal" class="category-posts-internal">{notices}</ul></div>
<div id="block-4" class="widget widget_block"><div class="wp-block-archives-dropdown wp-block-archives"><label for="wp-block-archives-1" class="wp-block-archives__label">Lưu trữ</label>
<select id="wp-block-archives-1" name="archive-dropdown" onchange="document.location.href=this.options[this.selectedIndex].value;"><option value="">Chọn tháng</option>{options}</select></div></div>
<div id="media_image-3" class="widget widget_media_image"><p class="widget-title">Liên kết website</p>
<a href="https://moet.gov.vn" target="_blank" rel="noopener"><img width="300" height="90" src="{B}/wp-content/uploads/2024/08/banner-bo-gddt-300x90.jpg" class="image wp-image-61 attachment-medium size-medium" alt="Bộ Giáo dục và Đào tạo" style="max-width: 100%; height: auto;" decoding="async" /></a>
<a href="https://daklak.edu.vn" target="_blank" rel="noopener"><img width="300" height="90" src="{B}/wp-content/uploads/2024/08/banner-so-gddt-daklak-300x90.jpg" class="image wp-image-62 attachment-medium size-medium" alt="Sở GD&amp;ĐT Đắk Lắk" style="max-width: 100%; height: auto;" decoding="async" /></a>
<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img width="300" height="90" src="{B}/wp-content/uploads/2024/08/banner-dvc-300x90.jpg" class="image wp-image-63 attachment-medium size-medium" alt="Cổng dịch vụ công quốc gia" style="max-width: 100%; height: auto;" decoding="async" /></a></div>
<div id="polls-widget-2" class="widget widget_polls-widget"><p class="widget-title">Thăm dò ý kiến</p>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5f1a9c3e7b" /></p><p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
<p style="text-align: center;"><strong>Em biết đến website của trường qua kênh nào?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Fanpage Facebook của trường</label></li>
<li><input type="radio" id="poll-answer-12" name="poll_3" value="12" /> <label for="poll-answer-12">Giáo viên chủ nhiệm giới thiệu</label></li>
<li><input type="radio" id="poll-answer-13" name="poll_3" value="13" /> <label for="poll-answer-13">Nhóm Zalo phụ huynh</label></li>
<li><input type="radio" id="poll-answer-14" name="poll_3" value="14" /> <label for="poll-answer-14">Tìm kiếm trên Google</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div></div>
<div id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><p class="widget-title">Thống kê truy cập</p><ul class="wp-statistics-widget">
<li><label>Đang trực tuyến:&nbsp;</label>14</li><li><label>Hôm nay:&nbsp;</label>387</li><li><label>Hôm qua:&nbsp;</label>512</li><li><label>Tháng này:&nbsp;</label>2.164</li><li><label>Tổng truy cập:&nbsp;</label>1.284.905</li></ul></div>
</aside></div>"""


def _footer(B: str) -> str:
    return f"""<footer class="site-footer" id="site-footer" >
<div class="hfg_footer"><div class="footer--row footer-top hide-on-mobile hide-on-tablet layout-full-contained" id="cb-row--footer-desktop-top" data-row-id="top" data-show-on="desktop">
<div class="footer--row-inner footer-top-inner footer-content-wrap"><div class="container"><div class="hfg-grid nv-footer-content hfg-grid-top row--wrapper row " data-section="hfg_footer_layout_top" >
<div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner builder-item--footer-one-widgets" data-section="neve_sidebar-widgets-footer-one-widgets" data-item-id="footer-one-widgets">
<div class="widget-area"><div id="block-10" class="widget widget_block"><h4 class="wp-block-heading">TRƯỜNG THPT NGUYỄN HUỆ</h4>
<p>Địa chỉ: Số 12 Nguyễn Tất Thành, xã Krông Pắc, tỉnh Đắk Lắk<br>Điện thoại: 0262 3521 468 &#8211; Fax: 0262 3521 469<br>Email: <a href="mailto:c3nguyenhue.krongpac@daklak.edu.vn">c3nguyenhue.krongpac@daklak.edu.vn</a></p></div></div></div></div></div>
<div class="hfg-slot c-left"><div class="builder-item desktop-left"><div class="item--inner builder-item--footer-two-widgets" data-section="neve_sidebar-widgets-footer-two-widgets" data-item-id="footer-two-widgets">
<div class="widget-area"><div id="nav_menu-2" class="widget widget_nav_menu"><p class="widget-title">Liên kết nhanh</p><div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu">
<li class="menu-item"><a href="{B}/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="{B}{cat_path("thong-bao")}">Thông báo</a></li>
<li class="menu-item"><a href="https://thi.hanoi.edu.vn" target="_blank">Thi trực tuyến</a></li><li class="menu-item"><a href="{B}/lien-he/">Liên hệ</a></li></ul></div></div></div></div></div></div>
<div class="hfg-slot center"><div class="builder-item"><div class="item--inner builder-item--footer-three-widgets" data-section="neve_sidebar-widgets-footer-three-widgets" data-item-id="footer-three-widgets">
<div class="widget-area"><div id="block-12" class="widget widget_block"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fthptnguyenhuekrongpac&amp;tabs=timeline&amp;width=300&amp;height=200" width="300" height="200" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true" loading="lazy"></iframe></div></div></div></div></div>
</div></div></div></div>
<div class="footer--row footer-bottom layout-full-contained" id="cb-row--footer-desktop-bottom" data-row-id="bottom" data-show-on="desktop"><div class="footer--row-inner footer-bottom-inner footer-content-wrap"><div class="container"><div class="hfg-grid nv-footer-content hfg-grid-bottom row--wrapper row " data-section="hfg_footer_layout_bottom" >
<div class="hfg-slot left"><div class="builder-item cr"><div class="item--inner"><div class="component-wrap"><div><p>&copy; 2026 Trường THPT Nguyễn Huệ &#8211; Sở GD&amp;ĐT Đắk Lắk. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p><a href="https://themeisle.com/themes/neve/" rel="nofollow">Neve</a> | Được phát triển bởi <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></div></div></div>
</div></div></div></div></div>
</footer>"""


def _breadcrumb(B: str, trail: list[tuple[str, str | None]]) -> str:
    parts = [f'<span><a href="{B}/">Trang chủ</a></span>']
    for label, href in trail:
        if href:
            parts.append(f'<span><a href="{B}{href}">{tx(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{tx(label)}</span>')
    return f'<small class="neve-breadcrumbs-wrapper"><span><span>{" » ".join(parts)}</span></span></small>'


def _page(B: str, *, title: str, body_class: str, main: str, current: str = "", head_extra: str = "",
          sidebar: bool = True) -> Response:
    side = _sidebar(B) if sidebar else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{title}</title>
{head_extra}
<link rel='dns-prefetch' href='//static.addtoany.com' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{B}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{B}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='otter-blocks-css' href='{B}/wp-content/plugins/otter-blocks/build/blocks/blocks.css?ver=3.0.5' media='all' />
<link rel='stylesheet' id='neve-style-css' href='{B}/wp-content/themes/neve/style-main-new.min.css?ver=3.8.13' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='{B}/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.69' media='all' />
<style id='neve-style-inline-css'>.nv-meta-list li.meta:not(:last-child):after {{ content:"/" }}.nv-meta-list .no-mobile{{display:none;}}.nv-meta-list li.last::after{{content: ""!important;}}.updated:not(.published){{display:none;}}</style>
<script src="{B}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{B}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{B}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
<link rel="icon" href="{B}/wp-content/uploads/2024/08/cropped-logo-thpt-nguyen-hue-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} nv-blog-default nv-sidebar-right menu_sidebar_slide_left" id="neve_body">
<div class="wrapper">
{_header(B, current)}
<main id="content" class="neve-main">
{main if not sidebar else main.replace("<!--SIDEBAR-->", side)}
</main><!--/.neve-main-->
{_footer(B)}
</div><!--/.wrapper-->
<script id="neve-script-js-extra">var NeveProperties = {{"ajaxurl":"{B}\\/wp-admin\\/admin-ajax.php","nonce":"a1b2c3d4e5","isRTL":"","isCustomize":""}};</script>
<script src="{B}/wp-content/themes/neve/assets/js/build/modern/frontend.js?ver=3.8.13" id="neve-script-js" async></script>
<script src="{B}/wp-content/plugins/litespeed-cache/assets/js/lazyload.min.js" id="litespeed-lazyload-js"></script>
</body>
</html>"""
    return html(doc, headers={"Link": f'<{B}/wp-json/>; rel="https://api.w.org/"'})


# --- templates -------------------------------------------------------------------------------


def _cat_trail(slug: str) -> list[tuple[str, str | None]]:
    name, parent = CATS[slug]
    trail = [(CATS[parent][0], cat_path(parent))] if parent else []
    return [*trail, (name, cat_path(slug))]


def _cat_links(B: str, post: Post) -> str:
    return ", ".join(
        f'<a href="{B}{cat_path(c)}" rel="category tag">{tx(CATS[c][0])}</a>' for c in post.cats
    )


def _meta_list(B: str, post: Post) -> str:
    if post.modified:
        times = (
            f'<time class="entry-date published" datetime="{_iso(post.date)}" content="{post.date[:10]}">{_dmy(post.date)}</time>'
            f'<time class="updated" datetime="{_iso(post.modified)}">{_dmy(post.modified)}</time>'
        )
    else:
        times = f'<time class="entry-date published updated" datetime="{_iso(post.date)}" content="{post.date[:10]}">{_dmy(post.date)}</time>'
    comments = ""
    if post.comments:
        comments = f'<li class="meta comments last"><a href="{B}{post.path}#comments">{len(post.comments)} Bình luận</a></li>'
    last = "" if comments else " last"
    return (
        '<ul class="nv-meta-list">'
        f'<li class="meta author vcard "><span class="author-name fn">bởi <a href="{B}/author/quantri/" title="Đăng bởi quantri" rel="author">quantri</a></span></li>'
        f'<li class="meta date posted-on ">{times}</li>'
        f'<li class="meta category{last}">{_cat_links(B, post)}</li>{comments}</ul>'
    )


def _card(B: str, post: Post) -> str:
    url = B + post.path
    thumb = ""
    if post.featured:
        thumb = (
            f'<div class="nv-post-thumbnail-wrap img-wrap"><a href="{url}" rel="bookmark" title="{esc(post.title)}">'
            f'<img width="930" height="620" src="{B}{post.featured}" class="skip-lazy wp-post-image" alt="" decoding="async" /></a></div>'
        )
    return (
        f'<article id="post-{post.wp_id}" class="post-{post.wp_id} post type-post status-publish format-standard has-post-thumbnail hentry '
        f'{" ".join("category-" + c for c in post.cats)} layout-default col-12  nv-non-grid-article ">'
        '<div class="article-content-col"><div class="content"><div class="default-post nv-ft-wrap">'
        f"{thumb}"
        '<div class="non-grid-content default-layout-content">'
        f'<h2 class="blog-entry-title entry-title"><a href="{url}" rel="bookmark">{tx(post.title)}</a></h2>'
        f"{_meta_list(B, post)}"
        f'<div class="excerpt-wrap entry-summary"><p>{tx(post.excerpt)}</p>'
        f'<a href="{url}" class="more-link">Đọc thêm &raquo;<span class="screen-reader-text">{tx(post.title)}</span></a></div>'
        "</div></div></div></div></article>"
    )


def _pagination(B: str, base: str, page: int, pages: int, query: str = "") -> str:
    if pages <= 1:
        return ""
    q = f"?{query}" if query else ""

    def href(n: int) -> str:
        return f"{B}{base}{q}" if n == 1 else f"{B}{base}page/{n}/{q}"

    items = []
    if page > 1:
        items.append(f'<li><a class="prev page-numbers" href="{href(page - 1)}">&laquo; Trang trước</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li><span aria-current="page" class="page-numbers current">{n}</span></li>')
        else:
            items.append(f'<li><a class="page-numbers" href="{href(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a class="next page-numbers" href="{href(page + 1)}">Trang sau &raquo;</a></li>')
    return "<ul class='page-numbers'>\n\t" + "\n\t".join(items) + "\n</ul>"


def archive_page(request: Request, *, heading: str, title: str, posts: list[Post], base: str, page: int,
                 trail: list[tuple[str, str | None]], body_class: str, query: str = "") -> Response | None:
    B = base_url(request)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(_card(B, p) for p in chunk) or (
        '<div class="nv-content-none-wrap"><p>Rất tiếc, không có kết quả nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p></div>'
    )
    paged = f" &#8211; Trang {page} / {pages}" if page > 1 else ""
    head = f'<link rel="canonical" href="{B}{base}{"" if page == 1 else f"page/{page}/"}" />'
    if page < pages:
        head += f'\n<link rel="next" href="{B}{base}page/{page + 1}/" />'
    if page > 1:
        head += f'\n<link rel="prev" href="{B}{base}{"" if page == 2 else f"page/{page - 1}/"}" />'
    if query:
        head = '<meta name="robots" content="noindex, follow" />'
    main = f"""<div class="container archive-container">
<div class="row">
<div class="nv-index-posts blog col">
<div class="nv-page-title-wrap nv-big-title" ><div class="nv-page-title ">{_breadcrumb(B, trail)}<h1>{heading}</h1></div></div>
<div class="posts-wrapper">
{cards}
</div>
<div class="w-100"></div>
{_pagination(B, base, page, pages, query)}
</div>
<!--SIDEBAR-->
</div></div>"""
    return _page(B, title=f"{title}{paged} - {SITE}", body_class=f"archive {body_class} paged-{page}", main=main,
                 current=base, head_extra=head)


def _related(B: str, post: Post) -> str:
    primary = post.cats[0]
    family = {primary} | {s for s, (_, parent) in CATS.items() if parent == primary}
    others = [p for p in _dated_posts() if p is not post and family & set(p.cats)][:3]
    if not others:
        return ""
    cards = "".join(
        '<div class="related-post col-12 col-sm-6 col-md-4"><div class="content">'
        f'<a href="{B}{p.path}"><img width="300" height="200" src="{B}{(p.featured or "").replace("-930x620", "-300x200")}" class="attachment-neve-blog size-neve-blog wp-post-image" alt="" decoding="async" loading="lazy" /></a>'
        f'<h3 class="title entry-title is-h6"><a href="{B}{p.path}">{tx(p.title)}</a></h3>'
        f'<div class="category">{_cat_links(B, p)}</div>'
        f'<div class="excerpt">{tx(" ".join(p.excerpt.split()[:14]))}&hellip;</div></div></div>'
        for p in others
    )
    return (
        '<div class="nv-related-posts"><div class="section-title"><h2>Bài viết liên quan</h2></div>'
        f'<div class="posts-wrapper">{cards}</div></div>'
    )


def _comments(B: str, post: Post) -> str:
    url = B + post.path
    items = []
    for cid, author, when, body in post.comments:
        items.append(
            f'<li class="comment even thread-even depth-1" id="comment-{cid}"><article id="div-comment-{cid}" class="nv-comment-article">'
            '<div class="nv-comment-header"><div class="comment-author vcard">'
            f'<img alt="" src="https://secure.gravatar.com/avatar/{cid:032x}?s=50&#038;d=mm&#038;r=g" class="avatar avatar-50 photo" height="50" width="50" loading="lazy" decoding="async"/>'
            f'<span class="fn author">{esc(author)}</span></div>'
            f'<div class="nv-comment-meta comment-metadata"><a href="{url}#comment-{cid}"><time datetime="{_iso(when)}">{_dmy(when)} lúc {when[11:16]}</time></a></div></div>'
            f'<div class="nv-comment-content comment nv-content-wrap"><p>{esc(body)}</p></div>'
            f'<div class="nv-comment-footer"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" data-commentid="{cid}" '
            f'data-postid="{post.wp_id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(author)}" '
            f'aria-label="Trả lời {esc(author)}">Trả lời</a></div></article></li>'
        )
    listing = ""
    if items:
        listing = (
            f'<div class="nv-comments-wrap"><div class="nv-comments-title-wrap"><h2 class="comments-title">{len(items)} bình luận</h2></div>'
            f'<ol class="nv-comments-list">{"".join(items)}</ol></div>'
        )
    return f"""<div id="comments" class="comments-area">{listing}
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Hủy</a></small></h2>
<form action="{B}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="button button-primary" value="Gửi bình luận" /><input type='hidden' name='comment_post_ID' value='{post.wp_id}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form>
</div></div>"""


def _yoast(B: str, post: Post, url: str) -> str:
    modified = post.modified or post.date
    crumbs = [("Trang chủ", f"{B}/")] + [(n, B + h) for n, h in _cat_trail(post.cats[0]) if h] + [(post.title, None)]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "quantri", "@id": f"{B}/#/schema/person/5b1f0e2a"},
                "headline": post.title[:110],
                "datePublished": _utc(post.date),
                "dateModified": _utc(modified),
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": f"{B}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": f"{B}{post.featured}" if post.featured else None,
                "articleSection": [CATS[c][0] for c in post.cats],
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": i, "name": n, **({"item": h} if h else {})}
                    for i, (n, h) in enumerate(crumbs, 1)
                ],
            },
            {"@type": "Person", "@id": f"{B}/#/schema/person/5b1f0e2a", "name": "quantri", "url": f"{B}/author/quantri/"},
        ],
    }
    desc = esc(post.excerpt)
    return f"""<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{desc}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(post.title)} - {SITE}" />
<meta property="og:description" content="{desc}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="article:publisher" content="https://www.facebook.com/thptnguyenhuekrongpac" />
<meta property="article:published_time" content="{_utc(post.date)}" />
<meta property="article:modified_time" content="{_utc(modified)}" />
<meta property="og:image" content="{B}{post.featured or ""}" />
<meta property="og:image:width" content="930" /><meta property="og:image:height" content="620" /><meta property="og:image:type" content="image/jpeg" />
<meta name="author" content="quantri" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Được viết bởi" /><meta name="twitter:data1" content="quantri" />
<meta name="twitter:label2" content="Ước tính thời gian đọc" /><meta name="twitter:data2" content="3 phút" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<!-- / Yoast SEO plugin. -->
<link rel='shortlink' href='{B}/?p={post.wp_id}' />"""


def single_page(request: Request, post: Post) -> Response:
    B = base_url(request)
    url = B + post.path
    trail = [*_cat_trail(post.cats[0]), (post.title, None)]
    tags = ""
    if post.tags:
        tags = '<div class="nv-tags-list"><span>Thẻ:</span>' + "".join(
            f'<a href="{B}/tag/{t}/" title="{TAGS[t]}" class="{t}" rel="tag">{TAGS[t]}</a>' for t in post.tags
        ) + "</div>"
    thumb = ""
    if post.featured:
        thumb = (
            f'<div class="nv-thumb-wrap"><img width="930" height="620" src="{B}{post.featured}" class="skip-lazy wp-post-image" '
            'alt="" decoding="async" fetchpriority="high" /></div>'
        )
    classes = " ".join(["category-" + c for c in post.cats] + ["tag-" + t for t in post.tags])
    main = f"""<div class="container single-post-container">
<div class="row">
<article id="post-{post.wp_id}" class="nv-single-post-wrap col post-{post.wp_id} post type-post status-publish format-standard has-post-thumbnail hentry {classes}">
<div class="entry-header" ><div class="nv-title-meta-wrap">{_breadcrumb(B, trail)}<h1 class="title entry-title">{tx(post.title, post.nfd)}</h1>{_meta_list(B, post)}</div></div>
{thumb}
<div class="nv-content-wrap entry-content">{render_content(post, B)}</div>
{tags}
{_related(B, post)}
{_comments(B, post)}
</article>
<!--SIDEBAR-->
</div></div>"""
    return _page(B, title=f"{tx(post.title)} - {SITE}", main=main, current=cat_path(post.cats[0]),
                 body_class=f"post-template-default single single-post postid-{post.wp_id} single-format-standard",
                 head_extra=_yoast(B, post, url))


def print_page(request: Request, post: Post) -> Response:
    B = base_url(request)
    url = B + post.path
    cats = ", ".join(f"<u>{tx(CATS[c][0])}</u>" for c in post.cats)
    ncom = f" | <u>{len(post.comments)} Bình luận</u>" if post.comments else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<title>{SITE} &raquo; {tx(post.title)} &raquo; Print</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="Robots" content="noindex, nofollow" />
<link rel="stylesheet" href="{B}/wp-content/plugins/wp-print/print-css.css" type="text/css" media="screen, print" />
</head>
<body>
<p style="text-align: center;"><strong>- {SITE} - {B} -</strong></p>
<div class="Center">
<div id="Outline">
<p id="BlogTitle">{tx(post.title, post.nfd)}</p>
<p id="BlogDate">Đăng bởi <u>quantri</u> vào {_dmy(post.date)} @ {post.date[11:16]} trong {cats}{ncom}</p>
<div id="BlogContent">{render_content(post, B, for_print=True)}</div>
</div>
<hr class="Divider" style="text-align: center;" />
<p><strong>Bài viết in từ {SITE}:</strong> <strong dir="ltr">{B}</strong></p>
<p><strong>Địa chỉ URL bài viết:</strong> <strong dir="ltr">{url}</strong></p>
<p style="text-align: center;">Bản quyền &copy; 2026 {SITE}. Bảo lưu mọi quyền.</p>
</div>
</body>
</html>"""
    return html(doc)


def attachment_page(request: Request, post: Post, att: tuple[str, str, str | None]) -> Response:
    B = base_url(request)
    slug, full, _caption = att
    medium = full.replace(".jpg", "-300x200.jpg")
    trail = [*_cat_trail(post.cats[0]), (post.title, post.path), (slug, None)]
    main = f"""<div class="container single-post-container">
<div class="row">
<article id="post-{post.wp_id + 60}" class="nv-single-post-wrap col post-{post.wp_id + 60} attachment type-attachment status-inherit hentry">
<div class="entry-header" ><div class="nv-title-meta-wrap">{_breadcrumb(B, trail)}<h1 class="title entry-title">{slug}</h1>
<ul class="nv-meta-list"><li class="meta author vcard "><span class="author-name fn">bởi <a href="{B}/author/quantri/" title="Đăng bởi quantri" rel="author">quantri</a></span></li><li class="meta date posted-on last"><time class="entry-date published updated" datetime="{_iso(post.date)}" content="{post.date[:10]}">{_dmy(post.date)}</time></li></ul></div></div>
<div class="nv-content-wrap entry-content"><p class="attachment"><a href="{B}{full}"><img width="300" height="200" src="{B}{medium}" class="attachment-medium size-medium" alt="" decoding="async" srcset="{B}{medium} 300w, {B}{full.replace(".jpg", "-1024x683.jpg")} 1024w" sizes="(max-width: 300px) 100vw, 300px" /></a></p>
</div>
{_comments(B, post).replace(f"value='{post.wp_id}'", f"value='{post.wp_id + 60}'")}
</article>
<!--SIDEBAR-->
</div></div>"""
    return _page(B, title=f"{slug} - {SITE}", main=main, body_class=f"attachment attachment-template-default single single-attachment postid-{post.wp_id + 60} attachmentid-{post.wp_id + 60} attachment-jpeg",
                 head_extra=f'<link rel="canonical" href="{B}{post.path}{slug}/" />\n<meta name="robots" content="noindex, follow" />')


def _grid(B: str, posts: list[Post], gid: str, columns: int = 2, show_excerpt: bool = True) -> str:
    cards = []
    for p in posts:
        thumb = ""
        if p.featured:
            thumb = (
                f'<div class="o-posts-grid-post-image"><a href="{B}{p.path}">'
                f'<img width="930" height="620" src="{B}{p.featured}" class="attachment-neve-blog size-neve-blog wp-post-image" alt="" decoding="async" /></a></div>'
            )
        desc = f'<p class="o-posts-grid-post-description">{tx(p.excerpt)}</p>' if show_excerpt else ""
        cards.append(
            '<div class="o-posts-grid-post-blog o-posts-grid-post-plain"><div class="o-posts-grid-post">'
            f"{thumb}"
            '<div class="o-posts-grid-post-body is-full">'
            f'<span class="o-posts-grid-post-category">{tx(CATS[p.cats[0]][0])}</span>'
            f'<h5 class="o-posts-grid-post-title"><a href="{B}{p.path}">{tx(p.title)}</a></h5>'
            f'<p class="o-posts-grid-post-meta">Ngày {_dmy(p.date)}</p>{desc}</div></div></div>'
        )
    return (
        f'<div class="wp-block-themeisle-blocks-posts-grid" id="wp-block-themeisle-blocks-posts-grid-{gid}">'
        f'<div class="is-grid o-posts-grid-columns-{columns} has-shadow">{"".join(cards)}</div></div>'
    )


def _heading(text_: str, hid: str) -> str:
    full = f"wp-block-themeisle-blocks-advanced-heading-{hid}"
    return f'<h2 id="{full}" class="wp-block-themeisle-blocks-advanced-heading {full}">{tx(text_)}</h2>'


def _button(href: str, label: str, bid: str) -> str:
    return (
        f'<div class="wp-block-themeisle-blocks-button-group align-right"><div id="wp-block-themeisle-blocks-button-{bid}" class="wp-block-themeisle-blocks-button">'
        f'<a href="{href}" target="_self" rel="noopener noreferrer" class="wp-block-button__link"><span>{tx(label)}</span></a></div></div>'
    )


FBCLID = "IwZXh0bgNhZW0CMTEAAR2kVn8xq4tPz9H_aem_Qe7wKc3Lm0s1"


def home_page(request: Request) -> Response:
    B = base_url(request)
    slides = [
        ("2026/09/banner-khai-giang-2026.jpg", "Chào mừng năm học mới 2026 – 2027"),
        ("2026/11/banner-20-11-2026.jpg", "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11"),
        ("2026/11/banner-hsg-tinh-2026.jpg", "Chúc mừng 27 học sinh đạt giải học sinh giỏi cấp tỉnh"),
    ]
    slider = "".join(
        f'<figure class="glide__slide"><img src="{B}{U}/{src}" alt="{esc(cap)}" class="wp-image-{1350 + i}" />'
        f"<figcaption>{tx(cap)}</figcaption></figure>"
        for i, (src, cap) in enumerate(slides)
    )
    news = [p for p in _dated_posts() if {"tin-tuc-su-kien", "hoat-dong-doan"} & set(p.cats)][:4]
    notice_items = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{B}{p.path}">{tx(p.title)}</a>'
        f'<time datetime="{_iso(p.date)}" class="wp-block-latest-posts__post-date">{_dmy(p.date)}</time></li>'
        for p in _dated_posts("thong-bao")[:4]
    )
    docs = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{B}{p.path}">{tx(p.title)}</a></li>'
        for p in _dated_posts("van-ban")[:4]
    )
    media = _dated_posts("thu-vien-anh")[:1] + _dated_posts("video")[:1]
    t3 = BY_ID[1431]
    main = f"""<div class="container single-page-container"><div class="row"><div class="nv-single-page-wrap col">
<div class="nv-content-wrap entry-content">
<div class="wp-block-themeisle-blocks-slider" id="wp-block-themeisle-blocks-slider-1f3a9b20" data-per-view="1" data-gap="0" data-peek="0" data-autoplay="5000" data-height="420px" data-hide-arrows="false">
<div class="glide__track" data-glide-el="track"><div class="glide__slides">{slider}</div></div>
<div class="glide__arrows" data-glide-el="controls"><button class="glide__arrow glide__arrow--left" data-glide-dir="&lt;" aria-label="Slide trước"></button><button class="glide__arrow glide__arrow--right" data-glide-dir="&gt;" aria-label="Slide sau"></button></div>
<div class="glide__bullets" data-glide-el="controls[nav]"><button class="glide__bullet" data-glide-dir="=0"></button><button class="glide__bullet" data-glide-dir="=1"></button><button class="glide__bullet" data-glide-dir="=2"></button></div></div>
{_button(f"{B}{t3.path}?fbclid={FBCLID}", "🏆 Tuyên dương học sinh giỏi cấp tỉnh – Xem chi tiết", "8d21")}
<div id="wp-block-themeisle-blocks-advanced-columns-4b2e7a10" class="wp-block-themeisle-blocks-advanced-columns has-2-columns has-desktop-twoThirds-layout has-tablet-equal-layout has-mobile-collapsedRows-layout has-vertical-top">
<div class="wp-block-themeisle-blocks-advanced-columns-overlay"></div><div class="innerblocks-wrap">
<div id="wp-block-themeisle-blocks-advanced-column-6f0c" class="wp-block-themeisle-blocks-advanced-column">
{_heading("TIN TỨC – SỰ KIỆN", "a81c")}
{_grid(B, news, "2c7e91d4")}
{_button(B + cat_path("tin-tuc-su-kien"), "Xem tất cả »", "a1")}
</div>
<div id="wp-block-themeisle-blocks-advanced-column-9d3a" class="wp-block-themeisle-blocks-advanced-column">
{_heading("THÔNG BÁO", "b90d")}
<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{notice_items}</ul>
{_heading("VĂN BẢN MỚI", "c11f")}
<ul class="wp-block-latest-posts__list wp-block-latest-posts">{docs}</ul>
</div></div></div>
{_heading("HOẠT ĐỘNG CHUYÊN MÔN", "d4e2")}
{_grid(B, _dated_posts("chuyen-mon")[:3], "5b90aa13", columns=3)}
{_heading("THƯ VIỆN ẢNH – VIDEO", "e7f3")}
{_grid(B, media, "7e11c0f2", columns=2, show_excerpt=False)}
<div id="wp-block-themeisle-blocks-advanced-columns-c0a1" class="wp-block-themeisle-blocks-advanced-columns has-3-columns has-desktop-equal-layout">
<div class="innerblocks-wrap">
<div class="wp-block-themeisle-blocks-advanced-column"><div class="wp-block-themeisle-blocks-count-up"><span class="o-count-up-number" data-value="1994">1994</span><p>Năm thành lập</p></div></div>
<div class="wp-block-themeisle-blocks-advanced-column"><div class="wp-block-themeisle-blocks-count-up"><span class="o-count-up-number" data-value="1412">1.412</span><p>Học sinh</p></div></div>
<div class="wp-block-themeisle-blocks-advanced-column"><div class="wp-block-themeisle-blocks-count-up"><span class="o-count-up-number" data-value="86">86</span><p>Cán bộ, giáo viên, nhân viên</p></div></div>
</div></div>
</div></div></div></div>"""
    head = (
        '<meta name="description" content="Website chính thức của Trường THPT Nguyễn Huệ, xã Krông Pắc, tỉnh Đắk Lắk: tin tức, thông báo, văn bản, hoạt động chuyên môn." />\n'
        f'<link rel="canonical" href="{B}/" />\n<meta property="og:type" content="website" />'
    )
    return _page(B, title=f"{SITE} &#8211; Sở GD&amp;ĐT Đắk Lắk", main=main, current="/", sidebar=False,
                 body_class="home page-template-default page page-id-2", head_extra=head)


PAGES: dict[str, tuple[int, str, str, list[tuple[str, str | None]]]] = {
    "/gioi-thieu/": (
        2,
        "Giới thiệu chung",
        "<p>Trường THPT Nguyễn Huệ được thành lập theo Quyết định số 512/QĐ-UB ngày 18/8/1994 của UBND tỉnh Đắk Lắk, "
        "là một trong những trường trung học phổ thông có bề dày truyền thống của vùng Krông Pắc.</p>\n"
        "<p>Trải qua hơn 30 năm xây dựng và phát triển, nhà trường đã đào tạo hơn 15.000 học sinh tốt nghiệp THPT, "
        "nhiều thế hệ học sinh đã trưởng thành, trở thành cán bộ, kỹ sư, bác sĩ, giáo viên công tác trên mọi miền Tổ quốc.</p>\n"
        '<h3 class="wp-block-heading">Sứ mệnh &#8211; Tầm nhìn</h3>\n'
        "<p>Xây dựng môi trường học tập thân thiện, kỷ cương, chất lượng; mỗi học sinh đều có cơ hội phát triển năng lực và phẩm chất.</p>\n"
        '<h3 class="wp-block-heading">Thành tích nổi bật</h3>\n'
        '<ul class="wp-block-list"><li>Huân chương Lao động hạng Ba (2014);</li><li>Trường đạt chuẩn quốc gia mức độ 1 (2019);</li>'
        "<li>Tập thể Lao động xuất sắc nhiều năm liền.</li></ul>",
        [("Giới thiệu chung", None)],
    ),
    "/gioi-thieu/co-cau-to-chuc/": (
        31,
        "Cơ cấu tổ chức",
        '<h3 class="wp-block-heading">Ban Giám hiệu</h3>\n'
        '<figure class="wp-block-table"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>'
        "<tr><td>Nguyễn Văn Thành</td><td>Hiệu trưởng</td><td>0905 xxx 218</td></tr>"
        "<tr><td>Trần Thị Minh Hạnh</td><td>Phó Hiệu trưởng</td><td>0914 xxx 562</td></tr>"
        "<tr><td>Lê Quang Vinh</td><td>Phó Hiệu trưởng</td><td>0983 xxx 047</td></tr></tbody></table></figure>\n"
        '<h3 class="wp-block-heading">Các tổ chuyên môn</h3>\n'
        '<ul class="wp-block-list"><li>Tổ Toán &#8211; Tin</li><li>Tổ Ngữ văn</li><li>Tổ Ngoại ngữ</li><li>Tổ Vật lí &#8211; Công nghệ</li>'
        "<li>Tổ Hóa &#8211; Sinh</li><li>Tổ Lịch sử &#8211; Địa lí &#8211; GDKT&amp;PL</li><li>Tổ GDTC &#8211; GDQP&amp;AN</li><li>Tổ Văn phòng</li></ul>",
        [("Giới thiệu chung", "/gioi-thieu/"), ("Cơ cấu tổ chức", None)],
    ),
    "/lien-he/": (
        35,
        "Liên hệ",
        '<div id="wp-block-themeisle-blocks-advanced-columns-77aa" class="wp-block-themeisle-blocks-advanced-columns has-2-columns has-desktop-equal-layout"><div class="innerblocks-wrap">'
        '<div class="wp-block-themeisle-blocks-advanced-column"><p><strong>TRƯỜNG THPT NGUYỄN HUỆ</strong></p>'
        "<p>Địa chỉ: Số 12 Nguyễn Tất Thành, xã Krông Pắc, tỉnh Đắk Lắk<br>Điện thoại: 0262 3521 468<br>"
        'Email: <a href="mailto:c3nguyenhue.krongpac@daklak.edu.vn">c3nguyenhue.krongpac@daklak.edu.vn</a></p>'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892.6!2d108.3812!3d12.7034" width="100%" height="280" style="border:0;" loading="lazy"></iframe></div>'
        '<div class="wp-block-themeisle-blocks-advanced-column"><div class="wp-block-themeisle-blocks-form" id="wp-block-themeisle-blocks-form-3f8e" data-email-subject="Liên hệ từ website">'
        '<form class="otter-form__container" method="post" action="">'
        '<div class="wp-block-themeisle-blocks-form-input"><label class="otter-form-input-label" for="field-a1"><span class="otter-form-input-label__label">Họ và tên</span><span class="required">*</span></label><input type="text" name="field-a1" id="field-a1" required class="otter-form-input"/></div>'
        '<div class="wp-block-themeisle-blocks-form-input"><label class="otter-form-input-label" for="field-a2"><span class="otter-form-input-label__label">Email</span><span class="required">*</span></label><input type="email" name="field-a2" id="field-a2" required class="otter-form-input"/></div>'
        '<div class="wp-block-themeisle-blocks-form-textarea"><label class="otter-form-textarea-label" for="field-a3"><span class="otter-form-textarea-label__label">Nội dung</span></label><textarea name="field-a3" id="field-a3" rows="5" class="otter-form-textarea-input"></textarea></div>'
        '<div class="wp-block-button"><button class="wp-block-button__link" type="submit">Gửi liên hệ</button></div></form></div></div>'
        "</div></div>",
        [("Liên hệ", None)],
    ),
}


def wp_page(request: Request, path: str) -> Response:
    B = base_url(request)
    page_id, title, content, trail = PAGES[path]
    main = f"""<div class="container single-page-container">
<div class="row">
<div class="nv-single-page-wrap col">
<div class="nv-page-title-wrap nv-big-title" ><div class="nv-page-title ">{_breadcrumb(B, trail)}<h1>{tx(title)}</h1></div></div>
<div class="nv-content-wrap entry-content">{content.replace('href="/', f'href="{B}/')}</div>
</div>
<!--SIDEBAR-->
</div></div>"""
    head = f'<link rel="canonical" href="{B}{path}" />\n<meta property="og:type" content="article" />'
    return _page(B, title=f"{tx(title)} - {SITE}", main=main, current=path,
                 body_class=f"page-template-default page page-id-{page_id}", head_extra=head)


def feed(request: Request) -> Response:
    B = base_url(request)
    items = []
    for p in _dated_posts()[:10]:
        pub = p.dt.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
        items.append(
            f"<item><title>{tx(p.title)}</title><link>{B}{p.path}</link>"
            f"<dc:creator><![CDATA[quantri]]></dc:creator><pubDate>{pub}</pubDate>"
            f"<category><![CDATA[{CATS[p.cats[0]][0]}]]></category>"
            f'<guid isPermaLink="false">{B}/?p={p.wp_id}</guid>'
            f"<description><![CDATA[{p.excerpt} [&#8230;]]]></description></item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{SITE}</title><atom:link href=\"{B}/feed/\" rel=\"self\" type=\"application/rss+xml\" />"
        f"<link>{B}</link><description>Sở GD&amp;ĐT Đắk Lắk</description><language>vi</language>"
        "<generator>https://wordpress.org/?v=6.6.2</generator>" + "".join(items) + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing ---------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>/.*?/)page/(?P<n>\d+)/$")
_MONTHS = {"10": "Tháng Mười", "11": "Tháng Mười Một", "12": "Tháng Mười Hai"}


class NeveSite:
    """The school's WordPress as the web server answers it."""

    def __init__(self) -> None:
        self.by_path = {p.decoded_path: p for p in POSTS}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            if path == "/wp-comments-post.php":
                return html(
                    '<!DOCTYPE html><html lang="vi"><head><title>Lỗi WordPress</title></head><body id="error-page">'
                    "<div class=\"wp-die-message\"><p><strong>Lỗi</strong>: Vui lòng điền vào các trường bắt buộc (tên, email).</p></div>"
                    '<p><a href="javascript:history.back()">&laquo; Quay lại</a></p></body></html>',
                    status=400,
                )
            return None
        if path.startswith("/wp-content/") or path.startswith("/wp-includes/"):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200,
                "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        decoded = unquote(path)
        if not decoded.endswith("/") and "." not in decoded.rsplit("/", 1)[-1]:
            if self._route(request, decoded + "/") is not None:
                query = f"?{request.query}" if request.query else ""
                return redirect(base_url(request) + path + "/" + query, 301)
            return None
        return self._route(request, decoded)

    def _route(self, request: Request, path: str) -> Response | None:
        B = base_url(request)
        params = request.params
        if path == "/":
            if "p" in params:
                post = next((p for p in POSTS if str(p.wp_id) == params["p"]), None)
                return redirect(B + post.path, 301) if post else None
            if "s" in params:
                return self._search(request, params["s"], 1)
            return home_page(request)
        if path == "/feed/":
            return feed(request)
        if path in PAGES:
            return wp_page(request, path)
        post = self.by_path.get(path)
        if post is not None:
            return single_page(request, post)
        for p in POSTS:
            if path == p.decoded_path + "print/":
                return print_page(request, p)
            for att in p.attachments:
                if path == f"{p.decoded_path}{att[0]}/":
                    return attachment_page(request, p, att)
        page = 1
        m = _PAGED.match(path)
        if m:
            page = int(m.group("n"))
            path = m.group("base")
            if page == 1:
                return redirect(B + path, 301)
            if path == "/" and "s" in params:
                return self._search(request, params["s"], page)
        return self._archive(request, path, page)

    def _archive(self, request: Request, path: str, page: int) -> Response | None:
        parts = [x for x in path.split("/") if x]
        if len(parts) in (2, 3) and parts[0] == "chuyen-muc":
            slug = parts[-1]
            if slug not in CATS:
                return None
            if cat_path(slug) != path:
                # WordPress finds a child category by its own slug and sends it to the full path
                return redirect(base_url(request) + cat_path(slug), 301) if page == 1 else None
            family = {slug} | {s for s, (_, parent) in CATS.items() if parent == slug}
            posts = [p for p in _dated_posts() if family & set(p.cats)]
            name = CATS[slug][0]
            trail = [*_cat_trail(slug)[:-1], (name, None)]
            return archive_page(request, heading=f"Chuyên mục: <span>{tx(name)}</span>", title=tx(name),
                                posts=posts, base=path, page=page, trail=trail,
                                body_class=f"category category-{slug}")
        if len(parts) == 2 and parts[0] == "tag" and parts[1] in TAGS:
            posts = [p for p in _dated_posts() if parts[1] in p.tags]
            name = TAGS[parts[1]]
            return archive_page(request, heading=f"Thẻ: <span>{name}</span>", title=name, posts=posts,
                                base=path, page=page, trail=[(name, None)], body_class=f"tag tag-{parts[1]}")
        if parts == ["author", "quantri"]:
            return archive_page(request, heading='Tác giả: <span class="vcard">quantri</span>', title="quantri",
                                posts=_dated_posts(), base=path, page=page, trail=[("quantri", None)],
                                body_class="author author-quantri author-1")
        if len(parts) == 2 and parts[0] == "2026" and parts[1] in _MONTHS:
            posts = [p for p in _dated_posts() if p.date[5:7] == parts[1]]
            label = f"{_MONTHS[parts[1]]} 2026"
            return archive_page(request, heading=f"Tháng: <span>{label}</span>", title=label, posts=posts,
                                base=path, page=page, trail=[("2026", None), (label, None)],
                                body_class="archive date")
        return None

    def _search(self, request: Request, query: str, page: int) -> Response | None:
        q = query.strip().casefold()
        posts = [p for p in _dated_posts() if q in p.title.casefold() or q in p.excerpt.casefold()]
        shown = esc(query)
        return archive_page(request, heading=f"Kết quả tìm kiếm cho: <span>{shown}</span>",
                            title=f"Bạn đã tìm kiếm {shown}", posts=posts, base="/", page=page,
                            trail=[(f"Kết quả tìm kiếm cho \"{query}\"", None)], body_class="search search-results",
                            query="s=" + quote(query))


def build_site() -> NeveSite:
    return NeveSite()


# --- gold ------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    post = BY_ID[story.id]
    category = CATS[post.cats[0]][0]
    alts = [post.path + "print/"]
    alts += [f"{post.path}?replytocom={cid}" for cid, *_ in post.comments]
    if not post.slug.isascii():
        upper = post.month_path + quote(post.slug, safe="-") + "/"
        alts += [upper, upper + "print/", f"{post.path}?fbclid={FBCLID}"]
    return gold_record(story, post.path, category, canonical_path=post.path, alt_paths=alts)


GOLD = [_gold(s) for s in (T1, N1, C1, D1, T2, N2, D2, C2, T3, D3, T4, C3, T5)]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/lien-he/",
    BY_ID[1474].path,  # document entry (Văn bản)
    BY_ID[1449].path,  # photo album
    BY_ID[1391].path,  # video post
    f"{BY_ID[1447].path}dem-tho-1/",  # attachment page
    f"{BY_ID[1447].path}dem-tho-2/",  # attachment page
]
