"""Fixture portal: Sở GD&ĐT tỉnh Điện Biên on Drupal 7 with Panels, Views and Quicktabs.

Imitates a Drupal 7.9x site as provincial education departments still ran it: a custom theme
(``sites/all/themes/sgddb``), every page a Panels layout (``panel-display`` /
``panel-panel`` / ``panel-pane``), Pathauto aliases, Views panes, Quicktabs, Print, Poll,
Statistics and a visitor-counter block. What it prints:

- "Tin bài" nodes at ``/tin-tuc/<slug>`` and the very same page at ``/node/N`` (both print a
  *relative* ``rel=canonical`` to the alias and ``rel=shortlink`` to ``/node/N``, as Drupal 7
  does; editors paste ``/node/N`` links into texts);
- a node page made of panes: title pane (``h1.tieu-de-bai``), a date pane printed in one of
  several ways (the date field "Thứ Ba, 24/11/2026 - 16:15", a custom pane "Cập nhật lúc 09:00
  ngày 20/11/2026", "Ngày đăng: 2026-11-13", "Ngày 06 tháng 10 năm 2026", or none at all), the
  "Tóm tắt" field (the sapo, bold, its own pane), the body field (CKEditor/IMCE images with
  centred italic lines, ``figure/figcaption``, a two-row image table, a parenthesised line, a
  timetable table, lists), a "Tác giả" field, a "Tệp đính kèm" file field, the tools pane ("In
  bài" → ``/print/node/N``, "Gửi email" → ``/printmail/node/N``, Facebook/Zalo, "Lượt xem"), and
  a Views pane "Các tin đã đưa";
- "Tin ảnh" nodes at ``/tin-anh/<slug>``: a short text and an image field with several values,
  each with its own caption line;
- Views listings: ``/tin-tuc`` (all news), ``/chuyen-muc/<term>`` per category, ``/tin-anh``,
  zero-based ``?page=N``, an exposed date filter ``field_ngay_value[value][date]=DD/MM/YYYY``;
- "Văn bản" nodes ``/van-ban/<slug>``: register fields and a PDF; the register ``/van-ban`` is a
  click-sortable table (``?order=…&sort=asc|desc``, kept in pager links) with an exposed filter;
- the home page: a slideshow, the quicktabs block "Tin mới | Tin nổi bật | Thông báo" with all
  three tabs rendered in the HTML (no-JS tab links ``/?qt-tin_trang_chu=N#qt-tin_trang_chu``),
  "Tin ảnh", "Văn bản mới";
- chrome: a header "Hôm nay: Thứ Tư, ngày 25/11/2026", a superfish menu, breadcrumbs "Trang chủ
  » Tin tức » <chuyên mục>", search block, "Tin xem nhiều", "Tin theo ngày" (7 days), a poll,
  the visitor counter, "Liên kết website", footer with address.

The trap: the exposed date filter answers 200 for any day 1900-2999 and the filtered listing
prints "‹ Ngày trước" / "Ngày sau ›" links, so the day links never end; the sidebar block "Tin
theo ngày" links the last seven days into it. The document register's sort links multiply its
pages (finite). Print and send-by-mail views repeat every article. An old alias
``/tin-tuc/khai-giang-nam-hoc-2019-2020`` (linked from an article) is a soft 404: status 200
and the theme's "Không tìm thấy trang" page.

Gold (by hand). Articles are the "Tin bài" and "Tin ảnh" nodes; "Văn bản" nodes (register
fields + file, no text), basic pages, listings, print / printmail views, the soft 404 and the
filtered listings are not. ``/node/N`` is an alternative URL of the same article (alt_paths).
Judgement calls: the date pane is the publication date; when a node prints no date (nid 3152)
the listing's date is taken; "Thứ Sáu, 06/11/2026 - 00:00" is a date without a time. The
"Tóm tắt" pane is the summary and the body's first paragraph. "Tác giả" field values are
authors; the "Gửi bởi bientap" / "admin" account names are not. "Bài, ảnh: X" puts X in both
lists; "Ảnh: Trường …" (an organisation) goes into photographers as printed. A caption ending
"(Ảnh: Thu Hà)" is kept as printed (the convention of the other fixtures' gold) and gives Thu Hà
as photographer. A line under a
photo that is only the camera's file name is no caption. The category is the one the breadcrumb
and the "Chuyên mục" line name; photo stories are in "Tin ảnh". Timetable rows are body lines
with cells joined by " | ". The attached PDF is not body text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "drupal7_panels_sgddt"
PLATFORM = "drupal7"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Điện Biên"
FILES = "/sites/default/files"
THEME = "/sites/all/themes/sgddb"
TODAY_DATE = date(2026, 11, 25)
NEWS_PER_PAGE = 5
CAT_PER_PAGE = 4
DOCS_PER_PAGE = 4
DATE_KEY = "field_ngay_value[value][date]"
DATE_Q = "field_ngay_value%5Bvalue%5D%5Bdate%5D"

#: categories: alias slug -> printed name
CATS: dict[str, str] = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "tin-cac-don-vi": "Tin các đơn vị",
    "thong-bao": "Thông báo",
}
GALLERY_CAT = "Tin ảnh"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
SHORT_WD = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def _itok(seed: str) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(alphabet[b % 64] for b in hashlib.md5(seed.encode()).digest()[:8])


def _style(style: str, name: str) -> str:
    return f"{FILES}/styles/{style}/public/{name}?itok={_itok(style + name)}"


# Story.opts: when (datetime, ordering and listing date), dl (date pane: field | capnhat | iso |
# thang | none), cat (CATS key or "tin-anh"), user (submitting account), author_field, file
# (href, size), nfd, entities, hot (Tin nổi bật), thumb.
# Img styles: em (centred image, centred italic line), figure, table (two-row image table),
# paren (centred "(…)" line), bare (image, optional raw line under it), album (image field).
# P styles: "", sapo (bold lead paragraph in the body), li, tr/th (table rows, cells " | "), "a|href|phrase".
STORIES: list[Story] = [
    Story(
        id=3187,
        slug="so-gd-dt-so-ket-cong-tac-thang-11-trien-khai-nhiem-vu-thang-12-nam-2026",
        title="Sở GD&ĐT sơ kết công tác tháng 11, triển khai nhiệm vụ tháng 12 năm 2026",
        cat="hoat-dong-nganh",
        published_at="2026-11-24T16:15:00+07:00",
        summary=(
            "Chiều 24/11, Sở Giáo dục và Đào tạo tổ chức hội nghị trực tuyến sơ kết công tác"
            " tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12 năm 2026 tới 10 điểm cầu"
            " phòng GD&ĐT các huyện, thị xã, thành phố."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo, trong tháng 11, toàn ngành đã tổ chức chu đáo các hoạt động kỷ niệm"
                " Ngày Nhà giáo Việt Nam 20/11; hoàn thành kiểm tra công tác dạy thêm, học thêm tại"
                " 46 cơ sở giáo dục; 100% trường THPT đã cập nhật đầy đủ dữ liệu học sinh lớp 10"
                " lên cơ sở dữ liệu ngành."
            ),
            Img(
                f"{FILES}/images/2026/11/hoi-nghi-so-ket-thang-11-1.jpg",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "em",
            ),
            P(
                "Tỷ lệ học sinh đi học chuyên cần ở các trường phổ thông dân tộc bán trú đạt 98,6%,"
                " tăng 1,2% so với cùng kỳ. Công tác nấu ăn bán trú được duy trì ổn định, không để"
                " xảy ra ngộ độc thực phẩm. Tuy nhiên, một số điểm trường vùng cao vẫn thiếu phòng"
                " học, nhà ở cho học sinh, mùa đông đến sớm gây khó khăn cho việc tổ chức dạy học."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Giám đốc Sở đề nghị các đơn vị chủ động phương án"
                " phòng, chống rét cho học sinh, nhất là học sinh mầm non và tiểu học ở các xã"
                " vùng cao; khi nhiệt độ xuống dưới 7 độ C, học sinh tiểu học được nghỉ học theo"
                " hướng dẫn của Sở."
            ),
            Img(
                f"{FILES}/images/2026/11/hoi-nghi-so-ket-thang-11-2.jpg",
                "Điểm cầu Phòng GD&ĐT huyện Mường Chà",
                "Điểm cầu Phòng GD&ĐT huyện Mường Chà",
                "em",
            ),
            P(
                "Tháng 12, ngành tập trung tổ chức kiểm tra cuối học kỳ I nghiêm túc, đúng quy"
                " chế; hoàn thành thi chọn học sinh giỏi cấp tỉnh lớp 12; chuẩn bị các điều kiện"
                " cho học sinh vui Tết, đón Xuân an toàn."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lò Văn Thành</strong></p>'),
        ],
        authors=["Lò Văn Thành"],
        photographers=["Lò Văn Thành"],
        opts={
            "when": datetime(2026, 11, 24, 16, 15),
            "dl": "field",
            "user": "bientap",
            "hot": True,
        },
    ),
    Story(
        id=3181,
        slug="thong-bao-lich-tiep-cong-dan-thang-12-nam-2026",
        title="Thông báo lịch tiếp công dân tháng 12 năm 2026",
        cat="thong-bao",
        published_at="2026-11-20T09:00:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ của Giám đốc Sở"
                " tháng 12 năm 2026 vào ngày 15/12/2026 tại Phòng tiếp công dân, tầng 1 trụ sở Sở"
                " (chi tiết theo văn bản đính kèm)."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 20, 9, 0),
            "dl": "capnhat",
            "user": "vanphong",
            "file": (f"{FILES}/tep-dinh-kem/2026/11/TB-lich-tiep-cong-dan-T12-2026.pdf", 187392),
        },
    ),
    Story(
        id=3176,
        slug="hoc-sinh-chung-chai-trai-nghiem-mo-hinh-vuon-truong",
        title="Học sinh Chung Chải trải nghiệm mô hình vườn trường",
        cat="tin-anh",
        published_at="2026-11-18",
        blocks=[
            P(
                "Mô hình vườn trường của Trường PTDTBT THCS Chung Chải (huyện Mường Nhé) được"
                " xây dựng từ đầu năm học, giúp học sinh vận dụng kiến thức môn Công nghệ, Khoa"
                " học tự nhiên vào thực tế, đồng thời bổ sung rau xanh cho bữa ăn bán trú."
            ),
            Img(
                _style("anh_album", "tin-anh/2026/11/vuon-truong-chung-chai-1.jpg"),
                "Học sinh lớp 7A chăm sóc luống cải mèo",
                "Học sinh lớp 7A chăm sóc luống cải mèo",
                "album",
            ),
            Img(
                _style("anh_album", "tin-anh/2026/11/vuon-truong-chung-chai-2.jpg"),
                "Thầy giáo hướng dẫn học sinh làm phân hữu cơ từ rác thải nhà bếp",
                "Thầy giáo hướng dẫn học sinh làm phân hữu cơ từ rác thải nhà bếp",
                "album",
            ),
            Img(
                _style("anh_album", "tin-anh/2026/11/vuon-truong-chung-chai-3.jpg"),
                "Thu hoạch rau cho bếp ăn bán trú",
                "Thu hoạch rau cho bếp ăn bán trú",
                "album",
            ),
            Img(
                _style("anh_album", "tin-anh/2026/11/vuon-truong-chung-chai-4.jpg"),
                "Góc vườn thuốc nam do học sinh sưu tầm",
                "Góc vườn thuốc nam do học sinh sưu tầm",
                "album",
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Trường PTDTBT THCS Chung Chải</em></p>'),
        ],
        photographers=["Trường PTDTBT THCS Chung Chải"],
        opts={"when": datetime(2026, 11, 18, 15, 30), "dl": "thang", "user": "bientap"},
    ),
    Story(
        id=3170,
        slug="truong-thpt-muong-ang-ra-mat-cau-lac-bo-tieng-anh",
        title="Trường THPT Mường Ảng ra mắt Câu lạc bộ Tiếng Anh",
        cat="tin-cac-don-vi",
        published_at="2026-11-16T10:05:00+07:00",
        blocks=[
            P(
                "Ngày 14/11, Trường THPT Mường Ảng tổ chức lễ ra mắt Câu lạc bộ Tiếng Anh “Sunshine"
                " English Club” với 72 thành viên là học sinh các khối 10, 11, 12."
            ),
            Img(
                f"{FILES}/images/2026/11/clb-tieng-anh-muong-ang.jpg",
                "Thành viên câu lạc bộ biểu diễn tiểu phẩm bằng tiếng Anh",
                "Thành viên câu lạc bộ biểu diễn tiểu phẩm bằng tiếng Anh",
                "figure",
            ),
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Bảy hằng tuần với các hoạt động: hùng biện,"
                " đóng kịch, hát tiếng Anh, đọc sách và giao lưu trực tuyến với học sinh một số"
                " trường ở Hà Nội. Giáo viên tổ Ngoại ngữ luân phiên hướng dẫn, hỗ trợ học sinh."
            ),
            P(
                "Việc thành lập câu lạc bộ nhằm tạo môi trường để học sinh thực hành kỹ năng"
                " nghe, nói, tự tin giao tiếp, góp phần nâng cao chất lượng môn Tiếng Anh trong kỳ"
                " thi tốt nghiệp THPT."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Quàng Thị Hoa</strong><br />'
                "<strong>Ảnh: Minh Đức</strong></p>"
            ),
        ],
        authors=["Quàng Thị Hoa"],
        photographers=["Minh Đức"],
        opts={"when": datetime(2026, 11, 16, 10, 5), "dl": "field", "user": "bientap", "nfd": True},
    ),
    Story(
        id=3165,
        slug="lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-13",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12"
                " năm học 2026 - 2027 như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Thời gian", "th"),
            P("08/12/2026 | Chiều | Họp Ban Chỉ đạo, làm thủ tục dự thi | 14h00", "tr"),
            P("09/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh | 180 phút", "tr"),
            P(
                "10/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí | 180 phút",
                "tr",
            ),
            P("10/12/2026 | Chiều | Thi thực hành môn Tin học | 150 phút", "tr"),
            P(
                "Địa điểm thi: Trường THPT chuyên Lê Quý Đôn, thành phố Điện Biên Phủ. Thí sinh có"
                " mặt tại địa điểm thi trước giờ thi 30 phút, mang theo thẻ căn cước hoặc thẻ học"
                " sinh."
            ),
        ],
        opts={"when": datetime(2026, 11, 13, 14, 0), "dl": "iso", "user": "vanphong", "hot": True},
    ),
    Story(
        id=3158,
        slug="nganh-giao-duc-dien-bien-day-manh-giao-duc-stem",
        title="Ngành Giáo dục Điện Biên đẩy mạnh giáo dục STEM",
        cat="hoat-dong-nganh",
        published_at="2026-11-06",
        blocks=[
            P(
                "Năm học 2026 - 2027, 100% trường trung học trên địa bàn tỉnh xây dựng kế hoạch"
                " giáo dục STEM, trong đó mỗi khối lớp thực hiện ít nhất 4 bài học STEM mỗi học"
                " kỳ. Nhiều trường đã chủ động huy động nguồn lực xã hội hóa để trang bị phòng"
                " học STEM, bộ lắp ráp robot cho học sinh."
            ),
            Img(
                f"{FILES}/u12/stem-thcs-thanh-truong.jpg",
                "Học sinh Trường THCS Thanh Trường lắp ráp mô hình robot",
                "Học sinh Trường THCS Thanh Trường lắp ráp mô hình robot",
                "table",
            ),
            P(
                "Tại Trường THCS Thanh Trường, câu lạc bộ STEM có 45 học sinh tham gia. Sản phẩm"
                " “Hệ thống tưới cây tự động” của học sinh nhà trường đạt giải Nhì cuộc thi Khoa"
                " học kỹ thuật cấp tỉnh."
            ),
            P(
                "Theo lãnh đạo Sở GD&ĐT, khó khăn lớn nhất hiện nay là đội ngũ giáo viên được bồi"
                " dưỡng bài bản về STEM còn ít, thiết bị ở các trường vùng cao chưa đáp ứng. Thời"
                " gian tới, Sở sẽ phối hợp với các trường đại học tổ chức bồi dưỡng cho giáo viên"
                " cốt cán."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Điện Biên Phủ</em></p>'),
        ],
        authors=["Phạm Thanh Hương"],
        source="Báo Điện Biên Phủ",
        opts={
            "when": datetime(2026, 11, 6, 0, 0),
            "dl": "field",
            "user": "admin",
            "entities": 2,
            "author_field": "Phạm Thanh Hương",
        },
    ),
    Story(
        id=3152,
        slug="truong-mam-non-hoa-ban-huong-ung-tuan-le-hoc-tap-suot-doi",
        title="Trường Mầm non Hoa Ban hưởng ứng Tuần lễ học tập suốt đời",
        cat="tin-cac-don-vi",
        published_at="2026-11-02",
        blocks=[
            P(
                "Hưởng ứng Tuần lễ học tập suốt đời năm 2026, Trường Mầm non Hoa Ban (thành phố"
                " Điện Biên Phủ) tổ chức “Ngày hội đọc sách cùng bé” với sự tham gia của gần 300"
                " trẻ và phụ huynh. Các cô giáo kể chuyện, hướng dẫn phụ huynh cách đọc sách cho"
                " con tại nhà; trẻ được tự chọn sách, xem tranh và kể lại câu chuyện mình thích."
            ),
            P(
                "Dịp này, nhà trường tiếp nhận hơn 500 cuốn sách, truyện tranh do phụ huynh ủng"
                " hộ để bổ sung cho thư viện xanh của trường."
            ),
            Raw('<p style="text-align: right;">Nguyễn Thị Lan Anh</p>'),
        ],
        authors=["Nguyễn Thị Lan Anh"],
        opts={"when": datetime(2026, 11, 2, 8, 40), "dl": "none", "user": "bientap"},
    ),
    Story(
        id=3147,
        slug="hoi-nghi-tap-huan-cong-tac-y-te-truong-hoc-nam-hoc-2026-2027",
        title="Hội nghị tập huấn công tác y tế trường học năm học 2026 - 2027",
        cat="hoat-dong-nganh",
        published_at="2026-10-28T08:30:00+07:00",
        summary=(
            "Ngày 27/10, Sở GD&ĐT phối hợp với Sở Y tế tổ chức tập huấn công tác y tế trường"
            " học cho gần 200 nhân viên y tế các trường học trên địa bàn tỉnh."
        ),
        blocks=[
            P(
                "Ngày 27/10, Sở GD&ĐT phối hợp với Sở Y tế tổ chức tập huấn công tác y tế trường"
                " học cho gần 200 nhân viên y tế các trường học trên địa bàn tỉnh.",
                "sapo",
            ),
            Img(
                f"{FILES}/images/2026/10/tap-huan-y-te-truong-hoc.jpg",
                "(Các đại biểu dự hội nghị tập huấn)",
                "Các đại biểu dự hội nghị tập huấn",
                "paren",
            ),
            P(
                "Học viên được cập nhật kiến thức về phòng, chống dịch bệnh truyền nhiễm trong"
                " trường học, sơ cấp cứu ban đầu, chăm sóc sức khỏe tâm thần cho học sinh và quản"
                " lý hồ sơ sức khỏe học sinh trên phần mềm."
            ),
            P(
                "Các đơn vị được yêu cầu hoàn thành khám sức khỏe định kỳ cho học sinh trước ngày"
                " 31/12/2026 và báo cáo kết quả về Sở qua phòng Chính trị tư tưởng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Vì Văn Toàn</strong></p>'),
        ],
        authors=["Vì Văn Toàn"],
        photographers=["Vì Văn Toàn"],
        opts={"when": datetime(2026, 10, 28, 8, 30), "dl": "capnhat", "user": "bientap"},
    ),
    Story(
        id=3141,
        slug="thong-bao-tuyen-sinh-lop-boi-duong-can-bo-quan-ly-truong-mam-non",
        title="Thông báo tuyển sinh lớp bồi dưỡng cán bộ quản lý trường mầm non",
        cat="thong-bao",
        published_at="2026-10-26T10:45:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo chiêu sinh lớp bồi dưỡng cán bộ quản lý trường"
                " mầm non năm 2026, cụ thể:"
            ),
            P("Đối tượng: hiệu trưởng, phó hiệu trưởng và cán bộ trong diện quy hoạch.", "li"),
            P("Thời gian học: 6 tuần, bắt đầu từ ngày 16/11/2026.", "li"),
            P("Địa điểm: Trường Cao đẳng Sư phạm Điện Biên.", "li"),
            P(
                "Các phòng GD&ĐT gửi danh sách học viên về Sở trước ngày 06/11/2026 qua hệ thống"
                " quản lý văn bản điều hành."
            ),
        ],
        opts={"when": datetime(2026, 10, 26, 10, 45), "dl": "field", "user": "vanphong"},
    ),
    Story(
        id=3136,
        slug="kiem-tra-cong-tac-pho-cap-giao-duc-tai-huyen-tua-chua",
        title="Kiểm tra công tác phổ cập giáo dục tại huyện Tủa Chùa",
        cat="hoat-dong-nganh",
        published_at="2026-10-20",
        blocks=[
            P(
                "Từ ngày 15 đến 17/10, đoàn kiểm tra của Sở GD&ĐT đã kiểm tra công tác phổ cập"
                " giáo dục, xóa mù chữ tại huyện Tủa Chùa."
            ),
            Img(
                f"{FILES}/images/2026/10/z5912348776021_9d1be0c4e6a4f1.jpg",
                "z5912348776021_9d1be0c4e6a4f1",
                None,
                "bare",
            ),
            P(
                "Qua kiểm tra hồ sơ và thực tế tại 12 xã, thị trấn, đoàn đánh giá huyện duy trì"
                " vững chắc phổ cập giáo dục mầm non cho trẻ 5 tuổi, phổ cập giáo dục tiểu học mức"
                " độ 3 và phổ cập giáo dục THCS mức độ 2."
            ),
            P(
                "Đoàn đề nghị huyện tiếp tục mở các lớp xóa mù chữ ở bản vùng sâu, cập nhật kịp"
                " thời dữ liệu phổ cập lên hệ thống thông tin điện tử."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Hà Văn Chung - Ảnh: Lường Thị Mai</strong></p>'
            ),
        ],
        authors=["Hà Văn Chung"],
        photographers=["Lường Thị Mai"],
        opts={"when": datetime(2026, 10, 20, 9, 10), "dl": "iso", "user": "bientap"},
    ),
    Story(
        id=3130,
        slug="truong-ptdtbt-th-sin-thau-to-chuc-ngay-hoi-tieng-viet",
        title="Trường PTDTBT TH Sín Thầu tổ chức Ngày hội “Em yêu Tiếng Việt”",
        cat="tin-cac-don-vi",
        published_at="2026-10-14T15:20:00+07:00",
        blocks=[
            P(
                "Nhằm tăng cường tiếng Việt cho học sinh dân tộc thiểu số, Trường PTDTBT TH Sín"
                " Thầu tổ chức Ngày hội “Em yêu Tiếng Việt” cho 180 học sinh từ lớp 1 đến lớp 5."
            ),
            P(
                "Các em tham gia thi kể chuyện, đọc thơ, viết chữ đẹp và trò chơi ô chữ. Cách làm"
                " này được nhà trường học tập từ mô hình của huyện Tủa Chùa.",
                "a|/node/3136|mô hình của huyện Tủa Chùa",
            ),
            Img(
                f"{FILES}/images/2026/10/ngay-hoi-tieng-viet-sin-thau.jpg",
                "Học sinh lớp 3 thi kể chuyện theo tranh (Ảnh: Thu Hà)",
                "Học sinh lớp 3 thi kể chuyện theo tranh (Ảnh: Thu Hà)",
                "em",
            ),
            P(
                "Ngày hội giúp học sinh mạnh dạn, tự tin giao tiếp bằng tiếng Việt, tạo nền tảng"
                " để học tốt các môn học khác."
            ),
        ],
        photographers=["Thu Hà"],
        authors=["Đỗ Thu Hà"],
        opts={
            "when": datetime(2026, 10, 14, 15, 20),
            "dl": "field",
            "user": "bientap",
            "author_field": "Đỗ Thu Hà",
        },
    ),
    Story(
        id=3124,
        slug="khai-giang-lop-boi-duong-giao-vien-cot-can-chuong-trinh-gdpt-2018",
        title="Khai giảng lớp bồi dưỡng giáo viên cốt cán Chương trình GDPT 2018",
        cat="hoat-dong-nganh",
        published_at="2026-10-06",
        blocks=[
            P(
                "Sáng 05/10, Sở GD&ĐT khai giảng lớp bồi dưỡng giáo viên phổ thông cốt cán năm"
                " 2026 cho 240 giáo viên tiểu học, THCS và THPT."
            ),
            P(
                "Lớp học diễn ra trong 10 ngày theo hình thức kết hợp trực tiếp và trực tuyến."
                " Nội dung tập trung vào kiểm tra, đánh giá theo định hướng phát triển phẩm chất,"
                " năng lực học sinh; xây dựng kế hoạch bài dạy; sinh hoạt chuyên môn theo nghiên"
                " cứu bài học."
            ),
            P(
                "Từ năm học 2019 - 2020, đội ngũ giáo viên cốt cán đã hỗ trợ đồng nghiệp triển"
                " khai chương trình mới tại các trường.",
                "a|/tin-tuc/khai-giang-nam-hoc-2019-2020|Từ năm học 2019 - 2020",
            ),
            P(
                "Sau khóa học, mỗi giáo viên cốt cán có trách nhiệm hỗ trợ ít nhất 5 đồng nghiệp"
                " tại đơn vị thông qua hệ thống bồi dưỡng trực tuyến của Bộ GD&ĐT."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Cổng TTĐT tỉnh Điện Biên</em></p>'),
        ],
        source="Cổng TTĐT tỉnh Điện Biên",
        opts={"when": datetime(2026, 10, 6, 7, 50), "dl": "thang", "user": "admin", "hot": True},
    ),
]
_BY_ID = {s.id: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
NEWS = [s for s in _LATEST if s.cat != "tin-anh"]
GALLERIES = [s for s in _LATEST if s.cat == "tin-anh"]


def article_path(s: Story) -> str:
    return f"/tin-anh/{s.slug}" if s.cat == "tin-anh" else f"/tin-tuc/{s.slug}"


def category_name(s: Story) -> str:
    return GALLERY_CAT if s.cat == "tin-anh" else CATS[s.cat]


def in_cat(cat: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == cat]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


@dataclass(frozen=True)
class Doc:
    nid: int
    slug: str
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}"

    @property
    def file(self) -> str:
        return f"{FILES}/van-ban/{self.slug}.pdf"


DOCS: list[Doc] = [
    Doc(3190, "3125-sgddt-gdpt", "3125/SGDĐT-GDPT", "Công văn", date(2026, 11, 23), "Nguyễn Văn Kiên",
        "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027"),
    Doc(3184, "412-kh-sgddt", "412/KH-SGDĐT", "Kế hoạch", date(2026, 11, 19), "Lê Thị Ngọc",
        "Kế hoạch phòng, chống rét cho học sinh mùa đông năm 2026"),
    Doc(3169, "1208-qd-sgddt", "1208/QĐ-SGDĐT", "Quyết định", date(2026, 11, 10), "Nguyễn Văn Kiên",
        "Quyết định thành lập Hội đồng thi chọn học sinh giỏi cấp tỉnh lớp 12"),
    Doc(3150, "2987-sgddt-tccb", "2987/SGDĐT-TCCB", "Công văn", date(2026, 10, 30), "Lê Thị Ngọc",
        "V/v đánh giá, xếp loại viên chức năm 2026"),
    Doc(3133, "380-kh-sgddt", "380/KH-SGDĐT", "Kế hoạch", date(2026, 10, 15), "Nguyễn Văn Kiên",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2026 - 2027"),
    Doc(3119, "2810-sgddt-ctttpc", "2810/SGDĐT-CTTTPC", "Công văn", date(2026, 10, 2), "Lê Thị Ngọc",
        "V/v tăng cường công tác phòng, chống đuối nước cho học sinh"),
]  # fmt: skip
_DOC_BY_ID = {d.nid: d for d in DOCS}
DOC_KINDS = {
    "All": "- Tất cả -",
    "cong-van": "Công văn",
    "ke-hoach": "Kế hoạch",
    "quyet-dinh": "Quyết định",
}
SELECTED = ' selected="selected"'
DOC_SORTS = ("field_so_ky_hieu", "field_ngay_ban_hanh", "title")

#: basic pages: alias -> (nid, title, paragraphs)
PAGES: dict[str, tuple[int, str, list[str]]] = {
    "/gioi-thieu": (12, "Giới thiệu", [
        "Sở Giáo dục và Đào tạo tỉnh Điện Biên là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
        " tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
        "Toàn tỉnh hiện có 476 cơ sở giáo dục mầm non, phổ thông và giáo dục thường xuyên với"
        " hơn 160.000 học sinh.",
    ]),
    "/co-cau-to-chuc": (13, "Cơ cấu tổ chức", [
        "Lãnh đạo Sở: Giám đốc và 03 Phó Giám đốc.",
        "Các phòng chuyên môn: Văn phòng; Thanh tra; phòng Tổ chức cán bộ; phòng Kế hoạch - Tài"
        " chính; phòng Giáo dục phổ thông; phòng Giáo dục mầm non; phòng Quản lý chất lượng.",
    ]),
}  # fmt: skip
SOFT_404 = "/tin-tuc/khai-giang-nam-hoc-2019-2020"
QT = "tin_trang_chu"


def _date_q(d: date) -> str:
    return f"{DATE_Q}={d:%d/%m/%Y}"


SIDEBAR_DAYS = [TODAY_DATE - timedelta(days=n) for n in range(7)]

GOLD: list[dict] = [
    gold_record(s, article_path(s), category_name(s), alt_paths=[f"/node/{s.id}"]) for s in _LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    f"/?qt-{QT}=1",
    f"/?qt-{QT}=2",
    "/tin-tuc",
    *(f"/tin-tuc?page={n}" for n in range(1, _pages(len(NEWS), NEWS_PER_PAGE))),
    *(f"/chuyen-muc/{c}" for c in CATS),
    *(
        f"/chuyen-muc/{c}?page={n}"
        for c in CATS
        for n in range(1, _pages(len(in_cat(c)), CAT_PER_PAGE))
    ),
    "/tin-anh",
    "/van-ban",
    "/van-ban?page=1",
    *(d.path for d in DOCS),
    *PAGES,
    "/lien-he",
    "/search/node",
    SOFT_404,
    *(f"/print/node/{s.id}" for s in STORIES),
    *(f"/printmail/node/{s.id}" for s in STORIES),
    *(f"/tin-tuc?{_date_q(d)}" for d in SIDEBAR_DAYS),
]


# --- rendering ------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _date_pane(s: Story) -> str:
    w: datetime = s.opts["when"]
    kind = s.opts["dl"]
    if kind == "none":
        return ""
    if kind == "field":
        shown = f"{WEEKDAYS[w.weekday()]}, {w:%d/%m/%Y - %H:%M}"
        inner = (
            '<div class="field field-name-field-ngay-dang field-type-datetime field-label-hidden">'
            '<div class="field-items"><div class="field-item even"><span class="date-display-single"'
            f' property="dc:date" datatype="xsd:dateTime" content="{w:%Y-%m-%dT%H:%M:%S}+07:00">'
            f"{shown}</span></div></div></div>"
        )
    elif kind == "capnhat":
        inner = f'<div class="ngay-cap-nhat">Cập nhật lúc {w:%H:%M} ngày {_dmy(w)}</div>'
    elif kind == "iso":
        inner = f'<span class="ngay-dang">Ngày đăng: {w:%Y-%m-%d}</span>'
    else:
        inner = f'<p class="ngay-thang">Ngày {w:%d} tháng {w.month} năm {w.year}</p>'
    return (
        '<div class="panel-pane pane-entity-field pane-node-field-ngay-dang">'
        f'<div class="pane-content">{inner}</div></div>\n<div class="panel-separator"></div>\n'
    )


def _img_tag(img: Img, s: Story, cls: str = "") -> str:
    extra = f' class="{cls}"' if cls else ""
    return f'<img{extra} alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;" />'


def _body_html(s: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    tds = "".join(f"<td><strong>{_t(c, s)}</strong></td>" for c in cells)
                else:
                    tds = "".join(f"<td>{_t(c, s)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
                + "\n".join(trs)
                + "</tbody></table>"
            )
            rows.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{_t(i.text, s)}</li>" for i in items) + "</ul>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("tr", "th"):
            if items:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            if rows:
                flush()
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p>{_t(before, s)}<a href="{href}">{_t(phrase, s)}</a>{_t(after, s)}</p>'
                )
            elif b.style == "sapo":
                out.append(f'<p class="sapo"><strong>{_t(b.text, s)}</strong></p>')
            else:
                out.append(f'<p style="text-align: justify;">{_t(b.text, s)}</p>')
        elif isinstance(b, Img):
            if b.style == "em":
                out.append(f'<p style="text-align: center;">{_img_tag(b, s)}</p>')
                out.append(f'<p style="text-align: center;"><em>{_t(b.printed or "", s)}</em></p>')
            elif b.style == "figure":
                out.append(
                    f'<figure class="image">{_img_tag(b, s)}<figcaption>{_t(b.printed or "", s)}'
                    "</figcaption></figure>"
                )
            elif b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0"><tbody>'
                    f"<tr><td>{_img_tag(b, s)}</td></tr>"
                    f'<tr><td style="text-align: center;"><span style="font-size:12px;">'
                    f"{_t(b.printed or '', s)}</span></td></tr></tbody></table>"
                )
            elif b.style == "paren":
                out.append(
                    f'<p style="text-align: center;">{_img_tag(b, s)}<br />{_t(b.printed or "", s)}</p>'
                )
            elif b.style == "bare":
                out.append(f'<p style="text-align: center;">{_img_tag(b, s)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;">{_t(b.printed, s)}</p>')
    flush()
    return "\n".join(out)


def _field(name: str, label: str | None, items: list[str], ftype: str = "text") -> str:
    lab = f'<div class="field-label">{label}:&nbsp;</div>' if label else ""
    cls = "field-label-inline clearfix" if label else "field-label-hidden"
    parity = ("even", "odd")
    values = "".join(
        f'<div class="field-item {parity[i % 2]}">{v}</div>' for i, v in enumerate(items)
    )
    return (
        f'<div class="field field-name-{name} field-type-{ftype} {cls}">{lab}'
        f'<div class="field-items">{values}</div></div>'
    )


def _pane(kind: str, content: str, title: str | None = None) -> str:
    h = f'<h2 class="pane-title">{title}</h2>\n' if title else ""
    return (
        f'<div class="panel-pane {kind}">\n{h}<div class="pane-content">\n{content}\n</div>\n</div>\n'
        '<div class="panel-separator"></div>\n'
    )


def _album(s: Story) -> str:
    values = []
    for img in s.images:
        full = img.src.replace("/styles/anh_album/public", "").split("?")[0]
        values.append(
            f'<a href="{full}" title="{esc(img.printed or "")}" class="colorbox" rel="gallery-node-{s.id}">'
            f'<img typeof="foaf:Image" src="{esc(img.src)}" width="640" height="427" alt=""'
            f' title="{esc(img.printed or "")}" /></a>'
            f'<p class="chu-thich-anh">{_t(img.printed or "", s)}</p>'
        )
    return _field("field-anh-album", None, values, "image")


def _node_panes(s: Story, base: str) -> str:
    """The article's own panes: title, date, sapo, body/album, author, file."""
    parts = [
        _pane("pane-node-title", f'<h1 class="tieu-de-bai">{_t(s.title)}</h1>'),
        _date_pane(s),
    ]
    if s.summary and s.sapo_outside:
        parts.append(
            _pane("pane-entity-field pane-node-field-tom-tat",
                  _field("field-tom-tat", None, [f"<strong>{_t(s.summary, s)}</strong>"], "text-long"))
        )  # fmt: skip
    if s.cat == "tin-anh":
        intro = "".join(_t(b.text, s) for b in s.blocks if isinstance(b, P))
        parts.append(_pane("pane-entity-field pane-node-body",
                           _field("body", None, [f"<p>{intro}</p>"], "text-with-summary")))  # fmt: skip
        parts.append(_pane("pane-entity-field pane-node-field-anh-album", _album(s)))
        raws = "".join(b.html for b in s.blocks if isinstance(b, Raw))
        parts.append(_pane("pane-custom pane-1", raws))
    else:
        parts.append(
            _pane("pane-entity-field pane-node-body",
                  _field("body", None, [_body_html(s)], "text-with-summary"))
        )  # fmt: skip
    if s.opts.get("author_field"):
        parts.append(_pane("pane-entity-field pane-node-field-tac-gia",
                           _field("field-tac-gia", "Tác giả", [esc(s.opts["author_field"])])))  # fmt: skip
    if s.opts.get("file"):
        href, size = s.opts["file"]
        name = href.rsplit("/", 1)[1]
        link = (
            '<span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf"'
            ' src="/modules/file/icons/application-pdf.png" /> '
            f'<a href="{href}" type="application/pdf; length={size}">{name}</a></span>'
        )
        parts.append(_pane("pane-entity-field pane-node-field-tep-dinh-kem",
                           _field("field-tep-dinh-kem", "Tệp đính kèm", [link], "file")))  # fmt: skip
    return "".join(parts)


