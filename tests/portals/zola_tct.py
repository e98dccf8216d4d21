"""Trường Chính trị tỉnh Gia Lai on a Zola static site (Rust SSG, Tera templates, adapted theme).

Platform
--------
A Zola build published by nginx. Content lives in ``content/`` as Markdown with TOML front
matter, edited through Decap CMS (a Git-based admin: its accounts sign as "bientap.tct",
"quantri"); the integrator adapted an English blog theme and translated it only in part, so some
labels and date formats are still English ("Older posts →", "Đăng ngày November 27, 2026").
Every template prints absolute permalinks (``{{ page.permalink }}`` on ``config.base_url``);
Markdown written by the editors keeps its own relative links and image paths.

URL scheme
----------
- ``/`` home (``content/_index.md``): slider, "Tin tức - Sự kiện" block, research block, sidebar.
- Sections with ``_index.md``; pages are ``<section>/<slug>/`` (a folder with ``index.html``):
  ``/tin-tuc/`` "Tin tức - Sự kiện" with two *transparent* subsections
  ``/tin-tuc/dao-tao-boi-duong/`` "Đào tạo - Bồi dưỡng" and ``/tin-tuc/hoat-dong/``
  "Hoạt động của Trường" (their pages show in the parent's listing too);
  ``/nghien-cuu-trao-doi/`` "Nghiên cứu - Trao đổi"; ``/thong-bao/`` "Thông báo";
  ``/van-ban/``, ``/thu-vien-anh/``, ``/video/``, ``/lich-giang/`` (no articles);
  ``/gioi-thieu/`` (a section whose own page is the intro), ``/lien-he/``, ``/tim-kiem/``
  (elasticlunr search, JS only).
- Paginators ``<section>/page/N/`` (``paginate_by`` 5 for /tin-tuc/, 3 elsewhere); Zola also
  writes ``page/1/`` as an alias stub pointing at the section.
- Taxonomy ``categories`` printed as "Chủ đề": ``/categories/`` and ``/categories/<term>/`` with
  ``slugify.taxonomies = "safe"``, so terms keep their Vietnamese letters and capitals in the path
  (``/categories/Xây-dựng-Đảng/``, sent percent-encoded by clients).
- Zola's ``aliases``: a stub page (``internal/alias.html``: JS ``location.replace``, the meta refresh
  inside ``<noscript>``, a "Click here" link), 200 OK.
- nginx: ``…/slug/index.html`` serves the same file; ``…/slug`` gets a 301 to ``…/slug/``; the
  query string is ignored (``?fbclid=…`` serves the page unchanged); unknown paths get Zola's
  404.html with status 404. ``/robots.txt``, ``/sitemap.xml`` (all pages, sections, paginators,
  terms; ``lastmod`` = ``updated`` or ``date``) and ``/rss.xml`` (10 latest) exist.

Page templates
--------------
- news page (``page-tin.html``): breadcrumb "Trang chủ › Tin tức - Sự kiện › <subsection>",
  the headline in ``<h2 class="bv-td">`` (the ``<h1>`` of every page is the school's name in the
  header), a meta line with the date in the ``vi_VN`` locale ("Thứ Năm, 03 Tháng 12 2026 - 17:20"),
  optional "Cập nhật: …", "Người đăng: <Decap account>", "Tác giả: <extra.tac_gia>", reading time,
  share/print tools, optional printed description ("bv-tomtat"), ``page.content``, "Chủ đề" terms,
  newer/older links (``page.higher``/``page.lower`` within the subsection), "Các tin khác" (two
  latest of the subsection, each with its summary paragraph).
- research page (``page-nghiencuu.html``, from another theme): breadcrumb ``<ol>`` ending with the
  headline, ``<h2 class="post-title">``, "Đăng ngày <English date>" and "Tác giả: …", optional
  ``<p class="nc-sapo">``, a "Nội dung chính" box from ``page.toc``, the content, "Bài viết cùng
  chuyên mục"; no newer/older links.
- notice page (``page-thongbao.html``): "Ngày đăng: dd/mm/YYYY HH:MM", content (the official
  document typed in Markdown with HTML tables), an attachments box.
- listings: section title, items with thumbnail (``/processed_images/…``, not the article photos),
  title, English date ("December 03, 2026"), ``page.summary`` and "Xem tiếp »"
  (``…/#continue-reading``); /tin-tuc/ has a hand-written pager that links "1" to the
  ``page/1/`` stub; the subsections use the theme's pager macro; the research section shows only
  a JS "Xem thêm bài viết" button (``data-next``) plus ``<link rel="next">`` in the head.

How each gold article is reached
--------------------------------
- /tin-tuc/ page 1: D1, H2, D2, H1, H3; /tin-tuc/page/2/: D3, H4, D4 (also subsection listings:
  Đào tạo p1 D1 D2 D3, p2 D4; Hoạt động p1 H2 H1 H3, p2 H4; the older/newer links chain them).
- home: D1, H2, D2, H1, H3 (block), slider D1 H2 D2, ticker D1 (``index.html``) and N1 (no
  trailing slash, 301), research block R1 R2, sidebar "Đọc nhiều" D2 (``?fbclid=``) H1 R3 H3,
  "Thông báo" N1.
- /nghien-cuu-trao-doi/: R1 R2 R3; R4 only on /nghien-cuu-trao-doi/page/2/ (reached through the
  ``data-next`` button or ``<link rel="next">``; R4 has no "Chủ đề" term and no other link).
- /thong-bao/: N1. Taxonomy terms list D1 D3 N1 / H1 / D1 H3 R2 / H2 H4 R3.

Traps
-----
1. Headline not in ``<h1>``: every page's ``<h1>`` is "TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI" (header);
   the headline is an ``<h2>`` -> gold ``title`` is the ``<h2>``.
2. Zola alias stubs: ``/tin-tuc/page/1/`` and H1's old slug
   ``/tin-tuc/hoat-dong/le-ky-niem-43-nam-ngay-nha-giao-viet-nam/`` (linked from H2's "Xem thêm")
   are 200 pages whose meta refresh sits in ``<noscript>`` (w3lib ignores it); the stub is no
   article -> H1 keeps its canonical path, the old slug is in its ``alt_paths``.
3. Static-host duplicates: ``…/index.html`` (ticker, D1), ``?fbclid=…`` from the analytics-built
   "Đọc nhiều" box (D2), no trailing slash -> 301 (ticker, N1) -> one record each, in
   ``alt_paths``; ``<link rel="canonical">`` names the folder URL.
4. Date traps: news dates in the ``vi_VN`` locale ("Thứ Ba, 24 Tháng 11 2026 - 10:40"), research
   dates in English ("Đăng ngày October 08, 2026"), a date-only front matter printed as "- 00:00"
   (D3 -> the day "2026-11-05"), "Cập nhật" and sitemap ``lastmod`` are updates (D1 -> 17:20 on
   the 3rd, not the 4th), the header clock is today; N1's posting time (01/12 08:05,
   ``article:published_time``) is not its date: the letterhead's "ngày 30 tháng 11 năm 2026" is.
5. Heading anchors: ``insert_anchor_links = "right"`` with the integrator's "#" anchor
   (``<a class="zola-anchor">#</a>``) after each heading of R1 -> the "#" is not text.
6. Table of contents: R1's "Nội dung chính" box repeats the headings as a list of links -> not body.
7. Bottom footnotes (``bottom_footnotes = true``): calls are bare ``<sup>1</sup>`` glued to the word
   -> not text; the notes (``ol.footnotes-list``) are body paragraphs without their "↩" back-links.
   R2's calls are typed "[1]" and stay in the text, its references are typed "[1] …" paragraphs.
8. Captions in Markdown: an ``<em>`` line in the same ``<p>`` as the image (soft break, D2), an
   italic paragraph after the image (D3), a ``<figcaption>`` in parentheses (D1, H2), a two-photo
   table with captions in the row below (H1), an ``alt``/``title`` that is never printed (R3 ->
   None), "Ảnh: Đức Anh" only (D2 -> None). Captions are never body.
9. Sapo printed twice: H1's ``description`` is printed as "bv-tomtat" *and* is the content's first
   paragraph -> it is the summary and the body's first paragraph once. D1/R3 print the
   description only in its own element (summary, body's first paragraph); D2/R2 have a bold lead;
   D4 has only a meta description (summary null).
10. Bylines: "Tin, ảnh: Hồng Nhung"; "Tin: Minh Châu - Ảnh: Đức Anh"; a right-aligned unit
   (D3); "ThS. Lê Thị Thu Hà - Khoa Lý luận cơ sở" at the end of a Word paste with "Người đăng:
   bientap.tct" in the meta line (D4); "Thanh Tâm (Phòng Tổ chức - Hành chính)"; template
   "Tác giả: Quang Huy"; two authors with degrees "TS. Trần Văn Bình, ThS. Đỗ Thị Lan Anh - Khoa
   …"; "CN. Võ Minh Tuấn, Giảng viên Khoa Xây dựng Đảng"; "BBT" and "quantri" credit nobody.
11. Word paste in Markdown (D4): ``MsoListParagraph`` items whose "-" bullet is in a
   ``mso-list:Ignore`` span (no text), next to paragraphs where the editor typed "- " (text),
   and ``&nbsp;`` spacer paragraphs.
12. Decomposed Unicode: D3's text was pasted from a Mac (NFD) -> gold is NFC.
13. Chrome that reads like content: "Các tin khác"/"Bài viết cùng chuyên mục" print other
   articles' summary paragraphs; "Lời Bác dạy" quote box, "Xem thêm: <link>" (H2), attachments
   box (N1); the pager's English labels ("Older posts →", "← Newer posts").
14. Discovery: R4 only on the research section's page 2, linked by a JS button's ``data-next``
   and ``<link rel="next">``; taxonomy paths are Unicode.

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the Zola *section* the page lives in as the breadcrumb and menu print it
  ("Đào tạo - Bồi dưỡng", "Hoạt động của Trường", "Nghiên cứu - Trao đổi", "Thông báo"), never the
  "Chủ đề" taxonomy term printed under the text, nor the parent "Tin tức - Sự kiện".
- The anchor "#" after a heading and the "↩" back-links are the platform's tools, not text; a
  footnote's label is the list's marker (no text), like the numbers of an ``<ol>``.
- H1's sapo printed twice is one paragraph of the text (the template's copy is the sapo element).
- N1 (an official notice): the letterhead table, "THÔNG BÁO" and its subject line, "Nơi nhận" and
  the signature block are not body; the closing "./." stays in its sentence; author = the signer
  "Lê Văn Thành"; date = the letterhead's day "2026-11-30".
- Research pages print only the day (English month) -> the day alone.
- H3 is a reprint: "Ngọc Minh" signs it above "Nguồn: Báo và Phát thanh, Truyền hình Gia Lai" ->
  author Ngọc Minh, source the newspaper; its "Theo kế hoạch, …" sentence is text.
- ``alt_paths`` lists ``…/index.html`` for every article (nginx serves it) plus the linked
  variants (``?fbclid=``, the alias stub, the 301 without the slash).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "zola_tct"
PLATFORM = "Zola static site (Tera templates, adapted theme, Decap CMS, nginx)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Trường Chính trị tỉnh Gia Lai"

# --- sections -------------------------------------------------------------------------------

SECTIONS = {
    "dao-tao": {"path": "/tin-tuc/dao-tao-boi-duong/", "title": "Đào tạo - Bồi dưỡng", "parent": "tin-tuc"},
    "hoat-dong": {"path": "/tin-tuc/hoat-dong/", "title": "Hoạt động của Trường", "parent": "tin-tuc"},
    "nghien-cuu": {"path": "/nghien-cuu-trao-doi/", "title": "Nghiên cứu - Trao đổi", "parent": None},
    "thong-bao": {"path": "/thong-bao/", "title": "Thông báo", "parent": None},
}
TIN_TUC = {"path": "/tin-tuc/", "title": "Tin tức - Sự kiện"}

TERMS = {
    "Đào tạo lý luận chính trị": "Đào-tạo-lý-luận-chính-trị",
    "Ngày Nhà giáo Việt Nam": "Ngày-Nhà-giáo-Việt-Nam",
    "Chính quyền địa phương hai cấp": "Chính-quyền-địa-phương-hai-cấp",
    "Xây dựng Đảng": "Xây-dựng-Đảng",
}

FBCLID = "IwY2xjawGmE0hleHRuA2FlbQIxMAABHd3u8lq0Kc6Lr1pWq2mZ_aem_Qm9kZUhlbGxvV29ybGQ"

# --- the stories ----------------------------------------------------------------------------

_RIGHT = 'style="text-align: right;"'

D1 = Story(
    id=1,
    slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-50",
    title="Bế giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 50 tại cơ sở 2",
    cat="dao-tao",
    published_at="2026-12-03T17:20:00+07:00",
    summary=(
        "Chiều ngày 03/12/2026, tại cơ sở 2 (phường Pleiku), Trường Chính trị tỉnh Gia Lai tổ chức"
        " Lễ bế giảng và trao bằng tốt nghiệp lớp Trung cấp lý luận chính trị hệ không tập trung"
        " khóa 50 cho 112 học viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự buổi lễ có đồng chí Phan Thị Mỹ Lệ, Phó Hiệu trưởng Trường Chính trị tỉnh; đại diện"
            " lãnh đạo các khoa, phòng chuyên môn của Trường và toàn thể học viên của lớp."
        ),
        Img(
            "/processed_images/be-giang-k50-01.9c4e2a7b1d0f3e58.jpg",
            "Quang cảnh Lễ bế giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 50",
            "Quang cảnh Lễ bế giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 50",
            "fig",
        ),
        P(
            "Lớp Trung cấp lý luận chính trị hệ không tập trung khóa 50 được khai giảng vào tháng"
            " 10/2025, gồm 112 học viên là cán bộ, công chức, viên chức đang công tác tại các xã,"
            " phường phía Tây của tỉnh. Trong hơn 13 tháng học tập, học viên đã được trang bị 5 phần"
            " học với 21 học phần theo chương trình của Học viện Chính trị quốc gia Hồ Chí Minh."
        ),
        P("Kết quả học tập toàn khóa như sau:"),
        P("Xếp loại | Số học viên | Tỷ lệ (%)", "th"),
        P("Xuất sắc | 4 | 3,6", "tr"),
        P("Giỏi | 38 | 33,9", "tr"),
        P("Khá | 66 | 58,9", "tr"),
        P("Trung bình | 4 | 3,6", "tr"),
        P(
            "Phát biểu bế giảng, đồng chí Phó Hiệu trưởng ghi nhận tinh thần khắc phục khó khăn của"
            " học viên, nhất là trong bối cảnh vừa thực hiện sắp xếp đơn vị hành chính, vận hành"
            " chính quyền địa phương hai cấp, khối lượng công việc tại cơ sở tăng nhiều nhưng học"
            " viên vẫn bảo đảm thời gian lên lớp, hoàn thành tốt các bài kiểm tra, thi và khóa luận"
            " tốt nghiệp."
        ),
        Img(
            "/processed_images/be-giang-k50-02.1b7d3f0a6c2e9d44.jpg",
            "(Lãnh đạo Trường trao giấy khen cho các học viên có thành tích xuất sắc trong học tập)",
            "Lãnh đạo Trường trao giấy khen cho các học viên có thành tích xuất sắc trong học tập",
            "fig",
        ),
        P(
            "Đồng chí đề nghị mỗi học viên sau khi tốt nghiệp tiếp tục tự học, tự rèn luyện, vận dụng"
            " sáng tạo những kiến thức đã được trang bị vào thực tiễn công tác tại địa phương, đơn"
            " vị; giữ gìn phẩm chất đạo đức, lối sống, xứng đáng với niềm tin của cấp ủy, tổ chức"
            " đảng đã cử đi học."
        ),
        P(
            "Dịp này, Trường đã khen thưởng 4 học viên có thành tích xuất sắc toàn khóa và 1 tập thể"
            " lớp hoàn thành tốt nhiệm vụ."
        ),
        Raw(f"<p {_RIGHT}><strong>Tin, ảnh: Hồng Nhung</strong></p>"),
    ],
    authors=["Hồng Nhung"],
    photographers=["Hồng Nhung"],
    opts={
        "date": "2026-12-03T17:20:00+07:00",
        "updated": "2026-12-04T09:12:00+07:00",
        "print_desc": True,
        "terms": ["Đào tạo lý luận chính trị", "Chính quyền địa phương hai cấp"],
        "thumb": "/processed_images/be-giang-k50-01.3a0c9e51f27b8d16.jpg",
    },
)

D2 = Story(
    id=2,
    slug="khai-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4",
    title="Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="dao-tao",
    published_at="2026-11-24T10:40:00+07:00",
    summary=(
        "Sáng 24/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng lớp bồi"
        " dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026. Tham gia lớp học có 95"
        " học viên là cán bộ, đảng viên đang học tập tại các lớp trung cấp lý luận chính trị của"
        " Trường."
    ),
    blocks=[
        P(
            "Sáng 24/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng lớp"
            " bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026. Tham gia lớp học"
            " có 95 học viên là cán bộ, đảng viên đang học tập tại các lớp trung cấp lý luận chính"
            " trị của Trường.",
            "lead",
        ),
        Img(
            "khai-giang-qpan-1.jpg",
            "Đại tá Nguyễn Văn Tâm, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu tại lễ khai giảng",
            "Đại tá Nguyễn Văn Tâm, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu tại lễ khai giảng",
            "md-em",
        ),
        P(
            "Trong thời gian 5 ngày (từ ngày 24/11 đến ngày 28/11/2026), học viên được truyền đạt 11"
            " chuyên đề về những vấn đề cơ bản của đường lối quốc phòng, an ninh của Đảng, chính"
            " sách, pháp luật của Nhà nước; xây dựng nền quốc phòng toàn dân, thế trận quốc phòng"
            " toàn dân gắn với thế trận an ninh nhân dân; công tác quốc phòng, quân sự địa phương"
            " trong tình hình mới và phòng, chống “diễn biến hòa bình”, bạo loạn lật đổ."
        ),
        P(
            "Ngoài phần lý thuyết, học viên được tham quan mô hình huấn luyện, thực hành một số nội"
            " dung về điều lệnh đội ngũ và sử dụng bản đồ địa hình quân sự."
        ),
        Img("khai-giang-qpan-2.jpg", "Ảnh: Đức Anh", None, "md-em"),
        P(
            "Phát biểu khai giảng, đồng chí Trưởng khoa Nhà nước và Pháp luật đề nghị học viên chấp"
            " hành nghiêm nội quy, quy chế học tập; chủ động nghiên cứu tài liệu, tích cực trao đổi,"
            " thảo luận để nắm vững kiến thức, vận dụng vào thực tiễn công tác tại cơ sở."
        ),
        Raw(f"<p {_RIGHT}><strong>Tin: Minh Châu - Ảnh: Đức Anh</strong></p>"),
    ],
    authors=["Minh Châu"],
    photographers=["Đức Anh"],
    opts={
        "date": "2026-11-24T10:40:00+07:00",
        "thumb": "/processed_images/khai-giang-qpan-1.77e02b4c9f1a3d68.jpg",
    },
)

D3 = Story(
    id=3,
    slug="hoc-vien-trung-cap-khoa-51-nghien-cuu-thuc-te",
    title="Học viên lớp Trung cấp lý luận chính trị khóa 51 đi nghiên cứu thực tế tại các xã biên giới",
    cat="dao-tao",
    published_at="2026-11-05",
    blocks=[
        P(
            "Thực hiện kế hoạch đào tạo năm 2026, từ ngày 02/11 đến ngày 04/11/2026, Trường Chính trị"
            " tỉnh tổ chức cho 87 học viên lớp Trung cấp lý luận chính trị hệ tập trung khóa 51 đi"
            " nghiên cứu thực tế tại các xã Ia Grai, Ia Dom và Ia O."
        ),
        P(
            "Tại các địa phương, đoàn đã nghe lãnh đạo Đảng ủy, Ủy ban nhân dân xã báo cáo tình hình"
            " phát triển kinh tế - xã hội, công tác xây dựng Đảng, xây dựng hệ thống chính trị sau"
            " hơn một năm vận hành mô hình chính quyền địa phương hai cấp; kết quả thực hiện các"
            " chương trình mục tiêu quốc gia và công tác bảo đảm quốc phòng, an ninh vùng biên giới."
        ),
        Img(
            "/uploads/2026/11/ntt-k51-ia-dom.jpg",
            "Đoàn học viên làm việc với Đảng ủy xã Ia Dom",
            "Đoàn học viên làm việc với Đảng ủy xã Ia Dom",
            "md-next",
        ),
        P(
            "Học viên cũng đã đến thăm, tặng quà cán bộ, chiến sĩ Đồn Biên phòng Ia Dom; tìm hiểu mô"
            " hình “Dân vận khéo” trong vận động đồng bào dân tộc thiểu số phát triển cây cà phê, hồ"
            " tiêu theo hướng bền vững."
        ),
        P(
            "Qua đợt nghiên cứu thực tế, học viên có thêm điều kiện gắn lý luận với thực tiễn, làm cơ"
            " sở để hoàn thành bài thu hoạch cuối khóa và vận dụng vào công tác tại địa phương, đơn"
            " vị."
        ),
        Raw(f"<p {_RIGHT}><strong>Phòng Quản lý đào tạo và Nghiên cứu khoa học</strong></p>"),
    ],
    authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
    opts={
        "date": "2026-11-05",
        "nfd": True,
        "terms": ["Đào tạo lý luận chính trị"],
        "thumb": "/processed_images/ntt-k51-ia-dom.c61f0e2a8d4b7395.jpg",
    },
)

_MSO_SPAN = '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'

D4 = Story(
    id=4,
    slug="hoi-giang-giang-vien-gioi-cap-truong-nam-2026",
    title="Hội giảng giảng viên giỏi cấp Trường năm 2026",
    cat="dao-tao",
    published_at="2026-10-15T10:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 12/10 đến ngày 14/10/2026, Trường Chính trị tỉnh tổ chức Hội giảng giảng viên"
            " giỏi cấp Trường năm 2026 nhằm đánh giá chất lượng đội ngũ giảng viên, tạo môi trường"
            " để giảng viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp giảng dạy.",
            "mso",
        ),
        P(
            "Hội giảng có 14 giảng viên thuộc 4 khoa chuyên môn tham gia. Mỗi giảng viên trình bày"
            " một bài giảng trong chương trình trung cấp lý luận chính trị hoặc chương trình bồi"
            " dưỡng cán bộ cấp xã. Ban Giám khảo đánh giá bài giảng theo các tiêu chí:",
            "mso",
        ),
        P("Nội dung bài giảng bảo đảm tính khoa học, tính Đảng, tính thực tiễn;", "mso-li"),
        P(
            "Phương pháp giảng dạy phát huy tính tích cực của học viên, ứng dụng công nghệ thông tin"
            " phù hợp;",
            "mso-li",
        ),
        P("Tác phong sư phạm, khả năng xử lý tình huống và quản lý thời gian.", "mso-li"),
        Raw('<p class="MsoNormal" style="text-align:justify;line-height:150%">&nbsp;</p>'),
        P(
            "Kết quả, Ban Tổ chức công nhận 9 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp"
            " Trường, trong đó:",
            "mso",
        ),
        P("- Giải Nhất: ThS. Nguyễn Thị Phương Thảo, Khoa Xây dựng Đảng;", "mso"),
        P("- Giải Nhì: ThS. Huỳnh Văn Lộc, Khoa Lý luận cơ sở và ThS. Đặng Thu Trang, Khoa Dân vận.", "mso"),
        P(
            "Hội giảng là dịp để mỗi giảng viên tự đánh giá năng lực, trình độ của bản thân, qua đó"
            " tiếp tục nâng cao chất lượng giảng dạy, đáp ứng yêu cầu đào tạo, bồi dưỡng cán bộ"
            " trong giai đoạn mới.",
            "mso",
        ),
        Raw('<p class="MsoNormal">&nbsp;</p>'),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right">'
            f"<b>{_MSO_SPAN}ThS. Lê Thị Thu Hà - Khoa Lý luận cơ sở</span></b></p>"
        ),
    ],
    authors=["Lê Thị Thu Hà"],
    opts={
        "date": "2026-10-15T10:00:00+07:00",
        "nguoi_dang": "bientap.tct",
        "desc": "Từ ngày 12/10 đến ngày 14/10/2026, Trường Chính trị tỉnh tổ chức Hội giảng giảng viên giỏi cấp Trường năm 2026.",
    },
)

H1 = Story(
    id=5,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="hoat-dong",
    published_at="2026-11-20T09:15:00+07:00",
    summary=(
        "Sáng 19/11/2026, Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
        " (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua “Dạy tốt - Học tốt” năm học"
        " 2025 - 2026."
    ),
    blocks=[
        P(
            "Sáng 19/11/2026, Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026) và tổng kết phong trào thi đua “Dạy tốt - Học tốt” năm học"
            " 2025 - 2026."
        ),
        P(
            "Đến dự có đồng chí Đinh Văn Hòa, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận"
            " Tỉnh ủy; đại diện lãnh đạo một số sở, ngành và các thế hệ nhà giáo đã nghỉ hưu của"
            " Trường."
        ),
        P(
            "Tại buổi lễ, đồng chí Nguyễn Thanh Sơn, Hiệu trưởng đã ôn lại truyền thống vẻ vang của"
            " ngành giáo dục nước nhà và chặng đường xây dựng, phát triển của Trường. Năm học 2025 -"
            " 2026, Trường đã mở 14 lớp đào tạo trung cấp lý luận chính trị, 46 lớp bồi dưỡng với"
            " hơn 5.200 lượt học viên; 100% giảng viên hoàn thành tốt nhiệm vụ."
        ),
        P("“Dù khó khăn đến đâu cũng phải tiếp tục thi đua dạy tốt và học tốt.”", "quote"),
        P(
            "Thấm nhuần lời dạy của Chủ tịch Hồ Chí Minh, tập thể cán bộ, giảng viên Trường tiếp tục"
            " đổi mới nội dung, phương pháp giảng dạy, gắn lý luận với thực tiễn của địa phương sau"
            " sắp xếp đơn vị hành chính."
        ),
        Img(
            "/uploads/2026/11/20-11-tang-hoa.jpg",
            "Đồng chí Đinh Văn Hòa tặng hoa chúc mừng tập thể cán bộ, giảng viên Trường",
            "Đồng chí Đinh Văn Hòa tặng hoa chúc mừng tập thể cán bộ, giảng viên Trường",
            "pair",
        ),
        Img(
            "/uploads/2026/11/20-11-khen-thuong.jpg",
            "Hiệu trưởng Nguyễn Thanh Sơn trao giấy khen cho các tập thể, cá nhân có thành tích xuất sắc",
            "Hiệu trưởng Nguyễn Thanh Sơn trao giấy khen cho các tập thể, cá nhân có thành tích xuất sắc",
            "pair",
        ),
        P(
            "Thay mặt lãnh đạo tỉnh, đồng chí Đinh Văn Hòa biểu dương những kết quả mà tập thể cán"
            " bộ, giảng viên Trường đạt được; đề nghị Trường tiếp tục nâng cao chất lượng đào tạo,"
            " bồi dưỡng cán bộ cho hệ thống chính trị cơ sở."
        ),
        P(
            "Dịp này, Trường trao giấy khen cho 6 tập thể và 21 cá nhân có thành tích xuất sắc trong"
            " phong trào thi đua năm học 2025 - 2026."
        ),
        Raw(f"<p {_RIGHT}><strong>Thanh Tâm</strong> (Phòng Tổ chức - Hành chính)</p>"),
    ],
    authors=["Thanh Tâm"],
    opts={
        "date": "2026-11-20T09:15:00+07:00",
        "print_desc": True,
        "aliases": ["/tin-tuc/hoat-dong/le-ky-niem-43-nam-ngay-nha-giao-viet-nam/"],
        "terms": ["Ngày Nhà giáo Việt Nam"],
        "thumb": "/processed_images/20-11-tang-hoa.0f8e6d4c2b1a9e37.jpg",
    },
)

H2 = Story(
    id=6,
    slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
    title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
    cat="hoat-dong",
    published_at="2026-12-01T16:45:00+07:00",
    blocks=[
        P(
            "Chiều 01/12/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026"
            " với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với trách nhiệm nêu gương của"
            " đảng viên là giảng viên”."
        ),
        Img(
            "/processed_images/sinh-hoat-chuyen-de-q4.5e8a1c0f2b7d9e36.jpg",
            "(Đồng chí Bí thư Chi bộ Khoa Xây dựng Đảng quán triệt nội dung chuyên đề)",
            "Đồng chí Bí thư Chi bộ Khoa Xây dựng Đảng quán triệt nội dung chuyên đề",
            "fig",
        ),
        P(
            "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã quán triệt những nội dung cơ bản của"
            " chuyên đề; phân tích những ưu điểm, hạn chế trong sinh hoạt chi bộ thời gian qua như:"
            " nội dung sinh hoạt có lúc còn dàn trải, tính chiến đấu trong tự phê bình và phê bình"
            " chưa cao, việc tham gia ý kiến của một số đảng viên còn hạn chế."
        ),
        P(
            "Các đảng viên trong chi bộ đã thảo luận sôi nổi, đề xuất nhiều giải pháp thiết thực"
            " như: chuẩn bị kỹ nội dung trước mỗi kỳ sinh hoạt; gắn sinh hoạt chuyên đề với việc"
            " thực hiện nhiệm vụ chính trị của khoa; mỗi đảng viên đăng ký ít nhất một việc làm cụ"
            " thể để nêu gương trong giảng dạy, nghiên cứu khoa học."
        ),
        P(
            "Kết thúc buổi sinh hoạt, Chi bộ thống nhất ban hành nghị quyết chuyên đề và giao các"
            " đồng chí chi ủy viên theo dõi, đôn đốc việc thực hiện."
        ),
        Raw(
            "<p><em>Xem thêm: <a href=\"/tin-tuc/hoat-dong/le-ky-niem-43-nam-ngay-nha-giao-viet-nam/\">"
            "Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></em></p>"
        ),
    ],
    authors=["Quang Huy"],
    opts={
        "date": "2026-12-01T16:45:00+07:00",
        "tac_gia": "Quang Huy",
        "terms": ["Xây dựng Đảng"],
        "thumb": "/processed_images/sinh-hoat-chuyen-de-q4.e21b7c5a9f03d684.jpg",
    },
)

H3 = Story(
    id=7,
    slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-boi-duong-can-bo-cap-xa",
    title=(
        "Hội thảo khoa học “Nâng cao chất lượng bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp đơn"
        " vị hành chính”"
    ),
    cat="hoat-dong",
    published_at="2026-11-13T15:00:00+07:00",
    blocks=[
        P(
            "Ngày 13/11/2026, Trường Chính trị tỉnh Gia Lai tổ chức Hội thảo khoa học “Nâng cao chất"
            " lượng bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính”. Tham dự hội"
            " thảo có đại diện Ban Tổ chức Tỉnh ủy, Sở Nội vụ, lãnh đạo một số xã, phường và đông"
            " đảo cán bộ, giảng viên của Trường."
        ),
        P(
            "Hội thảo nhận được 27 bài tham luận của các nhà khoa học, nhà quản lý và giảng viên. Các"
            " ý kiến tập trung làm rõ thực trạng đội ngũ cán bộ, công chức cấp xã sau khi tỉnh thực"
            " hiện sắp xếp, hợp nhất đơn vị hành chính; những yêu cầu mới về kiến thức, kỹ năng đặt"
            " ra khi chính quyền cấp xã đảm nhận nhiều nhiệm vụ trước đây do cấp huyện thực hiện."
        ),
        Img("/uploads/2026/11/hoi-thao-cb-cap-xa.jpg", "Quang cảnh hội thảo", "Quang cảnh hội thảo", "fig"),
        P(
            "Theo kế hoạch, các ý kiến đóng góp tại hội thảo sẽ được Trường tổng hợp, biên tập thành"
            " kỷ yếu, làm cơ sở để điều chỉnh nội dung chương trình bồi dưỡng cán bộ, công chức cấp"
            " xã từ năm 2027."
        ),
        P(
            "Phát biểu kết luận, đồng chí Hiệu trưởng Nguyễn Thanh Sơn khẳng định đội ngũ cán bộ,"
            " công chức cấp xã giữ vai trò đặc biệt quan trọng trong vận hành chính quyền địa phương"
            " hai cấp; việc bồi dưỡng phải chuyển mạnh từ truyền đạt lý thuyết sang rèn luyện kỹ năng"
            " xử lý công việc, tình huống thực tế."
        ),
        Raw(f"<p {_RIGHT}><strong>Ngọc Minh</strong></p>"),
        Raw(f"<p {_RIGHT}><em>Nguồn: Báo và Phát thanh, Truyền hình Gia Lai</em></p>"),
    ],
    authors=["Ngọc Minh"],
    source="Báo và Phát thanh, Truyền hình Gia Lai",
    opts={
        "date": "2026-11-13T15:00:00+07:00",
        "terms": ["Chính quyền địa phương hai cấp"],
        "thumb": "/processed_images/hoi-thao-cb-cap-xa.4d2f8a6e0c1b7395.jpg",
    },
)

H4 = Story(
    id=8,
    slug="dang-bo-truong-hoc-tap-quan-triet-chi-thi-nghi-quyet",
    title="Đảng bộ Trường học tập, quán triệt các chỉ thị, nghị quyết mới của Trung ương và của Tỉnh ủy",
    cat="hoat-dong",
    published_at="2026-10-22T07:30:00+07:00",
    blocks=[
        P(
            "Sáng 22/10/2026, Đảng bộ Trường Chính trị tỉnh tổ chức hội nghị học tập, quán triệt,"
            " triển khai thực hiện các chỉ thị, nghị quyết mới của Trung ương, của Tỉnh ủy cho toàn"
            " thể cán bộ, đảng viên trong Đảng bộ."
        ),
        P(
            "Tại hội nghị, các đại biểu đã được nghe báo cáo viên truyền đạt những nội dung cơ bản,"
            " điểm mới của các văn bản; trong đó nhấn mạnh yêu cầu nâng cao năng lực lãnh đạo, sức"
            " chiến đấu của tổ chức cơ sở đảng, đẩy mạnh chuyển đổi số trong hoạt động của cơ quan"
            " đảng và tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng."
        ),
        P("Hội nghị yêu cầu:"),
        P("Mỗi cán bộ, đảng viên viết bài thu hoạch và xây dựng kế hoạch cá nhân thực hiện;", "li"),
        P(
            "Các chi bộ cụ thể hóa thành chương trình hành động phù hợp với đặc thù công tác giảng"
            " dạy, nghiên cứu của từng khoa, phòng;",
            "li",
        ),
        P("Đưa nội dung các nghị quyết mới vào bài giảng của các lớp đào tạo, bồi dưỡng từ năm 2027.", "li"),
        Raw(f"<p {_RIGHT}><strong>BBT</strong></p>"),
    ],
    opts={
        "date": "2026-10-22T07:30:00+07:00",
        "nguoi_dang": "quantri",
        "terms": ["Xây dựng Đảng"],
    },
)

R1 = Story(
    id=9,
    slug="van-dung-phuong-phap-day-hoc-tich-cuc",
    title=(
        "Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị cho học viên hệ"
        " không tập trung"
    ),
    cat="nghien-cuu",
    published_at="2026-11-27",
    blocks=[
        P(
            "Học viên hệ không tập trung ở các trường chính trị phần lớn là cán bộ, công chức đang"
            " công tác, vừa học vừa làm nên thời gian tự nghiên cứu hạn chế. Điều đó đặt ra yêu cầu"
            " giảng viên phải lựa chọn, vận dụng phương pháp dạy học phù hợp, phát huy vốn kinh"
            " nghiệm thực tiễn của người học.",
            "fnref:1",
        ),
        P("1. Đặc điểm của học viên hệ không tập trung", "h2"),
        P(
            "Theo thống kê của Phòng Quản lý đào tạo và Nghiên cứu khoa học, trong 3 năm gần đây có"
            " trên 70% học viên hệ không tập trung của Trường ở độ tuổi từ 35 trở lên, đã qua nhiều"
            " vị trí công tác.",
            "fnrefin:2",
        ),
        P(
            "Người học trưởng thành thường học tập có mục đích rõ ràng, muốn vận dụng ngay kiến thức"
            " vào công việc; đồng thời có thói quen tư duy, định kiến nhất định, khó tiếp nhận cách"
            " học thụ động, nặng về ghi chép."
        ),
        P("2. Một số phương pháp dạy học tích cực có thể vận dụng", "h2"),
        P("2.1. Phương pháp thảo luận nhóm", "h3"),
        P(
            "Giảng viên chia lớp thành các nhóm từ 6 đến 8 học viên, giao vấn đề gắn với thực tiễn"
            " địa phương để các nhóm trao đổi, trình bày và phản biện lẫn nhau. Phương pháp này đặc"
            " biệt hiệu quả ở các học phần về xây dựng Đảng và quản lý hành chính nhà nước."
        ),
        P("2.2. Phương pháp nghiên cứu tình huống", "h3"),
        P(
            "Tình huống được xây dựng từ chính những vụ việc học viên đã gặp trong công tác, như giải"
            " quyết khiếu nại về đất đai, vận động nhân dân hiến đất làm đường, xử lý thông tin sai"
            " lệch trên mạng xã hội.",
            "fnref:3",
        ),
        P("3. Kết luận", "h2"),
        P(
            "Đổi mới phương pháp dạy học không phải là loại bỏ phương pháp thuyết trình mà là kết"
            " hợp hợp lý các phương pháp, lấy người học làm trung tâm. Để làm được điều đó, mỗi giảng"
            " viên cần không ngừng tự bồi dưỡng chuyên môn, nghiệp vụ sư phạm và năng lực thực tiễn."
        ),
        P("Tài liệu tham khảo", "h3"),
        P(
            "Học viện Chính trị quốc gia Hồ Chí Minh (2021), Chương trình đào tạo trung cấp lý luận"
            " chính trị, Hà Nội.",
            "oli",
        ),
        P(
            "Nguyễn Văn Hùng (2022), Phương pháp dạy học lý luận chính trị, Nxb Lý luận chính trị,"
            " Hà Nội.",
            "oli",
        ),
        P(
            "Quy định số 11-QĐi/TW ngày 15/02/2019 của Ban Bí thư về chức năng, nhiệm vụ, tổ chức bộ"
            " máy của trường chính trị tỉnh, thành phố trực thuộc Trung ương.",
            "fn:1",
        ),
        P("Số liệu tổng hợp từ hồ sơ tuyển sinh các khóa 47, 48, 49 hệ không tập trung.", "fn:2"),
        P(
            "Các tình huống do giảng viên Khoa Lý luận cơ sở sưu tầm qua các đợt đi thực tế năm 2025,"
            " 2026.",
            "fn:3",
        ),
    ],
    authors=["Phạm Thị Hải Yến"],
    opts={
        "date": "2026-11-27",
        "tac_gia": "ThS. Phạm Thị Hải Yến - Khoa Lý luận cơ sở",
        "toc": True,
        "desc": "Bài viết phân tích đặc điểm của học viên hệ không tập trung và một số phương pháp dạy học tích cực.",
    },
)

R2 = Story(
    id=10,
    slug="giai-phap-nang-cao-chat-luong-boi-duong-can-bo-cap-xa",
    title=(
        "Một số giải pháp nâng cao chất lượng bồi dưỡng cán bộ, công chức cấp xã khi vận hành chính"
        " quyền địa phương hai cấp"
    ),
    cat="nghien-cuu",
    published_at="2026-11-10",
    summary=(
        "Từ ngày 01/7/2025, chính quyền địa phương hai cấp chính thức đi vào hoạt động. Cấp xã trở"
        " thành cấp trực tiếp gần dân, giải quyết phần lớn thủ tục hành chính và nhu cầu của người"
        " dân, doanh nghiệp. Bài viết phân tích yêu cầu đặt ra và đề xuất một số giải pháp nâng cao"
        " chất lượng bồi dưỡng đội ngũ cán bộ, công chức cấp xã."
    ),
    blocks=[
        P(
            "Từ ngày 01/7/2025, chính quyền địa phương hai cấp chính thức đi vào hoạt động. Cấp xã"
            " trở thành cấp trực tiếp gần dân, giải quyết phần lớn thủ tục hành chính và nhu cầu của"
            " người dân, doanh nghiệp. Bài viết phân tích yêu cầu đặt ra và đề xuất một số giải pháp"
            " nâng cao chất lượng bồi dưỡng đội ngũ cán bộ, công chức cấp xã.",
            "lead",
        ),
        P("1. Yêu cầu đặt ra", "bold"),
        P(
            "Chủ trương của Trung ương xác định việc sắp xếp đơn vị hành chính phải gắn với nâng cao"
            " chất lượng đội ngũ cán bộ, công chức, bảo đảm bộ máy mới hoạt động thông suốt, hiệu"
            " quả, phục vụ người dân tốt hơn.[1]"
        ),
        P(
            "Khảo sát của nhóm tác giả tại 12 xã, phường trên địa bàn tỉnh cho thấy có khoảng 41%"
            " công chức cấp xã đang đảm nhận lĩnh vực mới so với vị trí công tác trước khi sắp"
            " xếp.[2] Nhiều công chức chưa được bồi dưỡng kỹ năng chuyên sâu về đất đai, xây dựng,"
            " tư pháp - hộ tịch."
        ),
        P("2. Một số giải pháp", "bold"),
        P(
            "Thứ nhất, đổi mới nội dung chương trình bồi dưỡng theo hướng thiết thực, tập trung vào kỹ"
            " năng giải quyết thủ tục hành chính, quản lý đất đai, xây dựng, tài chính - ngân sách xã."
        ),
        P(
            "Thứ hai, đa dạng hóa hình thức bồi dưỡng, kết hợp bồi dưỡng trực tiếp với trực tuyến;"
            " xây dựng kho học liệu số dùng chung để cán bộ có thể tự học mọi lúc, mọi nơi."
        ),
        P(
            "Thứ ba, nâng cao năng lực thực tiễn của đội ngũ giảng viên thông qua đi thực tế, nghiên"
            " cứu tại cơ sở theo định kỳ."
        ),
        P("Tài liệu tham khảo", "bold"),
        P(
            "[1] Bộ Chính trị, Ban Bí thư (2025), Kết luận về sắp xếp, tổ chức lại đơn vị hành chính"
            " các cấp và xây dựng mô hình tổ chức chính quyền địa phương hai cấp."
        ),
        P(
            "[2] Trần Văn Bình (2026), Báo cáo kết quả khảo sát đội ngũ công chức cấp xã tỉnh Gia"
            " Lai, Trường Chính trị tỉnh Gia Lai."
        ),
    ],
    authors=["Trần Văn Bình", "Đỗ Thị Lan Anh"],
    opts={
        "date": "2026-11-10",
        "tac_gia": "TS. Trần Văn Bình, ThS. Đỗ Thị Lan Anh - Khoa Nhà nước và Pháp luật",
        "terms": ["Chính quyền địa phương hai cấp"],
    },
)

R3 = Story(
    id=11,
    slug="bao-ve-nen-tang-tu-tuong-cua-dang-tren-khong-gian-mang",
    title=(
        "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng - nhận diện và đấu tranh với các"
        " quan điểm sai trái"
    ),
    cat="nghien-cuu",
    published_at="2026-10-29",
    summary=(
        "Không gian mạng đang trở thành mặt trận chính trong cuộc đấu tranh bảo vệ nền tảng tư"
        " tưởng của Đảng. Nhận diện đúng thủ đoạn của các thế lực thù địch là điều kiện tiên quyết"
        " để đấu tranh có hiệu quả."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị xác định bảo vệ nền tảng tư"
            " tưởng của Đảng là nhiệm vụ hệ trọng, sống còn của cách mạng Việt Nam; là nhiệm vụ"
            " thường xuyên, lâu dài của cả hệ thống chính trị.",
            "quote",
        ),
        Img("/uploads/2026/10/khong-gian-mang.jpg", None, None, "md-alt"),
        P(
            "Thời gian gần đây, lợi dụng việc sắp xếp tổ chức bộ máy và đơn vị hành chính, các thế"
            " lực thù địch tán phát nhiều thông tin xuyên tạc trên mạng xã hội, cố tình gây hoang"
            " mang trong cán bộ, đảng viên và nhân dân."
        ),
        P(
            "Thủ đoạn phổ biến là cắt ghép thông tin, “lập lờ đánh lận con đen”, trộn lẫn thông tin"
            " thật với thông tin giả; lợi dụng những vụ việc tiêu cực cá biệt để quy chụp bản chất"
            " của cả chế độ."
        ),
        P(
            "Để đấu tranh có hiệu quả, mỗi giảng viên trường chính trị cần chủ động cập nhật thông"
            " tin chính thống, đưa các dạng thông tin xấu độc vào bài giảng như những tình huống để"
            " học viên phân tích, nhận diện; đồng thời tích cực viết bài phản bác trên các nền tảng"
            " số."
        ),
    ],
    authors=["Võ Minh Tuấn"],
    opts={
        "date": "2026-10-29",
        "tac_gia": "CN. Võ Minh Tuấn, Giảng viên Khoa Xây dựng Đảng",
        "print_desc": True,
        "terms": ["Xây dựng Đảng"],
        "img_alt": "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
    },
)

R4 = Story(
    id=12,
    slug="tu-tuong-ho-chi-minh-ve-cong-tac-can-bo",
    title="Tư tưởng Hồ Chí Minh về công tác cán bộ và sự vận dụng trong giai đoạn hiện nay",
    cat="nghien-cuu",
    published_at="2026-10-08",
    blocks=[
        P(
            "Chủ tịch Hồ Chí Minh đặc biệt coi trọng công tác cán bộ. Trong tác phẩm “Sửa đổi lối làm"
            " việc” (năm 1947), Người khẳng định:"
        ),
        P("“Cán bộ là cái gốc của mọi công việc.”", "quote"),
        P(
            "Theo Người, muốn có cán bộ tốt phải biết huấn luyện cán bộ, biết lựa chọn, đánh giá,"
            " sử dụng và đãi ngộ cán bộ một cách đúng đắn; phải “dùng người như dùng gỗ”, không"
            " cầu toàn, không thành kiến."
        ),
        P(
            "Vận dụng tư tưởng đó, công tác đào tạo, bồi dưỡng cán bộ ở trường chính trị tỉnh cần"
            " gắn chặt với quy hoạch, sử dụng cán bộ; coi trọng bồi dưỡng bản lĩnh chính trị, đạo"
            " đức cách mạng song song với nâng cao năng lực chuyên môn, kỹ năng lãnh đạo, quản lý."
        ),
        P(
            "Trong điều kiện vận hành chính quyền địa phương hai cấp, yêu cầu “vừa hồng vừa chuyên”"
            " càng được đặt ra cấp thiết đối với đội ngũ cán bộ cơ sở, nơi trực tiếp tổ chức thực"
            " hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước."
        ),
    ],
    authors=["Nguyễn Thị Kim Oanh"],
    opts={
        "date": "2026-10-08",
        "tac_gia": "ThS. Nguyễn Thị Kim Oanh - Khoa Lý luận cơ sở",
    },
)

_LETTERHEAD = (
    '<table class="tbl-qh" style="width:100%;border:none">\n<tbody><tr>\n'
    '<td style="width:45%;text-align:center;vertical-align:top">TỈNH ỦY GIA LAI<br>'
    "<strong>TRƯỜNG CHÍNH TRỊ TỈNH</strong><br>*<br>Số: 318-TB/TCT</td>\n"
    '<td style="text-align:center;vertical-align:top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong>'
    "<br><br><em>Gia Lai, ngày 30 tháng 11 năm 2026</em></td>\n</tr></tbody></table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>\n<strong>Tuyển sinh lớp Trung cấp'
    " lý luận chính trị hệ không tập trung khóa 53, năm 2027</strong></p>"
)
_SIGNATURE = (
    '<table class="tbl-ky" style="width:100%;border:none">\n<tbody><tr>\n'
    '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>'
    "- Ban Tổ chức Tỉnh ủy (b/c);<br>- Các đảng ủy trực thuộc Tỉnh ủy;<br>"
    "- Đảng ủy các xã, phường;<br>- Lưu VP, P.QLĐT&amp;NCKH.</td>\n"
    '<td style="text-align:center;vertical-align:top"><strong>K/T HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG'
    "</strong><br><br><em>(Đã ký)</em><br><br><strong>Lê Văn Thành</strong></td>\n"
    "</tr></tbody></table>"
)

N1 = Story(
    id=13,
    slug="thong-bao-tuyen-sinh-trung-cap-llct-khoa-53",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung khóa 53, năm 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 đã được Ban Thường vụ Tỉnh ủy phê"
            " duyệt, Trường Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ"
            " không tập trung khóa 53, năm 2027 như sau:"
        ),
        P(
            "1. Đối tượng: Cán bộ, công chức, viên chức trong hệ thống chính trị từ tỉnh đến cơ sở"
            " đáp ứng tiêu chuẩn theo quy định của Ban Tổ chức Trung ương."
        ),
        P("2. Chỉ tiêu: 120 học viên, học tại cơ sở 1 (phường Quy Nhơn)."),
        P(
            "3. Hồ sơ gồm: Quyết định cử đi học của cấp có thẩm quyền; sơ yếu lý lịch có xác nhận"
            " của cơ quan; bản sao bằng tốt nghiệp trung học phổ thông; giấy chứng nhận sức khỏe."
        ),
        P(
            "4. Thời gian nhận hồ sơ: Từ ngày 07/12/2026 đến hết ngày 25/12/2026 tại Phòng Quản lý"
            " đào tạo và Nghiên cứu khoa học. Dự kiến khai giảng vào ngày 12/01/2027."
        ),
        P(
            "Đề nghị các cơ quan, đơn vị quan tâm, phối hợp cử cán bộ tham gia học tập đúng đối"
            " tượng, đủ số lượng./."
        ),
        Raw(_SIGNATURE),
    ],
    authors=["Lê Văn Thành"],
    opts={
        "date": "2026-12-01T08:05:00+07:00",
        "terms": ["Đào tạo lý luận chính trị"],
        "attach": "Mau-ho-so-K53.docx",
    },
)

STORIES = [D1, D2, D3, D4, H1, H2, H3, H4, R1, R2, R3, R4, N1]


def story_path(story: Story) -> str:
    return SECTIONS[story.cat]["path"] + story.slug + "/"


def _sort_key(story: Story) -> str:
    d = story.opts["date"]
    return d if "T" in d else d + "T00:00:00+07:00"


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_sort_key, reverse=True)


def _in(cat: str) -> list[Story]:
    return _by_date([s for s in STORIES if s.cat == cat])


NEWS = _by_date([s for s in STORIES if SECTIONS[s.cat]["parent"] == "tin-tuc"])

# --- dates as the templates print them --------------------------------------------------------

_VI_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_EN_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
_EN_ABBR_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _dt_of(value: str) -> _dt.datetime:
    if "T" in value:
        return _dt.datetime.fromisoformat(value)
    return _dt.datetime.fromisoformat(value + "T00:00:00")


def date_vi(value: str) -> str:
    """``%A, %d %B %Y - %H:%M`` in the vi_VN locale (a date-only front matter prints 00:00)."""
    d = _dt_of(value)
    return f"{_VI_DAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y} - {d:%H:%M}"


def date_en(value: str) -> str:
    """``%B %d, %Y`` without a locale: the theme's English leftover."""
    d = _dt_of(value)
    return f"{_EN_MONTHS[d.month - 1]} {d:%d}, {d:%Y}"


