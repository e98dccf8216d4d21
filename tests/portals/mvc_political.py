"""Fixture portal: a provincial political school's news portal, a custom ASP.NET MVC 5 application.

Why: political schools rarely share a platform; many had a local software firm build a small
ASP.NET MVC 5 site (Razor views, Bootstrap 3, jQuery, PagedList.Mvc, CKEditor 4 in the admin).
Such a site has clean routed URLs and renders its first listing page on the server, but loads
further items through a "Xem thêm" button that fetches bare HTML fragments, and it surrounds
the news with modules of its own: a document register, a photo gallery and a weekly work
calendar.

What it prints:

- news detail pages at ``/tin-tuc/chi-tiet/<id>/<slug>``; the route ignores the slug, so the same
  article answers at ``/tin-tuc/chi-tiet/<id>`` (the "Tin xem nhiều" box links that form) and at
  any other slug, every form declaring ``rel=canonical`` to the slugged address; addresses of the
  previous ASP.NET WebForms site (``/tin-tuc/<slug>-<id>.aspx``) answer 301 to the new one and
  still appear in one article's text; print (``/tin-tuc/in-bai/<id>``, noindex) and e-mail
  (``/tin-tuc/gui-email/<id>``) views;
- the detail page: breadcrumb, headline, a meta line "dd/MM/yyyy HH:mm" with the category and a
  view count, font-size/print/e-mail tools, the sapo in its own block above the content,
  CKEditor 4 content (captioned ``figure.image``, centred images with an italic "(…)" line, the old
  editor's ``table.image`` boxes, tables, lists), bylines at the end, an attachment box, keyword
  links (to the search page), share buttons, a dated "Tin liên quan" list of the same category;
- category pages ``/tin-tuc/<category>``: the first three items server-rendered, the rest through
  the "Xem thêm" button whose ``data-url`` names ``/tin-tuc/loadmore?catId=N&page=2``; that
  endpoint answers bare ``<li>`` fragments (plus a new button when more remain, an empty body past
  the end); the home page's "Tin mới cập nhật" box calls it with ``catId=0`` from an inline script;
- the archive "Tất cả tin" ``/tin-tuc/tat-ca`` with PagedList.Mvc's numbered pager
  (``?page=N``; page one is also linked as ``?page=1``);
- a document register ``/van-ban`` (paged table, filter form) with entries ``/van-ban/chi-tiet/<id>``
  and PDFs; a photo gallery ``/thu-vien-anh`` (paged) with albums
  ``/thu-vien-anh/album/<id>/<slug>``; a weekly work calendar ``/lich-cong-tac`` whose
  "Tuần trước"/"Tuần sau" links never end (any ISO week of the years 1 to 9999 answers);
- chrome: a top bar with today's date (a fixed 25/11/2026), menus, breadcrumbs, a search form
  (``/tim-kiem?tukhoa=``), sidebar boxes (Tin mới, Tin xem nhiều, Văn bản mới, Lịch công tác,
  Thư viện ảnh, a poll, "Liên kết website" as a select, the visitor counter), static pages,
  a contact form, the login page, a footer with the address. Razor encodes Latin-1 letters in
  titles as decimal references (``&#224;``), CKEditor writes them as named entities; one article
  was pasted decomposed (NFD).

Gold (by hand, see GOLD): articles are the news items (the three categories). Gallery albums are
not articles: an album prints no text of its own, only a title, a date, a photo count and a
caption line per photo; document-register entries are not articles either (register fields and
a file). A news post that is a title, one line and a PDF is an article, and so is a news photo
post (one line and photos). Authors/photographers come from the closing byline ("Tin, ảnh: X",
"Tin: X" / "Ảnh: Y", a bare right-aligned name); "Nguồn: …" names the source. The sapo is the
summary and the body's first paragraph. Captions are shown without the surrounding parentheses;
a credit inside a caption stays in it and names a photographer. A table's rows (header row
included) are body paragraphs, cells joined by " | "; list items are paragraphs. The attachment
box, the keyword line and the "Tin liên quan" list are not body text. The date is the detail
page's own line (it shows a time). The category is the breadcrumb's last item. The slugless and
other-slug forms of an article are listed as ``alt_paths`` (they declare the slugged canonical).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    gold_record,
    opaque,
    static_file,
)

NAME = "mvc_political"
PLATFORM = "aspnet-mvc"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Thanh Hóa"
SITE_UPPER = "TRƯỜNG CHÍNH TRỊ TỈNH THANH HÓA"
PARENT = "Tỉnh ủy Thanh Hóa"
ADDRESS = "Số 66 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa"
PHONE = "0237.3852.317"
FAX = "0237.3852.590"
EMAIL = "truongchinhtri@thanhhoa.gov.vn"
#: the top bar's date: a fixed "today" (a Wednesday), never a publication date
TODAY_LINE = "Thứ Tư, 25/11/2026"
TODAY = date(2026, 11, 25)
PAGE_SIZE = 3  # category first page and every "Xem thêm" fragment
ARCHIVE_SIZE = 5  # "Tất cả tin"
ALBUM_PAGE = 3
DOC_PAGE = 4
_UP = "/Uploads/images/2026"
_VER = "v=QjZ8mK2rT1yXw7nD4sE9hL0pA3uB6cF5gV1iN8oR2tM1"
_TOKEN = opaque("mvc-antiforgery", 80)

CATS: dict[int, tuple[str, str]] = {
    1: ("tin-hoat-dong", "Tin hoạt động"),
    2: ("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng"),
    3: ("thong-bao", "Thông báo"),
}
CAT_BY_SLUG = {slug: (cid, name) for cid, (slug, name) in CATS.items()}


# --------------------------------------------------------------------------- the news
# opts: at (the detail page's date line "dd/MM/yyyy HH:mm"), cat (category id), attach
# ((href, file name, size)), tags (keywords), nfd (content pasted decomposed), thumb (listing
# picture when the article has no photo of its own).

STORIES: list[Story] = [
    Story(
        id=1849,
        slug="thong-bao-nghi-hoc-ngay-27-11-2026-doi-voi-cac-lop-he-tap-trung",
        title="Thông báo nghỉ học ngày 27/11/2026 đối với các lớp hệ tập trung",
        cat="thong-bao",
        published_at="2026-11-23T14:10:00+07:00",
        blocks=[
            P(
                "Để phục vụ Hội nghị Ban Chấp hành Đảng bộ tỉnh tổ chức tại Hội trường lớn của"
                " Nhà trường, Ban Giám hiệu thông báo: các lớp hệ tập trung nghỉ học cả ngày thứ"
                " Sáu, 27/11/2026."
            ),
            P(
                "Nội dung chương trình của buổi nghỉ sẽ được Phòng Quản lý đào tạo bố trí học bù"
                " vào sáng thứ Bảy, 05/12/2026. Đề nghị các đồng chí chủ nhiệm lớp thông báo"
                " đến toàn thể học viên."
            ),
        ],
        opts={"at": "23/11/2026 14:10", "cat": 3, "tags": []},
    ),
    Story(
        id=1847,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-112",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 112",
        cat="tin-hoat-dong",
        published_at="2026-11-20T08:45:00+07:00",
        summary=(
            "Sáng 18/11/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức Lễ khai giảng lớp Trung"
            " cấp lý luận chính trị hệ không tập trung khóa 112 dành cho cán bộ, công chức các"
            " xã, phường khu vực phía Bắc của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự Lễ khai giảng có đồng chí Lê Văn Thành, Phó Hiệu trưởng Nhà trường; lãnh đạo"
                " các khoa, phòng chuyên môn; đại diện Ban Tổ chức Tỉnh ủy và 86 học viên là cán"
                " bộ chủ chốt, công chức chuyên môn của 14 xã, phường."
            ),
            Img(
                f"{_UP}/11/khai-giang-k112-1.jpg",
                "Đồng chí Lê Văn Thành, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Lê Văn Thành, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "figure",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: khóa học được tổ chức"
                " trong bối cảnh toàn tỉnh đang triển khai mô hình chính quyền địa phương hai"
                " cấp, đòi hỏi đội ngũ cán bộ cơ sở phải được trang bị vững vàng về lý luận, có"
                " năng lực tham mưu, tổ chức thực hiện các chủ trương, nghị quyết của Đảng ngay"
                " tại địa bàn."
            ),
            P(
                "Theo kế hoạch, lớp học kéo dài 8 tháng với 4 phần học: những vấn đề cơ bản của"
                " chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng Cộng"
                " sản và Nhà nước; quản lý hành chính nhà nước; kỹ năng lãnh đạo, quản lý và"
                " thực tiễn địa phương. Học viên học tập trung mỗi tháng một tuần tại cơ sở 2"
                " của Nhà trường."
            ),
            Img(
                f"{_UP}/11/khai-giang-k112-2.jpg",
                "Học viên lớp Trung cấp lý luận chính trị khóa 112 dự Lễ khai giảng",
                "Học viên lớp Trung cấp lý luận chính trị khóa 112 dự Lễ khai giảng",
                "figure",
            ),
            P(
                "Đồng chí đề nghị học viên nghiêm túc chấp hành nội quy, quy chế học tập; phát"
                " huy tinh thần tự học, tích cực nghiên cứu tài liệu, liên hệ thực tiễn công tác"
                " để hoàn thành tốt chương trình và vận dụng hiệu quả kiến thức vào công việc."
            ),
            Img(
                f"{_UP}/11/khai-giang-k112-3.jpg",
                "Đại diện học viên phát biểu, hứa quyết tâm hoàn thành tốt nhiệm vụ học tập",
                "Đại diện học viên phát biểu, hứa quyết tâm hoàn thành tốt nhiệm vụ học tập",
                "figure",
            ),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Lê Thu Hằng</strong></p>'),
        ],
        authors=["Lê Thu Hằng"],
        photographers=["Lê Thu Hằng"],
        opts={"at": "20/11/2026 08:45", "cat": 1, "tags": ["Trung cấp lý luận chính trị", "khai giảng"]},
    ),
    Story(
        id=1845,
        slug="mot-so-hinh-anh-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Một số hình ảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-hoat-dong",
        published_at="2026-11-20T16:30:00+07:00",
        blocks=[
            P(
                "Sáng 19/11/2026, Trường Chính trị tỉnh Thanh Hóa long trọng tổ chức Lễ kỷ niệm 44"
                " năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Dưới đây là một số hình"
                " ảnh tại buổi lễ."
            ),
            Img(
                f"{_UP}/11/20-11-2026-01.jpg",
                "(Văn nghệ chào mừng của cán bộ, giảng viên Nhà trường)",
                "Văn nghệ chào mừng của cán bộ, giảng viên Nhà trường",
                "paren",
            ),
            Img(
                f"{_UP}/11/20-11-2026-02.jpg",
                "(Học viên các lớp tặng hoa chúc mừng các thầy, cô giáo)",
                "Học viên các lớp tặng hoa chúc mừng các thầy, cô giáo",
                "paren",
            ),
            Img(f"{_UP}/11/z6045817293410_8c1f0b7de2a94c53.jpg", None, None, "plain"),
        ],
        opts={"at": "20/11/2026 16:30", "cat": 1, "tags": ["20/11"]},
    ),
    Story(
        id=1844,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-18T15:05:00+07:00",
        summary=(
            "Chiều 17/11/2026, Trường Chính trị tỉnh Thanh Hóa phối hợp với Bộ Chỉ huy Quân sự"
            " tỉnh tổ chức bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4"
            " năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học có 112 học viên là bí thư chi bộ, trưởng thôn, tổ dân phố, chi hội"
                " trưởng các đoàn thể ở cơ sở. Trong 10 ngày, học viên được nghiên cứu 12 chuyên"
                " đề về quan điểm, đường lối của Đảng, chính sách, pháp luật của Nhà nước về quốc"
                " phòng, an ninh; xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh"
                " nhân dân; công tác dân quân tự vệ và phòng, chống diễn biến hòa bình trên không"
                " gian mạng."
            ),
            Img(
                f"{_UP}/11/be-giang-qpan-dt4.jpg",
                "Trao giấy chứng nhận cho học viên hoàn thành khóa bồi dưỡng",
                "Trao giấy chứng nhận cho học viên hoàn thành khóa bồi dưỡng",
                "figure",
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 41 học viên xếp loại"
                " giỏi, 63 học viên xếp loại khá. Dịp này, Ban Tổ chức khen thưởng 6 học viên có"
                " thành tích xuất sắc trong học tập và rèn luyện."
            ),
        ],
        opts={"at": "18/11/2026 15:05", "cat": 2, "tags": ["quốc phòng và an ninh"]},
    ),
    Story(
        id=1843,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="HỘI THI GIẢNG VIÊN DẠY GIỎI CẤP TRƯỜNG NĂM 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-13T16:20:00+07:00",
        blocks=[
            P(
                "Từ ngày 10 đến ngày 12/11/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức Hội thi"
                " giảng viên dạy giỏi cấp trường năm 2026. Đây là hoạt động thường niên nhằm"
                " nâng cao chất lượng đội ngũ giảng viên, đổi mới phương pháp giảng dạy lý luận"
                " chính trị theo hướng phát huy tính tích cực của người học."
            ),
            P(
                "Hội thi có 14 giảng viên đến từ 4 khoa chuyên môn tham gia. Mỗi giảng viên trình"
                " bày một bài giảng trong thời gian 45 phút, kết hợp sử dụng bài giảng điện tử,"
                " phim tư liệu và tình huống thực tiễn của địa phương để minh họa cho các nội dung"
                " lý luận."
            ),
            Img(
                f"{_UP}/11/hoi-thi-gvdg-2026-1.jpg",
                "(Giảng viên Khoa Lý luận cơ sở trình bày bài giảng tại Hội thi)",
                "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng tại Hội thi",
                "paren",
            ),
            P(
                "Kết quả, Ban Giám khảo đã chọn ra 3 giải Nhất, 4 giải Nhì, 5 giải Ba và 2 giải"
                " Khuyến khích. Các giảng viên đạt giải Nhất sẽ được Nhà trường cử tham dự Hội"
                " thi giảng viên dạy giỏi các trường chính trị khu vực Bắc Trung Bộ năm 2027."
            ),
            Img(
                f"{_UP}/11/hoi-thi-gvdg-2026-2.jpg",
                "(Đồng chí Hiệu trưởng trao giải Nhất cho các giảng viên)",
                "Đồng chí Hiệu trưởng trao giải Nhất cho các giảng viên",
                "paren",
            ),
            Raw('<p style="text-align:right"><strong>Tin: Hoàng Phúc</strong></p>'),
            Raw('<p style="text-align:right"><strong>Ảnh: Thanh Tâm</strong></p>'),
        ],
        authors=["Hoàng Phúc"],
        photographers=["Thanh Tâm"],
        opts={"at": "13/11/2026 16:20", "cat": 1, "tags": ["giảng viên dạy giỏi"]},
    ),
    Story(
        id=1841,
        slug="quyet-dinh-cong-nhan-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-khoa-106",
        title="Quyết định công nhận tốt nghiệp lớp Trung cấp lý luận chính trị khóa 106",
        cat="thong-bao",
        published_at="2026-11-16T10:00:00+07:00",
        blocks=[
            P(
                "Trường Chính trị tỉnh Thanh Hóa công bố Quyết định công nhận tốt nghiệp cho 94"
                " học viên lớp Trung cấp lý luận chính trị khóa 106 (hệ không tập trung). Chi"
                " tiết xem tệp đính kèm."
            ),
        ],
        opts={
            "at": "16/11/2026 10:00",
            "cat": 3,
            "tags": [],
            "attach": ("/Uploads/files/2026/11/QD-1215-CTT-tot-nghiep-K106.pdf", "QD-1215-CTT-tot-nghiep-K106.pdf", "312 KB"),
            "thumb": "/Content/images/no-image.jpg",
        },
    ),
    Story(
        id=1835,
        slug="ke-hoach-giang-day-thang-12-2026-lop-trung-cap-ly-luan-chinh-tri-khoa-110",
        title="Kế hoạch giảng dạy tháng 12/2026 lớp Trung cấp lý luận chính trị khóa 110",
        cat="dao-tao-boi-duong",
        published_at="2026-11-12T09:30:00+07:00",
        blocks=[
            P(
                "Phòng Quản lý đào tạo thông báo kế hoạch giảng dạy tháng 12/2026 của lớp Trung"
                " cấp lý luận chính trị khóa 110 (hệ tập trung) như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Giảng viên", "th"),
            P("01/12/2026 | Sáng | Xây dựng Đảng về chính trị, tư tưởng, đạo đức | ThS. Lê Thị Ngọc Anh", "row"),
            P("02/12/2026 | Sáng | Quản lý nhà nước về kinh tế | TS. Trịnh Đình Hưng", "row"),
            P("03/12/2026 | Chiều | Kỹ năng xử lý tình huống trong lãnh đạo, quản lý | ThS. Đỗ Văn Tuấn", "row"),
            P("04/12/2026 | Sáng | Thực tiễn phát triển kinh tế - xã hội tỉnh Thanh Hóa | Báo cáo viên Tỉnh ủy", "row"),
            P(
                "Học viên có mặt tại phòng học số 3, nhà B trước giờ học 15 phút; buổi sáng bắt"
                " đầu lúc 7 giờ 30, buổi chiều bắt đầu lúc 13 giờ 30."
            ),
        ],
        opts={"at": "12/11/2026 09:30", "cat": 2, "tags": ["Trung cấp lý luận chính trị"], "thumb": "/Content/images/no-image.jpg"},
    ),
    Story(
        id=1829,
        slug="hoc-vien-chinh-tri-khu-vuc-i-kiem-tra-cong-tac-dao-tao-tai-truong-chinh-tri-tinh",
        title="Học viện Chính trị khu vực I kiểm tra công tác đào tạo tại Trường Chính trị tỉnh",
        cat="tin-hoat-dong",
        published_at="2026-11-06T11:15:00+07:00",
        blocks=[
            P(
                "Ngày 05/11/2026, Đoàn công tác của Học viện Chính trị khu vực I do PGS.TS Nguyễn"
                " Minh Tuấn, Phó Giám đốc Học viện làm trưởng đoàn đã làm việc với Trường Chính"
                " trị tỉnh Thanh Hóa về việc thực hiện liên kết đào tạo cao cấp lý luận chính trị"
                " hệ không tập trung."
            ),
            P(
                "Báo cáo với Đoàn, lãnh đạo Nhà trường cho biết, giai đoạn 2021 - 2026, hai bên đã"
                " phối hợp mở 9 lớp cao cấp lý luận chính trị với 1.046 học viên. Công tác quản lý"
                " lớp, bố trí giảng đường, ký túc xá và thư viện cơ bản đáp ứng yêu cầu; tỷ lệ"
                " học viên tốt nghiệp đạt trên 98%."
            ),
            Img(
                "https://cdn.baothanhhoa.vn/Uploads/2026/11/06/hvctkv1-lam-viec-ttct.jpg",
                "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc",
                "tbl",
            ),
            P(
                "Phát biểu kết luận, PGS.TS Nguyễn Minh Tuấn ghi nhận những kết quả Nhà trường đạt"
                " được, đồng thời đề nghị tiếp tục tăng cường quản lý học viên, đổi mới hình"
                " thức ôn tập, thi và viết khóa luận tốt nghiệp, bảo đảm chất lượng đào tạo theo"
                " đúng quy chế của Học viện Chính trị quốc gia Hồ Chí Minh."
            ),
            Raw('<p style="text-align:right"><em>Nguồn: Báo và Phát thanh, Truyền hình Thanh Hóa</em></p>'),
        ],
        source="Báo và Phát thanh, Truyền hình Thanh Hóa",
        opts={"at": "06/11/2026 11:15", "cat": 1, "tags": ["cao cấp lý luận chính trị"]},
    ),
    Story(
        id=1826,
        slug="thong-bao-lich-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-khoa-108",
        title="Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị khóa 108",
        cat="thong-bao",
        published_at="2026-11-02T08:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch đào tạo năm 2026, Trường Chính trị tỉnh Thanh Hóa thông báo lịch"
                " thi tốt nghiệp lớp Trung cấp lý luận chính trị khóa 108 như sau:"
            ),
            P("Môn thi thứ nhất: Những vấn đề cơ bản về lý luận chính trị, thi viết 180 phút, sáng 09/11/2026.", "li"),
            P("Môn thi thứ hai: Vận dụng lý luận chính trị vào thực tiễn địa phương, thi vấn đáp, ngày 10/11/2026.", "li"),
            P("Địa điểm: Hội trường tầng 2, nhà A, Trường Chính trị tỉnh Thanh Hóa.", "li"),
            P(
                "Học viên có mặt trước giờ thi 30 phút, mang theo thẻ học viên hoặc căn cước để"
                " đối chiếu."
            ),
        ],
        opts={"at": "02/11/2026 08:00", "cat": 3, "tags": ["thi tốt nghiệp"], "thumb": "/Content/images/no-image.jpg"},
    ),
    Story(
        id=1822,
        slug="hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-hoc-2025-2026",
        title="Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm học 2025 - 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-10-28T17:40:00+07:00",
        summary=(
            "Ngày 27/10/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức Hội nghị tổng kết công"
            " tác đào tạo, bồi dưỡng năm học 2025 - 2026 và triển khai nhiệm vụ năm học 2026 -"
            " 2027."
        ),
        sapo_outside=True,
        blocks=[
            P("Kết quả nổi bật", "b"),
            P(
                "Năm học 2025 - 2026, Nhà trường đã mở 47 lớp đào tạo, bồi dưỡng với 4.382 lượt"
                " học viên, đạt 108% kế hoạch. Trong đó có 12 lớp trung cấp lý luận chính trị, 3"
                " lớp cao cấp lý luận chính trị liên kết với Học viện Chính trị khu vực I và 32"
                " lớp bồi dưỡng cán bộ lãnh đạo, quản lý, đảng viên mới, nghiệp vụ công tác đảng."
            ),
            Img(
                f"{_UP}/10/tong-ket-nam-hoc-2025-2026.jpg",
                "Đồng chí Hiệu trưởng trình bày báo cáo tổng kết năm học",
                "Đồng chí Hiệu trưởng trình bày báo cáo tổng kết năm học",
                "figure",
            ),
            P(
                "Công tác nghiên cứu khoa học có nhiều chuyển biến, với 2 đề tài cấp tỉnh được"
                " nghiệm thu, 11 đề tài cấp trường và 1 hội thảo khoa học về xây dựng đội ngũ cán"
                " bộ cấp xã trong bối cảnh sắp xếp đơn vị hành chính."
            ),
            P("Nhiệm vụ năm học mới", "b"),
            P(
                "Năm học 2026 - 2027, Nhà trường đặt mục tiêu đào tạo, bồi dưỡng trên 4.500 lượt"
                " học viên, tiếp tục đổi mới nội dung chương trình theo hướng tăng thời lượng"
                " thực tế, kỹ năng; đẩy mạnh chuyển đổi số trong quản lý đào tạo và xây dựng kho"
                " học liệu số dùng chung."
            ),
            Img(
                f"{_UP}/10/khen-thuong-nam-hoc-2025-2026.jpg",
                "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc",
                "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc",
                "figure",
            ),
            Raw('<p style="text-align:right"><strong>Bài, ảnh: Trịnh Văn Long</strong></p>'),
        ],
        authors=["Trịnh Văn Long"],
        photographers=["Trịnh Văn Long"],
        opts={
            "at": "28/10/2026 17:40",
            "cat": 2,
            "tags": ["tổng kết năm học"],
            "nfd": True,
            # the editor pasted the old site's address of the seminar report (a 301 now)
            "links": {
                "1 hội thảo khoa học": "/tin-tuc/hoi-thao-khoa-hoc-nang-cao-nang-luc-doi-ngu-can-bo-cap-xa-sau-sap-xep-1803.aspx"
            },
        },
    ),
    Story(
        id=1816,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-21T15:50:00+07:00",
        blocks=[
            P(
                "Chiều 20/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề với chủ"
                " đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với học tập và làm theo tư tưởng,"
                " đạo đức, phong cách Hồ Chí Minh”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những hạn chế trong việc"
                " chuẩn bị nội dung sinh hoạt, việc phát huy dân chủ, tự phê bình và phê bình;"
                " đề xuất mỗi đảng viên đăng ký ít nhất một việc làm cụ thể gắn với nhiệm vụ"
                " giảng dạy, nghiên cứu khoa học."
            ),
            Img(f"{_UP}/10/sinh-hoat-chuyen-de-khoa-xdd.jpg", None, None, "plain"),
            P(
                "Chi bộ thống nhất đưa kết quả thực hiện việc làm theo gương Bác vào tiêu chí"
                " đánh giá, xếp loại đảng viên cuối năm."
            ),
            Raw('<p style="text-align:right"><strong>Nguyễn Thị Mai Anh</strong></p>'),
        ],
        authors=["Nguyễn Thị Mai Anh"],
        opts={"at": "21/10/2026 15:50", "cat": 1, "tags": ["sinh hoạt chuyên đề"]},
    ),
    Story(
        id=1811,
        slug="thong-bao-tuyen-sinh-dao-tao-trung-cap-ly-luan-chinh-tri-nam-2027-dot-1",
        title="Thông báo tuyển sinh đào tạo trung cấp lý luận chính trị năm 2027 (đợt 1)",
        cat="thong-bao",
        published_at="2026-10-14T07:45:00+07:00",
        summary=(
            "Trường Chính trị tỉnh Thanh Hóa thông báo tuyển sinh đào tạo trung cấp lý luận"
            " chính trị hệ tập trung và hệ không tập trung năm 2027 (đợt 1)."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Đối tượng", "b"),
            P(
                "Cán bộ, công chức, viên chức trong hệ thống chính trị của tỉnh được quy hoạch"
                " các chức danh lãnh đạo, quản lý cấp phòng, cấp xã và tương đương; đảng viên có"
                " trình độ chuyên môn từ trung cấp trở lên."
            ),
            P("2. Hồ sơ dự tuyển", "b"),
            P("Quyết định hoặc công văn cử đi học của cơ quan có thẩm quyền;", "li"),
            P("Bản sao văn bằng chuyên môn cao nhất, bản sao thẻ đảng viên;", "li"),
            P("Sơ yếu lý lịch có xác nhận của cơ quan, hai ảnh cỡ 3 x 4.", "li"),
            P(
                "Hồ sơ nộp tại Phòng Quản lý đào tạo trước ngày 15/01/2027. Mẫu hồ sơ và chỉ tiêu"
                " cụ thể từng đơn vị xem trong tệp đính kèm."
            ),
        ],
        opts={
            "at": "14/10/2026 07:45",
            "cat": 3,
            "tags": ["tuyển sinh", "Trung cấp lý luận chính trị"],
            "attach": ("/Uploads/files/2026/10/TB-tuyen-sinh-TCLLCT-2027-dot-1.pdf", "TB-tuyen-sinh-TCLLCT-2027-dot-1.pdf", "1,2 MB"),
            "thumb": "/Content/images/no-image.jpg",
        },
    ),
    Story(
        id=1808,
        slug="lop-trung-cap-ly-luan-chinh-tri-khoa-109-nghien-cuu-thuc-te-tai-khu-di-tich-lam-kinh",
        title="Lớp Trung cấp lý luận chính trị khóa 109 nghiên cứu thực tế tại Khu di tích Lam Kinh",
        cat="dao-tao-boi-duong",
        published_at="2026-10-09T10:20:00+07:00",
        blocks=[
            P(
                "Thực hiện chương trình đào tạo, ngày 07 và 08/10/2026, Khoa Nhà nước và pháp luật"
                " phối hợp với Phòng Quản lý đào tạo tổ chức cho 72 học viên lớp Trung cấp lý"
                " luận chính trị khóa 109 đi nghiên cứu thực tế tại Khu di tích lịch sử quốc gia"
                " đặc biệt Lam Kinh và xã Thọ Xuân."
            ),
            Img(
                f"{_UP}/10/thuc-te-lam-kinh-1.jpg",
                "Học viên dâng hương tại Điện Lam Kinh (Ảnh: Minh Hiếu)",
                "Học viên dâng hương tại Điện Lam Kinh (Ảnh: Minh Hiếu)",
                "figure",
            ),
            P(
                "Tại xã Thọ Xuân, học viên được nghe lãnh đạo địa phương giới thiệu về mô hình"
                " chính quyền địa phương hai cấp sau sắp xếp, kết quả xây dựng nông thôn mới nâng"
                " cao và kinh nghiệm giải quyết thủ tục hành chính trên môi trường số."
            ),
            Img(
                f"{_UP}/10/thuc-te-lam-kinh-2.jpg",
                "Học viên trao đổi với cán bộ Trung tâm phục vụ hành chính công xã (Ảnh: Minh Hiếu)",
                "Học viên trao đổi với cán bộ Trung tâm phục vụ hành chính công xã (Ảnh: Minh Hiếu)",
                "figure",
            ),
            P(
                "Sau chuyến đi, mỗi học viên viết một bài thu hoạch, liên hệ với thực tiễn công"
                " tác tại đơn vị mình."
            ),
        ],
        photographers=["Minh Hiếu"],
        opts={"at": "09/10/2026 10:20", "cat": 2, "tags": ["nghiên cứu thực tế"]},
    ),
    Story(
        id=1803,
        slug="hoi-thao-khoa-hoc-nang-cao-nang-luc-doi-ngu-can-bo-cap-xa-sau-sap-xep",
        title="Hội thảo khoa học “Nâng cao năng lực đội ngũ cán bộ cấp xã sau sắp xếp”",
        cat="tin-hoat-dong",
        published_at="2026-09-29T16:00:00+07:00",
        summary=(
            "Ngày 28/9/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức Hội thảo khoa học cấp"
            " trường “Nâng cao năng lực đội ngũ cán bộ cấp xã sau sắp xếp đơn vị hành chính”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo nhận được 26 tham luận của giảng viên Nhà trường, cán bộ Ban Tổ chức"
                " Tỉnh ủy, Sở Nội vụ và lãnh đạo một số xã, phường. Các ý kiến tập trung phân tích"
                " yêu cầu mới đối với cán bộ cấp xã khi địa bàn quản lý được mở rộng, khối lượng"
                " công việc phân cấp từ cấp huyện chuyển về tăng mạnh."
            ),
            Img(
                f"{_UP}/09/hoi-thao-can-bo-cap-xa.jpg",
                "Các đại biểu tham dự Hội thảo",
                "Các đại biểu tham dự Hội thảo",
                "tbl",
            ),
            P(
                "Nhiều tham luận đề xuất đổi mới chương trình bồi dưỡng theo vị trí việc làm,"
                " tăng cường bồi dưỡng kỹ năng số, kỹ năng giải quyết thủ tục hành chính và kỹ"
                " năng dân vận cho cán bộ, công chức cấp xã."
            ),
            P(
                "Kết quả Hội thảo là cơ sở để Nhà trường điều chỉnh nội dung các chương trình bồi"
                " dưỡng năm 2027."
            ),
        ],
        opts={"at": "29/09/2026 16:00", "cat": 1, "tags": ["hội thảo khoa học"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def cat_of(story: Story) -> tuple[int, str, str]:
    cid = story.opts["cat"]
    slug, name = CATS[cid]
    return cid, slug, name


def article_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/{story.id}/{story.slug}"


def newest(cid: int = 0) -> list[Story]:
    """News newest first (the detail page's date line), of one category or all (0)."""
    items = [s for s in STORIES if cid in (0, s.opts["cat"])]
    return sorted(items, key=lambda s: s.published_at, reverse=True)


# --------------------------------------------------------------------------- albums, documents, events


@dataclass(frozen=True)
class Album:
    id: int
    slug: str
    title: str
    day: date
    photos: tuple[tuple[str, str], ...]  # (src, caption line)


ALBUMS: list[Album] = [
    Album(
        31,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        date(2026, 11, 20),
        (
            ("/Uploads/album/2026/31/anh-01.jpg", "Lãnh đạo Nhà trường dâng hoa tại phòng truyền thống"),
            ("/Uploads/album/2026/31/anh-02.jpg", "Tiết mục văn nghệ của Công đoàn Nhà trường"),
            ("/Uploads/album/2026/31/anh-03.jpg", "Học viên lớp Trung cấp khóa 110 tặng hoa các thầy, cô"),
        ),
    ),
    Album(
        30,
        "giai-bong-chuyen-hoi-thao-chao-mung-ngay-thanh-lap-truong",
        "Giải bóng chuyền hơi chào mừng Ngày thành lập Trường",
        date(2026, 10, 16),
        (
            ("/Uploads/album/2026/30/anh-01.jpg", "Lễ khai mạc giải"),
            ("/Uploads/album/2026/30/anh-02.jpg", "Trận chung kết giữa đội Khoa Lý luận cơ sở và đội Phòng Tổ chức - Hành chính"),
            ("/Uploads/album/2026/30/anh-03.jpg", "Ban Tổ chức trao cúp cho đội vô địch"),
        ),
    ),
    Album(
        29,
        "khai-giang-nam-hoc-2026-2027",
        "Khai giảng năm học 2026 - 2027",
        date(2026, 9, 8),
        (
            ("/Uploads/album/2026/29/anh-01.jpg", "Nghi thức chào cờ"),
            ("/Uploads/album/2026/29/anh-02.jpg", "Đồng chí Hiệu trưởng đánh trống khai giảng"),
        ),
    ),
    Album(
        27,
        "hoc-vien-tham-gia-ngay-hoi-hien-mau-tinh-nguyen",
        "Học viên tham gia Ngày hội hiến máu tình nguyện",
        date(2026, 7, 24),
        (
            ("/Uploads/album/2026/27/anh-01.jpg", "Học viên đăng ký hiến máu"),
            ("/Uploads/album/2026/27/anh-02.jpg", "Cán bộ y tế kiểm tra sức khỏe trước khi hiến máu"),
            ("/Uploads/album/2026/27/anh-03.jpg", "Đoàn viên Chi đoàn Nhà trường tham gia hiến máu"),
            ("/Uploads/album/2026/27/anh-04.jpg", "Ban Tổ chức tặng quà cho người hiến máu"),
        ),
    ),
]
ALBUM_BY_ID = {a.id: a for a in ALBUMS}


def album_path(a: Album) -> str:
    return f"/thu-vien-anh/album/{a.id}/{a.slug}"


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    issued: date
    abstract: str
    issuer: str
    signer: str
    file: str


DOCS: list[Doc] = [
    Doc(
        58, "1215/QĐ-TCT", "Quyết định", date(2026, 11, 13),
        "Quyết định về việc công nhận tốt nghiệp lớp Trung cấp lý luận chính trị khóa 106",
        SITE, "Lê Văn Thành", "/Uploads/VanBan/2026/1215-QD-TCT.pdf",
    ),
    Doc(
        57, "1190/KH-TCT", "Kế hoạch", date(2026, 11, 2),
        "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        SITE, "Phạm Thị Hoa", "/Uploads/VanBan/2026/1190-KH-TCT.pdf",
    ),
    Doc(
        56, "1102/QĐ-TCT", "Quyết định", date(2026, 10, 5),
        "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2027",
        SITE, "Phạm Thị Hoa", "/Uploads/VanBan/2026/1102-QD-TCT.pdf",
    ),
    Doc(
        55, "45-HD/BTGDVTU", "Hướng dẫn", date(2026, 9, 18),
        "Hướng dẫn học tập, quán triệt nghị quyết của Ban Chấp hành Đảng bộ tỉnh",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Nguyễn Văn Hùng", "/Uploads/VanBan/2026/45-HD-BTGDVTU.pdf",
    ),
    Doc(
        54, "978/TB-TCT", "Thông báo", date(2026, 8, 27),
        "Thông báo kế hoạch khai giảng các lớp năm học 2026 - 2027",
        SITE, "Lê Văn Thành", "/Uploads/VanBan/2026/978-TB-TCT.pdf",
    ),
]
DOC_BY_ID = {d.id: d for d in DOCS}

#: the work calendar: (day, time, what, chaired by, where, who)
EVENTS: list[tuple[date, str, str, str, str, str]] = [
    (date(2026, 11, 16), "07h30", "Giao ban Ban Giám hiệu", "Hiệu trưởng", "Phòng họp số 1", "Ban Giám hiệu, trưởng các khoa, phòng"),
    (date(2026, 11, 18), "08h00", "Khai giảng lớp Trung cấp lý luận chính trị khóa 112", "PHT Lê Văn Thành", "Hội trường lớn", "Theo giấy mời"),
    (date(2026, 11, 19), "08h00", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "Hiệu trưởng", "Hội trường lớn", "Toàn thể cán bộ, giảng viên"),
    (date(2026, 11, 23), "07h30", "Giao ban Ban Giám hiệu", "Hiệu trưởng", "Phòng họp số 1", "Ban Giám hiệu, trưởng các khoa, phòng"),
    (date(2026, 11, 24), "14h00", "Họp Hội đồng khoa học Nhà trường", "Hiệu trưởng", "Phòng họp số 2", "Thành viên Hội đồng khoa học"),
    (date(2026, 11, 26), "08h00", "Dự Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Hiệu trưởng", "Hội trường lớn", "Đồng chí Hiệu trưởng"),
    (date(2026, 11, 27), "Cả ngày", "Phục vụ Hội nghị Ban Chấp hành Đảng bộ tỉnh", "PHT Lê Văn Thành", "Hội trường lớn", "Phòng Tổ chức - Hành chính"),
    (date(2026, 12, 1), "07h30", "Giao ban tháng 12", "Hiệu trưởng", "Phòng họp số 1", "Ban Giám hiệu, trưởng các khoa, phòng"),
    (date(2026, 12, 3), "14h00", "Kiểm tra giảng dạy lớp khóa 110", "Trưởng phòng QLĐT", "Phòng học số 3, nhà B", "Phòng Quản lý đào tạo"),
]


# --------------------------------------------------------------------------- text encoders


def razor(value: str) -> str:
    """What Razor's ``@value`` prints on .NET Framework: ``<>&"'`` escaped, U+00A0..U+00FF as
    decimal references (HttpUtility.HtmlEncode), everything else raw."""
    out = []
    for ch in value:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&#39;")
        elif 0xA0 <= ord(ch) <= 0xFF:
            out.append(f"&#{ord(ch)};")
        else:
            out.append(ch)
    return "".join(out)


_LATIN1_NAMES = {
    "À": "Agrave", "Á": "Aacute", "Â": "Acirc", "Ã": "Atilde", "È": "Egrave", "É": "Eacute",
    "Ê": "Ecirc", "Ì": "Igrave", "Í": "Iacute", "Ò": "Ograve", "Ó": "Oacute", "Ô": "Ocirc",
    "Õ": "Otilde", "Ù": "Ugrave", "Ú": "Uacute", "Ý": "Yacute", "à": "agrave", "á": "aacute",
    "â": "acirc", "ã": "atilde", "è": "egrave", "é": "eacute", "ê": "ecirc", "ì": "igrave",
    "í": "iacute", "ò": "ograve", "ó": "oacute", "ô": "ocirc", "õ": "otilde", "ù": "ugrave",
    "ú": "uacute", "ý": "yacute", "\xa0": "nbsp",
}


def ck(value: str, nfd: bool = False) -> str:
    """Text as CKEditor 4 saves it (``entities_latin``): Latin-1 letters as named entities,
    the rest raw; “ ” as ``&ldquo;``/``&rdquo;``. ``nfd``: pasted decomposed (then the
    letters are ASCII plus combining marks and no entity is written)."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if nfd:
        value = unicodedata.normalize("NFD", value)
    out = []
    for ch in value:
        if ch in _LATIN1_NAMES:
            out.append(f"&{_LATIN1_NAMES[ch]};")
        elif ch == "“":
            out.append("&ldquo;")
        elif ch == "”":
            out.append("&rdquo;")
        else:
            out.append(ch)
    return "".join(out)


def _d(day: date) -> str:
    """.NET's ``dd/MM/yyyy``."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def _story_day(s: Story) -> str:
    return s.opts["at"].split(" ")[0]


def _teaser(s: Story) -> str:
    text = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(text) <= 170:
        return text
    return text[:170].rsplit(" ", 1)[0] + "..."


def _thumb(s: Story) -> str:
    if "thumb" in s.opts or not s.images:
        return s.opts.get("thumb", "/Content/images/no-image.jpg")
    return s.images[0].src


# --------------------------------------------------------------------------- page chrome

_MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu/lich-su-phat-trien",
        "Giới thiệu",
        [
            ("/gioi-thieu/lich-su-phat-trien", "Lịch sử phát triển"),
            ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức"),
            ("/gioi-thieu/ban-giam-hieu", "Ban Giám hiệu"),
        ],
    ),
    (
        "/tin-tuc/tat-ca",
        "Tin tức",
        [(f"/tin-tuc/{slug}", name) for slug, name in CATS.values()] + [("/tin-tuc/tat-ca", "Tất cả tin")],
    ),
    ("/van-ban", "Văn bản", []),
    ("/lich-cong-tac", "Lịch công tác", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for href, label, subs in _MENU:
        if subs:
            sub = "".join(f'<li><a href="{h}">{razor(t)}</a></li>' for h, t in subs)
            items.append(
                f'<li class="dropdown"><a href="{href}" class="dropdown-toggle" data-toggle="dropdown">'
                f'{razor(label)} <span class="caret"></span></a><ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li><a href="{href}">{razor(label)}</a></li>')
    return "".join(items)


def _box(title: str, inner: str, cls: str = "") -> str:
    return (
        f'<div class="box-sidebar {cls}"><div class="box-title"><h3>{razor(title)}</h3></div>'
        f'<div class="box-content">{inner}</div></div>'
    )


def _sidebar() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{razor(s.title)}</a> <span class="date">({_story_day(s)})</span></li>'
        for s in newest()[:5]
    )
    most = sorted(STORIES, key=lambda s: (-s.views(), s.id))[:5]
    most_read = "".join(
        f'<li><a href="/tin-tuc/chi-tiet/{s.id}">{razor(s.title)}</a> <span class="view">'
        f'<i class="fa fa-eye"></i> {s.views()}</span></li>'
        for s in most
    )
    docs = "".join(
        f'<li><a href="/van-ban/chi-tiet/{d.id}">{razor(d.number)}</a>: {razor(d.abstract)}</li>'
        for d in DOCS[:3]
    )
    album = ALBUMS[0]
    gallery = (
        f'<a href="{album_path(album)}"><img src="{album.photos[0][0]}" class="img-responsive" alt="{razor(album.title)}" />'
        f'</a><p><a href="{album_path(album)}">{razor(album.title)}</a></p>'
        '<p class="text-right"><a href="/thu-vien-anh">Xem tất cả album &raquo;</a></p>'
    )
    week = (
        '<a href="/lich-cong-tac" class="btn-lich"><i class="fa fa-calendar-check-o"></i> '
        f"{razor('Lịch công tác tuần này')}</a>"
    )
    poll = f"""<form action="/binh-chon/gui" method="post" class="form-poll">
<input name="__RequestVerificationToken" type="hidden" value="{_TOKEN}" /><input type="hidden" name="PollId" value="3" />
<p class="question">{razor("Đồng chí đánh giá thế nào về hình thức học tập kết hợp trực tuyến của Nhà trường?")}</p>
<div class="radio"><label><input type="radio" name="OptionId" value="7" /> {razor("Rất phù hợp")}</label></div>
<div class="radio"><label><input type="radio" name="OptionId" value="8" /> {razor("Phù hợp")}</label></div>
<div class="radio"><label><input type="radio" name="OptionId" value="9" /> {razor("Chưa phù hợp")}</label></div>
<button type="submit" class="btn btn-primary btn-sm">{razor("Bình chọn")}</button>
<a href="/binh-chon/ket-qua/3" class="btn btn-default btn-sm">{razor("Xem kết quả")}</a></form>"""
    links = """<select class="form-control" onchange="if (this.value != '') window.open(this.value, '_blank');">
<option value="">-- Liên kết website --</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://hcma1.hcma.vn">Học viện Chính trị khu vực I</option>
<option value="https://thanhhoa.dcs.vn">Trang thông tin điện tử Tỉnh ủy Thanh Hóa</option>
<option value="https://thanhhoa.gov.vn">Cổng thông tin điện tử tỉnh Thanh Hóa</option>
<option value="https://www.dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>
</select>"""
    counter = f"""<ul class="counter">
<li><i class="fa fa-user"></i> {razor("Đang truy cập")}: <b>23</b></li>
<li><i class="fa fa-calendar-o"></i> {razor("Hôm nay")}: <b>418</b></li>
<li><i class="fa fa-calendar"></i> {razor("Tháng hiện tại")}: <b>11.207</b></li>
<li><i class="fa fa-bar-chart"></i> {razor("Tổng lượt truy cập")}: <b>1.693.482</b></li></ul>"""
    return (
        _box("Lịch công tác", week, "box-lich")
        + _box("Tin mới", f'<ul class="list-unstyled list-latest">{latest}</ul>')
        + _box("Tin xem nhiều", f'<ul class="list-unstyled list-most">{most_read}</ul>')
        + _box("Văn bản mới", f'<ul class="list-unstyled list-docs">{docs}</ul>')
        + _box("Thư viện ảnh", gallery)
        + _box("Thăm dò ý kiến", poll)
        + _box("Liên kết website", links)
        + _box("Thống kê truy cập", counter)
    )


