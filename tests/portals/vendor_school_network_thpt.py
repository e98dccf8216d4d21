"""Trường THPT Chuyên Lê Quý Đôn (Điện Biên) on a vendor's province-wide school-website network.

Platform
--------
One PHP application ("Hệ thống website trường học tỉnh Điện Biên", built by a fictional vendor,
"Công ty CP Giải pháp Giáo dục Tây Bắc") serves every school of the province, each under its own
path prefix; all schools share the same templates and pick a colour theme (this one: ``xanh-la``).
Modules: news (``tin-tuc``), documents (``van-ban``), photo library (``thu-vien-anh``), intro pages
(``gioi-thieu``), contact. Every page prints ``<base href="http://host/<school>/">`` and nearly
all links are written relative to it without a leading slash.

URL scheme
----------
- ``/``                                                 the network's home: every school, no news
- ``/thpt-chuyen-lqd/``                                 the school's home (START_PATH)
- ``/thpt-chuyen-lqd/tin-tuc/<id>/<slug>.html``         a post (the app routes on the id only)
- ``/thpt-chuyen-lqd/tin-tuc/danh-muc/<cat>?trang=<N>`` a category list, 3 posts a page
- ``/thpt-chuyen-lqd/index.php?mod=tintuc&act=chitiet&id=<id>``  the legacy post URL, still served
- ``/thpt-chuyen-lqd/gioi-thieu/<slug>.html``           intro pages
- ``/thpt-chuyen-lqd/van-ban/`` and ``van-ban/<id>/<slug>.html``            documents module
- ``/thpt-chuyen-lqd/thu-vien-anh/`` and ``thu-vien-anh/<id>/<slug>.html``  photo module
- ``/thpt-chuyen-lqd/lien-he.html``                     contact
- ``/upload/...``-style images live under the school prefix: ``/thpt-chuyen-lqd/upload/...``
- other schools: ``/thcs-him-lam/``, ``/th-noong-bua/``, ``/thpt-phan-dinh-giot/`` (+ their posts)

Page templates
--------------
Chrome: top bar with today's date and a link to the network home, banner with the school's name
as the page's only ``<h1>``, a horizontal menu with drop-downs, breadcrumb ``#duongdan``, left
column content, right column portlets (notices, most read, network news, web links, poll, visitor
counter), footer. A post: ``div.khung-tin`` > ``div.tde-tin > span`` (headline), ``div.ttin-phu``
(date line, "Người đăng", views, print / listen tools), optional ``h2.mo-ta`` (sapo), a hidden
``div.tts-nguon`` (text for the listen widget), ``div.nd-tin`` (the text), attachments, share bar,
"Tin mới cùng chuyên mục".

How each gold article is reached
--------------------------------
Home: slider (3 newest), "Tin mới nhất" (5 newest), one block per category (2 newest each),
"Thông báo" portlet (3 newest notices) and "Đọc nhiều nhất" (legacy URLs). Category lists hold 3 a
page: "Tin hoạt động" (5 posts, 2 pages) and "Thông báo" (4 posts, 2 pages). 2839 and 2832 are
reached only from "Tin hoạt động" page 2, 2828 only from "Thông báo" page 2 ("Tin mới cùng chuyên
mục" lists the 2 newest other posts of the category, never the older ones).

Traps
-----
1. Network scope: ``/`` (linked from every top bar) lists every school, and the right column's
   "Tin từ các trường trong mạng" portlet links posts of other schools (``/thcs-him-lam/tin-tuc/
   2871/...``) printed in the very same template. Gold: only posts under ``/thpt-chuyen-lqd/``;
   the other schools' posts are not this portal's articles.
2. ``<base href="http://host/thpt-chuyen-lqd/">`` with slash-less links (``tin-tuc/2873/x.html``,
   ``index.php?...``, images ``upload/tintuc/...``). Resolved against the page's own directory
   they give ``/thpt-chuyen-lqd/tin-tuc/2873/tin-tuc/...`` (404). Gold image paths are resolved
   against the base (``/thpt-chuyen-lqd/upload/...``).
3. The headline is not the ``<h1>``: the banner's ``<h1 class="tentruong">`` is the school name on
   every page, ``og:title`` is the site name and ``<title>`` is "<category> | <school>". The
   headline is ``<div class="tde-tin"><span>``. Gold title: that span's text.
4. The "Nghe đọc" (text-to-speech) widget carries a hidden copy of the whole text in
   ``<div class="tts-nguon" style="display:none">`` just before the visible text. Gold body: once.
5. 12-hour clock with Vietnamese SA/CH: "03/12/2026 02:30:00 CH" is 14:30, "14/11/2026 12:20:00
   CH" is 12:20 (noon, not 00:20), "27/11/2026 09:40:00 SA" is 09:40; other posts print "Đăng lúc
   08h15' ngày 01/12/2026". Gold: the 24-hour time with +07:00.
6. Photo grid: two photos side by side in a ``<table class="bang-anh">``, their captions in the
   row below, column by column. Gold: each photo gets its own column's caption; the caption row is
   not body text.
7. Photo-module inserts (``div.khung-anhtv``) print the caption ABOVE the photo, in the same box.
   Gold: that line is the following photo's caption, not body.
8. One post, several URLs: the "Đọc nhiều nhất" portlet links the legacy
   ``index.php?mod=tintuc&act=chitiet&id=N``; the "Tin hoạt động" list still prints the slug of a
   renamed post (2858); the app serves the post at any slug of its id; ``<link rel=canonical>``
   names the current slug. Gold: the current slug's path, the others in ``alt_paths``.
9. A parenthesised tail after the signer: "Trần Thị Hoa (Theo Báo Điện Biên Phủ)" is author +
   source "Báo Điện Biên Phủ", while "Nguyễn Thị Lan Anh (Tổ Sử - Địa - GDKT&PL)" is author + her
   unit (no source). "ThS. Nguyễn Văn Thắng - Tổ trưởng Tổ Toán - Tin" -> "Nguyễn Văn Thắng".
10. The info bar's "Người đăng: lqd_quantri" is the CMS account (nobody); "Cập nhật: …" is printed
    before "Ngày đăng: …" (gold: Ngày đăng); a notice printed as an official document (2855) takes
    its letterhead day "2026-11-18", not the posting time of 19/11.
11. A verse quoted as ``<blockquote><p><em>line<br>line</em></p></blockquote>``: two paragraphs.
12. Listing snippets are the first paragraph cut at 160 characters with "..."; the home's slider
    repeats the headline in an ``alt``/``title``; "Tin mới cùng chuyên mục" prints dates
    "(dd/mm/yyyy)" after each link: chrome, never body or date.

Gold decisions on ambiguous points
----------------------------------
- Sapo: the ``h2.mo-ta`` line (2873, 2858, 2843) is the summary and the body's first paragraph; a
  bold first paragraph of the text (2862, 2847) is the summary too. Others: null.
- "Ảnh: X" under a photo credits X (caption None, X a photographer); a caption in parentheses
  loses them.
- 2828 closes with the post "Phó Hiệu trưởng" and the name on the next line: author the name.
- "BBT" signing alone (2836) is nobody. "Tổ Văn phòng" / "Tổ Ngữ văn" signing alone are authors.
- The official notice (2855): letterhead table, "THÔNG BÁO / Về việc …" lines and the "Nơi nhận"
  / signer table are not body; signer "Phạm Đức Thuận" is the author.
- Attachment lines ("Tệp đính kèm") are not body.
- Category: the breadcrumb's last item.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "vendor_school_network_thpt"
PLATFORM = "Vendor school-website network (one PHP app, per-school path prefix, colour themes)"
PREFIX = "thpt-chuyen-lqd"
START_PATH = f"/{PREFIX}/"

SCHOOL = "Trường THPT Chuyên Lê Quý Đôn"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

CATS: dict[int, str] = {
    3: "Tin hoạt động",
    5: "Thông báo",
    8: "Hoạt động chuyên môn",
    11: "Đoàn thanh niên",
}
PAGE_SIZE = 3


def slugify(value: str) -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _right(markup: str, tag: str = "p") -> Raw:
    return Raw(f'<{tag} style="text-align:right">{markup}</{tag}>')


U12 = "upload/tintuc/2026_12/"
U11 = "upload/tintuc/2026_11/"
U10 = "upload/tintuc/2026_10/"

STORIES: list[Story] = [
    Story(
        id=2873,
        slug="",
        title="Sôi nổi Hội thi “Giai điệu tuổi hồng” chào mừng 82 năm Ngày thành lập Quân đội "
        "nhân dân Việt Nam",
        cat="Tin hoạt động",
        published_at="2026-12-03T14:30:00+07:00",
        summary="Chiều 02/12/2026, tại hội trường nhà trường, Đoàn trường THPT Chuyên Lê Quý Đôn "
        "tổ chức vòng chung kết Hội thi “Giai điệu tuổi hồng” với sự tham gia của 12 tiết mục đến "
        "từ các chi đoàn lớp.",
        sapo_outside=True,
        blocks=[
            P("Đến dự hội thi có thầy Phạm Đức Thuận, Bí thư Chi bộ, Hiệu trưởng nhà trường; đại "
              "diện Ban Chấp hành Công đoàn, Hội Cha mẹ học sinh cùng đông đảo giáo viên và học sinh."),
            P("Các tiết mục dự thi được dàn dựng công phu, đa dạng về thể loại: đơn ca, song ca, tốp "
              "ca, múa phụ họa và hát kết hợp nhạc cụ dân tộc. Nhiều tiết mục mang đậm bản sắc văn "
              "hóa các dân tộc Thái, Mông, Khơ Mú của tỉnh Điện Biên."),
            Img(U12 + "giai-dieu-tuoi-hong-1.jpg", "Tiết mục múa “Xòe hoa” của Chi đoàn 11 Văn",
                "Tiết mục múa “Xòe hoa” của Chi đoàn 11 Văn", "grid"),
            Img(U12 + "giai-dieu-tuoi-hong-2.jpg",
                "Tốp ca Chi đoàn 12 Toán với ca khúc “Vì nhân dân quên mình”",
                "Tốp ca Chi đoàn 12 Toán với ca khúc “Vì nhân dân quên mình”", "grid"),
            P("Kết quả, Ban Tổ chức trao giải Nhất cho Chi đoàn 11 Văn, giải Nhì cho Chi đoàn 12 "
              "Toán và Chi đoàn 10 Anh, giải Ba cho Chi đoàn 11 Sinh, 10 Hóa và 12 Địa."),
            P("Hội thi là hoạt động thiết thực nhằm giáo dục truyền thống yêu nước, lòng biết ơn đối "
              "với các thế hệ cha anh, đồng thời tạo sân chơi lành mạnh, bổ ích cho học sinh sau "
              "những giờ học căng thẳng."),
            _right("<strong>Tin, ảnh: Lò Thị Hương</strong>"),
        ],
        authors=["Lò Thị Hương"],
        photographers=["Lò Thị Hương"],
        opts={"date": '<span class="ngaydang">03/12/2026 02:30:00 CH</span>'},
    ),
    Story(
        id=2869,
        slug="",
        title="Đoàn trường ra quân Chiến dịch “Mùa đông ấm” tại bản Na Sang",
        cat="Đoàn thanh niên",
        published_at="2026-12-01T08:15:00+07:00",
        blocks=[
            P("Sáng 29/11/2026, Đoàn Thanh niên Trường THPT Chuyên Lê Quý Đôn phối hợp với Đoàn xã "
              "Na Sang tổ chức chương trình tình nguyện “Mùa đông ấm” năm 2026."),
            P("Đoàn viên các chi đoàn đã quyên góp được 350 bộ quần áo ấm, 120 chiếc chăn, 500 quyển "
              "vở và nhiều đồ dùng học tập; tổng trị giá quà tặng ước tính hơn 45 triệu đồng."),
            Img(U12 + "mua-dong-am-1.jpg",
                "Đoàn viên trao quà cho học sinh Trường PTDTBT Tiểu học Na Sang",
                "Đoàn viên trao quà cho học sinh Trường PTDTBT Tiểu học Na Sang", "above"),
            P("Trong chuyến đi, các đoàn viên còn tổ chức trò chơi dân gian, hướng dẫn các em nhỏ rửa "
              "tay đúng cách và tặng 50 suất quà cho các hộ gia đình có hoàn cảnh khó khăn trong bản."),
            P("Chương trình là dịp để đoàn viên, thanh niên nhà trường rèn luyện kỹ năng sống, lan "
              "tỏa tinh thần sẻ chia “lá lành đùm lá rách” của tuổi trẻ Lê Quý Đôn."),
            _right("<em>Quàng Văn Dũng - Bí thư Đoàn trường</em>"),
        ],
        authors=["Quàng Văn Dũng"],
        opts={"date": "Đăng lúc 08h15' ngày 01/12/2026"},
    ),
    Story(
        id=2866,
        slug="",
        title="Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-30T16:45:00+07:00",
        blocks=[
            P("Căn cứ Kế hoạch năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra cuối học kỳ I "
              "đối với học sinh các khối 10, 11, 12 như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "row"),
            P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("14/12/2026 | Chiều | Tiếng Anh | 60 phút", "row"),
            P("15/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("16/12/2026 | Sáng | Các môn lựa chọn | 45 phút", "row"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh; "
              "không mang điện thoại và tài liệu vào phòng kiểm tra."),
            P("Giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh của lớp mình phụ trách."),
            _right("<strong>Tổ Văn phòng</strong>"),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "date": '<span class="capnhat">Cập nhật: 02/12/2026 10:20</span> | '
            '<span class="ngaydang">Ngày đăng: 30/11/2026 16:45</span>',
            "attach": ("upload/vanban/lich-kiem-tra-hk1-2026.pdf", "Lich_kiem_tra_HKI_2026-2027.pdf"),
        },
    ),
    Story(
        id=2862,
        slug="",
        title="Hội thảo chuyên đề “Dạy học phát triển năng lực môn Toán theo Chương trình GDPT 2018”",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-27T09:40:00+07:00",
        summary="Ngày 25/11/2026, Tổ Toán - Tin tổ chức hội thảo chuyên đề cấp trường với sự tham "
        "gia của giáo viên bộ môn Toán các trường THPT trên địa bàn tỉnh.",
        blocks=[
            P("Ngày 25/11/2026, Tổ Toán - Tin tổ chức hội thảo chuyên đề cấp trường với sự tham gia "
              "của giáo viên bộ môn Toán các trường THPT trên địa bàn tỉnh.", "b"),
            P("Hội thảo tập trung vào ba nội dung chính:"),
            P("Thiết kế chủ đề dạy học gắn với thực tiễn địa phương;", "li"),
            P("Sử dụng phần mềm GeoGebra trong dạy học hình học không gian;", "li"),
            P("Đổi mới kiểm tra, đánh giá theo định hướng phát triển năng lực.", "li"),
            Img(U11 + "hoi-thao-toan.jpg", "Ảnh: Nguyễn Văn Thắng", None),
            P("Các ý kiến thảo luận đều thống nhất: muốn phát triển năng lực học sinh, giáo viên cần "
              "tăng cường tổ chức các hoạt động học tập để học sinh tự khám phá kiến thức, tránh "
              "truyền thụ một chiều."),
            _right("<strong>ThS. Nguyễn Văn Thắng - Tổ trưởng Tổ Toán - Tin</strong>"),
        ],
        authors=["Nguyễn Văn Thắng"],
        photographers=["Nguyễn Văn Thắng"],
        opts={"date": '<span class="ngaydang">27/11/2026 09:40:00 SA</span>'},
    ),
    Story(
        id=2858,
        slug="",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="Tin hoạt động",
        published_at="2026-11-20T10:00:00+07:00",
        summary="Sáng 19/11/2026, Trường THPT Chuyên Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam và tôn vinh các thầy cô giáo có thành tích xuất sắc trong năm học "
        "2025 - 2026.",
        sapo_outside=True,
        blocks=[
            P("Tới dự buổi lễ có đồng chí Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Điện Biên, đại "
              "diện lãnh đạo phường Mường Thanh cùng các thế hệ thầy cô giáo đã từng công tác tại trường."),
            P("Phát biểu tại buổi lễ, thầy Hiệu trưởng Phạm Đức Thuận ôn lại truyền thống vẻ vang của "
              "nhà trường và bày tỏ lòng biết ơn tới các thế hệ thầy cô đã dày công vun đắp cho sự "
              "nghiệp giáo dục mũi nhọn của tỉnh."),
            Img(U11 + "le-20-11-1.jpg",
                "(Lãnh đạo Sở GD&ĐT tặng hoa chúc mừng tập thể giáo viên nhà trường)",
                "Lãnh đạo Sở GD&ĐT tặng hoa chúc mừng tập thể giáo viên nhà trường"),
            P("Nhân dịp này, 15 giáo viên được tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo; 02 "
              "tập thể tổ chuyên môn được công nhận danh hiệu “Tập thể lao động xuất sắc”."),
            P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn, gửi "
              "tặng những đóa hoa tri ân tới thầy cô."),
            _right("<strong>Trần Thị Hoa</strong> (Theo Báo Điện Biên Phủ)"),
        ],
        authors=["Trần Thị Hoa"],
        source="Báo Điện Biên Phủ",
        opts={
            "date": '<span class="ngaydang">Thứ Sáu, 20/11/2026 - 10:00</span>',
            "old_slug": "nha-truong-to-chuc-mit-tinh-ky-niem-ngay-20-11",
        },
    ),
    Story(
        id=2855,
        slug="",
        title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp trường lớp 12 năm học "
        "2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-18",
        blocks=[
            Raw(
                '<table class="MsoNormalTable" border="0" width="100%" cellpadding="0"><tbody><tr>'
                '<td width="40%" style="text-align:center">SỞ GD&amp;ĐT ĐIỆN BIÊN<br>'
                "<b>TRƯỜNG THPT CHUYÊN<br>LÊ QUÝ ĐÔN</b></td>"
                '<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>'
                "<u>Độc lập - Tự do - Hạnh phúc</u></b></td></tr><tr>"
                '<td style="text-align:center">Số: 215/TB-THPTCLQĐ</td>'
                '<td style="text-align:right"><i>Điện Biên, ngày 18 tháng 11 năm 2026</i></td>'
                "</tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align:center"><b>THÔNG BÁO</b><br><b>Về việc tổ chức Kỳ thi chọn '
                "học sinh giỏi cấp trường lớp 12</b><br><b>năm học 2026 - 2027</b></p>"
            ),
            P("Căn cứ Kế hoạch số 198/KH-THPTCLQĐ ngày 02/10/2026 của Trường THPT Chuyên Lê Quý Đôn "
              "về việc bồi dưỡng học sinh giỏi năm học 2026 - 2027;"),
            P("Nhà trường thông báo tổ chức Kỳ thi chọn học sinh giỏi cấp trường lớp 12 như sau:"),
            P("1. Thời gian thi: ngày 05/12/2026 và 06/12/2026."),
            P("2. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
              "Tiếng Anh."),
            P("3. Đối tượng dự thi: học sinh lớp 12 có kết quả học tập năm học 2025 - 2026 đạt mức "
              "Tốt, đăng ký qua giáo viên chủ nhiệm trước ngày 28/11/2026."),
            P("Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên chủ nhiệm và học sinh "
              "nghiêm túc thực hiện./."),
            Raw(
                '<table border="0" width="100%"><tbody><tr><td valign="top" width="50%">'
                "<b><i>Nơi nhận:</i></b><br>- Sở GD&amp;ĐT (b/c);<br>- Các tổ chuyên môn;<br>"
                '- Lưu: VT.</td><td style="text-align:center" valign="top"><b>HIỆU TRƯỞNG</b><br>'
                "<br><i>(Đã ký)</i><br><br><b>Phạm Đức Thuận</b></td></tr></tbody></table>"
            ),
        ],
        authors=["Phạm Đức Thuận"],
        opts={
            "date": '<span class="ngaydang">19/11/2026 07:30:00 SA</span>',
            "attach": ("upload/vanban/tb-215-hsg-truong-lop12.pdf", "TB_215_HSG_cap_truong_lop12.pdf"),
        },
    ),
    Story(
        id=2851,
        slug="",
        title="Học sinh nhà trường giành 12 huy chương tại Hội khỏe Phù Đổng tỉnh Điện Biên lần "
        "thứ XIII",
        cat="Tin hoạt động",
        published_at="2026-11-14T12:20:00+07:00",
        blocks=[
            P("Hội khỏe Phù Đổng tỉnh Điện Biên lần thứ XIII diễn ra từ ngày 08 đến 12/11/2026 với sự "
              "tham gia của hơn 1.200 vận động viên là học sinh các cơ sở giáo dục trong toàn tỉnh."),
            P("Đoàn vận động viên Trường THPT Chuyên Lê Quý Đôn tham gia 5 môn: điền kinh, bóng bàn, "
              "cầu lông, cờ vua và đẩy gậy. Kết quả, đoàn giành 03 huy chương Vàng, 04 huy chương Bạc "
              "và 05 huy chương Đồng."),
            Img(U11 + "hkpd-xiii-day-gay.jpg",
                "(Em Lò Văn Thành, lớp 11 Lý, nhận huy chương Vàng môn đẩy gậy)",
                "Em Lò Văn Thành, lớp 11 Lý, nhận huy chương Vàng môn đẩy gậy"),
            P("Thành tích trên là kết quả của quá trình tập luyện nghiêm túc, sự quan tâm của Ban "
              "Giám hiệu và sự đồng hành của các thầy cô Tổ Thể dục - Quốc phòng."),
            _right("<strong>Bài và ảnh: Đinh Công Minh</strong>"),
        ],
        authors=["Đinh Công Minh"],
        photographers=["Đinh Công Minh"],
        opts={"date": '<span class="ngaydang">14/11/2026 12:20:00 CH</span>'},
    ),
    Story(
        id=2847,
        slug="",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại Tổ Ngữ văn",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-10T15:20:00+07:00",
        summary="Thực hiện kế hoạch sinh hoạt chuyên môn học kỳ I, ngày 06/11/2026, Tổ Ngữ văn tổ "
        "chức dự giờ, phân tích bài học “Tây Tiến” (Quang Dũng) tại lớp 12 Văn.",
        blocks=[
            P("Thực hiện kế hoạch sinh hoạt chuyên môn học kỳ I, ngày 06/11/2026, Tổ Ngữ văn tổ chức "
              "dự giờ, phân tích bài học “Tây Tiến” (Quang Dũng) tại lớp 12 Văn.", "b"),
            P("Tiết dạy do cô Lê Thị Thu Trang thực hiện đã tổ chức cho học sinh làm việc nhóm, tìm "
              "hiểu hình tượng người lính Tây Tiến gắn với thiên nhiên miền Tây hùng vĩ, qua những "
              "câu thơ mở đầu bài thơ:"),
            P("Sông Mã xa rồi Tây Tiến ơi!", "q"),
            P("Nhớ về rừng núi nhớ chơi vơi", "q"),
            P("Sau tiết dạy, các thầy cô tập trung phân tích hoạt động học của học sinh thay vì nhận "
              "xét, xếp loại giờ dạy; từ đó đề xuất điều chỉnh câu hỏi thảo luận cho phù hợp với từng "
              "nhóm đối tượng."),
            P("Hình thức sinh hoạt chuyên môn này giúp giáo viên chia sẻ kinh nghiệm, đổi mới phương "
              "pháp và nâng cao chất lượng dạy học môn Ngữ văn trong nhà trường."),
            _right("<b>Tổ Ngữ văn</b>"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={"date": '<span class="ngaydang">Thứ Ba, 10/11/2026 - 15:20</span>'},
    ),
    Story(
        id=2843,
        slug="",
        title="Hội trại “Tuổi trẻ Lê Quý Đôn - Tiếp bước truyền thống” năm 2026",
        cat="Đoàn thanh niên",
        published_at="2026-11-03T19:05:00+07:00",
        summary="Trong hai ngày 31/10 và 01/11/2026, Đoàn trường tổ chức Hội trại truyền thống với "
        "chủ đề “Tuổi trẻ Lê Quý Đôn - Tiếp bước truyền thống”, thu hút 36 chi đoàn tham gia.",
        sapo_outside=True,
        blocks=[
            P("Hội trại gồm nhiều hoạt động sôi nổi: thi cổng trại đẹp, thi nấu ăn, trò chơi lớn "
              "“Hành trình về Điện Biên Phủ”, đêm lửa trại và giao lưu văn nghệ."),
            Img(U11 + "hoi-trai-2026-1.jpg", "Cổng trại của Chi đoàn 10 Sử - Địa mô phỏng đồi A1",
                "Cổng trại của Chi đoàn 10 Sử - Địa mô phỏng đồi A1", "above"),
            Img(U11 + "hoi-trai-2026-2.jpg", "Trò chơi lớn “Hành trình về Điện Biên Phủ”",
                "Trò chơi lớn “Hành trình về Điện Biên Phủ”", "above"),
            P("Kết thúc hội trại, Ban Tổ chức trao giải Nhất toàn đoàn cho Chi đoàn 11 Anh; giải Nhì "
              "cho Chi đoàn 12 Hóa và 10 Toán."),
            _right("<strong>Tin: Lường Thị Ngọc - Ảnh: Vì Văn Tâm</strong>"),
        ],
        authors=["Lường Thị Ngọc"],
        photographers=["Vì Văn Tâm"],
        opts={"date": "Đăng lúc 19h05' ngày 03/11/2026"},
    ),
    Story(
        id=2839,
        slug="",
        title="Giao lưu văn hóa, thể thao với Trường PTDTNT THPT tỉnh Điện Biên",
        cat="Tin hoạt động",
        published_at="2026-10-26T16:10:00+07:00",
        blocks=[
            P("Nhằm tăng cường tình đoàn kết, học hỏi kinh nghiệm trong công tác giáo dục học sinh, "
              "chiều 24/10/2026, Trường THPT Chuyên Lê Quý Đôn tổ chức chương trình giao lưu văn "
              "hóa, thể thao với Trường Phổ thông Dân tộc nội trú THPT tỉnh Điện Biên."),
            P("Chương trình gồm các trận giao hữu bóng đá nam, bóng chuyền nữ và đêm văn nghệ với các "
              "tiết mục múa xòe, khèn Mông, hát then."),
            Img(U10 + "giao-luu-ptdtnt.jpg", None, None),
            P("Thông qua buổi giao lưu, học sinh hai trường có thêm cơ hội gặp gỡ, tìm hiểu văn hóa "
              "các dân tộc và rèn luyện kỹ năng giao tiếp, làm việc nhóm."),
            _right("<em>Nguồn: Website Sở GD&amp;ĐT Điện Biên</em>"),
        ],
        source="Website Sở GD&ĐT Điện Biên",
        opts={"date": '<span class="ngaydang">26/10/2026 04:10:00 CH</span>'},
    ),
    Story(
        id=2836,
        slug="",
        title="Thông báo lịch họp cha mẹ học sinh giữa học kỳ I",
        cat="Thông báo",
        published_at="2026-10-20",
        blocks=[
            P("Nhà trường trân trọng kính mời quý cha mẹ học sinh tới dự họp giữa học kỳ I năm học "
              "2026 - 2027, cụ thể như sau:", "div"),
            P("- Thời gian: 7 giờ 30 phút, Chủ nhật ngày 25/10/2026.", "div"),
            P("- Địa điểm: tại các phòng học của lớp.", "div"),
            P("- Nội dung: thông báo kết quả học tập, rèn luyện giữa học kỳ I; trao đổi biện pháp "
              "phối hợp giáo dục học sinh.", "div"),
            P("Rất mong quý cha mẹ học sinh thu xếp thời gian tham dự đầy đủ, đúng giờ.", "div"),
            _right("<b>BBT</b>", "div"),
        ],
        opts={"date": '<span class="ngaydang">Ngày 20/10/2026</span>'},
    ),
    Story(
        id=2832,
        slug="",
        title="Tuyên truyền phòng, chống ma túy và an toàn giao thông cho học sinh",
        cat="Tin hoạt động",
        published_at="2026-10-12T15:05:00+07:00",
        blocks=[
            P("Chiều 10/10/2026, Trường THPT Chuyên Lê Quý Đôn phối hợp với Công an phường Mường "
              "Thanh tổ chức buổi tuyên truyền pháp luật về phòng, chống ma túy và bảo đảm trật tự an "
              "toàn giao thông cho hơn 900 học sinh."),
            P("Báo cáo viên đã thông tin về tình hình tội phạm ma túy trên địa bàn tỉnh, thủ đoạn lôi "
              "kéo học sinh sử dụng các chất gây nghiện mới như thuốc lá điện tử, “nước vui”, "
              "“tem giấy”..."),
            Img(U10 + "tuyen-truyen-ma-tuy.jpg", "Quang cảnh buổi tuyên truyền",
                "Quang cảnh buổi tuyên truyền"),
            P("Về an toàn giao thông, học sinh được hướng dẫn các quy định khi điều khiển xe đạp "
              "điện, xe máy dưới 50 cm3; việc đội mũ bảo hiểm đúng cách và không sử dụng điện thoại "
              "khi tham gia giao thông."),
            _right("<strong>Nguyễn Thị Lan Anh (Tổ Sử - Địa - GDKT&amp;PL)</strong>"),
        ],
        authors=["Nguyễn Thị Lan Anh"],
        opts={"date": '<span class="ngaydang">Thứ Hai, 12/10/2026 - 15:05</span>'},
    ),
    Story(
        id=2828,
        slug="",
        title="Kế hoạch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-10-05T10:35:00+07:00",
        blocks=[
            P("Thực hiện kế hoạch giáo dục năm học 2026 - 2027, nhà trường xây dựng kế hoạch kiểm tra "
              "giữa học kỳ I như sau:"),
            P("I. Mục đích, yêu cầu", "h"),
            P("Đánh giá mức độ đạt được yêu cầu cần đạt của chương trình; kết quả kiểm tra là căn cứ "
              "để giáo viên điều chỉnh phương pháp dạy học."),
            P("II. Thời gian và hình thức", "h"),
            P("Kiểm tra tập trung các môn Toán, Ngữ văn, Tiếng Anh từ ngày 19/10 đến 23/10/2026; các "
              "môn còn lại kiểm tra theo thời khóa biểu, hình thức tự luận kết hợp trắc nghiệm."),
            P("III. Tổ chức thực hiện", "h"),
            P("Các tổ chuyên môn xây dựng ma trận, đề kiểm tra và nộp về Phó Hiệu trưởng phụ trách "
              "chuyên môn trước ngày 14/10/2026."),
            _right("<strong>PHÓ HIỆU TRƯỞNG</strong>"),
            _right("<strong>Hoàng Văn Khánh</strong>"),
        ],
        authors=["Hoàng Văn Khánh"],
        opts={
            "date": '<span class="capnhat">Cập nhật: 15/10/2026 08:00</span> | '
            '<span class="ngaydang">Ngày đăng: 05/10/2026 10:35</span>',
            "attach": ("upload/vanban/ke-hoach-kt-giua-hk1.pdf", "KH_kiem_tra_giua_HKI.pdf"),
        },
    ),
]
for _s in STORIES:
    _s.slug = slugify(_s.title)
BY_ID = {s.id: s for s in STORIES}
CAT_ID = {name: cid for cid, name in CATS.items()}

#: the "Đọc nhiều nhất" portlet: legacy URLs
MOST_READ = [2858, 2851, 2847, 2836]
#: other schools' posts in the shared "Tin từ các trường trong mạng" portlet
OTHER_SCHOOLS = {
    "thcs-him-lam": ("Trường THCS Him Lam", "do"),
    "th-noong-bua": ("Trường Tiểu học Noong Bua", "cam"),
    "thpt-phan-dinh-giot": ("Trường THPT Phan Đình Giót", "xanh-duong"),
}
OTHER_POSTS = {
    ("thcs-him-lam", 2871): Story(
        id=2871,
        slug="thcs-him-lam-to-chuc-ngay-hoi-doc-sach-nam-2026",
        title="THCS Him Lam tổ chức Ngày hội đọc sách năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-02T09:00:00+07:00",
        blocks=[
            P("Sáng 01/12/2026, Trường THCS Him Lam tổ chức Ngày hội đọc sách với nhiều hoạt động "
              "như trưng bày sách, thi kể chuyện theo sách và đổi sách cũ lấy cây xanh."),
            P("Ngày hội thu hút đông đảo học sinh tham gia, góp phần xây dựng văn hóa đọc trong nhà "
              "trường."),
        ],
        opts={"date": '<span class="ngaydang">02/12/2026 09:00:00 SA</span>'},
    ),
    ("th-noong-bua", 2870): Story(
        id=2870,
        slug="tieu-hoc-noong-bua-huong-ung-tuan-le-hoc-tap-suot-doi",
        title="Tiểu học Noong Bua hưởng ứng Tuần lễ học tập suốt đời",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-01T15:00:00+07:00",
        blocks=[
            P("Hưởng ứng Tuần lễ học tập suốt đời năm 2026, Trường Tiểu học Noong Bua phát động "
              "phong trào “Mỗi ngày một trang sách” tới toàn thể học sinh."),
        ],
        opts={"date": '<span class="ngaydang">01/12/2026 03:00:00 CH</span>'},
    ),
}

INTRO = {
    "lich-su-phat-trien": (
        "Lịch sử phát triển",
        [
            "Trường THPT Chuyên Lê Quý Đôn là trường chuyên duy nhất của tỉnh Điện Biên, có nhiệm "
            "vụ phát hiện, bồi dưỡng học sinh năng khiếu và tạo nguồn nhân lực chất lượng cao cho "
            "tỉnh.",
            "Qua nhiều năm xây dựng và phát triển, nhà trường đã được tặng thưởng nhiều danh hiệu "
            "cao quý; học sinh nhà trường liên tục đạt giải trong kỳ thi chọn học sinh giỏi quốc gia.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: Phạm Đức Thuận.",
            "Phó Hiệu trưởng: Hoàng Văn Khánh, Lê Thị Minh Nguyệt.",
            "Nhà trường có 7 tổ chuyên môn và Tổ Văn phòng với 86 cán bộ, giáo viên, nhân viên.",
        ],
    ),
}
DOCS = {
    45: ("ke-hoach-nam-hoc-2026-2027", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
         "125/KH-THPTCLQĐ", "15/09/2026", "upload/vanban/ke-hoach-nam-hoc-2026-2027.pdf"),
    47: ("quy-che-chi-tieu-noi-bo-2026", "Quy chế chi tiêu nội bộ năm 2026",
         "08/QC-THPTCLQĐ", "05/01/2026", "upload/vanban/quy-che-chi-tieu-noi-bo-2026.pdf"),
}
ALBUM_ID, ALBUM_SLUG, ALBUM_TITLE = 7, "le-khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026 - 2027"
ALBUM_PHOTOS = [
    ("upload/thuvienanh/khai-giang-2026-1.jpg", "Học sinh lớp 10 bước vào lễ khai giảng"),
    ("upload/thuvienanh/khai-giang-2026-2.jpg", "Thầy Hiệu trưởng đánh trống khai trường"),
    ("upload/thuvienanh/khai-giang-2026-3.jpg", "Tiết mục văn nghệ chào mừng"),
]

CHROME_IMAGES = [
    "upload/logo-thpt-chuyen-lqd.png",
    "upload/banner-lqd-2026.jpg",
    "upload/no-image.jpg",
    "upload/icon-pdf.gif",
    "upload/qc-bo-gddt.jpg",
]


def post_path(story: Story, slug: str | None = None) -> str:
    return f"tin-tuc/{story.id}/{slug or story.slug}.html"


def legacy_path(story: Story) -> str:
    return f"index.php?mod=tintuc&act=chitiet&id={story.id}"


def _dmy(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def _thumb(story: Story) -> str:
    return story.images[0].src if story.images else "upload/no-image.jpg"


def _in_cat(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat]


# --- rendering -------------------------------------------------------------------------------


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "grid":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "grid":
                    group.append(blocks[i])
                    i += 1
                imgs = "".join(
                    f'<td width="50%" align="center"><img src="{esc(g.src)}" width="300" alt="" '
                    'border="0"></td>'
                    for g in group
                )
                caps = "".join(
                    f'<td align="center" valign="top"><i>{esc(g.printed or "")}</i></td>' for g in group
                )
                out.append(
                    '<table class="bang-anh" width="100%" cellpadding="3" border="0"><tbody>'
                    f"<tr>{imgs}</tr><tr>{caps}</tr></tbody></table>"
                )
                continue
            if b.style == "above":
                out.append(
                    f'<div class="khung-anhtv" id="anhtv_{story.id}{i}">'
                    f'<div class="mota-anhtv" style="font-style:italic;color:#555">{esc(b.printed or "")}'
                    f'</div><img src="{esc(b.src)}" alt="{esc(story.title[:40])}" width="560"></div>'
                )
            else:
                out.append(
                    f'<p style="text-align:center"><img src="{esc(b.src)}" alt="" width="560" '
                    'style="border:1px solid #ccc"></p>'
                )
                if b.printed:
                    out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
            i += 1
            continue
        style = b.style
        if style in ("li", "row", "q"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(g.text)}</li>" for g in group) + "</ul>")
            elif style == "row":
                rows = "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in g.text.split(" | ")) + "</tr>"
                    for g in group
                )
                out.append(f'<table border="1" cellpadding="4" style="border-collapse:collapse">{rows}</table>')
            else:
                lines = "<br>\n".join(esc(g.text) for g in group)
                out.append(f"<blockquote><p><em>{lines}</em></p></blockquote>")
            continue
        if style == "b":
            out.append(f'<p style="text-align:justify"><strong>{esc(b.text)}</strong></p>')
        elif style == "h":
            out.append(f'<p><b><span style="font-size:13pt">{esc(b.text)}</span></b></p>')
        elif style == "div":
            out.append(f'<div style="text-align:justify">{esc(b.text)}</div>')
        else:
            out.append(f'<p style="text-align:justify">&nbsp;&nbsp;&nbsp; {esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _menu() -> str:
    cats = "".join(
        f'<li><a href="tin-tuc/danh-muc/{cid}">{esc(name)}</a></li>' for cid, name in CATS.items()
    )
    intro = "".join(
        f'<li><a href="gioi-thieu/{slug}.html">{esc(t)}</a></li>' for slug, (t, _) in INTRO.items()
    )
    return (
        '<ul id="menungang" class="mn-xanhla">'
        '<li class="mn1"><a href="./">Trang chủ</a></li>'
        f'<li class="mn1"><a href="javascript:void(0)">Giới thiệu</a><ul class="mn2">{intro}</ul></li>'
        f'<li class="mn1"><a href="tin-tuc/danh-muc/3">Tin tức</a><ul class="mn2">{cats}</ul></li>'
        '<li class="mn1"><a href="van-ban/">Văn bản</a></li>'
        '<li class="mn1"><a href="thu-vien-anh/">Thư viện ảnh</a></li>'
        '<li class="mn1"><a href="lien-he.html">Liên hệ</a></li>'
        "</ul>"
    )


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in _in_cat("Thông báo")[:3]
    )
    most = "".join(
        f'<li><span class="so">{n}</span><a href="{legacy_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
        for n, i in enumerate(MOST_READ, 1)
    )
    network = "".join(
        f'<li><a href="/{school}/{post_path(s)}">{esc(s.title)}</a> '
        f'<span class="truong">({esc(OTHER_SCHOOLS[school][0])})</span></li>'
        for (school, _), s in OTHER_POSTS.items()
    )
    return f"""
