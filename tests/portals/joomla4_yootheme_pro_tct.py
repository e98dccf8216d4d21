"""Trường Chính trị tỉnh Quảng Ngãi on Joomla 4.4 + YOOtheme Pro 4 (child theme ``yootheme_tct``).

Platform
--------
Joomla 4.4 with URL rewriting on (no ``/index.php/`` in the links Joomla builds), com_content, the
legacy com_search package at ``/tim-kiem``, com_tags, com_contact, an eDocman-like document list and
YOOtheme Pro 4 (uikit 3 markup: ``tm-page``, ``tm-header``/``tm-header-mobile``, ``uk-navbar`` with
``uk-navbar-dropdown``, a sticky navbar with a full-screen search modal, the off-canvas
``#tm-dialog-mobile`` menu duplicating the desktop menu, ``tm-toolbar`` with today's date and social
icons, ``uk-breadcrumb`` with RDFa, ``uk-pagination``). No ``<link rel="canonical">`` anywhere (the
System - SEF plugin's site domain is empty) and no og: tags; YOOtheme's own article layout prints
``data-permalink`` on ``<article class="uk-article">``. JCH Optimize lazy-loads editor images.

URL scheme and page templates
-----------------------------
- ``/``: builder page: slideshow of three featured news (whole slide is the link), "Thông báo" list
  (2 latest), "Tin tức - Sự kiện" card grid (3 latest), "Đào tạo, bồi dưỡng" (2 latest), modules.
- ``/tin-tuc-su-kien`` (builder category template ``template-chuyen-muc``): cards whose whole body is
  one ``<a class="el-item uk-card … uk-link-toggle">``; 4 a page, Joomla pagination ``?start=4``.
  Articles ``/tin-tuc-su-kien/<id>-<alias>`` in the builder template ``template-tin-bai``:
  breadcrumb, ``<h1 class="uk-h2">``, meta "Đăng ngày <time …> trong <a>…</a>" + hits, share bar,
  "Nghe đọc bài viết" audio widget, custom fields (Joomla's ``fields-container``), an Overlay
  element for the full-text image, the intro text in its own ``uk-text-lead`` panel, the full text
  in ``tm-noidung``, a Slideshow element, tags, then "Bài viết cùng chuyên mục" (3 cards).
- ``/dao-tao`` (builder list, 3 a page) with the builder's own pager ``/dao-tao/page-2``. Articles
  ``/dao-tao/<alias>`` without ids (template ``template-dao-tao``): a muted band with the
  category name (a div) and breadcrumb, ``<h1 class="uk-article-title">``, meta line
  "Đăng ngày dd/mm/yyyy HH:MM trong …", fields as a builder List element, the text, tags, share;
  "Bài viết cùng chuyên mục" (2 items) heads the right column.
- ``/thong-bao``: YOOtheme's own blog layout (no builder), 2 a page, ``?start=2``; every item is an
  ``<article class="uk-article">`` with an ``h2.uk-article-title``. Articles
  ``/thong-bao/<id>-<alias>`` in YOOtheme's own article layout: the menu item's page heading
  ``<h1>Thông báo</h1>`` above ``<h2 property="headline">``, a subnav meta list, a print icon
  (``?tmpl=component&print=1``), the text, prev/next article links.
- ``/tag/<alias>`` (com_tags), ``/tim-kiem?searchword=…`` (com_search, results link with
  ``?highlight=<base64 JSON>``), ``/gioi-thieu`` and ``/gioi-thieu/chuc-nang-nhiem-vu`` (single
  article menu items in ``uk-article`` markup), ``/lien-he`` (com_contact), ``/van-ban`` +
  ``/van-ban/<key>`` (+ ``/download`` PDF), ``/thu-vien-anh`` + ``/thu-vien-anh/le-khai-giang-k46``
  (uk-lightbox album). RSS at ``<category>?format=feed&type=rss`` (linked in ``<head>``, 1st page only).

How the gold articles are reached
---------------------------------
- Tin tức - Sự kiện: 61, 59, 57 from the home page, the listing's page 1 and related cards (61, 59
  and 54 also in the sidebar "Đọc nhiều"); 54 from page 1, related cards, tags and the loadposition module; 59 also via the
  sidebar "Tiêu điểm" module as ``/index.php/tin-tuc-su-kien/59-…``; 47 from ``?start=4``, the tag
  ``/tag/nghien-cuu-khoa-hoc`` and a non-SEF link in 61's "Xem thêm" line; **50 only from
  ``/tin-tuc-su-kien?start=4``**.
- Đào tạo, bồi dưỡng: the bế giảng and chuyên viên chính items from home/page 1/related; Ba Tơ from page 1
  and related; **the K42 exam item only from ``/dao-tao/page-2``**.
- Thông báo: 63 and 60 from home and page 1; 56 from ``/thong-bao?start=2`` and 60's "Tiếp" link.

Traps
-----
1. *Section name in the h1* (Joomla "Show Page Heading" on the Thông báo menu item): article pages
   of /thong-bao print ``<h1>Thông báo</h1>`` and the headline in ``<h2 property="headline">``; the
   listing prints the same h1 over ``uk-article`` items. Gold title = the h2 headline.
2. *The builder's dynamic date is the UTC database value*: ``<time datetime="2026-11-26T23:15:00+00:00">
   27 Tháng Mười Một 2026, 06:15</time>`` (month in words). Gold = the local time printed,
   "2026-11-27T06:15:00+07:00", never the 26th. The same holds for every Tin tức article.
3. *E-mail cloaking web component*: in the chuyên viên chính article the address is a
   ``<joomla-hidden-mail first="…" last="…">`` element whose text is the anti-spam notice "Địa chỉ
   email này đang được bảo vệ…". Gold = the sentence as a reader sees it, with the address decoded
   ("…email: qldt.truongchinhtri@quangngai.gov.vn."); the notice is not text.
4. *plg_content_pagebreak*: article 54 is split in three pages with a "Mục lục bài viết" index box
   and "Trang 1 / 3" counter inside the text container, parts at ``?start=1``/``?start=2`` and
   ``?showall=1``. Gold body = the whole text (all parts, as ``showall`` prints it); the index, the
   counter and the "Trang trước / Trang sau" links are not text; the part URLs and ``showall`` are
   alt_paths of the one article.
5. *Custom fields between the meta and the text*: "Tác giả: ThS. Trần Thị Mỹ Hạnh - Phó Trưởng Khoa
   Xây dựng Đảng" (Joomla's ``fields-container``) and, in the Ba Tơ article, a builder List of fields
   "Người viết: ThS. Phạm Văn Long - Giảng viên …" / "Ảnh: Văn Khánh". Gold authors = the names only
   (["Trần Thị Mỹ Hạnh"], ["Phạm Văn Long"]), photographers ["Văn Khánh"]; "Đơn vị" is not a byline.
6. *Builder images*: the Overlay element prints its caption in a hover overlay
   (``uk-transition-slide-bottom``) and offers webp in ``<source srcset>``; the Slideshow prints
   captions in overlays and repeats every slide as a 100x75 ``uk-thumbnav`` thumbnail. Gold = each
   photo once, the ``<img src>`` (.jpeg) of the slide/overlay, caption = the overlay title.
7. *JCH Optimize lazy-load*: an editor image is ``<img class="jch-lazyload"
   src="data:image/svg+xml;base64,…" data-src="/images/…">`` plus a ``<noscript>`` copy. Gold = the
   ``data-src`` path, once.
8. *Intro text as its own lead panel*: the Tin tức template prints the Joomla intro text in a
   ``uk-text-lead`` panel (the sapo: summary, first body paragraph) and the full text below. Article
   50, migrated without a read-more break, has its whole text (image and byline included) in that
   lead panel and no full-text panel: summary null, body = all its paragraphs.
9. *Unicode alias*: "Unicode Aliases" was on when the chuyên viên chính article was saved; Joomla
   prints ``/dao-tao/khai-giảng-lớp-…`` raw in hrefs and in the RSS ``<link>``. Gold path = the
   UTF-8 percent-encoded form a client sends (``/dao-tao/khai-gi%E1%BA%A3ng-…``).
10. *Duplicates without canonical*: ``/index.php/tin-tuc-su-kien/59-…`` (a hand-made module),
   ``/index.php?option=com_content&view=article&id=47:…&catid=8&Itemid=102`` (an editor's pasted
   link), ``?tmpl=component&print=1`` (Thông báo print icon), the pagebreak parts, search
   ``?highlight=`` links: the same article each; the plain SEF path is canonical.
11. *Listings that look like articles*: the Thông báo blog prints notice 63 whole (no read-more) in
   an ``uk-article`` with its date; /gioi-thieu pages are single-article menu items in the same
   markup. Neither is a gold article; 63's gold is its own page.
12. *Widgets inside the text*: ``{loadposition giua-bai}`` renders a "Có thể bạn quan tâm" module
   with article links and dates in the middle of article 57's text; a "Xem thêm: <a>" line ends 61.
   Not text.
13. *Official party notice*: notice 60 is printed as a document (letterhead table "TỈNH ỦY QUẢNG NGÃI /
   TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM", "Số 215-TB/TCT", "Quảng Ngãi, ngày 30 tháng 11 năm
   2026", "THÔNG BÁO / Tuyển sinh …", then "Nơi nhận" and "T/M BAN GIÁM HIỆU / HIỆU TRƯỞNG … Nguyễn
   Thanh Bình", then a "Tải về" attachment line). Posted 01/12 09:10. Gold date "2026-11-30", author
   ["Nguyễn Thanh Bình"], body from "Thực hiện Kế hoạch…" to "…phối hợp thực hiện./.".
14. *Meta order and midnight*: Thông báo meta prints "Cập nhật lần cuối" before "Ngày đăng"; notice 56
   was published "Thứ Hai, 16 Tháng 11 2026 00:00" → gold "2026-11-16". "Đăng bởi: Quản trị viên"
   is the CMS account: no author.
15. *Bylines and credits*: "Tin, ảnh: Thanh Hà" (both), "Tin: Minh Tuấn - Ảnh: Quốc Việt", a unit alone
   ("Phòng Tổ chức - Hành chính" → the author as printed), "Hồng Nhung (P.QLĐT-NCKH)" → "Hồng Nhung",
   a photo line "(Ảnh: Lê Na)" or figcaption "Ảnh: Đức Thịnh" → no caption, a photographer;
   "Nguồn: Báo Quảng Ngãi điện tử" closing 47 → source.
16. *Two pagers*: ``?start=`` counts items (4, 2), the Đào tạo builder pager is ``/dao-tao/page-2``;
   articles 50 and K42 exist only on page 2.

Gold decisions on ambiguous points
----------------------------------
- Headings typed in the text ("1. Thực trạng …", bold "1. Đối tượng", "Tài liệu tham khảo") and the
  reference entries "[1] …" are paragraphs; a footnote call "[1]" stays in its sentence.
- The Ba Tơ article's last paragraph has a ``<br>``: two gold paragraphs.
- Table rows are paragraphs, cells joined by " | " (header row included).
- The quote in 57 (a ``<blockquote>``) is a paragraph of the text.
- Category = the category title in the breadcrumb ("Tin tức - Sự kiện", "Đào tạo, bồi dưỡng",
  "Thông báo"), not the page heading or the band.
- Pagebreak part pages and ``?showall=1`` are alt_paths of article 54 (one article, one record);
  search ``?highlight=`` variants are the same article too but unbounded and only reachable by
  submitting the search form, so they are not listed.
- The cloaked address counts as text (what a reader with JavaScript sees), the notice does not.
- Intro pages, contact, the document entries and the album are NON_ARTICLES; the listings, tags and
  search pages are neither.
"""

from __future__ import annotations

import base64
import json
import re
from datetime import UTC, datetime
from urllib.parse import quote, unquote

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

NAME = "joomla4_yootheme_pro_tct"
PLATFORM = "Joomla 4.4 + YOOtheme Pro 4 (builder templates, uikit 3)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Quảng Ngãi"
HEADER_DAY = "Thứ Bảy, 05/12/2026"

TT, DT, TB = "tt", "dt", "tb"
CATS = {
    TT: {"title": "Tin tức - Sự kiện", "path": "/tin-tuc-su-kien", "catid": 8, "itemid": 102, "limit": 4},
    DT: {"title": "Đào tạo, bồi dưỡng", "path": "/dao-tao", "catid": 9, "itemid": 103, "limit": 3},
    TB: {"title": "Thông báo", "path": "/thong-bao", "catid": 10, "itemid": 104, "limit": 2},
}
TAGS = {
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "dac-khu-ly-son": "Đặc khu Lý Sơn",
    "giang-vien": "Giảng viên",
}
PAGEBREAK = '<hr class="system-pagebreak"'
CLOAK_TEXT = "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt Javascript để xem nó."


def _cache(name: str, size: str = "") -> str:
    """A YOOtheme image-cache path: /templates/yootheme/cache/<2 hex>/<name>-<8 hex>.jpeg."""
    digest = base64.b16encode(name.encode("utf-8")).decode("ascii").lower()
    h8 = (digest[-8:] + "a1b2c3d4")[:8]
    return f"/templates/yootheme/cache/{h8[:2]}/{name}{size}-{h8}.jpeg"


def _byline(text_: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(text_)}</{tag}></p>')


def _pb(title: str) -> Raw:
    return Raw(f'{PAGEBREAK} title="{esc(title)}" alt="{esc(title)}">')


# --- the thirteen articles ------------------------------------------------------------------

