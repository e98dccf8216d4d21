"""Fixture portal: the very old site of Trường THCS Trần Quốc Toản (Đắk Lắk) on PHP-Nuke 7.x/8.x.

Why: some lower-secondary schools never left PHP-Nuke (the ancestor of NukeViet). Everything is a
query string on ``modules.php``, the layout is nested tables with blocks left and right, the
home page is a column of "story boxes" whose headline is not even a link, and the same story is
served under a handful of comment-display variants.

What it serves (every page rendered per request from the constants below):

- ``/`` and ``/index.php``: the News module as home page, four story boxes a page (only stories
  flagged "show on home": the notice sid 403 is not), pages ``index.php?pagenum=N`` linked as
  "Trang: 1 2 3 Trang sau »". A story box: a title bar in bold (plain text, *not a link*; a
  story filed in a category is prefixed with the category link, "Gương sáng học đường: …"),
  the poster line "Đăng bởi: <login> vào lúc Thứ năm, 12 Tháng mười một 2026 - 08:15:00 (341
  lần đọc)" (PHP-Nuke's strftime date in the vi_VN locale, weekday and month in words), the
  topic image floated right, the hometext, then "( Đọc tiếp... | 1234 bytes còn lại | 2 bình
  luận | Điểm: 4.5 ) [print] [friend]"; a story without bodytext and comments shows only a
  "Bình luận?" link. ``modules.php?name=News`` is the same listing (menu "Tin tức").
- topics ``modules.php?name=News&new_topic=N`` (three topics; "Tin tức - Sự kiện" has 9 stories,
  3 pages ``&pagenum=2``/``3``), one category ``modules.php?name=News&file=categories&op=newindex
  &catid=2`` ("Gương sáng học đường", 2 stories).
- articles ``modules.php?name=News&file=article&sid=N``: ``<title>`` "site - title"; the story
  box (title cell ``td.storytitle``, with the category prefix where the story has one; poster
  line with the time printed; text cell with the topic image floated right, then hometext
  ``<br><br>`` bodytext). Editors typed the text three ways: bare text with ``<br><br>``
  between paragraphs, ``<p>`` paragraphs, or FCKeditor output with every non-ASCII letter as a
  character reference (``&#7871;``, ``&agrave;``: sids 377 and 360). Images: ``align=left``
  inline without caption, a centred image with a centred italic line under it, a right-floated
  two-row table with the caption in ``<font size=1><i>``, a plain centred image without a line.
  Bylines are the last lines ("Tin: …", "Tin, ảnh: …", "Bài: … – Ảnh: …", "Người viết: ThS. … –
  Tổ …", a bare right-aligned italic name, "Thầy … – Tổng phụ trách Đội", "(Nguồn: …)").
  Beside the story (a nested right cell, as article.php does): "Các liên kết liên quan" (a topic
  link to the Sở, "Thêm về <topic>" and "Tin của <login>" → search, "Bài được đọc nhiều nhất
  về …", "Tin mới nhất về <topic>" with dates), "Đánh giá bài viết" (average, votes, a POST
  form), "Các tùy chọn" (Bản để in, Gửi bài viết này cho bạn bè). Under it the comments header
  "Ý kiến bạn đọc" with display links (Phẳng / Lồng nhau / Theo luồng, each a URL variant of
  the article), "Gửi ý kiến" (reply page), readers' comments (sids 409, 412: "Re: …", "bởi
  Khách vào lúc …") and "Ghi chú: Những ý kiến đóng góp không thuộc về chúng tôi".
- chrome: banner, a marquee welcome, the header date "Hôm nay: <TODAY>", a top links bar; left
  blocks "Menu", "Thông tin thành viên" (login form, "Đăng ký"), "Ai đang trực tuyến"
  (Khách: 4, Thành viên: 0); right blocks on listings: "Bài viết cũ" (PHP-Nuke's oldNews block:
  the stories after those on the page, grouped under "Thứ hai, 02 Tháng mười một" day lines,
  linked with ``&mode=&order=0&thold=0``, then "Bài viết cũ hơn" → Stories_Archive), a poll
  "Thăm dò ý kiến"; footer with address, hotline, e-mail, the PHP-Nuke page-view counter
  "Chúng tôi đã nhận được … lượt truy cập từ …" and the generation time.
- non-articles: ``name=Content&pa=showpage&pid=1|2`` (Giới thiệu, Cơ cấu tổ chức) and the
  Content index, ``name=Feedback`` (Liên hệ), ``name=Downloads`` (categories, a category, a file
  detail; ``d_op=getit`` serves a PDF), ``name=Your_Account`` (login, ``op=new_user``,
  ``op=userinfo&username=…`` of both posting logins), ``name=Topics``, ``name=Surveys`` and the
  poll's results, ``name=Stories_Archive`` (months with counts, ``sa=show_month&year=&month=``,
  ``sa=show_all``), ``name=Search`` (``&topic=N``, ``&author=…`` linked from the related-links
  box; ``&min=10`` pages results), print views ``file=print&sid=N`` (the whole text again),
  "send to a friend" ``file=friend&op=FriendSend&sid=N`` and the reply pages
  ``file=comments&op=Reply&pid=0&sid=N`` (title, date and hometext again above a form);
  ``backend.php`` is the RSS 0.91 feed of the ten newest stories, announced in ``<head>``.

Traps and hard cases:
- the Stories Archive month page answers 200 for any year and month (an empty month says
  "Không có bài viết nào trong tháng này") and prints "« Tháng trước | Tháng sau »": endless;
- every article is also served at ``&mode=&order=0&thold=0`` (archive, oldNews, search links),
  ``&mode=flat|nested&order=0&thold=0`` and ``&mode=thread&order=1&thold=-1`` (comment display
  links); no page prints rel=canonical. These are the gold's ``alt_paths``;
- print, friend and reply views repeat the title, date and text (or the hometext);
- a removed story (sid 388, linked from the text of sid 403) answers 200 with "Xin lỗi, bài
  viết này không tồn tại…" (PHP-Nuke's soft 404), and the menu's "Diễn đàn" answers 200 with
  "Xin lỗi, module này chưa được kích hoạt!";
- encodings: stories of the old install (sid <= 150: here sid 148, May 2021) are still answered
  by it (an Apache rewrite kept when the school moved to the UTF-8 install): the whole page is
  windows-1258 bytes (tone marks as combining characters), the charset only in ``<meta>``, the
  HTTP header says plain ``text/html``. Sids 377 and 360 carry character references;
- the topic image inside the text cell and the category link in the title cell are chrome.

Gold (by hand). Articles are the News stories; everything else above is not. ``path`` is the
plain ``sid=N`` URL (what "Đọc tiếp..." links), the variants are ``alt_paths``.
Judgement calls:
- title: the story title without the category prefix ("Gương sáng học đường: " is the category
  link PHP-Nuke puts before it; ``<title>`` agrees);
- published_at: the poster line's date *with* the time (PHP-Nuke prints it); sid 398 prints
  "- 00:00:00" and is a day only; comment dates and archive dates are not the story's;
- summary: a hometext the editor typed in bold (sids 409, 386, 410) is a sapo, printed apart
  from the bodytext by ``<br><br>``: summary and first body paragraph. Plain hometext is just
  the first paragraph (summary None);
- body: hometext paragraphs then bodytext paragraphs; ``<br><br>`` separates paragraphs, and a
  single ``<br>`` between the lines of a schedule (sid 414) makes each line its own paragraph;
  the sentence pointing to the download in sid 414 and the one linking the removed notice in
  sid 403 are text; comments, "Ghi chú", bylines, captions and the topic image are not;
- authors: "Người viết: ThS. Nguyễn Văn Long – Tổ Khoa học tự nhiên" gives "Nguyễn Văn Long";
  "Cô Phan Thị Hồng – Tổ Toán" gives "Phan Thị Hồng"; "Thầy Nguyễn Văn Định – Tổng phụ trách
  Đội" gives "Nguyễn Văn Định"; "Tin, ảnh: X" gives X in both lists; "Bài: X – Ảnh: Y" splits;
  the bare right-aligned name is the author; the posting logins (thcs_admin, hoangtuan) and
  comment posters credit nobody; "(Nguồn: Báo Đắk Lắk điện tử)" is the source;
- captions: the italic line under a photo, without wrapping parentheses (sid 405) or a leading
  "Ảnh:" label (sid 398); photos without a line have caption None;
- category: the story's topic (title bar image, "Thêm về <topic>"); for a story filed in a
  catid category, that category, whose link the title cell prints before the headline
  (harmonised after the blind crawl with the project's convention, as XOOPS's fixture has it:
  the section a headline is printed under is its category; the helper's gold took the topic).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from email.utils import format_datetime
from urllib.parse import quote
from zoneinfo import ZoneInfo

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "phpnuke_thcs"
PLATFORM = "phpnuke"
START_PATH = "/"

SITE = "Trường THCS Trần Quốc Toản"
SLOGAN = "Xã Phước An - Tỉnh Đắk Lắk"
ADDRESS = "Thôn 3, xã Phước An, tỉnh Đắk Lắk"
PHONE = "0262 3 521 478"
EMAIL = "thcstranquoctoan.phuocan@daklak.edu.vn"
THEME = "themes/THCS_Blue"
STORYNUM = 4
OLDNUM = 8
OLD_INSTALL_MAX_SID = 150
REMOVED_SID = 388
_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
MONTHS = (
    "Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy",
    "Tháng tám", "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai",
)  # fmt: skip

#: topicid -> (image, printed name)
TOPICS: dict[int, tuple[str, str]] = {
    1: ("tintuc.gif", "Tin tức - Sự kiện"),
    4: ("doantn.gif", "Hoạt động Đội - Ngoại khóa"),
    6: ("thongbao.gif", "Thông báo"),
}
#: catid -> printed name (PHP-Nuke's story categories, a second axis beside topics)
CATEGORIES: dict[int, str] = {2: "Gương sáng học đường"}
UP = "images/upload/Image"


# Story.opts: at (stored time), topic, cat (catid or 0), home (number of leading blocks that
# are the hometext), mode (bodytext typed as "br" bare text or "p" paragraphs), ent (FCKeditor
# character references), bold (hometext in <b>), ihome (shown on the home page), poster,
# reads, score (total, votes), comments [(name, when, title, text)].
STORIES: list[Story] = [
    Story(
        id=414,
        slug="lich-kiem-tra-cuoi-hk1",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="6",
        published_at="2026-11-24T08:15:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra cuối học kỳ I"
                " các môn học như sau:"
            ),
            P("Thứ Hai (14/12/2026): Ngữ văn (90 phút), Lịch sử và Địa lí (60 phút);", "line"),
            P("Thứ Ba (15/12/2026): Toán (90 phút), Giáo dục công dân (45 phút);", "line"),
            P("Thứ Tư (16/12/2026): Tiếng Anh (60 phút), Khoa học tự nhiên (90 phút);", "line"),
            P("Thứ Năm (17/12/2026): Công nghệ, Tin học (45 phút).", "line"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh"
                " và dụng cụ học tập cần thiết."
            ),
            P(
                "Lịch chi tiết theo phòng kiểm tra, cha mẹ học sinh và học sinh xem tại mục Tải về:"
                " Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027.",
                "download",
            ),
        ],
        opts={"at": "2026-11-24 08:15:00", "topic": 6, "home": 1, "mode": "br", "reads": 128},
    ),
    Story(
        id=412,
        slug="tong-ket-hoi-thi-gvdg",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="1",
        published_at="2026-11-23T15:40:00+07:00",
        blocks=[
            P(
                "Chiều ngày 21/11/2026, Trường THCS Trần Quốc Toản tổ chức tổng kết Hội thi giáo viên"
                " dạy giỏi cấp trường năm học 2026 - 2027. Hội thi diễn ra từ ngày 02/11 đến ngày"
                " 18/11/2026 với 18 giáo viên tham gia thuộc 5 tổ chuyên môn."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện một tiết dạy trên lớp và trình bày biện pháp nâng cao"
                " chất lượng giảng dạy bộ môn. Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên"
                " môn đã dự giờ, đánh giá theo tiêu chí của Chương trình giáo dục phổ thông 2018."
            ),
            Img(
                f"{UP}/2026/11/gvdg-tong-ket-1.jpg",
                "Cô Lê Thị Thu Trang, tổ Ngữ văn, trong tiết dạy đạt điểm cao nhất hội thi",
                "Cô Lê Thị Thu Trang, tổ Ngữ văn, trong tiết dạy đạt điểm cao nhất hội thi",
                "center",
            ),
            P(
                "Kết quả, 15 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó có 6 tiết"
                " dạy xếp loại Tốt. Nhà trường chọn 4 giáo viên tham dự Hội thi giáo viên dạy giỏi cấp"
                " tỉnh dự kiến tổ chức vào tháng 3/2027."
            ),
            Img(f"{UP}/2026/11/gvdg-tong-ket-2.jpg", None, None, "center"),
            P(
                "Phát biểu tại buổi tổng kết, thầy Hiệu trưởng Nguyễn Văn Thành ghi nhận tinh thần"
                " chuẩn bị nghiêm túc của các thầy cô và đề nghị các tổ tiếp tục nhân rộng những tiết"
                " dạy hay qua sinh hoạt chuyên môn theo nghiên cứu bài học."
            ),
            Raw('<p align="right"><b>Người viết: Trần Thị Mai – Tổ Ngữ văn</b></p>'),
        ],
        authors=["Trần Thị Mai"],
        opts={
            "at": "2026-11-23 15:40:00",
            "topic": 1,
            "home": 1,
            "mode": "p",
            "reads": 341,
            "poster": "hoangtuan",
            "score": (9, 2),
            "comments": [
                (
                    "Khách",
                    "2026-11-23 20:14:33",
                    "Chúc mừng các thầy cô",
                    "Chúc mừng các thầy cô đạt giáo viên dạy giỏi. Mong nhà trường đưa thêm video tiết dạy.",
                ),
            ],
        },
    ),
    Story(
        id=410,
        slug="ke-hoach-nho",
        title="Liên đội ra quân thu gom giấy vụn “Kế hoạch nhỏ” đợt 1",
        cat="4",
        published_at="2026-11-21T10:30:00+07:00",
        summary=(
            "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 - 2027, sáng thứ Bảy 21/11/2026 Liên đội"
            " Trường THCS Trần Quốc Toản ra quân thu gom giấy vụn, vỏ lon, chai nhựa đợt 1."
        ),
        blocks=[
            P(
                "Hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026 - 2027, sáng thứ Bảy 21/11/2026 Liên"
                " đội Trường THCS Trần Quốc Toản ra quân thu gom giấy vụn, vỏ lon, chai nhựa đợt 1."
            ),
            P(
                "Ngay từ 7 giờ sáng, các chi đội đã tập kết sản phẩm tại sân trường. Ban chỉ huy Liên đội"
                " cân, ghi sổ và phân loại từng loại phế liệu. Tổng cộng đợt này thu được hơn 1,2 tấn"
                " giấy vụn và gần 300 kg vỏ lon, chai nhựa."
            ),
            Img(
                f"{UP}/2026/11/kehoachnho-dot1.jpg",
                "Đội viên chi đội 7A3 vận chuyển giấy vụn về điểm tập kết",
                "Đội viên chi đội 7A3 vận chuyển giấy vụn về điểm tập kết",
                "float",
            ),
            P(
                "Chi đội 8A1, 7A3 và 6A2 dẫn đầu về khối lượng. Toàn bộ số tiền bán phế liệu sẽ được"
                " Liên đội dùng để mua sách vở, áo ấm tặng học sinh có hoàn cảnh khó khăn nhân dịp Tết"
                " Nguyên đán."
            ),
            Raw('<div align="right"><i>Thầy Nguyễn Văn Định – Tổng phụ trách Đội</i></div>'),
        ],
        authors=["Nguyễn Văn Định"],
        opts={
            "at": "2026-11-21 10:30:00",
            "topic": 4,
            "home": 1,
            "mode": "br",
            "bold": True,
            "reads": 206,
            "score": (14, 3),
        },
    ),
    Story(
        id=409,
        slug="ky-niem-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="1",
        published_at="2026-11-20T10:05:00+07:00",
        summary=(
            "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THCS Trần Quốc Toản long"
            " trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
        ),
        blocks=[
            P(
                "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THCS Trần Quốc Toản long"
                " trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
            ),
            P(
                "Đến dự buổi lễ có đại diện Đảng ủy, UBND xã Phước An, Ban đại diện cha mẹ học sinh,"
                " các thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 900"
                " học sinh của trường."
            ),
            Img(
                f"{UP}/2026/11/le-20-11-1.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh khối 9",
                "Tiết mục văn nghệ chào mừng của học sinh khối 9",
                "float",
            ),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Thành ôn lại truyền thống của ngày Nhà giáo"
                " Việt Nam, điểm lại những kết quả nổi bật của nhà trường trong năm học vừa qua: tỷ lệ"
                " học sinh lên lớp đạt 99,1%, có 27 học sinh giỏi cấp tỉnh và 100% học sinh lớp 9 tốt"
                " nghiệp THCS."
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong"
                " trào thi đua “Dạy tốt - Học tốt” và trao 20 suất học bổng cho học sinh vượt khó học"
                " giỏi."
            ),
            Img(
                f"{UP}/2026/11/le-20-11-2.jpg",
                "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng các thầy cô",
                "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng các thầy cô",
                "float",
            ),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ do học sinh các lớp biểu diễn, gửi lời tri ân"
                " sâu sắc đến các thầy giáo, cô giáo."
            ),
            Raw('<p align="right"><b>Tin, ảnh: Lê Văn Hùng</b></p>'),
        ],
        authors=["Lê Văn Hùng"],
        photographers=["Lê Văn Hùng"],
        opts={
            "at": "2026-11-20 10:05:00",
            "topic": 1,
            "home": 1,
            "mode": "br",
            "bold": True,
            "reads": 587,
            "score": (18, 4),
            "comments": [
                (
                    "Khách",
                    "2026-11-20 19:02:11",
                    "Tri ân thầy cô",
                    "Em là cựu học sinh khóa 2015 - 2019, chúc các thầy cô luôn mạnh khỏe.",
                ),
                (
                    "phuhuynh_7a2",
                    "2026-11-21 06:45:50",
                    "Re: Tri ân thầy cô",
                    "Cảm ơn nhà trường đã tổ chức buổi lễ rất ý nghĩa.",
                ),
            ],
        },
    ),
    Story(
        id=405,
        slug="khkt-cap-tinh",
        title="Học sinh Trường THCS Trần Quốc Toản đạt 3 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        cat="1",
        published_at="2026-11-16T07:30:00+07:00",
        blocks=[
            P(
                "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Đắk Lắk năm học 2026 -"
                " 2027 vừa bế mạc, đội tuyển Trường THCS Trần Quốc Toản giành 1 giải Nhì và 2 giải Ba."
            ),
            P(
                "Dự án đạt giải Nhì “Máy tưới cà phê tự động theo độ ẩm đất” của hai em Y Khoa Mlô và"
                " Nguyễn Thị Bảo Trâm (lớp 9A1) được Ban giám khảo đánh giá cao về tính thực tiễn đối"
                " với vùng trồng cà phê của địa phương."
            ),
            Img(
                f"{UP}/2026/11/khkt-tinh-2026.jpg",
                "(Các em học sinh đạt giải chụp ảnh lưu niệm cùng giáo viên hướng dẫn)",
                "Các em học sinh đạt giải chụp ảnh lưu niệm cùng giáo viên hướng dẫn",
                "center",
            ),
            P(
                "Hai dự án đạt giải Ba thuộc lĩnh vực Khoa học môi trường và Hóa sinh. Đây là năm thứ ba"
                " liên tiếp nhà trường có dự án đạt giải tại cuộc thi cấp tỉnh."
            ),
            Raw(
                '<p align="right"><i>Phạm Quang Huy</i></p>'
                '<p align="right">(Nguồn: Báo Đắk Lắk điện tử)</p>'
            ),
        ],
        authors=["Phạm Quang Huy"],
        source="Báo Đắk Lắk điện tử",
        opts={
            "at": "2026-11-16 07:30:00",
            "topic": 1,
            "cat": 2,
            "home": 1,
            "mode": "p",
            "reads": 455,
        },
    ),
    Story(
        id=403,
        slug="hop-cmhs",
        title="Thông báo họp cha mẹ học sinh giữa học kỳ I",
        cat="6",
        published_at="2026-11-12T08:15:00+07:00",
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh giữa học kỳ I vào lúc 7 giờ 30 sáng Chủ nhật,"
                " ngày 22/11/2026 tại các phòng học của lớp. Kính mời quý phụ huynh đến dự đầy đủ, đúng"
                " giờ.",
            ),
            P(
                "Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I và"
                " trao đổi kế hoạch phối hợp giáo dục học sinh (thay cho Thông báo số 12/TB-THCS đã"
                " đăng trước đây).",
                "removed",
            ),
        ],
        opts={
            "at": "2026-11-12 08:15:00",
            "topic": 6,
            "home": 2,
            "mode": "br",
            "ihome": False,
            "reads": 96,
        },
    ),
    Story(
        id=401,
        slug="chuyen-de-stem",
        title="Chuyên đề dạy học STEM môn Khoa học tự nhiên lớp 8",
        cat="1",
        published_at="2026-11-10T14:15:00+07:00",
        blocks=[
            Img(f"{UP}/2026/11/stem-khtn8-1.jpg", None, None, "left"),
            P(
                "Ngày 06/11/2026, tổ Khoa học tự nhiên tổ chức chuyên đề dạy học STEM với bài học “Chế"
                " tạo bình lọc nước đơn giản” cho học sinh lớp 8A2."
            ),
            P(
                "Trong tiết học, học sinh làm việc theo nhóm, tìm hiểu cấu tạo của các lớp vật liệu lọc"
                " như sỏi, cát, than hoạt tính, bông; sau đó thiết kế, chế tạo và thử nghiệm bình lọc"
                " với mẫu nước đục lấy từ ao gần trường."
            ),
            Img(f"{UP}/2026/11/stem-khtn8-2.jpg", None, None, "left"),
            P(
                "Các giáo viên dự giờ thống nhất rằng dạy học STEM giúp học sinh vận dụng kiến thức liên"
                " môn vào giải quyết vấn đề thực tiễn, đồng thời rèn luyện kỹ năng hợp tác và thuyết"
                " trình."
            ),
            P(
                "Tổ chuyên môn sẽ tiếp tục xây dựng mỗi học kỳ ít nhất hai chủ đề STEM cho các khối lớp"
                " 6, 7, 8 và 9."
            ),
            Raw(
                '<p align="right"><b>Người viết: ThS. Nguyễn Văn Long – Tổ Khoa học tự nhiên</b></p>'
            ),
        ],
        authors=["Nguyễn Văn Long"],
        opts={"at": "2026-11-10 14:15:00", "topic": 1, "home": 2, "mode": "p", "reads": 233},
    ),
    Story(
        id=398,
        slug="hoi-nghi-vien-chuc",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="1",
        published_at="2026-11-05",
        blocks=[
            P(
                "Thực hiện kế hoạch của Phòng Văn hóa - Xã hội xã Phước An, Trường THCS Trần Quốc Toản"
                " tổ chức Hội nghị viên chức, người lao động năm học 2026 - 2027."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học"
                " 2026 - 2027 và báo cáo công khai tài chính. Các đại biểu thảo luận sôi nổi, đóng góp"
                " nhiều ý kiến về việc nâng cao chất lượng giáo dục mũi nhọn và xây dựng trường học an"
                " toàn."
            ),
            Img(
                f"{UP}/2026/11/hoi-nghi-vc.jpg",
                "Ảnh: Toàn cảnh hội nghị",
                "Toàn cảnh hội nghị",
                "center",
            ),
            P(
                "Hội nghị đã biểu quyết thông qua quy chế chi tiêu nội bộ, quy chế dân chủ ở cơ sở và"
                " phát động phong trào thi đua năm học mới. 100% cán bộ, giáo viên, nhân viên ký giao"
                " ước thi đua."
            ),
        ],
        opts={"at": "2026-11-05 00:00:00", "topic": 1, "home": 1, "mode": "br", "reads": 178},
    ),
    Story(
        id=393,
        slug="hoi-khoe-phu-dong",
        title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="1",
        published_at="2026-10-28T09:45:00+07:00",
        blocks=[
            P(
                "Từ ngày 19 đến 24/10/2026, Trường THCS Trần Quốc Toản tổ chức Hội khỏe Phù Đổng cấp"
                " trường với các môn thi: bóng đá, cầu lông, điền kinh, kéo co và cờ vua."
            ),
            Img(
                f"{UP}/2026/10/hkpd-keo-co.jpg",
                "Trận chung kết kéo co giữa lớp 9A1 và 9A4",
                "Trận chung kết kéo co giữa lớp 9A1 và 9A4",
                "center",
            ),
            P(
                "Hơn 400 vận động viên là học sinh của 24 lớp đã tranh tài sôi nổi, trung thực và đoàn"
                " kết. Kết thúc hội khỏe, lớp 9A1 giành giải Nhất toàn đoàn, lớp 8A3 giải Nhì, lớp 7A2"
                " giải Ba."
            ),
            Img(
                f"{UP}/2026/10/hkpd-bong-da.jpg",
                "Pha tranh bóng trong trận chung kết bóng đá nam khối 8",
                "Pha tranh bóng trong trận chung kết bóng đá nam khối 8",
                "center",
            ),
            Img(f"{UP}/2026/10/hkpd-trao-giai.jpg", None, None, "center"),
            P(
                "Qua hội khỏe, nhà trường chọn 32 vận động viên tham gia Hội khỏe Phù Đổng cấp tỉnh năm"
                " 2027."
            ),
            Raw('<p align="right"><b>Tin: Đỗ Minh Tuấn</b><br><b>Ảnh: Hoàng Thị Lan</b></p>'),
        ],
        authors=["Đỗ Minh Tuấn"],
        photographers=["Hoàng Thị Lan"],
        opts={"at": "2026-10-28 09:45:00", "topic": 1, "home": 1, "mode": "p", "reads": 612},
    ),
    Story(
        id=386,
        slug="guong-sang-hmai",
        title="Em H’Mai Niê - tấm gương vượt khó học giỏi",
        cat="1",
        published_at="2026-10-15T16:00:00+07:00",
        summary=(
            "Nhà xa trường gần 6 km, bố mẹ làm thuê quanh năm, nhưng em H’Mai Niê (lớp 9A2) vẫn liên"
            " tục là học sinh giỏi và vừa đạt giải Nhì học sinh giỏi cấp tỉnh môn Tiếng Anh."
        ),
        blocks=[
            P(
                "Nhà xa trường gần 6 km, bố mẹ làm thuê quanh năm, nhưng em H’Mai Niê (lớp 9A2) vẫn liên"
                " tục là học sinh giỏi và vừa đạt giải Nhì học sinh giỏi cấp tỉnh môn Tiếng Anh."
            ),
            P(
                "Mỗi ngày, H’Mai dậy từ 5 giờ sáng giúp mẹ nấu cơm, trông em rồi đạp xe đến trường. Buổi"
                " tối, em tranh thủ học bài, luyện nghe tiếng Anh qua chiếc điện thoại cũ được cô chủ"
                " nhiệm tặng."
            ),
            Img(
                f"{UP}/2026/10/hmai-nie.jpg",
                "Em H’Mai Niê trong giờ học Tiếng Anh",
                "Em H’Mai Niê trong giờ học Tiếng Anh",
                "float",
            ),
            P(
                "Cô Võ Thị Hoa, giáo viên chủ nhiệm lớp 9A2, cho biết em là học sinh chăm chỉ, khiêm tốn"
                " và luôn sẵn sàng giúp đỡ bạn bè trong lớp. Ước mơ của H’Mai là trở thành cô giáo dạy"
                " tiếng Anh ở buôn làng quê mình."
            ),
            Raw('<p align="right"><i>Nguyễn Thị Thu Hà</i></p>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "at": "2026-10-15 16:00:00",
            "topic": 1,
            "cat": 2,
            "home": 1,
            "mode": "br",
            "bold": True,
            "reads": 904,
            "score": (25, 5),
        },
    ),
    Story(
        id=377,
        slug="khai-giang",
        title="Trường THCS Trần Quốc Toản khai giảng năm học mới 2026 - 2027",
        cat="1",
        published_at="2026-09-05T08:30:00+07:00",
        blocks=[
            P(
                "Sáng ngày 05/9/2026, cùng với học sinh cả nước, hơn 900 học sinh Trường THCS Trần Quốc"
                " Toản hân hoan dự Lễ khai giảng năm học 2026 - 2027."
            ),
            P(
                "Năm học này, nhà trường có 24 lớp với 912 học sinh, trong đó có 238 học sinh lớp 6."
                " Đội ngũ cán bộ, giáo viên, nhân viên gồm 52 người, 100% giáo viên đạt chuẩn trình độ"
                " đào tạo."
            ),
            Img(
                f"{UP}/2026/09/khai-giang-2026.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "center",
            ),
            P(
                "Sau phần nghi lễ, học sinh toàn trường hưởng ứng “Tuần lễ hưởng ứng học tập suốt đời”"
                " và các hoạt động chào mừng năm học mới do Liên đội tổ chức."
            ),
            Raw('<p align="right"><b>Tin: Lê Văn Hùng</b></p>'),
        ],
        authors=["Lê Văn Hùng"],
        opts={
            "at": "2026-09-05 08:30:00",
            "topic": 1,
            "home": 1,
            "mode": "p",
            "ent": True,
            "reads": 1290,
        },
    ),
    Story(
        id=360,
        slug="hoi-trai-22-12",
        title="Hội trại “Tuổi trẻ tiếp bước cha anh” chào mừng ngày 22/12",
        cat="4",
        published_at="2025-12-22T10:00:00+07:00",
        blocks=[
            P(
                "Chào mừng 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2025),"
                " Liên đội Trường THCS Trần Quốc Toản tổ chức hội trại “Tuổi trẻ tiếp bước cha anh”."
            ),
            P(
                "Hội trại gồm các hoạt động: dựng trại, thi nghi thức Đội, trò chơi dân gian và giao lưu"
                " với các cựu chiến binh xã Phước An. Trại của chi đội 9A3 đạt giải Nhất với mô hình"
                " “Cột cờ Lũng Cú”."
            ),
            Img(f"{UP}/2025/12/hoi-trai-1.jpg", None, None, "center"),
            P(
                "Hoạt động giúp đội viên hiểu thêm truyền thống vẻ vang của Quân đội nhân dân, rèn luyện"
                " kỹ năng làm việc nhóm và tinh thần đoàn kết."
            ),
            Raw('<p align="right"><b>Bài: Hà Thị Ngọc Ánh – Ảnh: Y Kha Niê</b></p>'),
        ],
        authors=["Hà Thị Ngọc Ánh"],
        photographers=["Y Kha Niê"],
        opts={
            "at": "2025-12-22 10:00:00",
            "topic": 4,
            "home": 1,
            "mode": "br",
            "ent": True,
            "reads": 731,
        },
    ),
    Story(
        id=148,
        slug="on-thi-vao-10",
        title="Tăng cường ôn tập cho học sinh lớp 9 chuẩn bị thi vào lớp 10",
        cat="1",
        published_at="2021-05-18T14:30:00+07:00",
        blocks=[
            P(
                "Để chuẩn bị cho kỳ thi tuyển sinh vào lớp 10 năm học 2021 - 2022, nhà trường tổ chức ôn"
                " tập cho 186 học sinh lớp 9 các môn Toán, Ngữ văn và Tiếng Anh."
            ),
            P(
                "Các lớp ôn tập được chia theo năng lực học sinh, học vào buổi chiều từ thứ Hai đến thứ"
                " Sáu. Giáo viên xây dựng hệ thống đề ôn luyện bám sát cấu trúc đề thi của Sở Giáo dục"
                " và Đào tạo."
            ),
            Img(
                f"{UP}/2021/05/on-thi-lop9.jpg",
                "Giờ ôn tập môn Toán của học sinh lớp 9A1",
                "Giờ ôn tập môn Toán của học sinh lớp 9A1",
                "center",
            ),
            P(
                "Nhà trường đề nghị cha mẹ học sinh quan tâm, động viên và tạo điều kiện thời gian để các"
                " em ôn tập đạt kết quả cao nhất."
            ),
            Raw('<p align="right"><b>Người viết: Cô Phan Thị Hồng – Tổ Toán</b></p>'),
        ],
        authors=["Phan Thị Hồng"],
        opts={"at": "2021-05-18 14:30:00", "topic": 1, "home": 1, "mode": "br", "reads": 1544},
    ),
]

_BY_SID = {s.id: s for s in STORIES}


def when(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M:%S")


def newest(topic: int | None = None, cat: int | None = None, home: bool = False) -> list[Story]:
    out = [
        s
        for s in STORIES
        if (topic is None or s.opts["topic"] == topic)
        and (cat is None or s.opts.get("cat", 0) == cat)
        and (not home or s.opts.get("ihome", True))
    ]
    return sorted(out, key=when, reverse=True)


def article_path(s: Story | int) -> str:
    sid = s if isinstance(s, int) else s.id
    return f"/modules.php?name=News&file=article&sid={sid}"


COMMENT_VARIANTS = (
    "&mode=&order=0&thold=0",
    "&mode=flat&order=0&thold=0",
    "&mode=nested&order=0&thold=0",
    "&mode=thread&order=1&thold=-1",
)


def topic_name(s: Story) -> str:
    return TOPICS[s.opts["topic"]][1]


def pages(n: int, per: int = STORYNUM) -> int:
    return max(1, -(-n // per))


GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATEGORIES.get(s.opts.get("cat") or 0) or topic_name(s),
        alt_paths=[article_path(s) + v for v in COMMENT_VARIANTS],
    )
    for s in newest()
]

_MONTHS_WITH_STORIES = sorted({(when(s).year, when(s).month) for s in STORIES}, reverse=True)


def month_path(year: int, month: int) -> str:
    return (
        f"/modules.php?name=Stories_Archive&sa=show_month&year={year}&month={month}"
        f"&month_l={quote(MONTHS[month - 1])}"
    )


USERS = ("thcs_admin", "hoangtuan")
DOWNLOAD_LID = 27
SOFT_404 = article_path(REMOVED_SID)
FORUMS = "/modules.php?name=Forums"

NON_ARTICLES: list[str] = [
    "/",
    "/index.php",
    *(f"/index.php?pagenum={n}" for n in range(2, pages(len(newest(home=True))) + 1)),
    "/modules.php?name=News",
    *(f"/modules.php?name=News&new_topic={t}" for t in TOPICS),
    *(
        f"/modules.php?name=News&new_topic={t}&pagenum={n}"
        for t in TOPICS
        for n in range(2, pages(len(newest(t))) + 1)
    ),
    *(f"/modules.php?name=News&file=categories&op=newindex&catid={c}" for c in CATEGORIES),
    "/modules.php?name=Topics",
    "/modules.php?name=Stories_Archive",
    "/modules.php?name=Stories_Archive&sa=show_all",
    *(month_path(y, m) for y, m in _MONTHS_WITH_STORIES),
    "/modules.php?name=Content",
    "/modules.php?name=Content&pa=showpage&pid=1",
    "/modules.php?name=Content&pa=showpage&pid=2",
    "/modules.php?name=Feedback",
    "/modules.php?name=Downloads",
    "/modules.php?name=Downloads&d_op=viewdownload&cid=2",
    f"/modules.php?name=Downloads&d_op=viewdownloaddetails&lid={DOWNLOAD_LID}",
    "/modules.php?name=Your_Account",
    "/modules.php?name=Your_Account&op=new_user",
    *(f"/modules.php?name=Your_Account&op=userinfo&username={u}" for u in USERS),
    "/modules.php?name=Surveys",
    "/modules.php?name=Surveys&op=results&pollID=3&mode=&order=0&thold=0",
    "/modules.php?name=Search",
    *(f"/modules.php?name=Search&topic={t}" for t in TOPICS),
    *(f"/modules.php?name=Search&author={u}" for u in USERS),
    "/modules.php?name=Search&author=thcs_admin&min=10",
    *(f"/modules.php?name=News&file=print&sid={s.id}" for s in STORIES),
    *(f"/modules.php?name=News&file=friend&op=FriendSend&sid={s.id}" for s in STORIES),
    *(f"/modules.php?name=News&file=comments&op=Reply&pid=0&sid={s.id}" for s in STORIES),
    SOFT_404,
    FORUMS,
]


# --- dates and text -------------------------------------------------------------------------


def nuke_date(dt: datetime) -> str:
    """PHP-Nuke's formatTimestamp with the vi_VN locale: "Thứ năm, 12 Tháng mười một 2026 - 08:15:00"."""
    return (
        f"{WEEKDAYS[dt.weekday()]}, {dt.day:02d} {MONTHS[dt.month - 1]} {dt.year} - {dt:%H:%M:%S}"
    )


