"""Trường Chính trị tỉnh Hà Giang on Joomla 4.4 with a custom template ("tpl_chinhtri"):
series boxes and cross-link boxes *inside the article text* that are not the article.

Platform
--------
Joomla 4 with SEF URLs and URL rewriting on (no ``/index.php/``), the ``.html`` suffix option
and modern routing (article ids kept in the URL). A menu heading "Tin tức" (not a link) holds
three category-blog menu items; the custom template overrides the article layout::

    <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
      <div class="page-header"><h1 itemprop="headline">…</h1></div>
      either the template's own meta row
        <div class="article-meta"><span class="ngay-dang">Ngày đăng: 16/11/2026 – 08:00</span>
        <span class="luot-xem">Lượt xem: 412</span></div>
      or (alternative layout, chosen per article) Joomla's own info block
        <dl class="article-info"> Viết bởi: <name> · Danh mục: <a> · <time datetime="…">Được
        đăng: 21 Tháng 11 2026</time> · Lượt xem </dl>   (LC3 date: no clock printed)
      <div class="article-tools"> In bài / Gửi email / Facebook / Zalo </div>
      <figure class="left item-image"> the "full article image" + figcaption (some articles) </figure>
      <div itemprop="articleBody" class="com-content-article__body"> TinyMCE text </div>
      <ul class="tags list-inline"> tags </ul>
    </div>
    module "Các tin khác" (3 newest of the same category, the current one left out)

The right column holds "Đọc nhiều nhất", a visitor counter ("Đang online / Hôm nay / Tổng truy
cập"), a poll ("Thăm dò ý kiến", a POST form) and "Liên kết website". The header prints today
("Thứ Sáu, ngày 04/12/2026"), the footer the school's address and phone.

URL scheme
----------
- ``/``: home; per category a box of its 4 newest articles, a "Tin nổi bật" block.
- ``/tin-tuc/<cat>.html``: category blog, 5 per page, newest first; ``?start=5`` is page 2
  (Joomla's pagination: Đầu / Trước / 1 / 2 / Tiếp / Cuối); ``?start=0`` is page 1.
- ``/tin-tuc/<cat>/<id>-<alias>.html``: an article (only under its own category; any query 404).
- ``/component/tags/tag/<alias>.html``: a tag's list of articles.
- ``/gioi-thieu.html`` (single-article menu item, no date, no category), ``/lien-he.html``
  (com_contact form).
- Media: ``/images/2026/11/<file>.jpg``; documents ``/images/van-ban/<file>.pdf`` (served, 200);
  template files under ``/templates/chinhtri/``.

Categories: Tin hoạt động (6 articles: page 1 and page 2), Nghiên cứu - Trao đổi (the 4 parts of
the series), Học tập và làm theo Bác (3).

How each gold article is reached
--------------------------------
- The home page boxes show the 4 newest of each category (11 of the 13 articles).
- ``214-tap-huan-chuyen-doi-so…`` is only in the Tin hoạt động blog (page 1) and on tag pages.
- ``209-doan-cong-tac-hoc-vien…`` (the oldest Tin hoạt động) is only on
  ``/tin-tuc/tin-hoat-dong.html?start=5`` (page 2) and on its own tag page
  ``/component/tags/tag/hop-tac-dao-tao.html`` linked only from its own page: no box, widget or
  cross-link anywhere points at it.
- The 4 series parts link to each other through their series boxes.

Traps (the point of this portal)
--------------------------------
- A 4-part series "Nâng cao chất lượng đào tạo lý luận chính trị" (Bài 1 … Bài 4, each its own
  post in Nghiên cứu - Trao đổi). At the top of every part's text a bordered box
  ``<div class="box-loat-bai">`` "Loạt bài: Nâng cao chất lượng đào tạo lý luận chính trị" lists
  the four titles, the other three as links, the current one in bold without a link followed by
  "(đang xem)". At the end of the text: "Kỳ trước: <a>…</a>" and/or "Bài tiếp theo: <a>…</a>"
  paragraphs. Neither the box nor those links are the article (not in body).
- "Đọc thêm:" box in the middle of a post (``<div class="doc-them">`` with a border and two linked
  titles): not body.
- An inline "Xem thêm >> <a>…</a>" paragraph between two paragraphs: not body.
- A post whose text is wrapped in ``<div>`` per paragraph (pasted from Word); the last div holds
  the last paragraph, the byline and a "Tin liên quan" heading with a ``<ul>`` of links: the list
  and its heading are not body.
- A post whose text legitimately ends with links that ARE content: "Các văn bản tham khảo:"
  then "1. Nghị quyết số 45-NQ/TW …", "2. Kết luận số 01-KL/TW …", "3. Chỉ thị số 05-CT/TW …",
  each paragraph a typed number and a link to the document's PDF: body.
- Two date forms: the template's "Ngày đăng: dd/mm/yyyy – HH:MM" (a clock: full timestamp) and
  Joomla's "Được đăng: 21 Tháng 11 2026" (day only, although ``<time datetime>`` holds a clock).
- Joomla's "Viết bởi: Super User" (the CMS account) and "Viết bởi: Ban Biên tập" (the
  created-by alias) credit nobody; bylines in the text decide.
- The header's today and the tag pages, category page 2, the static pages: not articles.

Gold decisions
--------------
- title: the ``h1`` (series parts keep their "Bài N: " as printed).
- published_at: "Ngày đăng: 16/11/2026 – 08:00" -> "2026-11-16T08:00:00+07:00"; "Được đăng:
  21 Tháng 11 2026" -> "2026-11-21".
- authors / photographers: "ThS. Nguyễn Thị Thu Hà – Khoa Lý luận cơ sở" -> Nguyễn Thị Thu Hà
  (degree and department dropped); "Tin, ảnh: X" -> X both; "Tin: X" + "Ảnh: Đoàn Thanh niên
  Trường" (a unit, credited as printed); a unit signing alone ("Phòng Tổ chức - Hành chính",
  "Chi bộ Khoa Lý luận cơ sở") is the author; "Ảnh: Internet" gives nobody.
- source: "Nguồn: Tạp chí Tuyên giáo" -> "Tạp chí Tuyên giáo".
- summary: the bold lead paragraph (``<p class="sapo"><strong>``) where there is one.
- body: the text's paragraphs, sub-headings, list items, table rows (cells joined by " | ");
  a ``<br>`` inside a paragraph splits it; not the boxes, "Kỳ trước"/"Bài tiếp theo", "Xem thêm",
  "Tin liên quan", bylines, source lines, captions.
- images: the full article image first (where there is one), then the photos of the text; the
  caption is the figcaption / italic centred line / plain centred line / caption cell under the
  photo; a photo with nothing under it has none.
- category: the breadcrumb's last section (= the category of the URL).
"""

from __future__ import annotations

import re

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

NAME = "series_box_tct"
PLATFORM = "Joomla 4.4, custom template, SEF URLs with .html suffix, category blog ?start=N"
START_PATH = "/"

TODAY = "Thứ Sáu, ngày 04/12/2026"
SITE_TITLE = "Trường Chính trị tỉnh Hà Giang"
PER_PAGE = 5

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "hoc-tap-va-lam-theo-bac": "Học tập và làm theo Bác",
}
TAGS = {
    "dao-tao-ly-luan-chinh-tri": "Đào tạo lý luận chính trị",
    "giang-vien": "Giảng viên",
    "hoc-tap-va-lam-theo-bac": "Học tập và làm theo Bác",
    "chuyen-doi-so": "Chuyển đổi số",
    "hop-tac-dao-tao": "Hợp tác đào tạo",
}
SERIES_NAME = "Nâng cao chất lượng đào tạo lý luận chính trị"
SERIES_IDS = [220, 222, 223, 226]


def img(name: str, month: str = "11") -> str:
    return f"/images/2026/{month}/{name}"


