"""Fixture portal: a lower-secondary school (Trường THCS Xuân Hòa) still running PHP-Fusion 7.

Imitates a PHP-Fusion v7.00/7.01 site set up around 2010 by the school's computer teacher and
never upgraded: a home-made theme (``themes/XuanHoa``) built from tables, the Vietnamese locale
pack, stock infusions (shoutbox, online users, user info, latest articles) plus two add-ons
(a "Tin mới nhất" panel and a mini calendar), every page served in windows-1258. What it serves:

- ``/`` and ``/index.php`` answer ``302 Location: news.php`` (the opening page setting);
- ``news.php``: the news index, three items a page (the site's "news per page" setting), paged
  by the stock ``makepagenav`` table (``table.tbl-border`` with a ``td.tbl2`` "Trang 1 / 4" cell
  and ``td.tbl1`` page cells, ``&lt;&lt; &lt; 1 2 3 &gt; &gt;&gt;``) at ``news.php?rowstart=3/6/9``.
  Each item: a ``.capmain`` title linked to ``news.php?readmore=N``, the category image, the
  snippet ("Tin vắn"), and a footer "Đăng bởi <a href='profile.php?lookup=3'>thaytuan</a> lúc
  24/11/2026 16:40 · Đọc tiếp · 1 Bình luận · 254 Lượt đọc · [printer icon]";
- ``news.php?readmore=N``: the story (``td.news-content``), which is the "Tin mở rộng" text
  when the story has one and the snippet otherwise (as news.php does). The same page answers at
  ``news.php?readmore=N&rowstart=0`` (rowstart is the page-break index of the text); the theme's
  "Các tin khác" box (a mod: five stories of the category, the older ones first, dated) links
  them only in that form. Around the story: a "Bạn đang ở" trail (a theme mod), the info line
  "Đăng bởi … lúc dd/mm/yyyy hh:mm", the footer "Chuyên mục · Lượt đọc: N · In bài"
  (``print.php?type=N&item_id=N``), an AddThis button, "Các tin khác", and under the stories
  with a "Tin mở rộng" the comments ("Bình luận": visitors' names, times and texts; two stories
  have some) and the comment form;
- ``news_cats.php`` (every category with its newest titles) and ``news_cats.php?cat_id=N``
  (titles, dates and snippets in ``.tbl1``/``.tbl2`` rows, three a page,
  ``&rowstart=3/6``: "Tin tức - Sự kiện" has three pages);
- ``articles.php`` → ``articles.php?cat_id=1`` → ``articles.php?article_id=N``: the "Bài viết"
  section, older long texts by teachers ("Sáng kiến kinh nghiệm"). The article page prints
  "Viết bởi <a>admin</a> vào 18-09-2026 20:30 · 1341 Lượt đọc · [print]" under the text. Article
  12 has a page break: ``articles.php?article_id=12`` shows its first half with a
  ``makepagenav`` table under it, ``&rowstart=1`` the second half (whose "1" and "&lt;" cells
  link ``&rowstart=0``, the first page again);
- ``print.php?type=N|A&item_id=N``: the print views (title, poster line, snippet, "Tin mở
  rộng", the whole text), a bare page without the theme;
- ``photogallery.php`` (albums), ``photogallery.php?album_id=1|2`` (thumbnails), and
  ``photogallery.php?photo_id=N`` (one photo, its title and description, "Ảnh trước/Ảnh tiếp");
- ``downloads.php`` / ``downloads.php?cat_id=N`` (documents; ``&download_id=N`` sends the file),
  ``weblinks.php`` / ``weblinks.php?cat_id=1`` (``&weblink_id=N`` answers 302 to the external
  site), ``viewpage.php?page_id=1|2`` (custom pages "Giới thiệu chung", "Cơ cấu tổ chức"),
  ``contact.php``, ``search.php``, ``register.php`` (registration closed), ``lostpassword.php``,
  ``profile.php?lookup=N`` (member profiles);
- ``infusions/shoutbox_panel/shoutbox_archive.php`` (``?rowstart=20``): the shoutbox archive,
  and ``infusions/calendar_panel/calendar.php?m=M&y=Y``: the calendar add-on. Pages under
  ``infusions/`` print every theme link relative to ``../../`` (PHP-Fusion's BASEDIR).
- chrome on every themed page: a banner, the sub-header menu with today's date (TODAY), a
  marquee of welcome text, left panels ("Danh mục", "Đăng nhập" with the login form, "Thành
  viên online": guests, members online, newest member), right panels ("Tin mới nhất" with dates,
  "Bài viết mới", "Hộp thoại" — the shoutbox with visitors' messages and times —, "Lịch" with
  "« Tháng trước / Tháng sau »", "Thống kê truy cập", "Liên kết website"), and a footer with the
  school's (pre-2025) address, phone, hotline, the PHP-Fusion copyright and a visit counter.

Encoding: every HTML page is windows-1258 (``<meta http-equiv='Content-Type'
content='text/html; charset=windows-1258' />``, the HTTP header says only ``text/html``), stored
the way that code page stores Vietnamese: tone marks as combining characters after the letter
(``cp1258_bytes``), so decoded text is partly decomposed; the gold is NFC. Story 150 was typed
in an editor that wrote every second non-ASCII letter as a character reference.

Traps and hard cases: the calendar's month links never end (any month of 1901-2037 answers 200
and links its neighbours); print views repeat every story; ``readmore=N&rowstart=0`` repeats
every news story and ``article_id=N&rowstart=0`` every article; ``article_id=12&rowstart=1`` is
the second half of article 12, not an article of its own; the shoutbox and comments carry names,
times and short texts; story 150 links a deleted story (``news.php?readmore=97``), which, as
news.php does for any unknown id, answers ``302 Location: news.php``; the listing's snippet of
story 152 is an editor's teaser that the story page does not print.

Gold (by hand):
- Articles: the ten news stories and the three "Bài viết". Listings, print views, the second
  half of article 12, the gallery, documents, links, custom pages, profiles, the shoutbox
  archive and calendar pages are not.
- ``path`` is ``news.php?readmore=N`` / ``articles.php?article_id=N``; the ``&rowstart=0`` forms
  are ``alt_paths``. Article 12's body is both halves in order (what a reader who follows "2"
  reads), its images those of both halves.
- Title: the ``.capmain`` headline as printed (story 160 is typed in capitals and stays so).
- Date: the poster line's date and time ("lúc 24/11/2026 16:40", "vào 18-09-2026 20:30"), local
  +07:00. Comment times, shoutbox times, "Tin mới nhất" dates and the header clock are not.
- Category: the news category the footer and the trail name ("Tin tức - Sự kiện", "Thông
  báo"); for the "Bài viết" the article category "Sáng kiến kinh nghiệm" (the trail's last
  link; "Bài viết" is the section).
- Authors: signed names only ("Người viết: Nguyễn Văn Tuấn", "Người viết: Nguyễn Văn Tuấn –
  Tổ Toán - Tin" where the rest is his team, "Tin, ảnh: Lê Thị Hương", "Bài: X - Ảnh: Y", a
  closing signature "Phan Thị Thu Trang" over her role "Tổng phụ trách Đội", "Trần Thị Mai Anh"
  over "Giáo viên Ngữ văn"). The poster accounts of "Đăng bởi"/"Viết bởi" (admin, thaytuan,
  cohuong, lethihuong: ASCII login names) are not authors, even where nothing signs.
- Photographers: "Tin, ảnh: X", "Ảnh: Y", and "Hoàng Lan" from a caption ending "(Ảnh: Hoàng
  Lan)" (that caption is kept as printed). Source: "Nguồn: Cổng TTĐT xã Xuân Hòa" and "(Theo
  Báo Nghệ An)" give the publication's name.
- Summary: the bold lead paragraph two stories open with (it is also the body's first
  paragraph); the platform prints no other sapo, so the others have none — not even 152, whose
  listing teaser is not on its page.
- Body: the printed paragraphs in order (``<br /><br />`` runs, ``<p>``s and Word's
  ``MsoNormal`` paragraphs), including the numbered headings of the long articles and the "- …"
  lines of the notices (one paragraph each, dash kept as typed) and link texts inside a
  paragraph; captions, bylines, signatures, comments and boxes are not.
- Captions: the centred italic line under a photo, without the parentheses one editor put around
  it; a line that is only the camera's file name ("DSC_0457.JPG") is no caption; photos without a
  line have none.
"""

from __future__ import annotations

import unicodedata
from calendar import monthrange
from datetime import date, datetime

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    cp1258_bytes,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "phpfusion_thcs"
PLATFORM = "phpfusion7"
START_PATH = "/"

SITE = "Trường THCS Xuân Hòa"
ADDRESS = "Xóm 5, xã Xuân Hòa, huyện Nam Đàn, tỉnh Nghệ An"
PHONE = "0238 3 822 415"
HOTLINE = "0912 468 357"
EMAIL = "thcsxuanhoa.nd@nghean.edu.vn"
THEME = "themes/XuanHoa"
CHARSET = "windows-1258"
NEWS_PER_PAGE = 3
SHOUTS_PER_PAGE = 20
TODAY_DATE = date(2026, 11, 25)

#: news categories: cat_id -> (name, image)
NEWS_CATS: dict[int, tuple[str, str]] = {
    1: ("Tin tức - Sự kiện", "tintuc.gif"),
    2: ("Thông báo", "thongbao.gif"),
}
#: article categories: cat_id -> (name, description)
ART_CATS: dict[int, tuple[str, str]] = {
    1: ("Sáng kiến kinh nghiệm", "Bài viết trao đổi kinh nghiệm giảng dạy, giáo dục của giáo viên nhà trường"),
}
#: members: user_id -> (user_name, joined, level)
USERS: dict[int, tuple[str, str, str]] = {
    1: ("admin", "12/08/2010", "Quản trị cấp cao"),
    3: ("thaytuan", "15/08/2010", "Quản trị viên"),
    5: ("cohuong", "03/09/2011", "Thành viên"),
    7: ("lethihuong", "20/10/2014", "Thành viên"),
    12: ("phuhuynh8a", "05/09/2024", "Thành viên"),
    48: ("hs_9a3", "22/11/2026", "Thành viên"),
}

_IMG = "images/news"
_ART_IMG = "images/articles"
_SIG = "<div style='text-align: right;'>{}</div>"

