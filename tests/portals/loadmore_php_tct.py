"""Fixture portal: a provincial political school on a home-made PHP/Bootstrap CMS ("load more").

Imitates the news site of Trường Chính trị tỉnh Cà Mau as a local software company
(DMSoft, "DMSoft Portal v3") builds such sites: plain PHP with SEO rewrites, Bootstrap 4,
jQuery, font-awesome, a TinyMCE editor. What it prints:

- articles at ``/bai-viet/<slug>-<id>.html``; the router looks only at the trailing id, so an
  article whose title (and slug) was edited after publication still answers at its old slug,
  which a cached "Tin liên quan" list keeps linking; every article page carries
  ``rel=canonical`` to the current slug; an unknown id answers 200 with "Bài viết không tồn
  tại hoặc đã bị gỡ bỏ!" (a soft 404, linked from a related list);
- category pages ``/chuyen-muc/<slug>.html`` show 6 items and a "Xem thêm" button whose
  ``data-url="/ajax/chuyen-muc?slug=…&page=2"`` is fetched by jQuery GET and returns an HTML
  fragment of the next items (and the next button); the fragment is sent as ``text/html``
  without a charset. Plain numbered ``?page=N`` links exist only inside ``<noscript>``;
  "Sắp xếp: Mới nhất | Xem nhiều" links add ``?sap-xep=…`` to the listing, the button and the
  noscript pager. ``/chuyen-muc/tin-tuc.html`` lists the two news sub-categories together;
- the article template: ``h1.dm-post-title``, an info line (date, "Lượt xem", the CMS author
  field "Tác giả: …" when filled, "Người đăng: <login>"), a tools bar (font size, "In bài",
  "Gửi email", Facebook/Zalo), the sapo field in ``div.dm-post-lead`` above the TinyMCE body,
  an attachment box "Tài liệu đính kèm", tags linking to the search page, a comment form "Ý
  kiến bạn đọc", "Tin liên quan" (hand-picked, only on some articles) and "Các tin khác";
- date lines as the templates of three CMS versions left them: "Cập nhật lúc 08:30 ngày
  20/11/2026" (current), "Thứ Năm, 12/11/2026 - 14:15" (articles saved with the old v2
  template), "Ngày đăng: 2026-10-27" (imported from the old site: a date only); one article's
  date line is switched off (its date is printed only by listings);
- chrome: a top bar with today's date, the header with the search form, a Bootstrap navbar
  with dropdowns, breadcrumbs, a "Tin nổi bật" carousel and a video box on the home page,
  sidebar boxes "Tin mới", "Tin xem nhiều", "Văn bản mới", "Lịch sự kiện" (a month calendar),
  "Thăm dò ý kiến", "Liên kết website", "Thống kê truy cập", a footer with address and the
  company's credit;
- non-articles: the document register ``/van-ban.html`` (``?trang=N``) and its entries
  ``/van-ban/<slug>-<id>.html`` (register fields and a PDF), event pages
  ``/su-kien/<slug>-<id>.html``, the month calendar ``/lich-su-kien.html?thang=M&nam=Y`` whose
  "‹"/"›" links never end (any month of years 1000-9999 answers, months outside 1-12 are
  normalised the way PHP's ``mktime`` does), print views ``/in-bai-viet/<id>.html``, photo and
  video libraries, static pages under ``/trang/``, contact, search, poll results, the HTML site
  map, the ajax fragments and the soft 404.

Gold (by hand, see GOLD). Judgement calls:
- The sapo field (``div.dm-post-lead``, printed bold outside the body) is the summary and the
  body's first paragraph. A lead typed into the body without the field is not a summary.
- The category is the article's own section as the breadcrumb's last link names it ("Tin hoạt
  động", "Nghiên cứu - Trao đổi", "Thông báo"), not the parent "Tin tức".
- "Người đăng: <login>" is the CMS account and never an author; "Tác giả: …" in the info line
  is. A signature line of the author's unit ("Khoa Xây dựng Đảng") under the name is neither
  body nor author. "Nguồn: Báo Cà Mau" is the source.
- "Cập nhật lúc 00:00 ngày …" prints no real time: date only. "Ngày đăng: YYYY-MM-DD" is a
  date only. The article without a date line takes the date its listings print.
- A line under a photo that is only the camera/Zalo file name is no caption. A photo with no
  line has caption None.
- The old-slug URL of the renamed article is an ``alt_paths`` entry (same article, canonical
  to the new slug). Print views are NON_ARTICLES (robots.txt disallows them, ``noindex``).
- The timetable's rows are body lines, cells joined by " | ", the bold head row included.
- The attachment box of a notice is not body text.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "loadmore_php_tct"
PLATFORM = "php-loadmore"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Cà Mau"
THEME = "/public/templates/dmsoft_tct"
PER_PAGE = 6
DOCS_PER_PAGE = 5
#: the calendar widget's month: the month of the fixed "today"
THIS_MONTH = (2026, 11)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@dataclass(frozen=True)
class Cat:
    slug: str
    name: str
    parent: str | None = None


CATS: dict[str, Cat] = {
    "tin-tuc": Cat("tin-tuc", "Tin tức"),
    "tin-hoat-dong": Cat("tin-hoat-dong", "Tin hoạt động", "tin-tuc"),
    "nghien-cuu-trao-doi": Cat("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", "tin-tuc"),
    "thong-bao": Cat("thong-bao", "Thông báo"),
}
#: the sections articles belong to (the parent "Tin tức" only aggregates)
SECTIONS = ("tin-hoat-dong", "nghien-cuu-trao-doi", "thong-bao")
TAGS = {
    "dao-tao": "Đào tạo",
    "trung-cap-llct": "Trung cấp LLCT",
    "cao-cap-llct": "Cao cấp LLCT",
    "nghi-quyet": "Nghị quyết",
    "giang-vien": "Giảng viên",
}

UP = "/uploads/news"

# Story.opts: when (the CMS timestamp), dateline ("capnhat" | "thu" | "iso" | "none"), poster
# (the CMS login), author_field ("Tác giả" in the info line), views, tags, hot (in the slider),
# nfd (body stored decomposed), entities (body with character references), old_slug (the slug
# before the title was edited), attach (href, size), related (hand-picked "Tin liên quan").
# Img styles: "em" (centred image, centred italic line in parentheses), "fig" (figure with
# figcaption), "tbl" (two-row caption table), "center" (centred image, centred small italic
# line), "italic" (image, then an italic line), "bare" (image alone).
# P styles: "" paragraph, "b" (a bold sub-heading line), "li" (list item), "th"/"tr" (table rows).
STORIES: list[Story] = [
    Story(
        id=1486,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-112-he-khong-tap-trung",
        title="KHAI GIẢNG LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ KHÓA 112 HỆ KHÔNG TẬP TRUNG",
        cat="tin-hoat-dong",
        published_at="2026-11-20T08:30:00+07:00",
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Lê Văn Hậu, Hiệu trưởng Trường Chính trị tỉnh; đại"
                " diện lãnh đạo Ban Tổ chức Tỉnh ủy, các khoa, phòng của Trường cùng toàn thể học"
                " viên của lớp."
            ),
            Img(
                f"{UP}/2026/11/khai-giang-k112-1.jpg",
                "(Đồng chí Lê Văn Hậu, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học)",
                "Đồng chí Lê Văn Hậu, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "em",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hiệu trưởng nhấn mạnh: lớp học được tổ chức trong"
                " bối cảnh toàn tỉnh đang tập trung triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần"
                " thứ I, nhiệm kỳ 2025 - 2030 và vận hành mô hình chính quyền địa phương hai cấp."
                " Vì vậy, việc trang bị kiến thức lý luận chính trị, kỹ năng lãnh đạo, quản lý cho"
                " đội ngũ cán bộ cơ sở có ý nghĩa hết sức quan trọng."
            ),
            P(
                "Theo kế hoạch, lớp học kéo dài 08 tháng, học viên sẽ nghiên cứu 04 phần học với 19"
                " học phần, gồm: những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí"
                " Minh; những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam;"
                " những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật; lãnh đạo, quản"
                " lý của cấp ủy, chính quyền cấp cơ sở. Ngoài ra, học viên còn được đi nghiên cứu"
                " thực tế và viết tiểu luận cuối khóa."
            ),
            P(
                "Đồng chí đề nghị học viên phát huy tinh thần tự học, chấp hành nghiêm quy chế đào"
                " tạo, nội quy của Nhà trường; các khoa, phòng chuyên môn bố trí giảng viên có kinh"
                " nghiệm, đổi mới phương pháp giảng dạy, gắn lý luận với thực tiễn của địa phương."
            ),
            Img(
                f"{UP}/2026/11/khai-giang-k112-2.jpg",
                "(Quang cảnh Lễ khai giảng)",
                "Quang cảnh Lễ khai giảng",
                "em",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Hoàng Phúc</strong></p>\n'
                '<p style="text-align: right;"><strong>Ảnh: Thanh Tâm</strong></p>'
            ),
        ],
        authors=["Hoàng Phúc"],
        photographers=["Thanh Tâm"],
        summary=(
            "Sáng ngày 19/11/2026, Trường Chính trị tỉnh Cà Mau tổ chức Lễ khai giảng lớp Trung cấp"
            " lý luận chính trị khóa 112, hệ không tập trung, dành cho 86 học viên là cán bộ, công"
            " chức các xã, phường và các cơ quan, đơn vị trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        opts={
            "when": datetime(2026, 11, 20, 8, 30),
            "dateline": "capnhat",
            "poster": "bientap",
            "views": 412,
            "tags": ["dao-tao", "trung-cap-llct"],
            "hot": True,
            "related": [
                (
                    "/bai-viet/dang-bo-truong-to-chuc-hoi-nghi-hoc-tap-nghi-quyet-1465.html",
                    "Đảng bộ Trường tổ chức hội nghị học tập Nghị quyết",
                ),
                (
                    "/bai-viet/khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-109-1399.html",
                    "Khai giảng lớp Trung cấp lý luận chính trị khóa 109",
                ),
            ],
        },
    ),
    Story(
        id=1484,
        slug="lich-hoc-lop-trung-cap-ly-luan-chinh-tri-khoa-112-thang-12-2026",
        title="Lịch học lớp Trung cấp lý luận chính trị khóa 112 (tháng 12/2026)",
        cat="thong-bao",
        published_at="2026-11-18T16:45:00+07:00",
        blocks=[
            P(
                "Phòng Quản lý đào tạo và Nghiên cứu khoa học thông báo lịch học tháng 12/2026 của"
                " lớp Trung cấp lý luận chính trị khóa 112 (hệ không tập trung) như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Giảng viên", "th"),
            P(
                "01/12/2026 | Sáng | Học phần 1: Chủ nghĩa duy vật biện chứng | ThS. Võ Thành Nhân",
                "tr",
            ),
            P("02/12/2026 | Sáng | Học phần 1: Phép biện chứng duy vật | ThS. Võ Thành Nhân", "tr"),
            P(
                "08/12/2026 | Chiều | Học phần 2: Học thuyết hình thái kinh tế - xã hội | CN. Lâm Thị Bé Ba",
                "tr",
            ),
            P("15/12/2026 | Cả ngày | Ôn tập, thảo luận Phần I | Khoa Lý luận cơ sở", "tr"),
            P("22/12/2026 | Sáng | Thi hết Phần I | Phòng QLĐT&NCKH", "tr"),
            P(
                "Thời gian: buổi sáng từ 7 giờ 30 phút, buổi chiều từ 13 giờ 30 phút. Địa điểm: Hội"
                " trường B, Trường Chính trị tỉnh. Đề nghị học viên tham gia đầy đủ, đúng giờ."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 18, 16, 45),
            "dateline": "capnhat",
            "poster": "quantri",
            "views": 958,
            "tags": ["trung-cap-llct"],
        },
    ),
    Story(
        id=1479,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-12T14:15:00+07:00",
        blocks=[
            P(
                "Từ ngày 09 đến ngày 11/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên"
                " dạy giỏi cấp trường năm 2026. Đây là hoạt động thiết thực chào mừng kỷ niệm 44"
                " năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Tham gia Hội thi có 14 giảng viên đến từ 04 khoa chuyên môn: Khoa Lý luận cơ sở,"
                " Khoa Xây dựng Đảng, Khoa Nhà nước và pháp luật, Khoa Dân vận. Mỗi giảng viên thực"
                " hiện một bài giảng trên lớp trong thời gian 45 phút, được Ban Giám khảo đánh giá"
                " về nội dung, phương pháp, tác phong sư phạm và khả năng ứng dụng công nghệ thông"
                " tin."
            ),
            Img(
                f"{UP}/2026/11/hoi-thi-gvdg-1.jpg",
                "Giảng viên Khoa Xây dựng Đảng thực hiện bài giảng dự thi",
                "Giảng viên Khoa Xây dựng Đảng thực hiện bài giảng dự thi",
                "fig",
            ),
            P(
                "Qua 3 ngày thi, các bài giảng đều được đầu tư công phu, bám sát chương trình, giáo"
                " trình mới của Học viện Chính trị quốc gia Hồ Chí Minh; nhiều giảng viên đã liên hệ"
                " sinh động với thực tiễn của tỉnh sau sắp xếp đơn vị hành chính."
            ),
            Img(
                f"{UP}/2026/11/hoi-thi-gvdg-2.jpg",
                "Ban Giám khảo trao giải Nhất cho giảng viên Khoa Lý luận cơ sở",
                "Ban Giám khảo trao giải Nhất cho giảng viên Khoa Lý luận cơ sở",
                "fig",
            ),
            P(
                "Kết quả, Ban Tổ chức trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 04 giải Khuyến"
                " khích. Những giảng viên đạt giải cao sẽ được Nhà trường lựa chọn tham dự Hội thi"
                " giảng viên dạy giỏi các trường chính trị khu vực Tây Nam Bộ năm 2027."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Tin, ảnh: Trần Ngọc Hân</strong></em></p>'
            ),
        ],
        authors=["Trần Ngọc Hân"],
        photographers=["Trần Ngọc Hân"],
        opts={
            "when": datetime(2026, 11, 12, 14, 15),
            "dateline": "thu",
            "poster": "bientap",
            "views": 655,
            "tags": ["giang-vien"],
            "hot": True,
            "nfd": True,
        },
    ),
    Story(
        id=1476,
        slug="thong-bao-tuyen-sinh-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
        title="Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="thong-bao",
        published_at="2026-11-10T07:50:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch của Học viện Chính trị quốc gia Hồ Chí Minh, Trường Chính trị"
                " tỉnh thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm"
                " 2027 tại tỉnh Cà Mau. Đối tượng, tiêu chuẩn, hồ sơ và thời hạn nộp hồ sơ xem tại"
                " văn bản đính kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 10, 7, 50),
            "dateline": "capnhat",
            "poster": "quantri",
            "views": 1733,
            "tags": ["cao-cap-llct"],
            "attach": ("/uploads/files/2026/11/tb-tuyen-sinh-cao-cap-llct-2027.pdf", "245 KB"),
        },
    ),
    Story(
        id=1471,
        slug="hoc-vien-lop-cao-cap-ly-luan-chinh-tri-nghien-cuu-thuc-te-tai-xa-dat-mui",
        title="Học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại xã Đất Mũi",
        cat="tin-hoat-dong",
        published_at="2026-11-03T16:20:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 30 và 31/10/2026, Trường Chính trị tỉnh phối hợp với Đảng ủy xã Đất"
                " Mũi tổ chức cho 72 học viên lớp Cao cấp lý luận chính trị hệ không tập trung đi"
                " nghiên cứu thực tế về phát triển kinh tế biển gắn với bảo vệ rừng ngập mặn. Một"
                " số hình ảnh của chuyến đi:"
            ),
            Img(
                f"{UP}/2026/11/ntt-dat-mui-1.jpg",
                "Học viên nghe lãnh đạo Đảng ủy xã Đất Mũi báo cáo tình hình phát triển kinh tế - xã hội của địa phương",
                "Học viên nghe lãnh đạo Đảng ủy xã Đất Mũi báo cáo tình hình phát triển kinh tế - xã hội của địa phương",
                "tbl",
            ),
            Img(
                f"{UP}/2026/11/ntt-dat-mui-2.jpg",
                "Tham quan mô hình nuôi tôm - rừng kết hợp tại ấp Khai Long",
                "Tham quan mô hình nuôi tôm - rừng kết hợp tại ấp Khai Long",
                "tbl",
            ),
            Img(
                f"{UP}/2026/11/ntt-dat-mui-3.jpg",
                "Học viên chụp ảnh lưu niệm tại Mốc tọa độ quốc gia GPS 0001",
                "Học viên chụp ảnh lưu niệm tại Mốc tọa độ quốc gia GPS 0001",
                "tbl",
            ),
            Img(
                f"{UP}/2026/11/ntt-dat-mui-4.jpg",
                "Trao đổi với người dân về công tác giữ rừng ngập mặn",
                "Trao đổi với người dân về công tác giữ rừng ngập mặn",
                "tbl",
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lê Minh Khoa</strong></p>'),
        ],
        authors=["Lê Minh Khoa"],
        photographers=["Lê Minh Khoa"],
        opts={
            "when": datetime(2026, 11, 3, 16, 20),
            "dateline": "capnhat",
            "poster": "bientap",
            "views": 804,
            "tags": ["cao-cap-llct"],
            "hot": True,
        },
    ),
    Story(
        id=1468,
        slug="nang-cao-chat-luong-hoat-dong-nghien-cuu-thuc-te-cua-hoc-vien-tai-truong-chinh-tri-tinh",
        title="Nâng cao chất lượng hoạt động nghiên cứu thực tế của học viên tại Trường Chính trị tỉnh",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-30T15:20:00+07:00",
        blocks=[
            P(
                "Nghiên cứu thực tế là một khâu quan trọng trong chương trình đào tạo lý luận chính"
                " trị, giúp học viên gắn kết những kiến thức lý luận được trang bị trên lớp với thực"
                " tiễn sinh động ở địa phương, cơ sở. Quy định của Học viện Chính trị quốc gia Hồ"
                " Chí Minh xác định nghiên cứu thực tế là hoạt động bắt buộc đối với các hệ đào tạo"
                " cao cấp và trung cấp lý luận chính trị."
            ),
            P("1. Kết quả đạt được", "b"),
            P(
                "Những năm qua, Trường Chính trị tỉnh đã tổ chức cho học viên các lớp đi nghiên cứu"
                " thực tế tại nhiều địa phương, đơn vị có mô hình hay, cách làm sáng tạo. Nội dung"
                " nghiên cứu được xây dựng theo từng chủ đề, gắn với các học phần của chương trình;"
                " trước mỗi đợt, Nhà trường đều ban hành kế hoạch, đề cương và phân công giảng viên"
                " hướng dẫn."
            ),
            P(
                "Qua khảo sát 320 học viên các lớp trung cấp lý luận chính trị năm 2025 - 2026, có"
                " 87,5% học viên đánh giá hoạt động nghiên cứu thực tế giúp ích nhiều cho việc viết"
                " tiểu luận cuối khóa và công tác chuyên môn tại đơn vị."
            ),
            P("2. Một số hạn chế", "b"),
            P(
                "Bên cạnh kết quả đạt được, hoạt động nghiên cứu thực tế vẫn còn những hạn chế nhất"
                " định: thời gian nghiên cứu ngắn, một số địa điểm được lựa chọn chưa thật sự tiêu"
                " biểu; việc trao đổi giữa học viên với cán bộ cơ sở có lúc còn hình thức; báo cáo"
                " thu hoạch của một bộ phận học viên còn sơ sài, chưa đề xuất được giải pháp cụ thể."
            ),
            P("3. Giải pháp nâng cao chất lượng", "b"),
            P(
                "Một là, đổi mới khâu xây dựng kế hoạch, lựa chọn địa bàn nghiên cứu có mô hình"
                " điểm, phù hợp với nội dung học phần và đặc thù của tỉnh sau sắp xếp đơn vị hành"
                " chính.",
                "li",
            ),
            P(
                "Hai là, phát huy vai trò của giảng viên hướng dẫn, yêu cầu học viên chuẩn bị câu"
                " hỏi, chủ đề trao đổi trước khi đến cơ sở.",
                "li",
            ),
            P(
                "Ba là, gắn kết quả nghiên cứu thực tế với việc đánh giá học phần và đề tài tiểu"
                " luận cuối khóa; lựa chọn những báo cáo có chất lượng để giới thiệu trên Trang"
                " thông tin điện tử của Nhà trường.",
                "li",
            ),
            P(
                "Thực hiện đồng bộ các giải pháp trên sẽ góp phần nâng cao chất lượng đào tạo, bồi"
                " dưỡng, đáp ứng yêu cầu xây dựng đội ngũ cán bộ các cấp của tỉnh trong giai đoạn"
                " mới."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Trần Văn Lợi</strong><br />\n'
                "<em>Khoa Xây dựng Đảng</em></p>"
            ),
        ],
        authors=["Trần Văn Lợi"],
        opts={
            "when": datetime(2026, 10, 30, 15, 20),
            "dateline": "thu",
            "poster": "bientap",
            "views": 377,
            "tags": ["dao-tao"],
        },
    ),
    Story(
        id=1465,
        slug="dang-bo-truong-chinh-tri-tinh-hoc-tap-quan-triet-nghi-quyet-dai-hoi-dang-bo-tinh-lan-thu-i",
        title="Đảng bộ Trường Chính trị tỉnh học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I",
        cat="tin-hoat-dong",
        published_at="2026-10-27",
        blocks=[
            P(
                "Ngày 26/10/2026, Đảng bộ Trường Chính trị tỉnh tổ chức hội nghị học tập, quán"
                " triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần"
                " thứ I, nhiệm kỳ 2025 - 2030 cho toàn thể cán bộ, đảng viên trong Đảng bộ."
            ),
            P(
                "Tại hội nghị, các đại biểu được nghe báo cáo viên Ban Tuyên giáo và Dân vận Tỉnh"
                " ủy truyền đạt những nội dung cơ bản của Nghị quyết: mục tiêu tổng quát, các chỉ"
                " tiêu chủ yếu, ba khâu đột phá và các nhiệm vụ, giải pháp trọng tâm trên các lĩnh"
                " vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng Đảng, hệ thống"
                " chính trị."
            ),
            Img(
                "../uploads/news/2026/10/hoi-nghi-quan-triet-nq.jpg",
                "Báo cáo viên Ban Tuyên giáo và Dân vận Tỉnh ủy quán triệt Nghị quyết",
                "Báo cáo viên Ban Tuyên giáo và Dân vận Tỉnh ủy quán triệt Nghị quyết",
                "center",
            ),
            P(
                "Sau hội nghị, mỗi cán bộ, đảng viên viết bài thu hoạch và xây dựng kế hoạch cá"
                " nhân thực hiện Nghị quyết; các chi bộ đưa nội dung Nghị quyết vào sinh hoạt"
                " thường kỳ, gắn với việc đổi mới nội dung, chương trình giảng dạy tại Nhà trường."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thanh Tùng</strong></p>'),
        ],
        authors=["Nguyễn Thanh Tùng"],
        opts={
            "when": datetime(2026, 10, 27, 15, 42),
            "dateline": "iso",
            "poster": "admin",
            "views": 290,
            "tags": ["nghi-quyet"],
            "entities": True,
            "old_slug": "dang-bo-truong-to-chuc-hoi-nghi-hoc-tap-nghi-quyet",
        },
    ),
    Story(
        id=1461,
        slug="thong-bao-nghi-hoc-ngay-20-10-2026",
        title="Thông báo nghỉ học ngày 20/10/2026",
        cat="thong-bao",
        published_at="2026-10-19T17:00:00+07:00",
        blocks=[
            P(
                "Nhân dịp kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 -"
                " 20/10/2026), Nhà trường cho các lớp Trung cấp lý luận chính trị khóa 110, 111 nghỉ"
                " học ngày 20/10/2026 (thứ Ba). Lịch học bù sẽ được thông báo sau."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 19, 17, 0),
            "dateline": "thu",
            "poster": "quantri",
            "views": 521,
            "tags": [],
        },
    ),
    Story(
        id=1458,
        slug="truong-chinh-tri-tinh-lam-viec-voi-hoc-vien-chinh-tri-khu-vuc-iv",
        title="Trường Chính trị tỉnh làm việc với Học viện Chính trị khu vực IV",
        cat="tin-hoat-dong",
        published_at="2026-10-15T10:05:00+07:00",
        blocks=[
            Img("https://baocamau.vn/media/2026/10/14/lam-viec-hvctkv4.jpg", None, None, "bare"),
            P(
                "Tại buổi làm việc, lãnh đạo Trường Chính trị tỉnh báo cáo kết quả phối hợp tổ chức"
                " các lớp Cao cấp lý luận chính trị hệ không tập trung tại tỉnh giai đoạn 2021 -"
                " 2026. Trong 5 năm, hai bên đã phối hợp mở 6 lớp với 512 học viên, trong đó 498 học"
                " viên đã tốt nghiệp."
            ),
            P(
                "Nhà trường đề nghị Học viện tiếp tục hỗ trợ đội ngũ giảng viên tham gia các lớp bồi"
                " dưỡng chuyên môn, nghiệp vụ; phối hợp tổ chức hội thảo khoa học về thực tiễn xây"
                " dựng chính quyền địa phương hai cấp ở tỉnh Cà Mau sau sắp xếp."
            ),
            P(
                "Phát biểu kết luận, PGS.TS Nguyễn Văn Quang đánh giá cao sự chủ động của Nhà trường"
                " và thống nhất trong năm 2027 sẽ phối hợp mở thêm 2 lớp Cao cấp lý luận chính trị"
                " tại tỉnh."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Cà Mau</em></p>'),
        ],
        source="Báo Cà Mau",
        summary=(
            "Ngày 14/10/2026, Đoàn công tác của Học viện Chính trị khu vực IV do PGS.TS Nguyễn Văn"
            " Quang, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị"
            " tỉnh Cà Mau về công tác phối hợp đào tạo, bồi dưỡng cán bộ."
        ),
        sapo_outside=True,
        opts={
            "when": datetime(2026, 10, 15, 10, 5),
            "dateline": "capnhat",
            "poster": "bientap",
            "views": 688,
            "tags": ["cao-cap-llct"],
            "hot": True,
        },
    ),
    Story(
        id=1450,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-09-30",
        blocks=[
            P(
                "Chiều ngày 29/9/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ"
                " chức bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm"
                " 2026."
            ),
            P(
                "Trong thời gian 5 ngày, 95 học viên là trưởng các ban, ngành, đoàn thể cấp xã,"
                " trưởng ấp, khóm đã được nghiên cứu 9 chuyên đề về quan điểm của Đảng về quốc"
                " phòng, an ninh; xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; công"
                " tác bảo vệ chủ quyền biển, đảo và phòng, chống chiến lược “diễn biến hòa bình”."
            ),
            Img(
                f"{UP}/2026/09/z6931047718264_5b8e1c0f2a7d4e63b1f9.jpg",
                "z6931047718264_5b8e1c0f2a7d4e63b1f9.jpg",
                None,
                "center",
            ),
            P(
                "Kết thúc khóa học, 100% học viên hoàn thành bài kiểm tra, trong đó 41 học viên đạt"
                " loại giỏi, 54 học viên đạt loại khá."
            ),
        ],
        authors=["Minh Thư"],
        opts={
            "when": datetime(2026, 9, 30, 0, 0),
            "dateline": "capnhat",
            "poster": "bientap",
            "author_field": "Minh Thư",
            "views": 233,
            "tags": [],
        },
    ),
    Story(
        id=1442,
        slug="chi-doan-truong-chinh-tri-ra-quan-huong-ung-ngay-chu-nhat-xanh",
        title="Chi đoàn Trường Chính trị ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        cat="tin-hoat-dong",
        published_at="2026-09-13",
        blocks=[
            P(
                "Sáng Chủ nhật 13/9, Chi đoàn Trường Chính trị tỉnh phối hợp với Đoàn Thanh niên"
                " phường An Xuyên tổ chức ra quân hưởng ứng “Ngày Chủ nhật xanh”, dọn vệ sinh, phát"
                " quang bụi rậm và trồng 200 cây xanh dọc tuyến đường Lê Lợi."
            ),
            Img(
                f"{UP}/2026/09/chu-nhat-xanh.jpg",
                "Đoàn viên thanh niên trồng cây xanh trên tuyến đường Lê Lợi",
                "Đoàn viên thanh niên trồng cây xanh trên tuyến đường Lê Lợi",
                "italic",
            ),
            P(
                "Hoạt động nhằm nâng cao ý thức bảo vệ môi trường, xây dựng cảnh quan sáng - xanh -"
                " sạch - đẹp, đồng thời góp phần thực hiện thắng lợi chỉ tiêu trồng cây xanh năm"
                " 2026 của tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Phạm Thị Kiều</strong></p>'),
        ],
        authors=["Phạm Thị Kiều"],
        photographers=["Phạm Thị Kiều"],
        opts={
            "when": datetime(2026, 9, 13, 9, 12),
            "dateline": "none",
            "poster": "bientap",
            "views": 149,
            "tags": [],
        },
    ),
    Story(
        id=1437,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị",
        cat="nghien-cuu-trao-doi",
        published_at="2026-09-08",
        blocks=[
            P(
                "Phương pháp dạy học tích cực là cách thức tổ chức dạy học hướng tới việc phát huy"
                " tính chủ động, sáng tạo của người học; giảng viên giữ vai trò tổ chức, hướng dẫn,"
                " còn học viên trực tiếp tham gia vào quá trình lĩnh hội tri thức."
            ),
            P(
                "Đối tượng học viên tại trường chính trị tỉnh là cán bộ, công chức đang công tác, đã"
                " có kinh nghiệm thực tiễn. Vì vậy, các phương pháp như thảo luận nhóm, nêu vấn đề,"
                " tình huống, xêmina nếu được vận dụng hợp lý sẽ giúp bài giảng sinh động, khơi gợi"
                " được vốn hiểu biết và kinh nghiệm của người học."
            ),
            P(
                "Để vận dụng hiệu quả, giảng viên cần thiết kế bài giảng theo hướng mở, chuẩn bị hệ"
                " thống tình huống gắn với thực tiễn địa phương; đồng thời Nhà trường cần đầu tư cơ"
                " sở vật chất, phòng học thông minh và có cơ chế khuyến khích giảng viên đổi mới"
                " phương pháp."
            ),
        ],
        authors=["Nguyễn Thị Mỹ Linh"],
        opts={
            "when": datetime(2026, 9, 8, 9, 30),
            "dateline": "iso",
            "poster": "admin",
            "author_field": "Nguyễn Thị Mỹ Linh",
            "views": 1204,
            "tags": ["giang-vien"],
        },
    ),
]

_LATEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: date
    kind: str
    issuer: str
    signer: str
    abstract: str
    slug: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}-{self.id}.html"

    @property
    def file(self) -> str:
        return f"/uploads/files/vanban/{self.issued:%Y}/{self.slug}.pdf"


DOCS: list[Doc] = [
    Doc(21, "45-TB/TCT", date(2026, 11, 16), "Thông báo", "Trường Chính trị tỉnh", "Lê Văn Hậu",
        "Thông báo kết luận của Ban Giám hiệu tại cuộc họp giao ban tháng 11/2026", "tb-ket-luan-giao-ban-thang-11-2026"),
    Doc(20, "312/KH-TCT", date(2026, 11, 2), "Kế hoạch", "Trường Chính trị tỉnh", "Lê Văn Hậu",
        "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026", "kh-hoi-thi-giang-vien-day-gioi-2026"),
    Doc(19, "298/QĐ-TCT", date(2026, 10, 20), "Quyết định", "Trường Chính trị tỉnh", "Lê Văn Hậu",
        "Quyết định mở lớp Trung cấp lý luận chính trị khóa 112, hệ không tập trung", "qd-mo-lop-trung-cap-llct-khoa-112"),
    Doc(18, "05-HD/TCT", date(2026, 10, 5), "Hướng dẫn", "Trường Chính trị tỉnh", "Đỗ Thị Hồng Nhung",
        "Hướng dẫn viết tiểu luận cuối khóa lớp Trung cấp lý luận chính trị", "hd-viet-tieu-luan-cuoi-khoa"),
    Doc(17, "267/KH-TCT", date(2026, 9, 15), "Kế hoạch", "Trường Chính trị tỉnh", "Lê Văn Hậu",
        "Kế hoạch đào tạo, bồi dưỡng năm 2027", "kh-dao-tao-boi-duong-nam-2027"),
    Doc(16, "12-QĐ/TU", date(2026, 9, 1), "Quyết định", "Tỉnh ủy Cà Mau", "Thường trực Tỉnh ủy",
        "Quy định chức năng, nhiệm vụ, tổ chức bộ máy của Trường Chính trị tỉnh", "qd-chuc-nang-nhiem-vu-truong-chinh-tri"),
    Doc(15, "230/TCT", date(2026, 8, 20), "Công văn", "Trường Chính trị tỉnh", "Đỗ Thị Hồng Nhung",
        "Về việc cử cán bộ tham gia lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4", "cv-cu-can-bo-boi-duong-qpan-doi-tuong-4"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}


@dataclass(frozen=True)
class Event:
    id: int
    slug: str
    title: str
    when: datetime
    place: str
    chair: str

    @property
    def path(self) -> str:
        return f"/su-kien/{self.slug}-{self.id}.html"


EVENTS: list[Event] = [
    Event(58, "le-be-giang-lop-cao-cap-ly-luan-chinh-tri-2025-2026", "Lễ bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung 2025 - 2026",
          datetime(2026, 11, 27, 8, 0), "Hội trường A, Trường Chính trị tỉnh", "Ban Giám hiệu"),
    Event(57, "toa-dam-ky-niem-ngay-nha-giao-viet-nam", "Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
          datetime(2026, 11, 19, 14, 0), "Phòng họp số 2", "Công đoàn Trường"),
    Event(56, "hoi-thi-giang-vien-day-gioi-cap-truong", "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
          datetime(2026, 11, 9, 7, 30), "Hội trường B", "Phòng Quản lý đào tạo và Nghiên cứu khoa học"),
    Event(59, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2027", "Hội nghị viên chức, người lao động năm 2027",
          datetime(2026, 12, 18, 8, 0), "Hội trường A", "Ban Giám hiệu - Công đoàn Trường"),
    Event(55, "hoi-nghi-giao-ban-cong-tac-dao-tao-quy-iii", "Hội nghị giao ban công tác đào tạo quý III",
          datetime(2026, 10, 6, 8, 0), "Phòng họp số 1", "Ban Giám hiệu"),
]  # fmt: skip
_EVENT_BY_ID = {e.id: e for e in EVENTS}

#: static pages: path -> (menu title, paragraphs)
PAGES: dict[str, tuple[str, list[str]]] = {
    "/trang/lich-su-hinh-thanh.html": (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Cà Mau tiền thân là Trường Đảng tỉnh Minh Hải, được thành lập năm"
            " 1977. Năm 1997, khi tái lập tỉnh Cà Mau, Trường được đổi tên thành Trường Chính trị tỉnh"
            " Cà Mau.",
            "Ngày 01/7/2025, thực hiện chủ trương sắp xếp đơn vị hành chính, Trường Chính trị tỉnh Cà"
            " Mau và Trường Chính trị Châu Văn Đặng tỉnh Bạc Liêu được hợp nhất thành Trường Chính trị"
            " tỉnh Cà Mau (mới).",
        ],
    ),
    "/trang/chuc-nang-nhiem-vu.html": (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng tham mưu cho"
            " Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ; tổ chức đào tạo, bồi dưỡng cán bộ lãnh"
            " đạo, quản lý của hệ thống chính trị ở cơ sở.",
        ],
    ),
    "/trang/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học.",
            "Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân"
            " vận.",
        ],
    ),
}

#: photo albums and videos of the libraries
ALBUMS = [
    (
        31,
        "le-khai-giang-lop-trung-cap-llct-khoa-112",
        "Lễ khai giảng lớp Trung cấp LLCT khóa 112",
        6,
    ),
    (30, "nghien-cuu-thuc-te-tai-xa-dat-mui", "Nghiên cứu thực tế tại xã Đất Mũi", 8),
    (29, "hoi-thi-giang-vien-day-gioi-2026", "Hội thi giảng viên dạy giỏi năm 2026", 5),
]
VIDEOS = [
    (14, "Phóng sự: Trường Chính trị tỉnh Cà Mau - 49 năm xây dựng và phát triển", "a8Xk2Lq0TfE"),
    (13, "Lễ khai giảng lớp Cao cấp lý luận chính trị năm 2026", "Qp7mZ3vRt1c"),
    (12, "Hội thi giảng viên dạy giỏi cấp trường năm 2024", "Hy5nB0wKd8s"),
]


def article_path(story: Story) -> str:
    return f"/bai-viet/{story.slug}-{story.id}.html"


def old_path(story: Story) -> str | None:
    old = story.opts.get("old_slug")
    return f"/bai-viet/{old}-{story.id}.html" if old else None


def in_cat(slug: str, sort: str = "moi-nhat") -> list[Story]:
    members = [s for s in _LATEST if s.cat == slug or CATS[s.cat].parent == slug]
    if sort == "xem-nhieu":
        members.sort(key=lambda s: s.opts["views"], reverse=True)
    return members


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


SORTS = ("moi-nhat", "xem-nhieu")
SOFT_404 = "/bai-viet/khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-109-1399.html"

# ------------------------------------------------------------------------- the gold (by hand)

# Written by hand from the stories above; notes on the judgement calls:
# 1486 headline typed in capitals (kept); sapo field = summary; "(…)" lines under photos are
#      captions without the parentheses; "Tin:"/"Ảnh:" lines.
# 1484 a timetable: the bold head row and every row are body lines; no byline ("quantri" is a login).
# 1479 body stored decomposed (NFD); figcaptions; "Tin, ảnh:" gives both lists; old v2 date line.
# 1476 one paragraph plus a PDF in the attachment box (not body); no author.
# 1471 photo story: one paragraph, four caption tables; "Bài, ảnh:" gives both lists.
# 1468 long essay: bold sub-headings and list items are body lines; the signature is the author's
#      name, the unit line under it is dropped; old v2 date line.
# 1465 renamed after publication: the old slug URL is an alt path; body with character
#      references; image src relative ("../uploads/…"); bare right-aligned name = author;
#      "Ngày đăng: 2026-10-27" is a date only.
# 1461 one-paragraph notice; old v2 date line.
# 1458 sapo field; photo hot-linked from the newspaper, no line under it; "Nguồn:" = source.
# 1450 "Cập nhật lúc 00:00": date only; the line under the photo is a Zalo file name (no caption);
#      the CMS "Tác giả" field gives the author.
# 1442 date line switched off: the listing date (13/09/2026); "Tin và ảnh:" gives both lists.
# 1437 imported article: date only; author from the "Tác giả" field; no image.
GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat].name,
        alt_paths=[p] if (p := old_path(s)) else (),
    )
    for s in _LATEST
]


def _cal_months() -> list[tuple[int, int]]:
    """The months the calendar links reach within two steps of the widget's month."""
    y, m = THIS_MONTH
    return [((y * 12 + m - 1 + d) // 12, (y * 12 + m - 1 + d) % 12 + 1) for d in range(-2, 3)]


def _listing_targets() -> list[str]:
    """Category pages, their sort links, noscript pager pages and the ajax fragments."""
    out: list[str] = []
    for c in CATS:
        pages = _pages(len(in_cat(c)), PER_PAGE)
        out.append(f"/chuyen-muc/{c}.html")
        out += [f"/chuyen-muc/{c}.html?sap-xep={o}" for o in SORTS]
        if pages > 1:
            out += [f"/chuyen-muc/{c}.html?page={n}" for n in range(1, pages + 1)]
            out += [f"/chuyen-muc/{c}.html?page={n}&sap-xep=xem-nhieu" for n in range(1, pages + 1)]
            out += [f"/ajax/chuyen-muc?slug={c}&page={n}" for n in range(2, pages + 1)]
            out += [
                f"/ajax/chuyen-muc?slug={c}&page={n}&sap-xep=xem-nhieu" for n in range(2, pages + 1)
            ]
    return out


NON_ARTICLES: list[str] = [
    "/",
    *_listing_targets(),
    "/van-ban.html",
    *(f"/van-ban.html?trang={n}" for n in range(1, _pages(len(DOCS), DOCS_PER_PAGE) + 1)),
    *(d.path for d in DOCS),
    *(e.path for e in EVENTS),
    "/lich-su-kien.html",
    *(f"/lich-su-kien.html?thang={m}&nam={y}" for y, m in _cal_months()),
    *(f"/in-bai-viet/{s.id}.html" for s in STORIES),
    *PAGES,
    "/lien-he.html",
    "/thu-vien-anh.html",
    *(f"/thu-vien-anh/{slug}-{aid}.html" for aid, slug, _, _ in ALBUMS),
    "/thu-vien-video.html",
    *(f"/thu-vien-video.html?v={v}" for v, _, _ in VIDEOS),
    "/binh-chon/ket-qua.html?id=3",
    "/so-do-website.html",
    "/tim-kiem.html",
    *(f"/tim-kiem.html?tag={t}" for t in TAGS),
    SOFT_404,
]


# ------------------------------------------------------------------------- rendering helpers


def _t(value: str, story: Story | None = None) -> str:
    """Body text as stored by the editor: escaped; some articles decomposed or with references."""
    if story is None:
        return esc(value)
    return text(
        value, nfd=bool(story.opts.get("nfd")), entities=2 if story.opts.get("entities") else 0
    )


def _dmy(when: datetime | date) -> str:
    return f"{when:%d/%m/%Y}"


def _dateline(story: Story) -> str:
    when: datetime = story.opts["when"]
    kind = story.opts["dateline"]
    if kind == "capnhat":
        return f"Cập nhật lúc {when:%H:%M} ngày {_dmy(when)}"
    if kind == "thu":
        return f"{WEEKDAYS[when.weekday()]}, {_dmy(when)} - {when:%H:%M}"
    if kind == "iso":
        return f"Ngày đăng: {when:%Y-%m-%d}"
    return ""


def _img_tag(img: Img, story: Story) -> str:
    alt = esc(story.title) if img.style != "bare" else ""
    return f'<img src="{esc(img.src)}" alt="{alt}" width="640" height="427" />'


def _render_img(img: Img, story: Story) -> str:
    tag = _img_tag(img, story)
    line = _t(img.printed, story) if img.printed else ""
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    if img.style == "fig":
        return f'<figure class="image">{tag}\n<figcaption>{line}</figcaption>\n</figure>'
    if img.style == "tbl":
        return (
            '<table class="dm-img-caption" style="margin-left: auto; margin-right: auto;" border="0">'
            f"<tbody>\n<tr><td>{tag}</td></tr>\n"
            f'<tr><td style="text-align: center;"><em>{line}</em></td></tr>\n</tbody></table>'
        )
    if img.style == "center":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><span style="font-size: 10pt;"><em>{line}</em></span></p>'
        )
    if img.style == "italic":
        return f"<p>{tag}</p>\n<p><em>{line}</em></p>"
    return f'<p style="text-align: center;">{tag}</p>'


def _body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = row.text.split(" | ")
                if row.style == "th":
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{_t(c, story)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(c, story)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%;" border="1" cellpadding="4">'
                "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
            )
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f'<li style="text-align: justify;">{_t(blocks[i].text, story)}</li>')
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(b, P):
            if b.style == "b":
                out.append(
                    f'<p style="text-align: justify;"><strong>{_t(b.text, story)}</strong></p>'
                )
            else:
                out.append(f'<p style="text-align: justify;">{_t(b.text, story)}</p>')
        elif isinstance(b, Img):
            out.append(_render_img(b, story))
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _plain(story: Story) -> str:
    """The listing description: the sapo or the start of the first paragraph."""
    if story.summary:
        return story.summary
    first = story.paragraphs[0]
    if len(first) <= 160:
        return first
    return first[:160].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    for img in story.images:
        if img.src.startswith("/uploads/"):
            folder, name = img.src.rsplit("/", 1)
            return f"{folder}/thumb_{name}"
    return f"{THEME}/images/no-image.jpg"


