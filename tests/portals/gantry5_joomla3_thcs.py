"""Trường THCS Nguyễn Trãi (thị xã Ba Đồn, Quảng Bình): Joomla 3.9 + Gantry 5 ("Helium" outline).

Platform
    Joomla 3.9.x with the Gantry 5 framework, a copy of the Helium theme ("g5_helium", outline
    12), com_content in blog layout (leading + intro items in two columns, "Đọc thêm: …" readmore
    buttons, intro images as thumbnails), SEF URLs on, URL rewriting off (``/index.php/…``),
    suffix ".html" on. Page chrome is Gantry's: ``#g-offcanvas`` (mobile menu), ``#g-top`` (date,
    hotline), ``#g-navigation`` (logo + ``g-main-nav`` dropdown menu), ``#g-header`` (the school's
    name in the only ``<h1>``), ``#g-intro`` (mod_breadcrumbs), ``#g-container-main`` (mainbar +
    ``#g-aside`` modules), ``#g-expanded`` (a mod_articles_news "Tin nổi bật" newsflash),
    ``#g-footer`` and ``#g-copyright``.

URL scheme
    ``/``                                               home (com_content featured + Gantry
                                                        content-array particle "Tin mới")
    ``/index.php/tin-tuc.html`` (``?start=6``)          category blog "Tin tức", subcategories
                                                        included, 2 leading + 4 intro a page,
                                                        2 "Các bài viết khác" links
    ``/index.php/tin-tuc/<subcat>.html`` (``?start=4``) blogs "Hoạt động chuyên môn"
                                                        (hoat-dong-chuyen-mon, 4 a page) and
                                                        "Đoàn - Đội" (doan-doi)
    ``/index.php/thong-bao.html``                       blog "Thông báo"
    ``/index.php/tin-tuc/<id>-<alias>.html``            article filed directly in "Tin tức"
    ``/index.php/tin-tuc/<subcat>/<id>-<alias>.html``   article of a subcategory (Joomla routes
                                                        through the subcategory's menu item)
    ``/index.php/thong-bao/<id>-<alias>.html``          notice
    ``<article>?tmpl=component&print=1&layout=default`` print view (alt path of the article)
    ``/index.php?option=com_content&view=article&id=199&catid=8&Itemid=104``
                                                        non-SEF URL an editor pasted into a notice
                                                        (Joomla serves it: alt path of 199)
    ``/index.php/component/mailto/?tmpl=component&template=g5_helium&link=<sha1>``
                                                        "send to a friend" form (a tool page)
    ``/index.php/gioi-thieu.html``, ``/index.php/gioi-thieu/co-cau-to-chuc.html``
                                                        single-article menu items (intro pages)
    ``/index.php/lien-he.html``                         com_contact
    ``/index.php/van-ban.html``, ``/index.php/van-ban/<id>-<alias>.html``
                                                        eDocman-like document list and entry
    ``/index.php/thu-vien-anh/<id>-<alias>.html``       photo album (menu item to one album)
    ``/index.php/video/<id>-<alias>.html``              video page (menu item to one clip)

How the gold articles are reached
    The home page shows 3 featured articles and the content-array "Tin mới" (5 latest of the Tin
    tức tree); the aside lists "Thông báo mới" (both notices) and "Đọc nhiều nhất" (5 by hits).
    The Tin tức blog holds 11 articles over two pages; "Hoạt động chuyên môn" holds 5 over two
    pages (195 only on its ``?start=4`` page, on Tin tức ``?start=6`` and in 197's pager); 199
    (filed directly under Tin tức, old, few hits) is only on Tin tức ``?start=6``, in 206's
    pager and behind the non-SEF link in notice 207. Articles link to neighbours of their own
    category via the pager "Trước / Tiếp" and to three of them in "Bài viết liên quan".

Traps
    1. Two headline levels: the only ``<h1>`` on every page is the school's name in
       ``#g-header``; the article's headline is Joomla's ``<h2 itemprop="headline">``. The
       ``<title>`` is "<headline> - THCS Nguyễn Trãi". Gold title = the h2.
    2. Print view and mailto: every article carries a print link
       (``?tmpl=component&print=1&layout=default``, the same article without chrome: alt path)
       and an email link to ``/index.php/component/mailto/?…&link=<sha1 of the URL>`` (a form
       page, no article). Article 199 is also served at its non-SEF ``/index.php?option=…`` URL,
       linked from notice 207's "Xem thêm:" line (alt path; the line is not body).
    3. Bylines: Joomla prints "Viết bởi Super User" (the CMS account: nobody) on most news,
       but the real signature is a right-aligned line at the end of the text ("Tin, ảnh: Lê Thị
       Hoa" -> author and photographer; "Tin: Hoàng Văn Nam - Ảnh: Trần Thị Mỹ Linh" -> split;
       a unit alone, "Tổ Ngữ văn", is the author; "Tân Văn" + "Theo Báo Quảng Bình" -> author
       and source). Where the editor filled Joomla's author alias, "Viết bởi ThS. Phan Văn Đức -
       Tổ trưởng tổ KHTN" -> "Phan Văn Đức"; "Viết bởi Hiệu trưởng Nguyễn Hữu Phước" -> "Nguyễn
       Hữu Phước"; "Viết bởi Nguyễn Thị Lan" -> her.
    4. Dates: "Ngày đăng: Thứ Sáu, 27 Tháng 11 2026 14:00" above the text (the gold), "Cập nhật
       lần cuối: …" below it (never the gold), the header's today "Thứ Bảy, 05/12/2026", the
       listing dates of other articles in modules. Article 210 was published at "00:00": the
       day alone. Notice 214 is an official document: its date is the letterhead's "Ba Đồn,
       ngày 01 tháng 12 năm 2026", not Joomla's "Ngày đăng" of 02/12; its letterhead table,
       "Số: …", "THÔNG BÁO / Về việc …", "Nơi nhận" and the signature block are not body, its
       signer (Phan Thị Minh Nguyệt) is the author.
    5. Captions three ways: Joomla's full-text image printed as ``<img class="caption"
       title="…">`` outside ``articleBody`` (caption.js draws the title under the photo: that
       line is the caption); JCE tables with the photo in one row and an ``<em>`` line in the
       next; a centred italic paragraph after the photo, sometimes in parentheses (taken off),
       sometimes only "Ảnh: Trần Thị Mỹ Linh" (caption None, she is the photographer).
    6. Chrome that looks like content: the ``#g-expanded`` newsflash prints the intro paragraph
       and photo of the newest featured article (213) under every page, 213's own page included
       (its text is counted once); listings print intro text and thumbnails
       (``/images/…/thumb_*.jpg``) that are not article photos; "Bài viết liên quan"
       (mod_related_items) and the pager follow the text; "Tệp đính kèm" tables (Attachments
       plugin) are not body.
    7. Editor leftovers: Word's conditional comments and ``mso-list:Ignore`` markers (no
       text), ``<p>&nbsp;</p>`` spacers, ``<br />`` splitting paragraphs, an FCK/JCE-style
       entity-encoded article (209: ``&agrave;``/``&#7871;`` mixed with raw UTF-8), an article
       typed in decomposed Unicode (211, NFD title and text: gold is NFC), and an emoji drawn as
       an ``<img>`` bullet at the start of lines in 202 (no text, no photo).
    8. Pagination and look-alikes: "Các bài viết khác" under page 1 repeats the first two items
       of page 2; document entries, the album and the video page use the article-like URL form
       ``/index.php/<menu>/<id>-<alias>.html``; "Giới thiệu" pages use the very article markup
       (``item-page``, h2 headline) without dates: not articles.
    9. Tables in the text: the results table of 213 and the schedule of 214 are body (one
       paragraph per row, cells joined by " | "); the letterhead table of 214 is not.

Gold decisions on ambiguous points
    - ``path`` is the SEF URL the listings print (subcategory path for subcategory articles);
      ``category`` is the article's own category as the breadcrumb prints it ("Hoạt động chuyên
      môn", "Đoàn - Đội", "Tin tức", "Thông báo").
    - The full-text image (Trap 5) is the article's first photo; its caption is its ``title``
      text. The intro image (listing thumbnail) is not on the article page and not in the gold.
    - Bold lead paragraphs are the sapo (summary); otherwise summary is null.
    - A right-aligned byline at the end decides the authors; "Viết bởi Super User" adds nobody.
    - The print view and the non-SEF URL are the same article (alt paths); mailto pages are not.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "gantry5_joomla3_thcs"
PLATFORM = "Joomla 3.9 + Gantry 5 (Helium), com_content blog, SEF .html"
START_PATH = "/"

SITE = "THCS Nguyễn Trãi"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

# category key -> (name, blog path, url prefix of its articles, Itemid, per page)
CATS = {
    "tin-tuc": ("Tin tức", "/index.php/tin-tuc.html", "/index.php/tin-tuc", 104, 6),
    "hdcm": (
        "Hoạt động chuyên môn",
        "/index.php/tin-tuc/hoat-dong-chuyen-mon.html",
        "/index.php/tin-tuc/hoat-dong-chuyen-mon",
        105,
        4,
    ),
    "doan-doi": ("Đoàn - Đội", "/index.php/tin-tuc/doan-doi.html", "/index.php/tin-tuc/doan-doi", 106, 6),
    "thong-bao": ("Thông báo", "/index.php/thong-bao.html", "/index.php/thong-bao", 107, 6),
}
CAT_IDS = {"tin-tuc": 8, "hdcm": 9, "doan-doi": 10, "thong-bao": 11}
IMG = "/images/tin-tuc/2026"


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


SPACER = Raw("<p>&nbsp;</p>")
MSO_COMMENT = Raw(
    "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>"
    "<w:TrackMoves/><w:TrackFormatting/></w:WordDocument></xml><![endif]-->"
    "<!--[if gte mso 10]><style>table.MsoNormalTable{mso-style-name:\"Table Normal\";}</style><![endif]-->"
)

STORIES: list[Story] = [
    Story(
        214,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "thong-bao",
        "2026-12-01",
        [
            P(
                "Căn cứ Kế hoạch số 112/KH-THCSNT ngày 15/9/2026 của Trường THCS Nguyễn Trãi về "
                "thực hiện nhiệm vụ năm học 2026 - 2027; căn cứ tình hình thực tế của nhà trường,"
            ),
            P("Trường THCS Nguyễn Trãi thông báo lịch kiểm tra cuối học kỳ I như sau:"),
            P("1. Thời gian kiểm tra", "h"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "row"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P("24/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "row"),
            P("2. Tổ chức thực hiện", "h"),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; học "
                "sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút."
            ),
            P(
                "Các tổ chuyên môn hoàn thành đề kiểm tra, hướng dẫn chấm và nộp về Phó Hiệu "
                "trưởng phụ trách chuyên môn trước ngày 14/12/2026."
            ),
            P("Nhà trường đề nghị cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực hiện./."),
        ],
        authors=["Phan Thị Minh Nguyệt"],
        opts={
            "pub": "2026-12-02 16:05",
            "mod": "2026-12-03 07:40",
            "by": None,
            "doc": {
                "so": "Số: 158/TB-THCSNT",
                "place": "Ba Đồn, ngày 01 tháng 12 năm 2026",
                "kind": "THÔNG BÁO",
                "subject": "Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
                "post": "KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG",
                "signer": "Phan Thị Minh Nguyệt",
                "recipients": ["- Các tổ chuyên môn;", "- GVCN các lớp;", "- Website trường;", "- Lưu: VT."],
            },
            "attach": [("lich-kiem-tra-cuoi-hk1-2026-2027.pdf", "142 KB")],
            "hits": 1212,
            "intro_img": None,
        },
    ),
    Story(
        213,
        "hoi-thi-giao-vien-day-gioi-cap-truong-mon-toan-khoa-hoc-tu-nhien",
        "Hội thi giáo viên dạy giỏi cấp trường môn Toán, Khoa học tự nhiên",
        "hdcm",
        "2026-11-27T14:00:00+07:00",
        [
            P(
                "Từ ngày 16 đến 26/11/2026, tổ Khoa học tự nhiên Trường THCS Nguyễn Trãi tổ chức "
                "Hội thi giáo viên dạy giỏi cấp trường với 9 giáo viên tham gia."
            ),
            Img(
                f"{IMG}/11/hoi-thi-gvdg-toan-1.jpg",
                "Cô Nguyễn Thị Thanh Tâm trong tiết dạy Toán 8 tại lớp 8B",
                "Cô Nguyễn Thị Thanh Tâm trong tiết dạy Toán 8 tại lớp 8B",
                "tbl",
            ),
            P(
                "Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng dạy học và thực "
                "hiện hai tiết dạy trên lớp, trong đó có một tiết bốc thăm trước 3 ngày."
            ),
            P(
                "Ban giám khảo gồm Ban giám hiệu và các giáo viên cốt cán của tổ đã dự giờ, góp ý "
                "và đánh giá theo tiêu chí của Công văn 5512/BGDĐT-GDTrH."
            ),
            P("Kết quả hội thi:", "h"),
            P("TT | Họ và tên | Môn | Xếp loại", "row"),
            P("1 | Nguyễn Thị Thanh Tâm | Toán | Giỏi", "row"),
            P("2 | Lê Văn Hùng | Khoa học tự nhiên | Giỏi", "row"),
            P("3 | Trần Thị Hồng Nhung | Toán | Khá", "row"),
            P(
                "Hội thi là dịp để giáo viên học hỏi, chia sẻ kinh nghiệm, đổi mới phương pháp dạy "
                "học theo Chương trình giáo dục phổ thông 2018."
            ),
        ],
        authors=["Phan Văn Đức"],
        opts={
            "pub": "2026-11-27 14:00",
            "mod": "2026-11-28 08:15",
            "by": "ThS. Phan Văn Đức - Tổ trưởng tổ KHTN",
            "hits": 1563,
            "featured": True,
            "intro_img": f"{IMG}/11/thumb_hoi-thi-gvdg-toan.jpg",
        },
    ),
    Story(
        212,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Trường THCS Nguyễn Trãi tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20T10:15:00+07:00",
        [
            Img(
                f"{IMG}/11/le-20-11-toan-canh.jpg",
                "Toàn cảnh buổi lễ kỷ niệm",
                "Toàn cảnh buổi lễ kỷ niệm",
                "full",
            ),
            P(
                "Sáng ngày 20/11/2026, Trường THCS Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026).",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có ông Đoàn Văn Tiến, Phó Trưởng phòng GD&ĐT thị xã Ba Đồn; đại diện "
                "Đảng ủy, UBND phường Ba Đồn, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô "
                "giáo nghỉ hưu."
            ),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng Nguyễn Hữu Phước ôn lại truyền thống vẻ vang của "
                "ngành và những thành tích nổi bật của nhà trường trong năm học 2025 - 2026."
            ),
            Img(
                f"{IMG}/11/le-20-11-van-nghe.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9A",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9A",
                "tbl",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong "
                "phong trào thi đua \"Dạy tốt - Học tốt\" chào mừng ngày 20/11."
            ),
            _right("Tin, ảnh: Lê Thị Hoa"),
        ],
        authors=["Lê Thị Hoa"],
        photographers=["Lê Thị Hoa"],
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        opts={
            "pub": "2026-11-20 10:15",
            "mod": "2026-11-21 16:02",
            "by": "Super User",
            "hits": 2041,
            "featured": True,
            "intro_img": f"{IMG}/11/thumb_le-20-11.jpg",
        },
    ),
    Story(
        211,
        "lien-doi-to-chuc-hoi-trai-tien-buoc-len-doan",
        "Liên đội tổ chức Hội trại \u201cTiến bước lên Đoàn\u201d",
        "doan-doi",
        "2026-11-25T07:45:00+07:00",
        [
            P(
                "Hướng tới kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam 22/12, Liên đội Trường "
                "THCS Nguyễn Trãi tổ chức Hội trại \u201cTiến bước lên Đoàn\u201d cho 16 chi đội."
            ),
            Img(f"{IMG}/11/hoi-trai-1.jpg", "Ảnh: Trần Thị Mỹ Linh", None, "next"),
            P(
                "Các chi đội thi dựng trại, trang trí cổng trại, thi nghi thức và tham gia trò chơi "
                "lớn với chủ đề \u201cEm yêu chú bộ đội\u201d."
            ),
            P(
                "Kết thúc hội trại, Ban tổ chức trao giải Nhất cho chi đội 9B, giải Nhì cho chi "
                "đội 8A và chi đội 9D."
            ),
            _right("Tin: Hoàng Văn Nam - Ảnh: Trần Thị Mỹ Linh"),
        ],
        authors=["Hoàng Văn Nam"],
        photographers=["Trần Thị Mỹ Linh"],
        opts={
            "pub": "2026-11-25 07:45",
            "mod": "2026-11-25 20:11",
            "by": "Super User",
            "hits": 734,
            "nfd": True,
            "intro_img": f"{IMG}/11/thumb_hoi-trai.jpg",
        },
    ),
    Story(
        210,
        "tuyen-truyen-phong-chong-duoi-nuoc-va-ung-pho-mua-mua-lu",
        "Tuyên truyền phòng, chống đuối nước và ứng phó mùa mưa lũ",
        "tin-tuc",
        "2026-11-18",
        [
            MSO_COMMENT,
            P(
                "Trước diễn biến phức tạp của mưa lũ tại các xã, phường ven sông Gianh, nhà trường "
                "tổ chức tuyên truyền kỹ năng phòng, chống đuối nước cho toàn thể học sinh."
            ),
            P("Nội dung tuyên truyền tập trung vào các kỹ năng:"),
            P("Không tắm sông, suối, ao hồ khi không có người lớn đi cùng;", "mso"),
            P("Không đi qua ngầm, tràn khi nước đang chảy xiết;", "mso"),
            P("Biết cách sử dụng áo phao và các vật dụng nổi khi gặp nạn.", "mso"),
            P("Giáo viên chủ nhiệm thông tin đến phụ huynh qua nhóm Zalo của lớp."),
            P("Học sinh nghỉ học khi có thông báo của nhà trường.", "br"),
            P(
                "Trong thời gian nghỉ, học sinh ôn tập theo hướng dẫn của giáo viên bộ môn trên hệ "
                "thống K12Online.",
                "br",
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT thị xã Ba Đồn</em></p>'),
        ],
        source="Phòng GD&ĐT thị xã Ba Đồn",
        opts={
            "pub": "2026-11-18 00:00",
            "mod": "2026-11-19 09:30",
            "by": "Super User",
            "hits": 1402,
            "intro_img": f"{IMG}/11/thumb_duoi-nuoc.jpg",
        },
    ),
    Story(
        209,
        "chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van-9",
        "Chuyên đề \u201cDạy học phát triển năng lực môn Ngữ văn 9 theo Chương trình GDPT 2018\u201d",
        "hdcm",
        "2026-11-14T15:20:00+07:00",
        [
            P(
                "Theo kế hoạch của nhà trường, chiều ngày 13/11/2026, tổ Ngữ văn tổ chức chuyên đề "
                "dạy học phát triển năng lực môn Ngữ văn 9."
            ),
            P(
                "Cô giáo Võ Thị Hằng thực hiện tiết dạy minh họa bài \u201cTruyện Kiều\u201d của Nguyễn Du "
                "với nhiều hoạt động học tập sáng tạo, học sinh được làm việc nhóm và trình bày sản phẩm."
            ),
            Img(f"{IMG}/11/chuyen-de-ngu-van.jpg", None, None, "nocap"),
            P(
                "Các giáo viên dự chuyên đề thảo luận về cách thiết kế nhiệm vụ học tập, cách đánh "
                "giá năng lực đọc hiểu và viết của học sinh."
            ),
            P(
                "Chuyên đề góp phần nâng cao chất lượng dạy học môn Ngữ văn, chuẩn bị tốt cho kỳ "
                "thi tuyển sinh vào lớp 10 năm học 2027 - 2028."
            ),
            _right("Tổ Ngữ văn"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={
            "pub": "2026-11-14 15:20",
            "mod": "2026-11-14 15:20",
            "by": "Super User",
            "hits": 611,
            "entities": 2,
            "intro_img": f"{IMG}/11/thumb_chuyen-de-ngu-van.jpg",
        },
    ),
    Story(
        207,
        "thong-bao-tuyen-sinh-cau-lac-bo-bong-da-mini-co-vua",
        "Thông báo tuyển sinh câu lạc bộ Bóng đá mini, Cờ vua học kỳ I",
        "thong-bao",
        "2026-11-10T09:00:00+07:00",
        [
            P(
                "Nhằm phát triển phong trào thể dục thể thao trong nhà trường, Trường THCS Nguyễn "
                "Trãi thông báo tuyển học sinh tham gia câu lạc bộ Bóng đá mini và Cờ vua."
            ),
            P("Đối tượng: học sinh từ lớp 6 đến lớp 9 có sức khỏe tốt và yêu thích thể thao."),
            P("Thời gian sinh hoạt: chiều thứ Ba và thứ Năm hằng tuần, từ 16h30 đến 17h30."),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm hoặc thầy Trương Quang Vinh (giáo viên "
                "Thể dục) trước ngày 20/11/2026."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/index.php?option=com_content&amp;view=article&amp;id=199'
                '&amp;catid=8&amp;Itemid=104">Trao học bổng \u201cVượt khó học giỏi\u201d cho học sinh có '
                "hoàn cảnh khó khăn</a></em></p>"
            ),
        ],
        opts={
            "pub": "2026-11-10 09:00",
            "mod": "2026-11-12 10:00",
            "by": None,
            "hits": 488,
            "intro_img": None,
        },
    ),
    Story(
        206,
        "don-doan-kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        "Đón đoàn kiểm tra công nhận trường đạt chuẩn quốc gia mức độ 1",
        "tin-tuc",
        "2026-11-06T08:10:00+07:00",
        [
            P(
                "Ngày 05/11/2026, đoàn kiểm tra của UBND tỉnh Quảng Bình do ông Hoàng Ngọc Đàn, Phó "
                "Giám đốc Sở GD&ĐT làm trưởng đoàn đã về kiểm tra công nhận Trường THCS Nguyễn Trãi "
                "đạt chuẩn quốc gia mức độ 1."
            ),
            Img(
                f"{IMG}/11/kiem-tra-chuan-1.jpg",
                "(Đoàn kiểm tra làm việc với nhà trường)",
                "Đoàn kiểm tra làm việc với nhà trường",
                "next",
            ),
            P(
                "Đoàn đã nghe báo cáo, kiểm tra hồ sơ, cơ sở vật chất, thư viện, phòng học bộ môn "
                "và dự giờ một số tiết dạy."
            ),
            Img(
                f"{IMG}/11/kiem-tra-chuan-2.jpg",
                "(Đoàn kiểm tra thăm phòng học bộ môn Tin học)",
                "Đoàn kiểm tra thăm phòng học bộ môn Tin học",
                "next",
            ),
            P(
                "Kết luận buổi làm việc, trưởng đoàn đánh giá cao sự nỗ lực của tập thể sư phạm và "
                "đề nghị nhà trường tiếp tục đầu tư thiết bị dạy học."
            ),
            SPACER,
        ],
        authors=["Nguyễn Thị Lan"],
        opts={
            "pub": "2026-11-06 08:10",
            "mod": "2026-11-08 11:45",
            "by": "Nguyễn Thị Lan",
            "hits": 1301,
            "featured": True,
            "intro_img": f"{IMG}/11/thumb_kiem-tra-chuan.jpg",
        },
    ),
    Story(
        204,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-ngoai-ngu",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Ngoại ngữ",
        "hdcm",
        "2026-11-02T14:30:00+07:00",
        [
            P(
                "Tổ Ngoại ngữ tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học với tiết dạy "
                "Unit 4 - Tiếng Anh 7.",
                "lead",
            ),
            P(
                "Tiết học được thiết kế theo hướng tăng cường hoạt động giao tiếp; giáo viên dự "
                "giờ tập trung quan sát việc học của học sinh thay vì đánh giá giáo viên dạy."
            ),
            Img(
                f"{IMG}/11/sinh-hoat-ngoai-ngu.jpg",
                "Học sinh lớp 7C thực hành hội thoại theo cặp",
                "Học sinh lớp 7C thực hành hội thoại theo cặp",
                "tbl",
            ),
            P(
                "Sau tiết dạy, tổ thảo luận, phân tích nguyên nhân khó khăn của học sinh và đề xuất "
                "điều chỉnh cho các tiết dạy sau."
            ),
            _right("Người viết: Đặng Thị Thu Trang - Tổ Ngoại ngữ"),
        ],
        authors=["Đặng Thị Thu Trang"],
        summary=(
            "Tổ Ngoại ngữ tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học với tiết dạy "
            "Unit 4 - Tiếng Anh 7."
        ),
        opts={
            "pub": "2026-11-02 14:30",
            "mod": "2026-11-03 08:00",
            "by": "Super User",
            "hits": 402,
            "intro_img": f"{IMG}/11/thumb_sinh-hoat-ngoai-ngu.jpg",
        },
    ),
    Story(
        202,
        "ket-qua-hoi-thi-nghi-thuc-doi-cap-truong",
        "Kết quả Hội thi \u201cNghi thức Đội\u201d cấp trường năm học 2026 - 2027",
        "doan-doi",
        "2026-10-28T16:45:00+07:00",
        [
            P(
                "Chào mừng Ngày Phụ nữ Việt Nam 20/10, Liên đội tổ chức Hội thi \u201cNghi thức Đội\u201d "
                "cấp trường cho các chi đội khối 6, 7 và 8."
            ),
            P("Kết quả chung cuộc:"),
            P("Giải Nhất: Chi đội 8A", "emoji"),
            P("Giải Nhì: Chi đội 7B, Chi đội 6D", "emoji"),
            P("Giải Ba: Chi đội 6A, Chi đội 7C, Chi đội 8E", "emoji"),
            Img(
                f"{IMG}/10/nghi-thuc-doi.jpg",
                "Chi đội 8A biểu diễn nghi thức tại hội thi",
                "Chi đội 8A biểu diễn nghi thức tại hội thi",
                "next",
            ),
            P("Chi đội 8A sẽ đại diện nhà trường tham gia hội thi cấp thị xã vào tháng 12/2026."),
            _right("Liên đội THCS Nguyễn Trãi"),
        ],
        authors=["Liên đội THCS Nguyễn Trãi"],
        opts={
            "pub": "2026-10-28 16:45",
            "mod": "2026-10-30 07:00",
            "by": "Super User",
            "hits": 355,
            "intro_img": f"{IMG}/10/thumb_nghi-thuc-doi.jpg",
        },
    ),
    Story(
        199,
        "trao-hoc-bong-vuot-kho-hoc-gioi-cho-hoc-sinh-co-hoan-canh-kho-khan",
        "Trao học bổng \u201cVượt khó học giỏi\u201d cho học sinh có hoàn cảnh khó khăn",
        "tin-tuc",
        "2026-10-22T10:00:00+07:00",
        [
            P(
                "Sáng 21/10, Hội Khuyến học thị xã Ba Đồn phối hợp với Trường THCS Nguyễn Trãi trao "
                "20 suất học bổng \u201cVượt khó học giỏi\u201d cho học sinh có hoàn cảnh khó khăn."
            ),
            P(
                "Mỗi suất học bổng trị giá 1.000.000 đồng cùng bộ sách giáo khoa và đồ dùng học tập, "
                "do các doanh nghiệp và cựu học sinh của trường tài trợ."
            ),
            Img(
                f"{IMG}/10/hoc-bong.jpg",
                "Đại diện Hội Khuyến học trao học bổng cho các em học sinh",
                "Đại diện Hội Khuyến học trao học bổng cho các em học sinh",
                "tbl",
            ),
            P(
                "Em Nguyễn Thị Ngọc Ánh, lớp 9C, xúc động chia sẻ: \u201cEm sẽ cố gắng học thật tốt "
                "để không phụ lòng thầy cô và các nhà hảo tâm\u201d."
            ),
            _right("Tân Văn"),
            Raw('<p style="text-align: right;"><em>Theo Báo Quảng Bình</em></p>'),
        ],
        authors=["Tân Văn"],
        source="Báo Quảng Bình",
        opts={
            "pub": "2026-10-22 10:00",
            "mod": "2026-10-22 10:00",
            "by": "Super User",
            "hits": 97,
            "intro_img": f"{IMG}/10/thumb_hoc-bong.jpg",
        },
    ),
    Story(
        197,
        "boi-duong-hoc-sinh-gioi-lop-9-cac-mon-van-hoa",
        "Bồi dưỡng học sinh giỏi lớp 9 các môn văn hóa năm học 2026 - 2027",
        "hdcm",
        "2026-10-16T08:00:00+07:00",
        [
            P(
                "Thực hiện kế hoạch năm học, nhà trường thành lập 8 đội tuyển học sinh giỏi lớp 9 "
                "các môn: Toán, Ngữ văn, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử và Địa lý."
            ),
            P("Lịch bồi dưỡng được bố trí vào các buổi chiều trong tuần và sáng Chủ nhật."),
            P(
                "Nhà trường phân công các giáo viên có kinh nghiệm, nhiều năm có học sinh đạt giải "
                "cấp tỉnh trực tiếp bồi dưỡng."
            ),
            P(
                "Phụ huynh học sinh trong đội tuyển được mời họp vào ngày 18/10/2026 để thống nhất "
                "kế hoạch phối hợp."
            ),
        ],
        opts={
            "pub": "2026-10-16 08:00",
            "mod": "2026-10-20 14:22",
            "by": "Super User",
            "hits": 288,
            "intro_img": f"{IMG}/10/thumb_hsg-9.jpg",
        },
    ),
    Story(
        195,
        "kiem-tra-noi-bo-truong-hoc-dot-1-nam-hoc-2026-2027",
        "Kiểm tra nội bộ trường học đợt 1 năm học 2026 - 2027",
        "hdcm",
        "2026-10-09T15:00:00+07:00",
        [
            P(
                "Từ ngày 05 đến 09/10/2026, Ban kiểm tra nội bộ nhà trường tiến hành kiểm tra hoạt "
                "động sư phạm của 10 giáo viên và hồ sơ của 5 tổ chuyên môn."
            ),
            P(
                "Qua kiểm tra, các giáo viên đều thực hiện đúng chương trình, kế hoạch dạy học; hồ "
                "sơ chuyên môn được cập nhật đầy đủ."
            ),
            P(
                "Ban kiểm tra cũng chỉ ra một số hạn chế như việc ứng dụng công nghệ thông tin "
                "chưa đồng đều, việc đánh giá thường xuyên cần ghi nhận xét cụ thể hơn."
            ),
        ],
        authors=["Nguyễn Hữu Phước"],
        opts={
            "pub": "2026-10-09 15:00",
            "mod": "2026-10-09 15:00",
            "by": "Hiệu trưởng Nguyễn Hữu Phước",
            "hits": 176,
            "attach": [("bien-ban-kiem-tra-noi-bo-dot-1.pdf", "86 KB")],
            "intro_img": None,
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
# the Gantry newsflash (#g-expanded) shows the newest featured article's intro
NEWSFLASH_ID = 213


def article_path(story: Story) -> str:
    return f"{CATS[story.cat][2]}/{story.id}-{story.slug}.html"


PRINT_Q = "tmpl=component&print=1&layout=default"
NONSEF = {199: "/index.php?option=com_content&view=article&id=199&catid=8&Itemid=104"}


def _stories_in(cat: str) -> list[Story]:
    """Newest first; "Tin tức" includes its subcategories."""
    if cat == "tin-tuc":
        chosen = [s for s in STORIES if s.cat in ("tin-tuc", "hdcm", "doan-doi")]
    else:
        chosen = [s for s in STORIES if s.cat == cat]
    return sorted(chosen, key=lambda s: s.opts["pub"], reverse=True)


# --- text rendering ------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _img_tag(story: Story, img: Img, extra: str = "") -> str:
    alt = esc(story.title[:40])
    return f'<img src="{img.src}" alt="{alt}" width="600" height="400"{extra} />'


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "full")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "tbl":
                out.append(
                    '<table style="margin-left: auto; margin-right: auto; width: 600px;" border="0" '
                    'cellpadding="2"><tbody><tr><td style="text-align: center;">'
                    f"{_img_tag(story, b)}</td></tr>"
                    f'<tr><td style="text-align: center;"><em><span style="font-size: 10pt;">'
                    f"{_t(story, b.printed or '')}</span></em></td></tr></tbody></table>"
                )
            elif b.style == "next":
                out.append(f'<p style="text-align: center;">{_img_tag(story, b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{_t(story, b.printed)}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(story, b)}</p>')
            i += 1
            continue
        # paragraphs
        if b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(
                        f'<td style="background-color: #dfe9f5;"><strong>{_t(story, c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" '
                f'border="1"><tbody>{"".join(rows)}</tbody></table>'
            )
            continue
        if b.style == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(_t(story, blocks[i].text))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(parts) + "</p>")
            continue
        if b.style == "mso":
            out.append(
                '<p class="MsoListParagraph" style="margin-left: 36pt; text-indent: -18pt; '
                'mso-list: l0 level1 lfo1;"><span style="font-size: 14pt; font-family: \'times new '
                'roman\', times;"><span style="mso-list: Ignore;">-<span style="font: 7pt \'Times New '
                'Roman\';">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
                f"{_t(story, b.text)}<o:p></o:p></span></p>"
            )
        elif b.style == "emoji":
            out.append(
                '<p><img class="emoji" role="img" draggable="false" src="/images/emoji/1f449.png" '
                f'alt="\U0001f449" width="16" height="16" /> {_t(story, b.text)}</p>'
            )
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f"<h4><strong>{_t(story, b.text)}</strong></h4>")
        else:
            out.append(
                '<p style="text-align: justify;"><span style="font-size: 12pt; font-family: arial, '
                f'helvetica, sans-serif;">{_t(story, b.text)}</span></p>'
            )
        i += 1
    return "\n".join(out)


def render_doc_head(story: Story) -> str:
    d = story.opts["doc"]
    return (
        '<table style="width: 100%;" border="0"><tbody><tr>'
        '<td style="width: 42%; text-align: center;">PHÒNG GD&amp;ĐT THỊ XÃ BA ĐỒN<br />'
        "<strong>TRƯỜNG THCS NGUYỄN TRÃI</strong></td>"
        '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
        "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
        f'<tr><td style="text-align: center;">{esc(d["so"])}</td>'
        f'<td style="text-align: right;"><em>{esc(d["place"])}</em></td></tr></tbody></table>\n'
        f'<p style="text-align: center;"><strong>{esc(d["kind"])}</strong><br />'
        f"<strong>{esc(d['subject'])}</strong></p>"
    )


def render_doc_tail(story: Story) -> str:
    d = story.opts["doc"]
    recips = "<br />".join(esc(r) for r in d["recipients"])
    return (
        '<table style="width: 100%;" border="0"><tbody><tr>'
        f'<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
        f'<span style="font-size: 10pt;">{recips}</span></td>'
        f'<td style="text-align: center; vertical-align: top;"><strong>{d["post"]}</strong><br /><br />'
        f"<em>(Đã ký)</em><br /><br /><strong>{esc(d['signer'])}</strong></td>"
        "</tr></tbody></table>"
    )


# --- dates -----------------------------------------------------------------------------------


def joomla_date(stamp: str) -> str:
    """"2026-11-27 14:00" as the vi-VN language pack prints DATE_FORMAT_LC2."""
    when = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return f"{_WEEKDAYS[when.weekday()]}, {when:%d} Tháng {when.month} {when:%Y %H:%M}"


def iso(stamp: str) -> str:
    return _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00+07:00")


def short_date(stamp: str) -> str:
    return _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").strftime("%d/%m/%Y")


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", 101, []),
    (
        "Giới thiệu",
        "/index.php/gioi-thieu.html",
        102,
        [("Giới thiệu chung", "/index.php/gioi-thieu.html", 102),
         ("Cơ cấu tổ chức", "/index.php/gioi-thieu/co-cau-to-chuc.html", 103)],
    ),
    (
        "Tin tức",
        "/index.php/tin-tuc.html",
        104,
        [("Hoạt động chuyên môn", "/index.php/tin-tuc/hoat-dong-chuyen-mon.html", 105),
         ("Đoàn - Đội", "/index.php/tin-tuc/doan-doi.html", 106)],
    ),
    ("Thông báo", "/index.php/thong-bao.html", 107, []),
    ("Văn bản", "/index.php/van-ban.html", 108, []),
    (
        "Thư viện",
        "#",
        109,
        [("Thư viện ảnh", "/index.php/thu-vien-anh/5-le-khai-giang-nam-hoc-2026-2027.html", 110),
         ("Video clip", "/index.php/video/3-van-nghe-chao-mung-ngay-nha-giao-viet-nam.html", 111)],
    ),
    ("Liên hệ", "/index.php/lien-he.html", 112, []),
]


def _menu(active: int) -> str:
    items = []
    for title, href, itemid, children in MENU:
        cls = f"g-menu-item g-menu-item-type-component g-menu-item-{itemid}"
        if children:
            cls += " g-parent g-standard g-menu-item-link-parent"
        if itemid == active or any(c[2] == active for c in children):
            cls += " active"
        sub = ""
        if children:
            lis = "".join(
                f'<li class="g-menu-item g-menu-item-type-component g-menu-item-{cid}">'
                f'<a class="g-menu-item-container" href="{chref}"><span class="g-menu-item-content">'
                f'<span class="g-menu-item-title">{esc(ctitle)}</span></span></a></li>'
                for ctitle, chref, cid in children
            )
            sub = (
                '<ul class="g-dropdown g-inactive g-fade g-dropdown-right"><li class="g-dropdown-column">'
                '<div class="g-grid"><div class="g-block size-100"><ul class="g-sublevel">'
                '<li class="g-level-1 g-go-back"><a class="g-menu-item-container" href="#" '
                'data-g-menuparent=""><span>Back</span></a></li>'
                f"{lis}</ul></div></div></li></ul>"
            )
        indicator = '<span class="g-menu-parent-indicator" data-g-menuparent=""></span>' if children else ""
        items.append(
            f'<li class="{cls}"><a class="g-menu-item-container" href="{href}"><span class="g-menu-item-content">'
            f'<span class="g-menu-item-title">{esc(title)}</span></span>{indicator}</a>{sub}</li>'
        )
    return f'<nav class="g-main-nav" data-g-hover-expand="true"><ul class="g-toplevel">{"".join(items)}</ul></nav>'


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    lis = ['<li>Bạn đang ở: &#160;</li>']
    full = [("Trang chủ", "/"), *trail]
    for pos, (label, href) in enumerate(full, 1):
        if href and pos < len(full):
            lis.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
                f'<meta itemprop="position" content="{pos}"></li>'
            )
        else:
            lis.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">'
                f'<span itemprop="name">{esc(label)}</span><meta itemprop="position" content="{pos}"></li>'
            )
    return (
        '<div class="moduletable "><ul itemscope itemtype="https://schema.org/BreadcrumbList" '
        f'class="breadcrumb">{"".join(lis)}</ul></div>'
    )


def _aside() -> str:
    notices = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{article_path(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a> <span class="tb-ngay">({short_date(s.opts["pub"])})</span></li>'
        for s in _stories_in("thong-bao")
    )
    popular = sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:5]
    pop = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{article_path(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in popular
    )
    return (
        '<div class="moduletable tb-moi"><h3 class="g-title">Thông báo mới</h3>'
        f'<ul class="latestnews mod-list">{notices}</ul></div>'
        '<div class="moduletable"><h3 class="g-title">Đọc nhiều nhất</h3>'
        f'<ul class="mostread mod-list">{pop}</ul></div>'
        '<div class="moduletable"><h3 class="g-title">Tìm kiếm</h3>'
        '<div class="search"><form action="/index.php/tin-tuc.html" method="post" class="form-inline" role="search">'
        '<label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> '
        '<input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query input-medium" '
        'type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" />'
        '<input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="104" />'
        "</form></div></div>"
        '<div class="moduletable"><h3 class="g-title">Thư viện ảnh</h3><div class="custom">'
        '<p><a href="/index.php/thu-vien-anh/5-le-khai-giang-nam-hoc-2026-2027.html">'
        '<img src="/images/thu-vien-anh/khai-giang/thumb_01.jpg" alt="Lễ khai giảng" width="260" height="170" /></a></p>'
        '<p><a href="/index.php/video/3-van-nghe-chao-mung-ngay-nha-giao-viet-nam.html">'
        "Video: Văn nghệ chào mừng Ngày Nhà giáo Việt Nam</a></p></div></div>"
        '<div class="moduletable"><h3 class="g-title">Liên kết website</h3><div class="custom"><ul>'
        '<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://sgd.quangbinh.gov.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Quảng Bình</a></li>'
        '<li><a href="https://baquangbinh.vn" target="_blank" rel="noopener">Báo Quảng Bình</a></li>'
        '<li><a href="https://www.facebook.com/thcsnguyentraibadon" target="_blank" rel="noopener">Fanpage nhà trường</a></li>'
        "</ul></div></div>"
        '<div class="moduletable"><h3 class="g-title">Thăm dò ý kiến</h3>'
        '<form action="/index.php/component/jxpoll/vote.html" method="post" name="jxpoll_form1">'
        "<p>Bạn đánh giá thế nào về website nhà trường?</p>"
        '<label><input type="radio" name="voteid" value="1" /> Rất hữu ích</label><br />'
        '<label><input type="radio" name="voteid" value="2" /> Hữu ích</label><br />'
        '<label><input type="radio" name="voteid" value="3" /> Cần cải thiện</label><br />'
        '<input type="hidden" name="id" value="1" /><input type="submit" class="btn" value="Bình chọn" /></form></div>'
        '<div class="moduletable"><h3 class="g-title">Thống kê truy cập</h3>'
        '<div class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/tbl_online.png" alt="" /> Đang online</td><td>14</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/vtoday.png" alt="" /> Hôm nay</td><td>362</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/vall.png" alt="" /> Tổng truy cập</td><td>1.254.789</td></tr>'
        "</tbody></table></div></div>"
    )


def _newsflash() -> str:
    s = BY_ID[NEWSFLASH_ID]
    first = next(b for b in s.blocks if isinstance(b, P))
    return (
        '<section id="g-expanded"><div class="g-container"><div class="g-grid"><div class="g-block size-100">'
        '<div class="g-content"><div class="moduletable "><h3 class="g-title">Tin nổi bật</h3>'
        '<div class="newsflash"><h4 class="newsflash-title">'
        f'<a href="{article_path(s)}">{esc(s.title)}</a></h4>'
        f'<img src="{s.opts["intro_img"]}" alt="" />'
        f"<p>{esc(first.text)}</p>"
        f'<a class="readmore" href="{article_path(s)}">Đọc thêm...</a></div></div></div></div></div></div></section>'
    )


def page(request: Request, title: str, content: str, crumbs: list, active: int, body_cls: str,
         newsflash: bool = True) -> Response:
    base = base_url(request)
    doc = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta charset="utf-8" />
<base href="{esc(base + request.target)}" />
<meta name="keywords" content="THCS Nguyễn Trãi, Ba Đồn, Quảng Bình, giáo dục" />
<meta name="description" content="Cổng thông tin điện tử Trường THCS Nguyễn Trãi - thị xã Ba Đồn - tỉnh Quảng Bình" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)} - {SITE}</title>
<link href="/templates/g5_helium/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/gantry5/assets/css/font-awesome.min.css" rel="stylesheet" />
<link href="/templates/g5_helium/custom/css-compiled/helium_12.css" rel="stylesheet" />
<link href="/templates/g5_helium/custom/css-compiled/custom_12.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?8c2b5a1d"></script>
<script src="/media/system/js/caption.js?8c2b5a1d"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="gantry site com_content {body_cls} no-task dir-ltr itemid-{active} outline-12 g-offcanvas-left g-default g-style-preset1">
<div id="g-offcanvas" data-g-offcanvas-swipe="1" data-g-offcanvas-css3="1"><div class="g-grid"><div class="g-block size-100">
<div id="mobile-menu-5697-particle" class="g-content g-particle"><div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div></div>
</div></div></div>
<div id="g-page-surround">
<div class="g-offcanvas-hide g-offcanvas-toggle" role="navigation" data-offcanvas-toggle aria-controls="g-offcanvas" aria-expanded="false"><i class="fa fa-fw fa-bars"></i></div>
<section id="g-top"><div class="g-container"><div class="g-grid">
<div class="g-block size-50"><div class="g-content g-particle"><div class="g-date"><span>{TODAY_LINE}</span></div></div></div>
<div class="g-block size-50"><div class="g-content g-particle"><div class="g-social">Đường dây nóng: 0232 3512 468 · <a href="https://www.facebook.com/thcsnguyentraibadon" target="_blank"><span class="fa fa-facebook"></span></a></div></div></div>
</div></div></section>
<section id="g-navigation"><div class="g-container"><div class="g-grid">
<div class="g-block size-20"><div id="logo-9608-particle" class="g-content g-particle"><a href="/" target="_self" title="Trường THCS Nguyễn Trãi" aria-label="Trường THCS Nguyễn Trãi" rel="home" class="g-logo">
<img src="/images/logo/logo-nguyentrai.png" alt="Trường THCS Nguyễn Trãi" /></a></div></div>
<div class="g-block size-80"><div id="menu-6409-particle" class="g-content g-particle">{_menu(active)}</div></div>
</div></div></section>
<header id="g-header"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle">
<div class="tieude-truong"><span class="dvcq">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BA ĐỒN</span><h1 class="tentruong">TRƯỜNG THCS NGUYỄN TRÃI</h1></div>
</div></div></div></div></header>
<section id="g-intro"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content">
<div class="platform-content">{_crumbs(crumbs)}</div></div></div></div></div></section>
<section id="g-container-main" class="g-wrapper"><div class="g-container"><div class="g-grid">
<div class="g-block size-70"><main id="g-mainbar"><div class="g-grid"><div class="g-block size-100"><div class="g-content">
<div class="platform-content row-fluid"><div class="span12">
{content}
</div></div>
</div></div></div></main></div>
<div class="g-block size-30"><aside id="g-aside"><div class="g-grid"><div class="g-block size-100"><div class="g-content">
{_aside()}
</div></div></div></aside></div>
</div></div></section>
{_newsflash() if newsflash else ""}
<footer id="g-footer"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle">
<div class="chan-trang"><p><strong>TRƯỜNG THCS NGUYỄN TRÃI - THỊ XÃ BA ĐỒN - TỈNH QUẢNG BÌNH</strong></p>
<p>Địa chỉ: Tổ dân phố 3, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình</p>
<p>Điện thoại: 0232 3512 468 - Email: <a href="mailto:thcsnguyentrai.badon@quangbinh.edu.vn">thcsnguyentrai.badon@quangbinh.edu.vn</a></p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Hữu Phước - Hiệu trưởng</p></div>
</div></div></div></div></footer>
<section id="g-copyright"><div class="g-container"><div class="g-grid">
<div class="g-block size-60"><div class="g-content g-particle">&copy; 2016 - 2026 Trường THCS Nguyễn Trãi. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div></div>
<div class="g-block size-40"><div class="g-content g-particle"><div class="g-branding"><a href="http://www.gantry.org/" title="Gantry Framework" class="g-powered-by">Powered by <span class="hidden">Gantry Framework</span></a></div>
<div class="totop g-particle"><div class="g-totop"><a href="#" id="g-totop" rel="nofollow">Lên đầu trang <i class="fa fa-chevron-up"></i></a></div></div></div></div>
</div></div></section>
</div>
<script src="/media/gantry5/engines/nucleus/js/nucleus.js"></script>
<script src="/templates/g5_helium/js/main.js"></script>
</body>
</html>
"""
    return html(doc)