# Story.opts: kind (news | article), cat (category id), at ("YYYY-MM-DD HH:MM", as printed),
# user (poster's user_id), mode (br: nl2br text, p: TinyMCE paragraphs with <font>, word: pasted
# from Word), ext (the readmore text is the "Tin mở rộng"; False: a short item that is all
# snippet), snippet (the editor's teaser when it is not the first paragraph), entities (every
# n-th non-ASCII character as a reference), split (index of the block a page break precedes),
# comments [(user_id or guest name, "dd/mm/yyyy hh:mm", text)].
# P styles: "" paragraph, lead (bold first paragraph), li ("- …" line, single <br /> between),
# h (heading of a long article). Img styles: br (caption after <br /> in the image's block),
# p (caption in its own centred paragraph).
STORIES: list[Story] = [
    Story(
        id=161,
        slug="hoi-thi-gvdg-cap-truong-2026",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="news",
        published_at="2026-11-24T16:40:00+07:00",
        summary=(
            "Từ ngày 16 đến 23/11/2026, Trường THCS Xuân Hòa tổ chức Hội thi giáo viên dạy giỏi cấp"
            " trường năm học 2026 - 2027 với sự tham gia của 14 thầy cô giáo thuộc các tổ chuyên môn."
        ),
        blocks=[
            P(
                "Từ ngày 16 đến 23/11/2026, Trường THCS Xuân Hòa tổ chức Hội thi giáo viên dạy giỏi cấp"
                " trường năm học 2026 - 2027 với sự tham gia của 14 thầy cô giáo thuộc các tổ chuyên môn.",
                "lead",
            ),
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của đội ngũ giáo viên, đồng thời là"
                " dịp để thầy cô trao đổi, học tập kinh nghiệm, đổi mới phương pháp dạy học theo Chương"
                " trình giáo dục phổ thông 2018."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành (một tiết bốc thăm, một tiết tự"
                " chọn) và trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn. Ban giám khảo gồm các"
                " đồng chí trong Ban giám hiệu và tổ trưởng chuyên môn."
            ),
            Img(
                f"{_IMG}/gvdg-2026-01.jpg",
                "Cô Hồ Thị Hương trong tiết dạy môn Khoa học tự nhiên lớp 7A",
                "Cô Hồ Thị Hương trong tiết dạy môn Khoa học tự nhiên lớp 7A",
                "br",
            ),
            P(
                "Nhiều tiết dạy được đánh giá cao nhờ vận dụng linh hoạt các phương pháp dạy học tích cực,"
                " ứng dụng công nghệ thông tin hợp lý, phát huy được tính chủ động, sáng tạo của học sinh."
            ),
            Img(
                f"{_IMG}/gvdg-2026-02.jpg",
                "Ban giám khảo góp ý sau tiết dạy",
                "Ban giám khảo góp ý sau tiết dạy",
                "br",
            ),
            P(
                "Kết quả, có 11 thầy cô đạt danh hiệu giáo viên dạy giỏi cấp trường; nhà trường chọn 4"
                " thầy cô tiêu biểu tham gia Hội thi giáo viên dạy giỏi cấp tỉnh dự kiến tổ chức vào"
                " tháng 01/2027."
            ),
            Raw(_SIG.format("<strong><font face='Times New Roman' size='3'>Người viết: Nguyễn Văn Tuấn</font></strong>")),
        ],
        authors=["Nguyễn Văn Tuấn"],
        opts={
            "kind": "news", "cat": 1, "at": "2026-11-24 16:40", "user": 3, "mode": "p", "ext": True,
            "comments": [(12, "24/11/2026 20:30", "Chúc mừng các thầy cô đạt giải! Mong nhà trường có thêm nhiều tiết dạy hay như thế.")],
        },
    ),
    Story(
        id=160,
        slug="ky-niem-20-11-2026",
        title="TRƯỜNG THCS XUÂN HÒA KỶ NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM 20/11",
        cat="news",
        published_at="2026-11-21T09:15:00+07:00",
        blocks=[
            P(
                "Sáng ngày 20/11/2026, Trường THCS Xuân Hòa long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
                " giáo Việt Nam (20/11/1982 - 20/11/2026). Về dự buổi lễ có đại diện lãnh đạo Đảng ủy,"
                " UBND xã Xuân Hòa, Ban đại diện Cha mẹ học sinh, các thầy cô giáo nguyên là cán bộ, giáo"
                " viên nhà trường qua các thời kỳ."
            ),
            Img(f"{_IMG}/20-11-2026-01.jpg", "Các đại biểu dự Lễ kỷ niệm", "Các đại biểu dự Lễ kỷ niệm"),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng Trần Đình Phúc ôn lại truyền thống vẻ vang của ngày Nhà giáo"
                " Việt Nam, điểm lại những thành tích nổi bật của nhà trường trong năm học 2025 - 2026:"
                " 98,6% học sinh lớp 9 tốt nghiệp THCS, 21 học sinh đạt giải học sinh giỏi cấp huyện, 3"
                " học sinh đạt giải cấp tỉnh."
            ),
            P(
                "Thay mặt các bậc phụ huynh, ông Nguyễn Văn Lợi, Trưởng ban đại diện Cha mẹ học sinh, gửi"
                " lời tri ân sâu sắc tới các thầy cô giáo đã tận tụy với sự nghiệp trồng người."
            ),
            Img(f"{_IMG}/DSC_0457.JPG", "DSC_0457.JPG", None),
            P(
                "Nhân dịp này, nhà trường khen thưởng 9 tập thể lớp và 46 học sinh có thành tích xuất sắc"
                " trong đợt thi đua “Học tốt - Dạy tốt” chào mừng ngày 20/11."
            ),
            Img(
                f"{_IMG}/20-11-2026-03.jpg",
                "Tiết mục văn nghệ của học sinh lớp 8B chào mừng ngày Nhà giáo Việt Nam",
                "Tiết mục văn nghệ của học sinh lớp 8B chào mừng ngày Nhà giáo Việt Nam",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các em học sinh biểu diễn, để lại"
                " nhiều ấn tượng tốt đẹp cho thầy cô và đại biểu."
            ),
            Raw("<div align='right'><b><i>Tin, ảnh: Lê Thị Hương</i></b></div>"),
        ],
        authors=["Lê Thị Hương"],
        photographers=["Lê Thị Hương"],
        opts={
            "kind": "news", "cat": 1, "at": "2026-11-21 09:15", "user": 7, "mode": "br", "ext": True,
            "comments": [
                (12, "21/11/2026 19:42", "Chúc các thầy cô giáo luôn mạnh khỏe, hạnh phúc và thành công!"),
                ("Hoàng Minh - cựu HS khóa 2012", "21/11/2026 21:05", "Nhìn ảnh thấy nhớ trường quá. Em kính chúc thầy Phúc và các thầy cô sức khỏe!"),
                (48, "22/11/2026 07:12", "Tiết mục của lớp 8B hay quá ạ!"),
            ],
        },
    ),
    Story(
        id=158,
        slug="lich-kiem-tra-giua-hk1",
        title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="notice",
        published_at="2026-11-18T14:00:00+07:00",
        blocks=[
            P("Nhà trường thông báo lịch kiểm tra giữa học kỳ I các môn kiểm tra tập trung như sau:"),
            P("- Thứ Hai (30/11/2026): Ngữ văn (khối 6, 7), Toán (khối 8, 9).", "li"),
            P("- Thứ Ba (01/12/2026): Toán (khối 6, 7), Ngữ văn (khối 8, 9).", "li"),
            P("- Thứ Tư (02/12/2026): Tiếng Anh (tất cả các khối).", "li"),
            P(
                "Thời gian làm bài: Ngữ văn, Toán 90 phút; Tiếng Anh 60 phút. Các môn còn lại giáo viên bộ"
                " môn kiểm tra trên lớp theo kế hoạch của tổ chuyên môn."
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và phụ huynh học sinh để các em chuẩn"
                " bị ôn tập tốt."
            ),
        ],
        opts={"kind": "news", "cat": 2, "at": "2026-11-18 14:00", "user": 1, "mode": "br", "ext": False},
    ),
    Story(
        id=157,
        slug="ke-hoach-nho-2026",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        cat="news",
        published_at="2026-11-14T10:20:00+07:00",
        blocks=[
            P(
                "Thực hiện chương trình công tác Đội năm học 2026 - 2027, sáng thứ Hai ngày 09/11/2026,"
                " Liên đội Trường THCS Xuân Hòa tổ chức phát động phong trào “Kế hoạch nhỏ” thu gom giấy"
                " vụn, vỏ lon, chai nhựa gây quỹ giúp bạn vượt khó."
            ),
            P(
                "Sau một tuần thực hiện, các chi đội đã thu gom được hơn 1,2 tấn giấy vụn và gần 300 kg vỏ"
                " lon, chai nhựa. Chi đội 7A, 9C và 6B dẫn đầu phong trào với khối lượng thu gom lớn nhất."
            ),
            Img(
                f"{_IMG}/ke-hoach-nho-2026.jpg",
                "(Các chi đội mang giấy vụn về tập kết tại sân trường)",
                "Các chi đội mang giấy vụn về tập kết tại sân trường",
                "p",
            ),
            P(
                "Toàn bộ số tiền thu được, hơn 5,4 triệu đồng, sẽ được Liên đội dùng để mua sách vở, quần"
                " áo ấm tặng các bạn học sinh có hoàn cảnh khó khăn trước dịp Tết Nguyên đán."
            ),
            Raw(
                "<p style='text-align: right;'><strong><font face='Times New Roman' size='3'>Phan Thị Thu"
                " Trang</font></strong><br /><em><font face='Times New Roman' size='3'>Tổng phụ trách"
                " Đội</font></em></p>"
            ),
        ],
        authors=["Phan Thị Thu Trang"],
        opts={"kind": "news", "cat": 1, "at": "2026-11-14 10:20", "user": 1, "mode": "p", "ext": True},
    ),
    Story(
        id=155,
        slug="an-toan-giao-thong-2026",
        title="Học sinh Trường THCS Xuân Hòa đạt giải Nhất Hội thi “An toàn giao thông cho nụ cười ngày mai”",
        cat="news",
        published_at="2026-11-09T15:30:00+07:00",
        summary=(
            "Ngày 07/11/2026, UBND xã Xuân Hòa phối hợp với Công an xã tổ chức Hội thi “An toàn giao"
            " thông cho nụ cười ngày mai” dành cho học sinh các trường tiểu học và THCS trên địa bàn xã."
        ),
        blocks=[
            P(
                "Ngày 07/11/2026, UBND xã Xuân Hòa phối hợp với Công an xã tổ chức Hội thi “An toàn giao"
                " thông cho nụ cười ngày mai” dành cho học sinh các trường tiểu học và THCS trên địa bàn xã.",
                "lead",
            ),
            P(
                "Hội thi gồm ba phần: chào hỏi, kiến thức về Luật Trật tự, an toàn giao thông đường bộ và"
                " xử lý tình huống. Các đội thi đã thể hiện sự chuẩn bị công phu với nhiều tiểu phẩm sinh"
                " động, phản ánh những hành vi vi phạm phổ biến của học sinh khi tham gia giao thông."
            ),
            Img(
                f"{_IMG}/attgt-2026-1.jpg",
                "Đội thi Trường THCS Xuân Hòa trong phần xử lý tình huống (Ảnh: Hoàng Lan)",
                "Đội thi Trường THCS Xuân Hòa trong phần xử lý tình huống (Ảnh: Hoàng Lan)",
                "p",
            ),
            P(
                "Với phần thể hiện tự tin, kiến thức vững vàng, đội thi của Trường THCS Xuân Hòa gồm các em"
                " Nguyễn Khánh Linh (9A), Trần Quốc Bảo (9B) và Lê Hà My (8A) đã xuất sắc giành giải Nhất"
                " toàn đoàn."
            ),
            Img(f"{_IMG}/attgt-2026-2.jpg", None, None, "p"),
            P(
                "Hội thi góp phần nâng cao nhận thức, hình thành thói quen chấp hành pháp luật về giao thông"
                " cho học sinh, hướng tới xây dựng văn hóa giao thông an toàn trong trường học."
            ),
            Raw("<p style='text-align: right;'><em><font face='Times New Roman' size='3'>Nguồn: Cổng TTĐT xã Xuân Hòa</font></em></p>"),
        ],
        photographers=["Hoàng Lan"],
        source="Cổng TTĐT xã Xuân Hòa",
        opts={"kind": "news", "cat": 1, "at": "2026-11-09 15:30", "user": 1, "mode": "p", "ext": True},
    ),
    Story(
        id=154,
        slug="ke-hoach-hoi-thi-gvdg",
        title="Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="notice",
        published_at="2026-11-05T08:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch năm học 2026 - 2027, nhà trường ban hành Kế hoạch số 45/KH-THCSXH ngày"
                " 04/11/2026 về việc tổ chức Hội thi giáo viên dạy giỏi cấp trường."
            ),
            P(
                "Hội thi diễn ra từ ngày 16/11 đến 23/11/2026. Các tổ chuyên môn đăng ký danh sách giáo viên"
                " dự thi về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 10/11/2026."
            ),
            P(
                "Toàn văn kế hoạch xin xem tại mục Tài liệu: Kế hoạch tổ chức Hội thi GVDG cấp trường năm"
                " học 2026 - 2027.",
                "a|downloads.php?cat_id=1&download_id=2|Kế hoạch tổ chức Hội thi GVDG cấp trường năm học 2026 - 2027",
            ),
        ],
        opts={"kind": "news", "cat": 2, "at": "2026-11-05 08:00", "user": 1, "mode": "p", "ext": False},
    ),
    Story(
        id=152,
        slug="so-gddt-kiem-tra-nhiem-vu-nam-hoc",
        title="Sở GD&ĐT Nghệ An kiểm tra việc thực hiện nhiệm vụ năm học tại Trường THCS Xuân Hòa",
        cat="news",
        published_at="2026-10-30T16:05:00+07:00",
        blocks=[
            P(
                "Ngày 28/10/2026, đoàn kiểm tra của Sở Giáo dục và Đào tạo Nghệ An do ông Phạm Văn Khánh,"
                " Phó Trưởng phòng Giáo dục Trung học, làm trưởng đoàn đã đến kiểm tra việc thực hiện nhiệm"
                " vụ năm học 2026 - 2027 tại Trường THCS Xuân Hòa."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ quản lý, kế hoạch giáo dục của nhà trường và các tổ chuyên môn; dự"
                " giờ 6 tiết dạy; kiểm tra cơ sở vật chất, thiết bị dạy học và công tác bán trú."
            ),
            Img(
                f"{_IMG}/kiem-tra-so-2026.jpg",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
            ),
            P(
                "Kết luận buổi kiểm tra, trưởng đoàn ghi nhận những cố gắng của tập thể cán bộ, giáo viên"
                " nhà trường; đồng thời đề nghị nhà trường tiếp tục đẩy mạnh chuyển đổi số, tăng cường bồi"
                " dưỡng học sinh giỏi và phụ đạo học sinh yếu."
            ),
            Raw(
                "<p class='MsoNormal' align='right' style='text-align: right;'><b><span style='font-size:"
                " 13pt; font-family: &quot;Times New Roman&quot;,&quot;serif&quot;;'>Bài: Nguyễn Văn Tuấn -"
                " Ảnh: Đặng Quang Huy<o:p></o:p></span></b></p>"
            ),
        ],
        authors=["Nguyễn Văn Tuấn"],
        photographers=["Đặng Quang Huy"],
        opts={
            "kind": "news", "cat": 1, "at": "2026-10-30 16:05", "user": 3, "mode": "word", "ext": True,
            "snippet": (
                "Đoàn kiểm tra đánh giá cao sự chuẩn bị của nhà trường về cơ sở vật chất, đội ngũ và việc"
                " triển khai Chương trình giáo dục phổ thông 2018."
            ),
        },
    ),
    Story(
        id=150,
        slug="tuan-le-hoc-tap-suot-doi-2026",
        title="Thầy và trò tích cực hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="news",
        published_at="2026-10-22T09:40:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời trong kỷ"
                " nguyên số”, Trường THCS Xuân Hòa đã triển khai nhiều hoạt động thiết thực đến cán bộ, giáo"
                " viên và học sinh."
            ),
            P(
                "Thư viện nhà trường tổ chức trưng bày, giới thiệu hơn 500 đầu sách; các lớp tổ chức tiết"
                " đọc sách tại thư viện và cuộc thi “Giới thiệu cuốn sách em yêu”. Giáo viên tham gia chuyên"
                " đề bồi dưỡng kỹ năng khai thác học liệu số và sử dụng trí tuệ nhân tạo hỗ trợ soạn bài."
            ),
            Img(f"{_IMG}/tuan-le-hoc-tap-2026.jpg", None, None, "br"),
            P(
                "Các hoạt động năm nay tiếp nối kết quả của Tuần lễ học tập suốt đời năm 2025, góp phần xây"
                " dựng xã hội học tập ngay trong nhà trường.",
                "a|news.php?readmore=97|Tuần lễ học tập suốt đời năm 2025",
            ),
        ],
        opts={"kind": "news", "cat": 1, "at": "2026-10-22 09:40", "user": 1, "mode": "p", "ext": True, "entities": 2},
    ),
    Story(
        id=148,
        slug="co-hoc-tro-ngheo-giau-nghi-luc",
        title="Cô học trò nghèo giàu nghị lực ở Xuân Hòa",
        cat="news",
        published_at="2026-10-15T07:50:00+07:00",
        blocks=[
            P(
                "Nhà chỉ có hai mẹ con, mẹ thường xuyên đau ốm, nhưng em Nguyễn Thị Bảo Ngọc, học sinh lớp"
                " 9A Trường THCS Xuân Hòa, vẫn luôn nằm trong tốp học sinh giỏi của trường suốt ba năm học."
            ),
            P(
                "Mỗi ngày, Ngọc dậy từ 5 giờ sáng để nấu cơm, chăm sóc mẹ rồi đạp xe gần 4 km đến trường."
                " Buổi tối, em tranh thủ học bài sau khi phụ mẹ làm hàng thêu thuê."
            ),
            Img(
                f"{_IMG}/bao-ngoc-9a.jpg",
                "Em Nguyễn Thị Bảo Ngọc trong giờ học tại lớp",
                "Em Nguyễn Thị Bảo Ngọc trong giờ học tại lớp",
            ),
            P(
                "Năm học 2025 - 2026, Ngọc đạt giải Nhì cuộc thi Viết thư quốc tế UPU cấp tỉnh. Cô Trần Thị"
                " Mai Anh, giáo viên chủ nhiệm, cho biết: “Ngọc rất chăm chỉ, ham đọc sách và luôn sẵn sàng"
                " giúp đỡ bạn bè trong lớp”."
            ),
            P(
                "Ước mơ của Ngọc là trở thành cô giáo dạy Văn để sau này được trở về dạy học ở chính quê"
                " hương mình."
            ),
            Raw("<div align='right'><i>(Theo Báo Nghệ An)</i></div>"),
        ],
        source="Báo Nghệ An",
        opts={"kind": "news", "cat": 1, "at": "2026-10-15 07:50", "user": 5, "mode": "br", "ext": True},
    ),
    Story(
        id=147,
        slug="lich-tiep-phu-huynh",
        title="Thông báo lịch tiếp phụ huynh học sinh của Ban giám hiệu",
        cat="notice",
        published_at="2026-10-12T15:20:00+07:00",
        blocks=[
            P(
                "Để tăng cường phối hợp giữa nhà trường và gia đình trong công tác giáo dục học sinh, Ban giám"
                " hiệu nhà trường thông báo lịch tiếp phụ huynh học sinh năm học 2026 - 2027 như sau:"
            ),
            P("- Thời gian: sáng thứ Bảy hằng tuần, từ 7 giờ 30 đến 10 giờ 30.", "li"),
            P("- Địa điểm: Phòng Hiệu trưởng, nhà hiệu bộ.", "li"),
            P(
                "Phụ huynh có nhu cầu trao đổi có thể liên hệ trước qua số điện thoại văn phòng nhà trường:"
                " 0238 3 822 415."
            ),
        ],
        opts={"kind": "news", "cat": 2, "at": "2026-10-12 15:20", "user": 1, "mode": "br", "ext": False},
    ),
    # ---- the "Bài viết" (articles.php)
    Story(
        id=12,
        slug="bien-phap-hinh-hoc-truc-quan-lop-6",
        title="Một số biện pháp giúp học sinh lớp 6 học tốt phần Hình học trực quan",
        cat="article",
        published_at="2026-09-18T20:30:00+07:00",
        blocks=[
            P("I. ĐẶT VẤN ĐỀ", "h"),
            P(
                "Hình học trực quan là nội dung mới trong môn Toán lớp 6 theo Chương trình giáo dục phổ thông"
                " 2018. Nội dung này giúp học sinh làm quen với các hình phẳng quen thuộc trong thực tiễn, rèn"
                " luyện kỹ năng đo, vẽ, cắt ghép hình và bước đầu hình thành trí tưởng tượng không gian."
            ),
            P(
                "Tuy nhiên, qua thực tế giảng dạy, tôi nhận thấy nhiều em còn lúng túng khi sử dụng dụng cụ"
                " học tập, vẽ hình chưa chính xác và chưa biết liên hệ kiến thức với đời sống. Từ đó, tôi mạnh"
                " dạn đưa ra một số biện pháp dưới đây."
            ),
            P("II. MỘT SỐ BIỆN PHÁP", "h"),
            P("1. Tăng cường hoạt động thực hành với đồ dùng trực quan", "h"),
            P(
                "Trong mỗi tiết học, tôi chuẩn bị các mô hình hình vuông, tam giác đều, lục giác đều bằng bìa"
                " cứng và yêu cầu học sinh chuẩn bị giấy màu, kéo, thước, compa. Học sinh được trực tiếp gấp,"
                " cắt, ghép hình để tự phát hiện tính chất của từng hình."
            ),
            Img(
                f"{_ART_IMG}/hinh-hoc-6-01.jpg",
                "Hình 1. Học sinh lớp 6A thực hành vẽ lục giác đều theo nhóm",
                "Hình 1. Học sinh lớp 6A thực hành vẽ lục giác đều theo nhóm",
            ),
            P("2. Gắn kiến thức với các tình huống thực tế", "h"),
            # page break here (opts split)
            P(
                "Tôi thường mở đầu bài học bằng những hình ảnh quen thuộc như viên gạch lát nền, tổ ong, mặt"
                " đồng hồ, biển báo giao thông để học sinh nhận ra các hình đã học. Cuối mỗi bài, học sinh được"
                " giao nhiệm vụ tìm và chụp ảnh các đồ vật có dạng hình học ở gia đình."
            ),
            Img(
                f"{_ART_IMG}/hinh-hoc-6-02.jpg",
                "Hình 2. Sản phẩm “Hình học quanh em” của nhóm 3 lớp 6B",
                "Hình 2. Sản phẩm “Hình học quanh em” của nhóm 3 lớp 6B",
            ),
            P("3. Tổ chức trò chơi học tập", "h"),
            P(
                "Các trò chơi “Ai nhanh hơn”, “Ghép hình tiếp sức” được tổ chức vào cuối tiết giúp không khí"
                " lớp học sôi nổi, học sinh ghi nhớ kiến thức một cách tự nhiên."
            ),
            P("III. KẾT QUẢ", "h"),
            P(
                "Sau một học kỳ áp dụng, tỉ lệ học sinh lớp 6A, 6B đạt điểm khá, giỏi phần Hình học trực quan"
                " tăng từ 52% lên 74%; học sinh hứng thú hơn với môn Toán, mạnh dạn trình bày ý kiến trước"
                " lớp."
            ),
            Raw(
                "<p class='MsoNormal' align='right' style='text-align: right;'><b><i><span style='font-size:"
                " 13pt; font-family: &quot;Times New Roman&quot;,&quot;serif&quot;;'>Người viết: Nguyễn Văn"
                " Tuấn – Tổ Toán - Tin<o:p></o:p></span></i></b></p>"
            ),
        ],
        authors=["Nguyễn Văn Tuấn"],
        opts={
            "kind": "article", "cat": 1, "at": "2026-09-18 20:30", "user": 1, "mode": "word", "split": 8,
            "snippet": (
                "Một số kinh nghiệm giúp học sinh lớp 6 học tốt nội dung Hình học trực quan theo Chương"
                " trình giáo dục phổ thông 2018."
            ),
        },
    ),
    Story(
        id=11,
        slug="kinh-nghiem-van-hoa-doc",
        title="Kinh nghiệm xây dựng văn hóa đọc cho học sinh THCS",
        cat="article",
        published_at="2026-04-07T21:10:00+07:00",
        blocks=[
            P(
                "Trong thời đại mạng xã hội phát triển mạnh, nhiều học sinh dành phần lớn thời gian rảnh cho"
                " điện thoại mà ít quan tâm đến sách. Là giáo viên Ngữ văn kiêm phụ trách thư viện, tôi xin"
                " chia sẻ một số kinh nghiệm đã thực hiện tại trường."
            ),
            P(
                "Thứ nhất, xây dựng tủ sách lớp học. Mỗi lớp có một tủ sách do học sinh tự quyên góp và quản"
                " lý, được luân chuyển giữa các lớp sau mỗi tháng. Nhờ vậy, học sinh có thể đọc sách ngay"
                " trong giờ ra chơi."
            ),
            Img(f"{_ART_IMG}/tu-sach-lop-hoc.jpg", None, None, "br"),
            P(
                "Thứ hai, tổ chức tiết đọc thư viện định kỳ. Mỗi lớp có ít nhất một tiết đọc mỗi tháng tại thư"
                " viện; sau tiết đọc, các em chia sẻ cảm nhận về cuốn sách mình đã đọc trước lớp."
            ),
            Img(
                f"{_ART_IMG}/tiet-doc-thu-vien-7b.jpg",
                "Giờ đọc sách tại thư viện của học sinh lớp 7B",
                "Giờ đọc sách tại thư viện của học sinh lớp 7B",
                "br",
            ),
            P(
                "Thứ ba, khuyến khích học sinh viết và chia sẻ. Các bài cảm nhận hay được đăng trên bảng tin"
                " thư viện và trang web của nhà trường, tạo động lực cho các em tiếp tục đọc và viết."
            ),
            P(
                "Sau hai năm thực hiện, số lượt mượn sách của học sinh tăng gần gấp ba lần; nhiều em đạt giải"
                " trong cuộc thi Đại sứ văn hóa đọc cấp tỉnh."
            ),
            Raw(
                "<p style='text-align: right;'><strong><font face='Times New Roman' size='3'>Trần Thị Mai"
                " Anh</font></strong></p>\n<p style='text-align: right;'><font face='Times New Roman'"
                " size='3'>Giáo viên Ngữ văn</font></p>"
            ),
        ],
        authors=["Trần Thị Mai Anh"],
        opts={"kind": "article", "cat": 1, "at": "2026-04-07 21:10", "user": 5, "mode": "p"},
    ),
    Story(
        id=9,
        slug="day-hoc-du-an-khtn-7",
        title="Vận dụng dạy học dự án trong môn Khoa học tự nhiên 7",
        cat="article",
        published_at="2025-12-02T19:45:00+07:00",
        blocks=[
            P(
                "Dạy học dự án là phương pháp trong đó học sinh thực hiện một nhiệm vụ học tập phức hợp, gắn"
                " với thực tiễn, kết hợp lí thuyết với thực hành và tạo ra sản phẩm cụ thể. Phương pháp này"
                " rất phù hợp với môn Khoa học tự nhiên."
            ),
            P(
                "Ví dụ, với chủ đề “Trao đổi chất và chuyển hóa năng lượng ở sinh vật”, tôi giao cho các nhóm"
                " dự án “Trồng rau mầm tại lớp học”. Các nhóm tự lập kế hoạch, theo dõi sự phát triển của cây"
                " trong điều kiện ánh sáng, độ ẩm khác nhau và ghi chép nhật kí."
            ),
            P(
                "Kết thúc dự án, mỗi nhóm trình bày báo cáo bằng poster và sản phẩm rau mầm thu hoạch được. Học"
                " sinh không chỉ nắm vững kiến thức về quang hợp, hô hấp mà còn rèn luyện kĩ năng làm việc"
                " nhóm, thuyết trình và giải quyết vấn đề."
            ),
            P(
                "Để dạy học dự án hiệu quả, giáo viên cần lựa chọn chủ đề vừa sức, phân công nhiệm vụ rõ ràng,"
                " xây dựng tiêu chí đánh giá cụ thể và thường xuyên theo dõi, hỗ trợ các nhóm trong quá trình"
                " thực hiện."
            ),
            Raw("<div align='right'><b>Người viết: Hồ Thị Hương</b></div>"),
        ],
        authors=["Hồ Thị Hương"],
        opts={"kind": "article", "cat": 1, "at": "2025-12-02 19:45", "user": 5, "mode": "br"},
    ),
]

