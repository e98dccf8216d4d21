"""NukeViet 4.4 department portal: Sở Giáo dục và Đào tạo tỉnh Hòa Bình, a Hanoi vendor's theme.

Platform: NukeViet 4.4 (``<meta name="generator" content="NukeViet v4.4">``) with rewrite on and
the language in the path, the site dressed in the department theme "sgd_hoabinh" of a Hanoi vendor
(HNSoft): Vietnamese class names (``tieude-ct``, ``ngaydang``, ``noidung-ct``, ``tin-khac``), Font
Awesome icons in place of labels. The news module runs in ``viewcat_two_column``: the module's
main page and a parent category print one box per (sub)category, each with its newest post
(thumbnail, hometext) and three more titles; a category without children is a paged list.

URL scheme:
- ``/`` answers 301 to ``/vi/`` (the site's home: slider, category boxes, notices);
- ``/vi/news/`` module main page (two columns of top categories);
- ``/vi/news/<cat-alias>/`` category (parent: subcategory boxes; leaf: list, 4 a page),
  ``/vi/news/<cat-alias>/page-<N>`` its further pages (``page-1`` answers 301 to the category);
- ``/vi/news/<cat-alias>/<title-alias>-<id>.html`` a post; a post filed under two categories
  (NukeViet's ``listcatid``) answers under both aliases; under an alias it is not filed in, 301;
- ``/vi/news/print/<cat-alias>/<title-alias>-<id>.html`` print view (only in an ``onclick``),
  ``/vi/news/sendmail/…`` the e-mail popup (only in an ``onclick``);
- ``/vi/news/tag/<tag-alias>`` keyword pages; ``/vi/news/rss/`` and ``/vi/news/rss/<cat>/`` RSS
  2.0 XML; ``/vi/rss/`` the RSS module's page listing the feeds;
- ``/vi/page/<alias>.html`` static pages (page module); ``/vi/contact/``; ``/vi/laws/`` and
  ``/vi/laws/detail/<alias>-<id>.html`` documents; ``/vi/photos/`` and
  ``/vi/photos/album/<alias>-<id>.html`` albums; ``/vi/seek/`` search (GET form).

Page templates: home; module main / parent category (two-column boxes); leaf list with NukeViet's
``ul.pagination``; detail (tools bar, h1, icon meta line, home image figure, hometext, bodyhtml,
author/source, attachments, keywords, rating, comments, "Tin liên quan" = newer posts of the
category, "Tin khác" = three older ones with thumbnails and hometexts); print; tag list;
static page; contact; law detail; album; search.

How each gold article is reached: Hoạt động của Sở (5 posts) and Tin từ cơ sở (5 posts) are
subcategories of Tin tức - Sự kiện; their newest four are in the boxes and on page 1, the oldest
of each (1519, 1522) only on ``page-2`` and in the "Tin khác" box of the next newer post.
Giáo dục mầm non (1535) and Giáo dục trung học (1543) are under Giáo dục; Thông báo lists 1546
and 1543 again (filed there too, linked under the ``thong-bao`` alias).

Traps:
1. One post, two categories (NukeViet ``listcatid``): 1543 is linked as
   ``/vi/news/thong-bao/…-1543.html`` from the Thông báo list, the home notices and the marquee,
   and as ``/vi/news/giao-duc-trung-hoc/…-1543.html`` elsewhere; both answer 200 with their own
   breadcrumb; ``<link rel="canonical">`` names the main category. Gold: the main-category path,
   the other (and both print views) in ``alt_paths``, category "Giáo dục trung học".
2. The date line is icons, not words, time first and the day with dashes in another item:
   ``<li><em class="fa fa-clock-o"></em> 15:40</li><li><em class="fa fa-calendar"></em> Thứ năm,
   03-12-2026</li>``, next to the CMS account and the view count ("Lượt xem: 1.373"). Gold: both
   joined, "2026-12-03T15:40:00+07:00".
3. ``article:published_time`` is printed by NukeViet's ``date('Y-m-dTH:i:s')``, where ``T`` is
   the zone's abbreviation: "2026-12-03+0715:40:00"; ``article:modified_time`` (same form) is a
   later edit. Gold: the printed publication time, never the edit.
4. Hometext switched off for a post (``showhometext`` = 0, 1541): the lead is still in the meta
   description, og:description and the listings' teaser but not on the post's page. Gold: summary
   null, body from the bodyhtml only.
5. The home image lives outside the bodyhtml and depends on ``imgposition``: a left figure with a
   ``figcaption`` before the hometext (1548: image first, caption the figcaption); the large
   figure after the hometext (1533); a ``noncaption`` figure whose alt is only the title (1526:
   caption None); imgposition 0 (1519, 1541): the listing thumbnail (``/assets/news/…``) and
   og:image exist but the page prints no image. Gold: images as printed on the post only.
6. The author field is a bare right-aligned bold name after the text, with no label
   (``<p class="h5 text-right"><strong>Ngọc Anh</strong></p>``), "Tin, ảnh: …", "Tin: … - Ảnh:
   …", a degree ("ThS. …"), a unit in brackets ("Lê Minh Đức (Phòng KHTC)") or a unit alone
   ("Phòng GDTrH"); the meta line's user icon prints the posting account "hbedu.bientap". Gold:
   names as the house conventions take them; the account is nobody.
7. Text pasted with CKEditor's enterMode BR (1550): no ``<p>``, ``<div>`` blocks whose lines are
   split by ``<br />`` inside nested font spans; the byline is a right-aligned last ``<div>`` of
   the bodyhtml ("Nguyễn Thị Hạnh - Trường THCS Lý Tự Trọng"). Gold: one paragraph per line;
   the author "Nguyễn Thị Hạnh", not body.
8. Captions three ways: CKEditor image2 ``<figure class="image"><figcaption>``; a photo paragraph
   followed by a centred ``<em>`` paragraph, once in parentheses; a figcaption that only credits
   the photographer ("Ảnh: Lò Văn Sáng": caption None, photographer). Gold: caption lines, not
   body.
9. The vendor theme lazy-loads the bodyhtml's photos in 1541: ``src`` is the theme's
   ``loading.gif``, the photo is in ``data-src``. Gold: the ``data-src`` paths.
10. Chrome inside the post's panel that reads like text: NukeViet's rating ("Tổng số điểm của
    bài viết là: 23 trong 5 đánh giá", "Click để đánh giá bài viết"), the comments ("Ý kiến bạn
    đọc", a reader's name, "03/12/2026 17:02" and her comment), the keywords line, "Tin liên
    quan" (titles with "(dd/mm/yyyy)") and "Tin khác" (thumbnail, title and hometext of three
    older posts). Gold: none of it is body, date or author.
11. Print view and e-mail popup only in ``onclick="nv_open_browse('…')"``; the print view prints
    NukeViet's own "Thứ năm - 03/12/2026 15:40", the hometext, the body and the copyright. Gold:
    print paths are ``alt_paths``.
12. The official notice 1546 is a document: letterhead table, "Số: 412/TB-SGDĐT", "Hòa Bình,
    ngày 30 tháng 11 năm 2026", "THÔNG BÁO" / "Về việc …", "Nơi nhận" and "KT. GIÁM ĐỐC / PHÓ
    GIÁM ĐỐC / (Đã ký) / Nguyễn Văn Tuấn"; the meta line says it was posted 01-12-2026 09:00.
    Gold: date "2026-11-30", author "Nguyễn Văn Tuấn", body the notice's own paragraphs.
13. The RSS feed's ``pubDate`` is GMT ("Thu, 03 Dec 2026 08:40:00 GMT") and its description is
    the hometext with an escaped ``<img>``; the feeds are XML, not pages. Gold: the page's local
    time.
14. A title and body full of dates that are not the post's ("… Ngày Nhà giáo Việt Nam 20/11",
    "ngày 08 và 09/12/2026"); a typed emoji ("📚 ") kept; tables as " | " rows; a
    closing "Theo Báo Hòa Bình" in the text is the source.

Gold decisions on ambiguous points:
- Category: the main category (the canonical URL's alias) as the breadcrumb prints it on the
  canonical page, even when the post is reached under its second category.
- The home image, printed outside the bodyhtml, is the article's first image; its figcaption is
  the caption, a noncaption figure's alt (the title) is not.
- "Nguồn tin: <strong><a>X</a></strong>" under the text gives source X.
- An author printed with a unit in brackets or after a dash keeps only the name.
- The notice's date is the letterhead's day, not the posting time of the meta line.
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nukeviet4_dept_theme_sgddt"
PLATFORM = "NukeViet 4.4 (news viewcat_two_column, department theme by a Hanoi vendor)"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Hòa Bình"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
THEME = "/themes/sgd_hoabinh"
PER_PAGE = 4

#: alias -> (name, parent alias)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None),
    "hoat-dong-cua-so": ("Hoạt động của Sở", "tin-tuc-su-kien"),
    "tin-tu-co-so": ("Tin từ cơ sở", "tin-tuc-su-kien"),
    "giao-duc": ("Giáo dục", None),
    "giao-duc-mam-non": ("Giáo dục mầm non", "giao-duc"),
    "giao-duc-trung-hoc": ("Giáo dục trung học", "giao-duc"),
    "thong-bao": ("Thông báo", None),
}
TOP_CATS = [a for a, (_, parent) in CATS.items() if parent is None]

TAGS = {
    "chuyen-doi-so": "chuyển đổi số",
    "hoc-sinh-gioi": "học sinh giỏi",
    "tuyen-dung": "tuyển dụng",
}

_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
    '<td style="text-align:center;width:40%;">UBND TỈNH HÒA BÌNH<br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO'
    "</strong><br />Số: 412/TB-SGDĐT</td>"
    '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br /><em>Hòa Bình, ngày 30 tháng 11 năm 2026"
    "</em></td></tr></tbody></table>"
    '<p style="text-align:center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc tuyển dụng viên '
    "chức làm việc tại các đơn vị sự nghiệp trực thuộc Sở Giáo dục và Đào tạo năm 2026</strong></p>"
)
_DOC_CLOSING = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
    '<td style="width:50%;vertical-align:top;"><strong><em>Nơi nhận:</em></strong><br />- UBND tỉnh '
    "(để b/c);<br />- Sở Nội vụ;<br />- Các đơn vị trực thuộc;<br />- Cổng TTĐT Sở;<br />- Lưu: VT, "
    "TCCB.</td>"
    '<td style="text-align:center;vertical-align:top;"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong>'
    "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Tuấn</strong></td></tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        id=1548,
        slug="so-gd-dt-hoa-binh-to-chuc-hoi-nghi-giao-ban-cong-tac-giao-duc-thang-11-2026",
        title="Sở GD&ĐT Hòa Bình tổ chức hội nghị giao ban công tác giáo dục tháng 11/2026",
        cat="hoat-dong-cua-so",
        published_at="2026-12-03T15:40:00+07:00",
        summary=(
            "Chiều 03/12, Sở Giáo dục và Đào tạo tỉnh Hòa Bình tổ chức hội nghị giao ban trực tuyến "
            "với 10 phòng GD&ĐT huyện, thành phố để đánh giá kết quả công tác tháng 11 và triển khai "
            "nhiệm vụ trọng tâm tháng 12/2026."
        ),
        sapo_outside=True,
        authors=["Ngọc Anh"],
        blocks=[
            Img(
                "/uploads/news/2026_12/giao-ban-thang-11.jpg",
                "Đồng chí Phó Giám đốc Sở phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Phó Giám đốc Sở phát biểu chỉ đạo tại hội nghị",
                style="home",
            ),
            P(
                "Tham dự hội nghị có đồng chí Nguyễn Văn Tuấn, Phó Giám đốc Sở; lãnh đạo các phòng "
                "chuyên môn, nghiệp vụ thuộc Sở và lãnh đạo các phòng GD&ĐT tại 10 điểm cầu."
            ),
            P(
                "Theo báo cáo, trong tháng 11/2026 toàn ngành đã tổ chức thành công các hoạt động kỷ "
                "niệm 44 năm Ngày Nhà giáo Việt Nam; 100% trường học hoàn thành cập nhật dữ liệu ngành "
                "trên hệ thống cơ sở dữ liệu của Bộ."
            ),
            Img(
                "/uploads/news/2026_12/giao-ban-diem-cau.jpg",
                "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                style="fig",
            ),
            P("Nhiệm vụ trọng tâm tháng 12/2026", style="h"),
            P(
                "Hội nghị thống nhất tập trung chỉ đạo tổ chức kiểm tra cuối học kì I đúng quy chế, "
                "chuẩn bị chu đáo kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 và đẩy mạnh chuyển đổi số "
                "trong quản lý, dạy học."
            ),
            P(
                "Phát biểu kết luận, đồng chí Phó Giám đốc Sở đề nghị các đơn vị chủ động phương án "
                "phòng, chống rét cho học sinh vùng cao, bảo đảm an toàn trường học trong mùa đông."
            ),
        ],
        opts={
            "author_field": "Ngọc Anh",
            "edit": "2026-12-04T08:12",
            "tags": ["chuyen-doi-so"],
            "rating": (23, 5),
            "comments": [
                (
                    "Phạm Thị Thu",
                    "03/12/2026 17:02",
                    "Mong Sở sớm có hướng dẫn cụ thể về trang phục ấm cho học sinh bán trú.",
                )
            ],
        },
    ),
    Story(
        id=1541,
        slug="kiem-tra-cong-tac-chuan-bi-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Kiểm tra công tác chuẩn bị kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        cat="hoat-dong-cua-so",
        published_at="2026-11-27T09:05:00+07:00",
        authors=["Đinh Thu Trang"],
        photographers=["Đinh Thu Trang"],
        blocks=[
            P(
                "Từ ngày 25 đến 26/11/2026, đoàn công tác của Sở GD&ĐT do đồng chí Trưởng phòng Quản lý "
                "chất lượng làm trưởng đoàn đã kiểm tra công tác chuẩn bị kỳ thi chọn học sinh giỏi cấp "
                "tỉnh lớp 12 tại các hội đồng thi."
            ),
            Img(
                "/uploads/news/2026_11/kiem-tra-hsg-1.jpg",
                "Đoàn kiểm tra làm việc tại Hội đồng thi Trường THPT Công nghiệp",
                "Đoàn kiểm tra làm việc tại Hội đồng thi Trường THPT Công nghiệp",
                style="em",
            ),
            P(
                "Kỳ thi năm nay có 1.126 thí sinh đăng ký dự thi 12 môn, được tổ chức trong 2 ngày 08 "
                "và 09/12/2026."
            ),
            P(
                "Qua kiểm tra, các hội đồng thi đã chuẩn bị đầy đủ cơ sở vật chất, phòng thi, hệ thống "
                "camera giám sát và phương án bảo đảm an ninh, an toàn."
            ),
            Img(
                "/uploads/news/2026_11/kiem-tra-hsg-2.jpg",
                "(Kiểm tra hệ thống camera giám sát phòng thi)",
                "Kiểm tra hệ thống camera giám sát phòng thi",
                style="em",
            ),
            P(
                "Đoàn đề nghị các hội đồng thi rà soát danh sách cán bộ coi thi, hoàn thành tập huấn "
                "nghiệp vụ trước ngày 05/12/2026."
            ),
        ],
        opts={
            "showhometext": False,
            "lazy": True,
            "hometext": (
                "Đoàn công tác của Sở GD&ĐT đã kiểm tra công tác chuẩn bị kỳ thi chọn học sinh giỏi "
                "cấp tỉnh lớp 12 tại các hội đồng thi."
            ),
            "thumb": "/assets/news/2026_11/kiem-tra-hsg-1.jpg",
            "og_image": "/uploads/news/2026_11/kiem-tra-hsg-1.jpg",
            "author_field": "Tin, ảnh: Đinh Thu Trang",
            "tags": ["hoc-sinh-gioi"],
            "edit": "2026-11-28T10:30",
        },
    ),
    Story(
        id=1533,
        slug="tap-huan-nang-cao-nang-luc-chuyen-doi-so-cho-can-bo-quan-ly",
        title="Tập huấn nâng cao năng lực chuyển đổi số cho cán bộ quản lý các cơ sở giáo dục",
        cat="hoat-dong-cua-so",
        published_at="2026-11-18T14:00:00+07:00",
        summary=(
            "Ngày 17 và 18/11/2026, Sở GD&ĐT phối hợp với Viettel Hòa Bình tổ chức tập huấn nâng cao "
            "năng lực chuyển đổi số cho hơn 300 cán bộ quản lý các trường học trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        authors=["Lê Minh Đức"],
        blocks=[
            Img(
                "/uploads/news/2026_11/tap-huan-cds.jpg",
                "Quang cảnh lớp tập huấn",
                "Quang cảnh lớp tập huấn",
                style="home_big",
            ),
            P("Lớp tập huấn được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến, gồm các nội dung sau:"),
            P("Khai thác, sử dụng hệ thống cơ sở dữ liệu ngành giáo dục;", style="li"),
            P("Triển khai học bạ số và sổ điểm điện tử;", style="li"),
            P("Bảo đảm an toàn thông tin trong trường học.", style="li"),
            P("Lịch tập huấn cụ thể như sau:"),
            P("Ngày | Nội dung | Báo cáo viên", style="row"),
            P("17/11/2026 | Cơ sở dữ liệu ngành, học bạ số | Phòng KHTC", style="row"),
            P("18/11/2026 | An toàn thông tin | Viettel Hòa Bình", style="row"),
            P("Kết thúc lớp tập huấn, 100% học viên hoàn thành bài kiểm tra đánh giá cuối khóa."),
        ],
        opts={"author_field": "Lê Minh Đức (Phòng KHTC)", "tags": ["chuyen-doi-so"]},
    ),
    Story(
        id=1526,
        slug="hoi-nghi-tong-ket-nam-hoc-2025-2026-khoi-giao-duc-thuong-xuyen",
        title="Hội nghị tổng kết năm học 2025-2026 khối giáo dục thường xuyên, giáo dục nghề nghiệp",
        cat="hoat-dong-cua-so",
        published_at="2026-11-06T08:30:00+07:00",
        summary=(
            "Sáng 06/11, Sở GD&ĐT tổ chức hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm vụ "
            "năm học 2026-2027 đối với khối giáo dục thường xuyên, giáo dục nghề nghiệp."
        ),
        sapo_outside=True,
        authors=["Hoàng Thu Hà"],
        blocks=[
            Img("/uploads/news/2026_11/tong-ket-gdtx.jpg", None, None, style="home_nocap"),
            P(
                "Năm học 2025-2026, các trung tâm GDNN-GDTX đã tuyển sinh được 2.450 học viên lớp 10, "
                "đạt 104% kế hoạch; tỷ lệ học viên tốt nghiệp THPT đạt 93,6%."
            ),
            P("Tại hội nghị, Sở GD&ĐT đã tặng Giấy khen cho 6 tập thể và 15 cá nhân có thành tích xuất sắc."),
            P(
                "Năm học 2026-2027, khối giáo dục thường xuyên tiếp tục đổi mới nội dung, phương thức tổ "
                "chức dạy học gắn với nhu cầu của người học và thị trường lao động."
            ),
        ],
        opts={"author_field": "Hoàng Thu Hà"},
    ),
    Story(
        id=1519,
        slug="so-gd-dt-va-tinh-doan-hoa-binh-ky-ket-chuong-trinh-phoi-hop",
        title="Sở GD&ĐT và Tỉnh đoàn Hòa Bình ký kết chương trình phối hợp giai đoạn 2026-2030",
        cat="hoat-dong-cua-so",
        published_at="2026-10-21T16:20:00+07:00",
        summary=(
            "Chiều 21/10, Sở GD&ĐT và Tỉnh đoàn Hòa Bình ký kết chương trình phối hợp về công tác giáo "
            "dục chính trị, tư tưởng, đạo đức, lối sống cho học sinh giai đoạn 2026-2030."
        ),
        sapo_outside=True,
        source="Cổng Thông tin điện tử tỉnh Hòa Bình",
        blocks=[
            P(
                "Theo chương trình, hai bên phối hợp tổ chức các hoạt động tình nguyện, kỹ năng sống, "
                "hướng nghiệp và khởi nghiệp cho học sinh các trường THPT, trung tâm GDNN-GDTX."
            ),
            P(
                "Hằng năm, Tỉnh đoàn chủ trì tổ chức Hội trại “Tuổi trẻ sáng tạo” và Giải thưởng “Học "
                "sinh tiêu biểu” dành cho đoàn viên trong các nhà trường."
            ),
            P("Định kỳ 6 tháng, hai bên sơ kết, đánh giá kết quả thực hiện và thống nhất nhiệm vụ giai đoạn tiếp theo."),
        ],
        opts={
            "thumb": "/assets/news/2026_10/ky-ket-tinh-doan.jpg",
            "og_image": "/uploads/news/2026_10/ky-ket-tinh-doan.jpg",
            "source_field": "Cổng Thông tin điện tử tỉnh Hòa Bình",
            "source_link": "https://hoabinh.gov.vn/",
        },
    ),
    Story(
        id=1550,
        slug="truong-thcs-ly-tu-trong-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong",
        title="Trường THCS Lý Tự Trọng tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027",
        cat="tin-tu-co-so",
        published_at="2026-12-04T10:12:00+07:00",
        summary=(
            "Từ ngày 23/11 đến 03/12/2026, Trường THCS Lý Tự Trọng (TP Hòa Bình) tổ chức Hội thi giáo "
            "viên dạy giỏi cấp trường với 24 giáo viên tham gia."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Hạnh"],
        blocks=[
            P(
                "Hội thi nhằm phát hiện, bồi dưỡng giáo viên có năng lực chuyên môn vững vàng, đổi mới "
                "phương pháp dạy học theo Chương trình GDPT 2018.",
                style="br1",
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy và trình bày biện pháp nâng cao chất lượng "
                "giảng dạy bộ môn.",
                style="br1",
            ),
            P(
                "Ban giám khảo đánh giá cao các tiết dạy có ứng dụng công nghệ thông tin, tổ chức hoạt "
                "động nhóm hiệu quả.",
                style="br2",
            ),
            P(
                "Kết quả, 12 giáo viên được công nhận giáo viên dạy giỏi cấp trường, 3 giáo viên được "
                "chọn dự thi cấp thành phố.",
                style="br2",
            ),
            Img(
                "/uploads/news/2026_12/gvdg-ly-tu-trong.jpg",
                "Tiết dạy môn Ngữ văn của cô giáo Bùi Thị Mai",
                "Tiết dạy môn Ngữ văn của cô giáo Bùi Thị Mai",
                style="brdiv",
            ),
            Raw(
                '<div style="text-align: right;"><strong><span style="font-size:14px;">Nguyễn Thị Hạnh '
                "- Trường THCS Lý Tự Trọng</span></strong></div>"
            ),
        ],
        opts={"body": "br", "thumb": "/assets/news/2026_12/gvdg-ly-tu-trong.jpg"},
    ),
    Story(
        id=1545,
        slug="huyen-mai-chau-trao-tang-500-bo-quan-ao-am-cho-hoc-sinh-vung-cao",
        title="Huyện Mai Châu: Trao tặng 500 bộ quần áo ấm cho học sinh vùng cao",
        cat="tin-tu-co-so",
        published_at="2026-12-01T07:45:00+07:00",
        summary=(
            "Ngày 30/11, Phòng GD&ĐT huyện Mai Châu phối hợp với các nhà hảo tâm trao tặng 500 bộ "
            "quần áo ấm cho học sinh có hoàn cảnh khó khăn tại các xã vùng cao."
        ),
        sapo_outside=True,
        authors=["Hà Phương"],
        photographers=["Tuấn Anh"],
        blocks=[
            P(
                "Những phần quà được trao tới học sinh các trường Tiểu học và THCS xã Pà Cò, Hang Kia và "
                "Tân Thành, nơi nhiệt độ mùa đông có ngày xuống dưới 5 độ C."
            ),
            Img(
                "/uploads/news/2026_12/mai-chau-ao-am-1.jpg",
                "Trao quần áo ấm cho học sinh Trường PTDTBT Tiểu học Pà Cò",
                "Trao quần áo ấm cho học sinh Trường PTDTBT Tiểu học Pà Cò",
                style="fig",
            ),
            P(
                "Cùng với quần áo ấm, đoàn còn trao 200 đôi ủng, 150 chiếc chăn và nhiều đồ dùng học "
                "tập cho các em."
            ),
            Img(
                "/uploads/news/2026_12/mai-chau-ao-am-2.jpg",
                "Niềm vui của các em học sinh xã Hang Kia",
                "Niềm vui của các em học sinh xã Hang Kia",
                style="fig",
            ),
            P(
                "Dịp này, Phòng GD&ĐT huyện đề nghị các nhà trường tiếp tục vận động nguồn lực xã hội "
                "hóa, chăm lo cho học sinh bán trú trong mùa đông."
            ),
        ],
        opts={
            "author_field": "Tin: Hà Phương - Ảnh: Tuấn Anh",
            "thumb": "/assets/news/2026_12/mai-chau-ao-am-1.jpg",
            "rating": (14, 3),
            "comments": [
                (
                    "Lường Văn Pó",
                    "01/12/2026 20:15",
                    "Cảm ơn các nhà hảo tâm đã quan tâm tới học sinh vùng cao Mai Châu.",
                )
            ],
        },
    ),
    Story(
        id=1538,
        slug="truong-tieu-hoc-dong-tam-lac-thuy-to-chuc-ngay-hoi-doc-sach",
        title="Trường Tiểu học Đồng Tâm (Lạc Thủy) tổ chức Ngày hội đọc sách",
        cat="tin-tu-co-so",
        published_at="2026-11-23T16:05:00+07:00",
        summary=(
            "Hưởng ứng phong trào xây dựng văn hóa đọc, Trường Tiểu học Đồng Tâm (huyện Lạc Thủy) tổ "
            "chức Ngày hội đọc sách cho hơn 400 học sinh."
        ),
        sapo_outside=True,
        authors=["Bạch Thị Yến"],
        photographers=["Lò Văn Sáng"],
        blocks=[
            P(
                "Ngày hội gồm các hoạt động: giới thiệu sách, thi kể chuyện theo sách, vẽ tranh về nhân "
                "vật yêu thích và trao đổi sách giữa các lớp."
            ),
            Img("/uploads/news/2026_11/ngay-hoi-doc-sach.jpg", "Ảnh: Lò Văn Sáng", None, style="fig"),
            P("📚 Mỗi lớp xây dựng một “góc đọc” với ít nhất 50 đầu sách do học sinh và phụ huynh đóng góp."),
            P(
                "Nhà trường sẽ duy trì tiết đọc thư viện mỗi tuần một lần và tổ chức ngày hội định kỳ "
                "vào mỗi học kì."
            ),
        ],
        opts={"author_field": "Bạch Thị Yến", "thumb": "/assets/news/2026_11/ngay-hoi-doc-sach.jpg"},
    ),
    Story(
        id=1530,
        slug="truong-ptdtnt-thcs-thpt-tan-lac-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường PTDTNT THCS&THPT Tân Lạc kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tu-co-so",
        published_at="2026-11-19T20:30:00+07:00",
        summary=(
            "Tối 19/11, Trường PTDTNT THCS&THPT Tân Lạc long trọng tổ chức lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        authors=["Quách Văn Hùng"],
        blocks=[
            P(
                "Năm học 2025-2026, nhà trường có 18 học sinh đạt giải học sinh giỏi cấp tỉnh, tỷ lệ tốt "
                "nghiệp THPT đạt 100%."
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Bùi Thị Ngọc Ánh, lớp 12A1, bày tỏ lòng biết ơn các "
                "thầy cô:",
            ),
            P(
                "“Chúng em sẽ luôn ghi nhớ những bài giảng, những bữa cơm nội trú ấm áp mà thầy cô đã "
                "dành cho chúng em.”",
                style="quote",
            ),
            P("Buổi lễ khép lại bằng chương trình văn nghệ do học sinh các dân tộc Mường, Thái, Dao biểu diễn."),
        ],
        opts={"author_field": "Quách Văn Hùng", "thumb": "/assets/news/2026_11/tan-lac-20-11.jpg"},
    ),
    Story(
        id=1522,
        slug="truong-thpt-lac-son-ra-mat-cau-lac-bo-tieng-anh",
        title="Trường THPT Lạc Sơn ra mắt Câu lạc bộ Tiếng Anh",
        cat="tin-tu-co-so",
        published_at="2026-10-28T15:00:00+07:00",
        summary=(
            "Chiều 27/10, Trường THPT Lạc Sơn tổ chức ra mắt Câu lạc bộ Tiếng Anh “Lac Son English "
            "Club” với 65 thành viên là học sinh các khối lớp."
        ),
        sapo_outside=True,
        source="Báo Hòa Bình",
        blocks=[
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Sáu hằng tuần với các chủ đề giao tiếp, thuyết trình "
                "và tìm hiểu văn hóa các nước."
            ),
            Img(
                "/uploads/news/2026_10/clb-tieng-anh-lac-son.jpg",
                "Các thành viên Câu lạc bộ trong buổi ra mắt",
                "Các thành viên Câu lạc bộ trong buổi ra mắt",
                style="fig",
            ),
            P("Nhà trường mời giáo viên bản ngữ tham gia sinh hoạt cùng học sinh mỗi tháng một lần."),
            Raw('<p style="text-align: right;"><em>Theo Báo Hòa Bình</em></p>'),
        ],
        opts={"thumb": "/assets/news/2026_10/clb-tieng-anh-lac-son.jpg"},
    ),
    Story(
        id=1535,
        slug="hoi-thi-be-khoe-be-ngoan-cap-tinh-nam-hoc-2026-2027",
        title="Hội thi “Bé khỏe - Bé ngoan” cấp tỉnh năm học 2026-2027",
        cat="giao-duc-mam-non",
        published_at="2026-11-12T09:20:00+07:00",
        summary=(
            "Sở GD&ĐT ban hành kế hoạch tổ chức Hội thi “Bé khỏe - Bé ngoan” cấp tỉnh dành cho trẻ mẫu "
            "giáo 5 tuổi, dự kiến diễn ra vào tháng 3/2027."
        ),
        sapo_outside=True,
        authors=["Trần Thị Lan Hương"],
        blocks=[
            P("Hội thi gồm ba phần thi:", style="h"),
            P("Phần thi “Bé chào bạn”;", style="li"),
            P("Phần thi “Bé vận động khỏe”;", style="li"),
            P("Phần thi “Bé khéo tay”.", style="li"),
            P(
                "Mỗi phòng GD&ĐT cử 01 đội gồm 06 trẻ và 02 giáo viên phụ trách; các đơn vị gửi danh sách "
                "về Sở (qua Phòng GDMN) trước ngày 15/02/2027."
            ),
        ],
        opts={"author_field": "ThS. Trần Thị Lan Hương", "thumb": "/assets/news/2026_11/be-khoe-be-ngoan.jpg"},
    ),
    Story(
        id=1543,
        slug="huong-dan-kiem-tra-danh-gia-giua-hoc-ki-i-cap-thcs-thpt",
        title="Hướng dẫn kiểm tra, đánh giá định kì giữa học kì I cấp THCS, THPT năm học 2026-2027",
        cat="giao-duc-trung-hoc",
        published_at="2026-10-30T10:00:00+07:00",
        summary=(
            "Sở GD&ĐT hướng dẫn các đơn vị tổ chức kiểm tra, đánh giá định kì giữa học kì I năm học "
            "2026-2027 đối với cấp THCS, THPT."
        ),
        sapo_outside=True,
        authors=["Phòng GDTrH"],
        blocks=[
            P(
                "Việc kiểm tra, đánh giá thực hiện theo Thông tư số 22/2021/TT-BGDĐT; đề kiểm tra bảo "
                "đảm tỷ lệ các mức độ nhận biết, thông hiểu, vận dụng theo ma trận của tổ chuyên môn."
            ),
            P(
                "Thời gian kiểm tra từ ngày 02/11 đến 14/11/2026; các đơn vị nhập điểm lên hệ thống "
                "cơ sở dữ liệu ngành chậm nhất ngày 20/11/2026."
            ),
            P("Các trường THPT gửi báo cáo kết quả về Sở (qua Phòng GDTrH) trước ngày 25/11/2026."),
        ],
        opts={
            "cats": ["thong-bao"],
            "author_field": "Phòng GDTrH",
            "files": ["HD-KTDG-GHK1-2026.pdf"],
            "thumb": "/assets/news/2026_10/huong-dan-ktdg.jpg",
        },
    ),
    Story(
        id=1546,
        slug="thong-bao-tuyen-dung-vien-chuc-nam-2026",
        title="Thông báo tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp trực thuộc Sở năm 2026",
        cat="thong-bao",
        published_at="2026-11-30",
        authors=["Nguyễn Văn Tuấn"],
        blocks=[
            Raw(_LETTERHEAD),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, "
                "sử dụng và quản lý viên chức, Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức năm "
                "2026 như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng: 42 chỉ tiêu giáo viên THPT và 6 chỉ tiêu nhân viên.", style="bold"),
            P(
                "2. Hồ sơ dự tuyển nộp trực tiếp tại Phòng Tổ chức cán bộ, Sở GD&ĐT, từ ngày 07/12/2026 "
                "đến hết ngày 05/01/2027 (trong giờ hành chính).",
                style="bold",
            ),
            P("3. Hình thức tuyển dụng: xét tuyển theo hai vòng.", style="bold"),
            P(
                "Chi tiết chỉ tiêu và mẫu phiếu đăng ký dự tuyển được đăng tải tại mục Văn bản của Cổng "
                "thông tin điện tử Sở."
            ),
            Raw(_DOC_CLOSING),
        ],
        opts={
            "posted": "2026-12-01T09:00",
            "files": ["TB-412-tuyen-dung-2026.pdf"],
            "tags": ["tuyen-dung"],
            "thumb": "/assets/news/2026_12/tuyen-dung.jpg",
        },
    ),
]
BY_ID = {s.id: s for s in STORIES}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _posted(story: Story) -> _dt.datetime:
    """The time the CMS has as publtime (the notice: its posting, not the letterhead's day)."""
    value = story.opts.get("posted") or story.published_at
    return _dt.datetime.fromisoformat(value[:16])


def _cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("cats", [])]


