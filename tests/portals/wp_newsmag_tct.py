"""Trường Chính trị tỉnh Bến Tre on WordPress 6.x with tagDiv's Newsmag theme (ThemeForest),
pretty permalinks made to end in ``.html`` by a permalink plugin ("Add .html to permalinks").

Platform
--------
Newsmag's single post template::

    header bar: "Thứ Bảy, 05/12/2026" (td-header-date, today), top menu, logo, main menu
    <div class="td-crumb-container"><div class="entry-crumbs"> Trang chủ › Section › Post title</div>
    <article class="post type-post …">
      <header class="td-post-title">
        <ul class="td-category"> one <a> per category the post is filed in </ul>
        <h1 class="entry-title">…</h1>
        <p class="td-post-sub-title">…</p>          (the "subtitle" field: the sapo, optional)
        <div class="td-module-meta-info"> Bởi <a>WP user</a> - <time class="entry-date …"
          datetime="…">dd/mm/YYYY</time>, views, comments </div>
      </header>
      <div class="td-post-sharing td-post-sharing-top"> Facebook, Zalo, Twitter, In bài, Email</div>
      <div class="td-post-featured-image"> <figure> img + optional figcaption </figure></div>
      <div class="td-post-content"> the editor's HTML (classic [caption] blocks and Gutenberg
        figures mixed; plugins inject Easy Table of Contents, YARPP, Post Views Counter,
        sharedaddy inside this div) </div>
      <footer> td-post-source-tags (NGUỒN / TỪ KHÓA), bottom share bar, td-post-next-prev,
        author-box-wrap (avatar, WP user's display name, description) </footer>
    </article>
    "Bài viết liên quan" (td_block_related_posts), comments + comment form, sidebar, footer.

Sidebar: "Đọc nhiều", a banner to the Bác section, "Văn bản mới", poll (WP-Polls), visitor
counter ("Đang online / Hôm nay / Tổng truy cập"), "Liên kết". Footer: address and phone.

URL scheme
----------
- ``/`` home: td_block_trending_now ticker (5 newest), big grid (4 newest), a tabbed block
  "Tin hoạt động" (first tab printed; the other tabs are ``href="#"`` with
  ``data-td_filter_value``, loaded by ``admin-ajax.php``), a "Nghiên cứu - Trao đổi" block, and
  "Tin mới nhất": 7 posts per page, ``/page/2/`` (WordPress home paging).
- ``/<slug>.html`` post or page; ``/<slug>.html/print/`` (WP-Print), ``/<slug>.html?replytocom=N``
  (comment reply links), ``/<slug>.html/attachment/<name>/`` (attachment pages).
- ``/category/<slug>/`` and ``/category/<slug>/page/<n>/``, 7 per page; ``/page/1/`` forms answer
  301 to the first page (WordPress canonical redirect); ``/<slug>/`` (no .html) and ``/?p=ID``
  (the shortlink) answer 301 to the post.
- ``/author/<login>/`` author archive, ``/van-ban/<slug>.html`` documents (a CPT), static pages
  ``/gioi-thieu.html``, ``/lien-he.html``; uploads ``/wp-content/uploads/2026/MM/…``.
- No robots.txt and no sitemap (404).

How each gold article is reached
--------------------------------
All 13 posts are in "Tin mới nhất" (home ``/`` has the 7 newest, ``/page/2/`` the 6 oldest) and
in their category listings. The category menu item "Tin tức" is ``href="#"`` with the three
categories in its sub-menu; "Học tập và làm theo Bác" is in no menu: only the sidebar banner
(an image link) and the post labels lead to it. "Tin hoạt động" has 8 posts (6 of its own +
2 filed under both it and the Bác section): the oldest one (``tam-guong-binh-di…``) is on
``/category/tin-hoat-dong/page/2/`` only, besides ``/page/2/`` and the Bác listing. Of the
six posts of ``/page/2/``, four (hội thao, bế giảng QP-AN, lịch học, tấm gương) are in no home
block and no sidebar widget (the chi bộ post is in the first tab, the essay in the research
block); related lists and the next/prev links of the single template reach them too.

Traps
-----
1. Date attributes lie (date): the post prints ``03/12/2026`` only. Newsmag's ``<time datetime>``
   takes the local clock and labels it ``+00:00`` ("2026-12-03T06:40:12+00:00"), Yoast's
   ``article:published_time`` is true UTC ("2026-12-02T23:40:12+00:00": the day before for
   posts published before 07:00), comments print "lúc 09:12" clocks, the header prints today.
   Gold: the printed day, date only ("2026-12-03"), since the page prints no publication time.
2. Author meta is a CMS account (authors): "Bởi Quản trị viên" / "Bởi Ban Biên Tập" and the
   author box name the WP login's display name; the real writer is in the text
   ("Tin, ảnh: Hồng Nhung - Phòng Tổ chức - Hành chính" -> Hồng Nhung both; the department is
   dropped), or at the top of an essay ("ThS. Nguyễn Thị Thu Hà" -> without the degree), or two
   names at the end ("TS. Lê Văn Hùng - Phó Hiệu trưởng" / "ThS. Phạm Thị Mai Lan, Khoa Nhà nước
   và Pháp luật" -> both, bare). Only ``tam-guong-binh-di…`` has no byline and a person as WP
   user ("Lê Thị Kim Ngân"): the author meta field then credits her.
3. Photographer in a caption (photographers): "… tại buổi làm việc. (Ảnh: Minh Trí)": the line is
   the caption as displayed, and Minh Trí is the photographer. "(Ảnh: Tư liệu)" and
   "Ảnh: Internet" credit nobody: no photographer, and a line that only credits gives no caption
   (the house's convention, caption_zoo_pgd and dokuwiki_blog_thpt; harmonised after the first crawl).
4. Source in two forms (source): Newsmag's own "NGUỒN" box under the text (td-post-source-via)
   -> "Báo Đồng Khởi"; a closing "Nguồn: Tạp chí Giáo dục lý luận" line in an essay. A body
   paragraph that starts "Theo Quy định số 09-QĐ/TW …" is text, not a source.
5. Sapo outside the content (summary): Newsmag's ``p.td-post-sub-title`` under the h1 is the sapo
   (it is the body's first paragraph in gold); a bold lead paragraph in the text is one too. The
   Yoast ``meta description`` / ``og:description`` and the listing excerpts ("…") are not: posts
   without a printed lead have summary null.
6. Plugins inside td-post-content (body): Easy Table of Contents ("Mục lục" + list of headings)
   at the top of essays, YARPP "Bài viết liên quan:" list, Post Views Counter "Lượt xem:",
   sharedaddy "Chia sẻ:" buttons and a Gutenberg file block ("Tải xuống") all sit in the same div
   as the text: none of them is body. Table rows (a results table, a timetable) are one paragraph
   each (header row included); a ``<br>`` inside a paragraph splits it (address lines).
7. Breadcrumb ends with the post title (category): the last crumb is the title, the section is
   the one before it. Posts filed in two categories print two labels; gold is the breadcrumb's
   section (Yoast primary category), which is also the first label; Yoast's
   ``article:section`` names the other category.
8. Title: ``<title>`` and ``og:title`` carry the Yoast SEO title (shortened or reworded on some
   posts); gold is the h1 as printed (one is all capitals: kept).
9. Lazy images (images): a3 Lazy Load prints ``src="data:image/gif;base64,…"`` with the photo in
   ``data-src`` and a ``<noscript>`` copy; gold is the real photo. The featured image
   (``td-post-featured-image``) is the first photo; a caption under it only when the media
   library has one. Avatars, logo, banner, related thumbnails are layout.
10. Reaching (listings): menu "Tin tức" is ``href="#"``; the Bác section only via a sidebar
   banner; the tabbed block's other tabs and "Tải thêm" are ajax (``href="#"``); the oldest
   "Tin hoạt động" post only on page 2 of that listing; ``page/1/`` links redirect.
11. Duplicates (alt_paths): every post has a WP-Print view ``/<slug>.html/print/`` (same text,
   no chrome) and posts with comments have ``?replytocom=N`` reply links: both in alt_paths.
   ``/<slug>/`` and ``/?p=ID`` are 301 redirects to the post.
12. Look-alikes (NON_ARTICLES): static pages and documents share the ``.html`` form; a document
   entry (``/van-ban/…``) prints a title, an issue date and a PDF; attachment pages print a
   file-name title, a date and the photo; the author archive and listing pages list posts.

Gold decisions
--------------
- title: h1.entry-title; published_at: the printed dd/mm/YYYY of the meta line, date only.
- authors/photographers: a byline in the text first; a WP account credits only when it is a
  person and the text has no byline; units ("Khoa Lý luận cơ sở", "Công đoàn Trường") as printed.
- images: featured image first, then the photos of the text in order; caption = the figcaption
  / the line printed under the photo (italic, centred or plain) as displayed.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "wp_newsmag_tct"
PLATFORM = "WordPress 6.x + Newsmag (tagDiv) theme, .html permalinks, Yoast SEO, WP-Print"
START_PATH = "/"

TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Trường Chính trị tỉnh Bến Tre"
PER_PAGE = 7

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "hoc-tap-va-lam-theo-bac": "Học tập và làm theo Bác",
}
USERS = {
    "admin": "Quản trị viên",
    "bbt": "Ban Biên Tập",
    "kimngan": "Lê Thị Kim Ngân",
}
USER_DESC = {
    "admin": "Quản trị Trang thông tin điện tử Trường Chính trị tỉnh Bến Tre.",
    "bbt": "Ban Biên tập Trang thông tin điện tử Trường Chính trị tỉnh Bến Tre.",
    "kimngan": "Chuyên viên Phòng Tổ chức - Hành chính.",
}


def up(month: int, name: str) -> str:
    return f"/wp-content/uploads/2026/{month:02d}/{name}"


def byline_right(text_: str, bold: bool = True) -> Raw:
    inner = f"<strong>{esc(text_)}</strong>" if bold else esc(text_)
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# opts: time (local clock), user, cats (extra categories), feat (featured image src),
# feat_cap (caption under it), seo (Yoast title), tags, comments [(name, date, clock, text)],
# via_source (Newsmag NGUỒN box: (name, url)), toc (Easy TOC), yarpp, file (download block).
# P styles: "" plain, "j" justified, "lead" bold lead, "h2"/"h3", "li", "oli", "tr" (table row),
# "br" (lines of one <p> split by <br>), "quote".
# Img styles: "wpcap" ([caption] div), "fig" (figure+figcaption), "gb" (Gutenberg),
# "emc" (italic centred line under), "plainc" (plain centred p under), "lazy" (lazy + plain
# centred), "none".

STORIES: list[Story] = [
    Story(
        1,
        "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026: 14 giảng viên tranh tài",
        "tin-hoat-dong",
        "2026-12-03",
        [
            P(
                "Hội thi nhằm đánh giá năng lực sư phạm, khả năng vận dụng phương pháp dạy học tích cực "
                "của đội ngũ giảng viên; qua đó lựa chọn những giảng viên tiêu biểu tham dự Hội thi "
                "giảng viên dạy giỏi các trường chính trị khu vực Tây Nam Bộ năm 2027.",
                "j",
            ),
            P(
                "Tham gia hội thi có 14 giảng viên thuộc 4 khoa chuyên môn. Mỗi giảng viên trình bày một "
                "bài giảng 45 phút trước Hội đồng giám khảo gồm lãnh đạo Trường, trưởng các khoa và "
                "giảng viên chính có kinh nghiệm.",
                "j",
            ),
            Img(
                up(12, "hoi-thi-gv-1.jpg"),
                "TS. Lê Văn Hùng, Phó Hiệu trưởng phát biểu khai mạc hội thi",
                "TS. Lê Văn Hùng, Phó Hiệu trưởng phát biểu khai mạc hội thi",
                "wpcap",
            ),
            P(
                "Nhiều bài giảng được đầu tư công phu, gắn lý luận với thực tiễn địa phương, sử dụng "
                "hiệu quả bài giảng điện tử và các tình huống quản lý cụ thể tại cơ sở.",
                "j",
            ),
            P(
                "Kết quả, Hội đồng giám khảo công nhận 11 giảng viên đạt danh hiệu giảng viên dạy giỏi "
                "cấp trường, trong đó 4 giảng viên được chọn dự thi cấp khu vực.",
                "j",
            ),
            Img(
                up(12, "hoi-thi-gv-2.jpg"),
                "Ban Giám hiệu trao giấy chứng nhận cho các giảng viên đạt giải",
                "Ban Giám hiệu trao giấy chứng nhận cho các giảng viên đạt giải",
                "wpcap",
            ),
            byline_right("Tin, ảnh: Hồng Nhung - Phòng Tổ chức - Hành chính"),
        ],
        authors=["Hồng Nhung"],
        photographers=["Hồng Nhung"],
        summary=(
            "Từ ngày 30/11 đến 02/12/2026, Trường Chính trị tỉnh Bến Tre tổ chức Hội thi giảng viên "
            "dạy giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên."
        ),
        sapo_outside=True,
        opts={
            "time": "06:40:12",
            "user": "admin",
            "feat": up(12, "hoi-thi-gv-cover.jpg"),
            "seo": "Hội thi giảng viên dạy giỏi cấp trường 2026",
            "tags": ["Giảng viên", "Hội thi"],
        },
    ),
    Story(
        2,
        "doan-cong-tac-truong-chinh-tri-tinh-tra-vinh-trao-doi-kinh-nghiem",
        "Đoàn công tác Trường Chính trị tỉnh Trà Vinh đến thăm và trao đổi kinh nghiệm",
        "tin-hoat-dong",
        "2026-12-01",
        [
            P(
                "Sáng ngày 30/11/2026, Đoàn công tác Trường Chính trị tỉnh Trà Vinh do đồng chí Thạch "
                "Sô Phanh, Phó Hiệu trưởng làm trưởng đoàn đã đến thăm và trao đổi kinh nghiệm với "
                "Trường Chính trị tỉnh Bến Tre."
            ),
            P(
                "Tiếp đoàn có đồng chí Nguyễn Văn Bình, Hiệu trưởng cùng lãnh đạo các khoa, phòng. Hai "
                "bên đã trao đổi về công tác quản lý đào tạo, đổi mới nội dung chương trình, nghiên "
                "cứu thực tế và xây dựng trường chính trị đạt chuẩn mức 1."
            ),
            Img(
                up(12, "tra-vinh-lam-viec.jpg"),
                "Đồng chí Nguyễn Văn Bình, Hiệu trưởng phát biểu tại buổi làm việc. (Ảnh: Minh Trí)",
                "Đồng chí Nguyễn Văn Bình, Hiệu trưởng phát biểu tại buổi làm việc. (Ảnh: Minh Trí)",
                "emc",
            ),
            P(
                "Đồng chí Nguyễn Văn Bình đánh giá cao tinh thần học hỏi của đoàn và mong muốn hai "
                "trường tiếp tục phối hợp trong tổ chức hội thảo khoa học, trao đổi giảng viên thỉnh "
                "giảng trong thời gian tới."
            ),
            P(
                "Dịp này, đoàn công tác đã tham quan thư viện, phòng học thông minh và Khu lưu niệm "
                "của Trường."
            ),
            Raw('<p style="text-align: right;"><em>Thanh Tâm</em></p>'),
        ],
        authors=["Thanh Tâm"],
        photographers=["Minh Trí"],
        opts={"time": "15:05:40", "user": "bbt", "feat": up(12, "tra-vinh-cover.jpg")},
    ),
    Story(
        3,
        "van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-o-ben-tre",
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng cán bộ ở tỉnh "
        "Bến Tre hiện nay",
        "nghien-cuu-trao-doi",
        "2026-11-28",
        [
            Raw(
                '<p style="text-align: right;"><strong><em>ThS. Nguyễn Thị Thu Hà</em></strong><br>'
                "<em>Khoa Xây dựng Đảng</em></p>"
            ),
            P("1. Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ", "h2"),
            P(
                "Chủ tịch Hồ Chí Minh luôn coi cán bộ là gốc của mọi công việc. Người khẳng định: "
                "“Cán bộ là cái dây chuyền của bộ máy. Nếu dây chuyền không tốt, không chạy thì động "
                "cơ dù tốt, dù chạy toàn bộ máy cũng tê liệt”.",
                "j",
            ),
            P(
                "Theo Người, người cán bộ phải có đức và tài, trong đó đức là gốc; công tác huấn luyện "
                "cán bộ phải “học đi đôi với hành”, lý luận gắn liền với thực tiễn.",
                "j",
            ),
            Img(
                up(11, "bac-ho-voi-can-bo.jpg"),
                "Chủ tịch Hồ Chí Minh nói chuyện với cán bộ lớp huấn luyện (Ảnh: Tư liệu)",
                "Chủ tịch Hồ Chí Minh nói chuyện với cán bộ lớp huấn luyện (Ảnh: Tư liệu)",
                "fig",
            ),
            P("2. Thực trạng công tác đào tạo, bồi dưỡng cán bộ ở tỉnh Bến Tre", "h2"),
            P(
                "Giai đoạn 2021 - 2026, Trường Chính trị tỉnh Bến Tre đã mở 112 lớp với hơn 8.600 học "
                "viên, trong đó có 46 lớp trung cấp lý luận chính trị - hành chính. Chất lượng đào tạo "
                "từng bước được nâng lên, nội dung bám sát yêu cầu nhiệm vụ chính trị của địa phương.",
                "j",
            ),
            P(
                "Tuy nhiên, phương pháp giảng dạy ở một số lớp còn nặng về thuyết trình; việc đánh giá "
                "cán bộ sau đào tạo chưa được thực hiện thường xuyên.",
                "j",
            ),
            P("3. Một số giải pháp", "h2"),
            P("Đổi mới nội dung, chương trình theo hướng tinh gọn, gắn với vị trí việc làm.", "li"),
            P("Tăng cường nghiên cứu thực tế, tổ chức học tập theo tình huống.", "li"),
            P("Xây dựng đội ngũ giảng viên vừa “hồng” vừa “chuyên”.", "li"),
            P("Tài liệu tham khảo", "h3"),
            P("Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "oli"),
            P("Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, t.I.", "oli"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary=(
            "Bài viết làm rõ những quan điểm cơ bản của Chủ tịch Hồ Chí Minh về cán bộ và công tác "
            "cán bộ, từ đó đề xuất giải pháp nâng cao chất lượng đào tạo, bồi dưỡng cán bộ ở tỉnh "
            "Bến Tre."
        ),
        sapo_outside=True,
        opts={
            "time": "09:30:00",
            "user": "admin",
            "feat": up(11, "tu-tuong-hcm-cover.jpg"),
            "toc": True,
            "yarpp": True,
            "comments": [
                ("Trần Văn Lực", "29/11/2026", "09:12", "Bài viết rất thiết thực, cảm ơn tác giả."),
                ("Ngô Thị Hoa", "30/11/2026", "20:41", "Xin tác giả cho biết thêm nguồn số liệu."),
            ],
            "seo": "Tư tưởng Hồ Chí Minh về cán bộ - vận dụng ở Bến Tre",
        },
    ),
    Story(
        4,
        "truong-chinh-tri-tinh-ben-tre-to-chuc-hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026",
        "TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE TỔ CHỨC HỘI NGHỊ VIÊN CHỨC, NGƯỜI LAO ĐỘNG NĂM 2026",
        "tin-hoat-dong",
        "2026-11-27",
        [
            P(
                "Chiều ngày 26/11/2026, Trường Chính trị tỉnh Bến Tre tổ chức Hội nghị viên chức, người "
                "lao động năm 2026 với sự tham dự của 58 đại biểu."
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm 2026, phương hướng năm 2027; "
                "báo cáo công khai tài chính và sửa đổi Quy chế chi tiêu nội bộ."
            ),
            P(
                "Năm 2026, Trường hoàn thành 104% kế hoạch đào tạo, bồi dưỡng; tổ chức thành công hội "
                "thảo khoa học cấp tỉnh và được công nhận đạt chuẩn mức 1."
            ),
            P(
                "Hội nghị đã thảo luận, biểu quyết thông qua nghị quyết và ký kết giao ước thi đua năm "
                "2027 giữa Ban Giám hiệu và Ban Chấp hành Công đoàn cơ sở."
            ),
        ],
        opts={"time": "17:20:00", "user": "admin", "feat": up(11, "hoi-nghi-vc-2026.jpg"),
              "seo": "Hội nghị viên chức, người lao động năm 2026"},
    ),
    Story(
        5,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-47",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 47 hệ không tập trung",
        "dao-tao-boi-duong",
        "2026-11-25",
        [
            P(
                "Tham dự lễ khai giảng có đồng chí Phạm Văn Thắng, Phó Trưởng ban Tổ chức Tỉnh ủy; lãnh "
                "đạo Trường Chính trị tỉnh và 86 học viên là cán bộ, công chức các sở, ngành tỉnh."
            ),
            P("Chương trình đào tạo gồm 4 phần học:", "j"),
            P("Phần I: Những vấn đề cơ bản về chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh.", "li"),
            P("Phần II: Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam.", "li"),
            P("Phần III: Những vấn đề cơ bản về hệ thống chính trị, nhà nước và pháp luật.", "li"),
            P("Phần IV: Kỹ năng lãnh đạo, quản lý và nghiên cứu thực tế.", "li"),
            Img(
                up(11, "khai-giang-k47.jpg"),
                "Quang cảnh lễ khai giảng",
                "Quang cảnh lễ khai giảng",
                "gb",
            ),
            P(
                "Lớp học diễn ra trong 18 tháng, học vào thứ Bảy và Chủ nhật hằng tuần tại cơ sở 2 "
                "của Trường."
            ),
            byline_right("Phòng Quản lý đào tạo và Nghiên cứu khoa học"),
        ],
        authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
        summary=(
            "Sáng 24/11/2026, Trường Chính trị tỉnh Bến Tre tổ chức khai giảng lớp Trung cấp lý luận "
            "chính trị - hành chính khóa 47 hệ không tập trung dành cho cán bộ khối sở, ngành."
        ),
        sapo_outside=True,
        opts={
            "time": "10:15:00",
            "user": "bbt",
            "feat": up(11, "khai-giang-k47-cover.jpg"),
            "feat_cap": "Đồng chí Phạm Văn Thắng phát biểu chỉ đạo tại lễ khai giảng",
        },
    ),
    Story(
        6,
        "hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-hoat-dong",
        "2026-11-20",
        [
            P(
                "Sáng 19/11, Công đoàn cơ sở Trường Chính trị tỉnh Bến Tre tổ chức họp mặt kỷ niệm 44 "
                "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026).",
                "lead",
            ),
            P(
                "Buổi họp mặt có sự tham dự của các thầy cô giáo nguyên là lãnh đạo, giảng viên của "
                "Trường qua các thời kỳ cùng toàn thể viên chức, người lao động."
            ),
            Img(up(11, "nha-giao-1.jpg"), "Các nhà giáo lão thành tại buổi họp mặt",
                "Các nhà giáo lão thành tại buổi họp mặt", "lazy"),
            P(
                "Dịp này, Trường khen thưởng 12 tập thể, cá nhân có thành tích xuất sắc trong phong "
                "trào thi đua “Dạy tốt - Học tốt” năm 2026."
            ),
            Img(up(11, "nha-giao-2.jpg"), None, None, "lazy"),
            P("Địa chỉ liên hệ Ban liên lạc hưu trí:", "br"),
            P("Số 28 đường Đồng Khởi, phường An Hội, tỉnh Bến Tre", "br"),
            P("Điện thoại: 0275 3822 145", "br"),
            Raw('<p style="text-align: right;"><strong>Tin: Công đoàn Trường; Ảnh: Quốc Việt</strong></p>'),
        ],
        authors=["Công đoàn Trường"],
        photographers=["Quốc Việt"],
        summary=(
            "Sáng 19/11, Công đoàn cơ sở Trường Chính trị tỉnh Bến Tre tổ chức họp mặt kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        opts={
            "time": "11:02:00",
            "user": "admin",
            "feat": up(11, "nha-giao-cover.jpg"),
            "comments": [("Lê Minh Đức", "20/11/2026", "19:05", "Chúc mừng quý thầy cô!")],
        },
    ),
]

STORIES += [
    Story(
        7,
        "chuyen-doi-so-trong-hoat-dong-giang-day-tai-truong-chinh-tri-tinh",
        "Chuyển đổi số trong hoạt động giảng dạy tại Trường Chính trị tỉnh: thực trạng và giải pháp",
        "nghien-cuu-trao-doi",
        "2026-11-18",
        [
            P("Đặt vấn đề", "h2"),
            P(
                "Chuyển đổi số là xu thế tất yếu, tác động sâu sắc đến mọi lĩnh vực, trong đó có giáo dục "
                "lý luận chính trị. Nghị quyết số 57-NQ/TW của Bộ Chính trị xác định chuyển đổi số là "
                "đột phá quan trọng hàng đầu.",
                "j",
            ),
            P("Thực trạng", "h2"),
            P(
                "Đến nay, 100% giảng viên của Trường sử dụng bài giảng điện tử; Trường đã triển khai phần "
                "mềm quản lý đào tạo và thư viện số với hơn 3.200 đầu tài liệu.",
                "j",
            ),
            P(
                "Tuy vậy, hạ tầng công nghệ thông tin còn hạn chế, kỹ năng số của một bộ phận giảng viên "
                "chưa đáp ứng yêu cầu dạy học kết hợp trực tiếp và trực tuyến.",
                "j",
            ),
            P("Giải pháp", "h2"),
            P(
                "Một là, hoàn thiện hạ tầng số và học liệu số dùng chung; hai là, bồi dưỡng kỹ năng số cho "
                "giảng viên; ba là, đổi mới kiểm tra, đánh giá trên nền tảng số.",
                "j",
            ),
            Raw('<p style="text-align: right;"><strong>TS. Lê Văn Hùng - Phó Hiệu trưởng</strong></p>'),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Phạm Thị Mai Lan, Khoa Nhà nước và Pháp '
                "luật</strong></p>"
            ),
        ],
        authors=["Lê Văn Hùng", "Phạm Thị Mai Lan"],
        opts={"time": "08:00:00", "user": "admin", "feat": up(11, "chuyen-doi-so.jpg"), "toc": True},
    ),
    Story(
        8,
        "chi-bo-phong-quan-ly-dao-tao-sinh-hoat-chuyen-de-hoc-tap-va-lam-theo-bac",
        "Chi bộ Phòng Quản lý đào tạo sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh” năm 2026",
        "hoc-tap-va-lam-theo-bac",
        "2026-11-14",
        [
            P(
                "Ngày 13/11/2026, Chi bộ Phòng Quản lý đào tạo và Nghiên cứu khoa học tổ chức sinh hoạt "
                "chuyên đề với chủ đề “Nêu cao tinh thần trách nhiệm, phục vụ người học”."
            ),
            P(
                "Tại buổi sinh hoạt, đảng viên đã thảo luận, liên hệ bản thân về những việc làm cụ thể: "
                "đúng giờ, tận tụy, giải quyết kịp thời thủ tục cho học viên."
            ),
            P(
                "Mỗi người tốt, việc tốt là một bông hoa đẹp, cả dân tộc ta là một rừng hoa đẹp.",
                "quote",
            ),
            P(
                "Chi bộ thống nhất đăng ký 5 việc làm cụ thể trong năm 2027 và giao cho các đảng viên "
                "theo dõi, đánh giá hằng quý."
            ),
            byline_right("Tin: Bích Ngọc", bold=False),
        ],
        authors=["Bích Ngọc"],
        opts={
            "time": "16:45:00",
            "user": "bbt",
            "cats": ["tin-hoat-dong"],
            "feat": up(11, "sinh-hoat-chuyen-de.jpg"),
        },
    ),
    Story(
        9,
        "hoi-thao-chao-mung-ngay-thanh-lap-truong-ket-qua",
        "Hội thao chào mừng 45 năm Ngày thành lập Trường: trao giải 6 môn thi đấu",
        "tin-hoat-dong",
        "2026-11-12",
        [
            P(
                "Trong 3 ngày 09 - 11/11/2026, Công đoàn cơ sở phối hợp Đoàn Thanh niên Trường tổ chức "
                "Hội thao chào mừng 45 năm Ngày thành lập Trường (1981 - 2026)."
            ),
            P(
                "Hội thao có 6 môn: bóng chuyền hơi, cầu lông, bóng bàn, kéo co, cờ tướng và nhảy bao bố, "
                "thu hút 120 vận động viên là viên chức và học viên các lớp."
            ),
            P("Kết quả toàn đoàn:", "h3"),
            P("Hạng | Đơn vị | Điểm", "tr"),
            P("Nhất | Khoa Lý luận cơ sở | 42", "tr"),
            P("Nhì | Phòng Tổ chức - Hành chính | 37", "tr"),
            P("Ba | Lớp Trung cấp LLCT-HC K46 | 31", "tr"),
            Img(up(11, "hoi-thao-keo-co.jpg"), "Ảnh: Internet", None, "plainc"),
            P(
                "Ban Tổ chức đã trao cờ và giấy khen cho các đơn vị, cá nhân đạt giải.",
            ),
            byline_right("Đoàn Thanh niên Trường"),
        ],
        authors=["Đoàn Thanh niên Trường"],
        opts={"time": "14:10:00", "user": "admin", "feat": up(11, "hoi-thao-cover.jpg"), "yarpp": True},
    ),
    Story(
        10,
        "nang-cao-chat-luong-nghien-cuu-thuc-te-cua-hoc-vien",
        "Nâng cao chất lượng nghiên cứu thực tế của học viên các lớp trung cấp lý luận chính trị",
        "nghien-cuu-trao-doi",
        "2026-11-08",
        [
            Raw('<p style="text-align: right;"><em><strong>ThS. Trần Quốc Bảo</strong> - Khoa Lý luận cơ sở</em></p>'),
            P(
                "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình đào tạo trung cấp lý luận "
                "chính trị, giúp học viên gắn kiến thức lý luận với thực tiễn địa phương.",
                "j",
            ),
            P(
                "Theo Quy định số 09-QĐ/TW của Ban Bí thư, học viên phải viết thu hoạch sau mỗi đợt "
                "nghiên cứu thực tế và được đánh giá như một học phần.",
                "j",
            ),
            P(
                "Thực tế cho thấy, nhiều bài thu hoạch còn mang tính hình thức, sao chép báo cáo của cơ sở; "
                "địa bàn nghiên cứu chưa đa dạng.",
                "j",
            ),
            P(
                "Nghiên cứu thực tế không phải là đi tham quan, mà là đi để học, để hỏi và để trả lời "
                "những câu hỏi mà bài giảng đặt ra.",
                "quote",
            ),
            P(
                "Để nâng cao chất lượng, cần xây dựng đề cương nghiên cứu trước mỗi đợt, phân nhóm học "
                "viên theo chủ đề và tổ chức báo cáo, phản biện kết quả tại lớp.",
                "j",
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Tạp chí Giáo dục lý luận</em></p>'),
        ],
        authors=["Trần Quốc Bảo"],
        source="Tạp chí Giáo dục lý luận",
        opts={"time": "07:55:00", "user": "admin", "feat": up(11, "nghien-cuu-thuc-te.jpg")},
    ),
    Story(
        11,
        "boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        "Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        "tin-hoat-dong",
        "2026-11-05",
        [
            P(
                "Chiều 04/11, Bộ Chỉ huy Quân sự tỉnh phối hợp Trường Chính trị tỉnh Bến Tre bế giảng lớp "
                "bồi dưỡng kiến thức quốc phòng và an ninh cho 120 học viên đối tượng 4."
            ),
            P(
                "Qua 8 ngày học tập, học viên được truyền đạt 12 chuyên đề về đường lối quốc phòng, an "
                "ninh của Đảng, xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân."
            ),
            Img(up(11, "qpan-be-giang.jpg"), "Trao giấy chứng nhận cho học viên",
                "Trao giấy chứng nhận cho học viên", "fig"),
            P("Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 68% đạt loại giỏi."),
            byline_right("Tin: Ngọc Hân", bold=False),
        ],
        authors=["Ngọc Hân"],
        source="Báo Đồng Khởi",
        opts={
            "time": "18:30:00",
            "user": "bbt",
            "feat": up(11, "qpan-cover.jpg"),
            "via_source": ("Báo Đồng Khởi", "https://baodongkhoi.vn/be-giang-lop-qpan-doi-tuong-4"),
        },
    ),
    Story(
        12,
        "lich-hoc-lop-boi-duong-ngach-chuyen-vien-khoa-ii-nam-2026",
        "Lịch học lớp Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên khóa II năm 2026",
        "dao-tao-boi-duong",
        "2026-10-30",
        [
            P(
                "Phòng Quản lý đào tạo thông báo lịch học tuần đầu của lớp Bồi dưỡng kiến thức quản lý "
                "nhà nước ngạch chuyên viên khóa II năm 2026 như sau:"
            ),
            P("Ngày | Buổi | Chuyên đề | Giảng viên", "tr"),
            P("02/11/2026 | Sáng | Nhà nước trong hệ thống chính trị | ThS. Phạm Thị Mai Lan", "tr"),
            P("02/11/2026 | Chiều | Thể chế hành chính nhà nước | ThS. Võ Thành Nam", "tr"),
            P("03/11/2026 | Sáng | Kỹ năng soạn thảo văn bản | CN. Huỳnh Thị Diễm", "tr"),
            P(
                "Học viên có mặt lúc 7 giờ 15 phút tại Hội trường B, mang theo thẻ học viên và tài liệu "
                "đã được phát."
            ),
        ],
        opts={"time": "16:00:00", "user": "bbt", "file": "Lich-hoc-CV-khoa-II-2026.pdf"},
    ),
    Story(
        13,
        "tam-guong-binh-di-hoc-tap-va-lam-theo-bac-o-truong-chinh-tri-tinh",
        "Những tấm gương bình dị học tập và làm theo Bác ở Trường Chính trị tỉnh",
        "hoc-tap-va-lam-theo-bac",
        "2026-10-15",
        [
            P(
                "Không ồn ào, những việc làm nhỏ mà ý nghĩa của viên chức Trường Chính trị tỉnh Bến Tre "
                "đã góp phần lan tỏa phong trào học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
                "Chí Minh."
            ),
            P(
                "Cô Huỳnh Thị Diễm, chuyên viên thư viện, hơn 10 năm qua lặng lẽ sưu tầm, số hóa hơn 600 "
                "đầu sách về Bác để phục vụ học viên."
            ),
            Img(up(10, "thu-vien-so.jpg"), "Cô Huỳnh Thị Diễm hướng dẫn học viên tra cứu tài liệu",
                "Cô Huỳnh Thị Diễm hướng dẫn học viên tra cứu tài liệu", "emc"),
            P(
                "Anh Võ Văn Tài, nhân viên bảo vệ, nhiều lần trả lại tài sản đánh rơi cho học viên và "
                "tham gia hiến máu tình nguyện 15 lần."
            ),
            P(
                "Những tấm gương ấy cho thấy học Bác không phải điều gì xa xôi, mà bắt đầu từ chính công "
                "việc hằng ngày của mỗi người."
            ),
        ],
        authors=["Lê Thị Kim Ngân"],
        opts={"time": "09:00:00", "user": "kimngan", "cats": ["tin-hoat-dong"], "feat": up(10, "guong-sang.jpg")},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
#: newest first (the lists of WordPress: date desc)
LATEST = sorted(STORIES, key=lambda s: (s.published_at, s.opts["time"]), reverse=True)


def cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("cats", [])]


def in_category(key: str) -> list[Story]:
    return [s for s in LATEST if key in cats_of(s)]


def post_path(story: Story) -> str:
    return f"/{story.slug}.html"


def _comment_ids(story: Story) -> list[int]:
    return [story.id * 100 + i + 1 for i in range(len(story.opts.get("comments", [])))]


def _gold(story: Story) -> dict:
    path = post_path(story)
    alts = [f"{path}/print/"] + [f"{path}?replytocom={c}" for c in _comment_ids(story)]
    record = gold_record(story, path, CATEGORIES[story.cat], alt_paths=alts)
    if story.opts.get("feat"):
        record["images"].insert(0, {"path": story.opts["feat"], "caption": story.opts.get("feat_cap")})
    return record


GOLD = [_gold(s) for s in STORIES]

ATTACHMENT = (STORIES[0], "hoi-thi-gv-1")
DOCUMENT = "quyet-dinh-chieu-sinh-lop-trung-cap-llct-hc-khoa-48"
NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    f"/van-ban/{DOCUMENT}.html",
    f"{post_path(ATTACHMENT[0])}/attachment/{ATTACHMENT[1]}/",
    "/category/tin-hoat-dong/page/2/",
    "/author/admin/",
]


# --- printing -------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
LAZY_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="


def dmy(story: Story) -> str:
    y, m, d = story.published_at.split("-")
    return f"{d}/{m}/{y}"


def newsmag_datetime(story: Story) -> str:
    """Newsmag's ``date(DATE_W3C, get_the_time('U'))``: the local clock labelled +00:00."""
    return f"{story.published_at}T{story.opts['time']}+00:00"