# --- article ---------------------------------------------------------------------------------


def _mail_hash(request: Request, story: Story) -> str:
    """Joomla 3.9's MailtoHelper::addLink: the sha1 of the article's absolute URL."""
    return hashlib.sha1((base_url(request) + article_path(story)).encode()).hexdigest()


def _mailto_link(request: Request, story: Story) -> str:
    link = _mail_hash(request, story)
    return f"/index.php/component/mailto/?tmpl=component&amp;template=g5_helium&amp;link={link}"


def _by_line(story: Story) -> str:
    by = story.opts.get("by")
    if not by:
        return ""
    return (
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span class="icon-user" aria-hidden="true"></span> Viết bởi <span itemprop="name">{esc(by)}</span></dd>'
    )


def _trail(story: Story) -> list[tuple[str, str | None]]:
    name, blog, _, _, _ = CATS[story.cat]
    trail: list[tuple[str, str | None]] = []
    if story.cat in ("hdcm", "doan-doi"):
        trail.append(("Tin tức", CATS["tin-tuc"][1]))
    trail.append((name, blog))
    trail.append((story.title, None))
    return trail


def article_html(request: Request, story: Story, printing: bool) -> str:
    name, blog, _, _, _ = CATS[story.cat]
    path = article_path(story)
    title = _t(story, story.title)
    full = next((b for b in story.blocks if isinstance(b, Img) and b.style == "full"), None)
    icons = ""
    if printing:
        icons = (
            '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;">'
            '<span class="icon-print" aria-hidden="true"></span> In</a></div>'
        )
    else:
        icons = (
            '<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" '
            'id="dropdownMenuButton-{0}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" '
            'aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>'
            '<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{0}">'
            '<li class="print-icon"><a href="{1}?{2}" title="In bài viết &lt; {3} &gt;" '
            "onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,"
            "resizable=yes,width=640,height=480,directories=no,location=no'); return false;\" rel=\"nofollow\">"
            '<span class="icon-print" aria-hidden="true"></span> In</a></li>'
            '<li class="email-icon"><a href="{4}" title="Gửi email liên kết này cho bạn bè" '
            "onclick=\"window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;\" "
            'rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Email</a></li></ul></div></div>'
        ).format(story.id, path, PRINT_Q.replace("&", "&amp;"), esc(story.title), _mailto_link(request, story))
    info = (
        '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
        f"{_by_line(story)}"
        '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: '
        f'<a href="{blog}" itemprop="genre">{esc(name)}</a></dd>'
        '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> '
        f'<time datetime="{iso(story.opts["pub"])}" itemprop="datePublished">Ngày đăng: {joomla_date(story.opts["pub"])}</time></dd>'
        f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> '
        f'<meta itemprop="interactionCount" content="UserPageVisits:{story.opts["hits"]}" />Lượt xem: {story.opts["hits"]}</dd></dl>'
    )
    image = ""
    if full:
        image = (
            f'<div class="pull-none item-image"><img class="caption" title="{esc(full.printed or "")}" '
            f'src="{full.src}" alt="{esc(story.title)}" itemprop="image"/></div>'
        )
    body = render_blocks(story)
    if "doc" in story.opts:
        body = render_doc_head(story) + "\n" + body + "\n" + render_doc_tail(story)
    modified = (
        '<dl class="article-info muted"><dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> '
        f'<time datetime="{iso(story.opts["mod"])}" itemprop="dateModified">Cập nhật lần cuối: '
        f"{joomla_date(story.opts['mod'])}</time></dd></dl>"
    )
    attach = ""
    if story.opts.get("attach"):
        rows = "".join(
            f'<tr class="odd"><td class="at_filename"><a class="at_icon" href="/images/attachments/{fn}">'
            f'<img src="/media/attachments/icons/pdf.gif" alt="" /></a>&nbsp;<a class="at_url" href="/images/attachments/{fn}">{fn}</a></td>'
            f'<td class="at_file_size">{size}</td></tr>'
            for fn, size in story.opts["attach"]
        )
        attach = (
            f'<div class="attachmentsContainer"><div class="attachmentsList" id="attachmentsList_com_content_default_{story.id}">'
            f'<table><caption>Tệp đính kèm:</caption><tbody>{rows}</tbody></table></div></div>'
        )
    extras = ""
    if not printing:
        same = _stories_in(story.cat) if story.cat != "tin-tuc" else [s for s in STORIES if s.cat == "tin-tuc"]
        same = sorted(same, key=lambda s: s.opts["pub"], reverse=True)
        idx = same.index(story)
        nav = []
        if idx > 0:
            p = same[idx - 1]
            nav.append(
                f'<li class="previous"><a class="hasTooltip" title="{esc(p.title)}" aria-label="Bài trước: {esc(p.title)}" '
                f'href="{article_path(p)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> '
                '<span aria-hidden="true">Trước</span></a></li>'
            )
        if idx < len(same) - 1:
            n = same[idx + 1]
            nav.append(
                f'<li class="next"><a class="hasTooltip" title="{esc(n.title)}" aria-label="Bài tiếp theo: {esc(n.title)}" '
                f'href="{article_path(n)}" rel="next"><span aria-hidden="true">Tiếp</span> '
                '<span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
            )
        related = [s for s in same if s is not story][:3]
        rel = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">({short_date(s.opts["pub"])})</span></li>'
            for s in related
        )
        extras = (
            f'<ul class="pager pagenav">{"".join(nav)}</ul>'
            '<div class="moduletable baiviet-lienquan"><h3 class="g-title">Bài viết liên quan</h3>'
            f'<ul class="relateditems mod-list">{rel}</ul></div>'
        )
    return (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
        '<meta itemprop="inLanguage" content="vi-VN" />'
        f'<div class="page-header"><h2 itemprop="headline">{title}</h2></div>'
        f"{icons}{info}{image}"
        f'<div itemprop="articleBody">\n{body}\n</div>'
        f"{modified}{attach}{extras}</div>"
    )