def _in_cat(alias: str) -> list[Story]:
    """Posts of a category (children's posts for a parent), newest first."""
    kids = [a for a, (_, parent) in CATS.items() if parent == alias]
    wanted = {alias, *kids}
    found = [s for s in STORIES if wanted & set(_cats_of(s))]
    return sorted(found, key=_posted, reverse=True)


def post_path(story: Story, alias: str | None = None) -> str:
    return f"/vi/news/{alias or story.cat}/{story.slug}-{story.id}.html"


def _link_alias(story: Story, alias: str) -> str:
    """Under which alias a list of ``alias`` links the post (its own, or the main one)."""
    return alias if alias in _cats_of(story) else story.cat


def _thumb(story: Story) -> str:
    if "thumb" in story.opts:
        return story.opts["thumb"]
    first = story.images[0].src
    return first.replace("/uploads/", "/assets/")


def _hometext(story: Story) -> str:
    return story.summary or story.opts.get("hometext") or ""


def _dmy(d: _dt.datetime) -> str:
    return d.strftime("%d/%m/%Y")


def _views(story: Story) -> str:
    return f"{story.views() + 1000:,}".replace(",", ".")


# --- chrome ---------------------------------------------------------------------------------


def _menu() -> str:
    def sub(parent: str) -> str:
        items = "".join(
            f'<li><a href="/vi/news/{a}/" title="{esc(n)}">{esc(n)}</a></li>'
            for a, (n, p) in CATS.items()
            if p == parent
        )
        return f'<ul class="mnu_c2">{items}</ul>' if items else ""

    cats = "".join(
        f'<li class="co-con"><a href="/vi/news/{a}/" title="{esc(CATS[a][0])}">{esc(CATS[a][0])}</a>{sub(a)}</li>'
        for a in TOP_CATS
    )
    return (
        '<nav class="mnu-ngang" id="menu_site"><ul class="mnu_c1">'
        '<li class="home"><a href="/vi/" title="Trang nhất"><em class="fa fa-home"></em></a></li>'
        '<li class="co-con"><a href="/vi/page/gioi-thieu.html">Giới thiệu</a><ul class="mnu_c2">'
        '<li><a href="/vi/page/gioi-thieu.html">Giới thiệu chung</a></li>'
        '<li><a href="/vi/page/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>'
        f"{cats}"
        '<li><a href="/vi/laws/">Văn bản</a></li>'
        '<li><a href="/vi/photos/">Thư viện ảnh</a></li>'
        '<li><a href="/vi/contact/">Liên hệ</a></li></ul></nav>'
    )