def date_dmy(value: str, with_time: bool = False) -> str:
    d = _dt_of(value)
    return f"{d:%d/%m/%Y %H:%M}" if with_time else f"{d:%d/%m/%Y}"


def date_rfc(value: str) -> str:
    d = _dt_of(value)
    tz = "+0700" if "T" in value else "+0000"
    return f"{_EN_ABBR_DAYS[d.weekday()]}, {d:%d} {_EN_MONTHS[d.month - 1][:3]} {d:%Y %H:%M:%S} {tz}"


# --- article content (page.content as Zola renders the Markdown) ------------------------------


def _anchor_id(value: str) -> str:
    s = value.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def _img_tag(img: Img, story: Story) -> str:
    alt = esc(story.opts.get("img_alt", ""))
    return f'<img src="{esc(img.src)}" alt="{alt}" loading="lazy">'


def render_content(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    out: list[str] = []
    notes: list[str] = []
    blocks = story.blocks
    i = 0
    more_done = False
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "pair":
                pair = [b]
                while i + len(pair) < len(blocks):
                    nxt = blocks[i + len(pair)]
                    if isinstance(nxt, Img) and nxt.style == "pair":
                        pair.append(nxt)
                    else:
                        break
                cells = "".join(f'<td style="width:50%">{_img_tag(p, story)}</td>' for p in pair)
                caps = "".join(
                    f'<td style="text-align:center"><em>{esc(p.printed or "")}</em></td>' for p in pair
                )
                out.append(
                    '<table class="tbl-anh" style="width:100%" cellpadding="4">\n<tbody>\n'
                    f"<tr>{cells}</tr>\n<tr>{caps}</tr>\n</tbody>\n</table>"
                )
                i += len(pair)
                continue
            if b.style == "fig":
                out.append(
                    f'<figure class="hinh-bv">\n  {_img_tag(b, story)}\n'
                    f"  <figcaption>{esc(b.printed or '')}</figcaption>\n</figure>"
                )
            elif b.style == "md-em":
                out.append(f"<p>{_img_tag(b, story)}\n<em>{esc(b.printed or '')}</em></p>")
            elif b.style == "md-next":
                out.append(f"<p>{_img_tag(b, story)}</p>\n<p><em>{esc(b.printed or '')}</em></p>")
            else:
                alt = esc(story.opts.get("img_alt", ""))
                out.append(f'<p><img src="{esc(b.src)}" alt="{alt}" title="{alt}"></p>')
            i += 1
            continue
        st = b.style
        if st in ("li", "oli"):
            tag = "ul" if st == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                items.append(f"<li>{t(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if st in ("th", "tr"):
            head, body = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head.append("<tr>" + "".join(f"<th>{t(c)}</th>" for c in cells) + "</tr>")
                else:
                    body.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                "<table>\n<thead>\n" + "\n".join(head) + "\n</thead>\n<tbody>\n"
                + "\n".join(body) + "\n</tbody>\n</table>"
            )
            continue
        if st.startswith("fn:"):
            n = st[3:]
            notes.append(f'<li id="fn-{n}">\n<p>{t(b.text)} <a href="#fr-{n}-1">↩</a></p>\n</li>')
            i += 1
            continue
        if st in ("h2", "h3"):
            aid = _anchor_id(b.text)
            out.append(
                f'<{st} id="{aid}">{t(b.text)}<a class="zola-anchor" href="#{aid}"'
                f' aria-label="Anchor link for: {aid}">#</a></{st}>'
            )
        elif st in ("lead", "bold"):
            out.append(f"<p><strong>{t(b.text)}</strong></p>")
        elif st == "quote":
            out.append(f"<blockquote>\n<p>{t(b.text)}</p>\n</blockquote>")
        elif st == "mso":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                f"{_MSO_SPAN}{t(b.text)}<o:p></o:p></span></p>"
            )
        elif st == "mso-li":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-indent:-18.0pt;'
                'line-height:150%;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
                '<span lang="VI" style="font-size:14.0pt;line-height:150%"><span style="mso-list:Ignore">-'
                '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
                "</span></span></span><!--[endif]-->"
                f"{_MSO_SPAN}{t(b.text)}<o:p></o:p></span></p>"
            )
        elif st.startswith(("fnref:", "fnrefin:")):
            kind, n = st.split(":")
            sup = f'<sup class="footnote-reference" id="fr-{n}-1"><a href="#fn-{n}">{n}</a></sup>'
            if kind == "fnrefin":  # the call glued to the last word, before the full stop
                out.append(f"<p>{t(b.text[:-1])}{sup}{t(b.text[-1])}</p>")
            else:
                out.append(f"<p>{t(b.text)}{sup}</p>")
        else:
            out.append(f"<p>{t(b.text)}</p>")
        if not more_done:
            # the editors put <!-- more --> after the first paragraph of text
            out.append('<span id="continue-reading"></span>')
            more_done = True
        i += 1
    if notes:
        out.append('<hr><ol class="footnotes-list">\n' + "\n".join(notes) + "\n</ol>")
    return "\n".join(out)