# ------------------------------------------------------------------------- page chrome


def _menu() -> str:
    def dropdown(ident: str, label: str, href: str, items: list[tuple[str, str]]) -> str:
        links = "".join(f'<a class="dropdown-item" href="{h}">{esc(t)}</a>' for h, t in items)
        return (
            f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{href}" id="{ident}" '
            f'role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{label}</a>'
            f'<div class="dropdown-menu" aria-labelledby="{ident}">{links}</div></li>'
        )

    return (
        '<nav class="navbar navbar-expand-lg navbar-dark dm-mainnav"><div class="container">'
        '<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#dmNav" '
        'aria-controls="dmNav" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>'
        '<div class="collapse navbar-collapse" id="dmNav"><ul class="navbar-nav mr-auto">'
        '<li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i> Trang chủ</a></li>'
        + dropdown(
            "mnuGT",
            "Giới thiệu",
            "/trang/lich-su-hinh-thanh.html",
            [(p, t) for p, (t, _) in PAGES.items()],
        )
        + dropdown(
            "mnuTT",
            "Tin tức",
            "/chuyen-muc/tin-tuc.html",
            [
                ("/chuyen-muc/tin-hoat-dong.html", "Tin hoạt động"),
                ("/chuyen-muc/nghien-cuu-trao-doi.html", "Nghiên cứu - Trao đổi"),
            ],
        )
        + '<li class="nav-item"><a class="nav-link" href="/chuyen-muc/thong-bao.html">Thông báo</a></li>'
        '<li class="nav-item"><a class="nav-link" href="/van-ban.html">Văn bản</a></li>'
        + dropdown(
            "mnuTV",
            "Thư viện",
            "/thu-vien-anh.html",
            [("/thu-vien-anh.html", "Thư viện ảnh"), ("/thu-vien-video.html", "Thư viện video")],
        )
        + '<li class="nav-item"><a class="nav-link" href="/lien-he.html">Liên hệ</a></li>'
        "</ul></div></div></nav>"
    )


