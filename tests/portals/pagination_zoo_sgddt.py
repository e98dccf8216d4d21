"""Sở GD&ĐT Quảng Ninh on a vendor PHP portal ("eGov Portal 3.x" of a provincial IT firm), whose
five news sections each got a different pager from a different contractor.

Platform
--------
A home-grown PHP CMS sold to provincial departments: jQuery, Font Awesome 4, a blue header band,
``/uploads/news/YYYY/MM/…`` for photos and ``/uploads/files/YYYY/MM/…`` for attachments. Every
post has a numeric id and lives at ``/tin-tuc/<slug>-<id>.html`` whatever its section; the
section pages are ``/<section-key>``. Some "posts" of a section are not articles at all: the CMS
lets an editor point a listing entry straight at an attached PDF, at an external page (Bộ
GD&ĐT, Báo Quảng Ninh, QTV) or, in "Chỉ đạo điều hành", at a document entry of the
"Văn bản" module (``/van-ban/<so-hieu>-<id>.html``: number, date, abstract, attachment).

Every page: a top bar with today's date "Thứ Sáu, 04/12/2026" (the header clock, never a
publication date), the banner, a menu of the five sections plus "Giới thiệu" and "Liên hệ", a
left sidebar ("Tin xem nhiều", "Liên kết website", a poll "Bạn quan tâm nội dung nào?", the
counter "Đang online / Hôm nay / Tổng truy cập") and a footer with address and phone.

Page templates
--------------
- ``/`` home: one box per section with its three newest entries (= its listing's page 1).
- Section listings, 3 entries per page, newest first; each section has its own pager:

  1. "Tin giáo dục" ``/tin-giao-duc``: ``<div class="paging-prevnext">`` with only
     "« Trang trước | Trang sau »" links (``/tin-giao-duc?trang=2``); no page numbers. 2 pages.
  2. "Hoạt động ngành" ``/hoat-dong-nganh``: the text "Trang 1/3" and a
     ``<select onchange="location.href=this.value">`` whose options carry the page URLs
     (``/hoat-dong-nganh?page=2``); there is no ``<a>`` to another page at all. 3 pages.
  3. "Chỉ đạo điều hành" ``/chi-dao-dieu-hanh``: a table of entries and an offset pager
     ``<ul class="pagination">`` "1 2 … 3" (the vendor prints the ellipsis whenever the last
     page is not next to the window of current ± 1), relative hrefs ``?start=3``, ``?start=6``.
  4. "Khảo thí" ``/khao-thi``: path pages ``/khao-thi/trang-2.html``, ``/khao-thi/trang-3.html``
     with "Đầu | ‹ | 1 2 3 | › | Cuối"; the arrows are icons only
     (``<a title="Trang sau"><i class="fa fa-angle-right"></i></a>``).
  5. "Thông báo" ``/thong-bao``: no pager, a "Xem thêm tin cũ hơn ↓" link at the bottom
     (``/thong-bao?truoc=<id of the last entry shown>``): the next page lists entries with a
     smaller id.

- Article ``/tin-tuc/<slug>-<id>.html``: breadcrumb "Trang chủ » <Section>", ``h1.title-detail``,
  the date line "Ngày 16/11/2026" (some posts add the time: "Ngày 30/11/2026 14:15"), views,
  a tool bar (share on Facebook/Zalo, email, print via ``javascript:``), sometimes a sapo in
  ``div.sapo-detail`` (bold), the text in ``div.content-detail`` (CKEditor output), a byline
  at the end, tags, "Các tin khác" (the other articles of the section that are on its first
  listing page).
- ``/van-ban/<so-hieu>-<id>.html``: a document entry (table of fields + PDF link).
- ``/gioi-thieu``, ``/lien-he``: static pages (h1, text, no date line).

How each gold article is reached
--------------------------------
Only the entries of a section's first listing page are linked from the home page, the
"Tin xem nhiều" widget and the "Các tin khác" lists. Every section's older articles are reached
ONLY through its pager: the second-page articles of "Hoạt động ngành" only through the options of
the ``<select>``, the last "Chỉ đạo điều hành" article only through ``?start=6``, the last "Khảo
thí" article only through ``/khao-thi/trang-3.html`` (numbers or the icon arrows), the last
"Tin giáo dục" article only through "Trang sau »", the older "Thông báo" article only
through "Xem thêm tin cũ hơn ↓".

Traps
-----
- Five pager forms; one of them (the select) has no link an href walker follows.
- Listing entries that are PDFs, external pages and document entries sit among the articles.
- Listing page 1 answers at two URLs (``/tin-giao-duc`` and ``?trang=1`` from "« Trang trước";
  ``/khao-thi`` and ``/khao-thi/trang-1.html`` from "Đầu").
- Out-of-range pages answer 404; ``?truoc=`` below the oldest id answers an empty list.
- The header prints today's date; listing entries print their date in parentheses.

Gold decisions
--------------
- title: the ``h1.title-detail``; published_at: the date line (with its time when printed).
- authors/photographers from the closing byline: "Phòng Khảo thí và QLCLGD", "Văn phòng Sở"
  and "Phòng Giáo dục Trung học" are units credited as printed; "Tin: X; Ảnh: Y", "Tin, ảnh: X";
  a name followed by a post or office ("Trần Đức Anh - Văn phòng Sở") is the name; a degree
  ("ThS.") is dropped; "BBT" credits nobody.
- source: "Nguồn: …" / "Theo …" line; summary: the ``div.sapo-detail`` or a bold first
  paragraph; body: paragraphs, sub-headings, list items, table rows (cells joined by " | ");
  a ``<br>`` splits a paragraph.
- images: the photos in ``div.content-detail``; the caption is the italic centred line, the
  centred plain line, the ``td.image_desc`` cell of the vendor's image table, or a plain
  paragraph under the photo, as the post prints it.
- category: the breadcrumb's section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "pagination_zoo_sgddt"
PLATFORM = "Vendor PHP portal (eGov Portal 3.x), /tin-tuc/<slug>-<id>.html, five pager styles"
START_PATH = "/"

TODAY_LINE = "Thứ Sáu, 04/12/2026"
SITE_TITLE = "Sở Giáo dục và Đào tạo Quảng Ninh"
PER_PAGE = 3

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "hoat-dong-nganh": "Hoạt động ngành",
    "chi-dao-dieu-hanh": "Chỉ đạo điều hành",
    "khao-thi": "Khảo thí",
    "thong-bao": "Thông báo",
}


def up(name: str, month: str = "11") -> str:
    return f"/uploads/news/2026/{month}/{name}"


# --- the articles --------------------------------------------------------------------------
#
# opts: "time" (printed after the date), "tags". P styles: "" paragraph, "lead" (bold first
# paragraph), "h" (bold sub-heading paragraph), "h3", "li"/"oli", "th"/"tr" (table rows),
# "br" (the line after a <br> in the previous paragraph), "quote". Img styles: "em" (italic
# centred line), "center" (centred plain line), "table" (td.image_desc), "plain" (plain <p>),
# "none".

STORIES: list[Story] = [
    Story(
        2476,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        "thong-bao",
        "2026-12-02T10:20:00+07:00",
        [
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
                "dụng, sử dụng và quản lý viên chức; căn cứ Kế hoạch số 268/KH-UBND ngày 10/11/2026 "
                "của UBND tỉnh, Sở GD&ĐT Quảng Ninh thông báo tuyển dụng viên chức giáo dục năm 2026 "
                "(đợt 2) như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng", "h"),
            P(
                "Tổng số 126 chỉ tiêu giáo viên THPT và giáo viên các trung tâm GDNN-GDTX, trong đó "
                "tập trung vào các môn Tin học, Tiếng Anh, Âm nhạc, Mỹ thuật và Giáo dục kinh tế và "
                "pháp luật."
            ),
            P("2. Hồ sơ đăng ký dự tuyển", "h"),
            P("Phiếu đăng ký dự tuyển theo mẫu ban hành kèm Nghị định số 85/2023/NĐ-CP;", "li"),
            P(
                "Bản sao văn bằng, chứng chỉ và kết quả học tập theo yêu cầu của vị trí dự tuyển;",
                "li",
            ),
            P("Giấy chứng nhận thuộc đối tượng ưu tiên (nếu có).", "li"),
            P("3. Thời gian và địa điểm nhận hồ sơ", "h"),
            P(
                "Từ ngày 03/12/2026 đến hết ngày 02/01/2027 (trong giờ hành chính), tại Phòng Tổ chức "
                "cán bộ, Sở GD&ĐT Quảng Ninh, tầng 3 Trụ sở Liên cơ quan số 3, phường Hồng Hà, "
                "thành phố Hạ Long."
            ),
            P("Điện thoại liên hệ: 0203 3835 642.", "br"),
            Raw('<p style="text-align: right;"><strong>Phòng Tổ chức cán bộ</strong></p>'),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={"time": "10:20", "tags": ["tuyển dụng", "viên chức"]},
    ),
    Story(
        2474,
        "hoi-nghi-giao-ban-cong-tac-giao-duc-quy-iv-nam-2026",
        "Hội nghị giao ban công tác giáo dục quý IV năm 2026",
        "hoat-dong-nganh",
        "2026-11-30T14:15:00+07:00",
        [
            P(
                "Chiều 30/11, Sở GD&ĐT Quảng Ninh tổ chức Hội nghị giao ban công tác giáo dục quý IV "
                "năm 2026 với lãnh đạo phòng GD&ĐT 13 huyện, thị xã, thành phố và hiệu trưởng các "
                "trường THPT trực thuộc."
            ),
            Img(
                up("giao-ban-quy-4-1.jpg"),
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "em",
            ),
            P("Kết quả nổi bật trong quý IV", "h3"),
            P(
                "Toàn ngành hoàn thành khai giảng năm học 2026-2027 an toàn, tiết kiệm; tỷ lệ huy động "
                "trẻ 5 tuổi ra lớp đạt 100%, học sinh vào lớp 1 đạt 100%, học sinh hoàn thành chương "
                "trình tiểu học vào lớp 6 đạt 99,98%. Tỉnh có thêm 21 trường được công nhận đạt chuẩn "
                "quốc gia, nâng tỷ lệ trường chuẩn lên 86,4%."
            ),
            P(
                "Công tác chuyển đổi số tiếp tục được đẩy mạnh: 100% cơ sở giáo dục sử dụng học bạ số "
                "ở cấp tiểu học, 92% trường THCS và THPT triển khai sổ điểm điện tử; hệ thống thanh "
                "toán không dùng tiền mặt đã được áp dụng tại 1.147 trường học."
            ),
            P("Nhiệm vụ trọng tâm quý I năm 2027", "h3"),
            P("Tổ chức kiểm tra, đánh giá cuối học kỳ I nghiêm túc, đúng quy chế;", "li"),
            P("Chuẩn bị các điều kiện cho kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027;", "li"),
            P("Xây dựng phương án tuyển sinh lớp 10 THPT năm học 2027-2028;", "li"),
            P(
                "Chăm lo Tết Nguyên đán Bính Ngọ cho giáo viên và học sinh có hoàn cảnh khó khăn.",
                "li",
            ),
            P(
                "Kết luận hội nghị, Giám đốc Sở đề nghị các đơn vị rà soát kỹ đội ngũ, không để thiếu "
                "giáo viên đứng lớp, đặc biệt ở các huyện miền núi Bình Liêu, Ba Chẽ và huyện đảo Cô "
                "Tô; đồng thời tăng cường công tác phòng chống rét cho học sinh vùng cao khi mùa đông "
                "đến."
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        summary=(
            "Hội nghị đánh giá kết quả thực hiện nhiệm vụ quý IV, triển khai nhiệm vụ trọng tâm "
            "quý I năm 2027 của ngành giáo dục tỉnh."
        ),
        sapo_outside=True,
        opts={"time": "14:15", "tags": ["giao ban"]},
    ),
    Story(
        2471,
        "so-gddt-chi-dao-chu-dong-ung-pho-voi-ret-dam-ret-hai",
        "Sở GD&ĐT chỉ đạo các đơn vị chủ động ứng phó với rét đậm, rét hại",
        "chi-dao-dieu-hanh",
        "2026-11-28",
        [
            P(
                "Trước diễn biến của đợt không khí lạnh tăng cường, nhiệt độ thấp nhất tại vùng núi "
                "có nơi dưới 6 độ C, Sở GD&ĐT Quảng Ninh yêu cầu thủ trưởng các cơ sở giáo dục thực "
                "hiện nghiêm các nội dung sau:"
            ),
            P(
                "Theo dõi chặt chẽ dự báo thời tiết; khi nhiệt độ ngoài trời dưới 7 độ C, học sinh mầm "
                "non và tiểu học được nghỉ học; dưới 4 độ C học sinh THCS được nghỉ học.",
                "oli",
            ),
            P(
                "Bảo đảm phòng học, phòng ở bán trú kín gió, đủ chăn ấm; không đốt than, củi sưởi trong "
                "phòng kín.",
                "oli",
            ),
            P(
                "Phối hợp với cha mẹ học sinh chuẩn bị quần áo ấm, giày dép cho học sinh; các trường "
                "bán trú tổ chức bữa ăn nóng, đủ chất.",
                "oli",
            ),
            P(
                "Chủ động điều chỉnh giờ vào học buổi sáng, kế hoạch dạy học để bù lại các ngày học "
                "sinh nghỉ do rét.",
                "oli",
            ),
            P(
                "Các phòng GD&ĐT báo cáo tình hình về Sở (qua Phòng Giáo dục Trung học) trước 16 giờ "
                "hằng ngày trong thời gian rét đậm, rét hại."
            ),
            Raw('<p style="text-align: right;"><em>BBT</em></p>'),
        ],
        opts={"tags": ["phòng chống rét"]},
    ),
    Story(
        2470,
        "bo-gddt-lay-y-kien-du-thao-thong-tu-ve-day-them-hoc-them-sua-doi",
        "Bộ GD&ĐT lấy ý kiến dự thảo Thông tư về dạy thêm, học thêm sửa đổi",
        "tin-giao-duc",
        "2026-11-27T08:30:00+07:00",
        [
            P(
                "Bộ GD&ĐT vừa công bố dự thảo Thông tư sửa đổi, bổ sung một số điều của quy định về "
                "dạy thêm, học thêm để lấy ý kiến rộng rãi của các cơ quan, tổ chức, cá nhân trong thời "
                "hạn 60 ngày."
            ),
            P(
                "Theo dự thảo, giáo viên đang dạy tại trường không được dạy thêm có thu tiền đối với "
                "học sinh mà mình đang được nhà trường phân công giảng dạy chính khóa; việc dạy thêm "
                "trong nhà trường chỉ dành cho học sinh có kết quả học tập cuối kỳ chưa đạt, học sinh "
                "được chọn bồi dưỡng học sinh giỏi và học sinh lớp cuối cấp ôn thi."
            ),
            P(
                "Tổ chức, cá nhân dạy thêm ngoài nhà trường phải đăng ký kinh doanh và công khai môn "
                "học, thời lượng, địa điểm, hình thức và mức thu tiền học."
            ),
            P(
                "“Dạy thêm, học thêm phải xuất phát từ nhu cầu thực sự của người học, không được ép "
                "buộc dưới bất kỳ hình thức nào”, dự thảo nêu rõ.",
                "quote",
            ),
            P(
                "Sở GD&ĐT Quảng Ninh đề nghị các đơn vị tổ chức nghiên cứu, góp ý và gửi ý kiến về "
                "Sở (qua Phòng Giáo dục Trung học) trước ngày 15/12/2026 để tổng hợp báo cáo Bộ."
            ),
            Raw('<p style="text-align: right;"><em>Theo Cổng TTĐT Bộ GD&amp;ĐT</em></p>'),
        ],
        source="Cổng TTĐT Bộ GD&ĐT",
        opts={"time": "08:30", "tags": ["dạy thêm"]},
    ),
    Story(
        2468,
        "ket-qua-ky-thi-chon-doi-tuyen-du-thi-hoc-sinh-gioi-quoc-gia-thpt-nam-2027",
        "Kết quả kỳ thi chọn đội tuyển dự thi học sinh giỏi quốc gia THPT năm 2027",
        "khao-thi",
        "2026-11-26",
        [
            P(
                "Kỳ thi chọn đội tuyển dự thi học sinh giỏi quốc gia THPT năm 2027 được tổ chức trong "
                "hai ngày 18 và 19/11/2026 tại Trường THPT Chuyên Hạ Long với 312 thí sinh dự thi 13 "
                "môn.",
                "lead",
            ),
            P(
                "Căn cứ kết quả chấm thi và phúc khảo, Sở GD&ĐT Quảng Ninh công bố danh sách 84 học "
                "sinh được chọn vào đội tuyển dự thi học sinh giỏi quốc gia; số lượng theo môn như sau:"
            ),
            P("TT | Môn thi | Số thí sinh dự thi | Số học sinh vào đội tuyển", "th"),
            P("1 | Toán | 32 | 8", "tr"),
            P("2 | Vật lí | 27 | 8", "tr"),
            P("3 | Hóa học | 26 | 7", "tr"),
            P("4 | Ngữ văn | 24 | 6", "tr"),
            P("5 | Tiếng Anh | 29 | 6", "tr"),
            P(
                "Đội tuyển sẽ tập trung ôn luyện tại Trường THPT Chuyên Hạ Long từ ngày 01/12/2026. "
                "Danh sách chi tiết được gửi đến các trường THPT qua hệ thống quản lý văn bản điều hành."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Khảo thí và QLCLGD</strong></p>'),
        ],
        authors=["Phòng Khảo thí và QLCLGD"],
        summary=(
            "Kỳ thi chọn đội tuyển dự thi học sinh giỏi quốc gia THPT năm 2027 được tổ chức trong "
            "hai ngày 18 và 19/11/2026 tại Trường THPT Chuyên Hạ Long với 312 thí sinh dự thi 13 "
            "môn."
        ),
        opts={"tags": ["học sinh giỏi", "khảo thí"]},
    ),
    Story(
        2466,
        "hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thpt-nam-hoc-2026-2027",
        "Hội thi Giáo viên chủ nhiệm lớp giỏi cấp THPT năm học 2026-2027",
        "hoat-dong-nganh",
        "2026-11-25",
        [
            P(
                "Từ ngày 20 đến 24/11/2026, Sở GD&ĐT Quảng Ninh tổ chức Hội thi Giáo viên chủ nhiệm "
                "lớp giỏi cấp THPT năm học 2026-2027 tại Trường THPT Uông Bí."
            ),
            P(
                "Tham gia hội thi có 64 giáo viên của 52 trường THPT và trung tâm GDNN-GDTX. Mỗi thí "
                "sinh trình bày biện pháp giáo dục học sinh và thực hành một tiết sinh hoạt lớp theo "
                "chủ đề tự chọn."
            ),
            Img(
                up("gvcn-gioi-1.jpg"),
                "Cô giáo Nguyễn Thị Thu Hà (THPT Cẩm Phả) trong tiết sinh hoạt lớp chủ đề “Ứng xử văn minh trên mạng xã hội”",
                "Cô giáo Nguyễn Thị Thu Hà (THPT Cẩm Phả) trong tiết sinh hoạt lớp chủ đề “Ứng xử văn minh trên mạng xã hội”",
                "table",
            ),
            P(
                "Nhiều biện pháp được ban giám khảo đánh giá cao như xây dựng nhóm tự quản trực tuyến, "
                "nhật ký cảm xúc của lớp, phối hợp với cha mẹ học sinh qua ứng dụng liên lạc điện tử."
            ),
            P(
                "Kết quả, 18 giáo viên đạt giải Nhất, Nhì, Ba; 40 giáo viên được công nhận Giáo viên "
                "chủ nhiệm lớp giỏi cấp tỉnh."
            ),
            Img(up("gvcn-gioi-2.jpg"), None, None, "none"),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lê Minh Tuấn; Ảnh: Phạm Thị Lan</strong></p>'
            ),
        ],
        authors=["Lê Minh Tuấn"],
        photographers=["Phạm Thị Lan"],
        opts={"tags": ["giáo viên chủ nhiệm"]},
    ),
    Story(
        2452,
        "truong-thpt-chuyen-ha-long-don-nhan-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-2",
        "Trường THPT Chuyên Hạ Long đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        "tin-giao-duc",
        "2026-11-19",
        [
            P(
                "Sáng 18/11, Trường THPT Chuyên Hạ Long long trọng tổ chức lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam và đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2."
            ),
            Img(
                up("chuyen-ha-long-1.jpg"),
                "Lãnh đạo tỉnh trao Bằng công nhận cho nhà trường",
                "Lãnh đạo tỉnh trao Bằng công nhận cho nhà trường",
                "em",
            ),
            P(
                "Thành lập năm 1989, sau hơn 37 năm xây dựng và phát triển, nhà trường có 1.050 học "
                "sinh với 35 lớp chuyên; đội ngũ 98 cán bộ, giáo viên, trong đó 72% có trình độ thạc "
                "sĩ trở lên."
            ),
            P(
                "Năm học 2025-2026, học sinh nhà trường giành 41 giải học sinh giỏi quốc gia, 2 huy "
                "chương Olympic khu vực; 100% học sinh tốt nghiệp THPT, hơn 95% trúng tuyển đại học "
                "ngay đợt đầu."
            ),
            P(
                "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh đề nghị nhà trường tiếp tục đổi mới "
                "phương pháp dạy học, phát triển năng lực tự học, nghiên cứu khoa học của học sinh, "
                "xứng đáng là địa chỉ đào tạo, bồi dưỡng nhân tài của tỉnh."
            ),
            Img(
                up("chuyen-ha-long-2.jpg"),
                "Học sinh nhà trường biểu diễn văn nghệ chào mừng",
                "Học sinh nhà trường biểu diễn văn nghệ chào mừng",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Vũ Thị Hồng Nhung</strong></p>'),
        ],
        authors=["Vũ Thị Hồng Nhung"],
        photographers=["Vũ Thị Hồng Nhung"],
        summary=(
            "Đây là trường THPT thứ 9 của tỉnh Quảng Ninh được công nhận đạt chuẩn quốc gia mức độ 2."
        ),
        sapo_outside=True,
        opts={"tags": ["trường chuẩn quốc gia"]},
    ),
    Story(
        2447,
        "trien-khai-chi-thi-ve-tang-cuong-bao-dam-an-toan-truong-hoc",
        "Triển khai thực hiện Chỉ thị về tăng cường công tác bảo đảm an toàn trường học",
        "chi-dao-dieu-hanh",
        "2026-11-17T09:00:00+07:00",
        [
            P(
                "Thực hiện Chỉ thị số 18/CT-UBND ngày 05/11/2026 của Chủ tịch UBND tỉnh về tăng cường "
                "công tác bảo đảm an toàn trường học, Sở GD&ĐT yêu cầu các đơn vị triển khai các nhiệm "
                "vụ theo lộ trình dưới đây."
            ),
            P("TT | Nội dung | Thời hạn hoàn thành", "th"),
            P(
                "1 | Rà soát, sửa chữa cơ sở vật chất, cây xanh trong khuôn viên trường | 15/12/2026",
                "tr",
            ),
            P("2 | Kiểm tra bếp ăn bán trú, nguồn thực phẩm, nước uống | 20/12/2026", "tr"),
            P(
                "3 | Tập huấn kỹ năng phòng cháy, chữa cháy cho cán bộ, giáo viên | 31/12/2026",
                "tr",
            ),
            P("4 | Báo cáo kết quả thực hiện về Sở | 10/01/2027", "tr"),
            P(
                "Người đứng đầu cơ sở giáo dục chịu trách nhiệm trước Giám đốc Sở nếu để xảy ra mất an "
                "toàn trường học do thiếu kiểm tra, đôn đốc."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Giáo dục Trung học</strong></p>'),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={"time": "09:00", "tags": ["an toàn trường học"]},
    ),
    Story(
        2438,
        "tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-hoc-2026-2027",
        "Tập huấn công tác chuyển đổi số trong quản lý trường học năm học 2026-2027",
        "hoat-dong-nganh",
        "2026-11-12",
        [
            P(
                "Ngày 11/11, Sở GD&ĐT phối hợp với Viễn thông Quảng Ninh tổ chức tập huấn chuyển đổi "
                "số trong quản lý trường học cho hơn 400 cán bộ quản lý, nhân viên văn thư, kế toán các "
                "trường học trên địa bàn tỉnh."
            ),
            P(
                "Học viên được hướng dẫn sử dụng hệ thống hồ sơ điện tử, ký số văn bản, quản lý tài "
                "sản và thu phí không dùng tiền mặt; cách bảo đảm an toàn thông tin và dữ liệu cá nhân "
                "của học sinh."
            ),
            Img(
                up("chuyen-doi-so-1.jpg"),
                "Các học viên thực hành ký số trên phần mềm quản lý văn bản",
                "Các học viên thực hành ký số trên phần mềm quản lý văn bản",
                "center",
            ),
            P(
                "Theo kế hoạch, đến hết năm học 2026-2027, 100% trường học trong tỉnh sử dụng hồ sơ "
                "điện tử thay thế hồ sơ giấy; 100% văn bản đi được ký số."
            ),
            Raw('<p style="text-align: right;"><strong>Đỗ Quang Huy</strong></p>'),
        ],
        authors=["Đỗ Quang Huy"],
        opts={"tags": ["chuyển đổi số"]},
    ),
    Story(
        2429,
        "thong-bao-tiep-nhan-ho-so-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien",
        "Thông báo về việc tiếp nhận hồ sơ xét thăng hạng chức danh nghề nghiệp giáo viên",
        "thong-bao",
        "2026-11-09",
        [
            P(
                "Sở GD&ĐT Quảng Ninh thông báo tiếp nhận hồ sơ xét thăng hạng chức danh nghề nghiệp "
                "giáo viên mầm non, tiểu học, THCS và THPT năm 2026."
            ),
            P(
                "Đối tượng: giáo viên đang giữ hạng III, hạng II đáp ứng đủ tiêu chuẩn, điều kiện theo "
                "các Thông tư số 01, 02, 03, 04/2021/TT-BGDĐT và Thông tư số 08/2023/TT-BGDĐT."
            ),
            P(
                "Thời gian nhận hồ sơ: từ ngày 10/11/2026 đến ngày 30/11/2026. Các phòng GD&ĐT, trường "
                "THPT tổng hợp hồ sơ của đơn vị, nộp trực tiếp tại Phòng Tổ chức cán bộ."
            ),
            P("Hồ sơ không đúng thời hạn hoặc không đầy đủ thành phần sẽ không được tiếp nhận."),
        ],
        opts={"tags": ["thăng hạng"]},
    ),
    Story(
        2418,
        "cam-pha-ra-mat-mo-hinh-thu-vien-than-thien-tai-12-truong-tieu-hoc",
        "Cẩm Phả ra mắt mô hình thư viện thân thiện tại 12 trường tiểu học",
        "tin-giao-duc",
        "2026-11-05",
        [
            P(
                "Phòng GD&ĐT thành phố Cẩm Phả vừa ra mắt mô hình thư viện thân thiện tại 12 trường "
                "tiểu học, với tổng kinh phí hơn 1,2 tỷ đồng từ nguồn xã hội hóa.",
                "lead",
            ),
            P(
                "Khác với thư viện truyền thống, thư viện thân thiện được bố trí ở hành lang, sân "
                "trường và góc lớp; sách được xếp trên giá thấp, có thảm, gối để học sinh ngồi đọc tự "
                "do trong giờ ra chơi."
            ),
            Img(
                up("thu-vien-cam-pha.jpg"),
                "Học sinh Trường TH Cẩm Thạch đọc sách trong giờ ra chơi",
                "Học sinh Trường TH Cẩm Thạch đọc sách trong giờ ra chơi",
                "plain",
            ),
            P(
                "Mỗi trường được bổ sung từ 800 đến 1.500 đầu sách thiếu nhi, truyện tranh khoa học và "
                "sách song ngữ. Các trường cũng thành lập câu lạc bộ “Đại sứ văn hóa đọc” do học sinh "
                "tự quản."
            ),
            P(
                "Trong năm học 2026-2027, Phòng GD&ĐT Cẩm Phả sẽ nhân rộng mô hình ra toàn bộ 17 trường "
                "tiểu học và 13 trường THCS của thành phố."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguyễn Văn Khánh (Phòng GD&amp;ĐT Cẩm Phả)</strong></p>'
            ),
        ],
        authors=["Nguyễn Văn Khánh"],
        summary=(
            "Phòng GD&ĐT thành phố Cẩm Phả vừa ra mắt mô hình thư viện thân thiện tại 12 trường "
            "tiểu học, với tổng kinh phí hơn 1,2 tỷ đồng từ nguồn xã hội hóa."
        ),
        opts={"tags": ["văn hóa đọc"]},
    ),
    Story(
        2405,
        "giam-doc-so-lam-viec-voi-ubnd-huyen-co-to-ve-phat-trien-giao-duc-vung-bien-dao",
        "Giám đốc Sở làm việc với UBND huyện Cô Tô về phát triển giáo dục vùng biển đảo",
        "chi-dao-dieu-hanh",
        "2026-10-31",
        [
            P(
                "Ngày 30/10, đoàn công tác của Sở GD&ĐT do Giám đốc Sở làm trưởng đoàn đã làm việc với "
                "UBND huyện Cô Tô về tình hình phát triển giáo dục trên địa bàn huyện đảo."
            ),
            P(
                "Năm học 2026-2027, huyện Cô Tô có 6 trường học với 1.420 học sinh; 100% trường đạt "
                "chuẩn quốc gia. Tuy nhiên, huyện còn thiếu 14 giáo viên, chủ yếu ở các môn Tiếng Anh, "
                "Tin học và Âm nhạc; nhà công vụ cho giáo viên ở xã Thanh Lân đã xuống cấp."
            ),
            Img(
                up("co-to-lam-viec.jpg", "10"),
                "Đoàn công tác thăm Trường TH&THCS Thanh Lân",
                "Đoàn công tác thăm Trường TH&THCS Thanh Lân",
                "em",
            ),
            P(
                "Giám đốc Sở ghi nhận nỗ lực của huyện trong điều kiện đặc thù; giao các phòng chuyên "
                "môn nghiên cứu cơ chế tăng cường giáo viên có thời hạn cho huyện đảo, đồng thời đề "
                "nghị huyện ưu tiên nguồn vốn sửa chữa nhà công vụ trước mùa mưa bão năm 2027."
            ),
            P("Các kiến nghị của huyện:", "h"),
            P("Bổ sung biên chế giáo viên cho các trường trên đảo Thanh Lân;", "li"),
            P("Hỗ trợ kinh phí đưa đón giáo viên đi tàu giữa các đảo;", "li"),
            P("Đầu tư phòng học bộ môn Tin học, Ngoại ngữ cho Trường THPT Cô Tô.", "li"),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Trần Đức Anh - Văn phòng Sở</strong></p>'
            ),
        ],
        authors=["Trần Đức Anh"],
        opts={"tags": ["Cô Tô", "biển đảo"]},
    ),
    Story(
        2401,
        "ngay-hoi-stem-hoc-sinh-tieu-hoc-huyen-van-don-nam-2026",
        "Ngày hội STEM học sinh tiểu học huyện Vân Đồn năm 2026",
        "hoat-dong-nganh",
        "2026-10-29",
        [
            P(
                "Ngày 27/10, tại Trường TH Đông Xá, Phòng GD&ĐT huyện Vân Đồn tổ chức Ngày hội STEM "
                "học sinh tiểu học năm 2026 với sự tham gia của 220 học sinh đến từ 12 trường tiểu học "
                "trong huyện."
            ),
            P(
                "Các đội thi trưng bày 48 sản phẩm như mô hình nhà thông minh, xe chạy bằng năng lượng "
                "mặt trời, máy lọc nước từ vật liệu tái chế, đèn báo thủy triều cho ngư dân."
            ),
            Img(
                up("stem-van-don-1.jpg", "10"),
                "Học sinh Trường TH Hạ Long giới thiệu mô hình đèn báo thủy triều",
                "Học sinh Trường TH Hạ Long giới thiệu mô hình đèn báo thủy triều",
                "center",
            ),
            P("Ban tổ chức trao 4 giải Nhất, 6 giải Nhì và 10 giải Ba cho các sản phẩm xuất sắc."),
            P(
                "Ngày hội là dịp để học sinh vận dụng kiến thức Khoa học, Toán, Công nghệ vào giải "
                "quyết các vấn đề gần gũi với cuộc sống vùng biển đảo."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Thị Mai</strong></p>'),
        ],
        authors=["Hoàng Thị Mai"],
        photographers=["Hoàng Thị Mai"],
        opts={"tags": ["STEM", "Vân Đồn"]},
    ),
    Story(
        2398,
        "cong-bo-phuong-an-tuyen-sinh-lop-10-thpt-nam-hoc-2027-2028",
        "Công bố phương án tuyển sinh lớp 10 THPT năm học 2027-2028",
        "khao-thi",
        "2026-10-27",
        [
            P(
                "Sở GD&ĐT Quảng Ninh công bố phương án tuyển sinh vào lớp 10 THPT năm học 2027-2028 để "
                "học sinh, cha mẹ học sinh chủ động trong ôn tập."
            ),
            P("Phương thức tuyển sinh", "h"),
            P(
                "Kết hợp thi tuyển và xét tuyển. Thí sinh thi 3 bài thi: Ngữ văn, Toán và Tiếng Anh; "
                "bài thi Ngữ văn và Toán tính hệ số 2."
            ),
            P("Đối với trường THPT Chuyên Hạ Long, thí sinh thi thêm môn chuyên.", "br"),
            P("Thời gian tổ chức thi", "h"),
            P(
                "Dự kiến ngày 02 và 03/6/2027. Lịch thi, quy chế và hướng dẫn đăng ký dự thi trực "
                "tuyến sẽ được Sở ban hành trước ngày 15/3/2027."
            ),
            P(
                "Phương án được xây dựng trên cơ sở giữ ổn định như các năm trước, bảo đảm nghiêm túc, "
                "khách quan, giảm áp lực cho học sinh và xã hội."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Thị Bích Ngọc, Phòng Khảo thí và QLCLGD</strong></p>'
            ),
        ],
        authors=["Nguyễn Thị Bích Ngọc"],
        opts={"tags": ["tuyển sinh lớp 10"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}.html"


# --- listing entries that are not articles ---------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """A listing entry whose link is not an article page: "pdf", "ext" or "vb" (document)."""

    id: int
    title: str
    date: str  # dd/mm/yyyy
    kind: str
    href: str
    excerpt: str = ""
    fields: tuple[tuple[str, str], ...] = ()


def _pdf(id_: int, title: str, date: str, name: str) -> Entry:
    return Entry(id_, title, date, "pdf", f"/uploads/files/2026/11/{name}.pdf")


def _vb(id_: int, title: str, date: str, slug: str, number: str, issuer: str, kind: str) -> Entry:
    fields = (
        ("Số ký hiệu", number),
        ("Ngày ban hành", date),
        ("Loại văn bản", kind),
        ("Cơ quan ban hành", issuer),
        ("Trích yếu", title),
        ("Người ký", "Phó Giám đốc Sở"),
    )
    return Entry(id_, title, date, "vb", f"/van-ban/{slug}-{id_}.html", "", fields)


E_TX = Entry(
    2459,
    "Bộ GD&ĐT công bố định hướng kỳ thi tốt nghiệp THPT năm 2027",
    "22/11/2026",
    "ext",
    "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=10432",
    "Kỳ thi tốt nghiệp THPT năm 2027 cơ bản giữ ổn định như năm 2026.",
)
E_HX1 = Entry(
    2457,
    "Quảng Ninh tôn vinh 200 nhà giáo tiêu biểu năm 2026",
    "21/11/2026",
    "ext",
    "https://baoquangninh.vn/quang-ninh-ton-vinh-200-nha-giao-tieu-bieu-3381234.html",
    "Bài đăng trên Báo Quảng Ninh.",
)
E_HX2 = Entry(
    2422,
    "Video: Thầy cô vùng cao Bình Liêu bám bản, giữ lớp",
    "06/11/2026",
    "ext",
    "https://qtv.vn/video/thay-co-vung-cao-binh-lieu-bam-ban-giu-lop-218834.html",
    "Phóng sự của Trung tâm Truyền thông tỉnh.",
)
E_HD1 = _pdf(
    2433,
    "Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh Quảng Ninh lần thứ XII năm 2027",
    "10/11/2026",
    "ke-hoach-hkpd-xii-2027",
)
V1 = _vb(
    2464,
    "V/v hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
    "24/11/2026",
    "cv-3120-sgddt-gdtrh",
    "3120/SGDĐT-GDTrH",
    "Sở Giáo dục và Đào tạo",
    "Công văn",
)
V2 = _vb(
    2455,
    "Quyết định ban hành Kế hoạch kiểm tra chuyên ngành năm học 2026-2027",
    "20/11/2026",
    "qd-1845-qd-sgddt",
    "1845/QĐ-SGDĐT",
    "Sở Giáo dục và Đào tạo",
    "Quyết định",
)
V3 = _vb(
    2440,
    "V/v tăng cường công tác phòng chống dịch bệnh mùa đông xuân trong trường học",
    "13/11/2026",
    "cv-2987-sgddt-ctttcthssv",
    "2987/SGDĐT-CTTT",
    "Sở Giáo dục và Đào tạo",
    "Công văn",
)
V4 = _vb(
    2426,
    "Kế hoạch thực hiện cuộc vận động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”",
    "08/11/2026",
    "kh-412-kh-sgddt",
    "412/KH-SGDĐT",
    "Sở Giáo dục và Đào tạo",
    "Kế hoạch",
)
KT_DOCS = [
    _pdf(
        2450,
        "Lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        "18/11/2026",
        "lich-thi-hsg-12",
    ),
    _pdf(
        2445,
        "Danh sách phòng thi kỳ thi chọn đội tuyển học sinh giỏi quốc gia",
        "16/11/2026",
        "ds-phong-thi-dt-qg",
    ),
    _pdf(
        2436,
        "Đề thi và hướng dẫn chấm kỳ thi chọn đội tuyển HSG quốc gia năm 2027",
        "11/11/2026",
        "de-thi-dt-qg-2027",
    ),
    _pdf(
        2415,
        "Quy chế thi chọn học sinh giỏi cấp tỉnh (sửa đổi)",
        "04/11/2026",
        "quy-che-thi-hsg-sua-doi",
    ),
    _pdf(
        2411,
        "Kế hoạch tổ chức thi thử tốt nghiệp THPT năm 2027",
        "02/11/2026",
        "ke-hoach-thi-thu-tn-2027",
    ),
]
TB_DOCS = [
    _pdf(
        2473,
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        "29/11/2026",
        "tb-nghi-tet-duong-lich-2027",
    ),
    _pdf(
        2461,
        "Thông báo kết quả xét tuyển hợp đồng giáo viên đợt 1",
        "23/11/2026",
        "tb-ket-qua-xet-tuyen-hd",
    ),
]

S = BY_ID
#: every section's entries, newest first (ids decrease down each list)
LISTINGS: dict[str, list[Story | Entry]] = {
    "tin-giao-duc": [S[2470], E_TX, S[2452], S[2418]],
    "hoat-dong-nganh": [S[2474], S[2466], E_HX1, S[2438], E_HD1, E_HX2, S[2401]],
    "chi-dao-dieu-hanh": [S[2471], V1, V2, S[2447], V3, V4, S[2405]],
    "khao-thi": [S[2468], KT_DOCS[0], KT_DOCS[1], KT_DOCS[2], KT_DOCS[3], KT_DOCS[4], S[2398]],
    "thong-bao": [S[2476], TB_DOCS[0], TB_DOCS[1], S[2429]],
}
DOCS = {e.href: e for e in (V1, V2, V3, V4)}
PDFS = {
    e.href
    for entries in LISTINGS.values()
    for e in entries
    if isinstance(e, Entry) and e.kind == "pdf"
}


def first_page_ids(cat: str) -> set[int]:
    return {e.id for e in LISTINGS[cat][:PER_PAGE]}


GOLD = [gold_record(s, article_path(s), CATEGORIES[s.cat]) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/tin-giao-duc?trang=2",
    "/khao-thi/trang-2.html",
    "/chi-dao-dieu-hanh?start=3",
    "/thong-bao?truoc=2461",
    V1.href,
]


# --- rendering -------------------------------------------------------------------------------


def dmy(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def entry_date(e: Story | Entry) -> str:
    return dmy(e) if isinstance(e, Story) else e.date


def entry_href(e: Story | Entry) -> str:
    return article_path(e) if isinstance(e, Story) else e.href


def entry_title(e: Story | Entry) -> str:
    return e.title


def entry_excerpt(e: Story | Entry) -> str:
    if isinstance(e, Entry):
        return e.excerpt
    first = e.summary or next(b.text for b in e.blocks if isinstance(b, P))
    return first if len(first) < 180 else first[:170].rsplit(" ", 1)[0] + "…"


def entry_link(e: Story | Entry, cls: str = "") -> str:
    attrs = f' class="{cls}"' if cls else ""
    if isinstance(e, Entry) and e.kind == "ext":
        attrs += ' target="_blank" rel="noopener"'
    icon = ' <i class="fa fa-file-pdf-o"></i>' if isinstance(e, Entry) and e.kind == "pdf" else ""
    return f'<a href="{esc(entry_href(e))}"{attrs}>{esc(entry_title(e))}</a>{icon}'


def _img(img: Img) -> str:
    return f'<img alt="" src="{img.src}" style="width: 640px; height: 427px;" />'


def render_img(img: Img) -> str:
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image">'
            f"<tbody><tr><td>{_img(img)}</td></tr>"
            f'<tr><td class="image_desc">{esc(img.printed or "")}</td></tr></tbody></table>'
        )
    out = f'<p style="text-align: center;">{_img(img)}</p>'
    if img.printed:
        if img.style == "em":
            out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        elif img.style == "center":
            out += f'\n<p style="text-align: center;">{esc(img.printed)}</p>'
        else:
            out += f"\n<p>{esc(img.printed)}</p>"
    return out


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"\t<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append(
                        "<tr>"
                        + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells)
                        + "</tr>"
                    )
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody>\n'
                + "\n".join(rows)
                + "\n</tbody></table>"
            )
            continue
        else:
            parts = [text(b.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(text(blocks[i].text))
                i += 1
            inner = "<br />\n".join(parts)
            if b.style == "h3":
                out.append(f"<h3>{inner}</h3>")
            elif b.style in ("h", "lead"):
                out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
            elif b.style == "quote":
                out.append(f"<blockquote><p>{inner}</p></blockquote>")
            else:
                out.append(f'<p style="text-align: justify;">{inner}</p>')
            continue
        i += 1
    return "\n".join(out)


MENU = (
    [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu")]
    + [(f"/{k}", v) for k, v in CATEGORIES.items()]
    + [("/lien-he", "Liên hệ")]
)

ACTIVE = ' class="active"'
MOST_READ = [2470, 2474, 2468, 2471, 2476]


def layout(title: str, main: str, active: str = "/") -> str:
    menu = "".join(
        f'<li{ACTIVE if href == active else ""}><a href="{href}">{esc(label)}</a></li>'
        for href, label in MENU
    )
    most = "".join(
        f'<li><a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="sở giáo dục quảng ninh, giáo dục, đào tạo" />
<link href="/templates/sgd/css/bootstrap.min.css" rel="stylesheet" />
<link href="/templates/sgd/css/font-awesome.min.css" rel="stylesheet" />
<link href="/templates/sgd/css/style.css" rel="stylesheet" />
<link rel="shortcut icon" href="/favicon.ico" />
<script src="/templates/sgd/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container">
<span class="today"><i class="fa fa-clock-o"></i> {TODAY_LINE}</span>
<span class="hotline">Đường dây nóng: 0203 3835 648</span>
<form class="top-search" action="/tim-kiem" method="get"><input name="q" type="text" placeholder="Nhập từ khóa..." /><button type="submit"><i class="fa fa-search"></i></button></form>
</div></div>
<div class="header"><div class="container">
<a href="/" class="logo"><img src="/templates/sgd/images/logo-sgd.png" alt="Sở GD&amp;ĐT Quảng Ninh" /></a>
<div class="site-name"><span class="ubnd">UBND TỈNH QUẢNG NINH</span><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div>
<img class="banner-right" src="/templates/sgd/images/banner-vinh-ha-long.png" alt="" />
</div></div>
<div class="main-menu"><div class="container"><ul class="nav-main">{menu}</ul></div></div>
<div class="container main-wrap"><div class="row">
<div class="col-md-9 col-content">
{main}
</div>
<div class="col-md-3 col-sidebar">
<div class="widget widget-most-read"><div class="widget-title">Tin xem nhiều</div><ul>{most}</ul></div>
<div class="widget widget-links"><div class="widget-title">Liên kết website</div>
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://quangninh.gov.vn">Cổng TTĐT tỉnh Quảng Ninh</option>
<option value="https://thi.quangninh.edu.vn">Hệ thống tra cứu điểm thi</option></select></div>
<div class="widget widget-banner"><a href="https://dichvucong.quangninh.gov.vn"><img src="/uploads/banner/dich-vu-cong.png" alt="Dịch vụ công trực tuyến" /></a></div>
<div class="widget widget-poll"><div class="widget-title">Thăm dò ý kiến</div>
<form action="/binh-chon" method="post"><p>Bạn quan tâm nội dung nào trên Cổng thông tin?</p>
<label><input type="radio" name="poll" value="1" /> Tin tức giáo dục</label><br />
<label><input type="radio" name="poll" value="2" /> Văn bản chỉ đạo</label><br />
<label><input type="radio" name="poll" value="3" /> Tuyển sinh, thi cử</label><br />
<button type="submit">Bình chọn</button> <a href="javascript:void(0)" onclick="showPoll()">Xem kết quả</a></form></div>
<div class="widget widget-counter"><div class="widget-title">Thống kê truy cập</div>
<ul><li>Đang online: <b>47</b></li><li>Hôm nay: <b>3.218</b></li><li>Tổng truy cập: <b>12.604.331</b></li></ul></div>
</div>
</div></div>
<div class="footer"><div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NINH</strong></p>
<p>Địa chỉ: Tầng 3, Trụ sở Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long, tỉnh Quảng Ninh</p>
<p>Điện thoại: 0203 3835 648 - Fax: 0203 3835 602 - Email: sgddt@quangninh.edu.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Quảng Ninh</p>
<p class="copyright">Ghi rõ nguồn “Cổng TTĐT Sở GD&amp;ĐT Quảng Ninh” khi phát hành lại thông tin từ website này. Thiết kế bởi eGov Portal</p>
</div></div>
<script src="/templates/sgd/js/main.js"></script>
</body>
</html>"""


