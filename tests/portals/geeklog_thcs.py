"""Trường THCS Nguyễn Du (huyện Krông Pắc, tỉnh Đắk Lắk) on Geeklog 2.2.

Platform: Geeklog 2.2.1sr1 (PHP), installed in 2012 with a home-made theme derived from the
"Professional" theme ("nguyendu", table layout, Vietnamese class names) and upgraded since;
stories have an intro text and a body text, belong to one or more topics (the first is the
default topic), blocks on both sides (Chủ đề, Đăng nhập, Liên kết on the left; "Có gì mới?"
(What's New), "Bài cũ hơn" (Older Stories), poll, upcoming events and a counter on the right).

URL scheme
- ``/`` (also ``/index.php``): front page, stories flagged "show on front page", 4 a page,
  ``/index.php?page=N`` for pages 2..3 ("Trang 1 2 3 Tiếp » Cuối").
- ``/index.php?topic=<tid>`` and ``&page=N``: a topic's stories (front-page flag ignored).
- ``/article.php?story=<sid>``: the story (intro + body); ``&mode=print`` the printable view;
  ``&page=2`` the second page of a story split with ``[page_break]``; ``/article.php/<sid>``
  the path-info form the "Có gì mới?" block prints (same page).
- ``/profiles.php?sid=<sid>&what=emailstory``: the "e-mail this story" form (email icon).
- ``/staticpages/index.php/<page>``: static pages (giới thiệu, lịch sử, đội ngũ, liên hệ).
- ``/calendar/`` (month view) and ``/calendar/event.php?eid=<eid>``: the calendar plugin.
- ``/polls/index.php?pid=danhgiaweb&aid=-1``: the poll's results; ``/users.php`` login,
  ``/users.php?mode=profile&uid=2`` the account "quantri" (not linked), ``/search.php``.

Page templates: front/topic listing (the "storytext" template per story: title h2, icons, date
line, intro text, "Đọc tiếp" link), article (same template with intro + body, then "Bài viết
liên quan", "Tùy chọn", trackback line and comments), printable, email form, static page,
calendar month, event, poll results, login/profile, search.

How each gold article is reached: front page pages 1-3 hold the 11 front-page stories; the two
"show only in topic" stories (cn-xanh-2026, 20261015090012066) are reached from the topic
listings of "Đoàn - Đội" and "Hoạt động chuyên môn" (topic menu, Chủ đề block, breadcrumbs);
chuyende-nguvan-gdpt2018 is on front page 3 and on page 2 of "Tin tức - Sự kiện".

Traps
1. Geeklog's date line is PHP strftime without a Vietnamese locale: "Thursday, December 03
   2026 @ 02:30 PM ICT" (English day/month, "@", 12-hour clock, zone abbreviation). Gold:
   "2026-12-03T14:30:00+07:00"; "12:40 PM" is 12:40 ("2026-10-29T12:40:00+07:00"); the notice
   printed "12:00 AM" is midnight, i.e. a day without a time: "2026-11-02".
2. The topic icon (``story_topic_image``): every story's text starts with the topic's picture
   (``/images/topics/topic_<tid>.png``, alt = topic name, floated right, linked to the topic)
   inside the text div. Gold: not an article image.
3. Intro and body text are printed back to back in one div (``nd-bv``); the listings print the
   same "storytext" template with the intro only and "Đọc tiếp (N từ)". Page 2 of "Tin tức -
   Sự kiện" holds a single story and looks like an article page (h2 title, date line, text).
   Gold: the article's body is intro + body; listing pages are not articles.
4. "Plain old text" post mode: the flood notice (20261102000000517) has no ``<p>`` at all, its
   paragraphs are runs separated by ``<br /><br />`` and its "- " lines by a single ``<br />``.
   Gold: each run between breaks is a paragraph; the typed "- " stays.
5. ``[page_break]``: "Hội khỏe Phù Đổng" (hkpd-2026) is split over ``?story=hkpd-2026`` and
   ``&page=2`` ("Trang: 1 2 Tiếp »"); page 2 has no intro and carries the signature. Gold: one
   article whose body is both pages in order; the page-2 URL is in alt_paths (the printable
   view prints it whole).
6. Comments under the story: each has a title "Re: <story title>", a line "Gửi bởi <user> vào
   <English date>" and its text, after a disclaimer. Gold: not title, not author, not date,
   not body.
7. "Đăng bởi: quantri" (the CMS account; its profile page exists but is not linked) and "Lượt xem: 1,234" on the
   date line. Gold: no author from it; the author is the right-aligned signature closing the
   text ("ThS. Đinh Công Sơn - Phó Hiệu trưởng" -> "Đinh Công Sơn"; "Tổ Ngữ văn" as printed;
   "Tin, ảnh: X" -> X in both; "Tin: X - Ảnh: Y").
8. Same story, several URLs: "Có gì mới?" links recent stories as ``/article.php/<sid>`` with
   titles cut to 20 characters ("Trao 25 suất học bổ..."), comment links end in ``#comments``,
   print icon ``&mode=print``; "Bài cũ hơn" groups links under English day headings ("Friday
   11/20"). Gold: ``?story=<sid>`` is the path and canonical; the others are alt_paths.
9. A story filed under two topics (chuyende-nguvan-gdpt2018: "Hoạt động chuyên môn" default,
   also "Tin tức - Sự kiện") is listed in both; the breadcrumb prints the default topic. Gold
   category: "Hoạt động chuyên môn".
10. Pictures inserted with Geeklog's image uploader: ``<a href="…_1_original.jpg"><img
   src="…_1.jpg"></a>``, the caption typed as a centred italic paragraph under it (or in the
   second row of a two-row table). Gold: image path = the ``<img>`` src, caption = that line,
   not body; a line "Ảnh: X" alone is a credit (caption None, X a photographer).
11. An official notice (20261201071044318) with letterhead table, "THÔNG BÁO / Về việc …",
   "Nơi nhận" and signer; the story's date line says Dec 01 but the letterhead 30/11. Gold:
   date "2026-11-30", author the signer, letterhead/closing not body.
12. Static pages print "Cập nhật lần cuối: Wednesday, March 14 2012 @ 10:20 AM ICT" and hits,
   like a story; the calendar's events print a date and a description. Gold: not articles.
13. An older story (20261015090012066) typed with the FCKeditor entity option left on since
   2012: every second Vietnamese letter a named or numeric reference. Gold: decoded text.

Gold decisions on ambiguous points
- ``summary``: only the stories whose intro is a bold paragraph (``<p><strong>``) have a
  sapo; a plain intro paragraph is not one (the theme prints intro and body in one div).
- The page-2 URL of a split story is an alt path of the article (same story, its other half).
- ``category`` is the default topic as the breadcrumb prints it.
- The attachment line "Tệp đính kèm: …pdf" and the "Nguồn: Huyện đoàn Krông Pắc" line are not
  body; the latter is the source.
- The table of exam dates / prize winners: one paragraph a row, cells joined by " | ".
"""

from __future__ import annotations

import html as _html
from datetime import datetime

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "geeklog_thcs"
PLATFORM = "Geeklog 2.2"
START_PATH = "/"

SITE_NAME = "Trường THCS Nguyễn Du"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

TOPICS: dict[str, str] = {
    "tintuc": "Tin tức - Sự kiện",
    "thongbao": "Thông báo",
    "chuyenmon": "Hoạt động chuyên môn",
    "doandoi": "Đoàn - Đội",
}


