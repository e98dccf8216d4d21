"""Sở Giáo dục và Đào tạo tỉnh Quảng Ninh: a new portal on SvelteKit (SSR) over Strapi 4.

Platform
--------
SvelteKit 2 / Svelte 5 renders every page on the server: ``<body data-sveltekit-preload-data>``,
a ``<div style="display: contents">`` root, Svelte's hydration comments (``<!--[-->``,
``<!--]-->``, ``<!---->``) between every block and every text node, scoped classes with a hash
(``svelte-9fz1q2``) and, at the end, the inline ``kit.start(...)`` script holding the page's data
(the Strapi entry, serialized by devalue as a JS literal). Next to every page SvelteKit answers
``<page>/__data.json`` (the same data, devalue-flattened JSON) which the client fetches when it
navigates. The article text is Strapi 4's *blocks* rich text, printed by the site's own small
Svelte renderer (``BlocksRenderer.svelte``) inside a Strapi dynamic zone (rich text, file
attachment, "Đọc thêm" related box). Dates are printed with ``Intl.DateTimeFormat('vi-VN',
{dateStyle: 'full', timeStyle: 'short'})``, which puts the time first.

URL scheme
----------
- ``/`` home: a slider of featured posts, "Tin mới", category boxes, the sidebar.
- ``/tin-tuc?page=<N>``: every post, 5 per page (pages 1-3); ``/chuyen-muc/<slug>?page=<N>``: a
  category, 3 per page. Pagination links are query-only (``href="?page=2"``).
- ``/tin-tuc/<slug>`` an article; the same route also answers ``/tin-tuc/<strapi id>`` (the
  most-read sidebar links by id) and any query (the home slider adds ``?ref=slider``); both
  print ``<link rel="canonical">`` to the slug URL. ``/tin-tuc/<slug>/`` answers 308 to the
  slash-less URL (SvelteKit's ``trailingSlash: 'never'``).
- ``/van-ban`` documents, ``/van-ban/<slug>`` a document entry; ``/gioi-thieu``, ``/lien-he``,
  ``/thu-vien-anh/<slug>`` an album.
- ``<any page>/__data.json`` (``/__data.json`` for the home): JSON for the client router.
- ``/uploads/...`` Strapi media (jpg, webp, pdf), ``/_app/immutable/...`` the app's assets.

Page templates
--------------
Chrome: top bar with today's date, logo, menu with drop-downs, breadcrumb, sidebar (most read by
id, links, visitor counter, poll), footer. Article: ``h1.td``, a meta row (``<time>`` with the
vi-VN date, "Người đăng" CMS account, views, reading time, the "Tác giả" text field), the
``mo_ta`` description in its own bold box when the editor filled it, a "Mục lục" table of contents
for posts with headings, the dynamic zone ``div.nd-bv`` (``white-space: pre-line``), the source
line, the author card, "Cập nhật lần cuối", tags, share tools, "Các tin khác".

How each gold article is reached
--------------------------------
``/tin-tuc`` pages 1-3 list all 13 (5 + 5 + 3); each category lists its own, 3 a page (Giáo
dục Trung học has a page 2). The home page links the 4 newest (A1-A4) and the slider (A1, A3, A5
with ``?ref=slider``); the sidebar links A2, A6, A12 by Strapi id; "Các tin khác" under every
article is the newest four; A8's "Đọc thêm" box links A3 and A12. A13 (the oldest) is reached
only from ``/tin-tuc?page=3`` and ``/chuyen-muc/giao-duc-trung-hoc?page=2``; A6-A10 otherwise
only from ``/tin-tuc?page=2`` or a category list.

Traps
-----
1. Svelte hydration comments sit between every text node; an editor's bold/italic on part of a
   word (``Quảng <strong>N</strong>inh``-like: ``<!----><strong>Quảng N</strong><!---->inh``)
   splits a word across inline elements -> the word is joined as printed ("Quảng Ninh"), no
   space added.
2. Dates printed the vi-VN way, time before the day ("15:45 Thứ Sáu, 4 tháng 12, 2026"), with
   ``<time datetime>`` in UTC ("…T08:45:00.000Z"); for A2 the UTC value falls on the previous day
   (06:15 on 3/12 is 2026-12-02T23:15Z) -> gold is local time with +07:00 ("2026-12-03T06:15").
3. Strapi's ``publishedAt`` (the CMS publish moment, later than the editorial day, also in
   ``article:published_time`` and the data blob) differs from the printed editorial date field;
   for A6 the page prints a day without time -> gold is the printed day ("2026-11-18"). A9 prints
   "00:00" (the date field's default) -> the day alone.
4. ``<title>`` and ``og:title`` carry the SEO plugin's shortened "metaTitle | Sở GD&ĐT Quảng
   Ninh", not the headline -> title is the ``h1``.
5. The same post is linked under three URLs: slug, ``?ref=slider`` (home slider) and the Strapi
   numeric id ``/tin-tuc/317`` (most-read sidebar); all 200 with a canonical to the slug ->
   one record, the others in ``alt_paths``.
6. Pagination is query-only relative (``href="?page=2"``), page 1 is linked as ``?page=1`` (a
   duplicate of the bare list), and the "Xem thêm" load-more is a ``<button>`` whose
   ``data-endpoint`` points at ``__data.json`` -> lists resolved against their own path;
   ``__data.json`` answers are JSON for the router, not pages (neither gold nor NON_ARTICLES).
7. The "Mục lục" table of contents repeats the headings (as anchor links) before the text ->
   not body; the headings themselves are body paragraphs where they stand.
8. Dynamic-zone components inside the text column: a "Đọc thêm" box with other posts' titles in
   the middle of the text (A8) and a file card "Tải về … (PDF, 245 KB)" (A4, A9) -> not body.
9. Strapi blocks has no caption field: in A3 the editor typed each caption as an italic
   paragraph under the image -> caption of that image, not body. Images are ``<picture>`` with
   WebP ``<source srcset>`` of Strapi's formats (small_/medium_/large_) -> the image is the
   ``<img src>`` (large_ jpg). Strapi's default ``alt`` is the file name (A6) -> no caption.
10. Shift+Enter in the blocks editor leaves a raw "\\n" in a text node; the renderer prints it
    as is and the column has ``white-space: pre-line`` (A6) -> each printed line is a paragraph,
    as for ``<br>``. A7's timetable was typed in a *code* block (``<pre><code>`` with one slot
    per line) -> each line a paragraph.
11. Nested lists (A4): a ``<li>`` holds its text and an inner ``<ol>`` -> the item's own text and
    each inner item are separate paragraphs, in order.
12. Bylines from three places: "Người đăng: bientap.qn" / "admin" (CMS account -> nobody), the
    "Tác giả" text field (degree stripped, unit after " - " dropped, "Tin, ảnh: X", "Tin: X -
    Ảnh: Y"), an author card with avatar and post (A1), an in-text bold last line "Nguyễn Lan
    (Trường MN Hồng Hà)" (A3) or a unit signing alone "Văn phòng Sở" (A7) -> not body, author.
13. The inline ``kit.start`` script and ``__data.json`` hold the whole Strapi entry (blocks JSON
    with every paragraph, related posts' descriptions) -> never text.

Gold decisions on ambiguous points
----------------------------------
- ``mo_ta`` printed in its own bold box above the text (A1, A10) is the summary and the body's
  first paragraph; A5's whole-bold first paragraph is a bold lead -> summary. Where ``mo_ta`` is
  printed only on cards and in the meta description, the summary is null.
- Photo captions in parentheses lose them (A5, A12). "Ảnh: Hoàng Nam" alone under a photo (A2)
  is a credit: caption None, photographer "Hoàng Nam".
- "Tác giả: Phòng Khảo thí và Kiểm định chất lượng giáo dục" (A4) is a unit signing: the author.
- A quote block's text keeps its printed quotation marks.
- "Theo Báo Quảng Ninh" closing line (A5) -> source "Báo Quảng Ninh"; "Nguồn: Cổng TTĐT tỉnh
  Quảng Ninh" (A12) -> that name.
- The ``/tin-tuc/<slug>/`` 308 redirect is not a page; it is not listed anywhere.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "sveltekit_strapi_sgddt"
PLATFORM = "SvelteKit 2 (SSR, Svelte 5) over Strapi 4 (blocks rich text, dynamic zones)"
START_PATH = "/"

SITE_TITLE = "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
TODAY_DATE = date(2026, 12, 5)
ICT = timezone(timedelta(hours=7))
H = "svelte-9fz1q2"  # the article component's scoped class
HL = "svelte-1m4c7p"  # the layout's scoped class

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "giao-duc-trung-hoc": "Giáo dục Trung học",
    "mam-non-tieu-hoc": "Mầm non - Tiểu học",
    "khao-thi-kiem-dinh": "Khảo thí - Kiểm định",
    "thong-bao": "Thông báo",
}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _img(name: str, printed: str | None = None, caption: str | None = None, style: str = "fig") -> Img:
    return Img(f"/uploads/large_{name}.jpg", printed, caption, style)


def _attach(title: str, file: str, size: str) -> Raw:
    return Raw(
        f'<!--[--><div class="dz dz-tep {H}"><span class="ic-tep {H}">📎</span>'
        f'<a href="/uploads/{file}" download>{esc(title)}</a> <small>(PDF, {size})</small>'
        f'<span class="tai {H}">Tải về</span></div><!--]-->'
    )


STORIES: list[Story] = [
    Story(
        318,
        "trien-khai-nhiem-vu-chuyen-doi-so-nganh-giao-duc-nam-2027",
        "Quảng Ninh tổ chức Hội nghị triển khai nhiệm vụ chuyển đổi số ngành Giáo dục năm 2027",
        "tin-tuc-su-kien",
        "2026-12-04T15:45:00+07:00",
        [
            _img("hoi_nghi_cds_2027_8f3a1c", "Toàn cảnh Hội nghị tại điểm cầu Sở GD&ĐT.",
                 "Toàn cảnh Hội nghị tại điểm cầu Sở GD&ĐT."),
            P("Kết quả nổi bật năm 2026", "h2"),
            P("Năm 2026, 100% cơ sở giáo dục trên địa bàn tỉnh đã triển khai sổ điểm điện tử, học bạ số; "
              "hơn 98% học sinh có tài khoản định danh trên hệ thống cơ sở dữ liệu ngành.", "b=100%"),
            P("Toàn tỉnh có 412 trường học kết nối cổng thanh toán không dùng tiền mặt, giúp phụ huynh "
              "chủ động nộp các khoản thu theo quy định."),
            P("Nhiệm vụ trọng tâm năm 2027", "h2"),
            P("Hoàn thiện kho học liệu số dùng chung của tỉnh;", "ul"),
            P("Triển khai học bạ số đối với cấp trung học cơ sở và trung học phổ thông;", "ul"),
            P("Bồi dưỡng kỹ năng số cho 100% cán bộ quản lý, giáo viên.", "ul"),
            _img("phat_bieu_chi_dao_2c7e90", "Giám đốc Sở GD&ĐT phát biểu chỉ đạo Hội nghị.",
                 "Giám đốc Sở GD&ĐT phát biểu chỉ đạo Hội nghị."),
            P("Phát biểu chỉ đạo, Giám đốc Sở GD&ĐT đề nghị các đơn vị coi chuyển đổi số là nhiệm vụ "
              "thường xuyên, gắn với đổi mới phương pháp dạy học và quản trị nhà trường."),
        ],
        authors=["Vũ Minh Đức"],
        summary="Chiều 4/12, Sở GD&ĐT Quảng Ninh tổ chức Hội nghị triển khai nhiệm vụ chuyển đổi số ngành "
        "Giáo dục năm 2027 với sự tham gia của hơn 300 đại biểu tại điểm cầu chính và 190 điểm cầu "
        "trực tuyến.",
        sapo_outside=True,
        opts={
            "seo": "Triển khai chuyển đổi số ngành GD năm 2027",
            "card": ("ThS. Vũ Minh Đức", "Phó Trưởng phòng Kế hoạch - Tài chính"),
            "poster": "bientap.qn",
            "toc": True,
            "slider": True,
            "pub": "2026-12-04T08:51:37.412Z",
        },
    ),
    Story(
        317,
        "tap-huan-doi-tuyen-hoc-sinh-gioi-quoc-gia-nam-hoc-2026-2027",
        "Tập huấn đội tuyển học sinh giỏi quốc gia năm học 2026-2027",
        "giao-duc-trung-hoc",
        "2026-12-03T06:15:00+07:00",
        [
            P("Sáng 3/12, Sở GD&ĐT Quảng Ninh khai giảng lớp tập huấn cho 112 học sinh thuộc 10 đội tuyển "
              "dự kỳ thi chọn học sinh giỏi quốc gia trung học phổ thông năm học 2026-2027.", "b=Quảng N"),
            _img("tap_huan_hsg_qg_51b0de", "Ảnh: Hoàng Nam", None),
            P("Các lớp tập huấn được tổ chức tập trung tại Trường THPT chuyên Hạ Long trong 6 tuần, do giảng "
              "viên các trường đại học và giáo viên cốt cán của tỉnh trực tiếp giảng dạy.", "i=chuyên Hạ Lo"),
            P("Năm học 2025-2026, đội tuyển Quảng Ninh đạt 58 giải, trong đó có 3 giải Nhất, xếp thứ 9 "
              "toàn quốc.", "b=58 giải"),
            P("Đây là cơ sở để các em tự tin bước vào kỳ thi dự kiến diễn ra trong tháng 1/2027."),
        ],
        photographers=["Hoàng Nam"],
        opts={"seo": "Tập huấn đội tuyển HSG quốc gia", "poster": "bientap.qn", "by_id": True,
              "pub": "2026-12-02T23:40:02.118Z"},
    ),
    Story(
        315,
        "ngay-hoi-be-vui-khoe-cua-tre-mam-non-thanh-pho-ha-long",
        "Ngày hội “Bé vui khỏe” của trẻ mầm non thành phố Hạ Long",
        "mam-non-tieu-hoc",
        "2026-12-01T10:00:00+07:00",
        [
            P("Ngày 1/12, Phòng GD&ĐT thành phố Hạ Long phối hợp với Trường Mầm non Hồng Hà tổ chức Ngày hội "
              "“Bé vui khỏe” với sự tham gia của hơn 600 trẻ từ 12 trường mầm non."),
            _img("be_vui_khoe_dong_dien_0a9e3d", "Các bé tham gia màn đồng diễn thể dục nhịp điệu.",
                 "Các bé tham gia màn đồng diễn thể dục nhịp điệu.", "em"),
            P("Ngày hội gồm các phần thi đồng diễn, vận động với bóng, bật nhảy qua chướng ngại vật và trò "
              "chơi dân gian như kéo co, nhảy bao bố."),
            _img("be_vui_khoe_keo_co_77c412", "Trò chơi kéo co thu hút đông đảo phụ huynh cổ vũ.",
                 "Trò chơi kéo co thu hút đông đảo phụ huynh cổ vũ.", "em"),
            P("Thông qua ngày hội, trẻ được rèn luyện thể lực, tính mạnh dạn, tinh thần đồng đội; phụ huynh "
              "hiểu thêm về chương trình giáo dục phát triển vận động của nhà trường."),
            Raw("<!--[--><p><!----><strong>Nguyễn Lan</strong><!----> (Trường MN Hồng Hà)<!----></p><!--]-->"),
        ],
        authors=["Nguyễn Lan"],
        opts={"seo": "Ngày hội Bé vui khỏe mầm non Hạ Long", "poster": "bientap.qn", "slider": True,
              "pub": "2026-12-01T03:12:45.000Z",
              "mo_ta_hidden": "Hơn 600 trẻ mầm non thành phố Hạ Long tham gia ngày hội vận động."},
    ),
    Story(
        312,
        "cong-bo-ket-qua-kiem-dinh-chat-luong-giao-duc-dot-2-nam-2026",
        "Công bố kết quả kiểm định chất lượng giáo dục đợt 2 năm 2026",
        "khao-thi-kiem-dinh",
        "2026-11-28T14:30:00+07:00",
        [
            P("Sở GD&ĐT Quảng Ninh vừa ban hành quyết định công nhận kết quả kiểm định chất lượng giáo dục và "
              "trường đạt chuẩn quốc gia đợt 2 năm 2026 đối với 37 cơ sở giáo dục."),
            P("Cụ thể như sau:"),
            P("Cấp học mầm non: 14 trường, trong đó:", "ol"),
            P("Đạt kiểm định chất lượng giáo dục cấp độ 3, chuẩn quốc gia mức độ 2: 4 trường;", "ol2"),
            P("Đạt kiểm định cấp độ 2, chuẩn quốc gia mức độ 1: 10 trường.", "ol2"),
            P("Cấp tiểu học: 12 trường;", "ol"),
            P("Cấp trung học cơ sở: 8 trường;", "ol"),
            P("Cấp trung học phổ thông: 3 trường.", "ol"),
            _attach("Quyết định số 2315/QĐ-SGDĐT ngày 27/11/2026", "QD_2315_SGDDT_a1b2c3.pdf", "245 KB"),
            P("Các đơn vị được công nhận tiếp tục duy trì, nâng cao chất lượng các tiêu chuẩn; xây dựng kế "
              "hoạch cải tiến chất lượng sau đánh giá ngoài."),
        ],
        authors=["Phòng Khảo thí và Kiểm định chất lượng giáo dục"],
        opts={"seo": "Kết quả kiểm định chất lượng giáo dục đợt 2/2026", "poster": "ktkd.sgd",
              "tacgia": "Phòng Khảo thí và Kiểm định chất lượng giáo dục",
              "pub": "2026-11-28T07:31:09.000Z"},
    ),
    Story(
        310,
        "gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Sở GD&ĐT gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-tuc-su-kien",
        "2026-11-20T09:30:00+07:00",
        [
            P("Sáng 20/11, Sở GD&ĐT Quảng Ninh tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
              "(20/11/1982 - 20/11/2026), tôn vinh 86 nhà giáo tiêu biểu.", "lead"),
            _img("gap_mat_20_11_4d5b6a", "(Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu)",
                 "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu"),
            P("Toàn ngành Giáo dục Quảng Ninh hiện có hơn 21.000 cán bộ quản lý, giáo viên, nhân viên; tỷ lệ "
              "giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019 đạt 97,6%."),
            P("“Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người.”", "quote"),
            P("Phát biểu tại buổi gặp mặt, lãnh đạo tỉnh nhắc lại lời dạy của Chủ tịch Hồ Chí Minh và mong "
              "muốn đội ngũ nhà giáo tiếp tục giữ gìn phẩm chất, đổi mới sáng tạo."),
        ],
        authors=["Thu Chung"],
        source="Báo Quảng Ninh",
        summary="Sáng 20/11, Sở GD&ĐT Quảng Ninh tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026), tôn vinh 86 nhà giáo tiêu biểu.",
        opts={"seo": "Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11", "poster": "bientap.qn",
              "tacgia": "Thu Chung", "nguon": ("Theo", "Báo Quảng Ninh", "https://baoquangninh.vn/"),
              "slider": True, "pub": "2026-11-20T02:35:50.000Z"},
    ),
    Story(
        306,
        "truong-thpt-hon-gai-to-chuc-ngay-hoi-stem-nam-2026",
        "Trường THPT Hòn Gai tổ chức Ngày hội STEM năm 2026",
        "giao-duc-trung-hoc",
        "2026-11-18",
        [
            P("Ngày 18/11, Trường THPT Hòn Gai tổ chức Ngày hội STEM năm 2026 với chủ đề “Sáng tạo vì môi "
              "trường biển”."),
            P("Thời gian: 7 giờ 30, thứ Tư ngày 18/11/2026."),
            P("Địa điểm: sân trường THPT Hòn Gai, phường Hồng Gai, thành phố Hạ Long.", "nl"),
            P("Thành phần: 1.250 học sinh và 84 giáo viên của nhà trường.", "nl"),
            _img("stem_hon_gai_e1f2a3", None, None, "bare"),
            P("Mỗi lớp mang đến một sản phẩm: mô hình lọc nước biển, robot thu gom rác, thuyền năng lượng mặt "
              "trời…; 12 sản phẩm xuất sắc được chọn tham gia Cuộc thi Khoa học kỹ thuật cấp tỉnh."),
        ],
        authors=["Nguyễn Thị Hương Giang"],
        opts={"seo": "Ngày hội STEM THPT Hòn Gai", "poster": "bientap.qn", "day_only": True, "by_id": True,
              "tacgia": "Nguyễn Thị Hương Giang - Trường THPT Hòn Gai",
              "pub": "2026-11-20T01:02:11.000Z"},
    ),
    Story(
        303,
        "thong-bao-to-chuc-hoi-thao-doi-moi-phuong-phap-day-hoc-mon-lich-su",
        "Thông báo tổ chức Hội thảo khoa học “Đổi mới phương pháp dạy học môn Lịch sử”",
        "thong-bao",
        "2026-11-13T16:05:00+07:00",
        [
            P("Sở GD&ĐT Quảng Ninh thông báo tổ chức Hội thảo khoa học “Đổi mới phương pháp dạy học môn Lịch "
              "sử theo Chương trình GDPT 2018” như sau:"),
            P("Thời gian: ngày 26/11/2026; địa điểm: Hội trường tầng 3, Sở GD&ĐT."),
            P("Chương trình dự kiến", "h3"),
            P("07h30 - 08h00: Đón tiếp đại biểu", "code"),
            P("08h00 - 08h15: Khai mạc Hội thảo", "code"),
            P("08h15 - 10h30: Trình bày tham luận", "code"),
            P("10h30 - 11h15: Thảo luận, tổng kết", "code"),
            P("Đề nghị các đơn vị cử người tham dự đúng thành phần, gửi tham luận về Phòng Giáo dục Trung học "
              "trước ngày 20/11/2026."),
            Raw("<!--[--><p><!----><strong>Văn phòng Sở</strong><!----></p><!--]-->"),
        ],
        authors=["Văn phòng Sở"],
        opts={"seo": "Hội thảo đổi mới PPDH môn Lịch sử", "poster": "vanphong.sgd",
              "pub": "2026-11-13T09:05:40.000Z"},
    ),
    Story(
        299,
        "nang-cao-chat-luong-day-tieng-anh-lop-1-lop-2",
        "Tiểu học Quảng Ninh: Nâng cao chất lượng dạy Tiếng Anh lớp 1, lớp 2",
        "mam-non-tieu-hoc",
        "2026-11-09T08:00:00+07:00",
        [
            P("Năm học 2026-2027, 100% trường tiểu học trên địa bàn tỉnh tổ chức dạy Tiếng Anh tự chọn cho học "
              "sinh lớp 1, lớp 2 với thời lượng 2 tiết/tuần."),
            P("Để bảo đảm chất lượng, Sở GD&ĐT đã tổ chức bồi dưỡng phương pháp dạy tiếng Anh cho trẻ nhỏ cho "
              "260 giáo viên, tập trung vào kỹ năng nghe, nói qua bài hát, trò chơi."),
            Raw("@related"),
            _img("tieng_anh_lop_1_9c8d7e", "Một giờ học Tiếng Anh của học sinh lớp 1 Trường Tiểu học Cao Thắng.",
                 "Một giờ học Tiếng Anh của học sinh lớp 1 Trường Tiểu học Cao Thắng."),
            P("Nhiều trường đã ứng dụng phần mềm luyện phát âm, kết nối lớp học với người nước ngoài qua các "
              "nền tảng trực tuyến."),
            P("Kết quả khảo sát đầu năm cho thấy hơn 90% học sinh lớp 2 mạnh dạn giao tiếp bằng các mẫu câu "
              "đơn giản."),
        ],
        authors=["Hà Phương"],
        opts={"seo": "Dạy Tiếng Anh lớp 1, lớp 2 ở Quảng Ninh", "poster": "bientap.qn", "tacgia": "Hà Phương",
              "related": [315, 279], "pub": "2026-11-09T01:00:00.000Z"},
    ),
    Story(
        295,
        "huong-dan-to-chuc-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        "Hướng dẫn tổ chức kiểm tra giữa học kỳ I năm học 2026-2027",
        "khao-thi-kiem-dinh",
        "2026-11-04",
        [
            P("Sở GD&ĐT vừa ban hành văn bản hướng dẫn các cơ sở giáo dục tổ chức kiểm tra, đánh giá giữa học "
              "kỳ I năm học 2026-2027."),
            P("Về thời gian", "h3"),
            P("Các đơn vị chủ động tổ chức kiểm tra từ ngày 09/11 đến ngày 21/11/2026, bảo đảm không kiểm tra "
              "quá 3 môn/ngày."),
            P("Về đề kiểm tra", "h3"),
            P("Đề kiểm tra bảo đảm yêu cầu cần đạt của chương trình;", "ul"),
            P("Tỷ lệ câu hỏi vận dụng tối thiểu 30%;", "ul"),
            P("Môn Ngữ văn sử dụng ngữ liệu mới, ngoài sách giáo khoa.", "ul"),
            _attach("Công văn số 3102/SGDĐT-GDTrH", "CV_3102_SGDDT_GDTrH_d4e5f6.pdf", "312 KB"),
        ],
        opts={"seo": "Hướng dẫn kiểm tra giữa HKI 2026-2027", "poster": "admin", "midnight": True,
              "pub": "2026-11-04T02:20:00.000Z"},
    ),
    Story(
        290,
        "day-manh-giao-duc-huong-nghiep-phan-luong-hoc-sinh-sau-thcs",
        "Quảng Ninh đẩy mạnh giáo dục hướng nghiệp, phân luồng học sinh sau THCS",
        "giao-duc-trung-hoc",
        "2026-10-29T10:20:00+07:00",
        [
            P("Để đạt kết quả này, các trường THCS đã đưa nội dung hướng nghiệp vào hoạt động trải nghiệm từ "
              "lớp 6, tổ chức cho học sinh tham quan doanh nghiệp, trường cao đẳng trên địa bàn."),
            _img("huong_nghiep_thcs_3b4c5d",
                 "Học sinh tham quan xưởng thực hành Trường Cao đẳng Than - Khoáng sản Việt Nam.",
                 "Học sinh tham quan xưởng thực hành Trường Cao đẳng Than - Khoáng sản Việt Nam."),
            P("Sở GD&ĐT phối hợp với Sở Nội vụ tổ chức 14 buổi tư vấn tuyển sinh tại các địa phương, thu hút "
              "hơn 9.000 học sinh và phụ huynh."),
            P("Thời gian tới, ngành tiếp tục nâng cao năng lực đội ngũ giáo viên làm công tác tư vấn, hướng "
              "nghiệp."),
        ],
        authors=["Lê Quang Huy"],
        summary="Năm học 2026-2027, tỷ lệ học sinh tốt nghiệp THCS đi học nghề, giáo dục thường xuyên của tỉnh "
        "đạt 31%, vượt chỉ tiêu đề ra.",
        sapo_outside=True,
        opts={"seo": "Hướng nghiệp, phân luồng sau THCS", "poster": "bientap.qn", "tacgia": "TS. Lê Quang Huy",
              "pub": "2026-10-29T03:24:18.000Z"},
    ),
    Story(
        284,
        "doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-chuan-bi-nam-hoc-tai-quang-ninh",
        "Đoàn công tác Bộ GD&ĐT kiểm tra công tác chuẩn bị năm học tại Quảng Ninh",
        "tin-tuc-su-kien",
        "2026-10-22T15:00:00+07:00",
        [
            P("Chiều 22/10, đoàn công tác của Bộ GD&ĐT do Thứ trưởng làm trưởng đoàn đã kiểm tra công tác chuẩn "
              "bị và triển khai nhiệm vụ năm học 2026-2027 tại Quảng Ninh."),
            _img("doan_bo_kiem_tra_6e7f80", "Đoàn công tác kiểm tra cơ sở vật chất Trường THCS Trọng Điểm.",
                 "Đoàn công tác kiểm tra cơ sở vật chất Trường THCS Trọng Điểm."),
            P("Đoàn đã đến thăm Trường THCS Trọng Điểm và Trường Tiểu học Trần Quốc Toản, thành phố Hạ Long; "
              "làm việc với Sở GD&ĐT về tình hình đội ngũ, cơ sở vật chất."),
            P("Thứ trưởng ghi nhận Quảng Ninh là một trong những địa phương đi đầu cả nước về đầu tư cho giáo "
              "dục, đề nghị tỉnh quan tâm giải quyết tình trạng thiếu giáo viên các môn học mới."),
        ],
        authors=["Minh Hằng"],
        photographers=["Minh Hằng"],
        opts={"seo": "Bộ GD&ĐT kiểm tra chuẩn bị năm học tại Quảng Ninh", "poster": "bientap.qn",
              "tacgia": "Tin, ảnh: Minh Hằng", "pub": "2026-10-22T08:03:00.000Z"},
    ),
    Story(
        279,
        "ba-che-huy-dong-tre-dan-toc-thieu-so-ra-lop",
        "Huyện Ba Chẽ huy động trẻ em dân tộc thiểu số ra lớp",
        "mam-non-tieu-hoc",
        "2026-10-14T09:10:00+07:00",
        [
            P("Đầu năm học 2026-2027, huyện Ba Chẽ đã huy động 99,2% trẻ từ 3 đến 5 tuổi ra lớp, trong đó trẻ "
              "em dân tộc thiểu số chiếm hơn 70%."),
            _img("ba_che_lop_mam_non_1a2b3c", "(Giờ học của trẻ tại điểm trường bản Khe Lạnh, xã Thanh Sơn)",
                 "Giờ học của trẻ tại điểm trường bản Khe Lạnh, xã Thanh Sơn"),
            P("Nhiều giáo viên đã đến tận từng hộ gia đình vận động, đồng thời tăng cường dạy tiếng Việt cho trẻ "
              "qua các hoạt động giao tiếp hằng ngày."),
            _img("ba_che_bua_trua_4d5e6f", "(Bữa trưa bán trú của trẻ được bảo đảm dinh dưỡng)",
                 "Bữa trưa bán trú của trẻ được bảo đảm dinh dưỡng"),
            P("Huyện hiện có 100% điểm trường lẻ được đầu tư nước sạch, nhà vệ sinh đạt chuẩn."),
        ],
        authors=["Đức Hiếu"],
        source="Cổng TTĐT tỉnh Quảng Ninh",
        opts={"seo": "Ba Chẽ huy động trẻ dân tộc thiểu số ra lớp", "poster": "bientap.qn", "tacgia": "Đức Hiếu",
              "nguon": ("Nguồn:", "Cổng TTĐT tỉnh Quảng Ninh", "https://www.quangninh.gov.vn/"),
              "by_id": True, "pub": "2026-10-14T02:10:00.000Z"},
    ),
    Story(
        272,
        "khai-mac-hoi-khoe-phu-dong-tinh-quang-ninh-lan-thu-xi",
        "Khai mạc Hội khỏe Phù Đổng tỉnh Quảng Ninh lần thứ XI",
        "giao-duc-trung-hoc",
        "2026-10-06T07:45:00+07:00",
        [
            P("Sáng 6/10, tại Nhà thi đấu thể thao tỉnh, Hội khỏe Phù Đổng tỉnh Quảng Ninh lần thứ XI năm 2026 "
              "chính thức khai mạc."),
            _img("hkpd_khai_mac_7a8b9c", "Màn đồng diễn chào mừng tại Lễ khai mạc.",
                 "Màn đồng diễn chào mừng tại Lễ khai mạc."),
            P("Quy mô lớn nhất từ trước đến nay", "h2"),
            P("Hội khỏe năm nay có hơn 2.800 vận động viên là học sinh đến từ 13 địa phương, tranh tài ở 14 môn "
              "thi đấu."),
            P("Các môn thi đấu mới", "h3"),
            P("Lần đầu tiên, các môn cờ vua nhanh, bóng rổ 3x3 và kéo co được đưa vào chương trình thi đấu."),
            P("Lịch thi đấu", "h2"),
            P("Các môn thi diễn ra từ ngày 6/10 đến 15/10/2026 tại 6 địa điểm trên địa bàn thành phố Hạ Long."),
        ],
        authors=["Quang Minh"],
        photographers=["Đỗ Phương"],
        opts={"seo": "Khai mạc HKPĐ tỉnh lần thứ XI", "poster": "bientap.qn", "toc": True,
              "tacgia": "Tin: Quang Minh - Ảnh: Đỗ Phương", "pub": "2026-10-06T01:00:00.000Z"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
LIST_SIZE = 5
CAT_SIZE = 3


def _dt(story: Story) -> datetime:
    value = story.published_at or ""
    if len(value) == 10:
        return datetime.fromisoformat(value + "T00:00:00+07:00")
    return datetime.fromisoformat(value)


def vi_full(dt: datetime, with_time: bool = True) -> str:
    """``Intl.DateTimeFormat('vi-VN', {dateStyle:'full', timeStyle:'short'})``: time first."""
    day = f"{WEEKDAYS[dt.weekday()]}, {dt.day} tháng {dt.month}, {dt.year}"
    return f"{dt:%H:%M} {day}" if with_time else day


def utc_z(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def card_time(story: Story) -> str:
    """List cards: relative time for the last week, dd/mm/yyyy before."""
    days = (TODAY_DATE - _dt(story).date()).days
    if days <= 0:
        return "Hôm nay"
    if days < 7:
        return f"{days} ngày trước"
    return f"{_dt(story):%d/%m/%Y}"


def story_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


def thumb(story: Story) -> str:
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    if first is None:
        return "/uploads/thumbnail_mac_dinh_sgddt.jpg"
    return first.src.replace("/large_", "/thumbnail_")


def description(story: Story) -> str:
    if story.summary:
        return story.summary
    if story.opts.get("mo_ta_hidden"):
        return story.opts["mo_ta_hidden"]
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first[:157] + "…" if len(first) > 160 else first


# --- devalue-ish serializers ----------------------------------------------------------------

_IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def uneval(value) -> str:
    """A JS literal as ``devalue.uneval`` writes it (identifier keys unquoted)."""
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            key = k if _IDENT.match(k) else json.dumps(k, ensure_ascii=False)
            items.append(f"{key}:{uneval(v)}")
        return "{" + ",".join(items) + "}"
    if isinstance(value, list):
        return "[" + ",".join(uneval(v) for v in value) + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    out = json.dumps(value, ensure_ascii=False)
    return out.replace("</", "\\u003C/")


def flatten(value) -> list:
    """``devalue.stringify``'s flat form: the root at 0, every value referenced by index."""
    table: list = []

    def put(v) -> int:
        index = len(table)
        table.append(None)
        if isinstance(v, dict):
            table[index] = {k: put(x) for k, x in v.items()}
        elif isinstance(v, list):
            table[index] = [put(x) for x in v]
        else:
            table[index] = v
        return index

    put(value)
    return table


