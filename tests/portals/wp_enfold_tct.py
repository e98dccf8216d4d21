"""WordPress 6.4 + Enfold (Kriesi, Avia Layout Builder): the site of a provincial political school.

The platform
------------
Trường Chính trị tỉnh Vĩnh Long runs WordPress 6.4 with the Enfold theme. Permalinks are
``/%category%/%postname%/`` with the category base stripped, every news category a child of
"Tin tức" (``tin-tuc``): a post lives at ``/tin-tuc/<cat>/<slug>/``, its category archive at
``/tin-tuc/<cat>/`` and ``/tin-tuc/<cat>/page/N/``. ``/tin-tuc/`` itself is a *page* built with
the Avia Layout Builder (a masonry of the newest posts). Enfold's chrome on every page:
``div#wrap_all > header#header`` (``#header_meta`` with today's date and the hotline,
``.av-logo-container``, ``nav.main_menu ul#avia-menu``), ``div#main`` with the title bar
``div.title_container`` (``h1.main-title`` and ``div.breadcrumb.avia-breadcrumbs``), the content
``div.container_wrap_first > div.container > main.template-page.content``, the sidebar
``aside.sidebar`` (search, "Tin mới" newsbox, "Lịch học", "Sự kiện sắp tới", "Chủ đề nổi bật",
"Video", "Liên kết website"; home, ``/tin-tuc/``, galleries and events are full width),
``footer#footer`` (address, phone, visitor counter) and the socket "© Copyright".

Page kinds
----------
- ``/``: the home page (Avia builder): a slideshow of banners, a post slider "Tin tức – Sự kiện"
  (4 newest news posts), lists "Thông báo" and "Nghiên cứu – Trao đổi", a portfolio teaser.
- ``/tin-tuc/``: an Avia masonry of the 6 newest posts; each entry is one
  ``a.av-masonry-entry`` wrapping image, title, excerpt and date. "Tải thêm"
  (``a.av-masonry-load-more``, ``href="#load-more"``) loads more by a POST to
  ``/wp-admin/admin-ajax.php`` (``action=avia_ajax_masonry_more``, ``offset``, ``items`` and the
  masonry's other ``data-`` parameters); the answer is ``{av-masonry-loaded}`` followed by the
  entries' HTML. A GET of admin-ajax.php answers ``0`` with status 400, as WordPress does.
- Category archives (blog style "multi-author big", 3 posts a page: the school set "Blog pages
  show at most" to 3): ``article.post-entry`` with thumbnail, ``h2.post-title``, the date line,
  the excerpt and "Đọc thêm" (``a.more-link``); numbered pagination ``nav.pagination`` with
  ``span.pagination-meta`` "Trang 1 / 3", ``span.current`` and ``a.inactive``. ``/page/1/``
  redirects (301) to the archive; a page past the last is 404. Archives (and every paged or
  search view) carry Enfold's ``<meta name="robots" content="noindex, follow">``.
- Posts ``/tin-tuc/<cat>/<slug>/``: title bar ``h1.main-title`` = the *category name* (a link),
  breadcrumb "Bạn đang ở: Trang chủ / Tin tức / <cat> / <title, cut at 70 characters>", then
  ``article.post-entry`` with ``div.blog-meta`` (big date badge "20 Th11" and the format icon),
  ``h1.post-title.entry-title`` (title + an empty ``span.post-format-icon``),
  ``span.post-meta-infos`` ("20/11/2026 / trong <cat>[, <cat2>] / bởi bientap"), Enfold's hidden
  schema.org block (``span.av-structured-data``: datePublished with the time, dateModified,
  author "bientap", the featured image URL), ``div.entry-content``, ``footer.entry-footer`` (tags
  "Từ khóa:", ``av-share-box`` "Chia sẻ bài viết"), ``div.related_posts`` "Bài viết liên quan"
  (thumbnails and titles), and the comments ("Để lại bình luận", replies linked
  ``?replytocom=N#respond``). WordPress prints ``rel=canonical`` (absolute, to the permalink,
  also on ``?replytocom`` views), ``rel=shortlink`` ``/?p=ID`` (301 to the permalink) and the
  comments feed ``<slug>/feed/``. The featured image is hidden on single posts (theme option).
- Two editors: *Avia builder* posts (``div.flex_column.av_one_full`` >
  ``section.av_textblock_section > div.avia_textblock`` paragraphs, ``div.avia-image-container``
  with ``img.avia_image`` and the caption in ``div.av-image-caption-overlay`` (shown on hover,
  in the HTML), ``div.hr`` separators, ``div.av-special-heading`` h3 headings, the byline in its
  own right-aligned ``avia_textblock``); *classic editor* posts (plain ``p``, ``h3``, lists,
  tables, ``figure.wp-caption`` + ``figcaption.wp-caption-text``; some images link to their
  attachment page).

How each gold article is reached
--------------------------------
Menu "Tin tức" → category archives: "Hoạt động nhà trường" (7 posts: 6 primary + 1 filed also
there, 3 pages), "Đào tạo – Bồi dưỡng" (3), "Nghiên cứu – Trao đổi" (2), "Thông báo" (2).
Every post is on its primary category's archive (page 1..3); the home page, ``/tin-tuc/``, the
"Tin mới" box, tag and author archives, related posts and the core sitemap
(``/wp-sitemap.xml``, announced in robots.txt) link them too.

Traps (none of them is an article)
----------------------------------
- ``?replytocom=N`` comment-reply views of two posts, and ``<post>/?s=`` (the header's search icon
  is ``href="?s="``; an empty search is ignored): the same article (alt_paths, canonical to it).
- ``/feed/``, ``/tin-tuc/<cat>/feed/``, ``<post>/feed/``: RSS.
- Attachment pages ``<post>/<attachment-slug>/`` (the Enfold single layout: h1 with the file's
  title, date line, "bởi bientap", the image).
- ``/tag/<slug>/`` and ``/author/bientap/`` archives (paged, 3 a page; the author's has 5 pages).
- ``/?s=…`` search (linked from "Chủ đề nổi bật"), paged ``/page/N/?s=…``; any word answers
  (``/?s=`` empty is the home page).
- A post opened under its second category (``/tin-tuc/hoat-dong-nha-truong/<slug>/``) redirects
  (301) to its permalink, as WordPress's redirect_canonical does.
- The Events Calendar: ``/su-kien/thang/`` and ``/su-kien/thang/YYYY-MM/`` month views whose
  "‹ Tháng 10" / "Tháng 12 ›" links never end (months without events say so and carry
  noindex), ``?ical=1`` exports, two single events ``/su-kien/<slug>/``.
- Portfolio "Hình ảnh hoạt động" (``/hinh-anh-hoat-dong/``, ``div.grid-sort-container`` of
  ``av-portfolio`` entries) and ``/portfolio-item/<slug>/`` photo galleries with a short text.
- Static pages "Giới thiệu" (long history text), "Liên hệ" (form), "Văn bản" (PDF list).
- Two ``h1`` on a post: ``h1.main-title`` is the category, not the title; the breadcrumb's last
  item is the title cut to 70 characters; the header prints today's date (TODAY).

Gold decisions
--------------
- title: ``h1.post-title`` as printed (WordPress's en dashes and curly quotes kept).
- published_at: the date line "20/11/2026" gives the day, and the gold is that day: Enfold's
  hidden structured data (``itemprop="datePublished" datetime="2026-11-20T08:45:00+07:00"``) gives
  the time, but no reader is shown it (harmonised with the other portals' gold; the helper had
  written the full timestamp). dateModified (later, on some posts) is not it; the
  header clock and the event dates in the text are not it either.
- authors / photographers: from the byline at the end of the text. "Tin, ảnh: X" → X both;
  "Tin: X – Ảnh: Y" and "Tin: X" / "Ảnh: Y" → X writer, Y photographer; "Bài: X, Y" → two
  writers; "ThS. X – Phó Trưởng khoa …" / "TS. X - Trưởng khoa …" → X (title and post dropped); a
  bare name "Hoàng Yến" → that name; a unit signing alone ("Khoa Xây dựng Đảng", "Công đoàn Trường",
  "Tin, ảnh: Phòng Quản lý đào tạo") wrote the post: it is the author (and the photographer after
  "Tin, ảnh:"), as on the other portals (harmonised; the helper had written nobody). "bởi bientap" (the account that posts) credits
  nobody; notices without a byline have no author.
- source: "Nguồn: Tạp chí Giáo dục lý luận" on one research article; None elsewhere.
- summary: the bold (or bold-italic) lead paragraph where an editor wrote one (3 posts); it is the
  body's first paragraph. None elsewhere (the first paragraph is not promoted).
- body: paragraphs, headings (Avia special headings and h3), list items and table rows (cells
  joined " | ") in order; no captions, bylines, source line, tags, share box, related posts or
  comments. An inline link's text is body text.
- images: the photos in the content, ``src`` as printed (the resized ``-1030x687`` /
  ``-1024x683`` file); caption = Avia overlay text or ``figcaption``; an Avia image without an
  overlay and a classic image without a caption → None. No logos, banners, related or newsbox
  thumbnails, avatars.
- category: the breadcrumb's category (the post's primary category, also its URL's and the
  title bar's); the second category of a post filed in two is not it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote, unquote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
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
    text,
)

NAME = "wp_enfold_tct"
PLATFORM = "wordpress-enfold"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Vĩnh Long"
PER_PAGE = 3
UP = "/wp-content/uploads"

#: category slug under /tin-tuc/ -> (name as printed, term id); lower id = WordPress's pick for
#: the permalink and Enfold's breadcrumb when a post is filed in two categories
CATS: dict[str, tuple[str, int]] = {
    "dao-tao-boi-duong": ("Đào tạo – Bồi dưỡng", 4),
    "hoat-dong-nha-truong": ("Hoạt động nhà trường", 5),
    "nghien-cuu-trao-doi": ("Nghiên cứu – Trao đổi", 6),
    "thong-bao": ("Thông báo", 7),
}
TAGS: dict[str, str] = {
    "hoi-nghi": "hội nghị",
    "dao-tao": "đào tạo",
    "nghi-quyet": "nghị quyết",
    "cong-doan": "công đoàn",
    "giang-vien": "giảng viên",
    "trung-cap-llct": "trung cấp LLCT",
}


@dataclass
class Comment:
    id: int
    author: str
    when: str
    text: str


@dataclass
class Post:
    """A post: the story plus what WordPress keeps about it."""

    story: Story
    cats: list[str]  # primary first
    builder: str  # "avia" | "classic"
    tags: list[str] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    modified: str | None = None
    #: attachment slug -> image src, for classic images linked "to attachment page"
    attachments: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> int:
        return self.story.id

    @property
    def cat(self) -> str:
        return self.cats[0]

    @property
    def path(self) -> str:
        return f"/tin-tuc/{self.cat}/{self.story.slug}/"

    @property
    def title(self) -> str:
        return self.story.title

    @property
    def day(self) -> str:
        d = self.story.published_at or ""
        return f"{d[8:10]}/{d[5:7]}/{d[0:4]}"

    @property
    def thumb(self) -> str | None:
        imgs = self.story.images
        return imgs[0].src.rsplit("-", 1)[0] if imgs else None


def right(line: str, tag: str = "strong") -> Raw:
    """A right-aligned byline/source line as the editor typed it."""
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


def _u(month: str, name: str, size: str = "1030x687") -> str:
    return f"{UP}/2026/{month}/{name}-{size}.jpg"


# --- the posts, newest first --------------------------------------------------------------------

POSTS: list[Post] = [
    Post(
        Story(
            id=2485,
            slug="thong-bao-tam-dung-to-chuc-lop-hoc-ngay-27-11-2026",
            title="Thông báo tạm dừng tổ chức lớp học ngày 27/11/2026",
            cat="thong-bao",
            published_at="2026-11-24T16:20:00+07:00",
            blocks=[
                P(
                    "Do ảnh hưởng của áp thấp nhiệt đới gây mưa lớn trên địa bàn tỉnh, Trường "
                    "Chính trị tỉnh thông báo tạm dừng tổ chức học tập đối với tất cả các lớp "
                    "tập trung tại Trường trong ngày 27/11/2026."
                ),
                P(
                    "Thời gian học bù sẽ được Phòng Quản lý đào tạo thông báo đến các lớp sau. "
                    "Học viên theo dõi thông tin trên Trang thông tin điện tử của Trường."
                ),
            ],
        ),
        cats=["thong-bao"],
        builder="classic",
    ),
    Post(
        Story(
            id=2481,
            slug="truong-chinh-tri-tinh-to-chuc-hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026",
            title="Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động năm 2026",
            cat="hoat-dong-nha-truong",
            published_at="2026-11-20T08:45:00+07:00",
            summary=(
                "Sáng ngày 19/11/2026, Trường Chính trị tỉnh Vĩnh Long tổ chức Hội nghị viên "
                "chức, người lao động năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026, "
                "triển khai phương hướng, nhiệm vụ năm 2027."
            ),
            blocks=[
                P(
                    "Sáng ngày 19/11/2026, Trường Chính trị tỉnh Vĩnh Long tổ chức Hội nghị viên "
                    "chức, người lao động năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm "
                    "2026, triển khai phương hướng, nhiệm vụ năm 2027.",
                    "b",
                ),
                P(
                    "Dự Hội nghị có đồng chí Trần Văn Hải, Hiệu trưởng nhà trường; các đồng chí "
                    "trong Ban Giám hiệu, Ban Chấp hành Công đoàn trường cùng toàn thể viên chức, "
                    "người lao động của Trường."
                ),
                Img(
                    _u("11", "hoi-nghi-vien-chuc-1"),
                    "Đồng chí Trần Văn Hải, Hiệu trưởng nhà trường phát biểu khai mạc Hội nghị",
                    "Đồng chí Trần Văn Hải, Hiệu trưởng nhà trường phát biểu khai mạc Hội nghị",
                ),
                Raw("hr"),
                P("Hoàn thành toàn diện các chỉ tiêu đào tạo, bồi dưỡng", "h3"),
                P(
                    "Năm 2026, trong điều kiện sắp xếp lại tổ chức bộ máy sau hợp nhất tỉnh, tập "
                    "thể nhà trường đã đoàn kết, nỗ lực hoàn thành toàn diện các chỉ tiêu được "
                    "giao. Nhà trường đã mở 38 lớp với tổng số 3.126 học viên, đạt 104% kế hoạch "
                    "năm."
                ),
                P("Loại hình lớp | Số lớp | Số học viên", "th"),
                P("Trung cấp lý luận chính trị | 9 | 812", "tr"),
                P("Bồi dưỡng kiến thức quốc phòng và an ninh | 6 | 540", "tr"),
                P("Bồi dưỡng cán bộ, công chức cấp xã | 15 | 1.214", "tr"),
                P("Bồi dưỡng khác | 8 | 560", "tr"),
                P(
                    "Công tác nghiên cứu khoa học tiếp tục được quan tâm; 02 đề tài khoa học cấp "
                    "cơ sở được nghiệm thu đạt loại Khá trở lên, 100% giảng viên hoàn thành định "
                    "mức giờ chuẩn và đi nghiên cứu thực tế tại cơ sở."
                ),
                Img(
                    _u("11", "hoi-nghi-vien-chuc-2"),
                    "Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
                    "Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
                ),
                Raw("hr"),
                P("Phương hướng, nhiệm vụ năm 2027", "h3"),
                P(
                    "Năm 2027, nhà trường tập trung đổi mới nội dung, phương pháp giảng dạy theo "
                    "hướng phát huy tính chủ động của người học; đẩy mạnh chuyển đổi số trong "
                    "quản lý đào tạo; xây dựng đội ngũ giảng viên đạt chuẩn theo quy định."
                ),
                P(
                    "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 03 đồng chí "
                    "và biểu quyết thông qua Nghị quyết Hội nghị với 100% đại biểu tán thành."
                ),
                right("Tin, ảnh: Lê Thị Thu Hà"),
            ],
            authors=["Lê Thị Thu Hà"],
            photographers=["Lê Thị Thu Hà"],
        ),
        cats=["hoat-dong-nha-truong"],
        builder="avia",
        tags=["hoi-nghi"],
        modified="2026-11-21 10:02:11",
    ),
    Post(
        Story(
            id=2476,
            slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
            title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
            cat="hoat-dong-nha-truong",
            published_at="2026-11-18T14:10:00+07:00",
            blocks=[
                P(
                    "Chiều ngày 17/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề "
                    "quý IV với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với học tập và "
                    "làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”."
                ),
                Img(
                    _u("11", "chi-bo-xdd-1", "1024x683"),
                    "Quang cảnh buổi sinh hoạt chuyên đề",
                    "Quang cảnh buổi sinh hoạt chuyên đề",
                ),
                P(
                    "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã quán triệt nội dung chuyên đề; "
                    "các đảng viên tập trung thảo luận, làm rõ những ưu điểm, hạn chế trong sinh "
                    "hoạt chi bộ thời gian qua và đề xuất nhiều giải pháp thiết thực."
                ),
                P(
                    "Các ý kiến thống nhất cần đổi mới cách thức chuẩn bị nội dung sinh hoạt, tăng "
                    "cường tính chiến đấu trong tự phê bình và phê bình, gắn sinh hoạt chuyên đề "
                    "với nhiệm vụ chuyên môn của khoa.",
                    "nfd",
                ),
                right("Khoa Xây dựng Đảng"),
            ],
        ),
        cats=["hoat-dong-nha-truong"],
        builder="classic",
        tags=["nghi-quyet"],
        attachments={"chi-bo-xdd-1": _u("11", "chi-bo-xdd-1", "1024x683")},
    ),
    Post(
        Story(
            id=2470,
            slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-45",
            title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 45",
            cat="dao-tao-boi-duong",
            published_at="2026-11-16T09:00:00+07:00",
            blocks=[
                P(
                    "Sáng ngày 16/11/2026, Trường Chính trị tỉnh Vĩnh Long tổ chức Lễ khai giảng "
                    "lớp Trung cấp lý luận chính trị hệ không tập trung khóa 45, mở tại Trung tâm "
                    "Chính trị xã Long Hồ."
                ),
                Img(
                    _u("11", "khai-giang-k45-1"),
                    "Đồng chí Nguyễn Thị Kim Loan, Phó Hiệu trưởng nhà trường phát biểu khai "
                    "giảng lớp học",
                    "Đồng chí Nguyễn Thị Kim Loan, Phó Hiệu trưởng nhà trường phát biểu khai "
                    "giảng lớp học",
                ),
                P(
                    "Lớp học có 86 học viên là cán bộ, công chức xã và các đơn vị trên địa bàn. "
                    "Trong thời gian 08 tháng, học viên sẽ được học tập 05 phần học với 19 học "
                    "phần theo chương trình của Học viện Chính trị quốc gia Hồ Chí Minh."
                ),
                P(
                    "Phát biểu tại buổi lễ, đồng chí Phó Hiệu trưởng đề nghị học viên chấp hành "
                    "nghiêm quy chế đào tạo, phát huy tinh thần tự học, gắn lý luận với thực tiễn "
                    "công tác tại địa phương."
                ),
                Img(_u("11", "khai-giang-k45-2")),
                right("Tin: Trần Minh Khoa – Ảnh: Phạm Thanh Tùng"),
            ],
            authors=["Trần Minh Khoa"],
            photographers=["Phạm Thanh Tùng"],
        ),
        cats=["dao-tao-boi-duong", "hoat-dong-nha-truong"],
        builder="avia",
        tags=["dao-tao", "trung-cap-llct"],
        comments=[
            Comment(
                45,
                "Nguyễn Văn An",
                "16/11/2026 lúc 20:12",
                "Chúc các đồng chí học viên khóa 45 học tập tốt, đạt kết quả cao!",
            ),
            Comment(
                46,
                "Lê Thị Bích",
                "17/11/2026 lúc 07:40",
                "Cho hỏi lịch học cụ thể của lớp được thông báo ở đâu ạ?",
            ),
        ],
    ),
]

POSTS += [
    Post(
        Story(
            id=2463,
            slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-co-so",
            title=(
                "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở "
                "hiện nay"
            ),
            cat="nghien-cuu-trao-doi",
            published_at="2026-11-12T07:30:00+07:00",
            summary=(
                "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là nền tảng lý luận quan "
                "trọng để Đảng ta xây dựng đội ngũ cán bộ các cấp, nhất là cán bộ cơ sở – cấp gần "
                "dân nhất. Bài viết làm rõ một số nội dung cơ bản và đề xuất giải pháp vận dụng "
                "trong đào tạo, bồi dưỡng cán bộ cơ sở tại Trường Chính trị tỉnh."
            ),
            blocks=[
                P(
                    "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là nền tảng lý luận quan "
                    "trọng để Đảng ta xây dựng đội ngũ cán bộ các cấp, nhất là cán bộ cơ sở – cấp "
                    "gần dân nhất. Bài viết làm rõ một số nội dung cơ bản và đề xuất giải pháp "
                    "vận dụng trong đào tạo, bồi dưỡng cán bộ cơ sở tại Trường Chính trị tỉnh.",
                    "bi",
                ),
                P("1. Một số nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ", "h3"),
                P(
                    "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, "
                    "“Muôn việc thành công hoặc thất bại đều do cán bộ tốt hoặc kém”. Theo Người, "
                    "người cán bộ phải vừa có đức, vừa có tài, trong đó đức là gốc.",
                    "nfd",
                ),
                P(
                    "Người đặc biệt coi trọng việc huấn luyện cán bộ, yêu cầu phải coi “huấn luyện "
                    "cán bộ là công việc gốc của Đảng”; học phải đi đôi với hành, lý luận phải gắn "
                    "liền với thực tế."
                ),
                Img(_u("11", "tu-tuong-hcm-can-bo", "1024x576")),
                P("2. Thực trạng đào tạo, bồi dưỡng cán bộ cơ sở", "h3"),
                P(
                    "Sau khi thực hiện mô hình chính quyền địa phương hai cấp, đội ngũ cán bộ cấp "
                    "xã có nhiều thay đổi về số lượng, cơ cấu và yêu cầu nhiệm vụ. Nhiều cán bộ "
                    "được bố trí từ cấp huyện về xã, có trình độ chuyên môn nhưng còn thiếu kinh "
                    "nghiệm công tác dân vận ở cơ sở."
                ),
                P(
                    "Bên cạnh đó, một bộ phận học viên chưa thực sự chủ động trong học tập, còn "
                    "tâm lý học để hoàn thiện tiêu chuẩn; nội dung một số chuyên đề bồi dưỡng chậm "
                    "được cập nhật so với thực tiễn.",
                    "ent",
                ),
                P("3. Một số giải pháp", "h3"),
                P(
                    "Thứ nhất, đổi mới nội dung chương trình theo hướng tinh gọn, thiết thực, tăng "
                    "thời lượng tình huống thực tiễn ở cơ sở.",
                    "li",
                ),
                P(
                    "Thứ hai, đổi mới phương pháp giảng dạy, phát huy tính tích cực, chủ động của "
                    "học viên; tăng cường trao đổi, thảo luận, nghiên cứu thực tế.",
                    "li",
                ),
                P(
                    "Thứ ba, nâng cao chất lượng đội ngũ giảng viên, gắn giảng dạy với nghiên cứu "
                    "khoa học và tổng kết thực tiễn.",
                    "li",
                ),
                P(
                    "Thứ tư, phối hợp chặt chẽ với cấp ủy cơ sở trong quản lý, đánh giá học viên "
                    "sau đào tạo.",
                    "li",
                ),
                P(
                    "Thực hiện đồng bộ các giải pháp trên sẽ góp phần xây dựng đội ngũ cán bộ cơ "
                    "sở “vừa hồng, vừa chuyên” như Chủ tịch Hồ Chí Minh hằng mong muốn."
                ),
                right("ThS. Nguyễn Văn Bình – Phó Trưởng khoa Lý luận cơ sở"),
            ],
            authors=["Nguyễn Văn Bình"],
        ),
        cats=["nghien-cuu-trao-doi"],
        builder="classic",
        tags=["dao-tao"],
        comments=[
            Comment(
                51,
                "Trần Thanh Sơn",
                "13/11/2026 lúc 09:05",
                "Bài viết thiết thực, rất phù hợp với thực tiễn cán bộ cấp xã sau sắp xếp.",
            )
        ],
    ),
    Post(
        Story(
            id=2458,
            slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-nam-2027",
            title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung năm 2027",
            cat="thong-bao",
            published_at="2026-11-10T10:00:00+07:00",
            blocks=[
                P(
                    "Căn cứ Kế hoạch đào tạo năm 2027, Trường Chính trị tỉnh Vĩnh Long thông báo "
                    "tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung, khóa 47 như sau:"
                ),
                P("1. Đối tượng", "b"),
                P(
                    "Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý "
                    "cấp phòng và tương đương;",
                    "li",
                ),
                P(
                    "Cán bộ chủ chốt, công chức chuyên môn cấp xã; đảng viên có trình độ chuyên "
                    "môn từ trung cấp trở lên.",
                    "li",
                ),
                P("2. Thời gian, địa điểm", "b"),
                P(
                    "Thời gian học 06 tháng, dự kiến khai giảng vào tháng 02/2027 tại Trường Chính "
                    "trị tỉnh Vĩnh Long."
                ),
                P("3. Hồ sơ", "b"),
                P(
                    "Các cơ quan, đơn vị gửi danh sách và hồ sơ học viên về Phòng Quản lý đào tạo "
                    "trước ngày 15/01/2027. Chi tiết xem tại Thông báo số 215/TB-TCT ngày "
                    "09/11/2026 của Trường.",
                    "pdf",
                ),
            ],
        ),
        cats=["thong-bao"],
        builder="classic",
        tags=["trung-cap-llct"],
    ),
    Post(
        Story(
            id=2452,
            slug="doan-cong-tac-hoc-tap-kinh-nghiem-tai-hoc-vien-chinh-tri-khu-vuc-iv",
            title=(
                "Đoàn công tác Trường Chính trị tỉnh học tập kinh nghiệm tại Học viện Chính trị "
                "khu vực IV"
            ),
            cat="hoat-dong-nha-truong",
            published_at="2026-11-06T15:00:00+07:00",
            blocks=[
                P(
                    "Từ ngày 04 đến ngày 05/11/2026, đoàn công tác của Trường Chính trị tỉnh do "
                    "đồng chí Trần Văn Hải, Hiệu trưởng làm trưởng đoàn đã đến thăm, học tập kinh "
                    "nghiệm tại Học viện Chính trị khu vực IV (thành phố Cần Thơ)."
                ),
                P(
                    "Tại buổi làm việc, lãnh đạo Học viện đã chia sẻ kinh nghiệm trong quản lý đào "
                    "tạo, xây dựng ngân hàng câu hỏi thi, ứng dụng công nghệ thông tin vào giảng "
                    "dạy và kinh nghiệm tổ chức nghiên cứu thực tế cho học viên."
                ),
                Img(
                    _u("11", "hv-kv4-1"),
                    "Đoàn công tác chụp ảnh lưu niệm cùng lãnh đạo Học viện Chính trị khu vực IV",
                    "Đoàn công tác chụp ảnh lưu niệm cùng lãnh đạo Học viện Chính trị khu vực IV",
                    "half",
                ),
                Img(
                    _u("11", "hv-kv4-2"),
                    "Quang cảnh buổi làm việc",
                    "Quang cảnh buổi làm việc",
                    "half",
                ),
                P(
                    "Đồng chí Hiệu trưởng cảm ơn sự đón tiếp chu đáo của Học viện và mong muốn hai "
                    "đơn vị tiếp tục phối hợp trong bồi dưỡng giảng viên, trao đổi tài liệu, tổ "
                    "chức hội thảo khoa học."
                ),
                right("Hoàng Yến"),
            ],
            authors=["Hoàng Yến"],
        ),
        cats=["hoat-dong-nha-truong"],
        builder="avia",
        tags=["giang-vien"],
    ),
    Post(
        Story(
            id=2440,
            slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
            title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
            cat="hoat-dong-nha-truong",
            published_at="2026-10-30T08:00:00+07:00",
            blocks=[
                P(
                    "Từ ngày 27 đến 29/10/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên "
                    "dạy giỏi cấp trường năm 2026. Tham gia Hội thi có 12 giảng viên đến từ 04 "
                    "khoa chuyên môn."
                ),
                P(
                    "Mỗi giảng viên trình bày một bài giảng lý thuyết trong thời gian 45 phút "
                    "trước Ban Giám khảo và học viên lớp Trung cấp lý luận chính trị khóa 44. Các "
                    "bài giảng được chuẩn bị công phu, ứng dụng hiệu quả công nghệ thông tin, liên "
                    "hệ sát thực tiễn địa phương."
                ),
                Img(
                    _u("10", "hoi-thi-gvdg-1", "1024x683"),
                    "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng tại Hội thi",
                    "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng tại Hội thi",
                ),
                P(
                    "Kết quả, Ban Tổ chức trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 06 giải "
                    "Khuyến khích. Các giảng viên đạt giải Nhất, Nhì, Ba như sau:"
                ),
                P("Giải | Họ và tên | Đơn vị", "th"),
                P("Nhất | Võ Thị Ngọc Trâm | Khoa Lý luận cơ sở", "tr"),
                P("Nhì | Huỳnh Văn Lực | Khoa Xây dựng Đảng", "tr"),
                P("Nhì | Đỗ Thanh Nhàn | Khoa Nhà nước và pháp luật", "tr"),
                P("Ba | Lâm Quốc Việt | Khoa Dân vận", "tr"),
                P("Ba | Trương Thị Hồng Nhung | Khoa Lý luận cơ sở", "tr"),
                P("Ba | Phan Minh Trí | Khoa Xây dựng Đảng", "tr"),
                Img(
                    _u("10", "hoi-thi-gvdg-2", "1024x683"),
                    "Ban Tổ chức trao giải cho các giảng viên đạt giải Nhất, Nhì",
                    "Ban Tổ chức trao giải cho các giảng viên đạt giải Nhất, Nhì",
                ),
                P(
                    "Hội thi là dịp để giảng viên trao đổi, học tập kinh nghiệm, góp phần nâng cao "
                    "chất lượng giảng dạy của nhà trường."
                ),
                right("Bài: Nguyễn Thị Mỹ Linh, Đặng Quốc Huy"),
            ],
            authors=["Nguyễn Thị Mỹ Linh", "Đặng Quốc Huy"],
        ),
        cats=["hoat-dong-nha-truong"],
        builder="classic",
        tags=["giang-vien"],
        attachments={
            "hoi-thi-gvdg-1": _u("10", "hoi-thi-gvdg-1", "1024x683"),
            "hoi-thi-gvdg-2": _u("10", "hoi-thi-gvdg-2", "1024x683"),
        },
    ),
    Post(
        Story(
            id=2433,
            slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4",
            title=(
                "Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026"
            ),
            cat="dao-tao-boi-duong",
            published_at="2026-10-27T16:45:00+07:00",
            blocks=[
                P(
                    "Chiều ngày 27/10/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự "
                    "tỉnh tổ chức bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối "
                    "tượng 4, khóa II năm 2026."
                ),
                P(
                    "Qua 10 ngày học tập, 92 học viên là trưởng các ban, ngành, đoàn thể cấp xã và "
                    "chức sắc, chức việc các tôn giáo đã được trang bị những kiến thức cơ bản về "
                    "quan điểm của Đảng, chính sách, pháp luật của Nhà nước về quốc phòng và an "
                    "ninh trong tình hình mới."
                ),
                Img(
                    _u("10", "bd-qpan-1"),
                    "Trao giấy chứng nhận cho học viên hoàn thành khóa bồi dưỡng",
                    "Trao giấy chứng nhận cho học viên hoàn thành khóa bồi dưỡng",
                ),
                P(
                    "Kết quả, 100% học viên hoàn thành chương trình, trong đó có 35 học viên đạt "
                    "loại giỏi, 57 học viên đạt loại khá."
                ),
                Raw(
                    '<p style="text-align: right;"><strong>Tin: Thu Trang</strong><br />\n'
                    "<strong>Ảnh: Minh Tâm</strong></p>"
                ),
            ],
            authors=["Thu Trang"],
            photographers=["Minh Tâm"],
        ),
        cats=["dao-tao-boi-duong"],
        builder="avia",
        tags=["dao-tao"],
    ),
    Post(
        Story(
            id=2425,
            slug="lop-trung-cap-ly-luan-chinh-tri-khoa-44-ket-thuc-hoc-phan-kinh-te-chinh-tri",
            title=(
                "Lớp Trung cấp lý luận chính trị khóa 44 kết thúc học phần Kinh tế chính trị "
                "Mác – Lênin"
            ),
            cat="dao-tao-boi-duong",
            published_at="2026-10-22T10:30:00+07:00",
            blocks=[
                P(
                    "Ngày 21/10/2026, lớp Trung cấp lý luận chính trị hệ không tập trung khóa 44 "
                    "đã hoàn thành bài kiểm tra kết thúc học phần Kinh tế chính trị Mác – Lênin."
                ),
                Img(
                    _u("10", "k44-kiem-tra", "1024x683"),
                    "Học viên làm bài kiểm tra kết thúc học phần",
                    "Học viên làm bài kiểm tra kết thúc học phần",
                ),
                P(
                    "Buổi kiểm tra diễn ra nghiêm túc, đúng quy chế. Kết quả sẽ được Phòng Quản lý "
                    "đào tạo công bố sau khi hoàn thành chấm bài."
                ),
                right("Tin, ảnh: Phòng Quản lý đào tạo", "em"),
            ],
        ),
        cats=["dao-tao-boi-duong"],
        builder="classic",
        tags=["trung-cap-llct"],
    ),
    Post(
        Story(
            id=2418,
            slug="cong-doan-truong-chao-mung-ngay-phu-nu-viet-nam-20-10",
            title="Công đoàn Trường tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10",
            cat="hoat-dong-nha-truong",
            published_at="2026-10-19T17:05:00+07:00",
            blocks=[
                P(
                    "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
                    "(20/10/1930 – 20/10/2026), chiều ngày 19/10/2026, Công đoàn Trường Chính trị "
                    "tỉnh tổ chức buổi gặp mặt nữ viên chức, người lao động.",
                    "ent",
                ),
                P(
                    "Tại buổi gặp mặt, đồng chí Chủ tịch Công đoàn ôn lại truyền thống vẻ vang của "
                    "phụ nữ Việt Nam, ghi nhận những đóng góp của nữ viên chức trong công tác "
                    "giảng dạy, phục vụ của nhà trường."
                ),
                Img(
                    _u("10", "phu-nu-2010-1"),
                    "Ban Chấp hành Công đoàn tặng hoa chúc mừng nữ viên chức, người lao động",
                    "Ban Chấp hành Công đoàn tặng hoa chúc mừng nữ viên chức, người lao động",
                ),
                P(
                    "Dịp này, Công đoàn Trường tổ chức hội thi cắm hoa nghệ thuật với sự tham gia "
                    "của 05 đội đến từ các khoa, phòng."
                ),
                right("Công đoàn Trường"),
            ],
        ),
        cats=["hoat-dong-nha-truong"],
        builder="avia",
        tags=["cong-doan"],
    ),
    Post(
        Story(
            id=2407,
            slug="nang-cao-chat-luong-nghien-cuu-thuc-te-cua-hoc-vien-trung-cap-llct",
            title=(
                "Nâng cao chất lượng nghiên cứu thực tế của học viên lớp Trung cấp lý luận "
                "chính trị"
            ),
            cat="nghien-cuu-trao-doi",
            published_at="2026-10-15T09:20:00+07:00",
            blocks=[
                P(
                    "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình đào tạo trung cấp "
                    "lý luận chính trị, giúp học viên vận dụng kiến thức lý luận để nhận thức, "
                    "phân tích những vấn đề thực tiễn đặt ra ở địa phương, đơn vị."
                ),
                P(
                    "Thời gian qua, hoạt động nghiên cứu thực tế tại Trường Chính trị tỉnh đã được "
                    "tổ chức bài bản, đúng quy định. Tuy nhiên, nội dung nghiên cứu ở một số đợt "
                    "còn dàn trải; việc viết thu hoạch của học viên có lúc còn mang tính hình thức, "
                    "sao chép tài liệu.",
                    "nfd",
                ),
                P("Để nâng cao chất lượng hoạt động này, cần chú trọng một số giải pháp sau:"),
                P(
                    "Lựa chọn địa bàn nghiên cứu thực tế có mô hình tiêu biểu, phù hợp với nội "
                    "dung học phần;",
                    "ol",
                ),
                P(
                    "Xây dựng đề cương định hướng cụ thể, giao nhiệm vụ cho từng nhóm học viên "
                    "trước khi đi thực tế;",
                    "ol",
                ),
                P(
                    "Đổi mới hình thức đánh giá thu hoạch, tăng cường báo cáo, thảo luận theo nhóm.",
                    "ol",
                ),
                P(
                    "Làm tốt các giải pháp trên sẽ góp phần gắn lý luận với thực tiễn, nâng cao "
                    "chất lượng đào tạo của nhà trường."
                ),
                right("TS. Lê Hoàng Phúc - Trưởng khoa Nhà nước và pháp luật"),
                right("Nguồn: Tạp chí Giáo dục lý luận", "em"),
            ],
            authors=["Lê Hoàng Phúc"],
            source="Tạp chí Giáo dục lý luận",
        ),
        cats=["nghien-cuu-trao-doi"],
        builder="classic",
        tags=["trung-cap-llct"],
    ),
    Post(
        Story(
            id=2398,
            slug="quan-triet-trien-khai-nghi-quyet-dai-hoi-dang-bo-tinh-lan-thu-i",
            title=(
                "Quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, "
                "nhiệm kỳ 2025 – 2030"
            ),
            cat="hoat-dong-nha-truong",
            published_at="2026-10-08T14:00:00+07:00",
            summary=(
                "Ngày 07/10/2026, Đảng ủy Trường Chính trị tỉnh tổ chức Hội nghị học tập, quán "
                "triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, "
                "nhiệm kỳ 2025 – 2030 cho toàn thể cán bộ, đảng viên của nhà trường."
            ),
            blocks=[
                P(
                    "Ngày 07/10/2026, Đảng ủy Trường Chính trị tỉnh tổ chức Hội nghị học tập, quán "
                    "triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần "
                    "thứ I, nhiệm kỳ 2025 – 2030 cho toàn thể cán bộ, đảng viên của nhà trường.",
                    "b",
                ),
                P(
                    "Tại Hội nghị, các đồng chí báo cáo viên đã truyền đạt những nội dung cơ bản, "
                    "cốt lõi của Nghị quyết; những quan điểm, mục tiêu, chỉ tiêu chủ yếu và các "
                    "đột phá chiến lược của tỉnh trong nhiệm kỳ mới."
                ),
                Img(
                    _u("10", "quan-triet-nq-1", "1024x683"),
                    "Đồng chí Bí thư Đảng ủy Trường quán triệt Nghị quyết tại Hội nghị",
                    "Đồng chí Bí thư Đảng ủy Trường quán triệt Nghị quyết tại Hội nghị",
                ),
                P(
                    "Sau Hội nghị, mỗi cán bộ, đảng viên xây dựng kế hoạch cá nhân thực hiện Nghị "
                    "quyết gắn với nhiệm vụ chuyên môn được giao; các khoa chủ động cập nhật nội "
                    "dung Nghị quyết vào bài giảng."
                ),
                right("Tin: Phạm Ngọc Hân"),
            ],
            authors=["Phạm Ngọc Hân"],
        ),
        cats=["hoat-dong-nha-truong"],
        builder="classic",
        tags=["nghi-quyet", "hoi-nghi"],
    ),
]
POSTS.sort(key=lambda p: p.story.published_at or "", reverse=True)
BY_ID = {p.id: p for p in POSTS}
BY_PATH = {p.path: p for p in POSTS}

#: the same article again: comment-reply views and Enfold's header search link (``href="?s="``,
#: an empty search WordPress ignores)
REPLY_PATHS = {
    p.path: [*(f"{p.path}?replytocom={c.id}" for c in p.comments), f"{p.path}?s="] for p in POSTS
}

#: the posts an office signs alone (by hand): it wrote them; "Tin, ảnh:" makes it the photographer too
UNIT_SIGNED = {
    "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026": (["Khoa Xây dựng Đảng"], []),
    "cong-doan-truong-chao-mung-ngay-phu-nu-viet-nam-20-10": (["Công đoàn Trường"], []),
    "lop-trung-cap-ly-luan-chinh-tri-khoa-44-ket-thuc-hoc-phan-kinh-te-chinh-tri": (
        ["Phòng Quản lý đào tạo"],
        ["Phòng Quản lý đào tạo"],
    ),
}


def _gold(p: Post) -> dict:
    record = gold_record(p.story, p.path, CATS[p.cat][0], canonical_path=p.path, alt_paths=REPLY_PATHS[p.path])
    # (harmonised with the other portals' gold: the day the date line prints, the time only in
    # hidden structured data; an office signing alone wrote the post. The helper had written the
    # hidden stamp's time and no author for a unit's signature)
    record["published_at"] = p.story.published_at[:10]
    if p.story.slug in UNIT_SIGNED:
        record["authors"], record["photographers"] = UNIT_SIGNED[p.story.slug]
    return record


GOLD: list[dict] = [_gold(p) for p in POSTS]


# --- pages that are not articles ----------------------------------------------------------------

PDF_TB215 = f"{UP}/2026/11/TB-215-TCT-tuyen-sinh-TCLLCT-K47.pdf"
DOCS = [
    ("Thông báo số 215/TB-TCT về tuyển sinh lớp Trung cấp LLCT khóa 47", PDF_TB215, "09/11/2026"),
    (
        "Kế hoạch số 198/KH-TCT đào tạo, bồi dưỡng năm 2027",
        f"{UP}/2026/10/KH-198-TCT-dao-tao-2027.pdf",
        "28/10/2026",
    ),
    (
        "Quy chế chi tiêu nội bộ năm 2026",
        f"{UP}/2026/01/quy-che-chi-tieu-noi-bo-2026.pdf",
        "15/01/2026",
    ),
]

#: portfolio items "Hình ảnh hoạt động": slug -> (title, [(image, caption)], text)
PORTFOLIO: dict[str, tuple[str, list[tuple[str, str]], str]] = {
    "hoi-thi-giang-vien-day-gioi-2026": (
        "Hình ảnh Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        [
            (f"{UP}/2026/10/gvdg-album-1.jpg", "Khai mạc Hội thi"),
            (f"{UP}/2026/10/gvdg-album-2.jpg", "Giảng viên trình bày bài giảng"),
            (f"{UP}/2026/10/gvdg-album-3.jpg", "Ban Giám khảo chấm bài giảng"),
            (f"{UP}/2026/10/gvdg-album-4.jpg", "Trao giải và chụp ảnh lưu niệm"),
        ],
        "Một số hình ảnh tại Hội thi giảng viên dạy giỏi cấp trường năm 2026.",
    ),
    "hoi-nghi-vien-chuc-nguoi-lao-dong-2026": (
        "Hình ảnh Hội nghị viên chức, người lao động năm 2026",
        [
            (f"{UP}/2026/11/hnvc-album-1.jpg", "Đại biểu dự Hội nghị"),
            (f"{UP}/2026/11/hnvc-album-2.jpg", "Biểu quyết thông qua Nghị quyết"),
            (f"{UP}/2026/11/hnvc-album-3.jpg", "Ra mắt Ban Thanh tra nhân dân"),
        ],
        "Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm 2026 qua ảnh.",
    ),
}

#: The Events Calendar: slug -> (title, "YYYY-MM-DD", time line, venue, description)
EVENTS: dict[str, tuple[str, str, str, str, str]] = {
    "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026": (
        "Hội nghị viên chức, người lao động năm 2026",
        "2026-11-19",
        "7:30 sáng - 11:00 sáng",
        "Hội trường A, Trường Chính trị tỉnh",
        "Thành phần: toàn thể viên chức, người lao động của Trường.",
    ),
    "hoi-thao-chuyen-doi-so-trong-dao-tao-ly-luan-chinh-tri": (
        "Hội thảo khoa học “Chuyển đổi số trong đào tạo lý luận chính trị”",
        "2026-12-10",
        "8:00 sáng - 16:30 chiều",
        "Hội trường B, Trường Chính trị tỉnh",
        "Hội thảo cấp trường; giảng viên các khoa gửi tham luận trước ngày 30/11/2026.",
    ),
}

STATIC_PAGES = {
    "/gioi-thieu/": "Giới thiệu",
    "/lien-he/": "Liên hệ",
    "/van-ban/": "Văn bản",
    "/hinh-anh-hoat-dong/": "Hình ảnh hoạt động",
}

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/van-ban/",
    *(f"/portfolio-item/{slug}/" for slug in PORTFOLIO),
    *(f"/su-kien/{slug}/" for slug in EVENTS),
    f"{BY_ID[2476].path}chi-bo-xdd-1/",
]


# --- Enfold chrome ------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", []),
    (
        "/tin-tuc/",
        "Tin tức",
        [(f"/tin-tuc/{c}/", n) for c, (n, _) in CATS.items() if c != "thong-bao"],
    ),
    ("/tin-tuc/thong-bao/", "Thông báo", []),
    ("/van-ban/", "Văn bản", []),
    ("/hinh-anh-hoat-dong/", "Hình ảnh", []),
    ("/su-kien/thang/", "Lịch sự kiện", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for n, (href, label, subs) in enumerate(MENU, 1):
        sub = ""
        if subs:
            sub = (
                '<ul class="sub-menu">'
                + "".join(
                    f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category">'
                    f'<a href="{h}"><span class="avia-bullet"></span><span class="avia-menu-text">'
                    f"{esc(t)}</span></a></li>"
                    for h, t in subs
                )
                + "</ul>"
            )
        has = " menu-item-has-children" if subs else ""
        items.append(
            f'<li role="menuitem" id="menu-item-{100 + n}" class="menu-item menu-item-type-custom '
            f'menu-item-top-level menu-item-top-level-{n}{has}"><a href="{href}" tabindex="0">'
            f'<span class="avia-bullet"></span><span class="avia-menu-text">{esc(label)}</span>'
            '<span class="avia-menu-fx"><span class="avia-arrow-wrap"><span class="avia-arrow">'
            f"</span></span></span></a>{sub}</li>"
        )
    items.append(
        '<li id="menu-item-search" class="noMobile menu-item menu-item-search-dropdown '
        'menu-item-avia-special"><a aria-label="Tìm kiếm" href="?s=" rel="nofollow" '
        'data-avia-search-tooltip="" aria-hidden="false" data-av_icon="" '
        'data-av_iconfont="entypo-fontello"><span class="avia_hidden_link_text">Tìm kiếm</span>'
        "</a></li>"
    )
    return "".join(items)


def _header() -> str:
    return f"""<header id="header" class="all_colors header_color light_bg_color av_header_top av_logo_left av_main_nav_header av_menu_right av_custom av_header_sticky av_header_shrinking av_header_stretch_disabled av_mobile_menu_tablet av_header_searchicon av_bottom_nav_disabled av_header_border_disabled" role="banner" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<div id="header_meta" class="container_wrap container_wrap_meta av_secondary_right av_extra_header_active av_phone_active_left">