def _img(sid: str, n: int) -> str:
    return f"/images/articles/{sid}_{n}.jpg"


def _sig(text: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(text)}</{tag}></p>')


# --- the stories ---------------------------------------------------------------------------

S1 = "20261120093512871"
S2 = "hkpd-2026"
S3 = "20261201071044318"
S4 = "20261102000000517"
S5 = "chuyende-nguvan-gdpt2018"
S6 = "20261029124022904"
S7 = "20261009150033175"
S8 = "cn-xanh-2026"
S9 = "20261203143020468"
S10 = "20261126104518233"
S11 = "olympic-ta-2026"
S12 = "20261015090012066"
S13 = "20261024194507350"

_LETTERHEAD = (
    '<table width="100%" border="0" cellpadding="2" style="border:none"><tbody><tr>'
    '<td style="text-align:center;width:42%">UBND HUYỆN KRÔNG PẮC<br />'
    "<strong>TRƯỜNG THCS NGUYỄN DU</strong><br />Số: 87/TB-THCSND</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Ea Kly, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027</strong></p>"
)
_CLOSING = (
    '<table width="100%" border="0" style="border:none"><tbody><tr>'
    '<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br />'
    "- GVCN các lớp;<br />- Website trường;<br />- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(đã ký)</em><br /><br /><strong>Trần Quốc Việt</strong></td></tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        1, S1, "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026", "tintuc",
        "2026-11-20T09:35:00+07:00",
        [
            P("Sáng ngày 20/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo UBND xã Ea Kly, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 600 học sinh nhà trường.", "b"),
            Img(_img(S1, 1), "Thầy Trần Quốc Việt, Hiệu trưởng nhà trường phát biểu tại buổi lễ", "Thầy Trần Quốc Việt, Hiệu trưởng nhà trường phát biểu tại buổi lễ", "up"),
            P("Phát biểu tại buổi lễ, thầy Trần Quốc Việt - Hiệu trưởng nhà trường đã ôn lại truyền thống vẻ vang của ngành Giáo dục Việt Nam, đồng thời điểm lại những thành tích nổi bật mà tập thể sư phạm nhà trường đạt được trong năm học 2025-2026: tỷ lệ học sinh lên lớp đạt 98,7%, tỷ lệ tốt nghiệp THCS đạt 100%, có 27 học sinh đạt giải học sinh giỏi cấp huyện."),
            P("Nhân dịp này, nhà trường đã trao giấy khen cho 12 giáo viên có thành tích xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt” và tặng quà tri ân các thầy cô giáo đã nghỉ hưu."),
            Img(_img(S1, 2), "(Học sinh biểu diễn văn nghệ chào mừng)", "Học sinh biểu diễn văn nghệ chào mừng", "up"),
            P("Chương trình văn nghệ do các chi đội biểu diễn với nhiều tiết mục đặc sắc như múa “Bụi phấn”, tốp ca “Người thầy”, hát múa dân tộc Ê Đê đã để lại nhiều cảm xúc cho thầy cô và các em học sinh."),
            _sig("Tin, ảnh: Lê Thị Thu Hà"),
        ],
        authors=["Lê Thị Thu Hà"], photographers=["Lê Thị Thu Hà"],
        summary="Sáng ngày 20/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo UBND xã Ea Kly, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 600 học sinh nhà trường.",
        opts={"shown": "2026-11-20 09:35", "intro": 1, "topics": ["tintuc"], "comments": []},
    ),
    Story(
        2, S2, "Hội khỏe Phù Đổng cấp trường năm học 2026-2027", "tintuc",
        "2026-11-14T16:05:00+07:00",
        [
            P("Từ ngày 09 đến ngày 14/11/2026, Trường THCS Nguyễn Du tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026-2027 nhằm tuyển chọn vận động viên tham gia Hội khỏe Phù Đổng cấp huyện."),
            P("Hội khỏe năm nay thu hút 312 vận động viên đến từ 16 lớp, thi đấu ở 6 môn: bóng đá mini, cầu lông, bóng bàn, cờ vua, điền kinh và kéo co."),
            Img(_img(S2, 1), "Trận chung kết bóng đá mini nam khối 9", "Trận chung kết bóng đá mini nam khối 9", "tbl"),
            P("Các trận đấu diễn ra sôi nổi, đúng luật, thể hiện tinh thần “Đoàn kết - Trung thực - Cao thượng”. Đặc biệt, môn kéo co thu hút đông đảo học sinh cổ vũ."),
            P("Kết quả toàn đoàn", "h"),
            P("Giải Nhất: lớp 9A2", "li"),
            P("Giải Nhì: lớp 8A1", "li"),
            P("Giải Ba: lớp 9A4", "li"),
            P("Ban tổ chức đã trao 48 huy chương các loại và chọn 24 vận động viên xuất sắc để tập huấn, chuẩn bị tham gia Hội khỏe Phù Đổng huyện Krông Pắc lần thứ XII."),
            Raw('<p align="right"><em>Nguyễn Văn Thắng - GV Thể dục</em></p>'),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"shown": "2026-11-14 16:05", "intro": 1, "topics": ["tintuc"], "page_break": 4,
              "comments": []},
    ),
    Story(
        3, S3, "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027", "thongbao",
        "2026-11-30",
        [
            Raw(_LETTERHEAD),
            P("Căn cứ Kế hoạch số 45/KH-THCSND ngày 05/9/2026 của Trường THCS Nguyễn Du về thực hiện nhiệm vụ năm học 2026-2027;"),
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("24/12/2026 | Sáng | Khoa học tự nhiên | 90 phút", "tr"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh và dụng cụ học tập cần thiết."),
            P("Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh để phối hợp thực hiện."),
            Raw(_CLOSING),
        ],
        authors=["Trần Quốc Việt"],
        opts={"shown": "2026-12-01 07:10", "intro": 3, "topics": ["thongbao"], "comments": []},
    ),
    Story(
        4, S4, "Thông báo cho học sinh nghỉ học ngày 02/11/2026 do mưa lũ", "thongbao",
        "2026-11-02",
        [
            P("Do ảnh hưởng của cơn bão số 12, trên địa bàn xã Ea Kly có mưa to đến rất to, nhiều tuyến đường liên thôn bị ngập sâu, không đảm bảo an toàn cho học sinh đi lại."),
            P("Thực hiện Công văn số 1520/UBND-VP ngày 01/11/2026 của UBND huyện Krông Pắc, nhà trường thông báo:"),
            P("- Toàn bộ học sinh khối 6, 7, 8, 9 được nghỉ học ngày thứ Hai 02/11/2026.", "br1"),
            P("- Cán bộ, giáo viên, nhân viên trực tại trường theo lịch phân công của Ban Giám hiệu.", "br1"),
            P("Thời gian đi học trở lại nhà trường sẽ thông báo sau qua website, nhóm Zalo các lớp và giáo viên chủ nhiệm."),
            P("Đề nghị quý phụ huynh quản lý, nhắc nhở con em không tắm sông suối, không đi qua các đoạn đường ngập nước."),
        ],
        opts={"shown": "2026-11-02 00:00", "intro": 1, "topics": ["thongbao"],
              "postmode": "plaintext", "comments": []},
    ),
    Story(
        5, S5, "Chuyên đề dạy học môn Ngữ văn theo Chương trình GDPT 2018", "chuyenmon",
        "2026-10-22T14:30:00+07:00",
        [
            P("Chiều ngày 21/10/2026, Tổ Ngữ văn Trường THCS Nguyễn Du tổ chức chuyên đề “Dạy học đọc hiểu văn bản theo thể loại trong Chương trình GDPT 2018” với sự tham gia của giáo viên Ngữ văn các trường THCS trong cụm chuyên môn số 3 của huyện.", "j"),
            Img(_img(S5, 1), "Ảnh: Phan Thị Ngọc Ánh", None, "up"),
            P("Tiết dạy minh họa bài “Sang thu” (Hữu Thỉnh) ở lớp 9A3 do cô Đỗ Thị Hồng Nhung thực hiện đã vận dụng linh hoạt các phương pháp dạy học tích cực như mảnh ghép, phòng tranh, giúp học sinh chủ động khám phá đặc trưng của thể thơ năm chữ.", "j"),
            P("Trong phần thảo luận, các đại biểu tập trung trao đổi về cách thiết kế câu hỏi đọc hiểu theo các mức độ nhận biết, thông hiểu, vận dụng và cách đánh giá năng lực đọc của học sinh.", "j"),
            P("Chuyên đề đã giúp giáo viên có thêm kinh nghiệm trong việc đổi mới phương pháp dạy học, kiểm tra đánh giá theo định hướng phát triển phẩm chất, năng lực người học.", "j"),
            _sig("Tổ Ngữ văn"),
        ],
        authors=["Tổ Ngữ văn"], photographers=["Phan Thị Ngọc Ánh"],
        opts={"shown": "2026-10-22 14:30", "intro": 1, "topics": ["chuyenmon", "tintuc"],
              "comments": []},
    ),
    Story(
        6, S6, "Hội thi giáo viên dạy giỏi cấp trường: 18 giáo viên đạt danh hiệu", "chuyenmon",
        "2026-10-29T12:40:00+07:00",
        [
            P("Sau gần 3 tuần tổ chức, Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027 đã kết thúc với 18/21 giáo viên dự thi được công nhận đạt danh hiệu giáo viên dạy giỏi cấp trường.", "b"),
            P("Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện 2 tiết dạy (1 tiết đăng ký, 1 tiết bốc thăm). Ban giám khảo gồm Ban Giám hiệu và các tổ trưởng chuyên môn."),
            Img(_img(S6, 1), "Cô H’Nhi Niê trong tiết dạy Lịch sử và Địa lí lớp 7A1", "Cô H’Nhi Niê trong tiết dạy Lịch sử và Địa lí lớp 7A1", "tbl"),
            P("Nhiều tiết dạy được đánh giá cao về ứng dụng công nghệ thông tin và tổ chức hoạt động nhóm, tiêu biểu như tiết Toán của thầy Nguyễn Hữu Phước, tiết Tiếng Anh của cô Võ Thị Kim Yến."),
            P("Nhà trường sẽ lựa chọn 6 giáo viên có kết quả cao nhất tham dự Hội thi giáo viên dạy giỏi cấp huyện vào tháng 01/2027."),
            _sig("ThS. Đinh Công Sơn - Phó Hiệu trưởng"),
        ],
        authors=["Đinh Công Sơn"],
        summary="Sau gần 3 tuần tổ chức, Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027 đã kết thúc với 18/21 giáo viên dự thi được công nhận đạt danh hiệu giáo viên dạy giỏi cấp trường.",
        opts={"shown": "2026-10-29 12:40", "intro": 1, "topics": ["chuyenmon"], "comments": [
            ("phuhuynh7a1", "2026-10-30 20:12", "Chúc mừng các thầy cô! Mong nhà trường tiếp tục tổ chức nhiều tiết dạy hay cho các con."),
            ("Khách", "2026-10-31 06:45", "Cô Nhi dạy rất nhiệt tình, con em rất thích học môn Lịch sử."),
        ]},
    ),
    Story(
        7, S7, "Liên đội tổ chức Đại hội Liên đội nhiệm kỳ 2026-2027", "doandoi",
        "2026-10-09T15:00:00+07:00",
        [
            P("Chiều 08/10/2026, Liên đội Trường THCS Nguyễn Du long trọng tổ chức Đại hội Liên đội nhiệm kỳ 2026-2027 với sự tham dự của 120 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu."),
            P("Đại hội đã đánh giá kết quả thực hiện phong trào thi đua “Thiếu nhi Việt Nam thi đua làm theo 5 điều Bác Hồ dạy” nhiệm kỳ 2025-2026 và đề ra phương hướng, nhiệm vụ nhiệm kỳ mới."),
            Img(_img(S7, 1), "Ban Chỉ huy Liên đội nhiệm kỳ 2026-2027 ra mắt đại hội", "Ban Chỉ huy Liên đội nhiệm kỳ 2026-2027 ra mắt đại hội", "tbl"),
            P("Đại hội đã bầu Ban Chỉ huy Liên đội gồm 11 em, em Y Đrăm Knul lớp 9A1 được bầu làm Liên đội trưởng."),
            P("Chương trình hành động của Liên đội tập trung vào các phong trào “Kế hoạch nhỏ”, “Nuôi heo đất giúp bạn đến trường” và xây dựng “Công trình măng non”."),
            _sig("Tin: H’Hoa Byă - Ảnh: Y Bơ Niê", "em"),
        ],
        authors=["H’Hoa Byă"], photographers=["Y Bơ Niê"],
        opts={"shown": "2026-10-09 15:00", "intro": 1, "topics": ["doandoi"], "comments": []},
    ),
    Story(
        8, S8, "Chi đoàn giáo viên ra quân “Ngày Chủ nhật xanh”", "doandoi",
        "2026-11-08T08:20:00+07:00",
        [
            P("Sáng Chủ nhật 08/11/2026, Chi đoàn giáo viên Trường THCS Nguyễn Du phối hợp với Đoàn xã Ea Kly ra quân hưởng ứng “Ngày Chủ nhật xanh” lần thứ IV năm 2026."),
            P("Các đoàn viên đã phát quang bụi rậm, thu gom rác thải dọc tuyến đường liên thôn dài gần 2 km, trồng 150 cây xanh quanh khuôn viên trường và nhà văn hóa thôn 3."),
            Img(_img(S8, 1), "Đoàn viên trồng cây xanh trong khuôn viên trường", "Đoàn viên trồng cây xanh trong khuôn viên trường", "up"),
            P("Hoạt động góp phần nâng cao ý thức bảo vệ môi trường, xây dựng cảnh quan trường học xanh - sạch - đẹp - an toàn."),
            _sig("Nguồn: Huyện đoàn Krông Pắc", "em"),
        ],
        source="Huyện đoàn Krông Pắc",
        opts={"shown": "2026-11-08 08:20", "intro": 1, "topics": ["doandoi"], "frontpage": 0,
              "comments": []},
    ),
    Story(
        9, S9, "Trao 25 suất học bổng cho học sinh có hoàn cảnh khó khăn", "tintuc",
        "2026-12-03T14:30:00+07:00",
        [
            P("Chiều 03/12/2026, Trường THCS Nguyễn Du phối hợp với Quỹ Khuyến học xã Ea Kly trao 25 suất học bổng cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập, tổng trị giá 25 triệu đồng.", "b"),
            P("Mỗi suất học bổng trị giá 1 triệu đồng, do các nhà hảo tâm, cựu học sinh và Công ty TNHH Cà phê Ea Kly tài trợ. Phần lớn các em nhận học bổng là học sinh dân tộc thiểu số ở các buôn xa trường."),
            Img(_img(S9, 1), "Đại diện nhà tài trợ trao học bổng cho học sinh", "Đại diện nhà tài trợ trao học bổng cho học sinh", "tbl"),
            P("Thay mặt các em học sinh, em H’Yến Mlô lớp 8A3 bày tỏ lòng biết ơn và hứa sẽ cố gắng học tập tốt để không phụ lòng thầy cô và các nhà hảo tâm."),
            _sig("Phạm Thị Minh Nguyệt"),
        ],
        authors=["Phạm Thị Minh Nguyệt"],
        summary="Chiều 03/12/2026, Trường THCS Nguyễn Du phối hợp với Quỹ Khuyến học xã Ea Kly trao 25 suất học bổng cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập, tổng trị giá 25 triệu đồng.",
        opts={"shown": "2026-12-03 14:30", "intro": 1, "topics": ["tintuc"], "comments": [
            ("cuuhocsinh2015", "2026-12-03 21:05", "Cảm ơn thầy cô và các nhà hảo tâm, mong chương trình được duy trì hằng năm."),
        ]},
    ),
    Story(
        10, S10, "Đón đoàn kiểm tra công tác kiểm định chất lượng giáo dục", "tintuc",
        "2026-11-26T10:45:00+07:00",
        [
            P("Ngày 25 và 26/11/2026, Đoàn đánh giá ngoài của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk đã đến làm việc, khảo sát chính thức công tác tự đánh giá, kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia mức độ 1 tại Trường THCS Nguyễn Du."),
            P("Đoàn đã nghiên cứu hồ sơ, dự giờ, phỏng vấn cán bộ quản lý, giáo viên, nhân viên, học sinh và cha mẹ học sinh. Kết quả đánh giá sẽ được Sở GD&ĐT thông báo bằng văn bản."),
        ],
        opts={"shown": "2026-11-26 10:45", "intro": 2, "topics": ["tintuc"], "comments": []},
    ),
    Story(
        11, S11, "Kết quả thi Olympic tiếng Anh cấp huyện năm học 2026-2027", "chuyenmon",
        "2026-12-04T17:20:00+07:00",
        [
            P("Tại kỳ thi Olympic tiếng Anh cấp huyện năm học 2026-2027 tổ chức ngày 28/11/2026, đội tuyển Trường THCS Nguyễn Du đạt 7 giải, xếp thứ 3 toàn huyện."),
            P("Danh sách học sinh đạt giải:"),
            P("TT | Họ và tên | Lớp | Giải", "tr"),
            P("1 | Nguyễn Ngọc Bảo Trân | 9A1 | Nhất", "tr"),
            P("2 | Lê Minh Khang | 9A2 | Nhì", "tr"),
            P("3 | H’Ly Niê Kdăm | 8A1 | Ba", "tr"),
            P("4 | Trần Gia Huy | 9A1 | Khuyến khích", "tr"),
            P("🎉 Chúc mừng các em học sinh và cô Võ Thị Kim Yến, giáo viên bồi dưỡng đội tuyển!"),
            _sig("Tổ Ngoại ngữ"),
        ],
        authors=["Tổ Ngoại ngữ"],
        opts={"shown": "2026-12-04 17:20", "intro": 1, "topics": ["chuyenmon"], "comments": []},
    ),
    Story(
        12, S12, "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán", "chuyenmon",
        "2026-10-15T09:00:00+07:00",
        [
            P("Ngày 14/10/2026, Tổ Toán - Tin tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài dạy “Tia phân giác của một góc” (Toán 7)."),
            P("Thay vì tập trung đánh giá giáo viên, các thành viên trong tổ quan sát việc học của học sinh: em nào chưa tham gia hoạt động, vì sao các em gặp khó khăn khi vẽ tia phân giác bằng thước đo góc."),
            Img(_img(S12, 1), "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 7A2", "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 7A2", "up"),
            P("Qua thảo luận, tổ thống nhất điều chỉnh cách giao nhiệm vụ, bổ sung phiếu học tập có hình vẽ gợi ý và tăng thời gian cho học sinh thực hành gấp giấy."),
            _sig("Nguyễn Hữu Phước - Tổ trưởng Tổ Toán - Tin"),
        ],
        authors=["Nguyễn Hữu Phước"],
        opts={"shown": "2026-10-15 09:00", "intro": 1, "topics": ["chuyenmon"], "frontpage": 0,
              "entities": 2, "comments": []},
    ),
    Story(
        13, S13, "Thông báo tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I", "thongbao",
        "2026-10-24T19:45:00+07:00",
        [
            P("Nhà trường tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026-2027 vào lúc 7 giờ 30 phút, Chủ nhật ngày 01/11/2026 tại các phòng học của lớp."),
            P("Nội dung hội nghị:"),
            P("Thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh;", "li"),
            P("Triển khai các quy định về an toàn giao thông, phòng chống đuối nước;", "li"),
            P("Trao đổi, thống nhất biện pháp phối hợp giáo dục giữa gia đình và nhà trường.", "li"),
            P("Kính mời quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
            Raw('<p><img src="/images/icons/pdf.gif" alt="" /> Tệp đính kèm: <a href="/images/library/File/giay-moi-hop-phhs-giua-hki.pdf">giay-moi-hop-phhs-giua-hki.pdf</a> (212 KB)</p>'),
        ],
        opts={"shown": "2026-10-24 19:45", "intro": 1, "topics": ["thongbao"], "comments": []},
    ),
]

BY_SID = {s.slug: s for s in STORIES}


# --- dates as Geeklog prints them ----------------------------------------------------------


def gl_date(stamp: str) -> str:
    """'2026-12-03 14:30' -> 'Thursday, December 03 2026 @ 02:30 PM ICT' (strftime, C locale)."""
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return dt.strftime("%A, %B %d %Y @ %I:%M %p") + " ICT"


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["shown"], reverse=True)