S61 = Story(
    id=61,
    slug="soi-noi-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Sôi nổi Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
    cat=TT,
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Từ ngày 01 đến 03/12/2026, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội thi giảng viên "
        "dạy giỏi cấp Trường năm 2026 với sự tham gia của 12 giảng viên đến từ 4 khoa chuyên môn."
    ),
    sapo_outside=True,
    authors=["Thanh Hà"],
    photographers=["Thanh Hà"],
    blocks=[
        Img(
            _cache("hoi-thi-gvdg-01", "-1200x800"),
            printed="Quang cảnh khai mạc Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
            caption="Quang cảnh khai mạc Hội thi giảng viên dạy giỏi cấp Trường năm 2026",
            style="overlay",
        ),
        P(
            "Hội thi nhằm đánh giá thực chất năng lực sư phạm, trình độ chuyên môn của đội ngũ giảng "
            "viên; tạo môi trường để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy "
            "theo hướng phát huy tính tích cực, chủ động của học viên, gắn lý luận với thực tiễn của "
            "địa phương."
        ),
        P(
            "Phát biểu khai mạc, TS. Nguyễn Thanh Bình, Hiệu trưởng Nhà trường, Trưởng Ban Tổ chức "
            "Hội thi nhấn mạnh: trong bối cảnh tỉnh Quảng Ngãi mới được hợp nhất, khối lượng đào tạo, "
            "bồi dưỡng cán bộ tăng mạnh, yêu cầu về chất lượng bài giảng càng phải được nâng lên; mỗi "
            "giảng viên cần coi hội thi là dịp tự rèn luyện, không chạy theo thành tích."
        ),
        Img(
            "/images/tin-tuc/2026/12/hoi-thi-gvdg-02.jpg",
            printed="Giảng viên Khoa Lý luận cơ sở trình bày bài giảng phần thi thực hành",
            caption="Giảng viên Khoa Lý luận cơ sở trình bày bài giảng phần thi thực hành",
            style="fig",
        ),
        P(
            "Mỗi giảng viên dự thi thực hiện hai phần: trình bày đề cương bài giảng và giảng thực "
            "hành một tiết trên lớp Trung cấp lý luận chính trị - hành chính đang học tại Trường. Các "
            "bài giảng tập trung vào những nội dung mới như Nghị quyết Đại hội XIV của Đảng, chuyển "
            "đổi số trong hoạt động của chính quyền cơ sở, mô hình chính quyền địa phương hai cấp."
        ),
        P(
            "Ban Giám khảo gồm các đồng chí trong Ban Giám hiệu, trưởng các khoa và 2 chuyên gia của "
            "Học viện Chính trị khu vực III. Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải "
            "Ba và 3 giải Khuyến khích."
        ),
        P(
            "Dịp này, Nhà trường chọn 3 giảng viên có thành tích xuất sắc để tiếp tục bồi dưỡng, tham "
            "dự Hội thi giảng viên dạy giỏi các trường chính trị khu vực miền Trung - Tây Nguyên dự "
            "kiến tổ chức vào quý II năm 2027."
        ),
        _byline("Tin, ảnh: Thanh Hà"),
        Raw(
            '<p><em>Xem thêm: <a href="/index.php?option=com_content&amp;view=article&amp;id=47:'
            "hoi-thao-khoa-hoc-cong-tac-dan-van-cua-he-thong-chinh-tri-co-so-trong-tinh-hinh-moi"
            '&amp;catid=8&amp;Itemid=102">Hội thảo khoa học “Công tác dân vận của hệ thống chính '
            "trị cơ sở trong tình hình mới”</a></em></p>"
        ),
    ],
    opts={"tags": ["giang-vien"], "thumb": _cache("hoi-thi-gvdg-01", "-400x267")},
)

S59 = Story(
    id=59,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k46-tai-dac-khu-ly-son",
    title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính K46 tại đặc khu Lý Sơn",
    cat=TT,
    published_at="2026-11-27T06:15:00+07:00",
    summary=(
        "Chiều 26/11, tại Trung tâm Chính trị đặc khu Lý Sơn, Trường Chính trị tỉnh Quảng Ngãi phối "
        "hợp với Đảng ủy đặc khu khai giảng lớp Trung cấp lý luận chính trị - hành chính K46, hệ "
        "không tập trung, với 62 học viên."
    ),
    sapo_outside=True,
    authors=["Minh Tuấn"],
    photographers=["Quốc Việt"],
    blocks=[
        P(
            "Học viên của lớp là cán bộ, công chức đang công tác tại các cơ quan Đảng, chính quyền, "
            "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội của đặc khu, trong đó nhiều đồng chí "
            "được bố trí sau khi sắp xếp, kiện toàn tổ chức bộ máy theo mô hình chính quyền địa "
            "phương hai cấp."
        ),
        P(
            "Theo kế hoạch, lớp học kéo dài 18 tháng, học vào các ngày thứ Sáu, thứ Bảy hằng tuần với "
            "5 phần học, 27 học phần; giảng viên của Trường ra đảo giảng dạy theo từng đợt để học viên "
            "không phải vào đất liền, vừa bảo đảm việc học vừa không ảnh hưởng đến nhiệm vụ chuyên môn."
        ),
        P(
            "Phát biểu tại lễ khai giảng, đồng chí Trần Công Minh, Phó Hiệu trưởng Nhà trường đề nghị "
            "học viên nêu cao tinh thần tự học, chấp hành nghiêm quy chế, gắn nội dung học tập với "
            "thực tiễn phát triển kinh tế biển, du lịch và bảo vệ chủ quyền biển, đảo của đặc khu."
        ),
        P(
            "Đây là lớp Trung cấp lý luận chính trị - hành chính thứ ba Nhà trường mở tại Lý Sơn, góp "
            "phần chuẩn hóa trình độ lý luận chính trị cho đội ngũ cán bộ cơ sở ở địa bàn đảo tiền "
            "tiêu của tỉnh."
        ),
        _byline("Tin: Minh Tuấn - Ảnh: Quốc Việt", "em"),
        Img(
            _cache("khai-giang-k46-ly-son-1", "-1200x675"),
            printed="Quang cảnh lễ khai giảng lớp K46 tại đặc khu Lý Sơn",
            caption="Quang cảnh lễ khai giảng lớp K46 tại đặc khu Lý Sơn",
            style="slide",
        ),
        Img(
            _cache("khai-giang-k46-ly-son-2", "-1200x675"),
            printed="Đồng chí Trần Công Minh, Phó Hiệu trưởng phát biểu tại lễ khai giảng",
            caption="Đồng chí Trần Công Minh, Phó Hiệu trưởng phát biểu tại lễ khai giảng",
            style="slide",
        ),
        Img(
            _cache("khai-giang-k46-ly-son-3", "-1200x675"),
            printed="Học viên lớp K46 chụp ảnh lưu niệm cùng Ban Giám hiệu",
            caption="Học viên lớp K46 chụp ảnh lưu niệm cùng Ban Giám hiệu",
            style="slide",
        ),
    ],
    opts={"tags": ["dac-khu-ly-son"], "thumb": _cache("khai-giang-k46-ly-son-1", "-400x267")},
)

S57 = Story(
    id=57,
    slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat=TT,
    published_at="2026-11-19T09:00:00+07:00",
    summary=(
        "Sáng 19/11, Trường Chính trị tỉnh Quảng Ngãi tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam, tôn vinh đội ngũ nhà giáo đang công tác và các thế hệ thầy cô đã nghỉ hưu."
    ),
    sapo_outside=True,
    authors=["Phòng Tổ chức - Hành chính"],
    blocks=[
        P(
            "Tham dự buổi gặp mặt có đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đại diện "
            "lãnh đạo Sở Giáo dục và Đào tạo, Sở Nội vụ cùng đông đủ cán bộ, giảng viên, người lao "
            "động của Nhà trường qua các thời kỳ."
        ),
        Img(
            "/images/tin-tuc/2026/11/gap-mat-20-11-01.jpg",
            printed="Lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy tặng hoa chúc mừng tập thể nhà giáo Nhà trường",
            caption="Lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy tặng hoa chúc mừng tập thể nhà giáo Nhà trường",
            style="jch",
        ),
        P(
            "Ôn lại truyền thống, ThS. Lê Thị Thu Hà, Phó Hiệu trưởng cho biết: năm học 2025 - 2026, "
            "Nhà trường đã mở 41 lớp đào tạo, bồi dưỡng với hơn 3.200 lượt học viên; 100% giảng viên "
            "đạt chuẩn, trong đó 8 giảng viên có trình độ tiến sĩ, 31 giảng viên có trình độ thạc sĩ."
        ),
        Raw("{loadposition giua-bai}"),
        P(
            "Nhiều giảng viên đã tham gia biên soạn tài liệu, chủ nhiệm đề tài khoa học cấp tỉnh, cấp "
            "trường; các bài giảng ngày càng gắn với thực tiễn địa phương. Công tác đi thực tế của "
            "giảng viên được thực hiện nghiêm túc, đúng quy định của Ban Bí thư."
        ),
        P(
            "“Mỗi thầy cô giáo của Trường Chính trị phải là tấm gương về bản lĩnh chính trị, đạo đức "
            "cách mạng và tinh thần tự học suốt đời”, đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận "
            "Tỉnh ủy nhắn nhủ.",
            style="quote",
        ),
        P(
            "Dịp này, Nhà trường trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 4 nhà giáo và khen "
            "thưởng 9 tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “Dạy tốt - Học "
            "tốt”."
        ),
        _byline("Phòng Tổ chức - Hành chính"),
    ],
    opts={"tags": ["giang-vien"], "thumb": "/images/tin-tuc/2026/11/gap-mat-20-11-01.jpg"},
)

S54 = Story(
    id=54,
    slug="nang-cao-chat-luong-hoat-dong-nghien-cuu-thuc-te-cua-hoc-vien-he-trung-cap",
    title=(
        "Nâng cao chất lượng hoạt động nghiên cứu thực tế của học viên hệ trung cấp lý luận chính "
        "trị - hành chính"
    ),
    cat=TT,
    published_at="2026-11-10T15:45:00+07:00",
    summary=(
        "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình đào tạo trung cấp lý luận chính "
        "trị - hành chính, giúp học viên gắn kiến thức lý luận với thực tiễn. Bài viết đánh giá thực "
        "trạng và đề xuất một số giải pháp nâng cao chất lượng hoạt động này tại Trường Chính trị "
        "tỉnh Quảng Ngãi."
    ),
    sapo_outside=True,
    authors=["Trần Thị Mỹ Hạnh"],
    blocks=[
        P("1. Thực trạng hoạt động nghiên cứu thực tế", style="h3"),
        P(
            "Theo chương trình do Học viện Chính trị quốc gia Hồ Chí Minh ban hành, hệ trung cấp lý "
            "luận chính trị - hành chính dành 1 tuần cho hoạt động nghiên cứu thực tế. Những năm qua, "
            "Nhà trường đã tổ chức cho 100% lớp học đi nghiên cứu thực tế tại các địa phương, cơ quan, "
            "đơn vị trong tỉnh.[1]"
        ),
        P(
            "Qua khảo sát 240 học viên của 6 lớp khóa 2024 - 2026, có 78,3% học viên đánh giá hoạt "
            "động nghiên cứu thực tế giúp ích nhiều cho công việc; tuy nhiên vẫn còn 21,7% cho rằng "
            "nội dung chưa sát với vị trí việc làm, thời gian làm việc tại cơ sở còn ngắn, báo cáo thu "
            "hoạch có nơi còn sao chép."
        ),
        _pb("Nguyên nhân của hạn chế"),
        P("2. Nguyên nhân của hạn chế", style="h3"),
        P(
            "Một là, việc lựa chọn địa bàn nghiên cứu thực tế chưa thật sự gắn với chuyên đề học tập; "
            "một số địa bàn được chọn chủ yếu vì thuận tiện đi lại."
        ),
        P(
            "Hai là, kinh phí cho hoạt động còn hạn hẹp, trong khi sau khi hợp nhất tỉnh, địa bàn "
            "rộng, nhiều điểm nghiên cứu ở vùng núi phía Tây cách trung tâm hơn 150 km."
        ),
        P(
            "Ba là, khâu hướng dẫn viết thu hoạch và đánh giá kết quả chưa có tiêu chí định lượng rõ "
            "ràng.[2]"
        ),
        _pb("Một số giải pháp"),
        P("3. Một số giải pháp", style="h3"),
        P(
            "Xây dựng kế hoạch nghiên cứu thực tế theo từng chuyên đề, chọn địa bàn có mô hình hay, "
            "cách làm mới;",
            style="li",
        ),
        P(
            "Mời lãnh đạo địa phương trao đổi trực tiếp với học viên về những vấn đề nảy sinh khi vận "
            "hành chính quyền địa phương hai cấp;",
            style="li",
        ),
        P("Ban hành bộ tiêu chí đánh giá báo cáo thu hoạch, kiên quyết xử lý tình trạng sao chép;", style="li"),
        P(
            "Ứng dụng công nghệ thông tin để học viên nộp và giảng viên chấm thu hoạch trên hệ thống "
            "quản lý đào tạo.",
            style="li",
        ),
        P(
            "Thực hiện đồng bộ các giải pháp trên sẽ góp phần nâng cao chất lượng đào tạo, đáp ứng "
            "yêu cầu xây dựng đội ngũ cán bộ cơ sở trong giai đoạn mới."
        ),
        P("Tài liệu tham khảo", style="bold"),
        P(
            "[1] Học viện Chính trị quốc gia Hồ Chí Minh (2021), Chương trình đào tạo trung cấp lý "
            "luận chính trị - hành chính, Hà Nội.",
            style="small",
        ),
        P(
            "[2] Trường Chính trị tỉnh Quảng Ngãi (2026), Báo cáo tổng kết công tác đào tạo, bồi dưỡng "
            "năm học 2025 - 2026.",
            style="small",
        ),
    ],
    opts={
        "tags": ["nghien-cuu-khoa-hoc"],
        "fields": [
            ("tac-gia", "Tác giả", "ThS. Trần Thị Mỹ Hạnh - Phó Trưởng Khoa Xây dựng Đảng"),
            ("don-vi", "Đơn vị", "Khoa Xây dựng Đảng"),
        ],
        "thumb": "/images/logo/anh-mac-dinh.jpg",
    },
)

