"""Trường Chính trị tỉnh Điện Biên on Serendipity (s9y) 2.4, theme "2k11" customised, no URL rewriting.

The provincial political school has run its news site on the Serendipity blog engine (PHP)
since 2010; the current install is s9y 2.4 with a local copy of the "2k11" theme whose entry
templates were put back to the classic s9y markup by the vendor who customised it (day heading
``div.serendipity_Entry_Date > h3.serendipity_date``, ``h4.serendipity_title``,
``div.serendipity_entry_body`` / ``div.serendipity_entry_extended``, ``div.serendipity_entryFooter``).
URL rewriting is OFF on this host, so every blog address goes through ``index.php`` with the
virtual path in the query string.

URL scheme (all served by ``/index.php``; ``/`` and ``/index.php?frontpage`` are the front page):

- entries: ``/index.php?/archives/241-Khai-giang-lop-....html`` (s9y permalink: the entry id, then
  a slug made from the title that keeps capitals). s9y resolves an entry by its id alone: any slug
  after ``241-`` serves entry 241. The old entries (2018, 2021) have the slugs of the s9y of that
  time, which dropped every letter it had no transliteration for ("Trao-i-Vn-dng-...").
- front page: 8 entries per page, newest first, grouped under one day heading per day;
  ``/index.php?/archives/P2.html`` is page 2 (s9y's "P<n>" page token; the pager links P1 too).
  Entries flagged "Không hiển thị trên trang chủ" (entryproperties plugin: the school uses it for
  its "Thông báo" notices) are left off the front page only; the categories, archives, feeds and
  sidebar lists keep them.
- categories: ``/index.php?/categories/1-Tin-tuc-Hoat-dong`` (a parent: lists its children's
  entries too, 10 of them, so it has ``/index.php?/categories/1-Tin-tuc-Hoat-dong/P2.html``),
  ``3-Tin-tuc-Su-kien``, ``4-Hoat-dong-dao-tao``, ``5-Nghien-cuu-khoa-hoc``,
  ``6-Cong-doan-Doan-thanh-nien``, ``7-Thong-bao``, ``9-Trao-doi-Nghien-cuu``.
- monthly archives ``/index.php?/archives/2026/11.html`` (+ ``/index.php?/archives/2026/11/P2.html``),
  day views ``/index.php?/archives/2026/11/14.html`` (from the sidebar calendar), month summaries
  ``/index.php?/archives/2026/11/summary.html`` (titles only) and the summary archive
  ``/index.php?/archive`` (every month since 2018 with its count; months with entries linked).
- author views ``/index.php?/authors/2-bientap`` (+ ``/P2.html``), ``1-admin``, ``3-Phong-Dao-tao``.
- feeds ``/index.php?/feeds/index.rss2``, ``/index.php?/feeds/atom.xml``, ``/rss.php?version=2.0``,
  per-category ``/index.php?/feeds/categories/4-Hoat-dong-dao-tao.rss``, comments
  ``/index.php?/feeds/comments.rss2``. RSS items carry the permalink and s9y's
  ``…/archives/241-guid.html`` guid (isPermaLink="false", which also resolves to the entry).
- static pages (staticpage plugin, "articleformat" on: they print a day-heading-like title bar and
  an entry-like body, but no date line, no footer "Đăng bởi"): ``/index.php?/pages/gioi-thieu.html``,
  ``lich-su-phat-trien.html``, ``co-cau-to-chuc.html``, ``van-ban-tai-lieu.html``, ``lien-he.html``.
- plugin endpoints: freetag tag views ``/index.php?/plugin/tag/<tag>`` (+ ``/P2.html``; the tag
  "Trường Chính trị" is on every 2026 entry, so its view has two pages); the CSS/JS of the theme
  at ``/index.php?/serendipity.css`` and ``/index.php?/serendipity.js``.
- searches ``/index.php?serendipity[action]=search&serendipity[searchTerm]=…`` (the quicksearch
  form is GET; the "Văn bản - Tài liệu" page links three ready searches) paginated as
  ``/index.php?/search/<term>/P2.html`` ("Trường Chính trị" finds 11 entries: two pages).
- ``/comment.php?type=trackback&entry_id=241`` (and ``type=pingback``) answer a GET with s9y's XML
  "trackback failed" response; ``/serendipity_admin.php`` is the login form.

Page kinds: every page has the 2k11 chrome: a top bar with today's date (TODAY) and a "Đăng nhập"
link, the banner, the navigation of static pages, the quicksearch form, two sidebars of s9y
plugins (calendar, "Bài viết mới", "Lưu trữ", "Chuyên mục" tree with RSS icons, "Từ khóa" tag
cloud, "Thống kê" counter "Đang online / Hôm nay / Tổng truy cập", "Liên kết" blogroll,
"Quản trị", "Powered by Serendipity" badge) and a footer with address, phone and the person in
charge. An entry page adds: rel=canonical (s9y's rdf_ident, the absolute permalink), the entry in
classic markup with its full body and its extended part (``<a id="extended">``), the footer line
"Đăng bởi <account> trong <categories> lúc 08:30 | Bình luận (2) | Trackbacks (0)", the freetag
line "Từ khóa: …", the "Bài viết liên quan" list, the trackback block ("Trackback URL cho bài
viết này" → comment.php), the comments (``div.serendipity_comment``, source line
"#1 Name on 14/11/2026 09:12 (Trả lời)"), the view-mode switch "Hiển thị bình luận theo (Phẳng |
Luồng)" whose link is ``/index.php?url=/archives/241-….html&serendipity[cview]=linear`` (rel
nofollow; that address serves the same entry, canonical to the permalink) and the comment form
(POST to the permalink ``#feedback``).

Body markup: entries since 2019 are typed in s9y's CKEditor (``<p>``, ``<h3>``, lists, tables);
images come from the media library as ``<!-- s9ymdb:N --><a class="serendipity_image_link"
href="/uploads/…/x.jpg"><img class="serendipity_image_center" src="/uploads/…/x.serendipityThumb.jpg">
</a>``, the captioned ones inside ``div.serendipity_imageComment_center`` >
``div.serendipity_imageComment_img`` + ``div.serendipity_imageComment_txt``. Two older entries
(2018, 2021) are plain text run through the nl2br plugin: lines end in ``<br />``, paragraphs are
separated by an empty line (``<br />\\n<br />``), list lines by a single ``<br />``. Entry 231 was
pasted from a Mac (its text is decomposed Unicode, NFD). Entries 238 and 212 were typed on the old
office PC whose CKEditor config kept ``entities_latin``: Latin-1 letters come as named entities
(``&agrave;``, ``&ecirc;``), the other Vietnamese letters raw, in one paragraph.

How each gold entry is reached: front page P1: 241, 237, 238, 235, 234, 233, 231, 229; front page
P2: 226, 143, 87. The notices 240 and 212 are hidden from the front page: 240 is in the sidebar
"Bài viết mới" on every page and in category 7, the November archive and the calendar's 24/11;
212 is in category 7, the October archive, the month summary and, under its old title and old
slug (``212-Ket-qua-tuyen-sinh-lop-Trung-cap-LLCT-khoa-2026-2027.html``: the entry was retitled
after the related-entries cache was built), in the "Bài viết liên quan" list of 241 and 229.

Traps: the calendar's day views and its month arrows that never end (any month of any year
answers 200, empty months print "Không có bài viết nào để hiển thị"); month, category, author,
tag and search listings (all print full entries with bodies, like the front page); the summary
archive; the feeds; comment.php trackback/pingback; the linear-view ``url=…&serendipity[cview]=``
duplicate and the old-slug duplicate (both listed as alt_paths, with the RSS guid address); the
admin login; static pages printed in entry-like markup; pages past the end of a listing
("/P9.html") answer 200 with no entries.

Gold decisions (as a careful reader reads the entry page):

- title: the entry title (``h4.serendipity_title``); the HTML ``<title>`` adds " - Trường Chính
  trị tỉnh Điện Biên".
- published_at: the day heading above the entry ("Thứ Ba, 24 Tháng Mười Một 2026") with the time
  of the footer line ("lúc 15:10"): ``2026-11-24T15:10:00+07:00``. The header clock is today, the
  comment dates are comments, event dates in the text are content.
- authors: "Đăng bởi bientap" / "Đăng bởi admin" are login accounts and credit nobody; the
  account "Phòng Đào tạo" (a unit: its display name is the office) posts entry 240, which has no
  byline, so the office is its author. A byline typed at the end of the text is what counts:
  "Tin, ảnh: X" and "Bài, ảnh: X" make X author and photographer; "Tin: X - Ảnh: Y" splits them;
  a bare bold name is the author; "ThS. X - Khoa Y" gives X; "BBT" credits nobody.
- source: "Nguồn: Báo Điện Biên Phủ" on the repost 229.
- summary: the bold lead paragraph that opens entries 241, 238 and 235 (also the body's first
  paragraph); no summary elsewhere.
- body: entry body + extended body, paragraphs in order; ``<h3>`` headings, list items and table
  rows (cells joined by " | ") are paragraphs; in the nl2br entries each line is a paragraph
  (their list lines too); no captions, bylines, source lines, "File đính kèm: …" lines, footer,
  tags, related list, comments.
- images: the photos in the text in order, at the address the page shows them (the ``img`` src,
  the ".serendipityThumb" file; the link around it is the full-size file); caption = the
  ``serendipity_imageComment_txt`` text, None for images without that box, and None for the one
  box that only repeats the camera file name ("DSC_4521.JPG", entry 237).
- category: the first category the footer names ("trong Công đoàn - Đoàn thanh niên, Tin tức -
  Sự kiện" → "Công đoàn - Đoàn thanh niên"; s9y prints an entry's categories by name).

Non-articles a reader opens: the five static pages and the summary archive ``/index.php?/archive``.
"""

from __future__ import annotations

import calendar as _cal
import datetime
import re
import unicodedata
from dataclasses import dataclass
from html.entities import codepoint2name
from urllib.parse import parse_qs, quote_plus, unquote_plus

from crawler.demo.server import Request, Response, html
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
    text,
)

NAME = "serendipity_tct"
PLATFORM = "Serendipity 2.4 (s9y, 2k11 theme customised), URL rewriting off"
START_PATH = "/"

SITE_TITLE = "Trường Chính trị tỉnh Điện Biên"
SITE_DESC = "Trang thông tin điện tử"
PER_PAGE = 8
#: the baseURL in the blog's configuration (printed only in the RDF comments and feeds' self link)
PRODUCTION_URL = "http://truongchinhtri.dienbien.gov.vn"


# --- the blog's configuration ------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    id: int
    name: str
    slug: str
    parent: int = 0
    description: str = ""

    @property
    def link(self) -> str:
        return f"/index.php?/categories/{self.id}-{self.slug}"


CATEGORIES = {
    1: Category(1, "Tin tức - Hoạt động", "Tin-tuc-Hoat-dong"),
    3: Category(3, "Tin tức - Sự kiện", "Tin-tuc-Su-kien", parent=1),
    4: Category(4, "Hoạt động đào tạo", "Hoat-dong-dao-tao", parent=1),
    5: Category(5, "Nghiên cứu khoa học", "Nghien-cuu-khoa-hoc", parent=1),
    6: Category(6, "Công đoàn - Đoàn thanh niên", "Cong-doan-Doan-thanh-nien", parent=1),
    7: Category(7, "Thông báo", "Thong-bao"),
    9: Category(9, "Trao đổi - Nghiên cứu", "Trao-doi-Nghien-cuu"),
}


@dataclass(frozen=True)
class Account:
    id: int
    realname: str
    slug: str

    @property
    def link(self) -> str:
        return f"/index.php?/authors/{self.id}-{self.slug}"


ACCOUNTS = {
    1: Account(1, "admin", "admin"),
    2: Account(2, "bientap", "bientap"),
    3: Account(3, "Phòng Đào tạo", "Phong-Dao-tao"),
}

