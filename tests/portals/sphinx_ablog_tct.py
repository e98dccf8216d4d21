"""Trường Chính trị tỉnh Thái Nguyên: a research and news blog built with Sphinx 7 + ABlog.

Platform
--------
A lecturer writes each post as a reStructuredText file with ABlog's ``.. post::`` directive,
builds the site with Sphinx 7.2 (html builder, pydata-sphinx-theme 0.15) and copies the output
folder to a static web server. Everything is static HTML with relative links ("../../…"); the
Python build ran in the C locale, so ABlog's ``strftime`` dates print English month names on a
Vietnamese site (``post_date_format = "%d %B %Y - %H:%M"``, short form ``"%d %B"``).

URL scheme
----------
- ``/`` and ``/index.html``: home page (a welcome text and ABlog's ``postlist`` of the 5 newest)
- ``/tin-tuc/<yyyy>/<slug>.html``: a post (any query string serves the same file)
- ``/blog/``: ABlog's "all posts" page, grouped by year, date + title only
- ``/blog/<yyyy>/``, ``/blog/category/<cat>/``, ``/blog/tag/<tag>/``, ``/blog/author/<key>/``:
  ABlog collections (title, meta list, excerpt, "Đọc tiếp …"); no pagination, ABlog has none;
  category and tag folder names are ABlog's slugify of the Vietnamese name, which keeps the
  accented letters ("nghiên-cứu-khoa-học", "đào-tạo---bồi-dưỡng") and is printed raw in hrefs
- ``…/index.html`` serves each folder too; a folder asked without its slash answers 301
- ``/gioi-thieu/<slug>.html``: static pages (history, organisation, board, contact)
- ``/search.html`` (JavaScript search, no results in the HTML), ``/searchindex.js``
- ``/_sources/tin-tuc/2026/<slug>.rst.txt``: the post's reStructuredText source (text/plain)
- ``/blog/atom.xml``: ABlog's feed, absolute links to the production host
- ``/_static/…``, ``/_images/…``: theme files and the images Sphinx copied

Page templates
--------------
pydata chrome: announcement banner (with today's date), navbar with a "Thêm" drop-down,
left primary sidebar (for posts ABlog's *postcard* with date, update, author, category, tags;
then recent posts, categories, archives, tag cloud, a visitor counter), the article, right
secondary sidebar ("Trên trang này" page TOC + "Xem mã nguồn"), footer with address and
"Cập nhật lần cuối" (the build date).

How each gold article is reached
--------------------------------
The home page links the 5 newest posts (s01-s05). Every post is linked from ``/blog/``
(menu "Tin tức"), from ``/blog/2026/`` (sidebar archive), from its category and author
collections and, for tagged posts, from the tag pages; ABlog's prev/next links chain them too.

Traps
-----
1. Headerlinks: every heading, figure caption and the title end in a hidden
   ``<a class="headerlink">#</a>``; the ``<title>`` carries " — Trường Chính trị tỉnh Thái
   Nguyên". Gold title is the h1 text without "#"; headings in the text without "#".
2. The post date is printed only in ABlog's postcard in the *left sidebar*, outside
   ``<article>``, with English month names ("04 December 2026 - 09:00"); a post declared with
   a day only prints "- 00:00" -> gold is the day alone. The postcard's "Cập nhật:" line, the
   ``update`` box in the text ("Cập nhật ngày 05 December 2026"), the footer's "Cập nhật lần
   cuối: 05/12/2026" and the banner's "Thứ Bảy, 05/12/2026" are never the publication date.
3. ABlog ``update`` admonition inside the article (s02): its title line is an update stamp, not
   text; its paragraph is body text.
4. Author from ABlog's postcard ("Tác giả: TS. Hoàng Minh Tuấn", a link to
   ``/blog/author/tuan/``): degree dropped; two authors are two links (s02); the "Ban Biên tập"
   account is nobody. When the postcard says "Ban Biên tập" but the text ends with a
   right-aligned unit signature (s03 "Chi bộ Khoa Xây dựng Đảng") or "Tin, ảnh: Phạm Thu Hà"
   (s13), the signature is the author (and photographer for "Tin, ảnh"), not body.
5. Table cells hold ``<p>`` elements (docutils' HTML5 writer, ``list-table``): each row is one
   paragraph "cell | cell", the header row included, not one paragraph per cell (s04).
6. docutils footnotes: the call is ``<a class="footnote-reference brackets">`` with the brackets
   in ``<span class="fn-bracket">`` ("…chuyên môn tại cơ quan.[1]" keeps "[1]"); the notes are an
   ``<aside class="footnote-list">`` whose label is a span beside the note's ``<p>``: each note is
   one paragraph "[1] text"; the ``.. rubric::`` "Tài liệu tham khảo" is a heading paragraph.
7. Line blocks (``| …`` in rst) are ``<div class="line">`` without ``<p>``: each line is a
   paragraph (s10's prize list).
8. Blockquote with ``<p class="attribution">—Chủ tịch Hồ Chí Minh</p>`` (s05): the attribution is
   text as printed, not the post's author.
9. Figures: ``<figure><img alt="anh/…jpg"><figcaption><p><span class="caption-text">`` caption
   ``</span><a class="headerlink">#</a>``; the alt text is the rst file name, never a caption; a
   plain ``.. image::`` with an alt text has no caption (s05); "(Ảnh: Lê Thu Hà)" / "Ảnh: Dương
   Văn Khoa" only credit -> caption None, photographer; one figure wraps its image in a link to
   the full-size file (s08). Image paths are relative ("../../_images/…").
10. ABlog ``:redirect:`` (s09): the old slug ``/tin-tuc/2026/be-giang-lop-boi-duong-cap-huyen.html``
    is a stub page whose ``<meta http-equiv="refresh">`` sits in ``<noscript>`` next to a
    ``window.location.replace`` script; s10 links the old slug in a "Xem thêm:" line (not body).
    Gold: one article at the new path, the stub in ``alt_paths``.
11. A link copied from Sphinx's search results keeps ``?highlight=…`` (s08 links s12 in a body
    sentence): the same file, gold ``alt_paths``. The "Xem mã nguồn" ``/_sources/….rst.txt`` of
    each post is the same article as plain-text rst: also in ``alt_paths``.
12. ``<link rel="canonical">`` and the Atom feed point to the production host
    (https://tct.thainguyen.edu.vn/…), not the host serving the site: not followed; the gold
    canonical_path is the post's own path.
13. A post filed under two ABlog categories (s02 "Nghiên cứu khoa học, Tin hoạt động") appears in
    both collections: one article, category the first printed.
14. One post's rst was saved decomposed (NFD, s07): title, text and caption are NFD on the page;
    gold is NFC.
15. Chrome with ``<p>`` that reads like text inside the content column: ABlog's prev/next titles,
    the page TOC repeating the headings, the "Bình luận" (Disqus) noscript line, the collections'
    excerpts and "Đọc tiếp …" links (the same post linked twice per entry).

Gold decisions on ambiguous points
----------------------------------
- Sapo: a bold first paragraph (s02) or ``<p class="lead">`` (s05) is the summary; the
  ``<meta name="description">`` of s08 alone is not.
- Category: ABlog's category as printed in the postcard (the breadcrumb only says "Tin tức").
- A footnote entry is the paragraph "[n] text" (label and note on one printed line).
- The update admonition's title line ("Cập nhật ngày …") is not body; its paragraph is.
- The ``/_sources`` rst text and the redirect stub are listed as ``alt_paths`` of their post.
- ABlog has no pagination: depth comes from collections; every collection lists all its posts.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "sphinx_ablog_tct"
PLATFORM = "Sphinx 7 + ABlog + pydata-sphinx-theme (static HTML)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Thái Nguyên"
PROD = "https://tct.thainguyen.edu.vn"
BANNER_TODAY = "Thứ Bảy, 05/12/2026"

AUTHORS = {
    "tuan": "TS. Hoàng Minh Tuấn",
    "lan": "ThS. Nguyễn Thị Lan",
    "khoa": "ThS. Dương Văn Khoa",
    "bbt": "Ban Biên tập",
}
CATEGORIES = ["Tin hoạt động", "Nghiên cứu khoa học", "Đào tạo - Bồi dưỡng", "Công tác Đảng - Đoàn thể"]
TAGS = ["Nghị quyết", "Hội thảo", "Bồi dưỡng", "Chuyển đổi số"]


def slugify(name: str) -> str:
    """ABlog's slugify: spaces to dashes, other non-word characters dropped, lower case."""
    s = re.sub(r"\s+", "-", name.strip())
    s = re.sub(r"[^\w.-]", "", s)
    return s.lower()


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _printed_date(iso: str, short: bool = False) -> str:
    """ABlog's strftime in the C locale: "04 December 2026 - 09:00" (short: "04 December")."""
    day = iso[:10]
    y, m, d = day.split("-")
    if short:
        return f"{d} {MONTHS[int(m) - 1]}"
    hhmm = iso[11:16] if len(iso) > 10 else "00:00"
    return f"{d} {MONTHS[int(m) - 1]} {y} - {hhmm}"