S50 = Story(
    id=50,
    slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv",
    title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề “Nâng cao đạo đức công vụ của giảng viên”",
    cat=TT,
    published_at="2026-10-28T08:00:00+07:00",
    authors=["Lê Na"],
    photographers=["Lê Na"],
    blocks=[
        P(
            "Ngày 27/10, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV năm 2026 với chủ "
            "đề “Nâng cao đạo đức công vụ của giảng viên trường chính trị trong giai đoạn hiện nay”."
        ),
        Img("/images/tin-tuc/2026/10/chi-bo-llcs.jpg", printed="(Ảnh: Lê Na)", caption=None, style="next"),
        P(
            "Tại buổi sinh hoạt, các đảng viên tập trung thảo luận về những biểu hiện cần khắc phục "
            "như ngại đổi mới bài giảng, thiếu chủ động cập nhật tri thức mới; đồng thời đề xuất nhiều "
            "giải pháp để mỗi giảng viên thực sự “nói đi đôi với làm”."
        ),
        P(
            "Đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên xây dựng kế hoạch tu dưỡng, rèn luyện cụ "
            "thể, gắn với việc thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức "
            "cách mạng của cán bộ, đảng viên trong giai đoạn mới."
        ),
        Raw('<p style="text-align: right;">Lê Na</p>'),
    ],
    opts={"all_in_lead": True, "thumb": "/images/tin-tuc/2026/10/chi-bo-llcs.jpg"},
)

S47 = Story(
    id=47,
    slug="hoi-thao-khoa-hoc-cong-tac-dan-van-cua-he-thong-chinh-tri-co-so-trong-tinh-hinh-moi",
    title="Hội thảo khoa học “Công tác dân vận của hệ thống chính trị cơ sở trong tình hình mới”",
    cat=TT,
    published_at="2026-10-14T10:20:00+07:00",
    summary=(
        "Ngày 13/10, Trường Chính trị tỉnh Quảng Ngãi tổ chức Hội thảo khoa học “Công tác dân vận "
        "của hệ thống chính trị cơ sở trong tình hình mới” với 26 tham luận của các nhà khoa học, cán "
        "bộ làm công tác dân vận trong tỉnh."
    ),
    sapo_outside=True,
    authors=["Bảo Trâm"],
    source="Báo Quảng Ngãi điện tử",
    blocks=[
        Img(
            "/images/tin-tuc/2026/10/hoi-thao-dan-van.jpg",
            printed="Các đại biểu tham dự hội thảo",
            caption="Các đại biểu tham dự hội thảo",
            style="fig",
        ),
        P(
            "Hội thảo được tổ chức trong bối cảnh hệ thống chính trị cơ sở vừa được sắp xếp lại, nhiều "
            "xã mới có địa bàn rộng, dân số đông; phương thức tiếp xúc, nắm bắt tâm tư của Nhân dân "
            "cần được đổi mới cho phù hợp."
        ),
        P("Các tham luận tập trung làm rõ ba nhóm vấn đề chính:"),
        P("Cơ sở lý luận và quan điểm của Đảng về công tác dân vận trong thời kỳ mới;", style="li"),
        P("Thực tiễn công tác dân vận chính quyền ở các xã, phường, đặc khu sau sắp xếp;", style="li"),
        P(
            "Vai trò của Mặt trận Tổ quốc và các đoàn thể trong giám sát, phản biện xã hội.",
            style="li",
        ),
        P("Cơ cấu tham luận gửi về hội thảo:"),
        P("Đơn vị | Số tham luận", style="tr"),
        P("Giảng viên Nhà trường | 11", style="tr"),
        P("Ban Tuyên giáo và Dân vận Tỉnh ủy | 5", style="tr"),
        P("Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể | 6", style="tr"),
        P("Đảng ủy các xã, phường | 4", style="tr"),
        P(
            "Kết luận hội thảo, TS. Nguyễn Thanh Bình, Hiệu trưởng khẳng định các ý kiến tại hội thảo "
            "là nguồn tư liệu quý để Nhà trường bổ sung vào bài giảng chuyên đề dân vận, đồng thời "
            "kiến nghị với Tỉnh ủy một số giải pháp nâng cao hiệu quả công tác dân vận ở cơ sở."
        ),
        _byline("Bảo Trâm"),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Quảng Ngãi điện tử</em></p>'),
    ],
    opts={"tags": ["nghien-cuu-khoa-hoc"], "thumb": "/images/tin-tuc/2026/10/hoi-thao-dan-van.jpg"},
)

D1 = Story(
    id=62,
    slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
    title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat=DT,
    published_at="2026-12-01T08:00:00+07:00",
    summary=(
        "Chiều 30/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng "
        "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
    ),
    authors=["Đức Thịnh"],
    photographers=["Đức Thịnh"],
    blocks=[
        P(
            "Chiều 30/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng "
            "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026.",
            style="bold",
        ),
        P(
            "Lớp học có 118 học viên là trưởng thôn, tổ trưởng tổ dân phố, bí thư chi bộ và cán bộ các "
            "đoàn thể ở cơ sở thuộc các xã, phường khu vực phía Đông của tỉnh. Trong 7 ngày, học viên "
            "được nghiên cứu 12 chuyên đề về quan điểm của Đảng về quốc phòng, an ninh; xây dựng nền "
            "quốc phòng toàn dân; phòng, chống chiến lược “diễn biến hòa bình”…"
        ),
        Img("/images/dao-tao/2026/12/be-giang-qpan.jpg", printed="Ảnh: Đức Thịnh", caption=None, style="fig"),
        P(
            "Kết quả, 100% học viên hoàn thành chương trình, trong đó 46,6% đạt loại giỏi, 50,8% đạt "
            "loại khá. Ban Tổ chức khen thưởng 6 học viên có thành tích xuất sắc."
        ),
        P(
            "Phát biểu bế giảng, đại diện Ban Giám hiệu đề nghị học viên vận dụng kiến thức được trang "
            "bị vào công tác tuyên truyền, vận động Nhân dân tham gia xây dựng thế trận quốc phòng toàn "
            "dân gắn với thế trận an ninh nhân dân vững chắc ngay từ thôn, tổ dân phố."
        ),
        _byline("Đức Thịnh"),
    ],
    opts={"thumb": "/images/dao-tao/2026/12/be-giang-qpan.jpg"},
)

D2 = Story(
    id=58,
    slug="khai-giảng-lớp-bồi-dưỡng-ngạch-chuyên-viên-chính-năm-2026",
    title="Khai giảng lớp bồi dưỡng ngạch chuyên viên chính năm 2026",
    cat=DT,
    published_at="2026-11-23T13:30:00+07:00",
    authors=["Hồng Nhung"],
    blocks=[
        P(
            "Ngày 23/11, Trường Chính trị tỉnh Quảng Ngãi khai giảng lớp bồi dưỡng theo tiêu chuẩn "
            "ngạch chuyên viên chính năm 2026 cho 85 học viên là công chức các sở, ban, ngành và Ủy ban "
            "nhân dân các xã, phường trên địa bàn tỉnh."
        ),
        P(
            "Chương trình gồm 3 phần: kiến thức chung về quản lý nhà nước, kiến thức quản lý nhà nước "
            "theo ngành, lĩnh vực và các kỹ năng; học viên sẽ đi khảo sát thực tế và viết đề án cuối "
            "khóa."
        ),
        Img(
            "/images/dao-tao/2026/11/khai-giang-cvc.jpg",
            printed="Đồng chí Lê Thị Thu Hà, Phó Hiệu trưởng phát biểu khai giảng lớp học",
            caption="Đồng chí Lê Thị Thu Hà, Phó Hiệu trưởng phát biểu khai giảng lớp học",
            style="fig",
        ),
        P(
            "Lớp học được tổ chức theo hình thức vừa làm vừa học, học tập trung vào thứ Năm, thứ Sáu "
            "hằng tuần tại cơ sở 1 của Trường (phường Cẩm Thành); thời gian học từ 23/11/2026 đến "
            "29/01/2027."
        ),
        P(
            "Cơ quan, đơn vị có nhu cầu cử thêm công chức tham gia các lớp tiếp theo liên hệ Phòng "
            "Quản lý đào tạo - Nghiên cứu khoa học, điện thoại 0255.3822.617, email: "
            "qldt.truongchinhtri@quangngai.gov.vn.",
            style="mail",
        ),
        _byline("Hồng Nhung (P.QLĐT-NCKH)", "em"),
    ],
    opts={"thumb": "/images/dao-tao/2026/11/khai-giang-cvc.jpg"},
)

D3 = Story(
    id=55,
    slug="hoc-vien-lop-trung-cap-llct-hc-k45-nghien-cuu-thuc-te-tai-xa-ba-to",
    title="Học viên lớp Trung cấp LLCT-HC K45 nghiên cứu thực tế tại xã Ba Tơ",
    cat=DT,
    published_at="2026-11-12T09:15:00+07:00",
    authors=["Phạm Văn Long"],
    photographers=["Văn Khánh"],
    blocks=[
        P(
            "Từ ngày 09 đến 11/11, 57 học viên lớp Trung cấp lý luận chính trị - hành chính K45 hệ tập "
            "trung đã đi nghiên cứu thực tế tại xã Ba Tơ, địa phương có bề dày truyền thống cách mạng "
            "gắn với cuộc Khởi nghĩa Ba Tơ năm 1945."
        ),
        P(
            "Đoàn đã dâng hương tại Khu di tích lịch sử Khởi nghĩa Ba Tơ, nghe lãnh đạo Đảng ủy, Ủy ban "
            "nhân dân xã giới thiệu tình hình kinh tế - xã hội, công tác xây dựng Đảng và việc vận "
            "hành chính quyền địa phương hai cấp sau hơn một năm thực hiện."
        ),
        Img(
            "/images/dao-tao/2026/11/k45-ba-to.jpg",
            printed="Học viên dâng hương tại Khu di tích lịch sử Khởi nghĩa Ba Tơ",
            caption="Học viên dâng hương tại Khu di tích lịch sử Khởi nghĩa Ba Tơ",
            style="next",
        ),
        P(
            "Học viên cũng đến thăm mô hình trồng quế, nuôi bò sinh sản của hợp tác xã nông nghiệp và "
            "trao đổi với người dân về các chính sách hỗ trợ phát triển kinh tế vùng đồng bào dân tộc "
            "thiểu số."
        ),
        P("Kết thúc đợt nghiên cứu, mỗi học viên viết một báo cáo thu hoạch theo chuyên đề được phân công."),
        P(
            "Các báo cáo sẽ được Khoa Nhà nước và Pháp luật chấm và công bố kết quả trước ngày "
            "30/11/2026.",
            style="br",
        ),
    ],
    opts={
        "fields": [
            ("nguoi-viet", "Người viết", "ThS. Phạm Văn Long - Giảng viên Khoa Nhà nước và Pháp luật"),
            ("anh", "Ảnh", "Văn Khánh"),
        ],
        "thumb": "/images/dao-tao/2026/11/k45-ba-to.jpg",
    },
)

D4 = Story(
    id=48,
    slug="thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k42",
    title="Tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính K42",
    cat=DT,
    published_at="2026-10-20T14:00:00+07:00",
    summary=(
        "Ngày 19 và 20/10, Nhà trường tổ chức thi tốt nghiệp cho 64 học viên lớp Trung cấp lý luận "
        "chính trị - hành chính K42 hệ không tập trung tại xã Sơn Hà."
    ),
    authors=["Ngọc Ánh"],
    blocks=[
        P(
            "Ngày 19 và 20/10, Nhà trường tổ chức thi tốt nghiệp cho 64 học viên lớp Trung cấp lý luận "
            "chính trị - hành chính K42 hệ không tập trung tại xã Sơn Hà.",
            style="bold",
        ),
        P(
            "Học viên dự thi hai môn: môn thi viết Những vấn đề cơ bản về Đảng Cộng sản và Nhà nước "
            "Cộng hòa xã hội chủ nghĩa Việt Nam và môn thi vấn đáp Lý luận và thực tiễn về quản lý hành "
            "chính nhà nước ở cơ sở."
        ),
        P(
            "Kỳ thi được tổ chức nghiêm túc, đúng quy chế; không có học viên vi phạm. Kết quả xếp loại "
            "tốt nghiệp như sau:"
        ),
        P("Xếp loại | Số học viên | Tỷ lệ (%)", style="tr"),
        P("Giỏi | 9 | 14,1", style="tr"),
        P("Khá | 41 | 64,1", style="tr"),
        P("Trung bình | 14 | 21,8", style="tr"),
        P(
            "Lễ bế giảng và trao bằng tốt nghiệp cho học viên dự kiến được tổ chức vào đầu tháng "
            "11/2026."
        ),
        _byline("Ngọc Ánh"),
    ],
    opts={"thumb": "/images/logo/anh-mac-dinh.jpg"},
)

B63 = Story(
    id=63,
    slug="thong-bao-lich-hoc-tap-trung-lop-k46-thang-12-2026",
    title="Thông báo lịch học tập trung lớp Trung cấp lý luận chính trị - hành chính K46 (tháng 12/2026)",
    cat=TB,
    published_at="2026-12-04T16:00:00+07:00",
    blocks=[
        P(
            "Nhà trường thông báo lịch học tập trung tháng 12/2026 của lớp Trung cấp lý luận chính trị "
            "- hành chính K46 (hệ không tập trung, mở tại đặc khu Lý Sơn) như sau:"
        ),
        P("Học phần Triết học Mác - Lênin: ngày 11 và 12/12/2026;", style="li"),
        P("Học phần Kinh tế chính trị Mác - Lênin: ngày 18 và 19/12/2026;", style="li"),
        P("Ôn tập, kiểm tra học phần: ngày 26/12/2026.", style="li"),
        P(
            "Địa điểm: Hội trường Trung tâm Chính trị đặc khu Lý Sơn. Thời gian: sáng từ 7 giờ 30, "
            "chiều từ 13 giờ 30."
        ),
        P("Đề nghị học viên tham gia đầy đủ, đúng giờ."),
    ],
    opts={"posted": "2026-12-04T16:00:00+07:00", "modified": "2026-12-04T16:20:00+07:00"},
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 45%; text-align: center; vertical-align: top;">TỈNH ỦY QUẢNG NGÃI<br>'
    "<strong>TRƯỜNG CHÍNH TRỊ</strong><br>*<br>Số 215-TB/TCT</td>"
    '<td style="width: 55%; text-align: center; vertical-align: top;"><strong><u>ĐẢNG CỘNG SẢN '
    "VIỆT NAM</u></strong><br><br><em>Quảng Ngãi, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
)
_CLOSING = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- Ban Tổ chức Tỉnh ủy (b/c);<br>- Đảng ủy các xã, phường, đặc khu;<br>"
    "- Các sở, ban, ngành, đoàn thể tỉnh;<br>- Lưu VT, P.QLĐT-NCKH.</td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>T/M BAN GIÁM HIỆU'
    "<br>HIỆU TRƯỞNG</strong><br><br><em>(đã ký)</em><br><br><strong>Nguyễn Thanh Bình</strong></td>"
    "</tr></tbody></table>"
)

