"""Trường Mầm non Họa Mi (quận Ninh Kiều, TP. Cần Thơ) on a telecom's hosted school-website product.

Platform
--------
A multi-tenant "website trường học" product that a telecom hosts for thousands of schools: one
host, one shared kindergarten template ("kg02"), each school a tenant addressed by its slug
(``mnhoami-ninhkieu``) or by its numeric tenant id (``92041``); uploads live under
``/upload/<numeric id>/<yyyymmdd>/``. The "Tin tức" module prints posts, the "Góc phụ huynh"
section is a category of the same module, albums and the weekly menu are modules of their own.

URL scheme
----------
- ``/`` -> 302 to the tenant's home ``/mnhoami-ninhkieu/`` (the school's domain maps to the tenant)
- ``/<tenant>/tin-tuc/<id>/<slug>``: a post; ``<tenant>`` is the slug or the numeric id (same page);
  a slug other than the current or a former one 301s to the current one
- ``/<tenant>/chuyen-muc/<catid>?p=<N>``: a category listing, 3 posts a page, ``p`` absent = 1
- ``/<tenant>/album`` (index), ``/<tenant>/album/<id>``, ``/<tenant>/thuc-don``,
  ``/<tenant>/gioi-thieu``, ``/<tenant>/doi-ngu``, ``/<tenant>/lien-he``, ``/<tenant>/tim-kiem?q=``
- images and theme files: ``/upload/…``, ``/themes/kg02/…``

Page templates
--------------
Every page: top bar with the day ("Thứ Bảy, 05/12/2026"), banner, menu with drop-downs, left
column, right sidebar (Thông báo mới, Album ảnh, Thực đơn tuần, Liên kết website, Bình chọn,
Thống kê truy cập), footer with address, phone, email and the product's credit line.

A post: breadcrumb, then the *module's* heading ``<h1 class="mod-tit">TIN TỨC</h1>``, then
``<div class="bv-ct">`` with the headline in ``<h2 class="tde-bv">``, an info line
(``<span class="ngdang">`` date, views, "Đăng bởi: <CMS account>"), the sapo
``<div class="mota-bv"><strong>`` when there is one, the text ``<div class="ndung-bv">`` (the
editor's ``<div>``/``<span>`` soup, photo tables, galleries), an update line, tools, a
Facebook-comments box and "Tin cùng chuyên mục".

How each gold article is reached
--------------------------------
- Home: slider (1187, 1184, 1172), "Tin mới cập nhật" (1189, 1187, 1184, 1182, 1179 — links
  under the numeric tenant id), one block per category with its two newest posts.
- ``chuyen-muc/11`` (Tin tức - Sự kiện) page 1: 1187, 1179, 1172; page 2 only: 1160, 1143.
- ``chuyen-muc/12`` (Hoạt động của bé) page 1: 1184, 1175, 1166; page 2 only: 1151.
- ``chuyen-muc/13`` (Góc phụ huynh): 1182, 1169, 1148 (1169 and 1148 only there).
- ``chuyen-muc/15`` (Thông báo): 1189; also the sidebar "Thông báo mới".
- "Tin cùng chuyên mục" under each post lists up to four others of its category; in category 12
  it links 1151 under its former slug.

Traps
-----
1. The template's ``<h1>`` is the module's name ("TIN TỨC", "GÓC PHỤ HUYNH", "THÔNG BÁO") on every
   post; the headline is the ``<h2 class="tde-bv">`` (og:title agrees). Gold title: the h2.
2. One post, two tenant ids: the home's "Tin mới cập nhật" portlet links
   ``/92041/tin-tuc/<id>/<slug>``, listings link ``/mnhoami-ninhkieu/tin-tuc/<id>/<slug>``; both
   answer 200 with the same page and ``rel=canonical`` names the slug form. Gold: the slug form,
   the numeric form in ``alt_paths``.
3. A slug edited after publication: 1151's "Tin cùng chuyên mục" links carry the former slug
   (``lop-mam-1-ve-tranh-gia-dinh``), which still answers 200 (the id decides); listings carry
   the current one. Gold: current slug, former in ``alt_paths``.
4. Dates printed time first, with an "h": ``14h05 - 03/12/2026``; a post without a time prints
   "Ngày 27/11/2026"; under the text "Cập nhật lần cuối: 04/12/2026 09:12" and in the top bar the
   day. Gold: the "ngdang" date ("2026-12-03T14:05:00+07:00" / "2026-11-27").
5. Photos sit in two-row tables (``<table class="tbl-anh">``: the image, then an italic line):
   the second row is the photo's caption, not a table-row paragraph; while 1182 has a real data
   table (a day's meals) whose rows ARE body ("Giờ | Bữa | Món ăn").
6. The platform fills every image's ``alt`` and the gallery links' ``title`` with the post's
   headline; picture-heavy posts end with a fancybox gallery (``<div class="album-bv">``) whose
   photos print no line. Gold: those photos are images with caption None (alt is not a caption).
7. Bylines with an honorific and a post: "Người viết: Cô Nguyễn Thị Thu Hà - GV lớp Chồi 1" ->
   ["Nguyễn Thị Thu Hà"]; "Bài và ảnh: Cô Trần Ngọc Bích" -> author and photographer; the info
   line's "Đăng bởi: mnhoami_qt" (the CMS account) -> nobody; a right-aligned "BBT" -> nobody.
8. The sapo is printed bold in ``mota-bv`` and, in 1172, pasted again by the editor as the first
   line of the text. Gold: the sapo is the body's first paragraph once.
9. Text as ``<div>``s with nested ``<span style>``s, ``<div>&nbsp;</div>`` spacers, ``<br>`` inside a
   div (two paragraphs), a heading as a bold div. Gold: paragraphs as the README says.
10. A hidden SEO block ``<div style="display:none">`` of keywords at the end of 1184's text. Not body.
11. Albums and the weekly menu use the post template (h2 title, date line, photos with caption
    rows, a table): not articles (``NON_ARTICLES``).
12. Listing pagination by query-only relative links (``href="?p=2"``), and page 1 is linked as
    ``?p=1`` from page 2; four posts are only on page 2 or in one listing.
13. 1189 is printed as an official notice (letterhead table, "Số:", place and day, "THÔNG BÁO /
    Về việc …", "Nơi nhận", signer), uploaded two days after the letterhead's day.

Gold decisions on ambiguous points
----------------------------------
- "Cô"/"Thầy" before a teacher's name is a title like a degree: dropped; "- GV lớp Chồi 1" is the
  post: dropped.
- A gallery's heading typed in the text ("Một số hình ảnh của bé:") is a text paragraph.
- In 1172 the editor's repeated sapo line is printed twice; the gold body has it once (the
  ``mota-bv`` element is the sapo, the repeated line a paste error).
- Category: the breadcrumb's last link (one level: "Tin tức - Sự kiện", "Hoạt động của bé",
  "Góc phụ huynh", "Thông báo").
- "Nguồn: Phòng GD&ĐT quận Ninh Kiều" closing 1160 is its source; "Theo Viện Dinh dưỡng Quốc gia"
  closing 1182 is its source.
- "Ảnh minh họa" under 1182's photo says what the photo is, not who took it: its caption.
- "Nhân viên y tế: Cô Huỳnh Thị Diễm" closing 1169: the author "Huỳnh Thị Diễm" (post and "Cô"
  dropped); "Công đoàn trường" signing 1143 alone is a unit: the author as printed.
- 1189's date is the letterhead's day 2026-12-02, not the upload line "08h30 - 04/12/2026"; its
  author is the signer.
"""

