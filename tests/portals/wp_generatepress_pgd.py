"""Fixture portal: Phòng GD&ĐT huyện Thạch Thành on WordPress, GeneratePress Premium + GenerateBlocks.

Imitates a district education office's site as small local agencies build it today: WordPress 6.x
with the GeneratePress theme (Premium module "Elements"), GenerateBlocks 1.x and the block editor,
Breadcrumb NavXT, no SEO plugin (so core's ``rel=canonical`` and ``rel=shortlink`` only). Pretty
permalinks ``/%postname%/``, category base ``chuyen-muc``, three posts per archive page. What it
prints:

- the front page (a static page built with GenerateBlocks): a GenerateBlocks *Query Loop*
  "Tin mới nhất" (``div.gb-query-loop-wrapper > div.gb-query-loop-item > div.gb-container`` with
  an image, ``h2.gb-headline > a``, a ``gb-headline`` date "14 Tháng 11, 2026" and an excerpt),
  five posts a page, paged by GenerateBlocks' own query parameter
  (``div.gb-query-loop-pagination`` with ``a.page-numbers`` to ``?query-7f3a2b1c-page=N``); two
  small loops "Thông báo" and "Chuyên môn" without pagination;
- category, tag and author archives in GeneratePress's own loop (``article.post`` with
  ``h2.entry-title``, ``div.entry-summary``), paged ``/chuyen-muc/<slug>/page/N/`` by
  ``nav#nav-below.paging-navigation > div.nav-links``; "Tin tức" has three pages;
- single posts ``/<slug>/``: ``article.post > div.inside-article`` with the featured image above
  the title (``div.featured-image.page-header-image-single``), ``header.entry-header >
  h1.entry-title``, ``div.entry-meta`` (``time.entry-date.published`` "14/11/2026", a hidden
  ``time.updated``, "bởi <account>"), ``div.entry-content`` of core blocks (paragraphs, h2/h3,
  ``wp-block-image`` figures with or without ``figcaption``, a gallery, ``wp-block-table``,
  ``wp-block-list``, ``wp-block-quote``, ``wp-block-file`` with its "Tải về" button and a PDF
  embed, ``wp-block-buttons``), ``footer.entry-meta`` ("Chuyên mục", "Thẻ") and the post
  navigation; then a block Element with share/print buttons and a "Tin liên quan" query loop,
  and the comments (two posts have some, with "Trả lời" links ``?replytocom=N#respond``). Texts
  go through ``wptexturize`` (en dashes and curly quotes as ``&#8211;``/``&#8220;``…); one post
  was pasted from Word in decomposed Unicode (NFD).
- chrome: a top bar with the header clock (TODAY) and hotline, the logo and main navigation,
  Breadcrumb NavXT trail, a right sidebar (search widget, "Thông báo" = core latest-posts block
  with dates, "Tin mới" = a GenerateBlocks query loop with its own pagination
  ``?query-9c4e1d07-page=N``, banners, the Meta widget with "Đăng nhập" and feed links), footer
  widgets (address, hotline, email, a Google Maps iframe, a visitor counter) and the copyright bar.
- static pages ``/gioi-thieu/``, ``/lien-he/`` (Contact Form 7), ``/van-ban/`` (a table of
  documents with PDF links), ``/lich-cong-tac/`` (the week's schedule, "Cập nhật: 23/11/2026");
  the attachment page of a photo (``/<post>/<attachment>/``, linked from the photo); author
  archives ``/author/<slug>/``; ``/wp-login.php``; RSS ``/feed/`` (ten newest, full content),
  ``/chuyen-muc/<slug>/feed/``, ``/comments/feed/`` and each post's comment feed
  ``/<slug>/feed/``; core sitemaps ``/wp-sitemap.xml`` (announced in robots.txt).

Traps and hard cases (all as WordPress/GenerateBlocks really behave):
- GenerateBlocks builds its pagination with ``paginate_links`` on base ``%_%``: the hrefs are
  relative query strings that keep every other query argument of the current URL. The sidebar
  loop's "Sau »" therefore combines with everything: ``/?query-7f3a2b1c-page=2&query-9c4e1d07-
  page=3``, ``/<slug>/?query-9c4e1d07-page=2``, ``/<slug>/?query-9c4e1d07-page=2&replytocom=41``…
  Every article is served under those variants (same content, canonical to the permalink; listed
  in ``alt_paths``). Pages of either loop beyond the last answer 200 with an empty loop (not
  linked).
- ``?replytocom=N`` on a post with comments: the same article, the reply form moved under the
  comment (alt_paths).
- ``/chuyen-muc/<slug>/page/N/`` beyond the last page, an unknown slug: GeneratePress's 404 page
  with status 404. ``/page/1/`` and paths without the trailing slash answer 301 (redirect_canonical),
  ``/?p=ID`` (the shortlink) 301 to the permalink.
- the attachment page looks like a post (title, date, "bởi", a picture) but is a media page.
- feeds: each post announces its own comments feed; these are XML, not articles.

Gold (by hand). Articles are the 13 posts (7 "Tin tức", 3 "Thông báo", 3 "Chuyên môn"); pages,
archives, the attachment page, feeds and the login page are not. Judgement calls:
- published_at is the date ``time.entry-date.published`` prints ("14/11/2026"): only a date is
  printed, so the gold is a date; the ``datetime`` attribute (with a time) and the hidden
  ``time.updated`` (a later edit) are not the printed publication date.
- authors: the signature line in the text ("Tin: X – Ảnh: Y", "Bài: X - Ảnh: Y", "Tin, ảnh: Z",
  "Bài và ảnh: Z", a bare bold name, the right-aligned italic "Phòng GD&ĐT" as printed). A post
  without a signature takes the theme's byline "bởi Tổ Văn phòng" / "bởi Bộ phận Chuyên môn" (the
  only credit printed, as SOURCES.md falls back on a "Tác giả" field). A caption ending "Ảnh:
  Hoài Thu" is kept whole and gives a photographer. "Nguồn: Báo Thanh Hóa" is the source.
- summary: a post whose first paragraph is set in bold (``<p><strong>…</strong></p>``) has that
  lead as summary (it stays the body's first paragraph); others have none. The archive excerpts
  are not summaries.
- images: the featured image above the title is the article's first image (GeneratePress prints
  no caption for it: None), then the content images in order; gallery images each with their
  own ``figcaption`` or None. Image URLs are the ``src`` (the 1024px size), not the srcset.
- body: paragraphs, headings, list items (one each), quote paragraphs and table rows (cells
  joined by " | ", the header row included) in page order. Captions, signatures, the
  ``wp-block-file`` name and "Tải về" button, button blocks, share row, related posts, post
  navigation and comments are not body.
- category: the post's only category as "Chuyên mục" and the breadcrumb name it.
"""

from __future__ import annotations

import html as _html
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import parse_qsl, urlencode

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "wp_generatepress_pgd"
PLATFORM = "wordpress"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Thạch Thành"
SHORT = "Phòng GD&ĐT huyện Thạch Thành"
TAGLINE = "Cổng thông tin điện tử ngành Giáo dục huyện Thạch Thành"
ADDRESS = "Khu phố 3, thị trấn Kim Tân, huyện Thạch Thành, tỉnh Thanh Hóa"
PHONE = "0237 3 877 258"
HOTLINE = "0912 458 336"
EMAIL = "pgdthachthanh@thanhhoa.edu.vn"
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/generatepress"
_LOCAL = timezone(timedelta(hours=7))

PER_PAGE = 3  # Settings > Reading: "Blog pages show at most 3 posts"
HOME_LOOP = "7f3a2b1c"
HOME_PER_PAGE = 5
SIDE_LOOP = "9c4e1d07"
SIDE_PER_PAGE = 4
FEED_SIZE = 10

#: category slug -> (term id, printed name)
CATS: dict[str, tuple[int, str]] = {
    "tin-tuc": (3, "Tin tức"),
    "thong-bao": (4, "Thông báo"),
    "chuyen-mon": (5, "Chuyên môn"),
}
TAGS: dict[str, str] = {
    "nha-giao": "Nhà giáo",
    "thi-dua": "Thi đua",
    "chuyen-doi-so": "Chuyển đổi số",
    "the-thao": "Thể thao",
    "tuyen-dung": "Tuyển dụng",
    "kiem-tra": "Kiểm tra",
    "tieu-hoc": "Tiểu học",
    "thcs": "THCS",
}
#: WordPress accounts: slug -> display name
USERS: dict[str, str] = {"to-van-phong": "Tổ Văn phòng", "bo-phan-chuyen-mon": "Bộ phận Chuyên môn"}


_TEXTURIZE = {"–": "&#8211;", "“": "&#8220;", "”": "&#8221;", "…": "&#8230;", "’": "&#8217;"}


