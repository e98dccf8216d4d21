"""NukeViet 4.6 with a vendor theme of block-news modules: Trường Chính trị tỉnh Kon Tum.

Platform
--------
NukeViet 4.6 (PHP 8), news module renamed ``tin-tuc``, rewrite on, language in the path
(``/vi/``), a commercial theme ("tctkontum", classes ``kt-*`` around NukeViet's own
``news_column panel panel-default`` / ``#news-bodyhtml.bodytext`` markup). The home page is built
of block news modules: ``global.block_newscenter`` (one main story with its sapo plus a column of
five others with 65 px thumbnails, titles cut by ``titleclean60``) and two ``block_news_cat``
blocks (Nghiên cứu - Trao đổi, Đảng - Đoàn thể). Breadcrumbs are NukeViet's hidden
``ul.temp-breadcrumbs`` (schema.org BreadcrumbList) that the theme's JS copies into view.

URL scheme
----------
- ``/``                                            home (block modules)
- ``/vi/tin-tuc/``                                 module main page, viewcat_main_right per top category
- ``/vi/tin-tuc/tin-tuc-su-kien/``                 parent category, viewcat_main_right per sub-category (no pager)
- ``/vi/tin-tuc/<cat>/``, ``/vi/tin-tuc/<cat>/page-<n>``   viewcat_page_new listing, 3 a page
  (``page-1`` and a page past the last answer 301 to the category, as NukeViet does)
- ``/vi/tin-tuc/<cat>/<alias>-<id>.html``          article ("detail")
- ``/vi/tin-tuc/<cat2>/<alias>-<id>.html``         the same article under a second category of its
  ``listcatid`` (200, breadcrumb of cat2, canonical to the first); an alias under a category that
  is not the article's answers 301 to the canonical URL
- ``/vi/tin-tuc/<cat>/<alias>-<id>.html?download=1&id=0`` an attachment (PDF bytes);
  ``…?pdf=1&id=0`` the PDF viewer page (HTML, not the article)
- ``/vi/tin-tuc/savefile/<cat>/<alias>-<id>.html`` "Lưu bài viết này": the article as an HTML
  download; ``/vi/tin-tuc/print/…`` print view and ``/vi/tin-tuc/sendmail/…`` e-mail form
  (both only in ``onclick="nv_open_browse('…')"``)
- ``/index.php?language=vi&nv=tin-tuc&op=<cat>/<alias>-<id>``  non-rewritten link: 301 to the rewrite
- ``/vi/tin-tuc/tag/<alias>``, ``/vi/tin-tuc/topic/<alias>``, ``/vi/tin-tuc/groups/Tin-tieu-diem/``
- ``/vi/tin-tuc/rss/``                             RSS 2.0, newest 8 items
- page module ``/vi/gioi-thieu/<alias>.html``, ``/vi/lien-he/``, laws module
  ``/vi/van-ban/`` + ``/vi/van-ban/detail/<alias>-<id>.html``, photos ``/vi/thu-vien-anh/`` +
  ``/vi/thu-vien-anh/<cat>/<alias>-<id>.html``, video ``/vi/video/<cat>/<alias>.html``

How the gold articles are reached
---------------------------------
Categories (module-wide 3 items a page, newest first):
- Hoạt động của Trường (under "Tin tức - Sự kiện"): 421, 415, 409 on page 1; 396, 388 only on
  ``page-2`` (their tags are their own; "Những tin mới hơn" only links newer articles).
- Đào tạo - Bồi dưỡng (under "Tin tức - Sự kiện"): 419, 413, 404 on page 1; 392 only on ``page-2``.
- Nghiên cứu - Trao đổi: 417, 410, 399 (one page).
- Đảng - Đoàn thể: 402, 415 (listed through its second category) and one "external link" row
  that points off-site.
Home blocks, RSS (newest 8), "Tin tiêu điểm" (409, 417, 413), "Tin xem nhiều", topic and tag
pages only ever show page-1 articles.

Traps
-----
1. Titles (kind not in the README's list): block_newscenter and block_news_cat print
   ``titleclean60`` cuts ("Khai giảng lớp Trung cấp lý luận chính trị hệ không tập..."); the
   listings' ``title=""`` attributes are full; article 421 has a NukeViet "titlesite" (SEO title), so ``<title>`` and ``og:title`` say "Học viện Chính
   trị khu vực III làm việc tại Kon Tum - Trường Chính trị tỉnh Kon Tum" while the headline
   differs; 388's headline itself contains " - " ("năm học 2026 - 2027"). Gold title = the ``h1``.
2. The featured image lives outside the text (kind not listed): NukeViet's ``homeimg`` is printed
   in ``figure.article`` *before* the sapo and outside ``#news-bodyhtml``, its note in
   ``figcaption`` ("(Quang cảnh lễ khai giảng)" -> parentheses off). Position "thumb" (415, 417)
   prints the /assets/ thumbnail path floated left: gold is that printed ``src``. 404 has
   imgposition 0: its homeimg is only in ``og:image`` and the listings' thumbnails -> not a gold
   image. Gold images = featured figure first, then the text's photos.
3. "Tin tiêu điểm" block in the body area: a float box with three headlines, thumbnails and
   their sapos sits between ``div.hometext`` and ``#news-bodyhtml`` inside the article's panel.
   Gold: not body, not images; the body is sapo + bodyhtml around it.
4. Lazy-loaded photos (kind not listed): the theme rewrites every ``<img>`` of the body to
   ``src="/themes/tctkontum/images/pix.gif" data-src="/uploads/…"`` (no ``noscript``). Gold image
   path = the ``data-src`` photo; the pix.gif placeholder is never an image.
5. Attachments on the article's own URL (kind not listed): 419 has "Tập tin đính kèm" with
   ``…-419.html?download=1&id=0`` (a PDF served with ``Content-Disposition``) and a preview whose
   ``data-src`` is ``…-419.html?pdf=1&id=0`` (an HTML viewer page titled with the file name).
   Same path as the article, other query: neither is the article nor a duplicate of it (not in
   gold, not in alt_paths).
6. Dates: the page prints "Thứ sáu - 04/12/2026 16:10" (lower-case weekday, dash) and, for edited
   articles, the theme's "Cập nhật: 08:12 05/12/2026"; ``article:published_time`` carries PHP's
   ``date('Y-m-dTH:i:s')`` bug: "2026-12-04+0716:10:00" (``T`` = zone abbreviation), and
   ``article:modified_time`` is the edit. 388 was published at "00:00". Gold: the printed
   publication time with +07:00; 388 -> "2026-10-08" (midnight = day only).
7. Duplicate URLs: the savefile link (``href``) and print view (onclick) serve the article
   without chrome; 415 is also served under ``/vi/tin-tuc/dang-doan-the/…-415.html`` (linked from
   that category, breadcrumb of that category, canonical to the first). Gold: canonical path,
   the others (savefile/print under both categories too) in alt_paths; category = the first
   category "Hoạt động của Trường".
   The e-mail form (``/vi/tin-tuc/sendmail/…``) prints the headline too but is no article.
8. Bylines four ways (and nothing in the ``author`` meta, which names the school): NukeViet's
   ``p.h5.text-right`` "Tác giả:" line with degree and post ("ThS. Phan Văn Hùng - Trưởng khoa
   Nhà nước và Pháp luật" -> "Phan Văn Hùng"; two authors with one unit in parentheses in 410),
   a unit alone ("Phòng Tổ chức - Hành chính" -> as printed), "BBT" -> nobody; right-aligned
   bold lines typed at the end of the text ("Tin, ảnh: Ngọc Ánh"; "Tin: Thu Trang - Ảnh: Văn
   Khoa"; "ThS. Đinh Thị Thu Hà<br><em>Khoa Xây dựng Đảng</em>"); a closing "Ảnh: Minh Đức" line
   -> photographer. "Nguồn tin: Báo Kon Tum" (404) -> source; 402's "Theo kế hoạch, …" is text.
9. What follows the text inside the same panel (boundaries): author/source lines, the rating
   widget ("Tổng số điểm của bài viết là: 18 trong 4 đánh giá", "Click để đánh giá bài
   viết"), "Từ khóa" links, "Những tin mới hơn" with dates, a topic line, Facebook comments and
   a "Xem thêm:" line typed in 413's text whose link is a non-rewritten
   ``index.php?…&op=dao-tao-boi-duong/…-404`` URL (301). None is body.
10. Encodings and editor markup: 388 was typed in "Unicode tổ hợp" (NFD text), 392 is an old
    entry with half of its letters as entities (``&agrave;``, ``&#7897;``), 410 is a Word paste
    with nested ``span`` font tags, ``&nbsp;`` and a ``<br />`` inside one paragraph (two gold
    paragraphs). Gold text is NFC, whitespace collapsed.
11. Listings that do not look like NukeViet's: the parent category "Tin tức - Sự kiện" is
    viewcat_main_right (per sub-category: one main story + two links, "Xem tiếp" to the
    sub-category) with no pager at all; only the sub-categories paginate (``ul.pagination``,
    page-2 with ``rel="next"``). Old articles are reachable from the sub-category pages only.
12. Non-articles shaped like articles (kind not listed): the photo album
    ``/vi/thu-vien-anh/hoat-dong-cua-truong/…-12.html`` and the laws entries
    ``/vi/van-ban/detail/…-27.html`` have ``<alias>-<id>.html`` URLs, a headline, a date and
    text; the page-module "Lịch sử hình thành và phát triển" has an ``h1``, a date and long text.
    Gold: NON_ARTICLES. One row of the Đảng - Đoàn thể listing is an "external link" article
    (icon, ``target="_blank"``) pointing to another host: never followed.

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the deepest breadcrumb item of the canonical page (the sub-category, not
  "Tin tức - Sự kiện", nor the module title "Tin tức").
- The sapo is NukeViet's ``div.hometext`` (its own element): summary and first body paragraph.
  402 has no hometext; its text opens with a bold lead paragraph -> that is the summary.
- The thumb-position featured image's gold path is the printed ``/assets/…`` thumbnail.
- Footnote calls "[1]" stay in the text; 417's "Tài liệu tham khảo" heading and entries are body.
- 421's figure caption and the other captions are gold as printed; "Ảnh: Tạ Quang Vinh" under a
  photo of 419 credits only -> caption None, photographer "Tạ Quang Vinh".
- The table of results in 413 gives one paragraph per row, cells joined by " | ".
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import unquote

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

NAME = "nukeviet46_blocknews_tct"
PLATFORM = "NukeViet 4.6 (news module 'tin-tuc', vendor theme with block_newscenter/block_news_cat)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Kon Tum"
MOD = "/vi/tin-tuc"
PER_PAGE = 3
PIX = "/themes/tctkontum/images/pix.gif"

# --- categories --------------------------------------------------------------------------------

#: alias -> (title, parent alias or None)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None),
    "hoat-dong-cua-truong": ("Hoạt động của Trường", "tin-tuc-su-kien"),
    "dao-tao-boi-duong": ("Đào tạo - Bồi dưỡng", "tin-tuc-su-kien"),
    "nghien-cuu-trao-doi": ("Nghiên cứu - Trao đổi", None),
    "dang-doan-the": ("Đảng - Đoàn thể", None),
}

TAGS = {
    "cao-cap-ly-luan-chinh-tri": "Cao cấp lý luận chính trị",
    "trung-cap-ly-luan-chinh-tri": "Trung cấp lý luận chính trị",
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "nguoi-co-uy-tin": "Người có uy tín",
    "k44": "K44",
}
TOPIC_ALIAS = "hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh"
TOPIC_TITLE = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
GROUP_PATH = f"{MOD}/groups/Tin-tieu-diem/"

# --- the articles ------------------------------------------------------------------------------

UP = "/uploads/tin-tuc"

STORIES: list[Story] = [
    Story(
        id=421,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong-chinh-tri-tinh-kon-tum",
        title="Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh Kon Tum",
        cat="hoat-dong-cua-truong",
        published_at="2026-12-04T16:10:00+07:00",
        summary=(
            "Chiều ngày 04/12/2026, Đoàn công tác của Học viện Chính trị khu vực III do PGS.TS Lê "
            "Văn Định, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính "
            "trị tỉnh Kon Tum về công tác phối hợp mở lớp Cao cấp lý luận chính trị và nghiên cứu "
            "khoa học năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{UP}/2026_12/hvct-kv3-lam-viec.jpg",
                "PGS.TS Lê Văn Định, Phó Giám đốc Học viện Chính trị khu vực III phát biểu tại buổi làm việc",
                "PGS.TS Lê Văn Định, Phó Giám đốc Học viện Chính trị khu vực III phát biểu tại buổi làm việc",
                style="home",
            ),
            P(
                "Tiếp và làm việc với Đoàn có ThS. Nguyễn Thị Kim Oanh, Hiệu trưởng; các đồng chí "
                "Phó Hiệu trưởng và lãnh đạo các khoa, phòng của Trường."
            ),
            P(
                "Tại buổi làm việc, lãnh đạo Trường Chính trị tỉnh đã báo cáo kết quả phối hợp tổ "
                "chức lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2025 - 2027 tại tỉnh Kon "
                "Tum. Lớp học có 86 học viên là cán bộ lãnh đạo, quản lý các sở, ban, ngành, huyện, "
                "thành phố; đến nay đã hoàn thành 9/14 học phần theo kế hoạch."
            ),
            P(
                "Bên cạnh đó, Trường đã chủ động bố trí phòng học, ký túc xá, thư viện và các điều "
                "kiện phục vụ giảng dạy, học tập; phân công cán bộ theo dõi, quản lý lớp, kịp thời "
                "nắm bắt tâm tư, nguyện vọng của học viên."
            ),
            Img(
                f"{UP}/2026_12/hvct-kv3-lam-viec-2.jpg",
                "ThS. Nguyễn Thị Kim Oanh, Hiệu trưởng Trường Chính trị tỉnh báo cáo kết quả phối hợp",
                "ThS. Nguyễn Thị Kim Oanh, Hiệu trưởng Trường Chính trị tỉnh báo cáo kết quả phối hợp",
                style="fig",
            ),
            P(
                "Phát biểu tại buổi làm việc, PGS.TS Lê Văn Định ghi nhận, đánh giá cao sự phối hợp "
                "chặt chẽ, trách nhiệm của Trường Chính trị tỉnh Kon Tum trong thời gian qua. Đồng chí "
                "đề nghị hai bên tiếp tục quản lý chặt chẽ nề nếp học tập, bảo đảm chất lượng các học "
                "phần còn lại; đồng thời tăng cường trao đổi kinh nghiệm trong biên soạn tài liệu "
                "giảng dạy chuyên đề địa phương."
            ),
            P("Thống nhất phương hướng phối hợp năm 2027", style="h"),
            P(
                "Hai bên thống nhất sẽ phối hợp tổ chức hội thảo khoa học về công tác dân tộc ở Tây "
                "Nguyên, cử giảng viên của Trường tham gia bồi dưỡng, nâng cao trình độ tại Học viện "
                "và nghiên cứu mở thêm một lớp Cao cấp lý luận chính trị hệ không tập trung tại tỉnh "
                "trong năm 2027."
            ),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={
            "author_field": "Phòng Tổ chức - Hành chính",
            "titlesite": "Học viện Chính trị khu vực III làm việc tại Kon Tum",
            "edit": "2026-12-05 08:12",
            "tags": ["cao-cap-ly-luan-chinh-tri"],
        },
    ),
    Story(
        id=419,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-46-tai-huyen-dak-ha",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 46 tại huyện Đăk Hà",
        cat="dao-tao-boi-duong",
        published_at="2026-12-02T08:15:00+07:00",
        summary=(
            "Sáng 02/12, Trường Chính trị tỉnh Kon Tum phối hợp với Trung tâm Chính trị huyện Đăk "
            "Hà tổ chức khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 46."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{UP}/2026_12/khai-giang-k46-dak-ha.jpg",
                "(Quang cảnh lễ khai giảng)",
                "Quang cảnh lễ khai giảng",
                style="home",
            ),
            P(
                "Dự lễ khai giảng có đồng chí Phó Bí thư Thường trực Huyện ủy Đăk Hà; đại diện lãnh "
                "đạo Trường Chính trị tỉnh, Ban Tổ chức Huyện ủy và 72 học viên của lớp."
            ),
            P(
                "Học viên lớp là cán bộ chủ chốt các xã, thị trấn, trưởng, phó các phòng, ban, đơn vị "
                "thuộc huyện và các đồng chí trong diện quy hoạch. Lớp học được tổ chức trong 18 "
                "tháng, học vào các ngày thứ Sáu, thứ Bảy hằng tuần tại Trung tâm Chính trị huyện."
            ),
            P(
                "Phát biểu khai giảng, đại diện lãnh đạo Trường Chính trị tỉnh đề nghị học viên chấp "
                "hành nghiêm quy chế học tập, tích cực nghiên cứu tài liệu, liên hệ với thực tiễn công "
                "tác tại cơ quan, đơn vị; Trung tâm Chính trị huyện phối hợp chặt chẽ trong quản lý "
                "lớp học."
            ),
            Img(f"{UP}/2026_12/khai-giang-k46-dak-ha-2.jpg", "Ảnh: Tạ Quang Vinh", None, style="next"),
            P(
                "Kế hoạch giảng dạy và lịch học cụ thể của lớp được đính kèm dưới đây để học viên và "
                "các cơ quan có cán bộ đi học theo dõi, bố trí công việc phù hợp."
            ),
        ],
        authors=["Tạ Quang Vinh"],
        photographers=["Tạ Quang Vinh"],
        opts={
            "author_field": "Tạ Quang Vinh",
            "tags": ["trung-cap-ly-luan-chinh-tri"],
            "files": [("Ke-hoach-giang-day-lop-TCLLCT-K46-Dak-Ha.pdf", "Kế hoạch giảng dạy lớp TCLLCT K46 Đăk Hà")],
        },
    ),
    Story(
        id=417,
        slug="phat-huy-vai-tro-cua-nguoi-co-uy-tin-trong-vung-dong-bao-dan-toc-thieu-so-tinh-kon-tum-hien-nay",
        title="Phát huy vai trò của người có uy tín trong vùng đồng bào dân tộc thiểu số tỉnh Kon Tum hiện nay",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-28T07:30:00+07:00",
        summary=(
            "Người có uy tín là cầu nối quan trọng giữa cấp ủy, chính quyền với đồng bào các dân "
            "tộc thiểu số. Bài viết phân tích thực trạng và đề xuất một số giải pháp nhằm phát huy "
            "vai trò của lực lượng này ở tỉnh Kon Tum hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/assets/tin-tuc/2026_11/gia-lang-tu-mo-rong.jpg",
                "Già làng ở huyện Tu Mơ Rông trao đổi với cán bộ xã về công tác vận động Nhân dân",
                "Già làng ở huyện Tu Mơ Rông trao đổi với cán bộ xã về công tác vận động Nhân dân",
                style="homethumb",
            ),
            P("1. Vai trò của người có uy tín", style="h3"),
            P(
                "Tỉnh Kon Tum có 43 dân tộc cùng sinh sống, trong đó đồng bào dân tộc thiểu số chiếm "
                "trên 53% dân số. Toàn tỉnh hiện có 1.126 người có uy tín, phần lớn là già làng, "
                "trưởng thôn, người đứng đầu dòng họ và chức sắc tôn giáo.[1]"
            ),
            P(
                "Trong những năm qua, người có uy tín đã tích cực tuyên truyền, vận động đồng bào chấp "
                "hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; tham gia hòa "
                "giải mâu thuẫn, giữ gìn an ninh trật tự ở thôn, làng và vận động bà con xóa bỏ hủ "
                "tục lạc hậu."
            ),
            P(
                "“Già làng nói thì dân làng nghe, già làng làm thì dân làng làm theo” – câu nói quen "
                "thuộc ở các buôn làng Tây Nguyên đã phản ánh đúng vị trí đặc biệt của lực lượng này.",
                style="quote",
            ),
            P("2. Một số giải pháp", style="h3"),
            P(
                "Thứ nhất, cấp ủy, chính quyền các cấp cần thường xuyên gặp gỡ, đối thoại, lắng nghe "
                "ý kiến của người có uy tín; kịp thời cung cấp thông tin để họ tuyên truyền, vận động "
                "đồng bào."
            ),
            P(
                "Thứ hai, thực hiện đầy đủ, kịp thời chế độ, chính sách đối với người có uy tín theo "
                "Quyết định số 12/2018/QĐ-TTg và Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính "
                "phủ.[2]"
            ),
            P(
                "Thứ ba, nâng cao chất lượng bồi dưỡng kiến thức, kỹ năng cho người có uy tín, chú "
                "trọng phương pháp trực quan, sử dụng tiếng dân tộc khi cần thiết."
            ),
            P("Tài liệu tham khảo", style="h"),
            P(
                "[1] Ban Dân tộc tỉnh Kon Tum, Báo cáo tổng kết công tác dân tộc năm 2025.",
                style="small",
            ),
            P(
                "[2] Thủ tướng Chính phủ, Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023 sửa đổi, bổ "
                "sung một số điều của Quyết định số 12/2018/QĐ-TTg.",
                style="small",
            ),
        ],
        authors=["Võ Thị Hồng Nhung"],
        opts={
            "author_field": "ThS. Võ Thị Hồng Nhung - Khoa Dân tộc, Tôn giáo và Dân vận",
            "tags": ["nguoi-co-uy-tin"],
        },
    ),
    Story(
        id=415,
        slug="cong-doan-truong-to-chuc-cac-hoat-dong-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Công đoàn Trường tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-20T10:30:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Công đoàn "
            "cơ sở Trường Chính trị tỉnh Kon Tum đã tổ chức nhiều hoạt động thiết thực, tạo không "
            "khí vui tươi, phấn khởi trong cán bộ, giảng viên, người lao động."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/assets/tin-tuc/2026_11/bong-chuyen-hoi-20-11.jpg",
                "Các đội tham gia giải bóng chuyền hơi chào mừng Ngày Nhà giáo Việt Nam",
                "Các đội tham gia giải bóng chuyền hơi chào mừng Ngày Nhà giáo Việt Nam",
                style="homethumb",
            ),
            P(
                "Từ ngày 10/11 đến ngày 18/11, Công đoàn Trường phối hợp với Chi đoàn tổ chức giải "
                "bóng chuyền hơi, hội thi cắm hoa nghệ thuật và chương trình văn nghệ với chủ đề “Tri "
                "ân thầy cô”. Các hoạt động thu hút hơn 60 đoàn viên công đoàn và học viên các lớp "
                "đang học tập tại Trường tham gia."
            ),
            P(
                "Sáng 20/11, Trường tổ chức buổi gặp mặt kỷ niệm với sự tham dự của các thế hệ cán "
                "bộ, giảng viên đã nghỉ hưu. Tại buổi gặp mặt, lãnh đạo Trường đã ôn lại truyền thống "
                "của Nhà trường qua các thời kỳ xây dựng và trưởng thành, bày tỏ lòng biết ơn đối với "
                "những thế hệ nhà giáo đã đóng góp cho sự nghiệp đào tạo cán bộ của tỉnh."
            ),
            Img(
                f"{UP}/2026_11/gap-mat-20-11.jpg",
                "Lãnh đạo Trường tặng hoa các thế hệ nhà giáo tại buổi gặp mặt",
                "Lãnh đạo Trường tặng hoa các thế hệ nhà giáo tại buổi gặp mặt",
                style="next",
            ),
            P(
                "Dịp này, Công đoàn Trường đã trao giấy khen cho 5 tập thể và 12 cá nhân có thành tích "
                "xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt” năm 2026; đồng thời thăm hỏi, "
                "tặng quà các đoàn viên có hoàn cảnh khó khăn."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Ngọc Ánh</strong></p>'),
        ],
        authors=["Ngọc Ánh"],
        photographers=["Ngọc Ánh"],
        opts={"cat2": "dang-doan-the", "tags": ["ngay-nha-giao-viet-nam"], "edit": "2026-11-21 07:40"},
    ),
    Story(
        id=413,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-18T14:00:00+07:00",
        summary=(
            "Chiều 18/11, Trường Chính trị tỉnh Kon Tum phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ "
            "chức bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{UP}/2026_11/be-giang-qpan-doi-tuong-4.jpg",
                "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
                "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
                style="home",
            ),
            P(
                "Sau 10 ngày học tập, 95 học viên là cán bộ, công chức, viên chức các cơ quan, đơn vị "
                "trên địa bàn tỉnh đã được nghiên cứu 8 chuyên đề về quan điểm của Đảng về quốc phòng, "
                "an ninh, xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân và một số nội "
                "dung về bảo vệ chủ quyền biên giới quốc gia."
            ),
            P(
                "Kết thúc khóa học, 100% học viên đủ điều kiện được cấp giấy chứng nhận, kết quả cụ "
                "thể như sau:"
            ),
            P("Xếp loại | Số học viên | Tỷ lệ", style="row"),
            P("Giỏi | 31 | 32,6%", style="row"),
            P("Khá | 58 | 61,1%", style="row"),
            P("Trung bình | 6 | 6,3%", style="row"),
            P("Tại buổi bế giảng, Ban Tổ chức đã khen thưởng 6 học viên có thành tích cao trong học tập."),
            Raw('<p style="text-align: right;"><strong>Tin: Thu Trang - Ảnh: Văn Khoa</strong></p>'),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/index.php?language=vi&amp;nv=tin-tuc&amp;'
                'op=dao-tao-boi-duong/boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-vung-'
                'dong-bao-dan-toc-thieu-so-404">Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ '
                "sở vùng đồng bào dân tộc thiểu số</a></p>"
            ),
        ],
        authors=["Thu Trang"],
        photographers=["Văn Khoa"],
        opts={},
    ),
    Story(
        id=410,
        slug="doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri-theo-huong-phat-huy-tinh-tich-cuc-cua-hoc-vien",
        title="Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực của học viên",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-16T09:45:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết để nâng cao chất lượng đào tạo, "
            "bồi dưỡng cán bộ ở các trường chính trị tỉnh hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            P("Thực trạng phương pháp giảng dạy", style="h3"),
            P(
                "Thời gian qua, đội ngũ giảng viên Trường Chính trị tỉnh Kon Tum đã có nhiều cố gắng "
                "trong đổi mới phương pháp, từng bước giảm thuyết trình một chiều, tăng cường trao đổi, "
                "thảo luận. Tuy nhiên, ở một số bài giảng, việc liên hệ thực tiễn còn ít, chưa khơi gợi "
                "được sự chủ động của học viên.",
                style="span",
            ),
            P(
                "Học viên các lớp trung cấp lý luận chính trị phần lớn là cán bộ đang công tác, có "
                "kinh nghiệm thực tiễn phong phú.",
                style="br",
            ),
            P(
                "Tuy vậy, quỹ thời gian dành cho tự học của học viên còn hạn chế, nhất là ở các lớp "
                "hệ không tập trung.",
                style="span",
            ),
            P("Một số giải pháp", style="h3"),
            P(
                "Một là, mỗi giảng viên cần thiết kế bài giảng theo hướng mở, dành ít nhất 30% thời "
                "lượng cho học viên trao đổi, giải quyết tình huống.",
                style="span",
            ),
            P(
                "Hai là, tăng cường ứng dụng công nghệ thông tin, xây dựng hệ thống bài giảng điện "
                "tử, ngân hàng câu hỏi và tài liệu tham khảo trực tuyến.",
                style="span",
            ),
            P(
                "Ba là, đổi mới kiểm tra, đánh giá theo hướng yêu cầu học viên vận dụng kiến thức để "
                "phân tích, giải quyết vấn đề thực tiễn tại cơ quan, đơn vị.",
                style="span",
            ),
        ],
        authors=["Nguyễn Văn Thắng", "Trần Thị Mai Phương"],
        opts={"author_field": "TS. Nguyễn Văn Thắng, ThS. Trần Thị Mai Phương (Khoa Lý luận cơ sở)"},
    ),
    Story(
        id=409,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026-14-giang-vien-tham-gia",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026: 14 giảng viên tham gia",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-13T15:00:00+07:00",
        summary=(
            "Từ ngày 10 đến 13/11/2026, Trường Chính trị tỉnh Kon Tum tổ chức Hội thi giảng viên "
            "dạy giỏi cấp trường năm 2026 nhằm nâng cao chất lượng đội ngũ và đổi mới phương pháp "
            "giảng dạy."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{UP}/2026_11/hoi-thi-gvdg-2026.jpg", None, None, style="home"),
            P(
                "Tham gia Hội thi có 14 giảng viên đến từ 4 khoa chuyên môn. Mỗi giảng viên trình bày "
                "một bài giảng lý thuyết trong thời gian 45 phút, trong đó có ít nhất một nội dung gắn "
                "với thực tiễn tỉnh Kon Tum."
            ),
            Img(
                f"{UP}/2026_11/hoi-thi-gvdg-2026-1.jpg",
                "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng tại Hội thi",
                "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng tại Hội thi",
                style="tbl",
            ),
            P(
                "Ban Giám khảo gồm lãnh đạo Trường, trưởng các khoa và chuyên gia của Học viện Chính "
                "trị khu vực III. Các bài giảng được đánh giá theo các tiêu chí: nội dung khoa học, "
                "phương pháp sư phạm, tác phong giảng viên và việc sử dụng công nghệ thông tin."
            ),
            P(
                "Nhiều giảng viên đã mạnh dạn áp dụng phương pháp nêu vấn đề, thảo luận nhóm, sử dụng "
                "bản đồ tư duy và các đoạn phim tư liệu ngắn, tạo sự hứng thú cho học viên."
            ),
            Img(
                f"{UP}/2026_11/hoi-thi-gvdg-2026-2.jpg",
                "Ban Giám khảo trao đổi sau phần thi",
                "Ban Giám khảo trao đổi sau phần thi",
                style="tbl",
            ),
            P(
                "Kết quả, Ban Tổ chức đã công nhận 9 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp "
                "trường, trong đó có 3 giảng viên xếp loại xuất sắc. Những giảng viên có kết quả cao "
                "sẽ được chọn tham gia Hội thi giảng viên dạy giỏi toàn quốc năm 2027."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Minh Đức</em></p>'),
        ],
        authors=["Hoàng Lâm"],
        photographers=["Minh Đức"],
        opts={"author_field": "Hoàng Lâm"},
    ),
    Story(
        id=404,
        slug="boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-vung-dong-bao-dan-toc-thieu-so",
        title="Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở vùng đồng bào dân tộc thiểu số",
        cat="dao-tao-boi-duong",
        published_at="2026-11-03T10:20:00+07:00",
        summary=(
            "Từ ngày 02 đến 06/11, tại Trường Chính trị tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh "
            "phối hợp tổ chức lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho 120 cán bộ cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên tham dự lớp là chủ tịch, phó chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam các "
                "xã, phường, thị trấn và trưởng ban công tác Mặt trận ở các thôn, làng có đông đồng "
                "bào dân tộc thiểu số."
            ),
            P(
                "Trong 5 ngày, các học viên được truyền đạt các chuyên đề: công tác vận động, tập hợp "
                "Nhân dân; giám sát và phản biện xã hội; tổ chức cuộc vận động “Toàn dân đoàn kết xây "
                "dựng nông thôn mới, đô thị văn minh”; kỹ năng nắm bắt tình hình Nhân dân và tham gia "
                "giải quyết các vụ việc phát sinh ở cơ sở."
            ),
            Img(
                f"{UP}/2026_11/boi-duong-mat-tran-2.jpg",
                "Học viên thảo luận nhóm tại lớp bồi dưỡng",
                "Học viên thảo luận nhóm tại lớp bồi dưỡng",
                style="fig",
            ),
            P(
                "Các báo cáo viên đã dành nhiều thời gian để học viên trao đổi, chia sẻ kinh nghiệm "
                "thực tế, nhất là cách làm hay trong phát huy vai trò của già làng, người có uy tín "
                "trong cộng đồng."
            ),
        ],
        authors=["Hồng Thắm"],
        source="Báo Kon Tum",
        opts={
            "author_field": "Hồng Thắm",
            "source_field": ("Báo Kon Tum", "https://baokontum.com.vn/"),
            "hidden_home": f"{UP}/2026_11/boi-duong-mat-tran.jpg",
        },
    ),
    Story(
        id=402,
        slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
        cat="dang-doan-the",
        published_at="2026-10-30T16:00:00+07:00",
        summary=(
            "Chiều 29/10, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề “Học tập "
            "và làm theo tấm gương tự học, tự rèn luyện của Chủ tịch Hồ Chí Minh”."
        ),
        blocks=[
            P(
                "Chiều 29/10, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề “Học "
                "tập và làm theo tấm gương tự học, tự rèn luyện của Chủ tịch Hồ Chí Minh”.",
                style="lead",
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã trình bày báo cáo đề dẫn, nêu bật những "
                "bài học từ tấm gương tự học không ngừng của Bác: học ở trường, học ở sách vở, học lẫn "
                "nhau và học Nhân dân."
            ),
            P(
                "Các đảng viên trong Chi bộ đã thảo luận sôi nổi, liên hệ với nhiệm vụ chính trị của "
                "Khoa là giảng dạy các học phần lý luận cơ sở; nhiều ý kiến đề xuất xây dựng kế hoạch "
                "tự học ngoại ngữ, tin học và nâng cao trình độ chuyên môn."
            ),
            Img(
                f"{UP}/2026_10/sinh-hoat-chuyen-de-quy-iv.jpg",
                "Đảng viên Chi bộ Khoa Lý luận cơ sở thảo luận tại buổi sinh hoạt",
                "Đảng viên Chi bộ Khoa Lý luận cơ sở thảo luận tại buổi sinh hoạt",
                style="next",
            ),
            P(
                "Theo kế hoạch, mỗi đảng viên sẽ đăng ký ít nhất một việc làm cụ thể để thực hiện "
                "trong quý IV và được đánh giá tại kỳ sinh hoạt chi bộ cuối năm."
            ),
        ],
        authors=["Hà Vy"],
        opts={"author_field": "Hà Vy", "topic": True},
    ),
    Story(
        id=399,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-cong-tac-dao-tao-boi-duong-o-dia-phuong",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng ở địa phương",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-27T15:15:00+07:00",
        summary=(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là kim chỉ nam cho hoạt động đào "
            "tạo, bồi dưỡng cán bộ của các trường chính trị tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{UP}/2026_10/bac-ho-voi-hoc-vien.jpg",
                "Chủ tịch Hồ Chí Minh nói chuyện với học viên Trường Nguyễn Ái Quốc Trung ương (Ảnh tư liệu)",
                "Chủ tịch Hồ Chí Minh nói chuyện với học viên Trường Nguyễn Ái Quốc Trung ương (Ảnh tư liệu)",
                style="home",
            ),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “muôn việc "
                "thành công hoặc thất bại đều do cán bộ tốt hoặc kém”. Theo Người, huấn luyện cán bộ là "
                "công việc gốc của Đảng."
            ),
            P(
                "“Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người.”",
                style="quote",
            ),
            P(
                "Quán triệt tư tưởng đó, Trường Chính trị tỉnh Kon Tum xác định đào tạo, bồi dưỡng phải "
                "gắn với quy hoạch, sử dụng cán bộ; nội dung chương trình phải cập nhật các nghị quyết "
                "mới của Đảng và gắn với đặc điểm của tỉnh miền núi, biên giới."
            ),
            P(
                "Bên cạnh trang bị kiến thức lý luận, Nhà trường chú trọng rèn luyện đạo đức, lối sống "
                "cho học viên thông qua sinh hoạt lớp, hoạt động ngoại khóa và đi thực tế tại các địa "
                "phương còn nhiều khó khăn."
            ),
            P(
                "Trong thời gian tới, để tiếp tục vận dụng hiệu quả tư tưởng Hồ Chí Minh về cán bộ, cần "
                "đổi mới mạnh mẽ nội dung, phương pháp đào tạo; xây dựng đội ngũ giảng viên vừa “hồng” "
                "vừa “chuyên”; tăng cường phối hợp giữa Trường với các cơ quan tham mưu về tổ chức cán "
                "bộ của tỉnh."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Đinh Thị Thu Hà</strong><br />\n'
                "<em>Khoa Xây dựng Đảng</em></p>"
            ),
        ],
        authors=["Đinh Thị Thu Hà"],
        opts={"topic": True},
    ),
    Story(
        id=396,
        slug="giang-vien-truong-di-nghien-cuu-thuc-te-tai-huyen-kon-plong",
        title="Giảng viên Trường đi nghiên cứu thực tế tại huyện Kon Plông",
        cat="hoat-dong-cua-truong",
        published_at="2026-10-20T08:00:00+07:00",
        summary=(
            "Thực hiện kế hoạch năm 2026, từ ngày 14 đến 17/10, Đoàn giảng viên Trường Chính trị "
            "tỉnh Kon Tum đã đi nghiên cứu thực tế tại huyện Kon Plông."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{UP}/2026_10/nghien-cuu-thuc-te-kon-plong.jpg",
                "Đoàn công tác làm việc với Ban Thường vụ Huyện ủy Kon Plông",
                "Đoàn công tác làm việc với Ban Thường vụ Huyện ủy Kon Plông",
                style="home",
            ),
            P(
                "Đoàn do đồng chí Phó Hiệu trưởng Trường làm trưởng đoàn, gồm 18 giảng viên của các "
                "khoa. Tại huyện, Đoàn đã làm việc với Ban Thường vụ Huyện ủy, nghe báo cáo tình hình "
                "phát triển kinh tế - xã hội, công tác xây dựng Đảng và hệ thống chính trị của địa "
                "phương."
            ),
            P(
                "Đoàn cũng đến thăm mô hình trồng sâm Ngọc Linh dưới tán rừng, khu du lịch sinh thái "
                "Măng Đen và trao đổi với cán bộ xã Hiếu về thực hiện Chương trình mục tiêu quốc gia "
                "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi."
            ),
            Img(
                f"{UP}/2026_10/nghien-cuu-thuc-te-kon-plong-2.jpg",
                "Giảng viên tìm hiểu mô hình trồng sâm dưới tán rừng tại xã Măng Cành",
                "Giảng viên tìm hiểu mô hình trồng sâm dưới tán rừng tại xã Măng Cành",
                style="fig",
            ),
            P(
                "Qua đợt nghiên cứu thực tế, các giảng viên có thêm tư liệu thực tiễn để bổ sung vào "
                "bài giảng, nhất là các chuyên đề về phát triển kinh tế du lịch, bảo vệ rừng và xây "
                "dựng nông thôn mới ở địa phương."
            ),
        ],
        authors=["Phan Văn Hùng"],
        opts={"author_field": "ThS. Phan Văn Hùng - Trưởng khoa Nhà nước và Pháp luật"},
    ),
    Story(
        id=392,
        slug="thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k44-he-tap-trung",
        title="Thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính K44 hệ tập trung",
        cat="dao-tao-boi-duong",
        published_at="2026-10-14T14:30:00+07:00",
        summary=(
            "Từ ngày 12 đến 14/10/2026, Trường Chính trị tỉnh Kon Tum tổ chức thi tốt nghiệp cho 65 "
            "học viên lớp Trung cấp lý luận chính trị - hành chính K44 hệ tập trung."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên dự thi 2 môn: Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản "
                "Việt Nam; Vận dụng các nội dung đã học vào thực tiễn địa phương, đơn vị. Hình thức thi "
                "viết, thời gian làm bài 180 phút mỗi môn."
            ),
            P(
                "Để kỳ thi diễn ra nghiêm túc, đúng quy chế, Nhà trường đã thành lập Hội đồng thi, ban "
                "coi thi, ban chấm thi và phổ biến quy chế đến toàn thể học viên. Hội đồng thi yêu cầu:"
            ),
            P("Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên;", style="li"),
            P("Không mang tài liệu, điện thoại di động vào phòng thi;", style="li"),
            P("Cán bộ coi thi thực hiện đúng quy trình giao nhận đề thi và bài thi.", style="li"),
            Img(f"{UP}/2026_10/thi-tot-nghiep-k44.jpg", None, None, style="bare"),
            P(
                "Kết quả thi sẽ được công bố trước ngày 30/10/2026; lễ bế giảng, trao bằng tốt nghiệp "
                "dự kiến tổ chức vào đầu tháng 11/2026."
            ),
        ],
        opts={"author_field": "BBT", "entities": 2, "tags": ["k44"]},
    ),
    Story(
        id=388,
        slug="truong-chinh-tri-tinh-kon-tum-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        title="Trường Chính trị tỉnh Kon Tum triển khai nhiệm vụ năm học 2026 - 2027",
        cat="hoat-dong-cua-truong",
        published_at="2026-10-08",
        summary=(
            "Sáng 08/10, Trường Chính trị tỉnh Kon Tum tổ chức hội nghị tổng kết năm học 2025 - 2026 "
            "và triển khai nhiệm vụ năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, Trường đã tổ chức đào tạo, bồi dưỡng cho 2.146 lượt học viên, "
                "đạt 104% kế hoạch. Trong đó, mở 6 lớp trung cấp lý luận chính trị, 18 lớp bồi dưỡng "
                "cán bộ, công chức cấp xã và 11 lớp bồi dưỡng kiến thức quốc phòng và an ninh."
            ),
            P(
                "Công tác nghiên cứu khoa học có nhiều chuyển biến: Trường hoàn thành 2 đề tài khoa học "
                "cấp cơ sở, tổ chức 3 hội thảo, tọa đàm và có 27 bài viết được đăng trên các tạp chí, "
                "trang thông tin điện tử."
            ),
            P("Nhiệm vụ trọng tâm năm học 2026 - 2027", style="h"),
            P(
                "Nâng cao chất lượng đào tạo trung cấp lý luận chính trị, gắn lý luận với thực tiễn địa "
                "phương;",
                style="li",
            ),
            P("Đẩy mạnh chuyển đổi số trong quản lý đào tạo và quản lý học viên;", style="li"),
            P(
                "Xây dựng đội ngũ giảng viên đạt chuẩn theo quy định, phấn đấu có thêm 3 giảng viên có "
                "trình độ tiến sĩ.",
                style="li",
            ),
            P(
                "Phát biểu chỉ đạo hội nghị, đồng chí Hiệu trưởng đề nghị các khoa, phòng bám sát kế "
                "hoạch, phát huy tinh thần đoàn kết, chủ động khắc phục khó khăn để hoàn thành thắng lợi "
                "nhiệm vụ năm học mới."
            ),
        ],
        opts={"nfd": True, "time": "00:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: "Tin tiêu điểm" group, in the order the block prints it
HEADLINES = [409, 417, 413]
MOST_READ = [409, 417, 419, 415, 399]
TOPIC_IDS = [402, 399]
RSS_COUNT = 8


def _pub(story: Story) -> _dt.datetime:
    day = story.published_at[:10]
    clock = story.opts.get("time") or story.published_at[11:16]
    return _dt.datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M")


_NEWEST = sorted(STORIES, key=_pub, reverse=True)
_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _in_cat(alias: str) -> list[Story]:
    """Articles listed in a category (first or second category), newest first."""
    return [s for s in _NEWEST if s.cat == alias or s.opts.get("cat2") == alias]


def _subtree(alias: str) -> list[Story]:
    aliases = {alias} | {a for a, (_, parent) in CATS.items() if parent == alias}
    return [s for s in _NEWEST if s.cat in aliases]


def cat_path(alias: str) -> str:
    return f"{MOD}/{alias}/"


def art_path(story: Story, cat: str | None = None) -> str:
    return f"{MOD}/{cat or story.cat}/{story.slug}-{story.id}.html"


def _clean60(title: str, limit: int = 60) -> str:
    """NukeViet's nv_clean60: cut at a word before ``limit`` characters and add '...'."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut + "..."