FRONT = _sorted([s for s in STORIES if s.opts.get("frontpage", 1)])


def topic_stories(tid: str) -> list[Story]:
    return _sorted([s for s in STORIES if tid in s.opts["topics"]])


def _pages(items: list[Story]) -> int:
    return max(1, -(-len(items) // PER_PAGE))


# --- story text ----------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    out = _html.escape(value, quote=False)
    every = story.opts.get("entities")
    return entity_mix(out, every) if every else out


def render_blocks(story: Story, blocks: list) -> str:
    if story.opts.get("postmode") == "plaintext":
        out = []
        for i, b in enumerate(blocks):
            if i:
                out.append("<br />\n" if b.style == "br1" else "<br />\n<br />\n")
            out.append(_t(story, b.text))
        return "".join(out)
    out: list[str] = []
    group: str | None = None
    for b in blocks:
        style = b.style if isinstance(b, P) else None
        if group and style != group:
            out.append("</tbody></table>" if group == "tr" else "</ul>")
            group = None
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b))
        elif style == "tr":
            if group != "tr":
                out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:95%"><tbody>')
                group = "tr"
            cells = "".join(f"<td>{_t(story, c)}</td>" for c in b.text.split(" | "))
            out.append(f"<tr>{cells}</tr>")
        elif style == "li":
            if group != "li":
                out.append("<ul>")
                group = "li"
            out.append(f"<li>{_t(story, b.text)}</li>")
        elif style == "b":
            out.append(f"<p><strong>{_t(story, b.text)}</strong></p>")
        elif style == "h":
            out.append(f'<p><strong><span style="color:#0000cd">{_t(story, b.text)}</span></strong></p>')
        elif style == "j":
            out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        else:
            out.append(f"<p>{_t(story, b.text)}</p>")
        out.append("\n")
    if group:
        out.append("</tbody></table>" if group == "tr" else "</ul>")
    return "".join(out)