<div class="portlet" id="pl_12"><div class="pl-tde">THÔNG BÁO</div>
<div class="pl-nd"><marquee direction="up" scrollamount="2" onmouseover="this.stop()"
 onmouseout="this.start()"><ul>{notices}</ul></marquee></div></div>
<div class="portlet" id="pl_14"><div class="pl-tde">ĐỌC NHIỀU NHẤT</div><div class="pl-nd"><ul class="docnhieu">{most}</ul></div></div>
<div class="portlet" id="pl_21"><div class="pl-tde">TIN TỪ CÁC TRƯỜNG TRONG MẠNG</div>
<div class="pl-nd"><ul>{network}</ul></div></div>
<div class="portlet" id="pl_9"><div class="pl-tde">LIÊN KẾT WEBSITE</div><div class="pl-nd">
<a href="https://moet.gov.vn" target="_blank"><img src="upload/qc-bo-gddt.jpg" alt="Bộ GD&amp;ĐT" width="220"></a>
<select onchange="window.open(this.value)"><option value="">-- Liên kết --</option>
<option value="https://dienbien.gov.vn">Cổng TTĐT tỉnh Điện Biên</option>
<option value="https://baodienbienphu.vn">Báo Điện Biên Phủ</option></select></div></div>
<div class="portlet" id="pl_5"><div class="pl-tde">THĂM DÒ Ý KIẾN</div><div class="pl-nd">
<form method="post" action="binh-chon.php"><b>Bạn đánh giá thế nào về website của trường?</b><br>
<input type="radio" name="pa" value="1"> Đẹp, dễ sử dụng<br>
<input type="radio" name="pa" value="2"> Bình thường<br>
<input type="radio" name="pa" value="3"> Cần cải tiến<br>
<input type="submit" value="Bình chọn"> <input type="button" value="Xem kết quả" onclick="xemKQ(3)"></form></div></div>
<div class="portlet" id="pl_2"><div class="pl-tde">THỐNG KÊ TRUY CẬP</div><div class="pl-nd">
<div>Đang online: <b>17</b></div><div>Hôm nay: <b>412</b></div><div>Tổng truy cập: <b>1.284.905</b></div></div></div>
"""


def page(request: Request, *, title: str, crumbs: list[tuple[str, str | None]], content: str,
         head_extra: str = "", school: str = PREFIX, school_name: str = SCHOOL,
         theme: str = "xanh-la") -> Response:
    base = base_url(request)
    crumb_html = " <span class='mui'>»</span> ".join(
        f'<a href="{href}">{esc(t)}</a>' if href else f"<span>{esc(t)}</span>" for t, href in crumbs
    )
    sidebar = _sidebar() if school == PREFIX else '<div class="portlet"><div class="pl-tde">LIÊN KẾT</div></div>'
    menu = _menu() if school == PREFIX else '<ul id="menungang"><li><a href="./">Trang chủ</a></li></ul>'
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<base href="{base}/{school}/" />
<meta property="og:title" content="{esc(school_name)} - Điện Biên" />
<meta property="og:site_name" content="Hệ thống website trường học tỉnh Điện Biên" />
{head_extra}
<link rel="stylesheet" type="text/css" href="/giaodien/chung/style.css" />
<link rel="stylesheet" type="text/css" href="/giaodien/{theme}/mau.css" />
<script type="text/javascript" src="/giaodien/chung/jquery.min.js"></script>
<script type="text/javascript" src="/giaodien/chung/truong.js"></script>
</head>
<body class="giaodien-{theme}">
<div id="bao-ngoai">
<div id="thanh-tren"><span class="homnay">{HEADER_TODAY}</span> |
<a href="/">Hệ thống website trường học tỉnh Điện Biên</a> |
<a href="quan-tri/dang-nhap.php" rel="nofollow">Đăng nhập</a>
<form id="frm-tim" method="get" action="tim-kiem.php" style="display:inline"><input type="text" name="tukhoa" placeholder="Tìm kiếm..."><input type="submit" value="Tìm"></form></div>
<div id="banner"><a href="./"><img src="upload/logo-thpt-chuyen-lqd.png" alt="Logo" height="90" /></a>
<div class="chu-banner"><div class="so">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN</div>
<h1 class="tentruong">{esc(school_name.upper())}</h1></div></div>
{menu}
<div id="duongdan">{crumb_html}</div>
<table id="bang-chinh" width="1000" cellpadding="0" cellspacing="0"><tr>
<td id="cot-trai" valign="top" width="740">
{content}
</td>
<td id="cot-phai" valign="top" width="260">{sidebar}</td></tr></table>
<div id="chantrang"><div class="ct-tde">{esc(school_name.upper())}</div>
<div>Địa chỉ: Số 1, đường Võ Nguyên Giáp, phường Mường Thanh, tỉnh Điện Biên</div>
<div>Điện thoại: 0215.3825.xxx - Email: c3chuyenlqd@dienbien.edu.vn</div>
<div>Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Đức Thuận</div>
<div class="banquyen">© 2014 - 2026 Hệ thống website trường học tỉnh Điện Biên. Phát triển bởi
Công ty CP Giải pháp Giáo dục Tây Bắc.</div></div>
</div></body></html>"""
    return html(body)


