"""Trường THPT Nguyễn Trãi (thành phố Thái Bình) on a vendor's CodeIgniter 3 school-site product.

Platform
--------
A Vietnamese vendor sells one CodeIgniter 3 application to many schools: the same template
everywhere ("vnn-header", "vnn-menu", "box-news", "box-title"), Bootstrap 3 (``.hidden``,
``.breadcrumb``, ``.pagination``, ``.carousel``), jQuery 1.11, Font Awesome icons, a lazy-load
plugin, the Facebook comments plugin. ``index.php`` is removed by ``.htaccess`` but every route
still answers behind ``/index.php/…`` and one home-page module still builds its links with
``site_url()`` while ``$config['index_page']`` was left at "index.php".

URL scheme
----------
- ``/`` home (also ``/index.php``);
- ``/tin-tuc/chuyen-muc/<cat-id>`` and ``/tin-tuc/chuyen-muc/<cat-id>/<offset>``: CodeIgniter's
  pagination library with the row offset in the path, 12 rows a page (``/2/12`` = rows 12–23);
  page 1 has no offset segment (CI3's ``first_url``);
- ``/tin-tuc/chi-tiet/<id>/<slug>.html`` articles; the controller reads the id only, so any slug
  (and the ``/index.php/`` prefix) serves the same article;
- ``/tag/<slug>`` tag listings; ``/album`` and ``/album/<id>`` photo albums; ``/thoi-khoa-bieu``
  timetable; ``/van-ban`` and ``/van-ban/<id>`` documents; ``/goc-hoc-tap`` the study corner
  (a listing of document entries); ``/gioi-thieu``, ``/lien-he``; ``/tim-kiem?tukhoa=`` search
  (a GET form, never linked); ``/binh-chon`` the poll (POST form).

Categories: 2 "Tin tức - Sự kiện" (parent) with children 5 "Hoạt động chuyên môn",
6 "Đoàn thanh niên", 9 "Thông báo". The parent's listing aggregates its children.

Page templates
--------------
- Home: header (banner, today's date "Thứ Bảy, 05/12/2026", search form), Bootstrap navbar with
  drop-downs, "Tin mới" marquee (5 newest), "Tin nổi bật" carousel (3 articles, ``/index.php/``
  links), "Thông báo" box, a box-news per category, the "Góc học tập" box, the "Thời khóa biểu"
  box, the album box, sidebar (notices, most read, documents, links select, poll, visitor counter,
  Facebook page), footer.
- Listing: breadcrumb, box-title, ``div.tin-item`` rows (thumb, headline, date, teaser, and in
  the parent listing a sub-category label), CI3 pagination (``data-ci-pagination-page``).
- Article: breadcrumb, a box-title with the category name in capitals, ``h1.tieu-de-bai-viet``,
  ``div.thong-tin`` (Ngày đăng "dd/mm/YYYY hh:mm SA|CH", Lượt xem, Người đăng = CMS account),
  tool bar (font size, print, Facebook like, Zalo), a hidden text-to-speech copy, the
  "Nghe đọc bài" button, ``div.tom-tat-bv`` (sapo, when the editor filled it),
  ``div.noi-dung-bai-viet`` (the text, with the vendor's "Có thể bạn quan tâm" box injected after
  its second paragraph), tags, Facebook comments, "Bài viết khác" (5 newest, with dates).

How each gold article is reached
--------------------------------
Rows of ``/tin-tuc/chuyen-muc/2`` newest first: 1094, 1090, 1087, 1083 (twice), 1077, 1068, 1059,
1052, 1044, 1039, 1031 — then ``/tin-tuc/chuyen-muc/2/12``: 1015, 1012. Articles 1012 and 1015 are
filed directly under the parent and are linked from nowhere else (home boxes, marquee, most-read,
"Bài viết khác", the injected box and tag pages all show newer articles): only page 2 reaches them.
The others are also on the home page, the child listings (5, 6, 9) or the tag pages; 1031 (not on
the home page) is in ``/tin-tuc/chuyen-muc/5`` and, under its old slug, in a "Xem thêm" line.

Traps
-----
1. JOIN-duplicated listing row (not in the README): article 1083 is filed under two categories
   (5 and 6); the parent listing joins the category table and prints it twice in a row, once
   labelled "Hoạt động chuyên môn" and once "Đoàn thanh niên". It is one article; the two rows
   push the two oldest articles to page 2. Gold: one record, category = the breadcrumb's leaf
   "Hoạt động chuyên môn" (not the label of the listing it was found through, not the parent).
2. Lazy-loaded images (not in the README): in the newer articles the image ``src`` is the
   plugin's placeholder ``/public/images/blank.gif`` and the photo sits in ``data-src`` (no
   ``<noscript>`` copy). Gold: the ``data-src`` path, never the placeholder.
3. Hidden text-to-speech copy (not in the README): before the text, ``div#vnn-tts-src.hidden``
   (Bootstrap's class, no inline style) holds the headline and the whole text as one run of plain
   text for the "Nghe đọc bài" reader: the densest text block on the page. Gold: not body; the
   body comes from ``div.noi-dung-bai-viet`` only, once.
4. Vendor box injected inside the text container (not in the README): after the second paragraph
   of ``noi-dung-bai-viet`` the server inserts ``div.vnn-inread`` "Có thể bạn quan tâm" with three
   headlines. Gold: not body; the text continues after it.
5. Category heading above the headline (not in the README): the article's box-title prints
   "HOẠT ĐỘNG CHUYÊN MÔN" in an ``h2`` before ``h1.tieu-de-bai-viet``. Gold title = the ``h1``.
6. 12-hour clock with Vietnamese markers (not in the README): the template prints
   ``date('d/m/Y h:i A')`` with AM/PM replaced by "SA"/"CH": "02:30 CH" is 14:30, "12:20 CH" is
   12:20 (noon), "12:00 SA" is midnight, which the two articles imported from the old site carry
   (gold: the day alone, "2026-10-03").
7. Image grid table (not in the README): article 1044 puts two photos side by side in a
   ``<table>`` whose second row holds their two caption lines. Gold: two images with those
   captions; the caption row is not a table-row paragraph of the body.
8. Dot-segment image paths (not in the README): article 1012, imported from the old site, prints
   ``src="../../../uploads/old/…"``; resolved against the article's canonical URL that is
   ``/uploads/old/…`` (gold path).
9. URL variants: the home carousel links ``/index.php/tin-tuc/chi-tiet/…``; a "Xem thêm" line in
   1068 links 1031 under the slug it had before its headline was edited
   (``/tin-tuc/chi-tiet/1031/hoi-giang-chao-mung-ngay-20-11.html``). Same page, no redirect, no
   canonical link (only ``og:url``). Gold: the clean current URL is the path; the variants are
   alt_paths (the ``/index.php/`` form of every article is listed).
10. "Góc học tập" box dressed as news (not in the README): on the home page it has the
    box-news markup (thumb, headline, date, teaser) but its entries are document pages
    ``/van-ban/<id>`` (study outlines with a PDF). Gold: non-articles.
11. Bylines as schools print them: "ThS. Trần Quang Huy – Phó Hiệu trưởng", "Cô giáo Nguyễn Thị
    Thanh Huyền – Tổ Vật lí – Công nghệ" (the honorific "Cô giáo" is a title: dropped),
    "Bài: Vũ Minh Châu (11A1) - Ảnh: Lê Đức Anh" (class dropped), "Tin, ảnh: …", units signing
    alone ("Tổ Ngữ văn", "Bộ phận Chuyên môn", "BCH Đoàn trường", "Văn phòng nhà trường"), "BBT"
    (nobody); "Người đăng" is always a CMS account (nobody). A reposted article closes with
    "Minh Hằng" and "Nguồn: Báo Thái Bình điện tử" (author and source).
12. Encodings: 1044 was saved by CKEditor with ``entities_latin`` (Latin-1 letters as named
    entities, ``&agrave;``, ``&ecirc;``, the other Vietnamese letters raw UTF-8); 1077 was typed
    with Unikey's "Unicode tổ hợp" (decomposed, headline included); 1012 is Word paste
    (``MsoNormal``, ``<o:p>``, ``&nbsp;`` spacer paragraphs). Gold: NFC text, no empty paragraphs.
13. Official notice (1087): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận", signer. Gold
    per the house rules: date = the letterhead's day 2026-11-30 (the page's "Ngày đăng" says
    01/12/2026), author = the signer "Đỗ Văn Thành", body = the numbered lines, text and the
    schedule table's rows.
14. Captions printed several ways: a centred ``<em>`` line after the image, ``figcaption``, a
    blue line in parentheses (parentheses taken off), "Ảnh: Lê Đức Anh" alone (caption None, a
    photographer), no line (None).

Gold decisions on ambiguous points
----------------------------------
- category: the breadcrumb's last section ("Tin tức - Sự kiện" for the articles filed directly
  under the parent, the child otherwise), even for 1083 found through the "Đoàn thanh niên" row.
- summary: ``div.tom-tat-bv`` (1031, 1077: outside the text, first body paragraph in the gold) or a
  bold lead paragraph (1052, 1059, 1068); null elsewhere. The listings' teasers and the meta
  description (the first words of the text cut with "...") are not sapos.
- Poem lines joined by ``<br />`` in 1039 are two paragraphs; a paragraph split by ``<br />`` in
  1015 is two paragraphs.
- "File đính kèm: …" (1059), "Xem thêm: …" (1068), the YouTube frame (1083) and the emoji bullets
  drawn as ``<img alt="👉">`` (1094, no text) are not body; the typed "📌 Lưu ý: …" and the typed
  "🏆" are text.
- Bold numbered lines of the notice ("1. Thời gian kiểm tra") and the ``h3`` headings of 1044 are
  paragraphs.
- 1087's published_at is the letterhead's day (the house rule), not the page's 01/12/2026 07:45.
"""

from __future__ import annotations

import re
import unicodedata
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
)

NAME = "codeigniter3_vendor_school_thpt"
PLATFORM = "CodeIgniter 3 vendor school-site product (vnn-* template, Bootstrap 3, jQuery)"
START_PATH = "/"

SCHOOL = "Trường THPT Nguyễn Trãi"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 12

#: id -> (name, parent id)
CATS: dict[int, tuple[str, int | None]] = {
    2: ("Tin tức - Sự kiện", None),
    5: ("Hoạt động chuyên môn", 2),
    6: ("Đoàn thanh niên", 2),
    9: ("Thông báo", 2),
}
CAT_ID = {name: cid for cid, (name, _parent) in CATS.items()}

RIGHT = '<p style="text-align: right;"><strong>{}</strong></p>'


