"""PHP-Nuke Evolution Xtreme (2010-era "XtremeV3" theme): Trường THCS Chu Văn An, TP Thái Nguyên.

Platform
    A late PHP-Nuke fork. Everything is ``modules.php?name=<Module>&...``; the News module
    prints stories with the classic ``themeindex``/``themearticle`` tables (``otthree`` boxes,
    ``<font class="content">`` text, "Đọc tiếp..." Read-More links, "N bytes còn lại",
    print / e-mail / PDF icons). The GoogleTap add-on rewrites *some* links into ``article<N>.html``
    aliases: titles and the "Bài cũ hơn" block are rewritten, the "Đọc tiếp..." link is not.

URL scheme
    ``/``                                                    home = News index (5 latest stories
                                                             in full + "Bài cũ hơn" block)
    ``/modules.php?name=News&file=article&sid=<N>``          article (``&page=2``: pagebreak page)
    ``/article<N>.html``                                     GoogleTap alias of the same article
    ``/modules.php?name=News&file=print&sid=<N>``            printable page (same article)
    ``/modules.php?name=News&file=friend&op=FriendSend&sid=<N>``  e-mail form (nofollow)
    ``/modules.php?name=News&file=pdf&sid=<N>``              PDF (nofollow)
    ``/modules.php?name=News&new_topic=<T>[&pagenum=<P>]``   topic listing, 3 stories a page
    ``/modules.php?name=News&file=categories&op=newindex&catid=2``  News category "Tin nổi bật"
    ``/modules.php?name=Content&pa=showpage&pid=<N>``        static Content pages (intro …)
    ``/modules.php?name=Feedback``                           contact form
    ``/modules.php?name=Downloads&d_op=viewdownloaddetails&lid=7``  a document entry
    ``/modules.php?name=Surveys&op=results&pollID=2``        poll results

Page templates
    Every page: header (logo, banner, "Thứ Bảy, 05/12/2026", marquee), top nav, left column
    (Menu chính with a drop-down "Giới thiệu", Chủ đề block, Liên kết), right column (Ai đang
    trực tuyến, Thống kê truy cập, Thăm dò ý kiến form), footer (address, phone, e-mail,
    PHP-Nuke copyright, page generation time).
    Article: one ``otthree`` table: title cell, "Gửi lúc … bởi quantri" cell, the content cell
    (topic icon, hometext, ``<br><br>``, bodytext), then the editor's "Ghi chú" notes, the
    pagebreak pager, the "Liên kết liên quan" box (more about the topic, most-read story of the
    topic, rating form, print/e-mail/PDF), then "Ý kiến bạn đọc" comments.

How each gold article is reached
    Home lists the 5 latest in full (sid 131, 129, 126, 124, 121) and the "Bài cũ hơn" block the
    next 4 (118, 115, 113, 110). Topic listings: T1 "Tin tức - Sự kiện" (131, 124, 121 | page 2:
    110, 101), T2 "Hoạt động chuyên môn" (118, 115, 107 | page 2: 98), T3 "Đội - Đoàn thể"
    (126, 113), T4 "Thông báo" (129, 104). sid 101 and 98 are only on page 2 of their topic.

Traps
    1. Category prefix in the headline: a story filed in the News category "Tin nổi bật" prints
       its headline "Tin nổi bật: <title>" (plain text on the article, a link + text in lists).
       Gold title: without the "Tin nổi bật: " prefix (the ``<title>`` has none).
    2. Submitted stories: the hometext is printed "<informant> viết <i>"…"</i>" (PHP-Nuke's
       "X writes"). Gold: the informant is the author (sid 131 "Đỗ Minh Tuấn"); "Khách viết"
       (anonymous, sid 110) is nobody; the first body paragraph is the quoted text without the
       "X viết" and without the quotes.
    3. No ``<p>``: hometext and bodytext are runs of text parted by ``<br><br>`` inside a single
       ``<font class="content">`` (only a few stories' bodytext is in ``<p>``). Gold: each run a
       paragraph; a single ``<br>`` parts lines too (sid 104's "- " lines).
    4. Dates in words without a slash: "Gửi lúc Thứ năm, 03 Tháng mười hai 2026 @ 14:30:00 ICT"
       (month written out, "@" before the time, "ICT" zone). Gold: 2026-12-03T14:30:00+07:00.
       sid 124 prints "@ 00:00:00": the day alone. The "Bài cũ hơn" block prints days without a
       year ("Thứ hai, 16 Tháng mười một"), comments print their own later stamps: never the
       article's date.
    5. Topic icon in the text: every content cell starts with the topic's picture
       (``images/topics/*.gif``, align=right) linked to the topic listing. Gold: not an image of
       the article.
    6. The editor's notes: "<b>Ghi chú:</b> <i>Theo Báo Thái Nguyên điện tử</i>" after the text
       (sid 126). Gold: source "Báo Thái Nguyên điện tử"; the notes line is not body.
    7. Same post linked under three addresses: ``article<N>.html`` (title links, old-articles
       block), ``modules.php?…sid=N`` ("Đọc tiếp...", print page's "Địa chỉ của bài viết") and
       the printable page. Gold: path = the sid address; the alias and print page in alt_paths.
    8. Pagebreak: sid 118's bodytext is split by ``<!--pagebreak-->`` into ``&page=2``
       ("Trang: 1/2 … Trang sau »"). Gold: the body is both pages in order (the print page shows
       all of it); ``&page=2`` is in alt_paths.
    9. Captions in a two-row table under the photo (sid 121), "(…)" lines under a ``<br>``
       (sid 101, parentheses dropped), a credit-only "Ảnh: Lê Văn Bình" line (sid 115: caption
       None, photographer). The caption rows are not table-row body paragraphs.
   10. Story with no bodytext (sid 104): the listing shows the whole text and has no "Đọc tiếp"
       link; the title alias still leads to the article.
   11. Official notice (sid 129) in letterhead tables: gold date is the letterhead day
       2026-11-30 although "Gửi lúc" prints 01/12; the signer "Hoàng Văn Khánh" is the author.
   12. Comments ("Ý kiến bạn đọc") with "Re: <title>" headings, user names and stamps, plus the
       rating form with "Điểm trung bình": not body, not authors.
   13. sid 124's text is stored as HTML entities (``&#7899;``, ``&agrave;``) by the old editor.

Gold decisions on ambiguous points
    - category = the topic (the "Chủ đề" block / topic listing name); the News category
      "Tin nổi bật" is only a headline prefix.
    - The poster "quantri" (the "bởi …" account) is nobody. A right-aligned unit ("Tổ Toán - Tin",
      "Ban Giám hiệu") signing alone is the author as printed; "ThS." is dropped.
    - summary: the hometext when it is printed bold (sid 121, 107); else null.
    - The italic quoted hometext of a submitted story is not a sapo (not bold): summary null.
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html

from ._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "php_nuke_evolution_thcs"
PLATFORM = "PHP-Nuke Evolution Xtreme 2.0 (News / Content modules, GoogleTap aliases)"
START_PATH = "/"

SITE = "Trường THCS Chu Văn An"
TOPICS = {
    1: ("Tin tức - Sự kiện", "tintuc.gif"),
    2: ("Hoạt động chuyên môn", "chuyenmon.gif"),
    3: ("Đội - Đoàn thể", "doandoi.gif"),
    4: ("Thông báo", "thongbao.gif"),
}
CATEGORY_PREFIX = "Tin nổi bật"
PAGE_SIZE = 3

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
_MONTHS = ["một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"]


def nuke_date(stamp: str, year: bool = True) -> str:
    """'2026-12-03 14:30:00' -> 'Thứ năm, 03 Tháng mười hai 2026 @ 14:30:00 ICT'."""
    d = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    day = f"{_WEEKDAYS[d.weekday()]}, {d.day:02d} Tháng {_MONTHS[d.month - 1]}"
    if not year:
        return day
    return f"{day} {d.year} @ {d:%H:%M:%S} ICT"


# --- the stories ------------------------------------------------------------------------------

S131 = Story(
    131, "", "Học sinh Chu Văn An giành 5 giải cấp thành phố cuộc thi Khoa học kỹ thuật", "1",
    "2026-12-03T14:30:00+07:00",
    [
        P("Tại cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp thành phố năm học "
          "2026-2027, đội tuyển của trường đã mang về 1 giải Nhất, 2 giải Nhì và 2 giải Ba."),
        P("Cuộc thi do Phòng Giáo dục và Đào tạo thành phố Thái Nguyên tổ chức từ ngày 28 đến "
          "ngày 30/11/2026, với 74 dự án của học sinh 32 trường THCS trên địa bàn."),
        Img("uploads/news/2026_12/khkt-2026-1.jpg"),
        P("Dự án “Hệ thống tưới cây tự động dùng cảm biến độ ẩm” của hai em Lê Hải Đăng và "
          "Vũ Khánh Linh lớp 9A2 đạt giải Nhất lĩnh vực Kỹ thuật cơ khí."),
        P("Thầy giáo hướng dẫn Đỗ Minh Tuấn cho biết các em đã làm việc suốt ba tháng, thử "
          "nghiệm mô hình ngay tại vườn trường trước khi dự thi."),
    ],
    authors=["Đỗ Minh Tuấn"],
    opts={"topic": 1, "posted": "2026-12-03 14:30:00", "informant": "Đỗ Minh Tuấn",
          "user": "dmtuan"},
)

S129 = Story(
    129, "", "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027", "4", "2026-11-30",
    [
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 tới toàn thể "
          "cán bộ, giáo viên, học sinh và cha mẹ học sinh."),
        Raw(
            '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
            '<td width="42%" align="center" valign="top"><b>UBND THÀNH PHỐ THÁI NGUYÊN</b><br>'
            "<b><u>TRƯỜNG THCS CHU VĂN AN</u></b><br>Số: 45/TB-THCSCVA</td>"
            '<td align="center" valign="top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>'
            "<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br>"
            "<i>Thái Nguyên, ngày 30 tháng 11 năm 2026</i></td></tr></table><br>"
            '<div align="center"><b>THÔNG BÁO</b><br><b>Về việc tổ chức kiểm tra cuối học kỳ I '
            "năm học 2026-2027</b></div><br>"
        ),
        P("Căn cứ kế hoạch năm học 2026-2027 của nhà trường, Hiệu trưởng thông báo lịch kiểm "
          "tra cuối học kỳ I như sau:"),
        P("1. Thời gian: từ ngày 21/12/2026 đến ngày 26/12/2026."),
        P("2. Các môn kiểm tra tập trung: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử "
          "và Địa lý."),
        P("3. Giáo viên chủ nhiệm thông báo lịch tới học sinh và cha mẹ học sinh trước ngày "
          "15/12/2026."),
        Raw(
            '<br><table width="100%" border="0"><tr><td valign="top" width="50%">'
            "<b><i>Nơi nhận:</i></b><br>- Phòng GD&amp;ĐT (b/c);<br>- Các tổ chuyên môn;<br>"
            '- Lưu: VT.</td><td align="center" valign="top"><b>HIỆU TRƯỞNG</b><br><br>'
            "<i>(đã ký)</i><br><br><b>Hoàng Văn Khánh</b></td></tr></table>"
        ),
    ],
    authors=["Hoàng Văn Khánh"],
    opts={"topic": 4, "posted": "2026-12-01 07:45:00"},
)

S126 = Story(
    126, "", "Liên đội ra quân chiến dịch “Kế hoạch nhỏ” thu gom giấy vụn", "3",
    "2026-11-27T16:20:00+07:00",
    [
        P("Sáng 27/11, Liên đội THCS Chu Văn An tổ chức ra quân chiến dịch “Kế hoạch nhỏ” với "
          "chủ đề “Giấy vụn hôm nay, sách vở ngày mai”."),
        P("Trong hai giờ, 28 chi đội đã thu gom được hơn 3,2 tấn giấy vụn và 450 kg vỏ chai "
          "nhựa. Chi đội 8A4 dẫn đầu với 186 kg giấy."),
        Img("uploads/news/2026_11/kehoachnho.jpg", "Đội viên chi đội 8A4 cân giấy vụn",
            "Đội viên chi đội 8A4 cân giấy vụn", "captbl"),
        P("Toàn bộ số tiền thu được sẽ dùng để mua sách giáo khoa tặng học sinh có hoàn cảnh "
          "khó khăn của trường và trường bạn ở huyện Võ Nhai."),
    ],
    source="Báo Thái Nguyên điện tử",
    opts={"topic": 3, "posted": "2026-11-27 16:20:00", "catprefix": True,
          "notes": "Theo Báo Thái Nguyên điện tử"},
)

S124 = Story(
    124, "", "Hội thi Giáo viên chủ nhiệm giỏi cấp trường năm học 2026-2027", "1", "2026-11-24",
    [
        P("Từ ngày 16 đến 23/11/2026, nhà trường tổ chức Hội thi Giáo viên chủ nhiệm giỏi cấp "
          "trường với sự tham gia của 12 thầy cô."),
        P("Mỗi giáo viên trình bày biện pháp xây dựng tập thể lớp và dự một tiết sinh hoạt "
          "lớp theo chủ đề."),
        P("Kết quả, cô Ngô Thị Hằng (lớp 6A3) và thầy Trịnh Văn Lộc (lớp 8A1) đạt giải Nhất, "
          "được chọn dự thi cấp thành phố."),
    ],
    opts={"topic": 1, "posted": "2026-11-24 00:00:00", "entities": True, "style": "p"},
)

S121 = Story(
    121, "", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", "1", "2026-11-20T09:10:00+07:00",
    [
        P("Sáng 20/11/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
          "giáo Việt Nam (20/11/1982 - 20/11/2026)."),
        P("Đến dự có đại diện lãnh đạo Phòng GD&ĐT thành phố, UBND phường Quang Trung, Ban đại "
          "diện cha mẹ học sinh và các thế hệ thầy cô giáo đã nghỉ hưu."),
        Img("uploads/news/2026_11/le-20-11-1.jpg",
            "Thầy Hoàng Văn Khánh, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "Thầy Hoàng Văn Khánh, Hiệu trưởng nhà trường phát biểu tại buổi lễ", "captbl"),
        P("Phát biểu tại buổi lễ, thầy Hiệu trưởng ôn lại truyền thống tôn sư trọng đạo và "
          "điểm lại những thành tích nổi bật của tập thể sư phạm trong năm học vừa qua."),
        P("Dịp này, 9 giáo viên được nhận giấy khen của Chủ tịch UBND thành phố vì có thành "
          "tích xuất sắc trong công tác giảng dạy."),
        Img("uploads/news/2026_11/le-20-11-2.jpg",
            "Học sinh biểu diễn văn nghệ chào mừng các thầy cô",
            "Học sinh biểu diễn văn nghệ chào mừng các thầy cô", "captbl"),
        Raw('<p align="right"><b>Tin, ảnh: Nguyễn Thu Hà</b></p>'),
    ],
    authors=["Nguyễn Thu Hà"],
    photographers=["Nguyễn Thu Hà"],
    summary="Sáng 20/11/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
    "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026).",
    opts={"topic": 1, "posted": "2026-11-20 09:10:00", "catprefix": True, "bold": True},
)

S118 = Story(
    118, "", "Chuyên đề dạy học môn Toán theo hướng phát triển năng lực tự học", "2",
    "2026-11-16T10:05:00+07:00",
    [
        P("Ngày 14/11/2026, Tổ Toán - Tin tổ chức chuyên đề “Dạy học môn Toán theo hướng phát "
          "triển năng lực tự học cho học sinh lớp 7”."),
        P("Chuyên đề gồm hai phần: tiết dạy minh họa của cô Lương Thị Mai tại lớp 7A2 và phần "
          "thảo luận của giáo viên trong tổ."),
        P("Tiết dạy bài “Tam giác cân” được thiết kế theo mô hình lớp học đảo ngược: học sinh "
          "xem video bài giảng ở nhà và làm phiếu học tập trước khi đến lớp."),
        Raw("<!--pagebreak-->"),
        P("Trong phần thảo luận, các thầy cô đánh giá học sinh chủ động, tự tin trình bày sản "
          "phẩm nhóm; thời gian luyện tập trên lớp tăng rõ rệt."),
        P("Tổ chuyên môn thống nhất nhân rộng mô hình ở các lớp 6 và 8 từ học kỳ II."),
        Raw('<div align="right"><b>Tổ Toán - Tin</b></div>'),
    ],
    authors=["Tổ Toán - Tin"],
    opts={"topic": 2, "posted": "2026-11-16 10:05:00"},
)

S115 = Story(
    115, "", "Kết quả thi chọn học sinh giỏi lớp 9 cấp thành phố", "2", "2026-11-12T15:40:00+07:00",
    [
        P("Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027, nhà trường có 14 "
          "học sinh đạt giải, xếp thứ ba toàn thành phố."),
        P("Danh sách học sinh đạt giải Nhất, Nhì:"),
        P("STT | Họ và tên | Lớp | Môn | Giải", "tr"),
        P("1 | Nguyễn Minh Châu | 9A1 | Toán | Nhất", "tr"),
        P("2 | Trần Bảo Ngọc | 9A1 | Ngữ văn | Nhì", "tr"),
        P("3 | Phạm Gia Huy | 9A2 | Tiếng Anh | Nhì", "tr"),
        Img("uploads/news/2026_11/hsg9-trao-thuong.jpg", "Ảnh: Lê Văn Bình", None, "credit"),
        P("Các em đạt giải sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi cấp tỉnh vào tháng "
          "3/2027."),
        Raw('<p align="right"><b>ThS. Phạm Thị Ngọc Anh</b> - Tổ trưởng tổ KHTN</p>'),
    ],
    authors=["Phạm Thị Ngọc Anh"],
    photographers=["Lê Văn Bình"],
    opts={"topic": 2, "posted": "2026-11-12 15:40:00"},
)

S113 = Story(
    113, "", "Đại hội Liên đội nhiệm kỳ 2026-2027", "3", "2026-11-09T08:00:00+07:00",
    [
        P("Chiều 7/11/2026, Liên đội THCS Chu Văn An tổ chức Đại hội Liên đội nhiệm kỳ "
          "2026-2027 với sự tham dự của 112 đại biểu là chỉ huy các chi đội."),
        P("Đại hội đã thông qua báo cáo tổng kết công tác Đội năm học trước và chương trình "
          "hành động nhiệm kỳ mới."),
        P("Đại hội bầu Ban chỉ huy Liên đội gồm 15 đội viên; em Đinh Ngọc Ánh lớp 8A3 được "
          "bầu làm Liên đội trưởng."),
        Raw('<br><br>Xem thêm: <a href="http://thieunhi.vn/huong-dan-dai-hoi-lien-doi.html">'
            "Hướng dẫn tổ chức Đại hội Liên đội</a>"),
    ],
    opts={"topic": 3, "posted": "2026-11-09 08:00:00",
          "comments": [
              ("phuhuynh_8a3", "2026-11-10 21:14:33",
               "Chúc mừng con và Ban chỉ huy Liên đội mới! Mong các con luôn năng động."),
              ("hocsinh_cva", "2026-11-11 06:02:10",
               "Đại hội năm nay vui quá, cảm ơn cô Tổng phụ trách ạ."),
          ]},
)

S110 = Story(
    110, "", "Phụ huynh lớp 7A3 tặng tủ sách cho thư viện trường", "1", "2026-11-05T20:15:00+07:00",
    [
        P("Ban đại diện cha mẹ học sinh lớp 7A3 vừa trao tặng thư viện nhà trường một tủ sách "
          "gồm 320 cuốn sách tham khảo và truyện thiếu nhi."),
        P("Tủ sách được đặt tại góc đọc tầng 2 nhà A, mở cửa cho học sinh vào giờ ra chơi."),
        P("Cô Hà Thị Thu, cán bộ thư viện, cho biết số sách được phân loại và đánh mã ngay "
          "trong tuần để học sinh mượn về nhà."),
    ],
    opts={"topic": 1, "posted": "2026-11-05 20:15:00", "informant": "Khách"},
)

S107 = Story(
    107, "", "Triển khai dạy học STEM trong môn Khoa học tự nhiên", "2", "2026-11-02T09:30:00+07:00",
    [
        P("Thực hiện hướng dẫn của Bộ GD&ĐT, nhà trường triển khai dạy học STEM trong môn Khoa "
          "học tự nhiên ở cả bốn khối lớp."),
        P("Mỗi khối thực hiện ít nhất hai bài học STEM trong một học kỳ, theo quy trình năm "
          "bước của Chương trình giáo dục phổ thông 2018.[1]"),
        P("Các chủ đề học kỳ I:"),
        P("Khối 6: Làm ống nhòm đơn giản;", "li"),
        P("Khối 7: Thiết kế mô hình hệ tuần hoàn;", "li"),
        P("Khối 8: Chế tạo bình lọc nước;", "li"),
        P("Khối 9: Lắp mạch điện chiếu sáng tiết kiệm.", "li"),
        P("[1] Công văn số 3089/BGDĐT-GDTrH ngày 14/8/2020."),
    ],
    summary="Thực hiện hướng dẫn của Bộ GD&ĐT, nhà trường triển khai dạy học STEM trong môn Khoa "
    "học tự nhiên ở cả bốn khối lớp.",
    opts={"topic": 2, "posted": "2026-11-02 09:30:00", "bold": True},
)

S104 = Story(
    104, "", "Lịch họp cha mẹ học sinh giữa học kỳ I", "4", "2026-10-28T07:00:00+07:00",
    [
        P("Nhà trường thông báo lịch họp cha mẹ học sinh giữa học kỳ I như sau:"),
        P("- Khối 6 và khối 7: 8h00 sáng Chủ nhật 01/11/2026."),
        P("- Khối 8 và khối 9: 14h00 chiều Chủ nhật 01/11/2026."),
        P("Kính mời quý cha mẹ học sinh dự họp đầy đủ, đúng giờ."),
        Raw('<div align="right"><b>Ban Giám hiệu</b></div>'),
    ],
    authors=["Ban Giám hiệu"],
    opts={"topic": 4, "posted": "2026-10-28 07:00:00", "hometext_only": True},
)

S101 = Story(
    101, "", "Học sinh khối 9 trải nghiệm tại Bảo tàng Văn hóa các dân tộc Việt Nam", "1",
    "2026-10-20T14:00:00+07:00",
    [
        P("Ngày 17/10/2026, gần 300 học sinh khối 9 đã tham gia chuyến trải nghiệm tại Bảo tàng "
          "Văn hóa các dân tộc Việt Nam."),
        Img("uploads/news/2026_10/baotang-k9.jpg",
            "(Học sinh lớp 9A1 nghe thuyết minh về trang phục dân tộc Tày)",
            "Học sinh lớp 9A1 nghe thuyết minh về trang phục dân tộc Tày", "paren"),
        P("Các em được nghe giới thiệu về 54 dân tộc anh em, tìm hiểu nhà sàn, nông cụ và "
          "trang phục truyền thống."),
        P("Sau chuyến đi, mỗi lớp hoàn thành một sản phẩm thu hoạch dưới dạng báo tường hoặc "
          "video ngắn."),
        Raw('<p align="right"><i>ThS. Trần Quốc Việt</i></p>'),
    ],
    authors=["Trần Quốc Việt"],
    opts={"topic": 1, "posted": "2026-10-20 14:00:00", "style": "p"},
)

S98 = Story(
    98, "", "Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Ngoại ngữ", "2",
    "2026-10-15T10:45:00+07:00",
    [
        P("Tổ Ngoại ngữ tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với tiết dạy "
          "minh họa Unit 3 lớp 8."),
        P("1. Mục tiêu"),
        P("Giúp giáo viên quan sát việc học của học sinh, từ đó điều chỉnh hoạt động dạy."),
        P("2. Kết quả"),
        P("Giáo viên dự giờ ghi nhận 4 nhóm học sinh hoàn thành nhiệm vụ nói đúng thời gian; "
          "một số em còn ngại phát biểu."),
        Raw('<div align="right"><b>Tổ Ngoại ngữ</b></div>'),
    ],
    authors=["Tổ Ngoại ngữ"],
    opts={"topic": 2, "posted": "2026-10-15 10:45:00", "style": "p", "heads": [0, 2]},
)

STORIES = [S131, S129, S126, S124, S121, S118, S115, S113, S110, S107, S104, S101, S98]
BY_SID = {s.id: s for s in STORIES}
MOST_READ = {1: 121, 2: 115, 3: 126, 4: 129}


def _topic_name(story: Story) -> str:
    return TOPICS[story.opts["topic"]][0]


# --- markup pieces ----------------------------------------------------------------------------


def _img_tag(src: str) -> str:
    return f'<img src="{esc(src)}" width="500" border="0" alt="">'


def _render_img(img: Img) -> str:
    if img.style == "captbl":
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" width="500">'
            f"<tr><td>{_img_tag(img.src)}</td></tr>"
            f'<tr><td align="center" style="font-size:11px"><i>{esc(img.printed or "")}</i>'
            "</td></tr></table>"
        )
    if img.style == "credit":
        return (
            f'<div align="center">{_img_tag(img.src)}<br><em>{esc(img.printed or "")}</em></div>'
        )
    if img.style == "paren":
        return f'<div style="text-align:center">{_img_tag(img.src)}<br>{esc(img.printed or "")}</div>'
    return f'<div align="center">{_img_tag(img.src)}</div>'


def _body_html(story: Story, blocks: list) -> str:
    """Bodytext as the editor stored it: ``<br><br>`` runs, or ``<p>`` for a few stories."""
    style = story.opts.get("style", "br")
    heads = story.opts.get("heads", [])
    out: list[str] = []
    i = 0
    pidx = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(f"<td>{esc(c)}</td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table border="1" cellpadding="3" cellspacing="0" align="center" '
                       f'style="border-collapse:collapse">{"".join(rows)}</table>')
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(b, P):
            body = esc(b.text)
            if pidx in heads:
                body = f"<b>{body}</b>"
            out.append(f"<p>{body}</p>" if style == "p" else f"{body}<br><br>")
            pidx += 1
        elif isinstance(b, Img):
            out.append(_render_img(b))
        else:
            out.append(b.html)
        i += 1
    markup = "\n".join(out)
    return entity_mix(markup) if story.opts.get("entities") else markup


def _hometext(story: Story) -> str:
    first = story.blocks[0]
    assert isinstance(first, P)
    t = esc(first.text)
    informant = story.opts.get("informant")
    if informant == "Khách":
        t = f'Khách viết <i>"{t}"</i>'
    elif informant:
        user = story.opts["user"]
        t = (f'<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={user}">'
             f'{esc(informant)}</a> viết <i>"{t}"</i>')
    elif story.opts.get("bold"):
        t = f"<b>{t}</b>"
    if story.opts.get("hometext_only"):
        # hometext of several lines typed with single <br>
        lines = [t] + [esc(b.text) for b in story.blocks[1:] if isinstance(b, P)]
        rest = "".join(b.html for b in story.blocks[1:] if isinstance(b, Raw))
        return "<br>\n".join(lines) + rest
    return entity_mix(t) if story.opts.get("entities") else t


def _body_pages(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in story.blocks[1:]:
        if isinstance(b, Raw) and b.html == "<!--pagebreak-->":
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def _topic_icon(story: Story) -> str:
    tid = story.opts["topic"]
    name, icon = TOPICS[tid]
    return (f'<a href="modules.php?name=News&amp;new_topic={tid}"><img src="images/topics/{icon}" '
            f'border="0" alt="{esc(name)}" title="{esc(name)}" align="right" hspace="10" '
            'vspace="10"></a>')


def _poster(story: Story) -> str:
    return (f'Gửi lúc {nuke_date(story.opts["posted"])} bởi '
            '<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=quantri">'
            "quantri</a>")


def _bytes_left(story: Story) -> int:
    return sum(len(b.text.encode()) for b in story.blocks[1:] if isinstance(b, P)) + 211


def _art(sid: int) -> str:
    return f"modules.php?name=News&amp;file=article&amp;sid={sid}"


# --- the page frame ---------------------------------------------------------------------------

_CSS = "themes/XtremeV3/style/style.css"


def _block(title: str, inner: str) -> str:
    return (
        '<table class="block" width="180" border="0" cellspacing="0" cellpadding="0">'
        f'<tr><td class="blocktitle"><img src="themes/XtremeV3/images/block-left.gif" alt="">'
        f"&nbsp;{esc(title)}</td></tr>"
        f'<tr><td class="blockcontent">{inner}</td></tr></table><br>'
    )


def _left() -> str:
    menu = (
        '<div id="mainmenu"><ul class="nukemenu">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li class="sub"><a href="modules.php?name=Content&amp;pa=showpage&amp;pid=1">Giới thiệu</a>'
        '<ul><li><a href="modules.php?name=Content&amp;pa=showpage&amp;pid=1">Lịch sử nhà trường</a></li>'
        '<li><a href="modules.php?name=Content&amp;pa=showpage&amp;pid=2">Cơ cấu tổ chức</a></li>'
        '<li><a href="modules.php?name=Content&amp;pa=showpage&amp;pid=3">Thành tích - Danh hiệu</a></li>'
        "</ul></li>"
        '<li><a href="modules.php?name=Downloads&amp;d_op=viewdownloaddetails&amp;lid=7">Văn bản</a></li>'
        '<li><a href="modules.php?name=Feedback">Liên hệ</a></li>'
        '<li><a href="modules.php?name=Your_Account" rel="nofollow">Tài khoản</a></li>'
        "</ul></div>"
    )
    topics = "".join(
        f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=News&amp;new_topic={tid}">'
        f"{esc(name)}</a><br>"
        for tid, (name, _icon) in TOPICS.items()
    )
    links = (
        '<a href="http://thainguyen.edu.vn" target="_blank">Sở GD&amp;ĐT Thái Nguyên</a><br>'
        '<a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a><br>'
        '<a href="http://truonghocketnoi.edu.vn" target="_blank">Trường học kết nối</a>'
    )
    return _block("Menu chính", menu) + _block("Chủ đề", topics) + _block("Liên kết", links)


def _right() -> str:
    online = (
        '<img src="images/blocks/online.gif" alt=""> Hiện có <b>14</b> khách và <b>0</b> thành viên '
        "đang trực tuyến.<br><br>Bạn là khách. Bạn có thể "
        '<a href="modules.php?name=Your_Account&amp;op=new_user" rel="nofollow">đăng ký</a>.'
    )
    counter = "Đang online: <b>14</b><br>Hôm nay: <b>386</b><br>Tổng truy cập: <b>1.284.905</b>"
    poll = (
        '<form action="modules.php?name=Surveys" method="post"><input type="hidden" name="pollID" '
        'value="2"><b>Bạn biết đến website trường qua đâu?</b><br>'
        '<input type="radio" name="voteID" value="1"> Giáo viên chủ nhiệm<br>'
        '<input type="radio" name="voteID" value="2"> Nhóm Zalo lớp<br>'
        '<input type="radio" name="voteID" value="3"> Tìm kiếm Google<br>'
        '<input type="submit" value="Biểu quyết"></form>'
        '<a href="modules.php?name=Surveys&amp;op=results&amp;pollID=2">Kết quả</a> | '
        "Số phiếu: <b>231</b>"
    )
    return (_block("Ai đang trực tuyến", online) + _block("Thống kê truy cập", counter)
            + _block("Thăm dò ý kiến", poll))


def _page(request: Request, title: str, center: str) -> Response:
    doc = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Nuke-Evolution Xtreme 2.0 - Copyright 2005 by Francisco Burzi">
<meta name="keywords" content="THCS Chu Văn An, Thái Nguyên, trường học">
<link rel="alternate" type="application/rss+xml" title="RSS" href="backend.php">
<link rel="stylesheet" href="{_CSS}" type="text/css">
<script type="text/javascript" src="includes/javascript/jquery.min.js"></script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0" id="xheader">
<tr><td><a href="/"><img src="themes/XtremeV3/images/logo.gif" alt="{esc(SITE)}" border="0"></a></td>
<td class="banner"><b>TRƯỜNG THCS CHU VĂN AN</b><br>THÀNH PHỐ THÁI NGUYÊN - TỈNH THÁI NGUYÊN</td></tr>
<tr><td colspan="2" class="topnav"><span class="xdate">Thứ Bảy, 05/12/2026</span>
&nbsp;|&nbsp;<a href="/">Trang chủ</a> | <a href="modules.php?name=Content&amp;pa=showpage&amp;pid=1">Giới thiệu</a>
| <a href="modules.php?name=News&amp;new_topic=4">Thông báo</a> | <a href="modules.php?name=Feedback">Liên hệ</a>
<marquee scrollamount="3">Chào mừng quý vị đến với website Trường THCS Chu Văn An - TP Thái Nguyên</marquee></td></tr>
</table>
<table width="980" align="center" border="0" cellpadding="4" cellspacing="0"><tr>
<td width="180" valign="top" id="leftcol">{_left()}</td>
<td valign="top" id="centercol">{center}</td>
<td width="180" valign="top" id="rightcol">{_right()}</td>
</tr></table>
<table width="980" align="center" id="xfooter"><tr><td align="center"><font class="footmsg">
Trường THCS Chu Văn An - Số 12 đường Phan Đình Phùng, phường Quang Trung, TP Thái Nguyên<br>
Điện thoại: 0208.3855.416 - Email: c2chuvanan.tn@thainguyen.edu.vn<br>
PHP-Nuke Copyright &copy; 2005 by Francisco Burzi. Nuke-Evolution Xtreme 2.0.9e<br>
Thời gian tạo trang: 0.1482 giây - 31 truy vấn</font></td></tr></table>
</body></html>"""
    return html(doc)