def _crumbs_home(school: str = PREFIX) -> list[tuple[str, str | None]]:
    return [("Trang chủ", "./")]


def render_post(request: Request, story: Story, school: str = PREFIX) -> Response:
    base = base_url(request)
    school_name = SCHOOL if school == PREFIX else OTHER_SCHOOLS[school][0]
    theme = "xanh-la" if school == PREFIX else OTHER_SCHOOLS[school][1]
    cid = CAT_ID.get(story.cat, 1)
    canonical = f"{base}/{school}/{post_path(story)}"
    first = story.paragraphs[0] if story.paragraphs else ""
    head = (
        f'<link rel="canonical" href="{canonical}" />\n'
        f'<meta name="description" content="{esc(first[:150])}" />\n'
        '<meta name="keywords" content="THPT Chuyên Lê Quý Đôn, Điện Biên, tin tức" />'
    )
    sapo = f'<h2 class="mo-ta">{esc(story.summary)}</h2>' if story.sapo_outside and story.summary else ""
    tts = esc(" ".join([story.title, *story.paragraphs]))
    attach = ""
    if story.opts.get("attach"):
        href, fname = story.opts["attach"]
        attach = (
            f'<div class="tin-dinhkem"><b>Tệp đính kèm:</b> <img src="upload/icon-pdf.gif" alt=""> '
            f'<a href="{href}" target="_blank">{esc(fname)}</a> (Lượt tải: 38)</div>'
        )
    others = [s for s in _in_cat(story.cat) if s.id != story.id][:2] if school == PREFIX else []
    other_html = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="ngay-nho">({_dmy(s)})</span></li>'
        for s in others
    )
    content = f"""
<div class="khung-tin" id="tin_{story.id}">
<div class="tde-tin"><span>{esc(story.title)}</span></div>
<div class="ttin-phu"><img src="/giaodien/chung/icon-lich.gif" alt="" /> {story.opts["date"]}
 | <span class="nguoidang">Người đăng: lqd_quantri</span> | <span class="luotxem">Lượt xem: {story.views()}</span>
 | <a href="javascript:window.print()" class="in-bai">In bài</a>
 | <a href="javascript:void(0)" onclick="ttsDoc({story.id})" class="nghe-doc">Nghe đọc</a></div>
{sapo}
<div class="tts-nguon" id="ttsnd_{story.id}" style="display:none">{tts}</div>
<div class="nd-tin" id="noidung_{story.id}">
{render_blocks(story)}
</div>
{attach}
<div class="chiase">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={canonical}" target="_blank"><img src="/giaodien/chung/fb.png" alt="Facebook"></a>
<a href="https://zalo.me/share?u={canonical}" target="_blank"><img src="/giaodien/chung/zalo.png" alt="Zalo"></a></div>
<div class="tinkhac"><div class="tk-tde">Tin mới cùng chuyên mục</div><ul>{other_html}</ul></div>
</div>"""
    crumbs = [("Trang chủ", "./"), ("Tin tức", "tin-tuc/danh-muc/3"),
              (story.cat, f"tin-tuc/danh-muc/{cid}")]
    return page(request, title=f"{story.cat} | {school_name}", crumbs=crumbs, content=content,
                head_extra=head, school=school, school_name=school_name, theme=theme)


