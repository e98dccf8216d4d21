"""WonderCMS 3 (single-file flat PHP CMS), "sky" theme, community Blog plugin: Trường Mầm non
Hoa Sen, thị xã Phú Thọ, tỉnh Phú Thọ.

Platform and URL scheme
-----------------------
WonderCMS keeps every page in one ``database.js``; ``.htaccess`` rewrites ``/<slug>`` to
``index.php?page=<slug>``, so ``/?page=<slug>`` serves the very same page (the editors pasted a few
such links). Pages are ``/<slug>`` and subpages ``/<parent>/<child>`` (``/gioi-thieu``,
``/gioi-thieu/doi-ngu-giao-vien``, ``/thuc-don``, ``/thong-bao``, ``/thong-bao/<child>``,
``/thu-vien-anh``, ``/lien-he``). The Blog plugin answers ``/blog`` (5 posts a page, older posts at
``/blog?page=2``, ``/blog?page=3``: only "Bài cũ hơn »" / "« Bài mới hơn" links, no page numbers)
and ``/blog/<slug>`` for a post. ``/loginURL`` is WonderCMS's login page (password form).

Templates
---------
* every page: top bar with today's date, the sky theme's ``#topMenu`` menu with
  ``subPageDropdown`` sub-menus, a breadcrumb the school's vendor added (``div.dd-path``), the
  content in ``section#intro .inner``, then the theme's editable ``subside`` block (new posts,
  drop-off times, visitor counter, poll, links) and the footer (address, phone, "Đăng nhập").
* WonderCMS page: ``<h1 class="tieude-trang">`` (vendor) + the editor's HTML.
* blog post: ``div.blog-wrap`` > ``h1.bl-tde``, ``div.bl-ngay`` (plugin date ``d F Y`` in
  English, bullet, category label; sometimes "Người đăng: admin"), optional ``div.bl-mota``
  (the post's "description", printed as a bold lead), ``div.bl-noidung`` (Summernote HTML),
  share / print bar and "← Quay lại Tin tức".
* blog listing: ``div.bl-muc`` items (thumbnail, h3 link, ``<small>`` date, cut excerpt,
  "Đọc tiếp »").

How each gold article is reached
--------------------------------
12 blog posts: ``/blog`` lists posts 1-5, ``/blog?page=2`` posts 6-10, ``/blog?page=3`` posts
11-12 (only there: 8, 10, 11, 12 are linked from no other page; 7 also from post 3's
"Xem thêm" line). The ``subside`` block on every
page links the 5 newest posts; the home page's "Tin nổi bật" links posts 2, 6 and 9 in the legacy
``/?page=blog/<slug>`` form. The 13th article is a WonderCMS page, not a post: the admission
notice ``/thong-bao/tuyen-sinh-nam-hoc-2027-2028``, linked from the "Thông báo" drop-down and
from the ``/thong-bao`` page.

Traps
-----
1. Dates in English: the Blog plugin prints ``date('d F Y')`` ("04 December 2026"), no time ->
   the day alone ("2026-12-04"); the top bar's "Thứ Bảy, 05/12/2026" is never a date; the
   "Cập nhật lúc 16:20 ngày 29/11/2026" line under post 3 is an update, not the publication.
2. Legacy query links: the home page links three posts as ``/?page=blog/<slug>`` (WonderCMS's
   un-rewritten form); they serve the same post -> listed in ``alt_paths``, canonical
   ``/blog/<slug>``. No ``rel=canonical`` is printed (WonderCMS prints none).
3. Pagination by "older/newer" text links only: posts 8, 10, 11, 12 are reachable only
   through ``/blog?page=2`` / ``?page=3`` (7 also through a "Xem thêm" link); ``/blog?page=1`` is the same listing as ``/blog``.
4. An article outside the blog: the admission notice is a WonderCMS subpage printed as an
   official document (letterhead table, "Số: 45/TB-MNHS", "Phú Thọ, ngày 30 tháng 11 năm
   2026", "THÔNG BÁO / Về việc …", "Nơi nhận", "HIỆU TRƯỞNG" + name). Gold: date
   "2026-11-30", author the signer "Nguyễn Thị Thu Hà", body only the numbered text; the
   PDF attachment line is not body; category "Thông báo".
5. Chrome that reads like text: the sky theme's editable ``subside`` block follows the article
   inside the same ``#wrapper`` with plain ``<p>`` paragraphs ("Giờ đón trẻ …", a poll, the
   counter "Đang online / Hôm nay / Tổng truy cập") -> never body.
6. The plugin's "description" is printed as a bold lead in ``div.bl-mota`` above the text on
   some posts -> summary and first body paragraph; a bold first paragraph inside the text
   (post 3) is a sapo too; the listing's cut excerpt ("…") and the site-wide meta description
   are not sapos (summary null for the others).
7. Bylines at the end of the text, right-aligned, in several shapes: "Tin, ảnh: Nguyễn Thị Lan
   (GV lớp Lá 2)" -> authors and photographers [Nguyễn Thị Lan]; "Bài: Trần Thu Trang - Ảnh:
   Lê Minh Đức" -> [Trần Thu Trang] / [Lê Minh Đức]; "ThS. Phạm Thị Hồng Nhung - Phó Hiệu
   trưởng" -> [Phạm Thị Hồng Nhung]; "Tổ Văn phòng" alone -> [Tổ Văn phòng]; "Tin: Đỗ Văn
   Khải, nhân viên y tế" -> [Đỗ Văn Khải]; "Người đăng: admin" in the date line -> nobody.
8. Captions as the editor typed them: a centred italic paragraph after the image with the
   caption in parentheses (gold drops them), a one-cell table under the image (post 8), an
   "Ảnh: Lê Minh Đức" line that only credits (caption None, photographer), and an image with
   no line at all (caption None).
9. Text forms: post 5 was pasted from a Mac in NFD (gold NFC) and is a nursery rhyme written with
   ``<br>`` line breaks (each line a paragraph); post 12 was saved with HTML entities
   (``&agrave;``, ``&#7897;``); post 7 starts its lines with an emoji drawn as ``<img alt="👉">``
   (a bullet, no text); post 1's title carries a typed emoji "🎨 " (kept).
10. Closing lines that are not text: "Xem thêm: <link>" (post 3), "Nguồn: Trung tâm Y tế thị xã
    Phú Thọ" -> source, "Theo Viện Dinh dưỡng Quốc gia" -> source "Viện Dinh dưỡng Quốc gia";
    a table of prize winners (post 2) is text, rows "cell | cell"; post 6 keeps its "[1]"
    footnote calls and its "Tài liệu tham khảo" list.

Gold decisions on ambiguous points
----------------------------------
* category of a post: the last breadcrumb crumb, which is the plugin's category label also
  printed after the date ("Hoạt động của bé", "Nuôi dạy trẻ", "Tin nhà trường"); the menu item
  "Tin tức" is the blog itself, not the category. The notice: "Thông báo" (its parent page).
* the notice's title is the page title the theme prints in ``h1.tieude-trang``, not the
  document's "THÔNG BÁO / Về việc …" lines.
* ``/loginURL`` is not a content page: neither an article nor in NON_ARTICLES.
* The home page, ``/blog`` and its pages are listings (neither gold nor NON_ARTICLES).
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "wondercms_mamnon"
PLATFORM = "WonderCMS 3 (sky theme, Blog plugin)"
START_PATH = "/"

SITE = "Trường Mầm non Hoa Sen"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
F = "/data/files/"

_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]


def en_date(day: str) -> str:
    """The Blog plugin's ``date('d F Y')``: "04 December 2026"."""
    y, m, d = day.split("-")
    return f"{d} {_MONTHS[int(m) - 1]} {y}"


