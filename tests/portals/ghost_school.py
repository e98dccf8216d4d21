"""Fixture portal: a THPT school's news blog on Ghost 5 (a Casper theme customised by the school).

Imitates Trường THPT Trần Hưng Đạo (phường Nam Định, tỉnh Ninh Bình) running Ghost 5.x with the
publication language set to ``vi`` and Casper 5 edited by the school's IT teacher: a top bar with
today's date and the hotline, breadcrumbs, a "Từ khóa" / share / print row, "Bài trước / Bài tiếp
theo", "Bài viết liên quan" (Casper's read-more cards, renamed), a three-column footer (address,
"Tin mới cập nhật" with dates, a visitor counter pasted in through code injection). What Ghost
itself serves:

- posts at ``/<slug>/`` (no id, no date, no category in the URL); pages (``/gioi-thieu/``,
  ``/lien-he/``, ``/van-ban/``, ``/thu-vien-anh/``) at the same URL shape and in nearly the same
  markup (``article.article.page``: no byline, no date, no tag);
- the post header: the primary tag above the title (the category), ``h1.article-title``, the
  custom excerpt as ``p.article-excerpt`` (only when the editor wrote one), the byline (author
  avatars, ``h4.author-name`` with one or two staff names linking ``/author/<slug>/``, the date as
  Casper prints it with the ``vi`` locale, ``20 Thg 11 2026``, and "N phút đọc"), then the feature
  image in ``figure.article-image`` with its ``figcaption`` (``size/w2000`` src);
- the content in ``section.gh-content``: Koenig cards as Ghost renders them. Newer posts are
  Lexical (text wrapped in ``<span style="white-space: pre-wrap;">``), older ones mobiledoc (bare
  text, ``<!--kg-card-begin: html-->`` markers): ``kg-image-card`` (with or without
  ``figcaption``, one ``kg-width-wide``), ``kg-gallery-card`` (rows of images, one figcaption for
  the whole gallery, or none), ``kg-bookmark-card`` (an external link preview and one to another
  post of the site), ``kg-callout-card`` (emoji in its own div), ``kg-toggle-card`` (FAQ),
  ``kg-file-card`` (PDF under ``/content/files/``), ``kg-button-card``, ``kg-embed-card``
  (YouTube iframe with a caption), HTML cards holding tables, blockquotes, headings, lists;
- listings: ``/`` and ``/page/N/``, ``/tag/<slug>/`` and ``/tag/<slug>/page/N/``,
  ``/author/<slug>/`` and ``/author/<slug>/page/N/``, three posts a page (the school's
  ``posts_per_page``), Casper post cards (excerpt = custom excerpt or the first 33 words of the
  text, date, reading time) and Ghost's pagination partial translated ("Bài mới hơn", "Trang 2 /
  3", "Bài cũ hơn"); ``/page/1/`` answers 301 to the first page, a page past the last 404;
- ``/rss/`` (the 15 newest posts, full ``content:encoded``), ``/tag/<slug>/rss/``,
  ``/author/<slug>/rss/``; ``/sitemap.xml`` (index announced in robots.txt) of
  ``sitemap-pages.xml``, ``sitemap-posts.xml``, ``sitemap-authors.xml``, ``sitemap-tags.xml``
  with Ghost's XSL stylesheet line and ``image:image`` entries;
- members: "Đăng nhập" / "Đăng ký" / "Đăng ký nhận tin" links are Portal fragments
  (``#/portal/signin``, ``#/portal/signup``, ``#/portal``), search is Ghost's client-side
  sodo-search (no search URL); the comments script asks members to sign in;
- Ghost's redirects: a path without its trailing slash or with capitals answers 301 to the
  lower-case path with the slash (query kept), ``/<slug>/amp/`` 301 to the post (AMP off), and
  the school's ``redirects.yaml`` maps the old site's ``/gioi-thieu.html`` to ``/gioi-thieu/``.
  Unknown paths get Casper's 404 page (status 404).

Categories are the primary tags: "Tin tức - Sự kiện" (7 posts, three listing pages), "Thông
báo" (4, two pages), "Gương sáng học đường" (3). Secondary tags ("Đoàn thanh niên", "Học sinh
giỏi", "Chuyển đổi số", "Học kỳ I") have their own listings; "Tuyển sinh lớp 10", in the main
menu, has no post yet and its tag page says so.

Traps and hard cases:
- ``?ref=`` parameters: the footer's "Tin mới cập nhật" links the five newest posts as
  ``/<slug>/?ref=tin-moi`` on every page, and one post links another with the
  ``?ref=thpt-tran-hung-dao-newsletter`` a link copied from the newsletter carries. Ghost ignores
  the parameter and serves the same page (``rel=canonical`` to the clean URL); these variants are
  the records' ``alt_paths``. Ghost ignores every other query parameter too.
- Dates: the page prints only a date, in the ``vi`` locale's short month ("5 Thg 11 2026"); the
  exact time is only in ``article:published_time`` / JSON-LD / RSS, in UTC. Two posts were
  published before 07:00 local time, so their UTC stamp is on the previous day.
- Ghost pages look like posts (same ``article`` / ``gh-content`` markup, images, galleries) but are
  not articles: "Thư viện ảnh" is a page of galleries, "Văn bản" a page of file cards.
- The content's bookmark cards, file cards, button cards and the YouTube embed print titles,
  descriptions and captions that are not article text.

Gold (by hand). Articles are the 14 posts; pages, listings, author pages and feeds are not.
Judgement calls:
- ``published_at`` is the printed date (date only; the header wins over meta and JSON-LD, and
  the printed date is the local date: for the two early-morning posts it is the day after the UTC
  stamp's date).
- ``summary`` is the custom excerpt printed under the title; it opens the body (it is not part of
  the post's content in Ghost). Posts without a custom excerpt have no summary: the excerpt the
  cards and ``meta description`` compute from the text is not one. One post's editor pasted the
  first paragraph as the excerpt too: summary = that paragraph, printed once in the body.
- ``authors``: the in-text signature when there is one ("Tin: X", "Bài: X - Ảnh: Y", "Tin, ảnh:
  X", a bare name line before "Nguồn:"), else the staff names of the Ghost byline (two on one
  post). On the post reposted from Báo Ninh Bình the bare name "Hoàng Anh" is the author and the
  Ghost account that posted it (Phạm Thị Lan) is not. "Nguồn: Báo Ninh Bình điện tử" is the source;
  the "(NB) -" mark opening its first paragraph is kept as printed.
- ``photographers``: "Ảnh: Y" lines, "Tin, ảnh: X", a caption ending "(Ảnh: Lê Thu Trang)" (caption
  kept as printed), and the Unsplash credit Ghost writes under a stock feature image ("Photo by
  Thanh Tran / Unsplash": caption as printed, Thanh Tran as photographer).
- ``images``: the feature image first (its src as printed, ``size/w2000``; the Unsplash image is
  an external URL), then the content's images in order; a gallery's one figcaption goes with its
  last image, the others get None (the convention of every other fixture's gold for one caption
  under a row of photos; the helper's first gold gave it to every image, harmonised after the
  first crawl), galleries without one give None.
  Avatars, card thumbnails, bookmark icons and thumbnails are not article images.
- ``body``: paragraphs, headings, list items, blockquotes, callout text (without the emoji),
  toggle-card question and answer, table rows (cells joined by " | "), in order. Not body: image
  and gallery captions, the embed's caption, bookmark / file / button cards, signature and source
  lines.
- ``category``: the primary tag's name, as printed above the title and in the breadcrumb.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "ghost_school"
PLATFORM = "ghost"
START_PATH = "/"

SITE = "THPT Trần Hưng Đạo"
SCHOOL = "Trường THPT Trần Hưng Đạo"
DESCRIPTION = "Tin tức, thông báo và hoạt động của Trường THPT Trần Hưng Đạo, tỉnh Ninh Bình"
ADDRESS = "Số 12 đường Trần Thái Tông, phường Nam Định, tỉnh Ninh Bình"
PHONE = "0228 3 846 215"
EMAIL = "c3tranhungdao@ninhbinh.edu.vn"
PER_PAGE = 3
FEED_SIZE = 15
LATEST_WIDGET = 5
GHOST_VERSION = "5.96"
LOCAL = timezone(timedelta(hours=7))
IMG = "/content/images"
REF_NEWS = "thpt-tran-hung-dao-newsletter"
REF_LATEST = "tin-moi"
CONTENT_KEY = "3f9c1d2b7a6e8f04c5d1e2a9b7"

#: primary tags (the categories): slug -> (name, description)
CATS: dict[str, tuple[str, str]] = {
    "tin-tuc-su-kien": (
        "Tin tức - Sự kiện",
        "Hoạt động dạy học, phong trào và sự kiện của nhà trường.",
    ),
    "thong-bao": ("Thông báo", "Thông báo của nhà trường tới học sinh và cha mẹ học sinh."),
    "guong-sang-hoc-duong": (
        "Gương sáng học đường",
        "Những tấm gương học sinh, thầy cô tiêu biểu.",
    ),
}
#: secondary tags; "tuyen-sinh-lop-10" has no post
TAGS: dict[str, str] = {
    "doan-thanh-nien": "Đoàn thanh niên",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "chuyen-doi-so": "Chuyển đổi số",
    "hoc-ky-i": "Học kỳ I",
    "tuyen-sinh-lop-10": "Tuyển sinh lớp 10",
}
EMPTY_TAG = "tuyen-sinh-lop-10"


@dataclass(frozen=True)
class Author:
    slug: str
    name: str
    bio: str
    location: str


AUTHORS: dict[str, Author] = {
    a.slug: a
    for a in (
        Author(
            "minh-thu",
            "Nguyễn Thị Minh Thư",
            "Giáo viên Ngữ văn, Ban Truyền thông nhà trường.",
            "Nam Định",
        ),
        Author("tran-van-khoa", "Trần Văn Khoa", "Tổ trưởng Tổ Tin học - Công nghệ.", "Nam Định"),
        Author("vu-hai-nam", "Vũ Hải Nam", "Bí thư Đoàn trường THPT Trần Hưng Đạo.", "Ninh Bình"),
        Author("pham-thi-lan", "Phạm Thị Lan", "Văn phòng nhà trường.", "Nam Định"),
    )
}

_UNSPLASH = (
    "https://images.unsplash.com/photo-1606326608606-aa0b62935f2b?crop=entropy&cs=tinysrgb&fit=max"
    "&fm=jpg&ixid=M3wxMTc3M3wwfDF8c2VhcmNofDEyfHxraWVtJTIwdHJhfGVufDB8fHx8MTc2NDAzMTYwMHww"
    "&ixlib=rb-4.0.3&q=80&w=2000"
)
_UNSPLASH_CAPTION = (
    'Photo by <a href="https://unsplash.com/@thanhtran?utm_source=ghost&amp;utm_medium=referral'
    '&amp;utm_campaign=api-credit">Thanh Tran</a> / <a href="https://unsplash.com/?utm_source=ghost'
    '&amp;utm_medium=referral&amp;utm_campaign=api-credit">Unsplash</a>'
)


def _sig(line: str, tag: str = "strong") -> Raw:
    """A right-aligned signature paragraph as the editor typed it (Lexical keeps the span)."""
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


def _file_card(href: str, title: str, caption: str, size: str) -> Raw:
    name = href.rsplit("/", 1)[1]
    return Raw(
        '<div class="kg-card kg-file-card"><a class="kg-file-card-container" href="{base}'
        f'{href}" title="Download" download><div class="kg-file-card-contents">'
        f'<div class="kg-file-card-title">{esc(title)}</div><div class="kg-file-card-caption">{esc(caption)}</div>'
        f'<div class="kg-file-card-metadata"><div class="kg-file-card-filename">{esc(name)}</div>'
        f'<div class="kg-file-card-filesize">{size}</div></div></div><div class="kg-file-card-icon">'
        '<svg viewBox="0 0 24 24"><defs><style>.a{fill:none;stroke:currentColor;stroke-linecap:round;'
        "stroke-linejoin:round;stroke-width:1.5px;}</style></defs><title>download-circle</title>"
        '<polyline class="a" points="8.25 14.25 12 18 15.75 14.25"></polyline>'
        '<line class="a" x1="12" y1="6.75" x2="12" y2="18"></line><circle class="a" cx="12" cy="12" r="11.25"></circle>'
        "</svg></div></a></div>"
    )


def _button_card(href: str, label: str) -> Raw:
    return Raw(
        f'<div class="kg-card kg-button-card kg-align-center"><a href="{href}" class="kg-btn kg-btn-accent">'
        f"{esc(label)}</a></div>"
    )


def _bookmark(
    href: str, title: str, description: str, author: str, publisher: str, icon: str, thumb: str
) -> Raw:
    return Raw(
        f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{href}">'
        f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{esc(title)}</div>'
        f'<div class="kg-bookmark-description">{esc(description)}</div><div class="kg-bookmark-metadata">'
        f'<img class="kg-bookmark-icon" src="{icon}" alt=""><span class="kg-bookmark-author">{esc(author)}</span>'
        f'<span class="kg-bookmark-publisher">{esc(publisher)}</span></div></div>'
        f'<div class="kg-bookmark-thumbnail"><img src="{thumb}" alt="" onerror="this.style.display = \'none\'"></div>'
        "</a></figure>"
    )


_YOUTUBE = Raw(
    '<figure class="kg-card kg-embed-card kg-card-hascaption"><iframe width="200" height="113"'
    ' src="https://www.youtube.com/embed/Xq3Lw1pC0sE?feature=oembed" frameborder="0" allow="accelerometer;'
    ' autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"'
    ' referrerpolicy="strict-origin-when-cross-origin" allowfullscreen title="Tình huống mô phỏng an toàn'
    ' giao thông"></iframe><figcaption><p><span style="white-space: pre-wrap;">Video: Tình huống mô phỏng do'
    " Đội thanh niên xung kích nhà trường thực hiện</span></p></figcaption></figure>"
)

_FILES = "/content/files/2026"

# Story.opts: at (local publication time), authors (Ghost staff slugs, byline order), tags
# (secondary tag slugs), lexical (False: an older mobiledoc post), updated (hours after
# publication the post was last saved), featured (Casper's "Nổi bật" mark).
# Img styles: feature (the post's feature image in the header), card, wide, gallery:<key>
# (consecutive images of one gallery card; printed = the gallery's figcaption).
# P styles: "", h2, h3, li, quote, callout:<emoji>, toggle-q, toggle-a, th/tr (table rows, cells
# " | "), "a|href|phrase" (the phrase is a link).
STORIES: list[Story] = [
    Story(
        id=1,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-25",
        summary=(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với học sinh các"
            " khối 10, 11 và 12, bắt đầu từ ngày 14/12/2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _UNSPLASH,
                "Photo by Thanh Tran / Unsplash",
                "Photo by Thanh Tran / Unsplash",
                "feature",
            ),
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026 - 2027 và Công văn số 3125/SGDĐT-GDTrH ngày"
                " 20/11/2026 của Sở Giáo dục và Đào tạo tỉnh Ninh Bình về việc kiểm tra cuối học kỳ I,"
                " Trường THPT Trần Hưng Đạo thông báo lịch kiểm tra như sau:"
            ),
            P("1. Thời gian kiểm tra", "h2"),
            P("Khối 12: từ ngày 14/12 đến ngày 17/12/2026.", "li"),
            P("Khối 10 và khối 11: từ ngày 16/12 đến ngày 19/12/2026.", "li"),
            P(
                "Các môn kiểm tra theo hình thức trắc nghiệm kết hợp tự luận; môn Ngữ văn kiểm tra tự"
                " luận 90 phút.",
                "li",
            ),
            P("2. Lịch kiểm tra chi tiết", "h2"),
            P(
                "Lịch kiểm tra từng môn, danh sách phòng kiểm tra và số báo danh của học sinh được đăng"
                " trong tệp đính kèm dưới đây."
            ),
            _file_card(
                f"{_FILES}/11/lich-kiem-tra-cuoi-hk1-2026-2027.pdf",
                "Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
                "Lịch chi tiết các môn và danh sách phòng kiểm tra",
                "312 KB",
            ),
            P(
                "Lưu ý: Học sinh có mặt tại phòng kiểm tra trước giờ kiểm tra 15 phút, mang theo thẻ học"
                " sinh; không mang điện thoại và tài liệu vào phòng kiểm tra.",
                "callout:📌",
            ),
            P(
                "Giáo viên chủ nhiệm các lớp có trách nhiệm phổ biến thông báo này tới học sinh và cha mẹ"
                " học sinh của lớp mình."
            ),
        ],
        authors=["Phạm Thị Lan"],
        photographers=["Thanh Tran"],
        opts={
            "at": "2026-11-25 07:30",
            "authors": ["pham-thi-lan"],
            "tags": ["hoc-ky-i"],
            "updated": 1,
            "caption_html": _UNSPLASH_CAPTION,
        },
    ),
    Story(
        id=2,
        slug="chi-doan-12a3-vo-dich-giai-bong-da-nam-hoc-sinh-nam-hoc-2026-2027",
        title="Chi đoàn 12A3 vô địch Giải bóng đá nam học sinh năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-24",
        blocks=[
            Img(f"{IMG}/2026/11/bong-da-hoc-sinh-2026-cover.jpg", None, None, "feature"),
            P(
                "Chiều 23/11/2026, trận chung kết Giải bóng đá nam học sinh Trường THPT Trần Hưng Đạo năm"
                " học 2026 - 2027 đã diễn ra sôi nổi tại sân vận động nhà trường với sự cổ vũ nhiệt tình"
                " của hàng trăm học sinh."
            ),
            P(
                "Giải đấu do Đoàn trường tổ chức từ ngày 02/11/2026, quy tụ 24 đội bóng đến từ các chi"
                " đoàn của ba khối. Sau gần bốn tuần thi đấu với 46 trận, hai đội 12A3 và 11A6 đã xuất"
                " sắc vượt qua các đối thủ để góp mặt ở trận đấu cuối cùng."
            ),
            Img(
                f"{IMG}/2026/11/chung-ket-bong-da-12a3-11a6.jpg",
                "Pha tranh bóng trong trận chung kết giữa hai đội 12A3 và 11A6",
                "Pha tranh bóng trong trận chung kết giữa hai đội 12A3 và 11A6",
                "card",
            ),
            P(
                "Trận đấu diễn ra với thế trận giằng co. Đội 12A3 mở tỷ số ở phút thứ 15 nhưng 11A6 nhanh"
                " chóng gỡ hòa 1 - 1 trước khi hiệp một khép lại. Phút 38, tiền đạo Lê Hoàng Phúc ghi bàn"
                " quyết định, mang về chức vô địch cho 12A3."
            ),
            P("Kết quả chung cuộc", "h3"),
            P("Giải | Đội | Phần thưởng", "th"),
            P("Vô địch | 12A3 | Cúp và 2.000.000 đồng", "tr"),
            P("Á quân | 11A6 | 1.500.000 đồng", "tr"),
            P("Đồng giải Ba | 12A1 và 10A4 | 1.000.000 đồng mỗi đội", "tr"),
            P("Vua phá lưới | Lê Hoàng Phúc (12A3) | 9 bàn thắng", "tr"),
            Img(f"{IMG}/2026/11/trao-cup-vo-dich-12a3.jpg", None, None, "card"),
            P(
                "Thay mặt Ban tổ chức, thầy Vũ Hải Nam, Bí thư Đoàn trường, chúc mừng các đội đạt giải và"
                " ghi nhận tinh thần thi đấu trung thực, cao thượng của các cầu thủ trong suốt mùa giải."
            ),
        ],
        authors=["Vũ Hải Nam", "Nguyễn Thị Minh Thư"],
        opts={
            "at": "2026-11-24 15:10",
            "authors": ["vu-hai-nam", "minh-thu"],
            "tags": ["doan-thanh-nien"],
        },
    ),
    Story(
        id=3,
        slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-21",
        summary=(
            "Sáng 20/11/2026, Trường THPT Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam, tri ân các thế hệ thầy cô giáo đã và đang công tác tại trường."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{IMG}/2026/11/le-ky-niem-20-11-hieu-truong.jpg",
                "Thầy Hiệu trưởng Vũ Đức Thịnh phát biểu tại buổi lễ",
                "Thầy Hiệu trưởng Vũ Đức Thịnh phát biểu tại buổi lễ",
                "feature",
            ),
            P(
                "Tới dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo tỉnh Ninh Bình, Đảng ủy, UBND"
                " phường Nam Định, Ban đại diện cha mẹ học sinh cùng đông đảo các thế hệ cựu giáo viên,"
                " cựu học sinh của nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Vũ Đức Thịnh, Hiệu trưởng nhà trường, ôn lại truyền thống vẻ"
                " vang của ngành giáo dục Việt Nam và của Trường THPT Trần Hưng Đạo sau hơn 60 năm xây dựng,"
                " phát triển. Năm học 2026 - 2027, nhà trường đã có 41 học sinh đạt giải học sinh giỏi cấp"
                " tỉnh lớp 12, trong đó có 6 giải Nhất.",
                "a|/nu-sinh-nguyen-khanh-linh-dat-giai-nhat-mon-toan-ky-thi-hoc-sinh-gioi-cap-tinh/?ref="
                + REF_NEWS
                + "|41 học sinh đạt giải học sinh giỏi cấp tỉnh lớp 12",
            ),
            Img(
                f"{IMG}/2026/11/le-ky-niem-20-11-tang-hoa.jpg",
                "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng các thầy cô giáo",
                "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng các thầy cô giáo",
                "card",
            ),
            P(
                "Dịp này, nhà trường trân trọng trao danh hiệu Chiến sĩ thi đua cơ sở cho 9 thầy cô giáo và"
                " Giấy khen của Hiệu trưởng cho 21 cá nhân có thành tích xuất sắc trong năm học 2025 - 2026."
            ),
            P(
                "Xen giữa các phần nghi lễ là chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn,"
                " với những ca khúc, tiết mục múa về thầy cô và mái trường."
            ),
            Img(
                f"{IMG}/2026/11/van-nghe-20-11-01.jpg",
                "Các tiết mục văn nghệ chào mừng của học sinh",
                None,
                "gallery:a",
            ),
            Img(
                f"{IMG}/2026/11/van-nghe-20-11-02.jpg",
                "Các tiết mục văn nghệ chào mừng của học sinh",
                None,
                "gallery:a",
            ),
            Img(
                f"{IMG}/2026/11/van-nghe-20-11-03.jpg",
                "Các tiết mục văn nghệ chào mừng của học sinh",
                "Các tiết mục văn nghệ chào mừng của học sinh",
                "gallery:a",
            ),
            _sig("Ảnh: Phạm Đức Long", "em"),
        ],
        authors=["Nguyễn Thị Minh Thư"],
        photographers=["Phạm Đức Long"],
        opts={"at": "2026-11-21 06:50", "authors": ["minh-thu"], "tags": [], "featured": True},
    ),
    Story(
        id=4,
        slug="nu-sinh-nguyen-khanh-linh-dat-giai-nhat-mon-toan-ky-thi-hoc-sinh-gioi-cap-tinh",
        title="Nữ sinh Nguyễn Khánh Linh đạt giải Nhất môn Toán kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        cat="guong-sang-hoc-duong",
        published_at="2026-11-19",
        summary=(
            "Với 18,5/20 điểm, em Nguyễn Khánh Linh (lớp 12A1) là thí sinh có điểm cao nhất môn Toán tại"
            " kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 và được chọn vào đội tuyển"
            " dự thi quốc gia."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{IMG}/2026/11/nguyen-khanh-linh-12a1.jpg",
                "Em Nguyễn Khánh Linh, học sinh lớp 12A1",
                "Em Nguyễn Khánh Linh, học sinh lớp 12A1",
                "feature",
            ),
            P(
                "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 diễn ra trong hai ngày 10 và"
                " 11/11/2026 với gần 1.900 thí sinh dự thi 13 môn. Đội tuyển của Trường THPT Trần Hưng Đạo"
                " có 62 em tham gia, đạt 41 giải, trong đó có 6 giải Nhất."
            ),
            P(
                "Nổi bật là em Nguyễn Khánh Linh với giải Nhất môn Toán. Linh chia sẻ, em bắt đầu yêu thích"
                " môn Toán từ những năm trung học cơ sở nhờ cách dạy gần gũi của thầy cô và những bài toán"
                " hình học mà em gọi là “bài toán biết kể chuyện”."
            ),
            P(
                "“Em nghĩ học Toán không phải là làm thật nhiều bài, mà là hiểu vì sao một lời giải lại"
                " đúng. Mỗi lần bí, em quay lại đọc kỹ đề và vẽ lại hình”, Linh nói.",
                "quote",
            ),
            Img(
                f"{IMG}/2026/11/doi-tuyen-toan-2026.jpg",
                "Khánh Linh (thứ hai từ trái sang) cùng các bạn trong đội tuyển Toán và cô giáo Đỗ Thị Hương",
                "Khánh Linh (thứ hai từ trái sang) cùng các bạn trong đội tuyển Toán và cô giáo Đỗ Thị Hương",
                "card",
            ),
            P(
                "Cô Đỗ Thị Hương, giáo viên chủ nhiệm kiêm giáo viên bồi dưỡng đội tuyển, nhận xét Linh là"
                " học sinh có tư duy độc lập, chăm chỉ và luôn sẵn sàng giúp đỡ các bạn trong nhóm."
            ),
            P(
                "Với kết quả này, Linh cùng 5 bạn khác của trường được chọn vào đội tuyển của tỉnh dự Kỳ thi"
                " chọn học sinh giỏi quốc gia THPT năm 2027."
            ),
            _bookmark(
                "{base}/hoi-cuu-hoc-sinh-trao-30-suat-hoc-bong-tiep-buoc-den-truong/",
                "Hội Cựu học sinh trao 30 suất học bổng “Tiếp bước đến trường”",
                "Ngày 24/9/2026, Hội Cựu học sinh Trường THPT Trần Hưng Đạo tổ chức trao 30 suất học bổng"
                " cho học sinh có hoàn cảnh khó khăn.",
                "Nguyễn Thị Minh Thư",
                SITE,
                "{base}/content/images/size/w256h256/2024/08/logo-thd.png",
                "{base}/content/images/size/w1200/2026/09/hoc-bong-tiep-buoc-den-truong.jpg",
            ),
        ],
        authors=["Nguyễn Thị Minh Thư"],
        opts={
            "at": "2026-11-19 20:30",
            "authors": ["minh-thu"],
            "tags": ["hoc-sinh-gioi"],
            "featured": True,
        },
    ),
    Story(
        id=5,
        slug="ngoai-khoa-an-toan-giao-thong-cho-nu-cuoi-ngay-mai",
        title="Ngoại khóa “An toàn giao thông cho nụ cười ngày mai”",
        cat="tin-tuc-su-kien",
        published_at="2026-11-17",
        summary=(
            "Hơn 1.300 học sinh nhà trường đã tham gia buổi ngoại khóa tìm hiểu pháp luật về trật tự, an"
            " toàn giao thông do Đoàn trường phối hợp với Công an phường Nam Định tổ chức."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{IMG}/2026/11/ngoai-khoa-atgt-cong-an-phuong.jpg",
                "Cán bộ Công an phường Nam Định tuyên truyền cho học sinh về an toàn giao thông",
                "Cán bộ Công an phường Nam Định tuyên truyền cho học sinh về an toàn giao thông",
                "feature",
            ),
            P(
                "Sáng 16/11/2026, trong tiết chào cờ đầu tuần, Đoàn trường THPT Trần Hưng Đạo phối hợp với"
                " Công an phường Nam Định tổ chức buổi ngoại khóa với chủ đề “An toàn giao thông cho nụ cười"
                " ngày mai”."
            ),
            P(
                "Tại buổi ngoại khóa, các em học sinh được nghe phổ biến những quy định của Luật Trật tự, an"
                " toàn giao thông đường bộ; các lỗi vi phạm thường gặp ở học sinh như không đội mũ bảo hiểm,"
                " điều khiển xe máy khi chưa đủ tuổi, đi xe dàn hàng ngang trên đường."
            ),
            _YOUTUBE,
            P(
                "Phần thi tìm hiểu kiến thức và xử lý tình huống giữa các chi đoàn diễn ra sôi nổi, hào"
                " hứng. Chi đoàn 10A2 giành giải Nhất, chi đoàn 11A5 và 12A4 đồng giải Nhì."
            ),
            P(
                "Học sinh chưa đủ 16 tuổi không được điều khiển xe gắn máy; khi đi xe đạp điện, xe máy điện"
                " phải đội mũ bảo hiểm và cài quai đúng quy cách.",
                "callout:💡",
            ),
            Img(
                f"{IMG}/2026/11/ngoai-khoa-atgt-giai-nhat-10a2.jpg",
                "Chi đoàn 10A2 nhận giải Nhất phần thi tìm hiểu",
                "Chi đoàn 10A2 nhận giải Nhất phần thi tìm hiểu",
                "card",
            ),
            P(
                "Kết thúc buổi ngoại khóa, 100% học sinh ký cam kết chấp hành nghiêm các quy định về an toàn"
                " giao thông."
            ),
        ],
        authors=["Vũ Hải Nam"],
        opts={"at": "2026-11-17 10:05", "authors": ["vu-hai-nam"], "tags": ["doan-thanh-nien"]},
    ),
    Story(
        id=6,
        slug="toa-dam-ung-dung-tri-tue-nhan-tao-ho-tro-giao-vien-trong-day-hoc",
        title="Tọa đàm ứng dụng trí tuệ nhân tạo hỗ trợ giáo viên trong dạy học",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12",
        blocks=[
            Img(
                f"{IMG}/2026/11/toa-dam-ai-thay-khoa.jpg",
                "Thầy Trần Văn Khoa chia sẻ tại buổi tọa đàm (Ảnh: Lê Thu Trang)",
                "Thầy Trần Văn Khoa chia sẻ tại buổi tọa đàm (Ảnh: Lê Thu Trang)",
                "feature",
            ),
            P(
                "Chiều 11/11/2026, Tổ Tin học - Công nghệ phối hợp với Tổ Toán tổ chức buổi tọa đàm “Ứng"
                " dụng trí tuệ nhân tạo hỗ trợ giáo viên trong dạy học và kiểm tra, đánh giá” với sự tham"
                " gia của 85 cán bộ, giáo viên nhà trường."
            ),
            P(
                "Tại tọa đàm, các báo cáo viên giới thiệu cách sử dụng một số công cụ trí tuệ nhân tạo để"
                " soạn ngân hàng câu hỏi, xây dựng học liệu số và phân tích kết quả học tập của học sinh;"
                " đồng thời lưu ý những rủi ro về tính chính xác của thông tin và bảo vệ dữ liệu cá nhân."
            ),
            P("Chia sẻ kinh nghiệm từ thực tế lớp học", "h2"),
            P(
                "Cô Hoàng Thị Mai, giáo viên Tiếng Anh, chia sẻ việc dùng trợ lý ảo tạo các đoạn hội thoại"
                " luyện nói theo chủ đề, giúp học sinh tự tin hơn. Thầy Nguyễn Quang Vinh, giáo viên Toán,"
                " giới thiệu cách số hóa đề kiểm tra và chấm trắc nghiệm tự động, tiết kiệm nhiều thời gian"
                " cho giáo viên."
            ),
            Img(
                f"{IMG}/2026/11/toa-dam-ai-thuc-hanh.jpg",
                "Giáo viên thực hành xây dựng học liệu số ngay tại buổi tọa đàm",
                "Giáo viên thực hành xây dựng học liệu số ngay tại buổi tọa đàm",
                "wide",
            ),
            P(
                "Các ý kiến thống nhất: trí tuệ nhân tạo là công cụ hỗ trợ, không thay thế vai trò của người"
                " thầy; giáo viên cần kiểm chứng nội dung và hướng dẫn học sinh sử dụng công nghệ một cách"
                " trung thực, có trách nhiệm."
            ),
            _bookmark(
                "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=11482&ref=thpttranhungdao.edu.vn",
                "Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong giáo dục",
                "Bộ Giáo dục và Đào tạo hướng dẫn thực hiện nhiệm vụ ứng dụng công nghệ thông tin, chuyển đổi"
                " số và thống kê giáo dục năm học 2026 - 2027.",
                "Bộ Giáo dục và Đào tạo",
                "Cổng thông tin điện tử Bộ GD&ĐT",
                "https://moet.gov.vn/favicon.ico",
                "https://moet.gov.vn/content/tintuc/PublishingImages/2026/chuyen-doi-so.jpg",
            ),
            _sig("Tin: Trần Văn Khoa"),
        ],
        authors=["Trần Văn Khoa"],
        photographers=["Lê Thu Trang"],
        opts={"at": "2026-11-12 14:30", "authors": ["tran-van-khoa"], "tags": ["chuyen-doi-so"]},
    ),
    Story(
        id=7,
        slug="thong-bao-ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-2026",
        title="Thông báo kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm 2026",
        cat="thong-bao",
        published_at="2026-11-10",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học 2026 - 2027, nhà trường tổ chức Hội khỏe Phù Đổng cấp trường năm"
                " 2026 nhằm đẩy mạnh phong trào rèn luyện thân thể, lựa chọn vận động viên tham gia Hội khỏe"
                " Phù Đổng cấp tỉnh."
            ),
            P("Các môn thi đấu gồm:"),
            P("Điền kinh: chạy 100 m, 400 m, nhảy xa (nam, nữ);", "li"),
            P("Cầu lông: đơn nam, đơn nữ, đôi nam nữ;", "li"),
            P("Bóng bàn: đơn nam, đơn nữ;", "li"),
            P("Kéo co: đồng đội khối 10, 11, 12.", "li"),
            P(
                "Thời gian thi đấu: từ ngày 30/11 đến ngày 05/12/2026 tại sân vận động và nhà đa năng của"
                " trường. Các lớp gửi danh sách vận động viên về Đoàn trường trước ngày 25/11/2026."
            ),
            _button_card(
                "{base}" + f"{_FILES}/11/mau-dang-ky-hkpd-2026.pdf", "Tải mẫu đăng ký thi đấu"
            ),
        ],
        authors=["Phạm Thị Lan"],
        opts={"at": "2026-11-10 16:00", "authors": ["pham-thi-lan"], "tags": []},
    ),
    Story(
        id=8,
        slug="hoc-sinh-khoi-10-trai-nghiem-tai-khu-di-tich-lich-su-den-tran",
        title="Học sinh khối 10 trải nghiệm tại Khu di tích lịch sử Đền Trần",
        cat="tin-tuc-su-kien",
        published_at="2026-11-05",
        summary=(
            "Chuyến trải nghiệm giúp gần 480 học sinh khối 10 hiểu thêm về lịch sử vương triều Trần và"
            " truyền thống hiếu học của quê hương."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{IMG}/2026/11/trai-nghiem-den-tran-dang-huong.jpg",
                "Học sinh khối 10 dâng hương tại Đền Thiên Trường",
                "Học sinh khối 10 dâng hương tại Đền Thiên Trường",
                "feature",
            ),
            P(
                "Ngày 03/11/2026, trong khuôn khổ chương trình giáo dục địa phương, nhà trường tổ chức cho"
                " gần 480 học sinh khối 10 tham quan, trải nghiệm tại Khu di tích lịch sử - văn hóa Đền"
                " Trần, phường Nam Định."
            ),
            P("Tìm hiểu lịch sử vương triều Trần", "h2"),
            P(
                "Dưới sự hướng dẫn của cán bộ Ban Quản lý di tích, các em được nghe giới thiệu về quần thể"
                " di tích gồm Đền Thiên Trường, Đền Cố Trạch, Đền Trùng Hoa và những chiến công hiển hách"
                " của quân dân nhà Trần trong ba lần kháng chiến chống quân Nguyên Mông."
            ),
            P("Hoạt động nhóm tại di tích", "h2"),
            P(
                "Các lớp chia thành nhóm, hoàn thành phiếu học tập, chụp ảnh tư liệu và thực hiện video giới"
                " thiệu ngắn về một hiện vật mà nhóm ấn tượng nhất. Sản phẩm của các nhóm sẽ được trưng bày"
                " trong tiết sinh hoạt chuyên đề cuối tháng 11."
            ),
            Img(f"{IMG}/2026/11/den-tran-nhom-01.jpg", None, None, "gallery:b"),
            Img(f"{IMG}/2026/11/den-tran-nhom-02.jpg", None, None, "gallery:b"),
            Img(f"{IMG}/2026/11/den-tran-nhom-03.jpg", None, None, "gallery:b"),
            Img(f"{IMG}/2026/11/den-tran-nhom-04.jpg", None, None, "gallery:b"),
            P(
                "Chuyến đi để lại nhiều ấn tượng, giúp học sinh thêm tự hào về truyền thống lịch sử của quê"
                " hương và ý thức giữ gìn, phát huy giá trị di sản."
            ),
            _sig("Ảnh: Lê Gia Bảo", "em"),
        ],
        authors=["Nguyễn Thị Minh Thư"],
        photographers=["Lê Gia Bảo"],
        opts={"at": "2026-11-05 09:00", "authors": ["minh-thu"], "tags": []},
    ),
    Story(
        id=9,
        slug="thong-bao-dang-ky-tham-gia-cau-lac-bo-nam-hoc-2026-2027",
        title="Thông báo đăng ký tham gia câu lạc bộ năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-02",
        summary="Học sinh đăng ký câu lạc bộ trực tuyến từ ngày 02/11 đến hết ngày 09/11/2026.",
        sapo_outside=True,
        blocks=[
            Img(f"{IMG}/2026/11/cau-lac-bo-2026-2027.jpg", None, None, "feature"),
            P(
                "Nhằm tạo sân chơi bổ ích, phát triển năng khiếu và kỹ năng cho học sinh, năm học 2026 -"
                " 2027, Đoàn trường tiếp tục duy trì 12 câu lạc bộ thuộc các lĩnh vực học thuật, nghệ thuật,"
                " thể thao và kỹ năng sống."
            ),
            P(
                "Học sinh đăng ký qua biểu mẫu trực tuyến; mỗi câu lạc bộ tuyển tối đa 40 thành viên, ưu tiên"
                " theo thứ tự đăng ký."
            ),
            _button_card("https://forms.gle/Qk7vThd2026ClbXyZ9", "Đăng ký câu lạc bộ"),
            P("Câu hỏi thường gặp", "h3"),
            P("Mỗi học sinh được đăng ký bao nhiêu câu lạc bộ?", "toggle-q"),
            P(
                "Mỗi học sinh được đăng ký tối đa 2 câu lạc bộ, trong đó không quá 1 câu lạc bộ thể thao.",
                "toggle-a",
            ),
            P("Câu lạc bộ sinh hoạt vào thời gian nào?", "toggle-q"),
            P(
                "Các câu lạc bộ sinh hoạt vào chiều thứ Bảy hằng tuần, từ 14h00 đến 16h30, bắt đầu từ ngày"
                " 14/11/2026.",
                "toggle-a",
            ),
            P(
                "Mọi thắc mắc xin liên hệ thầy Vũ Hải Nam, Bí thư Đoàn trường, số điện thoại 0912 486 357."
            ),
        ],
        authors=["Vũ Hải Nam"],
        opts={"at": "2026-11-02 08:15", "authors": ["vu-hai-nam"], "tags": ["doan-thanh-nien"]},
    ),
    Story(
        id=10,
        slug="do-quang-huy-va-uoc-mo-tro-thanh-ky-su-hang-khong",
        title="Đỗ Quang Huy và ước mơ trở thành kỹ sư hàng không",
        cat="guong-sang-hoc-duong",
        published_at="2026-10-30",
        # the editor pasted the first paragraph as the custom excerpt too: printed twice
        summary=(
            "Đam mê mô hình máy bay từ năm lớp 6, Đỗ Quang Huy (lớp 11A2) đã tự thiết kế chiếc máy bay"
            " điều khiển từ xa đầu tiên bằng xốp và động cơ cũ khi mới học lớp 9."
        ),
        blocks=[
            Img(
                f"{IMG}/2026/10/do-quang-huy-mo-hinh-may-bay.jpg",
                "Đỗ Quang Huy bên mô hình máy bay tự chế",
                "Đỗ Quang Huy bên mô hình máy bay tự chế",
                "feature",
            ),
            P(
                "Đam mê mô hình máy bay từ năm lớp 6, Đỗ Quang Huy (lớp 11A2) đã tự thiết kế chiếc máy bay"
                " điều khiển từ xa đầu tiên bằng xốp và động cơ cũ khi mới học lớp 9."
            ),
            P(
                "Năm học vừa qua, Huy cùng nhóm bạn đạt giải Nhì Cuộc thi Khoa học kỹ thuật cấp tỉnh với dự"
                " án “Thiết bị bay không người lái hỗ trợ phun thuốc trừ sâu cho lúa”. Sản phẩm có chi phí"
                " thấp, dễ sử dụng, được nhiều nông dân ở địa phương quan tâm."
            ),
            P("Học từ những lần thất bại", "h3"),
            P(
                "Huy kể, có những tuần em phải làm lại cánh máy bay đến năm, sáu lần vì tính sai trọng tâm."
                " “Mỗi lần máy bay rơi là một lần em học được điều mới. Thầy hướng dẫn luôn nói với chúng em"
                " rằng thất bại chỉ là dữ liệu để làm tốt hơn”, Huy chia sẻ."
            ),
            Img(f"{IMG}/2026/10/do-quang-huy-clb-robotics.jpg", None, None, "card"),
            P(
                "Ngoài giờ học, Huy là thành viên tích cực của câu lạc bộ Robotics nhà trường và thường hướng"
                " dẫn các em khối 10 lắp ráp mạch điện cơ bản. Em đặt mục tiêu thi vào ngành Kỹ thuật hàng"
                " không của một trường đại học kỹ thuật hàng đầu."
            ),
            _sig("Bài: Nguyễn Thị Minh Thư - Ảnh: Trịnh Ngọc Anh"),
        ],
        authors=["Nguyễn Thị Minh Thư"],
        photographers=["Trịnh Ngọc Anh"],
        opts={"at": "2026-10-30 11:00", "authors": ["minh-thu"], "tags": [], "lexical": False},
    ),
    Story(
        id=11,
        slug="truong-thpt-tran-hung-dao-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THPT Trần Hưng Đạo đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28",
        blocks=[
            Img(
                f"{IMG}/2026/10/don-bang-chuan-quoc-gia-muc-do-2.jpg",
                "Lãnh đạo UBND tỉnh trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà trường",
                "Lãnh đạo UBND tỉnh trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà trường",
                "feature",
            ),
            P(
                "(NB) - Sáng 27/10, Trường THPT Trần Hưng Đạo (phường Nam Định) tổ chức lễ đón nhận Bằng công"
                " nhận trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm 61 năm ngày thành lập trường."
            ),
            P(
                "Trường THPT Trần Hưng Đạo được thành lập năm 1965. Hiện nay, nhà trường có 42 lớp với hơn"
                " 1.800 học sinh; đội ngũ 112 cán bộ, giáo viên, nhân viên, trong đó 46% giáo viên có trình"
                " độ thạc sĩ. Cơ sở vật chất được đầu tư đồng bộ với 12 phòng học bộ môn, thư viện điện tử"
                " và nhà đa năng."
            ),
            Img(
                f"{IMG}/2026/10/chuan-quoc-gia-anh-luu-niem.jpg",
                "Các thế hệ thầy cô giáo và học sinh chụp ảnh lưu niệm tại buổi lễ",
                "Các thế hệ thầy cô giáo và học sinh chụp ảnh lưu niệm tại buổi lễ",
                "card",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những thành tích nhà trường"
                " đạt được, đề nghị nhà trường tiếp tục đổi mới phương pháp dạy học, nâng cao chất lượng giáo"
                " dục toàn diện, xứng đáng là một trong những trường THPT hàng đầu của tỉnh."
            ),
            _sig("Hoàng Anh"),
            _sig("Nguồn: Báo Ninh Bình điện tử", "em"),
        ],
        authors=["Hoàng Anh"],
        source="Báo Ninh Bình điện tử",
        opts={"at": "2026-10-28 16:20", "authors": ["pham-thi-lan"], "tags": [], "lexical": False},
    ),
    Story(
        id=12,
        slug="lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-20",
        blocks=[
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027 các môn kiểm tra tập"
                " trung như sau:"
            ),
            P("Ngày | Buổi sáng | Buổi chiều", "th"),
            P("Thứ Hai, 26/10/2026 | Ngữ văn (khối 10, 11, 12) | Lịch sử (khối 10, 11)", "tr"),
            P("Thứ Ba, 27/10/2026 | Toán (khối 10, 11, 12) | Tiếng Anh (khối 10, 11, 12)", "tr"),
            P("Thứ Tư, 28/10/2026 | Vật lí, Hóa học (khối 12) | Sinh học, Địa lí (khối 11)", "tr"),
            P("Các môn còn lại kiểm tra theo lịch của tổ chuyên môn trong giờ học chính khóa."),
            P("Đề nghị giáo viên chủ nhiệm thông báo tới học sinh các lớp."),
        ],
        authors=["Phạm Thị Lan"],
        opts={
            "at": "2026-10-20 14:00",
            "authors": ["pham-thi-lan"],
            "tags": ["hoc-ky-i"],
            "lexical": False,
        },
    ),
    Story(
        id=13,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-15",
        summary=(
            "Hội nghị đã thông qua các chỉ tiêu thi đua, quy chế chi tiêu nội bộ và bầu Ban Thanh tra"
            " nhân dân nhiệm kỳ 2026 - 2028."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{IMG}/2026/10/hoi-nghi-vien-chuc-2026.jpg",
                "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027",
                "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 - 2027",
                "feature",
            ),
            P(
                "Chiều 14/10/2026, Trường THPT Trần Hưng Đạo tổ chức Hội nghị viên chức, người lao động năm"
                " học 2026 - 2027 với sự tham dự của 108 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026, phương hướng nhiệm"
                " vụ năm học 2026 - 2027; báo cáo công khai tài chính và hoạt động của Ban Thanh tra nhân dân."
            ),
            P(
                "Năm học 2026 - 2027, nhà trường phấn đấu có trên 50 giải học sinh giỏi cấp tỉnh, tỷ lệ học"
                " sinh đạt kết quả học tập tốt và khá trên 92%, không có học sinh vi phạm pháp luật."
            ),
            Img(
                f"{IMG}/2026/10/hoi-nghi-vien-chuc-bieu-quyet.jpg",
                "Các đại biểu biểu quyết thông qua nghị quyết hội nghị",
                "Các đại biểu biểu quyết thông qua nghị quyết hội nghị",
                "card",
            ),
            P(
                "Hội nghị cũng phát động phong trào thi đua “Dạy tốt - Học tốt” chào mừng 44 năm Ngày Nhà"
                " giáo Việt Nam 20/11."
            ),
        ],
        authors=["Phạm Thị Lan"],
        opts={"at": "2026-10-15 05:55", "authors": ["pham-thi-lan"], "tags": [], "lexical": False},
    ),
    Story(
        id=14,
        slug="hoi-cuu-hoc-sinh-trao-30-suat-hoc-bong-tiep-buoc-den-truong",
        title="Hội Cựu học sinh trao 30 suất học bổng “Tiếp bước đến trường”",
        cat="guong-sang-hoc-duong",
        published_at="2026-09-25",
        blocks=[
            Img(f"{IMG}/2026/09/hoc-bong-tiep-buoc-den-truong.jpg", None, None, "feature"),
            P(
                "Ngày 24/9/2026, Hội Cựu học sinh Trường THPT Trần Hưng Đạo tổ chức trao 30 suất học bổng"
                " “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó vươn lên trong học tập."
            ),
            P(
                "Mỗi suất học bổng trị giá 5 triệu đồng, tổng trị giá 150 triệu đồng, do cựu học sinh các khóa"
                " 1985 - 1988, 1995 - 1998 và 2008 - 2011 đóng góp. Đây là năm thứ 12 liên tiếp Hội duy trì"
                " chương trình học bổng này."
            ),
            P(
                "Ông Lương Văn Tùng, Chủ tịch Hội Cựu học sinh, mong muốn tiếp nối truyền thống hiếu học của"
                " mái trường hơn 60 năm tuổi, để không học sinh nào phải bỏ học vì hoàn cảnh khó khăn.",
                "a|/gioi-thieu.html|mái trường hơn 60 năm tuổi",
            ),
            Img(f"{IMG}/2026/09/hoc-bong-ngoc-anh-12a5.jpg", None, None, "card"),
            P(
                "Em Trần Thị Ngọc Ánh (lớp 12A5), mồ côi cha từ nhỏ, xúc động cho biết suất học bổng giúp em"
                " có thêm điều kiện mua sách vở, yên tâm ôn thi tốt nghiệp."
            ),
            _sig("Tin, ảnh: Nguyễn Thị Minh Thư"),
        ],
        authors=["Nguyễn Thị Minh Thư"],
        photographers=["Nguyễn Thị Minh Thư"],
        opts={"at": "2026-09-25 15:45", "authors": ["minh-thu"], "tags": [], "lexical": False},
    ),
]


# --- derived data ----------------------------------------------------------------------------


def local_time(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL)


def utc_stamp(s: Story, hours: float = 0) -> str:
    """Ghost's ISO form in meta, JSON-LD and sitemaps: UTC with milliseconds and ``Z``."""
    moment = (local_time(s) + timedelta(hours=hours)).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