B60 = Story(
    id=60,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2027",
    cat=TB,
    published_at="2026-11-30",
    authors=["Nguyễn Thanh Bình"],
    blocks=[
        Raw(_LETTERHEAD),
        Raw(
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br><strong>Tuyển sinh lớp '
            "Trung cấp lý luận chính trị - hành chính năm 2027</strong><br>-----</p>"
        ),
        P(
            "Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, Trường "
            "Chính trị tỉnh Quảng Ngãi thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành "
            "chính năm 2027, cụ thể như sau:"
        ),
        P("1. Đối tượng", style="bold"),
        P(
            "Cán bộ, công chức, viên chức đang công tác tại các cơ quan Đảng, Nhà nước, Mặt trận Tổ "
            "quốc và các tổ chức chính trị - xã hội từ tỉnh đến cơ sở; cán bộ chủ chốt của thôn, tổ "
            "dân phố."
        ),
        P("2. Điều kiện", style="bold"),
        P(
            "Có trình độ chuyên môn từ trung cấp trở lên; có đủ sức khỏe để học tập; được cơ quan có "
            "thẩm quyền cử đi học."
        ),
        P("3. Hồ sơ và thời gian nhận hồ sơ", style="bold"),
        P(
            "Hồ sơ gồm: công văn cử đi học, danh sách trích ngang, bản sao văn bằng chuyên môn. Thời "
            "gian nhận hồ sơ từ ngày 01/12/2026 đến hết ngày 31/12/2026 tại Phòng Quản lý đào tạo - "
            "Nghiên cứu khoa học."
        ),
        P("Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./."),
        Raw(_CLOSING),
        Raw(
            '<p><span uk-icon="icon: download"></span> Tải về: <a href="/images/thong-bao/2026/'
            '215-TB-TCT.pdf" target="_blank" rel="noopener">215-TB-TCT.pdf</a></p>'
        ),
    ],
    opts={"posted": "2026-12-01T09:10:00+07:00", "modified": "2026-12-01T09:10:00+07:00"},
)

B56 = Story(
    id=56,
    slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-nam-2026",
    title="Thông báo kết quả xét tuyển viên chức năm 2026",
    cat=TB,
    published_at="2026-11-16",
    blocks=[
        P(
            "Căn cứ kết quả xét tuyển vòng 2 ngày 12/11/2026, Hội đồng xét tuyển viên chức Trường "
            "Chính trị tỉnh Quảng Ngãi thông báo kết quả trúng tuyển viên chức năm 2026 như sau:"
        ),
        P("TT | Họ và tên | Vị trí việc làm | Điểm", style="tr"),
        P("1 | Võ Thị Kim Oanh | Giảng viên Khoa Lý luận cơ sở | 86,5", style="tr"),
        P("2 | Đinh Văn Hưng | Giảng viên Khoa Xây dựng Đảng | 82,0", style="tr"),
        P("3 | Nguyễn Hoàng Phúc | Chuyên viên Phòng Tổ chức - Hành chính | 79,5", style="tr"),
        P(
            "Người trúng tuyển hoàn thiện hồ sơ và nộp tại Phòng Tổ chức - Hành chính trong thời hạn "
            "30 ngày kể từ ngày nhận được thông báo này."
        ),
        P("Mọi thắc mắc xin liên hệ Phòng Tổ chức - Hành chính, điện thoại 0255.3822.105."),
    ],
    opts={"posted": "2026-11-16T00:00:00+07:00", "modified": "2026-11-17T08:42:00+07:00"},
)

STORIES = [S61, S59, S57, S54, S50, S47, D1, D2, D3, D4, B63, B60, B56]
BY_CAT = {c: [s for s in STORIES if s.cat == c] for c in CATS}
for _s in STORIES:
    _s.opts.setdefault("posted", _s.published_at)


# --- dates as the site prints them ------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTH_WORDS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip


def _dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _utc(iso: str) -> str:
    """The builder's dynamic date: the database value (UTC), not the site's time zone."""
    return _dt(iso).astimezone(UTC).isoformat()


def _word_date(iso: str) -> str:
    d = _dt(iso)
    return f"{d.day:02d} {MONTH_WORDS[d.month - 1]} {d.year}, {d:%H:%M}"


def _lc2(iso: str) -> str:
    """Joomla's DATE_FORMAT_LC2 in the vi-VN pack: "l, d F Y H:i"."""
    d = _dt(iso)
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {d:%H:%M}"


def _dmy(iso: str) -> str:
    return f"{_dt(iso):%d/%m/%Y}"


def _rfc822(iso: str) -> str:
    return _dt(iso).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


# --- paths ------------------------------------------------------------------------------------


def path_of(s: Story) -> str:
    """The article's path as it travels on the wire (a unicode alias percent-encoded)."""
    if s.cat == DT:
        return "/dao-tao/" + quote(s.slug)
    return f"{CATS[s.cat]['path']}/{s.id}-{s.slug}"


def href_of(s: Story) -> str:
    """The article's link as Joomla prints it: unicode aliases raw, not encoded."""
    if s.cat == DT:
        return "/dao-tao/" + s.slug
    return path_of(s)


def _excerpt(s: Story, words: int = 28) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def _thumb(s: Story) -> str:
    return s.opts.get("thumb") or "/images/logo/anh-mac-dinh.jpg"


def _hits(s: Story) -> str:
    return f"{s.views():,}".replace(",", ".")


# --- the editor's text ------------------------------------------------------------------------

_SVG_PLACEHOLDER = base64.b64encode(
    b'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="533"></svg>'
).decode("ascii")
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _cloak(address: str) -> str:
    """Joomla 4's e-mail cloaking (plg_content_emailcloak): a web component, address in base64."""
    name, domain = address.split("@", 1)
    b64 = lambda v: base64.b64encode(v.encode("utf-8")).decode("ascii")  # noqa: E731
    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{b64(name)}" last="{b64(domain)}" '
        f'text="{b64(address)}" base="" >{CLOAK_TEXT}</joomla-hidden-mail>'
    )


def _loadposition() -> str:
    items = "".join(
        f'<li><a class="mod-articles-category-title " href="{esc(href_of(s))}">{esc(s.title)}</a>'
        f' <span class="mod-articles-category-date">{_dmy(s.opts["posted"])}</span></li>'
        for s in (S59, S54)
    )
    return (
        '<div class="moduletable "><h3>Có thể bạn quan tâm</h3>'
        f'<ul class="mod-articlescategory category-module mod-list">{items}</ul></div>'
    )


def _img_html(img: Img) -> str:
    alt = esc(img.caption or "")
    if img.style == "fig":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return (
            f'<figure class="image"><img src="{esc(img.src)}" alt="{alt}" width="800" height="533">'
            f"{cap}</figure>"
        )
    if img.style == "jch":
        return (
            f'<p style="text-align: center;"><img class="jch-lazyload" src="data:image/svg+xml;base64,'
            f'{_SVG_PLACEHOLDER}" data-src="{esc(img.src)}" alt="{alt}" width="800" height="533" />'
            f'<noscript><img src="{esc(img.src)}" alt="{alt}" width="800" height="533" /></noscript></p>'
            f'<p style="text-align: center;"><span style="font-size: 10pt;"><em>{esc(img.printed or "")}'
            "</em></span></p>"
        )
    # "next": the picture in a centred paragraph, its line in italics in the next one
    line = (
        f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    )
    return f'<p style="text-align: center;"><img src="{esc(img.src)}" alt="{alt}" width="700" height="466" /></p>{line}'


def _para_html(p: P) -> str:
    t = esc(p.text)
    if p.style == "h3":
        return f"<h3>{t}</h3>"
    if p.style == "bold":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "quote":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    if p.style == "small":
        return f'<p><span style="font-size: 10pt;">{t}</span></p>'
    if p.style == "mail":
        return '<p style="text-align: justify;">' + _MAIL.sub(lambda m: _cloak(m.group()), t) + "</p>"
    return f'<p style="text-align: justify;">{t}</p>'


def _editor_parts(blocks: list) -> list[list[str]]:
    """The article text as the editor stored it, split at the page breaks into parts of chunks."""
    parts: list[list[str]] = [[]]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        out = parts[-1]
        if isinstance(b, Img):
            if b.style not in ("overlay", "slide"):
                out.append(_img_html(b))
        elif isinstance(b, Raw):
            if b.html.startswith(PAGEBREAK):
                parts.append([])
            elif b.html == "{loadposition giua-bai}":
                out.append(_loadposition())
            else:
                out.append(b.html)
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in cells)
                else:
                    tds = "".join(f"<td>{esc(c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" '
                'border="1"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "br":
            out[-1] = out[-1][: -len("</p>")] + "<br>" + esc(b.text) + "</p>"
        else:
            out.append(_para_html(b))
        i += 1
    return parts


def _pagebreak_titles(s: Story) -> list[str]:
    titles = [s.title]
    titles += [re.search(r'title="([^"]*)"', b.html).group(1) for b in s.blocks
               if isinstance(b, Raw) and b.html.startswith(PAGEBREAK)]  # fmt: skip
    return titles


def _article_text(s: Story, page: int | None) -> str:
    """The text with plg_content_pagebreak applied: ``page`` None shows all pages."""
    parts = _editor_parts(s.blocks)
    if len(parts) == 1:
        return "\n".join(parts[0])
    href = esc(href_of(s))
    titles = _pagebreak_titles(s)
    toc = []
    for n, title in enumerate(titles):
        link = href if n == 0 else f"{href}?start={n}"
        active = " active" if page == n else ""
        toc.append(f'<li><a href="{link}" class="toclink{active}">{title}</a></li>')
    active = " active" if page is None else ""
    toc.append(f'<li><a href="{href}?showall=1" class="toclink{active}">Tất cả các trang</a></li>')
    index = (
        '<div class="float-end article-index"><h3>Mục lục bài viết</h3>'
        f'<ul class="nav flex-column">{"".join(toc)}</ul></div>'
    )
    if page is None:
        return index + "\n" + "\n".join(c for part in parts for c in part)
    counter = f'<div class="pagenavcounter">Trang {page + 1} / {len(parts)}</div>'
    nav = []
    if page > 0:
        prev = href if page == 1 else f"{href}?start={page - 1}"
        nav.append(f'<a class="btn btn-sm btn-secondary previous" href="{prev}" rel="prev">« Trang trước</a>')
    if page < len(parts) - 1:
        nav.append(
            f'<a class="btn btn-sm btn-secondary next" href="{href}?start={page + 1}" rel="next">Trang sau »</a>'
        )
    pager = (
        '<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0">'
        + "".join(nav) + "</span></nav>"
    )
    return index + counter + "\n" + "\n".join(parts[page]) + "\n" + pager


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", 101, []),
    ("/gioi-thieu", "Giới thiệu", 105, [
        ("/gioi-thieu", "Lịch sử hình thành"),
        ("/gioi-thieu/chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ"),
        (None, "Cơ cấu tổ chức"),
    ]),
    ("/tin-tuc-su-kien", "Tin tức - Sự kiện", 102, []),
    ("/dao-tao", "Đào tạo, bồi dưỡng", 103, []),
    ("/thong-bao", "Thông báo", 104, []),
    ("/van-ban", "Văn bản", 106, []),
    ("/thu-vien-anh", "Thư viện ảnh", 107, []),
    ("/lien-he", "Liên hệ", 108, []),
]  # fmt: skip


def _nav_items(active: str, mobile: bool) -> str:
    out = []
    for href, label, item, children in MENU:
        cls = f"item-{item}" + (" uk-active" if href == active else "")
        if not children:
            out.append(f'<li class="{cls}"><a href="{href}">{label}</a></li>')
            continue
        subs = []
        for child_href, child_label in children:
            if child_href is None:
                subs.append(f'<li class="uk-nav-header">{child_label}</li>')
            else:
                subs.append(f'<li><a href="{child_href}">{child_label}</a></li>')
        if mobile:
            out.append(
                f'<li class="{cls} js-accordion uk-parent"><a href>{label} <span uk-nav-parent-icon></span></a>'
                f'<ul class="uk-nav-sub">{"".join(subs)}</ul></li>'
            )
        else:
            out.append(
                f'<li class="{cls} uk-parent"><a href="{href}">{label} <span uk-navbar-parent-icon></span></a>'
                '<div class="uk-navbar-dropdown"><div><ul class="uk-nav uk-navbar-dropdown-nav">'
                f'{"".join(subs)}</ul></div></div></li>'
            )
    return "".join(out)


def _search_form(sid: str) -> str:
    return (
        f'<form id="search-{sid}" action="/tim-kiem" method="get" role="search" class="uk-search '
        'uk-search-large"><input name="searchword" placeholder="Nhập từ khóa tìm kiếm..." minlength="3" '
        'aria-label="Tìm kiếm" type="search" class="uk-search-input uk-text-center" autofocus>'
        '<input type="hidden" name="task" value="search"><input type="hidden" name="option" '
        'value="com_search"><input type="hidden" name="Itemid" value="109"></form>'
    )


