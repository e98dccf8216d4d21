"""Trường THCS Trần Phú (thành phố Phủ Lý, Hà Nam): Joomla 3.6 with a YOOtheme Warp 7 template.

Platform
    Joomla! 3.6.5, template ``yoo_nano3`` on the Warp 7 framework (UIkit 2 markup), Warp's own
    com_content overrides (``<article class="uk-article" data-permalink=…>``, ``<h1
    class="uk-article-title">``, ``<p class="uk-article-meta">``), SEF URLs with URL rewriting,
    no suffix. Content plugins on: Email Cloaking, Load Modules, Page Break, Vote (on two
    categories), the core caption script (JCaption). Vietnamese language pack (vi-VN).

URL scheme
    ``/``                                   home: featured blog (4 items) + "Tin mới" module
    ``/<menu>`` , ``/<menu>?start=<N>``     category blog, N a multiple of the page size
    ``/<menu>/<id>-<alias>``                an article, routed through its category's menu item
    ``…?tmpl=component&print=1&layout=default&page=``  print view (rel="nofollow" icon)
    ``…?hitcount=0``                        the Vote plugin's form action: the same article
    ``…?start=1`` / ``…?showall=1&limitstart=``  page 2 / all pages of a page-broken article
    ``/component/content/article/<id>-<alias>?catid=<C>&Itemid=101``  the same article as linked
                                            by the "Tin mới" (mod_articles_latest) module
    ``/index.php/<anything>``               Joomla answers every SEF URL with the script name too;
                                            one editor's "Xem thêm" link uses that form
    ``/gioi-thieu``, ``/thoi-khoa-bieu``    single-article menu items (not articles of the news)
    ``/lien-he``                            com_contact
    ``/thu-vien-anh``, ``/thu-vien-anh/category/3-<alias>``   Phoca Gallery (album)
    ``/van-ban``, ``/van-ban/file/<id>-<alias>``              Phoca Download (document entries)

Menus (category -> menu alias, page size): Tin tức - Sự kiện (8) -> /tin-tuc-su-kien, 3 per page
(1 leading + 2 intro); Hoạt động chuyên môn (9) -> /hoat-dong-chuyen-mon, 2; Công tác Đội (10)
-> /cong-tac-doi, 2; Thông báo (11) -> /thong-bao, 2 (this menu hides the create date and the
author). Newest first by created date.

How each gold article is reached
    55, 53, 50, 47: home featured blog (links to their menu routes) and their category blogs;
    56, 55, 53, 52, 50: also the "Tin mới" sidebar (component URLs: duplicates);
    47, 48, 42, 45: "Đọc nhiều" sidebar (menu routes);
    52: /tin-tuc-su-kien page 1; 44, 41: ONLY /tin-tuc-su-kien?start=3;
    48: /hoat-dong-chuyen-mon page 1; 42: ?start=2 and "Đọc nhiều" and the module inside 47;
    45: /cong-tac-doi; 49: /thong-bao page 1; 43: ONLY /thong-bao?start=2.

Traps (each with the gold it implies)
1. Two h1s on an article page: the category menu item's page heading ("Tin tức - Sự kiện",
   ``<h1 class="uk-h3 tm-page-heading">``) comes first, the article's headline is the second h1
   (``uk-article-title``, a link to itself). Gold title: the ``uk-article-title`` text.
2. Warp's meta prints ``<time datetime="…">`` from the database's created value cut to ten
   characters (``substr($created, 0, 10)``): the UTC day, one day before the printed local day
   for posts created before 07:00 (44, 47, 53). Gold: the printed local day, e.g. 47 ->
   "2026-11-20" while ``datetime="2026-11-19"``. The meta prints a day only (DATE_FORMAT_LC3):
   gold dates are days, no time.
3. The printed day uses the language pack's month words: "20 Tháng Mười Một 2026",
   "03 Tháng Mười Hai 2026", "12 Tháng Mười 2026"; "Tháng Mười" is a prefix of the other two.
   Gold: 2026-11-20, 2026-12-03, 2026-10-12.
4. Blog listings print each item as a full ``<article class="uk-article">`` with its own h1,
   meta, text and ``data-permalink``; an item with no read-more (45) prints its whole text on the
   listing, without a "Đọc thêm" button (only the title links). Listings are not articles.
5. Page Break plugin (50): the article spans two pages, ``/cong-tac-doi/50-…`` and
   ``…?start=1`` (the same ``start`` parameter the blogs paginate with), with a "Mục lục bài
   viết" index (part titles, "Hiển thị tất cả" -> ``?showall=1&limitstart=``), a "Trang 1 / 2"
   counter and a "Tiếp >>" pager inside the article. Gold: one article at the first page's path,
   body = both pages' text in order (part titles, index, counter and pager are not text), images
   of both pages; ``?start=1`` and ``?showall=1&limitstart=`` are alt_paths.
6. Email Cloaking (56, footer): an address typed in the text is printed as a span saying "Địa
   chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem
   nó." plus a script that writes the address from pieces with entity escapes. Gold: the
   paragraph as a reader sees it, with the address ("…qua email thcstranphu.phuly@hanam.edu.vn
   hoặc…"), not the notice.
7. JCaption: an image's caption exists in the HTML only as the ``title`` of ``<img
   class="caption">`` (caption.js draws it under the photo in the browser); other images carry a
   ``title``/``alt`` that is a camera file name ("DSC_0412") and no ``caption`` class. Gold:
   caption = the title for ``class="caption"`` images, None for the file names. The full-article
   image field (47) is printed by the template above the text, also as ``img.caption``; it is the
   article's first image.
8. Vote plugin (categories 8 and 9): "Đánh giá của người dùng: 4 / 5", five star images
   (``/media/system/images/rating_star.png``) and a POST form whose action is the article's URL
   with ``?hitcount=0``; that URL (GET) serves the same article. Gold: stars are not images,
   the rating is not text, ``?hitcount=0`` is an alt_path.
9. Load Modules plugin (47): ``{loadposition}`` renders a module (``uk-panel uk-panel-box``
   "Có thể bạn quan tâm", a list of article links) in the MIDDLE of the text div, between two
   paragraphs. Gold: not text; the paragraphs around it are. The "Tin liên quan" module and the
   print icon are printed inside the same ``<article>`` element after the text: not text either.
10. Duplicates: "Tin mới" links ``/component/content/article/<id>-<alias>?catid=C&Itemid=101``
   (breadcrumb and page heading differ there, article the same), the print view, 53 linked as
   ``/index.php/hoat-dong-chuyen-mon/53-…`` from 55's "Xem thêm" line. Gold: one record at the
   menu route, the others in alt_paths.
11. Authors: the meta "Được viết bởi quantri" / "Super User" is the CMS account (nobody; also
   ``<meta name="author">``); 42's meta prints the created-by alias "Tổ Ngữ văn - Lịch sử" (a unit
   signing: the author as printed); the other bylines are right-aligned lines in the text ("Tin,
   ảnh: X", "Tin: X - Ảnh: Y", "ThS. X - Phó Hiệu trưởng").
12. The Thông báo menu hides dates: 43 and 56 print no publication date anywhere (their text
   names days such as "ngày 04/12/2026"; the header prints today). Gold: null. 49 is an official
   notice: its date is the letterhead's day (2026-11-16), its signer the author.
13. Joomla prints ``<base href>`` with the page's own URL; all links are root-relative.

Gold decisions on ambiguous points
- category: the category as the breadcrumb (and the menu item of the same name) prints it.
- summary: a ``<p class="uk-article-lead">`` or a bold first paragraph; the blog's intro text
  alone is not a sapo.
- 50's part titles ("Phần 1: Vòng thi kiến thức", …) live only in the page-break index, never
  in the text: not body.
- 53's footnote call "[1]" stays in its sentence; the "Chú thích" heading and its note are text.
- A cloaked address is text (what the page shows a reader).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla3_warp7_thcs"
PLATFORM = "Joomla 3.6 + YOOtheme Warp 7 (UIkit 2)"
START_PATH = "/"

SITE = "Trường THCS Trần Phú"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
HOME_ITEMID = 101

#: catid -> (menu alias, title, Itemid, page size, show page heading, show date/author, vote)
MENUS: dict[int, tuple[str, str, int, int, bool, bool, bool]] = {
    8: ("tin-tuc-su-kien", "Tin tức - Sự kiện", 105, 3, True, True, True),
    9: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", 106, 2, True, True, True),
    10: ("cong-tac-doi", "Công tác Đội", 107, 2, True, True, False),
    11: ("thong-bao", "Thông báo", 108, 2, False, False, False),
}

MONTHS = {10: "Tháng Mười", 11: "Tháng Mười Một", 12: "Tháng Mười Hai"}

LOADPOSITION = "<!--{loadposition tm-quan-tam}-->"
PAGEBREAK = "<!--pagebreak-->"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


LETTERHEAD_49 = Raw(
    '<table style="width: 100%; border: none;" border="0"><tbody><tr>'
    '<td style="text-align: center; width: 40%;">PHÒNG GD&amp;ĐT TP PHỦ LÝ<br />'
    "<strong>TRƯỜNG THCS TRẦN PHÚ</strong><br />Số: 112/TB-THCSTP</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Phủ Lý, ngày 16 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc tuyển chọn học sinh tham gia đội tuyển '
    "thi Khoa học kỹ thuật cấp tỉnh năm học 2026 - 2027</strong></p>"
)
CLOSING_49 = Raw(
    '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%; vertical-align: top;">'
    "<strong><em>Nơi nhận:</em></strong><br />- Phòng GD&amp;ĐT (để b/c);<br />- Các tổ chuyên môn;"
    "<br />- GVCN các lớp;<br />- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Hùng</strong></td></tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        41, "khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027", "Tin tức - Sự kiện", "2026-10-12",
        [
            P("Sáng ngày 12/10/2026, Trường THCS Trần Phú long trọng tổ chức Lễ khai mạc Hội khỏe Phù "
              "Đổng cấp trường năm học 2026 - 2027 với sự tham gia của hơn 900 học sinh.", "bold"),
            Img("/images/tintuc/2026/10/hkpd-khai-mac.jpg", "Màn đồng diễn thể dục của học sinh khối 6",
                "Màn đồng diễn thể dục của học sinh khối 6", "jcaption"),
            P("Phát biểu khai mạc, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường nhấn mạnh: Hội khỏe Phù "
              "Đổng là dịp để các em rèn luyện thể chất, tinh thần đoàn kết và phát hiện những tài năng "
              "thể thao của nhà trường."),
            P("Hội khỏe năm nay gồm 6 môn thi đấu: điền kinh, bóng đá nam, bóng chuyền nữ, cờ vua, đá cầu "
              "và kéo co, được tổ chức tại sân trường và Nhà thi đấu thành phố Phủ Lý."),
            Img("/images/tintuc/2026/10/DSC_0412.jpg", None, None, "filename"),
            P("Hội khỏe sẽ diễn ra đến hết ngày 20/10/2026. Các vận động viên đạt thành tích cao sẽ được "
              "lựa chọn tham gia Hội khỏe Phù Đổng cấp thành phố."),
            _right("<strong>Tin, ảnh: Trần Văn Nam</strong>"),
        ],
        authors=["Trần Văn Nam"], photographers=["Trần Văn Nam"],
        summary="Sáng ngày 12/10/2026, Trường THCS Trần Phú long trọng tổ chức Lễ khai mạc Hội khỏe "
                "Phù Đổng cấp trường năm học 2026 - 2027 với sự tham gia của hơn 900 học sinh.",
        opts={"created": "2026-10-12 08:45", "by": "quantri", "intro": 1, "related": [47]},
    ),
    Story(
        44, "hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        "Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027", "Tin tức - Sự kiện", "2026-10-25",
        [
            P("Ngày 25/10/2026, Trường THCS Trần Phú tổ chức Hội nghị Ban đại diện cha mẹ học sinh "
              "đầu năm học nhằm thống nhất các nội dung phối hợp giáo dục học sinh.", "lead"),
            P("Tham dự hội nghị có đại diện Ban giám hiệu, giáo viên chủ nhiệm 24 lớp và hơn 70 đại "
              "biểu là cha mẹ học sinh các khối lớp."),
            Img("/images/tintuc/2026/10/hoi-nghi-cmhs.jpg",
                "Ông Đinh Văn Tâm, Trưởng ban đại diện cha mẹ học sinh nhiệm kỳ 2026 - 2027 phát biểu",
                "Ông Đinh Văn Tâm, Trưởng ban đại diện cha mẹ học sinh nhiệm kỳ 2026 - 2027 phát biểu",
                "figure"),
            P("Hội nghị đã thông qua báo cáo tổng kết năm học 2025 - 2026 và phương hướng hoạt động năm "
              "học mới, đồng thời bầu Ban đại diện cha mẹ học sinh nhiệm kỳ 2026 - 2027 gồm 9 thành viên."),
            P("Nhà trường đề nghị cha mẹ học sinh:"),
            P("Thường xuyên trao đổi với giáo viên chủ nhiệm qua sổ liên lạc điện tử;", "br"),
            P("Nhắc nhở các em chấp hành nghiêm Luật Giao thông đường bộ khi đến trường.", "br"),
            _right("<em>Phạm Thị Lan</em>"),
        ],
        authors=["Phạm Thị Lan"],
        summary="Ngày 25/10/2026, Trường THCS Trần Phú tổ chức Hội nghị Ban đại diện cha mẹ học sinh "
                "đầu năm học nhằm thống nhất các nội dung phối hợp giáo dục học sinh.",
        opts={"created": "2026-10-25 06:10", "by": "Super User", "intro": 1, "related": [41]},
    ),
    Story(
        47, "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)", "Tin tức - Sự kiện",
        "2026-11-20",
        [
            Img("/images/tintuc/2026/11/20-11-tang-hoa.jpg",
                "Các thầy cô giáo nhận hoa chúc mừng của học sinh",
                "Các thầy cô giáo nhận hoa chúc mừng của học sinh", "fulltext"),
            P("Sáng 20/11/2026, trong không khí trang trọng và ấm áp, thầy và trò Trường THCS Trần Phú tổ "
              "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.", "lead"),
            P("Đến dự buổi lễ có đại diện lãnh đạo UBND phường Quang Trung, Hội Cựu giáo chức thành phố "
              "Phủ Lý cùng đông đảo các thế hệ thầy cô giáo đã từng công tác tại trường."),
            Raw(LOADPOSITION),
            P("Tại buổi lễ, nhà trường đã ôn lại truyền thống vẻ vang của ngành Giáo dục, điểm lại những "
              "thành tích nổi bật trong đợt thi đua “Dạy tốt - Học tốt” chào mừng ngày 20/11."),
            Img("/images/tintuc/2026/11/van-nghe-8a.jpg", "(Tiết mục văn nghệ chào mừng của lớp 8A)",
                "Tiết mục văn nghệ chào mừng của lớp 8A", "em_next"),
            P("“Mỗi thầy cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng tạo cho học "
              "sinh noi theo”, thầy Hiệu trưởng Nguyễn Văn Hùng chia sẻ.", "quote"),
            P("Dịp này, 12 cán bộ, giáo viên được tặng Giấy khen của Chủ tịch UBND thành phố vì có thành "
              "tích xuất sắc trong năm học 2025 - 2026."),
            _right("<strong>Thu Hằng</strong>"),
        ],
        authors=["Thu Hằng"],
        summary="Sáng 20/11/2026, trong không khí trang trọng và ấm áp, thầy và trò Trường THCS Trần Phú "
                "tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
        opts={"created": "2026-11-20 06:30", "by": "quantri", "intro": 2, "related": [48, 42]},
    ),
    Story(
        52, "hoc-sinh-nha-truong-tham-gia-ngay-hoi-toi-yeu-phu-ly-nam-2026",
        "Học sinh nhà trường tham gia Ngày hội “Tôi yêu Phủ Lý” năm 2026", "Tin tức - Sự kiện",
        "2026-11-29",
        [
            P("Hưởng ứng Ngày hội “Tôi yêu Phủ Lý” do Thành đoàn Phủ Lý tổ chức, Liên đội Trường THCS "
              "Trần Phú đã cử 40 đội viên tham gia các hoạt động tại Quảng trường Trung tâm thành phố."),
            Img("/images/tintuc/2026/11/toi-yeu-phu-ly.jpg",
                "Đội tuyển của trường tại phần thi tìm hiểu lịch sử địa phương",
                "Đội tuyển của trường tại phần thi tìm hiểu lịch sử địa phương", "figure"),
            P("Các em đã tham gia phần thi tìm hiểu lịch sử, văn hóa địa phương, vẽ tranh “Phủ Lý xanh "
              "- sạch - đẹp” và trình diễn trang phục tái chế."),
            P("Kết thúc ngày hội, đội tuyển của trường giành giải Nhì phần thi tìm hiểu và giải Ba phần "
              "thi vẽ tranh."),
            _right("<strong>Tin: Hoàng Thị Mai - Ảnh: Nguyễn Minh Đức</strong>"),
        ],
        authors=["Hoàng Thị Mai"], photographers=["Nguyễn Minh Đức"],
        opts={"created": "2026-11-29 14:00", "by": "quantri", "intro": 1, "related": [45]},
    ),
    Story(
        55, "doan-kiem-tra-cua-so-gd-dt-ha-nam-lam-viec-ve-cong-tac-chuyen-doi-so",
        "Đoàn kiểm tra của Sở GD&ĐT Hà Nam làm việc về công tác chuyển đổi số", "Tin tức - Sự kiện",
        "2026-12-03",
        [
            P("Chiều 03/12/2026, Đoàn kiểm tra của Sở GD&ĐT Hà Nam do ông Trần Quốc Bảo, Phó Giám đốc Sở "
              "làm trưởng đoàn đã đến kiểm tra công tác chuyển đổi số tại Trường THCS Trần Phú."),
            P("Đoàn đã kiểm tra hồ sơ, sổ điểm điện tử, học bạ số và dự giờ một số tiết học có ứng dụng "
              "công nghệ thông tin của giáo viên nhà trường."),
            Img("/images/tintuc/2026/12/kiem-tra-cds.jpg", "Đoàn kiểm tra dự giờ tiết Tin học lớp 9A",
                "Đoàn kiểm tra dự giờ tiết Tin học lớp 9A", "jcaption"),
            P("Kết luận buổi làm việc, trưởng đoàn ghi nhận nhà trường đã triển khai đồng bộ các phần "
              "mềm quản lý, 100% giáo viên sử dụng sổ điểm điện tử và đề nghị tiếp tục xây dựng kho học "
              "liệu số dùng chung."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/index.php/hoat-dong-chuyen-mon/53-ket-qua-ky-thi-'
                'chon-hoc-sinh-gioi-lop-9-cap-thanh-pho">Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp '
                "thành phố</a></p>"),
            _right("<em>Nguồn: Phòng GD&amp;ĐT thành phố Phủ Lý</em>"),
        ],
        source="Phòng GD&ĐT thành phố Phủ Lý",
        opts={"created": "2026-12-03 15:20", "by": "quantri", "intro": 1, "related": [53, 47]},
    ),
    Story(
        42, "chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van-lop-8",
        "Chuyên đề “Dạy học phát triển năng lực môn Ngữ văn lớp 8 theo Chương trình GDPT 2018”",
        "Hoạt động chuyên môn", "2026-10-18",
        [
            P("Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 16/10/2026 Tổ Ngữ văn - Lịch sử "
              "đã tổ chức chuyên đề dạy học phát triển năng lực môn Ngữ văn lớp 8."),
            P("Nội dung chuyên đề", "h3"),
            P("Thiết kế nhiệm vụ học tập theo hướng trải nghiệm;", "li"),
            P("Sử dụng phiếu học tập và sơ đồ tư duy trong dạy đọc hiểu văn bản;", "li"),
            P("Đánh giá năng lực học sinh qua sản phẩm học tập.", "li"),
            Img("/images/chuyenmon/2026/10/chuyen-de-van-8.jpg", "Cô Đỗ Thị Hạnh dạy minh họa tại lớp 8C",
                "Cô Đỗ Thị Hạnh dạy minh họa tại lớp 8C", "jcaption"),
            P("Chuyên đề nhận được nhiều ý kiến trao đổi sôi nổi của các thầy cô giáo trong tổ và giáo "
              "viên các trường bạn trong cụm chuyên môn số 2."),
        ],
        authors=["Tổ Ngữ văn - Lịch sử"],
        opts={"created": "2026-10-18 10:00", "by": "Tổ Ngữ văn - Lịch sử", "intro": 1, "related": [48]},
    ),
    Story(
        48, "hoi-thi-giao-vien-day-gioi-cap-truong-18-tiet-day-xep-loai-gioi",
        "Hội thi giáo viên dạy giỏi cấp trường: 18 tiết dạy xếp loại Giỏi", "Hoạt động chuyên môn",
        "2026-11-10",
        [
            P("Sau hai tuần diễn ra sôi nổi, Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027 đã "
              "kết thúc với 18 tiết dạy được xếp loại Giỏi.", "bold"),
            P("Hội thi có 24 giáo viên tham gia thuộc 5 tổ chuyên môn. Kết quả cụ thể như sau:"),
            P("Tổ chuyên môn | Số giáo viên dự thi | Xếp loại Giỏi", "tr"),
            P("Tổ Toán - Tin | 6 | 5", "tr"),
            P("Tổ Ngữ văn - Lịch sử | 5 | 4", "tr"),
            P("Tổ Khoa học tự nhiên | 6 | 4", "tr"),
            P("Tổ Ngoại ngữ | 4 | 3", "tr"),
            P("Tổ Nghệ thuật - Thể chất | 3 | 2", "tr"),
            P("Nhà trường sẽ lựa chọn 4 giáo viên có kết quả cao nhất tham dự Hội thi giáo viên dạy giỏi "
              "cấp thành phố vào tháng 01/2027."),
            _right("<strong>ThS. Lê Thị Thu Hà - Phó Hiệu trưởng</strong>"),
        ],
        authors=["Lê Thị Thu Hà"],
        summary="Sau hai tuần diễn ra sôi nổi, Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027 "
                "đã kết thúc với 18 tiết dạy được xếp loại Giỏi.",
        opts={"created": "2026-11-10 16:40", "by": "quantri", "intro": 1, "related": [42, 53]},
    ),
    Story(
        53, "ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-thanh-pho",
        "Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027",
        "Hoạt động chuyên môn", "2026-12-01",
        [
            P("Trong kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027, Trường THCS Trần "
              "Phú có 31 học sinh đạt giải, xếp thứ 2 toàn thành phố.[1]"),
            P("Môn | Nhất | Nhì | Ba | Khuyến khích", "tr"),
            P("Toán | 1 | 2 | 2 | 1", "tr"),
            P("Ngữ văn | 0 | 3 | 2 | 2", "tr"),
            P("Tiếng Anh | 2 | 2 | 3 | 1", "tr"),
            P("Khoa học tự nhiên | 1 | 2 | 3 | 2", "tr"),
            P("Ban giám hiệu nhà trường biểu dương các em học sinh và các thầy cô giáo bồi dưỡng đội "
              "tuyển, đồng thời giao nhiệm vụ ôn luyện cho kỳ thi cấp tỉnh vào tháng 3/2027."),
            P("Chú thích", "h4"),
            P("[1] Theo bảng xếp hạng toàn đoàn do Phòng GD&ĐT thành phố Phủ Lý công bố ngày 28/11/2026."),
        ],
        opts={"created": "2026-12-01 05:45", "by": "quantri", "intro": 1, "related": [48]},
    ),
    Story(
        45, "lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
        "Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa", "Công tác Đội",
        "2026-11-02",
        [
            P("Sáng thứ Hai ngày 02/11/2026, trong giờ chào cờ đầu tuần, Liên đội Trường THCS Trần Phú "
              "đã phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa năm học 2026 - 2027."),
            P("Chỉ tiêu thu gom của các chi đội:"),
            P("- Khối 6, khối 7: mỗi chi đội 25 kg giấy vụn và 100 vỏ chai nhựa;"),
            P("- Khối 8, khối 9: mỗi chi đội 30 kg giấy vụn và 120 vỏ chai nhựa."),
            Img("/images/doi/2026/11/ke-hoach-nho.jpg", "Đội viên chi đội 7B mang giấy vụn đến điểm tập kết",
                "Đội viên chi đội 7B mang giấy vụn đến điểm tập kết", "em_next"),
            P("Toàn bộ số tiền thu được sẽ dùng để ủng hộ quỹ “Áo ấm cho em” giúp đỡ học sinh có hoàn cảnh "
              "khó khăn trong dịp Tết Nguyên đán."),
            _right("<strong>Liên đội THCS Trần Phú</strong>"),
        ],
        authors=["Liên đội THCS Trần Phú"],
        opts={"created": "2026-11-02 09:00", "by": "quantri", "intro": None, "related": [52]},
    ),
    Story(
        50, "chung-ket-hoi-thi-chi-huy-doi-gioi-nam-2026",
        "Chung kết Hội thi “Chỉ huy Đội giỏi” năm 2026", "Công tác Đội", "2026-11-22",
        [
            P("Ngày 21/11/2026, Liên đội Trường THCS Trần Phú tổ chức vòng chung kết Hội thi “Chỉ huy "
              "Đội giỏi” với sự tham gia của 8 đội thi đến từ các chi đội khối 7 và khối 8.", "lead"),
            P("Ở vòng thi kiến thức, các đội trả lời 20 câu hỏi về lịch sử Đội Thiếu niên Tiền phong Hồ Chí "
              "Minh, Điều lệ Đội và các ngày lễ lớn của dân tộc."),
            Img("/images/doi/2026/11/chi-huy-doi-1.jpg", "Các đội thi phần kiến thức",
                "Các đội thi phần kiến thức", "jcaption"),
            P("Sau vòng thi kiến thức, 4 đội có điểm cao nhất được vào vòng thi nghi thức và chỉ huy."),
            Raw(PAGEBREAK),
            P("Vòng thi nghi thức đòi hỏi các chỉ huy đội điều khiển phân đội thực hiện đúng động tác "
              "cầm cờ, đánh trống và các đội hình đội ngũ."),
            P("Kết quả chung cuộc:"),
            P("Giải Nhất: Chi đội 8A;", "li"),
            P("Giải Nhì: Chi đội 7C;", "li"),
            P("Giải Ba: Chi đội 8D và chi đội 7A.", "li"),
            Img("/images/doi/2026/11/chi-huy-doi-2.jpg", "Ban tổ chức trao giải Nhất cho chi đội 8A",
                "Ban tổ chức trao giải Nhất cho chi đội 8A", "figure"),
            _right("<strong>Tin, ảnh: Vũ Thị Ngọc Anh</strong>"),
        ],
        authors=["Vũ Thị Ngọc Anh"], photographers=["Vũ Thị Ngọc Anh"],
        summary="Ngày 21/11/2026, Liên đội Trường THCS Trần Phú tổ chức vòng chung kết Hội thi “Chỉ huy "
                "Đội giỏi” với sự tham gia của 8 đội thi đến từ các chi đội khối 7 và khối 8.",
        opts={"created": "2026-11-22 10:15", "by": "quantri", "intro": 1, "related": [45],
              "parts": ["Phần 1: Vòng thi kiến thức", "Phần 2: Kết quả chung cuộc"]},
    ),
    Story(
        43, "lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        "Lịch kiểm tra giữa học kỳ I năm học 2026 - 2027", "Thông báo", None,
        [
            P("Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027 đối với các môn kiểm "
              "tra tập trung như sau:"),
            P("Ngày | Buổi sáng | Buổi chiều", "tr"),
            P("26/10/2026 | Ngữ văn (khối 6, 7) | Ngữ văn (khối 8, 9)", "tr"),
            P("27/10/2026 | Toán (khối 6, 7) | Toán (khối 8, 9)", "tr"),
            P("28/10/2026 | Tiếng Anh (khối 6, 7) | Tiếng Anh (khối 8, 9)", "tr"),
            P("Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh và đồ dùng "
              "học tập cần thiết."),
            P("Giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh để biết và thực hiện."),
        ],
        opts={"created": "2026-10-20 09:30", "by": "quantri", "intro": 1, "related": []},
    ),
    Story(
        49, "thong-bao-tuyen-chon-hoc-sinh-tham-gia-doi-tuyen-thi-khoa-hoc-ky-thuat",
        "Thông báo tuyển chọn học sinh tham gia đội tuyển thi Khoa học kỹ thuật cấp tỉnh", "Thông báo",
        "2026-11-16",
        [
            LETTERHEAD_49,
            P("Căn cứ Kế hoạch số 245/KH-SGDĐT ngày 05/11/2026 của Sở GD&ĐT Hà Nam về tổ chức Cuộc thi "
              "Khoa học kỹ thuật dành cho học sinh trung học năm học 2026 - 2027;"),
            P("Trường THCS Trần Phú thông báo tuyển chọn học sinh tham gia đội tuyển như sau:"),
            P("1. Đối tượng: học sinh khối 8, khối 9 có ý tưởng, dự án nghiên cứu khoa học."),
            P("2. Hồ sơ gồm: phiếu đăng ký, bản mô tả ý tưởng dự án (không quá 2 trang)."),
            P("3. Thời hạn nộp hồ sơ: trước ngày 30/11/2026 tại Văn phòng nhà trường."),
            CLOSING_49,
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"created": "2026-11-16 14:05", "by": "quantri", "intro": 3, "related": []},
    ),
    Story(
        56, "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027", "Thông báo", None,
        [
            P("Thực hiện Công văn số 1532/PGDĐT ngày 04/12/2026 của Phòng GD&ĐT thành phố Phủ Lý, nhà "
              "trường thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P("Cán bộ, giáo viên, nhân viên và học sinh được nghỉ từ ngày 01/01/2027 đến hết ngày "
              "03/01/2027; đi học trở lại vào thứ Hai ngày 04/01/2027."),
            P("Trong thời gian nghỉ, bộ phận bảo vệ trực 24/24 giờ; Ban giám hiệu phân công trực theo "
              "lịch riêng."),
            P("Mọi thông tin chi tiết xin liên hệ Văn phòng nhà trường qua email "
              "thcstranphu.phuly@hanam.edu.vn hoặc số điện thoại 0226 3852 468.",
              "cloak:thcstranphu.phuly@hanam.edu.vn"),
        ],
        opts={"created": "2026-12-04 10:00", "by": "quantri", "intro": 1, "related": []},
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_OF = {s.id: next(c for c, m in MENUS.items() if m[1] == s.cat) for s in STORIES}
FEATURED = [55, 53, 50, 47]
POPULAR = [47, 48, 42, 45]


def _created(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["created"], "%Y-%m-%d %H:%M")


LATEST = sorted(BY_ID, key=lambda i: _created(BY_ID[i]), reverse=True)[:5]


def article_path(story: Story) -> str:
    return f"/{MENUS[CAT_OF[story.id]][0]}/{story.id}-{story.slug}"


def component_path(story: Story) -> str:
    return f"/component/content/article/{story.id}-{story.slug}?catid={CAT_OF[story.id]}&Itemid={HOME_ITEMID}"


def print_path(story: Story) -> str:
    return article_path(story) + "?tmpl=component&print=1&layout=default&page="


def _listing(catid: int) -> list[Story]:
    return sorted((s for s in STORIES if CAT_OF[s.id] == catid), key=_created, reverse=True)


# --- markup pieces ------------------------------------------------------------------------------


def _cloak(address: str) -> str:
    """Joomla 3's Email Cloaking output: a notice span plus a script writing the address."""
    key = hashlib.md5(address.encode()).hexdigest()
    user, domain = address.split("@")
    host, _, tld = domain.partition(".")

    def ent(s: str) -> str:
        return "".join(f"&#{ord(c)};" if i % 3 == 1 else c for i, c in enumerate(s))

    return (
        f'<span id="cloak{key}">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần '
        "kích hoạt JavaScript để xem nó.</span><script type='text/javascript'>\n //<!--\n"
        f" document.getElementById('cloak{key}').innerHTML = '';\n"
        " var prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n var path = 'hr' + 'ef' + '=';\n"
        f" var addy{key} = '{ent(user)}' + '&#64;';\n"
        f" addy{key} = addy{key} + '{ent(host)}' + '&#46;' + '{ent(tld)}';\n"
        f" var addy_text{key} = '{ent(user)}' + '&#64;' + '{ent(host)}' + '&#46;' + '{ent(tld)}';\n"
        f" document.getElementById('cloak{key}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + "
        f"addy{key} + '\\'>'+addy_text{key}+'<\\/a>';\n //-->\n </script>"
    )