def breadcrumb(cat: str) -> str:
    return (
        '<div class="breadcrumb-wrap"><a href="/"><i class="fa fa-home"></i> Trang chủ</a> » '
        f'<a href="/{cat}">{esc(CATEGORIES[cat])}</a></div>'
    )


def article_page(story: Story) -> Response:
    date = f"Ngày {dmy(story)}"
    if story.opts.get("time"):
        date += f" {story.opts['time']}"
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="sapo-detail"><strong>{esc(story.summary)}</strong></div>'
    tags = ", ".join(f'<span class="tag">{esc(t)}</span>' for t in story.opts.get("tags", []))
    others = [
        BY_ID[e.id]
        for e in LISTINGS[story.cat][:PER_PAGE]
        if isinstance(e, Story) and e.id != story.id
    ]
    other_list = "".join(
        f'<li><a href="{article_path(o)}">{esc(o.title)}</a> <span class="date">({dmy(o)})</span></li>'
        for o in others
    )
    other_box = (
        f'<div class="other-news"><div class="title-other">Các tin khác</div><ul>{other_list}</ul></div>'
        if other_list
        else ""
    )
    main = f"""{breadcrumb(story.cat)}
<div class="news-detail">
<h1 class="title-detail">{esc(story.title)}</h1>
<div class="meta-detail"><span class="date-detail"><i class="fa fa-calendar"></i> {date}</span>
<span class="view-detail"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span></div>
<div class="tools-detail">
<a href="https://www.facebook.com/sharer/sharer.php?u=https://sgddt.quangninh.gov.vn{article_path(story)}" target="_blank"><i class="fa fa-facebook"></i> Chia sẻ</a>
<a href="https://sp.zalo.me/share_inline?d={story.id}" target="_blank">Zalo</a>
<a href="mailto:?subject={esc(story.title)}"><i class="fa fa-envelope"></i> Gửi email</a>
<a href="javascript:window.print();"><i class="fa fa-print"></i> In bài viết</a>
<span class="font-size">Cỡ chữ: <a href="javascript:void(0)" onclick="fontSize(-1)">A-</a> <a href="javascript:void(0)" onclick="fontSize(1)">A+</a></span>
</div>
{sapo}
<div class="content-detail">
{render_body(story)}
</div>
<div class="tags-detail"><i class="fa fa-tags"></i> Từ khóa: {tags}</div>
</div>
{other_box}"""
    return html(layout(f"{story.title} - {SITE_TITLE}", main, f"/{story.cat}"))