def _snippet(story: Story) -> str:
    first = story.paragraphs[0]
    return first if len(first) <= 160 else first[:160].rsplit(" ", 1)[0] + "..."


def render_list(request: Request, cid: int, page_no: int) -> Response | None:
    posts = _in_cat(CATS[cid])
    pages = (len(posts) + PAGE_SIZE - 1) // PAGE_SIZE
    if page_no < 1 or page_no > pages:
        return None
    chunk = posts[(page_no - 1) * PAGE_SIZE : page_no * PAGE_SIZE]
    items = []
    for s in chunk:
        slug = s.opts.get("old_slug") or s.slug
        href = post_path(s, slug)
        items.append(
            f'<div class="ds-muc"><a href="{href}"><img src="{esc(_thumb(s))}" width="150" alt=""'
            f' class="anh-nho"></a><div class="ds-tde"><a href="{href}">{esc(s.title)}</a></div>'
            f'<div class="ds-ngay">({_dmy(s)})</div><div class="ds-mota">{esc(_snippet(s))}</div></div>'
        )
    pager = []
    if pages > 1:
        if page_no > 1:
            pager.append(f'<a href="tin-tuc/danh-muc/{cid}?trang=1">« Đầu</a>')
        for n in range(1, pages + 1):
            pager.append(
                f"<b>[{n}]</b>" if n == page_no else f'<a href="tin-tuc/danh-muc/{cid}?trang={n}">{n}</a>'
            )
        if page_no < pages:
            pager.append(f'<a href="tin-tuc/danh-muc/{cid}?trang={page_no + 1}">Trang sau »</a>')
    content = (
        f'<div class="khung-ds"><div class="ds-tde-muc">{esc(CATS[cid].upper())}</div>'
        + "".join(items)
        + f'<div class="phantrang">{" ".join(pager)}</div></div>'
    )
    crumbs = [("Trang chủ", "./"), ("Tin tức", "tin-tuc/danh-muc/3"), (CATS[cid], None)]
    return page(request, title=f"{CATS[cid]} | {SCHOOL}", crumbs=crumbs, content=content)