# --- the articles (opts: date "ngay"|"joomla", time, created_by, tags, intro, wrap) -------------
#
# P styles: "" plain, "lead" bold sapo, "h3" sub-heading, "li" bullet, "oli" numbered list item,
# "th"/"td" table rows (cells " | "), "quote" blockquote, "br" (a line of the previous paragraph
# after a <br>), "ref:<href>" (a typed "N. " and a link to a document).
# Img styles: "full" (Joomla's full article image), "figure", "em", "center", "table", "none".
# In Raw markup "[[path:ID]]" and "[[title:ID]]" are the path and title of article ID.

BYLINE = '<p style="text-align: right;"><strong>{}</strong></p>'

SERIES_1 = Story(
    220,
    "bai-1-doi-moi-noi-dung-chuong-trinh-dao-tao-theo-huong-thiet-thuc",
    "Bài 1: Đổi mới nội dung chương trình đào tạo theo hướng thiết thực",
    "nghien-cuu-trao-doi",
    "2026-11-16T08:00:00+07:00",
    [
        Raw("[[series:220]]"),
        P(
            "Đào tạo lý luận chính trị cho đội ngũ cán bộ, đảng viên là nhiệm vụ chính trị trọng tâm "
            "của Trường Chính trị tỉnh. Trước yêu cầu của tổ chức bộ máy chính quyền địa phương hai "
            "cấp, nội dung chương trình phải thay đổi để người học vận dụng được ngay vào công việc.",
            "lead",
        ),
        P(
            "Năm học 2025-2026, nhà trường mở 14 lớp Trung cấp lý luận chính trị với hơn 900 học "
            "viên, phần lớn là cán bộ cấp xã. Qua khảo sát sau tốt nghiệp, 27% học viên cho rằng một "
            "số chuyên đề còn nặng về lý thuyết, ít tình huống gắn với địa bàn miền núi, biên giới."
        ),
        P("Rà soát, tinh gọn các chuyên đề trùng lặp", "h3"),
        P(
            "Thực hiện Quyết định số 1182-QĐ/HVCTQG của Giám đốc Học viện Chính trị quốc gia Hồ Chí "
            "Minh, các khoa đã rà soát toàn bộ 42 chuyên đề, đề xuất ghép 6 chuyên đề có nội dung "
            "giao thoa và bổ sung 3 chuyên đề mới về chuyển đổi số, kinh tế cửa khẩu và công tác dân "
            "tộc, tôn giáo ở vùng cao."
        ),
        P(
            "Mỗi chuyên đề mới đều có phần “Liên hệ thực tiễn tỉnh Hà Giang” do giảng viên biên soạn "
            "từ số liệu của các sở, ngành và kết quả các đợt nghiên cứu thực tế."
        ),
        P("Tăng thời lượng thảo luận, xử lý tình huống", "h3"),
        P(
            "Thời lượng thảo luận nhóm tăng từ 20% lên 30% tổng số tiết; học viên được giao xử lý "
            "các tình huống thật như giải quyết đơn thư, vận động người dân hiến đất làm đường, "
            "phòng chống di cư tự do."
        ),
        Raw(BYLINE.format("ThS. Nguyễn Thị Thu Hà – Khoa Lý luận cơ sở")),
        Raw(
            '<p><strong>Bài tiếp theo: <a href="[[path:222]]">Nâng cao chất lượng đội ngũ giảng viên</a></strong></p>'
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    summary=(
        "Đào tạo lý luận chính trị cho đội ngũ cán bộ, đảng viên là nhiệm vụ chính trị trọng tâm "
        "của Trường Chính trị tỉnh. Trước yêu cầu của tổ chức bộ máy chính quyền địa phương hai "
        "cấp, nội dung chương trình phải thay đổi để người học vận dụng được ngay vào công việc."
    ),
    opts={
        "date": "ngay",
        "time": "08:00",
        "created_by": "Super User",
        "tags": ["dao-tao-ly-luan-chinh-tri"],
    },
)

SERIES_2 = Story(
    222,
    "bai-2-nang-cao-chat-luong-doi-ngu-giang-vien",
    "Bài 2: Nâng cao chất lượng đội ngũ giảng viên",
    "nghien-cuu-trao-doi",
    "2026-11-18T08:00:00+07:00",
    [
        Raw("[[series:222]]"),
        P(
            "Giảng viên là nhân tố quyết định chất lượng đào tạo. Hiện nhà trường có 38 giảng viên cơ "
            "hữu, trong đó 2 tiến sĩ, 29 thạc sĩ; 100% có trình độ cao cấp lý luận chính trị."
        ),
        P(
            "Tuy vậy, đội ngũ còn thiếu giảng viên có kinh nghiệm quản lý thực tiễn; một số giảng "
            "viên trẻ chưa được luân chuyển, đi thực tế dài ngày ở cơ sở nên bài giảng còn thiên về "
            "diễn giải văn bản."
        ),
        Img(
            img("giang-vien-du-gio.jpg"),
            "Giảng viên Khoa Xây dựng Đảng dự giờ, góp ý bài giảng mẫu",
            "Giảng viên Khoa Xây dựng Đảng dự giờ, góp ý bài giảng mẫu",
            "table",
        ),
        P(
            "Từ năm 2026, nhà trường thực hiện chế độ mỗi giảng viên đi thực tế ít nhất 15 ngày mỗi "
            "năm tại các xã, phường; kết quả đi thực tế là tiêu chí đánh giá, xếp loại cuối năm."
        ),
        P(
            "Cùng với đó, nhà trường mời báo cáo viên là lãnh đạo các sở, ngành, bí thư đảng ủy xã "
            "tham gia giảng dạy các chuyên đề thực tiễn; 12 báo cáo viên kiêm chức đã được công nhận "
            "trong tháng 10/2026."
        ),
        P(
            "Phong trào tự học, tự bồi dưỡng được duy trì qua sinh hoạt khoa học hằng tháng của các "
            "khoa; mỗi giảng viên đăng ký ít nhất một bài viết đăng trên Thông tin khoa học của Trường."
        ),
        Raw(BYLINE.format("TS. Đặng Quốc Việt – Phó Hiệu trưởng")),
        Raw(
            '<p><em>Kỳ trước: <a href="[[path:220]]">Đổi mới nội dung chương trình đào tạo theo hướng thiết thực</a></em></p>'
        ),
        Raw(
            '<p><strong>Bài tiếp theo: <a href="[[path:223]]">Đổi mới phương pháp giảng dạy, lấy người học làm trung tâm</a></strong></p>'
        ),
    ],
    authors=["Đặng Quốc Việt"],
    opts={
        "date": "ngay",
        "time": "08:00",
        "created_by": "Super User",
        "tags": ["dao-tao-ly-luan-chinh-tri", "giang-vien"],
    },
)

SERIES_3 = Story(
    223,
    "bai-3-doi-moi-phuong-phap-giang-day-lay-nguoi-hoc-lam-trung-tam",
    "Bài 3: Đổi mới phương pháp giảng dạy, lấy người học làm trung tâm",
    "nghien-cuu-trao-doi",
    "2026-11-20T08:00:00+07:00",
    [
        Raw("[[series:223]]"),
        P(
            "Phương pháp thuyết giảng một chiều không còn phù hợp với học viên là cán bộ đã có nhiều "
            "năm công tác. Đổi mới phương pháp vì vậy là khâu đột phá của cả loạt giải pháp.",
            "lead",
        ),
        P("Dạy học theo tình huống", "h3"),
        P(
            "Các khoa xây dựng ngân hàng 120 tình huống quản lý từ thực tiễn cơ sở. Học viên chia "
            "nhóm, đóng vai chủ tịch UBND xã, bí thư chi bộ thôn để đưa ra phương án xử lý, sau đó "
            "giảng viên phân tích, liên hệ với quy định của Đảng và pháp luật của Nhà nước."
        ),
        P("Ứng dụng công nghệ thông tin", "h3"),
        P(
            "100% bài giảng có trình chiếu; 18 chuyên đề có bài giảng điện tử trên hệ thống học tập "
            "trực tuyến của Trường, giúp học viên ở các xã xa ôn tập mà không phải về trung tâm."
        ),
        Img(
            img("hoc-vien-thao-luan-nhom.jpg"),
            "Học viên lớp Trung cấp lý luận chính trị khóa 11 thảo luận nhóm",
            "Học viên lớp Trung cấp lý luận chính trị khóa 11 thảo luận nhóm",
            "figure",
        ),
        P("Đổi mới kiểm tra, đánh giá", "h3"),
        P(
            "Bài thi hết học phần chuyển dần sang hình thức viết tiểu luận về một vấn đề ở chính đơn "
            "vị công tác của học viên, thay cho học thuộc đề cương."
        ),
        Raw(BYLINE.format("ThS. Vương Đình Khải – Khoa Nhà nước và Pháp luật")),
        Raw(
            '<p><em>Kỳ trước: <a href="[[path:222]]">Nâng cao chất lượng đội ngũ giảng viên</a></em></p>'
        ),
        Raw(
            '<p><strong>Bài tiếp theo: <a href="[[path:226]]">Gắn lý luận với thực tiễn qua hoạt động nghiên cứu thực tế</a></strong></p>'
        ),
    ],
    authors=["Vương Đình Khải"],
    summary=(
        "Phương pháp thuyết giảng một chiều không còn phù hợp với học viên là cán bộ đã có nhiều "
        "năm công tác. Đổi mới phương pháp vì vậy là khâu đột phá của cả loạt giải pháp."
    ),
    opts={
        "date": "ngay",
        "time": "08:00",
        "created_by": "Super User",
        "tags": ["dao-tao-ly-luan-chinh-tri"],
    },
)

SERIES_4 = Story(
    226,
    "bai-4-gan-ly-luan-voi-thuc-tien-qua-hoat-dong-nghien-cuu-thuc-te",
    "Bài 4: Gắn lý luận với thực tiễn qua hoạt động nghiên cứu thực tế",
    "nghien-cuu-trao-doi",
    "2026-11-23T08:00:00+07:00",
    [
        Img(
            img("nghien-cuu-thuc-te-meo-vac.jpg"),
            "Học viên nghiên cứu thực tế tại một hợp tác xã chè Shan tuyết",
            "Học viên nghiên cứu thực tế tại một hợp tác xã chè Shan tuyết",
            "full",
        ),
        Raw("[[series:226]]"),
        P(
            "Nghiên cứu thực tế là nội dung bắt buộc của chương trình Trung cấp lý luận chính trị, "
            "là cầu nối giữa kiến thức trên lớp và công việc của học viên tại cơ sở."
        ),
        P(
            "Trước đây, các đoàn thường đi ngắn ngày, nội dung chủ yếu nghe báo cáo. Từ khóa 11, nhà "
            "trường đổi mới theo hướng giao đề tài cụ thể cho từng nhóm trước khi đi, gồm:"
        ),
        P("Mô hình phát triển kinh tế hợp tác xã ở vùng cao;", "li"),
        P("Công tác xây dựng nông thôn mới tại các xã biên giới;", "li"),
        P("Vai trò của người có uy tín trong đồng bào dân tộc thiểu số;", "li"),
        P("Chuyển đổi số trong giải quyết thủ tục hành chính cấp xã.", "li"),
        P(
            "Kết thúc đợt nghiên cứu, mỗi nhóm trình bày báo cáo trước lớp, có đại diện lãnh đạo địa "
            "phương dự và phản hồi. Nhiều kiến nghị của học viên đã được các xã tiếp thu."
        ),
        P(
            "Loạt bài khép lại với một khẳng định: chất lượng đào tạo lý luận chính trị chỉ thực sự "
            "nâng lên khi nội dung, đội ngũ, phương pháp và thực tiễn cùng được đổi mới đồng bộ."
        ),
        Raw(BYLINE.format("ThS. Lù Thị Mai – Khoa Xây dựng Đảng")),
        Raw(
            '<p><em>Kỳ trước: <a href="[[path:223]]">Đổi mới phương pháp giảng dạy, lấy người học làm trung tâm</a></em></p>'
        ),
    ],
    authors=["Lù Thị Mai"],
    opts={
        "date": "ngay",
        "time": "08:00",
        "created_by": "Super User",
        "tags": ["dao-tao-ly-luan-chinh-tri"],
    },
)

KHAI_GIANG = Story(
    231,
    "khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-12-he-khong-tap-trung",
    "Khai giảng lớp Trung cấp lý luận chính trị khóa 12 hệ không tập trung",
    "tin-hoat-dong",
    "2026-12-02T10:15:00+07:00",
    [
        P(
            "Sáng 01/12/2026, Trường Chính trị tỉnh Hà Giang tổ chức Lễ khai giảng lớp Trung cấp lý "
            "luận chính trị khóa 12, hệ không tập trung, cho 86 học viên là cán bộ, công chức các xã "
            "khu vực phía Tây của tỉnh.",
            "lead",
        ),
        P(
            "Dự lễ khai giảng có đồng chí Sùng Mí Vừ, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; "
            "đại diện Ban Tổ chức Tỉnh ủy, Sở Nội vụ cùng Ban Giám hiệu, giảng viên nhà trường."
        ),
        Img(
            img("khai-giang-k12-1.jpg", "12"),
            "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
            "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
            "figure",
        ),
        P(
            "Phát biểu khai giảng, TS. Hoàng Văn Quyết, Hiệu trưởng nhà trường, đề nghị học viên "
            "chấp hành nghiêm quy chế, sắp xếp công việc hợp lý để tham gia đầy đủ các học phần."
        ),
        Raw(
            '<div class="doc-them" style="border: 1px solid #b30000; padding: 8px 12px; margin: 10px 0; '
            'background: #fff7f0;"><p><strong>Đọc thêm:</strong></p>'
            '<p>» <a href="[[path:228]]">[[title:228]]</a></p>'
            '<p>» <a href="[[path:220]]">[[title:220]]</a></p></div>'
        ),
        P(
            "Lớp học kéo dài 18 tháng, học theo từng đợt tập trung 10 ngày mỗi tháng tại cơ sở 2 "
            "của Trường. Chương trình gồm 5 phần học, 22 chuyên đề và đợt nghiên cứu thực tế."
        ),
        P(
            "Đây là lớp thứ ba được tổ chức theo chương trình đã điều chỉnh, tăng thời lượng thảo luận "
            "và xử lý tình huống gắn với thực tiễn vùng cao, biên giới."
        ),
        Img(
            img("khai-giang-k12-2.jpg", "12"),
            "Học viên chụp ảnh lưu niệm cùng đại biểu",
            "Học viên chụp ảnh lưu niệm cùng đại biểu",
            "em",
        ),
        Raw(BYLINE.format("Tin, ảnh: Lò Văn Sáng")),
    ],
    authors=["Lò Văn Sáng"],
    photographers=["Lò Văn Sáng"],
    summary=(
        "Sáng 01/12/2026, Trường Chính trị tỉnh Hà Giang tổ chức Lễ khai giảng lớp Trung cấp lý "
        "luận chính trị khóa 12, hệ không tập trung, cho 86 học viên là cán bộ, công chức các xã "
        "khu vực phía Tây của tỉnh."
    ),
    opts={
        "date": "ngay",
        "time": "10:15",
        "created_by": "Lò Văn Sáng",
        "tags": ["dao-tao-ly-luan-chinh-tri"],
    },
)

GVDG = Story(
    228,
    "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    "tin-hoat-dong",
    "2026-11-27T16:40:00+07:00",
    [
        P(
            "Từ ngày 23 đến 26/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp "
            "trường năm 2026. Tham gia hội thi có 14 giảng viên của 4 khoa chuyên môn."
        ),
        P(
            "Mỗi giảng viên trình bày một bài giảng 45 phút trước Ban Giám khảo và học viên lớp Trung "
            "cấp lý luận chính trị khóa 11; nội dung bài giảng do giảng viên bốc thăm trước 3 ngày."
        ),
        Raw(
            '<p style="color: #0055a5;"><strong>Xem thêm &gt;&gt; <a href="[[path:222]]">'
            "[[title:222]]</a></strong></p>"
        ),
        P(
            "Ban Giám khảo đánh giá các bài giảng đều được chuẩn bị công phu, nhiều giảng viên sử "
            "dụng hiệu quả phương pháp nêu vấn đề, liên hệ sinh động với thực tiễn địa phương."
        ),
        P("Kết quả, Ban Tổ chức trao 3 giải Nhất, 4 giải Nhì và 7 giải Ba; cụ thể các giải Nhất:"),
        P("Họ và tên | Khoa | Bài giảng", "th"),
        P("ThS. Nguyễn Thị Thu Hà | Lý luận cơ sở | Quy luật giá trị và vận dụng ở Việt Nam", "td"),
        P("ThS. Vương Đình Khải | Nhà nước và Pháp luật | Chính quyền địa phương hai cấp", "td"),
        P("ThS. Lù Thị Mai | Xây dựng Đảng | Công tác kiểm tra, giám sát của chi bộ", "td"),
        Img(
            img("gvdg-2026.jpg"),
            "Ban Tổ chức trao giải Nhất cho các giảng viên",
            "Ban Tổ chức trao giải Nhất cho các giảng viên",
            "center",
        ),
        P(
            "Các giảng viên đạt giải Nhất sẽ được đề nghị tham dự Hội giảng giảng viên trường chính "
            "trị khu vực miền núi phía Bắc năm 2027."
        ),
        Raw(
            '<p style="text-align: right;">Tin: <strong>Phạm Thu Trang</strong><br>Ảnh: <strong>Đoàn Thanh niên Trường</strong></p>'
        ),
    ],
    authors=["Phạm Thu Trang"],
    photographers=["Đoàn Thanh niên Trường"],
    opts={"date": "ngay", "time": "16:40", "created_by": "Super User", "tags": ["giang-vien"]},
)

NHA_GIAO = Story(
    224,
    "truong-chinh-tri-tinh-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    "tin-hoat-dong",
    "2026-11-21",
    [
        P(
            "Chiều 19/11/2026, Trường Chính trị tỉnh Hà Giang long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)."
        ),
        P(
            "Tại buổi lễ, đồng chí Hiệu trưởng ôn lại truyền thống vẻ vang của ngành giáo dục và "
            "của nhà trường qua hơn 60 năm xây dựng, phát triển."
        ),
        P(
            "Năm học 2025-2026, nhà trường đã tổ chức 31 lớp đào tạo, bồi dưỡng cho gần 2.700 học "
            "viên; tập thể nhà trường được UBND tỉnh tặng Cờ thi đua xuất sắc."
        ),
        Img(img("ky-niem-20-11.jpg"), None, None, "none"),
        P(
            "Dịp này, 9 cá nhân được tặng Kỷ niệm chương “Vì sự nghiệp giáo dục”; 15 giảng viên, "
            "viên chức được Hiệu trưởng tặng Giấy khen vì có thành tích xuất sắc trong năm học."
        ),
        P("Các thế hệ học viên đã gửi tới thầy cô những bó hoa tươi thắm cùng lời tri ân sâu sắc."),
        Raw(BYLINE.format("Phòng Tổ chức - Hành chính")),
        Raw(
            '<p style="margin-top: 12px;"><strong>Tin liên quan</strong></p>'
            '<ul class="tin-lien-quan">'
            '<li><a href="[[path:228]]">[[title:228]]</a></li>'
            '<li><a href="[[path:219]]">[[title:219]]</a></li>'
            "</ul>"
        ),
    ],
    authors=["Phòng Tổ chức - Hành chính"],
    opts={
        "date": "joomla",
        "time": "15:20",
        "created_by": "Ban Biên tập",
        "tags": ["giang-vien"],
        "wrap": True,
    },
)

BOI_DUONG = Story(
    219,
    "boi-duong-nhan-thuc-ve-dang-cho-quan-chung-uu-tu-dot-2-nam-2026",
    "Bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú đợt 2 năm 2026",
    "tin-hoat-dong",
    "2026-11-13T09:30:00+07:00",
    [
        P(
            "Từ ngày 09 đến 13/11/2026, Trường Chính trị tỉnh phối hợp với Đảng ủy các xã Yên Minh, "
            "Mậu Duệ và Đường Thượng mở lớp bồi dưỡng nhận thức về Đảng cho 124 quần chúng ưu tú."
        ),
        P(
            "Học viên được nghiên cứu 6 chuyên đề: những nội dung cơ bản của chủ nghĩa Mác - Lênin, tư "
            "tưởng Hồ Chí Minh; Đảng Cộng sản Việt Nam; mục tiêu, lý tưởng của Đảng; nhiệm vụ của "
            "đảng viên và phấn đấu trở thành đảng viên."
        ),
        Img(
            img("boi-duong-cam-tinh-dang.jpg"),
            "Quang cảnh lớp học tại xã Yên Minh",
            "Quang cảnh lớp học tại xã Yên Minh",
            "center",
        ),
        P(
            "Kết thúc khóa học, 100% học viên viết bài thu hoạch đạt yêu cầu, trong đó 41 bài đạt "
            "loại giỏi."
        ),
        P(
            "Lớp học là nguồn quan trọng để các chi bộ xem xét, kết nạp đảng viên mới trong năm 2027."
        ),
    ],
    opts={
        "date": "ngay",
        "time": "09:30",
        "created_by": "Super User",
        "tags": ["dao-tao-ly-luan-chinh-tri"],
    },
)

CHUYEN_DOI_SO = Story(
    214,
    "tap-huan-chuyen-doi-so-trong-giang-day-cho-giang-vien",
    "Tập huấn chuyển đổi số trong giảng dạy cho giảng viên",
    "tin-hoat-dong",
    "2026-11-06T14:05:00+07:00",
    [
        P(
            "Ngày 05/11/2026, Trường Chính trị tỉnh tổ chức tập huấn ứng dụng công nghệ thông tin, "
            "chuyển đổi số trong giảng dạy cho toàn thể giảng viên và viên chức các phòng."
        ),
        P("Nội dung tập huấn gồm:"),
        P("Thiết kế bài giảng điện tử theo chuẩn E-learning;"),
        P("Sử dụng hệ thống quản lý học tập trực tuyến (LMS) của Trường;", "br"),
        P("Khai thác tài liệu số của Thư viện Học viện Chính trị quốc gia Hồ Chí Minh.", "br"),
        P(
            "Báo cáo viên là chuyên gia của Trung tâm Thông tin - Tư liệu, Học viện Chính trị khu vực I "
            "hướng dẫn trực tiếp trên máy; mỗi giảng viên hoàn thiện một bài giảng điện tử ngay tại lớp."
        ),
        Img(
            img("tap-huan-cds.jpg"),
            "Giảng viên thực hành thiết kế bài giảng điện tử",
            "Giảng viên thực hành thiết kế bài giảng điện tử",
            "em",
        ),
        P(
            "Theo kế hoạch, đến hết năm 2027, 100% chuyên đề của chương trình Trung cấp lý luận chính "
            "trị sẽ có bài giảng điện tử phục vụ học viên tự học."
        ),
        Raw(BYLINE.format("Tin: Nguyễn Hải Yến")),
    ],
    authors=["Nguyễn Hải Yến"],
    opts={
        "date": "ngay",
        "time": "14:05",
        "created_by": "Super User",
        "tags": ["chuyen-doi-so", "giang-vien"],
    },
)

HOC_VIEN = Story(
    209,
    "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-voi-truong",
    "Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh",
    "tin-hoat-dong",
    "2026-10-29T15:00:00+07:00",
    [
        Img(
            img("hoc-vien-lam-viec.jpg", "10"),
            "Toàn cảnh buổi làm việc",
            "Toàn cảnh buổi làm việc",
            "full",
        ),
        P(
            "Ngày 28/10/2026, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Trần Văn Phòng, "
            "Phó Giám đốc Học viện, làm trưởng đoàn đã làm việc với Trường Chính trị tỉnh Hà Giang về "
            "công tác phối hợp đào tạo năm 2027."
        ),
        P(
            "Hai bên thống nhất tiếp tục mở lớp Cao cấp lý luận chính trị hệ không tập trung tại tỉnh; "
            "Học viện hỗ trợ Trường bồi dưỡng giảng viên, biên soạn tài liệu và hướng dẫn nghiên cứu "
            "khoa học."
        ),
        P(
            "Đồng chí Trưởng đoàn đánh giá cao sự chủ động của nhà trường trong đổi mới nội dung, "
            "phương pháp và đề nghị Trường chuẩn bị tốt các điều kiện để đạt chuẩn trường chính trị "
            "mức 1 vào năm 2027."
        ),
        Raw(BYLINE.format("Tin, ảnh: Phạm Thu Trang")),
    ],
    authors=["Phạm Thu Trang"],
    photographers=["Phạm Thu Trang"],
    opts={"date": "ngay", "time": "15:00", "created_by": "Super User", "tags": ["hop-tac-dao-tao"]},
)

TRI_THUC = Story(
    225,
    "phat-huy-vai-tro-doi-ngu-tri-thuc-giang-vien-trong-hoc-tap-va-lam-theo-bac",
    "Phát huy vai trò đội ngũ trí thức, giảng viên trong học tập và làm theo Bác",
    "hoc-tap-va-lam-theo-bac",
    "2026-11-22T07:30:00+07:00",
    [
        P(
            "Chủ tịch Hồ Chí Minh luôn coi trọng vai trò của trí thức trong sự nghiệp cách mạng. "
            "Người từng căn dặn: “Trí thức là vốn liếng quý báu của dân tộc”."
        ),
        P(
            "Đối với một cơ sở đào tạo cán bộ như Trường Chính trị tỉnh, học tập và làm theo Bác "
            "trước hết là mỗi giảng viên phải thực sự là tấm gương về đạo đức, lối sống, tinh thần "
            "tự học và trách nhiệm với người học."
        ),
        P(
            "Thời gian qua, các chi bộ trong trường đã cụ thể hóa nội dung học tập thành những việc "
            "làm thiết thực: giảng viên đăng ký chuẩn mực đạo đức nghề nghiệp, công khai lịch tiếp "
            "học viên, không nhận quà biếu dưới mọi hình thức trong thi, kiểm tra."
        ),
        P(
            "Bên cạnh đó, việc đưa nội dung học tập và làm theo Bác vào bài giảng được thực hiện "
            "thường xuyên, gắn với những tấm gương điển hình ở cơ sở mà học viên dễ tiếp nhận."
        ),
        P("Các văn bản tham khảo:"),
        P(
            "1. Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục xây "
            "dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh "
            "và bền vững trong giai đoạn mới",
            "ref:/images/van-ban/nghi-quyet-45-nq-tw.pdf",
        ),
        P(
            "2. Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị "
            "số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "ref:/images/van-ban/ket-luan-01-kl-tw.pdf",
        ),
        P(
            "3. Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo "
            "tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "ref:/images/van-ban/chi-thi-05-ct-tw.pdf",
        ),
    ],
    authors=["Giàng Thị Dợ"],
    opts={
        "date": "ngay",
        "time": "07:30",
        "created_by": "Super User",
        "tags": ["hoc-tap-va-lam-theo-bac", "giang-vien"],
        "byline_top": "ThS. Giàng Thị Dợ – Khoa Xây dựng Đảng",
    },
)

HUAN_LUYEN = Story(
    216,
    "bac-ho-voi-cong-tac-huan-luyen-dao-tao-can-bo",
    "Bác Hồ với công tác huấn luyện, đào tạo cán bộ",
    "hoc-tap-va-lam-theo-bac",
    "2026-11-10",
    [
        P(
            "Ngay từ những ngày đầu hoạt động cách mạng, Nguyễn Ái Quốc đã trực tiếp mở các lớp huấn "
            "luyện cán bộ tại Quảng Châu, đặt nền móng cho công tác đào tạo cán bộ của Đảng.",
            "lead",
        ),
        P(
            "Theo Người, “cán bộ là cái gốc của mọi công việc”, “muôn việc thành công hoặc thất bại, "
            "đều do cán bộ tốt hoặc kém”. Vì vậy, huấn luyện cán bộ là công việc gốc của Đảng."
        ),
        Img(
            img("bac-ho-lop-huan-luyen.jpg"),
            "Chủ tịch Hồ Chí Minh nói chuyện với học viên lớp chỉnh huấn cán bộ (Ảnh tư liệu)",
            "Chủ tịch Hồ Chí Minh nói chuyện với học viên lớp chỉnh huấn cán bộ (Ảnh tư liệu)",
            "em",
        ),
        P(
            "Người yêu cầu việc học phải gắn với hành: “Học để làm việc, làm người, làm cán bộ. Học "
            "để phụng sự đoàn thể, giai cấp và nhân dân, Tổ quốc và nhân loại”.",
            "quote",
        ),
        P(
            "Về phương pháp, Bác phê phán lối học nhồi sọ, xa rời thực tế, đòi hỏi người dạy phải "
            "lấy thực tiễn của chính học viên làm chất liệu, “lý luận phải đem ra thực hành”."
        ),
        P(
            "Những chỉ dẫn ấy đến nay vẫn nguyên giá trị đối với hệ thống trường chính trị, nơi trực "
            "tiếp đào tạo, bồi dưỡng đội ngũ cán bộ cơ sở."
        ),
        Raw(BYLINE.format("Lê Thanh Bình")),
        Raw('<p style="text-align: right;"><em>Nguồn: Tạp chí Tuyên giáo</em></p>'),
    ],
    authors=["Lê Thanh Bình"],
    source="Tạp chí Tuyên giáo",
    summary=(
        "Ngay từ những ngày đầu hoạt động cách mạng, Nguyễn Ái Quốc đã trực tiếp mở các lớp huấn "
        "luyện cán bộ tại Quảng Châu, đặt nền móng cho công tác đào tạo cán bộ của Đảng."
    ),
    opts={
        "date": "joomla",
        "time": "10:00",
        "created_by": "Ban Biên tập",
        "tags": ["hoc-tap-va-lam-theo-bac"],
    },
)

CHI_BO = Story(
    205,
    "chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-hoc-tap-va-lam-theo-bac",
    "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề học tập và làm theo Bác",
    "hoc-tap-va-lam-theo-bac",
    "2026-10-26",
    [
        P(
            "Thực hiện kế hoạch của Đảng ủy nhà trường, ngày 23/10/2026, Chi bộ Khoa Lý luận cơ sở tổ "
            "chức sinh hoạt chuyên đề quý IV với chủ đề “Học tập và làm theo phong cách làm việc khoa "
            "học, sâu sát thực tiễn của Bác”."
        ),
        P(
            "Các đảng viên đã thảo luận sôi nổi, liên hệ với nhiệm vụ giảng dạy và nghiên cứu khoa "
            "học của khoa; chỉ ra những hạn chế như bài giảng còn dàn trải, chưa cập nhật kịp văn "
            "kiện mới."
        ),
        P("Chi bộ thống nhất ba việc làm cụ thể trong quý:"),
        P("Mỗi đảng viên đi thực tế cơ sở ít nhất 5 ngày;", "oli"),
        P("Cập nhật 100% đề cương bài giảng theo văn kiện mới;", "oli"),
        P("Hướng dẫn học viên viết tiểu luận gắn với địa phương.", "oli"),
        Img(
            img("chi-bo-sinh-hoat.jpg", "10"),
            "Đảng viên Chi bộ Khoa Lý luận cơ sở phát biểu tại buổi sinh hoạt",
            "Đảng viên Chi bộ Khoa Lý luận cơ sở phát biểu tại buổi sinh hoạt",
            "figure",
        ),
        Raw(BYLINE.format("Chi bộ Khoa Lý luận cơ sở")),
        Raw('<p style="text-align: right;"><em>Ảnh: Internet</em></p>'),
    ],
    authors=["Chi bộ Khoa Lý luận cơ sở"],
    opts={
        "date": "joomla",
        "time": "16:30",
        "created_by": "Super User",
        "tags": ["hoc-tap-va-lam-theo-bac"],
    },
)

STORIES: list[Story] = [
    KHAI_GIANG,
    GVDG,
    SERIES_4,
    TRI_THUC,
    NHA_GIAO,
    SERIES_3,
    SERIES_2,
    SERIES_1,
    BOI_DUONG,
    HUAN_LUYEN,
    CHUYEN_DOI_SO,
    HOC_VIEN,
    CHI_BO,
]
BY_ID = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.cat}/{story.id}-{story.slug}.html"


def cat_path(cat: str) -> str:
    return f"/tin-tuc/{cat}.html"


def tag_path(key: str) -> str:
    return f"/component/tags/tag/{key}.html"


GOLD = [gold_record(s, article_path(s), CATEGORIES[s.cat]) for s in STORIES]

NON_ARTICLES = [
    "/tin-tuc/tin-hoat-dong.html?start=5",
    "/component/tags/tag/dao-tao-ly-luan-chinh-tri.html",
    "/gioi-thieu.html",
    "/lien-he.html",
    "/tin-tuc/nghien-cuu-trao-doi.html",
]


# --- printing -------------------------------------------------------------------------------


def by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


def in_cat(cat: str) -> list[Story]:
    return by_date([s for s in STORIES if s.cat == cat])


def ymd(story: Story) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in (story.published_at or "")[:10].split("-"))
    return y, m, d


