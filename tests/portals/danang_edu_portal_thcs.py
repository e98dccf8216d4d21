"""Trường THCS Nguyễn Huệ (quận Hải Châu, Đà Nẵng) on the city's shared school-portal platform.

Platform
    One vendor system (ASP.NET Core behind a Cloudflare-style CDN) hosts every school of the city
    as a subdomain (``thcsnguyenhue.danang.edu.vn``); this fixture is one school's subdomain. The
    vendor's modules: "Tin tức - Sự kiện" with categories, "Văn bản", "Thư viện ảnh", a menu
    generated from the category tree, a vendor footer ("Thiết kế bởi …"). Other schools of the
    platform are linked by absolute URLs on their own hosts (never followed).

URL scheme
    ``/``                                        home (featured slider, Tin mới, Thông báo marquee)
    ``/tin-tuc/chi-tiet/<slug>-<guid>``           article (GUID resolves it; any slug is accepted)
    ``/tin-tuc/chi-tiet/<guid>``                  the same article, GUID only (most-read, marquee)
    ``/tin-tuc/in/<guid>``                        print view (opened by an ``onclick`` only)
    ``/tin-tuc/danh-muc/<slug>?pageIndex=<N>``    listing; ``tin-tuc-su-kien`` is the parent of all
    ``/van-ban``, ``/van-ban/<id>``                documents (not articles)
    ``/thu-vien-anh``, ``/thu-vien-anh/<id>``      photo library (not articles)
    ``/gioi-thieu``, ``/lien-he``                  intro and contact (not articles)
    ``/Account/Login``, ``/cdn-cgi/l/email-protection``  platform pages (not articles)

Page templates
    Every page: top bar with today ("Thứ Bảy, 05/12/2026"), ``<h1>`` holding the school's name
    beside the logo, a generated menu with drop-downs, breadcrumbs, a right column (Tin xem
    nhiều, Văn bản mới, Thư viện ảnh, Liên kết to the other schools, poll, visitor counter), a
    footer with address/phone/e-mail (CDN-obfuscated) and the vendor line.
    Article: breadcrumb ending with the (cut) headline, ``<h2 class="ct-tieude">`` headline, an
    info bar (vi-VN general date "04/12/2026 2:30:00 CH", views, "Người đăng: <CMS account>",
    sometimes "Cập nhật"), ``div.ct-mota`` (sapo, empty when none), ``div.ct-noidung`` (the text,
    then the vendor's "Tin cùng chuyên mục" list inside the same ``<article>``), share tools,
    "Ý kiến bạn đọc" (approved comments) and "Tin khác".
    Listing: rows of thumbnail + title + "dd/MM/yyyy" + excerpt, pager of query-only links.

How each gold article is reached
    Home "Tin mới" lists the five newest; the featured slider links three articles by their
    GUID in capitals; the marquee and "Tin xem nhiều" link by GUID only; the menu leads to the
    four categories and the parent listing (6 a page, 3 pages); categories list 4 a page, so
    "Tập huấn ứng dụng trí tuệ nhân tạo …" (the oldest) is only on page 2 of "Hoạt động chuyên
    môn" and page 3 of "Tin tức - Sự kiện". "Tin cùng chuyên mục" on every article links the rest.

Traps
    1. The ``<h1>`` of every page is the school's name next to the logo; the headline is an
       ``<h2 class="ct-tieude">``; ``<title>`` adds " | Trường THCS Nguyễn Huệ". Gold title: the h2.
    2. Lazy images: each photo in the text prints ``src="/assets/images/lazy.gif"`` (one shared
       placeholder) and its real path in ``data-src``. Gold image path: the ``data-src``.
    3. Dates in the vi-VN general format with a 12-hour clock, "SA"/"CH" (sáng/chiều):
       "04/12/2026 2:30:00 CH" is 14:30, "28/11/2026 12:15:00 CH" is 12:15 (noon), and
       "18/11/2026 12:00:00 SA" is midnight, i.e. a day alone ("2026-11-18").
       ``article:published_time`` is printed without offset ("2026-12-04T14:30:00", local).
    4. The pager prints query-only links (``href="?pageIndex=2"``) to be resolved against the
       listing's path; page 1 is printed both bare and as ``?pageIndex=1``. One article is only on
       page 2+.
    5. One post under up to five URLs: slug + lower-case GUID (canonical), the GUID in capitals
       (home slider), the GUID alone (marquee, "Tin xem nhiều"), an old slug after the headline
       was edited (an in-text "Tin liên quan" link of another article) and the print view (only
       in ``onclick="inBai('…')"``). Gold: the canonical path; the others in ``alt_paths``.
    6. Cloudflare e-mail obfuscation in the text: ``<a class="__cf_email__" data-cfemail="…">
       [email&#160;protected]</a>``. Gold: the address the reader sees once decoded.
    7. A text pasted from Word as bare text in one ``<div>`` split by ``<br />`` (no ``<p>`` at
       all), its photos in centred ``<div>``s. Gold: each line a paragraph.
    8. "Ý kiến bạn đọc": approved comments under the article as ``<p>`` text with a name and a
       date/time. Gold: not body; their dates are not the publication date.
    9. Multi-category posts: the Hội trại article is also listed under "Tin hoạt động", but its
       breadcrumb (and the vendor's primary category) is "Công tác Đội"; the breadcrumb's last
       crumb is the cut headline, not a category. Gold category: "Công tác Đội".
    10. Info bar "Người đăng: admin_thcsnguyenhue" on every article (a CMS account: nobody); the
        author is the right-aligned line at the end. "Cập nhật: …" on one article is not its date.
    11. An editor pasted the headline in capitals as the first centred bold line of the text
        (Sinh hoạt chuyên môn NCBH). Gold: not body (it is the title again).
    12. Inside ``div.ct-noidung`` after the text: an editor's "Tin liên quan:" list, "Tệp đính
        kèm:" and "Xem thêm:" lines, a YouTube iframe; inside the same ``<article>``: the vendor's
        "Tin cùng chuyên mục" ``<ul>``. Gold: none of these is body. A real ``<ul>`` list of the
        text (KHKT prizes) is.
    13. An official notice (letterhead table, "Số: 125/TB-THCSNH", "THÔNG BÁO / Về việc …",
        "Nơi nhận" and the signer) posted at "05/11/2026 7:50:00 CH". Gold date: the letterhead's
        day "2026-11-05"; author: the signer.
    14. Captions in three forms: a centred italic ``<p>`` after the photo (sometimes wrapped in
        parentheses), a second row of a ``table.tbl-anh``, or none (only an ``alt``). A line
        "Ảnh: X" under a photo is a credit (caption None, X a photographer).

Gold decisions on ambiguous points
    - The CDN-obfuscated e-mail in a text is body text as the reader sees it (decoded).
    - The headline pasted again at the top of a text is not a paragraph.
    - The official notice's date is its letterhead's day, not the posting time of the info bar.
    - A unit signing alone ("Tổ KHTN", "Bộ phận Chuyên môn", "Liên đội THCS Nguyễn Huệ") is the
      author as printed; "BBT" is nobody.
    - The category is the breadcrumb's section, whatever listing the article was found in.
    - Table rows: cells joined by " | ", the header row included.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
)

NAME = "danang_edu_portal_thcs"
PLATFORM = "Cổng thông tin trường học dùng chung của ngành GD&ĐT Đà Nẵng (ASP.NET Core, sau CDN)"
START_PATH = "/"

SCHOOL = "Trường THCS Nguyễn Huệ"
HOST_NAME = "thcsnguyenhue.danang.edu.vn"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
EMAIL_SCHOOL = "c2nguyenhue.haichau@danang.edu.vn"
EMAIL_LIBRARY = "thuvien.nguyenhue@danang.edu.vn"
UP = "/uploads/thcsnguyenhue/2026"
LAZY = "/assets/images/lazy.gif"

PARENT = ("tin-tuc-su-kien", "Tin tức - Sự kiện")
CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cong-tac-doi": "Công tác Đội",
    "thong-bao": "Thông báo",
}
PARENT_PAGE = 6
CAT_PAGE = 4


def _byline(line: str, align: str = "right", tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: {align};"><{tag}>{esc(line)}</{tag}></p>')


STORIES: list[Story] = [
    Story(
        id=1,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027-14-giao-vien-tham-gia",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027: 14 giáo viên tham gia",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-04T14:30:00+07:00",
        summary=(
            "Từ ngày 16/11 đến ngày 02/12/2026, Trường THCS Nguyễn Huệ tổ chức Hội thi giáo viên "
            "dạy giỏi cấp trường với sự tham gia của 14 giáo viên thuộc 6 tổ chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm tạo sân chơi để giáo viên trao đổi kinh nghiệm, đổi mới phương pháp dạy "
                "học theo định hướng phát triển phẩm chất, năng lực học sinh, đồng thời làm cơ sở lựa "
                "chọn giáo viên tham gia hội thi cấp quận."
            ),
            Img(
                f"{UP}/12/hoi-thi-gvdg-1.jpg",
                "Cô Lê Thị Ngọc Ánh (Tổ Ngữ văn) trong tiết dạy Bài 4: Văn bản nghị luận lớp 8.",
                "Cô Lê Thị Ngọc Ánh (Tổ Ngữ văn) trong tiết dạy Bài 4: Văn bản nghị luận lớp 8.",
                "em",
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy: một tiết bốc thăm và một tiết tự chọn. "
                "Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn đã dự giờ, đánh giá theo "
                "Công văn 5512/BGDĐT-GDTrH."
            ),
            P(
                "Nhiều tiết dạy để lại ấn tượng nhờ ứng dụng hiệu quả công nghệ thông tin, tổ chức "
                "hoạt động nhóm sôi nổi và khai thác tốt thiết bị dạy học."
            ),
            Img(
                f"{UP}/12/hoi-thi-gvdg-2.jpg",
                "(Học sinh lớp 7/3 thảo luận nhóm trong tiết Khoa học tự nhiên của thầy Phạm Văn Đức.)",
                "Học sinh lớp 7/3 thảo luận nhóm trong tiết Khoa học tự nhiên của thầy Phạm Văn Đức.",
                "em",
            ),
            P(
                "Kết quả, Hội đồng thi đã công nhận 11 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "trường; 4 giáo viên có kết quả cao nhất được đề nghị tham dự Hội thi cấp quận vào "
                "tháng 01/2027."
            ),
            Raw(
                '<p><strong><span style="color:#c0392b;">Tin liên quan:</span></strong></p>'
                '<ul><li><a href="{link:7:old}">Học sinh Trường THCS Nguyễn Huệ đạt giải Cuộc thi '
                "KHKT cấp quận</a></li>"
                '<li><a href="{link:6}">Chuyên đề dạy học phát triển năng lực môn Toán</a></li></ul>'
            ),
            _byline("Tin, ảnh: Trần Thị Minh Thư"),
        ],
        authors=["Trần Thị Minh Thư"],
        photographers=["Trần Thị Minh Thư"],
        opts={"posted": "2026-12-04 14:30", "featured": True, "most_read": True},
    ),
    Story(
        id=2,
        slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-03T09:05:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026 - 2027, Trường THCS Nguyễn Huệ thông báo lịch "
                "kiểm tra cuối học kỳ I các môn học như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("15/12/2026 | Sáng | 6, 7 | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Chiều | 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("16/12/2026 | Sáng | 6, 7 | Toán | 90 phút", "tr"),
            P("16/12/2026 | Chiều | 8, 9 | Toán | 90 phút", "tr"),
            P("17/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại kiểm tra theo kế hoạch của tổ chuyên môn, hoàn thành trước ngày "
                "19/12/2026."
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và phụ huynh; học sinh có mặt tại "
                "phòng thi trước giờ kiểm tra 15 phút."
            ),
            Raw(
                '<p><img src="/assets/images/icon-pdf.png" alt="pdf" /> Tệp đính kèm: '
                f'<a href="{UP}/12/lich-kiem-tra-hk1.pdf" target="_blank">lich-kiem-tra-hk1.pdf</a></p>'
            ),
            _byline("Bộ phận Chuyên môn", tag="em"),
        ],
        authors=["Bộ phận Chuyên môn"],
        opts={"posted": "2026-12-03 09:05", "marquee": True},
    ),
    Story(
        id=3,
        slug="lien-doi-thcs-nguyen-hue-to-chuc-hoi-trai-tien-buoc-len-doan-nam-2026",
        title="Liên đội THCS Nguyễn Huệ tổ chức Hội trại “Tiến bước lên Đoàn” năm 2026",
        cat="cong-tac-doi",
        published_at="2026-11-26T16:45:00+07:00",
        blocks=[
            P(
                "Chiều ngày 25/11/2026, Liên đội Trường THCS Nguyễn Huệ tổ chức Hội trại “Tiến bước "
                "lên Đoàn” dành cho đội viên khối 8 và khối 9 nhằm giáo dục truyền thống và bồi dưỡng "
                "đội viên ưu tú chuẩn bị kết nạp Đoàn."
            ),
            Img(
                f"{UP}/11/hoi-trai-1.jpg",
                "Các chi đội dựng trại tại sân trường.",
                "Các chi đội dựng trại tại sân trường.",
                "tbl",
            ),
            P(
                "Hội trại có 16 trại của 16 chi đội. Mỗi trại được thiết kế theo chủ đề riêng, thể "
                "hiện tình yêu quê hương, đất nước và ước mơ của tuổi trẻ."
            ),
            P(
                "Bên cạnh phần thi dựng trại, các đội viên còn tham gia trò chơi lớn, thi nghi thức "
                "Đội và đêm lửa trại với nhiều tiết mục văn nghệ đặc sắc."
            ),
            Img(
                f"{UP}/11/hoi-trai-2.jpg",
                "Tiết mục văn nghệ của Chi đội 9/2 trong đêm lửa trại.",
                "Tiết mục văn nghệ của Chi đội 9/2 trong đêm lửa trại.",
                "tbl",
            ),
            P(
                "Kết thúc hội trại, Ban tổ chức trao giải Nhất cho Chi đội 9/1, giải Nhì cho Chi đội "
                "8/4 và Chi đội 9/3, giải Ba cho Chi đội 8/2, 8/5 và 9/6."
            ),
            _byline("Tin: Lê Hoàng Phúc - Ảnh: Nguyễn Gia Bảo"),
        ],
        authors=["Lê Hoàng Phúc"],
        photographers=["Nguyễn Gia Bảo"],
        opts={"posted": "2026-11-26 16:45", "extra_cats": ["tin-hoat-dong"], "most_read": True},
    ),
    Story(
        id=4,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-13",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 13",
        cat="thong-bao",
        published_at="2026-11-05",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
                '<tbody><tr><td style="text-align:center;width:40%">UBND QUẬN HẢI CHÂU<br />'
                "<strong>TRƯỜNG THCS NGUYỄN HUỆ</strong><br />Số: 125/TB-THCSNH</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br />"
                "<em>Hải Châu, ngày 05 tháng 11 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc cho học sinh nghỉ học để phòng, tránh bão số 13</strong></p>"
            ),
            P(
                "Thực hiện Công văn số 2145/UBND-VP ngày 05/11/2026 của UBND quận Hải Châu về việc chủ "
                "động ứng phó với bão số 13, Trường THCS Nguyễn Huệ thông báo như sau:"
            ),
            P(
                "1. Toàn bộ học sinh của trường nghỉ học ngày 06/11/2026 (thứ Sáu) và ngày 07/11/2026 "
                "(thứ Bảy)."
            ),
            P(
                "2. Giáo viên chủ nhiệm thông báo kịp thời đến phụ huynh và học sinh qua nhóm Zalo "
                "lớp; nhắc nhở học sinh không ra khỏi nhà khi có mưa to, gió lớn."
            ),
            P(
                "3. Cán bộ, giáo viên, nhân viên trực theo lịch phân công, kê dọn thiết bị, chằng chống "
                "phòng học trước 17 giờ 00 ngày 05/11/2026."
            ),
            P("Thời gian học sinh đi học trở lại, nhà trường sẽ có thông báo sau."),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr><td style="width:50%;vertical-align:top">'
                "<strong><em>Nơi nhận:</em></strong><br />- Phòng GD&amp;ĐT (b/c);<br />- CB, GV, NV;"
                "<br />- Website trường;<br />- Lưu: VT.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br />'
                "<br /><em>(Đã ký)</em><br /><br /><strong>Phan Thị Hồng Nhung</strong></td></tr>"
                "</tbody></table>"
            ),
        ],
        authors=["Phan Thị Hồng Nhung"],
        opts={"posted": "2026-11-05 19:50", "marquee": True, "most_read": True},
    ),
    Story(
        id=5,
        slug="phat-dong-cuoc-thi-dai-su-van-hoa-doc-nam-2026",
        title="Phát động Cuộc thi “Đại sứ văn hóa đọc” năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-20T08:00:00+07:00",
        summary=(
            "Hưởng ứng Ngày Sách và Văn hóa đọc, Thư viện Trường THCS Nguyễn Huệ phát động Cuộc thi "
            "“Đại sứ văn hóa đọc” năm 2026 đến toàn thể học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Cuộc thi dành cho học sinh từ lớp 6 đến lớp 9. Mỗi thí sinh giới thiệu một cuốn sách "
                "đã đọc bằng bài viết (không quá 800 chữ) hoặc video (không quá 3 phút)."
            ),
            P(
                f"Bài dự thi gửi về địa chỉ email {EMAIL_LIBRARY} hoặc nộp trực tiếp tại thư viện "
                "trước ngày 30/11/2026."
            ),
            P(
                "Ban tổ chức sẽ trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích; các "
                "bài viết xuất sắc được đăng trên Trang thông tin điện tử của nhà trường."
            ),
            Img(
                f"{UP}/10/van-hoa-doc.jpg",
                "Học sinh đọc sách tại Thư viện thân thiện của nhà trường.",
                "Học sinh đọc sách tại Thư viện thân thiện của nhà trường.",
                "em",
            ),
            P(
                "Mọi thắc mắc xin liên hệ cô Nguyễn Thị Lan Anh, cán bộ thư viện, số điện thoại "
                "0905 123 456."
            ),
            _byline("Nguyễn Thị Lan Anh - Cán bộ thư viện"),
        ],
        authors=["Nguyễn Thị Lan Anh"],
        opts={"posted": "2026-10-20 08:00"},
    ),
    Story(
        id=6,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan-theo-chuong-trinh-gdpt-2018",
        title="Chuyên đề “Dạy học phát triển năng lực môn Toán theo Chương trình GDPT 2018”",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-18",
        blocks=[
            P(
                "Sáng ngày 17/11/2026, Tổ Toán - Tin Trường THCS Nguyễn Huệ tổ chức chuyên đề “Dạy học "
                "phát triển năng lực môn Toán theo Chương trình GDPT 2018” với sự tham dự của giáo viên "
                "dạy Toán các trường THCS trên địa bàn quận."
            ),
            P(
                "Tại chuyên đề, thầy Đỗ Quang Vinh trình bày tham luận về việc thiết kế chuỗi hoạt động "
                "học giúp học sinh phát triển năng lực tư duy và lập luận toán học."
            ),
            P(
                "Tiết dạy minh họa Bài 12: Hình thang cân (Toán 8) do cô Huỳnh Thị Thanh Tâm thực hiện "
                "tại lớp 8/2."
            ),
            Img(
                f"{UP}/11/chuyen-de-toan.jpg",
                "Cô Huỳnh Thị Thanh Tâm hướng dẫn học sinh lớp 8/2 hoạt động nhóm.",
                "Cô Huỳnh Thị Thanh Tâm hướng dẫn học sinh lớp 8/2 hoạt động nhóm.",
                "div",
            ),
            P(
                "Các đại biểu đánh giá cao việc tổ chức hoạt động khám phá bằng phần mềm GeoGebra, giúp "
                "học sinh tự phát hiện tính chất của hình thang cân."
            ),
            P(
                "Chuyên đề khép lại với phần thảo luận, chia sẻ kinh nghiệm giữa các đơn vị về đổi mới "
                "kiểm tra, đánh giá."
            ),
            Raw(
                '<div style="text-align: right;"><b>ThS. Đỗ Quang Vinh - Tổ trưởng Tổ Toán - Tin</b>'
                "</div>"
            ),
        ],
        authors=["Đỗ Quang Vinh"],
        opts={"posted": "2026-11-18 00:00", "form": "divbr"},
    ),
    Story(
        id=7,
        slug="hoc-sinh-truong-thcs-nguyen-hue-dat-9-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-quan",
        title=(
            "Học sinh Trường THCS Nguyễn Huệ đạt 9 giải tại Cuộc thi Khoa học kỹ thuật cấp quận "
            "năm học 2026 - 2027"
        ),
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-28T12:15:00+07:00",
        blocks=[
            P(
                "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp quận năm học 2026 - "
                "2027 vừa được tổ chức, Trường THCS Nguyễn Huệ có 9 dự án đạt giải."
            ),
            P("Cụ thể, nhà trường đạt các giải sau:"),
            P("02 giải Nhất: lĩnh vực Kỹ thuật môi trường và Hệ thống nhúng;", "li"),
            P(
                "03 giải Nhì: lĩnh vực Khoa học xã hội và hành vi, Hóa học, Vật lý và Thiên văn;",
                "li",
            ),
            P(
                "04 giải Ba: lĩnh vực Sinh học tế bào và phân tử, Phần mềm hệ thống, Y sinh và Khoa "
                "học sức khỏe, Toán học.",
                "li",
            ),
            Img(
                f"{UP}/11/khkt-1.jpg",
                "Nhóm học sinh lớp 9/1 giới thiệu dự án “Hệ thống cảnh báo ngập lụt bằng cảm biến "
                "siêu âm”.",
                "Nhóm học sinh lớp 9/1 giới thiệu dự án “Hệ thống cảnh báo ngập lụt bằng cảm biến "
                "siêu âm”.",
                "em",
            ),
            P(
                "Hai dự án đạt giải Nhất được chọn tham dự Cuộc thi Khoa học kỹ thuật cấp thành phố vào "
                "tháng 01/2027."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT quận Hải Châu</em></p>'),
        ],
        source="Phòng GD&ĐT quận Hải Châu",
        opts={
            "posted": "2026-11-28 12:15",
            "old_slug": "hoc-sinh-truong-thcs-nguyen-hue-dat-giai-cuoc-thi-khkt",
            "most_read": True,
        },
    ),
    Story(
        id=8,
        slug="ngay-hoi-em-yeu-bien-dao-que-huong",
        title="Ngày hội “Em yêu biển đảo quê hương”",
        cat="cong-tac-doi",
        published_at="2026-10-15T15:20:00+07:00",
        blocks=[
            P(
                "Sáng ngày 14/10/2026, Liên đội Trường THCS Nguyễn Huệ tổ chức Ngày hội “Em yêu biển "
                "đảo quê hương” cho hơn 1.200 đội viên."
            ),
            P(
                "Ngày hội gồm các hoạt động: thi tìm hiểu về chủ quyền biển, đảo Việt Nam; vẽ tranh cổ "
                "động; trưng bày mô hình Hoàng Sa - Trường Sa và giao lưu với cựu chiến binh Hải quân."
            ),
            Img(f"{UP}/10/bien-dao-1.jpg", None, None, "bare"),
            P(
                "Thông qua ngày hội, các em thêm hiểu biết, tự hào về truyền thống lịch sử và ý thức "
                "trách nhiệm bảo vệ chủ quyền biển, đảo thiêng liêng của Tổ quốc."
            ),
            Img(f"{UP}/10/bien-dao-2.jpg", "Ảnh: Trần Quốc Huy", None, "em"),
            _byline("Võ Thị Kim Oanh - TPT Đội"),
        ],
        authors=["Võ Thị Kim Oanh"],
        photographers=["Trần Quốc Huy"],
        opts={"posted": "2026-10-15 15:20", "most_read": True},
    ),
    Story(
        id=9,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-to-khoa-hoc-tu-nhien",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại Tổ Khoa học tự nhiên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-28T10:40:00+07:00",
        summary=(
            "Sinh hoạt chuyên môn theo nghiên cứu bài học giúp giáo viên tập trung quan sát việc học "
            "của học sinh thay vì chỉ đánh giá người dạy."
        ),
        sapo_outside=True,
        blocks=[
            Raw(
                '<p style="text-align: center;"><strong>SINH HOẠT CHUYÊN MÔN THEO NGHIÊN CỨU BÀI HỌC '
                "TẠI TỔ KHOA HỌC TỰ NHIÊN</strong></p>"
            ),
            P(
                "Ngày 27/10/2026, Tổ Khoa học tự nhiên tổ chức buổi sinh hoạt chuyên môn theo nghiên "
                "cứu bài học với tiết dạy Bài 9: Đòn bẩy và ứng dụng (Khoa học tự nhiên 8) tại lớp 8/6."
            ),
            P("Quan sát việc học của học sinh", "h"),
            P(
                "Các giáo viên dự giờ được phân công quan sát từng nhóm học sinh, ghi chép những biểu "
                "hiện khi học sinh gặp khó khăn và cách các em vượt qua."
            ),
            P("Chia sẻ sau giờ dạy", "h"),
            P(
                "Trong phần thảo luận, giáo viên tập trung phân tích nguyên nhân một số học sinh chưa "
                "xác định được điểm tựa, từ đó đề xuất điều chỉnh nhiệm vụ học tập cho phù hợp."
            ),
            _byline("Tổ KHTN"),
        ],
        authors=["Tổ KHTN"],
        opts={"posted": "2026-10-28 10:40"},
    ),
    Story(
        id=10,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-08T14:00:00+07:00",
        blocks=[
            P(
                "Chiều ngày 07/10/2026, Trường THCS Nguyễn Huệ tổ chức buổi tập huấn “Ứng dụng trí tuệ "
                "nhân tạo trong soạn giảng” cho toàn thể giáo viên."
            ),
            P(
                "Báo cáo viên là thầy Ngô Thanh Sơn, giáo viên Tin học, hướng dẫn cách sử dụng các công "
                "cụ trí tuệ nhân tạo để gợi ý ý tưởng hoạt động, xây dựng câu hỏi kiểm tra và thiết kế "
                "phiếu học tập."
            ),
            P(
                "👉 Lưu ý: giáo viên cần kiểm tra kỹ tính chính xác của nội dung do công cụ tạo ra "
                "trước khi sử dụng trong lớp học."
            ),
            Img(
                f"{UP}/10/tap-huan-ai.jpg",
                "Thầy Ngô Thanh Sơn hướng dẫn giáo viên sử dụng công cụ trí tuệ nhân tạo.",
                "Thầy Ngô Thanh Sơn hướng dẫn giáo viên sử dụng công cụ trí tuệ nhân tạo.",
                "em",
            ),
            Raw(
                '<p style="text-align:center"><iframe width="640" height="360" frameborder="0" '
                'src="https://www.youtube.com/embed/q8Xw2cV7aLk" allowfullscreen></iframe></p>'
            ),
            P(
                "Sau buổi tập huấn, mỗi tổ chuyên môn xây dựng ít nhất một kế hoạch bài dạy có ứng dụng "
                "trí tuệ nhân tạo để chia sẻ trong tháng 11/2026."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/van-ban/1047">Kế hoạch ứng dụng công nghệ thông tin năm học '
                "2026 - 2027</a></em></p>"
            ),
            _byline("Tin, ảnh: Ngô Thanh Sơn"),
        ],
        authors=["Ngô Thanh Sơn"],
        photographers=["Ngô Thanh Sơn"],
        opts={"posted": "2026-10-08 14:00"},
    ),
    Story(
        id=11,
        slug="truong-thcs-nguyen-hue-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường THCS Nguyễn Huệ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-hoat-dong",
        published_at="2026-11-20T10:30:00+07:00",
        summary=(
            "Sáng 20/11/2026, Trường THCS Nguyễn Huệ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo quận Hải Châu, Ban đại "
                "diện Cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu của nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, cô Hiệu trưởng Phan Thị Hồng Nhung điểm lại những thành tích "
                "nổi bật của tập thể sư phạm nhà trường trong năm học vừa qua và gửi lời tri ân đến các "
                "thầy cô giáo."
            ),
            P(
                "“Mỗi thầy cô hãy luôn là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
                "noi theo.”",
                "quote",
            ),
            Img(
                f"{UP}/11/le-20-11-1.jpg",
                "Cô Hiệu trưởng Phan Thị Hồng Nhung phát biểu tại buổi lễ.",
                "Cô Hiệu trưởng Phan Thị Hồng Nhung phát biểu tại buổi lễ.",
                "tbl",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào "
                "thi đua “Dạy tốt - Học tốt”. Buổi lễ khép lại bằng chương trình văn nghệ do học sinh "
                "biểu diễn."
            ),
            Img(
                f"{UP}/11/le-20-11-2.jpg",
                "(Học sinh tặng hoa chúc mừng thầy cô giáo.)",
                "Học sinh tặng hoa chúc mừng thầy cô giáo.",
                "tbl",
            ),
            _byline("Tin, ảnh: Hoàng Minh Tuấn"),
        ],
        authors=["Hoàng Minh Tuấn"],
        photographers=["Hoàng Minh Tuấn"],
        opts={"posted": "2026-11-20 10:30", "featured": True, "most_read": True},
    ),
    Story(
        id=12,
        slug="phong-trao-ke-hoach-nho-thu-gom-giay-vun-gay-quy-ung-ho-hoc-sinh-vung-lu",
        title="Phong trào “Kế hoạch nhỏ” thu gom giấy vụn gây quỹ ủng hộ học sinh vùng lũ",
        cat="cong-tac-doi",
        published_at="2026-11-10T17:05:00+07:00",
        blocks=[
            P(
                "Hưởng ứng lời kêu gọi hướng về đồng bào vùng lũ, từ ngày 03/11 đến 08/11/2026, Liên "
                "đội Trường THCS Nguyễn Huệ phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ "
                "chai nhựa."
            ),
            P(
                "Sau một tuần triển khai, các chi đội đã thu gom được hơn 3,2 tấn giấy vụn và 450 kg vỏ "
                "chai nhựa, quy ra số tiền 18.600.000 đồng."
            ),
            Img(
                f"{UP}/11/ke-hoach-nho.jpg",
                "Đội viên các chi đội cân giấy vụn tại sân trường.",
                "Đội viên các chi đội cân giấy vụn tại sân trường.",
                "em",
            ),
            P(
                "Toàn bộ số tiền được Liên đội chuyển đến Hội Chữ thập đỏ quận Hải Châu để hỗ trợ học "
                "sinh vùng lũ các tỉnh miền Trung mua sách vở, đồ dùng học tập."
            ),
            _byline("Liên đội THCS Nguyễn Huệ"),
        ],
        authors=["Liên đội THCS Nguyễn Huệ"],
        opts={
            "posted": "2026-11-10 17:05",
            "comments": [
                (
                    "Phụ huynh em Lê Minh Khang",
                    "11/11/2026 7:12:00 SA",
                    "Phong trào rất ý nghĩa, các con vừa biết tiết kiệm vừa biết sẻ chia.",
                ),
                ("Cựu học sinh khóa 2015 - 2019", "12/11/2026 9:40:00 CH", "Tự hào về trường mình!"),
            ],
        },
    ),
    Story(
        id=13,
        slug="don-doan-kiem-tra-cong-tac-chuyen-doi-so-nam-hoc-2026-2027",
        title="Đón đoàn kiểm tra công tác chuyển đổi số năm học 2026 - 2027",
        cat="tin-hoat-dong",
        published_at="2026-12-01T08:20:00+07:00",
        summary=(
            "Ngày 30/11/2026, đoàn kiểm tra của Phòng GD&ĐT quận Hải Châu đã đến làm việc với Trường "
            "THCS Nguyễn Huệ về công tác chuyển đổi số năm học 2026 - 2027."
        ),
        blocks=[
            P(
                "Ngày 30/11/2026, đoàn kiểm tra của Phòng GD&ĐT quận Hải Châu đã đến làm việc với "
                "Trường THCS Nguyễn Huệ về công tác chuyển đổi số năm học 2026 - 2027.",
                "lead",
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ, cơ sở dữ liệu ngành, việc sử dụng học bạ số, sổ điểm điện tử "
                "và hệ thống thanh toán không dùng tiền mặt của nhà trường."
            ),
            Img(
                f"{UP}/12/chuyen-doi-so.jpg",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường.",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường.",
                "em",
            ),
            P(
                "Đoàn ghi nhận nhà trường đã hoàn thành 100% học bạ số cho học sinh khối 6 đến khối 9 "
                "và triển khai hiệu quả nền tảng học tập trực tuyến."
            ),
            P(
                "Bên cạnh đó, đoàn đề nghị nhà trường tiếp tục bồi dưỡng kỹ năng số cho giáo viên và "
                "tăng cường bảo đảm an toàn thông tin."
            ),
            _byline("BBT"),
        ],
        opts={"posted": "2026-12-01 08:20", "updated": "2026-12-02 09:10", "featured": True},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, as every listing orders them
ORDERED = sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)


def guid(story: Story) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://{HOST_NAME}/tin-tuc/{story.id}"))


def art_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/{story.slug}-{guid(story)}"


def upper_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/{story.slug}-{guid(story).upper()}"


def guid_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/{guid(story)}"


def old_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/{story.opts['old_slug']}-{guid(story)}"


def print_path(story: Story) -> str:
    return f"/tin-tuc/in/{guid(story)}"


def vi_time(posted: str) -> str:
    """The vi-VN general date/time ASP.NET Core prints: "04/12/2026 2:30:00 CH"."""
    dt = datetime.strptime(posted, "%Y-%m-%d %H:%M")
    hour = dt.hour % 12 or 12
    return f"{dt:%d/%m/%Y} {hour}:{dt:%M}:00 {'SA' if dt.hour < 12 else 'CH'}"


def vi_day(posted: str) -> str:
    return datetime.strptime(posted, "%Y-%m-%d %H:%M").strftime("%d/%m/%Y")


# --- Cloudflare e-mail obfuscation -----------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def cf_encode(email: str, key: int = 0x5A) -> str:
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in email)


def cf_decode(hexstr: str) -> str:
    key = int(hexstr[:2], 16)
    return "".join(chr(int(hexstr[i : i + 2], 16) ^ key) for i in range(2, len(hexstr), 2))


def cf_email(email: str) -> str:
    return (
        f'<a href="/cdn-cgi/l/email-protection" class="__cf_email__" '
        f'data-cfemail="{cf_encode(email)}">[email&#160;protected]</a>'
    )


def txt(value: str) -> str:
    """Escaped text with its e-mail addresses hidden the way the CDN rewrites them."""
    out, last = [], 0
    for m in _EMAIL.finditer(value):
        out.append(esc(value[last : m.start()]))
        out.append(cf_email(m.group()))
        last = m.end()
    out.append(esc(value[last:]))
    return "".join(out)


# --- article text -----------------------------------------------------------------------------


def _links(markup: str) -> str:
    def sub(m: re.Match) -> str:
        story = BY_ID[int(m.group(1))]
        return old_path(story) if m.group(2) else art_path(story)

    return re.sub(r"\{link:(\d+)(:old)?\}", sub, markup)


def _img_tag(img: Img, story: Story, lazy: bool) -> str:
    alt = esc(story.title)
    if lazy:
        return (
            f'<img alt="{alt}" class="lazyload" src="{LAZY}" data-src="{esc(img.src)}" '
            'style="width:100%;max-width:720px;height:auto" />'
        )
    return f'<img alt="{alt}" src="{esc(img.src)}" style="max-width:600px" />'


def _image(img: Img, story: Story, lazy: bool) -> str:
    tag = _img_tag(img, story, lazy)
    line = esc(img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table class="tbl-anh" align="center" border="0" cellpadding="3" cellspacing="0">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align:center"><span style="font-size:13px;color:#555555">{line}'
            "</span></td></tr></tbody></table>"
        )
    if img.style == "div":
        out = f'<div style="text-align: center;">{tag}</div>'
        if line:
            out += f'<div style="text-align: center;"><i>{line}</i></div>'
        return out
    out = f'<p style="text-align: center;">{tag}</p>'
    if line:
        out += f'<p style="text-align: center;"><em>{line}</em></p>'
    return out


def render_text(story: Story, lazy: bool = True) -> str:
    form = story.opts.get("form", "p")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_links(b.html))
            i += 1
        elif isinstance(b, Img):
            out.append(_image(b, story, lazy))
            i += 1
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{txt(p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cells = p.text.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(f"<td><strong>{txt(c)}</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{txt(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                    'border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>"
                )
        elif form == "divbr":
            run = []
            while i < len(blocks) and isinstance(blocks[i], P):
                run.append(blocks[i])
                i += 1
            out.append(
                '<div style="text-align: justify;">'
                + "<br />\n".join(txt(p.text) for p in run)
                + "<br />\n&nbsp;</div>"
            )
        else:
            if b.style == "h":
                out.append(f"<h3><strong>{txt(b.text)}</strong></h3>")
            elif b.style == "quote":
                out.append(f'<blockquote><p><em>{txt(b.text)}</em></p></blockquote>')
            elif b.style == "lead":
                out.append(f'<p style="text-align: justify;"><strong>{txt(b.text)}</strong></p>')
            else:
                out.append(f'<p style="text-align: justify;">{txt(b.text)}</p>')
            i += 1
    return "\n".join(out)


def excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 170 else first[:167].rsplit(" ", 1)[0] + "..."


# --- chrome -----------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(
        f'<li><a href="/tin-tuc/danh-muc/{slug}">{esc(name)}</a></li>' for slug, name in CATS.items()
    )
    return (
        '<nav class="mnu-chinh"><ul class="nav-lv1">'
        '<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>'
        '<li class="has-sub"><a href="/gioi-thieu">Giới thiệu</a><ul class="nav-lv2">'
        '<li><a href="/gioi-thieu">Lịch sử phát triển</a></li>'
        '<li><a href="/lien-he">Liên hệ</a></li></ul></li>'
        f'<li class="has-sub"><a href="/tin-tuc/danh-muc/{PARENT[0]}">{PARENT[1]}</a>'
        f'<ul class="nav-lv2">{cats}</ul></li>'
        '<li><a href="/van-ban">Văn bản</a></li>'
        '<li><a href="/thu-vien-anh">Thư viện ảnh</a></li>'
        '<li><a href="/lien-he">Liên hệ</a></li>'
        "</ul></nav>"
    )


def _sidebar() -> str:
    most = [s for s in ORDERED if s.opts.get("most_read")]
    most.sort(key=lambda s: -s.views())
    most_html = "".join(
        f'<li><a href="{guid_path(s)}">{esc(s.title)}</a> <span class="lx">({s.views()})</span></li>'
        for s in most
    )
    return f"""