def _tools(s: Story, base: str) -> str:
    url = quote(base + article_path(s), safe="")
    views = 150 + (s.id * 53) % 2400
    return _pane(
        "pane-custom pane-cong-cu",
        '<div class="cong-cu-bai-viet">'
        f'<span class="print_html"><a href="/print/node/{s.id}" title="Hiển thị phiên bản in của trang này."'
        ' class="print-page" rel="nofollow">In bài</a></span> | '
        f'<span class="print_mail"><a href="/printmail/node/{s.id}" title="Gửi đường dẫn của trang này qua email."'
        ' class="print-mail" rel="nofollow">Gửi email</a></span> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Chia sẻ Facebook</a> | '
        f'<a href="https://zalo.me/share?url={url}" target="_blank">Zalo</a>'
        f'<span class="luot-xem">Lượt xem: {views}</span></div>'
        f'<div class="chuyen-muc-bai">Chuyên mục: <a href="{_cat_path(s)}">{category_name(s)}</a></div>',
    )


def _cat_path(s: Story) -> str:
    return "/tin-anh" if s.cat == "tin-anh" else f"/chuyen-muc/{s.cat}"


def _item_list(stories: list[Story], dated: bool = True, cls: str = "") -> str:
    lis = []
    for i, s in enumerate(stories):
        pos = " first" if i == 0 else (" last" if i == len(stories) - 1 else "")
        d = f' <span class="ngay">({_dmy(s.opts["when"])})</span>' if dated else ""
        lis.append(
            f'<li class="views-row{pos}"><a href="{article_path(s)}">{_t(s.title)}</a>{d}</li>'
        )
    return f'<div class="item-list {cls}"><ul>{"".join(lis)}</ul></div>'