def date_line(story: Story) -> str:
    """The date as the page prints it."""
    y, m, d = ymd(story)
    if story.opts["date"] == "ngay":
        return f"Ngày đăng: {d:02d}/{m:02d}/{y} – {story.opts['time']}"
    return f"Được đăng: {d:02d} Tháng {m} {y}"


def date_iso(story: Story) -> str:
    y, m, d = ymd(story)
    return f"{y}-{m:02d}-{d:02d}T{story.opts['time']}:00+07:00"


def series_box(current: int) -> str:
    items = []
    for sid in SERIES_IDS:
        s = BY_ID[sid]
        if sid == current:
            items.append(f"<li><strong>{esc(s.title)}</strong> <em>(đang xem)</em></li>")
        else:
            items.append(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>')
    return (
        '<div class="box-loat-bai" style="border: 1px solid #c00; border-left: 4px solid #c00; '
        'padding: 8px 14px; margin-bottom: 14px; background: #fffaf3;">'
        f'<p style="color: #c00;"><strong>Loạt bài: {esc(SERIES_NAME)}</strong></p>'
        '<ul style="list-style: square;">' + "".join(items) + "</ul></div>"
    )


def resolve(markup: str) -> str:
    def sub(m: re.Match) -> str:
        kind, sid = m.group(1), int(m.group(2))
        if kind == "series":
            return series_box(sid)
        if kind == "path":
            return article_path(BY_ID[sid])
        return esc(BY_ID[sid].title)

    return re.sub(r"\[\[(series|path|title):(\d+)\]\]", sub, markup)


def img_tag(im: Img, cls: str = "") -> str:
    alt = im.caption or ""
    c = f' class="{cls}"' if cls else ""
    return f'<img src="{im.src}" alt="{esc(alt)}"{c} width="700" height="466" loading="lazy">'


def render_img(im: Img) -> str:
    if im.style == "figure":
        return (
            f'<figure class="image" style="text-align: center;">{img_tag(im)}'
            f"<figcaption>{esc(im.printed or '')}</figcaption></figure>"
        )
    if im.style == "em":
        return (
            f'<p style="text-align: center;">{img_tag(im)}</p>\n'
            f'<p style="text-align: center;"><em>{esc(im.printed or "")}</em></p>'
        )
    if im.style == "center":
        return (
            f'<p style="text-align: center;">{img_tag(im)}</p>\n'
            f'<p style="text-align: center;">{esc(im.printed or "")}</p>'
        )
    if im.style == "table":
        return (
            '<table class="tplCaption" style="margin: auto; width: 700px;" border="0" align="center">'
            f"<tbody><tr><td>{img_tag(im)}</td></tr>"
            f'<tr><td class="Image" style="text-align: center;">{esc(im.printed or "")}</td></tr>'
            "</tbody></table>"
        )
    return f'<p style="text-align: center;">{img_tag(im)}</p>'


def render_body(story: Story) -> str:
    """TinyMCE text: lists and tables grouped, <br> lines joined, Raw markup resolved."""
    chunks: list[str] = []  # one per top-level element; Raw joins the previous chunk when wrapped
    wrap = story.opts.get("wrap", False)
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            markup = resolve(b.html)
            if wrap and chunks:
                chunks[-1] += "\n" + markup
            else:
                chunks.append(markup)
        elif isinstance(b, Img):
            if b.style != "full":
                chunks.append(render_img(b))
        elif b.style in ("li", "oli"):
            tag = "ol" if b.style == "oli" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            chunks.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                rows.append(
                    "<tr>"
                    + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                    + "</tr>"
                )
                i += 1
            chunks.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "br":
            prev = chunks[-1]
            chunks[-1] = prev[: prev.rindex("</p>")] + f"<br>{text(b.text)}</p>"
        elif b.style == "lead":
            chunks.append(f'<p class="sapo"><strong>{text(b.text)}</strong></p>')
        elif b.style == "h3":
            chunks.append(f"<h3><strong>{text(b.text)}</strong></h3>")
        elif b.style == "quote":
            chunks.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        elif b.style.startswith("ref:"):
            number, title = b.text.split(" ", 1)
            href = b.style[4:]
            chunks.append(f'<p>{number} <a href="{href}" target="_blank">{text(title)}</a></p>')
        else:
            chunks.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    if wrap:
        chunks = [f'<div style="text-align: justify;">{c}</div>' for c in chunks]
    return "\n".join(chunks)


# --- template: layout, widgets --------------------------------------------------------------

MOST_READ = [226, 231, 220, 225, 216]


def menu(active: str = "") -> str:
    def item(href: str, label: str, key: str) -> str:
        cls = ' class="active current"' if key == active else ""
        return f'<li{cls}><a href="{href}">{esc(label)}</a></li>'

    cats = "".join(item(cat_path(k), v, k) for k, v in CATEGORIES.items())
    return (
        '<nav class="main-menu"><ul class="mod-menu mod-list nav">'
        + item("/", "Trang chủ", "home")
        + item("/gioi-thieu.html", "Giới thiệu", "gioi-thieu")
        + '<li class="deeper parent"><span class="mod-menu__heading nav-header">Tin tức</span>'
        f'<ul class="mod-menu__sub list-unstyled small">{cats}</ul></li>'
        + item("/lien-he.html", "Liên hệ", "lien-he")
        + "</ul></nav>"
    )


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<aside class="col-md-4 sidebar">
<div class="moduletable doc-nhieu"><h3 class="module-title">Đọc nhiều nhất</h3>
<ul class="mostread mod-list">{most}</ul></div>
<div class="moduletable"><h3 class="module-title">Thăm dò ý kiến</h3>
<form action="/component/poll/vote.html" method="post" class="poll">
<p>Bạn đánh giá thế nào về chất lượng bài giảng của nhà trường?</p>
<label><input type="radio" name="voteid" value="1"> Rất tốt</label><br>
<label><input type="radio" name="voteid" value="2"> Tốt</label><br>
<label><input type="radio" name="voteid" value="3"> Bình thường</label><br>
<input type="hidden" name="id" value="3"><button type="submit" class="btn btn-sm">Biểu quyết</button>
</form></div>
<div class="moduletable"><h3 class="module-title">Liên kết website</h3>
<ul class="weblinks">
<li><a href="https://hcma.vn" target="_blank" rel="noopener">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>
<li><a href="https://tuyengiao.vn" target="_blank" rel="noopener">Tạp chí Tuyên giáo</a></li>
<li><a href="https://dangcongsan.vn" target="_blank" rel="noopener">Báo điện tử Đảng Cộng sản Việt Nam</a></li>
</ul></div>
<div class="moduletable"><h3 class="module-title">Thống kê truy cập</h3>
<ul class="vcounter"><li>Đang online: <strong>27</strong></li><li>Hôm nay: <strong>418</strong></li>
<li>Tháng này: <strong>2.176</strong></li><li>Tổng truy cập: <strong>1.284.517</strong></li></ul></div>
</aside>"""


def layout(
    title: str,
    main: str,
    active: str = "",
    head: str = "",
    crumbs: list[tuple[str, str]] | None = None,
) -> str:
    trail = '<li class="mod-breadcrumbs__item"><a href="/" class="pathway">Trang chủ</a></li>'
    for href, label in crumbs or []:
        if href:
            trail += f'<li class="mod-breadcrumbs__item"><a href="{href}" class="pathway">{esc(label)}</a></li>'
        else:
            trail += f'<li class="mod-breadcrumbs__item"><span>{esc(label)}</span></li>'
    breadcrumbs = (
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">'
        f'<ol class="mod-breadcrumbs breadcrumb px-3 py-2">{trail}</ol></nav>'
        if crumbs
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/templates/chinhtri/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/system/css/joomla-fontawesome.min.css?4.4.9" rel="stylesheet">
<link href="/templates/chinhtri/css/template.css?b1c2" rel="stylesheet">
{head}
<script src="/media/system/js/core.min.js?4.4.9"></script>
</head>
<body class="site com_content itemid-112">
<header class="header">
<div class="topbar"><div class="container"><span class="today">{TODAY}</span>
<form class="mod-finder js-finder-searchform form-search" action="/tim-kiem.html" method="get" role="search">
<input type="text" name="q" class="js-finder-search-query form-control" placeholder="Tìm kiếm...">
</form></div></div>
<div class="banner container"><a href="/"><img src="/images/banner/logo-truong-chinh-tri.png" alt="Logo"></a>
<div class="brand"><p class="co-quan">TỈNH ỦY HÀ GIANG</p><p class="ten-truong">TRƯỜNG CHÍNH TRỊ TỈNH HÀ GIANG</p></div></div>
<div class="container">{menu(active)}</div>
</header>
<div class="container">{breadcrumbs}
<div class="row"><main class="col-md-8" id="content">
{main}
</main>
{sidebar()}
</div></div>
<footer class="footer"><div class="container">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH HÀ GIANG</strong></p>
<p>Địa chỉ: Tổ 10, phường Nguyễn Trãi, tỉnh Hà Giang</p>
<p>Điện thoại: 0219.3866.154 – Fax: 0219.3866.155 – Email: truongchinhtri@hagiang.gov.vn</p>
<p>Chịu trách nhiệm nội dung: TS. Hoàng Văn Quyết – Hiệu trưởng</p>
<p>© 2026 Bản quyền thuộc Trường Chính trị tỉnh Hà Giang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/templates/chinhtri/js/template.js"></script>
</body></html>"""


def not_found() -> Response:
    main = '<div class="error"><h1>404 - Không tìm thấy trang</h1><p><a href="/">Về trang chủ</a></p></div>'
    return html(layout(f"404 | {SITE_TITLE}", main), status=404)


def article_page(request: Request, story: Story) -> Response:
    cat = CATEGORIES[story.cat]
    if story.opts["date"] == "ngay":
        meta = (
            f'<div class="article-meta"><span class="ngay-dang"><i class="icon-calendar"></i> '
            f'{esc(date_line(story))}</span> <span class="luot-xem">Lượt xem: {story.views()}</span></div>'
        )
    else:
        meta = f"""<dl class="article-info text-muted">
<dt class="article-info-term">Thông tin</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi: <span itemprop="name">{esc(story.opts["created_by"])}</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="{cat_path(story.cat)}" itemprop="genre">{esc(cat)}</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>
<time datetime="{date_iso(story)}" itemprop="datePublished">{esc(date_line(story))}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> Lượt xem: {story.views()}</dd>
</dl>"""
    full = ""
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "full":
            full = (
                f'<figure class="left item-image">{img_tag(b)}'
                f'<figcaption class="caption">{esc(b.printed or "")}</figcaption></figure>'
            )
    top_byline = ""
    if story.opts.get("byline_top"):
        top_byline = f'<p class="tac-gia"><strong>{esc(story.opts["byline_top"])}</strong></p>'
    tags = "".join(
        f'<li class="list-inline-item tag-{n} tag-list0"><a href="{tag_path(k)}" class="btn-sm btn-info">{esc(TAGS[k])}</a></li>'
        for n, k in enumerate(story.opts.get("tags", []), start=2)
    )
    others = [s for s in in_cat(story.cat) if s.id != story.id][:3]
    related = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">({ymd(s)[2]:02d}/{ymd(s)[1]:02d}/{ymd(s)[0]})</span></li>'
        for s in others
    )
    base = base_url(request)
    share = base + article_path(story)
    main = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h1 itemprop="headline">{esc(story.title)}</h1></div>
{meta}
<div class="article-tools">
<a href="javascript:window.print()" class="print-icon" title="In bài"><span class="icon-print"></span> In bài</a>
<a href="mailto:?subject={esc(story.title)}&amp;body={esc(share)}" class="email-icon"><span class="icon-envelope"></span> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={esc(share)}" target="_blank" rel="noopener" class="share-fb">Facebook</a>
<a href="https://zalo.me/share?u={esc(share)}" target="_blank" rel="noopener" class="share-zalo">Zalo</a>
</div>
{full}
{top_byline}
<div itemprop="articleBody" class="com-content-article__body">
{render_body(story)}
</div>
<ul class="tags list-inline">{tags}</ul>
</div>
<div class="moduletable cac-tin-khac"><h3 class="module-title">Các tin khác</h3><ul>{related}</ul></div>"""
    head = f'<link href="{base}{article_path(story)}" rel="canonical">'
    crumbs = [("", "Tin tức"), (cat_path(story.cat), cat), ("", story.title)]
    return html(layout(f"{story.title} - {SITE_TITLE}", main, story.cat, head, crumbs))


def intro(story: Story) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    words = first.text.split()
    return " ".join(words[:32]) + (" ..." if len(words) > 32 else "")


def blog_item(story: Story) -> str:
    y, m, d = ymd(story)
    thumb = next((b for b in story.blocks if isinstance(b, Img)), None)
    pic = (
        f'<figure class="left item-image"><a href="{article_path(story)}"><img src="{thumb.src}" alt="" width="220"></a></figure>'
        if thumb
        else ""
    )
    return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{pic}<div class="item-content">
<h2 class="item-title" itemprop="name"><a href="{article_path(story)}" itemprop="url">{esc(story.title)}</a></h2>
<div class="item-date">{d:02d}/{m:02d}/{y}</div>
<p>{esc(intro(story))}</p>
<p class="readmore"><a class="btn btn-secondary" href="{article_path(story)}" aria-label="Đọc thêm: {esc(story.title)}">Đọc thêm: {esc(story.title)}</a></p>
</div></div>"""