def listing_summary(story: Story) -> str:
    """``page.description`` when set and printed, else ``page.summary`` (text before <!-- more -->)."""
    if story.summary:
        return story.summary
    first = next(b for b in story.blocks if isinstance(b, P))
    return first.text


def _summary_html(story: Story) -> str:
    return text(listing_summary(story), nfd=bool(story.opts.get("nfd")))


def _meta_description(story: Story) -> str:
    value = story.opts.get("desc") or listing_summary(story)
    return value if len(value) <= 160 else value[:157].rsplit(" ", 1)[0] + "…"


def _reading_minutes(story: Story) -> int:
    words = sum(len(b.text.split()) for b in story.blocks if isinstance(b, P))
    return max(1, round(words / 200))


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Lịch sử hình thành", "/gioi-thieu/"), ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/")]),
    (
        "Tin tức - Sự kiện",
        "/tin-tuc/",
        [("Đào tạo - Bồi dưỡng", "/tin-tuc/dao-tao-boi-duong/"), ("Hoạt động của Trường", "/tin-tuc/hoat-dong/")],
    ),
    ("Nghiên cứu - Trao đổi", "/nghien-cuu-trao-doi/", []),
    ("Thông báo", "/thong-bao/", []),
    (
        "Tư liệu",
        "#",
        [("Văn bản", "/van-ban/"), ("Thư viện ảnh", "/thu-vien-anh/"), ("Video", "/video/")],
    ),
    ("Lịch giảng", "/lich-giang/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(b: str) -> str:
    items = []
    for label, href, subs in _MENU:
        url = href if href == "#" else b + href
        if subs:
            sub = "".join(f'<li><a href="{b}{h}">{esc(lbl)}</a></li>' for lbl, h in subs)
            items.append(
                f'<li class="mn-co-con"><a href="{url}">{esc(label)} <i class="mn-mui">▾</i></a>'
                f'<ul class="mn-c2">{sub}</ul></li>'
            )
        else:
            items.append(f'<li><a href="{url}">{esc(label)}</a></li>')
    return '<nav id="mn-chinh"><ul class="mn-c1">' + "".join(items) + "</ul></nav>"


def _ticker(b: str) -> str:
    d1 = story_path(D1) + "index.html"
    n1 = story_path(N1).rstrip("/")
    return (
        '<div class="tct-chaytin"><span class="ct-nhan">Tiêu điểm:</span>'
        '<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">'
        f'<a href="{d1}">{esc(D1.title)}</a> &nbsp;&bull;&nbsp; '
        f'<a href="{n1}">{esc(N1.title)}</a></marquee></div>'
    )


def _sidebar(b: str) -> str:
    doc_nhieu = [
        (story_path(D2) + "?fbclid=" + FBCLID, D2.title),
        (story_path(H1), H1.title),
        (story_path(R3), R3.title),
        (story_path(H3), H3.title),
    ]
    dn = "".join(
        f'<li><span class="dn-so">{n}</span><a href="{esc(h)}">{esc(ti)}</a></li>'
        for n, (h, ti) in enumerate(doc_nhieu, 1)
    )
    return f"""<aside class="cot-phai">
<div class="kh-bl" id="bl-thongbao"><div class="kh-td">THÔNG BÁO</div>
<ul class="ds-tb">
<li><img src="/img/ico/new.gif" alt=""> <a href="{b}{story_path(N1)}">{esc(N1.title)}</a></li>
<li><a href="{b}/lich-giang/tuan-49-2026/">Lịch giảng tuần 49 (30/11 - 06/12/2026)</a></li>
</ul></div>
<div class="kh-bl" id="bl-docnhieu"><div class="kh-td">ĐỌC NHIỀU</div>
<ol class="ds-dn">{dn}</ol></div>
<div class="kh-bl" id="bl-loibac"><div class="kh-td">LỜI BÁC DẠY</div>
<p class="loibac">“Học để làm việc, làm người, làm cán bộ. Học để phụng sự Đoàn thể, giai cấp và nhân dân, Tổ quốc và nhân loại.”</p>
<p class="loibac-tg">Chủ tịch Hồ Chí Minh</p></div>
<div class="kh-bl" id="bl-banner">
<a href="https://hcma.vn" target="_blank" rel="noopener"><img src="/img/banner/hoc-vien-ctqg.png" alt="Học viện Chính trị quốc gia Hồ Chí Minh"></a>
<a href="https://baogialai.com.vn" target="_blank" rel="noopener"><img src="/img/banner/bao-gia-lai.png" alt="Báo Gia Lai"></a>
<a href="https://www.youtube.com/@truongchinhtrigialai" target="_blank" rel="noopener"><img src="/img/banner/youtube.png" alt="Kênh YouTube của Trường"></a>
</div>
<div class="kh-bl" id="bl-lienket"><div class="kh-td">LIÊN KẾT WEBSITE</div>
<select onchange="if(this.value)window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>
<option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option>
<option value="https://gialai.gov.vn">Cổng thông tin điện tử tỉnh Gia Lai</option>
<option value="https://lyluanchinhtri.vn">Tạp chí Lý luận chính trị</option>
</select></div>
<div class="kh-bl" id="bl-thamdo"><div class="kh-td">THĂM DÒ Ý KIẾN</div>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSeTCTgl2026khaosat/formResponse" method="post" target="_blank">
<p>Bạn đánh giá thế nào về giao diện mới của Trang thông tin điện tử?</p>
<label><input type="radio" name="entry.1187726" value="Đẹp, dễ sử dụng"> Đẹp, dễ sử dụng</label><br>
<label><input type="radio" name="entry.1187726" value="Bình thường"> Bình thường</label><br>
<label><input type="radio" name="entry.1187726" value="Cần cải tiến"> Cần cải tiến</label><br>
<button type="submit">Biểu quyết</button></form></div>
<div class="kh-bl" id="bl-thongke"><div class="kh-td">THỐNG KÊ TRUY CẬP</div>
<table class="tk"><tr><td>Đang online:</td><td><span id="tk-online">27</span></td></tr>
<tr><td>Hôm nay:</td><td><span id="tk-homnay">1.204</span></td></tr>
<tr><td>Tổng truy cập:</td><td><span id="tk-tong">2.418.337</span></td></tr></table>
<script src="/js/dem-truy-cap.js" defer></script></div>
</aside>"""


def _footer(b: str) -> str:
    return f"""<footer class="tct-ft">
<div class="ft-menu"><a href="{b}/">Trang chủ</a> | <a href="{b}/gioi-thieu/">Giới thiệu</a> | <a href="{b}/lien-he/">Liên hệ</a> | <a href="{b}/rss.xml">RSS</a></div>
<div class="ft-nd">
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI</strong></p>
<p>Chịu trách nhiệm chính: Nguyễn Thanh Sơn - Hiệu trưởng</p>
<p>Cơ sở 1: Số 30 Lê Duẩn, phường Quy Nhơn, tỉnh Gia Lai - ĐT: 0256.3822.318</p>
<p>Cơ sở 2: Số 25 Phạm Văn Đồng, phường Pleiku, tỉnh Gia Lai - ĐT: 0269.3824.065</p>
<p>Email: truongchinhtri@gialai.gov.vn</p>
<p>Giấy phép số 07/GP-TTĐT ngày 12/8/2025. Ghi rõ nguồn “Trường Chính trị tỉnh Gia Lai” khi phát hành lại thông tin từ website này.</p>
<p class="ft-cr">© 2026 Trường Chính trị tỉnh Gia Lai. Xây dựng trên nền tảng Zola.</p>
</div>
<a href="#" id="len-dau" title="Lên đầu trang">▲</a>
</footer>"""


def layout(
    request: Request,
    page_title: str,
    main: str,
    *,
    canonical: str,
    description: str = "",
    head_extra: str = "",
    body_class: str = "",
    sidebar: bool = True,
) -> Response:
    b = base_url(request)
    desc = description or "Trang thông tin điện tử Trường Chính trị tỉnh Gia Lai"
    side = _sidebar(b) if sidebar else ""
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page_title)}</title>
<meta name="description" content="{esc(desc)}">
<meta name="generator" content="Zola">
<link rel="canonical" href="{b}{esc(canonical)}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:title" content="{esc(page_title)}">
<meta property="og:url" content="{b}{esc(canonical)}">
{head_extra}
<link rel="alternate" type="application/rss+xml" title="RSS" href="{b}/rss.xml">
<link rel="icon" href="{b}/favicon.ico">
<link rel="stylesheet" href="{b}/css/tct-main.css?h=5e1b9f0c2a">
<script src="{b}/js/jquery-3.7.1.min.js"></script>
</head>
<body class="{body_class}">
<div class="tct-topbar"><div class="khung"><span class="tb-ngay">{HEADER_TODAY}</span>
<span class="tb-lk"><a href="{b}/lien-he/">Liên hệ</a> | <a href="mailto:truongchinhtri@gialai.gov.vn">Email</a></span>
<form class="tb-tim" action="{b}/tim-kiem/" method="get"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></div></div>
<header class="tct-hd"><div class="khung">
<a href="{b}/" class="tct-logo"><img src="{b}/img/logo-tct-gialai.png" alt="Logo Trường Chính trị tỉnh Gia Lai"></a>
<div class="tct-ten"><p class="tct-cq">TỈNH ỦY GIA LAI</p><h1>TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI</h1>
<p class="tct-kh">Trung thành - Sáng tạo - Chuẩn mực - Hiệu quả</p></div>
</div></header>
{_menu(b)}
{_ticker(b)}
<div class="khung tct-than">
<main class="cot-trai">
{main}
</main>
{side}
</div>
{_footer(b)}
<script src="{b}/js/tct.js?h=8c2d1f"></script>
</body>
</html>"""
    return html(page)


def _crumbs(b: str, parts: list[tuple[str, str | None]]) -> str:
    out = [f'<a href="{b}/">Trang chủ</a>']
    for label, href in parts:
        out.append(f'<a href="{b}{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="kv-duongdan">' + ' <span class="dd-ngan">›</span> '.join(out) + "</div>"


def _terms(b: str, story: Story) -> str:
    terms = story.opts.get("terms") or []
    if not terms:
        return ""
    links = ", ".join(f'<a href="{b}/categories/{TERMS[t]}/">{esc(t)}</a>' for t in terms)
    return f'<div class="bv-chude"><b>Chủ đề:</b> {links}</div>'


def _share(b: str, story: Story) -> str:
    url = b + story_path(story)
    return (
        '<div class="bv-cc">'
        f'<a class="cc-fb" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}"'
        ' target="_blank" rel="nofollow noreferrer">Chia sẻ</a>'
        f'<div class="zalo-share-button" data-href="{url}" data-oaid="1984526770213558800" data-layout="2"></div>'
        '<a class="cc-in" href="javascript:window.print()">In bài</a>'
        '<a class="cc-co" href="#" onclick="doiCo(1);return false">A+</a>'
        '<a class="cc-co" href="#" onclick="doiCo(-1);return false">A-</a>'
        "</div>"
    )


def _article_head(b: str, story: Story) -> str:
    d = story.opts["date"]
    extra = f'<meta property="og:type" content="article">\n<meta property="article:published_time" content="{d}">'
    if story.opts.get("updated"):
        extra += f'\n<meta property="article:modified_time" content="{story.opts["updated"]}">'
    first = next((img for img in story.images), None)
    if first is not None:
        src = first.src if first.src.startswith("/") else story_path(story) + first.src
        extra += f'\n<meta property="og:image" content="{b}{src}">'
    return extra


def _others(b: str, story: Story, label: str, klass: str) -> str:
    pool = [s for s in _in(story.cat)[:3] if s is not story][:2]
    items = "".join(
        f'<li><a href="{b}{story_path(s)}">{esc(s.title)}</a> <span class="ngay">({date_dmy(s.opts["date"])})</span>'
        f"<p>{_summary_html(s)}</p></li>"
        for s in pool
    )
    return f'<div class="{klass}"><div class="{klass}-td">{label}</div><ul>{items}</ul></div>'


def page_news(request: Request, story: Story) -> Response:
    b = base_url(request)
    sec = SECTIONS[story.cat]
    o = story.opts
    meta = [f'<span class="bv-ngay"><img src="{b}/img/ico/lich.png" alt=""> {date_vi(o["date"])}</span>']
    if o.get("updated"):
        meta.append(f'<span class="bv-cn">Cập nhật: {date_dmy(o["updated"], True)}</span>')
    if o.get("nguoi_dang"):
        meta.append(f'<span class="bv-nd">Người đăng: {esc(o["nguoi_dang"])}</span>')
    if o.get("tac_gia"):
        meta.append(f'<span class="bv-tg">Tác giả: {esc(o["tac_gia"])}</span>')
    meta.append(f'<span class="bv-doc">⏱ {_reading_minutes(story)} phút đọc</span>')
    tomtat = ""
    if o.get("print_desc"):
        tomtat = f'<div class="bv-tomtat"><strong>{esc(story.summary or "")}</strong></div>'
    siblings = _in(story.cat)
    idx = siblings.index(story)
    nav = []
    if idx > 0:
        s = siblings[idx - 1]
        nav.append(f'<a class="bv-moi" href="{b}{story_path(s)}">« Tin mới hơn: {esc(s.title)}</a>')
    if idx + 1 < len(siblings):
        s = siblings[idx + 1]
        nav.append(f'<a class="bv-cu" href="{b}{story_path(s)}">Tin cũ hơn: {esc(s.title)} »</a>')
    main = f"""{_crumbs(b, [(TIN_TUC["title"], TIN_TUC["path"]), (sec["title"], sec["path"])])}