<aside class="cot-phai">
  <div class="portlet" id="pl-1021"><div class="pl-tieude">Tin xem nhiều</div>
    <ol class="ds-xemnhieu">{most_html}</ol></div>
  <div class="portlet" id="pl-1022"><div class="pl-tieude">Văn bản mới</div>
    <ul><li><a href="/van-ban/1052">Kế hoạch tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</a></li>
    <li><a href="/van-ban/1047">Kế hoạch ứng dụng CNTT năm học 2026 - 2027</a></li></ul>
    <a class="xem-tat-ca" href="/van-ban">Xem tất cả</a></div>
  <div class="portlet" id="pl-1023"><div class="pl-tieude">Thư viện ảnh</div>
    <a href="/thu-vien-anh/91"><img src="/uploads/thcsnguyenhue/album/91/thumb.jpg" alt="Lễ 20/11" /></a>
    <a href="/thu-vien-anh/87"><img src="/uploads/thcsnguyenhue/album/87/thumb.jpg" alt="Khai giảng" /></a></div>
  <div class="portlet" id="pl-1024"><div class="pl-tieude">Liên kết website</div>
    <select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
    <option value="https://danang.edu.vn/">Sở GD&amp;ĐT Đà Nẵng</option>
    <option value="http://pgdhaichau.danang.edu.vn/">Phòng GD&amp;ĐT Hải Châu</option></select>
    <ul class="lk-truong"><li><a href="http://thcslequydon.danang.edu.vn/">THCS Lê Quý Đôn</a></li>
    <li><a href="http://thcsnguyenkhuyen.danang.edu.vn/">THCS Nguyễn Khuyến</a></li>
    <li><a href="http://thcstrungvuong.danang.edu.vn/">THCS Trưng Vương</a></li></ul></div>
  <div class="portlet" id="pl-1025"><div class="pl-tieude">Thăm dò ý kiến</div>
    <form method="post" action="/Poll/Vote"><p>Bạn đánh giá thế nào về website của trường?</p>
    <label><input type="radio" name="opt" value="1" /> Rất hữu ích</label><br />
    <label><input type="radio" name="opt" value="2" /> Hữu ích</label><br />
    <label><input type="radio" name="opt" value="3" /> Bình thường</label><br />
    <input type="hidden" name="__RequestVerificationToken" value="CfDJ8Nh3Xq9kAq2vY7t" />
    <button type="submit">Bình chọn</button></form></div>
  <div class="portlet" id="pl-1026"><div class="pl-tieude">Thống kê truy cập</div>
    <ul class="tk"><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.024</b></li>
    <li>Tháng này: <b>8.731</b></li><li>Tổng truy cập: <b>2.456.789</b></li></ul></div>