# --- Strapi blocks --------------------------------------------------------------------------


def _children(p: P) -> list[dict]:
    """Text nodes of a paragraph, with the marks its style names (``b=…``, ``i=…``, ``lead``)."""
    text = p.text
    for token in p.style.split(";"):
        if token == "lead":
            return [{"type": "text", "text": text, "bold": True}]
        if token.startswith(("b=", "i=")):
            mark = token[2:]
            start = text.index(mark)
            flag = "bold" if token[0] == "b" else "italic"
            nodes = []
            if start:
                nodes.append({"type": "text", "text": text[:start]})
            nodes.append({"type": "text", "text": mark, flag: True})
            if text[start + len(mark):]:
                nodes.append({"type": "text", "text": text[start + len(mark):]})
            return nodes
    return [{"type": "text", "text": text}]


def _kind(block) -> str:
    if isinstance(block, Img):
        return "image"
    if isinstance(block, Raw):
        return "raw"
    tokens = block.style.split(";")
    for kind in ("h2", "h3", "ul", "ol", "ol2", "quote", "code", "nl"):
        if kind in tokens:
            return kind
    return "paragraph"


def strapi_blocks(story: Story) -> list[dict]:
    """The entry's ``noi_dung`` as Strapi 4's blocks JSON (what the data blob carries)."""
    out: list[dict] = []
    for block in story.blocks:
        kind = _kind(block)
        if kind == "raw":
            continue
        if kind == "image":
            name = block.src.rsplit("/", 1)[1].replace("large_", "")
            out.append({"type": "image", "image": {"name": name, "alternativeText": name, "url": block.src,
                                                   "width": 1000, "height": 667}, "children": [{"type": "text", "text": ""}]})
            if block.style == "em":
                out.append({"type": "paragraph", "children": [{"type": "text", "text": block.printed, "italic": True}]})
        elif kind in ("h2", "h3"):
            out.append({"type": "heading", "level": int(kind[1]), "children": _children(block)})
        elif kind in ("ul", "ol", "ol2"):
            item = {"type": "list-item", "children": _children(block)}
            fmt = "unordered" if kind == "ul" else "ordered"
            if kind == "ol2":
                parent = out[-1]["children"][-1]
                if parent["children"] and parent["children"][-1]["type"] == "list":
                    parent["children"][-1]["children"].append(item)
                else:
                    parent["children"].append({"type": "list", "format": "ordered", "indentLevel": 1,
                                               "children": [item]})
            elif out and out[-1]["type"] == "list" and out[-1]["format"] == fmt:
                out[-1]["children"].append(item)
            else:
                out.append({"type": "list", "format": fmt, "children": [item]})
        elif kind == "quote":
            out.append({"type": "quote", "children": _children(block)})
        elif kind == "code":
            if out and out[-1]["type"] == "code":
                out[-1]["children"][0]["text"] += "\n" + block.text
            else:
                out.append({"type": "code", "children": [{"type": "text", "text": block.text}]})
        elif kind == "nl":
            out[-1]["children"][-1]["text"] += "\n" + block.text
        else:
            out.append({"type": "paragraph", "children": _children(block)})
    return out