def article_page(request: Request, story: Story) -> Response:
    content = article_html(request, story, printing=False)
    itemid = CATS[story.cat][3]
    return page(request, story.title, content, _trail(story), itemid, "view-article")


def print_page(request: Request, story: Story) -> Response:
    content = article_html(request, story, printing=True)
    doc = (
        '<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head><meta charset="utf-8" />'
        f'<meta name="robots" content="noindex, nofollow" /><title>{esc(story.title)} - {SITE}</title>'
        '<link href="/templates/g5_helium/custom/css-compiled/helium_12.css" rel="stylesheet" /></head>'
        f'<body class="contentpane modal"><div id="system-message-container"></div>{content}</body></html>'
    )
    return html(doc)


# --- listings ---------------------------------------------------------------------------------


def _item(story: Story, leading: bool) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    thumb = ""
    if story.opts.get("intro_img"):
        thumb = (
            f'<div class="pull-left item-image"><a href="{article_path(story)}">'
            f'<img src="{story.opts["intro_img"]}" alt="" itemprop="thumbnailUrl"/></a></div>'
        )
    name = CATS[story.cat][0]
    return (
        f'<div class="page-header"><h2 itemprop="name"><a href="{article_path(story)}" itemprop="url">'
        f"{_t(story, story.title)}</a></h2></div>"
        '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
        f'<dd class="category-name">Danh mục: <a href="{CATS[story.cat][1]}">{esc(name)}</a></dd>'
        f'<dd class="published"><time datetime="{iso(story.opts["pub"])}">Ngày đăng: {joomla_date(story.opts["pub"])}</time></dd></dl>'
        f"{thumb}<p>{_t(story, first.text)}</p>"
        f'<p class="readmore"><a class="btn" href="{article_path(story)}" itemprop="url" '
        f'aria-label="Đọc thêm: {esc(story.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> '
        f"Đọc thêm: {esc(story.title[:40])}...</a></p>"
    )


