"""WordPress multisite (subdirectory install) of the Ninh Kiều district's schools, crawled from one
kindergarten's subsite: Trường Mầm non Sơn Ca (``/mnsonca/``).

Platform
    WordPress 6.x multisite, subdirectory install run by Phòng GD&ĐT quận Ninh Kiều; every school is
    a subsite on one host with one shared theme ("nk-truonghoc", built by a local vendor on the
    ``_s`` starter), plugins network-activated: Yoast SEO (breadcrumbs, canonical, og/article
    meta), Jetpack (sharing, likes, related-posts placeholder), a3 Lazy Load, Post Views Counter,
    Easy Table of Contents, WP-Polls, Contact Form 7, ThreeWP Broadcast (the district office
    cross-posts its news to the schools). WordPress's Vietnamese locale prints dates as
    ``F j, Y`` -> "Tháng Mười Hai 4, 2026" and times as ``g:i a`` -> "3:40 chiều".

URL scheme
    - network main site (the district office, blog 1): ``/``, its posts under the mandatory
      ``/blog/`` prefix of a subdirectory network: ``/blog/2026/12/<slug>/``,
      ``/blog/category/tin-giao-duc/``; short links ``/?p=<id>``;
    - this subsite (blog 7): front page ``/mnsonca/``; posts ``/mnsonca/<yyyy>/<mm>/<slug>/``
      (page 2 of a split post ``…/<slug>/2/``, attachment pages ``…/<slug>/<attachment>/``);
      categories ``/mnsonca/category/<slug>/`` and ``…/page/<n>/`` (4 posts a page; ``/page/1/``
      301s to the first page); tags ``/mnsonca/tag/<slug>/``; pages ``/mnsonca/gioi-thieu/``,
      ``/mnsonca/lien-he/``; short links ``/mnsonca/?p=<id>`` (301 to the permalink); search
      ``/mnsonca/?s=…``; feed ``/mnsonca/feed/`` (10 latest, excerpts only); uploads are
      network-wide: ``/wp-content/uploads/sites/7/<yyyy>/<mm>/<file>``;
    - sibling subsites with the same theme and the same URL shapes: ``/mnsonca2/`` (another
      kindergarten), ``/thcs-doan-thi-diem/``, ``/thcs-luong-the-vinh/``.

Page templates
    front page (static page with one block per category: the 3 latest posts of each, a "Tin nổi
    bật" slider, sidebar widgets), category archive ("Chuyên mục: …", ``nav.pagination``), tag
    archive, search, single post (Yoast breadcrumb, ``h1.entry-title``, ``.entry-meta`` with two
    ``<time>``, ``div.entry-content`` holding plugin output around the text, entry footer, "Tin
    cùng chuyên mục", comments), attachment page, WP page, RSS feed.

How each gold article is reached (START_PATH ``/mnsonca/``)
    - front page blocks: 1502, 1468, 1437 (Tin tức – Sự kiện), 1480, 1437 (Hoạt động của bé),
      1475, 1410 (Góc phụ huynh), 1498, 1335 (Tin ngành);
    - category page 1: 1390 (Tin tức – Sự kiện), 1421 (Hoạt động của bé; also the "steam" tag,
      the feed and the "Xem thêm" line of 1335); the feed (10 latest) and the "Bài viết mới"
      widget repeat the newest ones;
    - ONLY page 2 of a category listing: 1341 (``/mnsonca/category/tin-tuc-su-kien/page/2/``),
      1374 and 1327 (``/mnsonca/category/hoat-dong-cua-be/page/2/``) — no tag, feed item, widget
      or related list links them.

Traps
    1. Network scope (multisite). The shared theme's top bar is the network's: "Phòng GD&ĐT"
       (``/``) and a "Các trường" drop-down to the sibling subsites, which print posts in the very
       same template and URL shape (``/mnsonca2/2026/11/…/``, ``/thcs-doan-thi-diem/2026/11/…/``).
       One sibling's path even starts with this one's: ``/mnsonca2/`` ("Trường Mầm non Sơn Ca 2"),
       so a prefix test on "/mnsonca" lets it in. Gold: nothing outside ``/mnsonca/`` is an
       article of this crawl (the district copy of trap 3 is an alternate path of its record).
    2. Post ids are per site. ``/mnsonca/?p=1468`` and ``/mnsonca2/?p=1468`` are two different
       articles (the network front page's "Tin từ các trường" widget prints ``?p=`` short links
       of several subsites). Gold: ``/mnsonca/?p=<id>`` (a 301 to the permalink) is an alt_path of
       that article; a sibling's ``?p=`` is no record of ours.
    3. Cross-posted district news (ThreeWP Broadcast): 1498 is the district office's article
       copied to this subsite; its ``<link rel="canonical">`` and ``og:url`` point to the main
       site (``/blog/2026/12/…/``), the copy's images to ``/uploads/sites/7/``. Gold: one record,
       path = the subsite copy, canonical_path = the main-site path (as printed), the main-site
       copy in alt_paths, category "Tin ngành" (this subsite's breadcrumb), images of the copy.
    4. Split post (``<!--nextpage-->``): 1421 is printed over ``…/<slug>/`` and ``…/<slug>/2/``
       ("Trang: 1 2" inside the content, Yoast canonical of page 2 = page 2); the byline and one
       photo are on page 2 only. Gold: one article, body and images of both pages in order,
       authors from page 2, path = page 1, ``…/2/`` in alt_paths.
    5. Attachment pages: the gallery of 1502 links each thumbnail to its attachment page
       ``/mnsonca/2026/12/<post-slug>/img_2031/`` — one path segment under the post, printed with
       the post's breadcrumb, a date, a title ("IMG_2031") and the caption as text. Gold: not
       articles (one of them is in NON_ARTICLES); the gallery thumbnails (``…-150x150.jpg``, the
       ``src`` printed) are 1502's images with their ``figcaption.gallery-caption`` captions.
    6. Lazy-load placeholders (a3 Lazy Load): content photos print ``src=`` the plugin's
       ``lazy_placeholder.gif`` and the real file in ``data-src``/``data-srcset``, followed by a
       ``<noscript>`` copy with the real ``src``. Gold: each photo once, at its real path (the
       ``data-src`` = the noscript ``src``); gallery thumbnails are not lazy-loaded.
    7. Easy Table of Contents inside the text's container (1475): a "Mục lục" box with a nested
       list of links to the headings, before the first heading; the headings carry empty
       ``span.ez-toc-section`` anchors. Gold: the box is not body (its items are no list items
       of the text); the headings themselves are paragraphs.
    8. A deactivated plugin's shortcode printed raw (1335): ``[wpdm_package id='142' …]`` as a
       paragraph of its own. Gold: not body (residue of a download box).
    9. Plugin widgets inside ``div.entry-content``: "Lượt xem: …" (Post Views Counter) before the
       text; Jetpack "Chia sẻ:" buttons, "Thích điều này: Thích Đang tải..." and the empty "Có
       liên quan" related-posts placeholder after it, plus "Trang: 1 2" page links in 1421 and a
       failed YouTube oEmbed in 1502 (the bare video URL and its figcaption "Clip: …"). Gold:
       none of it is body, images or caption.
    10. Dates in the Vietnamese locale of WordPress: "Tháng Mười Một 20, 2026" (month in words,
        day after it) with the time printed apart as "lúc 12:15 chiều" (12-hour clock, sáng /
        chiều: 12:15 chiều is 12:15, 3:40 chiều is 15:40); the ``_s`` markup prints BOTH
        ``time.entry-date.published`` and ``time.updated`` inside one link (visible text
        "Tháng Mười Một 20, 2026Tháng Mười Một 21, 2026"); Yoast's ``article:published_time``
        and JSON-LD are in UTC ("+00:00"); listings print "d/m/Y"; comments and the recent-posts
        widget print other dates. Gold: the published local time with offset, e.g.
        "2026-10-28T12:15:00+07:00" (the same instant as the UTC meta).
    11. Password-protected post: "Được bảo vệ: Album ảnh bé lớp Chồi 3 …" sits in the "Hoạt động
        của bé" listing with the same permalink shape; its page prints the title, the date and a
        password form (POST to ``/mnsonca/wp-login.php?action=postpass``). Gold: not an article
        (NON_ARTICLES).
    12. Document posts: the "Văn bản" category holds posts (same permalink shape, same template,
        a date, a byline) whose content is one line about a plan/decision, a PDF link and a
        viewer iframe. Gold: not articles (NON_ARTICLES).
    13. A post filed under two categories (1437): listed in "Tin tức – Sự kiện" and "Hoạt động
        của bé"; the entry footer prints them by name ("Hoạt động của bé, Tin tức – Sự kiện") and
        the post classes ``category-hoat-dong-cua-be`` first, while Yoast's breadcrumb prints the
        primary one. Gold: category = the breadcrumb's "Tin tức – Sự kiện".
    14. A slug typed in Vietnamese (1480): WordPress prints it percent-encoded in LOWER-case hex
        (``/mnsonca/2026/11/b%c3%a9-l%c3%a0m-quen-…/``) and answers the upper-case form too.
        Gold: path as printed; the upper-case form and the short link in alt_paths.
    15. Comment reply links ``?replytocom=<n>#respond`` serve the same article (1502, 1468);
        gold: in alt_paths. Comment texts, commenter names and their dates are not the article's.
    16. Bylines: the meta prints the CMS account ("Người đăng: mnsonca": nobody); the writer is a
        right-aligned closing line in the text with roles and degrees to drop ("ThS. Đặng Thị
        Thanh Thủy – Phó Hiệu trưởng", "NVYT Phan Thị Kim Loan", "GV: Võ Thị Cẩm Tú – lớp Lá 1",
        "Ngọc Trâm (sưu tầm)"), "Tin, ảnh: X", "Bài: X – Ảnh: Y", a unit ("Tin, ảnh: Tổ Chồi"),
        a photo line that only credits ("Ảnh: Lâm Mai Anh" -> photographer, no caption),
        "Nguồn: …" / "Theo …" closing lines -> source. Captions come in three markups:
        ``figure.wp-block-image > figcaption``, ``[caption]`` output (``figure.wp-caption`` with
        ``figcaption.wp-caption-text``, or the old ``div.wp-caption`` with a
        ``p.wp-caption-text``), and a centred ``<p><em>`` line under a ``<p><img></p>``.
    17. wptexturize: straight quotes and " - " typed by the editors are printed as ``&#8220;``
        ``&#8221;`` ``&#8211;`` in titles and text; ``<title>`` adds " &#8211; <site name>".
        Gold: titles and text with the curly quotes and en dash, no site name.

Gold decisions on ambiguous points
    - published_at: the time printed after the date ("lúc …") with +07:00; never ``updated``.
    - A bold first paragraph (1498, 1475, 1341) is the sapo (summary, first body paragraph).
    - The failed oEmbed's bare URL and its "Clip: …" figcaption are neither body nor an image.
    - "(sưu tầm)" after a name is a role like a post: authors ["Ngọc Trâm"].
    - A unit signing "Tin, ảnh: Tổ Chồi" is author and photographer as printed.
    - "Xem thêm: <link>" (1335) is not body.
    - Split post: body over both pages; ``…/2/`` is an alt_path, not a second article.
    - Cross-posted article: the main-site copy (``/blog/…``) is the canonical and an alt_path
      of the subsite copy's record; images and category as on the subsite copy.
    - ``?p=`` short links (301s) are listed in alt_paths although they only redirect.
"""

from __future__ import annotations

import contextlib
import html as _html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_multisite_subsite_mamnon"
PLATFORM = "WordPress multisite (subdirectory install), shared district theme, Yoast + Jetpack"
START_PATH = "/mnsonca/"

TODAY_HEADER = "Thứ Bảy, 05/12/2026"
NOW = datetime(2026, 12, 5, 7, 30, tzinfo=timezone(timedelta(hours=7)))
PER_PAGE = 4
THEME = "/wp-content/themes/nk-truonghoc"
PLACEHOLDER = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"
NEXTPAGE = Raw("<!--nextpage-->")


# --- small helpers -----------------------------------------------------------------------------

_TX = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "’": "&#8217;"}


def tx(value: str) -> str:
    """Text as wptexturize prints it: escaped, curly quotes and dashes as numeric references."""
    out = _html.escape(value, quote=False)
    for ch, ref in _TX.items():
        out = out.replace(ch, ref)
    return out


def ascii_slug(value: str, sep: str = "-") -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", sep, s).strip(sep)


