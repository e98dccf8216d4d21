"""Trường Chính trị tỉnh Nghệ An on a vendor Java portal (Spring MVC + Thymeleaf, Tomcat).

Platform
--------
A "cổng thông tin" sold by a provincial software house: Spring MVC controllers, Thymeleaf
templates, Bootstrap 3 markup, Font Awesome 4 icons. Every post is a row of the vendor's
``tin_bai`` table with a numeric id; the editors pick one of several "kiểu hiển thị thông tin bài
viết" per post (the vendor's form has a free-text "Thông tin hiển thị" box), so THE POST'S FIELDS
ARE PRINTED IN A META ROW ABOVE THE TEXT in many shapes, one per post:

- spans with icons: ``<div class="news-meta"><span><i class="fa fa-user"></i> Đăng bởi: bientap</span> |
  <span><i class="fa fa-clock-o"></i> 14:30</span> | <span><i class="fa fa-calendar"></i> 17/11/2026</span> |
  <span>Lượt xem: 215</span> | <a>In</a> | <a>Email</a></div>`` (a CMS login: no author);
- a ``<ul class="meta">`` of ``<li>``: "Ngày 06/11/2026 10:20" / "Người đăng: admin – Người
  duyệt: bientap01" (both logins: nobody);
- a one-line ``<p class="meta-line">`` with "|" separators: "Cập nhật: 17/11/2026 08:15 | Tác giả:
  Nguyễn Thị Hạnh | Nguồn: Báo Nghệ An" (author and source; the only date printed, so it is the
  publication date), "12/11/2026 | Phòng Quản lý đào tạo" (a unit as author);
- a two-line ``<div class="meta-2line">``: "Ngày đăng: 03/11/2026" / "Tác giả bài viết: ThS. Trần
  Văn Nam (Khoa Nhà nước và pháp luật)" (author "Trần Văn Nam");
- "Ngày xuất bản: 12/11/2026 – Ngày cập nhật: 20/11/2026 10:05" (published 2026-11-12, no time);
- "Thứ năm, 12/11/2026, 07:45 GMT+7" (VnExpress-like line);
- "20/11/2026 | Bài và ảnh: Lê Hải" (author and photographer);
- a row with only "Lượt xem: 1.024 – Bình luận: 0" (the date is then printed under the text:
  "Ngày đăng: 02/12/2026 16:40").

A post that signs at the end (right-aligned name, "Tin, ảnh: …", "Tin: … – Ảnh: …", a unit) prints
no author in its meta row, so every post names its people exactly once.

URL scheme
----------
- ``/`` home: "Tin mới nhất" (5 newest), one block per category (3 newest each), sidebar.
- ``/tin-tuc/<slug>-<id>.html``: a post. The controller resolves the post by the id alone: an old
  slug (the title was edited after publication) still answers with the same post, and
  ``rel=canonical`` names the current slug.
- ``/tin-tuc/<slug>-<id>.html?print=true``: the print view ("In bài" in the tool bar, "In" in one
  meta row): the same post without chrome, no canonical.
- ``/danh-muc/<key>.html?page=<n>``: category lists, Spring Data pages, **zero-based**, 6 per
  page; ``?page=0`` is the first page and is linked by the pager ("1", "«"), the bare
  ``/danh-muc/<key>.html`` is the menu's link to the same page. A page past the end answers 200
  with "Chưa có tin bài" (Spring's empty Page).
- ``/danh-muc/tin-tuc.html?page=<n>``: every post, newest first ("Tin tức" menu), 3 pages.
- ``/danh-muc/van-ban.html``: a table of documents (Số/Ký hiệu, Ngày ban hành, Trích yếu, Tải
  về), with PDF files under ``/upload/van-ban/``.
- ``/gioi-thieu/lich-su.html``, ``/gioi-thieu/co-cau-to-chuc.html``, ``/lien-he.html``: static.
- ``/tim-kiem.html?tuKhoa=<words>``: search results (the posts' tag links land here, a listing);
  ``/dang-nhap.html``: the CMS login form.
- Images under ``/upload/images/2026/<mm>/``; theme files under ``/resources/``.
- No robots.txt, no sitemap (404).

How each gold article is reached
--------------------------------
- The 5 newest are in "Tin mới nhất" on the home page; every post of Nghiên cứu - Trao đổi,
  Đào tạo - Bồi dưỡng and Văn bản - Thông báo is in its category's home block and first page.
- Tin hoạt động has 7 posts: the 6 newest on ``?page=0``; the oldest ("Thường trực Tỉnh ủy làm
  việc …", 26/10/2026) only on ``/danh-muc/tin-hoat-dong.html?page=1`` and on
  ``/danh-muc/tin-tuc.html?page=2``. The one before it (29/10) is not on the home page either.

Traps
-----
- The meta row above the text in nine shapes (see above); the header prints today
  ("Thứ Sáu, ngày 04/12/2026"); "Ngày cập nhật" is a later date than the publication date.
- CMS logins (bientap, admin, bientap01, quantri) and "Ban biên tập" in the footer credit
  nobody; units ("Phòng Quản lý đào tạo", "Phòng Tổ chức - Hành chính") are authors as printed;
  degrees (ThS., TS.) and a department in parentheses are not part of a name.
- Print views (``?print=true``) of every post and one old-slug URL serve the same article
  (``alt_paths``).
- Listings answer both ``?page=0`` and the bare path; out-of-range pages answer 200, empty.
- "Lượt xem", "Bình luận", "In", "Email", share buttons, tags, "Tin liên quan", the comment form
  and the visitor counter are not text.

Gold decisions
--------------
- title: ``h1.news-title``; published_at: the meta row's (or the bottom line's) publication
  date, with its time when printed; source: "Nguồn: …" in the meta row or under the text.
- summary: the ``div.news-sapo`` lead when the post has one (also the first body paragraph).
- body: ``div.news-content`` paragraphs, ``h3`` headings, list items, table rows (cells joined by
  " | "), a ``<br>`` splits a paragraph; captions and end signatures are not body.
- images: the photos in ``news-content`` in order; the caption is the line printed with it
  (figcaption, italic centred line, plain centred line, the vendor's image table cell).
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "byline_top_meta_tct"
PLATFORM = "Vendor Java portal (Spring MVC + Thymeleaf on Tomcat), /tin-tuc/<slug>-<id>.html"
START_PATH = "/"

TODAY = "Thứ Sáu, ngày 04/12/2026"
SITE_TITLE = "Trường Chính trị tỉnh Nghệ An"
PER_PAGE = 6

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "van-ban-thong-bao": "Văn bản - Thông báo",
}


def img(month: str, name: str) -> str:
    return f"/upload/images/2026/{month}/{name}"


def right(name: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(name)}</strong></p>')


# --- the posts ---------------------------------------------------------------------------------
#
# opts: meta (the meta row, printed above the text as the editor chose), bottom (a line printed
# under the text), old (an old slug still linked), tags. P styles: "h3", "li", "oli", "quote",
# "tr"/"th" (table rows), "br" (continues the previous paragraph after a <br>).
# Img styles: "figure", "em", "center", "plain", "table".

STORIES: list[Story] = [
    Story(
        2291,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-truong-chinh-tri-tinh-nam-2026",
        "Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm 2026",
        "tin-hoat-dong",
        "2026-12-02T16:40:00+07:00",
        [
            P(
                "Chiều 02/12/2026, Trường Chính trị tỉnh Nghệ An tổ chức Hội nghị viên chức, người lao "
                "động năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026, bàn giải pháp thực hiện "
                "nhiệm vụ năm 2027."
            ),
            P(
                "Dự hội nghị có đồng chí Nguyễn Đình Thắng, Hiệu trưởng nhà trường; các đồng chí trong Ban "
                "Giám hiệu, Ban Chấp hành Công đoàn cơ sở cùng toàn thể viên chức, người lao động."
            ),
            Img(
                img("12", "hoi-nghi-vcnld-2026-1.jpg"),
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                "center",
            ),
            P(
                "Năm 2026, nhà trường đã tổ chức 68 lớp đào tạo, bồi dưỡng với hơn 4.300 học viên, vượt "
                "12% kế hoạch năm; 100% giảng viên thực hiện đủ định mức giờ giảng và nghiên cứu khoa học; "
                "hoàn thành 2 đề tài khoa học cấp tỉnh."
            ),
            P(
                "Hội nghị đã dành nhiều thời gian thảo luận về đổi mới nội dung, phương pháp giảng dạy, "
                "tăng cường đi thực tế của giảng viên và ứng dụng chuyển đổi số trong quản lý đào tạo."
            ),
            P(
                "Phát biểu kết luận, đồng chí Hiệu trưởng đề nghị mỗi viên chức tiếp tục nâng cao trình độ "
                "chuyên môn, giữ gìn kỷ luật, kỷ cương, xây dựng nhà trường đạt chuẩn mức 1 theo Quy định "
                "số 09-QĐi/TW của Ban Bí thư."
            ),
            Img(
                img("12", "hoi-nghi-vcnld-2026-2.jpg"),
                "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị",
                "Các đại biểu biểu quyết thông qua Nghị quyết hội nghị",
                "center",
            ),
            P("Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành."),
            right("Nguyễn Văn Bình"),
        ],
        authors=["Nguyễn Văn Bình"],
        summary=(
            "Hội nghị đánh giá kết quả năm 2026 và thống nhất các chỉ tiêu, giải pháp thực hiện nhiệm "
            "vụ chính trị năm 2027 của nhà trường."
        ),
        sapo_outside=True,
        opts={
            "meta": '<div class="news-meta text-muted"><i class="fa fa-eye"></i> Lượt xem: 1.024 – '
            '<i class="fa fa-comments-o"></i> Bình luận: 0</div>',
            "bottom": '<p class="news-date-bottom"><em>Ngày đăng: 02/12/2026 16:40</em></p>',
            "tags": ["hội nghị viên chức", "công đoàn"],
        },
    ),
    Story(
        2288,
        "thong-bao-lich-nghi-tet-duong-lich-2027-va-lich-hoc-cac-lop",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027 và lịch học tập của các lớp",
        "van-ban-thong-bao",
        "2026-11-30T09:00:00+07:00",
        [
            P(
                "Căn cứ Thông báo của UBND tỉnh Nghệ An về việc nghỉ Tết Dương lịch năm 2027 đối với cán "
                "bộ, công chức, viên chức, Trường Chính trị tỉnh thông báo lịch nghỉ và lịch học tập của "
                "các lớp như sau:"
            ),
            P("1. Thời gian nghỉ Tết Dương lịch", "h3"),
            P(
                "Cán bộ, viên chức, người lao động và học viên các lớp tập trung được nghỉ từ thứ Sáu ngày "
                "01/01/2027 đến hết Chủ nhật ngày 03/01/2027."
            ),
            P("2. Lịch học của các lớp sau kỳ nghỉ", "h3"),
            P("Lớp | Địa điểm | Ngày học lại", "th"),
            P("Trung cấp LLCT - HC K75 (tập trung) | Trường Chính trị tỉnh | 04/01/2027", "tr"),
            P("Trung cấp LLCT - HC K78 (huyện Yên Thành) | TTCT huyện Yên Thành | 05/01/2027", "tr"),
            P("Bồi dưỡng đối tượng 4 khóa II | Trường Chính trị tỉnh | 06/01/2027", "tr"),
            P(
                "Đề nghị các khoa, phòng thông báo đến giảng viên, chủ nhiệm lớp và học viên biết, thực hiện."
            ),
            right("Phòng Tổ chức - Hành chính"),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={
            "meta": '<div class="meta-2line"><div>Ngày đăng: 30/11/2026 - 09:00</div>'
            "<div>Lượt xem: 87</div></div>",
            "tags": ["thông báo", "lịch nghỉ"],
        },
    ),
    Story(
        2283,
        "doi-moi-phuong-phap-boi-duong-can-bo-co-so-theo-huong-phat-huy-tinh-tich-cuc-cua-hoc-vien",
        "Đổi mới phương pháp bồi dưỡng cán bộ cơ sở theo hướng phát huy tính tích cực của học viên",
        "dao-tao-boi-duong",
        "2026-11-26",
        [
            P(
                "Đội ngũ cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính đòi hỏi những chương trình "
                "bồi dưỡng ngắn, sát việc làm. Bài viết trao đổi một số kinh nghiệm đổi mới phương pháp bồi "
                "dưỡng tại Trường Chính trị tỉnh Nghệ An."
            ),
            P("Thực trạng", "h3"),
            P(
                "Qua khảo sát 420 học viên các lớp bồi dưỡng năm 2026, có 61% học viên cho rằng thời lượng "
                "thuyết giảng còn nhiều; 74% mong muốn được thảo luận tình huống gắn với công việc thực tế "
                "ở cơ sở."
            ),
            P("Một số giải pháp", "h3"),
            P(
                "Thứ nhất, thiết kế chuyên đề theo vị trí việc làm, mỗi chuyên đề gắn với một sản phẩm "
                "đầu ra cụ thể như dự thảo văn bản, kế hoạch hay báo cáo."
            ),
            P(
                "Thứ hai, tăng cường phương pháp nghiên cứu tình huống, đóng vai, làm việc nhóm; mời cán bộ "
                "cơ sở có kinh nghiệm tham gia báo cáo điển hình."
            ),
            P(
                "Thứ ba, ứng dụng học tập kết hợp (blended learning): học viên tự nghiên cứu tài liệu trên "
                "hệ thống LMS của nhà trường trước buổi học trên lớp."
            ),
            P("Kết luận", "h3"),
            P(
                "Đổi mới phương pháp bồi dưỡng là yêu cầu tất yếu, góp phần nâng cao năng lực thực thi "
                "công vụ của đội ngũ cán bộ cơ sở trong giai đoạn mới."
            ),
        ],
        authors=["Võ Thị Mai Hương"],
        summary=(
            "Đội ngũ cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính đòi hỏi những chương trình "
            "bồi dưỡng ngắn, sát việc làm. Bài viết trao đổi một số kinh nghiệm đổi mới phương pháp bồi "
            "dưỡng tại Trường Chính trị tỉnh Nghệ An."
        ),
        opts={
            "meta": '<div class="news-meta"><span class="date"><i class="fa fa-calendar"></i> 26/11/2026'
            '</span> <span class="author"><i class="fa fa-user"></i> Tác giả: TS. Võ Thị Mai Hương'
            '</span> <span class="view"><i class="fa fa-eye"></i> 512</span></div>',
            "lead_strong": True,
            "tags": ["phương pháp giảng dạy", "cán bộ cơ sở"],
        },
    ),
    Story(
        2279,
        "be-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k74-tai-huyen-nghi-loc",
        "Bế giảng lớp Trung cấp lý luận chính trị - hành chính K74 tại huyện Nghi Lộc",
        "tin-hoat-dong",
        "2026-11-20",
        [
            P(
                "Ngày 20/11/2026, Trường Chính trị tỉnh phối hợp với Trung tâm Chính trị huyện Nghi Lộc tổ "
                "chức Lễ bế giảng lớp Trung cấp lý luận chính trị - hành chính K74 hệ không tập trung."
            ),
            P(
                "Lớp học khai giảng tháng 11/2025 với 86 học viên là cán bộ chủ chốt cấp xã, trưởng, phó "
                "các phòng, ban của huyện. Sau 12 tháng học tập, 100% học viên đủ điều kiện tốt nghiệp, "
                "trong đó 21 học viên đạt loại giỏi, 65 học viên đạt loại khá."
            ),
            Img(
                img("11", "be-giang-k74-nghi-loc-1.jpg"),
                "Lãnh đạo nhà trường trao bằng tốt nghiệp cho các học viên",
                "Lãnh đạo nhà trường trao bằng tốt nghiệp cho các học viên",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Hiệu trưởng Lê Thị Thu Hà biểu dương tinh thần học "
                "tập nghiêm túc của học viên và đề nghị các đồng chí vận dụng kiến thức đã học vào thực "
                "tiễn công tác tại địa phương."
            ),
            Img(
                img("11", "be-giang-k74-nghi-loc-2.jpg"),
                "Học viên lớp K74 chụp ảnh lưu niệm",
                "Học viên lớp K74 chụp ảnh lưu niệm",
                "em",
            ),
        ],
        authors=["Lê Hải"],
        photographers=["Lê Hải"],
        opts={
            "meta": '<p class="meta-line">20/11/2026 | Bài và ảnh: Lê Hải</p>',
            "tags": ["trung cấp lý luận chính trị", "Nghi Lộc"],
        },
    ),
    Story(
        2276,
        "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "tin-hoat-dong",
        "2026-11-17T14:30:00+07:00",
        [
            P(
                "Từ ngày 10 đến 17/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp "
                "trường năm 2026 với sự tham gia của 18 giảng viên thuộc 4 khoa chuyên môn."
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng lý thuyết 45 phút và một bài giảng tích hợp kỹ "
                "năng; Ban Giám khảo đánh giá theo các tiêu chí về nội dung, phương pháp, liên hệ thực "
                "tiễn và tác phong sư phạm."
            ),
            Img(
                img("11", "hoi-thi-gvdg-2026.jpg"),
                "Một tiết giảng tại hội thi",
                "Một tiết giảng tại hội thi",
                "plain",
            ),
            P("Kết quả, Ban Tổ chức trao:"),
            P("02 giải Nhất cho giảng viên Khoa Lý luận cơ sở và Khoa Xây dựng Đảng;", "li"),
            P("04 giải Nhì, 06 giải Ba và 06 giải Khuyến khích.", "li"),
            P(
                "Các giảng viên đạt giải Nhất sẽ được cử tham gia Hội thi giảng viên dạy giỏi các trường "
                "chính trị khu vực Bắc Trung Bộ năm 2027."
            ),
        ],
        opts={
            "meta": '<div class="news-meta"><span class="by"><i class="fa fa-user"></i> Đăng bởi: bientap'
            '</span> | <span><i class="fa fa-clock-o"></i> 14:30</span> | <span><i class="fa fa-calendar">'
            '</i> 17/11/2026</span> | <span><i class="fa fa-eye"></i> Lượt xem: 215</span> | '
            '<a href="{print}" target="_blank"><i class="fa fa-print"></i> In</a> | '
            '<a href="mailto:?subject=Hoi%20thi%20giang%20vien%20day%20gioi"><i class="fa fa-envelope">'
            "</i> Email</a></div>",
            "tags": ["hội thi giảng viên dạy giỏi"],
        },
    ),
    Story(
        2275,
        "nghe-an-nang-cao-chat-luong-hoc-tap-nghi-quyet-o-co-so",
        "Nghệ An: Nâng cao chất lượng học tập, quán triệt nghị quyết của Đảng ở cơ sở",
        "tin-hoat-dong",
        "2026-11-17T08:15:00+07:00",
        [
            P(
                "Thời gian qua, công tác học tập, quán triệt và triển khai thực hiện nghị quyết của Đảng ở "
                "các tổ chức cơ sở đảng trên địa bàn tỉnh có nhiều đổi mới, thiết thực.",
            ),
            P(
                "Theo Ban Tuyên giáo và Dân vận Tỉnh ủy, năm 2026 toàn tỉnh tổ chức 1.260 hội nghị học tập, "
                "quán triệt nghị quyết ở cấp cơ sở, thu hút hơn 210.000 lượt cán bộ, đảng viên tham gia."
            ),
            P(
                "Nhiều địa phương đã ứng dụng nền tảng số để cán bộ, đảng viên tự học và làm bài thu hoạch "
                "trực tuyến; các trung tâm chính trị cấp huyện phối hợp với Trường Chính trị tỉnh biên soạn "
                "tài liệu hỏi - đáp ngắn gọn, dễ hiểu."
            ),
            P(
                "“Việc học tập nghị quyết phải gắn với xây dựng chương trình hành động cụ thể của từng chi "
                "bộ, tránh hình thức”, đồng chí Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy nhấn mạnh.",
                "quote",
            ),
            P(
                "Trong thời gian tới, tỉnh tiếp tục đổi mới phương thức tổ chức hội nghị, tăng cường kiểm "
                "tra việc xây dựng kế hoạch thực hiện nghị quyết ở cơ sở."
            ),
        ],
        authors=["Nguyễn Thị Hạnh"],
        source="Báo Nghệ An",
        summary=(
            "Thời gian qua, công tác học tập, quán triệt và triển khai thực hiện nghị quyết của Đảng ở "
            "các tổ chức cơ sở đảng trên địa bàn tỉnh có nhiều đổi mới, thiết thực."
        ),
        opts={
            "meta": '<p class="meta-line">Cập nhật: 17/11/2026 08:15 | Tác giả: Nguyễn Thị Hạnh | '
            "Nguồn: Báo Nghệ An</p>",
            "lead_strong": True,
            "old": "nghe-an-hoc-tap-nghi-quyet-o-co-so",
            "tags": ["học tập nghị quyết"],
        },
    ),
    Story(
        2270,
        "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        "tin-hoat-dong",
        "2026-11-12T07:45:00+07:00",
        [
            P(
                "Sáng 12/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
                "“Nâng cao chất lượng nghiên cứu, giảng dạy lý luận gắn với tổng kết thực tiễn”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên tập trung thảo luận những khó khăn trong việc đưa kết "
                "quả tổng kết thực tiễn của địa phương vào bài giảng, đồng thời đề xuất giải pháp tăng "
                "cường đi thực tế cơ sở."
            ),
            Img(
                img("11", "sinh-hoat-chuyen-de-q4.jpg"),
                "Đảng viên Chi bộ phát biểu tại buổi sinh hoạt",
                "Đảng viên Chi bộ phát biểu tại buổi sinh hoạt",
                "figure",
            ),
            P("Chi bộ thống nhất một số nội dung:"),
            P("Mỗi đảng viên đi thực tế ít nhất 10 ngày trong năm 2027;", "br"),
            P("Mỗi bài giảng bổ sung ít nhất một tình huống thực tiễn của tỉnh.", "br"),
            P("Buổi sinh hoạt diễn ra nghiêm túc, dân chủ, đúng quy định."),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Hoàng Minh Đức</em></p>'),
        ],
        authors=["Hoàng Minh Đức"],
        photographers=["Hoàng Minh Đức"],
        opts={
            "meta": '<div class="news-meta vnexpress-like"><span class="date">Thứ năm, 12/11/2026, 07:45 '
            "GMT+7</span></div>",
            "tags": ["sinh hoạt chi bộ"],
        },
    ),
    Story(
        2268,
        "phat-huy-vai-tro-mat-tran-to-quoc-trong-giam-sat-va-phan-bien-xa-hoi-o-co-so",
        "Một số giải pháp phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội ở cơ sở",
        "nghien-cuu-trao-doi",
        "2026-11-12",
        [
            P(
                "Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, được "
                "quy định tại Hiến pháp năm 2013 và Luật Mặt trận Tổ quốc Việt Nam."
            ),
            P("1. Kết quả đạt được", "h3"),
            P(
                "Giai đoạn 2021 - 2026, Mặt trận Tổ quốc các cấp trong tỉnh chủ trì 3.418 cuộc giám sát, "
                "tổ chức 612 hội nghị phản biện xã hội đối với dự thảo nghị quyết, đề án của cấp ủy, chính "
                "quyền cùng cấp. Nhiều kiến nghị sau giám sát đã được tiếp thu, giải quyết dứt điểm."
            ),
            P("2. Hạn chế", "h3"),
            P(
                "Tuy nhiên, một số nơi hoạt động giám sát còn hình thức, nội dung dàn trải; việc theo dõi "
                "kết quả giải quyết kiến nghị sau giám sát chưa thường xuyên; năng lực phản biện của một bộ "
                "phận cán bộ Mặt trận cơ sở còn hạn chế."
            ),
            P("3. Giải pháp", "h3"),
            P("Nâng cao nhận thức của cấp ủy, chính quyền về vai trò giám sát, phản biện của Mặt trận;", "oli"),
            P("Lựa chọn nội dung giám sát trúng, đúng vấn đề nhân dân quan tâm;", "oli"),
            P("Bồi dưỡng kỹ năng giám sát, phản biện cho cán bộ Mặt trận cấp xã;", "oli"),
            P("Công khai kết quả giải quyết kiến nghị trên các phương tiện thông tin đại chúng.", "oli"),
            right("ThS. Phan Thị Thu Hà"),
        ],
        authors=["Phan Thị Thu Hà"],
        opts={
            "meta": '<div class="news-meta"><span class="dates">Ngày xuất bản: 12/11/2026 – Ngày cập nhật: '
            "20/11/2026 10:05</span></div>",
            "tags": ["Mặt trận Tổ quốc", "giám sát", "phản biện xã hội"],
        },
    ),
    Story(
        2266,
        "khai-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        "Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "dao-tao-boi-duong",
        "2026-11-12",
        [
            P(
                "Ngày 12/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng "
                "lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Tham gia lớp học có 145 học viên là bí thư chi bộ, trưởng thôn, xóm, khối và cán bộ đoàn "
                "thể cấp xã của các huyện Nam Đàn, Hưng Nguyên và thành phố Vinh."
            ),
            Img(
                img("11", "khai-giang-qpan-dt4.jpg"),
                "Quang cảnh lễ khai giảng",
                "Quang cảnh lễ khai giảng",
                "table",
            ),
            P(
                "Trong 5 ngày, học viên được truyền đạt các chuyên đề về quan điểm của Đảng về xây dựng "
                "nền quốc phòng toàn dân, phòng chống chiến lược “diễn biến hòa bình”, xây dựng thế trận "
                "an ninh nhân dân ở cơ sở."
            ),
            P("Lớp học kết thúc vào ngày 16/11/2026."),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={
            "meta": '<p class="meta-line">12/11/2026 | Phòng Quản lý đào tạo</p>',
            "tags": ["quốc phòng an ninh"],
        },
    ),
    Story(
        2259,
        "thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-tap-trung-nam-2027",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung năm 2027",
        "van-ban-thong-bao",
        "2026-11-06T10:20:00+07:00",
        [
            P(
                "Thực hiện kế hoạch đào tạo năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Trường Chính "
                "trị tỉnh Nghệ An thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập "
                "trung khóa 79."
            ),
            P("Đối tượng và điều kiện", "h3"),
            P("Là đảng viên chính thức, có trình độ chuyên môn từ trung cấp trở lên;", "li"),
            P("Đang giữ chức vụ hoặc được quy hoạch chức danh trưởng, phó phòng cấp huyện trở lên;", "li"),
            P("Tuổi đời không quá 45 (nam) và 40 (nữ) tính đến ngày nhập học.", "li"),
            P("Hồ sơ và thời gian", "h3"),
            P(
                "Các đơn vị gửi danh sách và hồ sơ học viên về Phòng Quản lý đào tạo trước ngày "
                "15/12/2026; lớp học dự kiến khai giảng ngày 11/01/2027, thời gian học 8 tháng."
            ),
        ],
        opts={
            "meta": '<ul class="meta list-inline"><li><i class="fa fa-calendar"></i> Ngày 06/11/2026 10:20'
            "</li><li>Người đăng: admin – Người duyệt: bientap01</li></ul>",
            "tags": ["tuyển sinh", "trung cấp lý luận chính trị"],
        },
    ),
    Story(
        2254,
        "thuc-hien-dan-chu-o-co-so-theo-luat-nam-2022-ket-qua-va-van-de-dat-ra",
        "Thực hiện dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở năm 2022: kết quả và vấn đề đặt ra",
        "nghien-cuu-trao-doi",
        "2026-11-03",
        [
            P(
                "Luật Thực hiện dân chủ ở cơ sở năm 2022 có hiệu lực từ ngày 01/7/2023 đã tạo hành lang "
                "pháp lý quan trọng để nhân dân thực hiện quyền làm chủ theo phương châm “dân biết, dân "
                "bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”."
            ),
            P("Kết quả bước đầu ở Nghệ An", "h3"),
            P(
                "Sau hơn ba năm thi hành, 100% xã, phường, thị trấn đã niêm yết công khai các nội dung "
                "theo quy định; hội nghị thôn, xóm được tổ chức định kỳ; Ban Thanh tra nhân dân và Ban "
                "Giám sát đầu tư của cộng đồng hoạt động thực chất hơn."
            ),
            P(
                "Nhiều mô hình hay như “Dân vận khéo” trong giải phóng mặt bằng, “Ngày thứ Bảy vì dân” "
                "đã góp phần giải quyết kịp thời kiến nghị chính đáng của nhân dân."
            ),
            P("Những vấn đề đặt ra", "h3"),
            P(
                "Việc công khai ở một số nơi chưa đầy đủ, chưa kịp thời; hình thức lấy ý kiến nhân dân "
                "qua môi trường số chưa phổ biến; một bộ phận người dân chưa chủ động tham gia."
            ),
            P(
                "Để Luật đi vào cuộc sống, cần tiếp tục tuyên truyền sâu rộng, đề cao trách nhiệm người "
                "đứng đầu và đưa nội dung thực hiện dân chủ ở cơ sở vào chương trình bồi dưỡng cán bộ cấp xã."
            ),
        ],
        authors=["Trần Văn Nam"],
        opts={
            "meta": '<div class="meta-2line"><div class="date">Ngày đăng: 03/11/2026</div>'
            '<div class="author">Tác giả bài viết: ThS. Trần Văn Nam (Khoa Nhà nước và pháp luật)</div>'
            "</div>",
            "tags": ["dân chủ ở cơ sở"],
        },
    ),
    Story(
        2250,
        "doan-vien-thanh-nien-truong-chinh-tri-tinh-ra-quan-ngay-chu-nhat-xanh",
        "Đoàn viên thanh niên Trường Chính trị tỉnh ra quân “Ngày Chủ nhật xanh”",
        "tin-hoat-dong",
        "2026-10-29",
        [
            P(
                "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Tỉnh đoàn phát động, Chi đoàn Trường Chính "
                "trị tỉnh đã tổ chức ra quân dọn vệ sinh, trồng cây xanh trong khuôn viên nhà trường và "
                "khu vực ký túc xá học viên."
            ),
            Img(img("10", "chu-nhat-xanh-2026.jpg"), None, None, "none"),
            P(
                "Hơn 40 đoàn viên, thanh niên cùng nhiều học viên lớp Trung cấp lý luận chính trị - hành "
                "chính K75 tham gia, thu gom khoảng 2 tấn rác thải và trồng mới 60 cây bóng mát."
            ),
            P(
                "Hoạt động góp phần xây dựng cảnh quan môi trường nhà trường xanh - sạch - đẹp, nâng cao "
                "ý thức bảo vệ môi trường trong cán bộ, viên chức và học viên."
            ),
            Raw(
                '<p style="text-align: right;">Tin: Phạm Thu Trang – Ảnh: Trần Quốc Việt</p>'
            ),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Trần Quốc Việt"],
        opts={
            "meta": '<ul class="meta"><li><i class="fa fa-calendar-o"></i> 29/10/2026</li>'
            '<li><i class="fa fa-eye"></i> Lượt xem: 341</li></ul>',
            "tags": ["đoàn thanh niên", "môi trường"],
        },
    ),
    Story(
        2246,
        "thuong-truc-tinh-uy-lam-viec-voi-truong-chinh-tri-tinh-ve-cong-tac-dao-tao-boi-duong",
        "Thường trực Tỉnh ủy làm việc với Trường Chính trị tỉnh về công tác đào tạo, bồi dưỡng cán bộ",
        "tin-hoat-dong",
        "2026-10-26T08:30:00+07:00",
        [
            P(
                "Sáng 26/10/2026, đồng chí Phó Bí thư Thường trực Tỉnh ủy dẫn đầu đoàn công tác làm việc "
                "với Trường Chính trị tỉnh về kết quả công tác đào tạo, bồi dưỡng cán bộ 9 tháng năm 2026."
            ),
            P(
                "Báo cáo tại buổi làm việc cho biết, 9 tháng qua nhà trường đã mở 51 lớp với hơn 3.100 học "
                "viên; hoàn thành việc biên soạn lại 24 chuyên đề bồi dưỡng theo chương trình mới."
            ),
            P(
                "Kết luận buổi làm việc, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận những kết quả nhà "
                "trường đạt được, đồng thời yêu cầu nhà trường tập trung xây dựng đội ngũ giảng viên vừa có "
                "lý luận vững vàng, vừa am hiểu thực tiễn; đẩy mạnh chuyển đổi số trong quản lý đào tạo."
            ),
            P(
                "Tỉnh ủy sẽ quan tâm bố trí nguồn lực đầu tư cơ sở vật chất, phấn đấu đến năm 2027 nhà trường "
                "đạt chuẩn mức 1."
            ),
        ],
        source="Cổng TTĐT tỉnh Nghệ An",
        summary=(
            "Đoàn công tác ghi nhận kết quả 9 tháng năm 2026 và yêu cầu nhà trường tiếp tục đổi mới nội "
            "dung, chương trình đào tạo, bồi dưỡng cán bộ."
        ),
        sapo_outside=True,
        opts={
            "meta": '<div class="news-meta meta-top">Ngày đăng: 26/10/2026 08:30 · Đăng bởi: quantri</div>',
            "bottom": '<p class="news-source text-right"><strong>Nguồn: Cổng TTĐT tỉnh Nghệ An</strong></p>',
            "tags": ["Tỉnh ủy", "đào tạo bồi dưỡng"],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def href(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}.html"


def print_href(story: Story) -> str:
    return href(story) + "?print=true"


def old_href(story: Story) -> str:
    return f"/tin-tuc/{story.opts['old']}-{story.id}.html"


def _gold(story: Story) -> dict:
    alts = [print_href(story)]
    if story.opts.get("old"):
        alts.append(old_href(story))
    return gold_record(story, href(story), CATEGORIES[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/danh-muc/tin-hoat-dong.html?page=1",
    "/gioi-thieu/lich-su.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he.html",
    "/danh-muc/van-ban.html",
    "/danh-muc/nghien-cuu-trao-doi.html?page=0",
]


# --- printing ------------------------------------------------------------------------------------


def sort_key(story: Story) -> tuple[str, int]:
    return (story.published_at[:16], story.id)


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=sort_key, reverse=True)


def day(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def render_body(story: Story) -> str:
    """The vendor's CKEditor HTML: lists and tables grouped, <br> lines, photos with their line."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            tag = f'<img alt="" src="{b.src}" style="width: 700px; height: 467px;" />'
            cap = esc(b.printed or "")
            if b.style == "figure":
                out.append(f'<figure class="image"><img alt="{cap}" src="{b.src}" />'
                           f"<figcaption>{cap}</figcaption></figure>")
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{cap}</em></p>')
            elif b.style == "center":
                out.append(f'<p style="text-align: center;">{tag}<br />\n{cap}</p>')
            elif b.style == "plain":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f"<p>{cap}</p>")
            elif b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image">'
                    f"<tbody><tr><td>{tag}</td></tr>"
                    f'<tr><td class="image_desc" style="text-align: center;">{cap}</td></tr>'
                    "</tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
        elif b.style in ("li", "oli"):
            tag = "ol" if b.style == "oli" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(text(blocks[i].text))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(lines) + "</p>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>"
                                             for c in blocks[i].text.split(" | ")) + "</tr>")
                i += 1
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "h3":
            out.append(f"<h3><strong>{text(b.text)}</strong></h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        elif i == 0 and story.opts.get("lead_strong"):
            out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu/lich-su.html",
        "Giới thiệu",
        [("/gioi-thieu/lich-su.html", "Lịch sử hình thành"),
         ("/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức")],
    ),
    (
        "/danh-muc/tin-tuc.html",
        "Tin tức",
        [(f"/danh-muc/{k}.html", v) for k, v in CATEGORIES.items() if k != "van-ban-thong-bao"],
    ),
    (
        "/danh-muc/van-ban-thong-bao.html",
        "Văn bản - Thông báo",
        [("/danh-muc/van-ban-thong-bao.html", "Thông báo"), ("/danh-muc/van-ban.html", "Văn bản")],
    ),
    ("/lien-he.html", "Liên hệ", []),
]