def yoast_utc(story: Story) -> str:
    """Yoast's article:published_time: the true UTC instant (local time minus 7 hours)."""
    import datetime as _dt

    local = _dt.datetime.fromisoformat(f"{story.published_at}T{story.opts['time']}")
    return (local - _dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def excerpt(story: Story, words: int = 24) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P) and b.style not in ("h2", "h3"))
    text_ = story.summary if story.summary else first
    parts = text_.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def thumb(story: Story) -> str:
    feat = story.opts.get("feat") or "/wp-content/themes/Newsmag/images/no-thumb/td_100x70.png"
    return feat.replace(".jpg", "-218x150.jpg") if feat.endswith(".jpg") else feat


def _img_tag(img: Img, n: int) -> str:
    alt = esc(img.caption or "")
    base = img.src[: -len(".jpg")]
    return (
        f'<img decoding="async" class="aligncenter size-full wp-image-{n}" src="{img.src}" '
        f'alt="{alt}" width="800" height="533" srcset="{img.src} 800w, {base}-300x200.jpg 300w, '
        f'{base}-768x512.jpg 768w" sizes="(max-width: 800px) 100vw, 800px">'
    )


def render_img(img: Img, story: Story, n: int) -> str:
    att = f"{post_path(story)}/attachment/{img.src.rsplit('/', 1)[1][:-4]}/"
    cap = esc(img.printed) if img.printed else ""
    if img.style == "wpcap":
        return (
            f'<div id="attachment_{n}" style="width: 810px" class="wp-caption aligncenter">'
            f'<a href="{att}" rel="attachment wp-att-{n}">{_img_tag(img, n)}</a>'
            f'<p id="caption-attachment-{n}" class="wp-caption-text">{cap}</p></div>'
        )
    if img.style == "fig":
        return (
            f'<figure id="attachment_{n}" aria-describedby="caption-attachment-{n}" '
            f'style="width: 800px" class="wp-caption aligncenter">{_img_tag(img, n)}'
            f'<figcaption id="caption-attachment-{n}" class="wp-caption-text">{cap}</figcaption></figure>'
        )
    if img.style == "gb":
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" src="{img.src}" alt="" '
            f'class="wp-image-{n}"><figcaption class="wp-element-caption">{cap}</figcaption></figure>'
        )
    if img.style == "emc":
        return (
            f'<p style="text-align: center;">{_img_tag(img, n)}</p>\n'
            f'<p style="text-align: center;"><em>{cap}</em></p>'
        )
    if img.style == "plainc":
        return f'<p style="text-align: center;">{_img_tag(img, n)}</p>\n<p style="text-align: center;">{cap}</p>'
    if img.style == "lazy":
        tag = (
            f'<img decoding="async" class="lazy lazy-hidden aligncenter wp-image-{n}" src="{LAZY_GIF}" '
            f'data-lazy-type="image" data-src="{img.src}" alt="" width="800" height="533">'
            f'<noscript><img class="aligncenter wp-image-{n}" src="{img.src}" alt="" width="800" '
            f'height="533"></noscript>'
        )
        out = f'<p style="text-align: center;">{tag}</p>'
        if img.printed:
            out += f'\n<p style="text-align: center;"><span style="font-size: 10pt;">{cap}</span></p>'
        return out
    return f"<p>{_img_tag(img, n)}</p>"


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = list(story.blocks)
    i, n = 0, story.id * 1000
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            n += 1
            out.append(render_img(b, story, n))
        elif b.style in ("li", "oli", "tr", "br"):
            run = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                run.append(blocks[i])
            if b.style == "br":
                out.append("<p>" + "<br>\n".join(esc(p.text) for p in run) + "</p>")
            elif b.style == "tr":
                rows = []
                for k, p in enumerate(run):
                    cell = "th" if k == 0 else "td"
                    rows.append(
                        "<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>"
                    )
                out.append(
                    '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>'
                    + "\n".join(rows)
                    + "</tbody></table></figure>"
                )
            else:
                tag = "ul" if b.style == "li" else "ol"
                out.append(f"<{tag}>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + f"</{tag}>")
        elif b.style in ("h2", "h3"):
            hid = re.sub(r"[^a-z0-9]+", "_", b.text.lower())[:30] or "h"
            out.append(f'<{b.style}><span class="ez-toc-section" id="{hid}"></span>{esc(b.text)}</{b.style}>')
        elif b.style == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p><em>{esc(b.text)}</em></p></blockquote>')
        elif b.style == "j":
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    return "\n".join(out)


def toc(story: Story) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    items = "".join(
        f'<li class="ez-toc-page-1"><a class="ez-toc-link" href="#{re.sub(r"[^a-z0-9]+", "_", h.lower())[:30]}">'
        f"{esc(h)}</a></li>"
        for h in heads
    )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-grey">'
        '<div class="ez-toc-title-container"><p class="ez-toc-title">Mục lục</p>'
        '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-toggle" aria-label="Ẩn/Hiện">'
        "<span>ẩn</span></a></span></div>"
        f'<nav><ul class="ez-toc-list ez-toc-list-level-1">{items}</ul></nav></div>'
    )