def wp_slug_href(slug: str) -> str:
    """A slug as WordPress prints it: UTF-8 percent-encoded, lower-case hex."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), quote(unicodedata.normalize("NFC", slug), safe="-"))


MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def wp_date(d: datetime) -> str:
    return f"Tháng {MONTHS[d.month - 1]} {d.day}, {d.year}"


def wp_time(d: datetime) -> str:
    h12 = d.hour % 12 or 12
    return f"{h12}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def dmy(d: datetime) -> str:
    return d.strftime("%d/%m/%Y")


def utc_iso(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{tx(line)}</{tag}></p>')


SPACER = Raw("<p>&nbsp;</p>")


def up(month: str, name: str, site: int = 7) -> str:
    return f"/wp-content/uploads/sites/{site}/2026/{month}/{name}"


# --- the network -------------------------------------------------------------------------------


@dataclass
class Blog:
    key: str  # first path segment ("" for the main site)
    name: str
    tagline: str
    blog_id: int
    cats: dict[str, str]
    address: str
    phone: str
    email: str
    posts: list[Story] = field(default_factory=list)
    pages: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def home(self) -> str:
        return f"/{self.key}/" if self.key else "/"

    @property
    def post_base(self) -> str:
        return f"/{self.key}" if self.key else "/blog"

    def post_path(self, story: Story) -> str:
        d = dt(story.published_at)
        slug = wp_slug_href(story.slug)
        return f"{self.post_base}/{d.year}/{d.month:02d}/{slug}/"

    def cat_path(self, slug: str, page: int = 1) -> str:
        base = f"{self.post_base}/category/{slug}/"
        return base if page == 1 else f"{base}page/{page}/"

    def tag_path(self, slug: str) -> str:
        return f"{self.post_base}/tag/{slug}/"

    def by_cat(self, slug: str) -> list[Story]:
        return sorted(
            (s for s in self.posts if slug in s.opts.get("cats", [s.cat])),
            key=lambda s: s.published_at,
            reverse=True,
        )

    def latest(self) -> list[Story]:
        return sorted(self.posts, key=lambda s: s.published_at, reverse=True)


TAGS = {
    "be-khoe-be-ngoan": "bé khỏe bé ngoan",
    "20-11": "20-11",
    "steam": "STEAM",
    "dinh-duong": "dinh dưỡng",
}

SONCA_CATS = {
    "tin-tuc-su-kien": "Tin tức – Sự kiện",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
    "tin-nganh": "Tin ngành",
    "van-ban": "Văn bản",
}

# --- the 13 articles of Trường Mầm non Sơn Ca ---------------------------------------------------

S1502 = Story(
    id=1502,
    slug="truong-mam-non-son-ca-to-chuc-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
    title="Trường Mầm non Sơn Ca tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T15:40:00+07:00",
    blocks=[
        P(
            "Sáng ngày 03/12/2026, tại sân trường, Trường Mầm non Sơn Ca đã tổ chức Hội thi “Bé khỏe – Bé "
            "ngoan” dành cho trẻ mẫu giáo các khối Mầm, Chồi, Lá. Hội thi nhằm đánh giá kết quả giáo dục "
            "phát triển vận động và thói quen tự phục vụ của trẻ sau ba tháng đầu năm học."
        ),
        P(
            "Tham dự hội thi có bà Nguyễn Thị Thanh Tâm, Hiệu trưởng nhà trường; đại diện Ban đại diện cha "
            "mẹ học sinh cùng đông đủ giáo viên, nhân viên và hơn 320 bé của 11 lớp mẫu giáo.",
            style="nbsp",
        ),
        Img(
            up("12", "z6098123456781_4f2a9c1d0b7e-1024x768.jpg"),
            "Cô Nguyễn Thị Thanh Tâm, Hiệu trưởng nhà trường phát biểu khai mạc hội thi",
            "Cô Nguyễn Thị Thanh Tâm, Hiệu trưởng nhà trường phát biểu khai mạc hội thi",
            style="figure",
        ),
        P(
            "Hội thi gồm ba phần: đồng diễn thể dục buổi sáng, thi vận động “Ai nhanh nhất” và phần thi "
            "“Bé tự phục vụ” với các nội dung như xếp dép ngay ngắn, gấp khăn, tự mặc áo khoác và rửa tay "
            "đúng sáu bước."
        ),
        P(
            "Ở phần đồng diễn, các bé khối Lá mở màn với bài thể dục nhịp điệu “Tập thể dục buổi sáng”, "
            "động tác đều và đẹp mắt. Khối Chồi và khối Mầm tiếp nối với bài tập cùng vòng và cờ màu sắc, "
            "nhận được những tràng pháo tay cổ vũ của ba mẹ."
        ),
        P(
            "Phần thi vận động diễn ra sôi nổi với các trò chơi bật qua vòng, bò chui qua cổng, ném bóng vào "
            "rổ và chạy tiếp sức. Dù trời nắng, các bé vẫn hăng hái thi đấu, biết chờ đến lượt và động viên "
            "bạn cùng đội."
        ),
        Img(
            up("12", "IMG_2031-150x150.jpg"),
            "Bé khối Lá đồng diễn thể dục nhịp điệu",
            "Bé khối Lá đồng diễn thể dục nhịp điệu",
            style="gallery",
        ),
        Img(
            up("12", "IMG_2036-150x150.jpg"),
            "Phần thi bò chui qua cổng của bé khối Chồi",
            "Phần thi bò chui qua cổng của bé khối Chồi",
            style="gallery",
        ),
        Img(
            up("12", "IMG_2040-150x150.jpg"),
            "Bé lớp Mầm 2 thi xếp dép ngay ngắn",
            "Bé lớp Mầm 2 thi xếp dép ngay ngắn",
            style="gallery",
        ),
        Raw(
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
            'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
            "https://www.youtube.com/watch?v=Qx7bSonCa26\n</div><figcaption class=\"wp-element-caption\">"
            "Clip: Các bé khối Lá đồng diễn thể dục nhịp điệu</figcaption></figure>"
        ),
        P(
            "Kết thúc hội thi, Ban tổ chức đã trao 3 giải Nhất, 3 giải Nhì, 5 giải Ba và 11 giải Khuyến "
            "khích cho các tập thể lớp. Lớp Lá 2, lớp Chồi 1 và lớp Mầm 3 xuất sắc đạt giải Nhất của từng "
            "khối."
        ),
        P(
            "Thông qua hội thi, nhà trường mong muốn giúp trẻ rèn luyện sức khỏe, mạnh dạn, tự tin khi tham "
            "gia các hoạt động tập thể, đồng thời tạo cơ hội để phụ huynh hiểu hơn về chương trình giáo dục "
            "thể chất của trẻ tại trường."
        ),
        right("Tin, ảnh: Lê Thị Thu Hà"),
    ],
    authors=["Lê Thị Thu Hà"],
    photographers=["Lê Thị Thu Hà"],
    opts={
        "tags": ["be-khoe-be-ngoan"],
        "updated": "2026-12-05T07:02:00+07:00",
        "comments": [
            (61, "Mẹ bé Gia Hân", "2026-12-04T19:12:00+07:00",
             "Cảm ơn các cô đã tổ chức hội thi thật vui, bé nhà em về kể mãi phần thi xếp dép."),
            (62, "Phụ huynh lớp Chồi 1", "2026-12-04T20:47:00+07:00",
             "Con rất thích phần bò chui qua cổng. Mong nhà trường tổ chức thêm nhiều hoạt động như vậy."),
        ],
    },
)

S1498 = Story(
    id=1498,
    slug="quan-ninh-kieu-tong-ket-hoi-thi-giao-vien-mam-non-sang-tao-nam-2026",
    title="Quận Ninh Kiều tổng kết Hội thi “Giáo viên mầm non sáng tạo” năm 2026",
    cat="tin-nganh",
    published_at="2026-12-03T09:00:00+07:00",
    blocks=[
        P(
            "Chiều ngày 02/12/2026, Phòng Giáo dục và Đào tạo quận Ninh Kiều tổ chức lễ tổng kết và trao "
            "giải Hội thi “Giáo viên mầm non sáng tạo” năm 2026. Hội thi thu hút 64 giáo viên đến từ 27 "
            "trường mầm non công lập và ngoài công lập trên địa bàn quận.",
            style="bold",
        ),
        P(
            "Hội thi được tổ chức từ ngày 10/11 đến ngày 28/11/2026 với hai phần thi chính: thiết kế môi "
            "trường hoạt động theo hướng lấy trẻ làm trung tâm và tổ chức hoạt động học có ứng dụng đồ dùng, "
            "đồ chơi tự làm từ nguyên vật liệu sẵn có ở địa phương."
        ),
        P(
            "Theo đánh giá của Ban giám khảo, các tiết dạy năm nay có nhiều đổi mới, giáo viên chú trọng tạo "
            "cơ hội cho trẻ được trải nghiệm, khám phá và chia sẻ ý kiến. Nhiều đồ dùng được làm từ vỏ dừa, "
            "bẹ chuối, lục bình, mang đậm nét văn hóa vùng sông nước Cần Thơ."
        ),
        Img(
            up("12", "tong-ket-hoi-thi-gvmn-sang-tao-1024x683.jpg"),
            "Lãnh đạo Phòng GD&ĐT trao giải Nhất cho các giáo viên đạt thành tích xuất sắc",
            "Lãnh đạo Phòng GD&ĐT trao giải Nhất cho các giáo viên đạt thành tích xuất sắc",
            style="wpcap",
        ),
        P(
            "Kết quả, Ban tổ chức trao 6 giải Nhất, 10 giải Nhì, 14 giải Ba và 18 giải Khuyến khích. Trường "
            "Mầm non Sơn Ca có cô Võ Thị Cẩm Tú đạt giải Nhất với tiết dạy “Bé khám phá vật chìm – vật nổi” "
            "và cô Phạm Thị Hồng Nhung đạt giải Ba."
        ),
        P(
            "Phát biểu bế mạc, bà Lê Thị Ngọc Diệp, Phó Trưởng phòng Giáo dục và Đào tạo quận đề nghị các "
            "trường tiếp tục nhân rộng những cách làm hay từ hội thi, tăng cường sinh hoạt chuyên môn theo "
            "cụm trường để giáo viên có điều kiện học hỏi lẫn nhau."
        ),
        right("Huỳnh Mỹ Duyên"),
        Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT quận Ninh Kiều</em></p>'),
    ],
    authors=["Huỳnh Mỹ Duyên"],
    source="Phòng GD&ĐT quận Ninh Kiều",
    summary=(
        "Chiều ngày 02/12/2026, Phòng Giáo dục và Đào tạo quận Ninh Kiều tổ chức lễ tổng kết và trao "
        "giải Hội thi “Giáo viên mầm non sáng tạo” năm 2026. Hội thi thu hút 64 giáo viên đến từ 27 "
        "trường mầm non công lập và ngoài công lập trên địa bàn quận."
    ),
    opts={"broadcast_of": 2210, "updated": "2026-12-03T09:00:00+07:00"},
)

S1480 = Story(
    id=1480,
    slug="bé-làm-quen-chữ-cái-qua-trò-chơi-dân-gian",
    title="Bé làm quen chữ cái qua trò chơi dân gian",
    cat="hoat-dong-cua-be",
    published_at="2026-11-27T10:15:00+07:00",
    blocks=[
        P(
            "Nhằm giúp trẻ 5 – 6 tuổi làm quen với chữ cái một cách nhẹ nhàng, hứng thú, trong tháng 11 các "
            "lớp khối Lá đã lồng ghép nhiều trò chơi dân gian quen thuộc vào hoạt động làm quen chữ viết."
        ),
        P(
            "Thay vì chỉ nhìn thẻ chữ và phát âm, các bé được chơi “Ô ăn quan chữ cái”, “Nhảy lò cò tìm "
            "chữ” hay “Rồng rắn lên mây” với những chiếc mũ gắn chữ cái ngộ nghĩnh. Mỗi khi tìm đúng chữ, cả "
            "đội lại reo lên thích thú."
        ),
        Img(up("11", "z6041177520318_5b8f1c2a9e-1024x768.jpg"), "Ảnh: Lâm Mai Anh", None, style="em-next"),
        P(
            "Cô Trương Thị Mỹ Tiên, giáo viên lớp Lá 3 chia sẻ: “Trò chơi dân gian có luật chơi đơn giản, trẻ "
            "nhớ rất nhanh. Khi gắn chữ cái vào trò chơi, bé nhận biết chữ tự nhiên hơn, không bị gò bó, lại "
            "được vận động nhiều”."
        ),
        P(
            "Bên cạnh đó, giáo viên còn tận dụng hột me, hạt sen, que kem để bé xếp hình chữ cái, kết hợp đọc "
            "đồng dao, ca dao có chứa chữ cái vừa học. Góc thư viện của lớp được bổ sung thêm sách tranh chữ "
            "to để bé tự “đọc” cùng bạn."
        ),
        P(
            "Sau một tháng thực hiện, phần lớn trẻ khối Lá nhận biết và phát âm đúng các nhóm chữ cái o, ô, "
            "ơ; a, ă, â; e, ê. Nhà trường sẽ tiếp tục nhân rộng cách làm này sang các nhóm chữ cái còn lại "
            "trong học kỳ I."
        ),
        Img(up("11", "z6041177533902_0c7d2e8f41-1024x768.jpg"), "Ảnh: Lâm Mai Anh", None, style="em-next"),
    ],
    photographers=["Lâm Mai Anh"],
    opts={"updated": "2026-11-27T10:40:00+07:00"},
)

S1475 = Story(
    id=1475,
    slug="phong-benh-tay-chan-mieng-cho-tre-mam-non-nhung-dieu-cha-me-can-biet",
    title="Phòng bệnh tay chân miệng cho trẻ mầm non: những điều cha mẹ cần biết",
    cat="goc-phu-huynh",
    published_at="2026-11-24T14:05:00+07:00",
    blocks=[
        P(
            "Thời điểm cuối năm, khi thời tiết chuyển mùa, bệnh tay chân miệng thường gia tăng ở trẻ dưới 5 "
            "tuổi. Nhân viên y tế nhà trường xin gửi đến quý phụ huynh một số thông tin cần thiết để cùng "
            "phòng bệnh cho bé.",
            style="bold",
        ),
        P("1. Bệnh tay chân miệng là gì?", style="h2"),
        P(
            "Tay chân miệng là bệnh truyền nhiễm cấp tính do vi rút đường ruột gây ra, lây chủ yếu qua đường "
            "tiêu hóa và tiếp xúc trực tiếp với dịch tiết từ mũi, họng, nước bọt, dịch từ các bóng nước hoặc "
            "phân của trẻ bệnh."
        ),
        P("2. Dấu hiệu nhận biết", style="h2"),
        P(
            "Trẻ thường sốt nhẹ, mệt mỏi, chán ăn, sau đó xuất hiện các vết loét đỏ hoặc phỏng nước ở vòm "
            "miệng, lợi, lưỡi và các nốt phát ban dạng phỏng nước ở lòng bàn tay, lòng bàn chân, gối, mông."
        ),
        P("Cha mẹ cần đưa trẻ đến cơ sở y tế ngay khi thấy trẻ có một trong các dấu hiệu sau:"),
        P("Sốt cao trên 39 độ C hoặc sốt không hạ sau khi dùng thuốc;", style="li"),
        P("Giật mình, chới với, quấy khóc liên tục, ngủ li bì;", style="li"),
        P("Nôn nhiều, đi loạng choạng, run tay chân.", style="li"),
        P("3. Cách phòng bệnh tại gia đình", style="h2"),
        P(
            "Rửa tay thường xuyên bằng xà phòng dưới vòi nước chảy cho cả trẻ và người chăm sóc, đặc biệt "
            "trước khi chế biến thức ăn, trước khi cho trẻ ăn và sau khi thay tã, đi vệ sinh."
        ),
        P(
            "Lau rửa sàn nhà, đồ chơi, tay nắm cửa bằng xà phòng hoặc dung dịch khử khuẩn thông thường; cho "
            "trẻ ăn chín, uống chín, không cho trẻ mút tay, ngậm đồ chơi."
        ),
        Img(
            up("11", "rua-tay-dung-cach-lop-choi-2-1024x768.jpg"),
            "Nhân viên y tế hướng dẫn các bé lớp Chồi 2 rửa tay đúng cách",
            "Nhân viên y tế hướng dẫn các bé lớp Chồi 2 rửa tay đúng cách",
            style="figure",
        ),
        P("4. Phối hợp cùng nhà trường", style="h2"),
        P(
            "Khi trẻ mắc bệnh, phụ huynh vui lòng cho trẻ nghỉ học ở nhà ít nhất 10 ngày kể từ khi khởi phát "
            "và báo ngay cho giáo viên chủ nhiệm để nhà trường khử khuẩn lớp học, theo dõi sức khỏe các bé "
            "khác."
        ),
        right("NVYT Phan Thị Kim Loan"),
    ],
    authors=["Phan Thị Kim Loan"],
    summary=(
        "Thời điểm cuối năm, khi thời tiết chuyển mùa, bệnh tay chân miệng thường gia tăng ở trẻ dưới 5 "
        "tuổi. Nhân viên y tế nhà trường xin gửi đến quý phụ huynh một số thông tin cần thiết để cùng "
        "phòng bệnh cho bé."
    ),
    opts={"tags": ["dinh-duong"], "toc": True, "updated": "2026-11-25T08:10:00+07:00"},
)

S1468 = Story(
    id=1468,
    slug="am-ap-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Ấm áp lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T08:00:00+07:00",
    blocks=[
        P(
            "Sáng ngày 19/11/2026, Trường Mầm non Sơn Ca long trọng tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 – 20/11/2026). Đến dự có ông Trần Quốc Việt, Phó Chủ tịch UBND phường Tân "
            "An cùng đại diện Ban đại diện cha mẹ học sinh nhà trường."
        ),
        P(
            "Mở đầu buổi lễ là chương trình văn nghệ chào mừng do các bé và giáo viên biểu diễn với những "
            "tiết mục ca múa “Cô giáo em”, “Bông hồng tặng cô” và màn múa “Dòng sông quê em” mang đậm sắc màu "
            "miền Tây."
        ),
        Img(
            up("11", "mua-dong-song-que-em-1024x683.jpg"),
            "Tiết mục múa “Dòng sông quê em” của tập thể giáo viên",
            "Tiết mục múa “Dòng sông quê em” của tập thể giáo viên",
            style="wpcap",
        ),
        P(
            "Tại buổi lễ, bà Nguyễn Thị Thanh Tâm, Hiệu trưởng nhà trường ôn lại truyền thống ngày Nhà giáo "
            "Việt Nam và điểm lại những kết quả nổi bật của tập thể sư phạm trong năm học vừa qua: 100% trẻ "
            "được đảm bảo an toàn tuyệt đối, 98,6% trẻ đạt chuẩn phát triển theo độ tuổi, nhà trường được "
            "công nhận đạt Kiểm định chất lượng giáo dục cấp độ 3."
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên, nhân viên có thành tích xuất sắc trong "
            "phong trào thi đua “Hai tốt”, đồng thời tri ân các thầy cô đã nghỉ hưu từng gắn bó với trường."
        ),
        Img(
            up("11", "trao-giay-khen-20-11-1024x683.jpg"),
            "Hiệu trưởng nhà trường trao giấy khen cho giáo viên, nhân viên đạt thành tích xuất sắc",
            "Hiệu trưởng nhà trường trao giấy khen cho giáo viên, nhân viên đạt thành tích xuất sắc",
            style="wpcap",
        ),
        P("Buổi lễ khép lại trong không khí ấm cúng, nghĩa tình."),
        P("Mỗi thầy cô đều nhận được những bông hoa, tấm thiệp do chính tay các bé làm tặng.", style="br"),
        SPACER,
        right("Bài: Nguyễn Thị Ngọc Hân – Ảnh: Trần Minh Thư", tag="em"),
    ],
    authors=["Nguyễn Thị Ngọc Hân"],
    photographers=["Trần Minh Thư"],
    opts={
        "tags": ["20-11"],
        "updated": "2026-11-21T09:12:00+07:00",
        "comments": [
            (58, "Nguyễn Hoàng Phúc", "2026-11-20T21:03:00+07:00",
             "Chúc các cô luôn mạnh khỏe, hạnh phúc và mãi yêu nghề. Cảm ơn các cô đã chăm sóc các con."),
        ],
    },
)

S1437 = Story(
    id=1437,
    slug="be-khoi-choi-tham-quan-trai-rau-sach-phuong-an-binh",
    title="Bé khối Chồi tham quan trại rau sạch phường An Bình",
    cat="tin-tuc-su-kien",
    published_at="2026-11-12T09:30:00+07:00",
    blocks=[
        P(
            "Trong khuôn khổ chủ đề “Thế giới thực vật”, ngày 11/11/2026, hơn 100 bé khối Chồi của Trường "
            "Mầm non Sơn Ca đã có buổi tham quan, trải nghiệm thực tế tại trại rau sạch của Hợp tác xã An "
            "Bình."
        ),
        P(
            "Tại đây, các bé được cô chú kỹ sư nông nghiệp giới thiệu về các loại rau quen thuộc trong bữa ăn "
            "hằng ngày như rau muống, cải ngọt, mồng tơi, rau dền; được quan sát cách làm đất, gieo hạt, tưới "
            "nước và thu hoạch rau."
        ),
        Img(
            up("11", "tham-quan-trai-rau-1-1024x768.jpg"),
            "Bé nghe cô chú kỹ sư giới thiệu về các loại rau",
            "Bé nghe cô chú kỹ sư giới thiệu về các loại rau",
            style="wpcap-old",
        ),
        P(
            "Hào hứng nhất là phần “Bé làm nông dân nhí”: mỗi bé tự tay trồng một cây cải con vào chậu nhỏ và "
            "mang về lớp chăm sóc. Nhiều bé còn được hái rau muống, nhổ củ cải trắng cùng các cô chú."
        ),
        Img(
            up("11", "tham-quan-trai-rau-2-1024x768.jpg"),
            "Bé tập làm “nông dân nhí”",
            "Bé tập làm “nông dân nhí”",
            style="wpcap-old",
        ),
        P(
            "Chuyến tham quan giúp trẻ mở rộng hiểu biết về quá trình phát triển của cây, biết quý trọng công "
            "sức người lao động và hình thành thói quen ăn nhiều rau xanh. Những chậu cải do các bé trồng hiện "
            "đang được chăm sóc tại “Góc thiên nhiên” của từng lớp."
        ),
        right("Tin, ảnh: Tổ Chồi"),
    ],
    authors=["Tổ Chồi"],
    photographers=["Tổ Chồi"],
    opts={"cats": ["tin-tuc-su-kien", "hoat-dong-cua-be"], "updated": "2026-11-12T16:45:00+07:00"},
)

S1421 = Story(
    id=1421,
    slug="tiet-hoc-steam-thuyen-nao-noi-duoc-cua-be-lop-la-1",
    title="Tiết học STEAM “Thuyền nào nổi được?” của bé lớp Lá 1",
    cat="hoat-dong-cua-be",
    published_at="2026-11-05T15:00:00+07:00",
    blocks=[
        P(
            "Giáo dục STEAM đang được Trường Mầm non Sơn Ca triển khai ở tất cả các lớp mẫu giáo từ đầu năm "
            "học. Mới đây, lớp Lá 1 đã tổ chức tiết học STEAM “Thuyền nào nổi được?” thu hút sự chú ý của "
            "nhiều giáo viên dự giờ."
        ),
        P(
            "Tiết học được thiết kế theo quy trình 5E gồm: gắn kết, khám phá, giải thích, áp dụng và đánh "
            "giá. Ở bước gắn kết, cô giáo kể câu chuyện ngắn về bạn Tí muốn đưa chú mèo qua sông nhưng không "
            "có thuyền, từ đó đặt câu hỏi để các bé cùng suy nghĩ."
        ),
        Img(
            up("11", "steam-thuyen-noi-1-1024x768.jpg"),
            "Các bé thả thử vật liệu vào chậu nước",
            "Các bé thả thử vật liệu vào chậu nước",
            style="figure",
        ),
        P(
            "Ở bước khám phá, các bé được chia thành năm nhóm, mỗi nhóm nhận một rổ vật liệu gồm giấy bìa, "
            "xốp, nắp chai, lá chuối, đất nặn và ống hút. Các bé thả thử từng vật vào chậu nước, quan sát rồi "
            "dán kết quả vào bảng “chìm – nổi”."
        ),
        NEXTPAGE,
        P(
            "Sang bước áp dụng, mỗi nhóm cùng bàn bạc, vẽ phác thảo và tự làm một chiếc thuyền từ những vật "
            "liệu nổi. Có nhóm dùng nắp chai ghép lại bằng băng keo, có nhóm lấy bẹ chuối làm thân và lá khô "
            "làm buồm."
        ),
        Img(
            up("11", "steam-thuyen-noi-2-1024x768.jpg"),
            "Thuyền bẹ chuối của nhóm “Cá heo”",
            "Thuyền bẹ chuối của nhóm “Cá heo”",
            style="figure",
        ),
        P(
            "Khi thả thuyền, một số chiếc bị nghiêng và chìm. Thay vì làm giúp, cô gợi ý để các bé tìm nguyên "
            "nhân, thay đổi cách đặt “hành khách” là những chú mèo bằng đất nặn cho cân bằng rồi thử lại."
        ),
        P(
            "Cuối giờ, từng nhóm lên giới thiệu chiếc thuyền của mình. Bé Nguyễn Gia Bảo hào hứng kể: “Thuyền "
            "của tụi con chở được ba con mèo mà không chìm vì tụi con làm đáy to”."
        ),
        P(
            "Qua tiết học, trẻ không chỉ biết thêm về vật chìm, vật nổi mà còn được rèn kỹ năng làm việc "
            "nhóm, kiên trì thử nghiệm và mạnh dạn trình bày ý tưởng."
        ),
        right("GV: Võ Thị Cẩm Tú – lớp Lá 1"),
    ],
    authors=["Võ Thị Cẩm Tú"],
    opts={"tags": ["steam"], "updated": "2026-11-06T07:50:00+07:00"},
)

S1410 = Story(
    id=1410,
    slug="cha-me-nen-lam-gi-khi-tre-bieng-an",
    title="Cha mẹ nên làm gì khi trẻ biếng ăn?",
    cat="goc-phu-huynh",
    published_at="2026-11-02T19:45:00+07:00",
    blocks=[
        P(
            "Biếng ăn là tình trạng thường gặp ở trẻ từ 1 đến 5 tuổi, khiến không ít phụ huynh lo lắng mỗi "
            "bữa cơm. Việc ép trẻ ăn hoặc dỗ dành bằng điện thoại, tivi không những không hiệu quả mà còn làm "
            "tình trạng biếng ăn kéo dài."
        ),
        P(
            "Trước hết, cha mẹ cần tìm hiểu nguyên nhân. Trẻ có thể biếng ăn do đang mọc răng, mới ốm dậy, bị "
            "táo bón, do thức ăn không phù hợp với độ tuổi hoặc do không khí bữa ăn căng thẳng.",
            style="nbsp",
        ),
        P("Một số lưu ý giúp bữa ăn của trẻ nhẹ nhàng hơn:"),
        P("Cho trẻ ăn đúng giờ, mỗi bữa không kéo dài quá 30 phút;", style="li"),
        P("Thay đổi món ăn, cách chế biến, trình bày đẹp mắt, nhiều màu sắc;", style="li"),
        P("Không cho trẻ ăn vặt, uống sữa ngọt ngay trước bữa chính;", style="li"),
        P("Cho trẻ ngồi ăn cùng gia đình, khen ngợi khi trẻ tự xúc ăn.", style="li"),
        P(
            "Nếu trẻ biếng ăn kéo dài kèm sụt cân, chậm tăng chiều cao, cha mẹ nên đưa trẻ đến khám chuyên "
            "khoa dinh dưỡng để được tư vấn cụ thể, không tự ý mua thuốc kích thích ăn hay men tiêu hóa cho "
            "trẻ uống."
        ),
        Img(
            up("11", "bua-an-ban-tru-1024x768.jpg"),
            "Bữa ăn bán trú đa dạng món giúp bé ăn ngon miệng hơn",
            "Bữa ăn bán trú đa dạng món giúp bé ăn ngon miệng hơn",
            style="em-next",
        ),
        right("Ngọc Trâm (sưu tầm)"),
        Raw('<p style="text-align: right;"><em>Theo Viện Dinh dưỡng Quốc gia</em></p>'),
    ],
    authors=["Ngọc Trâm"],
    source="Viện Dinh dưỡng Quốc gia",
    opts={"tags": ["dinh-duong"], "updated": "2026-11-03T06:30:00+07:00"},
)

S1390 = Story(
    id=1390,
    slug="tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho-nam-2026",
    title="Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-28T12:15:00+07:00",
    blocks=[
        P(
            "Nhằm nâng cao ý thức và kỹ năng xử lý tình huống khi có cháy, nổ xảy ra, ngày 27/10/2026, Trường "
            "Mầm non Sơn Ca phối hợp với Đội Cảnh sát PCCC và CNCH quận Ninh Kiều tổ chức buổi tập huấn cho "
            "toàn thể cán bộ, giáo viên, nhân viên nhà trường."
        ),
        P(
            "Tại buổi tập huấn, cán bộ Cảnh sát PCCC đã phổ biến các quy định của pháp luật về phòng cháy, "
            "chữa cháy; nguyên nhân thường gặp gây cháy tại trường học như chập điện, sử dụng bếp gas không "
            "an toàn và cách phòng tránh."
        ),
        P(
            "Phần thực hành diễn ra sôi nổi với các nội dung: sử dụng bình chữa cháy xách tay, kéo vòi chữa "
            "cháy, thoát nạn qua hành lang có khói và sơ cứu người bị bỏng, ngạt khói. Đặc biệt, giáo viên "
            "được hướng dẫn cách tổ chức cho trẻ di chuyển theo hàng, dùng khăn ướt che mũi miệng và tập trung "
            "tại điểm an toàn."
        ),
        Img(
            up("10", "tap-huan-pccc-2026-1024x683.jpg"),
            "Giáo viên thực hành dập lửa bằng bình chữa cháy xách tay",
            "Giáo viên thực hành dập lửa bằng bình chữa cháy xách tay",
            style="wpcap",
        ),
        P(
            "Buổi tập huấn giúp đội ngũ nhà trường chủ động hơn trong công tác bảo đảm an toàn cho trẻ. Sau "
            "tập huấn, nhà trường sẽ tổ chức diễn tập thoát nạn định kỳ cho trẻ vào tuần thứ hai của mỗi "
            "tháng."
        ),
        right("ThS. Đặng Thị Thanh Thủy – Phó Hiệu trưởng"),
    ],
    authors=["Đặng Thị Thanh Thủy"],
    opts={"updated": "2026-10-29T08:00:00+07:00"},
)

S1374 = Story(
    id=1374,
    slug="be-vui-ngay-hoi-doc-sach-cung-ba-me",
    title="Bé vui Ngày hội đọc sách cùng ba mẹ",
    cat="hoat-dong-cua-be",
    published_at="2026-10-22T16:20:00+07:00",
    blocks=[
        P(
            "Chiều ngày 21/10/2026, thư viện thân thiện của Trường Mầm non Sơn Ca rộn ràng tiếng cười trong "
            "Ngày hội đọc sách “Ba mẹ kể – Bé nghe”. Đây là lần đầu tiên nhà trường mời phụ huynh cùng tham "
            "gia kể chuyện cho trẻ ngay tại lớp."
        ),
        P(
            "Hơn 60 phụ huynh đã đăng ký làm “người kể chuyện”. Mỗi ba mẹ chọn một cuốn truyện tranh yêu "
            "thích, kể cho nhóm 8 – 10 bé nghe rồi cùng các bé trò chuyện về nhân vật, vẽ lại đoạn truyện mà "
            "bé thích nhất."
        ),
        Img(
            up("10", "ngay-hoi-doc-sach-1024x768.jpg"),
            "Ba của bé Minh Khang (lớp Chồi 2) kể chuyện “Cây khế” cho các bé",
            "Ba của bé Minh Khang (lớp Chồi 2) kể chuyện “Cây khế” cho các bé",
            style="figure",
        ),
        P(
            "Anh Lâm Quốc Huy, phụ huynh lớp Chồi 2 cho biết: “Ở nhà tôi ít có thời gian đọc sách cho con. "
            "Hôm nay được kể chuyện cho cả nhóm bé nghe, thấy các con chăm chú và hỏi lại nhiều câu rất ngộ "
            "nghĩnh, tôi tự nhủ sẽ dành ít nhất 15 phút mỗi tối đọc sách cùng con”."
        ),
        P(
            "Kết thúc ngày hội, thư viện nhà trường nhận thêm 215 cuốn sách, truyện tranh do phụ huynh quyên "
            "góp. Số sách này được bổ sung vào “Tủ sách lưu động” để các lớp luân phiên sử dụng."
        ),
        right("Phạm Thị Hồng Nhung – Tổ Chồi"),
    ],
    authors=["Phạm Thị Hồng Nhung"],
    opts={"updated": "2026-10-23T10:05:00+07:00"},
)

S1341 = Story(
    id=1341,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-15T10:00:00+07:00",
    blocks=[
        P(
            "Ngày 14/10/2026, Trường Mầm non Sơn Ca long trọng tổ chức Hội nghị viên chức, người lao động "
            "năm học 2026 – 2027 với sự tham dự của 58/60 cán bộ, giáo viên, nhân viên.",
            style="bold",
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học mới; báo cáo "
            "công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân và sửa đổi, bổ sung Quy chế chi "
            "tiêu nội bộ, Quy chế dân chủ ở cơ sở."
        ),
        P(
            "Năm học 2026 – 2027, nhà trường đặt mục tiêu duy trì 100% trẻ được ăn bán trú, giảm tỉ lệ trẻ suy "
            "dinh dưỡng thể thấp còi xuống dưới 2%, phấn đấu có thêm 5 giáo viên đạt giáo viên dạy giỏi cấp "
            "quận."
        ),
        Img(up("10", "hoi-nghi-vckl-2026-1024x576.jpg"), None, None, style="plain"),
        P(
            "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến về chế độ làm việc của giáo viên, việc "
            "sắp xếp lịch trực bán trú và cải tạo sân chơi ngoài trời. Hội nghị cũng bầu Ban Thanh tra nhân "
            "dân nhiệm kỳ 2026 – 2028 gồm 3 thành viên."
        ),
        P(
            "Kết thúc hội nghị, toàn thể viên chức, người lao động đã ký kết giao ước thi đua, quyết tâm thực "
            "hiện thắng lợi nhiệm vụ năm học."
        ),
        right("Trần Ngọc Bích"),
    ],
    authors=["Trần Ngọc Bích"],
    summary=(
        "Ngày 14/10/2026, Trường Mầm non Sơn Ca long trọng tổ chức Hội nghị viên chức, người lao động "
        "năm học 2026 – 2027 với sự tham dự của 58/60 cán bộ, giáo viên, nhân viên."
    ),
    opts={"updated": "2026-10-15T10:00:00+07:00"},
)

S1335 = Story(
    id=1335,
    slug="tham-gia-boi-duong-chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam",
    title="Tham gia bồi dưỡng chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”",
    cat="tin-nganh",
    published_at="2026-10-12T08:30:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch của Phòng Giáo dục và Đào tạo quận Ninh Kiều, trong hai ngày 10 và 11/10/2026, "
            "cán bộ quản lý và 38 giáo viên Trường Mầm non Sơn Ca đã tham gia lớp bồi dưỡng chuyên đề “Xây "
            "dựng trường mầm non lấy trẻ làm trung tâm” tại Trường Mầm non Hoa Sứ."
        ),
        P(
            "Chuyên đề do báo cáo viên của Sở Giáo dục và Đào tạo thành phố Cần Thơ trình bày, tập trung vào "
            "ba nội dung: xây dựng môi trường giáo dục an toàn, thân thiện; tổ chức các hoạt động theo nhu "
            "cầu, hứng thú của trẻ; đánh giá sự phát triển của trẻ qua quan sát hằng ngày."
        ),
        P(
            "Các học viên được tham quan mô hình lớp học mở, thảo luận nhóm và thực hành thiết kế góc chơi với "
            "nguyên vật liệu tái chế."
        ),
        Raw("<p>[wpdm_package id='142' template='link-template-default']</p>"),
        P(
            "Sau đợt bồi dưỡng, nhà trường sẽ tổ chức sinh hoạt chuyên môn để giáo viên chia sẻ lại nội dung đã "
            "học, đồng thời rà soát, điều chỉnh môi trường lớp học theo hướng mở, giúp trẻ được tự lựa chọn và "
            "chủ động trong hoạt động."
        ),
        Raw("@XEMTHEM@"),
        right("Nguyễn Thị Thanh Tâm – Hiệu trưởng"),
    ],
    authors=["Nguyễn Thị Thanh Tâm"],
    opts={"updated": "2026-10-12T08:30:00+07:00"},
)

S1327 = Story(
    id=1327,
    slug="be-khoi-la-trai-nghiem-lam-banh-xeo-mien-tay",
    title="Bé khối Lá trải nghiệm làm bánh xèo miền Tây",
    cat="hoat-dong-cua-be",
    published_at="2026-10-09T14:40:00+07:00",
    blocks=[
        P(
            "Bánh xèo là món ăn dân dã quen thuộc của người miền Tây. Để các bé hiểu thêm về ẩm thực quê "
            "hương, sáng 08/10/2026, khối Lá đã tổ chức hoạt động trải nghiệm “Bé làm bánh xèo” ngay tại sân "
            "trường."
        ),
        P(
            "Các cô cấp dưỡng chuẩn bị sẵn bột gạo pha nước cốt dừa và bột nghệ, giá đỗ, tôm, thịt cùng rổ rau "
            "sống đầy đủ các loại: cải xanh, xà lách, rau thơm, lá cách, đọt xoài."
        ),
        Img(
            up("10", "lam-banh-xeo-nguyen-lieu-1024x768.jpg"),
            "Các nguyên liệu làm bánh xèo được chuẩn bị sẵn",
            "Các nguyên liệu làm bánh xèo được chuẩn bị sẵn",
            style="wpcap-old",
        ),
        P(
            "Dưới sự hướng dẫn của cô, từng nhóm bé thay nhau đổ bột, rắc nhân và quan sát chiếc bánh vàng giòn "
            "dần trong chảo. Tiếng bột kêu “xèo xèo” khiến các bé vô cùng thích thú, hiểu vì sao món bánh lại "
            "có tên gọi như vậy."
        ),
        P(
            "Sau phần làm bánh, các bé tự cuốn bánh với rau, chấm nước mắm chua ngọt và cùng nhau thưởng thức. "
            "Hoạt động giúp trẻ rèn kỹ năng quan sát, ghi nhớ trình tự, biết giữ vệ sinh an toàn khi làm bếp "
            "và thêm yêu những món ăn quê hương."
        ),
        right("Tin: Lý Thị Kiều – Ảnh: Châu Gia Hân"),
    ],
    authors=["Lý Thị Kiều"],
    photographers=["Châu Gia Hân"],
    opts={"updated": "2026-10-09T15:02:00+07:00"},
)

ARTICLES = [S1502, S1498, S1480, S1475, S1468, S1437, S1421, S1410, S1390, S1374, S1341, S1335, S1327]

# --- this subsite's posts that are not articles -------------------------------------------------

DOC1490 = Story(
    id=1490,
    slug="ke-hoach-to-chuc-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
    title="Kế hoạch tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học 2026 – 2027",
    cat="van-ban",
    published_at="2026-12-01T07:45:00+07:00",
    blocks=[],
    opts={
        "kind": "doc",
        "tags": ["be-khoe-be-ngoan"],
        "line": "Kế hoạch số 86/KH-MNSC ngày 28/11/2026 của Trường Mầm non Sơn Ca về việc tổ chức Hội thi "
        "“Bé khỏe – Bé ngoan” năm học 2026 – 2027.",
        "file": up("12", "KH-86-hoi-thi-be-khoe-be-ngoan.pdf"),
    },
)
DOC1395 = Story(
    id=1395,
    slug="quyet-dinh-thanh-lap-ban-chi-dao-cong-tac-an-toan-truong-hoc-nam-hoc-2026-2027",
    title="Quyết định thành lập Ban chỉ đạo công tác an toàn trường học năm học 2026 – 2027",
    cat="van-ban",
    published_at="2026-10-30T16:10:00+07:00",
    blocks=[],
    opts={
        "kind": "doc",
        "line": "Quyết định số 54/QĐ-MNSC ngày 26/10/2026 của Hiệu trưởng Trường Mầm non Sơn Ca về việc thành "
        "lập Ban chỉ đạo công tác an toàn trường học năm học 2026 – 2027.",
        "file": up("10", "QD-54-BCD-an-toan-truong-hoc.pdf"),
    },
)
PROT1455 = Story(
    id=1455,
    slug="album-anh-be-lop-choi-3-tham-quan-vuon-co-bang-lang",
    title="Album ảnh bé lớp Chồi 3 tham quan Vườn cò Bằng Lăng",
    cat="hoat-dong-cua-be",
    published_at="2026-11-16T20:30:00+07:00",
    blocks=[],
    opts={"kind": "protected"},
)

SONCA = Blog(
    key="mnsonca",
    name="Trường Mầm non Sơn Ca",
    tagline="Mạng website các trường – Phòng GD&ĐT quận Ninh Kiều",
    blog_id=7,
    cats=SONCA_CATS,
    address="Số 25 đường Ngô Gia Tự, phường Tân An, quận Ninh Kiều, thành phố Cần Thơ",
    phone="0292 3821 475",
    email="mnsonca.ninhkieu@cantho.edu.vn",
    posts=[*ARTICLES, DOC1490, DOC1395, PROT1455],
    pages={
        "gioi-thieu": (
            "Giới thiệu chung",
            "<p>Trường Mầm non Sơn Ca được thành lập năm 1978, là một trong những trường mầm non công lập "
            "đầu tiên của quận Ninh Kiều. Trường hiện có 2 điểm trường với 14 nhóm, lớp, gần 420 trẻ từ 18 "
            "tháng đến 6 tuổi.</p>\n<p>Đội ngũ cán bộ quản lý, giáo viên, nhân viên gồm 60 người, 100% giáo "
            "viên đạt chuẩn và trên chuẩn trình độ đào tạo. Nhà trường đạt chuẩn quốc gia mức độ 2 và Kiểm "
            "định chất lượng giáo dục cấp độ 3.</p>\n<h3>Sứ mạng</h3>\n<p>Xây dựng môi trường giáo dục an "
            "toàn, thân thiện, nơi mỗi trẻ được yêu thương, tôn trọng và phát triển toàn diện.</p>",
        ),
        "lien-he": (
            "Liên hệ",
            "<p><strong>TRƯỜNG MẦM NON SƠN CA</strong><br />Địa chỉ: Số 25 đường Ngô Gia Tự, phường Tân An, "
            "quận Ninh Kiều, thành phố Cần Thơ<br />Điện thoại: 0292 3821 475<br />Email: "
            "mnsonca.ninhkieu@cantho.edu.vn</p>\n"
            '<div class="wpcf7 no-js" id="wpcf7-f9-p11-o1" lang="vi" dir="ltr"><form action="/mnsonca/lien-he/'
            '#wpcf7-f9-p11-o1" method="post" class="wpcf7-form init" novalidate="novalidate"><p><label> Họ và '
            'tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" '
            'class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></span></label></p><p><label>'
            ' Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" '
            'rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label>'
            '</p><p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p>'
            "</form></div>",
        ),
    },
)

# --- the rest of the network (never gold) -------------------------------------------------------


def _plain(pid: int, slug: str, title: str, cat: str, when: str, paras: list[str], image: str | None = None,
           byline: str | None = None) -> Story:
    blocks: list = [P(t) for t in paras]
    if image:
        blocks.insert(1, Img(image, None, None, style="plain"))
    if byline:
        blocks.append(right(byline))
    return Story(id=pid, slug=slug, title=title, cat=cat, published_at=when, blocks=blocks)


MAIN_COPY = Story(
    id=2210,
    slug=S1498.slug,
    title=S1498.title,
    cat="tin-giao-duc",
    published_at=S1498.published_at,
    blocks=[
        Img(b.src.replace("/sites/7/", "/"), b.printed, b.caption, b.style) if isinstance(b, Img) else b
        for b in S1498.blocks
    ],
    authors=S1498.authors,
    source=S1498.source,
    summary=S1498.summary,
    opts={"broadcast_children": True},
)

MAIN = Blog(
    key="",
    name="Phòng Giáo dục và Đào tạo quận Ninh Kiều",
    tagline="Cổng thông tin điện tử – Mạng trường học quận Ninh Kiều",
    blog_id=1,
    cats={"tin-giao-duc": "Tin giáo dục", "thong-bao": "Thông báo"},
    address="Số 2 đường Võ Văn Tần, phường Tân An, quận Ninh Kiều, thành phố Cần Thơ",
    phone="0292 3820 213",
    email="pgdninhkieu@cantho.edu.vn",
    posts=[
        MAIN_COPY,
        _plain(
            2188, "hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam", "Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "tin-giao-duc", "2026-11-18T16:00:00+07:00",
            [
                "Chiều 17/11/2026, Phòng Giáo dục và Đào tạo quận Ninh Kiều tổ chức họp mặt kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam với sự tham dự của hơn 200 cán bộ quản lý, giáo viên tiêu biểu.",
                "Dịp này, 46 nhà giáo được tặng giấy khen vì có thành tích xuất sắc trong công tác giảng dạy và "
                "giáo dục học sinh năm học 2025 – 2026.",
                "Lãnh đạo quận đề nghị ngành tiếp tục đổi mới phương pháp dạy học, chăm lo đời sống giáo viên.",
            ],
            image="/wp-content/uploads/2026/11/hop-mat-20-11-pgd-1024x683.jpg",
            byline="Thanh Phong",
        ),
        _plain(
            2175, "thong-bao-lich-kiem-tra-noi-bo-truong-hoc-hoc-ky-i", "Thông báo lịch kiểm tra nội bộ trường học học kỳ I",
            "thong-bao", "2026-11-09T08:00:00+07:00",
            [
                "Phòng Giáo dục và Đào tạo thông báo lịch kiểm tra công tác quản lý, chuyên môn học kỳ I năm học "
                "2026 – 2027 tại các trường mầm non, tiểu học và trung học cơ sở trên địa bàn quận.",
                "Các đơn vị chuẩn bị hồ sơ theo hướng dẫn đính kèm và gửi báo cáo tự kiểm tra trước ngày 20/11.",
            ],
        ),
    ],
)

SONCA2 = Blog(
    key="mnsonca2",
    name="Trường Mầm non Sơn Ca 2",
    tagline="Mạng website các trường – Phòng GD&ĐT quận Ninh Kiều",
    blog_id=12,
    cats={"tin-tuc": "Tin tức"},
    address="Số 118 đường 3 Tháng 2, phường Hưng Lợi, quận Ninh Kiều, thành phố Cần Thơ",
    phone="0292 3738 206",
    email="mnsonca2.ninhkieu@cantho.edu.vn",
    posts=[
        _plain(
            1468, "be-vui-hoi-cho-am-thuc-mung-ngay-nha-giao-viet-nam", "Bé vui hội chợ ẩm thực mừng Ngày Nhà giáo Việt Nam",
            "tin-tuc", "2026-11-19T10:20:00+07:00",
            [
                "Sáng 18/11/2026, Trường Mầm non Sơn Ca 2 tổ chức hội chợ ẩm thực “Bé yêu cô” với 12 gian hàng "
                "do phụ huynh và các bé cùng chuẩn bị.",
                "Các bé được tập làm người bán hàng, đếm tiền, mời khách và giới thiệu món ăn quê hương như bánh "
                "tét lá cẩm, bánh da lợn, chè bưởi.",
                "Toàn bộ tiền bán hàng được dùng để mua quà tặng các bạn có hoàn cảnh khó khăn của trường.",
            ],
            image=up("11", "hoi-cho-am-thuc-1024x768.jpg", site=12),
            byline="Tin, ảnh: Tô Ngọc Quyên",
        ),
        _plain(
            1452, "hoi-thi-be-ke-chuyen-cap-truong", "Hội thi bé kể chuyện cấp trường",
            "tin-tuc", "2026-11-14T15:00:00+07:00",
            [
                "Hội thi bé kể chuyện năm nay có 28 bé khối Chồi, Lá tham gia với các câu chuyện cổ tích và "
                "truyện ngụ ngôn quen thuộc.",
                "Ban giám khảo đánh giá cao sự tự tin, giọng kể truyền cảm và trang phục sáng tạo của các bé.",
                "Nhà trường chọn 3 bé xuất sắc nhất tham gia hội thi cấp quận vào tháng 12.",
            ],
        ),
    ],
)

DTD = Blog(
    key="thcs-doan-thi-diem",
    name="Trường THCS Đoàn Thị Điểm",
    tagline="Mạng website các trường – Phòng GD&ĐT quận Ninh Kiều",
    blog_id=4,
    cats={"tin-tuc": "Tin tức"},
    address="Số 2 đường Lê Lợi, phường Cái Khế, quận Ninh Kiều, thành phố Cần Thơ",
    phone="0292 3820 566",
    email="thcsdoanthidiem.ninhkieu@cantho.edu.vn",
    posts=[
        _plain(
            905, "hoc-sinh-tham-gia-hoi-thi-khoa-hoc-ky-thuat-cap-thanh-pho",
            "Học sinh tham gia Hội thi Khoa học kỹ thuật cấp thành phố", "tin-tuc", "2026-11-26T09:10:00+07:00",
            [
                "Ba dự án của học sinh trường THCS Đoàn Thị Điểm đã được chọn tham gia Hội thi Khoa học kỹ thuật "
                "dành cho học sinh trung học cấp thành phố năm học 2026 – 2027.",
                "Dự án “Thiết bị cảnh báo ngập nước cho hẻm nhỏ” được ban giám khảo đánh giá cao về tính thực "
                "tiễn.",
                "Nhà trường sẽ tiếp tục hỗ trợ các nhóm hoàn thiện sản phẩm trước vòng chung kết.",
            ],
        ),
    ],
)

LTV = Blog(
    key="thcs-luong-the-vinh",
    name="Trường THCS Lương Thế Vinh",
    tagline="Mạng website các trường – Phòng GD&ĐT quận Ninh Kiều",
    blog_id=5,
    cats={"tin-tuc": "Tin tức"},
    address="Số 40 đường Trần Hưng Đạo, phường An Nghiệp, quận Ninh Kiều, thành phố Cần Thơ",
    phone="0292 3830 712",
    email="thcsluongthevinh.ninhkieu@cantho.edu.vn",
    posts=[
        _plain(
            688, "giai-bong-da-mini-hoc-sinh-chao-mung-20-11", "Giải bóng đá mini học sinh chào mừng 20/11",
            "tin-tuc", "2026-11-17T17:00:00+07:00",
            [
                "Giải bóng đá mini học sinh năm nay quy tụ 16 đội bóng nam và 8 đội bóng nữ của các khối lớp.",
                "Trận chung kết diễn ra kịch tính, đội lớp 9A3 giành chức vô địch sau loạt sút luân lưu.",
                "Giải đấu góp phần rèn luyện thể chất và tinh thần đoàn kết cho học sinh.",
            ],
        ),
    ],
)

BLOGS = {b.key: b for b in (MAIN, SONCA, SONCA2, DTD, LTV)}
NETWORK_MENU = [SONCA, SONCA2, DTD, LTV]


# --- markup: pieces ------------------------------------------------------------------------------


def kind(story: Story) -> str:
    return story.opts.get("kind", "article")


def shown_title(story: Story) -> str:
    """get_the_title(): a protected post's title carries the locale's prefix."""
    return f"Được bảo vệ: {story.title}" if kind(story) == "protected" else story.title


def images_of(story: Story) -> list[Img]:
    return [b for b in story.blocks if isinstance(b, Img)]


def sized(src: str, size: str) -> str:
    return re.sub(r"(-\d+x\d+)?(\.\w+)$", rf"-{size}\2", src, count=1)


def full_size(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def attachment_slug(src: str) -> str:
    name = full_size(src).rsplit("/", 1)[1]
    return name.rsplit(".", 1)[0].lower()


def thumb(story: Story) -> str:
    imgs = images_of(story)
    return sized(imgs[0].src, "300x200") if imgs else f"{THEME}/images/no-thumb.jpg"


def excerpt(story: Story, words: int = 38) -> str:
    if kind(story) == "protected":
        return "Không có tóm tắt vì đây là bài viết được bảo vệ."
    if kind(story) == "doc":
        return tx(story.opts["line"])
    first = next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return tx(" ".join(parts[:words])) + (" [&hellip;]" if len(parts) > words else "")


def content_img(src: str, aid: int, cls: str = "aligncenter size-large", *, lazy: bool = True) -> str:
    srcset = f"{src} 1024w, {sized(src, '300x225')} 300w, {sized(src, '768x576')} 768w"
    real = (
        f'<img decoding="async" width="1024" height="768" src="{src}" alt="" class="{cls} wp-image-{aid}" '
        f'srcset="{srcset}" sizes="(max-width: 1024px) 100vw, 1024px" />'
    )
    if not lazy:
        return real
    return (
        f'<img decoding="async" width="1024" height="768" src="{PLACEHOLDER}" data-lazy-type="image" '
        f'data-src="{src}" alt="" class="lazy lazy-hidden {cls} wp-image-{aid}" srcset="" '
        f'data-srcset="{srcset}" sizes="(max-width: 1024px) 100vw, 1024px" /><noscript>{real}</noscript>'
    )


def toc_id(text: str) -> str:
    return ascii_slug(text, "_")


def toc_box(story: Story) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style == "h2"]
    items = "".join(
        f"<li class='ez-toc-page-1 ez-toc-heading-level-2'><a class=\"ez-toc-link ez-toc-heading-{i}\" "
        f'href="#{toc_id(h)}" title="{esc(h)}">{tx(h)}</a></li>'
        for i, h in enumerate(heads, 1)
    )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey '
        'ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title" '
        'style="cursor:inherit">Mục lục</p><span class="ez-toc-title-toggle"><a href="#" '
        'class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" '
        'aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">[ẩn]</span></a></span></div>'
        f"<nav><ul class='ez-toc-list ez-toc-list-level-1 '>{items}</ul></nav></div>"
    )


def render_blocks(blog: Blog, story: Story, blocks: list) -> str:
    out: list[str] = []
    all_imgs = images_of(story)
    toc_done = False
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            if b.style == "li":
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    items.append(f"<li>{tx(blocks[i].text)}</li>")
                    i += 1
                out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
                continue
            if b.style == "h2":
                if story.opts.get("toc") and not toc_done:
                    out.append(toc_box(story))
                    toc_done = True
                out.append(
                    f'<h2><span class="ez-toc-section" id="{toc_id(b.text)}"></span>{tx(b.text)}'
                    '<span class="ez-toc-section-end"></span></h2>'
                )
            elif b.style == "bold":
                out.append(f"<p><strong>{tx(b.text)}</strong></p>")
            else:
                body = tx(b.text)
                if b.style == "nbsp":
                    body = body.replace(" ", "&nbsp; ", 1)
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                if isinstance(nxt, P) and nxt.style == "br":
                    body += "<br />\n" + tx(nxt.text)
                    i += 1
                out.append(f"<p>{body}</p>")
        elif isinstance(b, Img):
            aid = story.id + 1 + all_imgs.index(b)
            if b.style == "gallery":
                figs = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    g = blocks[i]
                    gid = story.id + 1 + all_imgs.index(g)
                    link = blog.post_path(story) + attachment_slug(g.src) + "/"
                    figs.append(
                        "<figure class='gallery-item'><div class='gallery-icon landscape'>"
                        f"<a href='{link}'><img width=\"150\" height=\"150\" src=\"{g.src}\" "
                        f'class="attachment-thumbnail size-thumbnail" alt="" decoding="async" '
                        f'aria-describedby="gallery-1-{gid}" /></a></div>'
                        f"<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{gid}'>"
                        f"{tx(g.printed or '')}</figcaption></figure>"
                    )
                    i += 1
                out.append(
                    f"<div id='gallery-1' class='gallery galleryid-{story.id} gallery-columns-3 "
                    "gallery-size-thumbnail'>" + "".join(figs) + "</div>"
                )
                continue
            if b.style == "figure":
                cap = f'<figcaption class="wp-element-caption">{tx(b.printed)}</figcaption>' if b.printed else ""
                out.append(
                    f'<figure class="wp-block-image size-large">{content_img(b.src, aid, "")}{cap}</figure>'
                )
            elif b.style == "wpcap":
                out.append(
                    f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
                    f'style="width: 1024px" class="wp-caption aligncenter">{content_img(b.src, aid, "size-large")}'
                    f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">{tx(b.printed or "")}'
                    "</figcaption></figure>"
                )
            elif b.style == "wpcap-old":
                out.append(
                    f'<div id="attachment_{aid}" style="width: 1034px" class="wp-caption aligncenter">'
                    f'{content_img(b.src, aid, "size-large")}<p class="wp-caption-text">{tx(b.printed or "")}</p>'
                    "</div>"
                )
            elif b.style == "em-next":
                out.append(f"<p>{content_img(b.src, aid)}</p>")
                out.append(f'<p style="text-align: center;"><em>{tx(b.printed or "")}</em></p>')
            else:
                out.append(f"<p>{content_img(b.src, aid)}</p>")
        elif isinstance(b, Raw):
            if b.html == "@XEMTHEM@":
                out.append(
                    f'<p><strong>Xem thêm:</strong> <a href="{blog.post_path(S1421)}">{tx(S1421.title)}</a></p>'
                )
            elif b is not NEXTPAGE:
                out.append(b.html)
        i += 1
    return "\n".join(out)


def split_pages(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in story.blocks:
        if b is NEXTPAGE:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


# --- markup: the page around the content ---------------------------------------------------------


def menu_item(mid: int, href: str, label: str, kind_: str, current: bool = False, sub: str = "") -> str:
    cls = f"menu-item menu-item-type-{kind_} menu-item-{mid}"
    if sub:
        cls += " menu-item-has-children"
    if current:
        cls += " current-menu-item"
    aria = ' aria-current="page"' if current else ""
    inner = f'<ul class="sub-menu">{sub}</ul>' if sub else ""
    return f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}"{aria}>{tx(label)}</a>{inner}</li>'


def main_menu(blog: Blog, current: str) -> str:
    if blog is SONCA:
        c = blog.cat_path
        items = [
            menu_item(21, blog.home, "Trang chủ", "custom", current == blog.home),
            menu_item(
                22, "/mnsonca/gioi-thieu/", "Giới thiệu", "post_type", current == "/mnsonca/gioi-thieu/",
                menu_item(23, "/mnsonca/gioi-thieu/", "Giới thiệu chung", "post_type")
                + menu_item(24, "/mnsonca/lien-he/", "Liên hệ", "post_type"),
            ),
            menu_item(
                25, c("tin-tuc-su-kien"), "Tin tức", "taxonomy", current == c("tin-tuc-su-kien"),
                menu_item(26, c("tin-tuc-su-kien"), "Tin tức – Sự kiện", "taxonomy")
                + menu_item(27, c("tin-nganh"), "Tin ngành", "taxonomy"),
            ),
            menu_item(28, c("hoat-dong-cua-be"), "Hoạt động của bé", "taxonomy", current == c("hoat-dong-cua-be")),
            menu_item(29, c("goc-phu-huynh"), "Góc phụ huynh", "taxonomy", current == c("goc-phu-huynh")),
            menu_item(30, c("van-ban"), "Văn bản", "taxonomy", current == c("van-ban")),
            menu_item(31, "/mnsonca/lien-he/", "Liên hệ", "post_type", current == "/mnsonca/lien-he/"),
        ]
    else:
        items = [menu_item(5, blog.home, "Trang chủ", "custom", current == blog.home)]
        items += [
            menu_item(6 + n, blog.cat_path(slug), label, "taxonomy", current == blog.cat_path(slug))
            for n, (slug, label) in enumerate(blog.cats.items())
        ]
    return "".join(items)


def network_bar() -> str:
    schools = "".join(
        f'<li class="menu-item menu-item-type-custom menu-item-{90 + n}"><a href="{b.home}">{tx(b.name)}</a></li>'
        for n, b in enumerate(NETWORK_MENU)
    )
    return (
        '<div class="nk-thanhtren"><div class="container">'
        f'<span class="nk-homnay"><i class="fa fa-calendar-o"></i> {TODAY_HEADER}</span>'
        '<ul id="menu-mang-truong-hoc" class="nk-menumang">'
        '<li class="menu-item menu-item-type-custom menu-item-81"><a href="/">Phòng GD&amp;ĐT Ninh Kiều</a></li>'
        '<li class="menu-item menu-item-type-custom menu-item-has-children menu-item-82"><a href="#">Các trường</a>'
        f'<ul class="sub-menu">{schools}</ul></li>'
        '<li class="menu-item menu-item-type-custom menu-item-83"><a href="https://mail.cantho.edu.vn/" '
        'target="_blank" rel="noopener">Thư công vụ</a></li>'
        '<li class="menu-item menu-item-type-custom menu-item-84"><a href="https://csdl.moet.gov.vn/" '
        'target="_blank" rel="noopener">CSDL ngành</a></li></ul></div></div>'
    )


def sidebar(blog: Blog) -> str:
    recent = "".join(
        f'<li><a href="{blog.post_path(s)}">{tx(shown_title(s))}</a><span class="post-date">'
        f"{wp_date(dt(s.published_at))}</span></li>"
        for s in blog.latest()[:5]
    )
    parts = [
        '<aside id="secondary" class="widget-area nk-cotphai">',
        f'<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" '
        f'action="{blog.home}"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" '
        'class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" '
        'class="search-submit" value="Tìm kiếm" /></form></section>',
    ]
    if blog is SONCA:
        docs = "".join(
            f'<li><a href="{blog.post_path(s)}">{tx(s.title)}</a> <span class="nk-ngay">({dmy(dt(s.published_at))})</span></li>'
            for s in blog.by_cat("van-ban")
        )
        parts.append(
            '<section id="nk_vanban-2" class="widget nk_widget_vanban"><h2 class="widget-title">Thông báo – Văn bản'
            f'</h2><ul class="nk-dsvanban">{docs}</ul></section>'
        )
    parts.append(
        f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới'
        f"</h2><ul>{recent}</ul></section>"
    )
    if blog is SONCA:
        parts.append(
            '<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Thăm dò ý kiến'
            '</h2><div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" '
            'method="post"><p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>'
            '<p style="text-align: center;"><strong>Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của bé?</strong>'
            '</p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">'
            '<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">'
            "Rất hài lòng</label></li><li><input type=\"radio\" id=\"poll-answer-10\" name=\"poll_3\" value=\"10\" /> "
            '<label for="poll-answer-10">Hài lòng</label></li><li><input type="radio" id="poll-answer-11" '
            'name="poll_3" value="11" /> <label for="poll-answer-11">Cần cải thiện</label></li></ul>'
            '<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " '
            'class="Buttons" /></p></div></form></div></section>'
        )
    parts.append(
        '<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">'
        'Thống kê truy cập</h2><div class="textwidget custom-html-widget"><ul class="nk-thongke">'
        f"<li>Đang online: <b>{blog.blog_id % 5 + 3}</b></li><li>Hôm nay: <b>{118 + blog.blog_id * 7}</b></li>"
        f"<li>Hôm qua: <b>{205 + blog.blog_id}</b></li><li>Tổng truy cập: <b>{96415 + blog.blog_id * 1013:,}</b>"
        "</li></ul></div></section>".replace(",", ".")
    )
    options = "".join(f'<option value="{b.home}">{tx(b.name)}</option>' for b in NETWORK_MENU if b is not blog)
    parts.append(
        '<section id="text-5" class="widget widget_text"><h2 class="widget-title">Liên kết website</h2>'
        '<div class="textwidget"><select onchange="if(this.value)window.open(this.value)" class="nk-lienket">'
        '<option value="">-- Chọn website --</option><option value="/">Phòng GD&amp;ĐT quận Ninh Kiều</option>'
        f'{options}<option value="https://sgddt.cantho.gov.vn/">Sở GD&amp;ĐT thành phố Cần Thơ</option>'
        "</select></div></section>"
    )
    parts.append(
        '<section id="custom_html-4" class="widget_text widget widget_custom_html"><div class="textwidget '
        'custom-html-widget"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2F'
        'www.facebook.com%2Fmnsonca.ninhkieu&amp;tabs=timeline&amp;width=300&amp;height=320" width="300" '
        'height="320" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe></div></section>'
    )
    parts.append("</aside>")
    return "\n".join(parts)


def footer(blog: Blog) -> str:
    return (
        '<footer id="colophon" class="site-footer nk-chantrang"><div class="container"><div class="nk-ct-trai">'
        f"<p class=\"nk-ct-ten\">{tx(blog.name.upper())}</p><p>Địa chỉ: {tx(blog.address)}</p>"
        f"<p>Điện thoại: {blog.phone} &ndash; Email: <a href=\"mailto:{blog.email}\">{blog.email}</a></p>"
        "<p>Chịu trách nhiệm nội dung: Hiệu trưởng nhà trường</p></div>"
        '<div class="nk-ct-phai"><p>Mạng website các trường học quận Ninh Kiều &ndash; '
        '<a href="/">Phòng Giáo dục và Đào tạo quận Ninh Kiều</a></p></div>'
        '<div class="site-info">&copy; 2026 Bản quyền thuộc về Phòng GD&amp;ĐT quận Ninh Kiều. '
        '<span class="sep"> | </span>Vận hành bởi <a href="https://vi.wordpress.org/">WordPress</a>'
        '<span class="sep"> | </span>Giao diện: NK Trường học</div></div></footer>'
    )


def page(
    req: Request,
    blog: Blog,
    title: str,
    body_class: str,
    main: str,
    *,
    current: str = "",
    head: str = "",
    front: bool = False,
) -> Response:
    base = base_url(req)
    logo = f"/wp-content/uploads/sites/{blog.blog_id}/2024/08/logo.png" if blog.key else "/wp-content/uploads/2024/08/logo-pgd.png"
    title_el = (
        f'<h1 class="site-title"><a href="{blog.home}" rel="home">{tx(blog.name)}</a></h1>'
        if front
        else f'<p class="site-title"><a href="{blog.home}" rel="home">{tx(blog.name)}</a></p>'
    )
    doc = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{tx(title)} &#8211; {tx(blog.name)}</title>
{head}
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{esc(blog.name)} &raquo; Dòng thông tin" href="{base}{blog.home}feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='nk-truonghoc-style-css' href='{THEME}/style.css?ver=2.3.1' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='/wp-content/plugins/jetpack/css/jetpack.css?ver=14.1' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}{blog.home}wp-json/" />
<meta name="generator" content="WordPress 6.7.1" />
</head>
<body class="{body_class} wp-custom-logo wp-embed-responsive hfeed">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
{network_bar()}
<header id="masthead" class="site-header nk-dauTrang"><div class="container"><div class="site-branding">
<a href="{blog.home}" class="custom-logo-link" rel="home"><img width="96" height="96" src="{logo}" class="custom-logo" alt="{esc(blog.name)}" decoding="async" /></a>
{title_el}
<p class="site-description">{tx(blog.tagline)}</p></div></div></header>
<nav id="site-navigation" class="main-navigation nk-menungang"><div class="container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Danh mục</button><ul id="primary-menu" class="menu">{main_menu(blog, current)}</ul></div></nav>
<div id="content" class="site-content"><div class="container nk-hang">
<div id="primary" class="content-area nk-cottrai"><main id="main" class="site-main">
{main}
</main></div>
{sidebar(blog)}
</div></div>
{footer(blog)}
</div>
<script src="{PLACEHOLDER.rsplit('/images/', 1)[0]}/js/jquery.lazyloadxt.extra.min.js?ver=2.7.3" id="jquery-lazyloadxt-js"></script>
<script src="/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=14.1" id="sharing-js-js"></script>
</body>
</html>
"""
    return html(doc, headers={"Link": f'<{base}{blog.home}wp-json/>; rel="https://api.w.org/"'})