def _crumbs(trail: list[tuple[str, str]]) -> str:
    items = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for i, (href, label) in enumerate(trail):
        cls = ' class="active"' if i == len(trail) - 1 else ""
        items.append(f'<li{cls}><a href="{href}">{razor(label)}</a></li>')
    return f'<ol class="breadcrumb">{"".join(items)}</ol>'


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    trail: list[tuple[str, str]] | None = None,
    canonical: str | None = None,
    description: str | None = None,
    og: str = "",
    scripts: str = "",
    sidebar: bool = True,
    robots: str | None = None,
) -> str:
    base = base_url(request)
    head = ""
    if canonical:
        head += f'<link rel="canonical" href="{base}{canonical}" />\n'
    if robots:
        head += f'<meta name="robots" content="{robots}" />\n'
    desc = description or f"Cổng thông tin điện tử {SITE}"
    crumbs = _crumbs(trail) if trail is not None else ""
    if sidebar:
        body = (
            f'<div class="row"><div class="col-md-8 col-main">{crumbs}{main}</div>'
            f'<div class="col-md-4 col-sidebar">{_sidebar()}</div></div>'
        )
    else:
        body = f"{crumbs}{main}"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{razor(title)}</title>
<meta name="description" content="{razor(desc)}" />
{head}{og}<link href="/Content/bootstrap.min.css" rel="stylesheet"/>
<link href="/Content/font-awesome.min.css" rel="stylesheet"/>
<link href="/Content/css/site.css?v=2.3.1" rel="stylesheet"/>
<link rel="shortcut icon" href="/favicon.ico" />
<script src="/bundles/modernizr?{_VER}"></script>
</head>
<body>
<div class="top-bar"><div class="container">
<span class="today"><i class="fa fa-calendar"></i> {razor(TODAY_LINE)}</span>
<ul class="top-links list-inline pull-right">
<li><a href="/so-do-trang">{razor("Sơ đồ trang")}</a></li>
<li><a href="/lien-he">{razor("Liên hệ")}</a></li>
<li><a href="/Account/Login?ReturnUrl=%2F"><i class="fa fa-lock"></i> {razor("Đăng nhập")}</a></li>
</ul></div></div>
<header class="header"><div class="container">
<a href="/" class="logo"><img src="/Content/images/logo-truong.png" alt="{razor(SITE)}" /></a>
<div class="site-name"><p class="line1">{razor("ĐẢNG BỘ TỈNH THANH HÓA")}</p><p class="line2">{razor(SITE_UPPER)}</p></div>
<form class="navbar-form search-form" action="/tim-kiem" method="get">
<input type="text" name="tukhoa" class="form-control" placeholder="{razor("Nhập từ khóa tìm kiếm...")}" />
<button type="submit" class="btn"><i class="fa fa-search"></i></button></form>
</div></header>
<nav class="navbar navbar-default main-menu"><div class="container">
<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mainNav"><span class="icon-bar"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="nav navbar-nav">{_menu()}</ul></div>
</div></nav>
<div class="container main-wrap">
{body}
</div>
<footer class="footer"><div class="container"><div class="row">
<div class="col-md-8">
<p class="f-name">{razor(SITE_UPPER)}</p>
<p>{razor("Cơ quan chủ quản")}: {razor(PARENT)}</p>
<p>{razor("Chịu trách nhiệm chính")}: {razor("Đồng chí Phạm Thị Hoa - Hiệu trưởng")}</p>
<p>{razor("Địa chỉ")}: {razor(ADDRESS)}</p>
<p>{razor("Điện thoại")}: {PHONE} - Fax: {FAX} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
</div>
<div class="col-md-4 text-right">
<p>{razor("Bản quyền © 2026 thuộc về")} {razor(SITE)}</p>
<p>{razor("Ghi rõ nguồn khi phát hành lại thông tin từ website này.")}</p>
<p><a href="#top" class="go-top">{razor("Về đầu trang")} <i class="fa fa-angle-up"></i></a></p>
</div></div></div></footer>
<script src="/bundles/jquery?{_VER}"></script>
<script src="/bundles/bootstrap?{_VER}"></script>
<script src="/Scripts/app/common.js?v=2.3.1"></script>
{scripts}
</body>
</html>"""


# --------------------------------------------------------------------------- news pages


def _img_html(img: Img) -> str:
    src = img.src
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:inline-block"><img alt="" height="533" src="{src}" width="800" />'
            f"<figcaption>{ck(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "paren":
        return (
            f'<p style="text-align:center"><img alt="" src="{src}" style="width:800px; height:533px" /></p>'
            f'<p style="text-align:center"><em>{ck(img.printed or "")}</em></p>'
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width:100%">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width:100%" /></td></tr>'
            f'<tr><td class="image_desc" style="text-align:center">{ck(img.printed or "")}</td></tr></tbody></table>'
        )
    return f'<p style="text-align:center"><img alt="" src="{src}" style="width:800px" /></p>'


def _content(s: Story) -> str:
    nfd = bool(s.opts.get("nfd"))
    out: list[str] = []
    i = 0
    blocks = s.blocks
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "row"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "row"):
                cells = blocks[i].text.split(" | ")
                tag = "th" if blocks[i].style == "th" else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{ck(c, nfd)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" class="table table-bordered" style="width:100%">'
                f'<thead>{rows[0]}</thead><tbody>{"".join(rows[1:])}</tbody></table>'
            )
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{ck(blocks[i].text, nfd)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(b, P):
            if b.style == "b":
                out.append(f"<p><strong>{ck(b.text, nfd)}</strong></p>")
            else:
                out.append(f'<p style="text-align:justify">{_linked(s, b.text, nfd)}</p>')
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif isinstance(b, Raw):
            out.append(unicodedata.normalize("NFD", b.html) if nfd else b.html)
        i += 1
    return "\n".join(out)


def _linked(s: Story, text: str, nfd: bool) -> str:
    """A paragraph with the editor's links (``opts["links"]``: phrase -> href) put back in."""
    out = ck(text, nfd)
    for phrase, href in s.opts.get("links", {}).items():
        out = out.replace(ck(phrase, nfd), f'<a href="{href}">{ck(phrase, nfd)}</a>', 1)
    return out


