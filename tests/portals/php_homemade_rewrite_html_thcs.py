"""Trường THCS Nguyễn Du (TP Buôn Ma Thuột, Đắk Lắk): a home-made PHP site of 2016 with .html URLs.

Platform
--------
A site built in 2016 by a provincial web company ("Thiết kế web: Công ty TNHH Giải pháp Web Tây
Nguyên"): one ``index.php`` front controller behind Apache mod_rewrite rules that turn
``index.php?mod=news&act=detail&id=N`` into ``/<cat-slug>/<slug>-<id>.html``. jQuery 1.11 theme
with a mega menu (``ul.menu_cha`` / ``div.mega_box``), a ``<marquee>`` of new items, "Tin tức" boxes
per category on the home page, a right column (``div.cot_phai``: "Tin xem nhiều", "Video",
"Thư viện ảnh", "Liên kết", "Thăm dò ý kiến", "Thống kê truy cập"). Vietnamese no-diacritic
class names (``tieude_ct``, ``ngaydang_ct``, ``tomtat_ct``, ``noidung_ct``, ``tg_ct``, ``phantrang``).
Every page prints ``<base href="http://<host>/">`` and writes nearly all links, images and the pager
*relative to that base* (``tin-tuc-su-kien/trang-2.html``, ``upload/news/...``).

URL scheme
----------
- ``/`` home (``/index.php`` without a query is the same page, never linked).
- ``/<cat>.html`` category list page 1, ``/<cat>/trang-<n>.html`` page n (``trang-1`` = page 1);
  4 items a page; the pager "Trang: « 1 2 »" (« = first page, » = last page).
- ``/<cat>/<slug>-<id>.html`` article (canonical). The rewrite rule reads only the id: any slug
  works, the category must be the article's own (else 404). Only one directory level matches.
- ``/tin-tuc/<id>.html`` short URL (the "Tin xem nhiều" box and the marquee link to it).
- ``/index.php?mod=news&act=detail&id=<id>`` old module URL ("Tin khác" box still prints it);
  ``/index.php?mod=news&act=print&id=<id>`` print view (opened by ``window.open`` only).
- ``/thu-vien-anh.html`` + ``/thu-vien-anh/<slug>-<id>.html`` photo albums;
  ``/video.html`` + ``/video/<slug>-<id>.html`` video pages.
- ``/gioi-thieu.html``, ``/lien-he.html`` static pages; ``/tim-kiem.html?tukhoa=`` search.
- ``/upload/…``, ``/images/…``, ``/templates/…``, ``/js/…`` static files.

Page templates
--------------
Article: breadcrumb ``div.duongdan`` ("Trang chủ » Tin tức » <category>"), ``h2.tieude_ct``
(the page's only ``h1`` is the logo), ``div.ngaydang_ct`` "Ngày đăng: dd/mm/yyyy - HH:ii | Lượt
xem: N | Đăng bởi: quantri", tool links, bold lead ``div.tomtat_ct > b``, text ``div.noidung_ct``,
the writer's line (typed by the editor in the text, or the platform's own ``div.tg_ct`` field),
then *inside the same* ``div.noidung_ct`` the share bar and the Facebook comments plugin; after it
"Tin cùng chuyên mục" (3 newest of the category, with dates) and "Tin khác" (5 newest of the site,
old ``index.php`` links, with dates).

How the gold articles are reached
---------------------------------
Tin tức - Sự kiện (6): 186, 181, 176, 168 on page 1; 155, 149 **only** on ``trang-2.html``.
Hoạt động chuyên môn (5): 184, 179, 171, 163 on page 1; 152 **only** on ``trang-2.html``.
Đoàn - Đội (2): 183, 166. The home boxes show the 3 newest of each category, the widgets show
only articles from page 1 of a listing, so 155, 149 and 152 need the pager.

Traps
-----
1. ``<base href>`` + base-relative links (not in the README). Listings, pager, boxes and images
   are written relative to ``<base href="http://host/">``. Resolved against the page URL instead,
   ``tin-tuc-su-kien/trang-2.html`` from ``/tin-tuc-su-kien/trang-1.html`` gives
   ``/tin-tuc-su-kien/tin-tuc-su-kien/trang-2.html``, which 404s (the rewrite rules match one
   directory level only; static files only under their own folders). Gold: every path and image
   path is the base-resolved one (``/upload/news/2026/12/hkpd-khai-mac.jpg``).
2. The ``h1`` is the logo (not in the README). "TRƯỜNG THCS NGUYỄN DU" sits in ``h1#logo`` on every
   page; the headline is ``h2.tieude_ct``, followed on recent items (186, 184) by an
   ``<img src="images/icon_new.gif" alt="Tin mới">``. Gold title: the ``h2`` text without that
   icon's alt; not the ``<title>`` ("… - Trường THCS Nguyễn Du").
3. Five URLs per article (duplicates). Canonical ``/<cat>/<slug>-<id>.html``; ``/tin-tuc/<id>.html``
   (most-read box, marquee), ``/index.php?mod=news&act=detail&id=<id>`` ("Tin khác"), the print
   view, and on the home page a slug cut at 50 characters (PHP ``substr``) for long titles
   (``…-cap-truong-nam-hoc-2026--186.html``). The page prints no ``rel=canonical``; its ``og:url`` echoes the
   *requested* URL (not in the README: og:url is no canonical here), only the Facebook plugin's
   ``data-href`` carries the canonical URL. Gold: canonical path as ``path``; the others (those
   linked, and the print view) in ``alt_paths``.
4. jQuery lazyload (not in the README). In 186 and 183 the photos are
   ``<img class="lazy" src="images/grey.gif" data-original="upload/news/…">``: gold images are
   the ``data-original`` paths, never ``images/grey.gif``.
5. Layout tables vs data tables (not in the README). In 181 each photo sits in a 2-row table
   (photo row, caption row): that caption row is the photo's caption, not a body paragraph. In 168
   and 184 a real bordered table of targets/results is text: each row a paragraph, cells joined
   by " | ".
6. Caption line carrying a credit (not in the README). In 179 the line under each photo is
   "<caption> (Ảnh: Trần Minh Tuấn)": caption = the line without the credit, photographer
   "Trần Minh Tuấn" (the article has no other "Ảnh:" line).
7. nl2br text (not in the README). 176 was typed in the site's plain textarea: the text is one
   ``div`` of lines separated by ``<br />`` pairs, no ``<p>``. Gold: each line a paragraph; the
   writer is the platform field ``div.tg_ct`` "Tổ Văn phòng" (a unit, author as printed).
8. Lead printed twice (not in the README). In 179 the editor pasted the lead again as the text's
   first paragraph under the bold ``div.tomtat_ct``. Gold: summary = the lead, body starts with it
   *once*.
9. Widgets inside the text's container (boundaries). The share bar (fb-like) and the Facebook
   comments plugin ("Bình luận") are inside ``div.noidung_ct`` after the writer's line; "Xem thêm:
   >> …" and "File đính kèm: …pdf" lines (163) and a YouTube iframe (152) are in the text. None of
   them is body; the iframe is no image.
10. Dates. Header clock "Thứ Bảy, 05/12/2026"; lists and "Tin cùng chuyên mục"/"Tin khác" print
    "(dd/mm/yyyy)" of other articles; the text names other days ("Sáng 19/11/2026…" in an article
    published 20/11). Day first: "04/11/2026 - 08:00" is 4 November. "09/10/2026 - 00:00" (149) is
    a day without a time: "2026-10-09".
11. Bylines as printed: "Tin, ảnh: H'Yơn Niê" (both lists), "Phạm Thị Lan (Tổ Văn phòng)",
    "ThS. Phạm Văn Bình", "Nguyễn Thị Mai - Tổ KHTN", "Đoàn Thị Ngọc Ánh - TPT Đội",
    "Tin: Lê Văn Tâm - Ảnh: Trần Minh Tuấn", "Liên đội THCS Nguyễn Du" (a unit: the author),
    "Theo Báo Đắk Lắk" (source, no author), "Đăng bởi: quantri" in the info line (nobody).
    Body sentences starting "Theo báo cáo…" / "Theo kế hoạch…" are text, not sources.
12. Encodings. 171 is stored decomposed (NFD, "Unicode tổ hợp" pasted from a typing tool): gold
    title and text NFC. 149 is an old FCKeditor item with every non-ASCII letter written as an
    entity (``&#7855;``, ``&agrave;``): gold plain text.
13. Look-alike pages. Albums and the video page print an ``h2.tieude_ct``, "Ngày đăng" and a
    paragraph of text; "Giới thiệu" prints long paragraphs: NON_ARTICLES.

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the leaf the breadcrumb prints ("Tin tức - Sự kiện"), not the mega-menu group
  "Tin tức" and not the ``tin-tuc`` of the short URL.
- 149 has no ``div.tomtat_ct``; its first text paragraph is bold: it is the sapo (summary) and
  the body's first paragraph. 166 has neither: summary null.
- A writer's line "Name - Tổ X" / "Name (Tổ X)" keeps the name only.
- 184's first photo has no line under it: caption null.
- The print view is listed in ``alt_paths`` though only a ``window.open`` reaches it.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "php_homemade_rewrite_html_thcs"
PLATFORM = "Home-made PHP CMS (2016, mod_rewrite .html URLs, jQuery mega-menu theme)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 4
SITE = "Trường THCS Nguyễn Du"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
}


def slugify(value: str) -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _right(line: str, wrap: str = "strong") -> Raw:
    """The writer's line as the editor typed it: a right-aligned paragraph."""
    return Raw(f'<p style="text-align: right;"><{wrap}>{esc(line)}</{wrap}></p>')