def _render_text(nodes: list[dict]) -> str:
    parts = []
    for node in nodes:
        if node["type"] == "list":
            continue
        inner = esc(node["text"])
        if node.get("bold"):
            inner = f"<strong>{inner}</strong>"
        if node.get("italic"):
            inner = f"<em>{inner}</em>"
        parts.append(f"<!---->{inner}")
    return "".join(parts) + "<!---->"


def _render_list(node: dict) -> str:
    tag = "ol" if node["format"] == "ordered" else "ul"
    items = []
    for item in node["children"]:
        nested = "".join(_render_list(c) for c in item["children"] if c["type"] == "list")
        items.append(f"<!--[--><li>{_render_text(item['children'])}{nested}</li><!--]-->")
    return f"<{tag}>{''.join(items)}</{tag}>"


def _picture(img: Img, alt: str) -> str:
    base = img.src.rsplit("/", 1)[1].replace("large_", "").rsplit(".", 1)[0]
    webp = ", ".join(f"/uploads/{f}_{base}.webp {w}w" for f, w in (("small", 500), ("medium", 750),
                                                                   ("large", 1000)))
    jpg = ", ".join(f"/uploads/{f}_{base}.jpg {w}w" for f, w in (("small", 500), ("medium", 750), ("large", 1000)))
    return (f'<picture class="{H}"><source type="image/webp" srcset="{webp}" sizes="(max-width: 768px) 100vw, 760px">'
            f'<img src="{img.src}" srcset="{jpg}" alt="{esc(alt)}" width="1000" height="667" loading="lazy" '
            f'decoding="async" class="{H}"></picture>')