def _article_html(request: Request, s: Story) -> str:
    cid, cslug, cname = cat_of(s)
    path = article_path(s)
    base = base_url(request)
    sapo = f'<div class="detail-sapo">{razor(s.summary)}</div>' if s.summary and s.sapo_outside else ""
    attach = ""
    if "attach" in s.opts:
        href, fname, size = s.opts["attach"]
        attach = (
            f'<div class="detail-attach"><p class="title"><i class="fa fa-paperclip"></i> {razor("Tệp đính kèm")}:</p>'
            f'<ul><li><a href="{href}" target="_blank"><i class="fa fa-file-pdf-o"></i> {fname}</a> ({size})</li></ul></div>'
        )
    tags = ""
    if s.opts.get("tags"):
        links = ", ".join(
            f'<a href="/tim-kiem?tukhoa={quote_plus(t)}">{razor(t)}</a>' for t in s.opts["tags"]
        )
        tags = f'<div class="detail-tags"><i class="fa fa-tags"></i> {razor("Từ khóa")}: {links}</div>'
    related = [r for r in newest(cid) if r.id != s.id][:5]
    rel = "".join(
        f'<li><a href="{article_path(r)}">{razor(r.title)}</a> <span class="date">({_story_day(r)})</span></li>'
        for r in related
    )
    share_url = quote_plus(base + path)
    main = f"""<div class="news-detail">
<h1 class="detail-title">{razor(s.title)}</h1>
<div class="detail-meta clearfix">
<span class="date"><i class="fa fa-clock-o"></i> {s.opts["at"]}</span>
<span class="cate"><i class="fa fa-folder-open-o"></i> <a href="/tin-tuc/{cslug}">{razor(cname)}</a></span>
<span class="view"><i class="fa fa-eye"></i> {razor("Lượt xem")}: {s.views()}</span>
<span class="tools pull-right">
<a href="javascript:void(0);" onclick="changeFont(-1)" title="{razor("Giảm cỡ chữ")}">A-</a>
<a href="javascript:void(0);" onclick="changeFont(1)" title="{razor("Tăng cỡ chữ")}">A+</a>
<a href="/tin-tuc/in-bai/{s.id}" target="_blank" title="{razor("In bài viết")}"><i class="fa fa-print"></i></a>
<a href="/tin-tuc/gui-email/{s.id}" title="{razor("Gửi email")}"><i class="fa fa-envelope-o"></i></a>
</span></div>
{sapo}
<div class="detail-content" id="detailContent">
{_content(s)}
</div>
{attach}
{tags}
<div class="detail-share">
<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank"><i class="fa fa-facebook"></i> {razor("Chia sẻ")}</a>
<div class="zalo-share-button" data-href="{base}{path}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
<a href="javascript:window.print();"><i class="fa fa-print"></i> {razor("In trang")}</a>
<a href="javascript:history.back();"><i class="fa fa-reply"></i> {razor("Quay lại")}</a>
</div>
<div class="related-news"><h3 class="title-box">{razor("Tin liên quan")}</h3><ul>{rel}</ul></div>
</div>"""
    og = (
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{razor(s.title)}" />\n'
        f'<meta property="og:url" content="{base}{path}" />\n'
        f'<meta property="og:image" content="{_abs(base, _thumb(s))}" />\n'
    )
    return _page(
        request,
        f"{s.title} - {SITE}",
        main,
        trail=[("/tin-tuc/tat-ca", "Tin tức"), (f"/tin-tuc/{cslug}", cname)],
        canonical=path,
        description=_teaser(s),
        og=og,
        scripts='<script src="https://sp.zalo.me/plugins/sdk.js"></script>',
    )