def _render_img(img: Img) -> str:
    if img.style == "tbl":
        return (
            '<table class="anh-bv" align="center" border="0" cellpadding="3" style="width:480px">'
            f'<tbody><tr><td><img src="{img.src}" width="480" height="320" alt="" /></td></tr>'
            f'<tr><td style="text-align:center;background:#eee"><span style="font-size:11px">'
            f"<em>{esc(img.printed or '')}</em></span></td></tr></tbody></table>"
        )
    original = img.src.replace(".jpg", "_original.jpg")
    line = (
        f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    )
    return (
        f'<p style="text-align: center;"><a href="{original}" title="Xem ảnh gốc" '
        f'rel="lightbox"><img src="{img.src}" width="500" height="333" alt="" class="floatcenter" />'
        f"</a></p>\n{line}"
    )


def _intro_body(story: Story) -> tuple[list, list]:
    n = story.opts["intro"]
    return story.blocks[:n], story.blocks[n:]


def _word_count(story: Story) -> int:
    return sum(len(b.text.split()) for b in story.blocks if isinstance(b, P))


def _topic_icon(story: Story) -> str:
    tid = story.opts["topics"][0]
    return (
        f'<a href="/index.php?topic={tid}"><img src="/images/topics/topic_{tid}.png" '
        f'align="right" alt="{esc(TOPICS[tid])}" title="{esc(TOPICS[tid])}" class="hinh-chude" /></a>'
    )