#: the tag every 2026 entry carries (its freetag view has two pages)
SCHOOL_TAG = "Trường Chính trị"

STATIC_PAGES = {
    "gioi-thieu": "Giới thiệu",
    "lich-su-phat-trien": "Lịch sử phát triển",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
    "van-ban-tai-lieu": "Văn bản - Tài liệu",
    "lien-he": "Liên hệ",
}

BYLINE_STYLE = '<p style="text-align: right;">{}</p>'


def byline(inner: str) -> Raw:
    """A byline line typed at the end of a CKEditor entry (right-aligned)."""
    return Raw(BYLINE_STYLE.format(inner))


def attachment(href: str, name: str) -> Raw:
    return Raw(f'<p>File đính kèm: <a href="{href}">{esc(name)}</a></p>')


# --- the entries -------------------------------------------------------------------------------
# opts: ts (local "YYYY-MM-DD HH:MM"), cats (ids in the order the footer prints them), account,
# split (how many blocks form the entry body; the rest is the extended body), form ("ck" or
# "nl2br"), nfd / latin (text forms), hidden (not on the front page), tags, comments, related,
# old_slug, mdb (first media-library id of the entry's images).

E241 = Story(
    id=241,
    slug="Khai-giang-lop-Trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-2026-2028-tai-xa-Muong-Ang",
    title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028 tại xã Mường Ảng",
    cat="Hoạt động đào tạo",
    published_at="2026-11-24T15:10:00+07:00",
    summary=(
        "Sáng 24/11/2026, tại Trung tâm Chính trị khu vực Mường Ảng, Trường Chính trị tỉnh Điện "
        "Biên phối hợp với Đảng ủy xã Mường Ảng tổ chức Lễ khai giảng lớp Trung cấp lý luận chính "
        "trị hệ không tập trung khóa 2026 - 2028."
    ),
    blocks=[
        P(
            "Sáng 24/11/2026, tại Trung tâm Chính trị khu vực Mường Ảng, Trường Chính trị tỉnh Điện "
            "Biên phối hợp với Đảng ủy xã Mường Ảng tổ chức Lễ khai giảng lớp Trung cấp lý luận chính "
            "trị hệ không tập trung khóa 2026 - 2028.",
            "lead",
        ),
        Img(
            "/uploads/2026/11/khai-giang-tc-muong-ang-1.serendipityThumb.jpg",
            printed="Đồng chí Lò Thị Hiền, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học.",
            caption="Đồng chí Lò Thị Hiền, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học.",
            style="cap",
        ),
        P(
            "Lớp học có 68 học viên là cán bộ, công chức cấp xã, cán bộ các phòng, ban chuyên môn và "
            "trưởng các bản trên địa bàn các xã Mường Ảng, Búng Lao, Ẳng Nưa và Ẳng Tở. Trong thời "
            "gian 18 tháng, học viên được nghiên cứu 6 phần học với 20 học phần theo chương trình do "
            "Học viện Chính trị quốc gia Hồ Chí Minh ban hành."
        ),
        P(
            "Phát biểu tại lễ khai giảng, đồng chí Lò Thị Hiền đề nghị học viên nghiêm túc chấp hành "
            "nội quy, quy chế học tập; phát huy tinh thần tự học, tự nghiên cứu, gắn lý luận với thực "
            "tiễn công tác tại cơ sở sau khi sắp xếp chính quyền địa phương hai cấp."
        ),
        Img(
            "/uploads/2026/11/khai-giang-tc-muong-ang-2.serendipityThumb.jpg",
            printed="Các đại biểu và học viên dự lễ khai giảng.",
            caption="Các đại biểu và học viên dự lễ khai giảng.",
            style="cap",
        ),
        P(
            "Đại diện học viên, đồng chí Quàng Văn Dũng, Phó Chủ tịch UBND xã Búng Lao hứa sẽ phấn "
            "đấu hoàn thành tốt nhiệm vụ học tập, xây dựng lớp học đoàn kết, kỷ cương."
        ),
        byline("<strong>Tin, ảnh: Lò Văn Thắng</strong>"),
    ],
    authors=["Lò Văn Thắng"],
    photographers=["Lò Văn Thắng"],
    opts={
        "ts": "2026-11-24 15:10",
        "cats": [4],
        "account": 2,
        "split": 2,
        "form": "ck",
        "tags": ["đào tạo", "trung cấp lý luận chính trị", SCHOOL_TAG],
        "comments": [
            (
                "Quàng Văn Dũng",
                "24/11/2026 20:41",
                "Cảm ơn Nhà trường đã mở lớp ngay tại xã, anh em cán bộ đi học thuận lợi hơn nhiều.",
            ),
            (
                "Lò Thị Nga",
                "25/11/2026 07:15",
                "Cho em hỏi lớp học vào các ngày nào trong tuần ạ?",
            ),
        ],
        "related": [234, 229, 212],
        "mdb": 611,
    },
)

E240 = Story(
    id=240,
    slug="Thong-bao-lich-hoc-cac-lop-tuan-49-tu-ngay-3011-den-ngay-06122026",
    title="Thông báo lịch học các lớp tuần 49 (từ ngày 30/11 đến ngày 06/12/2026)",
    cat="Thông báo",
    published_at="2026-11-24T08:30:00+07:00",
    blocks=[
        P(
            "Phòng Đào tạo thông báo lịch học các lớp tuần 49 (từ ngày 30/11 đến ngày 06/12/2026). "
            "Đề nghị các khoa, giảng viên và học viên theo dõi, thực hiện."
        ),
        P("Lịch học chi tiết xem trong tệp đính kèm."),
        attachment("/uploads/thongbao/Lich-hoc-tuan-49-2026.pdf", "Lich-hoc-tuan-49-2026.pdf"),
    ],
    authors=["Phòng Đào tạo"],
    opts={
        "ts": "2026-11-24 08:30",
        "cats": [7],
        "account": 3,
        "split": 3,
        "form": "ck",
        "hidden": True,
        "tags": ["thông báo", "lịch học", SCHOOL_TAG],
        "related": [212],
    },
)

E238 = Story(
    id=238,
    slug="Truong-Chinh-tri-tinh-Dien-Bien-gap-mat-ky-niem-44-nam-Ngay-Nha-giao-Viet-Nam-20111982-20112026",
    title=(
        "Trường Chính trị tỉnh Điện Biên gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026)"
    ),
    cat="Công đoàn - Đoàn thanh niên",
    published_at="2026-11-20T09:45:00+07:00",
    summary=(
        "Sáng 20/11, Trường Chính trị tỉnh Điện Biên tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam. Dự buổi gặp mặt có các đồng chí nguyên lãnh đạo Nhà trường qua các thời kỳ, các "
        "thầy giáo, cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giảng viên, nhân viên."
    ),
    blocks=[
        P(
            "Sáng 20/11, Trường Chính trị tỉnh Điện Biên tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam. Dự buổi gặp mặt có các đồng chí nguyên lãnh đạo Nhà trường qua các thời kỳ, các "
            "thầy giáo, cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giảng viên, nhân viên.",
            "lead",
        ),
        Img(
            "/uploads/2026/11/gap-mat-20-11-quang-canh.serendipityThumb.jpg",
            printed="Quang cảnh buổi gặp mặt.",
            caption="Quang cảnh buổi gặp mặt.",
            style="cap",
        ),
        P(
            "Tại buổi gặp mặt, đồng chí Phạm Đức Toàn, Hiệu trưởng Nhà trường ôn lại truyền thống vẻ "
            "vang của ngành Giáo dục Việt Nam và những kết quả nổi bật của Nhà trường trong năm học "
            "vừa qua. Năm 2026, Nhà trường đã mở 42 lớp đào tạo, bồi dưỡng với hơn 3.200 lượt học "
            "viên; 100% giảng viên hoàn thành định mức giờ giảng và đi thực tế tại cơ sở."
        ),
        P(
            "Đồng chí Hiệu trưởng ghi nhận sự tận tụy của đội ngũ nhà giáo, đồng thời đề nghị mỗi "
            "cán bộ, giảng viên tiếp tục đổi mới phương pháp giảng dạy, nâng cao trình độ chuyên môn, "
            "xứng đáng với niềm tin của Đảng bộ và nhân dân các dân tộc tỉnh Điện Biên."
        ),
        Img(
            "/uploads/2026/11/gap-mat-20-11-tang-hoa.serendipityThumb.jpg",
            printed=(
                "Đồng chí Phạm Đức Toàn, Hiệu trưởng Nhà trường tặng hoa chúc mừng các thầy giáo, "
                "cô giáo nguyên là lãnh đạo Nhà trường."
            ),
            caption=(
                "Đồng chí Phạm Đức Toàn, Hiệu trưởng Nhà trường tặng hoa chúc mừng các thầy giáo, "
                "cô giáo nguyên là lãnh đạo Nhà trường."
            ),
            style="cap",
        ),
        Img("/uploads/2026/11/gap-mat-20-11-chup-anh.serendipityThumb.jpg", style="plain"),
        P(
            "Dịp này, Công đoàn Nhà trường trao giấy khen cho 9 công đoàn viên có thành tích xuất sắc "
            "trong phong trào “Giỏi việc trường, đảm việc nhà” năm 2026."
        ),
        byline("<strong>Bài, ảnh: Quàng Thị Mai</strong>"),
    ],
    authors=["Quàng Thị Mai"],
    photographers=["Quàng Thị Mai"],
    opts={
        "ts": "2026-11-20 09:45",
        "cats": [6, 3],
        "account": 2,
        "split": 2,
        "form": "ck",
        "latin": True,
        "tags": ["20-11", "công đoàn", SCHOOL_TAG],
        "comments": [
            (
                "Nguyễn Văn Bình",
                "20/11/2026 12:03",
                "Chúc các thầy cô Trường Chính trị luôn mạnh khỏe, hạnh phúc!",
            ),
            ("Cựu học viên K45", "20/11/2026 19:27", "Nhớ các thầy cô lớp Trung cấp K45 quá."),
            ("Đỗ Thị Lan", "21/11/2026 06:50", "Bài viết rất ý nghĩa."),
        ],
        "related": [226, 143],
        "mdb": 598,
    },
)

E237 = Story(
    id=237,
    slug="Hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026-12-giang-vien-dat-giai",
    title="Hội thi giảng viên dạy giỏi cấp trường năm 2026: 12 giảng viên đạt giải",
    cat="Hoạt động đào tạo",
    published_at="2026-11-20T14:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 16 đến 19/11/2026, Trường Chính trị tỉnh Điện Biên tổ chức Hội thi giảng viên "
            "dạy giỏi cấp trường năm 2026. Hội thi có 15 giảng viên thuộc 4 khoa chuyên môn tham gia."
        ),
        P(
            "Mỗi giảng viên trình bày một bài giảng lý thuyết và một buổi hướng dẫn thảo luận trước "
            "Ban Giám khảo. Nhiều bài giảng đã vận dụng linh hoạt phương pháp dạy học tích cực, sử "
            "dụng bài giảng điện tử, liên hệ sát thực tiễn địa phương."
        ),
        Img(
            "/uploads/2026/11/hoi-thi-gvdg-2026-1.serendipityThumb.jpg",
            printed="Giảng viên Khoa Lý luận cơ sở trình bày bài giảng tại Hội thi.",
            caption="Giảng viên Khoa Lý luận cơ sở trình bày bài giảng tại Hội thi.",
            style="cap",
        ),
        P(
            "Kết quả, Ban Tổ chức trao 3 giải Nhất, 4 giải Nhì và 5 giải Ba. Danh sách giảng viên đạt "
            "giải Nhất như sau:"
        ),
        P("STT | Họ và tên | Khoa | Giải", "th"),
        P("1 | Lê Thị Thu Trang | Xây dựng Đảng | Nhất", "tr"),
        P("2 | Vì Văn Chung | Lý luận cơ sở | Nhất", "tr"),
        P("3 | Nguyễn Thị Phương Thảo | Nhà nước và pháp luật | Nhất", "tr"),
        P(
            "Các giảng viên đạt giải Nhất sẽ được Nhà trường lựa chọn tham dự Hội thi giảng viên dạy "
            "giỏi toàn quốc năm 2027."
        ),
        Img(
            "/uploads/2026/11/DSC_4521.serendipityThumb.JPG",
            printed="DSC_4521.JPG",
            caption=None,
            style="cap",
        ),
        byline("<strong>Hoàng Minh Tuấn</strong>"),
    ],
    authors=["Hoàng Minh Tuấn"],
    opts={
        "ts": "2026-11-20 14:00",
        "cats": [4],
        "account": 2,
        "split": 1,
        "form": "ck",
        "tags": ["đào tạo", "giảng viên", SCHOOL_TAG],
        "related": [235, 241],
        "mdb": 603,
    },
)