# --- the 12 blog posts (newest first) --------------------------------------------------------

POSTS: list[Story] = [
    Story(
        1, "ngay-hoi-ve-tranh-mua-dong-am-ap",
        "🎨 Ngày hội vẽ tranh “Mùa đông ấm áp” của bé", "Hoạt động của bé", "2026-12-04",
        [
            P("Sáng ngày 03/12/2026, tại sân trường, các bé khối Mẫu giáo lớn đã tham gia ngày hội "
              "vẽ tranh với chủ đề “Mùa đông ấm áp” trong không khí vui tươi, sôi nổi."),
            Img(F + "2026/12/ve-tranh-1.jpg", "(Các bé lớp Lá 2 say sưa với những nét vẽ đầu tiên)",
                "Các bé lớp Lá 2 say sưa với những nét vẽ đầu tiên"),
            P("Mỗi bé được chuẩn bị giấy vẽ khổ lớn, bút sáp màu và màu nước. Dưới sự hướng dẫn "
              "của cô giáo, các bé tự chọn ý tưởng: người tuyết, chiếc áo len của mẹ, bữa cơm "
              "gia đình bên bếp lửa."),
            P("Kết thúc ngày hội, 24 bức tranh đẹp nhất được chọn trưng bày tại hành lang tầng 1 "
              "để phụ huynh cùng chiêm ngưỡng khi đón trẻ."),
            Img(F + "2026/12/ve-tranh-2.jpg", "(Tranh của bé được trưng bày tại hành lang)",
                "Tranh của bé được trưng bày tại hành lang"),
            Raw('<p style="text-align: right;"><b>Tin, ảnh: Nguyễn Thị Lan</b> (GV lớp Lá 2)</p>'),
        ],
        authors=["Nguyễn Thị Lan"], photographers=["Nguyễn Thị Lan"],
        summary="Ngày hội giúp các bé phát triển khả năng cảm thụ cái đẹp và thể hiện tình yêu "
                "thương với gia đình qua từng nét vẽ.",
        sapo_outside=True,
    ),
    Story(
        2, "hoi-thi-be-khoe-be-ngoan-cap-truong",
        "Hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026 - 2027", "Tin nhà trường",
        "2026-12-02",
        [
            P("Thực hiện kế hoạch năm học 2026 - 2027, ngày 01/12/2026 Trường Mầm non Hoa Sen tổ "
              "chức Hội thi “Bé khỏe – Bé ngoan” cho trẻ 4 - 5 tuổi."),
            P("Hội thi gồm ba phần: chào hỏi, vận động theo nhạc và thi kể chuyện theo tranh. "
              "Mười hai lớp với 36 bé đã tham gia."),
            Img(F + "2026/12/be-khoe-1.jpg", "Ảnh: Lê Minh Đức", None, "credit"),
            P("Kết quả hội thi:", "h"),
            P("Lớp | Giải", "row"),
            P("Lá 1 | Giải Nhất", "row"),
            P("Chồi 3 | Giải Nhì", "row"),
            P("Lá 2 | Giải Ba", "row"),
            P("Ban giám hiệu đã trao giấy khen và phần quà cho các lớp đạt giải."),
            Raw('<p style="text-align: right;"><i>Bài: Trần Thu Trang - Ảnh: Lê Minh Đức</i></p>'),
        ],
        authors=["Trần Thu Trang"], photographers=["Lê Minh Đức"],
    ),
    Story(
        3, "phong-chong-benh-tay-chan-mieng-mua-dong",
        "Phòng chống bệnh tay chân miệng cho trẻ mầm non mùa đông", "Nuôi dạy trẻ", "2026-11-28",
        [
            P("Bệnh tay chân miệng có thể bùng phát quanh năm, nhà trường đề nghị phụ huynh phối "
              "hợp thực hiện các biện pháp phòng bệnh sau đây.", "lead"),
            P("Thường xuyên rửa tay cho trẻ bằng xà phòng dưới vòi nước chảy.", "li"),
            P("Lau rửa đồ chơi, sàn nhà bằng dung dịch sát khuẩn.", "li"),
            P("Không cho trẻ dùng chung khăn mặt, cốc uống nước.", "li"),
            P("Khi trẻ sốt, loét miệng, nổi ban ở tay chân, phụ huynh cho trẻ nghỉ học và đưa đi "
              "khám, đồng thời báo cho giáo viên chủ nhiệm."),
            Raw('<p>Xem thêm: <a href="/blog/goi-y-thuc-don-bua-sang-cho-tre">Gợi ý thực đơn bữa '
                'sáng giàu dinh dưỡng cho trẻ 3 - 5 tuổi</a></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Trung tâm Y tế thị xã Phú Thọ</em></p>'),
            Raw('<p style="color:#888;font-size:12px">Cập nhật lúc 16:20 ngày 29/11/2026</p>'),
        ],
        source="Trung tâm Y tế thị xã Phú Thọ",
        summary="Bệnh tay chân miệng có thể bùng phát quanh năm, nhà trường đề nghị phụ huynh "
                "phối hợp thực hiện các biện pháp phòng bệnh sau đây.",
    ),
    Story(
        4, "be-hoc-dong-dao-dung-dang-dung-de",
        "Bé học bài đồng dao “Dung dăng dung dẻ”", "Hoạt động của bé", "2026-11-25",
        [
            P("Trong tiết học làm quen văn học, cô và các bé lớp Mầm 2 cùng đọc bài đồng dao quen "
              "thuộc:"),
            P("Dung dăng dung dẻ", "verse"),
            P("Dắt trẻ đi chơi", "verse"),
            P("Đến cổng nhà trời", "verse"),
            P("Lạy cậu lạy mợ", "verse"),
            Raw("<p>&nbsp;</p>"),
            P("Cho cháu về quê", "verse"),
            P("Cho dê đi học", "verse"),
            P("Các bé vừa đọc vừa nắm tay nhau đi thành vòng tròn, đến câu cuối cùng thì ngồi xuống "
              "thật nhanh, cả lớp cười vang."),
        ],
        opts={"nfd": True, "poster": "admin"},
    ),
    Story(
        5, "ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026", "Tin nhà trường", "2026-11-20",
        [
            P("Sáng 20/11/2026, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
              "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."),
            P("Đến dự có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thị xã, Đảng ủy phường Hùng "
              "Vương cùng Ban đại diện cha mẹ trẻ em nhà trường."),
            Img(F + "2026/11/20-11-van-nghe.jpg", "(Tiết mục văn nghệ chào mừng của tập thể giáo viên)",
                "Tiết mục văn nghệ chào mừng của tập thể giáo viên"),
            P("Nhân dịp này, nhà trường khen thưởng 9 giáo viên đạt danh hiệu giáo viên dạy giỏi "
              "cấp trường năm học 2025 - 2026."),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
    ),
    Story(
        6, "chuyen-de-lay-tre-lam-trung-tam",
        "Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”", "Tin nhà trường", "2026-11-18",
        [
            P("Ngày 17/11/2026, tổ chuyên môn nhà trường tổ chức sinh hoạt chuyên đề “Xây dựng "
              "trường mầm non lấy trẻ làm trung tâm” giai đoạn 2026 - 2030.[1]"),
            P("Các giáo viên đã trao đổi cách tổ chức môi trường lớp học mở, để trẻ được lựa chọn "
              "góc chơi và tự trải nghiệm.[2]"),
            P("Tài liệu tham khảo", "h"),
            P("[1] Bộ GD&ĐT, Chuyên đề xây dựng trường mầm non lấy trẻ làm trung tâm, 2021.", "li"),
            P("[2] Sở GD&ĐT Phú Thọ, Hướng dẫn nhiệm vụ giáo dục mầm non năm học 2026 - 2027.", "li"),
            Raw('<p style="text-align: right;"><b>ThS. Phạm Thị Hồng Nhung - Phó Hiệu trưởng</b></p>'),
        ],
        authors=["Phạm Thị Hồng Nhung"],
    ),
    Story(
        7, "goi-y-thuc-don-bua-sang-cho-tre",
        "Gợi ý thực đơn bữa sáng giàu dinh dưỡng cho trẻ 3 - 5 tuổi", "Nuôi dạy trẻ", "2026-11-12",
        [
            P("Bữa sáng cung cấp khoảng 25% năng lượng cả ngày của trẻ. Dưới đây là một số gợi ý "
              "để cha mẹ thay đổi món cho bé."),
            P("Thứ Hai: cháo thịt bằm, rau ngót và một cốc sữa.", "bullet"),
            P("Thứ Ba: bánh mì trứng ốp la, chuối chín.", "bullet"),
            P("Thứ Tư: phở gà, nước cam.", "bullet"),
            P("Cha mẹ nên cho trẻ ăn sáng trước 7 giờ 30 để trẻ có đủ năng lượng cho các hoạt "
              "động ở lớp."),
            Raw('<p style="text-align: right;"><i>Theo Viện Dinh dưỡng Quốc gia</i></p>'),
        ],
        source="Viện Dinh dưỡng Quốc gia",
    ),
    Story(
        8, "phu-huynh-du-tiet-hoc-mo-lop-mam-1",
        "Phụ huynh tham gia tiết học mở tại lớp Mầm 1", "Hoạt động của bé", "2026-11-06",
        [
            P("Nhằm giúp phụ huynh hiểu hơn về chương trình giáo dục mầm non, lớp Mầm 1 tổ chức "
              "tiết học mở với chủ đề “Bé và gia đình”."),
            Img(F + "2026/11/tiet-hoc-mo-1.jpg", None, None, "none"),
            P("Phụ huynh cùng con chơi trò chơi “Ai nhanh hơn”, cùng nặn đất và hát bài “Cả nhà "
              "thương nhau”."),
            Img(F + "2026/11/tiet-hoc-mo-2.jpg", "Cô Hoàng Thu Hương hướng dẫn bé và mẹ cùng nặn đất",
                "Cô Hoàng Thu Hương hướng dẫn bé và mẹ cùng nặn đất", "table"),
            P("Nhiều phụ huynh cho biết rất bất ngờ trước sự tự tin, mạnh dạn của con khi ở lớp."),
        ],
    ),
    Story(
        9, "dien-tap-phong-chay-chua-chay-2026",
        "Diễn tập phòng cháy chữa cháy và cứu nạn, cứu hộ năm 2026", "Tin nhà trường", "2026-10-30",
        [
            P("Chiều 29/10/2026, nhà trường phối hợp với Công an thị xã Phú Thọ tổ chức diễn tập "
              "phương án phòng cháy chữa cháy và cứu nạn, cứu hộ."),
            P("Tình huống giả định: cháy tại bếp ăn tầng 1. Cán bộ, giáo viên nhanh chóng sơ tán "
              "trẻ ra sân trường an toàn trong 4 phút."),
            Img(F + "2026/10/dien-tap-pccc.jpg", "(Lực lượng chữa cháy tại chỗ phun nước dập lửa)",
                "Lực lượng chữa cháy tại chỗ phun nước dập lửa"),
            P("Qua buổi diễn tập, cán bộ, giáo viên, nhân viên được nâng cao kỹ năng xử lý khi có "
              "sự cố cháy nổ xảy ra."),
            Raw('<p style="text-align: right;">Tin: <b>Đỗ Văn Khải</b>, nhân viên y tế</p>'),
        ],
        authors=["Đỗ Văn Khải"],
    ),
    Story(
        10, "hoi-nghi-cong-chuc-vien-chuc-2026-2027",
        "Trường Mầm non Hoa Sen tổ chức Hội nghị viên chức, người lao động năm học 2026 - 2027",
        "Tin nhà trường", "2026-10-22",
        [
            P("Hội nghị đã thông qua báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ "
              "năm học mới và quy chế chi tiêu nội bộ."),
            P("100% viên chức, người lao động ký cam kết thi đua thực hiện tốt nhiệm vụ năm học."),
        ],
        summary="Ngày 21/10/2026, Trường Mầm non Hoa Sen tổ chức Hội nghị viên chức, người lao động "
                "với sự tham dự của 42 cán bộ, giáo viên, nhân viên.",
        sapo_outside=True,
    ),
    Story(
        11, "be-lam-thiep-tang-ba-tang-me-20-10",
        "Bé làm thiệp tặng bà, tặng mẹ nhân ngày 20/10", "Hoạt động của bé", "2026-10-19",
        [
            P("Hướng tới Ngày Phụ nữ Việt Nam 20/10, các bé khối Chồi đã tự tay làm những tấm thiệp "
              "xinh xắn tặng bà, tặng mẹ."),
            Img(F + "2026/10/thiep-20-10.jpg", "(Những tấm thiệp do bé tự làm)",
                "Những tấm thiệp do bé tự làm"),
            P("Từ giấy màu, hồ dán và kim tuyến, các bé cắt dán bông hoa, trái tim và nhờ cô viết "
              "lời chúc."),
            Raw('<p style="text-align: right;"><b>Tin, ảnh: Nguyễn Thị Lan</b></p>'),
        ],
        authors=["Nguyễn Thị Lan"], photographers=["Nguyễn Thị Lan"],
    ),
    Story(
        12, "giup-tre-het-so-hai-nhung-ngay-dau-den-lop",
        "Cách giúp trẻ hết sợ hãi trong những ngày đầu đến lớp", "Nuôi dạy trẻ", "2026-10-14",
        [
            P("Khóc, bám mẹ, không chịu ăn là biểu hiện thường gặp ở trẻ những ngày đầu đi học."),
            P("Trò chuyện với trẻ về trường lớp", "h"),
            P("Trước khi đến lớp, cha mẹ nên kể cho trẻ nghe về cô giáo, về các bạn và đồ chơi ở "
              "trường."),
            P("“Hãy chào tạm biệt con ngắn gọn và đúng hẹn quay lại đón con” - lời khuyên của "
              "các cô giáo lâu năm.", "quote"),
            P("Sự kiên nhẫn của gia đình và nhà trường sẽ giúp trẻ sớm hòa nhập."),
        ],
        opts={"entities": 1},
    ),
]

# --- the notice: a WonderCMS subpage printed as an official document ------------------------------

NOTICE = Story(
    13, "thong-bao/tuyen-sinh-nam-hoc-2027-2028",
    "Thông báo tuyển sinh năm học 2027 - 2028", "Thông báo", "2026-11-30",
    [
        P("Căn cứ Kế hoạch tuyển sinh năm học 2027 - 2028 của Phòng Giáo dục và Đào tạo thị xã "
          "Phú Thọ, Trường Mầm non Hoa Sen thông báo tuyển sinh như sau:"),
        P("1. Đối tượng: trẻ sinh năm 2022, 2023, 2024 và trẻ từ 12 tháng tuổi sinh năm 2025."),
        P("2. Chỉ tiêu: 6 lớp với 180 trẻ."),
        P("3. Thời gian nhận hồ sơ: từ ngày 05/01/2027 đến hết ngày 31/01/2027, trong giờ hành "
          "chính."),
        P("Đề nghị cha mẹ trẻ liên hệ văn phòng nhà trường để được hướng dẫn."),
    ],
    authors=["Nguyễn Thị Thu Hà"],
)

STORIES = [*POSTS, NOTICE]
ALBUM_IMAGES = ["2026/09/khai-giang-1.jpg", "2026/09/khai-giang-2.jpg", "2026/10/trung-thu-1.jpg"]
LEGACY_LINKED = (2, 6, 9)


def post_path(story: Story) -> str:
    return f"/blog/{story.slug}"


# --- rendering the text ------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=int(story.opts.get("entities", 0)))


def _img(img: Img, story: Story) -> str:
    tag = f'<img src="{esc(img.src)}" style="width: 600px;" data-filename="{esc(img.src.rsplit("/", 1)[1])}">'
    if img.style == "none" or img.printed is None:
        return f'<p style="text-align: center;">{tag}</p>'
    if img.style == "table":
        return (
            '<table border="0" cellpadding="2" align="center" style="width:600px"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align:center;font-size:13px">{_t(story, img.printed)}</td></tr>'
            "</tbody></table>"
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: right;"><i>{_t(story, img.printed)}</i></p>'
        )
    return (
        f'<p style="text-align: center;">{tag}</p>\n'
        f'<p style="text-align: center;"><em>{_t(story, img.printed)}</em></p>'
    )


def render_blocks(story: Story) -> str:
    out: list[str] = []
    group: list[P] = []
    kind = ""

    def flush() -> None:
        nonlocal group, kind
        if not group:
            return
        if kind == "verse":
            out.append("<p>" + "<br>\n".join(_t(story, p.text) for p in group) + "</p>")
        elif kind == "li":
            out.append("<ul>" + "".join(f"<li>{_t(story, p.text)}</li>" for p in group) + "</ul>")
        elif kind == "row":
            rows = []
            for i, p in enumerate(group):
                cells = p.text.split(" | ")
                if i == 0:
                    rows.append("<tr>" + "".join(f"<td><b>{_t(story, c)}</b></td>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{_t(story, c)}</td>" for c in cells) + "</tr>")
            out.append('<table class="table table-bordered" style="width:70%"><tbody>'
                       + "".join(rows) + "</tbody></table>")
        group, kind = [], ""

    for block in story.blocks:
        if isinstance(block, P) and block.style in ("verse", "li", "row"):
            if kind != block.style:
                flush()
            kind = block.style
            group.append(block)
            continue
        flush()
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(_img(block, story))
        elif block.style == "h":
            out.append(f"<p><b><span style=\"font-size: 18px;\">{_t(story, block.text)}</span></b></p>")
        elif block.style == "lead":
            out.append(f"<p><b>{_t(story, block.text)}</b></p>")
        elif block.style == "quote":
            out.append(f"<blockquote><p>{_t(story, block.text)}</p></blockquote>")
        elif block.style == "bullet":
            out.append(f'<p><img src="{F}icon/tro-tay.png" alt="👉" style="width:18px"> '
                       f"{_t(story, block.text)}</p>")
        else:
            out.append(f'<p style="text-align: justify;">{_t(story, block.text)}</p>')
    flush()
    return "\n".join(out)


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu/doi-ngu-giao-vien", "Đội ngũ giáo viên")]),
    ("/blog", "Tin tức", []),
    ("/thong-bao", "Thông báo", [(f"/{NOTICE.slug}", "Tuyển sinh 2027 - 2028")]),
    ("/thuc-don", "Thực đơn", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu(current: str) -> str:
    items = []
    for href, label, subs in MENU:
        active = " active" if href == current else ""
        if subs:
            sub = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(lbl)}</a></li>'
                          for h, lbl in subs)
            items.append(f'<li class="nav-item subpage-nav{active}"><a class="nav-link" href="{href}">'
                         f'{esc(label)} <i class="arrow down"></i></a><ul class="subPageDropdown">{sub}</ul></li>')
        else:
            items.append(f'<li class="nav-item{active}"><a class="nav-link" href="{href}">{esc(label)}</a></li>')
    return "\n".join(items)