# --- the articles ----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1012,
        slug="khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-03",
        authors=["Hoàng Văn Nam"],
        photographers=["Bùi Thị Duyên"],
        opts={"posted": "2026-10-03 00:00", "poster": "admin", "word": True, "tags": []},
        blocks=[
            P(
                "Sáng ngày 02/10/2026, Trường THPT Nguyễn Trãi long trọng tổ chức Lễ khai mạc Hội khỏe "
                "Phù Đổng cấp trường năm học 2026 – 2027. Đây là hoạt động thể dục thể thao thường niên "
                "nhằm tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng thành phố Thái Bình.",
                "mso",
            ),
            P(
                "Tới dự lễ khai mạc có thầy Đỗ Văn Thành – Hiệu trưởng nhà trường, các đồng chí trong Ban "
                "Giám hiệu, đại diện Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên và hơn "
                "1.300 học sinh của 36 lớp.",
                "mso",
            ),
            Img(
                "../../../uploads/old/2026/10/hkpd-khai-mac-1.jpg",
                "Thầy Đỗ Văn Thành, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
                "Thầy Đỗ Văn Thành, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
                "old",
            ),
            P(
                "Phát biểu khai mạc, thầy Hiệu trưởng nhấn mạnh: Hội khỏe Phù Đổng không chỉ là dịp để "
                "các em học sinh rèn luyện thân thể, nâng cao sức khỏe mà còn là sân chơi bổ ích, góp phần "
                "giáo dục tinh thần đoàn kết, ý chí vượt khó và tinh thần thượng võ trong thi đấu.",
                "mso",
            ),
            P(
                "Hội khỏe năm nay gồm 6 môn thi đấu: điền kinh, bóng đá nam, bóng chuyền nữ, cầu lông, "
                "cờ vua và kéo co. Các nội dung thi đấu diễn ra từ ngày 02/10 đến ngày 16/10/2026 tại sân "
                "trường và nhà thi đấu đa năng của nhà trường.",
                "mso",
            ),
            Img(
                "../../../uploads/old/2026/10/hkpd-khai-mac-2.jpg",
                "Màn đồng diễn thể dục của học sinh khối 10",
                "Màn đồng diễn thể dục của học sinh khối 10",
                "old",
            ),
            P(
                "Ngay sau lễ khai mạc, trận kéo co giao hữu giữa đội giáo viên và đội học sinh lớp 12A3 đã "
                "diễn ra vô cùng sôi nổi trong tiếng hò reo cổ vũ của các cổ động viên.",
                "mso",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><i><span '
                'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">Tin: Hoàng Văn '
                "Nam - Ảnh: Bùi Thị Duyên<o:p></o:p></span></i></b></p>"
            ),
            Raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'),
        ],
    ),
    Story(
        id=1015,
        slug="hoi-nghi-can-bo-vien-chuc-va-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị cán bộ, viên chức và người lao động năm học 2026 – 2027",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-06",
        opts={"posted": "2026-10-06 00:00", "poster": "admin", "tags": []},
        blocks=[
            P(
                "Chiều ngày 05/10/2026, Trường THPT Nguyễn Trãi tổ chức Hội nghị cán bộ, viên chức và "
                "người lao động năm học 2026 – 2027. Hội nghị vinh dự được đón tiếp đồng chí Nguyễn Thị "
                "Hương – Phó Trưởng phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo Thái Bình về dự và chỉ đạo."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026 và phương hướng, nhiệm vụ năm học "
                "2026 – 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân và "
                "dự thảo Quy chế chi tiêu nội bộ sửa đổi."
            ),
            Raw("<p>&nbsp;</p>"),
            Img(
                "/uploads/news/2026_10/hoi-nghi-cbvc-2026.jpg",
                "Quang cảnh Hội nghị cán bộ, viên chức và người lao động năm học 2026 – 2027",
                "Quang cảnh Hội nghị cán bộ, viên chức và người lao động năm học 2026 – 2027",
                "figure",
            ),
            P("Năm học 2026 – 2027, nhà trường đặt ra các chỉ tiêu chủ yếu:"),
            P("Tỷ lệ học sinh tốt nghiệp THPT đạt 100%;", "ol"),
            P("Có từ 25 giải học sinh giỏi cấp tỉnh trở lên;", "ol"),
            P(
                "100% cán bộ, giáo viên hoàn thành tốt nhiệm vụ, không có giáo viên xếp loại chưa đạt "
                "chuẩn nghề nghiệp.",
                "ol",
            ),
            P(
                "Trong phần thảo luận, nhiều ý kiến tâm huyết đã được các đại biểu đóng góp xoay quanh "
                "việc đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, ứng dụng "
                "công nghệ thông tin trong quản lý và công tác chủ nhiệm lớp.",
                "+br",
            ),
            P("Các ý kiến đều được Chủ tọa hội nghị tiếp thu, giải trình cụ thể."),
            P(
                "Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành. Cũng tại hội "
                "nghị, cán bộ, giáo viên nhà trường đã ký giao ước thi đua thực hiện thắng lợi nhiệm vụ "
                "năm học mới."
            ),
            Raw(RIGHT.format("BBT")),
        ],
    ),
    Story(
        id=1031,
        slug="soi-noi-hoi-giang-chao-mung-44-nam-ngay-nha-giao-viet-nam",
        title="Sôi nổi Hội giảng chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-22T15:10:00+07:00",
        authors=["Trần Quang Huy"],
        summary=(
            "Từ ngày 12/10 đến ngày 21/10/2026, Trường THPT Nguyễn Trãi tổ chức Hội giảng chào mừng kỷ "
            "niệm 44 năm Ngày Nhà giáo Việt Nam với 32 tiết dạy của giáo viên thuộc 8 tổ chuyên môn."
        ),
        sapo_outside=True,
        opts={
            "posted": "2026-10-22 15:10",
            "poster": "gv.tranhuy",
            "lazy": True,
            "old_slug": "hoi-giang-chao-mung-ngay-20-11",
            "tags": ["nha-giao-viet-nam"],
        },
        blocks=[
            P(
                "Hội giảng năm nay được tổ chức theo hướng đổi mới, tập trung vào việc vận dụng các "
                "phương pháp và kĩ thuật dạy học tích cực, phát triển phẩm chất, năng lực học sinh theo "
                "Chương trình giáo dục phổ thông 2018. Mỗi giáo viên đăng ký ít nhất một tiết dạy, trong "
                "đó khuyến khích các tiết dạy có ứng dụng công nghệ thông tin và chuyển đổi số.",
                "j",
            ),
            Img(
                "/uploads/news/2026_10/hoi-giang-ngu-van.jpg",
                "Cô giáo Phạm Thị Ngọc Ánh trong tiết dạy Ngữ văn lớp 11A4",
                "Cô giáo Phạm Thị Ngọc Ánh trong tiết dạy Ngữ văn lớp 11A4",
                "em",
            ),
            P(
                "Ban Giám khảo gồm các đồng chí trong Ban Giám hiệu và tổ trưởng chuyên môn đã dự giờ, "
                "đánh giá, góp ý cho từng tiết dạy. Nhìn chung, các tiết dạy được chuẩn bị công phu, thiết "
                "kế hoạt động học tập hợp lý, phát huy được tính chủ động, sáng tạo của học sinh.",
                "j",
            ),
            P(
                "Nhiều tiết dạy để lại ấn tượng tốt như tiết Hóa học lớp 10A2 của thầy Nguyễn Văn Khải "
                "với hoạt động thí nghiệm theo nhóm, tiết Tiếng Anh lớp 12A5 của cô Đặng Thu Trang với trò "
                "chơi tương tác trên phần mềm Quizizz, hay tiết Lịch sử lớp 11A7 của cô Vũ Thị Hải Yến với "
                "hình thức sân khấu hóa.",
                "j",
            ),
            Img(
                "/uploads/news/2026_10/hoi-giang-hoa-hoc.jpg",
                "Học sinh lớp 10A2 thực hành thí nghiệm trong tiết Hóa học",
                "Học sinh lớp 10A2 thực hành thí nghiệm trong tiết Hóa học",
                "em",
            ),
            P(
                "Kết thúc hội giảng, Ban Tổ chức đã trao giải Nhất cho 4 tiết dạy, giải Nhì cho 7 tiết "
                "dạy và giải Ba cho 10 tiết dạy. Các tiết dạy đạt giải Nhất sẽ được lựa chọn tham gia Hội "
                "thi giáo viên dạy giỏi cấp tỉnh năm học 2026 – 2027.",
                "j",
            ),
            Raw(RIGHT.format("ThS. Trần Quang Huy – Phó Hiệu trưởng")),
        ],
    ),
    Story(
        id=1039,
        slug="hanh-trinh-ve-nguon-tai-khu-di-tich-con-son-kiep-bac",
        title="Hành trình về nguồn: Đoàn trường tham quan Khu di tích Côn Sơn – Kiếp Bạc",
        cat="Đoàn thanh niên",
        published_at="2026-10-29T19:45:00+07:00",
        authors=["Lương Thị Mai Anh"],
        photographers=["Lương Thị Mai Anh"],
        opts={
            "posted": "2026-10-29 19:45",
            "poster": "doantruong",
            "lazy": True,
            "tags": ["doan-thanh-nien"],
        },
        blocks=[
            P(
                "Nhằm giáo dục truyền thống lịch sử, văn hóa cho đoàn viên thanh niên, ngày 26/10/2026, "
                "Đoàn trường THPT Nguyễn Trãi tổ chức chương trình “Hành trình về nguồn” tại Khu di tích "
                "quốc gia đặc biệt Côn Sơn – Kiếp Bạc cho hơn 200 đoàn viên tiêu biểu."
            ),
            P(
                "Tại đền thờ Nguyễn Trãi, đoàn đã thành kính dâng hương, dâng hoa tưởng nhớ Anh hùng dân "
                "tộc, Danh nhân văn hóa thế giới Nguyễn Trãi – người mà nhà trường vinh dự được mang tên."
            ),
            Img(
                "/uploads/news/2026_10/con-son-dang-huong.jpg",
                "Đoàn viên thanh niên dâng hương tại đền thờ Nguyễn Trãi",
                "Đoàn viên thanh niên dâng hương tại đền thờ Nguyễn Trãi",
                "em",
            ),
            P(
                "Các em được nghe thuyết minh về cuộc đời, sự nghiệp của Nguyễn Trãi, về những áng văn bất "
                "hủ như “Bình Ngô đại cáo”, “Quân trung từ mệnh tập” và tập thơ Nôm “Quốc âm thi tập”. "
                "Nhiều em xúc động khi được đọc lại những câu thơ quen thuộc trong bài “Côn Sơn ca”:"
            ),
            P("Côn Sơn suối chảy rì rầm,", "verse+br"),
            P("Ta nghe như tiếng đàn cầm bên tai.", "verse"),
            P(
                "Sau phần dâng hương, đoàn viên chinh phục hơn 600 bậc đá lên đỉnh núi Côn Sơn, thăm Bàn "
                "cờ Tiên, chùa Hun và tham gia trò chơi tìm hiểu lịch sử “Ai hiểu Ức Trai hơn” do Ban "
                "Chấp hành Đoàn trường tổ chức."
            ),
            Img(
                "/uploads/news/2026_10/con-son-ban-co-tien.jpg",
                "Các đoàn viên chụp ảnh lưu niệm trên đỉnh núi Côn Sơn",
                "Các đoàn viên chụp ảnh lưu niệm trên đỉnh núi Côn Sơn",
                "em",
            ),
            P(
                "Chuyến đi đã để lại nhiều ấn tượng sâu sắc, giúp mỗi đoàn viên thêm tự hào về truyền "
                "thống quê hương, đất nước, từ đó ra sức học tập, rèn luyện xứng đáng với truyền thống "
                "của ngôi trường mang tên danh nhân Nguyễn Trãi."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Tin, ảnh: Lương Thị Mai Anh (Bí thư Đoàn '
                "trường)</strong></em></p>"
            ),
        ],
    ),
    Story(
        id=1044,
        slug="chuyen-de-day-hoc-stem-che-tao-ten-lua-nuoc-mon-vat-li-lop-10",
        title="Chuyên đề dạy học STEM “Chế tạo tên lửa nước” môn Vật lí lớp 10",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-02T10:20:00+07:00",
        authors=["Nguyễn Thị Thanh Huyền"],
        opts={
            "posted": "2026-11-02 10:20",
            "poster": "gv.thanhhuyen",
            "enc": "latin",
            "tags": ["hoc-sinh-gioi"],
        },
        blocks=[
            P(
                "Thực hiện kế hoạch giáo dục STEM năm học 2026 – 2027, ngày 30/10/2026, tổ Vật lí – Công "
                "nghệ Trường THPT Nguyễn Trãi đã tổ chức chuyên đề dạy học STEM “Chế tạo tên lửa nước” cho "
                "học sinh lớp 10A1 và 10A3."
            ),
            P("1. Mục tiêu của chuyên đề", "h"),
            P(
                "Thông qua việc thiết kế, chế tạo và phóng thử tên lửa nước, học sinh vận dụng kiến thức "
                "về định luật bảo toàn động lượng, chuyển động ném xiên và áp suất chất khí để giải quyết "
                "một nhiệm vụ thực tiễn; đồng thời phát triển năng lực hợp tác, năng lực giải quyết vấn đề "
                "và sáng tạo."
            ),
            P("2. Tiến trình thực hiện", "h"),
            P(
                "Trước buổi học một tuần, các nhóm học sinh đã nhận nhiệm vụ, tìm hiểu kiến thức nền, phác "
                "thảo bản thiết kế và chuẩn bị vật liệu từ những đồ dùng tái chế như vỏ chai nhựa, ống "
                "nhựa PVC, bìa cứng."
            ),
            P(
                "Trong buổi học, từng nhóm trình bày bản thiết kế, giải thích nguyên lý hoạt động rồi tiến "
                "hành lắp ráp hoàn thiện sản phẩm. Phần phóng thử diễn ra tại sân trường với tiêu chí đánh "
                "giá là tầm xa và độ ổn định của đường bay."
            ),
            Img(
                "/uploads/news/2026_11/stem-ten-lua-nuoc-1.jpg",
                "Nhóm 3 lớp 10A1 lắp ráp tên lửa",
                "Nhóm 3 lớp 10A1 lắp ráp tên lửa",
                "grid",
            ),
            Img(
                "/uploads/news/2026_11/stem-ten-lua-nuoc-2.jpg",
                "Phóng thử sản phẩm tại sân trường",
                "Phóng thử sản phẩm tại sân trường",
                "grid",
            ),
            P("3. Kết quả", "h"),
            P(
                "Sản phẩm của nhóm 2 lớp 10A3 đạt tầm xa 68 m, cao nhất trong các nhóm tham gia. Các thầy "
                "cô dự giờ đánh giá cao sự chuẩn bị chu đáo, tinh thần làm việc nhóm và khả năng thuyết "
                "trình tự tin của học sinh."
            ),
            P(
                "Chuyên đề là một trong chuỗi hoạt động giáo dục STEM được nhà trường triển khai ở tất cả "
                "các khối lớp, góp phần đổi mới phương pháp dạy học và tạo hứng thú học tập cho học sinh."
            ),
            Raw(RIGHT.format("Cô giáo Nguyễn Thị Thanh Huyền – Tổ Vật lí – Công nghệ")),
        ],
    ),
    Story(
        id=1052,
        slug="trao-120-suat-qua-ao-am-cho-em-toi-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trường THPT Nguyễn Trãi trao 120 suất quà “Áo ấm cho em” tới học sinh có hoàn cảnh khó khăn",
        cat="Đoàn thanh niên",
        published_at="2026-11-08T12:20:00+07:00",
        authors=["Minh Hằng"],
        source="Báo Thái Bình điện tử",
        summary=(
            "Ngày 06/11/2026, Đoàn trường THPT Nguyễn Trãi (thành phố Thái Bình) phối hợp với Ban đại diện "
            "cha mẹ học sinh tổ chức chương trình “Áo ấm cho em”, trao tặng 120 suất quà cho học sinh có "
            "hoàn cảnh khó khăn tại các xã ven biển huyện Thái Thụy."
        ),
        opts={"posted": "2026-11-08 12:20", "poster": "doantruong", "tags": ["doan-thanh-nien"]},
        blocks=[
            P(
                "Ngày 06/11/2026, Đoàn trường THPT Nguyễn Trãi (thành phố Thái Bình) phối hợp với Ban đại "
                "diện cha mẹ học sinh tổ chức chương trình “Áo ấm cho em”, trao tặng 120 suất quà cho học "
                "sinh có hoàn cảnh khó khăn tại các xã ven biển huyện Thái Thụy.",
                "lead",
            ),
            P(
                "Mỗi suất quà gồm một áo khoác ấm, sách vở, đồ dùng học tập và 300.000 đồng tiền mặt, tổng "
                "trị giá hơn 72 triệu đồng. Toàn bộ kinh phí do đoàn viên, học sinh và cán bộ, giáo viên "
                "nhà trường quyên góp trong phong trào “Nuôi heo đất” và hội chợ xuân năm 2026, cùng sự "
                "ủng hộ của các nhà hảo tâm."
            ),
            Img(
                "/uploads/news/2026_11/ao-am-cho-em.jpg",
                "(Đại diện Đoàn trường THPT Nguyễn Trãi trao quà cho học sinh Trường THCS Thụy Xuân)",
                "Đại diện Đoàn trường THPT Nguyễn Trãi trao quà cho học sinh Trường THCS Thụy Xuân",
                "blue",
            ),
            P(
                "Phát biểu tại buổi trao quà, đồng chí Lương Thị Mai Anh, Bí thư Đoàn trường cho biết, đây "
                "là năm thứ năm liên tiếp Đoàn trường duy trì chương trình. Những món quà tuy nhỏ nhưng "
                "chứa đựng tình cảm, sự sẻ chia của tuổi trẻ nhà trường, tiếp thêm động lực để các em vượt "
                "khó vươn lên trong học tập."
            ),
            P(
                "Dịp này, đoàn viên nhà trường còn tổ chức các trò chơi dân gian, giao lưu văn nghệ và "
                "tặng 500 cuốn sách cho thư viện Trường THCS Thụy Xuân."
            ),
            Raw(RIGHT.format("Minh Hằng")),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Thái Bình điện tử</em></p>'),
        ],
    ),
    Story(
        id=1059,
        slug="hoc-sinh-truong-thpt-nguyen-trai-dat-27-giai-hsg-cap-tinh-lop-12",
        title="Học sinh Trường THPT Nguyễn Trãi đạt 27 giải trong kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-13T16:00:00+07:00",
        authors=["Bộ phận Chuyên môn"],
        summary=(
            "Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026 – 2027 vừa khép lại, Trường THPT Nguyễn "
            "Trãi có 27/30 học sinh dự thi đạt giải, trong đó có 2 giải Nhất, 6 giải Nhì, 9 giải Ba và 10 "
            "giải Khuyến khích."
        ),
        opts={"posted": "2026-11-13 16:00", "poster": "quantri", "tags": ["hoc-sinh-gioi"]},
        blocks=[
            P(
                "Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026 – 2027 vừa khép lại, Trường THPT "
                "Nguyễn Trãi có 27/30 học sinh dự thi đạt giải, trong đó có 2 giải Nhất, 6 giải Nhì, 9 "
                "giải Ba và 10 giải Khuyến khích.",
                "lead",
            ),
            P(
                "Kỳ thi do Sở Giáo dục và Đào tạo Thái Bình tổ chức trong hai ngày 04 và 05/11/2026. Đây "
                "là kết quả đáng ghi nhận, khẳng định chất lượng công tác bồi dưỡng học sinh giỏi của nhà "
                "trường."
            ),
            P("Kết quả cụ thể theo từng môn như sau:"),
            P("Môn thi | Số dự thi | Nhất | Nhì | Ba | KK", "th"),
            P("Toán | 4 | 1 | 1 | 1 | 1", "tr"),
            P("Vật lí | 3 | 0 | 1 | 1 | 1", "tr"),
            P("Hóa học | 3 | 1 | 0 | 1 | 1", "tr"),
            P("Sinh học | 3 | 0 | 1 | 1 | 0", "tr"),
            P("Ngữ văn | 4 | 0 | 1 | 2 | 1", "tr"),
            P("Tiếng Anh | 4 | 0 | 1 | 1 | 2", "tr"),
            P("Lịch sử | 3 | 0 | 1 | 1 | 1", "tr"),
            P("Địa lí | 3 | 0 | 0 | 1 | 2", "tr"),
            P("Tin học | 3 | 0 | 0 | 0 | 1", "tr"),
            P("Tổng | 30 | 2 | 6 | 9 | 10", "th"),
            P(
                "Em Nguyễn Minh Khang (lớp 12A1) đạt giải Nhất môn Toán và em Trần Thị Phương Linh (lớp "
                "12A2) đạt giải Nhất môn Hóa học đã được chọn vào đội tuyển của tỉnh tham dự kỳ thi chọn "
                "học sinh giỏi quốc gia năm 2027."
            ),
            Img(
                "/uploads/news/2026_11/hsg-tinh-lop-12.jpg",
                "Ban Giám hiệu chúc mừng các học sinh đạt giải",
                "Ban Giám hiệu chúc mừng các học sinh đạt giải",
                "figure",
            ),
            P(
                "Nhà trường xin chúc mừng các em học sinh đạt giải và trân trọng cảm ơn các thầy cô giáo "
                "đã tận tâm bồi dưỡng, cùng sự đồng hành của các bậc cha mẹ học sinh."
            ),
            Raw(
                '<p><strong>File đính kèm:</strong> <a href="/uploads/files/2026/ds-hsg-lop12-2026.pdf">'
                '<img src="/public/images/icon-pdf.png" alt="" /> Danh sách học sinh đạt giải HSG tỉnh '
                "lớp 12.pdf</a></p>"
            ),
            Raw(RIGHT.format("Bộ phận Chuyên môn")),
        ],
    ),
    Story(
        id=1068,
        slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-20T09:15:00+07:00",
        authors=["Phạm Thu Hà"],
        photographers=["Phạm Thu Hà"],
        summary=(
            "Sáng 20/11/2026, Trường THPT Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam. Buổi lễ là dịp để các thế hệ học trò bày tỏ lòng biết ơn sâu sắc tới các thầy cô "
            "giáo."
        ),
        opts={
            "posted": "2026-11-20 09:15",
            "poster": "quantri",
            "lazy": True,
            "tags": ["nha-giao-viet-nam"],
        },
        blocks=[
            P(
                "Sáng 20/11/2026, Trường THPT Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam. Buổi lễ là dịp để các thế hệ học trò bày tỏ lòng biết ơn sâu sắc tới các "
                "thầy cô giáo.",
                "lead",
            ),
            P(
                "Về dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Thành ủy, UBND thành phố Thái "
                "Bình, các thầy cô giáo nguyên là cán bộ, giáo viên của trường qua các thời kỳ cùng đông "
                "đảo cựu học sinh và đại diện Ban đại diện cha mẹ học sinh."
            ),
            Img(
                "/uploads/news/2026_11/ky-niem-20-11-van-nghe.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A6",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A6",
                "em",
            ),
            P(
                "Ôn lại truyền thống, thầy Đỗ Văn Thành, Hiệu trưởng nhà trường cho biết: trải qua hơn 60 "
                "năm xây dựng và phát triển, Trường THPT Nguyễn Trãi luôn là một trong những đơn vị dẫn "
                "đầu ngành giáo dục tỉnh Thái Bình. Năm học 2025 – 2026, nhà trường có 31 giải học sinh "
                "giỏi cấp tỉnh, tỉ lệ tốt nghiệp THPT đạt 100%, điểm trung bình thi tốt nghiệp đứng thứ 3 "
                "toàn tỉnh."
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Đinh Ngọc Bảo Trâm, lớp 12A1, bày tỏ lòng biết ơn tới "
                "các thầy cô: “Chúng em sẽ luôn khắc ghi công ơn dạy dỗ của thầy cô, ra sức học tập, rèn "
                "luyện để xứng đáng là học sinh trường mang tên Nguyễn Trãi”."
            ),
            Img(
                "/uploads/news/2026_11/ky-niem-20-11-khen-thuong.jpg",
                "Thầy Hiệu trưởng trao giấy khen cho các giáo viên đạt giải Hội giảng",
                "Thầy Hiệu trưởng trao giấy khen cho các giáo viên đạt giải Hội giảng",
                "em",
            ),
            P(
                "Tại buổi lễ, nhà trường đã trao thưởng cho 21 giáo viên đạt giải trong Hội giảng chào "
                "mừng ngày 20/11 và 27 học sinh đạt giải học sinh giỏi cấp tỉnh lớp 12. Hội Cựu học sinh "
                "nhà trường trao 20 suất học bổng “Ức Trai” cho các học sinh có hoàn cảnh khó khăn vươn "
                "lên học tốt, mỗi suất trị giá 2 triệu đồng."
            ),
            Img("/uploads/news/2026_11/ky-niem-20-11-toan-canh.jpg", None, None, "em"),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, thân tình, để lại nhiều cảm xúc cho các thế hệ "
                "thầy và trò nhà trường."
            ),
            Raw(
                '<p><strong><span style="color:#c0392b">Xem thêm:</span></strong> <a '
                'href="/tin-tuc/chi-tiet/1031/hoi-giang-chao-mung-ngay-20-11.html">Sôi nổi Hội giảng '
                "chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></p>"
            ),
            Raw(RIGHT.format("Tin, ảnh: Phạm Thu Hà")),
        ],
    ),
    Story(
        id=1077,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-to-ngu-van",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại tổ Ngữ văn",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-26T14:05:00+07:00",
        authors=["Tổ Ngữ văn"],
        summary=(
            "Ngày 24/11/2026, tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với "
            "tiết dạy minh họa bài “Bình Ngô đại cáo” của Nguyễn Trãi tại lớp 10A5."
        ),
        sapo_outside=True,
        opts={"posted": "2026-11-26 14:05", "poster": "gv.lanphuong", "enc": "nfd", "tags": []},
        blocks=[
            P(
                "Tiết dạy minh họa do cô giáo Bùi Thị Thu Hương đảm nhận. Bài học được tổ chuyên môn cùng "
                "xây dựng kế hoạch từ trước đó hai tuần, tập trung vào việc hướng dẫn học sinh đọc hiểu "
                "văn bản nghị luận trung đại theo đặc trưng thể loại."
            ),
            P(
                "Trong tiết học, thay vì chỉ quan sát hoạt động của giáo viên, các thầy cô dự giờ tập "
                "trung quan sát quá trình học tập của học sinh: cách các em tiếp nhận nhiệm vụ, trao đổi "
                "trong nhóm và những khó khăn các em gặp phải khi phân tích lập luận của tác phẩm."
            ),
            Img(
                "/uploads/news/2026_11/ncbh-ngu-van-10a5.jpg",
                "Học sinh lớp 10A5 thảo luận nhóm trong tiết học",
                "Học sinh lớp 10A5 thảo luận nhóm trong tiết học",
                "figure",
            ),
            P(
                "Ở phần thảo luận sau giờ dạy, các thành viên trong tổ đã chia sẻ những điều quan sát được, "
                "cùng phân tích nguyên nhân và đề xuất các biện pháp điều chỉnh, như tăng thời gian đọc "
                "văn bản tại lớp, sử dụng sơ đồ tư duy để hệ thống luận điểm."
            ),
            P(
                "Theo cô Nguyễn Thị Lan Phương, Tổ trưởng tổ Ngữ văn, sinh hoạt chuyên môn theo nghiên cứu "
                "bài học giúp giáo viên thay đổi cách nhìn về giờ dạy, từ “đánh giá giáo viên” sang “cùng "
                "nhau tìm cách giúp học sinh học tốt hơn”."
            ),
            Raw(RIGHT.format("Tổ Ngữ văn")),
        ],
    ),
    Story(
        id=1083,
        slug="ngay-hoi-tieng-anh-english-festival-2026",
        title="Ngày hội tiếng Anh “English Festival 2026”: sân chơi bổ ích cho học sinh",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-28T17:30:00+07:00",
        authors=["Vũ Minh Châu"],
        photographers=["Lê Đức Anh"],
        opts={
            "posted": "2026-11-28 17:30",
            "poster": "clb.tienganh",
            "lazy": True,
            "extra_cats": [6],
            "tags": ["doan-thanh-nien"],
        },
        blocks=[
            P(
                "Chiều 27/11/2026, Câu lạc bộ Tiếng Anh phối hợp với Đoàn trường THPT Nguyễn Trãi tổ chức "
                "Ngày hội tiếng Anh “English Festival 2026” với chủ đề “Go Green – Live Green”."
            ),
            P(
                "Ngày hội gồm ba phần thi: hùng biện tiếng Anh, trình diễn thời trang tái chế và tiểu phẩm "
                "kịch. 18 đội thi đến từ các lớp khối 10 và khối 11 đã mang đến những phần trình diễn ấn "
                "tượng, thể hiện khả năng sử dụng tiếng Anh tự tin và sáng tạo."
            ),
            Img("/uploads/news/2026_11/english-festival-hung-bien.jpg", "Ảnh: Lê Đức Anh", None, "em"),
            P(
                "Ở phần thi hùng biện, em Hoàng Gia Bảo (lớp 11A1) gây ấn tượng mạnh với bài nói về rác "
                "thải nhựa, kết thúc bằng thông điệp:"
            ),
            P(
                "“Small changes, when multiplied by millions of people, can transform the world.”",
                "quote",
            ),
            P(
                "Phần trình diễn thời trang tái chế thu hút sự cổ vũ nhiệt tình của khán giả với những bộ "
                "trang phục làm từ túi ni lông, giấy báo cũ và vỏ hộp sữa."
            ),
            Img(
                "/uploads/news/2026_11/english-festival-thoi-trang.jpg",
                "Màn trình diễn thời trang tái chế của lớp 10A6",
                "Màn trình diễn thời trang tái chế của lớp 10A6",
                "em",
            ),
            P(
                "Kết quả, giải Nhất toàn đoàn thuộc về lớp 11A1, giải Nhì thuộc về lớp 10A6 và lớp 11A3, "
                "giải Ba thuộc về lớp 10A2, 10A4 và 11A5."
            ),
            Raw(
                '<p style="text-align: center;"><iframe width="640" height="360" '
                'src="https://www.youtube.com/embed/k3nT9xqVf2E" frameborder="0" '
                "allowfullscreen></iframe></p>"
            ),
            Raw(RIGHT.format("Bài: Vũ Minh Châu (11A1) - Ảnh: Lê Đức Anh")),
        ],
    ),
    Story(
        id=1087,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-30",
        authors=["Đỗ Văn Thành"],
        opts={"posted": "2026-12-01 07:45", "poster": "vanphong", "tags": ["kiem-tra-hoc-ky"]},
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="text-align:center; width:40%">SỞ GD&amp;ĐT THÁI BÌNH<br />'
                "<strong>TRƯỜNG THPT NGUYỄN TRÃI</strong></td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr><tr>"
                '<td style="text-align:center">Số: 231/TB-THPTNT</td>'
                '<td style="text-align:center"><em>Thái Bình, ngày 30 tháng 11 năm 2026</em></td>'
                "</tr></tbody></table>"
            ),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'),
            Raw(
                '<p style="text-align: center;"><strong>Về việc kiểm tra cuối học kỳ I năm học '
                "2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026 - 2027 của Trường THPT Nguyễn Trãi; căn cứ hướng dẫn "
                "của Sở Giáo dục và Đào tạo Thái Bình về kiểm tra, đánh giá học sinh trung học, nhà trường "
                "thông báo lịch kiểm tra cuối học kỳ I như sau:"
            ),
            P("1. Thời gian kiểm tra", "b"),
            P(
                "Kiểm tra tập trung các môn Ngữ văn, Toán, Tiếng Anh từ ngày 15/12 đến ngày 17/12/2026; các "
                "môn còn lại kiểm tra theo lịch của tổ chuyên môn trong thời gian từ ngày 08/12 đến ngày "
                "19/12/2026."
            ),
            P("2. Lịch kiểm tra tập trung", "b"),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("3. Tổ chức thực hiện", "b"),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra tới học sinh và cha mẹ học sinh; nhắc nhở học "
                "sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."
            ),
            P(
                "Các tổ chuyên môn hoàn thành việc ra đề, duyệt đề và nộp về bộ phận Khảo thí trước ngày "
                "10/12/2026."
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
                "- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Website trường;<br />- Lưu: VT.</td>"
                '<td style="text-align:center; vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br />'
                "<br /><em>(Đã ký)</em><br /><br /><strong>Đỗ Văn Thành</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
    ),
    Story(
        id=1090,
        slug="soi-noi-cuoc-thi-rung-chuong-vang-khoi-10",
        title=(
            "Sôi nổi cuộc thi “Rung chuông vàng” khối 10 hướng tới kỷ niệm 82 năm Ngày thành lập "
            "Quân đội nhân dân Việt Nam"
        ),
        cat="Đoàn thanh niên",
        published_at="2026-12-01T16:40:00+07:00",
        authors=["BCH Đoàn trường"],
        opts={"posted": "2026-12-01 16:40", "poster": "doantruong", "tags": ["doan-thanh-nien"]},
        blocks=[
            P(
                "Nhằm chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – "
                "22/12/2026), chiều 29/11/2026, Đoàn trường THPT Nguyễn Trãi tổ chức cuộc thi “Rung chuông "
                "vàng” dành cho học sinh khối 10."
            ),
            P(
                "Tham gia cuộc thi có 100 thí sinh đại diện cho 10 lớp khối 10. Các câu hỏi xoay quanh kiến "
                "thức lịch sử, truyền thống của Quân đội nhân dân Việt Nam, kiến thức các môn học và hiểu "
                "biết xã hội."
            ),
            Img(
                "/uploads/news/2026_12/rung-chuong-vang-k10.jpg",
                "Các thí sinh tập trung suy nghĩ trước câu hỏi của Ban Tổ chức",
                "Các thí sinh tập trung suy nghĩ trước câu hỏi của Ban Tổ chức",
                "figure",
            ),
            P(
                "Sau 25 câu hỏi với nhiều phần gay cấn, em Phạm Khánh Vy (lớp 10A3) đã xuất sắc vượt qua "
                "tất cả các câu hỏi và rung được chiếc chuông vàng của chương trình 🏆"
            ),
            P(
                "Ban Tổ chức đã trao giải Nhất cho em Phạm Khánh Vy; giải Nhì cho em Nguyễn Đức Minh (lớp "
                "10A1); giải Ba cho em Trần Bảo Ngọc (lớp 10A7) và giải Cổ động viên nhiệt tình cho tập thể "
                "lớp 10A3."
            ),
            Img(
                "/uploads/news/2026_12/rung-chuong-vang-trao-giai.jpg",
                "Em Phạm Khánh Vy (lớp 10A3) nhận giải Nhất cuộc thi",
                "Em Phạm Khánh Vy (lớp 10A3) nhận giải Nhất cuộc thi",
                "figure",
            ),
            P(
                "Cuộc thi là sân chơi bổ ích, giúp học sinh củng cố kiến thức, rèn luyện kỹ năng và bồi "
                "đắp lòng yêu nước, niềm tự hào về truyền thống vẻ vang của Quân đội nhân dân Việt Nam anh "
                "hùng."
            ),
            Raw(RIGHT.format("BCH Đoàn trường")),
        ],
    ),
    Story(
        id=1094,
        slug="thong-bao-dieu-chinh-thoi-gian-hoc-buoi-sang-trong-mua-dong",
        title="Thông báo điều chỉnh thời gian học buổi sáng trong mùa đông",
        cat="Thông báo",
        published_at="2026-12-03T10:00:00+07:00",
        authors=["Văn phòng nhà trường"],
        opts={"posted": "2026-12-03 10:00", "poster": "vanphong", "tags": ["kiem-tra-hoc-ky"]},
        blocks=[
            P(
                "Căn cứ diễn biến thời tiết và dự báo của Đài Khí tượng thủy văn tỉnh Thái Bình về đợt "
                "không khí lạnh tăng cường trong tháng 12, để bảo đảm sức khỏe cho học sinh, nhà trường "
                "thông báo điều chỉnh thời gian học buổi sáng từ ngày 07/12/2026 như sau:"
            ),
            P("Tiết 1 bắt đầu từ 7 giờ 15 phút (muộn hơn 15 phút so với hiện nay);", "emoji"),
            P("Các tiết tiếp theo lùi tương ứng, buổi sáng kết thúc lúc 11 giờ 45 phút;", "emoji"),
            P(
                "Giờ chào cờ sáng thứ Hai giữ nguyên 15 phút, tổ chức trong nhà đa năng khi nhiệt độ "
                "ngoài trời dưới 12°C.",
                "emoji",
            ),
            P(
                "📌 Lưu ý: Khi nhiệt độ ngoài trời xuống dưới 7°C, nhà trường sẽ xem xét cho học sinh nghỉ "
                "học và thông báo trên website, nhóm Zalo của các lớp trước 20 giờ ngày hôm trước."
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh; học sinh mặc đủ ấm "
                "khi đến trường."
            ),
            Raw(RIGHT.format("Văn phòng nhà trường")),
        ],
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, by the CMS's posting time (what the listings sort on)
NEWEST = sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)
#: the carousel ("Tin nổi bật"), built with site_url() while index_page was still "index.php"
FEATURED = [1090, 1068, 1059]
MOST_READ = [1068, 1059, 1039, 1083, 1044]

