"""Fixture portal: a district education office (Phòng GD&ĐT) site, home-made in PHP around 2008.

Why: many district offices kept the site a local company built for them in 2008 until the
district level was abolished in 2025; the site still answers, frozen, with news from 2010 to
2025. It imitates that generation of PHP sites:

- ``/`` (index.php) is a ``<frameset>``: a banner frame ``top.php`` and a page frame
  ``trangchu.php``; its ``<noframes>`` holds no link. ``trangchu.php`` is a table layout (menu
  on the left, "Tin mới" marquee, visitor counter and website links on the right) around an
  ``<iframe name="noidung">`` whose source is the news area ``main.php?act=news&cat=2``; the menu
  links target that iframe. Nothing is reachable from ``/`` except by following frame and
  iframe sources as a browser does;
- every page is windows-1258 bytes (tone marks as combining characters), declared only in a
  ``<meta http-equiv>`` (the HTTP header names no charset); the banner and the print view declare
  nothing at all. Some body text is written with numeric character references;
- listings ``main.php?act=news&cat=N`` print each title with its date "(12/03/2010)" and page
  with ``&page=N`` links printed "[1] [2] [3] Tiếp" (page 1 is linked back as ``&page=1``);
- articles ``main.php?act=detail&id=NN``: a path line "Trang chủ » <category>", the headline
  (some typed in capitals), sometimes a "Ngày đăng: …" or "Cập nhật: … - hh:mm" line and
  sometimes none (then only the listing dates the article), a sapo row for some, the body
  (FCKeditor paragraphs or ``<br>``-separated text in ``<font>``), photos in small tables with
  the caption as a separate centred row, a right-aligned bold byline, print/back/top links and
  a "Tin đã đưa" list of older news with dates. The ``<title>`` is the site's, never the
  headline;
- ``inbai.php?id=NN`` is the print view (the article again, no rel=canonical, no charset);
- traps: ``lich.php?tuan=W&nam=Y``, a weekly work calendar whose "Tuần trước" / "Tuần sau"
  links walk every ISO week from 2008 to 2026 (about 990 pages, 404 outside those years); an
  unknown article id answers 200 "Tin này không tồn tại" (a soft 404), a listing page past the
  end answers 200 with no entries; neither is linked;
- ``main.php?act=vanban`` lists official documents (number, date, summary, file): not news.

GOLD is written by hand from the stories below.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

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
)

NAME = "pgd_frameset_php"
PLATFORM = "homemade-php"
START_PATH = "/"

SITE = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TƯ NGHĨA"
SITE_TITLE = "::: PHONG GIAO DUC VA DAO TAO HUYEN TU NGHIA :::"
PER_PAGE = 3
#: cat id -> menu label (the label the path line and the listing header print)
CATEGORIES: dict[int, str] = {1: "Thông báo", 2: "Tin hoạt động"}
FIRST_YEAR, LAST_YEAR = 2008, 2026
#: the week the calendar opens on: the week of the header clock (25/11/2026)
THIS_WEEK = (2026, 48)

# Story.opts: listed (dd/mm/yyyy the listing prints), dateline (line the detail prints or None),
# views, entities (body partly as character references), thumb (listing image)
STORIES: list[Story] = [
    Story(
        id=412,
        slug="",
        title="Tổng kết năm học 2024 - 2025 ngành Giáo dục huyện Tư Nghĩa",
        cat="2",
        published_at="2025-05-30",
        summary=("Sáng ngày 29/5/2025, Phòng GD&ĐT huyện Tư Nghĩa tổ chức Hội nghị tổng kết năm "
                 "học 2024 - 2025 và triển khai nhiệm vụ trọng tâm năm học 2025 - 2026."),
        sapo_outside=True,
        blocks=[
            P("Dự hội nghị có đồng chí Nguyễn Thị Thanh Hương, Phó Chủ tịch UBND huyện; lãnh đạo "
              "các phòng, ban liên quan cùng hiệu trưởng 58 trường mầm non, tiểu học và trung học "
              "cơ sở trên địa bàn huyện."),
            Img("upload/tintuc/2025/tongket-namhoc-1.jpg", "Quang cảnh hội nghị",
                "Quang cảnh hội nghị", "table"),
            P("Năm học 2024 - 2025, toàn huyện có 24.615 học sinh các cấp. Tỉ lệ huy động trẻ 5 "
              "tuổi ra lớp đạt 100%; 100% học sinh hoàn thành chương trình tiểu học; tỉ lệ học "
              "sinh lớp 9 được công nhận tốt nghiệp THCS đạt 99,6%."),
            P("Công tác xây dựng trường đạt chuẩn quốc gia tiếp tục được quan tâm, trong năm có "
              "thêm 3 trường được công nhận, nâng tổng số trường đạt chuẩn lên 49/58 trường, đạt "
              "tỉ lệ 84,5%."),
            Img("upload/tintuc/2025/tongket-namhoc-2.jpg",
                "Đồng chí Phó Chủ tịch UBND huyện phát biểu chỉ đạo",
                "Đồng chí Phó Chủ tịch UBND huyện phát biểu chỉ đạo", "table"),
            P("Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND huyện đề nghị ngành tiếp tục đổi mới "
              "công tác quản lý, nâng cao chất lượng đội ngũ, chuẩn bị chu đáo các điều kiện để "
              "bàn giao nhiệm vụ quản lý giáo dục về các xã theo mô hình chính quyền địa phương "
              "hai cấp."),
            Img("upload/tintuc/2025/tongket-namhoc-3.jpg",
                "Khen thưởng các tập thể có thành tích xuất sắc",
                "Khen thưởng các tập thể có thành tích xuất sắc", "table"),
            P("Dịp này, UBND huyện đã tặng giấy khen cho 12 tập thể và 45 cá nhân có thành tích "
              "xuất sắc trong năm học 2024 - 2025."),
            Raw('<p align="right"><b>Tin, ảnh: Phạm Thị Ngọc Ánh</b></p>'),
        ],
        authors=["Phạm Thị Ngọc Ánh"],
        photographers=["Phạm Thị Ngọc Ánh"],
        opts={"listed": "30/05/2025", "dateline": "Ngày đăng: 30/05/2025", "views": 611},
    ),
    Story(
        id=405,
        slug="",
        title="Thông báo lịch nghỉ Tết Nguyên đán Ất Tỵ năm 2025",
        cat="1",
        published_at="2025-01-17",
        blocks=[
            P("Phòng GD&ĐT thông báo: cán bộ, giáo viên, nhân viên và học sinh các trường nghỉ "
              "Tết Nguyên đán Ất Tỵ từ ngày 25/01/2025 đến hết ngày 02/02/2025."),
            P("Các đơn vị phân công trực Tết, bảo vệ an toàn tài sản trường học và báo cáo tình "
              "hình về Phòng trước 10 giờ ngày 03/02/2025."),
        ],
        opts={"listed": "17/01/2025", "dateline": "Ngày đăng: 17/01/2025", "views": 402},
    ),
    Story(
        id=398,
        slug="",
        title="Họp mặt kỷ niệm 42 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="2",
        published_at="2024-11-20",
        blocks=[
            P("Một số hình ảnh buổi họp mặt kỷ niệm 42 năm Ngày Nhà giáo Việt Nam do Phòng GD&ĐT "
              "tổ chức sáng 19/11/2024."),
            Img("upload/tintuc/2024/20-11-hopmat-1.jpg", "Tiết mục văn nghệ chào mừng",
                "Tiết mục văn nghệ chào mừng", "table"),
            Img("upload/tintuc/2024/20-11-hopmat-2.jpg", "Lãnh đạo huyện tặng hoa các nhà giáo lão thành",
                "Lãnh đạo huyện tặng hoa các nhà giáo lão thành", "table"),
            Img("upload/tintuc/2024/20-11-hopmat-3.jpg", None, None, "table"),
        ],
        opts={"listed": "20/11/2024", "dateline": None, "views": 355},
    ),
    Story(
        id=389,
        slug="",
        title="Kế hoạch tuyển sinh vào lớp 6 năm học 2024 - 2025",
        cat="1",
        published_at="2024-06-10",
        blocks=[
            P("Phòng GD&ĐT ban hành Kế hoạch tuyển sinh vào lớp 6 năm học 2024 - 2025. Các trường "
              "THCS niêm yết công khai và tổ chức tuyển sinh theo đúng kế hoạch."),
            # the attachment line names a file: a link, not article text
            Raw('<p><b>File đính kèm:</b> <img src="images/icon_pdf.gif" border="0"> <a href="'
                'upload/files/kehoach-tuyensinh-lop6-2024.pdf" target="_blank">'
                "kehoach-tuyensinh-lop6-2024.pdf</a></p>"),
        ],
        opts={"listed": "10/06/2024", "dateline": "Ngày đăng: 10/06/2024", "views": 1890},
    ),
    Story(
        id=377,
        slug="",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2023 - 2024",
        cat="2",
        published_at="2024-03-22T16:05:00+07:00",
        blocks=[
            P("Từ ngày 11 đến 21/3/2024, Phòng GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp "
              "huyện bậc THCS với 64 giáo viên đến từ 16 trường tham gia ở 9 môn học."),
            P("Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành hai "
              "tiết dạy trên lớp. Kết quả có 41 giáo viên được công nhận giáo viên dạy giỏi cấp "
              "huyện, trong đó xếp loại xuất sắc:"),
            P("TT | Họ và tên | Đơn vị | Môn", "tr"),
            P("1 | Trần Thị Mỹ Linh | THCS Nghĩa Hiệp | Ngữ văn", "tr"),
            P("2 | Huỳnh Văn Phước | THCS thị trấn La Hà | Toán", "tr"),
            P("3 | Đặng Thị Thu Sương | THCS Nghĩa Kỳ | Tiếng Anh", "tr"),
            P("Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm và lan tỏa các phương "
              "pháp dạy học tích cực theo Chương trình giáo dục phổ thông 2018."),
            Raw('<p align="right"><b>Lê Quang Vinh</b></p>'),
        ],
        authors=["Lê Quang Vinh"],
        opts={"listed": "22/03/2024", "dateline": "Cập nhật: 22/03/2024 - 16:05", "views": 728},
    ),
    Story(
        id=366,
        slug="",
        title="Lịch thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2023 - 2024",
        cat="1",
        published_at="2024-01-05",
        blocks=[
            P("Phòng GD&ĐT thông báo lịch thi chọn học sinh giỏi lớp 9 cấp huyện như sau:"),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", "tr"),
            P("16/01/2024 | Sáng | Ngữ văn, Lịch sử, Địa lí | 150 phút", "tr"),
            P("16/01/2024 | Chiều | Tiếng Anh, Tin học | 150 phút", "tr"),
            P("17/01/2024 | Sáng | Toán, Vật lí, Hóa học, Sinh học | 150 phút", "tr"),
            P("Địa điểm thi: Trường THCS thị trấn La Hà. Thí sinh có mặt lúc 6 giờ 45 phút để "
              "làm thủ tục dự thi."),
        ],
        opts={"listed": "05/01/2024", "dateline": "Ngày đăng: 05/01/2024", "views": 1264},
    ),
    Story(
        id=298,
        slug="",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2019",
        cat="1",
        published_at="2019-08-05",
        summary=("UBND huyện Tư Nghĩa thông báo tuyển dụng 46 chỉ tiêu viên chức giáo viên mầm "
                 "non, tiểu học và trung học cơ sở năm 2019."),
        sapo_outside=True,
        blocks=[
            P("Người đăng ký dự tuyển phải có trình độ chuẩn được đào tạo theo quy định của Luật "
              "Giáo dục, có đủ sức khỏe để thực hiện nhiệm vụ và có hộ khẩu thường trú tại tỉnh "
              "Quảng Ngãi."),
            P("Thời gian nhận phiếu đăng ký dự tuyển từ ngày 05/8/2019 đến hết ngày 04/9/2019 "
              "(trong giờ hành chính) tại Phòng GD&ĐT huyện Tư Nghĩa."),
            P("Hình thức tuyển dụng: xét tuyển theo quy định tại Nghị định số 161/2018/NĐ-CP của "
              "Chính phủ."),
        ],
        opts={"listed": "05/08/2019", "dateline": "Ngày đăng: 05/08/2019", "views": 5320},
    ),
    Story(
        id=251,
        slug="",
        title="Các trường học trên địa bàn huyện đồng loạt khai giảng năm học 2016 - 2017",
        cat="2",
        published_at="2016-09-06",
        blocks=[
            P("Sáng ngày 05/9/2016, hơn 25.000 học sinh mầm non, tiểu học và trung học cơ sở "
              "trên địa bàn huyện Tư Nghĩa đã bước vào năm học mới 2016 - 2017 trong không khí "
              "phấn khởi."),
            P("Năm học này, toàn huyện có 61 trường với 812 nhóm, lớp. Trước ngày khai giảng, "
              "các trường đã hoàn thành việc sửa chữa phòng học, bổ sung bàn ghế và trang thiết "
              "bị dạy học với tổng kinh phí hơn 4,2 tỉ đồng."),
            P("Tại các điểm trường, lãnh đạo huyện và các xã đã dự lễ khai giảng, thăm hỏi, động "
              "viên thầy cô giáo và trao quà cho học sinh có hoàn cảnh khó khăn."),
            Raw('<p align="right"><b>Nguồn: Báo Quảng Ngãi</b></p>'),
        ],
        source="Báo Quảng Ngãi",
        opts={"listed": "06/09/2016", "dateline": "Ngày đăng: 06/09/2016", "views": 2043,
              "entities": True},
    ),
    Story(
        id=187,
        slug="",
        title="HỘI THẢO CHUYÊN ĐỀ ĐỔI MỚI PHƯƠNG PHÁP DẠY HỌC MÔN TOÁN BẬC TIỂU HỌC",
        cat="2",
        published_at="2013-04-08",
        blocks=[
            P("Ngày 05/4/2013, tại Trường Tiểu học Nghĩa Thương, Phòng GD&ĐT tổ chức hội thảo "
              "chuyên đề “Đổi mới phương pháp dạy học môn Toán lớp 4, lớp 5” cho cán bộ quản lý "
              "và giáo viên cốt cán các trường tiểu học trong huyện.", "br"),
            P("Hội thảo đã nghe 4 báo cáo tham luận và dự 2 tiết dạy minh họa. Các đại biểu tập "
              "trung thảo luận cách tổ chức cho học sinh tự phát hiện và giải quyết vấn đề, sử "
              "dụng đồ dùng trực quan và phân hóa đối tượng học sinh trong giờ học.", "br"),
            Img("http://127.0.0.2:8081/pgdtunghia/upload/tintuc/2013/hoithao-toan.jpg",
                "Tiết dạy minh họa tại lớp 5A", "Tiết dạy minh họa tại lớp 5A", "table"),
            P("Qua hội thảo, giáo viên có thêm kinh nghiệm để vận dụng linh hoạt vào thực tế "
              "giảng dạy tại đơn vị mình.", "br"),
            Raw('<p align="right"><b>Tin: Nguyễn Thị Hồng Vân</b></p>'),
        ],
        authors=["Nguyễn Thị Hồng Vân"],
        opts={"listed": "08/04/2013", "dateline": None, "views": 980},
    ),
    Story(
        id=142,
        slug="",
        title="V/v nộp báo cáo thống kê giữa năm học 2011 - 2012",
        cat="1",
        published_at="2012-02-20",
        blocks=[
            P("Đề nghị hiệu trưởng các trường nộp báo cáo thống kê giữa năm học 2011 - 2012 về "
              "Phòng GD&ĐT (bộ phận Kế hoạch) trước ngày 28/02/2012, đồng thời gửi bản điện tử "
              "qua hộp thư của Phòng."),
            P("Đơn vị nào nộp chậm sẽ bị trừ điểm thi đua."),
        ],
        opts={"listed": "20/02/2012", "dateline": None, "views": 514},
    ),
    Story(
        id=133,
        slug="",
        title="Kiểm tra công nhận Trường Tiểu học Nghĩa Kỳ đạt chuẩn quốc gia",
        cat="2",
        published_at="2011-12-02",
        blocks=[
            P("Ngày 30/11/2011, Đoàn kiểm tra của UBND tỉnh đã về kiểm tra công nhận Trường Tiểu "
              "học Nghĩa Kỳ đạt chuẩn quốc gia mức độ 1."),
            P("Đoàn đã kiểm tra hồ sơ, cơ sở vật chất, dự giờ và khảo sát chất lượng học sinh. "
              "Kết quả nhà trường đạt cả 5 tiêu chuẩn theo quy định của Bộ GD&ĐT."),
            Img("upload/tintuc/2011/chuan-qg-nghiaky.jpg", "Đoàn kiểm tra làm việc tại trường",
                "Đoàn kiểm tra làm việc tại trường", "table"),
            Raw('<p align="right"><b>Tin và ảnh: Võ Văn Tâm</b></p>'),
        ],
        authors=["Võ Văn Tâm"],
        photographers=["Võ Văn Tâm"],
        opts={"listed": "02/12/2011", "dateline": "Ngày đăng: 02/12/2011", "views": 1432},
    ),
    Story(
        id=87,
        slug="",
        title="Phát động Hội thi “Viết chữ đẹp” cấp huyện năm học 2009 - 2010",
        cat="2",
        published_at="2010-03-12",
        blocks=[
            P("Nhằm nâng cao chất lượng rèn chữ, giữ vở cho học sinh, Phòng GD&ĐT phát động Hội "
              "thi “Viết chữ đẹp” cấp huyện dành cho học sinh tiểu học năm học 2009 - 2010.", "br"),
            P("Mỗi trường chọn cử 5 học sinh từ lớp 1 đến lớp 5 và 1 giáo viên tham gia. Hội thi "
              "dự kiến tổ chức vào ngày 10/4/2010 tại Trường Tiểu học thị trấn La Hà.", "br"),
            P("Danh sách dự thi gửi về Phòng trước ngày 30/3/2010.", "br"),
        ],
        opts={"listed": "12/03/2010", "dateline": None, "views": 876},
    ),
]

_BY_ID = {s.id: s for s in STORIES}


def in_cat(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == str(cat)), key=lambda s: s.id, reverse=True)


def detail_path(s: Story) -> str:
    return f"/main.php?act=detail&id={s.id}"


def listing_path(cat: int, page: int | None = None) -> str:
    return f"/main.php?act=news&cat={cat}" + (f"&page={page}" if page is not None else "")


def pages_of(cat: int) -> int:
    return -(-len(in_cat(cat)) // PER_PAGE)


def listing_pages(cat: int) -> list[str]:
    """Every listing URL the pager links, page 1 both bare and as ``&page=1``."""
    return [listing_path(cat)] + [listing_path(cat, n) for n in range(1, pages_of(cat) + 1)]


def calendar_path(year: int, week: int) -> str:
    return f"/lich.php?tuan={week}&nam={year}"


#: (number, issued dd/mm/yyyy, summary, file)
DOCUMENTS = [
    ("215/PGDĐT", "12/05/2025", "V/v hướng dẫn đánh giá, xếp loại học sinh cuối năm học 2024 - 2025",
     "cv215-danhgia-cuoinam.pdf"),
    ("182/KH-PGDĐT", "15/04/2025", "Kế hoạch bồi dưỡng thường xuyên giáo viên năm 2025",
     "kh182-boiduong-thuongxuyen.pdf"),
    ("97/PGDĐT", "03/03/2025", "V/v triển khai phần mềm quản lý trường học", "cv97-phanmem-qlth.doc"),
    ("45/QĐ-PGDĐT", "20/01/2025", "Quyết định công nhận kết quả hội thi giáo viên chủ nhiệm giỏi",
     "qd45-gvcn-gioi.pdf"),
]
DOC_PER_PAGE = 3

# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(_BY_ID[412], detail_path(_BY_ID[412]), "Tin hoạt động"),
    gold_record(_BY_ID[405], detail_path(_BY_ID[405]), "Thông báo"),
    gold_record(_BY_ID[398], detail_path(_BY_ID[398]), "Tin hoạt động"),
    gold_record(_BY_ID[389], detail_path(_BY_ID[389]), "Thông báo"),
    gold_record(_BY_ID[377], detail_path(_BY_ID[377]), "Tin hoạt động"),
    gold_record(_BY_ID[366], detail_path(_BY_ID[366]), "Thông báo"),
    gold_record(_BY_ID[298], detail_path(_BY_ID[298]), "Thông báo"),
    gold_record(_BY_ID[251], detail_path(_BY_ID[251]), "Tin hoạt động"),
    gold_record(_BY_ID[187], detail_path(_BY_ID[187]), "Tin hoạt động"),
    gold_record(_BY_ID[142], detail_path(_BY_ID[142]), "Thông báo"),
    gold_record(_BY_ID[133], detail_path(_BY_ID[133]), "Tin hoạt động"),
    gold_record(_BY_ID[87], detail_path(_BY_ID[87]), "Tin hoạt động"),
]

NON_ARTICLES: list[str] = [
    "/",
    "/top.php",
    "/trangchu.php",
    *(p for cat in CATEGORIES for p in listing_pages(cat)),
    *(f"/inbai.php?id={s.id}" for s in STORIES),
    "/main.php?act=gioithieu",
    "/main.php?act=lienhe",
    "/main.php?act=vanban",
    "/main.php?act=vanban&page=2",
    *(f"/upload/vanban/{d[3]}" for d in DOCUMENTS),
    "/upload/files/kehoach-tuyensinh-lop6-2024.pdf",
    "/gopy.php",
    calendar_path(*THIS_WEEK),
    calendar_path(2026, 47),
    calendar_path(2026, 49),
]


# --------------------------------------------------------------------------- rendering


def _e(value: str) -> str:
    return esc(value)


def _body_text(s: Story, value: str) -> str:
    markup = _e(value)
    return entity_mix(markup, 3) if s.opts.get("entities") else markup


def _img(s: Story, img: Img) -> str:
    caption = (f'<tr><td align="center"><i>{_body_text(s, img.printed)}</i></td></tr>'
               if img.printed else "")
    return (f'<table width="420" border="0" align="center" cellpadding="2" cellspacing="0">'
            f'<tr><td><img src="{img.src}" width="420" height="300" border="0"></td></tr>'
            f"{caption}</table>")


def _body(s: Story) -> str:
    parts: list[str] = []
    rows: list[str] = []
    brs: list[str] = []

    def flush() -> None:
        if rows:
            parts.append('<table width="100%" border="1" cellspacing="0" cellpadding="3" '
                         f'bordercolor="#999999" style="border-collapse:collapse">{"".join(rows)}</table>')
            rows.clear()
        if brs:
            parts.append('<div align="justify"><font face="Times New Roman" size="3">'
                         + "<br><br>".join(brs) + "</font></div>")
            brs.clear()

    for block in s.blocks:
        if isinstance(block, P) and block.style == "tr":
            if brs:
                flush()
            tag = "th" if not rows else "td"
            rows.append("<tr>" + "".join(f"<{tag}>{_body_text(s, c)}</{tag}>"
                                         for c in block.text.split(" | ")) + "</tr>")
            continue
        if isinstance(block, P) and block.style == "br":
            if rows:
                flush()
            brs.append("&nbsp;&nbsp;&nbsp;&nbsp;" + _body_text(s, block.text))
            continue
        flush()
        if isinstance(block, P):
            parts.append(f'<p align="justify">&nbsp;&nbsp;&nbsp;&nbsp;{_body_text(s, block.text)}</p>')
        elif isinstance(block, Img):
            parts.append(_img(s, block))
        else:
            parts.append(block.html)
    flush()
    return "\n".join(parts)


def _doc(title: str, body: str, *, charset: bool = True, extra_head: str = "",
         body_attrs: str = 'leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"') -> str:
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
            if charset else "")
    return f"""<html>
