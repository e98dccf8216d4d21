"""Wiki.js 2.5 used as the news site of a provincial political school (Trường Chính trị tỉnh Tuyên Quang).

Platform
--------
Wiki.js 2.5 (Node, Vue 2). The server renders every page through ``page.pug``: a bare ``<head>``
(title "<page title> | <site title>", meta description, og:* with the configured *Site URL*), then
``<div id="root"><page …>`` whose attributes carry the page's metadata (``title``, ``description``,
``:tags`` as JSON, ``created-at`` / ``updated-at`` as UTC ISO strings, ``author-name`` = the Wiki.js
account, ``editor``, ``toc`` / ``sidebar`` / ``effective-permissions`` as base64 JSON) and whose
``<template slot="contents"><div>…</div></template>`` holds the rendered content. Everything else a
browser shows (page header with the title, breadcrumbs, "Last edited by", the navigation drawer,
tag chips, the source/history buttons) is drawn client-side by Vue and is *not* in the HTML. The
vendor added the school's chrome (banner, date, menu with drop-downs, right column, footer) through
Wiki.js' "Theme > Code injection" (body HTML), printed after ``#root`` on every ``page.pug`` page —
but not on the source (``/s/``), history (``/h/``) and tag (``/t/``) views, which have their own
templates.

URL scheme
----------
- ``/`` -> 302 ``/vi/home`` (locale namespacing on, the start URL has no locale);
- ``/vi/<path>``: every page; articles live in the news folder ``/vi/tin-tuc/2026/<slug>``;
  a trailing slash or any query string serves the same page (Wiki.js ignores both);
- ``/<path>`` without the locale -> 302 ``/vi/<path>``;
- ``/s/vi/<path>``: the page's source (Markdown/HTML as typed) in ``<page-source>``;
- ``/h/vi/<path>``: the history view, an empty ``<history>`` shell (revisions come via GraphQL);
- ``/t/<tag>``: the tag browser, an empty ``<tags>`` shell whatever the tag;
- uploaded assets at their folder path (``/tin-tuc/2026/anh/….jpg``, ``/van-ban/2026/….pdf``).

Page templates
--------------
There are no generated listings in Wiki.js: the editors keep hand-made index pages, Markdown
lists of links with a thumbnail, the date and a teaser, paginated by hand ("Trang: 1 · 2 ·
Trang sau »") into ``…/trang-2`` pages. Articles come from three editors:
- new template (Markdown editor, since 11/2026): a typed breadcrumb line, an italic date line,
  the text, a right-aligned byline, sometimes a tool line ("Bản in" = ``/s/`` source view, "Lịch
  sử chỉnh sửa" = ``/h/``), a "Tin liên quan" heading with a list, a "Từ khóa" line of ``/t/``
  links; headings carry Wiki.js' ``<a class="toc-anchor">¶</a>``; footnotes are
  markdown-it-footnote's ``<sup class="footnote-ref"><a>[1]</a></sup>`` and a closing
  ``<section class="footnotes">`` after everything else;
- visual editor (CKEditor 5): ``<figure class="image"><img><figcaption>``, justified ``<p>``;
- migrated pages (raw HTML editor, imported from the old Joomla site on 02/11/2026): the old
  "Chuyên mục" / date lines, Times New Roman spans, Word paragraphs (``MsoListParagraph`` with
  ``mso-list:Ignore`` markers), image plus a separate centred italic caption paragraph.

How each gold article is reached
--------------------------------
Home (``/vi/home``, after the redirect) lists the five newest and the notices; the injected menu
leads to four hand-made category indexes:
- "Hoạt động của Trường" ``/vi/chuyen-muc/hoat-dong-cua-truong``: H1 khai giảng K87, H2 hội thi
  giảng viên, H3 đoàn công tác HVCT KV I; **only on** ``…/trang-2``: H4 chi bộ, H5 giao lưu thể
  thao (also in H4's related list), H6 nhiệm vụ năm học;
- "Đào tạo - Bồi dưỡng" ``/vi/chuyen-muc/dao-tao-boi-duong``: D1 bế giảng CNKT cấp xã, D2 tuyển
  sinh cao cấp, D3 K85 nghiên cứu thực tế; **only on** ``…/trang-2``: D4 trao bằng K83;
- "Nghiên cứu - Trao đổi" ``/vi/chuyen-muc/nghien-cuu-trao-doi``: N1 tư tưởng HCM về cán bộ,
  N2 giải pháp giảng dạy;
- "Thông báo" ``/vi/chuyen-muc/thong-bao``: T1 thông báo lịch thi K86 (official notice) and the
  copy of D2 under ``/vi/dao-tao/…``.

Traps
-----
1. Title only in attributes: no ``<h1>`` in the server HTML; the headline is the ``title``
   attribute of ``<page>`` / ``<title>`` minus " | Trường Chính trị tỉnh Tuyên Quang". One migrated
   page (H5) repeats the title as a heading inside the content. Gold: the attribute's title; the
   repeated heading is not body.
2. Content inside ``<template slot="contents">``: a browser keeps template content out of the
   DOM, so a DOM-based extractor sees an empty page. Gold: the text is the template's content.
3. UTC metadata dates: ``created-at`` / ``updated-at`` are UTC (``…Z``). Articles without a typed
   date line (H2, H3, D2, N1) are dated by ``created-at`` in Asia/Ho_Chi_Minh; H3's
   ``2026-11-17T23:30:00.000Z`` is ``2026-11-18T06:30:00+07:00`` (another day), while its text
   speaks of "Chiều 17/11/2026". Gold: the local time with +07:00.
4. Import dates: the migrated pages (H5, H6, D4, N2) were all created in Wiki.js on 02/11/2026
   (``created-at`` = the import), and the new-template pages were edited later (``updated-at``).
   Gold: the date typed in the page (H5's "… 08:12 (GMT+7) | Cập nhật: 21/10/2026 10:40" -> the
   first one; H6 "Ngày đăng: 15/10/2026" -> the day alone).
5. Hand-typed chrome inside the content: breadcrumb line, date line, byline, "Xem thêm:" line,
   tool line, "Tin liên quan" (itself a ``toc-header`` heading with ``¶``, listed in the ``toc``
   attribute), "Từ khóa" line, a "📎" attachment line — all inside the content slot. Gold: none of
   them is body; headings of the text lose their "¶".
6. Footnotes after the chrome (N1): markdown-it-footnote prints the notes after the byline,
   related list and tags. Gold: calls "[1]" stay in their sentences, the notes are the last
   paragraphs of the body without the "↩︎" back-links. N2 (Word) has a bare superscript "1"
   linking to its note: not text ("…Ban Bí thư về…", not "…Ban Bí thư1 về…").
7. Captions glued to their image: Markdown ``![alt](src)`` + a soft break + ``*caption*`` renders
   one ``<p>`` with ``<img><br><em>caption</em>``; the alt texts are Zalo file names
   ("z6098123456781_3c1f0a.jpg"). Migrated pages print the caption as a separate centred italic
   paragraph. Gold: the em / italic line is the caption (not body), the alt is no caption; a line
   "Ảnh: X" alone is a credit (caption None, X a photographer).
8. Duplicates: the same article at ``/vi/tin-tuc/2026/<slug>/`` (right column, trailing slash),
   ``?fbclid=…`` (most-read box copied from Facebook), ``/tin-tuc/2026/<slug>`` (no locale, 302),
   ``/s/vi/…`` ("Bản in" = the source view) and a copied page ``/vi/dao-tao/tuyen-sinh-cao-cap-
   llct-2027`` (a second Wiki.js page with the same title and text, linked from "Thông báo").
   Gold: one record each, the others in ``alt_paths``; ``/h/`` history shells are not articles.
9. og:url lies: the *Site URL* was left at the vendor's LAN address (``http://10.20.1.15:3000``).
   Gold: canonical paths are this host's ``/vi/…`` paths.
10. Layout tables: T1's letterhead and signature are Markdown tables around a real schedule
    table. Gold: letterhead, "THÔNG BÁO / Về việc …", "Nơi nhận" and the signature are not body;
    the schedule rows are (cells joined by " | "); date = letterhead day; author = signer.
11. Bylines: "Tin, ảnh: X", "Tin và ảnh: X", "Tin: X - Ảnh: Y", "ThS. X - Khoa …" (CKEditor:
    name bold, unit italic), "TS. X" + post on the next line at the top (N1), a unit alone
    ("Phòng Tổ chức - Hành chính"); ``author-name`` is the Wiki.js account ("bientap.tct",
    "Quản trị hệ thống"). Gold: the printed names without degree or unit; accounts are nobody.
12. Dead links: a deleted 2025 article in the most-read box and an ``is-invalid-page`` link in
    N1's related list answer 404; the tag links lead to empty ``/t/`` shells.

Gold decisions on ambiguous points
----------------------------------
- No typed date: the date is ``created-at`` converted to +07:00 with its time (those pages were
  never edited, ``updated-at`` equals it, so the date a browser shows is the same).
- A typed date line rules over the metadata; day-only lines give the day alone.
- T1 is dated by the letterhead ("Tuyên Quang, ngày 30 tháng 11 năm 2026" -> "2026-11-30"), not by
  its posting on 01/12.
- The source view ``/s/vi/…`` is linked as "Bản in": treated as the article's print view, an alt
  path. History views ``/h/vi/…`` print no text: neither gold nor alt.
- D2's copy under ``/vi/dao-tao/`` has its own page id but the same title and text (its typed
  breadcrumb still says "Đào tạo - Bồi dưỡng"): an alt path of D2, category "Đào tạo - Bồi dưỡng".
- Lines typed with "📌" (Unicode emoji from ``:pushpin:``) keep the emoji; typed "- " dashes in
  H2's prize list are text; Word's ``mso-list:Ignore`` dashes in H6 are not.
- A bold lead paragraph is the summary (H1, H5, D1, N1); H5's lead keeps its "(TCT) - " prefix as
  printed. Meta/attribute descriptions are never a summary.
- D1: the byline names the writer only; the second photo's line "Ảnh: Đỗ Thanh Hương" makes her
  the photographer (caption None).
- H6 ends "(Theo Báo Tuyên Quang)": source "Báo Tuyên Quang", no author.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "wikijs_tct"
PLATFORM = "Wiki.js 2.5"
START_PATH = "/"

SITE_TITLE = "Trường Chính trị tỉnh Tuyên Quang"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
SITE_URL = "http://10.20.1.15:3000"  # the Site URL the vendor left in Wiki.js' settings
IMG = "/tin-tuc/2026/anh/"

CATS = {
    "hd": ("Hoạt động của Trường", "chuyen-muc/hoat-dong-cua-truong"),
    "dt": ("Đào tạo - Bồi dưỡng", "chuyen-muc/dao-tao-boi-duong"),
    "nc": ("Nghiên cứu - Trao đổi", "chuyen-muc/nghien-cuu-trao-doi"),
    "tb": ("Thông báo", "chuyen-muc/thong-bao"),
}


# --- the articles --------------------------------------------------------------------------------


def _story(sid, key, slug, title, cat, published_at, blocks, **kw) -> Story:
    opts = kw.pop("opts")
    opts["key"] = key
    opts["cat"] = cat
    return Story(sid, slug, title, CATS[cat][0], published_at, blocks, **kw, opts=opts)


H1 = _story(
    41, "H1", "khai-giang-lop-trung-cap-llct-k87-he-khong-tap-trung",
    "Khai giảng lớp Trung cấp lý luận chính trị K87 hệ không tập trung",
    "hd", "2026-12-03T14:30:00+07:00",
    [
        P("Sáng 03/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng lớp Trung cấp lý "
          "luận chính trị K87 hệ không tập trung cho 112 học viên là cán bộ, công chức, viên chức đang "
          "công tác tại các xã, phường khu vực phía Bắc của tỉnh.", "lead"),
        P("Dự lễ khai giảng có đồng chí Nguyễn Thị Thanh Bình, Phó Hiệu trưởng Trường Chính trị tỉnh; "
          "đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, các phòng, khoa của Nhà trường cùng toàn thể học viên "
          "của lớp."),
        Img(IMG + "k87-khai-giang-01.jpg",
            "Đồng chí Nguyễn Thị Thanh Bình, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            "Đồng chí Nguyễn Thị Thanh Bình, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            "z6098123456781_3c1f0a.jpg"),
        P("Phát biểu tại buổi lễ, đồng chí Phó Hiệu trưởng nhấn mạnh: sau khi sắp xếp tổ chức bộ máy và "
          "vận hành chính quyền địa phương hai cấp, yêu cầu đặt ra đối với đội ngũ cán bộ cơ sở ngày "
          "càng cao. Chương trình Trung cấp lý luận chính trị sẽ trang bị cho học viên hệ thống kiến thức "
          "cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối, chủ trương của Đảng, chính "
          "sách, pháp luật của Nhà nước, đồng thời rèn luyện kỹ năng lãnh đạo, quản lý ở cơ sở."),
        P("Chương trình học tập trong 8 tháng", "h2"),
        P("Theo kế hoạch, lớp học được tổ chức theo hình thức không tập trung, mỗi tháng học viên tập "
          "trung học 01 tuần tại Trường. Chương trình gồm 4 phần học với 19 học phần, tổng thời lượng "
          "720 tiết, trong đó có hoạt động nghiên cứu thực tế tại địa phương và viết tiểu luận cuối khóa."),
        P("Phần I: Những vấn đề cơ bản về chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh;", "li"),
        P("Phần II: Những vấn đề cơ bản về Đảng Cộng sản Việt Nam và Nhà nước Cộng hòa xã hội chủ nghĩa "
          "Việt Nam;", "li"),
        P("Phần III: Những vấn đề cơ bản về lãnh đạo, quản lý của hệ thống chính trị ở cơ sở;", "li"),
        P("Phần IV: Kỹ năng lãnh đạo, quản lý và thực tiễn địa phương.", "li"),
        Img(IMG + "k87-khai-giang-02.jpg",
            "Các học viên lớp Trung cấp lý luận chính trị K87 chụp ảnh lưu niệm tại lễ khai giảng",
            "Các học viên lớp Trung cấp lý luận chính trị K87 chụp ảnh lưu niệm tại lễ khai giảng",
            "z6098123456790_77ab21.jpg"),
        P("Thay mặt các học viên, đồng chí Ma Văn Quyết, Phó Chủ tịch UBND xã Yên Nguyên, lớp trưởng lớp "
          "K87 bày tỏ sự cảm ơn đối với sự quan tâm của Nhà trường và hứa sẽ thực hiện nghiêm túc nội quy, "
          "quy chế, hoàn thành tốt nhiệm vụ học tập."),
        Raw('<p class="align-right"><strong>Tin, ảnh: Hoàng Minh Đức</strong></p>'),
    ],
    authors=["Hoàng Minh Đức"], photographers=["Hoàng Minh Đức"],
    summary="Sáng 03/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ khai giảng lớp Trung cấp lý "
            "luận chính trị K87 hệ không tập trung cho 112 học viên là cán bộ, công chức, viên chức đang "
            "công tác tại các xã, phường khu vực phía Bắc của tỉnh.",
    opts=dict(editor="markdown", created="2026-12-03T07:30:00.000Z", updated="2026-12-04T01:12:40.521Z",
              dateline="Thứ Năm, 03/12/2026 - 14:30", tools=True, related=["H2", "H3", "D1"],
              tags=[("k87", "K87"), ("dao-tao", "đào tạo")], account="Hoàng Minh Đức",
              description="Lễ khai giảng lớp TCLLCT K87 hệ không tập trung cho 112 học viên."),
)

H2 = _story(
    42, "H2", "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    "Hội thi giảng viên dạy giỏi cấp trường năm 2026: 12 giảng viên tham gia tranh tài",
    "hd", "2026-11-27T09:45:00+07:00",
    [
        P("Từ ngày 24 đến 26/11/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thi giảng viên dạy giỏi "
          "cấp trường năm 2026. Đây là hoạt động thường niên nhằm nâng cao chất lượng đội ngũ giảng viên, "
          "đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực, chủ động của "
          "người học."),
        P("Tham gia Hội thi có 12 giảng viên đến từ 4 khoa chuyên môn. Mỗi giảng viên trình bày một bài giảng "
          "lý thuyết trong thời gian 45 phút trước Ban Giám khảo và học viên lớp Trung cấp lý luận chính trị "
          "K86. Các bài giảng bám sát chương trình, cập nhật những nội dung mới trong các văn kiện của Đảng, "
          "gắn lý luận với thực tiễn của tỉnh Tuyên Quang sau hợp nhất."),
        Img(IMG + "hoi-thi-gvdg-2026-1.jpg",
            "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng tại Hội thi",
            "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng tại Hội thi"),
        P("Nhiều giảng viên đã ứng dụng hiệu quả công nghệ thông tin, sử dụng bản đồ tư duy, tình huống thực "
          "tiễn và phương pháp thảo luận nhóm, tạo không khí sôi nổi trong giờ học. Ban Giám khảo đánh giá "
          "Hội thi năm nay có chất lượng đồng đều, nhiều bài giảng có chiều sâu, đáp ứng yêu cầu đổi mới nội "
          "dung, chương trình đào tạo."),
        P("Kết quả, Ban Tổ chức đã trao giải cho các giảng viên đạt thành tích cao:"),
        P("- Giải Nhất: ThS. Lò Thị Hồng Nhung, Khoa Xây dựng Đảng;"),
        P("- Giải Nhì: ThS. Phạm Quang Vinh, Khoa Nhà nước và pháp luật;"),
        P("- Giải Ba: ThS. Hà Thị Kim Oanh, Khoa Lý luận cơ sở."),
        Img(IMG + "hoi-thi-gvdg-2026-2.jpg",
            "(Ban Tổ chức trao giải cho các giảng viên đạt giải)",
            "Ban Tổ chức trao giải cho các giảng viên đạt giải"),
        P("Hội thi là dịp để đội ngũ giảng viên giao lưu, học hỏi kinh nghiệm, góp phần xây dựng Trường "
          "Chính trị tỉnh đạt chuẩn mức 1 theo Quy định số 09-QĐ/TW của Ban Bí thư."),
        Raw('<p style="text-align:right;"><strong>ThS. Lê Thị Thu Hà</strong> - <i>Khoa Lý luận cơ sở</i></p>'),
    ],
    authors=["Lê Thị Thu Hà"],
    opts=dict(editor="ckeditor", created="2026-11-27T02:45:00.000Z", updated="2026-11-27T02:45:00.000Z",
              dateline=None, related=["H1", "H3"], tags=[("truong-chinh-tri", "trường chính trị")],
              account="bientap.tct", description=""),
)

H3 = _story(
    43, "H3", "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-voi-truong",
    "Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh",
    "hd", "2026-11-18T06:30:00+07:00",
    [
        P("Chiều 17/11/2026, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Đỗ Xuân Trường, Phó Giám "
          "đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Tuyên Quang về công tác "
          "phối hợp tổ chức các lớp Cao cấp lý luận chính trị và bồi dưỡng giảng viên năm 2027."),
        P("Tiếp và làm việc với Đoàn có đồng chí Hoàng Văn Lâm, Hiệu trưởng Nhà trường cùng lãnh đạo các "
          "phòng, khoa."),
        Img(IMG + "hvctkv1-lam-viec-1.jpg", "Quang cảnh buổi làm việc", "Quang cảnh buổi làm việc", ""),
        P("Báo cáo tại buổi làm việc, lãnh đạo Nhà trường cho biết: năm 2026, Trường đã phối hợp với Học "
          "viện Chính trị khu vực I mở 02 lớp Cao cấp lý luận chính trị hệ không tập trung với 186 học viên; "
          "công tác quản lý lớp học, phục vụ giảng dạy và học tập được bảo đảm, không để xảy ra sai sót. Cơ "
          "sở vật chất của Trường tiếp tục được đầu tư, hệ thống phòng học thông minh và thư viện điện tử "
          "đưa vào sử dụng từ tháng 9/2026."),
        P("Đề xuất tăng cường bồi dưỡng giảng viên trẻ", "h3"),
        P("Nhà trường đề nghị Học viện tiếp tục tạo điều kiện cho giảng viên trẻ của Trường tham gia các lớp "
          "bồi dưỡng chuyên môn, nghiệp vụ, dự giờ và trao đổi kinh nghiệm giảng dạy; hỗ trợ tài liệu tham "
          "khảo phục vụ công tác nghiên cứu khoa học."),
        P("“Trường Chính trị tỉnh Tuyên Quang là đơn vị phối hợp có nền nếp, trách nhiệm. Học viện sẽ tiếp "
          "tục đồng hành với Nhà trường trong việc nâng cao chất lượng đội ngũ giảng viên”, PGS.TS Đỗ Xuân "
          "Trường khẳng định.", "quote"),
        P("Phát biểu kết luận, Phó Giám đốc Học viện ghi nhận những kết quả Nhà trường đạt được và thống "
          "nhất các nội dung phối hợp trong năm 2027."),
        Raw('<p>Xem thêm: <a href="/vi/tin-tuc/2026/khai-giang-lop-trung-cap-llct-k87-he-khong-tap-trung" '
            'class="is-internal-link is-valid-page">Khai giảng lớp Trung cấp lý luận chính trị K87 hệ không '
            'tập trung</a></p>'),
        Raw('<p class="align-right"><em>Phòng Tổ chức - Hành chính</em></p>'),
    ],
    authors=["Phòng Tổ chức - Hành chính"],
    opts=dict(editor="markdown", created="2026-11-17T23:30:00.000Z", updated="2026-11-17T23:30:00.000Z",
              dateline=None, related=["H2", "D3"], tags=[("truong-chinh-tri", "trường chính trị")],
              account="bientap.tct", description="Học viện Chính trị khu vực I làm việc với Nhà trường"),
)

H4 = _story(
    44, "H4", "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
    "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
    "hd", "2026-11-10T16:05:00+07:00",
    [
        P("Chiều 09/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng "
          "cao chất lượng sinh hoạt chi bộ gắn với thực hiện nhiệm vụ chính trị của khoa chuyên môn”."),
        P("Buổi sinh hoạt có sự tham dự của đồng chí Vương Đình Thắng, Ủy viên Ban Thường vụ Đảng ủy Trường, "
          "cùng 14 đảng viên của Chi bộ."),
        Img(IMG + "chi-bo-xdd-q4-01.jpg", "Ảnh: Lục Thị Mai", None, "chi-bo-xdd-q4-01.jpg"),
        P("Tại buổi sinh hoạt, các đảng viên đã tập trung thảo luận, làm rõ những ưu điểm, hạn chế trong việc "
          "duy trì nền nếp, chế độ sinh hoạt; việc đổi mới nội dung sinh hoạt theo hướng thiết thực, tránh "
          "hình thức; việc gắn sinh hoạt chi bộ với nâng cao chất lượng bài giảng, đề tài khoa học và công "
          "tác quản lý học viên."),
        P("Chi bộ thống nhất một số giải pháp trọng tâm trong thời gian tới, trong đó chú trọng lựa chọn "
          "chuyên đề sát với nhiệm vụ; phân công đảng viên chuẩn bị nội dung trước; tăng cường tự phê bình và "
          "phê bình; thực hiện nghiêm việc ghi biên bản, lưu trữ tài liệu sinh hoạt chi bộ."),
        Raw('<p class="align-right"><strong>Tin: Vũ Thị Hải Yến - Ảnh: Lục Thị Mai</strong></p>'),
    ],
    authors=["Vũ Thị Hải Yến"], photographers=["Lục Thị Mai"],
    opts=dict(editor="markdown", created="2026-11-10T09:05:00.000Z", updated="2026-11-12T03:41:19.004Z",
              dateline="Thứ Ba, 10/11/2026 - 16:05", tools=True, related=["H3", "H5"],
              tags=[("chi-bo", "chi bộ")], account="bientap.tct", description=""),
)

H5 = _story(
    45, "H5", "giao-luu-the-thao-chao-mung-96-nam-ngay-thanh-lap-hoi-lhpn-viet-nam",
    "Sôi nổi giao lưu thể thao chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
    "hd", "2026-10-19T08:12:00+07:00",
    [
        P("(TCT) - Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
          "20/10/2026), chiều 17/10/2026, Ban Nữ công Công đoàn Trường Chính trị tỉnh phối hợp với Đoàn Thanh "
          "niên Nhà trường tổ chức chương trình giao lưu thể thao dành cho nữ cán bộ, giảng viên và học viên "
          "các lớp đang học tập tại Trường.", "lead"),
        P("Chương trình gồm các nội dung thi đấu: kéo co, nhảy bao bố, ném còn và cầu lông đôi nữ. Các nội "
          "dung thi đấu được tổ chức theo hình thức giao lưu giữa các đội đến từ các phòng, khoa và lớp Trung "
          "cấp lý luận chính trị K86."),
        Img(IMG + "giao-luu-the-thao-20-10-a.jpg", "Phần thi kéo co sôi nổi giữa các đội",
            "Phần thi kéo co sôi nổi giữa các đội"),
        P("Với tinh thần đoàn kết, vui tươi, các vận động viên đã thi đấu nhiệt tình, mang đến những phần tranh "
          "tài hấp dẫn. Kết thúc chương trình, Ban Tổ chức đã trao giải Nhất toàn đoàn cho đội Khoa Lý luận cơ "
          "sở, giải Nhì cho đội lớp K86 và giải Ba cho đội Phòng Tổ chức - Hành chính."),
        Img(IMG + "giao-luu-the-thao-20-10-b.jpg", None, None),
        P("Hoạt động góp phần tăng cường rèn luyện sức khỏe, tạo không khí vui tươi, gắn kết giữa cán bộ, "
          "giảng viên và học viên, qua đó thiết thực chào mừng Ngày Phụ nữ Việt Nam."),
        Raw('<p style="text-align: right;"><b><span style="font-size: 14pt; font-family: \'times new roman\', '
            'times;">Lương Thu Trang</span></b></p>'),
    ],
    authors=["Lương Thu Trang"],
    summary="(TCT) - Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
            "20/10/2026), chiều 17/10/2026, Ban Nữ công Công đoàn Trường Chính trị tỉnh phối hợp với Đoàn "
            "Thanh niên Nhà trường tổ chức chương trình giao lưu thể thao dành cho nữ cán bộ, giảng viên và "
            "học viên các lớp đang học tập tại Trường.",
    opts=dict(editor="code", created="2026-11-02T03:14:51.000Z", updated="2026-11-05T08:02:33.117Z",
              dateline="Thứ Hai, 19/10/2026, 08:12 (GMT+7) | Cập nhật: 21/10/2026 10:40",
              title_again=True, account="Quản trị hệ thống", description=""),
)

H6 = _story(
    46, "H6", "truong-chinh-tri-tinh-trien-khai-nhiem-vu-nam-hoc-2026-2027",
    "Trường Chính trị tỉnh triển khai nhiệm vụ năm học 2026 - 2027",
    "hd", "2026-10-15",
    [
        P("Ngày 14/10/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội nghị triển khai nhiệm vụ năm học "
          "2026 - 2027. Đồng chí Hoàng Văn Lâm, Hiệu trưởng Nhà trường chủ trì hội nghị.", "mso"),
        P("Năm học 2025 - 2026, trong bối cảnh thực hiện sắp xếp đơn vị hành chính và tổ chức chính quyền địa "
          "phương hai cấp, Nhà trường đã chủ động tham mưu, mở 31 lớp đào tạo, bồi dưỡng với hơn 3.200 lượt "
          "học viên; hoàn thành 06 đề tài khoa học cấp cơ sở; 100% giảng viên đạt chuẩn về trình độ chuyên "
          "môn theo quy định.", "mso"),
        P("Năm học 2026 - 2027, Nhà trường xác định một số nhiệm vụ trọng tâm sau:", "mso"),
        P("Tiếp tục đổi mới nội dung, chương trình, phương pháp giảng dạy theo hướng thiết thực, hiệu quả, "
          "gắn với thực tiễn địa phương;", "msoli"),
        P("Nâng cao chất lượng đội ngũ giảng viên, chú trọng bồi dưỡng giảng viên trẻ, giảng viên mới tuyển "
          "dụng;", "msoli"),
        P("Đẩy mạnh chuyển đổi số trong quản lý đào tạo, xây dựng học liệu số và thư viện điện tử;", "msoli"),
        P("Phấn đấu hoàn thành các tiêu chí trường chính trị chuẩn mức 1 trong năm 2027.", "msoli"),
        P("Tại hội nghị, các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết nhằm thực hiện thắng lợi "
          "nhiệm vụ năm học mới.", "mso"),
        Raw('<p class="MsoNormal" align="right" style="text-align:right"><i><span lang="VI" '
            'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">(Theo Báo Tuyên Quang)'
            '</span></i></p>'),
    ],
    source="Báo Tuyên Quang",
    opts=dict(editor="code", created="2026-11-02T03:14:52.000Z", updated="2026-11-02T03:14:52.000Z",
              dateline="Ngày đăng: 15/10/2026 | Lượt xem: 1.318", account="Quản trị hệ thống", description=""),
)

D1 = _story(
    51, "D1", "be-giang-lop-boi-duong-cap-nhat-kien-thuc-can-bo-cap-xa-2026",
    "Bế giảng lớp bồi dưỡng cập nhật kiến thức cho cán bộ, công chức cấp xã năm 2026",
    "dt", "2026-12-01T16:20:00+07:00",
    [
        P("Chiều 01/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức bế giảng lớp bồi dưỡng cập nhật kiến "
          "thức cho cán bộ, công chức cấp xã năm 2026 (đợt 2). Sau 05 ngày học tập, 148 học viên đã hoàn "
          "thành chương trình bồi dưỡng.", "lead"),
        P("Lớp học được tổ chức theo Kế hoạch của Ban Thường vụ Tỉnh ủy về đào tạo, bồi dưỡng cán bộ năm "
          "2026. Các học viên được cập nhật nhiều chuyên đề thiết thực như: tổ chức và hoạt động của chính "
          "quyền địa phương hai cấp; kỹ năng xử lý tình huống trong quản lý nhà nước ở cấp xã; chuyển đổi số "
          "và xây dựng chính quyền số; công tác dân vận trong tình hình mới."),
        Img(IMG + "be-giang-cnkt-cap-xa-01.jpg",
            "Đồng chí Nguyễn Thị Thanh Bình, Phó Hiệu trưởng Nhà trường phát biểu bế giảng lớp học",
            "Đồng chí Nguyễn Thị Thanh Bình, Phó Hiệu trưởng Nhà trường phát biểu bế giảng lớp học",
            "z6112233445566_0e9d4c.jpg"),
        P("Kết quả học tập của lớp được tổng hợp như sau:"),
        P("Xếp loại | Số học viên | Tỷ lệ", "row"),
        P("Giỏi | 52 | 35,1%", "row"),
        P("Khá | 89 | 60,1%", "row"),
        P("Trung bình | 7 | 4,8%", "row"),
        P("Phát biểu bế giảng, đồng chí Phó Hiệu trưởng đề nghị các học viên vận dụng những kiến thức đã được "
          "bồi dưỡng vào thực tiễn công tác tại cơ sở, góp phần nâng cao hiệu lực, hiệu quả hoạt động của "
          "chính quyền cấp xã."),
        Img(IMG + "be-giang-cnkt-cap-xa-02.jpg", "Ảnh: Đỗ Thanh Hương", None, "z6112233445590_a1b2c3.jpg"),
        Raw('<p class="align-right"><strong>Nguyễn Văn Tuấn</strong></p>'),
    ],
    authors=["Nguyễn Văn Tuấn"], photographers=["Đỗ Thanh Hương"],
    summary="Chiều 01/12/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức bế giảng lớp bồi dưỡng cập nhật "
            "kiến thức cho cán bộ, công chức cấp xã năm 2026 (đợt 2). Sau 05 ngày học tập, 148 học viên đã "
            "hoàn thành chương trình bồi dưỡng.",
    opts=dict(editor="markdown", created="2026-12-01T09:20:00.000Z", updated="2026-12-02T00:58:07.662Z",
              dateline="Thứ Ba, 01/12/2026 - 16:20", tools=True, related=["H1", "D3"],
              tags=[("dao-tao", "đào tạo")], account="bientap.tct",
              description="Bế giảng lớp bồi dưỡng CNKT cán bộ, công chức cấp xã năm 2026 (đợt 2)"),
)

D2 = _story(
    52, "D2", "thong-bao-tuyen-sinh-lop-cao-cap-llct-2027",
    "Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
    "dt", "2026-11-24T08:00:00+07:00",
    [
        P("Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, Trường Chính trị "
          "tỉnh Tuyên Quang phối hợp với Học viện Chính trị khu vực I thông báo tuyển sinh lớp Cao cấp lý luận "
          "chính trị hệ không tập trung, khóa học 2027 - 2028, cụ thể như sau:"),
        P("1. Đối tượng, tiêu chuẩn", "h2"),
        P("Cán bộ, công chức, viên chức trong quy hoạch chức danh lãnh đạo, quản lý cấp phòng và tương đương "
          "trở lên; có trình độ đại học trở lên; đã có bằng trung cấp lý luận chính trị hoặc tương đương; có "
          "đủ sức khỏe để tham gia khóa học."),
        P("2. Hồ sơ và thời gian nhận hồ sơ", "h2"),
        P("📌 Hồ sơ gồm: Quyết định cử đi học, bản sao văn bằng, phiếu đăng ký dự tuyển theo mẫu của Học viện;",
          "li"),
        P("📌 Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 25/12/2026 (trong giờ hành chính);", "li"),
        P("📌 Địa điểm: Phòng Quản lý đào tạo - Nghiên cứu khoa học, Trường Chính trị tỉnh Tuyên Quang.", "li"),
        P("3. Thời gian khai giảng", "h2"),
        P("Dự kiến khai giảng trong tháng 3/2027. Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo - Nghiên cứu "
          "khoa học, điện thoại: 0207.3822.416."),
        Raw('<p>📎 <a href="/tin-tuc/2026/tep/mau-phieu-dang-ky-cao-cap-2027.docx" '
            'class="is-internal-link is-valid-page">Tải mẫu phiếu đăng ký dự tuyển (.docx)</a></p>'),
    ],
    opts=dict(editor="markdown", created="2026-11-24T01:00:00.000Z", updated="2026-11-24T01:00:00.000Z",
              dateline=None, related=["D1"], tags=[("dao-tao", "đào tạo")], account="bientap.tct",
              description="Tuyển sinh Cao cấp LLCT hệ không tập trung 2027 - 2028",
              copy="dao-tao/tuyen-sinh-cao-cap-llct-2027"),
)

D3 = _story(
    53, "D3", "hoc-vien-k85-nghien-cuu-thuc-te-tai-tan-trao",
    "Học viên lớp Trung cấp lý luận chính trị K85 nghiên cứu thực tế tại Khu di tích quốc gia đặc biệt Tân Trào",
    "dt", "2026-11-13T10:45:00+07:00",
    [
        P("Từ ngày 11 đến 12/11/2026, Trường Chính trị tỉnh tổ chức cho 96 học viên lớp Trung cấp lý luận "
          "chính trị K85 hệ tập trung đi nghiên cứu thực tế tại Khu di tích quốc gia đặc biệt Tân Trào và một "
          "số mô hình phát triển kinh tế - xã hội tiêu biểu trên địa bàn xã Tân Trào."),
        Img(IMG + "k85-tan-trao-01.jpg", "Học viên dâng hương tại Đình Tân Trào",
            "Học viên dâng hương tại Đình Tân Trào", "z6034567812345_5d2e9b.jpg"),
        P("Tại Khu di tích, các học viên đã dâng hương tưởng niệm Chủ tịch Hồ Chí Minh, tham quan Lán Nà Nưa, "
          "Đình Tân Trào, Cây đa Tân Trào và nghe thuyết minh về những sự kiện lịch sử quan trọng gắn với Thủ "
          "đô khu giải phóng trong Cách mạng Tháng Tám năm 1945."),
        P("Đoàn cũng đã làm việc với Đảng ủy, UBND xã Tân Trào, tìm hiểu về kết quả phát triển du lịch cộng "
          "đồng, xây dựng nông thôn mới và công tác bảo tồn, phát huy giá trị di tích lịch sử; tham quan mô "
          "hình trồng chè đặc sản của Hợp tác xã chè Tân Trào."),
        Img(IMG + "k85-tan-trao-02.jpg", "Học viên tìm hiểu mô hình trồng chè của Hợp tác xã chè Tân Trào",
            "Học viên tìm hiểu mô hình trồng chè của Hợp tác xã chè Tân Trào", "z6034567812399_e7f001.jpg"),
        P("Qua đợt nghiên cứu thực tế, học viên có thêm tư liệu phục vụ viết tiểu luận cuối khóa, đồng thời "
          "được bồi đắp lòng tự hào về truyền thống cách mạng của quê hương."),
        Raw('<p class="align-right"><strong>Tin và ảnh: Nông Hà Phương</strong></p>'),
    ],
    authors=["Nông Hà Phương"], photographers=["Nông Hà Phương"],
    opts=dict(editor="markdown", created="2026-11-13T03:45:00.000Z", updated="2026-11-13T04:02:10.250Z",
              dateline="Thứ Sáu, 13/11/2026 - 10:45", related=["D1", "H3"],
              tags=[("dao-tao", "đào tạo")], account="bientap.tct", description=""),
)

D4 = _story(
    54, "D4", "trao-bang-tot-nghiep-lop-trung-cap-llct-k83",
    "Trao bằng tốt nghiệp cho 105 học viên lớp Trung cấp lý luận chính trị K83",
    "dt", "2026-10-20T15:00:00+07:00",
    [
        P("Sáng 20/10/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ bế giảng và trao bằng tốt nghiệp lớp "
          "Trung cấp lý luận chính trị K83 hệ không tập trung."),
        P("Sau 8 tháng học tập, 105/105 học viên đủ điều kiện tốt nghiệp, trong đó có 21 học viên tốt nghiệp "
          "loại giỏi (chiếm 20%), 84 học viên tốt nghiệp loại khá (chiếm 80%). 05 học viên có thành tích xuất "
          "sắc được Nhà trường tặng Giấy khen."),
        Img(IMG + "trao-bang-k83.jpg", "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho các học viên",
            "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho các học viên"),
        P("Phát biểu tại buổi lễ, đồng chí Hoàng Văn Lâm, Hiệu trưởng Nhà trường chúc mừng các học viên đã hoàn "
          "thành khóa học và mong muốn các học viên tiếp tục tự học tập, rèn luyện, vận dụng sáng tạo những "
          "kiến thức đã học vào thực tiễn công tác."),
        Raw('<p style="text-align: right;"><strong>Phạm Ngọc Ánh</strong><br><em>Phòng Quản lý đào tạo - NCKH'
            '</em></p>'),
    ],
    authors=["Phạm Ngọc Ánh"],
    opts=dict(editor="code", created="2026-11-02T03:14:53.000Z", updated="2026-11-02T03:14:53.000Z",
              dateline="Thứ Ba, 20/10/2026 - 15:00 | Lượt xem: 864", account="Quản trị hệ thống",
              description=""),
)

N1 = _story(
    61, "N1", "van-dung-tu-tuong-ho-chi-minh-ve-cong-tac-can-bo-cap-xa",
    "Vận dụng tư tưởng Hồ Chí Minh về công tác cán bộ trong xây dựng đội ngũ cán bộ cấp xã hiện nay",
    "nc", "2026-11-20T10:00:00+07:00",
    [
        P("Tư tưởng Hồ Chí Minh về công tác cán bộ là nền tảng lý luận quan trọng để Đảng ta xây dựng đội ngũ "
          "cán bộ các cấp. Trong bối cảnh vận hành chính quyền địa phương hai cấp, việc vận dụng tư tưởng của "
          "Người vào xây dựng đội ngũ cán bộ cấp xã có ý nghĩa cấp thiết.", "lead"),
        P("1. Một số quan điểm cơ bản của Hồ Chí Minh về công tác cán bộ", "h2"),
        P("Chủ tịch Hồ Chí Minh luôn đánh giá cao vị trí, vai trò của cán bộ. Người khẳng định: “Cán bộ là cái "
          "gốc của mọi công việc”[1] và “Muôn việc thành công hoặc thất bại, đều do cán bộ tốt hoặc kém”[2]. "
          "Theo Người, cán bộ là cầu nối giữa Đảng, Chính phủ với nhân dân, là người đem chính sách của Đảng, "
          "của Chính phủ giải thích cho dân chúng hiểu rõ và thi hành."),
        P("Hồ Chí Minh yêu cầu người cán bộ phải có đủ cả đức và tài, trong đó đức là gốc. Người chỉ rõ việc "
          "huấn luyện cán bộ là “công việc gốc của Đảng”[3], phải dựa vào lý luận gắn với thực tế, học đi đôi "
          "với hành."),
        P("2. Vận dụng vào xây dựng đội ngũ cán bộ cấp xã hiện nay", "h2"),
        P("Sau khi sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp, khối lượng công việc của "
          "cấp xã tăng lên đáng kể, nhiều nhiệm vụ trước đây thuộc cấp huyện nay được giao về cấp xã. Điều đó "
          "đòi hỏi đội ngũ cán bộ cấp xã phải có bản lĩnh chính trị vững vàng, năng lực chuyên môn đáp ứng yêu "
          "cầu và tinh thần trách nhiệm cao."),
        P("Thứ nhất, đổi mới công tác đào tạo, bồi dưỡng theo hướng thiết thực, chú trọng kỹ năng giải quyết "
          "công việc thực tiễn ở cơ sở. Thứ hai, thực hiện tốt công tác đánh giá cán bộ gắn với kết quả, sản "
          "phẩm cụ thể. Thứ ba, quan tâm chính sách đãi ngộ, tạo môi trường để cán bộ yên tâm công tác, cống "
          "hiến."),
        P("Thực hiện lời dạy của Người, các trường chính trị tỉnh cần phát huy vai trò là trung tâm đào tạo, "
          "bồi dưỡng cán bộ của địa phương, góp phần xây dựng đội ngũ cán bộ cấp xã “vừa hồng, vừa chuyên”, "
          "ngang tầm nhiệm vụ."),
        P("Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.", "fn"),
        P("Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.280.", "fn"),
        P("Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.309.", "fn"),
    ],
    authors=["Trần Văn Khải"],
    summary="Tư tưởng Hồ Chí Minh về công tác cán bộ là nền tảng lý luận quan trọng để Đảng ta xây dựng đội "
            "ngũ cán bộ các cấp. Trong bối cảnh vận hành chính quyền địa phương hai cấp, việc vận dụng tư tưởng "
            "của Người vào xây dựng đội ngũ cán bộ cấp xã có ý nghĩa cấp thiết.",
    opts=dict(editor="markdown", created="2026-11-20T03:00:00.000Z", updated="2026-11-20T03:00:00.000Z",
              dateline=None, related=["N2"], broken_related=True,
              byline_top='<p class="align-right"><strong>TS. Trần Văn Khải</strong><br>\n'
                         '<em>Phó Trưởng Khoa Xây dựng Đảng</em></p>',
              tags=[("nghien-cuu", "nghiên cứu")], account="bientap.tct",
              description="Bài nghiên cứu - trao đổi của TS. Trần Văn Khải"),
)

N2 = _story(
    62, "N2", "giai-phap-nang-cao-chat-luong-giang-day-llct",
    "Một số giải pháp nâng cao chất lượng giảng dạy lý luận chính trị tại Trường Chính trị tỉnh",
    "nc", "2026-10-08",
    [
        P("Nâng cao chất lượng giảng dạy là nhiệm vụ trọng tâm, thường xuyên của các trường chính trị tỉnh. "
          "Quy định số 09-QĐ/TW của Ban Bí thư về trường chính trị chuẩn xác định rõ các tiêu chí về đội ngũ "
          "giảng viên, nội dung, chương trình và phương pháp giảng dạy.", "sup:Ban Bí thư:1"),
        P("1. Thực trạng chất lượng giảng dạy", "bold"),
        P("Thời gian qua, đội ngũ giảng viên của Nhà trường đã có nhiều cố gắng trong đổi mới phương pháp "
          "giảng dạy. Tuy nhiên, một số bài giảng còn nặng về lý thuyết, việc liên hệ thực tiễn địa phương "
          "chưa sâu; việc ứng dụng công nghệ thông tin ở một số giảng viên còn hạn chế."),
        P("2. Một số giải pháp", "bold"),
        P("Một là, nâng cao nhận thức và trách nhiệm của giảng viên về vị trí, vai trò của công tác giảng dạy "
          "lý luận chính trị trong tình hình mới."),
        P("Hai là, đẩy mạnh đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của người học; "
          "tăng cường sử dụng tình huống, bài tập thực tiễn trong bài giảng.", "sup:bài giảng.:2"),
        P("Ba là, tăng cường đi thực tế cơ sở, nghiên cứu khoa học gắn với giải quyết những vấn đề thực tiễn "
          "của tỉnh."),
        P("Tài liệu tham khảo", "bold"),
        P("1. Ban Bí thư: Quy định số 09-QĐ/TW ngày 13/11/2019 về trường chính trị chuẩn.", "ftn:1"),
        P("2. Học viện Chính trị quốc gia Hồ Chí Minh: Giáo trình Trung cấp lý luận chính trị - hành chính, "
          "Nxb. Lý luận chính trị, Hà Nội, 2021.", "ftn:2"),
        Raw('<p style="text-align: right;"><strong>ThS. Đặng Thị Minh Nguyệt</strong><br>'
            '<i>Giảng viên Khoa Nhà nước và pháp luật</i></p>'),
    ],
    authors=["Đặng Thị Minh Nguyệt"],
    opts=dict(editor="code", created="2026-11-02T03:14:49.000Z", updated="2026-11-02T03:14:49.000Z",
              dateline="Ngày đăng: 08/10/2026", account="Quản trị hệ thống", description=""),
)

_LETTERHEAD = (
    '<table>\n<thead>\n<tr>\n<th style="text-align:center">TỈNH ỦY TUYÊN QUANG<br>\n<strong>TRƯỜNG CHÍNH TRỊ'
    '</strong><br>\n*</th>\n<th style="text-align:center"><strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong></th>\n'
    '</tr>\n</thead>\n<tbody>\n<tr>\n<td style="text-align:center">Số: 45-TB/TCT</td>\n'
    '<td style="text-align:center"><em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td>\n</tr>\n</tbody>\n'
    '</table>\n<p class="align-center"><strong>THÔNG BÁO</strong><br>\n<strong>Về việc tổ chức thi tốt nghiệp '
    'lớp Trung cấp lý luận chính trị K86</strong></p>'
)
_SIGNATURE = (
    '<table>\n<thead>\n<tr>\n<th><strong><em>Nơi nhận:</em></strong></th>\n'
    '<th style="text-align:center"><strong>KT. HIỆU TRƯỞNG<br>\nPHÓ HIỆU TRƯỞNG</strong></th>\n</tr>\n'
    '</thead>\n<tbody>\n<tr>\n<td>- Ban Giám hiệu;<br>\n- Các phòng, khoa;<br>\n- Lớp TCLLCT K86;<br>\n'
    '- Lưu: VT, QLĐT.</td>\n<td style="text-align:center"><em>(Đã ký)</em><br>\n<br>\n'
    '<strong>Nguyễn Thị Thanh Bình</strong></td>\n</tr>\n</tbody>\n</table>'
)

T1 = _story(
    71, "T1", "thong-bao-lich-thi-tot-nghiep-lop-tcllct-k86",
    "Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị K86",
    "tb", "2026-11-30",
    [
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch đào tạo năm 2026 của Trường Chính trị tỉnh Tuyên Quang; căn cứ tiến độ thực hiện "
          "chương trình lớp Trung cấp lý luận chính trị K86 hệ tập trung, Nhà trường thông báo lịch thi tốt "
          "nghiệp như sau:"),
        P("TT | Nội dung | Thời gian | Địa điểm", "row"),
        P("1 | Ôn thi tốt nghiệp | Từ ngày 07/12 đến ngày 11/12/2026 | Hội trường A", "row"),
        P("2 | Thi tốt nghiệp môn Lý luận chính trị (thi viết) | 7 giờ 30, ngày 14/12/2026 | Phòng thi số 1, 2, 3",
          "row"),
        P("3 | Thi tốt nghiệp môn Thực tiễn và kỹ năng lãnh đạo, quản lý (thi vấn đáp) | 7 giờ 30, ngày "
          "16/12/2026 | Phòng thi số 1, 2, 3", "row"),
        P("Đề nghị các học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên hoặc căn "
          "cước. Phòng Quản lý đào tạo - Nghiên cứu khoa học, các khoa chuyên môn và giáo viên chủ nhiệm lớp "
          "có trách nhiệm triển khai thực hiện Thông báo này./."),
        Raw(_SIGNATURE),
        Raw('<p>📎 Tải về: <a href="/van-ban/2026/45-TB-TCT.pdf" class="is-internal-link is-valid-page">'
            '45-TB-TCT.pdf</a> (186 KB)</p>'),
    ],
    authors=["Nguyễn Thị Thanh Bình"],
    opts=dict(editor="markdown", created="2026-12-01T02:10:00.000Z", updated="2026-12-01T02:10:00.000Z",
              dateline=None, related=[], tags=[("thong-bao", "thông báo")], account="bientap.tct",
              description="Thông báo số 45-TB/TCT ngày 30/11/2026"),
)

STORIES = [H1, H2, H3, H4, H5, H6, D1, D2, D3, D4, N1, N2, T1]
BY_KEY = {s.opts["key"]: s for s in STORIES}


def _apath(story: Story) -> str:
    """The Wiki.js path of an article (no locale, no leading slash)."""
    return "tin-tuc/2026/" + story.slug


# --- rendering the content as Wiki.js stores it ---------------------------------------------------

_PUNCT = re.compile(r"[^\w\s-]", re.UNICODE)


def _anchor(text: str) -> str:
    """Wiki.js' heading ids: lower case, punctuation gone, spaces to dashes, letters kept."""
    return re.sub(r"\s+", "-", _PUNCT.sub("", text.lower()).strip())