def yoast_head(req: Request, blog: Blog, canonical: str, title: str, *, story: Story | None = None,
               rel_prev: str | None = None, rel_next: str | None = None) -> str:
    base = base_url(req)
    lines = [f'<link rel="canonical" href="{base}{canonical}" />']
    if rel_prev:
        lines.append(f'<link rel="prev" href="{base}{rel_prev}" />')
    if rel_next:
        lines.append(f'<link rel="next" href="{base}{rel_next}" />')
    lines += [
        '<meta property="og:locale" content="vi_VN" />',
        f'<meta property="og:type" content="{"article" if story else "website"}" />',
        f'<meta property="og:title" content="{esc(title)} - {esc(blog.name)}" />',
        f'<meta property="og:url" content="{base}{canonical}" />',
        f'<meta property="og:site_name" content="{esc(blog.name)}" />',
    ]
    if story is not None:
        pub = dt(story.published_at)
        mod = dt(story.opts.get("updated", story.published_at))
        if kind(story) == "article":
            lines.append(f'<meta property="og:description" content="{excerpt(story, 30)}" />')
        lines += [
            f'<meta property="article:published_time" content="{utc_iso(pub)}" />',
            f'<meta property="article:modified_time" content="{utc_iso(mod)}" />',
        ]
        if images_of(story):
            lines.append(f'<meta property="og:image" content="{base}{full_size(images_of(story)[0].src)}" />')
        lines += [
            '<meta name="author" content="mnsonca" />' if blog is SONCA else '<meta name="author" content="quantri" />',
            '<meta name="twitter:card" content="summary_large_image" />',
            '<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org",'
            f'"@graph":[{{"@type":"Article","@id":"{base}{canonical}#article","headline":"{esc(title)}",'
            f'"datePublished":"{utc_iso(pub)}","dateModified":"{utc_iso(mod)}",'
            f'"author":{{"name":"{"mnsonca" if blog is SONCA else "quantri"}"}},"inLanguage":"vi"}}]}}</script>',
        ]
    return "\n".join(lines)


