"""MyBB 1.8 as the news board of an upper-secondary school (Trường THPT Tuệ Tĩnh, Hải Phòng).

Platform
--------
A stock MyBB 1.8.x install (Vietnamese language pack, a bought school theme with a banner, a
drop-down menu bar and a right-hand "Sidebox" column) used as the school's website. Every news
item is a *thread*: its first post is the article, replies from alumni, pupils and teachers
are printed under it in the same postbit markup. Posts are MyCode, so the text has no ``<p>``:
lines are separated by ``<br />`` inside ``mycode_align`` divs. The forum "Thông báo" allows
HTML (notices are pasted from Word), "Tổ Toán - Tin" has a custom ``[table]`` MyCode.
Settings: 5 threads per forum page, 5 posts per thread page, date format ``d-m-Y``, time format
``h:i A``, relative dates on ("2 giờ trước", "Hôm qua"). The board's "now" is
05-12-2026, 10:41 AM (Asia/Ho_Chi_Minh).

URL scheme
----------
- ``/index.php`` (start; ``/`` serves it too): forum list by category, a "Chủ đề mới" box,
  per-forum last-post cells, board statistics.
- ``/forumdisplay.php?fid=N[&page=N]``: a category (fid 1, 5: sub-forum table only) or a board
  of threads; the forum-wide announcement row, sticky threads on page 1, "Đã chuyển:" rows.
- ``/showthread.php?tid=N[&page=N]``: a thread; ``showthread.php?tid=N&pid=M#pidM`` (each
  post's "#n" permalink), ``showthread.php?pid=M#pidM`` (the jump link in a quote) and
  ``showthread.php?tid=N&action=lastpost`` (302 to the last post's pid URL) lead to it too.
- ``/printthread.php?tid=N[&page=N]``: print view; ``/archive/index.php``,
  ``/archive/index.php/forum-N[-P].html``, ``/archive/index.php/thread-N[-P].html``: the
  "Lite (Archive) Mode" copies (linked from every page's footer).
- ``/portal.php`` (full text of the three latest news posts), ``/announcements.php?aid=1``,
  ``/calendar.php`` (+ ``?calendar=1&year=Y&month=M`` for Nov 2026 - Jan 2027 and
  ``?action=event&eid=N``), ``/contact.php``, ``/search.php``, ``/member.php?...`` (guests:
  the no-permission page, status 200), ``/attachment.php?aid=N`` / ``?thumbnail=N``,
  ``/syndication.php`` (RSS of the 15 latest threads), images under ``/uploads/`` and
  ``/images/``.

Page templates: index, forumdisplay, showthread (postbit "classic" author panel: avatar, user
name, user title, stars, "Bài viết / Chủ đề / Tham gia"; post head with date, "#n" permalink and
"(Sửa lần cuối …)"; message; attachments fieldsets; signature), printthread, archive, portal,
announcement, calendar month and event, contact, search, no-permission.

How each gold article is reached
--------------------------------
Tin tức - Sự kiện (fid 3, two pages, ordered by *last post*): tid 63, 62, 56, 52, 47 on page 1;
tid 41 only on page 2 (``forumdisplay.php?fid=3&page=2``); page 2 also prints the "Đã chuyển:"
row of tid 43. Thông báo (fid 4): tid 54 (sticky), 59. Đoàn Thanh niên (fid 6): 60, 53, 43.
Tổ chuyên môn (fid 7) only lists its sub-forums: Tổ Ngữ văn (fid 8): 50; Tổ Toán - Tin (fid 9): 45.
Several are also linked from the index's "Chủ đề mới" box, the "Xem nhiều" sidebox and portal.php.

Traps
-----
1. The article is the thread's *first post* only. Replies (same postbit markup, one quoting the
   sapo in a ``mycode_quote`` with "admin đã viết:") are no body; tid 56 has six replies, so
   ``showthread.php?tid=56&page=2`` is a thread page with the same headline whose first post is
   a reply: not an article (in NON_ARTICLES).
2. The author panel names the posting *account* (admin, bbt_tuetinh, doantruong, vanthu.tt,
   tonguvan, gv.toan.hieu) with "Quản trị viên", post counts and "Tham gia: 08-2019": never an
   author. The author is the right-aligned byline at the foot of the message ("Tin, ảnh: X",
   "Tin: X - Ảnh: Y", "ThS. X" + post on the next line, a unit alone) or nobody ("BBT").
   The signature under the post (board name, address, a motto, a fanpage) is no text.
3. Dates as MyBB prints them: ``d-m-Y, h:i A`` (12-hour: "03:40 PM" = 15:40; "06-11-2026"
   is 6 November); relative "2 giờ trước" (absolute only in ``<span title>``) and
   "Hôm qua, 04:30 PM"; "(Sửa lần cuối: …)" edit notes, last-post dates in listings, the
   header's today and the footer's "Bây giờ là" are not publication dates; a post imported from
   the old site carries "12:00 AM" (midnight: the day alone).
4. One article, many URLs: the "#n" permalinks ``tid&pid`` of the first post and of the
   replies printed on page 1, the quote's jump link ``showthread.php?pid=M``, ``printthread.php``
   and the archive copy all serve it (alt_paths); there is no rel=canonical on showthread. The
   "Bài viết cuối" links (``action=lastpost``, index and "Chủ đề mới") answer 302 to a pid URL,
   for tid 56 to a post on page 2.
5. Thread prefixes ("[Tin ảnh]", "[Thông báo]", "[Chuyên môn]") are printed before the subject
   in the thread head, the listings and the print view: not part of the title; "Đã chuyển:"
   in listings neither. The category is the forum of the breadcrumb (tid 43 was moved from
   Tin tức to Đoàn Thanh niên and is still listed in Tin tức as "Đã chuyển:").
6. Text boundaries in MyCode HTML: no paragraph elements, lines split by ``<br />``; a bold
   first line is the sapo; a ``[quote]`` inside the article is a paragraph but its "Trích dẫn:"
   cite is not; smilies are ``<img class="smilie">`` (no text, no image); "Xem thêm:" lines,
   the "Tập tin đính kèm" fieldset (PDF name, size, downloads) are no body.
7. Photos attached to the post are shown in a "Hình thu nhỏ đính kèm" fieldset *after* the
   message as ``attachment.php?thumbnail=N`` (no file extension, linked to the full size): they
   are the article's photos, in order, without captions. Smilies, avatars, star ranks, the
   "buddy offline" dot and attachment-type icons are not.
8. The notice in "Thông báo" (tid 59) is a Word paste (``MsoNormal``, ``mso-list:Ignore``
   markers "1." … "3.") printed as an official document: letterhead table, "Số:", place and
   day (30/11, posted 01/12), "THÔNG BÁO / Về việc …", "Nơi nhận", "KT. HIỆU TRƯỞNG / PHÓ
   HIỆU TRƯỞNG" and the signer.
9. Threads that are not articles in the same template: the intro thread (tid 3, "Giới thiệu")
   and a document entry (tid 58, "[Văn bản] Công văn …" with only its attachment); the forum
   announcement "Quy định đăng tin" atop every board; portal.php prints the full text of three
   news posts (a listing).

Gold decisions on ambiguous points
----------------------------------
- Title: the thread subject without its prefix, as printed in the thread head.
- published_at: the first post's date (relative dates resolved against the board's "now",
  05-12-2026 10:41 AM +07:00); the notice's letterhead day for tid 59.
- Category: the innermost forum of the breadcrumb ("Tổ Ngữ văn", not "Tổ chuyên môn").
- "Văn phòng nhà trường", "Bộ phận Giáo vụ", "Tổ Thể dục - Quốc phòng", "Tổ Toán - Tin" signing
  alone are authors as printed; "CLB Truyền thông Tuệ Tĩnh" credited for photos is the
  photographer as printed; "(12A1)" after a pupil's name is her unit, dropped.
- "Ảnh: Nguyễn Văn Khải" under a photo: caption None, Nguyễn Văn Khải a photographer.
- tid 52 closes with the reporter "Minh Khôi" and "Theo Báo Hải Phòng điện tử": author Minh Khôi,
  source "Báo Hải Phòng điện tử"; tid 53 closes with "Nguồn: Đoàn trường THPT Tuệ Tĩnh":
  source, no author.
- Attached thumbnails count as images with their printed ``src`` (the thumbnail path).
- The reference list of tid 50 ("Tài liệu tham khảo" and its entries) is body; the bracketed
  calls "[1]" stay in their sentences.
- Lines the editor typed with "- " keep it; Word's list numbers (mso-list:Ignore) are dropped.

Crawl size: the pages that matter (index, portal, 10 forum pages, 16 thread pages, calendar,
announcement, contact, search) are 37 requests; with the pid permalinks and lastpost redirects
of the threads 71; a crawler that also fetches every print view, archive copy, member page and
attachment makes 130 (no trap is unbounded: the calendar answers Nov 2026 - Jan 2027 only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "mybb_thpt"
PLATFORM = "MyBB 1.8 (forum as school news board)"
START_PATH = "/index.php"

TZ = timezone(timedelta(hours=7))
NOW = datetime(2026, 12, 5, 10, 41, tzinfo=TZ)
BOARD = "Trường THPT Tuệ Tĩnh"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
THREADS_PER_PAGE = 5
POSTS_PER_PAGE = 5


def _dt(s: str) -> datetime:
    """'20-11-2026 09:30' -> aware datetime."""
    return datetime.strptime(s, "%d-%m-%Y %H:%M").replace(tzinfo=TZ)


# --- forums and users --------------------------------------------------------------------------


@dataclass
class Forum:
    fid: int
    name: str
    parent: int | None
    desc: str = ""
    category: bool = False


FORUMS = {
    1: Forum(1, "Nhà trường", None, "", True),
    2: Forum(2, "Giới thiệu", 1, "Lịch sử, truyền thống và cơ cấu tổ chức của nhà trường"),
    3: Forum(3, "Tin tức - Sự kiện", 1, "Tin hoạt động của nhà trường"),
    4: Forum(4, "Thông báo", 1, "Thông báo, văn bản chỉ đạo, lịch công tác"),
    5: Forum(5, "Hoạt động - Phong trào", None, "", True),
    6: Forum(6, "Đoàn Thanh niên", 5, "Hoạt động của Đoàn TNCS Hồ Chí Minh nhà trường"),
    7: Forum(7, "Tổ chuyên môn", 5, "Sinh hoạt chuyên môn, chuyên đề, hội thi"),
    8: Forum(8, "Tổ Ngữ văn", 7, "Chuyên đề, bài viết của Tổ Ngữ văn"),
    9: Forum(9, "Tổ Toán - Tin", 7, "Chuyên đề, bài viết của Tổ Toán - Tin"),
}


@dataclass
class User:
    uid: int
    name: str
    title: str
    posts: int
    threads: int
    joined: str
    style: str = ""
    stars: int = 1
    signature: str = ""


SIG_ADMIN = (
    '<span style="font-weight: bold;" class="mycode_b">Ban Biên tập Website Trường THPT Tuệ Tĩnh'
    "</span><br />\nĐịa chỉ: xã Cẩm Giàng, thành phố Hải Phòng - ĐT: 0220.3786.215 - Email: "
    '<a href="mailto:c3tuetinh@haiphong.edu.vn" class="mycode_mail">c3tuetinh@haiphong.edu.vn</a>'
)
USERS = {
    1: User(1, "admin", "Quản trị viên", 1204, 318, "08-2019", "color: #CC0000; font-weight: bold;", 5, SIG_ADMIN),
    2: User(2, "bbt_tuetinh", "Ban biên tập", 466, 131, "09-2019", "color: #0066CC; font-weight: bold;", 4, SIG_ADMIN),
    4: User(
        4, "doantruong", "Điều hành viên", 285, 97, "10-2020", "color: #008000; font-weight: bold;", 3,
        'Đoàn TNCS Hồ Chí Minh - Trường THPT Tuệ Tĩnh<br />\nFanpage: <a href="https://www.facebook.com/'
        'doantruongthpttuetinh" target="_blank" rel="noopener" class="mycode_url">facebook.com/'
        "doantruongthpttuetinh</a>",
    ),
    6: User(6, "tonguvan", "Thành viên", 52, 18, "09-2021", "", 2,
            '<span style="font-style: italic;" class="mycode_i">“Văn học là nhân học” - M. Gorki</span>'),
    9: User(9, "vanthu.tt", "Thành viên", 143, 120, "03-2022", "", 2),
    11: User(11, "gv.toan.hieu", "Thành viên", 37, 9, "09-2022", "", 1),
    15: User(15, "cuuhs_k15", "Thành viên mới", 8, 0, "11-2024", "", 1),
    21: User(21, "hs.12a1.ngoclinh", "Thành viên mới", 4, 0, "09-2025", "", 1),
}


# --- threads -----------------------------------------------------------------------------------


@dataclass
class Attach:
    aid: int
    filename: str
    size: str
    downloads: int


@dataclass
class Post:
    pid: int
    uid: int
    when: datetime
    message: str  # already rendered MyCode HTML (a placeholder for the first post of a story)
    edited: str | None = None  # "21-11-2026 07:12"


@dataclass
class Thread:
    tid: int
    fid: int
    subject: str
    prefix: str | None
    uid: int
    when: datetime
    views: int
    story: Story | None = None
    message: str = ""
    edited: str | None = None
    replies: list[Post] = field(default_factory=list)
    files: list[Attach] = field(default_factory=list)
    sticky: bool = False
    closed: bool = False
    moved_from: int | None = None
    icon: str | None = None

    @property
    def first_pid(self) -> int:
        return self.tid * 10

    def posts(self) -> list[Post]:
        first = Post(self.first_pid, self.uid, self.when, "", self.edited)
        return [first, *self.replies]

    @property
    def last(self) -> Post:
        return self.posts()[-1]


PREFIX_STYLE = {
    "Tin ảnh": "color: #0066CC; font-weight: bold;",
    "Thông báo": "color: #CC0000; font-weight: bold;",
    "Chuyên môn": "color: #6B8E23; font-weight: bold;",
    "Văn bản": "color: #8B4513; font-weight: bold;",
}


def _byline(text: str, italic: bool = False) -> Raw:
    inner = (
        f'<span style="font-style: italic;" class="mycode_i">{esc(text)}</span>'
        if italic
        else f'<span style="font-weight: bold;" class="mycode_b">{esc(text)}</span>'
    )
    return Raw(f'<div style="text-align: right;" class="mycode_align">{inner}</div>')


IMG = "/uploads/tintuc/2026"

S_HSG = Story(
    id=63,
    slug="hsg-thanh-pho",
    title="Trường THPT Tuệ Tĩnh đạt 14 giải trong Kỳ thi chọn học sinh giỏi văn hóa cấp thành phố lớp 12 năm học 2026-2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-12-05T08:12:00+07:00",
    summary=(
        "Tại Kỳ thi chọn học sinh giỏi văn hóa cấp thành phố lớp 12 năm học 2026-2027 do Sở GD&ĐT Hải Phòng "
        "tổ chức, đội tuyển Trường THPT Tuệ Tĩnh đã xuất sắc giành 14 giải, trong đó có 1 giải Nhất, 3 giải "
        "Nhì, 4 giải Ba và 6 giải Khuyến khích."
    ),
    blocks=[
        P(
            "Tại Kỳ thi chọn học sinh giỏi văn hóa cấp thành phố lớp 12 năm học 2026-2027 do Sở GD&ĐT Hải Phòng "
            "tổ chức, đội tuyển Trường THPT Tuệ Tĩnh đã xuất sắc giành 14 giải, trong đó có 1 giải Nhất, 3 giải "
            "Nhì, 4 giải Ba và 6 giải Khuyến khích.",
            "b",
        ),
        P(
            "Kỳ thi diễn ra trong hai ngày 25 và 26/11/2026 với sự tham gia của hơn 2.400 thí sinh đến từ các "
            "trường THPT, trung tâm GDNN-GDTX trên địa bàn thành phố. Nhà trường có 20 học sinh dự thi ở 9 môn: "
            "Toán, Vật lí, Hóa học, Sinh học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh và Tin học."
        ),
        P("Kết quả cụ thể như sau:"),
        P("Giải Nhất môn Ngữ văn: em Vũ Thị Minh Châu, lớp 12A6;", "li"),
        P(
            "Giải Nhì: em Nguyễn Đức Anh (12A1, môn Toán), em Phạm Gia Bảo (12A1, môn Vật lí), em Đào Thu "
            "Trang (12A7, môn Tiếng Anh);",
            "li",
        ),
        P("Giải Ba: 4 giải ở các môn Hóa học, Sinh học, Lịch sử và Tin học;", "li"),
        P("Giải Khuyến khích: 6 giải.", "li"),
        Img(
            f"{IMG}/12/hsg-tp-2026-01.jpg",
            "Thầy Hiệu trưởng Nguyễn Văn Thành chúc mừng đội tuyển học sinh giỏi",
            "Thầy Hiệu trưởng Nguyễn Văn Thành chúc mừng đội tuyển học sinh giỏi",
            "abs",
        ),
        P(
            "Với kết quả này, Trường THPT Tuệ Tĩnh tiếp tục nằm trong nhóm dẫn đầu các trường THPT công lập khu "
            "vực phía Tây thành phố về số lượng giải. Đặc biệt, môn Ngữ văn có năm thứ ba liên tiếp đạt giải Nhất."
        ),
        P(
            "Phát biểu chúc mừng, thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường ghi nhận sự nỗ lực của các em "
            "học sinh và tâm huyết của đội ngũ giáo viên bồi dưỡng; đồng thời đề nghị các tổ chuyên môn tiếp "
            "tục đổi mới công tác bồi dưỡng, chuẩn bị tốt cho Kỳ thi chọn học sinh giỏi quốc gia năm 2027."
        ),
        _byline("Tin: Trần Minh Đức - Ảnh: Lê Hoàng Nam"),
    ],
    authors=["Trần Minh Đức"],
    photographers=["Lê Hoàng Nam"],
    opts={"justify": True},
)

S_CMHS = Story(
    id=62,
    slug="hoi-nghi-cmhs",
    title="Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026-2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-12-04T16:30:00+07:00",
    blocks=[
        P(
            "Chiều ngày 04/12/2026, Trường THPT Tuệ Tĩnh tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I năm học "
            "2026-2027 tại 36 lớp học. Hội nghị nhằm thông báo kết quả học tập, rèn luyện của học sinh sau nửa "
            "đầu học kỳ I và thống nhất các biện pháp phối hợp giữa nhà trường với gia đình."
        ),
        P(
            "Trước khi họp tại các lớp, Ban Giám hiệu đã gặp mặt Ban đại diện cha mẹ học sinh toàn trường tại "
            "Hội trường tầng 3. Tại buổi gặp, thầy Vũ Đình Khiêm, Phó Hiệu trưởng thông qua một số nội dung "
            "trọng tâm:"
        ),
        P("- Kết quả kiểm tra giữa kỳ: tỉ lệ điểm trung bình trở lên đạt 91,6%;", "tight"),
        P(
            "- Công tác bảo đảm an toàn giao thông, phòng chống bạo lực học đường và sử dụng điện thoại trong "
            "giờ học;",
            "tight",
        ),
        P("- Kế hoạch ôn tập, kiểm tra cuối học kỳ I từ ngày 21/12/2026.", "tight"),
        Img(f"{IMG}/12/hoinghi-cmhs-01.jpg", "Ảnh: Nguyễn Văn Khải", None, "credit"),
        P(
            "Tại các lớp, giáo viên chủ nhiệm đã trao đổi cụ thể với phụ huynh về tình hình từng học sinh, lắng "
            "nghe ý kiến đóng góp. Nhiều ý kiến tập trung vào việc bố trí phòng học thêm buổi chiều cho khối 12 "
            "và tăng cường quản lý học sinh ra vào cổng trường."
        ),
        Img(
            f"{IMG}/12/hoinghi-cmhs-02.jpg",
            "Cô Lê Thị Hạnh, GVCN lớp 10A4 trao đổi với phụ huynh",
            "Cô Lê Thị Hạnh, GVCN lớp 10A4 trao đổi với phụ huynh",
        ),
        P("Các ý kiến đã được Ban Giám hiệu tiếp thu và sẽ trả lời bằng văn bản trước ngày 15/12/2026."),
        _byline("Văn phòng nhà trường", italic=True),
    ],
    authors=["Văn phòng nhà trường"],
    photographers=["Nguyễn Văn Khải"],
)

S_2011 = Story(
    id=56,
    slug="ky-niem-20-11",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-20T09:30:00+07:00",
    summary=(
        "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THPT Tuệ Tĩnh long trọng tổ chức Lễ kỷ "
        "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
    ),
    blocks=[
        P(
            "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THPT Tuệ Tĩnh long trọng tổ chức Lễ kỷ "
            "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026).",
            "b",
        ),
        P(
            "Về dự buổi lễ có đại diện lãnh đạo Đảng ủy, HĐND, UBND xã Cẩm Giàng; Ban đại diện cha mẹ học sinh; "
            "các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 1.500 học "
            "sinh nhà trường."
        ),
        Img(f"{IMG}/11/le-20-11-01.jpg", "Các đại biểu dự Lễ kỷ niệm", "Các đại biểu dự Lễ kỷ niệm", "url"),
        P(
            "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, thầy Hiệu trưởng Nguyễn Văn Thành khẳng định: "
            "trải qua hơn 50 năm xây dựng và phát triển, các thế hệ thầy và trò nhà trường luôn đoàn kết, vượt "
            "khó, giữ vững danh hiệu Trường THPT đạt chuẩn quốc gia mức độ 2."
        ),
        P(
            "“Mỗi thầy cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi "
            "theo.”",
            "q",
        ),
        P(
            "Dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào thi đua “Dạy "
            "tốt - Học tốt” và trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn "
            "vươn lên trong học tập. 💐"
        ),
        Img(
            f"{IMG}/11/le-20-11-02.jpg",
            "Thầy Hiệu trưởng trao giấy khen cho các giáo viên",
            "Thầy Hiệu trưởng trao giấy khen cho các giáo viên",
            "url",
        ),
        Img(
            f"{IMG}/11/le-20-11-03.jpg",
            "(Tiết mục văn nghệ của Đoàn trường chào mừng thầy cô)",
            "Tiết mục văn nghệ của Đoàn trường chào mừng thầy cô",
            "paren",
        ),
        P(
            "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do các chi đoàn biểu diễn, để lại nhiều cảm xúc "
            "cho các thế hệ thầy và trò."
        ),
        _byline("Tin, ảnh: Nguyễn Thu Hà"),
    ],
    authors=["Nguyễn Thu Hà"],
    photographers=["Nguyễn Thu Hà"],
    opts={"justify": True},
)

S_BIEN = Story(
    id=52,
    slug="em-yeu-bien-dao",
    title="Ngoại khóa “Em yêu biển, đảo quê hương” năm 2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-12T14:15:00+07:00",
    summary=(
        "Sáng 11/11, Trường THPT Tuệ Tĩnh (xã Cẩm Giàng) phối hợp với Bộ Tư lệnh Vùng 1 Hải quân tổ chức chương "
        "trình ngoại khóa “Em yêu biển, đảo quê hương” cho hơn 1.200 học sinh khối 10 và 11."
    ),
    blocks=[
        P(
            "Sáng 11/11, Trường THPT Tuệ Tĩnh (xã Cẩm Giàng) phối hợp với Bộ Tư lệnh Vùng 1 Hải quân tổ chức chương "
            "trình ngoại khóa “Em yêu biển, đảo quê hương” cho hơn 1.200 học sinh khối 10 và 11.",
            "b",
        ),
        P(
            "Tại chương trình, các em được nghe báo cáo viên của Vùng 1 Hải quân giới thiệu về chủ quyền biển, đảo "
            "Việt Nam; những khó khăn, thử thách và tinh thần vượt khó của cán bộ, chiến sĩ đang ngày đêm làm "
            "nhiệm vụ nơi đầu sóng ngọn gió."
        ),
        Img(
            f"{IMG}/11/bien-dao-01.jpg",
            "(Học sinh lớp 11A3 tham gia phần thi tìm hiểu về biển, đảo)",
            "Học sinh lớp 11A3 tham gia phần thi tìm hiểu về biển, đảo",
            "paren",
        ),
        P(
            "Phần thi tìm hiểu kiến thức với 30 câu hỏi trắc nghiệm được các đội tham gia sôi nổi. Kết quả, đội "
            "lớp 11A3 giành giải Nhất, đội lớp 10A1 và 11A5 đồng giải Nhì."
        ),
        P(
            "Theo thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường, hoạt động ngoại khóa giúp học sinh hiểu sâu hơn "
            "kiến thức môn Giáo dục quốc phòng và an ninh, Lịch sử, Địa lí, từ đó bồi dưỡng lòng yêu nước, ý thức "
            "trách nhiệm với biển, đảo của Tổ quốc."
        ),
        Raw(
            '<span style="font-style: italic;" class="mycode_i">Xem thêm: <a href="showthread.php?tid=43" '
            'class="mycode_url">Đại hội Đại biểu Đoàn TNCS Hồ Chí Minh Trường THPT Tuệ Tĩnh lần thứ XVIII</a>'
            "</span>"
        ),
        _byline("Minh Khôi"),
        Raw(
            '<div style="text-align: right;" class="mycode_align"><span style="font-style: italic;" '
            'class="mycode_i">Theo Báo Hải Phòng điện tử</span></div>'
        ),
    ],
    authors=["Minh Khôi"],
    source="Báo Hải Phòng điện tử",
)

S_HKPD = Story(
    id=47,
    slug="hoi-khoe-phu-dong",
    title="Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-28T07:45:00+07:00",
    blocks=[
        P(
            "Sáng 27/10/2026, tại sân vận động nhà trường, Trường THPT Tuệ Tĩnh tổ chức Lễ khai mạc Hội khỏe Phù "
            "Đổng cấp trường năm học 2026-2027."
        ),
        P(
            "Hội khỏe năm nay thu hút gần 600 vận động viên là học sinh của 36 chi đoàn tham gia tranh tài ở 6 "
            "môn: điền kinh, bóng đá nam, bóng chuyền, cầu lông, kéo co và cờ vua. Các nội dung thi đấu diễn ra "
            "từ ngày 27/10 đến ngày 15/11/2026."
        ),
        P(
            "Phát biểu khai mạc, thầy Vũ Đình Khiêm, Phó Hiệu trưởng, Trưởng ban tổ chức nhấn mạnh Hội khỏe là dịp "
            "để học sinh rèn luyện thể chất, giao lưu, học hỏi; đồng thời là cơ sở lựa chọn vận động viên tham "
            "dự Hội khỏe Phù Đổng cấp thành phố."
        ),
        P(
            "Sau lễ khai mạc, trận bóng đá giao hữu giữa đội giáo viên và đội học sinh khối 12 đã diễn ra sôi nổi, "
            "hào hứng."
        ),
        _byline("Tổ Thể dục - Quốc phòng"),
        Img("/attachment.php?thumbnail=118", None, None, "thumb:DSC_0412.JPG:1.85 MB"),
        Img("/attachment.php?thumbnail=119", None, None, "thumb:DSC_0438.JPG:2.02 MB"),
        Img("/attachment.php?thumbnail=120", None, None, "thumb:DSC_0467.JPG:1.67 MB"),
    ],
    authors=["Tổ Thể dục - Quốc phòng"],
)

S_KTRA = Story(
    id=41,
    slug="doan-kiem-tra-so",
    title="Đoàn công tác Sở GD&ĐT kiểm tra công tác chuẩn bị năm học mới tại Trường THPT Tuệ Tĩnh",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-09",
    blocks=[
        P(
            "Ngày 08/10/2026, Đoàn công tác của Sở GD&ĐT Hải Phòng do ông Đặng Quốc Hưng, Phó Giám đốc Sở làm "
            "trưởng đoàn đã đến kiểm tra công tác chuẩn bị và triển khai nhiệm vụ năm học 2026-2027 tại Trường "
            "THPT Tuệ Tĩnh."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ, sổ sách chuyên môn; cơ sở vật chất, thiết bị dạy học; công tác tuyển sinh "
            "lớp 10, xếp thời khóa biểu và bảo đảm an toàn trường học. Năm học 2026-2027, nhà trường có 36 lớp "
            "với 1.538 học sinh, 82 cán bộ, giáo viên, nhân viên."
        ),
        Img(
            "/uploads/tintuc/2026/10/kiemtra-so-01.jpg",
            "Đoàn công tác kiểm tra phòng học bộ môn Tin học",
            "Đoàn công tác kiểm tra phòng học bộ môn Tin học",
        ),
        P(
            "Kết luận buổi kiểm tra, trưởng đoàn đánh giá cao sự chủ động của nhà trường trong công tác chuẩn bị "
            "năm học mới, đặc biệt là việc đưa vào sử dụng 4 phòng học bộ môn mới được đầu tư. Đoàn đề nghị nhà "
            "trường tiếp tục rà soát, bổ sung thiết bị dạy học tối thiểu theo Chương trình GDPT 2018 và đẩy mạnh "
            "chuyển đổi số trong quản lý."
        ),
        _byline("BBT"),
    ],
    opts={"justify": True},
)

S_TB = Story(
    id=59,
    slug="tb-kiem-tra-cuoi-ki",
    title="Kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        P(
            "Căn cứ Công văn số 2145/SGDĐT-GDTrH ngày 25/11/2026 của Sở GD&ĐT Hải Phòng về việc hướng dẫn kiểm "
            "tra, đánh giá cuối học kỳ I năm học 2026-2027;",
            "w",
        ),
        P("Căn cứ Kế hoạch giáo dục năm học 2026-2027 của Trường THPT Tuệ Tĩnh;", "w"),
        P("Nhà trường thông báo lịch kiểm tra, đánh giá cuối học kỳ I như sau:", "w"),
        P("Thời gian: từ ngày 21/12/2026 đến ngày 26/12/2026 (theo lịch chi tiết đính kèm).", "wl:1."),
        P(
            "Hình thức: kiểm tra tập trung theo khối đối với các môn Toán, Ngữ văn, Tiếng Anh, Lịch sử; các môn "
            "còn lại kiểm tra tại lớp theo phân phối chương trình.",
            "wl:2.",
        ),
        P(
            "Đề kiểm tra: các tổ chuyên môn xây dựng ma trận, bản đặc tả và nộp đề về Phó Hiệu trưởng phụ trách "
            "chuyên môn trước ngày 14/12/2026.",
            "wl:3.",
        ),
        P("Yêu cầu các tổ chuyên môn, giáo viên chủ nhiệm và học sinh nghiêm túc thực hiện./.", "w"),
    ],
    authors=["Vũ Đình Khiêm"],
    opts={"word": True},
)

S_TKB = Story(
    id=54,
    slug="dieu-chinh-tkb",
    title="Điều chỉnh thời khóa biểu và lịch học bù tuần 12",
    cat="Thông báo",
    published_at="2026-11-17T17:20:00+07:00",
    blocks=[
        P(
            "Do trùng lịch tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11, nhà trường điều chỉnh thời khóa biểu "
            "tuần 12 (từ ngày 16/11 đến ngày 21/11/2026) như sau:"
        ),
        P("- Sáng thứ Sáu (20/11/2026): học sinh toàn trường dự Lễ kỷ niệm, không học theo thời khóa biểu.", "tight"),
        P("- Chiều thứ Sáu (20/11/2026): các lớp khối 12 học bình thường; khối 10, 11 nghỉ.", "tight"),
        P("- Sáng thứ Bảy (21/11/2026): học bù thời khóa biểu sáng thứ Sáu.", "tight"),
        P("Giáo viên chủ nhiệm thông báo cho học sinh và phụ huynh được biết, thực hiện."),
        _byline("Bộ phận Giáo vụ", italic=True),
    ],
    authors=["Bộ phận Giáo vụ"],
)

S_AOAM = Story(
    id=60,
    slug="ao-am-cho-em",
    title="“Áo ấm cho em” – Tuổi trẻ Tuệ Tĩnh chung tay vì học sinh vùng cao",
    cat="Đoàn Thanh niên",
    published_at="2026-12-02T20:05:00+07:00",
    summary=(
        "Hưởng ứng chương trình “Áo ấm cho em” do Thành đoàn Hải Phòng phát động, từ ngày 16/11 đến ngày "
        "30/11/2026, Đoàn trường THPT Tuệ Tĩnh đã quyên góp được 1.240 chiếc áo ấm, 350 bộ sách giáo khoa và "
        "hơn 42 triệu đồng gửi tới học sinh vùng cao tỉnh Lào Cai."
    ),
    blocks=[
        P(
            "Hưởng ứng chương trình “Áo ấm cho em” do Thành đoàn Hải Phòng phát động, từ ngày 16/11 đến ngày "
            "30/11/2026, Đoàn trường THPT Tuệ Tĩnh đã quyên góp được 1.240 chiếc áo ấm, 350 bộ sách giáo khoa và "
            "hơn 42 triệu đồng gửi tới học sinh vùng cao tỉnh Lào Cai.",
            "b",
        ),
        P(
            "Ngay sau khi phát động, 36 chi đoàn đã hưởng ứng nhiệt tình với nhiều cách làm sáng tạo như tổ chức "
            "phiên chợ quê, bán đồ handmade, thu gom giấy vụn, chai nhựa để gây quỹ. Chi đoàn 11A2 dẫn đầu với "
            "126 chiếc áo và gần 5 triệu đồng."
        ),
        P(
            "Chia sẻ về chương trình, em Nguyễn Ngọc Linh, Phó Bí thư Chi đoàn 12A1 cho biết: “Mỗi chiếc áo gửi "
            "đi là một lời nhắn yêu thương của chúng em tới các bạn nhỏ vùng cao. Chúng em mong các em có một mùa "
            "đông thật ấm áp ❤️”."
        ),
        Img(
            f"{IMG}/12/ao-am-01.jpg",
            "Đoàn viên, thanh niên phân loại áo ấm trước khi đóng gói",
            "Đoàn viên, thanh niên phân loại áo ấm trước khi đóng gói",
        ),
        P(
            "Ngày 05/12/2026, đoàn công tác của Đoàn trường sẽ trực tiếp trao quà tại Điểm trường Tả Van Chư, xã "
            "Bắc Hà, tỉnh Lào Cai. Ban Thường vụ Đoàn trường trân trọng cảm ơn các thầy cô, phụ huynh và các bạn "
            "đoàn viên đã chung tay ủng hộ chương trình.",
            "smile",
        ),
        _byline("Tin: Đỗ Quỳnh Anh (12A1) - Ảnh: CLB Truyền thông Tuệ Tĩnh"),
    ],
    authors=["Đỗ Quỳnh Anh"],
    photographers=["CLB Truyền thông Tuệ Tĩnh"],
)

S_DAIHOI = Story(
    id=43,
    slug="dai-hoi-doan",
    title="Đại hội Đại biểu Đoàn TNCS Hồ Chí Minh Trường THPT Tuệ Tĩnh lần thứ XVIII, nhiệm kỳ 2026-2027",
    cat="Đoàn Thanh niên",
    published_at="2026-10-15T14:00:00+07:00",
    blocks=[
        P(
            "Ngày 14/10/2026, Đoàn TNCS Hồ Chí Minh Trường THPT Tuệ Tĩnh long trọng tổ chức Đại hội Đại biểu lần "
            "thứ XVIII, nhiệm kỳ 2026-2027. Về dự Đại hội có đồng chí Bùi Thị Thanh Hương, Phó Bí thư Đoàn xã Cẩm "
            "Giàng; đồng chí Nguyễn Văn Thành, Bí thư Chi bộ, Hiệu trưởng nhà trường cùng 180 đại biểu đại diện "
            "cho hơn 1.500 đoàn viên thanh niên."
        ),
        P("Kết quả nổi bật nhiệm kỳ 2025-2026", "h"),
        P("100% đoàn viên được học tập Nghị quyết, chỉ thị của Đảng, của Đoàn;", "li"),
        P("Tổ chức 24 hoạt động tình nguyện, quyên góp ủng hộ hơn 150 triệu đồng;", "li"),
        P("Giới thiệu 32 đoàn viên ưu tú cho Chi bộ bồi dưỡng, xem xét kết nạp Đảng.", "li"),
        P(
            "Đại hội đã bầu Ban Chấp hành Đoàn trường khóa XVIII gồm 15 đồng chí. Đồng chí Nguyễn Văn Tùng tiếp "
            "tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
        ),
        Img(
            "/uploads/tintuc/2026/10/dai-hoi-doan-01.jpg",
            "Ban Chấp hành Đoàn trường khóa XVIII ra mắt Đại hội",
            "Ban Chấp hành Đoàn trường khóa XVIII ra mắt Đại hội",
        ),
        _byline("Phạm Thu Thủy - Phó Bí thư Đoàn trường"),
    ],
    authors=["Phạm Thu Thủy"],
)

S_BDG = Story(
    id=53,
    slug="binh-dang-gioi",
    title=(
        "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026"
    ),
    cat="Đoàn Thanh niên",
    published_at="2026-11-16T10:00:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch số 89/KH-ĐTN của Ban Thường vụ Đoàn xã Cẩm Giàng, Đoàn trường THPT Tuệ Tĩnh triển "
            "khai các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực "
            "trên cơ sở giới năm 2026 (từ ngày 15/11 đến ngày 15/12/2026) với chủ đề “Chung tay thúc đẩy bình "
            "đẳng giới, xóa bỏ bạo lực trên cơ sở giới”."
        ),
        P("Các hoạt động chính gồm:"),
        P("Treo băng rôn, khẩu hiệu hưởng ứng tại cổng trường và các khu nhà học;", "li"),
        P("Tổ chức diễn đàn “Tiếng nói học trò về bình đẳng giới” vào tiết chào cờ ngày 23/11/2026;", "li"),
        P("Phát động cuộc thi vẽ tranh cổ động dành cho học sinh khối 10.", "li"),
        Img(f"{IMG}/11/binh-dang-gioi-2026.png", None, None, "none"),
        P(
            "Đoàn trường đề nghị các chi đoàn tuyên truyền sâu rộng tới đoàn viên, thanh niên, góp phần xây dựng "
            "môi trường học đường an toàn, lành mạnh, thân thiện."
        ),
        Raw(
            '<div style="text-align: right;" class="mycode_align"><span style="font-style: italic;" '
            'class="mycode_i">Nguồn: Đoàn trường THPT Tuệ Tĩnh</span></div>'
        ),
    ],
    source="Đoàn trường THPT Tuệ Tĩnh",
)

S_NGUVAN = Story(
    id=50,
    slug="chuyen-de-nghi-luan",
    title="Chuyên đề: Dạy học đọc hiểu văn bản nghị luận theo Chương trình GDPT 2018",
    cat="Tổ Ngữ văn",
    published_at="2026-11-06T21:10:00+07:00",
    blocks=[
        P("I. Đặt vấn đề", "h"),
        P(
            "Chương trình Giáo dục phổ thông môn Ngữ văn năm 2018 xác định đọc hiểu văn bản nghị luận là một trong "
            "những yêu cầu cần đạt quan trọng ở cấp THPT.[1] Tuy nhiên, thực tế dạy học cho thấy nhiều học sinh "
            "còn lúng túng khi xác định luận đề, luận điểm và đánh giá hiệu quả lập luận của văn bản."
        ),
        P("II. Nội dung chuyên đề", "h"),
        P("1. Quy trình đọc hiểu văn bản nghị luận", "h2"),
        P("Bước 1: Trước khi đọc – huy động hiểu biết nền, xác định mục đích đọc;", "li"),
        P("Bước 2: Trong khi đọc – nhận diện luận đề, hệ thống luận điểm, lí lẽ và bằng chứng;", "li"),
        P("Bước 3: Sau khi đọc – đánh giá tính thuyết phục của lập luận, liên hệ, vận dụng.[2]", "li"),
        P("2. Một số lưu ý khi thiết kế câu hỏi", "h2"),
        P(
            "Câu hỏi cần được thiết kế theo các mức độ nhận biết, thông hiểu, vận dụng; tránh những câu hỏi chỉ "
            "yêu cầu học sinh chép lại ngữ liệu. Giáo viên nên khuyến khích học sinh so sánh cách lập luận giữa "
            "các văn bản cùng chủ đề."
        ),
        P("III. Kết luận", "h"),
        P(
            "Chuyên đề đã được thực hiện minh họa tại lớp 11A6 ngày 04/11/2026 và nhận được nhiều ý kiến đóng góp "
            "của các thành viên trong tổ. Tổ Ngữ văn sẽ tiếp tục triển khai ở các khối lớp trong học kỳ II."
        ),
        P("Tài liệu tham khảo", "h"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm theo "
            "Thông tư số 32/2018/TT-BGDĐT.",
            "small",
        ),
        P(
            "[2] Đỗ Ngọc Thống (chủ biên, 2019), Dạy học phát triển năng lực môn Ngữ văn trung học phổ thông, NXB "
            "Đại học Sư phạm.",
            "small",
        ),
        Raw(
            '<div style="text-align: right;" class="mycode_align"><span style="font-weight: bold;" '
            'class="mycode_b">ThS. Phạm Thị Hồng Nhung</span><br />\n<span style="font-style: italic;" '
            'class="mycode_i">Tổ trưởng Tổ Ngữ văn</span></div>'
        ),
    ],
    authors=["Phạm Thị Hồng Nhung"],
    opts={"justify": True},
)

S_GVG = Story(
    id=45,
    slug="gvg-toan-tin",
    title="Kết quả Hội thi giáo viên dạy giỏi cấp trường môn Toán, Tin học năm học 2026-2027",
    cat="Tổ Toán - Tin",
    published_at="2026-10-23T15:40:00+07:00",
    blocks=[
        P(
            "Từ ngày 12/10 đến ngày 21/10/2026, Tổ Toán - Tin tổ chức Hội thi giáo viên dạy giỏi cấp trường với sự "
            "tham gia của 8 giáo viên. Mỗi giáo viên dự thi thực hiện một bài giảng trên lớp và trình bày biện "
            "pháp nâng cao chất lượng dạy học."
        ),
        P("Kết quả, 4 giáo viên được công nhận đạt giải:"),
        P("TT | Họ và tên | Môn | Xếp loại", "row"),
        P("1 | Trần Thị Lan Hương | Toán | Giỏi", "row"),
        P("2 | Nguyễn Quang Hiếu | Toán | Giỏi", "row"),
        P("3 | Lê Thị Mai Phương | Tin học | Giỏi", "row"),
        P("4 | Phạm Văn Đông | Toán | Khá", "row"),
        P(
            "Ba giáo viên đạt loại Giỏi sẽ được nhà trường lựa chọn tham dự Hội thi giáo viên dạy giỏi cấp thành "
            "phố vào tháng 3/2027."
        ),
        Img(
            "/uploads/tintuc/2026/10/gvg-toan-01.jpg",
            "Cô Trần Thị Lan Hương trong tiết dạy dự thi tại lớp 10A2",
            "Cô Trần Thị Lan Hương trong tiết dạy dự thi tại lớp 10A2",
        ),
        _byline("Tổ Toán - Tin"),
    ],
    authors=["Tổ Toán - Tin"],
)


# --- message rendering (MyCode -> HTML as MyBB's parser prints it) ----------------------------

SMILIE = (
    ' <img src="images/smilies/smile.png" alt="Smile" title="Smile" class="smilie smilie_1" />'
)


def _img_tag(src: str, host: str, absolute: bool) -> str:
    fname = src.rsplit("/", 1)[-1]
    shown = src
    if src.startswith("/uploads/"):
        # pasted as a full URL by some editors, as a site-relative path by others
        shown = host + src if absolute else src[1:]
    return f'<img src="{esc(shown)}" loading="lazy"  alt="[Hình: {esc(fname)}]" class="mycode_img" />'


def _render_img(img: Img, host: str) -> str:
    if img.style.startswith("thumb"):
        return ""
    tag = _img_tag(img.src, host, img.style in ("abs", "url"))
    if img.style == "url":
        full = img.src.replace(".jpg", "-full.jpg")
        tag = f'<a href="{esc(full)}" target="_blank" rel="noopener" class="mycode_url">{tag}</a>'
    line = ""
    if img.style in ("next", "url", "abs") and img.printed:
        line = f'<br />\n<span style="font-style: italic;" class="mycode_i">{esc(img.printed)}</span>'
    elif img.style == "paren" and img.printed:
        line = (
            f'<br />\n<span style="font-size: small;" class="mycode_size"><span style="font-style: italic;" '
            f'class="mycode_i">{esc(img.printed)}</span></span>'
        )
    elif img.style == "credit" and img.printed:
        return (
            f'<div style="text-align: center;" class="mycode_align">{tag}</div>\n'
            f'<div style="text-align: right;" class="mycode_align"><span style="font-size: x-small;" '
            f'class="mycode_size">{esc(img.printed)}</span></div>'
        )
    return f'<div style="text-align: center;" class="mycode_align">{tag}{line}</div>'


def _render_mycode(story: Story, host: str) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                items = "".join(f"<li>{esc(p.text)}<br />\n</li>\n" for p in group)
                out.append(f'<ul class="mycode_list">{items}</ul>\n')
            else:
                rows = []
                for n, p in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table class="mycode_table" border="1" cellpadding="4" style="border-collapse: collapse;">'
                    + "\n".join(rows)
                    + "</table>\n"
                )
            continue
        i += 1
        if isinstance(b, P):
            t = esc(b.text)
            if b.style == "b":
                out.append(f'<span style="font-weight: bold;" class="mycode_b">{t}</span><br />\n<br />\n')
            elif b.style == "h":
                out.append(
                    f'<span style="font-weight: bold;" class="mycode_b"><span style="color: #0000CD;" '
                    f'class="mycode_color">{t}</span></span><br />\n'
                )
            elif b.style == "h2":
                out.append(f'<span style="font-weight: bold;" class="mycode_b">{t}</span><br />\n')
            elif b.style == "q":
                out.append(
                    f'<blockquote class="mycode_quote"><cite>Trích dẫn:</cite>{t}</blockquote><br />\n'
                )
            elif b.style == "smile":
                out.append(f"{t}{SMILIE}<br />\n<br />\n")
            elif b.style == "tight":
                out.append(f"{t}<br />\n")
            elif b.style == "small":
                out.append(f'<span style="font-size: small;" class="mycode_size">{t}</span><br />\n')
            else:
                nxt = blocks[i] if i < len(blocks) else None
                tight = isinstance(nxt, P) and nxt.style == "tight"
                out.append(f"{t}<br />\n" if tight else f"{t}<br />\n<br />\n")
        elif isinstance(b, Img):
            r = _render_img(b, host)
            if r:
                out.append(r + "<br />\n")
        else:
            out.append(b.html + "\n")
    body = "".join(out)
    if story.opts.get("justify"):
        # the editor wrapped the text (not the byline) in [align=justify]
        cut = body.find('<div style="text-align: right;"')
        if cut > 0:
            body = f'<div style="text-align: justify;" class="mycode_align">{body[:cut]}</div>\n{body[cut:]}'
        else:
            body = f'<div style="text-align: justify;" class="mycode_align">{body}</div>'
    return body


def _render_word(story: Story) -> str:
    """The notice pasted from Word into an HTML-enabled forum."""
    mso = 'style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"'
    out = [
        '<table class="MsoTableGrid" border="0" cellspacing="0" cellpadding="0" width="100%" '
        'style="border-collapse:collapse;border:none">',
        '<tr><td width="40%" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
        '<span style="font-size:12.0pt">SỞ GD&amp;ĐT HẢI PHÒNG</span><br />'
        '<b><span style="font-size:12.0pt">TRƯỜNG THPT TUỆ TĨNH</span></b><br />———</p></td>',
        '<td width="60%" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
        '<b><span style="font-size:12.0pt">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></b><br />'
        '<b><span style="font-size:13.0pt">Độc lập - Tự do - Hạnh phúc</span></b><br />———————</p></td></tr>',
        '<tr><td valign="top"><p class="MsoNormal" align="center" style="text-align:center">Số: 187/TB-THPTTT</p>'
        '</td><td valign="top"><p class="MsoNormal" align="center" style="text-align:center"><i>Cẩm Giàng, ngày '
        "30 tháng 11 năm 2026</i></p></td></tr>",
        "</table>",
        '<p class="MsoNormal" align="center" style="margin-top:12.0pt;text-align:center"><b>'
        '<span style="font-size:14.0pt">THÔNG BÁO</span></b></p>',
        '<p class="MsoNormal" align="center" style="text-align:center"><b>Về việc tổ chức kiểm tra, đánh giá cuối '
        "học kỳ I năm học 2026-2027</b></p>",
        '<p class="MsoNormal" align="center" style="text-align:center">&nbsp;</p>',
    ]
    for b in story.blocks:
        assert isinstance(b, P)
        if b.style.startswith("wl:"):
            marker = b.style[3:]
            out.append(
                '<p class="MsoListParagraph" style="margin-left:54.0pt;text-align:justify;text-indent:-18.0pt;'
                'mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span style="mso-list:Ignore">'
                f'{marker}<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp; </span>'
                f"</span><!--[endif]-->{esc(b.text)}</p>"
            )
        else:
            out.append(f'<p class="MsoNormal" {mso}>{esc(b.text)}</p>')
    out.append(
        '<table class="MsoTableGrid" border="0" cellspacing="0" cellpadding="0" width="100%">'
        '<tr><td width="50%" valign="top"><p class="MsoNormal"><b><i>Nơi nhận:</i></b><br />'
        '<span style="font-size:11.0pt">- Các tổ CM, GVCN;<br />- Website trường;<br />- Lưu: VT.</span></p></td>'
        '<td width="50%" valign="top"><p class="MsoNormal" align="center" style="text-align:center"><b>KT. HIỆU '
        "TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</b><br /><br /><i>(Đã ký)</i><br /><br /><b>Vũ Đình Khiêm</b></p></td></tr>"
        "</table>"
    )
    return "\n".join(out)


def _quote(who: str, when: datetime, pid: int, text: str, host: str) -> str:
    return (
        f'<blockquote class="mycode_quote"><cite><span> ({_abs(when)})</span>{esc(who)} đã viết: '
        f'<a href="{host}/showthread.php?pid={pid}#pid{pid}" class="quick_jump"></a></cite>{esc(text)}'
        "</blockquote><br />\n"
    )


# --- dates -------------------------------------------------------------------------------------


def _abs(d: datetime) -> str:
    return d.strftime("%d-%m-%Y, %I:%M %p")


def _rel(d: datetime) -> str:
    """MyBB's relative date: "x giờ trước" / "Hôm nay" / "Hôm qua", else absolute."""
    day = d.strftime("%d-%m-%Y")
    tm = d.strftime("%I:%M %p")
    diff = NOW - d
    if d.date() == NOW.date():
        if diff < timedelta(hours=1):
            return f'<span title="{day}, {tm}">{max(1, diff.seconds // 60)} phút trước</span>'
        if diff < timedelta(hours=12):
            return f'<span title="{day}, {tm}">{diff.seconds // 3600} giờ trước</span>'
        return f'<span title="{day}">Hôm nay</span>, {tm}'
    if d.date() == (NOW - timedelta(days=1)).date():
        return f'<span title="{day}">Hôm qua</span>, {tm}'
    return _abs(d)