def _sidebar() -> str:
    top = sorted(STORIES, key=lambda s: -s.views())[:4]
    most = "".join(
        f'<li class="clearfix"><a href="{post_path(s)}" title="{esc(s.title)}"><img src="{_thumb(s)}" '
        f'alt="{esc(s.title)}" width="60" class="img-thumbnail pull-left"/></a>'
        f'<a class="show" href="{post_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
        for s in top
    )
    return (
        '<div class="col-md-4 cot-phai">'
        '<div class="khoi-ben"><div class="khoi-ben-tit"><span>Tin xem nhiều</span></div>'
        f'<ul class="block_tophits list-none">{most}</ul></div>'
        '<div class="khoi-ben"><div class="khoi-ben-tit"><span>Liên kết website</span></div>'
        '<select class="form-control" onchange="window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://hoabinh.gov.vn/">Cổng TTĐT tỉnh Hòa Bình</option></select>'
        '<p><a href="https://csdl.moet.gov.vn/" target="_blank"><img src="/uploads/banner/csdl-nganh.png" '
        'alt="CSDL ngành"/></a></p></div>'
        '<div class="khoi-ben"><div class="khoi-ben-tit"><span>Thăm dò ý kiến</span></div>'
        '<div class="voting"><p><strong>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</strong></p>'
        '<div class="radio"><label><input type="radio" name="option" value="1"/> Rất hữu ích</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="2"/> Hữu ích</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="3"/> Bình thường</label></div>'
        '<input type="button" class="btn btn-success btn-sm" value="Biểu quyết" '
        "onclick=\"nv_sendvoting(this.form, '2', '1', 'a8c2e1', 1, '');\"/> "
        '<input type="button" class="btn btn-primary btn-sm" value="Kết quả" '
        "onclick=\"nv_sendvoting(this.form, '2', 0);\"/></div></div>"
        '<div class="khoi-ben"><div class="khoi-ben-tit"><span>Thống kê truy cập</span></div>'
        '<ul class="counter list-none"><li><em class="fa fa-bolt"></em> Đang truy cập<span>27</span></li>'
        '<li><em class="fa fa-filter"></em> Hôm nay<span>1.204</span></li>'
        '<li><em class="fa fa-calendar-o"></em> Tháng hiện tại<span>18.562</span></li>'
        '<li><em class="fa fa-bars"></em> Tổng lượt truy cập<span>3.456.789</span></li></ul></div>'
        "</div>"
    )