TAGS = {
    "nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "doan-thanh-nien": "Đoàn thanh niên",
    "kiem-tra-hoc-ky": "Kiểm tra học kỳ",
}

#: document entries: id -> (number, date, kind, signer, excerpt, file, study corner?)
DOCS = {
    215: (
        "215/KH-THPTNT",
        "15/10/2026",
        "Kế hoạch",
        "Đỗ Văn Thành",
        "Kế hoạch tổ chức các hoạt động chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "kh-215-chao-mung-20-11.pdf",
        False,
    ),
    218: (
        "Đề cương",
        "25/11/2026",
        "Tài liệu học tập",
        "Tổ Toán - Tin",
        "Đề cương ôn tập kiểm tra cuối học kỳ I môn Toán lớp 12 năm học 2026 - 2027",
        "de-cuong-on-tap-toan-12-hk1.pdf",
        True,
    ),
    219: (
        "Đề cương",
        "27/11/2026",
        "Tài liệu học tập",
        "Tổ Ngữ văn",
        "Đề cương ôn tập kiểm tra cuối học kỳ I môn Ngữ văn lớp 11 năm học 2026 - 2027",
        "de-cuong-on-tap-ngu-van-11-hk1.pdf",
        True,
    ),
}

ALBUMS = {
    12: (
        "Lễ khai giảng năm học 2026 – 2027",
        "06/09/2026",
        [
            ("khai-giang-2026-1.jpg", "Lễ chào cờ đầu năm học mới"),
            ("khai-giang-2026-2.jpg", "Học sinh khối 10 đón nhận huy hiệu trường"),
            ("khai-giang-2026-3.jpg", "Thầy Hiệu trưởng đánh trống khai giảng"),
            ("khai-giang-2026-4.jpg", "Tiết mục văn nghệ chào mừng"),
        ],
    ),
    14: (
        "Hoạt động trải nghiệm tại làng nghề chiếu cói Hới",
        "18/10/2026",
        [
            ("lang-nghe-coi-1.jpg", "Học sinh lớp 11A2 học dệt chiếu cùng nghệ nhân"),
            ("lang-nghe-coi-2.jpg", "Sản phẩm cói mỹ nghệ do học sinh tự làm"),
            ("lang-nghe-coi-3.jpg", "Ảnh lưu niệm tại làng nghề"),
        ],
    ),
}


