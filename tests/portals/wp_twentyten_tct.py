"""Trường Chính trị tỉnh Tuyên Quang: WordPress 3.5 with the Twenty Ten theme, since 2011 (blind fixture).

Platform
--------
A provincial political school's site put up in 2011 on WordPress 3 with the stock Twenty Ten theme
(a thin child theme ``twentyten-tct`` adds a date bar and a Breadcrumb NavXT trail). Core speaks
Vietnamese (month names, widget titles, "Gửi phản hồi"), the theme does not: its strings stay in
English ("Posted on … by …", "This entry was posted in …", "← Older posts", "Continue reading →",
"Comments are closed."). Plugins of the time: Sociable (share bar), YARPP (related posts), WP-PostViews,
WP-Polls, a visitor counter. All content passes through ``wptexturize``: " - " prints as an en dash,
"3x4" as "3×4", curly quotes as ``&#8220;`` / ``&#8221;``.

Half-done permalink migration: the site ran on default permalinks (``/?p=ID``, ``/?cat=ID``,
``/?page_id=ID``) until someone switched to ``/%year%/%monthnum%/%postname%/``. Everything WordPress
generates is pretty now, but hand-made links (custom menu items, text widgets, "Xem thêm" lines in
posts) still say ``/?p=1540``; a plugin turned off the canonical redirect, so those old URLs answer
200 with the whole article (and ``<link rel='canonical'>`` to the pretty one).

URL scheme
----------
- ``/`` home (Twenty Ten's loop: full ``the_content`` of each post up to ``<!--more-->``), ``/page/N/``
- ``/YYYY/MM/<slug>/`` post (one post has a UTF-8 slug, printed percent-encoded in lower case);
  ``/?p=ID`` the same post; ``/YYYY/MM/<slug>/?replytocom=N`` comment reply links
- ``/category/<slug>/`` (+ ``page/N/``), ``/?cat=7``; ``/tag/<slug>/``; ``/author/<login>/`` (+ ``page/N/``);
  ``/YYYY/MM/`` month archives (only in the archive drop-down); ``/?s=`` search; ``/feed/`` RSS
- pages ``/gioi-thieu/`` (= ``/?page_id=2``), ``/gioi-thieu/doi-ngu-giang-vien/``, ``/lich-hoc-cac-lop/``,
  ``/lien-he/`` (= ``/?page_id=47``)
- uploads ``/wp-content/uploads/YYYY/MM/*.jpg`` and one PDF

Page templates
--------------
- listing (home, category, tag, author, month, search): ``div#nav-above`` / ``div#nav-below`` with
  "← Older posts" / "Newer posts →"; each post a ``div.post`` with ``h2.entry-title``, ``div.entry-meta``,
  then ``div.entry-content`` (home) or ``div.entry-summary`` (archives: 55 words + "… Continue reading →"),
  ``div.entry-utility``. Aside-format posts print no title at all; gallery posts print a thumbnail and
  "This gallery contains N photos".
- single: breadcrumb, ``div#nav-above`` (previous/next post titles, before the headline),
  ``h1.entry-title``, ``div.entry-meta`` ("Posted on <a title="2:30 chiều"><span class="entry-date">Tháng
  Mười Hai 3, 2026</span></a> by <account>"), ``div.entry-content`` (with Sociable and YARPP appended by
  their filters), ``div#entry-author-info`` (posts of the account with a profile text),
  ``div.entry-utility``, ``div#nav-below``, ``div#comments``.
- page: breadcrumb, ``h1.entry-title``, ``div.entry-content``; no entry-meta.

How each gold article is reached
--------------------------------
Home pages 1-3 (``/page/2/``, ``/page/3/`` through "← Older posts"), category listings (Hoạt động của
Trường has a page 2), author archives, the "Bài viết mới" / "Xem nhiều" widgets and each post's
previous/next links. A12 and A13 are on no first page but their category's: home page 3, "Hoạt động
của Trường" (A13 on its page 2), the author archives (A12 on quantri's page 2). A3 is an aside:
listings print it without a title, its only link there is the "Posted on <date>" permalink. A11 is
sticky: first on home page 1 and again in its place on page 3. The old ``/?p=`` links of the menu and
the text widgets lead to A3, A4, A7, A9, A11.

Traps
-----
1. Listings that look like articles: the home loop prints every post's full text (h2 title, meta, body,
   signature, photos) and sticky A11 heads page 1 with its whole letterhead. Gold: ``/``, ``/page/N/``
   and the archives are listings; each article is its single page.
2. Duplicate URLs of the half-done migration: ``/?p=ID`` answers 200 without redirect (five are linked
   from menu, text widgets and "Xem thêm" lines; every post prints its own as ``rel='shortlink'``),
   comment "Reply" links add ``?replytocom=N``. Gold: the pretty URL is the path; ``/?p=ID`` and the
   ``replytocom`` variants are ``alt_paths``.
3. Aside posts (A3) have no headline in listings; the single page has one (h1). Gold: A3 is an
   article, found through its date link.
4. Dates: "Tháng Mười Hai 3, 2026" in ``F j, Y`` order with the month in words ("Tháng Mười" = 10,
   "Tháng Mười Một" = 11, "Tháng Mười Hai" = 12: a prefix match mistakes them); the time exists only as
   the tooltip ``title="2:30 chiều"``; the comments under an article print a date *with* time ("Tháng
   Mười Hai 4, 2026 at 8:15 sáng"). Gold: the day alone from entry-meta; A11 (official notice, posted
   on the 30th) takes the letterhead's "ngày 28 tháng 10 năm 2026".
5. Bylines: "by quantri" / "by Hoàng Minh Tuấn" in entry-meta and the "About Hoàng Minh Tuấn" box are
   the CMS account that posted; the writer signs inside the text, top right with a degree and a unit
   ("ThS. Đỗ Thị Minh Nguyệt / Khoa Xây dựng Đảng") or at the end ("TS. Nguyễn Văn Khánh - Phó Trưởng
   khoa …", "Tin, ảnh: Minh Đức", "Tin: Thu Trang - Ảnh: Quang Huy", "Thu Hiền (Trung tâm Truyền thông
   tỉnh)", a unit alone "Khoa Lý luận cơ sở"). Gold: the signed names without degree/post/unit;
   accounts are nobody; commenters are nobody.
6. Captions: ``[caption]`` boxes whose ``<img title/alt>`` is the file name ("DSC_0412"); captions
   typed as a centred italic line under the photo; a line that only credits ("Ảnh: Quang Huy") is no
   caption (its name is a photographer); a caption in parentheses; gallery shortcode captions in
   ``dd.gallery-caption``. Gold: the printed line, parentheses off; None for credit-only lines.
7. Text boundaries inside ``div.entry-content``: the Sociable bar (with a print icon), YARPP's
   "Bài viết liên quan" list, "Xem thêm:" lines (one pointing at the old domain, off-host), the
   attachment line of A11, the notice's letterhead table and "Nơi nhận" closing. Outside it but before
   the headline: the previous/next post titles. Gold: none of it is body; Word footnotes "[1]" stay,
   A9's bare superscripts do not, the notes themselves are body.
8. Percent-encoded UTF-8 slug (A7, ``k%e1%ba%bft-qu%e1%ba%a3-…``, lower-case hex as WordPress prints
   it); the server also answers the upper-case and raw forms. Gold path: the printed form.
9. A10's text was pasted from a decomposed (NFD) source: every tone mark is a combining character in
   the HTML. Gold: NFC.
10. Multi-category posts: A1, A6, A8 are also filed in "Tin nổi bật", and entry-utility lists both.
    Gold category: the breadcrumb's ("Hoạt động của Trường").
11. Posts that are not articles: a gallery post (photo album) and a video post share the single-post
    template, entry-meta and all. Gold: NON_ARTICLES.
12. Word leftovers: A4's list pasted from Word prints "·" markers in ``mso-list:Ignore`` spans (no text);
    A12's editor typed "- " list lines separated by ``<br />`` (two paragraphs, dash kept).

Gold decisions on ambiguous points
----------------------------------
- ``published_at``: the helper's gold had the day alone (the ``title`` tooltip of the date link not
  counted as printed); harmonised after the first crawls with the house's reading of tooltips as
  shown to the reader (SilverStripe's, wp_the7_thcs's): the day at the tooltip's time. (The feed's
  ``pubDate`` is still no printed text.)
- Titles are as printed after ``wptexturize``: " - " is an en dash "–", quotes are curly. Category
  names pass through the same filter (``term_name``): "Đào tạo – Bồi dưỡng", "Nghiên cứu – Trao đổi".
- ``summary`` only for A4 and A8, whose first paragraph is wholly bold; elsewhere null.
- A5's closing "Theo Báo Tuyên Quang" is the source; its paragraph "Theo Kế hoạch số 125-KH/TU …" is text.
- A11 (notice): letterhead, "THÔNG BÁO" + subject, "Nơi nhận", the signer's post and the attachment
  line are not body; the numbered points are. Author: the signer "Nguyễn Thị Lan".
- A4/A9: the footnote texts are body, in order, as printed ("[1] Hồ Chí Minh: …", "1. Luật …"); A9's
  "Chú thích:" heading too. A9's byline comes before its notes and is not body.
- A12: "Ảnh: Ngọc Anh" under the photo makes Ngọc Anh the photographer; the caption is None.
- Images: the ``src`` as printed (often the ``-300x200`` size), not the full-size link around it.
"""

from __future__ import annotations

import calendar
import html as htmlmod
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    gold_record,
    static_file,
    text,
)

NAME = "wp_twentyten_tct"
PLATFORM = "WordPress 3.5 (Twenty Ten theme, mixed ?p= and pretty permalinks)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
TAGLINE = "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức của hệ thống chính trị tỉnh"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]

# category slug -> (term id, name as printed)
CATS: dict[str, tuple[int, str]] = {
    "hoat-dong-cua-truong": (3, "Hoạt động của Trường"),
    "tin-trong-tinh": (4, "Tin trong tỉnh"),
    "dao-tao-boi-duong": (5, "Đào tạo - Bồi dưỡng"),
    "thong-bao": (6, "Thông báo"),
    "nghien-cuu-trao-doi": (7, "Nghiên cứu - Trao đổi"),
    "thu-vien-anh": (8, "Thư viện ảnh"),
    "video": (9, "Video"),
    "tin-noi-bat": (12, "Tin nổi bật"),
}
TAGS = {"ly-luan-chinh-tri": "lý luận chính trị", "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam"}
# login -> (display name, user id, profile text shown in #entry-author-info)
ACCOUNTS = {
    "quantri": ("quantri", 1, ""),
    "hoangtuan": (
        "Hoàng Minh Tuấn",
        3,
        "Cán bộ Phòng Tổ chức - Hành chính, phụ trách quản trị website Nhà trường từ năm 2011.",
    ),
}


# --- wptexturize ----------------------------------------------------------------------------


def texturize(s: str) -> str:
    """What WordPress prints for typed text: en dash for " - ", × for 3x4, … for ..."""
    s = s.replace(" - ", " – ").replace("...", "…")
    return re.sub(r"\b(\d+)x(\d+)\b", "\\1×\\2", s)


_ENT = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;", "—": "&#8212;",
        "…": "&#8230;", "×": "&#215;"}


def wt(s: str, nfd: bool = False) -> str:
    """Escaped, texturized text with WordPress's numeric references for typographic characters."""
    out = text(texturize(s), nfd=nfd)
    for ch, ent in _ENT.items():
        out = out.replace(ch, ent)
    return out


def attr(s: str) -> str:
    """``esc_attr`` of the raw (untexturized) string: straight quotes become &quot;."""
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


# --- the posts --------------------------------------------------------------------------------


@dataclass
class Comment:
    cid: int
    name: str
    when: str  # as printed by get_comment_date/time
    body: str
    parent: int = 0


@dataclass
class Post:
    story: Story
    date: tuple[int, int, int, int, int]  # Y, M, D, h, m of the WordPress post
    slug: str  # raw slug (may hold Vietnamese letters)
    cats: list[str]
    account: str = "quantri"
    fmt: str = "standard"  # standard | aside | gallery | video
    sticky: bool = False
    tags: list[str] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    comments_open: bool = False
    more_after: int | None = None  # <!--more--> after this many blocks
    related: list[int] = field(default_factory=list)  # YARPP
    views: int = 0
    raw_title: str = ""
    nfd: bool = False

    @property
    def pid(self) -> int:
        return self.story.id

    @property
    def pretty(self) -> str:
        y, m = self.date[0], self.date[1]
        return f"/{y}/{m:02d}/{quote(self.slug, safe='-').lower()}/"

    @property
    def title_html(self) -> str:
        return wt(self.raw_title)


