"""Fixture portal: a high school (THPT) whose public website is its Moodle 4.1 LMS (Boost theme).

Why: many Vietnamese high schools never built a news site: the school's e-learning Moodle is
also its public face. Guests land on the site front page; the news are discussions of the site's
news forum ("Tin tức của trang", the Site announcements forum) and of a second forum on the
front page ("Thông báo tuyển sinh"). Nothing on such a site looks like a news CMS: no sapo
field, no rel=canonical, no sitemap, the ``<h1>`` of every page is the school's name, the
headline is the discussion name, and every post sits between forum chrome (avatars, "Gửi bởi",
"Permalink", "Trả lời", replies of students and parents).

Imitated site: Trường THPT Trần Quốc Tuấn (Quảng Ngãi), Moodle 4.1 LTS in Vietnamese, guest
access to the front page, forum page size set to 3 (``forum_manydiscussions``), RSS enabled for
the news forum (type "posts"). Every link Moodle prints is absolute (``moodle_url::out``) with
``&amp;`` in the query. What it serves:

- ``/`` (index.php): the site front page. "Tin tức của trang" shows the three newest news
  discussions as posts (subject, "Gửi bởi <a>Tên</a> - Thứ Hai, 23 tháng 11 2026, 8:30 AM", the
  first paragraph shortened by ``shorten_text`` with "...", "Permalink", "Thảo luận chủ đề này
  (N trả lời cho đến nay)", "Đọc tiếp chủ đề này") and "Chủ đề cũ hơn ..."; below them the
  front page's activities (pages "Giới thiệu chung", "Liên hệ", "Album ảnh", the folder "Văn bản
  – Biểu mẫu", the resource "Kế hoạch năm học", the forum "Thông báo tuyển sinh") and the
  course categories.
- ``/mod/forum/view.php?id=2`` (news) and ``?id=7`` (tuyển sinh): Moodle's discussion list
  table ("Thảo luận | Bắt đầu bởi | Bài gửi cuối | Trả lời"), ordered by last post (so a new
  reply lifts an old discussion), 3 a page, pager ``&p=N`` (zero-based; the news forum has 3
  pages, tuyển sinh 2), sortable headers ``&o=N`` kept in pager links. ``view.php?f=1`` (the
  "Chủ đề cũ hơn ..." link of the news block) is the same list. The news list announces its RSS
  feed ``/rss/file.php/27/<token>/mod_forum/1/rss.xml`` in ``<head>``.
- ``/mod/forum/discuss.php?d=N``: a discussion. ``h1`` = school name; breadcrumb "Trang chủ ›
  <forum> › <discussion>"; display-mode form; ``h3.discussionname``; the first post
  ``article.forum-post-container`` (``header``: avatar, ``h3`` subject, ``address`` "Gửi bởi
  <a>poster</a> - <date>"; ``div.post-content-container`` with the message; attachments; tags
  "Thẻ:"; "Permalink" ``discuss.php?d=N#pP``; "Trả lời" ``post.php?reply=P`` which sends a guest
  to the login page); replies nested in ``div.indent`` with their own headers, "Hiển thị bài
  gốc" links and permalinks; then the neighbour links "◄ older" / "newer ►".
  Messages come in the editor's two formats: Atto HTML (``<p dir="ltr" style="text-align:
  left;">``, images ``pluginfile.php/<ctx>/mod_forum/post/<P>/<file>`` with an italic centred
  paragraph under some of them, an embedded YouTube ``<iframe>``) and the old plain-text format
  run through ``text_to_html`` (``<div class="text_to_html">``, paragraphs separated by
  ``<br />`` pairs).
- sidebar blocks on every page: "Đăng nhập" (login form), "Tin tức mới nhất" (five newest news
  with "20 thg 11, 16:45" dates), "Lịch" (the month calendar), "Người dùng trực tuyến",
  "Thống kê truy cập" (a visitor counter in an HTML block), "Liên kết"; header strip with
  TODAY and the hotline; footer "Bạn chưa đăng nhập. (Đăng nhập)", "Tóm tắt lưu giữ dữ liệu",
  "Tải ứng dụng di động", "Được hỗ trợ bởi Moodle" and the school's address/hotline footnote.
- non-articles: ``mod/page/view.php?id=5|6|11`` (Giới thiệu chung, Liên hệ, an "Album ảnh"
  page of captioned photos; each prints Moodle's "Sửa đổi lần cuối: <date>"),
  ``mod/folder/view.php?id=8`` (documents, PDFs via pluginfile), ``mod/resource/view.php?id=9``
  ("Nhấp vào liên kết … để xem tệp"), ``course/index.php`` and ``?categoryid=2..5``, guest
  courses ``course/view.php?id=3|6|8`` (sections of resources), the other courses redirect (303)
  to ``enrol/index.php?id=N`` ("Các tùy chọn ghi danh", "Khách không thể truy cập khóa học
  này."), ``login/index.php``, ``login/forgot_password.php``, the forum search
  ``mod/forum/search.php``, the calendar, ``admin/tool/dataprivacy/summary.php``. Profiles
  (``user/view.php``), tag pages and ``post.php?reply=`` redirect guests to the login page.
- encodings: all UTF-8 (Moodle knows no other); discussion 60 was typed with Unikey set to
  "Unicode tổ hợp", so its message is decomposed (NFD) while its subject is NFC.

Traps and hard cases:

- the calendar block's "◄ tháng 10 / tháng 12 ►" links go to ``calendar/view.php?view=month&
  time=<unix>``, which answers 200 for any integer and links the months on both sides: never
  ends. The day view ``view=day&time=`` (linked from days with events) does the same per day.
- the same discussion under several URLs: ``discuss.php?d=N&parent=<first post>`` (the RSS
  feed's item links, the replies' "Hiển thị bài gốc" links) shows the very same page (listed as
  ``alt_paths``); ``#p<id>`` permalinks differ only by the fragment. But ``discuss.php?d=62&
  parent=143`` (a reply's "Hiển thị bài gốc" of a reply, and the feed's items for replies) shows
  only a reply and its answers under the discussion heading: not the article (NON_ARTICLES).
- sort links ``&o=N`` multiply the listing pages (finite).
- ``discuss.php?d=12`` (a deleted discussion, linked from the text of discussion 47) is a soft
  404: status 200, Moodle's error box "Không thể đọc bản ghi dữ liệu trong bảng forum_discussions".
- each page's ``<h1>`` is the school, the ``<title>`` is "THPT TQT: <discussion>", the subject is
  printed twice (``h3.discussionname`` and the post's ``h3``); reply subjects are "Re: …".
- the listing's "Bắt đầu bởi" date ("12 thg 11 2026") and "Bài gửi cuối" date (the newest
  reply), the news block's dates and the replies' dates are not publication dates.
- the mod/page pages print "Sửa đổi lần cuối" with a date and look like posts; the album page
  has captioned photos; they are not news.

Gold (by hand). Articles: the discussions of both forums (first post only); title = discussion
name; category = the forum's name as the breadcrumb prints it ("Tin tức của trang", "Thông báo
tuyển sinh"); published_at = the first post's "Gửi bởi … - <date>" (12-hour clock with AM/PM
read to 24 hours; every post prints a time, so every date has one, +07:00); body = the first
post's own paragraphs in order, without captions, signatures or source lines, without the
replies and without the attachment link. Judgement calls:

- authors: the signature at the end of the message names the writer ("Thầy Nguyễn Văn An – Tổ
  Toán" gives "Nguyễn Văn An": honorific and department dropped; "Bài: X – Ảnh: Y" gives X and
  photographer Y; "Tin, ảnh: X" and "Bài, ảnh: X" give X in both lists); the forum poster
  ("Gửi bởi") is then only who uploaded it and is not an author. A post without a signature is
  credited to its poster when the poster is a person (Đỗ Thị Thu Hà, Nguyễn Thị Bích Ngọc);
  the account "Quản trị viên" (Administrator) is a role, not a name: no author.
- discussion 53 is a newspaper's story: "Thanh Nhàn" (bare name, right-aligned bold) is the
  author and "(Nguồn: Báo Quảng Ngãi điện tử)" the source, written without the parentheses.
- summary: Moodle has no sapo field; only discussion 62 opens with a wholly bold paragraph set
  off as a lead: that paragraph is the summary (and the body's first paragraph). Elsewhere None.
- captions: the italic centred paragraph right under an image; images followed by an ordinary
  paragraph have no caption. User pictures, file-type icons and the YouTube player are not
  article images.
- discussion 59 is only an attached PDF and one line of text: the line is the body, no images.
- discussion 55's YouTube iframe adds nothing to body or images; its intro line is body.
- plain-text posts (text_to_html): each ``<br />``-pair-separated block is a paragraph.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "moodle_sitenews_thpt"
PLATFORM = "moodle4"
START_PATH = "/"

SITE = "Trường THPT Trần Quốc Tuấn"
SHORT = "THPT TQT"
ADDRESS = "Số 12 đường Lê Trung Đình, phường Cẩm Thành, tỉnh Quảng Ngãi"
PHONE = "0255 3 822 416"
HOTLINE = "0914 226 318"
EMAIL = "thpttranquoctuan@quangngai.edu.vn"
THEMEREV = "1731915300"
SESSKEY = "Xk3pQ9aLm2"
RSS_TOKEN = "9b1e6f2c4d8a0e7f3c5b1a9d2e4f6a8c"
PER_PAGE = 3
FRONT_NEWS = 3
BLOCK_NEWS = 5
_TZ = timezone(timedelta(hours=7))
TODAY_DATE = date(2026, 11, 25)

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@dataclass(frozen=True)
class Forum:
    cmid: int
    instance: int
    context: int
    name: str
    intro: str


FORUMS: dict[str, Forum] = {
    "news": Forum(2, 1, 27, "Tin tức của trang", "Tin tức, hoạt động của nhà trường."),
    "ts": Forum(
        7, 3, 31, "Thông báo tuyển sinh",
        "Thông báo về công tác tuyển sinh lớp 10 và tư vấn hướng nghiệp của nhà trường.",
    ),
}  # fmt: skip
_FORUM_BY_CMID = {f.cmid: key for key, f in FORUMS.items()}

#: Moodle accounts: id -> full name as printed
USERS: dict[int, str] = {
    2: "Quản trị viên",
    5: "Đỗ Thị Thu Hà",
    7: "Nguyễn Thị Bích Ngọc",
    12: "Võ Thị Kim Oanh",
    31: "Trần Văn Bình",
    44: "Lê Hoàng Phúc",
    52: "Nguyễn Ngọc Hân",
    60: "Phạm Thanh Tùng",
}


@dataclass(frozen=True)
class Reply:
    id: int
    parent: int
    user: int
    at: str
    text: str


def _pf(ctx: int, post: int, name: str) -> str:
    return f"/pluginfile.php/{ctx}/mod_forum/post/{post}/{quote(name)}"


# Story.opts: d (discussion id), p (first post id), forum (FORUMS key), user (poster id), at
# (local creation time), fmt ("html" Atto | "moodle" text_to_html), nfd, replies, tags,
# attach (file name, size), youtube (video id), link_deleted (a paragraph index whose text
# ends with a link "tại đây" to the deleted discussion 12).
# Img styles: "cap" (italic centred paragraph under the image), "none".
STORIES: list[Story] = [
    Story(
        id=64,
        slug="rung-chuong-vang-an-toan-giao-thong-khoi-10",
        title="Sân chơi “Rung chuông vàng” chủ đề An toàn giao thông dành cho học sinh khối 10",
        cat="news",
        published_at="2026-11-23T08:30:00+07:00",
        blocks=[
            P(
                "Nhằm tăng cường công tác tuyên truyền, giáo dục ý thức chấp hành pháp luật về trật"
                " tự an toàn giao thông cho học sinh, chiều 21/11/2026, Đoàn trường THPT Trần Quốc"
                " Tuấn tổ chức sân chơi “Rung chuông vàng” với chủ đề “Học sinh với văn hóa giao"
                " thông” cho 420 học sinh khối 10."
            ),
            Img(_pf(27, 152, "rcv-atgt-01.jpg"), None, None, "none"),
            P(
                "Các thí sinh lần lượt trả lời 25 câu hỏi về Luật Trật tự, an toàn giao thông đường"
                " bộ, kỹ năng đi xe đạp điện, xe máy an toàn và cách xử lý khi gặp tai nạn giao"
                " thông. Sau câu hỏi thứ 15, Ban tổ chức đã tổ chức cứu trợ hai lần để đưa các bạn"
                " trở lại sàn thi."
            ),
            Img(
                _pf(27, 152, "rcv-atgt-02.jpg"),
                "Học sinh khối 10 tham gia trả lời câu hỏi trên sân trường",
                "Học sinh khối 10 tham gia trả lời câu hỏi trên sân trường",
                "cap",
            ),
            P(
                "Kết quả, em Huỳnh Gia Bảo (lớp 10A4) xuất sắc vượt qua câu hỏi cuối cùng và rung"
                " chiếc chuông vàng của chương trình. Ban tổ chức cũng trao giải cho 5 thí sinh trụ"
                " lại lâu nhất và giải cổ động viên cho chi đoàn 10A7."
            ),
            Img(_pf(27, 152, "z6012349876543_3f9c0a1b2d4e.jpg"), None, None, "none"),
            Raw('<p dir="ltr" style="text-align: right;"><strong>Tin, ảnh: Phan Minh Khoa</strong></p>'),
        ],
        authors=["Phan Minh Khoa"],
        photographers=["Phan Minh Khoa"],
        opts={"d": 64, "p": 152, "forum": "news", "user": 5, "at": "2026-11-23 08:30", "fmt": "html",
              "tags": ["an-toan-giao-thong", "doan-truong"]},
    ),
    Story(
        id=63,
        slug="ke-hoach-tu-van-tuyen-sinh-lop-10-2027-2028",
        title="Kế hoạch tư vấn tuyển sinh vào lớp 10 năm học 2027 – 2028 tại các trường THCS",
        cat="ts",
        published_at="2026-11-21T14:20:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch tuyển sinh năm học 2027 – 2028, Trường THPT Trần Quốc Tuấn tổ"
                " chức tư vấn tuyển sinh, giới thiệu về nhà trường cho học sinh lớp 9 tại các trường"
                " THCS trên địa bàn phường Cẩm Thành, phường Nghĩa Lộ và xã Tịnh Khê."
            ),
            P("Thời gian: từ ngày 30/11/2026 đến ngày 12/12/2026, vào các buổi sinh hoạt dưới cờ."),
            P(
                "Nội dung tư vấn gồm: chương trình giáo dục phổ thông 2018 và các tổ hợp môn lựa"
                " chọn của nhà trường; phương thức tuyển sinh dự kiến; các hoạt động câu lạc bộ,"
                " ngoại khóa và học bổng dành cho học sinh lớp 10."
            ),
            P(
                "Cha mẹ học sinh có nhu cầu tìm hiểu thêm vui lòng liên hệ Văn phòng nhà trường"
                f" hoặc đường dây nóng tuyển sinh {HOTLINE} trong giờ hành chính."
            ),
        ],
        authors=["Nguyễn Thị Bích Ngọc"],
        opts={"d": 63, "p": 149, "forum": "ts", "user": 7, "at": "2026-11-21 14:20", "fmt": "html",
              "tags": ["tuyen-sinh"]},
    ),
    Story(
        id=62,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="news",
        published_at="2026-11-20T16:45:00+07:00",
        summary=(
            "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THPT Trần Quốc Tuấn tổ"
            " chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với sự tham dự của đại diện lãnh đạo"
            " Sở Giáo dục và Đào tạo, Ban đại diện cha mẹ học sinh và nhiều thế hệ thầy cô giáo."
        ),
        blocks=[
            P(
                "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THPT Trần Quốc Tuấn tổ"
                " chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với sự tham dự của đại diện lãnh đạo"
                " Sở Giáo dục và Đào tạo, Ban đại diện cha mẹ học sinh và nhiều thế hệ thầy cô giáo.",
                "bold",
            ),
            P(
                "Phát biểu tại buổi lễ, cô Hiệu trưởng Trương Thị Mỹ Linh điểm lại chặng đường hơn 50"
                " năm xây dựng và phát triển của nhà trường, ghi nhận những nỗ lực của đội ngũ cán"
                " bộ, giáo viên, nhân viên trong việc đổi mới phương pháp dạy học, kiểm tra đánh giá"
                " theo Chương trình giáo dục phổ thông 2018."
            ),
            Img(
                _pf(27, 141, "20-11-2026-hieu-truong-phat-bieu.jpg"),
                "Cô Hiệu trưởng Trương Thị Mỹ Linh phát biểu tại buổi lễ",
                "Cô Hiệu trưởng Trương Thị Mỹ Linh phát biểu tại buổi lễ",
                "cap",
            ),
            P(
                "Dịp này, nhà trường trao giấy khen cho 12 giáo viên có thành tích xuất sắc trong"
                " phong trào thi đua “Dạy tốt – Học tốt” và 8 giáo viên đạt giải trong Hội thi giáo"
                " viên dạy giỏi cấp trường."
            ),
            Img(
                _pf(27, 141, "20-11-2026-van-nghe.jpg"),
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A1",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A1",
                "cap",
            ),
            P(
                "Thay mặt học sinh toàn trường, em Nguyễn Ngọc Hân (lớp 12A2) bày tỏ lòng biết ơn sâu"
                " sắc đến các thầy cô và hứa sẽ chăm ngoan, học giỏi để xứng đáng với công lao dạy dỗ"
                " của thầy cô."
            ),
            Raw(
                '<p dir="ltr" style="text-align: right;"><strong>Bài: Lê Thị Mai Anh – Ảnh: Trần Đức'
                " Huy</strong></p>"
            ),
        ],
        authors=["Lê Thị Mai Anh"],
        photographers=["Trần Đức Huy"],
        opts={
            "d": 62, "p": 141, "forum": "news", "user": 2, "at": "2026-11-20 16:45", "fmt": "html",
            "tags": ["20-11"],
            "replies": [
                Reply(143, 141, 44, "2026-11-20 19:12",
                      "Chúc mừng ngày Nhà giáo Việt Nam! Chúng em cảm ơn thầy cô rất nhiều ạ."),
                Reply(146, 143, 12, "2026-11-21 07:05",
                      "Cảm ơn em Phúc và các bạn lớp 11A1, chúc các em học tập thật tốt."),
                Reply(147, 141, 31, "2026-11-22 20:30",
                      "Thay mặt phụ huynh lớp 12A2, xin gửi lời tri ân sâu sắc đến quý thầy cô."),
            ],
        },
    ),
    Story(
        id=60,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        cat="news",
        published_at="2026-11-16T09:10:00+07:00",
        blocks=[
            P(
                "Sáng 16/11/2026, Trường THPT Trần Quốc Tuấn khai mạc Hội thi giáo viên dạy giỏi cấp"
                " trường năm học 2026 – 2027. Hội thi có 24 giáo viên thuộc 8 tổ chuyên môn tham gia."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng dạy học và dạy hai tiết"
                " thực hành trên lớp, trong đó có một tiết do Ban tổ chức bốc thăm trước ba ngày. Ban"
                " giám khảo gồm lãnh đạo nhà trường và các tổ trưởng chuyên môn."
            ),
            P(
                "Hội thi là dịp để giáo viên trao đổi kinh nghiệm, đổi mới phương pháp dạy học theo"
                " hướng phát triển phẩm chất, năng lực người học; đồng thời chọn giáo viên tham dự"
                " Hội thi cấp tỉnh vào tháng 3/2027."
            ),
            P("Hội thi diễn ra đến hết ngày 27/11/2026."),
        ],
        authors=["Đỗ Thị Thu Hà"],
        opts={"d": 60, "p": 136, "forum": "news", "user": 5, "at": "2026-11-16 09:10", "fmt": "moodle",
              "nfd": True},
    ),
    Story(
        id=59,
        slug="cong-van-1458-huong-dan-tuyen-sinh-lop-10",
        title="Công văn số 1458/SGDĐT-QLT hướng dẫn tuyển sinh lớp 10 năm học 2027 – 2028",
        cat="ts",
        published_at="2026-11-13T09:00:00+07:00",
        blocks=[
            P(
                "Nhà trường gửi Công văn số 1458/SGDĐT-QLT của Sở Giáo dục và Đào tạo, quý phụ huynh"
                " và học sinh xem chi tiết trong tệp đính kèm."
            ),
        ],
        opts={"d": 59, "p": 134, "forum": "ts", "user": 2, "at": "2026-11-13 09:00", "fmt": "html",
              "attach": ("CV 1458-SGDDT-QLT huong dan tuyen sinh 10.pdf", "312.4KB")},
    ),
    Story(
        id=58,
        slug="hoc-sinh-dat-9-giai-hsg-cap-tinh-lop-12",
        title="Học sinh nhà trường đạt 9 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        cat="news",
        published_at="2026-11-12T08:30:00+07:00",
        blocks=[
            P(
                "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 do Sở Giáo dục và"
                " Đào tạo tổ chức ngày 04 và 05/11/2026, đội tuyển Trường THPT Trần Quốc Tuấn đạt 9"
                " giải, gồm 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 3 giải Khuyến khích."
            ),
            P(
                "Đặc biệt, em Lê Hoàng Phúc (lớp 12A1) đạt giải Nhất môn Toán với 18,5/20 điểm và được"
                " chọn vào đội tuyển của tỉnh dự Kỳ thi chọn học sinh giỏi quốc gia năm 2027."
            ),
            Img(
                _pf(27, 131, "hsg-tinh-2026-doi-tuyen-toan.jpg"),
                "Đội tuyển Toán của nhà trường cùng thầy giáo hướng dẫn",
                "Đội tuyển Toán của nhà trường cùng thầy giáo hướng dẫn",
                "cap",
            ),
            P(
                "Các giải còn lại thuộc các môn Vật lí, Hóa học, Ngữ văn, Tiếng Anh và Tin học. So"
                " với năm học trước, số giải tăng 2 giải, trong đó môn Tin học lần đầu có giải Nhì."
            ),
            P(
                "Nhà trường biểu dương các em học sinh đạt giải và các thầy cô giáo đã tận tình bồi"
                " dưỡng đội tuyển trong suốt thời gian qua."
            ),
            Img(_pf(27, 131, "hsg-tinh-2026-khen-thuong.jpg"), None, None, "none"),
            Raw('<p dir="ltr" style="text-align: right;"><em><strong>Thầy Nguyễn Văn An – Tổ Toán</strong></em></p>'),
        ],
        authors=["Nguyễn Văn An"],
        opts={
            "d": 58, "p": 131, "forum": "news", "user": 5, "at": "2026-11-12 08:30", "fmt": "html",
            "tags": ["hoc-sinh-gioi"],
            "replies": [
                Reply(133, 131, 31, "2026-11-12 12:05",
                      "Chúc mừng các em và thầy cô! Mong các em tiếp tục giành kết quả cao ở kỳ thi quốc gia."),
                Reply(150, 131, 52, "2026-11-22 21:40",
                      "Chúc mừng bạn Phúc, tự hào về đội tuyển của trường mình quá!"),
            ],
        },
    ),
    Story(
        id=56,
        slug="mot-ngay-lam-hoc-sinh-thpt",
        title="Ngày hội “Một ngày làm học sinh THPT” dành cho học sinh lớp 9",
        cat="ts",
        published_at="2026-11-06T15:40:00+07:00",
        blocks=[
            P(
                "Ngày 06/11/2026, Trường THPT Trần Quốc Tuấn đón hơn 300 học sinh lớp 9 của Trường"
                " THCS Nguyễn Nghiêm và Trường THCS Trần Hưng Đạo đến tham quan, trải nghiệm trong"
                " chương trình “Một ngày làm học sinh THPT”."
            ),
            Img(
                _pf(31, 127, "mot-ngay-lam-hs-thpt-1.jpg"),
                "Học sinh lớp 9 tham quan phòng thực hành STEM của nhà trường",
                "Học sinh lớp 9 tham quan phòng thực hành STEM của nhà trường",
                "cap",
            ),
            P(
                "Các em được tham quan phòng học bộ môn, thư viện, phòng thực hành STEM; dự một tiết"
                " học mẫu môn Vật lí và giao lưu với các câu lạc bộ Tiếng Anh, Robotics, Văn nghệ"
                " của nhà trường."
            ),
            P(
                "Ban tư vấn tuyển sinh cũng giải đáp nhiều câu hỏi của học sinh về tổ hợp môn lựa"
                " chọn ở lớp 10 và phương thức tuyển sinh năm học 2027 – 2028."
            ),
            Raw('<p dir="ltr" style="text-align: right;">Tin: Lê Thị Mai Anh</p>'),
        ],
        authors=["Lê Thị Mai Anh"],
        opts={"d": 56, "p": 127, "forum": "ts", "user": 7, "at": "2026-11-06 15:40", "fmt": "html",
              "tags": ["tuyen-sinh"]},
    ),
    Story(
        id=55,
        slug="video-tiet-hoc-stem-tuoi-cay-tu-dong",
        title="Video: Tiết học STEM “Thiết kế hệ thống tưới cây tự động” của lớp 11A3",
        cat="news",
        published_at="2026-11-05T14:00:00+07:00",
        blocks=[
            P(
                "Trong khuôn khổ chuyên đề dạy học STEM của Tổ Vật lí – Công nghệ, học sinh lớp 11A3"
                " đã thiết kế, lắp ráp hệ thống tưới cây tự động sử dụng cảm biến độ ẩm đất và bo"
                " mạch Arduino."
            ),
            P(
                "Tiết học giúp các em vận dụng kiến thức về dòng điện, mạch điện và lập trình để giải"
                " quyết một vấn đề thực tiễn của vườn trường."
            ),
            P("Mời quý thầy cô và các em xem lại video tiết học dưới đây:"),
        ],
        authors=["Đỗ Thị Thu Hà"],
        opts={"d": 55, "p": 125, "forum": "news", "user": 5, "at": "2026-11-05 14:00", "fmt": "html",
              "youtube": "Qm7rT2vX9kE", "tags": ["stem"]},
    ),
    Story(
        id=53,
        slug="trao-hoc-bong-tiep-buoc-den-truong",
        title="Trao 30 suất học bổng “Tiếp bước đến trường” cho học sinh vượt khó",
        cat="news",
        published_at="2026-10-28T10:15:00+07:00",
        blocks=[
            P(
                "Ngày 26/10, Hội Khuyến học tỉnh phối hợp với Trường THPT Trần Quốc Tuấn trao 30 suất"
                " học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó vươn"
                " lên trong học tập."
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng, do các doanh nghiệp và cựu học sinh của nhà"
                " trường đóng góp. Nhiều em trong số này là con của gia đình ngư dân, mồ côi cha"
                " hoặc mẹ nhưng luôn đạt danh hiệu học sinh giỏi."
            ),
            Img(
                _pf(27, 120, "hoc-bong-tiep-buoc-2026.jpg"),
                "Đại diện Hội Khuyến học tỉnh trao học bổng cho các em học sinh",
                "Đại diện Hội Khuyến học tỉnh trao học bổng cho các em học sinh",
                "cap",
            ),
            P(
                "Chương trình được duy trì liên tục 10 năm qua, đến nay đã trao hơn 280 suất học bổng"
                " với tổng trị giá trên 500 triệu đồng."
            ),
            Raw('<p dir="ltr" style="text-align: right;"><strong>Thanh Nhàn</strong></p>'),
            Raw('<p dir="ltr" style="text-align: right;"><em>(Nguồn: Báo Quảng Ngãi điện tử)</em></p>'),
        ],
        authors=["Thanh Nhàn"],
        source="Báo Quảng Ngãi điện tử",
        opts={"d": 53, "p": 120, "forum": "news", "user": 2, "at": "2026-10-28 10:15", "fmt": "html",
              "tags": ["hoc-bong"]},
    ),
    Story(
        id=51,
        slug="chi-tieu-tuyen-sinh-lop-10-du-kien",
        title="Thông báo chỉ tiêu tuyển sinh lớp 10 năm học 2027 – 2028 (dự kiến)",
        cat="ts",
        published_at="2026-10-20T08:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch phát triển giáo dục năm học 2027 – 2028, Trường THPT Trần Quốc Tuấn"
                " thông báo chỉ tiêu tuyển sinh lớp 10 dự kiến như sau:"
            ),
            P("Tổng chỉ tiêu: 495 học sinh, tương ứng 11 lớp.", "li"),
            P("Tổ hợp Khoa học tự nhiên (Vật lí, Hóa học, Sinh học, Tin học): 5 lớp.", "li"),
            P("Tổ hợp Khoa học xã hội (Lịch sử, Địa lí, Giáo dục kinh tế và pháp luật): 4 lớp.", "li"),
            P("Tổ hợp Công nghệ – Tin học: 2 lớp.", "li"),
            P(
                "Chỉ tiêu chính thức sẽ được thông báo sau khi có quyết định giao chỉ tiêu của Ủy ban"
                " nhân dân tỉnh."
            ),
        ],
        opts={"d": 51, "p": 116, "forum": "ts", "user": 2, "at": "2026-10-20 08:00", "fmt": "html",
              "tags": ["tuyen-sinh"]},
    ),
    Story(
        id=50,
        slug="ket-qua-hoi-khoe-phu-dong-cap-truong",
        title="Kết quả Hội khỏe Phù Đổng cấp trường năm 2026",
        cat="news",
        published_at="2026-10-15T15:30:00+07:00",
        blocks=[
            P(
                "Sau hai tuần thi đấu sôi nổi, Hội khỏe Phù Đổng cấp trường năm 2026 đã bế mạc chiều"
                " 14/10/2026. Hội khỏe thu hút hơn 650 vận động viên của 36 lớp tham gia ở các môn"
                " bóng đá, bóng chuyền, cầu lông, cờ vua, điền kinh và kéo co."
            ),
            P(
                "Kết quả toàn đoàn: giải Nhất thuộc về lớp 11A5, giải Nhì lớp 12A3, giải Ba lớp 10A2"
                " và lớp 12A7."
            ),
            P(
                "Nhà trường sẽ chọn 42 vận động viên xuất sắc thành lập đội tuyển tham dự Hội khỏe"
                " Phù Đổng tỉnh Quảng Ngãi lần thứ XI vào tháng 12/2026."
            ),
            Raw("Thầy Huỳnh Tấn Lộc – Tổ trưởng Tổ Thể dục – Giáo dục quốc phòng và an ninh"),
        ],
        authors=["Huỳnh Tấn Lộc"],
        opts={
            "d": 50, "p": 114, "forum": "news", "user": 2, "at": "2026-10-15 15:30", "fmt": "moodle",
            "replies": [
                Reply(115, 114, 60, "2026-10-16 06:50",
                      "Lớp 11A5 vô địch năm thứ hai liên tiếp, chúc mừng các bạn!"),
            ],
        },
    ),
    Story(
        id=47,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Lễ khai giảng năm học 2026 – 2027",
        cat="news",
        published_at="2026-09-05T07:45:00+07:00",
        blocks=[
            P(
                "Sáng 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 1.500 học sinh Trường THPT"
                " Trần Quốc Tuấn hân hoan dự Lễ khai giảng năm học mới 2026 – 2027."
            ),
            Img(
                _pf(27, 108, "khai-giang-2026-chao-co.jpg"),
                "Nghi thức chào cờ tại Lễ khai giảng",
                "Nghi thức chào cờ tại Lễ khai giảng",
                "cap",
            ),
            P(
                "Năm học 2026 – 2027, nhà trường có 36 lớp với 1.542 học sinh, trong đó có 12 lớp 10"
                " tuyển mới. Nhà trường tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 ở cả"
                " ba khối lớp và đẩy mạnh ứng dụng công nghệ thông tin, học tập trực tuyến trên hệ"
                " thống Moodle của trường."
            ),
            Img(_pf(27, 108, "khai-giang-2026-danh-trong.jpg"), None, None, "none"),
            P(
                "Cô Hiệu trưởng Trương Thị Mỹ Linh đánh hồi trống khai trường, chính thức mở đầu năm"
                " học mới. Quý phụ huynh có thể xem lại hình ảnh lễ khai giảng năm trước tại đây."
            ),
            Raw('<p dir="ltr" style="text-align: right;"><strong>Bài, ảnh: Đỗ Thị Thu Hà</strong></p>'),
        ],
        authors=["Đỗ Thị Thu Hà"],
        photographers=["Đỗ Thị Thu Hà"],
        opts={
            "d": 47, "p": 108, "forum": "news", "user": 5, "at": "2026-09-05 07:45", "fmt": "html",
            "link_deleted": 4, "tags": ["khai-giang"],
            "replies": [
                Reply(109, 108, 31, "2026-09-05 20:15",
                      "Chúc thầy cô và các em một năm học mới thành công, nhiều niềm vui."),
            ],
        },
    ),
]

TAGS: dict[str, str] = {
    "an-toan-giao-thong": "an toàn giao thông",
    "doan-truong": "đoàn trường",
    "tuyen-sinh": "tuyển sinh",
    "20-11": "20-11",
    "hoc-sinh-gioi": "học sinh giỏi",
    "stem": "STEM",
    "hoc-bong": "học bổng",
    "khai-giang": "khai giảng",
}

_BY_D: dict[int, Story] = {s.opts["d"]: s for s in STORIES}
DELETED_D = 12


def discuss_path(story: Story) -> str:
    return f"/mod/forum/discuss.php?d={story.opts['d']}"


def parent_path(story: Story) -> str:
    return f"/mod/forum/discuss.php?d={story.opts['d']}&parent={story.opts['p']}"


def _at(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=_TZ)


def created(story: Story) -> datetime:
    return _at(story.opts["at"])


def replies(story: Story) -> list[Reply]:
    return list(story.opts.get("replies", []))


def last_post(story: Story) -> tuple[datetime, int]:
    """When and by whom the newest post of the discussion was made (the list's default order)."""
    posts = [(created(story), story.opts["user"])] + [(_at(r.at), r.user) for r in replies(story)]
    return max(posts)


def in_forum(key: str, order: int = 1) -> list[Story]:
    """A forum's discussions as view.php lists them; ``order`` is Moodle's ``o`` parameter."""
    items = [s for s in STORIES if s.opts["forum"] == key]
    sorters = {
        1: (lambda s: last_post(s)[0], True),
        2: (lambda s: last_post(s)[0], False),
        3: (created, True),
        4: (created, False),
        5: (lambda s: (len(replies(s)), last_post(s)[0]), True),
        6: (lambda s: (len(replies(s)), last_post(s)[0]), False),
        7: (lambda s: s.title, True),
        8: (lambda s: s.title, False),
    }
    key_fn, rev = sorters.get(order, sorters[1])
    return sorted(items, key=key_fn, reverse=rev)


def newest(key: str | None = None) -> list[Story]:
    items = [s for s in STORIES if key is None or s.opts["forum"] == key]
    return sorted(items, key=created, reverse=True)


def pages_of(key: str) -> int:
    return -(-len(in_forum(key)) // PER_PAGE)


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, discuss_path(s), FORUMS[s.opts["forum"]].name, alt_paths=[parent_path(s)])
    for s in STORIES
]