# --- paths -------------------------------------------------------------------------------------


def art_path(story: Story, slug: str | None = None, index_php: bool = False) -> str:
    prefix = "/index.php" if index_php else ""
    return f"{prefix}/tin-tuc/chi-tiet/{story.id}/{slug or story.slug}.html"


def cat_path(cid: int, offset: int = 0) -> str:
    return f"/tin-tuc/chuyen-muc/{cid}" + (f"/{offset}" if offset else "")


def story_cats(story: Story) -> list[int]:
    return [CAT_ID[story.cat], *story.opts.get("extra_cats", [])]


def listing_rows(cid: int) -> list[tuple[Story, int]]:
    """The rows the category query returns: a JOIN on the article/category table, so an article
    filed under two children of the parent comes out twice (trap 1)."""
    tree = {cid} | {c for c, (_n, parent) in CATS.items() if parent == cid}
    return [(s, c) for s in NEWEST for c in story_cats(s) if c in tree]


def printed_datetime(posted: str) -> str:
    """``date('d/m/Y h:i A')`` with AM/PM translated: "03/12/2026 02:30 CH"."""
    day, clock = posted.split()
    y, m, d = day.split("-")
    hour, minute = (int(x) for x in clock.split(":"))
    half = "SA" if hour < 12 else "CH"
    return f"{d}/{m}/{y} {hour % 12 or 12:02d}:{minute:02d} {half}"