# --- pages ------------------------------------------------------------------------------------


def _headline(story: Story, link: bool) -> str:
    t = esc(story.title)
    if link:
        t = f'<a href="article{story.id}.html">{t}</a>'
    if story.opts.get("catprefix"):
        pre = esc(CATEGORY_PREFIX)
        if link:
            pre = (f'<a href="modules.php?name=News&amp;file=categories&amp;op=newindex&amp;catid=2">'
                   f"{pre}</a>")
        t = f"{pre}: {t}"
    return t


def _index_story(story: Story) -> str:
    """``themeindex``: one story in a listing."""
    tools = []
    if not story.opts.get("hometext_only"):
        tools.append(f'<a href="{_art(story.id)}"><b>Đọc tiếp...</b></a>')
        tools.append(f"{_bytes_left(story)} bytes còn lại")
    ncom = len(story.opts.get("comments", []))
    tools.append(f"{ncom} bình luận" if ncom else "Bình luận?")
    tools.append(f"Điểm: {3 + story.id % 3}")
    return (
        '<table class="otthree" width="100%" border="0" cellspacing="0" cellpadding="3">'
        '<tr><td class="ot3title"><img src="themes/XtremeV3/images/arrow.gif" alt=""> '
        f"<b>{_headline(story, True)}</b></td></tr>"
        f'<tr><td><font class="tiny">{_poster(story)} ({story.views()} lần đọc)</font></td></tr>'
        f'<tr><td><font class="content">{_topic_icon(story)}{_hometext(story)}</font></td></tr>'
        f'<tr><td align="right"><font class="tiny">( {" | ".join(tools)} ) '
        f'<a href="modules.php?name=News&amp;file=print&amp;sid={story.id}"><img '
        'src="images/print.gif" border="0" alt="Bản in" title="Bản in"></a> '
        f'<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={story.id}" '
        'rel="nofollow"><img src="images/friend.gif" border="0" alt="Gửi bạn bè"></a>'
        "</font></td></tr></table><br>"
    )