<div class="bv-khung" id="bv-{story.id}">
<h2 class="bv-td">{esc(story.title)}</h2>
<div class="bv-tt">{" ".join(meta)}</div>
{_share(b, story)}
{tomtat}
<div class="bv-nd-ct">
{render_content(story)}
</div>
{_terms(b, story)}
<div class="bv-truocsau">{" ".join(nav)}</div>
{_others(b, story, "Các tin khác", "bv-khac")}
</div>"""
    return layout(
        request,
        f"{story.title} - {SITE}",
        main,
        canonical=story_path(story),
        description=_meta_description(story),
        head_extra=_article_head(b, story),
        body_class="trang-bai tin-tuc",
    )


def _toc(story: Story) -> str:
    items: list[str] = []
    open_sub = False
    for blk in story.blocks:
        if not isinstance(blk, P) or blk.style not in ("h2", "h3"):
            continue
        link = f'<a href="#{_anchor_id(blk.text)}">{esc(blk.text)}</a>'
        if blk.style == "h2":
            if open_sub:
                items.append("</ul></li>")
                open_sub = False
            elif items:
                items.append("</li>")
            items.append(f"<li>{link}")
        else:
            if not open_sub:
                items.append("<ul>")
                open_sub = True
            items.append(f"<li>{link}</li>")
    items.append("</ul></li>" if open_sub else "</li>")
    return '<div class="nc-mucluc"><p><b>Nội dung chính</b></p><ul>' + "".join(items) + "</ul></div>"


def page_research(request: Request, story: Story) -> Response:
    b = base_url(request)
    o = story.opts
    sapo = f'<p class="nc-sapo">{esc(story.summary or "")}</p>' if o.get("print_desc") else ""
    toc = _toc(story) if o.get("toc") else ""
    main = f"""<nav class="breadcrumb" aria-label="breadcrumb"><ol>