def printed_day(posted: str) -> str:
    y, m, d = posted.split()[0].split("-")
    return f"{d}/{m}/{y}"


# --- text as the editors saved it --------------------------------------------------------------


def _latin_entities(markup: str) -> str:
    """CKEditor 4 with ``entities_latin``: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in markup:
        code = ord(ch)
        if 0xA0 <= code <= 0xFF and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        else:
            out.append(ch)
    return "".join(out)


def enc(story: Story, value: str) -> str:
    """Escaped text as the story's editor saved it."""
    mode = story.opts.get("enc")
    if mode == "nfd":
        return esc(unicodedata.normalize("NFD", value))
    if mode == "latin":
        return _latin_entities(esc(value))
    return esc(value)


def enc_markup(story: Story, markup: str) -> str:
    """Raw markup (bylines) as the story's editor saved it."""
    mode = story.opts.get("enc")
    if mode == "nfd":
        return unicodedata.normalize("NFD", markup)
    if mode == "latin":
        return _latin_entities(markup)
    return markup


def teaser(story: Story) -> str:
    """What the listings and the meta description print: mo_ta, else the text cut at 160."""
    if story.summary and story.sapo_outside:
        return story.summary
    first = " ".join(story.paragraphs)
    if len(first) <= 160:
        return first
    cut = first[:160].rsplit(" ", 1)[0]
    return cut + "..."


# --- the article's text ------------------------------------------------------------------------

_MSO_SPAN = '<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'

INREAD_AFTER = 2


def _img_tag(story: Story, img: Img, width: int = 640) -> str:
    alt = esc(img.caption or story.title)
    if story.opts.get("lazy"):
        return (
            f'<img class="lazy" src="/public/images/blank.gif" data-src="{esc(img.src)}" alt="{alt}" '
            f'width="{width}" />'
        )
    return f'<img alt="{alt}" src="{esc(img.src)}" style="width: {width}px;" />'


def _image_html(story: Story, img: Img) -> str:
    tag = _img_tag(story, img)
    line = enc(story, img.printed) if img.printed else None
    if img.style == "figure":
        cap = f"<figcaption>{line}</figcaption>" if line else ""
        return f'<figure class="image" style="display:inline-block">{tag}{cap}</figure>'
    if img.style == "old":
        out = f'<p class="MsoNormal" align="center" style="text-align:center">{tag}</p>'
        if line:
            out += (
                '<p class="MsoNormal" align="center" style="text-align:center"><i><span '
                f'style="font-size:12.0pt">{line}<o:p></o:p></span></i></p>'
            )
        return out
    if img.style == "blue":
        out = f'<p style="text-align: center;">{tag}</p>'
        if line:
            out += (
                '<p style="text-align: center;"><span style="color:#0000ff;"><span '
                f'style="font-size:12px;">{line}</span></span></p>'
            )
        return out
    out = f'<p style="text-align: center;">{tag}</p>'
    if line:
        out += f'<p style="text-align: center;"><em>{line}</em></p>'
    return out


def _grid_html(story: Story, imgs: list[Img]) -> str:
    tags = "".join(
        f'<td style="text-align:center; width:50%">{_img_tag(story, i, 310)}</td>' for i in imgs
    )
    caps = "".join(
        f'<td style="text-align:center"><em>{enc(story, i.printed or "")}</em></td>' for i in imgs
    )
    return (
        '<table align="center" border="0" cellpadding="3" cellspacing="3" style="width:100%">'
        f"<tbody><tr>{tags}</tr><tr>{caps}</tr></tbody></table>"
    )