def make_id(value: str) -> str:
    """docutils' ``make_id``: accents dropped by NFKD + ASCII, "đ" lost, runs of others to "-"."""
    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def _s(story: Story, value: str) -> str:
    """Escaped text of a story, decomposed when its rst file was saved NFD."""
    if story.opts.get("nfd"):
        value = unicodedata.normalize("NFD", value)
    return esc(value)


# --- the 13 posts ----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        1, "khai-giang-lop-trung-cap-llct-k45",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính K45 hệ không tập trung",
        "Tin hoạt động", "2026-12-04T09:00:00+07:00",
        [
            P("Sáng 04/12/2026, Trường Chính trị tỉnh Thái Nguyên tổ chức Lễ khai giảng lớp Trung cấp "
              "lý luận chính trị - hành chính K45 hệ không tập trung cho 86 học viên là cán bộ, công "
              "chức các xã, phường thuộc thành phố Phổ Yên."),
            Img("../../_images/k45-khai-giang-01.jpg", "Quang cảnh Lễ khai giảng lớp K45",
                "Quang cảnh Lễ khai giảng lớp K45", "figure"),
            P("Dự buổi lễ có đồng chí Trần Văn Hưng, Phó Hiệu trưởng Nhà trường; đại diện lãnh đạo "
              "Thành ủy Phổ Yên cùng các đồng chí giảng viên chủ nhiệm lớp."),
            P("Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên chấp hành nghiêm quy chế "
              "đào tạo, tích cực nghiên cứu tài liệu và liên hệ thực tiễn công tác tại địa phương."),
            Img("../../_images/k45-khai-giang-02.jpg", "Ảnh: Dương Văn Khoa", None, "figure"),
            P("Theo kế hoạch, lớp học kéo dài 18 tháng, học tập trung vào các ngày thứ Sáu và thứ Bảy "
              "hằng tuần tại cơ sở 2 của Nhà trường."),
        ],
        authors=["Dương Văn Khoa"], photographers=["Dương Văn Khoa"],
        opts={"authors": ["khoa"], "cats": ["Tin hoạt động"], "tags": ["Bồi dưỡng"]},
    ),
    Story(
        2, "hoi-thao-khoa-hoc-giang-day-llct-chuyen-doi-so",
        "Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị trong bối cảnh "
        "chuyển đổi số”",
        "Nghiên cứu khoa học", "2026-12-02",
        [
            P("Ngày 02/12/2026, Trường Chính trị tỉnh Thái Nguyên phối hợp với Học viện Chính trị khu "
              "vực I tổ chức Hội thảo khoa học cấp trường với sự tham gia của hơn 120 đại biểu, nhà "
              "khoa học và giảng viên.", "strong"),
            P("Hội thảo nhận được 34 tham luận, trong đó 9 tham luận được trình bày tại phiên toàn thể. "
              "Các ý kiến tập trung làm rõ yêu cầu đổi mới phương pháp giảng dạy, xây dựng học liệu số "
              "và kiểm tra, đánh giá trực tuyến."),
            P("Những kết quả bước đầu", "h2"),
            P("Theo báo cáo đề dẫn, năm 2026 Nhà trường đã số hóa 70% bài giảng các chương trình trung "
              "cấp và đưa vào vận hành hệ thống quản lý học tập trực tuyến:"),
            P("Xây dựng kho học liệu số dùng chung cho các lớp bồi dưỡng;", "li"),
            P("Tổ chức thi trắc nghiệm trên máy tính đối với các học phần lý thuyết;", "li"),
            P("Bồi dưỡng kỹ năng số cho 100% giảng viên cơ hữu.", "li"),
            Img("../../_images/hoi-thao-cds-2026.jpg",
                "TS. Hoàng Minh Tuấn trình bày tham luận tại Hội thảo",
                "TS. Hoàng Minh Tuấn trình bày tham luận tại Hội thảo", "figure"),
            P("Ban Tổ chức đã hoàn thành biên tập kỷ yếu Hội thảo; các đơn vị nhận kỷ yếu tại Phòng "
              "Quản lý đào tạo và Nghiên cứu khoa học.", "update"),
        ],
        authors=["Hoàng Minh Tuấn", "Nguyễn Thị Lan"],
        summary="Ngày 02/12/2026, Trường Chính trị tỉnh Thái Nguyên phối hợp với Học viện Chính trị "
        "khu vực I tổ chức Hội thảo khoa học cấp trường với sự tham gia của hơn 120 đại biểu, nhà "
        "khoa học và giảng viên.",
        opts={"authors": ["tuan", "lan"], "cats": ["Nghiên cứu khoa học", "Tin hoạt động"],
              "tags": ["Hội thảo", "Chuyển đổi số"], "update": "2026-12-05"},
    ),
    Story(
        3, "quan-triet-nghi-quyet-15-nq-tu",
        "Đảng ủy Nhà trường học tập, quán triệt Nghị quyết số 15-NQ/TU của Tỉnh ủy",
        "Công tác Đảng - Đoàn thể", "2026-11-28T14:30:00+07:00",
        [
            P("Chiều 28/11/2026, Đảng ủy Trường Chính trị tỉnh tổ chức hội nghị học tập, quán triệt "
              "Nghị quyết số 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh cải cách hành chính "
              "giai đoạn 2026 - 2030."),
            P("Tại hội nghị, đảng viên được nghe báo cáo viên truyền đạt những nội dung cơ bản, cốt lõi "
              "của Nghị quyết, trong đó nhấn mạnh mục tiêu đến năm 2030 có 100% thủ tục hành chính đủ "
              "điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình."),
            P("Kết thúc hội nghị, các chi bộ xây dựng chương trình hành động thực hiện Nghị quyết, gắn "
              "với nhiệm vụ chính trị của từng khoa, phòng."),
            Raw('<p class="text-end"><strong>Chi bộ Khoa Xây dựng Đảng</strong></p>'),
        ],
        authors=["Chi bộ Khoa Xây dựng Đảng"],
        opts={"authors": ["bbt"], "cats": ["Công tác Đảng - Đoàn thể"], "tags": ["Nghị quyết"]},
    ),
    Story(
        4, "giai-phap-nang-cao-hieu-qua-tu-hoc",
        "Một số giải pháp nâng cao hiệu quả tự học của học viên hệ trung cấp lý luận chính trị",
        "Nghiên cứu khoa học", "2026-11-25",
        [
            P("Tự học là khâu quyết định chất lượng đào tạo đối với học viên hệ không tập trung, vốn "
              "vừa học vừa đảm nhiệm công việc chuyên môn tại cơ quan.[1]"),
            P("Thực trạng", "h2"),
            P("Khảo sát 240 học viên các lớp K42, K43 và K44 cho thấy thời gian tự học bình quân chỉ "
              "đạt 4,5 giờ mỗi tuần, thấp hơn nhiều so với yêu cầu của chương trình.[2]"),
            P("Thời gian tự học | Tỷ lệ (%)", "th"),
            P("Dưới 3 giờ/tuần | 38,3", "tr"),
            P("Từ 3 đến 6 giờ/tuần | 45,0", "tr"),
            P("Trên 6 giờ/tuần | 16,7", "tr"),
            P("Giải pháp", "h2"),
            P("Một là, đổi mới phương pháp giảng dạy theo hướng giao nhiệm vụ nghiên cứu trước mỗi "
              "buổi học."),
            P("Hai là, tăng cường học liệu điện tử và hướng dẫn học viên khai thác thư viện số của "
              "Nhà trường."),
            P("Tài liệu tham khảo", "rubric"),
            P("[1] Học viện Chính trị quốc gia Hồ Chí Minh (2021), Giáo trình Trung cấp lý luận chính "
              "trị - hành chính, Nxb Lý luận chính trị, Hà Nội.", "fn"),
            P("[2] Phòng Quản lý đào tạo và Nghiên cứu khoa học (2026), Báo cáo kết quả khảo sát học "
              "viên năm 2026.", "fn"),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"authors": ["lan"], "cats": ["Nghiên cứu khoa học"], "tags": ["Bồi dưỡng"]},
    ),
    Story(
        5, "toa-dam-ky-niem-ngay-nha-giao-20-11",
        "Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "Tin hoạt động", "2026-11-20T08:00:00+07:00",
        [
            P("Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Công đoàn Trường Chính trị tỉnh tổ "
              "chức buổi tọa đàm với chủ đề “Người thầy trong sự nghiệp đào tạo cán bộ”.", "lead"),
            Img("../../_images/toa-dam-20-11.jpg", None, None, "image"),
            P("Tại buổi tọa đàm, các thế hệ nhà giáo đã ôn lại truyền thống hơn 60 năm xây dựng và "
              "phát triển của Nhà trường, chia sẻ kinh nghiệm giảng dạy gắn lý luận với thực tiễn."),
            P("“Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người.”",
              "quote"),
            P("—Chủ tịch Hồ Chí Minh", "attribution"),
            P("Dịp này, Công đoàn Nhà trường trao tặng giấy khen cho 12 giảng viên có thành tích xuất "
              "sắc trong năm học 2025 - 2026."),
        ],
        authors=["Dương Văn Khoa"],
        summary="Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Công đoàn Trường Chính trị tỉnh tổ "
        "chức buổi tọa đàm với chủ đề “Người thầy trong sự nghiệp đào tạo cán bộ”.",
        opts={"authors": ["khoa"], "cats": ["Tin hoạt động"], "tags": [],
              "alts": {"../../_images/toa-dam-20-11.jpg": "Tọa đàm 20-11"}},
    ),
    Story(
        6, "boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4",
        "Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "Đào tạo - Bồi dưỡng", "2026-11-17",
        [
            P("Từ ngày 16 đến 20/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh "
              "mở lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 150 học viên là trưởng thôn, xóm, "
              "tổ dân phố."),
            P("Trong 5 ngày, học viên được nghiên cứu 8 chuyên đề về quan điểm của Đảng về xây dựng nền "
              "quốc phòng toàn dân, thế trận an ninh nhân dân và công tác bảo đảm an ninh trật tự ở "
              "cơ sở."),
            Img("../../_images/qpan-doi-tuong-4.jpg",
                "Học viên tham quan thực tế tại Bộ Chỉ huy Quân sự tỉnh",
                "Học viên tham quan thực tế tại Bộ Chỉ huy Quân sự tỉnh", "figure"),
            P("Kết thúc khóa học, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận."),
            Raw('<p class="text-end"><em>Nguồn: Báo Thái Nguyên điện tử</em></p>'),
        ],
        source="Báo Thái Nguyên điện tử",
        opts={"authors": ["bbt"], "cats": ["Đào tạo - Bồi dưỡng"], "tags": ["Bồi dưỡng"]},
    ),
    Story(
        7, "doan-thanh-nien-ngay-chu-nhat-xanh",
        "Đoàn Thanh niên Nhà trường ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        "Công tác Đảng - Đoàn thể", "2026-11-12T15:00:00+07:00",
        [
            P("Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Tỉnh đoàn phát động, Đoàn Thanh niên "
              "Trường Chính trị tỉnh đã tổ chức ra quân dọn vệ sinh, trồng cây xanh trong khuôn viên "
              "Nhà trường."),
            Img("../../_images/chu-nhat-xanh.jpg", "(Ảnh: Lê Thu Hà)", None, "figure"),
            P("Hơn 40 đoàn viên thanh niên đã tham gia phát quang bụi rậm, thu gom rác thải và trồng "
              "mới 50 cây bóng mát dọc tuyến đường nội bộ."),
            P("Hoạt động góp phần xây dựng cảnh quan Nhà trường xanh, sạch, đẹp, nâng cao ý thức bảo "
              "vệ môi trường trong cán bộ, đoàn viên."),
        ],
        authors=["Nguyễn Thị Lan"], photographers=["Lê Thu Hà"],
        opts={"authors": ["lan"], "cats": ["Công tác Đảng - Đoàn thể"], "tags": [], "nfd": True},
    ),
    Story(
        8, "ket-qua-de-tai-khoa-hoc-cap-tinh-can-bo-chu-chot-cap-xa",
        "Kết quả nghiên cứu đề tài khoa học cấp tỉnh về xây dựng đội ngũ cán bộ chủ chốt cấp xã",
        "Nghiên cứu khoa học", "2026-11-06",
        [
            P("Ngày 05/11/2026, Hội đồng khoa học cấp tỉnh đã nghiệm thu đề tài “Giải pháp nâng cao "
              "chất lượng đội ngũ cán bộ chủ chốt cấp xã tỉnh Thái Nguyên giai đoạn 2026 - 2030” do "
              "TS. Hoàng Minh Tuấn làm chủ nhiệm."),
            P("Mục tiêu của đề tài", "h2"),
            P("Đề tài đánh giá thực trạng đội ngũ cán bộ chủ chốt cấp xã sau sắp xếp đơn vị hành chính "
              "và đề xuất hệ thống giải pháp phù hợp với điều kiện của tỉnh, kế thừa kết quả ứng dụng "
              "chuyển đổi số trong quản lý đào tạo của Nhà trường."),
            P("Kết quả nghiệm thu", "h2"),
            P("Hội đồng đánh giá đề tài đạt loại Xuất sắc với các sản phẩm chính sau:"),
            P("Báo cáo tổng hợp kết quả nghiên cứu;", "oli"),
            P("Bộ tiêu chí đánh giá cán bộ chủ chốt cấp xã;", "oli"),
            P("Hai bài báo đăng trên Tạp chí Lý luận chính trị.", "oli"),
            Img("../../_images/nghiem-thu-de-tai.jpg", "Hội đồng khoa học cấp tỉnh nghiệm thu đề tài",
                "Hội đồng khoa học cấp tỉnh nghiệm thu đề tài", "figure-target"),
        ],
        authors=["Hoàng Minh Tuấn"],
        opts={"authors": ["tuan"], "cats": ["Nghiên cứu khoa học"], "tags": [],
              "meta_description": "Nghiệm thu đề tài khoa học cấp tỉnh về cán bộ chủ chốt cấp xã.",
              "link": ("ứng dụng chuyển đổi số trong quản lý đào tạo",
                       "ung-dung-chuyen-doi-so-trong-quan-ly-dao-tao.html"
                       "?highlight=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91")},
    ),
    Story(
        9, "be-giang-lop-cap-nhat-kien-thuc-can-bo-cap-huyen",
        "Bế giảng lớp Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý cấp huyện",
        "Đào tạo - Bồi dưỡng", "2026-10-30T10:15:00+07:00",
        [
            P("Sáng 30/10/2026, Trường Chính trị tỉnh Thái Nguyên tổ chức bế giảng lớp Bồi dưỡng cập "
              "nhật kiến thức cho 65 cán bộ lãnh đạo, quản lý diện Ban Thường vụ huyện ủy, thành ủy "
              "quản lý."),
            P("Sau 10 ngày học tập, học viên đã được cập nhật các chuyên đề về tình hình thế giới, khu "
              "vực, chủ trương phát triển kinh tế số và kỹ năng lãnh đạo trong thời kỳ mới."),
            Img("../../_images/be-giang-cap-huyen.jpg",
                "Đồng chí Phó Hiệu trưởng trao giấy chứng nhận cho học viên",
                "Đồng chí Phó Hiệu trưởng trao giấy chứng nhận cho học viên", "figure"),
            P("Kết quả có 24 học viên đạt loại giỏi, 41 học viên đạt loại khá; không có học viên không "
              "đạt yêu cầu."),
        ],
        authors=["Dương Văn Khoa"],
        opts={"authors": ["khoa"], "cats": ["Đào tạo - Bồi dưỡng"], "tags": ["Bồi dưỡng"],
              "old_slug": "be-giang-lop-boi-duong-cap-huyen"},
    ),
    Story(
        10, "thi-giang-vien-day-gioi-cap-truong-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm học 2026 - 2027",
        "Đào tạo - Bồi dưỡng", "2026-10-24",
        [
            P("Từ ngày 21 đến 23/10/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp "
              "trường với sự tham gia của 14 giảng viên thuộc 4 khoa chuyên môn."),
            P("Mỗi giảng viên trình bày một bài giảng lý thuyết và một bài giảng thảo luận; Ban Giám "
              "khảo đánh giá cao việc ứng dụng công nghệ thông tin và phương pháp tích cực trong bài "
              "giảng."),
            P("Kết quả Hội thi:"),
            P("Giải Nhất: giảng viên Nguyễn Thị Hồng Nhung, Khoa Lý luận cơ sở", "line"),
            P("Giải Nhì: giảng viên Trần Đức Anh, Khoa Nhà nước và pháp luật", "line"),
            P("Giải Ba: giảng viên Lý Thị Mai, Khoa Xây dựng Đảng", "line"),
            Raw('<p><em>Xem thêm:</em> <a class="reference internal" '
                'href="be-giang-lop-boi-duong-cap-huyen.html"><span class="doc">Bế giảng lớp Bồi dưỡng '
                'cập nhật kiến thức cho cán bộ lãnh đạo, quản lý cấp huyện</span></a></p>'),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"authors": ["lan"], "cats": ["Đào tạo - Bồi dưỡng"], "tags": []},
    ),
    Story(
        11, "chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de",
        "Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV",
        "Công tác Đảng - Đoàn thể", "2026-10-19T16:45:00+07:00",
        [
            P("Chiều 19/10/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề "
              "“Nâng cao trách nhiệm nêu gương của đảng viên là giảng viên lý luận chính trị”."),
            P("Các đảng viên đã thảo luận sôi nổi, đề xuất nhiều giải pháp gắn việc nêu gương với đổi "
              "mới nội dung, phương pháp giảng dạy."),
            Img("../../_images/sinh-hoat-chuyen-de-q4.jpg", "Quang cảnh buổi sinh hoạt chuyên đề",
                "Quang cảnh buổi sinh hoạt chuyên đề", "figure"),
            P("Đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên xây dựng kế hoạch rèn luyện cá nhân và đăng "
              "ký nội dung nêu gương cụ thể để Chi bộ theo dõi, đánh giá."),
        ],
        authors=["Dương Văn Khoa"],
        opts={"authors": ["khoa"], "cats": ["Công tác Đảng - Đoàn thể"], "tags": ["Nghị quyết"]},
    ),
    Story(
        12, "ung-dung-chuyen-doi-so-trong-quan-ly-dao-tao",
        "Ứng dụng chuyển đổi số trong quản lý đào tạo tại Trường Chính trị tỉnh Thái Nguyên",
        "Nghiên cứu khoa học", "2026-10-12",
        [
            P("Thời gian qua, Trường Chính trị tỉnh Thái Nguyên đã từng bước ứng dụng công nghệ số "
              "trong quản lý hồ sơ học viên, lịch giảng dạy và kết quả học tập."),
            P("Phần mềm quản lý đào tạo", "h2"),
            P("Từ tháng 9/2026, toàn bộ hồ sơ của học viên các lớp trung cấp được cập nhật trên phần "
              "mềm quản lý đào tạo dùng chung, kết nối với cơ sở dữ liệu cán bộ của tỉnh."),
            Img("../../_images/phan-mem-quan-ly-dao-tao.png", "Giao diện phần mềm quản lý đào tạo",
                "Giao diện phần mềm quản lý đào tạo", "figure"),
            P("Những khó khăn, vướng mắc", "h2"),
            P("Hạ tầng mạng tại một số trung tâm chính trị cấp huyện chưa đồng bộ; một bộ phận cán bộ "
              "quản lý còn lúng túng khi khai thác phần mềm."),
            P("Thời gian tới, Nhà trường tiếp tục hoàn thiện hệ thống, hướng tới cấp chứng chỉ, giấy "
              "chứng nhận điện tử cho học viên."),
        ],
        authors=["Hoàng Minh Tuấn"],
        opts={"authors": ["tuan"], "cats": ["Nghiên cứu khoa học"], "tags": ["Chuyển đổi số"]},
    ),
    Story(
        13, "tiep-don-doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i",
        "Nhà trường tiếp đón đoàn công tác Học viện Chính trị khu vực I",
        "Tin hoạt động", "2026-10-05T09:30:00+07:00",
        [
            P("Ngày 05/10/2026, đoàn công tác Học viện Chính trị khu vực I do PGS.TS. Nguyễn Văn Hậu, "
              "Phó Giám đốc Học viện làm trưởng đoàn đã đến làm việc với Trường Chính trị tỉnh Thái "
              "Nguyên."),
            Img("../../_images/tiep-don-hvctkv1-01.jpg", "Toàn cảnh buổi làm việc",
                "Toàn cảnh buổi làm việc", "figure"),
            P("Tại buổi làm việc, hai bên trao đổi về công tác phối hợp đào tạo cao cấp lý luận chính "
              "trị, bồi dưỡng giảng viên và nghiên cứu khoa học."),
            Img("../../_images/tiep-don-hvctkv1-02.jpg",
                "Hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030",
                "Hai đơn vị ký kết chương trình phối hợp giai đoạn 2026 - 2030", "figure"),
            P("Hai đơn vị thống nhất ký kết chương trình phối hợp, trong đó Học viện hỗ trợ Nhà trường "
              "tổ chức các lớp bồi dưỡng chuyên sâu cho đội ngũ giảng viên."),
            Raw('<p class="text-end"><strong>Tin, ảnh: Phạm Thu Hà</strong></p>'),
        ],
        authors=["Phạm Thu Hà"], photographers=["Phạm Thu Hà"],
        opts={"authors": ["bbt"], "cats": ["Tin hoạt động"], "tags": []},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}