def nuke_day(dt: datetime) -> str:
    """The oldNews block's day line: "Thứ hai, 02 Tháng mười một"."""
    return f"{WEEKDAYS[dt.weekday()]}, {dt.day:02d} {MONTHS[dt.month - 1]}"


def _t(value: str, s: Story) -> str:
    return text(value, entities=1 if s.opts.get("ent") else 0)


def _title(s: Story) -> str:
    return _t(s.title, s)


def _cat_prefix(s: Story) -> str:
    cat = s.opts.get("cat", 0)
    if not cat:
        return ""
    return (
        f'<a href="modules.php?name=News&amp;file=categories&amp;op=newindex&amp;catid={cat}">'
        f'<font class="storycat">{esc(CATEGORIES[cat])}</font></a>: '
    )


def _img(b: Img, s: Story) -> str:
    src = esc(b.src)
    if b.style == "left":
        return f'<img src="{src}" align="left" hspace="8" vspace="4" border="0" width="200" alt="">'
    if b.style == "float":
        return (
            f'<table align="right" border="0" cellpadding="3" cellspacing="0" width="230">'
            f'<tr><td><img src="{src}" border="0" width="220" alt=""></td></tr>'
            f'<tr><td align="center"><font size="1"><i>{_t(b.printed or "", s)}</i></font></td></tr></table>'
        )
    out = f'<div align="center"><img src="{src}" border="0" width="450" alt=""></div>'
    if b.printed:
        out += f'<div align="center"><i>{_t(b.printed, s)}</i></div>'
    return out