# --- the threads -------------------------------------------------------------------------------

INTRO_MSG = (
    '<div style="text-align: justify;" class="mycode_align"><span style="font-weight: bold;" class="mycode_b">'
    '<span style="font-size: large;" class="mycode_size">TRƯỜNG THPT TUỆ TĨNH - 55 NĂM XÂY DỰNG VÀ TRƯỞNG THÀNH'
    "</span></span><br />\n<br />\n"
    "Trường THPT Tuệ Tĩnh được thành lập ngày 15/8/1971 với tên gọi ban đầu là Trường cấp III Cẩm Giàng B. "
    "Năm 1995, trường được đổi tên thành Trường THPT Tuệ Tĩnh, mang tên Đại danh y Tuệ Tĩnh - người con của "
    "quê hương Cẩm Giàng.<br />\n<br />\n"
    "Hiện nay nhà trường có 36 lớp với hơn 1.500 học sinh; 82 cán bộ, giáo viên, nhân viên, trong đó 31 thầy "
    "cô có trình độ thạc sĩ. Trường đạt chuẩn quốc gia mức độ 2 năm 2022, được tặng Huân chương Lao động hạng "
    "Nhì năm 2021.<br />\n<br />\n"
    '<span style="font-weight: bold;" class="mycode_b">Ban Giám hiệu:</span><br />\n'
    "- Hiệu trưởng: thầy Nguyễn Văn Thành<br />\n"
    "- Phó Hiệu trưởng: thầy Vũ Đình Khiêm, cô Đinh Thị Thanh Loan<br />\n<br />\n"
    "Địa chỉ: thôn Lê Xá, xã Cẩm Giàng, thành phố Hải Phòng. Điện thoại: 0220.3786.215</div>"
)