<div class="container"><nav class="sub_menu" role="navigation"><ul id="avia2-menu" class="menu">
<li><a href="https://dangcongsan.vn" target="_blank" rel="noopener">Báo Điện tử Đảng Cộng sản</a></li>
<li><a href="https://hcma.vn" target="_blank" rel="noopener">Học viện CTQG Hồ Chí Minh</a></li>
<li><a href="https://mail.vinhlong.gov.vn" rel="noopener">Thư điện tử</a></li></ul></nav>
<div class="phone-info"><span>{TODAY} | Đường dây nóng: 0270 3822 123</span></div></div></div>
<div id="header_main" class="container_wrap container_wrap_logo">
<div class="container av-logo-container"><div class="inner-container">
<span class="logo avia-standard-logo"><a href="/" class=""><img src="{UP}/2025/08/logo-truong-chinh-tri.png" height="100" width="300" alt="{esc(SITE)}" title="" /></a></span>
<nav class="main_menu" data-selectname="Chọn trang" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><div class="avia-menu av-main-nav-wrap"><ul role="menu" class="menu av-main-nav" id="avia-menu">{_menu()}</ul></div></nav>
</div></div></div>
<div class="header_bg"></div></header>"""


def _cut(title: str, limit: int = 70) -> str:
    """Enfold's breadcrumb trail end: the title cut at a word before ``limit`` characters."""
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0] + "..."


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    parts = []
    for pos, (label, href) in enumerate(items, 1):
        if href:
            cls = ' class="trail-begin"' if pos == 1 else ""
            parts.append(
                '<span itemscope="itemscope" itemprop="itemListElement" '
                f'itemtype="https://schema.org/ListItem"><a itemprop="url" href="{href}" '
                f'title="{esc(label)}"{cls}><span itemprop="name">{esc(label)}</span></a>'
                f'<span itemprop="position" class="hidden">{pos}</span></span>'
            )
        else:
            parts.append(f'<span class="trail-end">{esc(label)}</span>')
    trail = ' <span class="sep">/</span> '.join(parts)
    return (
        '<div class="breadcrumb breadcrumbs avia-breadcrumbs"><div class="breadcrumb-trail">'
        '<span class="trail-before"><span class="breadcrumb-title">Bạn đang ở:</span></span> '
        '<span itemscope="itemscope" itemtype="https://schema.org/BreadcrumbList">'
        f"{trail}</span></div></div>"
    )


