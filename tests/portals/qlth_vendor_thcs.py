"""Trường THCS Trần Hưng Đạo (Krông Pắc, Đắk Lắk) on a school-management SaaS's website module.

Platform: the public "Website trường" module of a Vietnamese school-management product ("QLTH":
grades, timetable, parent SMS; the website is a side feature), ASP.NET MVC 5 on IIS. Every school
is a path prefix on the vendor's one host (``/thcstranhungdao/…``; another tenant,
``/thcsnguyendu/…``, lives next door). Routing is MVC's: case-insensitive, ``{controller}/
{action}/{id}``, the ``title`` query parameter of a news page is decoration (any value, or none,
serves the same news).

URL scheme (all under the tenant prefix ``/thcstranhungdao``):
- ``/Home`` (also ``/Home/Index``; the bare prefix redirects to ``/Home``): front page.
- ``/TinTuc/DanhMuc/<catId>?page=N``: a category listing, 4 per page, PagedList pager whose
  links are query-only (``href="?page=2"``).
- ``/TinTuc/ChiTiet/<newsId>?title=<slug>``: a news page; unknown ids answer 200 with an error
  text inside the chrome (a soft 404).
- ``/GioiThieu``, ``/ThoiKhoaBieu``, ``/VanBan`` (+ ``/VanBan/ChiTiet/<id>``), ``/LienHe``,
  ``/ThuVienAnh/Album/<id>``, ``/TinTuc/TimKiem?tukhoa=``: not articles.
- ``/Upload/thcstranhungdao/…``: images and attached PDFs.

Page templates: a header with the school name in ``<h1>`` and today's date, a scrolling notice
line (``<marquee>``), a menu with drop-downs, breadcrumbs (``div.dd-vitri``), a right column
(notices, most-read, photo album, poll, visitor counter, SMS look-up advert) and a footer with
the tenants using the system. A news page prints its title in ``h2.tt-ct-tieude``, an info bar
(``div.tt-ct-tt``: "Cập nhật …", "Ngày đăng …" in the server's vi-VN 12-hour clock, "Người đăng"
account, views), an optional lead in ``div.tt-ct-mota``, the editor's HTML in
``div.tt-ct-noidung`` (which also holds the vendor's SMS advert, attachment and "Xem thêm"
lines), a tool bar, keywords and "Các tin khác".

How the gold articles are reached: the front page's newest box, featured slider and category
boxes; the category listings (menu); "Các tin khác" on each news page; the right column's
notices and most-read. Two news of "Tin tức - Sự kiện" (1183, 1172) are only on page 2 of that
listing.

Traps:
1. Title-in-query duplicates: listings link ``ChiTiet/<id>?title=<ascii-slug>`` (the canonical
   link the page prints), the front slider links ``?title=<the Vietnamese title, percent-encoded>``,
   "Các tin khác" links the lower-cased bare route ``/thcstranhungdao/tintuc/chitiet/<id>``. Gold:
   one record per news at the canonical path; the other forms are its ``alt_paths``.
2. The 12-hour vi-VN clock: "Ngày đăng: 03/12/2026 2:30:00 CH" is 14:30, "9:05:00 SA" is 09:05,
   "12:20:00 CH" is 12:20 and "12:00:00 SA" is midnight, i.e. a day without a time ("2026-11-26").
3. "Cập nhật: …" (update) is printed before "Ngày đăng: …" in the info bar; the header prints
   today "Thứ Bảy, 05/12/2026". Gold: the Ngày đăng value, never the other two.
4. The school name is the page's ``<h1>`` on every page; the news title is an ``<h2>``, and
   listings cut long titles with "...". Gold title: the ``h2`` as printed in full.
5. A notice printed as an official document (letterhead table, "Số: …", "Krông Pắc, ngày 10
   tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer) posted two days later
   (Ngày đăng 12/11/2026). Gold: the letterhead's day "2026-11-10", signer "Đoàn Văn Quang" as
   author, none of the document furniture in the body.
6. The vendor's SMS look-up advert (``div#divQC_SMS``: "Phụ huynh tra cứu điểm … soạn tin …"),
   a "File đính kèm" line and a "Xem thêm:" line sit inside the content ``div`` after the text.
   Gold: not body.
7. Bylines the editor types at the end, right-aligned: "Tin, ảnh: X" (author and photographer),
   "Bài, ảnh: X", "Tin: X - Ảnh: Y", "GV. X - Tổ trưởng tổ KHTN" (X), "ThS. X" (X), a unit
   alone ("Tổ Toán - Tin", "Liên đội THCS Trần Hưng Đạo": the author as printed), "BBT" (nobody);
   the info bar's "Người đăng: quantri.thd" is a CMS account (nobody). A closing "Theo Báo Đắk
   Lắk" is the source; a body sentence "Theo kế hoạch số …" is text.
8. Photos in a two-row table (image, then ``<em>`` line) or as a centred image paragraph
   followed by a centred italic paragraph that looks like text: the line is the caption
   (parentheses taken off), "Ảnh: X" alone is no caption; neither is body.
9. Encodings: one news's text was saved by the editor with every second non-ASCII character as
   an HTML entity (``&agrave;``, ``&#7889;``), another in decomposed Unicode (NFD). Gold: NFC.
10. Discovery: page 2 of "Tin tức - Sự kiện" is only linked by ``href="?page=2"`` (query-only);
    its two news appear nowhere else.
11. A "Xem thêm" link to a deleted news (``ChiTiet/1050``) answers 200 with the full chrome and
    "Tin bài không tồn tại hoặc đã bị gỡ bỏ!": not an article.
12. The footer links another tenant of the same host (``/thcsnguyendu/Home``) with a news of
    its own: another school's site, not this portal's article.

Gold decisions on ambiguous points:
- ``canonical_path`` = ``path`` = the ``ChiTiet/<id>?title=<slug>`` form the page's
  ``<link rel=canonical>`` names (printed absolute from the Host header).
- category: the breadcrumb's last crumb (the news's own category), e.g. "Tin tức - Sự kiện".
- A caption line "Ảnh: X" under a photo of a news whose byline is "ThS. X": caption None, X is
  the photographer as well as the author.
- A notice that closes with a right-aligned post and name ("PHÓ HIỆU TRƯỞNG" / name): the name
  is the author, the post is not body.
- The lead in ``div.tt-ct-mota`` (bold) is the summary and the body's first paragraph; a bold
  first paragraph inside the text is the summary too; otherwise summary is null even though the
  page has a meta description.
- Rows of a table in the text are paragraphs, cells joined by " | ", header row included.
- The other tenant's news (``/thcsnguyendu/TinTuc/ChiTiet/3101``) is not in the gold.
"""

from __future__ import annotations

import re
from urllib.parse import quote

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
    text,
)

