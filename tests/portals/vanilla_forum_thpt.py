"""Vanilla Forums 3 (self-hosted) as the community site of Trường THPT Nguyễn Du, Buôn Ma Thuột.

Platform: Vanilla Forums 3.x, "Keystone"-like theme, Vietnamese locale. The school's official news
lives as *discussions* in the category "Thông báo - Tin tức", posted by staff accounts
(``vanphong_nd``, ``bbt_nguyendu``, ``doantruong_nd``); students and parents reply below. Posts come
in the three formats the site allows: Rich (Quill, the default), Html/Wysiwyg (the older
"Advanced Editor", used for notices with tables) and BBCode (one post pasted from an old forum).

URL scheme
- ``/`` and ``/categories``: the categories overview (Vanilla's ``DefaultController = categories``).
- ``/categories/thong-bao-tin-tuc`` (+ ``/p2``, ``/p3``; the pager links page 1 as ``/p1``): five
  discussions a page, sorted by *last activity*; the two announcements sit on top of page 1.
- ``/categories/hoi-dap``: students' and parents' questions (one announcement: the rules).
- ``/discussion/<id>/<slug>``: a discussion; ``/p<N>`` its reply pages (4 comments a page; page
  1 also answers as ``/p1``). Vanilla routes on the id alone: any slug serves the discussion.
- ``/discussion/comment/<cid>/``: a comment's permalink, 302 to the discussion page holding it.
- ``/discussion/download/<n>/<file>``: FileUpload attachments. ``/profile/<user>``: profiles.
- ``/categories/thong-bao-tin-tuc/feed.rss``: the category's RSS. ``/search?Search=``: search.
- ``/entry/signin``, ``/entry/register``: sign-in and register (``rel="nofollow"``).

Page templates: Vanilla's master (``#Head`` with the theme's date line and menu, breadcrumbs, then
``#Panel`` BEFORE ``#Content`` in the source, then ``#Foot``); discussion page = ``.PageTitle h1``,
``.Item-Header.DiscussionHeader`` (avatar, ``a.Username``, role, ``span.DateCreated > a.Permalink >
time``), ``.Item-Body > .Message.userContent`` (the post), attachments, signature, reactions, then
``ul.MessageList.Comments`` with every reply in its own ``.Message.userContent``.

How each gold article is reached: page 1 of the category lists the announcements 1349 and 1356
and the five most recently *active* discussions (1293 is bumped there by a December reply);
1327, 1322, 1318, 1311 and 1305 only from ``/p2``, 1297 only from ``/p3`` (the panel's "Thảo luận
gần đây" shows the five most active threads of the whole forum, all of page 1 or Hỏi đáp).

Traps
1. The post's ``<time datetime>`` is UTC ("2026-11-16T22:45:00+00:00"); the visible text is
   "Tháng 11 17" (month first, no year, no time) and the title "Tháng 11 17, 2026 5:45SA" (12-hour,
   SA/CH). 1327 was posted at 05:45 local time: its UTC day is the day before. Gold: local
   time with +07:00 ("2026-11-17T05:45:00+07:00").
2. A post of today prints only a time ("7:40SA", 1356): gold from the title/datetime, 05/12.
3. ``#Panel`` ("Thảo luận gần đây" with ``<time>`` elements and links) comes before the post in
   the source; category listings print each thread's *last comment* date ("Mới nhất bởi …"), not
   its publication; comments carry later ``<time>``s; "Đã sửa <time>" (1338, 1305) is an update.
   Gold: the post's own DateCreated.
4. Every reply is a ``div.Message.userContent`` like the post (a parent's reply under the short
   notice 1327 is longer than the notice itself; replies quote the post in
   ``blockquote.UserQuote``). Gold body: the discussion's own Message only.
5. The staff signature is ``div.Signature.UserSignature.userContent`` inside ``.Item-Body`` right
   after the post's Message (address, phone, slogan). Not body.
6. Rich embeds inside the post: a link embed is a ``div.js-embed`` whose only text is the bare URL
   (1311; the card's title and excerpt sit in ``data-embedjson``); a quote embed of another
   discussion (1344) prints that post's author, ``<time>`` and an excerpt in ``userContent``
   paragraphs. Neither is body; the quote's link is a second link to 1338.
7. Rich blockquotes are ``div.blockquote > p.blockquote-line`` (no ``<blockquote>``): a quoted
   sentence inside the text, body (1344). Rich soft line breaks ``<p>a<br>b</p>`` split (1338, 1305).
8. The BBCode post (1351) has no ``<p>`` at all: lines separated by ``<br />``, bold lines as
   headings, ``ul.bbcode_list``; its "Xem thêm:" line and italic "Nguồn:" line close it.
9. Rich images carry the upload's file name as ``alt`` ("IMG_20261022_152233.jpg"), no caption;
   the caption is the italic paragraph the editor typed under the photo (Rich has no caption
   field). An italic line that only credits ("Ảnh: Lê Minh Tâm") is a photographer, and the
   italic last line of a post is its byline, not a caption (1318).
10. The poster's account (``a.Username``, "vanphong_nd") is not a byline; the signed line at the
    end of the post is (bold, italic or right-aligned). 1305 signs nothing: authors [].
11. The PrefixDiscussion addon prints a label inside the ``<h1>`` ("<span
    class="PrefixDiscussion">Tin tức</span> Sôi nổi …", 1338, 1311). Gold title without it
    (``<title>`` and og:title have none).
12. Duplicates: ``/discussion/<id>/<slug>/p1`` (linked by the reply pager and ``rel=prev`` of
    page 2) and an old slug still linked from a Hỏi đáp reply (1305 was renamed: its slug was
    ``ngoai-khoa-an-toan-giao-thong``) serve the same post; ``link rel=canonical`` names the current
    URL. Gold: alt_paths. ``/discussion/comment/<cid>/`` permalinks only redirect.
13. Reply pages ``/p2`` repeat the discussion's ``<h1>``/``<title>`` but hold only comments: not
    articles. Hỏi đáp threads are forum questions, not the school's news: not articles.
14. The official notice 1349 is a Wysiwyg post printed as a document (letterhead table, "THÔNG
    BÁO / Về việc …", "Nơi nhận" and signer table) with the exam timetable as a table, and a
    FileUpload attachment box after the Message.

Gold decisions on ambiguous points
- published_at: the discussion's DateCreated in local time; for 1349 the letterhead's day
  ("2026-11-28", the house rule for documents) although the post was made on 30/11.
- summary: a bold first paragraph of the post (Rich ``<p><strong>``, Wysiwyg ``<p><b>``,
  BBCode ``<b>`` line); none otherwise. The meta/og description (the post's first 160 characters)
  is not a sapo.
- authors: the signing line only; forum accounts, the role title and the signature are not
  bylines. "BCH Đoàn trường", "Tổ Văn phòng" sign as units: authors as printed.
  "Tin: Đặng Ngọc Trâm (12A2)" -> "Đặng Ngọc Trâm" (the class is a unit).
- captions: the italic/centred line under a photo; a caption printed in parentheses loses them.
- category: "Thông báo - Tin tức" as the breadcrumb prints it.
- the Hỏi đáp threads, reply pages, profiles and listings are not articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "vanilla_forum_thpt"
PLATFORM = "Vanilla Forums 3 (self-hosted)"
START_PATH = "/"

ICT = timezone(timedelta(hours=7))
TODAY = datetime(2026, 12, 5, 9, 30, tzinfo=ICT)
TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Diễn đàn THPT Nguyễn Du"
NEWS = "thong-bao-tin-tuc"
NEWS_NAME = "Thông báo - Tin tức"
QA = "hoi-dap"
QA_NAME = "Hỏi đáp"
PER_PAGE = 5
COMMENTS_PER_PAGE = 4


def _dt(month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ICT)


# --- users -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class User:
    name: str
    uid: int
    role: str
    joined: str
    signature: str = ""


USERS = {
    u.name: u
    for u in [
        User(
            "vanphong_nd",
            2,
            "Quản trị viên",
            "15/08/2019",
            "<p>Văn phòng Trường THPT Nguyễn Du — 117 Lê Duẩn, phường Ea Tam, TP. Buôn Ma Thuột"
            "<br>ĐT: 0262 3852 417 · Email: c3nguyendu.bmt@daklak.edu.vn</p>",
        ),
        User("bbt_nguyendu", 5, "Ban biên tập", "02/09/2019"),
        User(
            "doantruong_nd",
            9,
            "Đoàn trường",
            "20/09/2020",
            "<p><em>Đoàn TNCS Hồ Chí Minh Trường THPT Nguyễn Du</em><br>"
            "“Tuổi trẻ Nguyễn Du: Tiên phong – Sáng tạo – Tình nguyện”</p>",
        ),
        User("phuhuynh_thuha", 311, "Phụ huynh", "10/09/2024"),
        User("PH_LeVanNam", 342, "Phụ huynh", "28/09/2025"),
        User("hs_minhanh_12a1", 288, "Học sinh", "05/09/2024"),
        User("hs_quocbao", 415, "Học sinh", "06/09/2026"),
    ]
}


def avatar(user: User) -> str:
    return f"/uploads/userpics/{user.uid % 97:03d}/n{user.uid:04d}av.jpg"


# --- comments ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comment:
    cid: int
    user: str
    dt: datetime
    html: str


def _c(cid: int, user: str, dt: datetime, *paras: str) -> Comment:
    return Comment(cid, user, dt, "".join(f"<p>{p}</p>" for p in paras))


def _quote(user: str, text: str) -> str:
    return (
        f'<blockquote class="Quote UserQuote blockquote"><div class="QuoteAuthor">'
        f'<a href="/profile/{user}">{user}</a> đã viết:</div>'
        f'<div class="QuoteText"><p>{esc(text)}</p></div></blockquote>'
    )


def _mention(user: str) -> str:
    return f'<a href="/profile/{user}" class="atMention" rel="nofollow">@{user}</a>'


# --- the stories -------------------------------------------------------------------------------

SAPO_B = (
    "Trong hai ngày 19 và 20/11/2026, Đoàn trường THPT Nguyễn Du phối hợp với Tổ Thể dục – Quốc "
    "phòng tổ chức Hội thao chào mừng 44 năm Ngày Nhà giáo Việt Nam, thu hút hơn 600 học sinh của "
    "36 chi đoàn tham gia."
)
SAPO_C = (
    "Sở GD&ĐT Đắk Lắk vừa công bố kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
    "2026-2027. Đội tuyển của Trường THPT Nguyễn Du đạt 27 giải, trong đó có 3 giải Nhất, 7 giải "
    "Nhì, 9 giải Ba và 8 giải Khuyến khích."
)
SAPO_F = (
    "Sở GD&ĐT Đắk Lắk hướng dẫn học sinh lớp 12 đăng ký dự thi tốt nghiệp THPT năm 2027 theo "
    "hình thức trực tuyến trên Hệ thống quản lý thi."
)
SAPO_G = (
    "Sáng Chủ nhật 11/10/2026, Trường THPT Nguyễn Du tổ chức Hội nghị cha mẹ học sinh đầu năm học "
    "2026-2027 tại 36 lớp học, với sự tham dự của hơn 1.400 phụ huynh."
)
SAPO_H = (
    "Hưởng ứng chương trình “Áo ấm cho em” của Tỉnh đoàn Đắk Lắk, Đoàn trường THPT Nguyễn Du phát "
    "động đoàn viên, thanh niên quyên góp áo ấm, sách vở tặng học sinh các trường tiểu học ở xã "
    "Krông Á."
)
SAPO_I = (
    "Sáng 20/11/2026, Trường THPT Nguyễn Du tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
    "(20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo phường Ea Tam, Ban đại diện "
    "cha mẹ học sinh và toàn thể cán bộ, giáo viên, học sinh."
)
SAPO_L = (
    "Ngày 07/11/2026, Câu lạc bộ Tiếng Anh (NDC English Club) tổ chức ngày hội English Day 2026 "
    "với chủ đề “Discover Đắk Lắk”, thu hút đông đảo học sinh ba khối tham gia."
)
SAPO_M = (
    "Từ ngày 09 đến 11/11/2026, đoàn học sinh Trường THPT Nguyễn Du gồm 40 em tham gia Ngày hội "
    "Văn hóa các dân tộc tỉnh Đắk Lắk tổ chức tại Bảo tàng tỉnh."
)

LETTERHEAD_A = (
    '<table style="width: 100%; border: none;"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">SỞ GD&amp;ĐT ĐẮK LẮK<br>'
    "<strong>TRƯỜNG THPT NGUYỄN DU</strong><br>───────<br>Số: 215/TB-THPTND</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT'
    " NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br><br>"
    "<em>Buôn Ma Thuột, ngày 28 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027</strong></p>"
)
CLOSING_A = (
    '<table style="width: 100%; border: none;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- GVCN các lớp (để thực hiện);<br>- Website, diễn đàn trường;<br>- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU'
    " TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Trần Quang Vinh</strong></td>"
    "</tr></tbody></table>"
)

EMBED_LINK_E = (
    '<div class="js-embed embedResponsive" data-embedjson="'
    + esc(
        '{"url":"https://daklak.edu.vn/tin-tuc/ket-qua-cuoc-thi-khoa-hoc-ky-thuat-2026",'
        '"embedType":"link","name":"Công bố kết quả Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học '
        '2026-2027","body":"Sở GD&ĐT Đắk Lắk công bố kết quả cuộc thi với 142 dự án dự thi...",'
        '"photoUrl":"https://daklak.edu.vn/uploads/khkt-2026-thumb.jpg"}'
    )
    + '"><a href="https://daklak.edu.vn/tin-tuc/ket-qua-cuoc-thi-khoa-hoc-ky-thuat-2026" '
    'rel="nofollow noreferrer ugc">https://daklak.edu.vn/tin-tuc/ket-qua-cuoc-thi-khoa-hoc-ky-'
    "thuat-2026</a></div>"
)

STORIES: list[Story] = [
    Story(
        1349,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        NEWS,
        "2026-11-28",
        [
            Raw(LETTERHEAD_A),
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026-2027 của Trường THPT Nguyễn Du; căn cứ tình "
                "hình thực tế của đơn vị, Nhà trường thông báo lịch kiểm tra cuối học kỳ I như sau:"
            ),
            P("1. Thời gian kiểm tra", "h"),
            P(
                "Từ ngày 14/12/2026 đến ngày 19/12/2026; học sinh có mặt tại phòng kiểm tra trước "
                "giờ làm bài 15 phút."
            ),
            P("2. Lịch kiểm tra các môn", "h"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("16/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("17/12/2026 | Sáng | Lịch sử; Vật lí | 45 phút/môn", "tr"),
            P("3. Tổ chức thực hiện", "h"),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến toàn thể học sinh và cha mẹ học sinh "
                "của lớp; các tổ chuyên môn hoàn thành đề kiểm tra và đáp án trước ngày 10/12/2026."
            ),
            P(
                "Học sinh vắng kiểm tra có lý do chính đáng được bố trí kiểm tra bù theo lịch riêng "
                "của Nhà trường."
            ),
            Raw(CLOSING_A),
        ],
        authors=["Trần Quang Vinh"],
        opts={
            "fmt": "wysiwyg",
            "dt": _dt(11, 30, 7, 5),
            "poster": "vanphong_nd",
            "pinned": True,
            "attach": [(88, "TB-215-lich-kiem-tra-HKI.pdf", "231,4 KB")],
            "comments": [
                _c(
                    8861,
                    "hs_minhanh_12a1",
                    _dt(11, 30, 8, 12),
                    "Dạ cho em hỏi môn Tin học và Công nghệ kiểm tra lúc nào ạ?",
                ),
                _c(
                    8862,
                    "vanphong_nd",
                    _dt(11, 30, 9, 40),
                    f"{_mention('hs_minhanh_12a1')} Các môn còn lại kiểm tra trên lớp theo lịch "
                    "của tổ chuyên môn, GVCN sẽ thông báo em nhé.",
                ),
                _c(
                    8863,
                    "phuhuynh_thuha",
                    _dt(11, 30, 20, 15),
                    "Cảm ơn nhà trường đã thông báo sớm để phụ huynh sắp xếp đưa đón các cháu.",
                ),
                _c(
                    8866,
                    "hs_quocbao",
                    _dt(12, 1, 7, 30),
                    _quote("vanphong_nd", "Từ ngày 14/12/2026 đến ngày 19/12/2026"),
                    "Vậy thứ Bảy 19/12 tụi em có kiểm tra không ạ?",
                ),
                _c(
                    8879,
                    "PH_LeVanNam",
                    _dt(12, 4, 21, 10),
                    "Đề nghị nhà trường gửi lịch qua Zalo nhóm lớp để phụ huynh tiện theo dõi.",
                ),
            ],
        },
    ),
    Story(
        1338,
        "soi-noi-hoi-thao-chao-mung-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Sôi nổi Hội thao chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11",
        NEWS,
        "2026-11-21T16:45:00+07:00",
        [
            P(SAPO_B, "sapo"),
            P(
                "Hội thao gồm các nội dung kéo co, bóng đá nam, cầu lông đôi nam nữ và chạy tiếp sức "
                "4x100 m. Các trận đấu diễn ra tại sân trường và Nhà thi đấu đa năng trong không khí "
                "sôi nổi, đoàn kết."
            ),
            Img(
                "/uploads/editor/7k/hoithao-keoco.jpg",
                "Các vận động viên khối 11 trong nội dung kéo co",
                "Các vận động viên khối 11 trong nội dung kéo co",
            ),
            P(
                "Ở nội dung kéo co, chi đoàn 11A3 xuất sắc giành giải Nhất sau trận chung kết kéo dài "
                "ba hiệp với chi đoàn 11A7. Môn bóng đá nam, đội tuyển khối 12 bảo vệ thành công chức "
                "vô địch của năm học trước."
            ),
            Img("/uploads/editor/q2/hoithao-tiepsuc.jpg", "Ảnh: Lê Minh Tâm", None),
            P(
                "Phát biểu bế mạc, thầy Trần Quang Vinh, Phó Hiệu trưởng nhà trường, biểu dương tinh "
                "thần thi đấu trung thực của các vận động viên.",
                "br",
            ),
            P("Ban tổ chức đã trao 24 giải cho các tập thể và cá nhân xuất sắc."),
            Raw("<p><strong>Tin: Phạm Thị Ngọc Ánh - Ảnh: Lê Minh Tâm</strong></p>"),
        ],
        authors=["Phạm Thị Ngọc Ánh"],
        photographers=["Lê Minh Tâm"],
        summary=SAPO_B,
        opts={
            "fmt": "rich",
            "dt": _dt(11, 21, 16, 45),
            "edited": _dt(11, 22, 8, 10),
            "poster": "doantruong_nd",
            "prefix": "Tin tức",
            "comments": [
                _c(8801, "hs_quocbao", _dt(11, 21, 17, 30), "11A3 vô địch kéo co 💪💪💪"),
                _c(
                    8802,
                    "hs_minhanh_12a1",
                    _dt(11, 21, 18, 2),
                    "Năm nay bóng đá khối 12 đá hay quá, chúc mừng các bạn!",
                ),
                _c(
                    8805,
                    "phuhuynh_thuha",
                    _dt(11, 21, 19, 45),
                    "Hội thao rất ý nghĩa, cảm ơn Đoàn trường và các thầy cô Tổ Thể dục.",
                ),
                _c(
                    8811,
                    "doantruong_nd",
                    _dt(11, 22, 6, 50),
                    "Ảnh đầy đủ của hội thao Đoàn trường sẽ cập nhật trên fanpage trong tuần này.",
                ),
                _c(
                    8872,
                    "PH_LeVanNam",
                    _dt(12, 3, 16, 20),
                    _quote("doantruong_nd", SAPO_B),
                    "Mong nhà trường duy trì hội thao hằng năm cho các cháu.",
                ),
            ],
        },
    ),
    Story(
        1356,
        "hoc-sinh-truong-thpt-nguyen-du-dat-27-giai-hoc-sinh-gioi-cap-tinh-lop-12",
        "Học sinh Trường THPT Nguyễn Du đạt 27 giải trong Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        NEWS,
        "2026-12-05T07:40:00+07:00",
        [
            P(SAPO_C, "sapo"),
            P("Kết quả nổi bật ở các môn:"),
            P("Ngữ văn: 1 giải Nhất, 2 giải Nhì, 1 giải Ba;", "li"),
            P("Toán: 1 giải Nhất, 1 giải Nhì, 3 giải Ba;", "li"),
            P("Tiếng Anh: 1 giải Nhất, 2 giải Nhì, 2 giải Khuyến khích;", "li"),
            P("Hóa học và Sinh học: 2 giải Nhì, 5 giải Ba, 6 giải Khuyến khích.", "li"),
            Img(
                "/uploads/editor/3m/doituyen-hsg-2026.jpg",
                "Đội tuyển học sinh giỏi lớp 12 cùng các thầy cô giáo bồi dưỡng",
                "Đội tuyển học sinh giỏi lớp 12 cùng các thầy cô giáo bồi dưỡng",
            ),
            P(
                "Em Nguyễn Hoàng Bảo Ngọc, lớp 12A1, đạt giải Nhất môn Ngữ văn với điểm số cao nhất "
                "tỉnh. Em chia sẻ: “Em cảm ơn các thầy cô Tổ Ngữ văn đã đồng hành cùng chúng em suốt "
                "những buổi ôn luyện cuối tuần.”"
            ),
            P(
                "Nhà trường sẽ tổ chức tuyên dương, khen thưởng các em đạt giải vào buổi chào cờ sáng "
                "thứ Hai, ngày 07/12/2026."
            ),
            Raw("<p><strong>Tin, ảnh: Hoàng Văn Khải</strong></p>"),
        ],
        authors=["Hoàng Văn Khải"],
        photographers=["Hoàng Văn Khải"],
        summary=SAPO_C,
        opts={
            "fmt": "rich",
            "dt": _dt(12, 5, 7, 40),
            "poster": "bbt_nguyendu",
            "pinned": True,
            "comments": [
                _c(
                    8884,
                    "phuhuynh_thuha",
                    _dt(12, 5, 8, 15),
                    _quote("bbt_nguyendu", SAPO_C),
                    "Chúc mừng các thầy cô và các em! Thành tích rất đáng tự hào.",
                ),
                _c(
                    8886,
                    "hs_minhanh_12a1",
                    _dt(12, 5, 9, 2),
                    "Chúc mừng Bảo Ngọc lớp mình 🎉",
                ),
            ],
        },
    ),
    Story(
        1327,
        "thong-bao-cho-hoc-sinh-nghi-hoc-ngay-17-11-2026-do-mua-lon",
        "Thông báo cho học sinh nghỉ học ngày 17/11/2026 do mưa lớn",
        NEWS,
        "2026-11-17T05:45:00+07:00",
        [
            P(
                "Do ảnh hưởng của mưa lớn kéo dài từ đêm 16/11, nhiều tuyến đường trên địa bàn phường "
                "Ea Tam và các xã lân cận bị ngập sâu. Để bảo đảm an toàn, Nhà trường thông báo cho "
                "toàn bộ học sinh nghỉ học ngày thứ Ba, 17/11/2026."
            ),
            P(
                "Lịch học bù sẽ được giáo viên chủ nhiệm thông báo qua nhóm lớp. Cán bộ, giáo viên, "
                "nhân viên có mặt tại trường theo phân công của Ban Giám hiệu."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "fmt": "wysiwyg",
            "dt": _dt(11, 17, 5, 45),
            "poster": "vanphong_nd",
            "comments": [
                _c(
                    8741,
                    "PH_LeVanNam",
                    _dt(11, 17, 6, 30),
                    "Cảm ơn nhà trường đã thông báo kịp thời. Tuy nhiên tôi xin góp ý là thông báo "
                    "nên được gửi từ tối hôm trước, vì sáng nay nhiều phụ huynh ở xã Hòa Thắng đã chở "
                    "con đi học từ 5 giờ 30 khi trời còn tối, đến nửa đường mới nhận được tin nhắn.",
                    "Đoạn đường Nguyễn Chí Thanh gần cầu số 2 ngập gần nửa mét, xe máy chết máy rất "
                    "nhiều. Tôi đề nghị nhà trường phối hợp với phường cắm biển cảnh báo ở các điểm "
                    "ngập thường xuyên mà học sinh hay đi qua.",
                    "Ngoài ra, lịch học bù xin nhà trường sắp xếp vào buổi chiều trong tuần thay vì "
                    "sáng Chủ nhật, vì nhiều gia đình ở xa không thể đưa đón các cháu vào cuối tuần.",
                    "Cũng mong nhà trường lập một kênh thông báo khẩn (tin nhắn SMS hoặc Zalo OA) để "
                    "phụ huynh nhận được thông tin sớm nhất trong mùa mưa bão còn kéo dài.",
                    "Một lần nữa cảm ơn Ban Giám hiệu và các thầy cô đã luôn quan tâm đến sự an toàn "
                    "của các cháu.",
                ),
                _c(
                    8743,
                    "vanphong_nd",
                    _dt(11, 17, 7, 5),
                    f"{_mention('PH_LeVanNam')} Nhà trường xin tiếp thu ý kiến của anh.",
                ),
            ],
        },
    ),
    Story(
        1311,
        "hai-hoc-sinh-dat-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        "Hai học sinh đạt giải Nhất Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        NEWS,
        "2026-10-28T12:30:00+07:00",
        [
            P(
                "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Đắk Lắk năm học "
                "2026-2027, dự án “Chế phẩm sinh học từ vỏ cà phê xử lý nước thải chăn nuôi” của hai "
                "em Lê Gia Huy và Nguyễn Thảo My, lớp 11A2, đã đạt giải Nhất lĩnh vực Khoa học môi "
                "trường."
            ),
            P(
                "Dự án được các em thực hiện trong gần một năm dưới sự hướng dẫn của cô Nguyễn Thị "
                "Thanh Thủy, Tổ Sinh học. Sản phẩm tận dụng nguồn vỏ cà phê dồi dào tại địa phương, "
                "giá thành thấp và dễ áp dụng cho các hộ chăn nuôi."
            ),
            Img(
                "/uploads/editor/fd/khkt-2026.jpg",
                "Hai em Lê Gia Huy và Nguyễn Thảo My bên gian trưng bày dự án",
                "Hai em Lê Gia Huy và Nguyễn Thảo My bên gian trưng bày dự án",
            ),
            P(
                "Với kết quả này, dự án được chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia vào "
                "tháng 3/2027."
            ),
            Raw(EMBED_LINK_E),
            Raw("<p><em>ThS. Nguyễn Thị Thanh Thủy - Tổ Sinh học</em></p>"),
        ],
        authors=["Nguyễn Thị Thanh Thủy"],
        opts={
            "fmt": "rich",
            "dt": _dt(10, 28, 12, 30),
            "poster": "bbt_nguyendu",
            "prefix": "Thành tích",
            "comments": [],
        },
    ),
    Story(
        1351,
        "huong-dan-dang-ky-du-thi-tot-nghiep-thpt-nam-2027",
        "Hướng dẫn đăng ký dự thi tốt nghiệp THPT năm 2027",
        NEWS,
        "2026-12-02T15:10:00+07:00",
        [
            P(SAPO_F, "sapo"),
            P("1. Thời gian đăng ký", "h"),
            P(
                "Từ ngày 05/01/2027 đến 17 giờ 00 ngày 20/01/2027; thí sinh đăng ký trực tuyến, nhà "
                "trường hỗ trợ kiểm tra thông tin."
            ),
            P("2. Các bước thực hiện", "h"),
            P("Đăng nhập Hệ thống bằng tài khoản do nhà trường cấp;", "li"),
            P("Kiểm tra thông tin cá nhân, chọn bài thi tự chọn;", "li"),
            P("Xác nhận đăng ký và in phiếu để ký tên, nộp cho giáo viên chủ nhiệm.", "li"),
            P(
                "Học sinh gặp khó khăn trong quá trình đăng ký liên hệ thầy Đỗ Minh Quân, Phòng Tin "
                "học, để được hỗ trợ."
            ),
            Raw(
                'Xem thêm: <a href="https://thisinh.thitotnghiepthpt.edu.vn/" rel="nofollow" '
                'class="bbcode_url">Hệ thống đăng ký dự thi</a><br />\n<br />\n'
            ),
            Raw("<i>Nguồn: Sở GD&amp;ĐT Đắk Lắk</i>"),
        ],
        source="Sở GD&ĐT Đắk Lắk",
        summary=SAPO_F,
        opts={"fmt": "bbcode", "dt": _dt(12, 2, 15, 10), "poster": "vanphong_nd", "comments": []},
    ),
    Story(
        1293,
        "hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        "Hội nghị cha mẹ học sinh đầu năm học 2026-2027",
        NEWS,
        "2026-10-11T19:20:00+07:00",
        [
            P(SAPO_G, "sapo"),
            P(
                "Tại hội nghị, giáo viên chủ nhiệm thông báo kế hoạch giáo dục năm học, các khoản thu "
                "theo quy định và kết quả học tập, rèn luyện của học sinh trong năm học trước."
            ),
            Img(
                "/uploads/editor/0b/hoinghi-cmhs.jpg",
                "(Hội nghị toàn thể cha mẹ học sinh lớp 10A5)",
                "Hội nghị toàn thể cha mẹ học sinh lớp 10A5",
                "table",
            ),
            P(
                "Cha mẹ học sinh đã bầu Ban đại diện của từng lớp và đóng góp nhiều ý kiến về công tác "
                "bán trú, bảo đảm an toàn giao thông trước cổng trường giờ tan học."
            ),
            P(
                "“Nhà trường mong tiếp tục nhận được sự đồng hành của quý phụ huynh để các em được học "
                "tập trong môi trường an toàn, thân thiện”, cô Hiệu trưởng Lê Thị Thu Hương phát biểu.",
                "quote",
            ),
            Raw('<p style="text-align: right;"><em>Lê Thị Hồng Nhung</em></p>'),
        ],
        authors=["Lê Thị Hồng Nhung"],
        summary=SAPO_G,
        opts={
            "fmt": "wysiwyg",
            "dt": _dt(10, 11, 19, 20),
            "poster": "bbt_nguyendu",
            "comments": [
                _c(
                    8878,
                    "phuhuynh_thuha",
                    _dt(12, 4, 19, 40),
                    "Cho tôi hỏi khi nào nhà trường tổ chức hội nghị cha mẹ học sinh cuối học kỳ I ạ?",
                ),
            ],
        },
    ),
    Story(
        1344,
        "chuong-trinh-ao-am-cho-em-nam-2026",
        "Chương trình “Áo ấm cho em” năm 2026: quyên góp hơn 800 áo ấm cho học sinh vùng khó khăn",
        NEWS,
        "2026-11-25T20:05:00+07:00",
        [
            P(SAPO_H, "sapo"),
            P(
                "Sau hai tuần phát động, các chi đoàn đã quyên góp được 816 áo ấm, 1.250 quyển vở và "
                "12 triệu đồng tiền mặt. Nhiều chi đoàn tổ chức bán hàng gây quỹ ngay tại Hội thao "
                "20/11 vừa qua."
            ),
            Raw("@@EMBED_QUOTE_1338@@"),
            P(
                "Mỗi chiếc áo là một lời nhắn gửi yêu thương của học sinh Nguyễn Du đến các em nhỏ "
                "vùng khó khăn.",
                "quote",
            ),
            P(
                "Đoàn trường sẽ trao tặng quà vào ngày 12/12/2026. Các chi đoàn tiếp tục nhận đóng góp "
                "tại Văn phòng Đoàn đến hết ngày 10/12/2026."
            ),
            Raw("<p><strong>BCH Đoàn trường</strong></p>"),
        ],
        authors=["BCH Đoàn trường"],
        summary=SAPO_H,
        opts={
            "fmt": "rich",
            "dt": _dt(11, 25, 20, 5),
            "poster": "doantruong_nd",
            "comments": [
                _c(
                    8851,
                    "hs_quocbao",
                    _dt(11, 26, 12, 10),
                    "Lớp 10A4 tụi em góp thêm 35 áo ấm nữa ạ!",
                ),
            ],
        },
    ),
    Story(
        1334,
        "trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        NEWS,
        "2026-11-20T11:20:00+07:00",
        [
            P(SAPO_I, "sapo"),
            P(
                "Phát biểu tại buổi lễ, cô Lê Thị Thu Hương, Hiệu trưởng nhà trường, ôn lại truyền "
                "thống vẻ vang của ngành Giáo dục và ghi nhận những nỗ lực của tập thể sư phạm trong "
                "năm học vừa qua."
            ),
            Img(
                "/uploads/editor/9c/le-20-11-hieutruong.jpg",
                "(Cô Hiệu trưởng Lê Thị Thu Hương phát biểu tại buổi lễ)",
                "Cô Hiệu trưởng Lê Thị Thu Hương phát biểu tại buổi lễ",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp "
                "tỉnh và trao 45 suất học bổng “Vì đàn em thân yêu” cho học sinh có hoàn cảnh khó "
                "khăn vượt khó học tốt."
            ),
            Img(
                "/uploads/editor/9c/le-20-11-vannghe.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 12A4",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 12A4",
            ),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các khối biểu diễn."),
            Raw('<p style="text-align: right;"><strong>Võ Thị Lan Anh</strong></p>'),
        ],
        authors=["Võ Thị Lan Anh"],
        summary=SAPO_I,
        opts={"fmt": "wysiwyg", "dt": _dt(11, 20, 11, 20), "poster": "bbt_nguyendu", "comments": []},
    ),
    Story(
        1297,
        "thong-bao-tiep-nhan-ho-so-ho-tro-chi-phi-hoc-tap-hoc-ky-i",
        "Thông báo tiếp nhận hồ sơ hỗ trợ chi phí học tập học kỳ I năm học 2026-2027",
        NEWS,
        "2026-10-15T14:00:00+07:00",
        [
            P(
                "Thực hiện quy định hiện hành về chính sách hỗ trợ chi phí học tập đối với học sinh, "
                "Nhà trường thông báo tiếp nhận hồ sơ đề nghị hỗ trợ chi phí học tập học kỳ I năm học "
                "2026-2027."
            ),
            P("Đối tượng và hồ sơ gồm:"),
            P(
                "Học sinh thuộc hộ nghèo, hộ cận nghèo: đơn đề nghị và bản sao giấy chứng nhận hộ "
                "nghèo, hộ cận nghèo năm 2026;",
                "li",
            ),
            P(
                "Học sinh là người dân tộc thiểu số ở thôn, buôn đặc biệt khó khăn: đơn đề nghị và "
                "giấy xác nhận nơi cư trú;",
                "li",
            ),
            P("Học sinh mồ côi cả cha lẫn mẹ: đơn đề nghị và bản sao giấy tờ chứng minh.", "li"),
            P(
                "Thời gian nhận hồ sơ: từ ngày 19/10/2026 đến hết ngày 30/10/2026, tại Văn phòng nhà "
                "trường (gặp cô Phan Thị Mỹ Duyên)."
            ),
        ],
        opts={
            "fmt": "wysiwyg",
            "dt": _dt(10, 15, 14, 0),
            "poster": "vanphong_nd",
            "attach": [
                (71, "Mau-don-de-nghi-ho-tro-chi-phi-hoc-tap.pdf", "48,2 KB"),
                (72, "Danh-muc-ho-so-kem-theo.pdf", "36,9 KB"),
            ],
            "comments": [],
        },
    ),
    Story(
        1305,
        "ngoai-khoa-an-toan-giao-thong-cho-hoc-sinh-khoi-10",
        "Ngoại khóa An toàn giao thông cho học sinh khối 10",
        NEWS,
        "2026-10-22T16:00:00+07:00",
        [
            P(
                "Chiều 22/10/2026, Đoàn trường phối hợp với Đội Cảnh sát giao thông Công an tỉnh Đắk "
                "Lắk tổ chức buổi ngoại khóa tuyên truyền an toàn giao thông cho hơn 500 học sinh "
                "khối 10."
            ),
            P(
                "Báo cáo viên đã phân tích nguyên nhân các vụ tai nạn liên quan đến học sinh trên địa "
                "bàn tỉnh.",
                "br",
            ),
            P(
                "Các em được hướng dẫn đội mũ bảo hiểm đúng cách và kỹ năng xử lý tình huống khi tham "
                "gia giao thông bằng xe đạp điện."
            ),
            P("Cam kết của học sinh", "h"),
            P(
                "Kết thúc buổi ngoại khóa, 100% học sinh khối 10 ký cam kết chấp hành Luật Giao thông "
                "đường bộ, không đi xe máy khi chưa đủ tuổi."
            ),
            Img("/uploads/editor/p4/ngoaikhoa-atgt.jpg", None, None),
        ],
        opts={
            "fmt": "rich",
            "dt": _dt(10, 22, 16, 0),
            "edited": _dt(10, 25, 9, 30),
            "old_slug": "ngoai-khoa-an-toan-giao-thong",
            "alt": "IMG_20261022_152233.jpg",
            "poster": "doantruong_nd",
            "comments": [],
        },
    ),
    Story(
        1318,
        "soi-dong-ngay-hoi-english-day-2026",
        "Sôi động ngày hội English Day 2026",
        NEWS,
        "2026-11-08T10:30:00+07:00",
        [
            P(SAPO_L, "sapo"),
            P("Nhiều hoạt động hấp dẫn", "h"),
            P(
                "Ngày hội gồm các phần thi hùng biện, đố vui kiến thức, trò chơi dân gian bằng tiếng "
                "Anh và gian hàng giới thiệu đặc sản cà phê Buôn Ma Thuột."
            ),
            P("Kết quả", "h"),
            P("Giải Nhất hùng biện: em Trần Khánh Linh, lớp 11A1;", "li"),
            P("Giải Nhất đố vui: tập thể lớp 10A2;", "li"),
            P("Gian hàng ấn tượng nhất: lớp 12A6.", "li"),
            Img(
                "/uploads/editor/e1/english-day.jpg",
                "Phần thi hùng biện với chủ đề “My hometown”",
                "Phần thi hùng biện với chủ đề “My hometown”",
            ),
            Raw("<p><em>Tin: Đặng Ngọc Trâm (12A2)</em></p>"),
        ],
        authors=["Đặng Ngọc Trâm"],
        summary=SAPO_L,
        opts={"fmt": "rich", "dt": _dt(11, 8, 10, 30), "poster": "bbt_nguyendu", "comments": []},
    ),
    Story(
        1322,
        "hoc-sinh-nguyen-du-tham-gia-ngay-hoi-van-hoa-cac-dan-toc-tinh-dak-lak",
        "Học sinh Nguyễn Du tham gia Ngày hội Văn hóa các dân tộc tỉnh Đắk Lắk",
        NEWS,
        "2026-11-12T17:10:00+07:00",
        [
            P(SAPO_M, "sapo"),
            P(
                "Đoàn trình diễn tiết mục cồng chiêng và múa xoang, giới thiệu nghề dệt thổ cẩm của "
                "đồng bào Ê Đê và M'nông. Nhiều em là học sinh người dân tộc thiểu số đang theo học "
                "tại trường."
            ),
            Img(
                "/uploads/editor/2a/ngayhoi-congchieng.jpg",
                "Tiết mục cồng chiêng của đoàn học sinh nhà trường",
                "Tiết mục cồng chiêng của đoàn học sinh nhà trường",
                "table",
            ),
            P(
                "Kết thúc ngày hội, đoàn đạt giải A toàn đoàn và giải Nhất tiết mục biểu diễn cồng "
                "chiêng."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: H\'Nga Byă</strong></p>'),
        ],
        authors=["H'Nga Byă"],
        photographers=["H'Nga Byă"],
        summary=SAPO_M,
        opts={"fmt": "wysiwyg", "dt": _dt(11, 12, 17, 10), "poster": "doantruong_nd", "comments": []},
    ),
]
BY_ID = {s.id: s for s in STORIES}

# --- Hỏi đáp threads (not articles) ---------------------------------------------------------

QA_THREADS: list[Story] = [
    Story(
        1290,
        "noi-quy-chuyen-muc-hoi-dap",
        "Nội quy chuyên mục Hỏi đáp",
        QA,
        None,
        [
            P("Chuyên mục Hỏi đáp dành cho học sinh và cha mẹ học sinh đặt câu hỏi với nhà trường."),
            P("Đặt tiêu đề rõ ràng, có dấu; không đăng thông tin cá nhân của người khác.", "li"),
            P("Mỗi câu hỏi một chủ đề; tìm kiếm trước khi hỏi để tránh trùng lặp.", "li"),
            P("Bài viết vi phạm sẽ bị ẩn mà không cần báo trước.", "li"),
        ],
        opts={"fmt": "rich", "dt": _dt(9, 5, 8, 0), "poster": "vanphong_nd", "pinned": True, "comments": []},
    ),
    Story(
        1307,
        "cho-em-hoi-ve-viec-doi-mu-bao-hiem-khi-di-xe-dap-dien-a",
        "Cho em hỏi về việc đội mũ bảo hiểm khi đi xe đạp điện ạ",
        QA,
        None,
        [
            P("Em đi xe đạp điện đến trường thì có bắt buộc đội mũ bảo hiểm không ạ? Em cảm ơn."),
        ],
        opts={
            "fmt": "rich",
            "dt": _dt(10, 24, 21, 15),
            "poster": "hs_minhanh_12a1",
            "comments": [
                _c(
                    8702,
                    "vanphong_nd",
                    _dt(10, 24, 22, 0),
                    f"{_mention('hs_minhanh_12a1')} Có em nhé, bắt buộc. Em xem lại bài "
                    '<a href="/discussion/1305/ngoai-khoa-an-toan-giao-thong">Ngoại khóa an toàn '
                    "giao thông</a> của Đoàn trường.",
                ),
            ],
        },
    ),
    Story(
        1352,
        "em-hoi-ve-lich-kiem-tra-lai-mon-toan-a",
        "Em hỏi về lịch kiểm tra lại môn Toán ạ",
        QA,
        None,
        [P("Em bị ốm không kiểm tra giữa kỳ môn Toán được, cho em hỏi khi nào em được kiểm tra lại ạ?")],
        opts={
            "fmt": "rich",
            "dt": _dt(12, 3, 16, 40),
            "poster": "hs_quocbao",
            "comments": [
                _c(
                    8874,
                    "vanphong_nd",
                    _dt(12, 3, 17, 0),
                    f"{_mention('hs_quocbao')} Em xem "
                    '<a href="/discussion/1349/thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027">'
                    "thông báo lịch kiểm tra</a>, phần kiểm tra bù em nhé.",
                ),
            ],
        },
    ),
]
ALL = {s.id: s for s in [*STORIES, *QA_THREADS]}
CATS = {NEWS: NEWS_NAME, QA: QA_NAME}
CAT_DESC = {
    NEWS: "Thông báo chính thức và tin tức hoạt động của Trường THPT Nguyễn Du.",
    QA: "Học sinh, cha mẹ học sinh đặt câu hỏi; văn phòng nhà trường giải đáp.",
}


# --- dates ----------------------------------------------------------------------------------


def _t12(dt: datetime) -> str:
    return f"{dt.hour % 12 or 12}:{dt.minute:02d}{'SA' if dt.hour < 12 else 'CH'}"


def time_el(dt: datetime, cls: str = "") -> str:
    """Vanilla's ``<time>``: UTC in datetime, long local form in title, short form shown."""
    utc = dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    full = f"Tháng {dt.month} {dt.day}, {dt.year} {_t12(dt)}"
    shown = _t12(dt) if dt.date() == TODAY.date() else f"Tháng {dt.month} {dt.day}"
    klass = f' class="{cls}"' if cls else ""
    return f'<time{klass} title="{full}" datetime="{utc}">{shown}</time>'


