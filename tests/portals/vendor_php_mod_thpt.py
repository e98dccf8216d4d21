"""Fixture portal: an upper-secondary school on a local vendor's PHP "Cổng thông tin trường học".

Imitates the product a small provincial software company sold to dozens of schools of one
province: the same plain-PHP front controller (``index.php?mod=…&act=…``), the same table-based
template recoloured per school, editors pasting their texts from Microsoft Word. The school here
is Trường THPT Trưng Vương (tỉnh Gia Lai); the vendor signs the footer.

What it serves (every page UTF-8, ``<meta charset="utf-8">``, an XHTML 1.0 doctype):

- the home page ``/`` (the same page as ``/index.php``): one block per category with its five
  newest articles (the first with thumbnail and summary), each block ending in "Xem tiếp";
- listings ``/index.php?mod=tintuc&act=danhsach&cid=N`` and ``…&page=P``: three articles a page,
  a pager "Trang: 1 2 3 Sau »" of plain links (the current page is ``<b>[1]</b>``, the "1" link
  carries ``&page=1``); "Tin tức - Sự kiện" (cid 5) spans three pages, "Thông báo" (cid 8) and
  "Gương sáng học đường" (cid 11) one each;
- articles ``/index.php?mod=tintuc&act=chitiet&id=N``: the page is a 3-column table
  (``table#main`` > ``td.cot-trai`` menu | ``td.cot-giua`` content | ``td.cot-phai`` sidebar). The
  content prints a breadcrumb "Trang chủ » <category>", ``div.tieude-tin`` (the title, bold, in a
  div, never in a heading; the ``<title>`` only says "<school> :: <category>"), ``div.ngaydang``
  ("Cập nhật lúc 08:30 ngày 14/11/2026 | Lượt xem: 345"), ``div.tomtat`` (the sapo in italics, on
  some articles), ``div.noidung`` (the Word paste: ``p.MsoNormal`` with ``<span style="font-size:
  14.0pt;font-family:'Times New Roman'">``, ``<o:p></o:p>``, ``&nbsp;`` spacer paragraphs, smart
  quotes and dashes as named entities, a word split across two spans, photos in ``<p
  align="center">`` with the caption as the next centred ``p.MsoNormal`` in ``<i>``, result tables
  ``table.MsoTableGrid``), then right-aligned ``div.tacgia`` ("Tác giả: …") and ``div.nguon``
  ("Nguồn: …"), an attachment line on one notice, the tools ("In bài", "Gửi cho bạn bè", "Về
  đầu trang", "Quay lại") and "Các tin khác:" (older articles of the category with "(dd/mm/yyyy)").
- chrome: banner image, TODAY's date line, a horizontal menu (a table of image links), a left
  menu (Tin tức, Thông báo, Gương sáng học đường, Văn bản, Thư viện), the "Thăm dò ý kiến" poll
  (a POST form and a "Xem kết quả" link), a counter "Đang truy cập: 7 | Tổng: 123.456", a login
  box and a search form (GET ``mod=timkiem``), "Tin mới nhất" with dates, "Tin tiêu điểm",
  website links, and the footer "Bản quyền thuộc về … | Thiết kế bởi Công ty …" with address and
  hotline.
- non-articles: ``?mod=gioithieu``, ``?mod=lienhe`` (form), ``?mod=vanban`` (register) and
  ``?mod=vanban&act=chitiet&id=N`` (a document record with a PDF), ``?mod=thuvien`` and
  ``?mod=thuvien&act=album&id=N`` (albums with photo captions), ``?mod=dangnhap`` (login form),
  ``?mod=binhchon&act=ketqua&id=2`` (poll results), the print view ``act=in&id=N`` (the whole
  article again, ``window.print()``) and the send-to-a-friend form ``act=guiemail&id=N``.

Traps and hard cases: the same article is linked under three URL forms: plain ``&id=N`` (sidebar,
"Các tin khác"), ``&id=N&cid=C`` (home blocks, listing page 1) and ``&id=N&cid=C&page=P``
(listing pages carry their page number along; page 1 reached by its pager link too); the page
has no rel=canonical, so the two variants are ``alt_paths``. The print and e-mail views repeat
every article. The stale "Tin tiêu điểm" block links a deleted article (id 1187): a soft 404,
status 200 with the template and "Tin này không tồn tại hoặc đã bị xóa!". Listings past the
last page and unknown ``mod`` values answer 200 as well (the empty list, the home page), but no
link leads there. The title is only in a bold div; one title is typed in capitals.

Gold (by hand): title as printed (capitals kept); ``published_at`` from "Cập nhật lúc HH:MM ngày
DD/MM/YYYY" (+07:00); summary = ``div.tomtat`` and the body's first paragraph; an empty
``div.tomtat`` (id 1241) gives no summary. Body = the Word paragraphs in order, spacer paragraphs
dropped, a word split over two spans read whole, a table's rows as paragraphs with cells joined by
" | " (header row included), typed "- " list dashes kept as printed; captions, the in-text credit
line "Tin, ảnh: …", the attachment line, "Tác giả"/"Nguồn" lines are not body. "Tác giả: X" gives
authors [X] (also "Tổ Tư vấn học đường", a school department, kept as printed); "Tin, ảnh: X" gives X
as author and photographer; a caption ending "(Ảnh: X)" is kept whole and gives X as
photographer; "Nguồn: X" is the source. A line under a photo that is only the camera's file name
(``DSC_4471.JPG``) is no caption; photos with nothing under them have caption None; a caption
printed after a ``<br>`` in the photo's own paragraph (id 1232) is still its caption. The category
is the breadcrumb's. Image URLs are the relative ``upload/…`` sources resolved against the page.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "vendor_php_mod_thpt"
PLATFORM = "vendor-php"
START_PATH = "/"

SITE = "Trường THPT Trưng Vương"
VENDOR = "Công ty TNHH Giải pháp Phần mềm Ánh Dương"
ADDRESS = "Số 126 đường Trần Hưng Đạo, phường Quy Nhơn Nam, tỉnh Gia Lai"
PHONE = "0256 3 822 417"
HOTLINE = "0905 417 226"
EMAIL = "c3trungvuong@gialai.edu.vn"
PER_PAGE = 3
HOME_BLOCK = 5
OTHERS = 5
LATEST = 6
SOFT_404_ID = 1187

CATS: dict[int, str] = {
    5: "Tin tức - Sự kiện",
    8: "Thông báo",
    11: "Gương sáng học đường",
}

_U = "upload/tintuc/2026"

# opts: at ("HH:MM DD/MM/YYYY" as printed), tacgia / nguon (the printed lines' values, "" = none),
# empty_tomtat, attach (file, label). P styles: "" Word paragraph, "split" a word split over two
# spans, "th"/"tr" table rows (cells joined by " | "), "left" a paragraph without indent.
# Img styles: "next" caption in the next centred paragraph, "br" caption after <br> in the same
# paragraph, "none" nothing under the photo.
STORIES: list[Story] = [
    Story(
        id=1268,
        slug="",
        title="Trường THPT Trưng Vương long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="5",
        published_at="2026-11-20T16:45:00+07:00",
        summary=(
            "Sáng ngày 20/11/2026, Trường THPT Trưng Vương tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt"
            " Nam. Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Đảng ủy, UBND phường Quy"
            " Nhơn Nam, Ban đại diện cha mẹ học sinh cùng đông đảo thầy cô giáo nghỉ hưu và các thế hệ"
            " học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Bình – Hiệu trưởng nhà trường ôn lại truyền thống"
                " vẻ vang của ngày Nhà giáo Việt Nam và những thành tích nổi bật mà tập thể sư phạm nhà"
                " trường đạt được trong năm học 2025 – 2026: tỷ lệ tốt nghiệp THPT đạt 99,6%, có 34 học sinh"
                " đạt giải học sinh giỏi cấp tỉnh, 3 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh."
            ),
            Img(
                f"{_U}/11/le-20-11-2026-1.jpg",
                "Thầy Nguyễn Văn Bình – Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "Thầy Nguyễn Văn Bình – Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            ),
            P(
                "Thay mặt Ban đại diện cha mẹ học sinh, ông Lê Văn Hùng gửi lời tri ân sâu sắc đến các thầy"
                " cô giáo đã tận tụy với sự nghiệp “trồng người”, đồng thời trao tặng 20 suất quà cho các"
                " giáo viên có nhiều đóng góp trong năm học vừa qua."
            ),
            P(
                "Nhân dịp này, nhà trường đã trao Giấy khen của Hiệu trưởng cho 12 giáo viên đạt danh hiệu"
                " giáo viên dạy giỏi cấp trường và 5 giáo viên có sáng kiến kinh nghiệm được công nhận cấp"
                " tỉnh.",
                "split",
            ),
            Img(
                f"{_U}/11/le-20-11-2026-2.jpg",
                "Học sinh lớp 11A1 biểu diễn tiết mục văn nghệ chào mừng",
                "Học sinh lớp 11A1 biểu diễn tiết mục văn nghệ chào mừng",
            ),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do học sinh các lớp dàn dựng, mang đến"
                " nhiều cảm xúc cho thầy cô và các vị đại biểu."
            ),
        ],
        authors=["Trần Thị Mỹ Hạnh"],
        opts={"at": "16:45 20/11/2026", "tacgia": "Trần Thị Mỹ Hạnh"},
    ),
    Story(
        id=1265,
        slug="",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="8",
        published_at="2026-11-18T10:15:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027, Trường THPT Trưng Vương thông báo"
                " lịch kiểm tra cuối học kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài | Giờ phát đề", "th"),
            P("14/12/2026 | Sáng | Ngữ văn | 90 phút | 7 giờ 30", "tr"),
            P("14/12/2026 | Chiều | Lịch sử | 45 phút | 14 giờ 00", "tr"),
            P("15/12/2026 | Sáng | Toán | 90 phút | 7 giờ 30", "tr"),
            P("16/12/2026 | Sáng | Tiếng Anh | 60 phút | 7 giờ 30", "tr"),
            P(
                "Các môn còn lại kiểm tra theo lịch của tổ chuyên môn trong tuần từ 07/12 đến 12/12/2026."
                " Học sinh có mặt tại phòng kiểm tra trước giờ phát đề 15 phút, mang theo thẻ học sinh.",
                "left",
            ),
            P("Đề nghị giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh."),
        ],
        opts={
            "at": "10:15 18/11/2026",
            "attach": ("upload/files/2026/11/lich-kiem-tra-cuoi-hki-2026-2027.pdf", "Lich kiem tra cuoi HKI 2026-2027.pdf"),
        },
    ),
    Story(
        id=1261,
        slug="",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        cat="5",
        published_at="2026-11-14T08:30:00+07:00",
        summary=(
            "Từ ngày 02/11 đến 13/11/2026, Trường THPT Trưng Vương tổ chức Hội thi giáo viên dạy giỏi cấp"
            " trường với sự tham gia của 18 giáo viên thuộc 7 tổ chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành theo định hướng phát triển phẩm chất,"
                " năng lực học sinh và trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn. Ban giám"
                " khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn."
            ),
            P(
                "Nhiều tiết dạy ứng dụng hiệu quả công nghệ thông tin, tổ chức hoạt động nhóm sinh động, tạo"
                " hứng thú cho học sinh. Kết quả, Ban tổ chức công nhận 12 giáo viên đạt danh hiệu giáo viên"
                " dạy giỏi cấp trường, trong đó có 4 giáo viên xếp loại xuất sắc:"
            ),
            P("STT | Họ và tên | Môn | Xếp loại", "th"),
            P("1 | Phạm Thị Thu Hà | Ngữ văn | Xuất sắc", "tr"),
            P("2 | Huỳnh Văn Lộc | Toán | Xuất sắc", "tr"),
            P("3 | Nguyễn Thị Ngọc Ánh | Tiếng Anh | Xuất sắc", "tr"),
            P("4 | Đỗ Minh Quân | Vật lí | Xuất sắc", "tr"),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời là cơ sở để nhà trường"
                " lựa chọn giáo viên tham dự Hội thi giáo viên dạy giỏi cấp tỉnh năm 2027."
            ),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"at": "08:30 14/11/2026", "tacgia": "Nguyễn Văn Thành"},
    ),
    Story(
        id=1259,
        slug="",
        title="EM NGUYỄN HOÀNG BẢO TRÂM ĐẠT HUY CHƯƠNG BẠC KỲ THI OLYMPIC TIẾNG ANH TOÀN QUỐC",
        cat="11",
        published_at="2026-11-12T15:20:00+07:00",
        blocks=[
            P(
                "Tại Kỳ thi Olympic tiếng Anh dành cho học sinh phổ thông toàn quốc năm 2026 vừa kết thúc tại"
                " Hà Nội, em Nguyễn Hoàng Bảo Trâm, học sinh lớp 12A1 Trường THPT Trưng Vương đã xuất sắc"
                " giành Huy chương Bạc."
            ),
            Img(
                f"{_U}/11/bao-tram-olympic-tieng-anh.jpg",
                "Em Nguyễn Hoàng Bảo Trâm (thứ hai từ trái sang) nhận Huy chương Bạc (Ảnh: Hồng Thi)",
                "Em Nguyễn Hoàng Bảo Trâm (thứ hai từ trái sang) nhận Huy chương Bạc (Ảnh: Hồng Thi)",
            ),
            P(
                "Bảo Trâm chia sẻ, em bắt đầu yêu thích tiếng Anh từ những năm tiểu học. Mỗi ngày em dành ít"
                " nhất hai giờ để đọc báo, nghe tin tức và luyện viết bằng tiếng Anh. “Em rất biết ơn thầy"
                " cô đã đồng hành, giúp em tự tin hơn khi bước vào kỳ thi”, Bảo Trâm nói."
            ),
            P(
                "Trước đó, em từng đạt giải Nhất học sinh giỏi cấp tỉnh môn Tiếng Anh năm học 2025 – 2026."
                " Em mong muốn được học ngành Quan hệ quốc tế sau khi tốt nghiệp THPT."
            ),
        ],
        authors=["Hồng Thi"],
        photographers=["Hồng Thi"],
        source="Báo Gia Lai điện tử",
        opts={"at": "15:20 12/11/2026", "tacgia": "Hồng Thi", "nguon": "Báo Gia Lai điện tử"},
    ),
    Story(
        id=1254,
        slug="",
        title="Sôi nổi Ngày hội văn hóa dân gian “Giữ hồn quê hương” năm 2026",
        cat="5",
        published_at="2026-11-09T09:00:00+07:00",
        blocks=[
            P(
                "Sáng 07/11/2026, Đoàn trường THPT Trưng Vương tổ chức Ngày hội văn hóa dân gian “Giữ hồn"
                " quê hương” với sự tham gia của 36 chi đoàn trong toàn trường.",
                "split",
            ),
            P(
                "Ngày hội gồm nhiều hoạt động như thi gói bánh ít lá gai, trình diễn áo dài, hát bài chòi,"
                " kéo co, nhảy bao bố và trưng bày các sản vật đặc trưng của quê hương Bình Định xưa."
            ),
            Img(f"{_U}/11/ngay-hoi-van-hoa-dan-gian-1.jpg", None, None, "none"),
            Img(f"{_U}/11/ngay-hoi-van-hoa-dan-gian-2.jpg", None, None, "none"),
            Img(f"{_U}/11/ngay-hoi-van-hoa-dan-gian-3.jpg", "DSC_4471.JPG", None),
            P(
                "Tiết mục hát bài chòi của chi đoàn 10A4 nhận được nhiều tràng pháo tay cổ vũ. Kết thúc ngày"
                " hội, Ban tổ chức trao giải Nhất toàn đoàn cho chi đoàn 11A2, giải Nhì cho chi đoàn 12A5 và"
                " giải Ba cho chi đoàn 10A4."
            ),
            Img(
                f"{_U}/11/ngay-hoi-van-hoa-dan-gian-4.jpg",
                "Phần thi gói bánh ít lá gai của các chi đoàn khối 10",
                "Phần thi gói bánh ít lá gai của các chi đoàn khối 10",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><i><span style="font-size:'
                "13.0pt;font-family:'Times New Roman'\">Tin, ảnh: Phạm Thanh Tùng<o:p></o:p></span></i></b></p>"
            ),
        ],
        authors=["Phạm Thanh Tùng"],
        photographers=["Phạm Thanh Tùng"],
        opts={"at": "09:00 09/11/2026"},
    ),
    Story(
        id=1250,
        slug="",
        title="Thông báo tuyển chọn học sinh vào đội tuyển học sinh giỏi cấp tỉnh năm học 2026 – 2027",
        cat="8",
        published_at="2026-11-05T14:00:00+07:00",
        blocks=[
            P(
                "Nhằm chuẩn bị cho Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027, nhà trường"
                " thông báo tuyển chọn học sinh vào đội tuyển các môn như sau:"
            ),
            P("- Đối tượng: học sinh lớp 11 và lớp 12 có điểm trung bình môn đăng ký năm học trước từ 8,0 trở lên;", "left"),
            P("- Hình thức: làm bài kiểm tra tự luận 150 phút do tổ chuyên môn ra đề;", "left"),
            P("- Thời gian kiểm tra: 7 giờ 30 sáng Chủ nhật, ngày 15/11/2026 tại dãy phòng học A.", "left"),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 12/11/2026. Giáo viên chủ nhiệm tổng hợp"
                " danh sách gửi về Văn phòng nhà trường (thầy Lê Hoàng Nam)."
            ),
        ],
        opts={"at": "14:00 05/11/2026"},
    ),
    Story(
        id=1247,
        slug="",
        title="Ngoại khóa “An toàn giao thông cho nụ cười ngày mai” năm 2026",
        cat="5",
        published_at="2026-11-02T07:45:00+07:00",
        summary=(
            "Chiều 30/10/2026, Đoàn trường phối hợp với Đội Cảnh sát giao thông Công an tỉnh tổ chức buổi"
            " ngoại khóa tuyên truyền pháp luật về trật tự, an toàn giao thông cho hơn 1.200 học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi ngoại khóa, báo cáo viên đã thông tin về tình hình tai nạn giao thông liên quan đến"
                " học sinh trên địa bàn tỉnh trong 9 tháng năm 2026, phổ biến các quy định của Luật Trật tự,"
                " an toàn giao thông đường bộ và mức xử phạt đối với người điều khiển xe mô tô, xe gắn máy"
                " chưa đủ tuổi."
            ),
            Img(
                f"{_U}/10/ngoai-khoa-atgt-2026.jpg",
                "Báo cáo viên hướng dẫn học sinh đội mũ bảo hiểm đúng cách",
                "Báo cáo viên hướng dẫn học sinh đội mũ bảo hiểm đúng cách",
            ),
            P(
                "Phần thi tìm hiểu kiến thức an toàn giao thông với các câu hỏi tình huống đã thu hút đông"
                " đảo học sinh tham gia. Ban tổ chức trao 10 phần quà cho các em trả lời đúng."
            ),
            P(
                "Kết thúc buổi ngoại khóa, 100% học sinh ký cam kết chấp hành nghiêm quy định về an toàn giao"
                " thông, không đi xe máy khi chưa có giấy phép lái xe."
            ),
        ],
        authors=["Lê Quang Vinh"],
        source="Đoàn trường THPT Trưng Vương",
        opts={"at": "07:45 02/11/2026", "tacgia": "Lê Quang Vinh", "nguon": "Đoàn trường THPT Trưng Vương"},
    ),
    Story(
        id=1241,
        slug="",
        title="Tọa đàm “Nói không với bạo lực học đường” cho học sinh khối 10",
        cat="5",
        published_at="2026-10-27T16:10:00+07:00",
        blocks=[
            P(
                "Chiều 26/10/2026, tổ Tư vấn tâm lý học đường phối hợp với Chi đoàn giáo viên tổ chức buổi"
                " tọa đàm “Nói không với bạo lực học đường” cho học sinh 12 lớp khối 10."
            ),
            P(
                "Thông qua các tình huống sân khấu hóa, học sinh được nhận diện các hình thức bạo lực học"
                " đường như bạo lực thể chất, bạo lực tinh thần và bắt nạt trên mạng xã hội; biết cách ứng"
                " xử, tìm kiếm sự giúp đỡ khi bản thân hoặc bạn bè bị bắt nạt."
            ),
            Img(f"{_U}/10/toa-dam-bao-luc-hoc-duong.jpg", None, None, "none"),
            P(
                "Cô Đặng Thu Trang, giáo viên phụ trách tư vấn tâm lý cho biết, phòng tư vấn của nhà trường"
                " mở cửa vào các buổi chiều thứ Ba và thứ Năm hằng tuần, học sinh có thể đến trực tiếp hoặc"
                " gửi thư vào hộp thư “Điều em muốn nói” đặt tại thư viện."
            ),
        ],
        authors=["Tổ Tư vấn học đường"],
        opts={"at": "16:10 27/10/2026", "tacgia": "Tổ Tư vấn học đường", "empty_tomtat": True},
    ),
    Story(
        id=1236,
        slug="",
        title="Học sinh lớp 11A3 nhặt được ví tiền, trả lại người đánh rơi",
        cat="11",
        published_at="2026-10-21T10:30:00+07:00",
        summary=(
            "Trên đường đi học về, em Lê Minh Khang (lớp 11A3) nhặt được chiếc ví bên trong có hơn 8 triệu"
            " đồng cùng nhiều giấy tờ tùy thân và đã tìm cách trả lại cho người đánh rơi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trưa 19/10/2026, khi đạp xe qua đường Nguyễn Thái Học, Khang phát hiện một chiếc ví màu đen"
                " rơi bên lề đường. Em đã mang chiếc ví đến Công an phường Quy Nhơn Nam để nhờ tìm người"
                " đánh rơi."
            ),
            P(
                "Chiều cùng ngày, chị Trần Thị Mai (trú tại phường Quy Nhơn) đã nhận lại đầy đủ tài sản. Chị"
                " Mai xúc động gửi thư cảm ơn em Khang và nhà trường."
            ),
            Img(
                f"{_U}/10/em-minh-khang-11a3.jpg",
                "Em Lê Minh Khang được tuyên dương dưới cờ",
                "Em Lê Minh Khang được tuyên dương dưới cờ",
            ),
            P(
                "Sáng thứ Hai 20/10/2026, trong giờ chào cờ, nhà trường đã tuyên dương và tặng Giấy khen cho"
                " em Lê Minh Khang vì có hành động đẹp, lan tỏa tinh thần trung thực đến toàn thể học sinh."
            ),
        ],
        authors=["Võ Thị Kim Oanh"],
        opts={"at": "10:30 21/10/2026", "tacgia": "Võ Thị Kim Oanh"},
    ),
    Story(
        id=1232,
        slug="",
        title="Công đoàn trường tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="5",
        published_at="2026-10-15T15:00:00+07:00",
        blocks=[
            P(
                "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 –"
                " 20/10/2026), Công đoàn Trường THPT Trưng Vương tổ chức Hội thi cắm hoa nghệ thuật dành cho"
                " các tổ công đoàn."
            ),
            Img(
                f"{_U}/10/hoi-thi-cam-hoa-2026.jpg",
                "Tác phẩm đạt giải Nhất của tổ công đoàn Ngữ văn – Lịch sử",
                "Tác phẩm đạt giải Nhất của tổ công đoàn Ngữ văn – Lịch sử",
                "br",
            ),
            P(
                "Với chủ đề “Phụ nữ Việt Nam – Tự tin, hội nhập”, 8 tổ công đoàn đã mang đến những tác phẩm"
                " cắm hoa độc đáo, thể hiện sự khéo léo và tình cảm dành cho các nữ cán bộ, giáo viên, nhân"
                " viên nhà trường."
            ),
            Img(
                f"{_U}/10/hoi-thi-cam-hoa-2026-2.jpg",
                "Ban Chấp hành Công đoàn trao giải cho các tổ đạt thành tích cao",
                "Ban Chấp hành Công đoàn trao giải cho các tổ đạt thành tích cao",
            ),
            P(
                "Dịp này, Công đoàn trường cũng trao quà cho 46 nữ cán bộ, giáo viên, nhân viên và thăm hỏi,"
                " động viên 3 đoàn viên có hoàn cảnh đặc biệt khó khăn."
            ),
        ],
        authors=["Trần Thị Mỹ Hạnh"],
        opts={"at": "15:00 15/10/2026", "tacgia": "Trần Thị Mỹ Hạnh"},
    ),
    Story(
        id=1228,
        slug="",
        title="Thông báo đăng ký tham gia Hội khỏe Phù Đổng cấp trường năm 2026",
        cat="8",
        published_at="2026-10-08T09:20:00+07:00",
        blocks=[
            P(
                "Nhà trường tổ chức Hội khỏe Phù Đổng cấp trường năm 2026 từ ngày 26/10 đến 31/10/2026 với các"
                " môn thi đấu: điền kinh, bóng đá nam, bóng chuyền, cầu lông, cờ vua và đẩy gậy."
            ),
            P(
                "Các lớp lập danh sách vận động viên theo mẫu gửi về thầy Đoàn Văn Sơn, giáo viên Giáo dục"
                " thể chất trước 16 giờ 30 ngày 20/10/2026. Mỗi học sinh đăng ký không quá hai môn thi đấu."
            ),
        ],
        opts={"at": "09:20 08/10/2026"},
    ),
    Story(
        id=1224,
        slug="",
        title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
        cat="5",
        published_at="2026-10-02T08:00:00+07:00",
        summary=(
            "Ngày 30/9/2026, Trường THPT Trưng Vương tổ chức Hội nghị viên chức, người lao động năm học"
            " 2026 – 2027 với sự tham dự của 86 cán bộ, giáo viên, nhân viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học 2026 –"
                " 2027; báo cáo công khai tài chính và thảo luận, sửa đổi Quy chế chi tiêu nội bộ, Quy chế"
                " dân chủ ở cơ sở của nhà trường."
            ),
            Img(f"{_U}/10/hoi-nghi-vien-chuc-2026.jpg", None, None, "none"),
            P(
                "Năm học 2026 – 2027, nhà trường phấn đấu duy trì tỷ lệ học sinh lên lớp trên 98%, tỷ lệ tốt"
                " nghiệp THPT đạt 100% và có ít nhất 35 giải học sinh giỏi cấp tỉnh."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua nghị quyết với 100% đại biểu tán thành và phát động phong"
                " trào thi đua năm học mới."
            ),
        ],
        authors=["Nguyễn Thị Lan Phương"],
        opts={"at": "08:00 02/10/2026", "tacgia": "Nguyễn Thị Lan Phương"},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def in_cat(cid: int) -> list[Story]:
    """A category's articles, newest first (ids grow with time on this platform)."""
    return sorted((s for s in STORIES if int(s.cat) == cid), key=lambda s: s.id, reverse=True)