<head>
<title>{title}</title>
{meta}
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/script.js"></script>
{extra_head}
</head>
<body {body_attrs}>
{body}
</body>
</html>"""


def _answer(page: str) -> Response:
    """Bytes as the site stores them; Apache sends ``text/html`` with no charset."""
    return html(cp1258_bytes(page), charset=None)


def _index() -> str:
    return f"""<html>
<head>
<title>{SITE_TITLE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta name="keywords" content="phong giao duc, tu nghia, quang ngai, giao duc">
</head>
<frameset rows="168,*" cols="*" frameborder="NO" border="0" framespacing="0">
  <frame src="top.php" name="topFrame" scrolling="NO" noresize>
  <frame src="trangchu.php" name="mainFrame">
</frameset>
<noframes><body>
Trình duyệt của bạn không hỗ trợ khung (frame). Vui lòng nâng cấp trình duyệt.
</body></noframes>
</html>"""


def _top() -> str:
    body = f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="140" background="images/banner_bg.jpg">
<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=7,0,19,0" width="1000" height="140">
<param name="movie" value="images/banner.swf"><param name="quality" value="high"><param name="wmode" value="transparent">
<embed src="images/banner.swf" quality="high" wmode="transparent" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="1000" height="140"></embed></object>
</td></tr>
<tr><td height="28" class="thanhngang"><table width="100%"><tr>
<td class="ngayhientai">&nbsp;Hôm nay: {TODAY}</td>
<td><marquee scrollamount="3" class="chaymarquee">Chào mừng quý thầy cô đến với Website {SITE.title()}!</marquee></td>
</tr></table></td></tr></table>"""
    return _doc(SITE_TITLE, body, charset=False)


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.published_at, reverse=True)[:n]