E235 = Story(
    id=235,
    slug="Hoi-thao-khoa-hoc-Nang-cao-chat-luong-boi-duong-can-bo,-cong-chuc-cap-xa-sau-sap-xep-don-vi-hanh-chinh",
    title=(
        "Hội thảo khoa học “Nâng cao chất lượng bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp "
        "đơn vị hành chính”"
    ),
    cat="Nghiên cứu khoa học",
    published_at="2026-11-17T10:20:00+07:00",
    summary=(
        "Ngày 17/11/2026, Trường Chính trị tỉnh Điện Biên tổ chức Hội thảo khoa học cấp trường với "
        "chủ đề “Nâng cao chất lượng bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp đơn vị hành "
        "chính”. Hội thảo nhận được 24 tham luận của giảng viên Nhà trường, lãnh đạo các sở, ngành "
        "và đảng ủy các xã, phường."
    ),
    blocks=[
        P(
            "Ngày 17/11/2026, Trường Chính trị tỉnh Điện Biên tổ chức Hội thảo khoa học cấp trường "
            "với chủ đề “Nâng cao chất lượng bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp đơn vị "
            "hành chính”. Hội thảo nhận được 24 tham luận của giảng viên Nhà trường, lãnh đạo các sở, "
            "ngành và đảng ủy các xã, phường.",
            "lead",
        ),
        Img(
            "/uploads/2026/11/hoi-thao-boi-duong-cap-xa-1.serendipityThumb.jpg",
            printed="Đồng chí Phạm Đức Toàn, Hiệu trưởng Nhà trường phát biểu đề dẫn Hội thảo.",
            caption="Đồng chí Phạm Đức Toàn, Hiệu trưởng Nhà trường phát biểu đề dẫn Hội thảo.",
            style="cap",
        ),
        P("Những kết quả bước đầu", "h3"),
        P(
            "Sau khi thực hiện mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025, toàn tỉnh "
            "có 45 xã, phường. Đội ngũ cán bộ, công chức cấp xã được sắp xếp lại, nhiều đồng chí đảm "
            "nhận lĩnh vực công tác mới, đòi hỏi phải được bồi dưỡng kịp thời về kiến thức quản lý "
            "nhà nước, kỹ năng số và nghiệp vụ chuyên môn."
        ),
        P(
            "Năm 2026, Nhà trường đã phối hợp với Sở Nội vụ mở 14 lớp bồi dưỡng cho 1.560 lượt cán "
            "bộ, công chức cấp xã. Nội dung bồi dưỡng được thiết kế theo vị trí việc làm, tăng thời "
            "lượng thực hành, xử lý tình huống."
        ),
        P("Những hạn chế cần khắc phục", "h3"),
        P("Các tham luận cũng chỉ ra một số hạn chế:"),
        P(
            "Chương trình bồi dưỡng còn nặng về lý thuyết, chưa sát với yêu cầu của từng vị trí việc "
            "làm;",
            "li",
        ),
        P(
            "Đội ngũ giảng viên kiêm chức ở cơ sở còn mỏng, ít được cập nhật kiến thức mới;",
            "li",
        ),
        P(
            "Cơ sở vật chất, thiết bị phục vụ dạy học trực tuyến ở một số xã vùng cao còn thiếu.",
            "li",
        ),
        P("Giải pháp trong thời gian tới", "h3"),
        P(
            "Hội thảo thống nhất đề xuất đổi mới nội dung chương trình theo hướng “cần gì, học nấy”, "
            "tăng cường bồi dưỡng trực tuyến, xây dựng ngân hàng tình huống quản lý thực tiễn của "
            "tỉnh và đẩy mạnh đi thực tế của giảng viên tại cơ sở."
        ),
        Img(
            "/uploads/2026/11/hoi-thao-boi-duong-cap-xa-2.serendipityThumb.jpg",
            printed="Các đại biểu trao đổi tại Hội thảo.",
            caption="Các đại biểu trao đổi tại Hội thảo.",
            style="cap",
        ),
        P(
            "Kết luận Hội thảo, đồng chí Hiệu trưởng đề nghị các khoa tiếp thu ý kiến, hoàn thiện kỷ "
            "yếu và xây dựng báo cáo kiến nghị gửi Ban Tổ chức Tỉnh ủy trong tháng 12/2026."
        ),
        byline("<strong><em>ThS. Lường Văn Hùng - Khoa Xây dựng Đảng</em></strong>"),
    ],
    authors=["Lường Văn Hùng"],
    opts={
        "ts": "2026-11-17 10:20",
        "cats": [5],
        "account": 2,
        "split": 2,
        "form": "ck",
        "tags": ["nghiên cứu khoa học", "cấp xã", SCHOOL_TAG],
        "comments": [
            (
                "Trần Quốc Huy",
                "18/11/2026 08:05",
                "Đề nghị Nhà trường sớm đăng kỷ yếu Hội thảo lên trang để mọi người tham khảo.",
            ),
        ],
        "related": [237, 87],
        "mdb": 590,
    },
)

E234 = Story(
    id=234,
    slug="Be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026-dot-2",
    title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026 (đợt 2)",
    cat="Hoạt động đào tạo",
    published_at="2026-11-14T16:05:00+07:00",
    blocks=[
        P(
            "Chiều 14/11/2026, Trường Chính trị tỉnh Điện Biên phối hợp với Bộ Chỉ huy Quân sự tỉnh "
            "tổ chức bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026 "
            "(đợt 2)."
        ),
        P(
            "Trong thời gian 7 ngày, 112 học viên là bí thư chi bộ, trưởng bản, trưởng các đoàn thể ở "
            "cơ sở đã được bồi dưỡng những nội dung cơ bản về đường lối quốc phòng, an ninh của Đảng; "
            "xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân; công tác bảo vệ "
            "an ninh chính trị, trật tự an toàn xã hội ở địa bàn biên giới."
        ),
        Img(
            "/uploads/2026/11/be-giang-qpan-dt4-dot2.serendipityThumb.jpg",
            printed="Đại diện Ban Tổ chức trao giấy chứng nhận cho học viên.",
            caption="Đại diện Ban Tổ chức trao giấy chứng nhận cho học viên.",
            style="cap",
        ),
        P("Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 38 học viên đạt loại giỏi."),
        byline("<strong>Tin: Cầm Thị Hương - Ảnh: Vàng A Sử</strong>"),
    ],
    authors=["Cầm Thị Hương"],
    photographers=["Vàng A Sử"],
    opts={
        "ts": "2026-11-14 16:05",
        "cats": [4],
        "account": 2,
        "split": 1,
        "form": "ck",
        "tags": ["đào tạo", "quốc phòng an ninh", SCHOOL_TAG],
        "related": [241, 237],
        "mdb": 585,
    },
)

E233 = Story(
    id=233,
    slug="Doan-cong-tac-Hoc-vien-Chinh-tri-khu-vuc-I-lam-viec-tai-Truong-Chinh-tri-tinh-Dien-Bien",
    title="Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh Điện Biên",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-14T08:30:00+07:00",
    blocks=[
        P(
            "Ngày 13/11/2026, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Nguyễn Văn Thành, "
            "Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Điện "
            "Biên về công tác phối hợp mở lớp Cao cấp lý luận chính trị và bồi dưỡng giảng viên."
        ),
        Img(
            "/uploads/2026/11/hvct-kv1-lam-viec.serendipityThumb.jpg",
            printed="Quang cảnh buổi làm việc.",
            caption="Quang cảnh buổi làm việc.",
            style="cap",
        ),
        P(
            "Hai bên thống nhất trong năm 2027 sẽ phối hợp mở 01 lớp Cao cấp lý luận chính trị hệ "
            "không tập trung tại tỉnh; cử giảng viên của Học viện tham gia giảng dạy một số chuyên đề "
            "cho các lớp Trung cấp lý luận chính trị; tạo điều kiện để giảng viên Nhà trường tham gia "
            "các đề tài khoa học của Học viện."
        ),
        P(
            "Cũng trong chương trình làm việc, Đoàn công tác đã thăm Khu di tích lịch sử Chiến trường "
            "Điện Biên Phủ và dâng hương tại Nghĩa trang liệt sĩ A1."
        ),
    ],
    opts={
        "ts": "2026-11-14 08:30",
        "cats": [3],
        "account": 2,
        "split": 2,
        "form": "ck",
        "tags": ["hợp tác", SCHOOL_TAG],
        "related": [229],
        "mdb": 580,
    },
)

E231 = Story(
    id=231,
    slug="Chi-bo-Khoa-Ly-luan-co-so-sinh-hoat-chuyen-de-quy-IV-nam-2026",
    title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-10T07:45:00+07:00",
    blocks=[
        P(
            "Ngày 07/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ "
            "đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách "
            "nhiệm, dám nghĩ, dám làm”."
        ),
        P(
            "Tại buổi sinh hoạt, các đảng viên đã thảo luận, liên hệ bản thân về tinh thần trách "
            "nhiệm trong giảng dạy, nghiên cứu khoa học; đề xuất nhiều giải pháp đổi mới phương pháp "
            "giảng dạy theo hướng phát huy tính chủ động của học viên."
        ),
        P(
            "Kết thúc buổi sinh hoạt, Chi bộ đã thống nhất đăng ký 12 việc làm cụ thể để thực hiện "
            "trong năm 2027."
        ),
        byline("<em>Thu Hà</em>"),
    ],
    authors=["Thu Hà"],
    opts={
        "ts": "2026-11-10 07:45",
        "cats": [3],
        "account": 2,
        "split": 4,
        "form": "ck",
        "nfd": True,
        "tags": ["chi bộ", SCHOOL_TAG],
        "related": [233],
    },
)

E229 = Story(
    id=229,
    slug="Tinh-uy-Dien-Bien-chi-dao-mo-lop-Cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
    title="Tỉnh ủy Điện Biên chỉ đạo mở lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
    cat="Hoạt động đào tạo",
    published_at="2026-11-05T09:00:00+07:00",
    source="Báo Điện Biên Phủ",
    blocks=[
        P(
            "Ban Thường vụ Tỉnh ủy Điện Biên vừa ban hành Kế hoạch mở lớp Cao cấp lý luận chính trị "
            "hệ không tập trung năm 2027 tại tỉnh, giao Trường Chính trị tỉnh phối hợp với Học viện "
            "Chính trị khu vực I tổ chức thực hiện."
        ),
        P(
            "Theo kế hoạch, lớp học có khoảng 120 học viên là cán bộ lãnh đạo, quản lý cấp phòng và "
            "tương đương trở lên thuộc quy hoạch các chức danh do Ban Thường vụ Tỉnh ủy quản lý. Thời "
            "gian học tập dự kiến từ tháng 3/2027 đến tháng 9/2028."
        ),
        P(
            "Ban Thường vụ Tỉnh ủy yêu cầu các cơ quan, đơn vị rà soát, cử cán bộ đúng đối tượng, "
            "tiêu chuẩn; hồ sơ gửi về Ban Tổ chức Tỉnh ủy trước ngày 31/12/2026."
        ),
        byline(
            '<em>Nguồn: <a href="https://baodienbienphu.com.vn/tin-tuc/chinh-tri/mo-lop-cao-cap-'
            'ly-luan-chinh-tri-nam-2027" target="_blank">Báo Điện Biên Phủ</a></em>'
        ),
    ],
    opts={
        "ts": "2026-11-05 09:00",
        "cats": [4],
        "account": 2,
        "split": 1,
        "form": "ck",
        "tags": ["đào tạo", "cao cấp lý luận chính trị", SCHOOL_TAG],
        "related": [233, 212],
    },
)