LATEST: list[Story] = sorted(STORIES, key=local_time, reverse=True)
_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}


def post_path(s: Story) -> str:
    return f"/{s.slug}/"


def in_tag(tag: str) -> list[Story]:
    return [s for s in LATEST if s.cat == tag or tag in s.opts["tags"]]


def by_author(slug: str) -> list[Story]:
    return [s for s in LATEST if slug in s.opts["authors"]]


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def _ref_links(s: Story) -> list[str]:
    """The ``?ref=`` addresses of the post that some page of the site links."""
    out = []
    for other in STORIES:
        for b in other.blocks:
            if (
                isinstance(b, P)
                and b.style.startswith("a|")
                and b.style.split("|")[1].startswith(post_path(s) + "?")
            ):
                out.append(b.style.split("|")[1])
    if s in LATEST[:LATEST_WIDGET]:
        out.append(f"{post_path(s)}?ref={REF_LATEST}")
    return sorted(set(out))


def feature_src(src: str) -> str:
    """The feature image's src as Casper prints it: ``{{img_url feature_image size="xl"}}``."""
    return src if src.startswith("http") else f"{IMG}/size/w2000{src[len(IMG) :]}"


def _gold(s: Story) -> dict:
    record = gold_record(s, post_path(s), CATS[s.cat][0], alt_paths=_ref_links(s))
    feat = next((b for b in s.blocks if isinstance(b, Img) and b.style == "feature"), None)
    if feat is not None and not feat.src.startswith("http"):
        record["images"][0]["path"] = feature_src(feat.src)
    return record