def _story(pid, title, cat, published_at, blocks, **kw) -> tuple[Story, str]:
    """A Story whose title and paragraphs read as printed (texturized); returns it and the raw title."""
    tblocks = []
    for b in blocks:
        if isinstance(b, P):
            tblocks.append(P(texturize(b.text), b.style))
        elif isinstance(b, Img):
            tblocks.append(Img(b.src, b.printed and texturize(b.printed), b.caption and texturize(b.caption), b.style))
        else:
            tblocks.append(b)
    if kw.get("summary"):
        kw["summary"] = texturize(kw["summary"])
    return Story(pid, "", texturize(title), texturize(cat), published_at, tblocks, **kw), title


def _post(pid, title, cat, published_at, blocks, *, story_kw=None, **post_kw) -> Post:
    story, raw = _story(pid, title, cat, published_at, blocks, **(story_kw or {}))
    return Post(story=story, raw_title=raw, **post_kw)


def _sign_right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


UP = "/wp-content/uploads"

A1 = _post(
    1587,
    "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 46 hệ không tập trung",
    "Hoạt động của Trường",
    "2026-12-04",
    [
        P("Sáng ngày 03/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng lớp Trung cấp lý luận "
          "chính trị - hành chính khóa 46 hệ không tập trung cho 112 học viên là cán bộ, công chức, viên chức "
          "đang công tác tại các xã, phường trên địa bàn tỉnh."),
        P("Dự lễ khai giảng có đồng chí Nguyễn Thị Lan, Phó Hiệu trưởng Nhà trường; đại diện lãnh đạo các khoa, "
          "phòng chuyên môn và toàn thể học viên của lớp."),
        Img(f"{UP}/2026/12/DSC_0412-300x200.jpg",
            "Đồng chí Nguyễn Thị Lan, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            "Đồng chí Nguyễn Thị Lan, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học", "wpcap"),
        P("Phát biểu tại buổi lễ, đồng chí Phó Hiệu trưởng nhấn mạnh: khóa học diễn ra trong bối cảnh toàn Đảng, "
          "toàn dân ta đang nỗ lực thực hiện thắng lợi Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng "
          "và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030. Đây là dịp để học viên được trang "
          "bị một cách có hệ thống những kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, quan "
          "điểm, đường lối của Đảng, chính sách, pháp luật của Nhà nước."),
        P("Đồng chí đề nghị mỗi học viên cần xác định rõ mục đích, động cơ học tập đúng đắn; chấp hành nghiêm nội "
          "quy, quy chế của Nhà trường; phát huy tinh thần tự học, tự nghiên cứu, liên hệ lý luận với thực tiễn "
          "công tác tại địa phương, cơ quan, đơn vị."),
        P("Theo kế hoạch, lớp học được tổ chức trong thời gian 18 tháng, học vào các ngày thứ Sáu, thứ Bảy và Chủ "
          "nhật hằng tuần; học viên học tập 5 phần học với 22 học phần theo chương trình của Học viện Chính trị "
          "quốc gia Hồ Chí Minh."),
        Img(f"{UP}/2026/12/DSC_0437-300x200.jpg",
            "Các học viên lớp Trung cấp lý luận chính trị - hành chính khóa 46 chụp ảnh lưu niệm",
            "Các học viên lớp Trung cấp lý luận chính trị - hành chính khóa 46 chụp ảnh lưu niệm", "wpcap"),
        _sign_right("<strong>Tin, ảnh: Ngọc Anh</strong>"),
    ],
    story_kw={"authors": ["Ngọc Anh"], "photographers": ["Ngọc Anh"]},
    date=(2026, 12, 4, 8, 5),
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-46",
    cats=["hoat-dong-cua-truong", "tin-noi-bat"],
    account="hoangtuan",
    comments=[
        Comment(45, "Nguyễn Thị Hoa", "Tháng Mười Hai 4, 2026 at 8:15 sáng",
                "Chúc các đồng chí học viên khóa 46 học tập tốt, đạt kết quả cao!"),
        Comment(46, "Trần Đức Long", "Tháng Mười Hai 4, 2026 at 9:02 chiều",
                "Cho hỏi lịch học các buổi cuối tuần của lớp mở tại xã Sơn Dương như thế nào ạ?"),
        Comment(47, "quantri", "Tháng Mười Hai 5, 2026 at 7:40 sáng",
                "Lịch học đã được đăng tại mục Thông báo, đồng chí theo dõi giúp nhé.", parent=46),
    ],
    comments_open=True,
    more_after=2,
    views=412,
)

A2 = _post(
    1579,
    "Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026, triển khai nhiệm vụ năm 2027",
    "Hoạt động của Trường",
    "2026-12-03",
    [
        P("Chiều ngày 02/12/2026, Trường Chính trị tỉnh tổ chức Hội nghị tổng kết công tác đào tạo, bồi dưỡng "
          "năm 2026, triển khai phương hướng, nhiệm vụ năm 2027. Đồng chí Phạm Văn Thắng, Hiệu trưởng Nhà trường "
          "chủ trì hội nghị."),
        Img(f"{UP}/2026/12/tong-ket-dtbd-2026-1.jpg",
            "Đồng chí Phạm Văn Thắng, Hiệu trưởng Nhà trường phát biểu tại hội nghị",
            "Đồng chí Phạm Văn Thắng, Hiệu trưởng Nhà trường phát biểu tại hội nghị", "em"),
        P("Năm 2026, Nhà trường đã mở 38 lớp đào tạo, bồi dưỡng với tổng số 3.215 học viên, đạt 106% kế hoạch "
          "năm. Trong đó có 9 lớp trung cấp lý luận chính trị - hành chính; 4 lớp bồi dưỡng kiến thức quốc phòng "
          "và an ninh; 25 lớp bồi dưỡng chức danh, nghiệp vụ và cập nhật kiến thức."),
        P("Một số kết quả nổi bật:", "strong"),
        P("Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của học viên; 100% giảng "
          "viên ứng dụng công nghệ thông tin trong bài giảng.", "li"),
        P("Tổ chức thành công Hội thi giảng viên dạy giỏi cấp trường năm 2026 với 14 giảng viên tham gia.", "li"),
        P("Hoàn thành 02 đề tài khoa học cấp cơ sở và biên soạn tài liệu giảng dạy lịch sử Đảng bộ địa phương "
          "sau hợp nhất tỉnh.", "li"),
        P("Năm 2027, Nhà trường phấn đấu mở 40 lớp với khoảng 3.400 học viên; tiếp tục đổi mới nội dung, chương "
          "trình, phương pháp giảng dạy; nâng cao chất lượng đội ngũ giảng viên, xây dựng Trường Chính trị đạt "
          "chuẩn mức 1."),
        Img(f"{UP}/2026/12/tong-ket-dtbd-2026-2.jpg", "Ảnh: Quang Huy", None, "em"),
        P("Dịp này, Nhà trường đã khen thưởng 6 tập thể và 21 cá nhân có thành tích xuất sắc trong công tác đào "
          "tạo, bồi dưỡng năm 2026."),
        _sign_right("<em>Tin: Thu Trang - Ảnh: Quang Huy</em>"),
        Raw('<p><strong>Xem thêm:</strong> <a href="/?p=1540">Kết quả thi tốt nghiệp lớp TCLLCT-HC khóa 44</a></p>'),
    ],
    story_kw={"authors": ["Thu Trang"], "photographers": ["Quang Huy"]},
    date=(2026, 12, 3, 16, 45),
    slug="hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-2026",
    cats=["hoat-dong-cua-truong"],
    comments_open=True,
    related=[1540, 1587, 1476],
    views=268,
)

A3 = _post(
    1570,
    "Thông báo nghỉ học chiều thứ Sáu, ngày 11/12/2026 đối với các lớp hệ tập trung",
    "Thông báo",
    "2026-12-02",
    [
        P("Để cán bộ, giảng viên và học viên tham gia Hội thao chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội "
          "nhân dân Việt Nam (22/12/1944 - 22/12/2026), Nhà trường thông báo các lớp hệ tập trung nghỉ học buổi "
          "chiều thứ Sáu, ngày 11/12/2026."),
        P("Lịch học bù sẽ được Phòng Quản lý đào tạo thông báo cụ thể tới từng lớp. Đề nghị các đồng chí lớp "
          "trưởng phổ biến tới toàn thể học viên trong lớp được biết, thực hiện./."),
    ],
    date=(2026, 12, 2, 10, 20),
    slug="thong-bao-nghi-hoc-chieu-thu-sau-ngay-11-12-2026",
    cats=["thong-bao"],
    fmt="aside",
    views=190,
)

_FN = ('<a title="" href="#_ftn{n}" name="_ftnref{n}"><span class="MsoFootnoteReference">'
       '<span style="font-size: 13pt; line-height: 115%;">[{n}]</span></span></a>')

A4 = _post(
    1562,
    "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cấp xã hiện nay",
    "Nghiên cứu - Trao đổi",
    "2026-12-01",
    [
        _sign_right("<strong>ThS. Đỗ Thị Minh Nguyệt</strong><br />\n<em>Khoa Xây dựng Đảng</em>"),
        P("Sinh thời, Chủ tịch Hồ Chí Minh đặc biệt coi trọng công tác cán bộ, Người khẳng định cán bộ là cái gốc "
          "của mọi công việc. Vận dụng sáng tạo tư tưởng của Người trong đào tạo, bồi dưỡng đội ngũ cán bộ cấp xã "
          "là yêu cầu cấp thiết khi chính quyền địa phương hai cấp đi vào vận hành.", "lead"),
        P("1. Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ", "h3"),
        P("Theo Chủ tịch Hồ Chí Minh, “cán bộ là những người đem chính sách của Đảng, của Chính phủ giải thích "
          "cho dân chúng hiểu rõ và thi hành. Đồng thời đem tình hình của dân chúng báo cáo cho Đảng, cho Chính "
          "phủ hiểu rõ, để đặt chính sách cho đúng”[1]. Vì vậy, “muôn việc thành công hoặc thất bại, đều do cán "
          "bộ tốt hoặc kém”[2].", "word"),
        P("Người yêu cầu người cán bộ phải vừa có đức, vừa có tài, trong đó đức là gốc; phải thường xuyên học "
          "tập, rèn luyện, gần dân, hiểu dân, học dân và có trách nhiệm với dân.", "word"),
        P("2. Vận dụng trong đào tạo, bồi dưỡng cán bộ cấp xã tại tỉnh Tuyên Quang", "h3"),
        P("Thời gian qua, Trường Chính trị tỉnh đã chủ động đổi mới nội dung, chương trình bồi dưỡng theo hướng "
          "thiết thực, gắn với chức trách, nhiệm vụ của từng chức danh. Một số giải pháp cần tập trung thực hiện "
          "trong thời gian tới:", "word"),
        P("Thứ nhất, đổi mới nội dung chương trình theo hướng tăng thời lượng thực hành, xử lý tình huống;", "mso"),
        P("Thứ hai, nâng cao chất lượng đội ngũ giảng viên, tăng cường đi thực tế cơ sở;", "mso"),
        P("Thứ ba, gắn đào tạo, bồi dưỡng với quy hoạch, sử dụng cán bộ.", "mso"),
        P("Thực hiện tốt những giải pháp trên sẽ góp phần xây dựng đội ngũ cán bộ cấp xã đủ phẩm chất, năng lực, "
          "uy tín, đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới.", "word"),
        Raw('<div style="mso-element: footnote-list;"><br clear="all" />\n<hr align="left" size="1" width="33%" />'),
        P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "ftn"),
        P("[2] Sđd, t.5, tr.280.", "ftn"),
        Raw("</div>"),
    ],
    story_kw={
        "authors": ["Đỗ Thị Minh Nguyệt"],
        "summary": "Sinh thời, Chủ tịch Hồ Chí Minh đặc biệt coi trọng công tác cán bộ, Người khẳng định cán bộ là "
                   "cái gốc của mọi công việc. Vận dụng sáng tạo tư tưởng của Người trong đào tạo, bồi dưỡng đội ngũ "
                   "cán bộ cấp xã là yêu cầu cấp thiết khi chính quyền địa phương hai cấp đi vào vận hành.",
    },
    date=(2026, 12, 1, 9, 0),
    slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-cap-xa",
    cats=["nghien-cuu-trao-doi"],
    tags=["ly-luan-chinh-tri"],
    views=655,
)