E226 = Story(
    id=226,
    slug="Doan-Thanh-nien-Truong-ra-quan-huong-ung-Ngay-Chu-nhat-xanh",
    title="Đoàn Thanh niên Trường ra quân hưởng ứng “Ngày Chủ nhật xanh”",
    cat="Công đoàn - Đoàn thanh niên",
    published_at="2026-10-28T10:15:00+07:00",
    blocks=[
        P(
            "Sáng Chủ nhật 25/10/2026, Chi đoàn Trường Chính trị tỉnh Điện Biên phối hợp với Đoàn "
            "Thanh niên phường Mường Thanh ra quân hưởng ứng “Ngày Chủ nhật xanh” lần thứ IV năm 2026."
        ),
        Img(
            "/uploads/2026/10/chu-nhat-xanh-2026.serendipityThumb.jpg",
            printed="Đoàn viên thanh niên dọn vệ sinh tại tuyến đường Võ Nguyên Giáp.",
            caption="Đoàn viên thanh niên dọn vệ sinh tại tuyến đường Võ Nguyên Giáp.",
            style="cap",
        ),
        P(
            "Hơn 40 đoàn viên, thanh niên đã dọn vệ sinh, thu gom rác thải, phát quang bụi rậm dọc "
            "tuyến đường Võ Nguyên Giáp và khuôn viên Khu di tích Đồi A1; trồng mới 150 cây hoa tại "
            "khuôn viên Nhà trường."
        ),
        byline("<strong>BBT</strong>"),
    ],
    opts={
        "ts": "2026-10-28 10:15",
        "cats": [6],
        "account": 2,
        "split": 4,
        "form": "ck",
        "tags": ["đoàn thanh niên", SCHOOL_TAG],
        "related": [238, 143],
        "mdb": 547,
    },
)

E212 = Story(
    id=212,
    slug="Thong-bao-ket-qua-tuyen-sinh-lop-Trung-cap-ly-luan-chinh-tri-he-tap-trung-khoa-2026-2027-dot-2",
    title=(
        "Thông báo kết quả tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa "
        "2026 - 2027 (đợt 2)"
    ),
    cat="Thông báo",
    published_at="2026-10-02T08:00:00+07:00",
    blocks=[
        P(
            "Căn cứ Quyết định số 412/QĐ-TCT ngày 30/9/2026 của Hiệu trưởng Trường Chính trị tỉnh "
            "Điện Biên về việc công nhận kết quả tuyển sinh, Nhà trường thông báo kết quả tuyển sinh "
            "lớp Trung cấp lý luận chính trị hệ tập trung khóa 2026 - 2027 (đợt 2) như sau:"
        ),
        P("STT | Đơn vị cử đi học | Số hồ sơ | Trúng tuyển", "th"),
        P("1 | Đảng bộ các cơ quan Đảng tỉnh | 14 | 14", "tr"),
        P("2 | Đảng bộ Ủy ban nhân dân tỉnh | 22 | 21", "tr"),
        P("3 | Đảng bộ xã Thanh Nưa | 9 | 9", "tr"),
        P("4 | Đảng bộ phường Mường Lay | 7 | 6", "tr"),
        P("Tổng cộng | 4 đơn vị | 52 | 50", "tr"),
        P(
            "Học viên trúng tuyển có mặt tại Trường vào lúc 7 giờ 30 phút ngày 12/10/2026 để làm "
            "thủ tục nhập học và dự lễ khai giảng."
        ),
        P("Mọi chi tiết xin liên hệ Phòng Đào tạo, điện thoại: 0215.3826.214."),
        attachment(
            "/uploads/thongbao/QD-412-ket-qua-tuyen-sinh.pdf", "QD-412-ket-qua-tuyen-sinh.pdf"
        ),
    ],
    opts={
        "ts": "2026-10-02 08:00",
        "cats": [7],
        "account": 2,
        "split": 10,
        "form": "ck",
        "latin": True,
        "hidden": True,
        "tags": ["thông báo", "tuyển sinh", "trung cấp lý luận chính trị", SCHOOL_TAG],
        "old_slug": "Ket-qua-tuyen-sinh-lop-Trung-cap-LLCT-khoa-2026-2027",
        "old_title": "Kết quả tuyển sinh lớp Trung cấp LLCT khóa 2026 - 2027",
        "related": [241, 240],
    },
)

E143 = Story(
    id=143,
    slug="Soi-ni-cac-hot-ng-k-nim-90-nm-Ngay-thanh-lp-oan-TNCS-H-Chi-Minh",
    title="Sôi nổi các hoạt động kỷ niệm 90 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
    cat="Công đoàn - Đoàn thanh niên",
    published_at="2021-03-26T09:20:00+07:00",
    blocks=[
        Img("/uploads/2021/03/DSC_0178.serendipityThumb.JPG", style="left"),
        P(
            "Hướng tới kỷ niệm 90 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2021), "
            "Chi đoàn Trường Chính trị tỉnh Điện Biên đã tổ chức nhiều hoạt động thiết thực, ý nghĩa."
        ),
        P("Trong tháng 3, Chi đoàn đã tổ chức các hoạt động:"),
        P("- Thăm, tặng quà gia đình chính sách tại phường Him Lam;", "line"),
        P("- Giải bóng chuyền hơi nam, nữ chào mừng ngày thành lập Đoàn;", "line"),
        P("- Tọa đàm “Tuổi trẻ Trường Chính trị học tập và làm theo lời Bác”.", "line"),
        P(
            "Qua các hoạt động đã góp phần giáo dục lý tưởng cách mạng, nâng cao tinh thần đoàn kết, "
            "gắn bó của đoàn viên thanh niên trong Nhà trường."
        ),
        Raw("Tin, ảnh: Điêu Thị Ngọc"),
    ],
    authors=["Điêu Thị Ngọc"],
    photographers=["Điêu Thị Ngọc"],
    opts={
        "ts": "2021-03-26 09:20",
        "cats": [6],
        "account": 1,
        "split": 2,
        "form": "nl2br",
        "related": [87],
        "mdb": 112,
    },
)

E87 = Story(
    id=87,
    slug="Trao-i-Vn-dng-phng-phap-dy-hc-tich-cc-trong-ging-dy-ly-lun-chinh-tr",
    title="Trao đổi: Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị",
    cat="Trao đổi - Nghiên cứu",
    published_at="2018-05-12T15:40:00+07:00",
    blocks=[
        P(
            "Đổi mới phương pháp dạy học là yêu cầu cấp thiết đối với hệ thống trường chính trị hiện "
            "nay. Bài viết trao đổi một số kinh nghiệm vận dụng phương pháp dạy học tích cực trong "
            "giảng dạy các môn lý luận chính trị tại Trường Chính trị tỉnh Điện Biên."
        ),
        P("1. Thực trạng"),
        P(
            "Học viên các lớp Trung cấp lý luận chính trị phần lớn là cán bộ đang công tác, có kinh "
            "nghiệm thực tiễn phong phú nhưng thời gian tự học hạn chế. Phương pháp thuyết trình một "
            "chiều vẫn chiếm tỷ lệ lớn trong nhiều bài giảng, khiến học viên thụ động, khó tiếp thu."
        ),
        P("2. Một số phương pháp đã vận dụng"),
        P(
            "Thứ nhất, phương pháp nêu vấn đề: giảng viên đặt ra câu hỏi gắn với tình huống thực "
            "tiễn tại địa phương, yêu cầu học viên phân tích, tìm phương án giải quyết trước khi "
            "giảng viên kết luận."
        ),
        P(
            "Thứ hai, phương pháp thảo luận nhóm: lớp học được chia thành các nhóm từ 6 đến 8 học "
            "viên, mỗi nhóm nhận một chủ đề và cử đại diện trình bày kết quả."
        ),
        P(
            "Thứ ba, phương pháp nghiên cứu tình huống: sử dụng các vụ việc thực tế đã được xử lý ở "
            "cơ sở để học viên đối chiếu với quy định của pháp luật và chủ trương của Đảng."
        ),
        P("3. Kết quả và kiến nghị"),
        P(
            "Qua hai năm áp dụng, tỷ lệ học viên tham gia phát biểu xây dựng bài tăng rõ rệt, kết "
            "quả thi hết học phần được nâng lên. Để phương pháp dạy học tích cực phát huy hiệu quả, "
            "Nhà trường cần bố trí phòng học phù hợp cho hoạt động nhóm, tăng cường bồi dưỡng kỹ năng "
            "sư phạm cho giảng viên trẻ và đổi mới hình thức kiểm tra, đánh giá."
        ),
        Raw("ThS. Nguyễn Thị Thanh Hương - Khoa Lý luận cơ sở"),
    ],
    authors=["Nguyễn Thị Thanh Hương"],
    opts={
        "ts": "2018-05-12 15:40",
        "cats": [9],
        "account": 1,
        "split": 1,
        "form": "nl2br",
        "related": [143],
    },
)

ENTRIES: list[Story] = [E241, E240, E238, E237, E235, E234, E233, E231, E229, E226, E212, E143, E87]
BY_ID = {e.id: e for e in ENTRIES}


def permalink(entry: Story, slug: str | None = None) -> str:
    return f"/index.php?/archives/{entry.id}-{slug or entry.slug}.html"


def linear_view(entry: Story) -> str:
    """The comment view-mode switch's address (same entry, rel=nofollow)."""
    return f"/index.php?url=/archives/{entry.id}-{entry.slug}.html&serendipity[cview]=linear"


def guid_path(entry: Story) -> str:
    """s9y's RSS guid (``isPermaLink="false"``); index.php resolves it to the entry by its id."""
    return f"/index.php?/archives/{entry.id}-guid.html"


def _gold(entry: Story, category: str, extra: tuple[str, ...] = ()) -> dict:
    alts = (linear_view(entry), guid_path(entry), *extra)
    return gold_record(entry, permalink(entry), category, alt_paths=alts)


# The gold category is the first category the footer names, written here by hand.
GOLD = [
    _gold(E241, "Hoạt động đào tạo"),
    _gold(E240, "Thông báo"),
    _gold(E238, "Công đoàn - Đoàn thanh niên"),
    _gold(E237, "Hoạt động đào tạo"),
    _gold(E235, "Nghiên cứu khoa học"),
    _gold(E234, "Hoạt động đào tạo"),
    _gold(E233, "Tin tức - Sự kiện"),
    _gold(E231, "Tin tức - Sự kiện"),
    _gold(E229, "Hoạt động đào tạo"),
    _gold(E226, "Công đoàn - Đoàn thanh niên"),
    _gold(
        E212,
        "Thông báo",
        ("/index.php?/archives/212-Ket-qua-tuyen-sinh-lop-Trung-cap-LLCT-khoa-2026-2027.html",),
    ),
    _gold(E143, "Công đoàn - Đoàn thanh niên"),
    _gold(E87, "Trao đổi - Nghiên cứu"),
]

NON_ARTICLES = [f"/index.php?/pages/{slug}.html" for slug in STATIC_PAGES] + ["/index.php?/archive"]


# --- dates and text forms ----------------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTHS = [
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
]
TODAY_YMD = (2026, 11, 25)


def _ts(entry: Story) -> tuple[int, int, int, str]:
    day, clock = entry.opts["ts"].split()
    y, m, d = (int(x) for x in day.split("-"))
    return y, m, d, clock