def render_home(request: Request) -> Response:
    slider = "".join(
        f'<li><a href="{post_path(s)}"><img src="{esc(_thumb(s))}" alt="{esc(s.title)}" '
        f'title="{esc(s.title)}" width="460"></a><div class="sl-tde">{esc(s.title)}</div></li>'
        for s in STORIES[:3]
    )
    newest = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="ngay-nho">({_dmy(s)})</span></li>'
        for s in STORIES[:5]
    )
    blocks = []
    for cid, name in CATS.items():
        items = "".join(
            f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in _in_cat(name)[:2]
        )
        blocks.append(
            f'<div class="khoi-cm"><div class="cm-tde"><a href="tin-tuc/danh-muc/{cid}">{esc(name)}</a>'
            f'</div><ul>{items}</ul><a class="xemtiep" href="tin-tuc/danh-muc/{cid}">Xem tiếp »</a></div>'
        )
    docs = "".join(
        f'<li><a href="van-ban/{did}/{d[0]}.html">{esc(d[1])}</a></li>' for did, d in DOCS.items()
    )
    content = f"""
<div id="tin-noibat"><ul class="slider">{slider}</ul></div>
<div class="khoi-moi"><div class="cm-tde">TIN MỚI NHẤT</div><ul>{newest}</ul></div>
{"".join(blocks)}
<div class="khoi-cm"><div class="cm-tde"><a href="van-ban/">Văn bản mới</a></div><ul>{docs}</ul></div>
<div class="khoi-cm"><div class="cm-tde"><a href="thu-vien-anh/">Thư viện ảnh</a></div>
<a href="thu-vien-anh/{ALBUM_ID}/{ALBUM_SLUG}.html"><img src="{ALBUM_PHOTOS[0][0]}" width="220" alt=""></a></div>
"""
    return page(request, title=f"{SCHOOL} - Điện Biên", crumbs=[("Trang chủ", None)], content=content)