DOC_MSG = (
    '<span style="font-weight: bold;" class="mycode_b">Số ký hiệu:</span> 2145/SGDĐT-GDTrH<br />\n'
    '<span style="font-weight: bold;" class="mycode_b">Ngày ban hành:</span> 25/11/2026<br />\n'
    '<span style="font-weight: bold;" class="mycode_b">Cơ quan ban hành:</span> Sở GD&amp;ĐT Hải Phòng<br />\n'
    '<span style="font-weight: bold;" class="mycode_b">Trích yếu:</span> Hướng dẫn kiểm tra, đánh giá cuối học '
    "kỳ I năm học 2026-2027<br />\n<br />\n"
    "Đề nghị các tổ chuyên môn nghiên cứu, triển khai thực hiện. Văn bản đính kèm bên dưới."
)


def _threads() -> dict[int, Thread]:
    ts = [
        Thread(3, 2, "Giới thiệu chung về Trường THPT Tuệ Tĩnh", None, 1, _dt("14-08-2019 09:00"), 8421,
               message=INTRO_MSG, sticky=True, closed=True, edited="02-09-2025 08:15"),
        Thread(41, 3, S_KTRA.title, None, 2, _dt("09-10-2026 00:00"), 312, story=S_KTRA, icon="photo"),
        Thread(43, 6, S_DAIHOI.title, None, 4, _dt("15-10-2026 14:00"), 1046, story=S_DAIHOI, moved_from=3),
        Thread(45, 9, S_GVG.title, None, 11, _dt("23-10-2026 15:40"), 288, story=S_GVG),
        Thread(47, 3, S_HKPD.title, None, 2, _dt("28-10-2026 07:45"), 405, story=S_HKPD,
               files=[Attach(118, "DSC_0412.JPG", "1.85 MB", 61), Attach(119, "DSC_0438.JPG", "2.02 MB", 44),
                      Attach(120, "DSC_0467.JPG", "1.67 MB", 39)]),
        Thread(50, 8, S_NGUVAN.title, "Chuyên môn", 6, _dt("06-11-2026 21:10"), 733, story=S_NGUVAN),
        Thread(52, 3, S_BIEN.title, None, 1, _dt("12-11-2026 14:15"), 869, story=S_BIEN),
        Thread(53, 6, S_BDG.title, None, 4, _dt("16-11-2026 10:00"), 254, story=S_BDG),
        Thread(54, 4, S_TKB.title, "Thông báo", 9, _dt("17-11-2026 17:20"), 1410, story=S_TKB, sticky=True),
        Thread(56, 3, S_2011.title, "Tin ảnh", 1, _dt("20-11-2026 09:30"), 1268, story=S_2011,
               edited="21-11-2026 07:12", icon="photo"),
        Thread(58, 4, "Công văn số 2145/SGDĐT-GDTrH về việc hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học "
               "2026-2027", "Văn bản", 9, _dt("28-11-2026 10:20"), 197, message=DOC_MSG,
               files=[Attach(131, "CV-2145-SGDDT-GDTrH.pdf", "356.8 KB", 52)]),
        Thread(59, 4, S_TB.title, "Thông báo", 9, _dt("01-12-2026 15:05"), 964, story=S_TB,
               files=[Attach(134, "Lich-KTCK1-2026-2027.pdf", "212.4 KB", 143)]),
        Thread(60, 6, S_AOAM.title, None, 4, _dt("02-12-2026 20:05"), 577, story=S_AOAM,
               edited="03-12-2026 06:40", icon="heart"),
        Thread(62, 3, S_CMHS.title, None, 2, _dt("04-12-2026 16:30"), 236, story=S_CMHS),
        Thread(63, 3, S_HSG.title, None, 1, _dt("05-12-2026 08:12"), 215, story=S_HSG, icon="star"),
    ]
    t = {x.tid: x for x in ts}
    # replies --------------------------------------------------------------------------------
    t[63].replies = [
        Post(631, 15, _dt("05-12-2026 09:05"), "Chúc mừng thầy cô và các em! Tự hào Tuệ Tĩnh ❤️"),
    ]
    t[56].replies = [
        Post(561, 15, _dt("20-11-2026 10:02"), "@quote:Kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc và "
             "tâm huyết với nghề. Em là cựu học sinh khóa 2015-2018, nhìn ảnh thấy nhớ trường quá!"),
        Post(562, 21, _dt("20-11-2026 11:40"), "Chúc mừng ngày Nhà giáo Việt Nam! Em cảm ơn các thầy cô đã luôn "
             "tận tình dạy dỗ chúng em 💐"),
        Post(563, 11, _dt("21-11-2026 07:30"), "Ảnh đẹp quá, BBT cho xin ảnh gốc để tổ làm kỷ yếu với ạ."),
        Post(564, 1, _dt("21-11-2026 08:02"), "Thầy liên hệ cô Hà phòng Văn thư để nhận ảnh gốc nhé."),
        Post(565, 15, _dt("01-12-2026 19:45"), "Năm sau khóa 2015-2018 tụi em xin phép về thăm trường đúng dịp "
             "20/11 ạ."),
        Post(566, 1, _dt("04-12-2026 21:15"), "Nhà trường rất hoan nghênh các em. Liên hệ Đoàn trường để đăng "
             "ký lịch nhé."),
    ]
    t[60].replies = [
        Post(601, 21, _dt("03-12-2026 07:20"), "@quote:Chi đoàn 12A1 xin đăng ký 3 bạn tham gia đoàn trao quà ạ!"),
    ]
    t[50].replies = [
        Post(501, 11, _dt("07-11-2026 06:55"), "Chuyên đề rất thiết thực, cảm ơn cô Nhung! Tổ Toán - Tin cũng "
             "đang chuẩn bị chuyên đề dạy học giải quyết vấn đề cho học kỳ II."),
    ]
    return t