def _header() -> str:
    return (
        '<div class="dm-topbar"><div class="container d-flex justify-content-between">'
        f'<span class="dm-today"><i class="fa fa-calendar"></i> {TODAY}</span>'
        '<ul class="list-inline mb-0 dm-toplinks"><li class="list-inline-item"><a href="/so-do-website.html">Sơ đồ website</a></li>'
        '<li class="list-inline-item"><a href="/lien-he.html">Liên hệ</a></li>'
        '<li class="list-inline-item"><a href="https://mail.camau.gov.vn" target="_blank">Thư điện tử</a></li></ul>'
        "</div></div>\n"
        '<header class="dm-header"><div class="container d-flex align-items-center">'
        f'<a class="dm-logo" href="/"><img src="{THEME}/images/logo-tct.png" alt="{SITE}" height="90" /></a>'
        '<div class="dm-brand"><p class="dm-brand-top">ĐẢNG BỘ TỈNH CÀ MAU</p>'
        '<p class="dm-brand-name">TRƯỜNG CHÍNH TRỊ TỈNH CÀ MAU</p>'
        '<p class="dm-brand-slogan">Đoàn kết - Kỷ cương - Chất lượng - Đổi mới</p></div>'
        '<form class="dm-search form-inline ml-auto" action="/tim-kiem.html" method="get">'
        '<input class="form-control form-control-sm" type="text" name="q" placeholder="Nhập từ khóa tìm kiếm..." />'
        '<button class="btn btn-sm btn-warning" type="submit"><i class="fa fa-search"></i></button></form>'
        "</div></header>\n" + _menu()
    )