def _para(b: P, s: Story, mode: str) -> str:
    value = _t(b.text, s)
    if b.style == "download":
        head, _, name = value.partition("Tải về: ")
        value = (
            f'{head}<a href="modules.php?name=Downloads&amp;d_op=viewdownloaddetails&amp;lid='
            f'{DOWNLOAD_LID}">Tải về</a>: {name}'
        )
    if b.style == "removed":
        value = value.replace(
            "Thông báo số 12/TB-THCS",
            f'<a href="modules.php?name=News&amp;file=article&amp;sid={REMOVED_SID}">Thông báo số 12/TB-THCS</a>',
        )
    return value if mode == "br" else f'<p align="justify">{value}</p>'


def _render(blocks: list, s: Story, mode: str, bold: bool = False) -> str:
    """Blocks as the editor typed them: ``<br><br>`` between paragraphs, or ``<p>`` paragraphs."""
    parts: list[str] = []
    pending = ""
    for i, b in enumerate(blocks):
        if isinstance(b, Img):
            if b.style == "left":
                pending += _img(b, s)
                continue
            parts.append(_img(b, s))
        elif isinstance(b, P):
            body = _para(b, s, mode)
            if bold and mode == "br":
                body = f"<b>{body}</b>"
            parts.append(pending + body)
            pending = ""
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if mode == "br" and b.style == "line" and isinstance(nxt, P) and nxt.style == "line":
                parts[-1] += "<br>\n"
                continue
        else:
            parts.append(b.html)
        if mode == "br":
            parts.append("<br><br>\n")
    html_out = "".join(parts)
    if mode == "br":
        html_out = re.sub(r"(<br><br>\n)+$", "", html_out)
        html_out = re.sub(r"(</table>|</div>)<br><br>\n", r"\1\n", html_out)
        html_out = html_out.replace("<br>\n<br><br>\n", "<br>\n")
    return html_out