def related(story: Story, k: int = 3) -> list[Story]:
    return [s for s in in_category(story.cat) if s is not story][:k]


# --- page chrome ----------------------------------------------------------------------------


def menu() -> str:
    sub = "".join(
        f'<li class="menu-item menu-item-type-taxonomy"><a href="/category/{key}/">{esc(name)}</a></li>'
        for key, name in list(CATEGORIES.items())[:3]
    )
    return (
        '<div class="td-header-menu-wrap"><div id="td-header-menu" role="navigation">'
        '<ul id="menu-main-menu" class="sf-menu">'
        '<li class="menu-item current-menu-item"><a href="/"><i class="td-icon-home"></i> Trang chủ</a></li>'
        '<li class="menu-item"><a href="/gioi-thieu.html">Giới thiệu</a></li>'
        '<li class="menu-item menu-item-has-children td-menu-item td-normal-menu"><a href="#">Tin tức</a>'
        f'<ul class="sub-menu">{sub}</ul></li>'
        f'<li class="menu-item"><a href="/van-ban/{DOCUMENT}.html">Văn bản</a></li>'
        '<li class="menu-item"><a href="/lien-he.html">Liên hệ</a></li>'
        "</ul></div></div>"
    )


def sidebar() -> str:
    most = "".join(
        f'<div class="td_module_6 td_module_wrap"><div class="td-module-thumb"><a href="{post_path(s)}">'
        f'<img class="entry-thumb" src="{thumb(s)}" alt=""></a></div><div class="item-details">'
        f'<h3 class="entry-title td-module-title"><a href="{post_path(s)}">{esc(s.title)}</a></h3>'
        f'<div class="td-module-meta-info"><span class="td-post-date">{dmy(s)}</span></div></div></div>'
        for s in (BY_ID[1], BY_ID[3], BY_ID[5], BY_ID[6])
    )
    return f"""<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>Đọc nhiều</span></h4>{most}</div>
<aside class="widget widget_media_image"><a href="/category/hoc-tap-va-lam-theo-bac/">
<img width="300" height="120" src="/wp-content/uploads/2026/01/banner-hoc-tap-lam-theo-bac.jpg"
 class="image wp-image-88 attachment-full size-full" alt="" style="max-width: 100%; height: auto;"></a></aside>
<aside class="widget widget_recent_entries"><div class="block-title"><span>Văn bản mới</span></div>
<ul><li><a href="/van-ban/{DOCUMENT}.html">Quyết định chiêu sinh lớp Trung cấp LLCT-HC khóa 48</a>
<span class="post-date">02/12/2026</span></li></ul></aside>
<aside class="widget widget_polls-widget"><div class="block-title"><span>Thăm dò ý kiến</span></div>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về Trang thông tin điện tử của Trường?</strong></p>
<ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-7" name="poll_3" value="7"><label for="poll-answer-7">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-8" name="poll_3" value="8"><label for="poll-answer-8">Hữu ích</label></li>
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9"><label for="poll-answer-9">Cần cải thiện</label></li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="Bình chọn" class="Buttons"></p></form></div></aside>
<aside class="widget widget_counter"><div class="block-title"><span>Thống kê truy cập</span></div>
<ul class="wpsc-counter"><li>Đang online: <b>17</b></li><li>Hôm nay: <b>412</b></li>
<li>Hôm qua: <b>598</b></li><li>Tổng truy cập: <b>1.284.907</b></li></ul></aside>
<aside class="widget widget_links"><div class="block-title"><span>Liên kết</span></div>
<select onchange="window.open(this.value)"><option>-- Liên kết website --</option>
<option value="https://www.bentre.gov.vn">Cổng TTĐT tỉnh Bến Tre</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option></select>
<ul><li><a href="https://baodongkhoi.vn" target="_blank" rel="noopener">Báo Đồng Khởi</a></li>
<li><a href="https://tuyengiao.vn" target="_blank" rel="noopener">Tạp chí Tuyên giáo</a></li></ul></aside>
</div></div>"""