def _tx(value: str, nfd: bool = False) -> str:
    """Escaped text as ``wptexturize`` leaves it: dashes and curly quotes as numeric references."""
    out = text(value, nfd=nfd)
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def _sig(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p class="has-text-align-right"><{tag}>{_tx(line)}</{tag}></p>')


def _file(slug: str, name: str, *, embed: bool = False) -> Raw:
    href = f"{UP}/2026/11/{slug}.pdf"
    obj = (
        f'<object class="wp-block-file__embed" data="{{base}}{href}" type="application/pdf" '
        f'style="width:100%;height:600px" aria-label="Nhúng của {esc(name)}."></object>'
        if embed
        else ""
    )
    return Raw(
        f'<div class="wp-block-file">{obj}<a id="wp-block-file--media-{slug}" href="{{base}}{href}">{esc(name)}</a>'
        f'<a href="{{base}}{href}" class="wp-block-file__button wp-element-button" download '
        f'aria-describedby="wp-block-file--media-{slug}">Tải về</a></div>'
    )


# opts: at (local time as stored), mod (last edit), user (account slug), tags, comments
# [(id, parent, name, date, text)], attach (attachment slug of the first content image)
STORIES: list[Story] = [
    Story(
        id=1191,
        slug="thong-bao-lich-kiem-tra-noi-bo-truong-hoc-thang-12-2026",
        title="Thông báo lịch kiểm tra nội bộ trường học tháng 12/2026",
        cat="thong-bao",
        published_at="2026-11-23",
        blocks=[
            P(
                "Căn cứ Kế hoạch kiểm tra năm học 2026 – 2027, Phòng GD&ĐT huyện Thạch Thành thông báo"
                " lịch kiểm tra nội bộ trường học tháng 12/2026 như sau:"
            ),
            P("Thời gian | Đơn vị được kiểm tra | Nội dung", "th"),
            P("01 – 03/12/2026 | Trường Mầm non Thành Kim | Kiểm tra chuyên đề", "tr"),
            P("08 – 10/12/2026 | Trường Tiểu học Thạch Long | Kiểm tra toàn diện", "tr"),
            P("15 – 17/12/2026 | Trường THCS Thạch Định | Kiểm tra chuyên đề", "tr"),
            P("Đề nghị các đơn vị chuẩn bị đầy đủ hồ sơ theo hướng dẫn tại văn bản đính kèm."),
            _file("ke-hoach-kiem-tra-noi-bo-thang-12-2026", "KH-kiem-tra-noi-bo-thang-12-2026"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"at": "2026-11-23 14:05", "user": "to-van-phong", "tags": ["kiem-tra"]},
    ),
    Story(
        id=1187,
        slug="thach-thanh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Huyện Thạch Thành kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-20",
        summary=(
            "Sáng 19/11/2026, Phòng Giáo dục và Đào tạo huyện Thạch Thành tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm học"
            " 2025 – 2026."
        ),
        blocks=[
            Img(f"{UP}/2026/11/ky-niem-20-11-2026-anh-dai-dien-1024x576.jpg", None, None, "featured"),
            P(
                "Sáng 19/11/2026, Phòng Giáo dục và Đào tạo huyện Thạch Thành tổ chức Lễ kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm học"
                " 2025 – 2026.",
                "lead",
            ),
            P(
                "Dự buổi lễ có đồng chí Lê Văn Tuấn, Phó Chủ tịch UBND huyện; lãnh đạo các phòng, ban,"
                " ngành; cùng hơn 200 cán bộ quản lý, giáo viên tiêu biểu đại diện cho 72 trường học trên"
                " địa bàn huyện."
            ),
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026-1-1024x683.jpg",
                "Đồng chí Lê Văn Tuấn, Phó Chủ tịch UBND huyện phát biểu tại buổi lễ",
                "Đồng chí Lê Văn Tuấn, Phó Chủ tịch UBND huyện phát biểu tại buổi lễ",
                "attach",
            ),
            P(
                "Báo cáo tại buổi lễ, ông Nguyễn Đình Khải, Trưởng phòng GD&ĐT cho biết: năm học 2025 –"
                " 2026, toàn huyện có 18 giáo viên đạt giải giáo viên dạy giỏi cấp tỉnh, 146 học sinh đạt"
                " giải trong các kỳ thi học sinh giỏi cấp tỉnh; tỷ lệ trường đạt chuẩn quốc gia đạt 86,1%."
            ),
            P(
                "Nhân dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 35 nhà giáo có thành tích xuất sắc"
                " trong sự nghiệp giáo dục."
            ),
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026-2-1024x683.jpg",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "figure",
            ),
            _sig("Tin: Nguyễn Thị Hằng – Ảnh: Lê Văn Quý"),
        ],
        authors=["Nguyễn Thị Hằng"],
        photographers=["Lê Văn Quý"],
        opts={
            "at": "2026-11-20 10:42",
            "mod": "2026-11-21 08:15",
            "user": "to-van-phong",
            "tags": ["nha-giao", "thi-dua"],
            "attach": "le-ky-niem-20-11-2026-1",
            "comments": [
                (41, 0, "Trần Thu Hương", "2026-11-20 20:13", "Chúc mừng các thầy cô giáo nhân ngày 20/11!"),
                (42, 41, "Phạm Văn Bình", "2026-11-21 06:47", "Xin chúc mừng các thầy cô được tuyên dương."),
            ],
        },
    ),
    Story(
        id=1172,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-11-14",
        blocks=[
            Img(f"{UP}/2026/11/hoi-thi-gvdg-tieu-hoc-2026-1024x576.jpg", None, None, "featured"),
            P(
                "Từ ngày 09 đến 13/11/2026, Phòng GD&ĐT huyện Thạch Thành tổ chức Hội thi giáo viên dạy giỏi"
                " cấp huyện bậc Tiểu học năm học 2026 – 2027 tại Trường Tiểu học Thị trấn Kim Tân."
            ),
            P("Nhiều tiết dạy sáng tạo, ứng dụng công nghệ", "h3"),
            P(
                "Hội thi có 94 giáo viên đến từ 28 trường tiểu học tham gia. Mỗi giáo viên trình bày biện"
                " pháp nâng cao chất lượng giảng dạy và thực hành hai tiết dạy trên lớp với các môn Tiếng"
                " Việt, Toán và một môn tự chọn."
            ),
            Img(f"{UP}/2026/11/gvdg-tieu-hoc-2026-1024x768.jpg", None, None, "figure"),
            P(
                "Nhiều tiết dạy được đánh giá cao nhờ vận dụng linh hoạt các phương pháp dạy học tích cực,"
                " khai thác hiệu quả học liệu số và tổ chức cho học sinh hoạt động nhóm."
            ),
            P("Kết quả hội thi", "h3"),
            P("68 giáo viên được công nhận giáo viên dạy giỏi cấp huyện;", "li"),
            P("12 giáo viên được chọn tham dự Hội thi cấp tỉnh;", "li"),
            P("Trường Tiểu học Thành Kim và Trường Tiểu học Thạch Quảng đạt giải tập thể.", "li"),
            _sig("Phòng GD&ĐT", "em"),
        ],
        authors=["Phòng GD&ĐT"],
        opts={"at": "2026-11-14 16:20", "user": "to-van-phong", "tags": ["tieu-hoc", "thi-dua"]},
    ),
    Story(
        id=1166,
        slug="huong-dan-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cap-thcs",
        title="Hướng dẫn tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học cấp THCS",
        cat="chuyen-mon",
        published_at="2026-11-10",
        summary=(
            "Nhằm nâng cao chất lượng sinh hoạt tổ, nhóm chuyên môn, Phòng GD&ĐT hướng dẫn các trường"
            " THCS tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học từ học kỳ I năm học 2026 – 2027."
        ),
        blocks=[
            P(
                "Nhằm nâng cao chất lượng sinh hoạt tổ, nhóm chuyên môn, Phòng GD&ĐT hướng dẫn các trường"
                " THCS tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học từ học kỳ I năm học 2026 – 2027.",
                "lead",
            ),
            P("1. Mục đích, yêu cầu", "h2"),
            P(
                "Sinh hoạt chuyên môn tập trung vào việc quan sát, phân tích hoạt động học của học sinh,"
                " không nhằm đánh giá, xếp loại giờ dạy của giáo viên."
            ),
            P("2. Quy trình thực hiện", "h2"),
            P("Bước 1: Xây dựng bài học minh họa;", "oli"),
            P("Bước 2: Dạy minh họa và dự giờ;", "oli"),
            P("Bước 3: Suy ngẫm, thảo luận;", "oli"),
            P("Bước 4: Áp dụng vào thực tiễn dạy học hằng ngày.", "oli"),
            P(
                "Mỗi tổ chuyên môn tổ chức ít nhất 02 lần/tháng; biên bản sinh hoạt lưu trong hồ sơ điện tử"
                " của nhà trường."
            ),
        ],
        authors=["Bộ phận Chuyên môn"],
        opts={"at": "2026-11-10 09:00", "user": "bo-phan-chuyen-mon", "tags": ["thcs"]},
    ),
    Story(
        id=1160,
        slug="truong-thcs-thanh-van-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THCS Thành Vân đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="tin-tuc",
        published_at="2026-11-07",
        blocks=[
            P(
                "Ngày 06/11/2026, Trường THCS Thành Vân (huyện Thạch Thành) long trọng tổ chức lễ đón Bằng"
                " công nhận trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3."
            ),
            P(
                "Trải qua hơn 40 năm xây dựng và phát triển, từ một ngôi trường với cơ sở vật chất còn nhiều"
                " thiếu thốn, đến nay nhà trường đã có 16 phòng học kiên cố, đầy đủ phòng học bộ môn, thư"
                " viện đạt chuẩn và sân chơi, bãi tập rộng rãi."
            ),
            Img(
                f"{UP}/2026/11/thcs-thanh-van-chuan-quoc-gia-1024x683.jpg",
                "Lãnh đạo huyện Thạch Thành trao Bằng công nhận cho Trường THCS Thành Vân. Ảnh: Hoài Thu",
                "Lãnh đạo huyện Thạch Thành trao Bằng công nhận cho Trường THCS Thành Vân. Ảnh: Hoài Thu",
                "figure",
            ),
            P(
                "Năm học 2025 – 2026, nhà trường có 24 học sinh đạt giải học sinh giỏi cấp huyện, 5 học sinh"
                " đạt giải cấp tỉnh; tỷ lệ học sinh tốt nghiệp THCS đạt 100%."
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo huyện đề nghị nhà trường tiếp tục đổi mới phương pháp dạy"
                " học, giữ vững và nâng cao các tiêu chuẩn trường đạt chuẩn quốc gia."
            ),
            _sig("Hoài Thu"),
            _sig("Nguồn: Báo Thanh Hóa", "em"),
        ],
        authors=["Hoài Thu"],
        photographers=["Hoài Thu"],
        source="Báo Thanh Hóa",
        opts={"at": "2026-11-07 15:31", "user": "to-van-phong", "tags": ["thcs"]},
    ),
    Story(
        id=1153,
        slug="thong-bao-tuyen-dung-giao-vien-hop-dong-nam-hoc-2026-2027",
        title="Thông báo tuyển dụng giáo viên hợp đồng năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-02",
        blocks=[
            P(
                "Phòng GD&ĐT huyện Thạch Thành thông báo tuyển dụng giáo viên hợp đồng giảng dạy tại các"
                " trường tiểu học, THCS năm học 2026 – 2027."
            ),
            P("Chỉ tiêu", "h3"),
            P("Giáo viên Tiếng Anh cấp tiểu học: 06 chỉ tiêu;", "li"),
            P("Giáo viên Tin học cấp tiểu học: 04 chỉ tiêu;", "li"),
            P("Giáo viên Khoa học tự nhiên cấp THCS: 03 chỉ tiêu.", "li"),
            P("Thời gian nhận hồ sơ", "h3"),
            P(
                "Từ ngày 03/11/2026 đến hết ngày 20/11/2026 (trong giờ hành chính) tại Phòng GD&ĐT huyện"
                " Thạch Thành."
            ),
            _file("tb-tuyen-dung-gv-hop-dong-2026-2027", "TB-tuyen-dung-GV-hop-dong-2026-2027", embed=True),
            Raw(
                '<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button">'
                '<a class="wp-block-button__link wp-element-button" href="{base}/lien-he/">Liên hệ tư vấn</a></div></div>'
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={"at": "2026-11-02 08:10", "user": "to-van-phong", "tags": ["tuyen-dung"]},
    ),
    Story(
        id=1149,
        slug="ngay-hoi-doc-sach-sach-nguoi-ban-dong-hanh-tai-cac-truong-tieu-hoc",
        title="Ngày hội đọc sách “Sách – Người bạn đồng hành” tại các trường tiểu học",
        cat="tin-tuc",
        published_at="2026-10-30",
        blocks=[
            Img(f"{UP}/2026/10/ngay-hoi-doc-sach-2026-1024x576.jpg", None, None, "featured"),
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, từ ngày 26 đến 29/10/2026, các"
                " trường tiểu học trên địa bàn huyện đồng loạt tổ chức Ngày hội đọc sách với chủ đề “Sách –"
                " Người bạn đồng hành”."
            ),
            P(
                "Tại ngày hội, học sinh được tham gia nhiều hoạt động bổ ích như giới thiệu sách, kể chuyện"
                " theo sách, vẽ tranh về nhân vật yêu thích, trao đổi sách cũ và đọc sách tại thư viện xanh"
                " ngoài trời."
            ),
            P("Một số hình ảnh tại ngày hội:"),
            Img(
                f"{UP}/2026/10/doc-sach-th-thach-long-1024x768.jpg",
                "Học sinh Trường Tiểu học Thạch Long kể chuyện theo sách",
                "Học sinh Trường Tiểu học Thạch Long kể chuyện theo sách",
                "gallery",
            ),
            Img(
                f"{UP}/2026/10/doc-sach-th-thanh-truc-1024x768.jpg",
                "Gian trưng bày sách của Trường Tiểu học Thành Trực",
                "Gian trưng bày sách của Trường Tiểu học Thành Trực",
                "gallery",
            ),
            Img(f"{UP}/2026/10/doc-sach-thu-vien-xanh-1024x768.jpg", None, None, "gallery"),
            _sig("Tin, ảnh: Trần Minh Đức"),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Trần Minh Đức"],
        opts={"at": "2026-10-30 17:02", "user": "to-van-phong", "tags": ["tieu-hoc"]},
    ),
    Story(
        id=1137,
        slug="ket-qua-khao-sat-chat-luong-dau-nam-mon-toan-ngu-van-lop-9",
        title="Kết quả khảo sát chất lượng đầu năm môn Toán, Ngữ văn lớp 9",
        cat="chuyen-mon",
        published_at="2026-10-22",
        blocks=[
            P(
                "Ngày 08/10/2026, Phòng GD&ĐT tổ chức khảo sát chất lượng đầu năm học 2026 – 2027 môn Toán,"
                " Ngữ văn đối với học sinh lớp 9 tại 27 trường THCS."
            ),
            P("Môn | Điểm trung bình | Tỷ lệ trên 5,0", "th"),
            P("Toán | 5,42 | 58,7%", "tr"),
            P("Ngữ văn | 6,15 | 72,3%", "tr"),
            Img(f"{UP}/2026/10/bieu-do-khao-sat-lop-9-2026.png", None, None, "figure"),
            P(
                "Căn cứ kết quả khảo sát, các trường xây dựng kế hoạch phụ đạo học sinh yếu, bồi dưỡng học"
                " sinh giỏi và ôn tập cho học sinh lớp 9 chuẩn bị cho kỳ thi tuyển sinh vào lớp 10."
            ),
            _sig("Nguyễn Hữu Thắng"),
        ],
        authors=["Nguyễn Hữu Thắng"],
        opts={"at": "2026-10-22 10:25", "user": "bo-phan-chuyen-mon", "tags": ["thcs", "kiem-tra"]},
    ),
    Story(
        id=1131,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-2026",
        title="Tập huấn chuyển đổi số trong quản lý trường học năm 2026",
        cat="tin-tuc",
        published_at="2026-10-18",
        blocks=[
            P(
                "Trong hai ngày 15 và 16/10/2026, Phòng GD&ĐT huyện Thạch Thành tổ chức tập huấn chuyển đổi"
                " số trong quản lý trường học cho 145 cán bộ quản lý và nhân viên văn thư, kế toán các trường"
                " mầm non, tiểu học, THCS."
            ),
            P(
                "Học viên được hướng dẫn sử dụng hồ sơ điện tử, học bạ số, chữ ký số và phần mềm quản lý văn"
                " bản điều hành; cập nhật, khai thác cơ sở dữ liệu ngành giáo dục theo đúng quy định."
            ),
            P("Phát biểu khai mạc, ông Nguyễn Đình Khải, Trưởng phòng GD&ĐT nhấn mạnh:"),
            P(
                "Chuyển đổi số không phải là việc của riêng bộ phận công nghệ thông tin mà là nhiệm vụ của mỗi"
                " cán bộ quản lý, mỗi thầy cô giáo.",
                "quote",
            ),
            P(
                "Kết thúc đợt tập huấn, 100% học viên hoàn thành bài thu hoạch và được cấp giấy chứng nhận."
            ),
            _sig("Lê Thị Thanh Tâm"),
        ],
        authors=["Lê Thị Thanh Tâm"],
        opts={"at": "2026-10-18 11:48", "user": "to-van-phong", "tags": ["chuyen-doi-so"], "nfd": True},
    ),
    Story(
        id=1118,
        slug="be-mac-giai-bong-da-thieu-nien-nhi-dong-huyen-thach-thanh-lan-thu-xv",
        title="Bế mạc Giải bóng đá thiếu niên nhi đồng huyện Thạch Thành lần thứ XV",
        cat="tin-tuc",
        published_at="2026-10-05",
        blocks=[
            Img(f"{UP}/2026/10/giai-bong-da-thieu-nien-2026-1024x576.jpg", None, None, "featured"),
            P(
                "Chiều 03/10/2026, tại Sân vận động huyện, Ban tổ chức đã bế mạc Giải bóng đá thiếu niên nhi"
                " đồng huyện Thạch Thành lần thứ XV năm 2026."
            ),
            P(
                "Sau 10 ngày thi đấu sôi nổi, 24 đội bóng đến từ các trường THCS trên địa bàn huyện đã mang"
                " đến cho khán giả những trận đấu hấp dẫn, thể hiện tinh thần thi đấu trung thực, cao thượng."
            ),
            Img(
                f"{UP}/2026/10/chung-ket-bong-da-thcs-1024x683.jpg",
                "Pha tranh bóng trong trận chung kết giữa THCS Thạch Quảng và THCS Thành Vinh",
                "Pha tranh bóng trong trận chung kết giữa THCS Thạch Quảng và THCS Thành Vinh",
                "figure",
            ),
            P("Kết quả chung cuộc:"),
            P("Giải | Đơn vị", "th"),
            P("Nhất | THCS Thạch Quảng", "tr"),
            P("Nhì | THCS Thành Vinh", "tr"),
            P("Ba | THCS Thị trấn Kim Tân và THCS Thạch Định", "tr"),
            P(
                "Ban tổ chức cũng trao giải Vua phá lưới cho em Trương Văn Hiếu (THCS Thạch Quảng) với 9 bàn"
                " thắng."
            ),
            _sig("Bài: Phạm Quang Huy - Ảnh: Đỗ Thị Lan"),
        ],
        authors=["Phạm Quang Huy"],
        photographers=["Đỗ Thị Lan"],
        opts={"at": "2026-10-05 07:55", "user": "to-van-phong", "tags": ["the-thao", "thcs"]},
    ),
    Story(
        id=1109,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-tieng-viet-lop-4",
        title="Chuyên đề “Dạy học phát triển năng lực” môn Tiếng Việt lớp 4 tại Trường TH Thành Kim",
        cat="chuyen-mon",
        published_at="2026-09-25",
        blocks=[
            Img(f"{UP}/2026/09/chuyen-de-tieng-viet-4-1024x576.jpg", None, None, "featured"),
            P(
                "Ngày 23/9/2026, Phòng GD&ĐT huyện Thạch Thành tổ chức chuyên đề “Dạy học phát triển năng lực"
                " môn Tiếng Việt lớp 4” tại Trường Tiểu học Thành Kim với sự tham gia của hơn 60 cán bộ quản"
                " lý, giáo viên cốt cán."
            ),
            Img(
                f"{UP}/2026/09/day-minh-hoa-tieng-viet-4-1024x683.jpg",
                "Cô giáo Nguyễn Thị Mai dạy minh họa bài “Những ngọn hải đăng”",
                "Cô giáo Nguyễn Thị Mai dạy minh họa bài “Những ngọn hải đăng”",
                "figure",
            ),
            P(
                "Qua tiết dạy minh họa, các đại biểu thảo luận về cách tổ chức hoạt động đọc hiểu, luyện viết"
                " đoạn văn và đánh giá thường xuyên theo hướng phát triển phẩm chất, năng lực học sinh."
            ),
            Img(
                f"{UP}/2026/09/thao-luan-chuyen-de-1024x683.jpg",
                "Các đại biểu thảo luận sau tiết dạy",
                "Các đại biểu thảo luận sau tiết dạy",
                "figure",
            ),
            _sig("Bài và ảnh: Bùi Thị Ngọc"),
        ],
        authors=["Bùi Thị Ngọc"],
        photographers=["Bùi Thị Ngọc"],
        opts={"at": "2026-09-25 16:40", "user": "bo-phan-chuyen-mon", "tags": ["tieu-hoc"]},
    ),
    Story(
        id=1101,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-7",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 7",
        cat="thong-bao",
        published_at="2026-09-18",
        blocks=[
            P(
                "Thực hiện Công điện của UBND huyện về việc chủ động ứng phó với bão số 7, Phòng GD&ĐT huyện"
                " Thạch Thành thông báo:"
            ),
            P("Toàn bộ học sinh mầm non, tiểu học, THCS trên địa bàn huyện nghỉ học ngày 19/9/2026 (thứ Bảy)."),
            P(
                "Hiệu trưởng các trường chủ động kiểm tra, chằng chống cơ sở vật chất, di chuyển tài liệu,"
                " thiết bị đến nơi an toàn; thường trực 24/24 giờ và báo cáo tình hình thiệt hại (nếu có) về"
                " Phòng GD&ĐT trước 16 giờ ngày 20/9/2026."
            ),
            _sig("Phòng GD&ĐT", "em"),
        ],
        authors=["Phòng GD&ĐT"],
        opts={"at": "2026-09-18 18:30", "user": "to-van-phong", "tags": []},
    ),
    Story(
        id=1093,
        slug="toan-nganh-giao-duc-huyen-thach-thanh-khai-giang-nam-hoc-moi-2026-2027",
        title="Toàn ngành giáo dục huyện Thạch Thành khai giảng năm học mới 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-09-05",
        summary=(
            "Sáng 05/9/2026, hơn 32.000 học sinh từ mầm non đến THCS trên địa bàn huyện Thạch Thành hân"
            " hoan bước vào năm học mới 2026 – 2027."
        ),
        blocks=[
            Img(f"{UP}/2026/09/khai-giang-2026-2027-1024x576.jpg", None, None, "featured"),
            P(
                "Sáng 05/9/2026, hơn 32.000 học sinh từ mầm non đến THCS trên địa bàn huyện Thạch Thành hân"
                " hoan bước vào năm học mới 2026 – 2027.",
                "lead",
            ),
            P(
                "Tại các điểm trường, lễ khai giảng được tổ chức trang trọng, ngắn gọn với phần đánh trống khai"
                " trường, đọc thư của Chủ tịch nước gửi ngành giáo dục và các tiết mục văn nghệ chào mừng."
            ),
            Img(
                f"{UP}/2026/09/danh-trong-khai-giang-kim-tan-1024x683.jpg",
                "Đồng chí Bí thư Huyện ủy đánh trống khai giảng tại Trường THCS Thị trấn Kim Tân",
                "Đồng chí Bí thư Huyện ủy đánh trống khai giảng tại Trường THCS Thị trấn Kim Tân",
                "figure",
            ),
            P(
                "Năm học 2026 – 2027, toàn huyện có 72 trường học với 1.046 nhóm, lớp; ngành tiếp tục thực hiện"
                " Chương trình giáo dục phổ thông 2018, đẩy mạnh chuyển đổi số và nâng cao chất lượng giáo dục"
                " mũi nhọn."
            ),
            _sig("Tin: Hà Văn Long – Ảnh: Lê Văn Quý"),
        ],
        authors=["Hà Văn Long"],
        photographers=["Lê Văn Quý"],
        opts={
            "at": "2026-09-05 11:20",
            "user": "to-van-phong",
            "tags": [],
            "comments": [(17, 0, "Nguyễn Thị Lan", "2026-09-05 19:02", "Chúc các em học sinh một năm học mới thật nhiều thành công.")],
        },
    ),
]

_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}
_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/{story.slug}/"


def newest(cat: str | None = None, tag: str | None = None, user: str | None = None) -> list[Story]:
    items = [
        s
        for s in STORIES
        if (cat is None or s.cat == cat)
        and (tag is None or tag in s.opts["tags"])
        and (user is None or s.opts["user"] == user)
    ]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


SIDE_PAGES = _pages(len(STORIES), SIDE_PER_PAGE)
HOME_PAGES = _pages(len(STORIES), HOME_PER_PAGE)


def _comment_ids(story: Story) -> list[int]:
    return [c[0] for c in story.opts.get("comments", [])]


def variants(story: Story) -> list[str]:
    """Other URLs that serve the very same post: replytocom and the sidebar loop's pages."""
    path = article_path(story)
    bases = [""] + [f"replytocom={c}" for c in _comment_ids(story)]
    out = [f"{path}?{b}" for b in bases if b]
    for b in bases:
        for n in range(2, SIDE_PAGES + 1):
            out.append(f"{path}?query-{SIDE_LOOP}-page={n}" + (f"&{b}" if b else ""))
    return out


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat][1], alt_paths=variants(s)) for s in newest()
]

