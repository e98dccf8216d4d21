"""Dotclear 2.28 with the stock "Berlin" theme, translated by hand: the news blog of the
Phòng GD&ĐT Hương Khê (Hà Tĩnh), online since September 2014.

The platform
------------
Dotclear is a French PHP blog engine. This blog runs it in the "query string" URL mode, so
every public address is ``/index.php?<route>`` and the route is the part after "?" (it carries
slashes, no ``=``). The blog's language is still ``fr``: the admin rewrote the Vietnamese into
``home.html``, ``post.html``, ``category.html`` and the widgets, but the stock French strings of
the templates he never touched are still printed (tag pages, month archives, search results,
comment headers "Le 19/11/2026, 20:14 par …", "Aucun billet.", "Lire la suite",
"Propulsé par Dotclear", the closed-comments notice). The two oldest posts were written while
new entries defaulted to ``post_lang = fr``: their ``div.post`` says ``lang="fr"`` and the home
template prints their read-more link as "Lire la suite" instead of "Đọc tiếp »".

Dotclear prints absolute URLs everywhere (``http://<host>/index.php?post/…``) and does not
percent-encode them: a post whose URL basename was left as Dotclear made it from the title keeps
its Vietnamese letters in the href (``?post/2026/11/19/Ngành-Giáo-dục-…``); the others had their
basename retyped in ASCII by the editor ("Hoi-thi-giao-vien-day-gioi-…", capitals kept).

URL scheme
----------
- ``/`` and ``/index.php`` / ``/index.php?``: the home page, 10 posts per page;
  ``/index.php?page/2``: its second (last) page. Dotclear's pager reads
  "« trang trước - trang 1 / 2 - trang sau »" where "« trang trước" (previous entries) leads to the
  *older* page, i.e. page N+1.
- ``/index.php?post/YYYY/MM/DD/Basename``: a post (13 of them, the gold).
- ``/index.php?category/Hoat-dong-chuyen-mon`` (sub-categories ``…/Tieu-hoc``, ``…/THCS``), 5 per
  page, ``…/page/2``; sub-category posts are included in their parent's listing
  (``inc_subcats``), so "Hoạt động chuyên môn" has 6 posts and two pages.
- ``/index.php?tag/thi-dua`` (5 per page, ``/page/2``), ``/index.php?tags`` (all tags).
- ``/index.php?archive``: a month-by-month list from 09/2014 to 11/2026, empty months included;
  ``/index.php?archive/2026/11``: the posts of a month (titles only) with "« octobre 2026 -
  Archives - décembre 2026 »" links to the neighbouring *calendar* months, so the chain runs
  back 147 months; every month answers 200, the empty ones print "Aucun billet.".
- ``/index.php?q=term`` (search, 5 per page) and ``/index.php?page/2&q=term``.
- ``/index.php?feed/atom``, ``/index.php?feed/rss2``, ``/index.php?feed/category/<cat>/atom|rss2``,
  ``/index.php?feed/tag/<tag>/atom``, ``/index.php?feed/atom/comments`` and
  ``/index.php?feed/atom/comments/<id>``: Atom/RSS XML with absolute post links and the full
  content of every entry.
- ``/index.php?trackback/<id>``: the trackback endpoint, linked under each post; a GET answers
  the XML error Dotclear sends ("Trackback ping must be POST").
  ``/index.php?xmlrpc/default`` (rel=pingback) answers an XML-RPC fault to a GET.
- ``/index.php?pages/<Basename>``: the "Pages" plugin's static pages, printed with the *same*
  ``div.post > h2.post-title + div.post-content`` markup as posts but with no ``p.post-info``, no
  date, no tags; ``/index.php?contact``: the contactMe form. These six are the NON_ARTICLES.
- The comment form posts to the post's own URL with ``#pr`` (``action="…?post/…#pr"``): a POST
  with ``preview`` answers the post again with a comment preview; a POST without it answers
  303 to ``…?post/…&pub=1#pr``, which serves the post again with a notice (listed as alt path).
- ``/admin/`` answers 302 to ``/admin/auth.php``, Dotclear's (French) login form.
- ``/public/…`` media: images (``.name_m.jpg`` the medium thumbnail, ``name.jpg`` the original it
  links to) and PDF files; ``/themes/berlin/…`` styles and scripts.

Page kinds
----------
Home, category, tag, month archive and search pages are listings of ``div.post`` blocks:
``h2.post-title > a``, ``p.post-info`` "Đăng bởi <a>Quản trị viên</a> vào ngày 14/11/2026, 08:30 -
<a>Hoạt động chuyên môn</a>", ``div.post-content`` holding the chapô (Dotclear's excerpt field)
when the post has one, or else the post's *whole* content (images, captions, bylines included),
``p.read-it`` "Đọc tiếp »" (only after a chapô), ``p.post-info-co`` "Bình luận (2) - Trackback (0)".
A ``p.day-date`` "20/11/2026" opens each day. Month archives print titles only.

A post page (``body.dc-post``): the blog's name is the ``h1`` of the header; the post is
``div#pNNNN.post[lang]``: ``h2.post-title`` (no link), ``p.post-info`` (author, date and time,
category link), ``div.post-excerpt`` (the chapô, on 7 of the 13 posts), ``div.post-content``
(XHTML from dcCKEditor; the 2015 post was typed in wiki syntax and is rendered to XHTML), then
for one post ``div.post-attachments`` (Dotclear's attachment list, PDF links), ``p.post-tags``
"Thẻ: …", ``p.post-info-co``, ``p#navlinks`` "« Bài cũ hơn - Bài mới hơn »", ``div#comments``
(a ``dl`` of comments "Le 20/11/2026, 19:02 par <name>"), the trackback box with the trackback
URL as a link, and the comment form (or "Les commentaires pour ce billet sont fermés."). The head
has ``meta name="dc.date"`` (ISO, the publication date), ``dc.creator`` (the account's display
name), rel=prev/next, feed links and the RDF trackback block in a comment; no rel=canonical.

Images in the content are ``<p><a href="/public/2026/11/name.jpg"><img
src="/public/2026/11/.name_m.jpg" alt="…" title="…, nov. 2026" /></a></p>`` with the caption the
editor typed as the next ``<p style="text-align: center;"><em>…</em></p>``; the newest post was
written after the upgrade to 2.28 and used the media dialog's legend, which prints
``<figure><a><img></a><figcaption>…</figcaption></figure>``; wiki posts print
``<p><img … style="display:block; margin:0 auto;" /></p>`` (no link to the original).

Boilerplate on every page: header with the blog name and today's date (TODAY), the simpleMenu
bar, a sidebar (search form with "Từ khóa phổ biến" links to searches, "Thông báo mới", "Chuyên
mục", "Lưu trữ" with French month names, "Thẻ", "Liên kết", "Bản tin" = Dotclear's subscribe
widget with feed links, the visitor counter "Thống kê truy cập"), the footer with address and
phone, "Propulsé par Dotclear" and the "Quản trị" link to /admin/.

How each gold post is reached
-----------------------------
Posts 1-10 by date (newest first) are on the home page, 11-13 on ``/index.php?page/2``. They are
also reachable by category listings, tags, month archives, the feeds, prev/next links and the
sidebar's "Thông báo mới" (the two notices).

Traps
-----
Trackback and xmlrpc URLs; the feeds (XML, full content); search results and their pagination;
tag pages and their pagination; the month chain back to 2014 (147 month pages, nearly all
"Aucun billet." but 200); the listings that print whole posts (a home page is not an article,
nor a tag page showing a single post); the static pages that look exactly like posts but carry no
date; ``#pr``/``#c123``/``#comments``/``#pings`` anchors; the ``&pub=1`` variant after a
comment; /admin/; French leftovers; one post printed in decomposed Unicode (NFD), one with
editor entities (``&agrave;``/``&#7897;`` mixed with raw UTF-8); comment dates later than the
post's; the header's today's date.

Gold decisions
--------------
- title: the ``h2.post-title`` text (NFC), never the ``<title>`` ("… - Phòng GD&ĐT Hương Khê").
- published_at: the post-info date and time, +07:00 (it equals dc.date); never a comment date.
- authors: the account in post-info counts when it is a person or a unit ("Tổ Văn phòng" signs
  the closure notice; "Đinh Quang Vinh" has his own account); "Quản trị viên" is the admin login
  and credits nobody. Bylines in the text follow the house convention: "Tin, ảnh: X" makes X
  author and photographer; "Bài: X - Ảnh: Y"; "Tin: X" / "Ảnh: Y, Z"; a bare name; a name
  followed by its unit ("Lê Văn Hùng - Trường THCS Phúc Đồng", "Nguyễn Thị Hà (Chuyên viên …)":
  the person only); a unit signing alone ("Tổ Chuyên môn THCS") is the author as printed; "BBT"
  credits nobody. No post has both a person account and a byline.
- source: "Nguồn: Sở GD&ĐT Hà Tĩnh" on the ATGT post; None elsewhere.
- summary: the chapô (``div.post-excerpt``) when present, and then also the body's first
  paragraph; None on the posts without one (their first paragraph is ordinary text).
- body: the chapô, then the paragraphs, headings, list items and table rows (cells " | ") of
  ``div.post-content``; no captions, bylines, source line, "File đính kèm: …" line, attachment
  list, tags, comments.
- images: the ``img src`` (the medium thumbnail ``/public/…/.name_m.jpg``) in order, caption the
  line typed under it or the figcaption; the Zalo-named photo with no line has no caption.
- category: the post-info category link's text (a sub-category's own name: "Tiểu học", "THCS").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "dotclear_pgd"
PLATFORM = "Dotclear 2.28 (Berlin theme, query-string URLs)"
START_PATH = "/"

BLOG_NAME = "Phòng GD&ĐT Hương Khê"
BLOG_DESC = "Trang thông tin điện tử của Phòng Giáo dục và Đào tạo huyện Hương Khê, tỉnh Hà Tĩnh"
HOME_PER_PAGE = 10
LIST_PER_PAGE = 5
FIRST_MONTH = (2014, 9)
LAST_MONTH = (2026, 11)

FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
FR_MONTHS_SHORT = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
]  # fmt: skip


@dataclass(frozen=True)
class PM(P):
    """A paragraph whose printed inner HTML is given (inline tags, entities, &nbsp;)."""

    markup: str = ""


@dataclass(frozen=True)
class Pic(Img):
    """An image with the alt text Dotclear's media dialog put in (the media's title)."""

    alt: str = ""


@dataclass(frozen=True)
class Cat:
    title: str
    url: str
    parent: str | None = None
    desc: str = ""


CATS: dict[str, Cat] = {
    "tintuc": Cat(
        "Tin tức - Sự kiện", "Tin-tuc-Su-kien", None, "Tin hoạt động của ngành Giáo dục Hương Khê."
    ),
    "chuyenmon": Cat(
        "Hoạt động chuyên môn",
        "Hoat-dong-chuyen-mon",
        None,
        "Hội thi, chuyên đề, tập huấn và hướng dẫn chuyên môn các cấp học.",
    ),
    "tieuhoc": Cat(
        "Tiểu học", "Hoat-dong-chuyen-mon/Tieu-hoc", "chuyenmon", "Chuyên môn bậc Tiểu học."
    ),
    "thcs": Cat(
        "THCS", "Hoat-dong-chuyen-mon/THCS", "chuyenmon", "Chuyên môn bậc Trung học cơ sở."
    ),
    "thongbao": Cat("Thông báo", "Thong-bao", None, "Thông báo của Phòng GD&ĐT."),
    "thidua": Cat("Thi đua - Khen thưởng", "Thi-dua-Khen-thuong", None, ""),
    "congdoan": Cat("Công đoàn", "Cong-doan", None, "Hoạt động Công đoàn ngành Giáo dục."),
}

#: Dotclear user accounts: display name and the URL the author link goes to (None: plain text)
USERS: dict[str, tuple[str, str | None]] = {
    "admin": ("Quản trị viên", "http://pgdhuongkhe.hatinh.edu.vn/"),
    "vanphong": ("Tổ Văn phòng", None),
    "vinhdq": ("Đinh Quang Vinh", None),
}


@dataclass
class Comment:
    cid: int
    day: str  # "20/11/2026"
    time: str  # "19:02"
    name: str
    site: str | None
    text: str


@dataclass
class Post:
    """A Dotclear entry: the shared Story plus what Dotclear keeps beside it."""

    story: Story
    time: str  # "16:45": the post-info time
    account: str = "admin"
    tags: list[str] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    lang: str = "vi"
    open_comments: bool = True
    nfd: bool = False
    entities: int = 0
    wiki: bool = False
    attachments: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def day(self) -> str:
        y, m, d = self.story.published_at[:10].split("-")
        return f"{d}/{m}/{y}"

    @property
    def ymd(self) -> tuple[int, int, int]:
        y, m, d = self.story.published_at[:10].split("-")
        return int(y), int(m), int(d)

    @property
    def route(self) -> str:
        """The Dotclear post URL (after "?"), as stored: Vietnamese letters unencoded."""
        y, m, d = self.story.published_at[:10].split("-")
        return f"post/{y}/{m}/{d}/{self.story.slug}"

    @property
    def wire(self) -> str:
        """The target a client sends for the post (path + percent-encoded query)."""
        return "/index.php?" + quote(self.route, safe="/")


def _pic(src: str, line: str, alt: str, style: str = "next") -> Pic:
    """A photo whose typed line under it is its caption, word for word."""
    return Pic(src, line, line, style, alt=alt)


def _byline(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


# fmt: off
# --- the posts, newest first -------------------------------------------------------------------

P1 = Post(
    Story(
        id=1137,
        slug="Hoi-thi-giao-vien-day-gioi-cap-huyen-bac-Tieu-hoc-nam-hoc-2026-2027",
        title="Hương Khê tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="tieuhoc",
        published_at="2026-11-20T16:45:00+07:00",
        summary=(
            "Từ ngày 16 đến 20/11/2026, Phòng GD&ĐT Hương Khê tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 với sự tham gia của 64 giáo viên đến từ 22 trường tiểu học trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            P("Hội thi nhằm phát hiện, tuyên dương và tôn vinh những giáo viên có năng lực chuyên môn vững vàng, tâm huyết với nghề; đồng thời tạo cơ hội để đội ngũ giáo viên giao lưu, học hỏi, chia sẻ kinh nghiệm trong việc thực hiện Chương trình giáo dục phổ thông 2018."),
            _pic("/public/2026/11/.khai-mac-hoi-thi-gvdg_m.jpg", "Đồng chí Trần Đình Phong, Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi", "Khai mạc hội thi", "figure"),
            P("Mỗi giáo viên dự thi trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết thực hành trên lớp, trong đó một tiết môn Tiếng Việt hoặc Toán và một tiết do giáo viên bốc thăm. Ban Giám khảo gồm 18 thành viên là cán bộ quản lý, giáo viên cốt cán có nhiều kinh nghiệm."),
            _pic("/public/2026/11/.tiet-day-tieng-viet_m.jpg", "Tiết dạy môn Tiếng Việt của cô giáo Nguyễn Thị Lan Anh, Trường Tiểu học Hương Trà", "Tiết dạy Tiếng Việt", "figure"),
            P("Qua theo dõi, các tiết dạy đều được chuẩn bị chu đáo, vận dụng linh hoạt các phương pháp, kĩ thuật dạy học tích cực, khai thác hiệu quả thiết bị dạy học và ứng dụng công nghệ thông tin. Nhiều giờ dạy tạo được không khí học tập sôi nổi, học sinh chủ động, tự tin trình bày ý kiến."),
            P("Kết quả, Ban Tổ chức đã công nhận 41 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện, trong đó 9 giáo viên được đề nghị tham gia Hội thi cấp tỉnh."),
            _pic("/public/2026/11/.trao-giay-chung-nhan_m.jpg", "Ban Tổ chức trao giấy chứng nhận cho các giáo viên đạt danh hiệu", "Trao giấy chứng nhận", "figure"),
            _byline("Tin, ảnh: Lê Thị Thu Hiền"),
        ],
        authors=["Lê Thị Thu Hiền"],
        photographers=["Lê Thị Thu Hiền"],
    ),
    time="16:45",
    tags=["tieu-hoc", "giao-vien-gioi", "thi-dua"],
    comments=[
        Comment(1412, "20/11/2026", "19:02", "Nguyễn Văn Tâm", None, "Chúc mừng các thầy cô đạt danh hiệu! Mong Phòng sớm đăng danh sách chi tiết."),
        Comment(1415, "21/11/2026", "07:35", "Phụ huynh Hương Trà", "http://facebook.com/phuhuynhhuongtra", "Tiết dạy của cô Lan Anh rất hay, các cháu về nhà kể mãi."),
    ],
)

P3 = Post(
    Story(
        id=1135,
        slug="Ngành-Giáo-dục-Hương-Khê-gặp-mặt-kỷ-niệm-44-năm-Ngày-Nhà-giáo-Việt-Nam",
        title="Ngành Giáo dục Hương Khê gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tintuc",
        published_at="2026-11-19T15:30:00+07:00",
        summary=(
            "Chiều 19/11, Phòng GD&ĐT Hương Khê tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và biểu dương các nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P("Dự buổi gặp mặt có đại diện lãnh đạo Huyện ủy, HĐND, UBND huyện; các thầy cô giáo nguyên là lãnh đạo Phòng GD&ĐT qua các thời kỳ cùng đông đảo cán bộ quản lý, giáo viên tiêu biểu của các trường học trên địa bàn."),
            P("Phát biểu tại buổi gặp mặt, đồng chí Trần Đình Phong, Trưởng phòng GD&ĐT điểm lại những kết quả nổi bật của ngành trong năm học 2025 - 2026: tỷ lệ trường đạt chuẩn quốc gia đạt 92,4%; có 38 học sinh đạt giải cấp tỉnh, 4 học sinh đạt giải cấp quốc gia; chất lượng thi tuyển sinh vào lớp 10 đứng tốp 5 của tỉnh."),
            _pic("/public/2026/11/.gap-mat-20-11_m.jpg", "Các đại biểu dự buổi gặp mặt", "gap-mat-20-11"),
            P("Thay mặt lãnh đạo huyện, đồng chí Phó Chủ tịch UBND huyện ghi nhận, biểu dương những đóng góp của đội ngũ nhà giáo, đề nghị ngành tiếp tục đổi mới công tác quản lý, nâng cao chất lượng giáo dục toàn diện, chăm lo đời sống cho giáo viên, nhất là giáo viên vùng khó khăn."),
            PM(
                "Dịp này, UBND huyện tặng Giấy khen cho 25 nhà giáo tiêu biểu; Công đoàn ngành tặng quà cho 12 giáo viên có hoàn cảnh khó khăn.",
                markup=(
                    "Dịp này, UBND huyện tặng <strong>Giấy khen cho 25 nhà giáo tiêu biểu</strong>;&nbsp;Công đoàn ngành tặng quà cho 12 giáo viên có hoàn cảnh khó khăn."
                ),
            ),
            _pic("/public/2026/11/.bieu-duong-nha-giao_m.jpg", "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu năm 2026", "bieu-duong-nha-giao"),
            _byline("Bài: Trần Văn Minh - Ảnh: Phan Thị Thanh", "em"),
        ],
        authors=["Trần Văn Minh"],
        photographers=["Phan Thị Thanh"],
    ),
    time="15:30",
    tags=["20-11", "thi-dua"],
    comments=[
        Comment(1401, "19/11/2026", "20:14", "Lê Thị Hoa", None, "Chúc mừng các thầy cô nhân Ngày Nhà giáo Việt Nam!"),
        Comment(1403, "20/11/2026", "06:48", "Cựu học sinh THCS Phúc Đồng", None, "Em kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công."),
        Comment(1404, "20/11/2026", "09:21", "Trần Quốc Bảo", "http://tranquocbao.blogspot.com/", "Tự hào về ngành Giáo dục quê mình."),
        Comment(1409, "20/11/2026", "21:40", "Hà Linh", None, "Xin hỏi danh sách 25 nhà giáo tiêu biểu có đăng ở đâu không ạ?"),
    ],
)

P2 = Post(
    Story(
        id=1134,
        slug="Thong-bao-tam-dung-tiep-nhan-ho-so-truc-tiep",
        title="Thông báo tạm dừng tiếp nhận hồ sơ trực tiếp từ ngày 23/11 đến 25/11/2026",
        cat="thongbao",
        published_at="2026-11-18T09:10:00+07:00",
        blocks=[
            P("Do triển khai nâng cấp hệ thống một cửa điện tử, Phòng GD&ĐT Hương Khê tạm dừng tiếp nhận hồ sơ trực tiếp từ ngày 23/11 đến hết ngày 25/11/2026. Trong thời gian này, các đơn vị, cá nhân gửi hồ sơ qua Cổng dịch vụ công trực tuyến của tỉnh."),
            P("Mọi chi tiết xin liên hệ Tổ Văn phòng, điện thoại 0239.3871.215."),
            Raw('<p>File đính kèm: <a href="/public/van-ban/2026/TB-189-PGDDT.pdf">TB-189-PGDDT.pdf</a></p>'),
        ],
        authors=["Tổ Văn phòng"],
    ),
    time="09:10",
    account="vanphong",
    tags=["van-phong"],
    open_comments=False,
)

P4 = Post(
    Story(
        id=1129,
        slug="Hoi-thao-chuyen-de-Sinh-hoat-to-chuyen-mon-theo-huong-nghien-cuu-bai-hoc-cap-THCS",
        title="Hội thảo chuyên đề “Sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học” cấp THCS",
        cat="thcs",
        published_at="2026-11-12T08:30:00+07:00",
        blocks=[
            P("Ngày 11/11/2026, tại Trường THCS Thị trấn Hương Khê, Phòng GD&ĐT tổ chức Hội thảo chuyên đề “Sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học” cấp THCS. Tham dự có hiệu trưởng, phó hiệu trưởng phụ trách chuyên môn và tổ trưởng chuyên môn của 16 trường THCS."),
            P("1. Tiết dạy minh họa", "h3"),
            P("Cô giáo Võ Thị Hằng dạy minh họa bài “Phép cộng và phép trừ đa thức” (Toán 8) theo tiến trình nghiên cứu bài học. Các đại biểu dự giờ tập trung quan sát hoạt động học của học sinh thay vì đánh giá người dạy."),
            _pic("/public/2026/11/.tiet-day-minh-hoa-thcs_m.jpg", "Tiết dạy minh họa tại lớp 8A, Trường THCS Thị trấn", "DSC_4512"),
            P("2. Thảo luận, chia sẻ", "h3"),
            P("Sau tiết dạy, các tổ chuyên môn thảo luận theo nhóm, tập trung vào các câu hỏi:"),
            P("Học sinh đã học như thế nào, em nào chưa tham gia vào hoạt động học và vì sao?", "li"),
            P("Nhiệm vụ học tập giao cho học sinh đã phù hợp hay chưa?", "li"),
            P("Có thể điều chỉnh thiết kế bài học ra sao để mọi học sinh đều được học?", "li"),
            P("3. Kết luận", "h3"),
            P("Kết luận hội thảo, lãnh đạo Phòng GD&ĐT yêu cầu các trường duy trì sinh hoạt chuyên môn theo nghiên cứu bài học ít nhất 2 lần/tháng, cập nhật kế hoạch bài dạy trên hệ thống và báo cáo kết quả trước ngày 15/12/2026."),
            _byline("Tổ Chuyên môn THCS"),
        ],
        authors=["Tổ Chuyên môn THCS"],
    ),
    time="08:30",
    tags=["thcs", "chuyen-mon"],
)

P5 = Post(
    Story(
        id=1124,
        slug="Ket-qua-Hoi-khoe-Phu-Dong-cap-huyen-nam-2026",
        title="Kết quả Hội khỏe Phù Đổng cấp huyện năm 2026",
        cat="tintuc",
        published_at="2026-11-05T14:20:00+07:00",
        summary=(
            "Sau 4 ngày tranh tài sôi nổi, Hội khỏe Phù Đổng huyện Hương Khê lần thứ XII năm 2026 đã bế mạc chiều 04/11 tại Trung tâm Văn hóa - Thể thao huyện."
        ),
        sapo_outside=True,
        blocks=[
            P("Hội khỏe năm nay thu hút 986 vận động viên là học sinh của 38 trường tiểu học và THCS tham gia tranh tài ở 7 môn: điền kinh, bơi lội, bóng đá, cầu lông, bóng bàn, cờ vua và đá cầu."),
            _pic("/public/2026/11/.khai-mac-hkpd_m.jpg", "Màn đồng diễn thể dục tại lễ khai mạc Hội khỏe", "khai-mac-hkpd"),
            P("Các trận đấu diễn ra trên tinh thần đoàn kết, trung thực, cao thượng. Ban Tổ chức đã trao 124 huy chương vàng, 124 huy chương bạc và 186 huy chương đồng cho các vận động viên. Kết quả xếp hạng toàn đoàn như sau:"),
            P("Xếp hạng | Đơn vị | HCV | HCB | HCĐ", "th"),
            P("Nhất | Trường THCS Thị trấn Hương Khê | 18 | 11 | 9", "tr"),
            P("Nhì | Trường THCS Phúc Đồng | 12 | 10 | 14", "tr"),
            P("Ba | Trường TH&THCS Hương Long | 9 | 8 | 11", "tr"),
            P("Khuyến khích | Trường Tiểu học Hương Trà | 8 | 12 | 7", "tr"),
            P("Ban Tổ chức cũng đã lựa chọn 62 vận động viên xuất sắc tham gia Hội khỏe Phù Đổng cấp tỉnh dự kiến tổ chức vào tháng 3/2027."),
            _pic("/public/2026/11/.trao-co-hkpd_m.jpg", "Trao cờ cho các đơn vị đạt giải toàn đoàn", "trao-co-hkpd"),
            Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Đình Long</strong><br />\n<strong>Ảnh: Hoàng Văn Quý, Đặng Thị Mai</strong></p>'),
        ],
        authors=["Nguyễn Đình Long"],
        photographers=["Hoàng Văn Quý", "Đặng Thị Mai"],
    ),
    time="14:20",
    tags=["the-thao", "thi-dua"],
)

P6 = Post(
    Story(
        id=1118,
        slug="Trien-khai-Cuoc-thi-An-toan-giao-thong-cho-nu-cuoi-ngay-mai-nam-hoc-2026-2027",
        title="Triển khai Cuộc thi “An toàn giao thông cho nụ cười ngày mai” năm học 2026 - 2027",
        cat="thongbao",
        published_at="2026-10-28T10:00:00+07:00",
        blocks=[
            P("Thực hiện Công văn số 2145/SGDĐT-CTTT ngày 20/10/2026 của Sở GD&ĐT Hà Tĩnh, Phòng GD&ĐT hướng dẫn các trường tiểu học, THCS triển khai Cuộc thi “An toàn giao thông cho nụ cười ngày mai” dành cho học sinh và giáo viên năm học 2026 - 2027."),
            P("Đối tượng và hình thức dự thi:"),
            P("Học sinh tiểu học và THCS: thi vẽ tranh, viết bài cảm nhận về an toàn giao thông;", "li"),
            P("Giáo viên: thiết kế bài giảng điện tử về giáo dục an toàn giao thông;", "li"),
            P("Mỗi trường chọn tối đa 5 sản phẩm xuất sắc nhất gửi về Phòng GD&ĐT.", "li"),
            P("Thời hạn nộp sản phẩm: trước ngày 15/01/2027. Sản phẩm gửi về bộ phận Công tác học sinh, Phòng GD&ĐT (qua đồng chí Lê Anh Tuấn, điện thoại 0912.456.318)."),
            Raw("<p><em>Nguồn: Sở GD&amp;ĐT Hà Tĩnh</em></p>"),
        ],
        source="Sở GD&ĐT Hà Tĩnh",
    ),
    time="10:00",
    tags=["an-toan-giao-thong"],
    open_comments=False,
    attachments=[
        ("/public/van-ban/2026/CV-2145-SGDDT-CTTT.pdf", "CV 2145 SGDĐT-CTTT", "187,2 Ko"),
        ("/public/van-ban/2026/The-le-cuoc-thi-ATGT.pdf", "Thể lệ cuộc thi", "96,5 Ko"),
    ],
)

P7 = Post(
    Story(
        id=1112,
        slug="Cong-doan-nganh-Giao-duc-to-chuc-Hoi-thi-cam-hoa-chao-mung-20-10",
        title="Công đoàn ngành Giáo dục tổ chức Hội thi cắm hoa chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="congdoan",
        published_at="2026-10-20T15:00:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), sáng 18/10, Công đoàn ngành Giáo dục Hương Khê tổ chức Hội thi cắm hoa nghệ thuật dành cho nữ cán bộ, giáo viên, nhân viên."
        ),
        sapo_outside=True,
        blocks=[
            P("Hội thi có 24 đội đến từ các công đoàn cơ sở trường học tham gia. Mỗi đội thực hiện một tác phẩm theo chủ đề “Người phụ nữ Hương Khê hôm nay” trong thời gian 45 phút, kèm phần thuyết trình ý tưởng không quá 3 phút."),
            _pic("/public/2026/10/.cam-hoa-20-10-1_m.jpg", "Các đội thi tập trung thực hiện tác phẩm", "cam-hoa-20-10-1"),
            Pic("/public/2026/10/.z5938274019283_8f1e2c6a0b_m.jpg", None, None, "bare", alt="z5938274019283_8f1e2c6a0b"),
            P("Các tác phẩm dự thi được đánh giá cao về ý tưởng, bố cục và màu sắc, thể hiện sự khéo léo, tinh tế của người phụ nữ. Kết thúc hội thi, Ban Tổ chức trao 1 giải Nhất cho Công đoàn Trường Mầm non Hương Giang, 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích."),
            _pic("/public/2026/10/.cam-hoa-20-10-3_m.jpg", "Tác phẩm đạt giải Nhất của Công đoàn Trường Mầm non Hương Giang", "cam-hoa-20-10-3"),
            _byline("Tin, ảnh: Phan Thị Thanh"),
        ],
        authors=["Phan Thị Thanh"],
        photographers=["Phan Thị Thanh"],
    ),
    time="15:00",
    tags=["cong-doan", "20-10"],
    comments=[
        Comment(1377, "21/10/2026", "12:05", "Nguyễn Thị Mơ", None, "Tác phẩm của Mầm non Hương Giang đẹp quá, xứng đáng giải Nhất."),
    ],
)

P8 = Post(
    Story(
        id=1106,
        slug="Tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-va-quan-ly",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học và quản lý cho cán bộ quản lý",
        cat="chuyenmon",
        published_at="2026-10-09T07:45:00+07:00",
        blocks=[
            P("Trong hai ngày 07 và 08/10/2026, Phòng GD&ĐT Hương Khê phối hợp với Trung tâm Chuyển đổi số tỉnh tổ chức tập huấn ứng dụng trí tuệ nhân tạo (AI) trong dạy học và quản lý cho 112 cán bộ quản lý các trường mầm non, tiểu học và THCS."),
            P("Nội dung tập huấn", "h4"),
            P("Học viên được giới thiệu tổng quan về trí tuệ nhân tạo tạo sinh, cách viết câu lệnh hiệu quả, sử dụng công cụ AI hỗ trợ xây dựng kế hoạch bài dạy, ra đề kiểm tra theo ma trận và phân tích kết quả học tập của học sinh."),
            _pic("/public/2026/10/.tap-huan-ai_m.jpg", "Học viên thực hành trên máy tính tại phòng tin học Trường THCS Thị trấn", "tap-huan-ai"),
            P("Lưu ý khi sử dụng AI", "h4"),
            P("Báo cáo viên lưu ý cán bộ quản lý cần hướng dẫn giáo viên kiểm chứng thông tin do AI cung cấp, bảo vệ dữ liệu cá nhân của học sinh, không đưa thông tin nội bộ lên các nền tảng chưa được cấp phép."),
            P("Sau tập huấn, mỗi trường xây dựng ít nhất một sản phẩm ứng dụng AI trong quản lý hoặc dạy học, báo cáo về Phòng GD&ĐT trước ngày 30/11/2026."),
        ],
        authors=["Đinh Quang Vinh"],
    ),
    time="07:45",
    account="vinhdq",
    tags=["chuyen-doi-so", "chuyen-mon"],
)

P9 = Post(
    Story(
        id=1093,
        slug="Tung-bung-Le-khai-giang-nam-hoc-moi-2026-2027",
        title="Tưng bừng Lễ khai giảng năm học mới 2026 - 2027",
        cat="tintuc",
        published_at="2026-09-05T08:00:00+07:00",
        summary=(
            "Sáng 05/9/2026, hơn 21.000 học sinh các cấp học trên địa bàn huyện Hương Khê hân hoan bước vào năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P("Lễ khai giảng được tổ chức trang trọng, ngắn gọn tại 61 trường mầm non, tiểu học và THCS. Các đồng chí lãnh đạo huyện chia nhau dự khai giảng và tặng quà cho học sinh có hoàn cảnh khó khăn tại các trường."),
            _pic("/public/2026/09/.khai-giang-th-huong-trach_m.jpg", "Học sinh lớp 1 Trường Tiểu học Hương Trạch trong ngày khai trường", "khai-giang-th-huong-trach"),
            P("Năm học 2026 - 2027, toàn huyện có 61 trường với 1.286 cán bộ, giáo viên, nhân viên. Ngành Giáo dục Hương Khê tập trung thực hiện các nhiệm vụ trọng tâm: nâng cao chất lượng giáo dục toàn diện, đẩy mạnh chuyển đổi số, xây dựng trường chuẩn quốc gia và phát triển đội ngũ."),
            _pic("/public/2026/09/.danh-trong-khai-giang_m.jpg", "Đồng chí Bí thư Huyện ủy đánh trống khai giảng năm học mới tại Trường THCS Phúc Đồng", "danh-trong-khai-giang"),
            Raw('<p style="text-align: right;">BBT</p>'),
        ],
    ),
    time="08:00",
    tags=["khai-giang"],
    comments=[
        Comment(1288, "05/09/2026", "10:12", "Thu Trang", None, "Chúc các con một năm học mới thật nhiều niềm vui!"),
        Comment(1290, "05/09/2026", "13:47", "Phạm Văn Đức", None, "Năm nay trường Hương Trạch có thêm phòng học mới, rất mừng."),
        Comment(1295, "06/09/2026", "08:30", "Quản trị viên", "http://pgdhuongkhe.hatinh.edu.vn/", "Cảm ơn quý phụ huynh đã quan tâm."),
    ],
)

P10 = Post(
    Story(
        id=1081,
        slug="Huong-dan-thuc-hien-nhiem-vu-giao-duc-mam-non-nam-hoc-2026-2027",
        title="Hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2026 - 2027",
        cat="chuyenmon",
        published_at="2026-08-18T16:00:00+07:00",
        blocks=[
            P("Căn cứ hướng dẫn của Bộ GD&ĐT và Sở GD&ĐT Hà Tĩnh, Phòng GD&ĐT Hương Khê hướng dẫn các cơ sở giáo dục mầm non thực hiện nhiệm vụ năm học 2026 - 2027 như sau:"),
            P("I. Nhiệm vụ chung", "h3"),
            P("Tiếp tục thực hiện Chương trình giáo dục mầm non sau sửa đổi, bổ sung; đẩy mạnh chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”.", "oli"),
            P("Bảo đảm an toàn tuyệt đối cho trẻ; thực hiện nghiêm công tác vệ sinh an toàn thực phẩm trong các bếp ăn bán trú.", "oli"),
            P("Duy trì và nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ em 5 tuổi, chuẩn bị các điều kiện phổ cập giáo dục mầm non cho trẻ từ 3 đến 5 tuổi.", "oli"),
            P("II. Nhiệm vụ cụ thể", "h3"),
            P("1. Về quy mô, mạng lưới trường lớp: rà soát, sắp xếp các điểm trường lẻ theo lộ trình của UBND huyện, huy động tối đa trẻ trong độ tuổi ra lớp, phấn đấu tỷ lệ trẻ 3 - 5 tuổi ra lớp đạt 98%."),
            P("2. Về chuyên môn: thực hiện kế hoạch giáo dục theo chủ đề linh hoạt, tăng cường hoạt động trải nghiệm, cho trẻ làm quen với tiếng Anh ở những nơi có điều kiện; tổ chức hội thi “Giáo viên mầm non sáng tạo” cấp huyện vào tháng 3/2027."),
            P("3. Về chăm sóc, nuôi dưỡng: 100% trẻ được theo dõi sức khỏe bằng biểu đồ tăng trưởng; giảm tỷ lệ trẻ suy dinh dưỡng thể thấp còi xuống dưới 4%."),
            P("4. Về chuyển đổi số: cập nhật đầy đủ dữ liệu trẻ, giáo viên trên cơ sở dữ liệu ngành; triển khai sổ theo dõi trẻ điện tử tại 100% nhóm lớp."),
            P("III. Tổ chức thực hiện", "h3"),
            P("Hiệu trưởng các trường mầm non căn cứ hướng dẫn này xây dựng kế hoạch năm học của đơn vị, gửi về Phòng GD&ĐT (qua bộ phận Mầm non) trước ngày 20/9/2026. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Phòng GD&ĐT để được hướng dẫn."),
            _byline("Nguyễn Thị Hà (Chuyên viên phụ trách Mầm non)", "em"),
        ],
        authors=["Nguyễn Thị Hà"],
    ),
    time="16:00",
    tags=["mam-non", "chuyen-mon"],
)

P11 = Post(
    Story(
        id=1047,
        slug="Tong-ket-nam-hoc-2025-2026",
        title="Tổng kết năm học 2025 - 2026: 12 tập thể, 45 cá nhân được khen thưởng",
        cat="thidua",
        published_at="2026-05-25T10:30:00+07:00",
        blocks=[
            P("Sáng 23/5/2026, Phòng GD&ĐT Hương Khê tổ chức Hội nghị tổng kết năm học 2025 - 2026, triển khai nhiệm vụ trọng tâm năm học 2026 - 2027."),
            P("Năm học qua, ngành Giáo dục huyện đạt nhiều kết quả nổi bật, thể hiện qua một số chỉ tiêu chính:"),
            P("Chỉ tiêu | Năm học 2024 - 2025 | Năm học 2025 - 2026", "th"),
            P("Trường đạt chuẩn quốc gia | 54/61 | 56/61", "tr"),
            P("Học sinh giỏi cấp tỉnh | 31 | 38", "tr"),
            P("Học sinh giỏi cấp quốc gia | 2 | 4", "tr"),
            P("Tỷ lệ học sinh lớp 9 tốt nghiệp THCS | 99,6% | 99,8%", "tr"),
            _pic("/public/2026/05/.tong-ket-nam-hoc_m.jpg", "Lãnh đạo UBND huyện trao Giấy khen cho các tập thể có thành tích xuất sắc", "tong-ket-nam-hoc"),
            P("Tại hội nghị, UBND huyện đã tặng Giấy khen cho 12 tập thể và 45 cá nhân có thành tích xuất sắc trong năm học 2025 - 2026."),
            _byline("Thanh Hương"),
        ],
        authors=["Thanh Hương"],
    ),
    time="10:30",
    tags=["thi-dua", "tong-ket"],
)

P12 = Post(
    Story(
        id=412,
        slug="Giao-luu-Olympic-Tieng-Anh-tren-Internet-IOE-cap-huyen-nam-hoc-2018-2019",
        title="Giao lưu Olympic Tiếng Anh trên Internet (IOE) cấp huyện năm học 2018 - 2019",
        cat="chuyenmon",
        published_at="2019-04-16T09:00:00+07:00",
        summary=(
            "Ngày 13/4/2019, Phòng GD&ĐT tổ chức giao lưu Olympic Tiếng Anh trên Internet (IOE) cấp huyện cho 420 học sinh tiểu học và THCS."
        ),
        sapo_outside=True,
        blocks=[
            P("Cuộc thi được tổ chức trực tuyến tại phòng máy của 3 điểm thi: Trường THCS Thị trấn, Trường THCS Phúc Đồng và Trường Tiểu học Hương Trà. Các em học sinh làm bài thi trong thời gian 30 phút dưới sự giám sát của cán bộ coi thi."),
            _pic("/public/2019/04/.ioe-2019_m.jpg", "Học sinh làm bài thi tại điểm thi Trường THCS Thị trấn", "ioe-2019"),
            P("Kết quả, có 86 học sinh đạt giải, trong đó 12 giải Nhất, 20 giải Nhì, 25 giải Ba và 29 giải Khuyến khích. Những học sinh có kết quả cao sẽ được chọn tham gia giao lưu cấp tỉnh."),
            _byline("Hoàng Minh Tuấn"),
        ],
        authors=["Hoàng Minh Tuấn"],
    ),
    time="09:00",
    tags=["tieng-anh", "thi-dua"],
    lang="fr",
    entities=2,
)

P13 = Post(
    Story(
        id=37,
        slug="Hoi-thi-Giao-vien-chu-nhiem-gioi-cap-THCS-nam-hoc-2014-2015",
        title="Hội thi Giáo viên chủ nhiệm giỏi cấp THCS năm học 2014 - 2015",
        cat="thcs",
        published_at="2015-03-26T08:15:00+07:00",
        summary=(
            "Từ ngày 23 đến 25/3/2015, Phòng GD&ĐT tổ chức Hội thi Giáo viên chủ nhiệm giỏi cấp THCS với 32 giáo viên tham gia."
        ),
        sapo_outside=True,
        blocks=[
            PM(
                "Hội thi gồm hai phần: trình bày kế hoạch chủ nhiệm lớp và xử lý tình huống sư phạm. Nhiều giáo viên đã có những giải pháp hay trong công tác giáo dục học sinh cá biệt, phối hợp với cha mẹ học sinh.",
                markup=(
                    "Hội thi gồm hai phần: <strong>trình bày kế hoạch chủ nhiệm lớp</strong> và <strong>xử lý tình huống sư phạm</strong>. Nhiều giáo viên đã có những giải pháp hay trong công tác giáo dục học sinh cá biệt, phối hợp với cha mẹ học sinh."
                ),
            ),
            _pic("/public/2015/03/.gvcn-gioi_m.jpg", "Cô giáo Trần Thị Mỹ, Trường THCS Hương Vĩnh, trình bày phần thi xử lý tình huống", "gvcn-gioi", "wiki"),
            PM(
                "Kết quả, 20 giáo viên được công nhận Giáo viên chủ nhiệm giỏi cấp huyện.",
                markup=(
                    "Kết quả, 20 giáo viên được công nhận <em>Giáo viên chủ nhiệm giỏi</em> cấp huyện."
                ),
            ),
            _byline("Lê Văn Hùng - Trường THCS Phúc Đồng"),
        ],
        authors=["Lê Văn Hùng"],
    ),
    time="08:15",
    tags=["thcs", "thi-dua"],
    lang="fr",
    nfd=True,
    wiki=True,
    comments=[
        Comment(58, "27/03/2015", "21:04", "Thầy giáo làng", None, "Hội thi rất bổ ích, mong năm sau tổ chức cả cấp Tiểu học."),
    ],
)
# fmt: on

POSTS: list[Post] = [P1, P3, P2, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13]
BY_ROUTE: dict[str, Post] = {p.route: p for p in POSTS}

#: chapô printed in bold on these posts (the others plain)
BOLD_EXCERPT = {1137, 1124}

# --- static pages (the "Pages" plugin) and the contact form: the NON_ARTICLES ------------------

STATIC_PAGES: dict[str, tuple[str, str]] = {
    "Gioi-thieu": (
        "Giới thiệu",
        "<p>Phòng Giáo dục và Đào tạo huyện Hương Khê là cơ quan chuyên môn thuộc UBND huyện, "
        "tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo "
        "trên địa bàn.</p>\n"
        "<p>Toàn huyện hiện có 61 trường: 22 trường mầm non, 22 trường tiểu học, 14 trường THCS "
        "và 3 trường TH&amp;THCS, với hơn 21.000 học sinh.</p>\n"
        "<h3>Địa chỉ liên hệ</h3>\n"
        "<p>Số 88, đường Hàm Nghi, thị trấn Hương Khê, tỉnh Hà Tĩnh<br />\n"
        "Điện thoại: 0239.3871.215 - Email: pgdhuongkhe@hatinh.edu.vn</p>\n"
        '<p>Xem thêm: <a href="{base}/index.php?pages/Co-cau-to-chuc">Cơ cấu tổ chức</a>, '
        '<a href="{base}/index.php?pages/Danh-ba-truong-hoc">Danh bạ trường học</a>.</p>',
    ),
    "Co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<p>Lãnh đạo Phòng Giáo dục và Đào tạo:</p>\n"
        '<table border="1" cellpadding="5" style="border-collapse: collapse;">\n'
        "<tbody>\n"
        "<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>\n"
        "<tr><td>Trần Đình Phong</td><td>Trưởng phòng</td><td>0913.271.406</td></tr>\n"
        "<tr><td>Nguyễn Thị Hà</td><td>Phó Trưởng phòng</td><td>0982.118.530</td></tr>\n"
        "<tr><td>Đinh Quang Vinh</td><td>Phó Trưởng phòng</td><td>0915.603.277</td></tr>\n"
        "</tbody>\n</table>\n"
        "<p>Các bộ phận: Tổ Văn phòng; Bộ phận Mầm non; Bộ phận Tiểu học; Bộ phận THCS; Bộ phận "
        "Kế hoạch - Tài chính.</p>",
    ),
    "Danh-ba-truong-hoc": (
        "Danh bạ trường học",
        '<table border="1" cellpadding="4" style="border-collapse: collapse;">\n'
        "<thead><tr><th>TT</th><th>Tên trường</th><th>Hiệu trưởng</th><th>Điện thoại</th></tr></thead>\n"
        "<tbody>\n"
        "<tr><td>1</td><td>Trường THCS Thị trấn Hương Khê</td><td>Phạm Văn Lợi</td><td>0239.3871.330</td></tr>\n"
        "<tr><td>2</td><td>Trường THCS Phúc Đồng</td><td>Lê Thị Hằng</td><td>0239.3876.114</td></tr>\n"
        "<tr><td>3</td><td>Trường Tiểu học Hương Trà</td><td>Nguyễn Văn Thắng</td><td>0239.3872.208</td></tr>\n"
        "<tr><td>4</td><td>Trường Mầm non Hương Giang</td><td>Võ Thị Lan</td><td>0239.3875.019</td></tr>\n"
        "</tbody>\n</table>",
    ),
    "Van-ban-chi-dao": (
        "Văn bản chỉ đạo",
        "<p>Các văn bản chỉ đạo, hướng dẫn của Phòng GD&amp;ĐT năm học 2026 - 2027:</p>\n<ul>\n"
        '<li><a href="/public/van-ban/2026/KH-152-PGDDT.pdf">Kế hoạch số 152/KH-PGDĐT</a> ngày '
        "25/8/2026 về thực hiện nhiệm vụ năm học 2026 - 2027</li>\n"
        '<li><a href="/public/van-ban/2026/HD-160-PGDDT.pdf">Hướng dẫn số 160/HD-PGDĐT</a> ngày '
        "05/9/2026 về công tác kiểm tra nội bộ trường học</li>\n"
        '<li><a href="/public/van-ban/2026/TB-189-PGDDT.pdf">Thông báo số 189/TB-PGDĐT</a> ngày '
        "18/11/2026 về tạm dừng tiếp nhận hồ sơ trực tiếp</li>\n</ul>",
    ),
    "Thu-vien-anh": (
        "Thư viện ảnh",
        "<p>Một số hình ảnh hoạt động của ngành Giáo dục Hương Khê.</p>\n"
        '<p><a href="/public/album/khai-giang-2026.jpg"><img src="/public/album/.khai-giang-2026_s.jpg" '
        'alt="Khai giảng 2026" /></a> '
        '<a href="/public/album/hkpd-2026.jpg"><img src="/public/album/.hkpd-2026_s.jpg" '
        'alt="Hội khỏe Phù Đổng 2026" /></a> '
        '<a href="/public/album/gap-mat-20-11.jpg"><img src="/public/album/.gap-mat-20-11_s.jpg" '
        'alt="Gặp mặt 20/11" /></a></p>\n'
        "<p><em>Khai giảng, Hội khỏe Phù Đổng và gặp mặt 20/11 năm 2026</em></p>",
    ),
}

POPULAR_SEARCHES = ["Hương Khê", "khai giảng", "Hội khỏe Phù Đổng"]

BLOGROLL = [
    ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn/"),
    ("Sở GD&ĐT Hà Tĩnh", "https://hatinh.edu.vn/"),
    ("UBND huyện Hương Khê", "https://huongkhe.hatinh.gov.vn/"),
    ("Cơ sở dữ liệu ngành", "https://csdl.hatinh.edu.vn/"),
    ("Dotclear", "https://dotclear.org/"),
]

MENU = [
    ("Trang chủ", ""),
    ("Giới thiệu", "pages/Gioi-thieu"),
    ("Tin tức - Sự kiện", "category/Tin-tuc-Su-kien"),
    ("Hoạt động chuyên môn", "category/Hoat-dong-chuyen-mon"),
    ("Thông báo", "category/Thong-bao"),
    ("Văn bản chỉ đạo", "pages/Van-ban-chi-dao"),
    ("Thư viện ảnh", "pages/Thu-vien-anh"),
    ("Liên hệ", "contact"),
]

NON_ARTICLES = [f"/index.php?pages/{key}" for key in STATIC_PAGES] + ["/index.php?contact"]


# --- small helpers ---------------------------------------------------------------------------


def _u(base: str, route: str = "") -> str:
    """An absolute Dotclear URL as the templates print it (no percent-encoding)."""
    return f"{base}/index.php?{route}"


def _cat_posts(key: str) -> list[Post]:
    """The posts of a category, sub-categories included (inc_subcats)."""
    return [p for p in POSTS if p.story.cat == key or CATS[p.story.cat].parent == key]


def _tag_posts(tag: str) -> list[Post]:
    return [p for p in POSTS if tag in p.tags]


def _month_posts(year: int, month: int) -> list[Post]:
    return [p for p in POSTS if p.ymd[:2] == (year, month)]


def _all_tags() -> list[str]:
    return sorted({t for p in POSTS for t in p.tags})


def _months() -> list[tuple[int, int]]:
    out = []
    y, m = FIRST_MONTH
    while (y, m) <= LAST_MONTH:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _search(term: str) -> list[Post]:
    needle = unicodedata.normalize("NFC", term).casefold().strip()
    if not needle:
        return []
    out = []
    for p in POSTS:
        hay = " ".join([p.story.title, p.story.summary or "", *p.story.paragraphs])
        if needle in hay.casefold():
            out.append(p)
    return out


def _neighbours(post: Post) -> tuple[Post | None, Post | None]:
    """(older, newer) by date, as Dotclear's EntryPrevious / EntryNext."""
    i = POSTS.index(post)
    older = POSTS[i + 1] if i + 1 < len(POSTS) else None
    newer = POSTS[i - 1] if i > 0 else None
    return older, newer