#: reply sub-threads: discuss.php?d=N&parent=<reply>: a reply, not the article
SUBTHREADS: list[str] = [
    f"/mod/forum/discuss.php?d={s.opts['d']}&parent={r.id}" for s in STORIES for r in replies(s)
]

#: the calendar month the block shows today (Moodle's time= for 1 November 2026 00:00 +07:00)
CAL_NOW = int(datetime(2026, 11, 1, tzinfo=_TZ).timestamp())

NON_ARTICLES: list[str] = [
    "/",
    *(f"/mod/forum/view.php?id={f.cmid}" for f in FORUMS.values()),
    *(f"/mod/forum/view.php?id={f.cmid}&p={n}" for k, f in FORUMS.items() for n in range(1, pages_of(k))),
    "/mod/forum/view.php?f=1",
    "/mod/forum/view.php?id=2&o=7",
    "/mod/forum/search.php?id=1&search=h%E1%BB%8Dc+b%E1%BB%95ng",
    *SUBTHREADS,
    f"/mod/forum/discuss.php?d={DELETED_D}",
    "/mod/page/view.php?id=5",
    "/mod/page/view.php?id=6",
    "/mod/page/view.php?id=11",
    "/mod/folder/view.php?id=8",
    "/mod/resource/view.php?id=9",
    "/course/index.php",
    "/course/index.php?categoryid=2",
    "/course/index.php?categoryid=3",
    "/course/index.php?categoryid=4",
    "/course/index.php?categoryid=5",
    "/course/view.php?id=3",
    "/course/view.php?id=6",
    "/course/view.php?id=8",
    "/enrol/index.php?id=4",
    "/login/index.php",
    "/login/forgot_password.php",
    "/calendar/view.php?view=month",
    f"/calendar/view.php?view=month&time={CAL_NOW}",
    "/calendar/view.php?view=upcoming",
    "/admin/tool/dataprivacy/summary.php",
]