def _header(active: str) -> str:
    mobile = (
        '<div class="tm-header-mobile uk-hidden@m">'
        '<div uk-sticky cls-active="uk-navbar-sticky" sel-target=".uk-navbar-container">'
        '<div class="uk-navbar-container"><div class="uk-container uk-container-expand">'
        '<nav class="uk-navbar" uk-navbar="{&quot;container&quot;:&quot;.tm-header-mobile&quot;}">'
        '<div class="uk-navbar-left"><a href="/" aria-label="Về trang chủ" class="uk-logo uk-navbar-item">'
        '<img alt="Trường Chính trị tỉnh Quảng Ngãi" loading="eager" width="190" height="48" '
        'src="/images/logo/logo-tct-mobile.png"></a></div>'
        '<div class="uk-navbar-right"><a uk-toggle href="#tm-dialog-mobile" class="uk-navbar-toggle">'
        '<div uk-navbar-toggle-icon></div></a></div></nav></div></div></div>'
        '<div id="tm-dialog-mobile" uk-offcanvas="container: true; overlay: true" mode="slide">'
        '<div class="uk-offcanvas-bar uk-flex uk-flex-column">'
        '<button class="uk-offcanvas-close uk-close-large" type="button" uk-close uk-toggle="cls: '
        'uk-close-large; mode: media; media: @s"></button>'
        '<div class="uk-margin-auto-bottom"><div class="uk-grid uk-child-width-1-1" uk-grid>'
        '<div><div class="uk-panel" id="module-menu-dialog-mobile">'
        '<ul class="uk-nav uk-nav-default uk-nav-accordion" uk-nav="targets: &gt; .js-accordion">'
        f"{_nav_items(active, True)}</ul></div></div>"
        f'<div><div class="uk-panel" id="module-tm-4">{_search_form("tm-4")}</div></div>'
        "</div></div></div></div></div>"
    )
    toolbar = (
        '<div class="tm-toolbar tm-toolbar-default uk-visible@m"><div class="uk-container uk-flex '
        'uk-flex-middle"><div><div class="uk-grid-medium uk-child-width-auto uk-flex-middle" '
        'uk-grid="margin: uk-margin-small-top"><div><div class="uk-panel" id="module-93">'
        f'<span uk-icon="icon: calendar; ratio: 0.8"></span> {HEADER_DAY}</div></div>'
        '<div><div class="uk-panel" id="module-94"><span uk-icon="icon: receiver; ratio: 0.8"></span> '
        "Đường dây nóng: 0255.3822.105</div></div></div></div>"
        '<div class="uk-margin-auto-left"><div class="uk-grid-medium uk-child-width-auto uk-flex-middle" '
        'uk-grid><div><ul class="uk-flex-inline uk-flex-middle uk-flex-nowrap uk-grid-small" uk-grid>'
        '<li><a href="https://www.facebook.com/truongchinhtriquangngai" class="uk-preserve-width '
        'uk-icon-link" rel="noreferrer" target="_blank"><span uk-icon="icon: facebook;"></span></a></li>'
        '<li><a href="https://www.youtube.com/@truongchinhtriquangngai" class="uk-preserve-width '
        'uk-icon-link" rel="noreferrer" target="_blank"><span uk-icon="icon: youtube;"></span></a></li>'
        '<li><a href="mailto:truongchinhtri@quangngai.gov.vn" class="uk-preserve-width uk-icon-link">'
        '<span uk-icon="icon: mail;"></span></a></li></ul></div></div></div></div></div>'
    )
    desktop = (
        '<header class="tm-header uk-visible@m">'
        '<div class="tm-headerbar-default tm-headerbar tm-headerbar-top"><div class="uk-container '
        'uk-flex uk-flex-middle"><a href="/" aria-label="Về trang chủ" class="uk-logo">'
        '<img alt="Trường Chính trị tỉnh Quảng Ngãi" loading="eager" width="560" height="96" '
        'src="/images/logo/banner-tct-2026.png"></a>'
        '<div class="uk-margin-auto-left"><div class="uk-panel uk-text-right uk-text-small" id="module-96">'
        "<p>TỈNH ỦY QUẢNG NGÃI<br><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</strong></p></div></div></div></div>"
        '<div uk-sticky media="@m" cls-active="uk-navbar-sticky" sel-target=".uk-navbar-container">'
        '<div class="uk-navbar-container"><div class="uk-container uk-flex uk-flex-middle">'
        '<nav class="uk-navbar uk-flex-auto" uk-navbar="{&quot;align&quot;:&quot;left&quot;,'
        '&quot;container&quot;:&quot;.tm-header &gt; [uk-sticky]&quot;,&quot;boundary&quot;:'
        '&quot;.tm-header .uk-navbar-container&quot;}"><div class="uk-navbar-left">'
        f'<ul class="uk-navbar-nav">{_nav_items(active, False)}</ul></div>'
        '<div class="uk-navbar-right"><a class="uk-navbar-toggle" id="module-tm-3" href="#search-tm-3-modal" '
        'uk-search-icon uk-toggle></a><div id="search-tm-3-modal" class="uk-modal-full" '
        'uk-modal="container: true"><div class="uk-modal-dialog uk-flex uk-flex-center uk-flex-middle" '
        'uk-height-viewport><button class="uk-modal-close-full uk-close-large" type="button" uk-close '
        'uk-toggle="cls: uk-modal-close-full uk-close-large uk-modal-close-default; mode: media; '
        f'media: @s"></button><div class="uk-search uk-search-large">{_search_form("tm-3")}</div></div></div>'
        "</div></nav></div></div></div></header>"
    )
    return mobile + toolbar + desktop


def _sidebar() -> str:
    popular = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(href_of(s))}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in (S59, S61, S54, D2)
    )
    idx = "/index.php" + href_of(S59)
    counter_rows = [
        ("vonline", "Đang online", "27"), ("vtoday", "Hôm nay", "412"), ("vyesterday", "Hôm qua", "635"),
        ("vweek", "Tuần này", "2.914"), ("vmonth", "Tháng này", "6.208"), ("vall", "Tổng truy cập", "1.486.392"),
    ]  # fmt: skip
    counter = "".join(
        f'<tr><td><img src="/media/mod_vvisit_counter/stats/{icon}.png" alt="{label}" title="{label}"></td>'
        f'<td>{label}</td><td style="text-align: right;">{value}</td></tr>'
        for icon, label, value in counter_rows
    )
    return (
        '<div class="uk-grid uk-child-width-1-1" uk-grid>'
        '<div><div class="uk-card uk-card-primary uk-card-small uk-card-body" id="module-118">'
        '<h3 class="uk-card-title">Tiêu điểm</h3>'
        f'<p><a href="{esc(idx)}"><img src="/images/banners/tieu-diem-ly-son.jpg" alt="Mở lớp tại đặc khu '
        'Lý Sơn" width="360" height="200"></a></p>'
        f'<p><a href="{esc(idx)}">Mở lớp Trung cấp LLCT-HC đầu tiên sau hợp nhất tại đặc khu Lý Sơn</a></p>'
        "</div></div>"
        '<div><div class="uk-panel" id="module-112"><h3 class="uk-h4 uk-heading-bullet">Đọc nhiều</h3>'
        f'<ul class="mostread mod-list">{popular}</ul></div></div>'
        '<div><div class="uk-panel" id="module-119"><h3 class="uk-h4 uk-heading-bullet">Liên kết</h3>'
        '<p><a href="https://hcma.vn" target="_blank" rel="noopener"><img src="/images/banners/hvctqg.png" '
        'alt="Học viện Chính trị quốc gia Hồ Chí Minh" width="360" height="90"></a></p>'
        '<p><a href="https://quangngai.gov.vn" target="_blank" rel="noopener"><img '
        'src="/images/banners/cong-ttdt-quang-ngai.png" alt="Cổng thông tin điện tử tỉnh Quảng Ngãi" '
        'width="360" height="90"></a></p>'
        '<p><a href="https://baoquangngai.vn" target="_blank" rel="noopener"><img '
        'src="/images/banners/bao-quang-ngai.png" alt="Báo Quảng Ngãi" width="360" height="90"></a></p>'
        "</div></div>"
        '<div><div class="uk-panel" id="module-120"><h3 class="uk-h4 uk-heading-bullet">Thăm dò ý kiến</h3>'
        '<form action="/index.php?option=com_acepolls&amp;view=poll&amp;id=2" method="post" name="poll_vote_2">'
        "<p>Bạn đánh giá thế nào về chất lượng Trang thông tin điện tử của Nhà trường?</p>"
        '<div><label><input type="radio" name="voteid" value="5" class="uk-radio"> Rất hữu ích</label></div>'
        '<div><label><input type="radio" name="voteid" value="6" class="uk-radio"> Hữu ích</label></div>'
        '<div><label><input type="radio" name="voteid" value="7" class="uk-radio"> Cần cải tiến</label></div>'
        '<input type="hidden" name="task" value="vote"><input type="hidden" name="id" value="2">'
        '<button type="submit" class="uk-button uk-button-primary uk-button-small">Bình chọn</button>'
        "</form></div></div>"
        '<div><div class="uk-panel" id="module-121"><h3 class="uk-h4 uk-heading-bullet">Thống kê truy cập</h3>'
        '<!-- Vinaora Visitors Counter >> http://vinaora.com/ --><div id="vvisit_counter121" '
        f'class="vvisit_counter vfleft"><table class="vstats_counter" style="width: 100%;">{counter}</table>'
        "</div></div></div>"
        "</div>"
    )


def _footer() -> str:
    return (
        '<div id="tm-bottom" class="tm-bottom uk-section-secondary uk-section uk-section-small">'
        '<div class="uk-container"><div class="uk-grid uk-child-width-expand@m" uk-grid>'
        '<div><div class="uk-panel" id="module-130"><h3 class="uk-h5">TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG NGÃI</h3>'
        "<p>Cơ sở 1: Số 02 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi<br>"
        "Cơ sở 2: Số 257 Phan Đình Phùng, phường Kon Tum, tỉnh Quảng Ngãi<br>"
        "Điện thoại: 0255.3822.105 - Fax: 0255.3822.106<br>"
        "Email: truongchinhtri@quangngai.gov.vn</p></div></div>"
        '<div><div class="uk-panel" id="module-131"><h3 class="uk-h5">Liên kết nhanh</h3>'
        '<ul class="uk-list"><li><a href="/gioi-thieu">Giới thiệu</a></li>'
        '<li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div></div>'
        "</div></div></div>"
        '<footer><div class="uk-section-primary uk-section uk-section-xsmall"><div class="uk-container">'
        '<div class="uk-panel uk-text-small uk-text-center" id="module-132">'
        "<p>© 2026 Trường Chính trị tỉnh Quảng Ngãi. Chịu trách nhiệm chính: TS. Nguyễn Thanh Bình - "
        "Hiệu trưởng.<br>Giấy phép số 12/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi cấp "
        "ngày 15/3/2023. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>"
        '</div></div></div></footer>'
    )


def _page(req: Request, title: str, main: str, active: str, *, desc: str = "", feed: str = "") -> str:
    full_title = f"{title} - {SITE}" if title != SITE else SITE
    feed_link = (
        f'<link href="{esc(feed)}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" '
        f'title="{esc(title)}">\n' if feed else ""
    )
    options = json.dumps(
        {"csrf.token": "8c1f2d3e4a5b6c7d8e9f0a1b2c3d4e5f", "system.paths": {"root": "", "rootFull": base_url(req) + "/",
         "base": "", "baseFull": base_url(req) + "/"}, "system.keepalive": {"interval": 840000, "uri": "/index.php?option=com_ajax&amp;format=json"}},
    ).replace("/", "\\/")  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr" vocab="https://schema.org/">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/images/logo/favicon.png" sizes="any">
<link rel="apple-touch-icon" href="/templates/yootheme/packages/theme-joomla/assets/images/apple-touch-icon.png">
<meta charset="utf-8">
<meta name="description" content="{esc(desc or 'Trang thông tin điện tử Trường Chính trị tỉnh Quảng Ngãi')}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(full_title)}</title>
{feed_link}<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet">
<link href="/templates/yootheme_tct/css/theme.12.css?1764812345" rel="stylesheet">
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit.min.js?4.4.12"></script>
<script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit-icons-fjord.min.js?4.4.12"></script>
<script src="/templates/yootheme/js/theme.js?4.4.12"></script>
<script src="/media/system/js/joomla-hidden-mail.min.js?ver=4.4.9" type="module"></script>
<script type="application/json" class="joomla-script-options new">{options}</script>
<script>window.yootheme ||= {{}}; var $theme = yootheme.theme = {{"i18n":{{"close":{{"label":"Đóng"}},"totop":{{"label":"Lên đầu trang"}},"search":{{"label":"Tìm kiếm"}}}}}};</script>
</head>
<body class="">
<div class="uk-hidden-visually uk-notification uk-notification-top-left uk-width-auto"><div class="uk-notification-message"><a href="#tm-main">Chuyển đến nội dung chính</a></div></div>
<div class="tm-page">
{_header(active)}
{main}
{_footer()}
</div>
</body>
</html>
"""


def _breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    items = []
    for n, (href, label) in enumerate(trail, 1):
        if href is None:
            inner = f'<span property="name" aria-current="page">{esc(label)}</span>'
        else:
            inner = f'<a href="{esc(href)}" property="item" typeof="WebPage"><span property="name">{esc(label)}</span></a>'
        items.append(
            f'<li property="itemListElement" typeof="ListItem">{inner}<meta property="position" content="{n}"></li>'
        )
    return (
        '<nav class="uk-margin-small" aria-label="Breadcrumb"><ul class="uk-breadcrumb" '
        'vocab="https://schema.org/" typeof="BreadcrumbList">' + "".join(items) + "</ul></nav>"
    )


def _default_main(crumbs: list, component: str) -> str:
    """The template's own layout (no builder): component in the main column, modules in tm-sidebar."""
    return (
        '<main id="tm-main" class="tm-main uk-section uk-section-default" uk-height-viewport="expand: true">'
        '<div class="uk-container"><div class="uk-grid" uk-grid><div class="uk-width-expand@m">'
        f'<div class="uk-margin-medium-bottom">{_breadcrumb(crumbs)}</div>'
        '<div id="system-message-container" aria-live="polite"></div>'
        f"{component}</div>"
        f'<aside id="tm-sidebar" class="tm-sidebar uk-width-1-4@m">{_sidebar()}</aside>'
        "</div></div></main>"
    )


def _builder_main(template: str, left: str, right: str, band: str = "") -> str:
    """A YOOtheme builder layout: sections, containers, tm-grid-expand rows, builder columns."""
    return (
        '<main id="tm-main"><div id="system-message-container" aria-live="polite"></div>'
        f"<!-- Builder #{template} -->{band}"
        '<div class="uk-section-default uk-section uk-section-small"><div class="uk-container">'
        '<div class="uk-grid tm-grid-expand uk-grid-large uk-grid-margin-large" uk-grid>'
        f'<div class="uk-width-2-3@m">{left}</div>'
        f'<div class="uk-width-1-3@m">{right}</div>'
        "</div></div></div></main>"
    )