def _title_bar(h1: str, crumbs: list[tuple[str, str | None]]) -> str:
    return (
        '<div class="stretch_full container_wrap alternate_color light_bg_color title_container">'
        f'<div class="container">{h1}{_crumbs(crumbs)}</div></div>'
    )


def _newsbox() -> str:
    items = []
    for p in POSTS[:5]:
        thumb = ""
        if p.thumb:
            thumb = (
                f'<a class="news-thumb" title="Đọc: {esc(p.title)}" href="{p.path}">'
                f'<img width="36" height="36" src="{p.thumb}-36x36.jpg" class="wp-image-{p.id + 1} '
                'attachment-widget size-widget wp-post-image" alt="" /></a>'
            )
        else:
            thumb = '<a class="news-thumb no-news-thumb" href="' + p.path + '"></a>'
        items.append(
            '<li class="news-content post-format-standard"><div class="news-link">'
            f'{thumb}<div class="news-headline"><a class="news-title" title="Đọc: '
            f'{esc(p.title)}" href="{p.path}">{esc(p.title)}</a>'
            f'<span class="news-time">{p.day} - {p.story.published_at[11:16]}</span></div>'
            "</div></li>"
        )
    return (
        '<section id="newsbox-2" class="widget clearfix avia-widget-container newsbox">'
        '<h3 class="widgettitle">Tin mới</h3><ul class="news-wrap image_size_widget">'
        + "".join(items)
        + '</ul><span class="seperator extralight-border"></span></section>'
    )