# --------------------------------------------------------------------------- dates as Moodle prints them


def _h12(when: datetime) -> str:
    hour = when.hour % 12 or 12
    return f"{hour}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"


def daydatetime(when: datetime) -> str:
    """strftimedaydatetime in the Vietnamese pack: "Thứ Năm, 12 tháng 11 2026, 8:30 AM"."""
    return f"{WEEKDAYS[when.weekday()]}, {when.day} tháng {when.month} {when.year}, {_h12(when)}"


def _datemonthabbr(when: datetime) -> str:
    return f"{when.day} thg {when.month} {when.year}"


def _recent(when: datetime) -> str:
    return f"{when.day} thg {when.month}, {when:%H:%M}"


# --------------------------------------------------------------------------- rendering helpers


def _u(b: str, path: str, **params: object) -> str:
    """An absolute Moodle URL, escaped for an attribute (``&amp;``)."""
    query = "&amp;".join(f"{k}={v}" for k, v in params.items())
    return f"{b}{path}" + (f"?{query}" if query else "")


def _avatar(b: str, uid: int, size: str = "f2") -> str:
    if uid in (2, 5, 7):
        return f"{b}/pluginfile.php/{400 + uid}/user/icon/boost/{size}?rev={1200 + uid}"
    return f"{b}/theme/image.php/boost/core/{THEMEREV}/u/{size}"