def breadcrumb(blog: Blog, trail: list[tuple[str, str]], last: str) -> str:
    parts = [f'<span><a href="{blog.home}">Trang chủ</a></span>']
    parts += [f'<span><a href="{href}">{tx(label)}</a></span>' for href, label in trail]
    parts.append(f'<span class="breadcrumb_last" aria-current="page">{tx(last)}</span>')
    return f'<p id="breadcrumbs" class="nk-duongdan"><span>{" » ".join(parts)}</span></p>'


def post_classes(blog: Blog, story: Story) -> str:
    cats = sorted(story.opts.get("cats", [story.cat]), key=lambda c: blog.cats[c])
    cls = [f"post-{story.id}", "post", "type-post", "status-publish", "format-standard"]
    if kind(story) == "protected":
        cls.append("post-password-required")
    if images_of(story):
        cls.append("has-post-thumbnail")
    cls.append("hentry")
    cls += [f"category-{c}" for c in cats]
    cls += [f"tag-{t}" for t in story.opts.get("tags", [])]
    return " ".join(cls)


def list_item(blog: Blog, story: Story) -> str:
    url = blog.post_path(story)
    d = dt(story.published_at)
    return (
        f'<article id="post-{story.id}" class="{post_classes(blog, story)} nk-tin">'
        f'<div class="nk-anh"><a href="{url}"><img width="300" height="200" src="{thumb(story)}" '
        'class="attachment-medium size-medium wp-post-image" alt="" decoding="async" /></a></div>'
        f'<div class="nk-tomtat"><h2 class="entry-title"><a href="{url}" rel="bookmark">{tx(shown_title(story))}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
        f'datetime="{d.isoformat()}">{dmy(d)}</time></span></div>'
        f'<div class="entry-summary"><p>{excerpt(story)}</p></div>'
        f'<a class="nk-xemtiep" href="{url}">Xem tiếp &raquo;</a></div></article>'
    )