def _head_of_story(story: Story, level: str, link_title: bool) -> str:
    sid = story.slug
    title = esc(story.title)
    if link_title:
        title = f'<a href="/article.php?story={sid}" class="tieude-lk">{title}</a>'
    return (
        f'<table class="bv-dau" width="100%" cellpadding="0" cellspacing="0"><tr>'
        f'<td><{level} class="td-bv">{title}</{level}></td>'
        f'<td class="bieutuong-bv" align="right" nowrap="nowrap">'
        f'<a href="/profiles.php?sid={sid}&amp;what=emailstory" title="Gửi bài viết này qua email">'
        f'<img src="/layout/nguyendu/images/mail.gif" alt="Gửi email" width="16" height="16" /></a> '
        f'<a href="/article.php?story={sid}&amp;mode=print" rel="nofollow" title="Bản in thân thiện">'
        f'<img src="/layout/nguyendu/images/print.gif" alt="In bài" width="16" height="16" /></a>'
        f"</td></tr></table>\n"
        f'<div class="tt-bv"><span class="ngay-bv">{gl_date(story.opts["shown"])}</span>'
        f' &nbsp;|&nbsp; Đăng bởi: <span class="lk-tacgia">quantri</span>'
        f' &nbsp;|&nbsp; Lượt xem: {story.views() * 7:,}</div>\n'
    )


def listing_item(story: Story) -> str:
    intro, body = _intro_body(story)
    more = ""
    if body:
        more = (
            f'<a href="/article.php?story={story.slug}" class="doctiep">Đọc tiếp</a> '
            f"({_word_count(story)} từ)"
        )
    n = len(story.opts["comments"])
    return (
        f'<div class="baiviet">\n{_head_of_story(story, "h2", True)}'
        f'<div class="nd-bv">{_topic_icon(story)}\n{render_blocks(story, intro)}</div>\n'
        f'<div class="chan-bv">{more} &nbsp; <a href="/article.php?story={story.slug}#comments">'
        f"Bình luận ({n})</a></div>\n</div>\n"
    )


def _comments(story: Story) -> str:
    items = story.opts["comments"]
    rows = []
    for i, (user, stamp, body) in enumerate(items, start=1):
        rows.append(
            f'<div class="bl-muc" id="comment{i}"><div class="bl-td"><b>Re: {esc(story.title)}</b>'
            f' (Điểm: 1)</div><div class="bl-nguoi">Gửi bởi {esc(user)} vào {gl_date(stamp)}</div>'
            f'<div class="bl-nd">{esc(body)}</div></div>'
        )
    return (
        f'<a name="comments"></a><div class="thanh-bl" id="comments"><b>{esc(story.title)}</b>'
        f" | {len(items)} bình luận | <a href=\"/users.php\">Đăng nhập</a> để bình luận</div>\n"
        '<div class="bl-mienTru"><em>Các bình luận thuộc quyền sở hữu của người gửi. '
        "Chúng tôi không chịu trách nhiệm về nội dung của chúng.</em></div>\n"
        + "\n".join(rows)
    )


def article_html(story: Story, page: int) -> str:
    intro, body = _intro_body(story)
    pb = story.opts.get("page_break")
    sid = story.slug
    if pb:
        first_body, second = story.blocks[story.opts["intro"]:pb], story.blocks[pb:]
        shown = intro + first_body if page == 1 else second
        nav = (
            '<div class="pt-bv">Trang: <b>1</b> <a href="/article.php?story=hkpd-2026&amp;page=2">2</a>'
            ' <a href="/article.php?story=hkpd-2026&amp;page=2">Tiếp »</a></div>'
            if page == 1 else
            '<div class="pt-bv">Trang: <a href="/article.php?story=hkpd-2026">« Trước</a> '
            '<a href="/article.php?story=hkpd-2026">1</a> <b>2</b></div>'
        )
        text = render_blocks(story, shown)
    else:
        nav = ""
        if story.opts.get("postmode") == "plaintext":
            text = render_blocks(story, story.blocks)
        else:
            text = render_blocks(story, intro) + render_blocks(story, body)
    related_links = "".join(
        f'<li><a href="/index.php?topic={t}">Thêm từ {esc(TOPICS[t])}</a></li>'
        for t in story.opts["topics"]
    )
    others = [s for s in topic_stories(story.opts["topics"][0]) if s is not story][:3]
    related_links += "".join(
        f'<li><a href="/article.php?story={s.slug}">{esc(s.title)}</a></li>' for s in others
    )
    return (
        f'<div class="baiviet baiviet-day" id="bv_{sid}">\n{_head_of_story(story, "h2", False)}'
        f'<div class="nd-bv">{_topic_icon(story)}\n{text}</div>\n{nav}\n'
        f'<div class="chan-bv"><a href="/article.php?story={sid}#comments">'
        f"Bình luận ({len(story.opts['comments'])})</a></div>\n</div>\n"
        '<table width="100%" class="lq-tc"><tr><td valign="top" width="50%">'
        f'<div class="khoi-lq"><div class="tieude-khoi">Bài viết liên quan</div><ul>{related_links}</ul></div>'
        '</td><td valign="top"><div class="khoi-lq"><div class="tieude-khoi">Tùy chọn bài viết</div><ul>'
        f'<li><a href="/profiles.php?sid={sid}&amp;what=emailstory">Gửi bài viết này cho bạn bè</a></li>'
        f'<li><a href="/article.php?story={sid}&amp;mode=print" rel="nofollow">Bản in thân thiện</a></li>'
        "</ul></div></td></tr></table>\n"
        f'<div class="trackback">Trackback URL cho bài viết này: {_TB}{sid}</div>\n'
        + _comments(story)
    )


_TB = "http://thcsnguyendu-krongpac.edu.vn/trackback.php?id="