def _user_link(b: str, uid: int) -> str:
    return f'<a href="{_u(b, "/user/view.php", id=uid, course=1)}">{esc(USERS[uid])}</a>'


def _t(value: str, story: Story) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _img(b: str, img: Img) -> str:
    name = img.src.rsplit("/", 1)[1]
    alt = "" if img.style == "none" else esc(img.caption or "")
    role = ' role="presentation"' if not alt else ""
    return (
        f'<p dir="ltr" style="text-align: center;"><img src="{b}{esc(img.src)}" alt="{alt}"{role}'
        f' width="720" height="480" class="img-fluid atto_image_button_text-bottom"'
        f' data-filename="{esc(name)}"><br></p>'
    )


def _message_html(b: str, story: Story) -> str:
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, story)}</li>")
                i += 1
            parts.append(f'<ul>{"".join(items)}</ul>')
            continue
        if isinstance(block, P):
            inner = _t(block.text, story)
            if block.style == "bold":
                inner = f"<strong>{inner}</strong>"
            if story.opts.get("link_deleted") == i:
                inner = inner.replace(
                    "tại đây.",
                    f'<a href="{_u(b, "/mod/forum/discuss.php", d=DELETED_D)}">tại đây</a>.',
                )
            parts.append(f'<p dir="ltr" style="text-align: left;">{inner}</p>')
        elif isinstance(block, Img):
            parts.append(_img(b, block))
            if block.style == "cap" and block.printed:
                parts.append(
                    f'<p dir="ltr" style="text-align: center;"><i>{_t(block.printed, story)}</i></p>'
                )
        else:
            parts.append(block.html)
        i += 1
    if vid := story.opts.get("youtube"):
        parts.append(
            f'<p dir="ltr" style="text-align: center;"><iframe width="640" height="360"'
            f' src="https://www.youtube.com/embed/{vid}" title="YouTube video player"'
            ' frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media;'
            ' gyroscope; picture-in-picture; web-share" allowfullscreen=""></iframe><br></p>'
        )
    return "\n".join(parts)


def _message_plain(story: Story) -> str:
    """FORMAT_MOODLE through text_to_html: newlines to ``<br />`` in a ``text_to_html`` div."""
    lines: list[str] = []
    for block in story.blocks:
        if isinstance(block, P):
            lines.append(_t(block.text, story))
        elif isinstance(block, Raw):
            lines.append(_t(block.html, story))
    return '<div class="text_to_html">' + "<br />\n<br />\n".join(lines) + "<br />\n</div>"


def message(b: str, story: Story) -> str:
    return _message_plain(story) if story.opts["fmt"] == "moodle" else _message_html(b, story)


def _taglist(b: str, story: Story) -> str:
    tags = story.opts.get("tags") or []
    if not tags:
        return ""
    items = "".join(
        f'<li><a href="{_u(b, "/tag/index.php", tc=1, tag=quote(TAGS[t]))}" class="badge badge-info">'
        f"{esc(TAGS[t])}</a></li>"
        for t in tags
    )
    return f'<div class="tag_list hideoverlimit "><b>Thẻ:</b><ul class="inline-list">{items}</ul></div>'


def _attachment(b: str, story: Story) -> str:
    if "attach" not in story.opts:
        return ""
    name, size = story.opts["attach"]
    ctx = FORUMS[story.opts["forum"]].context
    href = f"{b}/pluginfile.php/{ctx}/mod_forum/attachment/{story.opts['p']}/{quote(name)}?forcedownload=1"
    return (
        f'<div><a href="{href}" aria-label="Tệp đính kèm {esc(name)}">'
        f'<img class="icon " alt="Tài liệu PDF" title="Tài liệu PDF" src="{b}/theme/image.php/boost/core/{THEMEREV}/f/pdf">'
        f' {esc(name)}</a> <span class="text-muted small">({size})</span></div>'
    )


def _post(
    b: str,
    story: Story,
    pid: int,
    subject: str,
    uid: int,
    when: datetime,
    body: str,
    *,
    first: bool,
    parent_name: str | None = None,
    parent_id: int | None = None,
    replycount: int = 0,
    extra: str = "",
    children: str = "",
) -> str:
    d = story.opts["d"]
    sr_parent = f'<span class="sr-only">Để trả lời {esc(parent_name)}</span>' if parent_name else ""
    sr_count = f'<span class="sr-only">Số phản hồi: {replycount}</span>' if replycount else ""
    show_parent = (
        f'<a data-region="post-action" href="{_u(b, "/mod/forum/discuss.php", d=d, parent=parent_id)}"'
        f' class="btn btn-link" title="Liên kết cố định tới bài gốc">Hiển thị bài gốc</a>'
        if parent_id
        else ""
    )
    classes = "firstpost starter" if first else ""
    nested = f'\n<div class="indent" data-region="replies-container">\n{children}\n</div>' if children else ""
    return f"""<article id="p{pid}" class="forum-post-container mb-2" data-post-id="{pid}" data-region="post" data-target="{pid}-target" tabindex="0" aria-labelledby="post-header-{pid}" aria-describedby="post-content-{pid}">
<div class="d-flex border p-2 mb-2 forumpost focus-target {classes}" aria-label="Bài gửi {esc(subject)} bởi {esc(USERS[uid])}" data-post-id="{pid}" data-content="forum-post">
<div class="d-flex flex-column w-100" data-region-content="forum-post-core">
<header id="post-header-{pid}" class="mb-2 header row d-flex">
<div class="mr-2" style="width: 45px;"><img class="rounded-circle w-100" src="{_avatar(b, uid)}" alt="Hình của {esc(USERS[uid])}" aria-hidden="true" title="Hình của {esc(USERS[uid])}"></div>
<div class="d-flex flex-column">{sr_parent}
<h3 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject" data-reply-subject="Re: {esc(story.title)}">{esc(subject)}</h3>
<address tabindex="-1" class="mb-0">Gửi bởi {_user_link(b, uid)} - {daydatetime(when)}</address>
{sr_count}</div>
</header>
<div class="d-flex body-content-container">
<div class="mr-2 author-groups-container" style="width: 45px; flex-shrink: 0"></div>
<div class="no-overflow w-100 content-alignment-container">
<div id="post-content-{pid}" class="post-content-container">
{body}
</div>
{extra}
<div class="d-flex flex-wrap">
<div class="post-actions d-flex align-self-end justify-content-end flex-wrap ml-auto" data-region="post-actions-container" role="menubar" aria-label="Bài gửi {esc(subject)} bởi {esc(USERS[uid])}" aria-controls="p{pid}">
<a data-region="post-action" href="{b}/mod/forum/discuss.php?d={d}#p{pid}" class="btn btn-link" title="Liên kết cố định tới bài viết này" aria-label="Liên kết cố định tới bài viết này">Permalink</a>
{show_parent}
<a data-region="post-action" href="{_u(b, "/mod/forum/post.php", reply=pid)}#mformforum" class="btn btn-link" data-post-id="{pid}" data-action="collapsible-link" title="Trả lời">Trả lời</a>
</div>
</div>
</div>
</div>
</div>
</div>{nested}
</article>"""


def _reply_tree(b: str, story: Story, parent: int, only: int | None = None) -> str:
    out = []
    for r in replies(story):
        if r.parent != parent or (only is not None and r.id != only):
            continue
        parent_uid = story.opts["user"] if parent == story.opts["p"] else next(x.user for x in replies(story) if x.id == parent)
        children = _reply_tree(b, story, r.id)
        body = f'<p dir="ltr" style="text-align: left;">{esc(r.text)}</p>'
        out.append(
            _post(
                b, story, r.id, f"Re: {story.title}", r.user, _at(r.at), body,
                first=False, parent_name=USERS[parent_uid], parent_id=parent, children=children,
            )
        )
    return "\n".join(out)


def _first_post(b: str, story: Story) -> str:
    extra = _attachment(b, story) + _taglist(b, story)
    children = _reply_tree(b, story, story.opts["p"])
    return _post(
        b, story, story.opts["p"], story.title, story.opts["user"], created(story), message(b, story),
        first=True, replycount=len(replies(story)), extra=extra, children=children,
    )


# --------------------------------------------------------------------------- blocks and page chrome