</aside>"""


def page(request: Request, title: str, crumbs: list[tuple[str, str | None]], main: str,
         head: str = "") -> Response:
    crumb_html = " <span>›</span> ".join(
        f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        for label, href in crumbs
    )
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="/assets/css/portal.min.css?v=3.8.2" />
<link rel="icon" href="/favicon.ico" />
<script src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>
</head>
<body class="site-truong">
<div class="top-bar"><span class="ngay-hom-nay">{TODAY_LINE}</span>
  <span class="tb-lien-he">Hotline: 0236 3821 456</span>
  <a class="dang-nhap" href="/Account/Login">Đăng nhập</a></div>
<header class="banner">
  <a href="/"><img src="/assets/images/logo-nguyenhue.png" alt="Logo" /></a>
  <div class="ten-don-vi"><span class="cap-tren">UBND QUẬN HẢI CHÂU</span>
  <h1>{esc(SCHOOL.upper())}</h1></div>
  <form class="tim-kiem" action="javascript:void(0)"><input type="text" placeholder="Tìm kiếm..." /></form>
</header>
{_menu()}
<div class="breadcrumb-wrap"><div class="bc">{crumb_html}</div></div>
<div class="container"><div class="row">
<main class="cot-chinh">
{main}
</main>
{_sidebar()}
</div></div>
<footer class="chan-trang">
  <p><strong>{esc(SCHOOL)}</strong></p>
  <p>Địa chỉ: 52 Lê Lợi, quận Hải Châu, thành phố Đà Nẵng</p>
  <p>Điện thoại: 0236 3821 456 - Email: {cf_email(EMAIL_SCHOOL)}</p>
  <p>Chịu trách nhiệm chính: Hiệu trưởng Phan Thị Hồng Nhung</p>
  <p class="ban-quyen">© 2026 Sở Giáo dục và Đào tạo thành phố Đà Nẵng. Thiết kế bởi
  <a href="https://vnpt.com.vn/" rel="nofollow">VNPT Đà Nẵng</a></p>
</footer>
<script src="/assets/js/lazysizes.min.js"></script>
<script src="/assets/js/portal.min.js?v=3.8.2"></script>
</body></html>"""
    return html(
        body,
        headers={"Cache-Control": "public, max-age=120", "CF-Cache-Status": "HIT", "Server": "cloudflare"},
    )


