"""Trường Chính trị tỉnh Bình Định: the school's site with its online research bulletin
"Thông tin Khoa học", a home-made ASP.NET MVC 5 application (Razor views, Bootstrap 3,
``/bundles/…`` style and script bundles, an anti-forgery token in the search form).

Platform
--------
A typical provincial political school site built by a local contractor: controller routes with
Vietnamese slugs, a Razor ``_Layout`` with a top bar printing the day ("Thứ Sáu, 04/12/2026"),
the logo banner, a menu, a breadcrumb, a right sidebar ("Số mới nhất" with the cover of the
newest issue and its article links, "Bài đọc nhiều", "Liên kết website", the visitor counter
"Đang online / Hôm nay / Tổng truy cập") and a footer with address and phone numbers.

The bulletin ("Thông tin Khoa học", three issues a year) publishes research articles written
by the school's lecturers and outside researchers, many with several authors. An article page
prints, inside ``<div class="tt-article">``::

    <ol class="breadcrumb"> Trang chủ › Thông tin Khoa học </ol>
    <h1 class="tt-title">…</h1>
    <div class="tt-meta"> <a>Số 3/2026</a> | Ngày đăng: 20/11/2026 | Lượt xem: 532 | In bài | Tải PDF </div>
    <div class="tt-authors">ThS. Nguyễn Văn An<sup>1</sup>, TS. Trần Thị Bích Ngọc<sup>2</sup></div>
    <div class="tt-affiliations"><p><sup>1</sup> Khoa Lý luận cơ sở, Trường Chính trị …</p> …</div>
    <p class="tt-dates"><em>Ngày nhận bài: 02/10/2026; Ngày duyệt đăng: 05/11/2026</em></p>
    <div class="tt-abstract"><p><strong>Tóm tắt:</strong> …</p></div>
    <p class="tt-keywords"><strong>Từ khóa:</strong> …</p>
    <div class="tt-content"> numbered sections (h3 "1. Đặt vấn đề" …, h4 "2.1. …"), paragraphs,
      tables, figures, then h3 "Tài liệu tham khảo" and its numbered entries </div>
    <div class="tt-tools"> print / email / share </div>
    <div class="tt-same-issue"><h3>Các bài khác trong số</h3> titles with their authors </div>

News posts ("Tin hoạt động") use a plainer template: h1, "Cập nhật: 09:15 | 02/12/2026",
CKEditor body, a byline paragraph, tools, "Tin liên quan".

URL scheme
----------
- ``/``: home (3 newest news posts, the newest issue's table of contents).
- ``/thong-tin-khoa-hoc``: list of issues, 2 a page, ``?page=2`` (the oldest issue is only there).
- ``/thong-tin-khoa-hoc/so-<n>-<year>``: an issue: cover, release date, table of contents with
  authors and page numbers, PDF links. Not an article.
- ``/thong-tin-khoa-hoc/bai-viet/<id>/<slug>``: a research article. MVC's route has the slug as an
  optional, unchecked segment: ``/thong-tin-khoa-hoc/bai-viet/<id>`` (the form the "Bài đọc
  nhiều" widget prints) serves the same page with the same canonical link; a wrong slug answers
  301 to the right address.
- ``/Uploads/ThongTinKhoaHoc/<issue>/<id>.pdf``: the article's PDF (a real PDF).
- ``/tin-tuc?page=<n>``: the plain news list, 2 a page (pages 1-3); ``/tin-tuc`` is page 1.
- ``/tin-tuc/<slug>-<id>``: a news post; a wrong slug with a right id answers 301.
- ``/gioi-thieu``, ``/lien-he``, ``/the-le-gui-bai`` (the submission rules, a numbered list).
- ``/tim-kiem?q=`` (GET form, no links point to it).

How each gold article is reached
--------------------------------
- Issue 3 (20/11/2026, ids 106-108): home page, the sidebar "Số mới nhất" on every page,
  ``/thong-tin-khoa-hoc``, ``/thong-tin-khoa-hoc/so-3-2026``.
- Issue 2 (18/08/2026, ids 103-105): ``/thong-tin-khoa-hoc`` (page 1) -> ``so-2-2026``.
- Issue 1 (24/04/2026, ids 101-102): only ``/thong-tin-khoa-hoc?page=2`` -> ``so-1-2026``
  (and the "Các bài khác trong số" box of each other).
- News: ``/`` and ``/tin-tuc`` show the 3 / 2 newest; the oldest post is only on
  ``/tin-tuc?page=3``.

Traps
-----
- Several authors in one line, each with a degree ("ThS.", "TS.", "PGS.TS.", "NCS.", "CN.")
  and affiliation marks as ``<sup>1</sup>``, ``<sup>1,2</sup>`` or an asterisk for the
  corresponding author ("ThS. Phạm Thu Hằng*"); the affiliation lines under them start with the
  same marks and name units ("Khoa Lý luận cơ sở, Trường Chính trị tỉnh Bình Định"): neither names
  nor body text. A "* Tác giả liên hệ: e-mail" line is not body either.
- Three dates on a research page: received and accepted (``tt-dates``) are not the publication
  date; the issue's "Ngày đăng" in the meta line is. The header's "Thứ Sáu, 04/12/2026" is today.
- "Tóm tắt:" is a label: the abstract without it is the summary and the first body paragraph.
  "Từ khóa:" is not body.
- The issue pages list every article with its authors (degrees included) and look like an
  article page with a date ("Ngày phát hành"); the "Các bài khác trong số" box repeats that list
  on each article page.
- Every research article is served at two addresses: with its slug (canonical) and without it
  (the "Bài đọc nhiều" links); the second is in the gold's ``alt_paths``. A wrong slug is a 301.
- News bylines: "Tin, ảnh: Phòng Quản lý đào tạo" (a unit, author and photographer), a bare
  right-aligned "Hồ Thị Kim Chi", "Tin: Đoàn Thanh niên - Ảnh: Nguyễn Quốc Bảo", "BBT" (nobody),
  "Ngọc Thu" with "Nguồn: Báo Bình Định".

Gold decisions
--------------
- title: the ``h1`` as printed.
- published_at: research articles: the meta line's "Ngày đăng: dd/mm/yyyy" (day only); news:
  "Cập nhật: HH:MM | dd/mm/yyyy" -> with the time, +07:00.
- authors: names in their printed order without degrees, marks or affiliations.
  photographers: none on research articles (figures are the authors' charts).
- summary: the abstract (research) or the bold lead (news) or null; first paragraph of the body.
- body: abstract, then sections: headings, paragraphs, list items, table rows (" | "), the
  references heading and each reference entry (last). Not: author line, affiliations, dates,
  keywords, figure captions, bylines, tools, boxes.
- images: figures in the research text (caption: the centred italic "Hình 1. …" line); news
  photos with the italic / centred / figcaption line. Cover images of issues are layout.
- category: "Thông tin Khoa học" (breadcrumb) or "Tin hoạt động".
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "tapchi_coauthors_tct"
PLATFORM = "Home-made ASP.NET MVC 5 site (Razor, Bootstrap 3) with an online research bulletin"
START_PATH = "/"

SITE_TITLE = "Trường Chính trị tỉnh Bình Định"
TODAY_HEADER = "Thứ Sáu, 04/12/2026"
ISSUES_PER_PAGE = 2
NEWS_PER_PAGE = 2

CATEGORIES = {
    "thong-tin-khoa-hoc": "Thông tin Khoa học",
    "tin-hoat-dong": "Tin hoạt động",
}

# issue key -> (number, year, release date, cover file)
ISSUES = {
    "so-3-2026": (3, 2026, "20/11/2026", "bia-so-3-2026.jpg"),
    "so-2-2026": (2, 2026, "18/08/2026", "bia-so-2-2026.jpg"),
    "so-1-2026": (1, 2026, "24/04/2026", "bia-so-1-2026.jpg"),
}

KHOA_LLCS = "Khoa Lý luận cơ sở, Trường Chính trị tỉnh Bình Định"
KHOA_NNPL = "Khoa Nhà nước và pháp luật, Trường Chính trị tỉnh Bình Định"
KHOA_XDD = "Khoa Xây dựng Đảng, Trường Chính trị tỉnh Bình Định"
HVKV3 = "Học viện Chính trị khu vực III"


def fig(issue: str, name: str) -> str:
    return f"/Uploads/ThongTinKhoaHoc/{issue}/images/{name}"


def news_img(name: str) -> str:
    return f"/Uploads/TinTuc/2026/{name}"


# --- research articles -------------------------------------------------------------------------
#
# opts: issue, authors (printed: (degree, name, mark)), affils ((mark, line)), contact (the
# "* Tác giả liên hệ" line or None), received, accepted, keywords, pages (in the print issue).
# P styles: "h" (section h3), "h4" (sub-section), "li" (bullets), "th"/"td" (table rows),
# "ref" (a reference entry, printed with its number), "quote".

RESEARCH: list[Story] = [
    Story(
        106,
        "van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-co-so",
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng cán bộ cơ sở ở tỉnh Bình Định hiện nay",
        "thong-tin-khoa-hoc",
        "2026-11-20",
        [
            P("1. Đặt vấn đề", "h"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “muôn việc "
                "thành công hoặc thất bại đều do cán bộ tốt hoặc kém”. Cán bộ cơ sở là lực lượng gần "
                "dân nhất, trực tiếp tổ chức thực hiện đường lối của Đảng, chính sách, pháp luật của "
                "Nhà nước ở xã, phường, thị trấn. Chất lượng đội ngũ này quyết định hiệu lực, hiệu quả "
                "hoạt động của hệ thống chính trị ở cơ sở."
            ),
            P(
                "Sau khi sắp xếp đơn vị hành chính cấp xã, tỉnh Bình Định có nhiều cán bộ, công chức "
                "cấp xã đảm nhận vị trí mới, đòi hỏi được bồi dưỡng kịp thời về kiến thức, kỹ năng "
                "quản lý. Bài viết phân tích những nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán "
                "bộ và đề xuất cách vận dụng vào công tác đào tạo, bồi dưỡng của Trường Chính trị tỉnh."
            ),
            P("2. Nội dung nghiên cứu", "h"),
            P("2.1. Tư tưởng Hồ Chí Minh về đào tạo, bồi dưỡng cán bộ", "h4"),
            P(
                "Theo Hồ Chí Minh, huấn luyện cán bộ là công việc gốc của Đảng. Việc huấn luyện phải "
                "thiết thực, “học đi đôi với hành”, lý luận gắn với thực tiễn; dạy cái gì cán bộ cần, "
                "cái gì có ích cho công việc của họ, tránh lối học “lý luận suông”."
            ),
            P(
                "Người đặc biệt coi trọng đạo đức cách mạng của người cán bộ: cần, kiệm, liêm, chính, "
                "chí công vô tư; coi đó là cái gốc, “như sông thì có nguồn mới có nước, không có nguồn "
                "thì sông cạn”."
            ),
            P("2.2. Thực trạng công tác đào tạo, bồi dưỡng cán bộ cơ sở ở Bình Định", "h4"),
            P(
                "Giai đoạn 2021-2026, Trường Chính trị tỉnh đã mở 46 lớp trung cấp lý luận chính "
                "trị - hành chính với 2.870 học viên, trong đó trên 60% là cán bộ, công chức cấp xã; "
                "phối hợp tổ chức 112 lớp bồi dưỡng theo chức danh. Tuy vậy, nội dung một số chương "
                "trình còn nặng lý thuyết, phương pháp giảng dạy chậm đổi mới, việc đánh giá kết quả "
                "sau bồi dưỡng chưa gắn với hiệu quả công việc."
            ),
            P("2.3. Giải pháp vận dụng", "h4"),
            P(
                "Một là, xây dựng chương trình bồi dưỡng theo vị trí việc làm, tăng thời lượng thực "
                "hành, tình huống quản lý thực tế ở cơ sở.",
                "li",
            ),
            P(
                "Hai là, đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động "
                "của người học; tăng cường đi thực tế tại địa phương.",
                "li",
            ),
            P(
                "Ba là, gắn đào tạo, bồi dưỡng với rèn luyện đạo đức công vụ, nêu gương của người "
                "đứng đầu.",
                "li",
            ),
            P("3. Kết luận", "h"),
            P(
                "Vận dụng sáng tạo tư tưởng Hồ Chí Minh về cán bộ là yêu cầu khách quan để nâng cao "
                "chất lượng đội ngũ cán bộ cơ sở, góp phần xây dựng hệ thống chính trị cơ sở vững "
                "mạnh, đáp ứng yêu cầu phát triển của tỉnh Bình Định trong giai đoạn mới."
            ),
            P("Tài liệu tham khảo", "h"),
            P("1. Hồ Chí Minh (2011), Toàn tập, tập 5, Nxb Chính trị quốc gia Sự thật, Hà Nội.", "ref"),
            P(
                "2. Đảng Cộng sản Việt Nam (2021), Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, "
                "tập I, Nxb Chính trị quốc gia Sự thật, Hà Nội.",
                "ref",
            ),
            P(
                "3. Trường Chính trị tỉnh Bình Định (2026), Báo cáo tổng kết công tác đào tạo, bồi "
                "dưỡng giai đoạn 2021-2026, Quy Nhơn.",
                "ref",
            ),
        ],
        authors=["Nguyễn Văn An", "Trần Thị Bích Ngọc"],
        summary=(
            "Bài viết làm rõ những nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ và công "
            "tác cán bộ; đánh giá thực trạng đào tạo, bồi dưỡng cán bộ cơ sở ở tỉnh Bình Định giai "
            "đoạn 2021-2026, từ đó đề xuất một số giải pháp vận dụng phù hợp với yêu cầu hiện nay."
        ),
        sapo_outside=True,
        opts={
            "issue": "so-3-2026",
            "authors": [("ThS.", "Nguyễn Văn An", "1"), ("TS.", "Trần Thị Bích Ngọc", "2")],
            "affils": [("1", KHOA_LLCS), ("2", HVKV3)],
            "received": "02/10/2026",
            "accepted": "05/11/2026",
            "keywords": "tư tưởng Hồ Chí Minh; cán bộ cơ sở; đào tạo, bồi dưỡng; Bình Định",
            "pages": "3-9",
        },
    ),
    Story(
        107,
        "nang-cao-hieu-qua-phuong-phap-giang-day-tich-cuc-tai-truong-chinh-tri-tinh",
        "Nâng cao hiệu quả phương pháp giảng dạy tích cực tại Trường Chính trị tỉnh Bình Định",
        "thong-tin-khoa-hoc",
        "2026-11-20",
        [
            P("1. Đặt vấn đề", "h"),
            P(
                "Đổi mới phương pháp giảng dạy lý luận chính trị là yêu cầu được đặt ra trong Kết "
                "luận số 01-KL/TW và các văn bản hướng dẫn của Học viện Chính trị quốc gia Hồ Chí "
                "Minh. Học viên các lớp trung cấp là cán bộ đang công tác, có kinh nghiệm thực tiễn, "
                "vì vậy phương pháp thuyết giảng một chiều không còn phù hợp."
            ),
            P("2. Kết quả khảo sát", "h"),
            P(
                "Tháng 9/2026, tác giả khảo sát 240 học viên của 6 lớp trung cấp lý luận chính trị - "
                "hành chính về mức độ giảng viên sử dụng các phương pháp dạy học tích cực. Kết quả "
                "như sau:"
            ),
            P("Phương pháp | Thường xuyên (%) | Thỉnh thoảng (%) | Chưa sử dụng (%)", "th"),
            P("Thảo luận nhóm | 62,5 | 30,0 | 7,5", "td"),
            P("Nghiên cứu tình huống | 48,3 | 39,2 | 12,5", "td"),
            P("Nêu vấn đề | 55,8 | 35,0 | 9,2", "td"),
            P("Đóng vai | 12,1 | 41,7 | 46,2", "td"),
            P(
                "Số liệu cho thấy thảo luận nhóm và nêu vấn đề đã được sử dụng khá phổ biến; phương "
                "pháp đóng vai, mô phỏng còn ít được áp dụng do hạn chế về thời lượng và phòng học."
            ),
            P(
                "Một học viên lớp K43 nhận xét: “Những buổi học có tình huống lấy từ chính địa phương "
                "mình giúp chúng tôi hiểu bài nhanh hơn và vận dụng được ngay vào công việc”.",
                "quote",
            ),
            P("3. Giải pháp", "h"),
            P(
                "Xây dựng ngân hàng tình huống gắn với thực tiễn của tỉnh cho từng học phần; tổ chức "
                "sinh hoạt chuyên môn theo hướng nghiên cứu bài học; đầu tư phòng học đa năng, thiết "
                "bị trình chiếu; đánh giá giờ giảng có sự tham gia của học viên."
            ),
            P("4. Kết luận", "h"),
            P(
                "Phương pháp giảng dạy tích cực chỉ phát huy hiệu quả khi giảng viên đầu tư chuẩn bị, "
                "nhà trường tạo điều kiện về cơ sở vật chất và học viên được đặt vào vị trí trung tâm "
                "của quá trình dạy học."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "1. Học viện Chính trị quốc gia Hồ Chí Minh (2024), Hướng dẫn đổi mới phương pháp "
                "giảng dạy lý luận chính trị, Hà Nội.",
                "ref",
            ),
            P(
                "2. Nguyễn Thị Minh (2023), “Phương pháp nghiên cứu tình huống trong giảng dạy lý "
                "luận chính trị”, Tạp chí Lý luận chính trị, số 8.",
                "ref",
            ),
        ],
        authors=["Phạm Thu Hằng"],
        summary=(
            "Trên cơ sở khảo sát 240 học viên các lớp trung cấp lý luận chính trị - hành chính, bài "
            "viết đánh giá thực trạng sử dụng phương pháp giảng dạy tích cực tại Trường Chính trị "
            "tỉnh Bình Định và đề xuất giải pháp nâng cao hiệu quả."
        ),
        sapo_outside=True,
        opts={
            "issue": "so-3-2026",
            "authors": [("ThS.", "Phạm Thu Hằng", "*")],
            "affils": [("", KHOA_NNPL)],
            "contact": "* Tác giả liên hệ: phamthuhang@truongchinhtri.binhdinh.gov.vn",
            "received": "15/09/2026",
            "accepted": "28/10/2026",
            "keywords": "phương pháp giảng dạy tích cực; học viên; lý luận chính trị",
            "pages": "10-15",
        },
    ),
    Story(
        108,
        "phat-trien-kinh-te-bien-tinh-binh-dinh-gan-voi-quoc-phong-an-ninh",
        "Phát triển kinh tế biển tỉnh Bình Định gắn với bảo đảm quốc phòng, an ninh",
        "thong-tin-khoa-hoc",
        "2026-11-20",
        [
            P("1. Mở đầu", "h"),
            P(
                "Bình Định có 134 km bờ biển, hai cảng biển Quy Nhơn và Nhơn Hội, vùng biển rộng với "
                "nguồn lợi hải sản phong phú. Nghị quyết số 36-NQ/TW về Chiến lược phát triển bền "
                "vững kinh tế biển Việt Nam đến năm 2030 đã mở ra cơ hội lớn cho tỉnh."
            ),
            P("2. Thực trạng", "h"),
            P(
                "Năm 2025, các ngành kinh tế biển đóng góp khoảng 38% GRDP của tỉnh; sản lượng khai "
                "thác hải sản đạt trên 260 nghìn tấn; lượng khách du lịch đến Quy Nhơn tăng bình "
                "quân 15%/năm."
            ),
            Img(
                fig("so-3-2026", "hinh-1-co-cau-kinh-te-bien.png"),
                "Hình 1. Cơ cấu các ngành kinh tế biển tỉnh Bình Định năm 2025",
                "Hình 1. Cơ cấu các ngành kinh tế biển tỉnh Bình Định năm 2025",
                "figure",
            ),
            P(
                "Tuy nhiên, kết cấu hạ tầng nghề cá còn thiếu đồng bộ, ô nhiễm môi trường ven biển "
                "có chiều hướng gia tăng; sự phối hợp giữa lực lượng chấp pháp trên biển với chính "
                "quyền địa phương có lúc chưa chặt chẽ."
            ),
            P("3. Giải pháp", "h"),
            P("Quy hoạch không gian biển gắn với thế trận quốc phòng toàn dân trên biển.", "li"),
            P("Xây dựng lực lượng dân quân tự vệ biển, đội tàu đánh bắt xa bờ vững mạnh.", "li"),
            P("Phát triển du lịch biển, đảo theo hướng bền vững, bảo vệ môi trường.", "li"),
            P("4. Kết luận", "h"),
            P(
                "Phát triển kinh tế biển phải đi đôi với bảo đảm quốc phòng, an ninh, bảo vệ vững "
                "chắc chủ quyền biển, đảo; đó là nhiệm vụ vừa cấp bách vừa lâu dài của tỉnh."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "1. Ban Chấp hành Trung ương (2018), Nghị quyết số 36-NQ/TW ngày 22/10/2018 về Chiến "
                "lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045.",
                "ref",
            ),
            P("2. Cục Thống kê tỉnh Bình Định (2026), Niên giám thống kê 2025, Quy Nhơn.", "ref"),
        ],
        authors=["Lê Minh Hoàng"],
        summary=(
            "Bài viết phân tích tiềm năng, thực trạng phát triển kinh tế biển của tỉnh Bình Định "
            "và mối quan hệ giữa phát triển kinh tế biển với nhiệm vụ bảo đảm quốc phòng, an ninh; "
            "đề xuất ba nhóm giải pháp trong giai đoạn tới."
        ),
        sapo_outside=True,
        opts={
            "issue": "so-3-2026",
            "authors": [("NCS.", "Lê Minh Hoàng", "")],
            "affils": [("", "Học viện Chính trị quốc gia Hồ Chí Minh")],
            "received": "20/09/2026",
            "accepted": "30/10/2026",
            "keywords": "kinh tế biển; quốc phòng, an ninh; Bình Định",
            "pages": "16-21",
        },
    ),
    Story(
        103,
        "chuyen-doi-so-trong-quan-ly-nha-nuoc-o-cap-xa-thuc-trang-va-giai-phap",
        "Chuyển đổi số trong quản lý nhà nước ở cấp xã: thực trạng và giải pháp",
        "thong-tin-khoa-hoc",
        "2026-08-18",
        [
            P("1. Đặt vấn đề", "h"),
            P(
                "Chuyển đổi số ở cấp xã là khâu then chốt của chính quyền số, bởi đây là nơi trực tiếp "
                "giải quyết phần lớn thủ tục hành chính của người dân. Sau khi vận hành mô hình chính "
                "quyền địa phương hai cấp, yêu cầu này càng trở nên cấp thiết."
            ),
            P("2. Thực trạng chuyển đổi số ở cấp xã tỉnh Bình Định", "h"),
            P(
                "Đến tháng 6/2026, 100% xã, phường đã kết nối Hệ thống thông tin giải quyết thủ tục "
                "hành chính của tỉnh; tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,4%; 92% cán bộ, công "
                "chức cấp xã sử dụng chữ ký số trong xử lý văn bản."
            ),
            P(
                "Bên cạnh đó, hạ tầng mạng ở một số xã miền núi còn yếu; kỹ năng số của một bộ phận "
                "cán bộ và người dân còn hạn chế; dữ liệu giữa các ngành chưa được kết nối, chia sẻ."
            ),
            P("3. Giải pháp", "h"),
            P(
                "Thứ nhất, nâng cao nhận thức và trách nhiệm của người đứng đầu cấp ủy, chính quyền "
                "cấp xã. Thứ hai, bồi dưỡng kỹ năng số cho cán bộ, công chức; phát huy vai trò tổ "
                "công nghệ số cộng đồng. Thứ ba, đầu tư hạ tầng, bảo đảm an toàn thông tin. Thứ tư, "
                "hoàn thiện cơ sở dữ liệu dùng chung."
            ),
            P("4. Kết luận", "h"),
            P(
                "Chuyển đổi số ở cấp xã không chỉ là ứng dụng công nghệ mà là thay đổi phương thức "
                "quản lý, lấy người dân làm trung tâm phục vụ."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "1. Thủ tướng Chính phủ (2020), Quyết định số 749/QĐ-TTg phê duyệt Chương trình "
                "Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.",
                "ref",
            ),
            P(
                "2. UBND tỉnh Bình Định (2026), Báo cáo kết quả chuyển đổi số 6 tháng đầu năm 2026.",
                "ref",
            ),
            P(
                "3. Đặng Quốc Huy (2025), “Chính quyền số cấp xã: kinh nghiệm và bài học”, Thông tin "
                "Khoa học Trường Chính trị tỉnh Bình Định, số 3.",
                "ref",
            ),
        ],
        authors=["Võ Thị Thanh Tâm", "Đặng Quốc Huy", "Nguyễn Hoài Nam"],
        summary=(
            "Bài viết đánh giá thực trạng chuyển đổi số trong quản lý nhà nước ở cấp xã tại tỉnh "
            "Bình Định, chỉ ra những hạn chế về hạ tầng, nhân lực, dữ liệu và đề xuất bốn nhóm giải "
            "pháp thúc đẩy chuyển đổi số ở cơ sở."
        ),
        sapo_outside=True,
        opts={
            "issue": "so-2-2026",
            "authors": [
                ("ThS.", "Võ Thị Thanh Tâm", "1*"),
                ("ThS.", "Đặng Quốc Huy", "1"),
                ("CN.", "Nguyễn Hoài Nam", "2"),
            ],
            "affils": [("1", KHOA_NNPL), ("2", "Sở Khoa học và Công nghệ tỉnh Bình Định")],
            "contact": "* Tác giả liên hệ: vothanhtam@truongchinhtri.binhdinh.gov.vn",
            "received": "05/06/2026",
            "accepted": "25/07/2026",
            "keywords": "chuyển đổi số; chính quyền cấp xã; quản lý nhà nước",
            "pages": "3-8",
        },
    ),
    Story(
        104,
        "xay-dung-van-hoa-cong-vu-o-cac-co-quan-hanh-chinh-tinh-binh-dinh",
        "Xây dựng văn hóa công vụ ở các cơ quan hành chính tỉnh Bình Định",
        "thong-tin-khoa-hoc",
        "2026-08-18",
        [
            P("1. Khái quát về văn hóa công vụ", "h"),
            P(
                "Văn hóa công vụ là hệ thống các giá trị, chuẩn mực, thái độ và cách ứng xử của cán "
                "bộ, công chức trong thực thi công vụ. Quyết định số 1847/QĐ-TTg của Thủ tướng Chính "
                "phủ đã xác định rõ các nội dung về tinh thần, thái độ làm việc, chấp hành kỷ luật, "
                "trang phục và giao tiếp của công chức."
            ),
            P("2. Thực trạng", "h"),
            P(
                "Kết quả đo lường Chỉ số hài lòng của người dân năm 2025 cho thấy tiêu chí “thái độ "
                "phục vụ của công chức” đạt 86,7%, tăng 3,2 điểm so với năm 2024. Tuy nhiên vẫn còn "
                "tình trạng hướng dẫn hồ sơ chưa đầy đủ, trả kết quả trễ hẹn ở một số nơi."
            ),
            P("3. Giải pháp", "h"),
            P("Cụ thể hóa quy tắc ứng xử phù hợp với từng cơ quan, đơn vị.", "li"),
            P("Gắn văn hóa công vụ với đánh giá, xếp loại công chức hằng năm.", "li"),
            P("Phát huy vai trò nêu gương của người đứng đầu.", "li"),
            P("Tăng cường giám sát của người dân qua đường dây nóng, ứng dụng phản ánh.", "li"),
            P("4. Kết luận", "h"),
            P(
                "Xây dựng văn hóa công vụ là quá trình lâu dài, cần sự vào cuộc đồng bộ của cả hệ "
                "thống chính trị và sự tự giác rèn luyện của mỗi cán bộ, công chức."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "1. Thủ tướng Chính phủ (2018), Quyết định số 1847/QĐ-TTg phê duyệt Đề án văn hóa "
                "công vụ.",
                "ref",
            ),
            P("2. Sở Nội vụ tỉnh Bình Định (2026), Báo cáo Chỉ số hài lòng năm 2025.", "ref"),
        ],
        authors=["Đoàn Văn Lực"],
        summary=(
            "Văn hóa công vụ là yếu tố quan trọng góp phần nâng cao chất lượng phục vụ người dân. "
            "Bài viết phân tích thực trạng và đề xuất giải pháp xây dựng văn hóa công vụ ở các cơ "
            "quan hành chính nhà nước tỉnh Bình Định."
        ),
        sapo_outside=True,
        opts={
            "issue": "so-2-2026",
            "authors": [("PGS.TS.", "Đoàn Văn Lực", "")],
            "affils": [("", HVKV3)],
            "received": "12/06/2026",
            "accepted": "20/07/2026",
            "keywords": "văn hóa công vụ; cán bộ, công chức; cải cách hành chính",
            "pages": "9-13",
        },
    ),
    Story(
        105,
        "cong-tac-dan-van-cua-chinh-quyen-co-so-trong-giai-quyet-khieu-nai-o-thi-xa-an-nhon",
        "Công tác dân vận của chính quyền cơ sở trong giải quyết khiếu nại, tố cáo ở thị xã An Nhơn",
        "thong-tin-khoa-hoc",
        "2026-08-18",
        [
            P("1. Đặt vấn đề", "h"),
            P(
                "Khiếu nại, tố cáo phát sinh ở cơ sở chủ yếu liên quan đến đất đai, bồi thường, giải "
                "phóng mặt bằng. Làm tốt công tác dân vận ngay từ đầu giúp giải quyết dứt điểm vụ "
                "việc, hạn chế khiếu kiện đông người, vượt cấp."
            ),
            P("2. Thực trạng ở thị xã An Nhơn", "h"),
            P(
                "Từ năm 2023 đến tháng 6/2026, các xã, phường của thị xã tiếp 1.246 lượt công dân, "
                "tiếp nhận 418 đơn khiếu nại, tố cáo; tỷ lệ giải quyết đạt 94,5%. Nhiều vụ việc phức "
                "tạp được hòa giải thành nhờ cán bộ kiên trì gặp gỡ, đối thoại với người dân."
            ),
            P(
                "Mặt khác, một số cán bộ còn né tránh, ngại tiếp xúc, giải thích chính sách chưa "
                "thuyết phục; công tác phối hợp giữa chính quyền với Mặt trận và các đoàn thể có lúc "
                "còn hình thức."
            ),
            P("3. Giải pháp", "h"),
            P(
                "Nâng cao kỹ năng dân vận, đối thoại cho cán bộ tiếp công dân; thực hiện tốt Quy chế "
                "dân chủ ở cơ sở; phát huy vai trò của tổ hòa giải, người có uy tín trong cộng đồng."
            ),
            P("4. Kết luận", "h"),
            P(
                "“Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong” - lời dạy của Chủ "
                "tịch Hồ Chí Minh vẫn nguyên giá trị trong giải quyết khiếu nại, tố cáo hôm nay."
            ),
            P("Tài liệu tham khảo", "h"),
            P("1. Quốc hội (2011), Luật Khiếu nại số 02/2011/QH13.", "ref"),
            P("2. Quốc hội (2022), Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15.", "ref"),
        ],
        authors=["Lê Thị Mỹ Duyên", "Trương Công Định"],
        summary=(
            "Bài viết phân tích vai trò, thực trạng công tác dân vận của chính quyền cơ sở trong "
            "giải quyết khiếu nại, tố cáo ở thị xã An Nhơn giai đoạn 2023-2026 và đề xuất một số "
            "giải pháp."
        ),
        sapo_outside=True,
        opts={
            "issue": "so-2-2026",
            "authors": [("ThS.", "Lê Thị Mỹ Duyên", "1"), ("ThS.", "Trương Công Định", "2")],
            "affils": [("1", KHOA_XDD), ("2", "Ban Dân vận Thị ủy An Nhơn")],
            "received": "01/06/2026",
            "accepted": "15/07/2026",
            "keywords": "dân vận; khiếu nại, tố cáo; chính quyền cơ sở; An Nhơn",
            "pages": "14-19",
        },
    ),
    Story(
        101,
        "doi-moi-cong-tac-kiem-tra-giam-sat-cua-dang-o-cac-dang-bo-xa",
        "Đổi mới công tác kiểm tra, giám sát của Đảng ở các đảng bộ xã tỉnh Bình Định",
        "thong-tin-khoa-hoc",
        "2026-04-24",
        [
            P("1. Đặt vấn đề", "h"),
            P(
                "Kiểm tra, giám sát là chức năng lãnh đạo của Đảng. Ở các đảng bộ xã, công tác này "
                "góp phần phát hiện, chấn chỉnh kịp thời những hạn chế, vi phạm của tổ chức đảng và "
                "đảng viên, củng cố niềm tin của nhân dân."
            ),
            P("2. Kết quả và hạn chế", "h"),
            P(
                "Năm 2025, cấp ủy và ủy ban kiểm tra các đảng bộ xã trong tỉnh đã kiểm tra 1.532 tổ "
                "chức đảng và 2.318 đảng viên, giám sát chuyên đề 986 tổ chức đảng. Qua kiểm tra đã "
                "thi hành kỷ luật 87 đảng viên."
            ),
            P(
                "Hạn chế lớn nhất là kiểm tra dấu hiệu vi phạm còn ít, chất lượng báo cáo chưa cao, "
                "một số ủy viên ủy ban kiểm tra kiêm nhiệm nhiều việc."
            ),
            P("3. Giải pháp", "h"),
            P("Xây dựng chương trình kiểm tra, giám sát sát với tình hình thực tế từng xã.", "li"),
            P("Chú trọng giám sát thường xuyên, phát hiện sớm dấu hiệu vi phạm.", "li"),
            P("Bồi dưỡng nghiệp vụ cho cán bộ kiểm tra cơ sở.", "li"),
            P("Tài liệu tham khảo", "h"),
            P(
                "1. Ban Chấp hành Trung ương (2022), Quy định số 67-QĐ/TW về thực hiện Điều lệ Đảng.",
                "ref",
            ),
            P("2. Ủy ban Kiểm tra Tỉnh ủy Bình Định (2026), Báo cáo tổng kết năm 2025.", "ref"),
        ],
        authors=["Nguyễn Thị Hồng Vân"],
        summary=(
            "Bài viết khái quát kết quả công tác kiểm tra, giám sát ở các đảng bộ xã tỉnh Bình Định "
            "năm 2025, chỉ ra hạn chế và đề xuất giải pháp đổi mới."
        ),
        sapo_outside=True,
        opts={
            "issue": "so-1-2026",
            "authors": [("TS.", "Nguyễn Thị Hồng Vân", "")],
            "affils": [("", KHOA_XDD)],
            "received": "10/02/2026",
            "accepted": "30/03/2026",
            "keywords": "kiểm tra, giám sát; đảng bộ xã",
            "pages": "3-7",
        },
    ),
    Story(
        102,
        "giao-duc-ly-luan-chinh-tri-cho-dang-vien-tre-qua-khong-gian-mang",
        "Giáo dục lý luận chính trị cho đảng viên trẻ qua không gian mạng",
        "thong-tin-khoa-hoc",
        "2026-04-24",
        [
            P("1. Đặt vấn đề", "h"),
            P(
                "Đảng viên trẻ dưới 30 tuổi chiếm khoảng 18% tổng số đảng viên của Đảng bộ tỉnh. Đây "
                "là lực lượng sử dụng mạng xã hội thường xuyên, đồng thời cũng dễ bị tác động bởi "
                "thông tin xấu, độc, luận điệu xuyên tạc của các thế lực thù địch."
            ),
            P("2. Nội dung", "h"),
            P("2.1. Lợi thế của không gian mạng", "h4"),
            P(
                "Không gian mạng cho phép truyền tải bài giảng, tư liệu mọi lúc, mọi nơi; tạo diễn "
                "đàn trao đổi, phản bác quan điểm sai trái nhanh chóng."
            ),
            Img(
                fig("so-1-2026", "hinh-1-khao-sat-dang-vien-tre.jpg"),
                "Hình 1. Thời gian sử dụng mạng xã hội mỗi ngày của đảng viên trẻ (khảo sát 2025)",
                "Hình 1. Thời gian sử dụng mạng xã hội mỗi ngày của đảng viên trẻ (khảo sát 2025)",
                "figure",
            ),
            P("2.2. Giải pháp", "h4"),
            P(
                "Xây dựng các trang, nhóm chính thống của tổ chức đảng, đoàn thanh niên trên mạng xã "
                "hội; biên soạn bài giảng điện tử ngắn, dễ tiếp cận; hình thành đội ngũ “hạt nhân” "
                "tham gia đấu tranh bảo vệ nền tảng tư tưởng của Đảng."
            ),
            P("3. Kết luận", "h"),
            P(
                "Giáo dục lý luận chính trị qua không gian mạng là hướng đi tất yếu, bổ trợ cho các "
                "hình thức học tập truyền thống."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "1. Bộ Chính trị (2018), Nghị quyết số 35-NQ/TW về tăng cường bảo vệ nền tảng tư "
                "tưởng của Đảng trong tình hình mới.",
                "ref",
            ),
            P("2. Tỉnh đoàn Bình Định (2025), Kết quả khảo sát thanh niên trên không gian mạng.", "ref"),
        ],
        authors=["Trần Đình Khoa", "Nguyễn Thị Lan Anh"],
        summary=(
            "Bài viết phân tích lợi thế, thách thức của không gian mạng đối với công tác giáo dục lý "
            "luận chính trị cho đảng viên trẻ và đề xuất giải pháp thiết thực."
        ),
        sapo_outside=True,
        opts={
            "issue": "so-1-2026",
            "authors": [("ThS.", "Trần Đình Khoa", "1"), ("ThS.", "Nguyễn Thị Lan Anh", "1,2*")],
            "affils": [("1", KHOA_LLCS), ("2", "Trường Đại học Quy Nhơn")],
            "contact": "* Tác giả liên hệ: lananh.nt@qnu.edu.vn",
            "received": "15/02/2026",
            "accepted": "02/04/2026",
            "keywords": "lý luận chính trị; đảng viên trẻ; không gian mạng",
            "pages": "8-12",
        },
    ),
]

# --- news posts ("Tin hoạt động"), newest first -----------------------------------------------
#
# opts: time (HH:MM of "Cập nhật"). P styles: "lead" (bold lead), "br" (the line after a <br> in
# the previous <p>), "th"/"td". Img styles: "em" (italic line under), "center" (plain centred
# paragraph under), "figure" (figcaption).

NEWS: list[Story] = [
    Story(
        219,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k45",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính K45 hệ không tập trung",
        "tin-hoat-dong",
        "2026-12-02T09:15:00+07:00",
        [
            P(
                "Sáng 01/12/2026, Trường Chính trị tỉnh Bình Định tổ chức khai giảng lớp Trung cấp lý "
                "luận chính trị - hành chính K45 hệ không tập trung cho 96 học viên là cán bộ, công "
                "chức các xã, phường thuộc thị xã Hoài Nhơn.",
                "lead",
            ),
            P(
                "Phát biểu khai giảng, TS. Nguyễn Đức Thịnh, Hiệu trưởng nhà trường, đề nghị học viên "
                "chấp hành nghiêm quy chế, tích cực nghiên cứu, liên hệ thực tiễn công tác tại địa "
                "phương."
            ),
            Img(
                news_img("khai-giang-k45-1.jpg"),
                "TS. Nguyễn Đức Thịnh phát biểu khai giảng lớp học",
                "TS. Nguyễn Đức Thịnh phát biểu khai giảng lớp học",
                "em",
            ),
            P(
                "Lớp học kéo dài 12 tháng, gồm 4 phần học với 19 học phần; học viên học tập trung mỗi "
                "tháng một tuần tại cơ sở của Trung tâm Chính trị thị xã Hoài Nhơn."
            ),
            Img(
                news_img("khai-giang-k45-2.jpg"),
                "Các học viên lớp K45 tại lễ khai giảng",
                "Các học viên lớp K45 tại lễ khai giảng",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phòng Quản lý đào tạo</strong></p>'),
        ],
        authors=["Phòng Quản lý đào tạo"],
        photographers=["Phòng Quản lý đào tạo"],
        summary=(
            "Sáng 01/12/2026, Trường Chính trị tỉnh Bình Định tổ chức khai giảng lớp Trung cấp lý "
            "luận chính trị - hành chính K45 hệ không tập trung cho 96 học viên là cán bộ, công "
            "chức các xã, phường thuộc thị xã Hoài Nhơn."
        ),
        opts={"time": "09:15"},
    ),
    Story(
        218,
        "hoi-thao-khoa-hoc-nang-cao-chat-luong-dao-tao-boi-duong-can-bo-nam-2026",
        "Hội thảo khoa học “Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ trong giai đoạn mới”",
        "tin-hoat-dong",
        "2026-11-27T15:40:00+07:00",
        [
            P(
                "Ngày 26/11/2026, Trường Chính trị tỉnh phối hợp với Học viện Chính trị khu vực III tổ "
                "chức Hội thảo khoa học “Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ trong giai "
                "đoạn mới”."
            ),
            P(
                "Hội thảo nhận được 32 tham luận của các nhà khoa học, giảng viên và cán bộ lãnh đạo, "
                "quản lý trong tỉnh. Các ý kiến tập trung vào đổi mới chương trình, phương pháp giảng "
                "dạy, đánh giá học viên và xây dựng đội ngũ giảng viên."
            ),
            Img(
                news_img("hoi-thao-11-2026.jpg"),
                "Quang cảnh hội thảo",
                "Quang cảnh hội thảo",
                "center",
            ),
            P(
                "Kết luận hội thảo, đồng chí Phó Hiệu trưởng nhà trường cho biết các tham luận sẽ được "
                "chọn lọc, đăng trên Thông tin Khoa học số 1/2027."
            ),
            P("Thời gian: 7 giờ 30 phút, ngày 26/11/2026."),
            P("Địa điểm: Hội trường A, Trường Chính trị tỉnh Bình Định.", "br"),
            Raw('<p style="text-align: right;">Hồ Thị Kim Chi</p>'),
        ],
        authors=["Hồ Thị Kim Chi"],
        opts={"time": "15:40"},
    ),
    Story(
        217,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "tin-hoat-dong",
        "2026-11-20T10:00:00+07:00",
        [
            P(
                "Sáng 19/11, Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. "
                "Dự buổi lễ có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Giáo dục và "
                "Đào tạo cùng toàn thể cán bộ, giảng viên, nhân viên nhà trường."
            ),
            Img(
                news_img("ky-niem-20-11.jpg"),
                "Văn nghệ chào mừng Ngày Nhà giáo Việt Nam",
                "Văn nghệ chào mừng Ngày Nhà giáo Việt Nam",
                "figure",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 8 giảng viên có thành tích xuất sắc trong giảng dạy, "
                "nghiên cứu khoa học năm 2026; trao giải Hội thi giảng viên dạy giỏi cấp trường."
            ),
            Raw("<p><em>Tin: Đoàn Thanh niên - Ảnh: Nguyễn Quốc Bảo</em></p>"),
        ],
        authors=["Đoàn Thanh niên"],
        photographers=["Nguyễn Quốc Bảo"],
        opts={"time": "10:00"},
    ),
    Story(
        216,
        "ket-qua-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Kết quả Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "tin-hoat-dong",
        "2026-11-06T16:05:00+07:00",
        [
            P(
                "Từ ngày 02 đến 05/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi "
                "cấp trường với 14 giảng viên của 4 khoa tham gia."
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng 45 phút và một phần thi xử lý tình huống sư "
                "phạm. Ban Giám khảo đánh giá cao sự đầu tư, ứng dụng công nghệ thông tin của các "
                "thí sinh. Kết quả các giải cao như sau:"
            ),
            P("Giải | Họ và tên | Đơn vị", "th"),
            P("Nhất | Phạm Thu Hằng | Khoa Nhà nước và pháp luật", "td"),
            P("Nhì | Trần Đình Khoa | Khoa Lý luận cơ sở", "td"),
            P("Ba | Lê Thị Mỹ Duyên | Khoa Xây dựng Đảng", "td"),
            P(
                "Hội thi là dịp để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy, "
                "nâng cao chất lượng đào tạo của nhà trường."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"time": "16:05"},
    ),
    Story(
        215,
        "boi-duong-kien-thuc-quoc-phong-an-ninh-cho-doi-tuong-4",
        "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "tin-hoat-dong",
        "2026-10-23T08:30:00+07:00",
        [
            P(
                "Ngày 22/10, Hội đồng Giáo dục quốc phòng và an ninh tỉnh phối hợp với Trường Chính "
                "trị tỉnh khai mạc lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 120 đồng chí là "
                "chức sắc, chức việc các tôn giáo, người có uy tín trong cộng đồng dân cư.",
                "lead",
            ),
            P(
                "Trong 4 ngày, học viên được nghiên cứu các chuyên đề về quan điểm của Đảng về quốc "
                "phòng, an ninh; chính sách tôn giáo, dân tộc; phòng chống “diễn biến hòa bình”, bạo "
                "loạn lật đổ."
            ),
            Img(news_img("boi-duong-qpan-doi-tuong-4.jpg"), None, None, "em"),
            P(
                "Kết thúc khóa học, các học viên viết bài thu hoạch và được cấp giấy chứng nhận hoàn "
                "thành chương trình."
            ),
            Raw('<p style="text-align: right;"><strong>Ngọc Thu</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Bình Định</em></p>'),
        ],
        authors=["Ngọc Thu"],
        source="Báo Bình Định",
        summary=(
            "Ngày 22/10, Hội đồng Giáo dục quốc phòng và an ninh tỉnh phối hợp với Trường Chính "
            "trị tỉnh khai mạc lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 120 đồng chí là "
            "chức sắc, chức việc các tôn giáo, người có uy tín trong cộng đồng dân cư."
        ),
        opts={"time": "08:30"},
    ),
]

STORIES = RESEARCH + NEWS
BY_RESEARCH = {s.id: s for s in RESEARCH}
BY_NEWS = {s.id: s for s in NEWS}


def article_path(story: Story) -> str:
    return f"/thong-tin-khoa-hoc/bai-viet/{story.id}/{story.slug}"


def news_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}"


def short_path(story: Story) -> str:
    """The "Bài đọc nhiều" form: the MVC route without its optional slug."""
    return f"/thong-tin-khoa-hoc/bai-viet/{story.id}"


def pdf_path(story: Story) -> str:
    return f"/Uploads/ThongTinKhoaHoc/{story.opts['issue']}/{story.id}.pdf"


def issue_articles(key: str) -> list[Story]:
    return sorted((s for s in RESEARCH if s.opts["issue"] == key), key=lambda s: int(s.opts["pages"].split("-")[0]))


GOLD = [
    gold_record(s, article_path(s), CATEGORIES[s.cat], alt_paths=[short_path(s)]) for s in RESEARCH
] + [gold_record(s, news_path(s), CATEGORIES[s.cat]) for s in NEWS]

NON_ARTICLES = [
    "/thong-tin-khoa-hoc",
    "/thong-tin-khoa-hoc/so-3-2026",
    "/thong-tin-khoa-hoc/so-2-2026",
    "/thong-tin-khoa-hoc/so-1-2026",
    "/gioi-thieu",
    "/lien-he",
    "/the-le-gui-bai",
]

# "Bài đọc nhiều": ids, research linked without slug
MOST_READ = [106, 218, 103, 219, 104]


# --- printing ----------------------------------------------------------------------------------


def dmy(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def issue_label(key: str) -> str:
    n, year, _, _ = ISSUES[key]
    return f"Số {n}/{year}"


def author_line(story: Story, sup: bool = True) -> str:
    """``ThS. Nguyễn Văn An<sup>1</sup>, TS. …``; the asterisk stays in the text, as typed."""
    parts = []
    for degree, name, mark in story.opts["authors"]:
        digits = mark.rstrip("*")
        star = "*" if mark.endswith("*") else ""
        shown = f"{esc(degree)} {esc(name)}"
        if sup and digits:
            shown += f"<sup>{digits}</sup>"
        parts.append(shown + star)
    return ", ".join(parts)


def author_plain(story: Story) -> str:
    return ", ".join(f"{d} {n}" for d, n, _ in story.opts["authors"])


def _rows(blocks: list, i: int) -> tuple[str, int]:
    head, rows = "", []
    while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
        cells = blocks[i].text.split(" | ")
        if blocks[i].style == "th":
            head = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in cells) + "</tr>"
        else:
            rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        i += 1
    table = (
        '<table class="table table-bordered" border="1" cellpadding="4"><thead>'
        f"{head}</thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return table, i


def render_research(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(
                f'<p style="text-align: center;"><img src="{b.src}" alt="" style="max-width: 600px;" /></p>'
                f'\n<p class="tt-figcaption" style="text-align: center;"><em>{esc(b.printed)}</em></p>'
            )
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "td"):
            table, i = _rows(blocks, i)
            out.append(table)
            continue
        elif b.style == "h":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif b.style == "h4":
            out.append(f"<h4><em>{text(b.text)}</em></h4>")
        elif b.style == "ref":
            out.append(f'<p class="tt-ref">{text(b.text)}</p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p>{text(b.text)}</p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def render_news(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            img = f'<img alt="" src="{b.src}" style="width: 640px; height: 427px;" />'
            if b.style == "figure":
                cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
                out.append(f'<figure class="image" style="text-align: center;">{img}{cap}</figure>')
            else:
                out.append(f'<p style="text-align: center;">{img}</p>')
                if b.printed and b.style == "em":
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
                elif b.printed:
                    out.append(f'<p style="text-align: center;">{esc(b.printed)}</p>')
        elif b.style in ("th", "td"):
            table, i = _rows(blocks, i)
            out.append(table)
            continue
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        else:
            line = text(b.text)
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                line += "<br />\n" + text(blocks[i + 1].text)
                i += 1
            out.append(f'<p style="text-align: justify;">{line}</p>')
        i += 1
    return "\n".join(out)


# --- layout ------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc", "Tin hoạt động"),
    ("/thong-tin-khoa-hoc", "Thông tin Khoa học"),
    ("/the-le-gui-bai", "Thể lệ gửi bài"),
    ("/lien-he", "Liên hệ"),
]


def most_read_href(item_id: int) -> tuple[str, str]:
    if item_id in BY_RESEARCH:
        s = BY_RESEARCH[item_id]
        return short_path(s), s.title
    s = BY_NEWS[item_id]
    return news_path(s), s.title


def sidebar() -> str:
    key = "so-3-2026"
    _, _, _, cover = ISSUES[key]
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in issue_articles(key)
    )
    most = "".join(
        f'<li><span class="num">{n}</span><a href="{href}">{esc(title)}</a></li>'
        for n, (href, title) in enumerate((most_read_href(i) for i in MOST_READ), start=1)
    )
    return f"""<aside class="col-md-4 sidebar">