def _related(s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o.id != s.id][:5]
    if not others:
        return ""
    inner = (
        '<div class="view view-tin-lien-quan view-id-tin_lien_quan view-display-id-panel_pane_1">'
    )
    inner += f'<div class="view-content">{_item_list(others)}</div></div>'
    return _pane("pane-views-panes pane-tin-lien-quan-panel-pane-1", inner, "Các tin đã đưa")


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, href in trail:
        parts.append(f'<a href="{href}">{label}</a>' if href else label)
    return f'<h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb">{" » ".join(parts)}</div>'


def _menu() -> str:
    cats = "".join(
        f'<li class="leaf"><a href="/chuyen-muc/{k}">{v}</a></li>' for k, v in CATS.items()
    )
    return (
        '<div id="block-superfish-1" class="block block-superfish"><div class="content">'
        '<ul id="superfish-1" class="menu sf-menu sf-main-menu sf-horizontal sf-style-default">'
        '<li class="first leaf"><a href="/" class="active">Trang chủ</a></li>'
        '<li class="expanded"><a href="/gioi-thieu">Giới thiệu</a><ul>'
        '<li class="first leaf"><a href="/gioi-thieu">Chức năng, nhiệm vụ</a></li>'
        '<li class="last leaf"><a href="/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li class="expanded"><a href="/tin-tuc">Tin tức</a><ul>{cats}</ul></li>'
        '<li class="leaf"><a href="/tin-anh">Tin ảnh</a></li>'
        '<li class="leaf"><a href="/van-ban">Văn bản</a></li>'
        '<li class="leaf"><a href="http://127.0.0.2/thutuchanhchinh" target="_blank">Thủ tục hành chính</a></li>'
        '<li class="last leaf"><a href="/lien-he">Liên hệ</a></li></ul></div></div>'
    )