def _list_time(story: Story) -> str:
    return _pub(story).strftime("%d/%m/%Y %H:%M")


def _detail_time(story: Story) -> str:
    when = _pub(story)
    return f"{_WEEKDAYS[when.weekday()]} - {when.strftime('%d/%m/%Y %H:%M')}"


def _meta_time(when: _dt.datetime) -> str:
    """PHP date('Y-m-dTH:i:s') with T = the zone abbreviation, '+07' for Asia/Ho_Chi_Minh."""
    return when.strftime("%Y-%m-%d") + "+07" + when.strftime("%H:%M:%S")


def _thumb(story: Story) -> str | None:
    """Listing thumbnail (/assets/ copy of the homeimg), if the article has one."""
    for b in story.blocks:
        if isinstance(b, Img) and b.style in ("home", "homethumb"):
            return b.src.replace("/uploads/", "/assets/", 1)
    hidden = story.opts.get("hidden_home")
    return hidden.replace("/uploads/", "/assets/", 1) if hidden else None


def _og_image(story: Story) -> str | None:
    for b in story.blocks:
        if isinstance(b, Img) and b.style in ("home", "homethumb"):
            return b.src.replace("/assets/", "/uploads/", 1)
    return story.opts.get("hidden_home")


def _t(story: Story, value: str) -> str:
    """Article text as this story's editor stored it."""
    return text(value, nfd=bool(story.opts.get("nfd")), entities=int(story.opts.get("entities", 0)))