def _subside() -> str:
    newest = "".join(f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in POSTS[:5])
    return f"""
<div id="subside" class="editText editable">
<div class="row">
<div class="col-md-4">
<h3>Bài viết mới</h3>
<ul class="ds-moi">{newest}</ul>
</div>
<div class="col-md-4">
<h3>Giờ đón - trả trẻ</h3>
<p>Giờ đón trẻ buổi sáng từ 6 giờ 45 đến 7 giờ 45. Giờ trả trẻ buổi chiều từ 16 giờ 30 đến 17 giờ 15.</p>
<p>Phụ huynh đón trẻ muộn vui lòng báo trước cho giáo viên chủ nhiệm qua nhóm Zalo của lớp.</p>
<h3>Thăm dò ý kiến</h3>
<form action="#" onsubmit="return false;">
<p>Phụ huynh đánh giá thế nào về bữa ăn bán trú của nhà trường?</p>
<label><input type="radio" name="bc" value="1"> Rất hài lòng</label><br>
<label><input type="radio" name="bc" value="2"> Hài lòng</label><br>
<label><input type="radio" name="bc" value="3"> Cần cải thiện</label><br>
<button type="button">Bình chọn</button>
</form>
</div>
<div class="col-md-4">
<h3>Liên kết</h3>
<p><a href="https://pgdphutho.edu.vn" target="_blank">Phòng GD&amp;ĐT thị xã Phú Thọ</a><br>
<a href="https://phutho.edu.vn" target="_blank">Sở GD&amp;ĐT Phú Thọ</a><br>
<a href="https://www.facebook.com/mamnonhoasenphutho" target="_blank">Fanpage nhà trường</a></p>
<h3>Thống kê truy cập</h3>
<p>Đang online: 7<br>Hôm nay: 184<br>Tổng truy cập: 125.906</p>
</div>
</div>
</div>"""


