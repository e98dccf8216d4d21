"""Fixture portal: a Flarum 1.8 forum that an upper-secondary school runs as its news board.

Platform
--------
"Bảng tin THPT Nguyễn Chí Thanh" (Trường THPT Nguyễn Chí Thanh, phường Ba Đồn, tỉnh Quảng Trị)
is a stock Flarum 1.8 install with flarum/tags, flarum/sticky, flarum/mentions, flarum/emoji,
fof/upload (photos and PDFs under ``/assets/files/<day>/``), fof/formatting (pipe tables,
``[center]``/``[right]`` BBCode), fof/pages (``/p/<id>-<slug>``) and v17development's SEO
extension (Open Graph, ``article:published_time``, JSON-LD). Flarum is a JavaScript app: the
server answers every route with the same shell (``#app`` with an empty ``#content``) and prints
what a crawler can read only inside ``<noscript id="flarum-content">``, plus the whole API
document as a JSON payload (``<script id="flarum-json-payload">``, PHP ``json_encode`` with
``\\u003C`` / ``\\/`` escapes). The school pasted its portal chrome into the admin's "Custom
Header" and "Custom Footer" boxes, which Flarum prints verbatim before and after ``#app``:
top bar with the date, banner, menu with drop-downs, a scrolling notice, search box; footer
with most-read list, links, a poll, the visitor counter and the address.

URL scheme (all links absolute on the request's host, as Flarum prints them)
---------------------------------------------------------------------------
- ``/`` and ``/all``: "Tất cả thảo luận", 20 discussions a page, sticky first, then by *last
  reply*; ``/all?page=N`` (the "Trang sau »" link; ``<link rel=next>`` says ``/?page=N``);
  ``?q=`` searches titles, ``?sort=newest|oldest|top`` re-sorts.
- ``/d/<id>-<slug>``: a discussion, 20 posts a page (``?page=2``); ``/d/<id>`` and
  ``/d/<id>-<any slug>`` serve the same; ``/d/<id>-<slug>/<n>`` is "near post n" (page
  ``1 + n // 20``).
- ``/t/<slug>`` (``?page=N``): tag listing (h1 = tag name, h2 = description); ``/tags``.
- ``/p/1-gioi-thieu``, ``/p/2-lien-he``: fof/pages.
- ``/api/discussions``, ``/api/discussions/<id>``: the JSON:API the payload's links point to.
- ``/assets/...``: css/js/fonts, logo, uploads (images and PDF attachments).

Page templates
--------------
Shell + Custom Header + ``<noscript id="flarum-content">`` + Custom Footer + JSON payload.
Discussion noscript: ``<h1>`` title, then every post as ``<article>`` (``<h3
class="PostUser-name">`` account name, ``<div class="Post-body">`` rendered Markdown/BBCode)
followed by ``<hr>``; the first post is the announcement, the others are replies.

How each gold article is reached
--------------------------------
- Home page 1 (``/``): sticky #37 (lịch kiểm tra) and the 18 most recently active others:
  #32 (bumped by a reply on 04/12), #47, #43, #41, #31, #28, #23, #19 ...; also the menu tags
  (Thông báo, Tin tức – Sự kiện, Chuyên môn, Tuyển sinh – Hướng nghiệp).
- #26 and #29 are filed under "Đoàn – Hội", a tag hidden from All Discussions: only its tag
  page ``/t/doan-hoi`` (menu Tin tức ▸ Đoàn – Hội) lists them.
- #14 and #16 are the two least recently active discussions and are filed under "Gương mặt
  tiêu biểu", a tag the menu does not link: they are reachable only from ``/all?page=2`` (the
  same page is ``/?page=2`` in the head's ``rel=next``; ``/tags`` exists but nothing links it).
- A link-following crawl from ``/`` meets 53 HTML pages (24 discussions, 3 reply pages of #37,
  11 URL variants, 9 tag pages, 2 fof pages, 4 listings/searches); the budget is 63.

Traps
-----
1. Content only inside ``<noscript id="flarum-content">``; the visible ``#content`` is empty and
   the same HTML sits again, escaped, in the JSON payload. Gold: the text of the noscript
   block; a crawler that drops noscript finds no article.
2. Replies under the first post, in the same ``<article>``/``Post-body`` markup (one quotes the
   sapo, one carries its own photo, teachers' answers read like notices). Gold: body, images
   and bylines come from the first post only.
3. No date on the page but machine data in UTC: ``article:published_time``, JSON-LD
   ``datePublished`` and the payload's ``createdAt`` print ``+00:00``; #23 was posted at 06:50
   on 28/10 local = 23:50 on 27/10 UTC. ``dateModified``/``article:updated_time``
   (``lastPostedAt``, the last *reply*) and ``editedAt`` are not publication dates; the header
   prints today. Gold: ``createdAt`` in +07:00 with its time.
4. Official notice #41 (letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" + signer table)
   posted at 00:20 on 01/12 local (30/11 17:20 UTC). Gold: the letterhead's day
   "2026-11-30", the signer Nguyễn Văn Thắng as author, letterhead/kind/closing not body.
5. One article many URLs: ``/d/<id>``, the old slug of a retitled discussion
   (``/d/23-ket-qua-cuoc-thi-khkt-cap-tinh`` linked from #28), "near post" links from mentions
   (``/d/37-…/4``), a ``?fbclid=`` link in the scrolling notice whose page prints a
   canonical that keeps the ``fbclid`` (Flarum keeps foreign query parameters). Gold: alt_paths;
   canonical_path is the clean current slug.
6. Pages of replies: ``/d/37-…?page=2`` and the mention ``/d/37-…/22`` show posts 21–24 under
   the same ``<h1>`` and — for the near link — a canonical pointing to page 1. Gold: neither is
   an article nor an alt path of #37.
7. Discovery: 20 a page fixed by Flarum, sort by last reply, a hidden tag, an unlinked tag
   (see above); the footer "Xem nhiều" list and the notice ticker are chrome.
8. Account names are not authors: the ``<h3>`` poster ("bantruyenthong", "vanphong.nct") and
   JSON-LD ``author`` are CMS accounts. Bylines are typed in the post: right-aligned unit
   ("Tổ Văn phòng", "BCH Đoàn trường", "Tổ Lý – Hóa – Công nghệ"), "Tin, ảnh: X", "Tin: X - Ảnh: Y",
   a top line "ThS. X - Tổ trưởng …", "Bài: X (Cán bộ thư viện)". Gold: names as printed without
   degree or post.
9. Captions typed by hand: ``<em>`` after a ``<br>`` in the image's own ``<p>``, or an
   ``<em>(…)</em>`` paragraph after it (parentheses off), "Ảnh: Lê Minh Đức" / "(Ảnh: NVCC)"
   credit-only lines (caption None); the ``alt`` is the upload's file name, never a caption.
   Twemoji ``<img class="emoji">`` are no photos, and an emoji drawn at the start of a line
   ("👉", "🏆") is a bullet, no text; the 🏅 in #14's title is kept.
10. ``<br>`` splits: Flarum turns single newlines into ``<br>``, so list-like lines, the
    "Tài liệu tham khảo" entries and emoji bullets share one ``<p>``. Gold: one paragraph each.
11. Decomposed Vietnamese: #29 (title and text) was typed with Unikey's "Unicode tổ hợp" (NFD).
    Gold: NFC.
12. Not body in the first post: "Xem thêm: <link>", fof/upload attachment button groups,
    "Link bài gốc: <url>", "Nguồn: X" (-> source), byline lines.
13. Document entries (Văn bản tag: công văn, quyết định, kế hoạch with a PDF) are discussions
    like any other, in the same listings; so are the album, the video and the timetable. Gold:
    not articles.

Gold decisions on ambiguous points
----------------------------------
- The article is the discussion's first post; ``title`` is the discussion title (``<h1>``).
- ``category`` is the discussion's primary tag as its tag page and menu print it; secondary
  tags ("Khối 12") are not the section.
- ``published_at`` is the first post's ``createdAt`` converted to Asia/Ho_Chi_Minh, with time;
  for the official notice #41 it is the letterhead's day.
- The poster account (``<h3>``) is never an author, even for a unit-like account ("doantruong").
- "BCH Đoàn trường" signing alone right-aligned is a unit signing: author as printed.
- "(Ảnh: NVCC)" ("nhân vật cung cấp") credits no person: caption None, no photographer.
- "Link bài gốc: <url>" under a reprint is a source line, not body; the source is the "Nguồn:" line.
- The bold lead paragraph (``<p><strong>…</strong></p>``) is the sapo (#31, #32, #23, #43);
  elsewhere summary is null (meta/og description is the SEO extension's excerpt).
- The rules post (#1, sticky, locked), the album (#20), the video (#34), the timetable (#46) and
  the document entries (#38, #44, and #17, #22, #25, #35, #40, left out of NON_ARTICLES to keep
  it at 8) are not articles.
- Markdown ordered lists print their numbers through CSS: list item text has no "1.".
"""

from __future__ import annotations

import html as _h
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta, timezone
from urllib.parse import parse_qsl, unquote, urlencode

from crawler.demo.server import Request, Response, html
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

NAME = "flarum_thpt"
PLATFORM = (
    "Flarum 1.8 (flarum/tags, sticky, mentions, emoji; fof/upload, fof/pages, fof/formatting; "
    "SEO extension) as a school news board"
)
START_PATH = "/"

FORUM = "Bảng tin THPT Nguyễn Chí Thanh"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
VN = timezone(timedelta(hours=7))
PER_PAGE = 20
ASSET_V = "5e0c2a9d"

# --- accounts and tags -------------------------------------------------------------------------

USERS = {
    "admin": 1,
    "vanphong.nct": 2,
    "bantruyenthong": 3,
    "doantruong": 4,
    "to.nguvan": 5,
    "hs_12a1.minhanh": 18,
    "ph.tranvanson": 23,
    "hs_10a5.khanhvy": 31,
    "hs_11a3.phuc": 34,
    "gv.ngocanh": 9,
    "hs_12a4.ducanh": 40,
    "hs_11a1.thuytien": 42,
    "gv.lichsu.hoa": 11,
    "hs_10a2.baongoc": 47,
    "gv.tienganh.lan": 12,
    "ph.lethihue": 52,
    "ph.nguyenthihoa": 55,
    "cuuhs.k2010.tuan": 61,
    "gv.toan.hieu": 8,
    "hs_11a2.khanhlinh": 44,
    "gv.vatli.khanh": 14,
    "hs_12a3.quocviet": 39,
}


@dataclass(frozen=True)
class Tag:
    id: int
    slug: str
    name: str
    description: str
    hidden: bool = False
    primary: bool = True


TAGS = {
    t.slug: t
    for t in [
        Tag(1, "thong-bao", "Thông báo", "Thông báo của nhà trường tới học sinh, cha mẹ học sinh"),
        Tag(2, "tin-tuc-su-kien", "Tin tức – Sự kiện", "Hoạt động, sự kiện của nhà trường"),
        Tag(3, "doan-hoi", "Đoàn – Hội", "Hoạt động Đoàn TNCS Hồ Chí Minh, Hội LHTN", hidden=True),
        Tag(4, "chuyen-mon", "Chuyên môn", "Hoạt động chuyên môn, đổi mới phương pháp dạy học"),
        Tag(5, "tuyen-sinh-huong-nghiep", "Tuyển sinh – Hướng nghiệp", "Tư vấn tuyển sinh, hướng nghiệp"),
        Tag(6, "guong-mat-tieu-bieu", "Gương mặt tiêu biểu", "Thầy cô, học sinh tiêu biểu"),
        Tag(7, "van-ban", "Văn bản", "Công văn, quyết định, kế hoạch"),
        Tag(8, "album-anh", "Album ảnh", "Thư viện ảnh hoạt động"),
        Tag(9, "video", "Video", "Video clip hoạt động nhà trường"),
        Tag(10, "lich-tkb", "Lịch – TKB", "Lịch công tác, thời khóa biểu"),
        Tag(11, "huong-dan", "Hướng dẫn", "Nội quy, hướng dẫn sử dụng bảng tin"),
        Tag(12, "khoi-12", "Khối 12", "", primary=False),
    ]
}


def slugify(title: str) -> str:
    """Flarum's default slug driver (Laravel ``Str::slug``): ASCII, lower case, dashes."""
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFC", title).replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("–", "-")
    s = re.sub(r"[^-a-z0-9\s]+", "", s)
    return re.sub(r"[-\s]+", "-", s).strip("-")


# --- data model of the forum ---------------------------------------------------------------------


@dataclass
class Reply:
    user: str
    at: str  # UTC, "2026-11-24T03:10:00"
    body: str  # HTML; {base}, {self} and {m<n>} (a mention of post n) are filled in