# --- page chrome ---------------------------------------------------------------------------------


def _sidebar(base: str) -> str:
    searches = ", ".join(
        f'<a href="{base}/index.php?q={quote(term)}">{esc(term)}</a>' for term in POPULAR_SEARCHES
    )
    notices = "".join(
        f'<li><a href="{esc(_u(base, p.route))}">{_title(p)}</a></li>\n'
        for p in POSTS
        if p.story.cat == "thongbao"
    )

    def cat_items(parent: str | None) -> str:
        items = []
        for key, cat in CATS.items():
            if cat.parent != parent:
                continue
            sub = cat_items(key)
            sub = f"\n<ul>\n{sub}</ul>\n" if sub else ""
            items.append(
                f'<li><a href="{_u(base, "category/" + cat.url)}">{esc(cat.title)}</a> '
                f"<span>({len(_cat_posts(key))})</span>{sub}</li>\n"
            )
        return "".join(items)

    months = []
    for y, m in reversed(_months()):
        n = len(_month_posts(y, m))
        if n:
            months.append(
                f'<li><a href="{_u(base, f"archive/{y}/{m:02d}")}">{FR_MONTHS[m - 1]} {y}</a> '
                f"<span>({n})</span></li>\n"
            )
    tags = "".join(
        f'<li><a href="{_u(base, "tag/" + t)}" class="tag{min(100, 20 * len(_tag_posts(t)))}">'
        f"{t}</a></li>\n"
        for t in _all_tags()
    )
    links = "".join(f'<li><a href="{url}">{esc(title)}</a></li>\n' for title, url in BLOGROLL)
    return f"""<div id="sidebar" role="complementary">
<div id="blognav">
<div class="widget" id="search">
<h2><label for="q">Tìm kiếm</label></h2>
<form action="{base}/index.php" method="get" role="search">
<p><input type="text" size="10" maxlength="255" id="q" name="q" value="" /> <input type="submit" class="submit" value="ok" title="Tìm" /></p>
</form>
<p class="popular-searches">Từ khóa phổ biến: {searches}</p>
</div>
<div class="widget lastposts">
<h2>Thông báo mới</h2>
<ul>
{notices}</ul>
</div>
<div class="widget categories">
<h2>Chuyên mục</h2>
<ul>
{cat_items(None)}</ul>
</div>
<div class="widget archives">
<h2>Lưu trữ</h2>
<ul>
{"".join(months)}</ul>
<p><a href="{_u(base, "archive")}">Xem tất cả lưu trữ</a></p>
</div>
</div>
<div id="blogextra">
<div class="widget tags">
<h2>Thẻ</h2>
<ul>
{tags}</ul>
<p><strong><a href="{_u(base, "tags")}">Tous les mots-clés</a></strong></p>
</div>
<div class="widget links">
<h2>Liên kết</h2>
<ul>
{links}</ul>
</div>
<div class="widget syndicate">
<h2>Bản tin</h2>
<ul>
<li><a type="application/atom+xml" href="{_u(base, "feed/atom")}" title="Nguồn tin Atom các bài viết">Bài viết (Atom)</a></li>
<li><a type="application/rss+xml" href="{_u(base, "feed/rss2")}" title="Nguồn tin RSS các bài viết">Bài viết (RSS)</a></li>
<li><a type="application/atom+xml" href="{_u(base, "feed/atom/comments")}" title="Nguồn tin Atom các bình luận">Bình luận (Atom)</a></li>
</ul>
</div>
<div class="widget text counter">
<h2>Thống kê truy cập</h2>
<ul>
<li>Đang trực tuyến: 7</li>
<li>Hôm nay: 312</li>
<li>Hôm qua: 488</li>
<li>Tổng lượt truy cập: 1.482.903</li>
</ul>
</div>
</div>
</div>"""