def comments_of(story: Story) -> list[Comment]:
    return story.opts.get("comments", [])


def last_activity(story: Story) -> tuple[datetime, str]:
    cs = comments_of(story)
    if cs:
        return cs[-1].dt, cs[-1].user
    return story.opts["dt"], story.opts["poster"]


def pages_of(story: Story) -> int:
    return max(1, -(-len(comments_of(story)) // COMMENTS_PER_PAGE))


def url_of(story: Story, page: int = 0) -> str:
    return f"/discussion/{story.id}/{story.slug}" + (f"/p{page}" if page else "")


# --- body rendering --------------------------------------------------------------------------


def _group(blocks: list, i: int, style: str) -> tuple[list[P], int]:
    out = []
    while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
        out.append(blocks[i])
        i += 1
    return out, i


def _embed_quote_1338() -> str:
    b = BY_ID[1338]
    return (
        '<div class="js-embed embedResponsive"><div class="embedExternal embedQuote">'
        '<div class="embedExternal-content"><blockquote class="embedText-body embedQuote-body">'
        '<div class="embedText-main"><div class="embedText-header">'
        f'<a href="/profile/{b.opts["poster"]}" class="embedQuote-userLink">'
        f'<img src="{avatar(USERS[b.opts["poster"]])}" alt="{b.opts["poster"]}" '
        'class="ProfilePhoto ProfilePhotoSmall embedQuote-userPhoto">'
        f'<span class="embedQuote-userName">{b.opts["poster"]}</span></a>'
        f'<a href="{url_of(b)}" class="embedQuote-metaLink">'
        f"{time_el(b.opts['dt'], 'embedQuote-dateTime meta')}</a></div>"
        f'<h3 class="embedText-title">{esc(b.title)}</h3>'
        f'<div class="embedQuote-excerpt userContent"><p>{esc(SAPO_B)}</p></div></div>'
        "</blockquote></div></div></div>"
    )


def _rich(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_embed_quote_1338() if b.html == "@@EMBED_QUOTE_1338@@" else b.html)
            i += 1
        elif isinstance(b, Img):
            alt = story.opts.get("alt") or b.src.rsplit("/", 1)[-1]
            out.append(
                '<div class="js-embed embedResponsive"><div class="embedExternal embedImage '
                'display-large float-none"><div class="embedExternal-content">'
                f'<a class="embedImage-link" href="{b.src}" rel="nofollow noreferrer noopener ugc" '
                f'target="_blank"><img class="embedImage-img importedEmbed-img" src="{b.src}" '
                f'alt="{esc(alt)}" height="600" width="900" loading="lazy" data-display-size="large" '
                'data-float="none"></a></div></div></div>'
            )
            if b.printed:
                out.append(f"<p><em>{esc(b.printed)}</em></p>")
            i += 1
        elif b.style == "li":
            items, i = _group(blocks, i, "li")
            out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in items) + "</ul>")
        elif b.style == "quote":
            items, i = _group(blocks, i, "quote")
            lines = "".join(f'<p class="blockquote-line">{esc(p.text)}</p>' for p in items)
            out.append(f'<div class="blockquote"><div class="blockquote-content">{lines}</div></div>')
        elif b.style == "h":
            anchor = re.sub(r"\W+", "-", b.text.lower()).strip("-")
            out.append(f'<h2 data-id="{esc(anchor)}">{esc(b.text)}</h2>')
            i += 1
        elif b.style == "sapo":
            out.append(f"<p><strong>{esc(b.text)}</strong></p><p><br></p>")
            i += 1
        elif b.style == "br":
            out.append(f"<p>{esc(b.text)}<br>{esc(blocks[i + 1].text)}</p>")
            i += 2
        else:
            out.append(f"<p>{esc(b.text)}</p>")
            i += 1
    return "\n".join(out)