def _share(req: Request, s: Story) -> str:
    url = quote(base_url(req) + path_of(s), safe="")
    return (
        '<div class="uk-margin-small"><div class="uk-child-width-auto uk-grid-small uk-flex-inline '
        'uk-flex-middle" uk-grid><div><span class="uk-text-meta">Chia sẻ:</span></div>'
        f'<div><a class="el-link uk-icon-button" href="https://www.facebook.com/sharer/sharer.php?u={url}" '
        'target="_blank" rel="noreferrer" uk-icon="icon: facebook;"></a></div>'
        f'<div><a class="el-link uk-icon-button" href="https://zalo.me/share?url={url}" target="_blank" '
        'rel="noreferrer"><img src="/images/icons/zalo.svg" width="20" height="20" alt="Zalo"></a></div>'
        f'<div><a class="el-link uk-icon-button" href="mailto:?subject={quote(s.title)}&amp;body={url}" '
        'uk-icon="icon: mail;"></a></div>'
        '<div><a class="el-link uk-icon-button" href="#" onclick="window.print();return false;" '
        'uk-icon="icon: print;"></a></div></div></div>'
    )


def _tags_html(s: Story) -> str:
    tags = s.opts.get("tags") or []
    if not tags:
        return ""
    links = "".join(f'<li><a href="/tag/{t}">{esc(TAGS[t])}</a></li>' for t in tags)
    return (
        '<div class="uk-margin"><span class="uk-text-meta">Từ khóa: </span>'
        f'<ul class="uk-subnav uk-subnav-pill uk-flex-inline uk-margin-remove-bottom" uk-margin>{links}</ul></div>'
    )


# --- articles ----------------------------------------------------------------------------------


def _related_cards(s: Story, n: int) -> list[Story]:
    return [o for o in BY_CAT[s.cat] if o is not s][:n]


def _overlay_html(img: Img) -> str:
    webp = img.src.replace(".jpeg", ".webp")
    return (
        '<div class="uk-margin uk-text-center"><div class="uk-inline-clip uk-transition-toggle uk-light" '
        f'tabindex="0"><picture><source type="image/webp" srcset="{esc(webp)} 768w, {esc(webp)} 1200w" '
        f'sizes="(min-width: 1200px) 1200px"><img src="{esc(img.src)}" width="1200" height="800" '
        'class="el-image uk-transition-scale-up uk-transition-opaque" alt loading="lazy"></picture>'
        '<div class="uk-position-bottom"><div class="uk-overlay uk-overlay-primary uk-padding-small '
        'uk-transition-slide-bottom uk-margin-remove-first-child"><div class="el-title uk-h6 uk-margin-remove">'
        f"{esc(img.printed or '')}</div></div></div></div></div>"
    )


def _slideshow_html(imgs: list[Img]) -> str:
    items = "".join(
        f'<li class="el-item"><picture><img src="{esc(i.src)}" width="1200" height="675" class="el-image" '
        'alt uk-cover loading="lazy"></picture><div class="uk-position-cover uk-flex uk-flex-center '
        'uk-flex-bottom"><div class="el-overlay uk-overlay uk-overlay-primary uk-padding-small uk-width-1-1 '
        f'uk-margin-remove-first-child"><div class="el-title uk-h5 uk-margin-remove">{esc(i.printed or "")}'
        "</div></div></div></li>"
        for i in imgs
    )
    thumbs = "".join(
        f'<li uk-slideshow-item="{n}"><a href="#"><img src="{esc(i.src.replace("-1200x675", "-100x75"))}" '
        'width="100" height="75" alt loading="lazy"></a></li>'
        for n, i in enumerate(imgs)
    )
    return (
        '<div class="uk-margin" uk-slideshow="ratio: 16:9; animation: push; min-height: 300;">'
        f'<div class="uk-position-relative"><ul class="uk-slideshow-items">{items}</ul>'
        '<div class="uk-visible@s"><a class="el-slidenav uk-position-medium uk-position-center-left" href="#" '
        'uk-slidenav-previous uk-slideshow-item="previous"></a><a class="el-slidenav uk-position-medium '
        'uk-position-center-right" href="#" uk-slidenav-next uk-slideshow-item="next"></a></div></div>'
        f'<div class="uk-margin-top"><ul class="el-nav uk-thumbnav uk-flex-center" uk-margin>{thumbs}</ul></div>'
        "</div>"
    )


def _fields_core(s: Story) -> str:
    """Joomla's own custom-fields render (Automatic Display: after the title)."""
    items = "".join(
        f'<li class="field-entry {key} "><span class="field-label ">{esc(label)}: </span>'
        f'<span class="field-value ">{esc(value)}</span></li>'
        for key, label, value in s.opts.get("fields", [])
    )
    return f'<ul class="fields-container">{items}</ul>' if items else ""


def _fields_builder(s: Story) -> str:
    """The builder's List element bound to the article's fields."""
    items = "".join(
        '<li class="el-item"><div class="uk-child-width-expand uk-grid-small" uk-grid>'
        f'<div class="uk-width-small uk-text-break"><div class="el-title uk-text-bold">{esc(label)}</div></div>'
        f'<div><div class="el-content uk-panel">{esc(value)}</div></div></div></li>'
        for _key, label, value in s.opts.get("fields", [])
    )
    return f'<ul class="uk-list uk-list-divider uk-margin-small">{items}</ul>' if items else ""


def _tt_article(req: Request, s: Story, page: int | None) -> str:
    cat = CATS[TT]
    imgs = s.images
    overlay = "".join(_overlay_html(i) for i in imgs if i.style == "overlay")
    slides = [i for i in imgs if i.style == "slide"]
    text = _article_text(s, page)
    if s.opts.get("all_in_lead"):
        lead, full = text, ""
    else:
        lead, full = f"<p>{esc(s.summary or '')}</p>", text
    related = "".join(
        '<div><div class="el-item uk-card uk-card-default uk-card-small uk-margin-remove-first-child">'
        f'<div class="uk-card-media-top"><a href="{esc(href_of(o))}"><img src="{esc(_thumb(o))}" width="400" '
        'height="267" class="el-image" alt loading="lazy"></a></div><div class="uk-card-body '
        f'uk-margin-remove-first-child"><div class="el-meta uk-text-meta">{_dmy(o.opts["posted"])}</div>'
        f'<h3 class="el-title uk-h5 uk-margin-small-top uk-margin-remove-bottom"><a href="{esc(href_of(o))}" '
        f'class="uk-link-heading">{esc(o.title)}</a></h3><div class="el-content uk-panel uk-text-small '
        f'uk-margin-small-top">{esc(_excerpt(o, 18))}</div></div></div></div>'
        for o in _related_cards(s, 3)
    )
    left = (
        _breadcrumb([("/", "Trang chủ"), (cat["path"], cat["title"]), (None, s.title)])
        + f'<h1 class="uk-h2 uk-margin-small uk-margin-remove-bottom">{esc(s.title)}</h1>'
        + '<div class="uk-panel uk-text-meta uk-margin-small">Đăng ngày '
        + f'<time datetime="{_utc(s.opts["posted"])}">{_word_date(s.opts["posted"])}</time> trong '
        + f'<a href="{cat["path"]}">{cat["title"]}</a> <span class="uk-margin-small-left">'
        + f'<span uk-icon="icon: eye; ratio: 0.8"></span> {_hits(s)}</span></div>'
        + _share(req, s)
        + '<div class="uk-margin-small tm-tts"><div class="uk-text-small"><span uk-icon="icon: play-circle">'
        + f'</span> Nghe đọc bài viết</div><audio controls preload="none" src="/media/tts/2026/bai-{s.id}.mp3">'
        + "</audio></div>"
        + _fields_core(s)
        + overlay
        + f'<div class="uk-panel uk-text-lead uk-margin">{lead}</div>'
        + (f'<div class="uk-panel uk-margin tm-noidung">{full}</div>' if full else "")
        + (_slideshow_html(slides) if slides else "")
        + _tags_html(s)
        + '<hr class="uk-margin-medium">'
        + '<h3 class="uk-h4 uk-heading-bullet uk-margin-small">Bài viết cùng chuyên mục</h3>'
        + '<div class="uk-margin"><div class="uk-grid uk-child-width-1-1 uk-child-width-1-3@m uk-grid-small '
        + f'uk-grid-match" uk-grid>{related}</div></div>'
    )
    title = s.title if page in (None, 0) else f"{s.title} - {_pagebreak_titles(s)[page]}"
    return _page(req, title, _builder_main("template-tin-bai", left, _sidebar()), cat["path"],
                 desc=_excerpt(s, 30), feed=cat["path"])  # fmt: skip


def _dt_article(req: Request, s: Story) -> str:
    cat = CATS[DT]
    text = "\n".join(_editor_parts(s.blocks)[0])
    band = (
        '<div class="uk-section-muted uk-section uk-section-xsmall"><div class="uk-container">'
        f'<div class="uk-h3 uk-margin-remove">{cat["title"]}</div>'
        + _breadcrumb([("/", "Trang chủ"), (cat["path"], cat["title"]), (None, s.title)])
        + "</div></div>"
    )
    left = (
        f'<h1 class="uk-article-title uk-margin-remove-top">{esc(s.title)}</h1>'
        f'<div class="uk-article-meta uk-margin-small">Đăng ngày {_dmy(s.opts["posted"])} '
        f'{_dt(s.opts["posted"]):%H:%M} trong <a href="{cat["path"]}">{cat["title"]}</a> · Lượt xem: '
        f"{_hits(s)}</div>"
        + _fields_builder(s)
        + f'<div class="uk-panel uk-margin-medium">{text}</div>'
        + _tags_html(s)
        + _share(req, s)
    )
    related = "".join(
        '<li class="el-item"><div class="uk-grid-small uk-child-width-expand uk-flex-middle" uk-grid>'
        f'<div class="uk-width-1-3"><a href="{esc(href_of(o))}"><img src="{esc(_thumb(o))}" width="120" '
        'height="80" class="el-image" alt loading="lazy"></a></div><div>'
        f'<a href="{esc(href_of(o))}" class="el-title uk-link-heading uk-text-small">{esc(o.title)}</a>'
        f'<div class="el-meta uk-text-meta">{_dmy(o.opts["posted"])}</div></div></div></li>'
        for o in _related_cards(s, 2)
    )
    right = (
        '<h3 class="uk-h5 uk-heading-line uk-margin-small"><span>Bài viết cùng chuyên mục</span></h3>'
        f'<ul class="uk-list uk-list-divider uk-margin">{related}</ul>' + _sidebar()
    )
    return _page(req, s.title, _builder_main("template-dao-tao", left, right, band), cat["path"],
                 desc=_excerpt(s, 30), feed=cat["path"])  # fmt: skip


def _tb_article_markup(req: Request, s: Story, *, print_view: bool) -> str:
    cat = CATS[TB]
    href = href_of(s)
    posted, modified = s.opts["posted"], s.opts.get("modified", s.opts["posted"])
    icons = (
        "" if print_view else
        '<div class="uk-margin-small-top"><ul class="uk-iconnav"><li><a href="'
        f'{esc(href)}?tmpl=component&amp;print=1" title="In bài" onclick="window.open(this.href,\'win2\','
        "'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,"
        "directories=no,location=no'); return false;\" rel=\"nofollow\" uk-icon=\"icon: print\"></a></li>"
        "</ul></div>"
    )  # fmt: skip
    nav = ""
    if not print_view:
        order = BY_CAT[TB]
        k = order.index(s)
        links = []
        if k > 0:
            links.append(f'<li><a href="{esc(href_of(order[k - 1]))}" rel="prev"><span uk-pagination-previous>'
                         "</span> Trước</a></li>")  # fmt: skip
        if k < len(order) - 1:
            links.append(f'<li class="uk-margin-auto-left"><a href="{esc(href_of(order[k + 1]))}" rel="next">'
                         "Tiếp <span uk-pagination-next></span></a></li>")  # fmt: skip
        nav = f'<nav class="uk-margin-medium"><ul class="uk-pagination uk-margin-remove-bottom">{"".join(links)}</ul></nav>'
    return (
        f'<article id="article-{s.id}" class="uk-article" data-permalink="{esc(base_url(req) + href)}" '
        'typeof="Article" vocab="https://schema.org/">'
        f'<meta property="name" content="{esc(s.title)}">'
        '<meta property="author" typeof="Person" content="Quản trị viên">'
        f'<meta property="dateModified" content="{modified}">'
        f'<meta property="datePublished" content="{posted}">'
        f'<meta class="uk-margin-remove-adjacent" property="articleSection" content="{cat["title"]}">'
        f'<h2 property="headline" class="uk-margin-top uk-margin-remove-bottom uk-article-title">{esc(s.title)}</h2>'
        '<ul class="uk-margin-small-top uk-margin-remove-bottom uk-subnav uk-subnav-divider">'
        f'<li><span>Cập nhật lần cuối: <time datetime="{modified}">{_lc2(modified)}</time></span></li>'
        "<li><span>Đăng bởi: Quản trị viên</span></li>"
        f'<li><span>Ngày đăng: <time datetime="{posted}">{_lc2(posted)}</time></span></li>'
        f"<li><span>Lượt xem: {_hits(s)}</span></li></ul>"
        f'{icons}<div class="uk-margin-medium-top" property="text">{chr(10).join(_editor_parts(s.blocks)[0])}</div>'
        f"{nav}</article>"
    )


def _tb_article(req: Request, s: Story) -> str:
    cat = CATS[TB]
    component = '<h1 class="uk-h3 uk-heading-divider">Thông báo</h1>' + _tb_article_markup(req, s, print_view=False)
    crumbs = [("/", "Trang chủ"), (cat["path"], cat["title"]), (None, s.title)]
    return _page(req, s.title, _default_main(crumbs, component), cat["path"], desc=_excerpt(s, 30),
                 feed=cat["path"])  # fmt: skip


def _tb_print(req: Request, s: Story) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="robots" content="noindex, nofollow">'
        f"<title>{esc(s.title)} - {SITE}</title>"
        '<link href="/templates/yootheme_tct/css/theme.12.css?1764812345" rel="stylesheet"></head>'
        '<body class="contentpane component"><div id="system-message-container" aria-live="polite"></div>'
        '<div id="pop-print" class="uk-margin hidden-print"><a href="#" onclick="window.print();return false;">'
        '<span uk-icon="icon: print"></span> In trang</a></div>'
        f"{_tb_article_markup(req, s, print_view=True)}</body></html>"
    )


