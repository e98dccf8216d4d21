"""Chamilo LMS 1.11 as the e-learning and news portal of Trường Chính trị tỉnh Tuyên Quang.

Platform: Chamilo 1.11 (Bootstrap 3 theme "cosmic_campus" recoloured by the school), anonymous
access allowed. The campus home prints the platform announcements ("Thông báo", Chamilo's
system announcements) in a carousel; a hand-made "Tin tức" page and its news items live in the
CMS-like "pages" plugin (a Silex front controller under ``/web``).

URL scheme
- ``/`` redirects (302) to ``/index.php``: campus home (START_PATH ``/index.php``); its language
  switcher is a GET form (``/index.php?language=english``), its login box a POST to itself.
- ``/news_list.php`` and ``/news_list.php?page=2``: all announcements, 5 a page, newest first.
- ``/news_list.php?id=<id>``: one announcement (the article page).
- ``/main/inc/ajax/announcement.ajax.php?a=get_announcement&id=<id>``: the carousel's AJAX
  fragment; never linked, only named in an inline script as a string to concatenate.
- ``/web/pages/<slug>`` (also served as ``/web/index.php/pages/<slug>`` by the Silex front
  controller): pages of the "pages" plugin: intro, structure, contact, photo album, the "Tin tức"
  listing (``tin-tuc``, hand-made "Trang 2" ``tin-tuc-trang-2``) and the news items.
- ``/main/auth/courses.php``: course catalogue; ``/courses/<CODE>/index.php``: a course home,
  which answers 200 with Chamilo's "not allowed, please log in" page for anonymous users.
- ``/main/auth/inscription.php``, ``/main/auth/lostPassword.php``: registration and password.
- images under ``/app/upload/…`` (announcements, CKEditor uploads) and ``/web/upload/pages/…``.

Page templates
- home: top bar (date, login/register, language form), menu with drop-downs, announcement
  carousel (``#carousel-announcement``: title + the WHOLE content of the 3 latest announcements),
  "Tin tức mới" box, sidebar (login form, links, poll, visitor counter), footer.
- announcement: ``div.sa-view#sa_<id>`` with ``h3`` title, "Hiển thị từ <time> đến <time>"
  line, ``div.sa-nd`` (CKEditor content), "Người gửi: admin_tct" footer, "Các thông báo khác".
- pages plugin page: breadcrumb, ``h2.pg-tde``, meta line "Ngày tạo | Cập nhật | Lượt xem",
  ``div.pg-nd`` content, share/print bar; a ``<link rel=canonical>`` to ``/web/pages/<slug>``.

How each gold article is reached
- announcements 41, 40, 39: home carousel ("Xem chi tiết" with ``&cidReq=&id_session=0&gidReq=0``)
  and ``/news_list.php``; 37, 36: ``/news_list.php`` (and "Các thông báo khác"); 33, 31, 28:
  only ``/news_list.php?page=2`` (links carry ``&page=2``).
- news pages: the three newest from ``/web/pages/tin-tuc`` (the two newest also from the home's
  "Tin tức mới" box, as ``/web/index.php/pages/<slug>``); the two oldest only from
  ``/web/pages/tin-tuc-trang-2``.

Traps
1. The home carousel prints the full text of the 3 latest announcements (titles as ``h5``): a
   listing that reads like an article. Gold: the home is no article.
2. Announcement URL variants: the home's links add ``&cidReq=&id_session=0&gidReq=0``, page 2's
   links add ``&page=2``, the unlinked AJAX fragment serves the same text. Gold: path
   ``/news_list.php?id=<id>``, the variants in ``alt_paths``. News pages are linked from the home
   as ``/web/index.php/pages/<slug>``; gold path ``/web/pages/<slug>`` (the canonical link).
3. Announcement dates are a visibility window "Hiển thị từ 28/11/2026 07:00 đến 31/01/2027
   23:59": the end lies in the future. ``<time datetime>`` carries UTC ("…T00:00:00Z"); one start
   (06:15 on 03/12) falls on the previous day in UTC. Gold: the window's start in local time with
   +07:00; a start printed "00:00" is the day alone.
4. Announcement 39 is an official party-school notice (letterhead table "ĐẢNG BỘ TỈNH TUYÊN
   QUANG | ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 215-TB/TCT", "Tuyên Quang, ngày 30 tháng 11 năm
   2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and signer). Gold: date 2026-11-30 (not the
   window's 01/12), author the signer "Hoàng Thị Mai", letterhead/kind/subject/closing not body.
5. The pages plugin prints "Ngày tạo: 2026-11-20 09:12:45 | Cập nhật: 2026-12-01 16:02:11".
   Gold: the creation time. The intro/structure/contact pages use the very same template with
   dates and view counts. Gold: they are not articles (NON_ARTICLES).
6. ``<title>`` is generic ("Thông báo - Trường Chính trị tỉnh Tuyên Quang"); the headline is the
   ``h3``/``h2``, one printed in capitals, one starting with an emoji "📢". Gold: as printed.
7. Text boundaries: "Tệp đính kèm: …pdf", "Xem thêm: <link>", "Người gửi: admin_tct · Đối tượng:
   …", "Các thông báo khác", the share/print bar. Gold: none of them is body; "admin_tct" is
   nobody.
8. Captions four ways: centred ``<em>`` line under the picture, CKEditor ``<figure>`` with
   ``figcaption``, a caption in parentheses (taken off), and a right-aligned "Ảnh: Trần Minh
   Đức" line that only credits (caption None, the name a photographer).
9. Announcement 37 was saved by CKEditor with ``entities`` on: every second non-ASCII character
   is a named/decimal reference. Gold: the decoded text.
10. Bylines: a right-aligned unit "Phòng Quản lý đào tạo và Nghiên cứu khoa học" (author as
    printed); "ThS. Lê Văn Bình - Khoa Xây dựng Đảng" (-> "Lê Văn Bình"); "Tin, ảnh: X" (both);
    "Tin: X - Ảnh: Y"; "Nguồn: Báo Tuyên Quang điện tử" (source).
11. Course pages ``/courses/<CODE>/index.php`` answer 200 with a login prompt, the catalogue
    prints long course descriptions: neither is an article.
12. Lines split by ``<br />`` in one ``<p>`` are separate paragraphs; a schedule table's rows are
    paragraphs with cells joined by " | "; a ``[1]`` footnote call stays in its sentence and the
    "Tài liệu tham khảo" note is text.

Gold decisions on ambiguous points
- ``category``: "Thông báo" for announcements (menu and breadcrumb), "Tin tức" for the pages
  plugin's news items (breadcrumb "Trang chủ / Tin tức / …").
- ``published_at`` of announcements: the visibility window's start (the only date printed
  except in the official notice), as local time.
- ``summary``: only the pages-plugin news items whose first paragraph is printed bold have one.
- The AJAX fragment is listed in ``alt_paths`` though nothing links it.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "chamilo_tct"
PLATFORM = "Chamilo LMS 1.11 (system announcements + pages plugin)"
START_PATH = "/index.php"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
SITE = "Trường Chính trị tỉnh Tuyên Quang"

# --- announcements (system announcements) -----------------------------------------------------

_UNIT_SIGN = Raw(
    '<p style="text-align: right;"><strong><em>Phòng Quản lý đào tạo và Nghiên cứu khoa học</em>'
    "</strong></p>"
)

A41 = Story(
    41,
    "tuyen-sinh-tccl-2027",
    "THÔNG BÁO TUYỂN SINH LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ HỆ KHÔNG TẬP TRUNG NĂM 2027",
    "Thông báo",
    "2026-12-04T08:00:00+07:00",
    [
        P(
            "Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, Trường "
            "Chính trị tỉnh Tuyên Quang thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không "
            "tập trung năm 2027 như sau:"
        ),
        P("1. Đối tượng tuyển sinh", "b"),
        P("Cán bộ, công chức, viên chức đang công tác tại các cơ quan, đơn vị trên địa bàn tỉnh;", "li"),
        P("Cán bộ chủ chốt cấp xã, trưởng thôn, bí thư chi bộ thôn, tổ dân phố;", "li"),
        P("Đảng viên chính thức, có trình độ học vấn tốt nghiệp trung học phổ thông trở lên.", "li"),
        P("2. Hồ sơ và thời gian nhận hồ sơ", "b"),
        P("Thời gian nhận hồ sơ: từ ngày 07/12/2026 đến hết ngày 15/01/2027."),
        P("Địa điểm: Phòng Quản lý đào tạo và Nghiên cứu khoa học, tầng 2 nhà A.", "br"),
        P(
            "Hồ sơ gồm: quyết định cử đi học của cấp ủy có thẩm quyền, bản sao bằng tốt nghiệp trung học "
            "phổ thông, sơ yếu lý lịch có xác nhận của cơ quan quản lý và hai ảnh cỡ 3x4."
        ),
        P("Dự kiến khai giảng trong tháng 3 năm 2027. Mọi chi tiết xin liên hệ số điện thoại 0207.3822.615."),
        Raw(
            '<p>Tệp đính kèm: <a href="/app/upload/announcements/41/mau-ho-so-tccl-2027.pdf">'
            '<img src="/main/img/icons/22/pdf.png" alt="" /> mau-ho-so-tccl-2027.pdf</a> (215 KB)</p>'
        ),
        _UNIT_SIGN,
    ],
    authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
    opts={"start": ("04/12/2026", "08:00", "2026-12-04T01:00:00Z"), "end": ("31/01/2027", "23:59")},
)

A40 = Story(
    40,
    "lich-thi-ccll-k12",
    "Lịch thi kết thúc học phần lớp Cao cấp lý luận chính trị hệ không tập trung K12 (tháng 12/2026)",
    "Thông báo",
    "2026-12-03T06:15:00+07:00",
    [
        P(
            "Nhà trường thông báo lịch thi kết thúc học phần của lớp Cao cấp lý luận chính trị hệ không "
            "tập trung K12 (liên kết với Học viện Chính trị khu vực I) như sau:"
        ),
        P("Ngày thi | Học phần | Hình thức | Phòng thi", "row"),
        P("14/12/2026 | Triết học Mác - Lênin | Viết, 180 phút | Hội trường B", "row"),
        P("16/12/2026 | Kinh tế chính trị Mác - Lênin | Viết, 180 phút | Hội trường B", "row"),
        P("18/12/2026 | Lịch sử Đảng Cộng sản Việt Nam | Tự luận, 150 phút | Phòng 201 nhà A", "row"),
        P(
            "Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên hoặc căn cước "
            "công dân. Học viên vắng thi không có lý do chính đáng sẽ nhận điểm không (0)."
        ),
        Raw(
            '<p>Xem thêm: <a href="/news_list.php?id=36">Thông báo về việc cập nhật thông tin học viên '
            "trên hệ thống E-learning</a></p>"
        ),
    ],
    opts={"start": ("03/12/2026", "06:15", "2026-12-02T23:15:00Z"), "end": ("20/12/2026", "17:00")},
)

_LETTERHEAD = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
    '<tr><td style="text-align:center; width:45%">ĐẢNG BỘ TỈNH TUYÊN QUANG<br />'
    "<strong>TRƯỜNG CHÍNH TRỊ</strong><br />*</td>"
    '<td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></td></tr>'
    '<tr><td style="text-align:center">Số: 215-TB/TCT</td>'
    '<td style="text-align:right"><em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
    '<p style="text-align: center;">-----</p>'
)
_CLOSING = Raw(
    '<table border="0" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top; width:50%"><strong><em><u>Nơi nhận:</u></em></strong><br />'
    "- Thường trực Tỉnh ủy (b/c),<br />- Ban Tổ chức Tỉnh ủy (b/c),<br />- Các khoa, phòng,<br />"
    "- Các lớp học viên,<br />- Lưu VP.</td>"
    '<td style="text-align:center; vertical-align:top">T/L HIỆU TRƯỞNG<br />'
    "<strong>CHÁNH VĂN PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
    "<strong>Hoàng Thị Mai</strong></td></tr></tbody></table>"
)

A39 = Story(
    39,
    "nghi-tet-duong-lich-2027",
    "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    "Thông báo",
    "2026-11-30",
    [
        _LETTERHEAD,
        P(
            "Căn cứ Thông báo số 312-TB/TU ngày 25/11/2026 của Ban Thường vụ Tỉnh ủy về việc nghỉ Tết "
            "Dương lịch năm 2027, Hiệu trưởng Trường Chính trị tỉnh thông báo như sau:"
        ),
        P(
            "1. Cán bộ, giảng viên, nhân viên và học viên các lớp tập trung được nghỉ Tết Dương lịch từ "
            "thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."
        ),
        P(
            "2. Các lớp có lịch học trùng ngày nghỉ, Phòng Quản lý đào tạo và Nghiên cứu khoa học bố trí "
            "học bù và thông báo trên hệ thống E-learning của Nhà trường."
        ),
        P(
            "3. Văn phòng phân công cán bộ trực cơ quan, bảo đảm an ninh trật tự, phòng chống cháy nổ "
            "trong những ngày nghỉ."
        ),
        _CLOSING,
    ],
    authors=["Hoàng Thị Mai"],
    opts={"start": ("01/12/2026", "07:30", "2026-12-01T00:30:00Z"), "end": ("03/01/2027", "23:59")},
)

A37 = Story(
    37,
    "hoi-thi-giang-vien-gioi-2026",
    "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    "Thông báo",
    "2026-11-27",
    [
        P(
            "Nhằm nâng cao chất lượng giảng dạy, đổi mới phương pháp dạy học lý luận chính trị, Nhà "
            "trường tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026."
        ),
        Img(
            "/app/upload/users/1/1/my_files/hoi-thi-gvdg-2024.jpg",
            "Giảng viên Khoa Lý luận cơ sở tham gia Hội thi năm 2024",
            "Giảng viên Khoa Lý luận cơ sở tham gia Hội thi năm 2024",
            "em-next",
        ),
        P(
            "Hội thi diễn ra từ ngày 14/12 đến ngày 18/12/2026 tại Hội trường B. Mỗi khoa cử ít nhất "
            "hai giảng viên dự thi; bài giảng dự thi là một tiết thuộc chương trình Trung cấp lý luận "
            "chính trị."
        ),
        P(
            "Ban Giám khảo gồm đồng chí Phó Hiệu trưởng phụ trách đào tạo và các trưởng khoa; kết quả "
            "được công bố tại lễ bế mạc ngày 22/12/2026."
        ),
    ],
    opts={
        "start": ("27/11/2026", "00:00", "2026-11-26T17:00:00Z"),
        "end": ("18/12/2026", "23:59"),
        "entities": 2,
    },
)

A36 = Story(
    36,
    "cap-nhat-thong-tin-hoc-vien",
    "Thông báo về việc cập nhật thông tin học viên trên hệ thống E-learning",
    "Thông báo",
    "2026-11-25T14:00:00+07:00",
    [
        P(
            "Để phục vụ công tác quản lý đào tạo và cấp chứng chỉ, đề nghị học viên các lớp đang học tại "
            "Trường cập nhật đầy đủ thông tin cá nhân trên hệ thống E-learning trước ngày 10/12/2026."
        ),
        P("Các bước thực hiện:", "b"),
        P("Đăng nhập hệ thống bằng tài khoản được cấp (mã học viên);", "li"),
        P("Chọn mục “Hồ sơ của tôi”, bổ sung ngày sinh, đơn vị công tác, số điện thoại;", "li"),
        P("Tải lên ảnh chân dung nền trắng, cỡ tối đa 2 MB và bấm “Lưu”.", "li"),
        P(
            "Trường hợp quên mật khẩu, học viên dùng chức năng “Quên mật khẩu?” hoặc liên hệ Tổ Công "
            "nghệ thông tin, điện thoại 0207.3822.618."
        ),
    ],
    opts={"start": ("25/11/2026", "14:00", "2026-11-25T07:00:00Z"), "end": ("10/12/2026", "23:59")},
)

A33 = Story(
    33,
    "khai-giang-qpan-doi-tuong-4",
    "Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
    "Thông báo",
    "2026-11-18T16:45:00+07:00",
    [
        P(
            "Sáng 18/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng "
            "lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 với 112 học viên."
        ),
        Img(
            "/app/upload/users/1/1/my_files/khai-giang-qpan-2026.jpg",
            "Đồng chí Phó Hiệu trưởng phát biểu khai giảng lớp học",
            "Đồng chí Phó Hiệu trưởng phát biểu khai giảng lớp học",
            "figure",
        ),
        P(
            "Trong thời gian 5 ngày, học viên được nghiên cứu các chuyên đề về quan điểm của Đảng về "
            "xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân và công tác dân vận."
        ),
        Img("/app/upload/users/1/1/my_files/hoc-vien-qpan-2026.jpg", "Ảnh: Trần Minh Đức", None, "credit"),
        P("Lớp học bế giảng ngày 22/11/2026, học viên hoàn thành chương trình được cấp chứng chỉ."),
    ],
    photographers=["Trần Minh Đức"],
    opts={"start": ("18/11/2026", "16:45", "2026-11-18T09:45:00Z"), "end": ("30/11/2026", "23:59")},
)

A31 = Story(
    31,
    "nghi-hoc-bu-20-11",
    "📢 Thông báo nghỉ học và học bù dịp kỷ niệm ngày Nhà giáo Việt Nam 20/11",
    "Thông báo",
    "2026-11-14T10:00:00+07:00",
    [
        P(
            "Để tổ chức các hoạt động kỷ niệm 44 năm ngày Nhà giáo Việt Nam, các lớp học tập trung nghỉ "
            "học chiều thứ Sáu ngày 20/11/2026."
        ),
        P("Lịch học bù: sáng thứ Bảy ngày 28/11/2026, giữ nguyên phòng học và giảng viên."),
        P("Đề nghị các lớp trưởng thông báo tới toàn thể học viên trong lớp."),
    ],
    opts={"start": ("14/11/2026", "10:00", "2026-11-14T03:00:00Z"), "end": ("28/11/2026", "12:00")},
)

A28 = Story(
    28,
    "huong-dan-dang-ky-tai-khoan",
    "Hướng dẫn đăng ký tài khoản học trực tuyến cho học viên các lớp Trung cấp lý luận chính trị",
    "Thông báo",
    "2026-10-30T09:00:00+07:00",
    [
        P(
            "Từ năm học 2026 - 2027, một số học phần của chương trình Trung cấp lý luận chính trị được "
            "tổ chức học kết hợp trực tuyến trên hệ thống E-learning của Nhà trường."
        ),
        P("Học viên truy cập trang chủ của hệ thống, chọn “Đăng ký”, điền họ tên, thư điện tử và mã lớp."),
        P("Sau khi được Tổ Công nghệ thông tin phê duyệt, học viên đăng nhập và ghi danh vào khóa học của lớp.", "br"),
        P("Thời hạn đăng ký: trước ngày 15/11/2026."),
    ],
    opts={"start": ("30/10/2026", "09:00", "2026-10-30T02:00:00Z"), "end": ("15/11/2026", "23:59")},
)

ANNOUNCEMENTS = [A41, A40, A39, A37, A36, A33, A31, A28]
PER_PAGE = 5

# --- news items of the pages plugin -------------------------------------------------------------

N1 = Story(
    101,
    "tong-ket-cong-tac-dao-tao-nam-2026",
    "Trường Chính trị tỉnh Tuyên Quang tổng kết công tác đào tạo, bồi dưỡng năm 2026",
    "Tin tức",
    "2026-12-02T15:20:00+07:00",
    [
        P(
            "Chiều 02/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác đào "
            "tạo, bồi dưỡng năm 2026, triển khai nhiệm vụ năm 2027.",
            "b",
        ),
        P(
            "Năm 2026, Nhà trường đã mở 46 lớp với trên 3.800 học viên, trong đó có 9 lớp Trung cấp lý "
            "luận chính trị, 2 lớp Cao cấp lý luận chính trị liên kết và nhiều lớp bồi dưỡng theo chức "
            "danh."
        ),
        Img(
            "/web/upload/pages/101/tong-ket-2026.jpg",
            "(Quang cảnh hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026)",
            "Quang cảnh hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026",
            "em-next",
        ),
        P(
            "Hội nghị đánh giá việc ứng dụng hệ thống E-learning trong quản lý lớp học đã giảm đáng kể "
            "thời gian học tập trung của học viên là cán bộ cơ sở."
        ),
        P(
            "Năm 2027, Nhà trường phấn đấu 100% giảng viên đạt chuẩn, đổi mới nội dung các chuyên đề "
            "bồi dưỡng gắn với thực tiễn của tỉnh."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thu Hà</strong></p>'),
    ],
    authors=["Nguyễn Thu Hà"],
    photographers=["Nguyễn Thu Hà"],
    summary=(
        "Chiều 02/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác đào "
        "tạo, bồi dưỡng năm 2026, triển khai nhiệm vụ năm 2027."
    ),
    opts={"created": "2026-12-02 15:20:00", "updated": "2026-12-04 08:11:09"},
)

N2 = Story(
    102,
    "hoi-thao-tu-tuong-ho-chi-minh-ve-can-bo",
    "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về công tác cán bộ trong giai đoạn hiện nay”",
    "Tin tức",
    "2026-11-26T08:05:33+07:00",
    [
        P(
            "Ngày 25/11/2026, Khoa Xây dựng Đảng tổ chức hội thảo khoa học cấp trường với sự tham gia "
            "của gần 60 cán bộ, giảng viên và báo cáo viên của Tỉnh ủy."
        ),
        P("Những nội dung được thảo luận", "h"),
        P(
            "Các tham luận khẳng định Chủ tịch Hồ Chí Minh coi “cán bộ là cái gốc của mọi công việc”, "
            "công việc thành công hoặc thất bại đều do cán bộ tốt hoặc kém.[1]"
        ),
        P(
            "Nhiều ý kiến đề xuất gắn đánh giá cán bộ với kết quả thực hiện nhiệm vụ, sản phẩm cụ thể "
            "và sự hài lòng của nhân dân.",
            "quote",
        ),
        P(
            "Kết quả hội thảo là tư liệu để các khoa cập nhật vào bài giảng về công tác cán bộ trong "
            "chương trình Trung cấp lý luận chính trị."
        ),
        P("Tài liệu tham khảo", "b"),
        P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, H.2011, t.5, tr.309."),
        Raw('<p style="text-align: right;"><em>ThS. Lê Văn Bình - Khoa Xây dựng Đảng</em></p>'),
    ],
    authors=["Lê Văn Bình"],
    opts={"created": "2026-11-26 08:05:33", "updated": "2026-11-26 10:40:02"},
)

N3 = Story(
    103,
    "lop-tccl-k60-nghien-cuu-thuc-te-lam-binh",
    "Lớp Trung cấp lý luận chính trị K60 đi nghiên cứu thực tế tại huyện Lâm Bình",
    "Tin tức",
    "2026-11-19T14:00:00+07:00",
    [
        P(
            "Từ ngày 16 đến 18/11/2026, 68 học viên lớp Trung cấp lý luận chính trị K60 đi nghiên cứu "
            "thực tế tại huyện Lâm Bình."
        ),
        Img(
            "/web/upload/pages/103/lam-binh-1.jpg",
            "Học viên làm việc với Ban Thường vụ Huyện ủy Lâm Bình",
            "Học viên làm việc với Ban Thường vụ Huyện ủy Lâm Bình",
            "figure",
        ),
        P(
            "Đoàn nghe giới thiệu về mô hình phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc "
            "Tày, Dao, Mông tại xã Thượng Lâm."
        ),
        Img(
            "/web/upload/pages/103/lam-binh-2.jpg",
            "Tham quan homestay tại thôn Nà Bản, xã Thượng Lâm",
            "Tham quan homestay tại thôn Nà Bản, xã Thượng Lâm",
            "em-next",
        ),
        P("Kết thúc đợt thực tế, mỗi tổ học viên hoàn thành một bài thu hoạch nhóm."),
        Raw('<p style="text-align: right;"><strong>Tin: Phạm Quỳnh Anh - Ảnh: Đỗ Văn Khải</strong></p>'),
    ],
    authors=["Phạm Quỳnh Anh"],
    photographers=["Đỗ Văn Khải"],
    opts={"created": "2026-11-19 14:00:00", "updated": "2026-11-20 07:45:19"},
)

N4 = Story(
    104,
    "tuyen-quang-day-manh-chuyen-doi-so-dao-tao-can-bo",
    "Tuyên Quang đẩy mạnh chuyển đổi số trong đào tạo, bồi dưỡng cán bộ",
    "Tin tức",
    "2026-10-28T10:30:00+07:00",
    [
        P(
            "Chuyển đổi số đang được xác định là khâu đột phá trong nâng cao chất lượng đào tạo, bồi "
            "dưỡng cán bộ của tỉnh.",
            "b",
        ),
        P(
            "Theo kế hoạch của Ban Tổ chức Tỉnh ủy, đến năm 2027 toàn bộ các lớp bồi dưỡng ngắn hạn sẽ "
            "có học liệu điện tử trên hệ thống học trực tuyến của Trường Chính trị tỉnh."
        ),
        P(
            "Hiện hệ thống đã có 24 khóa học trực tuyến với hơn 1.200 tài khoản học viên, cho phép theo "
            "dõi tiến độ học tập và làm bài kiểm tra trên máy tính, điện thoại."
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Tuyên Quang điện tử</em></p>'),
    ],
    source="Báo Tuyên Quang điện tử",
    summary=(
        "Chuyển đổi số đang được xác định là khâu đột phá trong nâng cao chất lượng đào tạo, bồi "
        "dưỡng cán bộ của tỉnh."
    ),
    opts={"created": "2026-10-28 10:30:00", "updated": "2026-11-30 09:00:00"},
)

N5 = Story(
    105,
    "chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de",
    "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
    "Tin tức",
    "2026-10-15T16:10:00+07:00",
    [
        P(
            "Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao tính chiến đấu "
            "trong sinh hoạt chi bộ”."
        ),
        P(
            "Các đảng viên thảo luận về việc chuẩn bị nội dung, đổi mới cách điều hành sinh hoạt và "
            "tăng cường tự phê bình, phê bình."
        ),
        P("Chi bộ thống nhất mỗi quý lựa chọn một chuyên đề gắn với nhiệm vụ chính trị của Khoa."),
        Raw(
            '<p>Xem thêm: <a href="/web/pages/hoi-thao-tu-tuong-ho-chi-minh-ve-can-bo">Hội thảo khoa học '
            "về tư tưởng Hồ Chí Minh về công tác cán bộ</a></p>"
        ),
        Raw('<p style="text-align: right;"><strong>Hoàng Anh Tuấn</strong></p>'),
    ],
    authors=["Hoàng Anh Tuấn"],
    opts={"created": "2026-10-15 16:10:00", "updated": "2026-10-16 08:00:00"},
)

NEWS = [N1, N2, N3, N4, N5]
NEWS_PAGE1 = NEWS[:3]
NEWS_PAGE2 = NEWS[3:]


# --- pages of the plugin that are not articles ------------------------------------------------

_INFO_PAGES: dict[str, tuple[str, str, str]] = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "2025-03-10 09:00:00",
        "<p>Trường Chính trị tỉnh Tuyên Quang là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng đào "
        "tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở.</p>"
        "<p>Tiền thân của Trường là Trường Đảng tỉnh Tuyên Quang, thành lập năm 1949.</p>"
        '<p><img src="/web/upload/pages/gioi-thieu/toan-canh-truong.jpg" alt="" style="width:700px" /></p>'
        "<p>Nhà trường được tặng thưởng Huân chương Lao động hạng Nhất.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "2025-03-10 09:30:00",
        "<p><strong>Ban Giám hiệu</strong></p><ul><li>Hiệu trưởng</li><li>Các Phó Hiệu trưởng</li></ul>"
        "<p><strong>Các phòng, khoa</strong></p><ul><li>Văn phòng</li>"
        "<li>Phòng Quản lý đào tạo và Nghiên cứu khoa học</li><li>Khoa Xây dựng Đảng</li>"
        "<li>Khoa Lý luận cơ sở</li><li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li></ul>",
    ),
    "lien-he": (
        "Liên hệ",
        "2025-03-10 10:00:00",
        "<p>Địa chỉ: Đường 17/8, phường Minh Xuân, thành phố Tuyên Quang, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.615 - Fax: 0207.3822.616</p>"
        '<p>Email: <a href="mailto:truongchinhtri@tuyenquang.gov.vn">truongchinhtri@tuyenquang.gov.vn</a></p>',
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        "2026-11-22 15:00:00",
        '<div class="row">'
        + "".join(
            f'<div class="col-sm-4"><a href="/web/upload/pages/album/{n}.jpg">'
            f'<img src="/web/upload/pages/album/{n}-thumb.jpg" alt="" class="img-thumbnail" /></a>'
            f"<p>{esc(cap)}</p></div>"
            for n, cap in [
                ("le-khai-giang-k60", "Lễ khai giảng lớp TCLLCT K60"),
                ("ngay-nha-giao-2026", "Kỷ niệm ngày Nhà giáo Việt Nam 20/11/2026"),
                ("hoi-thao-can-bo", "Hội thảo khoa học tháng 11/2026"),
            ]
        )
        + "</div>",
    ),
}

COURSES = [
    ("TCLLCT60", "Trung cấp lý luận chính trị K60", "Phạm Văn Hùng",
     "Chương trình gồm 4 phần: những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; "
     "những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng; những vấn đề cơ bản về Nhà nước và pháp "
     "luật; kỹ năng lãnh đạo, quản lý của cán bộ cơ sở."),
    ("BDQPAN4", "Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4", "Trần Văn Quý",
     "Khóa học trang bị kiến thức cơ bản về quốc phòng, an ninh cho cán bộ, đảng viên ở cơ sở."),
    ("BDBTCB", "Bồi dưỡng nghiệp vụ công tác Đảng cho bí thư chi bộ", "Nguyễn Thị Lan",
     "Khóa học giúp bí thư chi bộ nắm vững quy trình sinh hoạt chi bộ, công tác phát triển đảng viên."),
]


# --- rendering ------------------------------------------------------------------------------


def _p(text: str) -> str:
    return esc(text)


def render_blocks(blocks: list) -> str:
    """CKEditor 4 markup of a story's blocks (Chamilo saves what the editor produced)."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            img = f'<img alt="" src="{esc(b.src)}" style="height:400px; width:600px" />'
            if b.style == "figure":
                out.append(
                    f'<figure class="image" style="display:inline-block">{img}'
                    f"<figcaption>{_p(b.printed or '')}</figcaption></figure>"
                )
            elif b.style == "credit":
                out.append(f'<p style="text-align: center;">{img}</p>')
                out.append(f'<p style="text-align: right;"><em>{_p(b.printed or "")}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{img}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{_p(b.printed)}</em></p>')
        elif b.style in ("li", "row"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_p(x.text)}</li>" for x in run) + "</ul>")
            else:
                rows = []
                for n, x in enumerate(run):
                    tag = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{_p(c)}</{tag}>" for c in x.text.split(" | ")) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="width:100%"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            continue
        elif b.style == "b":
            out.append(f"<p><strong>{_p(b.text)}</strong></p>")
        elif b.style == "h":
            out.append(f"<h3>{_p(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{_p(b.text)}</p></blockquote>")
        else:
            parts = [_p(b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                parts.append(_p(blocks[i].text))
            out.append("<p>" + "<br />\n".join(parts) + "</p>")
        i += 1
    return "\n".join(out)


def story_content(story: Story) -> str:
    content = render_blocks(story.blocks)
    if story.opts.get("entities"):
        content = entity_mix(content, story.opts["entities"])
    return content


def _menu() -> str:
    return """
<nav class="navbar navbar-default" id="navbar"><div class="container-fluid">
 <div class="navbar-header"><a class="navbar-brand" href="/index.php">
  <img src="/web/css/themes/tct_tq/images/header-logo.png" alt="Trường Chính trị tỉnh Tuyên Quang" /></a></div>
 <ul class="nav navbar-nav" id="mn-chinh">
  <li class="mn-i"><a href="/index.php"><em class="fa fa-home"></em> Trang chủ</a></li>
  <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <span class="caret"></span></a>
   <ul class="dropdown-menu"><li><a href="/web/pages/gioi-thieu">Giới thiệu chung</a></li>
   <li><a href="/web/pages/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>
  <li class="mn-i"><a href="/news_list.php">Thông báo</a></li>
  <li class="mn-i"><a href="/web/pages/tin-tuc">Tin tức</a></li>
  <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Đào tạo <span class="caret"></span></a>
   <ul class="dropdown-menu"><li><a href="/main/auth/courses.php">Danh mục khóa học</a></li>
   <li><a href="/main/auth/inscription.php">Đăng ký tài khoản</a></li></ul></li>
  <li class="mn-i"><a href="/web/pages/thu-vien-anh">Thư viện ảnh</a></li>
  <li class="mn-i"><a href="/web/pages/lien-he">Liên hệ</a></li>
 </ul></div></nav>"""


def _sidebar() -> str:
    news = "".join(
        f'<li><a href="/web/pages/{s.slug}">{esc(s.title)}</a></li>' for s in NEWS_PAGE1[:2]
    )
    return f"""
<aside class="col-md-3" id="cot-phai">
 <div class="panel panel-default" id="login-block"><div class="panel-heading">Đăng nhập</div>
  <div class="panel-body"><form id="formLogin" action="/index.php" method="post">
   <input type="text" name="login" placeholder="Tên đăng nhập" class="form-control" />
   <input type="password" name="password" placeholder="Mật khẩu" class="form-control" />
   <button type="submit" name="submitAuth" class="btn btn-primary">Đăng nhập</button></form>
   <a href="/main/auth/lostPassword.php">Quên mật khẩu?</a></div></div>
 <div class="panel panel-default kh-tinmoi"><div class="panel-heading">Tin đọc nhiều</div>
  <ul class="list-unstyled">{news}</ul></div>
 <div class="panel panel-default"><div class="panel-heading">Liên kết website</div>
  <ul class="list-unstyled">
   <li><a href="https://tuyenquang.dcs.vn" target="_blank">Cổng TTĐT Đảng bộ tỉnh Tuyên Quang</a></li>
   <li><a href="https://www.tuyenquang.gov.vn" target="_blank">Cổng TTĐT tỉnh Tuyên Quang</a></li>
   <li><a href="https://hcma.vn" target="_blank">Học viện Chính trị quốc gia Hồ Chí Minh</a></li></ul></div>
 <div class="panel panel-default" id="bieu-quyet"><div class="panel-heading">Thăm dò ý kiến</div>
  <form method="post" action="/index.php?poll=3"><p>Bạn đánh giá thế nào về hệ thống học trực tuyến?</p>
   <label><input type="radio" name="opt" value="1" /> Rất hữu ích</label><br />
   <label><input type="radio" name="opt" value="2" /> Hữu ích</label><br />
   <label><input type="radio" name="opt" value="3" /> Chưa hữu ích</label><br />
   <button type="submit" class="btn btn-default btn-xs">Biểu quyết</button></form></div>
 <div class="panel panel-default" id="thong-ke"><div class="panel-heading">Thống kê truy cập</div>
  <ul class="list-unstyled"><li>Đang online: 17</li><li>Hôm nay: 412</li><li>Tổng truy cập: 1.284.509</li></ul></div>
</aside>"""


_FOOTER = """
<footer id="footer-section"><div class="container"><div class="row">
 <div class="col-md-8"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong></p>
  <p>Địa chỉ: Đường 17/8, phường Minh Xuân, thành phố Tuyên Quang, tỉnh Tuyên Quang</p>
  <p>Điện thoại: 0207.3822.615 - Email: truongchinhtri@tuyenquang.gov.vn</p>
  <p>© 2026 Trường Chính trị tỉnh Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
 <div class="col-md-4 text-right"><p>Quản trị: Tổ Công nghệ thông tin</p>
  <p>Vận hành trên <a href="https://chamilo.org" target="_blank">Chamilo</a> © 2026</p></div>
</div></div></footer>"""


def page(title_tag: str, main: str, *, canonical: str | None = None, full_width: bool = False,
         extra_script: str = "") -> Response:
    head_extra = f'<link rel="canonical" href="{esc(canonical)}" />' if canonical else ""
    side = "" if full_width else _sidebar()
    col = "col-md-12" if full_width else "col-md-9"
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" />
<title>{esc(title_tag)}</title>
<meta name="generator" content="Chamilo 1.11.26" />
<meta name="description" content="Trường Chính trị tỉnh Tuyên Quang - Hệ thống đào tạo trực tuyến" />
<link rel="stylesheet" href="/web/build/vendor.css" /><link rel="stylesheet" href="/web/css/themes/tct_tq/default.css" />
<link rel="shortcut icon" href="/favicon.ico" />{head_extra}
<script src="/web/build/vendor.js"></script>
<script>var _p = {{"web":"/","web_ajax":"/main/inc/ajax/","web_main":"/main/"}};{extra_script}</script>
</head><body class="page-tct">
<div id="page-wrap">
<div id="cm-topbar"><div class="container"><span class="ngay-hom-nay">{HEADER_DATE}</span>
 <span class="pull-right"><a href="/index.php#formLogin">Đăng nhập</a> | <a href="/main/auth/inscription.php">Đăng ký</a>
 <form id="lang_form" class="form-inline" style="display:inline" method="get" action="/index.php">
  <select name="language" onchange="this.form.submit()"><option value="vietnamese" selected="selected">Tiếng Việt</option>
  <option value="english">English</option></select></form></span></div></div>
<header id="header-section"><div class="container"><div class="row">
 <div class="col-md-12"><div id="cm-logo"><img src="/web/css/themes/tct_tq/images/banner.jpg" alt="" />
 <span class="ten-truong">ĐẢNG BỘ TỈNH TUYÊN QUANG<br /><b>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</b></span></div></div>
</div></div>{_menu()}</header>
<section id="cm-content"><div class="container"><div class="row">
<div class="{col}" id="cot-chinh">
{main}
</div>{side}
</div></div></section>{_FOOTER}
</div></body></html>"""
    return html(body)


def _crumb(*items: tuple[str, str | None]) -> str:
    lis = "".join(
        f'<li><a href="{esc(href)}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>'
        for label, href in items
    )
    return f'<ol class="breadcrumb">{lis}</ol>'


def _window(story: Story) -> str:
    day, hm, utc = story.opts["start"]
    end_day, end_hm = story.opts["end"]
    local_end = datetime.strptime(f"{end_day} {end_hm}", "%d/%m/%Y %H:%M")
    end_utc = (local_end - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:00Z")
    return (
        f'<p class="small sa-tg"><em class="fa fa-clock-o"></em> Hiển thị từ <time datetime="{utc}">'
        f'{day} {hm}</time> đến <time datetime="{end_utc}">{end_day} {end_hm}</time></p>'
    )


# --- pages ----------------------------------------------------------------------------------

_CAROUSEL_JS = (
    "\n$(function(){$('#carousel-announcement .sa-more').on('click',function(){var id=$(this).data('id');"
    "$.get(_p.web_ajax+'announcement.ajax.php?a=get_announcement&id='+id,function(h){$('#sa-modal .modal-body').html(h);});"
    "});});"
)


def home(request: Request) -> Response:
    items = []
    for n, s in enumerate(ANNOUNCEMENTS[:3]):
        active = " active" if n == 0 else ""
        items.append(
            f'<div class="item{active}"><div class="sa-slide" id="slide_{s.id}">'
            f"<h5>{esc(s.title)}</h5>"
            f'<div class="sa-slide-nd">{story_content(s)}</div>'
            f'<a class="sa-more btn btn-link" data-id="{s.id}" '
            f'href="news_list.php?id={s.id}&amp;cidReq=&amp;id_session=0&amp;gidReq=0">Xem chi tiết »</a>'
            "</div></div>"
        )
    ind = "".join(
        f'<li data-target="#carousel-announcement" data-slide-to="{n}"{" class=active" if n == 0 else ""}></li>'
        for n in range(3)
    )
    news = "".join(
        f'<div class="col-sm-6 tt-o"><a href="/web/index.php/pages/{s.slug}">'
        f'<img src="/web/upload/pages/{s.id}/thumb.jpg" alt="" class="img-responsive" /></a>'
        f'<h4><a href="/web/index.php/pages/{s.slug}">{esc(s.title)}</a></h4>'
        f"<p>{esc(s.paragraphs[0][:140])}…</p></div>"
        for s in NEWS_PAGE1[:2]
    )
    courses = "".join(
        f'<li><a href="/courses/{code}/index.php">{esc(name)}</a> <small>GV: {esc(teacher)}</small></li>'
        for code, name, teacher, _ in COURSES
    )
    notice = ""
    if request.method == "POST":
        notice = '<div class="alert alert-danger">Tên đăng nhập hoặc mật khẩu không đúng.</div>'
    main = f"""{notice}
<section id="system-announcements"><div class="panel panel-default"><div class="panel-heading">
 <h3 class="panel-title">Thông báo</h3></div><div class="panel-body">
 <div id="carousel-announcement" class="carousel slide" data-ride="carousel">
 <ol class="carousel-indicators">{ind}</ol>
 <div class="carousel-inner" role="listbox">{"".join(items)}</div>
 <a class="left carousel-control" href="#carousel-announcement" data-slide="prev">‹</a>
 <a class="right carousel-control" href="#carousel-announcement" data-slide="next">›</a></div>
 <p class="text-right"><a href="/news_list.php">Xem tất cả thông báo</a></p></div></div></section>
<section id="tin-tuc-home"><div class="panel panel-default"><div class="panel-heading">
 <h3 class="panel-title"><a href="/web/pages/tin-tuc">Tin tức</a></h3></div>
 <div class="panel-body"><div class="row">{news}</div></div></div></section>
<section id="hot-courses"><div class="panel panel-default"><div class="panel-heading">
 <h3 class="panel-title">Khóa học nổi bật</h3></div><div class="panel-body"><ul>{courses}</ul>
 <a href="/main/auth/courses.php">Danh mục khóa học</a></div></div></section>
<div class="modal fade" id="sa-modal"><div class="modal-dialog"><div class="modal-content"><div class="modal-body"></div></div></div></div>"""
    return page(f"{SITE} - Hệ thống đào tạo trực tuyến", main, extra_script=_CAROUSEL_JS)


def news_list(page_no: int) -> Response | None:
    pages = (len(ANNOUNCEMENTS) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= page_no <= pages:
        return None
    chunk = ANNOUNCEMENTS[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    suffix = f"&amp;page={page_no}" if page_no > 1 else ""
    rows = []
    for s in chunk:
        day, _hm, _ = s.opts["start"]
        first = s.paragraphs[0] if s.paragraphs else ""
        rows.append(
            f'<div class="sa-muc" id="sa_muc_{s.id}"><h4><a href="news_list.php?id={s.id}{suffix}">'
            f'{esc(s.title)}</a></h4><div class="sa-ngay text-muted">{day}</div>'
            f"<p>{esc(first[:180])}…</p></div>"
        )
    pager = []
    for n in range(1, pages + 1):
        if n == page_no:
            pager.append(f'<li class="active"><span>{n}</span></li>')
        else:
            pager.append(f'<li><a href="?page={n}">{n}</a></li>')
    if page_no < pages:
        pager.append(f'<li><a href="?page={page_no + 1}">»</a></li>')
    main = (
        _crumb(("Trang chủ", "/index.php"), ("Thông báo", None))
        + '<div class="page-header"><h2>Thông báo</h2></div>'
        + "".join(rows)
        + f'<nav><ul class="pagination">{"".join(pager)}</ul></nav>'
    )
    return page(f"Thông báo - {SITE}", main)


def announcement(s: Story) -> Response:
    others = [o for o in ANNOUNCEMENTS[:5] if o is not s][:4]
    other_html = "".join(f'<li><a href="news_list.php?id={o.id}">{esc(o.title)}</a></li>' for o in others)
    main = f"""{_crumb(("Trang chủ", "/index.php"), ("Thông báo", "/news_list.php"), ("Chi tiết", None))}
<div class="sa-view" id="sa_{s.id}">
 <div class="page-header"><h3>{esc(s.title)}</h3></div>
 {_window(s)}
 <div class="sa-nd">{story_content(s)}</div>
 <div class="sa-chan text-muted small">Người gửi: admin_tct · Đối tượng: Tất cả người dùng</div>
 <div class="sa-cong-cu"><a href="javascript:window.print()"><em class="fa fa-print"></em> In</a>
 · <a href="https://www.facebook.com/sharer/sharer.php?u=news_list.php%3Fid%3D{s.id}" target="_blank">Chia sẻ Facebook</a></div>
</div>
<div class="sa-khac"><h4>Các thông báo khác</h4><ul>{other_html}</ul></div>"""
    return page(f"Thông báo - {SITE}", main)


def announcement_ajax(s: Story) -> Response:
    frag = f'<div class="sa-ajax"><h4>{esc(s.title)}</h4>{story_content(s)}</div>'
    return html(frag)


def _pg_meta(created: str, updated: str, views: int) -> str:
    return (
        f'<div class="pg-tt text-muted"><span>Ngày tạo: {created}</span> | <span>Cập nhật: {updated}</span>'
        f" | <span>Lượt xem: {views}</span></div>"
    )


_SHARE = (
    '<div class="pg-chiase"><span>Chia sẻ:</span> '
    '<a href="https://www.facebook.com/sharer/sharer.php" target="_blank"><img src="/web/img/share/fb.png" alt="Facebook" /></a> '
    '<a href="https://zalo.me/share" target="_blank"><img src="/web/img/share/zalo.png" alt="Zalo" /></a> '
    '<a href="javascript:window.print()">In trang</a></div>'
)


def news_page(request: Request, s: Story) -> Response:
    canonical = base_url(request) + f"/web/pages/{s.slug}"
    main = f"""{_crumb(("Trang chủ", "/index.php"), ("Tin tức", "/web/pages/tin-tuc"), (s.title, None))}
<div class="pg-wrap" data-page-id="{s.id}">
 <h2 class="pg-tde">{esc(s.title)}</h2>
 {_pg_meta(s.opts["created"], s.opts["updated"], s.views())}
 <div class="pg-nd">{story_content(s)}</div>
 {_SHARE}
</div>
<div class="pg-lienquan"><h4>Tin khác</h4><ul>{"".join(
        f'<li><a href="/web/pages/{o.slug}">{esc(o.title)}</a></li>' for o in NEWS_PAGE1 if o is not s)}</ul></div>"""
    return page(f"{s.title} | {SITE}", main, canonical=canonical)


def info_page(request: Request, slug: str) -> Response:
    title, created, content = _INFO_PAGES[slug]
    canonical = base_url(request) + f"/web/pages/{slug}"
    main = f"""{_crumb(("Trang chủ", "/index.php"), (title, None))}
<div class="pg-wrap" data-page-id="{list(_INFO_PAGES).index(slug) + 2}">
 <h2 class="pg-tde">{esc(title)}</h2>
 {_pg_meta(created, created, 500 + len(content) % 300)}
 <div class="pg-nd">{content}</div>
 {_SHARE}
</div>"""
    return page(f"{title} | {SITE}", main, canonical=canonical)


def news_listing(request: Request, second: bool) -> Response:
    items = NEWS_PAGE2 if second else NEWS_PAGE1
    start = len(NEWS_PAGE1) if second else 0
    rows = "".join(
        f'<tr><td style="text-align:center">{start + n + 1}</td><td>{s.opts["created"][:10]}</td>'
        f'<td><a href="/web/pages/{s.slug}">{esc(s.title)}</a></td></tr>'
        for n, s in enumerate(items)
    )
    nav = (
        '<p style="text-align:right"><a href="/web/pages/tin-tuc">« Trang 1</a></p>'
        if second
        else '<p style="text-align:right"><a href="/web/pages/tin-tuc-trang-2">Trang 2 »</a></p>'
    )
    slug = "tin-tuc-trang-2" if second else "tin-tuc"
    title = "Tin tức (trang 2)" if second else "Tin tức"
    content = (
        '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
        "<tr><th>STT</th><th>Ngày</th><th>Tiêu đề</th></tr>" + rows + "</tbody></table>" + nav
    )
    main = f"""{_crumb(("Trang chủ", "/index.php"), ("Tin tức", None))}
<div class="pg-wrap" data-page-id="{9 if second else 8}">
 <h2 class="pg-tde">{title}</h2>
 {_pg_meta("2025-04-02 08:00:00", "2026-12-02 15:25:00", 2104 if not second else 377)}
 <div class="pg-nd">{content}</div>
</div>"""
    return page(f"{title} | {SITE}", main, canonical=base_url(request) + f"/web/pages/{slug}")


def catalogue() -> Response:
    cards = "".join(
        f"""<div class="col-md-4"><div class="items items-courses">
 <div class="image"><img src="/app/courses/{code}/course-pic.png" alt="" class="img-responsive" /></div>
 <div class="description"><h4 class="title"><a href="/courses/{code}/index.php">{esc(name)}</a></h4>
 <div class="block-author">Giảng viên: {esc(teacher)}</div><p>{esc(desc)}</p>
 <a class="btn btn-success btn-sm" href="/courses/{code}/index.php">Vào khóa học</a></div></div></div>"""
        for code, name, teacher, desc in COURSES
    )
    main = f"""{_crumb(("Trang chủ", "/index.php"), ("Danh mục khóa học", None))}
<div class="page-header"><h2>Danh mục khóa học</h2></div>
<form class="form-inline" method="get" action="/main/auth/courses.php">
 <input type="hidden" name="action" value="search_course" />
 <input type="text" name="search_term" class="form-control" placeholder="Tìm khóa học" />
 <button type="submit" class="btn btn-default">Tìm kiếm</button></form>
<div class="row grid-courses">{cards}</div>"""
    return page(f"Danh mục khóa học - {SITE}", main)


def course_login(code: str) -> Response:
    name = next(n for c, n, _, _ in COURSES if c == code)
    main = f"""<div class="alert alert-warning">Bạn không được phép truy cập trang này. Vui lòng đăng nhập
để vào khóa học <strong>{esc(name)}</strong>.</div>
<form action="/index.php" method="post" class="form-horizontal">
 <input type="text" name="login" placeholder="Tên đăng nhập" /> <input type="password" name="password" />
 <button type="submit" class="btn btn-primary">Đăng nhập</button></form>"""
    return page(f"{SITE} - Hệ thống đào tạo trực tuyến", main)


def auth_page(kind: str) -> Response:
    if kind == "inscription":
        main = """<div class="page-header"><h2>Đăng ký tài khoản</h2></div>
<form method="post" action="/main/auth/inscription.php"><input name="lastname" placeholder="Họ" />
<input name="firstname" placeholder="Tên" /><input name="email" placeholder="Thư điện tử" />
<input name="username" placeholder="Tên đăng nhập" /><button type="submit">Đăng ký</button></form>"""
        return page(f"Đăng ký - {SITE}", main)
    main = """<div class="page-header"><h2>Quên mật khẩu</h2></div>
<form method="post" action="/main/auth/lostPassword.php"><input name="user" placeholder="Tên đăng nhập hoặc email" />
<button type="submit">Gửi</button></form>"""
    return page(f"Quên mật khẩu - {SITE}", main)


_BY_ID = {s.id: s for s in ANNOUNCEMENTS}
_BY_SLUG = {s.slug: s for s in NEWS}
_PAGES_RE = re.compile(r"^/web/(?:index\.php/)?pages/([a-z0-9-]+)/?$")
_COURSE_RE = re.compile(r"^/courses/([A-Z0-9]+)/(?:index\.php)?$")
_STATIC_PREFIXES = ("/web/", "/app/", "/main/img/", "/favicon.ico")


class ChamiloSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/":
            return redirect("/index.php")
        if path == "/index.php":
            return home(request)
        if path == "/news_list.php":
            if "id" in params:
                try:
                    s = _BY_ID.get(int(params["id"]))
                except ValueError:
                    return None
                return announcement(s) if s else None
            try:
                return news_list(int(params.get("page") or 1))
            except ValueError:
                return None
        if path == "/main/inc/ajax/announcement.ajax.php":
            if params.get("a") != "get_announcement":
                return None
            try:
                s = _BY_ID.get(int(params.get("id", "")))
            except ValueError:
                return None
            return announcement_ajax(s) if s else None
        m = _PAGES_RE.match(path)
        if m:
            slug = m.group(1)
            if slug in _BY_SLUG:
                return news_page(request, _BY_SLUG[slug])
            if slug in _INFO_PAGES:
                return info_page(request, slug)
            if slug in ("tin-tuc", "tin-tuc-trang-2"):
                return news_listing(request, slug.endswith("2"))
            return None
        if path == "/main/auth/courses.php":
            return catalogue()
        m = _COURSE_RE.match(path)
        if m and any(c == m.group(1) for c, *_ in COURSES):
            return course_login(m.group(1))
        if path == "/main/auth/inscription.php":
            return auth_page("inscription")
        if path == "/main/auth/lostPassword.php":
            return auth_page("lost")
        if path.lower().endswith(".pdf") and path.startswith("/app/upload/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(_STATIC_PREFIXES):
            return static_file(path)
        return None


def build_site() -> ChamiloSite:
    return ChamiloSite()


# --- gold -----------------------------------------------------------------------------------


def _ann_gold(s: Story, index: int) -> dict:
    path = f"/news_list.php?id={s.id}"
    alts = []
    if index < 3:
        alts.append(f"{path}&cidReq=&id_session=0&gidReq=0")
    if index >= PER_PAGE:
        alts.append(f"{path}&page={index // PER_PAGE + 1}")
    alts.append(f"/main/inc/ajax/announcement.ajax.php?a=get_announcement&id={s.id}")
    return gold_record(s, path, "Thông báo", alt_paths=alts)


def _news_gold(s: Story) -> dict:
    path = f"/web/pages/{s.slug}"
    return gold_record(s, path, "Tin tức", alt_paths=[f"/web/index.php/pages/{s.slug}"])


GOLD = [_ann_gold(s, n) for n, s in enumerate(ANNOUNCEMENTS)] + [_news_gold(s) for s in NEWS]

NON_ARTICLES = [
    "/web/pages/gioi-thieu",
    "/web/pages/co-cau-to-chuc",
    "/web/pages/lien-he",
    "/web/pages/thu-vien-anh",
    "/main/auth/courses.php",
]