# --- templates -----------------------------------------------------------------------------------


def single(req: Request, blog: Blog, story: Story, pageno: int = 1) -> Response:
    url = blog.post_path(story)
    d = dt(story.published_at)
    upd = dt(story.opts.get("updated", story.published_at))
    title = shown_title(story)
    primary = story.cat
    if upd != d:
        times = (
            f'<time class="entry-date published" datetime="{d.isoformat()}">{wp_date(d)}</time>'
            f'<time class="updated" datetime="{upd.isoformat()}">{wp_date(upd)}</time>'
        )
    else:
        times = f'<time class="entry-date published updated" datetime="{d.isoformat()}">{wp_date(d)}</time>'
    account = "mnsonca" if blog is SONCA else ("quantri" if not blog.key else f"admin-{blog.key}")
    meta = (
        f'<div class="entry-meta nk-thongtin"><span class="posted-on">Đăng ngày <a href="{url}" rel="bookmark">'
        f'{times}</a> lúc {wp_time(d)}</span><span class="byline"> &middot; Người đăng: <span class="author vcard">'
        f"{account}</span></span></div>"
    )
    pages = split_pages(story)
    if kind(story) == "protected":
        content = (
            f'<form action="{blog.home}wp-login.php?action=postpass" class="post-password-form" method="post">'
            "<p>Nội dung này được bảo vệ bằng mật khẩu. Để xem nội dung này, vui lòng nhập mật khẩu bên dưới:</p>"
            f'<p><label for="pwbox-{story.id}">Mật khẩu: <input name="post_password" id="pwbox-{story.id}" '
            'type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" '
            'value="Nhập" /></p></form>'
        )
    elif kind(story) == "doc":
        f = story.opts["file"]
        content = (
            f"<p>{tx(story.opts['line'])}</p>\n<p>Tải về: <a href=\"{f}\">{f.rsplit('/', 1)[1]}</a></p>\n"
            f'<iframe src="https://docs.google.com/viewer?url={quote(base_url(req) + f, safe="")}&amp;embedded=true" '
            'width="100%" height="780" style="border: none;"></iframe>'
        )
    else:
        content = render_blocks(blog, story, pages[pageno - 1])
        if len(pages) > 1:
            links = []
            for n in range(1, len(pages) + 1):
                href = url if n == 1 else f"{url}{n}/"
                links.append(
                    f'<span class="post-page-numbers current" aria-current="page">{n}</span>'
                    if n == pageno
                    else f'<a href="{href}" class="post-page-numbers">{n}</a>'
                )
            content += '\n<div class="page-links">Trang: ' + " ".join(links) + "</div>"
    views = (
        f'<div class="post-views content-post post-{story.id} entry-meta load-static"><span class="post-views-icon '
        'dashicons dashicons-chart-bar"></span> <span class="post-views-label">Lượt xem: </span> '
        f'<span class="post-views-count">{story.views()}</span></div>'
    )
    enc = quote(base_url(req) + url, safe="")
    share = (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
        'sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
        f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button '
        f'share-icon" href="https://www.facebook.com/sharer.php?u={enc}" target="_blank" title="Nhấn vào chia '
        'sẻ trên Facebook"><span>Facebook</span></a></li>'
        f'<li class="share-custom share-zalo"><a rel="nofollow noopener noreferrer" class="share-zalo sd-button '
        f'share-icon" href="https://sp.zalo.me/share_inline?u={enc}" target="_blank" title="Chia sẻ qua Zalo">'
        '<span>Zalo</span></a></li><li class="share-end"></li></ul></div></div></div>'
        f"<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' "
        f"id='like-post-wrapper-2148{blog.blog_id:02d}-{story.id}' data-name='like-post-frame'><h3 class=\"sd-title\">"
        "Thích điều này:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' "
        "style='height: 55px;'><span class='button'><span>Thích</span></span> <span class='loading'>Đang tải..."
        "</span></div></div>"
        "<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class=\"jp-relatedposts-headline\"><em>Có liên "
        "quan</em></h3></div>"
    )
    cats = sorted(story.opts.get("cats", [story.cat]), key=lambda c: blog.cats[c])
    cat_links = ", ".join(f'<a href="{blog.cat_path(c)}" rel="category tag">{tx(blog.cats[c])}</a>' for c in cats)
    tag_links = ", ".join(f'<a href="{blog.tag_path(t)}" rel="tag">{tx(TAGS[t])}</a>' for t in story.opts.get("tags", []))
    foot = f'<footer class="entry-footer"><span class="cat-links">Chuyên mục: {cat_links}</span>'
    if tag_links:
        foot += f'<span class="tags-links"> | Thẻ: {tag_links}</span>'
    foot += "</footer>"
    same = [s for s in blog.by_cat(primary) if s is not story][:3]
    others = "".join(
        f'<li><a href="{blog.post_path(s)}">{tx(shown_title(s))}</a> <span class="nk-ngay">({dmy(dt(s.published_at))})</span></li>'
        for s in same
    )
    related = (
        f'<div class="nk-tincungchuyenmuc"><h3 class="nk-tieude">Tin cùng chuyên mục</h3><ul>{others}</ul></div>'
        if others
        else ""
    )
    article = (
        breadcrumb(blog, [(blog.cat_path(primary), blog.cats[primary])], title)
        + f'\n<article id="post-{story.id}" class="{post_classes(blog, story)}">'
        f'<header class="entry-header"><h1 class="entry-title">{tx(title)}</h1>{meta}</header>'
        f'<div class="entry-content">\n{views}\n{content}\n{share}\n</div>{foot}</article>\n{related}\n'
        + comments(req, blog, story)
    )
    canonical = f"{url}{pageno}/" if pageno > 1 else url
    if story.opts.get("broadcast_of"):
        canonical = MAIN.post_path(MAIN_COPY)
    head = yoast_head(req, blog, canonical, title, story=story) + (
        f"\n<link rel='shortlink' href='{base_url(req)}{blog.home}?p={story.id}' />"
    )
    body_class = f"post-template-default single single-post postid-{story.id} single-format-standard"
    return page(req, blog, title, body_class, article, head=head)