GOLD: list[dict] = [_gold(s) for s in LATEST]


@dataclass(frozen=True)
class Page:
    """A Ghost page (not a post): static content in the post's markup, without byline or date."""

    slug: str
    title: str
    html: str


_GALLERY_KG = [f"{IMG}/2026/09/khai-giang-2026-{n:02d}.jpg" for n in range(1, 7)]
_GALLERY_TRAI = [f"{IMG}/2026/03/hoi-trai-26-3-{n:02d}.jpg" for n in range(1, 5)]


def _gallery_html(srcs: list[str], caption: str | None) -> str:
    rows = [srcs[i : i + 3] for i in range(0, len(srcs), 3)]
    inner = "".join(
        '<div class="kg-gallery-row">'
        + "".join(
            f'<div class="kg-gallery-image"><img src="{{base}}{src}" width="2000" height="1333" loading="lazy"'
            f' alt="" srcset="{_srcset(src)}" sizes="(min-width: 720px) 720px"></div>'
            for src in row
        )
        + "</div>"
        for row in rows
    )
    cls = "kg-card kg-gallery-card kg-width-wide" + (" kg-card-hascaption" if caption else "")
    cap = (
        f'<figcaption><span style="white-space: pre-wrap;">{esc(caption)}</span></figcaption>'
        if caption
        else ""
    )
    return f'<figure class="{cls}"><div class="kg-gallery-container">{inner}</div>{cap}</figure>'