def post_path(story: Story) -> str:
    return f"/tin-tuc/{story.published_at[:4]}/{story.slug}.html"


def source_path(story: Story) -> str:
    return f"/_sources/tin-tuc/{story.published_at[:4]}/{story.slug}.rst.txt"


OLD_SLUGS = {
    f"/tin-tuc/2026/{s.opts['old_slug']}.html": s for s in STORIES if s.opts.get("old_slug")
}
HIGHLIGHT_ALT = (
    "/tin-tuc/2026/ung-dung-chuyen-doi-so-trong-quan-ly-dao-tao.html"
    "?highlight=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"
)

PAGES = {
    "lich-su-hinh-thanh": ("Lịch sử hình thành và phát triển", [
        "Trường Chính trị tỉnh Thái Nguyên tiền thân là Trường Đảng tỉnh Bắc Thái, được thành lập "
        "năm 1962.",
        "Trải qua hơn 60 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn "
        "lượt cán bộ cho hệ thống chính trị của tỉnh.",
    ]),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Nhà trường có 4 khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và "
        "pháp luật; Khoa Dân vận.",
        "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học.",
    ]),
    "ban-giam-hieu": ("Ban Giám hiệu", [
        "Hiệu trưởng: đồng chí Lê Quang Vinh.",
        "Phó Hiệu trưởng: đồng chí Trần Văn Hưng; đồng chí Đỗ Thị Thanh Thủy.",
    ]),
    "lien-he": ("Liên hệ", [
        "Địa chỉ: Số 8, đường Đội Cấn, phường Phan Đình Phùng, tỉnh Thái Nguyên.",
        "Điện thoại: 0208 3855 246 - Email: truongchinhtri@thainguyen.gov.vn",
    ]),
}