def _wysiwyg(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            if b.style == "table":
                out.append(
                    '<table class="tbl-anh" align="center" style="width: 620px;"><tbody>'
                    f'<tr><td><img src="{b.src}" alt="" style="width: 600px; height: auto;"></td></tr>'
                    f'<tr><td style="text-align: center; font-size: 12px;">{esc(b.printed or "")}</td>'
                    "</tr></tbody></table>"
                )
            else:
                out.append(
                    f'<p style="text-align: center;"><img src="{b.src}" alt="" '
                    'style="width: 600px; height: auto;"></p>'
                )
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            i += 1
        elif b.style == "li":
            items, i = _group(blocks, i, "li")
            out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in items) + "</ul>")
        elif b.style == "tr":
            rows, i = _group(blocks, i, "tr")
            trs = []
            for n, row in enumerate(rows):
                cells = row.text.split(" | ")
                if n == 0:
                    trs.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{esc(c)}'
                                                "</strong></td>" for c in cells) + "</tr>")
                else:
                    trs.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; '
                f'border-collapse: collapse;"><tbody>{"".join(trs)}</tbody></table>'
            )
        elif b.style == "quote":
            out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
            i += 1
        elif b.style == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            i += 1
        elif b.style == "sapo":
            out.append(f'<p style="text-align: justify;"><b>{esc(b.text)}</b></p>')
            i += 1
        elif b.style == "br":
            out.append(f"<p>{esc(b.text)}<br />{esc(blocks[i + 1].text)}</p>")
            i += 2
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
            i += 1
    return "\n".join(out)


