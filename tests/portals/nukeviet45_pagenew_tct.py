"""Trường Chính trị tỉnh Bình Phước: NukeViet 4.5, news module, category view "viewcat_page_new".

Platform
--------
NukeViet 4.5 (PHP CMS by VINADES) with URL rewriting on and the language in every address, a
vendor theme ("tct_binhphuoc") built on the default Bootstrap 3 theme. The news module's
categories use the view ``viewcat_page_new``: on every list page the newest post of that page is
shown large (thumbnail, title, date, views, hometext, "Xem tiếp"), the rest as a plain list with
the day in brackets; NukeViet's pager (``nv_alias_page``) at the bottom, 5 posts a page
(the module's ``per_page``, the same for the module's main page and every category).

URL scheme
----------
- ``/``                                   home: "Tin tiêu điểm" slider (block group), one box per
                                          category (3 newest each), sidebars
- ``/vi/news/`` ``/vi/news/page-2`` …     the module's main page: all posts, newest first
- ``/vi/news/<cat>/`` ``/vi/news/<cat>/page-2``   a category (``page-1`` answers 301 to the
                                          category; a page past the last answers 301 too)
- ``/vi/news/<cat>/<alias>-<id>.html``    an article; the category part may be any category
                                          the post is filed in (NukeViet's ``listcatid``)
- ``/vi/news/print/<cat>/<alias>-<id>.html``  print view (opened by ``onclick`` only)
- ``/vi/news/tag/<tag-alias>``            tag page; ``/vi/news/groups/<Group-alias>/`` block
                                          group page; ``/vi/news/rss/`` and
                                          ``/vi/news/rss/<cat>/`` RSS 2.0; ``/vi/news/search/?q=``
                                          and ``/vi/seek/?q=`` search (GET forms)
- ``/index.php?language=vi&nv=news&op=<op>``  the non-rewritten form: 301 to ``/vi/news/<op>``
- ``/vi/about/<alias>.html`` (page module), ``/vi/contact/``, ``/vi/laws/`` and
  ``/vi/laws/detail/<alias>.html`` (documents), ``/vi/albums/`` and
  ``/vi/albums/<cat>/<alias>-<id>.html`` (photo albums): not articles.

Page templates: home, listing (main page, category, tag, group, search), article detail, print
view, RSS, static page (about/contact), document entry, album.

How each gold article is reached (categories: "Tin hoạt động" = tin-hoat-dong, 7 posts, 2 pages;
"Đào tạo - Bồi dưỡng" = dao-tao-boi-duong, 3 posts + 1049 filed there too; "Nghiên cứu - Trao
đổi" = nghien-cuu-trao-doi, 3 posts). Main page: 1058 1056 1054 1053 1051 | 1049 1046 1044 1041
1039 | 1035 1034 1033.
- 1058, 1054, 1049, 1046, 1041: page 1 of Tin hoạt động, home boxes, slider.
- 1034, 1033: ONLY page 2 of Tin hoạt động and page 3 of the main page (the "Những tin mới hơn"
  lists of a detail page name newer posts only; their tags are theirs alone; the RSS feeds list
  the 10 newest / the 5 newest of a category).
- 1056, 1051, 1039: Đào tạo - Bồi dưỡng page 1 (1039 also main page 2).
- 1053, 1044, 1035: Nghiên cứu - Trao đổi page 1 (1035 also main page 3).

Traps
-----
1. Voice reader (NukeViet 4.5 "Nghe đọc bài viết"): between the date line and the hometext a
   player with an ``<audio>`` and a ``<select>`` of voices named like people ("Ban Mai - Nữ
   miền Bắc", "Lê Minh - Nam miền Bắc", "Lan Nhi - Nữ miền Nam") (1058, 1051, 1044). Gold:
   neither body nor authors.
2. SEO title ("titlesite") differs from the headline: ``<title>`` and ``og:title`` carry
   "Hội nghị viên chức, người lao động Trường Chính trị năm 2027" while the ``<h1>`` prints the
   real headline (1058, 1051). Gold: ``title`` = the ``<h1>``.
3. One post filed in two categories (1049: Tin hoạt động, also Đào tạo - Bồi dưỡng): the
   "Những tin mới hơn" lists on the detail pages of Đào tạo - Bồi dưỡng posts link it under
   THAT category's alias (NukeViet builds those links with the category being viewed), and that
   URL answers 200 with its own breadcrumb and a self-referencing canonical, as NukeViet's
   detail.php does. Gold: path = the primary URL, the other one and both print views in
   ``alt_paths``, category = "Tin hoạt động" (the primary, as listings and home link it).
4. The featured picture ("homeimg") is printed by the template, outside ``#news-bodyhtml``:
   position "large" = a ``<figure class="article center">`` with a ``<figcaption>`` between the
   hometext and the text → the article's first image, caption = the figcaption (None when the
   note is empty: 1054); position "thumbnail" = a small ``/assets/news/…`` copy floated left of
   the hometext of the very photo the text prints full size (1056) → not an image of its own.
5. The editor pasted the sapo again as the bold first paragraph of the text (1056). Gold: the
   sapo (the ``.hometext`` block) is the body's first paragraph, once.
6. After the text, inside the same panel: the module's copyright notice ("Chú ý: Việc đăng lại
   bài viết …"), the star rating ("Tổng số điểm của bài viết là: 14 trong 3 đánh giá"), tags,
   share buttons, and readers' comments ("Ý kiến bạn đọc", with names and times) (1058, 1053).
   Gold: none of it is body; commenters are not authors; their times are not dates.
7. Attachments panel (1039): "Tải về" links ``<article URL>?download=1&id=0`` that answer a
   PDF with Content-Disposition, and a Google-viewer "Xem trực tuyến" link. Gold: not body, not
   an article; any other query on an article URL answers 301 to the clean URL.
8. Redirecting duplicates: a "Xem thêm" line in 1054 links 1041 through the non-rewritten
   ``/index.php?language=vi&nv=news&op=…`` form; the home slider (a cached block) links 1041
   under its OLD alias; both answer 301 to the current URL (NukeViet's alias check). Gold: one
   record at the current URL; the "Xem thêm" line is not body.
9. Lazy-loaded pictures (1041): ``src`` is the theme's ``loading.gif``, the photo is in
   ``data-src`` (lazysizes). Gold: the ``data-src`` paths.
10. Bylines in NukeViet's "Tác giả" field and around it: "Tin: Minh Tuấn; Ảnh: Hồng Nhung" →
    [Minh Tuấn] / [Hồng Nhung] (1058); "ThS. Lê Thị Thanh Hương - Phòng Tổ chức - Hành chính" →
    [Lê Thị Thanh Hương]; "Thu Trang (Phòng QLĐT&NCKH)" → [Thu Trang]; a unit alone
    ("Phòng Quản lý đào tạo và NCKH", "Công đoàn cơ sở Trường") → as printed; the field empty
    and the right-aligned bold line at the end of the text signs ("Khoa Xây dựng Đảng" in 1054,
    "Văn Quyết - Phòng Tổ chức - Hành chính" in 1041 → [Văn Quyết]); "Người đăng: quantri_tct"
    (the CMS account, 1041) → nobody; "Nguồn tin:" with a link → source (1044); a closing
    "Nguồn: Phòng Quản lý đào tạo và NCKH" inside the text → source (1039); "Ảnh: Hồng Nhung"
    as the only line under a photo → photographer, no caption (1049).
11. A notice printed as a Party document (1033): letterhead table "TỈNH ỦY BÌNH PHƯỚC /
    TRƯỜNG CHÍNH TRỊ / Số 215-TB/TCT | ĐẢNG CỘNG SẢN VIỆT NAM / Bình Phước, ngày 08 tháng 10
    năm 2026" (not the state's "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "THÔNG BÁO" and its
    subject, then "Nơi nhận" and "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký) / Phạm Đức Trung";
    the post itself is dated "Thứ sáu - 09/10/2026 07:15". Gold: published_at "2026-10-08",
    authors [Phạm Đức Trung], no summary, the letterhead/kind/subject/closing not body, the
    table of exams is (rows as "a | b | c").
12. Breadcrumbs as NukeViet 4 prints them: the real list is ``<ul class="temp-breadcrumbs
    hidden">`` (schema.org BreadcrumbList), copied into the visible bar by JavaScript; the
    visible bar is empty in the HTML. The vendor's box title above the article also names the
    category. Gold category: "Tin hoạt động" / "Đào tạo - Bồi dưỡng" / "Nghiên cứu - Trao đổi".
13. Text markup: Word paste (1039: ``MsoNormal`` paragraphs, ``mso-list:Ignore`` markers that
    are no text, ``<o:p>&nbsp;</o:p>`` spacers); text typed in decomposed Unicode (1035, NFD:
    gold is NFC); a bare superscript note call ``35-NQ/TW<sup>1</sup>`` (not text) while
    1053 keeps bracketed calls "[1]" in its sentences; "Chú thích" / "Tài liệu tham khảo" and
    their entries are text; a ``<br />`` inside a paragraph (1051) splits it; a layout table
    holding one photo and its caption (1051) is an image, not table rows; a results table
    (1049) is rows; a YouTube iframe (1046) is nothing; a typed emoji "👉 " (1034) is text.
14. Listing quirks: viewcat_page_new repeats the large first item with its hometext on every
    page (page 2 starts with a big item too); list items print the title cut to 60 characters
    with "…" (the full title in ``title=``); the dates in lists are days only.

Gold decisions on ambiguous points
----------------------------------
- ``summary`` = the ``.hometext`` block (printed bold, its own element); it is the body's first
  paragraph. 1033 has no hometext: summary null.
- ``published_at`` = the detail's "Thứ năm - 03/12/2026 14:30" with +07:00 (the RSS
  pubDate and ``article:published_time`` agree); 1033 takes its letterhead day.
- The featured "large" picture counts as the first image (it is the article's photo, printed
  with its note); the "thumbnail" copy does not.
- 1049's category is the primary one even though the duplicate URL's breadcrumb says
  "Đào tạo - Bồi dưỡng".
- Album and document pages are not articles, though album URLs look like article URLs.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "nukeviet45_pagenew_tct"
PLATFORM = "NukeViet 4.5 news module (viewcat_page_new), rewrite on, vendor theme"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Bình Phước"
THEME = "/themes/tct_binhphuoc"
PER_PAGE = 5
TODAY_LINE = "Thứ Bảy, 05/12/2026"

CATS: dict[str, str] = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
}
CAT_IDS = {"tin-hoat-dong": 2, "dao-tao-boi-duong": 3, "nghien-cuu-trao-doi": 5}

TAGS: dict[str, str] = {
    "truong-chinh-tri-tinh-binh-phuoc": "Trường Chính trị tỉnh Bình Phước",
    "trung-cap-ly-luan-chinh-tri-hanh-chinh": "trung cấp lý luận chính trị - hành chính",
    "ly-luan-chinh-tri": "lý luận chính trị",
    "xay-dung-dang": "xây dựng Đảng",
    "boi-duong": "bồi dưỡng",
    "cong-doan": "công đoàn",
    "thong-bao": "thông báo",
}

GROUPS = {"Tin-tieu-diem": "Tin tiêu điểm"}

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

# --- the articles ----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1058,
        slug="truong-chinh-tri-tinh-binh-phuoc-to-chuc-hoi-nghi-can-bo-vien-chuc-va-nguoi-lao-dong-nam-2027",
        title="Trường Chính trị tỉnh Bình Phước tổ chức Hội nghị cán bộ, viên chức và người lao động năm 2027",
        cat="tin-hoat-dong",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Sáng ngày 04/12/2026, Trường Chính trị tỉnh Bình Phước long trọng tổ chức Hội nghị cán bộ, "
            "viên chức và người lao động năm 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026, "
            "bàn giải pháp thực hiện nhiệm vụ năm 2027."
        ),
        sapo_outside=True,
        authors=["Minh Tuấn"],
        photographers=["Hồng Nhung"],
        blocks=[
            Img(
                "/uploads/news/2026_12/hoi-nghi-vc-2027-01.jpg",
                "Đồng chí Nguyễn Văn Lộc, Hiệu trưởng Nhà trường phát biểu khai mạc Hội nghị",
                "Đồng chí Nguyễn Văn Lộc, Hiệu trưởng Nhà trường phát biểu khai mạc Hội nghị",
                style="home",
            ),
            P(
                "Dự Hội nghị có đồng chí Nguyễn Văn Lộc, Hiệu trưởng Nhà trường; các đồng chí trong Ban "
                "Giám hiệu, Ban Chấp hành Công đoàn cơ sở cùng toàn thể cán bộ, viên chức và người lao "
                "động của Trường."
            ),
            P(
                "Năm 2026, trong bối cảnh tổ chức bộ máy của tỉnh tiếp tục được sắp xếp, tinh gọn, tập "
                "thể cán bộ, viên chức Nhà trường đã đoàn kết, chủ động khắc phục khó khăn, hoàn thành "
                "tốt các nhiệm vụ chính trị được giao. Nhà trường đã mở 38 lớp đào tạo, bồi dưỡng với "
                "hơn 3.200 lượt học viên; trong đó có 9 lớp Trung cấp lý luận chính trị - hành chính và "
                "21 lớp bồi dưỡng cập nhật kiến thức."
            ),
            P(
                "Công tác nghiên cứu khoa học, đi thực tế của giảng viên được quan tâm; 100% giảng viên "
                "hoàn thành định mức giờ giảng. Đời sống vật chất, tinh thần của cán bộ, viên chức và "
                "người lao động từng bước được nâng lên."
            ),
            Img(
                "/uploads/news/2026_12/hoi-nghi-vc-2027-02.jpg",
                "Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
                "Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
                style="fig",
            ),
            P(
                "Tại Hội nghị, các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết xoay quanh việc "
                "đổi mới nội dung, phương pháp giảng dạy, nâng cao chất lượng đội ngũ và cải thiện điều "
                "kiện làm việc."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Nguyễn Văn Lộc ghi nhận những kết quả đạt được và đề nghị "
                "mỗi cán bộ, viên chức tiếp tục nêu cao tinh thần trách nhiệm, thực hiện tốt phong trào "
                "thi đua “Dạy tốt, học tốt, phục vụ tốt”, phấn đấu xây dựng Trường đạt chuẩn mức 1 "
                "trong năm 2027."
            ),
            P(
                "Hội nghị đã biểu quyết thông qua Nghị quyết Hội nghị cán bộ, viên chức và người lao "
                "động năm 2027 với tỷ lệ tán thành 100%."
            ),
        ],
        opts={
            "publ": "2026-12-04 15:20",
            "titlesite": "Hội nghị viên chức, người lao động Trường Chính trị năm 2027",
            "author_field": "Tin: Minh Tuấn; Ảnh: Hồng Nhung",
            "voice": True,
            "tags": ["truong-chinh-tri-tinh-binh-phuoc"],
            "comments": [
                ("Trần Quốc Bảo", "04/12/2026 20:15",
                 "Chúc mừng Nhà trường đã hoàn thành xuất sắc nhiệm vụ năm 2026!"),
                ("Học viên K74", "05/12/2026 06:42",
                 "Mong Nhà trường tiếp tục đổi mới phương pháp giảng dạy, tăng thời lượng thảo luận."),
            ],
            "hits": 412,
        },
    ),
    Story(
        id=1056,
        slug="khai-giang-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi-dot-2-nam-2026",
        title="Khai giảng lớp Bồi dưỡng lý luận chính trị dành cho đảng viên mới đợt 2 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 03/12, tại Hội trường A, Trường Chính trị tỉnh Bình Phước khai giảng lớp Bồi dưỡng lý "
            "luận chính trị dành cho đảng viên mới đợt 2 năm 2026 với 86 học viên là đảng viên mới kết "
            "nạp của các chi, đảng bộ cơ sở trực thuộc Đảng ủy các cơ quan Đảng tỉnh."
        ),
        sapo_outside=True,
        authors=["Phòng Quản lý đào tạo và NCKH"],
        blocks=[
            Raw(
                '<p style="text-align: justify;"><strong>Chiều 03/12, tại Hội trường A, Trường Chính trị '
                "tỉnh Bình Phước khai giảng lớp Bồi dưỡng lý luận chính trị dành cho đảng viên mới đợt 2 "
                "năm 2026 với 86 học viên là đảng viên mới kết nạp của các chi, đảng bộ cơ sở trực thuộc "
                "Đảng ủy các cơ quan Đảng tỉnh.</strong></p>"
            ),
            Img(
                "/uploads/news/2026_12/khai-giang-dang-vien-moi-dot-2.jpg",
                "Quang cảnh Lễ khai giảng",
                "Quang cảnh Lễ khai giảng",
                style="p-em",
            ),
            P(
                "Tham dự Lễ khai giảng có đồng chí Trần Thị Kim Oanh, Phó Hiệu trưởng Nhà trường; lãnh "
                "đạo Khoa Xây dựng Đảng, Phòng Quản lý đào tạo và nghiên cứu khoa học cùng các giảng viên "
                "được phân công giảng dạy."
            ),
            P(
                "Trong thời gian 7 ngày, học viên được nghiên cứu các chuyên đề thuộc chương trình bồi "
                "dưỡng lý luận chính trị dành cho đảng viên mới, gồm:"
            ),
            P(
                "Chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh - nền tảng tư tưởng, kim chỉ nam cho hành "
                "động của Đảng;",
                "li",
            ),
            P("Mục tiêu, con đường đi lên chủ nghĩa xã hội ở Việt Nam;", "li"),
            P(
                "Đảng Cộng sản Việt Nam - đội tiên phong của giai cấp công nhân, đồng thời là đội tiên "
                "phong của nhân dân lao động và của dân tộc Việt Nam;",
                "li",
            ),
            P("Nhiệm vụ của đảng viên và công tác xây dựng chi bộ, xây dựng Đảng.", "li"),
            P(
                "Phát biểu khai giảng, đồng chí Trần Thị Kim Oanh đề nghị học viên chấp hành nghiêm nội "
                "quy, quy chế học tập; tích cực nghiên cứu tài liệu, liên hệ thực tiễn tại cơ quan, đơn "
                "vị để nâng cao nhận thức, bản lĩnh chính trị, xứng đáng với danh hiệu người đảng viên."
            ),
            P(
                "Kết thúc khóa học, học viên viết bài thu hoạch; những học viên đạt yêu cầu sẽ được cấp "
                "Giấy chứng nhận hoàn thành chương trình bồi dưỡng."
            ),
        ],
        opts={
            "publ": "2026-12-03 14:30",
            "author_field": "Phòng Quản lý đào tạo và NCKH",
            "thumb": ("/assets/news/2026_12/khai-giang-dang-vien-moi-dot-2.jpg", "Quang cảnh Lễ khai giảng"),
            "tags": ["boi-duong", "truong-chinh-tri-tinh-binh-phuoc"],
            "hits": 268,
        },
    ),
    Story(
        id=1054,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-12-01T09:45:00+07:00",
        summary=(
            "Thực hiện kế hoạch của Đảng ủy Nhà trường, ngày 30/11/2026, Chi bộ Khoa Xây dựng Đảng tổ "
            "chức sinh hoạt chuyên đề với chủ đề “Nâng cao tinh thần trách nhiệm, tính tiên phong, gương "
            "mẫu của đảng viên là giảng viên”."
        ),
        sapo_outside=True,
        authors=["Khoa Xây dựng Đảng"],
        blocks=[
            Img("/uploads/news/2026_12/chi-bo-xdd-sinh-hoat-chuyen-de.jpg", None, None, style="home"),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã quán triệt mục đích, yêu cầu của buổi sinh "
                "hoạt chuyên đề; đồng thời trình bày báo cáo đề dẫn, nêu rõ thực trạng việc thực hiện "
                "trách nhiệm nêu gương của đảng viên trong Chi bộ thời gian qua."
            ),
            P(
                "Theo báo cáo, năm 2026, 100% đảng viên của Chi bộ hoàn thành định mức giờ chuẩn giảng "
                "dạy; 04 đồng chí có bài viết đăng trên các tạp chí, bản tin chuyên ngành; 02 đồng chí "
                "tham gia Hội thi giảng viên dạy giỏi cấp trường và đạt giải."
            ),
            P(
                "Bên cạnh đó, một số đảng viên còn chậm đổi mới phương pháp giảng dạy, việc ứng dụng công "
                "nghệ thông tin trong soạn giảng chưa thường xuyên; việc đi thực tế cơ sở có lúc chưa gắn "
                "với nội dung bài giảng."
            ),
            P(
                "Các đảng viên đã thẳng thắn thảo luận, làm rõ nguyên nhân của những hạn chế và đề xuất "
                "nhiều giải pháp thiết thực, như: tăng cường dự giờ, trao đổi chuyên môn; mỗi giảng viên "
                "đăng ký ít nhất một bài giảng ứng dụng phương pháp dạy học tích cực trong năm học."
            ),
            P(
                "Kết luận buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên xây dựng kế hoạch "
                "rèn luyện cụ thể, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
                "Minh, thực hiện nghiêm các quy định về những điều đảng viên không được làm."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Khoa Xây dựng Đảng</strong></p>'
            ),
            Raw(
                '<p><span style="color:#c0392b;"><strong>Xem thêm:</strong></span> <a href="/index.php?'
                "language=vi&amp;nv=news&amp;op=tin-hoat-dong/doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-ii-"
                'lam-viec-voi-truong-chinh-tri-tinh-binh-phuoc-1041.html">Đoàn công tác Học viện Chính '
                "trị khu vực II làm việc với Trường Chính trị tỉnh Bình Phước</a></p>"
            ),
        ],
        opts={
            "publ": "2026-12-01 09:45",
            "tags": ["xay-dung-dang", "truong-chinh-tri-tinh-binh-phuoc"],
            "hits": 187,
        },
    ),
    Story(
        id=1053,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri-tai-truong-chinh-tri-tinh",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị tại Trường Chính trị tỉnh",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-30T10:10:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của người học là "
            "yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng cán bộ ở các trường chính trị "
            "hiện nay."
        ),
        sapo_outside=True,
        authors=["Phạm Thị Ngọc Ánh"],
        blocks=[
            P("1. Sự cần thiết của việc vận dụng phương pháp dạy học tích cực", "h"),
            P(
                "Học viên của Trường Chính trị tỉnh phần lớn là cán bộ, công chức đang công tác tại các cơ "
                "quan, đơn vị, có kinh nghiệm thực tiễn phong phú. Vì vậy, phương pháp thuyết trình một "
                "chiều không còn phù hợp, dễ gây nhàm chán và hạn chế khả năng vận dụng lý luận vào thực "
                "tiễn công tác.[1]"
            ),
            P(
                "Nghị quyết số 32-NQ/TW ngày 26/5/2014 của Bộ Chính trị xác định phải đổi mới mạnh mẽ "
                "phương pháp giảng dạy, gắn lý luận với thực tiễn, phát huy tính chủ động, sáng tạo của "
                "người học[2]."
            ),
            P("2. Một số phương pháp đã được vận dụng", "h"),
            P(
                "Thời gian qua, giảng viên các khoa đã mạnh dạn vận dụng nhiều phương pháp như thảo luận "
                "nhóm, nêu vấn đề, nghiên cứu tình huống, đóng vai. Với các chuyên đề về quản lý hành chính "
                "nhà nước, phương pháp nghiên cứu tình huống giúp học viên phân tích những vấn đề nảy sinh "
                "trong thực tiễn tại địa phương."
            ),
            P(
                "Đối với các môn lý luận cơ sở, giảng viên kết hợp thuyết trình với nêu vấn đề, sử dụng sơ "
                "đồ tư duy, video tư liệu nhằm giúp học viên nắm vững những nội dung cốt lõi của chủ nghĩa "
                "Mác - Lênin, tư tưởng Hồ Chí Minh."
            ),
            P("3. Giải pháp trong thời gian tới", "h"),
            P(
                "Một là, nâng cao nhận thức của đội ngũ giảng viên về vai trò của phương pháp dạy học tích "
                "cực. Hai là, tăng cường bồi dưỡng kỹ năng sư phạm, ứng dụng công nghệ thông tin trong "
                "giảng dạy. Ba là, đầu tư cơ sở vật chất, trang thiết bị phục vụ đổi mới phương pháp. Bốn "
                "là, đổi mới hình thức kiểm tra, đánh giá theo hướng đánh giá năng lực vận dụng của học viên."
            ),
            P("Tài liệu tham khảo", "refh"),
            P(
                "[1] Học viện Chính trị quốc gia Hồ Chí Minh (2021), Phương pháp giảng dạy lý luận chính "
                "trị, Nxb Lý luận chính trị, Hà Nội.",
                "ref",
            ),
            P("[2] Đảng Cộng sản Việt Nam, Nghị quyết số 32-NQ/TW ngày 26/5/2014 của Bộ Chính trị.", "ref"),
        ],
        opts={
            "publ": "2026-11-30 10:10",
            "author_field": "ThS. Phạm Thị Ngọc Ánh - Giảng viên Khoa Lý luận cơ sở",
            "tags": ["ly-luan-chinh-tri"],
            "comments": [
                ("Nguyễn Thị Hoa", "01/12/2026 09:03",
                 "Bài viết rất thiết thực, đề nghị Nhà trường tổ chức hội thảo chuyên đề về nội dung này."),
            ],
            "hits": 356,
        },
    ),
    Story(
        id=1051,
        slug="lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-74-di-nghien-cuu-thuc-te-tai-huyen-loc-ninh",
        title="Lớp Trung cấp lý luận chính trị - hành chính khóa 74 đi nghiên cứu thực tế tại huyện Lộc Ninh",
        cat="dao-tao-boi-duong",
        published_at="2026-11-28T07:55:00+07:00",
        summary=(
            "Từ ngày 24 đến 26/11/2026, Trường Chính trị tỉnh Bình Phước tổ chức cho 72 học viên lớp "
            "Trung cấp lý luận chính trị - hành chính khóa 74 (hệ tập trung) đi nghiên cứu thực tế tại "
            "huyện Lộc Ninh."
        ),
        sapo_outside=True,
        authors=["Thu Trang"],
        blocks=[
            Img(
                "/uploads/news/2026_11/k74-thuc-te-ta-thiet.jpg",
                "Đoàn dâng hương tại Khu di tích quốc gia đặc biệt Căn cứ Tà Thiết",
                "Đoàn dâng hương tại Khu di tích quốc gia đặc biệt Căn cứ Tà Thiết",
                style="home",
            ),
            P(
                "Đoàn do đồng chí Phạm Đức Trung, Phó Hiệu trưởng Nhà trường làm trưởng đoàn. Tại buổi làm "
                "việc với Ban Thường vụ Huyện ủy Lộc Ninh, học viên được nghe lãnh đạo huyện thông tin về "
                "tình hình phát triển kinh tế - xã hội, quốc phòng - an ninh và công tác xây dựng Đảng, xây "
                "dựng hệ thống chính trị của huyện."
            ),
            P(
                "Năm 2026, tốc độ tăng trưởng kinh tế của huyện ước đạt 8,6%; thu nhập bình quân đầu người "
                "đạt 78 triệu đồng."
            ),
            P(
                "Toàn huyện có 15/16 xã đạt chuẩn nông thôn mới, trong đó 4 xã đạt chuẩn nông thôn mới "
                "nâng cao.",
                "joinprev",
            ),
            Img(
                "/uploads/news/2026_11/k74-thuc-te-lam-viec-huyen-uy.jpg",
                "Lãnh đạo Huyện ủy Lộc Ninh thông tin đến học viên",
                "Lãnh đạo Huyện ủy Lộc Ninh thông tin đến học viên",
                style="fig",
            ),
            P(
                "Đoàn đã đến dâng hương, dâng hoa tưởng niệm các anh hùng liệt sĩ tại Khu di tích quốc gia "
                "đặc biệt Căn cứ Tà Thiết; tham quan mô hình trồng sầu riêng ứng dụng công nghệ cao tại xã "
                "Lộc Thành và mô hình “Dân vận khéo” tại xã Lộc Hiệp."
            ),
            Img(
                "/uploads/news/2026_11/k74-mo-hinh-sau-rieng.jpg",
                "Học viên tìm hiểu mô hình trồng sầu riêng ứng dụng công nghệ cao",
                "Học viên tìm hiểu mô hình trồng sầu riêng ứng dụng công nghệ cao",
                style="tbl",
            ),
            P(
                "Qua đợt nghiên cứu thực tế, học viên có thêm kiến thức thực tiễn để hoàn thành bài thu "
                "hoạch, đồng thời vận dụng vào công việc tại cơ quan, đơn vị mình."
            ),
        ],
        opts={
            "publ": "2026-11-28 07:55",
            "titlesite": "Học viên lớp TCLLCT-HC K74 nghiên cứu thực tế tại Lộc Ninh",
            "author_field": "Thu Trang (Phòng QLĐT&NCKH)",
            "voice": True,
            "tags": ["trung-cap-ly-luan-chinh-tri-hanh-chinh"],
            "hits": 221,
        },
    ),
    Story(
        id=1049,
        slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-72-tai-huyen-bu-dang",
        title="Bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 72 tại huyện Bù Đăng",
        cat="tin-hoat-dong",
        published_at="2026-11-27T16:05:00+07:00",
        summary=(
            "Chiều 27/11/2026, tại Trung tâm Chính trị huyện Bù Đăng, Trường Chính trị tỉnh Bình Phước "
            "phối hợp với Huyện ủy Bù Đăng tổ chức Lễ bế giảng và trao bằng tốt nghiệp lớp Trung cấp lý "
            "luận chính trị - hành chính khóa 72 (hệ không tập trung)."
        ),
        sapo_outside=True,
        authors=["Ngọc Hân"],
        photographers=["Hồng Nhung"],
        blocks=[
            Img(
                "/uploads/news/2026_11/be-giang-k72-bu-dang-01.jpg",
                "Trao bằng tốt nghiệp cho các học viên",
                "Trao bằng tốt nghiệp cho các học viên",
                style="home",
            ),
            P(
                "Lớp học có 65 học viên là cán bộ, công chức đang công tác tại các cơ quan, đơn vị và các "
                "xã, thị trấn trên địa bàn huyện. Sau 18 tháng học tập, 100% học viên đủ điều kiện tốt "
                "nghiệp."
            ),
            P("Kết quả xếp loại tốt nghiệp như sau:"),
            P("Xếp loại | Số học viên | Tỷ lệ", "th"),
            P("Giỏi | 12 | 18,5%", "tr"),
            P("Khá | 47 | 72,3%", "tr"),
            P("Trung bình | 6 | 9,2%", "tr"),
            P(
                "Tại buổi lễ, Nhà trường đã trao giấy khen cho 05 học viên có thành tích xuất sắc trong học "
                "tập và rèn luyện; đồng chí Nguyễn Hoàng Nam đạt điểm tốt nghiệp cao nhất lớp với 8,95 điểm."
            ),
            Img("/uploads/news/2026_11/be-giang-k72-bu-dang-02.jpg", "Ảnh: Hồng Nhung", None, style="p-em"),
            P(
                "Phát biểu bế giảng, đồng chí Nguyễn Văn Lộc, Hiệu trưởng Nhà trường đề nghị các học viên "
                "tiếp tục tự học tập, rèn luyện, vận dụng sáng tạo những kiến thức đã học vào thực tiễn công "
                "tác, góp phần xây dựng huyện Bù Đăng ngày càng phát triển."
            ),
        ],
        opts={
            "publ": "2026-11-27 16:05",
            "author_field": "Ngọc Hân",
            "cats": ["tin-hoat-dong", "dao-tao-boi-duong"],
            "tags": ["trung-cap-ly-luan-chinh-tri-hanh-chinh"],
            "hits": 530,
        },
    ),
    Story(
        id=1046,
        slug="soi-noi-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Sôi nổi Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-20T08:00:00+07:00",
        summary=(
            "Từ ngày 17 đến 19/11/2026, Trường Chính trị tỉnh Bình Phước tổ chức Hội thi giảng viên dạy "
            "giỏi cấp trường năm 2026 với sự tham gia của 12 giảng viên đến từ 4 khoa chuyên môn."
        ),
        sapo_outside=True,
        authors=["Lê Thị Thanh Hương"],
        blocks=[
            Img(
                "/uploads/news/2026_11/hoi-thi-gvdg-2026-bgk.jpg",
                "Ban Giám khảo chấm bài giảng của thí sinh",
                "Ban Giám khảo chấm bài giảng của thí sinh",
                style="home",
            ),
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ giảng viên; tạo "
                "điều kiện để giảng viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp giảng dạy, góp "
                "phần nâng cao chất lượng đào tạo, bồi dưỡng của Nhà trường."
            ),
            P(
                "Mỗi thí sinh trình bày một bài giảng trong thời gian 45 phút, thuộc chương trình Trung cấp "
                "lý luận chính trị - hành chính hoặc các chương trình bồi dưỡng do Trường tổ chức. Ban Giám "
                "khảo đánh giá trên các tiêu chí: nội dung khoa học, phương pháp sư phạm, tác phong và việc "
                "ứng dụng công nghệ thông tin."
            ),
            Img(
                "/uploads/news/2026_11/hoi-thi-gvdg-2026-ts-phuc.jpg",
                "Thí sinh Lê Hoàng Phúc, Khoa Nhà nước và pháp luật trình bày bài giảng",
                "Thí sinh Lê Hoàng Phúc, Khoa Nhà nước và pháp luật trình bày bài giảng",
                style="p-em",
            ),
            Img(
                "/uploads/news/2026_11/hoi-thi-gvdg-2026-ts-duyen.jpg",
                "Thí sinh Nguyễn Thị Mỹ Duyên, Khoa Lý luận cơ sở tại phần thi giảng",
                "Thí sinh Nguyễn Thị Mỹ Duyên, Khoa Lý luận cơ sở tại phần thi giảng",
                style="p-em",
            ),
            Raw(
                '<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="360" '
                'src="https://www.youtube.com/embed/q8Zp2vVbX1E" width="640"></iframe></p>'
            ),
            P(
                "Kết quả, Ban Tổ chức trao 01 giải Nhất cho thí sinh Nguyễn Thị Mỹ Duyên (Khoa Lý luận cơ "
                "sở); 02 giải Nhì, 03 giải Ba và 06 giải Khuyến khích cho các thí sinh còn lại."
            ),
            P(
                "Hội thi là đợt sinh hoạt chuyên môn bổ ích, góp phần thực hiện thắng lợi phong trào thi đua "
                "“Dạy tốt, học tốt, phục vụ tốt” năm học 2026 - 2027."
            ),
        ],
        opts={
            "publ": "2026-11-20 08:00",
            "author_field": "ThS. Lê Thị Thanh Hương - Phòng Tổ chức - Hành chính",
            "tags": ["truong-chinh-tri-tinh-binh-phuoc"],
            "hits": 498,
        },
    ),
    Story(
        id=1044,
        slug="nang-cao-chat-luong-sinh-hoat-chi-bo-o-cac-dang-bo-co-so-tren-dia-ban-tinh-hien-nay",
        title="Nâng cao chất lượng sinh hoạt chi bộ ở các đảng bộ cơ sở trên địa bàn tỉnh hiện nay",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-17T14:45:00+07:00",
        summary=(
            "Chi bộ là nền tảng của Đảng, là hạt nhân chính trị ở cơ sở. Chất lượng sinh hoạt chi bộ có "
            "ý nghĩa quyết định đến năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng."
        ),
        sapo_outside=True,
        authors=["Hoàng Văn Sơn"],
        source="Ban Tuyên giáo Tỉnh ủy Bình Phước",
        blocks=[
            P(
                "Những năm qua, cấp ủy các cấp trong tỉnh đã quan tâm lãnh đạo, chỉ đạo nâng cao chất lượng "
                "sinh hoạt chi bộ theo Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư và Hướng dẫn số "
                "12-HD/BTCTW ngày 18/10/2021 của Ban Tổ chức Trung ương. Nhiều chi bộ đã đổi mới nội dung, "
                "hình thức sinh hoạt, tăng cường sinh hoạt chuyên đề."
            ),
            P("“Chi bộ là nền móng của Đảng, chi bộ tốt thì mọi việc sẽ tốt” - Chủ tịch Hồ Chí Minh.", "quote"),
            P(
                "Tuy nhiên, ở một số nơi, sinh hoạt chi bộ vẫn còn hình thức, nội dung đơn điệu, chủ yếu "
                "thông báo tình hình và phổ biến công việc; tính chiến đấu trong tự phê bình và phê bình "
                "chưa cao; tỷ lệ đảng viên tham gia phát biểu ý kiến còn thấp."
            ),
            P("Để nâng cao chất lượng sinh hoạt chi bộ, cần thực hiện đồng bộ một số giải pháp sau:"),
            P(
                "Cấp ủy cấp trên cơ sở thường xuyên dự sinh hoạt, hướng dẫn, kiểm tra việc sinh hoạt chi bộ;",
                "li",
            ),
            P("Chuẩn bị tốt nội dung sinh hoạt, lựa chọn vấn đề trọng tâm, thiết thực để thảo luận;", "li"),
            P("Phát huy vai trò của bí thư chi bộ trong điều hành sinh hoạt;", "li"),
            P("Gắn sinh hoạt chi bộ với việc thực hiện nhiệm vụ chính trị của cơ quan, đơn vị.", "li"),
            P(
                "Thực hiện tốt các giải pháp trên sẽ góp phần xây dựng chi bộ trong sạch, vững mạnh, nâng "
                "cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng trong giai đoạn hiện nay."
            ),
        ],
        opts={
            "publ": "2026-11-17 14:45",
            "author_field": "TS. Hoàng Văn Sơn - Trưởng khoa Xây dựng Đảng",
            "source_field": ("Ban Tuyên giáo Tỉnh ủy Bình Phước", "https://tuyengiao.binhphuoc.gov.vn/"),
            "voice": True,
            "tags": ["xay-dung-dang", "ly-luan-chinh-tri"],
            "hits": 309,
        },
    ),
    Story(
        id=1041,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-ii-lam-viec-voi-truong-chinh-tri-tinh-binh-phuoc",
        title="Đoàn công tác Học viện Chính trị khu vực II làm việc với Trường Chính trị tỉnh Bình Phước",
        cat="tin-hoat-dong",
        published_at="2026-11-12T10:30:00+07:00",
        summary=(
            "Sáng 11/11/2026, Đoàn công tác của Học viện Chính trị khu vực II do PGS.TS Lê Quang Vinh, "
            "Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Bình "
            "Phước về công tác phối hợp đào tạo, bồi dưỡng cán bộ."
        ),
        sapo_outside=True,
        authors=["Văn Quyết"],
        blocks=[
            P(
                "Tiếp và làm việc với Đoàn có đồng chí Nguyễn Văn Lộc, Hiệu trưởng cùng các đồng chí trong "
                "Ban Giám hiệu, trưởng các khoa, phòng của Nhà trường."
            ),
            Img(
                "/uploads/news/2026_11/hvctkv2-lam-viec-01.jpg",
                "Toàn cảnh buổi làm việc",
                "Toàn cảnh buổi làm việc",
                style="lazy",
            ),
            P(
                "Báo cáo tại buổi làm việc, đồng chí Hiệu trưởng cho biết, những năm qua, Trường Chính trị "
                "tỉnh đã phối hợp chặt chẽ với Học viện Chính trị khu vực II trong việc mở các lớp Cao cấp "
                "lý luận chính trị hệ không tập trung tại tỉnh; đến nay đã phối hợp mở 6 lớp với hơn 500 "
                "học viên tốt nghiệp."
            ),
            P(
                "Nhà trường đề nghị Học viện tiếp tục hỗ trợ bồi dưỡng nâng cao trình độ chuyên môn, phương "
                "pháp giảng dạy cho đội ngũ giảng viên; tạo điều kiện để giảng viên của Trường tham gia các "
                "đề tài nghiên cứu khoa học do Học viện chủ trì."
            ),
            Img(
                "/uploads/news/2026_11/hvctkv2-lam-viec-02.jpg",
                "(PGS.TS Lê Quang Vinh phát biểu tại buổi làm việc)",
                "PGS.TS Lê Quang Vinh phát biểu tại buổi làm việc",
                style="lazy",
            ),
            P(
                "Phát biểu tại buổi làm việc, PGS.TS Lê Quang Vinh đánh giá cao những kết quả mà Trường "
                "Chính trị tỉnh Bình Phước đạt được, đồng thời thống nhất sẽ tiếp tục phối hợp trong công "
                "tác đào tạo, bồi dưỡng, nghiên cứu khoa học và tổng kết thực tiễn trong thời gian tới."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Văn Quyết - Phòng Tổ chức - Hành chính</strong></p>'
            ),
        ],
        opts={
            "publ": "2026-11-12 10:30",
            "poster": "quantri_tct",
            "old_slug": "hoc-vien-chinh-tri-khu-vuc-ii-lam-viec-voi-truong",
            "tags": ["truong-chinh-tri-tinh-binh-phuoc"],
            "hits": 377,
        },
    ),
    Story(
        id=1039,
        slug="trien-khai-ke-hoach-mo-lop-boi-duong-bi-thu-chi-bo-va-cap-uy-vien-co-so-nam-2027",
        title="Triển khai kế hoạch mở lớp bồi dưỡng Bí thư chi bộ và cấp ủy viên cơ sở năm 2027",
        cat="dao-tao-boi-duong",
        published_at="2026-11-06T08:20:00+07:00",
        summary=(
            "Trường Chính trị tỉnh Bình Phước vừa ban hành Kế hoạch mở các lớp bồi dưỡng nghiệp vụ công "
            "tác đảng cho bí thư, phó bí thư chi bộ và cấp ủy viên cơ sở năm 2027."
        ),
        sapo_outside=True,
        source="Phòng Quản lý đào tạo và NCKH",
        blocks=[
            P(
                "Theo Kế hoạch, năm 2027, Nhà trường dự kiến mở 12 lớp bồi dưỡng với khoảng 1.100 học viên, "
                "tổ chức tại Trường và tại Trung tâm Chính trị các huyện, thị xã, thành phố.",
                "mso",
            ),
            Raw('<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>'),
            P("Nội dung bồi dưỡng gồm các chuyên đề:", "mso"),
            P("Một số vấn đề về công tác xây dựng Đảng ở cơ sở hiện nay;", "msoli"),
            P("Nghiệp vụ công tác tổ chức, đảng viên và công tác kiểm tra, giám sát của chi bộ;", "msoli"),
            P("Kỹ năng tổ chức sinh hoạt chi bộ, ra nghị quyết của chi bộ;", "msoli"),
            P(
                "Công tác dân vận và vai trò của chi bộ trong lãnh đạo thực hiện quy chế dân chủ ở cơ sở.",
                "msoli",
            ),
            P(
                "Thời gian bồi dưỡng mỗi lớp là 05 ngày. Đối tượng là bí thư, phó bí thư chi bộ, cấp ủy "
                "viên cơ sở chưa qua bồi dưỡng nghiệp vụ công tác đảng.",
                "mso",
            ),
            P(
                "Nhà trường đề nghị các cấp ủy trực thuộc Tỉnh ủy phối hợp rà soát, cử học viên tham gia đầy "
                "đủ, đúng đối tượng; học viên hoàn thành chương trình được cấp giấy chứng nhận.",
                "mso",
            ),
            Raw('<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>'),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><i><span style="font-size:13.0pt;'
                'font-family:&quot;Times New Roman&quot;,serif">Nguồn: Phòng Quản lý đào tạo và NCKH'
                "<o:p></o:p></span></i></p>"
            ),
        ],
        opts={
            "publ": "2026-11-06 08:20",
            "files": ["KH-86-TCT-mo-lop-boi-duong-bi-thu-chi-bo-2027.pdf"],
            "tags": ["boi-duong"],
            "hits": 164,
        },
    ),
    Story(
        id=1035,
        slug="mot-so-giai-phap-dau-tranh-phan-bac-cac-quan-diem-sai-trai-thu-dich-tren-khong-gian-mang",
        title="Một số giải pháp đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-23T15:00:00+07:00",
        summary=(
            "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch là "
            "nhiệm vụ quan trọng, thường xuyên của cả hệ thống chính trị, trong đó các trường chính trị "
            "giữ vai trò nòng cốt."
        ),
        sapo_outside=True,
        authors=["Đỗ Văn Khánh"],
        blocks=[
            P(
                "Nghị quyết số 35-NQ/TW của Bộ Chính trị đã xác định rõ quan điểm, mục tiêu, nhiệm vụ và giải "
                "pháp tăng cường bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới.",
                '<p style="text-align: justify;">Nghị quyết số 35-NQ/TW<sup><a href="#chuthich1" '
                'id="tro1">1</a></sup> của Bộ Chính trị đã xác định rõ quan điểm, mục tiêu, nhiệm vụ và '
                "giải pháp tăng cường bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới.</p>",
            ),
            P(
                "Thời gian qua, các thế lực thù địch, phản động lợi dụng mạng xã hội để xuyên tạc chủ trương, "
                "đường lối của Đảng, chính sách, pháp luật của Nhà nước; lợi dụng các vấn đề “nóng” ở địa "
                "phương để kích động, gây chia rẽ."
            ),
            P(
                "Trong bối cảnh đó, đội ngũ giảng viên Trường Chính trị tỉnh cần phát huy vai trò là lực lượng "
                "nòng cốt trong đấu tranh phản bác. Trước hết, mỗi giảng viên phải thường xuyên nâng cao bản "
                "lĩnh chính trị, trình độ lý luận; lồng ghép nội dung bảo vệ nền tảng tư tưởng của Đảng vào "
                "bài giảng một cách phù hợp."
            ),
            P(
                "Thứ hai, tăng cường nghiên cứu, viết bài đấu tranh phản bác trên các phương tiện truyền "
                "thông, Trang thông tin điện tử của Nhà trường và các trang mạng xã hội."
            ),
            P(
                "Thứ ba, phối hợp chặt chẽ với Ban Chỉ đạo 35 tỉnh, các cơ quan báo chí trong việc định hướng "
                "thông tin, kịp thời cung cấp luận cứ khoa học phục vụ công tác đấu tranh."
            ),
            P("Chú thích:", "refh"),
            P(
                "1. Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư "
                "tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới.",
                '<p id="chuthich1" style="font-size: 12px;"><a href="#tro1">1</a>. Nghị quyết số 35-NQ/TW '
                "ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu "
                "tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới.</p>",
            ),
        ],
        opts={
            "publ": "2026-10-23 15:00",
            "author_field": "CN. Đỗ Văn Khánh - Phòng Quản lý đào tạo và Nghiên cứu khoa học",
            "nfd": True,
            "tags": ["ly-luan-chinh-tri"],
            "hits": 290,
        },
    ),
    Story(
        id=1034,
        slug="cong-doan-truong-to-chuc-cac-hoat-dong-ky-niem-96-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam",
        title=(
            "Công đoàn Trường tổ chức các hoạt động kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ "
            "Việt Nam"
        ),
        cat="tin-hoat-dong",
        published_at="2026-10-21T16:40:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
            "20/10/2026), Công đoàn cơ sở Trường Chính trị tỉnh Bình Phước đã tổ chức nhiều hoạt động "
            "thiết thực, ý nghĩa dành cho nữ cán bộ, viên chức và người lao động."
        ),
        sapo_outside=True,
        authors=["Công đoàn cơ sở Trường"],
        blocks=[
            Img(
                "/uploads/news/2026_10/cd-20-10-2026-luu-niem.jpg",
                "Nữ cán bộ, viên chức Nhà trường chụp ảnh lưu niệm",
                "Nữ cán bộ, viên chức Nhà trường chụp ảnh lưu niệm",
                style="home",
            ),
            P(
                "Chiều 20/10/2026, Công đoàn Trường tổ chức buổi gặp mặt, tọa đàm với chủ đề “Phụ nữ Trường "
                "Chính trị tự tin, tự trọng, trung hậu, đảm đang”. Đến dự có đồng chí Nguyễn Văn Lộc, Hiệu "
                "trưởng Nhà trường cùng 35 nữ cán bộ, viên chức, người lao động."
            ),
            P(
                "Tại buổi tọa đàm, các chị em đã chia sẻ kinh nghiệm cân bằng giữa công việc chuyên môn và "
                "chăm lo gia đình, nuôi dạy con cái; trao đổi về những khó khăn, vướng mắc trong công tác "
                "giảng dạy và nghiên cứu khoa học."
            ),
            P(
                "Dịp này, Công đoàn Trường đã tổ chức hội thi cắm hoa nghệ thuật với sự tham gia của 5 tổ "
                "công đoàn. Giải Nhất thuộc về Tổ công đoàn Khoa Nhà nước và pháp luật với tác phẩm “Sắc thu”."
            ),
            Img(
                "/uploads/news/2026_10/cd-20-10-2026-cam-hoa.jpg",
                "Tác phẩm đạt giải Nhất Hội thi cắm hoa",
                "Tác phẩm đạt giải Nhất Hội thi cắm hoa",
                style="fig",
            ),
            P(
                "👉 Năm 2026, Nhà trường có 03 nữ viên chức được công nhận danh hiệu “Giỏi việc nước, đảm việc "
                "nhà” cấp tỉnh."
            ),
        ],
        opts={
            "publ": "2026-10-21 16:40",
            "author_field": "Công đoàn cơ sở Trường",
            "tags": ["cong-doan"],
            "hits": 143,
        },
    ),
    Story(
        id=1033,
        slug="thong-bao-lich-kiem-tra-ket-thuc-hoc-phan-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-75",
        title="Thông báo lịch kiểm tra kết thúc học phần lớp Trung cấp lý luận chính trị - hành chính khóa 75",
        cat="tin-hoat-dong",
        published_at="2026-10-08",
        authors=["Phạm Đức Trung"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="text-align: center; width: 45%;"><span style="font-size:13px;">TỈNH ỦY BÌNH '
                "PHƯỚC</span><br /><strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />Số 215-TB/TCT</td>"
                '<td style="text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />'
                "<br /><em>Bình Phước, ngày 08 tháng 10 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Lịch kiểm tra kết '
                "thúc học phần lớp Trung cấp lý luận chính trị - hành chính khóa 75 (hệ tập trung)</strong>"
                "<br />-----</p>"
            ),
            P(
                "Căn cứ Kế hoạch đào tạo lớp Trung cấp lý luận chính trị - hành chính khóa 75 (hệ tập trung), "
                "Ban Giám hiệu Trường Chính trị tỉnh Bình Phước thông báo lịch kiểm tra kết thúc học phần "
                "như sau:"
            ),
            P("TT | Học phần | Ngày kiểm tra | Hình thức", "th"),
            P(
                "1 | Những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật | 15/10/2026 | Viết",
                "tr",
            ),
            P("2 | Quản lý hành chính nhà nước | 22/10/2026 | Vấn đáp", "tr"),
            P(
                "Thời gian: buổi sáng bắt đầu lúc 7 giờ 30 phút; buổi chiều bắt đầu lúc 13 giờ 30 phút. Địa "
                "điểm: Phòng học B2.03, Trường Chính trị tỉnh."
            ),
            P(
                "Đề nghị học viên có mặt đúng giờ, mang theo thẻ học viên và chấp hành nghiêm quy chế kiểm "
                "tra, thi của Nhà trường."
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="vertical-align: top; width: 50%;"><u><em><strong>Nơi nhận:</strong></em></u>'
                "<br />- Lớp TCLLCT-HC K75,<br />- Các khoa, phòng,<br />- Lưu VP, QLĐT.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>K/T HIỆU TRƯỞNG<br />PHÓ HIỆU '
                "TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Phạm Đức Trung</strong>"
                "</td></tr></tbody></table>"
            ),
        ],
        opts={"publ": "2026-10-09 07:15", "tags": ["thong-bao"], "hits": 602},
    ),
]

BY_ID = {s.id: s for s in STORIES}
ORDER = sorted(STORIES, key=lambda s: s.opts["publ"], reverse=True)


def cats_of(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def art_path(story: Story, cat: str | None = None) -> str:
    return f"/vi/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story, cat: str | None = None) -> str:
    return f"/vi/news/print/{cat or story.cat}/{story.slug}-{story.id}.html"


def in_cat(cat: str) -> list[Story]:
    return [s for s in ORDER if cat in cats_of(s)]


def publ_dt(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["publ"], "%Y-%m-%d %H:%M")


def publ_line(story: Story) -> str:
    d = publ_dt(story)
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def day_of(story: Story) -> str:
    return f"{publ_dt(story):%d/%m/%Y}"


def home_img(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)


def thumb_of(story: Story) -> str:
    img = home_img(story)
    if img is not None:
        return img.src.replace("/uploads/news/", "/assets/news/")
    if "thumb" in story.opts:
        return story.opts["thumb"][0]
    return f"{THEME}/images/no_image.gif"


def tx(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def cut60(title: str) -> str:
    return title if len(title) <= 60 else title[:57].rsplit(" ", 1)[0] + "…"


# --- the text as the editor left it ------------------------------------------------------------

_MSO_SPAN = '<span style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">'


def _img_tag(img: Img, width: int = 800) -> str:
    if img.style == "lazy":
        return (
            f'<img alt="" class="lazyload" data-src="{esc(img.src)}" height="533" '
            f'src="{THEME}/images/loading.gif" width="{width}" />'
        )
    return f'<img alt="" height="533" src="{esc(img.src)}" width="{width}" />'


def _image(story: Story, img: Img) -> str:
    line = tx(story, img.printed) if img.printed else ""
    if img.style == "fig":
        cap = f"<figcaption>{line}</figcaption>" if line else ""
        return f'<figure class="image" style="display:inline-block">{_img_tag(img)}{cap}</figure>'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            'style="width:90%"><tbody><tr><td style="text-align: center;">'
            f"{_img_tag(img, 700)}</td></tr>"
            f'<tr><td style="text-align: center; background:#f3f3f3;"><span style="font-size:12px;">'
            f"<em>{line}</em></span></td></tr></tbody></table>"
        )
    out = f'<p style="text-align: center;">{_img_tag(img)}</p>'
    if line:
        out += f'<p style="text-align: center;"><em>{line}</em></p>'
    return out


def body_html(story: Story) -> str:
    out: list[str] = []
    group: list[str] = []
    group_kind = ""

    def flush() -> None:
        nonlocal group, group_kind
        if group_kind == "ul":
            out.append("<ul>" + "".join(f"<li>{g}</li>" for g in group) + "</ul>")
        elif group_kind == "table":
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%; border-collapse:'
                'collapse"><tbody>' + "".join(group) + "</tbody></table>"
            )
        group, group_kind = [], ""

    for block in story.blocks:
        if isinstance(block, Img):
            flush()
            if block.style != "home":
                out.append(_image(story, block))
            continue
        if isinstance(block, Raw):
            flush()
            raw = block.html
            out.append(unicodedata.normalize("NFD", raw) if story.opts.get("nfd") else raw)
            continue
        style, t = block.style, tx(story, block.text)
        if style == "li":
            if group_kind != "ul":
                flush()
                group_kind = "ul"
            group.append(t)
            continue
        if style in ("tr", "th"):
            if group_kind != "table":
                flush()
                group_kind = "table"
            tag = "td"
            cells = [tx(story, c) for c in block.text.split(" | ")]
            if style == "th":
                cells = [f"<strong>{c}</strong>" for c in cells]
            group.append("<tr>" + "".join(f'<{tag} style="text-align:center">{c}</{tag}>' for c in cells) + "</tr>")
            continue
        flush()
        if style.startswith("<"):
            out.append(unicodedata.normalize("NFD", style) if story.opts.get("nfd") else style)
        elif style == "joinprev":
            head, _, tail = out[-1].rpartition("</p>")
            out[-1] = f"{head}<br />\n{t}</p>{tail}"
        elif style == "h":
            out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
        elif style == "refh":
            out.append(f"<p><strong><em>{t}</em></strong></p>")
        elif style == "ref":
            out.append(f'<p style="text-align: justify;"><span style="font-size:12px;">{t}</span></p>')
        elif style == "quote":
            out.append(f'<blockquote><p style="text-align: center;"><em>{t}</em></p></blockquote>')
        elif style == "mso":
            out.append(f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt">{_MSO_SPAN}{t}<o:p></o:p></span></p>')
        elif style == "msoli":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
                'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
                f'{_MSO_SPAN}<span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman'
                f'&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
                f"<!--[endif]-->{_MSO_SPAN}{t}<o:p></o:p></span></p>"
            )
        else:
            out.append(f'<p style="text-align: justify;">{t}</p>')
    flush()
    return "\n".join(out)


# --- chrome -----------------------------------------------------------------------------------

def _menu() -> str:
    cats = "".join(f'<li><a href="/vi/news/{k}/" title="{esc(v)}">{esc(v)}</a></li>' for k, v in CATS.items())
    return (
        '<nav class="second-nav" id="menusite"><div class="bg"><ul class="nav navbar-nav menu-tct">'
        '<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em>'
        '<span class="visible-xs-inline-block"> Trang nhất</span></a></li>'
        '<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/vi/about/" '
        'role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu</a>'
        '<ul class="dropdown-menu"><li><a href="/vi/about/Gioi-thieu-chung.html">Giới thiệu chung</a></li>'
        '<li><a href="/vi/about/Chuc-nang-nhiem-vu.html">Chức năng, nhiệm vụ</a></li></ul></li>'
        '<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/vi/news/" '
        f'title="Tin tức">Tin tức</a><ul class="dropdown-menu">{cats}</ul></li>'
        '<li><a href="/vi/laws/" title="Văn bản">Văn bản</a></li>'
        '<li><a href="/vi/albums/" title="Thư viện ảnh">Thư viện ảnh</a></li>'
        '<li><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li></ul></div></nav>'
    )


def _sidebar() -> str:
    most = [BY_ID[i] for i in (1049, 1046, 1053, 1058)]
    most_html = "".join(
        f'<li class="clearfix"><a href="{art_path(s)}" title="{esc(s.title)}"><img src="{thumb_of(s)}" '
        f'alt="" width="60" class="img-thumbnail pull-left mr-1"/></a><a href="{art_path(s)}" '
        f'title="{esc(s.title)}">{esc(cut60(s.title))}</a></li>'
        for s in most
    )
    return (
        '<aside class="col-sm-8 col-md-8 cot-phai">'
        '<div class="panel panel-primary khoi-tb"><div class="panel-heading">Thông báo</div>'
        '<div class="panel-body"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" '
        'onmouseout="this.start()"><p><a href="/vi/laws/detail/Ke-hoach-dao-tao-boi-duong-nam-2027.html">'
        "Kế hoạch đào tạo, bồi dưỡng năm 2027</a></p><p>Lịch học tuần 49 (từ 07/12 đến 11/12/2026) đã được "
        "cập nhật tại Phòng Quản lý đào tạo.</p></marquee></div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div>'
        f'<div class="panel-body"><ul class="list-none xem-nhieu">{most_html}</ul></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div>'
        '<div class="panel-body"><select class="form-control" onchange="if(this.value)window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://binhphuoc.gov.vn">Cổng TTĐT tỉnh Bình Phước</option>'
        '<option value="https://www.hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://tuyengiao.vn">Tạp chí Tuyên giáo</option>'
        '<option value="https://baobinhphuoc.com.vn">Báo Bình Phước</option></select>'
        '<p class="text-center"><a href="https://dangcongsan.vn" target="_blank"><img '
        f'src="{THEME}/images/banner-dcs.png" alt="Báo điện tử Đảng Cộng sản Việt Nam" width="260"/></a></p>'
        "</div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body">'
        '<form action="/vi/voting/" method="post"><p><strong>Bạn đánh giá thế nào về Trang thông tin '
        'điện tử của Nhà trường?</strong></p><div class="radio"><label><input type="radio" name="option" '
        'value="1"/> Rất hữu ích</label></div><div class="radio"><label><input type="radio" name="option" '
        'value="2"/> Hữu ích</label></div><div class="radio"><label><input type="radio" name="option" '
        'value="3"/> Cần cải tiến thêm</label></div><input type="hidden" name="vid" value="2"/>'
        '<input class="btn btn-success btn-sm" type="submit" value="Bình chọn"/></form></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div>'
        '<div class="panel-body"><ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>1.204</span></li>'
        '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>9.870</span></li>'
        '<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2.457.913</span></li>'
        "</ul></div></div></aside>"
    )


def _crumbs(items: list[tuple[str, str]]) -> str:
    """NukeViet 4: the real list is hidden; JavaScript copies it into the visible bar."""
    full = [("Trang nhất", "/"), *items]
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}</span></a>'
        f'<i class="hidden" itemprop="position" content="{n}"></i></li>'
        for n, (name, href) in enumerate(full, 1)
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" '
        'href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>'
        '<ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul>'
        f'<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">{lis}</ul></div>'
    )


def page(
    request: Request,
    title: str,
    main: str,
    *,
    crumbs: list[tuple[str, str]] | None = None,
    head: str = "",
    canonical: str | None = None,
    description: str = "",
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SITE)}" />
<meta name="keywords" content="trường chính trị, bình phước, lý luận chính trị" />
<meta name="generator" content="NukeViet v4.5" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:site_name" content="{esc(SITE)}" />
{head}
{canon}
<link rel="alternate" href="/vi/news/rss/" title="Tin tức" type="application/rss+xml" />
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1733210000" />
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1733210000" />
<link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css?t=1733210000" />
<link rel="StyleSheet" href="{THEME}/css/style.css?t=1733210000" />
<link rel="StyleSheet" href="{THEME}/css/news.css?t=1733210000" />
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_t5Vd2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js?t=1733210000"></script>
<script src="/assets/js/language/vi.js?t=1733210000"></script>
<script src="/assets/js/global.js?t=1733210000"></script>
<script src="{THEME}/js/main.js?t=1733210000"></script>
<script src="{THEME}/js/lazysizes.min.js?t=1733210000" async></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
 <div class="container"><div id="header" class="row">
  <div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{esc(SITE)}" href="/"><img src="{THEME}/images/logo-tct.png" width="120" height="120" alt="{esc(SITE)}" /></a></div>
  <div class="col-xs-24 col-sm-24 col-md-16 bn-tct"><p class="tentruong-1">TỈNH ỦY BÌNH PHƯỚC</p><p class="tentruong-2">TRƯỜNG CHÍNH TRỊ TỈNH BÌNH PHƯỚC</p><p class="khau-hieu">Học để làm việc, làm người, làm cán bộ</p></div>
 </div></div>
</header>
<div class="container">
 {_menu()}
 <div class="headerSearch thanh-tg clearfix">
  <span class="current-time"><em class="fa fa-clock-o"></em> {TODAY_LINE}</span>
  <form action="/vi/seek/" method="get" class="form-inline pull-right tim-kiem"><input type="text" class="form-control" maxlength="60" name="q" placeholder="Nhập từ khóa tìm kiếm..." /><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form>
 </div>
 {_crumbs(crumbs or [])}
</div>
<section>
<div class="container" id="body">
 <div class="row">
  <div class="col-sm-16 col-md-16 cot-giua">
{main}
  </div>
  {_sidebar()}
 </div>
</div>
</section>
<footer id="footer">
 <div class="container chan-trang"><div class="row">
  <div class="col-sm-16"><p class="ten-cq"><strong>TRƯỜNG CHÍNH TRỊ TỈNH BÌNH PHƯỚC</strong></p>
  <p>Địa chỉ: Đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước</p>
  <p>Điện thoại: 0271.3879.125 - Fax: 0271.3879.126 - Email: truongchinhtri@binhphuoc.gov.vn</p>
  <p>Chịu trách nhiệm chính: Nguyễn Văn Lộc - Hiệu trưởng</p>
  <p>© Bản quyền thuộc về Trường Chính trị tỉnh Bình Phước. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
  <div class="col-sm-8 text-right"><a href="/vi/news/rss/" title="RSS"><em class="fa fa-rss fa-lg"></em> RSS</a><p class="nv-copyright">Powered by <a href="https://nukeviet.vn" target="_blank">NukeViet CMS</a>. Thiết kế bởi Công ty TNHH Giải pháp số Đông Nam Bộ</p></div>
 </div></div>
</footer>
</div></div>
<a id="totop" href="#" title="Lên đầu trang"><em class="fa fa-chevron-up"></em></a>
<script src="{THEME}/js/bootstrap.min.js?t=1733210000"></script>
</body>
</html>"""
    return html(doc)