def _box(title: str, inner: str, cls: str = "", more: str | None = None) -> str:
    link = (
        f'<a class="dm-box-more" href="{more}">Xem tất cả <i class="fa fa-angle-right"></i></a>'
        if more
        else ""
    )
    return (
        f'<div class="dm-box {cls}"><div class="dm-box-head"><h2 class="dm-box-title">{title}</h2>{link}</div>'
        f'<div class="dm-box-body">{inner}</div></div>'
    )


def _calendar_table(year: int, month: int, link_days: bool = True) -> str:
    first = date(year, month, 1)
    days = calendar.monthrange(year, month)[1]
    events = {e.when.day: e for e in EVENTS if (e.when.year, e.when.month) == (year, month)}
    cells = ["<td></td>"] * first.weekday()
    for d in range(1, days + 1):
        ev = events.get(d)
        today = ' class="today"' if (year, month, d) == (2026, 11, 25) else ""
        if ev and link_days:
            cells.append(
                f'<td class="has-event"><a href="{ev.path}" title="{esc(ev.title)}">{d}</a></td>'
            )
        else:
            cells.append(f"<td{today}>{d}</td>")
    while len(cells) % 7:
        cells.append("<td></td>")
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    head = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    return (
        f'<table class="dm-cal-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
    )


def _month_link(year: int, month: int, delta: int) -> str:
    idx = year * 12 + (month - 1) + delta
    return f"/lich-su-kien.html?thang={idx % 12 + 1}&amp;nam={idx // 12}"