def page(title_tag: str, main: str, *, head: str = "", body_class: str = "", ticker: str = "") -> Response:
    doc = f"""<!doctype html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<title>{esc(title_tag)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="index, follow, max-image-preview:large">
{head}
<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newsmag/style.css?ver=5.4.2" type="text/css" media="all">
<link rel="icon" href="/wp-content/uploads/2026/01/favicon.png" sizes="32x32">
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</head>
<body class="{body_class} global-block-template-1 td-newsmag-magazine">
<div id="td-outer-wrap"><div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full"><div class="td-container td-header-row td-header-top-menu">
<div class="td-header-sp-top-menu"><div class="td_data_time"><div>{TODAY}</div></div>
<div class="menu-top-container"><ul id="menu-top" class="top-header-menu">
<li class="menu-item"><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li class="menu-item"><a href="/lien-he.html">Liên hệ</a></li>
<li class="menu-item"><a href="/wp-login.php" rel="nofollow">Đăng nhập</a></li></ul></div></div>
<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank"
 href="https://www.facebook.com/truongchinhtribentre"><i class="td-icon-font td-icon-facebook"></i></a></span></div>
</div></div>
<div class="td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="/">
<img src="/wp-content/uploads/2026/01/logo-tct-ben-tre.png" alt="{SITE}" title="{SITE}"></a></div>
<div class="td-header-sp-rec"><div class="td-header-ad-wrap"><img src="/wp-content/uploads/2026/01/banner-chao-mung-dai-hoi.jpg" alt=""></div></div></div>
{menu()}
<div class="td-search-wrapper"><form method="get" class="td-search-form" action="/"><input class="needsclick td-widget-search-input" type="text" value="" name="s" placeholder="Tìm kiếm"><input class="wpb_button" type="submit" value="Tìm kiếm"></form></div>
</div>
{ticker}
<div class="td-main-content-wrap td-container"><div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main">{main}</div>
{sidebar()}
</div></div>
<div class="td-footer-wrap"><div class="td-container"><div class="td-footer-info">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE</strong></p>
<p>Địa chỉ: Số 28 đường Đồng Khởi, phường An Hội, tỉnh Bến Tre</p>
<p>Điện thoại: 0275 3822 145 - Fax: 0275 3822 146 - Email: truongchinhtri@bentre.gov.vn</p>
<p>Chịu trách nhiệm nội dung: TS. Nguyễn Văn Bình - Hiệu trưởng</p></div></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">© Bản quyền thuộc về {SITE}. Thiết kế bởi tagDiv.</div></div></div>
</div>
<script type="text/javascript" src="/wp-content/themes/Newsmag/js/tagdiv_theme.min.js?ver=5.4.2"></script>
</body></html>"""
    return html(doc)


