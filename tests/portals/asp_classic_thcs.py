"""Fixture portal: a lower-secondary school (Trường THCS) on a home-made classic ASP site.

Imitates the site a local company wrote for Trường THCS Quang Trung (Tiên Lữ, Hưng Yên) in 2008
in classic ASP (VBScript over an Access database) and that the school still runs: IIS headers,
one ``.asp`` script per page type, table layout with spacer GIFs, ``<font>`` tags, relative links
(some unquoted, raw ``&`` in queries), inline JavaScript for the header clock and the "Tin mới"
marquee. What it serves:

- ``/`` (and ``/default.asp``): the home page: newest news with intro, a box per news category,
  notices, new documents; left menu, poll ("Thăm dò ý kiến"), visitor counter with digit GIFs;
  right column "Tin mới", "Tin xem nhiều", a month calendar, "Liên kết website" (a select
  with ``onchange``) and "Liên kết nhanh";
- news listings ``/tin_tuc.asp?cat=N`` and ``&page=M`` (4 per page, "Trang: [1] 2 Tiếp »",
  each row: thumbnail, title, "(dd/mm/yyyy)", intro, "Xem tiếp »"); a page past the end answers
  200 "Chưa có tin trong chuyên mục này." (not linked);
- news articles ``/chi_tiet.asp?id=N``; listings link them as ``/chi_tiet.asp?id=N&cat=C``
  (same page, no canonical: the site has none); breadcrumb "Trang chủ » Tin tức » <chuyên mục>",
  headline in ``<font>``, the template's date line "Cập nhật lúc HH:MM ngày dd/mm/yyyy"
  (printed only when the record has an update stamp; "00:00" when the editor gave no time), a
  "tóm tắt" row (the sapo) for some, the body (FCKeditor 2 markup, or ``<br>``-separated text for
  records imported from the 2008 site), a "Tác giả:" row when the field is filled, "Người đăng:
  <login>", "Lượt xem", "[Bản in] [Gửi bạn bè] [Về đầu trang]" and "Các tin khác";
- notices: ``/thong_bao.asp`` (a table "STT | Tiêu đề | Ngày đăng") and
  ``/xem_thong_bao.asp?id=N`` ("Ngày đăng: YYYY-MM-DD", "File đính kèm:");
- print views ``/ban_in.asp?id=N`` (and ``&loai=tb`` for notices): an old script never moved
  to UTF-8: ``windows-1258`` in its meta tag and bytes to match (tone marks as combining
  characters); the HTTP header names no charset on any page (IIS default), the normal pages
  declare utf-8 in ``<meta http-equiv>``;
- ``/gui_ban_be.asp?id=N``: the "Gửi bạn bè" form (POST answers a thank-you page);
- static pages ``/gioi_thieu.asp``, ``/co_cau.asp`` (staff table), ``/lien_he.asp`` (form),
  ``/van_ban.asp`` (document register, 2 pages, PDFs), ``/thu_vien_anh.asp`` (+ ``?album=N``),
  ``/tim_kiem.asp?tukhoa=…`` (GET search), ``/binh_chon.asp?xem=1`` (poll results),
  ``/admin/dang_nhap.asp`` (login form);
- an old URL ``/tintuc.asp?act=xem&id=N`` (from the 2008 site, still linked inside one old
  article) answers ``302`` to ``/chi_tiet.asp?id=N``;
- traps: ``/lich.asp?thang=M&nam=Y``, a month calendar whose "« Tháng trước" / "Tháng sau »"
  links never end (any year 100-9999 answers; year 10000 is a VBScript runtime error 500); its
  days with news link ``/tin_ngay.asp?ngay=dd/mm/yyyy`` (any date answers 200). The "Tin xem
  nhiều" box appends ``&sid=<Session.SessionID>``: a visitor without the ``ASPSESSIONID…``
  cookie gets a new session, hence new ``sid`` values, on every response, so these URLs never
  end; with the cookie the number stays. ``/chi_tiet.asp?id=131`` (linked from "Liên kết
  nhanh": the article was deleted) answers 200 "Tin này không tồn tại hoặc đã bị xóa!" (a soft
  404); a non-numeric id answers 500 with an ODBC error (not linked).

Text forms: two records imported from the 2008 site (ids 37 and 52) were typed in windows-1258;
the import converted them to Unicode without recomposing, so their text (title, intro, body)
is UTF-8 with the tone marks as combining characters (partly decomposed). One article (150)
was typed with a Unicode "tổ hợp" keyboard (fully NFD); one (152) was saved by FCKeditor with
its entity option (named and numeric references mixed with raw letters).

Gold (by hand, see GOLD). Articles are the news items (``chi_tiet.asp``) and the notices
(``xem_thong_bao.asp``, category "Thông báo"). Title: the headline as printed (37 in capitals);
the ``<title>`` is the site's name plus the script's name. published_at: the template's date
line (151 prints 00:00: date only); 52 prints no date: the listing's "(14/12/2012)"; 37 prints
none in the template but its body opens with a typed date line "Ngày 28 tháng 3 năm 2011" (a
date line, not body; the listing agrees); notices: "Ngày đăng", date only. Authors: the
closing byline lines ("Bài, ảnh:" both lists; "Tin:" / "Ảnh:"; "Bài: X - Ảnh: Y"; "Tin, ảnh: Đỗ
Thị Mai (TPT Đội)" gives the name without the role; a bare right-aligned name) or the "Tác
giả:" row; "Người đăng: admin" is a login, never an author. "Ảnh: Tổ Văn phòng" credits the
school office: kept in photographers as printed. "(Nguồn: Báo Hưng Yên)" is the source.
Summary: the "tóm tắt" row (158), also the body's first paragraph; 149 (a newspaper repost)
opens with the paper's bold lead paragraph: a judgement call, taken as the sapo (it is the
first paragraph anyway). Body: paragraphs, sub-headings, list items and table rows (cells
joined by " | ") in order; captions, bylines, the typed date line, the attachment line and the
lists around are not body. Images: content photos in order; caption = the line under the
photo without parentheses; a line that is only a Zalo file name is no caption (None).
Category: the breadcrumb's last item. ``alt_paths``: the listing's ``&cat=C`` form. The
``&sid=`` variants are the same pages too but endless, so they are in neither GOLD nor
NON_ARTICLES; print views and the "Gửi bạn bè" form are NON_ARTICLES.
"""

from __future__ import annotations

import calendar
import hashlib
import itertools
import re
import threading
import unicodedata
from datetime import date, datetime

from crawler.demo.server import Request, Response, html

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

NAME = "asp_classic_thcs"
PLATFORM = "asp-classic"
START_PATH = "/"

SITE = "Trường THCS Quang Trung"
PLACE = "xã Tiên Lữ, tỉnh Hưng Yên"
TODAY_DATE = date(2026, 11, 25)
PER_PAGE = 4
DOCS_PER_PAGE = 5
#: news categories ("chuyên mục") of tin_tuc.asp, by cat id; notices live in their own table
CATS: dict[int, str] = {1: "Hoạt động nhà trường", 2: "Hoạt động chuyên môn", 3: "Công tác Đội"}
NOTICES = "Thông báo"
COOKIE = "ASPSESSIONIDQSRTBCDA"
DELETED_ID = 131
OLD_URL = "tintuc.asp?act=xem&id={id}"