# --- article body ------------------------------------------------------------------------------


def _img_tag(src: str, alt: str = "", width: int = 800, height: int = 533) -> str:
    # the theme's lazy loader: the photo is in data-src, src is a 1x1 placeholder
    return (
        f'<img alt="{esc(alt)}" class="kt-lazy" data-src="{esc(src)}" height="{height}" '
        f'src="{PIX}" width="{width}" />'
    )


def _render_body(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style in ("home", "homethumb"))]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>' for c in cells
                    )
                else:
                    tds = "".join(f'<td style="text-align: center;">{_t(story, c)}</td>' for c in cells)
                rows.append(f"\t\t<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width:80%; margin:0 auto">\n'
                "\t<tbody>\n" + "\n".join(rows) + "\n\t</tbody>\n</table>"
            )
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            assert isinstance(nxt, P)
            out.append(
                '<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:'
                f'Times New Roman,Times,serif;">{_t(story, b.text)}<br />\n'
                f"{_t(story, nxt.text)}</span></span></p>"
            )
            i += 2
            continue
        else:
            out.append(_render_p(story, b))
        i += 1
    return "\n".join(out)


def _render_p(story: Story, p: P) -> str:
    body = _t(story, p.text)
    if p.style == "h":
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    if p.style == "h3":
        return f'<h3 style="text-align: justify;"><strong>{body}</strong></h3>'
    if p.style == "quote":
        return f'<blockquote>\n<p style="text-align: justify;"><em>{body}</em></p>\n</blockquote>'
    if p.style == "small":
        return f'<p style="text-align: justify;"><span style="font-size:12px;">{body}</span></p>'
    if p.style == "lead":
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    if p.style == "span":
        # Word paste: nested font spans, a non-breaking space after each sentence
        body = body.replace(". ", ".&nbsp; ").replace(", ", ",&nbsp;", 1)
        return (
            '<p class="MsoNormal" style="text-align: justify;"><span style="font-size:14px;"><span '
            f'style="font-family:Times New Roman,Times,serif;">{body}</span></span></p>'
        )
    return f'<p style="text-align: justify;">{body}</p>'