def crumbs(parts: list[tuple[str, str | None]]) -> str:
    out = ['<span><a title="" class="entry-crumb" href="/">Trang chủ</a></span>']
    for label, href in parts:
        out.append('<i class="td-icon-right td-bread-sep"></i>')
        out.append(
            f'<span><a title="Xem tất cả bài viết trong {esc(label)}" class="entry-crumb" href="{href}">{esc(label)}</a></span>'
            if href
            else f'<span class="td-bred-no-url-last">{esc(label)}</span>'
        )
    return f'<div class="td-crumb-container"><div class="entry-crumbs">{" ".join(out)}</div></div>'


# --- the single post ------------------------------------------------------------------------


def comments_html(story: Story) -> str:
    items = []
    for cid, (name, day, clock, said) in zip(_comment_ids(story), story.opts.get("comments", []), strict=True):
        items.append(
            f'<li class="comment" id="li-comment-{cid}"><article><footer>'
            '<img alt="" src="/wp-content/themes/Newsmag/images/avatar.png" class="avatar avatar-50 photo">'
            f'<cite>{esc(name)}</cite><a class="comment-link" href="#comment-{cid}">'
            f'<time pubdate="{day}">{day} lúc {clock}</time></a></footer>'
            f'<div class="comment-content"><p>{esc(said)}</p></div>'
            f'<div class="comment-meta" id="comment-{cid}"><a rel="nofollow" class="comment-reply-link" '
            f'href="{post_path(story)}?replytocom={cid}#respond" data-commentid="{cid}">Trả lời</a></div>'
            "</article></li>"
        )
    count = len(items)
    listed = (
        f'<div class="td-comments-title-wrap"><h4 class="block-title"><span>{count} BÌNH LUẬN</span></h4></div>'
        f'<ol class="comment-list">{"".join(items)}</ol>'
        if items
        else ""
    )
    return f"""<div class="comments" id="comments">{listed}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
<div class="td-comments-title-wrap"><h4 class="block-title"><span>BÌNH LUẬN</span></h4></div></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment">
<textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea>
<div class="td-warning-comment">Vui lòng nhập bình luận!</div></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30" aria-required="true"></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required="true"></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận">
<input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID"></p></form></div></div>"""