def print_html(story: Story, request: Request) -> str:
    text = render_blocks(story, story.blocks)
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8" />'
        f"<title>{esc(SITE_NAME)} - {esc(story.title)}</title>"
        '<meta name="robots" content="noindex,nofollow" />'
        '<link rel="stylesheet" href="/layout/nguyendu/print.css" /></head>'
        '<body onload="window.print()"><div class="banin">'
        f"<h1>{esc(story.title)}</h1>\n"
        f'<p class="banin-tt">{gl_date(story.opts["shown"])}<br />Đăng bởi: quantri</p>\n'
        f'<div class="banin-nd">{text}</div>\n<hr />'
        f'<p class="banin-nguon">{esc(SITE_NAME)}<br />'
        f'<a href="{base_url(request)}/article.php?story={story.slug}">'
        f"{base_url(request)}/article.php?story={story.slug}</a></p>"
        "</div></body></html>"
    )


# --- chrome ----------------------------------------------------------------------------------

_MENU = (
    '<ul id="menu-ngang">'
    '<li><a href="/">Trang chủ</a></li>'
    '<li class="co-con"><a href="/staticpages/index.php/gioi-thieu">Giới thiệu</a><ul>'
    '<li><a href="/staticpages/index.php/gioi-thieu">Giới thiệu chung</a></li>'
    '<li><a href="/staticpages/index.php/lich-su">Lịch sử truyền thống</a></li>'
    '<li><a href="/staticpages/index.php/doi-ngu">Đội ngũ giáo viên</a></li></ul></li>'
    + "".join(f'<li><a href="/index.php?topic={t}">{esc(n)}</a></li>' for t, n in TOPICS.items())
    + '<li><a href="/calendar/">Lịch công tác</a></li>'
    '<li><a href="/staticpages/index.php/lien-he">Liên hệ</a></li></ul>'
)


def _block(title: str, content: str, side: str) -> str:
    return (
        f'<div class="khoi-{side}"><div class="tieude-khoi">{esc(title)}</div>'
        f'<div class="nd-khoi">{content}</div></div>\n'
    )


def _left() -> str:
    topics = "".join(
        f'<li><a href="/index.php?topic={t}">{esc(n)}</a> ({len(topic_stories(t))})</li>'
        for t, n in TOPICS.items()
    )
    login = (
        '<form action="/users.php" method="post"><label>Tên đăng nhập:</label>'
        '<input type="text" name="loginname" size="12" /><label>Mật khẩu:</label>'
        '<input type="password" name="passwd" size="12" /><input type="submit" value="Đăng nhập" />'
        "</form>"
    )
    links = (
        '<ul><li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://daklak.edu.vn" target="_blank">Sở GD&amp;ĐT Đắk Lắk</a></li>'
        '<li><a href="https://www.facebook.com/thcsnguyendukrongpac" target="_blank">Facebook nhà trường</a></li>'
        "</ul>"
    )
    return (
        _block("Chủ đề", f'<ul><li><a href="/">Trang chủ</a></li>{topics}</ul>', "trai")
        + _block("Đăng nhập", login, "trai")
        + _block("Liên kết", links, "trai")
    )


def _short(title: str, n: int = 20) -> str:
    return title if len(title) <= n else title[: n - 3] + "..."


def _right() -> str:
    recent = [s for s in FRONT if s.opts["shown"] >= "2026-11-28"]
    new = "".join(
        f'<li><a href="/article.php/{s.slug}" title="{esc(s.title)}">{esc(_short(s.title))}</a></li>'
        for s in recent
    )
    commented = [s for s in STORIES if s.opts["comments"]]
    com = "".join(
        f'<li><a href="/article.php?story={s.slug}#comments" title="{esc(s.title)}">'
        f"{esc(_short(s.title))}</a> [+{len(s.opts['comments'])}]</li>"
        for s in commented
    )
    whats_new = (
        f"<b>Bài viết</b><br />{len(recent)} bài mới trong 1 tuần qua<ul>{new}</ul>"
        f"<b>Bình luận</b><br />{len(commented)} bài có bình luận mới trong 6 tuần qua<ul>{com}</ul>"
        "<b>Trackback</b><br />Không có trackback mới"
    )
    older: list[str] = []
    day = ""
    for s in FRONT[PER_PAGE : PER_PAGE + 6]:
        dt = datetime.strptime(s.opts["shown"], "%Y-%m-%d %H:%M")
        head = dt.strftime("%A %m/%d")
        if head != day:
            if day:
                older.append("</ul>")
            older.append(f'<h3 class="ngay-cu">{head}</h3><ul>')
            day = head
        older.append(
            f'<li><a href="/article.php?story={s.slug}">{esc(s.title)}</a> ({len(s.opts["comments"])})</li>'
        )
    older.append("</ul>")
    poll = (
        '<form action="/polls/index.php" method="post"><p>Bạn đánh giá thế nào về website nhà trường?</p>'
        '<input type="hidden" name="pid" value="danhgiaweb" />'
        '<label><input type="radio" name="aid[0]" value="1" /> Rất hữu ích</label><br />'
        '<label><input type="radio" name="aid[0]" value="2" /> Hữu ích</label><br />'
        '<label><input type="radio" name="aid[0]" value="3" /> Cần cải thiện</label><br />'
        '<input type="submit" value="Bình chọn" /></form>'
        '<a href="/polls/index.php?pid=danhgiaweb&amp;aid=-1">Kết quả</a> | 214 phiếu'
    )
    events = (
        '<ul><li><a href="/calendar/event.php?eid=20261121093011452">Kiểm tra cuối học kỳ I</a>'
        " (21/12 - 24/12)</li>"
        '<li><a href="/calendar/event.php?eid=20261125150233907">Hội thi văn nghệ chào mừng 22/12</a>'
        " (22/12)</li></ul>"
    )
    counter = (
        '<table class="tk"><tr><td>Đang online:</td><td>17</td></tr>'
        "<tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Tổng truy cập:</td><td>1.284.530</td></tr></table>"
    )
    return (
        _block("Có gì mới?", whats_new, "phai")
        + _block("Bài cũ hơn", "".join(older), "phai")
        + _block("Thăm dò ý kiến", poll, "phai")
        + _block("Sự kiện sắp tới", events, "phai")
        + _block("Thống kê truy cập", counter, "phai")
    )