from __future__ import annotations

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "viettel_school_web_mamnon"
PLATFORM = "Telecom-hosted multi-tenant school website (kindergarten template kg02, Tin tức module)"
START_PATH = "/"

TENANT = "mnhoami-ninhkieu"
TENANT_NUM = "92041"
TENANTS = (TENANT, TENANT_NUM)
T = f"/{TENANT}"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3

CATS: dict[int, tuple[str, str]] = {
    11: ("Tin tức - Sự kiện", "TIN TỨC"),
    12: ("Hoạt động của bé", "TIN TỨC"),
    13: ("Góc phụ huynh", "GÓC PHỤ HUYNH"),
    15: ("Thông báo", "THÔNG BÁO"),
}


def up(day: str, name: str) -> str:
    return f"/upload/{TENANT_NUM}/{day}/{name}"


# --- the posts ---------------------------------------------------------------------------------

_NOTICE_HEAD = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
    '<tr><td style="text-align:center"><span style="font-size:12px">UBND QUẬN NINH KIỀU<br>'
    "<strong>TRƯỜNG MẦM NON HỌA MI</strong></span></td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align:center">Số: 87/TB-MNHM</td>'
    '<td style="text-align:right"><em>Ninh Kiều, ngày 02 tháng 12 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<div style="text-align:center"><strong>THÔNG BÁO</strong></div>'
    '<div style="text-align:center"><strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></div>'
    "<div>&nbsp;</div>"
)
_NOTICE_FOOT = Raw(
    '<table border="0" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top"><em><strong>Nơi nhận:</strong></em><br>'
    "- Phòng GD&amp;ĐT (b/c);<br>- CB, GV, NV;<br>- Phụ huynh học sinh;<br>- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br><br><br>'
    "<em>(Đã ký)</em><br><br><strong>Lê Thị Mỹ Dung</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        id=1189,
        slug="thong-bao-nghi-tet-duong-lich-nam-2027",
        title="Thông báo nghỉ Tết Dương lịch năm 2027",
        cat="15",
        published_at="2026-12-02",
        blocks=[
            _NOTICE_HEAD,
            P("Căn cứ Công văn số 1520/UBND-VX ngày 25/11/2026 của UBND quận Ninh Kiều về việc nghỉ "
              "Tết Dương lịch năm 2027;"),
            P("Trường Mầm non Họa Mi thông báo đến cán bộ, giáo viên, nhân viên và quý phụ huynh lịch "
              "nghỉ Tết Dương lịch năm 2027 như sau:"),
            P("1. Thời gian nghỉ: 01 ngày, thứ Sáu ngày 01/01/2027."),
            P("2. Trẻ đi học lại bình thường vào thứ Hai ngày 04/01/2027."),
            P("3. Trong thời gian nghỉ, bảo vệ trực 24/24 giờ; Ban giám hiệu phân công trực theo lịch "
              "đính kèm."),
            P("Kính đề nghị quý phụ huynh sắp xếp thời gian đưa đón trẻ phù hợp. Trân trọng thông báo."),
            _NOTICE_FOOT,
        ],
        authors=["Lê Thị Mỹ Dung"],
        opts={"date": "08h30 - 04/12/2026", "updated": "04/12/2026 08:41", "thumb": "tb-1189.jpg"},
    ),
    Story(
        id=1187,
        slug="hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        title="Trường Mầm non Họa Mi tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học 2026-2027",
        cat="11",
        published_at="2026-12-03T14:05:00+07:00",
        summary=(
            "Sáng ngày 02/12/2026, Trường Mầm non Họa Mi long trọng tổ chức Hội thi “Bé khỏe – Bé "
            "ngoan” dành cho các bé khối Chồi và khối Lá với sự tham gia của hơn 200 bé."
        ),
        sapo_outside=True,
        blocks=[
            P("Hội thi nhằm nâng cao chất lượng giáo dục phát triển thể chất, rèn luyện cho trẻ các kỹ "
              "năng vận động cơ bản như đi, chạy, bò, trườn, bật nhảy, đồng thời giáo dục trẻ tinh "
              "thần đoàn kết, mạnh dạn, tự tin khi tham gia các hoạt động tập thể."),
            Img(up("20261203", "hoithi-1.jpg"),
                "Cô Lê Thị Mỹ Dung - Hiệu trưởng nhà trường phát biểu khai mạc hội thi",
                "Cô Lê Thị Mỹ Dung - Hiệu trưởng nhà trường phát biểu khai mạc hội thi", "tbl"),
            P("Hội thi gồm ba phần: đồng diễn thể dục buổi sáng, thi vận động “Ai nhanh hơn” và "
              "trò chơi dân gian kéo co, nhảy bao bố."),
            P("Ở phần đồng diễn, các bé khối Lá mang đến màn thể dục nhịp điệu trên nền nhạc “Tập thể "
              "dục buổi sáng” sôi động."),
            P("Các bé khối Chồi lại khéo léo với màn đồng diễn cùng vòng và nơ."),
            Img(up("20261203", "hoithi-2.jpg"),
                "Màn đồng diễn thể dục nhịp điệu của các bé khối Lá",
                "Màn đồng diễn thể dục nhịp điệu của các bé khối Lá", "tbl"),
            P("Kết quả chung cuộc"),
            P("Ban tổ chức đã trao giải Nhất cho lớp Lá 2, giải Nhì cho lớp Chồi 1 và lớp Lá 1, giải Ba "
              "cho lớp Chồi 2 và lớp Chồi 3. Tất cả các bé tham gia đều nhận được phần quà khích lệ "
              "của Ban đại diện cha mẹ học sinh."),
            Img(up("20261203", "hoithi-3.jpg"),
                "Ban tổ chức trao giải cho các lớp đạt thành tích cao",
                "Ban tổ chức trao giải cho các lớp đạt thành tích cao", "tbl"),
            Raw('<div style="text-align: right;"><em><strong>Người viết: Cô Nguyễn Thị Thu Hà - GV lớp '
                "Chồi 1</strong></em></div>"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"date": "14h05 - 03/12/2026", "updated": "04/12/2026 09:12", "thumb": "tb-1187.jpg",
              "heading": {6}},
    ),
    Story(
        id=1184,
        slug="be-lop-la-2-trai-nghiem-lam-banh-bo-thot-not",
        title="Bé lớp Lá 2 trải nghiệm làm bánh bò thốt nốt",
        cat="12",
        published_at="2026-12-01T09:20:00+07:00",
        blocks=[
            P("Trong chủ đề “Quê hương - Đất nước”, các bé lớp Lá 2 đã có buổi trải nghiệm thú vị: tự "
              "tay làm bánh bò thốt nốt, món bánh quen thuộc của miền Tây Nam Bộ."),
            P("Dưới sự hướng dẫn của cô Phạm Thị Kim Ngân, các bé được quan sát đường thốt nốt, bột gạo,"
              " nước cốt dừa; cùng nhau khuấy bột, đổ khuôn và chờ bánh chín."),
            P("Các bé rất hào hứng, vừa làm vừa kể cho nhau nghe về chuyến đi chợ cùng mẹ."),
            P("Qua hoạt động, trẻ được rèn kỹ năng khéo léo của đôi tay, biết yêu quý sản phẩm lao động"
              " và thêm hiểu về văn hóa ẩm thực quê hương."),
            P("Một số hình ảnh của bé:"),
            Img(up("20261201", "banhbo-01.jpg"), None, None, "gal"),
            Img(up("20261201", "banhbo-02.jpg"), None, None, "gal"),
            Img(up("20261201", "banhbo-03.jpg"), None, None, "gal"),
            Img(up("20261201", "banhbo-04.jpg"), None, None, "gal"),
            Raw('<div style="display:none">mầm non họa mi, mam non hoa mi, mầm non ninh kiều, trường mầm'
                " non cần thơ, bánh bò thốt nốt, hoạt động trải nghiệm</div>"),
        ],
        opts={"date": "09h20 - 01/12/2026", "updated": "01/12/2026 10:02", "thumb": "tb-1184.jpg"},
    ),
    Story(
        id=1182,
        slug="che-do-dinh-duong-cho-tre-mua-mua",
        title="Chế độ dinh dưỡng cho trẻ mùa mưa",
        cat="13",
        published_at="2026-11-30T20:10:00+07:00",
        summary=(
            "Mùa mưa ở Cần Thơ kéo dài, độ ẩm cao, trẻ dễ mắc các bệnh đường hô hấp và tiêu hóa. Một "
            "chế độ ăn hợp lý giúp trẻ tăng sức đề kháng."
        ),
        sapo_outside=True,
        blocks=[
            P("Cha mẹ nên cho trẻ ăn đủ bốn nhóm chất: chất bột đường, chất đạm, chất béo, vitamin và "
              "khoáng chất; tăng cường rau xanh, trái cây giàu vitamin C như cam, ổi, bưởi."),
            P("Thức ăn cần nấu chín kỹ, ăn ngay khi còn ấm; không cho trẻ ăn đồ để qua đêm, "
              "đồ uống lạnh."),
            P("Tham khảo thực đơn một ngày cho trẻ 4 - 5 tuổi:"),
            P("Giờ | Bữa | Món ăn", "tr"),
            P("7g00 | Bữa sáng | Cháo thịt bằm, sữa", "tr"),
            P("10g30 | Bữa trưa | Cơm, canh bí đỏ nấu tôm, cá kho tộ, chuối", "tr"),
            P("14g30 | Bữa xế | Bánh flan, sữa chua", "tr"),
            P("Cho trẻ uống đủ nước ấm, giữ ấm cổ, ngực và bàn chân khi trời mưa."),
            P("Khi trẻ có dấu hiệu sốt, ho, tiêu chảy, phụ huynh cần đưa trẻ đến cơ sở y tế để được "
              "khám và điều trị kịp thời."),
            Img(up("20261130", "dinhduong.jpg"), "Ảnh minh họa", "Ảnh minh họa", "below"),
            Raw('<div style="text-align: right;"><em>Theo Viện Dinh dưỡng Quốc gia</em></div>'),
        ],
        source="Viện Dinh dưỡng Quốc gia",
        opts={"date": "20h10 - 30/11/2026", "updated": "01/12/2026 07:30", "thumb": "tb-1182.jpg"},
    ),
    Story(
        id=1179,
        slug="chi-bo-sinh-hoat-chuyen-de-thang-11-2026",
        title="Chi bộ trường sinh hoạt chuyên đề tháng 11/2026",
        cat="11",
        published_at="2026-11-27",
        blocks=[
            P("Chiều ngày 26/11/2026, Chi bộ Trường Mầm non Họa Mi tổ chức sinh hoạt chuyên đề với chủ "
              "đề “Nâng cao chất lượng chăm sóc, giáo dục trẻ gắn với thực hiện Chỉ thị 05-CT/TW”."),
            P("Tại buổi sinh hoạt, các đảng viên đã thảo luận, đề xuất nhiều giải pháp đổi mới phương "
              "pháp tổ chức hoạt động cho trẻ theo hướng lấy trẻ làm trung tâm."),
            P("Đồng chí Bí thư Chi bộ đã kết luận và giao nhiệm vụ cụ thể cho từng đảng viên trong "
              "tháng 12/2026."),
            Img(up("20261127", "chibo.jpg"), "Quang cảnh buổi sinh hoạt chuyên đề",
                "Quang cảnh buổi sinh hoạt chuyên đề", "tbl"),
            Raw('<div style="text-align: right;"><strong>BBT</strong></div>'),
        ],
        opts={"date": "Ngày 27/11/2026", "updated": "28/11/2026 08:00", "thumb": "tb-1179.jpg"},
    ),
    Story(
        id=1175,
        slug="hoat-dong-ngoai-troi-be-choi-voi-cat-va-nuoc",
        title="Hoạt động ngoài trời: bé chơi với cát và nước",
        cat="12",
        published_at="2026-11-24T15:00:00+07:00",
        blocks=[
            P("Góc chơi cát và nước ở sân trường luôn là nơi các bé yêu thích nhất trong giờ hoạt động"
              " ngoài trời."),
            P("Các bé được xúc cát, đong nước, xây lâu đài, làm bánh bằng khuôn;"),
            P("qua đó trẻ phát triển vận động tinh, khả năng quan sát và ngôn ngữ.", "br"),
            Img(up("20261124", "catnuoc-1.jpg"), "(Bé lớp Mầm 2 xây lâu đài cát)",
                "Bé lớp Mầm 2 xây lâu đài cát", "below"),
            P("Sau giờ chơi, cô hướng dẫn trẻ rửa tay bằng xà phòng đúng sáu bước trước khi vào lớp."),
            Img(up("20261124", "catnuoc-2.jpg"), "Ảnh: Võ Thị Hồng Nhung", None, "below"),
        ],
        photographers=["Võ Thị Hồng Nhung"],
        opts={"date": "15h00 - 24/11/2026", "updated": "24/11/2026 16:11", "thumb": "tb-1175.jpg"},
    ),
    Story(
        id=1172,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="11",
        published_at="2026-11-20T10:30:00+07:00",
        summary=(
            "Sáng 20/11/2026, Trường Mầm non Họa Mi tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "trong không khí ấm áp, vui tươi."
        ),
        sapo_outside=True,
        blocks=[
            P("Đến dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT quận Ninh Kiều, Ban đại diện cha mẹ học "
              "sinh cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."),
            P("Mở đầu chương trình là các tiết mục văn nghệ do chính các bé biểu diễn: múa “Cô giáo em”,"
              " hát “Bông hồng tặng cô”."),
            Img(up("20261120", "2011-1.jpg"), "(Các bé lớp Lá 1 múa “Cô giáo em”)",
                "Các bé lớp Lá 1 múa “Cô giáo em”", "below"),
            P("Thay mặt nhà trường, cô Hiệu trưởng ôn lại truyền thống ngày 20/11 và biểu dương các "
              "giáo viên đạt danh hiệu giáo viên dạy giỏi cấp quận năm học 2025-2026."),
            Img(up("20261120", "2011-2.jpg"), "(Khen thưởng giáo viên dạy giỏi cấp quận)",
                "Khen thưởng giáo viên dạy giỏi cấp quận", "below"),
            P("Buổi lễ khép lại bằng những bó hoa tươi thắm các bé tặng cô."),
            Img(up("20261120", "2011-3.jpg"), None, None, "gal"),
            Img(up("20261120", "2011-4.jpg"), None, None, "gal"),
            Raw('<div style="text-align: right;"><strong>Bài và ảnh: Cô Trần Ngọc Bích</strong></div>'),
            Raw(f'<div><em>Xem thêm: <a href="{T}/album/31">Album ảnh Lễ kỷ niệm 20/11</a></em></div>'),
        ],
        authors=["Trần Ngọc Bích"],
        photographers=["Trần Ngọc Bích"],
        opts={"date": "10h30 - 20/11/2026", "updated": "21/11/2026 07:45", "thumb": "tb-1172.jpg",
              "sapo_repeat": True},
    ),
    Story(
        id=1169,
        slug="cach-phong-benh-tay-chan-mieng-cho-tre-mam-non",
        title="Cách phòng bệnh tay chân miệng cho trẻ mầm non",
        cat="13",
        published_at="2026-11-16T13:00:00+07:00",
        blocks=[
            P("Bệnh tay chân miệng thường gặp ở trẻ dưới 5 tuổi, lây qua đường tiêu hóa và tiếp xúc "
              "với dịch tiết của người bệnh."),
            P("Để phòng bệnh, phụ huynh cần thực hiện:"),
            P("Rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch nhiều lần trong ngày.", "li"),
            P("Cho trẻ ăn chín, uống chín; dùng riêng khăn, cốc, thìa.", "li"),
            P("Thường xuyên lau rửa đồ chơi, sàn nhà bằng dung dịch sát khuẩn.", "li"),
            P("Khi trẻ có biểu hiện sốt, loét miệng, nổi bóng nước ở lòng bàn tay, bàn chân, cần cho "
              "trẻ nghỉ học và đưa đi khám ngay."),
            P("Nhà trường đề nghị phụ huynh phối hợp báo ngay cho giáo viên chủ nhiệm khi trẻ nghỉ học "
              "do bệnh."),
            Raw('<div style="text-align: right;"><strong>Nhân viên y tế: Cô Huỳnh Thị Diễm</strong></div>'),
        ],
        authors=["Huỳnh Thị Diễm"],
        opts={"date": "13h00 - 16/11/2026", "updated": "16/11/2026 13:20", "thumb": "tb-1169.jpg"},
    ),
    Story(
        id=1166,
        slug="be-tham-quan-bao-tang-thanh-pho-can-tho",
        title="Bé tham quan Bảo tàng thành phố Cần Thơ",
        cat="12",
        published_at="2026-11-12T07:45:00+07:00",
        blocks=[
            P("Nhằm giúp trẻ tìm hiểu về lịch sử, văn hóa quê hương, sáng 11/11/2026 nhà trường tổ chức"
              " cho các bé khối Lá tham quan Bảo tàng thành phố Cần Thơ trên đại lộ Hòa Bình."),
            Img(up("20261112", "baotang-1.jpg"), "Các bé nghe cô thuyết minh giới thiệu về ghe xuồng",
                "Các bé nghe cô thuyết minh giới thiệu về ghe xuồng", "tbl"),
            P("Các bé được xem mô hình nhà cổ, ghe xuồng, nông cụ của người dân Nam Bộ xưa và nghe cô "
              "thuyết minh kể chuyện."),
            P("Chuyến đi đã để lại cho trẻ nhiều ấn tượng, các bé hứa sẽ kể lại cho ba mẹ nghe."),
        ],
        opts={"date": "07h45 - 12/11/2026", "updated": "12/11/2026 08:03", "thumb": "tb-1166.jpg"},
    ),
    Story(
        id=1160,
        slug="phong-gddt-kiem-tra-cong-tac-phong-chong-dich-benh-mua-mua",
        title="Đón đoàn kiểm tra công tác phòng chống dịch bệnh mùa mưa của Phòng GD&ĐT quận Ninh Kiều",
        cat="11",
        published_at="2026-11-06T08:15:00+07:00",
        blocks=[
            P("Ngày 05/11/2026, đoàn kiểm tra của Phòng GD&ĐT quận Ninh Kiều do bà Nguyễn Thị Hạnh, Phó "
              "Trưởng phòng làm trưởng đoàn, đã đến kiểm tra công tác phòng chống dịch bệnh tại trường."),
            P("Đoàn đã kiểm tra hồ sơ y tế, bếp ăn bán trú, công tác vệ sinh lớp học và khuôn viên."),
            Img(up("20261106", "kiemtra.jpg"), "Đoàn kiểm tra bếp ăn bán trú của nhà trường",
                "Đoàn kiểm tra bếp ăn bán trú của nhà trường", "tbl"),
            P("Đoàn đánh giá cao sự chuẩn bị của nhà trường và đề nghị tiếp tục duy trì việc phun khử "
              "khuẩn định kỳ, theo dõi sức khỏe trẻ hằng ngày."),
            Raw('<div style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT quận Ninh Kiều</em></div>'),
        ],
        source="Phòng GD&ĐT quận Ninh Kiều",
        opts={"date": "08h15 - 06/11/2026", "updated": "06/11/2026 09:40", "thumb": "tb-1160.jpg"},
    ),
    Story(
        id=1151,
        slug="lop-mam-1-hoc-ve-tranh-gia-dinh-cua-be",
        title="Lớp Mầm 1 học vẽ tranh “Gia đình của bé”",
        cat="12",
        published_at="2026-10-28",
        blocks=[
            P("Trong chủ đề “Gia đình”, các bé lớp Mầm 1 được cô hướng dẫn vẽ tranh về những người thân"
              " yêu trong gia đình mình."),
            P("Bằng những nét vẽ ngộ nghĩnh, các bé đã vẽ ba, mẹ, anh chị và cả chú mèo nhỏ."),
            Img(up("20261028", "vetranh.jpg"), "Tranh của bé Ngọc Hân", "Tranh của bé Ngọc Hân", "tbl"),
            P("Những bức tranh đẹp được trưng bày ở góc nghệ thuật của lớp."),
        ],
        opts={"date": "Ngày 28/10/2026", "updated": "29/10/2026 10:10", "thumb": "tb-1151.jpg",
              "old_slug": "lop-mam-1-ve-tranh-gia-dinh"},
    ),
    Story(
        id=1148,
        slug="giup-tre-tu-lap-tu-nhung-viec-nho",
        title="Giúp trẻ tự lập từ những việc nhỏ",
        cat="13",
        published_at="2026-10-24T19:30:00+07:00",
        summary="Tự lập là kỹ năng quan trọng giúp trẻ tự tin bước vào cuộc sống.",
        blocks=[
            P("Tự lập là kỹ năng quan trọng giúp trẻ tự tin bước vào cuộc sống."),
            P("Ngay từ 3 tuổi, cha mẹ có thể cho trẻ tự xúc cơm, tự mang giày dép, cất đồ chơi sau khi "
              "chơi xong."),
            P("Hãy kiên nhẫn, khen ngợi khi trẻ làm được và không làm thay trẻ."),
            P("Ở trường, các cô luôn tạo cơ hội để trẻ tự phục vụ: tự lấy khăn, tự gấp gối, xếp hàng "
              "lấy cơm."),
        ],
        opts={"date": "19h30 - 24/10/2026", "updated": "25/10/2026 06:50", "thumb": "tb-1148.jpg",
              "bold_lead": True},
    ),
    Story(
        id=1143,
        slug="huong-ung-ngay-phu-nu-viet-nam-20-10",
        title="Hưởng ứng Ngày Phụ nữ Việt Nam 20/10",
        cat="11",
        published_at="2026-10-20T16:40:00+07:00",
        blocks=[
            P("Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn trường tổ chức "
              "hội thi cắm hoa dành cho cán bộ, giáo viên, nhân viên nữ."),
            P("Các tác phẩm dự thi đều mang ý nghĩa tôn vinh vẻ đẹp của người phụ nữ Việt Nam."),
            Img(up("20261020", "camhoa.jpg"), "Tác phẩm đạt giải Nhất của tổ Lá",
                "Tác phẩm đạt giải Nhất của tổ Lá", "tbl"),
            P("Kết thúc hội thi, Ban chấp hành Công đoàn trao thưởng cho các tổ đạt giải."),
            Raw('<div style="text-align: right;"><strong>Công đoàn trường</strong></div>'),
        ],
        authors=["Công đoàn trường"],
        opts={"date": "16h40 - 20/10/2026", "updated": "20/10/2026 17:02", "thumb": "tb-1143.jpg"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
# newest first inside each category
BY_CAT: dict[int, list[Story]] = {
    c: sorted((s for s in STORIES if int(s.cat) == c), key=lambda s: s.id, reverse=True) for c in CATS
}
NEWEST = [BY_ID[i] for i in (1189, 1187, 1184, 1182, 1179)]
SLIDER = [BY_ID[i] for i in (1187, 1184, 1172)]


def post_path(s: Story, tenant: str = TENANT, slug: str | None = None) -> str:
    return f"/{tenant}/tin-tuc/{s.id}/{slug or s.slug}"


def day_of(s: Story) -> str:
    """The listing's date: the day of the printed info line."""
    return s.opts["date"].split()[-1]


# --- chrome ------------------------------------------------------------------------------------

ALBUMS = {
    31: ("Album ảnh Lễ kỷ niệm 20/11", "20/11/2026",
         [("album31-1.jpg", "Tiết mục múa của lớp Lá 1"), ("album31-2.jpg", "Các bé tặng hoa cô giáo"),
          ("album31-3.jpg", "Tập thể cán bộ, giáo viên chụp ảnh lưu niệm")]),
    32: ("Album ảnh Ngày hội đến trường", "05/09/2026",
         [("album32-1.jpg", "Bé vui đón năm học mới"), ("album32-2.jpg", "Lễ chào cờ đầu năm")]),
}


def _menu() -> str:
    def cat(c: int) -> str:
        return f'<li><a href="{T}/chuyen-muc/{c}">{esc(CATS[c][0])}</a></li>'

    return (
        '<div id="mnu-ngang"><ul class="mn-cap1">'
        f'<li><a href="{T}/">Trang chủ</a></li>'
        f'<li><a href="{T}/gioi-thieu">Giới thiệu</a><ul class="mn-cap2">'
        f'<li><a href="{T}/gioi-thieu">Giới thiệu chung</a></li>'
        f'<li><a href="{T}/doi-ngu">Đội ngũ giáo viên</a></li></ul></li>'
        f'<li><a href="{T}/chuyen-muc/11">Tin tức</a><ul class="mn-cap2">{cat(11)}{cat(12)}{cat(15)}</ul></li>'
        f'<li><a href="{T}/chuyen-muc/13">Góc phụ huynh</a><ul class="mn-cap2">{cat(13)}'
        f'<li><a href="{T}/thuc-don">Thực đơn tuần</a></li></ul></li>'
        f'<li><a href="{T}/album">Album ảnh</a></li>'
        f'<li><a href="{T}/lien-he">Liên hệ</a></li>'
        "</ul></div>"
    )


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in BY_CAT[15]
    )
    albums = "".join(
        f'<div class="alb-it"><a href="{T}/album/{aid}"><img src="/upload/{TENANT_NUM}/album/{aid}/cover.jpg"'
        f' alt="{esc(a[0])}"></a><a href="{T}/album/{aid}">{esc(a[0])}</a></div>'
        for aid, a in ALBUMS.items()
    )
    return (
        '<div class="cot-phai">'
        f'<div class="pl"><div class="pl-tit">THÔNG BÁO MỚI</div><ul class="pl-tb">{notices}</ul></div>'
        f'<div class="pl"><div class="pl-tit">ALBUM ẢNH</div>{albums}</div>'
        f'<div class="pl"><div class="pl-tit">THỰC ĐƠN TUẦN</div><a href="{T}/thuc-don">'
        '<img src="/themes/kg02/images/thucdon-banner.png" alt="Thực đơn"></a></div>'
        '<div class="pl"><div class="pl-tit">LIÊN KẾT WEBSITE</div><select onchange="window.open(this.value)">'
        '<option>-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ GD&amp;ĐT</option>'
        '<option value="https://cantho.edu.vn">Sở GD&amp;ĐT Cần Thơ</option></select></div>'
        '<div class="pl"><div class="pl-tit">BÌNH CHỌN</div><div>Bạn thấy website của trường thế nào?</div>'
        '<label><input type="radio" name="bc" value="1"> Rất hữu ích</label><br>'
        '<label><input type="radio" name="bc" value="2"> Hữu ích</label><br>'
        '<label><input type="radio" name="bc" value="3"> Bình thường</label><br>'
        '<button type="button" onclick="binhChon(77)">Bình chọn</button></div>'
        '<div class="pl"><div class="pl-tit">THỐNG KÊ TRUY CẬP</div>'
        "<div>Đang online: 12</div><div>Hôm nay: 318</div><div>Tổng truy cập: 1.284.503</div></div>"
        "</div>"
    )


def page(request: Request, title: str, main: str, head_extra: str = "") -> Response:
    body = (
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
        f"<title>{esc(title)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="stylesheet" href="/themes/kg02/css/style.css">'
        '<link rel="icon" href="/themes/kg02/images/favicon.ico">'
        f"{head_extra}</head><body class=\"kg02 tn-{TENANT_NUM}\">"
        f'<div class="top-bar"><span class="ngay-ht">{TODAY_LINE}</span>'
        '<span class="hotline">Hotline: 0292 3 812 345</span>'
        f'<form class="tk" action="{T}/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm...">'
        "<button>Tìm</button></form></div>"
        f'<div class="banner"><a href="{T}/"><img src="/upload/{TENANT_NUM}/logo/banner.png" '
        'alt="Trường Mầm non Họa Mi"></a><div class="ten-truong">TRƯỜNG MẦM NON HỌA MI</div></div>'
        f"{_menu()}"
        '<div class="marquee"><marquee>Chào mừng quý phụ huynh đến với website Trường Mầm non Họa Mi - '
        "quận Ninh Kiều - TP. Cần Thơ</marquee></div>"
        f'<div class="khung"><div class="cot-giua">{main}</div>{_sidebar()}</div>'
        '<div class="footer"><div><strong>TRƯỜNG MẦM NON HỌA MI</strong></div>'
        "<div>Địa chỉ: 25 đường Mậu Thân, phường An Hòa, quận Ninh Kiều, TP. Cần Thơ</div>"
        "<div>Điện thoại: 0292 3 812 345 - Email: mnhoami.ninhkieu@cantho.edu.vn</div>"
        "<div>Chịu trách nhiệm nội dung: Hiệu trưởng Lê Thị Mỹ Dung</div>"
        "<div>© 2026 Bản quyền thuộc Trường Mầm non Họa Mi. Giải pháp website trường học do Viettel cung cấp."
        "</div></div>"
        '<script src="/themes/kg02/js/main.js"></script></body></html>'
    )
    return html(body)


def _breadcrumb(*crumbs: tuple[str, str | None]) -> str:
    items = [f'<a href="{T}/"><i class="fa fa-home"></i> Trang chủ</a>']
    for label, href in crumbs:
        items.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duong-dan">' + ' <span class="sep">›</span> '.join(items) + "</div>"


# --- posts -------------------------------------------------------------------------------------


def _img_tag(s: Story, src: str, width: int = 600) -> str:
    return f'<img alt="{esc(s.title)}" src="{src}" style="width:{width}px;max-width:100%">'


def _div(inner: str) -> str:
    return (
        '<div style="text-align: justify;"><span style="font-family:arial,helvetica,sans-serif;">'
        f'<span style="font-size:14px;">{inner}</span></span></div>'
    )


def render_text(s: Story) -> str:
    out: list[str] = []
    if s.opts.get("sapo_repeat") and s.summary:
        out.append(_div(text(s.summary)))
    blocks = s.blocks
    headings = s.opts.get("heading", set())
    first_p = True
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            if b.style == "gal":
                imgs = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    src = blocks[i].src
                    imgs.append(
                        f'<a class="fancybox" data-fancybox="gal{s.id}" href="{src}" title="{esc(s.title)}">'
                        f"{_img_tag(s, src, 180)}</a>"
                    )
                    i += 1
                out.append(f'<div class="album-bv">{"".join(imgs)}</div>')
                continue
            if b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
                    'style="width:100%"><tbody><tr><td style="text-align:center">'
                    f"{_img_tag(s, b.src)}</td></tr>"
                    f'<tr><td style="text-align:center"><em>{text(b.printed or "")}</em></td></tr>'
                    "</tbody></table>"
                )
            else:  # "below"
                out.append(f'<div style="text-align:center">{_img_tag(s, b.src)}</div>')
                if b.printed:
                    out.append(f'<div style="text-align:center"><em>{text(b.printed)}</em></div>')
            i += 1
        else:
            if b.style == "tr":
                rows = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                    cells = blocks[i].text.split(" | ")
                    tag = "th" if not rows else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{text(c)}</{tag}>" for c in cells) + "</tr>")
                    i += 1
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:'
                    f'collapse"><tbody>{"".join(rows)}</tbody></table>'
                )
                continue
            if b.style == "li":
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    items.append(f"<li><span style=\"font-size:14px;\">{text(blocks[i].text)}</span></li>")
                    i += 1
                out.append(f"<ul>{''.join(items)}</ul>")
                continue
            parts = [b.text]
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                parts.append(blocks[j].text)
                j += 1
            inner = "<br>\n".join(text(p) for p in parts)
            if i in headings:
                out.append(f'<div><span style="font-size:16px;"><strong>{inner}</strong></span></div>')
                out.append("<div>&nbsp;</div>")
            elif first_p and s.opts.get("bold_lead"):
                out.append(_div(f"<strong>{inner}</strong>"))
            else:
                out.append(_div(inner))
            first_p = False
            i = j
    return "\n".join(out)