def _header() -> str:
    return (
        '<div id="header"><div class="section clearfix">'
        f'<a href="/" title="Trang chủ" rel="home" id="logo"><img src="{THEME}/logo.png" alt="Trang chủ" /></a>'
        '<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home">'
        f"<span>{SITE}</span></a></strong></div>"
        '<div id="site-slogan">Trang thông tin điện tử</div></div>'
        '<div class="region region-header"><div id="block-block-3" class="block block-block">'
        f'<div class="content"><div class="ngay-hien-tai">Hôm nay: {TODAY}</div></div></div>'
        '<div id="block-search-form" class="block block-search"><div class="content">'
        '<form action="/" method="post" id="search-block-form" accept-charset="UTF-8"><div>'
        '<div class="container-inline"><h2 class="element-invisible">Biểu mẫu tìm kiếm</h2>'
        '<div class="form-item form-type-textfield form-item-search-block-form">'
        '<label class="element-invisible" for="edit-search-block-form--2">Tìm kiếm </label>'
        '<input title="Nhập từ khóa bạn cần tìm." type="text" id="edit-search-block-form--2"'
        ' name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div>'
        '<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit"'
        ' name="op" value="Tìm kiếm" class="form-submit" /></div>'
        '<input type="hidden" name="form_build_id" value="form-Xq2w9kP7l1YcB0aF3mZr8tHn6uVjE4sDgLwKoQiTyUe" />'
        '<input type="hidden" name="form_id" value="search_block_form" /></div></div></form>'
        '<a href="/search/node" class="tim-kiem-nang-cao">Tìm kiếm nâng cao</a></div></div></div>'
        f'</div></div>\n<div id="navigation">{_menu()}</div>'
    )