def _calendar_month(b: str, first: date, *, block: bool) -> str:
    """Moodle's month grid: the caption's arrows link the months on both sides (never ending)."""
    prev_m = (first.replace(day=1) - timedelta(days=1)).replace(day=1)
    next_m = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    ts = lambda d: int(datetime(d.year, d.month, d.day, tzinfo=_TZ).timestamp())  # noqa: E731
    controls = (
        f'<div class="calendar-controls"><a class="arrow_link previous" href="{_u(b, "/calendar/view.php", view="month", time=ts(prev_m))}"'
        f' title="Tháng trước"><span class="arrow">◄</span>&nbsp;<span class="arrow_text">tháng {prev_m.month}</span></a>'
        f'<span class="current"><a href="{_u(b, "/calendar/view.php", view="month", time=ts(first))}" title="Tháng này">tháng {first.month} {first.year}</a></span>'
        f'<a class="arrow_link next" href="{_u(b, "/calendar/view.php", view="month", time=ts(next_m))}" title="Tháng sau">'
        f'<span class="arrow_text">tháng {next_m.month}</span>&nbsp;<span class="arrow">►</span></a></div>'
    )
    head = "".join(f'<th class="header text-xs-center"><span aria-hidden="true">{d}</span></th>' for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    rows, cells = [], ['<td class="dayblank">&nbsp;</td>'] * first.weekday()
    day = first
    while day.month == first.month:
        ev = EVENTS.get(day)
        label = str(day.day)
        if ev:
            label = f'<a data-action="view-day-link" href="{_u(b, "/calendar/view.php", view="day", time=ts(day))}" title="{esc(ev)}">{day.day}</a>'
        cls = "day text-center" + (" today" if day == TODAY_DATE else "") + (" hasevent" if ev else "")
        cells.append(f'<td class="{cls}" data-day="{day.day}">{label}</td>')
        if len(cells) == 7:
            rows.append("<tr>" + "".join(cells) + "</tr>")
            cells = []
        day += timedelta(days=1)
    if cells:
        rows.append("<tr>" + "".join(cells + ['<td class="dayblank">&nbsp;</td>'] * (7 - len(cells))) + "</tr>")
    table = f'<table class="minicalendar calendartable"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    wrap = "calendarwrapper" + (" minicalendarblock" if block else "")
    return f'<div class="{wrap}" data-view="month" data-month="{first.month}" data-year="{first.year}">{controls}{table}</div>'


EVENTS: dict[date, str] = {
    date(2026, 11, 2): "Kiểm tra giữa kỳ I khối 12",
    date(2026, 11, 20): "Lễ kỷ niệm Ngày Nhà giáo Việt Nam",
    date(2026, 11, 29): "Họp cha mẹ học sinh giữa học kỳ I",
    date(2026, 12, 14): "Kiểm tra cuối kỳ I",
    date(2026, 12, 22): "Ngày hội Quốc phòng toàn dân",
}


def _block(inst: int, kind: str, title: str, content: str) -> str:
    return f"""<section id="inst{inst}" class="block_{kind} block card mb-3" role="region" data-block="{kind}" data-instance-id="{inst}" aria-labelledby="instance-{inst}-header">
<div class="card-body p-3">
<h5 id="instance-{inst}-header" class="card-title d-inline">{title}</h5>
<div class="card-text content mt-3">
{content}
</div>
</div>
</section>"""


def _blocks(b: str) -> str:
    login = f"""<form class="mt-3" action="{b}/login/index.php" method="post" id="login">
<input type="hidden" name="logintoken" value="{hashlib.md5(b"logintoken").hexdigest()}">
<div class="form-group"><label for="login_username">Tên đăng nhập</label><input type="text" name="username" id="login_username" class="form-control" value="" autocomplete="username"></div>
<div class="form-group"><label for="login_password">Mật khẩu</label><input type="password" name="password" id="login_password" class="form-control" value="" autocomplete="current-password"></div>
<div class="form-check"><input class="form-check-input" type="checkbox" name="rememberusername" id="rememberusername" value="1"><label for="rememberusername">Ghi nhớ tên đăng nhập</label></div>
<input type="submit" class="btn btn-primary btn-block mt-3" value="Đăng nhập">
</form>
<div class="footer"><div><a href="{b}/login/forgot_password.php">Quên mật khẩu?</a></div></div>"""
    items = "".join(
        f'<li class="post"><div class="head clearfix"><div class="date">{_recent(created(s))}</div>'
        f'<div class="name">{esc(USERS[s.opts["user"]])}</div></div>'
        f'<div class="info"><a href="{_u(b, "/mod/forum/discuss.php", d=s.opts["d"])}">{esc(s.title)}</a></div></li>'
        for s in newest("news")[:BLOCK_NEWS]
    )
    news = f"""<ul class="unlist">{items}</ul>
<div class="footer"><div class="newlink"><a href="{_u(b, "/mod/forum/view.php", f=1)}">Chủ đề cũ hơn ...</a></div></div>"""
    cal = _calendar_month(b, date(2026, 11, 1), block=True) + (
        f'<div class="footer"><div class="bottom"><a href="{_u(b, "/calendar/view.php", view="upcoming")}">Đến lịch ...</a></div></div>'
    )
    online = '<div class="info">(5 phút trước: 3)</div><p class="text-muted small">Khách: 2, Thành viên: 1</p>'
    counter = """<div class="tqt-counter"><p>Đang truy cập: <b>14</b></p><p>Hôm nay: <b>386</b></p><p>Hôm qua: <b>512</b></p>
<p>Tháng này: <b>9.874</b></p><p>Tổng lượt truy cập: <b>1.284.503</b></p></div>"""
    links = """<ul class="tqt-links"><li><a href="https://quangngai.edu.vn" target="_blank">Sở GD&amp;ĐT Quảng Ngãi</a></li>
<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://thisinh.thitotnghiepthpt.edu.vn" target="_blank">Cổng đăng ký thi tốt nghiệp THPT</a></li></ul>"""
    blocks = [
        _block(5, "login", "Đăng nhập", login),
        _block(6, "news_items", "Tin tức mới nhất", news),
        _block(7, "calendar_month", "Lịch", cal),
        _block(8, "online_users", "Người dùng trực tuyến", online),
        _block(9, "html", "Thống kê truy cập", counter),
        _block(10, "html", "Liên kết", links),
    ]
    return (
        '<div class="drawer drawer-right d-print-none" id="theme_boost-drawers-blocks" data-region="fixed-drawer">'
        '<div class="drawercontent drag-container"><section class="d-print-none" aria-label="Khối">'
        '<aside id="block-region-side-pre" class="block-region" data-blockregion="side-pre" data-droptarget="1">\n'
        + "\n".join(blocks)
        + "\n</aside></section></div></div>"
    )


def _navbar(b: str) -> str:
    menu = [
        (f"{b}/", "Trang chủ"),
        (f"{b}/mod/page/view.php?id=5", "Giới thiệu"),
        (f"{b}/mod/forum/view.php?id=2", "Tin tức"),
        (f"{b}/mod/forum/view.php?id=7", "Tuyển sinh"),
        (f"{b}/course/index.php", "Khóa học"),
        (f"{b}/mod/page/view.php?id=6", "Liên hệ"),
    ]
    lis = "".join(
        f'<li class="nav-item" role="none" data-forceintomoremenu="false"><a role="menuitem" class="nav-link" href="{h}" tabindex="-1">{esc(t)}</a></li>'
        for h, t in menu
    )
    return f"""<div class="tqt-topbar d-print-none"><span class="tqt-today">{TODAY}</span><span class="tqt-hotline">Đường dây nóng: {HOTLINE}</span></div>
<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Điều hướng trang">
<a href="{b}/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn"><img src="{b}/pluginfile.php/1/core_admin/logocompact/300x300/{THEMEREV}/logo-tqt.png" class="logo mr-1" alt="{SHORT}"></a>
<div class="primary-navigation"><nav class="moremenu navigation observed"><ul id="moremenu-6b2f1a-navbar-nav" role="menubar" class="nav more-nav navbar-nav">{lis}</ul></nav></div>
<div id="usernavigation" class="navbar-nav ml-auto">
<div class="langmenu"><div class="dropdown show"><a href="#" role="button" id="lang-menu-toggle" data-toggle="dropdown" class="dropdown-toggle nav-link">Tiếng Việt ‎(vi)‎</a>
<div role="menu" class="dropdown-menu dropdown-menu-right" id="lang-action-menu"><a href="{_u(b, "/", lang="en")}" class="dropdown-item pl-5" role="menuitem" lang="en">English ‎(en)‎</a></div></div></div>
<div class="d-flex align-items-stretch usermenu-container" data-region="usermenu"><div class="usermenu"><span class="login pl-2">Bạn chưa đăng nhập. <a href="{b}/login/index.php">Đăng nhập</a></span></div></div>
</div>
</nav>"""


def _footer(b: str) -> str:
    return f"""<footer id="page-footer" class="footer-popover bg-white">
<div data-region="footer-container-popover"><button class="btn btn-icon bg-secondary icon-no-margin btn-footer-popover" data-action="footer-popover" aria-label="Hiển thị chân trang"><i class="icon fa fa-question fa-fw " aria-hidden="true"></i></button></div>
<div class="footer-content-popover container" data-region="footer-content-popover">
<div class="footer-section p-3 border-bottom"><div class="logininfo">Bạn chưa đăng nhập. (<a href="{b}/login/index.php">Đăng nhập</a>)</div><div class="tool_usertours-resettourcontainer"></div></div>
<div class="footer-section p-3 border-bottom"><div class="tool_dataprivacy"><a href="{b}/admin/tool/dataprivacy/summary.php">Tóm tắt lưu giữ dữ liệu</a></div>
<div><a href="https://download.moodle.org/mobile?version=2022112800&amp;lang=vi&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">Tải ứng dụng di động</a></div></div>
<div class="footer-section p-3"><div class="poweredby">Được hỗ trợ bởi <a href="https://moodle.com">Moodle</a></div></div>
</div>
<div class="footer-content-debugging footer-dark bg-dark text-light"><div class="container-fluid footer-dark-inner"></div></div>
<div class="tqt-footnote container py-3">
<p><strong>{SITE.upper()}</strong></p>
<p>Địa chỉ: {ADDRESS}</p>
<p>Điện thoại: {PHONE} – Hotline tuyển sinh: {HOTLINE} – Email: {EMAIL}</p>
<p>Chịu trách nhiệm chính: Cô Trương Thị Mỹ Linh – Hiệu trưởng</p>
<p>© 2026 Bản quyền thuộc về {SITE}. Hệ thống học tập trực tuyến vận hành trên nền tảng Moodle.</p>
</div>
</footer>"""


def _crumbs(items: list[tuple[str | None, str]]) -> str:
    lis = "".join(
        f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' if h else f'<li class="breadcrumb-item"><span>{esc(t)}</span></li>'
        for h, t in items
    )
    return f'<div id="page-navbar"><nav aria-label="Thanh điều hướng"><ol class="breadcrumb">{lis}</ol></nav></div>'


def _page(
    request: Request,
    *,
    title: str,
    body_id: str,
    body_class: str,
    crumbs: list[tuple[str | None, str]],
    main: str,
    head_extra: str = "",
    heading: str = SITE,
) -> str:
    b = base_url(request)
    crumb_html = _crumbs(crumbs) if crumbs else ""
    return f"""<!DOCTYPE html>

<html  dir="ltr" lang="vi" xml:lang="vi">
<head>
    <title>{esc(title)}</title>
    <link rel="shortcut icon" href="{b}/theme/image.php/boost/theme/{THEMEREV}/favicon" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="moodle, {esc(title)}" />
{head_extra}<link rel="stylesheet" type="text/css" href="{b}/theme/yui_combo.php?rollup/3.17.2/yui-moodlesimple-min.css" /><script id="firstthemesheet" type="text/css">/** Required in order to fix style inclusion problems in IE with YUI **/</script><link rel="stylesheet" type="text/css" href="{b}/theme/styles.php/boost/{THEMEREV}_1/all" />
<script>
//<![CDATA[
var M = {{}}; M.yui = {{}};
M.cfg = {{"wwwroot":"{b}","homeurl":{{}},"sesskey":"{SESSKEY}","sessiontimeout":"7200","sessiontimeoutwarning":1200,"themerev":"{THEMEREV}","slasharguments":1,"theme":"boost","iconsystemmodule":"core\\/icon_system_fontawesome","jsrev":"{THEMEREV}","admin":"admin","svgicons":true,"usertimezone":"Ch\\u00e2u \\u00c1\\/H\\u1ed3 Ch\\u00ed Minh","courseId":1,"courseContextId":2,"langrev":{THEMEREV},"templaterev":"{THEMEREV}"}};
//]]>
</script>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body  id="{body_id}" class="{body_class} chrome dir-ltr lang-vi yui-skin-sam yui3-skin-sam tqt-edu-vn pagelayout-incourse course-1 notloggedin uses-drawers drawer-open-block">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block">
<div><a class="sr-only sr-only-focusable" href="#maincontent">Chuyển tới nội dung chính</a></div>
<script src="{b}/lib/javascript.php/{THEMEREV}/lib/polyfills/polyfill.js"></script>
<script src="{b}/theme/yui_combo.php?rollup/3.17.2/yui-moodlesimple-min.js"></script>
{_navbar(b)}
{_blocks(b)}
<div id="page" data-region="mainpage" data-usertour="scroller" class="drawers show-drawer-right drag-container">
<div id="topofscroll" class="main-inner">
<div class="drawer-toggles d-flex"><div class="drawer-toggler drawer-right-toggle ml-auto d-print-none"><button class="btn icon-no-margin" data-toggler="drawers" data-action="toggle" data-target="theme_boost-drawers-blocks" data-toggle="tooltip" data-placement="right" title="Mở ngăn chứa khối"><span class="sr-only">Mở ngăn chứa khối</span></button></div></div>
<header id="page-header" class="header-maxwidth d-print-none">
<div class="w-100">
<div class="d-flex flex-wrap">{crumb_html}<div class="ml-auto d-flex"></div><div id="course-header"></div></div>
<div class="d-flex align-items-center"><div class="mr-auto"><div class="page-context-header"><div class="page-header-headings"><h1 class="h2">{esc(heading)}</h1></div></div></div>
<div class="header-actions-container ml-auto" data-region="header-actions-container"></div></div>
</div>
</header>
<div id="page-content" class="pb-3 d-print-block">
<div id="region-main-box">
<section id="region-main" aria-label="Nội dung">
<span class="notifications" id="user-notifications"></span>
<div role="main"><span id="maincontent"></span>
{main}
</div>
</section>
</div>
</div>
</div>
{_footer(b)}
</div>
</div>
<script>
//<![CDATA[
M.util.js_pending('core/first'); require(['core/first'], function() {{ M.util.js_complete('core/first'); }});
//]]>
</script>
</body>
</html>
"""


# --------------------------------------------------------------------------- pages


def _neighbours(b: str, story: Story) -> str:
    items = newest(story.opts["forum"])
    i = items.index(story)
    older = items[i + 1] if i + 1 < len(items) else None
    newer = items[i - 1] if i > 0 else None
    lis = ""
    if older:
        lis += (
            f'<li class="prev-discussion"><a aria-label="Chủ đề thảo luận trước: {esc(older.title)}" class="btn btn-link"'
            f' href="{_u(b, "/mod/forum/discuss.php", d=older.opts["d"])}">◄ {esc(older.title)}</a></li>'
        )
    if newer:
        lis += (
            f'<li class="next-discussion"><a aria-label="Chủ đề thảo luận tiếp theo: {esc(newer.title)}" class="btn btn-link"'
            f' href="{_u(b, "/mod/forum/discuss.php", d=newer.opts["d"])}">{esc(newer.title)} ►</a></li>'
        )
    return f'<div class="discussion-nav clearfix"><ul>{lis}</ul></div>'


def _mode_form(b: str, d: int) -> str:
    modes = [
        (1, "Hiển thị phản hồi theo dạng danh sách, với cũ nhất ở trên đầu"),
        (-1, "Hiển thị phản hồi theo dạng danh sách, với mới nhất ở trên đầu"),
        (2, "Hiển thị phản hồi theo dạng luồng"),
        (3, "Hiển thị các phản hồi theo dạng lồng nhau"),
    ]
    opts = "".join(f'<option value="{v}"{" selected" if v == 3 else ""}>{esc(t)}</option>' for v, t in modes)
    return (
        f'<div class="d-flex flex-wrap mb-1"><div><div class="singleselect d-inline-block">'
        f'<form method="get" action="{b}/mod/forum/discuss.php" class="form-inline" id="mode">'
        f'<input type="hidden" name="d" value="{d}"><label for="single_select_mode" class="sr-only">Chế độ hiển thị</label>'
        f'<select id="single_select_mode" class="custom-select singleselect" name="mode">{opts}</select>'
        '<noscript><input type="submit" class="btn btn-secondary ml-1" value="Đi"></noscript></form></div></div></div>'
    )


def _discussion(request: Request, story: Story, only: int | None = None) -> str:
    b = base_url(request)
    forum = FORUMS[story.opts["forum"]]
    posts = _first_post(b, story) if only is None else _reply_tree(b, story, _parent_of(story, only), only)
    main = f"""<div id="discussion-container-{story.opts['d']}" data-content="forum-discussion">
{_mode_form(b, story.opts["d"])}
<h3 class="discussionname">{esc(story.title)}</h3>
<div id="discussion-posts" data-region="posts">
{posts}
</div>
{_neighbours(b, story)}
</div>"""
    crumbs = [(f"{b}/", "Trang chủ"), (_u(b, "/mod/forum/view.php", id=forum.cmid), forum.name), (None, story.title)]
    return _page(
        request,
        title=f"{SHORT}: {story.title}",
        body_id="page-mod-forum-discuss",
        body_class=f"format-site course path-mod path-mod-forum context-{forum.context} cmid-{forum.cmid} cm-type-forum",
        crumbs=crumbs,
        main=main,
    )


def _parent_of(story: Story, pid: int) -> int:
    return next(r.parent for r in replies(story) if r.id == pid)


def _soft_404(request: Request) -> str:
    b = base_url(request)
    main = f"""<div class="box errorbox alert alert-danger" data-rel="fatalerror">
<p class="errormessage">Không thể đọc bản ghi dữ liệu trong bảng forum_discussions.</p>
<p class="errorcode"><a href="https://docs.moodle.org/401/vi/error/moodle/invalidrecord">Thêm thông tin về lỗi này</a></p>
</div>
<div class="continuebutton"><form method="get" action="{b}/"><button type="submit" class="btn btn-primary">Tiếp tục</button></form></div>"""
    return _page(request, title=f"{SHORT}: Lỗi", body_id="page-mod-forum-discuss", body_class="format-site path-mod path-mod-forum", crumbs=[], main=main)


def _sort_header(b: str, forum: Forum, label: str, desc: int, order: int) -> str:
    target = desc + 1 if order == desc else desc
    return f'<a href="{_u(b, "/mod/forum/view.php", id=forum.cmid, o=target)}" aria-label="Sắp xếp theo {esc(label.lower())}">{esc(label)}</a>'


def _pager(b: str, forum: Forum, page: int, last: int, order: int) -> str:
    def href(n: int) -> str:
        extra = {"o": order} if order != 1 else {}
        return _u(b, "/mod/forum/view.php", id=forum.cmid, **extra, p=n)

    items = []
    if page > 0:
        items.append(f'<li class="page-item"><a href="{href(page - 1)}" class="page-link"><span aria-hidden="true">«</span><span class="sr-only">Trang trước</span></a></li>')
    for n in range(last):
        if n == page:
            items.append(f'<li class="page-item active" data-page-number="{n + 1}"><a href="#" class="page-link" aria-current="page"><span aria-hidden="true">{n + 1}</span><span class="sr-only">Trang {n + 1}</span></a></li>')
        else:
            items.append(f'<li class="page-item" data-page-number="{n + 1}"><a href="{href(n)}" class="page-link"><span aria-hidden="true">{n + 1}</span><span class="sr-only">Trang {n + 1}</span></a></li>')
    if page < last - 1:
        items.append(f'<li class="page-item"><a href="{href(page + 1)}" class="page-link"><span aria-hidden="true">»</span><span class="sr-only">Trang kế tiếp</span></a></li>')
    return f'<nav aria-label="Trang" class="pagination pagination-centered justify-content-center"><ul class="mt-1 pagination " data-page-size="{PER_PAGE}">{"".join(items)}</ul></nav>'


def _forum_view(request: Request, key: str, page: int, order: int) -> str:
    b = base_url(request)
    forum = FORUMS[key]
    items = in_forum(key, order)
    last = pages_of(key)
    chunk = items[page * PER_PAGE : (page + 1) * PER_PAGE]
    rows = []
    for s in chunk:
        lp_when, lp_uid = last_post(s)
        rows.append(f"""<tr class="discussion" data-region="discussion-list-item" data-discussionid="{s.opts['d']}" data-forumid="{forum.instance}">
<td class="pinned p-0 text-center align-middle icon-no-margin" style="width: 1px;"></td>
<th scope="row" class="topic p-0 align-middle"><div class="p-3 p-l-0"><a class="w-100 h-100 d-block" href="{_u(b, "/mod/forum/discuss.php", d=s.opts["d"])}" title="{esc(s.title)}" aria-label="{esc(s.title)}">{esc(s.title)}</a></div></th>
<td class="author align-middle fit-content limit-width px-3"><div class="d-flex"><div class="align-middle p-0"><img class="rounded-circle userpicture" src="{_avatar(b, s.opts['user'], 'f3')}" alt="Hình của {esc(USERS[s.opts['user']])}"></div>
<div class="author-info align-middle"><div class="mb-1 line-height-3 text-truncate">{esc(USERS[s.opts['user']])}</div><div class="line-height-3">{_datemonthabbr(created(s))}</div></div></div></td>
<td class="text-left align-middle fit-content limit-width px-3"><div class="d-flex"><div class="author-info align-middle"><div class="mb-1 line-height-3 text-truncate">{esc(USERS[lp_uid])}</div>
<div class="line-height-3"><a href="{b}/mod/forum/discuss.php?d={s.opts['d']}&amp;parent={s.opts['p'] if not replies(s) else max(replies(s), key=lambda r: r.at).id}" title="Bài gửi cuối">{_datemonthabbr(lp_when)}</a></div></div></div></td>
<td class="p-0 text-center align-middle fit-content px-2"><span>{len(replies(s))}</span></td>
</tr>""")
    if chunk:
        table = f"""{_pager(b, forum, page, last, order)}
<span id="discussion-table-description" class="sr-only">Hiển thị {len(chunk)} trong tổng số {len(items)} chủ đề thảo luận</span>
<table class="table discussion-list" aria-describedby="discussion-table-description">
<thead><tr><th scope="col"><span class="accesshide">Trạng thái</span></th>
<th scope="col" class="p-l-0">{_sort_header(b, forum, "Thảo luận", 7, order)}</th>
<th scope="col" class="author px-3">{_sort_header(b, forum, "Bắt đầu bởi", 9, order)}</th>
<th scope="col" class="lastpost px-3">{_sort_header(b, forum, "Bài gửi cuối", 1, order)}</th>
<th scope="col" class="text-center px-2">{_sort_header(b, forum, "Trả lời", 5, order)}</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody>
</table>
{_pager(b, forum, page, last, order)}"""
    else:
        table = '<div class="alert alert-info">(Chưa có tin tức nào được gửi)</div>'
    search = f"""<form action="{b}/mod/forum/search.php" class="form-inline" role="search"><input type="hidden" name="id" value="1">
<label class="sr-only" for="search">Tìm kiếm diễn đàn</label><input type="text" class="form-control" placeholder="Tìm kiếm diễn đàn" name="search" id="search" value="">
<button class="btn btn-secondary" type="submit">Tìm kiếm</button></form>"""
    main = f"""<div class="activity-header" data-for="page-activity-header"><h2>{esc(forum.name)}</h2>
<div class="activity-description" id="intro"><div class="no-overflow"><p dir="ltr" style="text-align: left;">{esc(forum.intro)}</p></div></div></div>
<div class="container-fluid tertiary-navigation"><div class="navitem">{search}</div></div>
<div id="discussion-list-{forum.instance}" data-contextid="{forum.context}" data-cmid="{forum.cmid}" data-name="{esc(forum.name)}" data-content="discussion-list">
{table}
</div>"""
    head_extra = ""
    if key == "news":
        head_extra = f'<link rel="alternate" type="application/rss+xml" title="{esc(forum.name)}" href="{b}{rss_path()}" />\n'
    crumbs = [(f"{b}/", "Trang chủ"), (None, forum.name)]
    return _page(
        request,
        title=f"{SHORT}: {forum.name}",
        body_id="page-mod-forum-view",
        body_class=f"format-site course path-mod path-mod-forum context-{forum.context} cmid-{forum.cmid} cm-type-forum",
        crumbs=crumbs,
        main=main,
        head_extra=head_extra,
    )


def _shorten(value: str, limit: int = 300) -> str:
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + "..."


def _front(request: Request) -> str:
    b = base_url(request)
    posts = []
    for s in newest("news")[:FRONT_NEWS]:
        first = next(x for x in s.blocks if isinstance(x, P)).text
        n = len(replies(s))
        body = f'<p dir="ltr" style="text-align: left;">{_t(_shorten(first), s)}</p>'
        posts.append(f"""<article id="p{s.opts['p']}" class="forum-post-container mb-2 frontpage-news" data-post-id="{s.opts['p']}">
<div class="d-flex border p-2 mb-2 forumpost">
<div class="d-flex flex-column w-100">
<header class="mb-2 header row d-flex"><div class="mr-2" style="width: 45px;"><img class="rounded-circle w-100" src="{_avatar(b, s.opts['user'])}" alt="Hình của {esc(USERS[s.opts['user']])}"></div>
<div class="d-flex flex-column"><h3 class="h6 font-weight-bold mb-0">{esc(s.title)}</h3>
<address tabindex="-1" class="mb-0">Gửi bởi {_user_link(b, s.opts['user'])} - {daydatetime(created(s))}</address></div></header>
<div class="post-content-container">{body}</div>
<div class="post-actions d-flex align-self-end justify-content-end flex-wrap ml-auto">
<a href="{b}/mod/forum/discuss.php?d={s.opts['d']}#p{s.opts['p']}" class="btn btn-link">Permalink</a>
<a href="{_u(b, "/mod/forum/discuss.php", d=s.opts["d"])}" class="btn btn-link">Đọc tiếp chủ đề này</a>
<a href="{_u(b, "/mod/forum/discuss.php", d=s.opts["d"])}" class="btn btn-link">Thảo luận chủ đề này ({n} trả lời cho đến nay)</a>
</div></div></div></article>""")
    activities = [
        ("page", 5, "Giới thiệu chung"),
        ("page", 6, "Liên hệ"),
        ("page", 11, "Album ảnh: Hội khỏe Phù Đổng cấp trường 2026"),
        ("folder", 8, "Văn bản – Biểu mẫu"),
        ("resource", 9, "Kế hoạch năm học 2026 – 2027"),
        ("forum", 7, "Thông báo tuyển sinh"),
    ]
    acts = "".join(
        f'<li class="activity {m} modtype_{m}" id="module-{cmid}"><div class="activity-item"><div class="activityname">'
        f'<a href="{_u(b, f"/mod/{m}/view.php", id=cmid)}" class="aalink stretched-link">'
        f'<img src="{b}/theme/image.php/boost/{m}/{THEMEREV}/monologo" class="iconlarge activityicon" alt="" role="presentation">'
        f'<span class="instancename">{esc(name)}</span></a></div></div></li>'
        for m, cmid, name in activities
    )
    cats = "".join(
        f'<div class="category" data-categoryid="{cid}"><h3 class="categoryname aabtn"><a href="{_u(b, "/course/index.php", categoryid=cid)}">{esc(name)}</a></h3></div>'
        for cid, name in CATEGORIES.items()
    )
    main = f"""<div class="course-content"><div class="sitetopic"><ul class="section img-text">{acts}</ul></div></div>
<a class="skip skip-block" id="skipsitenews" href="#skipsitenews-end">Bỏ qua Tin tức của trang</a>
<div id="site-news-forum"><h2>Tin tức của trang</h2>
{"".join(posts)}
<div class="forumnoview"><a href="{_u(b, "/mod/forum/view.php", id=2)}">Chủ đề cũ hơn ...</a></div>
</div><span class="skip-block-to" id="skipsitenews-end"></span>
<a class="skip skip-block" id="skipcategories" href="#skipcategories-end">Bỏ qua các danh mục khóa học</a>
<div id="frontpage-category-names"><h2>Danh mục khóa học</h2><div class="course_category_tree clearfix">{cats}</div></div>
<span class="skip-block-to" id="skipcategories-end"></span>"""
    return _page(request, title=SITE, body_id="page-site-index", body_class="format-site course path-site", crumbs=[], main=main)


# --- static-ish pages: mod/page, mod/folder, mod/resource ---------------------------------------

PAGES: dict[int, tuple[str, list[str], str]] = {
    5: (
        "Giới thiệu chung",
        [
            f"{SITE} được thành lập năm 1975, là một trong những trường trung học phổ thông có bề dày"
            " truyền thống của tỉnh Quảng Ngãi.",
            "Năm học 2026 – 2027, nhà trường có 36 lớp với 1.542 học sinh; 98 cán bộ, giáo viên,"
            " nhân viên, trong đó 38% giáo viên có trình độ thạc sĩ. Trường đạt chuẩn quốc gia mức độ"
            " 2 và kiểm định chất lượng giáo dục cấp độ 3.",
            "Hệ thống học tập trực tuyến Moodle của trường phục vụ học sinh ôn tập, làm bài kiểm tra"
            " và trao đổi với giáo viên ngoài giờ lên lớp.",
        ],
        "2026-09-07 15:12",
    ),
    6: (
        "Liên hệ",
        [
            SITE,
            f"Địa chỉ: {ADDRESS}",
            f"Điện thoại văn phòng: {PHONE}",
            f"Đường dây nóng tuyển sinh: {HOTLINE}",
            f"Email: {EMAIL}",
            "Hỗ trợ tài khoản Moodle: thầy Phạm Quốc Việt – Tổ Tin học (giờ hành chính).",
        ],
        "2026-08-20 09:40",
    ),
    11: (
        "Album ảnh: Hội khỏe Phù Đổng cấp trường 2026",
        ["Một số hình ảnh tại Hội khỏe Phù Đổng cấp trường năm 2026."],
        "2026-10-16 10:05",
    ),
}
ALBUM = [
    ("hkpd-2026-01.jpg", "Lễ khai mạc Hội khỏe"),
    ("hkpd-2026-02.jpg", "Chung kết bóng đá nam"),
    ("hkpd-2026-03.jpg", "Nội dung kéo co khối 10"),
    ("hkpd-2026-04.jpg", "Trao giải toàn đoàn"),
]
CATEGORIES: dict[int, str] = {2: "Khối 10", 3: "Khối 11", 4: "Khối 12", 5: "Bồi dưỡng học sinh giỏi"}
#: course id -> (category, full name, teacher, guest access)
COURSES: dict[int, tuple[int, str, str, bool]] = {
    3: (2, "Toán 10", "Nguyễn Văn An", True),
    4: (2, "Ngữ văn 10", "Võ Thị Kim Oanh", False),
    5: (2, "Tiếng Anh 10", "Lê Thị Mai Anh", False),
    6: (3, "Vật lí 11", "Trần Đức Huy", True),
    7: (3, "Hóa học 11", "Phạm Thị Thanh Xuân", False),
    8: (4, "Ôn thi tốt nghiệp THPT – Toán 12", "Nguyễn Văn An", True),
    9: (4, "Lịch sử 12", "Huỳnh Thị Diệu", False),
    10: (5, "Bồi dưỡng HSG Tin học", "Phạm Quốc Việt", False),
}
DOCS = [
    ("KH-day-hoc-2026-2027.pdf", "318.2KB"),
    ("Quy-che-danh-gia-hoc-sinh.pdf", "205.7KB"),
    ("Mau-don-xin-nghi-hoc.docx", "18.4KB"),
    ("Mau-don-xin-chuyen-truong.docx", "21.0KB"),
]


def _mod_page(request: Request, cmid: int) -> str:
    b = base_url(request)
    title, paras, modified = PAGES[cmid]
    content = "".join(f'<p dir="ltr" style="text-align: left;">{esc(p)}</p>' for p in paras)
    if cmid == 11:
        for name, cap in ALBUM:
            content += (
                f'<p dir="ltr" style="text-align: center;"><img src="{b}/pluginfile.php/52/mod_page/content/3/{name}" alt="{esc(cap)}"'
                f' width="600" height="400" class="img-fluid"><br><i>{esc(cap)}</i></p>'
            )
    if cmid == 6:
        content += '<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3870.6" width="600" height="300" style="border:0;" loading="lazy"></iframe></p>'
    main = f"""<div class="activity-header" data-for="page-activity-header"><h2>{esc(title)}</h2></div>
<div role="main"><div class="box py-3 generalbox center clearfix"><div class="no-overflow">{content}</div></div>
<div class="modified">Sửa đổi lần cuối: {daydatetime(_at(modified))}</div></div>"""
    return _page(
        request, title=f"{SHORT}: {title}", body_id="page-mod-page-view",
        body_class=f"format-site course path-mod path-mod-page cmid-{cmid} cm-type-page",
        crumbs=[(f"{b}/", "Trang chủ"), (None, title)], main=main,
    )


def _folder(request: Request) -> str:
    b = base_url(request)
    files = "".join(
        f'<li><span class="fp-filename-icon"><a href="{b}/pluginfile.php/45/mod_folder/content/0/{name}?forcedownload=1">'
        f'<span class="fp-icon"><img class="icon " alt="" src="{b}/theme/image.php/boost/core/{THEMEREV}/f/{"pdf" if name.endswith(".pdf") else "document"}"></span>'
        f'<span class="fp-filename">{esc(name)}</span></a></span> <span class="text-muted small">{size}</span></li>'
        for name, size in DOCS
    )
    main = f"""<div class="activity-header" data-for="page-activity-header"><h2>Văn bản – Biểu mẫu</h2>
<div class="activity-description" id="intro"><div class="no-overflow"><p>Các văn bản, kế hoạch và biểu mẫu dùng trong nhà trường.</p></div></div></div>
<div class="box generalbox foldertree py-3"><div id="folder_tree0" class="filemanager"><ul><li><div class="fp-filename-icon"><span class="fp-filename">Văn bản – Biểu mẫu</span></div><ul>{files}</ul></li></ul></div></div>"""
    return _page(
        request, title=f"{SHORT}: Văn bản – Biểu mẫu", body_id="page-mod-folder-view",
        body_class="format-site course path-mod path-mod-folder cmid-8 cm-type-folder",
        crumbs=[(f"{b}/", "Trang chủ"), (None, "Văn bản – Biểu mẫu")], main=main,
    )


def _resource(request: Request) -> str:
    b = base_url(request)
    name = "KH-nam-hoc-2026-2027-THPT-TQT.pdf"
    main = f"""<div class="activity-header" data-for="page-activity-header"><h2>Kế hoạch năm học 2026 – 2027</h2></div>
<div class="resourceworkaround">Nhấp vào liên kết <a href="{b}/pluginfile.php/48/mod_resource/content/2/{name}" onclick="window.open(this.href); return false;">{name}</a> để xem tệp.</div>"""
    return _page(
        request, title=f"{SHORT}: Kế hoạch năm học 2026 – 2027", body_id="page-mod-resource-view",
        body_class="format-site course path-mod path-mod-resource cmid-9 cm-type-resource",
        crumbs=[(f"{b}/", "Trang chủ"), (None, "Kế hoạch năm học 2026 – 2027")], main=main,
    )


_GUEST_ICON = (
    '<div class="moreinfo"></div><div class="enrolmenticons">'
    '<i class="icon fa fa-user fa-fw" title="Truy cập của khách"></i></div>'
)


def _course_index(request: Request, category: int | None) -> str:
    b = base_url(request)
    if category is None:
        body = "".join(
            f'<div class="category loaded" data-categoryid="{cid}"><div class="info"><h3 class="categoryname aabtn">'
            f'<a href="{_u(b, "/course/index.php", categoryid=cid)}">{esc(name)}</a></h3>'
            f'<span class="numberofcourse" title="Số khóa học">({sum(1 for c in COURSES.values() if c[0] == cid)})</span></div></div>'
            for cid, name in CATEGORIES.items()
        )
        title, crumbs = "Các khóa học", [(f"{b}/", "Trang chủ"), (None, "Các khóa học")]
    else:
        body = "".join(
            f'<div class="coursebox clearfix" data-courseid="{cid}" data-type="1"><div class="info"><h3 class="coursename">'
            f'<a class="aalink" href="{_u(b, "/course/view.php", id=cid)}">{esc(name)}</a></h3>'
            f"{_GUEST_ICON if guest else ''}</div>"
            f'<div class="content"><ul class="teachers"><li>Giáo viên: {esc(teacher)}</li></ul></div></div>'
            for cid, (cat, name, teacher, guest) in COURSES.items()
            if cat == category
        )
        title = CATEGORIES[category]
        crumbs = [(f"{b}/", "Trang chủ"), (f"{b}/course/index.php", "Các khóa học"), (None, title)]
    select = "".join(
        f'<option value="{_u(b, "/course/index.php", categoryid=cid)}"{" selected" if cid == category else ""}>{esc(n)}</option>'
        for cid, n in CATEGORIES.items()
    )
    main = f"""<div class="categorypicker"><form method="get" action="{b}/course/index.php"><select name="categoryid" class="custom-select">{select}</select></form></div>
<div class="course_category_tree clearfix category-browse category-browse-{category or 0}"><div class="content">{body}</div></div>"""
    return _page(request, title=f"{SHORT}: {title}", body_id="page-course-index-category", body_class="format-site path-course path-course-index", crumbs=crumbs, main=main)


def _course_view(request: Request, cid: int) -> str:
    b = base_url(request)
    cat, name, teacher, _guest = COURSES[cid]
    sections = [
        ("Chung", [("forum", f"Thông báo của giáo viên – {name}"), ("resource", "Kế hoạch dạy học môn học")]),
        ("Chủ đề 1", [("page", "Bài giảng tuần 1–4"), ("quiz", "Bài kiểm tra thường xuyên số 1")]),
        ("Chủ đề 2", [("resource", "Phiếu học tập chương 2"), ("assign", "Nộp bài thực hành")]),
    ]
    html_sections = "".join(
        f'<li id="section-{i}" class="section course-section main clearfix" data-sectionid="{i}"><h3 class="sectionname">{esc(title)}</h3><ul class="section m-0 p-0 img-text">'
        + "".join(f'<li class="activity {m} modtype_{m}"><span class="instancename">{esc(t)}</span> <span class="text-muted small">(Cần đăng nhập)</span></li>' for m, t in acts)
        + "</ul></li>"
        for i, (title, acts) in enumerate(sections)
    )
    main = f"""<div class="course-content"><p class="summary">Giáo viên: {esc(teacher)}</p><ul class="topics">{html_sections}</ul></div>"""
    crumbs = [(f"{b}/course/index.php", "Các khóa học"), (_u(b, "/course/index.php", categoryid=cat), CATEGORIES[cat]), (None, name)]
    return _page(request, title=f"Khoá học: {name}", body_id="page-course-view-topics", body_class=f"format-topics path-course path-course-view course-{cid}", crumbs=crumbs, main=main, heading=name)


def _enrol(request: Request, cid: int) -> str:
    b = base_url(request)
    cat, name, teacher, _ = COURSES[cid]
    main = f"""<h2>Các tùy chọn ghi danh</h2>
<div class="box py-3 generalbox info"><div class="coursebox clearfix"><h3 class="coursename">{esc(name)}</h3><ul class="teachers"><li>Giáo viên: {esc(teacher)}</li></ul></div></div>
<div class="box py-3 generalbox" id="notice"><p>Khách không thể truy cập khóa học này. Vui lòng đăng nhập.</p>
<div class="continuebutton"><form method="get" action="{b}/login/index.php"><button type="submit" class="btn btn-primary">Tiếp tục</button></form></div></div>"""
    crumbs = [(f"{b}/course/index.php", "Các khóa học"), (_u(b, "/course/index.php", categoryid=cat), CATEGORIES[cat]), (None, name)]
    return _page(request, title=f"{SHORT}: Các tùy chọn ghi danh", body_id="page-enrol-index", body_class="format-topics path-enrol", crumbs=crumbs, main=main, heading=name)


def _login(request: Request, forgot: bool = False) -> str:
    b = base_url(request)
    if forgot:
        main = f"""<p>Để đặt lại mật khẩu, hãy nhập tên đăng nhập hoặc địa chỉ email của bạn bên dưới.</p>
<form method="post" action="{b}/login/forgot_password.php"><div class="form-group"><label>Tên đăng nhập</label><input type="text" name="username" class="form-control"></div>
<div class="form-group"><label>Địa chỉ email</label><input type="text" name="email" class="form-control"></div><input type="submit" class="btn btn-primary" value="Tìm kiếm"></form>"""
        title = "Quên mật khẩu"
    else:
        main = f"""<div class="login-wrapper"><div class="login-container"><div class="loginform">
<h2 class="login-heading mb-4">Đăng nhập vào {esc(SITE)}</h2>
<form class="login-form" action="{b}/login/index.php" method="post" id="login">
<div class="login-form-username form-group"><label for="username" class="sr-only">Tên đăng nhập</label><input type="text" name="username" id="username" class="form-control form-control-lg" placeholder="Tên đăng nhập"></div>
<div class="login-form-password form-group"><label for="password" class="sr-only">Mật khẩu</label><input type="password" name="password" id="password" class="form-control form-control-lg" placeholder="Mật khẩu"></div>
<div class="login-form-submit form-group"><button class="btn btn-primary btn-lg" type="submit" id="loginbtn">Đăng nhập</button></div>
<div class="login-form-forgotpassword form-group"><a href="{b}/login/forgot_password.php">Quên mật khẩu?</a></div></form>
<div class="login-divider"></div><h2 class="login-heading">Một số khóa học có thể cho phép khách truy cập</h2>
<form action="{b}/login/index.php" method="post" id="guestlogin"><input type="hidden" name="username" value="guest"><input type="hidden" name="password" value="guest"><button class="btn btn-secondary" type="submit">Đăng nhập với tư cách khách</button></form>
</div></div></div>"""
        title = "Đăng nhập vào trang"
    return _page(request, title=f"{SHORT}: {title}", body_id="page-login-index", body_class="format-site path-login", crumbs=[], main=main)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    b = base_url(request)
    q = request.params.get("search", "").strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    rows = "".join(
        f'<div class="forumsearch-result"><h4><a href="{_u(b, "/mod/forum/discuss.php", d=s.opts["d"])}">{esc(s.title)}</a></h4>'
        f'<p class="text-muted small">{esc(FORUMS[s.opts["forum"]].name)} – {daydatetime(created(s))}</p></div>'
        for s in hits
    )
    main = f'<h2>Kết quả tìm kiếm: {len(hits)}</h2><p>Từ khóa: “{esc(q)}”</p>{rows or "<p>Không tìm thấy bài gửi nào.</p>"}'
    return _page(request, title=f"{SHORT}: Tìm kiếm", body_id="page-mod-forum-search", body_class="format-site path-mod path-mod-forum", crumbs=[(f"{b}/", "Trang chủ"), (None, "Tìm kiếm")], main=main)


def _calendar(request: Request) -> str:
    b = base_url(request)
    view = request.params.get("view", "month")
    try:
        ts = int(request.params.get("time", str(int(datetime(2026, 11, 25, tzinfo=_TZ).timestamp()))))
    except ValueError:
        ts = int(datetime(2026, 11, 25, tzinfo=_TZ).timestamp())
    try:
        when = datetime.fromtimestamp(ts, _TZ).date()
    except (OverflowError, OSError, ValueError):
        when = TODAY_DATE
    if view == "day":
        prev_d, next_d = when - timedelta(days=1), when + timedelta(days=1)
        ts_of = lambda d: int(datetime(d.year, d.month, d.day, tzinfo=_TZ).timestamp())  # noqa: E731
        ev = EVENTS.get(when)
        events = f'<div class="event"><h3 class="name">{esc(ev)}</h3><p>Sự kiện của trang</p></div>' if ev else "<p>Không có sự kiện nào</p>"
        main = (
            f'<div class="calendarwrapper" data-view="day"><div class="calendar-controls">'
            f'<a class="arrow_link previous" href="{_u(b, "/calendar/view.php", view="day", time=ts_of(prev_d))}">◄ {prev_d.day} tháng {prev_d.month}</a>'
            f'<h2 class="current">{WEEKDAYS[when.weekday()]}, {when.day} tháng {when.month} {when.year}</h2>'
            f'<a class="arrow_link next" href="{_u(b, "/calendar/view.php", view="day", time=ts_of(next_d))}">{next_d.day} tháng {next_d.month} ►</a></div>{events}</div>'
        )
        title = "Lịch: Ngày"
    elif view == "upcoming":
        items = "".join(
            f'<div class="event"><h3 class="name">{esc(n)}</h3><div class="date">{WEEKDAYS[d.weekday()]}, {d.day} tháng {d.month} {d.year}</div></div>'
            for d, n in sorted(EVENTS.items())
            if d >= TODAY_DATE
        )
        main = f'<h2>Sự kiện sắp diễn ra</h2><div class="eventlist">{items}</div>'
        title = "Lịch: Sự kiện sắp diễn ra"
    else:
        main = _calendar_month(b, when.replace(day=1), block=False)
        title = "Lịch: Tháng"
    return _page(request, title=f"{SHORT}: {title}", body_id="page-calendar-view", body_class="format-site path-calendar", crumbs=[(f"{b}/", "Trang chủ"), (f"{b}/calendar/view.php?view=month", "Lịch")], main=main)


def _privacy(request: Request) -> str:
    main = """<h2>Tóm tắt lưu giữ dữ liệu</h2><p>Tài liệu này liệt kê thời hạn lưu giữ mặc định cho các loại dữ liệu cá nhân được lưu trữ trên trang.</p>
<table class="table"><thead><tr><th>Loại</th><th>Mục đích</th><th>Thời hạn lưu giữ</th></tr></thead><tbody><tr><td>Trang</td><td>Học tập và quản lý học sinh</td><td>5 năm</td></tr></tbody></table>"""
    return _page(request, title=f"{SHORT}: Tóm tắt lưu giữ dữ liệu", body_id="page-admin-tool-dataprivacy-summary", body_class="format-site path-admin", crumbs=[], main=main)


def rss_path() -> str:
    return f"/rss/file.php/27/{RSS_TOKEN}/mod_forum/1/rss.xml"


def _rss(request: Request) -> Response:
    """The news forum's RSS, type "posts": first posts and replies, newest 10, linked with &parent=."""
    b = base_url(request)
    posts = []
    for s in newest("news"):
        posts.append((created(s), s, s.opts["p"], s.title, s.opts["user"]))
        posts += [(_at(r.at), s, r.id, f"Re: {s.title}", r.user) for r in replies(s)]
    posts.sort(key=lambda x: x[0], reverse=True)
    items = "".join(
        f"""
    <item>
      <title>{esc(title)}</title>
      <link>{b}/mod/forum/discuss.php?d={s.opts['d']}&amp;parent={pid}</link>
      <pubDate>{when.strftime("%a, %d %b %Y %H:%M:%S %z")}</pubDate>
      <description>bởi {esc(USERS[uid])}.</description>
      <guid isPermaLink="true">{b}/mod/forum/discuss.php?d={s.opts['d']}&amp;parent={pid}</guid>
    </item>"""
        for when, s, pid, title, uid in posts[:10]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<rss version="2.0">
  <channel>
    <title>{SHORT}: Tin tức của trang</title>
    <link>{b}/mod/forum/view.php?f=1</link>
    <description>Tin tức, hoạt động của nhà trường.</description>
    <generator>Moodle</generator>
    <copyright>(c) 2026 {esc(SITE)}</copyright>
    <image>
      <url>{b}/pix/i/rsssitelogo.gif</url>
      <title>moodle</title>
      <link>{b}</link>
      <width>140</width>
      <height>35</height>
    </image>{items}
  </channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --------------------------------------------------------------------------- the site


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and re.fullmatch(r"-?\d+", value) else None


def _to_login(request: Request) -> Response:
    return redirect(base_url(request) + "/login/index.php", 303)


def _all_files() -> set[str]:
    out = {img.src for s in STORIES for img in s.images}
    out |= {f"/pluginfile.php/52/mod_page/content/3/{n}" for n, _ in ALBUM}
    return out


_IMAGES = _all_files()


class MoodleSite:
    """Moodle's front controllers (``index.php``, ``mod/forum/*.php`` …) as a table of paths."""

    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith("/theme/image.php/") or path.startswith("/pix/"):
            return Response(200, static_file("x.gif").body, {"Content-Type": "image/gif"})
        if path.startswith(("/theme/", "/lib/javascript.php/")):
            return static_file(path) or Response(200, b"/* moodle */", {"Content-Type": "application/javascript"})
        if path.startswith("/pluginfile.php/"):
            return self._pluginfile(path)
        if path == rss_path():
            return _rss(request)
        page = self._page(request, path, params)
        if page is None:
            return None
        if isinstance(page, Response):
            return page
        return html(page, headers={"Set-Cookie": f"MoodleSession={hashlib.md5(SESSKEY.encode()).hexdigest()[:26]}; path=/; HttpOnly", "Cache-Control": "private, pre-check=0, post-check=0, max-age=0, no-transform", "Expires": "Mon, 20 Aug 1969 09:23:00 GMT"})

    def _pluginfile(self, path: str) -> Response | None:
        if "/mod_forum/attachment/" in path or "/mod_folder/content/" in path or "/mod_resource/content/" in path:
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": "attachment"})
            if path.endswith(".docx"):
                return Response(200, b"PK\x03\x04", {"Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
            return None
        if path in _IMAGES or "/user/icon/" in path or "/core_admin/" in path:
            return Response(200, static_file("x.jpg").body, {"Content-Type": "image/jpeg"})
        return None

    def _page(self, request: Request, path: str, params: dict[str, str]) -> str | Response | None:
        if path in ("/", "/index.php"):
            return _front(request)
        if path == "/mod/forum/discuss.php":
            d = _int(params.get("d"))
            story = _BY_D.get(d) if d is not None else None
            if story is None:
                return _soft_404(request) if d is not None else None
            parent = _int(params.get("parent"))
            if parent is None or parent == story.opts["p"]:
                return _discussion(request, story)
            if any(r.id == parent for r in replies(story)):
                return _discussion(request, story, only=parent)
            return _soft_404(request)
        if path == "/mod/forum/view.php":
            cmid, f = _int(params.get("id")), _int(params.get("f"))
            key = _FORUM_BY_CMID.get(cmid) if cmid is not None else ("news" if f == 1 else "ts" if f == 3 else None)
            if key is None:
                return None
            page = max(0, _int(params.get("p")) or 0)
            order = _int(params.get("o")) or 1
            return _forum_view(request, key, page, order)
        if path == "/mod/forum/post.php" or path.startswith(("/user/", "/tag/")):
            return _to_login(request)
        if path == "/mod/forum/search.php":
            return _search(request)
        if path == "/mod/page/view.php":
            cmid = _int(params.get("id"))
            return _mod_page(request, cmid) if cmid in PAGES else None
        if path == "/mod/folder/view.php" and params.get("id") == "8":
            return _folder(request)
        if path == "/mod/resource/view.php" and params.get("id") == "9":
            return _resource(request)
        if path == "/course/index.php":
            cat = _int(params.get("categoryid"))
            if cat is not None and cat not in CATEGORIES:
                return None
            return _course_index(request, cat)
        if path == "/course/view.php":
            cid = _int(params.get("id"))
            if cid == 1:
                return redirect(base_url(request) + "/", 303)
            if cid not in COURSES:
                return None
            if not COURSES[cid][3]:
                return redirect(f"{base_url(request)}/enrol/index.php?id={cid}", 303)
            return _course_view(request, cid)
        if path == "/enrol/index.php":
            cid = _int(params.get("id"))
            return _enrol(request, cid) if cid in COURSES else None
        if path == "/login/index.php":
            return _login(request)
        if path == "/login/forgot_password.php":
            return _login(request, forgot=True)
        if path == "/calendar/view.php":
            return _calendar(request)
        if path == "/admin/tool/dataprivacy/summary.php":
            return _privacy(request)
        return None


def build_site() -> MoodleSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return MoodleSite()