def _abs(base: str, src: str) -> str:
    return src if src.startswith("http") else base + src


def _print_html(request: Request, s: Story) -> str:
    _, _, cname = cat_of(s)
    sapo = f"<p><b>{razor(s.summary)}</b></p>" if s.summary and s.sapo_outside else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />
<title>{razor("In bài viết")} - {razor(s.title)}</title>
<link href="/Content/css/print.css" rel="stylesheet"/></head>
<body onload="window.print();">
<div class="print-header">{razor(SITE_UPPER)}<br/>{razor(ADDRESS)}</div>
<h2>{razor(s.title)}</h2><p class="date">{s.opts["at"]} | {razor(cname)}</p>
{sapo}{_content(s)}
<p class="print-footer">{razor("Địa chỉ bài viết")}: {base_url(request)}{article_path(s)}</p>
</body></html>"""


def _email_html(request: Request, s: Story) -> str:
    main = f"""<div class="send-email"><h2 class="title-page">{razor("Gửi bài viết qua email")}</h2>
<p>{razor("Bài viết")}: <a href="{article_path(s)}">{razor(s.title)}</a></p>
<form action="/tin-tuc/gui-email/{s.id}" method="post" class="form-horizontal">
<input name="__RequestVerificationToken" type="hidden" value="{_TOKEN}" />
<div class="form-group"><label>{razor("Họ tên người gửi")}</label><input class="form-control" name="SenderName" /></div>
<div class="form-group"><label>{razor("Email người nhận")}</label><input class="form-control" name="ToEmail" /></div>
<div class="form-group"><label>{razor("Lời nhắn")}</label><textarea class="form-control" name="Message"></textarea></div>
<button type="submit" class="btn btn-primary">{razor("Gửi")}</button></form></div>"""
    return _page(request, f"Gửi email - {SITE}", main, trail=[("/tin-tuc/tat-ca", "Tin tức")], robots="noindex")


def _item_li(s: Story) -> str:
    """One listing entry, as the category page, the fragment endpoint and the home page print it."""
    return (
        f'<li class="news-item clearfix"><a class="thumb" href="{article_path(s)}">'
        f'<img src="{_thumb(s)}" alt="{razor(s.title)}" /></a>'
        f'<div class="info"><h3 class="title"><a href="{article_path(s)}">{razor(s.title)}</a></h3>'
        f'<p class="meta"><span class="date"><i class="fa fa-clock-o"></i> {_story_day(s)}</span></p>'
        f'<p class="sapo">{razor(_teaser(s))}</p></div></li>'
    )


def _more_button(cid: int, page: int, in_list: bool) -> str:
    button = (
        f'<button type="button" class="btn btn-default btn-xem-them" data-url="/tin-tuc/loadmore?catId={cid}&amp;page={page}">'
        f'{razor("Xem thêm")} <i class="fa fa-angle-double-down"></i></button>'
    )
    if in_list:
        return f'<li class="news-more text-center">{button}</li>'
    return f'<div class="news-more text-center">{button}</div>'


_MORE_SCRIPT = """<script type="text/javascript">
    $(document).on('click', '.btn-xem-them', function () {
        var $btn = $(this);
        $btn.prop('disabled', true);
        $.ajax({
            url: $btn.data('url'),
            type: 'GET',
            dataType: 'html',
            success: function (data) {
                $btn.closest('.news-more').remove();
                $('#listNews').append(data);
            }
        });
    });