ATTACHMENT_PATH = "/thach-thanh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11/le-ky-niem-20-11-2026-1/"
STATIC_PAGES = ["/gioi-thieu/", "/lien-he/", "/van-ban/", "/lich-cong-tac/"]

NON_ARTICLES: list[str] = [
    "/",
    *(f"/?query-{HOME_LOOP}-page={n}" for n in range(2, HOME_PAGES + 1)),
    *(f"/chuyen-muc/{c}/" for c in CATS),
    *(
        f"/chuyen-muc/{c}/page/{n}/"
        for c in CATS
        for n in range(2, _pages(len(newest(c)), PER_PAGE) + 1)
    ),
    *(f"/tag/{t}/" for t in TAGS if newest(tag=t)),
    *(f"/author/{u}/" for u in USERS),
    *(
        f"/author/{u}/page/{n}/"
        for u in USERS
        for n in range(2, _pages(len(newest(user=u)), PER_PAGE) + 1)
    ),
    *STATIC_PAGES,
    ATTACHMENT_PATH,
    "/wp-login.php",
]


# --------------------------------------------------------------------------- rendering helpers

def _local(story: Story, key: str = "at") -> datetime:
    return datetime.strptime(story.opts[key], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def _iso(story: Story, key: str = "at") -> str:
    return _local(story, key).isoformat()


def _vn_date(story: Story) -> str:
    """GenerateBlocks' dynamic date in the vi locale: "14 Tháng 11, 2026"."""
    d = _local(story)
    return f"{d.day:02d} Tháng {d.month}, {d.year}"


def _plain(markup: str) -> str:
    return " ".join(_html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _excerpt(story: Story, words: int = 30) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return first if len(parts) <= words else " ".join(parts[:words]) + " […]"


def _thumb(story: Story) -> str:
    imgs = story.images
    return imgs[0].src if imgs else f"{UP}/2024/03/logo-pgd-thach-thanh-placeholder.jpg"


def _sizes(src: str) -> str:
    m = re.match(r"^(.*)-(\d+)x(\d+)(\.\w+)$", src)
    if not m:
        return ""
    stem, w, h, ext = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    small = f"{stem}-300x{h * 300 // w}{ext} 300w, {stem}-768x{h * 768 // w}{ext} 768w"
    return f"{small}, {src} {w}w"


def _img_tag(base: str, src: str, alt: str, cls: str, lazy: bool = True) -> str:
    srcset = _sizes(src)
    srcset_attr = (
        f' srcset="{", ".join(base + part for part in srcset.split(", "))}" sizes="(max-width: 1024px) 100vw, 1024px"'
        if srcset
        else ""
    )
    loading = ' loading="lazy"' if lazy else ""
    dims = re.search(r"-(\d+)x(\d+)\.\w+$", src)
    width, height = (dims.group(1), dims.group(2)) if dims else ("1024", "683")
    return f'<img decoding="async"{loading} width="{width}" height="{height}" src="{base}{src}" alt="{esc(alt)}" class="{cls}"{srcset_attr} />'


def _original(src: str) -> str:
    """The uploaded original a "Media File" link points to (the size suffix dropped)."""
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def _attach_url(base: str, story: Story) -> str:
    return f"{base}{article_path(story)}{story.opts['attach']}/"


def _content(story: Story, base: str) -> str:
    nfd = bool(story.opts.get("nfd"))
    parts: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "featured")]
    i = 0
    first_img = True
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "oli"):
            tag = "ol" if b.style == "oli" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_tx(blocks[i].text, nfd)}</li>")
                i += 1
            parts.append(f'<{tag} class="wp-block-list">\n' + "\n".join(items) + f"\n</{tag}>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            head, body = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cell = "th" if row.style == "th" else "td"
                cells = "".join(f"<{cell}>{_tx(c, nfd)}</{cell}>" for c in row.text.split(" | "))
                (head if row.style == "th" else body).append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                f'<thead>{"".join(head)}</thead><tbody>{"".join(body)}</tbody></table></figure>'
            )
            continue
        if isinstance(b, Img) and b.style == "gallery":
            figs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                g = blocks[i]
                cap = f'<figcaption class="wp-element-caption">{_tx(g.printed)}</figcaption>' if g.printed else ""
                figs.append(
                    f'<figure class="wp-block-image size-large"><a href="{base}{_original(g.src)}">'
                    f'{_img_tag(base, g.src, "", "wp-image-" + str(story.id + 10 + i))}</a>{cap}</figure>'
                )
                i += 1
            parts.append(
                '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 '
                'is-layout-flex wp-block-gallery-is-layout-flex">\n' + "\n".join(figs) + "\n</figure>"
            )
            continue
        if isinstance(b, P):
            if b.style in ("h2", "h3"):
                anchor = re.sub(r"[^a-z0-9]+", "-", b.text.lower()).strip("-")[:20] or "muc"
                parts.append(f'<{b.style} class="wp-block-heading" id="h-{anchor}">{_tx(b.text, nfd)}</{b.style}>')
            elif b.style == "lead":
                parts.append(f"<p><strong>{_tx(b.text, nfd)}</strong></p>")
            elif b.style == "quote":
                parts.append(
                    '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
                    f"<p>{_tx(b.text, nfd)}</p></blockquote>"
                )
            else:
                parts.append(f"<p>{_tx(b.text, nfd)}</p>")
        elif isinstance(b, Img):
            cap = f'<figcaption class="wp-element-caption">{_tx(b.printed)}</figcaption>' if b.printed else ""
            img = _img_tag(base, b.src, b.caption or "", f"wp-image-{story.id + 1 + i}", lazy=not first_img)
            if b.style == "attach":
                img = f'<a href="{_attach_url(base, story)}">{img}</a>'
            parts.append(f'<figure class="wp-block-image aligncenter size-large">{img}{cap}</figure>')
            first_img = False
        else:
            parts.append(b.html.replace("{base}", base))
        i += 1
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- page chrome