A5 = _post(
    1555,
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 8, khóa I cho ý kiến vào các nội dung quan trọng",
    "Tin trong tỉnh",
    "2026-11-28",
    [
        P("Ngày 27/11/2026, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 8, khóa I, nhiệm kỳ 2025 - 2030 "
          "để thảo luận, cho ý kiến vào các báo cáo, đề án quan trọng của tỉnh. Đồng chí Bí thư Tỉnh ủy chủ trì "
          "hội nghị."),
        Img(f"{UP}/2026/11/hoi-nghi-bch-lan-8-300x199.jpg", "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "wpcap"),
        P("Theo Kế hoạch số 125-KH/TU của Ban Thường vụ Tỉnh ủy, hội nghị tập trung đánh giá tình hình thực hiện "
          "nhiệm vụ chính trị năm 2026; xem xét báo cáo kiểm điểm công tác lãnh đạo, chỉ đạo của Ban Chấp hành, "
          "Ban Thường vụ Tỉnh ủy và cho ý kiến vào dự thảo Nghị quyết về phương hướng, nhiệm vụ năm 2027."),
        P("Năm 2026, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 8,2%; thu ngân sách nhà nước trên địa "
          "bàn đạt trên 7.800 tỷ đồng; công tác xây dựng Đảng và hệ thống chính trị được quan tâm, tổ chức bộ máy "
          "sau sắp xếp hoạt động ổn định, hiệu quả."),
        P("Phát biểu kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh "
          "đạo hoàn thành các chỉ tiêu còn lại của năm 2026, chuẩn bị tốt các điều kiện để triển khai nhiệm vụ "
          "năm 2027 ngay từ những ngày đầu năm."),
        _sign_right("<strong>Theo Báo Tuyên Quang</strong>"),
    ],
    story_kw={"source": "Báo Tuyên Quang"},
    date=(2026, 11, 28, 15, 10),
    slug="hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-8-khoa-i",
    cats=["tin-trong-tinh"],
    views=301,
)

A6 = _post(
    1548,
    "Hội thảo khoa học “Nâng cao chất lượng giảng dạy các môn lý luận chính trị gắn với thực tiễn địa phương”",
    "Hoạt động của Trường",
    "2026-11-26",
    [
        P("Ngày 25/11/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thảo khoa học “Nâng cao chất lượng "
          "giảng dạy các môn lý luận chính trị gắn với thực tiễn địa phương”. Tham dự hội thảo có đại diện Ban "
          "Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ, các khoa, phòng của Nhà trường cùng đông đảo giảng viên."),
        P("Ban Tổ chức đã nhận được 27 bài tham luận của các nhà khoa học, giảng viên và cán bộ quản lý. Các ý "
          "kiến tại hội thảo tập trung làm rõ thực trạng việc đưa nội dung thực tiễn địa phương vào bài giảng; "
          "những khó khăn khi cập nhật số liệu, mô hình mới sau khi hợp nhất tỉnh và sắp xếp chính quyền địa "
          "phương hai cấp."),
        P("Nhiều tham luận đề xuất xây dựng ngân hàng tình huống thực tiễn của tỉnh, tăng cường đi nghiên cứu "
          "thực tế tại cơ sở và mời cán bộ lãnh đạo, quản lý có kinh nghiệm tham gia giảng dạy chuyên đề."),
        Img(f"{UP}/2026/11/hoi-thao-01-150x150.jpg",
            "Đồng chí Phạm Văn Thắng, Hiệu trưởng Nhà trường phát biểu đề dẫn hội thảo",
            "Đồng chí Phạm Văn Thắng, Hiệu trưởng Nhà trường phát biểu đề dẫn hội thảo", "gallery"),
        Img(f"{UP}/2026/11/hoi-thao-02-150x150.jpg", "Các đại biểu trình bày tham luận",
            "Các đại biểu trình bày tham luận", "gallery"),
        Img(f"{UP}/2026/11/hoi-thao-03-150x150.jpg", "Quang cảnh hội thảo", "Quang cảnh hội thảo", "gallery"),
        P("Kết quả hội thảo là cơ sở để Nhà trường tiếp tục đổi mới nội dung, phương pháp giảng dạy, nâng cao "
          "chất lượng đào tạo, bồi dưỡng cán bộ trong thời gian tới."),
        _sign_right("<strong>Khoa Lý luận cơ sở</strong>"),
    ],
    story_kw={"authors": ["Khoa Lý luận cơ sở"]},
    date=(2026, 11, 26, 14, 0),
    slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day",
    cats=["hoat-dong-cua-truong", "tin-noi-bat"],
    account="hoangtuan",
    tags=["ly-luan-chinh-tri"],
    comments=[
        Comment(41, "Lê Văn Bình", "Tháng Mười Một 27, 2026 at 10:24 sáng",
                "Đề nghị Nhà trường sớm tập hợp các tham luận thành kỷ yếu để giảng viên tham khảo."),
    ],
    comments_open=True,
    related=[1562, 1522],
    views=879,
)

A7 = _post(
    1540,
    "Kết quả thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 44",
    "Đào tạo - Bồi dưỡng",
    "2026-11-24",
    [
        P("Ngày 20/11/2026, Hội đồng thi tốt nghiệp Trường Chính trị tỉnh đã tổ chức thi tốt nghiệp cho 96 học "
          "viên lớp Trung cấp lý luận chính trị - hành chính khóa 44 hệ không tập trung mở tại xã Sơn Dương."),
        P("Kết quả cụ thể như sau:"),
        P("Xếp loại | Số học viên | Tỷ lệ (%)", "row"),
        P("Xuất sắc | 3 | 3,1", "row"),
        P("Giỏi | 41 | 42,7", "row"),
        P("Khá | 49 | 51,0", "row"),
        P("Trung bình | 3 | 3,1", "row"),
        P("Toàn bộ 96 học viên đủ điều kiện được công nhận tốt nghiệp. Lễ bế giảng và trao bằng tốt nghiệp dự "
          "kiến tổ chức vào ngày 10/12/2026."),
        _sign_right("<strong>Phòng Quản lý đào tạo</strong>"),
    ],
    story_kw={"authors": ["Phòng Quản lý đào tạo"]},
    date=(2026, 11, 24, 10, 0),
    slug="kết-quả-thi-tốt-nghiệp-lớp-tcllct-hc-khóa-44",
    cats=["dao-tao-boi-duong"],
    views=1034,
)

A8 = _post(
    1531,
    "Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "Hoạt động của Trường",
    "2026-11-20",
    [
        P("Sáng 19/11/2026, Trường Chính trị tỉnh Tuyên Quang long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
          "Việt Nam (20/11/1982 - 20/11/2026). Đến dự và chúc mừng có đồng chí Phó Chủ tịch UBND tỉnh cùng đại "
          "diện lãnh đạo một số sở, ban, ngành của tỉnh.", "lead"),
        P("Ôn lại truyền thống Ngày Nhà giáo Việt Nam, đồng chí Hiệu trưởng Nhà trường khẳng định: những năm qua, "
          "tập thể cán bộ, giảng viên Nhà trường luôn đoàn kết, khắc phục khó khăn, hoàn thành tốt nhiệm vụ chính "
          "trị được giao, đặc biệt là trong giai đoạn triển khai hợp nhất hai trường chính trị tỉnh."),
        Img(f"{UP}/2026/11/DSC_0088-300x200.jpg",
            "(Lãnh đạo UBND tỉnh tặng hoa chúc mừng tập thể cán bộ, giảng viên Nhà trường)",
            "Lãnh đạo UBND tỉnh tặng hoa chúc mừng tập thể cán bộ, giảng viên Nhà trường", "wpcap"),
        P("Phát biểu chúc mừng, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương những kết quả Nhà trường đạt "
          "được; đề nghị Nhà trường tiếp tục đổi mới mạnh mẽ phương pháp giảng dạy, xây dựng đội ngũ giảng viên "
          "“vừa hồng, vừa chuyên”, xứng đáng là trung tâm đào tạo, bồi dưỡng cán bộ của tỉnh."),
        P("Nhân dịp này, 05 giảng viên được tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” và 12 giảng viên được "
          "Hiệu trưởng tặng Giấy khen vì có thành tích xuất sắc trong giảng dạy.", "br"),
        P("Buổi lễ khép lại với chương trình văn nghệ chào mừng do cán bộ, giảng viên và học viên Nhà trường "
          "biểu diễn."),
        _sign_right("<strong><em>Tin, ảnh: Minh Đức</em></strong>"),
    ],
    story_kw={
        "authors": ["Minh Đức"],
        "photographers": ["Minh Đức"],
        "summary": "Sáng 19/11/2026, Trường Chính trị tỉnh Tuyên Quang long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                   "giáo Việt Nam (20/11/1982 - 20/11/2026). Đến dự và chúc mừng có đồng chí Phó Chủ tịch UBND tỉnh "
                   "cùng đại diện lãnh đạo một số sở, ban, ngành của tỉnh.",
    },
    date=(2026, 11, 20, 11, 0),
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    cats=["hoat-dong-cua-truong", "tin-noi-bat"],
    tags=["ngay-nha-giao-viet-nam"],
    views=1245,
)

A9 = _post(
    1522,
    "Một số giải pháp nâng cao hiệu quả công tác dân vận của chính quyền cấp xã sau sắp xếp đơn vị hành chính",
    "Nghiên cứu - Trao đổi",
    "2026-11-16",
    [
        P("Công tác dân vận của chính quyền là một bộ phận quan trọng trong công tác dân vận của hệ thống chính "
          "trị. Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, chính quyền cấp xã "
          "trực tiếp gần dân, sát dân hơn, do đó yêu cầu đối với công tác dân vận càng cao."),
        P("1. Kết quả bước đầu", "strong"),
        P("Thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022 và các văn bản hướng dẫn, các xã, phường trên địa "
          "bàn tỉnh đã công khai thủ tục hành chính, tiếp nhận và giải quyết kịp thời kiến nghị của Nhân dân. "
          "Nhiều địa phương xây dựng được mô hình “Dân vận khéo” trong cải cách hành chính, chuyển đổi số.", "sup"),
        P("Tuy nhiên, một bộ phận cán bộ, công chức cấp xã còn lúng túng khi tiếp nhận nhiệm vụ mới; kỹ năng tiếp "
          "dân, đối thoại với Nhân dân ở một số nơi còn hạn chế.", "sup"),
        P("2. Một số giải pháp", "strong"),
        P("Một là, nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền và đội ngũ cán bộ, công chức cấp xã "
          "về công tác dân vận."),
        P("Hai là, đẩy mạnh cải cách hành chính, chuyển đổi số gắn với thực hiện dân chủ ở cơ sở."),
        P("Ba là, thường xuyên bồi dưỡng kỹ năng dân vận, kỹ năng đối thoại cho đội ngũ cán bộ, công chức cấp xã; "
          "lấy sự hài lòng của Nhân dân làm thước đo hiệu quả công việc."),
        _sign_right("<strong>TS. Nguyễn Văn Khánh</strong> - Phó Trưởng khoa Nhà nước và pháp luật"),
        P("Chú thích:", "strong"),
        P("1. Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được Quốc hội thông qua ngày 10/11/2022.", "note"),
        P("2. Báo cáo tổng kết công tác dân vận năm 2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang.",
          "note"),
    ],
    story_kw={"authors": ["Nguyễn Văn Khánh"]},
    date=(2026, 11, 16, 8, 30),
    slug="giai-phap-nang-cao-hieu-qua-cong-tac-dan-van-cua-chinh-quyen-cap-xa",
    cats=["nghien-cuu-trao-doi"],
    account="hoangtuan",
    views=588,
)
#: where A9's bare superscript calls sit: (text they follow, note number)
A9_SUP = [("Luật Thực hiện dân chủ ở cơ sở năm 2022", 1), ("còn hạn chế", 2)]

A10 = _post(
    1513,
    "Tuyên Quang đẩy mạnh chuyển đổi số trong các cơ quan đảng, chính quyền cấp xã",
    "Tin trong tỉnh",
    "2026-11-12",
    [
        P("Những tháng cuối năm 2026, các xã, phường trên địa bàn tỉnh Tuyên Quang tập trung triển khai đồng bộ "
          "các giải pháp chuyển đổi số, phấn đấu 100% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng."),
        P("Đến nay, toàn tỉnh đã có 124/124 xã, phường vận hành Hệ thống thông tin giải quyết thủ tục hành chính "
          "tập trung; tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,5%. Nhiều địa phương như phường Minh Xuân, xã Sơn "
          "Dương, xã Hàm Yên đã thành lập tổ công nghệ số cộng đồng tới từng thôn, tổ dân phố."),
        P("Bên cạnh kết quả đạt được, hạ tầng mạng tại một số xã vùng cao còn hạn chế, đội ngũ cán bộ phụ trách "
          "công nghệ thông tin còn thiếu. Thời gian tới, tỉnh tiếp tục bố trí nguồn lực, đẩy mạnh bồi dưỡng kỹ "
          "năng số cho cán bộ, công chức."),
        _sign_right("<strong>Thu Hiền</strong> (Trung tâm Truyền thông tỉnh)"),
    ],
    story_kw={"authors": ["Thu Hiền"]},
    date=(2026, 11, 12, 15, 0),
    slug="tuyen-quang-day-manh-chuyen-doi-so-cap-xa",
    cats=["tin-trong-tinh"],
    views=233,
    nfd=True,
)

_LETTERHEAD = (
    '<table style="width: 100%; border: none;" border="0" cellspacing="0" cellpadding="0"><tbody><tr>\n'
    '<td style="text-align: center;" width="45%">TỈNH ỦY TUYÊN QUANG<br />\n<strong>TRƯỜNG CHÍNH TRỊ</strong>'
    "<br />\n*<br />\nSố: 215-TB/TCT</td>\n"
    '<td style="text-align: center;" width="55%"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />\n&nbsp;<br />\n'
    "<em>Tuyên Quang, ngày 28 tháng 10 năm 2026</em></td>\n</tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>Tuyển sinh lớp Trung cấp lý luận chính trị &#8211; hành chính hệ tập trung năm 2027</strong></p>"
)
_CLOSING = (
    '<table style="width: 100%;" border="0" cellspacing="0" cellpadding="0"><tbody><tr>\n'
    '<td valign="top" width="50%"><strong><em>Nơi nhận:</em></strong><br />\n- Ban Tổ chức Tỉnh ủy (b/c);<br />\n'
    "- Các đảng ủy trực thuộc Tỉnh ủy;<br />\n- UBND các xã, phường;<br />\n- Lưu VT, P.QLĐT.</td>\n"
    '<td style="text-align: center;" valign="top" width="50%"><strong>K/T HIỆU TRƯỞNG<br />\nPHÓ HIỆU TRƯỞNG</strong>'
    "<br />\n<em>(đã ký)</em><br />\n<strong>Nguyễn Thị Lan</strong></td>\n</tr></tbody></table>"
)

A11 = _post(
    1498,
    "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung năm 2027",
    "Thông báo",
    "2026-10-28",
    [
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, Trường Chính trị tỉnh "
          "Tuyên Quang thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung năm 2027 "
          "như sau:"),
        P("1. Đối tượng: Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp phòng "
          "và tương đương; cán bộ, công chức cấp xã đáp ứng tiêu chuẩn theo quy định."),
        P("2. Chỉ tiêu: 60 học viên."),
        P("3. Thời gian học: 08 tháng, dự kiến khai giảng ngày 05/01/2027."),
        P("4. Hồ sơ gồm: Quyết định cử đi học của cơ quan có thẩm quyền; bản sao bằng tốt nghiệp trung học phổ "
          "thông và bằng chuyên môn; giấy chứng nhận sức khỏe; 02 ảnh 3x4."),
        P("Hồ sơ gửi về Phòng Quản lý đào tạo, Trường Chính trị tỉnh trước ngày 15/12/2026. Mọi chi tiết xin liên "
          "hệ số điện thoại 0207.3822.456./."),
        Raw(_CLOSING),
        Raw('<p><img class="alignnone" src="/wp-includes/images/crystal/document.png" alt="" width="24" height="32" />'
            ' <a href="/wp-content/uploads/2026/10/TB-215-tuyen-sinh-TCLLCT-2027.pdf">'
            "TB-215-tuyen-sinh-TCLLCT-2027</a></p>"),
    ],
    story_kw={"authors": ["Nguyễn Thị Lan"]},
    date=(2026, 10, 30, 9, 15),
    slug="thong-bao-tuyen-sinh-lop-trung-cap-llct-hc-he-tap-trung-nam-2027",
    cats=["thong-bao"],
    sticky=True,
    views=1132,
)