</script>"""


def _category_html(request: Request, cid: int) -> str:
    slug, name = CATS[cid]
    items = newest(cid)
    first = "".join(_item_li(s) for s in items[:PAGE_SIZE])
    more = _more_button(cid, 2, False) if len(items) > PAGE_SIZE else ""
    main = (
        f'<div class="category-page"><h2 class="title-page">{razor(name)}</h2>'
        f'<ul class="list-news" id="listNews">{first}</ul>{more}</div>'
    )
    return _page(
        request,
        f"{name} - {SITE}",
        main,
        trail=[("/tin-tuc/tat-ca", "Tin tức"), (f"/tin-tuc/{slug}", name)],
        canonical=f"/tin-tuc/{slug}",
        scripts=_MORE_SCRIPT,
    )


def _loadmore(cid: int, page: int) -> str:
    """The fragment behind "Xem thêm": bare items, a new button when more remain, else nothing."""
    items = newest(cid)
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    if page < 2 or not chunk:
        return ""
    out = "\n".join(_item_li(s) for s in chunk)
    if len(items) > page * PAGE_SIZE:
        out += "\n" + _more_button(cid, page + 1, True)
    return out


def _pager(page: int, pages: int, href) -> str:
    """PagedList.Mvc's pager markup (Bootstrap 3 classes)."""
    def li(label: str, target: int | None, cls: str = "", rel: str = "") -> str:
        rel_attr = f' rel="{rel}"' if rel else ""
        cls_attr = f' class="{cls}"' if cls else ""
        if target is None:
            return f"<li{cls_attr}><a{rel_attr}>{label}</a></li>"
        return f'<li{cls_attr}><a href="{href(target)}"{rel_attr}>{label}</a></li>'

    parts = []
    if page > 1:
        parts.append(li("««", 1, "PagedList-skipToFirst"))
        parts.append(li("«", page - 1, "PagedList-skipToPrevious", "prev"))
    else:
        parts.append(li("««", None, "disabled PagedList-skipToFirst"))
        parts.append(li("«", None, "disabled PagedList-skipToPrevious", "prev"))
    for n in range(1, pages + 1):
        parts.append(li(str(n), None, "active") if n == page else li(str(n), n))
    if page < pages:
        parts.append(li("»", page + 1, "PagedList-skipToNext", "next"))
        parts.append(li("»»", pages, "PagedList-skipToLast"))
    else:
        parts.append(li("»", None, "disabled PagedList-skipToNext", "next"))
        parts.append(li("»»", None, "disabled PagedList-skipToLast"))
    return f'<div class="pagination-container"><ul class="pagination">{"".join(parts)}</ul></div>'