# --- the stories ------------------------------------------------------------------------------

S186 = Story(
    id=186,
    slug="",
    title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Trong hai ngày 01 và 02/12/2026, Trường THCS Nguyễn Du tổ chức Hội khỏe Phù Đổng cấp "
        "trường với sự tham gia của gần 600 vận động viên là học sinh 28 lớp, tranh tài ở 6 môn "
        "thi đấu."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội khỏe Phù Đổng là hoạt động thể thao thường niên của nhà trường, nhằm đẩy mạnh phong "
            "trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, đồng thời phát hiện, tuyển chọn những "
            "học sinh có năng khiếu để bồi dưỡng tham gia Hội khỏe Phù Đổng cấp thành phố vào tháng "
            "01/2027."
        ),
        P(
            "Phát biểu khai mạc, thầy Phạm Văn Bình, Phó Hiệu trưởng nhà trường, Trưởng ban tổ chức, "
            "nhấn mạnh: các vận động viên cần thi đấu trung thực, đoàn kết, cao thượng, coi trọng "
            "tinh thần giao lưu học hỏi hơn thành tích."
        ),
        Img(
            "/upload/news/2026/12/hkpd-khai-mac.jpg",
            "Thầy Phạm Văn Bình phát biểu khai mạc Hội khỏe Phù Đổng",
            "Thầy Phạm Văn Bình phát biểu khai mạc Hội khỏe Phù Đổng",
            style="lazy",
        ),
        P(
            "Các môn thi đấu gồm: điền kinh (chạy 60m, 100m, nhảy xa), kéo co, đá cầu, cầu lông, bóng "
            "bàn và cờ vua. Các trận đấu diễn ra trên sân trường và nhà đa năng, được trọng tài là "
            "giáo viên tổ Thể dục - Nghệ thuật điều hành."
        ),
        Img(
            "/upload/news/2026/12/hkpd-keo-co.jpg",
            "Nội dung kéo co khối 8 thu hút đông đảo học sinh cổ vũ",
            "Nội dung kéo co khối 8 thu hút đông đảo học sinh cổ vũ",
            style="lazy",
        ),
        P(
            "Nội dung kéo co là phần thi được chờ đợi nhất. Tiếng trống, tiếng reo hò cổ vũ của các "
            "lớp vang khắp sân trường, tạo nên không khí sôi động, thân thiện."
        ),
        P(
            "Kết thúc hội thi, Ban tổ chức đã trao 18 giải nhất, 22 giải nhì, 30 giải ba cho các cá "
            "nhân và đồng đội. Giải nhất toàn đoàn khối 6 thuộc về lớp 6A3, khối 7 lớp 7A1, khối 8 "
            "lớp 8A5 và khối 9 lớp 9A2."
        ),
        P(
            "Qua hội thi, nhà trường đã chọn được 35 vận động viên tiêu biểu để tiếp tục tập luyện, "
            "chuẩn bị tham gia Hội khỏe Phù Đổng thành phố Buôn Ma Thuột lần thứ XV."
        ),
        _right("Tin, ảnh: H'Yơn Niê"),
    ],
    authors=["H'Yơn Niê"],
    photographers=["H'Yơn Niê"],
    opts={"spans": True},
)

S181 = Story(
    id=181,
    slug="",
    title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T09:15:00+07:00",
    summary=(
        "Sáng 19/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam, đón nhận các phần thưởng cao quý và tuyên dương giáo viên, học sinh đạt thành "
        "tích xuất sắc."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đến dự buổi lễ có ông Trần Quốc Hùng, Phó Trưởng phòng Giáo dục và Đào tạo thành phố "
            "Buôn Ma Thuột; đại diện Đảng ủy, UBND phường Thành Công; Ban đại diện cha mẹ học sinh "
            "cùng các thế hệ thầy cô giáo đã nghỉ hưu."
        ),
        P(
            "Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do học sinh các lớp biểu diễn, với "
            "những ca khúc ngợi ca công ơn thầy cô như “Bụi phấn”, “Người thầy”, “Mái trường mến yêu”."
        ),
        Img(
            "/upload/news/2026/11/le-20-11-van-nghe.jpg",
            "Tiết mục múa “Em yêu trường em” của học sinh lớp 7A4",
            "Tiết mục múa “Em yêu trường em” của học sinh lớp 7A4",
            style="table",
        ),
        P(
            "Trong diễn văn kỷ niệm, cô Lê Thị Thanh Hương, Hiệu trưởng nhà trường, ôn lại truyền "
            "thống vẻ vang của ngành Giáo dục Việt Nam và chặng đường 30 năm xây dựng, phát triển "
            "của Trường THCS Nguyễn Du. Năm học 2025 - 2026, nhà trường có 41 học sinh đạt giải học "
            "sinh giỏi cấp thành phố, 12 học sinh đạt giải cấp tỉnh; tỷ lệ học sinh lớp 9 trúng "
            "tuyển vào lớp 10 công lập đạt 92,6%."
        ),
        P(
            "Dịp này, nhà trường vinh dự đón nhận Bằng khen của Chủ tịch UBND tỉnh Đắk Lắk vì đã có "
            "thành tích xuất sắc trong năm học 2025 - 2026; 05 giáo viên được Giám đốc Sở Giáo dục "
            "và Đào tạo tặng Giấy khen."
        ),
        Img(
            "/upload/news/2026/11/le-20-11-khen-thuong.jpg",
            "Đại diện Phòng GD&ĐT trao Bằng khen của Chủ tịch UBND tỉnh cho nhà trường",
            "Đại diện Phòng GD&ĐT trao Bằng khen của Chủ tịch UBND tỉnh cho nhà trường",
            style="table",
        ),
        P(
            "Thay mặt học sinh toàn trường, em Nguyễn Ngọc Bảo Trâm, lớp 9A1, bày tỏ lòng biết ơn "
            "sâu sắc tới các thầy cô và hứa sẽ không ngừng cố gắng học tập, rèn luyện để xứng đáng "
            "với sự dạy dỗ của thầy cô."
        ),
        _right("Phạm Thị Lan (Tổ Văn phòng)"),
    ],
    authors=["Phạm Thị Lan"],
)

S176 = Story(
    id=176,
    slug="",
    title="Đoàn kiểm tra của UBND thành phố kiểm tra công tác phổ cập giáo dục năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-12T16:00:00+07:00",
    summary=(
        "Chiều 11/11/2026, Đoàn kiểm tra công tác phổ cập giáo dục, xóa mù chữ của UBND thành phố "
        "Buôn Ma Thuột đã làm việc tại Trường THCS Nguyễn Du."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đoàn do bà Nguyễn Thị Kim Loan, Trưởng phòng Giáo dục và Đào tạo thành phố làm trưởng "
            "đoàn. Cùng làm việc với đoàn có đại diện lãnh đạo UBND phường Thành Công và Ban Giám "
            "hiệu nhà trường."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ phổ cập giáo dục THCS gồm: phiếu điều tra hộ gia đình, sổ theo "
            "dõi phổ cập, danh sách học sinh tốt nghiệp THCS và danh sách trẻ trong độ tuổi từ 11 "
            "đến 18 trên địa bàn."
        ),
        P(
            "Theo báo cáo của nhà trường, năm 2026 tỷ lệ thanh thiếu niên từ 15 đến 18 tuổi có bằng "
            "tốt nghiệp THCS trên địa bàn phường đạt 97,8%, vượt chỉ tiêu đề ra; không có học sinh "
            "bỏ học giữa chừng."
        ),
        P(
            "Kết luận buổi kiểm tra, trưởng đoàn đánh giá cao sự chuẩn bị chu đáo, hồ sơ khoa học, "
            "đầy đủ của nhà trường; đồng thời đề nghị tiếp tục phối hợp chặt chẽ với địa phương "
            "trong việc vận động học sinh ra lớp, cập nhật dữ liệu phổ cập lên hệ thống phần mềm "
            "đúng thời hạn."
        ),
    ],
    authors=["Tổ Văn phòng"],
    opts={"nl2br": True, "writer_field": "Tổ Văn phòng"},
)