def _head(request: Request, title: str, body_class: str, extra: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name='robots' content='max-image-preview:large' />
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
{extra}
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.8.3' media='all' />
<link rel='stylesheet' id='generate-style-css' href='{base}{THEME}/assets/css/main.min.css?ver=3.6.0' media='all' />
<link rel='stylesheet' id='generateblocks-css' href='{base}/wp-content/uploads/generateblocks/style-{abs(hash_of(title)) % 9000 + 1000}.css?ver=1730000000' media='all' />
<style id='generate-style-inline-css'>
body{{background-color:#f2f5f9;color:#222222;}}a{{color:#0b5aa8;}}.posted-on .updated{{display:none;}}.byline,.single .byline{{display:inline;}}.top-bar{{background-color:#0b5aa8;color:#ffffff;}}.main-navigation{{background-color:#0d47a1;}}
</style>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.8.3" />
<link rel="icon" href="{base}{UP}/2024/03/cropped-logo-pgd-32x32.png" sizes="32x32" />
</head>

<body class="{body_class} wp-custom-logo wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
	<a class="screen-reader-text skip-link" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>"""


def hash_of(value: str) -> int:
    """A stable small number (Python's ``hash`` is salted per process)."""
    return sum(ord(c) * (i + 1) for i, c in enumerate(value))


_MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu/", "Giới thiệu"),
    ("/chuyen-muc/tin-tuc/", "Tin tức"),
    ("/chuyen-muc/thong-bao/", "Thông báo"),
    ("/chuyen-muc/chuyen-mon/", "Chuyên môn"),
    ("/van-ban/", "Văn bản"),
    ("/lich-cong-tac/", "Lịch công tác"),
    ("/lien-he/", "Liên hệ"),
]


def _header(base: str, active: str) -> str:
    items = []
    for n, (href, label) in enumerate(_MENU):
        cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{210 + n}"
        if href == active:
            cls += " current-menu-item"
        items.append(f'<li id="menu-item-{210 + n}" class="{cls}"><a href="{base}{href}">{esc(label)}</a></li>')
    return f"""
	<div class="top-bar top-bar-align-right">
		<div class="inside-top-bar grid-container">
			<aside id="block-12" class="widget inner-padding widget_block"><p class="pgd-clock"><span class="dashicons dashicons-calendar-alt"></span> {TODAY}</p></aside>
			<aside id="block-13" class="widget inner-padding widget_block"><p>Đường dây nóng: <a href="tel:{HOTLINE.replace(" ", "")}">{HOTLINE}</a> | Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p></aside>
		</div>
	</div>
		<header class="site-header" id="masthead" aria-label="Trang web" itemtype="https://schema.org/WPHeader" itemscope>
			<div class="inside-header grid-container">
				<div class="site-branding-container"><div class="site-logo">
					<a href="{base}/" rel="home"><img class="header-image is-logo-image" alt="{esc(SHORT)}" src="{base}{UP}/2024/03/logo-pgd-thach-thanh.png" width="96" height="96" /></a>
				</div><div class="site-branding">
						<p class="main-title" itemprop="headline"><a href="{base}/" rel="home">{esc(SITE)}</a></p>
						<p class="site-description" itemprop="description">{esc(TAGLINE)}</p>
					</div></div>
			</div>
		</header>
				<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Chính" itemtype="https://schema.org/SiteNavigationElement" itemscope>
			<div class="inside-navigation grid-container">
				<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
				<div id="primary-menu" class="main-nav"><ul id="menu-menu-chinh" class=" menu sf-menu">{"".join(items)}</ul></div>
			</div>
		</nav>
		"""


def _crumbs(base: str, *trail: tuple[str | None, str]) -> str:
    """Breadcrumb NavXT, hooked by an Element before the main content."""
    parts = [
        f'<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Đi đến {esc(SHORT)}." '
        f'href="{base}/" class="home"><span property="name">Trang chủ</span></a><meta property="position" content="1"></span>'
    ]
    for n, (href, label) in enumerate(trail, start=2):
        if href:
            parts.append(
                f'<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Đi đến {esc(label)}." '
                f'href="{base}{href}" class="taxonomy category"><span property="name">{esc(label)}</span></a>'
                f'<meta property="position" content="{n}"></span>'
            )
        else:
            parts.append(
                f'<span property="itemListElement" typeof="ListItem"><span property="name" class="post post-post current-item">{esc(label)}</span>'
                f'<meta property="url" content=""><meta property="position" content="{n}"></span>'
            )
    return f'<div class="breadcrumbs pgd-breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/">{" &gt; ".join(parts)}</div>'


def _query_args(request: Request, drop: str) -> list[tuple[str, str]]:
    return [(k, v) for k, v in parse_qsl(request.query, keep_blank_values=True) if k != drop]


def _gb_href(request: Request, loop: str, n: int) -> str:
    """``paginate_links`` on base ``%_%``: a relative query string keeping the other arguments."""
    key = f"query-{loop}-page"
    rest = _query_args(request, key)
    if n == 1:
        return "?" + urlencode(rest) if rest else request.path
    return "?" + urlencode([(key, str(n)), *rest])


def _loop_page(request: Request, loop: str) -> int:
    value = request.params.get(f"query-{loop}-page", "1")
    return int(value) if value.isdigit() and int(value) > 0 else 1


def _sidebar(request: Request) -> str:
    base = base_url(request)
    notices = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{base}{article_path(s)}">{_tx(s.title)}</a>'
        f'<time datetime="{_iso(s)}" class="wp-block-latest-posts__post-date">{_local(s):%d/%m/%Y}</time></li>'
        for s in newest("thong-bao")[:5]
    )
    page = _loop_page(request, SIDE_LOOP)
    chunk = newest()[(page - 1) * SIDE_PER_PAGE : page * SIDE_PER_PAGE]
    items = "".join(
        f'<div class="gb-query-loop-item post-{s.id} post type-post status-publish"><div class="gb-container gb-container-side-item">'
        f'<p class="gb-headline gb-headline-side-title gb-headline-text"><a href="{base}{article_path(s)}">{_tx(s.title)}</a></p>'
        f'<div class="gb-headline gb-headline-side-date gb-headline-text"><time class="entry-date published" datetime="{_iso(s)}">{_vn_date(s)}</time></div>'
        "</div></div>"
        for s in chunk
    )
    nav = []
    if page > 1:
        nav.append(f'<a class="prev page-numbers" href="{esc(_gb_href(request, SIDE_LOOP, page - 1))}">« Trước</a>')
    if page < SIDE_PAGES:
        nav.append(f'<a class="next page-numbers" href="{esc(_gb_href(request, SIDE_LOOP, page + 1))}">Sau »</a>')
    return f"""
	<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
	<div class="inside-right-sidebar">
		<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="{base}/">
	<label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm cho:"></label>
	<button class="search-submit" aria-label="Tìm kiếm">Tìm kiếm</button></form></aside>
		<aside id="block-5" class="widget inner-padding widget_block"><h2 class="wp-block-heading widget-title">Thông báo</h2>
<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{notices}</ul></aside>
		<aside id="block-6" class="widget inner-padding widget_block"><h2 class="gb-headline gb-headline-side gb-headline-text">Tin mới</h2>
<div class="gb-container gb-container-{SIDE_LOOP}"><div class="gb-query-loop-wrapper">{items}</div>
<div class="gb-container gb-query-loop-pagination">{" ".join(nav)}</div></div></aside>
		<aside id="block-7" class="widget inner-padding widget_block"><figure class="wp-block-image size-full"><a href="https://moet.gov.vn" target="_blank" rel="noreferrer noopener"><img decoding="async" src="{base}{UP}/2024/03/banner-bo-gddt.jpg" alt="Bộ Giáo dục và Đào tạo" /></a></figure>
<figure class="wp-block-image size-full"><a href="https://thanhhoa.edu.vn" target="_blank" rel="noreferrer noopener"><img decoding="async" src="{base}{UP}/2024/03/banner-so-gddt-thanh-hoa.jpg" alt="Sở GD&amp;ĐT Thanh Hóa" /></a></figure>
<figure class="wp-block-image size-full"><a href="https://csdl.moet.gov.vn" target="_blank" rel="noreferrer noopener"><img decoding="async" src="{base}{UP}/2024/03/banner-csdl-nganh.jpg" alt="Cơ sở dữ liệu ngành" /></a></figure></aside>
		<aside id="meta-2" class="widget inner-padding widget_meta"><h2 class="widget-title">Quản trị</h2>
		<ul><li><a href="{base}/wp-login.php">Đăng nhập</a></li>
			<li><a href="{base}/feed/">Đăng ký <abbr title="Really Simple Syndication">RSS</abbr> cho bài viết</a></li>
			<li><a href="{base}/comments/feed/">RSS cho bình luận</a></li>
			<li><a href="https://vi.wordpress.org/">WordPress.org</a></li></ul></aside>
	</div>
	</div>"""


def _footer(base: str) -> str:
    visits = 1_284_517
    return f"""
	</div>
</div>

<div class="site-footer">
	<div id="footer-widgets" class="site footer-widgets"><div class="footer-widgets-container grid-container"><div class="inside-footer-widgets">
		<div class="footer-widget-1"><aside id="block-9" class="widget inner-padding widget_block">
<h2 class="wp-block-heading">{esc(SITE.upper())}</h2>
<p>Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {PHONE} – Đường dây nóng: {HOTLINE}<br>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm nội dung: Ông Nguyễn Đình Khải – Trưởng phòng</p></aside></div>
		<div class="footer-widget-2"><aside id="block-10" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Bản đồ</h2>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3746.1!2d105.6186!3d20.1098!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zUGjDsm5nIEdEJsSQVCBUaOG6oWNoIFRow6BuaA!5e0!3m2!1svi!2s!4v1730000000000" width="100%" height="220" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe></aside></div>
		<div class="footer-widget-3"><aside id="block-11" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Thống kê truy cập</h2>
<ul class="pgd-counter"><li>Đang trực tuyến: <strong>9</strong></li><li>Hôm nay: <strong>426</strong></li><li>Hôm qua: <strong>811</strong></li><li>Tổng lượt truy cập: <strong>{visits:,}</strong></li></ul></aside></div>
	</div></div></div>
	<footer class="site-info" aria-label="Trang web" itemtype="https://schema.org/WPFooter" itemscope>
		<div class="inside-site-info grid-container">
			<div class="copyright-bar">&copy; 2026 Bản quyền thuộc {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</div>
		</div>
	</footer>
</div>

<script id="generate-menu-js" src="{base}{THEME}/assets/js/menu.min.js?ver=3.6.0"></script>
</body>
</html>
"""


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    body_class: str,
    active: str = "",
    extra: str = "",
    crumbs: str = "",
) -> str:
    base = base_url(request)
    return (
        _head(request, f"{title} &#8211; {esc(SHORT)}" if title else esc(SHORT), body_class, extra)
        + _header(base, active)
        + '\n	<div class="site grid-container container hfeed" id="page">\n		<div class="site-content" id="content">\n'
        + '	<div class="content-area" id="primary">\n		<main class="site-main" id="main">\n'
        + crumbs
        + main
        + "\n		</main>\n	</div>\n"
        + _sidebar(request)
        + _footer(base)
    )


# --------------------------------------------------------------------------- pages


def _meta_line(base: str, s: Story) -> str:
    user = s.opts["user"]
    updated = ""
    if "mod" in s.opts:
        updated = f'<time class="updated" datetime="{_iso(s, "mod")}" itemprop="dateModified">{_local(s, "mod"):%d/%m/%Y}</time>'
    return (
        f'<div class="entry-meta">\n			<span class="posted-on">{updated}<time class="entry-date published" '
        f'datetime="{_iso(s)}" itemprop="datePublished">{_local(s):%d/%m/%Y}</time></span> '
        f'<span class="byline">bởi <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>'
        f'<a class="url fn n" href="{base}/author/{user}/" title="Xem tất cả bài viết bởi {esc(USERS[user])}" rel="author" itemprop="url">'
        f'<span class="author-name" itemprop="name">{esc(USERS[user])}</span></a></span></span>		</div>'
    )


def _comments(base: str, s: Story, request: Request) -> str:
    comments = s.opts.get("comments", [])
    reply_to = request.params.get("replytocom", "")
    form = f"""<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận{' <small><a rel="nofollow" id="cancel-comment-reply-link" href="' + base + article_path(s) + '#respond">Hủy</a></small>' if reply_to else ""}</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Tên</label><input placeholder="Tên *" id="author" name="author" type="text" value="" size="30" required />
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required />
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p></form>	</div>"""
    items = []
    for cid, parent, name, at, body in comments:
        when = datetime.strptime(at, "%Y-%m-%d %H:%M")
        here = form if reply_to == str(cid) else ""
        items.append(
            f"""<li id="comment-{cid}" class="comment {"odd alt depth-2" if parent else "even thread-even depth-1"}">
		<article class="comment-body" id="div-comment-{cid}" itemtype="https://schema.org/Comment" itemscope>
			<footer class="comment-meta" aria-label="Siêu dữ liệu bình luận"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">{esc(name)}</cite></div>
				<div class="entry-meta comment-metadata"><a href="{base}{article_path(s)}#comment-{cid}"><time datetime="{when:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">{when:%d/%m/%Y} lúc {when:%H:%M}</time></a></div></div></footer>
			<div class="comment-content" itemprop="text"><p>{_tx(body)}</p>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="{base}{article_path(s)}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{s.id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" aria-label="Trả lời {esc(name)}">Trả lời</a></span></div>
		</article>{here}</li>"""
        )
    listing = ""
    if comments:
        listing = (
            f'<h3 class="comments-title">{len(comments)} bình luận về &#8220;{_tx(s.title)}&#8221;</h3>\n'
            f'<ol class="comment-list">{"".join(items)}</ol>'
        )
    bottom = form if not reply_to else ""
    return f'<div class="comments-area"><div id="comments">{listing}{bottom}</div></div>'


def _related(base: str, s: Story) -> str:
    others = [o for o in newest(s.cat) if o.id != s.id][:3]
    items = "".join(
        f'<div class="gb-query-loop-item post-{o.id}"><div class="gb-container gb-container-rel">'
        f'<h3 class="gb-headline gb-headline-rel gb-headline-text"><a href="{base}{article_path(o)}">{_tx(o.title)}</a></h3>'
        f'<div class="gb-headline gb-headline-rel-date gb-headline-text">{_vn_date(o)}</div></div></div>'
        for o in others
    )
    return (
        '<div class="gb-container gb-container-element-after-post">'
        '<div class="gb-container gb-container-share"><span class="gb-headline-text">Chia sẻ:</span> '
        f'<a class="gb-button gb-button-fb" href="https://www.facebook.com/sharer/sharer.php?u={base}{article_path(s)}" target="_blank" rel="noopener">Facebook</a> '
        f'<a class="gb-button gb-button-zalo" href="https://sp.zalo.me/share_inline?d={base}{article_path(s)}" target="_blank" rel="noopener">Zalo</a> '
        '<a class="gb-button gb-button-print" href="javascript:window.print()">In bài viết</a></div>'
        '<h2 class="gb-headline gb-headline-rel-title gb-headline-text">Tin liên quan</h2>'
        f'<div class="gb-container gb-container-rel-loop"><div class="gb-query-loop-wrapper">{items}</div></div></div>'
    )


def _article(request: Request, s: Story) -> str:
    base = base_url(request)
    _, cat_name = CATS[s.cat]
    featured = next((b for b in s.blocks if isinstance(b, Img) and b.style == "featured"), None)
    feat = ""
    if featured:
        feat = (
            '<div class="featured-image page-header-image-single grid-container grid-parent">\n'
            + _img_tag(base, featured.src, "", "attachment-full size-full", lazy=False)
            + "\n</div>"
        )
    tags = ", ".join(f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"])
    tag_line = f' <span class="tags-links"><span class="screen-reader-text">Thẻ </span>Thẻ: {tags}</span>' if tags else ""
    order = newest()
    idx = order.index(s)
    older = order[idx + 1] if idx + 1 < len(order) else None
    newer = order[idx - 1] if idx > 0 else None
    nav = ""
    if older:
        nav += f'<div class="nav-previous"><span class="prev"><a href="{base}{article_path(older)}" rel="prev">{_tx(older.title)}</a></span></div>'
    if newer:
        nav += f'<div class="nav-next"><span class="next"><a href="{base}{article_path(newer)}" rel="next">{_tx(newer.title)}</a></span></div>'
    main = f"""
			<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard{" has-post-thumbnail" if featured else ""} hentry category-{s.cat}" itemtype="https://schema.org/CreativeWork" itemscope>
				<div class="inside-article">
				{feat}
				<header class="entry-header">
				<h1 class="entry-title" itemprop="headline">{_tx(s.title)}</h1>		{_meta_line(base, s)}
				</header>

				<div class="entry-content" itemprop="text">
{_content(s, base)}
				</div>

				<footer class="entry-meta" aria-label="Meta bài viết">
			<span class="cat-links"><span class="screen-reader-text">Chuyên mục </span>Chuyên mục: <a href="{base}/chuyen-muc/{s.cat}/" rel="category tag">{esc(cat_name)}</a></span>{tag_line}
		<nav id="nav-below" class="post-navigation" aria-label="Bài viết"><span class="screen-reader-text">Điều hướng bài viết</span>{nav}</nav>		</footer>
				</div>
			</article>
			{_related(base, s)}
			{_comments(base, s, request)}"""
    extra = (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)} &raquo; {_tx(s.title)} Dòng phản hồi" href="{base}{article_path(s)}feed/" />\n'
        f'<link rel="canonical" href="{base}{article_path(s)}" />\n'
        f"<link rel='shortlink' href='{base}/?p={s.id}' />"
    )
    crumbs = _crumbs(base, (f"/chuyen-muc/{s.cat}/", cat_name), (None, s.title))
    return _page(
        request,
        _tx(s.title),
        main,
        body_class=f"post-template-default single single-post postid-{s.id} single-format-standard",
        active=f"/chuyen-muc/{s.cat}/",
        extra=extra,
        crumbs=crumbs,
    )


