"""Sở Giáo dục và Đào tạo tỉnh Ninh Thuận on a late-2000s vendor CMS: ASP.NET WebForms 3.5 with
UrlRewriter.NET, DataList news lists with a numbered pager of plain links, one user control per
block (``ctl00_cphMain_ucChiTietTin1_…``, ``ctl00_ucCotPhai1_…``).

Platform and URL scheme
-----------------------
UrlRewriter.NET maps pretty ``.aspx`` routes onto the real handler pages under ``/Pages/``:

- ``/tin-tuc/<id>/<slug>.aspx``            -> ``/Pages/ChiTietTin.aspx?ID=<id>`` (posts; the rule
  matches the id only, any slug serves the post)
- ``/chuyen-muc/<catId>/<cat-slug>/trang-<N>.aspx`` -> ``/Pages/DanhSachTin.aspx?CM=<catId>&Trang=<N>``
- ``/gioi-thieu/<slug>.aspx``              -> intro pages (history, organisation, contact)
- ``/van-ban/<id>.aspx``                   -> document (văn bản) entries; ``/van-ban/danh-sach.aspx``
  lists them
- ``/`` and ``/Default.aspx``              -> home

Page templates: every page is one ``<form id="aspnetForm">`` with ``__VIEWSTATE`` and
``__EVENTVALIDATION``, a banner (``<h1>`` holds the department's name, on every page), a menu of
nested ``<ul>`` drop-downs, a marquee of hot news, a right column of user controls (new
documents, most-read, web links ``<select>``, poll with a postback button, visitor counter) and a
footer. Listings are a DataList (``<table id="…_dlDanhSachTin">``, one ``<tr>`` per item) of 3 items
a page, each item a thumbnail, a title link, the date and a snippet, under a pager of plain links.
The article page is the ``ucChiTietTin`` user control: breadcrumb, title label, date label, views,
optional sapo label, the content literal, the poster label, tool links and the "Các tin cùng
chuyên mục" DataList, all inside one panel.

How each gold article is reached: the home page's "Tin mới cập nhật" box (5 newest of all
sections, cached), the "Hoạt động chuyên môn" block and the "Thông báo" column; the section
listings ``/chuyen-muc/1/tin-tuc-su-kien/trang-1..4.aspx`` (10 posts, 3 a page),
``/chuyen-muc/2/…/trang-1.aspx`` and ``/chuyen-muc/3/…/trang-1.aspx``. The oldest posts of
"Tin tức - Sự kiện" are only on pages 2–4, and page 4 is linked only from the pager's "..." link.

Traps
-----
1. Raw handler URLs (UrlRewriter.NET): DataList thumbnails link ``/Pages/ChiTietTin.aspx?ID=<id>&CM=<cat>``
   (the developer's ``NavigateUrl`` skipped the rewriter), so every post is linked twice under two
   URL forms that serve the same page. Gold: the pretty ``/tin-tuc/<id>/<slug>.aspx`` path; the
   raw forms (with and without ``CM``) are ``alt_paths``.
2. Stale slugs: the home "Tin mới cập nhật" box is an output-cached user control that still links
   two posts under the slug of their first title (the rewriter matches the id only, so the old slug
   answers 200 with the post). No ``<link rel="canonical">`` anywhere. Gold: current slug; the old
   slug path in ``alt_paths``.
3. US-culture dates: the server's culture was never set, so every ``DateTime`` label prints
   ``M/d/yyyy h:mm:ss tt`` ("11/24/2026 8:15:00 AM", "12/1/2026 5:00:00 PM"), while the header's
   clock (formatted by hand) prints "Thứ Bảy, 05/12/2026". Reading the labels day-first gives
   wrong or impossible dates. Gold: month first ("12/1/2026 5:00:00 PM" -> 2026-12-01T17:00:00+07:00);
   "12:00:00 AM" is midnight, i.e. a day without a time -> the day alone.
4. Title only in a label: ``<h1>`` is the banner's department name on every page, ``<title>`` is
   "Sở GD&ĐT Ninh Thuận - Chi tiết tin" for every post, no og:title; the headline is
   ``<span id="ctl00_cphMain_ucChiTietTin1_lblTieuDe" class="tdct">``. Gold: the span's text.
5. Truncated titles in listings: the DataList binds ``Left(TieuDe, 60) & "..."``, so the anchor
   text of a long title is cut mid-word ("…Chương trình GDPT..."); the full headline is only on the
   post. Gold: the full headline.
6. Windowed numbered pager: "Trang: 1 2 3 ... »" where "..." is a plain link to the first page of
   the next block (page 4) and "»" goes one page on; page 4 shows "« ... 4". The last post is on
   page 4 only. Gold: that post is an article like the others.
7. Word paste with mid-word spans: some posts were pasted from MS Word, each run of formatting
   its own ``<span style="font-size:14.0pt;…">`` and runs break inside words
   ("Ninh Thu</span><span …>ận"), plus ``<o:p></o:p>`` and ``<p class="MsoNormal">&nbsp;</p>``
   spacers. Gold: words as printed, unbroken (a reader joining text nodes with spaces splits
   them); spacers are no paragraphs.
8. Captions three ways: a centred italic ``<p><em>`` paragraph right after the photo's paragraph
   (caption, not body), a two-row CuteEditor table whose second cell is the caption, and a
   right-aligned "Ảnh: Hoàng Nam" line (photographer only; caption None).
9. Bylines and the CMS poster: a right-aligned bold last line ("Thanh Hà", "Tin, ảnh: Minh Tuấn",
   "ThS. Nguyễn Văn Lâm - Phó Trưởng phòng GDTH", the unit "Phòng GDTrH" alone) is the byline,
   while "Người đăng: nttrang" under the text is the CMS account (nobody). "Nguồn: Báo Ninh
   Thuận" closes one post (source).
10. Related list inside the article panel: "Các tin cùng chuyên mục" is a DataList in the same
    ``pnlChiTiet`` div as the text, each line a title and a date "(11/20/2026 2:00:00 PM)";
    it is not body.
11. Look-alike non-articles: ``/van-ban/<id>.aspx`` pages have a headline-like "Trích yếu", a
    "Ngày ban hành" date and a paragraph of text; intro pages have a title and long text. They
    are NON_ARTICLES.
12. Relative image paths: content images are stored as ``../../Upload/Images/…`` (relative to the
    editor's page); against the pretty URL they resolve to ``/Upload/Images/…``, which is where
    the site serves them. Gold image paths are the resolved ones.

Gold decisions on ambiguous points
----------------------------------
- Sapo: one post prints it in its own ``lblTomTat`` label above the text (summary, and the body's
  first paragraph); two posts open with a bold lead paragraph inside the text (summary too);
  the others have no sapo (summary None) although listings print a snippet.
- "Tin, ảnh: Minh Tuấn" -> author and photographer; "ThS. Nguyễn Văn Lâm - Phó Trưởng phòng
  GDTH" -> "Nguyễn Văn Lâm"; "Phòng GDTrH" signing alone is the author as printed.
- The listing's date, the related list's dates and the header clock are never the post's date;
  the post's date is its ``lblNgayDang`` label.
- Table rows of a results table are paragraphs, cells joined by " | ".
- Category: the breadcrumb's section name ("Tin tức - Sự kiện", "Hoạt động chuyên môn",
  "Thông báo").
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, esc, gold_record, opaque, static_file

NAME = "aspnet_urlrewriter_datalist_sgddt"
PLATFORM = "aspnet"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3
PAGER_WINDOW = 3
UC = "ctl00_cphMain_ucChiTietTin1"

#: (id, slug, name as the menu and breadcrumb print it)
CATEGORIES = {
    1: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    2: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    3: ("thong-bao", "Thông báo"),
}

_BYLINE_R = '<p style="text-align: right;"><strong>{}</strong></p>'


def _byline(text: str) -> Raw:
    return Raw(_BYLINE_R.format(esc(text)))


IMG = "../../Upload/Images/2026/{}"

STORIES: list[Story] = [
    # ---- Tin tức - Sự kiện (cat 1), newest first ----
    Story(
        2291, "hoi-nghi-giao-ban-cong-tac-giao-duc-thang-11-2026",
        "Hội nghị giao ban công tác giáo dục tháng 11/2026", "1",
        "2026-12-04T15:20:00+07:00",
        [
            P("Chiều ngày 04/12/2026, Sở Giáo dục và Đào tạo tỉnh Ninh Thuận tổ chức hội nghị giao ban "
              "công tác giáo dục tháng 11 với lãnh đạo các phòng giáo dục và đào tạo huyện, thành phố.", "word"),
            Img(IMG.format("12/giaoban_t11_01.jpg"),
                "(Quang cảnh hội nghị giao ban tháng 11/2026)", "Quang cảnh hội nghị giao ban tháng 11/2026", "em"),
            P("Báo cáo tại hội nghị cho thấy toàn tỉnh đã huy động 98,7% trẻ 5 tuổi ra lớp, tỷ lệ học sinh "
              "bỏ học giảm so với cùng kỳ năm trước.", "word"),
            P("Phát biểu chỉ đạo, Giám đốc Sở đề nghị các đơn vị tập trung chuẩn bị kiểm tra cuối học kỳ I, "
              "bảo đảm an toàn cho học sinh trong mùa mưa bão.", "word"),
            Raw('<p class="MsoNormal">&nbsp;<o:p></o:p></p>'),
            _byline("Thanh Hà"),
        ],
        authors=["Thanh Hà"],
        opts={"poster": "nttrang"},
    ),
    Story(
        2288, "truong-thpt-chu-van-an-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia",
        "Trường THPT Chu Văn An đón nhận Bằng công nhận trường đạt chuẩn quốc gia", "1",
        "2026-12-02",
        [
            P("Sáng 02/12, Trường THPT Chu Văn An (thành phố Phan Rang - Tháp Chàm) long trọng tổ chức lễ "
              "đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1."),
            P("Sau 5 năm phấn đấu, nhà trường đã hoàn thiện 32 phòng học, phòng thí nghiệm và thư viện "
              "đạt chuẩn, đội ngũ giáo viên 100% đạt chuẩn trình độ đào tạo."),
            Img(IMG.format("12/chuvanan_chuanqg.jpg"),
                "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường",
                "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường", "table"),
            P("Dịp này, nhà trường phát động phong trào thi đua dạy tốt, học tốt chào mừng năm mới 2027."),
            _byline("Tin, ảnh: Minh Tuấn"),
        ],
        authors=["Minh Tuấn"], photographers=["Minh Tuấn"],
        opts={"poster": "admin_sgd"},
    ),
    Story(
        2284, "khai-mac-hoi-khoe-phu-dong-tinh-ninh-thuan-lan-thu-xii",
        "Khai mạc Hội khỏe Phù Đổng tỉnh Ninh Thuận lần thứ XII", "1",
        "2026-11-28T09:05:00+07:00",
        [
            P("Hơn 1.200 vận động viên là học sinh đến từ 7 huyện, thành phố tham gia Hội khỏe Phù Đổng "
              "tỉnh Ninh Thuận lần thứ XII, năm 2026.", "lead"),
            P("Hội khỏe diễn ra từ ngày 28/11 đến 06/12/2026 với 9 môn thi đấu: điền kinh, bơi lội, "
              "bóng đá, cầu lông, cờ vua, võ cổ truyền, đá cầu, bóng chuyền và kéo co."),
            Img(IMG.format("11/hkpd_khaimac_1.jpg"), "Màn đồng diễn thể dục tại lễ khai mạc",
                "Màn đồng diễn thể dục tại lễ khai mạc", "table"),
            Img(IMG.format("11/hkpd_khaimac_2.jpg"), "Các đoàn vận động viên diễu hành",
                "Các đoàn vận động viên diễu hành", "table"),
            P("Kết quả hội khỏe là cơ sở để tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn quốc "
              "lần thứ XI năm 2027."),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Ninh Thuận</em></p>'),
        ],
        source="Báo Ninh Thuận",
        summary="Hơn 1.200 vận động viên là học sinh đến từ 7 huyện, thành phố tham gia Hội khỏe Phù Đổng "
                "tỉnh Ninh Thuận lần thứ XII, năm 2026.",
        opts={"poster": "nttrang", "old_slug": "khai-mac-hoi-khoe-phu-dong-lan-thu-xii"},
    ),
    Story(
        2279, "so-gd-dt-lam-viec-voi-ubnd-huyen-ninh-phuoc-ve-co-so-vat-chat-truong-hoc",
        "Sở GD&ĐT làm việc với UBND huyện Ninh Phước về cơ sở vật chất trường học", "1",
        "2026-11-24T08:15:00+07:00",
        [
            P("Đoàn công tác đã kiểm tra thực tế tại Trường Tiểu học Phước Hậu 1 và Trường THCS Lê Văn Tám."),
            P("Theo báo cáo của UBND huyện, số phòng học còn thiếu như sau:"),
            P("Cấp học | Phòng học hiện có | Còn thiếu", "row"),
            P("Mầm non | 112 | 14", "row"),
            P("Tiểu học | 305 | 9", "row"),
            P("THCS | 148 | 6", "row"),
            P("Sở GD&ĐT đề nghị huyện ưu tiên bố trí vốn đầu tư công năm 2027 cho các phòng học còn thiếu."),
            _byline("Phòng Kế hoạch - Tài chính"),
        ],
        authors=["Phòng Kế hoạch - Tài chính"],
        summary="Ngày 23/11/2026, đoàn công tác Sở GD&ĐT do Phó Giám đốc Sở làm trưởng đoàn đã làm việc với "
                "UBND huyện Ninh Phước về tình hình cơ sở vật chất trường học.",
        sapo_outside=True,
        opts={"poster": "ketoan_sgd"},
    ),
    Story(
        2275, "tuyen-duong-hoc-sinh-doat-giai-ky-thi-chon-hoc-sinh-gioi-quoc-gia",
        "Tuyên dương học sinh đoạt giải kỳ thi chọn học sinh giỏi quốc gia", "1",
        "2026-11-20T14:00:00+07:00",
        [
            P("Sáng 20/11, Sở GD&ĐT tổ chức lễ tuyên dương 18 học sinh đoạt giải kỳ thi chọn học sinh giỏi "
              "quốc gia THPT năm học 2025-2026."),
            Img(IMG.format("11/tuyenduong_hsg.jpg"), "Ảnh: Hoàng Nam", None, "credit"),
            P("Trong đó có 2 giải Nhì, 7 giải Ba và 9 giải Khuyến khích, tập trung ở các môn Toán, "
              "Vật lí, Hóa học và Ngữ văn."),
            P("Mỗi học sinh đoạt giải được tặng Bằng khen của Chủ tịch UBND tỉnh và phần thưởng từ Quỹ "
              "Khuyến học tỉnh."),
        ],
        photographers=["Hoàng Nam"],
        opts={"poster": "nttrang"},
    ),
    Story(
        2270, "gap-mat-nha-giao-tieu-bieu-nhan-ngay-nha-giao-viet-nam-20-11",
        "Gặp mặt nhà giáo tiêu biểu nhân Ngày Nhà giáo Việt Nam 20/11", "1",
        "2026-11-17T10:30:00+07:00",
        [
            P("Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Sở GD&ĐT tổ chức gặp mặt 60 nhà giáo tiêu biểu "
              "của ngành giáo dục Ninh Thuận.", "word"),
            P("Các thầy cô chia sẻ kinh nghiệm đổi mới phương pháp dạy học và những khó khăn khi dạy học "
              "ở vùng đồng bào dân tộc thiểu số.", "word"),
            P("Dịp này, 12 nhà giáo được tặng Kỷ niệm chương Vì sự nghiệp giáo dục.", "word"),
            _byline("Thanh Hà"),
        ],
        authors=["Thanh Hà"],
        opts={"poster": "nttrang"},
    ),
    Story(
        2266, "tap-huan-su-dung-phan-mem-quan-ly-truong-hoc-cho-can-bo-quan-ly",
        "Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ quản lý", "1",
        "2026-11-12T16:45:00+07:00",
        [
            P("Từ ngày 10 đến 12/11/2026, Sở GD&ĐT tổ chức tập huấn sử dụng phần mềm quản lý trường học "
              "cho hơn 250 cán bộ quản lý các trường mầm non, tiểu học và THCS."),
            P("Nội dung tập huấn gồm:"),
            P("- Quản lý hồ sơ học sinh, sổ điểm điện tử;", "br"),
            P("- Báo cáo thống kê EMIS và kết nối cơ sở dữ liệu ngành;", "br"),
            P("- Bảo mật tài khoản và sao lưu dữ liệu.", "br"),
            Img(IMG.format("11/taphuan_pm.jpg"), "(Học viên thực hành trên phần mềm)",
                "Học viên thực hành trên phần mềm", "em"),
            _byline("Trung tâm Công nghệ thông tin"),
        ],
        authors=["Trung tâm Công nghệ thông tin"],
        opts={"poster": "cntt_sgd"},
    ),
    Story(
        2261, "phat-dong-cuoc-thi-thiet-ke-bai-giang-dien-tu-nam-2026",
        "Phát động cuộc thi thiết kế bài giảng điện tử năm 2026", "1",
        "2026-11-05",
        [
            P("Cuộc thi dành cho giáo viên các cấp học trên địa bàn tỉnh, nhằm khuyến khích ứng dụng công "
              "nghệ thông tin trong dạy học.", "lead"),
            P("Mỗi giáo viên được gửi tối đa 02 bài giảng; hạn cuối nhận bài là ngày 15/01/2027."),
            P("Bài dự thi gửi qua hộp thư điện tử của Trung tâm Công nghệ thông tin, Sở GD&ĐT."),
        ],
        summary="Cuộc thi dành cho giáo viên các cấp học trên địa bàn tỉnh, nhằm khuyến khích ứng dụng công "
                "nghệ thông tin trong dạy học.",
        opts={"poster": "cntt_sgd"},
    ),
    Story(
        2257, "doan-kiem-tra-cua-bo-gd-dt-lam-viec-tai-ninh-thuan-ve-pho-cap-giao-duc",
        "Đoàn kiểm tra của Bộ GD&ĐT làm việc tại Ninh Thuận về phổ cập giáo dục", "1",
        "2026-10-28T07:40:00+07:00",
        [
            P("Đoàn kiểm tra của Bộ Giáo dục và Đào tạo đã làm việc với Sở GD&ĐT và khảo sát tại huyện "
              "Bác Ái về kết quả phổ cập giáo dục, xóa mù chữ.", "word"),
            Img(IMG.format("10/bo_kiemtra_pcgd.jpg"), "Đoàn kiểm tra làm việc tại huyện Bác Ái",
                "Đoàn kiểm tra làm việc tại huyện Bác Ái", "em"),
            P("Đến nay, 100% xã, phường của tỉnh duy trì đạt chuẩn phổ cập giáo dục tiểu học mức độ 2 trở lên.", "word"),
            _byline("Phòng GDTX-CN"),
        ],
        authors=["Phòng GDTX-CN"],
        opts={"poster": "nttrang"},
    ),
    Story(
        2250, "ninh-thuan-ra-quan-thang-hanh-dong-vi-an-toan-giao-thong-trong-truong-hoc",
        "Ninh Thuận ra quân Tháng hành động vì an toàn giao thông trong trường học", "1",
        "2026-10-15T13:10:00+07:00",
        [
            P("Hơn 3.000 học sinh và giáo viên đã tham gia lễ ra quân tại Quảng trường 16 Tháng 4."),
            P("Ban tổ chức trao tặng 500 mũ bảo hiểm đạt chuẩn cho học sinh có hoàn cảnh khó khăn."),
            P("Các trường được yêu cầu tổ chức ký cam kết chấp hành Luật Giao thông đường bộ với phụ huynh."),
            _byline("Văn Tiến"),
        ],
        authors=["Văn Tiến"],
        opts={"poster": "nttrang"},
    ),
    # ---- Hoạt động chuyên môn (cat 2) ----
    Story(
        2290, "hoi-thao-doi-moi-phuong-phap-day-hoc-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
        "Hội thảo đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018", "2",
        "2026-12-03T10:00:00+07:00",
        [
            P("Hội thảo thu hút 150 giáo viên Ngữ văn các trường THCS và THPT trong tỉnh tham dự.", "word"),
            P("Các báo cáo tham luận tập trung vào dạy đọc hiểu theo thể loại và đánh giá năng lực viết "
              "của học sinh.", "word"),
            P("Kết thúc hội thảo, Sở sẽ tổng hợp các tiết dạy minh họa để chia sẻ trên kho học liệu số của ngành.", "word"),
            _byline("Phòng GDTrH"),
        ],
        authors=["Phòng GDTrH"],
        opts={"poster": "gdtrh_sgd", "old_slug": "hoi-thao-doi-moi-phuong-phap-day-hoc-mon-ngu-van"},
    ),
    Story(
        2263, "ket-qua-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc",
        "Kết quả Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học", "2",
        "2026-11-10T08:30:00+07:00",
        [
            P("Hội thi có 96 giáo viên tham gia, 71 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh."),
            P("Đơn vị | Dự thi | Đạt", "row"),
            P("TP. Phan Rang - Tháp Chàm | 24 | 20", "row"),
            P("Huyện Ninh Hải | 18 | 13", "row"),
            P("Huyện Thuận Bắc | 12 | 8", "row"),
            P("Sở GD&ĐT đề nghị các phòng giáo dục và đào tạo tổ chức chuyên đề nhân rộng các tiết dạy tốt."),
            _byline("ThS. Nguyễn Văn Lâm - Phó Trưởng phòng GDTH"),
        ],
        authors=["Nguyễn Văn Lâm"],
        opts={"poster": "gdth_sgd"},
    ),
    # ---- Thông báo (cat 3) ----
    Story(
        2287, "thong-bao-lich-nghi-tet-duong-lich-2027",
        "Thông báo lịch nghỉ Tết Dương lịch 2027", "3",
        "2026-12-01T17:00:00+07:00",
        [
            P("Căn cứ Bộ luật Lao động năm 2019, Sở GD&ĐT thông báo lịch nghỉ Tết Dương lịch 2027 đối với "
              "cán bộ, công chức, viên chức và người lao động như sau:", "lead"),
            P("Thời gian nghỉ: 01 ngày, thứ Sáu ngày 01/01/2027."),
            P("Các đơn vị trực thuộc bố trí lịch trực, bảo đảm an toàn tài sản trong thời gian nghỉ."),
        ],
        summary="Căn cứ Bộ luật Lao động năm 2019, Sở GD&ĐT thông báo lịch nghỉ Tết Dương lịch 2027 đối với "
                "cán bộ, công chức, viên chức và người lao động như sau:",
        opts={"poster": "vanphong_sgd"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _cat_stories(cat: int) -> list[Story]:
    items = [s for s in STORIES if s.cat == str(cat)]
    return sorted(items, key=lambda s: s.published_at or "", reverse=True)


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:n]


def post_path(s: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{s.id}/{slug or s.slug}.aspx"


def raw_post_path(s: Story, with_cat: bool = True) -> str:
    return f"/Pages/ChiTietTin.aspx?ID={s.id}" + (f"&CM={s.cat}" if with_cat else "")


def list_path(cat: int, page: int) -> str:
    return f"/chuyen-muc/{cat}/{CATEGORIES[cat][0]}/trang-{page}.aspx"


# --- dates as the server's en-US culture prints them -------------------------------------------


def us_date(stamp: str, midnight: bool = False) -> str:
    """``DateTime.ToString()`` under en-US: "11/24/2026 8:15:00 AM"; a day alone is midnight."""
    day = stamp[:10]
    y, m, d = day.split("-")
    if len(stamp) == 10:
        hh, mm = 0, 0
    else:
        hh, mm = int(stamp[11:13]), int(stamp[14:16])
    tt = "AM" if hh < 12 else "PM"
    h12 = hh % 12 or 12
    return f"{int(m)}/{int(d)}/{y} {h12}:{mm:02d}:00 {tt}"


def post_date(s: Story) -> str:
    assert s.published_at
    return us_date(s.published_at)


# --- text rendering ----------------------------------------------------------------------------

_WORD_SPAN = '<span style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;" lang="VI">'


def _word_runs(value: str) -> str:
    """MS Word's formatting runs: cut every 17 characters, inside words too."""
    chunks = [value[i:i + 17] for i in range(0, len(value), 17)]
    return "".join(f"{_WORD_SPAN}{esc(c)}</span>" for c in chunks)