def _item(story: Story, thumb: bool = True) -> str:
    img = next(iter(story.images), None)
    pic = (
        f'<a href="{art_path(story)}" class="anh-dd"><img src="{esc(img.src)}?width=300&amp;height=200" '
        f'alt="{esc(story.title)}" /></a>'
        if img and thumb
        else '<a class="anh-dd"><img src="/assets/images/no-image.jpg" alt="" /></a>'
    )
    return (
        f'<div class="tin-item">{pic}<div class="tin-nd"><a class="tin-tieude" '
        f'href="{art_path(story)}">{esc(story.title)}</a>'
        f'<span class="tin-ngay">{vi_day(story.opts["posted"])}</span>'
        f'<p class="tin-tomtat">{esc(excerpt(story))}</p></div></div>'
    )


# --- pages --------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    featured = [s for s in ORDERED if s.opts.get("featured")]
    slides = "".join(
        f'<div class="slide-item"><a href="{upper_path(s)}"><img src="{esc(s.images[0].src)}?width=760" '
        f'alt="{esc(s.title)}" /><span class="slide-tt">{esc(s.title)}</span></a></div>'
        for s in featured
    )
    marquee = " &nbsp;|&nbsp; ".join(
        f'<a href="{guid_path(s)}">{esc(s.title)}</a>' for s in ORDERED if s.opts.get("marquee")
    )
    newest = "".join(_item(s) for s in ORDERED[:5])
    main = f"""
<div class="tb-chay"><b>Thông báo:</b> <marquee scrollamount="3">{marquee}</marquee></div>
<div class="owl-carousel slider-noibat">{slides}</div>
<section class="khoi-tin"><div class="khoi-tieude"><a href="/tin-tuc/danh-muc/{PARENT[0]}">Tin mới</a></div>
{newest}
<a class="xem-them" href="/tin-tuc/danh-muc/{PARENT[0]}">Xem thêm »</a></section>
"""
    head = f'<link rel="canonical" href="{base_url(request)}/" />'
    return page(request, f"{SCHOOL} - Hải Châu - Đà Nẵng", [("Trang chủ", None)], main, head)