def page(title: str, current: str, crumbs: list[tuple[str | None, str]], content: str,
         description: str = "") -> Response:
    trail = " › ".join(f'<a href="{h}">{esc(lbl)}</a>' if h else f"<span>{esc(lbl)}</span>"
                       for h, lbl in crumbs)
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {SITE}</title>
<meta name="description" content="{esc(description or 'Trường Mầm non Hoa Sen, thị xã Phú Thọ: yêu thương - an toàn - sáng tạo')}">
<meta name="keywords" content="mầm non, hoa sen, phú thọ, tuyển sinh mầm non">
<meta property="og:title" content="{esc(title)}">
<link rel="stylesheet" href="/themes/sky/css/style.css">
<link rel="stylesheet" href="/plugins/blog/css/blog.css">
<link rel="icon" href="/data/files/favicon.ico">
</head>
<body>
<div class="thanh-tren"><div class="inner"><span class="ngay-hn">{TODAY_LINE}</span>
<span class="hotline">Hotline: 0210 3 822 468</span></div></div>
<section id="topMenu">
<div class="inner">
<nav>
<ul class="menu">
<li id="siteTitle"><a href="/"><img src="/data/files/logo-hoa-sen.png" alt="Logo" height="40"> {SITE}</a></li>
{_menu(current)}
</ul>
</nav>
</div>
</section>
<div id="wrapper">
<div class="dd-path inner">{trail}</div>
<section id="intro" class="wrapper style1">
<div class="inner">
{content}
</div>
</section>
<section class="wrapper style2">
<div class="inner">
{_subside()}
</div>
</section>
</div>
<footer>
<div class="inner">
<div id="footer" class="editText"><p><b>TRƯỜNG MẦM NON HOA SEN</b><br>
Địa chỉ: Khu 5, phường Hùng Vương, thị xã Phú Thọ, tỉnh Phú Thọ<br>
Điện thoại: 0210 3 822 468 - Email: mnhoasen.phutho@gmail.com</p>
<p>©2026 {SITE}</p></div>
<p>Powered by <a href="https://www.wondercms.com" target="_blank">WonderCMS</a> · <a href="/loginURL">Đăng nhập</a></p>
</div>
</footer>
<script src="/themes/sky/js/script.js"></script>
</body>
</html>
"""
    return html(doc)


# --- pages ----------------------------------------------------------------------------------------


def post_page(story: Story, request: Request) -> Response:
    poster = story.opts.get("poster")
    meta = f'<i class="far fa-calendar-alt"></i> {en_date(story.published_at)} <span class="bl-cm">• {esc(story.cat)}</span>'
    if poster:
        meta += f' <span class="bl-ng">• Người đăng: {esc(poster)}</span>'
    lead = ""
    if story.summary and story.sapo_outside:
        lead = f'<div class="bl-mota"><strong>{_t(story, story.summary)}</strong></div>\n'
    share = f"http://{request.headers.get('Host', '127.0.0.1')}{post_path(story)}"
    content = f"""<div class="blog-wrap">
