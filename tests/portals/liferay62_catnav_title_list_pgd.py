"""Phòng Giáo dục và Đào tạo huyện Krông Pắc (tỉnh Đắk Lắk) on Liferay Portal 6.2 CE GA6.

Platform: Liferay Portal 6.2 CE GA6 with a provincial vendor theme (``krongpac-theme``, Bootstrap 2
classes of 6.2: ``row-fluid``/``span3``). The "Tin tức" page holds a Categories Navigation portlet
(``122_INSTANCE_…``) in its left column beside an Asset Publisher (``101_INSTANCE_Kp7wTQx2bLmR``)
in "title list" display style; an article opens in the Asset Publisher's own full-content view
(no display page), the journal articles rendered by the vendor's Velocity templates.

URL scheme
- ``/`` -> 302 ``/web/pgdkrongpac/trang-chu`` (the home page; ``/web/pgdkrongpac`` serves it too).
- ``/web/pgdkrongpac/tin-tuc``: the title list, 5 a page (13 assets, 3 pages).
- ``/web/pgdkrongpac/tin-tuc?p_p_id=101_INSTANCE_<id>&p_p_lifecycle=0&_101_INSTANCE_<id>_cur=<P>&_101_INSTANCE_<id>_delta=5``:
  list page P (the page-iterator's dropdown "Trang P của 3" and the pager Đầu/Trước/Tiếp/Cuối).
- ``/web/pgdkrongpac/tin-tuc/-/categories/<categoryId>``: the Asset Publisher filtered by the
  category chosen in Categories Navigation; its pager carries the category as the public render
  parameter ``p_r_p_564233524_categoryId`` on the plain page URL.
- ``/web/pgdkrongpac/tin-tuc/-/asset_publisher/<id>/content/<url-title>``: an article; the title
  list links it with ``?redirect=<currentURL of the list>``, category views link it bare, the
  "Nội dung liên quan" (asset links) box links ``?inheritRedirect=true&redirect=<article>``, the
  print icon opens ``?viewMode=print&p_p_state=pop_up`` from a script.
- ``/web/pgdkrongpac/trang-chu/-/asset_publisher/hN4vXz9QaEoD/content/<url-title>``: the home
  page's own Asset Publisher ("Tin nổi bật", abstracts style) opens its 3 featured articles in
  its own full-content view on the home page.
- ``/web/pgdkrongpac/<page>``: gioi-thieu, co-cau-to-chuc, lien-he, thu-vien-anh, so-do-trang,
  van-ban (Documents and Media display; its entries ``…/-/document_library_display/<id>/view_file/<fileEntryId>``).

Page templates: one theme shell (top bar with today's date, banner, nav with drop-downs, search
box, breadcrumb, footer); "Tin tức" is a 1-2 column layout (catnav + "Tin xem nhiều" left, the
Asset Publisher right); the home page has the abstracts Asset Publisher, links, poll and counter.

How each gold article is reached: all 13 from the "Tin tức" title list (pages 1-3, 5 each, newest
first); 12 also from category views (a category's first page); the oldest "Hoạt động chuyên môn"
story (#13) only from list page 3 or page 2 of its category; #1, #3, #6 also from the home page's
"Tin nổi bật" (under the home page's own instance).

Traps
1. Same post, many URLs: the title list links ``?redirect=<list URL>`` (a different value on each
   list page, and list page 1 exists twice: bare and ``_cur=1``), category views link the bare
   URL, asset links add ``?inheritRedirect=true&redirect=…``, the print pop-up
   ``?viewMode=print&p_p_state=pop_up`` serves the whole article again. Gold: one record at the
   bare ``/tin-tuc/-/asset_publisher/…`` path; every variant in ``alt_paths``.
2. Second Asset Publisher instance: the home page's "Tin nổi bật" opens #1, #3, #6 under
   ``/trang-chu/-/asset_publisher/hN4vXz9QaEoD/content/…`` in home-page chrome (breadcrumb "Trang
   chủ") whose canonical link points at itself. Gold: same article, path kept on "Tin tức", the
   home copy in ``alt_paths``.
3. The page's ``<h1>`` is the portlet title "Tin tức" (``portlet-title-text``); the headline is
   the ``<h3 class="header-title">`` of the back-link header (and again in the template's
   ``div.pgd-ct-tde``). Gold title: the headline.
4. Dates: the title list prints Liferay's short vi_VN date with a two-digit year ("03/12/26");
   the full view's metadata strip at the foot prints the *modified* date, unlabelled, in the same
   form ("05/12/26"); the Velocity header prints the display date "Thứ Năm, 03/12/2026 - 14:30".
   Gold: the template's display date (with time); "tin ngắn" template prints "Ngày 16/11/2026" ->
   day only; the notice prints no date line -> its letterhead day (not the list's 01/12/26).
5. Velocity unresolved reference: a template prints an empty source field literally,
   "Nguồn: $NguonTin.getData()". Gold: source null; the line is not body.
6. Ê Đê names in bylines: "Tin, ảnh: H&#039;Linh Niê" (apostrophe escaped by HtmlUtil as
   ``&#039;``), "Y Bhim Mlô" (the "Y" is the Ê Đê male prefix, not an initial). Gold: names as
   printed with the apostrophe ("H'Linh Niê", "Y Bhim Mlô").
7. Captions in CKEditor tables: an image and its caption are two rows of a centred
   ``<table>``; those rows are not body text (README: table rows are paragraphs; these are not).
   Gold: caption = the second row's text; photographer credit lines "Ảnh: X" -> caption None.
8. Metadata strip: "Viết bởi Quản Trị Viên PGD" (the Liferay account, metadata-author), "N Lượt
   xem", "Chủ đề: <category>". Gold: nobody from the account; category = the asset category
   printed there (also the Categories Navigation name), not the page name "Tin tức".
9. Chrome looking like content: "Nội dung liên quan" asset links, ratings "Đánh giá trung bình",
   a posted comment (``lfr-discussion-message``) on #6 written like a paragraph, the abstracts on
   the home page (summary cut by ``StringUtil.shorten`` with "..."). None of it is body/summary.
10. A Word paste in #5: the whole text is one ``<div>`` of ``<span>``s with ``<br />`` between
    lines (no ``<p>``). Gold: each line is a paragraph.
11. Pagination of a category view leaves the friendly URL: page 2 of "Hoạt động chuyên môn" is
    ``/tin-tuc?…&p_r_p_564233524_categoryId=31405&…_cur=2``; it holds #13.
12. The notice #4 is printed as an official document (letterhead table, "Số:", place-and-date
    line, "THÔNG BÁO / Về việc …", "Nơi nhận", signer). Gold per the house convention.

Gold decisions on ambiguous points
- ``category``: the asset category ("Chủ đề:" in the metadata strip / Categories Navigation),
  since the page breadcrumb only says "Tin tức" (or "Trang chủ" for the home copies).
- ``summary``: the template's ``div.pgd-ct-tt`` (bold lead outside the text) when filled; the
  meta description alone (first words of the text) is not a sapo.
- A unit signing alone ("Bộ phận Chuyên môn", "Tổ Tổ chức - Hành chính") is the author.
- The notice's published_at is its letterhead day 2026-11-30 although the asset is displayed
  from 2026-12-01.
"""

from __future__ import annotations

import datetime as _dt
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay62_catnav_title_list_pgd"
PLATFORM = "Liferay Portal 6.2 CE GA6 (Asset Publisher title list + Categories Navigation, Velocity)"
START_PATH = "/"

SITE = "/web/pgdkrongpac"
AP = "Kp7wTQx2bLmR"
HOME_AP = "hN4vXz9QaEoD"
CATNAV = "cT3rQm8YpUw1"
DL = "Dl5vBq2nRt0e"
AP_PID = f"101_INSTANCE_{AP}"
NS = f"_{AP_PID}_"
PRP = "p_r_p_564233524_categoryId"
DELTA = 5
TODAY_HDR = "Thứ Bảy, 05/12/2026"
GROUP = "10180"