def _trangchu() -> str:
    menu = [
        ('index.php" target="_top', "Trang chủ"),
        ('main.php?act=gioithieu" target="noidung', "Giới thiệu"),
        ('main.php?act=news&cat=2" target="noidung', "Tin hoạt động"),
        ('main.php?act=news&cat=1" target="noidung', "Thông báo"),
        ('main.php?act=vanban" target="noidung', "Văn bản"),
        (f'lich.php?tuan={THIS_WEEK[1]}&nam={THIS_WEEK[0]}" target="noidung', "Lịch công tác"),
        ('main.php?act=lienhe" target="noidung', "Liên hệ"),
        ('gopy.php" target="noidung', "Góp ý"),
    ]
    items = "".join(
        f'<tr><td class="menutrai" height="26">&nbsp;<img src="images/muiten.gif" border="0"> '
        f'<a href="{href}" class="linkmenu">{label}</a></td></tr>'
        for href, label in menu
    )
    marquee = "".join(
        f'<img src="images/new.gif" border="0"> <a href="main.php?act=detail&id={s.id}" '
        f'target="noidung" class="linktinmoi">{_e(s.title)}</a><br><br>'
        for s in _newest(5)
    )
    digits = "".join(f'<img src="images/counter/{d}.gif" border="0">' for d in "1487306")
    body = f"""<a name="top"></a>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td class="ngayhientai" colspan="3" align="right">{TODAY}&nbsp;</td></tr>
<tr>
<td width="190" valign="top" bgcolor="#E8F1FB">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="tieudekhung">DANH MỤC</td></tr>
{items}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="tieudekhung">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td align="center">Số lượt truy cập:<br>{digits}</td></tr>
<tr><td align="center">Đang online: 3</td></tr>
</table>
</td>
<td width="620" valign="top">
<iframe name="noidung" src="main.php?act=news&cat=2" width="100%" height="1500" frameborder="0" scrolling="no" marginheight="0" marginwidth="0"></iframe>
</td>
<td width="190" valign="top" bgcolor="#E8F1FB">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="tieudekhung">TIN MỚI</td></tr>
<tr><td><marquee direction="up" scrollamount="2" height="260" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></td></tr>
<tr><td class="tieudekhung">LIÊN KẾT WEBSITE</td></tr>
<tr><td align="center"><select name="lienket" onchange="window.open(this.value)">
<option value="">--- Chọn liên kết ---</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://www.quangngai.edu.vn">Sở GD&ĐT Quảng Ngãi</option>
<option value="http://www.tunghia.quangngai.gov.vn">UBND huyện Tư Nghĩa</option>
</select></td></tr>
<tr><td align="center"><img src="images/banner_truonghocthanthien.gif" width="180" border="0"></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" class="chantrang" align="center">
<b>{SITE}</b><br>
Địa chỉ: Thị trấn La Hà, huyện Tư Nghĩa, tỉnh Quảng Ngãi - Điện thoại: (055) 3845 218 - Fax: (055) 3845 219<br>
Email: pgdtunghia@quangngai.edu.vn<br>
Thiết kế bởi Công ty TNHH Tin học Sao Mai - 2008
</td></tr>
</table>"""
    return _doc(SITE_TITLE, body)