def pages(cid: int) -> int:
    return max(1, -(-len(in_cat(cid)) // PER_PAGE))


def page_of(story: Story) -> int:
    return in_cat(int(story.cat)).index(story) // PER_PAGE + 1


def article_path(story: Story) -> str:
    return f"/index.php?mod=tintuc&act=chitiet&id={story.id}"


def alt_paths(story: Story) -> list[str]:
    """The variants the site links: home blocks and listing page 1 add ``&cid``; the pager's pages
    (the "1" link included) carry ``&page`` along, but a one-page category prints no pager."""
    base = article_path(story)
    cid = int(story.cat)
    out = []
    if story in in_cat(cid)[:HOME_BLOCK] or page_of(story) == 1:
        out.append(f"{base}&cid={story.cat}")
    if pages(cid) > 1:
        out.append(f"{base}&cid={story.cat}&page={page_of(story)}")
    return out


def category_name(story: Story) -> str:
    return CATS[int(story.cat)]


GOLD: list[dict] = [
    gold_record(s, article_path(s), category_name(s), alt_paths=alt_paths(s)) for s in STORIES
]


# --- non-article pages ------------------------------------------------------------------------

DOCS: dict[int, dict[str, str]] = {
    9: {
        "so": "1254/KH-THPTTV",
        "ngay": "05/09/2026",
        "trich": "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
        "coquan": "Trường THPT Trưng Vương",
        "loai": "Kế hoạch",
        "file": "upload/vanban/2026/ke-hoach-giao-duc-2026-2027.pdf",
    },
    8: {
        "so": "3120/SGDĐT-GDTrH",
        "ngay": "28/08/2026",
        "trich": "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 – 2027",
        "coquan": "Sở Giáo dục và Đào tạo",
        "loai": "Công văn",
        "file": "upload/vanban/2026/huong-dan-nhiem-vu-gdtrh-2026-2027.pdf",
    },
    7: {
        "so": "45/QĐ-THPTTV",
        "ngay": "20/08/2026",
        "trich": "Quyết định thành lập các tổ chuyên môn năm học 2026 – 2027",
        "coquan": "Trường THPT Trưng Vương",
        "loai": "Quyết định",
        "file": "upload/vanban/2026/qd-thanh-lap-to-chuyen-mon.pdf",
    },
}

ALBUMS: dict[int, tuple[str, str, list[str]]] = {
    3: (
        "Lễ khai giảng năm học 2026 – 2027",
        "05/09/2026",
        [
            "Lễ chào cờ khai giảng năm học mới",
            "Thầy Hiệu trưởng đánh trống khai trường",
            "Học sinh khối 10 trong ngày đầu đến trường",
            "Tiết mục văn nghệ chào mừng năm học mới",
        ],
    ),
    2: (
        "Hội trại truyền thống 26/3/2026",
        "27/03/2026",
        ["Cổng trại của chi đoàn 12A1", "Thi nấu ăn dã ngoại", "Đêm lửa trại"],
    ),
}

SOFT_404 = f"/index.php?mod=tintuc&act=chitiet&id={SOFT_404_ID}"
POLL_RESULTS = "/index.php?mod=binhchon&act=ketqua&id=2"

NON_ARTICLES: list[str] = [
    "/",
    "/index.php",
    *(f"/index.php?mod=tintuc&act=danhsach&cid={c}" for c in CATS),
    *(
        f"/index.php?mod=tintuc&act=danhsach&cid={c}&page={n}"
        for c in CATS
        if pages(c) > 1
        for n in range(1, pages(c) + 1)
    ),
    "/index.php?mod=gioithieu",
    "/index.php?mod=lienhe",
    "/index.php?mod=vanban",
    *(f"/index.php?mod=vanban&act=chitiet&id={d}" for d in DOCS),
    "/index.php?mod=thuvien",
    *(f"/index.php?mod=thuvien&act=album&id={a}" for a in ALBUMS),
    "/index.php?mod=dangnhap",
    POLL_RESULTS,
    SOFT_404,
    *(f"/index.php?mod=tintuc&act=in&id={s.id}" for s in STORIES),
    *(f"/index.php?mod=tintuc&act=guiemail&id={s.id}" for s in STORIES),
]


# --- Word paste rendering ---------------------------------------------------------------------

_ENTITIES = {
    "“": "&ldquo;",
    "”": "&rdquo;",
    "‘": "&lsquo;",
    "’": "&rsquo;",
    "–": "&ndash;",
    "…": "&hellip;",
}
_FONT = "font-size:14.0pt;font-family:'Times New Roman'"
_SPAN = f'<span style="{_FONT}">'
_SPAN_VI = f'<span lang="VI" style="{_FONT}">'


def word(value: str) -> str:
    """Text as Word's HTML writes it: escaped, smart punctuation as named entities, &nbsp; after
    the first comma (Word keeps a typed double space that way)."""
    out = esc(value).replace("&#x27;", "&#39;")
    for ch, ent in _ENTITIES.items():
        out = out.replace(ch, ent)
    return out.replace(", ", ",&nbsp;", 1)


def _split_word(value: str) -> tuple[str, str]:
    """Where Word cut a run: in the middle of the first long word after the 30th character."""
    for m in re.finditer(r"\S{5,}", value):
        if m.start() > 30 and m.group().isalpha():
            cut = m.start() + len(m.group()) // 2
            return value[:cut], value[cut:]
    raise AssertionError(value)


def _para(p: P) -> str:
    if p.style == "split":
        a, b = _split_word(p.text)
        inner = f"{_SPAN}{word(a)}</span>{_SPAN_VI}{word(b)}<o:p></o:p></span>"
    else:
        inner = f"{_SPAN}{word(p.text)}<o:p></o:p></span>"
    style = "text-align:justify" if p.style == "left" else "text-align:justify;text-indent:1.0cm;line-height:150%"
    return f'<p class="MsoNormal" style="{style}">{inner}</p>'


_SPACER = f'<p class="MsoNormal" style="text-align:justify">{_SPAN}&nbsp;<o:p></o:p></span></p>'


def _table(rows: list[P]) -> str:
    out = [
        '<div align="center"><table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"'
        ' style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt">'
    ]
    for row in rows:
        cells = row.text.split(" | ")
        tds = []
        for cell in cells:
            content = f"{_SPAN}{word(cell)}<o:p></o:p></span>"
            if row.style == "th":
                content = f"<b>{content}</b>"
            tds.append(
                '<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                f'<p class="MsoNormal" align="center" style="text-align:center">{content}</p></td>'
            )
        out.append(f'<tr style="mso-yfti-irow:0">{"".join(tds)}</tr>')
    out.append("</table></div>")
    return "\n".join(out)


def _image(img: Img) -> str:
    tag = f'<img width="500" height="333" src="{esc(img.src)}" border="0">'
    if img.style == "br" and img.printed:
        return (
            f'<p class="MsoNormal" align="center" style="text-align:center">{_SPAN}{tag}<br>'
            f"<i>{word(img.printed)}</i><o:p></o:p></span></p>"
        )
    out = f'<p class="MsoNormal" align="center" style="text-align:center">{_SPAN}{tag}<o:p></o:p></span></p>'
    if img.printed:
        out += (
            '\n<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:'
            f"12.0pt;font-family:'Times New Roman'\">{word(img.printed)}<o:p></o:p></span></i></p>"
        )
    return out


def body_html(story: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    for i, block in enumerate(story.blocks):
        if isinstance(block, P) and block.style in ("th", "tr"):
            rows.append(block)
            continue
        if rows:
            out.append(_table(rows))
            rows = []
        if isinstance(block, P):
            out.append(_para(block))
            if i % 3 == 1:
                out.append(_SPACER)
        elif isinstance(block, Img):
            out.append(_image(block))
        elif isinstance(block, Raw):
            out.append(block.html)
    if rows:
        out.append(_table(rows))
    out.append(_SPACER)
    return "\n".join(out)


# --- page chrome ------------------------------------------------------------------------------


def _date(story: Story) -> str:
    return story.opts["at"].split()[1]


def _link(story: Story, cid: bool = False, page: int | None = None) -> str:
    href = f"index.php?mod=tintuc&amp;act=chitiet&amp;id={story.id}"
    if cid:
        href += f"&amp;cid={story.cat}"
    if page is not None:
        href += f"&amp;page={page}"
    return href


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.id, reverse=True)[:n]


_MENU = [
    ("index.php", "menu_trangchu.gif", "Trang chủ"),
    ("index.php?mod=gioithieu", "menu_gioithieu.gif", "Giới thiệu"),
    ("index.php?mod=tintuc&amp;act=danhsach&amp;cid=5", "menu_tintuc.gif", "Tin tức"),
    ("index.php?mod=tintuc&amp;act=danhsach&amp;cid=8", "menu_thongbao.gif", "Thông báo"),
    ("index.php?mod=vanban", "menu_vanban.gif", "Văn bản"),
    ("index.php?mod=thuvien", "menu_thuvien.gif", "Thư viện ảnh"),
    ("index.php?mod=lienhe", "menu_lienhe.gif", "Liên hệ"),
]


def _left() -> str:
    cats = "\n".join(
        f'<tr><td class="menu-con"><img src="images/muiten.gif" width="7" height="7" alt=""> '
        f'<a href="index.php?mod=tintuc&amp;act=danhsach&amp;cid={c}">{esc(n)}</a></td></tr>'
        for c, n in CATS.items()
    )
    return f"""<table width="100%" cellpadding="0" cellspacing="0" class="khung-trai">
<tr><td class="tieude-khung">DANH MỤC</td></tr>
<tr><td class="menu-cha"><a href="index.php?mod=tintuc&amp;act=danhsach&amp;cid=5">Tin tức</a></td></tr>
{cats}
<tr><td class="menu-cha"><a href="index.php?mod=tintuc&amp;act=danhsach&amp;cid=8">Thông báo</a></td></tr>
<tr><td class="menu-cha"><a href="index.php?mod=vanban">Văn bản</a></td></tr>
<tr><td class="menu-cha"><a href="index.php?mod=thuvien">Thư viện</a></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="khung-trai">
<tr><td class="tieude-khung">THĂM DÒ Ý KIẾN</td></tr>
<tr><td class="noidung-khung">
<form name="frmBinhChon" method="post" action="index.php?mod=binhchon&amp;act=binhchon&amp;id=2">
<div class="cauhoi">Bạn đánh giá thế nào về website của nhà trường?</div>
<input type="radio" name="phuongan" value="1"> Rất đẹp, nhiều thông tin<br>
<input type="radio" name="phuongan" value="2"> Đẹp<br>
<input type="radio" name="phuongan" value="3"> Bình thường<br>
<input type="radio" name="phuongan" value="4"> Cần cải tiến thêm<br>
<input type="submit" class="nut" value="Bình chọn">
<a href="index.php?mod=binhchon&amp;act=ketqua&amp;id=2" class="nut">Xem kết quả</a>
</form></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="khung-trai">
<tr><td class="tieude-khung">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td class="noidung-khung" align="center"><img src="images/online.gif" alt=""> Đang truy cập: 7 | Tổng: 123.456</td></tr>
</table>"""


def _right() -> str:
    latest = "\n".join(
        f'<li><a href="{_link(s)}">{esc(s.title)}</a> <span class="ngay">({_date(s)})</span></li>'
        for s in _newest(LATEST)
    )
    focus = [
        ('index.php?mod=tintuc&amp;act=chitiet&amp;id=1187', "Lễ khai giảng năm học 2025 – 2026"),
        (_link(_BY_ID[1259]), _BY_ID[1259].title),
        (_link(_BY_ID[1236]), _BY_ID[1236].title),
    ]
    focus_html = "\n".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in focus)
    return f"""<table width="100%" cellpadding="0" cellspacing="0" class="khung-phai">
<tr><td class="tieude-khung">ĐĂNG NHẬP</td></tr>
<tr><td class="noidung-khung"><form method="post" action="index.php?mod=dangnhap&amp;act=xuly">
Tên đăng nhập:<br><input type="text" name="tendangnhap" size="18"><br>
Mật khẩu:<br><input type="password" name="matkhau" size="18"><br>
<input type="submit" class="nut" value="Đăng nhập"></form>
<a href="index.php?mod=dangnhap" class="link-nho">Trang đăng nhập quản trị</a></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="khung-phai">
<tr><td class="tieude-khung">TÌM KIẾM</td></tr>
<tr><td class="noidung-khung"><form method="get" action="index.php">
<input type="hidden" name="mod" value="timkiem"><input type="text" name="tukhoa" size="16">
<input type="submit" class="nut" value="Tìm"></form></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="khung-phai">
<tr><td class="tieude-khung">TIN MỚI NHẤT</td></tr>
<tr><td class="noidung-khung"><ul class="ds-tinmoi">
{latest}
</ul></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="khung-phai">
<tr><td class="tieude-khung">TIN TIÊU ĐIỂM</td></tr>
<tr><td class="noidung-khung"><ul class="ds-tieudiem">
{focus_html}
</ul></td></tr>
</table>
<table width="100%" cellpadding="0" cellspacing="0" class="khung-phai">
<tr><td class="tieude-khung">LIÊN KẾT WEBSITE</td></tr>
<tr><td class="noidung-khung" align="center">
<a href="http://gialai.edu.vn" target="_blank"><img src="upload/quangcao/sogddt.jpg" width="180" alt="Sở GD&amp;ĐT Gia Lai"></a><br>
<a href="http://moet.gov.vn" target="_blank"><img src="upload/quangcao/bogddt.jpg" width="180" alt="Bộ GD&amp;ĐT"></a><br>
<a href="http://violympic.vn" target="_blank"><img src="upload/quangcao/violympic.jpg" width="180" alt="Violympic"></a>
</td></tr>
</table>"""


def _page(title: str, middle: str) -> str:
    menu = "".join(
        f'<td><a href="{h}"><img src="images/{img}" border="0" alt="{esc(t)}" title="{esc(t)}"></a></td>'
        for h, img, t in _MENU
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<link href="css/style_trungvuong.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="js/chung.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<a name="dau"></a>
<table width="1000" align="center" cellpadding="0" cellspacing="0" id="khung">
<tr><td id="banner"><img src="images/banner_trungvuong.jpg" width="1000" height="160" alt="TRƯỜNG THPT TRƯNG VƯƠNG - TỈNH GIA LAI"></td></tr>
<tr><td id="menu-ngang"><table cellpadding="0" cellspacing="0"><tr>{menu}</tr></table></td></tr>
<tr><td id="dong-ngay"><span class="ngay-hientai">{TODAY}</span>
<marquee scrollamount="3" width="700">Chào mừng quý thầy cô và các em học sinh đến với Cổng thông tin điện tử {SITE}</marquee></td></tr>
<tr><td>
<table id="main" width="1000" cellpadding="0" cellspacing="0">
<tr>
<td class="cot-trai" width="200" valign="top">
{_left()}
</td>
<td class="cot-giua" width="580" valign="top">
{middle}
</td>
<td class="cot-phai" width="220" valign="top">
{_right()}
</td>
</tr>
</table>
</td></tr>
<tr><td id="chantrang" align="center">
<div class="banquyen">Bản quyền thuộc về {SITE} | Thiết kế bởi {VENDOR}</div>
<div>Địa chỉ: {ADDRESS}</div>
<div>Điện thoại: {PHONE} – Hotline: {HOTLINE} – Email: <a href="mailto:{EMAIL}">{EMAIL}</a></div>
<div>Ghi rõ nguồn “{SITE}” khi phát hành lại thông tin từ website này.</div>
</td></tr>
</table>
</body>
</html>"""


def _crumb(cid: int) -> str:
    return (
        '<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; '
        f'<a href="index.php?mod=tintuc&amp;act=danhsach&amp;cid={cid}">{esc(CATS[cid])}</a></div>'
    )


def _views(story: Story) -> int:
    return story.views()


def _article(story: Story) -> str:
    cid = int(story.cat)
    parts = [_crumb(cid), '<div class="khung-tin">']
    parts.append(f'<div class="tieude-tin"><b>{esc(story.title)}</b></div>')
    hhmm, day = story.opts["at"].split()
    parts.append(f'<div class="ngaydang">Cập nhật lúc {hhmm} ngày {day} | Lượt xem: {_views(story)}</div>')
    if story.summary:
        parts.append(f'<div class="tomtat"><i>{word(story.summary)}</i></div>')
    elif story.opts.get("empty_tomtat"):
        parts.append('<div class="tomtat"><i></i></div>')
    parts.append(f'<div class="noidung">\n{body_html(story)}\n</div>')
    if story.opts.get("tacgia"):
        parts.append(f'<div class="tacgia" align="right"><b>Tác giả:</b> {esc(story.opts["tacgia"])}</div>')
    if story.opts.get("nguon"):
        parts.append(f'<div class="nguon" align="right"><i>Nguồn: {esc(story.opts["nguon"])}</i></div>')
    if story.opts.get("attach"):
        href, label = story.opts["attach"]
        parts.append(
            f'<div class="dinhkem"><img src="images/icon_file.gif" alt=""> File đính kèm: '
            f'<a href="{href}" target="_blank">{esc(label)}</a></div>'
        )
    parts.append(
        '<div class="congcu">'
        f'<a href="index.php?mod=tintuc&amp;act=in&amp;id={story.id}" target="_blank">'
        '<img src="images/icon_in.gif" alt=""> In bài</a> | '
        f'<a href="index.php?mod=tintuc&amp;act=guiemail&amp;id={story.id}">'
        '<img src="images/icon_email.gif" alt=""> Gửi cho bạn bè</a> | '
        '<a href="#dau">Về đầu trang</a> | <a href="javascript:history.back()">Quay lại</a></div>'
    )
    others = [s for s in in_cat(cid) if s.id < story.id][:OTHERS]
    if others:
        items = "\n".join(
            f'<li><a href="{_link(s)}">{esc(s.title)}</a> <span class="ngay">({_date(s)})</span></li>'
            for s in others
        )
        parts.append(f'<div class="tinkhac"><b>Các tin khác:</b>\n<ul>\n{items}\n</ul></div>')
    parts.append("</div>")
    return _page(f"{SITE} :: {CATS[cid]}", "\n".join(parts))


def _teaser(story: Story, words: int = 32) -> str:
    source = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    cut = source.split()
    return " ".join(cut[:words]) + ("..." if len(cut) > words else "")


def _thumb(story: Story) -> str:
    return story.images[0].src if story.images else "images/no_image.jpg"


def _listing(cid: int, page: int | None) -> str:
    items = in_cat(cid)
    n = page or 1
    chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
    rows = []
    for s in chunk:
        href = _link(s, cid=True, page=page)
        rows.append(
            f"""<div class="tin-ds">
<a href="{href}"><img class="anh-ds" src="{esc(_thumb(s))}" width="120" height="90" border="0" align="left"></a>
<a class="tieude-ds" href="{href}">{esc(s.title)}</a> <span class="ngay-ds">({_date(s)})</span>
<div class="tomtat-ds">{esc(_teaser(s))}</div>
<div style="clear:both"></div>
</div>"""
        )
    if not rows:
        rows.append('<div class="thongbao-rong">Chưa có tin nào trong mục này.</div>')
    last = pages(cid)
    links = []
    for k in range(1, last + 1):
        if k == n:
            links.append(f"<b>[{k}]</b>")
        else:
            links.append(f'<a href="index.php?mod=tintuc&amp;act=danhsach&amp;cid={cid}&amp;page={k}">{k}</a>')
    if n < last:
        links.append(f'<a href="index.php?mod=tintuc&amp;act=danhsach&amp;cid={cid}&amp;page={n + 1}">Sau &raquo;</a>')
    pager = f'<div class="phantrang">Trang: {" ".join(links)}</div>' if last > 1 else ""
    middle = (
        f'{_crumb(cid)}\n<div class="tieude-muc">{esc(CATS[cid]).upper()}</div>\n'
        + "\n".join(rows)
        + f"\n{pager}"
    )
    return _page(f"{SITE} :: {CATS[cid]}", middle)


def _home() -> str:
    blocks = []
    for cid, name in CATS.items():
        items = in_cat(cid)[:HOME_BLOCK]
        first, rest = items[0], items[1:]
        others = "\n".join(
            f'<li><a href="{_link(s, cid=True)}">{esc(s.title)}</a> <span class="ngay">({_date(s)})</span></li>'
            for s in rest
        )
        blocks.append(
            f"""<table width="100%" cellpadding="0" cellspacing="0" class="khoi-tin">
<tr><td class="tieude-khoi"><a href="index.php?mod=tintuc&amp;act=danhsach&amp;cid={cid}">{esc(name).upper()}</a></td></tr>
<tr><td class="tin-dau"><a href="{_link(first, cid=True)}"><img src="{esc(_thumb(first))}" width="150" height="110" border="0" align="left"></a>
<a class="tieude-dau" href="{_link(first, cid=True)}">{esc(first.title)}</a> <span class="ngay">({_date(first)})</span>
<div class="tomtat-dau">{esc(_teaser(first, 40))}</div></td></tr>
<tr><td><ul class="ds-khoi">
{others}
</ul></td></tr>
<tr><td align="right"><a class="xemtiep" href="index.php?mod=tintuc&amp;act=danhsach&amp;cid={cid}">Xem tiếp &raquo;</a></td></tr>
</table>"""
        )
    return _page(f"{SITE} - Cổng thông tin điện tử", "\n".join(blocks))


def _soft_404() -> str:
    return _page(
        f"{SITE} :: Tin tức",
        '<div class="thongbao-loi" align="center"><b>Tin này không tồn tại hoặc đã bị xóa!</b><br>'
        '<a href="index.php">Quay về trang chủ</a></div>',
    )


def _print(story: Story) -> str:
    paras = "\n".join(f"<p>{word(p)}</p>" for p in story.paragraphs)
    credit = ""
    if story.opts.get("tacgia"):
        credit += f'<p align="right"><b>Tác giả: {esc(story.opts["tacgia"])}</b></p>'
    if story.opts.get("nguon"):
        credit += f'<p align="right"><i>Nguồn: {esc(story.opts["nguon"])}</i></p>'
    hhmm, day = story.opts["at"].split()
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"><title>In bài viết</title>
<link href="css/in.css" rel="stylesheet" type="text/css"></head>
<body onload="window.print()">
<div class="in-truong">{SITE.upper()}</div>
<div class="in-tieude"><b>{esc(story.title)}</b></div>
<div class="in-ngay">Cập nhật lúc {hhmm} ngày {day}</div>
{paras}
{credit}
<hr><div class="in-url">Địa chỉ bài viết: index.php?mod=tintuc&amp;act=chitiet&amp;id={story.id}</div>
</body></html>"""


def _email(story: Story) -> str:
    middle = f"""{_crumb(int(story.cat))}
<div class="tieude-muc">GỬI TIN CHO BẠN BÈ</div>
<form method="post" action="index.php?mod=tintuc&amp;act=guiemail&amp;id={story.id}&amp;gui=1">
<table class="bang-form" cellpadding="4">
<tr><td>Tin gửi:</td><td><b>{esc(story.title)}</b></td></tr>
<tr><td>Họ tên người gửi:</td><td><input type="text" name="hoten" size="40"></td></tr>
<tr><td>Email người gửi:</td><td><input type="text" name="email_gui" size="40"></td></tr>
<tr><td>Email người nhận:</td><td><input type="text" name="email_nhan" size="40"></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="loinhan" rows="5" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" class="nut" value="Gửi đi"> <input type="reset" class="nut" value="Nhập lại"></td></tr>
</table></form>"""
    return _page(f"{SITE} :: Gửi tin cho bạn bè", middle)


def _gioithieu() -> str:
    middle = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Giới thiệu</div>
<div class="tieude-muc">GIỚI THIỆU CHUNG</div>
<div class="noidung">
<p class="MsoNormal">{_SPAN}{SITE} được thành lập năm 1976, là một trong những trường THPT có bề dày truyền thống của khu vực phía nam thành phố Quy Nhơn.<o:p></o:p></span></p>
<p class="MsoNormal">{_SPAN}Năm học 2026 – 2027, nhà trường có 36 lớp với 1.512 học sinh; 86 cán bộ, giáo viên, nhân viên, trong đó 28 giáo viên có trình độ thạc sĩ.<o:p></o:p></span></p>
<p class="MsoNormal">{_SPAN}Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2023 và được tặng Huân chương Lao động hạng Ba năm 2021.<o:p></o:p></span></p>
</div>"""
    return _page(f"{SITE} :: Giới thiệu", middle)


def _lienhe() -> str:
    middle = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Liên hệ</div>
<div class="tieude-muc">LIÊN HỆ</div>
<div class="thongtin-lienhe"><b>{SITE.upper()}</b><br>Địa chỉ: {ADDRESS}<br>Điện thoại: {PHONE}<br>Email: {EMAIL}</div>
<form method="post" action="index.php?mod=lienhe&amp;act=gui">
<table class="bang-form" cellpadding="4">
<tr><td>Họ và tên (*):</td><td><input type="text" name="hoten" size="40"></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="email" size="40"></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="40"></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="noidung" rows="6" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" class="nut" value="Gửi liên hệ"></td></tr>
</table></form>"""
    return _page(f"{SITE} :: Liên hệ", middle)


def _vanban_list() -> str:
    rows = "\n".join(
        f'<tr><td align="center">{i}</td><td>{esc(d["so"])}</td><td align="center">{d["ngay"]}</td>'
        f'<td><a href="index.php?mod=vanban&amp;act=chitiet&amp;id={k}">{esc(d["trich"])}</a></td>'
        f'<td align="center"><a href="{d["file"]}"><img src="images/icon_pdf.gif" alt="Tải về"></a></td></tr>'
        for i, (k, d) in enumerate(DOCS.items(), 1)
    )
    middle = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Văn bản</div>
<div class="tieude-muc">VĂN BẢN</div>
<table class="bang-vanban" width="100%" border="1" cellpadding="3" cellspacing="0">
<tr class="dong-tieude"><td>STT</td><td>Số/Ký hiệu</td><td>Ngày ban hành</td><td>Trích yếu</td><td>Tải về</td></tr>
{rows}
</table>"""
    return _page(f"{SITE} :: Văn bản", middle)


def _vanban(k: int) -> str:
    d = DOCS[k]
    middle = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; <a href="index.php?mod=vanban">Văn bản</a></div>
<table class="chitiet-vanban" width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><td width="30%">Số/Ký hiệu:</td><td><b>{esc(d["so"])}</b></td></tr>
<tr><td>Ngày ban hành:</td><td>{d["ngay"]}</td></tr>
<tr><td>Loại văn bản:</td><td>{esc(d["loai"])}</td></tr>
<tr><td>Cơ quan ban hành:</td><td>{esc(d["coquan"])}</td></tr>
<tr><td>Trích yếu:</td><td>{esc(d["trich"])}</td></tr>
<tr><td>File đính kèm:</td><td><a href="{d["file"]}">{d["file"].rsplit("/", 1)[1]}</a></td></tr>
</table>
<div class="quaylai"><a href="index.php?mod=vanban">&laquo; Quay lại danh sách văn bản</a></div>"""
    return _page(f"{SITE} :: Văn bản", middle)


def _thuvien_list() -> str:
    cells = "\n".join(
        f'<td align="center" width="50%"><a href="index.php?mod=thuvien&amp;act=album&amp;id={k}">'
        f'<img src="upload/thuvien/album{k}/anh1.jpg" width="200" height="140" border="0"><br>{esc(t)}</a>'
        f"<br><span class=\"ngay\">({d})</span></td>"
        for k, (t, d, _) in ALBUMS.items()
    )
    middle = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; Thư viện ảnh</div>
<div class="tieude-muc">THƯ VIỆN ẢNH</div>
<table width="100%" cellpadding="6"><tr>{cells}</tr></table>"""
    return _page(f"{SITE} :: Thư viện ảnh", middle)


def _album(k: int) -> str:
    title, day, captions = ALBUMS[k]
    cells = "\n".join(
        f'<td align="center"><a href="upload/thuvien/album{k}/anh{i}.jpg" target="_blank">'
        f'<img src="upload/thuvien/album{k}/anh{i}.jpg" width="170" height="120" border="0"></a>'
        f'<div class="chuthich-anh">{esc(c)}</div></td>' + ("</tr><tr>" if i % 3 == 0 else "")
        for i, c in enumerate(captions, 1)
    )
    middle = f"""<div class="duongdan"><a href="index.php">Trang chủ</a> &raquo; <a href="index.php?mod=thuvien">Thư viện ảnh</a></div>
<div class="tieude-muc">{esc(title).upper()}</div>
<div class="ngay">Ngày đăng: {day}</div>
<table width="100%" cellpadding="5"><tr>{cells}</tr></table>"""
    return _page(f"{SITE} :: Thư viện ảnh", middle)


def _dangnhap() -> str:
    middle = """<div class="tieude-muc">ĐĂNG NHẬP QUẢN TRỊ</div>
<form method="post" action="index.php?mod=dangnhap&amp;act=xuly">
<table class="bang-form" cellpadding="4" align="center">
<tr><td>Tên đăng nhập:</td><td><input type="text" name="tendangnhap"></td></tr>
<tr><td>Mật khẩu:</td><td><input type="password" name="matkhau"></td></tr>
<tr><td></td><td><input type="checkbox" name="ghinho" value="1"> Ghi nhớ <input type="submit" class="nut" value="Đăng nhập"></td></tr>
</table></form>"""
    return _page(f"{SITE} :: Đăng nhập", middle)


_POLL = [("Rất đẹp, nhiều thông tin", 412), ("Đẹp", 268), ("Bình thường", 97), ("Cần cải tiến thêm", 45)]


def _ketqua() -> str:
    total = sum(v for _, v in _POLL)
    rows = "\n".join(
        f'<tr><td>{esc(t)}</td><td><img src="images/thanh.gif" height="10" width="{v * 200 // total}"></td>'
        f"<td>{v} phiếu ({v * 100 / total:.1f}%)</td></tr>"
        for t, v in _POLL
    )
    middle = f"""<div class="tieude-muc">KẾT QUẢ THĂM DÒ Ý KIẾN</div>
<div class="cauhoi"><b>Bạn đánh giá thế nào về website của nhà trường?</b></div>
<table class="bang-ketqua" cellpadding="3">
{rows}
</table>
<div>Tổng số phiếu: {total}</div>"""
    return _page(f"{SITE} :: Thăm dò ý kiến", middle)


def _search(keyword: str) -> str:
    hits = [s for s in STORIES if keyword and keyword.lower() in s.title.lower()]
    rows = "\n".join(
        f'<li><a href="{_link(s)}">{esc(s.title)}</a> <span class="ngay">({_date(s)})</span></li>' for s in hits
    )
    middle = (
        f'<div class="tieude-muc">KẾT QUẢ TÌM KIẾM</div>\n<div>Từ khóa: <b>{esc(keyword)}</b> – tìm thấy'
        f" {len(hits)} kết quả</div>\n<ul>{rows}</ul>"
    )
    return _page(f"{SITE} :: Tìm kiếm", middle)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class VendorPhpSchool:
    """index.php's big ``switch ($_GET['mod'])``; unknown modules fall back to the home page."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/upload/") and path.endswith(".pdf"):
            known = {d["file"] for d in DOCS.values()} | {s.opts["attach"][0] for s in STORIES if "attach" in s.opts}
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path[1:] in known else None
        if path.startswith(("/upload/", "/images/", "/css/", "/js/")):
            return static_file(path)
        if path not in ("/", "/index.php"):
            return None
        page = self._page(request.params)
        return html(page, headers={"X-Powered-By": "PHP/5.6.40", "Set-Cookie": "PHPSESSID=8f3k2m1q9v7c6b5n4x0z; path=/"})

    def _page(self, q: dict[str, str]) -> str:
        mod, act = q.get("mod", ""), q.get("act", "")
        ident = _int(q.get("id"))
        if mod == "tintuc":
            if act == "danhsach" and _int(q.get("cid")) in CATS:
                return _listing(int(q["cid"]), _int(q.get("page")))
            if act in ("chitiet", "in", "guiemail"):
                story = _BY_ID.get(ident or 0)
                if story is None:
                    return _soft_404()
                return {"chitiet": _article, "in": _print, "guiemail": _email}[act](story)
        if mod == "gioithieu":
            return _gioithieu()
        if mod == "lienhe":
            return _lienhe()
        if mod == "vanban":
            return _vanban(ident) if act == "chitiet" and ident in DOCS else _vanban_list()
        if mod == "thuvien":
            return _album(ident) if act == "album" and ident in ALBUMS else _thuvien_list()
        if mod == "dangnhap":
            return _dangnhap()
        if mod == "binhchon":
            return _ketqua()
        if mod == "timkiem":
            return _search(q.get("tukhoa", ""))
        return _home()


def build_site() -> VendorPhpSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return VendorPhpSchool()