def _srcset(src: str) -> str:
    rest = src[len(IMG) :]
    return ", ".join(
        [f"{{base}}{IMG}/size/w{w}{rest} {w}w" for w in (600, 1000, 1600)]
        + [f"{{base}}{src} 2000w"]
    )


PAGES: dict[str, Page] = {
    p.slug: p
    for p in (
        Page(
            "gioi-thieu",
            "Giới thiệu",
            "<p>Trường THPT Trần Hưng Đạo được thành lập năm 1965, là một trong những trường trung học phổ"
            " thông có bề dày truyền thống của tỉnh. Năm 2026, nhà trường được công nhận đạt chuẩn quốc gia"
            " mức độ 2.</p>"
            f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{{base}}{IMG}/2024/08/toan-canh-truong.jpg"'
            f' class="kg-image" alt="" loading="lazy" width="2000" height="1125" srcset="{_srcset(IMG + "/2024/08/toan-canh-truong.jpg")}"'
            ' sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">Toàn cảnh Trường THPT'
            " Trần Hưng Đạo</span></figcaption></figure>"
            '<h2 id="co-cau-to-chuc">Cơ cấu tổ chức</h2><ul><li>Hiệu trưởng: thầy Vũ Đức Thịnh</li>'
            "<li>Phó Hiệu trưởng: cô Nguyễn Thị Hằng, thầy Đinh Công Tuấn</li><li>8 tổ chuyên môn và Tổ Văn"
            ' phòng</li></ul><h2 id="quy-mo">Quy mô</h2><p>Năm học 2026 - 2027, nhà trường có 42 lớp với hơn'
            " 1.800 học sinh, 112 cán bộ, giáo viên, nhân viên.</p>",
        ),
        Page(
            "lien-he",
            "Liên hệ",
            f"<p><strong>{esc(SCHOOL)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE}</p>"
            f'<p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p><p>Giờ làm việc: Thứ Hai - Thứ Sáu, sáng 7h00 -'
            " 11h30, chiều 13h30 - 17h00.</p>"
            '<!--kg-card-begin: html--><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3736.4'
            '!2d106.1694!3d20.4341" width="100%" height="360" style="border:0;" allowfullscreen=""'
            ' loading="lazy"></iframe><!--kg-card-end: html-->'
            '<div class="kg-card kg-button-card kg-align-left"><a href="https://forms.gle/GopYThd2026Lh7"'
            ' class="kg-btn kg-btn-accent">Gửi góp ý cho nhà trường</a></div>',
        ),
        Page(
            "van-ban",
            "Văn bản - Biểu mẫu",
            "<p>Các văn bản, kế hoạch và biểu mẫu của nhà trường. Bấm vào từng tệp để tải về.</p>"
            + "".join(
                _file_card(href, title, cap, size).html
                for href, title, cap, size in (
                    (
                        f"{_FILES}/09/ke-hoach-giao-duc-2026-2027.pdf",
                        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
                        "Ban hành kèm theo Quyết định số 215/QĐ-THPTTHĐ",
                        "1.2 MB",
                    ),
                    (
                        f"{_FILES}/09/quy-che-chi-tieu-noi-bo-2026.pdf",
                        "Quy chế chi tiêu nội bộ năm 2026",
                        "Đã thông qua tại Hội nghị viên chức",
                        "486 KB",
                    ),
                    (
                        f"{_FILES}/11/lich-kiem-tra-cuoi-hk1-2026-2027.pdf",
                        "Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
                        "Lịch chi tiết các môn và danh sách phòng kiểm tra",
                        "312 KB",
                    ),
                    (
                        f"{_FILES}/08/mau-don-xin-nghi-hoc.pdf",
                        "Mẫu đơn xin nghỉ học",
                        "Dành cho cha mẹ học sinh",
                        "84 KB",
                    ),
                )
            ),
        ),
        Page(
            "thu-vien-anh",
            "Thư viện ảnh",
            "<p>Hình ảnh các hoạt động tiêu biểu của thầy và trò nhà trường.</p>"
            '<h2 id="le-khai-giang">Lễ khai giảng năm học 2026 - 2027</h2>'
            + _gallery_html(_GALLERY_KG, "Lễ khai giảng năm học mới ngày 05/9/2026")
            + '<h2 id="hoi-trai">Hội trại chào mừng 95 năm Ngày thành lập Đoàn</h2>'
            + _gallery_html(_GALLERY_TRAI, None),
        ),
    )
}