<div class="bl-dau">
<h1 class="bl-tde">{_t(story, story.title)}</h1>
<div class="bl-ngay">{meta}</div>
</div>
{lead}<div class="bl-noidung">
{render_blocks(story)}
</div>
<div class="bl-chiase">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={esc(share)}" target="_blank"><img src="/plugins/blog/img/fb.png" alt="Facebook"></a>
<a href="javascript:window.print()"><img src="/plugins/blog/img/print.png" alt="In bài"> In bài</a></div>
<p class="bl-quaylai"><a href="/blog">← Quay lại Tin tức</a></p>
</div>"""
    crumbs = [("/", "Trang chủ"), ("/blog", "Tin tức"), (None, story.cat)]
    return page(story.title, "/blog", crumbs, content)


def _excerpt(story: Story) -> str:
    first = story.summary if story.sapo_outside else next(b.text for b in story.blocks if isinstance(b, P))
    return first[:110].rsplit(" ", 1)[0] + "…"


def blog_page(number: int) -> Response | None:
    pages = (len(POSTS) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= number <= pages:
        return None
    chunk = POSTS[(number - 1) * PER_PAGE: number * PER_PAGE]
    items = []
    for s in chunk:
        thumb = s.images[0].src if s.images else F + "khong-anh.jpg"
        items.append(f"""<div class="bl-muc">