def _render_img(img: Img) -> str:
    tag = _img_tag(img.src, img.caption or "")
    if img.style == "fig":
        return (
            '<figure class="image" style="display:inline-block">'
            f"{tag}\n<figcaption>{esc(img.printed or '')}</figcaption>\n</figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%">\n'
            f'\t<tbody>\n\t\t<tr>\n\t\t\t<td style="text-align: center;">{tag}</td>\n\t\t</tr>\n'
            '\t\t<tr>\n\t\t\t<td style="text-align: center;"><span style="font-size:12px;"><em>'
            f"{esc(img.printed or '')}</em></span></td>\n\t\t</tr>\n\t</tbody>\n</table>"
        )
    if img.style == "next" and img.printed:
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        )
    return f'<p style="text-align: center;">{tag}</p>'


def _render_home_figure(story: Story) -> str:
    for b in story.blocks:
        if not isinstance(b, Img):
            continue
        cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
        if b.style == "home":
            return (
                f'<figure class="article center">\n\t<img alt="{esc(story.title)}" src="{esc(b.src)}" '
                f'width="760" class="img-thumbnail" />\n\t{cap}\n</figure>'
            )
        if b.style == "homethumb":
            return (
                '<figure class="article left pointer" onclick="modalShowByObj(\'#imghome\');">\n'
                f'\t<div style="width:220px;">\n\t\t<p class="text-center"><img id="imghome" '
                f'alt="{esc(story.title)}" src="{esc(b.src)}" width="220" class="img-thumbnail" /></p>\n'
                f"\t\t{cap}\n\t</div>\n</figure>"
            )
    return ""


# --- chrome ------------------------------------------------------------------------------------