NON_ARTICLES: list[str] = [
    "/",
    *(f"/page/{n}/" for n in range(2, _pages(len(LATEST)) + 1)),
    *(f"/tag/{t}/" for t in [*CATS, *TAGS]),
    *(f"/tag/{t}/page/{n}/" for t in [*CATS, *TAGS] for n in range(2, _pages(len(in_tag(t))) + 1)),
    *(f"/author/{a}/" for a in AUTHORS),
    *(f"/author/{a}/page/{n}/" for a in AUTHORS for n in range(2, _pages(len(by_author(a))) + 1)),
    *(f"/{p}/" for p in PAGES),
]


# --- rendering --------------------------------------------------------------------------------


def _oid(seed: str) -> str:
    """A Ghost object id (24 hex digits) that stays the same for the same object."""
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:24]


def _short_date(moment: datetime) -> str:
    """Casper's ``{{date format="D MMM YYYY"}}`` with the ``vi`` locale: ``5 Thg 11 2026``."""
    return f"{moment.day} Thg {moment.month:02d} {moment.year}"


def _paragraph_texts(s: Story) -> list[str]:
    """The post's plaintext as Ghost computes it for excerpts (table cells apart, no " | ")."""
    return [b.text.replace(" | ", " ") for b in s.blocks if isinstance(b, P)]


def _words(s: Story) -> int:
    return sum(len(t.split()) for t in _paragraph_texts(s))


def reading_minutes(s: Story) -> int:
    seconds = _words(s) / 275 * 60 + 12 * len(s.images)
    return max(1, round(seconds / 60))


def excerpt(s: Story) -> str:
    """``{{excerpt}}`` of a card: the custom excerpt, else the first 33 words of the text."""
    if s.summary:
        return s.summary
    return " ".join(" ".join(_paragraph_texts(s)).split()[:33])


def _meta_description(s: Story) -> str:
    return s.summary or " ".join(" ".join(_paragraph_texts(s)).split()[:50])


def feature(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style == "feature"), None)


def _img_url(src: str, size: str, base: str) -> str:
    """``{{img_url feature_image size="…"}}``: a resized copy of a local image, the width of an
    Unsplash one."""
    if src.startswith("https://images.unsplash.com/"):
        return src.replace("&w=2000", f"&w={size[1:]}")
    return f"{base}{IMG}/size/{size}{src[len(IMG) :]}"