def _upcoming() -> str:
    """The Events Calendar's "Sự kiện sắp tới" widget: events from today on."""
    items = "".join(
        f'<li class="tribe-events-widget-events-list__event-row"><time datetime="{day}">'
        f'{day[8:]}/{day[5:7]}</time> <a href="/su-kien/{slug}/" class="tribe-events-widget-'
        f'events-list__event-title-link">{esc(title)}</a></li>'
        for slug, (title, day, _h, _v, _d) in EVENTS.items()
        if day >= "2026-11-25"
    )
    return (
        '<section id="tribe-widget-events-list-2" class="widget clearfix tribe-widget-events-list">'
        f'<h3 class="widgettitle">Sự kiện sắp tới</h3><ul>{items}</ul><a href="/su-kien/thang/" '
        'class="tribe-events-widget-events-list__view-more-link">Xem lịch</a>'
        '<span class="seperator extralight-border"></span></section>'
    )


def _sidebar() -> str:
    topics = "".join(
        f'<li><a href="/?s={quote(q).replace("%20", "+")}">{esc(q)}</a></li>'
        for q in ("nghị quyết", "khai giảng", "hội nghị")
    )
    return f"""<aside class="sidebar sidebar_right smartphones_sidebar_active alpha units" role="complementary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar"><div class="inner_sidebar extralight-border">
<section id="search-2" class="widget clearfix widget_search"><form action="/" id="searchform" method="get" class=""><div><input type="submit" value="" id="searchsubmit" class="button avia-font-entypo-fontello" /><input type="search" id="s" name="s" value="" placeholder="Tìm kiếm" /></div></form><span class="seperator extralight-border"></span></section>
{_newsbox()}
<section id="text-4" class="widget clearfix widget_text"><h3 class="widgettitle">Lịch học</h3><div class="textwidget"><p>Lịch học các lớp tuần này xem tại <a href="/su-kien/thang/">Lịch sự kiện</a>.</p><p>Phòng Quản lý đào tạo: 0270 3822 456</p></div><span class="seperator extralight-border"></span></section>
{_upcoming()}
<section id="nav_menu-3" class="widget clearfix widget_nav_menu"><h3 class="widgettitle">Chủ đề nổi bật</h3><div class="menu-chu-de-container"><ul class="menu">{topics}</ul></div><span class="seperator extralight-border"></span></section>
<section id="text-5" class="widget clearfix widget_text"><h3 class="widgettitle">Video</h3><div class="textwidget"><div class="avia-iframe-wrap"><iframe title="Giới thiệu Trường Chính trị tỉnh" width="560" height="315" src="https://www.youtube.com/embed/x1A2b3C4d5E" allowfullscreen></iframe></div></div><span class="seperator extralight-border"></span></section>
<section id="text-6" class="widget clearfix widget_text"><h3 class="widgettitle">Liên kết website</h3><div class="textwidget"><select onchange="window.open(this.value)"><option>-- Liên kết website --</option><option value="https://vinhlong.gov.vn">Cổng TTĐT tỉnh Vĩnh Long</option><option value="https://tuyengiao.vn">Ban Tuyên giáo và Dân vận Trung ương</option><option value="https://hvctkv4.edu.vn">Học viện Chính trị khu vực IV</option></select></div><span class="seperator extralight-border"></span></section>
</div></aside>"""