@dataclass
class Disc:
    id: int
    title: str
    tag: str
    user: str
    created: str  # UTC "2026-11-24T01:15:00"
    story: Story | None = None
    first_html: str = ""  # for non-articles: the first post's HTML ({base} filled in)
    replies: list[Reply] = field(default_factory=list)
    extra_tags: tuple[str, ...] = ()
    sticky: bool = False
    locked: bool = False
    old_slugs: tuple[str, ...] = ()
    edited: str | None = None
    nfd: bool = False

    @property
    def slug(self) -> str:
        return f"{self.id}-{slugify(self.title)}"

    @property
    def path(self) -> str:
        return f"/d/{self.slug}"

    @property
    def last_posted(self) -> str:
        return self.replies[-1].at if self.replies else self.created

    @property
    def comment_count(self) -> int:
        return 1 + len(self.replies)


def _utc(stamp: str) -> str:
    return stamp + "+00:00"


# --- the first posts of the articles -------------------------------------------------------------

UP = "/assets/files"


def _a1() -> Story:
    return Story(
        37,
        "",
        "Thông báo lịch kiểm tra cuối kỳ I năm học 2026 – 2027",
        "thong-bao",
        "2026-11-24T08:15:00+07:00",
        [
            P("Nhà trường thông báo lịch kiểm tra cuối kỳ I năm học 2026 – 2027 đối với học sinh các "
              "khối 10, 11, 12 như sau:"),
            P("1. Thời gian kiểm tra", "h3"),
            P("Từ ngày 21/12/2026 đến ngày 25/12/2026 (theo lịch chi tiết dưới đây). Học sinh có mặt "
              "tại phòng kiểm tra trước giờ làm bài 15 phút."),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("Thứ Hai, 21/12 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("Thứ Ba, 22/12 | Sáng | Toán | 90 phút", "tr"),
            P("Thứ Tư, 23/12 | Sáng | Tiếng Anh; Lịch sử | 60 phút; 45 phút", "tr"),
            P("Thứ Năm, 24/12 | Sáng | Các môn lựa chọn (đợt 1) | 45 phút", "tr"),
            P("Thứ Sáu, 25/12 | Sáng | Các môn lựa chọn (đợt 2) | 45 phút", "tr"),
            P("2. Hình thức kiểm tra", "h3"),
            P("Môn Ngữ văn kiểm tra theo hình thức tự luận; môn Toán và Tiếng Anh kết hợp trắc nghiệm và "
              "tự luận theo định dạng mới của Bộ GD&ĐT; các môn còn lại do tổ chuyên môn xây dựng đề "
              "theo ma trận đã thống nhất."),
            P("3. Lưu ý đối với học sinh", "h3"),
            P("Mang theo thẻ học sinh, bút, thước kẻ, máy tính cầm tay không có chức năng soạn thảo văn bản.", "li"),
            P("Không mang điện thoại di động, tài liệu vào phòng kiểm tra.", "li"),
            P("Học sinh vắng kiểm tra có lý do chính đáng được bố trí kiểm tra bù vào ngày 28/12/2026.", "li"),
            P("Đề nghị giáo viên chủ nhiệm phổ biến thông báo này đến toàn thể học sinh và cha mẹ học "
              "sinh của lớp."),
            Raw('<div style="text-align:right"><strong>Tổ Văn phòng</strong></div>'),
        ],
        authors=["Tổ Văn phòng"],
    )


def _a2() -> Story:
    letterhead = (
        "<table>\n<thead><tr>\n<th><strong>SỞ GD&amp;ĐT QUẢNG TRỊ</strong><br>\n"
        "<strong>TRƯỜNG THPT NGUYỄN CHÍ THANH</strong></th>\n"
        "<th><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>\n"
        "<strong>Độc lập - Tự do - Hạnh phúc</strong></th>\n</tr></thead>\n"
        "<tbody><tr>\n<td>Số: 168/TB-THPTNCT</td>\n"
        "<td><em>Ba Đồn, ngày 30 tháng 11 năm 2026</em></td>\n</tr></tbody>\n</table>\n\n"
        '<div style="text-align:center"><strong>THÔNG BÁO</strong><br>\n'
        "<strong>Về việc cho học sinh nghỉ học để phòng, chống bão số 15</strong></div>"
    )
    closing = (
        "<table>\n<thead><tr>\n<th><em><strong>Nơi nhận:</strong></em></th>\n"
        "<th><strong>KT. HIỆU TRƯỞNG</strong></th>\n</tr></thead>\n"
        "<tbody><tr>\n<td>- Sở GD&amp;ĐT (b/c);<br>\n- CB, GV, NV, HS;<br>\n- Lưu: VT.</td>\n"
        "<td><strong>PHÓ HIỆU TRƯỞNG</strong><br>\n<br>\n<em>(Đã ký)</em><br>\n<br>\n"
        "<strong>Nguyễn Văn Thắng</strong></td>\n</tr></tbody>\n</table>"
    )
    return Story(
        41,
        "",
        "Thông báo cho học sinh nghỉ học để phòng, chống bão số 15",
        "thong-bao",
        "2026-11-30",
        [
            Raw(letterhead),
            P("Thực hiện Công văn số 1655/SGDĐT-VP ngày 28/11/2026 của Sở Giáo dục và Đào tạo về việc "
              "chủ động ứng phó với bão số 15; căn cứ tình hình diễn biến của bão và mưa lớn trên địa "
              "bàn, Trường THPT Nguyễn Chí Thanh thông báo:"),
            P("Toàn thể học sinh nhà trường nghỉ học ngày 01/12/2026 (thứ Ba) và ngày 02/12/2026 (thứ "
              "Tư). Thời gian đi học trở lại sẽ thông báo sau.", "ol"),
            P("Giáo viên chủ nhiệm thông báo kịp thời đến học sinh và cha mẹ học sinh qua nhóm Zalo lớp, "
              "nhắc nhở học sinh không đi qua các ngầm, tràn, khu vực có nguy cơ sạt lở.", "ol"),
            P("Giáo viên bộ môn giao nhiệm vụ học tập qua hệ thống LMS của trường; không tổ chức dạy học "
              "trực tuyến bắt buộc trong thời gian nghỉ bão.", "ol"),
            P("Cán bộ, giáo viên, nhân viên trực theo lịch phân công của Ban Giám hiệu; tổ bảo vệ kiểm "
              "tra, chằng chống phòng học, di chuyển thiết bị lên tầng 2.", "ol"),
            P("Nhận được thông báo này, đề nghị các bộ phận, cá nhân nghiêm túc thực hiện./."),
            Raw(closing),
        ],
        authors=["Nguyễn Văn Thắng"],
    )


def _a3() -> Story:
    sapo = ("Chiều 16/11/2026, Công đoàn Trường THPT Nguyễn Chí Thanh tổ chức Hội thao giáo viên năm "
            "2026 với sự tham gia của hơn 70 cán bộ, giáo viên, nhân viên đến từ 8 tổ chuyên môn.")
    return Story(
        31,
        "",
        "Sôi nổi Hội thao giáo viên chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-tuc-su-kien",
        "2026-11-16T16:40:00+07:00",
        [
            P(sapo, "b"),
            Img(f"{UP}/2026-11-16/1763285912-208311-hoi-thao-gv-01.jpg",
                "Thầy Hiệu trưởng Lê Quang Vinh phát biểu khai mạc Hội thao",
                "Thầy Hiệu trưởng Lê Quang Vinh phát biểu khai mạc Hội thao", "br-em"),
            P("Hội thao gồm các nội dung: bóng chuyền hơi nam nữ phối hợp, kéo co, cờ tướng và trò chơi "
              "dân gian “nhảy bao bố”. Đây là hoạt động thường niên nhằm tạo không khí vui tươi, gắn kết "
              "giữa các tổ chuyên môn trước thềm ngày 20/11."),
            P("Phát biểu khai mạc, thầy Lê Quang Vinh, Hiệu trưởng nhà trường, mong muốn mỗi thầy cô thi "
              "đấu hết mình, đoàn kết, trung thực, đồng thời lan tỏa tinh thần rèn luyện thể dục thể thao "
              "đến học sinh."),
            Img(f"{UP}/2026-11-16/1763286120-551072-hoi-thao-gv-02.jpg",
                "Trận chung kết bóng chuyền hơi giữa tổ Toán – Tin và tổ Ngữ văn",
                "Trận chung kết bóng chuyền hơi giữa tổ Toán – Tin và tổ Ngữ văn", "br-em"),
            P("Sau một buổi chiều tranh tài sôi nổi, Ban Tổ chức đã trao giải cho các đội xuất sắc:"),
            P("Giải Nhất toàn đoàn: tổ Toán – Tin;", "li"),
            P("Giải Nhì: tổ Ngữ văn;", "li"),
            P("Giải Ba: tổ Lý – Hóa – Công nghệ và tổ Ngoại ngữ.", "li"),
            Img(f"{UP}/2026-11-16/1763287004-120559-img-20261116-165530.jpg", None, None, "solo"),
            Raw('<div style="text-align:right"><strong>Tin, ảnh: Hoàng Thị Mỹ Linh</strong></div>'),
        ],
        authors=["Hoàng Thị Mỹ Linh"],
        photographers=["Hoàng Thị Mỹ Linh"],
        summary=sapo,
    )


def _a4() -> Story:
    sapo = ("Sáng 20/11/2026, Trường THPT Nguyễn Chí Thanh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam. Đến dự có đại diện lãnh đạo Đảng ủy, UBND phường Ba Đồn, Ban đại diện "
            "cha mẹ học sinh cùng đông đảo thế hệ thầy cô giáo đã nghỉ hưu.")
    return Story(
        32,
        "",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        "tin-tuc-su-kien",
        "2026-11-20T11:05:00+07:00",
        [
            P(sapo, "b"),
            P("Mở đầu buổi lễ là chương trình văn nghệ đặc sắc do Đoàn trường dàn dựng với các tiết mục "
              "hát, múa ca ngợi tình thầy trò và mái trường."),
            Img(f"{UP}/2026-11-20/1763611203-730114-ky-niem-2011-01.jpg",
                "Tiết mục múa “Bụi phấn” của tập thể lớp 11A1",
                "Tiết mục múa “Bụi phấn” của tập thể lớp 11A1", "br-em"),
            P("Trong diễn văn kỷ niệm, thầy Hiệu trưởng Lê Quang Vinh điểm lại chặng đường phát triển "
              "của nhà trường; ghi nhận những đóng góp của đội ngũ giáo viên trong năm học 2025 – 2026 "
              "với 28 giải học sinh giỏi cấp tỉnh, tỷ lệ tốt nghiệp THPT đạt 99,6%."),
            P("Tại buổi lễ, nhà trường đã:"),
            P("Trao Giấy khen cho 12 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở;", "emo-br:👉"),
            P("Trao học bổng “Tiếp sức đến trường” cho 20 học sinh có hoàn cảnh khó khăn, mỗi suất "
              "1.000.000 đồng;", "emo-br:👉"),
            P("Tuyên dương 35 học sinh đạt thành tích cao trong đợt thi đua chào mừng ngày 20/11.", "emo-br:👉"),
            Img(f"{UP}/2026-11-20/1763611877-091652-ky-niem-2011-02.jpg", "Ảnh: Lê Minh Đức", None, "br-em"),
            P("Thay mặt học sinh toàn trường, em Nguyễn Hà My, lớp 12A1, bày tỏ lòng biết ơn sâu sắc đến "
              "các thầy cô và hứa sẽ nỗ lực học tập, rèn luyện xứng đáng với truyền thống của trường."),
            Raw("<p><em>Tin: Trần Quốc Bảo - Ảnh: Lê Minh Đức</em></p>"),
        ],
        authors=["Trần Quốc Bảo"],
        photographers=["Lê Minh Đức"],
        summary=sapo,
    )


def _a5() -> Story:
    sapo = ("Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh năm học 2026 – 2027 "
            "vừa kết thúc, 3 dự án của học sinh nhà trường đã xuất sắc giành 1 giải Nhì và 2 giải Ba.")
    return Story(
        23,
        "",
        "Học sinh Trường THPT Nguyễn Chí Thanh đạt 3 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh "
        "năm học 2026 – 2027",
        "tin-tuc-su-kien",
        "2026-10-28T06:50:00+07:00",
        [
            P(sapo, "b"),
            P("Cuộc thi do Sở Giáo dục và Đào tạo tổ chức từ ngày 24 đến 26/10/2026, thu hút 86 dự án "
              "của 41 trường THPT, THCS trong tỉnh tham gia tranh tài ở 14 lĩnh vực."),
            P("Các dự án đạt giải", "h3"),
            P("Tên dự án | Học sinh thực hiện | Lĩnh vực | Giải", "th"),
            P("Thiết bị cảnh báo ngập lụt sớm sử dụng cảm biến siêu âm và IoT | Trần Gia Bảo, Lê Thảo "
              "Nguyên (12A1) | Hệ thống nhúng | Nhì", "tr"),
            P("Chế phẩm sinh học từ vỏ chuối xử lý nước thải ao nuôi tôm | Phan Khánh Linh (11A2) | "
              "Hóa sinh | Ba", "tr"),
            P("Ứng dụng hỗ trợ học sinh ôn tập từ vựng tiếng Anh bằng trí tuệ nhân tạo | Nguyễn Đức "
              "Minh, Hồ Anh Thư (11A1) | Phần mềm hệ thống | Ba", "tr"),
            Img(f"{UP}/2026-10-28/1761609310-440187-khkt-2026.jpg",
                "(Nhóm tác giả dự án thiết bị cảnh báo ngập lụt nhận giải Nhì)",
                "Nhóm tác giả dự án thiết bị cảnh báo ngập lụt nhận giải Nhì", "p-em"),
            P("Dự án đạt giải Nhì sẽ được Sở GD&ĐT lựa chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc "
              "gia năm 2027. Đây là năm thứ tư liên tiếp nhà trường có dự án đạt giải tại cuộc thi cấp tỉnh."),
            Raw('<div style="text-align:right"><em>Tổ Lý – Hóa – Công nghệ</em></div>'),
        ],
        authors=["Tổ Lý – Hóa – Công nghệ"],
        summary=sapo,
    )


def _a6() -> Story:
    return Story(
        26,
        "",
        "Chương trình “Áo ấm cho em” năm 2026: trao 150 áo ấm cho học sinh vùng cao",
        "doan-hoi",
        "2026-11-08T19:30:00+07:00",
        [
            P("Hưởng ứng chương trình “Áo ấm cho em” do Tỉnh đoàn phát động, từ ngày 20/10 đến "
              "05/11/2026, Ban Chấp hành Đoàn trường đã vận động đoàn viên, học sinh quyên góp được 150 "
              "áo ấm, 80 bộ sách giáo khoa và hơn 12 triệu đồng tiền mặt."),
            P("Sáng 08/11/2026, đoàn công tác gồm 25 đoàn viên tiêu biểu do thầy Bí thư Đoàn trường Phạm "
              "Văn Hiếu dẫn đầu đã trao tặng toàn bộ số quà cho học sinh Trường PTDTBT Tiểu học và THCS "
              "Trọng Hóa."),
            Img(f"{UP}/2026-11-08/1762605501-662130-ao-am-01.jpg", None, None, "lnk"),
            P("Bên cạnh việc trao quà, các đoàn viên còn tổ chức sinh hoạt tập thể, hướng dẫn các em kỹ "
              "năng rửa tay, đánh răng đúng cách và tặng 200 phần bánh kẹo."),
            P("Chương trình là dịp để đoàn viên, thanh niên nhà trường thực hành lối sống sẻ chia, lan "
              "tỏa tinh thần “Tuổi trẻ sống đẹp – sống có ích”."),
            Raw('<div style="text-align:right"><strong>BCH Đoàn trường</strong></div>'),
        ],
        authors=["BCH Đoàn trường"],
    )


def _a7() -> Story:
    return Story(
        29,
        "",
        "Hội thi “Rung chuông vàng” chủ đề “Thanh niên với pháp luật”",
        "doan-hoi",
        "2026-11-12T20:15:00+07:00",
        [
            P("Nhằm tuyên truyền, phổ biến giáo dục pháp luật cho đoàn viên, học sinh, chiều 12/11/2026, "
              "Đoàn trường THPT Nguyễn Chí Thanh tổ chức Hội thi “Rung chuông vàng” với chủ đề “Thanh niên "
              "với pháp luật”."),
            P("Tham gia hội thi có 100 thí sinh đến từ 30 chi đoàn. Các câu hỏi xoay quanh Luật Giao "
              "thông đường bộ, Luật An ninh mạng, Luật Phòng, chống ma túy và các quy định về phòng, chống "
              "bạo lực học đường."),
            P("Kết quả chung cuộc:"),
            P("Em Lê Hoàng Phúc (lớp 11A3) xuất sắc “rung chuông vàng” ở câu hỏi số 25;", "emo-br:🏆"),
            P("Giải Nhì thuộc về em Trần Bảo Ngọc (lớp 10A1);", "emo-br:🥈"),
            P("Chi đoàn 11A3 nhận giải Cổ động viên ấn tượng.", "emo-br:🎉"),
            Img(f"{UP}/2026-11-12/1762953640-319920-rcv-2026.jpg",
                "Các thí sinh tham gia Hội thi tại sân trường",
                "Các thí sinh tham gia Hội thi tại sân trường", "br-em"),
            P("Hội thi đã tạo sân chơi bổ ích, giúp học sinh nâng cao ý thức chấp hành pháp luật, xây "
              "dựng môi trường học đường an toàn, thân thiện."),
            Raw("<p>Nguồn: Đoàn trường THPT Nguyễn Chí Thanh</p>"),
        ],
        source="Đoàn trường THPT Nguyễn Chí Thanh",
    )


def _a8() -> Story:
    return Story(
        19,
        "",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học: Dạy học đọc hiểu văn bản nghị luận lớp 11",
        "chuyen-mon",
        "2026-10-15T15:10:00+07:00",
        [
            Raw("<p><strong>ThS. Phạm Thị Hồng Nhung</strong> - <em>Tổ trưởng tổ Ngữ văn</em></p>"),
            P("1. Đặt vấn đề", "h3"),
            P("Chương trình giáo dục phổ thông 2018 yêu cầu dạy học đọc hiểu theo đặc trưng thể loại, "
              "giúp học sinh hình thành kỹ năng đọc các kiểu văn bản khác nhau.[1] Với văn bản nghị luận, "
              "học sinh thường lúng túng khi xác định luận đề, luận điểm và mối quan hệ giữa lí lẽ với "
              "bằng chứng."),
            P("2. Tiến trình sinh hoạt chuyên môn", "h3"),
            P("Tổ Ngữ văn đã thống nhất chọn bài “Cầu hiền chiếu” (Ngô Thì Nhậm) để thiết kế và dạy minh "
              "họa tại lớp 11A4. Giáo viên dạy minh họa là cô Nguyễn Thị Kim Oanh."),
            P("Sau tiết dạy, các thành viên trong tổ tập trung phân tích hoạt động học của học sinh thay "
              "vì nhận xét, xếp loại giờ dạy của giáo viên, đúng tinh thần nghiên cứu bài học.[2]"),
            P("“Điều quan trọng nhất là chúng ta nhìn thấy học sinh học như thế nào, em nào chưa học được "
              "và vì sao.”", "q"),
            P("3. Kết luận", "h3"),
            P("Buổi sinh hoạt chuyên môn giúp giáo viên trong tổ thống nhất quy trình dạy đọc hiểu văn bản "
              "nghị luận gồm bốn bước: khởi động, hình thành kiến thức về thể loại, đọc hiểu văn bản, vận "
              "dụng vào văn bản ngoài sách giáo khoa."),
            P("Tài liệu tham khảo", "h4"),
            P("[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành "
              "kèm theo Thông tư số 32/2018/TT-BGDĐT."),
            P("[2] Nguyễn Thị Thu Hương (2021), Nghiên cứu bài học – lí luận và thực tiễn, NXB Đại học Sư "
              "phạm.", "br"),
        ],
        authors=["Phạm Thị Hồng Nhung"],
    )


def _a9() -> Story:
    return Story(
        28,
        "",
        "Hội giảng chào mừng 20/11: tiết dạy STEM “Chế tạo đèn ngủ từ vật liệu tái chế”",
        "chuyen-mon",
        "2026-11-10T10:20:00+07:00",
        [
            P("Trong khuôn khổ Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11, sáng 10/11/2026, thầy Võ "
              "Đình Khánh, giáo viên Vật lí, đã thực hiện tiết dạy theo định hướng giáo dục STEM tại lớp "
              "11A2."),
            P("Tiết dạy tiếp nối thành công của các dự án KHKT mà nhà trường đã đạt được, như đã đưa tin.",
              "m:khkt"),
            P("Học sinh được chia thành 6 nhóm, mỗi nhóm sử dụng chai nhựa, ống hút, bìa các-tông và mạch "
              "đèn LED để thiết kế một chiếc đèn ngủ hoàn chỉnh trong 45 phút."),
            Img(f"{UP}/2026-11-10/1762744811-905223-stem-den-ngu-01.jpg",
                "(Học sinh lớp 11A2 giới thiệu sản phẩm đèn ngủ của nhóm)",
                "Học sinh lớp 11A2 giới thiệu sản phẩm đèn ngủ của nhóm", "p-em"),
            Img(f"{UP}/2026-11-10/1762744902-311845-stem-den-ngu-02.jpg",
                "(Thầy Võ Đình Khánh hướng dẫn nhóm 3 đấu nối mạch điện)",
                "Thầy Võ Đình Khánh hướng dẫn nhóm 3 đấu nối mạch điện", "p-em"),
            P("Ban giám khảo đánh giá cao tiết dạy ở khả năng tích hợp kiến thức Vật lí, Công nghệ và Mĩ "
              "thuật, đồng thời phát huy tính chủ động, sáng tạo của học sinh. Tiết dạy được xếp loại Giỏi."),
            Raw('<p>Xem thêm: <a href="{base}/d/31-soi-noi-hoi-thao-giao-vien-chao-mung-ky-niem-44-nam-'
                'ngay-nha-giao-viet-nam" rel="ugc nofollow">Sôi nổi Hội thao giáo viên chào mừng kỷ niệm '
                '44 năm Ngày Nhà giáo Việt Nam</a></p>'),
            Raw('<div style="text-align:right"><strong>Nguyễn Thị Thu Trang</strong></div>'),
        ],
        authors=["Nguyễn Thị Thu Trang"],
        opts={"m": {"khkt": (
            "<p>Tiết dạy tiếp nối thành công của các dự án KHKT mà nhà trường đã đạt được, như "
            '<a href="{base}/d/23-ket-qua-cuoc-thi-khkt-cap-tinh" rel="ugc nofollow">đã đưa tin</a>.</p>'
        )}},
    )


def _a10() -> Story:
    sapo = ("Ngày 28/11/2026, Trường THPT Nguyễn Chí Thanh phối hợp với Trường Đại học Quảng Bình và "
            "Trường Cao đẳng Kỹ thuật công nghiệp Quảng Trị tổ chức chương trình tư vấn tuyển sinh, hướng "
            "nghiệp năm 2027 cho hơn 400 học sinh khối 12.")
    return Story(
        43,
        "",
        "Tư vấn tuyển sinh, hướng nghiệp năm 2027 cho hơn 400 học sinh khối 12",
        "tuyen-sinh-huong-nghiep",
        "2026-12-02T09:40:00+07:00",
        [
            P(sapo, "b"),
            P("Tại chương trình, các chuyên gia đã cung cấp thông tin về phương thức tuyển sinh đại học "
              "năm 2027, những điểm mới trong quy chế tuyển sinh, cách sử dụng kết quả thi tốt nghiệp THPT "
              "và kết quả học tập THPT trong xét tuyển."),
            P("Nhiều câu hỏi của học sinh xoay quanh việc chọn ngành phù hợp với năng lực, nhu cầu nhân "
              "lực của tỉnh trong các lĩnh vực năng lượng tái tạo, logistics, du lịch và công nghệ thông tin."),
            P("“Các em đừng chọn ngành theo phong trào, hãy tìm hiểu kĩ bản thân và cơ hội việc làm sau "
              "khi ra trường”, TS. Hoàng Văn Tâm, Trưởng phòng Đào tạo Trường Đại học Quảng Bình chia sẻ.", "q"),
            Img(f"{UP}/2026-12-02/1764643180-257731-tu-van-tuyen-sinh.jpg",
                "Học sinh khối 12 đặt câu hỏi cho các chuyên gia tư vấn",
                "Học sinh khối 12 đặt câu hỏi cho các chuyên gia tư vấn", "br-em"),
            P("Dịp này, nhà trường cũng phát hành cuốn cẩm nang “Chọn nghề – chọn tương lai” gồm thông tin "
              "về 60 ngành đào tạo của các trường đại học, cao đẳng trong khu vực."),
            Raw('<div style="text-align:right"><strong>Minh Châu</strong></div>'),
            Raw("<p><em>Nguồn: Báo Quảng Trị điện tử</em></p>"),
            Raw('<p>Link bài gốc: <a href="https://baoquangtri.vn/giao-duc/tu-van-tuyen-sinh-huong-nghiep-'
                'nam-2027-cho-hon-400-hoc-sinh-khoi-12-198754.htm" rel="ugc nofollow">https://baoquangtri.vn/'
                'giao-duc/tu-van-tuyen-sinh-huong-nghiep-nam-2027-cho-hon-400-hoc-sinh-khoi-12-198754.htm</a></p>'),
        ],
        authors=["Minh Châu"],
        source="Báo Quảng Trị điện tử",
        summary=sapo,
    )


def _a11() -> Story:
    return Story(
        14,
        "",
        "🏅 Nữ sinh Võ Thị Thanh Hằng đạt giải Nhì Cuộc thi “Đại sứ Văn hóa đọc” cấp tỉnh năm 2026",
        "guong-mat-tieu-bieu",
        "2026-10-05T09:20:00+07:00",
        [
            P("Với bài dự thi giới thiệu cuốn sách “Nhà giả kim” của Paulo Coelho bằng hình thức video kết "
              "hợp thuyết trình, em Võ Thị Thanh Hằng, học sinh lớp 11A4, đã xuất sắc đạt giải Nhì Cuộc thi "
              "“Đại sứ Văn hóa đọc” cấp tỉnh năm 2026."),
            Img(f"{UP}/2026-10-05/1759630805-118204-thanh-hang.jpg", "(Ảnh: NVCC)", None, "br-em"),
            P("Hằng chia sẻ, em yêu sách từ nhỏ nhờ tủ sách của bà ngoại. Mỗi tháng, em dành khoảng "
              "300.000 đồng tiền tiết kiệm để mua sách và duy trì thói quen đọc ít nhất 30 phút trước khi "
              "đi ngủ."),
            P("Cô Nguyễn Thị Kim Oanh, giáo viên chủ nhiệm lớp 11A4, cho biết Hằng là học sinh chăm chỉ, "
              "tích cực trong các hoạt động của câu lạc bộ Văn học và thư viện nhà trường."),
            P("Thành tích của Hằng góp phần lan tỏa phong trào đọc sách trong học sinh, hưởng ứng Ngày Sách "
              "và Văn hóa đọc Việt Nam."),
            Raw("<p>Bài: <strong>Lê Thị Phương Thảo</strong> (Cán bộ thư viện)</p>"),
        ],
        authors=["Lê Thị Phương Thảo"],
    )


def _a12() -> Story:
    return Story(
        16,
        "",
        "Thầy Đặng Văn Lực – người “giữ lửa” phong trào bóng đá học đường",
        "guong-mat-tieu-bieu",
        "2026-10-09T16:45:00+07:00",
        [
            P("Hơn 15 năm gắn bó với Trường THPT Nguyễn Chí Thanh, thầy Đặng Văn Lực, giáo viên Giáo dục "
              "thể chất, đã cùng học trò giành nhiều giải thưởng ở các giải bóng đá học sinh cấp tỉnh."),
            P("Mỗi buổi chiều, sân bóng của trường luôn rộn ràng tiếng cười của các cầu thủ nhí. Thầy Lực "
              "tự bỏ tiền mua bóng, lưới và duy trì đội bóng nam, nữ của trường suốt nhiều năm."),
            P("“Bóng đá không chỉ giúp các em khỏe mạnh mà còn dạy các em tinh thần đồng đội, biết thắng "
              "không kiêu, bại không nản”, thầy Lực tâm sự.", "q"),
            Img(f"{UP}/2026-10-09/1759999312-660873-thay-luc.jpg",
                "Thầy Đặng Văn Lực (bìa phải) cùng đội bóng nữ của trường",
                "Thầy Đặng Văn Lực (bìa phải) cùng đội bóng nữ của trường", "br-em"),
            P("Năm 2026, đội bóng đá nữ của trường giành chức vô địch Giải bóng đá học sinh THPT tỉnh Quảng "
              "Trị, một thành tích chưa từng có trong lịch sử nhà trường."),
            Raw('<div style="text-align:right"><strong>Hồ Quỳnh Anh</strong></div>'),
        ],
        authors=["Hồ Quỳnh Anh"],
    )


def _a13() -> Story:
    attachment = (
        '<div class="ButtonGroup" data-fof-upload-download-uuid="8c41e0f2-6a3b-4d7e-9f15-2b7c90d1e4a6">'
        '<div class="Button hasIcon Button--icon Button--primary"><i class="icon fas fa-download"></i>'
        '</div><div class="Button"><span>ke-hoach-ngoai-khoa-22-12.pdf</span></div>'
        '<div class="Button"><span>184kB</span></div></div>'
    )
    return Story(
        47,
        "",
        "Kế hoạch tổ chức hoạt động ngoại khóa “Tự hào truyền thống Quân đội nhân dân Việt Nam” "
        "(22/12/1944 – 22/12/2026)",
        "thong-bao",
        "2026-12-04T15:30:00+07:00",
        [
            P("Nhằm giáo dục truyền thống yêu nước, lòng biết ơn đối với các thế hệ cha anh, nhà trường "
              "xây dựng kế hoạch tổ chức hoạt động ngoại khóa chào mừng 82 năm Ngày thành lập Quân đội nhân "
              "dân Việt Nam và 37 năm Ngày hội Quốc phòng toàn dân như sau:"),
            P("I. Thời gian, địa điểm", "h3"),
            P("Thời gian: 7h30, thứ Bảy ngày 19/12/2026.", "li"),
            P("Địa điểm: Hội trường lớn của nhà trường.", "li"),
            P("II. Nội dung", "h3"),
            P("Nói chuyện chuyên đề về truyền thống Quân đội nhân dân Việt Nam do Ban Chỉ huy Quân sự "
              "phường Ba Đồn trình bày;", "ol"),
            P("Thi tìm hiểu “Ngày hội Quốc phòng toàn dân” theo hình thức trắc nghiệm giữa các khối lớp;", "ol"),
            P("Giao lưu văn nghệ với chủ đề “Bài ca người lính”.", "ol"),
            P("III. Tổ chức thực hiện", "h3"),
            P("Đoàn trường chủ trì xây dựng chương trình; giáo viên chủ nhiệm các lớp khối 10, 11 đăng ký "
              "danh sách học sinh tham gia về văn phòng Đoàn trước ngày 12/12/2026."),
            Raw(attachment),
            Raw('<p>Xem thêm lịch kiểm tra cuối kỳ I: <a href="{base}/d/37" rel="ugc nofollow">{base}/d/37</a></p>'),
        ],
    )


# --- rendering of a first post ------------------------------------------------------------------

_TWEMOJI = {"👉": "1f449", "🏆": "1f3c6", "🥈": "1f948", "🎉": "1f389", "👏": "1f44f", "🥰": "1f970", "😅": "1f605"}


def _emoji(ch: str) -> str:
    return (f'<img class="emoji" draggable="false" loading="lazy" alt="{ch}" '
            f'src="https://cdn.jsdelivr.net/gh/twitter/twemoji@14/assets/72x72/{_TWEMOJI[ch]}.png">')


def _img_tag(base: str, src: str) -> str:
    name = src.rsplit("/", 1)[-1].split("-", 2)[-1]
    return f'<img src="{base}{src}" alt="{esc(name)}">'


def render_story(story: Story, base: str) -> str:
    """The first post's contentHtml as Flarum's formatter prints it."""
    out: list[str] = []
    group: list[str] | None = None
    group_kind = ""

    def close() -> None:
        nonlocal group, group_kind
        if group is None:
            return
        if group_kind == "ul":
            out.append("<ul>" + "\n".join(group) + "</ul>")
        elif group_kind == "ol":
            out.append("<ol>" + "\n".join(group) + "</ol>")
        else:
            out.append("<table>\n" + "\n".join(group) + "</tbody>\n</table>")
        group, group_kind = None, ""

    def open_(kind: str) -> list[str]:
        nonlocal group, group_kind
        if group_kind != kind:
            close()
            group, group_kind = [], kind
        assert group is not None
        return group

    for block in story.blocks:
        if isinstance(block, Raw):
            close()
            out.append(block.html.replace("{base}", base))
        elif isinstance(block, Img):
            close()
            tag = _img_tag(base, block.src)
            if block.style == "br-em":
                out.append(f"<p>{tag}<br>\n<em>{text(block.printed or '')}</em></p>")
            elif block.style == "p-em":
                out.append(f"<p>{tag}</p>\n\n<p><em>{text(block.printed or '')}</em></p>")
            elif block.style == "lnk":
                out.append(f'<p><a href="{base}{block.src}" rel="ugc nofollow" target="_blank">{tag}</a></p>')
            else:
                out.append(f"<p>{tag}</p>")
        else:
            t, st = text(block.text), block.style
            if st == "li":
                open_("ul").append(f"<li>{t}</li>")
                continue
            if st == "ol":
                open_("ol").append(f"<li>{t}</li>")
                continue
            if st in ("th", "tr"):
                cells = [c.strip() for c in t.split("|")]
                if st == "th":
                    g = open_("table")
                    g.append("<thead><tr>\n" + "\n".join(f"<th>{c}</th>" for c in cells) + "\n</tr></thead>\n<tbody>")
                else:
                    open_("table").append("<tr>\n" + "\n".join(f"<td>{c}</td>" for c in cells) + "\n</tr>")
                continue
            close()
            if st == "b":
                out.append(f"<p><strong>{t}</strong></p>")
            elif st in ("h3", "h4"):
                out.append(f"<{st}>{t}</{st}>")
            elif st == "q":
                out.append(f"<blockquote>\n<p>{t}</p>\n</blockquote>")
            elif st == "br" or st.startswith("emo-br:"):
                lead = _emoji(st.split(":", 1)[1]) + " " if st.startswith("emo-br:") else ""
                assert out and out[-1].endswith("</p>"), story.title
                out[-1] = out[-1][:-4] + f"<br>\n{lead}{t}</p>"
            elif st.startswith("m:"):
                out.append(story.opts["m"][st[2:]].replace("{base}", base))
            else:
                out.append(f"<p>{t}</p>")
    close()
    return "\n\n".join(out)


# --- non-article first posts ----------------------------------------------------------------------


def _doc_post(so: str, ngay: str, coquan: str, nguoiky: str, trichyeu: str, pdf: str, kb: int) -> str:
    return (
        "<table>\n<thead><tr>\n<th>Số/Ký hiệu</th>\n<th>" + esc(so) + "</th>\n</tr></thead>\n<tbody>"
        f"<tr>\n<td>Ngày ban hành</td>\n<td>{ngay}</td>\n</tr>"
        f"<tr>\n<td>Cơ quan ban hành</td>\n<td>{esc(coquan)}</td>\n</tr>"
        f"<tr>\n<td>Người ký</td>\n<td>{esc(nguoiky)}</td>\n</tr>"
        f"<tr>\n<td>Trích yếu</td>\n<td>{esc(trichyeu)}</td>\n</tr></tbody>\n</table>\n\n"
        f'<p>Tệp đính kèm: <a href="{{base}}{UP}/van-ban/{pdf}" rel="ugc nofollow">{pdf}</a> ({kb} KB)</p>'
    )


RULES = (
    "<p><strong>Bảng tin THPT Nguyễn Chí Thanh</strong> là kênh thông tin chính thức của nhà trường tới "
    "học sinh và cha mẹ học sinh. Khi tham gia bảng tin, các thành viên cần thực hiện:</p>\n\n"
    "<ol><li>Đăng ký tài khoản bằng họ tên thật, ghi rõ lớp (học sinh) hoặc tên con, lớp (cha mẹ học sinh).</li>\n"
    "<li>Chỉ Ban Truyền thông, Văn phòng, Đoàn trường và các tổ chuyên môn được tạo chủ đề mới; thành "
    "viên trả lời, hỏi đáp dưới các chủ đề.</li>\n"
    "<li>Không đăng nội dung vi phạm pháp luật, xúc phạm cá nhân, quảng cáo.</li>\n"
    "<li>Câu hỏi về điểm số, học phí xin gửi trực tiếp giáo viên chủ nhiệm.</li></ol>\n\n"
    "<p>Tài khoản vi phạm sẽ bị khóa mà không cần báo trước.</p>\n\n"
    '<div style="text-align:right"><strong>Ban quản trị</strong></div>'
)

ALBUM = "<p>Một số hình ảnh tại Hội khỏe Phù Đổng cấp trường năm 2026 (ngày 17 – 19/10/2026).</p>\n\n" + "\n\n".join(
    f'<p><img src="{{base}}{UP}/2026-10-20/17609585{i:02d}-4410{i:02d}-hkpd-{i:02d}.jpg" alt="hkpd-{i:02d}.jpg">'
    f"<br>\n<em>{cap}</em></p>"
    for i, cap in enumerate(
        [
            "Lễ khai mạc Hội khỏe Phù Đổng",
            "Nội dung chạy 100 m nữ",
            "Chung kết bóng đá nam khối 11",
            "Kéo co khối 10",
            "Nhảy xa nam",
            "Đẩy gậy",
            "Trao giải toàn đoàn",
            "Chụp ảnh lưu niệm",
        ],
        start=1,
    )
)

VIDEO = (
    "<p>Tiết mục múa “Bụi phấn” do tập thể lớp 11A1 biểu diễn tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p>\n\n"
    '<p><span data-s9e-mediaembed="youtube" style="display:inline-block;width:100%;max-width:640px">'
    '<span style="display:block;overflow:hidden;position:relative;padding-bottom:56.25%">'
    '<iframe allowfullscreen="" loading="lazy" scrolling="no" style="background:url(https://i.ytimg.com/'
    'vi/q3R8vT2mWkE/hqdefault.jpg) 50% 50% / cover;border:0;height:100%;left:0;position:absolute;width:100%" '
    'src="https://www.youtube.com/embed/q3R8vT2mWkE"></iframe></span></span></p>\n\n'
    "<p>Quay và dựng: CLB Truyền thông học sinh.</p>"
)

TKB = (
    "<p>Nhà trường gửi thời khóa biểu học kỳ I năm học 2026 – 2027, áp dụng từ thứ Hai ngày "
    "07/12/2026.</p>\n\n"
    "<table>\n<thead><tr>\n<th>Buổi</th>\n<th>Khối</th>\n<th>Giờ vào lớp</th>\n</tr></thead>\n<tbody>"
    "<tr>\n<td>Sáng</td>\n<td>12, 11</td>\n<td>7h00</td>\n</tr>"
    "<tr>\n<td>Chiều</td>\n<td>10</td>\n<td>13h30</td>\n</tr></tbody>\n</table>\n\n"
    f'<p>Tải về: <a href="{{base}}{UP}/2026-12-03/tkb-hk1-ap-dung-07-12-2026.pdf" rel="ugc nofollow">'
    "tkb-hk1-ap-dung-07-12-2026.pdf</a></p>"
)

# --- replies -------------------------------------------------------------------------------------


def _replies_a1() -> list[Reply]:
    rows = [
        ("hs_12a1.minhanh", "2026-11-24T02:02:00", "<p>Dạ cho em hỏi môn Giáo dục thể chất có kiểm tra trong tuần này không ạ?</p>"),
        ("vanphong.nct", "2026-11-24T02:40:00", "<p>{m2} Môn GDTC, Giáo dục quốc phòng và an ninh, Hoạt động trải nghiệm do giáo viên bộ môn kiểm tra trong giờ học chính khóa, hoàn thành trước ngày 19/12 em nhé.</p>"),
        ("ph.tranvanson", "2026-11-24T12:15:00", "<p>Phụ huynh xin hỏi: học sinh kiểm tra bù có phải đăng ký trước không ạ?</p>"),
        ("vanphong.nct", "2026-11-25T01:05:00", "<p>{m4} Cha mẹ học sinh vui lòng báo GVCN trước 17h00 ngày 26/12 để nhà trường xếp phòng kiểm tra bù ạ.</p>"),
        ("hs_10a5.khanhvy", "2026-11-25T11:48:00", "<p>Em cảm ơn thầy cô ạ 🥰</p>"),
        ("hs_11a3.phuc", "2026-11-25T13:20:00", "<p>Môn Tin học khối 11 kiểm tra trên máy hay trên giấy ạ?</p>"),
        ("gv.ngocanh", "2026-11-26T00:55:00", "<p>Khối 11 kiểm tra thực hành trên máy tại phòng Tin 1, 2 theo lịch riêng của tổ Tin, GVBM sẽ thông báo trên lớp.</p>"),
        ("hs_12a4.ducanh", "2026-11-26T10:31:00", "<p>Lịch này có trùng với lịch thi HSG tỉnh không ạ? Em có tên trong đội tuyển Hóa.</p>"),
        ("vanphong.nct", "2026-11-27T01:10:00", "<p>{m9} Các em trong đội tuyển HSG được bố trí kiểm tra riêng, GVCN sẽ thông báo cụ thể.</p>"),
        ("hs_11a1.thuytien", "2026-11-27T12:44:00", "<p>Dạ em xin đề cương ôn tập môn Lịch sử ở đâu ạ?</p>"),
        ("gv.lichsu.hoa", "2026-11-27T14:02:00", "<p>Đề cương các môn đã gửi lên nhóm Zalo lớp và đăng trên LMS, các em vào mục Tài liệu nhé.</p>"),
        ("hs_10a2.baongoc", "2026-11-28T09:15:00", "<p>Môn Tiếng Anh có phần nghe không ạ?</p>"),
        ("gv.tienganh.lan", "2026-11-28T11:40:00", "<p>Có em nhé, phần nghe 2 bài, tổng 2 điểm.</p>"),
        ("hs_12a1.minhanh", "2026-11-28T12:03:00", "<p>Dạ em cảm ơn cô ạ!</p>"),
        ("ph.lethihue", "2026-11-29T02:26:00", "<p>Nhà trường cho hỏi ngày 28/12 kiểm tra bù buổi sáng hay chiều ạ?</p>"),
        ("vanphong.nct", "2026-11-29T03:00:00", "<p>{m16} Buổi sáng, bắt đầu lúc 7h30 ạ.</p>"),
        ("hs_11a3.phuc", "2026-11-29T14:12:00", "<p>Hóng đề toán năm nay 😅</p>"),
        ("hs_10a5.khanhvy", "2026-11-30T10:50:00", "<p>Có được mang bút chì 2B không ạ?</p>"),
        ("gv.ngocanh", "2026-12-01T02:18:00", "<p>Có, dùng để tô phiếu trả lời trắc nghiệm.</p>"),
        ("hs_12a4.ducanh", "2026-12-01T13:37:00", "<p>Em cảm ơn thầy cô, chúc các bạn ôn tập tốt!</p>"),
        ("hs_11a1.thuytien", "2026-12-02T12:05:00", "<p>Cho em hỏi lớp nào kiểm tra ở dãy nhà B ạ?</p>"),
        ("vanphong.nct", "2026-12-03T01:30:00", "<p>Danh sách phòng kiểm tra sẽ dán ở bảng tin tầng 1 nhà A vào ngày 18/12.</p>"),
        ("hs_10a2.baongoc", "2026-12-03T10:02:00", "<p>{m22} Dạ vâng ạ.</p>"),
    ]
    return [Reply(u, at, body) for u, at, body in rows]


def _emo_text(s: str) -> str:
    for ch in _TWEMOJI:
        s = s.replace(ch, _emoji(ch))
    return s


# --- the discussions -----------------------------------------------------------------------------


def _discussions() -> list[Disc]:
    a = {s.id: s for s in (_a1(), _a2(), _a3(), _a4(), _a5(), _a6(), _a7(), _a8(), _a9(), _a10(), _a11(), _a12(), _a13())}
    d = [
        Disc(1, "Nội quy Bảng tin THPT Nguyễn Chí Thanh – đọc kỹ trước khi đăng bài", "huong-dan", "admin",
             "2026-09-03T03:00:00", first_html=RULES, sticky=True, locked=True),
        Disc(14, a[14].title, "guong-mat-tieu-bieu", "bantruyenthong", "2026-10-05T02:20:00", a[14]),
        Disc(16, a[16].title, "guong-mat-tieu-bieu", "bantruyenthong", "2026-10-09T09:45:00", a[16]),
        Disc(17, "Kế hoạch số 86/KH-THPTNCT thực hiện nhiệm vụ năm học 2026 – 2027", "van-ban", "vanphong.nct",
             "2026-10-12T01:00:00", first_html=_doc_post(
                 "86/KH-THPTNCT", "10/10/2026", "Trường THPT Nguyễn Chí Thanh", "Lê Quang Vinh",
                 "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027", "86-kh-thptnct.pdf", 612)),
        Disc(19, a[19].title, "chuyen-mon", "to.nguvan", "2026-10-15T08:10:00", a[19], replies=[
            Reply("gv.toan.hieu", "2026-10-15T13:22:00", "<p>Bài viết rất bổ ích, tổ Toán xin phép tham khảo quy trình ạ.</p>"),
            Reply("to.nguvan", "2026-10-16T00:40:00", "<p>{m2} Dạ, tổ Ngữ văn sẵn sàng chia sẻ kế hoạch bài dạy ạ.</p>"),
        ]),
        Disc(20, "Album ảnh: Hội khỏe Phù Đổng cấp trường năm 2026", "album-anh", "bantruyenthong",
             "2026-10-20T10:30:00", first_html=ALBUM),
        Disc(22, "Công văn số 1488/SGDĐT-GDTrH về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
             "2026 – 2027", "van-ban", "vanphong.nct", "2026-10-23T03:00:00", first_html=_doc_post(
                 "1488/SGDĐT-GDTrH", "21/10/2026", "Sở GD&ĐT Quảng Trị", "Trần Thị Minh Hạnh",
                 "Về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027",
                 "1488-sgddt-gdtrh.pdf", 398)),
        Disc(23, a[23].title, "tin-tuc-su-kien", "bantruyenthong", "2026-10-27T23:50:00", a[23],
             old_slugs=("23-ket-qua-cuoc-thi-khkt-cap-tinh",), replies=[
                 Reply("ph.nguyenthihoa", "2026-10-28T02:11:00", "<p>Chúc mừng các em! Tự hào quá 👏</p>"),
                 Reply("hs_11a2.khanhlinh", "2026-10-28T05:30:00", "<p>Em cảm ơn thầy cô đã hướng dẫn nhóm em ạ.</p>"),
                 Reply("bantruyenthong", "2026-10-28T08:02:00", "<p>{m1} BTT đã sửa lại tiêu đề bài viết cho đầy đủ.</p>"),
             ]),
        Disc(25, "Kế hoạch số 112/KH-THPTNCT tổ chức các hoạt động chào mừng ngày Nhà giáo Việt Nam 20/11/2026",
             "van-ban", "vanphong.nct", "2026-11-03T02:00:00", first_html=_doc_post(
                 "112/KH-THPTNCT", "02/11/2026", "Trường THPT Nguyễn Chí Thanh", "Lê Quang Vinh",
                 "Kế hoạch tổ chức các hoạt động chào mừng ngày Nhà giáo Việt Nam 20/11/2026",
                 "112-kh-thptnct.pdf", 245)),
        Disc(26, a[26].title, "doan-hoi", "doantruong", "2026-11-08T12:30:00", a[26], replies=[
            Reply("hs_12a3.quocviet", "2026-11-08T14:05:00", "<p>Chuyến đi rất ý nghĩa ạ, năm sau em xin đăng ký tiếp!</p>"),
        ]),
        Disc(28, a[28].title, "chuyen-mon", "bantruyenthong", "2026-11-10T03:20:00", a[28], replies=[
            Reply("gv.vatli.khanh", "2026-11-10T09:48:00", "<p>Cảm ơn BTT, cảm ơn các em lớp 11A2 đã rất nhiệt tình.</p>"),
        ]),
        Disc(29, a[29].title, "doan-hoi", "doantruong", "2026-11-12T13:15:00", a[29], nfd=True),
        Disc(31, a[31].title, "tin-tuc-su-kien", "bantruyenthong", "2026-11-16T09:40:00", a[31], replies=[
            Reply("ph.nguyenthihoa", "2026-11-16T11:20:00",
                  '<blockquote class="uncited"><div><p>{m1} ' + text(a[31].summary or "") + "</p></div></blockquote>\n\n"
                  "<p>Chúc mừng tổ Toán – Tin ạ 👏</p>"),
            Reply("gv.toan.hieu", "2026-11-16T13:02:00",
                  "<p>Thêm vài ảnh hậu trường ạ:</p>\n\n"
                  f'<p><img src="{{base}}{UP}/2026-11-16/1763298111-774210-hau-truong.jpg" alt="hau-truong.jpg"></p>'),
        ]),
        Disc(32, a[32].title, "tin-tuc-su-kien", "bantruyenthong", "2026-11-20T04:05:00", a[32], replies=[
            Reply("ph.nguyenthihoa", "2026-11-20T06:15:00", "<p>Xúc động quá, chúc các thầy cô luôn mạnh khỏe!</p>"),
            Reply("cuuhs.k2010.tuan", "2026-12-04T13:20:00",
                  "<p>Cựu học sinh khóa 2007 – 2010 xin gửi lời tri ân muộn tới thầy cô. Nhìn ảnh lại nhớ sân "
                  "trường ngày xưa quá!</p>"),
        ]),
        Disc(34, "Video: Tiết mục múa “Bụi phấn” – Lễ kỷ niệm 20/11/2026", "video", "bantruyenthong",
             "2026-11-21T13:00:00", first_html=VIDEO),
        Disc(35, "Công văn số 1602/SGDĐT-GDTrH hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027",
             "van-ban", "vanphong.nct", "2026-11-22T02:00:00", first_html=_doc_post(
                 "1602/SGDĐT-GDTrH", "20/11/2026", "Sở GD&ĐT Quảng Trị", "Trần Thị Minh Hạnh",
                 "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 – 2027", "1602-sgddt-gdtrh.pdf", 321)),
        Disc(37, a[37].title, "thong-bao", "vanphong.nct", "2026-11-24T01:15:00", a[37], sticky=True,
             extra_tags=("khoi-12",), replies=_replies_a1()),
        Disc(38, "Quyết định số 245/QĐ-THPTNCT thành lập Hội đồng coi, chấm kiểm tra cuối kỳ I năm học 2026 – 2027",
             "van-ban", "vanphong.nct", "2026-11-26T07:00:00", first_html=_doc_post(
                 "245/QĐ-THPTNCT", "26/11/2026", "Trường THPT Nguyễn Chí Thanh", "Lê Quang Vinh",
                 "Thành lập Hội đồng coi, chấm kiểm tra cuối kỳ I năm học 2026 – 2027", "245-qd-thptnct.pdf", 156)),
        Disc(40, "Công văn số 1655/SGDĐT-VP về việc chủ động ứng phó với bão số 15", "van-ban", "vanphong.nct",
             "2026-11-28T09:00:00", first_html=_doc_post(
                 "1655/SGDĐT-VP", "28/11/2026", "Sở GD&ĐT Quảng Trị", "Nguyễn Hữu Phước",
                 "Về việc chủ động ứng phó với bão số 15", "1655-sgddt-vp.pdf", 204)),
        Disc(41, a[41].title, "thong-bao", "vanphong.nct", "2026-11-30T17:20:00", a[41], replies=[
            Reply("hs_10a2.baongoc", "2026-11-30T23:41:00", "<p>Dạ em cảm ơn thầy ạ.</p>"),
            Reply("ph.tranvanson", "2026-12-01T01:02:00",
                  "<p>Nhà trường cho hỏi thứ Năm 03/12 các cháu đi học lại chưa ạ?</p>"),
        ]),
        Disc(43, a[43].title, "tuyen-sinh-huong-nghiep", "bantruyenthong", "2026-12-02T02:40:00", a[43],
             extra_tags=("khoi-12",), replies=[
                 Reply("hs_12a3.quocviet", "2026-12-02T12:30:00", "<p>Cho em xin file cẩm nang “Chọn nghề – chọn tương lai” với ạ.</p>"),
                 Reply("bantruyenthong", "2026-12-02T14:00:00", "<p>{m2} GVCN khối 12 đã nhận bản in, em liên hệ cô chủ nhiệm nhé.</p>"),
             ]),
        Disc(44, "Công văn số 1701/SGDĐT-GDTrH về việc triển khai Cuộc thi “An toàn giao thông cho nụ cười ngày "
             "mai” năm học 2026 – 2027", "van-ban", "vanphong.nct", "2026-12-02T08:00:00", first_html=_doc_post(
                 "1701/SGDĐT-GDTrH", "01/12/2026", "Sở GD&ĐT Quảng Trị", "Trần Thị Minh Hạnh",
                 "Về việc triển khai Cuộc thi “An toàn giao thông cho nụ cười ngày mai” năm học 2026 – 2027",
                 "1701-sgddt-gdtrh.pdf", 277)),
        Disc(46, "Thời khóa biểu học kỳ I – áp dụng từ ngày 07/12/2026", "lich-tkb", "vanphong.nct",
             "2026-12-03T09:20:00", first_html=TKB),
        Disc(47, a[47].title, "thong-bao", "vanphong.nct", "2026-12-04T08:30:00", a[47],
             edited="2026-12-05T00:10:00", replies=[
                 Reply("hs_11a3.phuc", "2026-12-04T12:12:00", "<p>Lớp em đăng ký tiết mục văn nghệ được không ạ?</p>"),
             ]),
    ]
    return d


DISCS = _discussions()
BY_ID = {d.id: d for d in DISCS}

# --- chrome -----------------------------------------------------------------------------------------


def header_html(base: str) -> str:
    d = BY_ID
    return f"""<div id="nct-top" style="background:#0b4f8a;color:#fff;font-size:13px;line-height:30px">
<div class="ctn-1170"><span class="ngay-thang"><i class="far fa-calendar-alt"></i> {TODAY_LINE}</span>
&nbsp;|&nbsp; <span>Hotline: 0232 3512 486</span> &nbsp;|&nbsp;
<a href="https://www.facebook.com/thptnguyenchithanh.qt" target="_blank" style="color:#fff">Fanpage</a>
&nbsp;|&nbsp; <a href="https://zalo.me/3128810446120594411" target="_blank" style="color:#fff">Zalo OA</a>
<form class="tim-nhanh" action="{base}/" method="get" style="float:right;margin:0">
<input type="text" name="q" placeholder="Tìm kiếm bài viết..." style="height:22px"> <button type="submit">Tìm</button></form></div></div>
<div id="nct-bnr"><a href="{base}/"><img src="{base}/assets/files/giaodien/banner-nct-2026.png" alt="Trường THPT Nguyễn Chí Thanh - Ba Đồn - Quảng Trị" style="width:100%"></a></div>
<ul id="mnu-nct" class="mnu-ngang">
<li><a href="{base}/"><i class="fas fa-home"></i> Trang chủ</a></li>
<li class="co-con"><a href="{base}/p/1-gioi-thieu">Giới thiệu</a>
<ul class="mnu-con"><li><a href="{base}/p/1-gioi-thieu">Lịch sử nhà trường</a></li>
<li><a href="{base}/p/1-gioi-thieu#co-cau">Cơ cấu tổ chức</a></li></ul></li>
<li class="co-con"><a href="{base}/t/tin-tuc-su-kien">Tin tức</a>
<ul class="mnu-con"><li><a href="{base}/t/tin-tuc-su-kien">Tin tức – Sự kiện</a></li>
<li><a href="{base}/t/doan-hoi">Đoàn – Hội</a></li></ul></li>
<li><a href="{base}/t/thong-bao">Thông báo</a></li>
<li class="co-con"><a href="{base}/t/chuyen-mon">Học tập</a>
<ul class="mnu-con"><li><a href="{base}/t/chuyen-mon">Chuyên môn</a></li>
<li><a href="{base}/t/tuyen-sinh-huong-nghiep">Tuyển sinh – Hướng nghiệp</a></li>
<li><a href="{base}/t/lich-tkb">Lịch – TKB</a></li></ul></li>
<li><a href="{base}/t/van-ban">Văn bản</a></li>
<li class="co-con"><a href="{base}/t/album-anh">Thư viện</a>
<ul class="mnu-con"><li><a href="{base}/t/album-anh">Album ảnh</a></li>
<li><a href="{base}/t/video">Video</a></li></ul></li>
<li><a href="{base}/p/2-lien-he">Liên hệ</a></li>
</ul>
<div class="tb-chay" style="background:#fff8e1;border-bottom:1px solid #f2a900;padding:4px 10px">
<b style="color:#c00">THÔNG BÁO:</b>
<marquee behavior="scroll" scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">
<a href="{base}{d[37].path}?fbclid=IwAR2xQ0Lk7ZtNc3p9vYfJd1hS8mGe4uRb6aW">{esc(d[37].title)}</a> &nbsp;&bull;&nbsp;
<a href="{base}{d[41].path}">{esc(d[41].title)}</a></marquee></div>
"""


def footer_html(base: str) -> str:
    hot = [BY_ID[32], BY_ID[31], BY_ID[23]]
    items = "\n".join(f'<li><a href="{base}{x.path}">{esc(x.title)}</a></li>' for x in hot)
    return f"""<div id="nct-ft" style="background:#0b4f8a;color:#e8eef6;font-size:13px;margin-top:30px">
<table width="100%" cellpadding="8" cellspacing="0" border="0"><tr valign="top">
<td width="34%"><div class="tde-ft">XEM NHIỀU</div><ul class="ds-xn">
{items}
</ul></td>
<td width="22%"><div class="tde-ft">LIÊN KẾT WEBSITE</div>
<ul class="lk-ngoai"><li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://quangtri.edu.vn" target="_blank">Sở GD&amp;ĐT Quảng Trị</a></li>
<li><a href="https://thisinh.thitotnghiepthpt.edu.vn" target="_blank">Hệ thống thi tốt nghiệp THPT</a></li>
<li><a href="https://vnedu.vn" target="_blank">Sổ liên lạc điện tử vnEdu</a></li></ul></td>
<td width="22%"><div class="tde-ft">BÌNH CHỌN</div>
<div class="bc-01">Bạn thấy Bảng tin mới của trường thế nào?<br>
<label><input type="radio" name="bc01" value="1"> Dễ theo dõi</label><br>
<label><input type="radio" name="bc01" value="2"> Bình thường</label><br>
<label><input type="radio" name="bc01" value="3"> Khó sử dụng</label><br>
<button type="button" onclick="alert('Cảm ơn bạn đã bình chọn!')">Bình chọn</button>
<button type="button" onclick="alert('Dễ theo dõi: 312 - Bình thường: 97 - Khó sử dụng: 24')">Xem kết quả</button></div></td>
<td width="22%"><div class="tde-ft">THỐNG KÊ TRUY CẬP</div>
<table class="tk-tc"><tr><td>Đang online:</td><td><b>17</b></td></tr>
<tr><td>Hôm nay:</td><td><b>412</b></td></tr>
<tr><td>Tháng này:</td><td><b>2.906</b></td></tr>
<tr><td>Tổng truy cập:</td><td><b>1.284.077</b></td></tr></table></td>
</tr></table>
<div class="dc-ft" style="text-align:center;border-top:1px solid #3a6fa0;padding:8px">
<b>TRƯỜNG THPT NGUYỄN CHÍ THANH</b><br>
Địa chỉ: Tổ dân phố 4, phường Ba Đồn, tỉnh Quảng Trị &ndash; Điện thoại: 0232 3512 486 &ndash;
Email: <a href="mailto:c3nguyenchithanh.qt@moet.edu.vn" style="color:#fff">c3nguyenchithanh.qt@moet.edu.vn</a><br>
Chịu trách nhiệm nội dung: Hiệu trưởng Lê Quang Vinh &ndash; &copy; 2026 Bảng tin THPT Nguyễn Chí Thanh. Vận hành trên nền Flarum.
</div></div>
"""


# --- page shell --------------------------------------------------------------------------------------


def _php_json(obj: object) -> str:
    """``json_encode($payload, JSON_HEX_TAG|JSON_HEX_AMP|JSON_HEX_APOS|JSON_HEX_QUOT)``."""
    s = json.dumps(obj, ensure_ascii=True, separators=(",", ":"))
    s = s.replace("/", "\\/").replace("<", "\\u003C").replace(">", "\\u003E")
    s = s.replace("&", "\\u0026").replace("'", "\\u0027").replace('\\"', "\\u0022")
    return s


def _ld_json(obj: object) -> str:
    """The SEO extension's ``json_encode($ld, JSON_UNESCAPED_UNICODE)``: compact, ``\\/``."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


def _forum_resource(base: str) -> dict:
    return {
        "type": "forums",
        "id": "1",
        "attributes": {
            "title": FORUM,
            "description": "Bảng tin điện tử của Trường THPT Nguyễn Chí Thanh, phường Ba Đồn, tỉnh Quảng Trị",
            "showLanguageSelector": False,
            "baseUrl": base,
            "basePath": "",
            "baseOrigin": base,
            "debug": False,
            "apiUrl": base + "/api",
            "welcomeTitle": "Chào mừng đến với Bảng tin THPT Nguyễn Chí Thanh",
            "welcomeMessage": "Kênh thông tin chính thức của nhà trường tới học sinh và cha mẹ học sinh.",
            "themePrimaryColor": "#0B4F8A",
            "themeSecondaryColor": "#F2A900",
            "logoUrl": base + "/assets/logo-9kq1xz0b.png",
            "faviconUrl": base + "/assets/favicon-3m7rte2c.png",
            "headerHtml": header_html(base),
            "footerHtml": footer_html(base),
            "allowSignUp": True,
            "defaultRoute": "/all",
            "canViewForum": True,
            "canStartDiscussion": False,
            "canSearchUsers": False,
            "assetsBaseUrl": base + "/assets",
            "jsChunksBaseUrl": base + "/assets/js",
            "fof-upload.canUpload": False,
        },
        "relationships": {"tags": {"data": [{"type": "tags", "id": str(t.id)} for t in TAGS.values()]}},
    }


def _tag_resource(t: Tag) -> dict:
    discs = [d for d in DISCS if t.slug in (d.tag, *d.extra_tags)]
    return {
        "type": "tags",
        "id": str(t.id),
        "attributes": {
            "name": t.name,
            "description": t.description,
            "slug": t.slug,
            "color": "#0B4F8A" if t.primary else "#888",
            "backgroundUrl": None,
            "backgroundMode": None,
            "icon": "fas fa-tag",
            "discussionCount": len(discs),
            "position": t.id - 1 if t.primary else None,
            "defaultSort": None,
            "isChild": False,
            "isHidden": t.hidden,
            "lastPostedAt": _utc(max(x.last_posted for x in discs)) if discs else None,
            "canStartDiscussion": False,
            "canAddToDiscussion": False,
        },
    }


def _user_resource(name: str) -> dict:
    return {
        "type": "users",
        "id": str(USERS[name]),
        "attributes": {"username": name, "displayName": name, "avatarUrl": None, "slug": name},
    }


def _disc_resource(d: Disc) -> dict:
    return {
        "type": "discussions",
        "id": str(d.id),
        "attributes": {
            "title": _title(d),
            "slug": d.slug,
            "commentCount": d.comment_count,
            "participantCount": len({d.user, *(r.user for r in d.replies)}),
            "createdAt": _utc(d.created),
            "lastPostedAt": _utc(d.last_posted),
            "lastPostNumber": d.comment_count,
            "canReply": False,
            "canRename": False,
            "canDelete": False,
            "canHide": False,
            "isApproved": True,
            "canTag": False,
            "isSticky": d.sticky,
            "canSticky": False,
            "isLocked": d.locked,
            "canLock": False,
        },
        "relationships": {
            "user": {"data": {"type": "users", "id": str(USERS[d.user])}},
            "tags": {"data": [{"type": "tags", "id": str(TAGS[s].id)} for s in (d.tag, *d.extra_tags)]},
        },
    }


def _title(d: Disc) -> str:
    return unicodedata.normalize("NFD", d.title) if d.nfd else d.title


def _shell(base: str, *, title: str, canonical: str, content: str, payload: dict, extra_head: str = "",
           description: str = "", prev_next: str = "") -> str:
    desc = description or _forum_resource(base)["attributes"]["description"]
    head = f"""<link rel="stylesheet" href="{base}/assets/forum.css?v={ASSET_V}">
<link rel="canonical" href="{esc(canonical)}">
{prev_next}<link rel="preload" href="{base}/assets/forum.css?v={ASSET_V}" as="style">
<link rel="preload" href="{base}/assets/forum.js?v=7b41c0e3" as="script">
<link rel="preload" href="{base}/assets/forum-vi.js?v=2d9f6a18" as="script">
<link rel="preload" href="{base}/assets/fonts/fa-solid-900.woff2" as="font" type="font/woff2" crossorigin="">
<link rel="preload" href="{base}/assets/fonts/fa-regular-400.woff2" as="font" type="font/woff2" crossorigin="">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">
<meta name="description" content="{esc(desc)}">
<meta name="theme-color" content="#0B4F8A">
<meta name="application-name" content="{esc(FORUM)}">
<meta name="robots" content="index, follow">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="{base}/assets/files/giaodien/og-nct.jpg">
<link rel="shortcut icon" href="{base}/assets/favicon-3m7rte2c.png">
{extra_head}"""
    full_payload = {
        "resources": [_forum_resource(base), *(_tag_resource(t) for t in TAGS.values())],
        "session": {"userId": 0, "csrfToken": "q7Yb2mTz0LwV4nHcX9sK1pRfE6gJ3uAd8oNiQ5tB"},
        "locale": "vi",
        **payload,
    }
    return f"""<!doctype html>
<html  dir="ltr"        lang="vi" >
    <head>
        <meta charset="utf-8">
        <title>{esc(title)}</title>

        {head}
    </head>

    <body>
        {header_html(base)}
<div id="app" class="App">

    <div id="app-navigation" class="App-navigation"></div>

    <div id="drawer" class="App-drawer">

        <header id="header" class="App-header">
            <div id="header-navigation" class="Header-navigation"></div>
            <div class="container">
                <div class="Header-title">
                    <a href="{base}" id="home-link">
                                                    <img src="{base}/assets/logo-9kq1xz0b.png" alt="{esc(FORUM)}" class="Header-logo">
                                            </a>
                </div>
                <div id="header-primary" class="Header-primary"></div>
                <div id="header-secondary" class="Header-secondary"></div>
            </div>
        </header>

    </div>

    <main class="App-content">
        <div id="notices"></div>

        <div id="content"></div>

        <div id="flarum-loading" style="display: none">
    Đang tải...
</div>

<noscript>
    <div class="Alert">
        <div class="container">
            Trang web này được hiển thị tốt nhất trên trình duyệt hiện đại có bật JavaScript.
        </div>
    </div>
</noscript>

<div id="flarum-loading-error" style="display: none">
    <div class="Alert">
        <div class="container">
            Đã xảy ra lỗi khi tải phiên bản đầy đủ của trang web này. Vui lòng thử làm mới trang.
        </div>
    </div>
</div>

<noscript id="flarum-content">
    {content}
</noscript>


        <div class="App-composer">
            <div class="container">
                <div id="composer"></div>
            </div>
        </div>
    </main>

    <footer class="App-footer" id="footer"></footer>

</div>

{footer_html(base)}

        <div id="modal"></div>
        <div id="alerts"></div>

        <script>
            document.getElementById('flarum-loading').style.display = 'block';
            var flarum = {{extensions: {{}}}};
        </script>

        <script src="{base}/assets/forum.js?v=7b41c0e3"></script>
<script src="{base}/assets/forum-vi.js?v=2d9f6a18"></script>

        <script id="flarum-json-payload" type="application/json">{_php_json(full_payload)}</script>

        <script>
            const data = JSON.parse(document.getElementById('flarum-json-payload').textContent);
            document.getElementById('flarum-loading').style.display = 'none';

            try {{
                flarum.core.app.load(data);
                flarum.core.app.bootExtensions(flarum.extensions);
                flarum.core.app.boot();
            }} catch (e) {{
                var error = document.getElementById('flarum-loading-error');
                error.innerHTML += document.getElementById('flarum-content').textContent;
                error.style.display = 'block';
                throw e;
            }}
        </script>

    </body>
</html>
"""


# --- posts of a discussion ---------------------------------------------------------------------------


def _posts(d: Disc, base: str) -> list[dict]:
    """All comment posts: number, user, createdAt, contentHtml, id."""
    self_url = base + d.path
    first = render_story(d.story, base) if d.story else d.first_html.replace("{base}", base)
    posts = [{"number": 1, "user": d.user, "at": d.created, "html": first, "edited": d.edited}]
    for n, r in enumerate(d.replies, start=2):
        body = r.body.replace("{base}", base).replace("{self}", self_url)

        def mention(m: re.Match) -> str:
            target = int(m.group(1))
            who = posts[target - 1]["user"]
            return (f'<a href="{self_url}/{target}" class="PostMention" '
                    f'data-id="{_post_id(d, target)}">{who}</a>')

        body = re.sub(r"\{m(\d+)\}", mention, body)
        posts.append({"number": n, "user": r.user, "at": r.at, "html": _emo_text(body), "edited": None})
    if d.nfd:
        for p in posts:
            p["html"] = unicodedata.normalize("NFD", p["html"])
    return posts


def _post_id(d: Disc, number: int) -> int:
    return 300 + d.id * 27 + number


def _post_resource(d: Disc, p: dict) -> dict:
    return {
        "type": "posts",
        "id": str(_post_id(d, p["number"])),
        "attributes": {
            "number": p["number"],
            "createdAt": _utc(p["at"]),
            "contentType": "comment",
            "contentHtml": p["html"],
            "renderFailed": False,
            "editedAt": _utc(p["edited"]) if p["edited"] else None,
            "canEdit": False,
            "canDelete": False,
            "canHide": False,
            "canFlag": False,
            "isApproved": True,
            "canLike": False,
            "likesCount": (d.id * 7 + p["number"] * 3) % 23,
            "mentionedByCount": 0,
        },
        "relationships": {
            "discussion": {"data": {"type": "discussions", "id": str(d.id)}},
            "user": {"data": {"type": "users", "id": str(USERS[p["user"]])}},
        },
    }


def _plain(fragment: str) -> str:
    s = re.sub(r"<[^>]+>", " ", fragment)
    s = re.sub(r"\s+", " ", s).strip()
    return _h.unescape(s)


def _discussion_page(req: Request, d: Disc, page: int, query: list[tuple[str, str]]) -> Response | None:
    base = base_url(req)
    posts = _posts(d, base)
    last_page = 1 + d.comment_count // PER_PAGE
    if page > last_page:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]

    def url(new_page: int | None) -> str:
        q = [(k, v) for k, v in query if k != "page"]
        if new_page is not None and new_page != 1:
            q.append(("page", str(new_page)))
        return base + d.path + ("?" + urlencode(q) if q else "")

    title = _title(d)
    arts = "\n\n".join(
        f"""            <article>
                                <div class="PostUser"><h3 class="PostUser-name">{p['user']}</h3></div>
                <div class="Post-body">
                    {p['html']}
                </div>
            </article>

            <hr>"""
        for p in chunk
    )
    nav = ""
    if page > 1:
        nav += f'\n            <a href="{esc(url(page - 1))}">&laquo; Trang trước</a>\n    '
    if page < last_page:
        nav += f'\n            <a href="{esc(url(page + 1))}">Trang sau &raquo;</a>\n    '
    content = f"""<div class="container">
    <h1>{esc(title)}</h1>

    <div>
{arts}
    </div>
{nav}
</div>"""
    explicit_page = any(k == "page" for k, _ in query)
    canonical = url(page if explicit_page else None)
    tag = TAGS[d.tag]
    desc = _plain(posts[0]["html"])[:157].rstrip() + "..."
    images = re.findall(r'<img src="([^"]+)"', posts[0]["html"])
    og_image = images[0] if images else base + "/assets/files/giaodien/og-nct.jpg"
    ld = {
        "@context": "http://schema.org",
        "@type": "DiscussionForumPosting",
        "publisher": {"@type": "Organization", "name": FORUM, "url": base,
                      "logo": base + "/assets/logo-9kq1xz0b.png"},
        "image": og_image,
        "headline": title,
        "url": base + d.path,
        "datePublished": _utc(d.created),
        "dateModified": _utc(d.last_posted),
        "author": {"@type": "Person", "name": d.user},
        "commentCount": d.comment_count - 1,
        "articleSection": tag.name,
    }
    crumbs = {
        "@context": "http://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@id": base, "name": "Trang chủ"}},
            {"@type": "ListItem", "position": 2, "item": {"@id": f"{base}/t/{tag.slug}", "name": tag.name}},
            {"@type": "ListItem", "position": 3, "item": {"@id": base + d.path, "name": title}},
        ],
    }
    extra = f"""<meta property="og:site_name" content="{esc(FORUM)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{esc(canonical)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:image" content="{esc(og_image)}">
<meta property="article:published_time" content="{_utc(d.created)}">
<meta property="article:updated_time" content="{_utc(d.last_posted)}">
<meta name="twitter:title" content="{esc(title)}">
<meta name="twitter:description" content="{esc(desc)}">
<script type="application/ld+json">{_ld_json(ld)}</script>
<script type="application/ld+json">{_ld_json(crumbs)}</script>
"""
    prev_next = ""
    if page > 1:
        prev_next += f'<link rel="prev" href="{esc(url(page - 1))}">\n'
    if page < last_page:
        prev_next += f'<link rel="next" href="{esc(url(page + 1))}">\n'
    users = sorted({p["user"] for p in chunk} | {d.user})
    api_doc = {
        "data": {**_disc_resource(d), "relationships": {
            **_disc_resource(d)["relationships"],
            "posts": {"data": [{"type": "posts", "id": str(_post_id(d, p["number"]))} for p in posts]},
        }},
        "included": [*(_user_resource(u) for u in users), *(_post_resource(d, p) for p in chunk),
                     *(_tag_resource(TAGS[s]) for s in (d.tag, *d.extra_tags))],
    }
    page_html = _shell(base, title=f"{title} - {FORUM}", canonical=canonical, content=content,
                       payload={"apiDocument": api_doc}, extra_head=extra, description=desc,
                       prev_next=prev_next)
    return html(page_html)


# --- listings ------------------------------------------------------------------------------------------


def _sorted(discs: list[Disc], sort: str) -> list[Disc]:
    if sort == "newest":
        return sorted(discs, key=lambda x: x.created, reverse=True)
    if sort == "oldest":
        return sorted(discs, key=lambda x: x.created)
    if sort == "top":
        return sorted(discs, key=lambda x: (-x.comment_count, x.id))
    latest = sorted(discs, key=lambda x: x.last_posted, reverse=True)
    return [x for x in latest if x.sticky] + [x for x in latest if not x.sticky]


def _listing_items(base: str, items: list[Disc]) -> str:
    return "\n".join(
        f"""                    <li>
                <a href="{base}{x.path}">
                    {esc(_title(x))}
                </a>
            </li>"""
        for x in items
    )


def _index_page(req: Request, page: int, sort: str, q: str) -> Response | None:
    base = base_url(req)
    pool = DISCS if q else [x for x in DISCS if not TAGS[x.tag].hidden]
    if q:
        needle = unicodedata.normalize("NFC", q).lower()
        pool = [x for x in pool if needle in unicodedata.normalize("NFC", x.title).lower()]
    ordered = _sorted(pool, sort if sort in ("newest", "oldest", "top") else "")
    chunk = ordered[(page - 1) * PER_PAGE: page * PER_PAGE]
    if page > 1 and not chunk:
        return None
    has_next = len(ordered) > page * PER_PAGE
    nav = ""
    if page > 1:
        nav += f'\n            <a href="{base}/all?page={page - 1}">&laquo; Trang trước</a>\n    '
    if has_next:
        nav += f'\n            <a href="{base}/all?page={page + 1}">Trang sau &raquo;</a>\n    '
    content = f"""<div class="container">
    <h1>Tất cả thảo luận</h1>

    <ul>
{_listing_items(base, chunk)}
            </ul>
{nav}
</div>"""
    canonical = base + (f"?page={page}" if page > 1 else "")
    prev_next = ""
    if page > 1:
        prev_next += f'<link rel="prev" href="{base}?page={page - 1}">\n' if page > 2 else f'<link rel="prev" href="{base}">\n'
    if has_next:
        prev_next += f'<link rel="next" href="{base}?page={page + 1}">\n'
    offset = (page - 1) * PER_PAGE
    links = {"first": f"{base}/api/discussions?sort=&page%5Blimit%5D=20"}
    if has_next:
        links["next"] = f"{base}/api/discussions?sort=&page%5Boffset%5D={offset + 20}&page%5Blimit%5D=20"
    if page > 1:
        links["prev"] = f"{base}/api/discussions?sort=&page%5Boffset%5D={offset - 20}&page%5Blimit%5D=20"
    api_doc = {
        "links": links,
        "data": [_disc_resource(x) for x in chunk],
        "included": [_user_resource(u) for u in sorted({x.user for x in chunk})],
    }
    title = "Tất cả thảo luận - " + FORUM if page > 1 or q or sort else FORUM
    return html(_shell(base, title=title, canonical=canonical, content=content,
                       payload={"apiDocument": api_doc}, prev_next=prev_next))


def _tag_page(req: Request, tag: Tag, page: int) -> Response | None:
    base = base_url(req)
    ordered = _sorted([x for x in DISCS if tag.slug in (x.tag, *x.extra_tags)], "")
    chunk = ordered[(page - 1) * PER_PAGE: page * PER_PAGE]
    if page > 1 and not chunk:
        return None
    has_next = len(ordered) > page * PER_PAGE
    nav = ""
    if page > 1:
        nav += f'\n            <a href="{base}/t/{tag.slug}?page={page - 1}">&laquo; Trang trước</a>\n    '
    if has_next:
        nav += f'\n            <a href="{base}/t/{tag.slug}?page={page + 1}">Trang sau &raquo;</a>\n    '
    content = f"""<div class="container">
    <h1>{esc(tag.name)}</h1>
    <h2>{esc(tag.description)}</h2>

    <ul>
{_listing_items(base, chunk)}
            </ul>
{nav}
</div>"""
    api_doc = {
        "links": {"first": f"{base}/api/discussions?filter%5Btag%5D={tag.slug}&sort=&page%5Blimit%5D=20"},
        "data": [_disc_resource(x) for x in chunk],
        "included": [_user_resource(u) for u in sorted({x.user for x in chunk})],
    }
    canonical = f"{base}/t/{tag.slug}" + (f"?page={page}" if page > 1 else "")
    return html(_shell(base, title=f"{tag.name} - {FORUM}", canonical=canonical, content=content,
                       payload={"apiDocument": api_doc}))


def _tags_page(req: Request) -> Response:
    base = base_url(req)
    prim = [t for t in TAGS.values() if t.primary]
    sec = [t for t in TAGS.values() if not t.primary]
    blocks = "\n".join(
        "        <ul>\n" + "\n".join(
            f"""                <li>
                    <a href="{base}/t/{t.slug}">
                        {esc(t.name)}
                    </a>

                                    </li>"""
            for t in group
        ) + "\n            </ul>"
        for group in (prim, sec)
    )
    content = f"""<div class="container">
    <h1>Thẻ</h1>

{blocks}
</div>"""
    return html(_shell(base, title=f"Thẻ - {FORUM}", canonical=f"{base}/tags", content=content, payload={}))


# --- fof/pages -------------------------------------------------------------------------------------------

PAGES = {
    1: ("gioi-thieu", "Giới thiệu", """<p>Trường THPT Nguyễn Chí Thanh được thành lập năm 1986 trên cơ sở trường cấp III Quảng Trạch. Qua 40 năm xây dựng và phát triển, nhà trường đã đào tạo hơn 25.000 học sinh, nhiều thế hệ học sinh đã trưởng thành, giữ các cương vị quan trọng trong và ngoài tỉnh.</p>

<h3 id="co-cau">Cơ cấu tổ chức</h3>

<ul><li>Hiệu trưởng: thầy Lê Quang Vinh</li>
<li>Phó Hiệu trưởng: thầy Nguyễn Văn Thắng, cô Trương Thị Lệ Hằng</li>
<li>8 tổ chuyên môn, 1 tổ Văn phòng; 86 cán bộ, giáo viên, nhân viên</li>
<li>Năm học 2026 – 2027: 36 lớp với 1.452 học sinh</li></ul>

<p>Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2022, được tặng Huân chương Lao động hạng Ba năm 2016.</p>"""),
    2: ("lien-he", "Liên hệ", """<p><strong>TRƯỜNG THPT NGUYỄN CHÍ THANH</strong></p>

<p>Địa chỉ: Tổ dân phố 4, phường Ba Đồn, tỉnh Quảng Trị<br>
Điện thoại văn phòng: 0232 3512 486<br>
Email: c3nguyenchithanh.qt@moet.edu.vn<br>
Fanpage: <a href="https://www.facebook.com/thptnguyenchithanh.qt">facebook.com/thptnguyenchithanh.qt</a></p>

<p>Thời gian làm việc: sáng 7h00 – 11h00, chiều 13h30 – 17h00 từ thứ Hai đến thứ Bảy.</p>"""),
}


def _fof_page(req: Request, pid: int) -> Response:
    base = base_url(req)
    slug, title, body = PAGES[pid]
    content = f"""<div class="container">
    <h1>{esc(title)}</h1>
    <div class="Post-body">
        {body}
    </div>
</div>"""
    api_doc = {"data": {"type": "pages", "id": str(pid), "attributes": {
        "title": title, "slug": slug, "time": "2026-09-02T02:00:00+00:00", "contentHtml": body,
        "isHidden": False, "isRestricted": False}}}
    return html(_shell(base, title=f"{title} - {FORUM}", canonical=f"{base}/p/{pid}-{slug}", content=content,
                       payload={"apiDocument": api_doc}))


# --- JSON:API ----------------------------------------------------------------------------------------------


def _api(req: Request) -> Response | None:
    base = base_url(req)
    m = re.fullmatch(r"/api/discussions/(\d+)", req.path)
    if m:
        d = BY_ID.get(int(m.group(1)))
        if d is None:
            return None
        posts = _posts(d, base)[:PER_PAGE]
        doc = {"data": _disc_resource(d), "included": [_post_resource(d, p) for p in posts]}
    elif req.path == "/api/discussions":
        params = dict(parse_qsl(req.query))
        offset = int(params.get("page[offset]", "0") or 0)
        pool = [x for x in DISCS if not TAGS[x.tag].hidden]
        ordered = _sorted(pool, "")
        chunk = ordered[offset: offset + 20]
        doc = {"links": {"first": f"{base}/api/discussions?page%5Blimit%5D=20"},
               "data": [_disc_resource(x) for x in chunk]}
        if len(ordered) > offset + 20:
            doc["links"]["next"] = f"{base}/api/discussions?page%5Boffset%5D={offset + 20}&page%5Blimit%5D=20"
    else:
        return None
    return Response(200, json.dumps(doc, ensure_ascii=False), {"Content-Type": "application/vnd.api+json"})


# --- the site ------------------------------------------------------------------------------------------------

_DISC_RE = re.compile(r"/d/(\d+)(?:-[^/]*)?(?:/(\d+))?/?")


class FlarumSite:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        query = parse_qsl(request.query, keep_blank_values=True)
        params = dict(query)
        try:
            page = max(1, int(params.get("page", "1") or 1))
        except ValueError:
            page = 1
        if path.startswith("/assets/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.endswith(".woff2"):
                return Response(200, b"wOF2\x00\x01", {"Content-Type": "font/woff2"})
            return static_file(path)
        if path.startswith("/api/"):
            return _api(request)
        if path in ("/", "/all"):
            return _index_page(request, page, params.get("sort", ""), params.get("q", ""))
        if path == "/tags":
            return _tags_page(request)
        m = re.fullmatch(r"/t/([a-z0-9-]+)", path)
        if m:
            tag = TAGS.get(m.group(1))
            return _tag_page(request, tag, page) if tag else None
        m = re.fullmatch(r"/p/(\d+)(?:-[^/]*)?", path)
        if m:
            pid = int(m.group(1))
            return _fof_page(request, pid) if pid in PAGES else None
        m = _DISC_RE.fullmatch(path)
        if m:
            d = BY_ID.get(int(m.group(1)))
            if d is None:
                return None
            near = int(m.group(2)) if m.group(2) else 0
            if near > d.comment_count:
                return None
            eff = max(page, 1 + near // PER_PAGE)
            return _discussion_page(request, d, eff, query)
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> FlarumSite:
    return FlarumSite()


# --- gold ----------------------------------------------------------------------------------------------------


def _gold(disc_id: int, alt: list[str]) -> dict:
    d = BY_ID[disc_id]
    assert d.story is not None
    return gold_record(d.story, d.path, TAGS[d.tag].name, canonical_path=d.path,
                       alt_paths=[f"/d/{d.id}", *alt])


_P37 = BY_ID[37].path
_P31 = BY_ID[31].path
_P23 = BY_ID[23].path

GOLD = [
    _gold(37, [f"{_P37}/2", f"{_P37}/4", f"{_P37}/9", f"{_P37}/16",
               f"{_P37}?fbclid=IwAR2xQ0Lk7ZtNc3p9vYfJd1hS8mGe4uRb6aW"]),
    _gold(41, []),
    _gold(31, [f"{_P31}/1"]),
    _gold(32, []),
    _gold(23, ["/d/23-ket-qua-cuoc-thi-khkt-cap-tinh", f"{_P23}/1"]),
    _gold(26, []),
    _gold(29, []),
    _gold(19, [f"{BY_ID[19].path}/2"]),
    _gold(28, []),
    _gold(43, [f"{BY_ID[43].path}/2"]),
    _gold(14, []),
    _gold(16, []),
    _gold(47, []),
]

NON_ARTICLES = [
    "/p/1-gioi-thieu",
    "/p/2-lien-he",
    BY_ID[1].path,
    BY_ID[20].path,
    BY_ID[34].path,
    BY_ID[46].path,
    BY_ID[38].path,
    BY_ID[44].path,
]

#: pages that show only replies of #37 (not an article, not an alt path)
REPLY_PAGES = [
    f"{_P37}?page=2",
    f"{_P37}/22",
    f"{_P37}?fbclid=IwAR2xQ0Lk7ZtNc3p9vYfJd1hS8mGe4uRb6aW&page=2",
]