def _render_img(img: Img) -> str:
    tag = f'<img src="{esc(img.src)}" alt="" width="500" border="0" />'
    if img.style == "em":
        return (f'<p style="text-align: center;">{tag}</p>'
                f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>')
    if img.style == "table":
        return ('<table cellspacing="0" cellpadding="3" width="500" align="center" border="0" class="tblAnh">'
                f'<tbody><tr><td>{tag}</td></tr>'
                f'<tr><td style="text-align: center; font-style: italic; color: #333;">{esc(img.printed or "")}</td></tr>'
                '</tbody></table>')
    if img.style == "credit":
        return (f'<p style="text-align: center;">{tag}</p>'
                f'<p style="text-align: right;"><span style="font-size: 11px;">{esc(img.printed or "")}</span></p>')
    return f'<p style="text-align: center;">{tag}</p>'


def render_body(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = "".join(
                    f'<td valign="top" style="border: 1px solid #999;">{esc(c)}</td>' for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table cellspacing="0" cellpadding="4" border="1" style="border-collapse: collapse;" width="100%">'
                       f'<tbody>{"".join(rows)}</tbody></table>')
            continue
        if isinstance(b, P) and b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(esc(blocks[i].text))
                i += 1
            out.append('<div style="text-align: justify;">' + "<br />\r\n".join(lines) + "</div>")
            continue
        if isinstance(b, P):
            if b.style == "word":
                out.append(f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt">{_word_runs(b.text)}<o:p></o:p></p>')
            elif b.style == "lead":
                out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            out.append(_render_img(b))
        else:
            out.append(b.html)
        i += 1
    return "\r\n".join(out)


# --- chrome -------------------------------------------------------------------------------------


def _trunc(title: str, n: int = 60) -> str:
    return title if len(title) <= n else title[:n] + "..."


def _menu() -> str:
    cats = "".join(
        f'<li><a href="{list_path(cid, 1)}">{esc(name)}</a></li>' for cid, (_slug, name) in CATEGORIES.items()
    )
    return f"""
<div id="ctl00_ucMenu1_pnlMenu" class="menu_ngang">
 <ul class="mn_cap1">
  <li><a href="/">Trang chủ</a></li>
  <li><a href="/gioi-thieu/lich-su-phat-trien.aspx">Giới thiệu</a>
   <ul class="mn_cap2">
    <li><a href="/gioi-thieu/lich-su-phat-trien.aspx">Lịch sử phát triển</a></li>
    <li><a href="/gioi-thieu/co-cau-to-chuc.aspx">Cơ cấu tổ chức</a></li>
   </ul></li>
  <li><a href="{list_path(1, 1)}">Tin tức</a><ul class="mn_cap2">{cats}</ul></li>
  <li><a href="/van-ban/danh-sach.aspx">Văn bản</a></li>
  <li><a href="http://thi.moet.gov.vn/" target="_blank">Thi cử</a></li>
  <li><a href="/gioi-thieu/lien-he.aspx">Liên hệ</a></li>
 </ul>
</div>"""


DOCS = {
    2150: ("2150/SGDĐT-VP", "11/18/2026", "Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027",
           "Hướng dẫn các đơn vị tổ chức kiểm tra, đánh giá cuối học kỳ I bảo đảm nghiêm túc, đúng quy chế."),
    2098: ("2098/KH-SGDĐT", "11/6/2026", "Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh Ninh Thuận lần thứ XII",
           "Kế hoạch tổ chức, điều lệ thi đấu và phân công nhiệm vụ của các đơn vị."),
    1987: ("1987/QĐ-SGDĐT", "10/20/2026", "Quyết định thành lập Ban Tổ chức cuộc thi thiết kế bài giảng điện tử",
           "Thành lập Ban Tổ chức và Tổ thư ký cuộc thi thiết kế bài giảng điện tử năm 2026."),
}

INTRO = {
    "lich-su-phat-trien": ("Lịch sử phát triển", [
        "Sở Giáo dục và Đào tạo tỉnh Ninh Thuận được thành lập năm 1992, khi tỉnh Ninh Thuận được tái lập.",
        "Qua hơn 30 năm xây dựng và phát triển, mạng lưới trường lớp đã phủ khắp các xã, phường.",
    ]),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
        "Các phòng chuyên môn: Văn phòng, Phòng Tổ chức cán bộ, Phòng Kế hoạch - Tài chính, Phòng GDMN, "
        "Phòng GDTH, Phòng GDTrH, Phòng GDTX-CN, Phòng Khảo thí và Quản lý chất lượng, Thanh tra Sở.",
    ]),
    "lien-he": ("Liên hệ", [
        "Sở Giáo dục và Đào tạo tỉnh Ninh Thuận",
        "Địa chỉ: 15 Đường 16 Tháng 4, TP. Phan Rang - Tháp Chàm, tỉnh Ninh Thuận",
        "Điện thoại: 0259.3822.470 - Email: sgddt@ninhthuan.gov.vn",
    ]),
}


def _sidebar() -> str:
    docs = "".join(
        f'<tr><td class="vb_item">&#187; <a href="/van-ban/{did}.aspx">{esc(d[0])}</a> - {esc(_trunc(d[2], 45))}</td></tr>'
        for did, d in DOCS.items()
    )
    most = "".join(
        f'<li><a href="{post_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">{esc(_trunc(BY_ID[i].title, 50))}</a></li>'
        for i in (2275, 2288, 2263)
    )
    notices = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="ngay_tb">({us_date(s.published_at or "").split()[0]})</span></li>'
        for s in _cat_stories(3)
    )
    return f"""
<td id="cotphai" valign="top" width="250">
 <div class="khoi_phai"><div class="tieude_khoi">THÔNG BÁO</div>
  <marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="120"><ul>{notices}</ul></marquee></div>
 <div class="khoi_phai"><div class="tieude_khoi">VĂN BẢN MỚI</div>
  <table id="ctl00_ucCotPhai1_ucVanBanMoi1_dlVanBan" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">{docs}</table>
  <a href="/van-ban/danh-sach.aspx" class="xemtiep">Xem tiếp &#187;</a></div>
 <div class="khoi_phai"><div class="tieude_khoi">TIN XEM NHIỀU</div><ul class="ds_xemnhieu">{most}</ul></div>
 <div class="khoi_phai"><div class="tieude_khoi">LIÊN KẾT WEBSITE</div>
  <select name="ctl00$ucCotPhai1$ddlLienKet" onchange="window.open(this.value)" style="width:230px">
   <option value="">-- Chọn liên kết --</option>
   <option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="http://www.ninhthuan.gov.vn">Cổng TTĐT tỉnh Ninh Thuận</option>
   <option value="http://baoninhthuan.com.vn">Báo Ninh Thuận</option>
  </select></div>
 <div class="khoi_phai"><div class="tieude_khoi">THĂM DÒ Ý KIẾN</div>
  <span id="ctl00_ucCotPhai1_ucBinhChon1_lblCauHoi">Bạn đánh giá thế nào về giao diện website mới?</span>
  <table id="ctl00_ucCotPhai1_ucBinhChon1_rblTraLoi" border="0">
   <tr><td><input id="rbl_0" type="radio" name="ctl00$ucCotPhai1$ucBinhChon1$rblTraLoi" value="1" /><label for="rbl_0">Đẹp, dễ sử dụng</label></td></tr>
   <tr><td><input id="rbl_1" type="radio" name="ctl00$ucCotPhai1$ucBinhChon1$rblTraLoi" value="2" /><label for="rbl_1">Bình thường</label></td></tr>
   <tr><td><input id="rbl_2" type="radio" name="ctl00$ucCotPhai1$ucBinhChon1$rblTraLoi" value="3" /><label for="rbl_2">Khó tìm thông tin</label></td></tr>
  </table>
  <input type="submit" name="ctl00$ucCotPhai1$ucBinhChon1$btnBinhChon" value="Biểu quyết" id="ctl00_ucCotPhai1_ucBinhChon1_btnBinhChon" class="nut" />
  <a id="ctl00_ucCotPhai1_ucBinhChon1_lbtKetQua" href="javascript:__doPostBack('ctl00$ucCotPhai1$ucBinhChon1$lbtKetQua','')">Xem kết quả</a></div>
 <div class="khoi_phai"><div class="tieude_khoi">THỐNG KÊ TRUY CẬP</div>
  <table class="thongke"><tr><td>Đang online:</td><td><span id="ctl00_ucCotPhai1_ucThongKe1_lblOnline">27</span></td></tr>
  <tr><td>Hôm nay:</td><td><span id="ctl00_ucCotPhai1_ucThongKe1_lblHomNay">1.284</span></td></tr>
  <tr><td>Tổng truy cập:</td><td><span id="ctl00_ucCotPhai1_ucThongKe1_lblTong">3.581.027</span></td></tr></table></div>
</td>"""