A12 = _post(
    1489,
    "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
    "Hoạt động của Trường",
    "2026-10-22",
    [
        P("Chiều ngày 21/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng "
          "cao đạo đức công vụ, tinh thần trách nhiệm của đội ngũ giảng viên trong giai đoạn mới”."),
        Img(f"{UP}/2026/10/sinh-hoat-chi-bo-xdd.jpg", "Ảnh: Ngọc Anh", None, "em"),
        P("Tại buổi sinh hoạt, các đảng viên đã tập trung thảo luận, làm rõ những biểu hiện thiếu trách nhiệm, ngại "
          "khó, ngại đổi mới; đồng thời đề xuất giải pháp nâng cao chất lượng bài giảng, tăng cường nghiên cứu "
          "thực tế."),
        P("Đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên phải gương mẫu trong thực hiện nhiệm vụ, chủ động cập nhật "
          "kiến thức mới, nhất là những vấn đề thực tiễn sau sắp xếp tổ chức bộ máy."),
        P("Buổi sinh hoạt đã thống nhất một số nội dung trọng tâm:", "br"),
        P("- Thực hiện nghiêm các quy định về chuẩn mực đạo đức nhà giáo;", "br"),
        P("- Mỗi giảng viên đăng ký ít nhất một nội dung đổi mới phương pháp giảng dạy trong năm học."),
        _sign_right("<em><strong>Hồng Vân</strong></em>"),
    ],
    story_kw={"authors": ["Hồng Vân"], "photographers": ["Ngọc Anh"]},
    date=(2026, 10, 22, 14, 0),
    slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
    cats=["hoat-dong-cua-truong"],
    views=167,
)

A13 = _post(
    1476,
    "Bế giảng lớp Bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường vụ Tỉnh ủy quản lý năm 2026",
    "Hoạt động của Trường",
    "2026-10-15",
    [
        P("Ngày 14/10/2026, Trường Chính trị tỉnh phối hợp với Ban Tổ chức Tỉnh ủy tổ chức bế giảng lớp Bồi dưỡng "
          "cập nhật kiến thức cho cán bộ diện Ban Thường vụ Tỉnh ủy quản lý năm 2026."),
        Img(f"{UP}/2026/10/be-giang-cnkt-300x225.jpg",
            "Đồng chí Trưởng Ban Tổ chức Tỉnh ủy trao giấy chứng nhận cho các học viên",
            "Đồng chí Trưởng Ban Tổ chức Tỉnh ủy trao giấy chứng nhận cho các học viên", "wpcap"),
        P("Trong thời gian 05 ngày, 85 học viên đã được nghe các chuyên đề về tình hình thế giới, khu vực; những "
          "vấn đề mới trong Văn kiện Đại hội XIV của Đảng; kỹ năng lãnh đạo, quản lý trong bối cảnh chuyển đổi số "
          "và chính quyền địa phương hai cấp."),
        P("Kết thúc khóa học, 100% học viên hoàn thành chương trình và được cấp giấy chứng nhận. Ban Tổ chức Tỉnh "
          "ủy đánh giá cao sự chủ động của Nhà trường trong việc mời báo cáo viên có uy tín từ Trung ương và Học "
          "viện Chính trị khu vực I tham gia giảng dạy."),
        _sign_right("<strong>Thu Trang</strong>"),
        Raw('<p>&raquo; Xem thêm: <a href="http://truongchinhtri.tuyenquang.gov.vn/?p=1201">Khai giảng lớp Bồi dưỡng '
            "cập nhật kiến thức năm 2025</a></p>"),
    ],
    story_kw={"authors": ["Thu Trang"]},
    date=(2026, 10, 15, 10, 30),
    slug="be-giang-lop-boi-duong-cap-nhat-kien-thuc-dien-ban-thuong-vu-tinh-uy-quan-ly",
    cats=["hoat-dong-cua-truong"],
    account="hoangtuan",
    views=345,
)

# the two posts that are not articles: a photo album and a video
GALLERY = _post(
    1527,
    "Hình ảnh Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
    "Thư viện ảnh",
    None,
    [Img(f"{UP}/2026/11/hoi-thao-tdtt-{i:02d}-150x150.jpg", cap, cap, "gallery") for i, cap in enumerate([
        "Khai mạc Hội thao", "Thi đấu môn bóng chuyền hơi nữ", "Thi đấu môn kéo co",
        "Thi đấu môn cầu lông", "Ban Tổ chức trao giải nhất toàn đoàn", "Các vận động viên chụp ảnh lưu niệm",
    ], start=1)],
    date=(2026, 11, 18, 16, 20),
    slug="hinh-anh-hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11-2026",
    cats=["thu-vien-anh"],
    account="hoangtuan",
    fmt="gallery",
    views=520,
)
VIDEO = _post(
    1509,
    "Video: Trường Chính trị tỉnh Tuyên Quang - 55 năm xây dựng và trưởng thành",
    "Video",
    None,
    [Raw('<p><iframe src="http://www.youtube.com/embed/xH3kP9mQ2aE?rel=0" height="315" width="560" '
         'allowfullscreen="" frameborder="0"></iframe></p>\n<p>Nguồn: Đài Phát thanh và Truyền hình Tuyên Quang</p>')],
    date=(2026, 11, 9, 9, 40),
    slug="video-truong-chinh-tri-tinh-tuyen-quang-55-nam-xay-dung-va-truong-thanh",
    cats=["video"],
    fmt="video",
    views=402,
)

ARTICLES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
POSTS = sorted([*ARTICLES, GALLERY, VIDEO], key=lambda p: p.date, reverse=True)
BY_ID = {p.pid: p for p in POSTS}


# --- WordPress pages ----------------------------------------------------------------------------


@dataclass
class Page:
    page_id: int
    path: str
    title: str
    body: str
    parent: str | None = None  # title of the parent page for the breadcrumb


