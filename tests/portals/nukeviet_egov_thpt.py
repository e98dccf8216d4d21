"""Fixture portal: an upper-secondary school on NukeViet 4 with the "egov" theme (not the default).

Why: NukeViet is the Vietnamese CMS most school sites run, and schools rarely keep its default
theme. This one imitates NukeViet eGovernment's ``egov`` theme over the stock news module and the
``laws`` (Văn bản) module, as a multi-language install:

- every URL carries the language prefix ``/vi/``; the home page is ``/`` (the news module is the
  site's default module). Older links without the prefix (``/news/…``, pasted in article bodies
  before the site went multi-language) answer 301 to the prefixed URL, as NukeViet redirects
  any request that is not its own rewritten form;
- articles ``/vi/news/<cat>/<alias>-<id>.html`` print NukeViet's date line ``Thứ hai -
  16/11/2026 07:42``, a hometext (sapo) block, sometimes the article's home image as a figure
  with its note above the body, the body, then the "Tác giả:" / "Nguồn tin:" fields;
  ``article:published_time`` is printed the way NukeViet's ``date('Y-m-dTH:i:s')`` does
  (``2025-10-24+0715:10:00``): the visible date line is what counts;
- three category layouts (``viewcat_top``: a featured article then a list of titles;
  ``viewcat_grid``: a featured article then thumbnails; ``viewcat_list``: numbered titles), each
  paged ``/vi/news/<cat>/page-N``; tag pages ``/vi/news/tag/<alias>``;
- print ``/vi/news/print/…`` and e-mail ``/vi/news/sendmail/…`` views opened by ``onclick`` only,
  a "save" view ``/vi/news/savefile/…`` (an attachment download of the same page), all with
  rel=canonical back to the article;
- ``/sitemap.xml`` is NukeViet's sitemap index of per-module sitemaps
  (``/sitemap-vi.news.xml`` lists only the newest few articles); RSS under ``/vi/rss/`` and
  ``/vi/news/rss/…`` with the newest few;
- a "Tin tiêu điểm" slider and tabs on the home page, "Các tin khác" / "Tin mới hơn" lists with
  dates under each article, sidebars (notices, newest documents, most read, poll, visitor counter,
  website links), a footer with address and phone;
- the Văn bản module ``/vi/van-ban/`` lists official documents (number, date, summary, file):
  its detail pages are document records, not news, and are in NON_ARTICLES.

GOLD is written by hand from the stories below (what a reader takes from each page).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "nukeviet_egov_thpt"
PLATFORM = "nukeviet"
START_PATH = "/"

LANG = "/vi"
SITE_NAME = "Trường THPT Phan Chu Trinh"
SITE_DESC = "Thị xã Điện Bàn - Tỉnh Quảng Nam"
MODULE_TITLE = "Tin tức"
PER_PAGE = 3
SITEMAP_WINDOW = 5
RSS_WINDOW = 4
_ICT = timezone(timedelta(hours=7))
#: the header clock of every page: "today", never a publication date
CLOCK = datetime(2026, 11, 16, 7, 42)
_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
TODAY = f"{_WEEKDAYS[CLOCK.weekday()]}, {CLOCK:%d/%m/%Y} | {CLOCK:%H:%M} GMT+7"

#: alias -> (title, viewcat layout)
CATEGORIES: dict[str, tuple[str, str]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", "top"),
    "doan-thanh-nien": ("Đoàn Thanh niên", "grid"),
    "thong-bao": ("Thông báo", "list"),
}

TAGS: dict[str, str] = {
    "khai-giang": "khai giảng",
    "nam-hoc-2025-2026": "năm học 2025-2026",
    "hoi-nghi-vien-chuc": "hội nghị viên chức",
    "hoc-sinh-gioi": "học sinh giỏi",
    "tong-ket-nam-hoc": "tổng kết năm học",
    "truyen-thong": "truyền thống",
    "trung-thu": "trung thu",
    "mua-he-xanh": "mùa hè xanh",
    "the-thao": "thể thao",
    "hien-mau": "hiến máu",
    "kiem-tra": "kiểm tra",
    "tuyen-dung": "tuyển dụng",
    "nghi-tet": "nghỉ tết",
    "hoi-khoe-phu-dong": "hội khỏe Phù Đổng",
}


def _t(y: int, mo: int, d: int, h: int, mi: int) -> datetime:
    return datetime(y, mo, d, h, mi)


# Story.opts: when (datetime printed on the page), tags, views, author_box, source_box,
# files [(label, path)], nfd, entities, edited (meta modified time), teaser (listing text when
# the story has no hometext), thumb (listing image when the body has none)
STORIES: list[Story] = [
    Story(
        id=1290,
        slug="thong-bao-lich-kiem-tra-giua-ky-i-nam-hoc-2025-2026",
        title="Thông báo lịch kiểm tra giữa kỳ I năm học 2025 - 2026",
        cat="thong-bao",
        published_at="2025-10-24T15:10:00+07:00",
        blocks=[
            P("Căn cứ kế hoạch giáo dục năm học 2025 - 2026, nhà trường thông báo lịch kiểm tra "
              "giữa kỳ I các môn kiểm tra tập trung như sau:"),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("03/11/2025 | Sáng | 10, 11, 12 | Ngữ văn | 90 phút", "tr"),
            P("03/11/2025 | Chiều | 10, 11, 12 | Tiếng Anh | 60 phút", "tr"),
            P("04/11/2025 | Sáng | 10, 11, 12 | Toán | 90 phút", "tr"),
            P("05/11/2025 | Sáng | 12 | Lịch sử | 45 phút", "tr"),
            P("Các môn còn lại giáo viên bộ môn tổ chức kiểm tra tại lớp theo thời khóa biểu, "
              "hoàn thành trước ngày 08/11/2025."),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học "
              "sinh và dụng cụ học tập cần thiết; không mang điện thoại và tài liệu vào phòng."),
        ],
        opts={"when": _t(2025, 10, 24, 15, 10), "tags": ("kiem-tra", "nam-hoc-2025-2026"),
              "views": 1532, "teaser": "Lịch kiểm tra giữa kỳ I các môn kiểm tra tập trung khối 10, 11, 12."},
    ),
    Story(
        id=1288,
        slug="dem-hoi-trang-ram-vang-trang-yeu-thuong-2025",
        title="Đêm hội trăng rằm “Vầng trăng yêu thương” 2025",
        cat="doan-thanh-nien",
        published_at="2025-10-07T20:45:00+07:00",
        blocks=[
            P("Một số hình ảnh Đêm hội trăng rằm “Vầng trăng yêu thương” do Đoàn trường tổ chức "
              "tối 06/10/2025 tại sân trường."),
            Img("/uploads/news/2025_10/z6998811223344_5b1f0c3a9d2e4f6a8b7c1d0e9f2a3b4c.jpg",
                "z6998811223344_5b1f0c3a9d2e4f6a8b7c1d0e9f2a3b4c.jpg", None, "figure"),
            Img("/uploads/news/2025_10/z6998811229876_0a4c6e8b2d1f3a5c7e9b0d2f4a6c8e1b.jpg",
                "z6998811229876_0a4c6e8b2d1f3a5c7e9b0d2f4a6c8e1b.jpg", None, "figure"),
            Img("/uploads/news/2025_10/trung-thu-2025-mua-lan.jpg",
                "Tiết mục múa lân của các bạn lớp 11/3", "Tiết mục múa lân của các bạn lớp 11/3",
                "figure"),
            Img("/uploads/news/2025_10/trung-thu-2025-trao-qua.jpg",
                "Trao quà cho con em cán bộ, giáo viên", "Trao quà cho con em cán bộ, giáo viên",
                "figure"),
        ],
        opts={"when": _t(2025, 10, 7, 20, 45), "tags": ("trung-thu",), "views": 604},
    ),
    Story(
        id=1286,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2025-2026",
        title="Hội nghị viên chức, người lao động năm học 2025 - 2026",
        cat="tin-tuc-su-kien",
        published_at="2025-09-26T16:00:00+07:00",
        summary=("Chiều ngày 25/9/2025, Trường THPT Phan Chu Trinh long trọng tổ chức Hội nghị "
                 "viên chức, người lao động năm học 2025 - 2026 với sự tham dự của 78 cán bộ, "
                 "giáo viên, nhân viên."),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2025_09/hoi-nghi-vien-chuc-2025.jpg",
                "Quang cảnh Hội nghị viên chức, người lao động năm học 2025 - 2026",
                "Quang cảnh Hội nghị viên chức, người lao động năm học 2025 - 2026", "lead"),
            P("Hội nghị đã nghe thầy Hiệu trưởng Nguyễn Văn Thành trình bày báo cáo kết quả thực "
              "hiện nhiệm vụ năm học 2024 - 2025 và phương hướng, nhiệm vụ năm học 2025 - 2026; "
              "báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân và dự "
              "thảo Quy chế chi tiêu nội bộ sửa đổi."),
            P("Trong năm học qua, nhà trường có 1.426 học sinh, tỉ lệ tốt nghiệp THPT đạt "
              "99,8%; 12 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh; Đoàn trường "
              "được Tỉnh đoàn tặng Bằng khen vì có thành tích xuất sắc trong công tác Đoàn và "
              "phong trào thanh niên."),
            P("Tại phần thảo luận, nhiều ý kiến tập trung vào việc đổi mới kiểm tra, đánh giá "
              "theo Chương trình giáo dục phổ thông 2018, tổ chức dạy học các cụm chuyên đề lựa "
              "chọn ở khối 12 và tăng cường ứng dụng chuyển đổi số trong quản lý."),
            P("Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành và tổ chức "
              "ký kết giao ước thi đua giữa các tổ chuyên môn."),
        ],
        opts={"when": _t(2025, 9, 26, 16, 0), "tags": ("hoi-nghi-vien-chuc", "nam-hoc-2025-2026"),
              "views": 418, "author_box": "Nguyễn Văn Thành", "entities": True},
        authors=["Nguyễn Văn Thành"],
    ),
    Story(
        id=1284,
        slug="le-khai-giang-nam-hoc-2025-2026",
        title="Rộn ràng Lễ khai giảng năm học 2025 - 2026",
        cat="tin-tuc-su-kien",
        published_at="2025-09-05T10:30:00+07:00",
        summary=("Sáng 05/9, trong không khí cả nước hân hoan chào đón năm học mới, thầy và trò "
                 "Trường THPT Phan Chu Trinh long trọng tổ chức Lễ khai giảng năm học 2025 - "
                 "2026."),
        sapo_outside=True,
        blocks=[
            P("Đến dự buổi lễ có ông Phạm Văn Lực, Phó Chủ tịch UBND phường Điện Bàn Bắc; đại "
              "diện Ban đại diện cha mẹ học sinh cùng đông đảo phụ huynh và 1.452 học sinh của "
              "nhà trường."),
            Img("/uploads/news/2025_09/khai-giang-2025-1.jpg",
                "Học sinh khối 10 diễu hành chào cờ", "Học sinh khối 10 diễu hành chào cờ",
                "center_em"),
            P("Năm học 2025 - 2026, nhà trường có 36 lớp, trong đó khối 10 có 12 lớp với 488 "
              "học sinh trúng tuyển. Đây là năm học thứ tư nhà trường thực hiện Chương trình giáo "
              "dục phổ thông 2018 ở cả ba khối lớp."),
            P("Thay mặt nhà trường, thầy Hiệu trưởng Nguyễn Văn Thành đã đọc thư của Tổng Bí thư "
              "gửi ngành Giáo dục nhân dịp khai giảng năm học mới và phát động phong trào thi đua "
              "“Dạy tốt - Học tốt” trong toàn trường."),
            Img("/uploads/news/2025_09/khai-giang-2025-2.jpg",
                "Thầy Hiệu trưởng đánh trống khai trường", "Thầy Hiệu trưởng đánh trống khai trường",
                "center_em"),
            P("Dịp này, Hội Khuyến học thị xã và các nhà hảo tâm đã trao 30 suất học bổng, mỗi "
              "suất trị giá 1.000.000 đồng cho học sinh nghèo vượt khó học giỏi."),
            Img("/uploads/news/2025_09/khai-giang-2025-3.jpg",
                "Trao học bổng cho học sinh vượt khó", "Trao học bổng cho học sinh vượt khó",
                "center_em"),
            Raw('<p style="text-align: right;"><em><strong>Tin, ảnh: Trần Thị Kim Oanh</strong></em></p>'),
        ],
        authors=["Trần Thị Kim Oanh"],
        photographers=["Trần Thị Kim Oanh"],
        opts={"when": _t(2025, 9, 5, 10, 30), "tags": ("khai-giang", "nam-hoc-2025-2026"),
              "views": 2210},
    ),
    Story(
        id=1283,
        slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2025-2026",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2025 - 2026",
        cat="thong-bao",
        published_at="2025-09-03T08:15:00+07:00",
        blocks=[
            P("Nhà trường thông báo Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2025 - "
              "2026. Thời gian thi đấu từ ngày 20/10 đến 15/11/2025 gồm các môn: bóng đá nam, "
              "bóng chuyền, cầu lông, điền kinh và kéo co."),
            P("Giáo viên chủ nhiệm đăng ký danh sách vận động viên của lớp về thầy Lê Quang Huy, "
              "giáo viên Thể dục, trước ngày 10/10/2025."),
        ],
        opts={"when": _t(2025, 9, 3, 8, 15), "tags": ("hoi-khoe-phu-dong", "the-thao"), "views": 377},
    ),
    Story(
        id=1279,
        slug="thong-bao-tuyen-dung-nhan-vien-hop-dong-nam-2025",
        title="Thông báo tuyển dụng nhân viên hợp đồng năm 2025",
        cat="thong-bao",
        published_at="2025-08-12T08:00:00+07:00",
        blocks=[
            P("Trường THPT Phan Chu Trinh thông báo tuyển dụng 01 nhân viên thư viện và 01 nhân "
              "viên y tế học đường theo hình thức hợp đồng. Chi tiết xem tại file đính kèm."),
        ],
        opts={"when": _t(2025, 8, 12, 8, 0), "tags": ("tuyen-dung",), "views": 2988,
              "files": [("thong-bao-tuyen-dung-nhan-vien-hop-dong-2025.pdf",
                         "/uploads/news/2025_08/thong-bao-tuyen-dung-nhan-vien-hop-dong-2025.pdf")]},
    ),
    Story(
        id=1276,
        slug="ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-2025",
        title="Ra quân Chiến dịch Thanh niên tình nguyện hè 2025",
        cat="doan-thanh-nien",
        published_at="2025-07-02T17:20:00+07:00",
        summary=("Sáng 01/7, Đoàn trường tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè "
                 "2025 với sự tham gia của gần 200 đoàn viên."),
        sapo_outside=True,
        blocks=[
            P("Trong đợt ra quân đầu tiên, các chi đoàn đã dọn vệ sinh, trồng hoa tuyến đường "
              "trước cổng trường, phát quang khu vực nghĩa trang liệt sĩ phường và sơn sửa bàn "
              "ghế các phòng học."),
            Img("/uploads/news/2025_07/mua-he-xanh-2025.jpg",
                "Đoàn viên dọn vệ sinh tại nghĩa trang liệt sĩ",
                "Đoàn viên dọn vệ sinh tại nghĩa trang liệt sĩ", "table"),
            P("Chiến dịch năm nay có ba nội dung chính: “Ngày thứ Bảy tình nguyện”, lớp học hè "
              "miễn phí cho học sinh tiểu học và hướng dẫn kỹ năng phòng, chống đuối nước cho "
              "thiếu nhi trên địa bàn."),
            P("Chiến dịch kéo dài đến hết ngày 15/8/2025."),
            Raw('<p style="text-align: right;"><em>Bài và ảnh: Nguyễn Hoàng Phúc</em></p>'),
        ],
        authors=["Nguyễn Hoàng Phúc"],
        photographers=["Nguyễn Hoàng Phúc"],
        opts={"when": _t(2025, 7, 2, 17, 20), "tags": ("mua-he-xanh",), "views": 512},
    ),
    Story(
        id=1270,
        slug="tong-ket-nam-hoc-2024-2025-va-trao-thuong-hoc-sinh",
        title="Tổng kết năm học 2024 - 2025 và trao thưởng học sinh xuất sắc",
        cat="tin-tuc-su-kien",
        published_at="2025-05-28T11:00:00+07:00",
        summary=("Ngày 27/5/2025, nhà trường tổ chức lễ tổng kết năm học 2024 - 2025, tuyên "
                 "dương 218 học sinh xuất sắc và 46 học sinh đạt giải các kỳ thi."),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2025_05/tong-ket-2024-2025.jpg",
                "Thầy Hiệu trưởng phát biểu tại lễ tổng kết",
                "Thầy Hiệu trưởng phát biểu tại lễ tổng kết", "thumb"),
            P("Năm học 2024 - 2025, tỉ lệ học sinh có kết quả học tập tốt và khá đạt 81,3%, tăng "
              "4,2% so với năm học trước; không có học sinh bị kỷ luật ở mức đình chỉ học tập."),
            P("Nhà trường đạt giải Nhì toàn đoàn Hội khỏe Phù Đổng cấp thị xã, giải Ba cuộc thi "
              "Khoa học kỹ thuật cấp tỉnh với dự án “Hệ thống tưới cây tự động dùng năng lượng mặt "
              "trời” của nhóm học sinh lớp 11/1."),
            P("Phát biểu bế mạc, thầy Hiệu trưởng nhắc nhở học sinh khối 12 tập trung ôn tập cho "
              "kỳ thi tốt nghiệp THPT, học sinh khối 10 và 11 sử dụng thời gian hè hợp lý, tham "
              "gia các hoạt động tại địa phương và giữ an toàn khi đi bơi."),
            Raw('<p style="text-align: right;"><strong>Lê Thị Thu Hà</strong></p>'),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"when": _t(2025, 5, 28, 11, 0), "tags": ("tong-ket-nam-hoc", "hoc-sinh-gioi"),
              "views": 987},
    ),
    Story(
        id=1263,
        slug="giai-bong-da-nam-hoc-sinh-chao-mung-ngay-thanh-lap-doan",
        title="Sôi nổi giải bóng đá nam học sinh chào mừng 94 năm Ngày thành lập Đoàn",
        cat="doan-thanh-nien",
        published_at="2025-03-27T10:40:00+07:00",
        blocks=[
            P("Sau hai tuần tranh tài sôi nổi với 24 đội bóng đến từ các chi đoàn, trận chung "
              "kết giải bóng đá nam học sinh đã diễn ra chiều 26/3 giữa hai đội 12/2 và 11/5."),
            Img("/uploads/news/2025_03/bong-da-26-3.jpg",
                "Pha tranh bóng trong trận chung kết (Ảnh: Hoàng Phúc)",
                "Pha tranh bóng trong trận chung kết (Ảnh: Hoàng Phúc)", "figure"),
            P("Với lối chơi phối hợp nhuần nhuyễn, đội 12/2 đã giành chiến thắng 3 - 1 để lên "
              "ngôi vô địch. Giải Ba thuộc về đội 10/7 và 12/8; danh hiệu Vua phá lưới được trao "
              "cho em Võ Minh Nhật, lớp 12/2 với 9 bàn thắng."),
            P("Giải đấu là hoạt động thiết thực chào mừng kỷ niệm 94 năm Ngày thành lập Đoàn TNCS "
              "Hồ Chí Minh (26/3/1931 - 26/3/2025), góp phần rèn luyện thể chất và tinh thần đoàn "
              "kết trong đoàn viên, thanh niên."),
        ],
        photographers=["Hoàng Phúc"],
        opts={"when": _t(2025, 3, 27, 10, 40), "tags": ("the-thao", "truyen-thong"), "views": 733},
    ),
    Story(
        id=1260,
        slug="giao-luu-tiep-lua-truyen-thong-ky-niem-50-nam-giai-phong-quang-nam",
        title="Giao lưu “Tiếp lửa truyền thống” kỷ niệm 50 năm Ngày giải phóng Quảng Nam",
        cat="tin-tuc-su-kien",
        published_at="2025-03-24T14:30:00+07:00",
        summary=("Hướng tới kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng Nam (24/3/1975 - "
                 "24/3/2025), sáng 22/3 nhà trường tổ chức buổi giao lưu “Tiếp lửa truyền thống” "
                 "với các cựu chiến binh trên địa bàn."),
        sapo_outside=True,
        blocks=[
            P("Tại buổi giao lưu, các cựu chiến binh đã kể lại những kỷ niệm chiến đấu trên quê "
              "hương Điện Bàn, những ngày tháng Ba lịch sử năm 1975 và sự hy sinh của các đồng "
              "đội để làm nên ngày toàn thắng."),
            P("Nhiều câu hỏi của học sinh về cuộc sống thời chiến, về ý chí vượt khó của thế hệ "
              "cha ông đã được các cựu chiến binh giải đáp tận tình, tạo nên không khí xúc động."),
            Img("/uploads/news/2025_03/giao-luu-cuu-chien-binh.jpg",
                "Các cựu chiến binh giao lưu với học sinh", "Các cựu chiến binh giao lưu với học sinh",
                "figure"),
            P("Kết thúc chương trình, Đoàn trường đã trao tặng 10 phần quà cho các cựu chiến binh "
              "có hoàn cảnh khó khăn."),
            # a "Xem thêm" link pasted before the site went multi-language: navigation, not text
            Raw('<p><strong>Xem thêm:</strong> <a href="/news/tin-tuc-su-kien/'
                'hoc-sinh-dat-12-giai-ky-thi-hoc-sinh-gioi-cap-tinh-1257.html">Học sinh Trường THPT '
                'Phan Chu Trinh đạt 12 giải kỳ thi học sinh giỏi cấp tỉnh</a></p>'),
        ],
        opts={"when": _t(2025, 3, 24, 14, 30), "tags": ("truyen-thong",), "views": 456},
    ),
    Story(
        id=1257,
        slug="hoc-sinh-dat-12-giai-ky-thi-hoc-sinh-gioi-cap-tinh",
        title="Học sinh Trường THPT Phan Chu Trinh đạt 12 giải kỳ thi học sinh giỏi cấp tỉnh",
        cat="tin-tuc-su-kien",
        published_at="2025-03-14T09:05:00+07:00",
        summary=("Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2024 - 2025 vừa công bố kết "
                 "quả, Trường THPT Phan Chu Trinh có 12 học sinh đạt giải."),
        sapo_outside=True,
        blocks=[
            P("Kỳ thi do Sở GD&ĐT tổ chức ngày 25 và 26/02/2025 với 1.180 thí sinh dự thi 11 "
              "môn. Nhà trường có 18 học sinh dự thi ở 7 môn, tỉ lệ đạt giải 66,7%."),
            P("Danh sách học sinh đạt giải Nhất, Nhì:", "h"),
            P("STT | Họ và tên | Lớp | Môn thi | Giải", "tr"),
            P("1 | Nguyễn Ngọc Bảo Trân | 12/1 | Ngữ văn | Nhất", "tr"),
            P("2 | Trần Minh Khôi | 12/2 | Toán | Nhì", "tr"),
            P("3 | Lê Hoàng Gia Hân | 12/1 | Tiếng Anh | Nhì", "tr"),
            P("4 | Phan Quốc Bảo | 12/3 | Vật lí | Nhì", "tr"),
            P("Ngoài ra, nhà trường còn có 3 giải Ba và 5 giải Khuyến khích."),
        ],
        authors=["Minh Hải"],
        source="Báo Quảng Nam",
        opts={"when": _t(2025, 3, 14, 9, 5), "tags": ("hoc-sinh-gioi",), "views": 1675,
              "author_box": "Minh Hải", "source_box": "Báo Quảng Nam",
              "thumb": "/uploads/news/2025_03/hsg-cap-tinh-2025.jpg"},
    ),
    Story(
        id=1248,
        slug="thong-bao-lich-nghi-tet-nguyen-dan-at-ty-2025",
        title="Thông báo lịch nghỉ Tết Nguyên đán Ất Tỵ 2025",
        cat="thong-bao",
        published_at="2025-01-15T16:30:00+07:00",
        blocks=[
            P("Thực hiện công văn của Sở GD&ĐT, học sinh toàn trường nghỉ Tết Nguyên đán Ất Tỵ "
              "từ ngày 25/01/2025 đến hết ngày 02/02/2025."),
            P("Học sinh đi học trở lại vào sáng thứ Hai, ngày 03/02/2025."),
            P("Chúc quý phụ huynh và các em học sinh đón Tết vui vẻ, an toàn."),
        ],
        opts={"when": _t(2025, 1, 15, 16, 30), "tags": ("nghi-tet",), "views": 2650},
    ),
    Story(
        id=1245,
        slug="tuoi-tre-truong-thpt-phan-chu-trinh-hien-mau-tinh-nguyen",
        title="Tuổi trẻ Trường THPT Phan Chu Trinh hiến máu tình nguyện",
        cat="doan-thanh-nien",
        published_at="2025-01-10T08:50:00+07:00",
        blocks=[
            P("Hưởng ứng Ngày hội “Xuân hồng” năm 2025, sáng 09/01, Đoàn trường phối hợp với "
              "Trung tâm Y tế thị xã tổ chức đợt hiến máu tình nguyện cho đoàn viên, giáo viên "
              "đủ 18 tuổi."),
            P("Đã có 64 đoàn viên, giáo viên đăng ký, trong đó 52 người đủ điều kiện hiến máu, "
              "thu được 52 đơn vị máu. Nhiều em học sinh khối 12 lần đầu tham gia đã không giấu "
              "được niềm vui khi góp một phần nhỏ giúp đỡ người bệnh."),
            Img("/uploads/news/2025_01/hien-mau-xuan-hong-2025.jpg", None, None, "plain"),
            P("Đây là năm thứ năm liên tiếp Đoàn trường tổ chức hiến máu tình nguyện đầu năm "
              "mới."),
        ],
        opts={"when": _t(2025, 1, 10, 8, 50), "tags": ("hien-mau",), "views": 299, "nfd": True},
    ),
]

_BY_ID = {s.id: s for s in STORIES}


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["when"], reverse=True)


def in_cat(cat: str) -> list[Story]:
    return _newest([s for s in STORIES if s.cat == cat])


def article_path(s: Story) -> str:
    return f"{LANG}/news/{s.cat}/{s.slug}-{s.id}.html"


def view_path(kind: str, s: Story) -> str:
    """print / savefile / sendmail views of a story."""
    return f"{LANG}/news/{kind}/{s.cat}/{s.slug}-{s.id}.html"


def listing_pages(cat: str) -> list[str]:
    count = max(1, -(-len(in_cat(cat)) // PER_PAGE))
    return [f"{LANG}/news/{cat}/"] + [f"{LANG}/news/{cat}/page-{n}" for n in range(2, count + 1)]


# --------------------------------------------------------------------------- the Văn bản module

#: (id, alias, number, title, summary, issued dd/mm/yyyy, signer, kind, file)
DOCUMENTS: list[tuple[int, str, str, str, str, str, str, str, str]] = [
    (41, "Quyet-dinh-thanh-lap-Hoi-dong-thi-dua-khen-thuong-nam-hoc-2025-2026-41",
     "215/QĐ-THPTPCT", "Quyết định thành lập Hội đồng Thi đua - Khen thưởng năm học 2025 - 2026",
     "Về việc thành lập Hội đồng Thi đua - Khen thưởng Trường THPT Phan Chu Trinh năm học "
     "2025 - 2026", "15/09/2025", "Nguyễn Văn Thành", "Quyết định", "qd-215-hdtdkt-2025.pdf"),
    (40, "Ke-hoach-giao-duc-nha-truong-nam-hoc-2025-2026-40",
     "198/KH-THPTPCT", "Kế hoạch giáo dục nhà trường năm học 2025 - 2026",
     "Kế hoạch giáo dục nhà trường năm học 2025 - 2026 theo Chương trình giáo dục phổ thông "
     "2018", "28/08/2025", "Nguyễn Văn Thành", "Kế hoạch", "kh-198-khgd-2025-2026.pdf"),
    (38, "Quy-che-chi-tieu-noi-bo-nam-2025-38",
     "12/QC-THPTPCT", "Quy chế chi tiêu nội bộ năm 2025",
     "Ban hành Quy chế chi tiêu nội bộ năm 2025 của Trường THPT Phan Chu Trinh",
     "06/01/2025", "Nguyễn Văn Thành", "Quy chế", "qc-12-chi-tieu-noi-bo-2025.pdf"),
    (35, "Cong-van-huong-dan-thuc-hien-nhiem-vu-nam-hoc-2025-2026-35",
     "2150/SGDĐT-GDTrH", "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2025 - 2026",
     "Sở GD&ĐT hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2025 - 2026",
     "20/08/2025", "Huỳnh Thị Mỹ Hạnh", "Công văn", "cv-2150-sgddt-gdtrh.pdf"),
    (33, "Thong-bao-ket-qua-tuyen-sinh-lop-10-nam-hoc-2025-2026-33",
     "150/TB-THPTPCT", "Thông báo kết quả tuyển sinh lớp 10 năm học 2025 - 2026",
     "Danh sách học sinh trúng tuyển vào lớp 10 năm học 2025 - 2026", "18/07/2025",
     "Nguyễn Văn Thành", "Thông báo", "tb-150-trung-tuyen-lop-10.pdf"),
]
DOC_PER_PAGE = 3


def doc_path(alias: str) -> str:
    return f"{LANG}/van-ban/detail/{alias}/"


def doc_pages() -> list[str]:
    count = -(-len(DOCUMENTS) // DOC_PER_PAGE)
    return [f"{LANG}/van-ban/"] + [f"{LANG}/van-ban/page-{n}" for n in range(2, count + 1)]


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(_BY_ID[1290], article_path(_BY_ID[1290]), "Thông báo"),
    gold_record(_BY_ID[1288], article_path(_BY_ID[1288]), "Đoàn Thanh niên"),
    gold_record(_BY_ID[1286], article_path(_BY_ID[1286]), "Tin tức - Sự kiện"),
    gold_record(_BY_ID[1284], article_path(_BY_ID[1284]), "Tin tức - Sự kiện"),
    gold_record(_BY_ID[1283], article_path(_BY_ID[1283]), "Thông báo"),
    gold_record(_BY_ID[1279], article_path(_BY_ID[1279]), "Thông báo"),
    gold_record(_BY_ID[1276], article_path(_BY_ID[1276]), "Đoàn Thanh niên"),
    gold_record(_BY_ID[1270], article_path(_BY_ID[1270]), "Tin tức - Sự kiện"),
    gold_record(_BY_ID[1263], article_path(_BY_ID[1263]), "Đoàn Thanh niên"),
    gold_record(_BY_ID[1260], article_path(_BY_ID[1260]), "Tin tức - Sự kiện"),
    gold_record(_BY_ID[1257], article_path(_BY_ID[1257]), "Tin tức - Sự kiện"),
    gold_record(_BY_ID[1248], article_path(_BY_ID[1248]), "Thông báo"),
    gold_record(_BY_ID[1245], article_path(_BY_ID[1245]), "Đoàn Thanh niên"),
]

NON_ARTICLES: list[str] = [
    "/",
    f"{LANG}/news/",
    *(p for cat in CATEGORIES for p in listing_pages(cat)),
    *(view_path(kind, s) for s in STORIES for kind in ("print", "savefile", "sendmail")),
    *(f"{LANG}/news/tag/{t}" for t in TAGS),
    f"{LANG}/rss/",
    f"{LANG}/news/rss/",
    *(f"{LANG}/news/rss/{cat}/" for cat in CATEGORIES),
    "/sitemap.xml",
    "/sitemap-vi.news.xml",
    "/sitemap-vi.van-ban.xml",
    "/sitemap-vi.about.xml",
    *doc_pages(),
    *(doc_path(d[1]) for d in DOCUMENTS),
    *(f"/uploads/van-ban/{d[8]}" for d in DOCUMENTS),
    "/uploads/news/2025_08/thong-bao-tuyen-dung-nhan-vien-hop-dong-2025.pdf",
    f"{LANG}/about/gioi-thieu-chung.html",
    f"{LANG}/about/co-cau-to-chuc.html",
    f"{LANG}/contact/",
    f"{LANG}/users/login/",
    "/en/",
]


# --------------------------------------------------------------------------- rendering helpers


def _e(value: str) -> str:
    return esc(value)


def _dateline(when: datetime) -> str:
    return f"{_WEEKDAYS[when.weekday()]} - {when:%d/%m/%Y %H:%M}"


def _listing_time(when: datetime) -> str:
    """NukeViet's listing stamp ``d/m/Y h:i:s A``."""
    return when.strftime("%d/%m/%Y %I:%M:%S %p")