def _block(bid: str, title: str, content: str) -> str:
    return (
        f'<div id="block-{bid}" class="block block-{bid.split("-")[0]}">\n'
        f'<h2 class="block-title">{title}</h2>\n<div class="content">\n{content}\n</div>\n</div>\n'
    )


def _sidebar() -> str:
    most = sorted(STORIES, key=lambda s: (s.id * 53) % 2400, reverse=True)[:5]
    days = "".join(
        f'<li><a href="/tin-tuc?{_date_q(d)}">{SHORT_WD[d.weekday()]} {d:%d/%m}</a></li>'
        for d in SIDEBAR_DAYS
    )
    docs = "".join(
        f'<li><a href="{d.path}">{d.number}</a><div class="trich-yeu">{esc(d.abstract)}</div></li>'
        for d in DOCS[:4]
    )
    poll = (
        '<form action="/" method="post" id="poll-view-voting" accept-charset="UTF-8"><div>'
        '<div class="poll"><div class="vote-form"><div class="choices">'
        '<div class="title">Bạn đánh giá thế nào về trang thông tin điện tử của Sở?</div>'
        '<div class="form-radios"><div class="form-item form-type-radio"><input type="radio" id="edit-choice-1"'
        ' name="choice" value="1" class="form-radio" /> <label class="option" for="edit-choice-1">Rất hữu ích </label></div>'
        '<div class="form-item form-type-radio"><input type="radio" id="edit-choice-2" name="choice" value="2"'
        ' class="form-radio" /> <label class="option" for="edit-choice-2">Hữu ích </label></div>'
        '<div class="form-item form-type-radio"><input type="radio" id="edit-choice-3" name="choice" value="3"'
        ' class="form-radio" /> <label class="option" for="edit-choice-3">Cần cải thiện </label></div></div></div>'
        '<input type="submit" id="edit-vote" name="op" value="Bình chọn" class="form-submit" /></div></div>'
        '<input type="hidden" name="form_id" value="poll_view_voting" /></div></form>'
    )
    counter = (
        '<ul class="thong-ke"><li>Đang truy cập: <strong>31</strong></li>'
        "<li>Hôm nay: <strong>1.286</strong></li><li>Tháng này: <strong>38.914</strong></li>"
        "<li>Tổng lượt truy cập: <strong>3.105.772</strong></li></ul>"
    )
    links = (
        '<select onchange="window.open(this.value)" class="lien-ket"><option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://dienbien.gov.vn">Cổng TTĐT tỉnh Điện Biên</option>'
        '<option value="https://baodienbienphu.com.vn">Báo Điện Biên Phủ</option></select>'
    )
    return (
        '<div class="region region-sidebar-second">'
        + _block("views-tin_xem_nhieu-block", "Tin xem nhiều", _item_list(most, dated=False))
        + _block("views-van_ban_moi-block", "Văn bản mới", f'<ul class="van-ban-moi">{docs}</ul>')
        + _block("block-7", "Tin theo ngày", f'<ul class="tin-theo-ngay">{days}</ul>')
        + _block("poll-recent", "Thăm dò ý kiến", poll)
        + _block("block-5", "Thống kê truy cập", counter)
        + _block("block-6", "Liên kết", links)
        + "</div>"
    )