PAGES = [
    Page(2, "/gioi-thieu/", "Giới thiệu chung", """
<p>Trường Chính trị tỉnh Tuyên Quang là đơn vị sự nghiệp trực thuộc Tỉnh ủy, đồng thời chịu sự quản lý nhà nước của
UBND tỉnh; có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở, cán bộ,
công chức, viên chức; nghiên cứu khoa học về lý luận chính trị, lịch sử Đảng bộ địa phương.</p>
<p>Tiền thân của Nhà trường là Trường Đảng tỉnh Tuyên Quang, được thành lập năm 1971. Ngày 01/8/2025, trên cơ sở
hợp nhất Trường Chính trị tỉnh Hà Giang và Trường Chính trị tỉnh Tuyên Quang, Ban Thường vụ Tỉnh ủy quyết định
thành lập Trường Chính trị tỉnh Tuyên Quang (mới).</p>
<h3>Cơ cấu tổ chức</h3>
<ul>
<li>Ban Giám hiệu: Hiệu trưởng và 03 Phó Hiệu trưởng</li>
<li>Các phòng: Phòng Tổ chức &#8211; Hành chính; Phòng Quản lý đào tạo; Phòng Quản trị &#8211; Tài vụ</li>
<li>Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận</li>
</ul>
"""),
    Page(31, "/gioi-thieu/doi-ngu-giang-vien/", "Đội ngũ giảng viên", """
<p>Tổng số cán bộ, giảng viên, nhân viên: 62 người; trong đó 41 giảng viên cơ hữu (02 tiến sĩ, 33 thạc sĩ).</p>
<table border="1" cellspacing="0" cellpadding="4"><tbody>
<tr><td><strong>Khoa</strong></td><td><strong>Trưởng khoa</strong></td><td><strong>Số giảng viên</strong></td></tr>
<tr><td>Lý luận cơ sở</td><td>ThS. Vũ Thị Thanh Bình</td><td>11</td></tr>
<tr><td>Xây dựng Đảng</td><td>ThS. Triệu Văn Sơn</td><td>10</td></tr>
<tr><td>Nhà nước và pháp luật</td><td>TS. Ma Thị Hằng</td><td>11</td></tr>
<tr><td>Dân vận</td><td>ThS. Nông Đức Hải</td><td>9</td></tr>
</tbody></table>
""", parent="Giới thiệu chung"),
    Page(39, "/lich-hoc-cac-lop/", "Lịch học các lớp", """
<p style="text-align: center;"><strong>LỊCH HỌC CÁC LỚP TUẦN 49 (TỪ 07/12 ĐẾN 13/12/2026)</strong></p>
<table border="1" cellspacing="0" cellpadding="3"><tbody>
<tr><td><strong>Thứ</strong></td><td><strong>Lớp</strong></td><td><strong>Nội dung</strong></td><td><strong>Giảng viên</strong></td></tr>
<tr><td>Hai 07/12</td><td>TCLLCT-HC K45 (tập trung)</td><td>Học phần Kỹ năng lãnh đạo, quản lý</td><td>ThS. Triệu Văn Sơn</td></tr>
<tr><td>Ba 08/12</td><td>TCLLCT-HC K45 (tập trung)</td><td>Học phần Quản lý hành chính nhà nước</td><td>TS. Ma Thị Hằng</td></tr>
<tr><td>Sáu 11/12</td><td>TCLLCT-HC K46 (Sơn Dương)</td><td>Triết học Mác &#8211; Lênin</td><td>ThS. Vũ Thị Thanh Bình</td></tr>
<tr><td>Bảy 12/12</td><td>TCLLCT-HC K46 (Sơn Dương)</td><td>Triết học Mác &#8211; Lênin</td><td>ThS. Vũ Thị Thanh Bình</td></tr>
</tbody></table>
<p><em>Lịch có thể thay đổi, đề nghị các lớp theo dõi thông báo của Phòng Quản lý đào tạo.</em></p>
"""),
    Page(47, "/lien-he/", "Liên hệ", """
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong><br />
Địa chỉ: Số 8, đường Lê Duẩn, phường Minh Xuân, tỉnh Tuyên Quang<br />
Điện thoại: 0207.3822.456 &#8211; Fax: 0207.3822.457<br />
Email: truongchinhtri@tuyenquang.gov.vn</p>
<div class="wpcf7" id="wpcf7-f52-p47-o1"><form action="/lien-he/#wpcf7-f52-p47-o1" method="post" class="wpcf7-form">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="52" /><input type="hidden" name="_wpcf7_version" value="3.3.3" /></div>
<p>Họ và tên (bắt buộc)<br /><span class="wpcf7-form-control-wrap your-name"><input type="text" name="your-name" value="" size="40" /></span></p>
<p>Email (bắt buộc)<br /><span class="wpcf7-form-control-wrap your-email"><input type="text" name="your-email" value="" size="40" /></span></p>
<p>Nội dung<br /><span class="wpcf7-form-control-wrap your-message"><textarea name="your-message" cols="40" rows="10"></textarea></span></p>
<p><input type="submit" value="Gửi đi" class="wpcf7-submit" /></p>
</form></div>
"""),
]
PAGE_BY_PATH = {p.path: p for p in PAGES}
PAGE_BY_ID = {p.page_id: p for p in PAGES}


# --- rendering: bits ------------------------------------------------------------------------


def _date_printed(post: Post) -> str:
    y, m, d = post.date[:3]
    return f"{MONTHS[m - 1]} {d}, {y}"


def _time_printed(post: Post) -> str:
    h, mi = post.date[3], post.date[4]
    return f"{(h - 1) % 12 + 1}:{mi:02d} {'sáng' if h < 12 else 'chiều'}"


def _posted_on(post: Post, b: str) -> str:
    name = ACCOUNTS[post.account][0]
    return (
        f'<span class="meta-prep meta-prep-author">Posted on</span> <a href="{b}{post.pretty}" '
        f'title="{_time_printed(post)}" rel="bookmark"><span class="entry-date">{_date_printed(post)}</span></a> '
        f'<span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="{b}/author/{post.account}/" '
        f'title="View all posts by {name}">{name}</a></span>'
    )


def _cat_link(slug: str, b: str) -> str:
    name = CATS[slug][1]
    return f'<a href="{b}/category/{slug}/" title="View all posts in {name}" rel="category tag">{wt(name)}</a>'


def _cat_list(post: Post, b: str) -> str:
    slugs = sorted(post.cats, key=lambda s: CATS[s][1])
    return ", ".join(_cat_link(s, b) for s in slugs)


def _tag_list(post: Post, b: str) -> str:
    return ", ".join(f'<a href="{b}/tag/{t}/" rel="tag">{TAGS[t]}</a>' for t in post.tags)


def _post_classes(post: Post) -> str:
    cls = [f"post-{post.pid}", "post", "type-post", "status-publish", f"format-{post.fmt}", "hentry"]
    if post.sticky:
        cls.append("sticky")
    cls += [f"category-{s}" for s in post.cats]
    cls += [f"tag-{t}" for t in post.tags]
    return " ".join(cls)


def _full_size(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def _fname(src: str) -> str:
    return re.sub(r"(-\d+x\d+)?\.\w+$", "", src.rsplit("/", 1)[1])


def _inline(post: Post, p: P) -> str:
    """A paragraph's inline markup: footnote calls, superscripts."""
    s = wt(p.text, nfd=post.nfd)
    if p.style in ("word", "lead") and post is A4:
        s = re.sub(r"\[(\d+)\]", lambda m: _FN.format(n=m.group(1)), s)
    if p.style == "sup" and post is A9:
        for anchor, n in A9_SUP:
            a = wt(anchor)
            if a in s:
                s = s.replace(a, f'{a}<sup><a id="tro{n}" href="#cth{n}">{n}</a></sup>', 1)
    return s


def _gallery(post: Post, imgs: list[Img], gid: int) -> str:
    items = []
    for k, img in enumerate(imgs):
        fn = _fname(img.src)
        dd = f"\n\t\t\t\t<dd class='wp-caption-text gallery-caption'>\n\t\t\t\t{wt(img.printed)}\n\t\t\t\t</dd>" \
            if img.printed else ""
        items.append(
            f"<dl class='gallery-item'>\n\t\t\t<dt class='gallery-icon'>\n\t\t\t\t<a href='{_full_size(img.src)}' "
            f"title='{fn}'><img width=\"150\" height=\"150\" src=\"{img.src}\" class=\"attachment-thumbnail\" "
            f"alt=\"{fn}\" title=\"{fn}\" /></a>\n\t\t\t</dt>{dd}</dl>"
        )
        if k % 3 == 2:
            items.append('<br style="clear: both" />')
    return (
        f"<style type='text/css'>#gallery-{gid} {{ margin: auto; }} #gallery-{gid} .gallery-item {{ float: left; "
        f"margin-top: 10px; text-align: center; width: 33%; }}</style>\n"
        f"<div id='gallery-{gid}' class='gallery galleryid-{post.pid} gallery-columns-3 gallery-size-thumbnail'>"
        + "".join(items) + "\n\t\t\t<br style='clear: both;' />\n\t\t</div>\n"
    )


def _image(post: Post, img: Img, k: int) -> str:
    aid = post.pid + 3 + k
    fn = _fname(img.src)
    full = _full_size(img.src)
    if img.style == "wpcap":
        return (
            f'<div id="attachment_{aid}" class="wp-caption aligncenter" style="width: 310px"><a href="{full}">'
            f'<img class="size-medium wp-image-{aid}" title="{fn}" src="{img.src}" alt="{fn}" width="300" '
            f'height="200" /></a><p class="wp-caption-text">{wt(img.printed or "")}</p></div>'
        )
    line = f'<p style="text-align: center;"><img class="aligncenter size-full wp-image-{aid}" title="{fn}" ' \
        f'src="{img.src}" alt="" width="550" height="367" /></p>'
    if img.printed:
        line += f'\n<p style="text-align: center;"><em>{wt(img.printed)}</em></p>'
    return line


def _mso(post: Post, p: P) -> str:
    return (
        '<p class="MsoListParagraphCxSpMiddle" style="text-align: justify; text-indent: -18.0pt; '
        'mso-list: l0 level1 lfo1;"><!--[if !supportLists]--><span style="font-family: Symbol; mso-list: Ignore;">'
        '·<span style="font: 7.0pt \'Times New Roman\';">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
        f"<!--[endif]--><span style=\"font-size: 14pt;\">{_inline(post, p)}</span></p>"
    )


def render_content(post: Post, upto: int | None = None) -> str:
    """``the_content``: the post's blocks as the editor (and wpautop) left them."""
    blocks = post.story.blocks if upto is None else post.story.blocks[:upto]
    out: list[str] = []
    i = 0
    img_k = 0
    gid = 1
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                out.append(_gallery(post, group, gid))
                gid += 1
                img_k += len(group)
                continue
            out.append(_image(post, b, img_k))
            img_k += 1
            i += 1
            continue
        st = b.style
        if st == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_inline(post, blocks[i])}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if st == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tds = "".join(
                    f'<td width="180" valign="top"><p align="center">'
                    f'{"<strong>" + wt(c) + "</strong>" if first else wt(c)}</p></td>' for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append('<table border="1" cellspacing="0" cellpadding="0" width="540"><tbody>\n'
                       + "\n".join(rows) + "\n</tbody></table>")
            continue
        if st == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(_inline(post, blocks[i]))
                i += 1
            if i < len(blocks) and isinstance(blocks[i], P):
                parts.append(_inline(post, blocks[i]))
                i += 1
            out.append("<p>" + "<br />\n".join(parts) + "</p>")
            continue
        if st == "mso":
            out.append(_mso(post, b))
        elif st == "ftn":
            n = re.match(r"\[(\d+)\]", b.text).group(1)
            rest = wt(b.text[len(n) + 2:].strip())
            out.append(f'<div id="ftn{n}" style="mso-element: footnote;"><p class="MsoFootnoteText">'
                       f'<a title="" href="#_ftnref{n}" name="_ftn{n}">[{n}]</a> {rest}</p></div>')
        elif st == "note":
            n = b.text.split(".", 1)[0]
            out.append(f'<p style="text-align: justify;"><a id="cth{n}"></a>{wt(b.text)}</p>')
        elif st == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_inline(post, b)}</strong></p>')
        elif st == "strong":
            out.append(f"<p><strong>{_inline(post, b)}</strong></p>")
        elif st == "h3":
            out.append(f"<h3>{_inline(post, b)}</h3>")
        elif st == "word":
            out.append(f'<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt;">'
                       f'<span style="font-size: 14pt; line-height: 115%;">{_inline(post, b)}</span></p>')
        else:
            out.append(f'<p style="text-align: justify;">{_inline(post, b)}</p>')
        if post.more_after is not None and upto is None and i + 1 == post.more_after:
            out.append(f'<p><span id="more-{post.pid}"></span></p>')
        i += 1
    return "\n".join(out)


def _sociable(post: Post, b: str) -> str:
    url = quote(b + post.pretty, safe="")
    icons = [("facebook", f"http://www.facebook.com/share.php?u={url}", "Facebook"),
             ("twitter", f"http://twitter.com/home?status={url}", "Twitter"),
             ("googleplus", f"https://plus.google.com/share?url={url}", "Google+"),
             ("email", f"mailto:?subject={quote(post.raw_title)}&amp;body={url}", "email"),
             ("printer", "javascript:window.print();", "Print")]
    lis = "".join(
        f'<li><a title="{t}" href="{h}" rel="nofollow"><img src="/wp-content/plugins/sociable/images/'
        f'default/16/{n}.png" class="sociable-hovers" alt="{t}" title="{t}" /></a></li>' for n, h, t in icons)
    return ('<div class="sociable"><div class="sociable_tagline"><strong>Chia sẻ bài viết:</strong></div>'
            f"<ul>{lis}</ul></div>")