def _para_html(story: Story, p: P) -> str:
    t = enc(story, p.text)
    style = p.style
    if style == "mso":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
            f"{_MSO_SPAN}{t}<o:p></o:p></span></p>"
        )
    if style == "j":
        return f'<p style="text-align: justify;">{t}</p>'
    if style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if style == "b":
        return f"<p><strong>{t}</strong></p>"
    if style == "h":
        return f'<h3 style="font-size:16px;"><strong>{t}</strong></h3>'
    if style == "quote":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    if style == "emoji":
        return (
            '<p><img alt="👉" class="emoji" src="/public/emoji/1f449.png" '
            f'style="height:16px; width:16px" /> {t}</p>'
        )
    return f"<p>{t}</p>"


def body_html(story: Story, inread: str) -> str:
    """``div.noi-dung-bai-viet``'s inner markup, with the vendor box injected (trap 4)."""
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    paras_seen = 0
    injected = False
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(enc_markup(story, b.html))
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "grid":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "grid":
                    group.append(blocks[i])
                    i += 1
                out.append(_grid_html(story, group))
                continue
            out.append(_image_html(story, b))
            i += 1
            continue
        # paragraphs, grouped where the markup groups them
        if b.style in ("ol", "ul"):
            tag = b.style
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == tag:
                items.append(f"<li>{enc(story, blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>{''.join(items)}</{tag}>")
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    tds = "".join(
                        f'<td style="text-align:center"><strong>{enc(story, c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{enc(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" '
                f'style="width:100%"><tbody>{"".join(rows)}</tbody></table>'
            )
        elif b.style.endswith("+br"):
            lines = []
            base = b.style[: -len("+br")]
            while i < len(blocks) and isinstance(blocks[i], P):
                lines.append(enc(story, blocks[i].text))
                more = blocks[i].style.endswith("+br")
                i += 1
                if not more:
                    break
            joined = "<br />\r\n".join(lines)
            if base == "verse":
                out.append(
                    f'<blockquote><p style="text-align: center;"><em>{joined}</em></p></blockquote>'
                )
            else:
                out.append(f'<p style="text-align: justify;">{joined}</p>')
        else:
            out.append(_para_html(story, b))
            i += 1
        paras_seen += 1
        if paras_seen == INREAD_AFTER and not injected:
            out.append(inread)
            injected = True
    return "\n".join(out)


# --- page chrome -------------------------------------------------------------------------------

STATIC_HEAD = """<link rel="shortcut icon" href="/public/images/favicon.ico" />
<link rel="stylesheet" href="/public/bootstrap/css/bootstrap.min.css" />
<link rel="stylesheet" href="/public/font-awesome/css/font-awesome.min.css" />
<link rel="stylesheet" href="/public/themes/vnn-school/css/style.css?v=3.2.7" />
<script src="/public/js/jquery-1.11.3.min.js"></script>
<script src="/public/bootstrap/js/bootstrap.min.js"></script>
<script src="/public/js/jquery.lazyload.min.js"></script>
<script type="text/javascript">var base_url = '/'; var csrf_name = 'csrf_vnn';</script>"""


def head(title: str, extra: str = "", description: str = "") -> str:
    desc = description or f"Cổng thông tin điện tử {SCHOOL} - thành phố Thái Bình"
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        f"<title>{esc(title)}</title>\n"
        f'<meta name="description" content="{esc(desc)}" />\n'
        '<meta name="keywords" content="THPT Nguyễn Trãi, Thái Bình, trường học, tin tức" />\n'
        '<meta name="generator" content="VNN School CMS 3.2 (CodeIgniter)" />\n'
        f"{extra}{STATIC_HEAD}\n</head>\n"
    )


def menu() -> str:
    sub = "".join(
        f'<li><a href="{cat_path(cid)}">{esc(name)}</a></li>'
        for cid, (name, parent) in CATS.items()
        if parent == 2
    )
    return f"""<nav class="navbar navbar-default vnn-menu" role="navigation">
<div class="container"><div class="navbar-header">
<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#vnn-nav">
<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
</div>
<div class="collapse navbar-collapse" id="vnn-nav"><ul class="nav navbar-nav">
<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li class="dropdown"><a href="/gioi-thieu" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
<ul class="dropdown-menu"><li><a href="/gioi-thieu">Lịch sử phát triển</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></li>
<li class="dropdown"><a href="{cat_path(2)}" class="dropdown-toggle" data-toggle="dropdown">Tin tức - Sự kiện <b class="caret"></b></a>
<ul class="dropdown-menu"><li><a href="{cat_path(2)}">Tất cả tin</a></li>{sub}</ul></li>
<li><a href="/goc-hoc-tap">Góc học tập</a></li>
<li><a href="/thoi-khoa-bieu">Thời khóa biểu</a></li>
<li><a href="/van-ban">Văn bản</a></li>
<li><a href="/album">Thư viện ảnh</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul></div></div></nav>"""


def header() -> str:
    newest = " &nbsp;&nbsp;•&nbsp;&nbsp; ".join(
        f'<a href="{art_path(s)}">{esc(s.title)}</a>' for s in NEWEST[:5]
    )
    return f"""<div class="vnn-topbar"><div class="container">
<span class="vnn-today"><i class="fa fa-calendar"></i> {HEADER_DATE}</span>
<form class="vnn-search pull-right" action="/tim-kiem" method="get">
<input type="text" name="tukhoa" placeholder="Nhập từ khóa tìm kiếm..." />
<button type="submit"><i class="fa fa-search"></i></button></form>
</div></div>
<div class="vnn-header"><div class="container">
<a href="/"><img src="/uploads/banner/banner-thpt-nguyen-trai.jpg" alt="SỞ GIÁO DỤC VÀ ĐÀO TẠO THÁI BÌNH - TRƯỜNG THPT NGUYỄN TRÃI" class="img-responsive" /></a>
</div></div>
{menu()}
<div class="container vnn-marquee"><span class="lbl">Tin mới:</span>
<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{newest}</marquee></div>"""


def sidebar() -> str:
    notices = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="ngay">({printed_day(s.opts["posted"])})</span></li>'
        for s in NEWEST
        if s.cat == "Thông báo"
    )
    most = "".join(
        f'<li><a href="{art_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    docs = "".join(
        f'<li><a href="/van-ban/{did}">{esc(d[4])}</a></li>' for did, d in DOCS.items()
    )
    return f"""<div class="col-md-3 col-sm-4 vnn-sidebar">
<div class="box-news box-sidebar"><div class="box-title"><h3><i class="fa fa-bullhorn"></i> Thông báo mới</h3></div>
<ul class="list-tb">{notices}</ul></div>
<div class="box-news box-sidebar"><div class="box-title"><h3>Tin xem nhiều</h3></div>
<ol class="list-xemnhieu">{most}</ol></div>
<div class="box-news box-sidebar"><div class="box-title"><h3>Văn bản mới</h3></div>
<ul class="list-vb">{docs}</ul><a class="xem-tat-ca" href="/van-ban">Xem tất cả »</a></div>
<div class="box-news box-sidebar"><div class="box-title"><h3>Liên kết website</h3></div>
<select class="form-control" onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://thaibinh.edu.vn">Sở GD&amp;ĐT Thái Bình</option>
<option value="https://thaibinh.gov.vn">Cổng TTĐT tỉnh Thái Bình</option>
</select></div>
<div class="box-news box-sidebar"><div class="box-title"><h3>Thăm dò ý kiến</h3></div>
<form action="/binh-chon" method="post"><p>Bạn đánh giá thế nào về website của nhà trường?</p>
<input type="hidden" name="csrf_vnn" value="7f3c9e21b04d8a65c1e2f9d0a7b3c4e5" />
<div class="radio"><label><input type="radio" name="phuong_an" value="1" /> Rất hữu ích</label></div>
<div class="radio"><label><input type="radio" name="phuong_an" value="2" /> Hữu ích</label></div>
<div class="radio"><label><input type="radio" name="phuong_an" value="3" /> Cần cải thiện</label></div>
<button type="submit" class="btn btn-primary btn-sm">Bình chọn</button></form></div>
<div class="box-news box-sidebar"><div class="box-title"><h3>Thống kê truy cập</h3></div>
<ul class="vnn-counter"><li><i class="fa fa-circle text-success"></i> Đang online: <b>37</b></li>
<li>Hôm nay: <b>1.208</b></li><li>Tháng này: <b>9.734</b></li><li>Tổng truy cập: <b>2.456.781</b></li></ul></div>
<div class="box-news box-sidebar"><div class="box-title"><h3>Fanpage</h3></div>
<div class="fb-page" data-href="https://www.facebook.com/thptnguyentrai.thaibinh" data-width="260" data-small-header="true"></div></div>
</div>"""


FOOTER = f"""<div class="vnn-footer"><div class="container"><div class="row">
<div class="col-md-8"><p class="ten-truong"><strong>{SCHOOL.upper()} - THÀNH PHỐ THÁI BÌNH</strong></p>
<p>Địa chỉ: Số 56 đường Quang Trung, phường Quang Trung, thành phố Thái Bình, tỉnh Thái Bình</p>
<p>Điện thoại: 0227.3831.426 - Email: c3nguyentrai.tb@thaibinh.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy Đỗ Văn Thành - Hiệu trưởng</p></div>
<div class="col-md-4 text-right"><p>Bản quyền © 2016 - 2026 {SCHOOL}</p>
<p>Thiết kế bởi <a href="https://vnnsoft.vn" target="_blank" rel="nofollow">VNN Software</a></p></div>
</div></div></div>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v17.0"></script>
<script>$(function(){{ $("img.lazy").lazyload({{effect: "fadeIn"}}); }});</script>"""


def page(title: str, main: str, crumbs: list[tuple[str, str | None]] | None = None, extra_head: str = "",
         description: str = "") -> str:
    bc = ""
    if crumbs:
        items = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
        for label, href in crumbs:
            if href:
                items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
            else:
                items.append(f'<li class="active">{esc(label)}</li>')
        bc = f'<ol class="breadcrumb">{"".join(items)}</ol>'
    return (
        head(title, extra_head, description)
        + '<body class="vnn-school">\n'
        + header()
        + f'\n<div class="container vnn-main">{bc}<div class="row">'
        + f'<div class="col-md-9 col-sm-8 vnn-content">{main}</div>'
        + sidebar()
        + "</div></div>\n"
        + FOOTER
        + "\n</body>\n</html>\n"
    )


def site_title(title: str) -> str:
    return f"{title} | THPT Nguyễn Trãi - Thái Bình"


# --- pages -------------------------------------------------------------------------------------


def news_item(story: Story, label_cid: int | None = None, big: bool = False) -> str:
    label = ""
    if label_cid is not None:
        label = f'<a class="nhan-cm" href="{cat_path(label_cid)}">[{esc(CATS[label_cid][0])}]</a> '
    thumb = f"/uploads/news/thumb/{story.id}.jpg"
    cls = "tin-item tin-lon" if big else "tin-item"
    return (
        f'<div class="{cls} clearfix"><a class="thumb" href="{art_path(story)}">'
        f'<img src="{thumb}" alt="{esc(story.title)}" class="img-responsive" /></a>'
        f'<div class="tt"><h3><a href="{art_path(story)}">{esc(story.title)}</a></h3>'
        f'<p class="ngay-dang">{label}<i class="fa fa-calendar"></i> {printed_day(story.opts["posted"])}</p>'
        f'<p class="mo-ta">{esc(teaser(story))}</p></div></div>'
    )