# --- the article page ---------------------------------------------------------------------------

_VOICES = [("banmai", "Ban Mai - Nữ miền Bắc"), ("leminh", "Lê Minh - Nam miền Bắc"), ("lannhi", "Lan Nhi - Nữ miền Nam")]


def _voice(story: Story) -> str:
    opts = "".join(
        f'<option value="{k}" data-path="/uploads/news/voices/{story.id}-{k}.mp3">{esc(v)}</option>'
        for k, v in _VOICES
    )
    return (
        f'<div class="news-voice-player khung-doc" data-id="{story.id}" data-autoplay="0">'
        '<div class="voice-head"><em class="fa fa-headphones"></em> <strong>Nghe đọc bài viết</strong></div>'
        f'<audio controls preload="none" src="/uploads/news/voices/{story.id}-banmai.mp3"></audio>'
        f'<div class="voice-tools"><label>Giọng đọc:</label> <select class="form-control input-sm">{opts}</select>'
        '<label class="checkbox-inline"><input type="checkbox" data-toggle="voiceAutoPlay"/> Tự động phát</label>'
        "</div></div>"
    )


def _home_block(story: Story) -> str:
    img = home_img(story)
    thumb = story.opts.get("thumb")
    hometext = f'<div class="hometext m-bottom">{tx(story, story.summary)}</div>' if story.summary else ""
    if thumb:
        fig = (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
            '<div id="imgpreview" style="width:183px;"><p class="text-center">'
            f'<img alt="{esc(thumb[1])}" src="{thumb[0]}" alt="{esc(thumb[1])}" width="183" class="img-thumbnail"/>'
            f"</p><figcaption>{esc(thumb[1])}</figcaption></div></figure>"
        )
        return f'<div class="clearfix">{fig}{hometext}</div>'
    full = ""
    if img is not None:
        cap = f"<figcaption>{tx(story, img.printed)}</figcaption>" if img.printed else ""
        full = (
            f'<figure class="article center"><img alt="{esc(story.title)}" src="{img.src}" width="660" '
            f'class="img-thumbnail" />{cap}</figure>'
        )
    return f'<div class="clearfix">{hometext}{full}</div>'