def page(title: str, action: str, main: str, seed: str) -> str:
    hot = "".join(f'<a href="{post_path(s)}">{esc(s.title)}</a> &nbsp;&#9679;&nbsp; ' for s in _newest(3))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	{esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="giáo dục, Ninh Thuận, sở giáo dục" />
<link href="/App_Themes/SGD/style.css" type="text/css" rel="stylesheet" />
<script src="/js/menu.js" type="text/javascript"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(seed, 420, b'/wEPDwUK')}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<table id="khung" width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" id="banner">
 <div id="ctl00_ucHeader1_pnlBanner" class="banner">
  <img src="/App_Themes/SGD/images/logo_sgd.png" alt="Logo" width="90" height="90" />
  <h1>SỞ GIÁO DỤC VÀ ĐÀO TẠO NINH THUẬN</h1>
  <div class="khauhieu">Ninh Thuan Department of Education and Training</div>
 </div>
 <div class="thanh_ngay"><span id="ctl00_ucHeader1_lblNgay">{HEADER_DATE}</span>
  <span class="timkiem"><input name="ctl00$ucHeader1$txtTimKiem" type="text" id="ctl00_ucHeader1_txtTimKiem" value="Tìm kiếm..." />
  <a id="ctl00_ucHeader1_lbtTimKiem" href="javascript:__doPostBack('ctl00$ucHeader1$lbtTimKiem','')">Tìm</a></span></div>
 {_menu()}
 <div class="tinnong"><b>Tin nổi bật:</b> <marquee scrollamount="3">{hot}</marquee></div>