S168 = Story(
    id=168,
    slug="",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-11-04T08:00:00+07:00",
    summary=(
        "Ngày 03/11/2026, Trường THCS Nguyễn Du tổ chức Hội nghị viên chức, người lao động năm học "
        "2026 - 2027 nhằm đánh giá kết quả năm học trước, thảo luận và thông qua các chỉ tiêu, "
        "nhiệm vụ trọng tâm của năm học mới."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự hội nghị có 68 cán bộ, giáo viên, nhân viên nhà trường. Hội nghị vinh dự được "
            "đón tiếp đồng chí Võ Thị Hạnh, Chủ tịch Công đoàn ngành Giáo dục thành phố."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học "
            "2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân "
            "và dự thảo sửa đổi Quy chế chi tiêu nội bộ."
        ),
        P("Một số chỉ tiêu chủ yếu năm học 2026 - 2027:", "h"),
        P("Nội dung | Chỉ tiêu", "row"),
        P("Học sinh có kết quả học tập Tốt, Khá | 75% trở lên", "row"),
        P("Học sinh có kết quả rèn luyện Tốt | 90% trở lên", "row"),
        P("Giải học sinh giỏi cấp thành phố | 45 giải", "row"),
        P("Giáo viên dạy giỏi cấp thành phố | 04 giáo viên", "row"),
        P(
            "Trong phần thảo luận, các đại biểu đã tập trung góp ý về việc triển khai Chương trình "
            "giáo dục phổ thông 2018 ở lớp 9, đổi mới kiểm tra đánh giá và tăng cường ứng dụng công "
            "nghệ thông tin trong dạy học."
        ),
        P(
            "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí và tổ chức ký "
            "kết giao ước thi đua giữa các tổ chuyên môn."
        ),
        Raw('<p style="text-align: right;"><strong><em>Lê Văn Tâm</em></strong></p>'),
    ],
    authors=["Lê Văn Tâm"],
)

S155 = Story(
    id=155,
    slug="",
    title="Trao 20 suất học bổng “Vì em hiếu học” cho học sinh Trường THCS Nguyễn Du",
    cat="tin-tuc-su-kien",
    published_at="2026-10-22T10:45:00+07:00",
    summary=(
        "Ngày 21/10, Quỹ Khuyến học phường Thành Công phối hợp với Trường THCS Nguyễn Du trao 20 "
        "suất học bổng “Vì em hiếu học” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt cùng bộ sách giáo khoa và dụng cụ học "
            "tập. Tổng kinh phí hơn 35 triệu đồng do các nhà hảo tâm, doanh nghiệp trên địa bàn và "
            "cựu học sinh nhà trường đóng góp."
        ),
        P(
            "Các em nhận học bổng đều là học sinh có thành tích học tập tốt, trong đó nhiều em là "
            "người đồng bào dân tộc thiểu số, có cha mẹ làm nông nghiệp hoặc mồ côi, gia đình thuộc "
            "diện hộ nghèo, cận nghèo."
        ),
        Img(
            "/upload/news/2026/10/hoc-bong-vi-em-hieu-hoc.jpg",
            "Đại diện Quỹ Khuyến học phường trao học bổng cho các em học sinh",
            "Đại diện Quỹ Khuyến học phường trao học bổng cho các em học sinh",
        ),
        P(
            "Phát biểu tại buổi lễ, đại diện Quỹ Khuyến học mong muốn các em tiếp tục nỗ lực vượt "
            "khó, học tập thật tốt để không phụ lòng gia đình, thầy cô và những tấm lòng hảo tâm."
        ),
        _right("Theo Báo Đắk Lắk", "em"),
    ],
    source="Báo Đắk Lắk",
)

S149 = Story(
    id=149,
    slug="",
    title="Tuyên truyền phòng, chống đuối nước và tai nạn thương tích cho học sinh",
    cat="tin-tuc-su-kien",
    published_at="2026-10-09",
    summary=(
        "Nhằm nâng cao nhận thức và kỹ năng tự bảo vệ bản thân cho học sinh, sáng 08/10/2026, "
        "Trường THCS Nguyễn Du phối hợp với Công an phường Thành Công tổ chức buổi tuyên truyền "
        "phòng, chống đuối nước và tai nạn thương tích."
    ),
    blocks=[
        P(
            "Nhằm nâng cao nhận thức và kỹ năng tự bảo vệ bản thân cho học sinh, sáng 08/10/2026, "
            "Trường THCS Nguyễn Du phối hợp với Công an phường Thành Công tổ chức buổi tuyên truyền "
            "phòng, chống đuối nước và tai nạn thương tích.",
            "bold",
        ),
        P(
            "Tại buổi tuyên truyền, báo cáo viên đã thông tin về tình hình tai nạn đuối nước ở trẻ em "
            "trên địa bàn tỉnh Đắk Lắk trong thời gian qua, chỉ ra những nguyên nhân chủ yếu như tự "
            "ý đi tắm ở ao, hồ, sông suối, thiếu kỹ năng bơi và thiếu sự giám sát của người lớn."
        ),
        P(
            "Các em học sinh cũng được hướng dẫn cách nhận biết những khu vực nguy hiểm, cách sơ cứu "
            "ban đầu khi gặp người bị đuối nước và số điện thoại cần gọi khi có sự cố."
        ),
        P("Một số điều học sinh cần ghi nhớ:"),
        P("Không tự ý đi bơi, tắm ở sông, suối, ao, hồ khi không có người lớn đi cùng;", "li"),
        P("Không chơi đùa gần khu vực giếng, hố sâu, công trình đang thi công;", "li"),
        P(
            "Khi phát hiện người bị đuối nước, phải kêu gọi người lớn giúp đỡ, không tự ý nhảy "
            "xuống cứu.",
            "li",
        ),
        P(
            "Buổi tuyên truyền đã giúp các em trang bị thêm những kiến thức bổ ích, góp phần xây "
            "dựng trường học an toàn, phòng chống tai nạn thương tích."
        ),
        _right("Đoàn Thị Ngọc Ánh - TPT Đội"),
    ],
    authors=["Đoàn Thị Ngọc Ánh"],
    opts={"entities": True, "midnight": True},
)

S184 = Story(
    id=184,
    slug="",
    title=(
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027 kết thúc thành công tốt đẹp"
    ),
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-01T15:20:00+07:00",
    summary=(
        "Sau hơn ba tuần diễn ra sôi nổi, nghiêm túc, ngày 28/11/2026, Hội thi giáo viên dạy giỏi "
        "cấp trường năm học 2026 - 2027 của Trường THCS Nguyễn Du đã bế mạc với 24 giáo viên được "
        "công nhận danh hiệu giáo viên dạy giỏi cấp trường."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi có 26 giáo viên thuộc 5 tổ chuyên môn đăng ký tham gia. Mỗi giáo viên thực hiện "
            "hai tiết dạy thực hành trên lớp và trình bày biện pháp nâng cao chất lượng giảng dạy bộ "
            "môn trước Ban giám khảo."
        ),
        Img("/upload/news/2026/12/gvdg-tiet-day.jpg", None, None, style="none"),
        P(
            "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kỹ thuật dạy "
            "học tích cực như dạy học theo góc, khăn trải bàn, mảnh ghép; nhiều giáo viên sử dụng "
            "hiệu quả bảng tương tác, phần mềm mô phỏng và các ứng dụng kiểm tra trực tuyến."
        ),
        P("Kết quả xếp loại các giáo viên đạt giải cao:"),
        P("TT | Họ và tên | Môn dạy | Xếp loại", "row"),
        P("1 | Trương Thị Ngọc Diệp | Ngữ văn | Xuất sắc", "row"),
        P("2 | Hoàng Minh Đức | Toán | Xuất sắc", "row"),
        P("3 | Nguyễn Thị Phương Thảo | Tiếng Anh | Xuất sắc", "row"),
        P("4 | Y Suôn Byă | Lịch sử và Địa lí | Giỏi", "row"),
        Img(
            "/upload/news/2026/12/gvdg-be-mac.jpg",
            "Ban Giám hiệu trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi",
            "Ban Giám hiệu trao giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi",
        ),
        P(
            "Ban tổ chức đã lựa chọn 04 giáo viên có kết quả cao nhất để tiếp tục bồi dưỡng, tham dự "
            "Hội thi giáo viên dạy giỏi cấp thành phố dự kiến tổ chức vào tháng 3/2027."
        ),
        _right("ThS. Phạm Văn Bình"),
    ],
    authors=["Phạm Văn Bình"],
)