NAME = "qlth_vendor_thcs"
PLATFORM = "QLTH school-management SaaS website module (ASP.NET MVC 5), tenant path prefix"
T = "/thcstranhungdao"
START_PATH = f"{T}/Home"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SCHOOL = "TRƯỜNG THCS TRẦN HƯNG ĐẠO"
UP = "/Upload" + T

CATS = {
    11: ("Tin tức - Sự kiện", True),
    12: ("Hoạt động chuyên môn", True),
    13: ("Thông báo", False),
    14: ("Đoàn - Đội", True),
}
PER_PAGE = 4


def _slug(value: str) -> str:
    import unicodedata

    s = value.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def _img(name: str) -> str:
    return f"{UP}/TinTuc/2026/{name}"


def _byline(line: str, how: str = "strong") -> Raw:
    if how == "em":
        return Raw(f'<p align="right"><em>{esc(line)}</em></p>')
    return Raw(f'<p style="text-align: right;"><{how}>{esc(line)}</{how}></p>')


SMS_AD = (
    '<div id="divQC_SMS" style="border:1px dashed #e67e22;padding:6px;margin:10px 0;background:#fffbe6">'
    "<p><b>Phụ huynh tra cứu điểm, thời khóa biểu qua tin nhắn:</b> soạn tin "
    "<b>QLTH DIEM &lt;mã học sinh&gt;</b> gửi <b>8077</b> (1.000đ/tin).</p>"
    "<p>Tải ứng dụng QLTH Phụ huynh trên điện thoại để nhận thông báo của nhà trường.</p></div>"
)

LETTERHEAD = (
    '<table style="width:100%;border:none" cellpadding="0"><tbody><tr>'
    '<td style="width:42%;text-align:center">PHÒNG GD&amp;ĐT KRÔNG PẮC<br />'
    "<b>TRƯỜNG THCS TRẦN HƯNG ĐẠO</b><br />Số: 37/TB-THCSTHĐ</td>"
    '<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br />'
    "<b><u>Độc lập - Tự do - Hạnh phúc</u></b><br />"
    "<i>Krông Pắc, ngày 10 tháng 11 năm 2026</i></td></tr></tbody></table>"
    '<p style="text-align:center"><b>THÔNG BÁO</b></p>'
    '<p style="text-align:center"><b>Về việc tổ chức họp cha mẹ học sinh giữa học kỳ I</b></p>'
)