def _img(img: Img) -> str:
    src = esc(img.src)
    name = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if img.style in ("jcaption", "fulltext"):
        cls = "caption uk-align-center" if img.style == "fulltext" else "caption"
        tag = (f'<img class="{cls}" src="{src}" alt="{esc(img.printed or "")}" '
               f'title="{esc(img.printed or "")}" width="640" height="427" />')
        return tag if img.style == "fulltext" else f'<p style="text-align: center;">{tag}</p>'
    if img.style == "figure":
        return (f'<figure class="uk-thumbnail uk-thumbnail-expand"><img src="{src}" alt="" width="640" />'
                f'<figcaption class="uk-thumbnail-caption">{esc(img.printed or "")}</figcaption></figure>')
    if img.style == "em_next":
        return (f'<p style="text-align: center;"><img src="{src}" alt="{esc(name)}" width="600" /></p>'
                f'<p style="text-align: center;"><em><span style="font-size: 10pt;">{esc(img.printed or "")}'
                "</span></em></p>")
    # a camera file name as alt and title, no caption class
    return (f'<p style="text-align: center;"><img src="{src}" alt="{esc(name)}" title="{esc(name)}" '
            'width="600" height="400" /></p>')


def _loadposition() -> str:
    items = "".join(
        f'<li><a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in (48, 42)
    )
    return ('<div class="uk-panel uk-panel-box uk-panel-box-secondary"><h3 class="uk-panel-title">'
            f'<i class="uk-icon-star"></i> Có thể bạn quan tâm</h3><ul class="uk-list uk-list-line">{items}'
            "</ul></div>")