def render_intro(request: Request, slug: str) -> Response:
    title, paras = INTRO[slug]
    body = "".join(f'<p style="text-align:justify">{esc(p)}</p>' for p in paras)
    content = f'<div class="khung-tin"><div class="tde-tin"><span>{esc(title)}</span></div><div class="nd-tin">{body}</div></div>'
    return page(request, title=f"{title} | {SCHOOL}", crumbs=[("Trang chủ", "./"), ("Giới thiệu", None),
                                                            (title, None)], content=content)


def render_docs(request: Request, did: int | None) -> Response:
    if did is None:
        rows = "".join(
            f'<tr><td>{d[2]}</td><td>{d[3]}</td><td><a href="van-ban/{i}/{d[0]}.html">{esc(d[1])}</a></td></tr>'
            for i, d in DOCS.items()
        )
        content = (
            '<div class="khung-ds"><div class="ds-tde-muc">VĂN BẢN</div><table class="bang-vb" border="1">'
            f"<tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table></div>"
        )
        return page(request, title=f"Văn bản | {SCHOOL}", crumbs=[("Trang chủ", "./"), ("Văn bản", None)],
                    content=content)
    _slug, title, number, day, pdf = DOCS[did]
    content = f"""<div class="khung-vb"><div class="tde-tin"><span>{esc(title)}</span></div>
<table class="ct-vb" border="1" cellpadding="4"><tr><td>Số/Ký hiệu</td><td>{number}</td></tr>
<tr><td>Ngày ban hành</td><td>{day}</td></tr><tr><td>Loại văn bản</td><td>Kế hoạch / Quy chế</td></tr>
<tr><td>Cơ quan ban hành</td><td>{SCHOOL}</td></tr><tr><td>Trích yếu</td><td>{esc(title)}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="{pdf}">Tải về</a></td></tr></table></div>"""
    return page(request, title=f"Văn bản | {SCHOOL}", crumbs=[("Trang chủ", "./"), ("Văn bản", "van-ban/"),
                                                            (number, None)], content=content)