def _home(request: Request) -> Response:
    latest = STORIES[:5]
    older = STORIES[5:9]
    center = "".join(_index_story(s) for s in latest)
    rows = []
    day = None
    for s in older:
        d = nuke_date(s.opts["posted"], year=False)
        if d != day:
            rows.append(f"<b>{d}</b><br>")
            day = d
        n = len(s.opts.get("comments", []))
        rows.append(f'<strong><big>&middot;</big></strong>&nbsp;<a href="article{s.id}.html">'
                    f"{esc(s.title)}</a> ({n})<br>")
    center += (
        '<table class="otthree" width="100%"><tr><td class="ot3title"><b>Bài cũ hơn</b></td></tr>'
        f'<tr><td><font class="content">{"".join(rows)}</font></td></tr></table>'
    )
    return _page(request, f"{SITE} - Tin tức", center)


def _pager(base: str, page: int, pages: int) -> str:
    parts = []
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}&amp;pagenum={n}"
        parts.append(f"<b>{n}</b>" if n == page else f'<a href="{href}">{n}</a>')
    nxt = f' <a href="{base}&amp;pagenum={page + 1}">Trang sau &raquo;</a>' if page < pages else ""
    prv = f'<a href="{base}">&laquo; Trang trước</a> ' if page > 1 else ""
    return (f'<div align="center" class="pagination">Trang {page} / {pages} &nbsp; '
            f"{prv}[ {' | '.join(parts)} ]{nxt}</div>")