def comments(req: Request, blog: Blog, story: Story) -> str:
    url = blog.post_path(story)
    if kind(story) == "protected":
        return '<p class="nocomments">Bài viết này được bảo vệ bằng mật khẩu. Nhập mật khẩu để xem các bình luận.</p>'
    items = story.opts.get("comments", [])
    reply_to = req.params.get("replytocom", "")
    listing = ""
    if items:
        lis = []
        for cid, who, when, text_ in items:
            w = dt(when)
            lis.append(
                f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" '
                'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" '
                "src='https://secure.gravatar.com/avatar/0?s=32&#038;d=mm&#038;r=g' class='avatar avatar-32 photo' "
                f'height="32" width="32" /><b class="fn">{tx(who)}</b> <span class="says">viết:</span></div>'
                f'<div class="comment-metadata"><a href="{url}#comment-{cid}"><time datetime="{w.isoformat()}">'
                f"{wp_date(w)} lúc {wp_time(w)}</time></a></div></footer><div class=\"comment-content\"><p>{tx(text_)}"
                f"</p></div><div class=\"reply\"><a rel='nofollow' class='comment-reply-link' "
                f"href='{url}?replytocom={cid}#respond' data-commentid=\"{cid}\" data-postid=\"{story.id}\" "
                f"data-belowelement=\"div-comment-{cid}\" data-respondelement=\"respond\" "
                f"aria-label='Trả lời {esc(who)}'>Trả lời</a></div></article></li>"
            )
        listing = (
            f'<h2 class="comments-title">{len(items)} bình luận về &ldquo;{tx(story.title)}&rdquo;</h2>'
            f'<ol class="comment-list">{"".join(lis)}</ol>'
        )
    who = next((c[1] for c in items if str(c[0]) == reply_to), None)
    reply_title = (
        f"Trả lời {tx(who)} <small><a rel=\"nofollow\" id=\"cancel-comment-reply-link\" href=\"{url}#respond\">Hủy</a></small>"
        if who
        else "Để lại một bình luận"
    )
    return (
        f'<div id="comments" class="comments-area">{listing}<div id="respond" class="comment-respond">'
        f'<h3 id="reply-title" class="comment-reply-title">{reply_title}</h3>'
        f'<form action="{blog.home}wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh '
        'dấu <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Bình luận '
        '<span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8"></textarea>'
        '</p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label>'
        '<input id="author" name="author" type="text" value="" size="30" /></p><p class="form-submit">'
        '<input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" />'
        f"<input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />"
        f"<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p></form>"
        "</div></div>"
    )