def _yarpp(post: Post, b: str) -> str:
    if not post.related:
        return ""
    lis = "".join(f'<li><a href="{b}{BY_ID[r].pretty}" rel="bookmark" title="{attr(BY_ID[r].raw_title)}">'
                  f"{BY_ID[r].title_html}</a></li>" for r in post.related)
    return f"<div class='yarpp-related'>\n<h3>Bài viết liên quan:</h3><ol>{lis}</ol>\n</div>"


def _excerpt(post: Post) -> str:
    """``the_excerpt``: shortcodes ([caption], [gallery]) dropped, tags stripped, 55 words."""
    content = render_content(post)
    content = re.sub(r'<div id="attachment_.*?</div>', "", content, flags=re.S)
    content = re.sub(r"<style.*?</div>\n", "", content, flags=re.S)
    words = htmlmod.unescape(re.sub(r"<[^>]+>", " ", content)).split()
    return wt(" ".join(words[:55])) + (" &hellip;" if len(words) > 55 else "")


def _continue(post: Post, b: str) -> str:
    return f' <a href="{b}{post.pretty}">Continue reading <span class="meta-nav">&rarr;</span></a>'


def _comments_link(post: Post, b: str) -> str:
    n = len(post.comments)
    if n:
        label = "1 Comment" if n == 1 else f"{n} Comments"
        return f'<a href="{b}{post.pretty}#comments" title="Comment on {attr(post.raw_title)}">{label}</a>'
    if post.comments_open:
        return f'<a href="{b}{post.pretty}#respond" title="Comment on {attr(post.raw_title)}">Leave a comment</a>'
    return "<span>Comments Off</span>"


# --- rendering: the loop ----------------------------------------------------------------------


def loop_item(post: Post, b: str, full: bool) -> str:
    """One post in a listing: Twenty Ten's loop.php."""
    permalink = f'href="{b}{post.pretty}" title="Permalink to {attr(post.raw_title)}" rel="bookmark"'
    if post.fmt == "gallery":
        imgs = post.story.images
        return (
            f'<div id="post-{post.pid}" class="{_post_classes(post)}">\n'
            f'<h2 class="entry-title"><a {permalink}>{post.title_html}</a></h2>\n'
            f'<div class="entry-meta">{_posted_on(post, b)}</div>\n'
            f'<div class="entry-content">\n<div class="gallery-thumb">\n<a class="size-thumbnail" href="{b}{post.pretty}">'
            f'<img width="150" height="150" src="{imgs[0].src}" class="attachment-thumbnail" alt="" /></a>\n</div>\n'
            f'<p><em>This gallery contains <a {permalink}>{len(imgs)} photos</a>.</em></p>\n</div>\n'
            f'<div class="entry-utility">\n<a href="{b}/category/thu-vien-anh/" title="View posts in the Gallery category">'
            f'More Galleries</a>\n<span class="meta-sep">|</span>\n<span class="comments-link">'
            f"{_comments_link(post, b)}</span>\n</div>\n</div>\n"
        )
    if post.fmt == "aside":
        inner = (f'<div class="entry-content">\n{render_content(post)}\n</div>' if full else
                 f'<div class="entry-summary">\n<p>{_excerpt(post)}{_continue(post, b)}</p>\n</div>')
        return (
            f'<div id="post-{post.pid}" class="{_post_classes(post)}">\n{inner}\n'
            f'<div class="entry-utility">\n{_posted_on(post, b)}\n<span class="meta-sep">|</span>\n'
            f'<span class="comments-link">{_comments_link(post, b)}</span>\n</div>\n</div>\n'
        )
    if full:
        if post.more_after is not None:
            body = render_content(post, post.more_after)
            more = (f' <a href="{b}{post.pretty}#more-{post.pid}" class="more-link">Continue reading '
                    '<span class="meta-nav">&rarr;</span></a>')
            cut = body.rfind("</p>")
            body = body[:cut] + more + body[cut:]
        else:
            body = render_content(post)
        inner = f'<div class="entry-content">\n{body}\n</div>'
    else:
        inner = f'<div class="entry-summary">\n<p>{_excerpt(post)}{_continue(post, b)}</p>\n</div>'
    tags = ""
    if post.tags:
        tags = (f'<span class="tag-links"><span class="entry-utility-prep entry-utility-prep-tag-links">Tagged</span> '
                f"{_tag_list(post, b)}</span>\n<span class=\"meta-sep\">|</span>\n")
    return (
        f'<div id="post-{post.pid}" class="{_post_classes(post)}">\n'
        f'<h2 class="entry-title"><a {permalink}>{post.title_html}</a></h2>\n'
        f'<div class="entry-meta">\n{_posted_on(post, b)}\n</div>\n{inner}\n'
        f'<div class="entry-utility">\n<span class="cat-links"><span class="entry-utility-prep '
        f'entry-utility-prep-cat-links">Posted in</span> {_cat_list(post, b)}</span>\n'
        f'<span class="meta-sep">|</span>\n{tags}<span class="comments-link">{_comments_link(post, b)}</span>\n'
        f"</div>\n</div><!-- #post-## -->\n"
    )


def _nav(older: str | None, newer: str | None, which: str) -> str:
    if not older and not newer:
        return ""
    o = f'<a href="{older}" ><span class="meta-nav">&larr;</span> Older posts</a>' if older else ""
    n = f'<a href="{newer}" >Newer posts <span class="meta-nav">&rarr;</span></a>' if newer else ""
    return (f'<div id="nav-{which}" class="navigation">\n<div class="nav-previous">{o}</div>\n'
            f'<div class="nav-next">{n}</div>\n</div><!-- #nav-{which} -->\n')


# --- chrome -------------------------------------------------------------------------------------


def _menu(b: str) -> str:
    def li(mid, href, label, sub=None):
        cls = "menu-item menu-item-type-custom menu-item-object-custom"
        inner = f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}">{label}</a>'
        if sub:
            inner += '\n<ul class="sub-menu">\n' + "\n".join(li(*s) for s in sub) + "\n</ul>\n"
        return inner + "</li>"

    items = [
        (10, f"{b}/", "Trang chủ"),
        (11, f"{b}/?page_id=2", "Giới thiệu", [
            (12, f"{b}/?page_id=2", "Giới thiệu chung"),
            (13, f"{b}/gioi-thieu/doi-ngu-giang-vien/", "Đội ngũ giảng viên")]),
        (14, "#", "Tin tức", [
            (15, f"{b}/category/hoat-dong-cua-truong/", "Hoạt động của Trường"),
            (16, f"{b}/category/tin-trong-tinh/", "Tin trong tỉnh")]),
        (17, "#", "Đào tạo", [
            (18, f"{b}/category/dao-tao-boi-duong/", "Đào tạo &#8211; Bồi dưỡng"),
            (19, f"{b}/category/thong-bao/", "Thông báo"),
            (20, f"{b}/lich-hoc-cac-lop/", "Lịch học các lớp"),
            (21, f"{b}/?p=1498", "Tuyển sinh 2027")]),
        (22, f"{b}/?cat=7", "Nghiên cứu &#8211; Trao đổi"),
        (23, "#", "Thư viện", [
            (24, f"{b}/category/thu-vien-anh/", "Thư viện ảnh"),
            (25, f"{b}/category/video/", "Video")]),
        (26, f"{b}/?page_id=47", "Liên hệ"),
    ]
    return ('<div class="menu-header"><ul id="menu-menu-chinh" class="menu">'
            + "\n".join(li(*it) for it in items) + "</ul></div>")


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _sidebar(b: str) -> str:
    recent = "".join(f'<li><a href="{b}{p.pretty}" title="{attr(p.raw_title)}">{p.title_html}</a></li>'
                     for p in POSTS[:5])
    popular = sorted(POSTS, key=lambda p: -p.views)[:5]
    views = "".join(
        f'<li><a href="{b}{p.pretty}" title="{attr(p.raw_title)}">{p.title_html}</a> - '
        f"{_thousands(p.views)} lượt xem</li>" for p in popular)
    counts = {s: sum(1 for p in POSTS if s in p.cats) for s in CATS}
    cats = "".join(
        f'<li class="cat-item cat-item-{CATS[s][0]}"><a href="{b}/category/{s}/" title="Xem tất cả các bài viết '
        f'trong chuyên mục {CATS[s][1]}">{wt(CATS[s][1])}</a> ({counts[s]})</li>'
        for s in sorted(CATS, key=lambda s: CATS[s][1]))
    per_month = {m: sum(1 for p in POSTS if p.date[:2] == (2026, m)) for m in (12, 11, 10)}
    months = "".join(f"<option value='{b}/2026/{m:02d}/'> {MONTHS[m - 1]} 2026 &nbsp;({n})</option>"
                     for m, n in per_month.items())
    return f"""
<div id="primary" class="widget-area" role="complementary">
<ul class="xoxo">
<li id="search-2" class="widget-container widget_search"><form role="search" method="get" id="searchform" action="{b}/" >
<div><label class="screen-reader-text" for="s">Tìm kiếm cho:</label>
<input type="text" value="" name="s" id="s" />
<input type="submit" id="searchsubmit" value="Tìm kiếm" />
</div></form></li>
<li id="text-2" class="widget-container widget_text"><h3 class="widget-title">Thông báo mới</h3><div class="textwidget">
<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="150">
<p><img src="/wp-content/uploads/2011/06/new.gif" alt="" /> <a href="{b}/?p=1498">Thông báo tuyển sinh lớp TCLLCT-HC hệ tập trung năm 2027</a></p>
<p><img src="/wp-content/uploads/2011/06/new.gif" alt="" /> <a href="{b}/?p=1570">Nghỉ học chiều thứ Sáu 11/12/2026 đối với các lớp tập trung</a></p>
<p><a href="{b}/?p=1540">Kết quả thi tốt nghiệp lớp TCLLCT-HC K44</a></p>
</marquee></div></li>
<li id="recent-posts-2" class="widget-container widget_recent_entries"><h3 class="widget-title">Bài viết mới</h3>
<ul>{recent}</ul></li>
<li id="views-2" class="widget-container widget_views"><h3 class="widget-title">Xem nhiều nhất</h3>
<ul>{views}</ul></li>
<li id="categories-2" class="widget-container widget_categories"><h3 class="widget-title">Chuyên mục</h3>
<ul>{cats}</ul></li>
<li id="archives-2" class="widget-container widget_archive"><h3 class="widget-title">Lưu trữ</h3>
<select name="archive-dropdown" onchange='document.location.href=this.options[this.selectedIndex].value;'>
<option value="">Chọn tháng</option>{months}</select></li>
</ul>
</div><!-- #primary .widget-area -->

<div id="secondary" class="widget-area" role="complementary">
<ul class="xoxo">
<li id="text-3" class="widget-container widget_text"><h3 class="widget-title">Bài nghiên cứu</h3><div class="textwidget">
<ul>
<li><a href="{b}/?p=1562">Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cấp xã</a></li>
<li><a href="{b}/?p=1522">Giải pháp nâng cao hiệu quả công tác dân vận của chính quyền cấp xã</a></li>
</ul></div></li>
<li id="text-4" class="widget-container widget_text"><h3 class="widget-title">Liên kết website</h3><div class="textwidget">
<p><a href="http://hcma.vn" target="_blank"><img src="/wp-content/uploads/2011/05/banner-hvctqg.jpg" alt="Học viện Chính trị quốc gia Hồ Chí Minh" width="200" /></a></p>
<p><a href="http://www.dangcongsan.vn" target="_blank"><img src="/wp-content/uploads/2011/05/banner-dcsvn.jpg" alt="Báo điện tử Đảng Cộng sản Việt Nam" width="200" /></a></p>
<select onchange="window.open(this.value)"><option>-- Các website khác --</option>
<option value="http://tuyenquang.dcs.vn">Tỉnh ủy Tuyên Quang</option>
<option value="http://www.tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>
<option value="http://baotuyenquang.com.vn">Báo Tuyên Quang</option></select>
</div></li>
<li id="polls-widget-2" class="widget-container widget_polls-widget"><h3 class="widget-title">Thăm dò ý kiến</h3>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="4be1c7a2d0" /></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về nội dung website của Nhà trường?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Phong phú, kịp thời</label></li>
<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Bình thường</label></li>
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Cần cập nhật thường xuyên hơn</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p>
</div></form></div></li>
<li id="text-6" class="widget-container widget_text"><h3 class="widget-title">Thống kê truy cập</h3><div class="textwidget">
<table id="tk_truycap" style="font-size: 12px;"><tr><td><img src="/wp-content/uploads/2011/06/online.gif" alt="" /> Đang online:</td><td>17</td></tr>
<tr><td>Hôm nay:</td><td>356</td></tr><tr><td>Hôm qua:</td><td>512</td></tr>
<tr><td>Tổng truy cập:</td><td>1.254.873</td></tr></table></div></li>
</ul>
</div><!-- #secondary .widget-area -->
"""