# --- listings ----------------------------------------------------------------------------------


def _card(s: Story) -> str:
    """The builder Grid element with "link: panel": the whole card is one <a>."""
    return (
        '<div><a class="el-item uk-card uk-card-default uk-card-small uk-card-hover uk-margin-remove-first-child '
        f'uk-link-toggle uk-display-block" href="{esc(href_of(s))}"><div class="uk-card-media-top"><picture>'
        f'<img src="{esc(_thumb(s))}" width="400" height="267" class="el-image" alt loading="lazy"></picture>'
        '</div><div class="uk-card-body uk-margin-remove-first-child">'
        f'<div class="el-meta uk-text-meta uk-margin-top">{_dmy(s.opts["posted"])}</div>'
        '<h3 class="el-title uk-h4 uk-link-heading uk-margin-small-top uk-margin-remove-bottom">'
        f'{esc(s.title)}</h3><div class="el-content uk-panel uk-margin-small-top">{esc(_excerpt(s))}</div>'
        '<div class="uk-margin-small-top"><div class="el-link uk-button uk-button-text">Xem tiếp</div></div>'
        "</div></a></div>"
    )


def _pager(pages: list[str], current: int) -> str:
    items = []
    if current > 0:
        items.append(f'<li><a href="{esc(pages[current - 1])}" aria-label="Trang trước"><span uk-pagination-previous></span></a></li>')
    for n, link in enumerate(pages):
        if n == current:
            items.append(f'<li class="uk-active"><span aria-current="page">{n + 1}</span></li>')
        else:
            items.append(f'<li><a href="{esc(link)}">{n + 1}</a></li>')
    if current < len(pages) - 1:
        items.append(f'<li><a href="{esc(pages[current + 1])}" aria-label="Trang sau"><span uk-pagination-next></span></a></li>')
    return f'<nav aria-label="Phân trang"><ul class="uk-pagination uk-flex-center uk-margin-medium-top" uk-margin>{"".join(items)}</ul></nav>'


def _chunks(key: str) -> list[list[Story]]:
    limit = CATS[key]["limit"]
    items = BY_CAT[key]
    return [items[i : i + limit] for i in range(0, len(items), limit)]


def _band(title: str, crumbs: list) -> str:
    return (
        '<div class="uk-section-muted uk-section uk-section-xsmall"><div class="uk-container">'
        f'<h1 class="uk-h2 uk-margin-remove">{esc(title)}</h1>{_breadcrumb(crumbs)}</div></div>'
    )


def _tt_listing(req: Request, page: int) -> str:
    cat = CATS[TT]
    chunks = _chunks(TT)
    links = [cat["path"]] + [f"{cat['path']}?start={n * cat['limit']}" for n in range(1, len(chunks))]
    left = (
        '<div class="uk-grid uk-child-width-1-1 uk-child-width-1-2@s uk-grid-match" uk-grid>'
        + "".join(_card(s) for s in chunks[page])
        + "</div>"
        + _pager(links, page)
    )
    crumbs = [("/", "Trang chủ"), (None, cat["title"])]
    title = cat["title"] + (f" - Trang {page + 1}" if page else "")
    return _page(req, title, _builder_main("template-chuyen-muc", left, _sidebar(), _band(cat["title"], crumbs)),
                 cat["path"], feed=cat["path"])  # fmt: skip


def _dt_listing(req: Request, page: int) -> str:
    cat = CATS[DT]
    chunks = _chunks(DT)
    links = [cat["path"]] + [f"{cat['path']}/page-{n + 1}" for n in range(1, len(chunks))]
    items = "".join(
        '<li class="el-item"><div class="uk-grid-small uk-child-width-expand" uk-grid>'
        f'<div class="uk-width-1-3@s"><a href="{esc(href_of(s))}"><img src="{esc(_thumb(s))}" width="300" '
        'height="200" class="el-image" alt loading="lazy"></a></div><div>'
        f'<h3 class="el-title uk-h4 uk-margin-remove"><a href="{esc(href_of(s))}" class="uk-link-heading">'
        f'{esc(s.title)}</a></h3><div class="el-meta uk-text-meta">Đăng ngày {_dmy(s.opts["posted"])}</div>'
        f'<div class="el-content uk-panel uk-margin-small-top">{esc(_excerpt(s))}</div></div></div></li>'
        for s in chunks[page]
    )
    left = f'<ul class="uk-list uk-list-divider uk-list-large">{items}</ul>' + _pager(links, page)
    crumbs = [("/", "Trang chủ"), (None, cat["title"])]
    title = cat["title"] + (f" - Trang {page + 1}" if page else "")
    return _page(req, title, _builder_main("template-danh-sach-dao-tao", left, _sidebar(), _band(cat["title"], crumbs)),
                 cat["path"], feed=cat["path"])  # fmt: skip


def _tb_listing(req: Request, page: int) -> str:
    """YOOtheme's own blog layout: every item is an <article class="uk-article">; an article
    without a read-more break is printed whole."""
    cat = CATS[TB]
    chunks = _chunks(TB)
    links = [cat["path"]] + [f"{cat['path']}?start={n * cat['limit']}" for n in range(1, len(chunks))]
    items = []
    for s in chunks[page]:
        whole = s is B63
        text = "\n".join(_editor_parts(s.blocks)[0]) if whole else f"<p>{esc(_excerpt(s, 60))}</p>"
        more = (
            "" if whole else
            f'<p class="uk-margin-medium"><a class="uk-button uk-button-text" href="{esc(href_of(s))}">'
            f"Đọc tiếp: {esc(s.title)}</a></p>"
        )  # fmt: skip
        items.append(
            f'<div><article id="article-{s.id}" class="uk-article" data-permalink="{esc(base_url(req) + href_of(s))}" '
            'typeof="Article" vocab="https://schema.org/">'
            f'<meta property="name" content="{esc(s.title)}">'
            f'<meta property="datePublished" content="{s.opts["posted"]}">'
            '<h2 property="headline" class="uk-margin-top uk-margin-remove-bottom uk-article-title">'
            f'<a class="uk-link-reset" href="{esc(href_of(s))}">{esc(s.title)}</a></h2>'
            '<p class="uk-margin-top uk-margin-remove-bottom uk-article-meta">Đăng bởi Quản trị viên ngày '
            f'<time datetime="{s.opts["posted"]}">{_lc2(s.opts["posted"])}</time>.</p>'
            f'<div class="uk-margin-medium-top" property="text">{text}</div>{more}</article></div>'
        )
    component = (
        f'<h1 class="uk-h3 uk-heading-divider">{cat["title"]}</h1>'
        '<div class="uk-grid uk-child-width-1-1 uk-grid-divider" uk-grid>' + "".join(items) + "</div>"
        f'<p class="uk-text-meta uk-text-center uk-margin-medium-top">Trang {page + 1} / {len(chunks)}</p>'
        + _pager(links, page)
    )
    crumbs = [("/", "Trang chủ"), (None, cat["title"])]
    title = cat["title"] + (f" - Trang {page + 1}" if page else "")
    return _page(req, title, _default_main(crumbs, component), cat["path"], feed=cat["path"])


def _feed(req: Request, key: str) -> Response:
    cat = CATS[key]
    root = base_url(req)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{esc(root + href_of(s))}</link>"
        f'<guid isPermaLink="true">{esc(root + href_of(s))}</guid>'
        f"<description><![CDATA[<p>{esc(_excerpt(s, 40))}</p>]]></description>"
        f"<author>truongchinhtri@quangngai.gov.vn (Quản trị viên)</author><category>{cat['title']}</category>"
        f"<pubDate>{_rfc822(s.opts['posted'])}</pubDate></item>"
        for s in BY_CAT[key][: cat["limit"]]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{cat['title']} - {SITE}</title><description><![CDATA[{cat['title']}]]></description>"
        f"<link>{root}{cat['path']}</link><lastBuildDate>Sat, 05 Dec 2026 02:00:00 +0000</lastBuildDate>"
        "<generator>Joomla! - Open Source Content Management</generator>"
        f'<atom:link rel="self" type="application/rss+xml" href="{root}{cat["path"]}?format=feed&amp;type=rss"/>'
        f"<language>vi-vn</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _home(req: Request) -> str:
    slides = "".join(
        f'<li class="el-item"><a class="uk-cover-container uk-display-block uk-link-toggle" href="{esc(href_of(s))}">'
        f'<img src="{esc(_thumb(s).replace("-400x267", "-1200x800"))}" class="el-image" alt uk-cover loading="lazy">'
        '<div class="uk-position-cover uk-flex uk-flex-left uk-flex-bottom uk-padding-small"><div class="el-overlay '
        'uk-overlay uk-overlay-primary uk-padding-small uk-width-xlarge uk-margin-remove-first-child">'
        f'<h3 class="el-title uk-h4 uk-margin-remove">{esc(s.title)}</h3><div class="el-meta uk-text-meta">'
        f'{_dmy(s.opts["posted"])}</div></div></div></a></li>'
        for s in (S61, S59, S57)
    )
    notices = "".join(
        f'<li class="el-item"><a href="{esc(href_of(s))}" class="el-title uk-link-heading">{esc(s.title)}</a>'
        f'<div class="el-meta uk-text-meta">{_dmy(s.opts["posted"])}</div></li>'
        for s in BY_CAT[TB][:2]
    )
    news = "".join(_card(s) for s in BY_CAT[TT][:3])
    training = "".join(_card(s) for s in BY_CAT[DT][:2])

    def heading(title: str, href: str) -> str:
        return (
            '<div class="uk-grid-small uk-flex-middle uk-margin" uk-grid><div class="uk-width-expand">'
            f'<h2 class="uk-h3 uk-heading-bullet uk-margin-remove">{title}</h2></div><div class="uk-width-auto">'
            f'<a class="uk-button uk-button-text" href="{href}">Xem tất cả <span uk-icon="arrow-right"></span></a>'
            "</div></div>"
        )

    main = (
        '<main id="tm-main"><div id="system-message-container" aria-live="polite"></div><!-- Builder #page -->'
        '<div class="uk-section-default uk-section uk-section-small"><div class="uk-container">'
        '<div class="uk-grid tm-grid-expand uk-grid-margin" uk-grid><div class="uk-width-2-3@m">'
        '<div uk-slideshow="ratio: 16:9; animation: fade; autoplay: true; autoplay-interval: 6000;" class="uk-margin">'
        f'<div class="uk-position-relative uk-visible-toggle" tabindex="-1"><ul class="uk-slideshow-items">{slides}</ul>'
        '<a class="el-slidenav uk-position-center-left uk-position-small uk-hidden-hover" href="#" uk-slidenav-previous '
        'uk-slideshow-item="previous"></a><a class="el-slidenav uk-position-center-right uk-position-small '
        'uk-hidden-hover" href="#" uk-slidenav-next uk-slideshow-item="next"></a></div>'
        '<ul class="el-nav uk-slideshow-nav uk-dotnav uk-flex-center uk-margin-top"></ul></div></div>'
        '<div class="uk-width-1-3@m">' + heading("Thông báo", "/thong-bao")
        + f'<ul class="uk-list uk-list-divider">{notices}</ul></div></div></div></div>'
        '<div class="uk-section-muted uk-section uk-section-small"><div class="uk-container">'
        + heading("Tin tức - Sự kiện", "/tin-tuc-su-kien")
        + f'<div class="uk-grid uk-child-width-1-1 uk-child-width-1-3@m uk-grid-match" uk-grid>{news}</div>'
        "</div></div>"
        '<div class="uk-section-default uk-section uk-section-small"><div class="uk-container">'
        '<div class="uk-grid tm-grid-expand uk-grid-margin" uk-grid><div class="uk-width-2-3@m">'
        + heading("Đào tạo, bồi dưỡng", "/dao-tao")
        + f'<div class="uk-grid uk-child-width-1-2@s uk-grid-match" uk-grid>{training}</div></div>'
        f'<div class="uk-width-1-3@m">{_sidebar()}</div></div></div></div>'
        '<div class="uk-section-default uk-section uk-section-xsmall"><div class="uk-container">'
        '<div class="uk-panel uk-margin uk-text-center"><a href="https://hochiminh.vn" target="_blank" rel="noopener">'
        '<img src="/images/banners/hoc-tap-lam-theo-bac.jpg" width="1200" height="120" alt="Học tập và làm theo tư '
        'tưởng, đạo đức, phong cách Hồ Chí Minh" loading="lazy"></a></div></div></div></main>'
    )
    return _page(req, SITE, main, "/")


# --- tags, search and the pages that are not articles -------------------------------------------


def _tag_page(req: Request, tag: str) -> str:
    items = "".join(
        f'<li class="list-group-item list-group-item-action"><h3><a href="{esc(href_of(s))}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body">{esc(_excerpt(s, 30))}</span></li>'
        for s in STORIES
        if tag in (s.opts.get("tags") or [])
    )
    component = (
        f'<div class="com-tags-tag tag-category"><h1>{esc(TAGS[tag])}</h1>'
        f'<ul class="com-tags-tag__category category list-group">{items}</ul></div>'
    )
    crumbs = [("/", "Trang chủ"), (None, TAGS[tag])]
    return _page(req, TAGS[tag], _default_main(crumbs, component), "")


def _plain(text_: str) -> str:
    return text_.lower()