# Story.cat: "1" | "2" | "3" (tin_tuc.asp) or "tb" (a notice, xem_thong_bao.asp).
# Story.opts: when (the record's update stamp, None: the template prints no date line), listed
# (NgayDang: the listing's date), form ("cp1258": decomposed like windows-1258, "nfd",
# "entities"), br (imported 2008 text: <br>-separated in <font>), typed_date (a date line typed
# at the top of the body), author_field (the "Tác giả" row), user (Người đăng), file (href, name)
# of an attachment, thumb.
# P styles: "" paragraph, "b" bold sub-heading, "li", "th"/"tr" (table rows, cells " | "),
# "lead" (a bold first paragraph), "a|<href>|<phrase>" (a paragraph with a link).
# Img styles: "italic" (centred photo, then a centred italic line), "paren" (photo and a
# centred "(…)" line under it), "table" (FCKeditor table: photo row, caption row), "file" (the
# line is the photo's file name), "none" (no line).
STORIES: list[Story] = [
    Story(
        id=158,
        slug="le-ky-niem-ngay-nha-giao",
        title="Trường THCS Quang Trung tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="1",
        published_at="2026-11-21T08:30:00+07:00",
        summary=(
            "Sáng 20/11/2026, Trường THCS Quang Trung long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua “Hai"
            " tốt” đợt 1 năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Về dự buổi lễ có đại diện lãnh đạo Đảng ủy, HĐND, UBND xã Tiên Lữ; Ban đại diện"
                " cha mẹ học sinh nhà trường; các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể"
                " cán bộ, giáo viên, nhân viên và hơn 600 học sinh của trường."
            ),
            Img(
                "upload/tintuc/2026/11/158_dang_hoa.jpg",
                "Các đại biểu tặng hoa chúc mừng tập thể sư phạm nhà trường",
                "Các đại biểu tặng hoa chúc mừng tập thể sư phạm nhà trường",
                "italic",
            ),
            P(
                "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, thầy Nguyễn Văn Khánh, Hiệu trưởng nhà"
                " trường nhấn mạnh: trải qua hơn 45 năm xây dựng và phát triển, các thế hệ thầy và"
                " trò Trường THCS Quang Trung luôn đoàn kết, vượt khó, giữ vững danh hiệu trường đạt"
                " chuẩn quốc gia và nhiều năm liền là tập thể lao động tiên tiến."
            ),
            P(
                "Trong đợt thi đua chào mừng ngày 20/11, 100% giáo viên đăng ký và thực hiện tiết"
                " dạy tốt; 32 tiết dạy được xếp loại giỏi; các chi đội tổ chức nhiều hoạt động ý"
                " nghĩa như viết báo tường, thi văn nghệ, thăm hỏi thầy cô giáo cũ."
            ),
            P(
                "Thay mặt chính quyền địa phương, đồng chí Phó Chủ tịch UBND xã ghi nhận những đóng"
                " góp của tập thể giáo viên nhà trường đối với sự nghiệp giáo dục của địa phương,"
                " đồng thời đề nghị nhà trường tiếp tục đổi mới phương pháp dạy học, nâng cao chất"
                " lượng giáo dục mũi nhọn và giáo dục đạo đức cho học sinh."
            ),
            Img(
                "upload/tintuc/2026/11/158_van_nghe.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A",
                "italic",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 cá nhân có thành tích xuất sắc trong đợt thi"
                " đua và trao 15 suất học bổng “Vượt khó học tốt” cho học sinh có hoàn cảnh khó"
                " khăn."
            ),
            Raw(
                '<p align="right"><font face="Arial" size="2"><b>Bài, ảnh: Nguyễn Thị Hồng Nhung'
                "</b></font></p>"
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        photographers=["Nguyễn Thị Hồng Nhung"],
        opts={"when": datetime(2026, 11, 21, 8, 30), "user": "admin", "thumb": "158_dang_hoa"},
    ),
    Story(
        id=41,
        slug="hop-cha-me-hoc-sinh",
        title="Thông báo về việc tổ chức họp cha mẹ học sinh giữa học kỳ I",
        cat="tb",
        published_at="2026-11-18",
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027 vào lúc"
                " 14 giờ 00 ngày Chủ nhật 29/11/2026 tại các phòng học của lớp. Đề nghị quý phụ"
                " huynh sắp xếp công việc đến dự đầy đủ, đúng giờ. Trân trọng thông báo!"
            ),
        ],
        opts={"listed": date(2026, 11, 18)},
    ),
    Story(
        id=155,
        slug="hoi-thi-gvdg-cap-truong",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="1",
        published_at="2026-11-06T15:20:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học, từ ngày 27/10 đến ngày 05/11/2026, Trường THCS Quang"
                " Trung tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027."
            ),
            P(
                "Hội thi có 18 giáo viên tham gia ở các môn Ngữ văn, Toán, Khoa học tự nhiên, Lịch"
                " sử và Địa lí, Tiếng Anh, Tin học và Công nghệ. Mỗi giáo viên dự thi thực hiện hai"
                " tiết dạy trên lớp và trình bày một biện pháp nâng cao chất lượng giảng dạy."
            ),
            Img(
                "upload/tintuc/2026/11/155_gvdg.jpg",
                "Cô giáo Trần Thị Lan dạy tiết Ngữ văn tại lớp 9B",
                "Cô giáo Trần Thị Lan dạy tiết Ngữ văn tại lớp 9B",
                "table",
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp dạy học"
                " tích cực và ứng dụng công nghệ thông tin hiệu quả. Học sinh hứng thú, chủ động"
                " tham gia vào các hoạt động học tập."
            ),
            P(
                "Kết quả, Ban giám khảo công nhận 14 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " trường, trong đó 6 giáo viên được chọn tham gia hội thi cấp tỉnh."
            ),
            Raw('<p align="right"><b>Tin: Lê Văn Tùng</b><br>\r\n<b>Ảnh: Phạm Minh Đức</b></p>'),
        ],
        authors=["Lê Văn Tùng"],
        photographers=["Phạm Minh Đức"],
        opts={"when": datetime(2026, 11, 6, 15, 20), "user": "admin", "thumb": "155_gvdg"},
    ),
    Story(
        id=154,
        slug="chuyen-de-stem-khtn-8",
        title="Chuyên đề dạy học STEM môn Khoa học tự nhiên lớp 8",
        cat="2",
        published_at="2026-10-30T14:10:00+07:00",
        blocks=[
            P(
                "Chiều 28/10, tổ Khoa học tự nhiên Trường THCS Quang Trung tổ chức chuyên đề “Dạy"
                " học theo định hướng giáo dục STEM” với bài học “Chế tạo bình lọc nước đơn giản”"
                " trong chương trình môn Khoa học tự nhiên lớp 8."
            ),
            Img(
                "upload/tintuc/2026/10/154_stem.jpg",
                "Học sinh lớp 8C thực hành lắp ráp bình lọc nước",
                "Học sinh lớp 8C thực hành lắp ráp bình lọc nước",
                "table",
            ),
            P(
                "Trong tiết học, học sinh được chia thành 6 nhóm, tự tìm hiểu nguyên lí lọc nước,"
                " lựa chọn vật liệu như sỏi, cát, than hoạt tính, bông và chai nhựa tái chế để thiết"
                " kế, chế tạo sản phẩm. Các nhóm trình bày và thử nghiệm sản phẩm ngay tại lớp."
            ),
            P(
                "Qua buổi sinh hoạt chuyên đề, giáo viên trong tổ đã thảo luận, rút kinh nghiệm về"
                " cách xây dựng chủ đề STEM, cách tổ chức hoạt động nhóm và đánh giá sản phẩm của"
                " học sinh, góp phần thực hiện hiệu quả Chương trình giáo dục phổ thông 2018."
            ),
        ],
        authors=["Vũ Thị Thanh Hương"],
        opts={
            "when": datetime(2026, 10, 30, 14, 10),
            "user": "bientap",
            "author_field": "Vũ Thị Thanh Hương",
            "thumb": "154_stem",
        },
    ),
    Story(
        id=152,
        slug="ke-hoach-nho",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” năm học 2026 - 2027",
        cat="3",
        published_at="2026-10-24T09:45:00+07:00",
        blocks=[
            P(
                "Sáng thứ Hai ngày 19/10, trong giờ chào cờ đầu tuần, Liên đội Trường THCS Quang"
                " Trung đã phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon và chai"
                " nhựa năm học 2026 - 2027."
            ),
            P(
                "Ngay sau lễ phát động, 18 chi đội đã hưởng ứng sôi nổi. Sau một tuần, toàn liên đội"
                " thu gom được hơn 1,2 tấn giấy vụn và 350 kg vỏ lon, chai nhựa."
            ),
            Img(
                "upload/tintuc/2026/10/152_kehoachnho.jpg",
                "(Các chi đội tập kết giấy vụn tại sân trường)",
                "Các chi đội tập kết giấy vụn tại sân trường",
                "paren",
            ),
            P(
                "Toàn bộ số tiền thu được sẽ được Liên đội dùng để mua sách vở, đồ dùng học tập tặng"
                " các bạn học sinh có hoàn cảnh khó khăn và ủng hộ quỹ “Vì bạn nghèo” của xã."
            ),
            Raw('<p align="right"><b><i>Tin: Đỗ Thị Mai</i></b></p>'),
        ],
        authors=["Đỗ Thị Mai"],
        opts={
            "when": datetime(2026, 10, 24, 9, 45),
            "user": "doithieunien",
            "form": "entities",
            "thumb": "152_kehoachnho",
        },
    ),
    Story(
        id=151,
        slug="tin-hoc-tre-cap-tinh",
        title="Học sinh Trường THCS Quang Trung đạt 9 giải Hội thi Tin học trẻ cấp tỉnh",
        cat="1",
        published_at="2026-10-20",
        blocks=[
            P(
                "Tại Hội thi Tin học trẻ tỉnh Hưng Yên lần thứ XXVIII năm 2026 do Tỉnh đoàn và Sở"
                " Giáo dục và Đào tạo phối hợp tổ chức, đội tuyển Trường THCS Quang Trung đã xuất"
                " sắc giành 9 giải, xếp thứ hai toàn tỉnh ở khối THCS."
            ),
            P("Danh sách học sinh đạt giải:"),
            P("STT | Họ và tên | Lớp | Bảng thi | Giải", "th"),
            P("1 | Nguyễn Minh Khôi | 9A | B - Lập trình | Nhất", "tr"),
            P("2 | Trần Gia Bảo | 9A | B - Lập trình | Nhì", "tr"),
            P("3 | Lê Thảo Vy | 8B | C - Sản phẩm sáng tạo | Nhì", "tr"),
            P("4 | Phạm Đức Anh | 9C | B - Lập trình | Ba", "tr"),
            P("5 | Vũ Ngọc Hân | 7A | C - Sản phẩm sáng tạo | Ba", "tr"),
            P("Ngoài ra, 4 học sinh khác đạt giải Khuyến khích."),
            P(
                "Nhà trường biểu dương các em học sinh và thầy cô giáo bồi dưỡng đội tuyển, đồng"
                " thời tiếp tục duy trì câu lạc bộ Tin học để phát hiện, bồi dưỡng học sinh có năng"
                " khiếu."
            ),
        ],
        opts={"when": datetime(2026, 10, 20, 0, 0), "user": "admin"},
    ),
    Story(
        id=150,
        slug="nghien-cuu-bai-hoc-to-xa-hoi",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học ở tổ Xã hội",
        cat="2",
        published_at="2026-10-16T16:30:00+07:00",
        blocks=[
            P(
                "Ngày 14/10/2026, tổ Xã hội Trường THCS Quang Trung tổ chức buổi sinh hoạt chuyên"
                " môn theo nghiên cứu bài học qua tiết dạy bài “Thực hành tiếng Việt” lớp 7 do cô"
                " giáo Nguyễn Thị Thu Hà thực hiện."
            ),
            Img(
                "upload/tintuc/2026/10/150_nghien_cuu_bai_hoc.jpg",
                "Giáo viên tổ Xã hội dự giờ, quan sát hoạt động học của học sinh",
                "Giáo viên tổ Xã hội dự giờ, quan sát hoạt động học của học sinh",
                "italic",
            ),
            P(
                "Khác với cách dự giờ truyền thống, giáo viên dự giờ tập trung quan sát hoạt động"
                " của từng nhóm học sinh: học sinh học như thế nào, gặp khó khăn ở đâu và vì sao,"
                " từ đó đề xuất cách điều chỉnh phù hợp."
            ),
            P(
                "Buổi thảo luận diễn ra cởi mở, các ý kiến đều hướng tới mục tiêu giúp mọi học sinh"
                " được tham gia vào quá trình học tập, không để học sinh nào bị bỏ lại phía sau."
            ),
            Raw(
                '<p align="right"><strong>Bài: Nguyễn Thị Thu Hà - Ảnh: Hoàng Anh Tuấn</strong></p>'
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Hoàng Anh Tuấn"],
        opts={
            "when": datetime(2026, 10, 16, 16, 30),
            "user": "bientap",
            "form": "nfd",
            "thumb": "150_nghien_cuu_bai_hoc",
        },
    ),
    Story(
        id=149,
        slug="tap-huan-giao-duc-dia-phuong",
        title="Hưng Yên: Hơn 1.200 giáo viên THCS được tập huấn tài liệu giáo dục địa phương",
        cat="1",
        published_at="2026-10-14T09:10:00+07:00",
        summary=(
            "Từ ngày 08 đến 10/10, Sở Giáo dục và Đào tạo tổ chức tập huấn triển khai tài liệu"
            " giáo dục địa phương cấp THCS cho hơn 1.200 cán bộ quản lý, giáo viên trong toàn tỉnh."
        ),
        blocks=[
            P(
                "Từ ngày 08 đến 10/10, Sở Giáo dục và Đào tạo tổ chức tập huấn triển khai tài liệu"
                " giáo dục địa phương cấp THCS cho hơn 1.200 cán bộ quản lý, giáo viên trong toàn"
                " tỉnh.",
                "lead",
            ),
            P(
                "Tài liệu giáo dục địa phương tỉnh Hưng Yên dành cho học sinh lớp 6, 7, 8 và 9 được"
                " biên soạn theo hướng mở, giúp học sinh tìm hiểu về văn hóa, lịch sử, địa lí, kinh"
                " tế - xã hội và môi trường của quê hương."
            ),
            P(
                "Tại lớp tập huấn, các báo cáo viên đã hướng dẫn giáo viên cấu trúc tài liệu,"
                " phương pháp tổ chức các chủ đề, cách kiểm tra, đánh giá kết quả học tập và khai"
                " thác các di tích, làng nghề tại địa phương làm nguồn học liệu."
            ),
            P(
                "Theo kế hoạch, từ học kỳ I năm học 2026 - 2027, các trường THCS thực hiện nội dung"
                " giáo dục địa phương với thời lượng 35 tiết/năm học ở mỗi khối lớp."
            ),
            Raw(
                '<p align="right"><b>Minh Hà</b></p>\r\n'
                '<p align="right"><i>(Nguồn: Báo Hưng Yên)</i></p>'
            ),
        ],
        authors=["Minh Hà"],
        source="Báo Hưng Yên",
        opts={"when": datetime(2026, 10, 14, 9, 10), "user": "admin"},
    ),
    Story(
        id=40,
        slug="cong-khai-thu-chi",
        title="Công khai dự toán thu, chi các khoản thu năm học 2026 - 2027",
        cat="tb",
        published_at="2026-10-02",
        blocks=[
            P(
                "Thực hiện Thông tư số 09/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo quy định về công"
                " khai trong hoạt động của các cơ sở giáo dục, Trường THCS Quang Trung công khai dự"
                " toán thu, chi các khoản thu năm học 2026 - 2027 (chi tiết xem file đính kèm)."
            ),
        ],
        opts={
            "listed": date(2026, 10, 2),
            "file": ("upload/thongbao/CK_thu_chi_2026_2027.pdf", "CK_thu_chi_2026_2027.pdf"),
        },
    ),
    Story(
        id=147,
        slug="hinh-anh-khai-giang",
        title="Một số hình ảnh Lễ khai giảng năm học 2026 - 2027",
        cat="1",
        published_at="2026-09-05T11:40:00+07:00",
        blocks=[
            P(
                "Sáng 05/9/2026, cùng với học sinh cả nước, thầy và trò Trường THCS Quang Trung"
                " tưng bừng tổ chức Lễ khai giảng năm học mới 2026 - 2027. Dưới đây là một số hình"
                " ảnh của buổi lễ:"
            ),
            Img(
                "upload/tintuc/2026/09/147_1.jpg",
                "(Các em học sinh lớp 6 được đón vào trường)",
                "Các em học sinh lớp 6 được đón vào trường",
                "paren",
            ),
            Img(
                "upload/tintuc/2026/09/147_2.jpg",
                "(Thầy Hiệu trưởng đánh trống khai trường)",
                "Thầy Hiệu trưởng đánh trống khai trường",
                "paren",
            ),
            Img(
                "upload/tintuc/2026/09/z5873104452716_c9d2e0f4a1b37c86e5d1f2a0b9c4d7e3.jpg",
                "z5873104452716_c9d2e0f4a1b37c86e5d1f2a0b9c4d7e3.jpg",
                None,
                "file",
            ),
            Img(
                "upload/tintuc/2026/09/147_4.jpg",
                "(Tiết mục văn nghệ chào mừng năm học mới)",
                "Tiết mục văn nghệ chào mừng năm học mới",
                "paren",
            ),
            Raw('<p align="right"><font size="2"><i>Ảnh: Tổ Văn phòng</i></font></p>'),
        ],
        photographers=["Tổ Văn phòng"],
        opts={"when": datetime(2026, 9, 5, 11, 40), "user": "admin", "thumb": "147_1"},
    ),
    Story(
        id=146,
        slug="thoi-khoa-bieu-hk1",
        title="Thời khóa biểu học kỳ I năm học 2026 - 2027 (áp dụng từ ngày 07/9/2026)",
        cat="2",
        published_at="2026-09-04T16:05:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo thời khóa biểu buổi sáng khối 9, áp dụng từ thứ Hai ngày"
                " 07/9/2026:"
            ),
            P("Tiết | Thứ Hai | Thứ Ba | Thứ Tư | Thứ Năm | Thứ Sáu | Thứ Bảy", "th"),
            P("1 | Chào cờ | Toán | Ngữ văn | Tiếng Anh | Toán | KHTN", "tr"),
            P("2 | Ngữ văn | Toán | KHTN | Lịch sử và Địa lí | Ngữ văn | Tiếng Anh", "tr"),
            P("3 | Toán | Tiếng Anh | KHTN | Ngữ văn | GDCD | Tin học", "tr"),
            P("4 | KHTN | Lịch sử và Địa lí | Toán | Công nghệ | Nghệ thuật | HĐTN", "tr"),
            P("5 | Tin học | GDTC | Tiếng Anh | Toán | Lịch sử và Địa lí | Sinh hoạt lớp", "tr"),
            P(
                "Thời khóa biểu các khối 6, 7, 8 giáo viên chủ nhiệm thông báo tới học sinh trong"
                " buổi sinh hoạt lớp. Buổi sáng vào học lúc 7 giờ 00, buổi chiều vào học lúc 13 giờ"
                " 45."
            ),
        ],
        opts={"when": datetime(2026, 9, 4, 16, 5), "user": "admin"},
    ),
    Story(
        id=38,
        slug="tuyen-sinh-lop-6",
        title="Thông báo tuyển sinh vào lớp 6 năm học 2026 - 2027",
        cat="tb",
        published_at="2026-06-15",
        blocks=[
            P(
                "Căn cứ Kế hoạch tuyển sinh vào lớp 6 năm học 2026 - 2027 của UBND xã Tiên Lữ,"
                " Trường THCS Quang Trung thông báo tuyển sinh vào lớp 6 như sau:"
            ),
            P("1. Đối tượng tuyển sinh", "b"),
            P(
                "Học sinh đã hoàn thành chương trình tiểu học, trong độ tuổi quy định, cư trú trên"
                " địa bàn xã Tiên Lữ."
            ),
            P("2. Hồ sơ gồm", "b"),
            P("Đơn xin dự tuyển (theo mẫu của nhà trường);", "li"),
            P(
                "Học bạ cấp tiểu học hoặc giấy tờ chứng nhận đã hoàn thành chương trình tiểu học;",
                "li",
            ),
            P("Bản sao giấy khai sinh hợp lệ.", "li"),
            P("3. Thời gian nhận hồ sơ", "b"),
            P(
                "Từ ngày 01/7/2026 đến hết ngày 10/7/2026, trong giờ hành chính, tại Văn phòng nhà"
                " trường."
            ),
        ],
        opts={"listed": date(2026, 6, 15)},
    ),
    Story(
        id=52,
        slug="don-bang-chuan-quoc-gia",
        title="Trường THCS Quang Trung đón Bằng công nhận trường đạt chuẩn quốc gia",
        cat="1",
        published_at="2012-12-14",
        blocks=[
            P(
                "Sáng ngày 12/12/2012, Trường THCS Quang Trung long trọng tổ chức lễ đón nhận Bằng"
                " công nhận trường đạt chuẩn quốc gia giai đoạn 2001 - 2010 của Ủy ban nhân dân tỉnh"
                " Hưng Yên."
            ),
            P(
                "Tới dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện Tiên Lữ, lãnh đạo Phòng Giáo dục"
                " và Đào tạo huyện, Đảng ủy, HĐND, UBND xã cùng đông đảo cha mẹ học sinh và các thế"
                " hệ thầy cô giáo của nhà trường."
            ),
            Img(
                "images/tintuc/chuanqg_2012.jpg",
                "(Đồng chí Phó Chủ tịch UBND huyện trao Bằng công nhận cho nhà trường)",
                "Đồng chí Phó Chủ tịch UBND huyện trao Bằng công nhận cho nhà trường",
                "paren",
            ),
            P(
                "Để đạt chuẩn, trong 5 năm qua nhà trường đã được đầu tư xây dựng dãy nhà học 2 tầng"
                " 12 phòng, nhà hiệu bộ, phòng thí nghiệm và thư viện; 100% giáo viên đạt chuẩn,"
                " trong đó 45% trên chuẩn. Chất lượng giáo dục đại trà và mũi nhọn luôn đứng trong"
                " tốp đầu của huyện."
            ),
            P(
                "Phong trào Đội của trường nhiều năm liền được công nhận Liên đội vững mạnh xuất"
                " sắc.",
                "a|" + OLD_URL.format(id=37) + "|Liên đội vững mạnh xuất sắc",
            ),
            Raw('<div align="right"><b>Trần Quang Huy</b></div>'),
        ],
        authors=["Trần Quang Huy"],
        opts={"when": None, "listed": date(2012, 12, 14), "form": "cp1258", "br": True},
    ),
    Story(
        id=37,
        slug="hoi-trai-26-3",
        title="HỘI TRẠI MỪNG 80 NĂM NGÀY THÀNH LẬP ĐOÀN TNCS HỒ CHÍ MINH",
        cat="3",
        published_at="2011-03-28",
        blocks=[
            P(
                "Chào mừng kỷ niệm 80 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 -"
                " 26/3/2011), trong hai ngày 25 và 26/3/2011, Liên đội Trường THCS Quang Trung đã tổ"
                " chức Hội trại truyền thống với chủ đề “Tiến bước lên Đoàn”."
            ),
            P(
                "Tham gia hội trại có 16 chi đội với gần 600 đội viên. Các trại được dựng công phu,"
                " trang trí đẹp, mang đậm nét văn hóa quê hương và tinh thần tuổi trẻ."
            ),
            Img(
                "images/tintuc/hoitrai_2011_1.jpg",
                "(Trại của chi đội 9A đạt giải Nhất)",
                "Trại của chi đội 9A đạt giải Nhất",
                "paren",
            ),
            P(
                "Trong khuôn khổ hội trại còn diễn ra các hoạt động: thi nghi thức Đội, trò chơi dân"
                " gian, lửa trại và văn nghệ. Kết thúc hội trại, Ban tổ chức đã trao giải Nhất cho"
                " chi đội 9A, giải Nhì cho chi đội 8B và 7A, giải Ba cho chi đội 9C, 6A và 8C."
            ),
            Raw('<div align="right"><b>Tin, ảnh: Đỗ Thị Mai (TPT Đội)</b></div>'),
        ],
        authors=["Đỗ Thị Mai"],
        photographers=["Đỗ Thị Mai"],
        opts={
            "when": None,
            "listed": date(2011, 3, 28),
            "form": "cp1258",
            "br": True,
            "typed_date": "Ngày 28 tháng 3 năm 2011",
        },
    ),
]

