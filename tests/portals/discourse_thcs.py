"""Bảng tin Trường THCS Phú Thị (Gia Lâm, Hà Nội): a Discourse 3.x forum seen in its crawler view.

Platform
--------
The school runs a Discourse 3.x forum at ``bangtin.thcsphuthi.edu.vn`` as its "Bảng tin":
announcements and activity news posted by staff, plus parents' questions and a pupils' corner.
Discourse answers bots and no-JS browsers with its server-rendered *crawler view*: a plain layout
(``<header>`` with the logo, ``<div id="main-outlet" class="wrap" role="main">``, a crawler
``<footer>``), wrapped here in the school theme's custom header (school name, today's date
``TODAY``, link to the school's main site) and custom footer (address, phone, visitor count).

URL scheme (Discourse's own)
----------------------------
- ``/`` and ``/latest``: latest topics, ``/latest?page=N`` (0-based: ``?page=1`` is the second
  page), 8 topics a page (site setting ``topic_page_size``). Discourse prints the "trang sau →"
  link whenever a page is *full*, so the last full page links to an empty page ``?page=3``.
- ``/c/thong-bao/5`` (Thông báo: staff only, the notices), ``/c/thong-bao/5?page=1``;
  ``/c/tin-hoat-dong/6`` (Tin hoạt động: staff news); ``/c/hoi-dap-phu-huynh/7`` (parents'
  questions) and ``/c/goc-hoc-sinh/8`` (pupils' corner): discussions, not news. Each category
  pins its "Giới thiệu về danh mục …" topic (the category definition, posted by ``admin``).
- Topic lists are a ``<table>`` of rows: ``a.title.raw-link.raw-topic-link`` to ``/t/slug/id``,
  a category badge, tags, reply and view counts and an activity date ("Thg 11 20") that links
  to the topic's *last post* ``/t/slug/id/N``; a long topic also lists its page links
  (``/t/slug/id?page=2``).
- Topics ``/t/<slug>/<id>``; the same page at ``/t/<id>`` (no slug), ``/t/<slug>/<id>/<post>``
  (a post number on the first page of 20 posts), ``/t/<slug>/<id>/<post>?u=<user>`` (a share link).
  All print ``rel=canonical`` to ``/t/<slug>/<id>``. ``/t/<slug>/<id>?page=2`` is the second page
  of replies (posts 21–40) of a long topic: same title, no first post, canonical to itself.
- ``/t/<slug>/<id>.rss`` (RSS of the posts, items linked ``/t/slug/id/N``),
  ``/t/<slug>/<id>/print`` (print view: every post, noindex, no canonical), ``/raw/<id>`` and
  ``/posts/<post-id>/raw`` (markdown, text/plain).
- ``/u/<user>`` (profile), ``/u/<user>/activity`` (the user's posts, linked as
  ``/t/slug/id/N``), ``/tag/<tag>`` (tagged topics), ``/top``, ``/categories``, ``/search?q=``,
  ``/login``, ``/signup``, ``/faq`` (= ``/guidelines``), ``/about``; ``/sitemap.xml`` (index) →
  ``/sitemap_1.xml`` (every topic). ``/robots.txt`` is Discourse's default (it disallows ``/u/``,
  ``/search``, ``/t/*/*.rss`` …).

Topic page markup: ``#topic-title`` with the ``<h1><a>`` title, ``.topic-category`` with the
category badge (``span.category-name``) and ``.list-tags``; then each post as
``div.topic-body.crawler-post#post_N`` with ``.crawler-post-meta`` (``span.creator``: the
username link, then the full name in brackets when the account has one; ``time.post-time`` with a
UTC ``datetime`` and the localized text "Tháng 9 5, 2026, 8:20sáng"; ``itemprop=position``),
``div.post[itemprop=text]`` (the cooked HTML) and the like count "3 lượt thích".

Which path reaches each gold article
------------------------------------
Every gold topic is in the ``/latest`` pages and in its category's list; the two oldest notices
(205 ``thong-bao-tuyen-sinh-bo-sung...`` and 207 ``danh-sach-lop-6...``) are only on
``/c/thong-bao/5?page=1`` among the category pages. The sitemap lists every topic.

Traps
-----
- Twins of every topic: ``/t/<id>``, ``/t/slug/id/N`` (from the activity column, user activity
  and RSS items), a share link ``/t/slug/214/1?u=phuhuynh_6a3`` in a reply of 214. Same page,
  same canonical; they are the gold's ``alt_paths`` (214's list them all, with its print view).
- Print view, raw markdown, RSS; ``?page=2`` of the long topic 214 (replies only).
- User pages, tags, ``/top``, ``/categories``, ``/about``, ``/faq``, login/signup, search.
- Parents' and pupils' topics (7 of them) look exactly like news topics: a title, a first post,
  replies; one pupil's post even has a photo. They are discussions, not news. The four
  "Giới thiệu về danh mục …" topics are category definitions, not news.
- Replies quote and repeat words of the first post (``aside.quote``); they are comments.
- Onebox previews of other sites (``aside.onebox``: the site's name, a thumbnail, a title and an
  excerpt): a link preview, not article text; its thumbnail is not an article photo.
- Lightbox images carry a meta line inside the link ("IMG_2041 1200×800 120 KB": the file name
  and size): not a caption. Emoji (``img.emoji``) are not photos.
- A post edited later prints ``dateModified`` too: the date is the first post's creation.
- One notice is written in decomposed Unicode (pasted from a Word file), one with ``&nbsp;``.

Gold decisions
--------------
- The article is the topic's *first post*; replies are comments. Title: the topic title.
- ``published_at``: the first post's ``datetime`` (UTC) converted to Asia/Ho_Chi_Minh, to the
  minute (the printed "8:20sáng" agrees).
- Authors: the poster's full name printed in brackets ("nguyen_lan (Nguyễn Thị Lan)" → Nguyễn
  Thị Lan). The account ``vanphong`` is named "Văn phòng nhà trường": an office account that
  alone signs the post, so by house convention the office is the author, as printed
  ("Văn phòng nhà trường"). The account ``bientap`` has no full name: a login account credits
  nobody, but its post 221 is signed "Tin, ảnh: Phạm Thu Hà", which makes her author and
  photographer. A signature line "Ảnh: X" adds X as photographer; a signature "Tin: X" under a
  post by another account names X as the author instead of the poster (236 is written by its
  poster, so the poster and the signature agree). Signature lines are not body text.
- ``source``: "Nguồn: …" where a notice copies another office's text (238); else None.
- ``summary``: None (Discourse has no lead field; no post opens with a set-apart lead).
- Body: the cooked paragraphs, list items, headings, quoted regulation text (``blockquote`` in the
  staff post is part of the notice) and table rows ("cell | cell"); not the onebox previews, not
  the "File đính kèm:" attachment lines, not signatures, not the like counts.
- Images: the ``img src`` (the optimized upload) of each photo in order. Caption: the italic line
  the editor writes under the photo (in the same paragraph after ``<br>``, or its own
  ``<p><em>``); the lightbox's file name meta and ``alt`` are never captions.
- Category: the topic's category ("Thông báo" or "Tin hoạt động").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
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

NAME = "discourse_thcs"
PLATFORM = "Discourse 3.x (crawler view)"
START_PATH = "/"

SITE_NAME = "Bảng tin THCS Phú Thị"
SCHOOL = "Trường THCS Phú Thị"
PER_PAGE = 8  # topic_page_size
POSTS_PER_PAGE = 20
VN = timezone(timedelta(hours=7))

# username -> full name ("" when the account has none)
USERS = {
    "admin": "",
    "vanphong": "Văn phòng nhà trường",
    "nguyen_lan": "Nguyễn Thị Lan",
    "tranvanhung": "Trần Văn Hùng",
    "phamthuha": "Phạm Thu Hà",
    "do_minh_tuan": "Đỗ Minh Tuấn",
    "bientap": "",
    "phuhuynh_6a3": "Hoàng Thị Mai",
    "ngocanh_ph": "",
    "ph_7a2_quang": "Lê Văn Quang",
    "hs_minhkhoi": "Nguyễn Minh Khôi",
    "bao_ngoc_8a1": "",
}
BIOS = {
    "nguyen_lan": "Phó Hiệu trưởng phụ trách chuyên môn, Trường THCS Phú Thị.",
    "vanphong": "Tài khoản của Văn phòng nhà trường. Điện thoại: 024 3827 6154.",
}


@dataclass(frozen=True)
class Category:
    id: int
    slug: str
    name: str
    color: str
    description: str


CATEGORIES = {
    5: Category(5, "thong-bao", "Thông báo", "0088CC", "Thông báo chính thức của nhà trường."),
    6: Category(6, "tin-hoat-dong", "Tin hoạt động", "12A89D", "Tin về hoạt động của nhà trường."),
    7: Category(
        7, "hoi-dap-phu-huynh", "Hỏi đáp phụ huynh", "F7941D", "Phụ huynh đặt câu hỏi, trao đổi."
    ),
    8: Category(8, "goc-hoc-sinh", "Góc học sinh", "9EB83B", "Nơi các em học sinh chia sẻ."),
}


@dataclass
class Reply:
    user: str
    utc: str
    html: str
    likes: int = 0


@dataclass
class Topic:
    id: int
    slug: str
    title: str
    cat: int
    user: str
    utc: str  # first post's created_at, UTC
    first: str | Story  # cooked HTML (discussions) or a Story (gold topics)
    replies: list[Reply] = field(default_factory=list)
    tags: tuple[str, ...] = ()
    likes: int = 0
    edited_utc: str | None = None
    pinned: bool = False

    @property
    def path(self) -> str:
        return f"/t/{self.slug}/{self.id}"

    @property
    def posts_count(self) -> int:
        return 1 + len(self.replies)

    @property
    def bumped(self) -> str:
        return self.replies[-1].utc if self.replies else self.utc

    @property
    def views(self) -> int:
        return 41 + (self.id * 53) % 700


def utc(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def printed_time(value: str) -> str:
    """Discourse's localized long form: "Tháng 9 5, 2026, 8:20sáng" (local time)."""
    t = utc(value).astimezone(VN)
    hour = t.hour % 12 or 12
    half = "sáng" if t.hour < 12 else "chiều"
    return f"Tháng {t.month} {t.day}, {t.year}, {hour}:{t.minute:02d}{half}"