def _notice_marquee() -> str:
    items = " &nbsp;|&nbsp; ".join(
        f'<a href="{post_path(s, "thong-bao")}">{esc(s.title)}</a>' for s in _in_cat("thong-bao")
    )
    return f'<div class="tb-chay"><span class="tb-nhan">Thông báo:</span><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{items}</marquee></div>'


def _crumbs(items: list[tuple[str, str]]) -> str:
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}</span></a></li>'
        for href, name in items
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none" '
        'itemscope itemtype="http://schema.org/BreadcrumbList">'
        '<li><a href="/vi/" title="Trang nhất"><em class="fa fa-lg fa-home"></em>&nbsp;<span>Trang nhất</span></a></li>'
        f"{lis}</ul></div></div>"
    )


def _cat_crumbs(alias: str) -> list[tuple[str, str]]:
    chain = []
    cur: str | None = alias
    while cur:
        chain.insert(0, (f"/vi/news/{cur}/", CATS[cur][0]))
        cur = CATS[cur][1]
    return [("/vi/news/", "Tin Tức"), *chain]


def _page(
    request: Request,
    title: str,
    main: str,
    crumbs: list[tuple[str, str]] | None = None,
    *,
    head: str = "",
    desc: str = "",
    sidebar: bool = True,
) -> Response:
    crumb_html = _crumbs(crumbs) if crumbs is not None else ""
    side = _sidebar() if sidebar else ""
    col = "col-md-8" if sidebar else "col-md-12"
    doc = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)} - {SITE}</title>