def _span(value: str, lexical: bool) -> str:
    return f'<span style="white-space: pre-wrap;">{value}</span>' if lexical and value else value


def _inline(p: P, lexical: bool) -> str:
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        before, after = p.text.split(phrase, 1)
        link = f'<a href="{{base}}{esc(href)}">{_span(esc(phrase), lexical)}</a>'
        return _span(esc(before), lexical) + link + _span(esc(after), lexical)
    return _span(esc(p.text), lexical)


def _image_card(img: Img, lexical: bool) -> str:
    cls = "kg-card kg-image-card"
    if img.style == "wide":
        cls += " kg-width-wide"
    if img.printed:
        cls += " kg-card-hascaption"
    cap = f"<figcaption>{_span(esc(img.printed), lexical)}</figcaption>" if img.printed else ""
    return (
        f'<figure class="{cls}"><img src="{{base}}{img.src}" class="kg-image" alt="" loading="lazy"'
        f' width="2000" height="1333" srcset="{_srcset(img.src)}" sizes="(min-width: 720px) 720px">{cap}</figure>'
    )


_TOGGLE_ICON = (
    '<button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"><svg id="Regular"'
    ' xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1"'
    ' d="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg></button>'
)


def content_html(s: Story) -> str:
    """The post's ``{{content}}``: its blocks as Ghost's renderer writes the cards."""
    lexical = s.opts.get("lexical", True)
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "feature")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style.startswith("gallery:"):
                group = [b]
                while (
                    i + len(group) < len(blocks)
                    and getattr(blocks[i + len(group)], "style", "") == b.style
                ):
                    group.append(blocks[i + len(group)])
                out.append(_gallery_html([g.src for g in group], b.printed))
                i += len(group)
            else:
                out.append(_image_card(b, lexical))
                i += 1
            continue
        style = b.style
        if style in ("li", "th", "tr", "toggle-q"):
            run = [b]
            kinds = (
                ("li",)
                if style == "li"
                else ("th", "tr")
                if style in ("th", "tr")
                else ("toggle-q", "toggle-a")
            )
            while (
                i + len(run) < len(blocks) and getattr(blocks[i + len(run)], "style", None) in kinds
            ):
                run.append(blocks[i + len(run)])
            i += len(run)
            if style == "li":
                out.append(
                    "<ul>" + "".join(f"<li>{_inline(x, lexical)}</li>" for x in run) + "</ul>"
                )
            elif style == "toggle-q":
                for q, a in zip(run[::2], run[1::2], strict=True):
                    out.append(
                        '<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading">'
                        f'<h4 class="kg-toggle-heading-text">{_inline(q, lexical)}</h4>{_TOGGLE_ICON}</div>'
                        f'<div class="kg-toggle-content"><p>{_inline(a, lexical)}</p></div></div>'
                    )
            else:
                rows = "".join(
                    "<tr>"
                    + "".join(
                        f"<{'th' if x.style == 'th' else 'td'}>{esc(cell)}</{'th' if x.style == 'th' else 'td'}>"
                        for cell in x.text.split(" | ")
                    )
                    + "</tr>"
                    for x in run
                )
                out.append(
                    '<!--kg-card-begin: html--><table class="thd-bang" border="1" cellpadding="6" style="width:100%;'
                    f' border-collapse:collapse;"><tbody>{rows}</tbody></table><!--kg-card-end: html-->'
                )
            continue
        i += 1
        if style in ("h2", "h3"):
            anchor = re.sub(r"[^a-z0-9]+", "-", _fold(b.text)).strip("-")
            out.append(f'<{style} id="{anchor}">{_inline(b, lexical)}</{style}>')
        elif style == "quote":
            out.append(f"<blockquote>{_inline(b, lexical)}</blockquote>")
        elif style.startswith("callout:"):
            emoji = style.split(":", 1)[1]
            out.append(
                '<div class="kg-card kg-callout-card kg-callout-card-accent">'
                f'<div class="kg-callout-emoji">{emoji}</div><div class="kg-callout-text">{_inline(b, lexical)}</div></div>'
            )
        else:
            out.append(f"<p>{_inline(b, lexical)}</p>")
    return "\n".join(out)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/"),
    ("Giới thiệu", "/gioi-thieu/"),
    ("Tin tức - Sự kiện", "/tag/tin-tuc-su-kien/"),
    ("Thông báo", "/tag/thong-bao/"),
    ("Gương sáng", "/tag/guong-sang-hoc-duong/"),
    ("Tuyển sinh", f"/tag/{EMPTY_TAG}/"),
    ("Văn bản", "/van-ban/"),
    ("Thư viện ảnh", "/thu-vien-anh/"),
    ("Liên hệ", "/lien-he/"),
]
_SEARCH_ICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor"'
    ' stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"'
    ' d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg>'
)


def _nav_class(label: str) -> str:
    return "nav-" + re.sub(r"[^a-z0-9]+", "-", _fold(label)).strip("-")


def _header(base: str, current: str) -> str:
    items = "".join(
        f'<li class="{_nav_class(label)}{" nav-current" if href == current else ""}"><a href="{base}{href}">{label}</a></li>'
        for label, href in _MENU
    )
    return f"""<div class="thd-topbar"><div class="inner thd-topbar-inner">
<span class="thd-homnay">{TODAY}</span>
<span class="thd-hotline">Đường dây nóng: <a href="tel:{PHONE.replace(" ", "")}">{PHONE}</a></span>
<span class="thd-email"><a href="mailto:{EMAIL}">{EMAIL}</a></span>
</div></div>
<header id="gh-head" class="gh-head outer">
    <div class="gh-head-inner inner">
        <div class="gh-head-brand">
            <a class="gh-head-logo" href="{base}/"><img src="{base}/content/images/2024/08/logo-thd.png" alt="{esc(SITE)}"></a>
            <button class="gh-search gh-icon-btn" aria-label="Tìm kiếm" data-ghost-search>{_SEARCH_ICON}</button>
            <button class="gh-burger" aria-label="Menu"></button>
        </div>
        <nav class="gh-head-menu"><ul class="nav">{items}</ul></nav>
        <div class="gh-head-actions">
            <button class="gh-search gh-icon-btn" aria-label="Tìm kiếm" data-ghost-search>{_SEARCH_ICON}</button>
            <div class="gh-head-members">
                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Đăng nhập</a>
                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Đăng ký</a>
            </div>
        </div>
    </div>
</header>"""


def _counter() -> str:
    return (
        '<!-- Thống kê truy cập (code injection) --><div id="thd-thong-ke" class="thd-thong-ke">'
        '<div class="thd-tk-row"><span>Đang truy cập:</span> <b>17</b></div>'
        '<div class="thd-tk-row"><span>Hôm nay:</span> <b>386</b></div>'
        '<div class="thd-tk-row"><span>Tháng này:</span> <b>9.412</b></div>'
        '<div class="thd-tk-row"><span>Tổng lượt truy cập:</span> <b>1.204.587</b></div></div>'
    )


def _footer(base: str) -> str:
    latest = "".join(
        f'<li><a href="{base}{post_path(s)}?ref={REF_LATEST}">{esc(s.title)}</a>'
        f' <span class="thd-ngay">({local_time(s):%d/%m/%Y})</span></li>'
        for s in LATEST[:LATEST_WIDGET]
    )
    return f"""<footer class="site-footer outer">
    <div class="thd-footer-cols inner">
        <section class="thd-footer-info">
            <h3 class="thd-footer-title">{esc(SCHOOL.upper())}</h3>
            <p>Địa chỉ: {esc(ADDRESS)}</p>
            <p>Điện thoại: {PHONE} - Email: {EMAIL}</p>
            <p>Chịu trách nhiệm nội dung: Thầy Vũ Đức Thịnh - Hiệu trưởng</p>
        </section>
        <section class="thd-footer-latest">
            <h3 class="thd-footer-title">Tin mới cập nhật</h3>
            <ul>{latest}</ul>
        </section>
        <section class="thd-footer-stats">
            <h3 class="thd-footer-title">Thống kê truy cập</h3>
            {_counter()}
        </section>
    </div>
    <div class="inner">
        <section class="copyright"><a href="{base}/">{esc(SITE)}</a> &copy; 2026</section>
        <nav class="site-footer-nav">
            <ul class="nav"><li class="nav-lien-he"><a href="{base}/lien-he/">Liên hệ</a></li><li class="nav-rss"><a href="{base}/rss/">RSS</a></li><li class="nav-dang-ky-nhan-tin"><a href="#/portal">Đăng ký nhận tin</a></li></ul>
        </nav>
        <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
    </div>
</footer>"""


def _ghost_head(base: str, canonical: str, extra: str = "") -> str:
    return f"""<link rel="icon" href="{base}/content/images/size/w256h256/2024/08/logo-thd.png" type="image/png">
    <link rel="canonical" href="{canonical}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    {extra}
    <meta name="generator" content="Ghost {GHOST_VERSION}">
    <link rel="alternate" type="application/rss+xml" title="{esc(SITE)}" href="{base}/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="{base}/" data-key="{CONTENT_KEY}" data-api="{base}/ghost/api/content/" data-locale="vi" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta {{display:flex;flex-direction:column;align-items:center;text-align:center;}}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/sodo-search.min.js" data-key="{CONTENT_KEY}" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/main.css" data-sodo-search="{base}/" data-locale="vi" crossorigin="anonymous"></script>
    <link href="{base}/webmentions/receive/" rel="webmention">
    <script defer src="/public/cards.min.js?v=8a1c3e5d70"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=8a1c3e5d70">
    <script defer src="/public/member-attribution.min.js?v=8a1c3e5d70"></script>
    <style>:root {{--ghost-accent-color: #1a4d8f;}}</style>
    <!-- code injection: site header -->
    <style>.thd-topbar{{background:#1a4d8f;color:#fff;font-size:1.3rem}}.thd-thong-ke b{{color:#c0392b}}</style>"""


def _page(
    base: str,
    title: str,
    body_class: str,
    canonical: str,
    main: str,
    head_extra: str = "",
    current: str = "",
    description: str = DESCRIPTION,
) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{esc(title)}</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="preload" as="style" href="{base}/assets/built/screen.css?v=2f1a3c9b4e">
    <link rel="stylesheet" type="text/css" href="{base}/assets/built/screen.css?v=2f1a3c9b4e">
    <meta name="description" content="{esc(description)}">
    {_ghost_head(base, canonical, head_extra)}
</head>
<body class="{body_class} is-head-left-logo has-sans-body has-cover">
<div class="viewport">
{_header(base, current)}
<div class="site-content">
{main}
</div>
{_footer(base)}
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__container"><div class="pswp__item"></div><div class="pswp__item"></div><div class="pswp__item"></div></div></div></div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script>
<script src="{base}/assets/built/casper.js?v=2f1a3c9b4e"></script>
<script>$(document).ready(function () {{ $('.gh-burger').click(function () {{ $('body').toggleClass('gh-head-open'); }}); }});</script>
<!-- code injection: site footer -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-THD2026NB"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-THD2026NB');</script>
</body>
</html>
"""


# --- post cards and listings ---------------------------------------------------------------


def _post_card(s: Story, base: str, large: bool = False) -> str:
    feat = feature(s)
    tags = " ".join(f"tag-{t}" for t in [s.cat, *s.opts["tags"]])
    image = ""
    if feat:
        image = (
            f'<a class="post-card-image-link" href="{post_path(s)}"><img class="post-card-image"'
            f' srcset="{esc(_img_url(feat.src, "w300", base))} 300w, {esc(_img_url(feat.src, "w600", base))} 600w,'
            f' {esc(_img_url(feat.src, "w1000", base))} 1000w, {esc(_img_url(feat.src, "w2000", base))} 2000w"'
            f' sizes="(max-width: 1000px) 400px, 800px" src="{esc(_img_url(feat.src, "w600", base))}" alt="{esc(s.title)}"'
            ' loading="lazy"></a>'
        )
    featured = (
        '<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"></svg>'
        " Nổi bật</span>"
        if s.opts.get("featured")
        else ""
    )
    moment = local_time(s)
    return f"""<article class="post-card post {tags}{" featured" if s.opts.get("featured") else ""}{" post-card-large" if large else ""}{"" if feat else " no-image"}">
    {image}
    <div class="post-card-content">
        <a class="post-card-content-link" href="{post_path(s)}">
            <header class="post-card-header">
                <div class="post-card-tags"><span class="post-card-primary-tag">{esc(CATS[s.cat][0])}</span>{featured}</div>
                <h2 class="post-card-title">{esc(s.title)}</h2>
            </header>
            <div class="post-card-excerpt">{esc(excerpt(s))}</div>
        </a>
        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="{moment:%Y-%m-%d}">{_short_date(moment)}</time>
            <span class="post-card-meta-length">{reading_minutes(s)} phút đọc</span>
        </footer>
    </div>