def blog_page(request: Request, cat: str, start: int) -> Response | None:
    name, blog, _, itemid, per = CATS[cat]
    items = _stories_in(cat)
    if start < 0 or start % per or (start and start >= len(items)):
        return None
    chunk = items[start : start + per]
    n_leading = 2 if cat == "tin-tuc" else 1
    lead = "".join(
        f'<div class="leading-{i}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{_item(s, True)}</div>'
        for i, s in enumerate(chunk[:n_leading])
    )
    rows = []
    rest = chunk[n_leading:]
    for r in range(0, len(rest), 2):
        cols = "".join(
            f'<div class="span6"><div class="item column-{c + 1}" itemprop="blogPost" itemscope '
            f'itemtype="https://schema.org/BlogPosting">{_item(s, False)}</div></div>'
            for c, s in enumerate(rest[r : r + 2])
        )
        rows.append(f'<div class="items-row cols-2 row-{r // 2} row-fluid clearfix">{cols}</div>')
    more = ""
    if cat == "tin-tuc":
        nxt = items[start + per : start + per + 2]
        if nxt:
            more = (
                '<div class="items-more"><h3>Các bài viết khác</h3><ol class="nav nav-tabs nav-stacked">'
                + "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in nxt)
                + "</ol></div>"
            )
    pages = (len(items) + per - 1) // per
    pager = ""
    if pages > 1:
        cur = start // per + 1

        def href(n: int) -> str:
            return blog if n == 1 else f"{blog}?start={(n - 1) * per}"

        lis = []
        lis.append(
            f'<li class="pagination-start"><a title="Bắt đầu" href="{href(1)}" class="hasTooltip pagenav">Bắt đầu</a></li>'
            if cur > 1 else '<li class="pagination-start"><span class="pagenav">Bắt đầu</span></li>'
        )
        lis.append(
            f'<li class="pagination-prev"><a title="Trước" href="{href(cur - 1)}" class="hasTooltip pagenav">Trước</a></li>'
            if cur > 1 else '<li class="pagination-prev"><span class="pagenav">Trước</span></li>'
        )
        for n in range(1, pages + 1):
            lis.append(
                f'<li><span class="pagenav">{n}</span></li>' if n == cur
                else f'<li><a href="{href(n)}" class="pagenav">{n}</a></li>'
            )
        lis.append(
            f'<li class="pagination-next"><a title="Tiếp" href="{href(cur + 1)}" class="hasTooltip pagenav">Tiếp</a></li>'
            if cur < pages else '<li class="pagination-next"><span class="pagenav">Tiếp</span></li>'
        )
        lis.append(
            f'<li class="pagination-end"><a title="Cuối" href="{href(pages)}" class="hasTooltip pagenav">Cuối</a></li>'
            if cur < pages else '<li class="pagination-end"><span class="pagenav">Cuối</span></li>'
        )
        pager = (
            f'<div class="pagination"><p class="counter pull-right">Trang {cur} / {pages}</p>'
            f'<ul>{"".join(lis)}</ul></div>'
        )
    subs = ""
    if cat == "tin-tuc":
        subs = (
            '<div class="cat-children"><h3>Danh mục con</h3>'
            f'<div class="first"><h3 class="page-header item-title"><a href="{CATS["hdcm"][1]}">Hoạt động chuyên môn</a> '
            f'<span class="badge badge-info tip hasTooltip" title="Số bài viết:">{len(_stories_in("hdcm"))}</span></h3></div>'
            f'<div class="last"><h3 class="page-header item-title"><a href="{CATS["doan-doi"][1]}">Đoàn - Đội</a> '
            f'<span class="badge badge-info tip hasTooltip" title="Số bài viết:">{len(_stories_in("doan-doi"))}</span></h3></div></div>'
        )
    content = (
        f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h2>{esc(name)}</h2></div>'
        f'<div class="items-leading clearfix">{lead}</div>{"".join(rows)}{more}{subs}{pager}</div>'
    )
    trail: list[tuple[str, str | None]] = []
    if cat in ("hdcm", "doan-doi"):
        trail.append(("Tin tức", CATS["tin-tuc"][1]))
    trail.append((name, None))
    return page(request, name, content, trail, itemid, "view-category layout-blog")