def _archive_item(base: str, s: Story) -> str:
    thumb = ""
    if s.images:
        thumb = (
            f'<div class="post-image"><a href="{base}{article_path(s)}">'
            + _img_tag(base, s.images[0].src, "", "attachment-medium size-medium wp-post-image")
            + "</a></div>"
        )
    cat_name = CATS[s.cat][1]
    return f"""<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard hentry category-{s.cat}" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
		<header class="entry-header">
			<h2 class="entry-title" itemprop="headline"><a href="{base}{article_path(s)}" rel="bookmark">{_tx(s.title)}</a></h2>		{_meta_line(base, s)}
		</header>
		{thumb}
		<div class="entry-summary" itemprop="text"><p>{_tx(_excerpt(s))}</p></div>
		<footer class="entry-meta" aria-label="Meta bài viết"><span class="cat-links">Chuyên mục: <a href="{base}/chuyen-muc/{s.cat}/" rel="category tag">{esc(cat_name)}</a></span></footer>
	</div>
</article>"""


def _archive(request: Request, kind: str, slug: str, page: int) -> Response | None:
    base = base_url(request)
    if kind == "category":
        items, title, root = newest(cat=slug), CATS[slug][1], f"/chuyen-muc/{slug}/"
        heading = f"Chuyên mục: <span>{esc(title)}</span>"
        body_class = f"archive category category-{slug} category-{CATS[slug][0]}"
    elif kind == "tag":
        items, title, root = newest(tag=slug), TAGS[slug], f"/tag/{slug}/"
        heading = f"Thẻ: <span>{esc(title)}</span>"
        body_class = f"archive tag tag-{slug}"
    else:
        items, title, root = newest(user=slug), USERS[slug], f"/author/{slug}/"
        heading = f'Tác giả: <span class="vcard">{esc(title)}</span>'
        body_class = f"archive author author-{slug}"
    last = _pages(len(items), PER_PAGE)
    if not items or page > last:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]

    def link(n: int) -> str:
        return f"{base}{root}" if n == 1 else f"{base}{root}page/{n}/"

    nav = ""
    if last > 1:
        bits = []
        if page > 1:
            bits.append(f'<a class="prev page-numbers" href="{link(page - 1)}">&larr; Trước</a>')
        for n in range(1, last + 1):
            if n == page:
                bits.append(f'<span aria-current="page" class="page-numbers current"><span class="screen-reader-text">Trang</span>{n}</span>')
            else:
                bits.append(f'<a class="page-numbers" href="{link(n)}"><span class="screen-reader-text">Trang</span>{n}</a>')
        if page < last:
            bits.append(f'<a class="next page-numbers" href="{link(page + 1)}">Tiếp &rarr;</a>')
        nav = (
            '<nav id="nav-below" class="paging-navigation" aria-label="Trang lưu trữ"><span class="screen-reader-text">Điều hướng</span>'
            f'<div class="nav-links">{"".join(bits)}</div></nav>'
        )
    main = (
        f'<header class="page-header" aria-label="Trang"><h1 class="page-title">{heading}</h1></header>\n'
        + "\n".join(_archive_item(base, s) for s in chunk)
        + nav
    )
    extra = ""
    if kind == "category":
        extra = f'<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)} &raquo; {esc(title)} Dòng Chuyên mục" href="{base}{root}feed/" />'
    page_title = title + (f" &#8211; Trang {page}" if page > 1 else "")
    crumbs = _crumbs(base, (None, title))
    return html(
        _page(request, page_title, main, body_class=body_class, active=root if kind == "category" else "", extra=extra, crumbs=crumbs),
        headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'},
    )