<a href="{post_path(s)}"><img src="{thumb}" class="bl-anhnho" width="180" alt=""></a>
<h3><a href="{post_path(s)}">{esc(s.title)}</a></h3>
<small>{en_date(s.published_at)}</small>
<p>{esc(_excerpt(s))}</p>
<a href="{post_path(s)}" class="bl-xem">Đọc tiếp »</a>
</div>""")
    nav = []
    if number > 1:
        prev = "/blog" if number == 2 else f"/blog?page={number - 1}"
        nav.append(f'<a href="{prev}">« Bài mới hơn</a>')
    if number < pages:
        nav.append(f'<a href="/blog?page={number + 1}">Bài cũ hơn »</a>')
    content = ('<div class="blog-wrap"><h1 class="bl-tde">Tin tức</h1>\n' + "\n".join(items)
               + f'\n<div class="bl-trang">{" &nbsp; ".join(nav)}</div></div>')
    return page("Tin tức", "/blog", [("/", "Trang chủ"), (None, "Tin tức")], content)


def home_page() -> Response:
    hot = "".join(
        f'<li><a href="/?page=blog/{POSTS[i - 1].slug}">{esc(POSTS[i - 1].title)}</a></li>'
        for i in LEGACY_LINKED
    )
    content = f"""<h1 class="tieude-trang">Chào mừng đến với {SITE}</h1>