def share_bar(story: Story, where: str) -> str:
    url = quote(f"http://truongchinhtri.bentre.gov.vn{post_path(story)}", safe="")
    return (
        f'<div class="td-post-sharing td-post-sharing-{where}"><span class="td-post-share-title">Chia sẻ</span>'
        f'<a class="td-social-sharing-buttons td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}" '
        'onclick="window.open(this.href,\'mywin\',\'left=50,top=50,width=600,height=350\'); return false;">'
        '<i class="td-icon-facebook"></i><div class="td-social-but-text">Facebook</div></a>'
        f'<a class="td-social-sharing-buttons td-social-zalo" href="https://sp.zalo.me/share_inline?u={url}">Zalo</a>'
        f'<a class="td-social-sharing-buttons td-social-twitter" href="https://twitter.com/intent/tweet?url={url}">Twitter</a>'
        f'<a class="td-social-sharing-buttons td-social-print" href="{post_path(story)}/print/" rel="nofollow" title="In bài viết">'
        '<i class="td-icon-print"></i> In bài</a>'
        f'<a class="td-social-sharing-buttons td-social-mail" href="mailto:?subject={quote(story.title)}&amp;body={url}">'
        '<i class="td-icon-mail-1"></i> Email</a></div>'
    )


def post_page(story: Story) -> Response:
    user = story.opts["user"]
    cats = cats_of(story)
    labels = "".join(
        f'<li class="entry-category"><a href="/category/{c}/">{esc(CATEGORIES[c])}</a></li>' for c in cats
    )
    sub = f'<p class="td-post-sub-title">{esc(story.summary)}</p>' if story.sapo_outside else ""
    feat = ""
    if story.opts.get("feat"):
        cap = story.opts.get("feat_cap")
        feat = (
            f'<div class="td-post-featured-image"><figure><a href="{story.opts["feat"]}" data-caption="{esc(cap or "")}">'
            f'<img width="640" height="427" class="entry-thumb td-modal-image" src="{story.opts["feat"]}" alt="" '
            f'title="{esc(story.slug[:20])}"></a>'
            + (f'<figcaption class="wp-caption-text">{esc(cap)}</figcaption>' if cap else "")
            + "</figure></div>"
        )
    inner = render_blocks(story)
    if story.opts.get("toc"):
        inner = toc(story) + "\n" + inner
    if story.opts.get("file"):
        name = story.opts["file"]
        inner += (
            f'\n<div class="wp-block-file"><a id="wp-block-file--media-{story.id}" href="{up(10, name)}">'
            f'{esc(name[:-4])}</a><a href="{up(10, name)}" class="wp-block-file__button wp-element-button" '
            f'download aria-describedby="wp-block-file--media-{story.id}">Tải xuống</a></div>'
        )
    if story.opts.get("yarpp"):
        rel = "".join(f'<li><a href="{post_path(s)}" rel="bookmark">{esc(s.title)}</a></li>' for s in related(story))
        inner += f"\n<div class='yarpp yarpp-related yarpp-template-list'><h3>Bài viết liên quan:</h3><ol>{rel}</ol></div>"
    inner += (
        f'\n<div class="post-views content-post post-{story.id} entry-meta"><span class="post-views-icon dashicons '
        f'dashicons-chart-bar"></span><span class="post-views-label">Lượt xem: </span>'
        f'<span class="post-views-count">{story.views():,}</span></div>'.replace(",", ".")
    )
    inner += (
        '\n<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
        '<h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook">'
        '<a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="#" target="_blank">'
        "<span>Facebook</span></a></li></ul></div></div></div>"
    )
    source_box = ""
    if story.opts.get("via_source"):
        name, url = story.opts["via_source"]
        source_box = (
            '<div class="td-post-source-via"><div class="td-post-small-box"><span>NGUỒN</span>'
            f'<a rel="nofollow" href="{url}">{esc(name)}</a></div></div>'
        )
    tags = "".join(f'<li><a href="/tag/{quote(t.lower())}/">{esc(t)}</a></li>' for t in story.opts.get("tags", []))
    tags_box = f'<ul class="td-tags td-post-small-box clearfix"><li><span>TỪ KHÓA</span></li>{tags}</ul>' if tags else ""
    idx = LATEST.index(story)
    older = LATEST[idx + 1] if idx + 1 < len(LATEST) else None
    newer = LATEST[idx - 1] if idx > 0 else None
    nav = '<div class="td-block-row td-post-next-prev">'
    if older:
        nav += f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="{post_path(older)}">{esc(older.title)}</a></div></div>'
    if newer:
        nav += f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài sau</span><a href="{post_path(newer)}">{esc(newer.title)}</a></div></div>'
    nav += "</div>"
    rel_block = "".join(
        f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts">'
        f'<div class="td-module-image"><div class="td-module-thumb"><a href="{post_path(s)}" rel="bookmark" title="{esc(s.title)}">'
        f'<img class="entry-thumb" src="{thumb(s)}" alt=""></a></div></div><div class="item-details">'
        f'<h3 class="entry-title td-module-title"><a href="{post_path(s)}" rel="bookmark">{esc(s.title)}</a></h3>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{newsmag_datetime(s)}">{dmy(s)}</time></span>'
        "</div></div></div>"
        for s in related(story)
    )
    main = f"""{crumbs([(CATEGORIES[story.cat], f"/category/{story.cat}/"), (story.title, None)])}
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header td-pb-padding-side">
<ul class="td-category">{labels}</ul>
<header class="td-post-title">
<h1 class="entry-title">{esc(story.title)}</h1>
{sub}
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="/author/{user}/">{esc(USERS[user])}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{newsmag_datetime(story)}">{dmy(story)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{story.id}">{story.views()}</span></div>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>{len(story.opts.get("comments", []))}</a></div>
</div>
</header>
</div>
{share_bar(story, "top")}
<div class="td-post-content td-pb-padding-side">
{feat}
{inner}
</div>
<footer>
{source_box}
<div class="td-post-source-tags td-pb-padding-side">{tags_box}</div>
{share_bar(story, "bottom")}
{nav}
<div class="author-box-wrap"><a href="/author/{user}/"><img alt="" src="/wp-content/uploads/avatars/{user}-96x96.png" class="avatar avatar-96 photo" height="96" width="96"></a>
<div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/{user}/">{esc(USERS[user])}</a></span></div>
<div class="td-author-description">{esc(USER_DESC[user])}</div><div class="clearfix"></div></div></div>
<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{esc(USERS[user])}"></span>
<meta itemprop="datePublished" content="{newsmag_datetime(story)}">
</footer>
</article>
<div class="td_block_wrap td_block_related_posts td_with_ajax_pagination td-pb-border-top td_block_template_1">
<h4 class="td-related-title"><a id="related-posts" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="td_uid_3" href="#">BÀI VIẾT LIÊN QUAN</a>
<a class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="td_uid_3" href="#">CÙNG TÁC GIẢ</a></h4>
<div class="td_block_inner"><div class="td-related-row">{rel_block}</div></div></div>
{comments_html(story)}"""
    seo = story.opts.get("seo", story.title)
    head = f"""<meta name="description" content="{esc(excerpt(story, 30))}">
<link rel="canonical" href="{post_path(story)}">
<link rel="shortlink" href="/?p={story.id}">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(seo)}">
<meta property="og:description" content="{esc(excerpt(story, 30))}">
<meta property="og:url" content="{post_path(story)}">
<meta property="og:site_name" content="{SITE}">
<meta property="article:section" content="{esc(CATEGORIES[cats[-1]])}">
<meta property="article:published_time" content="{yoast_utc(story)}">
<meta property="article:modified_time" content="{yoast_utc(story)}">
<meta name="author" content="{esc(USERS[user])}">"""
    return page(f"{seo} - {SITE}", main, head=head, body_class=f"post-template-default single single-post postid-{story.id}")