def hometext(s: Story) -> str:
    return _render(s.blocks[: s.opts["home"]], s, "br", bold=bool(s.opts.get("bold")))


def bodytext(s: Story) -> str:
    return _render(s.blocks[s.opts["home"] :], s, s.opts["mode"])


def _score(s: Story) -> str:
    total, votes = s.opts.get("score", (0, 0))
    return f"{total / votes:.2f}".rstrip("0").rstrip(".") if votes else "0"


# --- chrome ---------------------------------------------------------------------------------


def _box(title: str, content: str, width: str = "170") -> str:
    return (
        f'<table border="0" cellpadding="0" cellspacing="0" width="{width}" class="sidebox">'
        f'<tr><td class="boxtitle" background="{THEME}/images/boxtitle.gif">&nbsp;<b>{title}</b></td></tr>'
        f'<tr><td class="boxcontent"><font class="content">{content}</font></td></tr></table><br>\n'
    )


_MENU = [
    ("index.php", "Trang chủ"),
    ("modules.php?name=News", "Tin tức"),
    ("modules.php?name=Topics", "Chủ đề"),
    ("modules.php?name=Stories_Archive", "Lưu trữ bài viết"),
    ("modules.php?name=Content&amp;pa=showpage&amp;pid=1", "Giới thiệu"),
    ("modules.php?name=Downloads", "Tải về"),
    ("modules.php?name=Surveys", "Thăm dò"),
    ("modules.php?name=Search", "Tìm kiếm"),
    ("modules.php?name=Forums", "Diễn đàn"),
    ("modules.php?name=Feedback", "Liên hệ"),
    ("modules.php?name=Your_Account", "Thành viên"),
]