def home(request: Request) -> str:
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{art_path(BY_ID[i], index_php=True)}">'
        f'<img src="/uploads/news/slide/{i}.jpg" alt="{esc(BY_ID[i].title)}" /></a>'
        f'<div class="carousel-caption"><h3><a href="{art_path(BY_ID[i], index_php=True)}">'
        f"{esc(BY_ID[i].title)}</a></h3></div></div>"
        for n, i in enumerate(FEATURED)
    )
    notices = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in NEWEST if s.cat == "Thông báo"
    )
    boxes = []
    for cid, limit in ((2, 5), (5, 4), (6, 4)):
        rows = []
        seen: set[int] = set()
        for s, _c in listing_rows(cid):
            if s.id in seen:
                continue
            seen.add(s.id)
            rows.append(s)
        rows = rows[:limit]
        items = news_item(rows[0], big=True) + "<ul class='list-tin'>" + "".join(
            f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in rows[1:]
        ) + "</ul>"
        boxes.append(
            f'<div class="box-news box-cm-{cid}"><div class="box-title"><h2><a href="{cat_path(cid)}">'
            f"{esc(CATS[cid][0].upper())}</a></h2><a class='xem-them' href='{cat_path(cid)}'>Xem thêm »</a>"
            f"</div>{items}</div>"
        )
    study = "".join(
        f'<div class="tin-item clearfix"><a class="thumb" href="/van-ban/{did}"><img src="/uploads/van-ban/thumb-pdf.jpg" '
        f'alt="" class="img-responsive" /></a><div class="tt"><h3><a href="/van-ban/{did}">{esc(d[4])}</a></h3>'
        f'<p class="ngay-dang"><i class="fa fa-calendar"></i> {d[1]}</p>'
        f'<p class="mo-ta">{esc(d[3])} biên soạn, học sinh tải về để ôn tập.</p></div></div>'
        for did, d in DOCS.items()
        if d[6]
    )
    albums = "".join(
        f'<div class="col-xs-6"><a href="/album/{aid}"><img src="/uploads/album/{aid}/{a[2][0][0]}" '
        f'alt="{esc(a[0])}" class="img-responsive" /><p>{esc(a[0])}</p></a></div>'
        for aid, a in ALBUMS.items()
    )
    main = f"""<div class="row"><div class="col-md-8">
<div id="slide-noibat" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#slide-noibat" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#slide-noibat" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>
</div><div class="col-md-4"><div class="box-news box-thongbao"><div class="box-title"><h2><a href="{cat_path(9)}">THÔNG BÁO</a></h2></div>
<ul>{notices}</ul></div></div></div>
{"".join(boxes)}
<div class="box-news box-goc-hoc-tap"><div class="box-title"><h2><a href="/goc-hoc-tap">GÓC HỌC TẬP</a></h2></div>{study}</div>
<div class="box-news box-tkb"><div class="box-title"><h2><a href="/thoi-khoa-bieu">THỜI KHÓA BIỂU</a></h2></div>
<p><a href="/thoi-khoa-bieu"><i class="fa fa-table"></i> Thời khóa biểu học kỳ I - áp dụng từ ngày 07/12/2026</a></p></div>
<div class="box-news box-album"><div class="box-title"><h2><a href="/album">THƯ VIỆN ẢNH</a></h2></div><div class="row">{albums}</div></div>"""
    og = (
        f'<meta property="og:url" content="{base_url(request)}/" />\n'
        f'<meta property="og:title" content="{esc(SCHOOL)} - Thái Bình" />\n'
    )
    return page(f"{SCHOOL} - Thái Bình", main, None, og)


def pagination(cid: int, offset: int, total: int) -> str:
    if total <= PER_PAGE:
        return ""
    pages = (total + PER_PAGE - 1) // PER_PAGE
    current = offset // PER_PAGE + 1
    items = []

    def link(n: int, label: str, rel: str = "") -> str:
        off = (n - 1) * PER_PAGE
        rel_attr = f' rel="{rel}"' if rel else ""
        return f'<li><a href="{cat_path(cid, off)}" data-ci-pagination-page="{n}"{rel_attr}>{label}</a></li>'

    if current > 1:
        items.append(link(1, "&lsaquo; Đầu", "start"))
        items.append(link(current - 1, "&lt;", "prev"))
    for n in range(1, pages + 1):
        if n == current:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(link(n, str(n)))
    if current < pages:
        items.append(link(current + 1, "&gt;", "next"))
        items.append(link(pages, "Cuối &rsaquo;"))
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'


def category_page(cid: int, offset: int) -> str:
    name, parent = CATS[cid]
    rows = listing_rows(cid)
    chunk = rows[offset : offset + PER_PAGE]
    if chunk:
        items = "".join(news_item(s, c if cid == 2 else None) for s, c in chunk)
    else:
        items = '<p class="alert alert-info">Chưa có bài viết nào trong chuyên mục này.</p>'
    crumbs: list[tuple[str, str | None]] = []
    if parent:
        crumbs.append((CATS[parent][0], cat_path(parent)))
    crumbs.append((name, None))
    main = (
        f'<div class="box-news box-chuyenmuc"><div class="box-title"><h2>{esc(name.upper())}</h2></div>'
        f'<div class="ds-tin">{items}</div>{pagination(cid, offset, len(rows))}</div>'
    )
    suffix = f" - Trang {offset // PER_PAGE + 1}" if offset else ""
    return page(site_title(name + suffix), main, crumbs)


def tts_text(story: Story) -> str:
    return collapse(story.title + ". " + " ".join(story.paragraphs))


def article_page(request: Request, story: Story) -> str:
    cid = CAT_ID[story.cat]
    name, parent = CATS[cid]
    crumbs: list[tuple[str, str | None]] = []
    if parent:
        crumbs.append((CATS[parent][0], cat_path(parent)))
    crumbs.append((name, cat_path(cid)))
    others = [s for s in NEWEST if s.id != story.id]
    inread = (
        '<div class="vnn-inread"><p class="tieu-de"><b><i class="fa fa-hand-o-right"></i> Có thể bạn '
        'quan tâm</b></p><ul>'
        + "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in others[:3])
        + "</ul></div>"
    )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tom-tat-bv"><strong>{enc(story, story.summary)}</strong></div>'
    tags = ""
    if story.opts.get("tags"):
        tags = (
            '<div class="tu-khoa"><i class="fa fa-tags"></i> Từ khóa: '
            + ", ".join(f'<a href="/tag/{t}">{esc(TAGS[t])}</a>' for t in story.opts["tags"])
            + "</div>"
        )
    canonical_abs = base_url(request) + art_path(story)
    more = "".join(
        f'<li><i class="fa fa-angle-right"></i> <a href="{art_path(s)}">{esc(s.title)}</a> '
        f'<span class="ngay">({printed_day(s.opts["posted"])})</span></li>'
        for s in others[:5]
    )
    title_html = enc(story, story.title) if story.opts.get("enc") == "nfd" else esc(story.title)
    main = f"""<div class="box-news chi-tiet-bai-viet">
<div class="box-title"><h2><a href="{cat_path(cid)}">{esc(name.upper())}</a></h2></div>
<h1 class="tieu-de-bai-viet">{title_html}</h1>
<div class="thong-tin"><span class="ngay-dang"><i class="fa fa-clock-o"></i> Ngày đăng: {printed_datetime(story.opts["posted"])}</span>
<span class="sep">|</span> <span class="luot-xem"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>
<span class="sep">|</span> <span class="nguoi-dang"><i class="fa fa-user"></i> Người đăng: {esc(story.opts["poster"])}</span></div>
<div class="tien-ich clearfix"><span class="co-chu">Cỡ chữ: <a href="javascript:void(0)" onclick="zoomText(-1)">A-</a>
<a href="javascript:void(0)" onclick="zoomText(0)">A</a> <a href="javascript:void(0)" onclick="zoomText(1)">A+</a></span>
<a href="javascript:window.print()" class="in-bai"><i class="fa fa-print"></i> In bài viết</a>
<div class="fb-like" data-href="{canonical_abs}" data-layout="button_count" data-action="like" data-share="true"></div>
<div class="zalo-share-button" data-href="{canonical_abs}" data-oaid="579745863508352884" data-layout="1"></div></div>
<div id="vnn-tts-src" class="hidden" aria-hidden="true">{esc(tts_text(story))}</div>
<div class="vnn-audio"><button type="button" class="btn btn-default btn-xs" onclick="vnnSpeak('#vnn-tts-src')"><i class="fa fa-volume-up"></i> Nghe đọc bài</button></div>
{sapo}
<div class="noi-dung-bai-viet">
{body_html(story, inread)}
</div>
{tags}
<div class="binh-luan"><div class="box-title"><h3>Bình luận</h3></div>
<div class="fb-comments" data-href="{canonical_abs}" data-width="100%" data-numposts="5"></div></div>
<div class="bai-viet-khac"><div class="box-title"><h3>Bài viết khác</h3></div><ul>{more}</ul></div>
</div>"""
    og = (
        f'<meta property="og:url" content="{canonical_abs}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:description" content="{esc(teaser(story))}" />\n'
        f'<meta property="og:image" content="{base_url(request)}/uploads/news/thumb/{story.id}.jpg" />\n'
    )
    return page(site_title(story.title), main, crumbs, og, teaser(story))


def tag_page(slug: str) -> str:
    label = TAGS[slug]
    items = "".join(news_item(s) for s in NEWEST if slug in s.opts.get("tags", []))
    main = (
        f'<div class="box-news box-tag"><div class="box-title"><h2>TỪ KHÓA: {esc(label.upper())}</h2></div>'
        f'<div class="ds-tin">{items}</div></div>'
    )
    return page(site_title("Từ khóa: " + label), main, [("Từ khóa", None), (label, None)])