NEWS: list[Story] = [s for s in STORIES if s.opts["kind"] == "news"]
ARTICLES: list[Story] = [s for s in STORIES if s.opts["kind"] == "article"]
_NEWS_BY_ID = {s.id: s for s in NEWS}
_ART_BY_ID = {s.id: s for s in ARTICLES}


def news_path(story: Story) -> str:
    return f"/news.php?readmore={story.id}"


def article_path(story: Story) -> str:
    return f"/articles.php?article_id={story.id}"


def category_name(story: Story) -> str:
    cats = NEWS_CATS if story.opts["kind"] == "news" else ART_CATS
    return cats[story.opts["cat"]][0]


def in_news_cat(cat_id: int) -> list[Story]:
    return [s for s in NEWS if s.opts["cat"] == cat_id]


def pages_of(story: Story) -> list[list]:
    """The text's pages: a page break splits an article in two."""
    split = story.opts.get("split")
    return [story.blocks[:split], story.blocks[split:]] if split else [story.blocks]


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, news_path(s), category_name(s), alt_paths=[f"{news_path(s)}&rowstart=0"]) for s in NEWS
] + [
    gold_record(s, article_path(s), category_name(s), alt_paths=[f"{article_path(s)}&rowstart=0"])
    for s in ARTICLES
]


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