<div class="widget widget-latest-issue"><h3 class="widget-title">Số mới nhất</h3>
<a href="/thong-tin-khoa-hoc/{key}"><img class="img-responsive issue-cover" src="/Uploads/ThongTinKhoaHoc/{key}/{cover}" alt="{esc(issue_label(key))}"></a>
<p class="issue-name"><a href="/thong-tin-khoa-hoc/{key}">Thông tin Khoa học {esc(issue_label(key))}</a></p>
<ul class="list-unstyled">{latest}</ul></div>
<div class="widget widget-most-read"><h3 class="widget-title">Bài đọc nhiều</h3><ul class="list-unstyled">{most}</ul></div>
<div class="widget widget-links"><h3 class="widget-title">Liên kết website</h3>
<select class="form-control" onchange="if(this.value)window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://binhdinh.gov.vn">Cổng TTĐT tỉnh Bình Định</option>
<option value="https://baobinhdinh.vn">Báo Bình Định</option></select>
<a href="https://hcma.vn" target="_blank"><img src="/Content/images/banner-hvctqg.jpg" alt="Học viện CTQG HCM" class="img-responsive"></a></div>
<div class="widget widget-counter"><h3 class="widget-title">Thống kê truy cập</h3><ul class="list-unstyled">
<li>Đang online: <b>12</b></li><li>Hôm nay: <b>356</b></li><li>Tổng truy cập: <b>1.204.518</b></li></ul></div>
</aside>"""


def layout(title: str, crumbs: list[tuple[str, str]], main: str, head: str = "") -> str:
    menu = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for href, label in MENU)
    bc = ""
    if crumbs:
        items = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
        for href, label in crumbs:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>')
        bc = '<ol class="breadcrumb">' + "".join(items) + "</ol>"
    token = opaque("csrf-" + title, 64)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - {esc(SITE_TITLE)}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet"/>
<link href="/bundles/css?v=Xk3bq9Lr0aT1mPzYvH2sW8nE5uJ4cD6fG7hI0jK1lM1" rel="stylesheet"/>
<link rel="shortcut icon" href="/favicon.ico" />
{head}
</head>
<body>
<div class="top-bar"><div class="container">
<span class="today"><i class="fa fa-calendar"></i> {TODAY_HEADER}</span>
<span class="hotline">Điện thoại: 0256 3822 418</span>
<form class="top-search pull-right" action="/tim-kiem" method="get">
<input name="__RequestVerificationToken" type="hidden" value="{token}" />
<input type="text" name="q" placeholder="Tìm kiếm..." /><button type="submit">Tìm</button></form>
</div></div>
<header class="banner"><div class="container">
<a href="/"><img src="/Content/images/logo-truong.png" alt="Logo" class="logo"></a>
<div class="banner-text"><p class="agency">ĐẢNG BỘ TỈNH BÌNH ĐỊNH</p><p class="site-name">TRƯỜNG CHÍNH TRỊ TỈNH BÌNH ĐỊNH</p></div>
</div></header>
<nav class="navbar navbar-default main-menu"><div class="container"><ul class="nav navbar-nav">{menu}</ul></div></nav>
<div class="container main-wrap"><div class="row">
<div class="col-md-8 content">
{bc}
{main}
</div>
{sidebar()}
</div></div>
<footer class="footer"><div class="container">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH BÌNH ĐỊNH</strong></p>
<p>Địa chỉ: 78 Ngô Mây, phường Quy Nhơn, tỉnh Bình Định</p>
<p>Điện thoại: 0256 3822 418 - Fax: 0256 3822 419 - Email: truongchinhtri@binhdinh.gov.vn</p>
<p>Chịu trách nhiệm nội dung: TS. Nguyễn Đức Thịnh - Hiệu trưởng</p>
<p class="copyright">&copy; 2026 Bản quyền thuộc Trường Chính trị tỉnh Bình Định. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/bundles/jquery?v=2u0aRenDpYxArEyILB59ETSCA2cfQkSMlxb6jbMBqf81"></script>
<script src="/bundles/bootstrap?v=lescQEuG5u4jd-GcVDBcbpUOSyTDIg0Kk9zAXg7hl0s1"></script>
</body>
</html>"""