def home_page(request: Request) -> Response:
    featured = [s for s in _stories_in("tin-tuc") if s.opts.get("featured")]
    feat = "".join(
        f'<div class="items-row cols-1 row-{i} row-fluid"><div class="span12"><div class="item column-1" '
        f'itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{_item(s, False)}</div></div></div>'
        for i, s in enumerate(featured)
    )
    latest = _stories_in("tin-tuc")[:5]
    arr = "".join(
        f'<div class="g-grid"><div class="g-block"><div class="g-content"><div class="g-array-item">'
        f'<div class="g-array-item-image"><a href="{article_path(s)}"><img src="{s.opts["intro_img"]}" width="300" height="200" alt="" /></a></div>'
        f'<div class="g-array-item-title"><h3 class="g-item-title"><a href="{article_path(s)}">{_t(s, s.title)}</a></h3></div>'
        f'<div class="g-array-item-details"><span class="g-array-item-date"><i class="fa fa-clock-o" aria-hidden="true"></i>'
        f'{short_date(s.opts["pub"])}</span><span class="g-array-item-category"><i class="fa fa-folder-open" aria-hidden="true"></i>'
        f"{esc(CATS[s.cat][0])}</span></div></div></div></div></div>"
        for s in latest
    )
    content = (
        '<div class="g-content-array g-joomla-articles"><h2 class="g-title">Tin mới</h2>'
        f"{arr}</div>"
        f'<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><h2 class="g-title">Tin nổi bật</h2>{feat}</div>'
    )
    return page(request, "Trang chủ", content, [], 101, "view-featured")