ALBUMS: dict[int, tuple[str, str, list[tuple[int, str, str]]]] = {
    1: (
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "Hình ảnh Lễ kỷ niệm ngày 20/11/2026",
        [
            (21, "Đại biểu dự lễ", "Các đại biểu về dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."),
            (22, "Tặng hoa thầy cô", "Học sinh tặng hoa chúc mừng các thầy cô giáo."),
            (23, "Văn nghệ chào mừng", "Tiết mục múa của học sinh lớp 8B."),
            (24, "Khen thưởng học sinh", "Khen thưởng học sinh đạt thành tích trong đợt thi đua."),
        ],
    ),
    2: (
        "Hội thi GVDG cấp trường 2026",
        "Một số tiết dạy trong Hội thi giáo viên dạy giỏi cấp trường",
        [
            (25, "Tiết dạy Khoa học tự nhiên", "Tiết dạy của cô Hồ Thị Hương, lớp 7A."),
            (26, "Tiết dạy Ngữ văn", "Tiết dạy của cô Trần Thị Mai Anh, lớp 9A."),
        ],
    ),
}
PHOTOS: dict[int, tuple[int, str, str]] = {
    pid: (album, title, desc) for album, (_, _, photos) in ALBUMS.items() for pid, title, desc in photos
}

# downloads: download_id -> (cat_id, title, description, file name, date, size, count)
DOWNLOADS: dict[int, tuple[int, str, str, str, str, str, int]] = {
    3: (2, "Đề kiểm tra cuối kỳ II môn Toán 8 năm học 2025 - 2026", "Đề và hướng dẫn chấm", "de-toan-8-ck2-2025-2026.pdf", "12/05/2026", "214 Kb", 187),
    2: (1, "Kế hoạch tổ chức Hội thi GVDG cấp trường năm học 2026 - 2027", "Kế hoạch số 45/KH-THCSXH ngày 04/11/2026", "ke-hoach-45-hoi-thi-gvdg.pdf", "05/11/2026", "156 Kb", 41),
    1: (1, "Kế hoạch năm học 2026 - 2027", "Kế hoạch thực hiện nhiệm vụ năm học của nhà trường", "ke-hoach-nam-hoc-2026-2027.doc", "15/09/2026", "388 Kb", 96),
}
DOWNLOAD_CATS: dict[int, str] = {1: "Văn bản - Kế hoạch", 2: "Đề thi - Đáp án"}
# weblinks: weblink_id -> (name, url, description, count)
WEBLINKS: dict[int, tuple[str, str, str, int]] = {
    1: ("Bộ Giáo dục và Đào tạo", "http://www.moet.gov.vn/", "Cổng thông tin điện tử Bộ GD&ĐT", 312),
    2: ("Sở GD&ĐT Nghệ An", "http://www.nghean.edu.vn/", "Website Sở Giáo dục và Đào tạo Nghệ An", 287),
    3: ("Violympic", "http://violympic.vn/", "Sân chơi giải Toán qua mạng", 455),
    4: ("Thư viện bài giảng điện tử", "http://baigiang.violet.vn/", "Thư viện bài giảng, giáo án", 203),
}
CUSTOM_PAGES: dict[int, tuple[str, list[str]]] = {
    1: (
        "Giới thiệu chung",
        [
            "Trường THCS Xuân Hòa được thành lập năm 1977 trên cơ sở tách ra từ Trường cấp 1 - 2 Xuân Hòa."
            " Trải qua gần 50 năm xây dựng và trưởng thành, nhà trường luôn là đơn vị tiên tiến của ngành.",
            "Năm học 2026 - 2027, nhà trường có 16 lớp với 578 học sinh; 34 cán bộ, giáo viên, nhân viên,"
            " 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo. Trường đạt chuẩn quốc gia mức độ 1"
            " năm 2015.",
        ],
    ),
    2: (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: thầy Trần Đình Phúc.",
            "Phó Hiệu trưởng: thầy Nguyễn Văn Tuấn (phụ trách chuyên môn), cô Lê Thị Hương (phụ trách cơ sở"
            " vật chất, bán trú).",
            "Các tổ chuyên môn: Tổ Toán - Tin, Tổ Khoa học tự nhiên, Tổ Ngữ văn - Lịch sử - Địa lí, Tổ Ngoại"
            " ngữ - Nghệ thuật - Thể chất, Tổ Văn phòng.",
        ],
    ),
}

# the shoutbox: (user_id or guest name, "dd/mm/yyyy hh:mm", message), newest first
_SHOUT_TEXTS = (
    "Chúc thầy cô và các bạn một tuần mới vui vẻ!",
    "Lớp 8B ơi, chiều nay tập văn nghệ ở hội trường nhé.",
    "Cho em hỏi bao giờ có thời khóa biểu mới ạ?",
    "Chúc mừng đội bóng đá của trường!",
    "Website trường mình cập nhật tin nhanh quá.",
)
#: the shoutbox: (user_id or guest name, "dd/mm/yyyy hh:mm", message), newest first
SHOUTS: list[tuple[int | str, str, str]] = [
    (48, "24/11/2026 21:17", "Mai lớp 9A3 có học thêm buổi chiều không ạ?"),
    (3, "24/11/2026 19:40", "Lịch kiểm tra đã đăng ở mục Thông báo, phụ huynh xem giúp nhé."),
    ("Phụ huynh em Khánh", "24/11/2026 19:02", "Cho tôi hỏi lịch kiểm tra giữa kỳ môn Tiếng Anh khối 9 ạ."),
    (12, "23/11/2026 08:11", "Website trường mình đẹp quá!"),
    ("Cựu HS khóa 2005", "22/11/2026 22:36", "Chúc thầy cô và các em một năm học thành công."),
]
SHOUTS += [
    (12 if n % 4 == 0 else f"Khách {n}", f"{22 - n:02d}/11/2026 {20 - n % 10:02d}:{(n * 7) % 60:02d}", _SHOUT_TEXTS[n % 5])
    for n in range(1, 21)
]

_CAL_EVENTS = {
    (2026, 11): {20: "Kỷ niệm Ngày Nhà giáo Việt Nam", 30: "Kiểm tra giữa học kỳ I"},
    (2026, 12): {1: "Kiểm tra giữa học kỳ I", 22: "Ngày thành lập QĐND Việt Nam"},
}
SHOUTBOX_ARCHIVE = "/infusions/shoutbox_panel/shoutbox_archive.php"
CALENDAR = "/infusions/calendar_panel/calendar.php"
DELETED_NEWS = "/news.php?readmore=97"

NON_ARTICLES: list[str] = [
    "/news.php",
    *(f"/news.php?rowstart={n * NEWS_PER_PAGE}" for n in range(1, _pages(len(NEWS), NEWS_PER_PAGE))),
    "/news_cats.php",
    *(f"/news_cats.php?cat_id={c}" for c in NEWS_CATS),
    *(
        f"/news_cats.php?cat_id={c}&rowstart={n * NEWS_PER_PAGE}"
        for c in NEWS_CATS
        for n in range(1, _pages(len(in_news_cat(c)), NEWS_PER_PAGE))
    ),
    "/articles.php",
    "/articles.php?cat_id=1",
    "/articles.php?article_id=12&rowstart=1",
    *(f"/print.php?type=N&item_id={s.id}" for s in NEWS),
    *(f"/print.php?type=A&item_id={s.id}" for s in ARTICLES),
    "/photogallery.php",
    *(f"/photogallery.php?album_id={a}" for a in ALBUMS),
    *(f"/photogallery.php?photo_id={p}" for p in PHOTOS),
    "/downloads.php",
    *(f"/downloads.php?cat_id={c}" for c in DOWNLOAD_CATS),
    "/weblinks.php",
    "/weblinks.php?cat_id=1",
    *(f"/viewpage.php?page_id={p}" for p in CUSTOM_PAGES),
    "/contact.php",
    "/search.php",
    "/register.php",
    "/lostpassword.php",
    *(f"/profile.php?lookup={u}" for u in USERS),
    SHOUTBOX_ARCHIVE,
    f"{SHOUTBOX_ARCHIVE}?rowstart={SHOUTS_PER_PAGE}",
    f"{CALENDAR}?m=10&y=2026",
    f"{CALENDAR}?m=12&y=2026",
]


# --------------------------------------------------------------------------- rendering helpers


def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M")


def _newsdate(story: Story) -> str:
    return f"{_when(story):%d/%m/%Y %H:%M}"


def _artdate(story: Story) -> str:
    return f"{_when(story):%d-%m-%Y %H:%M}"


def _user_link(uid: int, base: str = "", cls: str = "") -> str:
    klass = f" class='{cls}'" if cls else ""
    return f"<a href='{base}profile.php?lookup={uid}'{klass}>{USERS[uid][0]}</a>"


def _para_text(p: P) -> str:
    """A paragraph's markup: escaped text, with its one link where the style names it."""
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        before, after = p.text.split(phrase, 1)
        return f"{text(before)}<a href='{esc(href)}'>{text(phrase)}</a>{text(after)}"
    return text(p.text)