def _meta_time(when: datetime) -> str:
    """``date('Y-m-dTH:i:s')`` as PHP prints it in Asia/Ho_Chi_Minh: the zone lands mid-string."""
    return f"{when:%Y-%m-%d}+07{when:%H:%M:%S}"


def _views(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _teaser(s: Story) -> str:
    if s.summary:
        return s.summary
    return s.opts.get("teaser") or next(b.text for b in s.blocks if isinstance(b, P))


def _thumb(s: Story) -> str:
    src = s.opts.get("thumb") or next((i.src for i in s.images), "")
    if not src:
        return "/themes/egov/images/no_image.gif"
    return src.replace("/uploads/", "/assets/", 1)


def _t_(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")), entities=2 if s.opts.get("entities") else 0)


def _img_markup(s: Story, img: Img) -> str:
    src = _e(img.src)
    alt = _e(img.printed or s.title)
    if img.style == "figure":
        return (f'<figure class="image"><img alt="{alt}" height="533" src="{src}" width="800" />'
                f"<figcaption>{_t_(s, img.printed or '')}</figcaption></figure>")
    if img.style == "center_em":
        return (f'<p style="text-align: center;"><img alt="{alt}" height="500" src="{src}" '
                f'width="750" /></p>\n<p style="text-align: center;"><em>{_t_(s, img.printed or "")}'
                "</em></p>")
    if img.style == "table":
        return ('<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" '
                f'style="width: 100%;"><tbody><tr><td><img alt="{alt}" src="{src}" width="700" />'
                f'</td></tr><tr><td class="image_caption" style="text-align: center;">'
                f"{_t_(s, img.printed or '')}</td></tr></tbody></table>")
    return f'<p style="text-align: center;"><img alt="" src="{src}" width="750" /></p>'


def _body(s: Story) -> str:
    parts: list[str] = []
    rows: list[str] = []
    for block in s.blocks:
        if not (isinstance(block, P) and block.style == "tr") and rows:
            parts.append('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">'
                         f'<tbody>{"".join(rows)}</tbody></table>')
            rows = []
        if isinstance(block, P):
            if block.style == "tr":
                cells = block.text.split(" | ")
                if rows:
                    inner = "".join(f"<td>{_t_(s, c)}</td>" for c in cells)
                else:  # the header row, typed bold in the editor
                    inner = "".join(
                        f'<td style="text-align: center;"><strong>{_t_(s, c)}</strong></td>'
                        for c in cells
                    )
                rows.append(f"<tr>{inner}</tr>")
            elif block.style == "h":
                parts.append(f"<p><strong>{_t_(s, block.text)}</strong></p>")
            else:
                parts.append(f'<p style="text-align: justify;">{_t_(s, block.text)}</p>')
        elif isinstance(block, Img):
            if block.style in ("lead", "thumb"):
                continue
            parts.append(_img_markup(s, block))
        else:
            parts.append(block.html)
    if rows:
        parts.append('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">'
                     f'<tbody>{"".join(rows)}</tbody></table>')
    return "\n".join(parts)


# --- the theme around every page ---

_MENU = (
    ("/", "Trang nhất", ()),
    (f"{LANG}/about/gioi-thieu-chung.html", "Giới thiệu",
     ((f"{LANG}/about/gioi-thieu-chung.html", "Giới thiệu chung"),
      (f"{LANG}/about/co-cau-to-chuc.html", "Cơ cấu tổ chức"))),
    (f"{LANG}/news/", "Tin tức",
     tuple((f"{LANG}/news/{c}/", t) for c, (t, _) in CATEGORIES.items())),
    (f"{LANG}/van-ban/", "Văn bản", ()),
    (f"{LANG}/contact/", "Liên hệ", ()),
)


def _menu() -> str:
    items = []
    for href, label, subs in _MENU:
        if subs:
            sub = "".join(f'<li><a href="{h}" title="{_e(t)}">{_e(t)}</a></li>' for h, t in subs)
            items.append(f'<li class="dropdown"><a href="{href}" title="{_e(label)}">{_e(label)} '
                         f'<strong class="caret">&nbsp;</strong></a><ul class="dropdown-menu">'
                         f"{sub}</ul></li>")
        else:
            items.append(f'<li><a href="{href}" title="{_e(label)}">{_e(label)}</a></li>')
    return ('<nav class="second-nav" id="menusite"><div class="container"><div class="row">'
            '<div class="bg box-shadow"><ul class="nav navbar-nav">' + "".join(items)
            + "</ul></div></div></div></nav>")


def _breadcrumbs(trail: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{h}" '
        f'itemprop="url" title="{_e(t)}"><span class="txt" itemprop="title">{_e(t)}</span></a></li>'
        for h, t in trail
    )
    return ('<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs '
            'hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg '
            'fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
            '<ul class="subs-breadcrumbs"></ul><ul class="temp-breadcrumbs hidden">'
            '<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/" '
            'itemprop="url" title="Trang nhất"><span itemprop="title">Trang nhất</span></a></li>'
            f"{items}</ul></div>")


def _header(trail: list[tuple[str, str]] | None) -> str:
    crumbs = _breadcrumbs(trail) if trail is not None else ""
    return f"""<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper bg-shadow-body">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{_e(SITE_NAME)}" href="/"><img src="/uploads/logo-pct.png" width="90" height="90" alt="{_e(SITE_NAME)}" /></a>
<span class="site_name">{_e(SITE_NAME)}</span><span class="site_description">{_e(SITE_DESC)}</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="text-right lang-switch"><a href="/" title="Tiếng Việt"><img src="/themes/egov/images/flag-vi.png" alt="Tiếng Việt" /></a> <a href="/en/" title="English"><img src="/themes/egov/images/flag-en.png" alt="English" /></a></div></div>
</div></div></header>
{_menu()}
<nav class="header-nav"><div class="container"><div class="personalArea"><a href="{LANG}/users/login/" rel="nofollow"><em class="fa fa-user fa-lg"></em> Đăng nhập</a></div>
<div class="social-icons"><a href="https://www.facebook.com/thptphanchutrinh.dienban" target="_blank"><em class="fa fa-facebook"></em></a></div>
<div class="contactDefault"><em class="fa fa-phone"></em> 0235 3 867 215 &nbsp; <em class="fa fa-envelope"></em> c3phanchutrinh.db@quangnam.edu.vn</div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18">{crumbs}<span class="current-time">{TODAY}</span></div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="{LANG}/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div>
</div></div></div></nav>"""


def _sidebar() -> str:
    notices = "".join(
        f'<li class="icon_list"><a class="show" href="{article_path(s)}" title="{_e(s.title)}">'
        f"{_e(s.title)}</a></li>"
        for s in in_cat("thong-bao")[:3]
    )
    docs = "".join(
        f'<li><a href="{doc_path(d[1])}" title="{_e(d[3])}"><strong>{_e(d[2])}</strong></a>'
        f'<div class="text-muted">Ban hành: {d[5]}</div></li>'
        for d in DOCUMENTS[:3]
    )
    popular = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:4]
    tophits = "".join(
        f'<li class="clearfix"><div class="row padding-bottom"><div class="col-md-8">'
        f'<a title="{_e(s.title)}" href="{article_path(s)}"><img src="{_thumb(s)}" alt="'
        f'{_e(s.title)}" width="80" class="img-thumbnail pull-left"/></a></div><div class="col-md-16">'
        f'<a class="show" href="{article_path(s)}" data-content="" data-img="{_thumb(s)}" '
        f'data-rel="block_news_tooltip">{_e(s.title)}</a></div></div></li>'
        for s in popular
    )
    return f"""<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Thông báo</div><div class="panel-body"><ul class="related">{notices}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body"><ul class="list-unstyled block-laws">{docs}</ul>
<p class="text-right"><a href="{LANG}/van-ban/">Xem tất cả &raquo;</a></p></div></div>
<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div><div class="panel-body"><ul class="block_tophits">{tophits}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body"><form action="#" method="get">
<p><strong>Bạn biết đến website của trường qua kênh nào?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="21" /> Giáo viên chủ nhiệm giới thiệu</label></div>
<div class="radio"><label><input type="radio" name="option" value="22" /> Trang Facebook của trường</label></div>
<div class="radio"><label><input type="radio" name="option" value="23" /> Tìm kiếm trên Google</label></div>
<input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '2', '1', '', '', '0');" />
<input class="btn btn-primary btn-sm" type="button" value="Xem kết quả" onclick="nv_sendvoting(this.form, '2', 0, '', '', '0');" /></form></div></div>
<div class="panel panel-default fix-thongke-truycap"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>23</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay</span><span>1.087</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Tháng hiện tại</span><span>28.416</span></li>
<li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>3.905.772</span></li></ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body"><select class="form-control" onchange="if (this.value) window.open(this.value, '_blank');">
<option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://quangnam.edu.vn">Sở GD&amp;ĐT Quảng Nam</option><option value="https://temis.csdl.edu.vn">Hệ thống TEMIS</option></select></div></div>
</div>"""


def _footer() -> str:
    return f"""</div></section></div>
<footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-24 color-text-footer margin-footer-site">
<div class="col-md-16"><p><strong>{_e(SITE_NAME).upper()}</strong></p>
<p>Địa chỉ: 36 Trần Nhân Tông, phường Điện Bàn Bắc, thị xã Điện Bàn, tỉnh Quảng Nam</p>
<p>Điện thoại: 0235 3 867 215 - Email: c3phanchutrinh.db@quangnam.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Thành - Hiệu trưởng</p></div>
<div class="col-md-8"><p>© Bản quyền thuộc về {_e(SITE_NAME)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="text-center">Mã nguồn <a href="https://nukeviet.vn/vi/egov/">NukeViet eGovernment</a>. Thiết kế bởi <a href="https://vinades.vn/">VINADES.,JSC</a>. | <a href="{LANG}/rss/">RSS</a></p></div>
</div></div></div></div></footer>
<nav class="footerNav2"><div class="wraper"><div class="container"><div class="bttop"><a class="pointer"><em class="fa fa-eject fa-lg"></em></a></div></div></div></nav>
</div></div>
<div id="sitemodal" class="modal fade" role="dialog"><div class="modal-dialog"><div class="modal-content"><div class="modal-body"><em class="fa fa-spinner fa-spin">&nbsp;</em></div></div></div></div>
<script src="/assets/js/jquery/jquery.min.js"></script><script src="/themes/egov/js/main.js"></script>"""


def _page(base: str, title: str, main: str, *, canonical: str | None, head: str = "",
          trail: list[tuple[str, str]] | None = None, sidebar: bool = True) -> str:
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    side = _sidebar() if sidebar else ""
    width = "col-sm-16 col-md-18" if sidebar else "col-md-24"
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{_e(title)}</title>
<meta name="description" content="{_e(title)}" />
<meta name="author" content="{_e(SITE_NAME)}" />
<meta name="copyright" content="{_e(SITE_NAME)} [c3phanchutrinh.db@quangnam.edu.vn]" />
<meta name="generator" content="NukeViet v4.4" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{head}
{canon}
<link rel="alternate" href="{LANG}/news/rss/" title="Tin tức" type="application/rss+xml" />
<link rel="icon" href="/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css" />
<link rel="StyleSheet" href="/themes/egov/css/bootstrap.min.css" />
<link rel="StyleSheet" href="/themes/egov/css/style.css" />
<link rel="StyleSheet" href="/themes/egov/css/news.css" />
</head>
<body>
{_header(trail)}
<div class="row"><div class="{width}">
{main}
</div>
{side}
</div>
{_footer()}
</body>
</html>"""


def _pagination(href, page: int, pages: int) -> str:
    if pages < 2:
        return ""
    items = ['<li class="disabled"><a href="#">&laquo;</a></li>' if page == 1
             else f'<li><a rel="prev" title="Trang trước" href="{href(page - 1)}">&laquo;</a></li>']
    for n in range(1, pages + 1):
        items.append(f'<li class="active"><a href="#">{n}</a></li>' if n == page
                     else f'<li><a href="{href(n)}">{n}</a></li>')
    items.append('<li class="disabled"><a href="#">&raquo;</a></li>' if page == pages
                 else f'<li><a rel="next" title="Trang sau" href="{href(page + 1)}">&raquo;</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'


# --- pages ---


def _meta_line(s: Story) -> str:
    return (f'<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa '
            f'fa-clock-o">&nbsp;</em> {_listing_time(s.opts["when"])}</li><li><em class="fa fa-eye">'
            f'&nbsp;</em> Lượt xem: {_views(s.opts["views"])}</li></ul></div>')


def _featured(s: Story, heading: str = "h2") -> str:
    return (f'<div class="news_column"><div class="panel panel-default"><div class="panel-body '
            f'featured"><a href="{article_path(s)}" title="{_e(s.title)}"><img alt="{_e(s.title)}" '
            f'src="{_thumb(s)}" width="150px" class="img-thumbnail pull-left imghome" /></a>'
            f'<{heading}><a href="{article_path(s)}" title="{_e(s.title)}">{_e(s.title)}</a>'
            f"</{heading}>{_meta_line(s)}<div class=\"text-justify\">{_e(_teaser(s))}</div>"
            "</div></div></div>")


def _viewcat(cat: str, chunk: list[Story]) -> str:
    layout = CATEGORIES[cat][1]
    if layout == "top":
        first, rest = chunk[0], chunk[1:]
        others = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a title="{_e(s.title)}" '
            f'href="{article_path(s)}">{_e(s.title)}</a></li>'
            for s in rest
        )
        return (f'<div class="news_column"><div class="panel panel-default"><div class="panel-body '
                f'featured"><a href="{article_path(first)}" title="{_e(first.title)}"><img id="imghome" '
                f'alt="{_e(first.title)}" src="{_thumb(first)}" width="150" class="img-thumbnail '
                f'pull-left imghome" /></a><h2><a href="{article_path(first)}" title="'
                f'{_e(first.title)}">{_e(first.title)}</a></h2>{_meta_line(first)}<p class="'
                f'text-justify">{_e(_teaser(first))}</p><hr /><ul class="related">{others}</ul>'
                "</div></div></div>")
    if layout == "grid":
        cells = "".join(
            f'<div class="col-sm-12 col-md-8"><div class="thumbnail clearfix"><a title="'
            f'{_e(s.title)}" href="{article_path(s)}"><img alt="{_e(s.title)}" src="{_thumb(s)}" '
            f'width="200" class="img-thumbnail"/></a><div class="caption text-center"><h4><a '
            f'class="show" href="{article_path(s)}" data-content="{_e(_teaser(s))}" data-img="" '
            f'data-rel="tooltip" data-placement="bottom" title="{_e(s.title)}">{_e(s.title)}</a>'
            "</h4><span></span></div></div></div>"
            for s in chunk[1:]
        )
        return _featured(chunk[0]) + f'<div class="row news_column news_grid">{cells}</div>'
    start = (in_cat(cat).index(chunk[0])) + 1
    rows = "".join(
        f'<a class="show h4" href="{article_path(s)}" data-content="{_e(_teaser(s))}" data-img="" '
        f'data-rel="tooltip" data-placement="bottom" title="{_e(s.title)}"><h4 class="'
        f'list-group-item-heading"><span class="label label-default">{start + i}</span>&nbsp;&nbsp;'
        f"{_e(s.title)}</h4></a>"
        for i, s in enumerate(chunk)
    )
    return f'<div class="list-group">{rows}</div>'


def _listing(base: str, cat: str, page: int) -> str | None:
    pages = listing_pages(cat)
    if not 1 <= page <= len(pages):
        return None
    chunk = in_cat(cat)[(page - 1) * PER_PAGE: page * PER_PAGE]
    name = CATEGORIES[cat][0]
    main = _viewcat(cat, chunk) + _pagination(lambda n: pages[n - 1], page, len(pages))
    head = ""
    if page > 1:
        head += f'<link rel="prev" href="{base}{pages[page - 2]}" />'
    if page < len(pages):
        head += f'<link rel="next" href="{base}{pages[page]}" />'
    head += f'<link rel="alternate" href="{LANG}/news/rss/{cat}/" title="{_e(name)}" type="application/rss+xml" />'
    title = f"{name} - {MODULE_TITLE}" if page == 1 else f"{name} - Trang {page} - {MODULE_TITLE}"
    return _page(base, f"{title} - {SITE_NAME}", main, canonical=pages[page - 1], head=head,
                 trail=[(f"{LANG}/news/", MODULE_TITLE), (f"{LANG}/news/{cat}/", name)])


def _catbox(cat: str, count: int) -> str:
    items = in_cat(cat)[:count]
    lead, rest = items[0], items[1:]
    name = CATEGORIES[cat][0]
    others = "".join(
        f'<li class="icon_list"><a class="show h4" href="{article_path(s)}" title="{_e(s.title)}">'
        f"{_e(s.title)}</a></li>"
        for s in rest
    )
    return (f'<div class="news_column"><div class="panel clearfix"><div class="news-catbox-single '
            f'clearfix"><ul class="list-inline" style="margin: 0"><li><h2><a title="{_e(name)}" '
            f'href="{LANG}/news/{cat}/"><span>{_e(name)}</span></a></h2></li></ul></div>'
            f'<div class="panel-body panel-body-left"><a href="{article_path(lead)}" title="'
            f'{_e(lead.title)}"><img alt="{_e(lead.title)}" src="{_thumb(lead)}" width="150" '
            f'class="img-thumbnail pull-left imghome" /></a><h3><a href="{article_path(lead)}" '
            f'title="{_e(lead.title)}">{_e(lead.title)}</a></h3><div class="text-muted"><ul '
            f'class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> '
            f'{lead.opts["when"]:%d/%m/%Y %H:%M}</li><li><em class="fa fa-eye">&nbsp;</em> Lượt xem: '
            f'{_views(lead.opts["views"])}</li></ul></div>{_e(_teaser(lead))}<div class="clearfix">'
            f'&nbsp;</div><ul class="related">{others}</ul></div></div></div>')


def _headline_block() -> str:
    hot = [_BY_ID[i] for i in (1284, 1286, 1270)]
    slides = "".join(
        f'<div class="contentdiv clearfix"><a title="{_e(s.title)}" href="{article_path(s)}" '
        f"style=\"background-image: url('{next(i.src for i in s.images)}');\"><img class=\"img-responsive\" "
        f'id="slImg{n}" src="/assets/images/pix.gif" alt="{_e(s.title)}" /></a><div class="ittext">'
        f'<h3><a title="{_e(s.title)}" href="{article_path(s)}">{_e(s.title)}</a></h3>'
        f'<div class="htext">{_e(_teaser(s))}</div></div></div>'
        for n, s in enumerate(hot, 1)
    )
    newest = "".join(
        f'<li><a class="show" href="{article_path(s)}" data-content="" data-img="" '
        f'data-rel="block_headline_tooltip">{_e(s.title)}</a></li>'
        for s in _newest(STORIES)[:5]
    )
    most = "".join(
        f'<li><a class="show" href="{article_path(s)}" data-content="" data-img="" '
        f'data-rel="block_headline_tooltip">{_e(s.title)}</a></li>'
        for s in sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]
    )
    return f"""<div class="panel panel-default"><div class="panel-heading"><strong>Tin tiêu điểm</strong></div>
<div id="topnews" class="panel panel-default clearfix" style="display: none"><div class="row">
<div class="col-md-14"><div id="slider1" class="sliderwrapper">{slides}</div><div id="paginate-slider1" class="pagination">&nbsp;</div></div>
<div id="tabs" class="col-md-10 tabs"><div class="clearfix tabs-header"><ul><li><a href="#tabs-1"><span><span>Tin mới</span></span></a></li><li><a href="#tabs-2"><span><span>Xem nhiều</span></span></a></li></ul></div>
<div class="clearfix"><div id="tabs-1"><ul class="lastest-news">{newest}</ul></div><div id="tabs-2"><ul class="lastest-news">{most}</ul></div></div></div>
</div></div></div>"""


def _home(base: str) -> str:
    main = _headline_block() + "".join(_catbox(c, 3) for c in CATEGORIES)
    return _page(base, SITE_NAME, main, canonical="/")


def _news_main(base: str) -> str:
    main = "".join(_catbox(c, 3) for c in CATEGORIES)
    return _page(base, f"{MODULE_TITLE} - {SITE_NAME}", main, canonical=f"{LANG}/news/",
                 trail=[(f"{LANG}/news/", MODULE_TITLE)])


def _related(label: str, items: list[Story], anchor: str, active: bool) -> tuple[str, str]:
    cls = ' class="active"' if active else ""
    tab = f'<li><a href="#{anchor}"{cls} data-toggle="faqoptab">{label}</a></li>'
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" title="'
        f'{_e(s.title)}"><h4>{_e(s.title)}</h4></a><em>({s.opts["when"]:%d/%m/%Y})</em></li>'
        for s in items
    )
    return tab, f'<div class="clearfix" id="{anchor}"><ul class="related related-square">{lis}</ul></div>'


def _lead_figures(s: Story) -> tuple[str, str]:
    thumb = full = ""
    for img in s.images:
        if img.style == "thumb":
            thumb = (f'<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
                     f'<div id="imgpreview" style="width:200px;"><p class="text-center"><img alt="'
                     f'{_e(img.printed or "")}" src="{img.src}" class="img-thumbnail"/></p>'
                     f"<figcaption>{_t_(s, img.printed or '')}</figcaption></div></figure>")
        elif img.style == "lead":
            full = (f'<figure class="article center"><img alt="{_e(img.printed or "")}" src="'
                    f'{img.src}" width="680" class="img-thumbnail" /><figcaption>'
                    f"{_t_(s, img.printed or '')}</figcaption></figure>")
    return thumb, full


def _article(base: str, s: Story) -> str:
    name = CATEGORIES[s.cat][0]
    when = s.opts["when"]
    siblings = in_cat(s.cat)
    pos = siblings.index(s)
    newer, older = siblings[max(0, pos - 3): pos], siblings[pos + 1: pos + 6]
    tags = ", ".join(f'<a title="{_e(TAGS[t])}" href="{LANG}/news/tag/{t}"><em>{_e(TAGS[t])}</em></a>'
                     for t in s.opts["tags"])
    thumb, full = _lead_figures(s)
    hometext = ""
    if s.summary or thumb or full:
        sapo = f'<div class="hometext m-bottom">{_t_(s, s.summary)}</div>' if s.summary else ""
        hometext = f'<div class="clearfix">{thumb}{sapo}{full}</div>'
    author = ""
    if s.opts.get("author_box") or s.opts.get("source_box"):
        author = '<div class="margin-bottom-lg">'
        if s.opts.get("author_box"):
            author += f'<p class="h5 text-right"><strong>Tác giả: </strong>{_e(s.opts["author_box"])}</p>'
        if s.opts.get("source_box"):
            author += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{_e(s.opts["source_box"])}</p>'
        author += "</div>"
    files = ""
    if s.opts.get("files"):
        loop = "".join(
            f'<div class="list-group-item"><a href="{path}" title="Tải về {_e(label)}">Tải về: '
            f"<strong>{_e(label)}</strong></a></div>"
            for label, path in s.opts["files"]
        )
        files = ('<div class="panel panel-default"><div class="panel-heading"><i class="fa '
                 'fa-download fa-fw"></i><strong>File đính kèm</strong></div><div class="list-group '
                 f'news-download-file">{loop}</div></div>')
    tabs, panes = [], []
    if newer:
        t, p = _related("Tin mới hơn", newer, "news-relatednew", True)
        tabs.append(t)
        panes.append(p)
    if older:
        t, p = _related("Các tin khác", older, "news-related", not newer)
        tabs.append(t)
        panes.append(p)
    sendmail = view_path("sendmail", s)
    printv = view_path("print", s)
    edited = s.opts.get("edited", when + timedelta(hours=2, minutes=13))
    image = next((i.src for i in s.images), s.opts.get("thumb"))
    head = f"""<meta property="og:title" content="{_e(s.title)}" />
<meta property="og:type" content="article" />
<meta property="og:description" content="{_e(_teaser(s))}" />
<meta property="og:site_name" content="{_e(SITE_NAME)}" />
{f'<meta property="og:image" content="{base}{image}" />' if image else ""}
<meta property="og:url" content="{base}{article_path(s)}" />
<meta property="article:published_time" content="{_meta_time(when)}" />
<meta property="article:modified_time" content="{_meta_time(edited)}" />
<meta property="article:section" content="{_e(name)}" />
<meta property="article:tag" content="{_e(", ".join(TAGS[t] for t in s.opts["tags"]))}" />"""
    main = f"""<div class="news_column panel panel-default newsdetail"><div class="panel-body">
<h1 class="title margin-bottom-lg">{_t_(s, s.title)}</h1>
<div class="row margin-bottom-lg newsdetailmetatop"><div class="col-md-12">
<span class="h5"><i class="fa fa-clock-o" aria-hidden="true"></i>{_dateline(when)}</span>
<span class="h5"><i class="fa fa-eye" aria-hidden="true"></i>{_views(s.opts["views"])}</span>
<span class="h5"><i class="fa fa-comment-o" aria-hidden="true"></i>0</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{sendmail}','{_e(s.title)}',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{printv}','{_e(s.title)}',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{view_path("savefile", s)}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div></div>
{hometext}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg{" has-attach" if files else ""}">
{_body(s)}
</div>
{files}
{author}
</div></div>
<div class="news_column panel panel-default newsdetailbox"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{tags}</div></div></div>
<div class="news_column panel panel-default newsdetailbox"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix">
<p id="stringrating">Tổng số điểm của bài viết là: {s.opts["views"] % 45 + 5} trong {s.opts["views"] % 11 + 1} đánh giá</p>
<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>
</div></form></div></div>
<div class="news_column panel panel-default newsdetailbox"><div class="panel-body"><div class="socialicon clearfix margin-bottom-lg">
<div class="fb-like" data-href="{base}{article_path(s)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
<a href="http://twitter.com/share" class="twitter-share-button">Tweet</a></div></div></div>
<div class="news_column panel panel-default newsdetailbox"><div class="panel-body"><div id="idcomment"><p class="h3"><strong>Ý kiến bạn đọc</strong></p>
<div class="alert alert-info">Bạn cần đăng nhập với tư cách là Thành viên chính thức để có thể bình luận</div></div></div></div>
<div class="news_column panel panel-default newsdetailbox"><div class="panel-body other-news faqopinion"><div class="optabarea">
<div class="tptabtitle"><ul>{"".join(tabs)}</ul></div><div class="tptabcontent tabtrue">{"".join(panes)}</div></div></div></div>"""
    return _page(base, f"{s.title} - {name} - {SITE_NAME}", main, canonical=article_path(s),
                 head=head, trail=[(f"{LANG}/news/", MODULE_TITLE), (f"{LANG}/news/{s.cat}/", name)])


def _print(base: str, s: Story, save: bool) -> str:
    thumb, full = _lead_figures(s)
    sapo = _t_(s, s.summary) if s.summary else ""
    author = ""
    if s.opts.get("author_box"):
        author += f'<p><strong>Tác giả:</strong> {_e(s.opts["author_box"])}</p>'
    if s.opts.get("source_box"):
        author += f'<p><strong>Nguồn tin:</strong> {_e(s.opts["source_box"])}</p>'
    tools = "" if save else (
        '<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" '
        'href="javascript:;" onclick="window.print()">In ra</a></li><li class="hidden-print '
        'txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" '
        'href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li>')
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{_e(s.title)}</title><meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{base}{article_path(s)}" />
<link rel="StyleSheet" href="/themes/egov/css/news.print.css" /></head>
<body><style type="text/css">body{{background: #fff;}}</style>
<div id="print"><div id="hd_print"><h2 class="pull-left">{_e(SITE_NAME)}</h2>
<p class="pull-right"><a title="{_e(SITE_NAME)}" href="{base}/">{base}</a></p></div>
<div class="clear"></div><hr />
<div id="content"><h1>{_t_(s, s.title)}</h1>
<ul class="list-inline"><li>{_dateline(s.opts["when"])}</li>{tools}</ul><div class="clear"></div>
<div id="hometext">{thumb}{sapo}</div>{full}
<div id="bodytext" class="clearfix">{_body(s)}</div>
<div id="author">{author}</div></div>
<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong><a href="{base}{article_path(s)}" title="{_e(s.title)}">{base}{article_path(s)}</a>
</div><div class="clear"></div><div class="copyright">&copy; {_e(SITE_NAME)}</div>
<div id="contact"><a href="mailto:c3phanchutrinh.db@quangnam.edu.vn">c3phanchutrinh.db@quangnam.edu.vn</a></div></div></div>
</body></html>"""


def _sendmail(base: str, s: Story) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Gửi bài viết qua email</title>
<meta name="robots" content="noindex, nofollow" /><link rel="canonical" href="{base}{article_path(s)}" /></head>
<body><div class="sendmail"><h2>Gửi bài viết qua email</h2><p>Bài viết: <strong>{_e(s.title)}</strong></p>
<form method="post" action="{view_path("sendmail", s)}"><label>Tên của bạn <input name="name" /></label>
<label>Email của bạn <input name="youremail" /></label><label>Email người nhận <input name="email" /></label>
<label>Nội dung <textarea name="content"></textarea></label><input type="hidden" name="checkss" value="5f3a9c0e" />
<input type="submit" value="Gửi" /></form></div></body></html>"""


def _tag_page(base: str, tag: str) -> str:
    items = [s for s in _newest(STORIES) if tag in s.opts["tags"]]
    main = (f'<div class="page-header"><h1>Tags: {_e(TAGS[tag])}</h1></div>'
            + "".join(_featured(s, "h3") for s in items))
    return _page(base, f"{TAGS[tag]} - {MODULE_TITLE} - {SITE_NAME}", main,
                 canonical=f"{LANG}/news/tag/{tag}", trail=[(f"{LANG}/news/", MODULE_TITLE)])


def _rss(base: str, cat: str | None) -> str:
    items = (in_cat(cat) if cat else _newest(STORIES))[:RSS_WINDOW]
    title = f"{CATEGORIES[cat][0]} - {SITE_NAME}" if cat else f"{MODULE_TITLE} - {SITE_NAME}"
    entries = "".join(
        f"<item><title>{_e(s.title)}</title><link>{base}{article_path(s)}</link>"
        f'<guid isPermaLink="false">{s.cat}_{s.id}</guid>'
        f"<description><![CDATA[{_teaser(s)}]]></description>"
        f"<pubDate>{format_datetime(s.opts['when'].replace(tzinfo=_ICT))}</pubDate></item>"
        for s in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>{_e(title)}</title><link>{base}{LANG}/news/{f"{cat}/" if cat else ""}</link>
<atom:link href="{base}{LANG}/news/rss/{f"{cat}/" if cat else ""}" rel="self" type="application/rss+xml" />
<description>{_e(SITE_NAME)}</description><language>vi</language><generator>NukeViet v4.4</generator>
<pubDate>{format_datetime(items[0].opts["when"].replace(tzinfo=_ICT))}</pubDate>
{entries}
</channel></rss>"""


def _rss_index(base: str) -> str:
    feeds = "".join(f'<li><a href="{LANG}/news/rss/{c}/">{_e(t)}</a></li>' for c, (t, _) in CATEGORIES.items())
    main = (f'<div class="page-header"><h1>RSS</h1></div><ul class="rss"><li><a href="{LANG}/news/rss/">'
            f"{MODULE_TITLE}</a><ul>{feeds}</ul></li></ul>")
    return _page(base, f"RSS - {SITE_NAME}", main, canonical=f"{LANG}/rss/", trail=[(f"{LANG}/rss/", "RSS")])


def _xml(body: str) -> Response:
    return Response(body=body, headers={"Content-Type": "text/xml; charset=utf-8"})


def _stamp(when: datetime) -> str:
    return when.replace(tzinfo=_ICT).isoformat()


def _sitemap_index(base: str) -> str:
    newest = _newest(STORIES)[0].opts["when"]
    maps = [("news", newest), ("van-ban", datetime(2025, 9, 15, 9, 0)), ("about", datetime(2024, 8, 20, 10, 0))]
    entries = "".join(f"<sitemap><loc>{base}/sitemap-vi.{m}.xml</loc><lastmod>{_stamp(t)}</lastmod></sitemap>"
                      for m, t in maps)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" '
            'href="/themes/default/css/sitemapindex.xsl"?>\n<sitemapindex xmlns="http://www.'
            f'sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>')