# --- markup ------------------------------------------------------------------------------------


def root(path: str) -> str:
    """Sphinx's relative path from a page to the output root."""
    depth = path.count("/") - 1
    return "../" * depth


def link(path: str, target: str) -> str:
    """A relative href from ``path`` to the site path ``target`` (Sphinx prints them relative)."""
    t = target.lstrip("/")
    return root(path) + (t or "index.html")


def cat_path(cat: str) -> str:
    return f"/blog/category/{slugify(cat)}/"


def tag_path(tag: str) -> str:
    return f"/blog/tag/{slugify(tag)}/"


def _fn_calls(value: str) -> str:
    """docutils' footnote calls: "[1]" -> an anchor with the brackets in spans."""
    return re.sub(
        r"\[(\d+)\]",
        lambda m: (f'<a class="footnote-reference brackets" href="#footnote-{m[1]}" '
                   f'id="footnote-reference-{m[1]}" role="doc-noteref"><span class="fn-bracket">[</span>'
                   f'{m[1]}<span class="fn-bracket">]</span></a>'),
        value,
    )


_GROUPS = {"li": "ul", "oli": "ol", "th": "table", "tr": "table", "line": "lines",
           "quote": "quote", "attribution": "quote", "fn": "fn", "update": "update"}


def _open_group(kind: str, story: Story) -> str:
    if kind == "ul":
        return '<ul class="simple">'
    if kind == "ol":
        return '<ol class="arabic simple">'
    if kind == "table":
        return ('<div class="pst-scrollable-table-container"><table class="table">'
                '<colgroup><col style="width: 70.0%" /><col style="width: 30.0%" /></colgroup>')
    if kind == "lines":
        return '<div class="line-block">'
    if kind == "quote":
        return "<blockquote>\n<div>"
    if kind == "fn":
        return '<aside class="footnote-list brackets">'
    if kind == "update":
        return ('<div class="update admonition">\n<p class="admonition-title">Cập nhật ngày '
                f'{_printed_date(story.opts["update"])[:-8]}</p>')
    raise ValueError(kind)