_FONT = "<font face='Times New Roman' size='3'>{}</font>"
_WORD_SPAN = "<span style='font-size: 13pt; line-height: 150%; font-family: &quot;Times New Roman&quot;,&quot;serif&quot;;'>{}<o:p></o:p></span>"


def _img_tag(img: Img, width: int = 450, height: int = 300) -> str:
    return f"<img src='{esc(img.src)}' alt='' width='{width}' height='{height}' border='0' />"


def _render_br(blocks: list) -> str:
    """news_breaks = yes: the text as typed in a textarea, nl2br'd."""
    out: list[str] = []
    prev = None
    for b in blocks:
        if isinstance(b, P):
            piece = f"<b>{_para_text(b)}</b>" if b.style == "lead" else _para_text(b)
        elif isinstance(b, Img):
            line = f"<br />\r\n<i>{text(b.printed)}</i>" if b.printed else ""
            piece = f"<div align='center'>{_img_tag(b)}{line}</div>"
        else:
            piece = b.html
        if prev is not None:
            both_li = isinstance(b, P) and isinstance(prev, P) and b.style == prev.style == "li"
            out.append("<br />\r\n" if both_li else "<br />\r\n<br />\r\n")
        out.append(piece)
        prev = b
    return _FONT.format("".join(out))


def _render_p(blocks: list) -> str:
    """TinyMCE's paragraphs, each wrapped in the editor's <font> tag."""
    out: list[str] = []
    for b in blocks:
        if isinstance(b, P):
            inner = _FONT.format(_para_text(b))
            if b.style == "lead":
                inner = f"<strong>{inner}</strong>"
            out.append(f"<p style='text-align: justify;'>{inner}</p>")
        elif isinstance(b, Img):
            if b.printed and b.style == "br":
                out.append(f"<p style='text-align: center;'>{_img_tag(b, 480, 320)}<br /><em>{text(b.printed)}</em></p>")
            elif b.printed:
                out.append(f"<p style='text-align: center;'>{_img_tag(b, 480, 320)}</p>")
                out.append(f"<p style='text-align: center;'><i>{_FONT.format(text(b.printed))}</i></p>")
            else:
                out.append(f"<p style='text-align: center;'>{_img_tag(b, 480, 320)}</p>")
        else:
            out.append(b.html)
    return "\r\n".join(out)


def _render_word(blocks: list) -> str:
    """Pasted from Word: MsoNormal paragraphs, spans, o:p."""
    out: list[str] = []
    for b in blocks:
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<p class='MsoNormal' style='line-height: 150%;'><b>{_WORD_SPAN.format(_para_text(b))}</b></p>")
            else:
                out.append(
                    "<p class='MsoNormal' style='text-align: justify; text-indent: 36pt; line-height: 150%;'>"
                    f"{_WORD_SPAN.format(_para_text(b))}</p>"
                )
        elif isinstance(b, Img):
            out.append(f"<p class='MsoNormal' align='center' style='text-align: center;'>{_img_tag(b, 500, 333)}</p>")
            if b.printed:
                out.append(
                    "<p class='MsoNormal' align='center' style='text-align: center;'>"
                    f"<i>{_WORD_SPAN.format(text(b.printed))}</i></p>"
                )
        else:
            out.append("<p class='MsoNormal'><o:p>&nbsp;</o:p></p>")
            out.append(b.html)
    return "\r\n".join(out)


def render_text(story: Story, blocks: list) -> str:
    """The stored text of a story (or one page of it) as the editor left it."""
    mode = story.opts["mode"]
    markup = {"br": _render_br, "p": _render_p, "word": _render_word}[mode](blocks)
    every = story.opts.get("entities")
    return entity_mix(markup, every) if every else markup


def snippet_html(story: Story) -> str:
    """The listing's text: the teaser when there is one, the first paragraph, or the whole item."""
    if story.opts.get("snippet"):
        return _FONT.format(text(story.opts["snippet"]))
    if story.opts["kind"] == "news" and not story.opts.get("ext"):
        return render_text(story, story.blocks)
    first = next(b for b in story.blocks if isinstance(b, P) and b.style != "h")
    return render_text(story, [P(first.text)])


# --------------------------------------------------------------------------- the theme


def opentable(title: str, body: str) -> str:
    return (
        "<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n"
        f"<tr>\n<td class='capmain'>{title}</td>\n</tr>\n<tr>\n<td class='main-body'>\n{body}\n</td>\n</tr>\n</table>\n"
        "<div style='margin-top:5px'></div>\n"
    )


def openside(title: str, body: str, base: str = "") -> str:
    return (
        "<table cellpadding='0' cellspacing='0' width='100%' class='border'>\n"
        f"<tr>\n<td class='scapmain'><img src='{base}{THEME}/images/panel_on.gif' alt='' class='panelbutton' /> {title}</td>\n</tr>\n"
        f"<tr>\n<td class='side-body'>\n{body}\n</td>\n</tr>\n</table>\n<div style='margin-top:5px'></div>\n"
    )