def _urlset(rows: list[tuple[str, datetime]]) -> str:
    entries = "".join(f"<url><loc>{loc}</loc><lastmod>{_stamp(t)}</lastmod><changefreq>daily</changefreq>"
                      "<priority>0.8</priority></url>" for loc, t in rows)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" '
            'href="/themes/default/css/sitemap.xsl"?>\n<urlset xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">{entries}</urlset>')


def _sitemap(base: str, module: str) -> str | None:
    if module == "news":
        return _urlset([(base + article_path(s), s.opts["when"]) for s in _newest(STORIES)[:SITEMAP_WINDOW]])
    if module == "van-ban":
        return _urlset([(base + doc_path(d[1]), datetime.strptime(d[5], "%d/%m/%Y")) for d in DOCUMENTS])
    if module == "about":
        return _urlset([(f"{base}{LANG}/about/{a}.html", datetime(2024, 8, 20, 10, 0)) for a in _ABOUT])
    return None


def _doc_list(base: str, page: int) -> str | None:
    pages = doc_pages()
    if not 1 <= page <= len(pages):
        return None
    chunk = DOCUMENTS[(page - 1) * DOC_PER_PAGE: page * DOC_PER_PAGE]
    start = (page - 1) * DOC_PER_PAGE + 1
    rows = "".join(
        f'<div class="table-rows"><div class="c-stt a-center">{start + i}</div><div class="c-code">'
        f'<span class="label-name">Số hiệu văn bản:</span><a rel="dofollow" href="{doc_path(d[1])}" '
        f'title="{_e(d[3])}">{_e(d[2])}</a></div><div class="c-time"><span class="label-name">Ngày '
        f'ban hành:</span>{d[5]}</div><div class="c-intro"><a rel="dofollow" href="{doc_path(d[1])}">'
        f'<strong>{_e(d[3])}</strong></a><div class="l-intro margin-top-sm">{_e(d[4])}</div></div>'
        f'<div class="c-file"><span class="label-name">File đính kèm:</span><ul class="laws-download '
        f'list-unstyled"><li><a rel="dofollow" href="/uploads/van-ban/{d[8]}" title="{d[8]}"><i '
        f'class="fa fa-download"></i> Tải tập tin</a></li></ul></div></div>'
        for i, d in enumerate(chunk)
    )
    main = ('<div class="flex-table-laws"><div class="table-rows table-head"><div class="c-stt '
            'a-center">STT</div><div class="c-code">Số hiệu văn bản</div><div class="c-time">Ngày '
            'ban hành</div><div class="c-intro">Trích yếu</div><div class="c-file">File đính kèm'
            f'</div></div>{rows}</div>' + _pagination(lambda n: pages[n - 1], page, len(pages)))
    main = f'<p class="text-muted">Tổng số: {len(DOCUMENTS)} văn bản pháp quy</p>' + main
    return _page(base, f"Văn bản - {SITE_NAME}" if page == 1 else f"Văn bản - Trang {page} - {SITE_NAME}",
                 main, canonical=pages[page - 1], trail=[(f"{LANG}/van-ban/", "Văn bản")])