</td></tr>
<tr>
<td id="cottrai" valign="top" width="750">
{main}
</td>
{_sidebar()}
</tr>
<tr><td colspan="2" id="chantrang">
 <div class="chantrang">
  <b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NINH THUẬN</b><br />
  Địa chỉ: 15 Đường 16 Tháng 4, TP. Phan Rang - Tháp Chàm, tỉnh Ninh Thuận<br />
  Điện thoại: 0259.3822.470 - Fax: 0259.3822.471 - Email: sgddt@ninhthuan.gov.vn<br />
  Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />
  &copy; 2009 Bản quyền thuộc Sở GD&amp;ĐT Ninh Thuận. Thiết kế bởi Công ty TNHH Phần mềm Sao Việt.
 </div>
</td></tr>
</table>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque(seed + 'ev', 96, b'/wEWBgL')}" />
</div>
</form>
</body>
</html>"""


# --- pages ------------------------------------------------------------------------------------


def _list_item(s: Story) -> str:
    thumb = next((img.src for img in s.images), "../../Upload/Images/no_image.jpg")
    thumb = thumb.replace("/Images/2026/", "/Images/2026/thumb/")
    snippet = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    snippet = snippet[:150] + ("..." if len(snippet) > 150 else "")
    return f"""<tr><td>
 <table class="tin_ds" width="100%" cellpadding="4" cellspacing="0"><tr>
  <td valign="top" width="130"><a href="{esc(raw_post_path(s))}"><img src="{esc(thumb)}" width="120" height="85" border="0" alt="" /></a></td>
  <td valign="top"><a class="tieude_ds" href="{post_path(s)}">{esc(_trunc(s.title))}</a><br />
   <span class="ngay_ds">{post_date(s)}</span>
   <div class="tomtat_ds">{esc(snippet)}</div></td>
 </tr></table>