def render_blocks(blocks: list) -> str:
    """The article's text as TinyMCE/JCE stored it, with the content plugins' output in it."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_img(b))
        elif isinstance(b, Raw):
            out.append(_loadposition() if b.html == LOADPOSITION else b.html)
        elif b.style in ("li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i].text)
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in group) + "</ul>")
            else:
                rows = []
                for n, t in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in t.split(" | ")) + "</tr>")
                out.append('<table class="uk-table uk-table-striped" border="1" cellpadding="4"><tbody>'
                           + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "br":
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                group.append(esc(blocks[i].text))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />".join(group) + "</p>")
            continue
        elif b.style == "lead":
            out.append(f'<p class="uk-article-lead">{esc(b.text)}</p>')
        elif b.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style in ("h3", "h4"):
            out.append(f"<{b.style}>{esc(b.text)}</{b.style}>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
        elif b.style.startswith("cloak:"):
            address = b.style[6:]
            before, after = b.text.split(address)
            out.append(f'<p style="text-align: justify;">{esc(before)}{_cloak(address)}{esc(after)}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _printed_day(story: Story) -> tuple[str, str]:
    """(datetime attribute, printed day): Warp cuts the UTC created value to ten characters."""
    local = _created(story)
    utc = local - _dt.timedelta(hours=7)
    return utc.strftime("%Y-%m-%d"), f"{local.day:02d} {MONTHS[local.month]} {local.year}"


def _meta(story: Story) -> str:
    menu = MENUS[CAT_OF[story.id]]
    cat_link = f'<a href="/{menu[0]}">{esc(menu[1])}</a>'
    if not menu[5]:
        return f'<p class="uk-article-meta">Đăng trong {cat_link}</p>'
    attr, day = _printed_day(story)
    return (f'<p class="uk-article-meta">Được viết bởi {esc(story.opts["by"])} ngày '
            f'<time datetime="{attr}" pubdate="pubdate">{day}</time>. Đăng trong {cat_link}</p>')


def _vote(story: Story, base: str) -> str:
    if not MENUS[CAT_OF[story.id]][6]:
        return ""
    action = f"{base}{article_path(story)}?hitcount=0"
    stars = "".join('<img src="/media/system/images/rating_star.png" alt="Sao đang hoạt động" />'
                    for _ in range(4))
    stars += '<img src="/media/system/images/rating_star_blank.png" alt="Sao không hoạt động" />'
    selected = ' selected="selected"'
    options = "".join(f'<option value="{n}"{selected if n == 5 else ""}>{n}</option>' for n in range(1, 6))
    return (
        '<div class="content_rating" itemprop="aggregateRating" itemscope '
        'itemtype="https://schema.org/AggregateRating"><p class="unseen element-invisible">'
        "Đánh giá của người dùng:&#160;<span itemprop=\"ratingValue\">4</span>&#160;/&#160;"
        f'<span itemprop="bestRating">5</span><br /><span itemprop="ratingCount">{story.id % 9 + 3}</span>'
        f"</p>{stars}</div>"
        f'<form method="post" action="{esc(action)}" class="form-inline"><span class="content_vote">'
        f'<label class="unseen element-invisible" for="content_vote_{story.id}">Vui lòng đánh giá</label>'
        f'<select id="content_vote_{story.id}" name="user_rating">{options}</select>&#160;'
        '<input class="btn btn-mini" type="submit" name="submit_vote" value="Bình chọn" />'
        '<input type="hidden" name="task" value="article.vote" />'
        '<input type="hidden" name="hitcount" value="0" />'
        f'<input type="hidden" name="url" value="{esc(action)}" />'
        '<input type="hidden" name="3f9c1e2b7a5d4c8e9f0a1b2c3d4e5f6a" value="1" /></span></form>'
    )


def _split_pages(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in story.blocks:
        if isinstance(b, Raw) and b.html == PAGEBREAK:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def _pagebreak_nav(story: Story, page: int | None) -> tuple[str, str]:
    """(index above the text, counter + pager below) of the Page Break plugin."""
    path = article_path(story)
    parts = story.opts["parts"]
    links = []
    for n, title in enumerate(parts):
        href = path if n == 0 else f"{path}?start={n}"
        active = ' class="active"' if page == n else ""
        links.append(f'<li{active}><a href="{href}" class="toclink{" active" if page == n else ""}">'
                     f"{esc(title)}</a></li>")
    active = ' class="active"' if page is None else ""
    links.append(f'<li{active}><a href="{path}?showall=1&amp;limitstart=" class="toclink">Hiển thị tất cả</a></li>')
    index = ('<div class="pull-right article-index"><h3>Mục lục bài viết</h3>'
             f'<ul class="nav nav-tabs nav-stacked">{"".join(links)}</ul></div>')
    if page is None:
        return index, ""
    prev = (f'<li class="previous"><a href="{path if page == 1 else f"{path}?start={page - 1}"}">'
            "&lt;&lt; Trước</a></li>") if page > 0 else '<li class="previous"></li>'
    nxt = (f'<li class="next"><a href="{path}?start={page + 1}">Tiếp &gt;&gt;</a></li>'
           if page + 1 < len(parts) else '<li class="next"></li>')
    counter = f'<div class="pagenavcounter">Trang {page + 1} / {len(parts)}</div>'
    return index, f'{counter}<div class="pager"><ul>{prev}{nxt}</ul></div>'


def _related(story: Story) -> str:
    ids = story.opts.get("related") or []
    if not ids:
        return ""
    items = "".join(f'<li><a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in ids)
    return ('<div class="uk-panel uk-margin-top"><h3 class="uk-panel-title">Tin liên quan</h3>'
            f'<ul class="uk-list uk-list-line">{items}</ul></div>')


def render_article(story: Story, base: str, *, page: int | None = 0, via_component: bool = False,
                   printing: bool = False) -> str:
    """The component output of an article view (Warp 7's override)."""
    menu = MENUS[CAT_OF[story.id]]
    path = article_path(story)
    pages = _split_pages(story)
    index = tail = ""
    if len(pages) > 1 and not printing:
        index, tail = _pagebreak_nav(story, page)
        blocks = [b for p in pages for b in p] if page is None else pages[page]
    else:
        blocks = [b for p in pages for b in p]
    fulltext = [b for b in blocks if isinstance(b, Img) and b.style == "fulltext"]
    blocks = [b for b in blocks if not (isinstance(b, Img) and b.style == "fulltext")]
    heading = ""
    if menu[4] and not via_component and not printing:
        heading = f'<h1 class="uk-h3 tm-page-heading">{esc(menu[1])}</h1>\n'
    if printing:
        icons = ('<ul class="uk-subnav uk-subnav-line uk-float-right"><li><a href="#" '
                 'onclick="window.print();return false;"><i class="uk-icon-print"></i> In</a></li></ul>')
        title = f'<h1 class="uk-article-title">{esc(story.title)}</h1>'
    else:
        icons = (f'<ul class="uk-subnav uk-subnav-line uk-float-right"><li><a href="{esc(print_path(story))}" '
                 'title="In bài này" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,'
                 'scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,'
                 'location=no\'); return false;" rel="nofollow"><i class="uk-icon-print"></i></a></li></ul>')
        title = (f'<h1 class="uk-article-title"><a href="{path}" title="{esc(story.title)}">'
                 f"{esc(story.title)}</a></h1>")
    full_img = "".join(_img(b) for b in fulltext)
    return (
        f'{heading}<article class="uk-article" data-permalink="{base}{path}">\n{icons}\n{title}\n'
        f"{_meta(story)}\n{'' if printing else _vote(story, base)}\n{full_img}\n{index}\n"
        f"<div>\n{render_blocks(blocks)}\n</div>\n{tail}\n"
        f"{'' if printing else _related(story)}\n</article>"
    )


def _blog_item(story: Story, base: str) -> str:
    path = article_path(story)
    intro = story.opts.get("intro")
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "fulltext")
              and not (isinstance(b, Raw) and b.html in (LOADPOSITION, PAGEBREAK))]
    text = blocks if intro is None else [b for b in story.blocks if not isinstance(b, Img)][:intro]
    thumb = (f'<a class="uk-align-left" href="{path}" title="{esc(story.title)}"><img src="/images/thumbs/'
             f'{story.id}-{story.slug[:24]}.jpg" alt="" width="200" height="133" /></a>')
    more = ("" if intro is None else
            f'<p><a class="uk-button" href="{path}" title="{esc(story.title)}">Đọc thêm...</a></p>')
    return (
        f'<article class="uk-article" data-permalink="{base}{path}">\n{thumb}\n'
        f'<h1 class="uk-article-title"><a href="{path}" title="{esc(story.title)}">{esc(story.title)}</a></h1>\n'
        f"{_meta(story)}\n<div>\n{render_blocks(text)}\n</div>\n{more}\n</article>"
    )