<li><a href="{b}/">Trang chủ</a></li>
<li><a href="{b}/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a></li>
<li class="active" aria-current="page">{esc(story.title)}</li>
</ol></nav>
<article class="post">
<header class="post-header">
<h2 class="post-title">{esc(story.title)}</h2>
<div class="post-meta">Đăng ngày <time datetime="{o["date"]}">{date_en(o["date"])}</time> · <span class="post-author">Tác giả: {esc(o["tac_gia"])}</span></div>
</header>
{sapo}
{toc}
<div class="post-content">
{render_content(story)}
</div>
<div class="post-footer">{_terms(b, story)}{_share(b, story)}</div>
{_others(b, story, "Bài viết cùng chuyên mục", "nc-cungchuyenmuc")}
</article>"""
    return layout(
        request,
        f"{story.title} | {SITE}",
        main,
        canonical=story_path(story),
        description=_meta_description(story),
        head_extra=_article_head(b, story),
        body_class="trang-bai nghien-cuu",
    )


def page_notice(request: Request, story: Story) -> Response:
    b = base_url(request)
    o = story.opts
    attach = o["attach"]
    main = f"""{_crumbs(b, [("Thông báo", "/thong-bao/")])}
<div class="bv-khung tb-khung" id="bv-{story.id}">
<h2 class="bv-td">{esc(story.title)}</h2>
<div class="bv-tt"><span class="bv-ngay">Ngày đăng: {date_dmy(o["date"], True)}</span></div>
<div class="bv-nd-ct">
{render_content(story)}
</div>
<div class="tb-tep"><b>📎 Tệp đính kèm:</b> <a href="{attach}">{attach}</a> (48 KB)</div>
{_terms(b, story)}
</div>"""
    return layout(
        request,
        f"{story.title} - {SITE}",
        main,
        canonical=story_path(story),
        description=_meta_description(story),
        head_extra=_article_head(b, story),
        body_class="trang-bai thong-bao",
    )


def page_article(request: Request, story: Story) -> Response:
    if story.cat == "nghien-cuu":
        return page_research(request, story)
    if story.cat == "thong-bao":
        return page_notice(request, story)
    return page_news(request, story)


# --- listings -------------------------------------------------------------------------------


def _thumb(story: Story) -> str:
    return story.opts.get("thumb") or "/img/no-thumb.png"


def _item(b: str, story: Story) -> str:
    url = b + story_path(story)
    return f"""<div class="ds-muc">