def short_date(value: str) -> str:
    t = utc(value).astimezone(VN)
    return f"Thg {t.month} {t.day}"


def upload(sha: str, w: int = 690, h: int = 460) -> str:
    return f"/uploads/default/optimized/2X/{sha[0]}/{sha}_2_{w}x{h}.jpeg"


def r(user: str, when: str, body: str, likes: int = 0) -> Reply:
    return Reply(user, when, body, likes)


# --- the news: first posts of staff topics (hand-written; gold is read from these fields) -----
# Img.style is "<how the caption line is printed>:<file name in the lightbox meta>":
# "br" caption in the image's paragraph after <br>, "p" its own <p><em>, "none" no line,
# "small" a small image Discourse does not wrap in a lightbox.

S205 = Story(
    205,
    "thong-bao-tuyen-sinh-bo-sung-lop-6-nam-hoc-2026-2027",
    "Thông báo tuyển sinh bổ sung lớp 6 năm học 2026-2027",
    "Thông báo",
    "2026-08-10T09:05:00+07:00",
    [
        P(
            "Căn cứ Kế hoạch tuyển sinh vào lớp 6 năm học 2026-2027 của UBND huyện Gia Lâm, "
            "Trường THCS Phú Thị thông báo tuyển sinh bổ sung 12 chỉ tiêu lớp 6 như sau:"
        ),
        P(
            "Đối tượng: học sinh đã hoàn thành chương trình tiểu học, có hộ khẩu thường trú "
            "hoặc tạm trú tại xã Phú Thị và các xã lân cận.",
            "li",
        ),
        P("Thời gian nhận hồ sơ: từ ngày 12/8/2026 đến hết ngày 16/8/2026 (giờ hành chính).", "li"),
        P("Địa điểm: Văn phòng nhà trường, tầng 1 nhà A.", "li"),
        P(
            "Hồ sơ gồm: đơn xin học (theo mẫu), học bạ tiểu học bản chính, bản sao giấy khai "
            "sinh, giấy xác nhận cư trú."
        ),
        P("Mọi thắc mắc xin liên hệ cô Ngô Thị Hạnh, số điện thoại 0912 455 318."),
    ],
    authors=["Văn phòng nhà trường"],
)

S207 = Story(
    207,
    "danh-sach-lop-6-nam-hoc-2026-2027",
    "Danh sách lớp 6 năm học 2026-2027",
    "Thông báo",
    "2026-08-20T16:40:00+07:00",
    [
        P("Nhà trường công bố danh sách học sinh các lớp 6A1 đến 6A6 năm học 2026-2027."),
        P(
            "Phụ huynh tra cứu tên con trong file đính kèm; mọi đề nghị điều chỉnh gửi về "
            "Văn phòng trước ngày 25/8/2026."
        ),
        Raw(
            '<p>File đính kèm: <a class="attachment" href="/uploads/short-url/'
            'tQ8bW2xv9kLmZpR4.pdf">DS_lop6_2026-2027.pdf</a> (312,4 KB)</p>'
        ),
    ],
    authors=["Văn phòng nhà trường"],
)

S209 = Story(
    209,
    "lich-tuu-truong-va-ke-hoach-tuan-dau-nam-hoc",
    "Lịch tựu trường và kế hoạch tuần đầu năm học",
    "Thông báo",
    "2026-08-25T07:45:00+07:00",
    [
        P(
            "Thực hiện Kế hoạch thời gian năm học 2026-2027 của UBND thành phố Hà Nội, nhà "
            "trường thông báo lịch tựu trường và các hoạt động tuần đầu năm học như sau:"
        ),
        P("Lịch tựu trường", "h2"),
        P("Khối | Ngày tựu trường | Giờ có mặt | Địa điểm", "tr"),
        P("Khối 6 | 28/8/2026 | 7h15 | Sân trường", "tr"),
        P("Khối 7, 8 | 31/8/2026 | 7h15 | Lớp học theo danh sách", "tr"),
        P("Khối 9 | 31/8/2026 | 13h30 | Lớp học theo danh sách", "tr"),
        P("Các hoạt động tuần đầu", "h2"),
        P("Ổn định tổ chức lớp, bầu ban cán sự lớp, phổ biến nội quy nhà trường.", "li"),
        P("Học sinh khối 6 tham gia tuần sinh hoạt tập thể, làm quen với thầy cô và bạn bè.", "li"),
        P("Tổng vệ sinh lớp học, nhận sách giáo khoa tại thư viện.", "li"),
        P("Tập luyện nghi thức cho Lễ khai giảng vào các buổi sáng từ 1/9 đến 4/9.", "li"),
        P("Đề nghị phụ huynh nhắc nhở con em mặc đồng phục, đi học đúng giờ."),
    ],
    authors=["Nguyễn Thị Lan"],
)

S214 = Story(
    214,
    "le-khai-giang-nam-hoc-2026-2027",
    "Lễ khai giảng năm học 2026-2027",
    "Tin hoạt động",
    "2026-09-05T08:20:00+07:00",
    [
        P(
            "Sáng ngày 5/9/2026, trong không khí tưng bừng của ngày hội đến trường, thầy và trò "
            "Trường THCS Phú Thị long trọng tổ chức Lễ khai giảng năm học 2026-2027."
        ),
        P(
            "Đến dự buổi lễ có ông Nguyễn Văn Thắng, Phó Chủ tịch UBND xã Phú Thị, đại diện "
            "Ban đại diện cha mẹ học sinh cùng đông đảo phụ huynh và hơn 1.100 học sinh."
        ),
        Img(
            upload("a3f9c1d2e4b5a6978812ab34cd56ef7890aa11bb"),
            "Các em học sinh khối 6 bước vào năm học mới",
            "Các em học sinh khối 6 bước vào năm học mới",
            "br:IMG_2041",
        ),
        P(
            "Phát biểu khai giảng, cô Hiệu trưởng Vũ Thị Thanh Huyền điểm lại những thành tích "
            "nổi bật của năm học 2025-2026: 18 giải học sinh giỏi cấp huyện, 6 giải cấp thành "
            "phố, tỉ lệ đỗ vào lớp 10 công lập đạt 86,5%."
        ),
        P(
            "Năm học mới, nhà trường đặt mục tiêu tiếp tục đổi mới phương pháp dạy học, đẩy "
            "mạnh chuyển đổi số và xây dựng trường học hạnh phúc."
        ),
        Img(upload("b71e22c0d9f84411a6c3e5d7f90b1c2d3e4f5061"), None, None, "none:IMG_2057"),
        P("Tiếng trống khai trường vang lên, mở đầu cho một năm học mới với nhiều kỳ vọng."),
        Img(
            upload("c0de11aa22bb33cc44dd55ee66ff778899001122"),
            "Tiết mục văn nghệ chào mừng của Đội văn nghệ nhà trường",
            "Tiết mục văn nghệ chào mừng của Đội văn nghệ nhà trường",
            "p:z5812345678901_8c1d2e3f4a5b6c7d8e9f",
        ),
        P("Buổi lễ khép lại với các tiết mục văn nghệ đặc sắc do học sinh biểu diễn."),
        Raw('<p style="text-align:right"><strong>Ảnh: Đỗ Minh Tuấn</strong></p>'),
    ],
    authors=["Nguyễn Thị Lan"],
    photographers=["Đỗ Minh Tuấn"],
)