def _left() -> str:
    menu = "".join(
        f'<strong><big>&middot;</big></strong>&nbsp;<a href="{href}">{label}</a><br>'
        for href, label in _MENU
    )
    login = (
        '<form action="modules.php?name=Your_Account" method="post">'
        '<center><img src="images/blocks/no_avatar.gif" alt=""><br>Xin chào, <b>Khách</b></center><hr>'
        'Tên đăng nhập<br><input type="text" name="username" size="10" maxlength="25"><br>'
        'Mật khẩu<br><input type="password" name="user_password" size="10" maxlength="20"><br>'
        '<input type="hidden" name="op" value="login"><input type="submit" value="Đăng nhập"></form>'
        '(<a href="modules.php?name=Your_Account&amp;op=new_user">Đăng ký</a>)'
    )
    online = (
        '<img src="images/blocks/group-4.gif" alt=""> Hiện có <b>4</b> khách và <b>0</b> thành viên'
        " đang trực tuyến.<br><br>Khách: 4<br>Thành viên: 0<br><br>"
        'Bạn là khách. Bạn có thể <a href="modules.php?name=Your_Account&amp;op=new_user">đăng ký'
        "</a> miễn phí.<br>Thành viên mới nhất: <b>phuhuynh_7a2</b><br>Tổng số thành viên: <b>86</b>"
    )
    return (
        _box("Menu", menu)
        + _box("Thông tin thành viên", login)
        + _box("Ai đang trực tuyến", online)
    )


def _old_news(after: list[Story]) -> str:
    """PHP-Nuke's oldNews block: the stories after those shown, under their day lines."""
    if not after:
        return ""
    rows = []
    day = None
    for s in after[:OLDNUM]:
        d = nuke_day(when(s))
        if d != day:
            rows.append(f"<b>{d}</b><br>")
            day = d
        n = len(s.opts.get("comments", []))
        rows.append(
            f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=News&amp;file=article&amp;sid={s.id}'
            f'&amp;mode=&amp;order=0&amp;thold=0">{_title(s)}</a> ({n})<br>'
        )
    rows.append(
        '<br><div align="right"><a href="modules.php?name=Stories_Archive"><b>Bài viết cũ hơn</b></a></div>'
    )
    return _box("Bài viết cũ", "".join(rows))


def _poll() -> str:
    options = ("Rất hữu ích", "Hữu ích", "Bình thường", "Cần cải thiện thêm")
    radios = "".join(
        f'<input type="radio" name="voteID" value="{i}"> {o}<br>' for i, o in enumerate(options, 1)
    )
    return _box(
        "Thăm dò ý kiến",
        '<form action="modules.php?name=Surveys" method="post"><input type="hidden" name="pollID" value="3">'
        f"<b>Bạn thấy website của nhà trường thế nào?</b><br><br>{radios}<br>"
        '<center><input type="submit" value="Bình chọn"></center><br><center>'
        '[ <a href="modules.php?name=Surveys&amp;op=results&amp;pollID=3&amp;mode=&amp;order=0&amp;thold=0">'
        'Kết quả</a> | <a href="modules.php?name=Surveys">Các thăm dò</a> ]<br><br>'
        "Số phiếu: <b>214</b></center></form>",
    )


def _page(title: str, center: str, right: str = "", charset: str = "utf-8") -> str:
    right_col = f'<td valign="top" width="170" class="rightcol">{right}</td>' if right else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{title}</title>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta http-equiv="expires" content="0">