def _heading(level: int, text: str) -> str:
    a = _anchor(text)
    return (f'<h{level} class="toc-header" id="{esc(a)}"><a href="#{esc(a)}" class="toc-anchor">¶</a> '
            f"{esc(text)}</h{level}>")


def _link(path: str, label: str, valid: bool = True) -> str:
    state = "is-valid-page" if valid else "is-invalid-page"
    return f'<a href="{esc(path)}" class="is-internal-link {state}">{label}</a>'


def _day(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def _fn_calls(text: str) -> str:
    """markdown-it-footnote's calls: the "[n]" a reader sees sits inside a superscript link."""
    return re.sub(
        r"\[(\d+)\]",
        lambda m: (f'<sup class="footnote-ref"><a href="#fn{m[1]}" id="fnref{m[1]}">[{m[1]}]</a></sup>'),
        text,
    )


def _table(rows: list[str], cell_attr: str = "") -> str:
    head, *body = [r.split(" | ") for r in rows]
    out = ["<table>", "<thead>", "<tr>"]
    out += [f"<th{cell_attr}>{esc(c)}</th>" for c in head]
    out += ["</tr>", "</thead>", "<tbody>"]
    for row in body:
        out.append("<tr>")
        out += [f"<td{cell_attr}>{esc(c)}</td>" for c in row]
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _groups(blocks):
    """Consecutive list items / table rows come out as one group."""
    run: list = []
    for b in blocks:
        kind = b.style if isinstance(b, P) and b.style in ("li", "row") else None
        if run and (kind is None or run[0].style != kind):
            yield run
            run = []
        if kind:
            run.append(b)
        else:
            yield [b]
    if run:
        yield run


def _related_md(story: Story) -> str:
    keys = story.opts.get("related") or []
    if not keys and not story.opts.get("broken_related"):
        return ""
    items = [f"<li>{_link('/vi/' + _apath(BY_KEY[k]), esc(BY_KEY[k].title))}</li>" for k in keys]
    if story.opts.get("broken_related"):
        items.append("<li>" + _link("/vi/tin-tuc/2026/hoi-thao-khoa-hoc-cap-truong-2026",
                                    "Hội thảo khoa học cấp trường năm 2026", valid=False) + "</li>")
    return _heading(4, "Tin liên quan") + "\n<ul>\n" + "\n".join(items) + "\n</ul>"


def _tags_line(story: Story) -> str:
    tags = story.opts.get("tags") or []
    links = ", ".join(f'<a href="/t/{t}" class="is-internal-link is-valid-page">#{esc(title)}</a>'
                      for t, title in tags)
    return f'<p class="tct-tukhoa">Từ khóa: {links}</p>' if tags else ""


def _tools_line(story: Story) -> str:
    path = _apath(story)
    share = f"{SITE_URL}/vi/{path}"
    return (
        '<p class="tct-congcu">'
        f'<a href="/s/vi/{path}" class="is-internal-link is-valid-page">🖨 Bản in</a> | '
        f'<a href="/h/vi/{path}" class="is-internal-link is-valid-page">Lịch sử chỉnh sửa</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(share)}" class="is-external-link">'
        "Chia sẻ Facebook</a> | "
        f'<a href="https://zalo.me/share?url={esc(share)}" class="is-external-link">Zalo</a></p>'
    )


def _breadcrumb_md(story: Story) -> str:
    label, cpath = CATS[story.opts["cat"]]
    return (f'<p class="tct-dd">{_link("/vi/home", "Trang chủ")} » '
            f'{_link("/vi/" + cpath, esc(label))}</p>')


def render_markdown(story: Story) -> str:
    out = [_breadcrumb_md(story)]
    if story.opts.get("dateline"):
        out.append(f"<p><em>{esc(story.opts['dateline'])}</em></p>")
    if story.opts.get("byline_top"):
        out.append(story.opts["byline_top"])
    notes = []
    for group in _groups(story.blocks):
        b = group[0]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            alt = "" if b.style == "next" else b.style
            img = f'<img src="{esc(b.src)}" alt="{esc(alt)}">'
            out.append(f"<p>{img}<br>\n<em>{esc(b.printed)}</em></p>" if b.printed else f"<p>{img}</p>")
        elif b.style == "li":
            out.append("<ul>\n" + "\n".join(f"<li>{esc(x.text)}</li>" for x in group) + "\n</ul>")
        elif b.style == "row":
            out.append(_table([x.text for x in group]))
        elif b.style in ("h2", "h3"):
            out.append(_heading(int(b.style[1]), b.text))
        elif b.style == "lead":
            out.append(f"<p><strong>{_fn_calls(esc(b.text))}</strong></p>")
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p>{esc(b.text)}</p>\n</blockquote>")
        elif b.style == "fn":
            notes.append(b.text)
        else:
            out.append(f"<p>{_fn_calls(esc(b.text))}</p>")
    if story.opts.get("tools"):
        out.append(_tools_line(story))
    for piece in (_related_md(story), _tags_line(story)):
        if piece:
            out.append(piece)
    if notes:
        items = "\n".join(
            f'<li id="fn{i}" class="footnote-item"><p>{esc(t)} <a href="#fnref{i}" class="footnote-backref">↩︎</a>'
            "</p>\n</li>" for i, t in enumerate(notes, 1))
        out.append(f'<hr class="footnotes-sep">\n<section class="footnotes">\n<ol class="footnotes-list">\n'
                   f"{items}\n</ol>\n</section>")
    return "\n".join(out)


def render_ckeditor(story: Story) -> str:
    label, cpath = CATS[story.opts["cat"]]
    out = [f'<p><a href="/vi/home">Trang chủ</a> &gt; <a href="/vi/{cpath}">{esc(label)}</a></p>']
    widths = iter(("78.5%", "64.2%", "70%"))
    for b in story.blocks:
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
            out.append(f'<figure class="image image_resized" style="width:{next(widths)};">'
                       f'<img src="{esc(b.src)}">{cap}</figure>')
        else:
            out.append(f'<p style="text-align:justify;">{esc(b.text)}&nbsp;</p>')
    keys = story.opts.get("related") or []
    out.append("<p><strong>Tin liên quan:</strong></p>\n<ul>"
               + "".join(f'<li><a href="/vi/{_apath(BY_KEY[k])}">{esc(BY_KEY[k].title)}</a></li>' for k in keys)
               + "</ul>")
    out.append(_tags_line(story))
    return "\n".join(out)


_TNR = "font-size: 14pt; font-family: 'times new roman', times;"
_MSO_SPAN = 'lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"'


def render_code(story: Story) -> str:
    """A page imported from the old Joomla site: its HTML as the old editors left it."""
    label, cpath = CATS[story.opts["cat"]]
    out = ['<div class="baiviet-cu">',
           f'<div class="muc-cu">Chuyên mục: {_link("/vi/" + cpath, esc(label))}</div>']
    if story.opts.get("title_again"):
        out.append(_heading(2, story.title))
    out.append(f'<div class="ngay-cu"><i>{esc(story.opts["dateline"])}</i></div>')
    for b in story.blocks:
        if isinstance(b, Raw):
            out.append(b.html)
            continue
        if isinstance(b, Img):
            out.append(f'<p style="text-align: center;"><img src="{esc(b.src)}" alt="" width="600" '
                       'height="400"></p>')
            if b.printed:
                out.append(f'<p style="text-align: center;"><em><span style="font-size: 12pt;">{esc(b.printed)}'
                           "</span></em></p>")
            continue
        t = esc(b.text)
        if b.style.startswith("sup:"):
            _, after, n = b.style.split(":")
            i = t.index(esc(after)) + len(esc(after))
            t = (f'{t[:i]}<sup><a href="#_ftn{n}" name="_ftnref{n}" title="">{n}</a></sup>{t[i:]}')
            out.append(f'<p style="text-align: justify;"><span style="{_TNR}">{t}</span></p>')
        elif b.style.startswith("ftn:"):
            n = b.style.split(":")[1]
            out.append(f'<p style="text-align: justify;"><a name="_ftn{n}"></a><span style="font-size: 12pt;">'
                       f"{t}</span></p>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong><span style="{_TNR}">{t}</span></strong></p>')
        elif b.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
        elif b.style == "mso":
            out.append('<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                       f"<span {_MSO_SPAN}>{t}</span></p>")
        elif b.style == "msoli":
            out.append(
                '<p class="MsoListParagraph" style="margin-left:54.0pt;text-align:justify;text-indent:-18.0pt;'
                'line-height:150%;mso-list:l0 level1 lfo1"><span style="font-size:14.0pt;line-height:150%;'
                'font-family:&quot;Times New Roman&quot;,serif"><span style="mso-list:Ignore">-<span '
                'style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                f"</span></span></span><span {_MSO_SPAN}>{t}</span></p>")
        else:
            out.append(f'<p style="text-align: justify;"><span style="{_TNR}">{t}&nbsp;</span></p>')
    out.append("</div>")
    return "\n".join(out)


_FN_MD = re.compile(r"\[(\d+)\]")
_RIGHT = re.compile(r'<p class="align-right"><(strong|em)>(.*)</\1></p>')


def _raw_md(markup: str) -> str:
    """A right-aligned byline as it was typed: ``**…**`` and markdown-it-attrs' ``{.align-right}``."""
    m = _RIGHT.fullmatch(markup)
    if not m:
        return markup
    mark = "**" if m[1] == "strong" else "*"
    return f"{mark}{m[2]}{mark}\n{{.align-right}}"


def markdown_source(story: Story) -> str:
    """What the editors typed (shown by ``/s/``): enough Markdown to read as the page's source."""
    label, cpath = CATS[story.opts["cat"]]
    lines = [f"[Trang chủ](/vi/home) » [{label}](/vi/{cpath})", "{.tct-dd}", ""]
    if story.opts.get("dateline"):
        lines += [f"*{story.opts['dateline']}*", ""]
    if story.opts.get("byline_top"):
        lines += [story.opts["byline_top"], ""]
    notes = []
    for group in _groups(story.blocks):
        b = group[0]
        if isinstance(b, Raw):
            lines += [_raw_md(b.html), ""]
        elif isinstance(b, Img):
            alt = "" if b.style == "next" else b.style
            lines += [f"![{alt}]({b.src})"] + ([f"*{b.printed}*"] if b.printed else []) + [""]
        elif b.style == "li":
            lines += [f"- {x.text}" for x in group] + [""]
        elif b.style == "row":
            cells = [x.text.split(" | ") for x in group]
            lines += ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * len(cells[0])]
            lines += ["| " + " | ".join(r) + " |" for r in cells[1:]] + [""]
        elif b.style in ("h2", "h3"):
            lines += ["#" * int(b.style[1]) + " " + b.text, ""]
        elif b.style == "lead":
            lines += ["**" + _FN_MD.sub(r"[^\1]", b.text) + "**", ""]
        elif b.style == "quote":
            lines += [f"> {b.text}", ""]
        elif b.style == "fn":
            notes.append(b.text)
        else:
            lines += [_FN_MD.sub(r"[^\1]", b.text), ""]
    if story.opts.get("tools"):
        path = _apath(story)
        lines += [f"[🖨 Bản in](/s/vi/{path}) | [Lịch sử chỉnh sửa](/h/vi/{path})", ""]
    keys = story.opts.get("related") or []
    if keys:
        lines += ["#### Tin liên quan"] + [f"- [{BY_KEY[k].title}](/vi/{_apath(BY_KEY[k])})" for k in keys] + [""]
    tags = story.opts.get("tags") or []
    if tags:
        lines += ["Từ khóa: " + ", ".join(f"[#{title}](/t/{t})" for t, title in tags), ""]
    lines += [f"[^{i}]: {t}" for i, t in enumerate(notes, 1)]
    return "\n".join(lines).rstrip() + "\n"


def render_article(story: Story) -> str:
    editor = story.opts["editor"]
    if editor == "markdown":
        return render_markdown(story)
    if editor == "ckeditor":
        return render_ckeditor(story)
    return render_code(story)


def _toc(content: str) -> list[dict]:
    return [{"title": re.sub(r"<[^>]+>", "", t).strip(), "anchor": f"#{a}", "children": []}
            for a, t in re.findall(r'<h[1-4] class="toc-header" id="([^"]+)"><a [^>]+>¶</a> (.*?)</h', content)]


# --- the chrome the vendor injected (Theme > Code injection) --------------------------------------

_N1_PATH = "/tin-tuc/2026/" + N1.slug  # typed without the locale: Wiki.js answers 302
_FBCLID = "?fbclid=IwAR2kqLx0T7vQm1pYfZ9c8hN3sUuB4eWd6rJtA5oG0yKiHlEVbMnXzC1aSg"

INJECT_CSS = (
    "#tct-dauTrang{background:#b71c1c url(/_assets/tct/trong-dong.png) no-repeat right;color:#fff}"
    "#mnNgang>li{display:inline-block;position:relative}#mnNgang .mn-con{display:none;position:absolute}"
    "#mnNgang li:hover .mn-con{display:block}#tct-cotPhai{position:absolute;right:0;top:220px;width:290px}"
    ".kp-td{background:#c62828;color:#ff0;font-weight:bold;padding:4px 8px}"
    ".tct-dd{font-size:13px;color:#777}.tct-congcu,.tct-tukhoa{font-size:13px}"
)

INJECT_BODY = f"""<!-- TCT: giao dien bo sung (vendor) - cap nhat 02/11/2026 -->
<div id="tct-dauTrang" class="an-khi-in">
  <div class="dt-tren">
    <span class="dt-ngay">{HEADER_DATE}</span>
    <span class="dt-nong">Đường dây nóng: 0207.3822.416</span>
    <form class="dt-tim" action="https://www.google.com/search" method="get" target="_blank">
      <input type="hidden" name="sitesearch" value="truongchinhtri.tuyenquang.gov.vn">
      <input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button>
    </form>
  </div>
  <a href="/" class="dt-logo"><img src="/_assets/tct/logo-tct-tq.png" alt="Logo Trường Chính trị tỉnh Tuyên Quang"></a>
  <div class="dt-ten">TỈNH ỦY TUYÊN QUANG<br><b>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</b></div>
  <marquee scrollamount="4" class="dt-chay">Chào mừng kỷ niệm 80 năm Ngày Toàn quốc kháng chiến (19/12/1946 - 19/12/2026)
  *** Nhiệt liệt chào mừng Ngày thành lập Quân đội nhân dân Việt Nam 22/12</marquee>
  <ul id="mnNgang">
    <li><a href="/vi/home">Trang chủ</a></li>
    <li class="co-con"><a href="/vi/gioi-thieu/lich-su-hinh-thanh">Giới thiệu ▾</a>
      <ul class="mn-con">
        <li><a href="/vi/gioi-thieu/lich-su-hinh-thanh">Lịch sử hình thành</a></li>
        <li><a href="/vi/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
      </ul></li>
    <li class="co-con"><a href="javascript:void(0)">Tin tức ▾</a>
      <ul class="mn-con">
        <li><a href="/vi/chuyen-muc/hoat-dong-cua-truong">Hoạt động của Trường</a></li>
        <li><a href="/vi/chuyen-muc/dao-tao-boi-duong">Đào tạo - Bồi dưỡng</a></li>
        <li><a href="/vi/chuyen-muc/thong-bao">Thông báo</a></li>
      </ul></li>
    <li><a href="/vi/chuyen-muc/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></li>
    <li><a href="/vi/van-ban">Văn bản</a></li>
    <li class="co-con"><a href="javascript:void(0)">Thư viện ▾</a>
      <ul class="mn-con">
        <li><a href="/vi/thu-vien-anh/le-khai-giang-k87">Ảnh hoạt động</a></li>
        <li><a href="/vi/video/phong-su-truong-chinh-tri-tinh-tuyen-quang">Video</a></li>
      </ul></li>
    <li><a href="/vi/lich-cong-tac/tuan-49-2026">Lịch công tác</a></li>
    <li><a href="/vi/lien-he">Liên hệ</a></li>
  </ul>
</div>
<div id="tct-cotPhai" class="an-khi-in">
  <div class="kp" id="kp-01">
    <div class="kp-td">THÔNG BÁO</div>
    <div class="kp-nd">Website đang chuyển đổi sang nền tảng mới từ ngày 02/11/2026. Một số bài viết cũ có thể
    hiển thị chưa đúng định dạng, mong quý bạn đọc thông cảm.</div>
  </div>
  <div class="kp" id="kp-02">
    <div class="kp-td">TIN ĐỌC NHIỀU</div>
    <ol class="kp-ds">
      <li><a href="/vi/{_apath(H1)}{_FBCLID}">{esc(H1.title)}</a> <span>(1.532)</span></li>
      <li><a href="{_N1_PATH}">{esc(N1.title)}</a> <span>(1.208)</span></li>
      <li><a href="/vi/{_apath(D2)}/">{esc(D2.title)}</a> <span>(987)</span></li>
      <li><a href="/vi/{_apath(H3)}">{esc(H3.title)}</a> <span>(645)</span></li>
      <li><a href="/vi/tin-tuc/2025/hoi-nghi-tong-ket-nam-hoc-2024-2025">Hội nghị tổng kết năm học 2024 - 2025</a>
        <span>(2.417)</span></li>
    </ol>
  </div>
  <div class="kp" id="kp-03">
    <a href="https://tuyenquang.gov.vn" target="_blank"><img src="/_assets/tct/bn-cong-ttdt-tinh.jpg"
      alt="Cổng Thông tin điện tử tỉnh"></a>
    <a href="https://baotuyenquang.com.vn" target="_blank"><img src="/_assets/tct/bn-bao-tuyen-quang.jpg"
      alt="Báo Tuyên Quang"></a>
    <a href="https://hcma.vn" target="_blank"><img src="/_assets/tct/bn-hv-ctqg.jpg"
      alt="Học viện Chính trị quốc gia Hồ Chí Minh"></a>
  </div>
  <div class="kp" id="kp-04">
    <div class="kp-td">LIÊN KẾT WEBSITE</div>
    <select onchange="if(this.value)window.open(this.value)">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>
      <option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option>
      <option value="https://tuyengiao.vn">Tuyên giáo</option>
      <option value="https://tinhuytuyenquang.org.vn">Tỉnh ủy Tuyên Quang</option>
    </select>
  </div>
  <div class="kp" id="kp-05">
    <div class="kp-td">THĂM DÒ Ý KIẾN</div>
    <form action="https://khaosat.tuyenquang.gov.vn/binh-chon/17" method="post">
      <p>Bạn đánh giá thế nào về giao diện mới của website?</p>
      <label><input type="radio" name="pa" value="1"> Đẹp, dễ sử dụng</label><br>
      <label><input type="radio" name="pa" value="2"> Bình thường</label><br>
      <label><input type="radio" name="pa" value="3"> Khó tìm tin bài</label><br>
      <button type="submit">Bình chọn</button>
    </form>
  </div>
  <div class="kp" id="kp-06">
    <div class="kp-td">THỐNG KÊ TRUY CẬP</div>
    <table class="bo-dem">
      <tr><td>Đang online:</td><td>27</td></tr>
      <tr><td>Hôm nay:</td><td>1.204</td></tr>
      <tr><td>Tháng này:</td><td>9.876</td></tr>
      <tr><td>Tổng truy cập:</td><td>2.381.650</td></tr>
    </table>
  </div>
</div>
<div id="tct-chanTrang" class="an-khi-in">
  <p><b>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</b></p>
  <p>Địa chỉ: Số 268, đường Lê Duẩn, phường Minh Xuân, tỉnh Tuyên Quang</p>
  <p>Điện thoại: 0207.3822.416 - Fax: 0207.3822.419 - Email: truongchinhtri@tuyenquang.gov.vn</p>
  <p>Chịu trách nhiệm nội dung: Hiệu trưởng Hoàng Văn Lâm</p>
  <p>© 2026 Bản quyền thuộc Trường Chính trị tỉnh Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin từ
  website này. Vận hành trên nền tảng <a href="https://js.wiki" target="_blank">Wiki.js</a>.</p>
</div>
<script>/* TCT: dua khoi dau trang vao khung Vue */ document.addEventListener('DOMContentLoaded',function(){{}});</script>"""

_NAV = [
    {"id": "a1", "kind": "link", "label": "Trang chủ", "icon": "mdi-home", "targetType": "page",
     "target": "/vi/home", "visibilityMode": "all", "visibilityGroups": None},
    {"id": "a2", "kind": "header", "label": "TIN TỨC"},
    *[
        {"id": f"b{i}", "kind": "link", "label": label, "icon": "mdi-newspaper-variant-outline",
         "targetType": "page", "target": f"/vi/{path}", "visibilityMode": "all", "visibilityGroups": None}
        for i, (label, path) in enumerate(CATS.values())
    ],
    {"id": "c1", "kind": "divider"},
    {"id": "c2", "kind": "link", "label": "Văn bản", "icon": "mdi-file-document", "targetType": "page",
     "target": "/vi/van-ban", "visibilityMode": "all", "visibilityGroups": None},
    {"id": "c3", "kind": "link", "label": "Liên hệ", "icon": "mdi-phone", "targetType": "page",
     "target": "/vi/lien-he", "visibilityMode": "all", "visibilityGroups": None},
]


def _b64(value) -> str:
    data = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(data.encode("utf-8")).decode("ascii")


SIDEBAR_B64 = _b64(_NAV)
PERMS_B64 = _b64({
    "comments": {"read": False, "write": False, "manage": False},
    "history": {"read": True}, "source": {"read": True},
    "pages": {"write": False, "manage": False, "delete": False, "script": False, "style": False},
    "system": {"manage": False},
})
SITE_CONFIG = json.dumps(
    {"title": SITE_TITLE, "darkMode": False, "lang": "vi", "rtl": False, "company": SITE_TITLE,
     "contentLicense": "", "logoUrl": "/_assets/tct/logo-tct-tq.png"},
    ensure_ascii=False, separators=(",", ":"))


@dataclass
class WikiPage:
    path: str
    title: str
    content: str
    created: str
    updated: str
    page_id: int
    editor: str = "markdown"
    description: str = ""
    account: str = "bientap.tct"
    tags: list = field(default_factory=list)
    source: str = ""


def _head(title: str, description: str, path: str, inject: bool = True) -> str:
    extra = f"\n<style>{INJECT_CSS}</style>" if inject else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta charset="UTF-8">
<meta name="viewport" content="user-scalable=yes, width=device-width, initial-scale=1, maximum-scale=5">
<meta name="theme-color" content="#b71c1c">
<meta name="msapplication-TileColor" content="#b71c1c">
<meta name="msapplication-TileImage" content="/_assets/favicons/mstile-150x150.png">
<title>{esc(title)} | {SITE_TITLE}</title>
<meta name="description" content="{esc(description)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="website">
<meta property="og:description" content="{esc(description)}">
<meta property="og:image" content="">
<meta property="og:url" content="{SITE_URL}/vi/{esc(path)}">
<meta property="og:site_name" content="{SITE_TITLE}">
<link rel="apple-touch-icon" sizes="180x180" href="/_assets/favicons/apple-touch-icon.png">
<link rel="icon" type="image/png" sizes="32x32" href="/_assets/favicons/favicon-32x32.png">
<link rel="icon" type="image/png" sizes="16x16" href="/_assets/favicons/favicon-16x16.png">
<link rel="manifest" href="/_assets/manifest.json">
<script>
var siteId = 'b3f0c7e2-5d41-4a8e-9c6f-2e7a1d9b4c30'
var siteConfig = {SITE_CONFIG}
var siteLangs = [{{"code":"vi","name":"Vietnamese","nativeName":"Tiếng Việt","isRTL":false}}]
</script>
<link type="text/css" rel="stylesheet" href="/_assets/css/app.b378ac44c34c8a16f5c2.css">
<script type="text/javascript" src="/_assets/js/runtime.js?1669720145"></script>
<script type="text/javascript" src="/_assets/js/app.js?1669720145"></script>{extra}
</head>"""


def _tags_attr(tags) -> str:
    return esc(json.dumps([{"tag": t, "title": title} for t, title in tags], ensure_ascii=False,
                          separators=(",", ":")))


def page_view(wp: WikiPage) -> str:
    toc = _b64(_toc(wp.content))
    return f"""{_head(wp.title, wp.description, wp.path)}
<body>
<div id="root">
<page locale="vi" path="{esc(wp.path)}" title="{esc(wp.title)}" description="{esc(wp.description)}" \
:tags="{_tags_attr(wp.tags)}" created-at="{wp.created}" updated-at="{wp.updated}" author-name="{esc(wp.account)}" \
:author-id="{3 if wp.account == 'bientap.tct' else 1}" editor="{wp.editor}" :is-published="true" toc="{toc}" \
:page-id="{wp.page_id}" sidebar="{SIDEBAR_B64}" nav-mode="MIXED" comments-enabled="false" \
effective-permissions="{PERMS_B64}" comments-external="false">
<template slot="contents">
<div>{wp.content}</div>
</template>
<template slot="comments">
<div></div>
</template>
</page>
</div>
{INJECT_BODY}
</body>
</html>
"""


def source_view(wp: WikiPage) -> str:
    return f"""{_head(wp.title, wp.description, wp.path, inject=False)}
<body>
<div id="root">
<page-source page-id="{wp.page_id}" locale="vi" path="{esc(wp.path)}" :version-id="0" version-date="" \
effective-permissions="{PERMS_B64}">
<template slot="contents">
<div><pre><code>{esc(wp.source or wp.content)}</code></pre></div>
</template>
</page-source>
</div>
</body>
</html>
"""


def history_view(wp: WikiPage) -> str:
    return f"""{_head(wp.title, wp.description, wp.path, inject=False)}
<body>
<div id="root">
<history :page-id="{wp.page_id}" locale="vi" path="{esc(wp.path)}" title="{esc(wp.title)}" \
description="{esc(wp.description)}" :tags="{_tags_attr(wp.tags)}" created-at="{wp.created}" \
updated-at="{wp.updated}" author-name="{esc(wp.account)}" :author-id="3" :is-published="true" \
effective-permissions="{PERMS_B64}"></history>
</div>
</body>
</html>
"""


def tags_view() -> str:
    return f"""{_head("Duyệt theo thẻ", "", "t", inject=False)}
<body>
<div id="root">
<tags></tags>
</div>
</body>
</html>
"""


# --- hand-made index pages, the home page and the pages that are not articles -------------------

LISTS = {
    "hd": [[H1, H2, H3], [H4, H5, H6]],
    "dt": [[D1, D2, D3], [D4]],
    "nc": [[N1, N2]],
    "tb": [[T1, D2]],
}
D2_COPY = D2.opts["copy"]


def _teaser(story: Story, words: int = 28) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def _item(story: Story, href: str | None = None) -> str:
    href = href or "/vi/" + _apath(story)
    thumb = next((b.src for b in story.blocks if isinstance(b, Img)), "/_assets/tct/anh-mac-dinh.jpg")
    img = f'<img src="{esc(thumb)}" alt="" width="160">'
    strong = f"<strong>{esc(story.title)}</strong>"
    return (f"<li>{_link(href, img)} {_link(href, strong)} <em>({_day(story)})</em><br>\n"
            f"{esc(_teaser(story))}</li>")


def _listing(cat: str, page: int) -> str:
    label, cpath = CATS[cat]
    pages = LISTS[cat]
    items = []
    for s in pages[page - 1]:
        copy = cat == "tb" and s is D2
        items.append(_item(s, "/vi/" + D2_COPY if copy else None))
    out = [f'<p class="tct-dd">{_link("/vi/home", "Trang chủ")} » {esc(label)}</p>',
           '<ul class="tct-ds">', *items, "</ul>"]
    if len(pages) > 1:
        base = "/vi/" + cpath
        if page == 1:
            out.append(f"<p><strong>Trang:</strong> 1 · {_link(base + '/trang-2', '2')} · "
                       f"{_link(base + '/trang-2', 'Trang sau »')}</p>")
        else:
            out.append(f"<p><strong>Trang:</strong> {_link(base, '« Trang trước')} · {_link(base, '1')} · 2</p>")
    return "\n".join(out)


def _home() -> str:
    newest = [H1, D1, H2, D2, N1]
    featured = f'<img src="{IMG}k87-khai-giang-01.jpg" alt="" width="480">'
    cats = "\n".join(f"<li>{_link('/vi/' + p, esc(label))}</li>" for label, p in CATS.values())
    return "\n".join([
        '<div class="tct-trangchu">',
        _heading(2, "Tin mới"),
        f'<p>{_link("/vi/" + _apath(H1), featured)}</p>',
        '<ul class="tct-ds">', *[_item(s) for s in newest], "</ul>",
        _heading(2, "Thông báo"),
        "<ul>",
        f"<li>{_link('/vi/' + _apath(T1), esc(T1.title))} <em>(01/12/2026)</em></li>",
        f"<li>{_link('/vi/' + D2_COPY, esc(D2.title))} <em>(24/11/2026)</em></li>",
        "</ul>",
        _heading(2, "Chuyên mục"),
        f"<ul>\n{cats}\n</ul>",
        _heading(2, "Thư viện ảnh - Video"),
        f"<p>{_link('/vi/thu-vien-anh/le-khai-giang-k87', 'Album: Lễ khai giảng lớp TCLLCT K87')} · "
        f"{_link('/vi/video/phong-su-truong-chinh-tri-tinh-tuyen-quang', 'Video: Phóng sự về Nhà trường')}</p>",
        "</div>",
    ])


_INTRO = "\n".join([
    '<p class="tct-dd"><a href="/vi/home" class="is-internal-link is-valid-page">Trang chủ</a> » Giới thiệu</p>',
    '<p><img src="/gioi-thieu/anh/tru-so-truong.jpg" alt="Trụ sở Trường Chính trị tỉnh"></p>',
    "<p>Trường Chính trị tỉnh Tuyên Quang tiền thân là Trường Đảng tỉnh Tuyên Quang, được thành lập năm 1949 "
    "tại xã Kim Quan, huyện Yên Sơn. Trải qua hơn 75 năm xây dựng và phát triển, Nhà trường đã nhiều lần đổi "
    "tên, sáp nhập và chia tách theo yêu cầu nhiệm vụ của từng thời kỳ cách mạng.</p>",
    _heading(2, "Các giai đoạn phát triển"),
    "<p>Năm 1991, khi tái lập tỉnh Tuyên Quang, Trường Đảng tỉnh được đổi tên thành Trường Chính trị tỉnh. "
    "Ngày 01/7/2025, thực hiện Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, Trường Chính trị "
    "tỉnh Tuyên Quang và Trường Chính trị tỉnh Hà Giang được hợp nhất thành Trường Chính trị tỉnh Tuyên Quang.</p>",
    _heading(2, "Phần thưởng cao quý"),
    "<ul>\n<li>Huân chương Lao động hạng Nhất (2009);</li>\n<li>Huân chương Độc lập hạng Ba (2019).</li>\n</ul>",
])

_ORG = "\n".join([
    '<p class="tct-dd"><a href="/vi/home" class="is-internal-link is-valid-page">Trang chủ</a> » Giới thiệu</p>',
    _heading(2, "Ban Giám hiệu"),
    _table(["Họ và tên | Chức vụ | Điện thoại",
            "Hoàng Văn Lâm | Hiệu trưởng | 0207.3822.411",
            "Nguyễn Thị Thanh Bình | Phó Hiệu trưởng | 0207.3822.412",
            "Vương Đình Thắng | Phó Hiệu trưởng | 0207.3822.413"]),
    _heading(2, "Các phòng, khoa"),
    "<ul>\n<li>Phòng Tổ chức - Hành chính</li>\n<li>Phòng Quản lý đào tạo - Nghiên cứu khoa học</li>\n"
    "<li>Khoa Lý luận cơ sở</li>\n<li>Khoa Xây dựng Đảng</li>\n<li>Khoa Nhà nước và pháp luật</li>\n"
    "<li>Khoa Dân vận</li>\n</ul>",
])

_CONTACT = "\n".join([
    _heading(2, "Trường Chính trị tỉnh Tuyên Quang"),
    "<p>Địa chỉ: Số 268, đường Lê Duẩn, phường Minh Xuân, tỉnh Tuyên Quang<br>\n"
    "Điện thoại: 0207.3822.416 - Fax: 0207.3822.419<br>\n"
    'Email: <a href="mailto:truongchinhtri@tuyenquang.gov.vn">truongchinhtri@tuyenquang.gov.vn</a></p>',
    '<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3710.2!2d105.21!3d21.82" '
    'width="100%" height="380" style="border:0;" loading="lazy"></iframe></p>',
])

_DOC = "\n".join([
    '<p class="tct-dd"><a href="/vi/home" class="is-internal-link is-valid-page">Trang chủ</a> » '
    '<a href="/vi/van-ban" class="is-internal-link is-valid-page">Văn bản</a></p>',
    _table(["Số ký hiệu | 412-QĐ/TCT",
            "Ngày ban hành | 16/11/2026",
            "Loại văn bản | Quyết định",
            "Cơ quan ban hành | Trường Chính trị tỉnh Tuyên Quang",
            "Trích yếu | Về việc ban hành Quy chế đào tạo trung cấp lý luận chính trị",
            "Người ký | Hoàng Văn Lâm"]),
    '<p>📎 Tệp đính kèm: <a href="/van-ban/2026/412-QD-TCT.pdf" class="is-internal-link is-valid-page">'
    "412-QD-TCT.pdf</a></p>",
])

_DOCS = "\n".join([
    '<p class="tct-dd"><a href="/vi/home" class="is-internal-link is-valid-page">Trang chủ</a> » Văn bản</p>',
    _table(["Số ký hiệu | Ngày ban hành | Trích yếu",
            "412-QĐ/TCT | 16/11/2026 | Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị",
            "45-TB/TCT | 30/11/2026 | Thông báo lịch thi tốt nghiệp lớp TCLLCT K86",
            "398-KH/TCT | 02/11/2026 | Kế hoạch đào tạo, bồi dưỡng năm 2027"]).replace(
        "<td>412-QĐ/TCT</td>",
        '<td><a href="/vi/van-ban/quyet-dinh-412-qd-tct" class="is-internal-link is-valid-page">412-QĐ/TCT</a></td>',
    ).replace(
        "<td>45-TB/TCT</td>",
        '<td><a href="/van-ban/2026/45-TB-TCT.pdf" class="is-internal-link is-valid-page">45-TB/TCT</a></td>',
    ).replace(
        "<td>398-KH/TCT</td>",
        '<td><a href="/van-ban/2026/398-KH-TCT.pdf" class="is-internal-link is-valid-page">398-KH/TCT</a></td>',
    ),
])

_ALBUM = "\n".join([
    '<p class="tct-dd"><a href="/vi/home" class="is-internal-link is-valid-page">Trang chủ</a> » Thư viện ảnh</p>',
    '<p class="tct-album">'
    + "\n".join(f'<img src="/thu-vien-anh/k87/k87-{i:02d}.jpg" alt="Ảnh {i}" width="240">' for i in range(1, 7))
    + "</p>",
    "<p><em>Một số hình ảnh tại Lễ khai giảng lớp Trung cấp lý luận chính trị K87 hệ không tập trung, "
    "ngày 03/12/2026.</em></p>",
])

_VIDEO = "\n".join([
    '<p class="tct-dd"><a href="/vi/home" class="is-internal-link is-valid-page">Trang chủ</a> » Video</p>',
    '<div class="video-responsive"><iframe src="https://www.youtube.com/embed/3kQpL8wNf2A" width="100%" '
    'height="420" allowfullscreen></iframe></div>',
    "<p>Phóng sự giới thiệu về Trường Chính trị tỉnh Tuyên Quang, do Báo và Phát thanh, Truyền hình Tuyên "
    "Quang thực hiện (thời lượng 12 phút).</p>",
])

_CAL = "\n".join([
    '<p class="tct-dd"><a href="/vi/home" class="is-internal-link is-valid-page">Trang chủ</a> » Lịch công tác</p>',
    _heading(2, "Lịch công tác tuần 49 (từ ngày 30/11 đến ngày 06/12/2026)"),
    _table(["Thứ, ngày | Buổi | Nội dung | Chủ trì",
            "Thứ Hai, 30/11 | Sáng | Giao ban Ban Giám hiệu | Hiệu trưởng",
            "Thứ Ba, 01/12 | Chiều | Bế giảng lớp bồi dưỡng CNKT cán bộ cấp xã (đợt 2) | Đ/c Bình",
            "Thứ Năm, 03/12 | Sáng | Khai giảng lớp TCLLCT K87 hệ không tập trung | Đ/c Bình",
            "Thứ Sáu, 04/12 | Cả ngày | Kiểm tra hồ sơ thi tốt nghiệp lớp TCLLCT K86 | Phòng QLĐT-NCKH",
            "Thứ Bảy, 05/12 | Sáng | Trực cơ quan | Phòng TC-HC"]),
])

NON_ARTICLE_PAGES = [
    # path, title, content, page id
    ("gioi-thieu/lich-su-hinh-thanh", "Lịch sử hình thành và phát triển", _INTRO, 3),
    ("gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức", _ORG, 4),
    ("lien-he", "Liên hệ", _CONTACT, 5),
    ("van-ban/quyet-dinh-412-qd-tct",
     "Quyết định số 412-QĐ/TCT ban hành Quy chế đào tạo trung cấp lý luận chính trị", _DOC, 21),
    ("thu-vien-anh/le-khai-giang-k87", "Album ảnh: Lễ khai giảng lớp TCLLCT K87", _ALBUM, 31),
    ("video/phong-su-truong-chinh-tri-tinh-tuyen-quang", "Video: Phóng sự về Trường Chính trị tỉnh Tuyên Quang",
     _VIDEO, 32),
    ("lich-cong-tac/tuan-49-2026", "Lịch công tác tuần 49 năm 2026", _CAL, 35),
]


def _pages() -> dict[str, WikiPage]:
    made = "2026-11-02T02:00:00.000Z"
    pages: dict[str, WikiPage] = {
        "home": WikiPage("home", "Trang chủ", _home(), made, "2026-12-04T01:20:11.907Z", 1,
                         description="Trang thông tin điện tử Trường Chính trị tỉnh Tuyên Quang"),
        "van-ban": WikiPage("van-ban", "Văn bản", _DOCS, made, "2026-12-01T02:12:44.000Z", 20),
    }
    for path, title, content, pid in NON_ARTICLE_PAGES:
        pages[path] = WikiPage(path, title, content, made, "2026-12-01T08:00:00.000Z", pid)
    for cat, chunks in LISTS.items():
        label, cpath = CATS[cat]
        for n, _chunk in enumerate(chunks, 1):
            path = cpath if n == 1 else f"{cpath}/trang-{n}"
            title = label if n == 1 else f"{label} - Trang {n}"
            pages[path] = WikiPage(path, title, _listing(cat, n), made, "2026-12-03T08:01:00.000Z",
                                   10 + len(pages))
    for s in STORIES:
        content = render_article(s)
        source = markdown_source(s) if s.opts["editor"] == "markdown" else content
        wp = WikiPage(_apath(s), s.title, content, s.opts["created"], s.opts["updated"], s.id,
                      editor={"markdown": "markdown", "ckeditor": "ckeditor", "code": "code"}[s.opts["editor"]],
                      description=s.opts.get("description", ""), account=s.opts["account"],
                      tags=s.opts.get("tags") or [], source=source)
        pages[wp.path] = wp
        if s.opts.get("copy"):
            pages[s.opts["copy"]] = WikiPage(s.opts["copy"], s.title, content, "2026-11-25T02:31:07.000Z",
                                             "2026-11-25T02:31:07.000Z", 90, description=wp.description,
                                             account="bientap.tct", tags=wp.tags, source=source)
    return pages


# --- the site ------------------------------------------------------------------------------------

_FILES = {".pdf": ("application/pdf", PDF),
          ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    b"PK\x03\x04 mau phieu dang ky")}


def _wiki_path(raw: str) -> str:
    """Wiki.js' parsePath: empty segments (double or trailing slashes) are dropped."""
    return "/".join(p for p in raw.split("/") if p.strip() and p not in (".", ".."))


class WikiJsSite:
    def __init__(self) -> None:
        self.pages = _pages()

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect("/vi/home")
        if path == "/robots.txt":  # Wiki.js: an empty answer unless the admin chose "noindex"
            return Response(200, b"", {"Content-Type": "text/plain; charset=utf-8"})
        lower = path.lower()
        for ext, (ctype, body) in _FILES.items():
            if lower.endswith(ext):
                return Response(200, body, {"Content-Type": ctype})
        static = static_file(path)
        if static is not None:
            return static
        if path == "/t" or path.startswith("/t/"):
            return html(tags_view())
        if path.startswith(("/s/vi/", "/h/vi/")):
            wp = self.pages.get(_wiki_path(path[6:]))
            if wp is None:
                return None
            return html(source_view(wp) if path[1] == "s" else history_view(wp))
        if path.startswith("/vi/") or path == "/vi":
            wp = self.pages.get(_wiki_path(path[3:]) or "home")
            return html(page_view(wp)) if wp else None
        wiki = _wiki_path(path)
        if wiki in self.pages:
            return redirect("/vi/" + wiki)
        return None


def build_site() -> WikiJsSite:
    return WikiJsSite()


# --- gold ----------------------------------------------------------------------------------------


def _gold(story: Story, *alts: str) -> dict:
    path = "/vi/" + _apath(story)
    return gold_record(story, path, story.cat, canonical_path=path, alt_paths=list(alts))


GOLD = [
    _gold(H1, f"/vi/{_apath(H1)}{_FBCLID}", f"/s/vi/{_apath(H1)}"),
    _gold(H2),
    _gold(H3),
    _gold(H4, f"/s/vi/{_apath(H4)}"),
    _gold(H5),
    _gold(H6),
    _gold(D1, f"/s/vi/{_apath(D1)}"),
    _gold(D2, f"/vi/{_apath(D2)}/", f"/vi/{D2_COPY}"),
    _gold(D3),
    _gold(D4),
    _gold(N1, _N1_PATH),
    _gold(N2),
    _gold(T1),
]

NON_ARTICLES = ["/vi/" + path for path, *_ in NON_ARTICLE_PAGES]