THREADS = _threads()
STORIES = [t.story for t in THREADS.values() if t.story]
ANNOUNCEMENT_TITLE = "Quy định đăng tin, bài trên Website - Diễn đàn Trường THPT Tuệ Tĩnh"


def _thread_pages(t: Thread) -> int:
    return (len(t.posts()) + POSTS_PER_PAGE - 1) // POSTS_PER_PAGE


def _page_of(t: Thread, pid: int) -> int:
    for n, p in enumerate(t.posts()):
        if p.pid == pid:
            return n // POSTS_PER_PAGE + 1
    return 1


def _first_message(t: Thread, host: str) -> str:
    if t.story is None:
        return t.message
    if t.story.opts.get("word"):
        return _render_word(t.story)
    return _render_mycode(t.story, host)


def _reply_message(t: Thread, p: Post, host: str) -> str:
    text = p.message
    if text.startswith("@quote:"):
        rest = text[len("@quote:"):]
        quoted = next(b.text for b in t.story.blocks if isinstance(b, P)) if t.story else ""
        if t.tid == 60:
            quoted = next(b.text for b in t.story.blocks if isinstance(b, P) and b.style == "")
        return _quote(USERS[t.uid].name, t.when, t.first_pid, quoted, host) + esc(rest)
    return esc(text)


def _forum_threads(fid: int) -> list[Thread]:
    """Threads listed in a forum: sticky first, then by last post, newest first; moved rows too."""
    rows = [t for t in THREADS.values() if t.fid == fid or t.moved_from == fid]
    return sorted(rows, key=lambda t: (not t.sticky, -t.last.when.timestamp()))


def _children(fid: int | None) -> list[Forum]:
    return [f for f in FORUMS.values() if f.parent == fid]


def _forum_chain(fid: int) -> list[Forum]:
    chain = []
    cur: int | None = fid
    while cur is not None:
        chain.append(FORUMS[cur])
        cur = FORUMS[cur].parent
    return chain[::-1]