</td></tr>"""


def _pager(cat: int, cur: int, total: int) -> str:
    if total <= 1:
        return ""
    block = (cur - 1) // PAGER_WINDOW
    first = block * PAGER_WINDOW + 1
    last = min(total, first + PAGER_WINDOW - 1)
    parts = ["Trang: "]
    if cur > 1:
        parts.append(f'<a href="{list_path(cat, cur - 1)}">&#171;</a>')
    if block > 0:
        parts.append(f'<a href="{list_path(cat, first - 1)}">...</a>')
    for n in range(first, last + 1):
        parts.append(f'<span class="trang_ht">{n}</span>' if n == cur else f'<a href="{list_path(cat, n)}">{n}</a>')
    if last < total:
        parts.append(f'<a href="{list_path(cat, last + 1)}">...</a>')
    if cur < total and cur < last:
        parts.append(f'<a href="{list_path(cat, cur + 1)}">&#187;</a>')
    return '<div id="ctl00_cphMain_ucDanhSachTin1_pnlPhanTrang" class="phantrang">' + " ".join(parts) + "</div>"


def _breadcrumb(cat: int | None, last: str | None = None) -> str:
    crumbs = ['<a href="/">Trang chủ</a>']
    if cat:
        crumbs.append(f'<a href="{list_path(cat, 1)}">{esc(CATEGORIES[cat][1])}</a>')
    if last:
        crumbs.append(f"<span>{esc(last)}</span>")
    return '<div class="duongdan">' + " &#187; ".join(crumbs) + "</div>"


def listing(cat: int, pg: int) -> str | None:
    items = _cat_stories(cat)
    total = max(1, -(-len(items) // PAGE_SIZE))
    if not 1 <= pg <= total:
        return None
    chunk = items[(pg - 1) * PAGE_SIZE: pg * PAGE_SIZE]
    rows = "".join(_list_item(s) for s in chunk)
    main = f"""