def _footer() -> str:
    return f"""<div class="container_wrap footer_color" id="footer"><div class="container">
<div class="flex_column av_one_third first el_before_av_one_third"><section id="text-2" class="widget clearfix widget_text"><h3 class="widgettitle">{esc(SITE)}</h3><div class="textwidget"><p>Địa chỉ: Số 12 đường Phạm Thái Bường, phường Phước Hậu, tỉnh Vĩnh Long</p><p>Điện thoại: 0270 3822 123 – Fax: 0270 3822 124</p><p>Email: truongchinhtri@vinhlong.gov.vn</p></div></section></div>
<div class="flex_column av_one_third el_after_av_one_third"><section id="text-3" class="widget clearfix widget_text"><h3 class="widgettitle">Chịu trách nhiệm chính</h3><div class="textwidget"><p>Hiệu trưởng Trần Văn Hải</p></div></section></div>
<div class="flex_column av_one_third el_after_av_one_third"><section id="counter-2" class="widget clearfix widget_visitor_counter"><h3 class="widgettitle">Thống kê truy cập</h3><ul class="visitor-counter"><li>Đang online: 12</li><li>Hôm nay: 418</li><li>Hôm qua: 533</li><li>Tổng lượt truy cập: 1.254.310</li></ul></section></div>
</div></div>
<footer class="container_wrap socket_color" id="socket" role="contentinfo" itemscope="itemscope" itemtype="https://schema.org/WPFooter"><div class="container"><span class="copyright">© Copyright - {esc(SITE)} - <a rel="nofollow" href="https://kriesi.at">Enfold Theme by Kriesi</a></span>
<nav class="sub_menu_socket" role="navigation"><ul class="menu"><li><a href="/lien-he/">Liên hệ</a></li><li><a href="/wp-sitemap.xml">Sơ đồ trang</a></li></ul></nav></div></footer>"""


def layout(
    request: Request,
    doc_title: str,
    title_bar: str,
    main: str,
    *,
    canonical: str | None = None,
    robots: str = "index, follow",
    body_class: str = "",
    head_extra: str = "",
    sidebar: bool = True,
    status: int = 200,
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    content_cls = "av-content-small alpha units" if sidebar else "av-content-full alpha units"
    side = _sidebar() if sidebar else ""
    page = f"""<!DOCTYPE html>
<html lang="vi" class="html_stretched responsive av-preloader-disabled html_header_top html_logo_left html_main_nav_header html_menu_right html_custom html_header_sticky html_header_shrinking html_mobile_menu_tablet html_header_searchicon html_content_align_center">
<head>
<meta charset="UTF-8" />
<meta name="robots" content="{robots}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(doc_title)}</title>
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
{head_extra}<link rel="stylesheet" id="avia-merged-styles-css" href="/wp-content/uploads/dynamic_avia/avia-merged-styles-5f1b2c.css" type="text/css" media="all" />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
{canon}<link rel="icon" href="{UP}/2025/08/favicon-32x32.png" sizes="32x32" />
</head>
<body id="top" class="{body_class} rtl_columns stretched avia-responsive-images-support" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div id="wrap_all">
{_header()}
<div id="main" class="all_colors" data-scroll-offset="116">
{title_bar}
<div class="container_wrap container_wrap_first main_color sidebar_right">
<div class="container template-blog template-single-blog">
<main class="template-page content {content_cls}" role="main" itemprop="mainContentOfPage">
{main}
</main>
{side}
</div></div>
{_footer()}
</div></div>
<a href="#top" title="Về đầu trang" id="scroll-top-link" aria-hidden="true" data-av_icon="" data-av_iconfont="entypo-fontello"><span class="avia_hidden_link_text">Về đầu trang</span></a>
<script type="text/javascript" src="/wp-content/uploads/dynamic_avia/avia-footer-scripts-9a8b7c.js" id="avia-footer-scripts-js"></script>
</body></html>"""
    return html(page, status=status)


# --- the post's content -------------------------------------------------------------------------


def _ptext(p: P) -> str:
    tokens = p.style.split()
    out = text(p.text, nfd="nfd" in tokens, entities=2 if "ent" in tokens else 0)
    if "pdf" in tokens:
        phrase = "Thông báo số 215/TB-TCT"
        out = out.replace(
            phrase, f'<a href="{PDF_TB215}" target="_blank" rel="noopener">{phrase}</a>'
        )
    if "bi" in tokens:
        out = f"<strong><em>{out}</em></strong>"
    elif "b" in tokens:
        out = f"<strong>{out}</strong>"
    return out


def _kind(b: P) -> str:
    for kind in ("h3", "li", "ol", "th", "tr"):
        if kind in b.style.split():
            return "tr" if kind == "th" else kind
    return "p"


def _textflow(blocks: list[P]) -> str:
    """Paragraphs, headings, lists and tables as TinyMCE prints them."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        kind = _kind(blocks[i])
        j = i
        while j < len(blocks) and _kind(blocks[j]) == kind and kind in ("li", "ol", "tr"):
            j += 1
        if kind in ("li", "ol"):
            tag = "ul" if kind == "li" else "ol"
            items = "".join(f"<li>{_ptext(b)}</li>\n" for b in blocks[i:j])
            out.append(f"<{tag}>\n{items}</{tag}>")
            i = j
        elif kind == "tr":
            rows = []
            for b in blocks[i:j]:
                cell = "th" if "th" in b.style.split() else "td"
                cells = "".join(f"<{cell}>{text(c)}</{cell}>" for c in b.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
            out.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1">'
                f"<tbody>\n{chr(10).join(rows)}\n</tbody></table>"
            )
            i = j
        elif kind == "h3":
            out.append(f"<h3>{_ptext(blocks[i])}</h3>")
            i += 1
        else:
            out.append(f"<p>{_ptext(blocks[i])}</p>")
            i += 1
    return "\n".join(out)


def _img_id(src: str) -> int:
    return 2000 + sum(src.encode()) % 997


def _classic_img(post: Post, img: Img) -> str:
    wid = _img_id(img.src)
    orig = img.src.rsplit("-", 1)[0]
    w, h = img.src.rsplit("-", 1)[1].removesuffix(".jpg").split("x")
    tag = (
        f'<img decoding="async" class="size-large wp-image-{wid}" src="{img.src}" alt="" '
        f'width="{w}" height="{h}" srcset="{orig}.jpg 1280w, {img.src} {w}w, {orig}-300x200.jpg '
        f'300w, {orig}-768x512.jpg 768w" sizes="(max-width: {w}px) 100vw, {w}px" />'
    )
    slug = next((s for s, src in post.attachments.items() if src == img.src), None)
    if slug:
        tag = f'<a href="{post.path}{slug}/" rel="attachment wp-att-{wid}">{tag}</a>'
    if img.printed is None:
        return f'<p style="text-align: center;">{tag}</p>'
    return (
        f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" '
        f'style="width: {w}px" class="wp-caption aligncenter">{tag}<figcaption '
        f'id="caption-attachment-{wid}" class="wp-caption-text">{esc(img.printed)}</figcaption>'
        "</figure>"
    )


def _classic(post: Post) -> str:
    out: list[str] = []
    run: list[P] = []
    for b in post.story.blocks:
        if isinstance(b, P):
            run.append(b)
            continue
        if run:
            out.append(_textflow(run))
            run = []
        out.append(_classic_img(post, b) if isinstance(b, Img) else b.html)
    if run:
        out.append(_textflow(run))
    return "\n".join(out)


def _avia_img(img: Img, n: int) -> str:
    wid = _img_id(img.src)
    w, h = img.src.rsplit("-", 1)[1].removesuffix(".jpg").split("x")
    overlay = ""
    cls = "av-styling- av-hover-grow avia-align-center"
    if img.printed:
        cls += " av-overlay-on-hover"
        overlay = (
            '<div class="av-image-caption-overlay"><div class="av-caption-image-overlay-bg" '
            'style="opacity: 0.4;"></div><div class="av-image-caption-overlay-position">'
            f'<div class="av-image-caption-overlay-center"><p>{esc(img.printed)}</p></div></div>'
            "</div>"
        )
    title = img.src.rsplit("/", 1)[1].rsplit("-", 1)[0]
    return (
        f'<div class="avia-image-container av-img-{n:04x} {cls} avia-builder-el-{n}" '
        'itemprop="image" itemscope="itemscope" itemtype="https://schema.org/ImageObject">'
        '<div class="avia-image-container-inner"><div class="avia-image-overlay-wrap">'
        f'<img decoding="async" class="wp-image-{wid} avia-img-lazy-loading-not-{wid} avia_image" '
        f'src="{img.src}" alt="" title="{title}" height="{h}" width="{w}" '
        f'itemprop="thumbnailUrl" />{overlay}</div></div></div>'
    )


def _avia(post: Post) -> str:
    """Avia Layout Builder output: one full-width column, half columns for paired photos."""
    out: list[str] = []
    col: list[str] = []
    run: list[P] = []
    n = 0

    def flush_text() -> None:
        nonlocal run, n
        if run:
            n += 1
            col.append(
                f'<section class="av_textblock_section av-tb-{post.id}-{n}" itemscope="itemscope" '
                'itemtype="https://schema.org/CreativeWork"><div class="avia_textblock" '
                f'itemprop="text">{_textflow(run)}</div></section>'
            )
            run = []

    def flush_col() -> None:
        flush_text()
        if col:
            out.append(
                '<div class="flex_column av_one_full first flex_column_div '
                f'av-zero-column-padding avia-builder-el-{len(out)}">' + "\n".join(col) + "</div>"
            )
            col.clear()

    blocks = post.story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        n += 1
        if isinstance(b, P) and "h3" not in b.style.split():
            run.append(b)
        elif isinstance(b, P):
            flush_text()
            col.append(
                f'<div class="av-special-heading av-sh-{post.id}-{n} av-special-heading-h3 '
                f'blockquote modern-quote avia-builder-el-{n}"><h3 class="av-special-heading-tag" '
                f'itemprop="headline">{_ptext(b)}</h3><div class="special-heading-border">'
                '<div class="special-heading-inner-border"></div></div></div>'
            )
        elif isinstance(b, Img) and b.style == "half":
            flush_col()
            pair = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], Img):
                i += 1
                pair.append(blocks[i])
            for k, img in enumerate(pair):
                first = " first" if k == 0 else ""
                out.append(
                    f'<div class="flex_column av_one_half{first} flex_column_div '
                    f'av-zero-column-padding">{_avia_img(img, n + k)}</div>'
                )
        elif isinstance(b, Img):
            flush_text()
            col.append(_avia_img(b, n))
        elif b.html == "hr":
            flush_text()
            col.append(
                f'<div class="hr av-hr-{post.id}-{n} hr-invisible avia-builder-el-{n}">'
                '<span class="hr-inner"><span class="hr-inner-style"></span></span></div>'
            )
        else:
            flush_text()
            col.append(
                f'<section class="av_textblock_section av-tb-{post.id}-{n}"><div '
                f'class="avia_textblock" style="text-align: right;">{b.html}</div></section>'
            )
        i += 1
    flush_col()
    return "\n".join(out)


# --- post pieces --------------------------------------------------------------------------------


def _cat_links(post: Post) -> str:
    return ", ".join(f'<a href="/tin-tuc/{c}/" rel="tag">{esc(CATS[c][0])}</a>' for c in post.cats)


def _meta_infos(post: Post, with_comments: bool = True) -> str:
    iso = post.story.published_at
    comments = ""
    if with_comments:
        count = len(post.comments)
        comments = (
            f'<span class="comment-container minor-meta"><a href="{post.path}#respond" '
            f'class="comments-link">{count} Bình luận</a></span>'
            '<span class="text-sep text-sep-comment">/</span>'
        )
    return (
        f'<span class="post-meta-infos"><time class="date-container minor-meta updated" '
        f'itemprop="datePublished" datetime="{iso}">{post.day}</time>'
        f'<span class="text-sep text-sep-date">/</span>{comments}'
        f'<span class="blog-categories minor-meta">trong {_cat_links(post)}</span>'
        '<span class="text-sep text-sep-cat">/</span><span class="blog-author minor-meta">bởi '
        '<span class="entry-author-link" itemprop="author"><span class="author"><span class="fn">'
        '<a href="/author/bientap/" title="Đăng bởi bientap" rel="author">bientap</a></span>'
        "</span></span></span></span>"
    )


MONTHS = ["Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12"]


def _blog_meta(post: Post) -> str:
    iso = post.story.published_at or ""
    return (
        '<div class="blog-meta"><div class="av-big-date"><span class="av-big-date-day">'
        f'{iso[8:10]}</span><span class="av-big-date-month">{MONTHS[int(iso[5:7]) - 1]}</span>'
        f'</div><a href="{post.path}" class="post-author-format-type blog-meta-small">'
        '<span class="iconfont" aria-hidden="true" data-av_icon="" '
        'data-av_iconfont="entypo-fontello"></span></a></div>'
    )


def _structured(post: Post) -> str:
    iso = post.story.published_at or ""
    image = ""
    if post.thumb:
        image = (
            '<span class="av-structured-data" itemprop="image" itemscope="itemscope" '
            f'itemtype="https://schema.org/ImageObject"><span itemprop="url">{post.thumb}.jpg'
            '</span><span itemprop="height">853</span><span itemprop="width">1280</span></span>'
        )
    modified = post.modified or f"{iso[:10]} {iso[11:19]}"
    return (
        f'<span class="hidden">{image}'
        '<span class="av-structured-data" itemprop="publisher" itemtype="https://schema.org/'
        f'Organization" itemscope="itemscope"><span itemprop="name">bientap</span></span>'
        '<span class="av-structured-data" itemprop="author" itemscope="itemscope" '
        'itemtype="https://schema.org/Person"><span itemprop="name">bientap</span></span>'
        f'<span class="av-structured-data" itemprop="datePublished" datetime="{iso}">'
        f"{iso[:10]} {iso[11:19]}</span>"
        '<span class="av-structured-data" itemprop="dateModified" '
        f'itemtype="https://schema.org/dateModified">{modified}</span>'
        '<span class="av-structured-data" itemprop="mainEntityOfPage" '
        f'itemtype="https://schema.org/mainEntityOfPage"><span itemprop="name">{esc(post.title)}'
        "</span></span></span>"
    )


def _share(post: Post, request: Request) -> str:
    url = quote(base_url(request) + post.path, safe="")
    nets = [
        ("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={url}"),
        ("twitter", "X", f"https://twitter.com/share?url={url}"),
        ("mail", "Email", f"mailto:?subject={quote(post.title)}&amp;body={url}"),
    ]
    items = "".join(
        f'<li class="av-share-link av-social-link-{k}"><a target="_blank" aria-label="Chia sẻ '
        f'trên {t}" href="{h}" data-av_icon="" data-av_iconfont="entypo-fontello" '
        f'rel="noopener"><span class="avia_hidden_link_text">Chia sẻ trên {t}</span></a></li>'
        for k, t, h in nets
    )
    return (
        '<div class="av-social-sharing-box av-social-sharing-box-default '
        'av-social-sharing-box-fullwidth"><div class="av-share-box"><h5 '
        'class="av-share-link-description av-no-toc">Chia sẻ bài viết</h5><ul '
        f'class="av-share-box-list noLightbox">{items}</ul></div></div>'
    )


def _related(post: Post) -> str:
    others = [p for p in POSTS if p is not post and set(p.tags) & set(post.tags)]
    others += [p for p in POSTS if p is not post and p.cat == post.cat and p not in others]
    cols = []
    for k, p in enumerate(others[:4], 1):
        img = (
            f'<img width="180" height="180" src="{p.thumb}-180x180.jpg" class="wp-image-{p.id + 1} '
            'attachment-square size-square wp-post-image" alt="" />'
            if p.thumb
            else '<span class="related_posts_default_image"></span>'
        )
        cols.append(
            f'<div class="av_one_quarter no_margin relThumb relThumb{k} post-format-standard '
            f'related_column"><a href="{p.path}" class="relThumWrap noLightbox" '
            f'title="{esc(p.title)}"><span class="related_image_wrap" '
            f'data-avia-related-tooltip="{esc(p.title)}">{img}<span class="related-format-icon">'
            '<span class="related-format-icon-inner" aria-hidden="true" data-av_icon="" '
            'data-av_iconfont="entypo-fontello"></span></span></span><strong '
            f'class="av-related-title">{esc(p.title)}</strong></a></div>'
        )
    return (
        '<div class="related_posts clearfix av-related-style-full"><h5 class="related_title">'
        'Bài viết liên quan</h5><div class="related_entries_container">'
        + "".join(cols)
        + "</div></div>"
    )


def _comments(post: Post, reply_to: Comment | None) -> str:
    items = []
    for c in post.comments:
        items.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{c.id}"><div '
            f'id="comment-{c.id}" class="comment-container"><article class="comment-entry">'
            '<div class="gravatar"><img alt="" src="/wp-content/themes/enfold/images/layout/'
            'avatar.png" class="avatar avatar-60 photo" height="60" width="60" /></div>'
            '<div class="comment_content"><header class="comment-header"><cite '
            f'class="comment_author_name">{esc(c.author)}</cite><span class="says">nói:</span>'
            f'<a href="{post.path}#comment-{c.id}" class="comment-date"><time>{c.when}</time>'
            f'</a></header><div class="comment-text"><p>{esc(c.text)}</p></div>'
            '<div class="reply"><a rel="nofollow" class="comment-reply-link" '
            f'href="{post.path}?replytocom={c.id}#respond" data-commentid="{c.id}" '
            f'data-postid="{post.id}" data-belowelement="comment-{c.id}" '
            f'data-respondelement="respond" aria-label="Trả lời {esc(c.author)}">Trả lời</a>'
            "</div></div></article></div></li>"
        )
    thread = f'<ol class="commentlist" id="comments">{"".join(items)}</ol>' if items else ""
    title = f"Trả lời {esc(reply_to.author)}" if reply_to else "Để lại bình luận"
    cancel = (
        f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{post.path}#respond">'
        "Hủy</a></small>"
        if reply_to
        else ""
    )
    parent = reply_to.id if reply_to else 0
    return f"""<div class="comment-entry post-entry"><div class="comment_meta_container"><div class="side-container-comment"><div class="side-container-comment-inner"><span class="comment-count">{len(post.comments)}</span><span class="comment-text">trả lời</span></div></div></div>
<div class="comment_container"><h3 class="miniheading">Để lại bình luận</h3><span class="minitext">Bạn có muốn tham gia thảo luận?<br />Hãy góp ý của bạn!</span>{thread}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{title} {cancel}</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p><p class="comment-form-author"><input id="author" name="author" type="text" value="" size="30" /><label for="author">Tên <span class="required">*</span></label></p><p class="comment-form-email"><input id="email" name="email" type="email" value="" size="30" /><label for="email">Email <span class="required">*</span></label></p><p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /><input type="hidden" name="comment_post_ID" value="{post.id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="{parent}" /></p></form></div></div></div>"""


def post_page(request: Request, post: Post, reply_to: Comment | None = None) -> Response:
    name = CATS[post.cat][0]
    h1 = (
        f'<h1 class="main-title entry-title"><a href="/tin-tuc/{post.cat}/" rel="bookmark" '
        f'title="Liên kết cố định: {esc(name)}" itemprop="headline">{esc(name)}</a></h1>'
    )
    crumbs = [
        ("Trang chủ", "/"),
        ("Tin tức", "/tin-tuc/"),
        (name, f"/tin-tuc/{post.cat}/"),
        (_cut(post.title), None),
    ]
    body = _avia(post) if post.builder == "avia" else _classic(post)
    tags = ""
    if post.tags:
        tags = (
            '<span class="blog-tags minor-meta"><strong>Từ khóa:</strong><span> '
            + ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in post.tags)
            + "</span></span>"
        )
    main = f"""<article class="post-entry post-entry-type-standard post-entry-{post.id} post-loop-1 post-parity-odd post-entry-last single-big post-{post.id} post type-post status-publish format-standard hentry category-{post.cat}" itemscope="itemscope" itemtype="https://schema.org/BlogPosting" itemprop="blogPost">
{_blog_meta(post)}
<div class="entry-content-wrapper clearfix standard-content">
<header class="entry-content-header"><h1 class="post-title entry-title" itemprop="headline">{esc(post.title)}<span class="post-format-icon minor-meta"></span></h1>{_meta_infos(post)}</header>
<div class="entry-content" itemprop="text">
{body}
</div>
<footer class="entry-footer">{tags}{_share(post, request)}</footer>
<div class="post_delimiter"></div>
</div>
<div class="post_author_timeline"></div>
{_structured(post)}
</article>
<div class="single-big"></div>
{_related(post)}
{_comments(post, reply_to)}"""
    base = base_url(request)
    head = (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; '
        f'{esc(post.title)} Dòng phản hồi" href="{base}{post.path}feed/" />\n'
        f'<link rel="shortlink" href="{base}/?p={post.id}" />\n'
    )
    return layout(
        request,
        f"{post.title} - {SITE}",
        _title_bar(h1, crumbs),
        main,
        canonical=post.path,
        body_class=f"post-template-default single single-post postid-{post.id}",
        head_extra=head,
    )