<meta name="description" content="{esc(desc or title)}" />
<meta name="author" content="{SITE}" />
<meta name="copyright" content="{SITE} [sgddt@hoabinh.gov.vn]" />
<meta name="generator" content="NukeViet v4.4" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{head}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="alternate" href="/vi/news/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css">
<link rel="StyleSheet" href="{THEME}/css/style.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Hb8x",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/news.js"></script>
<script src="{THEME}/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="sgd-bao">
<div class="hdr-top clearfix"><div class="ngay-hien-tai"><em class="fa fa-calendar"></em> {TODAY_LINE}</div>
<div class="hdr-lnk"><a href="/vi/rss/"><em class="fa fa-rss"></em> RSS</a> | <a href="/vi/contact/">Liên hệ</a> | <a href="https://mail.hoabinh.gov.vn/" target="_blank">Thư điện tử</a></div></div>
<div class="banner clearfix"><a href="/vi/" title="{SITE}"><img src="/uploads/logo-sgd-hb.png" alt="{SITE}" width="90" height="90"/></a>
<div class="ten-dv"><span class="dv-cap-tren">UBND TỈNH HÒA BÌNH</span><strong class="dv-ten">SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><span class="dv-slogan">Cổng thông tin điện tử</span></div>
<form class="tk-nhanh" action="/vi/seek/" method="get"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..."/><button type="submit"><em class="fa fa-search"></em></button></form></div>
{_menu()}
{_notice_marquee()}
{crumb_html}
<div class="row noi-dung-chinh"><div class="{col} cot-trai">
{main}
</div>
{side}
</div>
<footer id="chan-trang"><div class="ft-dv"><p class="ft-ten"><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA BÌNH</strong></p>
<p>Địa chỉ: Số 468, đường Trần Hưng Đạo, phường Phương Lâm, thành phố Hòa Bình, tỉnh Hòa Bình</p>
<p>Điện thoại: 0218.3852.403 - Fax: 0218.3852.590 - Email: sgddt@hoabinh.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
<p>© Bản quyền thuộc về Sở Giáo dục và Đào tạo tỉnh Hòa Bình. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
<div class="ft-tk">Thiết kế bởi <a href="https://hnsoft.vn/" target="_blank">HNSoft Hà Nội</a> | Powered by <a href="https://nukeviet.vn/" target="_blank">NukeViet CMS</a></div></footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div><div id="openidBt" data-result="" data-redirect=""></div>
<a href="#" class="bttop"><em class="fa fa-chevron-up"></em></a>
</div>
</body>
</html>"""
    return html(doc)


# --- listings -------------------------------------------------------------------------------


def _list_item(story: Story, alias: str) -> str:
    href = post_path(story, _link_alias(story, alias))
    d = _posted(story)
    return (
        '<div class="news_column"><div class="panel panel-default clearfix"><div class="panel-body">'
        f'<a href="{href}" title="{esc(story.title)}"><img alt="{esc(story.title)}" src="{_thumb(story)}" '
        'width="183" class="img-thumbnail pull-left imghome" /></a>'
        f'<h3><a href="{href}" title="{esc(story.title)}">{esc(story.title)}</a></h3>'
        '<div class="text-muted"><ul class="list-unstyled list-inline">'
        f'<li><em class="fa fa-clock-o">&nbsp;</em> {_dmy(d)} {d:%H:%M}</li>'
        f'<li><em class="fa fa-eye">&nbsp;</em> {_views(story)}</li></ul></div>'
        f"{esc(_hometext(story))}</div></div></div>"
    )


def _box(alias: str, stories: list[Story], title_href: str | None = None) -> str:
    """A viewcat_two_column box: the newest post with its thumb and hometext, three more titles."""
    name = CATS[alias][0]
    if not stories:
        return ""
    first, rest = stories[0], stories[1:4]
    href = post_path(first, _link_alias(first, alias))
    others = "".join(
        f'<li class="icon_list"><a class="show" href="{post_path(s, _link_alias(s, alias))}" '
        f'title="{esc(s.title)}">{esc(s.title)}</a></li>'
        for s in rest
    )
    return (
        '<div class="col-md-6 col-sm-6"><div class="panel panel-default khoi-2cot">'
        f'<div class="panel-heading"><h4><a href="{title_href or "/vi/news/" + alias + "/"}" '
        f'title="{esc(name)}">{esc(name)}</a></h4></div><div class="panel-body">'
        f'<a href="{href}" title="{esc(first.title)}"><img src="{_thumb(first)}" alt="{esc(first.title)}" '
        'width="100" class="img-thumbnail pull-left imghome"/></a>'
        f'<h3><a href="{href}" title="{esc(first.title)}">{esc(first.title)}</a></h3>'
        f"<p>{esc(_hometext(first))}</p>"
        f'<ul class="related">{others}</ul></div></div></div>'
    )


def _two_column(aliases: list[str]) -> str:
    boxes = [_box(a, _in_cat(a)) for a in aliases]
    rows = []
    for i in range(0, len(boxes), 2):
        rows.append('<div class="row">' + "".join(boxes[i : i + 2]) + "</div>")
    return '<div class="viewcat_two_column">' + "".join(rows) + "</div>"


def _pagination(alias: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"/vi/news/{alias}/" if n == 1 else f"/vi/news/{alias}/page-{n}"

    out = []
    if page > 1:
        out.append(f'<li><a rel="prev" title="Trang {page - 1}" href="{href(page - 1)}">&laquo;</a></li>')
    else:
        out.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            out.append(f'<li><a title="Trang {n}" href="{href(n)}">{n}</a></li>')
    if page < pages:
        out.append(f'<li><a rel="next" title="Trang {page + 1}" href="{href(page + 1)}">&raquo;</a></li>')
    else:
        out.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(out) + "</ul></div>"


def _category(request: Request, alias: str, page: int) -> Response | None:
    name = CATS[alias][0]
    kids = [a for a, (_, p) in CATS.items() if p == alias]
    if kids:
        if page != 1:
            return None
        main = f'<h1 class="tieude-cm">{esc(name)}</h1>' + _two_column(kids)
        return _page(request, name, main, _cat_crumbs(alias))
    stories = _in_cat(alias)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        f'<h1 class="tieude-cm">{esc(name)}</h1>'
        + "".join(_list_item(s, alias) for s in chunk)
        + _pagination(alias, page, pages)
    )
    head = ""
    if page < pages:
        head += f'<link rel="next" href="/vi/news/{alias}/page-{page + 1}">'
    title = name if page == 1 else f"{name} - Trang {page}"
    return _page(request, title, main, _cat_crumbs(alias), head=head)


def _home(request: Request) -> Response:
    latest = sorted(STORIES, key=_posted, reverse=True)
    hot = [s for s in latest if s.cat != "thong-bao"][:5]
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{post_path(s)}" title="{esc(s.title)}">'
        f'<img src="{_thumb(s)}" alt="{esc(s.title)}"/></a>'
        f'<div class="carousel-caption"><a href="{post_path(s)}">{esc(s.title)}</a></div></div>'
        for i, s in enumerate(hot)
    )
    notices = "".join(
        f'<li><em class="fa fa-caret-right"></em> <a href="{post_path(s, "thong-bao")}">{esc(s.title)}</a> '
        f'<span class="ngay-tb">({_dmy(_posted(s))})</span></li>'
        for s in _in_cat("thong-bao")
    )
    main = (
        f'<div id="slider-tin" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>'
        '<div class="khoi-tb"><div class="khoi-tb-tit"><a href="/vi/news/thong-bao/">Thông báo</a></div>'
        f'<ul class="ds-tb">{notices}</ul></div>'
        + _two_column(TOP_CATS)
    )
    return _page(request, "Trang nhất", main, None, desc="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hòa Bình")


def _news_main(request: Request) -> Response:
    return _page(request, "Tin Tức", _two_column(TOP_CATS), [("/vi/news/", "Tin Tức")])


def _tag(request: Request, alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    found = sorted((s for s in STORIES if alias in s.opts.get("tags", [])), key=_posted, reverse=True)
    main = (
        f'<h1 class="tieude-cm">Từ khóa: {esc(TAGS[alias])}</h1>'
        + "".join(_list_item(s, s.cat) for s in found)
    )
    return _page(request, f"Từ khóa: {TAGS[alias]}", main, [("/vi/news/", "Tin Tức")])


# --- the post ---------------------------------------------------------------------------------


def _img_tag(img: Img, lazy: bool, extra: str = "") -> str:
    alt = esc(img.caption or "")
    if lazy:
        return f'<img alt="{alt}" class="lazy" src="{THEME}/images/loading.gif" data-src="{img.src}" width="600"{extra} />'
    return f'<img alt="{alt}" src="{img.src}" width="600"{extra} />'


def _body(story: Story) -> str:
    lazy = bool(story.opts.get("lazy"))
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style.startswith("home"))]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "fig":
                out.append(
                    '<div style="text-align:center"><figure class="image" style="display:inline-block">'
                    + _img_tag(b, lazy, ' height="400"')
                    + f"<figcaption>{esc(b.printed or '')}</figcaption></figure></div>"
                )
            elif b.style == "brdiv":
                out.append(
                    f'<div style="text-align: center;">{_img_tag(b, lazy)}</div>'
                    f'<div style="text-align: center;"><em>{esc(b.printed or "")}</em></div>'
                )
            else:
                out.append(f'<p style="text-align:center">{_img_tag(b, lazy)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "row", "br1", "br2"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            elif b.style == "row":
                rows = []
                for k, p in enumerate(group):
                    tag = "th" if k == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table class="table table-bordered" border="1" cellpadding="5" style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>")
            else:
                lines = "<br />\n".join(esc(p.text) for p in group)
                out.append(
                    '<div style="text-align: justify;"><span style="font-size:14px;"><span '
                    f'style="font-family:Times New Roman,Times,serif;">{lines}</span></span></div>'
                )
            i = j
            continue
        elif b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        out.append("<p>&nbsp;</p>" if i == 0 and story.id == 1548 else "")
        i += 1
    return "\n".join(x for x in out if x)


def _home_img(story: Story, where: str) -> str:
    for b in story.images:
        if where == "before" and b.style in ("home", "home_nocap"):
            if b.style == "home":
                return (
                    '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
                    f'<div id="imgpreview" style="width:260px;"><p class="text-center"><img alt="{esc(b.printed or "")}" '
                    f'src="{b.src}" width="260" class="img-thumbnail"/></p><figcaption>{esc(b.printed or "")}</figcaption>'
                    "</div></figure>"
                )
            return (
                '<figure class="article left noncaption" style="width:260px;">'
                f'<img alt="{esc(story.title)}" src="{b.src}" width="260" class="img-thumbnail"/></figure>'
            )
        if where == "after" and b.style == "home_big":
            return (
                '<figure class="article center"><img alt="{0}" src="{1}" width="640" class="img-thumbnail"/>'
                "<figcaption>{0}</figcaption></figure>"
            ).format(esc(b.printed or ""), b.src)
    return ""


def _byline(story: Story) -> str:
    out = []
    if story.opts.get("author_field"):
        out.append(f'<p class="h5 text-right"><strong>{esc(story.opts["author_field"])}</strong></p>')
    if story.opts.get("source_field"):
        out.append(
            f'<p class="h5 text-right">Nguồn tin: <strong><a href="{story.opts["source_link"]}" '
            f'target="_blank" rel="nofollow">{esc(story.opts["source_field"])}</a></strong></p>'
        )
    return f'<div class="margin-bottom-lg tacgia-ct">{"".join(out)}</div>' if out else ""


def _files(story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    d = _posted(story)
    items = "".join(
        f'<li><em class="fa fa-file-pdf-o"></em> <a href="/uploads/news/{d:%Y_%m}/{f}" title="{f}" '
        f'target="_blank">{f}</a></li>'
        for f in files
    )
    return f'<div class="news-download-file"><p class="h4"><strong>Tệp đính kèm:</strong></p><ul class="list-none">{items}</ul></div>'


def _keywords(story: Story) -> str:
    tags = story.opts.get("tags")
    if not tags:
        return ""
    links = ", ".join(f'<a title="{esc(TAGS[t])}" href="/vi/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags)
    return f'<div class="keywords news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'


def _rating(story: Story) -> str:
    total, count = story.opts.get("rating", (0, 0))
    stars = "".join(
        f'<input class="hover-star required" type="radio" value="{n}" title="{t}"/>'
        for n, t in enumerate(["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], 1)
    )
    avg = f"{total / count:.1f}" if count else "0"
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">'
        f'<div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {total} trong {count} đánh giá</p>'
        f'<span itemscope itemtype="http://schema.org/AggregateRating">Xếp hạng: <span class="fa fa-star"></span> '
        f'<span itemprop="ratingValue">{avg}</span> - <span itemprop="ratingCount">{count}</span> phiếu bầu</span>'
        f'<div style="padding: 5px;">{stars}</div></div></form>'
        '<div class="h5"><span>Click để đánh giá bài viết</span></div></div></div>'
    )


def _comments(story: Story) -> str:
    items = "".join(
        '<div class="media"><a class="pull-left" href="#"><img class="media-object bg-gainsboro" '
        'src="/themes/default/images/users/no_avatar.png" width="40" alt=""/></a><div class="media-body">'
        f'<h4 class="media-heading">{esc(name)}</h4><p class="comment-content">{esc(said)}</p>'
        f'<div class="comment-info clearfix"><em class="fa fa-clock-o"></em> {when} '
        '<em class="fa fa-reply"></em> <a href="#" onclick="nv_commment_feedback(0);return false;">Trả lời</a></div></div></div>'
        for name, when, said in story.opts.get("comments", [])
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment" class="nv-fullbg">'
        '<p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p>'
        f'<div id="showcomment" class="margin-bottom-lg">{items}</div>'
        '<div id="formcomment" class="comment-form"><form method="post" role="form" onsubmit="return nv_commment_sendcomment(this);">'
        '<input type="text" name="name" class="form-control" placeholder="Tên của bạn"/>'
        '<textarea name="content" class="form-control" placeholder="Nội dung"></textarea>'
        '<input type="submit" value="Gửi bình luận" class="btn btn-primary"/></form></div></div></div></div>'
    )


def _related(story: Story, alias: str) -> str:
    peers = _in_cat(alias)
    idx = peers.index(story)
    newer, older = peers[max(0, idx - 3) : idx], peers[idx + 1 : idx + 4]
    out = ""
    if newer:
        lis = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{post_path(s, _link_alias(s, alias))}" '
            f'title="{esc(s.title)}">{esc(s.title)}</a> <em class="ngay-lq">({_dmy(_posted(s))})</em></li>'
            for s in newer
        )
        out += f'<div class="tin-lq"><div class="tit-lq"><span>Tin liên quan</span></div><ul class="ds-lq related list-none">{lis}</ul></div>'
    if older:
        items = "".join(
            f'<div class="col-xs-12 col-sm-4 item-tk"><a href="{post_path(s, _link_alias(s, alias))}" title="{esc(s.title)}">'
            f'<img src="{_thumb(s)}" alt="{esc(s.title)}" class="img-thumbnail"/></a>'
            f'<h4><a href="{post_path(s, _link_alias(s, alias))}" title="{esc(s.title)}">{esc(s.title)}</a></h4>'
            f'<p class="mota-tk">{esc(_hometext(s)[:120].rsplit(" ", 1)[0])}…</p></div>'
            for s in older
        )
        out += f'<div class="tin-khac"><h3 class="tit-lq">Tin khác</h3><div class="row">{items}</div></div>'
    return out


def _php_t(value: str) -> str:
    """NukeViet's ``date('Y-m-dTH:i:s')``: ``T`` is the zone's abbreviation, "+07"."""
    d = _dt.datetime.fromisoformat(value)
    return f"{d:%Y-%m-%d}+07{d:%H:%M:%S}"


def _post(request: Request, story: Story, alias: str) -> Response:
    posted = _posted(story)
    canonical = base_url(request) + post_path(story)
    hometext = _hometext(story)
    og_image = story.opts.get("og_image") or (story.images[0].src if story.images else "")
    head = (
        f'<meta name="keywords" content="{esc(", ".join(TAGS[t] for t in story.opts.get("tags", [])))}" />'
        f'<meta property="og:title" content="{esc(story.title)}" />'
        '<meta property="og:type" content="article" />'
        f'<meta property="og:description" content="{esc(hometext or story.title)}" />'
        f'<meta property="og:site_name" content="{SITE}" />'
        + (f'<meta property="og:image" content="{base_url(request)}{og_image}" />' if og_image else "")
        + f'<meta property="og:url" content="{canonical}" />'
        f'<meta property="article:published_time" content="{_php_t(posted.isoformat())}" />'
        + (
            f'<meta property="article:modified_time" content="{_php_t(story.opts["edit"])}" />'
            if story.opts.get("edit")
            else ""
        )
        + f'<meta property="article:section" content="{esc(CATS[alias][0])}" />'
        f'<link rel="canonical" href="{canonical}" />'
    )
    print_path = f"/vi/news/print/{alias}/{story.slug}-{story.id}.html"
    mail_path = f"/vi/news/sendmail/{alias}/{story.slug}-{story.id}.html"
    show_ht = story.opts.get("showhometext", True) and story.summary
    meta = (
        '<ul class="ngaydang list-inline">'
        f'<li><em class="fa fa-clock-o"></em> {posted:%H:%M}</li>'
        f'<li><em class="fa fa-calendar"></em> {_WEEKDAYS[posted.weekday()]}, {posted:%d-%m-%Y}</li>'
        '<li><em class="fa fa-user"></em> hbedu.bientap</li>'
        f'<li><em class="fa fa-eye"></em> Lượt xem: {_views(story)}</li></ul>'
    )
    tools = (
        '<div class="cong-cu-top clearfix"><span class="co-chu">Cỡ chữ: '
        '<a href="javascript:void(0);" onclick="nv_fontsize(-1);">A-</a> '
        '<a href="javascript:void(0);" onclick="nv_fontsize(0);">A</a> '
        '<a href="javascript:void(0);" onclick="nv_fontsize(1);">A+</a></span>'
        '<ul class="list-inline tien-ich pull-right">'
        f'<li><a class="pointer" rel="nofollow" title="In ra" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('{print_path}','{story.id}',840,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-print fa-lg">&nbsp;</em> In bài</a></li>'
        f'<li><a class="pointer" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('{mail_path}','{story.id}',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-envelope fa-lg">&nbsp;</em> Gửi email</a></li></ul></div>'
    )
    share = (
        f'<div class="chia-se clearfix"><div class="fb-like" data-href="{canonical}" data-layout="button_count" '
        'data-action="like" data-show-faces="false" data-share="true"></div>'
        f'<div class="zalo-share-button" data-href="{canonical}" data-oaid="579745863508352884" data-layout="1"></div>'
        "</div>"
    )
    main = (
        f'<div class="dt-ctn news_column panel panel-default" id="dt_{story.id}"><div class="panel-body">'
        f"{tools}"
        f'<h1 class="tieude-ct">{esc(story.title)}</h1>'
        f"{meta}"
        '<div class="clearfix">'
        f"{_home_img(story, 'before')}"
        + (f'<div class="hometext m-bottom">{esc(story.summary)}</div>' if show_ht else "")
        + f"{_home_img(story, 'after')}</div>"
        f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg noidung-ct">{_body(story)}</div>'
        f"{_byline(story)}{_files(story)}"
        f"</div></div>{_keywords(story)}{_rating(story)}{share}{_comments(story)}"
        f'<div class="news_column panel panel-default"><div class="panel-body other-news">{_related(story, alias)}</div></div>'
    )
    return _page(request, story.title, main, _cat_crumbs(alias), head=head, desc=hometext or story.title)


def _print(request: Request, story: Story, alias: str) -> Response:
    posted = _posted(story)
    imgs = "".join(
        f'<p class="text-center"><img src="{b.src}" alt="" width="460"/></p>'
        + (f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed and b.style != "home_nocap" else "")
        for b in story.images
        if b.style.startswith("home")
    )
    show_ht = story.opts.get("showhometext", True) and story.summary
    byline = _byline(story)
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{base_url(request)}{post_path(story)}" />
<link rel="StyleSheet" href="/themes/default/css/news.print.css"></head>
<body><div id="print"><div id="hd_print"><h2 class="pull-left">{SITE}</h2>
<p class="pull-right"><a title="{SITE}" href="{base_url(request)}/">{base_url(request)}</a></p></div>
<div id="content"><h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{_WEEKDAYS[posted.weekday()]} - {posted:%d/%m/%Y %H:%M}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div>
{imgs}
{f'<div id="hometext">{esc(story.summary)}</div>' if show_ht else ""}
<div class="bodytext">{_body(story)}</div>
{byline}
</div>
<div id="footerprint"><div class="copyright">&copy; {SITE}</div>
<div id="contact">Địa chỉ: Số 468, đường Trần Hưng Đạo, thành phố Hòa Bình - Email: sgddt@hoabinh.gov.vn</div>
<div class="url">URL của bản tin này: <a href="{base_url(request)}{post_path(story, alias)}">{base_url(request)}{post_path(story, alias)}</a></div></div>
</div></body></html>"""
    return html(doc)