def article_page(request: Request, s: Story) -> Response:
    cat_name, mod = CATS[int(s.cat)]
    canonical = base_url(request) + post_path(s)
    sapo = (
        f'<div class="mota-bv"><strong>{text(s.summary)}</strong></div>'
        if s.summary and s.sapo_outside
        else ""
    )
    first_img = s.images[0].src if s.images else f"/upload/{TENANT_NUM}/logo/banner.png"
    desc = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    head = (
        f'<link rel="canonical" href="{canonical}">'
        f'<meta name="description" content="{esc(desc[:160])}">'
        f'<meta property="og:title" content="{esc(s.title)}">'
        f'<meta property="og:url" content="{canonical}">'
        f'<meta property="og:image" content="{base_url(request)}{first_img}">'
    )
    others = [o for o in BY_CAT[int(s.cat)] if o.id != s.id][:4]
    other_items = "".join(
        f'<li><a href="{post_path(o, slug=o.opts.get("old_slug"))}">{esc(o.title)}</a> '
        f'<span class="ngay">({day_of(o)})</span></li>'
        for o in others
    )
    main = (
        _breadcrumb((cat_name, f"{T}/chuyen-muc/{s.cat}"))
        + f'<h1 class="mod-tit">{esc(mod)}</h1>'
        + f'<div class="bv-ct" id="bv_{s.id}">'
        + f'<h2 class="tde-bv">{esc(s.title)}</h2>'
        + '<div class="tt-bv">'
        + f'<span class="ngdang"><i class="fa fa-clock-o"></i> {esc(s.opts["date"])}</span>'
        + f' | <span class="lx">Lượt xem: {s.views()}</span>'
        + ' | <span class="nguoidang">Đăng bởi: mnhoami_qt</span></div>'
        + sapo
        + f'<div class="ndung-bv" id="ndung_{s.id}">\n{render_text(s)}\n</div>'
        + f'<div class="capnhat">Cập nhật lần cuối: {esc(s.opts["updated"])}</div>'
        + '<div class="cong-cu"><a href="javascript:window.print()">In bài</a> '
        + '<a href="javascript:history.back()">Quay lại</a> '
        + f'<a href="https://www.facebook.com/sharer/sharer.php?u={canonical}" target="_blank">'
        + '<img src="/themes/kg02/images/fb-share.png" alt="Chia sẻ Facebook"></a> '
        + f'<a href="https://zalo.me/share?u={canonical}"><img src="/themes/kg02/images/zalo.png" alt="Zalo"></a>'
        + "</div>"
        + f'<div class="fb-comments" data-href="{canonical}" data-width="100%">Bình luận</div>'
        + '<div class="tin-khac"><div class="tk-tit">Tin cùng chuyên mục</div>'
        + f"<ul>{other_items}</ul></div>"
        + "</div>"
    )
    return page(request, f"{s.title} - Trường Mầm non Họa Mi", main, head)