S179_LEAD = (
    "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027, ngày 14/11/2026, tổ Khoa học "
    "tự nhiên Trường THCS Nguyễn Du tổ chức chuyên đề “Dạy học theo dự án trong môn Khoa học tự "
    "nhiên 8”."
)
S179 = Story(
    id=179,
    slug="",
    title="Chuyên đề “Dạy học theo dự án trong môn Khoa học tự nhiên 8”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-17T14:00:00+07:00",
    summary=S179_LEAD,
    sapo_outside=True,
    blocks=[
        # the editor pasted the lead again as the first paragraph: not a second body paragraph
        Raw(f'<p style="text-align: justify;">{esc(S179_LEAD)}</p>'),
        P(
            "Chuyên đề được thực hiện qua tiết dạy minh họa bài “Xây dựng mô hình hệ tuần hoàn ở "
            "người” tại lớp 8A2 do cô Nguyễn Thị Mai đảm nhận. Trước tiết học, học sinh được chia "
            "thành 6 nhóm, mỗi nhóm tự lên kế hoạch, phân công nhiệm vụ và hoàn thành sản phẩm mô "
            "hình từ vật liệu tái chế."
        ),
        Img(
            "/upload/news/2026/11/cd-khtn-nhom.jpg",
            "Học sinh lớp 8A2 trình bày sản phẩm mô hình hệ tuần hoàn (Ảnh: Trần Minh Tuấn)",
            "Học sinh lớp 8A2 trình bày sản phẩm mô hình hệ tuần hoàn",
        ),
        P(
            "Trong tiết học, các nhóm lần lượt trình bày sản phẩm, giải thích nguyên lý hoạt động và "
            "trả lời câu hỏi phản biện của các nhóm bạn. Không khí lớp học sôi nổi, học sinh chủ "
            "động, tự tin và thể hiện rõ năng lực hợp tác, giải quyết vấn đề."
        ),
        P(
            "Phần thảo luận sau tiết dạy, các giáo viên dự giờ đã chia sẻ nhiều kinh nghiệm trong "
            "việc xây dựng tiêu chí đánh giá sản phẩm dự án, cách quản lý thời gian và hỗ trợ các "
            "nhóm học sinh còn lúng túng."
        ),
        Img(
            "/upload/news/2026/11/cd-khtn-thao-luan.jpg",
            "Giáo viên tổ Khoa học tự nhiên thảo luận sau tiết dạy minh họa (Ảnh: Trần Minh Tuấn)",
            "Giáo viên tổ Khoa học tự nhiên thảo luận sau tiết dạy minh họa",
        ),
        P(
            "Chuyên đề góp phần giúp giáo viên trong tổ thống nhất cách tổ chức dạy học theo dự án, "
            "tạo điều kiện để học sinh được trải nghiệm, vận dụng kiến thức vào thực tiễn theo định "
            "hướng của Chương trình giáo dục phổ thông 2018."
        ),
        _right("Nguyễn Thị Mai - Tổ KHTN"),
    ],
    authors=["Nguyễn Thị Mai"],
    photographers=["Trần Minh Tuấn"],
)

S171 = Story(
    id=171,
    slug="",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại tổ Toán - Tin",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-07T09:30:00+07:00",
    summary=(
        "Sáng 06/11/2026, tổ Toán - Tin Trường THCS Nguyễn Du tổ chức buổi sinh hoạt chuyên môn "
        "theo nghiên cứu bài học với tiết dạy minh họa bài “Định lí Pythagore và ứng dụng” tại lớp "
        "8A5."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Sinh hoạt chuyên môn theo nghiên cứu bài học tập trung vào việc quan sát hoạt động học "
            "của học sinh thay vì chỉ đánh giá giờ dạy của giáo viên. Mỗi giáo viên dự giờ được phân "
            "công quan sát một nhóm học sinh cụ thể và ghi chép lại những biểu hiện trong quá trình "
            "học."
        ),
        P(
            "Tiết dạy do thầy Hoàng Minh Đức thực hiện. Học sinh được tổ chức hoạt động đo đạc thực "
            "tế các cạnh của tam giác vuông trên sân trường, từ đó tự phát hiện mối quan hệ giữa các "
            "cạnh trước khi giáo viên chính xác hóa kiến thức."
        ),
        Img(
            "/upload/news/2026/11/shcm-toan-tin.jpg",
            "Học sinh lớp 8A5 đo đạc thực tế trên sân trường",
            "Học sinh lớp 8A5 đo đạc thực tế trên sân trường",
        ),
        P(
            "Trong phần thảo luận, các thành viên trong tổ đã chỉ ra những thời điểm học sinh hứng "
            "thú, những khó khăn học sinh gặp phải và đề xuất điều chỉnh thời lượng hoạt động nhóm "
            "cho phù hợp hơn."
        ),
        P(
            "Tổ trưởng chuyên môn đề nghị các giáo viên tiếp tục áp dụng các giải pháp đã thống nhất "
            "trong các tiết dạy tiếp theo, đồng thời chia sẻ học liệu lên kho bài giảng điện tử của "
            "nhà trường."
        ),
        _right("Tin: Lê Văn Tâm - Ảnh: Trần Minh Tuấn", "em"),
    ],
    authors=["Lê Văn Tâm"],
    photographers=["Trần Minh Tuấn"],
    opts={"nfd": True},
)

S163 = Story(
    id=163,
    slug="",
    title="Triển khai kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-28T07:45:00+07:00",
    summary=(
        "Nhằm nâng cao chất lượng mũi nhọn, Trường THCS Nguyễn Du đã triển khai kế hoạch bồi dưỡng "
        "học sinh giỏi lớp 9 với 11 đội tuyển, chuẩn bị cho Kỳ thi chọn học sinh giỏi cấp thành phố "
        "năm học 2026 - 2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo kế hoạch, các đội tuyển gồm: Ngữ văn, Toán, Tiếng Anh, Vật lí, Hóa học, Sinh học, "
            "Lịch sử, Địa lí, Tin học, Giáo dục công dân và Khoa học tự nhiên tích hợp. Mỗi đội tuyển "
            "có từ 6 đến 10 học sinh được chọn qua hai vòng khảo sát."
        ),
        P(
            "Việc bồi dưỡng được thực hiện vào buổi chiều thứ Ba, thứ Năm và sáng Chủ nhật hằng tuần, "
            "do các giáo viên có nhiều kinh nghiệm, từng có học sinh đạt giải cấp tỉnh phụ trách."
        ),
        P(
            "Nhà trường đã bố trí phòng học riêng, tài liệu tham khảo và tổ chức khảo sát định kỳ "
            "hằng tháng để đánh giá sự tiến bộ của học sinh, kịp thời điều chỉnh nội dung bồi dưỡng."
        ),
        P(
            "Ban Giám hiệu cũng đề nghị phụ huynh học sinh quan tâm, tạo điều kiện về thời gian và "
            "động viên các em tham gia đầy đủ, nghiêm túc các buổi học."
        ),
        Raw("@@XEMTHEM@@"),
        Raw(
            '<p><img src="images/icon_pdf.gif" alt="" width="16" height="16" /> File đính kèm: '
            '<a href="upload/files/ke-hoach-boi-duong-hsg-9-2026-2027.pdf" target="_blank">'
            "ke-hoach-boi-duong-hsg-9-2026-2027.pdf</a></p>"
        ),
    ],
    authors=["Phạm Văn Bình"],
    opts={"writer_field": "Phạm Văn Bình"},
)

S152 = Story(
    id=152,
    slug="",
    title="Tập huấn sử dụng phần mềm quản lý trường học và sổ điểm điện tử",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-15T16:10:00+07:00",
    summary=(
        "Chiều 14/10/2026, Trường THCS Nguyễn Du tổ chức buổi tập huấn sử dụng phần mềm quản lý "
        "trường học và sổ điểm điện tử cho toàn thể giáo viên nhà trường."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Buổi tập huấn do thầy Đặng Quốc Huy, giáo viên Tin học, phụ trách công tác chuyển đổi "
            "số của nhà trường, trực tiếp hướng dẫn."
        ),
        P(
            "Nội dung tập huấn gồm: cách đăng nhập, cập nhật thông tin cá nhân; nhập điểm đánh giá "
            "thường xuyên, định kỳ theo Thông tư 22/2021/TT-BGDĐT; nhận xét học sinh; xuất báo cáo "
            "và ký số học bạ điện tử."
        ),
        Raw(
            '<p style="text-align: center;"><iframe width="560" height="315" '
            'src="https://www.youtube.com/embed/Xq3pB7kQ2mE" frameborder="0" allowfullscreen>'
            "</iframe></p>"
        ),
        P(
            "Sau phần hướng dẫn, giáo viên được thực hành trực tiếp trên máy tính tại phòng Tin học "
            "số 2, đặt câu hỏi về những vướng mắc thường gặp khi nhập điểm và khóa sổ cuối kỳ."
        ),
        P(
            "Từ học kỳ I năm học 2026 - 2027, nhà trường thực hiện sổ điểm điện tử thay thế hoàn "
            "toàn sổ điểm giấy, góp phần giảm áp lực hồ sơ sổ sách cho giáo viên và giúp phụ huynh "
            "theo dõi kết quả học tập của con em kịp thời."
        ),
        _right("Đặng Quốc Huy"),
    ],
    authors=["Đặng Quốc Huy"],
    opts={"spans": True},
)