<meta name="resource-type" content="document">
<meta name="distribution" content="global">
<meta name="author" content="{SITE}">
<meta name="keywords" content="THCS Trần Quốc Toản, Phước An, Đắk Lắk, trường học, giáo dục">
<meta name="description" content="Website {SITE} - {SLOGAN}">
<meta name="robots" content="index, follow">
<meta name="revisit-after" content="1 days">
<meta name="rating" content="general">
<meta name="generator" content="PHP-Nuke Copyright (c) 2006 by Francisco Burzi. This is free software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt).">
<link rel="alternate" type="application/rss+xml" title="RSS" href="backend.php">
<link rel="StyleSheet" href="{THEME}/style/style.css" type="text/css">
<script type="text/javascript" src="includes/javascript.js"></script>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#1E5AA8" vlink="#1E5AA8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0" class="header">
<tr><td colspan="2"><a href="index.php"><img src="{THEME}/images/banner_thcs.jpg" width="980" height="150" border="0" alt="{SITE}"></a></td></tr>
<tr><td class="topnav" background="{THEME}/images/topnav.gif">&nbsp;<a href="index.php">Trang chủ</a> | <a href="modules.php?name=Content&amp;pa=showpage&amp;pid=1">Giới thiệu</a> | <a href="modules.php?name=Downloads">Tải về</a> | <a href="modules.php?name=Feedback">Liên hệ</a> | <a href="modules.php?name=Your_Account">Tài khoản</a></td>
<td class="topnav" align="right"><form action="modules.php?name=Search" method="post"><input type="text" name="query" size="14"> <input type="submit" value="Tìm"></form></td></tr>
<tr><td colspan="2" class="datebar"><table width="100%"><tr><td width="230"><font class="tiny"><b>Hôm nay: {TODAY}</b></font></td>
<td><marquee scrollamount="3">Chào mừng quý thầy cô, cha mẹ học sinh và các em học sinh đến với website {SITE}!</marquee></td></tr></table></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="main"><tr valign="top">
<td valign="top" width="170" class="leftcol">{_left()}</td>
<td width="5">&nbsp;</td>
<td valign="top" width="100%" class="centercol">
{center}
</td>
<td width="5">&nbsp;</td>
{right_col}
</tr></table>
<br><center><table width="100%" border="0" cellpadding="4" class="footer"><tr><td align="center"><font class="footmsg">
<b>{SITE.upper()}</b><br>Địa chỉ: {ADDRESS} - Điện thoại (Hotline): {PHONE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a><br>
Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Văn Thành<br><br>
Chúng tôi đã nhận được <b>1284517</b> lượt truy cập từ 15/09/2008<br>
Web site engine's code is Copyright &copy; 2006 by <a href="http://phpnuke.org">PHP-Nuke</a>. All Rights Reserved. PHP-Nuke is Free Software released under the <a href="http://www.gnu.org">GNU/GPL license</a>.<br>
Thời gian tạo trang: 0.0421 giây
</font></td></tr></table></center>
</body>
</html>
"""


def _open_table(inner: str) -> str:
    """PHP-Nuke's OpenTable()/CloseTable()."""
    return (
        '<table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#1E5AA8"><tr><td>'
        '<table width="100%" border="0" cellspacing="1" cellpadding="8" bgcolor="#FFFFFF"><tr><td>'
        f"{inner}</td></tr></table></td></tr></table><br>\n"
    )


def _poster(s: Story) -> str:
    user = s.opts.get("poster", "thcs_admin")
    return (
        f'Đăng bởi: <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={user}">{user}</a>'
        f" vào lúc {nuke_date(when(s))}"
    )


def _topic_img(s: Story) -> str:
    image, name = TOPICS[s.opts["topic"]]
    return (
        f'<a href="modules.php?name=News&amp;new_topic={s.opts["topic"]}"><img src="images/topics/{image}"'
        f' border="0" alt="{esc(name)}" title="{esc(name)}" align="right" hspace="10" vspace="10"></a>'
    )


def _story_box(s: Story) -> str:
    """themeindex(): one story on the home, topic and category listings."""
    link = f"modules.php?name=News&amp;file=article&amp;sid={s.id}"
    body = bodytext(s)
    n = len(s.opts.get("comments", []))
    more: list[str] = []
    if body:
        more.append(f'<a href="{link}"><b>Đọc tiếp...</b></a>')
        more.append(f"{len(body.encode('utf-8'))} bytes còn lại")
    if n:
        more.append(f'<a href="{link}#comments">{n} bình luận</a>')
    elif body:
        more.append(f'<a href="{link}#comments">Bình luận?</a>')
    else:
        more.append(f'<a href="{link}">Bình luận?</a>')
    if s.opts.get("score"):
        more.append(f"Điểm: {_score(s)}")
    tools = (
        f'<a href="modules.php?name=News&amp;file=print&amp;sid={s.id}"><img src="images/print.gif" border="0"'
        ' alt="Bản để in" title="Bản để in" width="16" height="11"></a>&nbsp;'
        f'<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={s.id}"><img src="images/friend.gif"'
        ' border="0" alt="Gửi bài viết này cho bạn bè" title="Gửi bài viết này cho bạn bè" width="15" height="11"></a>'
    )
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="storybox"><tr><td bgcolor="#1E5AA8">
<table border="0" cellpadding="3" cellspacing="1" width="100%">
<tr><td class="storytitle" bgcolor="#D6E4F5"><font class="option"><b>{_cat_prefix(s)}{_title(s)}</b></font></td></tr>
<tr><td bgcolor="#F2F6FB"><font class="tiny">{_poster(s)} ({s.opts.get("reads", 0)} lần đọc)</font></td></tr>
<tr><td bgcolor="#FFFFFF">{_topic_img(s)}<font class="content">{hometext(s)}</font></td></tr>
<tr><td bgcolor="#FFFFFF" align="right"><font class="tiny">( {" | ".join(more)} ) {tools}</font></td></tr>
</table></td></tr></table><br>
"""


def _pager(base: str, page: int, last: int) -> str:
    if last < 2:
        return ""
    sep = "&amp;" if "?" in base else "?"
    items = []
    if page > 1:
        items.append(f'<a href="{base}{sep}pagenum={page - 1}">« Trang trước</a>')
    for n in range(1, last + 1):
        items.append(f"<b>[{n}]</b>" if n == page else f'<a href="{base}{sep}pagenum={n}">{n}</a>')
    if page < last:
        items.append(f'<a href="{base}{sep}pagenum={page + 1}">Trang sau »</a>')
    return f'<center><font class="content">Trang: {" ".join(items)}</font></center><br>'


def _page_num(request: Request) -> int:
    try:
        return max(1, int(request.params.get("pagenum", "1")))
    except ValueError:
        return 1


def _listing(request: Request, stories: list[Story], heading: str, base: str, title: str) -> str:
    page = _page_num(request)
    last = pages(len(stories))
    page = min(page, last)
    chunk = stories[(page - 1) * STORYNUM : page * STORYNUM]
    head = (
        _open_table(f'<center><font class="title"><b>{heading}</b></font></center>')
        if heading
        else ""
    )
    center = head + "".join(_story_box(s) for s in chunk) + _pager(base, page, last)
    right = _old_news(stories[page * STORYNUM :]) + _poll()
    return _page(title, center, right)


def _home(request: Request) -> str:
    return _listing(request, newest(home=True), "", "index.php", f"{SITE} - {SLOGAN}")


# --- article and its views ------------------------------------------------------------------


def _related(s: Story) -> str:
    tid = s.opts["topic"]
    name = esc(TOPICS[tid][1])
    same = [o for o in newest(tid) if o.id != s.id]
    most = max(newest(tid), key=lambda o: o.opts.get("reads", 0))
    latest = "".join(
        f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=News&amp;file=article&amp;sid={o.id}">'
        f'{_title(o)}</a> <font class="tiny">({when(o):%d/%m/%Y})</font><br>'
        for o in same[:5]
    )
    user = s.opts.get("poster", "thcs_admin")
    links = _box(
        "Các liên kết liên quan",
        '<strong><big>&middot;</big></strong>&nbsp;<a href="http://daklak.edu.vn" target="new">Sở GD&amp;ĐT Đắk Lắk</a><br>'
        f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;topic={tid}">Thêm về {name}</a><br>'
        f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;author={user}">Tin của {user}</a><br>'
        f"<br><center><b>Bài được đọc nhiều nhất về {name}:</b><br>"
        f'<a href="modules.php?name=News&amp;file=article&amp;sid={most.id}">{_title(most)}</a></center><br>'
        f"<b>Tin mới nhất về {name}:</b><br>{latest}",
        "200",
    )
    _total, votes = s.opts.get("score", (0, 0))
    choices = ("Tuyệt vời", "Rất tốt", "Tốt", "Bình thường", "Tệ")
    radios = "".join(
        f'<input type="radio" name="score" value="{5 - i}"> {c}<br>' for i, c in enumerate(choices)
    )
    avg = (
        f"Điểm trung bình: <b>{_score(s)}</b><br>Số phiếu: <b>{votes}</b><br><br>" if votes else ""
    )
    rating = _box(
        "Đánh giá bài viết",
        f'<center>{avg}<form action="modules.php?name=News" method="post">'
        "Hãy dành một giây để đánh giá bài viết này:<br><br></center>"
        f'{radios}<input type="hidden" name="sid" value="{s.id}"><input type="hidden" name="op" value="rate_article">'
        '<center><input type="submit" value="Bình chọn!"></center></form>',
        "200",
    )
    options = _box(
        "Các tùy chọn",
        f'<img src="images/print.gif" border="0" alt="" width="16" height="11">&nbsp;&nbsp;'
        f'<a href="modules.php?name=News&amp;file=print&amp;sid={s.id}">Bản để in</a><br><br>'
        f'<img src="images/friend.gif" border="0" alt="" width="15" height="11">&nbsp;&nbsp;'
        f'<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={s.id}">Gửi bài viết này cho bạn bè</a>',
        "200",
    )
    return links + rating + options


def _comments(s: Story, mode: str) -> str:
    link = f"modules.php?name=News&amp;file=article&amp;sid={s.id}"
    modes = (
        f'Xem: <a href="{link}&amp;mode=flat&amp;order=0&amp;thold=0">Phẳng</a> | '
        f'<a href="{link}&amp;mode=nested&amp;order=0&amp;thold=0">Lồng nhau</a> | '
        f'<a href="{link}&amp;mode=thread&amp;order=1&amp;thold=-1">Theo luồng, mới nhất trước</a>'
    )
    comments = s.opts.get("comments", [])
    rows = []
    for i, (name, at, title, body) in enumerate(comments, 1):
        cid = s.id * 10 + i
        stamp = nuke_date(datetime.strptime(at, "%Y-%m-%d %H:%M:%S"))
        if mode == "thread":
            rows.append(
                f'<li><a href="{link}&amp;mode=thread&amp;order=1&amp;thold=-1#{cid}">{esc(title)}</a>'
                f" bởi {esc(name)} vào lúc {stamp}</li>"
            )
            continue
        rows.append(
            f'<a name="{cid}"></a><table width="99%" border="0" cellspacing="0" cellpadding="3">'
            f'<tr><td bgcolor="#EEEEEE"><b>{esc(title)}</b> (Điểm: 1)<br><font class="tiny">bởi {esc(name)}'
            f" vào lúc {stamp}</font></td></tr>"
            f'<tr><td><font class="content">{esc(body)}</font></td></tr>'
            f'<tr><td><font class="content">[ <a href="modules.php?name=News&amp;file=comments&amp;op=Reply'
            f'&amp;pid={cid}&amp;sid={s.id}&amp;mode=&amp;order=0&amp;thold=0">Trả lời</a> ]</font></td></tr></table><br>'
        )
    listing = ("<ul>" + "".join(rows) + "</ul>") if mode == "thread" and rows else "".join(rows)
    return f"""<a name="comments"></a>
<table width="99%" border="0" cellspacing="1" cellpadding="2" bgcolor="#1E5AA8"><tr><td bgcolor="#D6E4F5" align="center">
<font class="option"><b>Ý kiến bạn đọc</b></font> <font class="content">| {len(comments)} bình luận | Ngưỡng: 0 | {modes}</font><br>
<font class="content">[ <a href="modules.php?name=News&amp;file=comments&amp;op=Reply&amp;pid=0&amp;sid={s.id}">Gửi ý kiến</a> ]
| <a href="modules.php?name=Your_Account">Đăng nhập / Tạo tài khoản</a></font></td></tr>
<tr><td bgcolor="#FFFFFF" align="center"><font class="tiny">Ghi chú: Những ý kiến đóng góp không thuộc về chúng tôi. Chúng tôi không chịu trách nhiệm về nội dung của chúng.</font></td></tr></table><br>
{listing}"""


def _article(s: Story, mode: str) -> str:
    body = bodytext(s)
    text_cell = hometext(s) + (f"<br><br>\n{body}" if body else "")
    story = f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="storybox"><tr><td bgcolor="#1E5AA8">
<table border="0" cellpadding="4" cellspacing="1" width="100%">
<tr><td class="storytitle" bgcolor="#D6E4F5"><font class="option"><b>{_cat_prefix(s)}{_title(s)}</b></font></td></tr>
<tr><td class="storyposter" bgcolor="#F2F6FB"><font class="tiny">{_poster(s)}</font></td></tr>
<tr><td class="storytext" bgcolor="#FFFFFF">{_topic_img(s)}<font class="content">
{text_cell}
</font></td></tr>
</table></td></tr></table><br>
"""
    center = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="top" width="100%">{story}</td><td>&nbsp;</td>'
        f'<td valign="top" width="200">{_related(s)}</td></tr></table>\n' + _comments(s, mode)
    )
    return _page(f"{SITE} - {_title(s)}", center, charset=_charset(s))


def _charset(s: Story) -> str:
    return "windows-1258" if s.id <= OLD_INSTALL_MAX_SID else "utf-8"


def _answer(s: Story, page: str) -> Response:
    if _charset(s) == "windows-1258":
        return html(cp1258_bytes(page), charset=None)
    return html(page)


def _print(s: Story, request: Request) -> str:
    body = bodytext(s)
    url = f"{base_url(request)}/modules.php?name=News&amp;file=article&amp;sid={s.id}"
    return f"""<html><head><title>{SITE}</title>
<meta http-equiv="Content-Type" content="text/html; charset={_charset(s)}"></head>
<body bgcolor="#ffffff" text="#000000">
<table border="0"><tr><td>
<table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
<table border="0" width="640" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td>
<center><img src="images/logo.gif" border="0" alt=""><br><br>
<font class="content"><b>{_title(s)}</b></font><br>
<font class="tiny"><b>Ngày:</b> {nuke_date(when(s))}<br><b>Chủ đề:</b> {esc(topic_name(s))}<br><br></font></center>
<font class="content">{hometext(s)}{"<br><br>" + body if body else ""}<br><br></font>
</td></tr></table></td></tr></table>
<br><br><center><font class="content">
Bài viết này được lấy từ {SITE}<br><a href="{base_url(request)}">{base_url(request)}</a><br><br>
Địa chỉ của bài viết này là:<br><a href="{url}">{url}</a></font></center>
</td></tr></table>
</body></html>
"""


def _friend(s: Story) -> str:
    center = _open_table(
        f'<center><font class="title"><b>Gửi bài viết này cho bạn bè</b></font></center><br><br>'
        f"Bạn sẽ gửi bài viết <b>{_title(s)}</b> tới một người bạn:<br><br>"
        '<form action="modules.php?name=News&amp;file=friend" method="post">'
        f'<input type="hidden" name="sid" value="{s.id}">'
        '<b>Tên của bạn:</b> <input type="text" name="yname" size="25"><br><br>'
        '<b>Email của bạn:</b> <input type="text" name="ymail" size="25"><br><br><br>'
        '<b>Tên người nhận:</b> <input type="text" name="fname" size="25"><br><br>'
        '<b>Email người nhận:</b> <input type="text" name="fmail" size="25"><br><br>'
        '<input type="hidden" name="op" value="SendStory"><input type="submit" value="Gửi"></form>'
    )
    return _page(f"{SITE} - Gửi bài viết cho bạn bè", center, charset=_charset(s))