def _pager(current: int, total: int) -> str:
    if total <= 1:
        return ""
    items = ['<li><a href="?pageIndex=1" title="Trang đầu">«</a></li>']
    for n in range(1, total + 1):
        if n == current:
            items.append(f'<li class="active"><span>{n}</span></li>')
        else:
            items.append(f'<li><a href="?pageIndex={n}">{n}</a></li>')
    items.append(f'<li><a href="?pageIndex={total}" title="Trang cuối">»</a></li>')
    return '<ul class="phan-trang">' + "".join(items) + "</ul>"


def listing(request: Request, slug: str) -> Response | None:
    if slug == PARENT[0]:
        name, stories, size = PARENT[1], ORDERED, PARENT_PAGE
    elif slug in CATS:
        name, size = CATS[slug], CAT_PAGE
        stories = [s for s in ORDERED if s.cat == slug or slug in s.opts.get("extra_cats", [])]
    else:
        return None
    try:
        index = max(1, int(request.params.get("pageIndex", "1")))
    except ValueError:
        index = 1
    total = (len(stories) + size - 1) // size
    chunk = stories[(index - 1) * size : index * size]
    rows = "".join(_item(s) for s in chunk) or '<p class="trong">Không có dữ liệu.</p>'
    crumbs = [("Trang chủ", "/"), (PARENT[1], f"/tin-tuc/danh-muc/{PARENT[0]}")]
    if slug != PARENT[0]:
        crumbs.append((name, None))
    else:
        crumbs[-1] = (PARENT[1], None)
    main = (
        f'<section class="khoi-tin ds-danhmuc"><div class="khoi-tieude"><span>{esc(name)}</span></div>'
        f"{rows}{_pager(index, total)}</section>"
    )
    head = f'<link rel="canonical" href="{base_url(request)}/tin-tuc/danh-muc/{slug}" />'
    return page(request, f"{name} | {SCHOOL}", crumbs, main, head)