def _gb_card(base: str, s: Story, heading: str = "h2") -> str:
    img = ""
    if s.images:
        img = (
            f'<figure class="gb-block-image gb-block-image-card"><a href="{base}{article_path(s)}">'
            + _img_tag(base, s.images[0].src, "", "gb-image gb-image-card")
            + "</a></figure>"
        )
    return (
        f'<div class="gb-query-loop-item post-{s.id} post type-post status-publish format-standard hentry category-{s.cat}">'
        f'<div class="gb-container gb-container-card">{img}'
        f'<{heading} class="gb-headline gb-headline-card-title gb-headline-text"><a href="{base}{article_path(s)}">{_tx(s.title)}</a></{heading}>'
        f'<div class="gb-headline gb-headline-card-date gb-headline-text"><time class="entry-date published" datetime="{_iso(s)}">{_vn_date(s)}</time></div>'
        f'<div class="gb-headline gb-headline-card-excerpt gb-headline-text">{_tx(_excerpt(s, 25))}</div>'
        "</div></div>"
    )


def _home(request: Request) -> str:
    base = base_url(request)
    page = _loop_page(request, HOME_LOOP)
    chunk = newest()[(page - 1) * HOME_PER_PAGE : page * HOME_PER_PAGE]
    bits = []
    if page > 1:
        bits.append(f'<a class="prev page-numbers" href="{esc(_gb_href(request, HOME_LOOP, page - 1))}">Trước</a>')
    for n in range(1, HOME_PAGES + 1):
        if n == page:
            bits.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            bits.append(f'<a class="page-numbers" href="{esc(_gb_href(request, HOME_LOOP, n))}">{n}</a>')
    if page < HOME_PAGES:
        bits.append(f'<a class="next page-numbers" href="{esc(_gb_href(request, HOME_LOOP, page + 1))}">Sau</a>')
    small = ""
    for cat in ("thong-bao", "chuyen-mon"):
        rows = "".join(_gb_card(base, s, "h3") for s in newest(cat)[:3])
        small += (
            f'<div class="gb-container gb-container-home-{cat}"><h2 class="gb-headline gb-headline-section gb-headline-text">'
            f'<a href="{base}/chuyen-muc/{cat}/">{esc(CATS[cat][1])}</a></h2>'
            f'<div class="gb-query-loop-wrapper">{rows}</div></div>'
        )
    main = f"""
			<article id="post-2" class="post-2 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
				<div class="inside-article">
				<div class="entry-content" itemprop="text">
<div class="gb-container gb-container-hero"><h2 class="gb-headline gb-headline-hero gb-headline-text">Chào mừng đến với Cổng thông tin điện tử {esc(SITE)}</h2></div>
<div class="gb-container gb-container-home-news"><h2 class="gb-headline gb-headline-section gb-headline-text">Tin mới nhất</h2>
<div class="gb-container gb-container-{HOME_LOOP}"><div class="gb-query-loop-wrapper">{"".join(_gb_card(base, s) for s in chunk)}</div>
<div class="gb-container gb-query-loop-pagination">{" ".join(bits)}</div></div></div>
{small}
				</div>
				</div>
			</article>"""
    extra = f'<link rel="canonical" href="{base}/" />'
    return _page(request, "", main, body_class="home page-template-default page page-id-2", active="/", extra=extra)


