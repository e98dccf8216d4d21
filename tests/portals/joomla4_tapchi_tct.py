"""Trường Chính trị tỉnh Nghệ An on Joomla 4 (com_content, SEF URLs with the ".html" suffix, a
custom Cassiopeia-based template "tct_nghean") with an online "Thông tin khoa học" section of
research essays by lecturers beside ordinary school news.

Platform
--------
Joomla 4.4, URL rewriting and "Adds suffix to URL" on. Articles are ``com_content`` items printed
by the Cassiopeia article layout::

    [<div class="page-header"><h1>Thông tin khoa học</h1></div>]   menu "page heading" (essays)
    <div class="page-header"><h1|h2 itemprop="headline">Title</h1|h2></div>
    <div class="icons"> In / Email </div>
    <dl class="article-info"> Viết bởi · [Danh mục cha] · Danh mục · [Ngày tạo] ·
        [Cập nhật lần cuối] · Được đăng | Ngày đăng · Lượt xem </dl>
    [<figure class="left item-image"> full-text image + figcaption]
    <div itemprop="articleBody"> TinyMCE/JCE HTML </div>
    tags, rating, <nav class="pagenavigation"> Trước / Tiếp, module "Các tin khác"

Dates use the vi-VN pack's DATE_FORMAT_LC2 "Thứ Năm, 19 Tháng 11 2026 08:30"; the Văn bản
category prints "Ngày đăng: 01/12/2026" only (its ``<time datetime>`` still carries a time).
The header prints today, "Thứ Bảy, ngày 05/12/2026".

URL scheme
----------
- ``/`` home = Featured Articles view ("Tin nổi bật"), 6 per page, ``/?start=6``.
- Category blogs ``/tin-tuc.html`` (includes its child category Đào tạo - Bồi dưỡng),
  ``/dao-tao-boi-duong.html``, ``/thong-tin-khoa-hoc.html``, ``/van-ban-thong-bao.html``;
  ``?start=6``, ``?start=12``. Blog layout 1 leading + 3 intro + 2 "links" (the last two items of a
  page are only title links under "Các bài viết khác:"). Pager: Đầu · Trước · 1 2 · Tiếp · Cuối,
  "Trang 1 / 2".
- Articles ``/<category-alias>/<id>-<alias>.html``; print view ``…html?tmpl=component&print=1``;
  the "Tin xem nhiều" module links non-SEF ``/index.php?option=com_content&view=article&id=N:alias
  &catid=C&Itemid=101``; both serve the same article (gold ``alt_paths``).
- Static: ``/gioi-thieu.html``, ``/gioi-thieu/co-cau-to-chuc.html`` (single-article menu items,
  no article info), ``/lien-he.html`` (com_contact form), ``/thu-vien-anh.html`` (Phoca Gallery),
  ``/tai-lieu.html`` and ``/tai-lieu/15-….html`` (Phoca Download file entry with "Ngày đăng").
- Images under ``/images/…``, template files under ``/media/…``. No robots.txt, no sitemap.

How each gold article is reached
--------------------------------
- 9 featured articles: home pages 1-2 (``/?start=6`` holds the three oldest featured).
- Thông tin khoa học: 7 essays; ``/thong-tin-khoa-hoc.html`` page 1 has 6 (the 5th and 6th only as
  "Các bài viết khác" links), the oldest (Quỳnh Lưu, id 55) only on ``?start=6`` and through the
  Trước/Tiếp navigation and "Các tin khác" of its neighbours.
- Essays 56, 57 and the notice 76 are not featured: only category blogs and article modules.
- Tin tức - Sự kiện lists its own 2 and the 2 Đào tạo - Bồi dưỡng articles; Đào tạo - Bồi dưỡng has no
  top-level menu entry (a dropdown child of Tin tức - Sự kiện).

Traps
-----
1. Page heading vs headline: essays print the menu's page heading ``<h1>Thông tin khoa học</h1>``
   and the real title in ``<h2 itemprop="headline">``; news print the title as ``h1``. Gold title
   is the headline (one essay title is typed in capitals; kept). ``<title>`` appends
   " - Trường Chính trị tỉnh Nghệ An".
2. "Viết bởi" is the Joomla account: "Quản trị viên" and "Ban Biên tập" credit nobody (gold: none
   from it); essays credit their author in a block at the top (centred, or right-aligned with the
   faculty on the next line or in parentheses) or at the bottom ("TS. Trần Đình Phúc - Phó Trưởng
   khoa …"): gold is the bare name, degrees (ThS., TS., PGS.TS.) and posts dropped; two authors in
   one line give two names. A news item with no byline credits its "Viết bởi" person (Nguyễn Thị
   Thu Hà); "Văn phòng Trường" on a notice is overridden by the signer (trap 8).
3. Dates: the info block prints "Ngày tạo" and "Cập nhật lần cuối" (both with time) beside
   "Được đăng"; gold is Được đăng (publish_up) with its time. Văn bản pages print "Ngày đăng:
   dd/mm/YYYY" only, so gold is the day although ``<time datetime>`` has a time. The header's
   "Thứ Bảy, ngày 05/12/2026" and the modification date 04/12 are never the publication date.
4. Essay apparatus: the "Tóm tắt:" box is the essay's sapo (harmonised after the first crawl: its
   label kept, as wp_gutenberg_tct's gold keeps "TÓM TẮT:"; the helper's gold read): gold summary = its text without the
   label (a label, like "Nguồn:") and it opens the body; "Từ khóa:" in the same box is the paper's
   keyword list (like tags: not body, also printed as tags below). Numbered sections ("1. …"
   bold paragraphs, "Tài liệu tham khảo" h3) and reference items are body; footnotes after the
   ``<hr>`` are the author's text, so body, "(1) …" as printed; in-text markers ``<sup>(1)</sup>``
   stay glued to the word ("…công việc”(1).").
5. Category: Đào tạo - Bồi dưỡng is a child of Tin tức - Sự kiện; the info block prints "Danh mục
   cha: Tin tức - Sự kiện" before "Danh mục: Đào tạo - Bồi dưỡng" and the breadcrumb shows both;
   the Tin tức blog lists the child's items. Gold is the article's own category (Đào tạo - Bồi
   dưỡng), the last section of the breadcrumb before the title.
6. Listings: blog "links" items have no intro/date, pages 2 are ``?start=6`` (page 1 has no
   ``start``), featured home paginates separately from categories.
7. Duplicates: the print view (``?tmpl=component&print=1``, no canonical, no chrome) and the
   non-SEF link of the "Tin xem nhiều" module serve the same article: ``alt_paths``.
8. Notices: the signature table (Nơi nhận …; KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký) /
   TS. Lê Văn Thành) is not body; the signer is credited as author (Lê Văn Thành; the title "KT.
   HIỆU TRƯỞNG" and degree dropped). The other notice is posted under the Joomla alias "Phòng Tổ
   chức - Hành chính": a unit of the school, credited as printed; the " - " is part of the unit's
   name, not a name-post separator (the office is called so), hence the whole name. A "Tải về"
   PDF link (with a mime icon) is not body and the icon is no image.
9. Captions in four forms: TinyMCE ``figure/figcaption``; a two-row table (photo, then a
   ``td.image_caption``: caption, not a table row of the body); a centred italic line; a plain
   paragraph under a centred photo (caption, not body). "(Ảnh: Tư liệu)" under a photo credits
   nobody (no photographer) and, being only a credit, gives no caption (the house's convention,
   caption_zoo_pgd; harmonised after the first crawl: the helper's gold kept it as the caption).
10. Joomla 4 full-text image printed with its raw ``#joomlaImage://local-images/…?width=…``
    fragment: gold image path is the file path (the fragment is not part of what is fetched).
11. Bylines: "Tin, ảnh: Hoàng Anh" gives author and photographer; "Tin: Phòng Quản lý đào tạo và
    Nghiên cứu khoa học<br>Ảnh: Trần Huy" gives the unit as author and Trần Huy as photographer;
    a bare right-aligned bold name ends a Đào tạo article (author); "Nguyễn Thị Mai Anh / Học
    viên lớp …" is a name plus a post.
12. Source: "Theo Tạp chí Cộng sản" (essay reprint, with its author PGS.TS. Nguyễn Văn Hải) and
    "Theo Báo Nghệ An" (news, no byline): gold source is the publication name; the Joomla
    "Viết bởi" Nguyễn Thị Thu Hà stays the author of the latter (author meta field).
13. A ``<br>`` inside the last paragraph of the admission notice: two body paragraphs.

Gold decisions in short: title = headline; published_at = Được đăng / Ngày đăng as printed;
summary = bold lead (news) or the Tóm tắt text (essays), else null; images = full-text image then
the body photos in order; category = the article's own category name.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

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
)

NAME = "joomla4_tapchi_tct"
PLATFORM = "Joomla 4.4 (com_content, SEF + .html suffix), Cassiopeia-based template"
START_PATH = "/"
TODAY_TCT = "Thứ Bảy, ngày 05/12/2026"
PER_PAGE = 6

CATEGORIES = {
    "tin-tuc": "Tin tức - Sự kiện",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "thong-tin-khoa-hoc": "Thông tin khoa học",
    "van-ban-thong-bao": "Văn bản - Thông báo",
}
CAT_IDS = {"tin-tuc": 8, "dao-tao-boi-duong": 9, "thong-tin-khoa-hoc": 10, "van-ban-thong-bao": 11}
#: Đào tạo - Bồi dưỡng is a child category of Tin tức - Sự kiện
PARENT = {"dao-tao-boi-duong": "tin-tuc"}

# --- the articles, as the editors typed them (newest first within each section) -------------
#
# P styles: "" plain <p>, "lead" bold lead, "abstract" (the essay's "Tóm tắt:" box, label added
# on render), "h" (a numbered section typed as a bold paragraph), "h3" (a real <h3>), "li"
# (bullets), "tr" (table row, cells joined by " | "), "quote" (blockquote), "sup" (a paragraph
# whose "(n)" markers are printed as <sup>), "fn" (a footnote line at the end, "(n) …").
# Img styles: "figure" (TinyMCE figure/figcaption), "tbl" (photo and caption cell in a table),
# "em" (centred italic line under it), "plain" (plain paragraph under it), "none".
# opts: id/cat/alias in the URL, "by" (Joomla's "Viết bởi" name), "time" (HH:MM of publish_up),
# "created"/"modified" (other dates the info block prints), "featured", "full" (the Joomla
# full-text image: src, caption), "keywords" (essays), "print_time" (False: only d/m/Y shown).

E1 = Story(
    61,
    "nang-cao-chat-luong-doi-ngu-giang-vien-truong-chinh-tri-tinh-nghe-an",
    "Nâng cao chất lượng đội ngũ giảng viên Trường Chính trị tỉnh Nghệ An đáp ứng yêu cầu "
    "nhiệm vụ trong tình hình mới",
    "thong-tin-khoa-hoc",
    "2026-12-02T09:15:00+07:00",
    [
        Raw(
            '<p style="text-align: center;"><strong>ThS. Nguyễn Thị Lan Hương</strong><br>'
            "<em>Khoa Xây dựng Đảng</em></p>"
        ),
        P(
            "Đội ngũ giảng viên là nhân tố quyết định chất lượng đào tạo, bồi dưỡng cán bộ của "
            "trường chính trị cấp tỉnh. Bài viết đánh giá thực trạng đội ngũ giảng viên Trường "
            "Chính trị tỉnh Nghệ An giai đoạn 2021-2026, chỉ ra những hạn chế về chuyên môn, "
            "kinh nghiệm thực tiễn và đề xuất một số giải pháp nâng cao chất lượng đội ngũ trong "
            "thời gian tới.",
            "abstract",
        ),
        P("1. Vai trò của đội ngũ giảng viên trường chính trị", "h"),
        P(
            "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”(1). Ở trường "
            "chính trị tỉnh, giảng viên vừa là người truyền thụ lý luận, vừa là người tổng kết "
            "thực tiễn, góp phần xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực và uy tín.",
            "sup",
        ),
        P(
            "Quy định số 09-QĐi/TW ngày 13/11/2018 của Ban Bí thư về chuẩn trường chính trị tỉnh "
            "yêu cầu 100% giảng viên có trình độ cao cấp lý luận chính trị, ít nhất 30% giảng "
            "viên có trình độ sau đại học và mỗi năm phải đi nghiên cứu thực tế tối thiểu 01 tháng."
        ),
        P("2. Thực trạng đội ngũ giảng viên của Nhà trường", "h"),
        P(
            "Tính đến tháng 10/2026, Nhà trường có 46 giảng viên cơ hữu, trong đó 3 tiến sĩ, "
            "38 thạc sĩ; 100% có trình độ cao cấp lý luận chính trị. Tuy nhiên, số giảng viên "
            "trẻ chưa qua công tác thực tiễn ở cơ sở còn chiếm gần 40%; kỹ năng ứng dụng công "
            "nghệ thông tin trong giảng dạy chưa đồng đều."
        ),
        P("3. Một số giải pháp", "h"),
        P("Thứ nhất, đổi mới công tác tuyển dụng, ưu tiên người có kinh nghiệm thực tiễn.", "li"),
        P("Thứ hai, tăng cường đi thực tế, luân phiên giảng viên xuống cơ sở.", "li"),
        P("Thứ ba, gắn đánh giá giảng viên với kết quả nghiên cứu khoa học.", "li"),
        P("Tài liệu tham khảo", "h3"),
        P("1. Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309."),
        P("2. Ban Bí thư: Quy định số 09-QĐi/TW ngày 13/11/2018 về chuẩn trường chính trị tỉnh."),
        P("(1) Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.309.", "fn"),
    ],
    authors=["Nguyễn Thị Lan Hương"],
    summary=(
        "Đội ngũ giảng viên là nhân tố quyết định chất lượng đào tạo, bồi dưỡng cán bộ của "
        "trường chính trị cấp tỉnh. Bài viết đánh giá thực trạng đội ngũ giảng viên Trường "
        "Chính trị tỉnh Nghệ An giai đoạn 2021-2026, chỉ ra những hạn chế về chuyên môn, "
        "kinh nghiệm thực tiễn và đề xuất một số giải pháp nâng cao chất lượng đội ngũ trong "
        "thời gian tới."
    ),
    opts={
        "by": "Quản trị viên",
        "created": "2026-11-28T15:40:00",
        "modified": "2026-12-04T10:02:00",
        "featured": True,
        "keywords": "giảng viên; trường chính trị; chất lượng đào tạo; Nghệ An",
    },
)

E2 = Story(
    60,
    "van-dung-tu-tuong-ho-chi-minh-ve-dao-duc-cach-mang",
    "VẬN DỤNG TƯ TƯỞNG HỒ CHÍ MINH VỀ ĐẠO ĐỨC CÁCH MẠNG TRONG RÈN LUYỆN CÁN BỘ, ĐẢNG VIÊN Ở CƠ SỞ",
    "thong-tin-khoa-hoc",
    "2026-11-25T14:30:00+07:00",
    [
        P(
            "Tư tưởng Hồ Chí Minh về đạo đức cách mạng là tài sản tinh thần vô giá của Đảng và "
            "dân tộc. Bài viết làm rõ những nội dung cơ bản của tư tưởng ấy và đề xuất cách vận "
            "dụng trong rèn luyện đội ngũ cán bộ, đảng viên ở xã, phường, thị trấn của tỉnh Nghệ An.",
            "abstract",
        ),
        P("1. Nội dung cơ bản", "h"),
        P(
            "Người coi đạo đức là gốc của người cách mạng: “Cũng như sông thì có nguồn mới có nước, "
            "không có nguồn thì sông cạn. Cây phải có gốc, không có gốc thì cây héo”(1).",
            "sup",
        ),
        P(
            "Các chuẩn mực đạo đức mà Người nêu ra gồm: trung với nước, hiếu với dân; cần, kiệm, "
            "liêm, chính, chí công vô tư; thương yêu con người; tinh thần quốc tế trong sáng."
        ),
        P("2. Vận dụng ở cơ sở hiện nay", "h"),
        P(
            "Cấp ủy cơ sở cần cụ thể hóa chuẩn mực đạo đức thành các tiêu chí đánh giá cán bộ hằng "
            "năm, gắn với việc thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục học tập "
            "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
        ),
        P(
            "Người đứng đầu phải nêu gương, “nói đi đôi với làm”; đồng thời phát huy vai trò giám "
            "sát của Nhân dân đối với cán bộ, đảng viên ở khu dân cư."
        ),
        P("(1) Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.292.", "fn"),
        Raw(
            '<p style="text-align: right;"><strong>TS. Trần Đình Phúc</strong> - '
            "Phó Trưởng khoa Lý luận cơ sở</p>"
        ),
    ],
    authors=["Trần Đình Phúc"],
    summary=(
        "Tư tưởng Hồ Chí Minh về đạo đức cách mạng là tài sản tinh thần vô giá của Đảng và "
        "dân tộc. Bài viết làm rõ những nội dung cơ bản của tư tưởng ấy và đề xuất cách vận "
        "dụng trong rèn luyện đội ngũ cán bộ, đảng viên ở xã, phường, thị trấn của tỉnh Nghệ An."
    ),
    opts={
        "by": "Ban Biên tập",
        "modified": "2026-11-26T08:11:00",
        "featured": True,
        "keywords": "Hồ Chí Minh; đạo đức cách mạng; cán bộ cơ sở",
    },
)

E3 = Story(
    59,
    "chuyen-doi-so-trong-cong-tac-dao-tao-boi-duong-can-bo",
    "Chuyển đổi số trong công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh Nghệ An",
    "thong-tin-khoa-hoc",
    "2026-11-18T08:00:00+07:00",
    [
        Raw(
            '<p style="text-align: right;"><em><strong>ThS. Hồ Thị Minh Nguyệt, ThS. Lê Quang Vinh'
            "</strong><br>(Khoa Nhà nước và pháp luật)</em></p>"
        ),
        P(
            "Chuyển đổi số là yêu cầu tất yếu đối với các cơ sở đào tạo lý luận chính trị. Bài "
            "viết phân tích kết quả bước đầu triển khai hệ thống quản lý học tập trực tuyến tại "
            "Nhà trường và kiến nghị một số giải pháp trong giai đoạn 2026-2030.",
            "abstract",
        ),
        P("1. Kết quả bước đầu", "h"),
        P(
            "Từ năm 2024, Nhà trường đưa vào sử dụng hệ thống quản lý học viên, thư viện điện tử "
            "với hơn 12.000 tài liệu số hóa và phần mềm điểm danh bằng mã QR cho các lớp tập trung."
        ),
        Img(
            "/images/2026/11/chuyen-doi-so-thu-vien.jpg",
            "Học viên tra cứu tài liệu tại thư viện điện tử của Nhà trường",
            "Học viên tra cứu tài liệu tại thư viện điện tử của Nhà trường",
            "figure",
        ),
        P(
            "Tỷ lệ giảng viên sử dụng bài giảng điện tử đạt 92%; 100% hồ sơ lớp học được lưu trữ "
            "trên môi trường mạng."
        ),
        P("2. Hạn chế và giải pháp", "h"),
        P(
            "Hạ tầng mạng ở các trung tâm chính trị cấp huyện chưa đồng bộ; một bộ phận học viên "
            "lớn tuổi còn ngại sử dụng công nghệ. Thời gian tới cần đầu tư đường truyền, bồi dưỡng "
            "kỹ năng số cho học viên ngay từ đầu khóa học."
        ),
    ],
    authors=["Hồ Thị Minh Nguyệt", "Lê Quang Vinh"],
    summary=(
        "Chuyển đổi số là yêu cầu tất yếu đối với các cơ sở đào tạo lý luận chính trị. Bài "
        "viết phân tích kết quả bước đầu triển khai hệ thống quản lý học tập trực tuyến tại "
        "Nhà trường và kiến nghị một số giải pháp trong giai đoạn 2026-2030."
    ),
    opts={
        "by": "Ban Biên tập",
        "featured": True,
        "keywords": "chuyển đổi số; đào tạo, bồi dưỡng; thư viện điện tử",
    },
)

E4 = Story(
    58,
    "phat-huy-vai-tro-mat-tran-to-quoc-trong-giam-sat-va-phan-bien-xa-hoi",
    "Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội ở cấp xã",
    "thong-tin-khoa-hoc",
    "2026-11-10T16:45:00+07:00",
    [
        Raw('<p style="text-align: right;"><strong>PGS.TS. Nguyễn Văn Hải</strong></p>'),
        P(
            "Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, "
            "được Hiến pháp năm 2013 ghi nhận. Ở cấp xã, nơi trực tiếp gần dân nhất, hoạt động "
            "này góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh."
        ),
        P(
            "Thực tiễn cho thấy, nhiều nơi hoạt động giám sát còn hình thức, nội dung phản biện "
            "chưa sâu; một số cán bộ Mặt trận ngại va chạm, chưa mạnh dạn nêu ý kiến."
        ),
        P(
            "Để khắc phục, cần hoàn thiện quy chế phối hợp giữa Ủy ban Mặt trận Tổ quốc với chính "
            "quyền cấp xã; lựa chọn nội dung giám sát sát với những vấn đề Nhân dân quan tâm như "
            "đất đai, môi trường, thực hiện chính sách an sinh xã hội.",
            "quote",
        ),
        P(
            "Đồng thời, phải công khai kết quả giám sát và theo dõi việc tiếp thu, giải trình của "
            "cơ quan được giám sát, tránh tình trạng “giám sát xong để đó”."
        ),
        Raw('<p style="text-align: right;"><em>Theo Tạp chí Cộng sản</em></p>'),
    ],
    authors=["Nguyễn Văn Hải"],
    source="Tạp chí Cộng sản",
    opts={"by": "Quản trị viên", "featured": True},
)

E5 = Story(
    57,
    "giai-phap-nang-cao-hieu-qua-nghien-cuu-thuc-te-cua-hoc-vien",
    "Một số giải pháp nâng cao hiệu quả nghiên cứu thực tế của học viên lớp Trung cấp lý luận "
    "chính trị",
    "thong-tin-khoa-hoc",
    "2026-10-30T10:20:00+07:00",
    [
        P(
            "Nghiên cứu thực tế là học phần bắt buộc, giúp học viên gắn lý luận với thực tiễn địa "
            "phương. Tuy vậy, ở nhiều lớp, chuyến đi còn nặng về tham quan, báo cáo thu hoạch sao "
            "chép lẫn nhau."
        ),
        P(
            "Nhà trường cần giao chủ đề thu hoạch cụ thể cho từng nhóm trước khi đi, mời cán bộ "
            "chủ chốt của địa phương trao đổi trực tiếp và chấm điểm báo cáo theo tiêu chí công khai."
        ),
        P(
            "Giảng viên chủ nhiệm phải theo sát nhóm học viên, hướng dẫn cách thu thập số liệu, "
            "phỏng vấn người dân và phân tích mô hình điển hình."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Võ Thị Hằng</strong><br>'
            "Phòng Quản lý đào tạo và Nghiên cứu khoa học</p>"
        ),
    ],
    authors=["Võ Thị Hằng"],
    opts={"by": "Ban Biên tập"},
)

E6 = Story(
    56,
    "bao-ton-va-phat-huy-gia-tri-dan-ca-vi-giam-nghe-tinh",
    "Bảo tồn và phát huy giá trị dân ca Ví, Giặm Nghệ Tĩnh trong giáo dục truyền thống cho "
    "cán bộ trẻ",
    "thong-tin-khoa-hoc",
    "2026-10-21T15:05:00+07:00",
    [
        Raw(
            '<p style="text-align: center;"><strong>ThS. Đặng Văn Toàn</strong> '
            "<em>(Khoa Lý luận cơ sở)</em></p>"
        ),
        P(
            "Dân ca Ví, Giặm Nghệ Tĩnh được UNESCO ghi danh là Di sản văn hóa phi vật thể đại "
            "diện của nhân loại năm 2014. Bài viết đề xuất đưa nội dung di sản vào các chuyên đề "
            "bồi dưỡng cán bộ trẻ nhằm khơi dậy niềm tự hào quê hương.",
            "abstract",
        ),
        P("1. Giá trị của dân ca Ví, Giặm", "h"),
        P(
            "Ví, Giặm phản ánh đời sống lao động, tình yêu quê hương và tinh thần cách mạng của "
            "người dân xứ Nghệ. Nhiều bài ví ra đời trong phong trào Xô viết Nghệ Tĩnh 1930-1931."
        ),
        Img(
            "/images/2026/10/cau-lac-bo-vi-giam.jpg",
            "Câu lạc bộ dân ca Ví, Giặm của Nhà trường biểu diễn chào mừng khai giảng",
            "Câu lạc bộ dân ca Ví, Giặm của Nhà trường biểu diễn chào mừng khai giảng",
            "em",
        ),
        P("2. Đề xuất", "h"),
        P(
            "Lồng ghép nội dung di sản vào chuyên đề “Lịch sử Đảng bộ tỉnh Nghệ An”; tổ chức "
            "sinh hoạt câu lạc bộ dân ca cho học viên các lớp tập trung; phối hợp với Trung tâm "
            "Bảo tồn và Phát huy di sản dân ca xứ Nghệ tổ chức các buổi trải nghiệm."
        ),
    ],
    authors=["Đặng Văn Toàn"],
    summary=(
        "Dân ca Ví, Giặm Nghệ Tĩnh được UNESCO ghi danh là Di sản văn hóa phi vật thể đại "
        "diện của nhân loại năm 2014. Bài viết đề xuất đưa nội dung di sản vào các chuyên đề "
        "bồi dưỡng cán bộ trẻ nhằm khơi dậy niềm tự hào quê hương."
    ),
    opts={"by": "Ban Biên tập", "keywords": "dân ca Ví, Giặm; di sản; cán bộ trẻ"},
)

E7 = Story(
    55,
    "kinh-nghiem-giai-quyet-don-thu-khieu-nai-to-cao-o-huyen-quynh-luu",
    "Kinh nghiệm giải quyết đơn thư khiếu nại, tố cáo ở huyện Quỳnh Lưu",
    "thong-tin-khoa-hoc",
    "2026-10-08T09:40:00+07:00",
    [
        P(
            "Những năm gần đây, huyện Quỳnh Lưu tiếp nhận bình quân hơn 300 đơn thư mỗi năm, chủ "
            "yếu liên quan đến đất đai, bồi thường giải phóng mặt bằng."
        ),
        P(
            "Huyện duy trì lịch tiếp công dân định kỳ của Bí thư Huyện ủy và Chủ tịch UBND huyện "
            "vào ngày 15 hằng tháng; mọi vụ việc phức tạp đều được đối thoại công khai tại cơ sở."
        ),
        P(
            "Bài học rút ra là người đứng đầu phải trực tiếp vào cuộc, giải quyết dứt điểm từ "
            "cơ sở, không để đơn thư vượt cấp, kéo dài."
        ),
        P(
            "Bên cạnh đó, công tác hòa giải ở thôn, xóm được chú trọng; đội ngũ hòa giải viên được "
            "bồi dưỡng kiến thức pháp luật hằng năm."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Nguyễn Thị Mai Anh</strong><br>'
            "<em>Học viên lớp Cao cấp lý luận chính trị K74</em></p>"
        ),
    ],
    authors=["Nguyễn Thị Mai Anh"],
    opts={"by": "Ban Biên tập"},
)

N8 = Story(
    71,
    "hoi-thao-khoa-hoc-doi-moi-noi-dung-phuong-phap-giang-day-ly-luan-chinh-tri",
    "Trường Chính trị tỉnh Nghệ An tổ chức Hội thảo khoa học “Đổi mới nội dung, phương pháp "
    "giảng dạy lý luận chính trị”",
    "tin-tuc",
    "2026-12-04T16:20:00+07:00",
    [
        P(
            "Chiều 04/12/2026, Trường Chính trị tỉnh Nghệ An tổ chức Hội thảo khoa học cấp trường "
            "“Đổi mới nội dung, phương pháp giảng dạy lý luận chính trị đáp ứng yêu cầu chuyển "
            "đổi số”.",
            "lead",
        ),
        P(
            "Tham dự hội thảo có đồng chí Nguyễn Văn Thông, Phó Trưởng ban Tuyên giáo Tỉnh ủy; "
            "lãnh đạo Nhà trường cùng đông đảo giảng viên, cán bộ các trung tâm chính trị cấp huyện."
        ),
        Img(
            "/images/2026/12/hoi-thao-doi-moi-1.jpg",
            "TS. Lê Văn Thành, Hiệu trưởng Nhà trường phát biểu khai mạc Hội thảo",
            "TS. Lê Văn Thành, Hiệu trưởng Nhà trường phát biểu khai mạc Hội thảo",
            "tbl",
        ),
        P(
            "Hội thảo nhận được 32 bài tham luận. Các ý kiến tập trung làm rõ yêu cầu chuyển từ "
            "truyền thụ một chiều sang phát huy tính chủ động của học viên, tăng cường tình huống "
            "thực tiễn của địa phương vào bài giảng."
        ),
        P("Phát biểu kết luận, TS. Lê Văn Thành nhấn mạnh:"),
        P(
            "“Mỗi giảng viên phải là một nhà nghiên cứu, bài giảng phải trả lời được những vấn đề "
            "mà cán bộ cơ sở đang gặp”.",
            "quote",
        ),
        Img(
            "/images/2026/12/hoi-thao-doi-moi-2.jpg",
            "Quang cảnh Hội thảo",
            "Quang cảnh Hội thảo",
            "tbl",
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Anh</strong></p>'),
    ],
    authors=["Hoàng Anh"],
    photographers=["Hoàng Anh"],
    summary=(
        "Chiều 04/12/2026, Trường Chính trị tỉnh Nghệ An tổ chức Hội thảo khoa học cấp trường "
        "“Đổi mới nội dung, phương pháp giảng dạy lý luận chính trị đáp ứng yêu cầu chuyển "
        "đổi số”."
    ),
    opts={"by": "Quản trị viên", "featured": True, "popular": True},
)

N9 = Story(
    70,
    "khai-giang-lop-cao-cap-ly-luan-chinh-tri-k75",
    "Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung K75 tại Nghệ An",
    "tin-tuc",
    "2026-11-27T07:55:00+07:00",
    [
        P(
            "Sáng 26/11, tại Trường Chính trị tỉnh Nghệ An, Học viện Chính trị khu vực III phối "
            "hợp với Nhà trường khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung K75 "
            "cho 118 học viên."
        ),
        P(
            "Học viên là cán bộ lãnh đạo, quản lý các sở, ban, ngành và các huyện, thành phố, thị "
            "xã trong tỉnh. Khóa học kéo dài 18 tháng, gồm 4 khối kiến thức và học phần nghiên cứu "
            "thực tế."
        ),
        P(
            "Phát biểu tại lễ khai giảng, lãnh đạo Học viện đề nghị học viên chấp hành nghiêm quy "
            "chế, tích cực trao đổi, liên hệ thực tiễn công tác của đơn vị mình."
        ),
        P(
            "Nhà trường cam kết bố trí đầy đủ cơ sở vật chất, ký túc xá và phục vụ tốt nhất để học "
            "viên yên tâm học tập."
        ),
        Raw('<p style="text-align: right;"><em>Theo Báo Nghệ An</em></p>'),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    source="Báo Nghệ An",
    opts={
        "by": "Nguyễn Thị Thu Hà",
        "featured": True,
        "popular": True,
        "full": ("/images/2026/11/khai-giang-k75.jpg", "Các đại biểu và học viên dự lễ khai giảng"),
        "fragment": True,
    },
)

D10 = Story(
    74,
    "be-giang-lop-trung-cap-ly-luan-chinh-tri-k151",
    "Bế giảng lớp Trung cấp lý luận chính trị K151 hệ không tập trung",
    "dao-tao-boi-duong",
    "2026-11-20T10:10:00+07:00",
    [
        P(
            "Ngày 19/11/2026, Nhà trường tổ chức bế giảng và trao bằng tốt nghiệp cho 96 học viên "
            "lớp Trung cấp lý luận chính trị K151 hệ không tập trung mở tại huyện Diễn Châu."
        ),
        P("Kết quả học tập toàn khóa như sau:"),
        P("Xếp loại | Số học viên | Tỷ lệ", "tr"),
        P("Giỏi | 21 | 21,9%", "tr"),
        P("Khá | 68 | 70,8%", "tr"),
        P("Trung bình | 7 | 7,3%", "tr"),
        P(
            "Nhà trường đã khen thưởng 5 học viên có thành tích xuất sắc; học viên Phan Thị Ngọc "
            "Ánh (UBND xã Diễn Kim) đạt điểm tốt nghiệp cao nhất."
        ),
        Img(
            "/images/2026/11/be-giang-k151.jpg",
            "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho học viên",
            "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho học viên",
            "plain",
        ),
        Raw(
            '<p style="text-align: right;"><strong>Tin: Phòng Quản lý đào tạo và Nghiên cứu khoa '
            "học<br>Ảnh: Trần Huy</strong></p>"
        ),
    ],
    authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
    photographers=["Trần Huy"],
    opts={"by": "Quản trị viên", "featured": True, "popular": True},
)

D11 = Story(
    73,
    "boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
    "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    "dao-tao-boi-duong",
    "2026-11-12T14:00:00+07:00",
    [
        P(
            "Từ ngày 09 đến 12/11/2026, Nhà trường phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức "
            "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 145 học viên là trưởng thôn, xóm, "
            "bí thư chi bộ, chi hội trưởng các đoàn thể."
        ),
        Img("/images/2026/11/qpan-doi-tuong-4.jpg", "(Ảnh: Tư liệu)", None, "em"),
        P("Học viên được nghiên cứu các chuyên đề:"),
        P("Quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, an ninh nhân dân;", "li"),
        P("Phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ;", "li"),
        P("Xây dựng lực lượng dân quân tự vệ, dự bị động viên ở cơ sở;", "li"),
        P("Công tác bảo đảm an ninh mạng và an ninh tôn giáo trên địa bàn tỉnh.", "li"),
        P(
            "Kết thúc khóa học, 100% học viên có bài thu hoạch đạt yêu cầu và được cấp giấy chứng "
            "nhận."
        ),
        Raw('<p style="text-align: right;"><strong>Lê Thanh Tùng</strong></p>'),
    ],
    authors=["Lê Thanh Tùng"],
    opts={"by": "Quản trị viên", "featured": True},
)

V12 = Story(
    77,
    "thong-bao-lich-hoc-lop-boi-duong-chuyen-vien-chinh-thang-12-2026",
    "Thông báo lịch học lớp Bồi dưỡng ngạch chuyên viên chính tháng 12/2026",
    "van-ban-thong-bao",
    "2026-12-01",
    [
        P(
            "Căn cứ Kế hoạch đào tạo, bồi dưỡng năm 2026, Trường Chính trị tỉnh Nghệ An thông báo "
            "lịch học tuần đầu của lớp Bồi dưỡng ngạch chuyên viên chính khóa II năm 2026 như sau:"
        ),
        P("Thời gian | Nội dung | Giảng viên", "tr"),
        P("Sáng 07/12 | Khai giảng; Chuyên đề 1: Nhà nước pháp quyền XHCN | TS. Nguyễn Hữu Lập", "tr"),
        P("Chiều 07/12 | Chuyên đề 2: Thể chế hành chính | ThS. Lê Quang Vinh", "tr"),
        P("Sáng 08/12 | Chuyên đề 3: Quản lý nhà nước về kinh tế | ThS. Phạm Thị Huyền", "tr"),
        P(
            "Học viên có mặt tại Hội trường A, Trường Chính trị tỉnh Nghệ An (số 2 đường Phạm "
            "Đình Toái, TP. Vinh) lúc 7 giờ 15 phút ngày 07/12/2026; mang theo quyết định cử đi học."
        ),
        Raw(
            '<p><a href="/images/van-ban/2026/tb-lich-hoc-cvc-12-2026.pdf">'
            '<img src="/media/system/images/mime-icon-32/pdf.png" alt="pdf"> '
            "Tải về thông báo (PDF)</a></p>"
        ),
        Raw(
            '<table class="chu-ky" style="width: 100%;"><tbody><tr><td style="width: 50%;">'
            '<em><strong>Nơi nhận:</strong><br>- Như trên;<br>- Lưu VT, QLĐT.</em></td>'
            '<td style="text-align: center;"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong>'
            "<br><em>(Đã ký)</em><br><strong>TS. Lê Văn Thành</strong></td></tr></tbody></table>"
        ),
    ],
    authors=["Lê Văn Thành"],
    opts={"by": "Văn phòng Trường", "featured": True, "print_time": False, "time": "07:30"},
)

V13 = Story(
    76,
    "thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-2027",
    "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 2027",
    "van-ban-thong-bao",
    "2026-11-16",
    [
        P(
            "Thực hiện Kế hoạch số 215-KH/TU của Ban Thường vụ Tỉnh ủy, Trường Chính trị tỉnh Nghệ "
            "An thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 2027."
        ),
        P("1. Đối tượng", "h"),
        P(
            "Cán bộ, công chức, viên chức trong quy hoạch chức danh lãnh đạo cấp phòng và tương "
            "đương; cán bộ chủ chốt cấp xã chưa có trình độ trung cấp lý luận chính trị."
        ),
        P("2. Hồ sơ", "h"),
        P("Quyết định cử đi học của cơ quan có thẩm quyền;", "li"),
        P("Bản sao bằng tốt nghiệp chuyên môn, lý lịch đảng viên;", "li"),
        P("02 ảnh 3x4 chụp không quá 6 tháng.", "li"),
        P("Hồ sơ nộp tại Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 25/12/2026.", "br"),
        P("Điện thoại liên hệ: 0238.3844.512."),
    ],
    authors=["Phòng Tổ chức - Hành chính"],
    opts={"by": "Phòng Tổ chức - Hành chính", "print_time": False, "time": "08:05"},
)

STORIES = [N8, E1, V12, N9, E2, D10, E3, V13, D11, E4, E5, E6, E7]


BY_ID = {s.id: s for s in STORIES}


def art_path(s: Story) -> str:
    return f"/{s.cat}/{s.id}-{s.slug}.html"


def print_path(s: Story) -> str:
    return art_path(s) + "?tmpl=component&print=1"


def nonsef_path(s: Story) -> str:
    return (
        f"/index.php?option=com_content&view=article&id={s.id}:{s.slug}"
        f"&catid={CAT_IDS[s.cat]}&Itemid=101"
    )


def _alts(s: Story) -> list[str]:
    alts = [print_path(s)]
    if s.opts.get("popular"):
        alts.append(nonsef_path(s))
    return alts


def _labelled_abstract(record: dict, story: Story) -> dict:
    """The "Tóm tắt:" box's paragraph as printed, its label kept, in the summary and the body: the
    house's reading of an essay's abstract (wp_gutenberg_tct's "TÓM TẮT: …" lead; the helper's gold
    took the label off: harmonised after the first crawl)."""
    if any(isinstance(b, P) and b.style == "abstract" for b in story.blocks) and record["summary"]:
        labelled = f"Tóm tắt: {record['summary']}"
        record["body"] = record["body"].replace(record["summary"], labelled, 1)
        record["summary"] = labelled
    return record


GOLD = [
    _labelled_abstract(gold_record(s, art_path(s), CATEGORIES[s.cat], alt_paths=_alts(s)), s) for s in STORIES
]
for _g, _s in zip(GOLD, STORIES, strict=True):
    # the Joomla full-text image (above the body, figcaption under it) is the first photo
    if "full" in _s.opts:
        _g["images"].insert(0, {"path": _s.opts["full"][0], "caption": _s.opts["full"][1]})

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he.html",
    "/thu-vien-anh.html",
    "/tai-lieu/15-quy-che-dao-tao-boi-duong-nam-2026.html",
    "/thong-tin-khoa-hoc.html?start=6",
]

# --- dates ---------------------------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _dt(s: Story) -> datetime:
    value = s.published_at
    if len(value) == 10:
        return datetime.fromisoformat(value + "T" + s.opts.get("time", "08:00") + ":00")
    return datetime.fromisoformat(value[:19])


def lc2(d: datetime) -> str:
    """Joomla's DATE_FORMAT_LC2 in the vi-VN pack: "Thứ Năm, 19 Tháng 11 2026 08:30"."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {d:%H:%M}"