def _doc_detail(base: str, alias: str) -> str | None:
    doc = next((d for d in DOCUMENTS if d[1] == alias), None)
    if doc is None:
        return None
    did, _, number, title, summary, issued, signer, kind, filename = doc
    props = [("Số hiệu", number), ("Ngày ban hành", issued), ("Ngày hiệu lực", issued),
             ("Người ký", signer), ("Thể loại", kind), ("Lĩnh vực", "Giáo dục"),
             ("Cơ quan ban hành", "Sở GD&ĐT Quảng Nam" if "SGDĐT" in number else SITE_NAME),
             ("Tình trạng", "Còn hiệu lực")]
    rows = "".join(f'<tr><td class="col-header fw-bold">{_e(k)}</td><td>{_e(v)}</td></tr>' for k, v in props)
    others = "".join(
        f'<li><a href="{doc_path(d[1])}">{_e(d[2])}</a> - {_e(d[3])}</li>'
        for d in DOCUMENTS
        if d[0] != did
    )
    main = f"""<div class="law-detail"><h1 class="margin-bottom-lg">{_e(title)}</h1>
<ul class="nav nav-tabs" role="tablist"><li role="presentation" class="active"><a href="#doc-basic" aria-controls="doc-basic" role="tab" data-toggle="tab">Thông tin</a></li><li role="presentation"><a href="#doc-files" aria-controls="doc-files" role="tab" data-toggle="tab">Tải về</a></li></ul>
<div class="tab-content tab-content-main"><div role="tabpanel" class="tab-pane active" id="doc-basic"><div class="panel-body">
<p>{_e(summary)}</p><table class="table table-properties table-bordered mb-0"><tbody>{rows}</tbody></table></div></div>
<div role="tabpanel" class="tab-pane" id="doc-files"><div class="panel-body"><div class="h2 fw-bold margin-bottom-lg"><i class="fa fa-download"></i> Tải tập tin</div>
<div class="list-group laws-download-file mb-0"><div class="list-group-item"><div class="download-item"><div class="iicon"><i class="fa fa-file-pdf-o"></i></div>
<div class="iname"><a rel="nofollow" href="/uploads/van-ban/{filename}" title="Tải tập tin {filename}">Tải tập tin: <strong>{filename}</strong></a></div></div></div></div></div></div></div></div>
<div class="law-detail-other"><h3 class="margin-bottom"><i class="fa fa-file-text-o" aria-hidden="true"></i> Các văn bản khác</h3><ul>{others}</ul></div>"""
    return _page(base, f"{title} - Văn bản - {SITE_NAME}", main, canonical=doc_path(alias),
                 trail=[(f"{LANG}/van-ban/", "Văn bản"), (f"{LANG}/van-ban/", kind)])