def makepagenav(start: int, count: int, total: int, link: str, rng: int = 3) -> str:
    """PHP-Fusion 7.00's page navigation table (``rowstart`` is an offset)."""
    pg_cnt = -(-total // count)
    if pg_cnt <= 1:
        return ""
    back, nxt = start - count, start + count
    cur = (start // count) + 1
    cells = [f"<td class='tbl2'><span class='small'>Trang {cur} / {pg_cnt}</span></td>"]
    if back >= 0:
        if cur > rng + 1:
            cells.append(f"<td class='tbl2'><a class='small' href='{link}rowstart=0'>&lt;&lt;</a></td>")
        cells.append(f"<td class='tbl2'><a class='small' href='{link}rowstart={back}'>&lt;</a></td>")
    for i in range(max(cur - rng, 1), min(cur + rng, pg_cnt) + 1):
        off = (i - 1) * count
        if i == cur:
            cells.append(f"<td class='tbl1'><span class='small'><strong>{i}</strong></span></td>")
        else:
            cells.append(f"<td class='tbl1'><a class='small' href='{link}rowstart={off}'>{i}</a></td>")
    if nxt < total:
        cells.append(f"<td class='tbl2'><a class='small' href='{link}rowstart={nxt}'>&gt;</a></td>")
        if cur < pg_cnt - rng:
            cells.append(f"<td class='tbl2'><a class='small' href='{link}rowstart={(pg_cnt - 1) * count}'>&gt;&gt;</a></td>")
    return (
        "<div align='center' style='margin-top:5px;'>\n<table cellspacing='1' cellpadding='1' border='0' class='tbl-border'>\n<tr>\n"
        + "\n".join(cells)
        + "\n</tr>\n</table>\n</div>\n"
    )


def _newest_news() -> list[Story]:
    return sorted(NEWS, key=_when, reverse=True)


def _mini_calendar(base: str, year: int, month: int) -> str:
    py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
    ny, nm = (year, month + 1) if month < 12 else (year + 1, 1)
    first_wd, days = monthrange(year, month)
    events = _CAL_EVENTS.get((year, month), {})
    cells = ["<td class='tbl2'>&nbsp;</td>"] * first_wd
    rows = []
    for d in range(1, days + 1):
        if (year, month, d) == (TODAY_DATE.year, TODAY_DATE.month, TODAY_DATE.day):
            cell = f"<td class='tbl1' style='background:#ffcc66'><strong>{d}</strong></td>"
        elif d in events:
            cell = f"<td class='tbl1'><span title='{esc(events[d])}' style='color:#cc0000;font-weight:bold'>{d}</span></td>"
        else:
            cell = f"<td class='tbl1'>{d}</td>"
        cells.append(cell)
        if len(cells) == 7:
            rows.append("<tr>" + "".join(cells) + "</tr>")
            cells = []
    if cells:
        rows.append("<tr>" + "".join(cells) + "<td class='tbl2'>&nbsp;</td>" * (7 - len(cells)) + "</tr>")
    head = "".join(f"<td class='tbl2'><strong>{d}</strong></td>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    cal = f"{base}infusions/calendar_panel/calendar.php"
    return (
        "<table cellpadding='1' cellspacing='1' width='100%' class='tbl-border' style='text-align:center'>\n"
        f"<tr><td class='tbl2'><a href='{cal}?m={pm}&amp;y={py}' class='side'>&laquo;</a></td>"
        f"<td class='tbl2' colspan='5'><strong>Tháng {month}/{year}</strong></td>"
        f"<td class='tbl2'><a href='{cal}?m={nm}&amp;y={ny}' class='side'>&raquo;</a></td></tr>\n"
        f"<tr>{head}</tr>\n" + "\n".join(rows) + "\n</table>\n"
        f"<div class='small' style='text-align:center'><a href='{cal}?m={pm}&amp;y={py}' class='side'>&laquo; Tháng trước</a>"
        f" | <a href='{cal}?m={nm}&amp;y={ny}' class='side'>Tháng sau &raquo;</a></div>"
    )


def _left_panels(base: str) -> str:
    nav = [
        ("news.php", "Trang chủ"),
        ("viewpage.php?page_id=1", "Giới thiệu chung"),
        ("viewpage.php?page_id=2", "Cơ cấu tổ chức"),
        ("news_cats.php", "Chuyên mục tin"),
        ("articles.php", "Bài viết"),
        ("photogallery.php", "Thư viện ảnh"),
        ("downloads.php", "Tài liệu - Văn bản"),
        ("weblinks.php", "Liên kết web"),
        ("contact.php", "Liên hệ"),
        ("search.php", "Tìm kiếm"),
    ]
    links = "\n".join(
        f"<img src='{base}{THEME}/images/bullet.gif' alt='' /> <a href='{base}{href}' class='side'>{label}</a><br />"
        for href, label in nav
    )
    login = f"""<div style='text-align:center'>
<form name='loginform' method='post' action='{base}news.php'>
Tên đăng nhập<br />
<input type='text' name='user_name' class='textbox' style='width:100px' /><br />
Mật khẩu<br />
<input type='password' name='user_pass' class='textbox' style='width:100px' /><br />
<label><input type='checkbox' name='remember_me' value='y' title='Ghi nhớ' style='vertical-align:middle;' /></label>
<input type='submit' name='login' value='Đăng nhập' class='button' /><br />
</form>
<br />
Đăng ký thành viên? <a href='{base}register.php' class='side'>Nhấn vào đây</a> để đăng ký.<br /><br />
Quên mật khẩu? <br /><a href='{base}lostpassword.php' class='side'>Yêu cầu mật khẩu mới</a>.
</div>"""
    online = (
        f"<img src='{base}{THEME}/images/bullet.gif' alt='' /> Khách trực tuyến: 7<br /><br />\n"
        f"<img src='{base}{THEME}/images/bullet.gif' alt='' /> Thành viên trực tuyến: 2<br />\n"
        f"{_user_link(3, base, 'side')}, {_user_link(12, base, 'side')}<br />\n<br />\n"
        f"<img src='{base}{THEME}/images/bullet.gif' alt='' /> Tổng số thành viên: 48<br />\n"
        f"<img src='{base}{THEME}/images/bullet.gif' alt='' /> Thành viên mới nhất: <span class='side'>{_user_link(48, base, 'side')}</span>"
    )
    return openside("Danh mục", links, base) + openside("Đăng nhập", login, base) + openside("Thành viên online", online, base)


def _shout_html(shout: tuple[int | str, str, str], base: str) -> str:
    who, when, msg = shout
    name = _user_link(who, base, "side") if isinstance(who, int) else f"<span class='side'>{text(who)}</span>"
    return (
        f"<div class='shoutboxname'><img src='{base}{THEME}/images/bullet.gif' alt='' /> {name}</div>\n"
        f"<div class='shoutboxdate'>{when}</div>\n<div class='shoutbox'>{text(msg)}</div>\n<br />"
    )


def _right_panels(base: str) -> str:
    latest = "\n".join(
        f"<img src='{base}{THEME}/images/bullet.gif' alt='' /> <a href='{base}news.php?readmore={s.id}' title='{esc(s.title)}' class='side'>{text(s.title)}</a>"
        f" <span class='small2'>({_when(s):%d/%m/%Y})</span><br />"
        for s in _newest_news()[:6]
    )
    arts = "\n".join(
        f"<img src='{base}{THEME}/images/bullet.gif' alt='' /> <a href='{base}articles.php?article_id={s.id}' title='{esc(s.title)}' class='side'>{text(s.title)}</a><br />"
        for s in ARTICLES
    )
    shouts = "\n".join(_shout_html(sh, base) for sh in SHOUTS[:5])
    shoutbox = f"""<a id='edit_shout' name='edit_shout'></a>
<form name='chatform' method='post' action='{base}news.php'>
<div style='text-align:center'>
Tên:<br />
<input type='text' name='shout_name' value='' class='textbox' maxlength='30' style='width:140px' /><br />
Nội dung:<br />
<textarea name='shout_message' rows='4' cols='20' class='textbox' style='width:140px'></textarea><br />
<input type='submit' name='post_shout' value='Gửi' class='button' />
</div>
</form>
<br />
{shouts}
<div style='text-align:center'><a href='{base}infusions/shoutbox_panel/shoutbox_archive.php' class='side'>Lưu trữ</a></div>"""
    counter = (
        "<table width='100%' cellpadding='0' cellspacing='0'>\n"
        "<tr><td class='small'>Đang online:</td><td class='small' align='right'>9</td></tr>\n"
        "<tr><td class='small'>Hôm nay:</td><td class='small' align='right'>127</td></tr>\n"
        "<tr><td class='small'>Hôm qua:</td><td class='small' align='right'>214</td></tr>\n"
        "<tr><td class='small'>Tháng này:</td><td class='small' align='right'>4.912</td></tr>\n"
        "<tr><td class='small'>Tổng lượt truy cập:</td><td class='small' align='right'>245.318</td></tr>\n</table>"
    )
    links = (
        "<form name='lienket' action=''><select name='link' class='textbox' style='width:150px' "
        "onchange=\"if(this.value!='') window.open(this.value,'_blank');\">\n<option value=''>-- Liên kết website --</option>\n"
        + "\n".join(f"<option value='{url}'>{text(name)}</option>" for name, url, _, _ in WEBLINKS.values())
        + "\n</select></form>"
    )
    return (
        openside("Tin mới nhất", latest, base)
        + openside("Bài viết mới", arts, base)
        + openside("Hộp thoại", shoutbox, base)
        + openside("Lịch", _mini_calendar(base, TODAY_DATE.year, TODAY_DATE.month), base)
        + openside("Thống kê truy cập", counter, base)
        + openside("Liên kết", links, base)
    )


def _menu(base: str) -> str:
    items = [
        ("news.php", "Trang chủ"),
        ("viewpage.php?page_id=1", "Giới thiệu"),
        ("news_cats.php?cat_id=1", "Tin tức"),
        ("news_cats.php?cat_id=2", "Thông báo"),
        ("articles.php", "Bài viết"),
        ("photogallery.php", "Thư viện ảnh"),
        ("downloads.php", "Tài liệu"),
        ("contact.php", "Liên hệ"),
    ]
    return " &middot;\n".join(f"<a href='{base}{href}' class='white'>{label}</a>" for href, label in items)


def page(title: str, center: str, *, base: str = "", marquee: bool = False) -> bytes:
    """A themed page: header, three columns of tables, footer; encoded as windows-1258."""
    welcome = (
        "<marquee behavior='scroll' direction='left' scrollamount='3' onmouseover='this.stop()' onmouseout='this.start()'>"
        f"Chào mừng quý thầy cô, các bậc phụ huynh và các em học sinh đến với website {SITE} - Nam Đàn - Nghệ An!"
        "</marquee>"
        if marquee
        else ""
    )
    markup = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns='http://www.w3.org/1999/xhtml' xml:lang='vi' lang='vi'>
<head>
<title>{esc(title)}</title>
<meta http-equiv='Content-Type' content='text/html; charset={CHARSET}' />
<meta name='description' content='Website {SITE} - Nam Đàn - Nghệ An' />
<meta name='keywords' content='thcs xuan hoa, nam dan, nghe an, truong hoc, giao duc' />
<link rel='stylesheet' href='{base}{THEME}/styles.css' type='text/css' media='screen' />
<link rel='shortcut icon' href='{base}images/favicon.ico' type='image/x-icon' />
<script type='text/javascript' src='{base}includes/jscript.js'></script>
<script type='text/javascript' src='{base}includes/jquery.js'></script>
</head>
<body>
<table cellpadding='0' cellspacing='0' width='1000' align='center'>
<tr>
<td class='full-header'><a href='{base}index.php'><img src='{base}{THEME}/images/banner.jpg' width='1000' height='170' alt='{SITE}' style='border:0' /></a></td>
</tr>
</table>
<table cellpadding='0' cellspacing='0' width='1000' align='center'>
<tr>
<td class='sub-header-left'></td>
<td class='sub-header'>{_menu(base)}</td>
<td align='right' class='sub-header'>{TODAY}</td>
<td class='sub-header-right'></td>
</tr>
</table>
<table cellpadding='0' cellspacing='0' width='1000' align='center' class='side-both'>
<tr>
<td class='side-border-left' valign='top'>
{_left_panels(base)}</td>
<td class='main-bg' valign='top'>
{welcome}
{center}</td>
<td class='side-border-right' valign='top'>
{_right_panels(base)}</td>
</tr>
</table>
<table cellpadding='0' cellspacing='0' width='1000' align='center'>
<tr>
<td align='center' class='main-footer'><strong>{SITE.upper()}</strong><br />
Địa chỉ: {ADDRESS}<br />
Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}<br />
Chịu trách nhiệm nội dung: Hiệu trưởng Trần Đình Phúc</td>
</tr>
</table>
<table cellpadding='0' cellspacing='0' width='1000' align='center'>
<tr>
<td align='left' width='50%' class='sub-header'>Powered by <a href='http://www.php-fusion.co.uk' class='white'>PHP-Fusion</a> copyright &copy; 2002 - 2026 by Nick Jones.<br />
Released as free software without warranties under <a href='http://www.fsf.org/licensing/licenses/agpl-3.0.html' class='white'>GNU Affero GPL</a> v3.</td>
<td align='right' width='50%' class='sub-header'><!--counter-->245,318 lượt truy cập kể từ 09/2010</td>
</tr>
</table>
</body>
</html>
"""
    return cp1258_bytes(markup)


_HEADERS = {
    "X-Powered-By": "PHP/5.2.17",
    "Set-Cookie": "PHPSESSID=9d4e1b7c2a8f3e6d5c0b1a2f3e4d5c6b; path=/",
    "Expires": "Thu, 19 Nov 1981 08:52:00 GMT",
    "Cache-Control": "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
    "Pragma": "no-cache",
}


def _answer(body: bytes, status: int = 200) -> Response:
    """PHP 5.2 with an empty default_charset: the header names no charset, the meta does."""
    return html(body, status=status, charset=None, headers=dict(_HEADERS))


# --------------------------------------------------------------------------- pages


def _news_item(s: Story) -> str:
    cat_id = s.opts["cat"]
    cat, cat_img = NEWS_CATS[cat_id]
    comments = len(s.opts.get("comments", []))
    more = f"<a href='news.php?readmore={s.id}'>Đọc tiếp</a> &middot; " if s.opts.get("ext") else ""
    comm = f"<a href='news.php?readmore={s.id}#comments'>{comments} Bình luận</a> &middot; " if comments else ""
    body = (
        "<table width='100%' cellpadding='0' cellspacing='0'>\n<tr>\n"
        f"<td class='news-content' valign='top'><a href='news_cats.php?cat_id={cat_id}'><img src='images/news_cats/{cat_img}' alt='{esc(cat)}' align='left' style='border:0;margin-right:5px' /></a>{snippet_html(s)}</td>\n"
        "</tr>\n<tr>\n"
        f"<td align='center' class='news-footer'><span class='small'>&middot; Đăng bởi {_user_link(s.opts['user'])} lúc {_newsdate(s)} &middot; "
        f"{more}{comm}{s.views()} Lượt đọc &middot; "
        f"<a href='print.php?type=N&amp;item_id={s.id}'><img src='{THEME}/images/printer.gif' alt='In bài' title='In bài' style='vertical-align:middle;border:0;' /></a></span></td>\n"
        "</tr>\n</table>"
    )
    title = f"<a name='news_{s.id}' id='news_{s.id}'></a><a href='news.php?readmore={s.id}' class='capmain-link'>{text(s.title)}</a>"
    return opentable(title, body)


def _news_index(rowstart: int) -> bytes:
    items = _newest_news()[rowstart : rowstart + NEWS_PER_PAGE]
    if items:
        center = "".join(_news_item(s) for s in items) + makepagenav(rowstart, NEWS_PER_PAGE, len(NEWS), "news.php?")
    else:
        center = opentable("Tin tức", "<div style='text-align:center'><br />Chưa có tin tức nào được đăng<br /><br /></div>")
    return page(f"{SITE} - Tin tức", center, marquee=rowstart == 0)


def _comments(s: Story, link: str) -> str:
    items = s.opts.get("comments", [])
    rows = []
    for n, (who, when, msg) in enumerate(items, 1):
        name = _user_link(who) if isinstance(who, int) else text(who)
        rows.append(
            f"<div class='tbl2'><a href='{link}#c{n}' id='c{n}' name='c{n}'>#{n}</a> <span class='comment-name'>{name}</span>"
            f" <span class='small'>vào {when}</span></div>\n<div class='tbl1 comment_message'>{text(msg)}</div>"
        )
    listing = "\n".join(rows) if rows else "<div style='text-align:center'>Chưa có bình luận nào.</div>"
    form = f"""<form name='inputform' method='post' action='{link}'>
<table align='center' cellspacing='0' cellpadding='0' class='tbl'>
<tr><td>Tên:<br /><input type='text' name='comment_name' maxlength='30' class='textbox' style='width:360px' /></td></tr>
<tr><td align='center'><textarea name='comment_message' cols='70' rows='6' class='textbox' style='width:360px'></textarea></td></tr>
<tr><td align='center'><input type='submit' name='post_comment' value='Gửi bình luận' class='button' /></td></tr>
</table>
</form>"""
    return "<a id='comments' name='comments'></a>\n" + opentable("Bình luận", listing) + opentable("Gửi bình luận", form)


def _share() -> str:
    return (
        "<div class='addthis_toolbox addthis_default_style' style='margin:5px 0'>"
        "<a href='http://www.addthis.com/bookmark.php?v=250&amp;pubid=xa-4c8f1e2a3b4d5e6f' class='addthis_button_compact'>Chia sẻ</a>"
        "<span class='addthis_separator'>|</span><a class='addthis_button_facebook'></a><a class='addthis_button_twitter'></a>"
        "<a class='addthis_button_email'></a></div>"
        "<script type='text/javascript' src='http://s7.addthis.com/js/250/addthis_widget.js#pubid=xa-4c8f1e2a3b4d5e6f'></script>"
    )


def _readmore(s: Story, rowstart: int) -> bytes:
    cat_id = s.opts["cat"]
    cat = NEWS_CATS[cat_id][0]
    content = render_text(s, s.blocks) if rowstart == 0 else ""
    trail = (
        f"<div class='tbl2 small'>Bạn đang ở: <a href='news.php'>Trang chủ</a> &raquo; <a href='news_cats.php'>Tin tức</a>"
        f" &raquo; <a href='news_cats.php?cat_id={cat_id}'>{cat}</a></div>"
    )
    body = (
        f"{trail}\n<table width='100%' cellpadding='0' cellspacing='0'>\n"
        f"<tr>\n<td class='news-info small'>Đăng bởi {_user_link(s.opts['user'])} lúc {_newsdate(s)}</td>\n</tr>\n"
        f"<tr>\n<td class='news-content'>{content}</td>\n</tr>\n<tr>\n"
        f"<td align='center' class='news-footer'><span class='small'>Chuyên mục: <a href='news_cats.php?cat_id={cat_id}'>{cat}</a>"
        f" &middot; Lượt đọc: {s.views()} &middot; <a href='print.php?type=N&amp;item_id={s.id}'>"
        f"<img src='{THEME}/images/printer.gif' alt='In bài' style='vertical-align:middle;border:0;' /> In bài</a></span></td>\n"
        "</tr>\n</table>\n" + _share()
    )
    newest = [o for o in sorted(in_news_cat(cat_id), key=_when, reverse=True) if o.id != s.id]
    older = [o for o in newest if _when(o) < _when(s)]
    others = (older + [o for o in newest if o not in older])[:5]
    rows = "\n".join(
        f"<tr><td class='{'tbl1' if n % 2 == 0 else 'tbl2'}'><img src='{THEME}/images/bullet.gif' alt='' /> "
        f"<a href='news.php?readmore={o.id}&amp;rowstart=0'>{text(o.title)}</a> <span class='small2'>({_when(o):%d/%m/%Y})</span></td></tr>"
        for n, o in enumerate(others)
    )
    center = (
        "<!--news_pre_readmore-->\n"
        + opentable(f"<a name='news_{s.id}' id='news_{s.id}'></a>{text(s.title)}", body)
        + "<!--news_sub_readmore-->\n"
        + opentable("Các tin khác", f"<table width='100%' cellpadding='0' cellspacing='1' class='tbl-border'>\n{rows}\n</table>")
    )
    if s.opts.get("comments") is not None or s.opts.get("ext"):
        center += _comments(s, f"news.php?readmore={s.id}")
    return page(f"{SITE} - Tin tức: {s.title}", center)


def _news_cats(cat_id: int | None, rowstart: int) -> bytes:
    if cat_id is None:
        blocks = []
        for cid, (name, img) in NEWS_CATS.items():
            items = sorted(in_news_cat(cid), key=_when, reverse=True)
            lines = "<br />\n".join(
                f"<img src='{THEME}/images/bullet.gif' alt='' /> <a href='news.php?readmore={s.id}'>{text(s.title)}</a>"
                for s in items[:3]
            )
            blocks.append(
                f"<tr>\n<td width='1%' class='tbl1' style='vertical-align:top'><img src='images/news_cats/{img}' alt='{esc(name)}' /></td>\n"
                f"<td class='tbl1' style='vertical-align:top'><strong>{name}</strong><br />\n{lines}<br />\n"
                f"<span class='small'>Tổng số tin: {len(items)}</span> &middot; <a href='news_cats.php?cat_id={cid}'>Xem tất cả</a></td>\n</tr>"
            )
        center = opentable("Chuyên mục tin", "<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n" + "\n".join(blocks) + "\n</table>")
        return page(f"{SITE} - Chuyên mục tin", center)
    name, img = NEWS_CATS[cat_id]
    items = sorted(in_news_cat(cat_id), key=_when, reverse=True)
    chunk = items[rowstart : rowstart + NEWS_PER_PAGE]
    rows = "\n".join(
        f"<tr>\n<td class='{'tbl1' if n % 2 == 0 else 'tbl2'}' style='vertical-align:top'>"
        f"<a href='news.php?readmore={s.id}'><strong>{text(s.title)}</strong></a> <span class='small2'>({_newsdate(s)})</span><br />\n"
        f"<span class='small'>{snippet_html(s) if s.opts.get('ext') else ''}</span></td>\n</tr>"
        for n, s in enumerate(chunk)
    )
    body = (
        f"<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n<tr>\n<td width='1%' class='tbl2' rowspan='{len(chunk) + 1}' "
        f"style='vertical-align:top'><img src='images/news_cats/{img}' alt='{esc(name)}' /></td>\n"
        f"<td class='tbl2'><strong>{name}</strong> <span class='small'>({len(items)} tin)</span></td>\n</tr>\n{rows}\n</table>\n"
        + makepagenav(rowstart, NEWS_PER_PAGE, len(items), f"news_cats.php?cat_id={cat_id}&amp;")
    )
    return page(f"{SITE} - Chuyên mục tin: {name}", opentable(f"Chuyên mục tin: {name}", body))


def _articles_index() -> bytes:
    rows = "\n".join(
        f"<tr><td class='tbl1' width='50%' valign='top'><a href='articles.php?cat_id={cid}'>{name}</a> <span class='small2'>({len(ARTICLES)})</span><br />\n"
        f"<span class='small'>{text(desc)}</span></td></tr>"
        for cid, (name, desc) in ART_CATS.items()
    )
    body = f"<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n{rows}\n</table>"
    return page(f"{SITE} - Bài viết", opentable("Bài viết", body))


def _articles_cat(cat_id: int) -> bytes:
    name = ART_CATS[cat_id][0]
    rows = "\n".join(
        f"<tr><td class='{'tbl1' if n % 2 == 0 else 'tbl2'}'><a href='articles.php?article_id={s.id}'><strong>{text(s.title)}</strong></a><br />\n"
        f"{snippet_html(s)}<br />\n<span class='small2'>Viết bởi {_user_link(s.opts['user'])} vào {_artdate(s)} &middot; {s.views()} Lượt đọc</span></td></tr>"
        for n, s in enumerate(ARTICLES)
    )
    body = (
        f"<div class='tbl2 small'><a href='articles.php'>Bài viết</a> &raquo; {name}</div>\n"
        f"<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n{rows}\n</table>"
    )
    return page(f"{SITE} - Bài viết: {name}", opentable(f"Bài viết: {name}", body))


def _article(s: Story, rowstart: int) -> bytes:
    cat_id = s.opts["cat"]
    name = ART_CATS[cat_id][0]
    pages = pages_of(s)
    content = render_text(s, pages[rowstart]) if rowstart < len(pages) else ""
    trail = (
        f"<div class='tbl2 small'><a href='news.php'>Trang chủ</a> &raquo; <a href='articles.php'>Bài viết</a>"
        f" &raquo; <a href='articles.php?cat_id={cat_id}'>{name}</a></div>"
    )
    body = (
        f"{trail}\n<table width='100%' cellpadding='0' cellspacing='0'>\n"
        f"<tr>\n<td class='news-content'>{content}</td>\n</tr>\n<tr>\n"
        f"<td align='center' class='news-footer'><span class='small'>Viết bởi {_user_link(s.opts['user'])} vào {_artdate(s)}"
        f" &middot; {s.views()} Lượt đọc &middot; <a href='print.php?type=A&amp;item_id={s.id}'>"
        f"<img src='{THEME}/images/printer.gif' alt='In bài viết' style='vertical-align:middle;border:0;' /></a></span></td>\n"
        "</tr>\n</table>\n"
    )
    nav = makepagenav(rowstart, 1, len(pages), f"articles.php?article_id={s.id}&amp;")
    others = "\n".join(
        f"<img src='{THEME}/images/bullet.gif' alt='' /> <a href='articles.php?article_id={o.id}'>{text(o.title)}</a> <span class='small2'>({_when(o):%d/%m/%Y})</span><br />"
        for o in ARTICLES
        if o.id != s.id
    )
    center = opentable(text(s.title), body) + nav + opentable("Các bài viết khác", others)
    return page(f"{SITE} - Bài viết: {s.title}", center)


def _print(kind: str, s: Story) -> bytes:
    if kind == "N":
        poster = f"Đăng bởi {USERS[s.opts['user']][0]} lúc {_newsdate(s)}"
        snippet = snippet_html(s)
        extended = render_text(s, s.blocks) if s.opts.get("ext") else ""
        rest = f"<hr />\n<strong>Tin mở rộng</strong>\n<hr />\n{extended}\n" if extended else ""
    else:
        poster = f"Viết bởi {USERS[s.opts['user']][0]} vào {_artdate(s)}"
        snippet = render_text(s, s.blocks)
        rest = ""
    markup = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns='http://www.w3.org/1999/xhtml' xml:lang='vi' lang='vi'>
<head>
<title>{esc(SITE)}</title>
<meta http-equiv='Content-Type' content='text/html; charset={CHARSET}' />
<style type='text/css'>
body {{ font-family:Verdana,Tahoma,Arial,Sans-Serif;font-size:14px; }}
hr {{ height:1px;color:#ccc; }}
.small {{ font-family:Verdana,Tahoma,Arial,Sans-Serif;font-size:12px; }}
</style>
</head>
<body>
<table align='center' width='600' cellspacing='0' cellpadding='0' style='border:1px solid #ccc'>
<tr><td>
<img src='{THEME}/images/banner.jpg' width='600' alt='{SITE}' /><br /><br />
<strong>{text(s.title)}</strong><br />
<span class='small'>{poster}</span>
<hr />
{snippet}
{rest}</td></tr>
</table>
</body>
</html>
"""
    return cp1258_bytes(markup)


def _gallery(album_id: int | None) -> bytes:
    if album_id is None:
        cells = "\n".join(
            f"<td align='center' valign='top' class='tbl1' width='50%'><a href='photogallery.php?album_id={a}'>"
            f"<img src='images/photoalbum/album_{a}/thumb_{photos[0][0]}.jpg' alt='{esc(title)}' style='border:0' /></a><br />\n"
            f"<strong>{text(title)}</strong><br />\n<span class='small'>{text(desc)}</span><br />\n<span class='small2'>Số ảnh: {len(photos)}</span></td>"
            for a, (title, desc, photos) in ALBUMS.items()
        )
        body = f"<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n<tr>\n{cells}\n</tr>\n</table>"
        return page(f"{SITE} - Thư viện ảnh", opentable("Thư viện ảnh", body))
    title, desc, photos = ALBUMS[album_id]
    cells = "\n".join(
        f"<td align='center' valign='top' class='tbl1'><a href='photogallery.php?photo_id={pid}'>"
        f"<img src='images/photoalbum/album_{album_id}/thumb_{pid}.jpg' alt='{esc(pt)}' style='border:0' /></a><br />\n"
        f"<a href='photogallery.php?photo_id={pid}' class='side'>{text(pt)}</a><br />\n<span class='small2'>Lượt xem: {40 + pid * 3}</span></td>"
        for pid, pt, _ in photos
    )
    body = (
        f"<div class='tbl2 small'><a href='photogallery.php'>Thư viện ảnh</a> &raquo; {text(title)}</div>\n"
        f"<div class='tbl1'>{text(desc)}</div>\n"
        f"<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n<tr>\n{cells}\n</tr>\n</table>"
    )
    return page(f"{SITE} - Thư viện ảnh: {title}", opentable(f"Album: {text(title)}", body))


def _photo(pid: int) -> bytes:
    album_id, title, desc = PHOTOS[pid]
    album_title, _, photos = ALBUMS[album_id]
    ids = [p for p, _, _ in photos]
    i = ids.index(pid)
    prev = f"<a href='photogallery.php?photo_id={ids[i - 1]}'>&laquo; Ảnh trước</a>" if i > 0 else ""
    nxt = f"<a href='photogallery.php?photo_id={ids[i + 1]}'>Ảnh tiếp &raquo;</a>" if i + 1 < len(ids) else ""
    body = (
        f"<div class='tbl2 small'><a href='photogallery.php'>Thư viện ảnh</a> &raquo; "
        f"<a href='photogallery.php?album_id={album_id}'>{text(album_title)}</a> &raquo; {text(title)}</div>\n"
        f"<div style='text-align:center;margin:5px'>{prev} &middot; {nxt}</div>\n"
        f"<div style='text-align:center'><img src='images/photoalbum/album_{album_id}/photo_{pid}.jpg' alt='{esc(title)}' style='border:0' /></div>\n"
        f"<div class='tbl1' style='text-align:center'>{text(desc)}</div>\n"
        f"<div class='small2' style='text-align:center'>Đăng bởi {_user_link(7)} vào 21/11/2026 &middot; Kích thước: 800 x 600 &middot; Lượt xem: {40 + pid * 3}</div>"
    )
    return page(f"{SITE} - Thư viện ảnh: {title}", opentable(text(title), body))


def _downloads(cat_id: int | None) -> bytes:
    if cat_id is None:
        rows = "\n".join(
            f"<tr><td class='tbl1'><a href='downloads.php?cat_id={c}'>{name}</a> <span class='small2'>({sum(1 for d in DOWNLOADS.values() if d[0] == c)} tệp)</span></td></tr>"
            for c, name in DOWNLOAD_CATS.items()
        )
        body = f"<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n{rows}\n</table>"
        return page(f"{SITE} - Tài liệu", opentable("Tài liệu - Văn bản", body))
    rows = "\n".join(
        f"<tr><td class='tbl2' colspan='3'><strong>{text(title)}</strong></td></tr>\n"
        f"<tr><td class='tbl1' colspan='3'>{text(desc)}</td></tr>\n"
        f"<tr><td class='tbl2' width='30%'><span class='small'>Ngày đăng: {when}</span></td>"
        f"<td class='tbl2' width='30%'><span class='small'>Dung lượng: {size} &middot; Lượt tải: {count}</span></td>"
        f"<td class='tbl2' align='right'><a href='downloads.php?cat_id={c}&amp;download_id={did}' target='_blank'>Tải về</a></td></tr>"
        for did, (c, title, desc, _file, when, size, count) in DOWNLOADS.items()
        if c == cat_id
    )
    body = (
        f"<div class='tbl2 small'><a href='downloads.php'>Tài liệu</a> &raquo; {DOWNLOAD_CATS[cat_id]}</div>\n"
        f"<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n{rows}\n</table>"
    )
    return page(f"{SITE} - Tài liệu: {DOWNLOAD_CATS[cat_id]}", opentable(f"Tài liệu: {DOWNLOAD_CATS[cat_id]}", body))


def _weblinks(cat_id: int | None) -> bytes:
    if cat_id is None:
        body = (
            "<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n"
            f"<tr><td class='tbl1'><a href='weblinks.php?cat_id=1'>Liên kết hữu ích</a> <span class='small2'>({len(WEBLINKS)})</span><br />"
            "<span class='small'>Các website giáo dục dành cho giáo viên và học sinh</span></td></tr>\n</table>"
        )
        return page(f"{SITE} - Liên kết web", opentable("Liên kết web", body))
    rows = "\n".join(
        f"<tr><td class='tbl2'><a href='weblinks.php?cat_id=1&amp;weblink_id={wid}' target='_blank'>{text(name)}</a></td></tr>\n"
        f"<tr><td class='tbl1'>{text(desc)}<br /><span class='small2'>Ngày: 15/09/2010 &middot; Lượt xem: {count}</span></td></tr>"
        for wid, (name, _url, desc, count) in WEBLINKS.items()
    )
    body = f"<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n{rows}\n</table>"
    return page(f"{SITE} - Liên kết web: Liên kết hữu ích", opentable("Liên kết hữu ích", body))


def _viewpage(pid: int) -> bytes:
    title, paragraphs = CUSTOM_PAGES[pid]
    body = "".join(f"<p style='text-align: justify;'>{_FONT.format(text(p))}</p>\n" for p in paragraphs)
    return page(f"{SITE} - {title}", opentable(title, body))


def _contact() -> bytes:
    body = f"""Nếu quý vị có ý kiến đóng góp hoặc cần liên hệ với nhà trường, vui lòng gửi thư theo mẫu dưới đây.<br />
<strong>{SITE}</strong><br />Địa chỉ: {ADDRESS}<br />Điện thoại: {PHONE}<br /><br />
<form name='userform' method='post' action='contact.php'>
<table cellpadding='0' cellspacing='0' class='center'>
<tr><td width='100' class='tbl'>Họ tên:</td><td class='tbl'><input type='text' name='mailname' maxlength='50' class='textbox' style='width: 200px;' /></td></tr>
<tr><td width='100' class='tbl'>Email:</td><td class='tbl'><input type='text' name='email' maxlength='100' class='textbox' style='width: 200px;' /></td></tr>
<tr><td width='100' class='tbl'>Tiêu đề:</td><td class='tbl'><input type='text' name='subject' maxlength='50' class='textbox' style='width: 200px;' /></td></tr>
<tr><td width='100' class='tbl'>Nội dung:</td><td class='tbl'><textarea name='message' rows='10' class='textbox' cols='50'></textarea></td></tr>
<tr><td width='100' class='tbl'>Mã xác nhận:</td><td class='tbl'><img id='captcha' src='includes/securimage/securimage_show.php' alt='' align='left' />
<input type='text' name='captcha_code' class='textbox' style='width:100px' /></td></tr>
<tr><td align='center' colspan='2' class='tbl'><input type='submit' name='sendmessage' value='Gửi thư' class='button' /></td></tr>
</table>
</form>"""
    return page(f"{SITE} - Liên hệ", opentable("Liên hệ", body))


def _search() -> bytes:
    body = """<form name='searchform' method='get' action='search.php'>
<div style='text-align:center'>Tìm kiếm: <input type='text' name='stext' value='' class='textbox' style='width:200px' />
<input type='submit' name='search' value='Tìm kiếm' class='button' /></div>
<table width='100%' cellpadding='0' cellspacing='0'><tr><td class='tbl1'>
<label><input type='radio' name='stype' value='all' checked='checked' /> Tất cả</label>
<label><input type='radio' name='stype' value='news' /> Tin tức</label>
<label><input type='radio' name='stype' value='articles' /> Bài viết</label>
<label><input type='radio' name='stype' value='downloads' /> Tài liệu</label>
</td></tr></table>
</form>"""
    return page(f"{SITE} - Tìm kiếm", opentable("Tìm kiếm", body))


def _profile(uid: int) -> bytes:
    name, joined, level = USERS[uid]
    posts = sum(1 for s in STORIES if s.opts["user"] == uid)
    body = (
        "<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n"
        f"<tr><td class='tbl2' width='30%'>Tên thành viên</td><td class='tbl1'>{name}</td></tr>\n"
        f"<tr><td class='tbl2'>Cấp bậc</td><td class='tbl1'>{level}</td></tr>\n"
        f"<tr><td class='tbl2'>Ngày tham gia</td><td class='tbl1'>{joined}</td></tr>\n"
        "<tr><td class='tbl2'>Truy cập lần cuối</td><td class='tbl1'>24/11/2026 21:40</td></tr>\n"
        f"<tr><td class='tbl2'>Tin tức đã gửi</td><td class='tbl1'>{posts}</td></tr>\n</table>"
    )
    return page(f"{SITE} - Hồ sơ thành viên: {name}", opentable(f"Hồ sơ thành viên: {name}", body))


def _register() -> bytes:
    body = "<div style='text-align:center'><br />Chức năng đăng ký thành viên hiện đang tạm khóa.<br />Giáo viên cần tài khoản vui lòng liên hệ quản trị website.<br /><br /></div>"
    return page(f"{SITE} - Đăng ký", opentable("Đăng ký thành viên", body))


def _lostpassword() -> bytes:
    body = """<div style='text-align:center'>Nhập địa chỉ email bạn đã dùng khi đăng ký, chúng tôi sẽ gửi hướng dẫn đặt lại mật khẩu.<br /><br />
<form name='passwordform' method='post' action='lostpassword.php'>
<input type='text' name='email' class='textbox' maxlength='100' style='width:200px;' />
<input type='submit' name='send_password' value='Gửi mật khẩu' class='button' />
</form></div>"""
    return page(f"{SITE} - Quên mật khẩu", opentable("Quên mật khẩu", body))


def _shout_archive(rowstart: int) -> bytes:
    base = "../../"
    chunk = SHOUTS[rowstart : rowstart + SHOUTS_PER_PAGE]
    rows = "\n".join(
        f"<tr><td class='{'tbl2' if n % 2 else 'tbl1'}'>{_shout_html(sh, base)}</td></tr>" for n, sh in enumerate(chunk)
    )
    body = (
        f"<table cellpadding='0' cellspacing='1' width='100%' class='tbl-border'>\n{rows}\n</table>\n"
        + makepagenav(rowstart, SHOUTS_PER_PAGE, len(SHOUTS), "shoutbox_archive.php?")
    )
    return page(f"{SITE} - Lưu trữ hộp thoại", opentable("Lưu trữ hộp thoại", body), base=base)


def _calendar(request: Request) -> bytes:
    base = "../../"
    try:
        month, year = int(request.params.get("m", "")), int(request.params.get("y", ""))
    except ValueError:
        month, year = TODAY_DATE.month, TODAY_DATE.year
    if not (1 <= month <= 12 and 1901 <= year <= 2037):
        month, year = TODAY_DATE.month, TODAY_DATE.year
    events = _CAL_EVENTS.get((year, month), {})
    listing = (
        "<br />\n".join(f"<strong>{d:02d}/{month:02d}/{year}</strong>: {text(ev)}" for d, ev in sorted(events.items()))
        or "Không có sự kiện nào trong tháng này."
    )
    body = _mini_calendar(base, year, month) + f"\n<div class='tbl1' style='margin-top:5px'>{listing}</div>"
    return page(f"{SITE} - Lịch công tác tháng {month}/{year}", opentable(f"Lịch công tác tháng {month}/{year}", body), base=base)


_NOT_FOUND = """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL {path} was not found on this server.</p>
<hr>
<address>Apache/2.2.22 (Unix) mod_ssl/2.2.22 OpenSSL/0.9.8e-fips-rhel5 Server at thcsxuanhoa.edu.vn Port 80</address>
</body></html>
"""

_ROBOTS = """User-agent: *
Disallow: /config.php
Disallow: /administration/
Disallow: /includes/
Disallow: /locale/
Disallow: /themes/
"""


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


class PhpFusionSite:
    """The site's PHP scripts, routed by file name and query parameters."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        q = request.params
        if path in ("/", "/index.php"):
            return redirect("news.php", 302)
        if path.startswith(("/images/", "/themes/")) or path.endswith((".js", ".css", ".ico")):
            return static_file(path)
        if path == "/includes/securimage/securimage_show.php":
            return static_file("captcha.gif")
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        rowstart = _int(q.get("rowstart")) or 0
        if path == "/news.php":
            if "readmore" in q:
                story = _NEWS_BY_ID.get(_int(q["readmore"]) or -1)
                return _answer(_readmore(story, rowstart)) if story else redirect("news.php", 302)
            return _answer(_news_index(rowstart))
        if path == "/news_cats.php":
            cat = _int(q.get("cat_id"))
            if "cat_id" in q and cat not in NEWS_CATS:
                return redirect("news_cats.php", 302)
            return _answer(_news_cats(cat, rowstart))
        if path == "/articles.php":
            if "article_id" in q:
                story = _ART_BY_ID.get(_int(q["article_id"]) or -1)
                return _answer(_article(story, rowstart)) if story else redirect("articles.php", 302)
            if "cat_id" in q:
                cat = _int(q["cat_id"])
                return _answer(_articles_cat(cat)) if cat in ART_CATS else redirect("articles.php", 302)
            return _answer(_articles_index())
        if path == "/print.php":
            kind, item = q.get("type"), _int(q.get("item_id"))
            story = (_NEWS_BY_ID if kind == "N" else _ART_BY_ID if kind == "A" else {}).get(item or -1)
            return _answer(_print(kind, story)) if story else redirect("index.php", 302)
        if path == "/photogallery.php":
            if "photo_id" in q:
                pid = _int(q["photo_id"])
                return _answer(_photo(pid)) if pid in PHOTOS else redirect("photogallery.php", 302)
            if "album_id" in q:
                aid = _int(q["album_id"])
                return _answer(_gallery(aid)) if aid in ALBUMS else redirect("photogallery.php", 302)
            return _answer(_gallery(None))
        if path == "/downloads.php":
            if "download_id" in q:
                did = _int(q["download_id"])
                if did not in DOWNLOADS:
                    return redirect("downloads.php", 302)
                fname = DOWNLOADS[did][3]
                ctype = "application/pdf" if fname.endswith(".pdf") else "application/msword"
                return Response(200, PDF, {"Content-Type": ctype, "Content-Disposition": f"attachment; filename=\"{fname}\""})
            cat = _int(q.get("cat_id"))
            if "cat_id" in q and cat not in DOWNLOAD_CATS:
                return redirect("downloads.php", 302)
            return _answer(_downloads(cat))
        if path == "/weblinks.php":
            if "weblink_id" in q:
                wid = _int(q["weblink_id"])
                return redirect(WEBLINKS[wid][1], 302) if wid in WEBLINKS else redirect("weblinks.php", 302)
            if "cat_id" in q:
                return _answer(_weblinks(1)) if _int(q["cat_id"]) == 1 else redirect("weblinks.php", 302)
            return _answer(_weblinks(None))
        if path == "/viewpage.php":
            pid = _int(q.get("page_id"))
            return _answer(_viewpage(pid)) if pid in CUSTOM_PAGES else redirect("index.php", 302)
        if path == "/profile.php":
            uid = _int(q.get("lookup"))
            return _answer(_profile(uid)) if uid in USERS else redirect("index.php", 302)
        simple = {
            "/contact.php": _contact,
            "/search.php": _search,
            "/register.php": _register,
            "/lostpassword.php": _lostpassword,
        }
        if path in simple:
            return _answer(simple[path]())
        if path == SHOUTBOX_ARCHIVE:
            return _answer(_shout_archive(rowstart if rowstart < len(SHOUTS) else 0))
        if path == CALENDAR:
            return _answer(_calendar(request))
        return Response(404, _NOT_FOUND.format(path=path), {"Content-Type": "text/html; charset=iso-8859-1"})


def build_site() -> PhpFusionSite:
    """A fresh site object; every page is rendered per request from the constants above."""
    return PhpFusionSite()


def decode_page(body: bytes) -> str:
    """What a browser shows for a page of this site (windows-1258, then NFC), for self-checks."""
    return unicodedata.normalize("NFC", body.decode("cp1258"))