def doc_list(study_only: bool) -> str:
    rows = "".join(
        f'<tr><td>{n}</td><td>{esc(d[0])}</td><td>{d[1]}</td><td><a href="/van-ban/{did}">{esc(d[4])}</a></td>'
        f'<td><a href="/uploads/van-ban/{d[5]}"><i class="fa fa-download"></i></a></td></tr>'
        for n, (did, d) in enumerate(((k, v) for k, v in DOCS.items() if v[6] or not study_only), 1)
    )
    title = "Góc học tập" if study_only else "Văn bản"
    intro = (
        '<p class="gioi-thieu-goc">Tài liệu ôn tập, đề cương và tư liệu học tập do các tổ chuyên môn biên soạn.</p>'
        if study_only
        else ""
    )
    main = (
        f'<div class="box-news box-vanban"><div class="box-title"><h2>{esc(title.upper())}</h2></div>{intro}'
        '<table class="table table-bordered table-striped"><thead><tr><th>STT</th><th>Số/Ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return page(site_title(title), main, [(title, None)])


def doc_page(did: int) -> str:
    number, day, kind, signer, excerpt, file, study = DOCS[did]
    crumbs = [("Góc học tập", "/goc-hoc-tap")] if study else [("Văn bản", "/van-ban")]
    crumbs.append((excerpt, None))
    main = f"""<div class="box-news chi-tiet-van-ban"><div class="box-title"><h2>CHI TIẾT VĂN BẢN</h2></div>
<table class="table table-bordered"><tbody>
<tr><th style="width:30%">Số/Ký hiệu</th><td>{esc(number)}</td></tr>
<tr><th>Ngày ban hành</th><td>{day}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(kind)}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{SCHOOL}</td></tr>
<tr><th>Người ký / Biên soạn</th><td>{esc(signer)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(excerpt)}</td></tr>
<tr><th>File đính kèm</th><td><a href="/uploads/van-ban/{file}"><i class="fa fa-file-pdf-o"></i> {file}</a></td></tr>
</tbody></table>
<iframe src="https://docs.google.com/viewer?embedded=true&amp;url=https://thptnguyentrai.thaibinh.edu.vn/uploads/van-ban/{file}" width="100%" height="600" frameborder="0"></iframe>
</div>"""
    return page(site_title(excerpt), main, crumbs)


def album_list() -> str:
    items = "".join(
        f'<div class="col-sm-6 album-item"><a href="/album/{aid}"><img src="/uploads/album/{aid}/{a[2][0][0]}" '
        f'class="img-responsive" alt="" /></a><h3><a href="/album/{aid}">{esc(a[0])}</a></h3>'
        f'<p>{len(a[2])} ảnh - {a[1]}</p></div>'
        for aid, a in ALBUMS.items()
    )
    main = f'<div class="box-news box-album"><div class="box-title"><h2>THƯ VIỆN ẢNH</h2></div><div class="row">{items}</div></div>'
    return page(site_title("Thư viện ảnh"), main, [("Thư viện ảnh", None)])


def album_page(aid: int) -> str:
    title, day, photos = ALBUMS[aid]
    items = "".join(
        f'<div class="col-sm-4 anh"><a href="/uploads/album/{aid}/{f}" data-fancybox="album">'
        f'<img src="/uploads/album/{aid}/thumb_{f}" class="img-responsive" alt="{esc(c)}" /></a>'
        f'<p class="chu-thich">{esc(c)}</p></div>'
        for f, c in photos
    )
    main = (
        f'<div class="box-news chi-tiet-album"><div class="box-title"><h2>THƯ VIỆN ẢNH</h2></div>'
        f'<h1 class="tieu-de-album">{esc(title)}</h1><p class="thong-tin">Ngày đăng: {day} | {len(photos)} ảnh</p>'
        f'<div class="row">{items}</div></div>'
    )
    return page(site_title(title), main, [("Thư viện ảnh", "/album"), (title, None)])


_TKB = {
    "Khối 10": ["10A1", "10A2", "10A3"],
    "Khối 11": ["11A1", "11A2", "11A3"],
    "Khối 12": ["12A1", "12A2", "12A3"],
}
_SUBJECTS = ["Toán", "Ngữ văn", "Tiếng Anh", "Vật lí", "Hóa học", "Sinh học", "Lịch sử", "Địa lí", "Tin học", "GDTC"]


def timetable() -> str:
    tabs = []
    panes = []
    for n, (khoi, classes) in enumerate(_TKB.items()):
        active = " active" if n == 0 else ""
        tid = f"khoi-{10 + n}"
        tabs.append(f'<li class="{active.strip()}"><a href="#{tid}" data-toggle="tab">{khoi}</a></li>')
        rows = []
        for day_n, day in enumerate(["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7"]):
            for lesson in range(1, 6):
                cells = "".join(
                    f"<td>{_SUBJECTS[(day_n * 5 + lesson + k * 3 + n) % len(_SUBJECTS)]}</td>"
                    for k in range(len(classes))
                )
                first = f'<td rowspan="5">{day}</td>' if lesson == 1 else ""
                rows.append(f"<tr>{first}<td>{lesson}</td>{cells}</tr>")
        head_cells = "".join(f"<th>{c}</th>" for c in classes)
        panes.append(
            f'<div class="tab-pane{active}" id="{tid}"><table class="table table-bordered table-condensed tkb">'
            f"<thead><tr><th>Thứ</th><th>Tiết</th>{head_cells}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
        )
    main = (
        '<div class="box-news box-tkb"><div class="box-title"><h2>THỜI KHÓA BIỂU</h2></div>'
        '<p class="ap-dung"><strong>Thời khóa biểu buổi sáng học kỳ I năm học 2026 - 2027</strong> '
        "(áp dụng từ ngày 07/12/2026)</p>"
        f'<ul class="nav nav-tabs">{"".join(tabs)}</ul><div class="tab-content">{"".join(panes)}</div></div>'
    )
    return page(site_title("Thời khóa biểu"), main, [("Thời khóa biểu", None)])


def intro() -> str:
    paras = [
        "Trường THPT Nguyễn Trãi được thành lập năm 1965, tiền thân là Trường cấp III Nguyễn Trãi thị xã "
        "Thái Bình. Trải qua hơn 60 năm xây dựng và phát triển, nhà trường đã đào tạo hàng vạn học sinh, "
        "nhiều người đã trở thành nhà khoa học, cán bộ lãnh đạo, doanh nhân thành đạt.",
        "Hiện nay, nhà trường có 36 lớp với hơn 1.300 học sinh, 86 cán bộ, giáo viên, nhân viên; 100% giáo "
        "viên đạt chuẩn, trong đó 42% có trình độ thạc sĩ.",
        "Nhà trường vinh dự được Nhà nước tặng thưởng Huân chương Lao động hạng Ba (2005), hạng Nhì (2015) "
        "và nhiều Bằng khen của Bộ Giáo dục và Đào tạo, UBND tỉnh Thái Bình.",
    ]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = (
        '<div class="box-news box-gioithieu"><div class="box-title"><h2>GIỚI THIỆU</h2></div>'
        f'<h1 class="tieu-de-bai-viet">Lịch sử phát triển {SCHOOL}</h1>'
        f'<div class="noi-dung-bai-viet">{body}'
        '<p style="text-align:center"><img src="/uploads/gioi-thieu/toan-canh-truong.jpg" alt="Toàn cảnh nhà trường" /></p>'
        "</div></div>"
    )
    return page(site_title("Giới thiệu"), main, [("Giới thiệu", None)])


def contact(sent: bool = False) -> str:
    note = '<p class="alert alert-success">Cảm ơn bạn đã gửi liên hệ, nhà trường sẽ phản hồi sớm.</p>' if sent else ""
    main = f"""<div class="box-news box-lienhe"><div class="box-title"><h2>LIÊN HỆ</h2></div>{note}
<p><strong>{SCHOOL.upper()}</strong></p>
<p>Địa chỉ: Số 56 đường Quang Trung, phường Quang Trung, thành phố Thái Bình, tỉnh Thái Bình</p>
<p>Điện thoại: 0227.3831.426 - Email: c3nguyentrai.tb@thaibinh.edu.vn</p>
<form action="/lien-he" method="post" class="form-horizontal">
<input type="hidden" name="csrf_vnn" value="7f3c9e21b04d8a65c1e2f9d0a7b3c4e5" />
<div class="form-group"><label>Họ và tên</label><input type="text" name="ho_ten" class="form-control" /></div>
<div class="form-group"><label>Email</label><input type="email" name="email" class="form-control" /></div>
<div class="form-group"><label>Nội dung</label><textarea name="noi_dung" class="form-control" rows="5"></textarea></div>
<button type="submit" class="btn btn-primary">Gửi liên hệ</button></form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3734!2d106.34!3d20.45" width="100%" height="300" frameborder="0"></iframe>
</div>"""
    return page(site_title("Liên hệ"), main, [("Liên hệ", None)])


def search_page(keyword: str) -> str:
    found = [s for s in NEWEST if keyword and keyword.lower() in s.title.lower()]
    items = "".join(news_item(s) for s in found) or '<p class="alert alert-warning">Không tìm thấy kết quả phù hợp.</p>'
    main = (
        f'<div class="box-news box-timkiem"><div class="box-title"><h2>KẾT QUẢ TÌM KIẾM: {esc(keyword)}</h2></div>'
        f"{items}</div>"
    )
    return page(site_title("Tìm kiếm"), main, [("Tìm kiếm", None)])


def poll_result() -> str:
    main = (
        '<div class="box-news"><div class="box-title"><h2>KẾT QUẢ BÌNH CHỌN</h2></div>'
        "<p>Rất hữu ích: 62% - Hữu ích: 31% - Cần cải thiện: 7%</p><p><a href=\"/\">Quay lại trang chủ</a></p></div>"
    )
    return page(site_title("Kết quả bình chọn"), main, [("Bình chọn", None)])


def not_found() -> Response:
    body = page(
        site_title("404 Page Not Found"),
        '<div class="box-news"><div class="box-title"><h2>404 - KHÔNG TÌM THẤY TRANG</h2></div>'
        "<p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p><p><a href=\"/\">Về trang chủ</a></p></div>",
    )
    return html(body, status=404)


# --- routing -------------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/chi-tiet/(\d+)/([a-z0-9-]+)\.html$")
_CATEGORY = re.compile(r"^/tin-tuc/chuyen-muc/(\d+)(?:/(\d+))?/?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/public/", "/uploads/")) or path in ("/favicon.ico", "/robots.txt"):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path == "/robots.txt":
                return Response(200, b"User-agent: *\nDisallow: /admin/\n", {"Content-Type": "text/plain"})
            return static_file(path)
        if path == "/index.php" or path.startswith("/index.php/"):
            path = path[len("/index.php") :] or "/"
        if path == "/":
            return html(home(request))
        m = _ARTICLE.match(path)
        if m:
            story = BY_ID.get(int(m.group(1)))
            return html(article_page(request, story)) if story else not_found()
        m = _CATEGORY.match(path)
        if m:
            cid = int(m.group(1))
            if cid not in CATS:
                return not_found()
            return html(category_page(cid, int(m.group(2) or 0)))
        if path.startswith("/tag/"):
            slug = path[len("/tag/") :]
            return html(tag_page(slug)) if slug in TAGS else not_found()
        if path == "/van-ban":
            return html(doc_list(study_only=False))
        if path == "/goc-hoc-tap":
            return html(doc_list(study_only=True))
        if path.startswith("/van-ban/"):
            rest = path[len("/van-ban/") :]
            return html(doc_page(int(rest))) if rest.isdigit() and int(rest) in DOCS else not_found()
        if path == "/album":
            return html(album_list())
        if path.startswith("/album/"):
            rest = path[len("/album/") :]
            return html(album_page(int(rest))) if rest.isdigit() and int(rest) in ALBUMS else not_found()
        if path == "/thoi-khoa-bieu":
            return html(timetable())
        if path == "/gioi-thieu":
            return html(intro())
        if path == "/lien-he":
            return html(contact(sent=request.method == "POST"))
        if path == "/tim-kiem":
            return html(search_page(request.params.get("tukhoa", "")))
        if path == "/binh-chon":
            return html(poll_result()) if request.method == "POST" else redirect("/")
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [art_path(story, index_php=True)]
    if story.opts.get("old_slug"):
        alts.append(art_path(story, slug=story.opts["old_slug"]))
    return alts


GOLD = [
    gold_record(s, art_path(s), s.cat, canonical_path=art_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/thoi-khoa-bieu",
    "/van-ban/215",
    "/van-ban/218",
    "/van-ban/219",
    "/album/12",
    "/album/14",
]

#: the articles only page 2 of the parent listing reaches
PAGE_TWO_ONLY = [1015, 1012]

