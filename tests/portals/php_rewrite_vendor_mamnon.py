"""Trường Mầm non Hoa Sen (thành phố Thái Bình) on a local web company's home-made PHP product.

Platform: "TBSoft eSchool 3.2", a PHP school website sold by a small Thái Bình web company to
many kindergartens of the province: Apache mod_rewrite URLs, jQuery 1.8 (cycle slider, lazyload,
tabs), a table-free but div-soup layout (``#col_left`` / ``#col_center`` / ``#col_right``) and the
company's own WYSIWYG ("HSEditor") that writes every line of text as a ``<div>``.

URL scheme (the rewrite rules route on the trailing number only):
- ``/`` home: slider (3 newest), "Tin mới" box (5 newest), one block per category (2 newest);
- ``/tin-tuc/<slug>-<id>.html`` a post (``RewriteRule ^tin-tuc/(.*)-([0-9]+)\\.html$``: any slug
  with a known id serves the post);
- ``/danh-muc/<slug>/trang-<N>.html`` a category listing, 3 posts a page;
- ``/gioi-thieu/<slug>.html`` fixed pages; ``/thu-vien-anh.html`` album index;
  ``/thu-vien-anh/<slug>-<id>.html`` albums;
- ``/in-bai/<id>.html`` the print view (opened by ``inBai(id)`` in an ``onclick``);
- ``/tim-kiem.html?tukhoa=…`` search; ``/binh-luan/gui.html`` the comment form's target.

Page templates: the article page (breadcrumb, ``<h1 class="tieude_module">`` with the category
name, ``div.khung_bv`` holding the headline ``div.tde_bv``, info line ``div.ttin_bv``, optional
lead ``div.mota_bv``, text ``div#noidung.nd_bv``, tool bar, keywords, reader comments, "Các tin
mới hơn"), the listing, fixed pages, albums, print view, search.

How each gold article is reached: the home page links 180, 178, 175, 171, 169, 166 (old slug in
the "Tin mới" box, current slug in its category block), 155, 160; the sidebar "Đọc nhiều" box on
every page links 163 (old slug), 171, 178; category page 1 links 163 and 158; only page 2 of
"Tin tức - Sự kiện" links 152 and 148 (152 also from 148's "Các tin mới hơn"), only page 2 of
"Hoạt động của bé" links 150.

Traps:
1. ``<h1>`` is the module (category) name on every article page; the headline is a
   ``<div class="tde_bv">``. Gold title: the div's text.
2. Two posts were renamed after publishing (163, 166): ``<title>`` and ``og:title`` keep the
   first headline, and boxes cached the first slug (``/tin-tuc/don-doan-kiem-tra-ban-tru-163.html``
   in "Đọc nhiều", ``/tin-tuc/be-lam-thuyen-giay-166.html`` in "Tin mới"), which the rewrite rule
   still serves with 200 (no redirect; ``rel=canonical`` names the current URL). Gold: the printed
   headline, the current path, the old path in ``alt_paths`` (with the print view).
3. A headline broken with ``<br>`` by the editor (152: "… “Bé khỏe – Bé ngoan”<br>năm học …").
   Gold: one line, the break as a space.
4. HSEditor writes text as ``<div>`` lines (no ``<p>``), ``<div>&nbsp;</div>`` spacers, a second
   paragraph after a ``<br>`` inside one div; headings as bold divs; 148 was pasted from Word
   (``p.MsoNormal`` with ``<o:p>``). Gold: each div / ``<p>`` / li / br-part is a paragraph.
5. jQuery lazyload: an article photo's ``src`` is the grey placeholder
   ``/templates/mamnon03/images/grey.gif``; the photo is in ``data-original`` (and in a
   ``<noscript>`` copy of the same ``<img>``). Gold: the ``data-original`` path, once.
6. Dates as this product prints them: "Đăng lúc: 14h30' - Thứ Ba, 17/11/2026" (hours with "h"
   and a minute prime, day first: "09/10/2026" is 9 October); 152 prints its day only on a
   torn-calendar leaf split over three spans (``28`` / ``Tháng 10`` / ``2026``) next to "Sửa lần
   cuối: 02/11/2026 10:14" (update: not the date); 158 prints "00h00'" (midnight: day alone);
   the header prints today and the lunar date; reader comments carry their own date-times.
   Gold: the post's day and time, the day alone for 152 and 158, never header/update/comment.
7. The lead printed twice (171): in its own bold ``div.mota_bv`` and again, identical, as the
   text's first line (the editor pasted it into the content). Gold: summary = the lead, and the
   body holds it once, as its first paragraph.
8. The vendor's SEO backlink hidden inside every post's text
   (``<div style="display:none">… Thiết kế web trường học Thái Bình …</div>``). Gold: not body.
9. "Ý kiến bạn đọc": reader comments under 166 and 171 (name, date-time, text) with a POST
   form. Gold: neither body, nor authors, nor date.
10. The pager prints "Sau »" even on the last page: it leads to ``trang-(N+1).html``, a 200 page
    saying "Chưa có bài viết nào trong chuyên mục này!" (and with no "Sau" link: bounded).
    Gold: not an article, nothing on it.
11. Bylines in every form the schools type: "Tin: X - Ảnh: Y" and "Bài và ảnh: X" under the info
    line, right-aligned "Người viết: Cô giáo X - GV lớp MGL A2", "Y sĩ X - Nhân viên y tế",
    "Tin, ảnh: X", a unit alone ("Ban Giám hiệu", "Tổ chuyên môn mẫu giáo"), and "Người đăng:
    mnhoasen" (the CMS account) in every info line. Gold: names without "Cô giáo"/"Y sĩ" and the
    post; the account is nobody.
12. Captions as a centred italic ``<div>`` after the photo's ``<div>`` (looks like text), some in
    parentheses, one only "(Ảnh: Vũ Minh Đức)", one photo with only a file name in ``alt``.
    Gold: caption without parentheses; the credit makes a photographer and no caption; None.
13. 160 is an official notice (letterhead table, "Số: 45/TB-MNHS", "Thái Bình, ngày 09 tháng 11
    năm 2026", "THÔNG BÁO" / "Về việc …", "Nơi nhận" and "HIỆU TRƯỞNG … Đỗ Thị Hương"), posted
    the next day ("Đăng lúc: 16h05' - 10/11/2026"). Gold: letterhead day, signer as author.
14. 155 ends with "Theo Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình" (a source) but has a body
    sentence "Theo khuyến cáo của ngành y tế, …"; 178 ends with "Nguồn: Báo Thái Bình".
15. 169 uses the "chuyên đề" template, which prints no date anywhere (listing included).
    Gold: published_at null.

Gold decisions on ambiguous points:
- Typed "📌 " and "- " at the start of lines (180, 160) are text and kept.
- Bold first line of the content (150, 155, 166, 178) is the sapo (summary).
- Headings typed as bold divs ("1. Phần thi “Bé khỏe”") are paragraphs with their numbers.
- The category is the breadcrumb's (= the ``<h1>``'s) name.
- The attachment line "Tải về: Don-xin-nhap-hoc.doc" (180) is not body.
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html

from ._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "php_rewrite_vendor_mamnon"
PLATFORM = "Home-made PHP school website product (TBSoft eSchool 3.2: mod_rewrite, jQuery, HSEditor)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
LUNAR_LINE = "Âm lịch: 27/10 Bính Ngọ"
UP = "/upload/mnhoasen/2026"
TPL = "/templates/mamnon03"
PER_PAGE = 3

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
    "thong-bao": "Thông báo",
}

_RIGHT = '<div style="text-align: right;"><strong><em>{}</em></strong></div>'

LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
    "<tbody><tr>"
    '<td style="text-align:center;width:40%">UBND THÀNH PHỐ THÁI BÌNH<br>'
    "<strong>TRƯỜNG MẦM NON HOA SEN</strong></td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align:center">Số: 45/TB-MNHS</td>'
    '<td style="text-align:center"><em>Thái Bình, ngày 09 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<div>&nbsp;</div><div style="text-align: center;"><strong>THÔNG BÁO</strong></div>'
    '<div style="text-align: center;"><strong>Về việc tổ chức tiêm bổ sung vắc xin Sởi - Rubella '
    "cho trẻ</strong></div><div>&nbsp;</div>"
)
DOC_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br>'
    "- Phụ huynh học sinh;<br>- Trạm Y tế phường;<br>- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br>'
    "<em>(đã ký)</em><br><br><strong>Đỗ Thị Hương</strong></td></tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        148,
        "truong-mam-non-hoa-sen-to-chuc-hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        "Trường Mầm non Hoa Sen tổ chức Hội nghị viên chức, người lao động năm học 2026 - 2027",
        "tin-tuc-su-kien",
        "2026-10-09T15:20:00+07:00",
        [
            P(
                "Chiều ngày 08/10/2026, Trường Mầm non Hoa Sen đã long trọng tổ chức Hội nghị viên "
                "chức, người lao động năm học 2026 - 2027. Tới dự hội nghị có đại diện lãnh đạo "
                "Phòng GD&ĐT thành phố Thái Bình và Ban đại diện cha mẹ trẻ của nhà trường."
            ),
            Img(f"{UP}/10/hoi-nghi-vc-01.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị", "em"),
            P(
                "Tại hội nghị, đồng chí Đỗ Thị Hương, Hiệu trưởng nhà trường đã báo cáo tổng kết năm "
                "học 2025 - 2026 và triển khai phương hướng, nhiệm vụ năm học mới với chủ đề “Đổi "
                "mới, sáng tạo, nâng cao chất lượng chăm sóc, giáo dục trẻ”."
            ),
            P(
                "Hội nghị đã dành nhiều thời gian thảo luận về quy chế chi tiêu nội bộ, quy chế dân "
                "chủ cơ sở và các chỉ tiêu thi đua. 100% cán bộ, giáo viên, nhân viên đã ký giao ước "
                "thi đua thực hiện thắng lợi nhiệm vụ năm học."
            ),
            Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><i><span '
                'style="font-size:14.0pt">Ban Giám hiệu<o:p></o:p></span></i></b></p>'),
        ],
        authors=["Ban Giám hiệu"],
        opts={"date": "time", "mso": True},
    ),
    Story(
        150,
        "be-tham-gia-trai-nghiem-thu-hoach-rau-tai-vuon-truong",
        "Bé tham gia trải nghiệm thu hoạch rau tại vườn trường",
        "hoat-dong-cua-be",
        "2026-10-16T08:30:00+07:00",
        [
            P(
                "Nhằm giúp trẻ gần gũi với thiên nhiên và biết quý trọng sức lao động, sáng ngày "
                "15/10/2026, các lớp mẫu giáo nhỡ của nhà trường đã tổ chức cho trẻ trải nghiệm thu "
                "hoạch rau tại vườn rau của bé.",
                "b",
            ),
            P(
                "Được sự hướng dẫn của các cô, các bé hào hứng nhổ cải, hái rau ngót, tưới nước cho "
                "những luống rau xanh mơn mởn."
            ),
            Img(f"{UP}/10/vuon-rau-01.jpg", "(Ảnh: Vũ Minh Đức)", None, "paren"),
            Img(
                f"{UP}/10/vuon-rau-02.jpg",
                "(Cô giáo hướng dẫn bé cách nhổ cải)",
                "Cô giáo hướng dẫn bé cách nhổ cải",
                "paren",
            ),
            P(
                "Sau buổi trải nghiệm, số rau thu hoạch được chuyển xuống bếp ăn để chế biến món "
                "canh cho bữa trưa của các bé."
            ),
            P(
                "Qua hoạt động, trẻ biết thêm tên gọi, đặc điểm của một số loại rau và lợi ích của "
                "rau xanh đối với sức khỏe.",
                "br",
            ),
            Raw(_RIGHT.format("Tổ chuyên môn mẫu giáo")),
        ],
        authors=["Tổ chuyên môn mẫu giáo"],
        photographers=["Vũ Minh Đức"],
        summary=(
            "Nhằm giúp trẻ gần gũi với thiên nhiên và biết quý trọng sức lao động, sáng ngày "
            "15/10/2026, các lớp mẫu giáo nhỡ của nhà trường đã tổ chức cho trẻ trải nghiệm thu "
            "hoạch rau tại vườn rau của bé."
        ),
        opts={"date": "time"},
    ),
    Story(
        152,
        "hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        "Hội thi “Bé khỏe – Bé ngoan” năm học 2026 - 2027",
        "tin-tuc-su-kien",
        "2026-10-28",
        [
            P(
                "Hưởng ứng phong trào “Xây dựng trường học xanh - sạch - đẹp - an toàn”, ngày "
                "27/10/2026, Trường Mầm non Hoa Sen đã tổ chức Hội thi “Bé khỏe – Bé ngoan” cho trẻ "
                "các khối lớp."
            ),
            P("1. Phần thi “Bé khỏe”", "h"),
            P(
                "Các bé tham gia các trò chơi vận động: bật qua suối nhỏ, bò chui qua cổng, ném bóng "
                "vào rổ và chạy tiếp sức."
            ),
            Img(f"{UP}/10/hoi-thi-be-khoe-01.jpg", "Bé thi bật qua suối nhỏ", "Bé thi bật qua suối nhỏ", "em"),
            P("2. Phần thi “Bé ngoan”", "h"),
            P(
                "Ở phần thi này, các bé thể hiện kỹ năng tự phục vụ như tự mặc áo, gấp khăn, rửa tay "
                "đúng cách và chào hỏi lễ phép."
            ),
            P("Kết quả, Ban tổ chức đã trao giải cho các lớp:"),
            P("Giải Nhất: lớp Mẫu giáo lớn A1;", "li"),
            P("Giải Nhì: lớp Mẫu giáo nhỡ B2;", "li"),
            P("Giải Ba: lớp Mẫu giáo bé C1 và lớp Mẫu giáo lớn A2.", "li"),
        ],
        authors=["Trần Thu Trang"],
        photographers=["Vũ Minh Đức"],
        opts={
            "date": "leaf",
            "edited": "02/11/2026 10:14",
            "title_html": "Hội thi “Bé khỏe – Bé ngoan”<br>năm học 2026 - 2027",
            "byline_top": "Tin: Trần Thu Trang - Ảnh: Vũ Minh Đức",
        },
    ),
    Story(
        155,
        "phong-tranh-benh-tay-chan-mieng-cho-tre-khi-thoi-tiet-chuyen-mua",
        "Phòng tránh bệnh tay chân miệng cho trẻ khi thời tiết chuyển mùa",
        "goc-phu-huynh",
        "2026-11-02T07:50:00+07:00",
        [
            P(
                "Bệnh tay chân miệng thường gia tăng vào thời điểm giao mùa. Cha mẹ cần chủ động các "
                "biện pháp phòng bệnh cho trẻ tại gia đình.",
                "b",
            ),
            P("Dấu hiệu nhận biết", "h"),
            P(
                "Trẻ sốt nhẹ, mệt mỏi, đau họng, biếng ăn; sau đó xuất hiện các nốt phỏng nước ở lòng "
                "bàn tay, lòng bàn chân, đầu gối, mông và vết loét trong miệng."
            ),
            Img(f"{UP}/11/tay-chan-mieng.jpg", None, None, "alt:IMG_2031.JPG"),
            P("Biện pháp phòng bệnh", "h"),
            P(
                "Rửa tay thường xuyên bằng xà phòng dưới vòi nước sạch cho trẻ và người chăm sóc trẻ;",
                "li",
            ),
            P(
                "Lau rửa đồ chơi, vật dụng và sàn nhà bằng xà phòng hoặc chất tẩy rửa thông thường;",
                "li",
            ),
            P(
                "Khi trẻ có dấu hiệu nghi ngờ mắc bệnh, cần đưa trẻ đến cơ sở y tế để được khám và "
                "điều trị kịp thời.",
                "li",
            ),
            P(
                "Theo khuyến cáo của ngành y tế, trẻ mắc bệnh cần được nghỉ học, cách ly tại nhà ít "
                "nhất 10 ngày kể từ khi khởi phát."
            ),
            Raw(_RIGHT.format("Theo Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình")),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình",
        summary=(
            "Bệnh tay chân miệng thường gia tăng vào thời điểm giao mùa. Cha mẹ cần chủ động các "
            "biện pháp phòng bệnh cho trẻ tại gia đình."
        ),
        opts={"date": "time"},
    ),
    Story(
        158,
        "lop-mau-giao-lon-a2-voi-hoat-dong-be-lam-banh-troi",
        "Lớp Mẫu giáo lớn A2 với hoạt động “Bé làm bánh trôi”",
        "hoat-dong-cua-be",
        "2026-11-05",
        [
            P(
                "Nhằm giúp trẻ tìm hiểu về món ăn truyền thống của quê hương, chiều ngày 04/11/2026, "
                "lớp Mẫu giáo lớn A2 đã tổ chức hoạt động trải nghiệm “Bé làm bánh trôi”."
            ),
            P(
                "Từ bột nếp, đường phèn và đỗ xanh, các bé được cô hướng dẫn nhào bột, chia bột thành "
                "từng viên nhỏ, ấn dẹt rồi cho nhân vào giữa và vo tròn."
            ),
            Img(f"{UP}/11/banh-troi-01.jpg", "Các bé chăm chú nặn bánh", "Các bé chăm chú nặn bánh", "em"),
            Img(
                f"{UP}/11/banh-troi-02.jpg",
                "Thành quả của các bé lớp A2",
                "Thành quả của các bé lớp A2",
                "em",
            ),
            P(
                "Những chiếc bánh trôi tròn xinh do chính tay các bé làm ra đã được các cô luộc chín "
                "để cả lớp cùng thưởng thức."
            ),
            Raw(_RIGHT.format("Người viết: Cô giáo Phạm Thị Thu Hà - GV lớp MGL A2")),
        ],
        authors=["Phạm Thị Thu Hà"],
        opts={"date": "midnight"},
    ),
    Story(
        160,
        "thong-bao-ve-viec-to-chuc-tiem-bo-sung-vac-xin-soi-rubella-cho-tre",
        "Thông báo về việc tổ chức tiêm bổ sung vắc xin Sởi - Rubella cho trẻ",
        "thong-bao",
        "2026-11-09",
        [
            Raw(LETTERHEAD),
            P(
                "Thực hiện Kế hoạch số 215/KH-TTYT ngày 02/11/2026 của Trung tâm Y tế thành phố Thái "
                "Bình về việc tiêm bổ sung vắc xin Sởi - Rubella cho trẻ từ 1 đến 5 tuổi;"
            ),
            P("Trường Mầm non Hoa Sen thông báo tới quý phụ huynh lịch tiêm như sau:"),
            P("- Thời gian: 7h30 ngày 16/11/2026 (Thứ Hai)."),
            P("- Địa điểm: Phòng Y tế Trường Mầm non Hoa Sen."),
            P("- Đối tượng: trẻ sinh từ ngày 01/01/2021 đến ngày 31/10/2025."),
            P(
                "Đề nghị phụ huynh cho trẻ ăn no trước khi tiêm, mang theo sổ tiêm chủng và đưa trẻ "
                "đến đúng giờ. Mọi thắc mắc xin liên hệ nhân viên y tế nhà trường, số điện thoại "
                "0227 3841 256."
            ),
            Raw(DOC_CLOSING),
        ],
        authors=["Đỗ Thị Hương"],
        opts={"date": "time", "posted": (2026, 11, 10, 16, 5)},
    ),
    Story(
        163,
        "don-doan-kiem-tra-cong-tac-ban-tru-cua-phong-gd-dt-thanh-pho-thai-binh",
        "Đón đoàn kiểm tra công tác bán trú của Phòng GD&ĐT thành phố Thái Bình",
        "tin-tuc-su-kien",
        "2026-11-12T09:45:00+07:00",
        [
            P(
                "Sáng ngày 11/11/2026, đoàn kiểm tra của Phòng Giáo dục và Đào tạo thành phố Thái "
                "Bình do bà Nguyễn Thị Hồng Nhung, Phó Trưởng phòng làm trưởng đoàn đã về kiểm tra "
                "công tác tổ chức bán trú tại Trường Mầm non Hoa Sen."
            ),
            Img(
                f"{UP}/11/kiem-tra-ban-tru-01.jpg",
                "Đoàn kiểm tra làm việc tại bếp ăn của nhà trường",
                "Đoàn kiểm tra làm việc tại bếp ăn của nhà trường",
                "em",
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ sổ sách, quy trình giao nhận thực phẩm, lưu mẫu thức ăn, vệ "
                "sinh bếp ăn và việc tổ chức giờ ăn, giờ ngủ cho trẻ tại các nhóm, lớp."
            ),
            P(
                "Kết thúc buổi kiểm tra, đoàn đánh giá cao công tác bán trú của nhà trường, bếp ăn "
                "đảm bảo quy trình bếp một chiều, thực phẩm có nguồn gốc rõ ràng."
            ),
            Raw(_RIGHT.format("Tin, ảnh: Hoàng Thị Yến")),
        ],
        authors=["Hoàng Thị Yến"],
        photographers=["Hoàng Thị Yến"],
        opts={
            "date": "time",
            "old_slug": "don-doan-kiem-tra-ban-tru",
            "old_title": "Đón đoàn kiểm tra bán trú",
        },
    ),
    Story(
        166,
        "tiet-hoc-steam-be-lam-thuyen-giay-noi-tren-nuoc",
        "Tiết học STEAM: Bé làm thuyền giấy nổi trên nước",
        "hoat-dong-cua-be",
        "2026-11-17T14:30:00+07:00",
        [
            P(
                "STEAM là phương pháp giáo dục tích hợp giúp trẻ được khám phá, thử nghiệm và sáng "
                "tạo thông qua các hoạt động thực hành.",
                "b",
            ),
            P(
                "Trong tiết học, các bé lớp Mẫu giáo lớn A1 được cô giáo đặt câu hỏi: “Làm thế nào để "
                "chiếc thuyền nổi được trên mặt nước?”. Các bé cùng nhau thảo luận, lựa chọn nguyên "
                "liệu là giấy màu, giấy báo, túi ni lông và băng dính."
            ),
            Img(
                f"{UP}/11/steam-thuyen-01.jpg",
                "Các bé thả thuyền vào chậu nước",
                "Các bé thả thuyền vào chậu nước",
                "em",
            ),
            P(
                "Sau khi gấp thuyền, các bé thả thuyền vào chậu nước và quan sát. Chiếc thuyền được "
                "bọc ni lông nổi lâu nhất đã giúp các bé rút ra kết luận về vật liệu chống thấm."
            ),
            P("Tiết học khép lại trong niềm vui và sự hào hứng của các bé.", "br"),
        ],
        summary=(
            "STEAM là phương pháp giáo dục tích hợp giúp trẻ được khám phá, thử nghiệm và sáng tạo "
            "thông qua các hoạt động thực hành."
        ),
        opts={
            "date": "time",
            "old_slug": "be-lam-thuyen-giay",
            "old_title": "Bé làm thuyền giấy",
            "comments": [
                (
                    "Phụ huynh bé Bảo Ngọc",
                    "18/11/2026 20:41",
                    "Con về nhà cứ đòi mẹ gấp thuyền giấy cho con thả chậu. Cảm ơn các cô!",
                ),
                ("Nguyễn Văn Tùng", "19/11/2026 07:12", "Tiết học rất bổ ích, mong nhà trường tổ chức thêm."),
            ],
        },
    ),
    Story(
        169,
        "cha-me-nen-lam-gi-khi-tre-bieng-an",
        "Cha mẹ nên làm gì khi trẻ biếng ăn?",
        "goc-phu-huynh",
        None,
        [
            P(
                "Biếng ăn là tình trạng thường gặp ở trẻ mầm non, khiến nhiều cha mẹ lo lắng. Dưới "
                "đây là một số lời khuyên giúp bữa ăn của trẻ trở nên nhẹ nhàng hơn."
            ),
            P("1. Không ép trẻ ăn, không cho trẻ vừa ăn vừa xem điện thoại, ti vi."),
            P("2. Chia nhỏ bữa ăn, thay đổi món thường xuyên và trình bày món ăn bắt mắt."),
            P("3. Cho trẻ tham gia vào việc chuẩn bị bữa ăn như nhặt rau, bày bát đũa."),
            P("4. Hạn chế cho trẻ ăn vặt, uống sữa hoặc nước ngọt trước bữa chính khoảng 1 giờ."),
            P(
                "Nếu tình trạng biếng ăn kéo dài kèm theo sụt cân, cha mẹ nên đưa trẻ đến cơ sở y tế "
                "để được tư vấn dinh dưỡng."
            ),
            Raw(_RIGHT.format("Y sĩ Lê Thị Mai - Nhân viên y tế")),
        ],
        authors=["Lê Thị Mai"],
        opts={"date": "none"},
    ),
    Story(
        171,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "tin-tuc-su-kien",
        "2026-11-20T10:00:00+07:00",
        [
            P(
                "Về dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND phường Lê Hồng Phong, Ban đại diện "
                "cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."
            ),
            Img(
                f"{UP}/11/le-20-11-01.jpg",
                "Các bé lớp Mẫu giáo lớn tặng hoa các cô giáo",
                "Các bé lớp Mẫu giáo lớn tặng hoa các cô giáo",
                "em",
            ),
            P(
                "Tại buổi lễ, cô giáo Đỗ Thị Hương, Hiệu trưởng nhà trường ôn lại truyền thống vẻ vang "
                "của Ngày Nhà giáo Việt Nam và điểm lại những thành tích nổi bật của tập thể giáo "
                "viên trong năm học vừa qua."
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp trường và 03 giáo viên đạt giải trong Hội thi giáo viên dạy giỏi cấp thành phố."
            ),
            Img(f"{UP}/11/le-20-11-02.jpg", "Tiết mục văn nghệ chào mừng", "Tiết mục văn nghệ chào mừng", "em"),
        ],
        authors=["Nguyễn Thị Lan"],
        photographers=["Nguyễn Thị Lan"],
        summary=(
            "Sáng ngày 19/11/2026, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam 20/11."
        ),
        sapo_outside=True,
        opts={
            "date": "time",
            "sapo_repeat": True,
            "byline_top": "Bài và ảnh: Nguyễn Thị Lan",
            "comments": [
                ("Cựu học sinh khóa 2019", "20/11/2026 19:05", "Chúc các cô luôn mạnh khỏe, hạnh phúc!"),
            ],
        },
    ),
    Story(
        175,
        "ngay-hoi-be-voi-an-toan-giao-thong",
        "Ngày hội “Bé với an toàn giao thông”",
        "hoat-dong-cua-be",
        "2026-11-27T09:00:00+07:00",
        [
            P(
                "Hưởng ứng Ngày thế giới tưởng niệm các nạn nhân tử vong do tai nạn giao thông, ngày "
                "26/11/2026, Trường Mầm non Hoa Sen đã tổ chức Ngày hội “Bé với an toàn giao thông”."
            ),
            P(
                "Tại ngày hội, các bé được làm quen với các biển báo giao thông đơn giản, thực hành "
                "sang đường đúng cách khi có đèn tín hiệu và đội mũ bảo hiểm đúng cách khi ngồi sau "
                "xe máy."
            ),
            Img(f"{UP}/11/atgt-01.jpg", "Bé thực hành đội mũ bảo hiểm", "Bé thực hành đội mũ bảo hiểm", "em"),
            Img(f"{UP}/11/atgt-02.jpg", None, None, "none"),
            P(
                "Thông qua ngày hội, nhà trường mong muốn hình thành cho trẻ những thói quen tốt khi "
                "tham gia giao thông ngay từ lứa tuổi mầm non."
            ),
            Raw(_RIGHT.format("Tin: Trần Thu Trang")),
        ],
        authors=["Trần Thu Trang"],
        opts={"date": "time"},
    ),
    Story(
        178,
        "truong-mam-non-hoa-sen-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        "Trường Mầm non Hoa Sen đón nhận Bằng công nhận trường đạt chuẩn Quốc gia mức độ 2",
        "tin-tuc-su-kien",
        "2026-12-02T16:10:00+07:00",
        [
            P(
                "Chiều 01/12, Trường Mầm non Hoa Sen (thành phố Thái Bình) đã tổ chức lễ đón nhận Bằng "
                "công nhận trường mầm non đạt chuẩn Quốc gia mức độ 2 và Chứng nhận kiểm định chất "
                "lượng giáo dục cấp độ 3.",
                "b",
            ),
            P(
                "Trường Mầm non Hoa Sen hiện có 14 nhóm, lớp với 468 trẻ; 100% giáo viên đạt chuẩn "
                "trình độ đào tạo, trong đó 92% trên chuẩn. Những năm qua, nhà trường luôn là đơn vị "
                "dẫn đầu khối mầm non của thành phố."
            ),
            Img(
                f"{UP}/12/chuan-qg-01.jpg",
                "Lãnh đạo thành phố trao Bằng công nhận cho nhà trường",
                "Lãnh đạo thành phố trao Bằng công nhận cho nhà trường",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo UBND thành phố đề nghị nhà trường tiếp tục "
                "giữ vững và nâng cao các tiêu chuẩn đã đạt, xứng đáng là địa chỉ tin cậy của các bậc "
                "phụ huynh."
            ),
            Raw(_RIGHT.format("Nguồn: Báo Thái Bình")),
        ],
        source="Báo Thái Bình",
        summary=(
            "Chiều 01/12, Trường Mầm non Hoa Sen (thành phố Thái Bình) đã tổ chức lễ đón nhận Bằng "
            "công nhận trường mầm non đạt chuẩn Quốc gia mức độ 2 và Chứng nhận kiểm định chất "
            "lượng giáo dục cấp độ 3."
        ),
        opts={"date": "time"},
    ),
    Story(
        180,
        "thong-bao-tuyen-sinh-bo-sung-tre-nha-tre-tu-18-den-24-thang-tuoi",
        "Thông báo tuyển sinh bổ sung trẻ nhà trẻ từ 18 đến 24 tháng tuổi",
        "thong-bao",
        "2026-12-04T10:20:00+07:00",
        [
            P(
                "Căn cứ vào tình hình thực tế, Trường Mầm non Hoa Sen thông báo tuyển sinh bổ sung trẻ "
                "nhà trẻ từ 18 đến 24 tháng tuổi năm học 2026 - 2027."
            ),
            P("📌 Chỉ tiêu: 15 trẻ."),
            P("📌 Thời gian nhận hồ sơ: từ ngày 07/12/2026 đến hết ngày 18/12/2026 (trong giờ hành chính)."),
            P(
                "📌 Hồ sơ gồm: đơn xin nhập học (theo mẫu), bản sao giấy khai sinh, bản sao sổ tiêm "
                "chủng của trẻ."
            ),
            P("Mọi chi tiết xin liên hệ Văn phòng nhà trường, điện thoại: 0227 3841 256."),
        ],
        opts={"date": "time", "attach": "Don-xin-nhap-hoc.doc"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, as every list of the product sorts (by id: the order of posting)
ORDER = sorted(STORIES, key=lambda s: s.id, reverse=True)

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def post_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or story.slug}-{story.id}.html"


def cat_path(cat: str, page: int = 1) -> str:
    return f"/danh-muc/{cat}/trang-{page}.html"


def _posted(story: Story) -> _dt.datetime | None:
    """When the post was put online (what the info line prints)."""
    if "posted" in story.opts:
        return _dt.datetime(*story.opts["posted"])
    if story.published_at is None:
        return None
    if len(story.published_at) == 10:
        return _dt.datetime.fromisoformat(story.published_at)
    return _dt.datetime.fromisoformat(story.published_at[:19])


def _dmy(moment: _dt.datetime) -> str:
    return moment.strftime("%d/%m/%Y")


# --- pages that are not articles --------------------------------------------------------------

INTRO_PAGES = {
    "lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Mầm non Hoa Sen được thành lập năm 1978, tiền thân là nhà trẻ Hoa Sen của "
            "thị xã Thái Bình.",
            "Trải qua hơn 45 năm xây dựng và phát triển, nhà trường đã nhiều năm liền đạt danh hiệu "
            "Tập thể lao động xuất sắc, được Chủ tịch UBND tỉnh tặng Bằng khen.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: Đỗ Thị Hương.",
            "Phó Hiệu trưởng: Hoàng Thị Yến, Nguyễn Thị Lan.",
            "Nhà trường có 14 nhóm, lớp; 32 giáo viên; 12 nhân viên.",
        ],
    ),
    "thuc-don-hang-tuan": (
        "Thực đơn của bé",
        [
            "Thực đơn được xây dựng theo mùa, đảm bảo cân đối các nhóm chất dinh dưỡng.",
            "Bữa sáng: cháo thịt bằm; Bữa trưa: cơm, thịt gà rim, canh rau ngót; Bữa chiều: sữa chua.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Trường Mầm non Hoa Sen - Số 12 phố Lê Quý Đôn, phường Lê Hồng Phong, thành phố Thái Bình.",
            "Điện thoại: 0227 3841 256 - Email: mnhoasen.tb@thaibinh.edu.vn",
        ],
    ),
}

ALBUMS = {
    21: (
        "be-vui-trung-thu-2026",
        "Bé vui Trung thu 2026",
        "25/09/2026",
        [("trung-thu-01.jpg", "Rước đèn ông sao"), ("trung-thu-02.jpg", "Phá cỗ trông trăng")],
    ),
    22: (
        "le-ky-niem-20-11-2026",
        "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
        "19/11/2026",
        [("album-20-11-01.jpg", "Văn nghệ chào mừng"), ("album-20-11-02.jpg", "Tặng hoa các cô")],
    ),
}


def album_path(aid: int) -> str:
    return f"/thu-vien-anh/{ALBUMS[aid][0]}-{aid}.html"


NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/gioi-thieu/thuc-don-hang-tuan.html",
    "/gioi-thieu/lien-he.html",
    album_path(21),
    album_path(22),
]


# --- chrome -----------------------------------------------------------------------------------


def _head(request: Request, title: str, canonical: str | None = None, og_title: str | None = None) -> str:
    base = base_url(request)
    extra = ""
    if canonical:
        extra += f'<link rel="canonical" href="{base}{canonical}">\n'
        extra += f'<meta property="og:url" content="{base}{canonical}">\n'
    if og_title:
        extra += f'<meta property="og:title" content="{esc(og_title)}">\n'
    return (
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>{esc(title)}</title>\n"
        '<meta name="keywords" content="mầm non hoa sen, mam non thai binh, truong mam non" />\n'
        '<meta name="description" content="Website Trường Mầm non Hoa Sen - thành phố Thái Bình" />\n'
        '<meta name="generator" content="TBSoft eSchool 3.2" />\n'
        f"{extra}"
        f'<link rel="stylesheet" type="text/css" href="{TPL}/css/style.css" />\n'
        f'<link rel="shortcut icon" href="{TPL}/images/favicon.ico" />\n'
        '<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>\n'
        '<script type="text/javascript" src="/js/jquery.lazyload.min.js"></script>\n'
        '<script type="text/javascript" src="/js/jquery.cycle.all.js"></script>\n'
        '<script type="text/javascript" src="/js/eschool.js"></script>\n'
        '<script type="text/javascript">$(function(){$("img.lazy").lazyload({effect:"fadeIn"});'
        '$("#slide_tin").cycle({fx:"fade"});});\n'
        "function inBai(id){window.open('/in-bai/'+id+'.html','inbai','width=760,height=600,scrollbars=1');}\n"
        "function guiEmail(id){alert('Chức năng đang bảo trì');}</script>\n"
        "</head>\n"
    )


def _menu() -> str:
    intro = "".join(
        f'<li><a href="/gioi-thieu/{slug}.html">{esc(title)}</a></li>'
        for slug, (title, _) in INTRO_PAGES.items()
        if slug != "lien-he"
    )
    cats = "".join(f'<li><a href="{cat_path(c)}">{esc(n)}</a></li>' for c, n in CATS.items())
    albums = "".join(f'<li><a href="{album_path(a)}">{esc(v[1])}</a></li>' for a, v in ALBUMS.items())
    return (
        '<div id="menu_ngang"><ul class="mn_c1">'
        '<li class="mn_home"><a href="/">Trang chủ</a></li>'
        f'<li><a href="javascript:void(0)">Giới thiệu</a><ul class="mn_c2">{intro}</ul></li>'
        f'<li><a href="javascript:void(0)">Tin tức</a><ul class="mn_c2">{cats}</ul></li>'
        f'<li><a href="/thu-vien-anh.html">Thư viện ảnh</a><ul class="mn_c2">{albums}</ul></li>'
        '<li><a href="/gioi-thieu/lien-he.html">Liên hệ</a></li>'
        "</ul></div>"
    )


def _left() -> str:
    docnhieu = [BY_ID[163], BY_ID[171], BY_ID[178]]
    items = "".join(
        f'<li><a href="{post_path(s, s.opts.get("old_slug"))}">'
        f"{esc(s.opts.get('old_title', s.title))}</a></li>"
        for s in docnhieu
    )
    return (
        '<div id="col_left">'
        '<div class="box_l"><div class="box_tde">Tin đọc nhiều</div>'
        f'<ul class="ds_tin_l">{items}</ul></div>'
        '<div class="box_l"><div class="box_tde">Văn bản cấp trên</div><ul class="ds_tin_l">'
        '<li><a href="http://thaibinh.edu.vn/van-ban" target="_blank">Sở GD&amp;ĐT Thái Bình</a></li>'
        '<li><a href="http://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        "</ul></div>"
        '<div class="box_l"><div class="box_tde">Thăm dò ý kiến</div>'
        '<form name="frmPoll" onsubmit="return false;"><div>Bạn biết đến website qua?</div>'
        '<div><input type="radio" name="bc" value="1"> Phụ huynh giới thiệu</div>'
        '<div><input type="radio" name="bc" value="2"> Facebook</div>'
        '<div><input type="button" value="Bình chọn" onclick="alert(\'Cảm ơn bạn!\')"></div>'
        "</form></div></div>"
    )


def _right() -> str:
    albums = "".join(
        f'<div class="anh_nho"><a href="{album_path(a)}"><img src="{UP}/album/{v[3][0][0]}" '
        f'width="90" alt="{esc(v[1])}"></a><div>{esc(v[1])}</div></div>'
        for a, v in ALBUMS.items()
    )
    return (
        '<div id="col_right">'
        '<div class="box_r"><div class="box_tde">Tìm kiếm</div>'
        '<form action="/tim-kiem.html" method="get"><input type="text" name="tukhoa" value="">'
        '<input type="submit" value="Tìm"></form></div>'
        f'<div class="box_r"><div class="box_tde">Thư viện ảnh</div>{albums}</div>'
        '<div class="box_r"><div class="box_tde">Liên kết</div>'
        '<a href="https://www.facebook.com/mamnonhoasentb" target="_blank">'
        f'<img src="{TPL}/images/facebook.png" alt="Facebook"></a></div>'
        '<div class="box_r"><div class="box_tde">Thống kê truy cập</div>'
        '<div class="tk">Đang online: <b>7</b></div><div class="tk">Hôm nay: <b>182</b></div>'
        '<div class="tk">Tổng truy cập: <b>248.915</b></div></div></div>'
    )


def _page(request: Request, title: str, center: str, **head: str | None) -> Response:
    body = (
        _head(request, title, **head)
        + '<body><div id="wrapper">'
        + '<div id="top_bar"><div class="ngay_ht">'
        + f"{TODAY_LINE} <span class=\"am_lich\">({LUNAR_LINE})</span></div>"
        + '<div class="top_lk"><a href="/gioi-thieu/lien-he.html">Liên hệ</a> | '
        + '<a href="http://mail.thaibinh.edu.vn" target="_blank">Thư điện tử</a></div></div>'
        + f'<div id="banner"><a href="/"><img src="{TPL}/images/logo_hoasen.png" alt="Logo"></a>'
        + '<div class="ten_truong">PHÒNG GD&amp;ĐT THÀNH PHỐ THÁI BÌNH<br><b>TRƯỜNG MẦM NON HOA SEN</b>'
        + "</div></div>"
        + _menu()
        + '<div id="marquee"><marquee scrollamount="3">Chào mừng quý phụ huynh đến với website '
        + "Trường Mầm non Hoa Sen!</marquee></div>"
        + '<div id="main">'
        + _left()
        + f'<div id="col_center">{center}</div>'
        + _right()
        + '<div class="clear"></div></div>'
        + '<div id="footer"><div class="ft_tt"><b>TRƯỜNG MẦM NON HOA SEN</b><br>'
        + "Địa chỉ: Số 12 phố Lê Quý Đôn, phường Lê Hồng Phong, thành phố Thái Bình, tỉnh Thái Bình"
        + "<br>Điện thoại: 0227 3841 256 - Email: mnhoasen.tb@thaibinh.edu.vn<br>"
        + "Bản quyền © 2014 - 2026 Trường Mầm non Hoa Sen</div>"
        + '<div class="ft_tk">Thiết kế bởi <a href="http://thietkewebtb.vn" target="_blank">TBSoft</a>'
        + "</div></div></div></body></html>"
    )
    return html(body)


# --- article markup -------------------------------------------------------------------------


def _lazy_img(src: str, alt: str) -> str:
    return (
        f'<img class="lazy" src="{TPL}/images/grey.gif" data-original="{esc(src)}" alt="{esc(alt)}" '
        f'width="500" border="0" /><noscript><img src="{esc(src)}" alt="{esc(alt)}" width="500" />'
        "</noscript>"
    )


def _p_html(block: P, mso: bool) -> str:
    t = esc(block.text)
    if mso:
        return (
            '<p class="MsoNormal" style="text-align:justify;line-height:150%"><span '
            'style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,'
            f'&quot;serif&quot;">{t}<o:p></o:p></span></p>'
        )
    if block.style == "b":
        return f"<div><strong>{t}</strong></div>"
    if block.style == "h":
        return f'<div><b><span style="color: rgb(0, 0, 205);">{t}</span></b></div>'
    return f'<div style="text-align: justify;">{t}</div>'


def _img_html(img: Img) -> str:
    alt = img.style[4:] if img.style.startswith("alt:") else (img.caption or "")
    out = f'<div style="text-align: center;">{_lazy_img(img.src, alt)}</div>'
    if img.printed and img.style == "em":
        out += f'<div style="text-align: center;"><em>{esc(img.printed)}</em></div>'
    elif img.printed:
        out += (
            '<div style="text-align: center;"><span style="font-size: 12px;">'
            f"<i>{esc(img.printed)}</i></span></div>"
        )
    return out


def _content(story: Story) -> str:
    mso = bool(story.opts.get("mso"))
    chunks: list[str] = []
    if story.opts.get("sapo_repeat"):
        chunks.append(f"<div>{esc(story.summary or '')}</div>")
    in_list = False
    for i, block in enumerate(story.blocks):
        if isinstance(block, P) and block.style == "li":
            if not in_list:
                chunks.append('<ul style="margin-left:20px">')
                in_list = True
            chunks.append(f"<li>{esc(block.text)}</li>")
            continue
        if in_list:
            chunks.append("</ul>")
            in_list = False
        if not mso and i and i % 3 == 0 and not (isinstance(block, P) and block.style == "br"):
            chunks.append("<div>&nbsp;</div>")
        if isinstance(block, P) and block.style == "br":
            last = chunks.pop()
            close = "</div>"
            assert last.endswith(close)
            chunks.append(last[: -len(close)] + f"<br />{esc(block.text)}" + close)
        elif isinstance(block, P):
            chunks.append(_p_html(block, mso))
        elif isinstance(block, Img):
            chunks.append(_img_html(block))
        else:
            chunks.append(block.html)
    if in_list:
        chunks.append("</ul>")
    chunks.append(
        '<div style="display:none;"><a href="http://thietkewebtb.vn/thiet-ke-web-truong-hoc.html" '
        'title="thiết kế web trường học">Thiết kế web trường học Thái Bình</a> - Thiết kế website '
        "trường mầm non chuyên nghiệp, giá rẻ</div>"
    )
    return "\n".join(chunks)


def _info_line(story: Story) -> str:
    parts = []
    moment = _posted(story)
    kind = story.opts.get("date")
    if moment is not None and kind in ("time", "midnight"):
        hhmm = "00h00'" if kind == "midnight" else moment.strftime("%Hh%M'")
        parts.append(f"Đăng lúc: {hhmm} - {_WEEKDAYS[moment.weekday()]}, {_dmy(moment)}")
    if "edited" in story.opts:
        parts.append(f"Sửa lần cuối: {story.opts['edited']}")
    parts.append("Người đăng: mnhoasen")
    parts.append(f"Lượt xem: {story.views()}")
    return '<div class="ttin_bv">' + " &nbsp;|&nbsp; ".join(parts) + "</div>"


def _leaf(story: Story) -> str:
    moment = _posted(story)
    if story.opts.get("date") != "leaf" or moment is None:
        return ""
    return (
        f'<div class="to_lich"><span class="tl_ng">{moment.day:02d}</span>'
        f'<span class="tl_th">Tháng {moment.month}</span><span class="tl_nm">{moment.year}</span></div>'
    )


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    rows = "".join(
        f'<div class="bl_item"><div class="bl_ten"><b>{esc(name)}</b> <span class="bl_tg">({when})</span>'
        f'</div><div class="bl_nd">{esc(txt)}</div></div>'
        for name, when, txt in comments
    )
    return (
        f'<div class="binhluan"><div class="bl_tde">Ý kiến bạn đọc ({len(comments)})</div>{rows}'
        '<form action="/binh-luan/gui.html" method="post" class="bl_form">'
        f'<input type="hidden" name="idbv" value="{story.id}">'
        '<div>Họ tên: <input type="text" name="hoten"></div>'
        '<div>Email: <input type="text" name="email"></div>'
        '<div>Nội dung: <textarea name="noidung" rows="4" cols="50"></textarea></div>'
        '<div><input type="submit" value="Gửi ý kiến"></div></form></div>'
    )


def _newer(story: Story) -> str:
    newer = [s for s in ORDER if s.cat == story.cat and s.id > story.id][-3:]
    if not newer:
        return ""
    items = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a>'
        + (f' <span class="ngay_nho">({_dmy(_posted(s))})</span>' if _posted(s) else "")
        + "</li>"
        for s in newer
    )
    return f'<div class="tinkhac"><div class="tk_tde">Các tin mới hơn</div><ul>{items}</ul></div>'


def _article(request: Request, story: Story) -> Response:
    cat_name = CATS[story.cat]
    title_html = story.opts.get("title_html") or esc(story.title)
    byline_top = story.opts.get("byline_top")
    head_title = story.opts.get("old_title", story.title)
    parts = [
        f'<div class="duongdan"><a href="/">Trang chủ</a> » <a href="{cat_path(story.cat)}">'
        f"{esc(cat_name)}</a></div>",
        f'<h1 class="tieude_module">{esc(cat_name)}</h1>',
        f'<div class="khung_bv" id="bv{story.id}">',
        _leaf(story),
        f'<div class="tde_bv">{title_html}</div>',
        _info_line(story),
    ]
    if byline_top:
        parts.append(f'<div class="tacgia_bv"><i>{esc(byline_top)}</i></div>')
    if story.summary and story.sapo_outside:
        parts.append(f'<div class="mota_bv"><b>{esc(story.summary)}</b></div>')
    parts.append(f'<div class="nd_bv" id="noidung">\n{_content(story)}\n</div>')
    if "attach" in story.opts:
        name = story.opts["attach"]
        parts.append(
            f'<div class="dinhkem">Tải về: <a href="/upload/mnhoasen/files/{name}">{name}</a></div>'
        )
    parts.append(
        '<div class="congcu_bv"><a href="javascript:;" onclick="inBai('
        f'{story.id})"><img src="{TPL}/images/print.gif" alt=""> In bài</a> '
        f'<a href="javascript:;" onclick="guiEmail({story.id})"><img src="{TPL}/images/email.gif" '
        'alt=""> Gửi email</a> <a href="javascript:history.back()">Quay lại</a> '
        '<a href="https://www.facebook.com/sharer/sharer.php?u='
        f'{base_url(request)}{post_path(story)}" target="_blank">'
        f'<img src="{TPL}/images/share_fb.png" alt="Chia sẻ"></a></div>'
    )
    parts.append(_comments(story))
    parts.append(_newer(story))
    parts.append("</div>")
    return _page(
        request,
        f"{head_title} - Trường Mầm non Hoa Sen",
        "\n".join(p for p in parts if p),
        canonical=post_path(story),
        og_title=head_title,
    )


def _print(request: Request, story: Story) -> Response:
    moment = _posted(story)
    when = ""
    if moment is not None and story.opts.get("date") in ("time", "midnight"):
        hhmm = "00h00'" if story.opts["date"] == "midnight" else moment.strftime("%Hh%M'")
        when = f"Đăng lúc: {hhmm} - {_dmy(moment)}"
    elif moment is not None:
        when = f"Ngày {_dmy(moment)}"
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="mota_bv"><b>{esc(story.summary)}</b></div>'
    byline = story.opts.get("byline_top")
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{esc(story.title)}</title>"
        f'<link rel="canonical" href="{base_url(request)}{post_path(story)}"></head>'
        '<body onload="window.print()"><div class="in_bv">'
        '<div class="in_dau">TRƯỜNG MẦM NON HOA SEN - www.mnhoasen-tb.edu.vn</div>'
        f'<div class="tde_bv">{story.opts.get("title_html") or esc(story.title)}</div>'
        f'<div class="ttin_bv">{when}</div>'
        + (f'<div class="tacgia_bv"><i>{esc(byline)}</i></div>' if byline else "")
        + f'{sapo}<div class="nd_bv">{_content(story)}</div></div></body></html>'
    )
    return html(body)


# --- listings and other pages ---------------------------------------------------------------


def _item(story: Story) -> str:
    moment = _posted(story)
    date = f' <span class="ngay_ds">({_dmy(moment)})</span>' if moment else ""
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(lead) > 160:
        lead = lead[:160].rsplit(" ", 1)[0] + "..."
    thumb = next((i.src for i in story.images), f"{TPL}/images/no_image.jpg")
    thumb = thumb.replace(f"{UP}/", f"{UP}/thumb/")
    return (
        f'<div class="ds_tin"><a href="{post_path(story)}"><img src="{thumb}" width="120" '
        f'class="anh_ds" alt=""></a><div class="ds_tde"><a href="{post_path(story)}">'
        f"{esc(story.title)}</a>{date}</div><div class=\"ds_mota\">{esc(lead)}</div>"
        f'<div class="xemtiep"><a href="{post_path(story)}">Xem tiếp »</a></div>'
        '<div class="clear"></div></div>'
    )


def _listing(request: Request, cat: str, page: int) -> Response:
    stories = [s for s in ORDER if s.cat == cat]
    total = max(1, -(-len(stories) // PER_PAGE))
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(_item(s) for s in chunk) or (
        '<div class="thongbao_trong">Chưa có bài viết nào trong chuyên mục này!</div>'
    )
    pager = [f'<a href="{cat_path(cat, 1)}">« Đầu</a>']
    for n in range(1, total + 1):
        pager.append(f'<b class="tr_ht">[{n}]</b>' if n == page else f'<a href="{cat_path(cat, n)}">{n}</a>')
    if page <= total:
        # the product always prints "Sau" while the page is not past the end: on the last page
        # too, which leads to one empty page
        pager.append(f'<a href="{cat_path(cat, page + 1)}">Sau »</a>')
    center = (
        f'<div class="duongdan"><a href="/">Trang chủ</a> » {esc(CATS[cat])}</div>'
        f'<h1 class="tieude_module">{esc(CATS[cat])}</h1>{items}'
        f'<div class="phantrang">Trang: {" ".join(pager)}</div>'
    )
    return _page(request, f"{CATS[cat]} - Trang {page} - Trường Mầm non Hoa Sen", center)


def _home(request: Request) -> Response:
    slides = "".join(
        f'<div class="slide"><a href="{post_path(s)}"><img src="{s.images[0].src}" width="420" alt="">'
        f"</a><div class=\"sl_tde\"><a href=\"{post_path(s)}\">{esc(s.title)}</a></div></div>"
        for s in [BY_ID[178], BY_ID[175], BY_ID[171]]
    )
    newest = "".join(
        f'<li><a href="{post_path(s, s.opts.get("old_slug"))}">'
        f"{esc(s.opts.get('old_title', s.title))}</a></li>"
        for s in ORDER[:6]
    )
    blocks = []
    for cat, name in CATS.items():
        two = [s for s in ORDER if s.cat == cat][:2]
        blocks.append(
            f'<div class="khoi_dm"><div class="kdm_tde"><a href="{cat_path(cat)}">{esc(name)}</a></div>'
            + "".join(_item(s) for s in two)
            + "</div>"
        )
    center = (
        f'<div id="slide_tin">{slides}</div>'
        f'<div class="tin_moi"><div class="tm_tde">Tin mới</div><ul>{newest}</ul></div>'
        + "".join(blocks)
    )
    return _page(request, "Trường Mầm non Hoa Sen - Thành phố Thái Bình", center)


def _intro(request: Request, slug: str) -> Response:
    title, paras = INTRO_PAGES[slug]
    text = "".join(f"<div>{esc(p)}</div>" for p in paras)
    center = (
        f'<div class="duongdan"><a href="/">Trang chủ</a> » Giới thiệu</div>'
        f'<h1 class="tieude_module">Giới thiệu</h1><div class="tde_bv">{esc(title)}</div>'
        f'<div class="nd_bv">{text}</div>'
    )
    if slug == "lien-he":
        center += (
            '<form name="frmLienHe" onsubmit="alert(\'Đã gửi\');return false;">'
            '<div>Họ tên: <input name="hoten"></div><div>Nội dung: <textarea name="nd"></textarea></div>'
            '<input type="submit" value="Gửi"></form>'
        )
    return _page(request, f"{title} - Trường Mầm non Hoa Sen", center)


def _album(request: Request, aid: int) -> Response:
    _slug, title, day, photos = ALBUMS[aid]
    grid = "".join(
        f'<div class="o_anh"><a href="{UP}/album/{f}" rel="lightbox[al{aid}]" title="{esc(c)}">'
        f'<img src="{UP}/album/thumb/{f}" width="160" alt="{esc(c)}"></a><div>{esc(c)}</div></div>'
        for f, c in photos
    )
    center = (
        f'<div class="duongdan"><a href="/">Trang chủ</a> » <a href="/thu-vien-anh.html">Thư viện ảnh'
        f'</a></div><h1 class="tieude_module">Thư viện ảnh</h1><div class="tde_bv">{esc(title)}</div>'
        f'<div class="ttin_bv">Ngày đăng: {day} | Số ảnh: {len(photos)}</div>'
        f'<div class="luoi_anh">{grid}</div>'
    )
    return _page(request, f"{title} - Thư viện ảnh", center)


def _album_index(request: Request) -> Response:
    items = "".join(
        f'<div class="o_anh"><a href="{album_path(a)}"><img src="{UP}/album/thumb/{v[3][0][0]}" '
        f'width="160" alt=""></a><div><a href="{album_path(a)}">{esc(v[1])}</a></div></div>'
        for a, v in ALBUMS.items()
    )
    center = f'<h1 class="tieude_module">Thư viện ảnh</h1><div class="luoi_anh">{items}</div>'
    return _page(request, "Thư viện ảnh - Trường Mầm non Hoa Sen", center)


def _search(request: Request) -> Response:
    word = (parse_qs(request.query).get("tukhoa") or [""])[0].strip()
    if not word:
        found = '<div class="thongbao_trong">Vui lòng nhập từ khóa cần tìm!</div>'
    else:
        hits = [s for s in ORDER if word.casefold() in s.title.casefold()]
        found = "".join(_item(s) for s in hits) or (
            '<div class="thongbao_trong">Không tìm thấy kết quả nào phù hợp.</div>'
        )
    center = f'<h1 class="tieude_module">Kết quả tìm kiếm: {esc(word)}</h1>{found}'
    return _page(request, "Tìm kiếm - Trường Mầm non Hoa Sen", center)


_POST = re.compile(r"^/tin-tuc/(.*)-(\d+)\.html$")
_CAT = re.compile(r"^/danh-muc/([a-z0-9-]+)/trang-(\d+)\.html$")
_INTRO = re.compile(r"^/gioi-thieu/([a-z0-9-]+)\.html$")
_ALBUM = re.compile(r"^/thu-vien-anh/([a-z0-9-]+)-(\d+)\.html$")
_PRINT = re.compile(r"^/in-bai/(\d+)\.html$")
_STATIC_DIRS = ("/upload/", "/templates/", "/js/", "/images/")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_DIRS):
            return static_file(path)
        if path == "/" or path == "/index.php":
            return _home(request)
        if m := _POST.match(path):
            story = BY_ID.get(int(m.group(2)))
            # the rewrite rule ignores the slug; an empty slug is not matched by the product
            return _article(request, story) if story and m.group(1) else None
        if m := _CAT.match(path):
            page = int(m.group(2))
            if m.group(1) in CATS and 1 <= page <= 20:
                return _listing(request, m.group(1), page)
            return None
        if m := _INTRO.match(path):
            return _intro(request, m.group(1)) if m.group(1) in INTRO_PAGES else None
        if m := _ALBUM.match(path):
            aid = int(m.group(2))
            return _album(request, aid) if aid in ALBUMS and ALBUMS[aid][0] == m.group(1) else None
        if m := _PRINT.match(path):
            story = BY_ID.get(int(m.group(1)))
            return _print(request, story) if story else None
        if path == "/thu-vien-anh.html":
            return _album_index(request)
        if path == "/tim-kiem.html":
            return _search(request)
        if path == "/binh-luan/gui.html":
            return html(
                '<html><head><meta charset="utf-8"><meta name="robots" content="noindex"></head><body>'
                "<script>alert('Ý kiến của bạn đã được gửi và đang chờ duyệt.');history.back();</script>"
                "</body></html>"
            )
        return None


def build_site() -> Site:
    return Site()


def _alts(story: Story) -> list[str]:
    alts = []
    if "old_slug" in story.opts:
        alts.append(post_path(story, story.opts["old_slug"]))
    alts.append(f"/in-bai/{story.id}.html")
    return alts


GOLD = [
    gold_record(s, post_path(s), CATS[s.cat], alt_paths=_alts(s))
    for s in sorted(STORIES, key=lambda s: s.id)
]