def _weekday(y: int, m: int, d: int) -> int:
    return datetime.date(y, m, d).weekday()


def day_heading(y: int, m: int, d: int) -> str:
    """s9y's DATE_FORMAT_ENTRY in the vi_VN locale: "Thứ Ba, 24 Tháng Mười Một 2026"."""
    return f"{WEEKDAYS[_weekday(y, m, d)]}, {d} {MONTHS[m - 1]} {y}"


def dmy(entry: Story) -> str:
    y, m, d, _clock = _ts(entry)
    return f"{d:02d}/{m:02d}/{y}"


def latin_entities(markup: str) -> str:
    """CKEditor's ``entities_latin``: Latin-1 letters as named entities, other letters raw."""
    out = []
    for ch in markup:
        if 160 <= ord(ch) < 256 and ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(ch)
    return "".join(out)


def etext(entry: Story, value: str) -> str:
    """Article text as this entry stores it (escaped; NFD or Latin-1 entities where it does)."""
    s = text(value, nfd=bool(entry.opts.get("nfd")))
    return latin_entities(s) if entry.opts.get("latin") else s


# --- entry body markup -------------------------------------------------------------------------


def _full_src(src: str) -> str:
    return src.replace(".serendipityThumb", "")


def _image(entry: Story, img: Img, mdb: int) -> str:
    full = _full_src(img.src)
    tag = (
        f'<!-- s9ymdb:{mdb} --><a class="serendipity_image_link" href="{esc(full)}">'
        f'<img class="serendipity_image_center" width="110" height="73" '
        f'style="border: 0px; padding-left: 5px; padding-right: 5px;" src="{esc(img.src)}" alt="" /></a>'
    )
    if img.style == "left":
        return (
            f'<!-- s9ymdb:{mdb} --><img class="serendipity_image_left" width="110" height="73" '
            f'style="float: left; border: 0px; padding-left: 5px; padding-right: 5px;" '
            f'src="{esc(img.src)}" alt="" />'
        )
    if img.style == "cap":
        return (
            '<div class="serendipity_imageComment_center" style="width: 110px">'
            f'<div class="serendipity_imageComment_img">{tag}</div>'
            f'<div class="serendipity_imageComment_txt">{etext(entry, img.printed or "")}</div></div>'
        )
    return f'<p style="text-align: center;">{tag}</p>'