def _cut(title: str, n: int = 48) -> str:
    return title if len(title) <= n else title[:n].rsplit(" ", 1)[0] + "..."


def article(request: Request, story: Story) -> Response:
    cat_name = CATS[story.cat]
    posted = story.opts["posted"]
    info = [f'<span class="ct-ngay"><i class="fa fa-clock-o"></i> {vi_time(posted)}</span>']
    if story.opts.get("updated"):
        info.append(f'<span class="ct-capnhat">Cập nhật: {vi_time(story.opts["updated"])}</span>')
    info.append(f'<span class="ct-luotxem"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>')
    info.append('<span class="ct-nguoidang">Người đăng: admin_thcsnguyenhue</span>')
    sapo = f"<strong>{txt(story.summary)}</strong>" if story.summary and story.sapo_outside else ""
    same = [s for s in ORDERED if s.cat == story.cat and s is not story][:4]
    same_html = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span>({vi_day(s.opts["posted"])})</span></li>'
        for s in same
    )
    others = [s for s in ORDERED if s.cat != story.cat][:4]
    others_html = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in others
    )
    comments = story.opts.get("comments", [])
    if comments:
        cm = "".join(
            f'<div class="bl-item"><p class="bl-ten"><b>{esc(who)}</b> - <span>{esc(when)}</span></p>'
            f"<p>{esc(what)}</p></div>"
            for who, when, what in comments
        )
    else:
        cm = '<p class="bl-trong">Chưa có ý kiến nào.</p>'
    main = f"""
<article class="ct-tin" data-id="{guid(story)}">
  <h2 class="ct-tieude">{esc(story.title)}</h2>
  <div class="ct-thongtin">{" | ".join(info)}</div>
  <div class="ct-congcu"><a href="javascript:void(0)" onclick="inBai('{guid(story)}')"><i class="fa fa-print"></i> In bài</a>
    <a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{art_path(story)}" target="_blank">Chia sẻ</a>
    <div class="zalo-share-button" data-href="{base_url(request)}{art_path(story)}" data-oaid="579745863508352884"></div></div>
  <div class="ct-mota">{sapo}</div>
  <div class="ct-noidung">
{render_text(story)}
  </div>
  <div class="ct-tukhoa">Từ khóa: <span>{esc(cat_name.lower())}</span>, <span>thcs nguyễn huệ</span></div>
  <div class="ct-cungmuc"><div class="khoi-tieude">Tin cùng chuyên mục</div><ul>{same_html}</ul></div>
</article>
<section class="binh-luan"><div class="khoi-tieude">Ý kiến bạn đọc</div>{cm}
  <form method="post" action="/BinhLuan/Gui"><textarea name="noidung"></textarea>
  <input type="text" name="hoten" placeholder="Họ và tên" /><button type="submit">Gửi ý kiến</button></form></section>
<section class="tin-khac"><div class="khoi-tieude">Tin khác</div><ul>{others_html}</ul></section>
<script>function inBai(id){{window.open('/tin-tuc/in/'+id,'_blank','width=800,height=600');}}</script>
"""
    paras = [b.text for b in story.blocks if isinstance(b, P)]
    desc = story.summary or paras[0][:155]
    base = base_url(request)
    dt = datetime.strptime(posted, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S")
    head = (
        f'<meta name="description" content="{esc(desc)}" />\n'
        f'<link rel="canonical" href="{base}{art_path(story)}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{base}{art_path(story)}" />\n'
        f'<meta property="article:published_time" content="{dt}" />'
    )
    crumbs = [
        ("Trang chủ", "/"),
        (PARENT[1], f"/tin-tuc/danh-muc/{PARENT[0]}"),
        (cat_name, f"/tin-tuc/danh-muc/{story.cat}"),
        (_cut(story.title), None),
    ]
    return page(request, f"{story.title} | {SCHOOL}", crumbs, main, head)


def print_view(request: Request, story: Story) -> Response:
    sapo = f"<p><strong>{txt(story.summary)}</strong></p>" if story.summary and story.sapo_outside else ""
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>{esc(story.title)}</title>
<link rel="canonical" href="{base_url(request)}{art_path(story)}" />
<meta name="robots" content="noindex" /></head>
<body onload="window.print()"><div class="in-dau">{esc(SCHOOL)}</div>
<h2>{esc(story.title)}</h2><p class="in-ngay">{vi_time(story.opts["posted"])}</p>
{sapo}<div class="in-noidung">{render_text(story, lazy=False)}</div></body></html>"""
    return html(body)


DOCS = {
    1052: (
        "52/KH-THCSNH", "20/11/2026", "Kế hoạch tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "Kế hoạch", "Phan Thị Hồng Nhung", "kh-kiem-tra-hk1-2026.pdf",
    ),
    1047: (
        "41/KH-THCSNH", "25/09/2026", "Kế hoạch ứng dụng công nghệ thông tin năm học 2026 - 2027",
        "Kế hoạch", "Phan Thị Hồng Nhung", "kh-ung-dung-cntt-2026.pdf",
    ),
}
ALBUMS = {
    91: ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026", "20/11/2026", 5),
    87: ("Lễ khai giảng năm học 2026 - 2027", "05/09/2026", 4),
}


def doc_page(request: Request, doc_id: int) -> Response:
    number, day, subject, kind, signer, fname = DOCS[doc_id]
    main = f"""
<div class="vb-chitiet"><h2 class="vb-tieude">{esc(subject)}</h2>
<table class="tbl-vb" border="1" cellpadding="5"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(number)}</td></tr>
<tr><th>Ngày ban hành</th><td>{day}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(kind)}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{esc(SCHOOL)}</td></tr>
<tr><th>Người ký</th><td>{esc(signer)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(subject)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/uploads/thcsnguyenhue/vanban/{fname}">{fname}</a></td></tr>
</tbody></table></div>"""
    crumbs = [("Trang chủ", "/"), ("Văn bản", "/van-ban"), (number, None)]
    return page(request, f"{subject} | {SCHOOL}", crumbs, main)


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(d[0])}</td><td>{d[1]}</td><td><a href="/van-ban/{i}">{esc(d[2])}</a></td></tr>'
        for i, d in DOCS.items()
    )
    main = (
        '<h2 class="khoi-tieude">Văn bản</h2><table class="tbl-vb" border="1"><thead><tr>'
        f"<th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}"
        "</tbody></table>"
    )
    return page(request, f"Văn bản | {SCHOOL}", [("Trang chủ", "/"), ("Văn bản", None)], main)


def album_page(request: Request, album_id: int) -> Response:
    name, day, count = ALBUMS[album_id]
    pics = "".join(
        f'<a class="fancybox" href="/uploads/thcsnguyenhue/album/{album_id}/{n}.jpg" data-fancybox="album">'
        f'<img src="/uploads/thcsnguyenhue/album/{album_id}/{n}.jpg?width=240" alt="{esc(name)} {n}" /></a>'
        for n in range(1, count + 1)
    )
    main = (
        f'<div class="album-ct"><h2 class="ct-tieude">{esc(name)}</h2>'
        f'<p class="album-ngay">Ngày đăng: {day} - {count} ảnh</p><div class="album-anh">{pics}</div></div>'
    )
    crumbs = [("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), (name, None)]
    return page(request, f"{name} | {SCHOOL}", crumbs, main)


def album_list(request: Request) -> Response:
    items = "".join(
        f'<div class="album-item"><a href="/thu-vien-anh/{i}"><img src="/uploads/thcsnguyenhue/album/{i}/thumb.jpg" '
        f'alt="{esc(a[0])}" /><span>{esc(a[0])}</span></a></div>'
        for i, a in ALBUMS.items()
    )
    main = f'<h2 class="khoi-tieude">Thư viện ảnh</h2><div class="ds-album">{items}</div>'
    return page(request, f"Thư viện ảnh | {SCHOOL}", [("Trang chủ", "/"), ("Thư viện ảnh", None)], main)


def intro(request: Request) -> Response:
    main = """
<div class="gt-noidung"><h2 class="ct-tieude">Giới thiệu</h2>
<p>Trường THCS Nguyễn Huệ được thành lập năm 1976, tọa lạc tại trung tâm quận Hải Châu, thành phố Đà Nẵng.</p>
<p>Năm học 2026 - 2027, nhà trường có 36 lớp với 1.468 học sinh; 82 cán bộ, giáo viên, nhân viên.</p>
<p>Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<h3>Ban giám hiệu</h3><ul><li>Hiệu trưởng: Phan Thị Hồng Nhung</li>
<li>Phó Hiệu trưởng: Đặng Văn Lực</li><li>Phó Hiệu trưởng: Trương Thị Mỹ Hạnh</li></ul></div>"""
    return page(request, f"Giới thiệu | {SCHOOL}", [("Trang chủ", "/"), ("Giới thiệu", None)], main)


def contact(request: Request) -> Response:
    main = f"""
<div class="lh"><h2 class="ct-tieude">Liên hệ</h2>
<p>{esc(SCHOOL)} - 52 Lê Lợi, quận Hải Châu, thành phố Đà Nẵng</p>
<p>Điện thoại: 0236 3821 456 - Email: {cf_email(EMAIL_SCHOOL)}</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="100%" height="300"></iframe>
<form method="post" action="/lien-he/gui"><input name="hoten" /><textarea name="noidung"></textarea>
<button type="submit">Gửi</button></form></div>"""
    return page(request, f"Liên hệ | {SCHOOL}", [("Trang chủ", "/"), ("Liên hệ", None)], main)


def login(request: Request) -> Response:
    main = """
<div class="dn"><h2>Đăng nhập hệ thống</h2><form method="post" action="/Account/Login">
<input name="UserName" /><input name="Password" type="password" />
<input type="hidden" name="__RequestVerificationToken" value="CfDJ8Nh3Xq9kAq2vY7t" />
<button type="submit">Đăng nhập</button></form></div>"""
    return page(request, f"Đăng nhập | {SCHOOL}", [("Trang chủ", "/"), ("Đăng nhập", None)], main)


def cf_page(request: Request) -> Response:
    return html(
        "<!DOCTYPE html><html><head><title>Email Protection | Cloudflare</title></head><body>"
        "<h1>Email Protection</h1><p>You are unable to access this email address "
        f"{esc(HOST_NAME)}</p></body></html>"
    )


_GUID_RE = re.compile(r"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
_BY_GUID = {guid(s): s for s in STORIES}


def _story_from(segment: str) -> Story | None:
    m = _GUID_RE.search(segment)
    if not m:
        return None
    rest = segment[: m.start()]
    if rest and not rest.endswith("-"):
        return None
    return _BY_GUID.get(m.group(1).lower())


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if request.method not in ("GET", "HEAD"):
            return None
        if path == "/":
            return home(request)
        if path.startswith("/tin-tuc/chi-tiet/"):
            story = _story_from(path[len("/tin-tuc/chi-tiet/") :])
            return article(request, story) if story else None
        if path.startswith("/tin-tuc/in/"):
            story = _story_from(path[len("/tin-tuc/in/") :])
            return print_view(request, story) if story else None
        if path.startswith("/tin-tuc/danh-muc/"):
            return listing(request, path[len("/tin-tuc/danh-muc/") :])
        if path == "/van-ban":
            return doc_list(request)
        if path.startswith("/van-ban/"):
            tail = path[len("/van-ban/") :]
            return doc_page(request, int(tail)) if tail.isdigit() and int(tail) in DOCS else None
        if path == "/thu-vien-anh":
            return album_list(request)
        if path.startswith("/thu-vien-anh/"):
            tail = path[len("/thu-vien-anh/") :]
            return album_page(request, int(tail)) if tail.isdigit() and int(tail) in ALBUMS else None
        if path == "/gioi-thieu":
            return intro(request)
        if path == "/lien-he":
            return contact(request)
        if path == "/Account/Login":
            return login(request)
        if path == "/cdn-cgi/l/email-protection":
            return cf_page(request)
        if path.endswith(".pdf") and path.startswith("/uploads/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/assets/")) or path == "/favicon.ico":
            return static_file(path)
        if path.startswith("/cdn-cgi/scripts/"):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


def _alt_paths(story: Story) -> list[str]:
    alts = []
    if story.opts.get("featured"):
        alts.append(upper_path(story))
    if story.opts.get("marquee") or story.opts.get("most_read"):
        alts.append(guid_path(story))
    if story.opts.get("old_slug"):
        alts.append(old_path(story))
    alts.append(print_path(story))
    return alts


GOLD = [
    gold_record(story, art_path(story), CATS[story.cat], alt_paths=_alt_paths(story))
    for story in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban/1052",
    "/van-ban/1047",
    "/thu-vien-anh/87",
    "/thu-vien-anh/91",
]

assert len(GOLD) == 13
assert all(collapse(g["title"]) == g["title"] for g in GOLD)