_ABOUT = {
    "gioi-thieu-chung": ("Giới thiệu chung", (
        "Trường THPT Phan Chu Trinh được thành lập năm 1991, đóng trên địa bàn thị xã Điện Bàn, "
        "tỉnh Quảng Nam. Hơn 30 năm xây dựng và phát triển, nhà trường đã đào tạo hàng chục "
        "nghìn học sinh, nhiều thế hệ trở thành cán bộ, nhà khoa học, doanh nhân thành đạt.",
        "Nhà trường đạt chuẩn quốc gia năm 2012, được công nhận lại năm 2022, đạt kiểm định chất "
        "lượng giáo dục cấp độ 3.")),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", (
        "Ban Giám hiệu gồm Hiệu trưởng Nguyễn Văn Thành và hai Phó Hiệu trưởng Lê Thị Thu Hà, "
        "Võ Đình Quang.",
        "Nhà trường có 7 tổ chuyên môn và tổ Văn phòng; Chi bộ, Công đoàn, Đoàn Thanh niên.")),
}


def _about(base: str, alias: str) -> str | None:
    if alias not in _ABOUT:
        return None
    title, paras = _ABOUT[alias]
    nav = "".join(f'<li><a href="{LANG}/about/{a}.html">{_e(t)}</a></li>' for a, (t, _) in _ABOUT.items())
    body = "".join(f"<p>{_e(p)}</p>" for p in paras)
    main = (f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title">'
            f'{_e(title)}</h1><div class="bodytext">{body}</div></div></div><ul class="other-pages">{nav}</ul>')
    return _page(base, f"{title} - Giới thiệu - {SITE_NAME}", main, canonical=f"{LANG}/about/{alias}.html",
                 trail=[(f"{LANG}/about/", "Giới thiệu")])