for _s in STORIES:
    if _s.cat != "tb" and "listed" not in _s.opts:
        _s.opts["listed"] = _s.opts["when"].date()

NEWS = [s for s in STORIES if s.cat != "tb"]
NOTICE_STORIES = [s for s in STORIES if s.cat == "tb"]
_NEWS_BY_ID = {s.id: s for s in NEWS}
_NOTICE_BY_ID = {s.id: s for s in NOTICE_STORIES}


def in_cat(cat: int) -> list[Story]:
    return [s for s in NEWS if s.cat == str(cat)]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def article_path(s: Story) -> str:
    if s.cat == "tb":
        return f"/xem_thong_bao.asp?id={s.id}"
    return f"/chi_tiet.asp?id={s.id}"


def category_of(s: Story) -> str:
    return NOTICES if s.cat == "tb" else CATS[int(s.cat)]


GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        category_of(s),
        alt_paths=[] if s.cat == "tb" else [f"/chi_tiet.asp?id={s.id}&cat={s.cat}"],
    )
    for s in STORIES
]
for _g in GOLD:
    _g.setdefault("alt_paths", [])


# --- documents, albums, static pages -------------------------------------------------------


DOCS: list[tuple[str, str, str, str]] = [
    (
        "125/KH-THCSQT",
        "02/11/2026",
        "Kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
        "KH_125_20_11_2026.pdf",
    ),
    (
        "118/QĐ-THCSQT",
        "20/10/2026",
        "Quyết định thành lập Ban tổ chức Hội thi giáo viên dạy giỏi cấp trường",
        "QD_118_hoi_thi_gvdg.pdf",
    ),
    (
        "102/KH-THCSQT",
        "28/09/2026",
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "KH_102_ke_hoach_giao_duc.pdf",
    ),
    (
        "95/QC-THCSQT",
        "15/09/2026",
        "Quy chế chi tiêu nội bộ năm 2026 (sửa đổi, bổ sung)",
        "QC_95_chi_tieu_noi_bo.pdf",
    ),
    (
        "88/KH-THCSQT",
        "08/09/2026",
        "Kế hoạch phòng, chống dịch bệnh trong trường học năm học 2026 - 2027",
        "KH_88_phong_chong_dich.pdf",
    ),
    (
        "76/QĐ-THCSQT",
        "25/08/2026",
        "Quyết định phân công nhiệm vụ giáo viên năm học 2026 - 2027",
        "QD_76_phan_cong.pdf",
    ),
    (
        "61/KH-THCSQT",
        "10/08/2026",
        "Kế hoạch tuyển sinh vào lớp 6 năm học 2026 - 2027",
        "KH_61_tuyen_sinh.pdf",
    ),
]
ALBUMS: dict[int, tuple[str, list[str]]] = {
    1: ("Lễ khai giảng năm học 2026 - 2027", ["kg_01.jpg", "kg_02.jpg", "kg_03.jpg"]),
    2: ("Hội trại 26/3/2026", ["ht_01.jpg", "ht_02.jpg"]),
}
STATIC: dict[str, tuple[str, str]] = {
    "/gioi_thieu.asp": (
        "Giới thiệu",
        "<p>Trường THCS Quang Trung được thành lập năm 1979 trên cơ sở tách ra từ trường phổ"
        " thông cơ sở xã. Trường đạt chuẩn quốc gia năm 2012 và được công nhận lại năm 2022.</p>"
        "<p>Năm học 2026 - 2027 nhà trường có 18 lớp với 642 học sinh; 41 cán bộ, giáo viên,"
        " nhân viên.</p>",
    ),
    "/co_cau.asp": (
        "Cơ cấu tổ chức",
        '<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#99CCFF">'
        "<tr><td><b>Họ và tên</b></td><td><b>Chức vụ</b></td><td><b>Điện thoại</b></td></tr>"
        "<tr><td>Nguyễn Văn Khánh</td><td>Hiệu trưởng</td><td>0912 345 678</td></tr>"
        "<tr><td>Phạm Thị Hòa</td><td>Phó Hiệu trưởng</td><td>0983 456 123</td></tr>"
        "<tr><td>Lê Văn Tùng</td><td>Tổ trưởng tổ Tự nhiên</td><td>0904 112 233</td></tr>"
        "<tr><td>Nguyễn Thị Thu Hà</td><td>Tổ trưởng tổ Xã hội</td><td>0936 778 899</td></tr>"
        "<tr><td>Đỗ Thị Mai</td><td>Tổng phụ trách Đội</td><td>0978 223 344</td></tr>"
        "</table>",
    ),
}