def _sendmail(request: Request, story: Story) -> Response:
    doc = (
        f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Gửi bài viết qua email</title>"
        '<meta name="robots" content="noindex, nofollow" /></head><body><div class="sendmail">'
        f"<p class=\"h3\">Gửi bài viết qua email</p><p>{esc(story.title)}</p>"
        '<form method="post" onsubmit="return nv_sendmail_submit(this);">'
        '<label>Tên của bạn</label><input type="text" name="name"/>'
        '<label>Email của bạn</label><input type="email" name="youremail"/>'
        '<label>Email người nhận</label><input type="email" name="email"/>'
        '<label>Nội dung</label><textarea name="content"></textarea>'
        '<input type="submit" value="Gửi"/></form></div></body></html>'
    )
    return html(doc)


# --- RSS ------------------------------------------------------------------------------------


def _rss(request: Request, alias: str | None) -> Response | None:
    if alias is not None and alias not in CATS:
        return None
    base = base_url(request)
    stories = _in_cat(alias) if alias else sorted(STORIES, key=_posted, reverse=True)
    items = []
    for s in stories:
        when = _posted(s) - _dt.timedelta(hours=7)
        href = base + post_path(s, _link_alias(s, alias) if alias else s.cat)
        desc = esc(f'<img alt="" src="{base}{_thumb(s)}" width="100" align="left" border="0">{esc(_hometext(s))}')
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{href}</link><guid isPermaLink=\"false\">news_{s.id}</guid>"
            f"<description>{desc}</description><pubDate>{when:%a, %d %b %Y %H:%M:%S} GMT</pubDate></item>"
        )
    name = CATS[alias][0] if alias else "Tin Tức"
    self_path = f"/vi/news/rss/{alias}/" if alias else "/vi/news/rss/"
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{esc(SITE)} - {esc(name)}</title><link>{base}/vi/news/</link>"
        f'<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml"/>'
        f"<description>{esc(name)}</description><language>vi</language>"
        f"<copyright>{esc(SITE)}</copyright><docs>{base}/vi/news/rss/</docs><generator>Nukeviet Version 4.4</generator>"
        f"<image><url>{base}/uploads/logo-sgd-hb.png</url><title>{esc(SITE)}</title><link>{base}/vi/</link></image>"
        + "".join(items)
        + "</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _rss_page(request: Request) -> Response:
    def node(alias: str) -> str:
        kids = [a for a, (_, p) in CATS.items() if p == alias]
        inner = "".join(f"<li>{esc(CATS[k][0])}</li>" for k in kids)
        return (
            f'<a href="/vi/news/rss/{alias}/" title="{esc(CATS[alias][0])}"><em class="fa fa-rss">&nbsp;</em></a> '
            f"{esc(CATS[alias][0])}" + (f"<ul>{inner}</ul>" if inner else "")
        )

    tree = "".join(f"<li>{node(a)}</li>" for a in TOP_CATS)
    main = (
        '<div class="rss-page"><h1>RSS</h1><p>RSS là định dạng tài liệu dựa theo chuẩn XML giúp người sử dụng dễ '
        "dàng cập nhật và tra cứu thông tin một cách nhanh chóng.</p>"
        '<ul class="rss-tree"><li><a href="/vi/news/rss/"><em class="fa fa-rss">&nbsp;</em></a> Tin Tức'
        f"<ul>{tree}</ul></li></ul></div>"
    )
    return _page(request, "RSS", main, [("/vi/rss/", "RSS")])