def render_album(request: Request, aid: int | None) -> Response:
    if aid is None:
        content = (
            '<div class="khung-ds"><div class="ds-tde-muc">THƯ VIỆN ẢNH</div>'
            f'<div class="album"><a href="thu-vien-anh/{ALBUM_ID}/{ALBUM_SLUG}.html">'
            f'<img src="{ALBUM_PHOTOS[0][0]}" width="200" alt=""><br>{esc(ALBUM_TITLE)}</a> (3 ảnh)</div></div>'
        )
        return page(request, title=f"Thư viện ảnh | {SCHOOL}",
                    crumbs=[("Trang chủ", "./"), ("Thư viện ảnh", None)], content=content)
    photos = "".join(
        f'<div class="o-anh"><img src="{src}" width="600" alt=""><div class="chu-anh">{esc(cap)}</div></div>'
        for src, cap in ALBUM_PHOTOS
    )
    content = (
        f'<div class="khung-album"><div class="tde-tin"><span>{esc(ALBUM_TITLE)}</span></div>'
        '<div class="ttin-phu">Ngày tạo: 05/09/2026 | Số ảnh: 3</div>'
        f'<div class="mota-album">Một số hình ảnh trong Lễ khai giảng năm học mới của nhà trường.</div>{photos}</div>'
    )
    return page(request, title=f"Thư viện ảnh | {SCHOOL}",
                crumbs=[("Trang chủ", "./"), ("Thư viện ảnh", "thu-vien-anh/"), (ALBUM_TITLE, None)],
                content=content)