def _contact(base: str) -> str:
    main = """<div class="panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>
<p>Địa chỉ: 36 Trần Nhân Tông, phường Điện Bàn Bắc, thị xã Điện Bàn, tỉnh Quảng Nam</p><p>Điện thoại: 0235 3 867 215</p>
<form method="post" action="/vi/contact/"><label>Họ và tên <input name="fname" /></label><label>Email <input name="femail" /></label>
<label>Tiêu đề <input name="ftitle" /></label><label>Nội dung <textarea name="fcon"></textarea></label><input type="submit" value="Gửi thư" /></form></div></div>"""
    return _page(base, f"Liên hệ - {SITE_NAME}", main, canonical=f"{LANG}/contact/", trail=[(f"{LANG}/contact/", "Liên hệ")])


def _login(base: str) -> str:
    main = """<div class="panel panel-default"><div class="panel-body"><h1>Đăng nhập</h1>
<form method="post" action="/vi/users/login/"><label>Tên đăng nhập <input name="nv_login" /></label>
<label>Mật khẩu <input type="password" name="nv_password" /></label><input type="submit" value="Đăng nhập" /></form></div></div>"""
    return _page(base, f"Đăng nhập - {SITE_NAME}", main, canonical=None, trail=[(f"{LANG}/users/", "Tài khoản")],
                 sidebar=False)