def _sidebar() -> str:
    newest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in _LATEST[:5]
    )
    most = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]
    most_html = "".join(
        f'<li><span class="num">{i + 1}</span><a href="{article_path(s)}">{esc(s.title)}</a> '
        f'<span class="views">({s.opts["views"]} lượt xem)</span></li>'
        for i, s in enumerate(most)
    )
    docs = "".join(
        f'<li><a href="{d.path}"><b>Số: {esc(d.number)}</b></a><p>{esc(d.abstract)}</p>'
        f'<span class="date">Ban hành: {_dmy(d.issued)}</span></li>'
        for d in DOCS[:4]
    )
    y, m = THIS_MONTH
    cal = (
        f'<div class="dm-cal" data-month="{m}" data-year="{y}"><div class="dm-cal-head">'
        f'<a class="cal-prev" href="{_month_link(y, m, -1)}" title="Tháng trước">&lsaquo;</a>'
        f"<span>Tháng {m}/{y}</span>"
        f'<a class="cal-next" href="{_month_link(y, m, 1)}" title="Tháng sau">&rsaquo;</a></div>'
        f"{_calendar_table(y, m)}</div>"
    )
    poll = (
        '<form class="dm-poll" action="/binh-chon.html" method="post"><p class="q">Bạn đánh giá thế nào về giao diện'
        ' Trang thông tin điện tử của Nhà trường?</p><input type="hidden" name="poll_id" value="3" />'
        '<div class="custom-control custom-radio"><input type="radio" id="pa1" name="answer" value="7" class="custom-control-input" />'
        '<label class="custom-control-label" for="pa1">Đẹp, dễ sử dụng</label></div>'
        '<div class="custom-control custom-radio"><input type="radio" id="pa2" name="answer" value="8" class="custom-control-input" />'
        '<label class="custom-control-label" for="pa2">Bình thường</label></div>'
        '<div class="custom-control custom-radio"><input type="radio" id="pa3" name="answer" value="9" class="custom-control-input" />'
        '<label class="custom-control-label" for="pa3">Cần cải tiến thêm</label></div>'
        '<button type="submit" class="btn btn-sm btn-danger">Bình chọn</button> '
        '<a class="btn btn-sm btn-outline-secondary" href="/binh-chon/ket-qua.html?id=3">Xem kết quả</a></form>'
    )
    links = (
        "<select class=\"form-control form-control-sm\" onchange=\"if(this.value!='')window.open(this.value,'_blank')\">"
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://camau.dcs.vn">Báo điện tử Đảng bộ tỉnh Cà Mau</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://hcma4.hcma.vn">Học viện Chính trị khu vực IV</option>'
        '<option value="https://baocamau.vn">Báo Cà Mau</option>'
        '<option value="https://www.camau.gov.vn">Cổng thông tin điện tử tỉnh Cà Mau</option></select>'
    )
    counter = (
        '<ul class="dm-counter list-unstyled mb-0">'
        '<li><i class="fa fa-user"></i> Đang online: <b>17</b></li>'
        '<li><i class="fa fa-calendar-o"></i> Hôm nay: <b>356</b></li>'
        '<li><i class="fa fa-calendar"></i> Hôm qua: <b>512</b></li>'
        '<li><i class="fa fa-bar-chart"></i> Tổng lượt truy cập: <b>1.204.377</b></li></ul>'
    )
    return (
        '<aside class="col-lg-4 dm-sidebar">'
        + _box("Tin mới", f'<ul class="dm-list-simple">{newest}</ul>', "box-new")
        + _box("Tin xem nhiều", f'<ul class="dm-list-rank">{most_html}</ul>', "box-hot")
        + _box("Văn bản mới", f'<ul class="dm-list-docs">{docs}</ul>', "box-docs", "/van-ban.html")
        + _box("Lịch sự kiện", cal, "box-cal")
        + _box("Thăm dò ý kiến", poll, "box-poll")
        + _box("Liên kết website", links, "box-links")
        + _box("Thống kê truy cập", counter, "box-counter")
        + "</aside>"
    )