def attachment(req: Request, blog: Blog, story: Story, img: Img) -> Response:
    url = blog.post_path(story)
    aid = story.id + 1 + images_of(story).index(img)
    att_title = attachment_slug(img.src).upper()
    full = full_size(img.src)
    d = dt(story.published_at)
    main = (
        breadcrumb(
            blog, [(blog.cat_path(story.cat), blog.cats[story.cat]), (url, story.title)], att_title
        )
        + f'\n<article id="post-{aid}" class="post-{aid} attachment type-attachment status-inherit hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{att_title}</h1><div class="entry-meta nk-thongtin">'
        f'<span class="posted-on">Đăng ngày <time class="entry-date published" datetime="{d.isoformat()}">'
        f"{wp_date(d)}</time></span> <span class=\"full-size-link\"><a href=\"{full}\">1600 &times; 1200</a></span>"
        f'</div></header><div class="entry-content"><p class="attachment"><a href="{full}"><img width="300" '
        f'height="225" src="{sized(img.src, "300x225")}" class="attachment-medium size-medium" alt="" '
        'decoding="async" /></a></p>'
        f'<div class="entry-caption"><p>{tx(img.printed or "")}</p></div></div></article>'
        '<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous">'
        f'<a href="{url}" rel="prev"><span class="meta-nav">Đăng trong</span> {tx(story.title)}</a></div></div></nav>'
        + comments(req, blog, Story(id=aid, slug="", title=att_title, cat=story.cat, published_at=story.published_at, blocks=[]))
    )
    head = yoast_head(req, blog, f"{url}{attachment_slug(img.src)}/", att_title)
    return page(req, blog, att_title, f"attachment attachment-template-default single single-attachment postid-{aid}", main, head=head)