def _pagination(alias: str, start: int, size: int, total: int) -> str:
    pages = (total + size - 1) // size
    if pages < 2:
        return ""
    current = start // size
    items = []

    def href(n: int) -> str:
        return f"/{alias}" if n == 0 else f"/{alias}?start={n * size}"

    if current > 0:
        items.append(f'<li><a href="{href(0)}" title="Đầu"><i class="uk-icon-angle-double-left"></i></a></li>')
        items.append(f'<li><a href="{href(current - 1)}" title="Trước"><i class="uk-icon-angle-left"></i></a></li>')
    for n in range(pages):
        items.append(f'<li class="uk-active"><span>{n + 1}</span></li>' if n == current
                     else f'<li><a href="{href(n)}">{n + 1}</a></li>')
    if current + 1 < pages:
        items.append(f'<li><a href="{href(current + 1)}" title="Tiếp"><i class="uk-icon-angle-right"></i></a></li>')
        items.append(f'<li><a href="{href(pages - 1)}" title="Cuối"><i class="uk-icon-angle-double-right"></i></a></li>')
    return (f'<p class="uk-text-center uk-text-muted">Trang {current + 1} / {pages}</p>'
            f'<ul class="uk-pagination">{"".join(items)}</ul>')


def _blog(items: list[Story], base: str, heading: str) -> str:
    if not items:
        return ""
    lead, rest = items[0], items[1:]
    cols = "".join(f'<div class="uk-width-medium-1-2">{_blog_item(s, base)}</div>' for s in rest)
    return (
        f'<h1 class="uk-h3 tm-page-heading">{esc(heading)}</h1>\n'
        f'<div class="uk-grid"><div class="uk-width-1-1">{_blog_item(lead, base)}</div></div>\n'
        '<hr class="uk-article-divider">\n'
        f'<div class="uk-grid" data-uk-grid-match data-uk-grid-margin>{cols}</div>'
    )