def _footer() -> str:
    return (
        '<footer class="dm-footer"><div class="container"><div class="row">'
        '<div class="col-md-8"><p class="dm-footer-name">TRƯỜNG CHÍNH TRỊ TỈNH CÀ MAU</p>'
        "<p>Cơ quan chủ quản: Tỉnh ủy Cà Mau</p>"
        "<p>Địa chỉ: Số 09, đường Lê Lợi, phường An Xuyên, tỉnh Cà Mau</p>"
        "<p>Điện thoại: 0290.3831.245 - Fax: 0290.3831.246 - Email: truongchinhtri@camau.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: TS. Lê Văn Hậu - Hiệu trưởng</p></div>"
        '<div class="col-md-4 text-md-right"><p>Bản quyền &copy; 2019 Trường Chính trị tỉnh Cà Mau</p>'
        "<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>"
        '<p class="dm-credit">Thiết kế và phát triển: <a href="https://dmsoft.com.vn" target="_blank">Công ty TNHH Phần mềm Đất Mũi (DMSoft)</a></p></div>'
        '</div></div><a href="#" class="dm-totop" title="Về đầu trang"><i class="fa fa-chevron-up"></i></a></footer>'
    )


_SCRIPT = """<script src="/public/js/jquery-3.5.1.min.js"></script>
<script src="/public/js/bootstrap.bundle.min.js"></script>
<script src="/public/js/owl.carousel.min.js"></script>
<script>
$(function(){
  $(document).on('click', '.dm-loadmore', function(){
    var btn = $(this), wrap = btn.closest('.dm-more-wrap');
    btn.prop('disabled', true).html('<i class="fa fa-spinner fa-spin"></i> Đang tải...');
    $.get(btn.data('url'), function(res){
      wrap.remove();
      $(btn.data('target')).append(res);
    });
  });
  $('.dm-fontsize').on('click', function(e){ e.preventDefault();
    var el = $('.dm-post-body'), fs = parseInt(el.css('font-size'));
    el.css('font-size', (fs + parseInt($(this).data('step'))) + 'px'); });
});
</script>"""


def _page(
    base: str,
    title: str,
    content: str,
    *,
    crumbs: list[tuple[str, str]] | None = None,
    canonical: str | None = None,
    head: str = "",
    description: str = "Trang thông tin điện tử Trường Chính trị tỉnh Cà Mau",
) -> str:
    trail = ""
    if crumbs is not None:
        items = "".join(
            f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs
        )
        trail = (
            '<nav aria-label="breadcrumb"><ol class="breadcrumb dm-breadcrumb">'
            f'<li class="breadcrumb-item"><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>{items}</ol></nav>'
        )
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<title>{title}</title>
<meta name="description" content="{esc(description)}" />
<meta name="keywords" content="truong chinh tri ca mau, dao tao ly luan chinh tri, trung cap llct" />
<meta name="generator" content="DMSoft Portal v3.2" />
{canon}{head}<link rel="shortcut icon" href="/favicon.ico" />
<link rel="stylesheet" href="/public/css/bootstrap.min.css" />
<link rel="stylesheet" href="/public/css/font-awesome.min.css" />
<link rel="stylesheet" href="/public/css/owl.carousel.min.css" />
<link rel="stylesheet" href="{THEME}/css/style.css?v=3.2.7" />
</head>
<body>
{_header()}
<div class="container dm-wrap">
{trail}
<div class="row">
<div class="col-lg-8 dm-main">
{content}
</div>
{_sidebar()}
</div>
</div>
{_footer()}
{_SCRIPT}
</body>
</html>"""


def _crumbs(cat: str) -> list[tuple[str, str]]:
    c = CATS[cat]
    trail = [(f"/chuyen-muc/{c.parent}.html", CATS[c.parent].name)] if c.parent else []
    return [*trail, (f"/chuyen-muc/{c.slug}.html", c.name)]


# ------------------------------------------------------------------------- pages


def _article(story: Story, base: str) -> str:
    info = []
    if story.opts["dateline"] != "none":
        info.append(
            f'<span class="dm-date"><i class="fa fa-clock-o"></i> {_dateline(story)}</span>'
        )
    info.append(
        f'<span class="dm-views"><i class="fa fa-eye"></i> Lượt xem: {story.opts["views"]}</span>'
    )
    if story.opts.get("author_field"):
        info.append(
            f'<span class="dm-author"><i class="fa fa-pencil"></i> Tác giả: {esc(story.opts["author_field"])}</span>'
        )
    info.append(
        f'<span class="dm-poster"><i class="fa fa-user"></i> Người đăng: {story.opts["poster"]}</span>'
    )
    url = base + article_path(story)
    tools = (
        '<div class="dm-post-tools">'
        '<a href="#" class="dm-fontsize" data-step="-1" title="Giảm cỡ chữ">A-</a>'
        '<a href="#" class="dm-fontsize" data-step="1" title="Tăng cỡ chữ">A+</a>'
        f'<a href="/in-bai-viet/{story.id}.html" target="_blank" rel="nofollow"><i class="fa fa-print"></i> In bài</a>'
        f'<a href="mailto:?subject={esc(story.title)}&amp;body={esc(url)}"><i class="fa fa-envelope"></i> Gửi email</a>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" class="share-fb"><i class="fa fa-facebook"></i> Chia sẻ</a>'
        f'<a href="https://sp.zalo.me/share_inline?url={esc(url)}" target="_blank" class="share-zalo">Zalo</a></div>'
    )
    lead = (
        f'<div class="dm-post-lead"><strong>{_t(story.summary, story)}</strong></div>\n'
        if story.summary and story.sapo_outside
        else ""
    )
    attach = ""
    if story.opts.get("attach"):
        href, size = story.opts["attach"]
        attach = (
            '<div class="dm-attach"><p><b><i class="fa fa-paperclip"></i> Tài liệu đính kèm:</b></p><ul>'
            f'<li><a href="{href}" target="_blank">{href.rsplit("/", 1)[1]}</a> ({size})</li></ul></div>'
        )
    tags = "".join(
        f'<a href="/tim-kiem.html?tag={t}" class="badge badge-light">{TAGS[t]}</a> '
        for t in story.opts["tags"]
    )
    foot = (
        '<div class="dm-post-foot">'
        + (f'<div class="dm-tags"><i class="fa fa-tags"></i> Từ khóa: {tags}</div>' if tags else "")
        + f'<div class="fb-like" data-href="{esc(url)}" data-layout="button_count" data-action="like" data-share="true"></div>'
        "</div>"
    )
    comment = (
        '<div class="dm-comment"><h3 class="dm-comment-title">Ý kiến bạn đọc</h3>'
        '<form action="/binh-luan/gui.html" method="post"><input type="hidden" name="news_id" value="'
        f'{story.id}" /><div class="form-row"><div class="col"><input class="form-control" name="ho_ten" '
        'placeholder="Họ và tên (*)" /></div><div class="col"><input class="form-control" name="email" '
        'placeholder="Email (*)" /></div></div><textarea class="form-control" name="noi_dung" rows="4" '
        'placeholder="Nội dung ý kiến"></textarea><p class="note">Ý kiến của bạn sẽ được Ban biên tập duyệt trước khi đăng.</p>'
        '<button type="submit" class="btn btn-danger btn-sm">Gửi ý kiến</button></form></div>'
    )
    related = ""
    if story.opts.get("related"):
        items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in story.opts["related"])
        related = f'<div class="dm-related"><h3 class="dm-sub-title">Tin liên quan</h3><ul>{items}</ul></div>'
    others = [s for s in in_cat(story.cat) if s.opts["when"] < story.opts["when"]][:5]
    if len(others) < 3:
        others = [s for s in in_cat(story.cat) if s.id != story.id][:5]
    other_html = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">({_dmy(s.opts["when"])})</span></li>'
        for s in others
    )
    content = (
        f'<article class="dm-post" data-id="{story.id}">\n'
        f'<h1 class="dm-post-title">{esc(story.title)}</h1>\n'
        f'<div class="dm-post-info">{"".join(info)}</div>\n{tools}\n{lead}'
        f'<div class="dm-post-body" id="dm-content">\n{_body(story)}\n</div>\n{attach}\n{foot}\n</article>\n'
        f"{comment}\n{related}\n"
        f'<div class="dm-others"><h3 class="dm-sub-title">Các tin khác</h3><ul>{other_html}</ul></div>'
    )
    first_img = next((i.src for i in story.images if i.src.startswith("/")), None)
    head = (
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:url" content="{esc(url)}" />\n'
        + (f'<meta property="og:image" content="{base}{esc(first_img)}" />\n' if first_img else "")
    )
    return _page(
        base,
        f"{esc(story.title)} - {SITE}",
        content,
        crumbs=_crumbs(story.cat),
        canonical=article_path(story),
        head=head,
        description=_plain(story),
    )


def _soft404(base: str) -> str:
    content = (
        '<div class="alert alert-warning dm-notfound"><i class="fa fa-exclamation-triangle"></i> '
        "Bài viết không tồn tại hoặc đã bị gỡ bỏ!</div>"
        '<p><a href="/" class="btn btn-sm btn-outline-secondary">&laquo; Quay lại trang chủ</a></p>'
    )
    return _page(base, f"Thông báo - {SITE}", content, crumbs=[])


def _print(story: Story, base: str) -> str:
    date_line = f"<p><i>{_dateline(story)}</i></p>" if story.opts["dateline"] != "none" else ""
    lead = (
        f"<p><b>{_t(story.summary, story)}</b></p>" if story.summary and story.sapo_outside else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="stylesheet" href="{THEME}/css/print.css" /></head>
<body onload="window.print()"><div class="dm-print">
<p class="dm-print-site">TRƯỜNG CHÍNH TRỊ TỈNH CÀ MAU - {base}</p>
<h1>{esc(story.title)}</h1>{date_line}{lead}
<div class="dm-print-body">{_body(story)}</div>
<p class="dm-print-url">Địa chỉ bài viết: {base}{article_path(story)}</p>
</div></body></html>"""