def _topic_list(request: Request, tid: int, page: int) -> Response | None:
    stories = [s for s in STORIES if s.opts["topic"] == tid]
    pages = (len(stories) + PAGE_SIZE - 1) // PAGE_SIZE
    if not 1 <= page <= pages:
        return None
    name, icon = TOPICS[tid]
    chunk = stories[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    center = (
        f'<table class="otthree" width="100%"><tr><td><img src="images/topics/{icon}" alt="" '
        f'align="left"> <font class="title"><b>Chủ đề: {esc(name)}</b></font></td></tr></table><br>'
        + "".join(_index_story(s) for s in chunk)
    )
    if pages > 1:
        center += _pager(f"modules.php?name=News&amp;new_topic={tid}", page, pages)
    return _page(request, f"{SITE} - Tin tức - {name}", center)


def _category_list(request: Request) -> Response:
    stories = [s for s in STORIES if s.opts.get("catprefix")]
    center = (
        '<table class="otthree" width="100%"><tr><td><font class="title"><b>Chuyên mục: '
        f"{esc(CATEGORY_PREFIX)}</b></font></td></tr></table><br>"
        + "".join(_index_story(s) for s in stories)
    )
    return _page(request, f"{SITE} - Tin tức - {CATEGORY_PREFIX}", center)


def _comments(story: Story) -> str:
    out = [
        '<a name="comments"></a><table width="100%" class="otthree"><tr><td>'
        '<form action="modules.php?name=News&amp;file=article" method="post">'
        f'<input type="hidden" name="sid" value="{story.id}"><b>Ý kiến bạn đọc</b> &nbsp; '
        '<select name="thold"><option value="-1">-1</option><option value="0" selected>0</option>'
        '</select> <select name="mode"><option value="nested">Lồng nhau</option>'
        '<option value="flat">Phẳng</option></select> <input type="submit" value="Làm mới">'
        "</form><font class=\"tiny\">Các bình luận thuộc quyền sở hữu của người gửi. Chúng tôi "
        "không chịu trách nhiệm về nội dung của họ.</font></td></tr></table>"
    ]
    for user, stamp, body in story.opts.get("comments", []):
        out.append(
            '<table width="100%" border="0" class="comment"><tr><td bgcolor="#EEEEEE">'
            f"<b>Re: {esc(story.title)}</b> (Điểm: 1)<br><font class=\"tiny\">bởi <b>{esc(user)}</b> "
            f"vào {nuke_date(stamp)}</font></td></tr><tr><td>{esc(body)}</td></tr></table>"
        )
    return "".join(out)


def _related(story: Story) -> str:
    tid = story.opts["topic"]
    name = TOPICS[tid][0]
    best = BY_SID[MOST_READ[tid]]
    rating = 3 + story.id % 3
    return (
        '<table class="otthree" width="100%" border="0" cellpadding="3"><tr><td class="ot3title">'
        "<b>Liên kết liên quan</b></td></tr><tr><td><font class=\"content\">"
        f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=News&amp;new_topic={tid}">'
        f"Thêm về {esc(name)}</a><br>"
        "<strong><big>&middot;</big></strong>&nbsp;Tin của quantri<br><br>"
        f"<center>Bài được đọc nhiều nhất về {esc(name)}:<br>"
        f'<a href="article{best.id}.html">{esc(best.title)}</a></center><br>'
        f"<center><b>Đánh giá bài viết</b><br>Điểm trung bình: <b>{rating}.5</b><br>"
        f"Số phiếu: <b>{story.id % 7 + 1}</b><br>"
        '<form action="modules.php?name=News" method="post">'
        f'<input type="hidden" name="sid" value="{story.id}"><input type="hidden" name="op" '
        'value="rate_article"><input type="radio" name="score" value="5"> Tuyệt vời<br>'
        '<input type="radio" name="score" value="3"> Trung bình<br>'
        '<input type="submit" value="Bình chọn!"></form></center><br>'
        "<b>Chức năng</b><br>"
        f'<a href="modules.php?name=News&amp;file=print&amp;sid={story.id}"><img src="images/print.gif" '
        'border="0" alt=""> Bản in thân thiện</a><br>'
        f'<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={story.id}" '
        'rel="nofollow"><img src="images/friend.gif" border="0" alt=""> Gửi bài cho bạn bè</a><br>'
        f'<a href="modules.php?name=News&amp;file=pdf&amp;sid={story.id}" rel="nofollow">'
        '<img src="images/pdf.gif" border="0" alt=""> Tạo file PDF</a>'
        "</font></td></tr></table>"
    )


def _article(request: Request, story: Story, page: int) -> Response | None:
    pages = _body_pages(story)
    if not 1 <= page <= len(pages):
        return None
    if story.opts.get("hometext_only"):
        content = _hometext(story)
    else:
        body = _body_html(story, pages[page - 1])
        content = (_hometext(story) + "<br><br>\n" + body) if page == 1 else body
    notes = story.opts.get("notes")
    extra = f'<br><br><b>Ghi chú:</b> <i>{esc(notes)}</i>' if notes else ""
    pager = ""
    if len(pages) > 1:
        links = []
        if page > 1:
            links.append(f'<a href="{_art(story.id)}">&laquo; Trang trước</a>')
        if page < len(pages):
            links.append(f'<a href="{_art(story.id)}&amp;page={page + 1}">Trang sau &raquo;</a>')
        pager = (f'<br><br><div align="center"><b>Trang: {page}/{len(pages)}</b> &nbsp; '
                 f"{' | '.join(links)}</div>")
    center = (
        '<table class="otthree" width="100%" border="0" cellspacing="0" cellpadding="3">'
        f'<tr><td class="storytitle"><font class="option"><b>{_headline(story, False)}</b></font></td></tr>'
        f'<tr><td><font class="tiny">{_poster(story)}</font></td></tr>'
        f'<tr><td><font class="content">{_topic_icon(story)}{content}{extra}</font>{pager}</td></tr>'
        "</table><br>" + _related(story) + "<br>" + _comments(story)
    )
    return _page(request, f"{SITE} - Tin tức - {story.title}", center)


def _print(request: Request, story: Story) -> Response:
    if story.opts.get("hometext_only"):
        content = _hometext(story)
    else:
        body_blocks = [b for page in _body_pages(story) for b in page]
        content = _hometext(story) + "<br><br>\n" + _body_html(story, body_blocks)
    base = base_url(request)
    url = f"{base}/modules.php?name=News&amp;file=article&amp;sid={story.id}"
    doc = f"""<html><head><title>{esc(SITE)} - {esc(story.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body bgcolor="#FFFFFF" text="#000000"><table border="0" width="640" cellpadding="0"
cellspacing="1" bgcolor="#000000" align="center"><tr><td><table border="0" width="640"
cellpadding="20" cellspacing="1" bgcolor="#FFFFFF"><tr><td>
<center><img src="images/logo.gif" border="0" alt=""><br><br>
<font class="content"><b>{esc(story.title)}</b></font><br>
<font class="tiny"><b>Ngày</b> {nuke_date(story.opts["posted"])}<br>
<b>Chủ đề:</b> {esc(_topic_name(story))}<br><br></font></center>
<font class="content">{content}</font>
</td></tr></table></td></tr></table><br><br><center><font class="content">
Bài viết này đến từ {esc(SITE)}<br><a href="{base}">{base}</a><br><br>
Địa chỉ của bài viết: <a href="{url}">{url}</a></font></center></body></html>"""
    return html(doc)


def _friend(request: Request, story: Story) -> Response:
    center = (
        '<table class="otthree" width="100%"><tr><td><center><font class="title"><b>Gửi bài viết '
        f"cho bạn bè</b></font></center><br>Bạn sẽ gửi bài viết <b>{esc(story.title)}</b> tới một "
        'người bạn:<br><br><form action="modules.php?name=News&amp;file=friend" method="post">'
        f'<input type="hidden" name="sid" value="{story.id}"><input type="hidden" name="op" '
        'value="SendStory">Tên bạn: <input type="text" name="yname"><br>Email người nhận: '
        '<input type="text" name="fmail"><br><input type="submit" value="Gửi"></form>'
        "</td></tr></table>"
    )
    return _page(request, f"{SITE} - Gửi bài viết", center)


# --- static pages (not articles) ----------------------------------------------------------------

CONTENT_PAGES = {
    1: ("Lịch sử nhà trường", [
        "Trường THCS Chu Văn An được thành lập năm 1986 trên cơ sở tách từ Trường PTCS Quang "
        "Trung, thành phố Thái Nguyên.",
        "Qua gần 40 năm xây dựng và phát triển, nhà trường đã nhiều năm liền đạt danh hiệu "
        "Tập thể lao động xuất sắc.",
    ]),
    2: ("Cơ cấu tổ chức", [
        "Hiệu trưởng: Thầy Hoàng Văn Khánh.",
        "Phó Hiệu trưởng: Cô Lê Thị Thanh Hương, Thầy Nông Văn Quý.",
        "Các tổ chuyên môn: Tổ Ngữ văn, Tổ Toán - Tin, Tổ KHTN, Tổ Ngoại ngữ, Tổ Văn phòng.",
    ]),
    3: ("Thành tích - Danh hiệu", [
        "Huân chương Lao động hạng Ba năm 2016.",
        "Trường đạt chuẩn Quốc gia mức độ 2 năm 2021.",
    ]),
}


def _content_page(request: Request, pid: int) -> Response | None:
    if pid not in CONTENT_PAGES:
        return None
    title, paras = CONTENT_PAGES[pid]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    center = (
        '<table class="otthree" width="100%"><tr><td><center><font class="title"><b>'
        f"{esc(title)}</b></font></center><br><font class=\"content\">{body}</font>"
        '<br><div align="right"><font class="tiny">(1204 lần đọc)</font> '
        f'<a href="modules.php?name=Content&amp;pa=printpage&amp;pid={pid}" rel="nofollow">'
        '<img src="images/print.gif" border="0" alt="In"></a></div></td></tr></table>'
    )
    return _page(request, f"{SITE} - {title}", center)


def _feedback(request: Request) -> Response:
    center = (
        '<table class="otthree" width="100%"><tr><td><center><font class="title"><b>Liên hệ</b>'
        "</font></center><br>Mọi ý kiến đóng góp xin gửi về nhà trường qua mẫu dưới đây hoặc "
        "gọi số 0208.3855.416.<br><br>"
        '<form action="modules.php?name=Feedback" method="post">Họ tên: <input type="text" '
        'name="sender_name"><br>Email: <input type="text" name="sender_email"><br>Nội dung:<br>'
        '<textarea name="message" rows="8" cols="50"></textarea><br><input type="hidden" '
        'name="opi" value="ds"><input type="submit" value="Gửi"></form></td></tr></table>'
    )
    return _page(request, f"{SITE} - Liên hệ", center)


def _download(request: Request) -> Response:
    center = (
        '<table class="otthree" width="100%"><tr><td><font class="title"><b>Văn bản - Tài liệu</b>'
        '</font><br><br><b>Kế hoạch năm học 2026-2027</b><br><font class="content">Kế hoạch '
        "thực hiện nhiệm vụ năm học 2026-2027 của Trường THCS Chu Văn An.</font><br>"
        '<font class="tiny">Phiên bản: 1.0 | Dung lượng: 284 Kb | Ngày gửi: 12/09/2026 | '
        "Lượt tải: 87</font><br><br>"
        '<a href="modules.php?name=Downloads&amp;d_op=getit&amp;lid=7" rel="nofollow">'
        '<img src="images/download.gif" border="0" alt=""> Tải về</a></td></tr></table>'
    )
    return _page(request, f"{SITE} - Văn bản - Kế hoạch năm học 2026-2027", center)


USERS = {"quantri": ("Quản trị", "15/03/2009", 412), "dmtuan": ("Đỗ Minh Tuấn", "02/09/2019", 3)}


def _userinfo(request: Request, username: str) -> Response:
    """Your_Account's public profile: the poster account's page (no article)."""
    real, since, posts = USERS[username]
    center = (
        '<table class="otthree" width="100%"><tr><td><center><font class="title"><b>Thông tin '
        f"thành viên: {esc(username)}</b></font></center><br>Tên thật: {esc(real)}<br>"
        f"Ngày đăng ký: {since}<br>Số bài gửi: {posts}<br></td></tr></table>"
    )
    return _page(request, f"{SITE} - Thành viên {username}", center)


def _survey(request: Request) -> Response:
    center = (
        '<table class="otthree" width="100%"><tr><td><center><font class="title"><b>'
        "Bạn biết đến website trường qua đâu?</b></font></center><br>"
        '<table border="0" width="100%">'
        '<tr><td>Giáo viên chủ nhiệm</td><td><img src="images/survey/bar.gif" width="120" '
        'height="10" alt=""> 41 %</td></tr>'
        '<tr><td>Nhóm Zalo lớp</td><td><img src="images/survey/bar.gif" width="150" height="10" '
        'alt=""> 47 %</td></tr>'
        '<tr><td>Tìm kiếm Google</td><td><img src="images/survey/bar.gif" width="36" height="10" '
        'alt=""> 12 %</td></tr></table><br><center>Tổng số phiếu: <b>231</b></center>'
        "</td></tr></table>"
    )
    return _page(request, f"{SITE} - Thăm dò ý kiến", center)


# --- routing ----------------------------------------------------------------------------------

_ALIAS = re.compile(r"^/article(\d+)\.html$")


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class _Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php") and not request.query:
            return _home(request)
        m = _ALIAS.match(path)
        if m and not request.query:
            story = BY_SID.get(int(m.group(1)))
            return _article(request, story, 1) if story else None
        if path == "/backend.php":
            return _rss(request)
        if path != "/modules.php":
            return static_file(path)
        q = request.params
        name = q.get("name")
        if name == "News":
            return self._news(request, q)
        if name == "Content" and q.get("pa") == "showpage":
            pid = _int(q.get("pid"))
            return _content_page(request, pid) if pid else None
        if name == "Your_Account" and q.get("op") == "userinfo" and q.get("username") in USERS:
            return _userinfo(request, q["username"])
        if name == "Feedback" and set(q) == {"name"}:
            return _feedback(request)
        if name == "Downloads" and q.get("d_op") == "viewdownloaddetails" and q.get("lid") == "7":
            return _download(request)
        if name == "Surveys" and q.get("op") == "results" and q.get("pollID") == "2":
            return _survey(request)
        return None

    def _news(self, request: Request, q: dict[str, str]) -> Response | None:
        file = q.get("file")
        sid = _int(q.get("sid"))
        story = BY_SID.get(sid) if sid else None
        if file == "article":
            if not story or set(q) - {"name", "file", "sid", "page", "mode", "order", "thold"}:
                return None
            page = _int(q.get("page")) or 1
            return _article(request, story, page)
        if file == "print":
            return _print(request, story) if story else None
        if file == "friend":
            return _friend(request, story) if story else None
        if file == "pdf":
            if not story:
                return None
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if file == "categories":
            return _category_list(request) if q.get("catid") == "2" else None
        if file is None and "new_topic" in q:
            tid = _int(q.get("new_topic"))
            page = _int(q.get("pagenum")) or 1
            return _topic_list(request, tid, page) if tid in TOPICS else None
        return None


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}/modules.php?name=News&amp;file=article"
        f"&amp;sid={s.id}</link></item>"
        for s in STORIES[:5]
    )
    body = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="0.91"><channel><title>{esc(SITE)}'
            f"</title><link>{base}</link>{items}</channel></rss>")
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


def build_site() -> _Site:
    return _Site()


# --- gold -------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    sid = story.id
    path = f"/modules.php?name=News&file=article&sid={sid}"
    alts = [f"/article{sid}.html", f"/modules.php?name=News&file=print&sid={sid}"]
    if len(_body_pages(story)) > 1:
        alts.append(f"{path}&page=2")
    return gold_record(story, path, _topic_name(story), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/modules.php?name=Content&pa=showpage&pid=1",
    "/modules.php?name=Content&pa=showpage&pid=2",
    "/modules.php?name=Content&pa=showpage&pid=3",
    "/modules.php?name=Feedback",
    "/modules.php?name=Downloads&d_op=viewdownloaddetails&lid=7",
    "/modules.php?name=Surveys&op=results&pollID=2",
    "/modules.php?name=Your_Account&op=userinfo&username=quantri",
]

assert len(GOLD) == 13
assert all(collapse(g["title"]) == g["title"] for g in GOLD)