def _footer(b: str) -> str:
    pages = (f'<li class="page_item page-item-2"><a href="{b}/gioi-thieu/">Giới thiệu chung</a>'
             f'<ul class=\'children\'><li class="page_item page-item-31"><a href="{b}/gioi-thieu/doi-ngu-giang-vien/">'
             f'Đội ngũ giảng viên</a></li></ul></li>'
             f'<li class="page_item page-item-39"><a href="{b}/lich-hoc-cac-lop/">Lịch học các lớp</a></li>'
             f'<li class="page_item page-item-47"><a href="{b}/lien-he/">Liên hệ</a></li>')
    return f"""
<div id="footer" role="contentinfo">
<div id="colophon">
<div id="footer-widget-area" role="complementary">
<div id="first" class="widget-area"><ul class="xoxo">
<li id="pages-2" class="widget-container widget_pages"><h3 class="widget-title">Trang</h3><ul>{pages}</ul></li>
</ul></div>
<div id="second" class="widget-area"><ul class="xoxo">
<li id="text-5" class="widget-container widget_text"><h3 class="widget-title">Liên hệ</h3><div class="textwidget">
<strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong><br />
Địa chỉ: Số 8, đường Lê Duẩn, phường Minh Xuân, tỉnh Tuyên Quang<br />
Điện thoại: 0207.3822.456 &#8211; Fax: 0207.3822.457<br />
Email: truongchinhtri@tuyenquang.gov.vn</div></li>
</ul></div>
</div><!-- #footer-widget-area -->
<div id="site-info">
<a href="{b}/" title="{SITE}" rel="home">{SITE}</a> &copy; 2011 &#8211; 2026. Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Tuyên Quang cấp ngày 16/5/2011.
</div><!-- #site-info -->
<div id="site-generator">
<a href="http://wordpress.org/" title="Semantic Personal Publishing Platform" rel="generator">Proudly powered by WordPress.</a>
</div><!-- #site-generator -->
</div><!-- #colophon -->
</div><!-- #footer -->
"""


def _breadcrumb(b: str, trail: list[tuple[str, str]], here: str) -> str:
    parts = [f'<span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" title="Go to {SITE}." href="{b}/" '
             'class="home">Trang chủ</a></span>']
    for href, label in trail:
        parts.append(f'<span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" title="Go to {label}." '
                     f'href="{b}{href}" class="taxonomy category">{wt(label)}</a></span>')
    parts.append(f'<span typeof="v:Breadcrumb"><span property="v:title">{here}</span></span>')
    return ('<div class="breadcrumbs-tct" xmlns:v="http://rdf.data-vocabulary.org/#">Bạn đang ở: '
            + " &gt; ".join(parts) + "</div>\n")


def page_shell(request: Request, title: str, body_class: str, content: str, *, home: bool = False,
               head_extra: str = "") -> str:
    b = base_url(request)
    heading = "h1" if home else "div"
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
<meta charset="UTF-8" />
<title>{title}</title>
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="stylesheet" type="text/css" media="all" href="{b}/wp-content/themes/twentyten-tct/style.css" />
<link rel="pingback" href="{b}/xmlrpc.php" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{b}/feed/" />
<link rel='stylesheet' id='sociable-front-css-css'  href='{b}/wp-content/plugins/sociable/sociable.css?ver=3.5.1' type='text/css' media='all' />
<link rel='stylesheet' id='wp-polls-css'  href='{b}/wp-content/plugins/wp-polls/polls-css.css?ver=2.63' type='text/css' media='all' />
<script type='text/javascript' src='{b}/wp-includes/js/jquery/jquery.js?ver=1.8.3'></script>
<script type='text/javascript' src='{b}/wp-includes/js/comment-reply.min.js?ver=3.5.1'></script>
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{b}/wp-includes/wlwmanifest.xml" />
<meta name="generator" content="WordPress 3.5.1" />
{head_extra}</head>

<body class="{body_class}">
<div id="wrapper" class="hfeed">
<div id="header">
<div id="masthead">
<div id="ngay-thang" style="text-align: right; font-size: 12px; color: #666;">{HEADER_TODAY}</div>
<div id="branding" role="banner">
<{heading} id="site-title">
<span><a href="{b}/" title="{SITE}" rel="home">{SITE}</a></span>
</{heading}>
<div id="site-description">{TAGLINE}</div>
<img src="{b}/wp-content/uploads/2011/05/cropped-header-tct.jpg" width="940" height="198" alt="" />
</div><!-- #branding -->
<div id="access" role="navigation">
<div class="skip-link screen-reader-text"><a href="#content" title="Skip to content">Skip to content</a></div>
{_menu(b)}
</div><!-- #access -->
</div><!-- #masthead -->
</div><!-- #header -->