MOST_READ = [2291, 2254, 2276, 2283, 2268]


def menu_html() -> str:
    out = ['<nav class="navbar navbar-default main-menu"><ul class="nav navbar-nav">']
    for link, label, subs in MENU:
        if subs:
            items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs)
            out.append(f'<li class="dropdown"><a href="{link}" class="dropdown-toggle">{esc(label)} '
                       f'<span class="caret"></span></a><ul class="dropdown-menu">{items}</ul></li>')
        else:
            out.append(f'<li><a href="{link}">{esc(label)}</a></li>')
    out.append("</ul></nav>")
    return "".join(out)


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{href(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<aside class="col-md-4 sidebar">
<div class="widget box-most-read"><h3 class="widget-title">Đọc nhiều nhất</h3><ul class="list-news">{most}</ul></div>
<div class="widget box-poll"><h3 class="widget-title">Thăm dò ý kiến</h3>
<form method="post" action="/binh-chon/luu.html"><p>Bạn đánh giá thế nào về chất lượng các lớp bồi dưỡng năm 2026?</p>
<label><input type="radio" name="luaChon" value="1"> Rất tốt</label><br>
<label><input type="radio" name="luaChon" value="2"> Tốt</label><br>
<label><input type="radio" name="luaChon" value="3"> Cần cải tiến</label><br>
<input type="hidden" name="_csrf" value="5f1c2a7e-93b4-4c0e-a8d1-6b2f0e9c4d17">
<button type="submit" class="btn btn-primary btn-sm">Biểu quyết</button></form></div>
<div class="widget box-links"><h3 class="widget-title">Liên kết website</h3><ul>
<li><a href="https://nghean.gov.vn" target="_blank">Cổng TTĐT tỉnh Nghệ An</a></li>
<li><a href="https://www.nghean.dcs.vn" target="_blank">Đảng bộ tỉnh Nghệ An</a></li>
<li><a href="https://www.hcma.vn" target="_blank">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>
<li><a href="https://baonghean.vn" target="_blank">Báo Nghệ An</a></li></ul>
<a href="https://nghean.gov.vn"><img src="/resources/images/banner-cong-ttdt.png" alt="banner"></a></div>
<div class="widget box-counter"><h3 class="widget-title">Thống kê truy cập</h3><ul class="counter">
<li><i class="fa fa-user"></i> Đang online: <b>37</b></li><li><i class="fa fa-calendar"></i> Hôm nay: <b>1.248</b></li>
<li><i class="fa fa-bar-chart"></i> Tổng truy cập: <b>2.457.893</b></li></ul></div>
</aside>"""


def page(title: str, main: str, *, canonical: str = "", with_sidebar: bool = True,
         request: Request | None = None) -> Response:
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}">' if canonical and request else ""
    side = sidebar() if with_sidebar else ""
    body = f"""<!DOCTYPE html>
<html lang="vi" xmlns:th="http://www.thymeleaf.org"><head><meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="_csrf" content="5f1c2a7e-93b4-4c0e-a8d1-6b2f0e9c4d17">{canon}
<link rel="stylesheet" href="/resources/css/bootstrap.min.css"><link rel="stylesheet" href="/resources/css/font-awesome.min.css">
<link rel="stylesheet" href="/resources/css/style.css?v=2.4.1"><link rel="icon" href="/resources/images/favicon.ico">
</head><body>
<div class="top-bar"><div class="container"><span class="today"><i class="fa fa-calendar"></i> {TODAY}</span>
<span class="pull-right"><a href="/tim-kiem.html">Tìm kiếm</a> | <a href="/dang-nhap.html">Đăng nhập</a></span></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/resources/images/logo-tct-nghean.png" alt="Logo"></a>
<div class="site-name"><p class="line1">TỈNH ỦY NGHỆ AN</p><p class="line2">TRƯỜNG CHÍNH TRỊ TỈNH NGHỆ AN</p></div>
</div></header>
<div class="container">{menu_html()}</div>
<div class="container"><div class="row"><main class="col-md-8 main-content">
{main}
</main>{side}</div></div>
<footer class="footer"><div class="container">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH NGHỆ AN</strong></p>
<p>Địa chỉ: Số 121, đường Lê Hồng Phong, phường Hưng Bình, thành phố Vinh, tỉnh Nghệ An</p>
<p>Điện thoại: 0238 3844 157 - Fax: 0238 3844 158 - Email: truongchinhtri@nghean.gov.vn</p>
<p>Chịu trách nhiệm chính: Ban biên tập Cổng thông tin điện tử Trường Chính trị tỉnh Nghệ An</p>
<p class="copyright">© 2026 Bản quyền thuộc Trường Chính trị tỉnh Nghệ An. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/resources/js/jquery.min.js"></script><script src="/resources/js/bootstrap.min.js"></script>
</body></html>"""
    return html(body, headers={"Set-Cookie": "JSESSIONID=7C1E0B5A92F4D3C8A6B1E0F9D2C4A7B3; Path=/; HttpOnly"})


def breadcrumb(*items: tuple[str, str]) -> str:
    lis = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for link, label in items:
        lis.append(f'<li><a href="{link}">{esc(label)}</a></li>' if link
                   else f'<li class="active">{esc(label)}</li>')
    return '<ol class="breadcrumb">' + "".join(lis) + "</ol>"


def item_html(story: Story, thumb: bool = True) -> str:
    first = next(b for b in story.blocks if isinstance(b, P)).text
    words = first.split()
    teaser = " ".join(words[:30]) + (" ..." if len(words) > 30 else "")
    pic = story.images[0].src if story.images else "/resources/images/no-image.png"
    img_tag = f'<a href="{href(story)}" class="thumb"><img src="{pic}" alt=""></a>' if thumb else ""
    return (f'<div class="news-item clearfix">{img_tag}<h4 class="title"><a href="{href(story)}">'
            f'{esc(story.title)}</a></h4><span class="date"><i class="fa fa-clock-o"></i> {day(story)}</span>'
            f'<p class="teaser">{esc(teaser)}</p></div>')


def pager(base: str, current: int, total: int) -> str:
    if total <= 1:
        return ""
    out = ['<ul class="pagination">', f'<li><a href="{base}?page=0">«</a></li>']
    for n in range(total):
        cls = ' class="active"' if n == current else ""
        out.append(f'<li{cls}><a href="{base}?page={n}">{n + 1}</a></li>')
    out.append(f'<li><a href="{base}?page={total - 1}">»</a></li></ul>')
    return "".join(out)


def listing(request: Request, key: str) -> Response:
    base = f"/danh-muc/{key}.html"
    if key == "tin-tuc":
        label, posts, crumbs = "Tin tức", newest(STORIES), [(None, "Tin tức")]
    else:
        label = CATEGORIES[key]
        posts = newest([s for s in STORIES if s.cat == key])
        crumbs = [(None, label)]
    try:
        n = int(request.params.get("page", "0"))
    except ValueError:
        n = 0
    if n < 0:
        n = 0
    total = (len(posts) + PER_PAGE - 1) // PER_PAGE
    chunk = posts[n * PER_PAGE:(n + 1) * PER_PAGE]
    items = "".join(item_html(s) for s in chunk) or '<p class="empty">Chưa có tin bài.</p>'
    main = (f"{breadcrumb(*crumbs)}<h2 class=\"cat-title\">{esc(label)}</h2>"
            f'<div class="list-news">{items}</div>{pager(base, n, total)}')
    return page(f"{label} - {SITE_TITLE}", main, request=request)


def home(request: Request) -> Response:
    latest = newest(STORIES)[:5]
    top = latest[0]
    others = "".join(f'<li><a href="{href(s)}">{esc(s.title)}</a> <span class="date">({day(s)})</span></li>'
                     for s in latest[1:])
    blocks = []
    for key, label in CATEGORIES.items():
        posts = newest([s for s in STORIES if s.cat == key])[:3]
        items = "".join(item_html(s, thumb=False) for s in posts)
        blocks.append(f'<section class="box-cat"><h3 class="box-title"><a href="/danh-muc/{key}.html">'
                      f'{esc(label)}</a></h3>{items}<a class="more" href="/danh-muc/{key}.html?page=0">'
                      "Xem thêm »</a></section>")
    main = (f'<section class="hot-news"><h3 class="box-title">Tin mới nhất</h3>{item_html(top)}'
            f'<ul class="other-news">{others}</ul></section>' + "".join(blocks))
    return page(SITE_TITLE, main, request=request)


def tools(story: Story) -> str:
    return (f'<div class="news-tools"><a href="{print_href(story)}" target="_blank"><i class="fa fa-print"></i>'
            ' In bài viết</a> <a href="mailto:?subject=Tin%20bai"><i class="fa fa-envelope"></i> Gửi email</a>'
            f' <a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u=http://truongchinhtri.nghean.gov.vn{href(story)}">'
            '<img src="/resources/images/icon-facebook.png" alt="Facebook"> Chia sẻ</a>'
            ' <a class="zalo-share" href="#"><img src="/resources/images/icon-zalo.png" alt="Zalo"></a></div>')


def related(story: Story) -> str:
    same = [s for s in newest(STORIES) if s.cat == story.cat and s.id != story.id][:4]
    items = []
    for s in same:
        link = old_href(s) if s.opts.get("old") else href(s)
        items.append(f'<li><a href="{link}">{esc(s.title)}</a> <span class="date">({day(s)})</span></li>')
    return f'<div class="news-related"><h3>Tin liên quan</h3><ul>{"".join(items)}</ul></div>'


def meta_row(story: Story) -> str:
    return story.opts["meta"].replace("{print}", print_href(story))


def article_core(story: Story) -> str:
    sapo = (f'<div class="news-sapo"><strong>{text(story.summary)}</strong></div>'
            if story.summary and story.sapo_outside else "")
    return (f'<h1 class="news-title">{esc(story.title)}</h1>\n{meta_row(story)}\n{sapo}\n'
            f'<div class="news-content">\n{render_body(story)}\n</div>\n{story.opts.get("bottom", "")}')


def article(request: Request, story: Story) -> Response:
    tags = ", ".join(
        f'<a href="/tim-kiem.html?tuKhoa={quote_plus(t)}">{esc(t)}</a>' for t in story.opts["tags"]
    )
    main = (
        f'{breadcrumb((f"/danh-muc/{story.cat}.html", CATEGORIES[story.cat]))}'
        f'<article class="news-detail">{article_core(story)}{tools(story)}'
        f'<div class="news-tags"><i class="fa fa-tags"></i> Từ khóa: {tags}</div></article>'
        f"{related(story)}"
        '<div class="comment-box"><h3>Ý kiến bạn đọc</h3><form method="post" action="/binh-luan/gui.html">'
        f'<input type="hidden" name="tinBaiId" value="{story.id}"><input name="hoTen" placeholder="Họ và tên">'
        '<input name="email" placeholder="Email"><textarea name="noiDung" placeholder="Nội dung"></textarea>'
        '<button type="submit">Gửi ý kiến</button></form></div>'
    )
    return page(f"{story.title} - {SITE_TITLE}", main, canonical=href(story), request=request)


def print_view(story: Story) -> Response:
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<link rel="stylesheet" href="/resources/css/print.css"></head><body onload="window.print()">
<div class="print-header"><img src="/resources/images/logo-tct-nghean.png" alt="Logo"> TRƯỜNG CHÍNH TRỊ TỈNH NGHỆ AN</div>
<div class="print-content">{article_core(story)}</div>
<p class="print-url">Địa chỉ bài viết: http://truongchinhtri.nghean.gov.vn{href(story)}</p>
</body></html>"""
    return html(body)


STATIC = {
    "/gioi-thieu/lich-su.html": (
        "Lịch sử hình thành và phát triển",
        "<p>Trường Chính trị tỉnh Nghệ An tiền thân là Trường Đảng tỉnh Nghệ An, được thành lập năm "
        "1949. Trải qua hơn 75 năm xây dựng và phát triển, nhà trường đã đào tạo, bồi dưỡng hàng trăm "
        "nghìn lượt cán bộ cho tỉnh nhà.</p><p>Năm 1991, Trường được đổi tên thành Trường Chính trị tỉnh "
        "Nghệ An theo Quyết định của Ban Thường vụ Tỉnh ủy.</p><p>Nhà trường vinh dự được Nhà nước tặng "
        "Huân chương Độc lập hạng Nhất (2019).</p>",
    ),
    "/gioi-thieu/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        "<h3>Ban Giám hiệu</h3><ul><li>Hiệu trưởng: Nguyễn Đình Thắng</li><li>Phó Hiệu trưởng: Lê Thị "
        "Thu Hà</li></ul><h3>Các khoa, phòng</h3><ul><li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng"
        "</li><li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li><li>Phòng Tổ chức - Hành chính</li>"
        "<li>Phòng Quản lý đào tạo</li><li>Phòng Quản lý khoa học và Thông tin - Tư liệu</li></ul>",
    ),
    "/lien-he.html": (
        "Liên hệ",
        "<p>Trường Chính trị tỉnh Nghệ An</p><p>Địa chỉ: Số 121, đường Lê Hồng Phong, phường Hưng Bình, "
        "thành phố Vinh, tỉnh Nghệ An</p><p>Điện thoại: 0238 3844 157</p>"
        '<form method="post" action="/lien-he/gui.html" class="form-contact"><input name="hoTen" '
        'placeholder="Họ và tên"><input name="email" placeholder="Email"><input name="tieuDe" '
        'placeholder="Tiêu đề"><textarea name="noiDung"></textarea><button type="submit">Gửi liên hệ'
        "</button></form>",
    ),
}


def static_page(request: Request, path: str) -> Response:
    title, content = STATIC[path]
    main = (f'{breadcrumb((None, title))}<div class="static-page"><h2 class="page-title">{esc(title)}</h2>'
            f"{content}</div>")
    return page(f"{title} - {SITE_TITLE}", main, request=request)


DOCUMENTS = [
    ("245-TB/TCT", "30/11/2026", "Thông báo lịch nghỉ Tết Dương lịch năm 2027", "tb-245-tct.pdf"),
    ("1032/KH-TCT", "20/11/2026", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "kh-1032-tct.pdf"),
    ("98-QĐ/TCT", "06/11/2026", "Quyết định ban hành Quy chế đào tạo hệ trung cấp lý luận chính trị",
     "qd-98-tct.pdf"),
    ("236-TB/TCT", "06/11/2026", "Thông báo tuyển sinh lớp Trung cấp LLCT - HC hệ tập trung năm 2027",
     "tb-236-tct.pdf"),
    ("87-QĐ/TCT", "15/10/2026", "Quyết định thành lập Hội đồng thi giảng viên dạy giỏi cấp trường",
     "qd-87-tct.pdf"),
]


def documents(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{i}</td><td>{esc(no)}</td><td>{d}</td><td>{esc(t)}</td>"
        f'<td><a href="/upload/van-ban/{f}"><i class="fa fa-download"></i> Tải về</a></td></tr>'
        for i, (no, d, t, f) in enumerate(DOCUMENTS, 1)
    )
    main = (f'{breadcrumb(("/danh-muc/van-ban-thong-bao.html", "Văn bản - Thông báo"), (None, "Văn bản"))}'
            '<h2 class="cat-title">Văn bản</h2><table class="table table-bordered table-van-ban"><thead><tr>'
            "<th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>")
    return page(f"Văn bản - {SITE_TITLE}", main, request=request)


def search(request: Request) -> Response:
    """The search page: the tag links of the posts land here (a listing, never an article)."""
    words = request.params.get("tuKhoa", "").strip()
    hits = [s for s in newest(STORIES) if words and (words in s.opts["tags"] or words in s.title)]
    items = "".join(item_html(s, thumb=False) for s in hits) or '<p class="empty">Không tìm thấy kết quả.</p>'
    main = (f'{breadcrumb((None, "Tìm kiếm"))}<form class="search-form" method="get" action="/tim-kiem.html">'
            f'<input name="tuKhoa" value="{esc(words)}"><button type="submit">Tìm</button></form>'
            f'<h2 class="cat-title">Kết quả tìm kiếm: {esc(words)}</h2><div class="list-news">{items}</div>')
    return page(f"Tìm kiếm - {SITE_TITLE}", main, request=request)


def login(request: Request) -> Response:
    main = ('<div class="login-box"><h2>Đăng nhập hệ thống</h2><form method="post" action="/dang-nhap.html">'
            '<input name="username" placeholder="Tên đăng nhập"><input type="password" name="password" '
            'placeholder="Mật khẩu"><input type="hidden" name="_csrf" value="5f1c2a7e-93b4-4c0e-a8d1-6b2f0e9c4d17">'
            '<button type="submit">Đăng nhập</button></form></div>')
    return page(f"Đăng nhập - {SITE_TITLE}", main, with_sidebar=False, request=request)


ARTICLE_URL = re.compile(r"/tin-tuc/([a-z0-9-]+)-(\d+)\.html")


class SpringPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/resources/", "/upload/images/")):
            return static_file(path)
        if path.startswith("/upload/van-ban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/":
            return home(request)
        if m := ARTICLE_URL.fullmatch(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None or m.group(1) not in (story.slug, story.opts.get("old")):
                return None
            if request.params.get("print") == "true":
                return print_view(story)
            if request.query:
                return None
            return article(request, story)
        if path == "/danh-muc/van-ban.html":
            return documents(request)
        if m := re.fullmatch(r"/danh-muc/([a-z-]+)\.html", path):
            if m.group(1) in CATEGORIES or m.group(1) == "tin-tuc":
                return listing(request, m.group(1))
            return None
        if path in STATIC:
            return static_page(request, path)
        if path == "/tim-kiem.html":
            return search(request)
        if path == "/dang-nhap.html":
            return login(request)
        return None


def build_site() -> SpringPortal:
    return SpringPortal()