def _table(entry: Story, rows: list[P]) -> str:
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>']
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "th":
            tds = "".join(f"<td><strong>{etext(entry, c)}</strong></td>" for c in cells)
        else:
            tds = "".join(f"<td>{etext(entry, c)}</td>" for c in cells)
        out.append(f"<tr>{tds}</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _ck_html(entry: Story, blocks: list, mdb_start: int) -> tuple[str, int]:
    """CKEditor markup of some of the entry's blocks; returns it and the next media id."""
    out: list[str] = []
    mdb = mdb_start
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in ("th", "tr"):
                j += 1
            out.append(_table(entry, blocks[i:j]))
            i = j
            continue
        if isinstance(b, P) and b.style == "li":
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "li":
                j += 1
            items = "".join(f"\n\t<li>{etext(entry, x.text)}</li>" for x in blocks[i:j])
            out.append(f"<ul>{items}\n</ul>")
            i = j
            continue
        if isinstance(b, P):
            if b.style == "lead":
                out.append(f"<p><strong>{etext(entry, b.text)}</strong></p>")
            elif b.style == "h3":
                out.append(f"<h3>{etext(entry, b.text)}</h3>")
            else:
                out.append(f'<p style="text-align: justify;">{etext(entry, b.text)}</p>')
        elif isinstance(b, Img):
            out.append(_image(entry, b, mdb))
            mdb += 1
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n\n".join(out), mdb


def _nl2br_html(entry: Story, blocks: list, mdb_start: int) -> tuple[str, int]:
    """Plain text through the nl2br plugin: an empty line between paragraphs, one break
    between list lines; a media-library image sits at the start of the line it was put on."""
    out = ""
    mdb = mdb_start
    pending_image = ""
    first = True
    for b in blocks:
        if isinstance(b, Img):
            pending_image += _image(entry, b, mdb)
            mdb += 1
            continue
        line = etext(entry, b.text) if isinstance(b, P) else esc(b.html)
        if not first:
            out += "<br />\n" if isinstance(b, P) and b.style == "line" else "<br />\n<br />\n"
        out += pending_image + line
        pending_image = ""
        first = False
    return out + pending_image, mdb


def entry_parts(entry: Story) -> tuple[str, str]:
    """The entry body and the extended body, as the entry page prints them."""
    split = entry.opts["split"]
    mdb = entry.opts.get("mdb", 1)
    render = _nl2br_html if entry.opts["form"] == "nl2br" else _ck_html
    body, mdb = render(entry, entry.blocks[:split], mdb)
    extended, _ = render(entry, entry.blocks[split:], mdb)
    return body, extended


# --- entries in the classic s9y markup ----------------------------------------------------------


def tag_link(tag: str, page: int = 1) -> str:
    base = f"/index.php?/plugin/tag/{quote_plus(tag)}"
    return base if page == 1 else f"{base}/P{page}.html"


def _footer(entry: Story) -> str:
    acct = ACCOUNTS[entry.opts["account"]]
    cats = ", ".join(
        f'<a href="{CATEGORIES[c].link}">{esc(CATEGORIES[c].name)}</a>' for c in entry.opts["cats"]
    )
    _y, _m, _d, clock = _ts(entry)
    link = permalink(entry)
    ncomm = len(entry.opts.get("comments", []))
    tags = entry.opts.get("tags", [])
    tag_html = ""
    if tags:
        links = ", ".join(
            f'<a href="{esc(tag_link(t))}" title="{esc(t)}" rel="tag">{esc(t)}</a>' for t in tags
        )
        tag_html = f'\n                <div class="serendipity_freeTag">Từ khóa: {links}</div>'
    return f"""
            <div class='serendipity_entryFooter'>
                Đăng bởi <a href="{acct.link}">{esc(acct.realname)}</a>
                   trong {cats}
                 lúc <a href="{esc(link)}">{clock}</a>
                        | <a href="{esc(link)}#comments">Bình luận ({ncomm})</a>
                        | <a href="{esc(link)}#trackbacks">Trackbacks (0)</a>{tag_html}
            </div>"""


def entry_html(entry: Story, single: bool) -> str:
    body, extended = entry_parts(entry)
    link = permalink(entry)
    acct = ACCOUNTS[entry.opts["account"]]
    more = ""
    ext = ""
    if extended and single:
        ext = f'\n            <div class="serendipity_entry_extended"><a id="extended"></a>{extended}</div>\n'
    elif extended:
        more = (
            f'\n            <br /><a href="{esc(link)}#extended">Tiếp tục đọc '
            f'"{esc(entry.title)}" &raquo;</a><br /><br />\n'
        )
    base = PRODUCTION_URL  # s9y's configured baseURL
    return f"""
        <h4 class="serendipity_title"><a href="{esc(link)}">{esc(entry.title)}</a></h4>

        <div class="serendipity_entry serendipity_entry_author_{acct.slug} ">
            <div class="serendipity_entry_body">
                {body}
            </div>
{ext}{more}{_footer(entry)}
        </div>
        <!--
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
        <rdf:Description
                 rdf:about="{base}/index.php?/feeds/ei_{entry.id}.rdf"
                 trackback:ping="{base}/comment.php?type=trackback&amp;entry_id={entry.id}"
                 dc:title="{esc(entry.title)}"
                 dc:identifier="{base}{esc(link)}" />
        </rdf:RDF>
        -->"""


def _sorted(entries: list[Story]) -> list[Story]:
    return sorted(entries, key=lambda e: e.opts["ts"], reverse=True)


def dategroups(entries: list[Story], single: bool = False) -> str:
    """Entries under one ``h3.serendipity_date`` heading per day, as s9y groups them."""
    out: list[str] = []
    current = None
    for entry in entries:
        y, m, d, _clock = _ts(entry)
        if (y, m, d) != current:
            if current is not None:
                out.append("    </div>")
            out.append(
                '    <div class="serendipity_Entry_Date">\n'
                f'        <h3 class="serendipity_date">{day_heading(y, m, d)}</h3>'
            )
            current = (y, m, d)
        out.append(entry_html(entry, single))
    if current is not None:
        out.append("    </div>")
    return "\n".join(out)


def paged_listing(entries: list[Story], pg: int, page_link, intro: str = "") -> str:
    """One page of a listing (front page, category, month, author, tag, search) with s9y's pager."""
    total = len(entries)
    pages = max(1, -(-total // PER_PAGE))
    chunk = entries[(pg - 1) * PER_PAGE : pg * PER_PAGE]
    content = dategroups(chunk) if chunk else "    Không có bài viết nào để hiển thị"
    nav = []
    if pg > 1:
        nav.append(f'<a href="{esc(page_link(pg - 1))}">&laquo; Trang trước</a>&#160;&#160;')
    if total:
        nav.append(f"(Trang {pg} / {pages}, tổng cộng {total} bài viết)")
    if pg < pages:
        nav.append(f'<a href="{esc(page_link(pg + 1))}">&raquo; Trang sau</a>')
    footer = "\n    ".join(nav)
    return f"""<!-- ENTRIES START -->
{intro}
{content}

    <div class='serendipity_entryFooter' style="text-align: center">
    {footer}
    </div>
<!-- ENTRIES END -->"""


def _related(entry: Story) -> str:
    items = []
    for rid in entry.opts.get("related", []):
        other = BY_ID[rid]
        slug = other.opts.get("old_slug", other.slug)
        title = other.opts.get("old_title", other.title)
        items.append(
            f'<li><a href="{esc(permalink(other, slug))}" title="{esc(title)}">{esc(title)}</a> '
            f"<small>({dmy(other)})</small></li>"
        )
    if not items:
        return ""
    return (
        '\n        <div class="serendipity_related_entries">\n'
        "            <h3>Bài viết liên quan</h3>\n"
        '            <ul class="plainList">\n                '
        + "\n                ".join(items)
        + "\n"
        "            </ul>\n        </div>"
    )


def _comments(entry: Story) -> str:
    comments = entry.opts.get("comments", [])
    rows = []
    for n, (name, when, body) in enumerate(comments, 1):
        cid = 1000 + entry.id * 10 + n
        rows.append(f"""
                <a id="c{cid}"></a>
                <div id="serendipity_comment_{cid}" class="serendipity_comment serendipity_comment_author_guest {"comment_oddbox" if n % 2 else "comment_evenbox"}" style="padding-left: 0px">
                    <div class="serendipity_commentBody">{esc(body)}</div>
                    <div class="serendipity_comment_source">
                        <a class="comment_source_trace" href="#c{cid}">#{n}</a>
                        <span class="comment_source_author">{esc(name)}</span>
                        on
                        <span class="comment_source_date">{when}</span>
                        (<a class="comment_reply" href="#serendipity_CommentForm" id="serendipity_reply_{cid}" onclick="document.getElementById('serendipity_replyTo').value='{cid}'; return true;">Trả lời</a>)
                    </div>
                </div>""")
    if not rows:
        rows.append(
            '\n                <div class="serendipity_center nocomments">Chưa có bình luận nào</div>'
        )
    return "".join(rows)


def _single_extras(entry: Story) -> str:
    link = permalink(entry)
    return f"""{_related(entry)}

            <div class="serendipity_comments serendipity_section_trackbacks">
                <br />
                <a id="trackbacks"></a>
                <div class="serendipity_commentsTitle">Trackbacks</div>
                    <div class="serendipity_center">
                        <a rel="nofollow" style="font-weight: normal" href="/comment.php?type=trackback&amp;entry_id={entry.id}" onclick="alert('Liên kết này không dùng để nhấp. Nó chứa địa chỉ trackback của bài viết này. Bạn có thể dùng địa chỉ này để gửi ping và trackback từ blog của mình tới bài viết này. Hãy sao chép liên kết, hãy dùng chuột phải và chọn &quot;Sao chép liên kết&quot;.'); return false;" title="Liên kết này không dùng để nhấp.">Trackback URL cho bài viết này</a>
                    </div>
                    <br />
                    <div class="serendipity_center">Không có Trackbacks</div>
            </div>

            <div class="serendipity_comments serendipity_section_comments">
                <br />
                <a id="comments"></a>
                <div class="serendipity_commentsTitle">Bình luận</div>
                <div class="serendipity_center">Hiển thị bình luận theo
                    (<a rel="nofollow" href="{esc(linear_view(entry))}#comments">Phẳng</a> | Luồng)
                </div>
                <br />{_comments(entry)}
                <a id="feedback"></a>

                <br />
                <div class="serendipity_section_commentform">
                    <div class="serendipity_commentsTitle">Thêm bình luận</div>
                    <div class="serendipityCommentForm">
                        <a id="serendipity_CommentForm"></a>
                        <form id="serendipity_comment" action="{esc(link)}#feedback" method="post">
                            <div><input type="hidden" name="serendipity[entry_id]" value="{entry.id}" /></div>
                            <table border="0" width="100%" cellpadding="3">
                                <tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_name">Tên</label></td>
                                    <td class="serendipity_commentsValue"><input type="text" id="serendipity_commentform_name" name="serendipity[name]" value="" size="30" /></td></tr>
                                <tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_email">Email</label></td>
                                    <td class="serendipity_commentsValue"><input type="text" id="serendipity_commentform_email" name="serendipity[email]" value="" /></td></tr>
                                <tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_url">Trang web</label></td>
                                    <td class="serendipity_commentsValue"><input type="text" id="serendipity_commentform_url" name="serendipity[url]" value="" /></td></tr>
                                <tr><td class="serendipity_commentsLabel"><label for="serendipity_replyTo">Trả lời</label></td>
                                    <td class="serendipity_commentsValue"><select id="serendipity_replyTo" name="serendipity[replyTo]"><option value="0">[ Cấp cao nhất ]</option></select></td></tr>
                                <tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_comment">Bình luận</label></td>
                                    <td class="serendipity_commentsValue"><textarea rows="10" cols="40" id="serendipity_commentform_comment" name="serendipity[comment]"></textarea><br />
                                    Nhập văn bản thuần; địa chỉ web và email tự động thành liên kết.</td></tr>
                                <tr><td>&#160;</td><td class="serendipity_commentsLabel">
                                    <input id="checkbox_remember" type="checkbox" name="serendipity[remember]" /><label for="checkbox_remember">Ghi nhớ thông tin? </label></td></tr>
                                <tr><td>&#160;</td><td><input type="submit" name="serendipity[submit]" value="Gửi bình luận" />
                                    <input type="submit" id="serendipity_preview" name="serendipity[preview]" value="Xem trước" /></td></tr>
                            </table>
                        </form>
                    </div>
                </div>
            </div>"""


def entry_page_content(entry: Story, notice: str = "") -> str:
    y, m, d, _clock = _ts(entry)
    return f"""<!-- ENTRIES START -->
    <div class="serendipity_Entry_Date">
        <h3 class="serendipity_date">{day_heading(y, m, d)}</h3>
{entry_html(entry, single=True)}
{notice}{_single_extras(entry)}
    </div>
<!-- ENTRIES END -->"""


# --- sidebars and page shell -------------------------------------------------------------------


def _month_link(y: int, m: int, page: int = 1) -> str:
    base = f"/index.php?/archives/{y}/{m:02d}"
    return f"{base}.html" if page == 1 else f"{base}/P{page}.html"


def _shift(y: int, m: int, delta: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + delta
    return idx // 12, idx % 12 + 1


def calendar(y: int, m: int) -> str:
    """s9y's calendar plugin: days with entries link to day views; the arrows never stop."""
    days_with = {_ts(e)[2] for e in ENTRIES if _ts(e)[:2] == (y, m)}
    py, pm = _shift(y, m, -1)
    ny, nm = _shift(y, m, 1)
    rows = []
    for week in _cal.Calendar(firstweekday=0).monthdayscalendar(y, m):
        cells = []
        for day in week:
            if not day:
                cells.append('<td class="serendipity_calendarDay">&#160;</td>')
            elif day in days_with:
                cells.append(
                    f'<td class="serendipity_calendarDay Active"><a href="/index.php?/archives/'
                    f'{y}/{m:02d}/{day:02d}.html">{day}</a></td>'
                )
            elif (y, m, day) == TODAY_YMD:
                cells.append(f'<td class="serendipity_calendarDay Today">{day}</td>')
            else:
                cells.append(f'<td class="serendipity_calendarDay">{day}</td>')
        rows.append('<tr class="serendipity_calendar">' + "".join(cells) + "</tr>")
    names = "".join(
        f'<td class="serendipity_weekDayName" scope="col" abbr="{n}" title="{n}">{a}</td>'
        for n, a in zip(WEEKDAYS, ["T2", "T3", "T4", "T5", "T6", "T7", "CN"], strict=True)
    )
    return f"""<table class="serendipity_calendar" cellspacing="0" cellpadding="0">
    <thead><tr>
        <th class="serendipity_calendarHeader"><a title="Quay lại" href="{_month_link(py, pm)}">&laquo;</a></th>
        <th colspan="5" class="serendipity_calendarHeader" style="text-align: center; vertical-align: bottom">
            <b><a style="white-space: nowrap" href="{_month_link(y, m)}">{MONTHS[m - 1]} '{y % 100:02d}</a></b></th>
        <th class="serendipity_calendarHeader" style="text-align: right"><a title="Tiếp" href="{_month_link(ny, nm)}">&raquo;</a></th>
    </tr><tr>{names}</tr></thead>
    <tbody>{"".join(rows)}</tbody>
</table>"""


def _plugin(cls: str, title: str, content: str) -> str:
    return (
        f'<section class="sidebar_plugin clearfix {cls}">\n'
        f'    <h3>{title}</h3>\n    <div class="sidebar_content clearfix">\n{content}\n    </div>\n</section>'
    )


def _recent() -> str:
    items = "".join(
        f'<a href="{esc(permalink(e))}" title="{esc(e.title)}">{esc(e.title)}</a><br />\n'
        f'<div class="serendipitySideBarDate">{dmy(e)}</div>\n'
        for e in _sorted(ENTRIES)[:6]
    )
    return items


def _archives() -> str:
    links = []
    y, m = TODAY_YMD[0], TODAY_YMD[1]
    for i in range(6):
        yy, mm = _shift(y, m, -i)
        links.append(
            f'<li><a href="{_month_link(yy, mm)}" title="{MONTHS[mm - 1]} {yy}">{MONTHS[mm - 1]} {yy}</a></li>'
        )
    links.append('<li><a href="/index.php?/archive">Cũ hơn...</a></li>')
    return '<ul class="plainList">\n' + "\n".join(links) + "\n</ul>"


def _categories() -> str:
    items = []
    for cat in CATEGORIES.values():
        depth = 1 if cat.parent else 0
        feed = f"/index.php?/feeds/categories/{cat.id}-{cat.slug}.rss"
        items.append(
            f'<li class="category_depth{depth} category_{cat.id}" style="display: block;">'
            f'<a class="serendipity_xml_button" href="{feed}"><img src="/templates/2k11/img/xml.gif" '
            f'alt="XML" style="display: inline; border: 0px" /></a> '
            f'<a href="{cat.link}" title="{esc(cat.description)}" style="padding-left: {depth * 6}px">'
            f"{esc(cat.name)}</a></li>"
        )
    return (
        '<ul id="serendipity_categories_list" style="list-style: none; margin: 0px; padding: 0px">\n'
        + "\n".join(items)
        + '\n</ul>\n<div class="category_link_all"><br /><a href="/index.php?frontpage" '
        'title="Tất cả chuyên mục">Tất cả chuyên mục</a></div>'
    )


def all_tags() -> list[str]:
    seen: list[str] = []
    for e in _sorted(ENTRIES):
        for t in e.opts.get("tags", []):
            if t not in seen:
                seen.append(t)
    return seen


def _tagcloud() -> str:
    return "\n".join(
        f'<a href="{esc(tag_link(t))}" title="{esc(t)}" style="font-size: {100 + 10 * len(tagged(t))}%">{esc(t)}</a>'
        for t in all_tags()
    )


def tagged(tag: str) -> list[Story]:
    return [e for e in _sorted(ENTRIES) if tag in e.opts.get("tags", [])]


BLOGROLL = [
    ("https://dienbien.gov.vn", "Cổng TTĐT tỉnh Điện Biên"),
    ("https://dienbien.dcs.vn", "Tỉnh ủy Điện Biên"),
    ("https://hcma.vn", "Học viện Chính trị quốc gia Hồ Chí Minh"),
    ("https://hcma1.hcma.vn", "Học viện Chính trị khu vực I"),
    ("https://baodienbienphu.com.vn", "Báo Điện Biên Phủ"),
    ("https://tapchicongsan.org.vn", "Tạp chí Cộng sản"),
]


def sidebars(cal_month: tuple[int, int]) -> str:
    left = [
        _plugin("serendipity_plugin_calendar", "Lịch", calendar(*cal_month)),
        _plugin(
            "serendipity_plugin_quicksearch",
            "Tìm kiếm",
            '<form id="searchform" action="/index.php?frontpage" method="get">\n'
            '<input type="hidden" name="serendipity[action]" value="search" />\n'
            '<input alt="Tìm kiếm" type="text" id="serendipityQuickSearchTermField" '
            'name="serendipity[searchTerm]" value="" size="13" />\n</form>',
        ),
        _plugin("serendipity_plugin_recententries", "Bài viết mới", _recent()),
        _plugin("serendipity_plugin_archives", "Lưu trữ", _archives()),
        _plugin("serendipity_plugin_categories", "Chuyên mục", _categories()),
    ]
    right = [
        _plugin("serendipity_plugin_freetag", "Từ khóa", _tagcloud()),
        _plugin(
            "serendipity_plugin_syndication",
            "Đăng ký nhận tin",
            '<ul class="plainList">\n'
            '<li><a class="serendipity_xml_button" href="/index.php?/feeds/index.rss2">'
            '<img src="/templates/2k11/img/xml.gif" alt="XML" style="border: 0px" /></a> '
            '<a href="/index.php?/feeds/index.rss2">RSS 2.0 feed</a></li>\n'
            '<li><a href="/index.php?/feeds/atom.xml">Atom 1.0 feed</a></li>\n'
            '<li><a href="/index.php?/feeds/comments.rss2">Bình luận (RSS)</a></li>\n</ul>',
        ),
        _plugin(
            "serendipity_plugin_statistics",
            "Thống kê",
            '<div class="stat_online">Đang online: 7</div>\n'
            '<div class="stat_today">Hôm nay: 318</div>\n'
            '<div class="stat_total">Tổng truy cập: 1.284.503</div>',
        ),
        _plugin(
            "serendipity_plugin_linklist",
            "Liên kết",
            '<ul class="plainList">\n'
            + "\n".join(f'<li><a href="{u}" target="_blank">{esc(n)}</a></li>' for u, n in BLOGROLL)
            + "\n</ul>",
        ),
        _plugin(
            "serendipity_plugin_superuser",
            "Quản trị",
            '<a href="/serendipity_admin.php" rel="nofollow" title="Đăng nhập">Đăng nhập</a>',
        ),
        _plugin(
            "serendipity_plugin_remoterss serendipity_plugin_powered_by",
            "Powered by",
            '<div class="serendipityPlugin"><a href="https://s9y.org" title="Powered by Serendipity">'
            '<img src="/templates/2k11/img/s9y_banner_small.png" alt="Serendipity PHP Weblog" '
            'style="border: 0px" /></a></div>',
        ),
    ]
    return (
        '<aside id="sidebar_left">\n<h2 class="visuallyhidden">Thanh bên</h2>\n'
        + "\n".join(left)
        + '\n</aside>\n<aside id="sidebar_right">\n<h2 class="visuallyhidden">Thanh bên</h2>\n'
        + "\n".join(right)
        + "\n</aside>"
    )


NAV = [("/", "Trang chủ")] + [(f"/index.php?/pages/{s}.html", t) for s, t in STATIC_PAGES.items()]
NAV.insert(5, (CATEGORIES[7].link, "Thông báo"))


def page(
    request: Request,
    content: str,
    *,
    title: str = "",
    canonical: str | None = None,
    robots: str = "noindex,follow",
    entry_id: int | None = None,
    cal_month: tuple[int, int] = TODAY_YMD[:2],
    status: int = 200,
) -> Response:
    head_title = f"{esc(title)} - {SITE_TITLE}" if title else f"{SITE_TITLE} - {SITE_DESC}"
    links = []
    if canonical:
        links.append(f'<link rel="canonical" href="{base_url(request)}{esc(canonical)}">')
    if entry_id:
        links.append(
            f'<link rel="trackback" type="application/x-www-form-urlencoded" '
            f'href="/comment.php?type=trackback&amp;entry_id={entry_id}">\n'
            f'    <link rel="pingback" href="/comment.php?type=pingback&amp;entry_id={entry_id}">'
        )
    nav = "\n".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for h, t in NAV)
    head_links = "\n    ".join(links)
    doc = f"""<!DOCTYPE html>
<html class="no-js" lang="vi">
<head>
    <meta charset="UTF-8">
    <title>{head_title}</title>
    <meta name="generator" content="Serendipity v.2.4.0">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="{robots}">
    {head_links}
    <link rel="stylesheet" href="/index.php?/serendipity.css">
    <link rel="alternate" type="application/rss+xml" title="{SITE_TITLE} RSS feed" href="/index.php?/feeds/index.rss2">
    <link rel="alternate" type="application/x.atom+xml" title="{SITE_TITLE} Atom feed" href="/index.php?/feeds/atom.xml">
    <script src="/templates/2k11/js/modernizr-2.7.1.min.js"></script>
</head>
<body>
<a class="visuallyhidden" href="#content"><span lang="en">Skip to content</span></a>
<div id="page" class="clearfix container">
<div id="topbar" class="clearfix"><span class="today">{TODAY}</span> | <a href="/serendipity_admin.php" rel="nofollow">Đăng nhập</a></div>
<header id="banner" class="clearfix col3">
    <div id="identity">
        <a href="/"><img src="/uploads/banner/logo-tct-dienbien.png" alt="Logo" id="header_logo">
        <h1>{SITE_TITLE}</h1>
        <p>{SITE_DESC}</p></a>
    </div>
    <form id="searchform" action="/index.php?frontpage" method="get">
        <div><input type="hidden" name="serendipity[action]" value="search">
        <label for="serendipityQuickSearchTermField" class="visuallyhidden">Tìm kiếm</label>
        <input id="serendipityQuickSearchTermField" name="serendipity[searchTerm]" type="search" placeholder="Tìm kiếm..." value="">
        <input id="searchsend" name="serendipity[searchButton]" type="submit" value="Tìm"></div>
    </form>
</header>
<nav id="primary-nav">
    <h2 class="visuallyhidden">Điều hướng</h2>
    <ul class="clearfix">
{nav}
    </ul>
</nav>
<div class="clearfix col3" id="main">
<main id="content">
{content}
</main>
{sidebars(cal_month)}
</div>
<footer id="footer">
    <p><strong>TRƯỜNG CHÍNH TRỊ TỈNH ĐIỆN BIÊN</strong><br>
    Địa chỉ: Số 868, đường Võ Nguyên Giáp, phường Điện Biên Phủ, tỉnh Điện Biên<br>
    Điện thoại: 0215.3826.214 - Fax: 0215.3826.215 - Email: truongchinhtri@dienbien.gov.vn<br>
    Chịu trách nhiệm chính: TS. Phạm Đức Toàn - Hiệu trưởng</p>
    <p>Bản quyền &copy; 2010 - 2026 Trường Chính trị tỉnh Điện Biên. Powered by <a href="https://s9y.org">Serendipity</a> &amp; the <i>2k11</i> theme.</p>
</footer>
</div>
<script src="/templates/jquery.js"></script>
<script src="/index.php?/serendipity.js"></script>
</body>
</html>
"""
    return html(doc, status=status)


# --- static pages, archives, feeds --------------------------------------------------------------

STATIC_CONTENT = {
    "gioi-thieu": (
        "Giới thiệu chung về Trường Chính trị tỉnh Điện Biên",
        "<p>Trường Chính trị tỉnh Điện Biên là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng "
        "đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở và nghiên cứu "
        "khoa học lý luận chính trị.</p>\n<p>Nhà trường hiện có 4 khoa chuyên môn, 3 phòng chức năng "
        "với 58 cán bộ, giảng viên, nhân viên.</p>",
    ),
    "lich-su-phat-trien": (
        "Lịch sử hình thành và phát triển",
        "<p>Tiền thân của Nhà trường là Trường Đảng tỉnh Lai Châu. Năm 2004, khi tỉnh Điện Biên được "
        "thành lập, Trường Chính trị tỉnh Điện Biên được thành lập trên cơ sở Trường Chính trị tỉnh "
        "Lai Châu.</p>\n<p>Năm 2019, Nhà trường được công nhận đạt chuẩn mức 1.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<h3>Ban Giám hiệu</h3>\n<ul><li>TS. Phạm Đức Toàn - Hiệu trưởng</li>"
        "<li>ThS. Lò Thị Hiền - Phó Hiệu trưởng</li></ul>\n<h3>Các khoa, phòng</h3>\n"
        "<ul><li>Khoa Xây dựng Đảng</li><li>Khoa Lý luận cơ sở</li><li>Khoa Nhà nước và pháp luật</li>"
        "<li>Khoa Dân vận</li><li>Phòng Tổ chức - Hành chính</li><li>Phòng Đào tạo</li>"
        "<li>Phòng Quản lý khoa học - Thông tin tư liệu</li></ul>",
    ),
    "van-ban-tai-lieu": (
        "Văn bản - Tài liệu",
        "<p>Các văn bản hướng dẫn của Nhà trường:</p>\n<ul>"
        '<li><a href="/uploads/vanban/Quy-che-dao-tao-TCLLCT-2025.pdf">Quy chế đào tạo Trung cấp lý '
        "luận chính trị (2025)</a></li>"
        '<li><a href="/uploads/vanban/Noi-quy-hoc-vien.pdf">Nội quy học viên</a></li>'
        '<li><a href="/uploads/vanban/Huong-dan-viet-tieu-luan.pdf">Hướng dẫn viết tiểu luận cuối '
        "khóa</a></li></ul>\n<p>Tìm nhanh các bài viết về: "
        '<a href="/index.php?serendipity[action]=search&amp;serendipity[searchTerm]=tuy%E1%BB%83n+sinh">'
        "tuyển sinh</a>, "
        '<a href="/index.php?serendipity[action]=search&amp;serendipity[searchTerm]=gi%E1%BA%A3ng+vi%C3%AAn">'
        "giảng viên</a>, "
        '<a href="/index.php?serendipity[action]=search&amp;serendipity[searchTerm]=Tr%C6%B0%E1%BB%9Dng+Ch%C3%ADnh+tr%E1%BB%8B">'
        "Trường Chính trị</a>.</p>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Trường Chính trị tỉnh Điện Biên</p>\n<p>Địa chỉ: Số 868, đường Võ Nguyên Giáp, phường "
        "Điện Biên Phủ, tỉnh Điện Biên</p>\n<p>Điện thoại: 0215.3826.214 - Email: "
        "truongchinhtri@dienbien.gov.vn</p>",
    ),
}


def static_page(request: Request, slug: str) -> Response | None:
    if slug not in STATIC_CONTENT:
        return None
    headline, body = STATIC_CONTENT[slug]
    link = f"/index.php?/pages/{slug}.html"
    content = f"""<div id="staticpage_{slug}" class="serendipity_staticpage">
    <div class="serendipity_Entry_Date">
        <h3 class="serendipity_date">{esc(STATIC_PAGES[slug])}</h3>
        <h4 class="serendipity_title"><a href="{link}">{esc(headline)}</a></h4>
        <div class="serendipity_entry">
            <div class="serendipity_entry_body">
{body}
            </div>
        </div>
        <div class="staticpage_metainfo"><small>Tác giả: admin | Cập nhật lần cuối: 12/03/2025 10:20</small></div>
    </div>
</div>"""
    return page(request, content, title=STATIC_PAGES[slug], robots="index,follow")


def summary_archive(request: Request) -> Response:
    """``/index.php?/archive``: every month from 2018 to today with its count."""
    out = ['<div class="serendipity_Entry_Date">\n<h3 class="serendipity_date">Lưu trữ</h3>']
    for y in range(TODAY_YMD[0], 2017, -1):
        rows = []
        last = TODAY_YMD[1] if y == TODAY_YMD[0] else 12
        for m in range(last, 0, -1):
            n = sum(1 for e in ENTRIES if _ts(e)[:2] == (y, m))
            links = (
                f'<td class="archives_count_link"><a href="{_month_link(y, m)}">xem toàn bộ</a></td>'
                f'<td class="archives_link"><a href="/index.php?/archives/{y}/{m:02d}/summary.html">'
                "xem tóm tắt</a></td>"
                if n
                else '<td class="archives_count_link">&#160;</td><td class="archives_link">&#160;</td>'
            )
            rows.append(
                f'<tr><td class="archives_graph" width="100"><img src="/templates/2k11/img/graph_bar_horisontal.png" '
                f'height="10" width="{n * 10}" alt="" /></td><td class="archives_date">{MONTHS[m - 1]}</td>'
                f'<td class="archives_count">{n} bài viết</td>{links}</tr>'
            )
        out.append(
            '<table class="archives_listing" cellspacing="4" cellpadding="4" border="0">'
            f'<tr><td colspan="4" class="archives_header"><h2 class="serendipity_date">{y}</h2></td></tr>'
            + "".join(rows)
            + "</table>"
        )
    out.append("</div>")
    return page(request, "\n".join(out), title="Lưu trữ")


def month_summary(request: Request, y: int, m: int) -> Response:
    items = []
    for e in _sorted([e for e in ENTRIES if _ts(e)[:2] == (y, m)]):
        acct = ACCOUNTS[e.opts["account"]]
        items.append(
            f'<li><a href="{esc(permalink(e))}">{esc(e.title)}</a>\n'
            f'<div class="summary_posted_by">Đăng bởi <a href="{acct.link}">{esc(acct.realname)}</a> '
            f"lúc {dmy(e)} {_ts(e)[3]}</div></li>"
        )
    content = (
        '<div class="serendipity_Entry_Date">\n'
        f'<h3 class="serendipity_date">Bài viết {MONTHS[m - 1].lower()} {y}</h3>\n'
        '<div class="serendipity_entry"><ul>\n' + "\n".join(items) + "\n</ul></div>\n</div>"
    )
    return page(request, content, title=f"Lưu trữ {MONTHS[m - 1]} {y}", cal_month=(y, m))


def _rfc822(entry: Story) -> str:
    y, m, d, clock = _ts(entry)
    hh, mm = (int(x) for x in clock.split(":"))
    dt = datetime.datetime(y, m, d, hh, mm)
    return dt.strftime("%a, %d %b %Y %H:%M:%S +0700")


def rss(request: Request, entries: list[Story], title: str) -> Response:
    base = base_url(request)
    items = []
    for e in entries[:15]:
        body, extended = entry_parts(e)
        cats = "".join(f"<category>{esc(CATEGORIES[c].name)}</category>" for c in e.opts["cats"])
        items.append(
            f"<item>\n    <title>{esc(e.title)}</title>\n    <link>{base}{esc(permalink(e))}</link>\n"
            f"    {cats}\n    <comments>{base}{esc(permalink(e))}#comments</comments>\n"
            f'    <guid isPermaLink="false">{base}{esc(guid_path(e))}</guid>\n'
            f"    <pubDate>{_rfc822(e)}</pubDate>\n"
            f"    <description>{esc(body + extended)}</description>\n</item>"
        )
    xml = f"""<?xml version="1.0" encoding="utf-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
    <title>{esc(title)}</title>
    <link>{base}/</link>
    <description>{SITE_DESC}</description>
    <atom:link href="{PRODUCTION_URL}/index.php?/feeds/index.rss2" rel="self" type="application/rss+xml" />
    <generator>Serendipity 2.4.0 - http://www.s9y.org/</generator>
    <language>vi</language>
{chr(10).join(items)}
</channel>
</rss>
"""
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def comments_rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for e in _sorted(ENTRIES):
        for n, (name, _when, body) in enumerate(e.opts.get("comments", []), 1):
            items.append(
                f"<item><title>{esc(e.title)}: {esc(name)}</title>"
                f"<link>{base}{esc(permalink(e))}#c{1000 + e.id * 10 + n}</link>"
                f"<description>{esc(body)}</description></item>"
            )
    xml = (
        '<?xml version="1.0" encoding="utf-8" ?>\n<rss version="2.0"><channel>'
        f"<title>{SITE_TITLE} - Bình luận</title><link>{base}/</link>"
        + "".join(items)
        + "</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- listings ------------------------------------------------------------------------------------


def front_entries() -> list[Story]:
    return _sorted([e for e in ENTRIES if not e.opts.get("hidden")])


def category_entries(cid: int) -> list[Story]:
    ids = {cid} | {c.id for c in CATEGORIES.values() if c.parent == cid}
    return _sorted([e for e in ENTRIES if ids & set(e.opts["cats"])])


def author_entries(aid: int) -> list[Story]:
    return _sorted([e for e in ENTRIES if e.opts["account"] == aid])


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def search_entries(term: str) -> list[Story]:
    needle = _fold(term.strip())
    if not needle:
        return []
    return _sorted([e for e in ENTRIES if needle in _fold(" ".join([e.title, *e.paragraphs]))])


def _heading(label: str) -> str:
    return f'<h2 class="serendipity_section_title">{esc(label)}</h2>'


def listing(
    request: Request,
    entries: list[Story],
    pg: int,
    link,
    *,
    title: str = "",
    intro: str = "",
    canonical: str | None = None,
    robots: str = "noindex,follow",
    cal_month: tuple[int, int] = TODAY_YMD[:2],
) -> Response:
    content = paged_listing(entries, pg, link, intro)
    return page(
        request, content, title=title, canonical=canonical, robots=robots, cal_month=cal_month
    )


def search_page(request: Request, term: str, pg: int) -> Response:
    found = search_entries(term)
    if found:
        msg = f"Bạn đã tìm “{esc(term)}”, kết quả: {len(found)} bài viết"
    else:
        msg = f"Không tìm thấy bài viết nào cho từ khóa “{esc(term)}”"
    intro = (
        '<h3 class="serendipity_date">Tìm kiếm</h3>\n'
        f'<div class="serendipity_search serendipity_search_found">{msg}</div>'
    )
    return listing(
        request,
        found,
        pg,
        lambda n: f"/index.php?/search/{quote_plus(term)}/P{n}.html",
        title="Tìm kiếm",
        intro=intro,
    )


def entry_response(request: Request, entry: Story) -> Response:
    notice = ""
    if request.method == "POST":
        notice = (
            '<br /><div class="serendipity_center serendipity_msg_notice">Bình luận đã được gửi.'
            "<br />Bình luận của bạn cần được duyệt trước khi hiển thị.</div>\n"
        )
    y, m, _d, _clock = _ts(entry)
    return page(
        request,
        entry_page_content(entry, notice),
        title=entry.title,
        canonical=permalink(entry),
        robots="index,follow",
        entry_id=entry.id,
        cal_month=(y, m),
    )


def _pg(value: str | None) -> int:
    return int(value) if value else 1


LOGIN_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>Serendipity Administration Suite</title>
<meta name="robots" content="noindex,nofollow">
<link rel="stylesheet" href="/templates/2k11/admin/style.css"></head>
<body id="serendipity_admin_page"><header id="top"><div id="banner"><h1>Serendipity Administration Suite</h1></div></header>
<main id="login" class="clearfix"><h2>Vui lòng nhập thông tin đăng nhập</h2>
<form action="serendipity_admin.php" method="post">
<input type="hidden" name="serendipity[action]" value="admin">
<div class="form_field"><label for="login_uid">Tên đăng nhập</label><input id="login_uid" type="text" name="serendipity[user]"></div>
<div class="form_field"><label for="login_pwd">Mật khẩu</label><input id="login_pwd" type="password" name="serendipity[pass]"></div>
<div class="form_check"><input id="login_auto" type="checkbox" name="serendipity[auto]"><label for="login_auto">Ghi nhớ đăng nhập</label></div>
<div class="form_buttons"><input type="submit" name="submit" value="Đăng nhập &gt;"> <a href="/">Quay lại trang blog</a></div>
</form></main></body></html>
"""

TRACKBACK_XML = """<?xml version="1.0" encoding="utf-8"?>
<response>
<error>1</error>
<message>Danger Will Robinson, trackback failed.</message>
</response>
"""


# --- the site ------------------------------------------------------------------------------------

R_ENTRY = re.compile(r"^/archives/(\d+)-[^/]*\.html$")
R_FRONT_PAGE = re.compile(r"^/archives/P(\d+)\.html$")
R_MONTH = re.compile(r"^/archives/(\d{4})/(\d{2})(?:/P(\d+))?\.html$")
R_DAY = re.compile(r"^/archives/(\d{4})/(\d{2})/(\d{2})\.html$")
R_MONTH_SUMMARY = re.compile(r"^/archives/(\d{4})/(\d{2})/summary\.html$")
R_CATEGORY = re.compile(r"^/categories/(\d+)-[^/]*?(?:/P(\d+)\.html)?$")
R_AUTHOR = re.compile(r"^/authors/(\d+)-[^/]*?(?:/P(\d+)\.html)?$")
R_TAG = re.compile(r"^/plugin/tag/([^/]+)(?:/P(\d+)\.html)?$")
R_SEARCH = re.compile(r"^/search/([^/]+)/P(\d+)\.html$")
R_PAGE = re.compile(r"^/pages/([a-z0-9-]+)\.html$")
R_CAT_FEED = re.compile(r"^/feeds/categories/(\d+)-[^/]*\.rss2?$")


class SerendipitySite:
    """index.php with the virtual path in its query string, plus comment.php, rss.php, the admin
    login and the uploaded files."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return self._index(request)
        if path == "/rss.php":
            return rss(request, _sorted(ENTRIES), SITE_TITLE)
        if path == "/comment.php":
            return Response(200, TRACKBACK_XML, {"Content-Type": "text/xml; charset=utf-8"})
        if path == "/serendipity_admin.php":
            return html(LOGIN_PAGE)
        if path.lower().endswith((".pdf", ".doc", ".docx")) and path.startswith("/uploads/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return static_file(path)

    def _index(self, request: Request) -> Response | None:
        query = request.query
        params = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
        if params.get("serendipity[action]") == "search":
            return search_page(request, params.get("serendipity[searchTerm]", ""), 1)
        if query.startswith("url="):
            virtual = params.get("url", "")
            m = R_ENTRY.match(virtual)
            entry = BY_ID.get(int(m.group(1))) if m else None
            return entry_response(request, entry) if entry else None
        if query in ("", "frontpage"):
            return self._front(request, 1)
        if not query.startswith("/"):
            return None
        return self._virtual(request, query.split("&", 1)[0])

    def _front(self, request: Request, pg: int) -> Response:
        return listing(
            request,
            front_entries(),
            pg,
            lambda n: f"/index.php?/archives/P{n}.html",
            canonical="/" if pg == 1 else None,
            robots="index,follow",
        )

    def _virtual(self, request: Request, virtual: str) -> Response | None:
        if m := R_ENTRY.match(virtual):
            entry = BY_ID.get(int(m.group(1)))
            return entry_response(request, entry) if entry else None
        if m := R_FRONT_PAGE.match(virtual):
            return self._front(request, int(m.group(1)))
        if m := R_MONTH.match(virtual):
            y, mo, pg = int(m.group(1)), int(m.group(2)), _pg(m.group(3))
            if not 1 <= mo <= 12:
                return None
            entries = _sorted([e for e in ENTRIES if _ts(e)[:2] == (y, mo)])
            return listing(
                request,
                entries,
                pg,
                lambda n: _month_link(y, mo, n),
                title=f"{MONTHS[mo - 1]} {y}",
                intro=_heading(f"Lưu trữ: {MONTHS[mo - 1]} {y}"),
                cal_month=(y, mo),
            )
        if m := R_DAY.match(virtual):
            y, mo, d = (int(x) for x in m.groups())
            try:
                _weekday(y, mo, d)
            except ValueError:
                return None
            entries = _sorted([e for e in ENTRIES if _ts(e)[:3] == (y, mo, d)])
            return listing(
                request,
                entries,
                1,
                lambda n: f"/index.php?/archives/{y}/{mo:02d}/{d:02d}/P{n}.html",
                title=day_heading(y, mo, d),
                cal_month=(y, mo),
            )
        if m := R_MONTH_SUMMARY.match(virtual):
            y, mo = int(m.group(1)), int(m.group(2))
            return month_summary(request, y, mo) if 1 <= mo <= 12 else None
        if virtual == "/archive":
            return summary_archive(request)
        if m := R_CATEGORY.match(virtual):
            cat = CATEGORIES.get(int(m.group(1)))
            if cat is None:
                return None
            return listing(
                request,
                category_entries(cat.id),
                _pg(m.group(2)),
                lambda n: f"{cat.link}/P{n}.html",
                title=cat.name,
                intro=_heading(f"Chuyên mục: {cat.name}"),
            )
        if m := R_AUTHOR.match(virtual):
            acct = ACCOUNTS.get(int(m.group(1)))
            if acct is None:
                return None
            return listing(
                request,
                author_entries(acct.id),
                _pg(m.group(2)),
                lambda n: f"{acct.link}/P{n}.html",
                title=acct.realname,
                intro=_heading(f"Bài viết của {acct.realname}"),
            )
        if m := R_TAG.match(virtual):
            tag = unicodedata.normalize("NFC", unquote_plus(m.group(1)))
            return listing(
                request,
                tagged(tag),
                _pg(m.group(2)),
                lambda n: tag_link(tag, n),
                title=f"Từ khóa: {tag}",
                intro=f'<div class="freetag_header">Các bài viết có từ khóa “{esc(tag)}”</div>',
            )
        if m := R_SEARCH.match(virtual):
            return search_page(request, unquote_plus(m.group(1)), int(m.group(2)))
        if m := R_PAGE.match(virtual):
            return static_page(request, m.group(1))
        if virtual in ("/feeds/index.rss2", "/feeds/index.rss", "/feeds/atom.xml"):
            return rss(request, _sorted(ENTRIES), SITE_TITLE)
        if virtual == "/feeds/comments.rss2":
            return comments_rss(request)
        if m := R_CAT_FEED.match(virtual):
            cat = CATEGORIES.get(int(m.group(1)))
            return rss(request, category_entries(cat.id), cat.name) if cat else None
        if virtual == "/serendipity.css":
            return Response(200, "body{font-family:Arial,sans-serif}", {"Content-Type": "text/css"})
        if virtual == "/serendipity.js":
            return Response(200, "/* serendipity */", {"Content-Type": "application/javascript"})
        return None


def build_site() -> SerendipitySite:
    return SerendipitySite()