# --- non-article pages ------------------------------------------------------------------------

NON_ARTICLE_PAGES: dict[str, tuple[str, list, int, str]] = {}


def _single(title: str, body: str) -> str:
    return (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
        f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>'
        f'<div itemprop="articleBody">{body}</div></div>'
    )


NON_ARTICLE_PAGES["/index.php/gioi-thieu.html"] = (
    "Giới thiệu chung",
    [("Giới thiệu chung", None)],
    102,
    _single(
        "Giới thiệu chung về Trường THCS Nguyễn Trãi",
        '<p style="text-align: justify;">Trường THCS Nguyễn Trãi được thành lập năm 1994 trên cơ sở tách ra từ '
        "Trường PTCS Ba Đồn. Trải qua hơn 30 năm xây dựng và phát triển, nhà trường luôn là lá cờ đầu của "
        "ngành giáo dục thị xã Ba Đồn.</p>"
        '<p style="text-align: justify;">Năm học 2026 - 2027, trường có 24 lớp với 912 học sinh, 52 cán bộ, '
        "giáo viên, nhân viên; 100% giáo viên đạt chuẩn và trên chuẩn đào tạo.</p>"
        '<p style="text-align: center;"><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="Toàn cảnh trường" /></p>',
    ),
)
NON_ARTICLE_PAGES["/index.php/gioi-thieu/co-cau-to-chuc.html"] = (
    "Cơ cấu tổ chức",
    [("Giới thiệu", "/index.php/gioi-thieu.html"), ("Cơ cấu tổ chức", None)],
    103,
    _single(
        "Cơ cấu tổ chức",
        '<table class="table table-bordered" border="1"><tbody>'
        "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>"
        "<tr><td>Nguyễn Hữu Phước</td><td>Hiệu trưởng</td><td>0912 345 678</td></tr>"
        "<tr><td>Phan Thị Minh Nguyệt</td><td>Phó Hiệu trưởng</td><td>0913 456 789</td></tr>"
        "<tr><td>Phan Văn Đức</td><td>Tổ trưởng tổ Khoa học tự nhiên</td><td>0914 567 890</td></tr>"
        "<tr><td>Võ Thị Hằng</td><td>Tổ trưởng tổ Ngữ văn</td><td>0915 678 901</td></tr>"
        "</tbody></table>",
    ),
)
NON_ARTICLE_PAGES["/index.php/lien-he.html"] = (
    "Liên hệ",
    [("Liên hệ", None)],
    112,
    '<div class="contact" itemscope itemtype="https://schema.org/Organization"><div class="page-header"><h2>'
    '<span class="contact-name" itemprop="name">Trường THCS Nguyễn Trãi</span></h2></div>'
    '<h3>Thông tin liên hệ</h3><dl class="contact-address dl-horizontal" itemprop="address" itemscope '
    'itemtype="https://schema.org/PostalAddress"><dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>'
    '<dd><span class="contact-street" itemprop="streetAddress">Tổ dân phố 3, phường Ba Đồn</span></dd>'
    '<dd><span class="contact-suburb" itemprop="addressLocality">Thị xã Ba Đồn, tỉnh Quảng Bình</span></dd></dl>'
    '<dl class="contact-address dl-horizontal"><dt>Điện thoại:</dt><dd><span class="contact-telephone" itemprop="telephone">0232 3512 468</span></dd></dl>'
    '<h3>Gửi thư liên hệ</h3><form id="contact-form" action="/index.php/lien-he.html" method="post" class="form-validate form-horizontal well">'
    '<fieldset><legend>Gửi email.</legend><div class="control-group"><label for="jform_contact_name">Họ tên *</label>'
    '<input type="text" name="jform[contact_name]" id="jform_contact_name" required /></div>'
    '<div class="control-group"><label for="jform_contact_message">Nội dung *</label>'
    '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea></div>'
    '<button class="btn btn-primary validate" type="submit">Gửi email</button>'
    '<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />'
    "</fieldset></form></div>",
)
DOCS = [
    (12, "ke-hoach-nam-hoc-2026-2027", "112/KH-THCSNT", "15/09/2026", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027"),
    (11, "quy-che-chi-tieu-noi-bo-nam-2026", "45/QC-THCSNT", "10/01/2026", "Quy chế chi tiêu nội bộ năm 2026"),
]


def _doc_page(doc_id: int, alias: str, so: str, day: str, title: str, kind: str, signer: str) -> tuple:
    return (
        title,
        [("Văn bản", "/index.php/van-ban.html"), (title, None)],
        108,
        '<div id="edocman-document-page" class="edocman-container">'
        f'<h1 class="edocman-page-heading">{esc(title)}</h1>'
        '<table class="table table-bordered table-striped edocman-document-details"><tbody>'
        f'<tr><td class="edocman-label">Số/Ký hiệu</td><td>{esc(so)}</td></tr>'
        f'<tr><td class="edocman-label">Ngày ban hành</td><td>{day}</td></tr>'
        f'<tr><td class="edocman-label">Loại văn bản</td><td>{esc(kind)}</td></tr>'
        f'<tr><td class="edocman-label">Người ký</td><td>{esc(signer)}</td></tr>'
        f'<tr><td class="edocman-label">Trích yếu</td><td>{esc(title)} của Trường THCS Nguyễn Trãi</td></tr>'
        "</tbody></table>"
        f'<a class="btn btn-primary edocman-download-btn" href="/images/van-ban/{alias}.pdf">'
        '<i class="edicon edicon-cloud-download"></i> Tải về</a></div>',
    )


for _id, _alias, _so, _day, _title in DOCS:
    NON_ARTICLE_PAGES[f"/index.php/van-ban/{_id}-{_alias}.html"] = _doc_page(
        _id, _alias, _so, _day, _title, _title.split()[0] + " " + _title.split()[1].lower(), "Nguyễn Hữu Phước"
    )
NON_ARTICLE_PAGES["/index.php/thu-vien-anh/5-le-khai-giang-nam-hoc-2026-2027.html"] = (
    "Lễ khai giảng năm học 2026 - 2027",
    [("Thư viện ảnh", None)],
    110,
    '<div id="phocagallery" class="pg-category-view"><div class="ph-top"></div><h1 class="ph-header">Lễ khai giảng năm học 2026 - 2027</h1>'
    + "".join(
        f'<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1"><a class="pg-modal-button" '
        f'href="/images/phocagallery/khai-giang/{n:02d}.jpg"><img src="/images/phocagallery/khai-giang/thumbs/phoca_thumb_m_{n:02d}.jpg" '
        f'alt="Khai giảng {n}" class="pg-image" /></a></div><div class="pg-cv-name">Khai giảng {n}</div></div>'
        for n in range(1, 7)
    )
    + "</div>",
)
NON_ARTICLE_PAGES["/index.php/video/3-van-nghe-chao-mung-ngay-nha-giao-viet-nam.html"] = (
    "Văn nghệ chào mừng Ngày Nhà giáo Việt Nam",
    [("Video clip", None)],
    111,
    '<div class="allvideoshare"><div class="page-header"><h2>Văn nghệ chào mừng Ngày Nhà giáo Việt Nam</h2></div>'
    '<div class="avs-player"><iframe width="560" height="315" src="https://www.youtube.com/embed/Xk2nT7qPz4E" '
    'frameborder="0" allowfullscreen></iframe></div><p class="avs-views">Lượt xem: 812</p></div>',
)


def van_ban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="/index.php/van-ban/{i}-{a}.html">{esc(so)}</a></td><td>{d}</td><td>{esc(t)}</td>'
        f'<td><a href="/images/van-ban/{a}.pdf"><i class="edicon edicon-file-pdf"></i></a></td></tr>'
        for i, a, so, d, t in DOCS
    )
    content = (
        '<div id="edocman-category-page"><h1 class="edocman-page-heading">Văn bản</h1>'
        '<table class="table table-striped"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )
    return page(request, "Văn bản", content, [("Văn bản", None)], 108, "view-category")


def mailto_page(request: Request) -> Response | None:
    params = request.params
    if params.get("tmpl") != "component" or "link" not in params:
        return None
    story = next((s for s in STORIES if _mail_hash(request, s) == params["link"]), None)
    if story is None:
        return None
    doc = (
        '<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />'
        f"<title>{SITE}</title></head><body class=\"contentpane modal\">"
        '<div id="mailto-window"><h2>Gửi email liên kết này cho bạn bè.</h2>'
        '<div class="mailto-close"><a href="javascript: void window.close()" title="Đóng cửa sổ"><span>Đóng cửa sổ</span></a></div>'
        '<form action="/index.php/component/mailto/?task=send" method="post" class="form-validate form-horizontal">'
        '<div class="control-group"><label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" /></div>'
        '<div class="control-group"><label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" /></div>'
        '<div class="control-group"><label for="subject_field">Tiêu đề</label>'
        f'<input type="text" id="subject_field" name="subject" value="{esc(story.title)}" /></div>'
        f'<input type="hidden" name="link" value="{esc(params["link"])}" />'
        '<button class="btn btn-primary" type="submit">Gửi</button> <button class="btn" onclick="window.close();return false;">Hủy</button>'
        "</form></div></body></html>"
    )
    return html(doc)


# --- the site ---------------------------------------------------------------------------------


class Gantry5Joomla3Site:
    def __init__(self) -> None:
        self.articles = {article_path(s): s for s in STORIES}
        self.nonsef = {target: BY_ID[i] for i, target in NONSEF.items()}
        self.blogs = {CATS[c][1]: c for c in CATS}

    def respond(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path.startswith(("/images/", "/media/", "/templates/", "/modules/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home_page(request) if not query else None
        if path == "/index.php":
            if not query:
                return redirect("/", 301)
            story = self.nonsef.get(request.target)
            return article_page(request, story) if story else None
        if path == "/index.php/component/mailto/":
            return mailto_page(request)
        story = self.articles.get(path)
        if story is not None:
            if not query:
                return article_page(request, story)
            if query == PRINT_Q:
                return print_page(request, story)
            return None
        cat = self.blogs.get(path)
        if cat is not None:
            if not query:
                return blog_page(request, cat, 0)
            m = re.fullmatch(r"start=(\d+)", query)
            return blog_page(request, cat, int(m.group(1))) if m else None
        if query:
            return None
        if path == "/index.php/van-ban.html":
            return van_ban_list(request)
        if path in NON_ARTICLE_PAGES:
            title, trail, itemid, content = NON_ARTICLE_PAGES[path]
            return page(request, title, content, trail, itemid, "view-article")
        return None


def build_site() -> Gantry5Joomla3Site:
    return Gantry5Joomla3Site()


CATEGORY_NAMES = {key: value[0] for key, value in CATS.items()}


def _gold(story: Story) -> dict:
    path = article_path(story)
    alts = [f"{path}?{PRINT_Q}"]
    if story.id in NONSEF:
        alts.append(NONSEF[story.id])
    return gold_record(story, path, CATEGORY_NAMES[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/index.php/gioi-thieu.html",
    "/index.php/gioi-thieu/co-cau-to-chuc.html",
    "/index.php/lien-he.html",
    "/index.php/van-ban/12-ke-hoach-nam-hoc-2026-2027.html",
    "/index.php/thu-vien-anh/5-le-khai-giang-nam-hoc-2026-2027.html",
    "/index.php/video/3-van-nghe-chao-mung-ngay-nha-giao-viet-nam.html",
]