def _files(story: Story, cat: str) -> str:
    rows = []
    for n, name in enumerate(story.opts.get("files", [])):
        dl = f"{art_path(story, cat)}?download=1&amp;id={n}"
        rows.append(
            '<div class="list-group-item"><span class="badge"><a class="btn btn-xs btn-success" '
            f'href="{dl}" title="Tải về"><em class="fa fa-download"></em> Tải về</a> '
            f'<a class="btn btn-xs btn-primary" href="https://docs.google.com/viewer?embedded=true&amp;url='
            f'{quote("http://truongchinhtri.binhphuoc.gov.vn" + dl)}" target="_blank">Xem trực tuyến</a></span>'
            f'<em class="fa fa-file-pdf-o"></em> {esc(name)}</div>'
        )
    if not rows:
        return ""
    return (
        '<div class="news-download-file panel panel-default"><div class="panel-heading"><strong>'
        f'Tệp đính kèm</strong></div><div class="list-group">{"".join(rows)}</div></div>'
    )


def _signature(story: Story) -> str:
    parts = []
    if story.opts.get("author_field"):
        parts.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author_field"])}</p>')
    if story.opts.get("source_field"):
        name, url = story.opts["source_field"]
        parts.append(
            f'<p class="h5 text-right"><strong>Nguồn tin: </strong><a title="{esc(name)}" rel="nofollow" '
            f'href="{url}">{esc(name)}</a></p>'
        )
    if story.opts.get("poster"):
        parts.append(f'<p class="h5 text-right nguoi-dang"><em>Người đăng: {esc(story.opts["poster"])}</em></p>')
    return f'<div class="margin-bottom-lg tac-gia">{"".join(parts)}</div>' if parts else ""