def _bbcode(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(f'<img src="{b.src}" alt="" class="bbcode_img" /><br />\n')
            if b.printed:
                out.append(f"<i>{esc(b.printed)}</i><br />\n<br />\n")
            i += 1
        elif b.style == "li":
            items, i = _group(blocks, i, "li")
            out.append(
                '<ul class="bbcode_list">' + "".join(f"<li>{esc(p.text)}</li>" for p in items) + "</ul>\n"
            )
        elif b.style in ("sapo", "h"):
            out.append(f"<b>{esc(b.text)}</b><br />\n<br />\n" if b.style == "sapo" else
                       f"<b><u>{esc(b.text)}</u></b><br />\n")
            i += 1
        else:
            out.append(f"{esc(b.text)}<br />\n<br />\n")
            i += 1
    return "".join(out)


def render_body(story: Story) -> str:
    fmt = story.opts["fmt"]
    return {"rich": _rich, "wysiwyg": _wysiwyg, "bbcode": _bbcode}[fmt](story)


def plain_excerpt(story: Story, n: int = 160) -> str:
    text = " ".join(p.text for p in story.blocks if isinstance(p, P))
    return text[:n].rsplit(" ", 1)[0] + "…" if len(text) > n else text


# --- chrome ----------------------------------------------------------------------------------


def _crumbs(items: list[tuple[str, str]]) -> str:
    parts = [
        '<span class="CrumbLabel CrumbLabel-HomeCrumb"><a href="/" itemprop="url">'
        '<span itemprop="title">Trang chủ</span></a></span>'
    ]
    for n, (label, href) in enumerate(items):
        last = " Last" if n == len(items) - 1 else ""
        parts.append(
            f'<span itemprop="child"> <span class="Crumb">›</span> <span class="CrumbLabel{last}">'
            f'<a href="{href}" itemprop="url"><span itemprop="title">{esc(label)}</span></a></span></span>'
        )
    return (
        '<div class="BreadcrumbsBox"><span class="Breadcrumbs" itemscope '
        f'itemtype="http://data-vocabulary.org/Breadcrumb">{"".join(parts)}</span></div>'
    )


def _recent_module() -> str:
    threads = sorted(ALL.values(), key=lambda s: last_activity(s)[0], reverse=True)[:5]
    items = []
    for s in threads:
        when, who = last_activity(s)
        items.append(
            f'<li id="Bookmark_{s.id}" class="Item"><div class="Title"><a href="{url_of(s)}">'
            f'{esc(s.title)}</a></div><div class="Meta DiscussionsModuleMeta">'
            f'<span class="MItem">Mới nhất bởi <a href="/profile/{who}" class="UserLink">{who}</a>'
            f"</span> <span class=\"MItem\">{time_el(when)}</span></div></li>"
        )
    return (
        '<div class="Box BoxDiscussions"><h4 aria-level="2">Thảo luận gần đây</h4>'
        f'<ul class="PanelInfo PanelDiscussions DataList">{"".join(items)}</ul></div>'
    )


def _panel() -> str:
    cats = "".join(
        f'<li class="ClearFix Depth1"><a href="/categories/{k}" class="ItemLink">'
        f'<span class="Aside"><span class="Count">{sum(1 for s in ALL.values() if s.cat == k)}</span></span>'
        f"{esc(v)}</a></li>"
        for k, v in CATS.items()
    )
    return f"""<div class="Column PanelColumn" id="Panel">
<div class="BoxButtons BoxNewDiscussion"><a href="/entry/signin" class="Button Primary Action NewDiscussion" rel="nofollow">Bắt đầu thảo luận mới</a></div>
<div class="Box BoxCategories"><h4>Chuyên mục</h4><ul class="PanelInfo PanelCategories">{cats}</ul></div>
{_recent_module()}
<div class="Box BoxThongKe" id="thongke_89"><h4>Thống kê truy cập</h4>
<table class="tk"><tr><td>Đang online:</td><td>23</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>
<tr><td>Tổng truy cập:</td><td>1.284.530</td></tr></table></div>
<div class="Box BoxPoll"><h4>Bình chọn</h4><div class="PollQuestion">Em thích hoạt động ngoại khóa nào nhất?</div>
<ul class="PollOptions"><li><label><input type="radio" name="poll_3" value="1"> Hội thao</label></li>
<li><label><input type="radio" name="poll_3" value="2"> Văn nghệ</label></li>
<li><label><input type="radio" name="poll_3" value="3"> Câu lạc bộ học thuật</label></li></ul>
<span class="PollNote">Đăng nhập để bình chọn.</span></div>
<div class="Box BoxLinks"><h4>Liên kết</h4><ul>
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://daklak.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Đắk Lắk</a></li>
<li><a href="https://thpt-nguyendu.daklak.edu.vn" target="_blank" rel="noopener">Website Trường THPT Nguyễn Du</a></li>
</ul></div>
</div>"""


def layout(
    request: Request,
    *,
    title: str,
    content: str,
    body_class: str,
    crumbs: list[tuple[str, str]] | None = None,
    canonical: str | None = None,
    head_extra: str = "",
    description: str = "",
) -> Response:
    base = base_url(request)
    can = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    desc = (
        f'<meta name="description" content="{esc(description)}" />'
        f'<meta property="og:description" content="{esc(description)}" />'
        if description
        else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(title)} — {SITE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/applications/dashboard/design/style.css?v=3.3" media="all" />
<link rel="stylesheet" href="/themes/keystone/design/custom_4.css?v=3.3" media="all" />
<link rel="shortcut icon" href="/uploads/favicon_nd.ico" type="image/x-icon" />
<link rel="alternate" type="application/rss+xml" title="{NEWS_NAME}" href="/categories/{NEWS}/feed.rss" />
{can}
<meta property="og:site_name" content="{SITE}" />
<meta property="og:title" content="{esc(title)}" />
{desc}
{head_extra}
<script>gdn=window.gdn||{{}};gdn.meta={{"AnalyticsTask":"tick","TransientKey":false,"WebRoot":"{base}/","UrlFormat":"/{{Path}}","Path":"{esc(request.path)}","Locale":"vi","siteSection":{{"basePath":"","contentLocale":"vi"}}}};</script>
<script src="/js/library/jquery.js?v=3.3"></script>
<script src="/applications/vanilla/js/discussion.js?v=3.3"></script>
</head>
<body id="vanilla_{body_class}" class="Vanilla {body_class} isDesktop Section-Vanilla">
<div id="Frame">
<div class="Head" id="Head" role="banner"><div class="Row">
<strong class="SiteTitle"><a href="/"><img src="/uploads/logo/nguyendu-logo.png" alt="{SITE}" /></a></strong>
<div class="ngay-thang">{TODAY_LINE}</div>
<ul class="SiteMenu" id="menu-chinh">
<li><a href="/">Trang chủ</a></li>
<li class="has-dropdown"><a href="/categories">Chuyên mục ▾</a><ul class="dropdown">
<li><a href="/categories/{NEWS}">{NEWS_NAME}</a></li><li><a href="/categories/{QA}">{QA_NAME}</a></li></ul></li>
<li><a href="https://thpt-nguyendu.daklak.edu.vn" target="_blank">Website trường</a></li>
<li><a href="mailto:c3nguyendu.bmt@daklak.edu.vn">Liên hệ</a></li>
</ul>
<div class="SiteSearch" role="search"><form method="get" action="/search"><input type="text" id="Form_Search" name="Search" value="" placeholder="Tìm kiếm" class="InputBox" /><input type="submit" class="Button" value="Tìm" /></form></div>
<div class="MeBox MeBox-SignIn"><a href="/entry/signin" class="Button Primary SignInPopup" rel="nofollow">Đăng nhập</a> <a href="/entry/register" class="Button ApplyButton" rel="nofollow">Đăng ký</a></div>
</div></div>
<div class="BreadcrumbsWrapper"><div class="Row">{_crumbs(crumbs) if crumbs is not None else ""}</div></div>
<div id="Body"><div class="Row">
{_panel()}
<div class="Column ContentColumn" id="Content" role="main">
{content}
</div>
</div></div>
<div id="Foot" role="contentinfo"><div class="Row">
<p><strong>TRƯỜNG THPT NGUYỄN DU - TP. BUÔN MA THUỘT - ĐẮK LẮK</strong><br />
Địa chỉ: 117 Lê Duẩn, phường Ea Tam, TP. Buôn Ma Thuột, tỉnh Đắk Lắk<br />
Điện thoại: 0262 3852 417 - Email: c3nguyendu.bmt@daklak.edu.vn</p>
<p>© 2019-2026 Trường THPT Nguyễn Du. <a href="https://vanillaforums.com" class="PoweredByVanilla" target="_blank">Powered by Vanilla</a></p>
</div></div>
</div>
</body>
</html>"""
    return html(page)


# --- pages -----------------------------------------------------------------------------------


def _author_block(user: User, cls: str = "ProfilePhotoMedium") -> str:
    return (
        f'<div class="AuthorWrap"><span class="Author"><a title="{user.name}" href="/profile/{user.name}" '
        f'class="PhotoWrap"><img src="{avatar(user)}" alt="{user.name}" class="ProfilePhoto {cls}" /></a>'
        f'<a href="/profile/{user.name}" class="Username">{user.name}</a></span> '
        f'<span class="AuthorInfo"><span class="MItem RoleTitle">{esc(user.role)}</span></span></div>'
    )


def _pager(base: str, page: int, last: int) -> str:
    if last <= 1:
        return '<span class="Pager PagerLinkCount-1"></span>'
    parts = []
    if page > 1:
        parts.append(f'<a href="{base}/p{page - 1}" class="Previous" rel="prev" aria-label="Trang trước">«</a>')
    else:
        parts.append('<span class="Previous Pager-nav">«</span>')
    for n in range(1, last + 1):
        if n == page:
            parts.append(f'<a href="#" class="Highlight" aria-current="page">{n}</a>')
        else:
            parts.append(f'<a href="{base}/p{n}" class="Pager-p p-{n}">{n}</a>')
    if page < last:
        parts.append(f'<a href="{base}/p{page + 1}" class="Next" rel="next" aria-label="Trang sau">»</a>')
    else:
        parts.append('<span class="Next Pager-nav">»</span>')
    return f'<span class="Pager NumberedPager">{"".join(parts)}</span>'


def _attachments(story: Story) -> str:
    items = story.opts.get("attach") or []
    if not items:
        return ""
    rows = "".join(
        f'<div class="Attachment"><div class="FilePreview"><a href="/discussion/download/{n}/{name}">'
        '<img src="/plugins/FileUpload/images/file.png" class="ImageThumbnail" alt="" /></a></div>'
        f'<div class="FileHover"><a class="FileName" href="/discussion/download/{n}/{name}">{name}</a>'
        f'<div class="FileMeta"><div class="FileSize">{size}</div></div></div></div>'
        for n, name, size in items
    )
    return (
        '<div class="Attachments"><div class="AttachFileWrapper AttachmentWindow">'
        f'<div class="AttachFileLabel">Tệp đính kèm:</div><div class="Attachments">{rows}</div></div></div>'
    )


def _signature(user: User) -> str:
    if not user.signature:
        return ""
    return f'<div class="Signature UserSignature userContent">{user.signature}</div>'


def _comment(c: Comment, n: int) -> str:
    user = USERS[c.user]
    role = "Role_Administrator" if user.uid < 10 else "Role_Member"
    return (
        f'<li class="Item ItemComment {role}" id="Comment_{c.cid}"><div class="Comment">'
        '<div class="Options"></div><div class="Item-Header CommentHeader">'
        f"{_author_block(user)}"
        '<div class="Meta CommentMeta CommentInfo"><span class="MItem DateCreated">'
        f'<a href="/discussion/comment/{c.cid}/#Comment_{c.cid}" class="Permalink" name="Item_{n}" '
        f'rel="nofollow">{time_el(c.dt)}</a></span></div></div>'
        '<div class="Item-BodyWrap"><div class="Item-Body">'
        f'<div class="Message userContent">{c.html}</div>{_signature(user)}'
        f'<div class="Reactions"><span class="ReactButton ReactButton-Like"><span class="ReactSprite '
        f'ReactLike"></span> <span class="ReactLabel">Thích</span> <span class="Count">{c.cid % 7}</span>'
        "</span></div></div></div></div></li>"
    )


def discussion_page(request: Request, story: Story, page: int) -> Response | None:
    last = pages_of(story)
    if page > last:
        return None
    poster = USERS[story.opts["poster"]]
    cat_name = CATS[story.cat]
    prefix = story.opts.get("prefix")
    h1 = (
        f'<span class="PrefixDiscussion Prefix-{re.sub(r"[^a-z]", "", prefix.lower())}">{esc(prefix)}</span> '
        if prefix
        else ""
    ) + esc(story.title)
    parts = [
        '<div class="MessageList Discussion">',
        '<div class="PageTitle"><div class="Options"><span class="Bookmark"></span></div>'
        f"<h1>{h1}</h1></div>",
    ]
    if page == 1:
        edited = story.opts.get("edited")
        edited_html = (
            f' <span class="MItem PostEdited" title="Đã sửa bởi {poster.name}">Đã sửa {time_el(edited)}</span>'
            if edited
            else ""
        )
        parts.append(
            f'<div class="Item ItemDiscussion" id="Discussion_{story.id}"><div class="Discussion">'
            f'<div class="Item-Header DiscussionHeader">{_author_block(poster)}'
            '<div class="Meta DiscussionMeta"><span class="MItem DateCreated">'
            f'<a href="{url_of(story)}" class="Permalink" rel="nofollow">{time_el(story.opts["dt"])}</a>'
            f"</span>{edited_html} "
            f'<span class="MItem Category">trong <a href="/categories/{story.cat}">{esc(cat_name)}</a></span>'
            "</div></div>"
            '<div class="Item-BodyWrap"><div class="Item-Body">'
            f'<div class="Message userContent">\n{render_body(story)}\n</div>'
            f"{_attachments(story)}{_signature(poster)}"
            '<div class="Reactions"><span class="ReactButton ReactButton-Like"><span class="ReactSprite '
            f'ReactLike"></span> <span class="ReactLabel">Thích</span> <span class="Count">{story.id % 40}'
            '</span></span><span class="ReactButton ReactButton-Share"><a href="https://www.facebook.com/'
            f'sharer/sharer.php?u={quote(base_url(request) + url_of(story), safe="")}" target="_blank" '
            'rel="nofollow noopener">Chia sẻ</a></span></div>'
            "</div></div></div></div>"
        )
    comments = comments_of(story)
    shown = comments[(page - 1) * COMMENTS_PER_PAGE : page * COMMENTS_PER_PAGE]
    base = url_of(story)
    pager = _pager(base, page, last)
    if comments:
        start = (page - 1) * COMMENTS_PER_PAGE + 2
        lis = "".join(_comment(c, start + n) for n, c in enumerate(shown))
        parts.append(
            f'<div class="CommentsWrap"><span class="BeforeCommentHeading"><div class="PageControls Top">'
            f'{pager}</div></span><div class="DataBox DataBox-Comments"><h2 class="CommentHeading">'
            f'Bình luận</h2><ul class="MessageList DataList Comments">{lis}</ul></div>'
            f'<div class="P PagerWrap"><div class="PageControls Bottom">{pager}</div></div></div>'
        )
    parts.append(
        '<div class="Foot Closed"><div class="Note Closed SignInOrRegister">Bạn cần '
        '<a href="/entry/signin" rel="nofollow">đăng nhập</a> hoặc <a href="/entry/register" '
        'rel="nofollow">đăng ký</a> để bình luận.</div></div></div>'
    )
    canonical = url_of(story, page if page > 1 else 0)
    head = [
        '<meta property="og:type" content="article" />',
        f'<meta property="og:url" content="{base_url(request)}{canonical}" />',
    ]
    imgs = story.images
    if imgs and page == 1:
        head.append(f'<meta property="og:image" content="{base_url(request)}{imgs[0].src}" />')
    if page > 1:
        prev = f"{base}/p{page - 1}"
        head.append(f'<link rel="prev" href="{prev}" />')
    if page < last:
        head.append(f'<link rel="next" href="{base}/p{page + 1}" />')
    return layout(
        request,
        title=story.title,
        content="".join(parts),
        body_class="Discussion index Section-Discussion",
        crumbs=[(cat_name, f"/categories/{story.cat}")],
        canonical=canonical,
        head_extra="\n".join(head),
        description=plain_excerpt(story) if page == 1 else "",
    )


def _listing_item(s: Story) -> str:
    when, who = last_activity(s)
    n = len(comments_of(s))
    pinned = bool(s.opts.get("pinned"))
    prefix = s.opts.get("prefix")
    pre = (
        f'<span class="PrefixDiscussion Prefix-{re.sub(r"[^a-z]", "", prefix.lower())}">{esc(prefix)}</span> '
        if prefix
        else ""
    )
    label = "Mới nhất bởi" if n else "Bắt đầu bởi"
    return (
        f'<li id="Discussion_{s.id}" class="Item {"Announcement " if pinned else ""}ItemDiscussion '
        f'Category-{s.cat}"><div class="Options"></div><div class="ItemContent Discussion">'
        f'<div class="Title" role="heading" aria-level="3">{pre}<a href="{url_of(s)}">{esc(s.title)}</a></div>'
        '<div class="Meta Meta-Discussion">'
        + ('<span class="Tag Tag-Announcement">Thông báo</span> ' if pinned else "")
        + f'<span class="MItem MCount ViewCount"><span class="Number">{s.views()}</span> lượt xem</span> '
        f'<span class="MItem MCount CommentCount"><span class="Number">{n}</span> bình luận</span> '
        f'<span class="MItem LastCommentBy">{label} <a href="/profile/{who}" class="UserLink">{who}</a></span> '
        f'<span class="MItem LastCommentDate">{time_el(when)}</span>'
        "</div></div></li>"
    )


def category_threads(cat: str) -> tuple[list[Story], list[Story]]:
    threads = [s for s in ALL.values() if s.cat == cat]
    pinned = sorted((s for s in threads if s.opts.get("pinned")), key=lambda s: -s.opts["dt"].timestamp())
    rest = sorted(
        (s for s in threads if not s.opts.get("pinned")), key=lambda s: last_activity(s)[0], reverse=True
    )
    return pinned, rest


def category_page(request: Request, cat: str, page: int) -> Response | None:
    pinned, rest = category_threads(cat)
    last = max(1, -(-len(rest) // PER_PAGE))
    if page < 1 or page > last:
        return None
    shown = (pinned if page == 1 else []) + rest[(page - 1) * PER_PAGE : page * PER_PAGE]
    base = f"/categories/{cat}"
    pager = _pager(base, page, last)
    content = (
        f'<div class="PageTitle"><h1>{esc(CATS[cat])}</h1></div>'
        f'<div class="P PageDescription">{esc(CAT_DESC[cat])}</div>'
        f'<div class="PageControls Top">{pager}</div>'
        f'<ul class="DataList Discussions">{"".join(_listing_item(s) for s in shown)}</ul>'
        f'<div class="PageControls Bottom">{pager}</div>'
    )
    head = []
    if page > 1:
        head.append(f'<link rel="prev" href="{base}/p{page - 1}" />')
    if page < last:
        head.append(f'<link rel="next" href="{base}/p{page + 1}" />')
    return layout(
        request,
        title=CATS[cat] + (f" - Trang {page}" if page > 1 else ""),
        content=content,
        body_class="Discussions index Section-DiscussionList",
        crumbs=[(CATS[cat], base)],
        canonical=base + (f"/p{page}" if page > 1 else ""),
        head_extra="\n".join(head),
        description=CAT_DESC[cat],
    )


def home_page(request: Request) -> Response:
    rows = []
    for cat, name in CATS.items():
        pinned, rest = category_threads(cat)
        threads = [*pinned, *rest]
        latest = max(threads, key=lambda s: last_activity(s)[0])
        when, who = last_activity(latest)
        ncom = sum(len(comments_of(s)) for s in threads)
        rows.append(
            f'<tr class="Item Depth1 Category-{cat}"><td class="CategoryName"><div class="Wrap">'
            f'<h2 class="CategoryNameHeading"><a href="/categories/{cat}" class="Title">{esc(name)}</a></h2>'
            f'<div class="CategoryDescription">{esc(CAT_DESC[cat])}</div></div></td>'
            f'<td class="BigCount CountDiscussions">{len(threads)}</td>'
            f'<td class="BigCount CountComments">{ncom}</td>'
            '<td class="BlockColumn LatestPost"><div class="Block Wrap">'
            f'<a href="/profile/{who}" class="PhotoWrap PhotoWrapSmall"><img src="{avatar(USERS[who])}" '
            f'alt="{who}" class="ProfilePhoto ProfilePhotoSmall" /></a>'
            f'<a href="{url_of(latest)}" class="BlockTitle LatestPostTitle">{esc(latest.title)}</a>'
            f'<div class="Meta"><a href="/profile/{who}" class="UserLink MItem">{who}</a> '
            f'<span class="Bullet">•</span> <span class="MItem">{time_el(when)}</span></div></div></td></tr>'
        )
    content = (
        '<div class="DismissMessage InfoMessage">Chào mừng quý thầy cô, cha mẹ học sinh và các em học '
        "sinh đến với Diễn đàn Trường THPT Nguyễn Du! Vui lòng đọc "
        f'<a href="{url_of(ALL[1290])}">Nội quy</a> trước khi đăng bài.</div>'
        '<h1 class="H HomepageTitle">Chuyên mục</h1>'
        '<div class="DataTableContainer"><table class="DataTable CategoryTable"><thead><tr>'
        '<td class="CategoryName">Chuyên mục</td><td class="BigCount">Thảo luận</td>'
        '<td class="BigCount">Bình luận</td><td class="BlockColumn">Bài mới nhất</td></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
    return layout(
        request,
        title="Chuyên mục",
        content=content,
        body_class="Categories index Section-CategoryList",
        crumbs=None,
        canonical="/categories",
        description="Diễn đàn trao đổi của Trường THPT Nguyễn Du, TP. Buôn Ma Thuột, Đắk Lắk.",
    )


def profile_page(request: Request, user: User) -> Response:
    threads = [s for s in ALL.values() if s.opts["poster"] == user.name]
    ncom = sum(1 for s in ALL.values() for c in comments_of(s) if c.user == user.name)
    content = (
        f'<div class="User" itemscope itemtype="http://schema.org/Person"><h1 class="H">{user.name}</h1>'
        f'<div class="Photo PhotoWrap PhotoWrapLarge"><img src="{avatar(user)}" class="ProfilePhotoLarge" '
        f'alt="{user.name}" /></div><div class="About P"><h2 class="H">Giới thiệu</h2><dl class="About">'
        f'<dt class="Name">Tên đăng nhập</dt><dd class="Name">{user.name}</dd>'
        f'<dt class="Roles">Vai trò</dt><dd class="Roles">{esc(user.role)}</dd>'
        f'<dt class="Joined">Tham gia</dt><dd class="Joined">{user.joined}</dd>'
        f"<dt>Thảo luận</dt><dd>{len(threads)}</dd><dt>Bình luận</dt><dd>{ncom}</dd></dl></div>"
        '<div class="Tabs ProfileTabs"><ul><li class="Active"><span class="TabLink">Hoạt động</span></li>'
        '<li><span class="TabLink">Thảo luận</span></li><li><span class="TabLink">Bình luận</span></li></ul></div>'
        '<div class="Empty">Chưa có hoạt động nào.</div></div>'
    )
    return layout(
        request,
        title=user.name,
        content=content,
        body_class="Profile index Section-Profile",
        crumbs=[("Thành viên", f"/profile/{user.name}")],
        canonical=f"/profile/{user.name}",
    )


def simple_page(request: Request, title: str, inner: str, cls: str) -> Response:
    return layout(request, title=title, content=f"<h1>{esc(title)}</h1>{inner}", body_class=cls, crumbs=[])


def rss_feed(request: Request) -> Response:
    base = base_url(request)
    pinned, rest = category_threads(NEWS)
    items = []
    for s in sorted([*pinned, *rest], key=lambda s: last_activity(s)[0], reverse=True)[:5]:
        pub = s.opts["dt"].astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{url_of(s)}</link><pubDate>{pub}</pubDate>"
            f"<dc:creator>{s.opts['poster']}</dc:creator>"
            f'<guid isPermaLink="false">{s.id}@/discussions</guid>'
            f"<description>{esc(render_body(s).replace('@@EMBED_QUOTE_1338@@', ''))}</description></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{NEWS_NAME} — {SITE}</title><link>{base}/categories/{NEWS}</link>"
        f"<language>vi</language><description>{esc(CAT_DESC[NEWS])}</description>"
        f"{''.join(items)}</channel></rss>"
    )
    return Response(200, xml.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=utf-8"})


_DISC = re.compile(r"^/discussion/(\d+)(?:/([^/]+))?(?:/p(\d+))?/?$")
_CAT = re.compile(r"^/categories/([a-z-]+)(?:/p(\d+))?/?$")
_COMMENT = re.compile(r"^/discussion/comment/(\d+)/?$")
_DOWNLOAD = re.compile(r"^/discussion/download/(\d+)/([\w.-]+)$")


class VanillaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/categories", "/categories/"):
            return home_page(request)
        if (m := _COMMENT.match(path)) is not None:
            cid = int(m.group(1))
            for s in ALL.values():
                for n, c in enumerate(comments_of(s)):
                    if c.cid == cid:
                        page = n // COMMENTS_PER_PAGE + 1
                        return redirect(url_of(s, page if page > 1 else 0) + f"#Comment_{cid}")
            return None
        if (m := _DOWNLOAD.match(path)) is not None:
            n, name = int(m.group(1)), m.group(2)
            for s in STORIES:
                if (n, name) in [(a[0], a[1]) for a in s.opts.get("attach", [])]:
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if (m := _DISC.match(path)) is not None:
            story = ALL.get(int(m.group(1)))
            if story is None:
                return None
            page = int(m.group(3) or 1)
            return discussion_page(request, story, page) if page >= 1 else None
        if path == f"/categories/{NEWS}/feed.rss":
            return rss_feed(request)
        if (m := _CAT.match(path)) is not None:
            if m.group(1) not in CATS:
                return None
            return category_page(request, m.group(1), int(m.group(2) or 1))
        if path.startswith("/profile/"):
            user = USERS.get(path[len("/profile/") :].strip("/"))
            return profile_page(request, user) if user else None
        if path == "/search":
            term = request.params.get("Search", "")
            note = f"Không tìm thấy kết quả nào cho “{esc(term)}”." if term else "Nhập từ khóa để tìm kiếm."
            return simple_page(request, "Tìm kiếm", f'<div class="Empty">{note}</div>', "Search index")
        if path == "/entry/signin":
            form = (
                '<form method="post" action="/entry/signin"><label>Email/Tên đăng nhập <input name="Email" />'
                '</label><label>Mật khẩu <input type="password" name="Password" /></label>'
                '<input type="submit" value="Đăng nhập" /></form>'
            )
            return simple_page(request, "Đăng nhập", form, "Entry signin")
        if path == "/entry/register":
            return simple_page(
                request,
                "Đăng ký",
                "<p>Diễn đàn chỉ cấp tài khoản cho học sinh, cha mẹ học sinh qua giáo viên chủ nhiệm.</p>",
                "Entry register",
            )
        return static_file(path)


def build_site() -> VanillaSite:
    return VanillaSite()


def _alts(story: Story) -> list[str]:
    alts = [url_of(story, 1)]
    if story.opts.get("old_slug"):
        alts.append(f"/discussion/{story.id}/{story.opts['old_slug']}")
    return alts


GOLD = [gold_record(s, url_of(s), NEWS_NAME, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    f"/categories/{NEWS}",
    f"/categories/{QA}",
    url_of(ALL[1290]),
    url_of(ALL[1352]),
    url_of(ALL[1307]),
    url_of(BY_ID[1338], 2),
    url_of(BY_ID[1349], 2),
    "/profile/vanphong_nd",
]