<div id="ctl00_cphMain_ucDanhSachTin1_pnlDanhSach" class="khung_ds">
 {_breadcrumb(cat)}
 <div class="tieude_cm">{esc(CATEGORIES[cat][1]).upper()}</div>
 <table id="ctl00_cphMain_ucDanhSachTin1_dlDanhSachTin" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">{rows}</table>
 {_pager(cat, pg, total)}
</div>"""
    return page(f"Sở GD&ĐT Ninh Thuận - {CATEGORIES[cat][1]}", f"/Pages/DanhSachTin.aspx?CM={cat}&Trang={pg}",
                main, f"ds{cat}-{pg}")


def _related(s: Story) -> str:
    others = [o for o in _cat_stories(int(s.cat)) if o.id != s.id][:5]
    if not others:
        return ""
    rows = "".join(
        f'<tr><td class="tk_item">&#8226; <a href="{post_path(o)}">{esc(o.title)}</a> '
        f'<span class="ngay_tk">({post_date(o)})</span></td></tr>'
        for o in others
    )
    return (f'<div class="tinkhac"><span class="tieude_tk">Các tin cùng chuyên mục:</span>'
            f'<table id="{UC}_dlTinKhac" cellspacing="0" border="0" style="border-collapse:collapse;">{rows}</table></div>')


def article(s: Story) -> str:
    cat = int(s.cat)
    sapo = ""
    if s.sapo_outside and s.summary:
        sapo = f'<div class="tomtat_ct"><span id="{UC}_lblTomTat">{esc(s.summary)}</span></div>'
    main = f"""