def render_body(story: Story) -> str:
    """The dynamic zone: rich-text sections (blocks) with the other components between them."""
    heading_no = 0
    out: list[str] = []
    blocks_json = strapi_blocks(story)
    raws = iter([b for b in story.blocks if isinstance(b, Raw)])
    json_iter = iter(blocks_json)
    emitted_json = 0
    total_json = len(blocks_json)
    imgs = [b for b in story.blocks if isinstance(b, Img)]
    img_iter = iter(imgs)
    section_open = False

    def open_section():
        nonlocal section_open
        if not section_open:
            out.append(f'<!--[--><div class="dz dz-rt {H}">')
            section_open = True

    def close_section():
        nonlocal section_open
        if section_open:
            out.append("</div><!--]-->")
            section_open = False

    # how many JSON nodes precede each Raw: count story blocks that start a new JSON node
    def starts_node(i: int) -> int:
        b = story.blocks[i]
        k = _kind(b)
        if k == "raw" or k == "nl" or k == "ol2":
            return 0
        if k == "image":
            return 2 if b.style == "em" else 1
        if k in ("ul", "ol", "code"):
            prev = next((story.blocks[j] for j in range(i - 1, -1, -1) if _kind(story.blocks[j]) != "ol2"), None)
            return 0 if prev is not None and _kind(prev) == k else 1
        return 1

    plan: list[str] = []
    for i, b in enumerate(story.blocks):
        plan.extend(["raw"] if isinstance(b, Raw) else ["json"] * starts_node(i))
    for step in plan:
        if step == "raw":
            close_section()
            raw = next(raws)
            if raw.html == "@related":
                out.append(related_box(story))
            elif raw.html.startswith("<!--[--><p>"):
                open_section()
                out.append(raw.html)
            else:
                out.append(raw.html)
            continue
        node = next(json_iter)
        emitted_json += 1
        open_section()
        kind = node["type"]
        if kind == "paragraph":
            out.append(f"<!--[--><p>{_render_text(node['children'])}</p><!--]-->")
        elif kind == "heading":
            heading_no += 1
            lvl = node["level"]
            out.append(f'<!--[--><h{lvl} id="muc-{heading_no}">{_render_text(node["children"])}</h{lvl}><!--]-->')
        elif kind == "list":
            out.append(f"<!--[-->{_render_list(node)}<!--]-->")
        elif kind == "quote":
            out.append(f"<!--[--><blockquote>{_render_text(node['children'])}</blockquote><!--]-->")
        elif kind == "code":
            out.append(f"<!--[--><pre><code>{esc(node['children'][0]['text'])}</code></pre><!--]-->")
        elif kind == "image":
            img = next(img_iter)
            alt = node["image"]["alternativeText"]
            if img.style == "fig" and img.printed:
                out.append(f'<!--[--><figure class="{H}">{_picture(img, alt)}'
                           f'<figcaption class="{H}">{esc(img.printed)}</figcaption></figure><!--]-->')
            else:
                out.append(f'<!--[--><figure class="{H}">{_picture(img, alt)}</figure><!--]-->')
    close_section()
    assert emitted_json == total_json, (story.slug, emitted_json, total_json)
    return "".join(out)