def page(request: Request, title: str, content: str, crumbs: list[tuple[str, str]] | None = None,
         canonical: str | None = None, description: str = "") -> Response:
    crumb = ""
    if crumbs is not None:
        parts = ['<a href="/">Trang chủ</a>'] + [
            f'<a href="{href}">{esc(name)}</a>' if href else esc(name) for name, href in crumbs
        ]
        crumb = f'<div id="vitri">Bạn đang ở: {" » ".join(parts)}</div>\n'
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}" />' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}" />' if description else ""
    doc = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n'
        f"<title>{esc(title)}</title>\n{desc}{canon}\n"
        '<meta name="generator" content="Geeklog 2.2.1sr1" />\n'
        '<link rel="stylesheet" href="/layout/nguyendu/style.css" type="text/css" />\n'
        '<link rel="alternate" type="application/rss+xml" href="/backend/geeklog.rss" title="RSS" />\n'
        '<script src="/javascript/common.js"></script>\n</head>\n<body>\n<div id="khung">\n'
        f'<div id="dau-trang"><div class="ngay-hn">{HEADER_TODAY}</div>'
        '<a href="/"><img src="/layout/nguyendu/images/logo.png" alt="Logo trường" /></a>'
        '<div class="ten-truong">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO KRÔNG PẮC<br />'
        "<b>TRƯỜNG THCS NGUYỄN DU</b></div>"
        '<form action="/search.php" method="get" class="tim"><input type="text" name="query" />'
        '<input type="hidden" name="type" value="all" /><input type="hidden" name="mode" value="search" />'
        '<input type="submit" value="Tìm" /></form>'
        '<a href="/search.php" class="tim-nc">Tìm kiếm nâng cao</a></div>\n'
        f"{_MENU}\n"
        '<table id="bo-cuc" width="100%" cellpadding="0" cellspacing="0"><tr>\n'
        f'<td id="cot-trai" valign="top" width="190">{_left()}</td>\n'
        f'<td id="cot-giua" valign="top">{crumb}{content}</td>\n'
        f'<td id="cot-phai" valign="top" width="210">{_right()}</td>\n</tr></table>\n'
        '<div id="chan-trang"><b>TRƯỜNG THCS NGUYỄN DU - HUYỆN KRÔNG PẮC</b><br />'
        "Địa chỉ: Thôn 1, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk<br />"
        "Điện thoại: 0262 3521 468 - Email: thcsnguyendu.krongpac@daklak.edu.vn<br />"
        "Bản quyền © 2012-2026 Trường THCS Nguyễn Du. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />"
        '<small>Powered by <a href="https://www.geeklog.net/">Geeklog</a> 2.2.1sr1 | '
        "Thời gian tạo trang: 0,21 giây</small></div>\n</div>\n</body>\n</html>\n"
    )
    return html(doc)


def _pager(base: str, current: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        if base == "/":
            return "/" if n == 1 else f"/index.php?page={n}"
        return base if n == 1 else f"{base}&amp;page={n}"

    parts = []
    if current > 1:
        parts.append(f'<a href="{href(1)}">« Đầu</a> <a href="{href(current - 1)}">‹ Trước</a>')
    for n in range(1, total + 1):
        parts.append(f"<b>{n}</b>" if n == current else f'<a href="{href(n)}">{n}</a>')
    if current < total:
        parts.append(f'<a href="{href(current + 1)}">Tiếp ›</a> <a href="{href(total)}">Cuối »</a>')
    return f'<div class="phan-trang">Trang {" ".join(parts)}</div>'


# --- non-article pages ------------------------------------------------------------------------

STATIC_PAGES: dict[str, tuple[str, str]] = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "<p>Trường THCS Nguyễn Du được thành lập năm 1996 trên địa bàn xã Ea Kly, huyện Krông Pắc, "
        "tỉnh Đắk Lắk. Năm học 2026-2027 nhà trường có 18 lớp với 642 học sinh, trong đó 38% là học "
        "sinh dân tộc thiểu số.</p><p>Đội ngũ cán bộ, giáo viên, nhân viên gồm 46 người, 100% đạt "
        "chuẩn trình độ đào tạo.</p>",
    ),
    "lich-su": (
        "Lịch sử truyền thống",
        "<p>Năm 1996, trường được tách ra từ Trường PTCS Ea Kly với 6 lớp và 14 giáo viên.</p>"
        "<p>Năm 2012, trường được công nhận đạt chuẩn quốc gia giai đoạn 2001-2010 và bắt đầu đưa "
        "website vào hoạt động.</p><p>Năm 2022, trường được tặng Bằng khen của UBND tỉnh Đắk Lắk.</p>",
    ),
    "doi-ngu": (
        "Đội ngũ giáo viên",
        '<table border="1" cellpadding="3"><tr><th>Tổ chuyên môn</th><th>Tổ trưởng</th><th>Số GV</th></tr>'
        "<tr><td>Ngữ văn</td><td>Đỗ Thị Hồng Nhung</td><td>8</td></tr>"
        "<tr><td>Toán - Tin</td><td>Nguyễn Hữu Phước</td><td>9</td></tr>"
        "<tr><td>Ngoại ngữ</td><td>Võ Thị Kim Yến</td><td>5</td></tr>"
        "<tr><td>Khoa học tự nhiên</td><td>Lê Văn Hùng</td><td>8</td></tr></table>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Trường THCS Nguyễn Du</p><p>Địa chỉ: Thôn 1, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk</p>"
        "<p>Điện thoại: 0262 3521 468</p><p>Email: thcsnguyendu.krongpac@daklak.edu.vn</p>",
    ),
}

EVENTS: dict[str, tuple[str, str, str]] = {
    "20261121093011452": (
        "Kiểm tra cuối học kỳ I",
        "Monday, December 21 2026 - Thursday, December 24 2026",
        "Tổ chức kiểm tra cuối học kỳ I theo lịch của nhà trường. Địa điểm: các phòng học.",
    ),
    "20261125150233907": (
        "Hội thi văn nghệ chào mừng 22/12",
        "Tuesday, December 22 2026 @ 02:00 PM - 05:00 PM",
        "Hội thi văn nghệ chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam. Địa điểm: sân trường.",
    ),
}


def static_page(request: Request, key: str) -> Response:
    title, body = STATIC_PAGES[key]
    content = (
        f'<div class="trang-tinh"><h2 class="td-tt">{esc(title)}</h2>{body}'
        '<div class="tt-cuoi">Cập nhật lần cuối: Wednesday, March 14 2012 @ 10:20 AM ICT'
        f" &nbsp;|&nbsp; Lượt xem: {len(title) * 311:,}</div></div>"
    )
    return page(request, f"{title} - {SITE_NAME}", content, [(title, "")],
                canonical=f"/staticpages/index.php/{key}")


def calendar_page(request: Request) -> Response:
    # December 2026 starts on a Tuesday; events on 21..24 and 22
    cells = ['<td class="trong"></td>', '<td class="trong"></td>']
    marks = {21: "20261121093011452", 22: "20261125150233907"}
    for d in range(1, 32):
        ev = ""
        if d in marks:
            eid = marks[d]
            ev = f'<br /><a href="/calendar/event.php?eid={eid}">{esc(EVENTS[eid][0])}</a>'
        cells.append(f'<td class="ngay{" homnay" if d == 5 else ""}">{d}{ev}</td>')
    while len(cells) % 7:
        cells.append('<td class="trong"></td>')
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    content = (
        '<div class="lich"><h2>Lịch công tác - Tháng Mười Hai 2026</h2>'
        '<form action="/calendar/index.php" method="get"><select name="month">'
        '<option value="11">Tháng Mười Một</option><option value="12" selected="selected">Tháng Mười Hai</option>'
        '</select><select name="year"><option>2026</option><option>2027</option></select>'
        '<input type="hidden" name="view" value="month" /><input type="submit" value="Xem" /></form>'
        '<table class="lich-thang" border="1"><tr><th>CN</th><th>T2</th><th>T3</th><th>T4</th>'
        f"<th>T5</th><th>T6</th><th>T7</th></tr>{rows}</table></div>"
    )
    return page(request, f"Lịch công tác - {SITE_NAME}", content, [("Lịch công tác", "")])


def event_page(request: Request, eid: str) -> Response:
    title, when, desc = EVENTS[eid]
    content = (
        f'<div class="sukien"><h2>{esc(title)}</h2><table class="sk-tt">'
        f"<tr><td>Thời gian:</td><td>{esc(when)}</td></tr><tr><td>Loại:</td><td>Hoạt động nhà trường</td></tr>"
        f"<tr><td>Mô tả:</td><td>{esc(desc)}</td></tr></table>"
        '<p><a href="/calendar/">« Quay lại lịch</a></p></div>'
    )
    return page(request, f"{title} - {SITE_NAME}", content,
                [("Lịch công tác", "/calendar/"), (title, "")])