# --- page chrome ---------------------------------------------------------------------------------

NAV = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Giới thiệu chung"), ("/lien-he", "Liên hệ")]),
    ("/tin-tuc-su-kien", "Tin tức", [("/tin-tuc-su-kien", "Tin tức - Sự kiện"),
                                     ("/cong-tac-doi", "Công tác Đội")]),
    ("/hoat-dong-chuyen-mon", "Chuyên môn", [("/hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
                                            ("/thoi-khoa-bieu", "Thời khóa biểu")]),
    ("/thong-bao", "Thông báo", []),
    ("/van-ban", "Văn bản", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
]


def _nav(active: str, cls: str) -> str:
    out = []
    for href, label, children in NAV:
        act = " uk-active" if href == active or any(c[0] == active for c in children) else ""
        if children:
            sub = "".join(f'<li><a href="{c}">{esc(t)}</a></li>' for c, t in children)
            out.append(f'<li class="uk-parent{act}" data-uk-dropdown="{{}}"><a href="{href}">{esc(label)}</a>'
                       f'<div class="uk-dropdown uk-dropdown-navbar uk-dropdown-width-1"><div class="uk-grid '
                       f'uk-dropdown-grid"><div class="uk-width-1-1"><ul class="uk-nav uk-nav-navbar">{sub}'
                       "</ul></div></div></div></li>")
        else:
            out.append(f'<li class="{act.strip()}"><a href="{href}">{esc(label)}</a></li>')
    return f'<ul class="{cls}">{"".join(out)}</ul>'


def _panel(title: str, body: str, extra: str = "") -> str:
    return f'<div class="uk-panel uk-panel-box{extra}"><h3 class="uk-panel-title">{esc(title)}</h3>{body}</div>'


def _sidebar() -> str:
    latest = "".join(f'<li><a href="{esc(component_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>'
                     for i in LATEST)
    popular = "".join(f'<li><a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
                      for i in POPULAR)
    poll = ('<form action="/" method="post" name="form2" class="form-vertical"><p>Bạn thấy website của '
            'trường thế nào?</p><ul class="uk-list"><li><input type="radio" name="voteid" value="1" /> Rất '
            'hữu ích</li><li><input type="radio" name="voteid" value="2" /> Hữu ích</li><li><input '
            'type="radio" name="voteid" value="3" /> Cần cải thiện</li></ul><input type="submit" '
            'class="uk-button" value="Biểu quyết" /><input type="hidden" name="option" value="com_acepolls" />'
            '<input type="hidden" name="task" value="vote" /></form>')
    counter = ('<div class="vinaora_visitors_counter"><table><tr><td><img src="/modules/mod_vvisit_counter/'
               'images/today.png" alt="" /> Hôm nay</td><td>214</td></tr><tr><td>Hôm qua</td><td>356</td></tr>'
               "<tr><td>Tuần này</td><td>570</td></tr><tr><td>Tháng này</td><td>1.893</td></tr><tr><td>Tổng truy "
               "cập</td><td>482.117</td></tr></table><p>Đang online: 17</p></div>")
    links = ('<select onchange="window.open(this.value)"><option>-- Liên kết website --</option>'
             '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
             '<option value="https://sgddt.hanam.gov.vn">Sở GD&amp;ĐT Hà Nam</option>'
             '<option value="https://phuly.hanam.gov.vn">UBND thành phố Phủ Lý</option></select>')
    return (
        _panel("Tin mới", f'<ul class="uk-list uk-list-line latestnews">{latest}</ul>')
        + _panel("Đọc nhiều", f'<ul class="uk-list uk-list-line mostread">{popular}</ul>', " uk-margin-top")
        + '<div class="uk-panel uk-margin-top"><a href="https://sgddt.hanam.gov.vn"><img '
          'src="/images/banners/banner-so-gddt.png" alt="Sở GD&amp;ĐT Hà Nam" /></a></div>'
        + _panel("Thăm dò ý kiến", poll, " uk-margin-top")
        + _panel("Liên kết website", links, " uk-margin-top")
        + _panel("Thống kê truy cập", counter, " uk-margin-top")
    )


def _breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    items = []
    for n, (href, label) in enumerate(trail):
        if n == len(trail) - 1 or href is None:
            items.append(f'<li class="uk-active"><span>{esc(label)}</span></li>')
        else:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
    return f'<ul class="uk-breadcrumb">{"".join(items)}</ul>'


FOOTER_EMAIL = "c2tranphu.phuly@hanam.edu.vn"


def page(request: Request, title: str, content: str, *, active: str = "/",
         trail: list[tuple[str | None, str]] | None = None, description: str = "",
         author_meta: str | None = None, blog: bool = False) -> Response:
    base = base_url(request)
    crumbs = f'<div class="tm-breadcrumbs">{_breadcrumb(trail)}</div>' if trail else ""
    author = f'<meta name="author" content="{esc(author_meta)}" />\n' if author_meta else ""
    doc = f"""<!DOCTYPE HTML>
<html lang="vi-vn" dir="ltr" class="uk-notouch">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="{esc(base + request.target)}" />
<meta name="keywords" content="THCS Trần Phú, Phủ Lý, Hà Nam, giáo dục" />
{author}<meta name="description" content="{esc(description or 'Trang thông tin điện tử Trường THCS Trần Phú - thành phố Phủ Lý - tỉnh Hà Nam')}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)} - {SITE}</title>
<link href="/templates/yoo_nano3/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link rel="stylesheet" href="/templates/yoo_nano3/css/theme.css">
<script src="/media/jui/js/jquery.min.js?5b1f1a2c" type="text/javascript"></script>
<script src="/media/system/js/caption.js?5b1f1a2c" type="text/javascript"></script>
<script src="/templates/yoo_nano3/warp/vendor/uikit/js/uikit.js"></script>
<script type="text/javascript">
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
</script>
</head>
<body class="tm-sidebar-a-right tm-sidebars-1 tm-{'isblog' if blog else 'noblog'}">
<div class="uk-container uk-container-center">
<div class="tm-toolbar uk-clearfix uk-hidden-small">
<div class="uk-float-left"><div class="uk-panel"><i class="uk-icon-calendar"></i> {HEADER_DATE}</div></div>
<div class="uk-float-right"><div class="uk-panel"><a href="https://www.facebook.com/thcstranphuphuly"><i class="uk-icon-facebook-square"></i></a>
<form class="uk-search" action="/component/search/" method="get"><input class="uk-search-field" type="text" name="searchword" placeholder="Tìm kiếm..."><input type="hidden" name="Itemid" value="101"></form></div></div>
</div>
<div class="tm-headerbar uk-clearfix uk-hidden-small">
<a class="tm-logo" href="/"><img src="/images/logo/logo-thcs-tranphu.png" alt="Trường THCS Trần Phú" width="90" height="90" /></a>
<div class="uk-panel tm-site-name"><div style="color: #c00; font-size: 26px; font-weight: bold;">TRƯỜNG THCS TRẦN PHÚ</div><div>Thành phố Phủ Lý - Tỉnh Hà Nam</div></div>
</div>
<nav class="tm-navbar uk-navbar">{_nav(active, "uk-navbar-nav uk-hidden-small")}
<a href="#offcanvas" class="uk-navbar-toggle uk-visible-small" data-uk-offcanvas></a></nav>
<div class="tm-middle uk-grid" data-uk-grid-match data-uk-grid-margin>
<div class="tm-main uk-width-medium-7-10">
{crumbs}
<main class="tm-content">
<div id="system-message-container">
	</div>
{content}
</main>
</div>
<aside class="tm-sidebar-a uk-width-medium-3-10">{_sidebar()}</aside>
</div>
<footer class="tm-footer">
<a class="tm-totop-scroller" data-uk-smooth-scroll href="#"></a>
<div class="uk-panel"><p><strong>TRƯỜNG THCS TRẦN PHÚ - THÀNH PHỐ PHỦ LÝ</strong></p>
<p>Địa chỉ: Số 12 đường Trần Phú, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</p>
<p>Điện thoại: 0226 3852 468 - Email: {_cloak(FOOTER_EMAIL)}</p>
<p>© 2016 - 2026 Bản quyền thuộc về Trường THCS Trần Phú. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</footer>
</div>
<div id="offcanvas" class="uk-offcanvas"><div class="uk-offcanvas-bar">{_nav(active, "uk-nav uk-nav-offcanvas")}</div></div>
</body>
</html>"""
    return html(doc)


# --- the other pages ------------------------------------------------------------------------------

GIOI_THIEU = [
    "Trường THCS Trần Phú được thành lập năm 1965, tiền thân là trường cấp II Lam Hạ, nằm ở trung tâm "
    "thành phố Phủ Lý.",
    "Hiện nay nhà trường có 24 lớp với 1.012 học sinh, 56 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt "
    "chuẩn và trên chuẩn về trình độ đào tạo.",
    "Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2022 và nhiều năm liền được công nhận là Tập thể lao động "
    "xuất sắc.",
]

TKB_ROWS = [
    "Tiết | Thứ Hai | Thứ Ba | Thứ Tư | Thứ Năm | Thứ Sáu",
    "1 | Chào cờ | Toán | Ngữ văn | Tiếng Anh | Toán",
    "2 | Toán | Ngữ văn | KHTN | Lịch sử - Địa lí | Tin học",
    "3 | Ngữ văn | Tiếng Anh | Toán | GDCD | Sinh hoạt",
]

DOCS = {
    15: ("ke-hoach-nam-hoc-2026-2027", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
         "Số 85/KH-THCSTP ngày 15/9/2026", "ke-hoach-nam-hoc-2026-2027.pdf"),
    16: ("quy-che-chi-tieu-noi-bo-nam-2026", "Quy chế chi tiêu nội bộ năm 2026",
         "Số 12/QC-THCSTP ngày 10/01/2026", "quy-che-chi-tieu-noi-bo-2026.pdf"),
}

ALBUM = ("3-hoi-khoe-phu-dong-2026", "Hội khỏe Phù Đổng cấp trường 2026")


def _single_article(request: Request, title: str, inner: str, active: str, trail_label: str) -> Response:
    content = (f'<article class="uk-article" data-permalink="{base_url(request)}{request.path}">'
               f'<h1 class="uk-article-title">{esc(title)}</h1><div>{inner}</div></article>')
    return page(request, title, content, active=active,
                trail=[("/", "Trang chủ"), (None, trail_label)])


def _other(request: Request) -> Response | None:
    path = request.path
    if path == "/gioi-thieu" and not request.query:
        inner = "".join(f'<p style="text-align: justify;">{esc(t)}</p>' for t in GIOI_THIEU)
        inner += ('<p style="text-align: center;"><img src="/images/gioithieu/toan-canh-truong.jpg" '
                  'alt="Toàn cảnh trường" /></p>')
        return _single_article(request, "Giới thiệu chung về Trường THCS Trần Phú", inner, "/gioi-thieu",
                               "Giới thiệu chung")
    if path == "/thoi-khoa-bieu" and not request.query:
        rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r.split(" | ")) + "</tr>" for r in TKB_ROWS)
        inner = ('<p>Thời khóa biểu lớp 9A - áp dụng từ ngày 02/11/2026</p><table class="uk-table" border="1">'
                 f"<tbody>{rows}</tbody></table>")
        return _single_article(request, "Thời khóa biểu học kỳ I năm học 2026 - 2027", inner,
                               "/hoat-dong-chuyen-mon", "Thời khóa biểu")
    if path == "/lien-he" and not request.query:
        content = (
            '<div class="contact"><h1 class="uk-article-title">Văn phòng Trường THCS Trần Phú</h1>'
            '<dl class="contact-address dl-horizontal"><dt>Địa chỉ:</dt><dd>Số 12 đường Trần Phú, phường '
            "Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</dd><dt>Điện thoại:</dt><dd>0226 3852 468</dd></dl>"
            '<form id="contact-form" action="/lien-he" method="post" class="uk-form"><fieldset><legend>Gửi '
            'email</legend><label for="jform_contact_name">Họ tên *</label><input type="text" '
            'name="jform[contact_name]" id="jform_contact_name" /><label for="jform_contact_message">Nội '
            'dung *</label><textarea name="jform[contact_message]" id="jform_contact_message"></textarea>'
            '<button class="uk-button" type="submit">Gửi email</button><input type="hidden" '
            'name="option" value="com_contact" /><input type="hidden" name="task" '
            'value="contact.submit" /></fieldset></form></div>'
        )
        return page(request, "Liên hệ", content, active="/lien-he", trail=[("/", "Trang chủ"), (None, "Liên hệ")])
    if path == "/thu-vien-anh" and not request.query:
        content = ('<div id="phocagallery" class="pg-categories-view"><h1 class="uk-h3">Thư viện ảnh</h1>'
                   f'<div class="pg-cv-box"><a href="/thu-vien-anh/category/{ALBUM[0]}"><img '
                   f'src="/images/phocagallery/hkpd-2026/thumbs/phoca_thumb_m_01.jpg" alt="" /></a>'
                   f'<div class="pg-cv-name"><a href="/thu-vien-anh/category/{ALBUM[0]}">{esc(ALBUM[1])}</a>'
                   " (12)</div></div></div>")
        return page(request, "Thư viện ảnh", content, active="/thu-vien-anh",
                    trail=[("/", "Trang chủ"), (None, "Thư viện ảnh")])
    if path == f"/thu-vien-anh/category/{ALBUM[0]}" and not request.query:
        boxes = "".join(
            f'<div class="phocagallery-box-file"><a class="pg-modal-button" href="/images/phocagallery/'
            f'hkpd-2026/anh-{n:02d}.jpg"><img src="/images/phocagallery/hkpd-2026/thumbs/phoca_thumb_m_anh-'
            f'{n:02d}.jpg" alt="anh-{n:02d}" /></a></div>' for n in range(1, 7))
        content = f'<div id="phocagallery" class="pg-category-view"><h1 class="uk-h3">{esc(ALBUM[1])}</h1>{boxes}</div>'
        return page(request, ALBUM[1], content, active="/thu-vien-anh",
                    trail=[("/", "Trang chủ"), ("/thu-vien-anh", "Thư viện ảnh"), (None, ALBUM[1])])
    if path == "/van-ban" and not request.query:
        rows = "".join(
            f'<div class="pd-filebox"><div class="pd-filename"><a href="/van-ban/file/{i}-{d[0]}">{esc(d[1])}'
            f'</a></div><div class="pd-fdesc">{esc(d[2])}</div></div>' for i, d in DOCS.items())
        content = f'<div id="phoca-dl-category-box" class="pd-category-view"><h1 class="uk-h3">Văn bản</h1>{rows}</div>'
        return page(request, "Văn bản", content, active="/van-ban", trail=[("/", "Trang chủ"), (None, "Văn bản")])
    m = re.fullmatch(r"/van-ban/file/(\d+)-([a-z0-9-]+)", path)
    if m and int(m.group(1)) in DOCS and DOCS[int(m.group(1))][0] == m.group(2):
        doc_id = int(m.group(1))
        if request.params.get("download") == str(doc_id):
            return Response(200, PDF, {"Content-Type": "application/pdf",
                                       "Content-Disposition": f'attachment; filename="{DOCS[doc_id][3]}"'})
        if request.query:
            return None
        d = DOCS[doc_id]
        content = (
            f'<div id="phoca-dl-file-box" class="pd-file-view"><h1 class="uk-h3">{esc(d[1])}</h1>'
            '<table class="pd-file-details"><tr><td>Số hiệu:</td><td>'
            f"{esc(d[2])}</td></tr><tr><td>Tên tệp:</td><td>{esc(d[3])}</td></tr><tr><td>Kích thước:</td>"
            '<td>512 kB</td></tr></table><div class="pd-button-download"><a class="uk-button" '
            f'href="/van-ban/file/{doc_id}-{d[0]}?download={doc_id}" rel="nofollow">Tải về</a></div></div>'
        )
        return page(request, d[1], content, active="/van-ban",
                    trail=[("/", "Trang chủ"), ("/van-ban", "Văn bản"), (None, d[1])])
    if path == "/component/search/":
        word = request.params.get("searchword", "")
        content = (f'<h1 class="uk-h3">Tìm kiếm</h1><p>Từ khóa: <strong>{esc(word)}</strong></p>'
                   "<p>Tổng cộng 0 kết quả được tìm thấy.</p>")
        return page(request, "Tìm kiếm", content, trail=[("/", "Trang chủ"), (None, "Tìm kiếm")])
    return None