def _pages(n: int, size: int) -> int:
    return max(1, -(-n // size))


def _archive_html(request: Request, page: int) -> str:
    items = newest()
    pages = _pages(len(items), ARCHIVE_SIZE)
    chunk = items[(page - 1) * ARCHIVE_SIZE : page * ARCHIVE_SIZE]
    rows = []
    for s in chunk:
        _, cslug, cname = cat_of(s)
        rows.append(
            f'<div class="archive-item"><h3><a href="{article_path(s)}">{razor(s.title)}</a></h3>'
            f'<p class="meta"><span class="date">{_story_day(s)}</span> | <a href="/tin-tuc/{cslug}">{razor(cname)}</a></p>'
            f'<p class="sapo">{razor(_teaser(s))}</p></div>'
        )
    if not rows:
        rows.append(f'<p class="empty">{razor("Không có dữ liệu")}</p>')
    main = (
        f'<div class="archive-page"><h2 class="title-page">{razor("Tất cả tin")}</h2>{"".join(rows)}'
        f'{_pager(page, pages, lambda n: f"/tin-tuc/tat-ca?page={n}")}'
        f'<p class="total">{razor("Trang")} {page}/{pages} - {razor("Tổng số")} {len(items)} {razor("tin")}</p></div>'
    )
    return _page(request, f"Tất cả tin - {SITE}", main, trail=[("/tin-tuc/tat-ca", "Tin tức"), ("/tin-tuc/tat-ca", "Tất cả tin")])


_HOME_SCRIPT = """<script type="text/javascript">
    var homePage = 1;
    $('#btnMoreHome').click(function () {
        homePage++;
        $.ajax({
            url: '/tin-tuc/loadmore?catId=0&page=' + homePage,
            type: 'GET',
            dataType: 'html',
            success: function (data) {
                if ($.trim(data) == '') { $('#btnMoreHome').hide(); }
                else { $('#homeNews').append(data); $('#homeNews .news-more').remove(); }
            }
        });
    });
    $('.home-slider').carousel({ interval: 5000 });
</script>"""


def _home_html(request: Request) -> str:
    top = newest()
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{article_path(s)}"><img src="{_thumb(s)}" alt="{razor(s.title)}" /></a>'
        f'<div class="carousel-caption"><h3><a href="{article_path(s)}">{razor(s.title)}</a></h3></div></div>'
        for i, s in enumerate([s for s in top if "thumb" not in s.opts][:3])
    )
    latest = "".join(_item_li(s) for s in top[:PAGE_SIZE])
    blocks = []
    for cid, (slug, name) in CATS.items():
        entries = "".join(
            f'<li><a href="{article_path(s)}">{razor(s.title)}</a> <span class="date">({_story_day(s)})</span></li>'
            for s in newest(cid)[:3]
        )
        blocks.append(
            f'<div class="col-md-6 home-cate"><div class="box-title"><h2><a href="/tin-tuc/{slug}">{razor(name)}</a></h2></div>'
            f'<ul class="list-unstyled">{entries}</ul><p class="text-right"><a href="/tin-tuc/{slug}">'
            f'{razor("Xem tất cả")} &raquo;</a></p></div>'
        )
    albums = "".join(
        f'<div class="col-xs-4"><a href="{album_path(a)}"><img src="{a.photos[0][0]}" class="img-responsive" alt="{razor(a.title)}" />'
        f"</a><p>{razor(a.title)}</p></div>"
        for a in ALBUMS[:3]
    )
    main = f"""<div id="homeSlider" class="carousel slide home-slider" data-ride="carousel"><div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#homeSlider" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#homeSlider" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>
<div class="home-latest"><div class="box-title"><h2>{razor("Tin mới cập nhật")}</h2></div>
<ul class="list-news" id="homeNews">{latest}</ul>
<p class="text-center"><a href="javascript:void(0);" id="btnMoreHome" class="btn btn-default">{razor("Xem thêm tin")}</a></p></div>
<div class="row">{"".join(blocks)}</div>
<div class="home-album"><div class="box-title"><h2><a href="/thu-vien-anh">{razor("Thư viện ảnh")}</a></h2></div><div class="row">{albums}</div></div>"""
    return _page(request, f"Trang chủ - {SITE}", main, canonical="/", scripts=_HOME_SCRIPT)


# --------------------------------------------------------------------------- other modules


def _albums_html(request: Request, page: int) -> str:
    pages = _pages(len(ALBUMS), ALBUM_PAGE)
    chunk = ALBUMS[(page - 1) * ALBUM_PAGE : page * ALBUM_PAGE]
    cards = "".join(
        f'<div class="col-sm-4 album-item"><a href="{album_path(a)}" class="thumb"><img src="{a.photos[0][0]}" alt="{razor(a.title)}" />'
        f'<span class="count"><i class="fa fa-camera"></i> {len(a.photos)}</span></a>'
        f'<h3><a href="{album_path(a)}">{razor(a.title)}</a></h3><p class="date">{_d(a.day)}</p></div>'
        for a in chunk
    )
    main = (
        f'<div class="album-list"><h2 class="title-page">{razor("Thư viện ảnh")}</h2><div class="row">{cards}</div>'
        f'{_pager(page, pages, lambda n: f"/thu-vien-anh?page={n}")}</div>'
    )
    return _page(request, f"Thư viện ảnh - {SITE}", main, trail=[("/thu-vien-anh", "Thư viện ảnh")])


def _album_html(request: Request, a: Album) -> str:
    photos = "".join(
        f'<div class="col-sm-4 photo-item"><a href="{src}" data-fancybox="album-{a.id}" data-caption="{razor(cap)}">'
        f'<img src="{src}" alt="{razor(cap)}" class="img-responsive" /></a><p class="photo-caption">{razor(cap)}</p></div>'
        for src, cap in a.photos
    )
    others = "".join(
        f'<li><a href="{album_path(o)}">{razor(o.title)}</a> <span class="date">({_d(o.day)})</span></li>'
        for o in ALBUMS
        if o.id != a.id
    )
    main = f"""<div class="album-detail"><h1 class="album-title">{razor(a.title)}</h1>
<p class="album-meta"><i class="fa fa-calendar"></i> {razor("Ngày đăng")}: {_d(a.day)} | <i class="fa fa-camera"></i> {len(a.photos)} {razor("ảnh")}</p>
<div class="row photos">{photos}</div>
<div class="other-albums"><h3 class="title-box">{razor("Album khác")}</h3><ul>{others}</ul></div></div>"""
    return _page(
        request,
        f"{a.title} - {SITE}",
        main,
        trail=[("/thu-vien-anh", "Thư viện ảnh")],
        canonical=album_path(a),
        scripts='<script src="/Scripts/jquery.fancybox.min.js"></script>',
    )


def _docs_html(request: Request, page: int) -> str:
    pages = _pages(len(DOCS), DOC_PAGE)
    chunk = DOCS[(page - 1) * DOC_PAGE : page * DOC_PAGE]
    rows = "".join(
        f'<tr><td class="text-center">{(page - 1) * DOC_PAGE + i + 1}</td><td>{razor(d.number)}</td><td>{_d(d.issued)}</td>'
        f'<td><a href="/van-ban/chi-tiet/{d.id}">{razor(d.abstract)}</a></td>'
        f'<td class="text-center"><a href="{d.file}" title="{razor("Tải về")}"><i class="fa fa-download"></i></a></td></tr>'
        for i, d in enumerate(chunk)
    )
    kinds = sorted({d.kind for d in DOCS})
    options = "".join(f'<option value="{razor(k)}">{razor(k)}</option>' for k in kinds)
    main = f"""<div class="doc-page"><h2 class="title-page">{razor("Văn bản")}</h2>
<form action="/van-ban" method="get" class="form-inline doc-filter">
<select name="loai" class="form-control"><option value="">-- {razor("Loại văn bản")} --</option>{options}</select>
<input type="text" name="tukhoa" class="form-control" placeholder="{razor("Số ký hiệu, trích yếu")}" />
<button type="submit" class="btn btn-primary">{razor("Tìm kiếm")}</button></form>
<table class="table table-bordered table-striped"><thead><tr><th>STT</th><th>{razor("Số/Ký hiệu")}</th><th>{razor("Ngày ban hành")}</th>
<th>{razor("Trích yếu")}</th><th>{razor("Tải về")}</th></tr></thead><tbody>{rows}</tbody></table>
{_pager(page, pages, lambda n: f"/van-ban?page={n}")}</div>"""
    return _page(request, f"Văn bản - {SITE}", main, trail=[("/van-ban", "Văn bản")])


def _doc_html(request: Request, d: Doc) -> str:
    fields = [
        ("Số/Ký hiệu", d.number),
        ("Loại văn bản", d.kind),
        ("Ngày ban hành", _d(d.issued)),
        ("Trích yếu", d.abstract),
        ("Cơ quan ban hành", d.issuer),
        ("Người ký", d.signer),
    ]
    rows = "".join(f'<tr><th style="width:30%">{razor(k)}</th><td>{razor(v)}</td></tr>' for k, v in fields)
    fname = d.file.rsplit("/", 1)[1]
    main = f"""<div class="doc-detail"><h2 class="title-page">{razor("Chi tiết văn bản")}</h2>
<table class="table table-bordered">{rows}
<tr><th>{razor("Tệp đính kèm")}</th><td><a href="{d.file}" target="_blank"><i class="fa fa-file-pdf-o"></i> {fname}</a></td></tr></table>
<p><a href="/van-ban">&laquo; {razor("Quay lại danh sách")}</a></p></div>"""
    return _page(request, f"{d.number} - {SITE}", main, trail=[("/van-ban", "Văn bản")])


_WEEKDAY = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def _week_target(year: int, week: int) -> str:
    return f"/lich-cong-tac?tuan={week}&nam={year}"


def _calendar_html(request: Request, year: int, week: int) -> str:
    monday = date.fromisocalendar(year, week, 1)
    links = []
    for delta, label, side in ((-7, "&laquo; " + razor("Tuần trước"), "left"), (7, razor("Tuần sau") + " &raquo;", "right")):
        try:
            other = (monday + timedelta(days=delta)).isocalendar()
            date.fromisocalendar(other[0], other[1], 7)
        except (OverflowError, ValueError):  # outside 01/01/0001 - 31/12/9999, DateTime's range
            continue
        links.append(f'<a class="pull-{side}" href="{_week_target(other[0], other[1])}">{label}</a>')
    rows = []
    for k in range(7):
        day = monday + timedelta(days=k)
        events = [e for e in EVENTS if e[0] == day]
        label = f"{razor(_WEEKDAY[k])}<br/>{_d(day)}"
        if not events:
            rows.append(f'<tr><td class="day">{label}</td><td colspan="5" class="text-muted">&nbsp;</td></tr>')
        for j, (_, at, what, chair, where, who) in enumerate(events):
            first = f'<td class="day" rowspan="{len(events)}">{label}</td>' if j == 0 else ""
            rows.append(
                f"<tr>{first}<td>{razor(at)}</td><td>{razor(what)}</td><td>{razor(chair)}</td>"
                f"<td>{razor(where)}</td><td>{razor(who)}</td></tr>"
            )
    sunday = monday + timedelta(days=6)
    main = f"""<div class="calendar-page"><h2 class="title-page">{razor("Lịch công tác tuần")} {week} ({razor("từ ngày")} {_d(monday)} {razor("đến ngày")} {_d(sunday)})</h2>
<div class="week-nav clearfix">
{"".join(links)}
<form action="/lich-cong-tac" method="get" class="form-inline text-center">
<label>{razor("Tuần")}</label> <input type="number" name="tuan" value="{week}" class="form-control" style="width:70px" />
<label>{razor("Năm")}</label> <input type="number" name="nam" value="{year}" class="form-control" style="width:90px" />
<button type="submit" class="btn btn-default">{razor("Xem")}</button></form></div>
<table class="table table-bordered calendar"><thead><tr><th>{razor("Ngày")}</th><th>{razor("Thời gian")}</th><th>{razor("Nội dung")}</th>
<th>{razor("Chủ trì")}</th><th>{razor("Địa điểm")}</th><th>{razor("Thành phần")}</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>"""
    return _page(request, f"Lịch công tác - {SITE}", main, trail=[("/lich-cong-tac", "Lịch công tác")])


_ABOUT = {
    "lich-su-phat-trien": (
        "Lịch sử phát triển",
        [
            "Trường Chính trị tỉnh Thanh Hóa tiền thân là Trường Đảng tỉnh Thanh Hóa, được thành lập"
            " năm 1949 trong kháng chiến chống thực dân Pháp.",
            "Qua hơn 75 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng trăm nghìn"
            " lượt cán bộ, đảng viên cho hệ thống chính trị của tỉnh.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu gồm Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các khoa: Lý luận cơ sở; Xây dựng Đảng; Nhà nước và pháp luật; Dân vận.",
            "Các phòng: Tổ chức - Hành chính; Quản lý đào tạo; Quản lý khoa học và Thông tin - Tư liệu.",
        ],
    ),
    "ban-giam-hieu": (
        "Ban Giám hiệu",
        [
            "Hiệu trưởng: Đồng chí Phạm Thị Hoa.",
            "Phó Hiệu trưởng: Đồng chí Lê Văn Thành; Đồng chí Nguyễn Hữu Quang.",
        ],
    ),
}


def _about_html(request: Request, slug: str) -> str:
    title, paragraphs = _ABOUT[slug]
    nav = "".join(f'<li><a href="/gioi-thieu/{k}">{razor(t)}</a></li>' for k, (t, _) in _ABOUT.items())
    body = "".join(f"<p>{razor(p)}</p>" for p in paragraphs)
    main = f'<div class="static-page"><h2 class="title-page">{razor(title)}</h2>{body}<ul class="sub-nav">{nav}</ul></div>'
    return _page(request, f"{title} - {SITE}", main, trail=[("/gioi-thieu/lich-su-phat-trien", "Giới thiệu"), (f"/gioi-thieu/{slug}", title)])


def _contact_html(request: Request) -> str:
    main = f"""<div class="contact-page"><h2 class="title-page">{razor("Liên hệ")}</h2>
<p><b>{razor(SITE)}</b></p><p>{razor("Địa chỉ")}: {razor(ADDRESS)}</p><p>{razor("Điện thoại")}: {PHONE}</p>
<form action="/lien-he" method="post"><input name="__RequestVerificationToken" type="hidden" value="{_TOKEN}" />
<div class="form-group"><label>{razor("Họ và tên")}</label><input class="form-control" name="HoTen" /></div>
<div class="form-group"><label>Email</label><input class="form-control" name="Email" /></div>
<div class="form-group"><label>{razor("Tiêu đề")}</label><input class="form-control" name="TieuDe" /></div>
<div class="form-group"><label>{razor("Nội dung")}</label><textarea class="form-control" name="NoiDung"></textarea></div>
<button type="submit" class="btn btn-primary">{razor("Gửi liên hệ")}</button></form></div>"""
    return _page(request, f"Liên hệ - {SITE}", main, trail=[("/lien-he", "Liên hệ")])


def _sitemap_html(request: Request) -> str:
    groups = []
    for href, label, subs in _MENU:
        sub = "".join(f'<li><a href="{h}">{razor(t)}</a></li>' for h, t in subs)
        groups.append(f'<li><a href="{href}">{razor(label)}</a>{f"<ul>{sub}</ul>" if sub else ""}</li>')
    main = f'<div class="sitemap-page"><h2 class="title-page">{razor("Sơ đồ trang")}</h2><ul>{"".join(groups)}</ul></div>'
    return _page(request, f"Sơ đồ trang - {SITE}", main, trail=[("/so-do-trang", "Sơ đồ trang")])


def _login_html(request: Request) -> str:
    main = f"""<div class="login-page"><h2 class="title-page">{razor("Đăng nhập hệ thống")}</h2>
<form action="/Account/Login?ReturnUrl=%2F" method="post" class="form-horizontal">
<input name="__RequestVerificationToken" type="hidden" value="{_TOKEN}" />
<div class="form-group"><label>{razor("Tên đăng nhập")}</label><input class="form-control" name="UserName" /></div>
<div class="form-group"><label>{razor("Mật khẩu")}</label><input class="form-control" type="password" name="Password" /></div>
<div class="checkbox"><label><input type="checkbox" name="RememberMe" value="true" /> {razor("Ghi nhớ")}</label></div>
<button type="submit" class="btn btn-primary">{razor("Đăng nhập")}</button></form></div>"""
    return _page(request, f"Đăng nhập - {SITE}", main, sidebar=False, robots="noindex")


def _fold(text: str) -> str:
    """Lower case without tone marks, as the search box compares."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(c for c in text if not unicodedata.combining(c))


def _search_html(request: Request) -> str:
    q = request.params.get("tukhoa", "").strip()
    hits = []
    if q:
        needle = _fold(q)
        hits = [
            s for s in newest()
            if needle in _fold(s.title) or any(needle in _fold(t) for t in s.opts.get("tags", []))
        ]
    rows = "".join(
        f'<div class="search-item"><h3><a href="{article_path(s)}">{razor(s.title)}</a></h3>'
        f'<p class="date">{_story_day(s)}</p><p>{razor(_teaser(s))}</p></div>'
        for s in hits
    )
    info = (
        f'{razor("Tìm thấy")} {len(hits)} {razor("kết quả cho từ khóa")} &quot;{razor(q)}&quot;'
        if q
        else razor("Vui lòng nhập từ khóa tìm kiếm.")
    )
    main = f'<div class="search-page"><h2 class="title-page">{razor("Kết quả tìm kiếm")}</h2><p class="info">{info}</p>{rows}</div>'
    return _page(request, f"Tìm kiếm - {SITE}", main, trail=[("/tim-kiem", "Tìm kiếm")], robots="noindex, follow")


def _poll_html(request: Request) -> str:
    results = [("Rất phù hợp", 214, 58), ("Phù hợp", 131, 36), ("Chưa phù hợp", 22, 6)]
    rows = "".join(
        f'<tr><td>{razor(label)}</td><td>{votes}</td><td><div class="progress"><div class="progress-bar" style="width:{pct}%">{pct}%</div></div></td></tr>'
        for label, votes, pct in results
    )
    main = f"""<div class="poll-result"><h2 class="title-page">{razor("Kết quả thăm dò ý kiến")}</h2>
<p>{razor("Đồng chí đánh giá thế nào về hình thức học tập kết hợp trực tuyến của Nhà trường?")}</p>
<table class="table">{rows}</table><p>{razor("Tổng số phiếu")}: 367</p></div>"""
    return _page(request, f"Thăm dò ý kiến - {SITE}", main, trail=[("/binh-chon/ket-qua/3", "Thăm dò ý kiến")])


# --------------------------------------------------------------------------- routing

_BUNDLE = re.compile(r"^/bundles/(modernizr|jquery|bootstrap)$")
_DETAIL = re.compile(r"^/tin-tuc/chi-tiet/(\d+)(?:/([^/]+))?/?$")
_OLD = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)\.aspx$")
_PRINT = re.compile(r"^/tin-tuc/in-bai/(\d+)$")
_EMAIL = re.compile(r"^/tin-tuc/gui-email/(\d+)$")
_ALBUM = re.compile(r"^/thu-vien-anh/album/(\d+)(?:/([^/]+))?$")
_DOC = re.compile(r"^/van-ban/chi-tiet/(\d+)$")
_FILES = {s.opts["attach"][0] for s in STORIES if "attach" in s.opts} | {d.file for d in DOCS}


def _int(value: str | None, default: int | None = None) -> int | None:
    if value is None or value == "":
        return default
    return int(value) if re.fullmatch(r"-?\d{1,6}", value) else None


def _not_found() -> Response:
    body = (
        "<!DOCTYPE html><html><head><title>Không tìm thấy trang</title></head><body>"
        "<h2>Lỗi 404 - Không tìm thấy trang bạn yêu cầu</h2><p><a href=\"/\">Về trang chủ</a></p></body></html>"
    )
    return html(body, status=404)


class MvcPoliticalSchool:
    """The site: routes the MVC application's URLs; every page is rendered per request."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        q = request.params
        if path in _FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.lower().endswith(".pdf"):
            return _not_found()
        if _BUNDLE.match(path):
            return Response(200, b"/* bundle */", {"Content-Type": "text/javascript; charset=utf-8"})
        if path.startswith(("/Content/", "/Scripts/", "/Uploads/")) or path == "/favicon.ico":
            return static_file(path) or _not_found()
        if path == "/robots.txt":
            return Response(
                200,
                "User-agent: *\nDisallow: /Account/\nDisallow: /Admin/\nDisallow: /binh-chon/gui\n",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if request.method == "POST":
            if path == "/binh-chon/gui":
                return redirect("/binh-chon/ket-qua/3")
            if path in ("/lien-he", "/Account/Login") or _EMAIL.match(path):
                return redirect(path)
            return _not_found()
        page = self._page(request, path, q)
        if isinstance(page, Response):
            return page
        if page is None:
            return _not_found()
        return html(page, headers={"X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET"})

    def _page(self, request: Request, path: str, q: dict[str, str]) -> str | Response | None:
        if path == "/":
            return _home_html(request)
        if m := _DETAIL.match(path):
            s = BY_ID.get(int(m.group(1)))
            return _article_html(request, s) if s else None
        if m := _OLD.match(path):
            s = BY_ID.get(int(m.group(2)))
            return redirect(article_path(s), 301) if s else None
        if m := _PRINT.match(path):
            s = BY_ID.get(int(m.group(1)))
            return _print_html(request, s) if s else None
        if m := _EMAIL.match(path):
            s = BY_ID.get(int(m.group(1)))
            return _email_html(request, s) if s else None
        if path == "/tin-tuc/loadmore":
            cid, page = _int(q.get("catId")), _int(q.get("page"), 1)
            if cid is None or page is None or (cid and cid not in CATS):
                return None
            return Response(200, _loadmore(cid, page), {"Content-Type": "text/html; charset=utf-8"})
        if path == "/tin-tuc/tat-ca":
            page = _int(q.get("page"), 1)
            return _archive_html(request, page) if page and page >= 1 else None
        if path == "/tin-tuc":
            return redirect("/tin-tuc/tat-ca", 301)
        if path.startswith("/tin-tuc/") and path[len("/tin-tuc/"):] in CAT_BY_SLUG:
            return _category_html(request, CAT_BY_SLUG[path[len("/tin-tuc/"):]][0])
        if path == "/thu-vien-anh":
            page = _int(q.get("page"), 1)
            return _albums_html(request, page) if page and page >= 1 else None
        if m := _ALBUM.match(path):
            a = ALBUM_BY_ID.get(int(m.group(1)))
            return _album_html(request, a) if a else None
        if path == "/van-ban":
            page = _int(q.get("page"), 1)
            return _docs_html(request, page) if page and page >= 1 else None
        if m := _DOC.match(path):
            d = DOC_BY_ID.get(int(m.group(1)))
            return _doc_html(request, d) if d else None
        if path == "/lich-cong-tac":
            iso = TODAY.isocalendar()
            week, year = _int(q.get("tuan"), iso[1]), _int(q.get("nam"), iso[0])
            if week is None or year is None or not 1 <= year <= 9999:
                return None
            try:  # the whole week must lie inside DateTime's range
                date.fromisocalendar(year, week, 1)
                date.fromisocalendar(year, week, 7)
            except (ValueError, OverflowError):
                return None
            return _calendar_html(request, year, week)
        if m := re.fullmatch(r"/gioi-thieu/([a-z-]+)", path):
            return _about_html(request, m.group(1)) if m.group(1) in _ABOUT else None
        if path == "/lien-he":
            return _contact_html(request)
        if path == "/so-do-trang":
            return _sitemap_html(request)
        if path == "/Account/Login":
            return _login_html(request)
        if path == "/tim-kiem":
            return _search_html(request)
        if path == "/binh-chon/ket-qua/3":
            return _poll_html(request)
        return None


def build_site() -> MvcPoliticalSchool:
    return MvcPoliticalSchool()


# --------------------------------------------------------------------------- gold (by hand)


def _gold(story: Story) -> dict:
    _, _, cname = cat_of(story)
    return gold_record(
        story,
        article_path(story),
        cname,
        alt_paths=[f"/tin-tuc/chi-tiet/{story.id}"],
    )


GOLD: list[dict] = [_gold(s) for s in newest()]


def _category_pages() -> list[str]:
    out = []
    for cid, (slug, _) in CATS.items():
        out.append(f"/tin-tuc/{slug}")
        n = len(newest(cid))
        out += [f"/tin-tuc/loadmore?catId={cid}&page={p}" for p in range(2, _pages(n, PAGE_SIZE) + 1)]
    return out


NON_ARTICLES: list[str] = [
    "/",
    *_category_pages(),
    "/tin-tuc/loadmore?catId=0&page=2",
    "/tin-tuc/tat-ca",
    "/tin-tuc/tat-ca?page=1",
    *(f"/tin-tuc/tat-ca?page={n}" for n in range(2, _pages(len(STORIES), ARCHIVE_SIZE) + 1)),
    *(f"/tin-tuc/in-bai/{s.id}" for s in newest()),
    *(f"/tin-tuc/gui-email/{s.id}" for s in newest()),
    "/thu-vien-anh",
    *(f"/thu-vien-anh?page={n}" for n in range(1, _pages(len(ALBUMS), ALBUM_PAGE) + 1)),
    *(album_path(a) for a in ALBUMS),
    "/van-ban",
    *(f"/van-ban?page={n}" for n in range(1, _pages(len(DOCS), DOC_PAGE) + 1)),
    *(f"/van-ban/chi-tiet/{d.id}" for d in DOCS),
    "/lich-cong-tac",
    "/lich-cong-tac?tuan=47&nam=2026",
    "/lich-cong-tac?tuan=49&nam=2026",
    "/gioi-thieu/lich-su-phat-trien",
    "/gioi-thieu/co-cau-to-chuc",
    "/gioi-thieu/ban-giam-hieu",
    "/lien-he",
    "/so-do-trang",
    "/Account/Login?ReturnUrl=%2F",
    "/binh-chon/ket-qua/3",
    *sorted({f"/tim-kiem?tukhoa={quote_plus(t)}" for s in STORIES for t in s.opts.get("tags", [])}),
]