<a class="ds-anh" href="{url}"><img src="{_thumb(story)}" alt="{esc(story.title)}"></a>
<h3 class="ds-td"><a href="{url}">{esc(story.title)}</a></h3>
<span class="ds-ngay">{date_en(story.opts["date"])}</span>
<div class="ds-tt"><p>{_summary_html(story)}</p></div>
<a class="ds-xt" href="{url}#continue-reading">Xem tiếp »</a>
</div>"""


def _pages(items: list, per: int) -> list[list]:
    return [items[i : i + per] for i in range(0, len(items), per)] or [[]]


def listing_tin_tuc(request: Request, n: int) -> Response:
    """/tin-tuc/ with the integrator's hand-written pager ("1" -> the page/1/ stub)."""
    b = base_url(request)
    pages = _pages(NEWS, 5)
    items = "\n".join(_item(b, s) for s in pages[n - 1])
    nums = " ".join(
        f'<a class="pt-so{" act" if k == n else ""}" href="{b}/tin-tuc/page/{k}/">{k}</a>'
        for k in range(1, len(pages) + 1)
    )
    prev = (
        f'<a class="pt-truoc" href="{b}/tin-tuc/{"" if n == 2 else f"page/{n - 1}/"}">← Newer posts</a>'
        if n > 1
        else ""
    )
    nxt = f'<a class="pt-sau" href="{b}/tin-tuc/page/{n + 1}/">Older posts →</a>' if n < len(pages) else ""
    main = f"""{_crumbs(b, [(TIN_TUC["title"], None)])}
<h2 class="ds-tieude">{TIN_TUC["title"]}</h2>
<div class="ds-tin">
{items}
</div>
<div class="phantrang">{prev} {nums} {nxt}</div>"""
    canonical = "/tin-tuc/" if n == 1 else f"/tin-tuc/page/{n}/"
    return layout(request, f"{TIN_TUC['title']} - {SITE}", main, canonical=canonical, body_class="ds")


def listing_sub(request: Request, cat: str, n: int) -> Response:
    """A subsection with the theme's pager macro (first/prev/numbers/next/last)."""
    b = base_url(request)
    sec = SECTIONS[cat]
    pages = _pages(_in(cat), 3)
    items = "\n".join(_item(b, s) for s in pages[n - 1])

    def url(k: int) -> str:
        return f"{b}{sec['path']}" if k == 1 else f"{b}{sec['path']}page/{k}/"

    last = len(pages)
    pager = [f'<li><a href="{url(1)}">Trang đầu</a></li>']
    if n > 1:
        pager.append(f'<li><a href="{url(n - 1)}">‹</a></li>')
    for k in range(1, last + 1):
        pager.append(
            f'<li class="active"><span>{k}</span></li>' if k == n else f'<li><a href="{url(k)}">{k}</a></li>'
        )
    if n < last:
        pager.append(f'<li><a href="{url(n + 1)}">›</a></li>')
    pager.append(f'<li><a href="{url(last)}">Trang cuối</a></li>')
    main = f"""{_crumbs(b, [(TIN_TUC["title"], TIN_TUC["path"]), (sec["title"], None)])}
<h2 class="ds-tieude">{esc(sec["title"])}</h2>
<div class="ds-tin">
{items}
</div>
<ul class="pagination">{"".join(pager)}</ul>"""
    canonical = sec["path"] if n == 1 else f"{sec['path']}page/{n}/"
    return layout(request, f"{sec['title']} - {SITE}", main, canonical=canonical, body_class="ds")