def _search(req: Request) -> str:
    word = req.params.get("searchword", "").strip()
    form = (
        '<form id="searchForm" action="/tim-kiem" method="post"><div class="uk-grid-small" uk-grid>'
        f'<div class="uk-width-expand"><input type="text" name="searchword" class="uk-input" value="{esc(word)}" '
        'maxlength="200" placeholder="Từ khóa..."></div><div class="uk-width-auto"><button name="Search" '
        'class="uk-button uk-button-primary">Tìm kiếm</button></div></div>'
        '<input type="hidden" name="task" value="search"></form>'
    )
    if len(word) < 3:
        results = '<div class="uk-alert uk-alert-warning">Từ khóa tìm kiếm phải có ít nhất 3 ký tự.</div>'
    else:
        highlight = base64.b64encode(json.dumps([word]).encode("ascii")).decode("ascii")
        hits = [
            s for s in STORIES
            if _plain(word) in _plain(s.title + " " + " ".join(s.paragraphs))
        ]  # fmt: skip
        rows = "".join(
            f'<dt class="result-title">{n}. <a href="{esc(href_of(s))}?highlight={highlight}">{esc(s.title)}</a></dt>'
            f'<dd class="result-category"><span class="small">({CATS[s.cat]["title"]})</span></dd>'
            f'<dd class="result-text">{esc(_excerpt(s, 30))}</dd>'
            f'<dd class="result-created">Ngày tạo: {_lc2(s.opts["posted"])}</dd>'
            for n, s in enumerate(hits, 1)
        )
        results = (
            f'<p class="searchintro">Tìm thấy <strong>{len(hits)}</strong> kết quả.</p>'
            f'<dl class="search-results">{rows}</dl>'
        )
    component = f'<h1 class="uk-h3">Tìm kiếm</h1>{form}{results}'
    return _page(req, "Tìm kiếm", _default_main([("/", "Trang chủ"), (None, "Tìm kiếm")], component), "")


def _single(req: Request, path: str, title: str, paras: list[str], crumbs: list, active: str) -> str:
    """A "Single Article" menu item in YOOtheme's article layout, meta hidden (not a news article)."""
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    component = (
        f'<article id="article-{3 if path == "/gioi-thieu" else 4}" class="uk-article" '
        f'data-permalink="{esc(base_url(req) + path)}" typeof="Article" vocab="https://schema.org/">'
        f'<meta property="name" content="{esc(title)}"><h1 property="headline" class="uk-article-title">'
        f'{esc(title)}</h1><div class="uk-margin-medium-top" property="text">{body}</div></article>'
    )
    return _page(req, title, _default_main(crumbs, component), active)


_INTRO = [
    "Trường Chính trị tỉnh Quảng Ngãi tiền thân là Trường Đảng tỉnh Quảng Ngãi, được thành lập năm 1949 "
    "trong kháng chiến chống thực dân Pháp. Qua nhiều lần đổi tên, chia tách và hợp nhất, ngày 01/7/2025, "
    "thực hiện chủ trương sắp xếp đơn vị hành chính cấp tỉnh, Trường Chính trị tỉnh Quảng Ngãi và Trường "
    "Chính trị tỉnh Kon Tum được hợp nhất thành Trường Chính trị tỉnh Quảng Ngãi.",
    "Trải qua hơn 75 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán "
    "bộ, đảng viên, góp phần quan trọng vào sự nghiệp xây dựng và phát triển của tỉnh. Nhà trường vinh dự "
    "được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất và nhiều phần thưởng cao quý khác.",
]
_DUTIES = [
    "Trường Chính trị tỉnh Quảng Ngãi là cơ quan trực thuộc Tỉnh ủy, Ủy ban nhân dân tỉnh, có chức năng "
    "tham mưu và tổ chức thực hiện công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính "
    "trị ở cơ sở; nghiên cứu khoa học về lý luận chính trị, tổng kết thực tiễn ở địa phương.",
    "Nhà trường chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy; sự quản lý nhà nước của Ủy ban "
    "nhân dân tỉnh và sự chỉ đạo, hướng dẫn về chuyên môn của Học viện Chính trị quốc gia Hồ Chí Minh.",
]

DOCS = {
    "quy-che-dao-tao-2026": (
        "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính",
        "512-QĐ/TCT", "15/08/2026",
    ),
    "ke-hoach-dao-tao-2027": (
        "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027",
        "88-KH/TCT", "25/11/2026",
    ),
}  # fmt: skip


def _doc_page(req: Request, key: str) -> str:
    title, number, day = DOCS[key]
    component = (
        '<div id="edocman-document-page" class="edocman-container"><h1 class="edocman-page-heading uk-h3">'
        f'{esc(title)}</h1><table class="uk-table uk-table-divider uk-table-small"><tbody>'
        f"<tr><td>Số ký hiệu</td><td>{number}</td></tr><tr><td>Ngày ban hành</td><td>{day}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Quảng Ngãi</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(title)}</td></tr></tbody></table>"
        f'<a class="uk-button uk-button-primary" href="/van-ban/{key}/download">'
        '<span uk-icon="download"></span> Tải về</a></div>'
    )
    crumbs = [("/", "Trang chủ"), ("/van-ban", "Văn bản"), (None, title)]
    return _page(req, title, _default_main(crumbs, component), "/van-ban")


def _doc_list(req: Request) -> str:
    rows = "".join(
        f'<tr><td>{number}</td><td>{day}</td><td><a href="/van-ban/{key}">{esc(title)}</a></td></tr>'
        for key, (title, number, day) in DOCS.items()
    )
    component = (
        '<h1 class="uk-h3">Văn bản</h1><table class="uk-table uk-table-striped uk-table-small"><thead><tr>'
        f"<th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _page(req, "Văn bản", _default_main([("/", "Trang chủ"), (None, "Văn bản")], component), "/van-ban")


def _album_list(req: Request) -> str:
    component = (
        '<h1 class="uk-h3">Thư viện ảnh</h1><div class="uk-grid uk-child-width-1-3@m" uk-grid><div>'
        '<a class="uk-card uk-card-default uk-display-block uk-link-toggle" href="/thu-vien-anh/le-khai-giang-k46">'
        '<img src="/images/thu-vien-anh/k46/bia.jpg" width="400" height="267" alt loading="lazy">'
        '<div class="uk-card-body uk-padding-small"><h3 class="uk-h5 uk-link-heading">Lễ khai giảng lớp '
        "K46 tại đặc khu Lý Sơn</h3></div></a></div></div>"
    )
    return _page(req, "Thư viện ảnh", _default_main([("/", "Trang chủ"), (None, "Thư viện ảnh")], component),
                 "/thu-vien-anh")  # fmt: skip


def _album(req: Request) -> str:
    shots = "".join(
        f'<div><a class="uk-inline" href="/images/thu-vien-anh/k46/{n:02d}.jpg" data-caption="Lễ khai giảng lớp '
        f'K46 - ảnh {n}"><img src="/images/thu-vien-anh/k46/{n:02d}-thumb.jpg" width="300" height="200" alt '
        'loading="lazy"></a></div>'
        for n in range(1, 7)
    )
    component = (
        '<h1 class="uk-h3">Lễ khai giảng lớp K46 tại đặc khu Lý Sơn</h1>'
        '<p class="uk-text-meta">6 ảnh</p>'
        f'<div class="uk-grid-small uk-child-width-1-3@s" uk-grid uk-lightbox="animation: slide">{shots}</div>'
    )
    crumbs = [("/", "Trang chủ"), ("/thu-vien-anh", "Thư viện ảnh"), (None, "Lễ khai giảng lớp K46")]
    return _page(req, "Lễ khai giảng lớp K46 tại đặc khu Lý Sơn", _default_main(crumbs, component), "/thu-vien-anh")


def _contact(req: Request) -> str:
    component = (
        '<div class="com-contact contact"><h1 class="uk-h3">Liên hệ</h1>'
        '<h2 class="uk-h4"><span class="contact-name">Trường Chính trị tỉnh Quảng Ngãi</span></h2>'
        '<dl class="com-contact__address contact-address dl-horizontal">'
        "<dt>Địa chỉ:</dt><dd><span class=\"contact-street\">Số 02 Hùng Vương, phường Cẩm Thành</span>"
        '<span class="contact-state"> tỉnh Quảng Ngãi</span></dd>'
        "<dt>Điện thoại:</dt><dd><span class=\"contact-telephone\">0255.3822.105</span></dd>"
        "<dt>Fax:</dt><dd><span class=\"contact-fax\">0255.3822.106</span></dd></dl>"
        '<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal well">'
        '<fieldset><legend>Gửi thư cho chúng tôi</legend>'
        '<div class="uk-margin"><label for="jform_contact_name">Họ tên *</label><input type="text" '
        'name="jform[contact_name]" id="jform_contact_name" class="uk-input required" required></div>'
        '<div class="uk-margin"><label for="jform_contact_email">Email *</label><input type="email" '
        'name="jform[contact_email]" id="jform_contact_email" class="uk-input required" required></div>'
        '<div class="uk-margin"><label for="jform_contact_message">Nội dung *</label><textarea '
        'name="jform[contact_message]" id="jform_contact_message" class="uk-textarea required" rows="6" '
        'required></textarea></div><button class="uk-button uk-button-primary validate" type="submit">Gửi</button>'
        '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" '
        'value="contact.submit"><input type="hidden" name="id" value="1:lien-he">'
        '<input type="hidden" name="8c1f2d3e4a5b6c7d8e9f0a1b2c3d4e5f" value="1"></fieldset></form></div>'
    )
    return _page(req, "Liên hệ", _default_main([("/", "Trang chủ"), (None, "Liên hệ")], component), "/lien-he")


def _not_found(req: Request) -> Response:
    body = _page(
        req, "404 - Không tìm thấy trang",
        _default_main([("/", "Trang chủ"), (None, "Lỗi")],
                      '<div class="uk-text-center"><h1 class="uk-heading-medium">404</h1><p>Không tìm thấy '
                      'trang. Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p><a class="uk-button '
                      'uk-button-primary" href="/">Về trang chủ</a></div>'), "",
    )  # fmt: skip
    return html(body, status=404)


# --- routing -----------------------------------------------------------------------------------


class JoomlaYooSite:
    """Joomla's SEF router with URL rewriting, as far as this site's menu needs it."""

    def __init__(self) -> None:
        self.articles = {unquote(path_of(s)): s for s in STORIES}
        self.by_id = {s.id: s for s in STORIES}

    def _article(self, req: Request, s: Story) -> Response | None:
        params = req.params
        if s.cat == TB:
            if params.get("tmpl") == "component":
                return html(_tb_print(req, s))
            return html(_tb_article(req, s))
        if s.cat == DT:
            return html(_dt_article(req, s))
        parts = len(_editor_parts(s.blocks))
        if params.get("showall") == "1" and parts > 1:
            return html(_tt_article(req, s, None))
        if "start" in params:
            start = params["start"]
            if not start.isdigit() or int(start) >= parts:
                return None
            return html(_tt_article(req, s, int(start)))
        return html(_tt_article(req, s, 0 if parts > 1 else None))

    def _listing(self, req: Request, key: str, page: int) -> Response | None:
        if req.params.get("format") == "feed":
            return _feed(req, key) if page == 0 else None
        if page >= len(_chunks(key)):
            return None
        render = {TT: _tt_listing, DT: _dt_listing, TB: _tb_listing}[key]
        return html(render(req, page))

    def respond(self, req: Request) -> Response | None:
        response = self._route(req)
        return response if response is not None else _not_found(req)

    def _route(self, req: Request) -> Response | None:
        path = unquote(req.path)
        params = req.params
        if path.startswith(("/images/", "/templates/", "/media/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/index.php" and params.get("option") == "com_content" and params.get("view") == "article":
            ident = params.get("id", "")
            num, _, alias = ident.partition(":")
            s = self.by_id.get(int(num)) if num.isdigit() else None
            if s is None or (alias and alias != s.slug):
                return None
            return self._article(req, s)
        if path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        elif path == "/index.php":
            path = "/"
        if req.method == "POST" and path != "/lien-he":
            return None
        if path == "/":
            return html(_home(req))
        if path in self.articles:
            return self._article(req, self.articles[path])
        for key in (TT, TB):
            if path == CATS[key]["path"]:
                start = params.get("start", "0")
                limit = CATS[key]["limit"]
                if not start.isdigit() or int(start) % limit:
                    return None
                return self._listing(req, key, int(start) // limit)
        if path == "/dao-tao":
            return self._listing(req, DT, 0)
        m = re.fullmatch(r"/dao-tao/page-(\d+)", path)
        if m and int(m.group(1)) >= 2:
            return self._listing(req, DT, int(m.group(1)) - 1)
        m = re.fullmatch(r"/tag/([a-z-]+)", path)
        if m and m.group(1) in TAGS:
            return html(_tag_page(req, m.group(1)))
        if path == "/tim-kiem":
            return html(_search(req))
        if path == "/gioi-thieu":
            return html(_single(req, path, "Lịch sử hình thành và phát triển", _INTRO,
                                [("/", "Trang chủ"), (None, "Giới thiệu")], "/gioi-thieu"))  # fmt: skip
        if path == "/gioi-thieu/chuc-nang-nhiem-vu":
            crumbs = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), (None, "Chức năng, nhiệm vụ")]
            return html(_single(req, path, "Chức năng, nhiệm vụ", _DUTIES, crumbs, "/gioi-thieu"))
        if path == "/lien-he":
            return html(_contact(req))
        if path == "/van-ban":
            return html(_doc_list(req))
        m = re.fullmatch(r"/van-ban/([a-z0-9-]+)(/download)?", path)
        if m and m.group(1) in DOCS:
            if m.group(2):
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": f'attachment; filename="{m.group(1)}.pdf"'})  # fmt: skip
            return html(_doc_page(req, m.group(1)))
        if path == "/thu-vien-anh":
            return html(_album_list(req))
        if path == "/thu-vien-anh/le-khai-giang-k46":
            return html(_album(req))
        if path in ("/favicon.ico", "/robots.txt"):
            if path == "/robots.txt":
                return Response(200, "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\n",
                                {"Content-Type": "text/plain"})  # fmt: skip
            return static_file(path)
        return None


def build_site() -> JoomlaYooSite:
    return JoomlaYooSite()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    path = path_of(s)
    if s is S54:
        return [f"{path}?start=1", f"{path}?start=2", f"{path}?showall=1"]
    if s is S59:
        return ["/index.php" + path]
    if s is S47:
        return [f"/index.php?option=com_content&view=article&id=47:{s.slug}&catid=8&Itemid=102"]
    if s.cat == TB:
        return [f"{path}?tmpl=component&print=1"]
    return []


GOLD = [
    gold_record(s, path_of(s), CATS[s.cat]["title"], canonical_path=path_of(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/lien-he",
    "/van-ban/quy-che-dao-tao-2026",
    "/van-ban/ke-hoach-dao-tao-2027",
    "/thu-vien-anh/le-khai-giang-k46",
]