S218 = Story(
    218,
    "thong-bao-cac-khoan-thu-dau-nam-hoc-2026-2027",
    "Thông báo các khoản thu đầu năm học 2026-2027",
    "Thông báo",
    "2026-09-10T10:15:00+07:00",
    [
        P(
            "Căn cứ Nghị quyết của HĐND thành phố Hà Nội về mức thu các dịch vụ phục vụ, hỗ "
            "trợ hoạt động giáo dục, nhà trường thông báo các khoản thu năm học 2026-2027:"
        ),
        P(
            "Các khoản thu phải được công khai, thu đúng, thu đủ và không được thu trước "
            "các khoản chưa phát sinh.",
            "quote",
        ),
        P("Khoản thu | Mức thu | Thời gian thu", "tr"),
        P("Bảo hiểm y tế học sinh | 1.105.650 đ/năm | Tháng 9", "tr"),
        P("Nước uống | 10.000 đ/tháng | Theo tháng", "tr"),
        P("Dịch vụ bán trú | 25.000 đ/ngày | Theo tháng", "tr"),
        P("Sổ liên lạc điện tử | 100.000 đ/năm | Tháng 10", "tr"),
        P(
            "Phụ huynh nộp qua tài khoản của nhà trường hoặc nộp trực tiếp cho giáo viên chủ "
            "nhiệm; nhà trường không thu tiền mặt tại lớp với các khoản trên 500.000 đồng."
        ),
        Raw(
            '<aside class="onebox allowlistedgeneric" data-onebox-src="https://hanoi.edu.vn/'
            'tin-tuc/huong-dan-thu-chi-nam-hoc-2026-2027">\n  <header class="source">\n'
            '      <img src="https://hanoi.edu.vn/favicon.ico" class="site-icon" width="16" '
            'height="16">\n      <a href="https://hanoi.edu.vn/tin-tuc/huong-dan-thu-chi-nam-'
            'hoc-2026-2027" target="_blank" rel="noopener">hanoi.edu.vn</a>\n  </header>\n'
            '  <article class="onebox-body">\n    <img src="https://hanoi.edu.vn/uploads/'
            'thumb/thu-chi-2026.jpg" class="thumbnail onebox-avatar" width="200" height="200">'
            '\n<h3><a href="https://hanoi.edu.vn/tin-tuc/huong-dan-thu-chi-nam-hoc-2026-2027" '
            'target="_blank" rel="noopener">Hướng dẫn thu, chi năm học 2026-2027</a></h3>\n'
            "  <p>Sở Giáo dục và Đào tạo Hà Nội hướng dẫn các cơ sở giáo dục thực hiện các "
            'khoản thu, chi đầu năm học…</p>\n  </article>\n  <div class="onebox-metadata">'
            '</div>\n  <div style="clear: both"></div>\n</aside>'
        ),
    ],
    authors=["Văn phòng nhà trường"],
)

S221 = Story(
    221,
    "hoi-thi-dau-truong-toan-hoc-cap-truong",
    "Hội thi “Đấu trường toán học” cấp trường",
    "Tin hoạt động",
    "2026-09-26T15:30:00+07:00",
    [
        P(
            "Chiều 25/9, Tổ Toán – Tin tổ chức Hội thi “Đấu trường toán học” dành cho học sinh "
            "khối 6 và khối 7 với sự tham gia của 12 đội thi."
        ),
        P(
            "Các đội trải qua ba vòng: khởi động, vượt chướng ngại vật và về đích. Nhiều câu "
            "hỏi đòi hỏi tư duy nhanh và khả năng làm việc nhóm."
        ),
        Img(
            upload("d44b0c9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c"),
            "Đội 7A1 giành giải Nhất hội thi",
            "Đội 7A1 giành giải Nhất hội thi",
            "br:IMG_3310",
        ),
        P("Kết quả: giải Nhất đội 7A1, giải Nhì đội 6A3, giải Ba các đội 7A4 và 6A1."),
        Raw('<p style="text-align:right"><em>Tin, ảnh: Phạm Thu Hà</em></p>'),
    ],
    authors=["Phạm Thu Hà"],
    photographers=["Phạm Thu Hà"],
)

S224 = Story(
    224,
    "lich-hop-phu-huynh-hoc-sinh-dau-nam",
    "Lịch họp phụ huynh học sinh đầu năm",
    "Thông báo",
    "2026-09-28T11:02:00+07:00",
    [
        P("Nhà trường tổ chức họp phụ huynh học sinh đầu năm học 2026-2027 theo lịch sau:"),
        P("Khối 6 và khối 9: 8h00 sáng Chủ nhật ngày 4/10/2026.", "li"),
        P("Khối 7 và khối 8: 14h00 chiều Chủ nhật ngày 4/10/2026.", "li"),
        P(
            "Địa điểm: tại các lớp học. Kính mong quý phụ huynh thu xếp thời gian tham dự đầy "
            "đủ, đúng giờ."
        ),
    ],
    authors=["Văn phòng nhà trường"],
)

S227 = Story(
    227,
    "thong-bao-nghi-hoc-tranh-bao-so-7",
    "Thông báo nghỉ học tránh bão số 7",
    "Thông báo",
    "2026-10-06T17:48:00+07:00",
    [
        P(
            "Thực hiện chỉ đạo của UBND huyện Gia Lâm, toàn bộ học sinh Trường THCS Phú Thị "
            "nghỉ học ngày 7/10/2026 để tránh bão số 7.",
            "nfd",
        ),
        P(
            "Học sinh đi học trở lại bình thường từ ngày 8/10/2026. Giáo viên chủ nhiệm thông "
            "báo tới phụ huynh qua nhóm lớp.",
            "nfd",
        ),
    ],
    authors=["Nguyễn Thị Lan"],
    opts={"edited": "2026-10-06T11:05:00Z"},
)

S230 = Story(
    230,
    "ngay-hoi-doc-sach-sach-nhip-cau-tri-thuc",
    "Ngày hội đọc sách “Sách – Nhịp cầu tri thức”",
    "Tin hoạt động",
    "2026-10-18T14:12:00+07:00",
    [
        P(
            "Hưởng ứng Tuần lễ học tập suốt đời, sáng 17/10 thư viện nhà trường phối hợp với "
            "Liên đội tổ chức Ngày hội đọc sách “Sách – Nhịp cầu tri thức”."
        ),
        P(
            "Hơn 600 đầu sách được trưng bày theo chủ đề: văn học thiếu nhi, khoa học khám "
            "phá, lịch sử Việt Nam và kĩ năng sống."
        ),
        Img(
            upload("e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718"),
            "Học sinh tìm đọc sách tại gian trưng bày của lớp 8A2",
            "Học sinh tìm đọc sách tại gian trưng bày của lớp 8A2",
            "p:IMG_4102",
        ),
        P(
            "Các lớp tham gia thi giới thiệu sách, vẽ tranh theo nội dung cuốn sách yêu thích "
            "và đóng kịch theo tác phẩm văn học.",
            "emoji",
        ),
        Img(
            upload("f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4"),
            "Tiểu phẩm “Dế Mèn phiêu lưu kí” của lớp 6A5",
            "Tiểu phẩm “Dế Mèn phiêu lưu kí” của lớp 6A5",
            "br:IMG_4127",
        ),
        Img(
            upload("0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d", 400, 300),
            None,
            None,
            "small:sach_tang.jpg",
        ),
        P(
            "Kết thúc ngày hội, học sinh và phụ huynh đã quyên góp 230 cuốn sách cho tủ sách "
            "lớp học của trường Tiểu học xã Kim Sơn."
        ),
    ],
    authors=["Phạm Thu Hà"],
)