def _reply(s: Story) -> str:
    center = _open_table(
        f'<center><font class="title"><b>Gửi ý kiến</b></font></center><br>'
        f'<b>{_title(s)}</b><br><font class="tiny">{_poster(s)}</font><br><br>'
        f'<font class="content">{hometext(s)}</font>'
    ) + _open_table(
        '<form action="modules.php?name=News&amp;file=comments" method="post">'
        "<b>Tên của bạn:</b> Khách [ "
        '<a href="modules.php?name=Your_Account&amp;op=new_user">Đăng ký</a> ]<br><br>'
        '<b>Tiêu đề:</b><br><input type="text" name="subject" size="50" maxlength="85"><br><br>'
        '<b>Ý kiến:</b><br><textarea cols="50" rows="10" name="comment"></textarea><br>'
        f'<input type="hidden" name="sid" value="{s.id}"><input type="hidden" name="pid" value="0">'
        '<input type="submit" name="op" value="Xem trước"> <input type="submit" name="op" value="Gửi"></form>'
    )
    return _page(f"{SITE} - Gửi ý kiến", center, charset=_charset(s))


def _soft_404() -> str:
    center = _open_table(
        '<center><font class="title"><b>Xin lỗi, bài viết này không tồn tại hoặc đã bị xóa.</b></font><br><br>'
        '[ <a href="javascript:history.go(-1)">Quay lại</a> ]</center>'
    )
    return _page(f"{SITE} - Tin tức", center)


# --- other modules --------------------------------------------------------------------------

_CONTENT = {
    1: (
        "Giới thiệu",
        (
            f"{SITE} được thành lập năm 1992, tiền thân là phân hiệu cấp II của Trường PTCS Phước An."
            " Năm 2004 trường được tách riêng và mang tên anh hùng thiếu niên Trần Quốc Toản.",
            "Hiện nay nhà trường có 24 lớp với 912 học sinh, 52 cán bộ, giáo viên, nhân viên. Trường đạt"
            " chuẩn quốc gia mức độ 1 năm 2015 và được công nhận lại năm 2022.",
            "Phương châm của nhà trường: “Kỷ cương - Tình thương - Trách nhiệm”.",
        ),
    ),
    2: (
        "Cơ cấu tổ chức",
        (
            "Hiệu trưởng: thầy Nguyễn Văn Thành. Phó Hiệu trưởng: cô Đặng Thị Kim Oanh.",
            "Các tổ chuyên môn: Ngữ văn, Toán, Khoa học tự nhiên, Khoa học xã hội, Ngoại ngữ - Tin học"
            " và Tổ Văn phòng.",
        ),
    ),
}


def _content(request: Request) -> str | None:
    if request.params.get("pa") != "showpage":
        items = "".join(
            f'<li><a href="modules.php?name=Content&amp;pa=showpage&amp;pid={pid}">{title}</a></li>'
            for pid, (title, _) in _CONTENT.items()
        )
        return _page(f"{SITE} - Nội dung", _open_table(f"<b>Trang thông tin</b><ul>{items}</ul>"))
    try:
        pid = int(request.params.get("pid", "0"))
    except ValueError:
        return None
    if pid not in _CONTENT:
        return None
    title, paras = _CONTENT[pid]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    center = _open_table(
        f'<font class="title"><b>{title}</b></font><br><br><font class="content">{body}</font>'
        '<br><br><center>[ <a href="modules.php?name=Content">Quay lại trang nội dung</a> ]</center>'
    )
    return _page(f"{SITE} - {title}", center)


def _feedback() -> str:
    center = _open_table(
        '<center><font class="title"><b>Liên hệ</b></font></center><br>'
        f"<b>{SITE}</b><br>Địa chỉ: {ADDRESS}<br>Điện thoại: {PHONE}<br>Email: {EMAIL}<br><br>"
        '<form action="modules.php?name=Feedback" method="post">'
        '<b>Họ tên:</b><br><input type="text" name="sender_name" size="30"><br><br>'
        '<b>Email:</b><br><input type="text" name="sender_email" size="30"><br><br>'
        '<b>Nội dung:</b><br><textarea name="message" cols="45" rows="8"></textarea><br><br>'
        '<input type="hidden" name="opi" value="ds"><input type="submit" value="Gửi"></form>'
    )
    return _page(f"{SITE} - Liên hệ", center)


def _downloads(request: Request) -> str | Response | None:
    op = request.params.get("d_op", "")
    lid = request.params.get("lid", "")
    name = "Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027"
    if op == "getit" and lid == str(DOWNLOAD_LID):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    if op == "viewdownloaddetails" and lid == str(DOWNLOAD_LID):
        inner = (
            f'<font class="title"><b>{name}</b></font><br><br>Mô tả: Lịch kiểm tra theo phòng, khối 6 - 9.<br>'
            "Phiên bản: 1.0 | Dung lượng: 184 KB | Ngày thêm: 24/11/2026 | Lượt tải: 57<br><br>"
            f'[ <a href="modules.php?name=Downloads&amp;d_op=getit&amp;lid={DOWNLOAD_LID}">Tải về</a> ]'
        )
        return _page(f"{SITE} - Tải về", _open_table(inner))
    if op == "viewdownload" and request.params.get("cid") == "2":
        inner = (
            "<b>Văn bản nhà trường</b><br><br>"
            f'<a href="modules.php?name=Downloads&amp;d_op=viewdownloaddetails&amp;lid={DOWNLOAD_LID}">{name}</a>'
            " (24/11/2026)<br>"
        )
        return _page(f"{SITE} - Tải về", _open_table(inner))
    if op:
        return None
    inner = (
        '<center><font class="title"><b>Tải về</b></font></center><br>'
        '<a href="modules.php?name=Downloads&amp;d_op=viewdownload&amp;cid=2"><b>Văn bản nhà trường</b></a> (1)<br>'
        "Kế hoạch, thông báo, lịch công tác của nhà trường.<br><br>"
        "Hiện có <b>1</b> tập tin và <b>1</b> chuyên mục trong cơ sở dữ liệu."
    )
    return _page(f"{SITE} - Tải về", _open_table(inner))


def _account(request: Request) -> str | None:
    op = request.params.get("op", "")
    if op == "userinfo":
        user = request.params.get("username", "")
        if user not in USERS:
            return None
        inner = (
            f'<center><font class="title"><b>Thông tin cá nhân: {user}</b></font></center><br>'
            "Ngày tham gia: 15/09/2008<br>Số bài đã gửi: "
            + str(sum(s.opts.get("poster", "thcs_admin") == user for s in STORIES))
            + f'<br><br><a href="modules.php?name=Search&amp;author={user}">Các bài viết của {user}</a>'
        )
        return _page(f"{SITE} - Thành viên", _open_table(inner))
    if op == "new_user":
        inner = (
            '<center><font class="title"><b>Đăng ký thành viên mới</b></font></center><br>'
            '<form action="modules.php?name=Your_Account" method="post">'
            'Tên đăng nhập: <input type="text" name="username"><br>Email: <input type="text" name="user_email"><br>'
            'Mật khẩu: <input type="password" name="user_password"><br>'
            '<input type="hidden" name="op" value="new user"><input type="submit" value="Đăng ký"></form>'
        )
        return _page(f"{SITE} - Đăng ký", _open_table(inner))
    if op:
        return None
    inner = (
        '<center><font class="title"><b>Đăng nhập thành viên</b></font></center><br>'
        '<form action="modules.php?name=Your_Account" method="post">'
        'Tên đăng nhập: <input type="text" name="username"><br>Mật khẩu: <input type="password" name="user_password"><br>'
        '<input type="hidden" name="op" value="login"><input type="submit" value="Đăng nhập"></form><br>'
        '[ <a href="modules.php?name=Your_Account&amp;op=new_user">Đăng ký thành viên mới</a> ]'
    )
    return _page(f"{SITE} - Thành viên", _open_table(inner))


def _topics() -> str:
    cells = []
    for tid, (image, name) in TOPICS.items():
        items = newest(tid)
        latest = "".join(
            f'<strong><big>&middot;</big></strong> <a href="modules.php?name=News&amp;file=article&amp;sid={s.id}">{_title(s)}</a><br>'
            for s in items[:3]
        )
        cells.append(
            f'<td valign="top" width="33%"><a href="modules.php?name=News&amp;new_topic={tid}">'
            f'<img src="images/topics/{image}" border="0" alt="{esc(name)}"></a><br>'
            f'<b><a href="modules.php?name=News&amp;new_topic={tid}">{esc(name)}</a></b><br>'
            f'<font class="tiny">Số bài: {len(items)}</font><br>{latest}</td>'
        )
    inner = (
        '<center><font class="title"><b>Các chủ đề hiện có</b></font><br>'
        '<font class="content">Bấm vào một chủ đề để xem các bài viết liên quan</font></center><br>'
        f'<table width="100%" border="0" cellpadding="4"><tr>{"".join(cells)}</tr></table>'
    )
    return _page(f"{SITE} - Chủ đề", _open_table(inner))


def _surveys(request: Request) -> str | None:
    op = request.params.get("op", "")
    options = (
        ("Rất hữu ích", 97),
        ("Hữu ích", 71),
        ("Bình thường", 32),
        ("Cần cải thiện thêm", 14),
    )
    if op == "results" and request.params.get("pollID") == "3":
        rows = "".join(
            f'<tr><td>{o}</td><td><img src="{THEME}/images/leftbar.gif" height="12" width="{n}"> {n * 100 // 214}%</td>'
            f"<td>({n})</td></tr>"
            for o, n in options
        )
        inner = (
            "<center><b>Bạn thấy website của nhà trường thế nào?</b></center><br>"
            f'<table border="0" align="center">{rows}</table><br><center>Tổng số phiếu: <b>214</b><br><br>'
            '[ <a href="modules.php?name=Surveys">Các thăm dò khác</a> ]</center>'
        )
        return _page(f"{SITE} - Thăm dò", _open_table(inner))
    if op:
        return None
    inner = (
        '<center><font class="title"><b>Thăm dò ý kiến</b></font></center><br>'
        '<strong><big>&middot;</big></strong> <a href="modules.php?name=Surveys&amp;op=results&amp;pollID=3&amp;mode=&amp;order=0&amp;thold=0">'
        "Bạn thấy website của nhà trường thế nào?</a> (214 phiếu)<br>"
    )
    return _page(f"{SITE} - Thăm dò", _open_table(inner))