def print_page(story: Story) -> Response:
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>{esc(SITE)} &raquo; In bài &raquo; {esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow"><link rel="stylesheet" href="/wp-content/plugins/wp-print/css/print-css.css" media="screen, print"></head>
<body><p style="text-align: center;"><strong>- {esc(SITE)} - https://truongchinhtri.bentre.gov.vn -</strong></p>
<div class="Center"><div id="Outline">
<p id="BlogTitle">{esc(story.title)}</p>
<p id="BlogDate">Bởi <u>{esc(USERS[story.opts["user"]])}</u> vào {dmy(story)} trong mục {esc(CATEGORIES[story.cat])}</p>
<div id="BlogContent">{f"<p><strong>{esc(story.summary)}</strong></p>" if story.sapo_outside else ""}
{render_blocks(story)}</div></div>
<p style="text-align: left;">URL của bài viết: <strong dir="ltr">http://truongchinhtri.bentre.gov.vn{post_path(story)}</strong></p>
<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;" title="Nhấn vào đây để in.">Nhấn vào đây để in.</a></p>
<p style="text-align: center;">Bản quyền &copy; 2026 {esc(SITE)}.</p></div></body></html>"""
    return html(doc)


# --- listings and the home page -------------------------------------------------------------


def module_item(story: Story, cls: str = "td_module_1") -> str:
    cat = story.cat
    return (
        f'<div class="{cls} td_module_wrap td-animation-stack"><div class="td-module-image">'
        f'<div class="td-module-thumb"><a href="{post_path(story)}" rel="bookmark" title="{esc(story.title)}">'
        f'<img width="218" height="150" class="entry-thumb" src="{thumb(story)}" alt=""></a></div>'
        f'<a href="/category/{cat}/" class="td-post-category">{esc(CATEGORIES[cat])}</a></div>'
        f'<h3 class="entry-title td-module-title"><a href="{post_path(story)}" rel="bookmark">{esc(story.title)}</a></h3>'
        f'<div class="td-module-meta-info"><span class="td-post-author-name"><a href="/author/{story.opts["user"]}/">'
        f'{esc(USERS[story.opts["user"]])}</a> <span>-</span> </span><span class="td-post-date">'
        f'<time class="entry-date updated td-module-date" datetime="{newsmag_datetime(story)}">{dmy(story)}</time></span>'
        f'<div class="td-module-comments"><a href="{post_path(story)}#respond">{len(story.opts.get("comments", []))}</a></div></div>'
        f'<div class="td-excerpt">{esc(excerpt(story))}</div></div>'
    )


def page_nav(base: str, current: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return f"{base}page/{n}/"

    parts = ['<div class="page-nav td-pb-padding-side">']
    if current > 1:
        parts.append(f'<a href="{href(current - 1)}"><i class="td-icon-menu-left"></i></a>')
    for n in range(1, total + 1):
        parts.append(
            f'<span class="current">{n}</span>' if n == current else f'<a href="{href(n)}" class="page" title="{n}">{n}</a>'
        )
    if current < total:
        parts.append(f'<a href="{href(current + 1)}"><i class="td-icon-menu-right"></i></a>')
    parts.append(f'<span class="pages">Trang {current} / {total}</span><div class="clearfix"></div></div>')
    return "".join(parts)


def pages_of(items: list[Story]) -> int:
    return max(1, -(-len(items) // PER_PAGE))


def category_page(key: str, n: int) -> Response | None:
    items = in_category(key)
    total = pages_of(items)
    if n > total:
        return None
    chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
    name = CATEGORIES[key]
    main = (
        crumbs([(name, None)])
        + f'<div class="td-category-header"><h1 class="entry-title td-page-title"><span>{esc(name)}</span></h1></div>'
        + '<div class="td-ss-main-content">'
        + "".join(module_item(s) for s in chunk)
        + "</div>"
        + page_nav(f"/category/{key}/", n, total)
    )
    suffix = f" - Trang {n}" if n > 1 else ""
    return page(f"Lưu trữ {name}{suffix} - {SITE}", main, body_class=f"archive category category-{key}")


def ticker() -> str:
    items = "".join(
        f'<div class="td-trending-now-post" data-slide-id="{i}"><a class="entry-title" href="{post_path(s)}">{esc(s.title)}</a></div>'
        for i, s in enumerate(LATEST[:5])
    )
    return (
        '<div class="td-container"><div class="td_block_trending_now"><div class="td-trending-now-wrapper">'
        f'<div class="td-trending-now-title">Tin mới</div><span class="td-trending-now-date">{TODAY}</span>'
        f'<div class="td-trending-now-display-area">{items}</div>'
        '<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page"><i class="td-icon-menu-left"></i></a>'
        '<a href="#" class="td-ajax-next-page"><i class="td-icon-menu-right"></i></a></div></div></div></div>'
    )


def home(n: int) -> Response | None:
    total = pages_of(LATEST)
    if n > total:
        return None
    latest = "".join(module_item(s, "td_module_4") for s in LATEST[(n - 1) * PER_PAGE : n * PER_PAGE])
    latest_block = (
        '<div class="td_block_wrap td_block_latest"><h4 class="block-title"><span>Tin mới nhất</span></h4>'
        f'<div class="td_block_inner">{latest}</div></div>' + page_nav("/", n, total)
    )
    if n > 1:
        return page(f"{SITE} - Trang {n}", latest_block, body_class=f"home blog paged paged-{n}")
    grid = "".join(
        f'<div class="td_module_mx{1 if i == 0 else 2} td-big-grid-post-{i} td-big-grid-post">'
        f'<div class="td-module-thumb"><a href="{post_path(s)}" rel="bookmark" title="{esc(s.title)}">'
        f'<img class="entry-thumb" src="{s.opts.get("feat", "")}" alt=""></a></div>'
        f'<div class="td-meta-info-container"><div class="td-meta-align"><div class="td-big-grid-meta">'
        f'<a href="/category/{s.cat}/" class="td-post-category">{esc(CATEGORIES[s.cat])}</a>'
        f'<h3 class="entry-title td-module-title"><a href="{post_path(s)}" rel="bookmark">{esc(s.title)}</a></h3>'
        "</div></div></div></div>"
        for i, s in enumerate(LATEST[:4])
    )
    tabs = "".join(
        f'<a class="td-subcat-link" id="td_uid_7_{k}" data-td_filter_value="{k}" data-td_block_id="td_uid_7" href="#">{esc(name)}</a>'
        for k, name in [("", "Tất cả"), *list(CATEGORIES.items())[1:3]]
    )
    first_tab = "".join(module_item(s, "td_module_2") for s in in_category("tin-hoat-dong")[:5])
    research = "".join(module_item(s, "td_module_6") for s in in_category("nghien-cuu-trao-doi")[:3])
    main = f"""<div class="td_block_wrap td_block_big_grid td-grid-style-1"><div class="td-big-grid-wrapper">{grid}</div></div>
<div class="td_block_wrap td_block_1 td_with_ajax_pagination"><div class="td-block-title-wrap">
<h4 class="block-title"><a href="/category/tin-hoat-dong/" class="td-pulldown-size">Tin hoạt động</a></h4>
<div class="td-wrapper-pulldown-filter"><div class="td-pulldown-filter-display-option"><span>Xem thêm</span></div>
<ul class="td-pulldown-filter-list">{tabs}</ul></div></div>
<div id="td_uid_7" class="td_block_inner">{first_tab}</div>
<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" data-td_block_id="td_uid_7"><i class="td-icon-font td-icon-menu-left"></i></a>
<a href="#" class="td-ajax-next-page" data-td_block_id="td_uid_7"><i class="td-icon-font td-icon-menu-right"></i></a></div></div>
<div class="td_block_wrap td_block_2"><h4 class="block-title"><a href="/category/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a></h4>
<div class="td_block_inner">{research}</div>
<div class="td-load-more-wrap"><a href="#" class="td_ajax_load_more td_ajax_load_more_js" data-td_block_id="td_uid_8">Tải thêm<i class="td-icon-font td-icon-menu-down"></i></a></div></div>
{latest_block}"""
    head = (
        '<meta name="description" content="Trang thông tin điện tử Trường Chính trị tỉnh Bến Tre">'
        '<link rel="canonical" href="/"><meta property="og:type" content="website">'
    )
    return page(f"{SITE} - Trang thông tin điện tử", main, head=head, body_class="home blog", ticker=ticker())


# --- look-alikes ----------------------------------------------------------------------------

STATIC = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Trường Chính trị tỉnh Bến Tre được thành lập năm 1981, là cơ sở đào tạo, bồi dưỡng cán bộ "
            "lãnh đạo, quản lý của hệ thống chính trị tỉnh.",
            "Trường có 4 khoa chuyên môn, 2 phòng chức năng với 58 viên chức, người lao động.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Trường Chính trị tỉnh Bến Tre",
            "Địa chỉ: Số 28 đường Đồng Khởi, phường An Hội, tỉnh Bến Tre",
            "Điện thoại: 0275 3822 145 - Email: truongchinhtri@bentre.gov.vn",
        ],
    ),
}


def static_page(slug: str) -> Response:
    title, paras = STATIC[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    if slug == "lien-he":
        body += (
            '<div class="wpcf7"><form action="/lien-he.html#wpcf7-f5-p12-o1" method="post" class="wpcf7-form">'
            '<p><label>Họ tên<br><input type="text" name="your-name" size="40"></label></p>'
            '<p><label>Nội dung<br><textarea name="your-message" cols="40" rows="10"></textarea></label></p>'
            '<p><input type="submit" value="Gửi" class="wpcf7-submit"></p></form></div>'
        )
    main = (
        crumbs([(title, None)])
        + f'<div class="td-page-header td-pb-padding-side"><h1 class="entry-title td-page-title"><span>{esc(title)}</span></h1></div>'
        + f'<div class="td-page-content td-pb-padding-side">{body}</div>'
    )
    return page(f"{title} - {SITE}", main, body_class="page-template-default page")


def document_page() -> Response:
    title = "Quyết định về việc chiêu sinh lớp Trung cấp lý luận chính trị - hành chính khóa 48"
    pdf = up(12, "QD-chieu-sinh-K48.pdf")
    main = (
        crumbs([("Văn bản", None), (title, None)])
        + f'<article class="van_ban type-van_ban"><div class="td-post-header td-pb-padding-side"><header class="td-post-title">'
        f'<h1 class="entry-title">{esc(title)}</h1><div class="td-module-meta-info"><span class="td-post-date">'
        '<time class="entry-date updated td-module-date" datetime="2026-12-02T08:00:00+00:00">02/12/2026</time></span></div>'
        '</header></div><div class="td-post-content td-pb-padding-side"><table class="vb-info">'
        "<tr><th>Số ký hiệu</th><td>215/QĐ-TCT</td></tr><tr><th>Ngày ban hành</th><td>01/12/2026</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Trường Chính trị tỉnh Bến Tre</td></tr>"
        "<tr><th>Trích yếu</th><td>Chiêu sinh lớp Trung cấp LLCT-HC khóa 48 hệ không tập trung</td></tr></table>"
        f'<p><a class="vb-download" href="{pdf}">Tải văn bản (PDF, 312 KB)</a></p></div></article>'
    )
    return page(f"{title} - {SITE}", main, body_class="single single-van_ban")


def attachment_page(story: Story, name: str) -> Response:
    src = next(b.src for b in story.images if b.src.endswith(f"/{name}.jpg"))
    main = (
        crumbs([(story.title, post_path(story)), (name, None)])
        + f'<article class="attachment type-attachment"><div class="td-post-header td-pb-padding-side"><header class="td-post-title">'
        f'<h1 class="entry-title">{esc(name)}</h1><div class="td-module-meta-info"><span class="td-post-date">'
        f'<time class="entry-date updated td-module-date" datetime="{newsmag_datetime(story)}">{dmy(story)}</time></span></div></header></div>'
        f'<div class="td-post-content td-pb-padding-side"><div class="entry-attachment"><a href="{src}">'
        f'<img width="800" height="533" src="{src}" class="attachment-full size-full" alt=""></a></div>'
        f'<p class="attachment"><a href="{src}">{esc(name)}</a></p></div>'
        f'<div class="td-post-next-prev"><a href="{post_path(story)}">Quay lại bài viết: {esc(story.title)}</a></div></article>'
    )
    return page(f"{name} - {SITE}", main, body_class="attachment attachment-template-default single")


def author_page(login: str) -> Response:
    items = [s for s in LATEST if s.opts["user"] == login][:PER_PAGE]
    main = (
        crumbs([("Tác giả", None), (USERS[login], None)])
        + f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(USERS[login])}</span></h1></div>'
        + "".join(module_item(s) for s in items)
    )
    return page(f"{USERS[login]}, Tác giả tại {SITE}", main, body_class=f"archive author author-{login}")


# --- routing --------------------------------------------------------------------------------


class NewsmagSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            if "p" in params and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return redirect(post_path(BY_ID[int(params["p"])]), 301)
            return home(1) if not request.query else None
        if m := re.fullmatch(r"/page/(\d+)/?", path):
            n = int(m.group(1))
            return redirect("/", 301) if n == 1 else home(n)
        if m := re.fullmatch(r"/category/([a-z-]+)/(?:page/(\d+)/)?", path):
            key, n = m.group(1), int(m.group(2) or 0)
            if key not in CATEGORIES:
                return None
            if n == 1:
                return redirect(f"/category/{key}/", 301)
            return category_page(key, n or 1)
        if m := re.fullmatch(r"/author/([a-z]+)/", path):
            return author_page(m.group(1)) if m.group(1) in USERS else None
        if path == f"/van-ban/{DOCUMENT}.html":
            return document_page()
        if m := re.fullmatch(r"/([a-z0-9-]+)\.html(/print/|/attachment/([a-z0-9-]+)/)?", path):
            slug, extra, att = m.group(1), m.group(2), m.group(3)
            if slug in STATIC and not extra:
                return static_page(slug)
            story = BY_SLUG.get(slug)
            if story is None:
                return None
            if extra == "/print/":
                return print_page(story)
            if att:
                names = [b.src.rsplit("/", 1)[1][:-4] for b in story.images]
                return attachment_page(story, att) if att in names else None
            if not request.query:
                return post_page(story)
            if set(params) == {"replytocom"} and params["replytocom"].isdigit():
                return post_page(story) if int(params["replytocom"]) in _comment_ids(story) else None
            return None
        if (m := re.fullmatch(r"/([a-z0-9-]+)/?", path)) and m.group(1) in BY_SLUG:
            return redirect(post_path(BY_SLUG[m.group(1)]), 301)
        return None


def build_site() -> NewsmagSite:
    return NewsmagSite()