def _footer() -> str:
    return (
        '<div id="footer"><div class="section"><div class="region region-footer">'
        '<div id="block-block-1" class="block block-block"><div class="content">'
        f"<p><strong>{SITE.upper()}</strong></p>"
        "<p>Địa chỉ: Tổ 10, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên</p>"
        "<p>Điện thoại: 0215.3825.436 - Fax: 0215.3825.437 - Email: sgddt@dienbien.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        "<p>Giấy phép số 05/GP-TTĐT ngày 12/3/2019 của Sở Thông tin và Truyền thông tỉnh Điện Biên</p>"
        "<p>Ghi rõ nguồn &quot;Sở GD&amp;ĐT Điện Biên&quot; khi phát hành lại thông tin từ website này.</p>"
        "</div></div></div></div></div>"
    )


def _page(title: str, main: str, body_class: str, head: str = "", crumbs: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head}  <title>{title} | {SITE}</title>
  <style type="text/css" media="all">
@import url("/modules/system/system.base.css?t0x3k9");
@import url("/sites/all/modules/panels/css/panels.css?t0x3k9");
@import url("/sites/all/modules/quicktabs/css/quicktabs.css?t0x3k9");
@import url("{THEME}/css/style.css?t0x3k9");
</style>
  <script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?t0x3k9"></script>
<script type="text/javascript" src="/sites/all/modules/quicktabs/js/quicktabs.js?t0x3k9"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"sgddb","theme_token":"kP0r1v2Zq8dXgH7mC3sLw5NbYeT9uJfA"}},"quicktabs":{{"qt_{QT}":{{"name":"{QT}","tabs":[{{"bid":"views_delta_tin_moi-block","hide_title":1}},{{"bid":"views_delta_tin_noi_bat-block","hide_title":1}},{{"bid":"views_delta_thong_bao-block","hide_title":1}}]}}}}}});
//--><!]]>
</script>
</head>
<body class="html {body_class} not-logged-in one-sidebar sidebar-second" >
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>
  <div id="page-wrapper"><div id="page">
{_header()}
{crumbs}
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
{main}
</div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section">{_sidebar()}</div></div>
</div></div>
{_footer()}
</div></div>
</body>
</html>
"""


def _two_col(first: str, layout_id: str) -> str:
    return (
        f'<div class="panel-display panel-1col clearfix" id="{layout_id}">\n'
        f'<div class="panel-panel panel-col"><div>\n{first}</div></div>\n</div>'
    )


def _article(s: Story, base: str) -> str:
    alias = article_path(s)
    crumbs = _breadcrumb(
        [("Tin ảnh", "/tin-anh")]
        if s.cat == "tin-anh"
        else [("Tin tức", "/tin-tuc"), (CATS[s.cat], _cat_path(s))]
    )
    head = (
        f'<link rel="canonical" href="{alias}" />\n<link rel="shortlink" href="/node/{s.id}" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{base}{alias}" />\n'
    )
    main = _two_col(_node_panes(s, base) + _tools(s, base) + _related(s), f"page-tin-bai-{s.cat}")
    kind = "tin-anh" if s.cat == "tin-anh" else "tin-bai"
    return _page(
        esc(s.title),
        main,
        f"not-front page-node page-node- page-node-{s.id} node-type-{kind}",
        head,
        crumbs,
    )


def _print(s: Story, base: str) -> str:
    alias = article_path(s)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(s.title)} | {SITE}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{base}{alias}" />
<link type="text/css" rel="stylesheet" href="/sites/all/modules/print/css/print.css" />
</head>
<body>
<div class="print-logo"><img class="print-logo" src="{THEME}/logo.png" alt="" /></div>
<div class="print-site_name">Được đăng trên {SITE} ({base}/)</div>
<p />
<div class="print-breadcrumb">Trang chủ &gt; {category_name(s)}</div>
<hr class="print-hr" />
<div class="print-content">{_node_panes(s, base)}</div>
<div class="print-footer">{SITE}</div>
<hr class="print-hr" />
<div class="print-source_url"><strong>URL nguồn:</strong> <a href="{base}{alias}">{base}{alias}</a></div>
</body>
</html>
"""


def _printmail(s: Story) -> str:
    main = (
        f'<form action="/printmail/node/{s.id}" method="post" id="print-mail-form" accept-charset="UTF-8"><div>'
        '<div class="form-item"><label>Email của bạn <span class="form-required">*</span></label>'
        '<input type="text" name="fld_from_addr" class="form-text required" /></div>'
        '<div class="form-item"><label>Gửi tới <span class="form-required">*</span></label>'
        '<textarea name="txt_to_addrs" cols="60" rows="3" class="form-textarea required"></textarea></div>'
        f'<div class="form-item"><label>Tiêu đề</label><input type="text" name="fld_subject" value="{esc(s.title)}"'
        ' class="form-text" /></div>'
        f'<div class="form-item">Trang được gửi: <a href="{article_path(s)}">{_t(s.title)}</a></div>'
        '<input type="submit" name="op" value="Gửi email" class="form-submit" />'
        '<input type="hidden" name="form_id" value="print_mail_form" /></div></form>'
    )
    return _page(
        "Gửi trang qua email",
        _pane("pane-page-content", '<h1 class="page-title">Gửi trang qua email</h1>' + main),
        "not-front page-printmail",
        crumbs=_breadcrumb([]),
    )


def _pager(path: str, page: int, pages: int, extra: str = "") -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        q = "&".join(x for x in (extra, f"page={n}" if n else "") if x)
        return f"{path}?{q}" if q else path

    items = []
    if page > 0:
        items.append(
            f'<li class="pager-first first"><a title="Đến trang đầu" href="{href(0)}">« đầu</a></li>'
        )
        items.append(
            f'<li class="pager-previous"><a title="Đến trang trước" href="{href(page - 1)}">‹ trước</a></li>'
        )
    for n in range(pages):
        if n == page:
            items.append(f'<li class="pager-current">{n + 1}</li>')
        else:
            items.append(
                f'<li class="pager-item"><a title="Đến trang {n + 1}" href="{href(n)}">{n + 1}</a></li>'
            )
    if page < pages - 1:
        items.append(
            f'<li class="pager-next"><a title="Đến trang sau" href="{href(page + 1)}">sau ›</a></li>'
        )
        items.append(
            f'<li class="pager-last last"><a title="Đến trang cuối" href="{href(pages - 1)}">cuối »</a></li>'
        )
    return f'<h2 class="element-invisible">Các trang</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'


def _teaser_row(s: Story, i: int) -> str:
    first = next((b for b in s.blocks if isinstance(b, P)), None)
    lead = s.summary or (first.text if first else "")
    if len(lead) > 220:
        lead = lead[:220].rsplit(" ", 1)[0] + "..."
    thumb = next((img for img in s.images), None)
    pic = ""
    if thumb is not None:
        name = (
            thumb.src.split("/files/", 1)[1].split("?")[0].replace("styles/anh_album/public/", "")
        )
        pic = (
            f'<div class="views-field views-field-field-anh-dai-dien"><div class="field-content"><a href="{article_path(s)}">'
            f'<img typeof="foaf:Image" src="{_style("thumbnail_tin", name)}" width="160" height="110" alt="" /></a></div></div>'
        )
    parity = "odd" if i % 2 == 0 else "even"
    return (
        f'<div class="views-row views-row-{i + 1} views-row-{parity}">{pic}'
        f'<div class="views-field views-field-title"><span class="field-content"><a href="{article_path(s)}">'
        f"{_t(s.title)}</a></span></div>"
        f'<div class="views-field views-field-created"><span class="field-content">{_dmy(s.opts["when"])}</span></div>'
        f'<div class="views-field views-field-body"><div class="field-content">{esc(lead)}</div></div></div>'
    )


def _exposed(path: str, value: str = "") -> str:
    return (
        f'<div class="view-filters"><form action="{path}" method="get" id="views-exposed-form-tin-tuc-panel-pane-1"'
        ' accept-charset="UTF-8"><div><div class="views-exposed-form"><div class="views-exposed-widgets clearfix">'
        '<div id="edit-field-ngay-value-wrapper" class="views-exposed-widget views-widget-filter-field_ngay_value">'
        '<label for="edit-field-ngay-value">Xem tin theo ngày</label><div class="views-widget">'
        '<div class="form-item form-type-date-popup"><input type="text" id="edit-field-ngay-value-value-datepicker-popup-0"'
        f' name="{DATE_KEY}" value="{value}" size="20" maxlength="30" class="form-text" />'
        '<div class="description"> Ví dụ: 25/11/2026</div></div></div></div>'
        '<div class="views-exposed-widget views-submit-button"><input type="submit" id="edit-submit-tin-tuc"'
        ' value="Xem" class="form-submit" /></div></div></div></div></form></div>'
    )