def tools(path: str) -> str:
    return f"""<div class="tt-tools">
<a href="javascript:window.print();"><i class="fa fa-print"></i> In bài</a>
<a href="mailto:?subject=Chia%20s%E1%BA%BB%20b%C3%A0i%20vi%E1%BA%BFt&amp;body={path}"><i class="fa fa-envelope"></i> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={path}" target="_blank" class="share-fb">Chia sẻ Facebook</a>
<a href="https://zalo.me/share?url={path}" target="_blank" class="share-zalo">Zalo</a>
</div>"""


def toc(key: str, exclude: Story | None = None) -> str:
    """An issue's table of contents: title, authors (degrees included), pages, PDF."""
    rows = []
    for s in issue_articles(key):
        if s is exclude:
            continue
        rows.append(
            f'<li class="toc-item"><a class="toc-title" href="{article_path(s)}">{esc(s.title)}</a>'
            f'<p class="toc-authors"><i class="fa fa-user"></i> {esc(author_plain(s))}</p>'
            f'<p class="toc-pages">Trang {s.opts["pages"]}'
            f' | <a href="{pdf_path(s)}" target="_blank">Tải PDF</a></p></li>'
        )
    return '<ul class="list-unstyled toc">' + "".join(rows) + "</ul>"


def research_page(request: Request, story: Story) -> Response:
    key = story.opts["issue"]
    path = article_path(story)
    affils = "".join(
        f"<p>{f'<sup>{mark}</sup> ' if mark else ''}{esc(line)}</p>" for mark, line in story.opts["affils"]
    )
    contact = story.opts.get("contact")
    contact_html = f'<p class="tt-contact"><em>{esc(contact)}</em></p>' if contact else ""
    head = (
        f'<link rel="canonical" href="{base_url(request)}{path}" />\n'
        f'<meta name="description" content="{esc(story.summary)}" />\n'
        f'<meta name="keywords" content="{esc(story.opts["keywords"])}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        '<meta property="og:type" content="article" />'
    )
    main = f"""<div class="tt-article">
<h1 class="tt-title">{esc(story.title)}</h1>
<div class="tt-meta"><a href="/thong-tin-khoa-hoc/{key}">{esc(issue_label(key))}</a> | Ngày đăng: {dmy(story)} | Lượt xem: {story.views()} | <a href="javascript:window.print();">In bài</a> | <a href="{pdf_path(story)}" target="_blank">Tải PDF</a></div>
<div class="tt-authors">{author_line(story)}</div>
<div class="tt-affiliations">{affils}{contact_html}</div>
<p class="tt-dates"><em>Ngày nhận bài: {story.opts["received"]}; Ngày duyệt đăng: {story.opts["accepted"]}</em></p>
<div class="tt-abstract"><p><strong>Tóm tắt:</strong> {text(story.summary)}</p></div>
<p class="tt-keywords"><strong>Từ khóa:</strong> {esc(story.opts["keywords"])}</p>
<div class="tt-content">
{render_research(story)}
</div>
{tools(base_url(request) + path)}
<div class="tt-same-issue"><h3>Các bài khác trong số</h3>{toc(key, exclude=story)}</div>
</div>"""
    return html(layout(story.title, [("/thong-tin-khoa-hoc", "Thông tin Khoa học")], main, head))