</article>"""


def _pagination(root: str, page: int, pages: int) -> str:
    def url(n: int) -> str:
        return root if n == 1 else f"{root}page/{n}/"

    newer = (
        f'<a class="newer-posts" href="{url(page - 1)}"><span aria-hidden="true">&larr;</span> Bài mới hơn</a>'
        if page > 1
        else ""
    )
    older = (
        f'<a class="older-posts" href="{url(page + 1)}">Bài cũ hơn <span aria-hidden="true">&rarr;</span></a>'
        if page < pages
        else ""
    )
    return f"""<nav class="pagination" role="navigation">
    {newer}
    <span class="page-number">Trang {page} / {pages}</span>
    {older}
</nav>"""


def _rel_links(base: str, root: str, page: int, pages: int) -> str:
    out = []
    if page > 1:
        out.append(
            f'<link rel="prev" href="{base}{root if page == 2 else f"{root}page/{page - 1}/"}">'
        )
    if page < pages:
        out.append(f'<link rel="next" href="{base}{root}page/{page + 1}/">')
    return "\n    ".join(out)


def _listing(request: Request, kind: str, slug: str, page: int) -> Response | None:
    base = base_url(request)
    if kind == "home":
        items, root = LATEST, "/"
    elif kind == "tag":
        items, root = in_tag(slug), f"/tag/{slug}/"
    else:
        items, root = by_author(slug), f"/author/{slug}/"
    pages = _pages(len(items))
    if page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(
        _post_card(s, base, large=(kind == "home" and page == 1 and n == 0))
        for n, s in enumerate(chunk)
    )
    canonical = base + (root if page == 1 else f"{root}page/{page}/")
    suffix = f" (Trang {page})" if page > 1 else ""
    if kind == "home":
        head_block = (
            f"""<div class="site-header-content outer">
    <div class="site-header-inside inner">
        <h1 class="site-title">{esc(SCHOOL)}</h1>
        <p class="site-description">{esc(DESCRIPTION)}</p>
    </div>
</div>"""
            if page == 1
            else ""
        )
        title, body_class, current = (
            f"{SITE}{suffix}",
            "home-template" if page == 1 else "paged",
            "/",
        )
    elif kind == "tag":
        name = CATS[slug][0] if slug in CATS else TAGS[slug]
        desc = CATS[slug][1] if slug in CATS else ""
        count = (
            f"Tập hợp {len(items)} bài viết"
            if items
            else "Chưa có bài viết nào trong chuyên mục này."
        )
        head_block = f"""<section class="post-card post-card-large thd-tag-header">
    <div class="post-card-content"><div class="post-card-content-link">
        <header class="post-card-header"><h1 class="post-card-title tag-name">{esc(name)}</h1></header>
        <div class="post-card-excerpt">{esc(desc) or count}</div>
    </div></div>
</section>"""
        title, body_class, current = (
            f"{name} - {SITE}{suffix}",
            f"tag-template tag-{slug}" + (" paged" if page > 1 else ""),
            root,
        )
    else:
        a = AUTHORS[slug]
        head_block = f"""<section class="post-card post-card-large thd-author-header">
    <div class="post-card-content"><div class="post-card-content-link">
        <img class="author-profile-pic" src="{base}/content/images/size/w150/2024/08/{slug}.jpg" alt="{esc(a.name)}">
        <header class="post-card-header"><h1 class="post-card-title">{esc(a.name)}</h1></header>
        <div class="post-card-excerpt">{esc(a.bio)}</div>
        <footer class="author-profile-footer"><div class="author-profile-location">{esc(a.location)}</div>
        <div class="author-profile-meta"><span class="author-social-link">{len(items)} bài viết</span>
        <a class="author-social-link" href="{base}/author/{slug}/rss/">RSS</a></div></footer>
    </div></div>
</section>"""
        title, body_class, current = (
            f"{a.name} - {SITE}{suffix}",
            f"author-template author-{slug}" + (" paged" if page > 1 else ""),
            "",
        )
    empty = '<p class="thd-empty">Chưa có bài viết.</p>' if not items else ""
    pager = _pagination(root, page, pages) if items else ""
    main = f"""{head_block}
<main id="site-main" class="site-main outer">
<div class="inner posts">
    <div class="post-feed">
{cards}{empty}
    </div>
    {pager}
</div>
</main>"""
    extra = (
        _rel_links(base, root, page, pages)
        + f'\n    <meta property="og:site_name" content="{esc(SITE)}">\n    <meta property="og:type" content="website">'
    )
    return html(_page(base, title, body_class, canonical, main, extra, current))


# --- posts and pages ------------------------------------------------------------------------


def _byline(s: Story, base: str) -> str:
    authors = [AUTHORS[a] for a in s.opts["authors"]]
    avatars = "".join(
        f'<li class="author-list-item"><a href="/author/{a.slug}/" class="author-avatar" aria-label="{esc(a.name)}">'
        f'<img class="author-profile-image" src="{base}/content/images/size/w100/2024/08/{a.slug}.jpg" alt="{esc(a.name)}"></a></li>'
        for a in authors
    )
    names = ", ".join(f'<a href="/author/{a.slug}/">{esc(a.name)}</a>' for a in authors)
    moment = local_time(s)
    return f"""<div class="article-byline">
        <section class="article-byline-content">
            <ul class="author-list instapaper_ignore">{avatars}</ul>
            <div class="article-byline-meta">
                <h4 class="author-name">{names}</h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{moment:%Y-%m-%d}">{_short_date(moment)}</time>
                    <span class="byline-reading-time"><span class="bull">&bull;</span> {reading_minutes(s)} phút đọc</span>
                </div>
            </div>
        </section>
        </div>"""


def _feature_figure(s: Story, base: str) -> str:
    feat = feature(s)
    if feat is None:
        return ""
    srcset = ",\n                    ".join(
        f"{_img_url(feat.src, w, base)} {w[1:]}w" for w in ("w300", "w600", "w1000", "w2000")
    )
    if s.opts.get("caption_html"):
        cap = f"<figcaption>{s.opts['caption_html']}</figcaption>"
    elif feat.printed:
        cap = f"<figcaption>{_span(esc(feat.printed), s.opts.get('lexical', True))}</figcaption>"
    else:
        cap = ""
    src = feat.src if feat.src.startswith("http") else base + feature_src(feat.src)
    return f"""<figure class="article-image">
            <img
                srcset="{esc(srcset)}"
                sizes="(min-width: 1400px) 1400px, 92vw"
                src="{esc(src)}"
                alt="{esc(s.title)}"
            >
                {cap}
        </figure>"""


def _related(s: Story, base: str) -> str:
    others = [o for o in LATEST if o is not s and o.cat == s.cat][:3]
    if not others:
        return ""
    cards = "\n".join(_post_card(o, base) for o in others)
    return f"""<aside class="read-more-wrap outer">
    <div class="read-more inner">
        <h3 class="thd-lien-quan">Bài viết liên quan</h3>
        <div class="thd-lien-quan-cards">
{cards}
        </div>
    </div>
</aside>"""


def _prev_next(s: Story) -> str:
    idx = LATEST.index(s)
    older = LATEST[idx + 1] if idx + 1 < len(LATEST) else None
    newer = LATEST[idx - 1] if idx > 0 else None
    parts = []
    if older:
        parts.append(
            f'<a class="thd-bai-truoc" href="{post_path(older)}"><small>&larr; Bài trước</small><span>{esc(older.title)}</span></a>'
        )
    if newer:
        parts.append(
            f'<a class="thd-bai-sau" href="{post_path(newer)}"><small>Bài tiếp theo &rarr;</small><span>{esc(newer.title)}</span></a>'
        )
    return f'<nav class="thd-prev-next gh-canvas">{"".join(parts)}</nav>'


def _json_ld(s: Story, base: str) -> str:
    feat = feature(s)
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {
            "@type": "Organization",
            "name": SITE,
            "url": f"{base}/",
            "logo": {"@type": "ImageObject", "url": f"{base}/content/images/2024/08/logo-thd.png"},
        },
        "author": [
            {"@type": "Person", "name": AUTHORS[a].name, "url": f"{base}/author/{a}/", "sameAs": []}
            for a in s.opts["authors"]
        ],
        "headline": s.title,
        "url": f"{base}{post_path(s)}",
        "datePublished": utc_stamp(s),
        "dateModified": utc_stamp(s, s.opts.get("updated", 2)),
        "keywords": ", ".join([CATS[s.cat][0], *(TAGS[t] for t in s.opts["tags"])]),
        "description": _meta_description(s),
        "mainEntityOfPage": f"{base}{post_path(s)}",
    }
    if feat:
        data["image"] = {
            "@type": "ImageObject",
            "url": feat.src if feat.src.startswith("http") else base + feat.src,
            "width": 2000,
            "height": 1333,
        }
    if len(data["author"]) == 1:
        data["author"] = data["author"][0]
    return json.dumps(data, ensure_ascii=False, indent=4)


def _post(s: Story, request: Request) -> Response:
    base = base_url(request)
    feat = feature(s)
    tags = [s.cat, *s.opts["tags"]]
    cat_name = CATS[s.cat][0]
    featured = (
        '<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"></svg> Nổi bật</span>'
        if s.opts.get("featured")
        else ""
    )
    excerpt_html = f'<p class="article-excerpt">{esc(s.summary)}</p>' if s.summary else ""
    tag_links = " ".join(
        f'<a href="/tag/{t}/">#{esc(CATS[t][0] if t in CATS else TAGS[t])}</a>' for t in tags
    )
    share = f"{base}{post_path(s)}"
    main = f"""<main id="site-main" class="site-main">
<nav class="thd-breadcrumb gh-canvas" aria-label="breadcrumb"><a href="{base}/">Trang chủ</a> <span class="thd-sep">›</span> <a href="/tag/{s.cat}/">{esc(cat_name)}</a></nav>
<article class="article post {" ".join(f"tag-{t}" for t in tags)}{" featured" if s.opts.get("featured") else ""}{"" if feat else " no-image"}">

    <header class="article-header gh-canvas">

        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag">
                    <a href="/tag/{s.cat}/">{esc(cat_name)}</a>
                </span>
                {featured}
        </div>

        <h1 class="article-title">{esc(s.title)}</h1>

            {excerpt_html}

        {_byline(s, base)}

        {_feature_figure(s, base)}

    </header>

    <section class="gh-content gh-canvas">
{content_html(s).replace("{base}", base)}
    </section>

    <div class="thd-post-tools gh-canvas">
        <div class="thd-tu-khoa">Từ khóa: {tag_links}</div>
        <div class="thd-chia-se">Chia sẻ:
            <a class="thd-fb" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener">Facebook</a>
            <a class="thd-zalo" href="https://zalo.me/share/?u={share}" target="_blank" rel="noopener">Zalo</a>
            <a class="thd-in" href="javascript:window.print()">In bài viết</a>
            <a class="thd-copy" href="#" data-clipboard="{share}">Sao chép liên kết</a>
        </div>
    </div>

    {_prev_next(s)}

    <section class="article-comments gh-canvas">
        <h3 class="thd-binh-luan">Bình luận</h3>
        <script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-locale="vi" data-ghost-comments="{base}/" data-api="{base}/ghost/api/content/" data-admin="{base}/ghost/" data-key="{CONTENT_KEY}" data-title="" data-count="true" data-post-id="{_oid(s.slug)}" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#1a4d8f" data-comments-enabled="all" crossorigin="anonymous"></script>
    </section>