def _english(base: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><title>Phan Chu Trinh High School</title>
<link rel="canonical" href="{base}/en/" /></head><body><div class="container"><h1>Phan Chu Trinh High School</h1>
<p>Welcome to the website of Phan Chu Trinh High School, Dien Ban, Quang Nam.</p>
<p>The English version of this website is under construction. <a href="/">Vietnamese version</a></p>
<p>Today: Monday, 16/11/2026</p></div></body></html>"""


_ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /assets/js/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /modules/
Disallow: /vendor/
Disallow: /*/users/
Sitemap: {base}/sitemap.xml
"""

_ARTICLE_RE = re.compile(r"^/vi/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_VIEW_RE = re.compile(r"^/vi/news/(print|savefile|sendmail)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_LISTING_RE = re.compile(r"^/vi/news/([a-z0-9-]+)/(?:page-(\d+))?$")
_FILES = {
    "/uploads/news/2025_08/thong-bao-tuyen-dung-nhan-vien-hop-dong-2025.pdf",
    *(f"/uploads/van-ban/{d[8]}" for d in DOCUMENTS),
}


def _lookup(cat: str, slug: str, num: str) -> Story | None:
    s = _BY_ID.get(int(num))
    return s if s is not None and s.cat == cat and s.slug == slug else None


class NukeVietEgovSchool:
    """Routes NukeViet 4's rewritten URLs (language prefix on) to pages rendered per request."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path = request.path
        if path in _FILES:
            return Response(body=PDF, headers={"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(body=_ROBOTS.format(base=base), headers={"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return _xml(_sitemap_index(base))
        if m := re.fullmatch(r"/sitemap-vi\.([a-z-]+)\.xml", path):
            body = _sitemap(base, m.group(1))
            return _xml(body) if body else None
        if path == "/":
            return html(_home(base))
        if path in ("/vi", "/vi/", "/index.php"):
            return redirect("/", 301)
        if path == "/en/":
            return html(_english(base))
        # links written before the site went multi-language: NukeViet redirects to its own form
        if re.match(r"^/(news|van-ban|about|contact|rss)(/|$)", path):
            return redirect(LANG + request.target, 301)
        fixed = {
            f"{LANG}/news/": _news_main,
            f"{LANG}/rss/": _rss_index,
            f"{LANG}/contact/": _contact,
            f"{LANG}/users/login/": _login,
        }
        if path in fixed:
            return html(fixed[path](base))
        if path == f"{LANG}/news/rss/":
            return _xml(_rss(base, None))
        if m := re.fullmatch(r"/vi/news/rss/([a-z0-9-]+)/", path):
            return _xml(_rss(base, m.group(1))) if m.group(1) in CATEGORIES else None
        if m := re.fullmatch(r"/vi/news/tag/([a-z0-9-]+)", path):
            return html(_tag_page(base, m.group(1))) if m.group(1) in TAGS else None
        if m := _VIEW_RE.match(path):
            s = _lookup(m.group(2), m.group(3), m.group(4))
            if s is None:
                return None
            kind = m.group(1)
            if kind == "sendmail":
                return html(_sendmail(base, s))
            headers = ({"Content-Disposition": f'attachment; filename="{s.slug}.html"'}
                       if kind == "savefile" else {})
            return html(_print(base, s, kind == "savefile"), headers=headers)
        if m := _ARTICLE_RE.match(path):
            s = _lookup(m.group(1), m.group(2), m.group(3))
            return html(_article(base, s)) if s else None
        if m := _LISTING_RE.match(path):
            cat, num = m.group(1), m.group(2)
            if cat not in CATEGORIES or num == "1":
                return None
            page = _listing(base, cat, int(num or 1))
            return html(page) if page else None
        if re.fullmatch(r"/vi/news/[a-z0-9-]+", path) and path.rsplit("/", 1)[1] in CATEGORIES:
            return redirect(path + "/", 301)
        if path == f"{LANG}/van-ban/" or (m := re.fullmatch(r"/vi/van-ban/page-(\d+)", path)):
            num = int(m.group(1)) if path != f"{LANG}/van-ban/" else 1
            if path != f"{LANG}/van-ban/" and num == 1:
                return None
            page = _doc_list(base, num)
            return html(page) if page else None
        if m := re.fullmatch(r"/vi/van-ban/detail/([A-Za-z0-9-]+)/", path):
            page = _doc_detail(base, m.group(1))
            return html(page) if page else None
        if m := re.fullmatch(r"/vi/about/([a-z0-9-]+)\.html", path):
            page = _about(base, m.group(1))
            return html(page) if page else None
        if path == f"{LANG}/about/":
            return redirect(f"{LANG}/about/gioi-thieu-chung.html", 301)
        return None


def build_site() -> NukeVietEgovSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return NukeVietEgovSchool()