def _head(request: Request, title: str, *, description: str = "", canonical: str = "", extra: str = "") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SITE)}" />
<meta name="author" content="{SITE}" />
<meta name="copyright" content="{SITE} [truongchinhtri@kontum.gov.vn]" />
<meta name="generator" content="NukeViet v4.6" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:site_name" content="{SITE}" />
{extra}
<link rel="shortcut icon" href="/uploads/favicon.ico">
{canon}
<link rel="alternate" href="{MOD}/rss/" title="Tin tức" type="application/rss+xml">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1729">
<link rel="StyleSheet" href="/themes/tctkontum/css/bootstrap.non-responsive.css?t=1729">
<link rel="StyleSheet" href="/themes/tctkontum/css/style.css?t=1729">
<link rel="StyleSheet" href="/themes/tctkontum/css/news.css?t=1729">
<script data-show="inline" id="nv-global-js">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="tin-tuc",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_k3Tq1",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
</head>"""


def _menu() -> str:
    def sub(items: list[tuple[str, str]]) -> str:
        return (
            '<ul class="kt-mn2">'
            + "".join(f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in items)
            + "</ul>"
        )

    return f"""<nav id="kt-mn" class="kt-menu">
<ul class="kt-mn1">
<li class="home"><a href="/" title="Trang nhất"><em class="fa fa-home"></em></a></li>
<li class="dropdown"><a href="/vi/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html" title="Giới thiệu">Giới thiệu</a>{
        sub([
            ("/vi/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html", "Lịch sử hình thành và phát triển"),
            ("/vi/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức"),
        ])}</li>
<li class="dropdown"><a href="{cat_path('tin-tuc-su-kien')}" title="Tin tức - Sự kiện">Tin tức - Sự kiện</a>{
        sub([
            (cat_path("hoat-dong-cua-truong"), "Hoạt động của Trường"),
            (cat_path("dao-tao-boi-duong"), "Đào tạo - Bồi dưỡng"),
        ])}</li>
<li><a href="{cat_path('nghien-cuu-trao-doi')}" title="Nghiên cứu - Trao đổi">Nghiên cứu - Trao đổi</a></li>
<li><a href="{cat_path('dang-doan-the')}" title="Đảng - Đoàn thể">Đảng - Đoàn thể</a></li>
<li class="dropdown"><a href="javascript:void(0)" title="Chuyên đề">Chuyên đề</a>{
        sub([(f"{MOD}/topic/{TOPIC_ALIAS}", TOPIC_TITLE)])}</li>
<li><a href="/vi/van-ban/" title="Văn bản">Văn bản</a></li>
<li><a href="/vi/thu-vien-anh/" title="Thư viện ảnh">Thư viện ảnh</a></li>
<li><a href="/vi/lien-he/" title="Liên hệ">Liên hệ</a></li>
</ul>
</nav>"""


def _header(home: bool) -> str:
    name = (
        '<h1 class="kt-sitename"><span class="l1">TỈNH ỦY KON TUM</span><span class="l2">TRƯỜNG CHÍNH TRỊ '
        "TỈNH KON TUM</span></h1>"
        if home
        else '<div class="kt-sitename"><span class="l1">TỈNH ỦY KON TUM</span><span class="l2">TRƯỜNG '
        "CHÍNH TRỊ TỈNH KON TUM</span></div>"
    )
    return f"""<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript. Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="kt-topbar"><div class="wraper">
<span class="kt-today"><em class="fa fa-calendar"></em> Thứ Bảy, 05/12/2026</span>
<span class="kt-clock" id="digclock"></span>
<span class="kt-rss"><a href="{MOD}/rss/" title="RSS"><em class="fa fa-rss"></em> RSS</a></span>
<span class="kt-login"><a href="javascript:void(0)" onclick="modalShowByObj('#guestLogin_nv3');">Đăng nhập</a></span>
</div></div>
<header id="kt-hd"><div class="wraper">
<a class="kt-logo" href="/" title="{SITE}"><img src="/uploads/logo-tct-kontum.png" alt="{SITE}" width="96" height="96" /></a>
{name}
<form class="kt-search" action="/vi/seek/" method="get"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..." /><button type="submit"><em class="fa fa-search"></em></button></form>
</div></header>
{_menu()}
<div class="kt-ticker"><span>Thông báo:</span> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="/vi/van-ban/detail/thong-bao-lich-hoc-lop-tcllct-k46-tuan-49-28.html">Thông báo lịch học lớp Trung cấp lý luận chính trị K46 tuần 49</a></marquee></div>
<div class="wraper kt-main"><div class="row">"""


def _breadcrumbs(items: list[tuple[str, str]]) -> str:
    temp = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{h}" '
        f'itemprop="item" title="{esc(t)}"><span itemprop="name">{esc(t)}</span></a><i class="hidden" '
        f'itemprop="position" content="{n}"></i></li>'
        for n, (h, t) in enumerate([("/", "Trang nhất"), *items], start=1)
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" '
        'href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>'
        '<ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul>'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">'
        f"{temp}</ul></div>"
    )


def _cat_crumbs(alias: str) -> list[tuple[str, str]]:
    chain = []
    cur: str | None = alias
    while cur:
        chain.append((cat_path(cur), CATS[cur][0]))
        cur = CATS[cur][1]
    return [(f"{MOD}/", "Tin tức"), *reversed(chain)]


def _sidebar() -> str:
    most = "".join(
        f'<li class="clearfix"><a href="{art_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">'
        f"{esc(_clean60(BY_ID[i].title, 70))}</a> <span class=\"kt-view\">({BY_ID[i].views()})</span></li>"
        for i in MOST_READ
    )
    return f"""<div class="col-md-8 kt-col-r">
<div class="kt-blk" id="kt-blk-31"><div class="kt-blk-t"><span>Tin xem nhiều</span></div>
<div class="kt-blk-c"><ul class="kt-xemnhieu">{most}</ul></div></div>
<div class="kt-blk" id="kt-blk-33"><div class="kt-blk-t"><span>Văn bản mới</span></div>
<div class="kt-blk-c"><ul class="list-none">
<li><em class="fa fa-file-text-o"></em> <a href="/vi/van-ban/detail/thong-bao-lich-hoc-lop-tcllct-k46-tuan-49-28.html">Thông báo số 214/TB-TCT về lịch học lớp TCLLCT K46 tuần 49</a></li>
<li><em class="fa fa-file-text-o"></em> <a href="/vi/van-ban/detail/ke-hoach-mo-lop-dao-tao-boi-duong-nam-2027-27.html">Kế hoạch số 145/KH-TCT mở lớp đào tạo, bồi dưỡng năm 2027</a></li>
</ul></div></div>
<div class="kt-blk" id="kt-blk-35"><div class="kt-blk-t"><span>Video clip</span></div>
<div class="kt-blk-c"><a href="/vi/video/hoat-dong/le-khai-giang-lop-tcllct-k46-tai-dak-ha.html" title="Lễ khai giảng lớp TCLLCT K46 tại Đăk Hà"><img src="/assets/video/2026_12/khai-giang-k46.jpg" alt="Video" width="280" /><span>Lễ khai giảng lớp TCLLCT K46 tại Đăk Hà</span></a></div></div>
<div class="kt-blk" id="kt-blk-36"><div class="kt-blk-t"><span>Thăm dò ý kiến</span></div>
<div class="kt-blk-c"><form action="/vi/voting/" method="post" onsubmit="return false;"><p><strong>Bạn đánh giá thế nào về chất lượng bài giảng của giảng viên Trường?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="1" /> Rất tốt</label></div>
<div class="radio"><label><input type="radio" name="option" value="2" /> Tốt</label></div>
<div class="radio"><label><input type="radio" name="option" value="3" /> Bình thường</label></div>
<input type="button" class="btn btn-success btn-sm" value="Bình chọn" onclick="nv_sendvoting(this.form, '1', '1', 'a3f1c', '', '0');" />
<input type="button" class="btn btn-primary btn-sm" value="Kết quả" onclick="nv_sendvoting(this.form, '1', 0, 'a3f1c', '', '0');" /></form></div></div>
<div class="kt-blk" id="kt-blk-37"><div class="kt-blk-t"><span>Liên kết website</span></div>
<div class="kt-blk-c"><select class="form-control" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://www.hcma.vn/">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://kontum.dcs.vn/">Cổng TTĐT Đảng bộ tỉnh Kon Tum</option>
<option value="https://www.kontum.gov.vn/">Cổng TTĐT tỉnh Kon Tum</option>
</select></div></div>
<div class="kt-blk" id="kt-blk-39"><div class="kt-blk-t"><span>Thống kê truy cập</span></div>
<div class="kt-blk-c"><ul class="counter list-none">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>37</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>1.205</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>28.416</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>1.874.302</span></li>
</ul></div></div>
</div>"""


FOOTER = f"""</div></div>
<footer id="kt-ft"><div class="wraper"><div class="row">
<div class="col-md-16">
<p class="kt-ft-name">TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</p>
<p>Chịu trách nhiệm chính: ThS. Nguyễn Thị Kim Oanh - Hiệu trưởng</p>
<p>Địa chỉ: 179 Trần Hưng Đạo, phường Thống Nhất, thành phố Kon Tum, tỉnh Kon Tum</p>
<p>Điện thoại: 0260.3862.416 - Fax: 0260.3862.417 - Email: <a href="mailto:truongchinhtri@kontum.gov.vn">truongchinhtri@kontum.gov.vn</a></p>
<p>© Bản quyền thuộc về {SITE}. Ghi rõ nguồn "{SITE}" khi phát hành lại thông tin từ website này.</p>
</div>
<div class="col-md-8 text-right">
<ul class="kt-ft-link list-inline"><li><a href="/vi/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html">Giới thiệu</a></li><li><a href="/vi/lien-he/">Liên hệ</a></li><li><a href="{MOD}/rss/">RSS</a></li></ul>
<p><a href="https://www.facebook.com/truongchinhtrikontum" rel="nofollow" target="_blank"><em class="fa fa-facebook-square fa-2x"></em></a></p>
<p class="kt-powered">Powered by <a href="https://nukeviet.vn/" rel="nofollow" target="_blank">NukeViet</a> - Thiết kế: KTSoft</p>
</div></div></div></footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/assets/js/jquery/jquery.min.js?t=1729"></script>
<script src="/assets/js/language/vi.js?t=1729"></script>
<script src="/assets/js/global.js?t=1729"></script>
<script src="/themes/tctkontum/js/main.js?t=1729"></script>
<script src="/themes/tctkontum/js/lazyload.min.js?t=1729"></script>
<script>$(function(){{$('img.kt-lazy').each(function(){{$(this).attr('src',$(this).data('src'));}});}});</script>
</body>
</html>"""


def _page(
    request: Request,
    title: str,
    crumbs: list[tuple[str, str]] | None,
    main: str,
    *,
    home: bool = False,
    description: str = "",
    canonical: str = "",
    extra: str = "",
) -> Response:
    crumb_html = _breadcrumbs(crumbs) if crumbs is not None else ""
    doc = (
        _head(request, title, description=description, canonical=canonical, extra=extra)
        + "\n"
        + _header(home)
        + f'\n<div class="col-md-16 kt-col-l">\n{crumb_html}\n{main}\n</div>\n'
        + _sidebar()
        + "\n"
        + FOOTER
    )
    return html(doc)


def _title_bar(*parts: str) -> str:
    return " - ".join([*parts, SITE])


# --- listings ----------------------------------------------------------------------------------


def _thumb_img(story: Story, width: int = 120, cls: str = "img-thumbnail pull-left imghome") -> str:
    src = _thumb(story)
    if not src:
        src = "/themes/tctkontum/images/no_image.gif"
    return f'<img src="{src}" alt="{esc(story.title)}" width="{width}" class="{cls}" />'


def _hometext(story: Story) -> str:
    return esc(story.summary) if story.summary and story.sapo_outside else ""


def _newscenter() -> str:
    main, *others = _NEWEST[:6]
    rows = "".join(
        f'<li class="icon_list clearfix"><a class="show black h4 clearfix" href="{art_path(s)}" '
        f'data-content="{_hometext(s)}" data-img="{_thumb(s) or ""}" data-rel="tooltip" '
        f'data-placement="bottom" title="{esc(s.title)}">{_thumb_img(s, 65, "img-thumbnail pull-right margin-left-sm")}'
        f"<span>{esc(_clean60(s.title))}</span></a></li>"
        for s in others
    )
    return f"""<div class="news_block_center kt-tinmoi margin-bottom-lg"><div class="row">