def _listing(
    path: str,
    title: str,
    stories: list[Story],
    page: int,
    per: int,
    crumbs: list,
    extra: str = "",
    filt: str = "",
) -> str:
    pages = _pages(len(stories), per)
    page = min(max(page, 0), pages - 1)
    chunk = stories[page * per : (page + 1) * per]
    rows = (
        "".join(_teaser_row(s, i) for i, s in enumerate(chunk))
        or '<div class="view-empty">Không có tin bài nào.</div>'
    )
    view = (
        f'<div class="view view-tin-tuc view-id-tin_tuc view-display-id-panel_pane_1">{_exposed(path, filt)}'
        f'{extra}<div class="view-content">{rows}</div>{_pager(path, page, pages, f"{DATE_Q}={filt}" if filt else "")}</div>'
    )
    main = _two_col(
        _pane("pane-page-title", f'<h1 class="page-title">{title}</h1>')
        + _pane("pane-views-panes pane-tin-tuc-panel-pane-1", view),
        "page-danh-sach",
    )
    return _page(title, main, "not-front page-chuyen-muc", crumbs=_breadcrumb(crumbs))


def _page_no(params: dict[str, str]) -> int:
    try:
        return int(params.get("page", "0") or 0)
    except ValueError:
        return 0


def _front() -> str:
    def tab(n: int, label: str) -> str:
        active = ' class="active"' if n == 0 else ""
        pos = " first" if n == 0 else (" last" if n == 2 else "")
        return (
            f'<li class="{"active" if n == 0 else ""}{pos}"><a href="/?qt-{QT}={n}#qt-{QT}"'
            f' id="quicktabs-tab-{QT}-{n}"{active}>{label}</a></li>'
        )

    hot = [s for s in _LATEST if s.opts.get("hot")]
    notices = in_cat("thong-bao")
    pages = [
        ("tin_moi", _LATEST[:6]),
        ("tin_noi_bat", hot),
        ("thong_bao", notices),
    ]
    tabpages = "".join(
        f'<div id="quicktabs-tabpage-{QT}-{n}" class="quicktabs-tabpage {"" if n == 0 else "quicktabs-hide"}">'
        f'<div id="block-views-{v}-block" class="block block-views"><div class="content">'
        f'<div class="view view-{v.replace("_", "-")} view-id-{v} view-display-id-block">'
        f'<div class="view-content">{_item_list(items)}</div></div></div></div></div>'
        for n, (v, items) in enumerate(pages)
    )
    quicktabs = (
        f'<div id="quicktabs-{QT}" class="quicktabs-wrapper quicktabs-style-sky">'
        f'<div class="item-list"><ul class="quicktabs-tabs quicktabs-style-sky">'
        f"{tab(0, 'Tin mới')}{tab(1, 'Tin nổi bật')}{tab(2, 'Thông báo')}</ul></div>"
        f'<div id="quicktabs-container-{QT}" class="quicktabs_main quicktabs-style-sky">{tabpages}</div></div>'
    )
    lead = _LATEST[0]
    slide = (
        '<div class="views-slideshow-cycle-main-frame">'
        + "".join(
            f'<div class="views-slideshow-cycle-main-frame-row"><a href="{article_path(s)}">'
            f'<img src="{_style("slide_trang_chu", f"slide-{s.id}.jpg")}" alt="" /></a>'
            f'<div class="slide-title"><a href="{article_path(s)}">{_t(s.title)}</a></div></div>'
            for s in [lead, *hot[1:3]]
        )
        + "</div>"
    )
    gal = "".join(
        f'<div class="views-row"><a href="{article_path(g)}"><img src="{g.images[0].src}" alt="" /></a>'
        f'<a href="{article_path(g)}">{_t(g.title)}</a></div>'
        for g in GALLERIES
    )
    docs = "".join(
        f'<tr><td><a href="{d.path}">{d.number}</a></td><td>{_dmy(d.issued)}</td><td>{esc(d.abstract)}</td></tr>'
        for d in DOCS[:4]
    )
    first = (
        _pane("pane-views-panes pane-slideshow-panel-pane-1", slide, "Tin nổi bật")
        + _pane("pane-block pane-quicktabs-tin-trang-chu", quicktabs)
        + _pane("pane-views-panes pane-tin-anh-panel-pane-2", gal + '<div class="more-link"><a href="/tin-anh">Xem thêm</a></div>', "Tin ảnh")
        + _pane("pane-views-panes pane-van-ban-panel-pane-2", f'<table class="views-table">{docs}</table>'
                '<div class="more-link"><a href="/van-ban">Xem tất cả</a></div>', "Văn bản mới ban hành")
    )  # fmt: skip
    head = '<link rel="alternate" type="application/rss+xml" title="Sở GD&amp;ĐT Điện Biên RSS" href="/rss.xml" />\n'
    return _page("Trang chủ", _two_col(first, "trang-chu"), "front page-node", head)