def _subject_html(t: Thread) -> str:
    if t.prefix:
        return f'<span style="{PREFIX_STYLE[t.prefix]}">[{esc(t.prefix)}]</span>&nbsp;{esc(t.subject)}'
    return esc(t.subject)


# --- chrome ------------------------------------------------------------------------------------


def _head(title: str, host: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><!-- start: page -->
<html xml:lang="vi" lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(title)}</title>
<!-- start: headerinclude -->
<link rel="alternate" type="application/rss+xml" title="Chủ đề mới nhất (RSS 2.0)" href="{host}/syndication.php" />
<link rel="alternate" type="application/atom+xml" title="Chủ đề mới nhất (Atom 1.0)" href="{host}/syndication.php?type=atom1.0" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="Content-Script-Type" content="text/javascript" />
<script type="text/javascript" src="{host}/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript" src="{host}/jscripts/jquery.plugins.min.js?ver=1821"></script>
<script type="text/javascript" src="{host}/jscripts/general.js?ver=1827"></script>
<link type="text/css" rel="stylesheet" href="{host}/cache/themes/theme4/global.min.css?t=1727412311" />
<link type="text/css" rel="stylesheet" href="{host}/cache/themes/theme4/tt_menu.min.css?t=1727412311" />
<link type="text/css" rel="stylesheet" href="{host}/cache/themes/theme1/star_ratings.min.css?t=1699004281" />
<script type="text/javascript">
<!--
	lang.unknown_error = "Đã xảy ra lỗi không xác định.";
	lang.confirm_title = "Vui lòng xác nhận";
	lang.expcol_collapse = "[-]";
	lang.expcol_expand = "[+]";
	var cookieDomain = ".thpttuetinh.edu.vn";
	var cookiePath = "/";
	var cookiePrefix = "";
	var cookieSecureFlag = "0";
	var deleteevent_confirm = "Bạn có chắc muốn xóa sự kiện này?";
	var removeattach_confirm = "Bạn có chắc muốn xóa tập tin đính kèm đã chọn?";
	var modal_zindex = 9999;
	var my_post_key = "9f3c1e0b7a52d46c8e1f02b9a4d7c3e5";
	var imagepath = "images";
// -->
</script>
<!-- end: headerinclude -->
{extra}</head>"""


MENU = [
    ("index.php", "Trang chủ", []),
    ("showthread.php?tid=3", "Giới thiệu", [
        ("showthread.php?tid=3", "Giới thiệu chung"),
        ("forumdisplay.php?fid=2", "Lịch sử - Truyền thống"),
        ("announcements.php?aid=1", "Quy định đăng tin"),
    ]),
    ("forumdisplay.php?fid=3", "Tin tức", [
        ("forumdisplay.php?fid=3", "Tin tức - Sự kiện"),
        ("forumdisplay.php?fid=4", "Thông báo"),
    ]),
    ("forumdisplay.php?fid=5", "Hoạt động", [
        ("forumdisplay.php?fid=6", "Đoàn Thanh niên"),
        ("forumdisplay.php?fid=7", "Tổ chuyên môn"),
        ("forumdisplay.php?fid=8", "&nbsp;&nbsp;» Tổ Ngữ văn"),
        ("forumdisplay.php?fid=9", "&nbsp;&nbsp;» Tổ Toán - Tin"),
    ]),
    ("calendar.php", "Lịch công tác", []),
    ("contact.php", "Liên hệ", []),
]


def _menu(host: str) -> str:
    items = []
    for n, (href, label, subs) in enumerate(MENU, 1):
        sub = ""
        if subs:
            sub = '<ul class="mn_c2">' + "".join(
                f'<li><a href="{host}/{h}">{lab}</a></li>' for h, lab in subs
            ) + "</ul>"
        items.append(f'<li id="mn_{n}" class="mn_c1{" co_con" if subs else ""}"><a href="{host}/{href}">'
                     f"{label}</a>{sub}</li>")
    return '<div id="tt_mnngang"><ul class="mn_l1">' + "".join(items) + "</ul></div>"


def _header(host: str) -> str:
    return f"""<body>
	<!-- start: header -->
<div id="container">
		<a name="top" id="top"></a>
		<div id="header">
			<div id="logo">
				<div class="wrapper">
					<a href="{host}/index.php"><img src="{host}/images/tuetinh/banner-2026.jpg" alt="Trường THPT Tuệ Tĩnh" title="Trường THPT Tuệ Tĩnh" /></a>
					<ul class="menu top_links">
						<li><a href="{host}/portal.php" class="portal">Cổng thông tin</a></li>
<li><a href="{host}/search.php" class="search">Tìm kiếm</a></li>
<li><a href="{host}/calendar.php" class="calendar">Lịch</a></li>
					</ul>
				</div>
			</div>
			<div class="tt_ngaythang" style="float:right;padding:4px 12px;color:#fff;font-size:12px">{HEADER_DAY}</div>
			{_menu(host)}
			<div id="panel">
				<div class="upper">
					<div class="wrapper">
						<form action="{host}/search.php">
						<fieldset id="search">
							<input name="keywords" type="text" class="textbox" />
							<input value="Tìm kiếm" class="button" type="submit" />
							<input type="hidden" name="action" value="do_search" />
							<input type="hidden" name="postthread" value="1" />
						</fieldset>
						</form>
<span class="welcome">Xin chào Khách! <a href="{host}/member.php?action=login" onclick="$('#quick_login').modal({{ fadeDuration: 250, keepelement: true, zIndex: (typeof modal_zindex !== 'undefined' ? modal_zindex : 9999) }}); return false;" class="login">Đăng nhập</a> <a href="{host}/member.php?action=register" class="register">Đăng ký</a></span>
					</div>
				</div>
			</div>
		</div>
		<div id="content">
			<div class="wrapper">
				<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()" style="color:#b30000;font-weight:bold">Lịch kiểm tra cuối học kỳ I: từ 21/12 đến 26/12/2026 - Học sinh theo dõi mục Thông báo để cập nhật lịch chi tiết!</marquee>
				<!-- end: header -->"""


def _footer(host: str, archive: str) -> str:
    return f"""
	<!-- start: footer -->

	</div>
</div>
<div id="footer">
	<div class="upper">
		<div class="wrapper">
			<ul class="menu bottom_links">
				<li><a href="{host}/contact.php">Liên hệ</a></li>
<li><a href="{host}/index.php">Trường THPT Tuệ Tĩnh</a></li>
				<li><a href="#top">Lên đầu trang</a></li>
				<li><a href="{host}/{archive}">Chế độ Lite (Lưu trữ)</a></li>
			</ul>
		</div>
	</div>
	<div class="lower">
		<div class="wrapper">
			<div class="tt_diachi" style="text-align:center;line-height:1.6">
				<b>TRƯỜNG THPT TUỆ TĨNH</b><br />
				Địa chỉ: thôn Lê Xá, xã Cẩm Giàng, thành phố Hải Phòng<br />
				Điện thoại: 0220.3786.215 - Email: c3tuetinh@haiphong.edu.vn<br />
				Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Văn Thành<br />
				&copy; 2019-2026 Trường THPT Tuệ Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
			</div>
			<span id="current_time"><strong>Bây giờ là:</strong> {_abs(NOW)}</span>
			<span id="copyright">
				<!-- MyBB is free software developed and maintained by a volunteer community.
					It would be much appreciated by the MyBB Group if you left the full copyright and "powered by" notice intact,
					to show your support for MyBB.  If you choose to remove or modify the copyright below,
					you may be refused support on the MyBB Community Forums.

					This is free software, support us and we'll support you. -->
				Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2026 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.
				<!-- End powered by -->
			</span>
		</div>
	</div>
</div>
<!-- The following piece of code allows MyBB to run scheduled tasks. DO NOT REMOVE --><img src="{host}/task.php" width="1" height="1" alt="" /><!-- End task image code -->

</div>
<!-- end: footer -->
</body>
</html>"""


def _sidebox(title: str, inner: str, n: int) -> str:
    return (
        f'<table border="0" cellspacing="0" cellpadding="5" class="tborder" id="sbox_{n}" style="margin-bottom:8px">'
        f'<tr><td class="thead"><strong>{title}</strong></td></tr>'
        f'<tr><td class="trow1 smalltext">{inner}</td></tr></table>'
    )


def _sidebar(host: str) -> str:
    most = sorted((t for t in THREADS.values() if t.story), key=lambda t: -t.views)[:5]
    most_html = "".join(
        f'<div class="sb_xn"><img src="{host}/images/tuetinh/mui-ten.gif" alt="" /> '
        f'<a href="{host}/showthread.php?tid={t.tid}">{esc(t.subject)}</a> '
        f'<span style="color:#888">({f"{t.views:,}".replace(",", ".")} lượt xem)</span></div>'
        for t in most
    )
    links = (
        '<select onchange="if(this.value) window.open(this.value)" style="width:100%">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://haiphong.edu.vn">Sở GD&amp;ĐT Hải Phòng</option>'
        '<option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option>'
        '<option value="https://thisinh.thitotnghiepthpt.edu.vn">Cổng thi tốt nghiệp THPT</option>'
        "</select><br /><br />"
        '<a href="https://www.facebook.com/thpttuetinh.hp" target="_blank" rel="noopener">'
        f'<img src="{host}/images/tuetinh/fanpage.png" alt="Fanpage nhà trường" /></a>'
    )
    poll = (
        f'<form action="{host}/polls.php" method="post"><input type="hidden" name="my_post_key" '
        'value="9f3c1e0b7a52d46c8e1f02b9a4d7c3e5" /><input type="hidden" name="action" value="vote" />'
        '<input type="hidden" name="pid" value="4" /><strong>Bạn thấy website nhà trường thế nào?</strong><br />'
        '<label><input type="radio" name="option" value="1" /> Rất hữu ích</label><br />'
        '<label><input type="radio" name="option" value="2" /> Hữu ích</label><br />'
        '<label><input type="radio" name="option" value="3" /> Cần cải thiện thêm</label><br />'
        '<input type="submit" class="button" value="Bình chọn" /></form>'
    )
    counter = (
        '<table width="100%" class="tt_thongke"><tr><td>Đang online:</td><td align="right"><b>23</b></td></tr>'
        '<tr><td>Hôm nay:</td><td align="right"><b>412</b></td></tr>'
        '<tr><td>Hôm qua:</td><td align="right"><b>1.087</b></td></tr>'
        '<tr><td>Tổng truy cập:</td><td align="right"><b>1.204.587</b></td></tr></table>'
    )
    return (
        _sidebox("Xem nhiều nhất", most_html, 2)
        + _sidebox("Thống kê truy cập", counter, 3)
        + _sidebox("Bình chọn", poll, 5)
        + _sidebox("Liên kết", links, 6)
    )


def _with_sidebar(main: str, host: str) -> str:
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="top" width="78%">{main}</td>'
        f'<td valign="top" width="22%" style="padding-left:10px">{_sidebar(host)}</td></tr></table>'
    )


def _nav(host: str, crumbs: list[tuple[str, str]], active: str | None) -> str:
    parts = [f'<a href="{host}/index.php">{BOARD}</a>']
    parts += [f'<a href="{host}/{h}">{esc(lab)}</a>' for h, lab in crumbs]
    tail = (
        f'<br /><img src="{host}/images/nav_bit.png" alt="" /><span class="active">{esc(active)}</span>' if active else ""
    )
    return '<div class="navigation">\n' + " &rsaquo; ".join(parts) + tail + "\n</div>\n<br />\n"


def _page(request: Request, title: str, crumbs, active, body: str, archive: str = "archive/index.php",
          sidebar: bool = True, extra_head: str = "") -> Response:
    host = base_url(request)
    main = body if not sidebar else _with_sidebar(body, host)
    doc = _head(title, host, extra_head) + _header(host) + "\n" + _nav(host, crumbs, active) + main + _footer(host, archive)
    return html(doc)


def _forum_crumbs(fid: int, include_self: bool = True) -> list[tuple[str, str]]:
    chain = _forum_chain(fid)
    if not include_self:
        chain = chain[:-1]
    return [(f"forumdisplay.php?fid={f.fid}", f.name) for f in chain]


# --- index -------------------------------------------------------------------------------------


def _forum_last(fid: int) -> Thread | None:
    ids = {fid} | {c.fid for c in _children(fid)}
    ts = [t for t in THREADS.values() if t.fid in ids]
    return max(ts, key=lambda t: t.last.when) if ts else None


def _short(s: str, n: int = 25) -> str:
    return s if len(s) <= n else s[:n] + "..."


def _forum_row(f: Forum, host: str, n: int) -> str:
    cls = f"trow{1 + n % 2}"
    t = _forum_last(f.fid)
    subs = _children(f.fid)
    ids = {f.fid} | {c.fid for c in subs}
    threads = [x for x in THREADS.values() if x.fid in ids]
    posts = sum(len(x.posts()) for x in threads)
    sub_html = ""
    if subs:
        sub_html = '<br /><strong>Diễn đàn con:</strong> ' + ", ".join(
            f'<a href="{host}/forumdisplay.php?fid={c.fid}" title="">{esc(c.name)}</a>' for c in subs
        )
    if t:
        last = (
            f'<span class="smalltext"><a href="{host}/showthread.php?tid={t.tid}&amp;action=lastpost" '
            f'title="{esc(t.subject)}"><strong>{esc(_short(t.subject))}</strong></a><br />{_rel(t.last.when)}'
            f'<br />Bởi <a href="{host}/member.php?action=profile&amp;uid={t.last.uid}">'
            f"{esc(USERS[t.last.uid].name)}</a></span>"
        )
    else:
        last = '<div style="text-align: center;">Chưa có</div>'
    return f"""<tr>
<td class="{cls}" align="center" valign="top" width="1"><span class="forum_status forum_on ajax_mark_as_read" title="Có bài viết mới" id="mark_read_{f.fid}"></span></td>
<td class="{cls}" valign="top">
<strong><a href="{host}/forumdisplay.php?fid={f.fid}">{esc(f.name)}</a></strong><div class="smalltext">{esc(f.desc)}{sub_html}</div>
</td>
<td class="{cls}" valign="top" align="center" style="white-space: nowrap">{len(threads)}</td>
<td class="{cls}" valign="top" align="center" style="white-space: nowrap">{posts}</td>
<td class="{cls}" valign="top" align="right" style="white-space: nowrap">{last}</td>
</tr>"""


def _category_table(cat: Forum, host: str) -> str:
    rows = "\n".join(_forum_row(f, host, n) for n, f in enumerate(_children(cat.fid)))
    return f"""<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<thead>