def listing_research(request: Request, n: int) -> Response:
    """Only a JS "load more" button and <link rel="next"> lead to page 2."""
    b = base_url(request)
    sec = SECTIONS["nghien-cuu"]
    pages = _pages(_in("nghien-cuu"), 3)
    items = "\n".join(_item(b, s) for s in pages[n - 1])
    head = []
    more = ""
    if n < len(pages):
        nxt = f"{b}{sec['path']}page/{n + 1}/"
        head.append(f'<link rel="next" href="{nxt}">')
        more = (
            f'<div class="nc-xemthem"><button type="button" id="btn-xemthem" data-next="{nxt}"'
            ' onclick="taiThem(this)">Xem thêm bài viết</button></div>'
        )
    if n > 1:
        prev = f"{b}{sec['path']}" if n == 2 else f"{b}{sec['path']}page/{n - 1}/"
        head.append(f'<link rel="prev" href="{prev}">')
    main = f"""{_crumbs(b, [(sec["title"], None)])}
<h2 class="ds-tieude">{esc(sec["title"])}</h2>
<div class="ds-tin" id="nc-ds">
{items}
</div>
{more}
<script>function taiThem(btn){{fetch(btn.dataset.next).then(function(r){{return r.text()}}).then(function(t){{var d=new DOMParser().parseFromString(t,"text/html");document.getElementById("nc-ds").insertAdjacentHTML("beforeend",d.getElementById("nc-ds").innerHTML);var nb=d.getElementById("btn-xemthem");if(nb){{btn.dataset.next=nb.dataset.next}}else{{btn.remove()}}}})}}</script>"""
    canonical = sec["path"] if n == 1 else f"{sec['path']}page/{n}/"
    return layout(
        request, f"{sec['title']} - {SITE}", main, canonical=canonical, head_extra="\n".join(head), body_class="ds"
    )


def listing_notices(request: Request) -> Response:
    b = base_url(request)
    rows = "\n".join(
        f'<tr><td>{date_dmy(s.opts["date"])}</td><td><a href="{b}{story_path(s)}">{esc(s.title)}</a></td></tr>'
        for s in _in("thong-bao")
    )
    main = f"""{_crumbs(b, [("Thông báo", None)])}
<h2 class="ds-tieude">Thông báo</h2>
<table class="ds-tb"><thead><tr><th>Ngày</th><th>Tiêu đề</th></tr></thead><tbody>
{rows}
</tbody></table>"""
    return layout(request, f"Thông báo - {SITE}", main, canonical="/thong-bao/", body_class="ds")


def home(request: Request) -> Response:
    b = base_url(request)
    slider = "".join(
        f'<div class="sl-muc"><a href="{b}{story_path(s)}"><img src="{_thumb(s)}" alt=""></a>'
        f'<h3><a href="{b}{story_path(s)}">{esc(s.title)}</a></h3><p>{_summary_html(s)}</p></div>'
        for s in NEWS[:3]
    )
    news = "".join(
        f'<li><a href="{b}{story_path(s)}"><img src="{_thumb(s)}" alt=""></a>'
        f'<a class="tm-td" href="{b}{story_path(s)}">{esc(s.title)}</a>'
        f' <span class="ngay">{date_dmy(s.opts["date"])}</span></li>'
        for s in NEWS[:5]
    )
    research = "".join(
        f'<li><a href="{b}{story_path(s)}">{esc(s.title)}</a> <span class="tg">{esc(s.opts["tac_gia"])}</span></li>'
        for s in _in("nghien-cuu")[:2]
    )
    main = f"""<div class="tc-noibat" id="slider-noibat">{slider}</div>
<div class="tc-khoi"><h3 class="tc-khoi-td"><a href="{b}/tin-tuc/">TIN TỨC - SỰ KIỆN</a></h3>
<ul class="tc-tinmoi">{news}</ul>
<a class="tc-xt" href="{b}/tin-tuc/">Xem tất cả »</a></div>
<div class="tc-khoi"><h3 class="tc-khoi-td"><a href="{b}/nghien-cuu-trao-doi/">NGHIÊN CỨU - TRAO ĐỔI</a></h3>
<ul class="tc-nc">{research}</ul></div>
<div class="tc-khoi tc-2cot">
<div><h3 class="tc-khoi-td"><a href="{b}/thu-vien-anh/">THƯ VIỆN ẢNH</a></h3>
<a href="{b}/thu-vien-anh/le-khai-giang-lop-trung-cap-llct-khoa-52/"><img src="/processed_images/album-k52-bia.8b3e1f0d9c2a7465.jpg" alt="">Lễ khai giảng lớp Trung cấp lý luận chính trị khóa 52</a></div>
<div><h3 class="tc-khoi-td"><a href="{b}/video/">VIDEO</a></h3>
<a href="{b}/video/phong-su-truong-chinh-tri-tinh-noi-uom-mam-can-bo-co-so/"><img src="/img/video-thumb.jpg" alt="">Phóng sự: Trường Chính trị tỉnh - nơi ươm mầm cán bộ cơ sở</a></div>
</div>"""
    return layout(request, f"{SITE} - Trang thông tin điện tử", main, canonical="/", body_class="trang-chu")


# --- the other pages --------------------------------------------------------------------------


def _simple(request: Request, title: str, crumbs: list, body: str, canonical: str, klass: str) -> Response:
    b = base_url(request)
    main = f"""{_crumbs(b, crumbs)}
<div class="{klass}">
<h2 class="bv-td">{esc(title)}</h2>
{body}
</div>"""
    return layout(request, f"{title} - {SITE}", main, canonical=canonical, body_class=klass)


def intro(request: Request) -> Response:
    b = base_url(request)
    body = f"""<div class="gt-nd">
<p>Trường Chính trị tỉnh Gia Lai được thành lập trên cơ sở hợp nhất Trường Chính trị tỉnh Gia Lai và Trường Chính trị tỉnh Bình Định, chính thức hoạt động từ ngày 01/7/2025. Trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy và sự hướng dẫn về chuyên môn của Học viện Chính trị quốc gia Hồ Chí Minh.</p>
<p>Trường có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ; đào tạo trung cấp lý luận chính trị, bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức, viên chức trong hệ thống chính trị ở địa phương; nghiên cứu khoa học về lý luận chính trị, tổng kết thực tiễn.</p>
<p>Hiện nay Trường có 2 cơ sở đào tạo tại phường Quy Nhơn và phường Pleiku, với 4 khoa chuyên môn, 2 phòng chức năng và 68 cán bộ, viên chức, trong đó có 49 giảng viên.</p>
</div>
<ul class="gt-con"><li><a href="{b}/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></li></ul>"""
    return _simple(request, "Giới thiệu chung", [("Giới thiệu", None)], body, "/gioi-thieu/", "gioi-thieu")


def structure(request: Request) -> Response:
    body = """<h3>Ban Giám hiệu</h3>
<table class="tbl-cc"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>
<tr><td>Nguyễn Thanh Sơn</td><td>Hiệu trưởng</td><td>0256.3822.318</td></tr>
<tr><td>Phan Thị Mỹ Lệ</td><td>Phó Hiệu trưởng</td><td>0269.3824.065</td></tr>
<tr><td>Lê Văn Thành</td><td>Phó Hiệu trưởng</td><td>0256.3822.319</td></tr>
</tbody></table>
<h3>Các phòng, khoa</h3>
<ul><li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo và Nghiên cứu khoa học</li>
<li>Khoa Xây dựng Đảng</li><li>Khoa Lý luận cơ sở</li><li>Khoa Nhà nước và Pháp luật</li><li>Khoa Dân vận</li></ul>"""
    return _simple(
        request, "Cơ cấu tổ chức", [("Giới thiệu", "/gioi-thieu/"), ("Cơ cấu tổ chức", None)], body,
        "/gioi-thieu/co-cau-to-chuc/", "gioi-thieu",
    )


def contact(request: Request) -> Response:
    body = """<div class="lh-tt">
<p><b>Cơ sở 1:</b> Số 30 Lê Duẩn, phường Quy Nhơn, tỉnh Gia Lai. Điện thoại: 0256.3822.318</p>
<p><b>Cơ sở 2:</b> Số 25 Phạm Văn Đồng, phường Pleiku, tỉnh Gia Lai. Điện thoại: 0269.3824.065</p>
<p><b>Email:</b> <a href="mailto:truongchinhtri@gialai.gov.vn">truongchinhtri@gialai.gov.vn</a></p>
</div>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3875.1!2d109.22!3d13.77" width="100%" height="320" loading="lazy"></iframe>
<form class="lh-form" action="https://formspree.io/f/xqkrtcgl" method="post">
<p><label>Họ và tên <input type="text" name="hoten" required></label></p>
<p><label>Email <input type="email" name="email" required></label></p>
<p><label>Nội dung <textarea name="noidung" rows="5"></textarea></label></p>
<p><button type="submit">Gửi liên hệ</button></p>
</form>"""
    return _simple(request, "Liên hệ", [("Liên hệ", None)], body, "/lien-he/", "lien-he")


DOC_PATH = "/van-ban/ke-hoach-dao-tao-boi-duong-can-bo-nam-2027/"
DOC_PDF = DOC_PATH + "KH-45-TCT-2027.pdf"
DOC2_PDF = "/van-ban/files/QD-112-QD-TCT.pdf"
ALBUM_PATH = "/thu-vien-anh/le-khai-giang-lop-trung-cap-llct-khoa-52/"
VIDEO_PATH = "/video/phong-su-truong-chinh-tri-tinh-noi-uom-mam-can-bo-co-so/"
WEEK_PATH = "/lich-giang/tuan-49-2026/"


def documents(request: Request) -> Response:
    b = base_url(request)
    body = f"""<table class="tbl-vb"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>
<tr><td><a href="{b}{DOC_PATH}">45-KH/TCT</a></td><td>20/11/2026</td><td><a href="{b}{DOC_PATH}">Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027</a></td><td><a href="{DOC_PDF}">PDF</a></td></tr>
<tr><td>112-QĐ/TCT</td><td>02/10/2026</td><td>Quyết định ban hành Quy chế quản lý học viên</td><td><a href="{DOC2_PDF}">PDF</a></td></tr>
</tbody></table>"""
    return _simple(request, "Văn bản", [("Văn bản", None)], body, "/van-ban/", "van-ban")


def document(request: Request) -> Response:
    body = f"""<table class="tbl-vbct"><tbody>
<tr><th>Số ký hiệu</th><td>45-KH/TCT</td></tr>
<tr><th>Ngày ban hành</th><td>20/11/2026</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>
<tr><th>Cơ quan ban hành</th><td>Trường Chính trị tỉnh Gia Lai</td></tr>
<tr><th>Người ký</th><td>Nguyễn Thanh Sơn</td></tr>
<tr><th>Trích yếu</th><td>Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{DOC_PDF}">KH-45-TCT-2027.pdf</a></td></tr>
</tbody></table>"""
    return _simple(
        request, "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027", [("Văn bản", "/van-ban/"), ("45-KH/TCT", None)],
        body, DOC_PATH, "van-ban",
    )


def albums(request: Request) -> Response:
    b = base_url(request)
    body = f"""<div class="ab-ds"><div class="ab-muc"><a href="{b}{ALBUM_PATH}"><img src="/processed_images/album-k52-bia.8b3e1f0d9c2a7465.jpg" alt=""></a>
<a href="{b}{ALBUM_PATH}">Lễ khai giảng lớp Trung cấp lý luận chính trị khóa 52</a> <span>(6 ảnh)</span></div></div>"""
    return _simple(request, "Thư viện ảnh", [("Thư viện ảnh", None)], body, "/thu-vien-anh/", "thu-vien-anh")


_ALBUM = [
    "Quang cảnh lễ khai giảng",
    "Lãnh đạo Trường phát biểu khai giảng",
    "Học viên lớp K52 chào cờ",
    "Đại biểu tặng hoa chúc mừng",
    "Đại diện học viên phát biểu",
    "Học viên chụp ảnh lưu niệm",
]


def album(request: Request) -> Response:
    grid = "\n".join(
        f'<div class="ab-anh"><a href="/uploads/2026/10/k52-{k:02d}.jpg" data-fancybox="k52">'
        f'<img src="/processed_images/k52-{k:02d}.t{k}e9a0c3b5d7f1.jpg" alt="{esc(c)}"></a><p>{esc(c)}</p></div>'
        for k, c in enumerate(_ALBUM, 1)
    )
    body = f"""<p class="ab-ngay">Ngày đăng: 16/10/2026</p>
<p class="ab-mota">Một số hình ảnh tại Lễ khai giảng lớp Trung cấp lý luận chính trị hệ tập trung khóa 52.</p>
<div class="ab-luoi">
{grid}
</div>"""
    return _simple(
        request, "Lễ khai giảng lớp Trung cấp lý luận chính trị khóa 52",
        [("Thư viện ảnh", "/thu-vien-anh/"), ("Album", None)], body, ALBUM_PATH, "thu-vien-anh",
    )


def videos(request: Request) -> Response:
    b = base_url(request)
    body = f"""<div class="vd-ds"><a href="{b}{VIDEO_PATH}"><img src="/img/video-thumb.jpg" alt=""></a>
<a href="{b}{VIDEO_PATH}">Phóng sự: Trường Chính trị tỉnh - nơi ươm mầm cán bộ cơ sở</a></div>"""
    return _simple(request, "Video", [("Video", None)], body, "/video/", "video")


def video(request: Request) -> Response:
    body = """<p class="vd-ngay">Đăng ngày: 28/11/2026</p>
<div class="vd-khung">
<iframe src="https://www.youtube-nocookie.com/embed/q3T7kX0aPzM" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>
</div>
<p class="vd-mota">Phóng sự do Báo và Phát thanh, Truyền hình Gia Lai thực hiện (thời lượng 12 phút).</p>"""
    return _simple(
        request, "Phóng sự: Trường Chính trị tỉnh - nơi ươm mầm cán bộ cơ sở", [("Video", "/video/"), ("Phóng sự", None)],
        body, VIDEO_PATH, "video",
    )