_STATIC: dict[str, tuple[int, str, str]] = {
    "gioi-thieu": (
        7,
        "Giới thiệu",
        "<p>Phòng Giáo dục và Đào tạo huyện Thạch Thành là cơ quan chuyên môn thuộc UBND huyện, tham mưu, giúp"
        " UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>\n"
        "<h2 class=\"wp-block-heading\">Quy mô trường lớp</h2>\n"
        "<p>Năm học 2026 &#8211; 2027, toàn huyện có 72 trường học (27 trường mầm non, 28 trường tiểu học, 17"
        " trường THCS) với hơn 32.000 học sinh và 2.150 cán bộ, giáo viên, nhân viên.</p>\n"
        "<h2 class=\"wp-block-heading\">Lãnh đạo phòng</h2>\n"
        '<ul class="wp-block-list"><li>Ông Nguyễn Đình Khải &#8211; Trưởng phòng</li>'
        "<li>Bà Lê Thị Hồng &#8211; Phó Trưởng phòng</li><li>Ông Trịnh Văn Sơn &#8211; Phó Trưởng phòng</li></ul>",
    ),
    "lien-he": (
        9,
        "Liên hệ",
        f"<p>{esc(SITE)}<br>Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {PHONE}<br>Email: {EMAIL}</p>\n"
        '<div class="wpcf7 no-js" id="wpcf7-f35-p9-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f35-p9-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
        '<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text" name="your-name" value="" type="text" /></span></label></p>'
        '<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" name="your-email" value="" type="email" /></span></label></p>'
        '<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
        '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi đi" /></p></form></div>',
    ),
    "van-ban": (
        11,
        "Văn bản",
        "<p>Danh mục văn bản chỉ đạo, điều hành của Phòng GD&amp;ĐT huyện Thạch Thành.</p>\n"
        '<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>'
        '<tr><td>512/PGDĐT-VP</td><td>20/11/2026</td><td>V/v kiểm tra nội bộ trường học tháng 12/2026</td><td><a href="{base}/wp-content/uploads/2026/11/ke-hoach-kiem-tra-noi-bo-thang-12-2026.pdf">Tải về</a></td></tr>'
        '<tr><td>498/KH-PGDĐT</td><td>05/11/2026</td><td>Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học</td><td><a href="{base}/wp-content/uploads/2026/11/kh-hoi-thi-gvdg-tieu-hoc-2026.pdf">Tải về</a></td></tr>'
        '<tr><td>471/TB-PGDĐT</td><td>30/10/2026</td><td>Thông báo tuyển dụng giáo viên hợp đồng năm học 2026 &#8211; 2027</td><td><a href="{base}/wp-content/uploads/2026/11/tb-tuyen-dung-gv-hop-dong-2026-2027.pdf">Tải về</a></td></tr>'
        '<tr><td>402/HD-PGDĐT</td><td>12/09/2026</td><td>Hướng dẫn thực hiện nhiệm vụ năm học 2026 &#8211; 2027</td><td><a href="{base}/wp-content/uploads/2026/09/hd-nhiem-vu-nam-hoc-2026-2027.pdf">Tải về</a></td></tr>'
        "</tbody></table></figure>",
    ),
    "lich-cong-tac": (
        13,
        "Lịch công tác",
        "<p><em>Cập nhật: 23/11/2026</em></p>\n"
        '<h2 class="wp-block-heading">Lịch công tác tuần 48 (từ 23/11 đến 29/11/2026)</h2>\n'
        '<figure class="wp-block-table"><table><thead><tr><th>Thứ, ngày</th><th>Buổi</th><th>Nội dung công việc</th><th>Chủ trì</th></tr></thead><tbody>'
        "<tr><td>Thứ Hai, 23/11</td><td>Sáng</td><td>Giao ban lãnh đạo phòng</td><td>Trưởng phòng</td></tr>"
        "<tr><td>Thứ Ba, 24/11</td><td>Cả ngày</td><td>Dự giờ tại Trường TH Thạch Long</td><td>Phó Trưởng phòng Lê Thị Hồng</td></tr>"
        "<tr><td>Thứ Tư, 25/11</td><td>Chiều</td><td>Họp Hội đồng thi đua ngành</td><td>Trưởng phòng</td></tr>"
        "<tr><td>Thứ Sáu, 27/11</td><td>Sáng</td><td>Kiểm tra công tác bán trú Trường MN Thành Kim</td><td>Phó Trưởng phòng Trịnh Văn Sơn</td></tr>"
        "</tbody></table></figure>",
    ),
}


def _static_page(request: Request, slug: str) -> str:
    base = base_url(request)
    pid, title, body = _STATIC[slug]
    main = f"""
			<article id="post-{pid}" class="post-{pid} page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
				<div class="inside-article">
				<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(title)}</h1></header>
				<div class="entry-content" itemprop="text">
{body.replace("{base}", base)}
				</div>
				</div>
			</article>"""
    extra = f'<link rel="canonical" href="{base}/{slug}/" />'
    return _page(
        request,
        esc(title),
        main,
        body_class=f"page-template-default page page-id-{pid}",
        active=f"/{slug}/",
        extra=extra,
        crumbs=_crumbs(base, (None, title)),
    )