<tr>
<td class="thead" colspan="5">
<div class="expcolimage"><img src="{host}/images/collapse.png" id="cat_{cat.fid}_img" class="expander" alt="[-]" title="[-]" /></div>
<div><strong><a href="{host}/forumdisplay.php?fid={cat.fid}">{esc(cat.name)}</a></strong><br /><div class="smalltext"></div></div>
</td>
</tr>
</thead>
<tbody style="" id="cat_{cat.fid}_e">
<tr>
<td class="tcat" colspan="2"><span class="smalltext"><strong>Chuyên mục</strong></span></td>
<td class="tcat" width="85" align="center" style="white-space: nowrap"><span class="smalltext"><strong>Chủ đề</strong></span></td>
<td class="tcat" width="85" align="center" style="white-space: nowrap"><span class="smalltext"><strong>Bài viết</strong></span></td>
<td class="tcat" width="200" align="center"><span class="smalltext"><strong>Bài viết cuối</strong></span></td>
</tr>
{rows}
</tbody>
</table>
<br />"""


def _recent_box(host: str) -> str:
    ts = sorted((t for t in THREADS.values() if t.tid != 3), key=lambda t: -t.last.when.timestamp())[:5]
    rows = "".join(
        f'<tr><td class="trow{1 + n % 2}"><a href="{host}/showthread.php?tid={t.tid}">{_subject_html(t)}</a>'
        f'<div class="smalltext">{esc(FORUMS[t.fid].name)}</div></td>'
        f'<td class="trow{1 + n % 2}" align="right" style="white-space:nowrap"><span class="smalltext">'
        f'{_rel(t.last.when)}<br /><a href="{host}/showthread.php?tid={t.tid}&amp;action=lastpost">Bài viết cuối'
        f'</a>: {esc(USERS[t.last.uid].name)}</span></td></tr>'
        for n, t in enumerate(ts)
    )
    return (
        '<table border="0" cellspacing="0" cellpadding="5" class="tborder" id="recentthreads">'
        '<tr><td class="thead" colspan="2"><strong>Chủ đề mới</strong></td></tr>'
        f"{rows}</table><br />"
    )


def _index(request: Request) -> Response:
    host = base_url(request)
    body = _recent_box(host) + "".join(_category_table(c, host) for c in _children(None))
    body += """<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead"><strong>Ai đang online</strong></td></tr>
<tr><td class="trow1"><span class="smalltext">Có 23 người đang online (2 thành viên, 21 khách). Nhiều nhất: 318 người, lúc 14-08-2026, 09:12 AM<br />admin, doantruong</span></td></tr>
<tr><td class="tcat"><strong>Thống kê diễn đàn</strong></td></tr>
<tr><td class="trow1"><span class="smalltext">Tổng số bài viết: 2.318 &middot; Tổng số chủ đề: 702 &middot; Tổng số thành viên: 164<br />Thành viên mới nhất: hs.12a1.ngoclinh</span></td></tr>
</table>"""
    return _page(request, BOARD, [], None, body)


# --- forumdisplay ------------------------------------------------------------------------------


def _announcement_row(host: str) -> str:
    return (
        '<tr><td align="center" class="trow1 forumdisplay_announcement" width="2%">'
        f'<img src="{host}/images/announcement.png" alt="" /></td>'
        '<td align="center" class="trow1 forumdisplay_announcement" width="2%">&nbsp;</td>'
        '<td class="trow1 forumdisplay_announcement"><span class="smalltext"><strong>Thông báo: </strong></span>'
        f'<a href="{host}/announcements.php?aid=1">{esc(ANNOUNCEMENT_TITLE)}</a>'
        f'<div class="author smalltext"><a href="{host}/member.php?action=profile&amp;uid=1">admin</a></div></td>'
        '<td align="center" class="trow1 forumdisplay_announcement">-</td>'
        '<td align="center" class="trow1 forumdisplay_announcement">-</td>'
        '<td class="trow1 forumdisplay_announcement" style="white-space: nowrap; text-align: right;">'
        '<span class="smalltext">12-08-2025</span></td></tr>'
    )


def _thread_row(t: Thread, fid: int, host: str, n: int) -> str:
    cls = f"trow{1 + n % 2}"
    moved = t.moved_from == fid and t.fid != fid
    prefix = "Đã chuyển: " if moved else ""
    if t.prefix and not moved:
        prefix = f'<span style="{PREFIX_STYLE[t.prefix]}">[{esc(t.prefix)}]</span>&nbsp;'
    pages = _thread_pages(t)
    mini = ""
    if pages > 1 and not moved:
        mini = ' <span class="smalltext">(Trang: ' + " ".join(
            f'<a href="showthread.php?tid={t.tid}{"" if p == 1 else f"&amp;page={p}"}">{p}</a>'
            for p in range(1, pages + 1)
        ) + ")</span>"
    icon = (f'<img src="{host}/images/icons/{t.icon}.png" alt="" title="" />' if t.icon else "&nbsp;")
    status = "dot_hotfolder" if t.views > 1000 else "folder"
    if t.closed:
        status += " closefolder"
    replies = "-" if moved else f'<a href="javascript:MyBB.whoPosted({t.tid});">{len(t.replies)}</a>'
    views = "-" if moved else f"{t.views:,}".replace(",", ".")
    return f"""<tr class="inline_row">
	<td align="center" class="{cls} forumdisplay_regular" width="2%"><span class="thread_status {status}" title="">&nbsp;</span></td>
	<td align="center" class="{cls} forumdisplay_regular" width="2%" >{icon}</td>
	<td class="{cls} forumdisplay_regular" >
		<div>
          <span>{prefix}<span class=" subject_old" id="tid_{t.tid}"><a href="showthread.php?tid={t.tid}">{esc(t.subject)}</a></span>{mini}</span>
			<div class="author smalltext"><a href="member.php?action=profile&amp;uid={t.uid}">{esc(USERS[t.uid].name)}</a></div>
		</div>
	</td>
	<td align="center" class="{cls} forumdisplay_regular">{replies}</td>
	<td align="center" class="{cls} forumdisplay_regular">{views}</td>
	<td class="{cls} forumdisplay_regular" style="white-space: nowrap; text-align: right;">
		<span class="lastpost smalltext">{_rel(t.last.when)}<br />
		Bởi: <a href="member.php?action=profile&amp;uid={t.last.uid}">{esc(USERS[t.last.uid].name)}</a></span>
	</td>
</tr>"""


def _pagination(base: str, page: int, pages: int, host: str) -> str:
    if pages <= 1:
        return ""
    out = [f'<div class="pagination">\n<span class="pages">Trang ({pages}):</span>']
    if page > 1:
        prev = base if page == 2 else f"{base}&amp;page={page - 1}"
        out.append(f'<a href="{prev}" class="pagination_previous">&laquo; Trước</a>')
    for p in range(1, pages + 1):
        if p == page:
            out.append(f'<span class="pagination_current">{p}</span>')
        else:
            href = base if p == 1 else f"{base}&amp;page={p}"
            out.append(f'<a href="{href}" class="pagination_page">{p}</a>')
    if page < pages:
        out.append(f'<a href="{base}&amp;page={page + 1}" class="pagination_next">Tiếp &raquo;</a>')
    return " ".join(out) + "\n</div>"


def _forumdisplay(request: Request) -> Response | None:
    p = request.params
    try:
        fid = int(p.get("fid", ""))
        page = int(p.get("page", "1") or 1)
    except ValueError:
        return None
    if fid not in FORUMS or set(p) - {"fid", "page"}:
        return None
    host = base_url(request)
    f = FORUMS[fid]
    subs = _children(fid)
    body = ""
    if subs:
        if f.category:
            body += _category_table(f, host)
        else:
            rows = "\n".join(_forum_row(c, host, n) for n, c in enumerate(subs))
            body += (
                '<table border="0" cellspacing="0" cellpadding="5" class="tborder">'
                f'<tr><td class="thead" colspan="5"><strong>Diễn đàn con trong “{esc(f.name)}”</strong></td></tr>'
                '<tr><td class="tcat" colspan="2"><span class="smalltext"><strong>Chuyên mục</strong></span></td>'
                '<td class="tcat" align="center"><span class="smalltext"><strong>Chủ đề</strong></span></td>'
                '<td class="tcat" align="center"><span class="smalltext"><strong>Bài viết</strong></span></td>'
                '<td class="tcat" align="center"><span class="smalltext"><strong>Bài viết cuối</strong></span></td></tr>'
                f"{rows}</table><br />"
            )
    if f.category:
        if page != 1:
            return None
        return _page(request, f.name, _forum_crumbs(fid, False), f.name, body,
                     archive=f"archive/index.php/forum-{fid}.html")
    threads = _forum_threads(fid)
    pages = max(1, (len(threads) + THREADS_PER_PAGE - 1) // THREADS_PER_PAGE)
    if page < 1 or page > pages:
        return None
    chunk = threads[(page - 1) * THREADS_PER_PAGE : page * THREADS_PER_PAGE]
    pag = _pagination(f"forumdisplay.php?fid={fid}", page, pages, host)
    rows = []
    sticky_open = False
    for n, t in enumerate(chunk):
        if t.sticky and not sticky_open:
            rows.append('<tr><td class="trow_sep" colspan="6">Chủ đề quan trọng</td></tr>')
            sticky_open = True
        if sticky_open and not t.sticky:
            rows.append('<tr><td class="trow_sep" colspan="6">Chủ đề thường</td></tr>')
            sticky_open = False
        rows.append(_thread_row(t, fid, host, n))
    table = f"""{pag}
<div class="float_right">&nbsp;</div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder clear">
	<tr>
		<td class="thead" colspan="6">
			<div><strong>{esc(f.name)}</strong></div>
		</td>
	</tr>
	<tr>
		<td class="tcat" colspan="3" width="66%"><span class="smalltext"><strong>Chủ đề</strong> / <strong>Người gửi</strong></span></td>
		<td class="tcat" align="center" width="7%"><span class="smalltext"><strong>Trả lời</strong></span></td>
		<td class="tcat" align="center" width="7%"><span class="smalltext"><strong>Xem</strong></span></td>
		<td class="tcat" align="right" width="20%"><span class="smalltext"><strong>Bài viết cuối</strong></span></td>
	</tr>
	{_announcement_row(host)}
	{"".join(rows)}
	<tr>
		<td class="tfoot" align="right" colspan="6">
			<form action="{host}/forumdisplay.php" method="get">
				<input type="hidden" name="fid" value="{fid}" />
				<select name="sortby"><option value="subject">Sắp xếp theo: Tiêu đề</option><option value="lastpost" selected="selected">Sắp xếp theo: Bài viết cuối</option><option value="starter">Sắp xếp theo: Người gửi</option><option value="views">Sắp xếp theo: Lượt xem</option></select>
				<select name="order"><option value="asc">Tăng dần</option><option value="desc" selected="selected">Giảm dần</option></select>
				<select name="datecut"><option value="9999" selected="selected">Từ: Mọi lúc</option><option value="30">Từ: Tháng trước</option><option value="365">Từ: Năm trước</option></select>
				<input type="submit" class="button" value="Xem" />
			</form>
		</td>
	</tr>
</table>
{pag}"""
    body += table if threads else ""
    arch = f"archive/index.php/forum-{fid}{'' if page == 1 else f'-{page}'}.html"
    return _page(request, f.name + ("" if page == 1 else f" - Trang {page}"), _forum_crumbs(fid, False),
                 f.name, body, archive=arch)


def _forumdisplay_sorted(request: Request) -> Response | None:
    """The sort form (GET): a sorted listing with the same rows; only the default values answer."""
    p = request.params
    if p.get("sortby") == "lastpost" and p.get("order") == "desc" and p.get("datecut") == "9999":
        clean = Request(request.method, request.path, f"fid={p.get('fid', '')}", request.headers)
        return _forumdisplay(clean)
    return None


# --- showthread --------------------------------------------------------------------------------


def _stars(u: User, host: str) -> str:
    return "".join(f'<img src="{host}/images/star.png" border="0" alt="*" />' for _ in range(u.stars))


def _postbit(t: Thread, post: Post, number: int, host: str) -> str:
    u = USERS[post.uid]
    name = f'<span style="{u.style}">{esc(u.name)}</span>' if u.style else esc(u.name)
    message = _first_message(t, host) if number == 1 else _reply_message(t, post, host)
    edited = ""
    if post.edited:
        ed = _dt(post.edited)
        edited = (
            f' <span class="post_edit" id="edited_by_{post.pid}"><span class="edited_post">(Sửa lần cuối: '
            f'{_rel(ed)} bởi <a href="{host}/member.php?action=profile&amp;uid={post.uid}">{esc(u.name)}</a>.)'
            "</span></span>"
        )
    meta = ""
    if number == 1 and t.files:
        imgs = [a for a in t.files if a.filename.lower().endswith(".jpg")]
        docs = [a for a in t.files if not a.filename.lower().endswith(".jpg")]
        if imgs:
            thumbs = "".join(
                f'<a href="attachment.php?aid={a.aid}" target="_blank"><img src="attachment.php?thumbnail='
                f'{a.aid}" class="attachment" alt="" title="Tên tập tin: {a.filename}&#13Kích thước: {a.size}'
                f'&#13Ngày đăng: {_abs(t.when)}" /></a>&nbsp;&nbsp;&nbsp;'
                for a in imgs
            )
            meta += (
                '<br />\n<fieldset>\n<legend><strong>Hình thu nhỏ đính kèm</strong></legend>\n'
                f"{thumbs}\n</fieldset>\n"
            )
        if docs:
            lines = "".join(
                f'<br /><img src="{host}/images/attachtypes/pdf.png" title="Adobe Acrobat PDF" border="0" '
                f'alt=".pdf" />&nbsp;&nbsp;<a href="attachment.php?aid={a.aid}" target="_blank" title="">'
                f"{esc(a.filename)}</a> (Kích thước: {a.size} / Lượt tải: {a.downloads})"
                for a in docs
            )
            meta += (
                '<br />\n<fieldset>\n<legend><strong>Tập tin đính kèm</strong></legend>\n'
                f"{lines}\n</fieldset>\n"
            )
    sig = ""
    if u.signature:
        sig = f'<div class="signature scaleimages">\n{u.signature}\n</div>'
    avatar = (
        f'<div class="author_avatar"><a href="{host}/member.php?action=profile&amp;uid={u.uid}">'
        f'<img src="{host}/uploads/avatars/avatar_{u.uid}.png?dateline=1693{u.uid:06d}" alt="" width="55" '
        'height="55" /></a></div>'
        if u.uid in (1, 2, 4, 6)
        else f'<div class="author_avatar"><a href="{host}/member.php?action=profile&amp;uid={u.uid}">'
        f'<img src="{host}/images/default_avatar.png" alt="" width="55" height="55" /></a></div>'
    )
    return f"""
<a name="pid{post.pid}" id="pid{post.pid}"></a>
<div class="post classic " style="" id="post_{post.pid}">
<div class="post_author scaleimages">
	{avatar}
	<div class="author_information">
			<strong><span class="largetext"><a href="{host}/member.php?action=profile&amp;uid={u.uid}">{name}</a></span></strong> <img src="{host}/images/buddy_offline.png" title="Offline" alt="Offline" class="buddy_status" /><br />
			<span class="smalltext">
				{esc(u.title)}<br />
				{_stars(u, host)}<br />
			</span>
	</div>
	<div class="author_statistics">
		Bài viết: {f"{u.posts:,}".replace(",", ".")}<br />
		Chủ đề: {u.threads}<br />
		Tham gia: {u.joined}
	</div>
</div>
<div class="post_content">
	<div class="post_head">
		<div class="float_right" style="vertical-align: top">
<strong><a href="showthread.php?tid={t.tid}&amp;pid={post.pid}#pid{post.pid}" title="{esc(t.subject)}">#{number}</a></strong>
</div>
		<span class="post_date">{_rel(post.when)}{edited}</span>
	</div>
	<div class="post_body scaleimages" id="pid_{post.pid}">
		{message}
	</div>
	<div class="post_meta" id="post_meta_{post.pid}">
		{meta}
	</div>
	{sig}