<div class="col-md-14 margin-bottom-lg">
<div class="margin-bottom text-center"><a href="{art_path(main)}" title="{esc(main.title)}"><img src="{_og_image(main)}" alt="{esc(main.title)}" width="500" class="img-thumbnail" /></a></div>
<h2 class="margin-bottom-sm"><a href="{art_path(main)}" title="{esc(main.title)}">{esc(_clean60(main.title))}</a></h2>
{_hometext(main)}
<p class="text-right"><a href="{art_path(main)}"><em class="fa fa-sign-out"></em>Xem tiếp</a></p>
</div>
<div class="hot-news col-md-10 margin-bottom-lg"><div class="panel panel-default news_column"><div class="panel-body">
<ul class="column-margin-left">{rows}</ul>
</div></div></div>
</div></div>"""


def _block_news_cat(alias: str, count: int = 3) -> str:
    rows = []
    for s in _in_cat(alias)[:count]:
        link = art_path(s, alias)
        rows.append(
            f'<li class="clearfix"><a title="{esc(s.title)}" href="{link}">'
            f'{_thumb_img(s, 80, "img-thumbnail pull-left")}</a>'
            f'<a class="show" href="{link}" data-content="{_hometext(s)}" data-rel="block_tooltip">'
            f"{esc(_clean60(s.title))}</a></li>"
        )
    return (
        f'<div class="kt-blk kt-blk-cat"><div class="kt-blk-t"><a href="{cat_path(alias)}">'
        f'<span>{esc(CATS[alias][0])}</span></a></div><div class="kt-blk-c"><ul class="block_news_cat">'
        + "".join(rows)
        + "</ul></div></div>"
    )


def _home(request: Request) -> Response:
    main = (
        _newscenter()
        + '\n<div class="row"><div class="col-md-12">'
        + _block_news_cat("nghien-cuu-trao-doi")
        + '</div><div class="col-md-12">'
        + _block_news_cat("dang-doan-the", 2)
        + "</div></div>\n"
        + '<div class="kt-blk kt-hinhanh"><div class="kt-blk-t"><a href="/vi/thu-vien-anh/"><span>Hình ảnh hoạt động</span></a></div>'
        '<div class="kt-blk-c"><a href="/vi/thu-vien-anh/hoat-dong-cua-truong/le-khai-giang-lop-tcllct-k46-tai-dak-ha-12.html">'
        '<img src="/assets/photos/2026_12/khai-giang-k46-01.jpg" alt="Lễ khai giảng lớp TCLLCT K46 tại Đăk Hà" width="200" />'
        "<span>Lễ khai giảng lớp TCLLCT K46 tại Đăk Hà</span></a></div></div>"
    )
    return _page(request, SITE, None, main, home=True, description="Cổng thông tin điện tử Trường Chính trị tỉnh Kon Tum")


def _main_right_block(alias: str, items: list[Story], subs: list[str]) -> str:
    """viewcat_main_right: one main story with its sapo, two more links on the right."""
    main, *others = items[:3]
    heading_subs = "".join(
        f' <a class="dimgray" title="{esc(CATS[s][0])}" href="{cat_path(s)}">{esc(CATS[s][0])}</a>' for s in subs
    )

    def link(s: Story) -> str:
        return art_path(s, alias) if s.opts.get("cat2") == alias else art_path(s)

    other = "".join(
        f'<li class="icon_list"><a class="show h4" href="{link(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
        for s in others
    )
    return f"""<div class="news_column panel panel-default kt-mainright">
<div class="panel-heading"><a title="{esc(CATS[alias][0])}" href="{cat_path(alias)}"><span>{esc(CATS[alias][0])}</span></a>{heading_subs}</div>
<div class="panel-body"><div class="row">
<div class="col-md-16"><a href="{link(main)}" title="{esc(main.title)}">{_thumb_img(main, 200)}</a>
<h3><a href="{link(main)}" title="{esc(main.title)}">{esc(main.title)}</a></h3>
<p>{_hometext(main)}</p></div>
<div class="col-md-8"><ul class="related">{other}</ul>
<p class="text-right"><a class="kt-more" href="{cat_path(alias)}">Xem tiếp »</a></p></div>
</div></div></div>"""


def _subcats(alias: str) -> list[str]:
    return [a for a, (_, parent) in CATS.items() if parent == alias]


def _module_main(request: Request) -> Response:
    blocks = [
        _main_right_block("tin-tuc-su-kien", _subtree("tin-tuc-su-kien"), _subcats("tin-tuc-su-kien")),
        _main_right_block("nghien-cuu-trao-doi", _in_cat("nghien-cuu-trao-doi"), []),
        _main_right_block("dang-doan-the", _in_cat("dang-doan-the"), []),
    ]
    return _page(request, _title_bar("Tin tức"), [(f"{MOD}/", "Tin tức")], "\n".join(blocks), canonical=f"{MOD}/")


def _parent_cat(request: Request, alias: str) -> Response:
    blocks = [_main_right_block(s, _in_cat(s), []) for s in _subcats(alias)]
    main = f'<h2 class="kt-cat-title">{esc(CATS[alias][0])}</h2>\n' + "\n".join(blocks)
    return _page(request, _title_bar(CATS[alias][0]), _cat_crumbs(alias), main, canonical=cat_path(alias))


def _pager(alias: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return cat_path(alias) if n == 1 else f"{MOD}/{alias}/page-{n}"

    items = []
    if page > 1:
        items.append(f'<li><a rel="prev" href="{href(page - 1)}" title="Trang {page - 1}">&laquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&laquo;</span></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            rel = ' rel="next"' if n == page + 1 else (' rel="prev"' if n == page - 1 else "")
            items.append(f'<li><a{rel} href="{href(n)}" title="Trang {n}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a rel="next" href="{href(page + 1)}" title="Trang {page + 1}">&raquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&raquo;</span></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(items) + "</ul></div>"


EXTERNAL_ROW = (
    '<div class="news_column panel panel-default"><div class="panel-body">'
    '<a href="https://baokontum.com.vn/chinh-tri/tong-ket-10-nam-thuc-hien-chi-thi-05-ct-tw-15321.html" '
    'target="_blank" title="Tỉnh ủy tổng kết 10 năm thực hiện Chỉ thị 05-CT/TW"><img src="/assets/tin-tuc/2026_11/'
    'tong-ket-chi-thi-05.jpg" alt="" width="120" class="img-thumbnail pull-left imghome" /></a>'
    '<h3><a href="https://baokontum.com.vn/chinh-tri/tong-ket-10-nam-thuc-hien-chi-thi-05-ct-tw-15321.html" '
    'target="_blank" title="Tỉnh ủy tổng kết 10 năm thực hiện Chỉ thị 05-CT/TW">Tỉnh ủy tổng kết 10 năm thực '
    'hiện Chỉ thị 05-CT/TW <em class="fa fa-external-link"></em></a></h3>'
    '<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;'
    "</em> 06/11/2026 09:00</li></ul></div>Nguồn: Báo Kon Tum</div></div>"
)


def _cat_listing(request: Request, alias: str, page: int) -> Response | None:
    items = _in_cat(alias)
    rows_all: list[str] = []
    for s in items:
        link = art_path(s, alias)
        rows_all.append(
            f"""<div class="news_column panel panel-default"><div class="panel-body">
<a href="{link}" title="{esc(s.title)}">{_thumb_img(s)}</a>
<h3><a href="{link}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline">
<li><em class="fa fa-clock-o">&nbsp;</em> {_list_time(s)}</li>
<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {s.views()}</li>
</ul></div>
{_hometext(s)}
</div></div>"""
        )
    if alias == "dang-doan-the":
        # the external-link row sorts by its own date (06/11) between 415 and 402
        rows_all.insert(1, EXTERNAL_ROW)
    pages = max(1, -(-len(rows_all) // PER_PAGE))
    if page == 1 and request.path.endswith("/page-1"):
        return Response(301, b"", {"Location": cat_path(alias)})
    if page > pages:
        return Response(301, b"", {"Location": cat_path(alias)})
    rows = rows_all[(page - 1) * PER_PAGE : page * PER_PAGE]
    head = f'<h2 class="kt-cat-title">{esc(CATS[alias][0])}</h2>'
    main = head + "\n" + "\n".join(rows) + "\n" + _pager(alias, page, pages)
    canon = cat_path(alias) if page == 1 else f"{MOD}/{alias}/page-{page}"
    title = _title_bar(CATS[alias][0]) if page == 1 else _title_bar(CATS[alias][0], f"Trang {page}")
    return _page(request, title, _cat_crumbs(alias), main, canonical=canon)


def _simple_list(request: Request, heading: str, stories: list[Story], crumbs, canonical: str) -> Response:
    rows = "".join(
        f"""<div class="news_column panel panel-default"><div class="panel-body">