CATS = {31405: "Hoạt động chuyên môn", 31407: "Phong trào - Thi đua", 31409: "Thông báo"}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def doc_img(folder: int, name: str, uuid: str, t: int) -> str:
    return f"/documents/{GROUP}/{folder}/{name}/{uuid}?t={t}"


# --- the stories ------------------------------------------------------------------------------

LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody>'
    '<tr><td style="text-align:center;width:40%;">UBND HUYỆN KRÔNG PẮC<br />'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
    '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
    "Độc lập - Tự do - Hạnh phúc</strong></td></tr>"
    '<tr><td style="text-align:center;">Số: 412/TB-PGDĐT</td>'
    '<td style="text-align:right;"><em>Krông Pắc, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align:center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align:center;"><strong>Về việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 '
    "cấp huyện năm học 2026-2027</strong></p>"
)
NOTICE_CLOSE = (
    '<table border="0" style="width:100%;"><tbody><tr>'
    '<td style="vertical-align:top;width:50%;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các trường THCS trên địa bàn;<br />- Lãnh đạo Phòng;<br />- Lưu: VT, CM.</td>"
    '<td style="text-align:center;vertical-align:top;"><strong>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG PHÒNG</strong>'
    "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Hùng</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        1,
        "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026-2027",
        "Hoạt động chuyên môn",
        "2026-12-04T16:20:00+07:00",
        [
            P("Trong hai tuần, từ ngày 23/11 đến 04/12/2026, 86 giáo viên của 17 trường THCS trên địa bàn huyện đã tham gia thi thực hành giảng dạy tại các điểm trường."),
            Img(doc_img(31201, "hoi-thi-gvdg-1.jpg", "3f2a9c1e-5b7d-4e21-9a0c-7d1e2f3a4b5c", 1764837600000),
                "Cô giáo Nguyễn Thị Thu Hà, Trường THCS Phan Bội Châu, trong tiết dạy môn Ngữ văn",
                "Cô giáo Nguyễn Thị Thu Hà, Trường THCS Phan Bội Châu, trong tiết dạy môn Ngữ văn", "table"),
            P("Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy trên lớp, trong đó một tiết do Ban Giám khảo bốc thăm trước 24 giờ."),
            P("Ban Giám khảo đánh giá cao việc vận dụng các phương pháp dạy học tích cực, tổ chức hoạt động nhóm và ứng dụng công nghệ thông tin phù hợp với đặc điểm học sinh vùng đồng bào dân tộc thiểu số."),
            Img(doc_img(31201, "hoi-thi-gvdg-2.jpg", "8b1c0d2e-6f3a-4c5b-9e7d-1a2b3c4d5e6f", 1764837660000),
                "Ban Giám khảo góp ý sau tiết dạy", "Ban Giám khảo góp ý sau tiết dạy", "table"),
            P("Kết quả, 61 giáo viên được công nhận giáo viên dạy giỏi cấp huyện; Phòng GD&ĐT sẽ chọn 12 giáo viên tiêu biểu tham dự hội thi cấp tỉnh vào tháng 3/2027."),
        ],
        authors=["H'Linh Niê"],
        photographers=["H'Linh Niê"],
        summary="Sáng 04/12, Phòng GD&ĐT huyện Krông Pắc tổ chức bế mạc và trao giải Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026-2027.",
        sapo_outside=True,
        opts={"cat": 31405, "disp": "2026-12-04T16:20", "mod": "05/12/26", "byline": "Tin, ảnh: H'Linh Niê", "related": [5]},
    ),
    Story(
        2,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "Thông báo",
        "2026-12-03T09:45:00+07:00",
        [
            P("Phòng GD&ĐT huyện Krông Pắc thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 đối với các môn kiểm tra theo đề chung của huyện như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "row"),
            P("21/12/2026 | Sáng | Ngữ văn 9 | 90 phút", "row"),
            P("21/12/2026 | Chiều | Toán 9 | 90 phút", "row"),
            P("22/12/2026 | Sáng | Tiếng Anh 9 | 60 phút", "row"),
            P("Các trường chủ động bố trí lịch kiểm tra các môn còn lại, hoàn thành trước ngày 31/12/2026 và báo cáo kết quả về bộ phận chuyên môn trước ngày 08/01/2027."),
        ],
        authors=["Bộ phận Chuyên môn"],
        opts={"cat": 31409, "disp": "2026-12-03T09:45", "mod": "03/12/26", "byline": "Bộ phận Chuyên môn"},
    ),
    Story(
        3,
        "hoi-khoe-phu-dong-cap-huyen-lan-thu-xii",
        "Hội khỏe Phù Đổng cấp huyện lần thứ XII: sân chơi bổ ích của hơn 900 vận động viên",
        "Phong trào - Thi đua",
        "2026-12-02T14:30:00+07:00",
        [
            P("Hội khỏe Phù Đổng huyện Krông Pắc lần thứ XII diễn ra từ ngày 28/11 đến 02/12/2026 tại Trung tâm Văn hóa - Thể thao huyện với sự tham gia của hơn 900 vận động viên là học sinh tiểu học và THCS."),
            P("Các vận động viên thi đấu 9 môn: điền kinh, bơi lội, bóng đá, cầu lông, bóng bàn, cờ vua, đá cầu, kéo co và đẩy gậy."),
            Img(doc_img(31207, "hkpd-khai-mac.jpg", "c4d5e6f7-0a1b-4c2d-8e3f-5a6b7c8d9e0f", 1764660000000),
                "(Các đoàn vận động viên diễu hành tại lễ khai mạc)", "Các đoàn vận động viên diễu hành tại lễ khai mạc", "pem"),
            P("Lần đầu tiên, môn đẩy gậy - môn thể thao dân tộc của đồng bào Ê Đê - được đưa vào nội dung thi đấu, thu hút đông đảo học sinh các xã Ea Yông, Ea Uy, Vụ Bổn tham gia."),
            Img(doc_img(31207, "hkpd-day-gay.jpg", "d5e6f7a8-1b2c-4d3e-9f4a-6b7c8d9e0f1a", 1764660060000),
                "(Phần thi đẩy gậy nội dung nam THCS)", "Phần thi đẩy gậy nội dung nam THCS", "pem"),
            P("Kết thúc hội thao, Ban Tổ chức trao 3 giải toàn đoàn; Trường THCS Phan Bội Châu xếp thứ nhất, Trường THCS Ea Kly thứ nhì và Trường THCS Lê Quý Đôn thứ ba."),
        ],
        authors=["Y Thuận Niê"],
        photographers=["Lê Minh Đức"],
        opts={"cat": 31407, "disp": "2026-12-02T14:30", "mod": "04/12/26", "byline": "Tin: Y Thuận Niê - Ảnh: Lê Minh Đức", "unresolved": True},
    ),
    Story(
        4,
        "thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
        "Thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
        "Thông báo",
        "2026-11-30",
        [
            Raw(LETTERHEAD),
            P("Căn cứ Kế hoạch số 185/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT về nhiệm vụ năm học 2026-2027, Phòng GD&ĐT thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện như sau:"),
            P("1. Thời gian thi: ngày 19 và 20/12/2026."),
            P("2. Địa điểm: Trường THCS Phan Bội Châu, thị trấn Phước An."),
            P("3. Các trường lập danh sách học sinh dự thi và gửi về Phòng GD&ĐT (qua bộ phận chuyên môn) trước ngày 10/12/2026."),
            P("Nhận được thông báo này, đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm túc./."),
            Raw(NOTICE_CLOSE),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"cat": 31409, "disp": "2026-12-01T08:00", "mod": "01/12/26", "tpl": "tb"},
    ),
    Story(
        5,
        "chuyen-de-doi-moi-phuong-phap-day-hoc-mon-toan-tai-truong-thcs-phan-boi-chau",
        "Chuyên đề đổi mới phương pháp dạy học môn Toán theo Chương trình GDPT 2018 tại Trường THCS Phan Bội Châu",
        "Hoạt động chuyên môn",
        "2026-11-27T10:00:00+07:00",
        [
            P("Ngày 26/11/2026, Trường THCS Phan Bội Châu phối hợp với Phòng GD&ĐT tổ chức chuyên đề cấp huyện về đổi mới phương pháp dạy học môn Toán.", "br"),
            P("Tham dự có hơn 40 giáo viên dạy Toán của các trường THCS trên địa bàn huyện.", "br"),
            P("Tại chuyên đề, cô giáo Trần Thị Lan đã thực hiện tiết dạy minh họa bài \"Hàm số y = ax² (a ≠ 0)\" theo hướng tổ chức hoạt động trải nghiệm.", "br"),
            P("Các đại biểu đã thảo luận về cách xây dựng kế hoạch bài dạy theo Công văn 5512 và việc sử dụng phần mềm GeoGebra trong dạy học hình học.", "br"),
        ],
        source="Trường THCS Phan Bội Châu",
        opts={"cat": 31405, "disp": "2026-11-27T10:00", "mod": "28/11/26", "nguon": "Trường THCS Phan Bội Châu", "related": [1]},
    ),
    Story(
        6,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "Phong trào - Thi đua",
        "2026-11-20T07:30:00+07:00",
        [
            P("Sáng 19/11/2026, Phòng GD&ĐT huyện Krông Pắc tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026."),
            Img(doc_img(31210, "20-11-tuyen-duong.jpg", "e6f7a8b9-2c3d-4e4f-8a5b-7c8d9e0f1a2b", 1763600000000),
                "Ảnh: H'Nhi Êban", None, "credit"),
            P("Dịp này, 45 nhà giáo tiêu biểu được Chủ tịch UBND huyện tặng giấy khen vì có thành tích xuất sắc trong công tác giảng dạy và giáo dục học sinh."),
            P("Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận những đóng góp của đội ngũ nhà giáo, đặc biệt là các thầy cô công tác tại các buôn vùng sâu."),
        ],
        authors=["Ngọc Ánh"],
        photographers=["H'Nhi Êban"],
        opts={"cat": 31407, "disp": "2026-11-20T07:30", "mod": "21/11/26", "byline": "Ngọc Ánh", "comments": True},
    ),
    Story(
        7,
        "truong-mam-non-hoa-sen-to-chuc-ngay-hoi-be-khoe-be-ngoan",
        "Trường Mầm non Hoa Sen tổ chức ngày hội \"Bé khỏe - Bé ngoan\"",
        "Phong trào - Thi đua",
        "2026-11-16",
        [
            P("Ngày 14/11/2026, Trường Mầm non Hoa Sen (xã Ea Kly) tổ chức ngày hội \"Bé khỏe - Bé ngoan\" cho hơn 300 trẻ các lớp mẫu giáo."),
            P("Các bé tham gia các trò chơi vận động, hát múa và trình diễn trang phục truyền thống của các dân tộc Kinh, Ê Đê, Tày, Nùng."),
        ],
        opts={"cat": 31407, "disp": "2026-11-16T09:00", "mod": "16/11/26", "tpl": "ngan"},
    ),
    Story(
        8,
        "tap-huan-cong-tac-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-2026",
        "Tập huấn công tác chuyển đổi số trong quản lý trường học năm 2026",
        "Hoạt động chuyên môn",
        "2026-11-10T15:00:00+07:00",
        [
            P("Từ ngày 08 đến 10/11/2026, Phòng GD&ĐT tổ chức tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý và nhân viên văn phòng các trường."),
            P("Nội dung tập huấn gồm:"),
            P("Sử dụng phần mềm quản lý nhà trường và sổ điểm điện tử;", "li"),
            P("Ký số văn bản và hồ sơ học sinh;", "li"),
            P("Bảo đảm an toàn thông tin khi khai thác dữ liệu ngành.", "li"),
            P("Sau tập huấn, các trường hoàn thành việc triển khai học bạ số đối với khối lớp 6 trước ngày 31/12/2026."),
        ],
        authors=["Phạm Quốc Việt"],
        opts={"cat": 31405, "disp": "2026-11-10T15:00", "mod": "12/11/26", "byline": "Phạm Quốc Việt",
              "tail": '<p><strong>Tệp đính kèm:</strong> <a href="/documents/10180/45000/ke-hoach-tap-huan-cds.pdf/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d">Kế hoạch tập huấn.pdf</a></p>'
                      '<p><em>Xem thêm: <a href="https://moet.gov.vn/tintuc">Bộ GD&amp;ĐT triển khai Đề án chuyển đổi số</a></em></p>'},
    ),
    Story(
        9,
        "thong-bao-ve-viec-nop-ho-so-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien",
        "Thông báo về việc nộp hồ sơ xét thăng hạng chức danh nghề nghiệp giáo viên",
        "Thông báo",
        "2026-11-05T08:00:00+07:00",
        [
            P("Phòng GD&ĐT đề nghị các trường tổng hợp hồ sơ giáo viên đủ điều kiện xét thăng hạng chức danh nghề nghiệp năm 2026 và nộp về Phòng trước 17 giờ ngày 20/11/2026."),
            P("Hồ sơ gồm: đơn đăng ký, bản sao văn bằng, chứng chỉ và bản nhận xét, đánh giá của Hiệu trưởng."),
        ],
        authors=["Tổ Tổ chức - Hành chính"],
        opts={"cat": 31409, "disp": "2026-11-05T08:00", "mod": "06/11/26", "byline": "Tổ Tổ chức - Hành chính"},
    ),
    Story(
        10,
        "giao-luu-tieng-viet-cua-chung-em-danh-cho-hoc-sinh-dan-toc-thieu-so",
        "Giao lưu \"Tiếng Việt của chúng em\" dành cho học sinh dân tộc thiểu số cấp huyện",
        "Phong trào - Thi đua",
        "2026-10-30T09:15:00+07:00",
        [
            P("Ngày 29/10/2026, tại Trường Tiểu học Y Jút (xã Ea Phê), Phòng GD&ĐT tổ chức giao lưu \"Tiếng Việt của chúng em\" cho 68 học sinh dân tộc thiểu số của 34 trường tiểu học."),
            Img(doc_img(31215, "giao-luu-tieng-viet.jpg", "f7a8b9c0-3d4e-4f5a-9b6c-8d9e0f1a2b3c", 1761700000000),
                "Em H'Yên Byă, Trường TH Y Jút, kể chuyện theo tranh", "Em H'Yên Byă, Trường TH Y Jút, kể chuyện theo tranh", "table"),
            P("Học sinh thể hiện khả năng sử dụng tiếng Việt qua các phần thi giới thiệu bản thân, kể chuyện, đọc thơ và hùng biện về văn hóa buôn làng."),
        ],
        authors=["Y Bhim Mlô"],
        photographers=["Y Bhim Mlô"],
        opts={"cat": 31407, "disp": "2026-10-30T09:15", "mod": "31/10/26", "byline": "Tin, ảnh: Y Bhim Mlô"},
    ),
    Story(
        11,
        "hoi-nghi-chuyen-de-giao-duc-stem-cap-tieu-hoc",
        "Hội nghị chuyên đề giáo dục STEM cấp tiểu học",
        "Hoạt động chuyên môn",
        "2026-10-22T14:00:00+07:00",
        [
            P("Chiều 21/10/2026, Phòng GD&ĐT tổ chức hội nghị chuyên đề giáo dục STEM cấp tiểu học tại Trường Tiểu học Lê Văn Tám."),
            P("Những kết quả bước đầu", "h"),
            P("Năm học 2025-2026, 100% trường tiểu học đã xây dựng kế hoạch giáo dục STEM, tổ chức ít nhất hai bài học STEM mỗi học kỳ ở các lớp 4, 5."),
            P("Nhiệm vụ thời gian tới", "h"),
            P("Các trường tăng cường bồi dưỡng giáo viên, tận dụng vật liệu tái chế và phối hợp với cha mẹ học sinh để tổ chức các câu lạc bộ STEM."),
        ],
        authors=["Lê Thị Hồng"],
        opts={"cat": 31405, "disp": "2026-10-22T14:00", "mod": "22/10/26", "byline": "Lê Thị Hồng", "unresolved": True},
    ),
    Story(
        12,
        "kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-tai-xa-ea-kenh",
        "Kiểm tra công tác phổ cập giáo dục, xóa mù chữ tại xã Ea Kênh",
        "Hoạt động chuyên môn",
        "2026-10-15",
        [
            P("Đoàn kiểm tra của Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện đã làm việc với UBND xã Ea Kênh và các trường trên địa bàn xã."),
            P("Qua kiểm tra, xã Ea Kênh duy trì đạt chuẩn phổ cập giáo dục tiểu học mức độ 3 và phổ cập giáo dục THCS mức độ 2."),
        ],
        opts={"cat": 31405, "disp": "2026-10-15T10:00", "mod": "15/10/26", "tpl": "ngan"},
    ),
    Story(
        13,
        "trien-khai-nhiem-vu-nam-hoc-2026-2027-doi-voi-giao-duc-thcs",
        "Triển khai nhiệm vụ năm học 2026-2027 đối với giáo dục THCS",
        "Hoạt động chuyên môn",
        "2026-10-08T10:30:00+07:00",
        [
            P("Phòng GD&ĐT huyện Krông Pắc tổ chức hội nghị triển khai nhiệm vụ năm học 2026-2027 đối với cấp THCS với sự tham dự của hiệu trưởng, phó hiệu trưởng 17 trường."),
            P("\"Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo\" tiếp tục là chủ đề của năm học.", "q"),
            P("Hội nghị thống nhất 5 nhiệm vụ trọng tâm, trong đó ưu tiên nâng cao chất lượng giáo dục mũi nhọn và giảm tỷ lệ học sinh bỏ học ở các xã vùng khó khăn."),
        ],
        authors=["Phạm Quốc Việt"],
        source="Báo Đắk Lắk",
        opts={"cat": 31405, "disp": "2026-10-08T10:30", "mod": "09/10/26", "byline": "Phạm Quốc Việt", "nguon": "Báo Đắk Lắk"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
ORDER = sorted(STORIES, key=lambda s: s.opts["disp"], reverse=True)
FEATURED = [1, 3, 6]


# --- URLs -------------------------------------------------------------------------------------


def art_path(s: Story, page: str = "tin-tuc", inst: str = AP) -> str:
    return f"{SITE}/{page}/-/asset_publisher/{inst}/content/{s.slug}"


def list_url(cur: int, cat: int | None = None) -> str:
    prp = f"&{PRP}={cat}" if cat else ""
    return f"{SITE}/tin-tuc?p_p_id={AP_PID}&p_p_lifecycle=0{prp}&{NS}cur={cur}&{NS}delta={DELTA}"


def cat_url(cat: int) -> str:
    return f"{SITE}/tin-tuc/-/categories/{cat}"


def with_redirect(s: Story, current: str) -> str:
    return f"{art_path(s)}?redirect={quote(current, safe='')}"


def related_url(s: Story, from_story: Story) -> str:
    return f"{art_path(s)}?inheritRedirect=true&redirect={quote(art_path(from_story), safe='')}"


def print_url(s: Story) -> str:
    return f"{art_path(s)}?viewMode=print&p_p_state=pop_up"


def short_date(day: str) -> str:
    y, m, d = day[:10].split("-")
    return f"{d}/{m}/{y[2:]}"


def lesc(value: str) -> str:
    """Liferay's HtmlUtil.escape: the apostrophe as ``&#039;``."""
    return esc(value).replace("&#x27;", "&#039;")


# --- chrome -----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", f"{SITE}/trang-chu", []),
    ("Giới thiệu", f"{SITE}/gioi-thieu", [("Giới thiệu chung", f"{SITE}/gioi-thieu"), ("Cơ cấu tổ chức", f"{SITE}/co-cau-to-chuc")]),
    ("Tin tức", f"{SITE}/tin-tuc", [(name, cat_url(cid)) for cid, name in CATS.items()]),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Thư viện ảnh", f"{SITE}/thu-vien-anh", []),
    ("Liên hệ", f"{SITE}/lien-he", []),
]


def nav(selected: str) -> str:
    items = []
    for i, (label, href, children) in enumerate(MENU, start=1):
        cls = "selected" if label == selected else ""
        sub = ""
        if children:
            sub = '<ul class="child-menu" role="menu">' + "".join(
                f'<li class="" id="layout_{40 + i}{j}" role="presentation"><a href="{esc(h)}" role="menuitem">{esc(lab)}</a></li>'
                for j, (lab, h) in enumerate(children)
            ) + "</ul>"
        aria = ' aria-haspopup="true"' if children else ""
        items.append(
            f'<li class="{cls}" id="layout_{i}" role="presentation"><a aria-labelledby="layout_{i}"{aria} href="{esc(href)}" role="menuitem"><span> {esc(label)}</span></a>{sub}</li>'
        )
    return ('<nav class="sort-pages modify-pages" id="navigation" role="navigation"><h1 class="hide-accessible">Điều hướng</h1>'
            '<ul aria-label="Các trang web" role="menubar">' + "".join(items) + "</ul></nav>")


def breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    out = []
    for i, (label, href) in enumerate(crumbs):
        last = i == len(crumbs) - 1
        cls = ("first " if i == 0 else "") + ("active last" if last else "")
        inner = f'<a href="{esc(href)}">{esc(label)}</a>' if href else esc(label)
        div = "" if last else '<span class="divider">/</span>'
        out.append(f'<li class="{cls.strip()}">{inner}{div}</li>')
    return ('<nav id="breadcrumbs"><ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
            + "".join(out) + "</ul></nav>")


def portlet(pid: str, title: str, inner: str, extra: str = "") -> str:
    root = pid.split("_INSTANCE_")[0]
    return (
        f'<div class="portlet-boundary portlet-boundary_{root}_ portlet-static portlet-static-end portlet-decorate {extra}" id="p_p_id_{pid}_">'
        f'<span id="p_{pid}"></span><div class="portlet-body">'
        f'<section class="portlet" id="portlet_{pid}">'
        f'<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1>'
        f'<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar"></menu></header>'
        f'<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">{inner}</div></div></div>'
        "</section></div></div>"
    )


def counter_box() -> str:
    inner = ('<div class="tk-truycap"><table class="tbl-tk"><tbody>'
             '<tr><td><img alt="" src="/krongpac-theme/images/custom/online.gif" /> Đang online:</td><td class="so">14</td></tr>'
             '<tr><td>Hôm nay:</td><td class="so">386</td></tr>'
             '<tr><td>Tổng truy cập:</td><td class="so">1.254.907</td></tr></tbody></table></div>')
    return portlet("56_INSTANCE_tKe9Wq1zRs0A", "Thống kê truy cập", inner)


def links_box() -> str:
    inner = ('<select class="lk-web" onchange="window.open(this.value)"><option value="">-- Liên kết website --</option>'
             '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
             '<option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>'
             '<option value="https://krongpac.daklak.gov.vn">UBND huyện Krông Pắc</option></select>'
             '<ul class="lk-banner"><li><a href="https://csdl.moet.gov.vn" target="_blank"><img alt="CSDL ngành" src="/krongpac-theme/images/custom/bn-csdl.png" /></a></li>'
             '<li><a href="https://ioffice.daklak.edu.vn" target="_blank"><img alt="iOffice" src="/krongpac-theme/images/custom/bn-ioffice.png" /></a></li></ul>')
    return portlet("56_INSTANCE_lK2mNb7vXc4D", "Liên kết", inner)


def most_read_box() -> str:
    items = "".join(
        f'<li><a href="{esc(art_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>' for i in (1, 6, 2)
    )
    return portlet("56_INSTANCE_xN8hTr3kPo2Z", "Tin xem nhiều", f'<ul class="ds-xemnhieu">{items}</ul>')


def page(request: Request, title: str, selected: str, crumbs: list[tuple[str, str | None]], body: str,
         canonical: str, description: str = "") -> Response:
    base = base_url(request)
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""
    doc = f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - Phòng GD&amp;ĐT Krông Pắc</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}
<link href="/krongpac-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="{esc(base + canonical)}" rel="canonical" />
<link class="lfr-css-file" href="/krongpac-theme/css/aui.css?browserId=other&amp;themeId=krongpac_WAR_krongpactheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1764000000000" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?browserId=other&amp;themeId=krongpac_WAR_krongpactheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1764000000000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=krongpac_WAR_krongpactheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1764000000000" type="text/javascript"></script>
<script type="text/javascript">
// <![CDATA[
var Liferay = {{Browser: {{}}, ThemeDisplay: {{getLayoutRelativeURL: function() {{return '{esc(canonical)}';}},
getLanguageId: function() {{return 'vi_VN';}}, getPathMain: function() {{return '/c';}}, getPlid: function() {{return '10458';}},
getScopeGroupId: function() {{return '{GROUP}';}}, getSiteGroupId: function() {{return '{GROUP}';}}, isSignedIn: function() {{return false;}}}}}};
Liferay.currentURL = '{esc(quote(request.target, safe="/"))}';
// ]]>
</script>
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Chuyển đến nội dung chính</a>
<div class="container-fluid" id="wrapper">
<div class="top-bar"><span class="ngay-hien-tai">{TODAY_HDR}</span>
<span class="top-links"><a href="{SITE}/so-do-trang">Sơ đồ trang</a> | <a href="{SITE}/lien-he">Liên hệ</a></span>
<form action="{SITE}/trang-chu" class="frm-tim" method="get" name="_3_fm">
<input name="p_p_id" type="hidden" value="3" /><input name="p_p_lifecycle" type="hidden" value="0" />
<input name="p_p_state" type="hidden" value="maximized" /><input name="_3_struts_action" type="hidden" value="/search/search" />
<input name="_3_keywords" placeholder="Tìm kiếm..." size="20" type="text" value="" /><button type="submit">Tìm</button></form></div>
<header id="banner" role="banner">
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{SITE}/trang-chu" title="Đến Phòng Giáo dục và Đào tạo huyện Krông Pắc">
<img alt="Phòng Giáo dục và Đào tạo huyện Krông Pắc" height="90" src="/image/layout_set_logo?img_id=10512&amp;t=1764000000000" width="90" /></a>
<span class="ten-don-vi"><span class="dv-cap-tren">UBND HUYỆN KRÔNG PẮC</span><br />PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></h1></div>
{nav(selected)}
</header>
<div id="content">
{breadcrumb(crumbs)}
{body}
</div>
<footer id="footer" role="contentinfo">
<div class="ft-info"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</strong></p>
<p>Địa chỉ: 05 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262.3521.248 - Email: pgdkrongpac@daklak.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT huyện Krông Pắc</p></div>
<p class="powered-by">Bản quyền © 2026 Phòng GD&amp;ĐT Krông Pắc. Vận hành bởi <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</footer>
</div>
<script type="text/javascript">// <![CDATA[
AUI().use('aui-base', 'liferay-menu', 'liferay-navigation-interaction', function(A) {{ Liferay.Menu(); }});
// ]]></script>
</body>
</html>"""
    return html(doc)


def two_columns(left: str, right: str, layout: str = "columns-1-2") -> str:
    return (
        f'<div class="{layout}" id="main-content" role="main"><div class="portlet-layout row-fluid">'
        '<div class="portlet-column portlet-column-first span3" id="column-1">'
        f'<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{left}</div></div>'
        '<div class="portlet-column portlet-column-last span9" id="column-2">'
        f'<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{right}</div></div>'
        "</div></div>"
    )


def catnav_box(selected: int | None = None) -> str:
    items = "".join(
        f'<li><span><a class="{"tag-selected" if cid == selected else ""}" href="{cat_url(cid)}">{esc(name)}</a></span></li>'
        for cid, name in CATS.items()
    )
    inner = ('<div class="taglib-asset-categories-navigation"><div class="lfr-asset-vocabulary-container">'
             '<h3 class="asset-vocabulary-title">Chủ đề</h3>'
             f'<div class="lfr-asset-category-list-container"><ul class="lfr-asset-category-list">{items}</ul></div>'
             "</div></div>")
    return portlet(f"122_INSTANCE_{CATNAV}", "Danh mục tin", inner, "portlet-asset-categories-navigation")


# --- listings ---------------------------------------------------------------------------------


def page_iterator(cur: int, total: int, cat: int | None) -> str:
    pages = max(1, -(-total // DELTA))
    first = (cur - 1) * DELTA + 1
    last = min(cur * DELTA, total)
    opts = "".join(
        f'<li class="" role="presentation"><a href="{esc(list_url(p, cat))}" class=" taglib-icon" id="{NS}_{p}_menuItem" role="menuitem">'
        f'<span class="taglib-text-icon">{p}</span></a></li>'
        for p in range(1, pages + 1)
    )

    def btn(cls: str, label: str, target: int | None) -> str:
        if target is None:
            return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{esc(list_url(target, cat))}">{label}</a></li>'

    prev = cur - 1 if cur > 1 else None
    nxt = cur + 1 if cur < pages else None
    return (
        f'<div class="taglib-page-iterator" id="{NS}ocerSearchContainerPageIterator"><div class="clearfix lfr-pagination">'
        '<div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">'
        f'<div class="btn-group lfr-icon-menu current-page-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title="Trang {cur} của {pages}">'
        f'<span class="lfr-icon-menu-text">Trang {cur} của {pages}</span> <i class="caret"></i></a>'
        f'<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{opts}</ul></div></div></div>'
        f'<small class="search-results">Hiển thị {first} - {last} trong tổng số {total} kết quả.</small>'
        '<ul class="pager lfr-pagination-buttons">'
        + btn("first", "&larr; Đầu", 1 if prev else None)
        + btn("", "Trước", prev)
        + btn("", "Tiếp", nxt)
        + btn("last", "Cuối &rarr;", pages if nxt else None)
        + "</ul></div></div>"
    )


def title_list(items: list[Story], current: str | None) -> str:
    rows = []
    for s in items:
        href = with_redirect(s, current) if current else art_path(s)
        rows.append(
            f'<li class="title-list com.liferay.portlet.journal.model.JournalArticle">'
            f'<a class="taglib-icon" href="{esc(href)}" id="{NS}rjus_{s.id}"><img alt="" src="/html/icons/journal.png" />'
            f'<span class="taglib-text ">{lesc(s.title)}</span></a>'
            f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{short_date(s.opts["disp"])}</span>'
            f'<span class="metadata-entry metadata-view-count">{s.views()} Lượt xem</span></div></li>'
        )
    return f'<ul class="title-list">{"".join(rows)}</ul>'


def listing(request: Request, cur: int, cat: int | None, via_friendly: bool) -> Response:
    items = [s for s in ORDER if cat is None or s.opts["cat"] == cat]
    pages = max(1, -(-len(items) // DELTA))
    cur = min(max(cur, 1), pages)
    chunk = items[(cur - 1) * DELTA: cur * DELTA]
    if cat is None:
        # the redirect each link carries: this list's own currentURL
        current = f"{SITE}/tin-tuc" if request.query == "" else list_url(cur)
        lst = title_list(chunk, current)
        head = ""
        canonical = f"{SITE}/tin-tuc"
    else:
        lst = title_list(chunk, None)
        head = (f'<h2 class="taglib-categorization-filter entry-title"><span class="asset-entry"><span class="asset-entry-title">'
                f'{esc(CATS[cat])}<a class="remove-filter" href="{SITE}/tin-tuc">&times;</a></span></span></h2>')
        canonical = cat_url(cat) if via_friendly else f"{SITE}/tin-tuc"
    inner = f'<div class="asset-publisher-list">{head}{lst}</div>'
    if pages > 1:
        inner += page_iterator(cur, len(items), cat)
    ap = portlet(AP_PID, "Tin tức", inner, "portlet-asset-publisher")
    body = two_columns(catnav_box(cat) + most_read_box() + counter_box(), ap)
    crumbs = [("Trang chủ", f"{SITE}/trang-chu"), ("Tin tức", f"{SITE}/tin-tuc")]
    if cat:
        crumbs.append((CATS[cat], None))
    return page(request, "Tin tức", "Tin tức", crumbs, body, canonical)


# --- the article ------------------------------------------------------------------------------


def render_blocks(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:90%;"><tbody>'
                    f'<tr><td style="text-align:center;"><img alt="" src="{esc(b.src)}" style="width:600px;height:400px;" /></td></tr>'
                    f'<tr><td style="text-align:center;"><span style="font-size:12px;"><em>{lesc(b.printed or "")}</em></span></td></tr>'
                    "</tbody></table>"
                )
            elif b.style == "pem":
                out.append(f'<p style="text-align:center;"><img alt="" src="{esc(b.src)}" style="width:600px;height:400px;" /></p>'
                           f'<p style="text-align:center;"><em>{lesc(b.printed or "")}</em></p>')
            elif b.style == "credit":
                out.append(f'<p style="text-align:center;"><img alt="" src="{esc(b.src)}" style="width:600px;" /><br />'
                           f'<span style="font-size:11px;"><em>{lesc(b.printed or "")}</em></span></p>')
            else:
                out.append(f'<p style="text-align:center;"><img alt="" src="{esc(b.src)}" /></p>')
        elif b.style in ("li", "row", "br"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{lesc(p.text)}</li>" for p in group) + "</ul>")
            elif b.style == "row":
                rows = []
                for n, p in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{lesc(c)}</{tag}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="4" cellspacing="0" style="width:100%;"><tbody>' + "".join(rows) + "</tbody></table>")
            else:
                lines = "<br />\n".join(
                    f'<span style="font-size:14px;"><span style="font-family:times new roman,times,serif;">{lesc(p.text)}</span></span>'
                    for p in group
                )
                out.append(f'<div style="text-align: justify;">{lines}</div>')
            continue
        elif b.style == "h":
            out.append(f"<h3><strong>{lesc(b.text)}</strong></h3>")
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{lesc(b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{lesc(b.text)}</p>')
        out.append("\n")
        i += 1
    return "".join(out)


def date_line(s: Story) -> str:
    d = _dt.datetime.fromisoformat(s.opts["disp"])
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} - {d:%H:%M}"


def velocity(s: Story) -> str:
    tpl = s.opts.get("tpl", "tin")
    body = render_blocks(s)
    if tpl == "tb":
        return f'<div class="pgd-tb">{body}</div>'
    byline = s.opts.get("byline")
    if tpl == "ngan":
        d = _dt.datetime.fromisoformat(s.opts["disp"])
        tail = f'<p style="text-align:right;"><strong>{lesc(byline)}</strong></p>' if byline else ""
        return f'<div class="tinngan"><p class="tn-ngay">Ngày {d:%d/%m/%Y}</p>{body}{tail}</div>'
    parts = [f'<div class="pgd-ct" id="pgdct_{31500 + s.id}">',
             f'<div class="pgd-ct-tde">{lesc(s.title)}</div>',
             f'<div class="pgd-ct-ngay"><i class="icon-calendar"></i>&nbsp;{date_line(s)}</div>']
    if s.summary:
        parts.append(f'<div class="pgd-ct-tt"><strong>{lesc(s.summary)}</strong></div>')
    parts.append(f'<div class="pgd-ct-nd">{body}{s.opts.get("tail", "")}</div>')
    if byline:
        parts.append(f'<div class="pgd-ct-tg" style="text-align:right;"><strong>{lesc(byline)}</strong></div>')
    if s.opts.get("nguon"):
        parts.append(f'<div class="pgd-ct-ng"><em>Nguồn: {lesc(s.opts["nguon"])}</em></div>')
    elif s.opts.get("unresolved"):
        parts.append('<div class="pgd-ct-ng"><em>Nguồn: $NguonTin.getData()</em></div>')
    parts.append("</div>")
    return "".join(parts)


def comments_box(s: Story) -> str:
    msgs = ""
    if s.opts.get("comments"):
        msgs = ('<div class="lfr-discussion-container"><div class="lfr-discussion" id="_{0}_messageScroll41807">'
                '<div class="lfr-discussion-details"><img alt="" class="user-status-avatar" src="/image/user_male_portrait?img_id=0&amp;t=1763700000000" />'
                '<span class="user-name">Nguyễn Thị Hoa</span><span class="lfr-discussion-date">Đã đăng vào 20/11/26 21:14</span></div>'
                '<div class="lfr-discussion-body"><div class="lfr-discussion-message">Kính chúc các thầy cô giáo luôn mạnh khỏe, hạnh phúc và tiếp tục gắn bó với học trò vùng khó. '
                'Em là học sinh cũ của Trường THCS Ea Kly, rất xúc động khi đọc tin này.</div></div></div></div>').replace("{0}", AP_PID)
    return ('<div class="asset-discussion"><div class="taglib-discussion">'
            '<fieldset class="fieldset add-comment"><legend class="fieldset-legend"><span class="legend">Bình luận</span></legend>'
            f'<div class="lfr-discussion-reply-container"><span class="lfr-discussion-login">Vui lòng đăng nhập để bình luận.</span></div>{msgs}</fieldset>'
            "</div></div>")


def full_content(s: Story, back: str, page_name: str, inst: str) -> str:
    pid = f"101_INSTANCE_{inst}"
    purl = f"{SITE}/{page_name}/-/asset_publisher/{inst}/content/{s.slug}?viewMode=print&p_p_state=pop_up"
    related = ""
    if s.opts.get("related"):
        lis = "".join(
            f'<li class="asset-links-list-item"><a class="taglib-icon" href="{esc(related_url(BY_ID[r], s))}">'
            f'<img alt="" src="/html/icons/journal.png" /><span class="taglib-text">{lesc(BY_ID[r].title)}</span></a></li>'
            for r in s.opts["related"]
        )
        related = ('<div class="taglib-asset-links"><h2 class="asset-links-title"><i class="icon-link"></i> Nội dung liên quan</h2>'
                   f'<ul class="asset-links-list">{lis}</ul></div>')
    cid = s.opts["cat"]
    share = quote(art_path(s), safe="")
    return f"""<div class="taglib-header ">
<span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{esc(back)}" id="_{pid}_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>
<h3 class="header-title"><span>{lesc(s.title)}</span></h3>
</div>
<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<div class="asset-user-actions"><div class="print-action"><span class="lfr-icon-item taglib-icon-list">
<a class="taglib-icon" href="javascript:_{pid}_printPage_0();" id="_{pid}_rjus_print"><i class="icon-print"></i><span class="taglib-text ">In</span></a></span></div>
<script type="text/javascript">function _{pid}_printPage_0() {{window.open('{purl}', '', "directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640");}}</script></div>
<div class="asset-content" id="_{pid}_{31500 + s.id}">
<div class="journal-content-article">
{velocity(s)}
</div>
{related}
</div>
<div class="asset-social-bookmarks"><div class="taglib-social-bookmarks"><ul class="lfr-social-bookmarks-list inline">
<li class="taglib-social-bookmark-facebook"><a class="taglib-icon" href="http://www.facebook.com/sharer.php?u={share}" target="_blank"><span class="taglib-text">Facebook</span></a></li>
<li class="taglib-social-bookmark-twitter"><a class="taglib-icon" href="https://twitter.com/intent/tweet?url={share}" target="_blank"><span class="taglib-text">Twitter</span></a></li>
</ul></div></div>
<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-score"><div class="rating-label">Đánh giá trung bình</div>
<span class="rating-label">(0 Phiếu bầu)</span></div></div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-modified-date">{esc(s.opts["mod"])}</span>
<span class="metadata-entry metadata-author">Viết bởi Quản Trị Viên PGD</span>
<span class="metadata-entry metadata-view-count">{s.views()} Lượt xem</span>
<span class="metadata-entry metadata-categories"><div class="taglib-asset-categories-summary"><span class="asset-vocabulary">Chủ đề:</span>
<a class="asset-category" href="{cat_url(cid)}">{esc(CATS[cid])}</a></div></span></div>
{comments_box(s)}
</div>"""


def meta_description(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first[:150].rsplit(" ", 1)[0] + "..."


def article(request: Request, s: Story, page_name: str, inst: str) -> Response:
    params = request.params
    own = f"{SITE}/{page_name}/-/asset_publisher/{inst}/content/{s.slug}"
    back = params.get("redirect", "")
    if not back.startswith(SITE + "/"):
        back = f"{SITE}/{page_name}"
    content = full_content(s, back, page_name, inst)
    if params.get("viewMode") == "print":
        doc = (f'<!DOCTYPE html><html class="aui ltr" dir="ltr" lang="vi-VN"><head><title>{esc(s.title)} - Phòng GD&amp;ĐT Krông Pắc</title>'
               '<meta content="text/html; charset=UTF-8" http-equiv="content-type" /><link href="/html/css/main.css" rel="stylesheet" />'
               f'<link href="{esc(base_url(request) + own)}" rel="canonical" /></head>'
               '<body class="portal-popup"><div class="columns-max" id="main-content" role="main">'
               '<div class="print-bar"><a href="javascript:print();"><i class="icon-print"></i> In trang này</a></div>'
               f'{portlet(f"101_INSTANCE_{inst}", "Tin tức", content, "portlet-asset-publisher")}</div></body></html>')
        return html(doc)
    ap = portlet(f"101_INSTANCE_{inst}", "Tin tức" if page_name == "tin-tuc" else "Tin nổi bật", content, "portlet-asset-publisher")
    if page_name == "tin-tuc":
        body = two_columns(catnav_box() + most_read_box() + counter_box(), ap)
        crumbs = [("Trang chủ", f"{SITE}/trang-chu"), ("Tin tức", f"{SITE}/tin-tuc"), (s.title, None)]
        sel = "Tin tức"
    else:
        body = two_columns(links_box() + counter_box(), ap)
        crumbs = [("Trang chủ", f"{SITE}/trang-chu"), (s.title, None)]
        sel = "Trang chủ"
    return page(request, s.title, sel, crumbs, body, own, meta_description(s))


# --- other pages ------------------------------------------------------------------------------


def shorten(text: str, n: int = 120) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "..."


def home(request: Request) -> Response:
    if request.params.get("p_p_id") == "3":
        kw = request.params.get("_3_keywords", "")
        inner = (f'<div class="search-results"><p>Kết quả tìm kiếm cho <strong>{esc(kw)}</strong>:</p>'
                 "<p class=\"alert alert-info\">Không tìm thấy kết quả nào phù hợp.</p></div>")
        body = two_columns(links_box(), portlet("3", "Tìm kiếm", inner))
        return page(request, "Tìm kiếm", "Trang chủ", [("Trang chủ", f"{SITE}/trang-chu"), ("Tìm kiếm", None)], body, f"{SITE}/trang-chu")
    feats = []
    for i in FEATURED:
        s = BY_ID[i]
        href = art_path(s, "trang-chu", HOME_AP)
        img = next((b.src for b in s.blocks if isinstance(b, Img)), "/krongpac-theme/images/custom/no-image.jpg")
        lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        feats.append(
            '<div class="asset-abstract default-asset-publisher">'
            f'<h3 class="asset-title"><a href="{esc(href)}"><img alt="" src="/html/icons/journal.png" />{lesc(s.title)}</a></h3>'
            f'<div class="asset-content"><div class="asset-summary"><div class="asset-small-image"><a href="{esc(href)}">'
            f'<img alt="" class="asset-small-image" src="{esc(img)}{"&amp;" if "?" in img else "?"}imageThumbnail=1" width="150" /></a></div>'
            f'{lesc(shorten(lead))}</div><div class="asset-more"><a href="{esc(href)}">Xem thêm <span class="hide-accessible">về {lesc(s.title)}</span> »</a></div></div>'
            f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{short_date(s.opts["disp"])}</span></div></div>'
        )
    feats.append(f'<div class="xem-tat-ca"><a href="{SITE}/tin-tuc">Xem tất cả tin tức »</a></div>')
    ap = portlet(f"101_INSTANCE_{HOME_AP}", "Tin nổi bật", "".join(feats), "portlet-asset-publisher")
    poll = portlet(
        "59_INSTANCE_pOl7Vt2kQx9M", "Thăm dò ý kiến",
        f'<form action="{SITE}/trang-chu?p_auth=Xk3vQ9aB&amp;p_p_id=59_INSTANCE_pOl7Vt2kQx9M&amp;p_p_lifecycle=1&amp;p_p_state=normal" method="post" name="_59_INSTANCE_pOl7Vt2kQx9M_fm">'
        '<p>Bạn đánh giá thế nào về website của Phòng?</p>'
        '<label><input name="_59_INSTANCE_pOl7Vt2kQx9M_choiceId" type="radio" value="1" /> Rất hữu ích</label><br />'
        '<label><input name="_59_INSTANCE_pOl7Vt2kQx9M_choiceId" type="radio" value="2" /> Hữu ích</label><br />'
        '<label><input name="_59_INSTANCE_pOl7Vt2kQx9M_choiceId" type="radio" value="3" /> Bình thường</label><br />'
        '<button class="btn" type="submit">Bình chọn</button></form>',
    )
    notice = portlet("56_INSTANCE_tB1zWq8mNc3R", "Thông báo",
                     '<div class="portlet-msg-info">Lịch tiếp công dân: sáng thứ Năm hằng tuần tại Phòng GD&amp;ĐT.</div>')
    body = two_columns(notice + links_box() + poll + counter_box(), ap, "columns-1-2 trang-chu")
    return page(request, "Trang chủ", "Trang chủ", [("Trang chủ", None)], body, f"{SITE}/trang-chu")


STATIC_PAGES = {
    "gioi-thieu": ("Giới thiệu", "Giới thiệu",
                   "<p>Phòng Giáo dục và Đào tạo huyện Krông Pắc là cơ quan chuyên môn thuộc UBND huyện, tham mưu giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo.</p>"
                   "<p>Toàn huyện có 96 trường mầm non, tiểu học và THCS với hơn 48.000 học sinh và 2.900 cán bộ, giáo viên, nhân viên.</p>"),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", "Giới thiệu",
                       '<table border="1" cellpadding="4" style="width:100%;"><tbody><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>'
                       "<tr><td>Trần Đình Khoa</td><td>Trưởng phòng</td><td>0262.3521.248</td></tr>"
                       "<tr><td>Nguyễn Văn Hùng</td><td>Phó Trưởng phòng</td><td>0262.3521.249</td></tr>"
                       "<tr><td>H&#039;Mai Ayun</td><td>Phó Trưởng phòng</td><td>0262.3521.250</td></tr></tbody></table>"),
    "lien-he": ("Liên hệ", "Liên hệ",
                "<p><strong>Phòng Giáo dục và Đào tạo huyện Krông Pắc</strong></p><p>Địa chỉ: 05 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</p>"
                '<p>Điện thoại: 0262.3521.248</p><p>Email: <a href="mailto:pgdkrongpac@daklak.edu.vn">pgdkrongpac@daklak.edu.vn</a></p>'),
    "thu-vien-anh": ("Thư viện ảnh", "Thư viện ảnh",
                     '<div class="lfr-media-gallery"><h3>Hội khỏe Phù Đổng cấp huyện lần thứ XII</h3><ul class="image-gallery">'
                     + "".join(f'<li><a href="/documents/10180/31207/hkpd-{n}.jpg/a0b1c2d3-0000-4000-8000-00000000000{n}" rel="lightbox">'
                               f'<img alt="Ảnh {n}" src="/documents/10180/31207/hkpd-{n}.jpg/a0b1c2d3-0000-4000-8000-00000000000{n}?imageThumbnail=1" /></a></li>'
                               for n in range(1, 7))
                     + "</ul></div>"),
}

DOCS = {
    45101: ("Kế hoạch số 185/KH-PGDĐT về nhiệm vụ năm học 2026-2027", "ke-hoach-185-kh-pgddt.pdf", "15/09/26", "245 KB"),
    45102: ("Công văn số 398/PGDĐT-CM hướng dẫn kiểm tra cuối học kỳ I", "cv-398-pgddt-cm.pdf", "20/11/26", "118 KB"),
}


def doc_entry_path(fid: int) -> str:
    return f"{SITE}/van-ban/-/document_library_display/{DL}/view_file/{fid}"


def doc_file(fid: int) -> str:
    return f"/documents/{GROUP}/45000/{DOCS[fid][1]}/5c6d7e8f-{fid:04d}-4a1b-9c2d-3e4f5a6b7c8d"


def van_ban(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="{doc_entry_path(fid)}"><img alt="" src="/html/themes/classic/images/file_system/small/pdf.png" /> {esc(t)}</a></td>'
        f"<td>{d}</td><td>{sz}</td></tr>"
        for fid, (t, _f, d, sz) in DOCS.items()
    )
    inner = f'<table class="table table-bordered table-hover table-striped"><thead><tr><th>Tiêu đề</th><th>Ngày</th><th>Dung lượng</th></tr></thead><tbody>{rows}</tbody></table>'
    body = two_columns(links_box() + counter_box(), portlet(f"110_INSTANCE_{DL}", "Văn bản", inner))
    return page(request, "Văn bản", "Văn bản", [("Trang chủ", f"{SITE}/trang-chu"), ("Văn bản", None)], body, f"{SITE}/van-ban")


def doc_entry(request: Request, fid: int) -> Response:
    t, f, d, sz = DOCS[fid]
    inner = (f'<div class="taglib-header "><h3 class="header-title"><span>{esc(t)}</span></h3></div>'
             f'<div class="lfr-asset-column-details"><div class="lfr-asset-icon"><img alt="" src="/html/themes/classic/images/file_system/large/pdf.png" /></div>'
             f'<div class="lfr-asset-name"><h4>{esc(f)}</h4></div><div class="lfr-asset-field"><label>Phiên bản</label> 1.0</div>'
             f'<div class="lfr-asset-field"><label>Cập nhật</label> {d}</div>'
             f'<div class="download-document"><a class="btn" href="{doc_file(fid)}?download=true">Tải về ({sz})</a></div></div>')
    body = two_columns(links_box() + counter_box(), portlet(f"110_INSTANCE_{DL}", "Văn bản", inner))
    return page(request, t, "Văn bản", [("Trang chủ", f"{SITE}/trang-chu"), ("Văn bản", f"{SITE}/van-ban"), (t, None)],
                body, doc_entry_path(fid))


def sitemap(request: Request) -> Response:
    lis = "".join(
        f'<li><a href="{esc(h)}">{esc(lab)}</a>' + ("<ul>" + "".join(f'<li><a href="{esc(ch)}">{esc(cl)}</a></li>' for cl, ch in kids) + "</ul>" if kids else "") + "</li>"
        for lab, h, kids in MENU
    )
    body = two_columns(links_box(), portlet("85", "Sơ đồ trang", f'<div class="lfr-site-map"><ul>{lis}</ul></div>'))
    return page(request, "Sơ đồ trang", "", [("Trang chủ", f"{SITE}/trang-chu"), ("Sơ đồ trang", None)], body, f"{SITE}/so-do-trang")


def static_page(request: Request, key: str) -> Response:
    title, sel, content = STATIC_PAGES[key]
    inner = f'<div class="journal-content-article">{content}</div>'
    body = two_columns(links_box() + counter_box(), portlet("56_INSTANCE_gT" + key[:6].replace("-", "x"), title, inner))
    return page(request, title, sel, [("Trang chủ", f"{SITE}/trang-chu"), (title, None)], body, f"{SITE}/{key}")


def documents(path: str) -> Response | None:
    parts = path.split("/")
    if len(parts) >= 6:
        name = parts[-2].lower()
        if name.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if name.endswith((".jpg", ".jpeg", ".png", ".gif")):
            return static_file(name)
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(f"{SITE}/trang-chu")
        if path.startswith("/documents/"):
            return documents(path)
        if path.startswith("/image/"):
            return static_file(".gif")
        if path.startswith(("/krongpac-theme/", "/html/")):
            return static_file(path)
        if path in (SITE, SITE + "/", f"{SITE}/trang-chu"):
            return home(request)
        if path == f"{SITE}/tin-tuc":
            params = request.params
            if params.get("p_p_id") == AP_PID:
                try:
                    cur = int(params.get(f"{NS}cur", "1"))
                    cat = int(params[PRP]) if params.get(PRP) else None
                except ValueError:
                    return None
                if cat is not None and cat not in CATS:
                    return None
                return listing(request, cur, cat, False)
            return listing(request, 1, None, False)
        prefix = f"{SITE}/tin-tuc/-/categories/"
        if path.startswith(prefix):
            tail = path[len(prefix):]
            if tail.isdigit() and int(tail) in CATS:
                return listing(request, 1, int(tail), True)
            return None
        prefix = f"{SITE}/tin-tuc/-/asset_publisher/{AP}/content/"
        if path.startswith(prefix) and path[len(prefix):] in BY_SLUG:
            return article(request, BY_SLUG[path[len(prefix):]], "tin-tuc", AP)
        prefix = f"{SITE}/trang-chu/-/asset_publisher/{HOME_AP}/content/"
        if path.startswith(prefix):
            s = BY_SLUG.get(path[len(prefix):])
            if s and s.id in FEATURED:
                return article(request, s, "trang-chu", HOME_AP)
            return None
        if path == f"{SITE}/van-ban":
            return van_ban(request)
        prefix = f"{SITE}/van-ban/-/document_library_display/{DL}/view_file/"
        if path.startswith(prefix):
            tail = path[len(prefix):]
            if tail.isdigit() and int(tail) in DOCS:
                return doc_entry(request, int(tail))
            return None
        if path == f"{SITE}/so-do-trang":
            return sitemap(request)
        key = path[len(SITE) + 1:] if path.startswith(SITE + "/") else ""
        if key in STATIC_PAGES:
            return static_page(request, key)
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts: list[str] = []
    pos = ORDER.index(s)
    cur = pos // DELTA + 1
    if cur == 1:
        alts.append(with_redirect(s, f"{SITE}/tin-tuc"))
    alts.append(with_redirect(s, list_url(cur)))
    for other in STORIES:
        if s.id in other.opts.get("related", []):
            alts.append(related_url(s, other))
    alts.append(print_url(s))
    if s.id in FEATURED:
        home_copy = art_path(s, "trang-chu", HOME_AP)
        alts += [home_copy, f"{home_copy}?viewMode=print&p_p_state=pop_up"]
    return alts


GOLD = [gold_record(s, art_path(s), s.cat, alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/lien-he",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/so-do-trang",
    doc_entry_path(45101),
    doc_entry_path(45102),
]