</div>
<div class="post_controls">
	<div class="postbit_buttons author_buttons float_left">
	</div>
	<div class="postbit_buttons post_management_buttons float_right">
	</div>
</div>
</div>"""


def _similar(t: Thread, host: str) -> str:
    others = [x for x in THREADS.values() if x.fid == t.fid and x.tid != t.tid and x.story][:3]
    if t.tid == 41:
        others = []
    if not others:
        return ""
    rows = "".join(
        f'<tr><td class="trow1"><a href="{host}/showthread.php?tid={x.tid}">{esc(x.subject)}</a></td>'
        f'<td align="center" class="trow1">{esc(USERS[x.uid].name)}</td>'
        f'<td align="center" class="trow1">{len(x.replies)}</td>'
        f'<td align="center" class="trow1">{x.views}</td>'
        f'<td class="trow1" style="white-space: nowrap"><span class="smalltext">{_rel(x.last.when)}<br />Bởi '
        f'{esc(USERS[x.last.uid].name)}</span></td></tr>'
        for x in others
        if x.tid != 41
    )
    return f"""<br class="clear" />
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead" align="center" colspan="5"><strong>Chủ đề tương tự</strong></td></tr>
<tr><td class="tcat" align="center"><span class="smalltext"><strong>Chủ đề</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>Người gửi</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>Trả lời</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>Xem</strong></span></td>
<td class="tcat" align="center"><span class="smalltext"><strong>Bài viết cuối</strong></span></td></tr>
{rows}
</table>"""


def _showthread(request: Request) -> Response | None:
    p = request.params
    allowed = {"tid", "pid", "page", "action"}
    if set(p) - allowed:
        return None
    try:
        tid = int(p["tid"]) if "tid" in p else None
        pid = int(p["pid"]) if "pid" in p else None
        page = int(p.get("page", "1"))
    except ValueError:
        return None
    if tid is None and pid is not None:
        tid = next((t.tid for t in THREADS.values() for x in t.posts() if x.pid == pid), None)
    if tid not in THREADS:
        return None
    t = THREADS[tid]
    action = p.get("action")
    if action is not None:
        if action == "lastpost" and set(p) == {"tid", "action"}:
            last = t.last.pid
            return redirect(f"{base_url(request)}/showthread.php?tid={tid}&pid={last}#pid{last}")
        return None
    if pid is not None:
        if pid not in {x.pid for x in t.posts()} or "page" in p:
            return None
        page = _page_of(t, pid)
    pages = _thread_pages(t)
    if page < 1 or page > pages:
        return None
    host = base_url(request)
    posts = t.posts()[(page - 1) * POSTS_PER_PAGE : page * POSTS_PER_PAGE]
    start = (page - 1) * POSTS_PER_PAGE
    bits = "".join(_postbit(t, x, start + n + 1, host) for n, x in enumerate(posts))
    pag = _pagination(f"showthread.php?tid={tid}", page, pages, host)
    closed = ""
    if t.closed:
        closed = f'<span class="button closed_button"><img src="{host}/images/buttons_lang/vi/closed.png" alt="Đã khóa" /></span>'
    desc = ""
    if t.story:
        desc = f'<meta name="description" content="{esc(t.story.title)}" />\n'
    body = f"""
	<div class="float_left">
		{pag}
	</div>
	<div class="float_right">
		{closed}
	</div>
	<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear">
		<tr>
			<td class="thead">
				<div class="float_right">
					<span class="smalltext"><strong><a href="javascript:void(0)" id="thread_modes">Chế độ xem chủ đề</a></strong></span>
				</div>
				<div>
					<strong>{_subject_html(t)}</strong>
				</div>
			</td>
		</tr>
<tr><td id="posts_container">
	<div id="posts">
		{bits}
	</div>
</td></tr>
	</table>
	<div class="float_left">
		{pag}
	</div>
	<br class="clear" />
	<div class="tt_chiase" style="margin:8px 0">
		<span>Chia sẻ:</span>
		<a href="https://www.facebook.com/sharer/sharer.php?u={host}/showthread.php%3Ftid%3D{tid}" target="_blank" rel="noopener"><img src="{host}/images/tuetinh/share-fb.png" alt="Facebook" /></a>
		<a href="https://zalo.me/share?url={host}/showthread.php%3Ftid%3D{tid}" target="_blank" rel="noopener"><img src="{host}/images/tuetinh/share-zalo.png" alt="Zalo" /></a>
	</div>
	{_similar(t, host)}
	<br />
	<div class="float_left">
		<ul class="thread_tools">
			<li class="printable"><a href="{host}/printthread.php?tid={tid}">Xem bản in</a></li>
		</ul>
	</div>
	<br class="clear" />
	<div class="smalltext">Những người đang xem chủ đề này: 1 khách</div>
"""
    crumbs = _forum_crumbs(t.fid)
    title = t.subject
    arch = f"archive/index.php/thread-{tid}{'' if page == 1 else f'-{page}'}.html"
    return _page(request, title, crumbs, t.subject, body, archive=arch, extra_head=desc)


# --- printthread and archive -------------------------------------------------------------------


def _print_message(t: Thread, post: Post, number: int, host: str) -> str:
    return _first_message(t, host) if number == 1 else _reply_message(t, post, host)


def _printthread(request: Request) -> Response | None:
    p = request.params
    if set(p) - {"tid", "page"}:
        return None
    try:
        tid = int(p.get("tid", ""))
        page = int(p.get("page", "1"))
    except ValueError:
        return None
    t = THREADS.get(tid)
    if t is None or page < 1 or page > _thread_pages(t):
        return None
    host = base_url(request)
    chain = _forum_chain(t.fid)
    crumbs = "".join(
        f'{"+" + "-" * (n + 1)} <a href="{host}/forumdisplay.php?fid={f.fid}">{esc(f.name)}</a><br />'
        for n, f in enumerate(chain)
    )
    crumbs += f'{"+" + "-" * (len(chain) + 1)} Chủ đề: {esc(t.subject)} (<a href="{host}/showthread.php?tid={tid}">/showthread.php?tid={tid}</a>)'
    posts = t.posts()[(page - 1) * POSTS_PER_PAGE : page * POSTS_PER_PAGE]
    bits = ""
    for n, x in enumerate(posts):
        num = (page - 1) * POSTS_PER_PAGE + n + 1
        bits += (
            f'<tr><td><hr size="1" /><strong>{esc(USERS[x.uid].name)}</strong> - {_abs(x.when)}<br /><br />'
            f'<span class="smalltext">{_print_message(t, x, num, host)}</span></td></tr>'
        )
    pag = ""
    if _thread_pages(t) > 1:
        pag = '<tr><td><div class="pagination"><span class="pages">Trang:</span> ' + " ".join(
            f'<span class="pagination_current">{n}</span>' if n == page else
            f'<a href="{host}/printthread.php?tid={tid}{"" if n == 1 else f"&amp;page={n}"}">{n}</a>'
            for n in range(1, _thread_pages(t) + 1)
        ) + "</div></td></tr>"
    prefix = f"[{t.prefix}] " if t.prefix else ""
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi" lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{BOARD} - {esc(t.subject)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<link type="text/css" rel="stylesheet" href="{host}/cache/themes/theme1/global.css" />
<style type="text/css">body {{ text-align: left; }}</style>
</head>
<body onload="window.print();">
<table width="98%" border="0" align="center">
<tr><td><a href="{host}/index.php"><strong>{BOARD}</strong></a><br />
<span class="smalltext">{crumbs}</span></td></tr>
<tr><td><hr size="1" /><span class="largetext"><strong>{esc(prefix)}{esc(t.subject)}</strong></span></td></tr>
{bits}
{pag}
</table>
</body>
</html>"""
    return html(doc)


def _archive_page(host: str, title: str, nav: list[tuple[str | None, str]], content: str, full: str) -> str:
    navs = " &gt; ".join(f'<a href="{h}">{esc(lab)}</a>' if h else esc(lab) for h, lab in nav)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="vi" xml:lang="vi">
<head>
<title>{esc(title)}</title>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index,follow" />
<link type="text/css" rel="stylesheet" rev="stylesheet" href="{host}/archive/screen.css" media="screen" />
<link type="text/css" rel="stylesheet" rev="stylesheet" href="{host}/archive/print.css" media="print" />
</head>
<body>
<div id="container">
<h1><a href="{host}/index.php">{BOARD}</a></h1>
<div class="navigation">{navs}</div>
<div id="fullversion"><strong>Xem bản đầy đủ:</strong> <a href="{host}/{full}">{esc(title)}</a></div>
<div id="infobox">Bạn đang xem phiên bản rút gọn của nội dung. <a href="{host}/{full}">Xem bản đầy đủ</a> với định dạng đúng.</div>
<div id="content">
{content}
</div>
<div class="navigation">{navs}</div>
</div>
<div id="footer">
Powered By <a href="https://mybb.com">MyBB</a>, &copy; 2002-2026 <a href="https://mybb.com">MyBB Group</a>
</div>
</body>
</html>"""


ARCHIVE_RE = re.compile(r"^/archive/index\.php(?:/(forum|thread)-(\d+)(?:-(\d+))?\.html)?$")


def _archive(request: Request) -> Response | None:
    m = ARCHIVE_RE.match(request.path)
    if not m or request.query:
        return None
    host = base_url(request)
    a = f"{host}/archive/index.php"
    kind, num, pg = m.group(1), m.group(2), int(m.group(3) or 1)
    if m.group(3) == "1":
        return None
    if kind is None:
        def tree(parent: int | None) -> str:
            kids = _children(parent)
            if not kids:
                return ""
            return "<ol>" + "".join(
                f'<li><a href="{a}/forum-{f.fid}.html">{esc(f.name)}</a>{tree(f.fid)}</li>' for f in kids
            ) + "</ol>"
        content = f'<div class="listing forumlist"><div class="forums">{tree(None)}</div></div>'
        return html(_archive_page(host, BOARD, [(None, BOARD)], content, "index.php"))
    nid = int(num)
    if kind == "forum":
        f = FORUMS.get(nid)
        if f is None:
            return None
        nav = [(a, BOARD)] + [(f"{a}/forum-{x.fid}.html", x.name) for x in _forum_chain(nid)[:-1]] + [(None, f.name)]
        subs = "".join(f'<li><a href="{a}/forum-{c.fid}.html">{esc(c.name)}</a></li>' for c in _children(nid))
        content = f'<div class="listing forumlist"><div class="header">Diễn đàn con</div><div class="forums"><ol>{subs}</ol></div></div>' if subs else ""
        threads = [] if f.category else [t for t in _forum_threads(nid) if t.fid == nid]
        pages = max(1, (len(threads) + THREADS_PER_PAGE - 1) // THREADS_PER_PAGE)
        if pg > pages:
            return None
        chunk = threads[(pg - 1) * THREADS_PER_PAGE : pg * THREADS_PER_PAGE]
        if chunk:
            items = "".join(
                f'<li>{"Quan trọng: " if t.sticky else ""}<a href="{a}/thread-{t.tid}.html">{esc(t.subject)}</a> '
                f'<span class="replycount">({len(t.replies)} trả lời)</span></li>'
                for t in chunk
            )
            content += f'<div class="listing threadlist"><div class="header">{esc(f.name)}</div><div class="threads"><ol>{items}</ol></div></div>'
        if pages > 1:
            content += '<div class="multipage"><strong>Trang:</strong> ' + " ".join(
                f"<strong>{n}</strong>" if n == pg else
                f'<a href="{a}/forum-{nid}{"" if n == 1 else f"-{n}"}.html">{n}</a>'
                for n in range(1, pages + 1)
            ) + "</div>"
        full = f"forumdisplay.php?fid={nid}"
        return html(_archive_page(host, f.name, nav, content, full))
    t = THREADS.get(nid)
    if t is None or pg > _thread_pages(t):
        return None
    nav = [(a, BOARD)] + [(f"{a}/forum-{x.fid}.html", x.name) for x in _forum_chain(t.fid)] + [(None, t.subject)]
    posts = t.posts()[(pg - 1) * POSTS_PER_PAGE : pg * POSTS_PER_PAGE]
    content = ""
    for n, x in enumerate(posts):
        num = (pg - 1) * POSTS_PER_PAGE + n + 1
        msg = _print_message(t, x, num, host)
        content += (
            '<div class="post">\n<div class="header">\n'
            f'<div class="author"><h2><a href="{host}/member.php?action=profile&amp;uid={x.uid}">'
            f"{esc(USERS[x.uid].name)}</a></h2></div>\n<div class=\"dateline\">{_abs(x.when)}</div>\n</div>\n"
            f'<div class="message">{msg}</div>\n</div>\n'
        )
    if _thread_pages(t) > 1:
        content += '<div class="multipage"><strong>Trang:</strong> ' + " ".join(
            f"<strong>{n}</strong>" if n == pg else
            f'<a href="{a}/thread-{t.tid}{"" if n == 1 else f"-{n}"}.html">{n}</a>'
            for n in range(1, _thread_pages(t) + 1)
        ) + "</div>"
    full = f"showthread.php?tid={t.tid}"
    return html(_archive_page(host, t.subject, nav, content, full))


# --- other MyBB pages --------------------------------------------------------------------------


def _portal(request: Request) -> Response:
    host = base_url(request)
    latest = sorted((t for t in THREADS.values() if t.fid in (3, 4) and t.story), key=lambda t: -t.when.timestamp())[:3]
    anns = ""
    for t in latest:
        anns += f"""<table border="0" cellspacing="0" cellpadding="5" class="tborder" style="clear: both; border-bottom-width: 0;">
<tr><td class="thead"><strong><a href="{host}/showthread.php?tid={t.tid}">{_subject_html(t)}</a></strong></td></tr>
<tr><td class="trow2" align="right"><span class="smalltext">Bởi <a href="{host}/member.php?action=profile&amp;uid={t.uid}">{esc(USERS[t.uid].name)}</a>, {_rel(t.when)}</span></td></tr>
<tr><td class="trow1"><p>{_first_message(t, host)}</p></td></tr>
<tr><td class="tfoot" align="right"><span class="smalltext"><a href="{host}/showthread.php?tid={t.tid}">Trả lời ({len(t.replies)})</a></span></td></tr>
</table><br />"""
    welcome = (
        _sidebox("Chào mừng", 'Xin chào Khách!<br /><br />Bạn cần <a href="' + host + '/member.php?action=register">'
                 "đăng ký</a> để gửi bài viết.", 11)
    )
    body = (
        '<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>'
        f'<td valign="top" width="200">{welcome}</td><td valign="top" style="padding-left:10px">{anns}</td></tr></table>'
    )
    return _page(request, f"{BOARD} - Cổng thông tin", [], "Cổng thông tin", body)


def _announcement(request: Request) -> Response | None:
    if request.params != {"aid": "1"}:
        return None
    host = base_url(request)
    u = USERS[1]
    msg = (
        "Để Website - Diễn đàn nhà trường thực sự là kênh thông tin chính thức, Ban Biên tập quy định như sau:"
        '<br />\n<ol type="1" class="mycode_list"><li>Chỉ tài khoản được phân quyền mới được đăng tin trong các '
        "chuyên mục Tin tức - Sự kiện, Thông báo.<br />\n</li><li>Tin bài phải ghi rõ tác giả, nguồn ảnh; không "
        "đăng thông tin cá nhân của học sinh.<br />\n</li><li>Thành viên bình luận văn minh, đúng chủ đề.<br />\n"
        "</li></ol>Mọi thắc mắc xin liên hệ Ban Biên tập qua email c3tuetinh@haiphong.edu.vn."
    )
    body = f"""<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead"><strong>Thông báo: {esc(ANNOUNCEMENT_TITLE)}</strong></td></tr>