def _list_item(story: Story) -> str:
    path = article_path(story)
    return (
        '<div class="dm-item media">'
        f'<a class="dm-item-thumb mr-3" href="{path}"><img src="{_thumb(story)}" alt="{esc(story.title)}" width="220" height="140" /></a>'
        f'<div class="media-body"><h3 class="dm-item-title"><a href="{path}">{esc(story.title)}</a></h3>'
        f'<span class="dm-item-date"><i class="fa fa-calendar-o"></i> {_dmy(story.opts["when"])}</span>'
        f'<p class="dm-item-desc">{esc(_plain(story))}</p></div></div>'
    )


def _more_button(slug: str, page: int, sort: str) -> str:
    extra = f"&amp;sap-xep={sort}" if sort != "moi-nhat" else ""
    return (
        '<div class="dm-more-wrap text-center">'
        '<button type="button" class="btn btn-outline-danger btn-sm dm-loadmore" '
        f'data-url="/ajax/chuyen-muc?slug={slug}&amp;page={page}{extra}" data-target="#dm-list-{slug}">'
        'Xem thêm <i class="fa fa-angle-double-down"></i></button></div>'
    )


def _fragment(slug: str, page: int, sort: str) -> str:
    items = in_cat(slug, sort)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    out = "\n".join(_list_item(s) for s in chunk)
    if chunk and page * PER_PAGE < len(items):
        out += "\n" + _more_button(slug, page + 1, sort)
    return out


def _category(slug: str, base: str, page: int, sort: str) -> str:
    cat = CATS[slug]
    items = in_cat(slug, sort)
    pages = _pages(len(items), PER_PAGE)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    listing = (
        "\n".join(_list_item(s) for s in chunk)
        if chunk
        else '<p class="dm-empty">Chưa có bài viết trong chuyên mục này.</p>'
    )
    more = _more_button(slug, page + 1, sort) if chunk and page < pages else ""
    sort_q = f"&amp;sap-xep={sort}" if sort != "moi-nhat" else ""
    noscript = ""
    if pages > 1:
        lis = "".join(
            f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" '
            f'href="/chuyen-muc/{slug}.html?page={n}{sort_q}">{n}</a></li>'
            for n in range(1, pages + 1)
        )
        noscript = f'<noscript><ul class="pagination pagination-sm justify-content-center">{lis}</ul></noscript>'
    sorter = (
        '<div class="dm-sort">Sắp xếp: '
        + " | ".join(
            f'<a href="/chuyen-muc/{slug}.html?sap-xep={o}"{_ACTIVE if o == sort else ""}>{label}</a>'
            for o, label in zip(SORTS, ("Mới nhất", "Xem nhiều"), strict=True)
        )
        + "</div>"
    )
    subs = [c for c in CATS.values() if c.parent == slug]
    sub_html = (
        '<ul class="nav dm-subcats">'
        + "".join(
            f'<li class="nav-item"><a class="nav-link" href="/chuyen-muc/{c.slug}.html">{esc(c.name)}</a></li>'
            for c in subs
        )
        + "</ul>"
        if subs
        else ""
    )
    content = (
        f'<div class="dm-cat-head d-flex justify-content-between"><h1 class="dm-cat-title">{esc(cat.name)}</h1>{sorter}</div>'
        f"{sub_html}\n"
        f'<div class="dm-list" id="dm-list-{slug}">\n{listing}\n</div>\n{more}\n{noscript}'
    )
    suffix = f" - Trang {page}" if page > 1 else ""
    return _page(base, f"{esc(cat.name)}{suffix} - {SITE}", content, crumbs=_crumbs(slug))


_ACTIVE = ' class="active"'


def _home(base: str) -> str:
    hot = [s for s in _LATEST if s.opts.get("hot")][:4]
    slides = "".join(
        f'<div class="item"><a href="{article_path(s)}"><img src="{_thumb(s).replace("thumb_", "")}" alt="{esc(s.title)}" /></a>'
        f'<div class="dm-slide-cap"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3></div></div>'
        for s in hot
    )
    slider = f'<div class="dm-featured"><h2 class="dm-featured-title">Tin nổi bật</h2><div class="owl-carousel dm-slider">{slides}</div></div>'

    def block(slug: str, count: int) -> str:
        items = in_cat(slug)[:count]
        lead, rest = items[0], items[1:]
        inner = (
            f'<div class="dm-block-lead"><a href="{article_path(lead)}"><img src="{_thumb(lead)}" alt="" /></a>'
            f'<h3><a href="{article_path(lead)}">{esc(lead.title)}</a></h3><p>{esc(_plain(lead))}</p></div>'
            '<ul class="dm-block-list">'
            + "".join(
                f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <i>({_dmy(s.opts["when"])})</i></li>'
                for s in rest
            )
            + "</ul>"
        )
        return _box(esc(CATS[slug].name), inner, f"box-cat box-{slug}", f"/chuyen-muc/{slug}.html")

    _, vid_title, vid_key = VIDEOS[0]
    videos = (
        f'<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" '
        f'src="https://www.youtube.com/embed/{vid_key}" allowfullscreen></iframe></div>'
        f'<p class="dm-video-title">{esc(vid_title)}</p><ul class="dm-video-list">'
        + "".join(
            f'<li><i class="fa fa-play-circle"></i> <a href="/thu-vien-video.html?v={v}">{esc(t)}</a></li>'
            for v, t, _ in VIDEOS[1:]
        )
        + "</ul>"
    )
    content = (
        slider
        + block("tin-hoat-dong", 4)
        + block("thong-bao", 3)
        + block("nghien-cuu-trao-doi", 2)
        + _box("Video clip", videos, "box-video", "/thu-vien-video.html")
        + '<div class="dm-banner"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/uploads/banner/dvc.jpg" alt="Dịch vụ công" /></a></div>'
    )
    return _page(base, f"{SITE} - Trang thông tin điện tử", content)