def _news_targets() -> list[str]:
    out = []
    for cat in CATS:
        out.append(f"/tin_tuc.asp?cat={cat}")
        n = _pages(len(in_cat(cat)), PER_PAGE)
        if n > 1:
            out += [f"/tin_tuc.asp?cat={cat}&page={p}" for p in range(1, n + 1)]
    return out


def _news_days(year: int, month: int) -> list[date]:
    return sorted(
        {
            s.opts["listed"]
            for s in NEWS
            if (s.opts["listed"].year, s.opts["listed"].month) == (year, month)
        }
    )


NON_ARTICLES: list[str] = [
    "/",
    "/default.asp",
    *_news_targets(),
    "/thong_bao.asp",
    "/van_ban.asp",
    "/van_ban.asp?page=2",
    "/thu_vien_anh.asp",
    *(f"/thu_vien_anh.asp?album={a}" for a in ALBUMS),
    *STATIC,
    "/lien_he.asp",
    "/tim_kiem.asp",
    "/binh_chon.asp?xem=1",
    "/admin/dang_nhap.asp",
    "/lich.asp",
    "/lich.asp?thang=10&nam=2026",
    "/lich.asp?thang=12&nam=2026",
    *(f"/tin_ngay.asp?ngay={d:%d/%m/%Y}" for d in _news_days(2026, 11)),
    *(f"/ban_in.asp?id={s.id}" for s in NEWS),
    *(f"/ban_in.asp?id={s.id}&loai=tb" for s in NOTICE_STORIES),
    *(f"/gui_ban_be.asp?id={s.id}" for s in NEWS),
    f"/chi_tiet.asp?id={DELETED_ID}",
]


# --- rendering -------------------------------------------------------------------------------

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _t(value: str, s: Story | None = None) -> str:
    """Text as the record stores it: escaped, in the record's text form."""
    form = s.opts.get("form") if s is not None else None
    if form == "cp1258":
        return esc(cp1258_bytes(value).decode("cp1258"))
    if form == "nfd":
        return text(value, nfd=True)
    if form == "entities":
        return text(value, entities=2)
    return esc(value)