<a href="{art_path(s)}" title="{esc(s.title)}">{_thumb_img(s)}</a>
<h3><a href="{art_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
<p class="text-muted"><em class="fa fa-clock-o">&nbsp;</em> {_list_time(s)}</p>
{_hometext(s)}
</div></div>"""
        for s in stories
    )
    main = f'<h2 class="kt-cat-title">{esc(heading)}</h2>\n{rows}'
    return _page(request, _title_bar(heading), crumbs, main, canonical=canonical)


def _tag(request: Request, alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    stories = [s for s in _NEWEST if alias in s.opts.get("tags", [])]
    return _simple_list(
        request,
        f"Từ khóa: {TAGS[alias]}",
        stories,
        [(f"{MOD}/", "Tin tức"), (f"{MOD}/tag/{alias}", TAGS[alias])],
        f"{MOD}/tag/{alias}",
    )


def _topic(request: Request) -> Response:
    stories = [BY_ID[i] for i in TOPIC_IDS]
    return _simple_list(
        request,
        TOPIC_TITLE,
        stories,
        [(f"{MOD}/", "Tin tức"), (f"{MOD}/topic/{TOPIC_ALIAS}", TOPIC_TITLE)],
        f"{MOD}/topic/{TOPIC_ALIAS}",
    )


def _groups(request: Request) -> Response:
    stories = [BY_ID[i] for i in HEADLINES]
    return _simple_list(
        request, "Tin tiêu điểm", stories, [(f"{MOD}/", "Tin tức"), (GROUP_PATH, "Tin tiêu điểm")], GROUP_PATH
    )


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in _NEWEST[:RSS_COUNT]:
        when = _pub(s)
        pub = when.strftime("%a, %d %b %Y %H:%M:%S +0700")
        thumb = _thumb(s)
        img = f'<img src="{base}{thumb}" width="100" align="left" border="0">' if thumb else ""
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{art_path(s)}</link>"
            f"<guid isPermaLink=\"false\">tin-tuc_{s.id}</guid>"
            f"<description><![CDATA[{img}{s.summary or ''}]]></description><pubDate>{pub}</pubDate></item>"
        )
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{SITE} - Tin tức</title><link>{base}{MOD}/</link>"
        f'<atom:link href="{base}{MOD}/rss/" rel="self" type="application/rss+xml"/>'
        f"<description>Tin tức</description><language>vi</language><generator>NukeViet v4.6</generator>"
        f"<lastBuildDate>Sat, 05 Dec 2026 07:00:00 +0700</lastBuildDate>"
        + "".join(items)
        + "</channel></rss>"
    )
    return Response(200, doc, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- the article page --------------------------------------------------------------------------


def _tieudiem_box() -> str:
    rows = "".join(
        f'<li class="clearfix"><a href="{art_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">'
        f'<img src="{_thumb(BY_ID[i])}" alt="{esc(BY_ID[i].title)}" width="70" class="pull-left" /></a>'
        f'<a class="kt-td-t" href="{art_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a>'
        f'<p class="kt-td-h">{esc(_clean60(BY_ID[i].summary or "", 110))}</p></li>'
        for i in HEADLINES
    )
    return (
        '<div class="kt-tdiem pull-right" id="kt-blk-62" style="width:42%;margin:0 0 10px 15px">'
        '<div class="kt-tdiem-hd"><span>Tin tiêu điểm</span> <a href="'
        f'{GROUP_PATH}" class="pull-right">Xem tất cả</a></div><ul class="kt-tdiem-list list-none">{rows}</ul></div>'
    )


def _files_panel(story: Story, shown_path: str) -> str:
    files = story.opts.get("files") or []
    if not files:
        return ""
    rows = []
    for key, (fname, label) in enumerate(files):
        rows.append(
            f'<div class="list-group-item"><span class="badge"><a role="button" data-toggle="collapse" '
            f'href="#file-{key}" aria-expanded="false" aria-controls="file-{key}"><i class="fa fa-eye" '
            f'data-rel="tooltip" data-content="Xem trước"></i></a></span>'
            f'<a href="{shown_path}?download=1&amp;id={key}" title="Tải về {esc(label)}" download>{esc(fname)}</a>'
            f'<div class="clearfix"></div><div class="collapse" id="file-{key}" '
            f'data-src="{shown_path}?pdf=1&amp;id={key}" data-toggle="collapsepdf"><div style="height:10px">'
            '</div><iframe frameborder="0" height="600" scrolling="yes" src="" width="100%"></iframe></div></div>'
        )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        '<h3 class="newh3"><em class="fa fa-download"></em> <strong>Tập tin đính kèm</strong></h3>'
        '<div class="list-group news-download-file">' + "".join(rows) + "</div></div></div>"
    )


def _related_newer(story: Story) -> str:
    same = [s for s in reversed(_NEWEST) if s.cat == story.cat and _pub(s) > _pub(story)][:3]
    if not same:
        return ""
    rows = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(s)}" title="{esc(s.title)}">'
        f"{esc(s.title)}</a> <em>({_pub(s).strftime('%d/%m/%Y')})</em></li>"
        for s in reversed(same)
    )
    return (
        '<p class="h3"><strong>Những tin mới hơn</strong></p>'
        f'<div class="clearfix"><ul class="detail-related related list-none list-items">{rows}</ul></div>'
    )


def _tools(story: Story, cat: str) -> str:
    tail = f"{cat}/{story.slug}-{story.id}.html"
    return (
        '<ul class="list-inline text-right kt-tool">'
        f'<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('{MOD}/sendmail/{tail}','',650,500,'resizable=no,scrollbars=yes,"
        "toolbar=no,location=no,status=no');return false\"><em class=\"fa fa-envelope fa-lg\">&nbsp;</em></a></li>"
        f'<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{MOD}/print/{tail}','',840,500,'resizable=yes,scrollbars=yes,"
        "toolbar=no,location=no,status=no');return false\"><em class=\"fa fa-print fa-lg\">&nbsp;</em></a></li>"
        f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{MOD}/savefile/{tail}">'
        '<em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul>'
    )


def _byline_lines(story: Story) -> str:
    lines = []
    if story.opts.get("author_field"):
        lines.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author_field"])}</p>')
    if story.opts.get("source_field"):
        name, url = story.opts["source_field"]
        lines.append(
            f'<p class="h5 text-right"><strong>Nguồn tin: </strong><a title="{esc(name)}" rel="nofollow" '
            f'href="{url}" target="_blank">{esc(name)}</a></p>'
        )
    return f'<div class="margin-bottom-lg kt-tacgia">{"".join(lines)}</div>' if lines else ""


def _edit_line(story: Story) -> str:
    edit = story.opts.get("edit")
    if not edit:
        return ""
    when = _dt.datetime.strptime(edit, "%Y-%m-%d %H:%M")
    return f' <span class="kt-capnhat text-muted">(Cập nhật: {when.strftime("%H:%M %d/%m/%Y")})</span>'


def _keywords(story: Story) -> str:
    tags = story.opts.get("tags") or []
    if not tags:
        return ""
    links = ", ".join(
        f'<a title="{esc(TAGS[t])}" href="{MOD}/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
        f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
    )


def _article(request: Request, story: Story, cat: str) -> Response:
    shown = art_path(story, cat)
    canonical = art_path(story)
    when = _pub(story)
    edit = story.opts.get("edit")
    modified = _dt.datetime.strptime(edit, "%Y-%m-%d %H:%M") if edit else when
    og_img = _og_image(story)
    seo = story.opts.get("titlesite") or story.title
    base = base_url(request)
    extra = "\n".join(
        [
            f'<meta property="og:title" content="{esc(seo)}" />',
            '<meta property="og:type" content="article" />',
            f'<meta property="og:description" content="{esc(story.summary or story.title)}" />',
            f'<meta property="og:url" content="{base}{canonical}" />',
            *([f'<meta property="og:image" content="{base}{og_img}" />'] if og_img else []),
            f'<meta property="article:published_time" content="{_meta_time(when)}" />',
            f'<meta property="article:modified_time" content="{_meta_time(modified)}" />',
            f'<meta property="article:section" content="{esc(CATS[cat][0])}" />',
        ]
    )
    title_h1 = _t(story, story.title) if story.opts.get("nfd") else esc(story.title)
    hometext = (
        f'<div class="hometext m-bottom">{_t(story, story.summary)}</div>'
        if story.summary and story.sapo_outside
        else ""
    )
    topic = ""
    if story.opts.get("topic"):
        topic = (
            f'<p class="h3"><strong>Chuyên đề: </strong><a title="{esc(TOPIC_TITLE)}" '
            f'href="{MOD}/topic/{TOPIC_ALIAS}">{esc(TOPIC_TITLE)}</a></p>'
        )
    score = 17 + story.id % 9
    main = f"""<div class="news_column panel panel-default kt-chitiet" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{title_h1}</h1>
<div class="row margin-bottom-lg kt-ngaydang">
<div class="col-md-12"><span class="h5">{_detail_time(story)}</span>{_edit_line(story)}</div>
<div class="col-md-12">{_tools(story, cat)}</div>
</div>
<div class="clearfix">
{_render_home_figure(story)}
{hometext}
</div>
{_tieudiem_box()}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{_render_body(story)}
</div>
{_byline_lines(story)}
<div class="kt-share"><div class="fb-like" data-href="{base}{canonical}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div>
<a class="kt-zalo" href="https://sp.zalo.me/share_inline?u={base}{canonical}" rel="nofollow" target="_blank">Zalo</a></div>
</div>
</div>
{_files_panel(story, shown)}
{_keywords(story)}
<div class="news_column panel panel-default"><div class="panel-body">
<form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {score} trong {score // 4} đánh giá</p>
<span itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden d-none hide" itemprop="itemReviewed" itemscope itemtype="https://schema.org/CreativeWorkSeries"><span class="hidden d-none hide" itemprop="name">{esc(story.title)}</span></span>Xếp hạng: <span id="numberrating" itemprop="ratingValue">{score / max(1, score // 4):.1f}</span> - <span id="click_rating" itemprop="ratingCount">{score // 4}</span> phiếu bầu</span>
<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
{topic}
{_related_newer(story)}
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><p class="h3"><strong>Ý kiến bạn đọc</strong></p>
<div class="fb-comments" data-href="{base}{canonical}" data-numposts="5" data-width="100%"></div></div></div>"""
    return _page(
        request,
        _title_bar(seo),
        _cat_crumbs(cat),
        main,
        description=story.summary or "",
        canonical=canonical,
        extra=extra,
    )


def _plain_copy(request: Request, story: Story, kind: str) -> Response:
    """print/ and savefile/: the article without the site's chrome."""
    base = base_url(request)
    when = _detail_time(story)
    hometext = f'<div id="hometext">{esc(story.summary)}</div>' if story.summary and story.sapo_outside else ""
    fig = ""
    for b in story.blocks:
        if isinstance(b, Img) and b.style in ("home", "homethumb"):
            note = f"<p><em>{esc(b.printed)}</em></p>" if b.printed else ""
            fig = f'<div id="imghome"><img src="{base}{b.src}" alt="" width="460" />{note}</div>'
    byline = ""
    if story.opts.get("author_field"):
        byline = f'<div id="author"><strong>Tác giả: </strong>{esc(story.opts["author_field"])}</div>'
    printbtn = (
        '<div id="btnprint"><a href="javascript:;" onclick="window.print()" title="In bài viết">In bài viết</a> | '
        '<a href="javascript:;" onclick="window.close()" title="Đóng cửa sổ">Đóng cửa sổ</a></div>'
        if kind == "print"
        else ""
    )
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="StyleSheet" href="{base}/themes/tctkontum/css/news.print.css" type="text/css" /></head>
<body><div id="print"><div id="hd_print"><h2 class="pull-left">{SITE}</h2>
<p class="pull-right"><a href="{base}/" title="{SITE}">{base}</a></p></div>
<div class="clear"></div><hr />
<div id="content"><h1>{esc(story.title)}</h1>
<ul class="head_print"><li>{when}</li><li><a href="{base}{art_path(story)}">{base}{art_path(story)}</a></li></ul>
<div class="clear"></div>{fig}{hometext}
<div class="bodytext">{_render_body(story).replace(f'src="{PIX}" ', '').replace('data-src="', f'src="{base}')}</div>
{byline}</div>
<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong><a href="{base}{art_path(story)}">{base}{art_path(story)}</a></div>
<div class="copyright">&copy; {SITE}</div>{printbtn}</div></div></body></html>"""
    headers = {"Content-Type": "text/html; charset=utf-8"}
    if kind == "savefile":
        headers["Content-Disposition"] = f'attachment; filename="{story.slug}.html"'
    return Response(200, doc, headers)


def _sendmail(request: Request, story: Story) -> Response:
    doc = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Gửi bài viết qua email - {SITE}</title>
<meta name="robots" content="noindex, nofollow" /></head><body>
<div class="panel panel-default"><div class="panel-heading">Gửi bài viết qua email</div><div class="panel-body">
<p><strong>Bài viết:</strong> {esc(story.title)}</p>
<form action="{MOD}/sendmail/{story.cat}/{story.slug}-{story.id}.html" method="post">
<div class="form-group"><label>Tên của bạn</label><input type="text" name="name" class="form-control" /></div>
<div class="form-group"><label>Email của bạn</label><input type="email" name="youremail" class="form-control" /></div>
<div class="form-group"><label>Email người nhận</label><input type="email" name="email" class="form-control" /></div>
<div class="form-group"><label>Nội dung</label><textarea name="content" class="form-control" rows="5"></textarea></div>
<input type="submit" class="btn btn-primary" value="Gửi bài viết" /></form></div></div></body></html>"""
    return html(doc)


def _pdf_viewer(request: Request, story: Story, key: int) -> Response | None:
    files = story.opts.get("files") or []
    if key >= len(files):
        return None
    fname = files[key][0]
    shown = request.path
    doc = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>{esc(fname)}</title>
<meta name="robots" content="noindex, nofollow" /></head><body style="margin:0">
<iframe src="/assets/js/pdf.js/web/viewer.html?file={shown}%3Fdownload%3D1%26id%3D{key}" style="border:0;width:100%;height:100vh"></iframe>
</body></html>"""
    return html(doc)


# --- non-articles ------------------------------------------------------------------------------

NON_ARTICLES = [
    "/vi/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html",
    "/vi/gioi-thieu/co-cau-to-chuc.html",
    "/vi/lien-he/",
    "/vi/van-ban/detail/ke-hoach-mo-lop-dao-tao-boi-duong-nam-2027-27.html",
    "/vi/van-ban/detail/thong-bao-lich-hoc-lop-tcllct-k46-tuan-49-28.html",
    "/vi/thu-vien-anh/hoat-dong-cua-truong/le-khai-giang-lop-tcllct-k46-tai-dak-ha-12.html",
    "/vi/video/hoat-dong/le-khai-giang-lop-tcllct-k46-tai-dak-ha.html",
]


def _about_page(request: Request, alias: str) -> Response | None:
    pages = {
        "lich-su-hinh-thanh-va-phat-trien": (
            "Lịch sử hình thành và phát triển",
            "28/08/2024 10:15",
            [
                "Trường Chính trị tỉnh Kon Tum là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy và Ủy ban "
                "nhân dân tỉnh, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy.",
                "Trải qua các thời kỳ xây dựng và trưởng thành, Trường đã đào tạo, bồi dưỡng hàng chục "
                "nghìn lượt cán bộ, đảng viên, công chức, viên chức của tỉnh, góp phần quan trọng vào sự "
                "nghiệp xây dựng và bảo vệ Tổ quốc trên địa bàn tỉnh.",
                "Năm 2021, Trường được công nhận đạt chuẩn theo Quy định số 09-QĐi/TW của Ban Bí thư về "
                "tiêu chí trường chính trị chuẩn.",
            ],
        ),
        "co-cau-to-chuc": (
            "Cơ cấu tổ chức",
            "15/03/2025 08:30",
            [
                "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
                "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học.",
                "Các khoa: Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và Pháp luật; Khoa Dân "
                "tộc, Tôn giáo và Dân vận.",
            ],
        ),
    }
    if alias not in pages:
        return None
    title, when, paras = pages[alias]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = f"""<div class="page panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(title)}</h1>
<div class="margin-bottom-lg"><span class="h5 text-muted"><em class="fa fa-clock-o"></em> {when}</span></div>
<div class="bodytext">{body}</div></div></div>"""
    return _page(
        request,
        _title_bar(title, "Giới thiệu"),
        [(f"/vi/gioi-thieu/{alias}.html", title)],
        main,
        canonical=f"/vi/gioi-thieu/{alias}.html",
    )


def _contact(request: Request) -> Response:
    main = """<div class="panel panel-default"><div class="panel-body"><h2>Liên hệ</h2>
<div class="kt-contact"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</strong></p>
<p>Địa chỉ: 179 Trần Hưng Đạo, phường Thống Nhất, thành phố Kon Tum, tỉnh Kon Tum</p>
<p>Điện thoại: 0260.3862.416 - Email: truongchinhtri@kontum.gov.vn</p></div>
<form action="/vi/lien-he/" method="post" class="form-horizontal">
<div class="form-group"><label>Bộ phận</label><select name="fpart" class="form-control"><option value="1">Phòng Tổ chức - Hành chính</option><option value="2">Phòng Quản lý đào tạo và NCKH</option></select></div>
<div class="form-group"><label>Họ và tên</label><input type="text" name="fname" class="form-control" /></div>
<div class="form-group"><label>Email</label><input type="email" name="femail" class="form-control" /></div>
<div class="form-group"><label>Tiêu đề</label><input type="text" name="ftitle" class="form-control" /></div>
<div class="form-group"><label>Nội dung</label><textarea name="fcon" class="form-control" rows="6"></textarea></div>
<input type="submit" class="btn btn-primary" value="Gửi thư" /></form></div></div>"""
    return _page(request, _title_bar("Liên hệ"), [("/vi/lien-he/", "Liên hệ")], main, canonical="/vi/lien-he/")


LAWS = {
    "ke-hoach-mo-lop-dao-tao-boi-duong-nam-2027-27": (
        "Kế hoạch số 145/KH-TCT mở lớp đào tạo, bồi dưỡng năm 2027",
        "145/KH-TCT",
        "25/11/2026",
        "Kế hoạch",
    ),
    "thong-bao-lich-hoc-lop-tcllct-k46-tuan-49-28": (
        "Thông báo số 214/TB-TCT về lịch học lớp TCLLCT K46 tuần 49",
        "214/TB-TCT",
        "30/11/2026",
        "Thông báo",
    ),
}


def _law(request: Request, alias: str) -> Response | None:
    if alias not in LAWS:
        return None
    title, number, day, kind = LAWS[alias]
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="title">{esc(title)}</h1>
<table class="table table-bordered table-striped"><tbody>
<tr><th>Số ký hiệu</th><td>{number}</td></tr>
<tr><th>Ngày ban hành</th><td>{day}</td></tr>
<tr><th>Loại văn bản</th><td>{kind}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{SITE}</td></tr>
<tr><th>Trích yếu</th><td>{esc(title)}</td></tr>
<tr><th>Người ký</th><td>Nguyễn Thị Kim Oanh</td></tr>
</tbody></table>
<p>Tệp đính kèm: <a href="/uploads/van-ban/{alias}.pdf">{alias}.pdf</a></p></div></div>"""
    return _page(
        request,
        _title_bar(title, "Văn bản"),
        [("/vi/van-ban/", "Văn bản"), (f"/vi/van-ban/detail/{alias}.html", title)],
        main,
        canonical=f"/vi/van-ban/detail/{alias}.html",
    )


def _law_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{number}</td><td>{day}</td><td><a href="/vi/van-ban/detail/{alias}.html">{esc(title)}</a></td></tr>'
        for alias, (title, number, day, _) in LAWS.items()
    )
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h2>Văn bản</h2>'
        '<table class="table table-bordered"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div></div>"
    )
    return _page(request, _title_bar("Văn bản"), [("/vi/van-ban/", "Văn bản")], main, canonical="/vi/van-ban/")