<div id="main">
<div id="container">
<div id="content" role="main">
{content}
</div><!-- #content -->
</div><!-- #container -->
{_sidebar(b)}
</div><!-- #main -->
{_footer(b)}
</div><!-- #wrapper -->
<script type='text/javascript' src='{b}/wp-content/plugins/wp-polls/polls-js.js?ver=2.63'></script>
</body>
</html>
"""


# --- page builders ------------------------------------------------------------------------------


def _listing(request: Request, posts: list[Post], page: int, base: str, *, heading: str, title: str,
             body_class: str, full: bool, home: bool = False, sticky_first: bool = False,
             trail: tuple[list, str] | None = None) -> Response | None:
    b = base_url(request)
    total = len(posts)
    pages = max(1, -(-total // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    if sticky_first and page == 1:
        stick = [p for p in POSTS if p.sticky]
        chunk = stick + [p for p in chunk if not p.sticky]
    older = f"{b}{base}page/{page + 1}/" if page < pages else None
    newer = (f"{b}{base}" if page == 2 else f"{b}{base}page/{page - 1}/") if page > 1 else None
    items = "".join(loop_item(p, b, full) for p in chunk)
    crumb = _breadcrumb(b, *trail) if trail else ""
    content = f"{crumb}{heading}{_nav(older, newer, 'above')}{items}{_nav(older, newer, 'below')}"
    t = title + (f" | Page {page}" if page > 1 else "")
    cls = body_class + (f" paged paged-{page}" if page > 1 else "")
    return html(page_shell(request, t, cls, content, home=home))


def home(request: Request, page: int) -> Response | None:
    return _listing(request, POSTS, page, "/", heading="", title=f"{SITE} | {TAGLINE}",
                    body_class="home blog", full=True, home=True, sticky_first=True)


def category(request: Request, slug: str, page: int) -> Response | None:
    tid, name = CATS[slug]
    posts = [p for p in POSTS if slug in p.cats]
    heading = (f'<h1 class="page-title">Category Archives: <span>{wt(name)}</span></h1>\n'
               f'<div class="archive-meta"><p>Chuyên mục: {wt(name)}</p></div>\n')
    return _listing(request, posts, page, f"/category/{slug}/", heading=heading, title=f"{wt(name)} | {SITE}",
                    body_class=f"archive category category-{slug} category-{tid}", full=False,
                    trail=([], wt(name)))


def tag(request: Request, slug: str, page: int) -> Response | None:
    posts = [p for p in POSTS if slug in p.tags]
    heading = f'<h1 class="page-title">Tag Archives: <span>{TAGS[slug]}</span></h1>\n'
    return _listing(request, posts, page, f"/tag/{slug}/", heading=heading, title=f"{TAGS[slug]} | {SITE}",
                    body_class=f"archive tag tag-{slug}", full=False)


def author(request: Request, login: str, page: int) -> Response | None:
    b = base_url(request)
    name, uid, desc = ACCOUNTS[login]
    posts = [p for p in POSTS if p.account == login]
    heading = (f'<h1 class="page-title author">Author Archives: <span class="vcard"><a class="url fn n" '
               f'href="{b}/author/{login}/" title="{name}" rel="me">{name}</a></span></h1>\n')
    if desc:
        heading += (f'<div id="entry-author-info"><div id="author-avatar"><img alt="" src="http://0.gravatar.com/'
                    f'avatar/7f3c0e?s=60" class="avatar avatar-60 photo" height="60" width="60" /></div>'
                    f'<div id="author-description"><h2>About {name}</h2>\n{wt(desc)}\n</div></div>\n')
    return _listing(request, posts, page, f"/author/{login}/", heading=heading, title=f"{name} | {SITE}",
                    body_class=f"archive author author-{login} author-{uid}", full=False)


def month(request: Request, y: int, m: int, page: int) -> Response | None:
    posts = [p for p in POSTS if p.date[:2] == (y, m)]
    if not posts:
        return None
    heading = f'<h1 class="page-title">Monthly Archives: <span>{MONTHS[m - 1]} {y}</span></h1>\n'
    return _listing(request, posts, page, f"/{y}/{m:02d}/", heading=heading,
                    title=f"{MONTHS[m - 1]} {y} | {SITE}", body_class="archive date", full=False)


def search(request: Request, q: str) -> Response | None:
    b = base_url(request)
    ql = collapse(q).lower()
    hits = [p for p in POSTS if ql in p.story.title.lower() or any(ql in x.lower() for x in p.story.paragraphs)]
    if hits:
        heading = f'<h1 class="page-title">Search Results for: <span>{text(q)}</span></h1>\n'
        items = "".join(loop_item(p, b, False) for p in hits[:PER_PAGE])
    else:
        heading = '<div id="post-0" class="post no-results not-found"><h2 class="entry-title">Nothing Found</h2>'
        items = ("<div class=\"entry-content\"><p>Sorry, but nothing matched your search criteria. Please try again "
                 "with some different keywords.</p></div></div>")
    return html(page_shell(request, f"Search Results for “{text(q)}” | {SITE}", "search search-results",
                           heading + items))


def _comments(post: Post, b: str) -> str:
    if not post.comments:
        if post.comments_open:
            return f'<div id="comments">\n{_respond(post, b)}\n</div><!-- #comments -->\n'
        return '<div id="comments">\n<p class="nocomments">Comments are closed.</p>\n</div><!-- #comments -->\n'

    def li(c: Comment, depth: int) -> str:
        kids = [k for k in post.comments if k.parent == c.cid]
        child = ("<ul class='children'>\n" + "".join(li(k, depth + 1) for k in kids) + "</ul>\n") if kids else ""
        return (
            f'<li class="comment even depth-{depth}" id="li-comment-{c.cid}">\n<div id="comment-{c.cid}">\n'
            f'<div class="comment-author vcard">\n<img alt=\'\' src=\'http://1.gravatar.com/avatar/ad516503a11cd5ca435'
            f'acc9bb6523536?s=40&amp;d=mm&amp;r=G\' class=\'avatar avatar-40 photo\' height=\'40\' width=\'40\' />\n'
            f'<cite class="fn">{c.name}</cite> <span class="says">says:</span>\n</div><!-- .comment-author .vcard -->\n'
            f'<div class="comment-meta commentmetadata"><a href="{b}{post.pretty}#comment-{c.cid}">\n{c.when}</a>'
            f"</div><!-- .comment-meta .commentmetadata -->\n"
            f'<div class="comment-body"><p>{wt(c.body)}</p>\n</div>\n'
            f"<div class=\"reply\">\n<a class='comment-reply-link' href='{b}{post.pretty}?replytocom={c.cid}#respond' "
            f"onclick='return addComment.moveForm(\"comment-{c.cid}\", \"{c.cid}\", \"respond\", \"{post.pid}\")'>"
            f"Reply</a></div><!-- .reply -->\n</div><!-- #comment-##  -->\n{child}</li>\n"
        )

    n = len(post.comments)
    head = "One Response to" if n == 1 else f"{n} Responses to"
    top = "".join(li(c, 1) for c in post.comments if not c.parent)
    return (
        f'<div id="comments">\n<h3 id="comments-title">{head} <em>{post.title_html}</em></h3>\n'
        f'<ol class="commentlist">\n{top}</ol>\n{_respond(post, b)}\n</div><!-- #comments -->\n'
    )


def _respond(post: Post, b: str) -> str:
    return (
        f'<div id="respond">\n<h3 id="reply-title">Gửi phản hồi <small><a rel="nofollow" id="cancel-comment-reply-link" '
        f'href="{b}{post.pretty}#respond" style="display:none;">Hủy trả lời</a></small></h3>\n'
        f'<form action="{b}/wp-comments-post.php" method="post" id="commentform">\n'
        '<p class="comment-notes">Thư điện tử của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được '
        'đánh dấu <span class="required">*</span></p>\n'
        '<p class="comment-form-author"><label for="author">Tên</label> <span class="required">*</span>'
        '<input id="author" name="author" type="text" value="" size="30" aria-required=\'true\' /></p>\n'
        '<p class="comment-form-email"><label for="email">Thư điện tử</label> <span class="required">*</span>'
        '<input id="email" name="email" type="text" value="" size="30" aria-required=\'true\' /></p>\n'
        '<p class="comment-form-url"><label for="url">Trang web</label><input id="url" name="url" type="text" '
        'value="" size="30" /></p>\n'
        '<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" '
        'name="comment" cols="45" rows="8" aria-required="true"></textarea></p>\n'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" value="Phản hồi" />\n'
        f"<input type='hidden' name='comment_post_ID' value='{post.pid}' id='comment_post_ID' />\n"
        "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>\n</form>\n</div><!-- #respond -->"
    )


def single(request: Request, post: Post) -> Response:
    b = base_url(request)
    idx = POSTS.index(post)
    older = POSTS[idx + 1] if idx + 1 < len(POSTS) else None
    newer = POSTS[idx - 1] if idx > 0 else None
    prev_l = (f'<a href="{b}{older.pretty}" rel="prev"><span class="meta-nav">&larr;</span> {older.title_html}</a>'
              if older else "")
    next_l = (f'<a href="{b}{newer.pretty}" rel="next">{newer.title_html} <span class="meta-nav">&rarr;</span></a>'
              if newer else "")

    def nav(which: str) -> str:
        return (f'<div id="nav-{which}" class="navigation">\n<div class="nav-previous">{prev_l}</div>\n'
                f'<div class="nav-next">{next_l}</div>\n</div><!-- #nav-{which} -->\n')

    primary = post.cats[0]
    trail = [(f"/category/{primary}/", CATS[primary][1])]
    name, _uid, desc = ACCOUNTS[post.account]
    author_box = ""
    if desc:
        author_box = (
            f'<div id="entry-author-info">\n<div id="author-avatar">\n<img alt=\'\' src=\'http://0.gravatar.com/avatar/'
            f'7f3c0e?s=60&amp;d=mm\' class=\'avatar avatar-60 photo\' height=\'60\' width=\'60\' />\n</div>\n'
            f'<div id="author-description">\n<h2>About {name}</h2>\n{wt(desc)}\n<div id="author-link">\n'
            f'<a href="{b}/author/{post.account}/" rel="author">View all posts by {name} <span class="meta-nav">'
            "&rarr;</span></a>\n</div>\n</div>\n</div><!-- #entry-author-info -->\n"
        )
    if post.tags:
        util = (f"This entry was posted in {_cat_list(post, b)} and tagged {_tag_list(post, b)}. Bookmark the "
                f'<a href="{b}{post.pretty}" title="Permalink to {attr(post.raw_title)}" rel="bookmark">permalink</a>.')
    else:
        util = (f"This entry was posted in {_cat_list(post, b)}. Bookmark the "
                f'<a href="{b}{post.pretty}" title="Permalink to {attr(post.raw_title)}" rel="bookmark">permalink</a>.')
    content = (
        _breadcrumb(b, trail, post.title_html)
        + nav("above")
        + f'<div id="post-{post.pid}" class="{_post_classes(post)}">\n'
        f'<h1 class="entry-title">{post.title_html}</h1>\n\n'
        f'<div class="entry-meta">\n{_posted_on(post, b)}\n</div><!-- .entry-meta -->\n\n'
        f'<div class="entry-content">\n{render_content(post)}\n{_sociable(post, b)}\n{_yarpp(post, b)}\n'
        f"</div><!-- .entry-content -->\n\n{author_box}"
        f'<div class="entry-utility">\n{util}\n</div><!-- .entry-utility -->\n</div><!-- #post-## -->\n\n'
        + nav("below")
        + _comments(post, b)
    )
    head = (f"<link rel='prev' title='{attr(older.raw_title)}' href='{b}{older.pretty}' />\n" if older else "") + \
        (f"<link rel='next' title='{attr(newer.raw_title)}' href='{b}{newer.pretty}' />\n" if newer else "") + \
        f"<link rel='canonical' href='{b}{post.pretty}' />\n<link rel='shortlink' href='{b}/?p={post.pid}' />\n"
    cls = f"single single-post postid-{post.pid} single-format-{post.fmt}"
    return html(page_shell(request, f"{post.title_html} | {SITE}", cls, content, head_extra=head))


def wp_page(request: Request, page: Page) -> Response:
    b = base_url(request)
    trail = [("/gioi-thieu/", page.parent)] if page.parent else []
    content = (
        _breadcrumb(b, trail, wt(page.title))
        + f'<div id="post-{page.page_id}" class="post-{page.page_id} page type-page status-publish hentry">\n'
        f'<h1 class="entry-title">{wt(page.title)}</h1>\n<div class="entry-content">\n{page.body}\n'
        f"</div><!-- .entry-content -->\n</div><!-- #post-## -->\n"
    )
    head = f"<link rel='canonical' href='{b}{page.path}' />\n"
    return html(page_shell(request, f"{wt(page.title)} | {SITE}", f"page page-id-{page.page_id} page-template-default",
                           content, head_extra=head))


def feed(request: Request) -> Response:
    b = base_url(request)
    items = []
    for p in POSTS[:10]:
        y, m, d, h, mi = p.date
        # the feed speaks UTC (the site's +07:00 wall clock minus seven hours)
        hh, dd = h - 7, d
        if hh < 0:
            hh, dd = hh + 24, d - 1
        wd = calendar.day_abbr[calendar.weekday(y, m, dd)]
        mon = calendar.month_abbr[m]
        items.append(
            f"<item>\n<title>{text(texturize(p.raw_title))}</title>\n<link>{b}{p.pretty}</link>\n"
            f"<comments>{b}{p.pretty}#comments</comments>\n<pubDate>{wd}, {dd:02d} {mon} {y} {hh:02d}:{mi:02d}:00 +0000"
            f"</pubDate>\n<dc:creator>{ACCOUNTS[p.account][0]}</dc:creator>\n"
            + "".join(f"<category><![CDATA[{CATS[c][1]}]]></category>\n" for c in p.cats)
            + f'<guid isPermaLink="false">{b}/?p={p.pid}</guid>\n</item>'
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"<title>{SITE}</title>\n<link>{b}</link>\n<description>{TAGLINE}</description>\n"
        "<lastBuildDate>Fri, 04 Dec 2026 01:05:00 +0000</lastBuildDate>\n<language>vi</language>\n"
        "<generator>http://wordpress.org/?v=3.5.1</generator>\n" + "\n".join(items) + "\n</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def not_found(request: Request) -> Response:
    content = ('<div id="post-0" class="post error404 not-found">\n<h1 class="entry-title">Not Found</h1>\n'
               '<div class="entry-content">\n<p>Apologies, but the page you requested could not be found. Perhaps '
               "searching will help.</p>\n</div>\n</div>\n")
    return html(page_shell(request, f"Page not found | {SITE}", "error404", content), status=404)


# --- the site -----------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>.*?/)page/(?P<n>\d+)/$")
_POST_PATH = re.compile(r"^/(\d{4})/(\d{2})/([^/]+)/$")
_MONTH = re.compile(r"^/(\d{4})/(\d{2})/$")
#: query keys WordPress ignores on a post URL (tracking) or uses there (comment reply)
_HARMLESS = {"replytocom", "utm_source", "utm_medium", "utm_campaign", "fbclid"}


class Site:
    def respond(self, request: Request) -> Response | None:
        if request.method == "POST":
            return None
        path = request.path
        lower = path.lower()
        if lower.startswith(("/wp-content/", "/wp-includes/")):
            if lower == "/wp-content/uploads/2026/10/tb-215-tuyen-sinh-tcllct-2027.pdf":
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        resp = self.route(request, unquote(path))
        return resp if resp is not None else not_found(request)

    def route(self, request: Request, path: str) -> Response | None:
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path == "/" and params:
            return self.query_route(request, params)
        if params and not set(params) <= _HARMLESS:
            return None
        if path == "/":
            return home(request, 1)
        if path == "/feed/":
            return feed(request)
        if path in PAGE_BY_PATH:
            return wp_page(request, PAGE_BY_PATH[path])
        if not path.endswith("/"):
            target = path + "/"
            if target in PAGE_BY_PATH or (_POST_PATH.match(target) and self.post_at(target)):
                return redirect(base_url(request) + quote(target), 301)
            return None
        m = _PAGED.match(path)
        page, base = (int(m.group("n")), m.group("base")) if m else (1, path)
        if m and page == 1:
            return redirect(base_url(request) + base, 301)
        if base == "/" and m:
            return home(request, page)
        parts = base.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "category" and parts[1] in CATS:
            return category(request, parts[1], page)
        if len(parts) == 2 and parts[0] == "tag" and parts[1] in TAGS:
            return tag(request, parts[1], page)
        if len(parts) == 2 and parts[0] == "author" and parts[1] in ACCOUNTS:
            return author(request, parts[1], page)
        mm = _MONTH.match(base)
        if mm:
            return month(request, int(mm.group(1)), int(mm.group(2)), page)
        if not m:
            post = self.post_at(path)
            if post:
                return single(request, post)
        return None

    @staticmethod
    def post_at(path: str) -> Post | None:
        for p in POSTS:
            if unquote(p.pretty) == path:
                return p
        return None

    def query_route(self, request: Request, params: dict[str, str]) -> Response | None:
        if "p" in params:
            post = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return single(request, post) if post else None
        if "page_id" in params:
            page = PAGE_BY_ID.get(int(params["page_id"])) if params["page_id"].isdigit() else None
            return wp_page(request, page) if page else None
        paged = int(params["paged"]) if params.get("paged", "").isdigit() else 1
        if "cat" in params:
            slug = next((s for s, (tid, _n) in CATS.items() if str(tid) == params["cat"]), None)
            return category(request, slug, paged) if slug else None
        if "s" in params:
            return search(request, params["s"]) if params["s"].strip() else home(request, 1)
        if "paged" in params:
            return home(request, paged)
        if set(params) <= _HARMLESS:
            return home(request, 1)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------------


def _alts(post: Post) -> list[str]:
    alts = [f"/?p={post.pid}"]
    alts += [f"{post.pretty}?replytocom={c.cid}" for c in post.comments]
    if post.pretty != unquote(post.pretty):
        alts.append(quote(unquote(post.pretty), safe="/-"))  # the same slug in upper-case hex
    return alts


def _gold(p: Post) -> dict:
    record = gold_record(p.story, p.pretty, p.story.cat, canonical_path=p.pretty, alt_paths=_alts(p))
    # (harmonised after the first crawls: the date link's tooltip, "2:30 chiều", is a time the
    # reader is shown, as the house reads SilverStripe's tooltip and wp_the7_thcs's gold has it)
    if record["published_at"] and len(record["published_at"]) == 10 and "T" not in record["published_at"]:
        y, m, d, h, mi = p.date[:5]
        # (not the notice's letterhead day, A11's, which is no posting's)
        if (h, mi) != (0, 0) and record["published_at"] == f"{y:04d}-{m:02d}-{d:02d}":
            record["published_at"] = f"{record['published_at']}T{h:02d}:{mi:02d}:00+07:00"
    return record


GOLD = [_gold(p) for p in ARTICLES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/doi-ngu-giang-vien/",
    "/lich-hoc-cac-lop/",
    "/lien-he/",
    GALLERY.pretty,
    VIDEO.pretty,
]