# --- pages that are not articles ----------------------------------------------------------------

PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        [
            "Sở Giáo dục và Đào tạo tỉnh Hòa Bình là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, "
            "giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên "
            "chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, "
            "nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở: Giám đốc và các Phó Giám đốc.",
            "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng "
            "Giáo dục mầm non; Phòng Giáo dục tiểu học; Phòng Giáo dục trung học; Phòng GDTX-CN; Phòng Quản lý "
            "chất lượng.",
        ],
    ),
}

LAW = {
    "id": 78,
    "alias": "Ke-hoach-so-2145-KH-SGDDT",
    "title": "Kế hoạch số 2145/KH-SGDĐT về tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
}
ALBUM = {"id": 12, "alias": "le-khai-giang-nam-hoc-2026-2027", "title": "Lễ khai giảng năm học 2026-2027"}
LAW_PATH = f"/vi/laws/detail/{LAW['alias']}-{LAW['id']}.html"
ALBUM_PATH = f"/vi/photos/album/{ALBUM['alias']}-{ALBUM['id']}.html"


def _static_page(request: Request, alias: str) -> Response | None:
    if alias not in PAGES:
        return None
    title, paras = PAGES[alias]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = (
        f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(title)}</h1>'
        f'<div class="bodytext">{body}</div></div></div>'
    )
    return _page(request, title, main, [(f"/vi/page/{alias}.html", title)])