# --- listings and home -------------------------------------------------------------------------


def _item(s: Story, tenant: str = TENANT) -> str:
    desc = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return (
        f'<div class="it-tin"><a href="{post_path(s, tenant)}"><img src="/upload/{TENANT_NUM}/thumb/'
        f'{s.opts["thumb"]}" alt="{esc(s.title)}"></a>'
        f'<h3><a href="{post_path(s, tenant)}">{esc(s.title)}</a></h3>'
        f'<span class="ngay">{day_of(s)}</span><p>{esc(desc[:140])}...</p></div>'
    )


def listing(request: Request, cat: int) -> Response | None:
    raw = request.params.get("p", "1")
    if not raw.isdigit():
        return None
    p = int(raw)
    posts = BY_CAT[cat]
    pages = max(1, -(-len(posts) // PAGE_SIZE))
    if not 1 <= p <= pages:
        return None
    chunk = posts[(p - 1) * PAGE_SIZE : p * PAGE_SIZE]
    pager = ""
    if pages > 1:
        links = []
        if p > 1:
            links.append(f'<a href="?p={p - 1}">‹ Trước</a>')
        for n in range(1, pages + 1):
            links.append(f"<span class=\"cur\">{n}</span>" if n == p else f'<a href="?p={n}">{n}</a>')
        if p < pages:
            links.append(f'<a href="?p={p + 1}">Sau ›</a>')
        pager = f'<div class="phan-trang">Trang {p}/{pages}: {" ".join(links)}</div>'
    name = CATS[cat][0]
    main = (
        _breadcrumb((name, None))
        + f'<h1 class="mod-tit">{esc(name.upper())}</h1>'
        + f'<div class="ds-tin">{"".join(_item(s) for s in chunk)}</div>'
        + pager
    )
    return page(request, f"{name} - Trường Mầm non Họa Mi", main)


def home(request: Request) -> Response:
    slider = "".join(
        f'<div class="sl-it"><a href="{post_path(s)}"><img src="{s.images[0].src}" alt="{esc(s.title)}">'
        f"<span>{esc(s.title)}</span></a></div>"
        for s in SLIDER
    )
    newest = "".join(
        f'<li><a href="{post_path(s, TENANT_NUM)}">{esc(s.title)}</a> <span class="ngay">{day_of(s)}</span></li>'
        for s in NEWEST
    )
    blocks = "".join(
        f'<div class="kh-cm"><div class="kh-cm-tit"><a href="{T}/chuyen-muc/{c}">{esc(CATS[c][0])}</a>'
        f'<a class="xt" href="{T}/chuyen-muc/{c}">Xem tất cả »</a></div>'
        f'{"".join(_item(s) for s in BY_CAT[c][:2])}</div>'
        for c in (11, 12, 13)
    )
    main = (
        f'<div class="slider">{slider}</div>'
        f'<div class="pl-moi"><div class="pl-tit">TIN MỚI CẬP NHẬT</div><ul>{newest}</ul></div>'
        f"{blocks}"
    )
    return page(request, "Trường Mầm non Họa Mi - Ninh Kiều - Cần Thơ", main)


# --- other modules -----------------------------------------------------------------------------


def album_page(request: Request, aid: int) -> Response:
    title, day, photos = ALBUMS[aid]
    rows = "".join(
        '<table class="tbl-anh" style="width:100%"><tbody><tr><td style="text-align:center">'
        f'<img src="/upload/{TENANT_NUM}/album/{aid}/{f}" alt="{esc(title)}"></td></tr>'
        f'<tr><td style="text-align:center"><em>{esc(c)}</em></td></tr></tbody></table>'
        for f, c in photos
    )
    others = "".join(
        f'<li><a href="{T}/album/{o}">{esc(a[0])}</a></li>' for o, a in ALBUMS.items() if o != aid
    )
    main = (
        _breadcrumb(("Album ảnh", f"{T}/album"), (title, None))
        + '<h1 class="mod-tit">ALBUM ẢNH</h1><div class="bv-ct">'
        + f'<h2 class="tde-bv">{esc(title)}</h2>'
        + f'<div class="tt-bv"><span class="ngdang">Ngày {day}</span> | <span>{len(photos)} ảnh</span></div>'
        + f'<div class="ndung-bv">{rows}</div>'
        + f'<div class="tin-khac"><div class="tk-tit">Album khác</div><ul>{others}</ul></div></div>'
    )
    return page(request, f"{title} - Trường Mầm non Họa Mi", main)


def album_index(request: Request) -> Response:
    items = "".join(
        f'<div class="alb-it"><a href="{T}/album/{aid}"><img src="/upload/{TENANT_NUM}/album/{aid}/cover.jpg" '
        f'alt="{esc(a[0])}"></a><h3><a href="{T}/album/{aid}">{esc(a[0])}</a></h3><span>{a[1]}</span></div>'
        for aid, a in ALBUMS.items()
    )
    main = _breadcrumb(("Album ảnh", None)) + f'<h1 class="mod-tit">ALBUM ẢNH</h1><div class="ds-alb">{items}</div>'
    return page(request, "Album ảnh - Trường Mầm non Họa Mi", main)


MENU_ROWS = [
    ("Thứ", "Bữa sáng", "Bữa trưa", "Bữa xế"),
    ("Thứ Hai 30/11", "Bún riêu cua", "Cơm, canh chua cá lóc, thịt kho trứng", "Sữa chua"),
    ("Thứ Ba 01/12", "Cháo gà", "Cơm, canh rau ngót, tôm rim", "Bánh bông lan"),
    ("Thứ Tư 02/12", "Hủ tiếu", "Cơm, canh bí, gà xào sả", "Chè đậu xanh"),
    ("Thứ Năm 03/12", "Bánh mì, sữa", "Cơm, canh cải, cá thu sốt cà", "Thanh long"),
    ("Thứ Sáu 04/12", "Nui xào bò", "Cơm, canh mồng tơi, trứng chiên", "Sữa tươi"),
]


def thuc_don(request: Request) -> Response:
    rows = "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in MENU_ROWS
    )
    main = (
        _breadcrumb(("Góc phụ huynh", f"{T}/chuyen-muc/13"), ("Thực đơn tuần", None))
        + '<h1 class="mod-tit">THỰC ĐƠN</h1><div class="bv-ct">'
        + '<h2 class="tde-bv">Thực đơn tuần 13 (từ 30/11/2026 đến 04/12/2026) - Khối Mẫu giáo</h2>'
        + '<div class="tt-bv"><span class="ngdang">07h00 - 30/11/2026</span></div>'
        + '<div class="ndung-bv"><div>Nhà trường xin gửi quý phụ huynh thực đơn của trẻ trong tuần:</div>'
        + f'<table border="1" style="width:100%">{rows}</table>'
        + '<div style="text-align:center">'
        + f'<img src="/upload/{TENANT_NUM}/20261130/thucdon-t13.jpg" alt="Thực đơn tuần 13"></div>'
        + "<div><em>Bếp ăn bán trú Trường Mầm non Họa Mi</em></div></div></div>"
    )
    return page(request, "Thực đơn tuần - Trường Mầm non Họa Mi", main)


def simple(request: Request, title: str, crumb: str, inner: str) -> Response:
    main = (
        _breadcrumb((crumb, None))
        + f'<h1 class="mod-tit">{esc(crumb.upper())}</h1><div class="bv-ct">'
        + f'<h2 class="tde-bv">{esc(title)}</h2><div class="ndung-bv">{inner}</div></div>'
    )
    return page(request, f"{title} - Trường Mầm non Họa Mi", main)


def gioi_thieu(request: Request) -> Response:
    inner = (
        "<div>Trường Mầm non Họa Mi được thành lập năm 1998, tọa lạc tại phường An Hòa, quận Ninh Kiều. "
        "Trường đạt chuẩn quốc gia mức độ 2 năm 2022.</div>"
        "<div>Hiện nay trường có 12 nhóm, lớp với hơn 380 trẻ; 46 cán bộ, giáo viên, nhân viên.</div>"
        f'<div style="text-align:center"><img src="/upload/{TENANT_NUM}/gioithieu/truong.jpg" '
        'alt="Toàn cảnh trường"></div>'
    )
    return simple(request, "Giới thiệu chung về Trường Mầm non Họa Mi", "Giới thiệu", inner)


def doi_ngu(request: Request) -> Response:
    staff = [
        ("Lê Thị Mỹ Dung", "Hiệu trưởng"),
        ("Đặng Thị Thanh Thảo", "Phó Hiệu trưởng"),
        ("Nguyễn Thị Thu Hà", "Giáo viên lớp Chồi 1"),
        ("Trần Ngọc Bích", "Giáo viên lớp Lá 1"),
        ("Phạm Thị Kim Ngân", "Giáo viên lớp Lá 2"),
    ]
    rows = "".join(f"<tr><td>{i}</td><td>{esc(n)}</td><td>{esc(c)}</td></tr>" for i, (n, c) in enumerate(staff, 1))
    inner = f'<table border="1" style="width:100%"><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th></tr>{rows}</table>'
    return simple(request, "Đội ngũ cán bộ, giáo viên", "Giới thiệu", inner)


def lien_he(request: Request) -> Response:
    inner = (
        "<div>Địa chỉ: 25 đường Mậu Thân, phường An Hòa, quận Ninh Kiều, TP. Cần Thơ</div>"
        "<div>Điện thoại: 0292 3 812 345</div><div>Email: mnhoami.ninhkieu@cantho.edu.vn</div>"
        '<iframe src="https://www.google.com/maps/embed?pb=hoami" width="100%" height="300"></iframe>'
    )
    return simple(request, "Liên hệ", "Liên hệ", inner)


def tim_kiem(request: Request) -> Response:
    q = request.params.get("q", "")
    inner = f"<div>Không tìm thấy kết quả nào cho từ khóa “{esc(q)}”.</div>"
    return simple(request, "Kết quả tìm kiếm", "Tìm kiếm", inner)


# --- routing -----------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/upload/", "/themes/")):
            return static_file(path)
        if path == "/":
            return redirect(f"{T}/")
        parts = [p for p in path.split("/") if p]
        if not parts or parts[0] not in TENANTS:
            return None
        rest = parts[1:]
        if not rest:
            if not path.endswith("/"):
                return redirect(f"/{parts[0]}/", 301)
            return home(request)
        head = rest[0]
        if head == "tin-tuc" and len(rest) == 3 and rest[1].isdigit():
            s = BY_ID.get(int(rest[1]))
            if s is None:
                return None
            if rest[2] not in (s.slug, s.opts.get("old_slug")):
                return redirect(post_path(s), 301)
            return article_page(request, s)
        if head == "chuyen-muc" and len(rest) == 2 and rest[1].isdigit() and int(rest[1]) in CATS:
            return listing(request, int(rest[1]))
        if head == "album" and len(rest) == 1:
            return album_index(request)
        if head == "album" and len(rest) == 2 and rest[1].isdigit() and int(rest[1]) in ALBUMS:
            return album_page(request, int(rest[1]))
        if len(rest) == 1:
            handler = {
                "thuc-don": thuc_don,
                "gioi-thieu": gioi_thieu,
                "doi-ngu": doi_ngu,
                "lien-he": lien_he,
                "tim-kiem": tim_kiem,
            }.get(head)
            if handler:
                return handler(request)
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    alts = []
    if s in NEWEST:
        alts.append(post_path(s, TENANT_NUM))
    if s.opts.get("old_slug"):
        alts.append(post_path(s, slug=s.opts["old_slug"]))
    return gold_record(s, post_path(s), CATS[int(s.cat)][0], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    f"{T}/gioi-thieu",
    f"{T}/doi-ngu",
    f"{T}/lien-he",
    f"{T}/thuc-don",
    f"{T}/album/31",
    f"{T}/album/32",
]