<tr><td class="trow1">
<div class="post classic" id="announcement_1">
<div class="post_author"><div class="author_information"><strong><span class="largetext"><a href="{host}/member.php?action=profile&amp;uid=1"><span style="{u.style}">admin</span></a></span></strong><br /><span class="smalltext">Quản trị viên</span></div></div>
<div class="post_content"><div class="post_head"><span class="post_date">12-08-2025, 08:00 AM</span></div>
<div class="post_body">{msg}</div></div></div>
</td></tr></table>"""
    return _page(request, f"{BOARD} - Thông báo", [], "Thông báo: " + ANNOUNCEMENT_TITLE, body)


MONTHS = {(2026, 11), (2026, 12), (2027, 1)}
MONTH_NAMES = {11: "Tháng Mười Một", 12: "Tháng Mười Hai", 1: "Tháng Một"}
EVENTS = {
    5: ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", datetime(2026, 11, 20, tzinfo=TZ), None,
        "Thời gian: 7h30 sáng thứ Sáu, ngày 20/11/2026 tại sân trường. Toàn thể cán bộ, giáo viên, nhân viên "
        "và học sinh dự lễ; trang phục: áo dài (nữ), comple (nam), học sinh mặc đồng phục."),
    7: ("Kiểm tra, đánh giá cuối học kỳ I", datetime(2026, 12, 21, tzinfo=TZ), datetime(2026, 12, 26, tzinfo=TZ),
        "Kiểm tra tập trung theo khối các môn Toán, Ngữ văn, Tiếng Anh, Lịch sử. Lịch chi tiết xem tại mục Thông "
        "báo của website."),
}


def _calendar(request: Request) -> Response | None:
    p = request.params
    host = base_url(request)
    if p.get("action") == "event":
        if set(p) != {"action", "eid"} or not p["eid"].isdigit() or int(p["eid"]) not in EVENTS:
            return None
        title, start, end, desc = EVENTS[int(p["eid"])]
        when = start.strftime("%d-%m-%Y") + (f" - {end.strftime('%d-%m-%Y')}" if end else "")
        body = f"""<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead"><strong>{esc(title)}</strong></td></tr>
<tr><td class="trow1"><div class="post_head"><span class="smalltext">Ngày: {when} &middot; Lịch: Lịch công tác nhà trường &middot; Đăng bởi: admin</span></div>
<div class="post_body">{esc(desc)}</div></td></tr></table>"""
        crumbs = [("calendar.php", "Lịch")]
        return _page(request, f"{BOARD} - Lịch - {title}", crumbs, title, body)
    if p and not (set(p) == {"calendar", "year", "month"} and p["calendar"] == "1"):
        return None
    try:
        year = int(p.get("year", "2026"))
        month = int(p.get("month", "12"))
    except ValueError:
        return None
    if (year, month) not in MONTHS:
        return None
    first = datetime(year, month, 1, tzinfo=TZ)
    nxt = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=TZ)
    days = (nxt - first).days
    cells = ['<td class="trow2">&nbsp;</td>'] * first.weekday()
    for d in range(1, days + 1):
        ev = "".join(
            f'<div class="smalltext"><a href="{host}/calendar.php?action=event&amp;eid={eid}">{esc(e[0])}</a></div>'
            for eid, e in EVENTS.items()
            if e[1].year == year and e[1].month == month and e[1].day == d
        )
        today = " calendar_today" if (year, month, d) == (2026, 12, 5) else ""
        cells.append(f'<td class="trow1{today}" valign="top" height="70"><div class="float_right">{d}</div>{ev}</td>')
    while len(cells) % 7:
        cells.append('<td class="trow2">&nbsp;</td>')
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    prev_m = (year - (month == 1), 12 if month == 1 else month - 1)
    next_m = (year + (month == 12), 1 if month == 12 else month + 1)
    nav_prev = (
        f'<a href="{host}/calendar.php?calendar=1&amp;year={prev_m[0]}&amp;month={prev_m[1]}">&laquo; '
        f"{MONTH_NAMES[prev_m[1]]} {prev_m[0]}</a>" if prev_m in MONTHS else ""
    )
    nav_next = (
        f'<a href="{host}/calendar.php?calendar=1&amp;year={next_m[0]}&amp;month={next_m[1]}">'
        f"{MONTH_NAMES[next_m[1]]} {next_m[0]} &raquo;</a>" if next_m in MONTHS else ""
    )
    head = "".join(f'<td class="tcat" align="center"><strong>{d}</strong></td>' for d in
                   ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"))
    body = f"""<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead" colspan="7"><div class="float_right">{nav_prev} &nbsp; {nav_next}</div><strong>{MONTH_NAMES[month]} {year}</strong></td></tr>
<tr>{head}</tr>
{rows}
</table>"""
    return _page(request, f"{BOARD} - Lịch công tác", [("calendar.php", "Lịch")], f"{MONTH_NAMES[month]} {year}", body)


def _contact(request: Request) -> Response | None:
    if request.query:
        return None
    host = base_url(request)
    body = f"""<form action="{host}/contact.php" method="post">
<input type="hidden" name="my_post_key" value="9f3c1e0b7a52d46c8e1f02b9a4d7c3e5" />
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead" colspan="2"><strong>Liên hệ</strong></td></tr>
<tr><td class="trow1" colspan="2"><span class="smalltext"><b>TRƯỜNG THPT TUỆ TĨNH</b><br />Địa chỉ: thôn Lê Xá, xã Cẩm Giàng, thành phố Hải Phòng<br />Điện thoại: 0220.3786.215 - Email: c3tuetinh@haiphong.edu.vn<br />Giờ làm việc: sáng 7h00 - 11h30, chiều 13h30 - 17h00 (thứ Hai đến thứ Sáu)</span></td></tr>
<tr><td class="trow2" width="30%"><strong>Họ tên:</strong></td><td class="trow2"><input type="text" name="name" class="textbox" size="40" /></td></tr>
<tr><td class="trow1"><strong>Email:</strong></td><td class="trow1"><input type="text" name="email" class="textbox" size="40" /></td></tr>
<tr><td class="trow2"><strong>Tiêu đề:</strong></td><td class="trow2"><input type="text" name="subject" class="textbox" size="40" /></td></tr>
<tr><td class="trow1" valign="top"><strong>Nội dung:</strong></td><td class="trow1"><textarea cols="50" rows="10" name="message"></textarea></td></tr>
</table>
<br /><div align="center"><input type="submit" class="button" value="Gửi" /></div>
</form>"""
    return _page(request, f"{BOARD} - Liên hệ", [], "Liên hệ", body, sidebar=False)


def _no_permission(request: Request, active: str = "Không có quyền truy cập") -> Response:
    host = base_url(request)
    body = f"""<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead"><span class="smalltext"><strong>{BOARD}</strong></span></td></tr>
<tr><td class="trow1">Bạn chưa đăng nhập hoặc không có quyền truy cập trang này. Có thể do một trong các nguyên nhân sau:
<ol><li>Bạn chưa đăng nhập hoặc chưa đăng ký.</li><li>Tài khoản của bạn không đủ quyền để xem trang này.</li></ol>
<form action="{host}/member.php" method="post"><input type="hidden" name="action" value="do_login" />
Tên đăng nhập: <input type="text" class="textbox" name="username" /> Mật khẩu: <input type="password" class="textbox" name="password" />
<input type="submit" class="button" value="Đăng nhập" /></form></td></tr></table>"""
    return _page(request, f"{BOARD}", [], active, body, sidebar=False)


def _member(request: Request) -> Response | None:
    p = request.params
    action = p.get("action")
    if action == "profile" and set(p) == {"action", "uid"} and p["uid"].isdigit() and int(p["uid"]) in USERS:
        return _no_permission(request)
    if action in ("login", "register") and set(p) == {"action"}:
        host = base_url(request)
        if action == "register":
            body = (
                '<table border="0" cellspacing="0" cellpadding="5" class="tborder"><tr><td class="thead"><strong>'
                "Đăng ký</strong></td></tr><tr><td class=\"trow1\">Chức năng đăng ký thành viên đang tạm khóa. Giáo "
                "viên, học sinh liên hệ Ban Biên tập để được cấp tài khoản.</td></tr></table>"
            )
            return _page(request, f"{BOARD} - Đăng ký", [], "Đăng ký", body, sidebar=False)
        body = f"""<form action="{host}/member.php" method="post"><table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead" colspan="2"><strong>Đăng nhập</strong></td></tr>
<tr><td class="trow1"><strong>Tên đăng nhập:</strong></td><td class="trow1"><input type="text" class="textbox" name="username" /></td></tr>
<tr><td class="trow2"><strong>Mật khẩu:</strong></td><td class="trow2"><input type="password" class="textbox" name="password" /></td></tr>
</table><input type="hidden" name="action" value="do_login" /><div align="center"><input type="submit" class="button" value="Đăng nhập" /></div></form>"""
        return _page(request, f"{BOARD} - Đăng nhập", [], "Đăng nhập", body, sidebar=False)
    if request.method == "POST":
        return _no_permission(request)
    return None


def _search(request: Request) -> Response:
    host = base_url(request)
    if request.query or request.method == "POST":
        body = (
            '<div class="error"><p><em>Đã có lỗi xảy ra:</em></p><ul><li>Bạn chưa nhập từ khóa tìm kiếm hoặc từ '
            "khóa quá ngắn. Từ khóa phải có ít nhất 4 ký tự.</li></ul></div>"
        )
        return _page(request, f"{BOARD} - Tìm kiếm", [("search.php", "Tìm kiếm")], "Lỗi", body, sidebar=False)
    body = f"""<form action="{host}/search.php" method="post">
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead" colspan="2"><strong>Tìm kiếm</strong></td></tr>
<tr><td class="trow1"><strong>Từ khóa:</strong></td><td class="trow1"><input type="text" class="textbox" name="keywords" size="35" /></td></tr>
<tr><td class="trow2"><strong>Theo tên thành viên:</strong></td><td class="trow2"><input type="text" class="textbox" name="author" size="35" /></td></tr>
<tr><td class="trow1"><strong>Tìm trong chuyên mục:</strong></td><td class="trow1"><select name="forums[]" size="6" multiple="multiple"><option value="all" selected="selected">Tìm trong tất cả chuyên mục</option>{"".join(f'<option value="{f.fid}">{esc(f.name)}</option>' for f in FORUMS.values())}</select></td></tr>
</table><input type="hidden" name="action" value="do_search" /><div align="center"><input type="submit" class="button" value="Tìm kiếm" /></div></form>"""
    return _page(request, f"{BOARD} - Tìm kiếm", [], "Tìm kiếm", body, sidebar=False)


def _syndication(request: Request) -> Response | None:
    if request.query not in ("", "type=atom1.0"):
        return None
    host = base_url(request)
    latest = sorted(THREADS.values(), key=lambda t: -t.when.timestamp())[:15]
    items = "".join(
        f"<item>\n<title><![CDATA[{t.subject}]]></title>\n<link>{host}/showthread.php?tid={t.tid}</link>\n"
        f"<pubDate>{t.when.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>\n"
        f"<guid isPermaLink=\"false\">{host}/showthread.php?tid={t.tid}</guid>\n"
        f"<description><![CDATA[{t.subject}]]></description>\n</item>\n"
        for t in latest
    )
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/'
        f'content/">\n<channel>\n<title><![CDATA[{BOARD} - Tất cả chuyên mục]]></title>\n<link>{host}/</link>\n'
        "<description><![CDATA[Trường THPT Tuệ Tĩnh - https://thpttuetinh.edu.vn]]></description>\n"
        f"{items}</channel>\n</rss>"
    )
    return Response(200, rss.encode("utf-8"), {"Content-Type": "text/xml; charset=UTF-8"})


ATTACH = {a.aid: (t, a) for t in THREADS.values() for a in t.files}


def _attachment(request: Request) -> Response | None:
    p = request.params
    key = "aid" if "aid" in p else "thumbnail"
    if set(p) != {key} or not p[key].isdigit() or int(p[key]) not in ATTACH:
        return None
    _, a = ATTACH[int(p[key])]
    if a.filename.lower().endswith(".pdf"):
        if key != "aid":
            return None
        return Response(200, PDF, {"Content-Type": "application/pdf",
                                   "Content-Disposition": f'inline; filename="{a.filename}"'})
    img = static_file("x.jpg")
    assert img is not None
    return img


def _markread(request: Request) -> Response | None:
    p = request.params
    if p.get("action") == "markread":
        return redirect(f"{base_url(request)}/index.php", 302)
    return None


class MyBBSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return _index(request) if not request.query else None
        if path == "/forumdisplay.php":
            if "sortby" in request.params:
                return _forumdisplay_sorted(request)
            return _forumdisplay(request)
        if path == "/showthread.php":
            return _showthread(request)
        if path == "/printthread.php":
            return _printthread(request)
        if path.startswith("/archive/index.php"):
            return _archive(request)
        if path == "/portal.php":
            return _portal(request) if not request.query else None
        if path == "/announcements.php":
            return _announcement(request)
        if path == "/calendar.php":
            return _calendar(request)
        if path == "/contact.php":
            return _contact(request)
        if path == "/member.php":
            return _member(request)
        if path == "/search.php":
            return _search(request)
        if path == "/syndication.php":
            return _syndication(request)
        if path == "/attachment.php":
            return _attachment(request)
        if path == "/misc.php":
            return _markread(request)
        if path == "/polls.php" and request.method == "POST":
            return _no_permission(request)
        if path == "/task.php":
            return static_file("task.gif")
        if path.startswith(("/images/", "/uploads/", "/jscripts/", "/cache/", "/archive/")):
            return static_file(path)
        return None


def build_site() -> MyBBSite:
    return MyBBSite()


# --- gold --------------------------------------------------------------------------------------


def _alts(t: Thread) -> list[str]:
    tid = t.tid
    alts = [f"/showthread.php?tid={tid}&pid={t.first_pid}"]
    alts += [f"/showthread.php?tid={tid}&pid={x.pid}" for x in t.replies if _page_of(t, x.pid) == 1]
    if any(x.message.startswith("@quote:") for x in t.replies):
        alts.append(f"/showthread.php?pid={t.first_pid}")
    alts += [f"/printthread.php?tid={tid}", f"/archive/index.php/thread-{tid}.html"]
    return alts


GOLD = [
    gold_record(t.story, f"/showthread.php?tid={t.tid}", FORUMS[t.fid].name,
                canonical_path=f"/showthread.php?tid={t.tid}", alt_paths=_alts(t))
    for t in sorted(THREADS.values(), key=lambda x: -x.tid)
    if t.story
]

NON_ARTICLES = [
    "/showthread.php?tid=3",
    "/showthread.php?tid=58",
    "/showthread.php?tid=56&page=2",
    "/announcements.php?aid=1",
    "/calendar.php",
    "/calendar.php?action=event&eid=7",
    "/contact.php",
]