def _docs(base: str, page: int) -> str:
    pages = _pages(len(DOCS), DOCS_PER_PAGE)
    chunk = DOCS[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    rows = "".join(
        f'<tr><td>{(page - 1) * DOCS_PER_PAGE + i + 1}</td><td><a href="{d.path}">{esc(d.number)}</a></td>'
        f"<td>{_dmy(d.issued)}</td><td>{esc(d.kind)}</td><td>{esc(d.abstract)}</td>"
        f'<td><a href="{d.file}" title="Tải về"><i class="fa fa-download"></i></a></td></tr>'
        for i, d in enumerate(chunk)
    )
    pager = "".join(
        f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" href="/van-ban.html?trang={n}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    content = (
        '<h1 class="dm-cat-title">Văn bản</h1>'
        '<form class="dm-doc-filter form-inline" action="/van-ban.html" method="get"><input class="form-control form-control-sm" '
        'name="tu-khoa" placeholder="Số, ký hiệu hoặc trích yếu" /><select class="form-control form-control-sm" name="loai">'
        '<option value="">-- Loại văn bản --</option><option value="quyet-dinh">Quyết định</option><option value="ke-hoach">Kế hoạch</option>'
        '<option value="thong-bao">Thông báo</option></select><button class="btn btn-sm btn-primary">Tìm</button></form>'
        '<table class="table table-striped table-sm dm-doc-table"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Loại</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>"
        f'<ul class="pagination pagination-sm">{pager}</ul>'
    )
    return _page(base, f"Văn bản - {SITE}", content, crumbs=[("/van-ban.html", "Văn bản")])


def _doc_page(d: Doc, base: str) -> str:
    rows = [
        ("Số/Ký hiệu", esc(d.number)),
        ("Ngày ban hành", _dmy(d.issued)),
        ("Loại văn bản", esc(d.kind)),
        ("Cơ quan ban hành", esc(d.issuer)),
        ("Người ký", esc(d.signer)),
        ("Trích yếu", esc(d.abstract)),
        (
            "Tệp đính kèm",
            f'<a href="{d.file}"><i class="fa fa-file-pdf-o"></i> {d.file.rsplit("/", 1)[1]}</a>',
        ),
    ]
    content = (
        '<div class="dm-doc-detail"><h1 class="dm-cat-title">Chi tiết văn bản</h1><table class="table table-bordered">'
        + "".join(f'<tr><th style="width:30%">{k}</th><td>{v}</td></tr>' for k, v in rows)
        + "</table></div>"
    )
    return _page(base, f"{esc(d.number)} - {SITE}", content, crumbs=[("/van-ban.html", "Văn bản")])


def _event_page(e: Event, base: str) -> str:
    content = (
        f'<div class="dm-event"><h1 class="dm-cat-title">{esc(e.title)}</h1><ul class="list-unstyled">'
        f"<li><b>Thời gian:</b> {e.when:%H giờ %M}, ngày {_dmy(e.when)}</li>"
        f"<li><b>Địa điểm:</b> {esc(e.place)}</li><li><b>Chủ trì:</b> {esc(e.chair)}</li></ul>"
        f'<p><a href="{_month_link(e.when.year, e.when.month, 0)}">&laquo; Lịch sự kiện tháng {e.when.month}/{e.when.year}</a></p></div>'
    )
    return _page(
        base, f"{esc(e.title)} - {SITE}", content, crumbs=[("/lich-su-kien.html", "Lịch sự kiện")]
    )


def _calendar_page(year: int, month: int, base: str) -> str:
    events = sorted(
        (e for e in EVENTS if (e.when.year, e.when.month) == (year, month)), key=lambda e: e.when
    )
    rows = (
        "".join(
            f'<li><span class="date">{_dmy(e.when)} {e.when:%H:%M}</span> <a href="{e.path}">{esc(e.title)}</a></li>'
            for e in events
        )
        or "<li>Không có sự kiện trong tháng này.</li>"
    )
    content = (
        f'<h1 class="dm-cat-title">Lịch sự kiện tháng {month}/{year}</h1>'
        '<div class="dm-cal dm-cal-full"><div class="dm-cal-head">'
        f'<a class="cal-prev" href="{_month_link(year, month, -1)}">&lsaquo; Tháng trước</a>'
        f"<span>Tháng {month}/{year}</span>"
        f'<a class="cal-next" href="{_month_link(year, month, 1)}">Tháng sau &rsaquo;</a></div>'
        f"{_calendar_table(year, month)}</div>"
        f'<ul class="dm-event-list">{rows}</ul>'
    )
    return _page(
        base, f"Lịch sự kiện - {SITE}", content, crumbs=[("/lich-su-kien.html", "Lịch sự kiện")]
    )


def _static(path: str, base: str) -> str:
    title, paras = PAGES[path]
    side = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, (t, _) in PAGES.items())
    content = (
        f'<div class="dm-static"><h1 class="dm-cat-title">{esc(title)}</h1>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + f'</div><ul class="dm-static-nav">{side}</ul>'
    )
    return _page(base, f"{esc(title)} - {SITE}", content, crumbs=[(path, title)])


def _contact(base: str) -> str:
    content = (
        '<h1 class="dm-cat-title">Liên hệ</h1><p><b>TRƯỜNG CHÍNH TRỊ TỈNH CÀ MAU</b></p>'
        "<p>Địa chỉ: Số 09, đường Lê Lợi, phường An Xuyên, tỉnh Cà Mau</p><p>Điện thoại: 0290.3831.245</p>"
        '<form action="/lien-he.html" method="post" class="dm-contact"><input class="form-control" name="ho_ten" placeholder="Họ và tên" />'
        '<input class="form-control" name="email" placeholder="Email" /><input class="form-control" name="tieu_de" placeholder="Tiêu đề" />'
        '<textarea class="form-control" name="noi_dung" rows="6" placeholder="Nội dung"></textarea>'
        '<input class="form-control" name="captcha" placeholder="Mã bảo vệ" /><img src="/captcha.php?r=1" alt="captcha" />'
        '<button class="btn btn-danger btn-sm" type="submit">Gửi liên hệ</button></form>'
    )
    return _page(base, f"Liên hệ - {SITE}", content, crumbs=[("/lien-he.html", "Liên hệ")])


def _albums(base: str) -> str:
    items = "".join(
        f'<div class="col-md-4 dm-album"><a href="/thu-vien-anh/{slug}-{aid}.html"><img src="/uploads/album/{aid}/cover.jpg" alt="" />'
        f"<h3>{esc(title)}</h3></a><span>{n} ảnh</span></div>"
        for aid, slug, title, n in ALBUMS
    )
    content = f'<h1 class="dm-cat-title">Thư viện ảnh</h1><div class="row">{items}</div>'
    return _page(
        base, f"Thư viện ảnh - {SITE}", content, crumbs=[("/thu-vien-anh.html", "Thư viện ảnh")]
    )


def _album(aid: int, base: str) -> str:
    _, slug, title, n = next(a for a in ALBUMS if a[0] == aid)
    pics = "".join(
        f'<div class="col-6 col-md-3"><a href="/uploads/album/{aid}/{i:02d}.jpg" data-fancybox="album"><img src="/uploads/album/{aid}/thumb_{i:02d}.jpg" alt="" /></a></div>'
        for i in range(1, n + 1)
    )
    content = (
        f'<h1 class="dm-cat-title">{esc(title)}</h1><div class="row dm-album-photos">{pics}</div>'
    )
    return _page(
        base,
        f"{esc(title)} - {SITE}",
        content,
        crumbs=[
            ("/thu-vien-anh.html", "Thư viện ảnh"),
            (f"/thu-vien-anh/{slug}-{aid}.html", title),
        ],
    )


def _videos(base: str, current: int | None) -> str:
    vid = next((v for v in VIDEOS if v[0] == current), VIDEOS[0])
    items = "".join(
        f'<li><a href="/thu-vien-video.html?v={v}">{esc(t)}</a></li>' for v, t, _ in VIDEOS
    )
    content = (
        f'<h1 class="dm-cat-title">Thư viện video</h1><div class="embed-responsive embed-responsive-16by9">'
        f'<iframe class="embed-responsive-item" src="https://www.youtube.com/embed/{vid[2]}" allowfullscreen></iframe></div>'
        f'<h2 class="dm-video-title">{esc(vid[1])}</h2><ul class="dm-video-list">{items}</ul>'
    )
    return _page(
        base,
        f"Thư viện video - {SITE}",
        content,
        crumbs=[("/thu-vien-video.html", "Thư viện video")],
    )


def _poll_result(base: str) -> str:
    content = (
        '<h1 class="dm-cat-title">Kết quả bình chọn</h1><p>Bạn đánh giá thế nào về giao diện Trang thông tin điện tử của Nhà trường?</p>'
        '<ul class="dm-poll-result"><li>Đẹp, dễ sử dụng: 412 phiếu (63%)</li><li>Bình thường: 187 phiếu (29%)</li>'
        "<li>Cần cải tiến thêm: 52 phiếu (8%)</li></ul><p>Tổng số: 651 phiếu</p>"
    )
    return _page(base, f"Kết quả bình chọn - {SITE}", content, crumbs=[])


def _sitemap_page(base: str) -> str:
    links = [("/", "Trang chủ"), *((p, t) for p, (t, _) in PAGES.items())]
    links += [(f"/chuyen-muc/{c.slug}.html", c.name) for c in CATS.values()]
    links += [
        ("/van-ban.html", "Văn bản"),
        ("/lich-su-kien.html", "Lịch sự kiện"),
        ("/thu-vien-anh.html", "Thư viện ảnh"),
    ]
    links += [("/thu-vien-video.html", "Thư viện video"), ("/lien-he.html", "Liên hệ")]
    items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in links)
    content = f'<h1 class="dm-cat-title">Sơ đồ website</h1><ul class="dm-sitemap">{items}</ul>'
    return _page(
        base, f"Sơ đồ website - {SITE}", content, crumbs=[("/so-do-website.html", "Sơ đồ website")]
    )


def _search(base: str, params: dict[str, str]) -> str:
    tag = params.get("tag", "")
    q = unicodedata.normalize("NFC", params.get("q", "")).strip().lower()
    if tag in TAGS:
        hits = [s for s in _LATEST if tag in s.opts["tags"]]
        head = f"Từ khóa: {TAGS[tag]}"
    else:
        words = q.split()
        hits = [
            s
            for s in _LATEST
            if words and all(w in (s.title + " " + " ".join(s.paragraphs)).lower() for w in words)
        ]
        head = f"Kết quả tìm kiếm: {esc(q)}"
    listing = (
        "\n".join(_list_item(s) for s in hits)
        or '<p class="dm-empty">Không tìm thấy kết quả phù hợp.</p>'
    )
    content = f'<h1 class="dm-cat-title">{head}</h1><p>Tìm thấy {len(hits)} kết quả</p><div class="dm-list">{listing}</div>'
    return _page(base, f"Tìm kiếm - {SITE}", content, crumbs=[("/tim-kiem.html", "Tìm kiếm")])


_ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /in-bai-viet/
Disallow: /tim-kiem.html
Disallow: /binh-chon.html
"""

# ------------------------------------------------------------------------- routing


def _int(value: str | None, default: int) -> int:
    """PHP's intval for a query value: leading digits, else the default."""
    m = re.match(r"-?\d+", value or "")
    return int(m.group()) if m else default


def _php(body: str, status: int = 200) -> Response:
    return html(
        body,
        status=status,
        headers={
            "X-Powered-By": "PHP/7.4.33",
            "Server": "Apache/2.4.57 (Unix)",
            "Cache-Control": "no-store, no-cache",
        },
    )


_ARTICLE = re.compile(r"/bai-viet/([a-z0-9-]+)-(\d+)\.html")


class LoadMorePhpTCT:
    """The site: a front controller that dispatches on the rewritten path, per request."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path = request.path
        params = request.params
        if path.endswith(".pdf"):
            known = {s.opts["attach"][0] for s in STORIES if s.opts.get("attach")} | {
                d.file for d in DOCS
            }
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else None
            )
        if (static := static_file(path)) is not None:
            return static
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        if path == "/":
            return _php(_home(base))
        if m := _ARTICLE.fullmatch(path):
            story = _BY_ID.get(int(m.group(2)))
            return _php(_article(story, base) if story else _soft404(base))
        if m := re.fullmatch(r"/in-bai-viet/(\d+)\.html", path):
            story = _BY_ID.get(int(m.group(1)))
            return _php(_print(story, base)) if story else None
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)\.html", path):
            if m.group(1) not in CATS:
                return None
            sort = params.get("sap-xep", "moi-nhat")
            sort = sort if sort in SORTS else "moi-nhat"
            return _php(_category(m.group(1), base, max(1, _int(params.get("page"), 1)), sort))
        if path == "/ajax/chuyen-muc":
            slug = params.get("slug", "")
            sort = params.get("sap-xep", "moi-nhat")
            body = (
                _fragment(
                    slug, max(1, _int(params.get("page"), 1)), sort if sort in SORTS else "moi-nhat"
                )
                if slug in CATS
                else ""
            )
            # the fragment is echoed by a bare PHP script: no charset in the header
            return Response(200, body, {"Content-Type": "text/html", "X-Powered-By": "PHP/7.4.33"})
        if path == "/van-ban.html":
            pages = _pages(len(DOCS), DOCS_PER_PAGE)
            return _php(_docs(base, min(max(1, _int(params.get("trang"), 1)), pages)))
        if m := re.fullmatch(r"/van-ban/[a-z0-9-]+-(\d+)\.html", path):
            doc = _DOC_BY_ID.get(int(m.group(1)))
            return _php(_doc_page(doc, base)) if doc else None
        if m := re.fullmatch(r"/su-kien/[a-z0-9-]+-(\d+)\.html", path):
            ev = _EVENT_BY_ID.get(int(m.group(1)))
            return _php(_event_page(ev, base)) if ev else None
        if path == "/lich-su-kien.html":
            y, mo = THIS_MONTH
            year, month = _int(params.get("nam"), y), _int(params.get("thang"), mo)
            idx = year * 12 + (month - 1)  # mktime() normalises month 0 or 13
            year, month = idx // 12, idx % 12 + 1
            if not 1000 <= year <= 9999:
                return None
            return _php(_calendar_page(year, month, base))
        if path in PAGES:
            return _php(_static(path, base))
        if path == "/lien-he.html":
            return _php(_contact(base))
        if path == "/thu-vien-anh.html":
            return _php(_albums(base))
        if m := re.fullmatch(r"/thu-vien-anh/[a-z0-9-]+-(\d+)\.html", path):
            return (
                _php(_album(int(m.group(1)), base))
                if any(a[0] == int(m.group(1)) for a in ALBUMS)
                else None
            )
        if path == "/thu-vien-video.html":
            return _php(_videos(base, _int(params.get("v"), 0)))
        if path == "/binh-chon/ket-qua.html":
            return _php(_poll_result(base))
        if path == "/so-do-website.html":
            return _php(_sitemap_page(base))
        if path == "/tim-kiem.html":
            return _php(_search(base, params))
        return None


def build_site() -> LoadMorePhpTCT:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return LoadMorePhpTCT()