def _van_ban(params: dict[str, str]) -> str:
    order = params.get("order", "")
    sort = params.get("sort", "desc" if order == "field_ngay_ban_hanh" else "asc")
    kind = params.get("field_loai_van_ban_value", "All")
    docs = [d for d in DOCS if kind == "All" or DOC_KINDS.get(kind) == d.kind]
    if order in DOC_SORTS:
        key = {"field_so_ky_hieu": lambda d: d.number, "field_ngay_ban_hanh": lambda d: d.issued,
               "title": lambda d: d.abstract}[order]  # fmt: skip
        docs = sorted(docs, key=key, reverse=sort == "desc")
    pages = _pages(len(docs), DOCS_PER_PAGE)
    page = min(max(_page_no(params), 0), pages - 1)
    keep = [
        f"{k}={quote(v)}"
        for k, v in params.items()
        if k in ("order", "sort", "field_loai_van_ban_value") and v
    ]
    with_page = keep + ([f"page={page}"] if page else [])

    def th(col: str, label: str) -> str:
        nxt = "desc" if (order == col and sort == "asc") else "asc"
        q = "&".join(
            [f"order={col}", f"sort={nxt}"]
            + [x for x in with_page if not x.startswith(("order=", "sort="))]
        )
        active = ' class="active"' if order == col else ""
        return f'<th class="views-field views-field-{col}"><a href="/van-ban?{q}" title="sắp xếp theo {label}"{active}>{label}</a></th>'

    rows = "".join(
        f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td><a href="{d.path}">{d.number}</a></td>'
        f"<td>{_dmy(d.issued)}</td><td>{esc(d.abstract)}</td><td>{d.kind}</td></tr>"
        for i, d in enumerate(docs[page * DOCS_PER_PAGE : (page + 1) * DOCS_PER_PAGE])
    )
    options = "".join(
        f'<option value="{k}"{SELECTED if k == kind else ""}>{v}</option>'
        for k, v in DOC_KINDS.items()
    )
    filt = (
        '<div class="view-filters"><form action="/van-ban" method="get" id="views-exposed-form-van-ban-page">'
        '<label for="edit-field-loai-van-ban-value">Loại văn bản</label>'
        f'<select id="edit-field-loai-van-ban-value" name="field_loai_van_ban_value" class="form-select">{options}</select>'
        '<input type="submit" value="Lọc" class="form-submit" /></form></div>'
    )
    table = (
        '<table class="views-table cols-4"><thead><tr>'
        + th("field_so_ky_hieu", "Số/Ký hiệu") + th("field_ngay_ban_hanh", "Ngày ban hành")
        + th("title", "Trích yếu") + '<th class="views-field views-field-field-loai">Loại</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )  # fmt: skip
    pager = _pager("/van-ban", page, pages, "&".join(keep))
    view = f'<div class="view view-van-ban view-id-van_ban view-display-id-page">{filt}<div class="view-content">{table}</div>{pager}</div>'
    main = _two_col(
        _pane("pane-page-title", '<h1 class="page-title">Văn bản</h1>')
        + _pane("pane-views-panes", view),
        "page-van-ban",
    )
    return _page("Văn bản", main, "not-front page-van-ban", crumbs=_breadcrumb([("Văn bản", None)]))


def _doc_page(d: Doc) -> str:
    size = 98000 + d.nid * 17
    rows = [
        _field("field-so-ky-hieu", "Số/Ký hiệu", [d.number]),
        _field("field-ngay-ban-hanh", "Ngày ban hành", [_dmy(d.issued)], "datetime"),
        _field("field-loai-van-ban", "Loại văn bản", [d.kind], "list-text"),
        _field("field-co-quan-ban-hanh", "Cơ quan ban hành", ["Sở Giáo dục và Đào tạo"]),
        _field("field-nguoi-ky", "Người ký", [d.signer]),
        _field("field-tep-van-ban", "Tệp văn bản", [
            '<span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf"'
            ' src="/modules/file/icons/application-pdf.png" /> '
            f'<a href="{d.file}" type="application/pdf; length={size}">{d.file.rsplit("/", 1)[1]}</a></span>'
        ], "file"),
    ]  # fmt: skip
    main = _two_col(
        _pane("pane-node-title", f'<h1 class="tieu-de-van-ban">{esc(d.abstract)}</h1>')
        + _pane("pane-node-content", "".join(rows)),
        "page-van-ban-chi-tiet",
    )
    head = (
        f'<link rel="canonical" href="{d.path}" />\n<link rel="shortlink" href="/node/{d.nid}" />\n'
    )
    return _page(esc(d.abstract), main, f"not-front page-node page-node-{d.nid} node-type-van-ban", head,
                 _breadcrumb([("Văn bản", "/van-ban")]))  # fmt: skip


def _basic(path: str) -> str:
    nid, title, paras = PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = _two_col(
        _pane("pane-node-title", f'<h1 class="tieu-de-bai">{title}</h1>')
        + _pane("pane-node-body", body),
        "page-trang",
    )
    head = f'<link rel="canonical" href="{path}" />\n<link rel="shortlink" href="/node/{nid}" />\n'
    return _page(
        title,
        main,
        f"not-front page-node page-node-{nid} node-type-page",
        head,
        _breadcrumb([(title, None)]),
    )


def _contact() -> str:
    form = (
        "<p>Mọi ý kiến đóng góp xin gửi về Văn phòng Sở qua biểu mẫu dưới đây.</p>"
        '<form class="webform-client-form" action="/lien-he" method="post" id="webform-client-form-14"><div>'
        '<div class="form-item webform-component webform-component-textfield"><label>Họ và tên <span class="form-required">*</span></label>'
        '<input type="text" name="submitted[ho_ten]" class="form-text required" /></div>'
        '<div class="form-item webform-component webform-component-email"><label>Email</label>'
        '<input type="email" name="submitted[email]" class="email form-text form-email" /></div>'
        '<div class="form-item webform-component webform-component-textarea"><label>Nội dung</label>'
        '<textarea name="submitted[noi_dung]" cols="60" rows="5" class="form-textarea"></textarea></div>'
        '<input type="submit" name="op" value="Gửi" class="webform-submit button-primary form-submit" /></div></form>'
    )
    main = _two_col(
        _pane("pane-node-title", '<h1 class="tieu-de-bai">Liên hệ</h1>')
        + _pane("pane-node-webform", form),
        "page-lien-he",
    )
    return _page(
        "Liên hệ",
        main,
        "not-front page-node page-node-14 node-type-webform",
        crumbs=_breadcrumb([("Liên hệ", None)]),
    )


def _search(keys: str) -> str:
    form = (
        '<form action="/search/node" method="post" id="search-form" class="search-form">'
        '<div class="form-item form-type-textfield form-item-keys"><label for="edit-keys">Nhập từ khóa </label>'
        f'<input type="text" id="edit-keys" name="keys" value="{esc(keys)}" size="40" class="form-text" /></div>'
        '<input type="submit" id="edit-submit--2" name="op" value="Tìm kiếm" class="form-submit" /></form>'
        "<h2>Kết quả tìm kiếm</h2><p>Hãy nhập từ khóa để tìm kiếm.</p>"
    )
    main = _two_col(
        _pane("pane-page-content", '<h1 class="page-title">Tìm kiếm</h1>' + form), "page-tim-kiem"
    )
    return _page(
        "Tìm kiếm",
        main,
        "not-front page-search page-search-node",
        crumbs=_breadcrumb([("Tìm kiếm", None)]),
    )


def _soft_404() -> str:
    main = _two_col(
        _pane("pane-page-content", '<h1 class="page-title">Không tìm thấy trang</h1>'
              '<p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>'
              '<p>Mời bạn quay lại <a href="/">Trang chủ</a> hoặc dùng chức năng tìm kiếm.</p>'),
        "page-404",
    )  # fmt: skip
    return _page(
        "Không tìm thấy trang", main, "not-front page-trang-khong-tim-thay", crumbs=_breadcrumb([])
    )


def _parse_day(value: str) -> date | None:
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value.strip())
    if not m:
        return None
    try:
        d = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return d if 1900 <= d.year <= 2999 else None


def _news(params: dict[str, str]) -> str:
    raw = params.get(DATE_KEY, "").strip()
    if raw:
        day = _parse_day(raw)
        if day is None:
            stories: list[Story] = []
            extra = (
                '<div class="messages error">Ngày không hợp lệ. Nhập theo dạng 25/11/2026.</div>'
            )
            filt = esc(raw)
        else:
            stories = [s for s in NEWS if s.opts["when"].date() == day]
            nav = []
            if day > date(1900, 1, 1):
                nav.append(
                    f'<a href="/tin-tuc?{_date_q(day - timedelta(days=1))}" class="ngay-truoc">‹ Ngày trước</a>'
                )
            if day < date(2999, 12, 31):
                nav.append(
                    f'<a href="/tin-tuc?{_date_q(day + timedelta(days=1))}" class="ngay-sau">Ngày sau ›</a>'
                )
            extra = (
                f'<div class="view-header"><p>Tin ngày {_dmy(day)}</p>'
                f'<div class="dieu-huong-ngay">{" | ".join(nav)}</div></div>'
            )
            filt = f"{day:%d/%m/%Y}"
        return _listing("/tin-tuc", "Tin tức", stories, _page_no(params), NEWS_PER_PAGE,
                        [("Tin tức", None)], extra, filt)  # fmt: skip
    return _listing(
        "/tin-tuc", "Tin tức", NEWS, _page_no(params), NEWS_PER_PAGE, [("Tin tức", None)]
    )


def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f"<description>{esc(s.summary or '')}</description>"
        f"<pubDate>{s.opts['when']:%d %b %Y %H:%M:%S} +0700</pubDate>"
        f'<dc:creator>{s.opts["user"]}</dc:creator><guid isPermaLink="false">{s.id} at {base}</guid></item>'
        for s in _LATEST[:10]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="'
        f'{base}" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{esc(SITE)}</title>'
        f"<link>{base}</link><description></description><language>vi</language>{items}</channel></rss>"
    )


_ALIASES = {article_path(s): s for s in STORIES}
_DOC_ALIASES = {d.path: d for d in DOCS}
_KNOWN_FILES = {s.opts["file"][0] for s in STORIES if s.opts.get("file")} | {d.file for d in DOCS}


class Drupal7PanelsSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = "http://" + request.headers.get("Host", "127.0.0.1")
        if path.endswith(".pdf"):
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"})
                if path in _KNOWN_FILES
                else None
            )
        if path.startswith((FILES, "/sites/all/", "/misc/", "/modules/")):
            return static_file(path)
        if path == "/":
            return html(_front())
        if path == "/rss.xml":
            return Response(200, _rss(base), {"Content-Type": "application/rss+xml; charset=utf-8"})
        if path == "/tin-tuc":
            return html(_news(params))
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)", path):
            cat = m.group(1)
            if cat not in CATS:
                return None
            return html(_listing(path, CATS[cat], in_cat(cat), _page_no(params), CAT_PER_PAGE,
                                 [("Tin tức", "/tin-tuc"), (CATS[cat], None)]))  # fmt: skip
        if path == "/tin-anh":
            return html(
                _listing(
                    path,
                    GALLERY_CAT,
                    GALLERIES,
                    _page_no(params),
                    CAT_PER_PAGE,
                    [(GALLERY_CAT, None)],
                )
            )
        if path == "/van-ban":
            return html(_van_ban(params))
        if path in _DOC_ALIASES:
            return html(_doc_page(_DOC_ALIASES[path]))
        if path in PAGES:
            return html(_basic(path))
        if path == "/lien-he":
            return html(_contact())
        if path in ("/search", "/search/node"):
            return html(_search(params.get("keys", "")))
        if path == SOFT_404:
            return html(_soft_404())
        if path in _ALIASES:
            return html(_article(_ALIASES[path], base))
        if m := re.fullmatch(r"/(print|printmail)/node/(\d+)", path):
            s = _BY_ID.get(int(m.group(2)))
            if s is None:
                return None
            return html(_print(s, base) if m.group(1) == "print" else _printmail(s))
        if m := re.fullmatch(r"/node/(\d+)", path):
            nid = int(m.group(1))
            if nid in _BY_ID:
                return html(_article(_BY_ID[nid], base))
            if nid in _DOC_BY_ID:
                return html(_doc_page(_DOC_BY_ID[nid]))
            for p, (pn, _, _) in PAGES.items():
                if pn == nid:
                    return html(_basic(p))
            return None
        if path in ("/favicon.ico", "/robots.txt"):
            return static_file(path) if path.endswith(".ico") else Response(
                200, "User-agent: *\nDisallow: /print/\nDisallow: /printmail/\nDisallow: /search/\n",
                {"Content-Type": "text/plain"})  # fmt: skip
        return None


def build_site() -> Drupal7PanelsSite:
    return Drupal7PanelsSite()