def weeks(request: Request) -> Response:
    b = base_url(request)
    body = f"""<ul class="lg-ds"><li><a href="{b}{WEEK_PATH}">Lịch giảng tuần 49 (từ 30/11/2026 đến 06/12/2026)</a></li>
<li>Các tuần trước: <a href="/lich-giang/files/lich-giang-thang-11-2026.pdf">Lịch giảng tháng 11/2026 (PDF)</a></li></ul>"""
    return _simple(request, "Lịch giảng", [("Lịch giảng", None)], body, "/lich-giang/", "lich-giang")


_WEEK_ROWS = [
    ("Thứ Hai 30/11", "Sáng", "TCLLCT K52", "Học phần Xây dựng Đảng", "ThS. Nguyễn Thị Phương Thảo", "P.201"),
    ("Thứ Ba 01/12", "Chiều", "TCLLCT K52", "Học phần Quản lý hành chính nhà nước", "TS. Trần Văn Bình", "P.201"),
    ("Thứ Tư 02/12", "Sáng", "BD cán bộ cấp xã", "Kỹ năng giải quyết thủ tục hành chính", "ThS. Đỗ Thị Lan Anh", "Hội trường B"),
    ("Thứ Năm 03/12", "Chiều", "TCLLCT K50 (HKTT)", "Bế giảng", "Ban Giám hiệu", "Cơ sở 2"),
    ("Thứ Sáu 04/12", "Sáng", "TCLLCT K52", "Học phần Dân vận", "ThS. Đặng Thu Trang", "P.201"),
]


def week(request: Request) -> Response:
    rows = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in _WEEK_ROWS)
    body = f"""<table class="tbl-lg"><thead><tr><th>Thứ/ngày</th><th>Buổi</th><th>Lớp</th><th>Nội dung</th><th>Giảng viên</th><th>Phòng</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p class="lg-gc"><em>Ghi chú: Lịch có thể thay đổi, đề nghị theo dõi thông báo của Phòng Quản lý đào tạo và Nghiên cứu khoa học.</em></p>"""
    return _simple(
        request, "Lịch giảng tuần 49 (từ 30/11/2026 đến 06/12/2026)", [("Lịch giảng", "/lich-giang/"), ("Tuần 49", None)],
        body, WEEK_PATH, "lich-giang",
    )


def search_page(request: Request) -> Response:
    body = """<div id="kq-tim"><p>Nhập từ khóa vào ô tìm kiếm ở đầu trang.</p></div>
<script src="/elasticlunr.min.js"></script><script src="/search_index.vi.js"></script>
<script src="/js/tim-kiem.js"></script>"""
    return _simple(request, "Tìm kiếm", [("Tìm kiếm", None)], body, "/tim-kiem/", "tim-kiem")


def _term_stories(term: str) -> list[Story]:
    return _by_date([s for s in STORIES if term in (s.opts.get("terms") or [])])


def taxonomy_list(request: Request) -> Response:
    b = base_url(request)
    items = "".join(
        f'<li><a href="{b}/categories/{slug}/">{esc(term)}</a> ({len(_term_stories(term))})</li>'
        for term, slug in TERMS.items()
    )
    return _simple(request, "Chủ đề", [("Chủ đề", None)], f'<ul class="cd-ds">{items}</ul>', "/categories/", "chu-de")


def taxonomy_term(request: Request, term: str) -> Response:
    b = base_url(request)
    items = "".join(
        f'<li><a href="{b}{story_path(s)}">{esc(s.title)}</a> <span class="ngay">{date_en(s.opts["date"])}</span></li>'
        for s in _term_stories(term)
    )
    return _simple(
        request, f"Chủ đề: {term}", [("Chủ đề", "/categories/"), (term, None)],
        f'<ul class="cd-bai">{items}</ul>', f"/categories/{TERMS[term]}/", "chu-de",
    )


def alias_stub(request: Request, target: str) -> Response:
    """Zola's internal/alias.html: the meta refresh is inside <noscript>."""
    url = base_url(request) + target
    return html(
        "<!doctype html>\n<meta charset=\"utf-8\">\n<title>Redirect</title>\n<script>\n"
        f'  const target = "{url}";\n  const hash = window.location.hash || "";\n'
        "  window.location.replace(target + hash);\n</script>\n<noscript>\n"
        f'  <meta http-equiv="refresh" content="0; url={url}">\n</noscript>\n'
        f'<p><a href="{url}">Click here</a> to be redirected.</p>\n'
    )


def not_found(request: Request) -> Response:
    b = base_url(request)
    main = f"""<div class="loi-404"><h2 class="bv-td">404 - Không tìm thấy trang</h2>
<p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển đi. Mời bạn quay lại <a href="{b}/">Trang chủ</a>.</p></div>"""
    resp = layout(request, f"Không tìm thấy trang - {SITE}", main, canonical="/404.html", sidebar=False)
    resp.status = 404
    return resp


# --- generated files ------------------------------------------------------------------------


def robots(request: Request) -> Response:
    body = f"User-agent: *\nSitemap: {base_url(request)}/sitemap.xml\n"
    return Response(200, body.encode(), {"Content-Type": "text/plain; charset=utf-8"})


def _listing_paths() -> list[str]:
    paths = ["/", "/tin-tuc/", "/tin-tuc/page/2/"]
    for cat in ("dao-tao", "hoat-dong", "nghien-cuu"):
        paths += [SECTIONS[cat]["path"], SECTIONS[cat]["path"] + "page/2/"]
    paths += ["/thong-bao/", "/van-ban/", "/thu-vien-anh/", "/video/", "/lich-giang/", "/gioi-thieu/"]
    return paths


def sitemap(request: Request) -> Response:
    b = base_url(request)
    entries: list[tuple[str, str | None]] = [(p, None) for p in _listing_paths()]
    for s in STORIES:
        lastmod = s.opts.get("updated") or s.opts["date"]
        entries.append((story_path(s), lastmod[:10]))
    entries += [
        ("/gioi-thieu/co-cau-to-chuc/", None),
        ("/lien-he/", None),
        ("/tim-kiem/", None),
        (DOC_PATH, "2026-11-20"),
        (ALBUM_PATH, "2026-10-16"),
        (VIDEO_PATH, "2026-11-28"),
        (WEEK_PATH, "2026-11-28"),
        ("/categories/", None),
    ]
    entries += [(f"/categories/{slug}/", None) for slug in TERMS.values()]
    rows = []
    for path, lastmod in entries:
        lm = f"\n            <lastmod>{lastmod}</lastmod>" if lastmod else ""
        rows.append(f"        <url>\n            <loc>{esc(b + path)}</loc>{lm}\n        </url>")
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(rows)
        + "\n</urlset>\n"
    )
    return Response(200, body.encode(), {"Content-Type": "application/xml"})


def rss(request: Request) -> Response:
    b = base_url(request)
    items = []
    for s in _by_date(STORIES)[:10]:
        url = b + story_path(s)
        items.append(
            f"<item>\n<title>{esc(s.title)}</title>\n<pubDate>{date_rfc(s.opts['date'])}</pubDate>\n"
            f"<link>{url}</link>\n<guid>{url}</guid>\n<description>{esc(listing_summary(s))}</description>\n</item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">\n'
        f"<channel>\n<title>{SITE}</title>\n<link>{b}/</link>\n"
        "<description>Trang thông tin điện tử Trường Chính trị tỉnh Gia Lai</description>\n"
        "<generator>Zola</generator>\n<language>vi</language>\n"
        f'<atom:link href="{b}/rss.xml" rel="self" type="application/rss+xml"/>\n'
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )
    return Response(200, body.encode(), {"Content-Type": "application/rss+xml"})


_DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"\x00" * 64


class ZolaSite:
    """nginx over Zola's ``public/`` folder."""

    def __init__(self) -> None:
        pages: dict[str, object] = {
            "/": home,
            "/tin-tuc/": lambda r: listing_tin_tuc(r, 1),
            "/tin-tuc/page/2/": lambda r: listing_tin_tuc(r, 2),
            "/tin-tuc/page/1/": lambda r: alias_stub(r, "/tin-tuc/"),
            "/thong-bao/": listing_notices,
            "/gioi-thieu/": intro,
            "/gioi-thieu/co-cau-to-chuc/": structure,
            "/lien-he/": contact,
            "/van-ban/": documents,
            DOC_PATH: document,
            "/thu-vien-anh/": albums,
            ALBUM_PATH: album,
            "/video/": videos,
            VIDEO_PATH: video,
            "/lich-giang/": weeks,
            WEEK_PATH: week,
            "/tim-kiem/": search_page,
            "/categories/": taxonomy_list,
            "/robots.txt": robots,
            "/sitemap.xml": sitemap,
            "/rss.xml": rss,
        }
        for cat in ("dao-tao", "hoat-dong"):
            p = SECTIONS[cat]["path"]
            n_pages = len(_pages(_in(cat), 3))
            pages[p] = lambda r, c=cat: listing_sub(r, c, 1)
            pages[p + "page/1/"] = lambda r, p=p: alias_stub(r, p)
            for k in range(2, n_pages + 1):
                pages[f"{p}page/{k}/"] = lambda r, c=cat, k=k: listing_sub(r, c, k)
        rp = SECTIONS["nghien-cuu"]["path"]
        pages[rp] = lambda r: listing_research(r, 1)
        pages[rp + "page/1/"] = lambda r: alias_stub(r, rp)
        for k in range(2, len(_pages(_in("nghien-cuu"), 3)) + 1):
            pages[f"{rp}page/{k}/"] = lambda r, k=k: listing_research(r, k)
        for term, slug in TERMS.items():
            pages[f"/categories/{slug}/"] = lambda r, t=term: taxonomy_term(r, t)
        for s in STORIES:
            pages[story_path(s)] = lambda r, s=s: page_article(r, s)
            for alias in s.opts.get("aliases", []):
                pages[alias] = lambda r, s=s: alias_stub(r, story_path(s))
        self.pages = pages
        self.files: dict[str, tuple[str, bytes]] = {
            DOC_PDF: ("application/pdf", PDF),
            DOC2_PDF: ("application/pdf", PDF),
            "/lich-giang/files/lich-giang-thang-11-2026.pdf": ("application/pdf", PDF),
            story_path(N1) + N1.opts["attach"]: (
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                _DOCX,
            ),
            "/search_index.vi.js": ("application/javascript", b"window.searchIndex = {};"),
            "/elasticlunr.min.js": ("application/javascript", b"/* elasticlunr */"),
        }

    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return Response(405, b"405 Not Allowed", {"Content-Type": "text/html"})
        path = unicodedata.normalize("NFC", unquote(request.path))
        if path in self.files:
            ctype, data = self.files[path]
            return Response(200, data, {"Content-Type": ctype})
        if path.endswith("/index.html"):
            path = path[: -len("index.html")]
        page = self.pages.get(path)
        if page is not None:
            return page(request)  # type: ignore[operator]
        static = static_file(path)
        if static is not None:
            return static
        if not path.endswith("/") and path + "/" in self.pages:
            return redirect(quote(path + "/"), 301)
        return not_found(request)


def build_site() -> ZolaSite:
    return ZolaSite()


# --- gold -----------------------------------------------------------------------------------


def _alts(story: Story, *extra: str) -> list[str]:
    return [story_path(story) + "index.html", *extra]


CATEGORY = {cat: SECTIONS[cat]["title"] for cat in SECTIONS}

GOLD = [
    gold_record(D1, story_path(D1), CATEGORY["dao-tao"], alt_paths=_alts(D1)),
    gold_record(
        D2, story_path(D2), CATEGORY["dao-tao"], alt_paths=_alts(D2, story_path(D2) + "?fbclid=" + FBCLID)
    ),
    gold_record(D3, story_path(D3), CATEGORY["dao-tao"], alt_paths=_alts(D3)),
    gold_record(D4, story_path(D4), CATEGORY["dao-tao"], alt_paths=_alts(D4)),
    gold_record(H1, story_path(H1), CATEGORY["hoat-dong"], alt_paths=_alts(H1, *H1.opts["aliases"])),
    gold_record(H2, story_path(H2), CATEGORY["hoat-dong"], alt_paths=_alts(H2)),
    gold_record(H3, story_path(H3), CATEGORY["hoat-dong"], alt_paths=_alts(H3)),
    gold_record(H4, story_path(H4), CATEGORY["hoat-dong"], alt_paths=_alts(H4)),
    gold_record(R1, story_path(R1), CATEGORY["nghien-cuu"], alt_paths=_alts(R1)),
    gold_record(R2, story_path(R2), CATEGORY["nghien-cuu"], alt_paths=_alts(R2)),
    gold_record(R3, story_path(R3), CATEGORY["nghien-cuu"], alt_paths=_alts(R3)),
    gold_record(R4, story_path(R4), CATEGORY["nghien-cuu"], alt_paths=_alts(R4)),
    gold_record(N1, story_path(N1), CATEGORY["thong-bao"], alt_paths=_alts(N1, story_path(N1).rstrip("/"))),
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/lien-he/",
    DOC_PATH,
    ALBUM_PATH,
    VIDEO_PATH,
    WEEK_PATH,
]