# --- listings -----------------------------------------------------------------------------------


def _excerpt(post: Post, words: int = 40) -> str:
    first = next(b.text for b in post.story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" […]" if len(parts) > words else "")


def _loop_entry(post: Post, k: int) -> str:
    """One post of an archive in Enfold's "multi-author big" blog style."""
    preview = ""
    if post.thumb:
        preview = (
            f'<div class="big-preview multi-big"><a href="{post.path}" title="{esc(post.title)}">'
            f'<img width="845" height="321" src="{post.thumb}-845x321.jpg" class="wp-image-'
            f'{post.id + 1} attachment-entry_with_sidebar size-entry_with_sidebar wp-post-image" '
            'alt="" /></a></div>'
        )
    return f"""<article class="post-entry post-entry-type-standard post-entry-{post.id} post-loop-{k} multi-big post-{post.id} post type-post status-publish format-standard hentry category-{post.cat}" itemscope="itemscope" itemtype="https://schema.org/BlogPosting">
{preview}{_blog_meta(post)}
<div class="entry-content-wrapper clearfix standard-content"><header class="entry-content-header"><h2 class="post-title entry-title" itemprop="headline"><a href="{post.path}" rel="bookmark" title="Liên kết cố định: {esc(post.title)}">{esc(post.title)}<span class="post-format-icon minor-meta"></span></a></h2>{_meta_infos(post, with_comments=False)}</header>
<div class="entry-content" itemprop="text"><p>{esc(_excerpt(post))}</p><div class="read-more-link"><a href="{post.path}" class="more-link">Đọc thêm<span class="more-link-arrow"></span></a></div></div>
<footer class="entry-footer"></footer><div class="post_delimiter"></div></div></article>"""