def _contact(request: Request) -> Response:
    main = (
        '<div class="contact panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>'
        "<p><strong>Văn phòng Sở Giáo dục và Đào tạo tỉnh Hòa Bình</strong></p>"
        "<p>Địa chỉ: Số 468, đường Trần Hưng Đạo, phường Phương Lâm, thành phố Hòa Bình</p>"
        "<p>Điện thoại: 0218.3852.403 - Email: sgddt@hoabinh.gov.vn</p>"
        '<form method="post" onsubmit="return nv_validForm(this);"><input type="text" name="fname" placeholder="Họ và tên"/>'
        '<input type="email" name="femail" placeholder="Email"/><input type="text" name="ftitle" placeholder="Tiêu đề"/>'
        '<textarea name="fcon"></textarea><input type="submit" value="Gửi"/></form></div></div>'
    )
    return _page(request, "Liên hệ", main, [("/vi/contact/", "Liên hệ")])


def _laws(request: Request) -> Response:
    main = (
        '<div class="laws"><h1>Văn bản</h1><table class="table table-striped"><thead><tr><th>Số ký hiệu</th>'
        "<th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>"
        f'<tr><td>2145/KH-SGDĐT</td><td>10/11/2026</td><td><a href="{LAW_PATH}">{esc(LAW["title"])}</a></td></tr>'
        "</tbody></table></div>"
    )
    return _page(request, "Văn bản", main, [("/vi/laws/", "Văn bản")])


def _law(request: Request) -> Response:
    main = (
        f'<div class="laws-detail"><h1>{esc(LAW["title"])}</h1><table class="table table-bordered"><tbody>'
        "<tr><td>Số ký hiệu</td><td>2145/KH-SGDĐT</td></tr><tr><td>Ngày ban hành</td><td>10/11/2026</td></tr>"
        "<tr><td>Ngày hiệu lực</td><td>10/11/2026</td></tr><tr><td>Loại văn bản</td><td>Kế hoạch</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr><tr><td>Người ký</td><td>Nguyễn Văn Tuấn</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(LAW['title'])}</td></tr>"
        '<tr><td>Tệp đính kèm</td><td><a href="/uploads/laws/2145-KH-SGDDT.pdf">2145-KH-SGDDT.pdf</a></td></tr>'
        "</tbody></table></div>"
    )
    return _page(request, LAW["title"], main, [("/vi/laws/", "Văn bản")])


def _photos(request: Request) -> Response:
    main = (
        '<div class="photos"><h1>Thư viện ảnh</h1><div class="row"><div class="col-sm-4">'
        f'<a href="{ALBUM_PATH}"><img src="/assets/photos/2026_09/khai-giang-1.jpg" alt="{esc(ALBUM["title"])}"/></a>'
        f'<h3><a href="{ALBUM_PATH}">{esc(ALBUM["title"])}</a></h3><p>12 ảnh</p></div></div></div>'
    )
    return _page(request, "Thư viện ảnh", main, [("/vi/photos/", "Thư viện ảnh")])


def _album(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-xs-6 col-sm-3"><a href="/uploads/photos/2026_09/khai-giang-{n}.jpg" data-fancybox="album">'
        f'<img src="/assets/photos/2026_09/khai-giang-{n}.jpg" alt="Lễ khai giảng - ảnh {n}"/></a></div>'
        for n in range(1, 5)
    )
    main = (
        f'<div class="album"><h1>{esc(ALBUM["title"])}</h1><p class="text-muted">Ngày đăng: 05/09/2026</p>'
        f'<div class="row">{pics}</div></div>'
    )
    return _page(request, ALBUM["title"], main, [("/vi/photos/", "Thư viện ảnh")])


def _seek(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (
        '<div class="seek"><h1>Tìm kiếm</h1><form action="/vi/seek/" method="get">'
        f'<input type="text" name="q" value="{esc(q)}"/><input type="submit" value="Tìm kiếm"/></form>'
        + (f"<p>Không tìm thấy kết quả nào cho từ khóa <strong>{esc(q)}</strong>.</p>" if q else "")
        + "</div>"
    )
    return _page(request, "Tìm kiếm", main, [("/vi/seek/", "Tìm kiếm")])


# --- routing ----------------------------------------------------------------------------------

_POST = re.compile(r"^/vi/news/(?:(print|sendmail)/)?([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/vi/news/([a-z0-9-]+)(/?)$")
_CAT_PAGE = re.compile(r"^/vi/news/([a-z0-9-]+)/page-(\d+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            if path.lower().endswith(".pdf") and path.startswith(("/uploads/news/", "/uploads/laws/")):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return redirect(base_url(request) + "/vi/", 301)
        if path == "/vi":
            return redirect(base_url(request) + "/vi/", 301)
        if path == "/vi/":
            return _home(request)
        if path == "/vi/news":
            return redirect(base_url(request) + "/vi/news/", 301)
        if path == "/vi/news/":
            return _news_main(request)
        if path == "/vi/news/rss/":
            return _rss(request, None)
        if m := re.match(r"^/vi/news/rss/([a-z0-9-]+)/$", path):
            return _rss(request, m.group(1))
        if m := re.match(r"^/vi/news/tag/([a-z0-9-]+)$", path):
            return _tag(request, m.group(1))
        if m := _POST.match(path):
            kind, alias, slug, sid = m.groups()
            story = BY_ID.get(int(sid))
            if story is None or story.slug != slug or alias not in CATS:
                return None
            if alias not in _cats_of(story):
                target = post_path(story)
                if kind:
                    target = f"/vi/news/{kind}/{story.cat}/{story.slug}-{story.id}.html"
                return redirect(base_url(request) + target, 301)
            if kind == "print":
                return _print(request, story, alias)
            if kind == "sendmail":
                return _sendmail(request, story)
            return _post(request, story, alias)
        if m := _CAT.match(path):
            alias, slash = m.groups()
            if alias not in CATS:
                return None
            if not slash:
                return redirect(base_url(request) + f"/vi/news/{alias}/", 301)
            return _category(request, alias, 1)
        if m := _CAT_PAGE.match(path):
            alias, page = m.groups()
            if alias not in CATS or page.startswith("0"):
                return None
            if page == "1":
                return redirect(base_url(request) + f"/vi/news/{alias}/", 301)
            return _category(request, alias, int(page))
        if m := re.match(r"^/vi/page/([a-z0-9-]+)\.html$", path):
            return _static_page(request, m.group(1))
        if path == "/vi/contact/":
            return _contact(request)
        if path == "/vi/laws/":
            return _laws(request)
        if path == LAW_PATH:
            return _law(request)
        if path == "/vi/photos/":
            return _photos(request)
        if path == ALBUM_PATH:
            return _album(request)
        if path == "/vi/rss/":
            return _rss_page(request)
        if path == "/vi/seek/":
            return _seek(request)
        return None


def build_site() -> Site:
    return Site()


def _alt_paths(story: Story) -> list[str]:
    out = [f"/vi/news/print/{story.cat}/{story.slug}-{story.id}.html"]
    for alias in story.opts.get("cats", []):
        out += [post_path(story, alias), f"/vi/news/print/{alias}/{story.slug}-{story.id}.html"]
    return out


GOLD = [
    gold_record(story, post_path(story), CATS[story.cat][0], alt_paths=_alt_paths(story))
    for story in sorted(STORIES, key=_posted, reverse=True)
]

NON_ARTICLES = [
    "/vi/page/gioi-thieu.html",
    "/vi/page/co-cau-to-chuc.html",
    "/vi/contact/",
    LAW_PATH,
    ALBUM_PATH,
]