S183 = Story(
    id=183,
    slug="",
    title="Hội thi “Nghi thức Đội - Chỉ huy Đội giỏi” năm học 2026 - 2027",
    cat="doan-doi",
    published_at="2026-11-27T19:00:00+07:00",
    summary=(
        "Chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - "
        "22/12/2026), ngày 26/11/2026, Liên đội Trường THCS Nguyễn Du tổ chức Hội thi “Nghi thức "
        "Đội - Chỉ huy Đội giỏi” năm học 2026 - 2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham gia hội thi có 28 chi đội với gần 400 đội viên. Các chi đội thi các nội dung: nghi "
            "thức Đội, đội hình đội ngũ, chỉ huy Đội giỏi và đánh trống, kèn theo bài quy định."
        ),
        Img(
            "/upload/news/2026/11/nghi-thuc-doi-1.jpg",
            "Chi đội 6A1 trình diễn đội hình đội ngũ",
            "Chi đội 6A1 trình diễn đội hình đội ngũ",
            style="lazy",
        ),
        P(
            "Các chỉ huy Đội thể hiện phong thái tự tin, khẩu lệnh rõ ràng, dứt khoát; đội viên thực "
            "hiện động tác đều, đẹp, thể hiện sự luyện tập công phu trong nhiều tuần qua."
        ),
        P(
            "Kết quả, Ban giám khảo trao giải nhất cho chi đội 8A1 và 6A3; giải nhì cho chi đội 9A2, "
            "7A4 và 6A1; giải ba cho 4 chi đội. Giải chỉ huy Đội giỏi thuộc về em Lê Hoàng Bảo Ngọc, "
            "chi đội 8A1."
        ),
        _right("Liên đội THCS Nguyễn Du"),
    ],
    authors=["Liên đội THCS Nguyễn Du"],
)

S166 = Story(
    id=166,
    slug="",
    title="Phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, chai nhựa",
    cat="doan-doi",
    published_at="2026-11-02T10:00:00+07:00",
    summary=None,
    blocks=[
        P(
            "Sáng thứ Hai 02/11/2026, trong tiết chào cờ đầu tuần, Liên đội Trường THCS Nguyễn Du "
            "phát động phong trào “Kế hoạch nhỏ” năm học 2026 - 2027 với chủ đề “Đội viên chung tay "
            "vì môi trường xanh”."
        ),
        P(
            "Theo đó, mỗi đội viên thu gom ít nhất 3 kg giấy vụn và chai nhựa đã qua sử dụng trong "
            "học kỳ I. Số tiền thu được sẽ dùng để mua quà tặng học sinh có hoàn cảnh khó khăn nhân "
            "dịp Tết Nguyên đán và ủng hộ công trình măng non của Liên đội."
        ),
        Img(
            "/upload/news/2026/11/ke-hoach-nho.jpg",
            "Đội viên các chi đội mang giấy vụn đến điểm tập kết",
            "Đội viên các chi đội mang giấy vụn đến điểm tập kết",
        ),
        P(
            "Ngay sau lễ phát động, các chi đội đã hưởng ứng tích cực. Chỉ trong buổi sáng đầu tiên, "
            "Liên đội đã thu được hơn 450 kg giấy vụn và 120 kg chai nhựa."
        ),
        P(
            "Phong trào không chỉ giúp các em hình thành thói quen phân loại rác, bảo vệ môi trường "
            "mà còn giáo dục tinh thần tương thân tương ái, sẻ chia với bạn bè."
        ),
        _right("Tin, ảnh: Y Bhim Êban"),
    ],
    authors=["Y Bhim Êban"],
    photographers=["Y Bhim Êban"],
)

STORIES: list[Story] = [
    S186, S184, S183, S181, S179, S176, S171, S168, S166, S163, S155, S152, S149,
]
for _s in STORIES:
    _s.slug = slugify(_s.title)
    if _s.opts.get("nfd"):
        # stored decomposed in the database: every place that prints it prints NFD
        _s.title = unicodedata.normalize("NFD", _s.title)
        _s.summary = unicodedata.normalize("NFD", _s.summary) if _s.summary else None
BY_ID = {s.id: s for s in STORIES}
# newest first (the platform sorts by date)
STORIES.sort(key=lambda s: s.published_at, reverse=True)

#: the "Tin xem nhiều" box: a counter the admin never resets (hand-picked, all from page 1)
MOST_READ = [181, 186, 176, 184, 171]
#: items newer than 7 days get the "new" gif after their title
NEW_ICON = {186, 184}


def cat_stories(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat]


def canonical(s: Story) -> str:
    return f"/{s.cat}/{s.slug}-{s.id}.html"


def home_path(s: Story) -> str:
    """The home boxes cut the slug with substr($slug, 0, 50)."""
    return f"/{s.cat}/{s.slug[:50]}-{s.id}.html"


def short_path(s: Story) -> str:
    return f"/tin-tuc/{s.id}.html"


def old_path(s: Story) -> str:
    return f"/index.php?mod=news&act=detail&id={s.id}"


def print_path(s: Story) -> str:
    return f"/index.php?mod=news&act=print&id={s.id}"


def rel(path: str) -> str:
    """A link as the templates print it: relative to <base href="http://host/">."""
    return esc(path.lstrip("/")) or "./"


def dmy(s: Story) -> str:
    y, m, d = s.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def hm(s: Story) -> str:
    if s.opts.get("midnight") or len(s.published_at) == 10:
        return "00:00"
    return s.published_at[11:16]


# --- albums, videos, static pages --------------------------------------------------------------

ALBUMS = [
    {
        "id": 24,
        "title": "Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        "date": "04/12/2026 - 10:20",
        "desc": "Một số hình ảnh tại Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027.",
        "photos": [
            ("hkpd-album-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng"),
            ("hkpd-album-02.jpg", "Nội dung chạy 60m nữ khối 6"),
            ("hkpd-album-03.jpg", "Trận chung kết bóng bàn đôi nam"),
            ("hkpd-album-04.jpg", "Trao giải toàn đoàn"),
        ],
    },
    {
        "id": 21,
        "title": "Lễ khai giảng năm học 2026 - 2027",
        "date": "05/09/2026 - 11:05",
        "desc": (
            "Sáng 05/9/2026, thầy và trò Trường THCS Nguyễn Du long trọng tổ chức Lễ khai giảng "
            "năm học mới 2026 - 2027, đón 312 học sinh lớp 6 vào trường."
        ),
        "photos": [
            ("khai-giang-01.jpg", "Học sinh lớp 6 tiến vào lễ đài"),
            ("khai-giang-02.jpg", "Cô Hiệu trưởng đánh trống khai trường"),
            ("khai-giang-03.jpg", "Tiết mục văn nghệ chào mừng năm học mới"),
        ],
    },
]
for _a in ALBUMS:
    _a["slug"] = slugify(_a["title"])

VIDEOS = [
    {
        "id": 7,
        "title": "Tiết mục văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "date": "21/11/2026 - 08:30",
        "youtube": "pL9sT4vWm2c",
        "desc": (
            "Tiết mục hát múa “Người thầy” do tập thể học sinh lớp 8A3 biểu diễn tại Lễ kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam."
        ),
    },
]
for _v in VIDEOS:
    _v["slug"] = slugify(_v["title"])


def album_path(a: dict) -> str:
    return f"/thu-vien-anh/{a['slug']}-{a['id']}.html"


def video_path(v: dict) -> str:
    return f"/video/{v['slug']}-{v['id']}.html"


NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    album_path(ALBUMS[0]),
    album_path(ALBUMS[1]),
    video_path(VIDEOS[0]),
]

# --- rendering ---------------------------------------------------------------------------------


def enc(s: Story, value: str) -> str:
    """Article text as that item is stored (NFD paste, FCKeditor entities, or plain)."""
    return text(value, nfd=bool(s.opts.get("nfd")), entities=1 if s.opts.get("entities") else 0)


def _p(s: Story, value: str) -> str:
    inner = enc(s, value)
    if s.opts.get("spans"):
        inner = (
            '<span style="font-size:14px;"><span style="font-family:arial,helvetica,sans-serif;">'
            f"{inner}</span></span>"
        )
    return f'<p style="text-align: justify;">{inner}</p>'


def _img(s: Story, img: Img) -> str:
    src = rel(img.src)
    alt = esc(img.caption or s.title)
    line = enc(s, img.printed) if img.printed else ""
    if img.style == "lazy":
        out = (
            '<p style="text-align: center;"><img class="lazy" src="images/grey.gif" '
            f'data-original="{src}" alt="{alt}" width="600" height="400" /></p>'
        )
        if line:
            out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
        return out
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 560px;">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width: 560px; height: 373px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{line}</em>'
            "</span></td></tr></tbody></table>"
        )
    out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>'
    if line:
        out += f'\n<p style="text-align: center;"><span style="color:#0000ff;"><em>{line}</em></span></p>'
    return out