def news_page(request: Request, story: Story) -> Response:
    path = news_path(story)
    related = "".join(
        f'<li><a href="{news_path(s)}">{esc(s.title)}</a> <span class="date">({dmy(s)})</span></li>'
        for s in NEWS
        if s is not story
    )
    head = f'<link rel="canonical" href="{base_url(request)}{path}" />'
    main = f"""<div class="news-detail">
<h1 class="news-title">{esc(story.title)}</h1>
<div class="news-meta"><i class="fa fa-clock-o"></i> Cập nhật: {story.opts["time"]} | {dmy(story)} &nbsp; <i class="fa fa-eye"></i> Lượt xem: {story.views()}</div>
<div class="news-content">
{render_news(story)}
</div>
{tools(base_url(request) + path)}
<div class="news-related"><h3>Tin liên quan</h3><ul>{related}</ul></div>
</div>"""
    return html(layout(story.title, [("/tin-tuc", "Tin hoạt động")], main, head))


def page_number(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def pager(base: str, page: int, pages: int) -> str:
    items = []
    if page > 1:
        items.append(f'<li><a href="{base}?page={page - 1}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        cls = ' class="active"' if n == page else ""
        items.append(f'<li{cls}><a href="{base}?page={n}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{base}?page={page + 1}">&raquo;</a></li>')
    return '<ul class="pagination">' + "".join(items) + "</ul>"


def issues_list(request: Request) -> Response | None:
    page = page_number(request)
    keys = list(ISSUES)
    pages = -(-len(keys) // ISSUES_PER_PAGE)
    if page is None or page > pages:
        return None
    cards = []
    for key in keys[(page - 1) * ISSUES_PER_PAGE : page * ISSUES_PER_PAGE]:
        n, year, released, cover = ISSUES[key]
        cards.append(
            f'<div class="issue-item row"><div class="col-sm-3"><a href="/thong-tin-khoa-hoc/{key}">'
            f'<img class="img-responsive" src="/Uploads/ThongTinKhoaHoc/{key}/{cover}" alt="Bìa"></a></div>'
            f'<div class="col-sm-9"><h2><a href="/thong-tin-khoa-hoc/{key}">Thông tin Khoa học số {n}/{year}</a></h2>'
            f'<p class="issue-date">Ngày phát hành: {released}</p>'
            f'<p>{len(issue_articles(key))} bài viết</p></div></div>'
        )
    main = (
        '<h2 class="page-title">Thông tin Khoa học</h2>'
        '<p class="intro">Ấn phẩm thông tin khoa học của Trường Chính trị tỉnh Bình Định, phát hành 3 số/năm.</p>'
        + "".join(cards)
        + pager("/thong-tin-khoa-hoc", page, pages)
    )
    return html(layout("Thông tin Khoa học", [("", "Thông tin Khoa học")], main))


def issue_page(request: Request, key: str) -> Response:
    n, year, released, cover = ISSUES[key]
    main = f"""<div class="issue-detail">
<h1 class="issue-title">Thông tin Khoa học số {n}/{year}</h1>
<div class="row"><div class="col-sm-4"><img class="img-responsive" src="/Uploads/ThongTinKhoaHoc/{key}/{cover}" alt="Bìa số {n}/{year}"></div>
<div class="col-sm-8"><p class="issue-date">Ngày phát hành: {released}</p>
<p>Tổng biên tập: TS. Nguyễn Đức Thịnh</p><p>Giấy phép xuất bản số 12/GP-STTTT ngày 05/01/2026</p></div></div>
<h3>Mục lục</h3>
{toc(key)}
</div>"""
    return html(
        layout(
            f"Số {n}/{year}",
            [("/thong-tin-khoa-hoc", "Thông tin Khoa học"), ("", f"Số {n}/{year}")],
            main,
        )
    )


def news_list(request: Request) -> Response | None:
    page = page_number(request)
    pages = -(-len(NEWS) // NEWS_PER_PAGE)
    if page is None or page > pages:
        return None
    items = "".join(
        f'<li class="news-item"><a href="{news_path(s)}">{esc(s.title)}</a>'
        f' <span class="date">{dmy(s)}</span></li>'
        for s in NEWS[(page - 1) * NEWS_PER_PAGE : page * NEWS_PER_PAGE]
    )
    main = (
        f'<h2 class="page-title">Tin hoạt động</h2><ul class="news-list">{items}</ul>'
        + pager("/tin-tuc", page, pages)
    )
    return html(layout("Tin hoạt động", [("", "Tin hoạt động")], main))


def home(request: Request) -> Response:
    news = "".join(
        f'<div class="home-news"><a href="{news_path(s)}"><img src="{s.images[0].src if s.images else "/Content/images/no-image.jpg"}" alt="" class="thumb"></a>'
        f'<h3><a href="{news_path(s)}">{esc(s.title)}</a></h3><p class="date">{dmy(s)}</p></div>'
        for s in NEWS[:3]
    )
    main = (
        '<section class="home-block"><h2 class="block-title"><a href="/tin-tuc">Tin hoạt động</a></h2>'
        f'{news}<p class="more"><a href="/tin-tuc">Xem tất cả &raquo;</a></p></section>'
        '<section class="home-block"><h2 class="block-title"><a href="/thong-tin-khoa-hoc">'
        "Thông tin Khoa học số 3/2026</a></h2>"
        f'{toc("so-3-2026")}<p class="more"><a href="/thong-tin-khoa-hoc">Các số đã phát hành &raquo;</a></p></section>'
    )
    return html(layout("Trang chủ", [], main))


RULES = [
    "Bài viết chưa công bố trên bất kỳ ấn phẩm nào, có nội dung về lý luận chính trị, lịch sử Đảng, nhà nước và pháp luật, kinh tế - xã hội của tỉnh.",
    "Độ dài từ 3.000 đến 5.000 từ, soạn trên Microsoft Word, phông chữ Times New Roman, cỡ chữ 13.",
    "Bài viết có tóm tắt (không quá 150 từ) và từ khóa (3-5 từ); tài liệu tham khảo xếp theo thứ tự trích dẫn.",
    "Ghi rõ họ tên, học hàm, học vị, cơ quan công tác, số điện thoại, email của tác giả; bài nhiều tác giả ghi rõ tác giả liên hệ.",
    "Bài viết được phản biện kín; Ban Biên tập không trả lại bản thảo bài không được đăng.",
]

STATIC = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Trường Chính trị tỉnh Bình Định được thành lập theo Quyết định số 1021/QĐ-UB ngày "
        "22/5/1992 của UBND tỉnh, là cơ sở đào tạo, bồi dưỡng cán bộ, công chức của tỉnh.</p>"
        "<h3>Chức năng, nhiệm vụ</h3><ul><li>Đào tạo trung cấp lý luận chính trị - hành chính.</li>"
        "<li>Bồi dưỡng cán bộ lãnh đạo, quản lý cấp xã, phường.</li><li>Nghiên cứu khoa học, tổng "
        "kết thực tiễn.</li></ul><h3>Cơ cấu tổ chức</h3><p>Ban Giám hiệu; 4 khoa: Lý luận cơ sở, "
        "Xây dựng Đảng, Nhà nước và pháp luật, Dân vận; 2 phòng: Tổ chức - Hành chính, Quản lý "
        "đào tạo.</p>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH BÌNH ĐỊNH</strong></p><p>Địa chỉ: 78 Ngô Mây, phường "
        "Quy Nhơn, tỉnh Bình Định</p><p>Điện thoại: 0256 3822 418</p><p>Email: "
        "truongchinhtri@binhdinh.gov.vn</p>"
        '<form method="post" action="/lien-he" class="contact-form"><input name="HoTen" placeholder="Họ tên">'
        '<input name="Email" placeholder="Email"><textarea name="NoiDung"></textarea>'
        '<button type="submit">Gửi liên hệ</button></form>',
    ),
    "the-le-gui-bai": (
        "Thể lệ gửi bài Thông tin Khoa học",
        "<p>Thông tin Khoa học Trường Chính trị tỉnh Bình Định trân trọng mời cán bộ, giảng viên "
        "và các nhà khoa học gửi bài cộng tác. Bài gửi đăng cần đáp ứng các yêu cầu sau:</p><ol>"
        + "".join(f"<li>{esc(r)}</li>" for r in RULES)
        + "</ol><p>Bài gửi về địa chỉ email: thongtinkhoahoc@truongchinhtri.binhdinh.gov.vn.</p>"
        "<p>Ngày cập nhật: 05/01/2026</p>",
    ),
}


def static_page(slug: str) -> Response:
    title, content = STATIC[slug]
    main = f'<div class="static-page"><h1 class="page-title">{esc(title)}</h1>{content}</div>'
    return html(layout(title, [("", title)], main))


class TruongChinhTriSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/Content/", "/bundles/", "/Uploads/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                m = re.fullmatch(r"/Uploads/ThongTinKhoaHoc/(so-\d-2026)/(\d+)\.pdf", path)
                if m and int(m.group(2)) in BY_RESEARCH:
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
                return None
            if path.startswith("/bundles/"):
                ctype = "text/css" if path == "/bundles/css" else "application/javascript"
                return Response(200, b"/* bundle */", {"Content-Type": ctype})
            return static_file(path)
        if path == "/" and not request.query:
            return home(request)
        if path == "/thong-tin-khoa-hoc":
            return issues_list(request)
        if path == "/tin-tuc":
            return news_list(request)
        if request.query:
            if path == "/tim-kiem":
                main = '<h2 class="page-title">Kết quả tìm kiếm</h2><p>Không tìm thấy kết quả phù hợp.</p>'
                return html(layout("Tìm kiếm", [("", "Tìm kiếm")], main))
            return None
        if m := re.fullmatch(r"/thong-tin-khoa-hoc/(so-\d-2026)", path):
            return issue_page(request, m.group(1)) if m.group(1) in ISSUES else None
        if m := re.fullmatch(r"/thong-tin-khoa-hoc/bai-viet/(\d+)(?:/([a-z0-9-]+))?", path):
            story = BY_RESEARCH.get(int(m.group(1)))
            if story is None:
                return None
            if m.group(2) is not None and m.group(2) != story.slug:
                return redirect(article_path(story), 301)
            return research_page(request, story)
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)-(\d+)", path):
            story = BY_NEWS.get(int(m.group(2)))
            if story is None:
                return None
            if m.group(1) != story.slug:
                return redirect(news_path(story), 301)
            return news_page(request, story)
        if path.strip("/") in STATIC and path.count("/") == 1:
            return static_page(path.strip("/"))
        return None


def build_site() -> TruongChinhTriSite:
    return TruongChinhTriSite()