def doc_page(entry: Entry) -> Response:
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in entry.fields)
    main = f"""<div class="breadcrumb-wrap"><a href="/"><i class="fa fa-home"></i> Trang chủ</a> » <a href="/chi-dao-dieu-hanh">Chỉ đạo điều hành</a> » Văn bản</div>
<div class="vanban-detail"><h2 class="vb-title">Chi tiết văn bản</h2>
<table class="table table-bordered tbl-vanban"><tbody>{rows}
<tr><th>File đính kèm</th><td><a href="/uploads/files/2026/11/{entry.href.split("/")[-1][:-5]}.pdf"><i class="fa fa-file-pdf-o"></i> Tải về</a></td></tr>
</tbody></table></div>"""
    return html(layout(f"{entry.title} - {SITE_TITLE}", main, "/chi-dao-dieu-hanh"))


# --- listings, each with its own pager -------------------------------------------------------


def _chunk(cat: str, page: int) -> list[Story | Entry]:
    return LISTINGS[cat][(page - 1) * PER_PAGE : page * PER_PAGE]


def pages_of(cat: str) -> int:
    return -(-len(LISTINGS[cat]) // PER_PAGE)


def listing_page(cat: str, main_list: str, pager: str, active: str | None = None) -> Response:
    name = CATEGORIES[cat]
    main = f"""{breadcrumb(cat)}
<div class="cat-header"><h2 class="cat-title">{esc(name)}</h2></div>
{main_list}
{pager}"""
    return html(layout(f"{name} - {SITE_TITLE}", main, active or f"/{cat}"))


def list_tin_giao_duc(page: int) -> Response | None:
    cat = "tin-giao-duc"
    n = pages_of(cat)
    if not 1 <= page <= n:
        return None
    items = "".join(
        f'<div class="news-item"><div class="news-thumb"><img src="/uploads/news/thumbs/{e.id}.jpg" alt="" /></div>'
        f'<h3 class="news-title">{entry_link(e)}</h3><span class="news-date">({entry_date(e)})</span>'
        f'<p class="news-desc">{esc(entry_excerpt(e))}</p></div>'
        for e in _chunk(cat, page)
    )
    prev = (
        f'<a class="prev" href="/tin-giao-duc?trang={page - 1}">« Trang trước</a>'
        if page > 1
        else '<span class="prev disabled">« Trang trước</span>'
    )
    nxt = (
        f'<a class="next" href="/tin-giao-duc?trang={page + 1}">Trang sau »</a>'
        if page < n
        else '<span class="next disabled">Trang sau »</span>'
    )
    pager = f'<div class="paging-prevnext">{prev} | {nxt}</div>'
    return listing_page(cat, f'<div class="list-news">{items}</div>', pager)


def list_hoat_dong_nganh(page: int) -> Response | None:
    cat = "hoat-dong-nganh"
    n = pages_of(cat)
    if not 1 <= page <= n:
        return None
    items = "".join(
        f'<li class="hdn-item"><span class="hdn-date">{entry_date(e)}</span> {entry_link(e, "hdn-link")}'
        f'<div class="hdn-sum">{esc(entry_excerpt(e))}</div></li>'
        for e in _chunk(cat, page)
    )
    options = "".join(
        f'<option value="/hoat-dong-nganh?page={p}"{" selected" if p == page else ""}>{p}</option>'
        for p in range(1, n + 1)
    )
    pager = (
        f'<div class="pager-select">Trang {page}/{n} &nbsp; Chuyển đến trang: '
        f'<select name="trang" onchange="location.href=this.value">{options}</select></div>'
    )
    return listing_page(cat, f'<ul class="box-list-hdn">{items}</ul>', pager)


def list_chi_dao(start: int) -> Response | None:
    cat = "chi-dao-dieu-hanh"
    total = len(LISTINGS[cat])
    if start < 0 or start % PER_PAGE or start >= total:
        return None
    page = start // PER_PAGE + 1
    n = pages_of(cat)
    rows = "".join(
        f'<tr><td class="c-date">{entry_date(e)}</td><td class="c-title">{entry_link(e)}</td></tr>'
        for e in LISTINGS[cat][start : start + PER_PAGE]
    )
    table = (
        '<table class="tbl-chidao table table-striped"><thead><tr><th>Ngày</th><th>Tiêu đề</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )

    def li(p: int) -> str:
        if p == page:
            return f'<li class="active"><span>{p}</span></li>'
        return f'<li><a href="?start={(p - 1) * PER_PAGE}">{p}</a></li>'

    # the vendor's window is current ± 1; it prints "…" whenever page 1 or the last page is
    # outside the window, even when nothing is skipped ("1 2 … 3")
    window = [p for p in range(page - 1, page + 2) if 1 <= p <= n]
    gap = '<li class="disabled"><span>…</span></li>'
    parts = []
    if window[0] != 1:
        parts += [li(1), gap]
    parts += [li(p) for p in window]
    if window[-1] != n:
        parts += [gap, li(n)]
    pager = f'<ul class="pagination pagination-sm">{"".join(parts)}</ul>'
    return listing_page(cat, table, pager)


def list_khao_thi(page: int) -> Response | None:
    cat = "khao-thi"
    n = pages_of(cat)
    if not 1 <= page <= n:
        return None

    def href(p: int) -> str:
        return "/khao-thi" if p == 1 else f"/khao-thi/trang-{p}.html"

    items = "".join(
        f'<div class="kt-row"><i class="fa fa-angle-double-right"></i> {entry_link(e)} '
        f'<em class="kt-date">({entry_date(e)})</em></div>'
        for e in _chunk(cat, page)
    )
    nums = " ".join(
        f'<span class="current">{p}</span>' if p == page else f'<a href="{href(p)}">{p}</a>'
        for p in range(1, n + 1)
    )
    prev = (
        f'<a href="{href(page - 1)}" title="Trang trước"><i class="fa fa-angle-left"></i></a>'
        if page > 1
        else '<span class="off"><i class="fa fa-angle-left"></i></span>'
    )
    nxt = (
        f'<a href="{href(page + 1)}" title="Trang sau"><i class="fa fa-angle-right"></i></a>'
        if page < n
        else '<span class="off"><i class="fa fa-angle-right"></i></span>'
    )
    pager = (
        f'<nav class="phantrang"><a href="/khao-thi/trang-1.html" title="Trang đầu">Đầu</a> | {prev} | {nums} | '
        f'{nxt} | <a href="{href(n)}" title="Trang cuối">Cuối</a></nav>'
    )
    return listing_page(cat, f'<div class="khaothi-list">{items}</div>', pager)


def list_thong_bao(before: int | None) -> Response:
    cat = "thong-bao"
    entries = [e for e in LISTINGS[cat] if before is None or e.id < before][:PER_PAGE]
    items = "".join(
        f'<li><span class="tb-icon"><i class="fa fa-bullhorn"></i></span> {entry_link(e)} '
        f'<span class="tb-date">{entry_date(e)}</span></li>'
        for e in entries
    )
    more = ""
    if entries and any(e.id < entries[-1].id for e in LISTINGS[cat]):
        more = (
            f'<div class="load-older"><a class="xem-them" href="/thong-bao?truoc={entries[-1].id}">'
            "Xem thêm tin cũ hơn ↓</a></div>"
        )
    body = (
        f'<ul class="tb-list">{items}</ul>' if items else '<p class="empty">Không có tin nào.</p>'
    )
    return listing_page(cat, body, more)


def home() -> Response:
    boxes = []
    for cat, name in CATEGORIES.items():
        first = LISTINGS[cat][:PER_PAGE]
        lead, rest = first[0], first[1:]
        lis = "".join(f"<li>{entry_link(e)}</li>" for e in rest)
        boxes.append(
            f'<div class="home-box box-{cat}"><div class="box-head"><a href="/{cat}">{esc(name)}</a>'
            f'<a class="more" href="/{cat}">Xem tất cả</a></div>'
            f'<div class="box-lead"><h3>{entry_link(lead)}</h3><p>{esc(entry_excerpt(lead))}</p></div>'
            f"<ul>{lis}</ul></div>"
        )
    main = '<div class="home-boxes">' + "\n".join(boxes) + "</div>"
    return html(layout(SITE_TITLE, main, "/"))


STATIC = {
    "/gioi-thieu": (
        "Giới thiệu",
        [
            "Sở Giáo dục và Đào tạo Quảng Ninh là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp "
            "UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
            "Cơ cấu tổ chức gồm Văn phòng, Thanh tra và các phòng: Tổ chức cán bộ, Kế hoạch - Tài "
            "chính, Giáo dục Mầm non - Tiểu học, Giáo dục Trung học, Khảo thí và Quản lý chất lượng "
            "giáo dục, Giáo dục thường xuyên - Chuyên nghiệp.",
        ],
    ),
    "/lien-he": (
        "Liên hệ",
        [
            "Sở Giáo dục và Đào tạo Quảng Ninh - Tầng 3, Trụ sở Liên cơ quan số 3, phường Hồng Hà, "
            "thành phố Hạ Long.",
            "Điện thoại: 0203 3835 648 - Email: sgddt@quangninh.edu.vn",
        ],
    ),
}


def static_page(path: str) -> Response:
    title, paras = STATIC[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    form = ""
    if path == "/lien-he":
        form = (
            '<form class="contact-form" method="post" action="/lien-he"><input name="hoten" placeholder="Họ và tên" />'
            '<input name="email" placeholder="Email" /><textarea name="noidung"></textarea>'
            '<button type="submit">Gửi liên hệ</button></form>'
        )
    main = (
        '<div class="breadcrumb-wrap"><a href="/"><i class="fa fa-home"></i> Trang chủ</a> » '
        f'{esc(title)}</div><div class="static-page"><h1 class="title-detail">{esc(title)}</h1>{body}{form}</div>'
    )
    return html(layout(f"{title} - {SITE_TITLE}", main, path))


def search_page(words: str) -> Response:
    """The vendor's search answers every query with nothing (its index was never built)."""
    main = (
        '<div class="breadcrumb-wrap"><a href="/"><i class="fa fa-home"></i> Trang chủ</a> » Tìm kiếm</div>'
        f'<div class="search-result"><p>Kết quả tìm kiếm cho: <b>{esc(words)}</b></p>'
        "<p>Không tìm thấy kết quả phù hợp.</p></div>"
    )
    return html(layout(f"Tìm kiếm - {SITE_TITLE}", main, ""))


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


class EgovSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in PDFS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/templates/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home()
        if path == "/tim-kiem":
            return search_page(params.get("q", ""))
        if path in STATIC:
            return static_page(path)
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)-(\d+)\.html", path):
            story = BY_ID.get(int(m.group(2)))
            if story and story.slug == m.group(1) and not request.query:
                return article_page(story)
            return None
        if path in DOCS:
            return doc_page(DOCS[path])
        if path == "/tin-giao-duc":
            page = _int(params.get("trang", "1"))
            return list_tin_giao_duc(page) if page else None
        if path == "/hoat-dong-nganh":
            page = _int(params.get("page", "1"))
            return list_hoat_dong_nganh(page) if page else None
        if path == "/chi-dao-dieu-hanh":
            start = _int(params.get("start", "0"))
            return list_chi_dao(start) if start is not None else None
        if path == "/khao-thi":
            return list_khao_thi(1)
        if m := re.fullmatch(r"/khao-thi/trang-(\d+)\.html", path):
            return list_khao_thi(int(m.group(1)))
        if path == "/thong-bao":
            if "truoc" in params:
                before = _int(params["truoc"])
                return list_thong_bao(before) if before else None
            return list_thong_bao(None)
        return None


def build_site() -> EgovSite:
    return EgovSite()