def archive(req: Request, blog: Blog, slug: str, pageno: int) -> Response | None:
    posts = blog.by_cat(slug)
    npages = max(1, -(-len(posts) // PER_PAGE))
    if pageno > npages:
        return None
    chunk = posts[(pageno - 1) * PER_PAGE : pageno * PER_PAGE]
    name = blog.cats[slug]
    nav = ""
    if npages > 1:
        links = []
        if pageno > 1:
            links.append(f'<a class="prev page-numbers" href="{blog.cat_path(slug, pageno - 1)}">&laquo; Trang trước</a>')
        for n in range(1, npages + 1):
            links.append(
                f'<span aria-current="page" class="page-numbers current">{n}</span>'
                if n == pageno
                else f'<a class="page-numbers" href="{blog.cat_path(slug, n)}">{n}</a>'
            )
        if pageno < npages:
            links.append(f'<a class="next page-numbers" href="{blog.cat_path(slug, pageno + 1)}">Trang sau &raquo;</a>')
        nav = (
            '<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">'
            f'Phân trang bài viết</h2><div class="nav-links">{"".join(links)}</div></nav>'
        )
    main = (
        breadcrumb(blog, [], name if pageno == 1 else f"{name} – Trang {pageno}")
        + f'\n<header class="page-header"><h1 class="page-title">Chuyên mục: <span>{tx(name)}</span></h1></header>\n'
        + "\n".join(list_item(blog, s) for s in chunk)
        + nav
    )
    head = yoast_head(
        req, blog, blog.cat_path(slug, pageno), name,
        rel_prev=blog.cat_path(slug, pageno - 1) if pageno > 1 else None,
        rel_next=blog.cat_path(slug, pageno + 1) if pageno < npages else None,
    )
    title = name if pageno == 1 else f"{name} &#8211; Trang {pageno} trên {npages}"
    paged = f" paged paged-{pageno} category-paged-{pageno}" if pageno > 1 else ""
    return page(req, blog, title, f"archive category category-{slug}{paged}", main,
                current=blog.cat_path(slug), head=head)


def tag_archive(req: Request, blog: Blog, slug: str) -> Response | None:
    posts = [s for s in blog.latest() if slug in s.opts.get("tags", [])]
    if slug not in TAGS or not posts:
        return None
    main = (
        breadcrumb(blog, [], f"Lưu trữ thẻ: {TAGS[slug]}")
        + f'\n<header class="page-header"><h1 class="page-title">Thẻ: <span>{tx(TAGS[slug])}</span></h1></header>\n'
        + "\n".join(list_item(blog, s) for s in posts)
    )
    return page(req, blog, TAGS[slug], f"archive tag tag-{slug}", main, head=yoast_head(req, blog, blog.tag_path(slug), TAGS[slug]))


def search(req: Request, blog: Blog, term: str) -> Response:
    key = unicodedata.normalize("NFC", term).casefold().strip()
    hits = [s for s in blog.latest() if key and key in s.title.casefold()]
    body = (
        "\n".join(list_item(blog, s) for s in hits)
        if hits
        else '<section class="no-results not-found"><p>Rất tiếc, không có nội dung nào phù hợp với từ khóa tìm '
        "kiếm của bạn. Vui lòng thử lại với từ khóa khác.</p></section>"
    )
    main = (
        f'<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span>{tx(term)}</span></h1>'
        f"</header>\n{body}"
    )
    return page(req, blog, f"Bạn đã tìm kiếm {term}", "search search-results", main,
                head='<meta name="robots" content="noindex, follow" />')


def wp_page(req: Request, blog: Blog, slug: str) -> Response:
    title, content = blog.pages[slug]
    pid = 11 if slug == "lien-he" else 9
    main = (
        breadcrumb(blog, [], title)
        + f'\n<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{tx(title)}</h1></header>'
        f'<div class="entry-content">{content}</div></article>'
    )
    path = f"{blog.home}{slug}/"
    return page(req, blog, title, f"page-template-default page page-id-{pid}", main, current=path,
                head=yoast_head(req, blog, path, title))


def front(req: Request, blog: Blog) -> Response:
    def block(slug: str, n: int) -> str:
        posts = blog.by_cat(slug)[:n]
        if not posts:
            return ""
        first, rest = posts[0], posts[1:]
        lead = (
            f'<div class="nk-khoi-chinh"><a href="{blog.post_path(first)}"><img width="300" height="200" '
            f'src="{thumb(first)}" class="attachment-medium size-medium wp-post-image" alt="" decoding="async" /></a>'
            f'<h3><a href="{blog.post_path(first)}">{tx(shown_title(first))}</a></h3>'
            f'<span class="nk-ngay">{dmy(dt(first.published_at))}</span><p>{excerpt(first, 25)}</p></div>'
        )
        others = "".join(
            f'<li><a href="{blog.post_path(s)}">{tx(shown_title(s))}</a> <span class="nk-ngay">'
            f"{dmy(dt(s.published_at))}</span></li>"
            for s in rest
        )
        return (
            f'<section class="nk-khoi nk-khoi-{slug}"><h2 class="nk-khoi-tieude"><a href="{blog.cat_path(slug)}">'
            f'{tx(blog.cats[slug])}</a><a class="nk-xemtatca" href="{blog.cat_path(slug)}">Xem tất cả</a></h2>'
            f'{lead}<ul class="nk-khoi-ds">{others}</ul></section>'
        )

    parts = []
    if blog is SONCA:
        sticky = [S1502, S1468, S1475]
        slides = "".join(
            f'<li class="nk-slide"><a href="{blog.post_path(s)}"><img src="{sized(images_of(s)[0].src, "730x410")}" '
            f'width="730" height="410" alt="{esc(s.title)}" /><span class="nk-slide-tieude">{tx(s.title)}</span></a></li>'
            for s in sticky
        )
        parts.append(f'<section class="nk-noibat"><h2 class="nk-khoi-tieude">Tin nổi bật</h2><ul class="nk-slider">{slides}</ul></section>')
        parts += [block(c, 3) for c in ("tin-tuc-su-kien", "hoat-dong-cua-be", "goc-phu-huynh", "tin-nganh")]
    else:
        parts += [block(c, 3) for c in blog.cats]
    if blog is MAIN:
        network = [(SONCA, S1502), (SONCA2, SONCA2.posts[0]), (DTD, DTD.posts[0]), (SONCA, S1480), (LTV, LTV.posts[0])]
        items = "".join(
            f'<li><a href="{b.home}?p={s.id}">{tx(s.title)}</a> <span class="nk-truong">{tx(b.name)}</span></li>'
            for b, s in network
        )
        parts.append(
            '<section class="nk-khoi nk-tin-cac-truong"><h2 class="nk-khoi-tieude">Tin từ các trường</h2>'
            f'<ul class="network-latest-posts">{items}</ul></section>'
        )
    main = "\n".join(parts)
    head = yoast_head(req, blog, blog.home, "Trang chủ")
    return page(req, blog, "Trang chủ", "home page-template page-template-template-trangchu page", main,
                current=blog.home, head=head, front=True)


def feed(req: Request, blog: Blog) -> Response:
    base = base_url(req)
    items = []
    for s in blog.latest()[:10]:
        d = dt(s.published_at).astimezone(UTC)
        items.append(
            f"<item><title>{tx(shown_title(s))}</title><link>{base}{blog.post_path(s)}</link>"
            f"<dc:creator><![CDATA[mnsonca]]></dc:creator><pubDate>{d.strftime('%a, %d %b %Y %H:%M:%S +0000')}"
            f"</pubDate><category><![CDATA[{blog.cats[s.cat]}]]></category>"
            f'<guid isPermaLink="false">{base}{blog.home}?p={s.id}</guid>'
            f"<description><![CDATA[{_html.unescape(excerpt(s))}]]></description></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{tx(blog.name)}</title><link>{base}{blog.home}</link><description>{tx(blog.tagline)}</description>"
        f"<lastBuildDate>Sat, 05 Dec 2026 00:02:44 +0000</lastBuildDate><language>vi</language>"
        f"{''.join(items)}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing -------------------------------------------------------------------------------------


def _seg(value: str) -> str:
    """A path segment as WordPress reads it: percent-decoded (either hex case), NFC."""
    raw = unquote(value)
    if not raw.isascii():
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            raw = raw.encode("latin-1").decode("utf-8")
    return unicodedata.normalize("NFC", raw)


_POST = re.compile(r"^/(\d{4})/(\d{2})/([^/]+)/(?:([^/]+)/)?$")
_CAT = re.compile(r"^/category/([a-z0-9-]+)/(?:page/(\d+)/)?$")


class MultisiteNetwork:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path.startswith("/wp-content/") or path.startswith("/wp-includes/"):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        first = path.split("/")[1] if path.count("/") >= 1 else ""
        if first in BLOGS and first:
            blog = BLOGS[first]
            rest = path[len(first) + 1 :]
            if rest == "":
                return redirect(f"{base_url(req)}/{first}/", 301)
            return self.blog_route(req, blog, rest)
        if first == "blog":
            return self.blog_route(req, MAIN, path[len("/blog") :], posts_only=True)
        return self.blog_route(req, MAIN, path, home_only=True)

    def blog_route(self, req: Request, blog: Blog, rest: str, *, posts_only: bool = False,
                   home_only: bool = False) -> Response | None:
        if rest and not rest.endswith("/") and "." not in rest.rsplit("/", 1)[-1]:
            probe = Request(req.method, req.path + "/", req.query, req.headers, req.body)
            answer = self.respond(probe)
            if answer is not None and answer.status == 200:
                return redirect(f"{base_url(req)}{req.path}/" + (f"?{req.query}" if req.query else ""), 301)
            return None
        params = req.params
        if rest == "/" and not posts_only:
            if "p" in params:
                hit = next((s for s in blog.posts if str(s.id) == params["p"]), None)
                return redirect(base_url(req) + blog.post_path(hit), 301) if hit else None
            if "s" in params:
                return search(req, blog, params["s"])
            return front(req, blog)
        if home_only:
            return None
        if rest == "/wp-login.php" and req.method == "POST" and params.get("action") == "postpass":
            return redirect(req.headers.get("Referer") or base_url(req) + blog.post_path(PROT1455), 302)
        if rest == "/feed/" and blog is SONCA:
            return feed(req, blog)
        m = _CAT.match(rest)
        if m and m.group(1) in blog.cats:
            n = int(m.group(2) or 1)
            if m.group(2) == "1":
                return redirect(base_url(req) + blog.cat_path(m.group(1)), 301)
            return archive(req, blog, m.group(1), n)
        m = re.match(r"^/tag/([a-z0-9-]+)/$", rest)
        if m and blog is SONCA:
            return tag_archive(req, blog, m.group(1))
        m = _POST.match(rest)
        if m:
            year, month, slug, extra = m.group(1), m.group(2), _seg(m.group(3)), m.group(4)
            story = next((s for s in blog.posts if unicodedata.normalize("NFC", s.slug) == slug), None)
            if story is None:
                return None
            d = dt(story.published_at)
            if (int(year), int(month)) != (d.year, d.month):
                return None
            if extra is None:
                return single(req, blog, story)
            if extra.isdigit():
                n = int(extra)
                if kind(story) == "article" and 2 <= n <= len(split_pages(story)):
                    return single(req, blog, story, n)
                return None
            img = next((i for i in images_of(story) if i.style == "gallery" and attachment_slug(i.src) == extra), None)
            return attachment(req, blog, story, img) if img else None
        m = re.match(r"^/([a-z0-9-]+)/$", rest)
        if m and m.group(1) in blog.pages:
            return wp_page(req, blog, m.group(1))
        return None


def build_site() -> MultisiteNetwork:
    return MultisiteNetwork()


# --- gold ----------------------------------------------------------------------------------------


def _alt(story: Story) -> list[str]:
    url = SONCA.post_path(story)
    alts = [f"/mnsonca/?p={story.id}"]
    if url != url.upper() and "%" in url:
        alts.insert(0, re.sub(r"%[0-9a-f]{2}", lambda m: m.group().upper(), url))
    alts += [f"{url}?replytocom={c[0]}" for c in story.opts.get("comments", [])]
    if len(split_pages(story)) > 1:
        alts += [f"{url}{n}/" for n in range(2, len(split_pages(story)) + 1)]
    if story.opts.get("broadcast_of"):
        alts.append(MAIN.post_path(MAIN_COPY))
    return alts


GOLD = [
    gold_record(
        s,
        SONCA.post_path(s),
        SONCA_CATS[s.cat],
        canonical_path=MAIN.post_path(MAIN_COPY) if s.opts.get("broadcast_of") else None,
        alt_paths=_alt(s),
    )
    for s in ARTICLES
]

NON_ARTICLES = [
    "/mnsonca/gioi-thieu/",
    "/mnsonca/lien-he/",
    SONCA.post_path(DOC1490),
    SONCA.post_path(DOC1395),
    SONCA.post_path(PROT1455),
    SONCA.post_path(S1502) + "img_2036/",
]