</article>
</main>

{_related(s, base)}

<div class="footer-cta outer">
    <div class="inner">
        <h2 class="footer-cta-title">Đăng ký nhận bản tin của {esc(SITE)}</h2>
        <a class="footer-cta-button" href="#/portal" data-portal>
            <div class="footer-cta-input">Nhập email của bạn</div>
            <span>Đăng ký</span>
        </a>
    </div>
</div>"""
    og_image = ""
    if feat:
        url = feat.src if feat.src.startswith("http") else base + feat.src
        og_image = f'<meta property="og:image" content="{esc(url)}">\n    <meta property="og:image:width" content="2000">\n    <meta property="og:image:height" content="1333">'
    head = f"""<meta property="og:site_name" content="{esc(SITE)}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{esc(s.title)}">
    <meta property="og:description" content="{esc(_meta_description(s))}">
    <meta property="og:url" content="{base}{post_path(s)}">
    {og_image}
    <meta property="article:published_time" content="{utc_stamp(s)}">
    <meta property="article:modified_time" content="{utc_stamp(s, s.opts.get("updated", 2))}">
    {"".join(f'<meta property="article:tag" content="{esc(CATS[t][0] if t in CATS else TAGS[t])}">' for t in tags)}
    <meta property="article:publisher" content="https://www.facebook.com/thpttranhungdao.ninhbinh">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{esc(s.title)}">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="{esc(", ".join(AUTHORS[a].name for a in s.opts["authors"]))}">
    <meta name="twitter:label2" content="Filed under">
    <meta name="twitter:data2" content="{esc(", ".join(CATS[t][0] if t in CATS else TAGS[t] for t in tags))}">
    <script type="application/ld+json">
{_json_ld(s, base)}
    </script>"""
    body_class = "post-template " + " ".join(f"tag-{t}" for t in tags)
    page = _page(
        base,
        s.title,
        body_class,
        f"{base}{post_path(s)}",
        main,
        head,
        description=_meta_description(s),
    )
    return html(page)


def _ghost_page(p: Page, request: Request) -> Response:
    base = base_url(request)
    main = f"""<main id="site-main" class="site-main">
<article class="article page no-image">
    <header class="article-header gh-canvas">
        <h1 class="article-title">{esc(p.title)}</h1>
    </header>
    <section class="gh-content gh-canvas">
{p.html.replace("{base}", base)}
    </section>
</article>
</main>"""
    head = f'<meta property="og:site_name" content="{esc(SITE)}">\n    <meta property="og:type" content="website">\n    <meta property="og:title" content="{esc(p.title)}">'
    return html(
        _page(
            base,
            f"{p.title} - {SITE}",
            f"page-template page-{p.slug}",
            f"{base}/{p.slug}/",
            main,
            head,
            current=f"/{p.slug}/",
        )
    )


def _not_found(request: Request) -> Response:
    base = base_url(request)
    cards = "\n".join(_post_card(s, base) for s in LATEST[:3])
    main = f"""<main id="site-main" class="site-main outer error-content">
    <div class="inner">
        <section class="error-message">
            <h1 class="error-code">404</h1>
            <p class="error-description">Không tìm thấy trang</p>
            <a class="error-link" href="{base}/">Về trang chủ &rarr;</a>
        </section>
        <div class="post-feed">
{cards}
        </div>
    </div>
</main>"""
    page = _page(
        base, f"404 — Không tìm thấy trang - {SITE}", "error-template", f"{base}/404/", main
    )
    return html(
        page, status=404, headers={"Cache-Control": "no-cache, private, no-store, must-revalidate"}
    )


# --- feeds and sitemaps -------------------------------------------------------------------------


def _rfc822(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def _rss(request: Request, items: list[Story], title: str, self_path: str) -> Response:
    base = base_url(request)
    entries = []
    for s in items[:FEED_SIZE]:
        feat = feature(s)
        media = ""
        lead = ""
        if feat:
            url = feat.src if feat.src.startswith("http") else base + feat.src
            media = f'<media:content url="{esc(url)}" medium="image"/>'
            lead = f'<img src="{esc(url)}" alt="{esc(s.title)}">'
        cats = "".join(
            f"<category><![CDATA[{CATS[t][0] if t in CATS else TAGS[t]}]]></category>"
            for t in [s.cat, *s.opts["tags"]]
        )
        creators = ", ".join(AUTHORS[a].name for a in s.opts["authors"])
        entries.append(
            f"<item><title><![CDATA[{s.title}]]></title><description><![CDATA[{excerpt(s)}]]></description>"
            f'<link>{base}{post_path(s)}</link><guid isPermaLink="false">{_oid(s.slug)}</guid>{cats}'
            f"<dc:creator><![CDATA[{creators}]]></dc:creator><pubDate>{_rfc822(local_time(s))}</pubDate>{media}"
            f"<content:encoded><![CDATA[{lead}{content_html(s).replace('{base}', base)}]]></content:encoded></item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"'
        ' version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
        f"<title><![CDATA[{title}]]></title><description><![CDATA[{DESCRIPTION}]]></description>"
        f"<link>{base}/</link><image><url>{base}/favicon.png</url><title>{title}</title><link>{base}/</link></image>"
        f"<generator>Ghost {GHOST_VERSION}</generator><lastBuildDate>Wed, 25 Nov 2026 02:00:00 GMT</lastBuildDate>"
        f'<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml"/><ttl>60</ttl>'
        + "".join(entries)
        + "</channel></rss>"
    )
    return Response(
        200,
        body,
        {
            "Content-Type": "application/rss+xml; charset=utf-8",
            "Cache-Control": "public, max-age=0",
        },
    )


_XSL_LINE = '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//{host}/sitemap.xsl"?>'
_NEWEST_PAGE_MOD = "2026-09-12T03:20:41.000Z"


def _sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    head = _XSL_LINE.format(host=request.headers.get("Host", "127.0.0.1"))
    if which == "index":
        newest = utc_stamp(LATEST[0], LATEST[0].opts.get("updated", 2))
        body = (
            head
            + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(
                f"<sitemap><loc>{base}/sitemap-{name}.xml</loc><lastmod>{mod}</lastmod></sitemap>"
                for name, mod in (
                    ("pages", _NEWEST_PAGE_MOD),
                    ("posts", newest),
                    ("authors", newest),
                    ("tags", newest),
                )
            )
            + "</sitemapindex>"
        )
        return Response(
            200,
            body,
            {"Content-Type": "text/xml; charset=utf-8", "Cache-Control": "public, max-age=3600"},
        )
    urls: list[str] = []
    if which == "posts":
        for s in LATEST:
            feat = feature(s)
            image = ""
            if feat:
                url = feat.src if feat.src.startswith("http") else base + feat.src
                image = (
                    f"<image:image><image:loc>{esc(url)}</image:loc><image:caption>"
                    f"{esc(url.rsplit('/', 1)[1].split('?')[0])}</image:caption></image:image>"
                )
            urls.append(
                f"<url><loc>{base}{post_path(s)}</loc><lastmod>{utc_stamp(s, s.opts.get('updated', 2))}</lastmod>{image}</url>"
            )
    elif which == "pages":
        urls.append(f"<url><loc>{base}/</loc><lastmod>{utc_stamp(LATEST[0])}</lastmod></url>")
        urls += [
            f"<url><loc>{base}/{p}/</loc><lastmod>{_NEWEST_PAGE_MOD}</lastmod></url>" for p in PAGES
        ]
    elif which == "authors":
        urls += [
            f"<url><loc>{base}/author/{a}/</loc><lastmod>{utc_stamp(by_author(a)[0])}</lastmod></url>"
            for a in AUTHORS
        ]
    else:
        urls += [
            f"<url><loc>{base}/tag/{t}/</loc><lastmod>{utc_stamp(in_tag(t)[0])}</lastmod></url>"
            for t in [*CATS, *TAGS]
            if in_tag(t)
        ]
    body = (
        head
        + '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
        + "".join(urls)
        + "</urlset>"
    )
    return Response(
        200,
        body,
        {"Content-Type": "text/xml; charset=utf-8", "Cache-Control": "public, max-age=3600"},
    )


_XSL = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:sitemap="http://www.sitemaps.org/schemas/sitemap/0.9">
<xsl:output method="html" version="1.0" encoding="UTF-8" indent="yes"/>
<xsl:template match="/"><html><head><title>XML Sitemap</title></head><body><h1>XML Sitemap</h1></body></html></xsl:template>
</xsl:stylesheet>"""

_ROBOTS = """User-agent: *
Sitemap: {base}/sitemap.xml
Disallow: /ghost/
Disallow: /email/
Disallow: /members/api/comments/counts/
Disallow: /r/
Disallow: /webmentions/receive/
"""

#: the school's redirects.yaml: old site addresses still linked from old posts
OLD_REDIRECTS = {"/gioi-thieu.html": "/gioi-thieu/"}

_LISTING = re.compile(r"^(?:/(tag|author)/([a-z0-9-]+))?/(?:page/(\d+)/)?$")
_POST = re.compile(r"^/([a-z0-9-]+)/(amp/)?$")
_FEED = re.compile(r"^(?:/(tag|author)/([a-z0-9-]+))?/rss/$")


class GhostSchool:
    """Ghost's frontend routes: files, feeds, sitemaps, redirects, listings, posts and pages."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        query = f"?{request.query}" if request.query else ""
        if path.startswith("/content/files/"):
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"})
                if path.endswith(".pdf")
                else _not_found(request)
            )
        if path.startswith(("/content/images/", "/assets/", "/public/")) or path in (
            "/favicon.ico",
            "/favicon.png",
        ):
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            return Response(
                200,
                _ROBOTS.format(base=base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/sitemap.xml":
            return _sitemap(request, "index")
        if m := re.fullmatch(r"/sitemap-(pages|posts|authors|tags)\.xml", path):
            return _sitemap(request, m.group(1))
        if path == "/sitemap.xsl":
            return Response(200, _XSL, {"Content-Type": "text/xsl; charset=utf-8"})
        if path in OLD_REDIRECTS:
            return redirect(OLD_REDIRECTS[path], 301)
        if path != path.lower():
            return redirect(path.lower() + query, 301)
        if not path.endswith("/"):
            return redirect(path + "/" + query, 301)
        if m := _FEED.match(path):
            kind, slug = m.group(1), m.group(2)
            if kind == "tag" and slug in {**CATS, **TAGS}:
                name = CATS[slug][0] if slug in CATS else TAGS[slug]
                return _rss(request, in_tag(slug), f"{name} - {SITE}", path)
            if kind == "author" and slug in AUTHORS:
                return _rss(request, by_author(slug), f"{AUTHORS[slug].name} - {SITE}", path)
            if kind is None:
                return _rss(request, LATEST, SITE, path)
            return _not_found(request)
        if m := _LISTING.match(path):
            kind, slug, page = m.group(1) or "home", m.group(2), m.group(3)
            if page == "1":
                return redirect(path[: -len("page/1/")] + query, 301)
            if kind == "tag" and slug not in CATS and slug not in TAGS:
                return _not_found(request)
            if kind == "author" and slug not in AUTHORS:
                return _not_found(request)
            return _listing(request, kind, slug, int(page or 1)) or _not_found(request)
        if m := _POST.match(path):
            slug, amp = m.group(1), m.group(2)
            if slug in _BY_SLUG:
                return (
                    redirect(post_path(_BY_SLUG[slug]), 301)
                    if amp
                    else _post(_BY_SLUG[slug], request)
                )
            if slug in PAGES and not amp:
                return _ghost_page(PAGES[slug], request)
        return _not_found(request)


def build_site() -> GhostSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return GhostSchool()