def _attachment(request: Request, s: Story) -> str:
    base = base_url(request)
    img = next(b for b in s.blocks if isinstance(b, Img) and b.style == "attach")
    slug = s.opts["attach"]
    main = f"""
			<article id="post-{s.id + 2}" class="post-{s.id + 2} attachment type-attachment status-inherit hentry" itemtype="https://schema.org/CreativeWork" itemscope>
				<div class="inside-article">
				<header class="entry-header">
				<h1 class="entry-title" itemprop="headline">{slug}</h1>		{_meta_line(base, s)}
				</header>
				<div class="entry-content" itemprop="text">
<p class="attachment"><a href="{base}{_original(img.src)}">{_img_tag(base, img.src, "", "attachment-medium size-medium", lazy=False)}</a></p>
				</div>
				<footer class="entry-meta" aria-label="Meta bài viết"><nav id="image-navigation" class="navigation image-navigation">
				<div class="nav-links"><div class="nav-parent">Đăng trong <a href="{base}{article_path(s)}">{_tx(s.title)}</a></div></div></nav></footer>
				</div>
			</article>"""
    extra = f'<link rel="canonical" href="{base}{ATTACHMENT_PATH}" />'
    return _page(request, slug, main, body_class=f"attachment attachment-template-default single single-attachment postid-{s.id + 2}", extra=extra)


def _login(request: Request) -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Đăng nhập &lsaquo; {esc(SHORT)} &#8212; WordPress</title><meta name='robots' content='max-image-preview:large, noindex, noarchive' /></head>
<body class="login no-js login-action-login wp-core-ui locale-vi">
<div id="login"><h1><a href="https://vi.wordpress.org/">Được vận hành bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="{base}/wp-login.php" method="post">
<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p>
<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" /></div>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever" /> <label for="rememberme">Tự động đăng nhập</label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p></form>
<p id="nav"><a href="{base}/wp-login.php?action=lostpassword">Quên mật khẩu?</a></p>
<p id="backtoblog"><a href="{base}/">&larr; Quay lại {esc(SHORT)}</a></p></div></body></html>"""


def _search(request: Request) -> str:
    base = base_url(request)
    q = request.params.get("s", "").strip()
    hits = [s for s in newest() if q and q.lower() in (s.title + " " + " ".join(s.paragraphs)).lower()]
    main = f'<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span>{esc(q)}</span></h1></header>\n'
    main += "\n".join(_archive_item(base, s) for s in hits) or (
        '<div class="no-results not-found"><div class="inside-article"><p>Xin lỗi, không có kết quả nào phù hợp với từ khóa của bạn.</p></div></div>'
    )
    extra = "<meta name='robots' content='noindex, follow' />"
    return _page(request, f"Kết quả tìm kiếm cho &#8220;{esc(q)}&#8221;", main, body_class="search search-results", extra=extra)


def _not_found(request: Request) -> Response:
    base = base_url(request)
    main = f"""
			<div class="inside-article">
				<header class="entry-header"><h1 class="entry-title" itemprop="headline">Không tìm thấy trang</h1></header>
				<div class="entry-content" itemprop="text"><p>Có vẻ như không có gì được tìm thấy ở vị trí này. Hãy thử tìm kiếm?</p>
<form method="get" class="search-form" action="{base}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm cho:"></label><button class="search-submit" aria-label="Tìm kiếm">Tìm kiếm</button></form>
				</div>
			</div>"""
    page = _page(request, "Không tìm thấy trang", main, body_class="error404")
    return html(page, status=404)


# --------------------------------------------------------------------------- feeds and sitemaps


def _rfc822(s: Story) -> str:
    return format_datetime(_local(s).astimezone(UTC), usegmt=False).replace("-0000", "+0000")


def _feed(request: Request, cat: str | None = None) -> Response:
    base = base_url(request)
    items = newest(cat)[:FEED_SIZE]
    link = f"{base}/chuyen-muc/{cat}/" if cat else f"{base}/"
    self_url = f"{link}feed/"
    entries = "".join(
        f"""
	<item>
		<title>{_tx(s.title)}</title>
		<link>{base}{article_path(s)}</link>
		<comments>{base}{article_path(s)}#respond</comments>
		<dc:creator><![CDATA[{USERS[s.opts["user"]]}]]></dc:creator>
		<pubDate>{_rfc822(s)}</pubDate>
		<category><![CDATA[{CATS[s.cat][1]}]]></category>
		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{_excerpt(s, 55)}]]></description>
		<content:encoded><![CDATA[{_content(s, base)}]]></content:encoded>
		<wfw:commentRss>{base}{article_path(s)}feed/</wfw:commentRss>
		<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
	</item>"""
        for s in items
    )
    title = f"{SHORT} &#8211; {CATS[cat][1]}" if cat else SHORT
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
	<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
	<link>{link}</link>
	<description>{esc(TAGLINE)}</description>
	<lastBuildDate>{_rfc822(items[0])}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.8.3</generator>{entries}
	</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _comment_feed(request: Request, s: Story | None) -> Response:
    base = base_url(request)
    pairs = [(s, c) for s in ([s] if s else newest()) for c in s.opts.get("comments", [])]
    entries = "".join(
        f"""
	<item>
		<title>Bởi: {esc(c[2])}</title>
		<link>{base}{article_path(st)}#comment-{c[0]}</link>
		<dc:creator><![CDATA[{c[2]}]]></dc:creator>
		<guid isPermaLink="false">{base}{article_path(st)}#comment-{c[0]}</guid>
		<description><![CDATA[{c[4]}]]></description>
	</item>"""
        for st, c in pairs
    )
    title = f"Bình luận về: {_tx(s.title)}" if s else f"Bình luận cho {esc(SHORT)}"
    link = f"{base}{article_path(s)}" if s else f"{base}/"
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	>
<channel>
	<title>{title}</title>
	<atom:link href="{link}{"feed/" if s else "comments/feed/"}" rel="self" type="application/rss+xml" />
	<link>{link}</link>
	<description>{esc(TAGLINE)}</description>
	<language>vi</language>{entries}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _sitemap(request: Request, which: str) -> Response | None:
    base = base_url(request)
    head = f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{base}/wp-sitemap.xsl" ?>\n'
    if which == "index":
        names = ["posts-post-1", "posts-page-1", "taxonomies-category-1", "taxonomies-post_tag-1", "users-1"]
        body = head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        body += "".join(f"<sitemap><loc>{base}/wp-sitemap-{n}.xml</loc></sitemap>" for n in names)
        body += "</sitemapindex>\n"
        return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})
    if which == "posts-post-1":
        locs = [
            f"<url><loc>{base}{article_path(s)}</loc><lastmod>{_iso(s, 'mod' if 'mod' in s.opts else 'at')}</lastmod></url>"
            for s in newest()
        ]
    elif which == "posts-page-1":
        locs = [f"<url><loc>{base}/</loc></url>"] + [f"<url><loc>{base}/{p}/</loc></url>" for p in _STATIC]
    elif which == "taxonomies-category-1":
        locs = [f"<url><loc>{base}/chuyen-muc/{c}/</loc></url>" for c in CATS]
    elif which == "taxonomies-post_tag-1":
        locs = [f"<url><loc>{base}/tag/{t}/</loc></url>" for t in TAGS if newest(tag=t)]
    elif which == "users-1":
        locs = [f"<url><loc>{base}/author/{u}/</loc></url>" for u in USERS]
    else:
        return None
    body = head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(locs) + "</urlset>\n"
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


_ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/wp-sitemap.xml\n"

_ARCHIVE = re.compile(r"^/(chuyen-muc|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/)?$")


class GeneratePressSite:
    """WordPress's rewrite rules for this site, as a table of patterns."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        base = base_url(request)
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path) or self._missing(request)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/wp-sitemap.xml":
            return _sitemap(request, "index")
        if m := re.fullmatch(r"/wp-sitemap-([a-z_-]+-\d+)\.xml", path):
            return _sitemap(request, m.group(1)) or self._missing(request)
        if path == "/wp-login.php":
            return html(_login(request), headers={"Set-Cookie": "wordpress_test_cookie=WP%20Cookie%20check; path=/"})
        if path == "/":
            if "p" in request.params and request.params["p"].isdigit():
                story = _BY_ID.get(int(request.params["p"]))
                return redirect(base + article_path(story), 301) if story else self._missing(request)
            if "s" in request.params:
                return html(_search(request))
            return html(_home(request))
        if path == "/feed/":
            return _feed(request)
        if path == "/comments/feed/":
            return _comment_feed(request, None)
        if not path.endswith("/"):
            return redirect(base + path + "/" + (f"?{request.query}" if request.query else ""), 301)
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/feed/", path):
            return _feed(request, m.group(1)) if m.group(1) in CATS else self._missing(request)
        if m := _ARCHIVE.match(path):
            kind = {"chuyen-muc": "category", "tag": "tag", "author": "author"}[m.group(1)]
            slug = m.group(2)
            known = slug in (CATS if kind == "category" else TAGS if kind == "tag" else USERS)
            if not known:
                return self._missing(request)
            if m.group(3) == "1":
                return redirect(f"{base}/{m.group(1)}/{slug}/", 301)
            page = int(m.group(3) or 1)
            return _archive(request, kind, slug, page) or self._missing(request)
        parts = path.strip("/").split("/")
        if len(parts) == 1 and parts[0] in _STATIC:
            return html(_static_page(request, parts[0]))
        story = _BY_SLUG.get(parts[0])
        if story is None:
            return self._missing(request)
        if len(parts) == 1:
            return html(_article(request, story))
        if len(parts) == 2 and parts[1] == "feed":
            return _comment_feed(request, story)
        if len(parts) == 2 and parts[1] == story.opts.get("attach"):
            return html(_attachment(request, story))
        return self._missing(request)

    @staticmethod
    def _missing(request: Request) -> Response:
        return _not_found(request)


def build_site() -> GeneratePressSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return GeneratePressSite()