def _pages(count: int) -> int:
    return max(1, -(-count // PER_PAGE))


def _pagination(base: str, page: int, total: int, query: str = "") -> str:
    """Enfold's avia_pagination: "Trang 1 / 3", the current page, the others as a.inactive."""
    if total < 2:
        return ""

    def href(n: int) -> str:
        return (base if n == 1 else f"{base}page/{n}/") + query

    links = [f'<span class="pagination-meta">Trang {page} / {total}</span>']
    if page > 1:
        links.append(f'<a href="{href(page - 1)}">&lsaquo;</a>')
    for n in range(1, total + 1):
        if n == page:
            links.append(f'<span class="current">{n}</span>')
        else:
            links.append(f'<a href="{href(n)}" class="inactive">{n}</a>')
    if page < total:
        links.append(f'<a href="{href(page + 1)}">&rsaquo;</a>')
    return f'<nav class="pagination">{"".join(links)}</nav>'


def archive(
    request: Request,
    posts: list[Post],
    base: str,
    page: int,
    heading: str,
    crumbs: list[tuple[str, str | None]],
    query: str = "",
    empty: str = "Không tìm thấy bài viết nào.",
) -> Response | None:
    total = _pages(len(posts))
    if page > total:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    entries = "\n".join(_loop_entry(p, k) for k, p in enumerate(chunk, 1)) or (
        f'<article class="entry"><p class="entry-content">{esc(empty)}</p></article>'
    )
    main = f"{entries}\n{_pagination(base, page, total, query)}"
    title = heading if page == 1 else f"{heading} - Trang {page}"
    return layout(
        request,
        f"{title} - {SITE}",
        _title_bar(f'<h1 class="main-title entry-title">{esc(heading)}</h1>', crumbs),
        f'<div class="category-term-description"></div>{main}',
        robots="noindex, follow",
        body_class="archive",
    )


def _masonry_entry(post: Post) -> str:
    bg = f"background-image: url({post.thumb}-705x470.jpg);" if post.thumb else ""
    with_img = "av-masonry-item-with-image" if post.thumb else "av-masonry-item-no-image"
    return (
        f'<a href="{post.path}" id="av-masonry-1-item-{post.id}" data-av-masonry-item="{post.id}" '
        f'class="av-masonry-entry isotope-item post-{post.id} post type-post status-publish '
        f'format-standard category-{post.cat} {with_img} av-grid-img" title="{esc(post.title)}" '
        'itemscope="itemscope" itemtype="https://schema.org/CreativeWork">'
        '<div class="av-inner-masonry-sizer"></div><figure class="av-inner-masonry main_color">'
        f'<div class="av-masonry-outerimage-container"><div class="av-masonry-image-container" '
        f'style="{bg}" title="{esc(post.title)}"></div></div>'
        '<figcaption class="av-inner-masonry-content site-background"><div '
        'class="av-inner-masonry-content-pos"><div class="av-inner-masonry-content-pos-content">'
        '<div class="avia-arrow"></div><h3 class="av-masonry-entry-title entry-title" '
        f'itemprop="headline">{esc(post.title)}</h3><div class="av-masonry-entry-content '
        f'entry-content" itemprop="text">{esc(_excerpt(post, 22))}</div><span '
        f'class="av-masonry-date meta-color updated">{post.day}</span></div></div></figcaption>'
        "</figure></a>"
    )


MASONRY_ITEMS = 6


def news_home(request: Request) -> Response:
    """/tin-tuc/: an Avia page with a masonry of the newest posts and "Tải thêm"."""
    entries = "".join(_masonry_entry(p) for p in POSTS[:MASONRY_ITEMS])
    links = ",".join(str(CATS[c][1]) for c in CATS)
    main = f"""<div class="flex_column av_one_full first"><div class="av-special-heading av-special-heading-h2"><h2 class="av-special-heading-tag">Tin tức – Sự kiện</h2></div>
<div id="av-masonry-1" class="av-masonry av-masonry-1 noHover av-fixed-size av-large-gap av-hover-overlay- av-masonry-animation-active av-masonry-col-3 av-caption-always av-caption-style- av-masonry-load-more av-masonry-gallery" data-avno="1" data-link="category,{links}" data-sort="no" data-items="{MASONRY_ITEMS}" data-columns="3" data-paginate="load_more" data-size="fixed" data-orientation="" data-gap="large" data-caption_elements="title excerpt" data-caption_display="always" data-post_id="118" data-av-masonry-nonce="5c9e1f0a7b">
<div class="av-masonry-container isotope av-js-disabled">{entries}</div>
<a class="av-masonry-pagination av-masonry-load-more" href="#load-more">Tải thêm</a></div></div>"""
    return layout(
        request,
        f"Tin tức - {SITE}",
        _title_bar(
            '<h1 class="main-title entry-title"><a href="/tin-tuc/" rel="bookmark" '
            'title="Liên kết cố định: Tin tức" itemprop="headline">Tin tức</a></h1>',
            [("Trang chủ", "/"), ("Tin tức", None)],
        ),
        main,
        canonical="/tin-tuc/",
        body_class="page-template-default page page-id-118",
        sidebar=False,
    )


def masonry_more(request: Request) -> Response:
    """admin-ajax.php: "{av-masonry-loaded}" + the next entries (Enfold's avia-masonry.js)."""
    form = request.form if request.method == "POST" else {}
    if form.get("action") != "avia_ajax_masonry_more":
        return Response(400, b"0", {"Content-Type": "text/html; charset=UTF-8"})
    try:
        offset = int(form.get("offset", "0"))
        items = int(form.get("items", str(MASONRY_ITEMS)))
    except ValueError:
        return Response(400, b"0", {"Content-Type": "text/html; charset=UTF-8"})
    chunk = "".join(_masonry_entry(p) for p in POSTS[offset : offset + items])
    return html("{av-masonry-loaded}" + chunk, charset="UTF-8")


def home(request: Request) -> Response:
    news = [p for p in POSTS if p.cat in ("hoat-dong-nha-truong", "dao-tao-boi-duong")][:4]
    slides = "".join(
        f'<article class="slide-entry flex_column post-entry slide-entry-overview slide-loop-{k} '
        f'av_one_fourth{" first" if k == 1 else ""}" itemscope="itemscope" '
        'itemtype="https://schema.org/BlogPosting">'
        f'<a href="{p.path}" data-rel="slide-1" class="slide-image" title="{esc(p.title)}">'
        f'<img width="495" height="400" src="{p.thumb}-495x400.jpg" class="wp-image-{p.id + 1} '
        'avia-img-lazy-loading-not attachment-portfolio size-portfolio wp-post-image" alt="" />'
        '</a><div class="slide-content"><header class="entry-content-header"><h3 '
        f'class="slide-entry-title entry-title" itemprop="headline"><a href="{p.path}" '
        f'title="{esc(p.title)}">{esc(p.title)}</a></h3><span class="av-vertical-delimiter">'
        f'</span></header><div class="slide-meta"><time class="slide-meta-time updated" '
        f'datetime="{p.story.published_at}">{p.day}</time></div><div '
        f'class="slide-entry-excerpt entry-content" itemprop="text">{esc(_excerpt(p, 20))}'
        f'<div class="read-more-link"><a href="{p.path}" class="more-link">Đọc thêm<span '
        'class="more-link-arrow"></span></a></div></div></div></article>'
        for k, p in enumerate(news, 1)
    )

    def plain_list(cat: str) -> str:
        return "".join(
            f'<li><a href="{p.path}">{esc(p.title)}</a> <span class="news-time">({p.day})</span>'
            "</li>"
            for p in POSTS
            if p.cat == cat
        )

    banners = "".join(
        f'<li class="avia-slideshow-slide slide-{k}"><img src="{UP}/2025/09/banner-{k}.jpg" '
        f'width="1500" height="430" alt="{esc(alt)}" /></li>'
        for k, alt in enumerate(
            ["Chào mừng Đại hội Đảng bộ tỉnh", "Học tập và làm theo Bác", "Chuyển đổi số"], 1
        )
    )
    portfolio = "".join(
        f'<li><a href="/portfolio-item/{slug}/">{esc(t)}</a></li>'
        for slug, (t, _imgs, _txt) in PORTFOLIO.items()
    )
    main = f"""<div class="avia-slideshow avia-slideshow-1 av-default-height-applied avia-slideshow-featured" data-interval="5" data-animation="slide"><ul class="avia-slideshow-inner">{banners}</ul></div>
<div class="flex_column av_one_full first"><div class="av-special-heading av-special-heading-h2"><h2 class="av-special-heading-tag"><a href="/tin-tuc/">Tin tức – Sự kiện</a></h2></div>
<div class="avia-content-slider avia-content-grid-active avia-content-slider1 avia-content-slider-odd" data-interval="0"><div class="avia-content-slider-inner"><div class="slide-entry-wrap">{slides}</div></div></div>
<p class="av-view-all"><a href="/tin-tuc/">Xem tất cả</a></p></div>
<div class="flex_column av_one_half first"><div class="av-special-heading"><h3 class="av-special-heading-tag"><a href="/tin-tuc/thong-bao/">Thông báo</a></h3></div><ul class="av-home-list">{plain_list("thong-bao")}</ul></div>
<div class="flex_column av_one_half"><div class="av-special-heading"><h3 class="av-special-heading-tag"><a href="/tin-tuc/nghien-cuu-trao-doi/">Nghiên cứu – Trao đổi</a></h3></div><ul class="av-home-list">{plain_list("nghien-cuu-trao-doi")}</ul></div>
<div class="flex_column av_one_full first"><div class="av-special-heading"><h3 class="av-special-heading-tag"><a href="/hinh-anh-hoat-dong/">Hình ảnh hoạt động</a></h3></div><ul>{portfolio}</ul></div>"""
    return layout(
        request,
        f"{SITE} - Trang thông tin điện tử",
        "",
        main,
        canonical="/",
        body_class="home page-template-default page page-id-2",
        sidebar=False,
    )


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def search(request: Request, page: int) -> Response | None:
    """?s=: WordPress search, any word, paged like the archives; noindex."""
    query = request.params.get("s", "")
    words = _norm(query).split()
    found = [
        p
        for p in POSTS
        if words
        and all(
            w in _norm(p.title + " " + " ".join(b.text for b in p.story.blocks if isinstance(b, P)))
            for w in words
        )
    ]
    q = "?s=" + quote(unquote_plus(query)).replace("%20", "+")
    heading = f"Kết quả tìm kiếm cho: {query}" if query else "Tìm kiếm"
    return archive(
        request,
        found,
        "/",
        page,
        heading,
        [("Trang chủ", "/"), (heading, None)],
        query=q,
        empty="Rất tiếc, không tìm thấy kết quả nào phù hợp với từ khóa của bạn.",
    )


# --- other pages --------------------------------------------------------------------------------


def attachment_page(request: Request, post: Post, slug: str) -> Response:
    """An image's attachment page in Enfold's single layout: looks like a post, is not one."""
    src = post.attachments[slug]
    full = src.rsplit("-", 1)[0] + ".jpg"
    main = f"""<article class="post-entry post-entry-type-standard post-entry-{_img_id(src)} attachment type-attachment status-inherit" itemscope="itemscope" itemtype="https://schema.org/CreativeWork">
<div class="entry-content-wrapper clearfix"><header class="entry-content-header"><h1 class="post-title entry-title" itemprop="headline">{slug}</h1><span class="post-meta-infos"><time class="date-container minor-meta updated">{post.day}</time><span class="text-sep">/</span><span class="blog-author minor-meta">bởi <a href="/author/bientap/" rel="author">bientap</a></span></span></header>
<div class="entry-content" itemprop="text"><p class="attachment"><a href="{full}"><img width="1030" height="687" src="{src}" class="attachment-large size-large" alt="" /></a></p></div>
<footer class="entry-footer"><p>Đăng trong <a href="{post.path}">{esc(post.title)}</a></p></footer></div></article>"""
    name = CATS[post.cat][0]
    return layout(
        request,
        f"{slug} - {SITE}",
        _title_bar(
            f'<h1 class="main-title entry-title"><a href="/tin-tuc/{post.cat}/">{esc(name)}</a></h1>',
            [("Trang chủ", "/"), (_cut(post.title), post.path), (slug, None)],
        ),
        main,
        canonical=f"{post.path}{slug}/",
        body_class="attachment single single-attachment",
    )


def _page_shell(request: Request, path: str, title: str, main: str, **kw) -> Response:
    return layout(
        request,
        f"{title} - {SITE}",
        _title_bar(
            f'<h1 class="main-title entry-title"><a href="{path}" rel="bookmark">{esc(title)}</a></h1>',
            [("Trang chủ", "/"), (title, None)],
        ),
        main,
        canonical=path,
        body_class="page-template-default page",
        **kw,
    )


def static_page(request: Request, path: str) -> Response:
    title = STATIC_PAGES[path]
    if path == "/gioi-thieu/":
        main = """<div class="flex_column av_one_full first"><div class="av-special-heading av-special-heading-h2"><h2 class="av-special-heading-tag">Lịch sử hình thành và phát triển</h2></div>
<section class="av_textblock_section"><div class="avia_textblock"><p>Trường Chính trị tỉnh Vĩnh Long được thành lập trên cơ sở hợp nhất Trường Chính trị Phạm Hùng, Trường Chính trị tỉnh Bến Tre và Trường Chính trị tỉnh Trà Vinh theo Quyết định của Ban Thường vụ Tỉnh ủy năm 2025.</p><p>Trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; đào tạo trung cấp lý luận chính trị; bồi dưỡng lý luận chính trị và nghiệp vụ cho cán bộ, công chức, viên chức.</p><p>Hiện nay, Trường có 04 khoa chuyên môn (Khoa Xây dựng Đảng, Khoa Lý luận cơ sở, Khoa Nhà nước và pháp luật, Khoa Dân vận) và 02 phòng chức năng (Phòng Quản lý đào tạo – Nghiên cứu khoa học, Phòng Tổ chức – Hành chính – Quản trị).</p><p>Qua các thời kỳ xây dựng và phát triển, Trường đã được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.</p></div></section>
<div class="av-special-heading av-special-heading-h3"><h3 class="av-special-heading-tag">Ban Giám hiệu</h3></div><section class="av_textblock_section"><div class="avia_textblock"><ul><li>Hiệu trưởng: Trần Văn Hải</li><li>Phó Hiệu trưởng: Nguyễn Thị Kim Loan</li><li>Phó Hiệu trưởng: Võ Minh Đức</li></ul></div></section></div>"""
    elif path == "/lien-he/":
        main = """<div class="flex_column av_one_half first"><section class="av_textblock_section"><div class="avia_textblock"><p><strong>Trường Chính trị tỉnh Vĩnh Long</strong></p><p>Địa chỉ: Số 12 đường Phạm Thái Bường, phường Phước Hậu, tỉnh Vĩnh Long</p><p>Điện thoại: 0270 3822 123</p></div></section></div>
<div class="flex_column av_one_half"><form action="/lien-he/" method="post" class="avia_ajax_form av-form-labels-visible" data-avia-form-id="1"><fieldset><p class="form_element"><label for="avia_ho_ten_1">Họ tên <abbr class="required" title="bắt buộc">*</abbr></label><input name="avia_ho_ten_1" type="text" id="avia_ho_ten_1" value="" /></p><p class="form_element"><label for="avia_email_1">Email</label><input name="avia_email_1" type="text" id="avia_email_1" value="" /></p><p class="form_element"><label for="avia_noi_dung_1">Nội dung</label><textarea name="avia_noi_dung_1" id="avia_noi_dung_1" cols="40" rows="7"></textarea></p><p class="form_element"><input type="submit" value="Gửi" class="button" /></p></fieldset></form></div>"""
    elif path == "/van-ban/":
        rows = "".join(
            f'<tr><td>{esc(t)}</td><td>{d}</td><td><a href="{href}">Tải về</a></td></tr>'
            for t, href, d in DOCS
        )
        main = (
            '<div class="avia-table avia-data-table-wrap"><table class="avia-table '
            'avia-data-table avia_pricing_default"><tbody><tr class="avia-heading-row">'
            f"<th>Tên văn bản</th><th>Ngày ban hành</th><th>Tệp</th></tr>{rows}</tbody></table>"
            "</div>"
        )
    else:
        entries = "".join(
            f'<div data-ajax-id="{3000 + k}" class="grid-entry flex_column isotope-item all_sort '
            f'grid-entry-overview av_one_third{" first" if k == 0 else ""}"><article '
            'class="main_color inner-entry" itemscope="itemscope" itemtype="https://schema.org/'
            f'CreativeWork"><a href="/portfolio-item/{slug}/" title="{esc(t)}" data-rel="grid-1" '
            f'class="grid-image avia-hover-fx"><img width="495" height="400" '
            f'src="{imgs[0][0].removesuffix(".jpg")}-495x400.jpg" alt="" /></a><div '
            'class="grid-content"><div class="avia-arrow"></div><header '
            'class="entry-content-header"><h3 class="grid-entry-title entry-title" '
            f'itemprop="headline"><a href="/portfolio-item/{slug}/" title="{esc(t)}">{esc(t)}</a>'
            "</h3></header></div></article></div>"
            for k, (slug, (t, imgs, _x)) in enumerate(PORTFOLIO.items())
        )
        main = (
            '<div class="av-portfolio-grid-sorting-container"><div class="grid-sort-container '
            f'isotope grid-total-even grid-col-3" data-portfolio-id="1">{entries}</div></div>'
        )
    return _page_shell(request, path, title, main, sidebar=path != "/hinh-anh-hoat-dong/")


def portfolio_page(request: Request, slug: str) -> Response:
    title, images, blurb = PORTFOLIO[slug]
    thumbs = "".join(
        f'<a href="{src}" class="first_thumb lightbox" data-rel="gallery-1" data-prev-img="{src}" '
        f'title="{esc(cap)}" itemprop="image"><img class="wp-image-{3100 + k} avia-img-lazy-'
        f'loading-not" src="{src.removesuffix(".jpg")}-180x180.jpg" width="180" height="180" '
        f'title="{esc(cap)}" alt="" /></a>'
        for k, (src, cap) in enumerate(images)
    )
    main = f"""<div class="flex_column av_one_full first"><section class="av_textblock_section"><div class="avia_textblock"><p>{esc(blurb)}</p></div></section>
<div class="avia-gallery av-gallery-1 avia_animate_when_visible avia-gallery-animate" itemprop="image" itemscope="itemscope" itemtype="https://schema.org/ImageObject"><div class="avia-gallery-thumb">{thumbs}</div></div></div>"""
    return layout(
        request,
        f"{title} - {SITE}",
        _title_bar(
            f'<h1 class="main-title entry-title">{esc(title)}</h1>',
            [("Trang chủ", "/"), ("Hình ảnh hoạt động", "/hinh-anh-hoat-dong/"), (title, None)],
        ),
        main,
        canonical=f"/portfolio-item/{slug}/",
        body_class="portfolio-template-default single single-portfolio",
        sidebar=False,
    )


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + month - 1 + delta
    return idx // 12, idx % 12 + 1


def month_view(request: Request, year: int, month: int) -> Response:
    """The Events Calendar month view: "‹ Tháng 10" / "Tháng 12 ›" links on every month."""
    ym = f"{year:04d}-{month:02d}"
    (py, pm), (ny, nm) = _month_shift(year, month, -1), _month_shift(year, month, 1)
    events = [(s, e) for s, e in EVENTS.items() if e[1].startswith(ym)]
    cells = "".join(
        f'<div class="tribe-events-calendar-month__day" data-day="{e[1]}"><time '
        f'datetime="{e[1]}">{int(e[1][8:])}</time><article class="tribe-events-calendar-month__'
        f'calendar-event"><h3 class="tribe-events-calendar-month__calendar-event-title"><a '
        f'href="/su-kien/{s}/" title="{esc(e[0])}">{esc(e[0])}</a></h3></article></div>'
        for s, e in events
    ) or (
        '<div class="tribe-events-c-messages"><p class="tribe-events-c-messages__message">'
        f"Không có sự kiện nào trong tháng {month:02d}/{year}.</p></div>"
    )
    main = f"""<div class="tribe-common tribe-events tribe-events-view tribe-events-view--month" data-view-rest-url="/wp-json/tribe/views/v2/html">
<header class="tribe-events-header"><h2 class="tribe-events-c-top-bar__datepicker-time">Tháng {month} {year}</h2>
<nav class="tribe-events-c-top-bar__nav"><ul><li><a href="/su-kien/thang/{py:04d}-{pm:02d}/" class="tribe-events-c-top-bar__nav-link--prev" rel="prev">‹ Tháng {pm}</a></li><li><a href="/su-kien/thang/{ny:04d}-{nm:02d}/" class="tribe-events-c-top-bar__nav-link--next" rel="next">Tháng {nm} ›</a></li></ul></nav></header>
<div class="tribe-events-calendar-month">{cells}</div>
<div class="tribe-events-c-ical"><a class="tribe-events-c-ical__link" href="/su-kien/thang/{ym}/?ical=1" rel="noindex nofollow">Xuất sự kiện</a></div></div>"""
    return layout(
        request,
        f"Sự kiện cho Tháng {month} {year} - {SITE}",
        _title_bar(
            '<h1 class="main-title entry-title">Sự kiện</h1>',
            [("Trang chủ", "/"), ("Sự kiện", None)],
        ),
        main,
        robots="noindex, follow" if not events else "index, follow",
        body_class="post-type-archive post-type-archive-tribe_events",
        sidebar=False,
    )


def event_page(request: Request, slug: str) -> Response:
    title, day, hours, venue, desc = EVENTS[slug]
    d = f"{int(day[8:])} Tháng {int(day[5:7])}, {day[:4]}"
    main = f"""<div id="tribe-events-content" class="tribe-events-single"><p class="tribe-events-back"><a href="/su-kien/thang/">« Tất cả sự kiện</a></p>
<h1 class="tribe-events-single-event-title">{esc(title)}</h1>
<div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">{d} @ {hours.split(" - ")[0]}</span> - <span class="tribe-event-time">{hours.split(" - ")[1]}</span></h2></div>
<div class="tribe-events-single-event-description tribe-events-content"><p>{esc(desc)}</p></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title">Chi tiết</h2><dl><dt>Ngày:</dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="{day}">{d}</abbr></dd><dt>Thời gian:</dt><dd><div class="tribe-events-abbr tribe-events-start-time">{hours}</div></dd></dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title">Địa điểm</h2><dl><dd class="tribe-venue">{esc(venue)}</dd></dl></div></div></div>"""
    return layout(
        request,
        f"{title} - {SITE}",
        _title_bar(
            '<h1 class="main-title entry-title">Sự kiện</h1>',
            [("Trang chủ", "/"), ("Sự kiện", "/su-kien/thang/"), (title, None)],
        ),
        main,
        canonical=f"/su-kien/{slug}/",
        body_class="tribe_events-template-default single single-tribe_events",
        sidebar=False,
    )


# --- feeds, sitemap, robots ---------------------------------------------------------------------

_RFC_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _rfc822(iso: str) -> str:
    return f"{iso[8:10]} {_RFC_MONTHS[int(iso[5:7]) - 1]} {iso[:4]} {iso[11:19]} +0700"


def feed(request: Request, posts: list[Post], title: str, link: str) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(p.title)}</title><link>{base}{p.path}</link>"
        f"<dc:creator><![CDATA[bientap]]></dc:creator><pubDate>{_rfc822(p.story.published_at)}"
        f'</pubDate><category><![CDATA[{CATS[p.cat][0]}]]></category><guid isPermaLink="false">'
        f"{base}/?p={p.id}</guid><description><![CDATA[{_excerpt(p)}]]></description></item>\n"
        for p in posts[:10]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{esc(title)}</title><link>{base}{link}</link><description>Trang thông "
        "tin điện tử</description><language>vi</language><generator>https://wordpress.org/?v="
        f"6.4.3</generator>\n{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def comments_feed(request: Request, post: Post) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>Bởi: {esc(c.author)}</title><link>{base}{post.path}#comment-{c.id}</link>"
        f"<description><![CDATA[{c.text}]]></description></item>"
        for c in post.comments
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Phản hồi cho '
        f"bài: {esc(post.title)}</title><link>{base}{post.path}</link>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _urlset(request: Request, paths: list[str]) -> Response:
    base = base_url(request)
    urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><urlset '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


SITEMAPS = {
    "/wp-sitemap-posts-post-1.xml": [p.path for p in POSTS],
    "/wp-sitemap-posts-page-1.xml": ["/", "/tin-tuc/", *STATIC_PAGES],
    "/wp-sitemap-posts-portfolio-1.xml": [f"/portfolio-item/{s}/" for s in PORTFOLIO],
    "/wp-sitemap-posts-tribe_events-1.xml": [f"/su-kien/{s}/" for s in EVENTS],
    "/wp-sitemap-taxonomies-category-1.xml": [f"/tin-tuc/{c}/" for c in CATS],
    "/wp-sitemap-taxonomies-post_tag-1.xml": [f"/tag/{t}/" for t in TAGS],
    "/wp-sitemap-users-1.xml": ["/author/bientap/"],
}


def sitemap_index(request: Request) -> Response:
    base = base_url(request)
    maps = "".join(f"<sitemap><loc>{base}{s}</loc></sitemap>" for s in SITEMAPS)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
        f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>'
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"


# --- routing ------------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>/(?:.*/)?)page/(?P<n>\d+)/$")
_MONTH = re.compile(r"^/su-kien/thang/(\d{4})-(\d{2})/$")
NOW_MONTH = (2026, 11)


def _ical(year: int, month: int) -> Response:
    ym = f"{year:04d}{month:02d}"
    events = "".join(
        f"BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{e[1].replace('-', '')}\r\nSUMMARY:{e[0]}\r\n"
        f"URL:/su-kien/{s}/\r\nEND:VEVENT\r\n"
        for s, e in EVENTS.items()
        if e[1].replace("-", "").startswith(ym)
    )
    body = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//{SITE}//ECPv6//VI\r\n{events}END:VCALENDAR\r\n"
    return Response(200, body, {"Content-Type": "text/calendar; charset=utf-8"})


class EnfoldSite:
    """The school's WordPress: routes as WordPress's rewrite rules and redirect_canonical do."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.lower().endswith(".pdf") and path.startswith(f"{UP}/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/wp-content/", "/wp-includes/")):
            return static_file(path)
        if path == "/robots.txt":
            body = ROBOTS + f"Sitemap: {base_url(request)}/wp-sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/wp-admin/admin-ajax.php":
            return masonry_more(request)
        if path == "/wp-sitemap.xml":
            return sitemap_index(request)
        if path in SITEMAPS:
            return _urlset(request, SITEMAPS[path])
        if request.method == "POST":
            return None
        if not path.endswith("/"):
            if "." not in path.rsplit("/", 1)[-1] and self._route(request, path + "/", 1):
                query = f"?{request.query}" if request.query else ""
                return redirect(path + "/" + query, 301)
            return None
        page = 1
        if m := _PAGED.match(path):
            path, page = m.group("base"), int(m.group("n"))
            if page < 1:
                return None
            if page == 1:
                query = f"?{request.query}" if request.query else ""
                return redirect(path + query, 301)
        return self._route(request, path, page)

    def _route(self, request: Request, path: str, page: int) -> Response | None:
        params = request.params
        if path == "/":
            if params.get("s"):
                return search(request, page)
            if page > 1:
                return None
            if params.get("p", "").isdigit() and int(params["p"]) in BY_ID:
                return redirect(BY_ID[int(params["p"])].path, 301)
            return home(request)
        if path == "/tin-tuc/" and page == 1:
            return news_home(request)
        if path == "/feed/" and page == 1:
            return feed(request, POSTS, SITE, "/")
        if path == "/comments/feed/" and page == 1:
            return feed(request, [], f"Bình luận cho {SITE}", "/")
        parts = path.strip("/").split("/")
        if parts[0] == "tin-tuc" and len(parts) >= 2 and parts[1] in CATS:
            return self._news(request, parts[1], parts[2:], page)
        if parts[0] == "tag" and len(parts) == 2 and parts[1] in TAGS:
            posts = [p for p in POSTS if parts[1] in p.tags]
            heading = f"Lưu trữ cho thẻ: {TAGS[parts[1]]}"
            return archive(
                request, posts, path, page, heading, [("Trang chủ", "/"), (heading, None)]
            )
        if path == "/author/bientap/":
            heading = "Lưu trữ tác giả: bientap"
            return archive(
                request, POSTS, path, page, heading, [("Trang chủ", "/"), (heading, None)]
            )
        if page > 1:
            return None
        if path in ("/su-kien/", "/su-kien/thang/"):
            return month_view(request, *NOW_MONTH)
        if m := _MONTH.match(path):
            year, month = int(m.group(1)), int(m.group(2))
            if not (1 <= month <= 12 and 1900 <= year <= 2200):
                return None
            if params.get("ical") == "1":
                return _ical(year, month)
            return month_view(request, year, month)
        if parts[0] == "su-kien" and len(parts) == 2 and parts[1] in EVENTS:
            return event_page(request, parts[1])
        if parts[0] == "portfolio-item" and len(parts) == 2 and parts[1] in PORTFOLIO:
            return portfolio_page(request, parts[1])
        if path in STATIC_PAGES:
            return static_page(request, path)
        return None

    def _news(self, request: Request, cat: str, rest: list[str], page: int) -> Response | None:
        name = CATS[cat][0]
        if not rest:
            posts = [p for p in POSTS if cat in p.cats]
            heading = f"Lưu trữ cho danh mục: {name}"
            crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (name, None)]
            return archive(request, posts, f"/tin-tuc/{cat}/", page, heading, crumbs)
        if rest == ["feed"] and page == 1:
            return feed(
                request, [p for p in POSTS if cat in p.cats], f"{SITE} » {name}", f"/tin-tuc/{cat}/"
            )
        post = next((p for p in POSTS if p.story.slug == rest[0]), None)
        if post is None or page > 1:
            return None
        if cat != post.cat and len(rest) == 1:
            return redirect(post.path, 301)
        if cat != post.cat:
            return None
        if len(rest) == 1:
            reply = params_reply(request, post)
            return post_page(request, post, reply)
        if rest[1:] == ["feed"]:
            return comments_feed(request, post)
        if len(rest) == 2 and rest[1] in post.attachments:
            return attachment_page(request, post, rest[1])
        return None


def params_reply(request: Request, post: Post) -> Comment | None:
    value = request.params.get("replytocom", "")
    return next((c for c in post.comments if str(c.id) == value), None)


def build_site() -> EnfoldSite:
    return EnfoldSite()