_CLOSE = {"ul": "</ul>", "ol": "</ol>", "table": "</tbody>\n</table>\n</div>", "lines": "</div>",
          "quote": "</div></blockquote>", "fn": "</aside>", "update": "</div>"}


def render_blocks(story: Story) -> tuple[str, list[tuple[str, str]]]:
    """The article's markup inside its top ``<section>``, plus the (id, heading) pairs for the TOC."""
    out: list[str] = []
    toc: list[tuple[str, str]] = []
    group: str | None = None
    in_section = False
    tbody_open = False
    fig = 0
    rows = 0
    for block in story.blocks:
        kind = _GROUPS.get(block.style) if isinstance(block, P) else None
        if group and kind != group:
            out.append(_CLOSE[group])
            group = None
        if kind and kind != group:
            out.append(_open_group(kind, story))
            group = kind
            tbody_open = False
        if isinstance(block, Raw):
            out.append(block.html)
            continue
        if isinstance(block, Img):
            fig += 1
            alt = story.opts.get("alts", {}).get(block.src) or "anh/" + block.src.rsplit("/", 1)[1]
            img = f'<img alt="{esc(alt)}" src="{block.src}" style="width: 90%;" />'
            if block.style == "image":
                out.append(f'<img alt="{_s(story, alt)}" class="align-center" src="{block.src}" '
                           'style="width: 640px;" />')
                continue
            if block.style == "figure-target":
                img = (f'<a class="reference internal image-reference" href="{block.src}">{img}</a>')
            out.append(
                f'<figure class="align-center" id="id{fig}">\n{img}\n<figcaption>\n<p>'
                f'<span class="caption-text">{_s(story, block.printed or "")}</span>'
                f'<a class="headerlink" href="#id{fig}" title="Link to this image">#</a></p>\n'
                "</figcaption>\n</figure>"
            )
            continue
        text = _s(story, block.text)
        st = block.style
        if st == "h2":
            if in_section:
                out.append("</section>")
            sid = make_id(block.text)
            out.append(f'<section id="{esc(sid)}">\n<h2>{text}<a class="headerlink" href="#{esc(sid)}" '
                       'title="Link to this heading">#</a></h2>')
            toc.append((sid, block.text))
            in_section = True
        elif st in ("li", "oli"):
            out.append(f"<li><p>{text}</p></li>")
        elif st == "th":
            cells = "".join(f'<th class="head"><p>{c}</p></th>' for c in text.split(" | "))
            out.append(f'<thead>\n<tr class="row-odd">{cells}</tr>\n</thead>')
        elif st == "tr":
            if not tbody_open:
                out.append("<tbody>")
                tbody_open = True
            cells = "".join(f"<td><p>{c}</p></td>" for c in text.split(" | "))
            rows += 1
            out.append(f'<tr class="row-{"even" if rows % 2 else "odd"}">{cells}</tr>')
        elif st == "line":
            out.append(f'<div class="line">{text}</div>')
        elif st == "quote":
            out.append(f"<p>{text}</p>")
        elif st == "attribution":
            out.append(f'<p class="attribution">{text}</p>')
        elif st == "fn":
            num, note = re.match(r"\[(\d+)\] (.*)", text, re.S).groups()
            out.append(
                f'<aside class="footnote brackets" id="footnote-{num}" role="doc-footnote">\n'
                f'<span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" '
                f'href="#footnote-reference-{num}">{num}</a><span class="fn-bracket">]</span></span>\n'
                f"<p>{note}</p>\n</aside>"
            )
        elif st == "rubric":
            out.append(f'<p class="rubric">{text}</p>')
        elif st == "strong":
            out.append(f"<p><strong>{text}</strong></p>")
        elif st == "lead":
            out.append(f'<p class="lead">{text}</p>')
        elif st == "update":
            out.append(f"<p>{text}</p>")
        else:
            body = _fn_calls(text)
            lk = story.opts.get("link")
            if lk and lk[0] in block.text:
                body = body.replace(
                    esc(lk[0]),
                    f'<a class="reference external" href="{esc(lk[1])}">{esc(lk[0])}</a>',
                )
            out.append(f"<p>{body}</p>")
    if group:
        out.append(_CLOSE[group])
    if in_section:
        out.append("</section>")
    return "\n".join(out), toc


def _navbar(path: str) -> str:
    items = [
        ("Giới thiệu", "/gioi-thieu/lich-su-hinh-thanh.html"),
        ("Tin tức", "/blog/"),
        ("Nghiên cứu khoa học", cat_path("Nghiên cứu khoa học")),
    ]
    more = [
        ("Tin hoạt động", cat_path("Tin hoạt động")),
        ("Đào tạo - Bồi dưỡng", cat_path("Đào tạo - Bồi dưỡng")),
        ("Công tác Đảng - Đoàn thể", cat_path("Công tác Đảng - Đoàn thể")),
        ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.html"),
        ("Ban Giám hiệu", "/gioi-thieu/ban-giam-hieu.html"),
        ("Liên hệ", "/gioi-thieu/lien-he.html"),
    ]
    lis = "\n".join(
        f'<li class="nav-item"><a class="nav-link nav-internal" href="{esc(link(path, t))}">{esc(n)}</a></li>'
        for n, t in items
    )
    drop = "\n".join(
        f'<li class="nav-item"><a class="nav-link dropdown-item nav-internal" href="{esc(link(path, t))}">'
        f"{esc(n)}</a></li>"
        for n, t in more
    )
    return f"""<header class="bd-header navbar navbar-expand-lg bd-navbar">
<div class="bd-header__inner bd-page-width">
<div class="navbar-header-items__start"><div class="navbar-item">
<a class="navbar-brand logo" href="{link(path, "/")}">
<img src="{root(path)}_static/logo-tct.png" class="logo__image only-light" alt="{SITE_NAME} - Trang chủ"/>
<p class="title logo__title">{SITE_NAME}</p></a></div></div>
<div class="col-lg-9 navbar-header-items">
<div class="me-auto navbar-header-items__center"><div class="navbar-item">
<nav class="navbar-nav"><ul class="bd-navbar-elements navbar-nav">
{lis}
<li class="nav-item dropdown">
<button class="btn dropdown-toggle nav-item" type="button" data-bs-toggle="dropdown" aria-expanded="false"
 aria-controls="pst-nav-more-links">Thêm</button>
<ul id="pst-nav-more-links" class="dropdown-menu">
{drop}
</ul></li>
</ul></nav></div></div>
<div class="navbar-header-items__end">
<div class="navbar-item"><button class="btn btn-sm navbar-btn search-button search-button__button"
 title="Tìm kiếm" aria-label="Tìm kiếm" data-bs-placement="bottom" data-bs-toggle="tooltip">
<i class="fa-solid fa-magnifying-glass fa-lg"></i></button></div>
<div class="navbar-item"><button class="btn btn-sm navbar-btn theme-switch-button" title="chế độ sáng/tối">
<span class="theme-switch nav-link" data-mode="light"><i class="fa-solid fa-sun fa-lg"></i></span></button></div>
<div class="navbar-item"><ul class="navbar-icon-links navbar-nav" aria-label="Liên kết">
<li class="nav-item"><a href="https://www.facebook.com/truongchinhtrithainguyen" title="Facebook"
 class="nav-link" rel="noopener" target="_blank"><i class="fa-brands fa-square-facebook fa-lg"></i>
<span class="sr-only">Facebook</span></a></li>
<li class="nav-item"><a href="https://thainguyen.gov.vn" title="Cổng TTĐT tỉnh" class="nav-link"
 rel="noopener" target="_blank"><i class="fa-solid fa-landmark fa-lg"></i>
<span class="sr-only">Cổng TTĐT tỉnh</span></a></li>
</ul></div></div></div></div></header>"""