S233 = Story(
    233,
    "ke-hoach-kiem-tra-giua-hoc-ki-i",
    "Kế hoạch kiểm tra giữa học kì I năm học 2026-2027",
    "Thông báo",
    "2026-10-22T09:30:00+07:00",
    [
        P("Nhà trường thông báo kế hoạch kiểm tra giữa học kì I năm học 2026-2027 như sau:"),
        P("1. Hình thức kiểm tra", "h2"),
        P(
            "Các môn Toán, Ngữ văn, Tiếng Anh kiểm tra tập trung theo đề chung của khối; các "
            "môn còn lại kiểm tra tại lớp trong tiết học theo thời khóa biểu."
        ),
        P("2. Lịch kiểm tra tập trung", "h2"),
        P("Ngày | Buổi | Môn | Thời gian làm bài", "tr"),
        P("02/11/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("03/11/2026 | Sáng | Toán | 90 phút", "tr"),
        P("04/11/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("3. Lưu ý", "h2"),
        P("Học sinh có mặt tại phòng thi trước giờ làm bài 15 phút.", "li"),
        P("Không mang điện thoại, tài liệu vào phòng thi.", "li"),
        P("Học sinh vắng thi có lí do được kiểm tra bù theo lịch của tổ chuyên môn.", "li"),
    ],
    authors=["Nguyễn Thị Lan"],
)

S236 = Story(
    236,
    "hoat-dong-chao-mung-ngay-nha-giao-viet-nam-20-11",
    "Sôi nổi các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "Tin hoạt động",
    "2026-11-20T16:05:00+07:00",
    [
        P(
            "Hướng tới kỉ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), Liên "
            "đội Trường THCS Phú Thị đã phát động đợt thi đua “Hoa điểm tốt dâng thầy cô” từ "
            "ngày 1/11."
        ),
        P(
            "Trong ba tuần thi đua, học sinh toàn trường đã đạt hơn 9.400 điểm tốt; lớp 8A1 "
            "dẫn đầu với 712 điểm 9, điểm 10."
        ),
        Img(
            upload("1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e"),
            "Liên đội trao thưởng cho các lớp dẫn đầu phong trào “Hoa điểm tốt”",
            "Liên đội trao thưởng cho các lớp dẫn đầu phong trào “Hoa điểm tốt”",
            "br:IMG_5520",
        ),
        P("Cuộc thi báo tường", "h2"),
        P(
            "27 tờ báo tường của 27 chi đội được trưng bày ở hành lang nhà A. Nhiều tờ báo "
            "được trình bày công phu với thơ, văn, tranh vẽ về thầy cô."
        ),
        P("Ban giám khảo đã trao giải Nhất cho chi đội 9A3, giải Nhì cho 7A2 và 8A4."),
        Img(
            upload("2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f"),
            None,
            None,
            "none:z5998877665544_1a2b3c4d5e6f7a8b9c0d",
        ),
        P("Hội diễn văn nghệ", "h2"),
        P(
            "Sáng 20/11, buổi lễ kỉ niệm diễn ra trang trọng với sự tham dự của các thầy cô "
            "giáo đã nghỉ hưu, đại diện Hội cha mẹ học sinh và chính quyền địa phương."
        ),
        P(
            "Chương trình văn nghệ gồm 12 tiết mục múa, hát, kịch do học sinh dàn dựng, trong "
            "đó tiết mục múa “Bụi phấn” của lớp 9A1 để lại nhiều cảm xúc."
        ),
        Img(
            upload("3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60"),
            "Tiết mục múa “Bụi phấn” của lớp 9A1",
            "Tiết mục múa “Bụi phấn” của lớp 9A1",
            "p:IMG_5602",
        ),
        P(
            "Thay mặt tập thể giáo viên, cô Hiệu trưởng gửi lời cảm ơn tới các em học sinh và "
            "quý phụ huynh đã luôn đồng hành cùng nhà trường."
        ),
        Raw(
            '<p style="text-align:right"><strong>Tin: Trần Văn Hùng – Ảnh: Đỗ Minh Tuấn'
            "</strong></p>"
        ),
    ],
    authors=["Trần Văn Hùng"],
    photographers=["Đỗ Minh Tuấn"],
)

S238 = Story(
    238,
    "lich-thi-hoc-sinh-gioi-cap-huyen-nam-hoc-2026-2027",
    "Lịch thi học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
    "Thông báo",
    "2026-11-21T08:00:00+07:00",
    [
        P(
            "Phòng Giáo dục và Đào tạo huyện Gia Lâm tổ chức kì thi chọn học sinh giỏi lớp 9 "
            "cấp huyện vào ngày 28/11/2026 tại Trường THCS Trâu Quỳ."
        ),
        P(
            "Học sinh trong đội tuyển có mặt tại điểm thi lúc 7h00; mang theo thẻ học sinh và "
            "đồ dùng học tập được phép mang vào phòng thi."
        ),
        P("Giáo viên phụ trách đội tuyển đưa đón học sinh theo phân công của nhà trường."),
        Raw("<p>Nguồn: Phòng GD&amp;ĐT huyện Gia Lâm</p>"),
    ],
    authors=["Văn phòng nhà trường"],
    source="Phòng GD&ĐT huyện Gia Lâm",
)

S240 = Story(
    240,
    "tuyen-truyen-phong-chong-bao-luc-hoc-duong",
    "Tuyên truyền phòng, chống bạo lực học đường",
    "Thông báo",
    "2026-11-23T10:40:00+07:00",
    [
        P(
            "Thứ Hai ngày 30/11/2026, nhà trường phối hợp với Công an xã Phú Thị tổ chức buổi "
            "tuyên truyền phòng, chống bạo lực học đường cho học sinh toàn trường.",
            "nbsp",
        ),
        P(
            "Học sinh mặc đồng phục, tập trung tại sân trường lúc 7h15. Giáo viên chủ nhiệm "
            "quản lí học sinh lớp mình trong suốt buổi tuyên truyền.",
            "nbsp",
        ),
    ],
    authors=["Văn phòng nhà trường"],
)


# --- the topics: news (a Story as first post) and discussions (cooked HTML) -----------------

_QUOTE = (
    '<aside class="quote no-group" data-username="{user}" data-post="1" data-topic="{tid}">\n'
    '<div class="title">\n<div class="quote-controls"></div>\n'
    '<img alt="" width="24" height="24" src="/user_avatar/bangtin.thcsphuthi.edu.vn/{user}/'
    '48/12_2.png" class="avatar"> {user}:</div>\n<blockquote>\n<p>{text}</p>\n</blockquote>\n'
    "</aside>\n"
)


def quote(user: str, tid: int, words: str) -> str:
    return _QUOTE.format(user=user, tid=tid, text=esc(words))


_THANKS = [
    "<p>Buổi lễ thật ý nghĩa, cảm ơn các thầy cô!</p>",
    "<p>Con nhà em về kể mãi về tiết mục văn nghệ ạ.</p>",
    '<p>Chúc thầy cô và các con một năm học mới nhiều thành công <img src="/images/emoji/'
    'twitter/tada.png?v=12" title=":tada:" class="emoji" alt=":tada:" loading="lazy" '
    'width="20" height="20"></p>',
]

REPLIES_214 = [
    r(
        "phuhuynh_6a3",
        "2026-09-05T02:41:00Z",
        quote(
            "nguyen_lan",
            214,
            "Tiếng trống khai trường vang lên, mở đầu cho một năm học mới với nhiều kỳ vọng.",
        )
        + "<p>Năm đầu tiên con vào lớp 6, gia đình rất xúc động. "
        "Cảm ơn nhà trường!</p>",
        4,
    ),
    r(
        "ngocanh_ph",
        "2026-09-05T03:10:00Z",
        "<p>Cho em hỏi ảnh buổi lễ có bản gốc để tải về không ạ? Em chia sẻ link bài cho "
        'nhóm lớp: <a href="{base}/t/le-khai-giang-nam-hoc-2026-2027/214/1?u=phuhuynh_6a3">'
        "{base}/t/le-khai-giang-nam-hoc-2026-2027/214/1?u=phuhuynh_6a3</a></p>",
        1,
    ),
    r(
        "nguyen_lan",
        "2026-09-05T03:32:00Z",
        "<p>Chào chị, ảnh gốc nhà trường sẽ gửi qua giáo viên chủ nhiệm ạ. Bài viết cũng có ở "
        'địa chỉ ngắn <a href="{base}/t/214">{base}/t/214</a>.</p>',
        2,
    ),
    r(
        "ph_7a2_quang",
        "2026-09-05T03:50:00Z",
        '<p>Em cũng xin ảnh gốc như <a href="{base}/t/le-khai-giang-nam-hoc-2026-2027/214/3">'
        "chị hỏi ở trên</a> ạ.</p>",
    ),
] + [
    r(
        ["phuhuynh_6a3", "ph_7a2_quang", "ngocanh_ph", "hs_minhkhoi"][i % 4],
        f"2026-09-0{5 + i // 8}T{4 + i % 8:02d}:{(i * 7) % 60:02d}:00Z",
        _THANKS[i % 3],
        i % 3,
    )
    for i in range(21)
]

TOPICS: list[Topic] = [
    Topic(
        201,
        "gioi-thieu-ve-danh-muc-thong-bao",
        "Giới thiệu về danh mục Thông báo",
        5,
        "admin",
        "2026-08-01T02:00:00Z",
        "<p>Thông báo chính thức của nhà trường. Chỉ Ban giám hiệu và Văn phòng được đăng "
        "chủ đề trong danh mục này; phụ huynh và học sinh có thể trả lời.</p>",
        pinned=True,
    ),
    Topic(
        202,
        "gioi-thieu-ve-danh-muc-tin-hoat-dong",
        "Giới thiệu về danh mục Tin hoạt động",
        6,
        "admin",
        "2026-08-01T02:03:00Z",
        "<p>Tin về các hoạt động dạy học, phong trào của nhà trường.</p>",
        pinned=True,
    ),
    Topic(
        203,
        "gioi-thieu-ve-danh-muc-hoi-dap-phu-huynh",
        "Giới thiệu về danh mục Hỏi đáp phụ huynh",
        7,
        "admin",
        "2026-08-01T02:05:00Z",
        "<p>Nơi quý phụ huynh đặt câu hỏi. Vui lòng dùng tên thật và ghi rõ lớp của con.</p>",
        pinned=True,
    ),
    Topic(
        204,
        "gioi-thieu-ve-danh-muc-goc-hoc-sinh",
        "Giới thiệu về danh mục Góc học sinh",
        8,
        "admin",
        "2026-08-01T02:06:00Z",
        "<p>Góc chia sẻ của các em học sinh. Hãy viết lịch sự, đúng chính tả nhé!</p>",
        pinned=True,
    ),
    Topic(
        205,
        S205.slug,
        S205.title,
        5,
        "vanphong",
        "2026-08-10T02:05:00Z",
        S205,
        tags=("tuyen-sinh",),
        likes=6,
    ),
    Topic(
        207,
        S207.slug,
        S207.title,
        5,
        "vanphong",
        "2026-08-20T09:40:00Z",
        S207,
        [
            r(
                "ph_7a2_quang",
                "2026-08-20T12:01:00Z",
                "<p>Nhà trường cho hỏi danh sách đã chia theo nguyện vọng học tiếng Anh chưa ạ?"
                "</p>",
            )
        ],
        tags=("tuyen-sinh",),
        likes=9,
    ),
    Topic(209, S209.slug, S209.title, 5, "nguyen_lan", "2026-08-25T00:45:00Z", S209, likes=5),
    Topic(
        211,
        "xin-hoi-ve-dong-phuc-lop-6",
        "Xin hỏi về đồng phục lớp 6",
        7,
        "phuhuynh_6a3",
        "2026-08-27T13:20:00Z",
        "<p>Chào nhà trường, cho em hỏi đồng phục lớp 6 năm nay mua ở đâu và có bắt buộc "
        "áo khoác không ạ? Em cảm ơn.</p>",
        [
            r(
                "vanphong",
                "2026-08-28T01:15:00Z",
                "<p>Chào chị, đồng phục bán tại phòng Đoàn Đội từ 7h30 đến 11h00 các ngày trong "
                "tuần. Áo khoác không bắt buộc ạ.</p>",
                2,
            ),
            r("phuhuynh_6a3", "2026-08-28T02:00:00Z", "<p>Em cảm ơn ạ!</p>"),
        ],
    ),
    Topic(
        212,
        "gioi-thieu-clb-tieng-anh-cac-ban-dang-ky-nhe",
        "Giới thiệu CLB Tiếng Anh – các bạn đăng ký nhé!",
        8,
        "hs_minhkhoi",
        "2026-09-02T11:00:00Z",
        "<p>CLB Tiếng Anh của trường sinh hoạt chiều thứ Sáu hằng tuần ở phòng 204. Năm nay "
        "CLB có thêm hoạt động hùng biện và xem phim. Bạn nào muốn tham gia thì bình luận "
        "bên dưới nhé!</p>",
        [
            r("bao_ngoc_8a1", "2026-09-02T12:30:00Z", "<p>Mình đăng ký với ạ, lớp 8A1.</p>"),
            r(
                "tranvanhung",
                "2026-09-03T01:00:00Z",
                "<p>Thầy ủng hộ các em, nhớ đăng ký với cô phụ trách CLB nhé.</p>",
                3,
            ),
        ],
    ),
    Topic(
        214,
        S214.slug,
        S214.title,
        6,
        "nguyen_lan",
        "2026-09-05T01:20:00Z",
        S214,
        REPLIES_214,
        tags=("khai-giang",),
        likes=37,
    ),
    Topic(
        216,
        "con-em-bi-mat-the-hoc-sinh-thi-lam-lai-o-dau-a",
        "Con em bị mất thẻ học sinh thì làm lại ở đâu ạ?",
        7,
        "ngocanh_ph",
        "2026-09-08T14:22:00Z",
        "<p>Con em lớp 7A4 làm mất thẻ học sinh, xin hỏi làm lại ở đâu và mất bao lâu ạ?</p>",
        [
            r(
                "vanphong",
                "2026-09-09T01:40:00Z",
                "<p>Phụ huynh cho con mang 1 ảnh 3x4 lên Văn phòng, thẻ làm lại trong 2 ngày.</p>",
                1,
            )
        ],
    ),
    Topic(
        218,
        S218.slug,
        S218.title,
        5,
        "vanphong",
        "2026-09-10T03:15:00Z",
        S218,
        [
            r(
                "ph_7a2_quang",
                "2026-09-10T08:50:00Z",
                quote("vanphong", 218, "Dịch vụ bán trú | 25.000 đ/ngày | Theo tháng")
                + "<p>Nếu con nghỉ ốm thì có được trừ tiền bán trú những ngày nghỉ không ạ?</p>",
            ),
            r(
                "vanphong",
                "2026-09-11T01:20:00Z",
                "<p>Có ạ, nghỉ có báo trước được trừ theo ngày.</p>",
                2,
            ),
        ],
        likes=4,
    ),
    Topic(221, S221.slug, S221.title, 6, "bientap", "2026-09-26T08:30:00Z", S221, likes=11),
    Topic(224, S224.slug, S224.title, 5, "vanphong", "2026-09-28T04:02:00Z", S224, likes=3),
    Topic(
        225,
        "hoi-ve-lich-hop-phu-huynh-lop-7a2",
        "Hỏi về lịch họp phụ huynh lớp 7A2",
        7,
        "ph_7a2_quang",
        "2026-09-29T12:10:00Z",
        quote("vanphong", 224, "Khối 7 và khối 8: 14h00 chiều Chủ nhật ngày 4/10/2026.")
        + "<p>Lớp 7A2 họp chiều Chủ nhật ngày 4/10/2026 lúc 14h00 đúng không ạ? Nhà em "
        "có hai cháu khác khối, em xin họp khối 7 buổi sáng được không ạ?</p>",
        [
            r(
                "nguyen_lan",
                "2026-09-30T02:10:00Z",
                "<p>Anh vui lòng liên hệ giáo viên chủ nhiệm để sắp xếp ạ. Lịch họp xem tại "
                '<a href="{base}/t/224">{base}/t/224</a>.</p>',
            )
        ],
    ),
    Topic(
        227,
        S227.slug,
        S227.title,
        5,
        "nguyen_lan",
        "2026-10-06T10:48:00Z",
        S227,
        [
            r(
                "phuhuynh_6a3",
                "2026-10-06T11:30:00Z",
                "<p>Nhà trường cho hỏi học sinh nghỉ học ngày 7/10/2026 có học bù không ạ?</p>",
            )
        ],
        likes=15,
        edited_utc="2026-10-06T11:05:00Z",
    ),
    Topic(
        231,
        "cam-nhan-ngay-hoi-doc-sach",
        "Chia sẻ cảm nhận Ngày hội đọc sách",
        8,
        "bao_ngoc_8a1",
        "2026-10-18T12:00:00Z",
        "<p>Ngày hội đọc sách hôm qua vui quá! Gian trưng bày của lớp 8A2 đẹp nhất. Mình đã "
        "mượn được cuốn “Hoàng tử bé”. Các bạn đọc được sách gì hay thì kể nhé.</p>",
        [
            r(
                "hs_minhkhoi",
                "2026-10-18T13:05:00Z",
                '<p>Mình thích tiểu phẩm Dế Mèn của 6A5 <img src="/images/emoji/twitter/'
                'laughing.png?v=12" title=":laughing:" class="emoji" alt=":laughing:" '
                'loading="lazy" width="20" height="20"></p>',
                2,
            )
        ],
    ),
    Topic(230, S230.slug, S230.title, 6, "phamthuha", "2026-10-18T07:12:00Z", S230, likes=21),
    Topic(
        233,
        S233.slug,
        S233.title,
        5,
        "nguyen_lan",
        "2026-10-22T02:30:00Z",
        S233,
        [
            r(
                "hs_minhkhoi",
                "2026-10-22T10:00:00Z",
                "<p>Thưa cô, môn Tin học kiểm tra tại lớp hay tập trung ạ?</p>",
            ),
            r(
                "nguyen_lan",
                "2026-10-22T13:15:00Z",
                "<p>Môn Tin học kiểm tra tại lớp trong tiết học theo thời khóa biểu em nhé.</p>",
                1,
            ),
        ],
        likes=8,
    ),
    Topic(
        234,
        "xin-lich-thi-giua-ki-mon-tieng-anh",
        "Xin lịch thi giữa kì môn Tiếng Anh",
        7,
        "ngocanh_ph",
        "2026-10-24T14:00:00Z",
        "<p>Cho em hỏi môn Tiếng Anh thi giữa kì ngày nào và làm bài bao nhiêu phút ạ?</p>",
        [
            r(
                "phuhuynh_6a3",
                "2026-10-24T15:02:00Z",
                quote("nguyen_lan", 233, "04/11/2026 | Sáng | Tiếng Anh | 60 phút")
                + '<p>Chị xem ở <a href="{base}/t/ke-hoach-kiem-tra-giua-hoc-ki-i/233/1">thông '
                "báo kế hoạch kiểm tra</a> nhé.</p>",
                1,
            )
        ],
    ),
    Topic(
        237,
        "tri-an-thay-co-nhan-ngay-20-11",
        "Tri ân thầy cô nhân ngày 20/11",
        8,
        "hs_minhkhoi",
        "2026-11-20T13:30:00Z",
        "<p>Lớp 9A1 chúng mình tập múa “Bụi phấn” suốt hai tuần để tặng thầy cô. Đây là ảnh "
        'buổi biểu diễn sáng nay!</p>\n<p><div class="lightbox-wrapper"><a class="lightbox" '
        'href="/uploads/default/original/2X/9/9a8b7c6d5e4f3a2b1c0d.jpeg" title="IMG_0412">'
        '<img src="/uploads/default/optimized/2X/9/9a8b7c6d5e4f3a2b1c0d_2_690x517.jpeg" '
        'alt="IMG_0412" width="690" height="517"><div class="meta"><span class="filename">'
        'IMG_0412</span><span class="informations">4032×3024 2,1 MB</span></div></a></div>'
        "</p>",
        [r("tranvanhung", "2026-11-20T14:00:00Z", "<p>Thầy cảm ơn các em!</p>", 5)],
    ),
    Topic(
        236,
        S236.slug,
        S236.title,
        6,
        "tranvanhung",
        "2026-11-20T09:05:00Z",
        S236,
        [
            r(
                "ph_7a2_quang",
                "2026-11-20T10:12:00Z",
                quote(
                    "tranvanhung",
                    236,
                    "Thay mặt tập thể giáo viên, cô Hiệu trưởng gửi lời "
                    "cảm ơn tới các em học sinh và quý phụ huynh",
                )
                + "<p>Chúc các thầy cô luôn mạnh khỏe, hạnh phúc!</p>",
                6,
            )
        ],
        tags=("20-11",),
        likes=42,
    ),
    Topic(238, S238.slug, S238.title, 5, "vanphong", "2026-11-21T01:00:00Z", S238, likes=7),
    Topic(240, S240.slug, S240.title, 5, "vanphong", "2026-11-23T03:40:00Z", S240, likes=2),
]
BY_ID = {t.id: t for t in TOPICS}
STORIES = [t.first for t in TOPICS if isinstance(t.first, Story)]

# the post ids of each topic's posts (for /posts/<id>/raw): first post of topic N is N * 4
POST_ID = {t.id: t.id * 4 for t in TOPICS}


# --- cooking a Story into Discourse's post HTML ----------------------------------------------


def _para(block: P) -> str:
    if block.style == "nfd":
        return text(block.text, nfd=True)
    if block.style == "nbsp":
        return text(block.text).replace(", ", ",&nbsp;", 2)
    if block.style == "emoji":
        return text(block.text) + (
            ' <img src="/images/emoji/twitter/books.png?v=12" title=":books:" class="emoji" '
            'alt=":books:" loading="lazy" width="20" height="20">'
        )
    return text(block.text)


def _lightbox(img: Img, name: str) -> str:
    m = re.search(r"/(\w+)_2_(\d+)x(\d+)\.jpeg$", img.src)
    assert m, img.src
    sha, w, h = m.group(1), int(m.group(2)), int(m.group(3))
    original = f"/uploads/default/original/2X/{sha[0]}/{sha}.jpeg"
    big = f"/uploads/default/optimized/2X/{sha[0]}/{sha}_2_{w * 3 // 2}x{h * 3 // 2}.jpeg"
    return (
        f'<div class="lightbox-wrapper"><a class="lightbox" href="{original}" '
        f'data-download-href="/uploads/default/{sha[:20]}" title="{esc(name)}">'
        f'<img src="{img.src}" alt="{esc(name)}" data-base62-sha1="{sha[:27]}" width="{w}" '
        f'height="{h}" srcset="{img.src}, {big} 1.5x" data-dominant-color="7A8B6C">'
        f'<div class="meta"><svg class="fa d-icon d-icon-far-image svg-icon" aria-hidden="true">'
        f'<use href="#far-image"></use></svg><span class="filename">{esc(name)}</span>'
        f'<span class="informations">{w * 2}×{h * 2} {80 + w % 97} KB</span>'
        f'<svg class="fa d-icon d-icon-discourse-expand svg-icon" aria-hidden="true">'
        f'<use href="#discourse-expand"></use></svg></div></a></div>'
    )


def cook(story: Story) -> str:
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>\n" + "".join(f"<li>{_para(x)}</li>\n" for x in run) + "</ul>")
            else:
                rows = [x.text.split(" | ") for x in run]
                head = "".join(f"<th>{esc(c)}</th>\n" for c in rows[0])
                body = "".join(
                    "<tr>\n" + "".join(f"<td>{esc(c)}</td>\n" for c in row) + "</tr>\n"
                    for row in rows[1:]
                )
                out.append(
                    '<div class="md-table">\n<table>\n<thead>\n<tr>\n'
                    f"{head}</tr>\n</thead>\n<tbody>\n{body}</tbody>\n</table>\n</div>"
                )
            continue
        i += 1
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            how, name = b.style.split(":", 1)
            if how == "small":
                alt = name.rsplit(".", 1)[0]
                out.append(f'<p><img src="{b.src}" alt="{esc(alt)}" width="400" height="300"></p>')
            elif how == "br":
                out.append(f"<p>{_lightbox(b, name)}<br>\n<em>{esc(b.printed or '')}</em></p>")
            elif how == "p":
                out.append(f"<p>{_lightbox(b, name)}</p>\n<p><em>{esc(b.printed or '')}</em></p>")
            else:
                out.append(f"<p>{_lightbox(b, name)}</p>")
        elif b.style == "h2":
            anchor = re.sub(r"\W+", "-", b.text.lower()).strip("-")[:40]
            out.append(
                f'<h2><a name="{esc(anchor)}" class="anchor" href="#{esc(anchor)}"></a>'
                f"{_para(b)}</h2>"
            )
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p>{_para(b)}</p>\n</blockquote>")
        else:
            out.append(f"<p>{_para(b)}</p>")
    return "\n".join(out)


def markdown(story: Story) -> str:
    """What /raw/<id> prints: the post's markdown source."""
    lines = []
    for b in story.blocks:
        if isinstance(b, Img):
            name = b.style.split(":", 1)[1]
            lines.append(f"![{name}|690x460](upload://{name.lower()}.jpeg)")
            if b.printed:
                lines.append(f"*{b.printed}*")
        elif isinstance(b, P):
            prefix = {"li": "* ", "h2": "## ", "quote": "> ", "tr": "| "}.get(b.style, "")
            lines.append(prefix + b.text + (" |" if b.style == "tr" else ""))
        else:
            lines.append(re.sub(r"<[^>]+>", "", b.html).strip())
        lines.append("")
    return "\n".join(lines)


# --- pages -----------------------------------------------------------------------------------

_ROBOTS = """# See http://www.robotstxt.org/robotstxt.html for documentation on how to use the robots.txt file
#
User-agent: *
Disallow: /admin/
Disallow: /auth/
Disallow: /assets/browser-update*.js
Disallow: /email/
Disallow: /session
Disallow: /user-api-key
Disallow: /*?api_key*
Disallow: /*?*api_key*
Disallow: /badges
Disallow: /u/
Disallow: /my
Disallow: /search
Disallow: /tag/*/l
Disallow: /g
Disallow: /t/*/*.rss
Disallow: /c/*.rss

Sitemap: {base}/sitemap.xml
"""


def layout(
    request: Request,
    title: str,
    main: str,
    canonical: str | None = None,
    head: str = "",
    description: str = "",
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SITE_NAME)}">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="icon" type="image/png" href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
{canon}<link rel="search" type="application/opensearchdescription+xml" href="{base}/opensearch.xml" title="{esc(SITE_NAME)} Search">
<link href="/stylesheets/color_definitions_light_1_2_abc123.css?__ws=bangtin" media="all" rel="stylesheet">
<link href="/stylesheets/common_theme_2_def456.css?__ws=bangtin" media="all" rel="stylesheet">
<meta property="og:site_name" content="{esc(SITE_NAME)}" />
{head}</head>
<body class="crawler">
<div class="thcs-topbar"><div class="wrap"><span class="school">{SCHOOL} – Gia Lâm – Hà Nội</span>
<span class="today">{TODAY}</span>
<a href="https://thcsphuthi.edu.vn" target="_blank">Website nhà trường</a></div></div>
<header>
  <a href="/">
    <img src="/uploads/default/original/1X/logo-thcs-phu-thi.png" alt="{esc(SITE_NAME)}" id="site-logo" style="max-width: 150px;">
  </a>
</header>
<div id="main-outlet" class="wrap" role="main">
{main}
</div>
<footer class="container wrap">
  <nav class='crawler-nav'>
    <ul>
      <li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/' itemprop="url">Trang chủ </a></span></li>
      <li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories' itemprop="url">Danh mục </a></span></li>
      <li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines' itemprop="url">Hướng dẫn </a></span></li>
      <li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/about' itemprop="url">Giới thiệu </a></span></li>
    </ul>
  </nav>
  <p class='powered-by-link'>Được hỗ trợ bởi <a href="https://www.discourse.org">Discourse</a>, hiển thị tốt nhất khi bật JavaScript</p>
</footer>
<div class="thcs-footer"><div class="wrap">
<p><strong>{SCHOOL.upper()}</strong></p>
<p>Địa chỉ: Thôn Phú Thị, xã Phú Thị, huyện Gia Lâm, TP. Hà Nội</p>
<p>Điện thoại: 024 3827 6154 – Email: c2phuthi@gialam.edu.vn</p>
<p>Lượt truy cập: 218.403 – Đang trực tuyến: 17</p>
</div></div>
</body>
</html>
"""
    return html(page)


def _name_part(user: str) -> str:
    full = USERS[user]
    return f"\n        ({esc(full)})" if full else ""


def post_html(
    number: int, user: str, when: str, cooked: str, likes: int, edited: str | None = None
) -> str:
    modified = f"\n          <meta itemprop='dateModified' content='{edited}'>" if edited else ""
    stats = (
        f"""
    <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
      <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
      <meta itemprop="userInteractionCount" content="{likes}" />
      <span class='post-likes'>{likes} lượt thích</span>
    </div>"""
        if likes
        else ""
    )
    return f"""
  <div id='post_{number}' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body crawler-post'>
    <div class='crawler-post-meta'>
      <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
        <a itemprop="url" href='/u/{user}'><span itemprop='name'>{user}</span></a>{_name_part(user)}
      </span>
      <span class="crawler-post-infos">
          <time itemprop='datePublished' datetime='{when}' class='post-time'>
            {printed_time(when)}
          </time>{modified}
        <meta itemprop='position' content='{number}'>
      </span>
    </div>
    <div class='post' itemprop='text'>
{cooked}
    </div>{stats}
  </div>"""


def first_cooked(topic: Topic) -> str:
    return cook(topic.first) if isinstance(topic.first, Story) else topic.first


def posts_of(topic: Topic, base: str) -> list[tuple[int, str, str, str, int, str | None]]:
    out = [(1, topic.user, topic.utc, first_cooked(topic), topic.likes, topic.edited_utc)]
    for n, rep in enumerate(topic.replies, start=2):
        out.append((n, rep.user, rep.utc, rep.html.replace("{base}", base), rep.likes, None))
    return out


def _tags(tags: tuple[str, ...]) -> str:
    if not tags:
        return ""
    links = " ".join(f"<a href='/tag/{t}' class='discourse-tag'>{t}</a>" for t in tags)
    return f"\n  <div class='list-tags'>{links}</div>"


def excerpt(topic: Topic) -> str:
    plain = re.sub(r"<aside.*?</aside>|<[^>]+>", " ", first_cooked(topic), flags=re.S)
    return " ".join(plain.split())[:180]


def topic_page(request: Request, topic: Topic, page: int) -> Response:
    base = base_url(request)
    cat = CATEGORIES[topic.cat]
    posts = posts_of(topic, base)
    pages = (len(posts) - 1) // POSTS_PER_PAGE + 1
    if page > pages:
        return None  # type: ignore[return-value]
    shown = posts[(page - 1) * POSTS_PER_PAGE : page * POSTS_PER_PAGE]
    canonical = topic.path + (f"?page={page}" if page > 1 else "")
    nav = ""
    if page > 1:
        prev = topic.path + (f"?page={page - 1}" if page > 2 else "")
        nav += f"<span itemprop='name'><a rel='prev' itemprop='url' href='{prev}'>← trang trước</a></span>"
    if page < pages:
        nav += (
            f"<span itemprop='name'><b><a rel='next' itemprop='url' "
            f"href='{topic.path}?page={page + 1}'>trang sau →</a></b></span>"
        )
    if nav:
        nav = (
            "\n<div role='navigation' itemscope itemtype='http://schema.org/"
            f'SiteNavigationElement\' class="topic-body crawler-post">{nav}</div>'
        )
    tags_meta = "".join(f'<meta property="article:tag" content="{t}" />\n' for t in topic.tags)
    head = f"""<meta property="og:type" content="website" />
<meta property="og:title" content="{esc(topic.title)}" />
<meta property="og:url" content="{base}{topic.path}" />
<meta property="og:description" content="{esc(excerpt(topic))}" />
<meta property="og:article:section" content="{esc(cat.name)}" />
<meta property="article:published_time" content="{topic.utc.replace("Z", "+00:00")}" />
<meta property="og:ignore_canonical" content="true" />
{tags_meta}<link rel="alternate nofollow" type="application/rss+xml" title="Nguồn cấp dữ liệu RSS của &#39;{esc(topic.title)}&#39;" href="{base}{topic.path}.rss" />
"""
    main = f"""<div id="topic-title">
  <h1>
    <a href="{topic.path}">{esc(topic.title)}</a>
  </h1>
  <div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
    <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
      <a href="/c/{cat.slug}/{cat.id}" class="badge-wrapper bullet" itemprop="item">
        <span class='badge-category-bg' style='background-color: #{cat.color}'></span>
        <span class='badge-category clear-badge'><span class='category-name' itemprop='name'>{esc(cat.name)}</span></span>
      </a>
      <meta itemprop="position" content="1" />
    </span>
  </div>{_tags(topic.tags)}
</div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
  <meta itemprop='headline' content='{esc(topic.title)}'>
  <link itemprop='url' href='{base}{topic.path}'>
  <meta itemprop='datePublished' content='{topic.utc}'>
  <meta itemprop='articleSection' content='{esc(cat.name)}'>
  <meta itemprop='keywords' content='{",".join(topic.tags)}'>
  <div itemprop='publisher' itemscope itemtype="http://schema.org/Organization">
    <meta itemprop='name' content='{esc(SCHOOL)}'>
  </div>
{"".join(post_html(*p) for p in shown)}
</div>{nav}
<div id="topic-footer-buttons" class="crawler-topic-footer">
  <a href="/login">Đăng nhập để trả lời</a>
</div>
"""
    title = f"{topic.title} - {cat.name} - {SITE_NAME}"
    if page > 1:
        title = f"{topic.title} - #{page} bởi {shown[0][1]} - {cat.name} - {SITE_NAME}"
    return layout(request, title, main, canonical, head, excerpt(topic))


def _row(topic: Topic, position: int, show_category: bool) -> str:
    cat = CATEGORIES[topic.cat]
    bottom = ""
    if show_category:
        bottom = f"""
        <div class="link-bottom-line">
            <a href='/c/{cat.slug}/{cat.id}' class='badge-wrapper bullet'>
              <span class='badge-category-bg' style='background-color: #{cat.color}'></span>
              <span class='badge-category clear-badge'><span class='category-name'>{esc(cat.name)}</span></span>
            </a>{_tags(topic.tags)}
        </div>"""
    pages = (topic.posts_count - 1) // POSTS_PER_PAGE + 1
    page_links = ""
    if pages > 1:
        page_links = (
            " <span class='page-links'>("
            + " ".join(
                f"<a href='{topic.path}?page={n}'>trang {n}</a>" for n in range(2, pages + 1)
            )
            + ")</span>"
        )
    pinned = "<span class='pinned'>Đã ghim</span> " if topic.pinned else ""
    return f"""
      <tr class="topic-list-item">
        <td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
          <meta itemprop='position' content='{position}'>
          <span class="link-top-line">{pinned}
            <a itemprop='url' href='{topic.path}' class='title raw-link raw-topic-link'>{esc(topic.title)}</a>{page_links}
          </span>{bottom}
        </td>
        <td class="replies"><span class='posts' title='bài viết'>{topic.posts_count - 1}</span></td>
        <td class="views"><span class='views' title='lượt xem'>{topic.views}</span></td>
        <td class="activity">{short_date(topic.bumped)}</td>
      </tr>"""


def ordered(topics: list[Topic], pin: bool) -> list[Topic]:
    by_bump = sorted(topics, key=lambda t: t.bumped, reverse=True)
    if not pin:
        return by_bump
    return [t for t in by_bump if t.pinned] + [t for t in by_bump if not t.pinned]


def topic_list(
    request: Request,
    heading: str,
    base_path: str,
    topics: list[Topic],
    page: int,
    show_category: bool = True,
    title: str = "",
) -> Response:
    chunk = topics[page * PER_PAGE : (page + 1) * PER_PAGE]
    if not chunk and page > 0 and len(topics) != page * PER_PAGE:
        return None  # type: ignore[return-value]
    rows = "".join(_row(t, i + 1, show_category) for i, t in enumerate(chunk))
    more = ""
    if len(chunk) == PER_PAGE:  # Discourse offers the next page whenever this one is full
        more = (
            f"\n<div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement'>"
            f"\n  <span itemprop='name'><b><a rel='next' itemprop='url' "
            f"href='{base_path}?page={page + 1}'>trang sau →</a></b></span>\n</div>"
        )
    empty = "" if chunk else "\n<p>Không còn chủ đề nào.</p>"
    canonical = base_path + (f"?page={page}" if page else "")
    main = f"""<h1 class="list-heading">{esc(heading)}</h1>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
  <meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
  <table class='topic-list'>
    <thead>
      <tr>
        <th>Chủ đề</th>
        <th class="replies">Trả lời</th>
        <th class="views">Lượt xem</th>
        <th>Hoạt động</th>
      </tr>
    </thead>
    <tbody>{rows}
    </tbody>
  </table>{empty}
</div>{more}
"""
    return layout(request, title or f"{heading} - {SITE_NAME}", main, canonical)


def categories_page(request: Request) -> Response:
    rows = []
    for cat in CATEGORIES.values():
        latest = ordered([t for t in TOPICS if t.cat == cat.id and not t.pinned], False)[:3]
        items = "".join(f"<li><a href='{t.path}'>{esc(t.title)}</a></li>" for t in latest)
        count = sum(1 for t in TOPICS if t.cat == cat.id)
        rows.append(f"""
    <tr>
      <td class="category"><h3><a href='/c/{cat.slug}/{cat.id}'><span class='category-name'>{esc(cat.name)}</span></a></h3>
        <div class="category-description">{esc(cat.description)}</div></td>
      <td class="topics">{count}</td>
      <td class="latest"><ul>{items}</ul></td>
    </tr>""")
    main = f"""<h1>Danh mục</h1>
<table class="category-list">
  <thead><tr><th>Danh mục</th><th>Chủ đề</th><th>Mới nhất</th></tr></thead>
  <tbody>{"".join(rows)}
  </tbody>
</table>
"""
    return layout(request, f"Danh mục - {SITE_NAME}", main, "/categories")


def about_page(request: Request) -> Response:
    staff = "".join(
        f"<li><a href='/u/{u}'>{u}</a> {esc(USERS[u])}</li>"
        for u in ("admin", "vanphong", "nguyen_lan", "bientap")
    )
    main = f"""<section class='about'>
  <h1>Giới thiệu về {esc(SITE_NAME)}</h1>
  <p>Bảng tin là kênh thông tin chính thức của {SCHOOL} (huyện Gia Lâm, Hà Nội) với phụ huynh và
  học sinh: thông báo của nhà trường, tin hoạt động, hỏi đáp của phụ huynh và góc chia sẻ của học
  sinh. Tài khoản phụ huynh được cấp qua giáo viên chủ nhiệm.</p>
  <h2>Ban quản trị</h2>
  <ul>{staff}</ul>
  <h2>Thống kê</h2>
  <p>Chủ đề: {len(TOPICS)} – Bài viết: {sum(t.posts_count for t in TOPICS)} – Thành viên: 612</p>
  <h2>Liên hệ</h2>
  <p>Mọi ý kiến xin gửi về Văn phòng nhà trường, điện thoại 024 3827 6154.</p>
</section>
"""
    return layout(request, f"Giới thiệu - {SITE_NAME}", main, "/about")


def faq_page(request: Request) -> Response:
    main = """<h1>Hướng dẫn cộng đồng</h1>
<div class="body-page">
<h2 id="civilized">Đây là nơi trao đổi văn minh</h2>
<p>Hãy tôn trọng thầy cô, phụ huynh và các em học sinh. Viết có dấu, dùng tên thật.</p>
<h2 id="improve">Giúp bảng tin tốt hơn</h2>
<p>Đặt câu hỏi đúng danh mục; tìm kiếm trước khi đăng câu hỏi mới.</p>
<h2 id="flag-problems">Nếu thấy bài không phù hợp</h2>
<p>Hãy gắn cờ để Ban quản trị xử lý.</p>
</div>
"""
    return layout(request, f"Hướng dẫn - {SITE_NAME}", main, "/guidelines")


def user_page(request: Request, user: str, activity: bool) -> Response:
    full = USERS[user]
    if activity:
        items = []
        for t in TOPICS:
            for n, u, when, _c, _l, _e in posts_of(t, base_url(request)):
                if u == user:
                    items.append(
                        f"<li><a href='{t.path}/{n}'>{esc(t.title)}</a> – {short_date(when)}</li>"
                    )
        body = f"<h2>Hoạt động</h2>\n<ul class='user-stream'>{''.join(items[::-1])}</ul>"
    else:
        body = f"<div class='bio'>{esc(BIOS.get(user, ''))}</div>\n<a href='/u/{user}/activity'>Hoạt động</a>"
    main = f"""<div class='user-crawler'>
  <img alt='' src='/user_avatar/bangtin.thcsphuthi.edu.vn/{user}/45/12_2.png' class='avatar' width='45' height='45'>
  <h1>{user}</h1>
  <h2 class='full-name'>{esc(full)}</h2>
</div>
{body}
"""
    return layout(request, f"Hồ sơ - {user} - {SITE_NAME}", main, f"/u/{user}")


def simple_page(request: Request, title: str, main: str, noindex: bool = True) -> Response:
    head = '<meta name="robots" content="noindex">\n' if noindex else ""
    return layout(request, f"{title} - {SITE_NAME}", main, head=head)


def print_page(request: Request, topic: Topic) -> Response:
    posts = "".join(
        f"<div class='print-post'><p class='meta'>{u}{(' (' + esc(USERS[u]) + ')') if USERS[u] else ''}"
        f" – {printed_time(when)}</p>\n<div class='cooked'>{cooked}</div></div>\n"
        for _n, u, when, cooked, _l, _e in posts_of(topic, base_url(request))
    )
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(topic.title)} - {esc(SITE_NAME)}</title>
<meta name="robots" content="noindex"></head>
<body class="print-topic" onload="window.print()">
<h1>{esc(topic.title)}</h1>
<p class="print-category">{esc(CATEGORIES[topic.cat].name)}</p>
{posts}</body></html>
"""
    return html(page)


def rss(request: Request, topic: Topic) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(topic.title)}</title><dc:creator><![CDATA[{u}]]></dc:creator>"
        f"<description><![CDATA[{cooked}]]></description><link>{base}{topic.path}/{n}</link>"
        f"<pubDate>{utc(when).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
        f'<guid isPermaLink="false">bangtin-post-{POST_ID[topic.id] + n - 1}</guid></item>\n'
        for n, u, when, cooked, _l, _e in posts_of(topic, base)
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"\n<channel><title>{esc(topic.title)}</title><link>{base}{topic.path}</link>"
        f"<description>{esc(CATEGORIES[topic.cat].name)}</description>\n{items}</channel></rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def raw_text(topic: Topic, n: int = 1) -> str:
    if n == 1:
        if isinstance(topic.first, Story):
            return markdown(topic.first)
        return re.sub(r"<[^>]+>", "", topic.first)
    return re.sub(r"<[^>]+>", "", topic.replies[n - 2].html)