def printed_date(s: Story) -> str:
    d = _dt(s)
    return f"{d:%d/%m/%Y}" if s.opts.get("print_time") is False else lc2(d)


def iso(d: datetime) -> str:
    return f"{d:%Y-%m-%dT%H:%M:%S}+07:00"


# --- article markup ------------------------------------------------------------------------


def _inline(p: P) -> str:
    t = esc(p.text)
    if p.style in ("sup", "fn"):
        t = re.sub(r"\((\d)\)", r"<sup>(\1)</sup>", t)
    return t


def _img(img: Img) -> str:
    tag = f'<img src="{img.src}" alt="{esc(img.caption or "")}" width="700" height="467">'
    if img.style == "figure":
        return f'<figure class="image">{tag}<figcaption>{esc(img.printed)}</figcaption></figure>'
    if img.style == "tbl":
        return (
            '<table class="tbl-anh" style="margin-left: auto; margin-right: auto;" border="0">'
            f'<tbody><tr><td>{tag}</td></tr><tr><td class="image_caption" '
            f'style="text-align: center;"><span style="font-size: 10pt;">{esc(img.printed)}'
            "</span></td></tr></tbody></table>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        )
    if img.style == "plain":
        return f'<p style="text-align: center;">{tag}</p>\n<p>{esc(img.printed)}</p>'
    return f'<p style="text-align: center;">{tag}</p>'


def render_body(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_inline(p)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cell = "th" if n == 0 else "td"
                    rows.append(
                        "<tr>"
                        + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | "))
                        + "</tr>"
                    )
                out.append(
                    '<table class="table table-bordered" style="width: 100%;" border="1">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
            continue
        elif b.style == "abstract":
            box = (
                '<div class="tom-tat" style="border: 1px solid #ccc; padding: 8px; '
                'background: #f7f7f7;">'
                f"<p><strong><em>Tóm tắt:</em></strong> <em>{esc(b.text)}</em></p>"
            )
            if s.opts.get("keywords"):
                box += f"<p><strong><em>Từ khóa:</em></strong> <em>{esc(s.opts['keywords'])}</em></p>"
            out.append(box + "</div>")
        elif b.style == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "h":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style == "fn":
            if not (i and isinstance(blocks[i - 1], P) and blocks[i - 1].style == "fn"):
                out.append("<hr>")
            out.append(f'<div id="ftn{b.text[1]}"><p>{_inline(b)}</p></div>')
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{esc(b.text)}<br>{esc(nxt.text)}</p>")
            i += 1
        else:
            out.append(f'<p style="text-align: justify;">{_inline(b)}</p>')
        i += 1
    return "\n".join(out)


def _full_image(s: Story) -> str:
    if "full" not in s.opts:
        return ""
    src, cap = s.opts["full"]
    if s.opts.get("fragment"):
        src += f"#joomlaImage://local-images{src[len('/images'):]}?width=1200&height=800"
    return (
        '<figure class="left item-image">'
        f'<img src="{src}" itemprop="image" width="1200" height="800" loading="lazy">'
        f'<figcaption class="caption">{esc(cap)}</figcaption></figure>'
    )


def article_info(s: Story) -> str:
    d = _dt(s)
    rows = [
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'Viết bởi <span itemprop="name">{esc(s.opts["by"])}</span></dd>'
    ]
    if s.cat in PARENT:
        p = PARENT[s.cat]
        rows.append(
            f'<dd class="parent-category-name">Danh mục cha: <a href="/{p}.html">'
            f"{esc(CATEGORIES[p])}</a></dd>"
        )
    rows.append(
        f'<dd class="category-name">Danh mục: <a href="{cat_path(s.cat)}" itemprop="genre">'
        f"{esc(CATEGORIES[s.cat])}</a></dd>"
    )
    if "created" in s.opts:
        c = datetime.fromisoformat(s.opts["created"])
        rows.append(
            f'<dd class="create"><time datetime="{iso(c)}" itemprop="dateCreated">'
            f"Ngày tạo: {lc2(c)}</time></dd>"
        )
    if "modified" in s.opts:
        m = datetime.fromisoformat(s.opts["modified"])
        rows.append(
            f'<dd class="modified"><time datetime="{iso(m)}" itemprop="dateModified">'
            f"Cập nhật lần cuối: {lc2(m)}</time></dd>"
        )
    label = "Ngày đăng" if s.opts.get("print_time") is False else "Được đăng"
    rows.append(
        f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
        f'<time datetime="{iso(d)}" itemprop="datePublished">{label}: {printed_date(s)}</time></dd>'
    )
    rows.append(
        f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
        f'<meta itemprop="interactionCount" content="UserPageVisits:{s.views()}">'
        f"Lượt xem: {s.views()}</dd>"
    )
    return (
        '<dl class="article-info text-muted"><dt class="article-info-term">Thông tin bài viết</dt>'
        + "".join(rows)
        + "</dl>"
    )


def _siblings(s: Story) -> list[Story]:
    return [x for x in sorted_stories() if x.cat == s.cat]


def article_html(s: Story, printing: bool = False) -> str:
    essay = s.cat == "thong-tin-khoa-hoc"
    heading = (
        '<div class="page-header"><h1>Thông tin khoa học</h1></div>\n' if essay and not printing else ""
    )
    htag = "h2" if essay else "h1"
    tools = (
        ""
        if printing
        else f"""<div class="icons"><div class="btn-group float-end">
<a href="{print_path(s)}" title="In bài viết" onclick="window.open(this.href,'win2','width=720,height=480'); return false;" rel="nofollow"><span class="icon-print"></span> In</a>
<a href="mailto:?subject={esc(s.title)}" title="Gửi email"><span class="icon-envelope"></span> Email</a>
</div></div>"""
    )
    tags = ""
    if s.opts.get("keywords") and not printing:
        tags = '<ul class="tags list-inline">' + "".join(
            f'<li class="list-inline-item tag-list0"><a href="/component/tags/tag/{slugify(k)}.html" '
            f'class="btn btn-sm btn-info">{esc(k.strip())}</a></li>'
            for k in s.opts["keywords"].split(";")
        ) + "</ul>"
    nav = ""
    related = ""
    if not printing:
        sib = _siblings(s)
        k = sib.index(s)
        parts = []
        if k > 0:
            parts.append(
                f'<a class="btn btn-sm btn-secondary previous" href="{art_path(sib[k - 1])}" '
                'rel="prev"><span aria-hidden="true">&lsaquo;</span> Trước</a>'
            )
        if k + 1 < len(sib):
            parts.append(
                f'<a class="btn btn-sm btn-secondary next" href="{art_path(sib[k + 1])}" '
                'rel="next">Tiếp <span aria-hidden="true">&rsaquo;</span></a>'
            )
        nav = f'<nav class="pagenavigation"><span class="pagination ms-0">{"".join(parts)}</span></nav>'
        others = [x for x in sib if x is not s][:5]
        related = (
            '<div class="moduletable tin-khac"><h3 class="module-title">Các tin khác</h3><ul>'
            + "".join(
                f'<li><a href="{art_path(x)}">{esc(x.title)}</a> <span class="ngay">'
                f"({_dt(x):%d/%m/%Y})</span></li>"
                for x in others
            )
            + "</ul></div>"
        )
    return f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
{heading}<div class="page-header"><{htag} itemprop="headline">{esc(s.title)}</{htag}></div>
{tools}
{article_info(s)}
{_full_image(s)}
<div itemprop="articleBody" class="com-content-article__body">
{render_body(s)}
</div>
{tags}
<div class="content_rating">Đánh giá bài viết: <span class="stars">★★★★☆</span> 4 / 5 ({s.id % 7 + 2} phiếu)</div>
{nav}
</div>
{related}"""


# --- page chrome ---------------------------------------------------------------------------


def sorted_stories(stories: list[Story] | None = None) -> list[Story]:
    return sorted(stories or STORIES, key=_dt, reverse=True)


def slugify(words: str) -> str:
    plain = unicodedata.normalize("NFD", words.strip().lower().replace("đ", "d"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def cat_path(cat: str) -> str:
    return f"/{cat}.html"


MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu.html",
        "Giới thiệu",
        [("/gioi-thieu.html", "Giới thiệu chung"), ("/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức")],
    ),
    ("/tin-tuc.html", "Tin tức - Sự kiện", [("/dao-tao-boi-duong.html", "Đào tạo - Bồi dưỡng")]),
    ("/thong-tin-khoa-hoc.html", "Thông tin khoa học", []),
    ("/van-ban-thong-bao.html", "Văn bản - Thông báo", [("/tai-lieu.html", "Tài liệu")]),
    ("/thu-vien-anh.html", "Thư viện ảnh", []),
    ("/lien-he.html", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for href, label, sub in MENU:
        inner = ""
        if sub:
            inner = '<ul class="mod-menu__sub list-unstyled small">' + "".join(
                f'<li class="metismenu-item level-2"><a href="{h}">{esc(t)}</a></li>' for h, t in sub
            ) + "</ul>"
        cls = "metismenu-item level-1" + (" deeper parent" if sub else "")
        items.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a>{inner}</li>')
    return '<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list">' + "".join(items) + "</ul>"


def _sidebar() -> str:
    popular = sorted((s for s in STORIES if s.opts.get("popular")), key=lambda s: -s.views())
    pop = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(nonsef_path(s))}" '
        f'itemprop="url"><span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in popular
    )
    latest = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in sorted_stories()[:4]
    )
    return f"""<div class="sidebar-right col-md-3">
<div class="moduletable xem-nhieu"><h3>Tin xem nhiều</h3><ul class="mostread mod-list">{pop}</ul></div>
<div class="moduletable tin-moi"><h3>Tin mới cập nhật</h3><ul class="latestnews mod-list">{latest}</ul></div>
<div class="moduletable khao-sat"><h3>Thăm dò ý kiến</h3>
<form action="/index.php?option=com_acepolls&amp;view=poll&amp;id=3" method="post" name="poll_vote_3">
<p>Bạn đánh giá thế nào về chuyên mục Thông tin khoa học?</p>
<label><input type="radio" name="voteid" value="11"> Rất hữu ích</label><br>
<label><input type="radio" name="voteid" value="12"> Hữu ích</label><br>
<label><input type="radio" name="voteid" value="13"> Bình thường</label><br>
<input type="submit" class="btn btn-primary" value="Bình chọn"> <a href="/index.php?option=com_acepolls&amp;view=poll&amp;id=3&amp;task=results" rel="nofollow">Kết quả</a>
</form></div>
<div class="moduletable lien-ket"><h3>Liên kết website</h3>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://baonghean.vn">Báo Nghệ An</option></select>
<p><a href="https://nghean.gov.vn" target="_blank"><img src="/images/banners/cong-ttdt-nghe-an.png" alt="Cổng TTĐT Nghệ An"></a></p></div>
<div class="moduletable thong-ke"><h3>Thống kê truy cập</h3>
<ul class="vinaora-visitors"><li>Đang online: 31</li><li>Hôm nay: 1.246</li><li>Hôm qua: 1.508</li><li>Tổng truy cập: 3.518.642</li></ul></div>
</div>"""


def layout(title: str, main: str, crumbs: list[tuple[str, str | None]], head: str = "") -> str:
    trail = [("/", "Trang chủ"), *crumbs]
    bc = "".join(
        (
            f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{h}" class="pathway">'
            f"<span>{esc(t)}</span></a></li>"
            if h
            else f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(t)}</span></li>'
        )
        for h, t in trail
    )
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
{head}
<link href="/media/templates/site/tct_nghean/css/template.min.css?4f1e2a" rel="stylesheet">
<script src="/media/system/js/core.min.js?576eb51"></script>
</head>
<body class="site com_content wrapper-static">
<header class="header">
<div class="top-bar"><span class="ngay-hien-tai">{TODAY_TCT}</span>
<form class="mod-finder" action="/tim-kiem.html" method="get"><input type="text" name="q" placeholder="Tìm kiếm..."></form></div>
<div class="banner"><a href="/"><img src="/images/logo/logo-truong-chinh-tri-nghe-an.png" alt="Trường Chính trị tỉnh Nghệ An"></a>
<div class="ten-truong"><span>TỈNH ỦY NGHỆ AN</span><strong>TRƯỜNG CHÍNH TRỊ TỈNH NGHỆ AN</strong></div></div>
<nav class="navbar-main">{_menu()}</nav>
</header>
<div class="marquee-tb"><marquee>Chào mừng kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam</marquee></div>
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>{bc}</ol></nav>
<div class="container-component row"><main class="col-md-9">
{main}
</main>
{_sidebar()}
</div>
<footer class="footer"><div class="grid-child">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH NGHỆ AN</strong></p>
<p>Địa chỉ: Số 2, đường Phạm Đình Toái, phường Hà Huy Tập, TP. Vinh, tỉnh Nghệ An</p>
<p>Điện thoại: 0238.3844.510 - Fax: 0238.3844.511 - Email: truongchinhtri@nghean.gov.vn</p>
<p>Chịu trách nhiệm chính: TS. Lê Văn Thành - Hiệu trưởng</p>
<p>Ghi rõ nguồn “Trường Chính trị tỉnh Nghệ An” khi phát hành lại thông tin từ website này.</p>
</div></footer>
</body></html>"""


def _head(s: Story, request: Request) -> str:
    base = base_url(request)
    short = s.opts.get("og_title", s.title)
    return (
        f'<meta name="description" content="{esc(s.title[:150])}">\n'
        f'<meta property="og:title" content="{esc(short)}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<link href="{base}{art_path(s)}" rel="canonical">'
    )


def article_page(request: Request, s: Story) -> Response:
    crumbs: list[tuple[str, str | None]] = []
    if s.cat in PARENT:
        crumbs.append((cat_path(PARENT[s.cat]), CATEGORIES[PARENT[s.cat]]))
    crumbs += [(cat_path(s.cat), CATEGORIES[s.cat]), (None, s.title)]
    title = f"{s.title} - Trường Chính trị tỉnh Nghệ An"
    return html(layout(title, article_html(s), crumbs, _head(s, request)))


def print_page(s: Story) -> Response:
    return html(
        f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>{esc(s.title)} - Trường Chính trị tỉnh Nghệ An</title>
<link href="/media/templates/site/tct_nghean/css/template.min.css" rel="stylesheet"></head>
<body class="contentpane modal">
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;">In</a></div>
{article_html(s, printing=True)}
</body></html>"""
    )


# --- listings: Joomla category blog (1 leading, 3 intro, 2 links) and the featured view ---------


def _intro(s: Story) -> str:
    for b in s.blocks:
        if isinstance(b, P) and b.style not in ("h", "h3", "li", "tr"):
            words = b.text.split()
            return " ".join(words[:40]) + (" ..." if len(words) > 40 else "")
    return ""


def _blog_item(s: Story, leading: bool) -> str:
    img = ""
    pic = next((b.src for b in s.blocks if isinstance(b, Img)), None) or s.opts.get("full", ("",))[0]
    if pic:
        img = f'<figure class="left item-image"><a href="{art_path(s)}"><img src="{pic}" alt="" width="240"></a></figure>'
    cls = "leading-0" if leading else "blog-item"
    return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{img}<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="{art_path(s)}" itemprop="url">{esc(s.title)}</a></h2></div>
<dl class="article-info text-muted"><dd class="published"><time datetime="{iso(_dt(s))}">{_dt(s):%d/%m/%Y}</time></dd><dd class="hits">Lượt xem: {s.views()}</dd></dl>
<p>{esc(_intro(s))}</p>
<p class="readmore"><a class="btn btn-secondary" href="{art_path(s)}" aria-label="Đọc thêm: {esc(s.title)}">Đọc thêm: {esc(s.title[:40])}...</a></p>
</div></div>"""


def _pager(base: str, start: int, total: int) -> str:
    pages = (total + PER_PAGE - 1) // PER_PAGE
    if pages <= 1:
        return ""
    cur = start // PER_PAGE

    def href(n: int) -> str:
        return base if n == 0 else f"{base}?start={n * PER_PAGE}"

    items = []
    if cur > 0:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(0)}">Đầu</a></li>')
        items.append(f'<li class="page-item"><a class="page-link" href="{href(cur - 1)}">Trước</a></li>')
    for n in range(pages):
        if n == cur:
            items.append(f'<li class="active page-item"><span class="page-link">{n + 1}</span></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{href(n)}">{n + 1}</a></li>')
    if cur + 1 < pages:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(cur + 1)}">Tiếp</a></li>')
        items.append(f'<li class="page-item"><a class="page-link" href="{href(pages - 1)}">Cuối</a></li>')
    return (
        f'<div class="com-content-category-blog__navigation w-100"><p class="counter float-end pt-3 pe-2">'
        f"Trang {cur + 1} / {pages}</p><nav class=\"pagination__wrapper\"><ul class=\"pagination ms-0 mb-4\">"
        + "".join(items)
        + "</ul></nav></div>"
    )


def blog(request: Request, heading: str, base: str, stories: list[Story], crumbs, cls: str) -> Response | None:
    raw = request.params.get("start", "0")
    if not raw.isdigit() or int(raw) % PER_PAGE or (int(raw) and int(raw) >= len(stories)):
        return None
    start = int(raw)
    chunk = stories[start : start + PER_PAGE]
    lead, intro, links = chunk[:1], chunk[1:4], chunk[4:]
    parts = [f'<div class="{cls} blog" itemscope itemtype="https://schema.org/Blog">']
    parts.append(f'<div class="page-header"><h1>{esc(heading)}</h1></div>')
    if lead:
        parts.append('<div class="com-content-category-blog__items blog-items items-leading">')
        parts += [_blog_item(s, True) for s in lead]
        parts.append("</div>")
    if intro:
        parts.append('<div class="com-content-category-blog__items blog-items columns-1">')
        parts += [_blog_item(s, False) for s in intro]
        parts.append("</div>")
    if links:
        parts.append(
            '<div class="items-more"><ol class="com-content-blog__links"><li class="title">'
            "Các bài viết khác:</li>"
            + "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in links)
            + "</ol></div>"
        )
    parts.append(_pager(base, start, len(stories)))
    parts.append("</div>")
    title = heading + (f" - Trang {start // PER_PAGE + 1}" if start else "")
    return html(layout(f"{title} - Trường Chính trị tỉnh Nghệ An", "\n".join(parts), crumbs))


def category_blog(request: Request, cat: str) -> Response | None:
    cats = {cat} | {c for c, p in PARENT.items() if p == cat}
    stories = [s for s in sorted_stories() if s.cat in cats]
    crumbs: list = []
    if cat in PARENT:
        crumbs.append((cat_path(PARENT[cat]), CATEGORIES[PARENT[cat]]))
    crumbs.append((None, CATEGORIES[cat]))
    return blog(request, CATEGORIES[cat], cat_path(cat), stories, crumbs, f"com-content-category-blog cat-{cat}")


def home(request: Request) -> Response | None:
    featured = [s for s in sorted_stories() if s.opts.get("featured")]
    return blog(request, "Tin nổi bật", "/", featured, [], "blog-featured")


# --- pages that are not articles -----------------------------------------------------------


def single_page(title: str, body: str, crumbs) -> Response:
    main = (
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        f'<div class="page-header"><h1 itemprop="headline">{esc(title)}</h1></div>'
        f'<div itemprop="articleBody" class="com-content-article__body">{body}</div></div>'
    )
    return html(layout(f"{title} - Trường Chính trị tỉnh Nghệ An", main, crumbs))


GIOI_THIEU = (
    "<p>Trường Chính trị tỉnh Nghệ An tiền thân là Trường Đảng Nghệ An được thành lập năm 1949. "
    "Trải qua hơn 75 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn "
    "lượt cán bộ cho hệ thống chính trị của tỉnh.</p>"
    "<p>Năm 2023, Nhà trường được công nhận đạt chuẩn mức 1 theo Quy định 09-QĐi/TW.</p>"
    '<p style="text-align: center;"><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt=""></p>'
)
CO_CAU = (
    "<h3>Ban Giám hiệu</h3><ul><li>TS. Lê Văn Thành - Hiệu trưởng</li>"
    "<li>ThS. Nguyễn Hữu Lập - Phó Hiệu trưởng</li></ul>"
    "<h3>Các khoa, phòng</h3><ul><li>Khoa Xây dựng Đảng</li><li>Khoa Lý luận cơ sở</li>"
    "<li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li>"
    "<li>Phòng Quản lý đào tạo và Nghiên cứu khoa học</li><li>Phòng Tổ chức - Hành chính</li></ul>"
)


def contact() -> Response:
    main = """<div class="com-contact contact"><div class="page-header"><h1>Liên hệ</h1></div>
<p>Trường Chính trị tỉnh Nghệ An - Số 2, đường Phạm Đình Toái, TP. Vinh</p>
<form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal well">
<label for="jform_contact_name">Họ và tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name">
<label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email">
<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message"></textarea>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">
<button class="btn btn-primary validate" type="submit">Gửi</button></form></div>"""
    return html(layout("Liên hệ - Trường Chính trị tỉnh Nghệ An", main, [(None, "Liên hệ")]))


def gallery() -> Response:
    pics = "".join(
        f'<div class="pg-item"><a href="/images/phocagallery/le-khai-giang-k75/thumbs/phoca_thumb_l_{n}.jpg">'
        f'<img src="/images/phocagallery/le-khai-giang-k75/thumbs/phoca_thumb_m_{n}.jpg" alt="Ảnh {n}"></a>'
        f'<div class="pg-name">Lễ khai giảng lớp Cao cấp LLCT K75 ({n})</div></div>'
        for n in range(1, 7)
    )
    main = (
        '<div id="phocagallery" class="pg-category-view"><h1>Thư viện ảnh</h1>'
        "<h2>Lễ khai giảng lớp Cao cấp lý luận chính trị K75</h2>"
        f'<div class="pg-category-items-box">{pics}</div></div>'
    )
    return html(layout("Thư viện ảnh - Trường Chính trị tỉnh Nghệ An", main, [(None, "Thư viện ảnh")]))


DOC = {
    "id": 15,
    "alias": "quy-che-dao-tao-boi-duong-nam-2026",
    "title": "Quy chế đào tạo, bồi dưỡng của Trường Chính trị tỉnh Nghệ An năm 2026",
}


def documents() -> Response:
    main = (
        '<div id="phoca-dl-category-box" class="pd-category-view"><h1>Tài liệu</h1>'
        '<div class="pd-filebox"><div class="pd-title">'
        f'<a href="/tai-lieu/{DOC["id"]}-{DOC["alias"]}.html">{esc(DOC["title"])}</a></div>'
        '<div class="pd-date">Ngày đăng: 15/01/2026</div></div></div>'
    )
    return html(layout("Tài liệu - Trường Chính trị tỉnh Nghệ An", main, [(None, "Tài liệu")]))


def document_entry() -> Response:
    main = f"""<div id="phoca-dl-file-box" class="pd-file-view">
<h1 class="pd-ctitle">{esc(DOC["title"])}</h1>
<div class="pd-filebox"><table class="pd-fdesc">
<tr><td>Tên tệp:</td><td>quy-che-dao-tao-2026.pdf</td></tr>
<tr><td>Ngày đăng:</td><td>15/01/2026 08:30</td></tr>
<tr><td>Dung lượng:</td><td>1,2 MB</td></tr><tr><td>Lượt tải:</td><td>842</td></tr></table>
<p>Quy chế ban hành kèm theo Quyết định số 12-QĐ/TCT ngày 10/01/2026 của Hiệu trưởng Trường Chính trị tỉnh Nghệ An.</p>
<div class="pd-button-download"><a class="btn btn-success" href="/images/van-ban/2026/quy-che-dao-tao-2026.pdf">Tải về</a></div></div></div>"""
    return html(layout(f"{DOC['title']} - Tài liệu", main, [("/tai-lieu.html", "Tài liệu"), (None, DOC["title"])]))


class JoomlaSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/images/", "/media/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/", "/index.php") and not (set(params) - {"start"}):
            return home(request)
        if path == "/index.php" and params.get("option") == "com_content":
            if params.get("view") != "article":
                return None
            art = params.get("id", "").split(":", 1)[0]
            s = BY_ID.get(int(art)) if art.isdigit() else None
            return article_page(request, s) if s else None
        if m := re.fullmatch(r"/([a-z-]+)\.html", path):
            key = m.group(1)
            if key in CATEGORIES and set(params) <= {"start"}:
                return category_blog(request, key)
            if request.query:
                return None
            pages = {
                "gioi-thieu": lambda: single_page("Giới thiệu chung", GIOI_THIEU, [(None, "Giới thiệu")]),
                "lien-he": contact,
                "thu-vien-anh": gallery,
                "tai-lieu": documents,
            }
            return pages[key]() if key in pages else None
        if path == "/gioi-thieu/co-cau-to-chuc.html" and not request.query:
            return single_page(
                "Cơ cấu tổ chức", CO_CAU, [("/gioi-thieu.html", "Giới thiệu"), (None, "Cơ cấu tổ chức")]
            )
        if path == f"/tai-lieu/{DOC['id']}-{DOC['alias']}.html" and not request.query:
            return document_entry()
        if m := re.fullmatch(r"/([a-z-]+)/(\d+)-([a-z0-9-]+)\.html", path):
            s = BY_ID.get(int(m.group(2)))
            if not s or s.cat != m.group(1) or s.slug != m.group(3):
                return None
            if params.get("tmpl") == "component" and params.get("print") == "1":
                return print_page(s)
            if request.query:
                return None
            return article_page(request, s)
        return None


def build_site() -> JoomlaSite:
    return JoomlaSite()