def _frame(body: str, title: str = SITE_TITLE) -> str:
    """A page loaded inside the iframe: the day line, then the content."""
    inner = (f'<a name="top"></a><div class="ngayhientai" align="right">{TODAY}</div>\n{body}')
    return _doc(title, inner, body_attrs='leftmargin="0" topmargin="0" bgcolor="#FFFFFF"')


def _pager(cat: int, page: int) -> str:
    count = pages_of(cat)
    if count < 2:
        return ""
    cells = []
    if page > 1:
        cells.append(f'<a href="main.php?act=news&cat={cat}&page={page - 1}" class="phantrang">Trước</a>')
    for n in range(1, count + 1):
        cells.append(f"<b>[{n}]</b>" if n == page
                     else f'<a href="main.php?act=news&cat={cat}&page={n}" class="phantrang">[{n}]</a>')
    if page < count:
        cells.append(f'<a href="main.php?act=news&cat={cat}&page={page + 1}" class="phantrang">Tiếp</a>')
    return f'<tr><td align="center" class="phantrang">Trang: {" ".join(cells)}</td></tr>'


def _thumb(s: Story) -> str:
    src = next((i.src for i in s.images if not i.src.startswith("http")), "images/noimage.jpg")
    return f'<img src="{src}" width="100" height="75" border="1">'