def _archive_row(s: Story) -> str:
    link = (
        f"modules.php?name=News&amp;file=article&amp;sid={s.id}&amp;mode=&amp;order=0&amp;thold=0"
    )
    return (
        f'<tr><td bgcolor="#FFFFFF"><a href="{link}">{_title(s)}</a></td>'
        f'<td align="center">{len(s.opts.get("comments", []))}</td><td align="center">{s.opts.get("reads", 0)}</td>'
        f'<td align="center">{_score(s)}</td><td align="center">{when(s):%d-%m-%Y}</td>'
        f'<td align="center"><a href="modules.php?name=News&amp;file=print&amp;sid={s.id}"><img src="images/print.gif" border="0" alt="Bản để in"></a>'
        f' <a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={s.id}"><img src="images/friend.gif" border="0" alt="Gửi cho bạn bè"></a></td></tr>'
    )


def _archive_table(stories: list[Story]) -> str:
    head = (
        '<table border="0" width="100%" cellpadding="2" cellspacing="1" bgcolor="#CCCCCC">'
        '<tr bgcolor="#D6E4F5"><td><b>Bài viết</b></td><td align="center"><b>Bình luận</b></td>'
        '<td align="center"><b>Lượt đọc</b></td><td align="center"><b>Điểm</b></td><td align="center"><b>Ngày</b></td>'
        '<td align="center"><b>Thao tác</b></td></tr>'
    )
    return head + "".join(_archive_row(s) for s in stories) + "</table>"


def _month_list() -> str:
    rows = []
    for y, m in _MONTHS_WITH_STORIES:
        n = sum((when(s).year, when(s).month) == (y, m) for s in STORIES)
        href = month_path(y, m)[1:].replace("&", "&amp;")
        rows.append(f'<li><a href="{href}">{MONTHS[m - 1]}, {y}</a> ({n})</li>')
    return "<ul>" + "".join(rows) + "</ul>"


def _archive(request: Request) -> str | None:
    sa = request.params.get("sa", "")
    if sa == "show_month":
        try:
            year, month = int(request.params.get("year", "")), int(request.params.get("month", ""))
        except ValueError:
            return None
        if not (1 <= month <= 12 and 1900 <= year <= 2999):
            return None
        items = [s for s in newest() if (when(s).year, when(s).month) == (year, month)]
        py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
        ny, nm = (year, month + 1) if month < 12 else (year + 1, 1)
        nav = (
            f'<center>[ <a href="{month_path(py, pm)[1:].replace("&", "&amp;")}">« Tháng trước</a> | '
            f'<a href="{month_path(ny, nm)[1:].replace("&", "&amp;")}">Tháng sau »</a> ]</center><br>'
        )
        listing = (
            _archive_table(items)
            if items
            else "<center><i>Không có bài viết nào trong tháng này.</i></center>"
        )
        inner = (
            f'<center><font class="title"><b>Lưu trữ bài viết: {MONTHS[month - 1]}, {year}</b></font></center><br>'
            f"{nav}{listing}<br><center>Chọn tháng khác:</center>{_month_list()}"
            '<center>[ <a href="modules.php?name=Stories_Archive">Lưu trữ bài viết</a> | '
            '<a href="modules.php?name=Stories_Archive&amp;sa=show_all">Xem tất cả bài viết</a> ]</center>'
        )
        return _page(f"{SITE} - Lưu trữ bài viết", _open_table(inner))
    if sa == "show_all":
        inner = (
            '<center><font class="title"><b>Lưu trữ bài viết: tất cả</b></font></center><br>'
            + _archive_table(newest())
            + '<br><center>[ <a href="modules.php?name=Stories_Archive">Lưu trữ bài viết</a> ]</center>'
        )
        return _page(f"{SITE} - Lưu trữ bài viết", _open_table(inner))
    if sa:
        return None
    inner = (
        '<center><font class="title"><b>Lưu trữ bài viết</b></font></center><br>'
        "<b>Vui lòng chọn một tháng trong danh sách dưới đây:</b><br>"
        + _month_list()
        + '<br><center>[ <a href="modules.php?name=Stories_Archive&amp;sa=show_all">Xem tất cả bài viết</a> ]</center>'
    )
    return _page(f"{SITE} - Lưu trữ bài viết", _open_table(inner))


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    params = {**request.params, **(request.form if request.method == "POST" else {})}
    query = params.get("query", "").strip()
    topic = params.get("topic", "")
    author = params.get("author", "")
    try:
        start = max(0, int(params.get("min", "0")))
    except ValueError:
        start = 0
    hits: list[Story] = []
    if query or topic or author:
        for s in newest():
            if topic and str(s.opts["topic"]) != topic:
                continue
            if author and s.opts.get("poster", "thcs_admin") != author:
                continue
            if query and _fold(query) not in _fold(s.title + " " + " ".join(s.paragraphs)):
                continue
            hits.append(s)
    rows = "".join(
        f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=News&amp;file=article&amp;sid={s.id}">'
        f'{_title(s)}</a><br><font class="tiny">Đăng bởi {s.opts.get("poster", "thcs_admin")} vào lúc '
        f"{nuke_date(when(s))} ({s.opts.get('reads', 0)} lần đọc) - Chủ đề: {esc(topic_name(s))}</font><br><br>"
        for s in hits[start : start + 10]
    )
    nav = ""
    keep = "".join(
        f"&amp;{k}={esc(v)}"
        for k, v in (("query", query), ("topic", topic), ("author", author))
        if v
    )
    if start > 0:
        prev = f"&amp;min={start - 10}" if start > 10 else ""
        nav += f'<a href="modules.php?name=Search{keep}{prev}">« Trang trước</a> '
    if start + 10 < len(hits):
        nav += f'<a href="modules.php?name=Search{keep}&amp;min={start + 10}">Trang sau »</a>'
    result = (
        (
            f"{rows}<center>{nav}</center>"
            if hits
            else "<center><i>Không tìm thấy kết quả phù hợp.</i></center>"
        )
        if (query or topic or author)
        else ""
    )
    options = "".join(f'<option value="{t}">{esc(n)}</option>' for t, (_, n) in TOPICS.items())
    form = (
        '<form action="modules.php?name=Search" method="post"><input type="text" name="query" size="30"'
        f' value="{esc(query)}"> <select name="topic"><option value="">Tất cả chủ đề</option>{options}</select>'
        ' <input type="submit" value="Tìm kiếm"></form>'
    )
    return _page(f"{SITE} - Tìm kiếm", _open_table(form) + (_open_table(result) if result else ""))


def _forums() -> str:
    center = _open_table(
        '<center><font class="title"><b>Xin lỗi, module này chưa được kích hoạt!</b></font><br><br>'
        '[ <a href="javascript:history.go(-1)">Quay lại</a> ]</center>'
    )
    return _page(f"{SITE} - Diễn đàn", center)


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item>\n<title>{esc(s.title)}</title>\n"
        f"<link>{base}/modules.php?name=News&amp;file=article&amp;sid={s.id}</link>\n"
        f"<pubDate>{format_datetime(when(s).replace(tzinfo=_TZ))}</pubDate>\n</item>\n"
        for s in newest()[:10]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91">
<channel>
<title>{esc(SITE)}</title>
<link>{base}</link>
<description>{esc(SLOGAN)}</description>
<language>vi</language>
{items}</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


# --- the site -------------------------------------------------------------------------------


class PhpNukeSite:
    """``index.php``, ``modules.php?name=…`` and ``backend.php``, as PHP-Nuke dispatches them."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/themes/", "/includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/backend.php":
            return _rss(request)
        if path in ("/", "/index.php"):
            return html(_home(request))
        if path == "/modules.php":
            page = self._module(request)
            if page is None:
                return redirect("index.php", 302)
            return page if isinstance(page, Response) else html(page)
        return None

    def _module(self, request: Request) -> str | Response | None:
        params = request.params
        name = params.get("name", "")
        if name == "News":
            return self._news(request)
        if name == "Content":
            return _content(request)
        if name == "Feedback":
            return _feedback()
        if name == "Downloads":
            return _downloads(request)
        if name == "Your_Account":
            return _account(request)
        if name == "Topics":
            return _topics()
        if name == "Surveys":
            return _surveys(request)
        if name == "Stories_Archive":
            return _archive(request)
        if name == "Search":
            return _search(request)
        if name == "Forums":
            return _forums()
        return None

    def _news(self, request: Request) -> str | Response | None:
        params = request.params
        file = params.get("file", "")
        if not file:
            if "new_topic" in params:
                try:
                    tid = int(params["new_topic"])
                except ValueError:
                    return None
                if tid not in TOPICS:
                    return None
                return _listing(
                    request,
                    newest(tid),
                    f"Chủ đề: {esc(TOPICS[tid][1])}",
                    f"modules.php?name=News&amp;new_topic={tid}",
                    f"{SITE} - {TOPICS[tid][1]}",
                )
            return _listing(request, newest(home=True), "", "index.php", f"{SITE} - Tin tức")
        if file == "categories":
            try:
                catid = int(params.get("catid", ""))
            except ValueError:
                return None
            if catid not in CATEGORIES:
                return None
            return _listing(
                request,
                newest(cat=catid),
                f"Chuyên mục: {esc(CATEGORIES[catid])}",
                f"modules.php?name=News&amp;file=categories&amp;op=newindex&amp;catid={catid}",
                f"{SITE} - {CATEGORIES[catid]}",
            )
        try:
            sid = int(params.get("sid", ""))
        except ValueError:
            return None
        story = _BY_SID.get(sid)
        if file == "article":
            if story is None:
                return html(_soft_404())
            return _answer(story, _article(story, params.get("mode", "")))
        if story is None:
            return None
        if file == "print":
            return _answer(story, _print(story, request))
        if file == "friend":
            return _answer(story, _friend(story))
        if file == "comments" and params.get("op") == "Reply":
            return _answer(story, _reply(story))
        return None


def build_site() -> PhpNukeSite:
    return PhpNukeSite()