ALBUM = "/vi/thu-vien-anh/hoat-dong-cua-truong/le-khai-giang-lop-tcllct-k46-tai-dak-ha-12.html"


def _album(request: Request) -> Response:
    photos = "".join(
        f'<div class="col-md-8"><a href="/uploads/photos/2026_12/khai-giang-k46-0{n}.jpg" data-fancybox="gallery">'
        f'<img src="/assets/photos/2026_12/khai-giang-k46-0{n}.jpg" alt="Ảnh {n}" class="img-thumbnail" /></a>'
        f'<p class="text-center">Ảnh {n}/4</p></div>'
        for n in range(1, 5)
    )
    main = f"""<div class="panel panel-default kt-album"><div class="panel-body">
<h1 class="title">Lễ khai giảng lớp TCLLCT K46 tại Đăk Hà</h1>
<p class="text-muted"><em class="fa fa-clock-o"></em> 02/12/2026 &nbsp; <em class="fa fa-camera"></em> 4 ảnh &nbsp; <em class="fa fa-eye"></em> 214 lượt xem</p>
<p>Một số hình ảnh tại lễ khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 46 tổ chức tại Trung tâm Chính trị huyện Đăk Hà.</p>
<div class="row">{photos}</div></div></div>"""
    return _page(
        request,
        _title_bar("Lễ khai giảng lớp TCLLCT K46 tại Đăk Hà", "Thư viện ảnh"),
        [("/vi/thu-vien-anh/", "Thư viện ảnh")],
        main,
        canonical=ALBUM,
    )


def _album_list(request: Request) -> Response:
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h2>Thư viện ảnh</h2><div class="row">'
        f'<div class="col-md-8"><a href="{ALBUM}"><img src="/assets/photos/2026_12/khai-giang-k46-01.jpg" '
        'alt="Lễ khai giảng lớp TCLLCT K46 tại Đăk Hà" class="img-thumbnail" /></a>'
        f'<h3><a href="{ALBUM}">Lễ khai giảng lớp TCLLCT K46 tại Đăk Hà</a></h3></div></div></div></div>'
    )
    return _page(request, _title_bar("Thư viện ảnh"), [("/vi/thu-vien-anh/", "Thư viện ảnh")], main)


VIDEO = "/vi/video/hoat-dong/le-khai-giang-lop-tcllct-k46-tai-dak-ha.html"


def _video(request: Request) -> Response:
    main = """<div class="panel panel-default kt-video"><div class="panel-body">
<h1 class="title">Lễ khai giảng lớp TCLLCT K46 tại Đăk Hà</h1>
<p class="text-muted"><em class="fa fa-clock-o"></em> 03/12/2026 09:20 &nbsp; <em class="fa fa-eye"></em> 96 lượt xem</p>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/kT46dakHa01" allowfullscreen></iframe></div>
<p>Phóng sự ngắn về lễ khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 46 tại huyện Đăk Hà.</p>
</div></div>"""
    return _page(
        request,
        _title_bar("Lễ khai giảng lớp TCLLCT K46 tại Đăk Hà", "Video clip"),
        [(VIDEO, "Video clip")],
        main,
        canonical=VIDEO,
    )


def _seek(request: Request) -> Response:
    q = esc(request.params.get("q", ""))
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h2>Tìm kiếm</h2>'
        f'<form action="/vi/seek/" method="get"><input type="text" name="q" value="{q}" />'
        '<input type="submit" value="Tìm kiếm" /></form>'
        f"<p>Không tìm thấy kết quả nào phù hợp với từ khóa <strong>{q}</strong>.</p></div></div>"
    )
    return _page(request, _title_bar("Tìm kiếm"), [("/vi/seek/", "Tìm kiếm")], main)


# --- routing -----------------------------------------------------------------------------------

_ART = re.compile(r"^/vi/tin-tuc/(?:(print|savefile|sendmail)/)?([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PAGE = re.compile(r"^/vi/tin-tuc/([a-z0-9-]+)/page-(\d+)/?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/uploads/", "/assets/", "/themes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            if request.params.get("nv") == "tin-tuc" and "op" in request.params:
                return self._legacy(request.params["op"])
            return _home(request)
        if path == "/index.php":
            if request.params.get("nv") == "tin-tuc":
                op = request.params.get("op")
                return self._legacy(op) if op else Response(301, b"", {"Location": f"{MOD}/"})
            return Response(301, b"", {"Location": "/"})
        if path in ("/vi", "/vi/"):
            return Response(301, b"", {"Location": "/"})
        if path == f"{MOD}/":
            return _module_main(request)
        if path in (f"{MOD}/rss/", f"{MOD}/rss"):
            return _rss(request)
        if path.rstrip("/") == GROUP_PATH.rstrip("/"):
            return _groups(request)
        if path.rstrip("/") == f"{MOD}/topic/{TOPIC_ALIAS}":
            return _topic(request)
        if path.startswith(f"{MOD}/tag/"):
            return _tag(request, path[len(f"{MOD}/tag/") :].strip("/"))
        m = _ART.match(path)
        if m:
            return self._article_route(request, *m.groups())
        m = _PAGE.match(path)
        if m:
            alias, page = m.group(1), int(m.group(2))
            if alias not in CATS or _subcats(alias):
                return None  # the parent category (viewcat_main_right) has no pages
            return _cat_listing(request, alias, page)
        if path.startswith(MOD + "/") and path.endswith("/"):
            alias = path[len(MOD) + 1 : -1]
            if alias in CATS:
                if alias == "tin-tuc-su-kien":
                    return _parent_cat(request, alias)
                return _cat_listing(request, alias, 1)
            return None
        if path.startswith(MOD + "/") and path[len(MOD) + 1 :] in CATS:
            return Response(301, b"", {"Location": path + "/"})
        if path.startswith("/vi/gioi-thieu/") and path.endswith(".html"):
            return _about_page(request, path[len("/vi/gioi-thieu/") : -5])
        if path == "/vi/lien-he/":
            return _contact(request)
        if path == "/vi/van-ban/":
            return _law_list(request)
        if path.startswith("/vi/van-ban/detail/") and path.endswith(".html"):
            return _law(request, path[len("/vi/van-ban/detail/") : -5])
        if path == "/vi/thu-vien-anh/":
            return _album_list(request)
        if path == ALBUM:
            return _album(request)
        if path == VIDEO:
            return _video(request)
        if path == "/vi/seek/":
            return _seek(request)
        return None

    def _legacy(self, op: str) -> Response | None:
        m = re.match(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$", op)
        if not m:
            return None
        story = BY_ID.get(int(m.group(3)))
        if not story or story.slug != m.group(2):
            return None
        return Response(301, b"", {"Location": art_path(story)})

    def _article_route(self, request: Request, kind: str | None, cat: str, slug: str, sid: str) -> Response | None:
        story = BY_ID.get(int(sid))
        if story is None or story.slug != slug or cat not in CATS:
            return None
        allowed = {story.cat, story.opts.get("cat2")}
        if cat not in allowed:
            return Response(301, b"", {"Location": art_path(story)})
        if kind in ("print", "savefile"):
            return _plain_copy(request, story, kind)
        if kind == "sendmail":
            return _sendmail(request, story)
        params = request.params
        if "download" in params or "pdf" in params:
            try:
                key = int(params.get("id", "0"))
            except ValueError:
                return None
            files = story.opts.get("files") or []
            if key >= len(files):
                return None
            if "pdf" in params:
                return _pdf_viewer(request, story, key)
            return Response(
                200,
                PDF,
                {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": f'attachment; filename="{files[key][0]}"',
                },
            )
        return _article(request, story, cat)


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    """savefile/ and print/ copies, and the whole set again under a second category."""
    alts = []
    for cat in (story.cat, story.opts.get("cat2")):
        if not cat:
            continue
        tail = f"{cat}/{story.slug}-{story.id}.html"
        if cat != story.cat:
            alts.append(art_path(story, cat))
        alts += [f"{MOD}/savefile/{tail}", f"{MOD}/print/{tail}"]
    return alts


GOLD = [
    gold_record(s, art_path(s), CATS[s.cat][0], canonical_path=art_path(s), alt_paths=_alts(s))
    for s in STORIES
]