def _intro(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    if len(first) <= 180:
        return first
    return first[:180].rsplit(" ", 1)[0] + "..."


def _dmy(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def _para(s: Story, b: P) -> str:
    body = _t(b.text, s)
    if b.style.startswith("a|"):
        _, href, phrase = b.style.split("|", 2)
        shown = _t(phrase, s)
        body = body.replace(shown, f'<a href="{href}">{shown}</a>', 1)
    if b.style == "b":
        return f"<p><strong>{body}</strong></p>"
    if b.style == "lead":
        return f"<p><strong>{body}</strong></p>"
    return f'<p style="text-align: justify">{body}</p>'


def _image(s: Story, img: Img) -> str:
    tag = f'<img src="{img.src}" width="480" border="0" alt="">'
    line = _t(img.printed, s) if img.printed else ""
    if img.style == "italic":
        return f'<p align="center">{tag}</p>\r\n<p align="center"><em>{line}</em></p>'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" width="480">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td align="center" bgcolor="#f0f0f0"><font size="2"><i>{line}</i></font></td>'
            "</tr></tbody></table>"
        )
    if img.style == "paren":
        return f'<div align="center">{tag}<br><font size="2">{line}</font></div>'
    if img.style == "file":
        return f'<div align="center">{tag}<br><font size="1" color="#999999">{line}</font></div>'
    return f'<div align="center">{tag}</div>'


def _raw(s: Story, markup: str) -> str:
    """Byline markup typed into the record: in the record's text form like the rest."""
    form = s.opts.get("form")
    if form == "cp1258":
        return cp1258_bytes(markup).decode("cp1258")
    if form == "nfd":
        return unicodedata.normalize("NFD", markup)
    if form == "entities":
        return entity_mix(markup, 2)
    return markup


def _kind(b: object) -> str:
    if isinstance(b, P) and b.style in ("th", "tr"):
        return "table"
    if isinstance(b, P) and b.style == "li":
        return "ul"
    return "one"


def _body_fck(s: Story) -> str:
    out: list[str] = []
    for k, group in itertools.groupby(s.blocks, key=_kind):
        items = list(group)
        if k == "table":
            rows = []
            for b in items:
                cells = "".join(
                    f'<td valign="top">{"<b>" + _t(c, s) + "</b>" if b.style == "th" else _t(c, s)}</td>'
                    for c in b.text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" width="100%"'
                f' style="border-collapse: collapse" bordercolor="#808080"><tbody>{"".join(rows)}'
                "</tbody></table>"
            )
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{_t(b.text, s)}</li>" for b in items) + "</ul>")
        else:
            for b in items:
                if isinstance(b, P):
                    out.append(_para(s, b))
                elif isinstance(b, Img):
                    out.append(_image(s, b))
                else:
                    out.append(_raw(s, b.html))
    return "\r\n".join(out)


def _body_br(s: Story) -> str:
    """A record imported from the 2008 site: <br>-separated text inside one <font> block."""
    parts: list[str] = []
    if s.opts.get("typed_date"):
        parts.append(f'<div align="right"><i>{_t(s.opts["typed_date"], s)}</i></div>')
    chunks: list[str] = []
    for b in s.blocks:
        if isinstance(b, P):
            body = _t(b.text, s)
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                shown = _t(phrase, s)
                body = body.replace(shown, f"<a href={href}>{shown}</a>", 1)
            chunks.append(body + "<br><br>")
        elif isinstance(b, Img):
            chunks.append(
                f'<center><img src="{b.src}" border=0><br><i>{_t(b.printed or "", s)}</i></center><br>'
            )
        else:
            chunks.append(_raw(s, b.html))
    parts.append('<font face="Times New Roman" size="3">' + "\r\n".join(chunks) + "</font>")
    return "\r\n".join(parts)


def _cat_name(s: Story) -> str:
    return category_of(s)


class Ctx:
    def __init__(self, sid: int):
        self.sid = sid


def _header() -> str:
    news = NEWS[:5]
    marquee = " &nbsp;<img src=images/new.gif>&nbsp; ".join(
        f'<a href="chi_tiet.asp?id={s.id}" class="chu_chay">{_t(s.title, s)}</a>' for s in news
    )
    return f"""<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr><td><img src="images/banner_top.jpg" width="980" height="150" border="0" alt="{esc(SITE)}"></td></tr>
  <tr><td bgcolor="#0066CC" height="26">
    <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
      <td><font face="Arial" size="2" color="#FFFFFF"><b>{TODAY}</b> - <span id="dongho"></span></font></td>
      <td align="right"><form name="frmTimKiem" method="get" action="tim_kiem.asp" style="margin:0">
        <font face="Arial" size="2" color="#FFFFFF">Tìm kiếm:</font>
        <input type="text" name="tukhoa" size="20" class="o_nhap">
        <input type="submit" value="Tìm" class="nut"> <a href="tim_kiem.asp"><font color="#FFFFFF" size="1">Nâng cao</font></a></form></td>
      <td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
    </tr></table>
  </td></tr>
  <tr><td bgcolor="#FFF8DC" height="22"><table width="100%" cellpadding="0" cellspacing="0"><tr>
    <td width="80" nowrap><font face="Arial" size="2" color="#CC0000"><b>&nbsp;Tin mới:</b></font></td>
    <td><script language="javascript">
var tinmoi = '{marquee}';
document.write('<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">' + tinmoi + '</marquee>');
</script></td></tr></table></td></tr>
  <tr><td><img src="images/spacer.gif" width="1" height="5"></td></tr>
</table>"""


def _menu() -> str:
    items = [
        ("default.asp", "Trang chủ"),
        ("gioi_thieu.asp", "Giới thiệu"),
        ("co_cau.asp", "Cơ cấu tổ chức"),
        *((f"tin_tuc.asp?cat={c}", n) for c, n in CATS.items()),
        ("thong_bao.asp", NOTICES),
        ("van_ban.asp", "Văn bản"),
        ("thu_vien_anh.asp", "Thư viện ảnh"),
        ("lich.asp", "Lịch"),
        ("lien_he.asp", "Liên hệ"),
    ]
    rows = "\r\n".join(
        f'<tr><td height="24" class="menu_trai"><img src="images/muiten.gif" width="7" height="7">'
        f' <a href="{href}" class="menu">{esc(label)}</a></td></tr>'
        f'<tr><td bgcolor="#CCE0FF"><img src="images/spacer.gif" width="1" height="1"></td></tr>'
        for href, label in items
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="tieude_khung" background="images/nen_tieude.gif" height="26"><font color="#FFFFFF"><b>&nbsp;DANH MỤC</b></font></td></tr>
{rows}
</table>"""


def _poll() -> str:
    options = [
        (1, "Rất đẹp, nhiều thông tin"),
        (2, "Bình thường"),
        (3, "Cần cập nhật thường xuyên hơn"),
    ]
    radios = "<br>".join(
        f'<input type="radio" name="luachon" value="{v}">{esc(label)}' for v, label in options
    )
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="tieude_khung" background="images/nen_tieude.gif" height="26"><font color="#FFFFFF"><b>&nbsp;THĂM DÒ Ý KIẾN</b></font></td></tr>
<tr><td><form name="frmBinhChon" method="post" action="binh_chon.asp"><font size="2">Bạn thấy website của trường thế nào?<br>{radios}<br>
<input type="submit" value="Bình chọn" class="nut"> <a href="binh_chon.asp?xem=1">Xem kết quả</a></font></form></td></tr>
</table>"""


def _counter() -> str:
    digits = "".join(f'<img src="images/dem/{d}.gif" width="12" height="18">' for d in "0412387")
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="tieude_khung" background="images/nen_tieude.gif" height="26"><font color="#FFFFFF"><b>&nbsp;THỐNG KÊ TRUY CẬP</b></font></td></tr>
<tr><td><font size="2">Đang online: <b>7</b><br>Hôm nay: <b>143</b><br>Số lượt truy cập:</font><br>{digits}</td></tr>
</table>"""


def _left() -> str:
    return (
        _menu()
        + '<img src="images/spacer.gif" width="1" height="8"><br>'
        + _poll()
        + ('<img src="images/spacer.gif" width="1" height="8"><br>' + _counter())
    )


def _box(title: str, inner: str) -> str:
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khung_phai">
<tr><td background="images/nen_tieude.gif" height="26"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;{title}</b></font></td></tr>
<tr><td style="padding:4px">{inner}</td></tr>
</table><img src="images/spacer.gif" width="1" height="8"><br>"""


def _mini_calendar(year: int, month: int) -> str:
    prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
    days = set(_news_days(year, month))
    rows = [
        "<tr>"
        + "".join(
            f'<td align="center"><b>{d}</b></td>'
            for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
        )
        + "</tr>"
    ]
    for week in calendar.Calendar().monthdayscalendar(year, month):
        cells = []
        for n in week:
            d = date(year, month, n) if n else None
            if d is None:
                cells.append("<td>&nbsp;</td>")
            elif d in days:
                cells.append(
                    f'<td align="center" bgcolor="#FFCC66"><a href="tin_ngay.asp?ngay={_dmy(d)}">{d.day}</a></td>'
                )
            elif d == TODAY_DATE:
                cells.append(f'<td align="center" bgcolor="#99CCFF"><b>{d.day}</b></td>')
            else:
                cells.append(f'<td align="center">{d.day}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        '<table width="100%" border="0" cellspacing="1" cellpadding="1" class="lich"><tr>'
        f'<td><a href="lich.asp?thang={prev_m}&nam={prev_y}">«</a></td>'
        f'<td colspan="5" align="center"><b>Tháng {month}/{year}</b></td>'
        f'<td align="right"><a href="lich.asp?thang={next_m}&nam={next_y}">»</a></td></tr>'
        + "".join(rows)
        + "</table>"
    )


def _right(ctx: Ctx) -> str:
    newest = "".join(
        f'<img src="images/cham.gif"> <a href="chi_tiet.asp?id={s.id}" class="tin_phai">{_t(s.title, s)}</a><br>'
        for s in NEWS[:5]
    )
    most = sorted(NEWS, key=lambda s: -s.views())[:5]
    viewed = "".join(
        f'<img src="images/cham.gif"> <a href="chi_tiet.asp?id={s.id}&sid={ctx.sid}" class="tin_phai">'
        f"{_t(s.title, s)}</a> <font color=#999999 size=1>({s.views()})</font><br>"
        for s in most
    )
    links = (
        '<select name="lienket" style="width:170px" onchange="if(this.value!=\'\')'
        ' window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://sgddt.hungyen.gov.vn">Sở GD&amp;ĐT Hưng Yên</option>'
        '<option value="http://truongtructuyen.hungyen.edu.vn">Trường học kết nối</option>'
        "</select>"
    )
    quick = (
        f'<img src="images/cham.gif"> <a href="chi_tiet.asp?id={DELETED_ID}">Kết quả tuyển sinh lớp 6'
        " năm học 2026 - 2027</a><br>"
        '<img src="images/cham.gif"> <a href="van_ban.asp">Văn bản mới</a><br>'
        '<img src="images/cham.gif"> <a href="http://127.0.0.2/hocbadientu/">Tra cứu học bạ điện tử</a><br>'
    )
    return (
        _box("TIN MỚI", newest)
        + _box("TIN XEM NHIỀU", viewed)
        + _box("LỊCH", _mini_calendar(TODAY_DATE.year, TODAY_DATE.month))
        + _box("LIÊN KẾT WEBSITE", links)
        + _box("LIÊN KẾT NHANH", quick)
    )


def _footer() -> str:
    return f"""<table width="980" border="0" cellspacing="0" cellpadding="6" align="center" bgcolor="#0066CC">
<tr><td align="center"><font face="Arial" size="2" color="#FFFFFF">
<b>{esc(SITE.upper())}</b><br>
Địa chỉ: thôn Đông Kỳ, {esc(PLACE)} - Điện thoại: 0221.3874.215 - Email: c2quangtrung@hungyen.edu.vn<br>
Bản quyền &copy; 2008 - 2026 {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br>
<a href="admin/dang_nhap.asp"><font color="#FFFFFF">Quản trị</font></a>
</font></td></tr></table>"""


_CLOCK = """<script language="javascript">
function dongho(){
  var d = new Date(); var h = d.getHours(), m = d.getMinutes(), s = d.getSeconds();
  if (m < 10) m = "0" + m; if (s < 10) s = "0" + s;
  document.getElementById("dongho").innerHTML = h + ":" + m + ":" + s;
  setTimeout("dongho()", 1000);
}
</script>"""


def _page(ctx: Ctx, title: str, center: str) -> str:
    return f"""<html>
<head>
<title>{esc(SITE)} - {esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="THCS Quang Trung, Tiên Lữ, Hưng Yên, giáo dục">
<link href="css/style.css" rel="stylesheet" type="text/css">
{_CLOCK}
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onload="dongho()">
<a name="top"></a>
{_header()}
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="190" valign="top">{_left()}</td>
<td width="8"><img src="images/spacer.gif" width="8" height="1"></td>
<td valign="top">{center}</td>
<td width="8"><img src="images/spacer.gif" width="8" height="1"></td>
<td width="200" valign="top">{_right(ctx)}</td>
</tr>
</table>
<img src="images/spacer.gif" width="1" height="8"><br>
{_footer()}
</body>
</html>"""


def _crumbs(*items: tuple[str | None, str]) -> str:
    parts = ['<a href="default.asp" class="duongdan">Trang chủ</a>']
    for href, label in items:
        parts.append(f'<a href="{href}" class="duongdan">{esc(label)}</a>' if href else esc(label))
    return (
        '<table width="100%" cellpadding="3" cellspacing="0"><tr><td class="duongdan"><font size="2">'
        + " &raquo; ".join(parts)
        + "</font></td></tr></table>"
    )


def _section_bar(label: str) -> str:
    return (
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td background="images/nen_muc.gif"'
        f' height="28"><font face="Arial" size="3" color="#0066CC"><b>&nbsp;{esc(label.upper())}</b>'
        "</font></td></tr></table>"
    )


def _list_row(s: Story, href: str) -> str:
    thumb = s.opts.get("thumb")
    img = (
        f'<a href="{href}"><img src="upload/tintuc/thumb/{thumb}.jpg" width="100" height="75" border="1"></a>'
        if thumb
        else '<img src="images/no_image.gif" width="100" height="75" border="1">'
    )
    return f"""<tr><td width="110" valign="top">{img}</td>
<td valign="top"><a href="{href}" class="tieude_ds"><b>{_t(s.title, s)}</b></a> <font size="1" color="#999999">({_dmy(s.opts["listed"])})</font><br>
<font size="2">{_t(_intro(s), s)}</font> <a href="{href}" class="xemtiep">Xem tiếp &raquo;</a></td></tr>
<tr><td colspan="2"><img src="images/line.gif" width="100%" height="1"></td></tr>"""


def _home(ctx: Ctx) -> str:
    top, *rest = NEWS[:5]
    first = f"""<table width="100%" cellpadding="4" cellspacing="0"><tr>
<td width="170" valign="top"><a href="chi_tiet.asp?id={top.id}"><img src="upload/tintuc/thumb/{top.opts["thumb"]}.jpg" width="160" height="120" border="0"></a></td>
<td valign="top"><a href="chi_tiet.asp?id={top.id}" class="tieude_noibat"><b>{_t(top.title, top)}</b></a><br>
<font size="2">{_t(_intro(top), top)}</font></td></tr></table>"""
    others = "".join(
        f'<img src="images/cham.gif"> <a href="chi_tiet.asp?id={s.id}">{_t(s.title, s)}</a>'
        f' <font size="1" color="#999999">({_dmy(s.opts["listed"])})</font><br>'
        for s in rest
    )
    boxes = ""
    for cat, label in CATS.items():
        items = "".join(
            f'<img src="images/cham.gif"> <a href="chi_tiet.asp?id={s.id}">{_t(s.title, s)}</a><br>'
            for s in in_cat(cat)[:3]
        )
        boxes += _section_bar(label) + f'<div style="padding:4px"><font size="2">{items}</font>'
        boxes += f'<div align="right"><a href="tin_tuc.asp?cat={cat}">Xem thêm...</a></div></div>'
    notices = "".join(
        f'<img src="images/cham.gif"> <a href="xem_thong_bao.asp?id={s.id}">{_t(s.title, s)}</a><br>'
        for s in NOTICE_STORIES
    )
    docs = "".join(
        f'<img src="images/cham.gif"> <a href="upload/vanban/{d[3]}">{esc(d[0])}: {esc(d[2])}</a><br>'
        for d in DOCS[:3]
    )
    center = (
        _section_bar("Tin mới cập nhật")
        + first
        + f'<div style="padding:4px"><font size="2">{others}</font></div>'
        + boxes
        + _section_bar(NOTICES)
        + f'<div style="padding:4px"><font size="2">{notices}</font></div>'
        + _section_bar("Văn bản mới")
        + f'<div style="padding:4px"><font size="2">{docs}</font></div>'
    )
    return _page(ctx, "Trang chủ", center)


def _listing(ctx: Ctx, cat: int, page: int) -> str:
    label = CATS.get(cat, "")
    items = in_cat(cat)
    total = _pages(len(items), PER_PAGE)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    if chunk:
        rows = "".join(_list_row(s, f"chi_tiet.asp?id={s.id}&cat={cat}") for s in chunk)
        table = f'<table width="100%" cellpadding="4" cellspacing="0">{rows}</table>'
    else:
        table = (
            '<p align="center"><font color="#FF0000">Chưa có tin trong chuyên mục này.</font></p>'
        )
    pager = ""
    if total > 1:
        links = []
        for p in range(1, total + 1):
            links.append(
                f"<b>[{p}]</b>"
                if p == page
                else f'<a href="tin_tuc.asp?cat={cat}&page={p}">{p}</a>'
            )
        if page < total:
            links.append(f'<a href="tin_tuc.asp?cat={cat}&page={page + 1}">Tiếp &raquo;</a>')
        pager = f'<p align="center"><font size="2">Trang: {" ".join(links)}</font></p>'
    center = (
        _crumbs(("tin_tuc.asp?cat=1", "Tin tức"), (None, label))
        + _section_bar(label)
        + table
        + pager
    )
    return _page(ctx, "Tin tức", center)


def _tools(s: Story, notice: bool) -> str:
    print_href = f"ban_in.asp?id={s.id}&loai=tb" if notice else f"ban_in.asp?id={s.id}"
    send = "" if notice else f' | <a href="gui_ban_be.asp?id={s.id}">Gửi bạn bè</a>'
    return (
        '<table width="100%" cellpadding="3" cellspacing="0"><tr><td align="right" class="congcu"><font size="2">'
        f'<img src="images/print.gif"> <a href="{print_href}" target="_blank">Bản in</a>{send}'
        ' | <a href="javascript:history.back()">Quay lại</a> | <a href="#top">Về đầu trang</a>'
        "</font></td></tr></table>"
    )


def _others(s: Story) -> str:
    if s.cat == "tb":
        pool = [o for o in NOTICE_STORIES if o.id != s.id]
        items = "".join(
            f"<li><a href=xem_thong_bao.asp?id={o.id} class=tinkhac>{_t(o.title, o)}</a>"
            f" <font color=#999999 size=1>({_dmy(o.opts['listed'])})</font></li>"
            for o in pool
        )
        title = "Các thông báo khác"
    else:
        pool = [o for o in in_cat(int(s.cat)) if o.id != s.id][:5]
        items = "".join(
            f"<li><a href=chi_tiet.asp?id={o.id} class=tinkhac>{_t(o.title, o)}</a>"
            f" <font color=#999999 size=1>({_dmy(o.opts['listed'])})</font></li>"
            for o in pool
        )
        title = "Các tin khác"
    if not items:
        return ""
    return (
        '<table width="100%" cellpadding="3" cellspacing="0"><tr><td class="tinkhac_tieude">'
        f'<font color="#CC0000"><b>{title}:</b></font></td></tr>'
        f'<tr><td><ul class="ds_tinkhac">{items}</ul></td></tr></table>'
    )


def _article(ctx: Ctx, s: Story) -> str:
    notice = s.cat == "tb"
    if notice:
        crumbs = _crumbs(("thong_bao.asp", NOTICES))
        dateline = f"Ngày đăng: {s.opts['listed']:%Y-%m-%d}"
    else:
        crumbs = _crumbs(
            ("tin_tuc.asp?cat=1", "Tin tức"), (f"tin_tuc.asp?cat={s.cat}", CATS[int(s.cat)])
        )
        when = s.opts.get("when")
        dateline = f"Cập nhật lúc {when:%H:%M} ngày {when:%d/%m/%Y}" if when else ""
    date_row = (
        f'<tr><td class="ngay_tin"><font size="1" color="#808080">{dateline}</font></td></tr>'
        if dateline
        else ""
    )
    sapo = (
        f'<tr><td class="tomtat"><font size="2"><b>{_t(s.summary, s)}</b></font></td></tr>'
        if s.summary and s.sapo_outside
        else ""
    )
    body = _body_br(s) if s.opts.get("br") else _body_fck(s)
    after = ""
    if s.opts.get("file"):
        href, name = s.opts["file"]
        after += (
            f'<tr><td><font size="2"><b>File đính kèm:</b> <img src="images/pdf.gif">'
            f' <a href="{href}">{esc(name)}</a></font></td></tr>'
        )
    if s.opts.get("author_field"):
        after += f'<tr><td align="right"><font size="2"><b>Tác giả: {esc(s.opts["author_field"])}</b></font></td></tr>'
    if not notice:
        after += (
            f'<tr><td align="right"><font size="1" color="#808080">Người đăng: {esc(s.opts.get("user", "admin"))}'
            f" | Lượt xem: {s.views()}</font></td></tr>"
        )
    center = f"""{crumbs}
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="tieude_tin"><font face="Arial" size="3" color="#0066CC"><b>{_t(s.title, s)}</b></font></td></tr>
{date_row}{sapo}
<tr><td class="noidung_tin">
<!-- Bat dau noi dung tin -->
{body}
<!-- Het noi dung tin -->
</td></tr>
{after}
</table>
{_tools(s, notice)}
{_others(s)}"""
    return _page(ctx, "Thông báo" if notice else "Chi tiết tin", center)


def _print_view(s: Story) -> bytes:
    """The old print script: windows-1258 meta and bytes, no menus."""
    when = s.opts.get("when")
    if s.cat == "tb":
        line = f"Ngày đăng: {_dmy(s.opts['listed'])}"
    elif when:
        line = f"{WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y - %H:%M}"
    else:
        line = ""
    body = _body_br(s) if s.opts.get("br") else _body_fck(s)
    sapo = f"<p><b>{esc(s.summary)}</b></p>" if s.summary and s.sapo_outside else ""
    page = f"""<html>
<head>
<title>{esc(SITE)} - Bản in</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
</head>
<body onload="window.print()">
<table width="640" align="center" cellpadding="4"><tr><td>
<font face="Times New Roman" size="2"><b>{esc(SITE.upper())}</b><br>{esc(PLACE)}</font><hr size="1">
<font face="Times New Roman" size="4"><b>{esc(s.title)}</b></font><br>
<font size="2"><i>{line}</i></font>
{sapo}{body}
<hr size="1"><font size="1">Nguồn: http://thcsquangtrung.hungyen.edu.vn</font>
</td></tr></table>
</body>
</html>"""
    # the old script writes the record as stored, then Response.CodePage=1258 encodes it
    return cp1258_bytes(page)


def _send_form(ctx: Ctx, s: Story, sent: bool) -> str:
    if sent:
        inner = '<p align="center"><font color="#008000">Cảm ơn bạn đã giới thiệu tin này tới bạn bè!</font></p>'
    else:
        inner = f"""<form method="post" action="gui_ban_be.asp?id={s.id}&action=gui">
<table cellpadding="3"><tr><td colspan="2"><font size="2">Giới thiệu tin: <b>{_t(s.title, s)}</b></font></td></tr>
<tr><td><font size="2">Họ tên của bạn:</font></td><td><input type="text" name="ten" size="30"></td></tr>
<tr><td><font size="2">Email người nhận:</font></td><td><input type="text" name="email_nhan" size="30"></td></tr>
<tr><td><font size="2">Lời nhắn:</font></td><td><textarea name="loi_nhan" cols="40" rows="4"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi" class="nut"> <input type="reset" value="Nhập lại" class="nut"></td></tr>
</table></form>"""
    return _page(
        ctx, "Gửi bạn bè", _crumbs((None, "Gửi bạn bè")) + _section_bar("Gửi bạn bè") + inner
    )


def _notices(ctx: Ctx) -> str:
    rows = "".join(
        f'<tr><td align="center">{i}</td><td><a href="xem_thong_bao.asp?id={s.id}">{_t(s.title, s)}</a></td>'
        f'<td align="center">{_dmy(s.opts["listed"])}</td></tr>'
        for i, s in enumerate(NOTICE_STORIES, 1)
    )
    table = (
        '<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC">'
        '<tr bgcolor="#E6F0FF"><td align="center"><b>STT</b></td><td><b>Tiêu đề</b></td>'
        f'<td align="center"><b>Ngày đăng</b></td></tr>{rows}</table>'
    )
    return _page(ctx, NOTICES, _crumbs((None, NOTICES)) + _section_bar(NOTICES) + table)


def _docs(ctx: Ctx, page: int) -> str:
    chunk = DOCS[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    rows = "".join(
        f"<tr><td>{esc(no)}</td><td>{day}</td><td>{esc(abstract)}</td>"
        f'<td align="center"><a href="upload/vanban/{fname}"><img src="images/pdf.gif" border="0"> Tải về</a></td></tr>'
        for no, day, abstract, fname in chunk
    )
    total = _pages(len(DOCS), DOCS_PER_PAGE)
    pager = " ".join(
        f"<b>[{p}]</b>" if p == page else f'<a href="van_ban.asp?page={p}">{p}</a>'
        for p in range(1, total + 1)
    )
    table = (
        '<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC">'
        '<tr bgcolor="#E6F0FF"><td><b>Số hiệu</b></td><td><b>Ngày ban hành</b></td><td><b>Trích yếu</b></td>'
        f"<td><b>Tệp</b></td></tr>{rows}</table>"
        f'<p align="center"><font size="2">Trang: {pager}</font></p>'
    )
    return _page(ctx, "Văn bản", _crumbs((None, "Văn bản")) + _section_bar("Văn bản") + table)


def _albums(ctx: Ctx, album: int | None) -> str:
    if album is None:
        cells = "".join(
            f'<td align="center" valign="top"><a href="thu_vien_anh.asp?album={a}"><img src="upload/album/{a}/{photos[0]}"'
            f' width="150" height="110" border="1"><br>{esc(name)}</a><br><font size="1">({len(photos)} ảnh)</font></td>'
            for a, (name, photos) in ALBUMS.items()
        )
        inner = f'<table width="100%" cellpadding="6"><tr>{cells}</tr></table>'
        return _page(
            ctx,
            "Thư viện ảnh",
            _crumbs((None, "Thư viện ảnh")) + _section_bar("Thư viện ảnh") + inner,
        )
    name, photos = ALBUMS[album]
    cells = "".join(
        f'<td align="center"><img src="upload/album/{album}/{p}" width="200" height="150" border="1"></td>'
        for p in photos
    )
    inner = f'<table width="100%" cellpadding="6"><tr>{cells}</tr></table>'
    crumbs = _crumbs(("thu_vien_anh.asp", "Thư viện ảnh"), (None, name))
    return _page(ctx, "Thư viện ảnh", crumbs + _section_bar(name) + inner)


def _static_page(ctx: Ctx, path: str) -> str:
    title, inner = STATIC[path]
    return _page(
        ctx,
        title,
        _crumbs((None, title))
        + _section_bar(title)
        + f'<div style="padding:6px"><font size="2">{inner}</font></div>',
    )


def _contact(ctx: Ctx, sent: bool) -> str:
    if sent:
        inner = '<p align="center"><font color="#008000">Cảm ơn bạn! Ý kiến của bạn đã được gửi tới nhà trường.</font></p>'
    else:
        inner = f"""<p><font size="2"><b>{esc(SITE.upper())}</b><br>Địa chỉ: thôn Đông Kỳ, {esc(PLACE)}<br>
Điện thoại: 0221.3874.215<br>Email: c2quangtrung@hungyen.edu.vn</font></p>
<form method="post" action="lien_he.asp?action=gui"><table cellpadding="3">
<tr><td><font size="2">Họ và tên:</font></td><td><input type="text" name="hoten" size="35"></td></tr>
<tr><td><font size="2">Email:</font></td><td><input type="text" name="email" size="35"></td></tr>
<tr><td><font size="2">Tiêu đề:</font></td><td><input type="text" name="tieude" size="35"></td></tr>
<tr><td><font size="2">Nội dung:</font></td><td><textarea name="noidung" cols="40" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" class="nut"></td></tr></table></form>"""
    return _page(ctx, "Liên hệ", _crumbs((None, "Liên hệ")) + _section_bar("Liên hệ") + inner)


def _search(ctx: Ctx, words: str) -> str:
    if not words.strip():
        inner = '<p><font size="2">Nhập từ khóa cần tìm vào ô tìm kiếm.</font></p>'
    else:
        hits = [s for s in NEWS if words.lower() in s.title.lower()]
        if hits:
            inner = (
                '<table width="100%" cellpadding="4">'
                + "".join(_list_row(s, f"chi_tiet.asp?id={s.id}") for s in hits)
                + "</table>"
            )
        else:
            inner = f'<p><font size="2">Không tìm thấy tin nào với từ khóa "<b>{esc(words)}</b>".</font></p>'
    return _page(
        ctx, "Tìm kiếm", _crumbs((None, "Tìm kiếm")) + _section_bar("Kết quả tìm kiếm") + inner
    )


def _poll_results(ctx: Ctx) -> str:
    inner = (
        '<table cellpadding="3"><tr><td><font size="2">Rất đẹp, nhiều thông tin</font></td><td>'
        '<img src="images/bar.gif" width="120" height="10"> 58%</td></tr>'
        '<tr><td><font size="2">Bình thường</font></td><td><img src="images/bar.gif" width="60" height="10"> 29%</td></tr>'
        '<tr><td><font size="2">Cần cập nhật thường xuyên hơn</font></td><td>'
        '<img src="images/bar.gif" width="26" height="10"> 13%</td></tr></table>'
        '<p><font size="2">Tổng số phiếu: 412</font></p>'
    )
    return _page(
        ctx,
        "Kết quả bình chọn",
        _crumbs((None, "Thăm dò ý kiến")) + _section_bar("Kết quả bình chọn") + inner,
    )


def _login(ctx: Ctx) -> str:
    inner = """<form method="post" action="dang_nhap.asp?action=kiemtra"><table cellpadding="3" align="center">
<tr><td><font size="2">Tên đăng nhập:</font></td><td><input type="text" name="tendn" size="20"></td></tr>
<tr><td><font size="2">Mật khẩu:</font></td><td><input type="password" name="matkhau" size="20"></td></tr>
<tr><td></td><td><input type="submit" value="Đăng nhập" class="nut"></td></tr></table></form>"""
    return f"""<html><head><title>Quản trị website</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><p align="center"><b>ĐĂNG NHẬP QUẢN TRỊ</b></p>{inner}
<p align="center"><a href="../default.asp">Về trang chủ</a></p></body></html>"""


def _month_page(ctx: Ctx, year: int, month: int) -> str:
    prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
    nav = (
        f'<p align="center"><a href="lich.asp?thang={prev_m}&nam={prev_y}">&laquo; Tháng trước</a>'
        f" &nbsp;|&nbsp; <b>Tháng {month}/{year}</b> &nbsp;|&nbsp; "
        f'<a href="lich.asp?thang={next_m}&nam={next_y}">Tháng sau &raquo;</a></p>'
    )
    return _page(
        ctx,
        "Lịch",
        _crumbs((None, "Lịch")) + _section_bar("Lịch") + nav + _mini_calendar(year, month),
    )


def _day_page(ctx: Ctx, day: date) -> str:
    hits = [s for s in NEWS if s.opts["listed"] == day]
    if hits:
        inner = (
            '<table width="100%" cellpadding="4">'
            + "".join(_list_row(s, f"chi_tiet.asp?id={s.id}") for s in hits)
            + "</table>"
        )
    else:
        inner = '<p align="center"><font size="2">Không có tin nào trong ngày này.</font></p>'
    label = f"Tin ngày {_dmy(day)}"
    return _page(
        ctx, label, _crumbs(("lich.asp", "Lịch"), (None, label)) + _section_bar(label) + inner
    )


def _gone(ctx: Ctx) -> str:
    inner = (
        '<p align="center"><font color="#FF0000" size="2"><b>Tin này không tồn tại hoặc đã bị xóa!</b>'
        '</font></p><p align="center"><a href="default.asp">Về trang chủ</a></p>'
    )
    return _page(ctx, "Chi tiết tin", _crumbs((None, "Tin tức")) + inner)


_ODBC = (
    '<font face="Arial" size=2><p>Microsoft OLE DB Provider for ODBC Drivers</font> <font face="Arial" size=2>'
    "error '80040e14'</font><p><font face=\"Arial\" size=2>[Microsoft][ODBC Microsoft Access Driver] Syntax"
    " error (missing operator) in query expression 'MaTin={value}'.</font><p><font face=\"Arial\" size=2>"
    '{script}</font><font face="Arial" size=2>, line 18</font>'
)
_VBS = (
    '<font face="Arial" size=2><p>Microsoft VBScript runtime </font> <font face="Arial" size=2>error'
    " '800a0005'</font><p><font face=\"Arial\" size=2>Invalid procedure call or argument: 'DateSerial'"
    '</font><p><font face="Arial" size=2>/lich.asp</font><font face="Arial" size=2>, line 12</font>'
)


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


class ClassicAspSchool:
    """The site: routes the .asp scripts; mints a Session.SessionID per cookie-less visitor."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next = itertools.count(1)
        self._sessions: dict[str, int] = {}

    def _session(self, request: Request) -> tuple[int, dict[str, str]]:
        cookies = request.headers.get("Cookie", "") or request.headers.get("cookie", "")
        m = re.search(COOKIE + r"=([A-Z]{24})", cookies)
        with self._lock:
            if m and m.group(1) in self._sessions:
                return self._sessions[m.group(1)], {}
            n = next(self._next)
            key = "".join(chr(65 + b % 26) for b in hashlib.sha256(f"s{n}".encode()).digest()[:24])
            sid = 452719300 + n * 7919
            self._sessions[key] = sid
        return sid, {"Set-Cookie": f"{COOKIE}={key}; path=/"}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        lower = path.lower()
        if lower.endswith(".pdf"):
            known = {s.opts["file"][0] for s in NOTICE_STORIES if s.opts.get("file")}
            known |= {f"upload/vanban/{d[3]}" for d in DOCS}
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"})
                if path[1:] in known
                else None
            )
        if (static := static_file(path)) is not None:
            return static
        sid, cookie = self._session(request)
        ctx = Ctx(sid)
        headers = {"Server": "Microsoft-IIS/7.5", "X-Powered-By": "ASP.NET", **cookie}
        params = request.params
        form_sent = request.method == "POST"

        def page(body: str, status: int = 200) -> Response:
            return html(body, status=status, charset=None, headers=dict(headers))

        if lower in ("/", "/default.asp"):
            return page(_home(ctx))
        if lower == "/tin_tuc.asp":
            cat = _int(params.get("cat", "1"))
            pg = _int(params.get("page", "1"))
            if cat is None or pg is None:
                return page(
                    _ODBC.format(value=esc(params.get("cat", "")), script="/tin_tuc.asp"), 500
                )
            return page(_listing(ctx, cat, max(pg, 1)))
        if lower == "/chi_tiet.asp":
            nid = _int(params.get("id"))
            if nid is None:
                return page(
                    _ODBC.format(value=esc(params.get("id", "")), script="/chi_tiet.asp"), 500
                )
            s = _NEWS_BY_ID.get(nid)
            return page(_article(ctx, s) if s else _gone(ctx))
        if lower == "/xem_thong_bao.asp":
            nid = _int(params.get("id"))
            s = _NOTICE_BY_ID.get(nid) if nid is not None else None
            return page(_article(ctx, s)) if s else None
        if lower == "/tintuc.asp" and params.get("act") == "xem" and _int(params.get("id")):
            return Response(302, b"", {**headers, "Location": f"/chi_tiet.asp?id={params['id']}"})
        if lower == "/ban_in.asp":
            nid = _int(params.get("id"))
            pool = _NOTICE_BY_ID if params.get("loai") == "tb" else _NEWS_BY_ID
            s = pool.get(nid) if nid is not None else None
            if s is None:
                return None
            return Response(200, _print_view(s), {**headers, "Content-Type": "text/html"})
        if lower == "/gui_ban_be.asp":
            s = _NEWS_BY_ID.get(_int(params.get("id")) or -1)
            return page(_send_form(ctx, s, form_sent)) if s else None
        if lower == "/thong_bao.asp":
            return page(_notices(ctx))
        if lower == "/van_ban.asp":
            pg = _int(params.get("page", "1")) or 1
            return page(_docs(ctx, pg))
        if lower == "/thu_vien_anh.asp":
            album = _int(params.get("album"))
            if album is not None and album not in ALBUMS:
                return None
            return page(_albums(ctx, album))
        if lower in STATIC:
            return page(_static_page(ctx, lower))
        if lower == "/lien_he.asp":
            return page(_contact(ctx, form_sent))
        if lower == "/tim_kiem.asp":
            return page(_search(ctx, params.get("tukhoa", "")))
        if lower == "/binh_chon.asp":
            return page(_poll_results(ctx))
        if lower == "/admin/dang_nhap.asp":
            return page(_login(ctx))
        if lower == "/lich.asp":
            month = _int(params.get("thang", str(TODAY_DATE.month)))
            year = _int(params.get("nam", str(TODAY_DATE.year)))
            if month is None or year is None or not 1 <= month <= 12 or not 100 <= year <= 9999:
                return page(_VBS, 500)
            return page(_month_page(ctx, year, month))
        if lower == "/tin_ngay.asp":
            m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", params.get("ngay", ""))
            try:
                day = date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None
            except ValueError:
                day = None
            if day is None:
                return page(_VBS.replace("/lich.asp", "/tin_ngay.asp"), 500)
            return page(_day_page(ctx, day))
        return None


def build_site() -> ClassicAspSchool:
    """A fresh site object (its own session counter); pages are rendered per request."""
    return ClassicAspSchool()