def _recent_dates() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.published_at, reverse=True)


def _blog_sidebar(path: str) -> str:
    recent = "\n".join(
        f'<li><a href="{esc(link(path, post_path(s)))}">{_printed_date(s.published_at, short=True)} - '
        f"{_s(s, s.title)}</a></li>"
        for s in _recent_dates()[:5]
    )
    cats = "\n".join(
        f'<li><a href="{esc(link(path, cat_path(c)))}">{esc(c)} '
        f'({sum(c in s.opts["cats"] for s in STORIES)})</a></li>'
        for c in CATEGORIES
    )
    tags = " ".join(
        f'<a href="{esc(link(path, tag_path(t)))}" class="ablog-tag tag-{i + 1}">{esc(t)}</a>'
        for i, t in enumerate(TAGS)
    )
    return f"""<div class="ablog-sidebar-item ablog__recentposts">
<h3><a href="{link(path, "/blog/")}">Bài viết gần đây</a></h3>
<ul>
{recent}
</ul></div>
<div class="ablog-sidebar-item ablog__categories">
<h3><a href="{link(path, "/blog/")}">Chuyên mục</a></h3>
<ul>
{cats}
</ul></div>
<div class="ablog-sidebar-item ablog__archives">
<h3><a href="{link(path, "/blog/")}">Lưu trữ</a></h3>
<ul><li><a href="{link(path, "/blog/2026/")}">2026 (13)</a></li></ul></div>
<div class="ablog-sidebar-item ablog__tagcloud">
<h3><a href="{link(path, "/blog/")}">Thẻ</a></h3>
<ul class="ablog-cloud">{tags}</ul></div>
<div class="sidebar-tk" id="tk_1742">
<p class="tk-head">Thống kê truy cập</p>
<table class="tk"><tr><td>Đang online</td><td>7</td></tr><tr><td>Hôm nay</td><td>214</td></tr>
<tr><td>Tổng truy cập</td><td>386.502</td></tr></table></div>"""


def _postcard(path: str, story: Story) -> str:
    rows = []
    if story.opts.get("update"):
        rows.append('<li id="ablog-sidebar-item update ablog__update"><i class="fa fa-pencil fa-fw"></i>'
                    f' <span>Cập nhật:</span> <span>{_printed_date(story.opts["update"])[:-8]}</span></li>')
    auth = ", ".join(
        f'<a href="{link(path, f"/blog/author/{k}/")}">{esc(AUTHORS[k])}</a>' for k in story.opts["authors"]
    )
    rows.append('<li id="ablog-sidebar-item author ablog__author"><span><i class="fa-fw fa fa-user"></i>'
                f" Tác giả:</span> {auth}</li>")
    cats = ", ".join(f'<a href="{esc(link(path, cat_path(c)))}">{esc(c)}</a>' for c in story.opts["cats"])
    rows.append('<li id="ablog-sidebar-item category ablog__category"><span><i class="fa-fw fa '
                f'fa-folder-open"></i> Chuyên mục:</span> {cats}</li>')
    if story.opts["tags"]:
        tags = " ".join(f'<a href="{esc(link(path, tag_path(t)))}">{esc(t)}</a>' for t in story.opts["tags"])
        rows.append('<li id="ablog-sidebar-item tags ablog__tags"><span><i class="fa-fw fa fa-tags"></i>'
                    f" Thẻ:</span> {tags}</li>")
    return (f'<div class="ablog-sidebar-item ablog__postcard">\n<h2><i class="fa fa-calendar"></i> '
            f"<span>{_printed_date(story.published_at)}</span></h2>\n<ul>\n" + "\n".join(rows)
            + "\n</ul></div>")


def page(path: str, title: str, article: str, sidebar: str, secondary: str = "",
         head: str = "", breadcrumb: str = "") -> str:
    r = root(path)
    return f"""<!DOCTYPE html>
<html lang="vi" data-content_root="{r or './'}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title} &#8212; {SITE_NAME}</title>
<script data-cfasync="false">document.documentElement.dataset.mode = localStorage.getItem("mode") || "";</script>
<link href="{r}_static/styles/theme.css?digest=8d27b9dea8ad943066ae" rel="stylesheet" />
<link href="{r}_static/styles/pydata-sphinx-theme.css?digest=8d27b9dea8ad943066ae" rel="stylesheet" />
<link rel="stylesheet" type="text/css" href="{r}_static/ablog/ablog.css?v=3b7b1ab5" />
<script src="{r}_static/documentation_options.js?v=3c2b7a1e"></script>
<script src="{r}_static/doctools.js?v=888ff710"></script>
<script src="{r}_static/sphinx_highlight.js?v=dc90522c"></script>
<link rel="index" title="Chỉ mục" href="{r}genindex.html" />
<link rel="search" title="Tìm kiếm" href="{r}search.html" />
<link rel="alternate" type="application/atom+xml" href="{r}blog/atom.xml" title="Tin tức - {SITE_NAME}" />
{head}
</head>
<body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
<a id="pst-skip-link" class="skip-link" href="#main-content">Bỏ qua tới nội dung chính</a>
<div id="pst-scroll-pixel-helper"></div>
<button type="button" class="btn rounded-pill" id="pst-back-to-top"><i class="fa-solid fa-arrow-up"></i>Lên đầu trang</button>
<input type="checkbox" class="sidebar-toggle" id="pst-primary-sidebar-checkbox"/>
<label class="overlay overlay-primary" for="pst-primary-sidebar-checkbox"></label>
<div class="search-button__wrapper"><div class="search-button__overlay"></div>
<div class="search-button__search-container">
<form class="bd-search d-flex align-items-center" action="{r}search.html" method="get">
<i class="fa-solid fa-magnifying-glass"></i>
<input type="search" class="form-control" name="q" id="search-input" placeholder="Tìm kiếm..." aria-label="Tìm kiếm..." autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false"/>
<span class="search-button__kbd-shortcut"><kbd class="kbd-shortcut__modifier">Ctrl</kbd>+<kbd>K</kbd></span>
</form></div></div>
<div class="bd-header-announcement container-fluid bd-header-announcement">
<div class="bd-header-announcement__content">{BANNER_TODAY} &middot; Chào mừng kỷ niệm 64 năm Ngày thành lập Trường (1962 - 2026)</div></div>
{_navbar(path)}
<div class="bd-container"><div class="bd-container__inner bd-page-width">
<div class="bd-sidebar-primary bd-sidebar">
<div class="sidebar-primary-items__start sidebar-primary__section">
{sidebar}
</div></div>
<main id="main-content" class="bd-main" role="main">
<div class="bd-content"><div class="bd-article-container">
<div class="bd-header-article d-print-none"><div class="header-article-items header-article__inner">
<div class="header-article-items__start"><div class="header-article-item">
<nav aria-label="Breadcrumb" class="d-print-none"><ul class="bd-breadcrumbs">
<li class="breadcrumb-item breadcrumb-home"><a href="{link(path, "/")}" class="nav-link" aria-label="Trang chủ"><i class="fa-solid fa-home"></i></a></li>
{breadcrumb}
</ul></nav></div></div></div></div>
<div id="searchbox"></div>
<article class="bd-article">
{article}
</article>
</div>
{secondary}
</div>
<footer class="bd-footer-content"></footer>
</main>
</div></div>
<footer class="bd-footer"><div class="bd-footer__inner bd-page-width">
<div class="footer-items__start">
<div class="footer-item"><p class="copyright">&#169; Bản quyền 2026, {SITE_NAME}.<br/></p></div>
<div class="footer-item"><p class="last-updated">Cập nhật lần cuối: 05/12/2026.<br/></p></div>
<div class="footer-item"><p>Địa chỉ: Số 8, đường Đội Cấn, phường Phan Đình Phùng, tỉnh Thái Nguyên &middot; ĐT: 0208 3855 246 &middot; Email: truongchinhtri@thainguyen.gov.vn</p></div>
</div>
<div class="footer-items__end">
<div class="footer-item"><p class="sphinx-version">Được tạo bằng <a href="https://www.sphinx-doc.org/">Sphinx</a> 7.2.6.<br/></p></div>
<div class="footer-item"><p class="theme-version">Giao diện <a href="https://pydata-sphinx-theme.readthedocs.io/en/stable/index.html">PyData Sphinx Theme</a> 0.15.4.</p></div>
</div></div></footer>
<script src="{r}_static/scripts/bootstrap.js?digest=8d27b9dea8ad943066ae"></script>
<script src="{r}_static/scripts/pydata-sphinx-theme.js?digest=8d27b9dea8ad943066ae"></script>
</body>
</html>"""