def pagination(path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def link(n: int, label: str) -> str:
        href = path if n == 1 else f"{path}?start={(n - 1) * PER_PAGE}"
        return f'<li class="page-item"><a href="{href}" class="page-link">{label}</a></li>'

    def off(label: str) -> str:
        return f'<li class="disabled page-item"><span class="page-link">{label}</span></li>'

    items = [
        link(1, "Đầu") if page > 1 else off("Đầu"),
        link(page - 1, "Trước") if page > 1 else off("Trước"),
    ]
    for n in range(1, pages + 1):
        if n == page:
            items.append(
                f'<li class="active page-item"><span aria-current="true" class="page-link">{n}</span></li>'
            )
        else:
            items.append(link(n, str(n)))
    items += [
        link(page + 1, "Tiếp") if page < pages else off("Tiếp"),
        link(pages, "Cuối") if page < pages else off("Cuối"),
    ]
    return (
        '<div class="com-content-category-blog__navigation w-100">'
        f'<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Trang {page} / {pages}</p>'
        '<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="Phân trang">'
        f'<ul class="pagination ms-0 mb-4">{"".join(items)}</ul></nav></div></div>'
    )


def category_page(request: Request, cat: str) -> Response:
    params = request.params
    if set(params) - {"start"}:
        return not_found()
    start = params.get("start", "0")
    if not start.isdigit() or int(start) % PER_PAGE:
        return not_found()
    stories = in_cat(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    page = int(start) // PER_PAGE + 1
    if page > pages:
        return not_found()
    items = "\n".join(blog_item(s) for s in stories[(page - 1) * PER_PAGE : page * PER_PAGE])
    name = CATEGORIES[cat]
    main = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>{esc(name)}</h1></div>
<div class="com-content-category-blog__items blog-items">{items}</div>
{pagination(cat_path(cat), page, pages)}
</div>"""
    title = name + (f" - Trang {page}" if page > 1 else "")
    return html(layout(f"{title} - {SITE_TITLE}", main, cat, "", [("", "Tin tức"), ("", name)]))


def tag_page(key: str) -> Response:
    stories = by_date([s for s in STORIES if key in s.opts.get("tags", [])])
    rows = "".join(
        f'<li class="list-group-item"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body">{esc(intro(s))}</span></li>'
        for s in stories
    )
    main = f"""<div class="com-tags-tag tag-category">
<h1>{esc(TAGS[key])}</h1>
<ul class="com-tags-tag__category category list-group">{rows}</ul></div>"""
    return html(layout(f"{TAGS[key]} - {SITE_TITLE}", main, "", "", [("", "Thẻ"), ("", TAGS[key])]))


def home() -> Response:
    featured = [BY_ID[231], BY_ID[226], BY_ID[225]]
    top = featured[0]
    feat = f"""<div class="tin-noi-bat"><h2 class="box-title">Tin nổi bật</h2>
<div class="big">{blog_item(top)}</div>
<ul class="small-list">{"".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in featured[1:])}</ul></div>"""
    boxes = []
    for key, name in CATEGORIES.items():
        lis = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">{ymd(s)[2]:02d}/{ymd(s)[1]:02d}</span></li>'
            for s in in_cat(key)[:4]
        )
        boxes.append(
            f'<div class="home-cat moduletable"><h2 class="box-title"><a href="{cat_path(key)}">{esc(name)}</a></h2>'
            f'<ul class="category-module">{lis}</ul>'
            f'<a class="xem-tat-ca" href="{cat_path(key)}">Xem tất cả »</a></div>'
        )
    main = feat + "\n" + "\n".join(boxes)
    return html(layout(SITE_TITLE, main, "home"))


def static_article(title: str, paragraphs: list[str], active: str) -> str:
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    main = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1 itemprop="headline">{esc(title)}</h1></div>
<div itemprop="articleBody" class="com-content-article__body">{body}</div></div>"""
    return layout(f"{title} - {SITE_TITLE}", main, active, "", [("", title)])


def gioi_thieu() -> Response:
    return html(
        static_article(
            "Giới thiệu chung",
            [
                "Trường Chính trị tỉnh Hà Giang là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng "
                "đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý trong hệ thống chính trị của tỉnh.",
                "Tiền thân của nhà trường là Trường Đảng tỉnh Hà Giang, thành lập năm 1962. Qua hơn 60 "
                "năm, nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ, đảng viên.",
                "Cơ cấu tổ chức gồm Ban Giám hiệu, 3 phòng chức năng và 4 khoa chuyên môn: Lý luận cơ "
                "sở; Nhà nước và Pháp luật; Xây dựng Đảng; Dân vận.",
                "Nhà trường đã được tặng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba.",
            ],
            "gioi-thieu",
        )
    )


def lien_he() -> Response:
    main = """<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h1><span class="contact-name" itemprop="name">Liên hệ</span></h1></div>
<div class="com-contact__container"><h3>Thông tin liên hệ</h3>
<dl class="com-contact__address contact-address dl-horizontal" itemprop="address">
<dd><span class="contact-street">Tổ 10, phường Nguyễn Trãi, tỉnh Hà Giang</span></dd>
<dd><span class="contact-telephone">0219.3866.154</span></dd>
<dd><span class="contact-emailto">truongchinhtri@hagiang.gov.vn</span></dd></dl></div>
<h3>Gửi thư cho chúng tôi</h3>
<form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal well">
<div class="control-group"><label for="jform_contact_name">Họ và tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" required></div>
<div class="control-group"><label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" required></div>
<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" required></div>
<div class="control-group"><label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" rows="8"></textarea></div>
<button class="btn btn-primary validate" type="submit">Gửi thư</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">
<input type="hidden" name="a0f3e1c9d2b84e7fb6c5d4a3b2c1d0e9" value="1">
</form></div>"""
    return html(layout(f"Liên hệ - {SITE_TITLE}", main, "lien-he", "", [("", "Liên hệ")]))


ARTICLE_RE = re.compile(r"/tin-tuc/([a-z0-9-]+)/(\d+)-([a-z0-9-]+)\.html")


class JoomlaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/images/van-ban/") and path.endswith(".pdf"):
            names = {
                r.style[4:]
                for s in STORIES
                for r in s.blocks
                if isinstance(r, P) and r.style.startswith("ref:")
            }
            if path in names:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/images/", "/templates/", "/media/")):
            return static_file(path)
        if path == "/":
            return home() if not request.query else not_found()
        if path == "/gioi-thieu.html" and not request.query:
            return gioi_thieu()
        if path == "/lien-he.html" and not request.query:
            return lien_he()
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)\.html", path):
            if m.group(1) in CATEGORIES:
                return category_page(request, m.group(1))
            return not_found()
        if m := re.fullmatch(r"/component/tags/tag/([a-z0-9-]+)\.html", path):
            if m.group(1) in TAGS and not request.query:
                return tag_page(m.group(1))
            return not_found()
        if m := ARTICLE_RE.fullmatch(path):
            story = BY_ID.get(int(m.group(2)))
            if story and not request.query and story.cat == m.group(1) and story.slug == m.group(3):
                return article_page(request, story)
        return not_found()


def build_site() -> JoomlaSite:
    return JoomlaSite()