# --- the site -----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"/([a-z-]+)/(\d+)-([a-z0-9-]+)")
_COMPONENT = re.compile(r"/component/content/article/(\d+)-([a-z0-9-]+)")


class Site:
    def respond(self, request: Request) -> Response | None:
        if request.path == "/index.php":
            request = Request(request.method, "/", request.query, request.headers, request.body)
        elif request.path.startswith("/index.php/"):
            request = Request(request.method, request.path[len("/index.php"):], request.query,
                              request.headers, request.body)
        path = request.path
        if path.startswith(("/images/", "/templates/", "/media/", "/modules/")):
            return static_file(path)
        if path == "/":
            return self.home(request) if not request.query else None
        for catid, menu in MENUS.items():
            if path == f"/{menu[0]}":
                return self.blog(request, catid)
        m = _COMPONENT.fullmatch(path)
        if m:
            story = BY_ID.get(int(m.group(1)))
            if story and story.slug == m.group(2) and request.params.get("catid") == str(CAT_OF[story.id]) \
                    and request.params.get("Itemid") == str(HOME_ITEMID) and len(request.params) == 2:
                return self.article(request, story, via_component=True)
            return None
        m = _ARTICLE.fullmatch(path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            if story and story.slug == m.group(3) and MENUS[CAT_OF[story.id]][0] == m.group(1):
                return self.article(request, story)
            return None
        return _other(request)

    def home(self, request: Request) -> Response:
        base = base_url(request)
        items = [BY_ID[i] for i in FEATURED]
        content = _blog(items, base, "Tin nổi bật").replace(
            '<h1 class="uk-h3 tm-page-heading">Tin nổi bật</h1>', '<h2 class="uk-h3">Tin nổi bật</h2>')
        return page(request, "Trang chủ", content, active="/", blog=True)

    def blog(self, request: Request, catid: int) -> Response | None:
        alias, title, _itemid, size, _heading, _date, _vote = MENUS[catid]
        stories = _listing(catid)
        params = request.params
        if set(params) - {"start"}:
            return None
        start = params.get("start", "0")
        if not start.isdigit() or int(start) % size or int(start) >= len(stories) \
                or (start == "0" and "start" in params):
            return None
        start_n = int(start)
        content = _blog(stories[start_n:start_n + size], base_url(request), title)
        content += _pagination(alias, start_n, size, len(stories))
        return page(request, title, content, active=f"/{alias}", trail=[("/", "Trang chủ"), (None, title)],
                    blog=True)

    def article(self, request: Request, story: Story, via_component: bool = False) -> Response | None:
        params = request.params
        base = base_url(request)
        menu = MENUS[CAT_OF[story.id]]
        page_no: int | None = 0
        printing = False
        if not via_component and params:
            if params == {"tmpl": "component", "print": "1", "layout": "default", "page": ""}:
                printing = True
            elif params == {"hitcount": "0"} and menu[6]:
                pass
            elif "parts" in story.opts and params == {"start": "1"}:
                page_no = 1
            elif "parts" in story.opts and params == {"showall": "1", "limitstart": ""}:
                page_no = None
            else:
                return None
        if request.method == "POST" and params.get("hitcount") == "0":
            return redirect(article_path(story), 303)
        body = render_article(story, base, page=page_no, via_component=via_component, printing=printing)
        if printing:
            doc = (f'<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8"><title>{esc(story.title)} - '
                   f'{SITE}</title><meta name="robots" content="noindex, nofollow" /></head><body class="contentpane">'
                   f'<div id="system-message-container"></div>{body}</body></html>')
            return html(doc)
        title = story.title if page_no in (0, None) else f"{story.title} - Trang {page_no + 1}"
        # the component URL's pathway is built from the category tree: the same crumbs
        trail = [("/", "Trang chủ"), (f"/{menu[0]}", menu[1]), (None, story.title)]
        desc = next((b.text for b in story.blocks if isinstance(b, P)), "")[:150]
        return page(request, title, body, active=f"/{menu[0]}", trail=trail, description=desc,
                    author_meta=story.opts["by"])


def build_site() -> Site:
    return Site()


def _alt_paths(story: Story) -> list[str]:
    path = article_path(story)
    alts = [print_path(story)]
    if MENUS[CAT_OF[story.id]][6]:
        alts.append(f"{path}?hitcount=0")
    if story.id in LATEST:
        alts.append(component_path(story))
    if "parts" in story.opts:
        alts += [f"{path}?start=1", f"{path}?showall=1&limitstart="]
    if story.id == 53:
        alts.append("/index.php" + path)
    return alts


GOLD = [gold_record(s, article_path(s), s.cat, alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/thoi-khoa-bieu",
    "/lien-he",
    f"/thu-vien-anh/category/{ALBUM[0]}",
    f"/van-ban/file/15-{DOCS[15][0]}",
]