def render_post(story: Story, path: str) -> str:
    body, toc = render_blocks(story)
    sid = story.slug
    ordered = _recent_dates()
    i = ordered.index(story)
    older = ordered[i + 1] if i + 1 < len(ordered) else None
    newer = ordered[i - 1] if i > 0 else None
    nav = ['<div class="section ablog__prev-next">']
    if older:
        nav.append(f'<span class="ablog__prev"><a href="{esc(link(path, post_path(older)))}">'
                   f'<i class="fa fa-arrow-circle-left"></i><span>{_s(older, older.title)}</span></a></span>')
    nav.append('<span class="ablog__spacer">&nbsp;</span>')
    if newer:
        nav.append(f'<span class="ablog__next"><a href="{esc(link(path, post_path(newer)))}">'
                   f'<span>{_s(newer, newer.title)}</span><i class="fa fa-arrow-circle-right"></i></a></span>')
    nav.append("</div>")
    article = f"""<section id="{sid}">
<span id="tin-tuc-2026-{sid}"></span><h1>{_s(story, story.title)}<a class="headerlink" href="#{sid}" title="Link to this heading">#</a></h1>
{body}
</section>
<div class="section ablog__blog_comments">
{chr(10).join(nav)}
<div class="section ablog__comments"><h2>Bình luận</h2>
<div id="disqus_thread"></div>
<script type="text/javascript">var disqus_shortname = "tct-thainguyen"; var disqus_identifier = "{post_path(story)}";</script>
<noscript><p>Vui lòng bật JavaScript để xem <a href="https://disqus.com/?ref_noscript">bình luận qua Disqus</a>.</p></noscript>
</div></div>"""
    toc_html = ""
    if toc:
        items = "\n".join(
            f'<li class="toc-h2 nav-item toc-entry"><a class="reference internal nav-link" href="#{esc(i)}">'
            f"{_s(story, t)}</a></li>"
            for i, t in toc
        )
        toc_html = (f'<div class="page-toc tocsection onthispage"><i class="fa-solid fa-list"></i> Trên trang này'
                    f'</div>\n<nav class="bd-toc-nav page-toc"><ul class="visible nav section-nav flex-column">\n'
                    f"{items}\n</ul></nav>")
    secondary = f"""<div class="bd-sidebar-secondary bd-toc"><div class="sidebar-secondary-items sidebar-secondary__inner">
<div class="sidebar-secondary-item">{toc_html}</div>
<div class="sidebar-secondary-item"><div class="tocsection sourcelink">
<a href="{esc(link(path, source_path(story)))}"><i class="fa-solid fa-file-lines"></i> Xem mã nguồn</a>
</div></div></div></div>"""
    head = f'<link rel="canonical" href="{PROD}{post_path(story)}" />'
    if story.opts.get("meta_description"):
        head += f'\n<meta content="{esc(story.opts["meta_description"])}" name="description" />'
    crumb = (f'<li class="breadcrumb-item"><a href="{link(path, "/blog/")}" class="nav-link">Tin tức</a></li>\n'
             f'<li class="breadcrumb-item active" aria-current="page">{_s(story, story.title)}</li>')
    sidebar = _postcard(path, story) + "\n" + _blog_sidebar(path)
    return page(path, _s(story, story.title), article, sidebar, secondary, head, crumb)


def _excerpt(story: Story) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    return _s(story, first.text.replace("[1]", ""))


def render_collection(path: str, heading: str, posts: list[Story]) -> str:
    entries = []
    for s in posts:
        href = esc(link(path, post_path(s)))
        auth = ", ".join(f'<a href="{link(path, f"/blog/author/{k}/")}">{esc(AUTHORS[k])}</a>'
                         for k in s.opts["authors"])
        cats = ", ".join(f'<a href="{esc(link(path, cat_path(c)))}">{esc(c)}</a>' for c in s.opts["cats"])
        entries.append(f"""<div class="section ablog-post">
<h2 class="ablog-post-title"><a href="{href}">{_s(s, s.title)}</a></h2>
<ul class="ablog-archive">
<li><i class="fa fa-calendar"></i> {_printed_date(s.published_at)}</li>
<li><i class="fa-fw fa fa-user"></i> {auth}</li>
<li><i class="fa-fw fa fa-folder-open"></i> {cats}</li>
</ul>
<p>{_excerpt(s)}</p>
<p class="ablog-post-expand"><a href="{href}"><em>Đọc tiếp &#8230;</em></a></p>
</div>""")
    article = (f'<div class="section ablog__collection">\n<h1>{heading}</h1>\n' + "\n".join(entries) + "\n</div>")
    crumb = (f'<li class="breadcrumb-item"><a href="{link(path, "/blog/")}" class="nav-link">Tin tức</a></li>\n'
             f'<li class="breadcrumb-item active" aria-current="page">{re.sub("<[^>]+>", "", heading)}</li>')
    return page(path, re.sub("<[^>]+>", "", heading), article, _blog_sidebar(path), breadcrumb=crumb)


def render_all_posts(path: str) -> str:
    lines = "\n".join(
        f'<div class="section ablog-post"><p><span class="ablog-archive-date">{_printed_date(s.published_at, True)}'
        f'</span> - <a href="{esc(link(path, post_path(s)))}">{_s(s, s.title)}</a></p></div>'
        for s in _recent_dates()
    )
    article = f"""<div class="section ablog__catalog"><h1>Tất cả bài viết</h1>
<div class="section ablog__collection"><h2><a href="{link(path, "/blog/2026/")}">2026</a></h2>
{lines}
</div></div>"""
    crumb = '<li class="breadcrumb-item active" aria-current="page">Tin tức</li>'
    return page(path, "Tất cả bài viết", article, _blog_sidebar(path), breadcrumb=crumb)


def render_home(path: str) -> str:
    items = "\n".join(
        f'<li class="ablog-post"><p>{_printed_date(s.published_at, True)} - <a class="reference internal" '
        f'href="{esc(link(path, post_path(s)))}">{_s(s, s.title)}</a></p></li>'
        for s in _recent_dates()[:5]
    )
    article = f"""<section id="truong-chinh-tri-tinh-thai-nguyen">
<h1>{SITE_NAME}<a class="headerlink" href="#truong-chinh-tri-tinh-thai-nguyen" title="Link to this heading">#</a></h1>
<p>Chào mừng bạn đến với trang thông tin nghiên cứu và tin tức của {SITE_NAME}. Trang do Phòng Quản lý
đào tạo và Nghiên cứu khoa học biên tập, cập nhật các hoạt động đào tạo, bồi dưỡng và nghiên cứu khoa học.</p>
<section id="tin-moi">
<h2>Tin mới<a class="headerlink" href="#tin-moi" title="Link to this heading">#</a></h2>
<ul class="postlist-style-disc postlist">
{items}
</ul>
<p><a class="reference internal" href="blog/"><span class="doc">Xem tất cả bài viết</span></a></p>
</section></section>"""
    return page(path, "Trang chủ", article, _blog_sidebar(path))