def render_text(s: Story) -> str:
    """The stored text of the item (what sits in div.noidung_ct before the widgets)."""
    if s.opts.get("nl2br"):
        return "<br />\r\n<br />\r\n".join(enc(s, b.text) for b in s.blocks if isinstance(b, P))
    out: list[str] = []
    i = 0
    blocks = s.blocks
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{enc(s, g.text)}</li>" for g in group) + "</ul>")
            else:
                rows = []
                for n, g in enumerate(group):
                    cells = g.text.split(" | ")
                    if n == 0:
                        tds = "".join(
                            f'<td style="text-align: center;"><strong>{enc(s, c)}</strong></td>'
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>{enc(s, c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<p><strong>{enc(s, b.text)}</strong></p>")
            elif b.style == "bold":
                out.append(f'<p style="text-align: justify;"><strong>{enc(s, b.text)}</strong></p>')
            else:
                out.append(_p(s, b.text))
        elif isinstance(b, Img):
            out.append(_img(s, b))
        elif b.html == "@@XEMTHEM@@":
            other = BY_ID[171]
            out.append(
                f'<p><em>&gt;&gt; Xem thêm: <a href="{rel(canonical(other))}">{esc(other.title)}</a>'
                "</em></p>"
            )
        else:
            if b.html.startswith('<p style="text-align: right;">'):
                out.append("<p>&nbsp;</p>")  # the editor's spacer before the writer's line
            out.append(entity_mix(b.html) if s.opts.get("entities") else b.html)
        i += 1
    return "\n".join(out)


def _lead_words(s: Story, n: int = 28) -> str:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = lead.split()
    return " ".join(words[:n]) + (" ..." if len(words) > n else "")


def thumb(s: Story) -> str:
    first = next((img for img in s.images), None)
    name = first.src.rsplit("/", 1)[1] if first else "no-image.jpg"
    return f"upload/news/thumb/{name}"


def page(request: Request, title: str, main: str, *, description: str = "", og: str = "") -> Response:
    base = base_url(request) + "/"
    here = base_url(request) + request.target
    return html(
        "\n".join(
            [
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
                '<html xmlns="http://www.w3.org/1999/xhtml">',
                "<head>",
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
                f"<title>{esc(title)}</title>",
                f'<base href="{esc(base)}" />',
                '<meta name="keywords" content="THCS Nguyễn Du, Buôn Ma Thuột, Đắk Lắk, trường học" />',
                f'<meta name="description" content="{esc(description or title)}" />',
                f'<meta property="og:url" content="{esc(here)}" />',
                f'<meta property="og:title" content="{esc(title)}" />',
                og,
                '<link rel="shortcut icon" href="images/favicon.ico" />',
                '<link href="templates/ndu2016/css/style.css" rel="stylesheet" type="text/css" />',
                '<link href="templates/ndu2016/css/megamenu.css" rel="stylesheet" type="text/css" />',
                '<script type="text/javascript" src="js/jquery-1.11.3.min.js"></script>',
                '<script type="text/javascript" src="js/jquery.lazyload.min.js"></script>',
                '<script type="text/javascript" src="js/megamenu.js"></script>',
                "</head>",
                "<body>",
                '<div id="fb-root"></div>',
                "<script>(function(d, s, id) {var js, fjs = d.getElementsByTagName(s)[0];"
                "if (d.getElementById(id)) return;js = d.createElement(s); js.id = id;"
                'js.src = "//connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v2.8";'
                "fjs.parentNode.insertBefore(js, fjs);}(document, 'script', 'facebook-jssdk'));</script>",
                '<div id="wrapper">',
                _header(),
                '<div id="content" class="clearfix">',
                f'<div class="khung_giua">{main}</div>',
                _sidebar(),
                "</div>",
                _footer(),
                "</div>",
                '<script type="text/javascript">$(function(){ $("img.lazy").lazyload({effect:"fadeIn"}); '
                '$(".menu_cha li").hover(function(){$(this).children(".menu_con,.mega_box")'
                ".stop().slideDown(200);},function(){$(this).children(\".menu_con,.mega_box\")"
                ".stop().slideUp(100);}); });</script>",
                "</body>",
                "</html>",
            ]
        )
    )


def _header() -> str:
    mega_cols = []
    for cat, label in CATS.items():
        newest = cat_stories(cat)[0]
        mega_cols.append(
            f'<div class="cot_mega"><h4><a href="{rel("/" + cat + ".html")}">{esc(label)}</a></h4>'
            f'<a href="{rel(canonical(newest))}"><img src="{thumb(newest)}" width="160" height="110" alt="" /></a>'
            f'<a class="td_mega" href="{rel(canonical(newest))}">{esc(newest.title)}</a></div>'
        )
    marquee = " &nbsp;&nbsp;&bull;&nbsp;&nbsp; ".join(
        f'<a href="{rel(short_path(s))}">{esc(s.title)}</a>' for s in STORIES[:3]
    )
    return f"""<div id="top_bar">
 <div class="ngay_gio">{HEADER_TODAY}</div>
 <div class="tim_kiem"><form action="tim-kiem.html" method="get" name="frmTimKiem">
  <input type="text" name="tukhoa" class="o_tim" value="Nhập từ khóa..." onfocus="if(this.value=='Nhập từ khóa...')this.value='';" />
  <input type="submit" value="Tìm" class="nut_tim" /></form></div>
</div>
<div id="banner">
 <h1 id="logo"><a href="./"><img src="images/logo_ndu.png" alt="Trường THCS Nguyễn Du" width="90" height="90" />
 <span class="ten_truong">TRƯỜNG THCS NGUYỄN DU</span></a></h1>
 <div class="slogan">Phòng Giáo dục và Đào tạo thành phố Buôn Ma Thuột<br />Kỷ cương - Tình thương - Trách nhiệm</div>
</div>
<div id="menu_ngang"><ul class="menu_cha">
 <li><a href="./" class="trangchu">Trang chủ</a></li>
 <li><a href="gioi-thieu.html">Giới thiệu</a><ul class="menu_con">
  <li><a href="gioi-thieu.html">Lịch sử nhà trường</a></li>
  <li><a href="gioi-thieu.html#cocau">Cơ cấu tổ chức</a></li>
  <li><a href="lien-he.html">Thông tin liên hệ</a></li></ul></li>
 <li class="co_mega"><a href="javascript:;">Tin tức</a><div class="mega_box">{"".join(mega_cols)}</div></li>
 <li><a href="thu-vien-anh.html">Thư viện ảnh</a></li>
 <li><a href="video.html">Video</a></li>
 <li><a href="http://daklak.edu.vn/" target="_blank">Sở GD&amp;ĐT</a></li>
 <li><a href="lien-he.html">Liên hệ</a></li>
</ul></div>
<div id="tin_chay"><span class="nhan">Tin mới:</span><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div>"""


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{rel(short_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    v = VIDEOS[0]
    albums = "".join(
        f'<a href="{rel(album_path(a))}"><img src="upload/album/thumb/{a["photos"][0][0]}" width="125" height="90" '
        f'alt="{esc(a["title"])}" /></a>'
        for a in ALBUMS
    )
    return f"""<div class="cot_phai">
 <div class="box_phai"><div class="tieude_boxphai">Tin xem nhiều</div><ul class="ds_xemnhieu">{most}</ul></div>
 <div class="box_phai"><div class="tieude_boxphai">Video</div>
  <iframe width="270" height="180" src="https://www.youtube.com/embed/{v["youtube"]}" frameborder="0" allowfullscreen></iframe>
  <a class="ten_video" href="{rel(video_path(v))}">{esc(v["title"])}</a></div>
 <div class="box_phai"><div class="tieude_boxphai">Thư viện ảnh</div><div class="anh_album">{albums}</div></div>
 <div class="box_phai"><div class="tieude_boxphai">Liên kết</div>
  <a href="https://moet.gov.vn/" target="_blank"><img src="images/banner/bo-gddt.jpg" width="270" alt="Bộ Giáo dục và Đào tạo" /></a>
  <a href="http://daklak.edu.vn/" target="_blank"><img src="images/banner/so-gddt-daklak.jpg" width="270" alt="Sở GD&amp;ĐT Đắk Lắk" /></a>
  <select onchange="if(this.value!='')window.open(this.value);"><option value="">-- Liên kết website --</option>
  <option value="https://daklak.gov.vn/">Cổng TTĐT tỉnh Đắk Lắk</option>
  <option value="https://buonmathuot.daklak.gov.vn/">UBND TP Buôn Ma Thuột</option>
  <option value="https://vnedu.vn/">Sổ liên lạc điện tử vnEdu</option></select></div>
 <div class="box_phai"><div class="tieude_boxphai">Thăm dò ý kiến</div>
  <form name="frmBinhChon"><p>Bạn biết đến website của trường qua kênh nào?</p>
  <input type="radio" name="ykien" value="1" /> Giáo viên giới thiệu<br />
  <input type="radio" name="ykien" value="2" /> Facebook, Zalo<br />
  <input type="radio" name="ykien" value="3" /> Tìm kiếm Google<br />
  <input type="button" value="Bình chọn" onclick="binhchon(1)" />
  <input type="button" value="Kết quả" onclick="window.open('ketqua.php?id=1','kq','width=400,height=300')" /></form></div>
 <div class="box_phai"><div class="tieude_boxphai">Thống kê truy cập</div>
  <table class="thongke"><tr><td>Đang online:</td><td>14</td></tr><tr><td>Hôm nay:</td><td>236</td></tr>
  <tr><td>Tháng này:</td><td>1.804</td></tr><tr><td>Tổng truy cập:</td><td>284.517</td></tr></table></div>
</div>"""


def _footer() -> str:
    return """<div id="footer">
 <p><strong>TRƯỜNG THCS NGUYỄN DU - THÀNH PHỐ BUÔN MA THUỘT - TỈNH ĐẮK LẮK</strong></p>
 <p>Địa chỉ: 52 Phan Bội Châu, phường Thành Công, TP Buôn Ma Thuột, tỉnh Đắk Lắk</p>
 <p>Điện thoại: (0262) 3852 417 - Email: thcsnguyendu.bmt@daklak.edu.vn</p>
 <p>Chịu trách nhiệm nội dung: Hiệu trưởng Lê Thị Thanh Hương</p>
 <p class="thietke">Thiết kế web: <a href="http://webtaynguyen.vn/" target="_blank">Công ty TNHH Giải pháp Web Tây Nguyên</a> &copy; 2016</p>
</div>"""


def _breadcrumb(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="./">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + " &raquo; ".join(parts) + "</div>"


def _list_item(s: Story, path: str) -> str:
    icon = ' <img src="images/icon_new.gif" alt="Tin mới" />' if s.id in NEW_ICON else ""
    return (
        '<div class="tin_ds clearfix">'
        f'<a href="{rel(path)}"><img class="anh_ds" src="{thumb(s)}" width="150" height="100" alt="" /></a>'
        f'<h3 class="td_ds"><a href="{rel(path)}" title="{esc(s.title)}">{esc(s.title)}</a>{icon}</h3>'
        f'<span class="ngay_ds">({dmy(s)})</span>'
        f'<div class="tt_ds">{esc(_lead_words(s))}</div></div>'
    )


def home(request: Request) -> Response:
    slider = "".join(
        f'<li><a href="{rel(canonical(s))}"><img src="{rel(s.images[0].src) if s.images else thumb(s)}" '
        f'width="560" height="320" alt="{esc(s.title)}" /></a><p class="td_slide">{esc(s.title)}</p></li>'
        for s in STORIES[:4]
    )
    boxes = []
    for cat, label in CATS.items():
        items = cat_stories(cat)[:3]
        first, rest = items[0], items[1:]
        lis = "".join(
            f'<li><a href="{rel(home_path(s))}">{esc(s.title)}</a> <span class="ngay">({dmy(s)})</span></li>'
            for s in rest
        )
        boxes.append(
            f'<div class="box_tintuc"><div class="tieude_box"><a href="{cat}.html">{esc(label)}</a>'
            f'<a class="xemtiep" href="{cat}.html">Xem tiếp &raquo;</a></div>'
            f'<div class="tin_dau"><a href="{rel(home_path(first))}"><img src="{thumb(first)}" width="180" height="120" alt="" /></a>'
            f'<h3><a href="{rel(home_path(first))}">{esc(first.title)}</a></h3>'
            f"<p>{esc(_lead_words(first, 35))}</p></div><ul class=\"tin_sau\">{lis}</ul></div>"
        )
    main = (
        f'<div id="slider"><ul class="slides">{slider}</ul></div>'
        '<div class="tieude_lon">Tin tức</div>' + "".join(boxes)
    )
    return page(request, "Trường THCS Nguyễn Du - TP Buôn Ma Thuột - Đắk Lắk", main)


def listing(request: Request, cat: str, n: int) -> Response | None:
    items = cat_stories(cat)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    if n < 1 or n > pages:
        return None
    chunk = items[(n - 1) * PAGE_SIZE : n * PAGE_SIZE]
    label = CATS[cat]
    pager = ""
    if pages > 1:
        links = [f'<a href="{cat}/trang-1.html" title="Trang đầu">&laquo;</a>']
        for k in range(1, pages + 1):
            links.append(
                f'<span class="trang_ht">{k}</span>' if k == n else f'<a href="{cat}/trang-{k}.html">{k}</a>'
            )
        links.append(f'<a href="{cat}/trang-{pages}.html" title="Trang cuối">&raquo;</a>')
        pager = '<div class="phantrang">Trang: ' + " ".join(links) + "</div>"
    main = (
        _breadcrumb(("Tin tức", None), (label, f"{cat}.html"))
        + f'<div class="tieude_lon">{esc(label)}</div><div class="ds_tin">'
        + "".join(_list_item(s, canonical(s)) for s in chunk)
        + "</div>"
        + pager
    )
    title = f"{label} - Trang {n} - {SITE}" if n > 1 else f"{label} - {SITE}"
    return page(request, title, main)


def article(request: Request, s: Story) -> Response:
    label = CATS[s.cat]
    canon = base_url(request) + canonical(s)
    icon = ' <img src="images/icon_new.gif" alt="Tin mới" />' if s.id in NEW_ICON else ""
    lead = f'<div class="tomtat_ct"><b>{enc(s, s.summary)}</b></div>' if s.sapo_outside else ""
    writer = (
        f'<div class="tg_ct" align="right"><strong>{esc(s.opts["writer_field"])}</strong></div>'
        if s.opts.get("writer_field")
        else ""
    )
    same = [x for x in cat_stories(s.cat) if x.id != s.id][:3]
    others = _others(s)
    same_html = "".join(
        f'<li><a href="{rel(canonical(x))}">{esc(x.title)}</a> <span class="ngay">({dmy(x)})</span></li>'
        for x in same
    )
    others_html = "".join(
        f'<li><a href="{rel(old_path(x))}">{esc(x.title)}</a> <span class="ngay">({dmy(x)})</span></li>'
        for x in others
    )
    main = f"""{_breadcrumb(("Tin tức", None), (label, f"{s.cat}.html"))}
<div class="ct_tintuc">
 <h2 class="tieude_ct">{enc(s, s.title)}{icon}</h2>
 <div class="ngaydang_ct"><img src="images/icon_clock.gif" alt="" /> Ngày đăng: {dmy(s)} - {hm(s)} &nbsp;|&nbsp;
 <img src="images/icon_view.gif" alt="" /> Lượt xem: {s.views()} &nbsp;|&nbsp; Đăng bởi: quantri</div>
 <div class="congcu_ct"><a href="javascript:;" onclick="window.open('{rel(print_path(s))}','inbai','width=760,height=600,scrollbars=1')"><img src="images/icon_print.gif" alt="" /> In bài</a>
 &nbsp; <a href="mailto:?subject={esc(s.title)}&amp;body={esc(canon)}"><img src="images/icon_email.gif" alt="" /> Gửi email</a>
 &nbsp; <a href="javascript:history.back()">Quay lại</a></div>
 {lead}
 <div class="noidung_ct" id="nd_ct">
{render_text(s)}
{writer}
  <div class="chiase_ct">Chia sẻ: <div class="fb-like" data-href="{esc(canon)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div>
  <a href="https://plus.google.com/share?url={esc(canon)}" target="_blank"><img src="images/icon_gplus.png" alt="G+" /></a></div>
  <div class="binhluan_ct"><div class="tieude_bl">Bình luận</div>
  <div class="fb-comments" data-href="{esc(canon)}" data-width="100%" data-numposts="5"></div></div>
 </div>
 <div class="tin_cungloai"><div class="tieude_tcl">Tin cùng chuyên mục</div><ul>{same_html}</ul></div>
 <div class="tin_khac"><div class="tieude_tk">Tin khác</div><ul>{others_html}</ul></div>
</div>"""
    og = f'<meta property="og:image" content="{base_url(request)}/{thumb(s)}" />'
    return page(request, f"{s.title} - {SITE}", main, description=_lead_words(s, 40), og=og)


def print_view(request: Request, s: Story) -> Response:
    lead = f"<p><b>{enc(s, s.summary)}</b></p>" if s.sapo_outside else ""
    writer = f'<p align="right"><b>{esc(s.opts["writer_field"])}</b></p>' if s.opts.get("writer_field") else ""
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài: {esc(s.title)}</title>
<base href="{esc(base_url(request))}/" />
<link href="templates/ndu2016/css/print.css" rel="stylesheet" type="text/css" />
</head><body onload="window.print()">
<div class="in_dau"><img src="images/logo_ndu.png" width="50" alt="" /> <b>TRƯỜNG THCS NGUYỄN DU - TP BUÔN MA THUỘT</b></div>
<h3 class="in_tieude">{enc(s, s.title)}</h3>
<div class="in_ngay">Ngày đăng: {dmy(s)} - {hm(s)}</div>
{lead}
<div class="in_noidung">
{render_text(s)}
{writer}
</div>
<div class="in_cuoi">Địa chỉ bài viết: {esc(base_url(request) + canonical(s))}</div>
</body></html>"""
    return html(body)


def album_page(request: Request, a: dict) -> Response:
    photos = "".join(
        f'<div class="anh_item"><a href="upload/album/{a["id"]}/{f}" rel="lightbox[album]">'
        f'<img src="upload/album/{a["id"]}/thumb/{f}" width="200" height="140" alt="{esc(c)}" /></a>'
        f'<p class="chuthich_anh">{esc(c)}</p></div>'
        for f, c in a["photos"]
    )
    others = "".join(
        f'<li><a href="{rel(album_path(o))}">{esc(o["title"])}</a></li>' for o in ALBUMS if o is not a
    )
    main = f"""{_breadcrumb(("Thư viện ảnh", "thu-vien-anh.html"))}
<div class="ct_album">
 <h2 class="tieude_ct">{esc(a["title"])}</h2>
 <div class="ngaydang_ct">Ngày đăng: {a["date"]} &nbsp;|&nbsp; Lượt xem: {300 + a["id"] * 11}</div>
 <div class="mota_album"><p>{esc(a["desc"])}</p></div>
 <div class="ds_anh clearfix">{photos}</div>
 <div class="tin_khac"><div class="tieude_tk">Album khác</div><ul>{others}</ul></div>
</div>"""
    return page(request, f"{a['title']} - Thư viện ảnh - {SITE}", main)


def albums_page(request: Request) -> Response:
    items = "".join(
        f'<div class="album_ds"><a href="{rel(album_path(a))}"><img src="upload/album/thumb/{a["photos"][0][0]}" '
        f'width="200" height="140" alt="" /></a><h3><a href="{rel(album_path(a))}">{esc(a["title"])}</a></h3>'
        f'<span class="ngay_ds">({a["date"][:10]})</span></div>'
        for a in ALBUMS
    )
    main = _breadcrumb(("Thư viện ảnh", None)) + f'<div class="tieude_lon">Thư viện ảnh</div>{items}'
    return page(request, f"Thư viện ảnh - {SITE}", main)


def video_page(request: Request, v: dict) -> Response:
    main = f"""{_breadcrumb(("Video", "video.html"))}
<div class="ct_video">
 <h2 class="tieude_ct">{esc(v["title"])}</h2>
 <div class="ngaydang_ct">Ngày đăng: {v["date"]} &nbsp;|&nbsp; Lượt xem: 412</div>
 <div class="khung_video"><iframe width="640" height="360" src="https://www.youtube.com/embed/{v["youtube"]}" frameborder="0" allowfullscreen></iframe></div>
 <div class="mota_video"><p>{esc(v["desc"])}</p></div>
</div>"""
    return page(request, f"{v['title']} - Video - {SITE}", main)


def videos_page(request: Request) -> Response:
    items = "".join(
        f'<div class="video_ds"><a href="{rel(video_path(v))}"><img src="https://img.youtube.com/vi/{v["youtube"]}/0.jpg" '
        f'width="200" alt="" /></a><h3><a href="{rel(video_path(v))}">{esc(v["title"])}</a></h3></div>'
        for v in VIDEOS
    )
    main = _breadcrumb(("Video", None)) + f'<div class="tieude_lon">Video</div>{items}'
    return page(request, f"Video - {SITE}", main)


INTRO = [
    "Trường THCS Nguyễn Du được thành lập năm 1996 trên cơ sở tách ra từ Trường PTCS Thành Công, "
    "đóng tại 52 Phan Bội Châu, phường Thành Công, thành phố Buôn Ma Thuột.",
    "Trải qua 30 năm xây dựng và phát triển, nhà trường luôn là đơn vị dẫn đầu của ngành giáo dục "
    "thành phố về chất lượng giáo dục toàn diện. Trường được công nhận đạt chuẩn quốc gia mức độ 1 "
    "năm 2012 và mức độ 2 năm 2021.",
    "Năm học 2026 - 2027, nhà trường có 28 lớp với 1.126 học sinh; 68 cán bộ, giáo viên, nhân viên, "
    "trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.",
]


def intro_page(request: Request) -> Response:
    paras = "".join(f"<p>{esc(p)}</p>" for p in INTRO)
    main = f"""{_breadcrumb(("Giới thiệu", None))}
<div class="ct_tintuc"><h2 class="tieude_ct">Giới thiệu về Trường THCS Nguyễn Du</h2>
<div class="noidung_ct">{paras}
<h3 id="cocau">Cơ cấu tổ chức</h3>
<table border="1" cellpadding="4" cellspacing="0"><tr><td>Hiệu trưởng</td><td>Lê Thị Thanh Hương</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>Phạm Văn Bình</td></tr><tr><td>Phó Hiệu trưởng</td><td>Trần Thị Kim Oanh</td></tr>
<tr><td>Tổng phụ trách Đội</td><td>Đoàn Thị Ngọc Ánh</td></tr></table></div></div>"""
    return page(request, f"Giới thiệu - {SITE}", main)


def contact_page(request: Request) -> Response:
    main = f"""{_breadcrumb(("Liên hệ", None))}
<div class="ct_lienhe"><h2 class="tieude_ct">Liên hệ</h2>
<p><b>TRƯỜNG THCS NGUYỄN DU</b></p>
<p>Địa chỉ: 52 Phan Bội Châu, phường Thành Công, TP Buôn Ma Thuột, tỉnh Đắk Lắk</p>
<p>Điện thoại: (0262) 3852 417 - Email: thcsnguyendu.bmt@daklak.edu.vn</p>
<form method="post" action="lien-he.html" name="frmLienHe"><table class="bang_lh">
<tr><td>Họ tên (*)</td><td><input type="text" name="hoten" /></td></tr>
<tr><td>Email (*)</td><td><input type="text" name="email" /></td></tr>
<tr><td>Tiêu đề</td><td><input type="text" name="tieude" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="noidung" rows="6" cols="50"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr>
</table></form></div>"""
    return page(request, f"Liên hệ - {SITE}", main)


def search_page(request: Request) -> Response:
    key = request.params.get("tukhoa", "").strip()
    hits = [s for s in STORIES if key and key.lower() in s.title.lower()] if key else []
    items = "".join(_list_item(s, canonical(s)) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = _breadcrumb(("Tìm kiếm", None)) + f'<div class="tieude_lon">Kết quả tìm kiếm: {esc(key)}</div>{items}'
    return page(request, f"Tìm kiếm - {SITE}", main)


_ART = re.compile(r"^/([a-z0-9-]+)/([a-z0-9-]*)-(\d+)\.html$")
_PAGER = re.compile(r"^/([a-z0-9-]+)/trang-(\d+)\.html$")
_SHORT = re.compile(r"^/tin-tuc/(\d+)\.html$")
_STATIC_DIRS = ("/upload/", "/images/", "/templates/", "/js/")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_DIRS):
            if path.startswith("/upload/files/") and path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/index.php":
            params = request.params
            if not request.query:
                return home(request)
            if params.get("mod") == "news" and params.get("id", "").isdigit():
                s = BY_ID.get(int(params["id"]))
                if s is None:
                    return None
                if params.get("act") == "detail":
                    return article(request, s)
                if params.get("act") == "print":
                    return print_view(request, s)
            return None
        if path == "/":
            return home(request)
        if path == "/gioi-thieu.html":
            return intro_page(request)
        if path == "/lien-he.html":
            return contact_page(request)
        if path == "/tim-kiem.html":
            return search_page(request)
        if path == "/thu-vien-anh.html":
            return albums_page(request)
        if path == "/video.html":
            return videos_page(request)
        if path.endswith(".html") and path.count("/") == 1 and path[1:-5] in CATS:
            return listing(request, path[1:-5], 1)
        if m := _PAGER.match(path):
            return listing(request, m.group(1), int(m.group(2))) if m.group(1) in CATS else None
        if m := _SHORT.match(path):
            s = BY_ID.get(int(m.group(1)))
            return article(request, s) if s else None
        if m := _ART.match(path):
            folder, ident = m.group(1), int(m.group(3))
            if folder == "thu-vien-anh":
                a = next((x for x in ALBUMS if x["id"] == ident), None)
                return album_page(request, a) if a else None
            if folder == "video":
                v = next((x for x in VIDEOS if x["id"] == ident), None)
                return video_page(request, v) if v else None
            s = BY_ID.get(ident)
            if s is not None and s.cat == folder:
                return article(request, s)
        return None


def build_site() -> Site:
    return Site()


def _others(s: Story) -> list[Story]:
    """The "Tin khác" box: the 5 newest items of the site but this one."""
    return [x for x in STORIES if x.id != s.id][:5]


def _alts(s: Story) -> list[str]:
    """The other URLs the site links to for ``s`` (and its print view)."""
    alts = []
    if s.id in MOST_READ or s in STORIES[:3]:
        alts.append(short_path(s))
    if any(s in _others(other) for other in STORIES):
        alts.append(old_path(s))
    if home_path(s) != canonical(s) and s in cat_stories(s.cat)[:3]:
        alts.append(home_path(s))
    alts.append(print_path(s))
    return alts


GOLD = [
    gold_record(s, canonical(s), CATS[s.cat], canonical_path=canonical(s), alt_paths=_alts(s))
    for s in STORIES
]