def sitemap_index(request: Request) -> Response:
    base = base_url(request)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
        f'schemas/sitemap/0.9">\n<sitemap><loc>{base}/sitemap_1.xml</loc>'
        "<lastmod>2026-11-25T00:00:00Z</lastmod></sitemap>\n</sitemapindex>\n"
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


def sitemap_1(request: Request) -> Response:
    base = base_url(request)
    urls = "".join(
        f"<url><loc>{base}{t.path}</loc><lastmod>{t.bumped}</lastmod></url>\n"
        for t in sorted(TOPICS, key=lambda t: t.id)
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
        f'sitemap/0.9">\n{urls}</urlset>\n'
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


# --- routing ---------------------------------------------------------------------------------

_PAGE = re.compile(r"^\d{1,3}$")
_TOPIC = re.compile(r"^/t/(?:([a-z0-9-]+)/)?(\d+)(?:/(\d+|print))?(\.rss)?$")


def _page(request: Request) -> int | None:
    value = request.params.get("page", "0")
    return int(value) if _PAGE.match(value) else None


class DiscourseSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        static = static_file(path)
        if static is not None and path.startswith(
            ("/uploads/", "/images/", "/user_avatar/", "/stylesheets/", "/assets/")
        ):
            return static
        if path == "/robots.txt":
            return Response(
                200,
                _ROBOTS.format(base=base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/sitemap.xml":
            return sitemap_index(request)
        if path == "/sitemap_1.xml":
            return sitemap_1(request)
        page = _page(request)
        if page is None:
            return None
        if path in ("/", "/latest"):
            topics = ordered(TOPICS, False)
            return topic_list(
                request,
                "Chủ đề mới nhất",
                "/latest",
                topics,
                page,
                title=SITE_NAME if path == "/" and not page else "",
            )
        if path == "/top":
            top = sorted(TOPICS, key=lambda t: t.views, reverse=True)[: PER_PAGE - 1]
            return topic_list(request, "Chủ đề hàng đầu trong năm", "/top", top, 0)
        m = re.match(r"^/c/([a-z-]+)/(\d+)$", path)
        if m:
            cat = CATEGORIES.get(int(m.group(2)))
            if not cat or cat.slug != m.group(1):
                return None
            topics = ordered([t for t in TOPICS if t.cat == cat.id], True)
            return topic_list(
                request,
                cat.name,
                f"/c/{cat.slug}/{cat.id}",
                topics,
                page,
                show_category=False,
                title=f"{cat.name} mới nhất - {SITE_NAME}",
            )
        m = re.match(r"^/tag/([a-z0-9-]+)$", path)
        if m:
            tagged = ordered([t for t in TOPICS if m.group(1) in t.tags], False)
            if not tagged:
                return None
            return topic_list(request, f"Chủ đề có thẻ “{m.group(1)}”", path, tagged, page)
        m = _TOPIC.match(path)
        if m:
            slug, tid, extra, feed = m.groups()
            topic = BY_ID.get(int(tid))
            if topic is None or (slug and slug != topic.slug):
                return None
            if feed:
                return rss(request, topic) if extra is None else None
            if extra == "print":
                return print_page(request, topic)
            if extra:
                number = int(extra)
                if not 1 <= number <= topic.posts_count:
                    number = topic.posts_count
                return topic_page(request, topic, (number - 1) // POSTS_PER_PAGE + 1)
            return topic_page(request, topic, page or 1)
        m = re.match(r"^/raw/(\d+)(?:/(\d+))?$", path)
        if m and int(m.group(1)) in BY_ID:
            topic = BY_ID[int(m.group(1))]
            n = int(m.group(2) or 1)
            if n > topic.posts_count:
                return None
            return Response(200, raw_text(topic, n), {"Content-Type": "text/plain; charset=utf-8"})
        m = re.match(r"^/posts/(\d+)/raw$", path)
        if m:
            for topic in TOPICS:
                n = int(m.group(1)) - POST_ID[topic.id] + 1
                if 1 <= n <= topic.posts_count:
                    return Response(
                        200, raw_text(topic, n), {"Content-Type": "text/plain; charset=utf-8"}
                    )
            return None
        m = re.match(r"^/u/([a-z0-9_]+)(/activity)?$", path)
        if m and m.group(1) in USERS:
            return user_page(request, m.group(1), bool(m.group(2)))
        if path == "/categories":
            return categories_page(request)
        if path == "/about":
            return about_page(request)
        if path in ("/faq", "/guidelines"):
            return faq_page(request)
        if path == "/search":
            q = esc(request.params.get("q", ""))
            return simple_page(
                request,
                "Tìm kiếm",
                f"<h1>Tìm kiếm</h1>\n<p>Kết quả cho “{q}”: bật JavaScript để tìm kiếm.</p>",
            )
        if path == "/login":
            return simple_page(
                request,
                "Đăng nhập",
                "<h1>Đăng nhập</h1>\n<p>Vui lòng bật JavaScript để đăng nhập.</p>",
            )
        if path == "/signup":
            return simple_page(
                request,
                "Đăng ký",
                "<h1>Đăng ký</h1>\n<p>Tài khoản phụ huynh được cấp qua giáo viên chủ nhiệm.</p>",
            )
        return None


def build_site() -> DiscourseSite:
    return DiscourseSite()


# --- gold --------------------------------------------------------------------------------------


def _gold(story: Story, alts: list[str]) -> dict:
    path = f"/t/{story.slug}/{story.id}"
    return gold_record(story, path, story.cat, path, alt_paths=alts)


def _twins(story: Story, last: int) -> list[str]:
    """The same topic page at other addresses: no slug, a post number of page 1, print."""
    path = f"/t/{story.slug}/{story.id}"
    return [f"/t/{story.id}", *(f"{path}/{n}" for n in range(1, last + 1)), f"{path}/print"]


GOLD = [
    _gold(S205, _twins(S205, 1)),
    _gold(S207, _twins(S207, 2)),
    _gold(S209, _twins(S209, 1)),
    _gold(
        S214,
        [*_twins(S214, 20), "/t/le-khai-giang-nam-hoc-2026-2027/214/1?u=phuhuynh_6a3"],
    ),
    _gold(S218, _twins(S218, 3)),
    _gold(S221, _twins(S221, 1)),
    _gold(S224, _twins(S224, 1)),
    _gold(S227, _twins(S227, 2)),
    _gold(S230, _twins(S230, 1)),
    _gold(S233, _twins(S233, 3)),
    _gold(S236, _twins(S236, 2)),
    _gold(S238, _twins(S238, 1)),
    _gold(S240, _twins(S240, 1)),
]

NON_ARTICLES = [
    "/about",
    "/faq",
    "/categories",
    "/u/nguyen_lan",
    "/t/xin-hoi-ve-dong-phuc-lop-6/211",
    "/t/gioi-thieu-clb-tieng-anh-cac-ban-dang-ky-nhe/212",
    "/t/gioi-thieu-ve-danh-muc-thong-bao/201",
]