def _teaser(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 160 else first[:160].rsplit(" ", 1)[0] + "..."


def _listing(cat: int, page: int) -> str:
    chunk = in_cat(cat)[(page - 1) * PER_PAGE: page * PER_PAGE]
    rows = "".join(
        f"""<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="3"><tr>
<td width="110" valign="top">{_thumb(s)}</td>
<td valign="top"><a href="main.php?act=detail&id={s.id}" class="tieude">{_e(s.title)}</a> <span class="ngay">({s.opts["listed"]})</span><br>
<span class="trichdan">{_e(_teaser(s))}</span> <a href="main.php?act=detail&id={s.id}" class="xemtiep">Xem tiếp &raquo;</a></td>
</tr></table><hr size="1" color="#CCCCCC"></td></tr>"""
        for s in chunk
    ) or '<tr><td align="center"><i>Chưa có tin trong mục này.</i></td></tr>'
    body = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khungtin">
<tr><td class="duongdan"><a href="index.php" target="_top">Trang chủ</a> &raquo; <a href="main.php?act=news&cat={cat}">{_e(CATEGORIES[cat])}</a></td></tr>
<tr><td class="tieudemuc">{_e(CATEGORIES[cat]).upper()}</td></tr>
{rows}
{_pager(cat, page) if chunk else ""}
</table>"""
    return _frame(body)


def _tin_da_dua(s: Story) -> str:
    older = [o for o in in_cat(int(s.cat)) if o.id < s.id][:5]
    if not older:
        return ""
    lines = "".join(
        f'<img src="images/bullet.gif" border="0"> <a href="main.php?act=detail&id={o.id}" '
        f'class="linktindadua">{_e(o.title)}</a> <span class="ngay">({o.opts["listed"]})</span><br>'
        for o in older
    )
    return f'<tr><td class="tindadua"><b>Tin đã đưa:</b><br>{lines}</td></tr>'


def _detail(s: Story) -> str:
    cat = int(s.cat)
    dateline = (f'<tr><td class="ngaydang">{s.opts["dateline"]}</td></tr>'
                if s.opts.get("dateline") else "")
    sapo = (f'<tr><td class="tomtat"><b><i>{_body_text(s, s.summary)}</i></b></td></tr>'
            if s.summary else "")
    body = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan"><a href="index.php" target="_top">Trang chủ</a> &raquo; <a href="main.php?act=news&cat={cat}">{_e(CATEGORIES[cat])}</a></td></tr>
<tr><td class="tieudetin">{_e(s.title)}</td></tr>
{dateline}
{sapo}
<tr><td class="noidung">
{_body(s)}
</td></tr>
<tr><td align="right" class="congcu"><a href="inbai.php?id={s.id}" target="_blank"><img src="images/print.gif" border="0"> In bài này</a> | <a href="javascript:history.back()">Quay lại</a> | <a href="#top">Về đầu trang</a></td></tr>
<tr><td class="luotxem">Số lần xem: {s.opts["views"]}</td></tr>
{_tin_da_dua(s)}
</table>"""
    return _frame(body)


def _print(s: Story) -> str:
    date_line = f"<p>{s.opts['dateline']}</p>" if s.opts.get("dateline") else ""
    sapo = f"<p><b><i>{_body_text(s, s.summary)}</i></b></p>" if s.summary else ""
    body = f"""<table width="650" border="0" align="center"><tr><td>
<p><b>{SITE}</b></p><hr>
<h3>{_e(s.title)}</h3>
{date_line}{sapo}
{_body(s)}
<hr><p align="center"><a href="javascript:window.print()">In trang này</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></p>
</td></tr></table>"""
    return _doc("In bai viet", body, charset=False, body_attrs='onload="window.print()"')


def _soft_404() -> str:
    return _frame('<p align="center"><br><br><b>Tin này không tồn tại hoặc đã bị xóa!</b><br><br>'
                  '<a href="javascript:history.back()">Quay lại</a></p>')


def _vanban(page: int) -> str | None:
    count = -(-len(DOCUMENTS) // DOC_PER_PAGE)
    if not 1 <= page <= count:
        return None
    chunk = DOCUMENTS[(page - 1) * DOC_PER_PAGE: page * DOC_PER_PAGE]
    rows = "".join(
        f'<tr><td>{_e(num)}</td><td align="center">{issued}</td><td>{_e(summary)}</td>'
        f'<td align="center"><a href="upload/vanban/{f}" target="_blank"><img src="images/'
        f'download.gif" border="0"> Tải về</a></td></tr>'
        for num, issued, summary, f in chunk
    )
    pager = " ".join(f"<b>[{n}]</b>" if n == page else f'<a href="main.php?act=vanban&page={n}">[{n}]</a>'
                     for n in range(1, count + 1))
    body = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="duongdan"><a href="index.php" target="_top">Trang chủ</a> &raquo; <a href="main.php?act=vanban">Văn bản</a></td></tr>
<tr><td class="tieudemuc">VĂN BẢN CHỈ ĐẠO</td></tr></table>
<table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#999999" style="border-collapse:collapse">
<tr bgcolor="#DCE9F7"><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
{rows}</table>
<p align="center">Trang: {pager}</p>"""
    return _frame(body)


def _gioithieu() -> str:
    return _frame("""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan"><a href="index.php" target="_top">Trang chủ</a> &raquo; Giới thiệu</td></tr>
<tr><td class="tieudemuc">GIỚI THIỆU</td></tr>
<tr><td class="noidung"><p align="justify">Phòng Giáo dục và Đào tạo huyện Tư Nghĩa là cơ quan chuyên môn thuộc UBND huyện, tham mưu giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p align="justify">Lãnh đạo Phòng: Trưởng phòng Nguyễn Văn Hòa; Phó Trưởng phòng Trần Thị Kim Liên, Bùi Văn Sơn.</p>
<p align="justify">Toàn huyện có 58 trường mầm non, tiểu học, trung học cơ sở với hơn 24.000 học sinh.</p></td></tr>
</table>""")


def _lienhe() -> str:
    return _frame("""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan"><a href="index.php" target="_top">Trang chủ</a> &raquo; Liên hệ</td></tr>
<tr><td class="tieudemuc">LIÊN HỆ</td></tr>
<tr><td>Phòng Giáo dục và Đào tạo huyện Tư Nghĩa<br>Địa chỉ: Thị trấn La Hà, huyện Tư Nghĩa, tỉnh Quảng Ngãi<br>
Điện thoại: (055) 3845 218<br>Email: pgdtunghia@quangngai.edu.vn</td></tr>
</table>""")


def _gopy() -> str:
    return _frame("""<form name="frmgopy" method="post" action="gopy.php">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="tieudemuc" colspan="2">GÓP Ý</td></tr>
<tr><td>Họ tên:</td><td><input type="text" name="hoten" size="40"></td></tr>
<tr><td>Email:</td><td><input type="text" name="email" size="40"></td></tr>
<tr><td>Nội dung:</td><td><textarea name="noidung" cols="40" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="gui" value="Gửi góp ý"> <input type="reset" value="Nhập lại"></td></tr>
</table></form>""")


#: the few weeks the office did fill in (everything else prints the empty calendar)
_AGENDA = {
    (2025, 22): (("Thứ Hai 26/5", "Họp giao ban hiệu trưởng các trường THCS"),
                 ("Thứ Năm 29/5", "Hội nghị tổng kết năm học 2024 - 2025")),
    (2024, 47): (("Thứ Ba 19/11", "Họp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11"),),
}


def _calendar(year: int, week: int) -> str | None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    prev_y, prev_w, _ = (monday - timedelta(days=7)).isocalendar()
    next_y, next_w, _ = (monday + timedelta(days=7)).isocalendar()
    entries = _AGENDA.get((year, week))
    rows = ("".join(f"<tr><td>{_e(d)}</td><td>{_e(what)}</td></tr>" for d, what in entries)
            if entries else '<tr><td colspan="2" align="center"><i>Chưa có lịch công tác</i></td></tr>')
    years = "".join(f'<option value="{y}"{" selected" if y == year else ""}>{y}</option>'
                    for y in range(FIRST_YEAR, LAST_YEAR + 1))
    body = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="duongdan"><a href="index.php" target="_top">Trang chủ</a> &raquo; Lịch công tác</td></tr>
<tr><td class="tieudemuc">LỊCH CÔNG TÁC TUẦN {week} (Từ {monday:%d/%m/%Y} đến {monday + timedelta(days=6):%d/%m/%Y})</td></tr>
<tr><td align="center"><a href="lich.php?tuan={prev_w}&nam={prev_y}">&laquo; Tuần trước</a> | <a href="lich.php?tuan={next_w}&nam={next_y}">Tuần sau &raquo;</a>
<form method="get" action="lich.php" style="display:inline">Tuần <input name="tuan" size="2" value="{week}"> Năm <select name="nam">{years}</select> <input type="submit" value="Xem"></form></td></tr>
</table>
<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr bgcolor="#DCE9F7"><th width="120">Thời gian</th><th>Nội dung</th></tr>{rows}</table>"""
    return _frame(body)


_FILES = {f"/upload/vanban/{d[3]}" for d in DOCUMENTS} | {"/upload/files/kehoach-tuyensinh-lop6-2024.pdf"}


class PgdFramesetSite:
    """Routes the PHP scripts of the 2008 site; every page is answered as windows-1258 bytes."""

    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in _FILES:
            ctype = "application/msword" if path.endswith(".doc") else "application/pdf"
            return Response(body=PDF, headers={"Content-Type": ctype})
        if path.startswith(("/upload/", "/images/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php"):
            return _answer(_index())
        if path == "/top.php":
            return _answer(_top())
        if path == "/trangchu.php":
            return _answer(_trangchu())
        if path == "/gopy.php":
            return _answer(_gopy())
        if path == "/inbai.php":
            s = _BY_ID.get(_int(params.get("id")))
            return _answer(_print(s)) if s else _answer(_soft_404())
        if path == "/lich.php":
            page = _calendar(_int(params.get("nam")), _int(params.get("tuan")))
            return _answer(page) if page else None
        if path != "/main.php":
            return None
        act = params.get("act", "news")
        if act == "news":
            cat = _int(params.get("cat", "2"))
            if cat not in CATEGORIES:
                return _answer(_frame("<p>Chuyên mục không tồn tại.</p>"))
            page = _int(params.get("page", "1"))
            return _answer(_listing(cat, max(page, 1)))
        if act == "detail":
            s = _BY_ID.get(_int(params.get("id")))
            return _answer(_detail(s) if s else _soft_404())
        if act == "vanban":
            page = _vanban(_int(params.get("page", "1")))
            return _answer(page) if page else None
        if act == "gioithieu":
            return _answer(_gioithieu())
        if act == "lienhe":
            return _answer(_lienhe())
        return None


def _int(value: str | None) -> int:
    return int(value) if value and re.fullmatch(r"\d{1,6}", value) else 0


def build_site() -> PgdFramesetSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return PgdFramesetSite()