<div id="{UC}_pnlChiTiet" class="khung_ct">
 {_breadcrumb(cat)}
 <span id="{UC}_lblTieuDe" class="tdct">{esc(s.title)}</span><br />
 <span class="ttct">Ngày đăng: <span id="{UC}_lblNgayDang">{post_date(s)}</span> &nbsp;|&nbsp; Lượt xem: <span id="{UC}_lblLuotXem">{s.views()}</span></span>
 {sapo}
 <div id="{UC}_divNoiDung" class="ndct">
{render_body(s)}
 </div>
 <div class="nguoidang">Người đăng: <span id="{UC}_lblNguoiDang">{esc(s.opts.get("poster", "admin"))}</span></div>
 <div class="congcu">
  <a href="javascript:window.print();"><img src="/App_Themes/SGD/images/print.gif" alt="In" border="0" /> In trang</a> |
  <a href="mailto:?subject={esc(s.slug)}"><img src="/App_Themes/SGD/images/email.gif" alt="Email" border="0" /> Gửi email</a> |
  <a href="javascript:history.back();">Quay lại</a> | <a href="#">Về đầu trang</a>
 </div>
 {_related(s)}
</div>"""
    return page("Sở GD&ĐT Ninh Thuận - Chi tiết tin", post_path(s), main, f"ct{s.id}")


def home() -> str:
    newest = _newest(5)
    # the cached "Tin mới cập nhật" control still holds the slugs of the first titles
    first = newest[0]
    items = "".join(
        f'<tr><td><a href="{post_path(s, s.opts.get("old_slug"))}" class="tm_tieude">{esc(s.title)}</a> '
        f'<span class="tm_ngay">{post_date(s)}</span></td></tr>'
        for s in newest[1:]
    )
    img = next((i.src for i in first.images), "")
    chuyenmon = "".join(_list_item(s) for s in _cat_stories(2)[:3])
    main = f"""
<div id="ctl00_cphMain_ucTinMoi1_pnlTinMoi" class="khung_tinmoi">
 <div class="tieude_khoi">TIN MỚI CẬP NHẬT</div>
 <table width="100%"><tr>
  <td valign="top" width="320"><a href="{esc(raw_post_path(first))}"><img src="{esc(img.replace('/Images/2026/', '/Images/2026/thumb/'))}" width="300" alt="" border="0" /></a><br />
   <a href="{post_path(first)}" class="tm_noibat">{esc(first.title)}</a></td>
  <td valign="top"><table id="ctl00_cphMain_ucTinMoi1_dlTinMoi" cellspacing="0" border="0">{items}</table></td>
 </tr></table>