def render_static_page(path: str, slug: str) -> str:
    title, paras = PAGES[slug]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    nav = "\n".join(
        f'<li class="toctree-l1{" current active" if s == slug else ""}"><a class="reference internal" '
        f'href="{s}.html">{esc(t)}</a></li>'
        for s, (t, _) in PAGES.items()
    )
    article = (f'<section id="{slug}">\n<h1>{esc(title)}<a class="headerlink" href="#{slug}" '
               f'title="Link to this heading">#</a></h1>\n{body}\n</section>')
    sidebar = (f'<nav class="bd-docs-nav bd-links" aria-label="Giới thiệu"><p class="bd-links__title" '
               f'role="heading" aria-level="1">Giới thiệu</p><div class="bd-toc-item navbar-nav">'
               f'<ul class="nav bd-sidenav">\n{nav}\n</ul></div></nav>')
    crumb = f'<li class="breadcrumb-item active" aria-current="page">{esc(title)}</li>'
    return page(path, esc(title), article, sidebar, breadcrumb=crumb)


def render_search(path: str) -> str:
    article = """<section id="tim-kiem"><h1 id="search-documentation">Tìm kiếm</h1>
<noscript><div class="admonition error"><p class="admonition-title">Lỗi</p>
<p>Vui lòng bật JavaScript để sử dụng chức năng tìm kiếm.</p></div></noscript>
<form class="bd-search d-flex align-items-center" action="" method="get">
<input type="search" class="form-control" name="q" placeholder="Tìm kiếm..." autocomplete="off"/></form>
<div id="search-results"></div></section>"""
    head = '<script src="searchindex.js" defer="defer"></script>'
    return page(path, "Tìm kiếm", article, _blog_sidebar(path), head=head)


def render_redirect(story: Story) -> str:
    target = f"{story.slug}.html"
    return f"""<html>
  <head>
    <noscript><meta http-equiv="refresh" content="0; url={target}"/></noscript>
  </head>
  <body>
    <script type="text/javascript">
      window.location.replace('{target}');
    </script>
    <a href="{target}">{target}</a>
  </body>
</html>"""


def render_source(story: Story) -> str:
    lines = [f".. post:: {story.published_at[:10]}" + (f" {story.published_at[11:16]}" if len(story.published_at) > 10 else ""),
             f"   :author: {', '.join(story.opts['authors'])}",
             f"   :category: {', '.join(story.opts['cats'])}"]
    if story.opts["tags"]:
        lines.append(f"   :tags: {', '.join(story.opts['tags'])}")
    if story.opts.get("old_slug"):
        lines.append(f"   :redirect: tin-tuc/2026/{story.opts['old_slug']}")
    lines += ["", story.title, "=" * len(story.title), ""]
    for b in story.blocks:
        if isinstance(b, P):
            if b.style == "h2":
                lines += [b.text, "-" * len(b.text), ""]
            elif b.style in ("li",):
                lines.append(f"* {b.text}")
            elif b.style == "line":
                lines.append(f"| {b.text}")
            else:
                lines += [b.text, ""]
        elif isinstance(b, Img):
            lines += [f".. figure:: anh/{b.src.rsplit('/', 1)[1]}", "", f"   {b.printed or ''}", ""]
    text = "\n".join(lines) + "\n"
    if story.opts.get("nfd"):
        text = unicodedata.normalize("NFD", text)
    return text


def render_feed() -> str:
    entries = []
    for s in _recent_dates()[:10]:
        stamp = s.published_at if len(s.published_at) > 10 else s.published_at + "T00:00:00+07:00"
        entries.append(
            f"<entry><id>{PROD}{post_path(s)}</id><title>{esc(s.title)}</title><updated>{stamp}</updated>"
            f'<content type="html">{esc(_excerpt(s))}</content><link href="{PROD}{post_path(s)}" rel="alternate"/>'
            f"<author><name>{esc(AUTHORS[s.opts['authors'][0]])}</name></author><published>{stamp}</published></entry>"
        )
    return ("<?xml version='1.0' encoding='UTF-8'?>\n"
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">'
            f"<id>{PROD}/blog/</id><title>Tin tức - {SITE_NAME}</title>"
            "<updated>2026-12-05T08:12:40.512913+07:00</updated>"
            f'<link href="{PROD}/blog/"/><link href="{PROD}/blog/atom.xml" rel="self"/>'
            '<generator uri="https://lkiesow.github.io/python-feedgen" version="1.0.0">python-feedgen</generator>'
            + "".join(entries) + "</feed>")


def render_searchindex() -> str:
    names = [post_path(s)[1:-5] for s in STORIES] + [f"gioi-thieu/{k}" for k in PAGES] + ["index"]
    titles = [s.title for s in STORIES] + [t for t, _ in PAGES.values()] + ["Trang chủ"]
    return "Search.setIndex(" + json.dumps({"docnames": names, "titles": titles}, ensure_ascii=False) + ")"


# --- the site ----------------------------------------------------------------------------------


def _decode_path(raw: str) -> str:
    """The path as the static server maps it to a file: percent-decoded UTF-8, NFC."""
    p = unquote(raw)
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        p = p.encode("latin-1").decode("utf-8")
    return unicodedata.normalize("NFC", p)


class SphinxAblogSite:
    def __init__(self) -> None:
        self.dirs: dict[str, object] = {
            "/blog/": lambda p: render_all_posts(p),
            "/blog/2026/": lambda p: render_collection(p, "Bài viết năm <span>2026</span>", _recent_dates()),
        }
        for c in CATEGORIES:
            posts = [s for s in _recent_dates() if c in s.opts["cats"]]
            self.dirs[cat_path(c)] = (lambda p, c=c, posts=posts: render_collection(
                p, f"Bài viết trong chuyên mục <span>{esc(c)}</span>", posts))
        for t in TAGS:
            posts = [s for s in _recent_dates() if t in s.opts["tags"]]
            self.dirs[tag_path(t)] = (lambda p, t=t, posts=posts: render_collection(
                p, f"Bài viết gắn thẻ <span>{esc(t)}</span>", posts))
        for k, name in AUTHORS.items():
            posts = [s for s in _recent_dates() if k in s.opts["authors"]]
            self.dirs[f"/blog/author/{k}/"] = (lambda p, name=name, posts=posts: render_collection(
                p, f"Bài viết của <span>{esc(name)}</span>", posts))
        self.posts = {post_path(s): s for s in STORIES}
        self.sources = {source_path(s): s for s in STORIES}

    def respond(self, request: Request) -> Response | None:
        path = _decode_path(request.path)
        if request.method not in ("GET", "HEAD"):
            return Response(405, b"", {"Allow": "GET, HEAD"})
        if path in ("/", "/index.html"):
            return html(render_home(path))
        if path in self.posts:
            return html(render_post(self.posts[path], path))
        if path in OLD_SLUGS:
            return html(render_redirect(OLD_SLUGS[path]))
        if path in self.sources:
            return Response(200, render_source(self.sources[path]), {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith("/gioi-thieu/") and path.endswith(".html"):
            slug = path[len("/gioi-thieu/"):-5]
            if slug in PAGES:
                return html(render_static_page(path, slug))
            return None
        if path == "/search.html":
            return html(render_search(path))
        if path == "/searchindex.js":
            return Response(200, render_searchindex(), {"Content-Type": "application/javascript; charset=utf-8"})
        if path == "/blog/atom.xml":
            return Response(200, render_feed(), {"Content-Type": "application/atom+xml; charset=utf-8"})
        if path.endswith("/index.html") and path[:-10] in self.dirs:
            return html(self.dirs[path[:-10]](path))
        if path in self.dirs:
            return html(self.dirs[path](path))
        if path + "/" in self.dirs:
            return redirect(request.path + "/", 301)
        if path.startswith(("/_static/", "/_images/")):
            return static_file(path)
        return None


def build_site() -> SphinxAblogSite:
    return SphinxAblogSite()


# --- gold ------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [source_path(story)]
    if story.opts.get("old_slug"):
        alts.append(f"/tin-tuc/2026/{story.opts['old_slug']}.html")
    if post_path(story) == HIGHLIGHT_ALT.split("?")[0]:
        alts.append(HIGHLIGHT_ALT)
    return alts


GOLD = [gold_record(s, post_path(s), s.cat, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [f"/gioi-thieu/{k}.html" for k in PAGES]