<p style="text-align:center"><img src="{F}banner-truong.jpg" alt="Trường Mầm non Hoa Sen" style="width:100%"></p>
<p>Trường Mầm non Hoa Sen được thành lập năm 1985, là trường chuẩn quốc gia mức độ 2 của thị xã Phú Thọ.
Nhà trường luôn lấy trẻ làm trung tâm, xây dựng môi trường yêu thương, an toàn.</p>
<h2>Tin nổi bật</h2>
<ul>{hot}</ul>
<p><a href="/blog">Xem tất cả tin tức »</a></p>"""
    return page("Trang chủ", "/", [(None, "Trang chủ")], content)


def notice_page() -> Response:
    s = NOTICE
    body = "\n".join(f'<p style="text-align: justify;">{esc(p.text)}</p>' for p in s.blocks)
    content = f"""<h1 class="tieude-trang">{esc(s.title)}</h1>
<table style="width:100%" border="0"><tbody>
<tr><td style="text-align:center;width:45%">UBND THỊ XÃ PHÚ THỌ<br><b>TRƯỜNG MẦM NON HOA SEN</b></td>
<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b></td></tr>
<tr><td style="text-align:center">Số: 45/TB-MNHS</td>
<td style="text-align:center"><i>Phú Thọ, ngày 30 tháng 11 năm 2026</i></td></tr>
</tbody></table>
<p style="text-align:center"><b>THÔNG BÁO</b></p>
<p style="text-align:center"><b>Về việc tuyển sinh trẻ mầm non năm học 2027 - 2028</b></p>
{body}
<table style="width:100%" border="0"><tbody>
<tr><td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Phòng GD&amp;ĐT (b/c);<br>- Cha mẹ trẻ;<br>- Lưu: VT.</td>
<td style="text-align:center;vertical-align:top"><b>HIỆU TRƯỞNG</b><br><br><br><b>Nguyễn Thị Thu Hà</b></td></tr>
</tbody></table>
<p>File đính kèm: <a href="{F}tb-tuyen-sinh-2027-2028.pdf">tb-tuyen-sinh-2027-2028.pdf</a></p>"""
    crumbs = [("/", "Trang chủ"), ("/thong-bao", "Thông báo"), (None, s.title)]
    return page(s.title, "/thong-bao", crumbs, content)


def _static_pages() -> dict[str, tuple[str, str, list, str]]:
    """slug -> (title, menu, crumbs, content) of the plain WonderCMS pages (not articles)."""
    gt = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu")]
    album = "".join(f'<a href="{F}{p}"><img src="{F}{p}" width="240" alt="Ảnh hoạt động"></a>\n'
                    for p in ALBUM_IMAGES)
    return {
        "gioi-thieu": ("Giới thiệu", "/gioi-thieu", [("/", "Trang chủ"), (None, "Giới thiệu")],
                       "<h1 class=\"tieude-trang\">Giới thiệu</h1>\n"
                       "<p>Trường Mầm non Hoa Sen nằm tại trung tâm phường Hùng Vương, thị xã Phú Thọ. "
                       "Năm học 2026 - 2027 nhà trường có 12 nhóm, lớp với 356 trẻ và 42 cán bộ, giáo "
                       "viên, nhân viên.</p>\n<p>Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2023 và "
                       "kiểm định chất lượng giáo dục cấp độ 3.</p>\n"
                       "<p><a href=\"/gioi-thieu/doi-ngu-giao-vien\">Đội ngũ giáo viên »</a></p>"),
        "gioi-thieu/doi-ngu-giao-vien": (
            "Đội ngũ giáo viên", "/gioi-thieu", [*gt, (None, "Đội ngũ giáo viên")],
            "<h1 class=\"tieude-trang\">Đội ngũ giáo viên</h1>\n<table class=\"table\"><tbody>"
            "<tr><td><b>Họ và tên</b></td><td><b>Chức vụ</b></td></tr>"
            "<tr><td>Nguyễn Thị Thu Hà</td><td>Hiệu trưởng</td></tr>"
            "<tr><td>Phạm Thị Hồng Nhung</td><td>Phó Hiệu trưởng</td></tr>"
            "<tr><td>Nguyễn Thị Lan</td><td>Giáo viên lớp Lá 2</td></tr>"
            "</tbody></table>"),
        "thong-bao": ("Thông báo", "/thong-bao", [("/", "Trang chủ"), (None, "Thông báo")],
                      "<h1 class=\"tieude-trang\">Thông báo</h1>\n<ul>"
                      f"<li><a href=\"/{NOTICE.slug}\">Thông báo tuyển sinh năm học 2027 - 2028</a> (30/11/2026)</li>"
                      f"<li><a href=\"{F}lich-nghi-tet-duong-lich-2027.pdf\">Lịch nghỉ Tết Dương lịch 2027</a> (PDF)</li>"
                      "</ul>"),
        "thuc-don": ("Thực đơn", "/thuc-don", [("/", "Trang chủ"), (None, "Thực đơn")],
                     "<h1 class=\"tieude-trang\">Thực đơn tuần 14 (30/11 - 04/12/2026)</h1>\n"
                     "<table class=\"table table-bordered\"><tbody>"
                     "<tr><td><b>Thứ</b></td><td><b>Bữa trưa</b></td><td><b>Bữa chiều</b></td></tr>"
                     "<tr><td>Thứ Hai</td><td>Cơm, thịt kho trứng, canh bí</td><td>Sữa chua</td></tr>"
                     "<tr><td>Thứ Ba</td><td>Cơm, cá sốt cà chua, canh rau ngót</td><td>Bánh flan</td></tr>"
                     "<tr><td>Thứ Tư</td><td>Cơm, gà rang gừng, canh cải</td><td>Chè đỗ xanh</td></tr>"
                     "</tbody></table>"),
        "thu-vien-anh": ("Thư viện ảnh", "/thu-vien-anh", [("/", "Trang chủ"), (None, "Thư viện ảnh")],
                         "<h1 class=\"tieude-trang\">Thư viện ảnh</h1>\n<h3>Khai giảng năm học 2026 - 2027</h3>\n"
                         f"<div class=\"album\">{album}</div>"),
        "lien-he": ("Liên hệ", "/lien-he", [("/", "Trang chủ"), (None, "Liên hệ")],
                    "<h1 class=\"tieude-trang\">Liên hệ</h1>\n<p>Trường Mầm non Hoa Sen<br>"
                    "Khu 5, phường Hùng Vương, thị xã Phú Thọ, tỉnh Phú Thọ</p>\n"
                    "<p>Điện thoại: 0210 3 822 468<br>Email: mnhoasen.phutho@gmail.com</p>\n"
                    "<p><img src=\"/data/files/ban-do.png\" alt=\"Bản đồ\"></p>"),
    }


LOGIN = """<h1 class="tieude-trang">Đăng nhập</h1>
<form action="/loginURL" method="post"><div class="input-group">
<input type="password" class="form-control" id="password" name="password" placeholder="Mật khẩu">
<button type="submit" class="btn btn-info">Đăng nhập</button></div></form>"""


class WonderSite:
    def __init__(self) -> None:
        self.posts = {s.slug: s for s in POSTS}
        self.pages = _static_pages()

    def route(self, slug: str, request: Request) -> Response | None:
        slug = slug.strip("/")
        if slug in ("", "home"):
            return home_page()
        if slug == "blog":
            return blog_page(1)
        if slug.startswith("blog/"):
            story = self.posts.get(slug[5:])
            return post_page(story, request) if story else None
        if slug == NOTICE.slug:
            return notice_page()
        if slug == "loginURL":
            if request.method == "POST":
                return page("Đăng nhập", "", [(None, "Đăng nhập")],
                            '<div class="alert alert-danger">Sai mật khẩu.</div>' + LOGIN)
            return page("Đăng nhập", "", [(None, "Đăng nhập")], LOGIN)
        if slug in self.pages:
            title, current, crumbs, content = self.pages[slug]
            return page(title, current, crumbs, content)
        return None

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.endswith(".pdf") and path.startswith(F):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if re.search(r"\.(jpe?g|png|gif|ico|css|js)$", path, re.I):
            return static_file(path)
        if path in ("/", "/index.php"):
            slug = request.params.get("page", "")
            return self.route(slug, request)
        if path == "/blog" and request.query:
            raw = request.params.get("page")
            if raw is None or not raw.isdigit():
                return None
            return blog_page(int(raw))
        if request.query:
            return None
        if path.endswith("/") and path != "/":
            return None
        return self.route(path, request)


def build_site() -> WonderSite:
    return WonderSite()


def _gold(story: Story) -> dict:
    if story is NOTICE:
        return gold_record(story, f"/{story.slug}", story.cat)
    alt = [f"/?page=blog/{story.slug}"] if story.id in LEGACY_LINKED else []
    return gold_record(story, post_path(story), story.cat, alt_paths=alt)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/doi-ngu-giao-vien",
    "/thong-bao",
    "/thuc-don",
    "/thu-vien-anh",
    "/lien-he",
]