def _menu(base: str, active: str) -> str:
    items = []
    for i, (label, route) in enumerate(MENU, start=1):
        cls = f"li{i}" + (" first" if i == 1 else "") + (" active" if route == active else "")
        items.append(
            f'<li class="{cls}"><a href="{_u(base, route)}">'
            f'<span class="simple-menu-label">{esc(label)}</span></a></li>'
        )
    return (
        '<nav role="navigation"><ul class="supranav" id="simple-menu">\n'
        + "\n".join(items)
        + "\n</ul></nav>"
    )


def _layout(
    request: Request,
    title: str,
    body_class: str,
    content: str,
    head: str = "",
    active: str = "",
    robots: str = "INDEX, FOLLOW",
    description: str = BLOG_DESC,
) -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<meta name="ROBOTS" content="{robots}" />
<meta name="description" lang="vi" content="{esc(description)}" />
<meta name="copyright" content="Phòng GD&amp;ĐT Hương Khê" />
<meta name="generator" content="Dotclear" />
<link rel="top" href="{_u(base)}" title="Trang chủ" />
<link rel="contents" href="{_u(base, "archive")}" title="Lưu trữ" />
<link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="{_u(base, "feed/atom")}" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{_u(base, "rsd")}" />
<link rel="meta" type="application/xbel+xml" title="Blogroll" href="{_u(base, "xbel")}" />
<link rel="stylesheet" type="text/css" href="{base}/themes/berlin/style.css" media="screen" />
<link rel="stylesheet" type="text/css" href="{base}/index.php?pf=public.css" media="screen" />
<script src="{base}/index.php?pf=jquery/3.6.4/jquery.js"></script>
<script src="{base}/themes/berlin/js/berlin.js"></script>
{head}
</head>
<body class="{body_class}">
<div id="page">
<div id="top" role="banner">
<h1><span><a href="{_u(base)}">{esc(BLOG_NAME)}</a></span></h1>
<p id="blogdesc">{esc(BLOG_DESC)}</p>
<p class="header-date">{TODAY}</p>
</div>
<p id="prelude" role="navigation"><a href="#main">Đến nội dung</a> | <a href="#blognav">Đến menu</a> | <a href="#search">Đến tìm kiếm</a></p>
{_menu(base, active)}
<div id="wrapper">
<div id="main" role="main">
<div id="content">
{content}
</div>
</div>
{_sidebar(base)}
</div>
<div id="footer" role="contentinfo">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HƯƠNG KHÊ</strong><br />
Địa chỉ: Số 88, đường Hàm Nghi, thị trấn Hương Khê, tỉnh Hà Tĩnh<br />
Điện thoại: 0239.3871.215 - Email: pgdhuongkhe@hatinh.edu.vn<br />
Chịu trách nhiệm chính: Trần Đình Phong - Trưởng phòng</p>
<p>Propulsé par <a href="https://dotclear.org/">Dotclear</a> - <a href="{base}/admin/">Quản trị</a></p>
</div>
</div>
<div id="gotop"><a href="#page">Lên đầu trang</a></div>
</body>
</html>
"""


# --- entry content -------------------------------------------------------------------------------


def _original(src: str) -> str:
    """The original a Dotclear thumbnail links to: /public/x/.name_m.jpg -> /public/x/name.jpg."""
    return re.sub(r"/\.([^/]+)_[mst]\.jpg$", r"/\1.jpg", src)


def _image(img: Img, post: Post) -> str:
    alt = getattr(img, "alt", "")
    y, m, _ = post.ymd
    title = f"{alt}, {FR_MONTHS_SHORT[m - 1]} {y}"
    if img.style == "figure":
        return (
            '<figure style="margin: 0 auto; text-align: center;">'
            f'<a href="{_original(img.src)}"><img src="{img.src}" alt="{esc(alt)}" /></a>'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "wiki":
        out = (
            f'<p><img src="{img.src}" alt="{esc(alt)}" style="display:block; margin:0 auto;" '
            f'title="{esc(alt)}" /></p>'
        )
        return out + (f"\n<p><em>{esc(img.printed)}</em></p>" if img.printed else "")
    out = (
        f'<p><a href="{_original(img.src)}"><img src="{img.src}" alt="{esc(alt)}" '
        f'title="{esc(title)}" /></a></p>'
    )
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def _inner(block: P) -> str:
    return block.markup if isinstance(block, PM) else text(block.text)


def _content(post: Post) -> str:
    """div.post-content's inner HTML, as the editor (or the wiki renderer) left it."""
    out: list[str] = []
    blocks = post.story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_image(b, post))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_inner(blocks[i])}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "tr"):
            head, rows = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head.append("<tr>" + "".join(f"<th>{text(c)}</th>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{text(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="5" style="border-collapse: collapse; width: 100%;">\n'
                + (f"<thead>\n{''.join(head)}\n</thead>\n" if head else "")
                + "<tbody>\n"
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        elif b.style in ("h3", "h4"):
            out.append(f"<{b.style}>{_inner(b)}</{b.style}>")
        else:
            out.append(f"<p>{_inner(b)}</p>")
        i += 1
    return _textform(post, "\n".join(out))


def _excerpt(post: Post) -> str:
    s = text(post.story.summary or "")
    s = f"<strong>{s}</strong>" if post.story.id in BOLD_EXCERPT else s
    return _textform(post, f"<p>{s}</p>")


def _textform(post: Post, markup: str) -> str:
    """The stored form of the text: decomposed (Unikey "tổ hợp") or partly entity-encoded."""
    if post.nfd:
        markup = unicodedata.normalize("NFD", markup)
    if post.entities:
        markup = entity_mix(markup, post.entities)
    return markup


def _title(post: Post) -> str:
    t = esc(post.story.title)
    return unicodedata.normalize("NFD", t) if post.nfd else t


def _author(base: str, post: Post) -> str:
    name, url = USERS[post.account]
    return f'<a href="{url}">{esc(name)}</a>' if url else esc(name)


def _post_info(base: str, post: Post, french: bool = False) -> str:
    cat = CATS[post.story.cat]
    cat_link = f'<a href="{_u(base, "category/" + cat.url)}">{esc(cat.title)}</a>'
    if french:
        return f'<p class="post-info">Par {_author(base, post)}, le {post.day}, {post.time} - {cat_link}</p>'
    return (
        f'<p class="post-info">Đăng bởi {_author(base, post)} vào ngày {post.day}, {post.time}'
        f" - {cat_link}</p>"
    )


def _info_co(base: str, post: Post, french: bool = False) -> str:
    url = esc(_u(base, post.route))
    n = len(post.comments)
    if french:
        label = "Aucun commentaire" if not n else f"{n} commentaire" + ("s" if n > 1 else "")
        return f'<p class="post-info-co"><a href="{url}#comments" class="comment_count">{label}</a></p>'
    return (
        f'<p class="post-info-co"><a href="{url}#comments" class="comment_count">Bình luận ({n})</a>'
        f' - <a href="{url}#pings" class="ping_count">Trackback (0)</a></p>'
    )


def _entry_short(base: str, post: Post, last_day: str | None, french: bool = False) -> str:
    """One post in a listing (home, category, tag, search)."""
    url = esc(_u(base, post.route))
    s = post.story
    out = []
    if post.day != last_day:
        out.append(f'<p class="day-date">{post.day}</p>')
    out.append(f'<div id="p{s.id}" class="post" lang="{post.lang}" role="article">')
    out.append(f'<h2 class="post-title"><a href="{url}">{_title(post)}</a></h2>')
    out.append(_post_info(base, post, french))
    if s.summary:
        out.append(f'<div class="post-content">{_excerpt(post)}</div>')
        more = "Lire la suite" if french or post.lang == "fr" else "Đọc tiếp »"
        out.append(
            f'<p class="read-it"><a href="{url}" title="{more} {_title(post)}">{more}</a></p>'
        )
    else:
        out.append(f'<div class="post-content">{_content(post)}</div>')
    out.append(_info_co(base, post, french))
    out.append("</div>")
    return "\n".join(out)


def _entries(base: str, posts: list[Post], french: bool = False) -> str:
    out, last = [], None
    for p in posts:
        out.append(_entry_short(base, p, last, french))
        last = p.day
    return "\n".join(out)


def _pagination(n: int, total: int, url_of, french: bool = False) -> str:
    """Dotclear's pager: the left link ("previous entries") goes to the OLDER page n+1."""
    if total <= 1:
        return ""
    older, newer = (
        ("« Billets précédents", "Billets suivants »")
        if french
        else ("« trang trước", "trang sau »")
    )
    where = f"page {n} de {total}" if french else f"trang {n} / {total}"
    parts = []
    if n < total:
        parts.append(f'<a href="{esc(url_of(n + 1))}" class="prev">{older}</a>')
    parts.append(where)
    if n > 1:
        parts.append(f'<a href="{esc(url_of(n - 1))}" class="next">{newer}</a>')
    return '<p class="pagination">' + " - ".join(parts) + "</p>"


def _pages(items: list, per: int, n: int) -> tuple[list, int] | None:
    total = max(1, -(-len(items) // per))
    if n < 1 or n > total:
        return None
    return items[(n - 1) * per : n * per], total


# --- pages -------------------------------------------------------------------------------------

SITE_TITLE = esc(BLOG_NAME)


def _home(request: Request, n: int) -> Response | None:
    base = base_url(request)
    page = _pages(POSTS, HOME_PER_PAGE, n)
    if page is None:
        return None
    posts, total = page
    content = (
        _entries(base, posts)
        + "\n"
        + _pagination(n, total, lambda k: _u(base, f"page/{k}" if k > 1 else ""))
    )
    title = SITE_TITLE + (f" - trang {n}" if n > 1 else "")
    return html(_layout(request, title, "dc-home", content, active="" if n == 1 else "-"))


def _category(request: Request, key: str, n: int) -> Response | None:
    base = base_url(request)
    cat = CATS[key]
    page = _pages(_cat_posts(key), LIST_PER_PAGE, n)
    if page is None:
        return None
    posts, total = page
    subs = [(k, c) for k, c in CATS.items() if c.parent == key]
    sub_html = ""
    if subs:
        sub_html = (
            '<div id="subcategories">\n<h3>Chuyên mục con</h3>\n<ul>\n'
            + "".join(
                f'<li><a href="{_u(base, "category/" + c.url)}">{esc(c.title)}</a></li>\n'
                for _k, c in subs
            )
            + "</ul>\n</div>"
        )
    desc = f'<div class="content-inner"><p>{esc(cat.desc)}</p></div>' if cat.desc else ""
    feed = _u(base, f"feed/category/{cat.url}/atom")
    content = (
        f'<div id="content-info">\n<h2>{esc(cat.title)}</h2>\n{desc}\n</div>\n{sub_html}\n'
        + _entries(base, posts)
        + "\n"
        + _pagination(
            n, total, lambda k: _u(base, f"category/{cat.url}" + (f"/page/{k}" if k > 1 else ""))
        )
        + f'\n<p id="cat-feed"><a type="application/atom+xml" href="{feed}" '
        f'title="Nguồn tin Atom của chuyên mục này">Nhận tin chuyên mục này (Atom)</a></p>'
    )
    head = (
        f'<link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="{feed}" />\n'
        f'<link rel="alternate" type="application/rss+xml" title="RSS 2.0" '
        f'href="{_u(base, f"feed/category/{cat.url}/rss2")}" />'
    )
    title = f"{esc(cat.title)} - {SITE_TITLE}" + (f" - trang {n}" if n > 1 else "")
    return html(_layout(request, title, "dc-category", content, head, active=f"category/{cat.url}"))


def _tag(request: Request, tag: str, n: int) -> Response | None:
    """tag.html was never translated: the stock French strings."""
    base = base_url(request)
    posts = _tag_posts(tag)
    if not posts:
        return None
    page = _pages(posts, LIST_PER_PAGE, n)
    if page is None:
        return None
    posts, total = page
    feed = _u(base, f"feed/tag/{tag}/atom")
    content = (
        f'<div id="content-info">\n<h2>Billets ayant le mot-clé « {esc(tag)} »</h2>\n'
        f'<p><a type="application/atom+xml" href="{feed}">Fil Atom des billets de ce mot-clé</a></p>\n</div>\n'
        + _entries(base, posts, french=True)
        + "\n"
        + _pagination(
            n, total, lambda k: _u(base, f"tag/{tag}" + (f"/page/{k}" if k > 1 else "")), True
        )
    )
    title = f"Mot-clé - {esc(tag)} - {SITE_TITLE}"
    return html(_layout(request, title, "dc-tag", content, robots="NOINDEX, FOLLOW"))


def _tags(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f'<li><a href="{_u(base, "tag/" + t)}">{t}</a> ({len(_tag_posts(t))})</li>\n'
        for t in _all_tags()
    )
    content = (
        f'<div id="content-info">\n<h2>Mots-clés</h2>\n</div>\n<ul class="tags">\n{items}</ul>'
    )
    return html(_layout(request, f"Mots-clés - {SITE_TITLE}", "dc-tags", content))


def _search_page(request: Request, term: str, n: int) -> Response | None:
    """search.html, stock French; page 2 is ?page/2&q=term."""
    base = base_url(request)
    found = _search(term)
    if not found:
        content = (
            f'<div id="content-info">\n<h2>Résultats de votre recherche de <em>{esc(term)}</em></h2>\n'
            "<p>Aucun billet.</p>\n</div>"
        )
        return html(
            _layout(
                request,
                f"Recherche - {SITE_TITLE}",
                "dc-search",
                content,
                robots="NOINDEX, NOFOLLOW",
            )
        )
    page = _pages(found, LIST_PER_PAGE, n)
    if page is None:
        return None
    posts, total = page
    count = "1 billet correspond" if len(found) == 1 else f"{len(found)} billets correspondent"
    q = quote(term)
    content = (
        f'<div id="content-info">\n<h2>Résultats de votre recherche de <em>{esc(term)}</em></h2>\n'
        f"<p>{count} à votre recherche.</p>\n</div>\n"
        + _entries(base, posts, french=True)
        + "\n"
        + _pagination(
            n, total, lambda k: _u(base, (f"page/{k}&" if k > 1 else "") + f"q={q}"), True
        )
    )
    return html(
        _layout(
            request, f"Recherche - {SITE_TITLE}", "dc-search", content, robots="NOINDEX, NOFOLLOW"
        )
    )


def _archive(request: Request) -> Response:
    """The archive page: every month since the blog opened, empty ones included."""
    base = base_url(request)
    years: dict[int, list[str]] = {}
    for y, m in reversed(_months()):
        n = len(_month_posts(y, m))
        years.setdefault(y, []).append(
            f'<li><a href="{_u(base, f"archive/{y}/{m:02d}")}">{FR_MONTHS[m - 1]}</a> ({n})</li>'
        )
    blocks = "\n".join(
        f"<h3>{y}</h3>\n<ul>\n" + "\n".join(items) + "\n</ul>" for y, items in years.items()
    )
    content = f'<div id="content-info">\n<h2>Lưu trữ</h2>\n</div>\n<div class="content-inner">\n{blocks}\n</div>'
    return html(_layout(request, f"Lưu trữ - {SITE_TITLE}", "dc-archive", content))


def _archive_month(request: Request, y: int, m: int) -> Response | None:
    """archive_month.html, stock French: titles only; every calendar month answers."""
    if (y, m) < FIRST_MONTH or (y, m) > LAST_MONTH or not 1 <= m <= 12:
        return None
    base = base_url(request)
    months = _months()
    i = months.index((y, m))
    nav = []
    if i > 0:
        py, pm = months[i - 1]
        nav.append(
            f'<a href="{_u(base, f"archive/{py}/{pm:02d}")}" class="prev">« {FR_MONTHS[pm - 1]} {py}</a>'
        )
    nav.append(f'<a href="{_u(base, "archive")}">Archives</a>')
    if i + 1 < len(months):
        ny, nm = months[i + 1]
        nav.append(
            f'<a href="{_u(base, f"archive/{ny}/{nm:02d}")}" class="next">{FR_MONTHS[nm - 1]} {ny} »</a>'
        )
    posts = _month_posts(y, m)
    if posts:
        items = "\n".join(
            f'<li><span class="day-date">{p.day}</span> <a href="{esc(_u(base, p.route))}">{_title(p)}</a></li>'
            for p in posts
        )
        listing = f'<ul class="archive-month">\n{items}\n</ul>'
    else:
        listing = "<p>Aucun billet.</p>"
    content = (
        f'<div id="content-info">\n<h2>Archives - <span>{FR_MONTHS[m - 1]} {y}</span></h2>\n</div>\n'
        f'<p id="navlinks">{" <span>-</span> ".join(nav)}</p>\n<div class="content-inner">\n{listing}\n</div>'
    )
    title = f"Archives - {FR_MONTHS[m - 1]} {y} - {SITE_TITLE}"
    return html(_layout(request, title, "dc-archive-month", content, robots="NOINDEX, FOLLOW"))


def _static_page(request: Request, key: str) -> Response | None:
    if key not in STATIC_PAGES:
        return None
    base = base_url(request)
    title, body = STATIC_PAGES[key]
    content = (
        f'<div id="p{900 + list(STATIC_PAGES).index(key)}" class="post" lang="vi" role="article">\n'
        f'<h2 class="post-title">{esc(title)}</h2>\n'
        f'<div class="post-content">{body.replace("{base}", base)}</div>\n</div>'
    )
    return html(
        _layout(request, f"{esc(title)} - {SITE_TITLE}", "dc-page", content, active=f"pages/{key}")
    )


def _contact(request: Request) -> Response:
    base = base_url(request)
    if request.method == "POST":
        inner = '<p class="message">Votre message a été envoyé.</p>'
    else:
        inner = (
            "<p>Quý vị có thể gửi thư cho Phòng GD&amp;ĐT Hương Khê qua biểu mẫu dưới đây.</p>\n"
            f'<form action="{_u(base, "contact")}" method="post" id="comment-form" class="contactme">\n'
            "<fieldset>\n"
            '<p class="field"><label for="c_name">Họ tên</label>: <input name="c_name" id="c_name" type="text" size="30" /></p>\n'
            '<p class="field"><label for="c_mail">Email</label>: <input name="c_mail" id="c_mail" type="email" size="30" /></p>\n'
            '<p class="field"><label for="c_subject">Tiêu đề</label>: <input name="c_subject" id="c_subject" type="text" size="30" /></p>\n'
            '<p class="field"><label for="c_message">Nội dung</label>: <textarea name="c_message" id="c_message" cols="35" rows="7"></textarea></p>\n'
            '</fieldset>\n<p><input type="submit" name="c_submit" class="submit" value="Gửi" /></p>\n</form>'
        )
    content = f'<div id="content-info">\n<h2>Liên hệ</h2>\n</div>\n<div class="content-inner">\n{inner}\n</div>'
    return html(
        _layout(request, f"Liên hệ - {SITE_TITLE}", "dc-contactme", content, active="contact")
    )


def _comments(base: str, post: Post) -> str:
    if not post.comments:
        return ""
    rows = []
    for n, c in enumerate(post.comments, start=1):
        parity = "odd" if n % 2 else "even"
        cls = parity + (" first" if n == 1 else "") + (" me" if c.name == USERS["admin"][0] else "")
        who = f'<a href="{c.site}" rel="nofollow ugc">{esc(c.name)}</a>' if c.site else esc(c.name)
        rows.append(
            f'<dt id="c{c.cid}" class="{cls}"><a href="#c{c.cid}" class="comment-number">{n}.</a> '
            f"Le {c.day}, {c.time} par {who}</dt>\n"
            f'<dd class="{cls}"><p>{esc(c.text)}</p></dd>'
        )
    return '<div id="comments">\n<h3>Bình luận</h3>\n<dl>\n' + "\n".join(rows) + "\n</dl>\n</div>"


def _comment_form(url: str, preview: dict[str, str] | None) -> str:
    pr = ""
    if preview is not None:
        pr = (
            '<div id="pr">\n<h3>Aperçu de votre commentaire</h3>\n<dl>\n'
            f'<dd class="comment-preview"><p>{esc(preview.get("c_content", ""))}</p></dd>\n</dl>\n'
            '<p class="buttons"><input type="submit" class="submit" value="Envoyer" /></p>\n</div>\n'
        )
    return (
        f'<form action="{esc(url)}#pr" method="post" id="comment-form" role="form">\n{pr}'
        "<h3>Gửi bình luận</h3>\n<fieldset>\n"
        '<p class="field"><label for="c_name">Họ tên hoặc biệt danh</label>: <input name="c_name" id="c_name" type="text" size="30" maxlength="255" value="" /></p>\n'
        '<p class="field"><label for="c_mail">Địa chỉ email</label>: <input name="c_mail" id="c_mail" type="email" size="30" maxlength="255" value="" /></p>\n'
        '<p class="field"><label for="c_site">Trang web</label> (không bắt buộc): <input name="c_site" id="c_site" type="url" size="30" maxlength="255" value="" /></p>\n'
        '<p style="display:none"><input name="f_mail" type="text" size="30" maxlength="255" value="" /></p>\n'
        '<p class="field"><label for="c_content">Bình luận</label>: <textarea name="c_content" id="c_content" cols="35" rows="7"></textarea></p>\n'
        '<p class="form-help">Les commentaires peuvent être formatés en utilisant une syntaxe wiki simplifiée.</p>\n'
        "</fieldset>\n<fieldset>\n"
        '<p class="buttons"><input type="submit" class="preview" name="preview" value="Xem trước" /> '
        '<input type="submit" class="submit" value="Gửi" /></p>\n</fieldset>\n</form>'
    )


def _post_page(
    request: Request, post: Post, preview: dict[str, str] | None = None, published: bool = False
) -> Response:
    base = base_url(request)
    s = post.story
    url = _u(base, post.route)
    older, newer = _neighbours(post)
    name = USERS[post.account][0]
    plain = re.sub(r"\s+", " ", s.summary or " ".join(s.paragraphs)).strip()
    desc = plain[:180]
    desc = unicodedata.normalize("NFD", desc) if post.nfd else desc
    head = [
        f'<meta name="author" content="{esc(name)}" />',
        f'<meta name="date" content="{s.published_at}" />',
        '<link rel="schema.dc" href="http://purl.org/dc/elements/1.1/" />',
        f'<meta name="dc.title" lang="{post.lang}" content="{_title(post)}" />',
        f'<meta name="dc.description" lang="{post.lang}" content="{esc(desc)}" />',
        f'<meta name="dc.creator" content="{esc(name)}" />',
        f'<meta name="dc.language" content="{post.lang}" />',
        '<meta name="dc.publisher" content="Phòng GD&amp;ĐT Hương Khê" />',
        f'<meta name="dc.date" content="{s.published_at}" />',
        '<meta name="dc.type" content="text" />',
        '<meta name="dc.format" content="text/html" />',
    ]
    if newer:
        head.append(
            f'<link rel="next" href="{esc(_u(base, newer.route))}" title="{_title(newer)}" />'
        )
    if older:
        head.append(
            f'<link rel="prev" href="{esc(_u(base, older.route))}" title="{_title(older)}" />'
        )
    head += [
        f'<link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="{_u(base, f"feed/atom/comments/{s.id}")}" />',
        f'<link rel="pingback" href="{_u(base, "xmlrpc/default")}" />',
        "<!--\n"
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
        '  xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '  xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/">\n'
        f'<rdf:Description\n  rdf:about="{esc(url)}"\n  dc:identifier="{esc(url)}"\n'
        f'  dc:title="{_title(post)}"\n  trackback:ping="{_u(base, f"trackback/{s.id}")}" />\n'
        "</rdf:RDF>\n-->",
    ]
    parts = [f'<div id="p{s.id}" class="post" lang="{post.lang}" role="article">']
    parts.append(f'<h2 class="post-title">{_title(post)}</h2>')
    parts.append(_post_info(base, post))
    if s.summary:
        parts.append(f'<div class="post-excerpt">{_excerpt(post)}</div>')
    parts.append(f'<div class="post-content">{_content(post)}</div>')
    if post.attachments:
        items = "\n".join(
            f'<li class="pdf"><a href="{href}" title="{href.rsplit("/", 1)[-1]} - {size}">{esc(label)}</a></li>'
            for href, label, size in post.attachments
        )
        parts.append(
            f'<div class="post-attachments">\n<h3>Tệp đính kèm</h3>\n<ul>\n{items}\n</ul>\n</div>'
        )
    tags = ", ".join(f'<a href="{_u(base, "tag/" + t)}">{t}</a>' for t in post.tags)
    parts.append(f'<p class="post-tags">Thẻ: {tags}</p>')
    parts.append("</div>")
    parts.append(_info_co(base, post))
    nav = []
    if older:
        nav.append(
            f'<a href="{esc(_u(base, older.route))}" title="{_title(older)}" class="prev">« Bài cũ hơn</a>'
        )
    if newer:
        nav.append(
            f'<a href="{esc(_u(base, newer.route))}" title="{_title(newer)}" class="next">Bài mới hơn »</a>'
        )
    parts.append('<p id="navlinks">' + " <span>-</span> ".join(nav) + "</p>")
    if published:
        parts.append('<p class="message" id="pr">Votre commentaire a été enregistré.</p>')
    parts.append(_comments(base, post))
    ping = _u(base, f"trackback/{s.id}")
    parts.append(
        f'<div id="pings">\n<h3>Trackback</h3>\n<p id="ping-url">Địa chỉ trackback: <a href="{ping}">{ping}</a></p>\n</div>'
    )
    if post.open_comments:
        parts.append(_comment_form(url, preview))
    else:
        parts.append('<p id="comments-closed">Les commentaires pour ce billet sont fermés.</p>')
    title = f"{_title(post)} - {SITE_TITLE}"
    return html(
        _layout(request, title, "dc-post", "\n".join(parts), "\n".join(head), description=desc)
    )


# --- feeds and endpoints -------------------------------------------------------------------------

_DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _rfc822(iso: str) -> str:
    import datetime as _dt

    d = _dt.datetime.fromisoformat(iso)
    return f"{_DAYS_EN[d.weekday()]}, {d.day:02d} {_MONTHS_EN[d.month - 1]} {d.year} {d:%H:%M:%S} +0700"


def _urn(key: str) -> str:
    return "urn:md5:" + hashlib.md5(key.encode()).hexdigest()


def _full(post: Post) -> str:
    return (_excerpt(post) + "\n" if post.story.summary else "") + _content(post)


def _atom(request: Request, posts: list[Post], title: str, self_route: str) -> Response:
    base = base_url(request)
    entries = []
    for p in posts:
        s = p.story
        entries.append(
            "<entry>\n"
            f"  <title>{_title(p)}</title>\n"
            f'  <link href="{esc(_u(base, p.route))}" rel="alternate" type="text/html" title="{_title(p)}" />\n'
            f"  <id>{_urn(p.route)}</id>\n"
            f"  <published>{s.published_at}</published>\n  <updated>{s.published_at}</updated>\n"
            f"  <author><name>{esc(USERS[p.account][0])}</name></author>\n"
            f"  <dc:subject>{esc(CATS[s.cat].title)}</dc:subject>\n"
            + "".join(f"  <dc:subject>{t}</dc:subject>\n" for t in p.tags)
            + f'  <content type="html">{esc(_full(p))}</content>\n'
            f"  <wfw:comment>{esc(_u(base, p.route))}#comment-form</wfw:comment>\n"
            f"  <wfw:commentRss>{_u(base, f'feed/atom/comments/{s.id}')}</wfw:commentRss>\n"
            "</entry>"
        )
    updated = posts[0].story.published_at if posts else "2026-11-20T16:45:00+07:00"
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:wfw="http://wellformedweb.org/CommentAPI/" xml:lang="fr">\n'
        f'  <title type="html">{esc(title)}</title>\n'
        f'  <subtitle type="html">{esc(BLOG_DESC)}</subtitle>\n'
        f'  <link href="{esc(_u(base, self_route))}" rel="self" type="application/atom+xml"/>\n'
        f'  <link href="{_u(base)}" rel="alternate" type="text/html" title="{esc(BLOG_DESC)}"/>\n'
        f"  <updated>{updated}</updated>\n  <author><name>Quản trị viên</name></author>\n"
        f"  <id>{_urn(base)}</id>\n"
        '  <generator uri="https://dotclear.org/">Dotclear</generator>\n'
        + "\n".join(entries)
        + "\n</feed>\n"
    )
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=UTF-8"})


def _rss2(request: Request, posts: list[Post], title: str, self_route: str) -> Response:
    base = base_url(request)
    items = []
    for p in posts:
        s = p.story
        items.append(
            "<item>\n"
            f"  <title>{_title(p)}</title>\n  <link>{esc(_u(base, p.route))}</link>\n"
            f'  <guid isPermaLink="false">{_urn(p.route)}</guid>\n'
            f"  <pubDate>{_rfc822(s.published_at)}</pubDate>\n"
            f"  <dc:creator>{esc(USERS[p.account][0])}</dc:creator>\n"
            f"  <category>{esc(CATS[s.cat].title)}</category>\n"
            f"  <description>{esc(_full(p))}</description>\n"
            f"  <comments>{esc(_u(base, p.route))}#comment-form</comments>\n"
            f"  <wfw:commentRss>{_u(base, f'feed/rss2/comments/{s.id}')}</wfw:commentRss>\n"
            "</item>"
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        f"<channel>\n  <title>{esc(title)}</title>\n  <link>{_u(base)}</link>\n"
        f'  <atom:link href="{esc(_u(base, self_route))}" rel="self" type="application/rss+xml"/>\n'
        f"  <description>{esc(BLOG_DESC)}</description>\n  <language>fr</language>\n"
        "  <generator>Dotclear</generator>\n" + "\n".join(items) + "\n</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _comments_feed(request: Request, posts: list[Post], self_route: str) -> Response:
    base = base_url(request)
    entries = []
    for p in posts:
        for c in p.comments:
            d, m, y = c.day.split("/")
            iso = f"{y}-{m}-{d}T{c.time}:00+07:00"
            entries.append(
                "<entry>\n"
                f"  <title>{_title(p)} - {esc(c.name)}</title>\n"
                f'  <link href="{esc(_u(base, p.route))}#c{c.cid}" rel="alternate" type="text/html"/>\n'
                f"  <id>{_urn(f'comment{c.cid}')}</id>\n  <published>{iso}</published>\n  <updated>{iso}</updated>\n"
                f"  <author><name>{esc(c.name)}</name></author>\n"
                f'  <content type="html">{esc(f"<p>{esc(c.text)}</p>")}</content>\n'
                "</entry>"
            )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">\n'
        f'  <title type="html">{esc(BLOG_NAME)} - Commentaires</title>\n'
        f'  <link href="{esc(_u(base, self_route))}" rel="self" type="application/atom+xml"/>\n'
        f"  <id>{_urn(base + self_route)}</id>\n  <updated>2026-11-21T07:35:00+07:00</updated>\n"
        + "\n".join(entries)
        + "\n</feed>\n"
    )
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=UTF-8"})


def _feed(request: Request, rest: str) -> Response | None:
    """feed/atom, feed/rss2, feed/category/<cat>/<type>, feed/tag/<tag>/<type>, feed/<type>/comments[/<id>]."""
    route = "feed/" + rest
    m = re.fullmatch(r"(atom|rss2)", rest)
    if m:
        maker = _atom if m.group(1) == "atom" else _rss2
        return maker(request, POSTS[:20], BLOG_NAME, route)
    m = re.fullmatch(r"category/(.+)/(atom|rss2)", rest)
    if m:
        key = next((k for k, c in CATS.items() if c.url == m.group(1)), None)
        if key is None:
            return None
        maker = _atom if m.group(2) == "atom" else _rss2
        return maker(request, _cat_posts(key), f"{BLOG_NAME} - {CATS[key].title}", route)
    m = re.fullmatch(r"tag/([^/]+)/(atom|rss2)", rest)
    if m:
        posts = _tag_posts(m.group(1))
        if not posts:
            return None
        maker = _atom if m.group(2) == "atom" else _rss2
        return maker(request, posts, f"{BLOG_NAME} - {m.group(1)}", route)
    m = re.fullmatch(r"(atom|rss2)/comments(?:/(\d+))?", rest)
    if m:
        if m.group(2):
            posts = [p for p in POSTS if p.story.id == int(m.group(2))]
            if not posts:
                return None
        else:
            posts = POSTS
        return _comments_feed(request, posts, route)
    return None


def _trackback(post_id: str) -> Response:
    if not any(str(p.story.id) == post_id for p in POSTS):
        message = "Aucun billet avec cet identifiant."
    else:
        message = "Trackback ping must be POST."
    body = f'<?xml version="1.0" encoding="utf-8"?>\n<response>\n  <error>1</error>\n  <message>{message}</message>\n</response>\n'
    return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8"})


def _admin_login(request: Request) -> Response:
    body = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8" />
<meta name="ROBOTS" content="NOARCHIVE,NOINDEX,NOFOLLOW" />
<title>Dotclear</title>
<link rel="stylesheet" href="style/default.css" type="text/css" media="screen" />
</head>
<body id="dotclear-admin" class="auth">
<form action="auth.php" method="post" id="login-screen">
<h1 role="banner">Dotclear</h1>
<div id="login-block">
<div class="fieldset" role="main">
<p><label for="user_id">Identifiant :</label> <input type="text" size="20" maxlength="32" name="user_id" id="user_id" autocomplete="username" /></p>
<p><label for="user_pwd">Mot de passe :</label> <input type="password" size="20" name="user_pwd" id="user_pwd" autocomplete="current-password" /></p>
<p><label for="user_remember" class="classic"><input type="checkbox" name="user_remember" id="user_remember" value="1" /> Se souvenir de moi sur cet ordinateur</label></p>
<p><input type="submit" value="Se connecter" class="login" /></p>
</div>
<p id="more-block"><a href="auth.php?recover=1">J'ai oublié mon mot de passe</a></p>
</div>
</form>
</body>
</html>
"""
    return html(body)


def _split(query: str) -> tuple[str, dict[str, str]]:
    """Dotclear's query-string mode: the route is the first '&'-part when it has no '='."""
    parts = query.split("&") if query else []
    route = ""
    if parts and "=" not in parts[0]:
        route = unquote(parts.pop(0))
    params = {k: v[0] for k, v in parse_qs("&".join(parts), keep_blank_values=True).items()}
    return route, params


class DotclearSite:
    """The blog's public side, /admin/ and the media folder."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/public/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/themes/") or path == "/favicon.ico":
            return static_file(path)
        if path in ("/admin", "/admin/") or path.startswith("/admin/"):
            if path == "/admin/auth.php":
                return _admin_login(request)
            return redirect("/admin/auth.php")
        if path not in ("/", "/index.php"):
            return None
        route, params = _split(request.query)
        if "pf" in params and not route:
            kind = "text/css" if params["pf"].endswith(".css") else "application/javascript"
            return Response(200, "/* plugin file */", {"Content-Type": kind})
        n = 1
        m = re.fullmatch(r"(?:(.*)/)?page/(\d+)", route)
        if m:
            route, n = m.group(1) or "", int(m.group(2))
        if "q" in params and route == "":
            return _search_page(request, params["q"], n)
        if route == "":
            return _home(request, n)
        if route in BY_ROUTE and n == 1:
            post = BY_ROUTE[route]
            if request.method == "POST" and post.open_comments:
                form = request.form
                if "preview" in form:
                    return _post_page(request, post, preview=form)
                return redirect(_u(base_url(request), post.route) + "&pub=1#pr", 303)
            return _post_page(request, post, published="pub" in params)
        head, _, rest = route.partition("/")
        if head == "category":
            key = next((k for k, c in CATS.items() if c.url == rest), None)
            return _category(request, key, n) if key else None
        if head == "tag" and rest:
            return _tag(request, rest, n)
        if n != 1:
            return None
        if route == "tags":
            return _tags(request)
        if route == "archive":
            return _archive(request)
        if head == "archive":
            am = re.fullmatch(r"(\d{4})/(\d{2})", rest)
            return _archive_month(request, int(am.group(1)), int(am.group(2))) if am else None
        if head == "feed":
            return _feed(request, rest)
        if head == "pages":
            return _static_page(request, rest)
        if route == "contact":
            return _contact(request)
        if head == "trackback":
            return _trackback(rest)
        if route == "xmlrpc/default":
            return Response(
                200, "XML-RPC server accepts POST requests only.", {"Content-Type": "text/plain"}
            )
        if route == "rsd":
            base = base_url(request)
            body = (
                '<?xml version="1.0" encoding="UTF-8"?>\n<rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">\n'
                f"<service><engineName>Dotclear</engineName><engineLink>https://dotclear.org/</engineLink>"
                f"<homePageLink>{_u(base)}</homePageLink><apis>"
                f'<api name="WordPress" blogID="default" preferred="true" apiLink="{_u(base, "xmlrpc/default")}"/>'
                "</apis></service>\n</rsd>\n"
            )
            return Response(200, body, {"Content-Type": "application/rsd+xml; charset=UTF-8"})
        if route == "xbel":
            links = "".join(
                f'<bookmark href="{esc(url)}"><title>{esc(title)}</title></bookmark>\n'
                for title, url in BLOGROLL
            )
            body = f'<?xml version="1.0" encoding="UTF-8"?>\n<xbel version="1.0">\n<title>Blogroll</title>\n{links}</xbel>\n'
            return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})
        return None


class _Site404:
    """Dotclear's 404 template around the blog chrome."""

    def __init__(self, inner: DotclearSite):
        self.inner = inner

    def respond(self, request: Request) -> Response | None:
        response = self.inner.respond(request)
        if response is not None:
            return response
        if request.path in ("/", "/index.php"):
            content = (
                '<div id="content-info">\n<h2>Không tìm thấy trang</h2>\n</div>\n'
                '<div class="content-inner"><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p></div>'
            )
            return html(
                _layout(request, f"Không tìm thấy trang - {SITE_TITLE}", "dc-404", content),
                status=404,
            )
        return None


def build_site() -> _Site404:
    return _Site404(DotclearSite())


# --- gold, by hand ---------------------------------------------------------------------------


def _pub(post: Post) -> list[str]:
    """The address Dotclear sends a commenter back to: the same post with a notice."""
    return [post.wire + "&pub=1"] if post.open_comments else []


GOLD = [
    gold_record(P1.story, P1.wire, "Tiểu học", alt_paths=_pub(P1)),
    gold_record(P3.story, P3.wire, "Tin tức - Sự kiện", alt_paths=_pub(P3)),
    gold_record(P2.story, P2.wire, "Thông báo"),
    gold_record(P4.story, P4.wire, "THCS", alt_paths=_pub(P4)),
    gold_record(P5.story, P5.wire, "Tin tức - Sự kiện", alt_paths=_pub(P5)),
    gold_record(P6.story, P6.wire, "Thông báo"),
    gold_record(P7.story, P7.wire, "Công đoàn", alt_paths=_pub(P7)),
    gold_record(P8.story, P8.wire, "Hoạt động chuyên môn", alt_paths=_pub(P8)),
    gold_record(P9.story, P9.wire, "Tin tức - Sự kiện", alt_paths=_pub(P9)),
    gold_record(P10.story, P10.wire, "Hoạt động chuyên môn", alt_paths=_pub(P10)),
    gold_record(P11.story, P11.wire, "Thi đua - Khen thưởng", alt_paths=_pub(P11)),
    gold_record(P12.story, P12.wire, "Hoạt động chuyên môn", alt_paths=_pub(P12)),
    gold_record(P13.story, P13.wire, "THCS", alt_paths=_pub(P13)),
]