def related_box(story: Story) -> str:
    items = "".join(
        f'<!--[--><li><a href="{story_path(BY_ID[i])}" class="{H}">{esc(BY_ID[i].title)}</a></li><!--]-->'
        for i in story.opts.get("related", [])
    )
    return f'<!--[--><aside class="dz dz-lq {H}"><span class="lq-nhan {H}">Đọc thêm</span><ul>{items}</ul></aside><!--]-->'


def toc(story: Story) -> str:
    heads = [b for b in story.blocks if isinstance(b, P) and _kind(b) in ("h2", "h3")]
    if not story.opts.get("toc") or not heads:
        return ""
    items = "".join(
        f'<!--[--><li class="ml-{_kind(b)} {H}"><a href="#muc-{n}">{esc(b.text)}</a></li><!--]-->'
        for n, b in enumerate(heads, 1)
    )
    return (f'<details open class="mluc {H}"><summary class="{H}">Mục lục</summary>'
            f'<ol class="{H}">{items}</ol></details>')


# --- chrome -------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu#chuc-nang", "Chức năng, nhiệm vụ"),
                                   ("/gioi-thieu#lanh-dao", "Lãnh đạo Sở")]),
    ("/tin-tuc", "Tin tức", [(f"/chuyen-muc/{slug}", name) for slug, name in CATS.items()]),
    ("/van-ban", "Văn bản", []),
    ("/thu-vien-anh/ngay-hoi-stem-2026", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for href, label, subs in MENU:
        sub = ""
        if subs:
            sub = f'<ul class="dd {HL}">' + "".join(
                f'<!--[--><li><a href="{h}" class="{HL}">{esc(t)}</a></li><!--]-->' for h, t in subs) + "</ul>"
        items.append(f'<!--[--><li class="mn {HL}"><a href="{href}" class="{HL}">{esc(label)}</a>{sub}</li><!--]-->')
    return f'<nav class="mnu {HL}"><ul class="{HL}">{"".join(items)}</ul></nav>'


def _sidebar() -> str:
    most = "".join(
        f'<!--[--><li class="{HL}"><span class="so {HL}">{n}</span><a href="/tin-tuc/{s.id}" class="{HL}">'
        f"{esc(s.title)}</a></li><!--]-->"
        for n, s in enumerate([s for s in STORIES if s.opts.get("by_id")], 1)
    )
    links = "".join(
        f'<li><a href="{u}" target="_blank" rel="noopener">{esc(t)}</a></li>'
        for u, t in (("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"),
                     ("https://www.quangninh.gov.vn/", "Cổng TTĐT tỉnh Quảng Ninh"),
                     ("https://baoquangninh.vn/", "Báo Quảng Ninh"))
    )
    return (
        f'<aside class="cot-phai {HL}">'
        f'<section class="kh {HL}"><h3 class="{HL}">Đọc nhiều</h3><ol class="{HL}">{most}</ol></section>'
        f'<section class="kh {HL}"><h3 class="{HL}">Liên kết website</h3><ul>{links}</ul></section>'
        f'<section class="kh {HL}"><h3 class="{HL}">Thăm dò ý kiến</h3>'
        f'<p class="{HL}">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>'
        f'<label><input type="radio" name="bc" value="1"> Rất hài lòng</label>'
        f'<label><input type="radio" name="bc" value="2"> Hài lòng</label>'
        f'<label><input type="radio" name="bc" value="3"> Chưa hài lòng</label>'
        f'<button type="button" class="{HL}">Bình chọn</button></section>'
        f'<section class="kh tk {HL}"><h3 class="{HL}">Thống kê truy cập</h3>'
        f'<div class="{HL}">Đang online: <b>127</b></div><div class="{HL}">Hôm nay: <b>3.415</b></div>'
        f'<div class="{HL}">Tổng truy cập: <b>8.902.117</b></div></section>'
        "</aside>"
    )


def _crumbs(items: list[tuple[str | None, str]]) -> str:
    parts = []
    for href, label in items:
        if href:
            parts.append(f'<!--[--><li class="{HL}"><a href="{href}" class="{HL}">{esc(label)}</a></li><!--]-->')
        else:
            parts.append(f'<!--[--><li class="{HL}" aria-current="page">{esc(label)}</li><!--]-->')
    return f'<nav class="bc {HL}" aria-label="breadcrumb"><ol class="{HL}">{"".join(parts)}</ol></nav>'


def shell(request: Request, *, title: str, desc: str, canonical: str, main: str, crumbs: list,
          data: dict, node: int, og_type: str = "website", head_extra: str = "", og_title: str | None = None) -> str:
    base = base_url(request)
    data_js = uneval([None, {"type": "data", "data": data, "uses": {"url": 1}}])
    return (
        '<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n'
        '<link rel="icon" href="/favicon.png" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        '<link href="/_app/immutable/assets/0.C3x9Qm1a.css" rel="stylesheet">\n'
        '<link href="/_app/immutable/assets/Article.Bz81kLqe.css" rel="stylesheet">\n'
        '<link rel="modulepreload" href="/_app/immutable/entry/start.Dk2Lr8fQ.js">\n'
        '<link rel="modulepreload" href="/_app/immutable/chunks/entry.Cq0x7YvA.js">\n'
        '<link rel="modulepreload" href="/_app/immutable/entry/app.BfT1n0cW.js">\n'
        f"<!--1ixqh6k--><title>{esc(title)}</title>"
        f'<meta name="description" content="{esc(desc)}">'
        f'<link rel="canonical" href="{base}{canonical}">'
        f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{esc(og_title or title)}">'
        f'<meta property="og:url" content="{base}{canonical}">{head_extra}<!---->\n'
        "</head>\n"
        '<body data-sveltekit-preload-data="hover">\n'
        '<div style="display: contents"><!--[--><!--[--><!---->'
        f'<div class="tb {HL}"><span class="{HL}">{HEADER_TODAY}</span>'
        f'<span class="{HL}">Hotline: 0203.3835.541</span></div>'
        f'<header class="dh {HL}"><a href="/" class="logo {HL}"><img src="/images/logo-sgddt-qn.png" '
        f'alt="Logo Sở GD&amp;ĐT Quảng Ninh" class="{HL}"></a><div class="{HL}"><div class="t1 {HL}">'
        f"UBND TỈNH QUẢNG NINH</div><div class=\"t2 {HL}\">{esc(SITE_TITLE.upper())}</div></div></header>"
        f"{_menu()}"
        f'<div class="wrap {HL}">{_crumbs(crumbs)}<div class="cols {HL}"><main class="{HL}">'
        f"<!--[-->{main}<!--]--></main>{_sidebar()}</div></div>"
        f'<footer class="ch {HL}"><p class="{HL}"><b>{esc(SITE_TITLE)}</b></p>'
        f'<p class="{HL}">Địa chỉ: Tầng 10, Trụ sở Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long, '
        f"tỉnh Quảng Ninh</p>"
        f'<p class="{HL}">Điện thoại: 0203.3835.541 - Email: sgddt@quangninh.gov.vn</p>'
        f'<p class="{HL}">© 2026 Bản quyền thuộc Sở GD&amp;ĐT Quảng Ninh. Ghi rõ nguồn khi phát hành lại '
        f"thông tin từ website này.</p></footer>"
        "<!--]--><!--]-->\n"
        "<script>\n{\n__sveltekit_1q8x2ab = {\nbase: new URL(\".\", location).pathname.slice(0, -1)\n};\n"
        "const element = document.currentScript.parentElement;\n"
        f"const data = {data_js};\n"
        "Promise.all([\nimport(\"/_app/immutable/entry/start.Dk2Lr8fQ.js\"),\n"
        "import(\"/_app/immutable/entry/app.BfT1n0cW.js\")\n]).then(([kit, app]) => {\n"
        f"kit.start(app, element, {{\nnode_ids: [0, {node}],\ndata,\nform: null,\nerror: null\n}});\n}});\n}}\n"
        "</script>\n</div>\n</body>\n</html>\n"
    )


# --- pages --------------------------------------------------------------------------------


def strapi_entry(story: Story) -> dict:
    dt = _dt(story)
    return {
        "id": story.id,
        "attributes": {
            "tieu_de": story.title,
            "slug": story.slug,
            "mo_ta": story.summary if story.sapo_outside else story.opts.get("mo_ta_hidden"),
            "ngay_dang": story.published_at[:10] if story.opts.get("day_only") else utc_z(dt),
            "noi_dung": strapi_blocks(story),
            "tac_gia": story.opts.get("tacgia"),
            "luot_xem": story.views(),
            "createdAt": story.opts["pub"],
            "updatedAt": "2026-12-04T09:20:00.000Z",
            "publishedAt": story.opts["pub"],
            "chuyen_muc": {"data": {"id": list(CATS).index(story.cat) + 1,
                                    "attributes": {"ten": CATS[story.cat], "slug": story.cat}}},
            "seo": {"metaTitle": story.opts["seo"], "metaDescription": description(story)},
        },
    }


def card(story: Story, cls: str = "the", href: str | None = None) -> str:
    href = href or story_path(story)
    return (
        f'<!--[--><article class="{cls} {HL}"><a href="{href}" class="anh {HL}"><img src="{thumb(story)}" '
        f'alt="{esc(story.title)}" loading="lazy" class="{HL}"></a><div class="{HL}">'
        f'<h3 class="{HL}"><a href="{href}" class="{HL}">{esc(story.title)}</a></h3>'
        f'<span class="tg {HL}">{card_time(story)}</span>'
        f'<p class="mt {HL}">{esc(description(story))}</p></div></article><!--]-->'
    )


def article_page(request: Request, story: Story) -> Response:
    dt = _dt(story)
    canonical = story_path(story)
    if story.opts.get("day_only"):
        time_html = f'<time datetime="{story.published_at}" class="{H}">{vi_full(dt, False)}</time>'
    else:
        time_html = f'<time datetime="{utc_z(dt)}" class="{H}">{vi_full(dt)}</time>'
    meta = [
        f'<span class="ng {H}">🕒 {time_html}</span>',
        f'<span class="nd {H}">Người đăng: {esc(story.opts["poster"])}</span>',
        f'<span class="lx {H}">👁 {story.views():,} lượt xem</span>'.replace(",", "."),
        f'<span class="pd {H}">⏱ {2 + len(story.blocks) // 3} phút đọc</span>',
    ]
    if story.opts.get("tacgia"):
        meta.append(f'<span class="tg {H}">Tác giả: <b>{esc(story.opts["tacgia"])}</b></span>')
    mota = ""
    if story.summary and story.sapo_outside:
        mota = f'<div class="tt-mota {H}"><p class="{H}"><strong>{esc(story.summary)}</strong></p></div>'
    source = ""
    if story.opts.get("nguon"):
        lead, name, url = story.opts["nguon"]
        source = (f'<div class="tt-nguon {H}">{esc(lead)} <a href="{url}" target="_blank" rel="noopener" '
                  f'class="{H}">{esc(name)}</a></div>')
    author_card = ""
    if story.opts.get("card"):
        name, post = story.opts["card"]
        author_card = (f'<div class="tg-the {H}"><img src="/uploads/thumbnail_avatar_vmd_5c1e2f.jpg" alt="" '
                       f'class="{H}"><div class="{H}"><b class="{H}">{esc(name)}</b><span class="{H}">'
                       f"{esc(post)}</span></div></div>")
    others = [s for s in STORIES if s.id != story.id][:4]  # the API's newest four, whatever the category
    others_html = "".join(
        f'<!--[--><li class="{H}"><a href="{story_path(s)}" class="{H}">{esc(s.title)}</a> '
        f'<span class="{H}">({card_time(s)})</span></li><!--]-->' for s in others
    )
    share_url = quote(base_url(request) + canonical, safe="")
    main = (
        f'<article class="ct-bv {H}"><h1 class="td {H}">{esc(story.title)}</h1>'
        f'<div class="tt-meta {H}">{"".join(meta)}</div>'
        f"{mota}{toc(story)}"
        f'<div class="nd-bv {H}" style="white-space: pre-line">{render_body(story)}</div>'
        f"{source}{author_card}"
        f'<div class="tt-cn {H}">Cập nhật lần cuối: 16:20 Thứ Sáu, 4 tháng 12, 2026</div>'
        f'<div class="tt-the {H}">Từ khóa: <span class="{H}">#{esc(CATS[story.cat].lower())}</span> '
        f'<span class="{H}">#sgddtquangninh</span></div>'
        f'<div class="chiase {H}"><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" '
        f'target="_blank" rel="noopener" class="{H}">Chia sẻ Facebook</a>'
        f'<a href="https://zalo.me/share?u={share_url}" target="_blank" rel="noopener" class="{H}">Zalo</a>'
        f'<button type="button" onclick="window.print()" class="{H}">🖨 In bài</button></div>'
        f'</article><section class="tk {H}"><h2 class="{H}">Các tin khác</h2><ul class="{H}">{others_html}'
        "</ul></section>"
    )
    img = next((b for b in story.blocks if isinstance(b, Img)), None)
    head = (f'<meta property="article:published_time" content="{story.opts["pub"]}">'
            f'<meta property="article:modified_time" content="2026-12-04T09:20:00.000Z">')
    if img:
        head += f'<meta property="og:image" content="{base_url(request)}{img.src}">'
    page = shell(
        request,
        title=f"{story.opts['seo']} | Sở GD&ĐT Quảng Ninh",
        desc=description(story),
        canonical=canonical,
        main=main,
        crumbs=[("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (f"/chuyen-muc/{story.cat}", CATS[story.cat])],
        data={"bai_viet": strapi_entry(story),
              "lien_quan": [strapi_entry(s)["attributes"] | {"noi_dung": None} for s in others[:2]]},
        node=7,
        og_type="article",
        head_extra=head,
    )
    return html(page)


def _pager(page: int, pages: int, endpoint: str) -> str:
    if pages <= 1:
        return ""
    links = []
    if page > 1:
        links.append(f'<a href="?page={page - 1}" class="{HL}" rel="prev">‹ Trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<span class="ht {HL}" aria-current="page">{n}</span>')
        else:
            links.append(f'<a href="?page={n}" class="{HL}">{n}</a>')
    if page < pages:
        links.append(f'<a href="?page={page + 1}" class="{HL}" rel="next">Sau ›</a>')
    more = ""
    if page < pages:
        more = (f'<button type="button" class="xemthem {HL}" data-endpoint="{endpoint}?page={page + 1}'
                f'&amp;x-sveltekit-invalidated=01">Xem thêm</button>')
    return (f'{more}<nav class="phantrang {HL}"><span class="{HL}">Trang {page} / {pages}</span>'
            f'{"".join(links)}</nav>')


def _page_no(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def list_page(request: Request, path: str, heading: str, stories: list[Story], size: int,
              crumbs: list) -> Response | None:
    page = _page_no(request)
    pages = max(1, -(-len(stories) // size))
    if page is None or page > pages:
        return None
    chunk = stories[(page - 1) * size: page * size]
    main = (f'<section class="ds {HL}"><h1 class="{HL}">{esc(heading)}</h1>'
            f'{"".join(card(s) for s in chunk)}{_pager(page, pages, path.rstrip("/") + "/__data.json")}</section>')
    return html(shell(request, title=f"{heading} - Trang {page} | Sở GD&ĐT Quảng Ninh", desc=heading,
                      canonical=path + (f"?page={page}" if page > 1 else ""), main=main, crumbs=crumbs,
                      data={"ds": [s.id for s in chunk], "trang": page, "tong_trang": pages}, node=4))


def home(request: Request) -> Response:
    slider = [s for s in STORIES if s.opts.get("slider")]
    slides = "".join(
        f'<!--[--><div class="sl {HL}"><a href="{story_path(s)}?ref=slider" class="{HL}">'
        f'<img src="{s.blocks[0].src.replace("/large_", "/medium_") if isinstance(s.blocks[0], Img) else thumb(s)}" '
        f'alt="{esc(s.title)}" class="{HL}"><span class="{HL}">{esc(s.title)}</span></a></div><!--]-->'
        for s in slider
    )
    latest = "".join(card(s) for s in STORIES[:4])
    boxes = []
    for slug, name in CATS.items():
        first = next(s for s in STORIES if s.cat == slug)
        boxes.append(f'<!--[--><section class="hop {HL}"><h2 class="{HL}"><a href="/chuyen-muc/{slug}" '
                     f'class="{HL}">{esc(name)}</a></h2><p class="{HL}">{esc(first.title)}</p></section><!--]-->')
    albums = (f'<section class="hop {HL}"><h2 class="{HL}">Thư viện ảnh</h2><a href="/thu-vien-anh/ngay-hoi-stem-2026" '
              f'class="{HL}"><img src="/uploads/medium_stem_hon_gai_e1f2a3.jpg" alt="Ngày hội STEM" class="{HL}">'
              f"Ngày hội STEM 2026</a></section>")
    main = (f'<div class="slider {HL}">{slides}</div><section class="moi {HL}"><h2 class="{HL}">Tin mới</h2>'
            f'{latest}<a href="/tin-tuc" class="xt {HL}">Xem tất cả tin tức »</a></section>{"".join(boxes)}{albums}')
    return html(shell(request, title=SITE_TITLE, desc="Cổng thông tin điện tử Sở GD&ĐT Quảng Ninh", canonical="/",
                      main=main, crumbs=[(None, "Trang chủ")], data={"noi_bat": [s.id for s in slider]}, node=2))


DOCS = {
    "ke-hoach-2290-kh-sgddt-chuyen-doi-so-2027": (
        "Kế hoạch số 2290/KH-SGDĐT về chuyển đổi số ngành Giáo dục năm 2027", "2290/KH-SGDĐT", "25/11/2026",
        "Kế hoạch", "KH_2290_SGDDT_0f1e2d.pdf"),
    "cong-van-3102-sgddt-gdtrh-kiem-tra-giua-hk1": (
        "Công văn số 3102/SGDĐT-GDTrH hướng dẫn kiểm tra giữa học kỳ I năm học 2026-2027", "3102/SGDĐT-GDTrH",
        "03/11/2026", "Công văn", "CV_3102_SGDDT_GDTrH_d4e5f6.pdf"),
}


def doc_page(request: Request, slug: str) -> Response:
    title, number, day, kind, file = DOCS[slug]
    rows = "".join(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>" for k, v in (
        ("Số ký hiệu", number), ("Ngày ban hành", day), ("Loại văn bản", kind), ("Cơ quan ban hành", "Sở GD&ĐT"),
        ("Trích yếu", title)))
    main = (f'<section class="vb {HL}"><h1 class="{HL}">{esc(title)}</h1><table class="{HL}">{rows}</table>'
            f'<a href="/uploads/{file}" class="{HL}" download>Tải về ({kind}, PDF)</a></section>')
    return html(shell(request, title=f"{title} | Sở GD&ĐT Quảng Ninh", desc=title, canonical=f"/van-ban/{slug}",
                      main=main, crumbs=[("/", "Trang chủ"), ("/van-ban", "Văn bản"), (None, number)],
                      data={"van_ban": {"so": number, "ngay": day}}, node=9))


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(v[1])}</td><td>{esc(v[2])}</td><td><a href="/van-ban/{k}" class="{HL}">{esc(v[0])}</a>'
        f"</td></tr>" for k, v in DOCS.items())
    main = (f'<section class="vb {HL}"><h1 class="{HL}">Văn bản</h1><table class="{HL}"><thead><tr><th>Số ký hiệu'
            f"</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></section>")
    return html(shell(request, title="Văn bản | Sở GD&ĐT Quảng Ninh", desc="Văn bản", canonical="/van-ban",
                      main=main, crumbs=[("/", "Trang chủ"), (None, "Văn bản")], data={"ds": list(DOCS)}, node=8))


def simple_page(request: Request, path: str, title: str, inner: str) -> Response:
    main = f'<section class="tr {HL}"><h1 class="{HL}">{esc(title)}</h1>{inner}</section>'
    return html(shell(request, title=f"{title} | Sở GD&ĐT Quảng Ninh", desc=title, canonical=path, main=main,
                      crumbs=[("/", "Trang chủ"), (None, title)], data={"trang": path}, node=3))


INTRO = (
    '<h2 id="chuc-nang">Chức năng, nhiệm vụ</h2><p>Sở Giáo dục và Đào tạo tỉnh Quảng Ninh là cơ quan chuyên môn '
    "thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.</p>"
    '<h2 id="lanh-dao">Lãnh đạo Sở</h2><ul><li>Giám đốc Sở</li><li>Các Phó Giám đốc Sở</li></ul>'
)
CONTACT = (
    "<p>Địa chỉ: Tầng 10, Trụ sở Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long, tỉnh Quảng Ninh.</p>"
    "<p>Điện thoại: 0203.3835.541 - Fax: 0203.3835.542</p><p>Email: sgddt@quangninh.gov.vn</p>"
)
ALBUM = "".join(
    f'<figure><img src="/uploads/medium_stem_album_{n}_b7c8d9.jpg" alt="Ngày hội STEM {n}"></figure>'
    for n in range(1, 6)
)


def data_json(request: Request, page_path: str) -> Response | None:
    """``<page>/__data.json``: the page's data in devalue's flat form."""
    if page_path == "/":
        data = {"noi_bat": [s.id for s in STORIES if s.opts.get("slider")]}
    elif page_path.startswith("/tin-tuc/") and page_path[9:] in BY_SLUG:
        data = {"bai_viet": strapi_entry(BY_SLUG[page_path[9:]])}
    elif page_path == "/tin-tuc" or page_path.startswith("/chuyen-muc/"):
        page = _page_no(request) or 1
        cat = page_path[12:] if page_path.startswith("/chuyen-muc/") else None
        if cat is not None and cat not in CATS:
            return None
        pool = [s for s in STORIES if cat is None or s.cat == cat]
        size = LIST_SIZE if cat is None else CAT_SIZE
        data = {"ds": [strapi_entry(s)["attributes"] | {"noi_dung": None}
                       for s in pool[(page - 1) * size: page * size]], "trang": page}
    else:
        return None
    body = {"type": "data", "nodes": [{"type": "skip"}, {"type": "data", "data": flatten(data), "uses": {}}]}
    return Response(200, json.dumps(body, ensure_ascii=False), {"Content-Type": "application/json"})


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/_app/", "/images/")) or path == "/favicon.png":
            return self._asset(path)
        if path.endswith("/__data.json"):
            return data_json(request, path[: -len("/__data.json")] or "/")
        if path != "/" and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return redirect(target, 308)
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            return list_page(request, path, "Tin tức", STORIES, LIST_SIZE, [("/", "Trang chủ"), (None, "Tin tức")])
        if path.startswith("/tin-tuc/"):
            key = path[9:]
            story = BY_ID.get(int(key)) if key.isdigit() else BY_SLUG.get(key)
            return article_page(request, story) if story else None
        if path.startswith("/chuyen-muc/"):
            slug = path[12:]
            if slug not in CATS:
                return None
            return list_page(request, path, CATS[slug], [s for s in STORIES if s.cat == slug], CAT_SIZE,
                             [("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (None, CATS[slug])])
        if path == "/van-ban":
            return doc_list(request)
        if path.startswith("/van-ban/") and path[9:] in DOCS:
            return doc_page(request, path[9:])
        if path == "/gioi-thieu":
            return simple_page(request, path, "Giới thiệu", INTRO)
        if path == "/lien-he":
            return simple_page(request, path, "Liên hệ", CONTACT)
        if path == "/thu-vien-anh/ngay-hoi-stem-2026":
            return simple_page(request, path, "Album: Ngày hội STEM 2026", ALBUM)
        return None

    @staticmethod
    def _asset(path: str) -> Response | None:
        if path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.endswith(".webp"):
            return Response(200, static_file("x.png").body, {"Content-Type": "image/webp"})
        return static_file(path)


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    path = story_path(story)
    alts = []
    if story.opts.get("slider"):
        alts.append(f"{path}?ref=slider")
    if story.opts.get("by_id"):
        alts.append(f"/tin-tuc/{story.id}")
    return gold_record(story, path, CATS[story.cat], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban/ke-hoach-2290-kh-sgddt-chuyen-doi-so-2027",
    "/van-ban/cong-van-3102-sgddt-gdtrh-kiem-tra-giua-hk1",
    "/thu-vien-anh/ngay-hoi-stem-2026",
]