LETTER_CLOSE = (
    '<table style="width:100%;border:none"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br />- GVCN các lớp;<br />'
    "- Ban đại diện CMHS;<br />- Website trường;<br />- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top"><b>HIỆU TRƯỞNG</b><br /><br /><br />'
    "<i>(đã ký)</i><br /><br /><b>Đoàn Văn Quang</b></td></tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        1215,
        "khai-mac-hoi-thi-giai-dieu-tuoi-hong-nam-hoc-2026-2027",
        "Khai mạc Hội thi “Giai điệu tuổi hồng” năm học 2026 – 2027",
        "11",
        "2026-12-03T14:30:00+07:00",
        [
            P("Chiều ngày 03/12/2026, Liên đội Trường THCS Trần Hưng Đạo long trọng tổ chức khai mạc "
              "Hội thi “Giai điệu tuổi hồng” chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân "
              "Việt Nam (22/12/1944 – 22/12/2026)."),
            P("Tham gia hội thi có 24 tiết mục đến từ 16 chi đội thuộc bốn khối lớp.", "br"),
            P("Mỗi chi đội được đăng ký tối đa hai tiết mục gồm đơn ca, song ca hoặc tốp ca."),
            Img(_img("12/gdth-khaimac-1.jpg"), "(Thầy Hiệu trưởng Đoàn Văn Quang phát biểu khai mạc hội thi)",
                "Thầy Hiệu trưởng Đoàn Văn Quang phát biểu khai mạc hội thi", "tbl"),
            P("Các tiết mục năm nay tập trung ca ngợi anh bộ đội Cụ Hồ, tình quân dân và quê hương Đắk "
              "Lắk với những bài hát quen thuộc như “Cô gái Đắk Lắk”, “Chú bộ đội”, “Tiếng đàn Ta Lư”."),
            Img(_img("12/gdth-khaimac-2.jpg"), "Tiết mục tốp ca của Chi đội 8A2", "Tiết mục tốp ca của Chi đội 8A2", "p"),
            P("Vòng chung kết sẽ diễn ra vào sáng ngày 19/12/2026 tại hội trường nhà trường."),
            _byline("Bài, ảnh: Trần Quốc Bảo"),
        ],
        authors=["Trần Quốc Bảo"],
        photographers=["Trần Quốc Bảo"],
        opts={"posted": "03/12/2026 2:30:00 CH", "updated": "04/12/2026 8:15:00 SA", "sms": True,
              "xemthem": True},
    ),
    Story(
        1214,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn",
        "12",
        "2026-12-02T12:20:00+07:00",
        [
            P("Nhằm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, ngày "
              "02/12/2026 Tổ Ngữ văn đã tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học tại "
              "lớp 7A3.", "lead"),
            P("Bài dạy minh họa “Người thầy đầu tiên” do cô Nguyễn Thị Yến thực hiện, tập trung vào "
              "hoạt động đọc hiểu và thảo luận nhóm."),
            Img(_img("12/shcm-nguvan-1.jpg"), "Ảnh: Võ Thị Hồng Nhung", None, "tbl"),
            P("Các giáo viên dự giờ quan sát việc học của từng nhóm học sinh, ghi chép và phân tích "
              "nguyên nhân những khó khăn học sinh gặp phải."),
            P("Buổi sinh hoạt thống nhất ba nội dung cần điều chỉnh:"),
            P("Tăng thời gian cho học sinh đọc văn bản tại lớp;", "li"),
            P("Giao nhiệm vụ cụ thể cho từng thành viên trong nhóm;", "li"),
            P("Sử dụng phiếu học tập ngắn gọn, dễ hiểu.", "li"),
            _byline("ThS. Võ Thị Hồng Nhung", "b"),
        ],
        authors=["Võ Thị Hồng Nhung"],
        photographers=["Võ Thị Hồng Nhung"],
        summary=("Nhằm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, ngày "
                 "02/12/2026 Tổ Ngữ văn đã tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học "
                 "tại lớp 7A3."),
        opts={"posted": "02/12/2026 12:20:00 CH"},
    ),
    Story(
        1212,
        "lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        "13",
        "2026-11-30T16:10:00+07:00",
        [
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I các môn kiểm tra tập trung như sau:"),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "row"),
            P("Thứ Hai, 14/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("Thứ Ba, 15/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("Thứ Tư, 16/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P("Thứ Năm, 17/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "row"),
            P("Học sinh có mặt tại phòng thi trước giờ làm bài 15 phút, mang theo thẻ học sinh."),
            P("Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ chuyên môn."),
            Raw('<p style="text-align:right"><b>PHÓ HIỆU TRƯỞNG</b><br /><b>Trần Thị Kim Oanh</b></p>'),
        ],
        authors=["Trần Thị Kim Oanh"],
        opts={"posted": "30/11/2026 4:10:00 CH", "attach": "LichKT_HKI_2026-2027.pdf"},
    ),
    Story(
        1210,
        "truong-thcs-tran-hung-dao-don-doan-kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        "Trường THCS Trần Hưng Đạo đón đoàn kiểm tra công nhận trường đạt chuẩn quốc gia mức độ 1",
        "11",
        "2026-11-26",
        [
            P("Ngày 26/11/2026, đoàn kiểm tra của Ủy ban nhân dân tỉnh Đắk Lắk do ông Lê Văn Đức, Phó "
              "Giám đốc Sở Giáo dục và Đào tạo làm trưởng đoàn đã đến làm việc tại Trường THCS Trần Hưng Đạo."),
            P("Đoàn đã kiểm tra hồ sơ, cơ sở vật chất, thư viện, phòng học bộ môn và dự giờ một số tiết dạy."),
            Img(_img("11/kiemtra-chuan-1.jpg"), "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường", "p"),
            P("Theo đánh giá của đoàn, nhà trường đạt đủ năm tiêu chuẩn của trường chuẩn quốc gia mức độ 1; "
              "đoàn đề nghị nhà trường tiếp tục bổ sung thiết bị dạy học tối thiểu và trồng thêm cây xanh."),
            P("Thay mặt tập thể sư phạm, thầy Hiệu trưởng tiếp thu ý kiến và cam kết khắc phục trước ngày 31/12/2026."),
            _byline("BBT", "b"),
        ],
        opts={"posted": "26/11/2026 12:00:00 SA", "entities": 2},
    ),
    Story(
        1207,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        "11",
        "2026-11-20T09:05:00+07:00",
        [
            P("Sáng ngày 20/11/2026, tại hội trường nhà trường đã diễn ra Lễ kỷ niệm 44 năm Ngày Nhà giáo "
              "Việt Nam với sự tham dự của đại diện Phòng GD&ĐT huyện Krông Pắc, chính quyền xã Ea Kly và "
              "Ban đại diện cha mẹ học sinh."),
            P("Tại buổi lễ, thầy Hiệu trưởng Đoàn Văn Quang ôn lại truyền thống vẻ vang của ngày 20/11 và "
              "điểm lại những kết quả nổi bật của nhà trường trong phong trào thi đua “Dạy tốt – Học tốt”."),
            Img(_img("11/le-20-11-1.jpg"), "(Đại diện cha mẹ học sinh tặng hoa chúc mừng các thầy cô giáo)",
                "Đại diện cha mẹ học sinh tặng hoa chúc mừng các thầy cô giáo", "tbl"),
            P("Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong Hội thi giáo "
              "viên dạy giỏi cấp trường và 45 học sinh đạt giải trong các kỳ thi học sinh giỏi."),
            Img(_img("11/le-20-11-2.jpg"), "Tiết mục văn nghệ chào mừng của học sinh khối 9",
                "Tiết mục văn nghệ chào mừng của học sinh khối 9", "tbl"),
            _byline("Tin, ảnh: Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        summary=("Hòa chung không khí cả nước hướng về ngày 20/11, Trường THCS Trần Hưng Đạo tổ chức "
                 "trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."),
        sapo_outside=True,
        opts={"posted": "20/11/2026 9:05:00 SA", "updated": "21/11/2026 3:40:00 CH", "sms": True},
    ),
    Story(
        1203,
        "phong-trao-ke-hoach-nho-thu-gom-giay-vun-chai-nhua-dot-1",
        "Phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa đợt 1",
        "14",
        "2026-11-18T15:00:00+07:00",
        [
            P("Từ ngày 09/11 đến ngày 16/11/2026, Liên đội đã phát động phong trào “Kế hoạch nhỏ” thu gom "
              "giấy vụn, chai nhựa đợt 1 năm học 2026 – 2027."),
            P("Kết quả toàn liên đội thu được 1.265 kg giấy vụn và 312 kg chai nhựa, trị giá hơn 5,8 triệu đồng."),
            P("Khối 6 dẫn đầu với 412 kg giấy vụn;", "li"),
            P("Chi đội 9A1 có số chai nhựa nhiều nhất với 57 kg.", "li"),
            Img(_img("11/kehoachnho-1.jpg"), "Đội viên Chi đội 6A4 cân giấy vụn",
                "Đội viên Chi đội 6A4 cân giấy vụn", "p"),
            P("Toàn bộ số tiền thu được sẽ dùng để mua áo ấm tặng học sinh có hoàn cảnh khó khăn tại buôn Ea Yông."),
            _byline("Tin: Lê Thị Mai - Ảnh: H’Lan Niê", "em"),
        ],
        authors=["Lê Thị Mai"],
        photographers=["H’Lan Niê"],
        opts={"posted": "18/11/2026 3:00:00 CH"},
    ),
    Story(
        1199,
        "thong-bao-ve-viec-to-chuc-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
        "Thông báo về việc tổ chức họp cha mẹ học sinh giữa học kỳ I",
        "13",
        "2026-11-10",
        [
            Raw(LETTERHEAD),
            P("Căn cứ kế hoạch năm học 2026 – 2027 của Trường THCS Trần Hưng Đạo, nhà trường thông báo tổ "
              "chức họp cha mẹ học sinh giữa học kỳ I như sau:"),
            P("1. Thời gian: 7 giờ 30 phút, Chủ nhật ngày 22/11/2026."),
            P("2. Địa điểm: tại các phòng học của lớp."),
            P("3. Nội dung: thông báo kết quả học tập, rèn luyện giữa học kỳ I; trao đổi các biện pháp phối "
              "hợp giáo dục học sinh."),
            P("Đề nghị quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
            Raw(LETTER_CLOSE),
        ],
        authors=["Đoàn Văn Quang"],
        opts={"posted": "12/11/2026 7:45:00 SA"},
    ),
    Story(
        1195,
        "nganh-giao-duc-krong-pac-huong-ung-ngay-phap-luat-viet-nam",
        "Ngành Giáo dục Krông Pắc hưởng ứng Ngày Pháp luật Việt Nam",
        "11",
        "2026-11-07T10:30:00+07:00",
        [
            P("Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9/11, các trường học trên "
              "địa bàn huyện Krông Pắc đồng loạt tổ chức tuyên truyền, phổ biến pháp luật cho học sinh."),
            P("Theo kế hoạch số 45/KH-PGDĐT, mỗi trường tổ chức ít nhất một buổi sinh hoạt dưới cờ chuyên "
              "đề về an toàn giao thông và phòng, chống bạo lực học đường."),
            Img(_img("11/phapluat-1.jpg"), "Học sinh Trường THCS Trần Hưng Đạo tham gia rung chuông vàng tìm hiểu pháp luật",
                "Học sinh Trường THCS Trần Hưng Đạo tham gia rung chuông vàng tìm hiểu pháp luật", "tbl"),
            P("Tại Trường THCS Trần Hưng Đạo, cuộc thi rung chuông vàng thu hút hơn 200 học sinh khối 8, 9 tham gia."),
            Raw('<p style="text-align:right"><i>Theo Báo Đắk Lắk</i></p>'),
        ],
        source="Báo Đắk Lắk",
        opts={"posted": "07/11/2026 10:30:00 SA"},
    ),
    Story(
        1191,
        "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        "12",
        "2026-11-02T08:00:00+07:00",
        [
            P("Thực hiện kế hoạch năm học, từ ngày 19/10 đến 30/10/2026 nhà trường tổ chức Hội thi giáo "
              "viên dạy giỏi cấp trường với 18 giáo viên tham gia."),
            P("Hội thi gồm hai phần:", "h"),
            P("Trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn;", "li"),
            P("Thực hành hai tiết dạy trên lớp.", "li"),
            P("Kết quả có 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong đó 5 giáo viên "
              "được chọn dự thi cấp huyện."),
            _byline("GV. Phạm Văn Hùng - Tổ trưởng tổ KHTN", "em"),
        ],
        authors=["Phạm Văn Hùng"],
        opts={"posted": "02/11/2026 8:00:00 SA", "nfd": True},
    ),
    Story(
        1186,
        "dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "ĐẠI HỘI LIÊN ĐỘI NHIỆM KỲ 2026 – 2027",
        "14",
        "2026-10-24T14:00:00+07:00",
        [
            P("Chiều 24/10/2026, Liên đội Trường THCS Trần Hưng Đạo tổ chức Đại hội Liên đội nhiệm kỳ "
              "2026 – 2027 với sự tham dự của 120 đại biểu là chi đội trưởng, chi đội phó các chi đội."),
            P("Đại hội đã thông qua báo cáo tổng kết công tác Đội năm học 2025 – 2026 và phương hướng nhiệm "
              "vụ năm học mới."),
            P("Đại hội bầu Ban chỉ huy Liên đội gồm 11 em; em Y Thuấn Êban lớp 9A1 được bầu làm Liên đội trưởng."),
            Img(_img("10/daihoi-liendoi-1.jpg"), "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt đại hội", "p"),
            _byline("Liên đội THCS Trần Hưng Đạo", "b"),
        ],
        authors=["Liên đội THCS Trần Hưng Đạo"],
        opts={"posted": "24/10/2026 2:00:00 CH"},
    ),
    Story(
        1183,
        "toa-dam-ky-niem-ngay-phu-nu-viet-nam-20-10",
        "Tọa đàm kỷ niệm Ngày Phụ nữ Việt Nam 20/10",
        "11",
        "2026-10-20T16:05:00+07:00",
        [
            P("Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, chiều 20/10/2026 Công đoàn "
              "nhà trường tổ chức buổi tọa đàm dành cho 34 nữ cán bộ, giáo viên, nhân viên."),
            P("Buổi tọa đàm có nhiều tiết mục văn nghệ, trò chơi dân gian do các thầy giáo chuẩn bị."),
            Img(_img("10/toadam-2010-1.jpg"), "Các cô giáo trong trò chơi kéo co", "Các cô giáo trong trò chơi kéo co", "tbl"),
            P("Ban chấp hành Công đoàn cũng trao quà động viên cho hai nữ giáo viên có hoàn cảnh khó khăn."),
            _byline("Công đoàn trường"),
        ],
        authors=["Công đoàn trường"],
        opts={"posted": "20/10/2026 4:05:00 CH"},
    ),
    Story(
        1178,
        "chuyen-de-cap-truong-mon-toan-day-hoc-giai-quyet-van-de-qua-bai-toan-thuc-te",
        "Chuyên đề cấp trường môn Toán: Dạy học giải quyết vấn đề qua bài toán thực tế",
        "12",
        "2026-10-16T10:20:00+07:00",
        [
            P("Sáng 16/10/2026, Tổ Toán - Tin tổ chức chuyên đề “Dạy học giải quyết vấn đề qua bài toán "
              "thực tế” tại lớp 8A1."),
            P("Tiết dạy sử dụng số liệu năng suất cà phê của các hộ gia đình trong xã để học sinh lập bảng "
              "và tính toán tỉ số phần trăm."),
            P("Giáo viên dự giờ đánh giá cao cách đặt vấn đề gần gũi với đời sống của học sinh vùng cà phê."),
            _byline("Tổ Toán - Tin", "b"),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"posted": "16/10/2026 10:20:00 SA"},
    ),
    Story(
        1172,
        "chuyen-trai-nghiem-thuc-te-tai-hop-tac-xa-ca-phe-ea-kenh",
        "Chuyến trải nghiệm thực tế tại Hợp tác xã cà phê Ea Kênh của học sinh khối 8",
        "11",
        "2026-10-09T15:40:00+07:00",
        [
            P("Ngày 09/10/2026, gần 150 học sinh khối 8 đã có buổi trải nghiệm thực tế tại Hợp tác xã nông "
              "nghiệp dịch vụ cà phê Ea Kênh."),
            P("Các em được nghe giới thiệu quy trình trồng, chăm sóc, thu hoạch và chế biến cà phê theo "
              "tiêu chuẩn 4C."),
            Img(_img("10/traingiem-eakenh-1.jpg"), "Học sinh tìm hiểu quy trình phơi cà phê nhân",
                "Học sinh tìm hiểu quy trình phơi cà phê nhân", "p"),
            P("Sau chuyến đi, mỗi lớp hoàn thành một sản phẩm báo cáo nhóm để trình bày trong tiết hoạt động "
              "trải nghiệm, hướng nghiệp."),
            _byline("Tin, ảnh: Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        opts={"posted": "09/10/2026 3:40:00 CH"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
FEATURED = [1215, 1207, 1210]
MOST_READ = [1207, 1210, 1191]
NOTICES = [1212, 1199]


def canon(s: Story) -> str:
    return f"{T}/TinTuc/ChiTiet/{s.id}?title={s.slug}"


def bare_lower(s: Story) -> str:
    return f"{T}/tintuc/chitiet/{s.id}"


def featured_link(s: Story) -> str:
    return f"{T}/TinTuc/ChiTiet/{s.id}?title={quote(s.title, safe='')}"


def in_cat(cat: int) -> list[Story]:
    return [s for s in STORIES if s.cat == str(cat)]  # STORIES is newest first


def others_in_cat(s: Story) -> list[Story]:
    return [o for o in in_cat(int(s.cat)) if o.id != s.id][:3]


def _day(s: Story) -> str:
    return s.opts["posted"].split()[0]


# --- chrome ---------------------------------------------------------------------------------


def _menu() -> str:
    return (
        '<ul class="mn-ngang">'
        f'<li><a href="{T}/Home">Trang chủ</a></li>'
        f'<li class="co-con"><a href="{T}/GioiThieu">Giới thiệu</a><ul class="mn-con">'
        f'<li><a href="{T}/GioiThieu#lichsu">Lịch sử hình thành</a></li>'
        f'<li><a href="{T}/GioiThieu#cocau">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li class="co-con"><a href="javascript:void(0)">Tin tức</a><ul class="mn-con">'
        f'<li><a href="{T}/TinTuc/DanhMuc/11">Tin tức - Sự kiện</a></li>'
        f'<li><a href="{T}/TinTuc/DanhMuc/12">Hoạt động chuyên môn</a></li>'
        f'<li><a href="{T}/TinTuc/DanhMuc/14">Đoàn - Đội</a></li></ul></li>'
        f'<li><a href="{T}/TinTuc/DanhMuc/13">Thông báo</a></li>'
        f'<li><a href="{T}/ThoiKhoaBieu">Thời khóa biểu</a></li>'
        f'<li><a href="{T}/VanBan">Văn bản</a></li>'
        f'<li><a href="{T}/ThuVienAnh/Album/7">Thư viện ảnh</a></li>'
        f'<li><a href="{T}/LienHe">Liên hệ</a></li></ul>'
    )


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{canon(BY_ID[i])}">{esc(BY_ID[i].title)}</a> <span class="ngay">({_day(BY_ID[i])})</span></li>'
        for i in NOTICES
    )
    most = "".join(
        f'<div class="xn-item"><img src="{_thumb(BY_ID[i])}" '
        f'width="70" alt="" /><a href="{canon(BY_ID[i])}">{esc(BY_ID[i].title)}</a></div>'
        for i in MOST_READ
    )
    return (
        '<div class="cot-phai">'
        '<div class="kh-box"><div class="kh-td">THÔNG BÁO</div><ul class="ds-tb">' + notices + "</ul></div>"
        '<div class="kh-box"><div class="kh-td">TIN XEM NHIỀU</div>' + most + "</div>"
        '<div class="kh-box"><div class="kh-td">THƯ VIỆN ẢNH</div>'
        f'<a href="{T}/ThuVienAnh/Album/7"><img src="{UP}/Album/7/bia.jpg" width="220" alt="Album" /></a>'
        "<p>Hoạt động ngày hội đọc sách 2026</p></div>"
        '<div class="kh-box"><div class="kh-td">THĂM DÒ Ý KIẾN</div>'
        "<p>Bạn đánh giá thế nào về website của trường?</p>"
        '<label><input type="radio" name="bc" value="1" /> Rất hữu ích</label><br />'
        '<label><input type="radio" name="bc" value="2" /> Hữu ích</label><br />'
        '<label><input type="radio" name="bc" value="3" /> Cần cải thiện</label><br />'
        '<button type="button" onclick="QLTH.binhChon(5)">Bình chọn</button> '
        '<button type="button" onclick="QLTH.xemKQ(5)">Xem kết quả</button></div>'
        '<div class="kh-box" id="boxQC"><div class="kh-td">TRA CỨU ĐIỂM</div>'
        "<p>Soạn <b>QLTH DIEM &lt;mã HS&gt;</b> gửi <b>8077</b></p>"
        '<a href="https://qlth.vn/tai-ung-dung" target="_blank"><img src="/Content/images/app-phuhuynh.png" alt="Ứng dụng phụ huynh" /></a></div>'
        '<div class="kh-box"><div class="kh-td">THỐNG KÊ TRUY CẬP</div>'
        "<p>Đang online: 7</p><p>Hôm nay: 214</p><p>Tổng truy cập: 186.402</p></div>"
        "</div>"
    )


def _page(request: Request, title: str, main: str, crumbs: list[tuple[str, str | None]],
          head_extra: str = "", body_id: str = "pgTrang") -> Response:
    crumb_html = " » ".join(
        f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>" for label, href in crumbs
    )
    marquee = " &nbsp;★&nbsp; ".join(esc(BY_ID[i].title) for i in NOTICES)
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<meta name="generator" content="QLTH Website v5.2 (ASP.NET MVC)" />
{head_extra}
<link href="/Content/qlth-web.css?v=5.2.1" rel="stylesheet" />
<link href="/Content/themes/xanh-duong/giaodien.css" rel="stylesheet" />
<script src="/Scripts/jquery-1.10.2.min.js"></script>
<script src="/bundles/qlthweb?v=Xy7Kp2m"></script>
</head>
<body id="{body_id}">
<div class="dau-trang">
 <div class="dt-tren"><span class="ngay-ht">{TODAY_LINE}</span>
  <a href="/Account/Login?ReturnUrl={quote(T + '/Home', safe='')}" class="dn">Đăng nhập</a></div>
 <div class="dt-banner"><a href="{T}/Home/Index"><img src="{UP}/logo.png" alt="logo" height="80" /></a>
  <div class="dt-ten"><span>PHÒNG GD&amp;ĐT KRÔNG PẮC</span><h1>{SCHOOL}</h1></div></div>
 <div class="dt-menu">{_menu()}
  <form action="{T}/TinTuc/TimKiem" method="get" class="tk"><input type="text" name="tukhoa" placeholder="Tìm kiếm..." /><button type="submit">Tìm</button></form></div>
 <div class="dt-chaychu"><b>Thông báo:</b> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div>
</div>
<div class="than-trang">
 <div class="dd-vitri">{crumb_html}</div>
 <div class="cot-trai">{main}</div>
 {_sidebar()}
</div>
<div class="chan-trang">
 <p><b>{SCHOOL}</b></p>
 <p>Địa chỉ: Thôn 3, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk</p>
 <p>Điện thoại: (0262) 3 521 478 - Email: c2tranhungdao.krongpac@daklak.edu.vn</p>
 <p>Đơn vị cùng sử dụng hệ thống: <a href="/thcsnguyendu/Home">THCS Nguyễn Du (Krông Pắc)</a></p>
 <p>© 2026 Bản quyền thuộc về {SCHOOL}. Phát triển bởi <a href="https://qlth.vn" target="_blank">QLTH Việt</a></p>
</div>
<script>$(function(){{QLTH.init('thcstranhungdao', 41);}});</script>
</body>
</html>"""
    return html(doc, headers={"X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET"})


# --- article rendering ------------------------------------------------------------------------


def _render_blocks(s: Story) -> str:
    nfd = bool(s.opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            printed = t(b.printed) if b.printed else ""
            if b.style == "tbl":
                out.append(
                    '<table class="anh-mota" align="center" style="width:90%"><tbody>'
                    f'<tr><td style="text-align:center"><img src="{b.src}" alt="" style="width:100%;max-width:600px" /></td></tr>'
                    + (f'<tr><td style="text-align:center"><em>{printed}</em></td></tr>' if printed else "")
                    + "</tbody></table>"
                )
            else:
                out.append(f'<p style="text-align:center"><img src="{b.src}" width="600" alt="" /></p>')
                if printed:
                    out.append(f'<p style="text-align:center"><em>{printed}</em></p>')
        elif b.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{t(g.text)}</li>" for g in group) + "</ul>")
            else:
                rows = []
                for n, g in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{t(c)}</{tag}>" for c in g.text.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%"><tbody>'
                           + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align:justify">{t(b.text)}<br />\n{t(nxt.text)}</p>')
            i += 2
            continue
        elif b.style == "lead":
            out.append(f'<p style="text-align:justify"><strong>{t(b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f"<h3>{t(b.text)}</h3>")
        else:
            out.append(f'<p style="text-align:justify"><span style="font-size:14px">{t(b.text)}</span></p>')
        i += 1
    body = "\n".join(out)
    if s.opts.get("entities"):
        body = entity_mix(body, s.opts["entities"])
    return body


def _article(request: Request, s: Story) -> Response:
    cat_name = CATS[int(s.cat)][0]
    canonical = base_url(request) + canon(s)
    desc = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    head = (
        f'<link rel="canonical" href="{esc(canonical)}" />\n'
        f'<meta name="description" content="{esc(desc[:160])}" />\n'
        f'<meta property="og:title" content="{esc(s.title)} - {esc(SCHOOL)}" />\n'
        f'<meta property="og:url" content="{esc(canonical)}" />\n'
        + (f'<meta property="og:image" content="{base_url(request)}{s.images[0].src}" />' if s.images else "")
    )
    info = []
    if s.opts.get("updated"):
        info.append(f'<span class="cn">Cập nhật: {s.opts["updated"]}</span>')
    info.append(f'<span class="nd">Ngày đăng: {s.opts["posted"]}</span>')
    info.append('<span class="nguoidang">Người đăng: quantri.thd</span>')
    info.append(f'<span class="lx">Lượt xem: {s.views()}</span>')
    mota = f'<div class="tt-ct-mota"><strong>{esc(s.summary)}</strong></div>' if s.sapo_outside else ""
    extra = ""
    if s.opts.get("sms"):
        extra += SMS_AD
    if s.opts.get("attach"):
        f = s.opts["attach"]
        extra += (f'<p class="dinhkem"><img src="/Content/images/icon-pdf.gif" alt="" /> File đính kèm: '
                  f'<a href="{UP}/TinTuc/DinhKem/{f}">{esc(f)}</a></p>')
    if s.opts.get("xemthem"):
        extra += (f'<p><b>Xem thêm:</b> <a href="{T}/TinTuc/ChiTiet/1050?title=ket-qua-hoi-thi-giai-dieu-tuoi-hong-2025">'
                  "Kết quả Hội thi “Giai điệu tuổi hồng” năm học 2025 – 2026</a></p>")
    others = "".join(
        f'<li><a href="{bare_lower(o)}">{esc(o.title)}</a> <i>({_day(o)})</i></li>' for o in others_in_cat(s)
    )
    main = f"""<div class="khung-tt-ct">
<h2 class="tt-ct-tieude">{esc(s.title)}</h2>
<div class="tt-ct-tt">{" | ".join(info)}</div>
{mota}
<div class="tt-ct-noidung">
{_render_blocks(s)}
{extra}
</div>
<div class="tt-ct-congcu"><a href="javascript:window.print()"><img src="/Content/images/print.png" alt="" /> In bài</a>
 <a href="javascript:void(0)" onclick="QLTH.guiEmail({s.id})"><img src="/Content/images/mail.png" alt="" /> Gửi email</a>
 <a href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical, safe='')}" target="_blank"><img src="/Content/images/fb-share.png" alt="" /> Chia sẻ</a></div>
<div class="tt-ct-tukhoa">Từ khóa: <span>{esc(cat_name)}</span>, <span>THCS Trần Hưng Đạo</span>, <span>Krông Pắc</span></div>
<div class="tt-ct-ykien"><div class="fb-comments" data-href="{esc(canonical)}" data-width="100%"></div></div>
<div class="tt-ct-tinkhac"><div class="kh-td">CÁC TIN KHÁC</div><ul>{others}</ul></div>
</div>"""
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", f"{T}/Home")]
    if CATS[int(s.cat)][1]:
        crumbs.append(("Tin tức", None))
    crumbs.append((cat_name, f"{T}/TinTuc/DanhMuc/{s.cat}"))
    return _page(request, f"{s.title} - {SCHOOL}", main, crumbs, head)


def _soft404(request: Request) -> Response:
    main = ('<div class="khung-tt-ct"><div class="tb-loi" style="color:#c00;padding:30px;text-align:center">'
            "Tin bài không tồn tại hoặc đã bị gỡ bỏ!</div>"
            f'<p style="text-align:center"><a href="{T}/Home">Quay về trang chủ</a></p></div>')
    return _page(request, f"Thông báo - {SCHOOL}", main, [("Trang chủ", f"{T}/Home"), ("Tin tức", None)])


# --- listings and home ------------------------------------------------------------------------


def _teaser(s: Story) -> str:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = lead.split()
    return " ".join(words[:28]) + (" ..." if len(words) > 28 else "")


def _short(title: str, n: int = 60) -> str:
    return title if len(title) <= n else title[:n].rsplit(" ", 1)[0] + "..."


def _thumb(s: Story) -> str:
    if s.images:
        head, _, name = s.images[0].src.rpartition("/")
        return f"{head}/thumb_{name}"
    return f"{UP}/noimage.png"


def _listing(request: Request, cat: int) -> Response:
    name, under_news = CATS[cat]
    items = in_cat(cat)
    try:
        page = max(1, int(request.params.get("page", "1")))
    except ValueError:
        page = 1
    pages = max(1, -(-len(items) // PER_PAGE))
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "".join(
        f'<div class="ds-tin-item"><a href="{canon(s)}"><img src="{_thumb(s)}" width="150" alt="" /></a>'
        f'<div class="ds-tin-nd"><a class="ds-tin-td" href="{canon(s)}" title="{esc(s.title)}">{esc(_short(s.title))}</a>'
        f'<span class="ds-tin-ngay">({_day(s)})</span><p>{esc(_teaser(s))}</p></div></div>'
        for s in chunk
    ) or '<p class="tb-rong">Chưa có tin bài trong chuyên mục này.</p>'
    pager = ""
    if pages > 1:
        parts = []
        if page > 1:
            parts.append('<li><a href="?page=1">««</a></li>')
            parts.append(f'<li><a href="?page={page - 1}">«</a></li>')
        for n in range(1, pages + 1):
            parts.append(f'<li class="active"><span>{n}</span></li>' if n == page else f'<li><a href="?page={n}">{n}</a></li>')
        if page < pages:
            parts.append(f'<li><a href="?page={page + 1}">»</a></li>')
            parts.append(f'<li><a href="?page={pages}">»»</a></li>')
        pager = '<div class="pagination-container"><ul class="pagination">' + "".join(parts) + "</ul></div>"
    main = f'<div class="kh-td-lon">{esc(name.upper())}</div>{rows}{pager}'
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", f"{T}/Home")]
    if under_news:
        crumbs.append(("Tin tức", None))
    crumbs.append((name, None))
    suffix = f" - Trang {page}" if page > 1 else ""
    return _page(request, f"{name}{suffix} - {SCHOOL}", main, crumbs)


def _home(request: Request) -> Response:
    slider = "".join(
        f'<div class="sl-item"><a href="{featured_link(BY_ID[i])}"><img src="{BY_ID[i].images[0].src}" alt="" />'
        f'<span class="sl-td">{esc(BY_ID[i].title)}</span></a></div>'
        for i in FEATURED
    )
    newest = "".join(
        f'<li><a href="{canon(s)}">{esc(_short(s.title, 70))}</a> <span>({_day(s)})</span></li>' for s in STORIES[:5]
    )
    boxes = ""
    for cat in (11, 12, 14):
        name = CATS[cat][0]
        top = in_cat(cat)[:2]
        boxes += (
            f'<div class="kh-box-giua"><div class="kh-td"><a href="{T}/TinTuc/DanhMuc/{cat}">{esc(name.upper())}</a></div>'
            + "".join(
                f'<div class="bx-tin"><img src="{_thumb(s)}" width="120" alt="" /><a href="{canon(s)}">{esc(s.title)}</a>'
                f"<p>{esc(_teaser(s))}</p></div>"
                for s in top
            )
            + "</div>"
        )
    main = (
        f'<div id="slTinNoiBat" class="owl-carousel">{slider}</div>'
        f'<div class="kh-box-giua"><div class="kh-td">TIN MỚI NHẤT</div><ul class="ds-moi">{newest}</ul></div>'
        f"{boxes}"
    )
    return _page(request, f"{SCHOOL} - Krông Pắc - Đắk Lắk", main, [("Trang chủ", None)], body_id="pgChu")


# --- non-article pages ------------------------------------------------------------------------


def _gioithieu(request: Request) -> Response:
    main = (
        '<div class="kh-td-lon">GIỚI THIỆU</div>'
        '<h3 id="lichsu">Lịch sử hình thành</h3>'
        "<p>Trường THCS Trần Hưng Đạo được thành lập năm 1996 trên cơ sở tách từ Trường PTCS Ea Kly. "
        "Năm học 2026 – 2027 nhà trường có 18 lớp với 652 học sinh, trong đó 31% là học sinh dân tộc thiểu số.</p>"
        '<h3 id="cocau">Cơ cấu tổ chức</h3>'
        "<table border='1'><tr><td>Hiệu trưởng</td><td>Đoàn Văn Quang</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Trần Thị Kim Oanh</td></tr>"
        "<tr><td>Tổng phụ trách Đội</td><td>Lê Thị Mai</td></tr></table>"
    )
    return _page(request, f"Giới thiệu - {SCHOOL}", main, [("Trang chủ", f"{T}/Home"), ("Giới thiệu", None)])


def _tkb(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>Tiết {n}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
        for n, (a, b, c) in enumerate(
            [("Chào cờ", "Toán", "Ngữ văn"), ("Toán", "Tiếng Anh", "Ngữ văn"), ("KHTN", "Lịch sử và Địa lí", "GDCD"),
             ("Tiếng Anh", "KHTN", "Tin học"), ("Công nghệ", "Ngữ văn", "Sinh hoạt lớp")], 1)
    )
    main = (
        '<div class="kh-td-lon">THỜI KHÓA BIỂU</div>'
        "<p>Áp dụng từ ngày 07/12/2026 (Tuần 14) - Lớp: "
        '<select id="ddlLop" onchange="QLTH.tkb(this.value)"><option>6A1</option><option>7A3</option><option>8A1</option><option>9A1</option></select></p>'
        '<table border="1" class="tkb"><tr><th>Tiết</th><th>Thứ Hai</th><th>Thứ Ba</th><th>Thứ Tư</th></tr>'
        f"{rows}</table>"
        "<p><i>Dữ liệu đồng bộ từ phần mềm quản lý trường học QLTH.</i></p>"
    )
    return _page(request, f"Thời khóa biểu - {SCHOOL}", main, [("Trang chủ", f"{T}/Home"), ("Thời khóa biểu", None)])


VANBAN = {
    322: ("37/TB-THCSTHĐ", "Thông báo họp cha mẹ học sinh giữa học kỳ I", "10/11/2026", "322_TB_HopCMHS.pdf"),
    318: ("29/KH-THCSTHĐ", "Kế hoạch tổ chức các hoạt động chào mừng ngày 20/11/2026", "15/10/2026",
          "318_KH_20-11.pdf"),
}


def _vanban(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(so)}</td><td><a href="{T}/VanBan/ChiTiet/{vid}">{esc(ty)}</a></td><td>{d}</td>'
        f'<td><a href="{UP}/VanBan/{f}"><img src="/Content/images/icon-pdf.gif" alt="Tải về" /></a></td></tr>'
        for vid, (so, ty, d, f) in VANBAN.items()
    )
    main = ('<div class="kh-td-lon">VĂN BẢN</div><table border="1" class="tbl-vb"><tr><th>Số hiệu</th>'
            f"<th>Trích yếu</th><th>Ngày ban hành</th><th>Tải về</th></tr>{rows}</table>")
    return _page(request, f"Văn bản - {SCHOOL}", main, [("Trang chủ", f"{T}/Home"), ("Văn bản", None)])


def _vanban_ct(request: Request, vid: int) -> Response | None:
    if vid not in VANBAN:
        return None
    so, ty, d, f = VANBAN[vid]
    main = (
        '<div class="kh-td-lon">CHI TIẾT VĂN BẢN</div><table border="1" class="tbl-vb-ct">'
        f"<tr><td>Số/Ký hiệu</td><td>{esc(so)}</td></tr><tr><td>Trích yếu</td><td>{esc(ty)}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{d}</td></tr><tr><td>Người ký</td><td>Đoàn Văn Quang</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="{UP}/VanBan/{f}">{esc(f)}</a></td></tr></table>'
    )
    return _page(request, f"{ty} - {SCHOOL}", main,
                 [("Trang chủ", f"{T}/Home"), ("Văn bản", f"{T}/VanBan"), (so, None)])


def _lienhe(request: Request) -> Response:
    main = (
        '<div class="kh-td-lon">LIÊN HỆ</div>'
        "<p>Trường THCS Trần Hưng Đạo - Thôn 3, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk</p>"
        "<p>Điện thoại: (0262) 3 521 478</p>"
        f'<form method="post" action="{T}/LienHe"><p>Họ tên: <input name="HoTen" /></p>'
        '<p>Email: <input name="Email" /></p><p>Nội dung: <textarea name="NoiDung"></textarea></p>'
        '<input type="hidden" name="__RequestVerificationToken" value="CfDJ8Kx2qlth" /><button type="submit">Gửi</button></form>'
    )
    return _page(request, f"Liên hệ - {SCHOOL}", main, [("Trang chủ", f"{T}/Home"), ("Liên hệ", None)])


def _album(request: Request, aid: int) -> Response | None:
    if aid != 7:
        return None
    photos = "".join(
        f'<div class="anh-item"><img src="{UP}/Album/7/anh-{n}.jpg" width="200" alt="" /><p>{esc(c)}</p></div>'
        for n, c in enumerate(["Khai mạc ngày hội đọc sách", "Học sinh đọc sách tại thư viện xanh",
                               "Trao giải cuộc thi giới thiệu sách"], 1)
    )
    main = f'<div class="kh-td-lon">HOẠT ĐỘNG NGÀY HỘI ĐỌC SÁCH 2026</div><div class="album">{photos}</div>'
    return _page(request, f"Thư viện ảnh - {SCHOOL}", main,
                 [("Trang chủ", f"{T}/Home"), ("Thư viện ảnh", None)])


def _search(request: Request) -> Response:
    kw = request.params.get("tukhoa", "").strip()
    if not kw:
        found = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        hits = [s for s in STORIES if kw.lower() in s.title.lower()]
        found = "".join(f'<p><a href="{canon(s)}">{esc(s.title)}</a></p>' for s in hits) or "<p>Không tìm thấy kết quả.</p>"
    main = f'<div class="kh-td-lon">KẾT QUẢ TÌM KIẾM</div>{found}'
    return _page(request, f"Tìm kiếm - {SCHOOL}", main, [("Trang chủ", f"{T}/Home"), ("Tìm kiếm", None)])


def _login(request: Request) -> Response:
    return html(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Đăng nhập hệ thống QLTH</title></head><body>"
        "<h2>ĐĂNG NHẬP HỆ THỐNG QUẢN LÝ TRƯỜNG HỌC</h2><form method='post' action='/Account/Login'>"
        "<input name='UserName' /><input type='password' name='Password' /><button>Đăng nhập</button></form>"
        "</body></html>"
    )


OTHER_TENANT = "/thcsnguyendu"
OTHER_NEWS = (3101, "hoi-giang-chao-mung-20-11", "Hội giảng chào mừng ngày 20/11 tại Trường THCS Nguyễn Du")


def _other_tenant(request: Request, rest: str) -> Response | None:
    nid, slug, title = OTHER_NEWS
    link = f"{OTHER_TENANT}/TinTuc/ChiTiet/{nid}?title={slug}"
    head = "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{}</title></head><body>"
    if rest in ("/home", "/home/index"):
        return html(head.format("TRƯỜNG THCS NGUYỄN DU") + "<h1>TRƯỜNG THCS NGUYỄN DU</h1>"
                    f"<div class='kh-td'>TIN MỚI NHẤT</div><ul><li><a href='{link}'>{esc(title)}</a> (18/11/2026)</li></ul>"
                    "<p>Xã Ea Phê, huyện Krông Pắc, tỉnh Đắk Lắk</p></body></html>")
    if rest == f"/tintuc/chitiet/{nid}":
        return html(head.format(esc(title)) + "<h1>TRƯỜNG THCS NGUYỄN DU</h1>"
                    f"<h2 class='tt-ct-tieude'>{esc(title)}</h2><div class='tt-ct-tt'>Ngày đăng: 18/11/2026 9:00:00 SA</div>"
                    "<div class='tt-ct-noidung'><p>Trong tháng 11, Tổ Khoa học xã hội tổ chức 14 tiết hội giảng "
                    "chào mừng Ngày Nhà giáo Việt Nam.</p></div>"
                    f"<p><a href='{OTHER_TENANT}/Home'>Trang chủ</a></p></body></html>")
    return None


# --- routing ------------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower().rstrip("/") or "/"
        if low.startswith("/upload/") and low.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if low.startswith(("/upload/", "/content/", "/scripts/", "/bundles/")):
            if low.startswith("/bundles/"):
                return Response(200, b"/* bundle */", {"Content-Type": "application/javascript"})
            return static_file(path)
        if low == "/account/login":
            return _login(request)
        if low.startswith(OTHER_TENANT):
            return _other_tenant(request, low[len(OTHER_TENANT):])
        if not (low == T or low.startswith(T + "/")):
            return None
        rest = low[len(T):]
        if rest == "":
            return redirect(f"{T}/Home")
        if rest in ("/home", "/home/index"):
            return _home(request)
        m = re.fullmatch(r"/tintuc/chitiet/(\d+)", rest)
        if m:
            s = BY_ID.get(int(m.group(1)))
            return _article(request, s) if s else _soft404(request)
        m = re.fullmatch(r"/tintuc/danhmuc/(\d+)", rest)
        if m:
            cat = int(m.group(1))
            return _listing(request, cat) if cat in CATS else None
        if rest == "/tintuc/timkiem":
            return _search(request)
        if rest == "/gioithieu":
            return _gioithieu(request)
        if rest == "/thoikhoabieu":
            return _tkb(request)
        if rest == "/vanban":
            return _vanban(request)
        m = re.fullmatch(r"/vanban/chitiet/(\d+)", rest)
        if m:
            return _vanban_ct(request, int(m.group(1)))
        if rest == "/lienhe":
            return _lienhe(request)
        m = re.fullmatch(r"/thuvienanh/album/(\d+)", rest)
        if m:
            return _album(request, int(m.group(1)))
        return None


def build_site() -> Site:
    return Site()


def _alts(s: Story) -> list[str]:
    alts = [f"{T}/TinTuc/ChiTiet/{s.id}", bare_lower(s)]
    if s.id in FEATURED:
        alts.append(featured_link(s))
    return alts


GOLD = [gold_record(s, canon(s), CATS[int(s.cat)][0], canonical_path=canon(s), alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    f"{T}/GioiThieu",
    f"{T}/ThoiKhoaBieu",
    f"{T}/VanBan",
    f"{T}/VanBan/ChiTiet/318",
    f"{T}/VanBan/ChiTiet/322",
    f"{T}/LienHe",
    f"{T}/ThuVienAnh/Album/7",
]