def _comments(story: Story) -> str:
    items = "".join(
        '<div class="media"><a class="pull-left" href="javascript:void(0)"><img class="media-object '
        f'bg-gainsboro" src="/themes/default/images/users/no_avatar.png" alt="{esc(name)}" width="40"/></a>'
        f'<div class="media-body"><div class="media-heading"><strong>{esc(name)}</strong>&nbsp;'
        f'<em class="fa fa-clock-o"></em> {when}</div><div class="ndung-bl">{esc(body)}</div>'
        '<div class="comment-like"><em class="fa fa-thumbs-o-up"></em> Thích <span>0</span> · '
        '<a href="javascript:void(0)">Trả lời</a></div></div></div>'
        for name, when, body in story.opts.get("comments", [])
    )
    return (
        f'<div id="idcomment" class="nv-fullbg" data-module="news" data-area="8" data-id="{story.id}">'
        f'<p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p>'
        f'<div id="showcomment" class="margin-bottom-lg"><div class="comment-list">{items}</div></div>'
        '<div id="formcomment" class="comment-form"><p class="text-muted"><em>Bạn cần '
        '<a href="javascript:void(0)" onclick="loginForm(\'\');">đăng nhập</a> để gửi bình luận.</em></p>'
        "</div></div>"
    )


def detail(request: Request, story: Story, cat: str) -> Response:
    path = art_path(story, cat)
    base = base_url(request)
    cat_name = CATS[cat]
    newer = [s for s in in_cat(cat) if s.opts["publ"] > story.opts["publ"]][-5:]
    newer_html = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(s, cat)}" title="{esc(s.title)}">'
        f'{esc(s.title)}</a> <em>({day_of(s)})</em></li>'
        for s in newer
    )
    tags = story.opts.get("tags", [])
    tags_html = ", ".join(
        f'<a title="{esc(TAGS[t])}" href="/vi/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags
    )
    stars = "".join(
        f'<input class="hover-star required" type="radio" value="{n}" title="{t}"/>'
        for n, t in enumerate(["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], 1)
    )
    seo = story.opts.get("titlesite") or story.title
    img = home_img(story)
    og_img = f'<meta property="og:image" content="{base}{img.src}" />' if img else ""
    publ = publ_dt(story)
    head = (
        f'<meta property="og:type" content="article" /><meta property="og:title" content="{esc(seo)}" />'
        f'<meta property="og:url" content="{base}{path}" />{og_img}'
        f'<meta property="article:published_time" content="{publ:%Y-%m-%dT%H:%M:%S}+07:00" />'
        f'<meta property="article:section" content="{esc(cat_name)}" />'
    )
    main = f"""
<div class="tieude-khoi"><h2 class="title-cm"><a href="/vi/news/{cat}/" title="{esc(cat_name)}">{esc(cat_name)}</a></h2></div>
<div class="news_column panel panel-default">
 <div class="panel-body bv-ct">
  <h1 class="title margin-bottom-lg tde-bv">{tx(story, story.title)}</h1>
  <div class="row margin-bottom-lg dong-tt">
   <div class="col-md-12"><span class="h5 tg-dang">{publ_line(story)}</span> <span class="luot-xem text-muted"><em class="fa fa-eye"></em> {story.opts.get("hits", 100)}</span></div>
   <div class="col-md-12"><ul class="list-inline text-right cc-bv">
    <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/vi/news/sendmail/{cat}/{story.slug}-{story.id}.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
    <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{print_path(story, cat)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
   </ul></div>
  </div>
  {_voice(story) if story.opts.get("voice") else ""}
  {_home_block(story)}
  <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body_html(story)}
  </div>
  {_files(story, cat)}
  {_signature(story)}
  <div class="alert alert-info margin-bottom-lg ban-quyen">Chú ý: Việc đăng lại bài viết trên ở website hoặc các phương tiện truyền thông khác mà không ghi rõ nguồn http://truongchinhtri.binhphuoc.gov.vn là vi phạm bản quyền</div>
 </div>
</div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{tags_html}</div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix">
 <p id="stringrating">Tổng số điểm của bài viết là: {9 + story.id % 7} trong {2 + story.id % 3} đánh giá</p>
 <span itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden d-none hide" itemprop="itemReviewed" itemscope itemtype="https://schema.org/CreativeWork"><span itemprop="name">{esc(story.title)}</span></span>Xếp hạng: <span class="score" itemprop="ratingValue">4.{story.id % 10}</span> - <span itemprop="ratingCount">{2 + story.id % 3}</span> phiếu bầu</span>
 <div style="padding: 5px;">{stars}</div><span class="note"><em>Click để đánh giá bài viết</em></span>
</div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body chia-se">
 <div class="fb-like" data-href="{base}{path}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div>
 <a class="zalo-share-button" data-href="{base}{path}" data-oaid="579745863508352884" data-layout="1" data-color="blue"></a>
</div></div>
{_comments(story)}
{f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">{newer_html}</ul></div></div></div>' if newer_html else ""}
"""
    title = f"{seo} - {cat_name} - {SITE}"
    return page(
        request,
        title,
        main,
        crumbs=[("Tin tức", "/vi/news/"), (cat_name, f"/vi/news/{cat}/")],
        head=head,
        canonical=path,
        description=story.summary or story.title,
    )


def print_view(request: Request, story: Story, cat: str) -> Response:
    base = base_url(request)
    url = base + art_path(story, cat)
    img = home_img(story)
    fig = ""
    if img is not None:
        cap = f'<p class="text-center"><em>{tx(story, img.printed)}</em></p>' if img.printed else ""
        fig = f'<div class="text-center"><img alt="" src="{img.src}" width="500" />{cap}</div>'
    hometext = f'<div id="hometext"><strong>{tx(story, story.summary)}</strong></div>' if story.summary else ""
    sig = ""
    if story.opts.get("author_field"):
        sig += f'<div class="text-right"><strong>Tác giả: </strong>{esc(story.opts["author_field"])}</div>'
    if story.opts.get("source_field"):
        sig += f'<div class="text-right"><strong>Nguồn tin: </strong>{esc(story.opts["source_field"][0])}</div>'
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" /><link rel="canonical" href="{url}" />
<link rel="StyleSheet" href="{THEME}/css/news.print.css" /></head>
<body><div id="print">
 <div id="hd_print"><h2 class="pull-left">{esc(SITE)}</h2><p class="pull-right"><a title="{esc(SITE)}" href="{base}/">{base}</a></p></div>
 <div class="clear"></div><hr />
 <div id="content">
  <h1>{tx(story, story.title)}</h1>
  <ul class="list-inline"><li>{publ_line(story)}</li><li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li><li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
  <div class="clear"></div>
  {hometext}{fig}
  <div id="bodytext" class="clearfix">{body_html(story)}</div>
  {sig}
 </div>
 <div id="footerprint"><div id="url"><strong>URL của bản tin này: </strong><a href="{url}" title="{esc(story.title)}">{url}</a></div>
 <div class="clear"></div><div class="copyright">&copy; {esc(SITE)}</div>
 <div id="contact"><a href="mailto:truongchinhtri@binhphuoc.gov.vn">truongchinhtri@binhphuoc.gov.vn</a></div></div>
</div></body></html>"""
    return html(doc)


# --- listings -------------------------------------------------------------------------------------

def _pager(base: str, page_no: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"

    items = []
    if page_no > 1:
        items.append(f'<li><a rel="prev" title="Trang trước" href="{href(page_no - 1)}">&laquo;</a></li>')
    else:
        items.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page_no:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li><a title="Trang {n}" href="{href(n)}">{n}</a></li>')
    if page_no < pages:
        items.append(f'<li><a rel="next" title="Trang sau" href="{href(page_no + 1)}">&raquo;</a></li>')
    else:
        items.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    return f'<div class="text-center phan-trang"><ul class="pagination">{"".join(items)}</ul></div>'


def _page_new(stories: list[Story]) -> str:
    """viewcat_page_new: the newest of the page large with its hometext, the others as a list."""
    if not stories:
        return '<div class="alert alert-info">Chưa có bài viết nào trong mục này.</div>'
    top, rest = stories[0], stories[1:]
    link = art_path(top)
    hometext = f'<p class="tom-tat">{esc(top.summary)}</p>' if top.summary else ""
    big = (
        '<div class="panel panel-default tin-moi-lon"><div class="panel-body featured">'
        f'<a href="{link}" title="{esc(top.title)}"><img alt="{esc(top.title)}" src="{thumb_of(top)}" '
        'width="220" class="img-thumbnail pull-left imghome" /></a>'
        f'<h2><a href="{link}" title="{esc(top.title)}">{esc(top.title)}</a></h2>'
        '<div class="text-muted"><ul class="list-unstyled list-inline">'
        f'<li><em class="fa fa-clock-o">&nbsp;</em> {publ_dt(top):%d/%m/%Y %H:%M}</li>'
        f'<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {top.opts.get("hits", 100)}</li>'
        f'<li><em class="fa fa-comment-o">&nbsp;</em> Bình luận: {len(top.opts.get("comments", []))}</li></ul></div>'
        f'{hometext}<p class="text-right xem-tiep"><a href="{link}"><em class="fa fa-sign-out"></em> Xem tiếp…</a></p>'
        "</div></div>"
    )
    lis = "".join(
        f'<li class="clearfix"><em class="fa fa-angle-right"></em> <a href="{art_path(s)}" title="{esc(s.title)}">'
        f"{esc(cut60(s.title))}</a> <em>({day_of(s)})</em></li>"
        for s in rest
    )
    others = f'<div class="panel panel-default"><div class="panel-body"><ul class="related list-items ds-tin-khac">{lis}</ul></div></div>' if lis else ""
    return big + others


def listing(request: Request, base: str, heading: str, stories: list[Story], page_no: int, crumbs) -> Response | None:
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page_no == 1 and request.path.endswith("/page-1"):
        return redirect(base, 301)
    if page_no > pages:
        return redirect(base, 301)
    chunk = stories[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    main = (
        f'<div class="tieude-khoi"><h1 class="title-cm">{esc(heading)}</h1></div>'
        f'<div class="news_column viewcat_page_new">{_page_new(chunk)}</div>{_pager(base, page_no, pages)}'
    )
    title = heading + (f" - Trang {page_no}" if page_no > 1 else "") + f" - {SITE}"
    canon = base if page_no == 1 else f"{base}page-{page_no}"
    head = ""
    if page_no > 1:
        head += f'<link rel="prev" href="{base if page_no == 2 else f"{base}page-{page_no - 1}"}" />'
    if page_no < pages:
        head += f'<link rel="next" href="{base}page-{page_no + 1}" />'
    return page(request, title, main, crumbs=crumbs, canonical=canon, head=head)


def tag_page(request: Request, alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    stories = [s for s in ORDER if alias in s.opts.get("tags", [])]
    lis = "".join(
        '<div class="news_column panel panel-default"><div class="panel-body clearfix">'
        f'<a href="{art_path(s)}"><img src="{thumb_of(s)}" alt="" width="120" class="img-thumbnail pull-left imghome"/></a>'
        f'<h3><a href="{art_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<p class="text-muted"><em class="fa fa-clock-o"></em> {day_of(s)}</p>'
        f'<p>{esc(s.summary or "")}</p></div></div>'
        for s in stories
    )
    main = f'<div class="tieude-khoi"><h1 class="title-cm">Tags: {esc(TAGS[alias])}</h1></div>{lis}'
    return page(request, f"Tags: {TAGS[alias]} - {SITE}", main, crumbs=[("Tin tức", "/vi/news/")], canonical=f"/vi/news/tag/{alias}")


SLIDER = [1058, 1056, 1049, 1041]


def group_page(request: Request, alias: str) -> Response | None:
    if alias not in GROUPS:
        return None
    stories = [BY_ID[i] for i in SLIDER]
    main = (
        f'<div class="tieude-khoi"><h1 class="title-cm">{esc(GROUPS[alias])}</h1></div>'
        f'<div class="news_column viewcat_page_new">{_page_new(stories)}</div>'
    )
    return page(request, f"{GROUPS[alias]} - {SITE}", main, crumbs=[("Tin tức", "/vi/news/"), (GROUPS[alias], f"/vi/news/groups/{alias}/")], canonical=f"/vi/news/groups/{alias}/")


def home(request: Request) -> Response:
    slides = []
    for i in SLIDER:
        s = BY_ID[i]
        # the cached block still holds the alias 1041 had when it was made
        link = f"/vi/news/{s.cat}/{s.opts.get('old_slug', s.slug)}-{s.id}.html"
        slides.append(
            f'<div class="item{" active" if i == SLIDER[0] else ""}"><a href="{link}" title="{esc(s.title)}">'
            f'<img src="{thumb_of(s)}" alt="{esc(s.title)}" width="640" /></a>'
            f'<div class="carousel-caption"><h3><a href="{link}">{esc(s.title)}</a></h3>'
            f"<p>{esc(s.summary or '')}</p></div></div>"
        )
    slider = (
        '<div class="panel panel-default tin-tieu-diem"><div class="panel-heading"><a href="/vi/news/groups/Tin-tieu-diem/">'
        f'Tin tiêu điểm</a></div><div id="slider-ttd" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{"".join(slides)}</div>'
        '<a class="left carousel-control" href="#slider-ttd" data-slide="prev">‹</a>'
        '<a class="right carousel-control" href="#slider-ttd" data-slide="next">›</a></div></div>'
    )
    boxes = []
    for key, name in CATS.items():
        items = in_cat(key)[:3]
        first, rest = items[0], items[1:]
        lis = "".join(
            f'<li><a href="{art_path(s)}" title="{esc(s.title)}">{esc(cut60(s.title))}</a></li>' for s in rest
        )
        boxes.append(
            f'<div class="panel panel-default khoi-cm"><div class="panel-heading"><a href="/vi/news/{key}/">{esc(name)}</a></div>'
            f'<div class="panel-body"><a href="{art_path(first)}"><img src="{thumb_of(first)}" alt="" width="160" class="pull-left img-thumbnail"/></a>'
            f'<h3><a href="{art_path(first)}" title="{esc(first.title)}">{esc(first.title)}</a></h3>'
            f'<p>{esc(first.summary or "")}</p><ul class="list-items">{lis}</ul>'
            f'<p class="text-right"><a href="/vi/news/{key}/">Xem thêm »</a></p></div></div>'
        )
    main = slider + "".join(boxes)
    return page(request, f"{SITE} - Trang nhất", main, canonical="/")


def rss(request: Request, cat: str | None) -> Response | None:
    if cat is not None and cat not in CATS:
        return None
    stories = ORDER[:10] if cat is None else in_cat(cat)[:5]
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{art_path(s)}</link><guid isPermaLink=\"false\">"
        f"{s.cat}_{s.id}</guid><description><![CDATA[{s.summary or ''}]]></description>"
        f"<pubDate>{publ_dt(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
        for s in stories
    )
    title = "Tin tức" if cat is None else CATS[cat]
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{esc(SITE)} - {esc(title)}</title><link>{base}/vi/news/</link>"
        f"<description>{esc(SITE)}</description><language>vi</language><ttl>60</ttl>"
        "<generator>NukeViet v4.5</generator>"
        f"{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def search(request: Request, base: str) -> Response:
    q = request.params.get("q", "").strip()
    found = [s for s in ORDER if q and q.lower() in s.title.lower()] if len(q) >= 3 else []
    res = "".join(
        f'<div class="result"><h3><a href="{art_path(s)}">{esc(s.title)}</a></h3><p class="text-muted">{day_of(s)}</p></div>'
        for s in found
    )
    note = f"<p>Có {len(found)} kết quả cho từ khóa <strong>{esc(q)}</strong></p>" if q else "<p>Nhập từ khóa (tối thiểu 3 ký tự).</p>"
    main = (
        f'<div class="tieude-khoi"><h1 class="title-cm">Tìm kiếm</h1></div><form action="{base}" method="get">'
        f'<input type="text" name="q" value="{esc(q)}" class="form-control"/><input type="submit" value="Tìm kiếm" class="btn btn-primary"/></form>'
        f"{note}{res}"
    )
    return page(request, f"Tìm kiếm - {SITE}", main, crumbs=[("Tìm kiếm", base)])


# --- pages that are not articles ------------------------------------------------------------

ABOUT = {
    "Gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Trường Chính trị tỉnh Bình Phước là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy, chịu sự lãnh "
            "đạo, chỉ đạo trực tiếp của Ban Thường vụ Tỉnh ủy, sự quản lý nhà nước của Ủy ban nhân dân tỉnh.",
            "Trường được thành lập năm 1997 trên cơ sở hợp nhất Trường Đảng tỉnh và Trường Hành chính tỉnh "
            "khi tái lập tỉnh Bình Phước. Trải qua gần 30 năm xây dựng và phát triển, Nhà trường đã đào tạo, "
            "bồi dưỡng hàng chục nghìn lượt cán bộ, đảng viên cho hệ thống chính trị của tỉnh.",
            "Hiện nay, Nhà trường có 4 khoa chuyên môn, 2 phòng chức năng với 52 cán bộ, viên chức, trong đó "
            "có 3 tiến sĩ và 31 thạc sĩ.",
        ],
    ),
    "Chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ, "
            "công chức, viên chức của hệ thống chính trị ở cơ sở và cấp tỉnh.",
            "Tổ chức đào tạo, bồi dưỡng trung cấp lý luận chính trị - hành chính; bồi dưỡng cập nhật kiến "
            "thức, kỹ năng lãnh đạo, quản lý; nghiệp vụ công tác đảng, mặt trận và các đoàn thể chính trị - "
            "xã hội; nghiên cứu khoa học, tổng kết thực tiễn ở địa phương.",
        ],
    ),
}

LAW = {
    "Ke-hoach-dao-tao-boi-duong-nam-2027": (
        "Kế hoạch đào tạo, bồi dưỡng năm 2027",
        "86-KH/TCT",
        "20/11/2026",
        "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2027 của Trường Chính trị tỉnh.",
        "/uploads/laws/ke-hoach-86-kh-tct.pdf",
    )
}

ALBUM_PATH = "/vi/albums/hoat-dong-nha-truong/hoi-thi-giang-vien-day-gioi-nam-2026-12.html"


def about_page(request: Request, alias: str | None) -> Response | None:
    if alias is None:
        lis = "".join(f'<li><a href="/vi/about/{a}.html">{esc(t)}</a></li>' for a, (t, _) in ABOUT.items())
        return page(request, f"Giới thiệu - {SITE}", f'<h1 class="title-cm">Giới thiệu</h1><ul>{lis}</ul>', crumbs=[("Giới thiệu", "/vi/about/")])
    if alias not in ABOUT:
        return None
    title, paras = ABOUT[alias]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = (
        f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(title)}</h1>'
        f'<div class="clearfix"></div><div id="page-bodyhtml" class="bodytext">{body}</div>'
        '<p class="text-right text-muted"><em>Cập nhật: 15/03/2026</em></p></div></div>'
    )
    return page(request, f"{title} - {SITE}", main, crumbs=[("Giới thiệu", "/vi/about/"), (title, f"/vi/about/{alias}.html")], canonical=f"/vi/about/{alias}.html")


def contact_page(request: Request) -> Response:
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="title-cm">Liên hệ</h1>'
        "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH BÌNH PHƯỚC</strong></p>"
        "<p>Địa chỉ: Đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước</p>"
        "<p>Văn phòng: 0271.3879.125 - Phòng Quản lý đào tạo: 0271.3879.127</p>"
        '<form method="post" action="/vi/contact/" class="form-horizontal"><input type="text" name="ftitle" placeholder="Tiêu đề"/>'
        '<input type="text" name="fname" placeholder="Họ và tên"/><input type="email" name="femail" placeholder="Email"/>'
        '<textarea name="fcon" rows="5"></textarea><input type="submit" class="btn btn-primary" value="Gửi"/></form></div></div>'
    )
    return page(request, f"Liên hệ - {SITE}", main, crumbs=[("Liên hệ", "/vi/contact/")], canonical="/vi/contact/")


def laws_page(request: Request, alias: str | None) -> Response | None:
    if alias is None:
        rows = "".join(
            f'<tr><td>{num}</td><td>{day}</td><td><a href="/vi/laws/detail/{a}.html">{esc(t)}</a></td></tr>'
            for a, (t, num, day, _, _) in LAW.items()
        )
        main = (
            '<h1 class="title-cm">Văn bản</h1><table class="table table-bordered"><thead><tr><th>Số/Ký hiệu</th>'
            f"<th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>"
        )
        return page(request, f"Văn bản - {SITE}", main, crumbs=[("Văn bản", "/vi/laws/")])
    if alias not in LAW:
        return None
    title, num, day, summary, pdf = LAW[alias]
    main = (
        f'<div class="panel panel-default"><div class="panel-body"><h1 class="title-cm">{esc(title)}</h1>'
        '<table class="table table-striped table-bordered vb-chitiet"><tbody>'
        f"<tr><th>Số/Ký hiệu</th><td>{num}</td></tr><tr><th>Ngày ban hành</th><td>{day}</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Trường Chính trị tỉnh</td></tr><tr><th>Người ký</th><td>Nguyễn Văn Lộc</td></tr>"
        f"<tr><th>Trích yếu</th><td>{esc(summary)}</td></tr></tbody></table>"
        f'<p><em class="fa fa-file-pdf-o"></em> <a href="{pdf}">Tải về tệp đính kèm</a></p></div></div>'
    )
    return page(request, f"{title} - {SITE}", main, crumbs=[("Văn bản", "/vi/laws/"), (title, f"/vi/laws/detail/{alias}.html")])


def albums_page(request: Request, album: bool) -> Response:
    if not album:
        main = (
            '<h1 class="title-cm">Thư viện ảnh</h1><div class="row"><div class="col-sm-12 album-item">'
            f'<a href="{ALBUM_PATH}"><img src="/uploads/albums/2026_11/hoi-thi-gvdg-2026-anh-bia.jpg" alt="" width="260"/></a>'
            f'<h3><a href="{ALBUM_PATH}">Hội thi giảng viên dạy giỏi năm 2026</a></h3><p>12 ảnh</p></div></div>'
        )
        return page(request, f"Thư viện ảnh - {SITE}", main, crumbs=[("Thư viện ảnh", "/vi/albums/")])
    pics = "".join(
        f'<div class="col-xs-12 col-sm-8"><a href="/uploads/albums/2026_11/hoi-thi-gvdg-2026-{n:02d}.jpg" '
        f'data-fancybox="album"><img src="/assets/albums/2026_11/hoi-thi-gvdg-2026-{n:02d}.jpg" alt="Ảnh {n}" '
        'class="img-thumbnail" width="200"/></a></div>'
        for n in range(1, 7)
    )
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="title-cm">Hội thi giảng viên dạy giỏi năm 2026</h1>'
        '<p class="text-muted">Ngày đăng: 20/11/2026 - Lượt xem: 233</p>'
        f'<div class="row album-anh">{pics}</div></div></div>'
    )
    return page(request, f"Hội thi giảng viên dạy giỏi năm 2026 - {SITE}", main, crumbs=[("Thư viện ảnh", "/vi/albums/"), ("Hoạt động nhà trường", "/vi/albums/")], canonical=ALBUM_PATH)


# --- routing ------------------------------------------------------------------------------------

_ART = re.compile(r"^/vi/news/(print/)?([a-z0-9-]+)/([A-Za-z0-9-]+)-(\d+)\.html$")
_LIST = re.compile(r"^/vi/news/(?:([a-z0-9-]+)/)?(?:page-(\d+))?$")


def _article_route(request: Request, m: re.Match) -> Response | None:
    is_print, cat, alias, sid = m.group(1), m.group(2), m.group(3), int(m.group(4))
    story = BY_ID.get(sid)
    if story is None or cat not in CATS or cat not in cats_of(story):
        return None
    target = print_path(story, cat) if is_print else art_path(story, cat)
    if alias != story.slug:
        return redirect(target, 301)
    if request.query:
        params = request.params
        files = story.opts.get("files", [])
        if not is_print and "download" in params and files:
            try:
                name = files[int(params.get("id", "0"))]
            except (ValueError, IndexError):
                return redirect(target, 301)
            return Response(
                200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'}
            )
        return redirect(target, 301)
    return print_view(request, story, cat) if is_print else detail(request, story, cat)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if request.method == "POST" and path == "/vi/voting/":
            return page(request, f"Thăm dò ý kiến - {SITE}", "<p>Cảm ơn bạn đã tham gia bình chọn.</p>")
        lower = path.lower()
        if lower.endswith(".mp3"):
            return Response(200, b"ID3\x03\x00\x00\x00\x00\x00\x00", {"Content-Type": "audio/mpeg"})
        if lower.endswith(".pdf") and path.startswith("/uploads/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/assets/", "/themes/")):
            return static_file(path)
        if path == "/":
            return home(request)
        if path == "/index.php":
            params = request.params
            if params.get("nv") == "news" and params.get("op"):
                return redirect(f"/vi/news/{params['op']}", 301)
            if params.get("nv") == "news":
                return redirect("/vi/news/", 301)
            return redirect("/", 301)
        if path in ("/vi", "/vi/"):
            return redirect("/", 301)
        if path == "/vi/news":
            return redirect("/vi/news/", 301)
        if path in ("/vi/news/search/", "/vi/seek/"):
            return search(request, path)
        if path == "/vi/news/rss/":
            return rss(request, None)
        if m := re.match(r"^/vi/news/rss/([a-z0-9-]+)/$", path):
            return rss(request, m.group(1))
        if m := re.match(r"^/vi/news/tag/([a-z0-9-]+)$", path):
            return tag_page(request, m.group(1))
        if m := re.match(r"^/vi/news/groups/([A-Za-z0-9-]+)/$", path):
            return group_page(request, m.group(1))
        if m := _ART.match(path):
            return _article_route(request, m)
        if m := re.match(r"^/vi/news/([a-z0-9-]+)$", path):
            if m.group(1) in CATS:
                return redirect(path + "/", 301)
            return None
        if m := _LIST.match(path):
            cat, num = m.group(1), int(m.group(2) or 1)
            if request.query:
                return redirect(path, 301)
            if cat is None:
                return listing(request, "/vi/news/", "Tin tức", ORDER, num, [("Tin tức", "/vi/news/")])
            if cat not in CATS:
                return None
            base = f"/vi/news/{cat}/"
            return listing(request, base, CATS[cat], in_cat(cat), num, [("Tin tức", "/vi/news/"), (CATS[cat], base)])
        if path == "/vi/about/":
            return about_page(request, None)
        if m := re.match(r"^/vi/about/([A-Za-z0-9-]+)\.html$", path):
            return about_page(request, m.group(1))
        if path == "/vi/contact/":
            return contact_page(request)
        if path == "/vi/laws/":
            return laws_page(request, None)
        if m := re.match(r"^/vi/laws/detail/([A-Za-z0-9-]+)\.html$", path):
            return laws_page(request, m.group(1))
        if path == "/vi/albums/":
            return albums_page(request, False)
        if path == ALBUM_PATH:
            return albums_page(request, True)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alt = [print_path(story)]
    for cat in cats_of(story)[1:]:
        alt += [art_path(story, cat), print_path(story, cat)]
    return gold_record(story, art_path(story), CATS[story.cat], alt_paths=alt)


GOLD: list[dict] = [_gold(s) for s in ORDER]

NON_ARTICLES: list[str] = [
    "/vi/about/Gioi-thieu-chung.html",
    "/vi/about/Chuc-nang-nhiem-vu.html",
    "/vi/contact/",
    "/vi/laws/detail/Ke-hoach-dao-tao-boi-duong-nam-2027.html",
    ALBUM_PATH,
]