def poll_page(request: Request) -> Response:
    content = (
        '<div class="ks"><h2>Bạn đánh giá thế nào về website nhà trường?</h2><table>'
        "<tr><td>Rất hữu ích</td><td>121 (56,54%)</td></tr><tr><td>Hữu ích</td><td>78 (36,45%)</td></tr>"
        "<tr><td>Cần cải thiện</td><td>15 (7,01%)</td></tr></table><p>Tổng số phiếu: 214</p></div>"
    )
    return page(request, f"Thăm dò ý kiến - {SITE_NAME}", content, [("Thăm dò ý kiến", "")])


def email_page(request: Request, story: Story) -> Response:
    content = (
        f'<div class="guimail"><h2>Gửi bài viết cho bạn bè</h2><p>Bài viết: <b>{esc(story.title)}</b></p>'
        '<form action="/profiles.php" method="post">'
        f'<input type="hidden" name="sid" value="{story.slug}" /><input type="hidden" name="what" value="sendstory" />'
        '<p>Gửi tới (tên): <input name="to" /></p><p>Gửi tới (email): <input name="toemail" /></p>'
        '<p>Tên bạn: <input name="from" /></p><p>Email của bạn: <input name="fromemail" /></p>'
        '<p>Lời nhắn: <textarea name="shortmsg"></textarea></p><input type="submit" value="Gửi" /></form></div>'
    )
    return page(request, f"Gửi bài viết - {SITE_NAME}", content, [("Gửi bài viết", "")])


def users_page(request: Request, profile: bool) -> Response:
    if profile:
        content = (
            '<div class="hoso"><h2>Hồ sơ thành viên: quantri</h2><table>'
            "<tr><td>Họ tên:</td><td>Quản trị viên</td></tr><tr><td>Ngày tham gia:</td>"
            "<td>Wednesday, March 14 2012 @ 09:02 AM ICT</td></tr>"
            "<tr><td>Số bài viết:</td><td>1,268</td></tr></table></div>"
        )
        return page(request, f"Hồ sơ thành viên - {SITE_NAME}", content, [("Hồ sơ", "")])
    content = (
        '<div class="dangnhap"><h2>Đăng nhập</h2><form action="/users.php" method="post">'
        '<p>Tên đăng nhập: <input name="loginname" /></p><p>Mật khẩu: <input type="password" name="passwd" /></p>'
        '<input type="submit" value="Đăng nhập" /></form></div>'
    )
    return page(request, f"Đăng nhập - {SITE_NAME}", content, [("Đăng nhập", "")])


def search_page(request: Request) -> Response:
    content = (
        '<div class="timkiem"><h2>Tìm kiếm nâng cao</h2><form action="/search.php" method="get">'
        '<p>Từ khóa: <input name="query" /></p><p>Chủ đề: <select name="topic"><option value="">Tất cả</option>'
        + "".join(f'<option value="{t}">{esc(n)}</option>' for t, n in TOPICS.items())
        + '</select></p><input type="hidden" name="mode" value="search" /><input type="submit" value="Tìm" />'
        "</form></div>"
    )
    return page(request, f"Tìm kiếm - {SITE_NAME}", content, [("Tìm kiếm", "")])


# --- the site ----------------------------------------------------------------------------------


class GeeklogSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/images/", "/layout/", "/javascript/")):
            if path.endswith(".pdf") and path.startswith("/images/library/File/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/", "/index.php"):
            return self.listing(request, params)
        if path == "/article.php":
            story = BY_SID.get(params.get("story", ""))
            if story is None or set(params) - {"story", "mode", "page"}:
                return None
            if params.get("mode") == "print" and set(params) == {"story", "mode"}:
                return html(print_html(story, request))
            if "mode" in params:
                return None
            pg = params.get("page", "1")
            if pg not in ("1", "2") or (pg == "2" and not story.opts.get("page_break")):
                return None
            return self.article(request, story, int(pg))
        if path.startswith("/article.php/"):
            story = BY_SID.get(path[len("/article.php/"):])
            if story is None or request.query:
                return None
            return self.article(request, story, 1)
        if path == "/profiles.php":
            story = BY_SID.get(params.get("sid", ""))
            if story is None or params.get("what") != "emailstory":
                return None
            return email_page(request, story)
        if path.startswith("/staticpages/index.php/"):
            key = path[len("/staticpages/index.php/"):]
            return static_page(request, key) if key in STATIC_PAGES and not request.query else None
        if path == "/calendar/" and not request.query:
            return calendar_page(request)
        if path == "/calendar/event.php" and params.get("eid") in EVENTS:
            return event_page(request, params["eid"])
        if path == "/polls/index.php" and params == {"pid": "danhgiaweb", "aid": "-1"}:
            return poll_page(request)
        if path == "/users.php":
            if not request.query:
                return users_page(request, False)
            if params == {"mode": "profile", "uid": "2"}:
                return users_page(request, True)
            return None
        if path == "/search.php" and not request.query:
            return search_page(request)
        return None

    def listing(self, request: Request, params: dict[str, str]) -> Response | None:
        if set(params) - {"topic", "page"}:
            return None
        tid = params.get("topic")
        if tid is not None and tid not in TOPICS:
            return None
        items = topic_stories(tid) if tid else FRONT
        total = _pages(items)
        try:
            n = int(params.get("page", "1"))
        except ValueError:
            return None
        if not 1 <= n <= total:
            return None
        chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
        body = "".join(listing_item(s) for s in chunk)
        base = f"/index.php?topic={tid}" if tid else "/"
        crumbs = [(TOPICS[tid], "")] if tid else None
        title = f"{TOPICS[tid]} - {SITE_NAME}" if tid else f"{SITE_NAME} - Huyện Krông Pắc"
        if n > 1:
            title += f" - Trang {n}"
        content = body + _pager(base, n, total)
        return page(request, title, content, crumbs,
                    canonical=(base.replace("&amp;", "&") if n == 1 else None))

    def article(self, request: Request, story: Story, pg: int) -> Response:
        canon = f"/article.php?story={story.slug}" + (f"&page={pg}" if pg > 1 else "")
        tid = story.opts["topics"][0]
        first = next(b for b in story.blocks if isinstance(b, P)).text
        return page(
            request, f"{story.title} - {SITE_NAME}", article_html(story, pg),
            [(TOPICS[tid], f"/index.php?topic={tid}")], canonical=canon, description=first[:160],
        )


def build_site() -> GeeklogSite:
    return GeeklogSite()


# --- gold --------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    sid = story.slug
    path = f"/article.php?story={sid}"
    alts = [f"/article.php?story={sid}&mode=print"]
    if story in [s for s in FRONT if s.opts["shown"] >= "2026-11-28"]:
        alts.append(f"/article.php/{sid}")
    if story.opts.get("page_break"):
        alts.append(f"/article.php?story={sid}&page=2")
    return gold_record(story, path, TOPICS[story.cat], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/staticpages/index.php/gioi-thieu",
    "/staticpages/index.php/lich-su",
    "/staticpages/index.php/doi-ngu",
    "/staticpages/index.php/lien-he",
    "/calendar/",
    "/calendar/event.php?eid=20261121093011452",
    "/calendar/event.php?eid=20261125150233907",
    "/polls/index.php?pid=danhgiaweb&aid=-1",
]