def render_contact(request: Request) -> Response:
    content = """<div class="khung-tin"><div class="tde-tin"><span>Liên hệ</span></div>
<form method="post" action="lien-he.html"><table>
<tr><td>Họ và tên:</td><td><input type="text" name="hoten"></td></tr>
<tr><td>Email:</td><td><input type="text" name="email"></td></tr>
<tr><td>Nội dung:</td><td><textarea name="noidung" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ"></td></tr></table></form></div>"""
    return page(request, title=f"Liên hệ | {SCHOOL}", crumbs=[("Trang chủ", "./"), ("Liên hệ", None)],
                content=content)


def render_network(request: Request) -> Response:
    schools = [(PREFIX, SCHOOL)] + [(k, v[0]) for k, v in OTHER_SCHOOLS.items()]
    items = "".join(f'<li><a href="/{k}/">{esc(n)}</a></li>' for k, n in schools)
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hệ thống website trường học tỉnh Điện Biên</title>
<link rel="stylesheet" href="/giaodien/chung/style.css"></head><body>
<div id="thanh-tren">{HEADER_TODAY}</div><h1>HỆ THỐNG WEBSITE TRƯỜNG HỌC TỈNH ĐIỆN BIÊN</h1>
<div class="chon-truong"><b>Danh sách trường ({len(schools)})</b><ul>{items}</ul></div>
<div id="chantrang">© Công ty CP Giải pháp Giáo dục Tây Bắc</div></body></html>"""
    return html(body)


def render_other_home(request: Request, school: str) -> Response:
    name = OTHER_SCHOOLS[school][0]
    items = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>'
        for (sch, _), s in OTHER_POSTS.items()
        if sch == school
    ) or "<li>Chưa có tin bài.</li>"
    content = f'<div class="khoi-moi"><div class="cm-tde">TIN MỚI NHẤT</div><ul>{items}</ul></div>'
    return page(request, title=f"{name} - Điện Biên", crumbs=[("Trang chủ", None)], content=content,
                school=school, school_name=name, theme=OTHER_SCHOOLS[school][1])


# --- routing ---------------------------------------------------------------------------------

_POST = re.compile(r"^/([a-z0-9-]+)/tin-tuc/(\d+)/[a-z0-9-]+\.html$")
_LIST = re.compile(rf"^/{PREFIX}/tin-tuc/danh-muc/(\d+)$")
_INTRO = re.compile(rf"^/{PREFIX}/gioi-thieu/([a-z0-9-]+)\.html$")
_DOC = re.compile(rf"^/{PREFIX}/van-ban/(\d+)/([a-z0-9-]+)\.html$")
_ALBUM = re.compile(rf"^/{PREFIX}/thu-vien-anh/(\d+)/([a-z0-9-]+)\.html$")


def _image_paths() -> set[str]:
    paths = {f"/{PREFIX}/{p}" for p in CHROME_IMAGES}
    paths |= {f"/{PREFIX}/{img.src}" for s in STORIES for img in s.images}
    paths |= {f"/{PREFIX}/{src}" for src, _ in ALBUM_PHOTOS}
    for school in OTHER_SCHOOLS:
        paths |= {f"/{school}/{p}" for p in CHROME_IMAGES}
    return paths


def _pdf_paths() -> set[str]:
    paths = {f"/{PREFIX}/{s.opts['attach'][0]}" for s in STORIES if s.opts.get("attach")}
    return paths | {f"/{PREFIX}/{d[4]}" for d in DOCS.values()}


class Site:
    def __init__(self) -> None:
        self.images = _image_paths()
        self.pdfs = _pdf_paths()

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/":
            return render_network(request)
        if path.startswith("/giaodien/"):
            return static_file(path)
        if path in self.images:
            return static_file(path)
        if path in self.pdfs:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.strip("/") in OTHER_SCHOOLS or path.strip("/") == PREFIX:
            if not path.endswith("/"):
                return redirect(path + "/", 301)
            if path == START_PATH:
                return render_home(request) if not request.query else None
            return render_other_home(request, path.strip("/"))
        m = _POST.match(path)
        if m:
            school, pid = m.group(1), int(m.group(2))
            if school == PREFIX and pid in BY_ID:
                return render_post(request, BY_ID[pid])
            if (school, pid) in OTHER_POSTS:
                return render_post(request, OTHER_POSTS[(school, pid)], school)
            return None
        if path == f"/{PREFIX}/index.php":
            if params.get("mod") == "tintuc" and params.get("act") == "chitiet":
                pid = params.get("id", "")
                if pid.isdigit() and int(pid) in BY_ID:
                    return render_post(request, BY_ID[int(pid)])
            return None
        m = _LIST.match(path)
        if m and int(m.group(1)) in CATS:
            trang = params.get("trang", "1")
            if not trang.isdigit():
                return None
            return render_list(request, int(m.group(1)), int(trang))
        m = _INTRO.match(path)
        if m and m.group(1) in INTRO:
            return render_intro(request, m.group(1))
        if path == f"/{PREFIX}/van-ban/":
            return render_docs(request, None)
        m = _DOC.match(path)
        if m and int(m.group(1)) in DOCS and DOCS[int(m.group(1))][0] == m.group(2):
            return render_docs(request, int(m.group(1)))
        if path == f"/{PREFIX}/thu-vien-anh/":
            return render_album(request, None)
        m = _ALBUM.match(path)
        if m and int(m.group(1)) == ALBUM_ID and m.group(2) == ALBUM_SLUG:
            return render_album(request, ALBUM_ID)
        if path == f"/{PREFIX}/lien-he.html" and request.method == "GET":
            return render_contact(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = f"/{PREFIX}/{post_path(story)}"
    alts = []
    if story.opts.get("old_slug"):
        alts.append(f"/{PREFIX}/{post_path(story, story.opts['old_slug'])}")
    if story.id in MOST_READ:
        alts.append(f"/{PREFIX}/{legacy_path(story)}")
    return gold_record(story, path, story.cat, alt_paths=alts, image_page=START_PATH)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    f"/{PREFIX}/gioi-thieu/lich-su-phat-trien.html",
    f"/{PREFIX}/gioi-thieu/co-cau-to-chuc.html",
    f"/{PREFIX}/van-ban/45/ke-hoach-nam-hoc-2026-2027.html",
    f"/{PREFIX}/van-ban/47/quy-che-chi-tieu-noi-bo-2026.html",
    f"/{PREFIX}/thu-vien-anh/{ALBUM_ID}/{ALBUM_SLUG}.html",
    f"/{PREFIX}/lien-he.html",
]