</div>
<div class="khung_cm"><div class="tieude_khoi"><a href="{list_path(2, 1)}">HOẠT ĐỘNG CHUYÊN MÔN</a></div>
 <table id="ctl00_cphMain_ucKhoiChuyenMuc2_dlTin" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">{chuyenmon}</table>
</div>"""
    return page("Sở Giáo dục và Đào tạo tỉnh Ninh Thuận", "/Default.aspx", main, "home")


def intro_page(slug: str) -> str | None:
    if slug not in INTRO:
        return None
    title, paras = INTRO[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f"""
<div id="ctl00_cphMain_ucGioiThieu1_pnlGioiThieu" class="khung_ct">
 {_breadcrumb(None, "Giới thiệu")}
 <span id="ctl00_cphMain_ucGioiThieu1_lblTieuDe" class="tdct">{esc(title)}</span>
 <div class="ndct">{body}</div>
</div>"""
    return page(f"Sở GD&ĐT Ninh Thuận - {title}", f"/Pages/GioiThieu.aspx?Ma={slug}", main, f"gt-{slug}")


def doc_page(did: int) -> str | None:
    if did not in DOCS:
        return None
    so, ngay, trichyeu, noidung = DOCS[did]
    fname = so.replace("/", "-").replace("Đ", "D")
    main = f"""
<div id="ctl00_cphMain_ucVanBan1_pnlVanBan" class="khung_ct">
 {_breadcrumb(None, "Văn bản")}
 <span id="ctl00_cphMain_ucVanBan1_lblTrichYeu" class="tdct">{esc(trichyeu)}</span>
 <table class="ttvb" cellpadding="4" border="1" style="border-collapse:collapse" width="100%">
  <tr><td width="150">Số ký hiệu:</td><td>{esc(so)}</td></tr>
  <tr><td>Ngày ban hành:</td><td>{ngay} 12:00:00 AM</td></tr>
  <tr><td>Cơ quan ban hành:</td><td>Sở Giáo dục và Đào tạo</td></tr>
  <tr><td>Người ký:</td><td>Phó Giám đốc Trần Văn Sơn</td></tr>
  <tr><td>Nội dung:</td><td>{esc(noidung)}</td></tr>
  <tr><td>Tệp đính kèm:</td><td><a href="/Upload/VanBan/2026/{fname}.pdf"><img src="/App_Themes/SGD/images/pdf.gif" border="0" alt="" /> Tải về</a></td></tr>
 </table>
</div>"""
    return page("Sở GD&ĐT Ninh Thuận - Văn bản", f"/Pages/VanBan.aspx?ID={did}", main, f"vb{did}")


def doc_list() -> str:
    rows = "".join(
        f'<tr><td>{esc(d[0])}</td><td>{d[1]}</td><td><a href="/van-ban/{did}.aspx">{esc(d[2])}</a></td></tr>'
        for did, d in DOCS.items()
    )
    main = f"""
<div class="khung_ds">{_breadcrumb(None, "Văn bản")}
 <table id="ctl00_cphMain_ucDanhSachVanBan1_grvVanBan" cellspacing="0" rules="all" border="1" style="border-collapse:collapse;width:100%">
  <tr><th scope="col">Số ký hiệu</th><th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th></tr>{rows}
 </table></div>"""
    return page("Sở GD&ĐT Ninh Thuận - Văn bản", "/Pages/DanhSachVanBan.aspx", main, "dsvb")


# --- routing -----------------------------------------------------------------------------------

_POST = re.compile(r"^/tin-tuc/(\d+)/[a-z0-9-]+\.aspx$")
_LIST = re.compile(r"^/chuyen-muc/(\d+)/([a-z0-9-]+)/trang-(\d+)\.aspx$")
_INTRO = re.compile(r"^/gioi-thieu/([a-z0-9-]+)\.aspx$")
_DOC = re.compile(r"^/van-ban/(\d+)\.aspx$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = {k.lower(): v for k, v in request.params.items()}
        if path.startswith(("/Upload/VanBan/",)) and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/Upload/", "/App_Themes/", "/js/")):
            return static_file(path)
        if path in ("/", "/Default.aspx", "/default.aspx"):
            return html(home())
        if m := _POST.match(path):
            s = BY_ID.get(int(m.group(1)))
            return html(article(s)) if s else None
        if path.lower() == "/pages/chitiettin.aspx":
            s = BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
            return html(article(s)) if s else None
        if m := _LIST.match(path):
            cat, slug, pg = int(m.group(1)), m.group(2), int(m.group(3))
            if cat not in CATEGORIES or CATEGORIES[cat][0] != slug:
                return None
            out = listing(cat, pg)
            return html(out) if out else None
        if path.lower() == "/pages/danhsachtin.aspx":
            cat = int(params["cm"]) if params.get("cm", "").isdigit() else 0
            pg = int(params.get("trang", "1")) if params.get("trang", "1").isdigit() else 0
            out = listing(cat, pg) if cat in CATEGORIES else None
            return html(out) if out else None
        if path == "/van-ban/danh-sach.aspx" or path.lower() == "/pages/danhsachvanban.aspx":
            return html(doc_list())
        if m := _DOC.match(path):
            out = doc_page(int(m.group(1)))
            return html(out) if out else None
        if path.lower() == "/pages/vanban.aspx":
            out = doc_page(int(params["id"])) if params.get("id", "").isdigit() else None
            return html(out) if out else None
        if m := _INTRO.match(path):
            out = intro_page(m.group(1))
            return html(out) if out else None
        if path.lower() == "/pages/gioithieu.aspx":
            out = intro_page(params.get("ma", ""))
            return html(out) if out else None
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = [raw_post_path(s), raw_post_path(s, with_cat=False)]
    if s.opts.get("old_slug"):
        alts.insert(0, post_path(s, s.opts["old_slug"]))
    return gold_record(s, post_path(s), CATEGORIES[int(s.cat)][1], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien.aspx",
    "/gioi-thieu/co-cau-to-chuc.aspx",
    "/gioi-thieu/lien-he.aspx",
    "/van-ban/2150.aspx",
    "/van-ban/2098.aspx",
    "/van-ban/1987.aspx",
]
